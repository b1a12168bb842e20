r"""Forward-mode tangents by their meaning (the course's forward-mode trace).

After `v_3 = v_1 x_2` with tangents `\dot v_1` and `\dot x_2` already given, `\dot v_3` means
v̇₁x₂ + v₁ẋ₂ -- the chain rule through v₃'s definition -- so `\dot v_3 = \dot v_1\dot x_2` is a claim,
checked, not a new definition. Only when every name v₃ is defined from has a tangent in this part and
v₃ is not just a copy of one name; otherwise the line defines the tangent (a seed, `\dot x_1 = 1`), as before.
"""
from __future__ import annotations

import unicodedata

import sympy as sp

DOT = "\u0307"      # the combining dot above that `\dot` puts on a name (ẋ, v̇)


def primal(name: str) -> str | None:
    """`v̇_3` -> `v_3`; None for a name without a dot."""
    base, sep, rest = name.partition("_")
    parts = unicodedata.normalize("NFD", base)
    return parts[0] + sep + rest if len(parts) == 2 and parts[1] == DOT else None


def tangent(name: str) -> str:
    """`v_3` -> `v̇_3`, spelled as the parser spells `\\dot v_3`."""
    base, sep, rest = name.partition("_")
    return unicodedata.normalize("NFC", base + DOT) + sep + rest


def meaning(name: str, scope) -> sp.Expr | None:
    """What the tangent `name` means by the chain rule through its primal's definition, or None."""
    of = primal(name)
    b = scope.bindings.get(of) if of is not None else None
    if b is None or b.section != scope.section or not isinstance(b.definition, sp.Expr) or b.definition.is_Symbol:
        return None     # `v_1 = x`, then `\dot v_1 = 1`: a seed put on the copy of an input (a new sweep, a new function)
    inputs = [s for s in b.definition.free_symbols if isinstance(s, sp.Symbol) and not isinstance(s, sp.Dummy)]
    dots = [scope.bindings.get(tangent(s.name)) for s in inputs]
    if not inputs or any(len(s.name.partition("_")[0]) != 1 for s in inputs) or \
            any(d is None or d.section != scope.section for d in dots):
        return None
    return sp.Add(*[sp.diff(b.definition, s) * sp.Symbol(d.name, real=True) for s, d in zip(inputs, dots)])
