"""Find the math regions and `%!` directives of a LaTeX document, in source order.

A plain scanner, not a LaTeX parser: it only has to know comments, the math
delimiters and the display environments. Offsets are kept so every later error
can name file:line:column. Comments inside math are blanked (same length).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

MATH_ENVS = ("equation", "equation*", "align", "align*", "gather", "gather*", "multline",
             "multline*", "eqnarray", "eqnarray*", "flalign", "flalign*", "alignat", "alignat*",
             "displaymath", "math")
_BEGIN = re.compile(r"\\begin\{(" + "|".join(re.escape(e) for e in MATH_ENVS) + r")\}")
_OPENERS = re.compile(r"\$\$|\$|\\\[|\\\(|" + _BEGIN.pattern)


@dataclass(frozen=True)
class Directive:
    kind: str        # let | assume | skip | tol | <unknown word>
    arg: str
    offset: int      # of the directive's argument text


@dataclass(frozen=True)
class MathRegion:
    text: str        # content between the delimiters, comments blanked
    offset: int      # where `text` starts in the file
    display: bool


@dataclass(frozen=True)
class ScanError:
    message: str
    offset: int


class LineIndex:
    """offset -> (1-based line, 1-based column)."""

    def __init__(self, text: str):
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def __call__(self, offset: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.starts, offset) - 1
        return i + 1, offset - self.starts[i] + 1


def _comment_at(text: str, i: int) -> bool:
    if text[i] != "%":
        return False
    slashes = 0
    while i - slashes - 1 >= 0 and text[i - slashes - 1] == "\\":
        slashes += 1
    return slashes % 2 == 0


def _directive(text: str, start: int, end: int):
    body = text[start:end]
    if not body.startswith("%!"):
        return None
    rest = body[2:]
    stripped = rest.lstrip()
    word = stripped.split(None, 1)[0] if stripped else ""
    arg_start = start + 2 + (len(rest) - len(stripped)) + len(word)
    arg = text[arg_start:end]
    lead = len(arg) - len(arg.lstrip())
    return Directive(word.lower(), arg.strip(), arg_start + lead)


def _closer(opener: str) -> str:
    if opener.startswith("\\begin"):
        return "\\end{" + opener[7:-1] + "}"
    return {"$$": "$$", "$": "$", "\\[": "\\]", "\\(": "\\)"}[opener]


def scan(text: str) -> list:
    """Directives, math regions and scan errors, in order of appearance."""
    events: list = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "%" and _comment_at(text, i):
            end = text.find("\n", i)
            end = n if end < 0 else end
            d = _directive(text, i, end)
            if d:
                events.append(d)
            i = end
            continue
        if ch == "\\" and i + 1 < n and text[i + 1] in "$%\\{}":
            i += 2
            continue
        m = _OPENERS.match(text, i) if ch in "$\\" else None
        if not m:
            i += 1
            continue
        opener = m.group(0)
        close = _closer(opener)
        j, pieces = m.end(), []
        while j < n:
            if text[j] == "%" and _comment_at(text, j):
                end = text.find("\n", j)
                end = n if end < 0 else end
                d = _directive(text, j, end)
                if d:
                    events.append(d)
                pieces.append(" " * (end - j))
                j = end
                continue
            if text[j] == "\\" and j + 1 < n and text[j + 1] in "$%":
                pieces.append(text[j:j + 2])
                j += 2
                continue
            if text.startswith(close, j):
                break
            pieces.append(text[j])
            j += 1
        if j >= n:
            events.append(ScanError(f"math opened by {opener!r} is never closed (expected {close!r})", i))
            return events
        events.append(MathRegion("".join(pieces), m.end(), opener not in ("$", "\\(")))
        i = j + len(close)
    return events
