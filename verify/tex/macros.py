r"""Macros the file defines (`\newcommand{\KL}{\mathrm{KL}}`, `\DeclareMathOperator{\tr}{tr}`, `\def`).

Collected from the whole text once; the parser expands a use by splicing the body's tokens
(with #1… replaced by the argument tokens) into its token stream, as TeX does.
"""
from __future__ import annotations

import re

_DEFINE = re.compile(r"\\(?:(?:re)?newcommand|providecommand)\*?\s*\{?\s*\\([A-Za-z]+)\s*\}?\s*(?:\[(\d)\])?\s*\{"
                     r"|\\def\s*\\([A-Za-z]+)\s*((?:#\d)*)\s*\{"
                     r"|\\DeclareMathOperator(\*?)\s*\{\s*\\([A-Za-z]+)\s*\}\s*\{")
MAX_BODY = 400


def _braced(text: str, start: int) -> str | None:
    """The text of the group whose `{` is just before `start`, or None if unbalanced."""
    depth, i = 1, start
    while i < len(text) and i - start <= MAX_BODY:
        c = text[i]
        if c == "\\":
            i += 2
            continue
        depth += c == "{"
        depth -= c == "}"
        if depth == 0:
            return text[start:i]
        i += 1
    return None


def defined_macros(text: str) -> dict[str, tuple[int, str]]:
    """name -> (number of arguments, body text)."""
    out = {}
    for m in _DEFINE.finditer(text):
        body = _braced(text, m.end())
        if body is None:
            continue
        if m.group(1):
            out[m.group(1)] = (int(m.group(2) or 0), body)
        elif m.group(3):
            out[m.group(3)] = (len(m.group(4)) // 2, body)
        else:
            out[m.group(6)] = (0, "\\operatorname{" + body + "}")
    return out
