"""Macros of common packages, rewritten to the tokens they stand for (tokens.py, before parsing).

pylatexenc does not know their arguments, so they arrive as a bare macro followed by groups:
- siunitx `\\num{3.2e-3}` (a number: `,` is a decimal marker as in siunitx, spaces group digits; the written
  places are kept, 0.0032), `\\qty{3}{\\metre}` / `\\SI{3}{\\metre}` (the number; the unit dropped);
- physics `\\dv{f}{x}`, `\\dv[2]{f}{x}`, `\\dv{x}` (then d/dx of what follows), `\\pdv` the same with ∂, and
  `\\qty(…)` (the parentheses, sized);
- xfrac `\\sfrac{a}{b}` (a fraction).
Anything else (a mixed `\\pdv{f}{x}{y}`, `\\num` of something not a number) is left as written: the parser says
it cannot read it.
"""
from __future__ import annotations

from decimal import Decimal, InvalidOperation

NUMBER_MACROS = {"num", "qty", "SI"}
MAX_EXPONENT = 60       # a power of ten written out takes this many digits at most (hostile input stays small)


def _group(toks, i):
    t = toks[i] if i < len(toks) else None
    return t if t is not None and t.kind == "group" and t.delims == "{" else None


def _tok(cls, kind, value, pos, end, **kw):
    return cls(kind, value, pos, end, **kw)


def rewrite(toks: tuple, i: int, cls):
    """(tokens that stand for the macro at toks[i] and its arguments, index after them), or None."""
    t = toks[i]
    if t.kind != "macro" or t.args:
        return None
    if t.value in NUMBER_MACROS and (g := _group(toks, i + 1)) is not None:
        number = _number(g, cls)
        if number is None:
            return None
        after = i + 3 if t.value != "num" and _group(toks, i + 2) is not None else i + 2     # the unit
        return number, after
    if t.value == "qty" and i + 1 < len(toks) and toks[i + 1].kind == "char" and toks[i + 1].value == "(":
        return (), i + 1                                                    # physics: \qty( … ) is ( … )
    if t.value == "sfrac" and (a := _group(toks, i + 1)) is not None and (b := _group(toks, i + 2)) is not None:
        return (cls("macro", "frac", t.pos, b.end, args=((a,), (b,))),), i + 3
    if t.value in ("dv", "pdv"):
        return _derivative(toks, i, cls)
    return None


def _number(group, cls):
    text = "".join(u.value for u in group.body if u.kind in ("num", "char")).replace(",", ".")
    if not text or any(u.kind not in ("num", "char") for u in group.body):
        return None
    try:
        value = Decimal(text)
    except (InvalidOperation, ArithmeticError):
        return None
    if not value.is_finite() or abs(value.adjusted()) > MAX_EXPONENT:    # `\num{1e999999999}`: left unread
        return None
    digits = format(abs(value), "f")
    num = cls("num", digits, group.pos, group.end)
    if value.is_signed():
        return (cls("group", "{}", group.pos, group.end, body=(cls("char", "-", group.pos, group.pos + 1), num),
                    delims="{"),)
    return (num,)


def _derivative(toks, i, cls):
    """`\\dv[n]{f}{x}` -> `\\frac{d^n f}{d x^n}`; `\\dv{x}` -> `\\frac{d}{d x}` (its target follows)."""
    t, j, order = toks[i], i + 1, None
    if j + 2 < len(toks) and toks[j].kind == "char" and toks[j].value == "[" and toks[j + 1].kind == "num" \
            and toks[j + 2].kind == "char" and toks[j + 2].value == "]":
        order, j = toks[j + 1], j + 3
    first = _group(toks, j)
    if first is None:
        return None
    second = _group(toks, j + 1)
    if second is not None and _group(toks, j + 2) is not None:
        return None                                         # \pdv{f}{x}{y}: mixed, not read here
    d = (lambda at: cls("macro", "partial", at, at)) if t.value == "pdv" else (lambda at: cls("char", "d", at, at))
    power = (lambda at: (cls("char", "^", at, at), order)) if order is not None else (lambda at: ())
    target, variable = (first, second) if second is not None else (None, first)
    num = (d(t.pos), *power(t.pos), *((target,) if target is not None else ()))
    den = (d(variable.pos), variable, *power(variable.end))
    end = (second or first).end
    part = lambda body: (cls("group", "{}", t.pos, end, body=body, delims="{"),)     # noqa: E731
    return (cls("macro", "frac", t.pos, end, args=(part(num), part(den))),), j + (2 if second is not None else 1)
