"""Vectors read from their entries: `W_1^\\top\\delta` with only δ_1, δ_2 worked out, and a vector whose entry rests
on a wrong step. A mixin of the checking run (`check._Run`), beside StepChecks, whose step, parse and
checked_within_limit it uses."""
from __future__ import annotations

import dataclasses
import itertools
import re
from fractions import Fraction

import sympy as sp

from verify.tex.bindings import exact, is_constant
from verify.tex.numeric import places
from verify.tex.results import CARRIED, OK, UNVERIFIED, WRONG
from verify.tex.steps import Outcome
from verify.tex.tuples import MAX_ENTRIES


class EntryVectors:
    def wrong_with_a_wrong_vector(self, segs, parsed, i, rel, outcome: Outcome) -> Outcome:
        """`‖w‖² = 1.3208² + 0.7937²` after `w = (7/5.3, 5/6.3) = (1.3208, 0.7973)` (its second entry wrong): wrong
        with w as written, right with what its definition gives. Which the writer meant is not known (as for a
        number carried from a wrong step): unverified. Wrong both ways stays wrong."""
        if outcome.verdict != WRONG:
            return outcome
        names = sorted(n for p in parsed[i:i + 2] if not isinstance(p, Exception)
                       for n in p.bound_matrices if n in self.scope.matrix_true)
        if not names:
            return outcome
        written = {n: self.scope.matrices[n] for n in names}
        self.scope.matrices.update({n: self.scope.matrix_true[n] for n in names})
        try:
            again = [self.parse(seg) for seg in segs[i:i + 2]]
            if any(isinstance(p, Exception) for p in again):
                return outcome
            outcome_true = self.checked_within_limit(again[0], again[1], rel)
        finally:
            self.scope.matrices.update(written)
        if outcome_true.verdict != OK:
            return outcome
        line = self.scope.matrix_rests.get(names[0], (0, True))[0]
        return Outcome(UNVERIFIED, f"wrong with {names[0]} as written, right with what its definition gives (line "
                                   f"{line} was wrong): which is meant is not known")

    def name_as_its_entries(self, segs, i, rel, outcome: Outcome) -> Outcome:
        """`\\nabla_x L = W_1^\\top\\delta` with δ = ŷ - y a number and δ_1, δ_2 worked out since: with δ the number
        the shapes do not fit; hand work reuses the letter for the vector (δ_1, δ_2)^⊤ of its entries. Read again so,
        the verdict that gives (ok or wrong, naming the reading), else the outcome as it was."""
        if outcome.verdict != UNVERIFIED or not outcome.detail.startswith(("shapes differ", "one side is a matrix")):
            return outcome
        found = []
        for side in (segs[i], segs[i + 1]):
            parsed = self.parse(side)
            # the names it uses: bound to a number, or (`W^T\delta` with only δ_1, δ_2 worked out) not bound at all
            names = [] if isinstance(parsed, Exception) else \
                [b.name for b in self.scope.used(parsed.expr)] + sorted(
                    s.name for s in parsed.expr.free_symbols if isinstance(s, sp.Symbol) and
                    s.name not in self.scope.bindings and s.name not in self.scope.functions)
            for name in names:
                # (an entry resting on an unchecked step would hide that: the reading is not made then; one
                # resting on a wrong step is read with the vector marked so, its right value beside it)
                entries = list(itertools.takewhile(lambda e: e is not None and e.value is not None and (
                    is_constant(e.value) and not e.unchecked_line and (not e.wrong_line or e.true_value is not None)),
                    (self.scope.bindings.get(f"{name}_{k}") for k in range(1, MAX_ENTRIES))))
                if len(entries) >= 2 and name not in self.scope.matrices and name not in [f[0] for f in found]:
                    found.append((name, entries))
        if len(found) != 1:
            return outcome
        name, entries = found[0]
        wrong = [e for e in entries if e.true_value is not None and not _rounds_to_written(e)]
        written = self.read_with_vector(segs, i, rel, name, [e.value for e in entries])
        if written is None:
            return outcome
        reading = f"with {name} the vector of its entries {name}_1 … {name}_{len(entries)}"
        binding = self.scope.bindings.get(name)
        number = f"; as the number {name} = {binding.shown}, line {binding.line}, the shapes do not fit" \
            if binding is not None else ""
        if wrong:
            # as for a number carried from a wrong step: a step right with the entries as defined is right (a
            # formula means them); one right only with the written entries is right arithmetic on wrong values
            true = self.read_with_vector(segs, i, rel, name, [e.value if e.true_value is None or e not in wrong
                                                              else e.true_value for e in entries])
            first = wrong[0]
            where = f"{first.name} was written as {first.shown} on line {first.line}"
            if true is not None and true.verdict == OK:
                return dataclasses.replace(true, detail=f"{true.detail} ({reading} as defined: {where}{number})")
            if true is not None and true.verdict == WRONG and written.verdict == OK:
                return Outcome(CARRIED, f"right arithmetic on the wrong value from line {first.wrong_line or first.line}"
                                        f": {where} ({reading}{number})")
            # wrong both ways is left open: with entries resting on a wrong step, held-out files had right steps
            # wrong both ways (what the letter names there is not settled by its entries)
            return outcome
        if written.verdict not in (OK, WRONG, CARRIED):
            return outcome
        return dataclasses.replace(written, detail=f"{written.detail} ({reading}{number})")

    def read_with_vector(self, segs, i, rel, name, entries) -> Outcome | None:
        """The step read again with `name` the column vector of these entries (None: it cannot be read so)."""
        binding = self.scope.bindings.pop(name, None)
        self.scope.matrices[name] = sp.ImmutableMatrix(entries)
        try:
            lhs, rhs = self.parse(segs[i]), self.parse(segs[i + 1])
            if isinstance(lhs, Exception) or isinstance(rhs, Exception):
                return None
            return self.step(lhs, rhs, rel)
        finally:
            del self.scope.matrices[name]
            if binding is not None:
                self.scope.bindings[name] = binding


def _rounds_to_written(binding) -> bool:
    """A value written again after a correction (`δ_2 = … = 0.1106`) keeps the true value of its definition beside
    it; when that rounds to what is written, the written value is not wrong."""
    match = re.fullmatch(r"\s*(-?\s*\d+(?:\.\d+)?)\s*", binding.shown or "")
    try:
        written, true = Fraction(match.group(1).replace(" ", "")), Fraction(str(float(exact(binding.true_value))))
    except (AttributeError, TypeError, ValueError):
        return False
    return abs(true - written) <= Fraction(1, 2 * 10 ** places(match.group(1)))
