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


# mathtools: `\DeclarePairedDelimiter{\norm}{\lVert}{\rVert}` (one argument, between the two delimiters) and
# `\DeclarePairedDelimiterX{\infdivx}[2]{(}{)}{#1\;\delimsize\|\;#2}` (a body between them; \delimsize sizes nothing)
_PAIRED = re.compile(r"\\DeclarePairedDelimiter(X?)\s*\{?\s*\\([A-Za-z]+)\s*\}?\s*(?:\[(\d)\])?\s*\{")


def _groups(text: str, start: int, count: int) -> list[str] | None:
    """`count` braced groups from `start` (at the first one's `{` + 1), blanks between them allowed."""
    out, i = [], start
    for k in range(count):
        if k:
            while i < len(text) and text[i].isspace():
                i += 1
            if text[i:i + 1] != "{":
                return None
            i += 1
        body = _braced(text, i)
        if body is None:
            return None
        out.append(body)
        i += len(body) + 1
    return out


def defined_macros(text: str) -> dict[str, tuple[int, str]]:
    """name -> (number of arguments, body text)."""
    out = {}
    for m in _PAIRED.finditer(text):
        x = bool(m.group(1))
        parts = _groups(text, m.end(), 3 if x else 2)
        if parts is None or (x and not m.group(3)):
            continue
        inner = parts[2].replace("\\delimsize", "") if x else "#1"
        out[m.group(2)] = (int(m.group(3)) if x else 1, f"{parts[0]} {inner} {parts[1]}")
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
