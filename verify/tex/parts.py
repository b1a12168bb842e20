"""Names an earlier part of the file updated (`v_1 \\gets 0.8 - 0.1(-0.0776)`), used in a later part.

A mixin of the checking run (`check._Run`). Under a new heading the writer may go on from the updated
value (the next iteration) or start again from the problem's values (a second script marked beside the
first, another attempt): two readings. A step that gets the same verdict with both keeps it; otherwise
it is unverified, naming both.
"""
from __future__ import annotations

import dataclasses

from verify.tex.bindings import Unresolved
from verify.tex.results import CARRIED, OK, UNVERIFIED, WRONG
from verify.tex.steps import CANDIDATE, Outcome

FAILED = (WRONG, CANDIDATE, CARRIED)


class PartRules:
    def across_parts(self, lhs, rhs, rel, outcome: Outcome) -> Outcome:
        if outcome.verdict not in (OK, *FAILED) or not self.scope.updated:
            return outcome
        # a gradient written after the step (`∂L/∂x = w_1δ_1` after `w_1 ← 0.3778`) may be at the forward pass's
        # point, as ∂L/∂x itself is (resolving._before_the_update)
        same_part = self.gradient_chain
        try:
            names = self.scope.updated_before(lhs.expr, rhs.expr, same_part=same_part)
        except Unresolved:
            return outcome
        if not names:
            return outcome
        # starting again from the problem's values: values carried from wrong steps are what they should be
        self.scope.use_true, self.scope.same_part_updates = True, same_part
        try:
            again = self._check_again("undo_updates", lhs, rhs, rel)
        finally:
            self.scope.use_true = self.scope.same_part_updates = False
        if again is not None and (again.verdict == outcome.verdict or
                                  (again.verdict in FAILED and outcome.verdict in FAILED)):
            return outcome
        lines = ", ".join(f"{n} (updated on line {self.scope.bindings[n].line})" for n in names
                          if n in self.scope.bindings)
        shown = again.verdict if again is not None else "could not be checked"
        return dataclasses.replace(outcome, verdict=UNVERIFIED, detail=(
            f"two readings, different verdicts: with {lines} as updated{'' if same_part else ' in an earlier part'}: {outcome.verdict} "
            f"({outcome.detail}) | with the value before that update: {shown}"))
