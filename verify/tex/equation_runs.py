r"""Rows of one display that are an equation being solved: a non-identity is given when the next row
follows from it; an estimate written after an equation set to zero (`… = 0` gives `\hat\theta = …`) that does
not solve it is wrong (a mixin of the checking run, `check._Run`)."""
from __future__ import annotations

import dataclasses
import re
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
            index = self.add(lhs_seg, rhs_seg, rel, outcome.verdict, outcome.detail)
            if outcome.difference is not None and rhs_seg.text.strip() == "0":
                # `… = \frac{1}{σ^2}\sum_i (x_i - μ) = 0`: an equation in sums of the data, no candidate identity
                self.equation = _Equation(index, outcome.difference, self.region, self.where(lhs_seg.start)[0], False,
                                          True, ends_a_chain=not single)
            elif single:
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

    def solves_equation(self, name, steps, written=None, head=None) -> bool:
        """`x = 2` after an equation in x is its next line, not a new definition of x. `\\hat\\theta_{MAP} = …` after
        `$\\frac9\\theta - \\frac6{1 - \\theta} = 0$ gives` is claimed to solve that equation in θ: when it does not,
        its first relation is reported wrong (see record); when it does, it defines θ̂ as before (`ok` when the equation
        ends a chain of confirmed steps: derived_and_solved)."""
        self.estimate_alias = self.estimate_solves = None
        if self.equation is None:
            return False
        if steps == 1 and self.equation.region == self.region and not self.equation.ends_a_chain and \
                any(s.name == name for s in self.equation.difference.free_symbols):
            return True
        unknown = next((s for s in self.equation.difference.free_symbols if s.name == _estimated(name)), None)
        # only `… = 0` ("setting the derivative to zero"): `L'(w) = (wx - y)x + λ` is a claim, not an equation solved
        # (the next display, with prose that says it follows or none at all: `$$ℓ'(θ) = … = 0,$$ $$\hat\theta = …$$`)
        near = self.equation.region == self.region or \
            self.equation.region == self.region - 1 and (self.follows or self.adjacent)
        if unknown is None or not self.equation.set_to_zero or self.scope.bindings.get(unknown.name) is not None or \
                not near:
            return False
        # Only a value that does not solve it is reported (wrong either way: the equation or the solving); one that
        # does is a definition, as before -- the equation itself may be wrong (`14w - 29 + w = 0` from J'(w) = 0).
        found = self.roots_against(self.equation.difference, unknown, name, written, head)
        if found is None:
            return False
        roots, solving, unknown = found
        if not roots or solving:
            self.estimate_solves = self.derived_and_solved(unknown, solving)
            return False
        shown = ", ".join(sp.sstr(r).replace("**", "^") for r in roots)
        self.estimate_alias = f"does not solve the equation on line {self.equation.line}: it gives " \
                              f"{sp.sstr(unknown).replace('**', '^')} = {shown}"
        return True

    def roots_against(self, difference, unknown, name, written, head):
        """(the roots of `difference = 0` in `unknown`, those the written estimate equals, the unknown as the head
        writes it: σ² for σ̂²), or None when the two cannot be compared."""
        from verify.tex.data_sums import quietly
        from verify.tex.sums import data_reading
        try:
            value = exact(self.scope.resolve(written.expr))      # 2.5 as written is 5/2
            if value.has(sp.Sum):       # `\hat\theta = \frac{\sum_i t_i}{4}`: over the part's own data, if it gives them
                over_data = quietly(data_reading, value, sp.Integer(0), self.scope, strict=True)
                value = exact(over_data[0]) if over_data is not None else value
            if value.has(sp.Sum) or not value.free_symbols <= difference.free_symbols - {unknown}:
                return None     # (Σ_i x_iy_i over a count of its own, or names the equation has not: not comparable)
            if difference.has(sp.Sum):      # `\sum_i (x_i - μ) = 0` over the part's own data, or not comparable
                # (its unknowns kept as they are: σ bound in another problem is not this equation's σ)
                limits = {s for t in difference.atoms(sp.Sum) for lim in t.limits for b in lim[1:]
                          for s in b.free_symbols}
                kept = {s: sp.Dummy(s.name) for s in difference.free_symbols - limits if isinstance(s, sp.Symbol)}
                over = quietly(data_reading, difference.xreplace(kept), sp.Integer(0), self.scope, strict=True)
                if over is None or exact(over[0]).has(sp.Sum):
                    return None
                difference = exact(over[0]).xreplace({d: s for s, d in kept.items()})
            with time_limit(BUDGET):
                roots = sp.solve(difference, unknown)
            # σ² of `∂ℓ/∂σ^2 = 0` in μ too: at the other unknowns' estimates (μ̂) where the file gives them
            roots = [r.xreplace(self.estimates_of(r.free_symbols - value.free_symbols)) for r in roots]
            estimate = next((s for s in getattr(getattr(head, "expr", None), "free_symbols", ())
                             if getattr(s, "name", None) == name), None)
            if estimate is not None and head.expr != estimate:      # `\hat\sigma^2 = …`: the root's square
                roots = [head.expr.xreplace({estimate: r}) for r in roots]
                unknown = head.expr.xreplace({estimate: unknown})
            if any(r.free_symbols - value.free_symbols for r in roots):
                return None
            lone = written.expr.name if isinstance(written.expr, sp.Dummy) and \
                literal_value(written.expr) is not None else None
            half = sp.Rational(1, 2 * 10 ** places(lone)) if lone and "." in lone else 0    # 2.5 may round the root
            solving = [r for r in roots if sp.simplify(r - value) == 0 or half and (r - value).is_number and
                       abs(sp.N(r - value, 30)) <= half]
        except (Unresolved, _Timeout, AttributeError, NotImplementedError, TypeError, ValueError, ZeroDivisionError):
            return None
        return roots, solving, unknown

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

    def estimates_of(self, unknowns) -> dict:
        """{μ: 3} for μ̂ = 3 bound in this part: the values of other unknowns' estimates (not another problem's)."""
        found = {}
        for name, binding in self.scope.bindings.items():
            unknown = next((u for u in unknowns if u.name == _estimated(name)), None)
            if unknown is not None and binding.value is not None and binding.section == self.scope.section and \
                    not binding.wrong_line and not binding.unchecked_line and binding.true_value is None:
                found[unknown] = exact(binding.value)
        return found

    def derived_and_solved(self, unknown, solving) -> str | None:
        """What to say of an estimate that solves the equation before it, when that equation ended a chain whose
        every claim was confirmed (`∂ℓ/∂σ^2 = -\\frac{n}{2σ^2} + … = 0`, the derivative checked): then the estimate
        is derived, not merely defined. None when the equation was only written (it may itself be wrong)."""
        if not solving or not self.equation.ends_a_chain:
            return None
        end = self.results[self.equation.index]
        before = [r for r in self.results[:self.equation.index] if r.chain == end.chain]
        if not before or any(r.verdict != OK for r in before):
            return None
        return f"solves the equation on line {self.equation.line} (it gives {_shown(unknown)} = {_shown(solving[0])}), " \
               "whose derivation was checked"


def _shown(expr) -> str:
    """σ**2 -> σ^2, Sum(seq(y, i), (i, 1, n)) -> Sum(y_i, (i, 1, n)): as a reader writes it."""
    return re.sub(r"seq\((\w+), (\w+)\)", r"\1_\2", sp.sstr(expr).replace("**", "^"))


def _estimated(name: str) -> str | None:
    """θ̂_MAP, θ̂, w^*, σ̃_1 -> θ, θ, w, σ_1: the unknown an estimate's name decorates (None: a plain name)."""
    base, sep, sub = name.partition("_")
    plain = "".join(c for c in unicodedata.normalize("NFD", base) if c not in "\u0302\u0303*").rstrip("^")
    if plain == base or not plain:
        return None
    return unicodedata.normalize("NFC", plain) + (sep + sub if sub.isdigit() else "")

