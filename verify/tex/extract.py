"""Find the math regions and `%!` directives of a LaTeX document, in source order.

A plain scanner, not a LaTeX parser: it only has to know comments, verbatim text, the
math delimiters and the display environments. Offsets are kept so every later error
can name file:line:column. Comments inside math are blanked (same length).

A delimiter that is never closed must not flip what counts as math for the rest of the
file: math stops at the first place TeX itself would reject inside math (a blank line,
another display, a sectioning or list command, a stray closer). That is reported as an
error at the opener and scanning goes on from there.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from verify.tex import tables

MATH_ENVS = ("equation", "equation*", "align", "align*", "gather", "gather*", "multline",
             "multline*", "eqnarray", "eqnarray*", "flalign", "flalign*", "alignat", "alignat*",
             "displaymath", "math", "dmath", "dmath*", "dseries", "dseries*",   # breqn: these four
             "IEEEeqnarray", "IEEEeqnarray*",                                    # IEEEtrantools
             "DispWithArrows", "DispWithArrows*")                                # witharrows
_ENV_NAMES = "|".join(re.escape(e) for e in MATH_ENVS)
_COLUMNS = re.compile(r"\s*\{\s*\d+\s*\}")        # alignat's argument
_COLUMN_TYPES = re.compile(r"\s*\{[A-Za-z|]*\}")     # IEEEeqnarray's: {rCl}
_BEGIN = re.compile(r"\\begin\{(" + _ENV_NAMES + r")\}")
_OPENERS = r"\$\$\$|\$\$|\$|\\\[|\\\(|" + _BEGIN.pattern
_STRAY_CLOSER = r"\\\]|\\\)|\\end\{(?:" + _ENV_NAMES + r")\}"
# Verbatim text: its `$` and `%` are characters, not delimiters or comments.
_VERB = re.compile(r"\\(?:verb\*?|lstinline(?:\[[^\]\n]*\])?)(?![a-zA-Z])")
_VERBATIM = re.compile(r"\\begin\{(verbatim\*?|Verbatim\*?|lstlisting|minted|comment)\}")
# Where TeX would stop a math region that was left open.
_TEXT_ONLY = re.compile(r"\\(?:item|(?:sub)*section|paragraph|chapter|part|par)(?![a-zA-Z])\*?|"
                        r"\\(?:begin|end)\{(?:itemize|enumerate|description|document|figure|table|center"
                        r"|quote|abstract|proof|theorem|lemma)\*?\}")
# Words in inline math (outside \text{…} and the like): a `$` meant as a dollar sign turns prose into math.
_NAMES = re.compile(r"\\(?:text\w*|mathrm|operatorname\*?|mbox|math\w+|emph|label|tag\*?|hbox)\s*\{[^{}]*\}")
_PROSE = re.compile(r"(?<![\\\w])[A-Za-z]{2,}\s+[A-Za-z]{2,}\s+[A-Za-z]{2,}(?!\w)")
_BLANK_LINE = re.compile(r"\n[ \t\r]*(?=\n)")
# A macro definition: its body is code, not text (`\newcommand{\half}{$\frac12$}` opens no math),
# and a macro defined as a math delimiter (`\newcommand{\be}{\begin{equation}}`) is one.
_DEFINITION = re.compile(r"\\(?:(?:re|provide)?newcommand\*?\s*\{?\s*\\([a-zA-Z@]+)\s*\}?\s*(\[\d\])?(?:\s*\[[^\]]*\])?"
                         r"|def\s*\\([a-zA-Z@]+)\s*(#\d)?[#\d]*)\s*\{")
_DELIMITER_BODY = re.compile(r"\s*(\$\$?|\\\[|\\\]|\\\(|\\\)|\\(?:begin|end)\{(?:" + _ENV_NAMES + r")\})\s*")
# Where the scanner must look: `%`, `$`, and the few macros it knows (the rest are skipped in C).
_TEXT_MACROS = r"[$%\\\[\]()]|verb|lstinline|begin\{|end\{|(?:re|provide)?newcommand|def(?![a-zA-Z])|iffalse"
# `\iffalse … \fi`: text TeX skips (a commented-out block), skipped here as a comment is
_IFFALSE = re.compile(r"\\iffalse(?![a-zA-Z])")
_IF_OR_FI = re.compile(r"\\(?:if[a-zA-Z]*|fi)(?![a-zA-Z])")
_MATH_MACROS = (r"[$%\\\[\]()]|verb|lstinline|begin\{|end\{|item|(?:sub)*section|paragraph|chapter|part"
                r"|par(?![a-zA-Z])")


@dataclass(frozen=True)
class _Delimiters:
    """The document's math delimiters: LaTeX's and the macros the file defines as one."""
    openers: re.Pattern
    stray_closer: re.Pattern
    text_event: re.Pattern
    math_event: re.Pattern
    closers: dict           # opener -> closer, for the file's own delimiter macros
    definitions: dict       # offset of a macro definition -> its end


def _macro(name: str) -> str:
    return re.escape("\\" + name) + "(?![a-zA-Z@])"


def _delimiters(text: str) -> _Delimiters:
    definitions, meaning = {}, {}
    for m in _DEFINITION.finditer(text):
        end = _group_end(text, m.end() - 1)
        if end is None:         # a body that never closes is not skipped: the rest of the file would go
            continue
        definitions[m.start()] = end
        body = _DELIMITER_BODY.fullmatch(text, m.end(), end - 1)
        if body and not (m.group(2) or m.group(4)):         # no arguments
            meaning["\\" + (m.group(1) or m.group(3))] = body.group(1)
    closers, extra_open, extra_close = {}, [], []
    for name, delimiter in meaning.items():
        if delimiter in ("$", "$$", "\\[", "\\(") or delimiter.startswith("\\begin"):
            close = next((n for n, d in meaning.items() if d == _closer(delimiter)), None)
            if close:
                closers[name] = close
                extra_open.append(_macro(name[1:]))
                extra_close.append(_macro(close[1:]))
    names = "".join("|" + p for p in extra_open + extra_close)
    return _Delimiters(re.compile("".join(p + "|" for p in extra_open) + _OPENERS),
                       re.compile(_STRAY_CLOSER + "".join("|" + p for p in extra_close)),
                       re.compile(r"[%$]|\\(?=" + _TEXT_MACROS + ")" + names),
                       re.compile(r"[%$]|\n(?=[ \t\r]*\n)|\\(?=" + _MATH_MACROS + ")" + names), closers, definitions)


_BRACE_OR_ESCAPE = re.compile(r"\\.|[{}]", re.S)


def _group_end(text: str, brace: int) -> int | None:
    """The offset after the `}` closing the `{` at `brace` (None if none does)."""
    depth = 0
    for m in _BRACE_OR_ESCAPE.finditer(text, brace):
        if m.group(0) == "{":
            depth += 1
        elif m.group(0) == "}":
            depth -= 1
            if depth == 0:
                return m.end()
    return None


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
    cell: tuple = ()        # a table's math-mode cell: (where the table starts, its column)
    sweep: bool = False     # the first cell of a table column read as a forward-mode sweep (tables.in_reading_order)


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


def _line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


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


def _comment(text: str, i: int, events: list) -> int:
    """Record a `%!` directive starting at i; return the end of its line."""
    end = text.find("\n", i)
    end = len(text) if end < 0 else end
    d = _directive(text, i, end)
    if d:
        events.append(d)
    return end


def _closer(opener: str) -> str | None:
    if opener.startswith("\\begin"):
        return "\\end{" + opener[7:-1] + "}"
    return {"$$$": None, "$$": "$$", "$": "$", "\\[": "\\]", "\\(": "\\)"}[opener]


def _verb_end(text: str, m: re.Match, events: list) -> int:
    """End of `\\verb|…|`; an unclosed one is an error and runs to the end of its line."""
    delim_at = m.end()
    line_end = text.find("\n", delim_at)
    line_end = len(text) if line_end < 0 else line_end
    if delim_at < line_end:
        close = text.find("}" if text[delim_at] == "{" else text[delim_at], delim_at + 1, line_end)
        if close >= 0:
            return close + 1
    events.append(ScanError(f"{m.group(0)} is not closed on its line", m.start()))
    return line_end


def _verbatim_end(text: str, m: re.Match, events: list) -> int:
    end = re.compile(r"\\end\s*\{" + re.escape(m.group(1)) + r"\}").search(text, m.end())
    if end:
        return end.end()
    blank = _BLANK_LINE.search(text, m.end())
    resume = blank.start() + 1 if blank else len(text)
    events.append(ScanError(f"{m.group(0)} is never closed; {_resumed(text, resume)}", m.start()))
    return resume


def _resumed(text: str, at: int) -> str:
    if at >= len(text):
        return "the rest of the file is not checked"
    return f"not checked up to line {_line(text, at)}"


def _fi_end(text: str, i: int) -> int | None:
    """After the `\\fi` that closes an `\\iffalse` (nested conditionals counted); None if none does."""
    depth = 1
    for m in _IF_OR_FI.finditer(text, i):
        depth += -1 if m.group(0) == "\\fi" else 1
        if depth == 0:
            return m.end()
    return None


def scan(text: str) -> list:
    """Directives, math regions and scan errors, in order of appearance."""
    events: list = []
    syntax = _delimiters(text)
    i = 0
    cells: list = []            # math-mode table cells ahead (tables.math_cells), in order
    while (m := syntax.text_event.search(text, i)) is not None or cells:
        if cells and (m is None or m.start() >= cells[0][0]):
            start, end, cell = cells.pop(0)
            events.append(MathRegion(text[start:end], start, False, cell))
            i = max(i, end)
            continue
        i = m.start()
        if text[i] == "\\" and (table := tables.TABLE.match(text, i)) and (found := tables.math_cells(text, table)):
            i, spans = found
            if spans is None:       # its math-mode cells cannot be told apart from the text after it
                events.append(ScanError(f"\\begin{{{table.group(1)}}} is never closed; its math-mode cells are "
                                        "read as text", table.start()))
                continue
            cells = [c for c in cells if c[0] >= i] + [(a, b, (table.start(), column)) for a, b, column in spans]
            continue
        if text[i] == "%":
            i = _comment(text, i, events)
            continue
        if text.startswith(("\\$", "\\%", "\\\\"), i):
            i += 2
            continue
        if text[i] == "\\":
            if i in syntax.definitions:
                i = syntax.definitions[i]
                continue
            if verb := _VERB.match(text, i):
                i = _verb_end(text, verb, events)
                continue
            if verbatim := _VERBATIM.match(text, i):
                i = _verbatim_end(text, verbatim, events)
                continue
            if skipped := _IFFALSE.match(text, i):
                end = _fi_end(text, skipped.end())
                if end is None:      # never closed: reported, and the rest of the file is checked, not dropped
                    events.append(ScanError("\\iffalse is never closed by \\fi", i))
                    i = skipped.end()
                else:
                    i = end
                continue
            if stray := syntax.stray_closer.match(text, i):
                events.append(ScanError(f"{stray.group(0)!r} closes math that was never opened", i))
                i = stray.end()
                continue
        opener = syntax.openers.match(text, i)
        if opener is None:
            i += 1
            continue
        i = _math(text, opener, events, syntax)
    return events


def _math(text: str, opener: re.Match, events: list, syntax: _Delimiters) -> int:
    """Scan one math region from its opener; return where text scanning resumes."""
    close = syntax.closers.get(opener.group(0)) or _closer(opener.group(0))
    closes = re.compile(re.escape(close) + ("(?![a-zA-Z@])" if close[-1].isalpha() else "")) if close else None
    j, pieces = opener.end(), []
    if opener.group(0).startswith("\\begin{alignat") and (columns := _COLUMNS.match(text, j)) or \
            opener.group(0).startswith("\\begin{IEEEeqnarray") and (columns := _COLUMN_TYPES.match(text, j)):
        pieces.append(" " * (columns.end() - j))       # `\begin{alignat}{2}`, `{rCl}`: columns, not math
        j = columns.end()
    while True:
        m = syntax.math_event.search(text, j)
        if m is None:
            return _unclosed(text, opener, close, len(text), "", events)
        pieces.append(text[j:m.start()])
        j = m.start()
        if closes and closes.match(text, j):
            region = MathRegion("".join(pieces), opener.end(), opener.group(0) not in ("$", "\\("))
            events.append(region)
            if opener.group(0) == "$" and (prose := _PROSE.search(_NAMES.sub(" ", region.text))):
                events.append(ScanError(f"this math reads as prose ({prose.group(0)!r}): is a '$' before it a "
                                        "dollar sign (write \\$)? What counts as math may be shifted here",
                                        opener.start()))
            return j + len(close)
        ch = text[j]
        if ch == "%":
            end = _comment(text, j, events)
            pieces.append(" " * (end - j))
            j = end
        elif ch == "\n":       # a blank line: the event pattern stops at no other newline
            return _unclosed(text, opener, close, j + 1, "the blank line", events)
        elif text.startswith(("\\$", "\\%", "\\\\"), j):
            pieces.append(text[j:j + 2])
            j += 2
        elif ch == "\\" and (verb := _VERB.match(text, j)):
            end = _verb_end(text, verb, events)
            pieces.append(text[j:end])
            j = end
        elif ch == "\\" and (stop := syntax.openers.match(text, j) or _TEXT_ONLY.match(text, j)
                             or _VERBATIM.match(text, j)):
            return _unclosed(text, opener, close, j, repr(stop.group(0)), events)
        elif ch == "\\" and (stray := syntax.stray_closer.match(text, j)):
            _unclosed(text, opener, close, stray.end(), repr(stray.group(0)), events)
            return stray.end()
        else:
            pieces.append(ch)
            j += 1


def _unclosed(text: str, opener: re.Match, close: str | None, stop: int, what: str, events: list) -> int:
    if close is None:
        problem = "'$$$' is not a delimiter TeX accepts ('$$' then '$'?)"
    else:
        problem = f"math opened by {opener.group(0)!r} is not closed (expected {close!r})"
    if what:
        problem += f" before {what} on line {_line(text, stop)}"
    events.append(ScanError(f"{problem}; {_resumed(text, stop)}", opener.start()))
    return stop
