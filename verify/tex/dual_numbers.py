"""Dual numbers: `\\varepsilon^2 = 0` stated with ε unbound makes the later steps of that part first-order in ε
(`(2 + \\varepsilon)^3 = 8 + 12\\varepsilon` is then right)."""
from __future__ import annotations

import dataclasses

import sympy as sp

from verify.tex.results import GIVEN, OK, UNVERIFIED
from verify.tex.steps import Outcome, check_step

EPSILONS = ("ε",)       # \varepsilon and \epsilon are both read as ε


class DualNumbers:
    def dual_numbers(self, segs, rels, parsed) -> bool:
        """`\\varepsilon^2 = 0` (or `\\equiv 0`) with ε unbound: dual numbers; later steps of this part are read to first order
        in ε (`(2 + ε)^3 = 8 + 12ε` is then right)."""
        if rels not in (["="], ["equiv"]) or any(isinstance(p, Exception) for p in parsed[:2]):
            return False
        power, zero = parsed[0].expr, parsed[1].expr
        if not (isinstance(power, sp.Pow) and isinstance(power.base, sp.Symbol) and power.exp.is_Integer and
                power.exp >= 2 and zero == 0 and power.base.name not in self.scope.bindings):
            return False
        self.scope.nilpotent[power.base.name] = self.scope.section
        self.add(segs[0], segs[1], "=", GIVEN, f"dual numbers: {power.base.name}^2 = 0, so later steps of this part "
                                               f"are read to first order in {power.base.name}")
        return True

    def dual_numbers_named(self):
        """"Dual numbers give the same thing: $(2 + \\varepsilon)^2 = 4 + 4\\varepsilon$": the prose of this part
        names dual numbers, so ε (written \\varepsilon or \\epsilon), while it has no value, is their unit: ε² = 0."""
        for name in EPSILONS:
            self.scope.nilpotent[name] = self.scope.section

    def earlier_units(self, lhs, rhs) -> set[str]:
        """Nilpotent names an earlier part stated (`ε^2 = 0` under "Highlights") that this step uses, unbound here:
        in a later part ε may still be the dual unit, or a small number of its own (two readings)."""
        used = {getattr(s, "name", None) for p in (lhs, rhs) if not isinstance(p, Exception)
                for s in getattr(p.expr, "free_symbols", ())}
        return {n for n, part in self.scope.nilpotent.items() if part != self.scope.section and n in used and
                n not in self.scope.bindings}

    def as_dual_numbers_again(self, lhs, rhs, rel, outcome):
        """A step that fails with ε a number, in a later part than the one that made ε the dual unit: read again
        to first order in ε; if it holds so, the two readings differ (unverified, naming both)."""
        units = self.earlier_units(lhs, rhs)
        if not units or rel != "=":
            return outcome
        again = check_step(self.first_order(lhs, units), self.first_order(rhs, units), rel, self.scope)
        if again.verdict != OK:
            return outcome
        unit = sorted(units)[0]
        return Outcome(UNVERIFIED, f"two readings, different verdicts: {unit} the dual unit ({unit}^2 = 0, stated in "
                                   f"an earlier part): ok | {unit} a number: wrong ({outcome.detail})")

    def first_order(self, side, units=None):
        """The side to first order in this part's nilpotent names (unchanged without any)."""
        if isinstance(side, Exception) or not isinstance(side.expr, sp.Expr):
            return side
        if units is None:
            units = {n for n, part in self.scope.nilpotent.items() if part == self.scope.section and
                     n not in self.scope.bindings}          # `\varepsilon = 10^{-4}` later: a number, not the unit
        # `x_1^2` after `x_1 = 0.5 + \varepsilon`: x_1 is a dual number, so is its square (to first order)
        duals = {s: b.definition for s in side.expr.free_symbols if isinstance(s, sp.Symbol) and
                 (b := self.scope.bindings.get(s.name)) is not None and isinstance(b.definition, sp.Expr) and
                 {getattr(u, "name", None) for u in b.definition.free_symbols} & units} \
            if not side.expr.has(sp.Derivative, sp.Subs, sp.Integral) else {}   # (∂f/∂x_1: x_1 stays a variable)
        expr = side.expr.xreplace(duals) if duals else side.expr
        names = [s for s in expr.free_symbols if getattr(s, "name", None) in units]
        for s in names:
            expr = sp.series(expr, s, 0, 2).removeO()
        return dataclasses.replace(side, expr=expr) if names or duals else side
