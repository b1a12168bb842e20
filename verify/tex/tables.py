r"""Table cells typeset in math mode by their column (`\begin{tabular}{>{$}l<{$} c}`, the array package).

Such a cell is math without a `$` of its own: `a_1 = Wx + b & 0.3 \\`. The scanner otherwise sees no
math there (and reads the `$}l<{$` of the column spec as a formula), so every relation in those
cells vanished. Here the column spec is read (`>{…}`/`<{…}` around a column, `*{n}{…}`, `p{…}`,
`@{…}`, `|`), and the cells of the columns whose `>{…}` holds `$` are returned as math spans; the
other cells stay text (their own `$…$` is found as usual).
"""
from __future__ import annotations

import dataclasses
import re

TABLE = re.compile(r"\\begin\{(tabular\*?|tabularx|tabulary|longtable\*?|xltabular|supertabular)\}")
_WIDTH_FIRST = {"tabular*", "tabularx", "tabulary", "xltabular"}
_RULES = re.compile(r"\s*(?:\\(?:hline|toprule|midrule|bottomrule|endhead|endfirsthead|endfoot|endlastfoot|"
                    r"noalign\{[^{}]*\}|cline\{[^{}]*\}|cmidrule(?:\([^)]*\))?\{[^{}]*\})\s*)*")
_MULTICOLUMN = re.compile(r"\s*\\multicolumn\s*\{\s*(\d+)\s*\}")


def _group(text: str, i: int) -> int | None:
    """The end (after `}`) of the brace group opening at text[i] == '{', or None."""
    if i >= len(text) or text[i] != "{":
        return None
    depth = 0
    for j in range(i, len(text)):
        c = text[j]
        if c == "\\":
            continue
        if c == "{" and text[j - 1] != "\\":
            depth += 1
        elif c == "}" and text[j - 1] != "\\":
            depth -= 1
            if depth == 0:
                return j + 1
    return None


def _skip_space(text: str, i: int) -> int:
    while i < len(text) and text[i] in " \t\n":
        i += 1
    return i


def math_columns(spec: str) -> list[bool]:
    """For each column of a column spec: is it typeset in math mode?"""
    cols: list[bool] = []
    pre, i = "", 0
    while i < len(spec):
        c = spec[i]
        if c in " \t\n|":
            i += 1
        elif c in "><@!*" or c in "pmbw":
            end = _group(spec, _skip_space(spec, i + 1))
            if end is None:
                i += 1
                continue
            body = spec[_skip_space(spec, i + 1) + 1:end - 1]
            if c == "*":            # *{n}{cols}: n copies
                inner = _group(spec, _skip_space(spec, end))
                copies = int(body) if body.strip().isdigit() else 1
                cols += math_columns(spec[end:inner][1:-1] if inner else "") * min(copies, 64)
                i = inner or end
                continue
            if c == ">":
                pre = body
            elif c == "<" and cols:
                cols[-1] = cols[-1] and "$" in body
            elif c in "pmbw":       # a paragraph column with its width
                cols.append("$" in pre)
                pre = ""
            i = end
        elif c.isalpha():
            cols.append("$" in pre)
            pre = ""
            i += 1
        else:
            i += 1
    return cols


def _blank_comments(text: str) -> str:
    return re.sub(r"(?<!\\)%[^\n]*", lambda m: " " * len(m.group(0)), text)


def tangent_columns(text: str, events: list) -> list:
    """`$\\dot v_1 = 1$ & $\\dot v_1 = 0$` in the text cells of a tabular (a forward-mode trace, a tangent column per
    seed): the math of those cells marked with their column (cell = (table, column, INLINE)), so that
    in_reading_order reads each repeated tangent column as a sweep of its own. Other tables are left as they are."""
    marked = {}
    for begin in TABLE.finditer(text):
        found = math_cells(text, begin, every=True)
        if not found or not found[1]:
            continue
        spans = found[1]
        inside = {}
        for k, event in enumerate(events):
            offset = getattr(event, "offset", None)
            if offset is None or getattr(event, "cell", ()) or getattr(event, "display", True):
                continue
            column = next((col for a, b, col in spans if a <= offset < b), None)
            if column is not None:
                inside[k] = column
        if _repeated_tangents((events[k], column) for k, column in inside.items()):
            marked.update({k: (begin.start(), column, INLINE) for k, column in inside.items()})
    return [dataclasses.replace(event, cell=marked[k]) if k in marked else event for k, event in enumerate(events)]


