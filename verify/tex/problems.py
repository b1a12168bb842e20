r"""Which problem of a submission a line belongs to: `%! problem 2a` directives, else headings.

A file that writes `%! problem …` is split only by those (the writer said what the problems
are); otherwise `\section` and `\subsection` headings split it, a subsection named under its
section ("Problem 2 / (a)"). Lines before the first marker belong to no problem (""). Read
from the text directly, so the checker's own pipeline needs no change.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from pylatexenc.latex2text import LatexNodes2Text

_DIRECTIVE = re.compile(r"%!\s*problem\b[ \t]*(.*)$", re.IGNORECASE)
_HEADING = re.compile(r"\\(section|subsection)\*?\s*(?:\[[^\]]*\])?\s*\{")
_TO_TEXT = LatexNodes2Text(math_mode="text")
# "Problem 2a: Algebra", "Exercise 3", "Q4" -> 2a, 3, 4; a subsection "(b)" or "b)" under "Problem 2" -> 2b.
# Numbers, not titles, so two students' headings land in the same gradebook column.
_NUMBERED = re.compile(r"^(?:problem|exercise|question|task|q|ex)?\.?\s*(\d+(?:\.\d+)*[a-z]?)\b(?![.,]\d)",
                       re.IGNORECASE)
_PART = re.compile(r"^(?:part\s*)?\(?([a-z]|[ivx]+)\)?(?:$|[\s.:)])", re.IGNORECASE)
MAX_LABEL = 60


@dataclass(frozen=True)
class Problems:
    lines: tuple[int, ...] = ()      # 1-based line where each problem starts, ascending
    labels: tuple[str, ...] = ()

    def at(self, line: int) -> str:
        """The problem a 1-based line belongs to ("" before the first one)."""
        i = bisect.bisect_right(self.lines, line) - 1
        return self.labels[i] if i >= 0 else ""


def _code_part(line: str) -> tuple[str, str]:
    r"""(the line before its comment, the comment) — `\%` is not a comment."""
    i = 0
    while True:
        i = line.find("%", i)
        if i < 0:
            return line, ""
        slashes = len(line[:i]) - len(line[:i].rstrip("\\"))
        if slashes % 2 == 0:
            return line[:i], line[i:]
        i += 1


def _braced(text: str, start: int) -> str:
    """The contents of the group whose `{` is just before `start` (to the end if unbalanced)."""
    depth, i = 1, start
    while i < len(text):
        if text[i] == "\\":
            i += 2
            continue
        depth += {"{": 1, "}": -1}.get(text[i], 0)
        if depth == 0:
            return text[start:i]
        i += 1
    return text[start:]


def _plain(latex: str) -> str:
    try:
        text = _TO_TEXT.latex_to_text(latex)
    except Exception:  # a heading is only a label: fall back to its source
        text = latex
    return " ".join(text.split())[:MAX_LABEL]


def _subsection(section: str, title: str) -> str:
    numbered, part = _NUMBERED.match(title), _PART.match(title)
    if numbered:
        return numbered.group(1)
    if part and section and section[-1].isdigit():
        return section + part.group(1).lower()
    return f"{section} / {title}" if section else title


def problems_of(text: str) -> Problems:
    directives, headings = [], []
    section = ""
    for number, line in enumerate(text.splitlines(), start=1):
        code, comment = _code_part(line)
        m = _DIRECTIVE.match(comment)
        if m and m.group(1).strip():
            directives.append((number, " ".join(m.group(1).split())[:MAX_LABEL]))
        for h in _HEADING.finditer(code):
            title = _plain(_braced(code, h.end())) or "untitled"
            if h.group(1) == "section":
                numbered = _NUMBERED.match(title)
                section = numbered.group(1) if numbered else title
                headings.append((number, section))
            else:
                headings.append((number, _subsection(section, title)))
    chosen = directives or headings
    return Problems(tuple(n for n, _ in chosen), tuple(label for _, label in chosen))
