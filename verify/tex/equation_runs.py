r"""Rows of one display that are an equation being solved: a non-identity is given when the next row
follows from it; an estimate written after an equation set to zero (`… = 0` gives `\hat\theta = …`) that does
not solve it is wrong (a mixin of the checking run, `check._Run`)."""
from __future__ import annotations

import dataclasses
import unicodedata

import sympy as sp

from verify.prove import _Timeout, time_limit
from verify.tex.bindings import Unresolved, exact
from verify.tex.build import literal_value
from verify.tex.equations import BUDGET, equivalent
from verify.tex.limits import StepTimeout, step_deadline
from verify.tex.numeric import places
from verify.tex.results import GIVEN, OK, UNVERIFIED, WRONG
from verify.tex.steps import CANDIDATE, Outcome


@dataclasses.dataclass(frozen=True)
class _Equation:
    """The previous row when it was not an identity: maybe an equation being solved."""
    index: int              # its StepResult
    difference: object      # lhs - rhs
    region: int             # the display it is in
    line: int
    provisional: bool       # its verdict may still turn into `given`
    set_to_zero: bool = False   # written `… = 0` (what an estimate may be claimed to solve)
    ends_a_chain: bool = False  # `dℓ/dθ = \frac{a}{θ} - \frac{b}{1 - θ} = 0`: for an estimate after it only


class EquationRuns:
    def record(self, lhs_seg, rhs_seg, rel, outcome: Outcome, single: bool):
        alias, self.estimate_alias = getattr(self, "estimate_alias", None), None
        if alias is not None:       # θ̂_MAP = … after an equation in θ it does not solve (see solves_equation)
            self.add(lhs_seg, rhs_seg, rel, WRONG, alias)
            self.equation = None
            return
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
            {s for s in prev.difference.free_symbols & outcome.difference.free_symbols     # (ε of dual numbers:
             if self.scope.nilpotent.get(getattr(s, "name", None)) != self.scope.section}   # no unknown)
        verdict = self.equivalent(prev.difference, outcome.difference) if linked else None
        if verdict is not None:
            self.settle_previous(verdict.verdict == OK)
            index = self.add(lhs_seg, rhs_seg, rel, verdict.verdict, verdict.detail)
            provisional = False
        else:
            index = self.add(lhs_seg, rhs_seg, rel, outcome.fallback, outcome.detail)
            provisional = True
        zero = "0" in (lhs_seg.text.strip(), rhs_seg.text.strip())
        if single or rhs_seg.text.strip() == "0":       # (a chain that ends `= 0`: what an estimate may solve)
            self.equation = _Equation(index, outcome.difference, self.region, line, provisional and single, zero,
                                      ends_a_chain=not single)
        else:
            self.equation = None

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

    def solves_equation(self, name, steps, written=None) -> bool:
        """`x = 2` after an equation in x is its next line, not a new definition of x. `\\hat\\theta_{MAP} = …` after
        `$\\frac9\\theta - \\frac6{1 - \\theta} = 0$ gives` is claimed to solve that equation in θ: when it does not,
        its first relation is reported wrong (see record); when it does, it defines θ̂ as before."""
        self.estimate_alias = None
        if self.equation is None:
            return False
        if steps == 1 and self.equation.region == self.region and not self.equation.ends_a_chain and \
                any(s.name == name for s in self.equation.difference.free_symbols):
            return True
        unknown = next((s for s in self.equation.difference.free_symbols if s.name == _estimated(name)), None)
        # only `… = 0` ("setting the derivative to zero"): `L'(w) = (wx - y)x + λ` is a claim, not an equation solved
        near = self.equation.region == self.region or self.equation.region == self.region - 1 and self.follows
        if unknown is None or not self.equation.set_to_zero or self.scope.bindings.get(unknown.name) is not None or \
                not near:
            return False
        # Only a value that does not solve it is reported (wrong either way: the equation or the solving); one that
        # does is a definition, as before -- the equation itself may be wrong (`14w - 29 + w = 0` from J'(w) = 0).
        try:
            value = exact(self.scope.resolve(written.expr))      # 2.5 as written is 5/2
            if value.has(sp.Sum):       # `\hat\theta = \frac{\sum_i t_i}{4}`: over the part's own data, if it gives them
                from verify.tex.data_sums import quietly
                from verify.tex.sums import data_reading
                over_data = quietly(data_reading, value, sp.Integer(0), self.scope, strict=True)
                value = exact(over_data[0]) if over_data is not None else value
            if value.has(sp.Sum) or not value.free_symbols <= self.equation.difference.free_symbols - {unknown}:
                return False    # (Σ_i x_iy_i over a count of its own, or names the equation has not: not comparable)
            with time_limit(BUDGET):
                roots = sp.solve(self.equation.difference, unknown)
        except (Unresolved, _Timeout, AttributeError, NotImplementedError, TypeError, ValueError, ZeroDivisionError):
            return False
        lone = written.expr.name if isinstance(written.expr, sp.Dummy) and literal_value(written.expr) is not None \
            else None
        half = sp.Rational(1, 2 * 10 ** places(lone)) if lone and "." in lone else 0     # 2.5 may round the root
        try:
            if not roots or any(sp.simplify(r - value) == 0 or half and (r - value).is_number and
                                abs(sp.N(r - value, 30)) <= half for r in roots):
                return False
        except (TypeError, ValueError):
            return False
        shown = ", ".join(str(r) for r in roots)
        self.estimate_alias = f"does not solve the equation on line {self.equation.line}: it gives " \
                              f"{unknown.name} = {shown}"
        return True


    def root_restated(self, name, written, equation) -> int:
        """`θ̂_MAP = \frac{α - 1}{α + β - 2}` after `… = 0` in θ, θ̂_MAP having an earlier formula (a wrong one the
        text quotes): the line of the equation it solves, or 0. Solving it is no confirmation (the equation may be
        wrong), but a failed claim against the earlier formula is no counterexample either."""
        unknown = next((s for s in equation.difference.free_symbols if s.name == _estimated(name)), None) \
            if equation is not None and equation.set_to_zero and not isinstance(written, Exception) else None
        near = equation is not None and (equation.region == self.region or
                                         equation.region == self.region - 1 and self.follows)
        if unknown is None or not near:
            return 0
        try:
            value = exact(self.scope.resolve(written.expr))
            with time_limit(BUDGET):
                roots = sp.solve(equation.difference, unknown)
            return equation.line if any(sp.simplify(r - value) == 0 for r in roots) else 0
        except (Unresolved, _Timeout, AttributeError, NotImplementedError, TypeError, ValueError, ZeroDivisionError):
            return 0


def _estimated(name: str) -> str | None:
    """θ̂_MAP, θ̂, w^*, σ̃_1 -> θ, θ, w, σ_1: the unknown an estimate's name decorates (None: a plain name)."""
    base, sep, sub = name.partition("_")
    plain = "".join(c for c in unicodedata.normalize("NFD", base) if c not in "\u0302\u0303*").rstrip("^")
    if plain == base or not plain:
        return None
    return unicodedata.normalize("NFC", plain) + (sep + sub if sub.isdigit() else "")

