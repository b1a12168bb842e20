r"""Integrals: `\int f(x)\,dx = F(x) + C` (checked by differentiating: F' = f, C any constant) and
`\int_a^b f(x)\,dx = v` (SymPy's integral, under the step's cap)."""
from __future__ import annotations

import sympy as sp

from verify.tex.build import ParseError, _is, commutative

ANTIDERIVATIVE = sp.Function("antiderivative")
CONSTANTS = {"C", "c", "const", "K"}       # the constant of integration


def _differential(toks, k):
    """Is toks[k] the `d` of `dx` (`d x`, `\\mathrm{d}x`)? Then the index of the variable's token."""
    t = toks[k]
    is_d = _is(t, "char", "d") or (_is(t, "macro", "mathrm") and t.args and
                                    "".join(u.value for a in t.args if a for g in a
                                            for u in (g.body if g.kind == "group" else (g,))) == "d")
    if not is_d or k + 1 >= len(toks):
        return None
    nxt = toks[k + 1]
    return k + 1 if nxt.kind == "char" and nxt.value.isalpha() or nxt.kind == "macro" and nxt.value in (
        "theta", "mu", "sigma", "lambda", "alpha", "beta", "tau", "phi", "xi", "eta") else None


def integral(parser, t):
    """`\\int_a^b body dx` from the parser's position (limits optional)."""
    lower = upper = None
    while (s := parser.peek()) is not None and _is(s, "char", "_", "^"):
        parser.take()
        script = parser.script(s)
        if s.value == "_":
            lower = parser.sub(script, "lower limit")
        else:
            upper = parser.sub(script, "upper limit")
    toks, start = parser.toks, parser.i
    for k in range(start, len(toks)):
        v = _differential(toks, k)
        if v is not None:
            break
    else:
        raise ParseError("\\int without its dx", t.pos)
    body = [u for u in toks[start:k] if not _is(u, "macro", ",", ";", "!", " ")]
    var = commutative(parser.sub([toks[v]], "variable of integration"))
    parser.i = v + 1
    f = commutative(parser.sub(body, "integrand")) if body else sp.Integer(1)
    if not isinstance(var, sp.Symbol):
        raise ParseError("\\int over something other than one variable", t.pos)
    if (lower is None) != (upper is None):
        raise ParseError("\\int with one limit", t.pos)
    if lower is None:
        return ANTIDERIVATIVE(f, var)
    return sp.Integral(f, (var, commutative(lower), commutative(upper)))


def has_antiderivative(*exprs) -> bool:
    return any(isinstance(e, sp.Basic) and e.has(ANTIDERIVATIVE) for e in exprs)


def check_antiderivative(left, right, rel, prove):
    """`∫ f dx = F + C`: F' = f (C, const, K: any constant). `prove(a, b)` is the step's symbolic check."""
    from verify.tex.results import OK, UNVERIFIED, WRONG
    from verify.tex.steps import CANDIDATE, Outcome
    marker, other = (left, right) if isinstance(left, ANTIDERIVATIVE) else (right, left)
    if rel != "=" or not isinstance(marker, ANTIDERIVATIVE) or has_antiderivative(other):
        return Outcome(UNVERIFIED, "an indefinite integral inside an expression is not checked")
    f, x = marker.args
    constants = [s for s in other.free_symbols if s.name in CONSTANTS and s != x]
    if not constants:
        return Outcome(UNVERIFIED, "an indefinite integral without its constant (+ C) is not checked")
    derivative = sp.diff(other, x)
    out = prove(derivative, f)
    if out.verdict == OK:
        return Outcome(OK, f"the derivative of the right side in {x} is the integrand ({out.detail})")
    if out.verdict in (WRONG, CANDIDATE):
        return Outcome(WRONG, f"the derivative of the right side in {x} is {derivative}, not the integrand {f}")
    return out
