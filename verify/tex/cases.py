r"""`\begin{cases} x, & x > 0, \\ 0, & x \le 0 \end{cases}`: a function by cases, read as SymPy's Piecewise.

Each row is a value, `&`, and its condition: one relation (`x > 0`, `|r| \le \delta`), a chain of two
(`0 < x < 1`), or "otherwise" / "else" / nothing (every other point). Words around the condition (`if`,
`\text{for}`) and the row's closing comma or period are dropped. A condition that is anything else is not
guessed: the region is unread, with the row's place.
"""
from __future__ import annotations

import sympy as sp

from verify.tex.build import ParseError, commutative
from verify.tex.chains import clean
from verify.tex.relations import relation_of

COMPARISONS = {"<": sp.Lt, "<=": sp.Le, ">": sp.Gt, ">=": sp.Ge, "=": sp.Eq, "!=": sp.Ne}
OTHERWISE = {"otherwise", "else", "sonst", "sinon", "ifnot", "elsewhere"}


def piecewise(parser, t):
    """The cases environment `t` as a Piecewise (the first row whose condition holds gives the value)."""
    pieces = []
    for value_toks, condition_toks, at in _rows(t):
        value = commutative(parser.sub(_trimmed(value_toks), "a case's value"))
        pieces.append((value, _condition(parser, condition_toks, at)))
    if not pieces:
        raise ParseError("a cases environment with no rows", t.pos)
    return sp.Piecewise(*pieces)


def _rows(t):
    """(value tokens, condition tokens, offset) per row: cells split at `&`, rows at `\\`."""
    rows, cells, cell = [], [], []
    for u in list(t.body) + [None]:
        if u is None or u.kind == "macro" and u.value == "\\":
            cells.append(cell)
            if any(c for c in cells):
                if len(cells) > 2:
                    raise ParseError("a case with more than a value and a condition", t.pos)
                condition = cells[1] if len(cells) > 1 else []
                rows.append((cells[0], condition, condition[0].pos if condition else t.pos))
            cells, cell = [], []
        elif u.kind == "special" and u.value == "&":
            cells.append(cell)
            cell = []
        else:
            cell.append(u)
    return rows


def _trimmed(toks):
    """The tokens without layout, and without the comma, semicolon or period that ends a row."""
    out = [u for u in clean(toks) if u is not None]
    while out and out[-1].kind == "char" and out[-1].value in ",.;":
        out.pop()
    if not out:
        raise ParseError("a case with no value", toks[0].pos if toks else 0)
    return out


def _condition(parser, toks, at):
    words = "".join(_word(u) for u in toks).lower()
    if not toks or words in OTHERWISE:
        return sp.true
    kept = [u for u in clean(toks, top_level=False) if u is not None and not _word(u)]
    while kept and kept[-1].kind == "char" and kept[-1].value in ",.;":
        kept.pop()
    while kept and kept[0].kind == "char" and kept[0].value in ",;":
        kept.pop(0)
    if not kept and not words.strip():
        return sp.true
    places = [k for k, u in enumerate(kept) if relation_of(u) is not None]
    cuts = [-1] + places + [len(kept)]
    sides = [kept[a + 1:b] for a, b in zip(cuts, cuts[1:])]      # `0 < x < 1`: 0, x, 1
    if not places or len(places) > 2 or any(relation_of(kept[k]) not in COMPARISONS for k in places) or \
            any(not side for side in sides):
        raise ParseError("a case's condition that is not one comparison (or two chained)", at)
    values = [commutative(parser.sub(s, "a case's condition")) for s in sides]
    relations = [COMPARISONS[relation_of(kept[k])] for k in places]
    if any(isinstance(v, sp.MatrixBase) for v in values):
        raise ParseError("a case's condition on a vector or matrix (not one number)", at)
    return sp.And(*[rel(values[i], values[i + 1]) for i, rel in enumerate(relations)])


def _word(u) -> str:
    """The text of a `\\text{…}` (or `\\mbox`, `\\mathrm`, `\\textrm`) token, '' for any other."""
    if u is None or u.kind != "macro" or u.value not in ("text", "mbox", "textrm", "mathrm", "quad", "qquad"):
        return ""
    if u.value in ("quad", "qquad"):
        return " "
    arg = u.args[-1] if u.args and u.args[-1] else ()
    return "".join(b.value for g in arg for b in (g.body if g.kind == "group" else (g,))).strip() or " "
