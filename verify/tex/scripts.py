r"""Scripts TeX reads in either order: `\hat\sigma^2_{\mathrm{MLE}}` is `\hat\sigma_{\mathrm{MLE}}^2` (the
subscript is part of the name), and `[x e^x - e^x]_0^1` is F(1) − F(0), the evaluation bracket of an
antiderivative. And what the scripts of a whole chain say about one of them: `\beta_1^t` beside `\sum_{s=1}^{t}`
is a power."""
from __future__ import annotations

import sympy as sp

from verify.tex.build import ParseError, _is
from verify.tex.names import plain_text

_NOT_NAMES = {"right", "big", "Big", "bigg", "Bigg", "bigr", "Bigr", "rvert", "rangle", "rbrace", "int", "sum",
              "prod", "lim", "max", "min", "sup", "inf", "nabla", "partial", "left", "middle"}


def _names_something(t) -> bool:
    if t.kind == "char":
        return t.value.isalpha()
    return t.kind == "macro" and t.value.isalpha() and t.value not in _NOT_NAMES


def _one_script(t) -> bool:
    return t is not None and (t.kind == "group" or t.kind == "macro" or
                              (t.kind in ("char", "num") and len(t.value) == 1))


def _a_power(t) -> bool:
    """`^2`, `^{2}`: a power (not a label such as `z^{[1]}_1`, whose name keeps its written order)."""
    if t is not None and t.kind == "group" and len(t.body) == 1:
        t = t.body[0]
    return t is not None and t.kind == "num" and len(t.value) == 1


def subscript_first(toks: list) -> list:
    """`x^2_b` -> `x_b^2` after a name when the superscript is a power (not after `]`, `\\int`, `\\sum`:
    those scripts are bounds)."""
    out, i = list(toks), 1
    while i + 3 < len(out):
        if _is(out[i], "char", "^") and _is(out[i + 2], "char", "_") and _names_something(out[i - 1]) and \
                _a_power(out[i + 1]) and _one_script(out[i + 3]):
            out[i:i + 4] = [out[i + 2], out[i + 3], out[i], out[i + 1]]
            i += 4
        else:
            i += 1
    return out


def evaluation_bracket(parser, inner, opener):
    """`[F]_a^b` (or `^b_a`) after a bracket: F at b minus F at a, in F's one free variable; None when no
    scripts follow."""
    first, second = parser.peek(), parser.peek(2)
    if not (_is(first, "char", "_", "^") and _is(second, "char", "_", "^") and first.value != second.value):
        return None
    bounds = {}
    for _ in range(2):
        mark = parser.take()
        bounds[mark.value] = parser.sub(parser.script(mark), "bound")
    if isinstance(inner, sp.MatrixBase):
        raise ParseError("an evaluation bracket of a matrix is not read", opener.pos)
    free = [s for s in inner.free_symbols if isinstance(s, sp.Symbol) and not isinstance(s, sp.Dummy)
            and s.name not in parser.ctx.values]
    if len(free) != 1:
        raise ParseError("evaluation bracket [F]_a^b: in which variable? (write F(b) - F(a))", opener.pos)
    var = free[0]
    return inner.xreplace({var: bounds["^"]}) - inner.xreplace({var: bounds["_"]})


def _a_big_operator(t) -> bool:
    return t is not None and t.kind == "macro" and t.value in ("sum", "prod")


def sum_bounds(toks) -> frozenset:
    r"""The letters that bound a sum or product somewhere in these tokens (`\sum_{s=1}^{t}`): in that chain the
    letter is a number, so `\beta_1^t` beside it is a power, not β_1 labelled t."""
    bounds = set()

    def walk(ts):
        ts = list(ts)
        for i, t in enumerate(ts):
            if _is(t, "char", "^") and i + 1 < len(ts) and (_a_big_operator(ts[i - 1] if i else None) or
                                                            i > 2 and _is(ts[i - 2], "char", "_") and
                                                            _a_big_operator(ts[i - 3])):
                nxt = ts[i + 1]
                text = plain_text(nxt.body if nxt.kind == "group" else (nxt,))
                if text and text.isalpha():
                    bounds.add(text)
            walk(t.body or ())
            for arg in t.args or ():
                walk(arg or ())
    walk(toks)
    return frozenset(bounds)
