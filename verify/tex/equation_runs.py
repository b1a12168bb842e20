"""Rows of one display that are an equation being solved: a non-identity is given when the next row
follows from it (a mixin of the checking run, `check._Run`)."""
from __future__ import annotations

import dataclasses

from verify.tex.equations import equivalent
from verify.tex.limits import StepTimeout, step_deadline
from verify.tex.results import GIVEN, OK, UNVERIFIED
from verify.tex.steps import CANDIDATE, Outcome


@dataclasses.dataclass(frozen=True)
class _Equation:
    """The previous row when it was not an identity: maybe an equation being solved."""
    index: int              # its StepResult
    difference: object      # lhs - rhs
    region: int             # the display it is in
    line: int
    provisional: bool       # its verdict may still turn into `given`


class EquationRuns:
    def record(self, lhs_seg, rhs_seg, rel, outcome: Outcome, single: bool):
        if outcome.verdict != CANDIDATE:
            self.add(lhs_seg, rhs_seg, rel, outcome.verdict, outcome.detail)
            if single:
                self.equation = None
            return
        line = self.where(lhs_seg.start)[0]
        # Rows of one display (align, gather) on successive lines can be an equation being solved.
        prev = self.equation
        # (or the next display, when the prose between says it follows: `$J'(θ) = 0$ gives $…$`)
        linked = single and prev is not None and prev.line <= line and \
            (prev.region == self.region and prev.line < line or prev.region == self.region - 1 and self.follows) and \
            prev.difference.free_symbols & outcome.difference.free_symbols
        verdict = self.equivalent(prev.difference, outcome.difference) if linked else None
        if verdict is not None:
            self.settle_previous(verdict.verdict == OK)
            index = self.add(lhs_seg, rhs_seg, rel, verdict.verdict, verdict.detail)
            provisional = False
        else:
            index = self.add(lhs_seg, rhs_seg, rel, outcome.fallback, outcome.detail)
            provisional = True
        self.equation = _Equation(index, outcome.difference, self.region, line, provisional) if single else None

    def settle_previous(self, equivalent: bool):
        """The previous non-identity was an equation: given if the next line follows from it."""
        if not self.equation.provisional:
            return
        index = self.equation.index
        prev = self.results[index]
        if equivalent or prev.verdict == UNVERIFIED:
            self.results[index] = dataclasses.replace(prev, verdict=GIVEN,
                                                      detail="an equation (not an identity), taken as given")
        else:   # two non-identities in a row that do not follow from each other: do not guess which is meant
            self.results[index] = dataclasses.replace(
                prev, verdict=UNVERIFIED, detail=prev.detail + "; or an equation, but the next line does not follow from it")

    def equivalent(self, previous, new) -> Outcome:
        try:
            with step_deadline(self.step_seconds):
                return equivalent(previous, new)
        except StepTimeout:
            return Outcome(UNVERIFIED, f"time limit ({self.step_seconds:g} s) reached comparing equations")

    def solves_equation(self, name, steps) -> bool:
        """`x = 2` after an equation in x is its next line, not a new definition of x."""
        if self.equation is None or steps != 1 or self.equation.region != self.region:
            return False
        return any(s.name == name for s in self.equation.difference.free_symbols)
