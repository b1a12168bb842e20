r"""What the head of a chain says: the variables of `p(θ | y)`, the density name in `\log p(θ)`, a
`+ \text{const}`, a decorated spread squared (`\hat\sigma^2 = …`) that defines σ̂, an inverse written out
(`S_N^{-1} = \begin{pmatrix} … \end{pmatrix}`) that defines S_N."""
from __future__ import annotations

import re
import unicodedata

import sympy as sp

from verify.tex.bindings import Unresolved, exact
from verify.tex.build import ParseError, power
from verify.tex.parse import parse

DECORATED = re.compile("[\u0302\u0304\u0303\u0307]|\\^\\*$|\\*$")    # σ̂, x̄, w̃, ẋ, θ^*
SPREADS = {"σ", "s"}           # standard deviations: σ̂^2 = … defines σ̂ as the nonnegative root
APPLIED_DENSITIES = {"p", "q"}    # `\ln p(w)` with p defined nowhere: a density at w (not p·w), nothing known of it
CONSTANT_NAMES = {"const", "constant", "Const"}     # `+ \text{const}`: up to a term free of the variable


def mentions_const(segs) -> bool:
    return any(t.kind == "macro" and t.value in ("text", "mathrm", "textrm", "operatorname") and t.args and
               "".join(u.value for a in t.args if a for g in a for u in (g.body if g.kind == "group" else (g,)))
               in CONSTANT_NAMES for seg in segs for t in seg.toks)


def head_name(toks) -> str | None:
    r"""`p` in `\log p(θ)`, `p(θ | y)`: the name applied in the chain's head, if it is one symbol."""
    toks = list(toks)
    opening = next((i for i, t in enumerate(toks) if t.kind == "char" and t.value == "("), None)
    if not opening:
        return None
    before = toks[:opening]
    if before[-1].kind == "macro" and before[-1].value == "pi":
        return "π"                         # π(θ): a prior density, read as the number π times θ
    try:                                   # \log p(θ): the name just before the bracket
        e = parse(before[-1:]).expr
    except ParseError:
        return None
    return e.name if isinstance(e, sp.Symbol) else None


def variables_of(toks) -> tuple[str, ...]:
    """`p(θ | y)`, `π(μ, σ \\mid x)`, `L(θ)`: the names a proportionality is in (before the bar)."""
    toks = list(toks)
    opening = next((i for i, t in enumerate(toks) if t.kind == "char" and t.value == "("), None)
    if opening is None or not (toks[-1].kind == "char" and toks[-1].value == ")"):
        return ()
    inner = toks[opening + 1:-1]
    bar = next((i for i, t in enumerate(inner) if (t.kind == "char" and t.value in "|;") or
                (t.kind == "macro" and t.value in ("mid", "vert", "|"))), len(inner))
    names, cur = [], []
    for t in inner[:bar] + [None]:
        if t is None or (t.kind == "char" and t.value == ","):
            try:
                e = parse(cur).expr if cur else None
            except ParseError:
                return ()
            if not isinstance(e, sp.Symbol):
                return ()
            names.append(e.name)
            cur = []
        else:
            cur.append(t)
    return tuple(names)


def squared_head(parsed, rels, scope, assigns: bool = False) -> str | None:
    r"""The name in a head `σ̂^2`, `s̄^2` (a decorated σ or s, squared, not on the right side): defines the spread σ̂ ≥ 0 as the root. So does a plain spread's square or precision given a
    value, `σ^2 = 1`, `\frac{1}{τ_n^2} = \frac14 + \frac{n}{σ^2}` (σ, τ, s: a standard deviation, never
    negative). `x^2 = 4`, `x̄^2 = 4` stay equations (x̄ may be -2), and so does `σ^2 = \frac1n\sum_i (x_i - μ)^2`
    (σ then moves with μ: ∂/∂σ^2 must still see it). `σ̂^2 \leftarrow …` (assigns) updates it, whatever it
    meant before."""
    if rels[0] != "=" or isinstance(parsed[0], Exception) or isinstance(parsed[1], Exception):
        return None
    e = parsed[0].expr
    if not (isinstance(e, sp.Pow) and e.exp in (2, -2) and isinstance(e.base, sp.Symbol)) or \
            isinstance(e.base, sp.Dummy):
        return None
    name = e.base.name
    plain = unicodedata.normalize("NFD", name)          # ŝ is one code point, s + a circumflex
    on_the_right = any(s.name == name for s in getattr(parsed[1].expr, "free_symbols", ()))
    decorated = DECORATED.search(plain) and e.exp == 2
    if plain[0] not in SPREADS | {"τ"} or not (decorated or _a_value(parsed[1].expr, scope)) or \
            not assigns and on_the_right:
        return None
    return name         # (stated again, `τ_0^2 = 1` after τ_0^2 = 4, it is a claim or a new case: see check)


def only_the_sigmoid(name, scope) -> bool:
    """A bare σ means the logistic sigmoid until the file gives it a value: its square is no number, so
    `σ^2 = 1` gives it one."""
    return name == "σ" and name not in scope.bindings and name not in scope.functions


def _a_value(expr, scope) -> bool:
    """Does expr stand for one real number here (its names bound to numbers)?"""
    try:
        value = exact(scope.resolve(expr))
    except (Unresolved, ValueError, TypeError):      # an unbound name, an operator: not a value
        return False
    return isinstance(value, sp.Expr) and not value.free_symbols and value.is_positive is True


def spread_from(value, exponent):
    """σ from the written value of σ^2 (exponent 2) or of 1/σ^2 (exponent -2): the nonnegative root."""
    return sp.sqrt(value) if exponent == 2 else 1 / sp.sqrt(value)


def inverse_head(parsed, rels, scope) -> str | None:
    """The name in a head `S_N^{-1} = αI + βΦ^⊤Φ` whose right side is a written-out matrix (a name the file has
    not given a meaning, not on the right side): defines S_N as that matrix's inverse, so a later
    `S_N = \\frac1{15}(…)` is a claim about it."""
    if rels[0] != "=" or isinstance(parsed[0], Exception) or isinstance(parsed[1], Exception):
        return None
    e, value = parsed[0].expr, parsed[1].expr
    if not (isinstance(e, sp.Pow) and e.exp == -1 and isinstance(e.base, sp.Symbol)) or isinstance(e.base, sp.Dummy) \
            or not isinstance(value, sp.MatrixBase) or not value.is_square:
        return None
    try:
        power(value, sp.Integer(-1), 0)
    except ParseError:                  # singular, or too large to invert: no S_N to define
        return None
    name = e.base.name
    if scope.has_meaning(name) or any(s.name == name for s in value.free_symbols):
        return None
    return name
