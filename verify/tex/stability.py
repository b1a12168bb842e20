r"""A stability constant left out: `\hat m/(\sqrt{\hat v} + \epsilon)` with ε = 10^{-8} given is worked out by
everyone as \hat m/\sqrt{\hat v}; the ε moves the result far below any written place. A step wrong only by it
(2.9000000002 against the written 3 - 0.1) is checked again with ε taken as 0, and is right when it holds so."""
from __future__ import annotations

import dataclasses
import unicodedata

import sympy as sp

from verify.tex.bindings import plain_number
from verify.tex.outcome import Outcome
from verify.tex.results import OK

NEGLIGIBLE = sp.Rational(1, 10**6)      # at most this: a stability constant, not a quantity of the problem
EPSILONS = ("ε", "ϵ", "eps")


def without_stability_constant(checker, lhs, rhs, rel, outcome: Outcome) -> Outcome:
    """The outcome of the step with each tiny ε the step writes taken as 0, when that makes it right; else the
    outcome as it was. Not for a step about ε itself (`ε = 0` stays wrong)."""
    scope = checker.scope
    sides = (lhs.expr, rhs.expr)
    names = {s.name for e in sides for s in getattr(e, "free_symbols", ()) if isinstance(s, sp.Symbol)}
    saved = {n: scope.bindings[n] for n in sorted(names) if n in scope.bindings and _stability_constant(scope.bindings[n])}
    if not saved or any(isinstance(e, sp.Symbol) and e.name in saved for e in sides):
        return outcome
    for name, b in saved.items():
        scope.bindings[name] = dataclasses.replace(b, definition=sp.Integer(0), value=sp.Integer(0))
    try:
        again = checker._looked_at_again(lhs, rhs, rel)
    finally:
        scope.bindings.update(saved)
    if again is None or again.verdict != OK:
        return outcome
    shown = ", ".join(f"{b.name} = {b.shown}" for b in saved.values())
    return Outcome(OK, f"{again.detail} (with {shown} taken as 0: a stability constant far below the written places)")


def _stability_constant(binding) -> bool:
    plain = unicodedata.normalize("NFKC", binding.name.partition("_")[0])
    value = binding.value if binding.value is not None else binding.definition
    return plain in EPSILONS and plain_number(binding.definition) and isinstance(value, sp.Expr) and \
        value.is_number and 0 < value <= NEGLIGIBLE and not binding.wrong_line and binding.true_value is None
