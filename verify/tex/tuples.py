r"""A list in parentheses, `(0.36, -1.62)`, `(4, 4)^\top`, `(1 - 3.4067,\ 2 - 3.4067)`: a vector.

Hand-written gradients, updates and softmax outputs are written as tuples. Read as a column vector
(an `ImmutableMatrix`), they compare entry by entry with `\begin{pmatrix}…\end{pmatrix}` and with each
other, and `x = (1, 2)` gives x_1, x_2. A `^\top` after the list only says that it is a column (the
usual way to write one inline), so it changes nothing. A list right after a name, `H(p, q)`, `f(x, y)`,
is an application (or not read), never a name times a vector.
"""
from __future__ import annotations

import sympy as sp

from verify.tex.build import MULTIPLY, ParseError, _is, group_end

MAX_ENTRIES = 16
TUPLE = "(a list)"      # put in Parsed.matrix_names (never a symbol's name): a side wrote a list, no orientation
DOTS = {"dots", "ldots", "cdots", "dotsc", "vdots"}     # (x_1, …, x_n): a generic vector, not data
# after these a list cannot be the arguments of something: the start, an operator, a relation, an opener
_OPERATOR_CHARS = set("+-=*/,(<>")
_VALUE_BEFORE = {"odot", "frac", "dfrac", "tfrac", "sqrt", "top", "intercal"}


def _starts_a_value(before) -> bool:
    if before is None:
        return True
    if before.kind == "num":
        return True             # -0.3775(1, 2)^T: a number times the vector
    if before.kind == "char":
        return before.value in _OPERATOR_CHARS
    if before.kind == "env":
        return True             # \begin{pmatrix}…\end{pmatrix}(5, 6)^\top: the matrix times the vector
    # a ⊙ (0.2, 0.3); \frac18(0, 4)^\top, \sqrt{2}(1, 1): a number times it; (1, 2)^\top(3, 4): a row times it
    return before.kind == "macro" and (before.value in MULTIPLY or before.value in _VALUE_BEFORE)


def tuple_vector(parser, opener):
    """The vector a `(` at parser.i - 1 opens, or None when it is not a list of two or more entries
    written where a value starts (the caller then reads it as brackets, as before)."""
    before = parser.toks[parser.i - 2] if parser.i >= 2 else None
    if not _starts_a_value(before):
        return None
    j, top = group_end(parser.toks, parser.i)
    if j == len(parser.toks) or not _is(parser.toks[j], "char", ")"):
        return None
    commas = [k for k in top if _is(parser.toks[k], "char", ",")] or \
        [k for k in top if _is(parser.toks[k], "char", ";")]        # (1{,}5; -0{,}5): decimal commas, ; between
    if not commas or len(commas) + 1 > MAX_ENTRIES or \
            any(_is(parser.toks[k], "macro", *DOTS) for k in range(parser.i, j)):
        return None
    bounds = [parser.i - 1] + commas + [j]
    entries = [parser.sub(parser.toks[a + 1:b], "vector entry") for a, b in zip(bounds, bounds[1:])]
    if any(isinstance(e, sp.MatrixBase) for e in entries):
        raise ParseError("a list of vectors or matrices is not read", opener.pos)
    parser.i = j + 1
    nxt, sup = parser.peek(), parser.peek(1)
    if _is(nxt, "char", "^") and sup is not None and (
            _is(sup, "char", "T") or _is(sup, "macro", "top", "intercal") or
            (sup.kind == "group" and len(sup.body) == 1 and
             (_is(sup.body[0], "char", "T") or _is(sup.body[0], "macro", "top", "intercal")))):
        parser.i += 2
    parser.matrix_names.add(TUPLE)
    return sp.ImmutableMatrix([[e] for e in entries])
