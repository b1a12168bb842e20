"""Where a step is claimed: at a point given earlier, under a condition written after it, over a range, or
as a range for a given value. A step that holds only at the given value of a name is not thereby
confirmed as a formula or a range (two readings: `unverified` unless both agree).

A mixin of the checking run (`check._Run`), beside StepChecks.
"""
from __future__ import annotations

import dataclasses

import sympy as sp

from verify.tex.bindings import is_constant, literals, plain_number
from verify.tex.inequalities import INEQUALITIES
from verify.tex.items import EVERYWHERE
from verify.tex.results import OK, UNVERIFIED, WRONG
from verify.tex.steps import CANDIDATE, Outcome


class WhereClaimed:
    def a_range_for_a_given_value(self, rels, parsed, i, outcome: Outcome) -> Outcome:
        r"""`0 < \eta < 1` with η = 0.1 given: a range (where gradient descent is stable, say) or a fact about
        that value. Read as a fact it holds; as a range it is a condition this check does not derive, and a
        wrong range (0 < η < 1 where it is 0 < η < 0.5) holds at the value all the same: not a confirmation."""
        if outcome.verdict != OK or rels[i] not in INEQUALITIES:
            return outcome
        if len(rels) == 1:          # `… gives $\eta < 0.4$` with η = 0.15 given: a bound derived, or a fact?
            return self.a_bound_for_a_given_value(parsed, outcome)
        for j in (i, i + 1):
            if not (0 < j < len(parsed) - 1 and rels[j - 1] in INEQUALITIES and rels[j] in INEQUALITIES):
                continue
            middle, ends = parsed[j], (parsed[j - 1], parsed[j + 1])
            if isinstance(middle, Exception) or any(isinstance(e, Exception) for e in ends) or \
                    not isinstance(middle.expr, sp.Symbol) or isinstance(middle.expr, sp.Dummy) or \
                    any(not self.has_values(e.expr) for e in ends):
                continue
            b = self.scope.bindings.get(middle.expr.name)
            if b is None or b.value is None:
                continue
            return Outcome(UNVERIFIED, f"two readings: a range for {b.name} (a condition, not derived here) or a fact "
                                       f"about its value {b.shown} (line {b.line}): {outcome.detail}")
        return outcome

    def under_the_condition(self, lhs, rhs, outcome: Outcome) -> Outcome:
        r"""`\mathrm{ReLU}(cz) = c\,\mathrm{ReLU}(z)` whenever `c \ge 0`: wrong for some c, but claimed only under
        the condition. A sign condition on a free name is assumed and the step checked again; another
        condition (`|x| < 1`) is not assumed here: unverified."""
        names = {s.name for p in (lhs, rhs) if not isinstance(p, Exception) and isinstance(p.expr, sp.Basic)
                 for s in p.expr.free_symbols}
        signs = {n: sign for n, sign in self.sign if n in names and n not in self.scope.bindings}
        if signs:
            swap = {s: sp.Symbol(s.name, **{signs[s.name]: True}) for p in (lhs, rhs) if not isinstance(p, Exception)
                    for s in p.expr.free_symbols if s.name in signs}
            earlier = {n: self.scope.bounds.get(n) for n in signs}
            for n, sign in signs.items():
                self.scope.bounds[n] = [0, None, False] if sign in ("positive", "nonnegative") else [None, 0, False]
            try:                # sampled within the condition (bounds), proved with the sign (the symbol's assumption)
                again = self.one_step(*(p if isinstance(p, Exception) else
                                        dataclasses.replace(p, expr=p.expr.xreplace(swap)) for p in (lhs, rhs)), "=")
            finally:
                for n, bound in earlier.items():
                    if bound is None:
                        self.scope.bounds.pop(n, None)
                    else:
                        self.scope.bounds[n] = bound
            if again.verdict == CANDIDATE:
                again = Outcome(again.fallback, again.detail)
            if again.verdict in (OK, WRONG):
                told = ", ".join(f"{n} {sign}" for n, sign in signs.items())
                return Outcome(again.verdict, f"{again.detail} (with {told}, the condition after it)")
        if not (names & set(self.quantified) - set(self.scope.bindings)):
            return outcome
        return Outcome(UNVERIFIED, f"claimed under the condition after it, which this check does not assume: "
                                   f"{outcome.detail}")

    def has_values(self, expr) -> bool:
        """Every name in expr has a value (`\frac1a` with a = 4 given), or it has no names."""
        names = getattr(expr, "free_symbols", {None}) - set(getattr(expr, "atoms", lambda *_: ())(sp.Dummy))
        return all(getattr(s, "name", None) in self.scope.bindings and
                   self.scope.bindings[s.name].value is not None for s in names)

    def over_a_range(self, lhs, rhs, outcome: Outcome) -> Outcome:
        r"""`$\sigma'(x) > 0.2$ for $\lvert x\rvert < 1$` with x = 0.5 bound earlier: a claim for every x in a
        range, which holding at the bound value does not confirm."""
        everywhere = EVERYWHERE in self.quantified      # (false at the bound value: false somewhere, wrong)
        if self.quantified and not everywhere and \
                (outcome.verdict == WRONG or outcome.verdict == CANDIDATE and outcome.fallback == WRONG):
            return self.under_the_condition(lhs, rhs, outcome)     # (a candidate: not an identity, maybe an equation)
        if outcome.verdict != OK or not self.quantified:
            return outcome
        names = sorted({s.name for p in (lhs, rhs) if not isinstance(p, Exception) and isinstance(p.expr, sp.Basic)
                        for s in p.expr.free_symbols - p.expr.atoms(sp.Dummy)})
        drawn = set().union(*(self.scope.drawn(p.expr) for p in (lhs, rhs) if not isinstance(p, Exception)))
        bound = [self.scope.bindings[n] for n in names if n in self.scope.bindings and n not in drawn and
                 self.scope.bindings[n].value is not None and (everywhere or n.split("_")[0] in self.quantified)]
        if not bound:
            return outcome
        at = ", ".join(f"{b.name} = {b.shown} (line {b.line})" for b in bound)
        return Outcome(UNVERIFIED, f"claimed for a range (the condition or `everywhere` after it), checked only at {at}: "
                                   f"{outcome.detail}")

    def a_bound_for_a_given_value(self, parsed, outcome: Outcome) -> Outcome:
        r"""`\eta < 0.4` alone, η a number the problem gave (not one the file worked out): a condition derived on
        η, or a check of its value; a wrong bound holds at the value all the same. A worked-out value
        (`L = … = 0.24`, then `L < 0.5`) is a fact about that value and stays checked."""
        for name_side, other in ((parsed[0], parsed[1]), (parsed[1], parsed[0])):
            if isinstance(name_side, Exception) or isinstance(other, Exception) or \
                    not isinstance(name_side.expr, sp.Symbol) or isinstance(name_side.expr, sp.Dummy):
                continue
            b = self.scope.bindings.get(name_side.expr.name)
            if b is None or b.value is None or not plain_number(b.definition) or \
                    getattr(other.expr, "free_symbols", {None}) - set(other.expr.atoms(sp.Dummy)):
                continue
            return Outcome(UNVERIFIED, f"two readings: a bound derived for {b.name} (a condition, not derived here) "
                                       f"or a check of its given value {b.shown} (line {b.line}): {outcome.detail}")
        return outcome

    def gradient_formula_at_a_point(self, lhs, rhs, outcome: Outcome) -> Outcome:
        """`\\nabla_{\\mathbf x}(\\mathbf x^\\top A\\mathbf x) = (A + A^\\top)\\mathbf x` with x given: true at that x,
        but a formula in x may be meant for every x, and one point does not settle it (false there: wrong).
        A gradient equal to numbers (`= (0, -4)^\\top`) is a value at the point."""
        sides = [p for p in (lhs, rhs) if not isinstance(p, Exception)]
        names = sorted(n for p in sides for n in p.at_point if any(n in q.bound_matrices for q in sides))
        if outcome.verdict != OK or not names:
            return outcome
        return Outcome(UNVERIFIED, f"{outcome.detail} at the given {names[0]}; as a formula in {names[0]} it is "
                                   "not checked (one point does not settle it)")

    def formula_at_a_point(self, lhs, rhs, rel, outcome: Outcome) -> Outcome:
        """`\\frac{d}{dx}x^3 = 3x` after `x = 1`: both sides are 3 at the given x, but a derivative written
        as a formula in x is a formula: it is confirmed only if it holds with x free too (else unverified,
        naming both readings). A derivative equal to a number (`= 3`) is a value at the point. The same for
        a formula in a name given as a number (see points_in_a_formula)."""
        if outcome.verdict != OK or rel not in ("=", "approx") or isinstance(lhs, Exception) or \
                isinstance(rhs, Exception):
            return outcome      # (`1 - \tanh^2 x \approx 1 - x^3` near zero: holds at a given x = 0, not as a formula)
        head, other = (lhs.expr, rhs.expr) if isinstance(lhs.expr, sp.Derivative) else (rhs.expr, lhs.expr)
        if not isinstance(other, sp.Basic) or not isinstance(head, sp.Basic):
            return outcome
        if isinstance(head, sp.Derivative):
            names = sorted({v.name for v in head.variables       # (∂²f/∂x_1²: x_1 once)
                            if isinstance(v, sp.Symbol) and v in other.free_symbols and v.name in self.scope.bindings
                            and is_constant(self.scope.bindings[v.name].definition)})
        else:
            names = self.points_in_a_formula(head, other)
        if not names:
            return outcome
        kept = {n: self.scope.bindings.pop(n) for n in names}
        try:
            general = self.checked_within_limit(lhs, rhs, rel)
        finally:
            self.scope.bindings.update(kept)
        if general.verdict == OK:
            return outcome
        shown = ", ".join(f"{n} = {kept[n].shown}" for n in names)
        if general.verdict == CANDIDATE:
            general = Outcome(general.fallback, general.detail)
        if general.verdict == WRONG and all(kept[n].section < self.scope.section for n in names) and \
                not (lhs.others or rhs.others) and not any(p.expr.has(sp.Sum) for p in (lhs, rhs)):
            # `largest at $x = 0$` under an earlier heading: a formula in x here is a formula, not that point
            return dataclasses.replace(general, detail=f"{general.detail} (as a formula in {', '.join(names)}: {shown} "
                                                       f"was given in an earlier part, line {kept[names[0]].line})")
        return Outcome(UNVERIFIED, f"two readings, different verdicts: at the given {shown}: ok ({outcome.detail}) | "
                                   f"as a formula in {', '.join(names)}: {general.verdict} ({general.detail})")

    def points_in_a_formula(self, lhs, rhs) -> list[str]:
        r"""`\tanh(a) = 2\sigma(a) - 1` after `largest at $a = 0$`: a formula in a on both sides, no decimal in it,
        with a given as a number: it holds at that number, and may be meant for every a (a later item of a
        list of facts). The names to check it again with free."""
        if literals(lhs) or literals(rhs) or lhs.atoms(sp.Float) or rhs.atoms(sp.Float) or self.scope.nilpotent:
            return []        # (with ε² = 0 stated, a formula holds to first order only: not read again here)
        return sorted(v.name for v in lhs.free_symbols & rhs.free_symbols
                      if isinstance(v, sp.Symbol) and v.name in self.scope.bindings
                      and self.scope.bindings[v.name].value is not None
                      and plain_number(self.scope.bindings[v.name].definition))

    def unbound_name(self, p) -> str | None:
        if isinstance(p, Exception) or not isinstance(p.expr, sp.Symbol) or isinstance(p.expr, sp.Dummy):
            return None
        if p.expr.name in self.scope.bindings or p.expr.name.startswith(("KL(", "KL[")):
            return None         # (KL(p ‖ q) ≥ 0 is Gibbs' inequality, a claim, not a condition on a name)
        return p.expr.name

    def condition_names(self, rels, parsed) -> set[str]:
        r"""`x > 0`, `0 < \theta < 1` state a domain: every inequality in the chain has, on one side,
        a name the file has not bound that its other side does not mention. `x < x - 1` and
        `x > 2 > 3` are claims (empty set): they are checked."""
        if not all(r in INEQUALITIES for r in rels) or any(isinstance(p, Exception) for p in parsed):
            return set()
        names = set()
        for a, b in zip(parsed, parsed[1:]):
            name = next((n for n, other in ((self.unbound_name(a), b), (self.unbound_name(b), a))
                         if n and n not in {s.name for s in getattr(other.expr, "free_symbols", ())}), None)
            if name is None:
                return set()
            names.add(name)
        return names

    def is_range(self, rels, head, segs) -> bool:
        r"""`for $i = 1, \dots, n$`: the values an index runs over, not a definition of i."""
        if rels != ["="] or not head or head[1] is not None:
            return False
        return self.range_after
