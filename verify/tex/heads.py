r"""What the head of a chain says: the variables of `p(θ | y)`, the density name in `\log p(θ)`, a
`+ \text{const}`, a decorated spread squared (`\hat\sigma^2 = …`) that defines σ̂, an inverse written out
(`S_N^{-1} = \begin{pmatrix} … \end{pmatrix}`) that defines S_N."""
from __future__ import annotations

import re
import unicodedata

import sympy as sp

from verify.tex.build import ParseError, power
from verify.tex.parse import parse

DECORATED = re.compile("[\u0302\u0304\u0303\u0307]|\\^\\*$|\\*$")    # σ̂, x̄, w̃, ẋ, θ^*
SPREADS = {"σ", "s"}           # standard deviations: σ̂^2 = … defines σ̂ as the nonnegative root
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
    """The name in a head `σ̂^2`, `s̄^2` (a decorated σ or s the file has not given a meaning, squared, not on
    the right side): defines the spread σ̂ ≥ 0 as the root. `x^2 = 4`, `x̄^2 = 4` stay equations (x̄ may be -2).
    `σ̂^2 \\leftarrow …` (assigns) updates it, whatever it meant before."""
    if rels[0] != "=" or isinstance(parsed[0], Exception) or isinstance(parsed[1], Exception):
        return None
    e = parsed[0].expr
    if not (isinstance(e, sp.Pow) and e.exp == 2 and isinstance(e.base, sp.Symbol)) or isinstance(e.base, sp.Dummy):
        return None
    name = e.base.name
    plain = unicodedata.normalize("NFD", name)          # ŝ is one code point, s + a circumflex
    on_the_right = any(s.name == name for s in getattr(parsed[1].expr, "free_symbols", ()))
    if not DECORATED.search(plain) or plain[0] not in SPREADS or \
            not assigns and (scope.has_meaning(name) or on_the_right):
        return None
    return name


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