INLINE = "inline"       # a cell's own `$…$` in a text column (tangent_columns), not a math-mode column


def math_cells(text: str, begin: re.Match, every: bool = False) -> tuple[int, list[tuple[int, int, int]] | None] | None:
    """(where the column spec ends, [(start, end, column) of each math-mode cell, or of every cell with `every`], or
    None for the cells of a table never closed) for a table opened by `begin`; None when no column is in math mode
    and not `every` (the table is scanned as text)."""
    i = _skip_space(text, begin.end())
    if begin.group(1) in _WIDTH_FIRST:
        i = _skip_space(text, _group(text, i) or i)
    if i < len(text) and text[i] == "[":
        close = text.find("]", i)
        i = _skip_space(text, close + 1) if close != -1 else i
    end = _group(text, i)
    if end is None:
        return None
    columns = math_columns(text[i + 1:end - 1])
    if not every and not any(columns):
        return None
    stop = text.find(f"\\end{{{begin.group(1)}}}", end)
    if stop == -1:
        return end, None        # never closed: where its cells end is not known (the caller reports it)
    body = _blank_comments(text[:stop])
    spans, column, start, depth, j = [], 0, end, 0, end

    def cell(a: int, b: int, col: int):
        a = _RULES.match(body, a).end()
        span = _MULTICOLUMN.match(body, a)
        if (every or col < len(columns) and columns[col]) and span is None and body[a:b].strip():
            spans.append((a, b, col))
        return int(span.group(1)) if span else 1

    while j < stop:
        c = body[j]
        if c == "\\" and body.startswith("\\\\", j):
            column += cell(start, j, column)
            j += 2
            if j < stop and body[_skip_space(body, j):_skip_space(body, j) + 1] == "[":
                close = body.find("]", j)
                j = close + 1 if close != -1 else j
            start, column = j, 0
            continue
        if c == "\\":
            j += 2
            continue
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
        elif c == "&" and depth == 0:
            column += cell(start, j, column)
            start = j + 1
        j += 1
    cell(start, stop, column)
    return end, spans


_HEAD = re.compile(r"\A\s*([^=&]*?)\s*(?::=|=)")


def _repeated_tangents(cells) -> set:
    """The columns, of (math event, column) pairs, whose cells define a tangent (`\\dot v_1 = …`) that an earlier
    column defines too."""
    heads: dict[int, set] = {}
    for event, column in cells:
        found = _HEAD.match(event.text)
        if found and found.group(1):
            heads.setdefault(column, set()).add(" ".join(found.group(1).split()))
    return {c for c in heads if any("\\dot" in head for e in heads if e < c for head in heads[c] & heads[e])}


def in_reading_order(events: list) -> list:
    """A table whose math columns define the same tangents again (a forward-mode trace with a tangent column per
    seed: `\\dot v_1 = 1 & \\dot v_1 = 0`) is read column by column, the first cell of each such column starting a
    sweep of its own (`sweep`); other tables, row by row as written. Only a table whose cells follow one another
    with nothing between them is reordered."""
    out, i = [], 0
    while i < len(events):
        table = getattr(events[i], "cell", ())
        j = i
        while j < len(events) and table and getattr(events[j], "cell", ())[:1] == table[:1]:
            j += 1
        run = events[i:j] if table else []
        if len(run) < 2:
            out.append(events[i])
            i += 1
            continue
        repeated = _repeated_tangents((event, event.cell[1]) for event in run)
        if not repeated:
            out.extend(run)
        elif run[0].cell[2:] == (INLINE,):
            # a trace written row by row (node, primal, tangents): the rows as written without the repeated
            # tangent columns (each row's node before its tangent), then each of those a sweep of its own
            out.extend(event for event in run if event.cell[1] not in repeated)
            for column in sorted(repeated):
                cells = [event for event in run if event.cell[1] == column]
                cells[0] = dataclasses.replace(cells[0], sweep=True)
                out.extend(cells)
        else:
            for column in sorted({event.cell[1] for event in run}):
                cells = [event for event in run if event.cell[1] == column]
                if column in repeated:
                    cells[0] = dataclasses.replace(cells[0], sweep=True)
                out.extend(cells)
        i = j
    return out
