"""What names mean as a file goes on: definitions, claims about defined names, values carried.

A mixin of the checking run (`check._Run`): it binds names, records the value a chain
reached for a name that already had a meaning, keeps the meaning of a name next to a value
an earlier wrong step produced (`carried`), records values a problem gives (Var(X) = 4), and keeps a
density defined by a `∝` up to its open factor.
"""
from __future__ import annotations

import dataclasses
import re
import unicodedata

import sympy as sp
from sympy.core.function import AppliedUndef

from verify.tex.bindings import OPEN_FACTOR, LiteralOrigin, Unresolved, exact, is_constant, literals, meaningful, plain_number
from verify.tex.build import PLUS_MINUS, literal_value
from verify.tex.events import is_stated_quantity
from verify.tex.inequalities import INEQUALITIES, check_inequality
from verify.tex.limits import StepTimeout, step_deadline
from verify.tex.numeric_steps import ROUNDED_DIGITS, significant_digits
from verify.tex.operators import has_operators, is_given, is_random
from verify.tex.results import CARRIED, OK, UNVERIFIED, WRONG
from verify.tex.steps import CANDIDATE, Outcome, check_step


@dataclasses.dataclass(frozen=True)
class Provenance:
    """Where the value a chain reached comes from: what it should have been when a step before it was
    wrong, or the line of a step it rests on that could not be checked (neither: checked)."""
    index: int | None = None     # the side holding the value (the last constant one)
    true_value: object = None
    wrong_line: int = 0
    unchecked_line: int = 0


def _lone_decimal(expr):
    """(the decimal, its sign) of a side that is just a decimal or minus one, else None."""
    sign = 1
    if isinstance(expr, sp.Mul) and len(expr.args) == 2 and expr.args[0] == -1:
        sign, expr = -1, expr.args[1]
    return (expr, sign) if isinstance(expr, sp.Dummy) and literal_value(expr) is not None else None


def _right_at_its_places(written, true_value, units=1) -> bool:
    """Is a written decimal the true value rounded to its places (within `units` half units of its last place)?"""
    found = _lone_decimal(written) if isinstance(written, sp.Basic) else None
    if found is None or true_value is None:
        return False
    decimal, sign = found
    places = len(decimal.name.partition(".")[2])
    try:
        gap = abs(sp.N(sign * literal_value(decimal) - exact(true_value), 30))
    except (TypeError, ValueError):
        return False
    return bool(gap.is_Number and gap < sp.Rational(units, 2 * 10 ** places))


ESTIMATE = re.compile("[\u0302\u0303]|\\^\\*$|\\*$")     # θ̂, σ̃, w^*: an estimate or an optimum


# A lone number as written, `1.2910`, `-0.3`, `\\frac{4}{3}`, `29/15`: stated, not worked out.
STATED_NUMBER = re.compile(r"\s*-?\s*(?:\d+(?:\.\d*)?|\.\d+|\\[dt]?frac\s*\{?\s*\d+\s*\}?\s*\{?\s*\d+\s*\}?|\d+\s*/\s*\d+)\s*")


CARRIED_ROUNDING = 0.01      # relative gap a step between names may owe to values rounded along the way


class MeaningRules:
    def gives_a_value(self, lhs, rhs) -> bool:
        """`Var(X) = 4`: recorded (later steps use it), not checked -- unless already determined."""
        if isinstance(lhs, Exception) or isinstance(rhs, Exception) or lhs.others or rhs.others:
            return False
        if any(getattr(s, "name", None) in self.scope.laws for s in lhs.expr.free_symbols):
            return False          # X ∼ Exp(2) given: 𝔼X = ½ is a claim about its law (named_laws)
        try:
            value = exact(self.scope.resolve(rhs.expr))      # 𝔼[X] = 0.3: the decimal as written
            if not is_given(lhs.expr, value, self.scope.independent, self.scope.facts):
                return False
        except (Unresolved, ValueError, TypeError, NotImplementedError):
            return False
        # `Var(Y) = 9` in part (b) after `Y = 2X + 1` in part (a): Y is this part's new variable, not (a)'s
        for s in lhs.expr.free_symbols:
            b = self.scope.bindings.get(getattr(s, "name", None))
            if b is not None and b.section < self.scope.section and is_random(s):
                del self.scope.bindings[s.name]
        self.scope.facts.append(lhs.expr - exact(value))
        return True

    def restates_a_given_value(self, lhs) -> bool:
        """`𝔼[X] = …` when the problem gave 𝔼[X] a value (`𝔼[X] = 0.3`)."""
        if isinstance(lhs, Exception) or not isinstance(lhs.expr, AppliedUndef) or not has_operators(lhs.expr):
            return False
        return any(isinstance(f, sp.Basic) and not (f - lhs.expr).free_symbols for f in self.scope.facts)

    def or_a_new_value(self, name, index) -> bool:
        """`w^* = 0.5` after w^* was given a number (or 𝔼[X] = ½ after 𝔼[X] = 0.3 was given): a claim about
        the same quantity, or a new case giving it a new value. Two readings; when the claim fails they
        differ: unverified, naming both (True when it is so)."""
        r = self.results[index]
        b = self.scope.bindings.get(name)
        if self.fixed_by_a_system(name):
            return False    # π_2 = \tfrac{9}{13}π_3 after the system fixed π_2: a claim
        if r.verdict not in (WRONG, CARRIED) or (b is not None and b.line == r.line):
            return False    # (on the line that gave the value, `λ̂ = 3`, `λ̂ = 4`, it is the same case)
        if b is not None and b.unchecked_line and r.verdict == WRONG and b.value is not None and \
                not self.meaning_has_a_value(b):
            # `J_{12} = -0.1750` after `J_{12} = ∂p_1/∂z_2 = p_1p_2 = … = 0.1750`, whose step to p_1p_2 could not be
            # checked: the value it contradicts was never confirmed, so it may be the correction of a slip
            self.scope.new_case_line = r.line
            self.results[index] = dataclasses.replace(
                r, verdict=UNVERIFIED, detail=f"two readings, different verdicts: a claim about {name} = {b.shown} "
                                              f"(line {b.line}), a value resting on line {b.unchecked_line}, which could "
                                              f"not be checked: {r.verdict} ({r.detail}) | a corrected value of {name}: "
                                              f"given")
            return True
        if b is not None and meaningful(b) and \
                (r.verdict == CARRIED or self.scope.new_case_line < r.line - 1 and
                 not any(s.name.endswith("⁰") for s in b.definition.free_symbols) and not self.made_of_a_point(b)):
            return False    # ŷ = w^⊤h + b: a claim about it -- unless a new case began just before (`z_1 = -0.4`
            #                 after z_1 = 1.2: a second example in the same names) or what it is made of was updated
            #                 since (b ← …: ŷ = 0.675 may be the next pass)
        if b is None and self.scope.worked_matrices.get(name, (0, False))[1] and \
                not self.scope.bound_since(self.scope.matrix_lines[name]):
            return False    # S_N worked out as the inverse of S_N^{-1}, nothing given since: settled, not a new case
        if b is None and self.scope.divergence(name) is not None:
            return False    # KL(p ‖ q) of two named laws: fixed by them, no new case
        earlier = f"{name} = {b.shown} (line {b.line})" if b is not None else f"the value given for {name}"
        self.scope.new_case_line = r.line
        self.results[index] = dataclasses.replace(
            r, verdict=UNVERIFIED, detail=f"two readings, different verdicts: a claim about {earlier}: {r.verdict} "
                                          f"({r.detail}) | a new value of {name} (a new case): given")
        return True

    def meaning_has_a_value(self, b) -> bool:
        """Does what the name was defined as give a number now (β' = b + n, b and n given since)? Then a restatement
        is decided against that, whatever the value written for it rested on."""
        try:
            value = exact(self.scope.resolve(b.definition))
        except (Unresolved, TypeError, ValueError, ZeroDivisionError):
            return False
        return is_constant(value) and not (isinstance(value, sp.Basic) and value.has(sp.Derivative, sp.Subs))

    def after_a_wrong_step(self, earlier, wrong_line, index):
        """`w^* = 6/2.1` again, after a wrong `d/dw λw^2 = λw` in the same paragraph: it agrees with the
        value w^* had before that step, but the writer may have reached it through the wrong step (a new
        case worked wrongly): a match is not a confirmation. (A name's first value, `h_1 = 0` of
        h_1 = max(0, z_1), is a new result: checked as usual.)"""
        r = self.results[index]
        if r.verdict != OK:
            return
        self.results[index] = dataclasses.replace(
            r, verdict=UNVERIFIED, detail=f"agrees with {earlier.name} = {earlier.shown} (line {earlier.line}), but "
                                          f"comes after the wrong step on line {wrong_line} in the same paragraph: "
                                          f"it may rest on that step ({r.detail})")

    def names_given_the_same_value(self, parsed, rels) -> list[int]:
        """`q_2 = q_3 = q_4 = 0.025`: the indices of the lone names after the first, of the same family (q_…)
        and with no meaning yet, before the value they are all given (`\\hat\\lambda = \\bar x = 2` is not one: x̄
        is what λ̂ is, not a name being given a value)."""
        out = []
        family = parsed[0].expr.name.partition("_")[0] + "_" if not isinstance(parsed[0], Exception) and \
            isinstance(parsed[0].expr, sp.Symbol) and "_" in parsed[0].expr.name else None
        for i in range(1, len(parsed) - 1):
            p = parsed[i]
            if family is None or rels[i] != "=" or isinstance(p, Exception) or not isinstance(p.expr, sp.Symbol) or \
                    not p.expr.name.startswith(family) or \
                    isinstance(p.expr, sp.Dummy) or self.scope.has_meaning(p.expr.name) or \
                    p.expr.name in self.scope.bindings or p.expr.name in self.scope.matrices:
                break
            out.append(i)
        return out if out and len(out) + 1 < len(parsed) - 1 else []

    def data_for_a_formula(self, name, first) -> bool:
        """A written-out vector of numbers for a name whose meaning is a scalar formula in names with no value
        (a model `y = w_0 + w_1 x + ε`): the data it is fitted to, a new value; the two cannot be compared."""
        b = self.scope.bindings.get(name)
        if b is None or b.value is not None or not isinstance(b.definition, sp.Expr) or \
                isinstance(first, Exception) or not isinstance(first.expr, sp.MatrixBase) or 1 not in first.expr.shape:
            return False
        return all(plain_number(e) for e in first.expr)

    def is_update(self, name, first) -> bool:
        r"""`w = w - η g`: the name on both sides is an assignment, as `\gets` writes it. Not `A = A^\top`
        (after A was given, with its value put in: a condition on A, symmetry, never an update)."""
        if isinstance(first, Exception) or not isinstance(first.expr, sp.Basic):
            return False
        given = self.scope.matrices.get(name)
        if given is not None and isinstance(first.expr, sp.MatrixBase) and first.expr.shape == given.T.shape \
                and first.expr == given.T:
            return False
        return any(s.name == name for s in first.expr.free_symbols) or name in first.bound_matrices

    def unknown_quantity(self, lhs, rhs) -> str:
        """A probability or a divergence (`KL(p ‖ q)`) the file gave no value: one unknown number, so a
        step about it that fails for some value of it is not a counterexample."""
        for side in (lhs, rhs):
            try:
                symbols = self.scope.resolve(side.expr).free_symbols
            except (Unresolved, ValueError, TypeError, AttributeError):
                symbols = getattr(side.expr, "free_symbols", ())
            for s in symbols:
                if isinstance(s, sp.Symbol) and is_stated_quantity(s.name) and s.name not in self.scope.bindings:
                    return s.name
        return ""

    def within_carried_rounding(self, lhs, rhs) -> bool:
        """`∂L/∂v_1 = δ_o h_1` (no number written) off by under 1 %: each side rests on values rounded at
        different steps (δ_o = -0.4571 × 0.2482 written to 4 places), so a small gap is not a counterexample."""
        if literals(lhs.expr) or literals(rhs.expr):
            return False
        try:
            with step_deadline(self.step_seconds):
                a, b = (sp.N(exact(self.scope.resolve(p.expr)), 15) for p in (lhs, rhs))
        except StepTimeout:
            self.note_cut_short("within the roundings carried into it")
            return False
        except (Unresolved, ValueError, TypeError, AttributeError):
            return False
        if not (a.is_Number and b.is_Number) or a == b or not (a.is_finite and b.is_finite):
            return False        # nan (0/0 written) and ∞ are no roundings of anything
        return abs(a - b) <= CARRIED_ROUNDING * max(abs(a), abs(b))

    def kept_from_earlier_part(self, name, parsed) -> bool:
        """`\\hat y = 1.3(0.356) + …` under a new heading, ŷ defined above it: a subsection ("Forward",
        "Backward") goes on with the same problem, a new problem may define ŷ afresh. The line is a
        claim about the earlier meaning when it holds of it; otherwise it is a new definition."""
        if not self.scope.meant_before(name) or self.is_update(name, parsed[1]) or \
                any(isinstance(p, Exception) for p in parsed[:2]):
            return False
        b = self.scope.bindings.get(name)
        if b is not None and is_constant(b.definition) or self.scope.redefined_section == self.scope.section:
            return False        # a number restated (not checked against itself); a part that re-defines data
        return self.step(parsed[0], parsed[1], "=").verdict in (OK, CARRIED)

    def carried(self, lhs, rhs, rel, outcome: Outcome) -> Outcome:
        """Right with a value an earlier wrong step produced, and not with what the names mean."""
        try:
            tainted = self.scope.tainted(lhs.expr, rhs.expr)
        except Unresolved:
            return outcome
        if not tainted:
            return outcome
        doubtful = next((b for b in tainted if b.true_value is None), None)
        tainted = [b for b in tainted if b.true_value is not None]
        if not tainted:
            return Outcome(UNVERIFIED, f"right with {doubtful.name} = {doubtful.shown} as written (line {doubtful.line}), "
                                       f"a value from the wrong step on line {doubtful.wrong_line}; what "
                                       f"{doubtful.name} should be is not known here")
        if not (is_constant(lhs.expr) or is_constant(rhs.expr)):
            # `δ_2 + δ_2 w_2 g'(a_1) = δ_2(1 + w_2 g'(a_1))`: an identity in the names holds whatever they carry
            identity = self._check_again("keep_given", lhs, rhs, rel)
            if identity is not None and identity.verdict == OK:
                return outcome
        self.scope.use_true = self.scope.no_rounding_slack = True
        try:
            again = self.checked_within_limit(lhs, rhs, rel)
        finally:
            self.scope.use_true = self.scope.no_rounding_slack = False
        if again.verdict == OK:
            return outcome if doubtful is None else Outcome(
                UNVERIFIED, f"right with {doubtful.name} = {doubtful.shown} as written (line {doubtful.line}), a value "
                            f"from the wrong step on line {doubtful.wrong_line}; what it should be is not known here")
        b = tainted[0]
        if again.verdict not in (WRONG, CARRIED):
            # with the right values the step could not be decided (a time cap, an open function): not carried
            return Outcome(UNVERIFIED, f"right with {b.name} = {b.shown} as written (line {b.line}), a value from the "
                                       f"wrong step on line {b.wrong_line}; with what it should be, not decided "
                                       f"({again.detail})")
        return Outcome(CARRIED, f"right arithmetic on the wrong value from line {b.wrong_line}: {b.name} was carried "
                                f"as {b.shown} (line {b.line}), but as defined {b.name} = {sp.N(exact(b.true_value), 6)}")

    def checked_within_limit(self, lhs, rhs, rel) -> Outcome:
        """check_step again under the step's time limit (another reading of the same step); any failure of
        that second look is "not decided", never a verdict."""
        return self._looked_at_again(lhs, rhs, rel) or Outcome(UNVERIFIED, "not decided")

    def _looked_at_again(self, lhs, rhs, rel) -> Outcome | None:
        """The step checked once more under its time limit (an inequality as one: `2 ≤ LSE(s)` with the true
        value); None when that check cannot finish."""
        try:
            with step_deadline(self.step_seconds):
                if rel in INEQUALITIES:
                    return check_inequality(lhs, rhs, rel, self.scope)
                return check_step(lhs, rhs, rel, self.scope)
        except StepTimeout:
            self.note_cut_short("the same step with other values of its names")
            return None
        except (RecursionError, OverflowError, ValueError, TypeError, ZeroDivisionError,
                AttributeError, NotImplementedError):
            return None

    def stated_estimate(self, name, written: str, first, computed_before: bool):
        """`\\hat\\theta = \\frac43` after the part's computation began: an estimate or optimum (θ̂, w^*, σ̃)
        stated as a number, not derived by a checked step -- later steps rest on a value never checked."""
        b = self.scope.bindings.get(name)
        if b is None or b.unchecked_line or b.true_value is not None or not computed_before or \
                not ESTIMATE.search(unicodedata.normalize("NFD", name)) or not STATED_NUMBER.fullmatch(written):
            return
        b.unchecked_line = self.results[first].line

    def value_index(self, parsed) -> int | None:
        """The index of the last side of the chain that resolves to a constant: the value the writer carries."""
        for i in range(len(parsed) - 1, 0, -1):
            if isinstance(parsed[i], Exception):
                continue
            try:
                resolved = self.scope.resolve(parsed[i].expr)
            except Unresolved:
                continue
            if is_constant(resolved):
                return i
        return None

    def unchecked(self, lhs, rhs, rel, outcome: Outcome) -> Outcome:
        """A verdict that rests on a value never checked (given, or by a step left unverified) holds only if
        the step can be checked without that value; otherwise it is unverified."""
        matrices = sorted(n for n in getattr(lhs, "bound_matrices", ()) | getattr(rhs, "bound_matrices", ())
                          if n in self.scope.matrix_rests)
        if outcome.verdict == OK and matrices:
            line, wrong = self.scope.matrix_rests[matrices[0]]
            after = not wrong and any(r.line == line and r.verdict in (WRONG, CARRIED) for r in self.results)
            return Outcome(UNVERIFIED, f"right with {matrices[0]} as written, a value that rests on line {line}, "
                           + ("a wrong step: what it should be is not worked out for a vector, so this may "
                              "be right arithmetic on a wrong value" if wrong else
                              "where a step was wrong: its numbers may carry that error" if after else
                              "which could not be checked"))
        unchecked = [n for n in matrices if not self.scope.matrix_rests[n][1]]
        if outcome.verdict == WRONG and unchecked:
            # Σ ≈ (…) against a Σ whose written value no checked step gave: the value may be what is wrong
            return Outcome(UNVERIFIED, f"wrong with {unchecked[0]} as written, a value that rests on line "
                                       f"{self.scope.matrix_rests[unchecked[0]][0]}, which could not be checked "
                                       f"({outcome.detail})")
        if not any(b.unchecked_line for b in self.scope.bindings.values()):
            return outcome
        try:
            rests = self.scope.rests_on(lhs.expr, rhs.expr)
        except Unresolved:
            return outcome
        if not rests:
            return outcome
        if outcome.verdict == WRONG and all(b.shown.strip().lstrip("-").strip() in literals(rhs.expr) for b in rests):
            return outcome      # wrong with the writer's own value, which the right side puts in (δ = -1.0118)
        again = self._check_again("hide_unchecked", lhs, rhs, rel) or Outcome(UNVERIFIED, "")
        failed = (WRONG, CANDIDATE)
        if again.verdict == outcome.verdict or (outcome.verdict in failed and again.verdict in failed):
            return outcome
        b = rests[0]
        if any(r.line == b.unchecked_line and r.verdict in (WRONG, CARRIED) for r in self.results):
            return Outcome(UNVERIFIED, f"rests on {b.name} = {b.shown} (line {b.line}), worked out after the wrong "
                                       f"step on line {b.unchecked_line}: its numbers may carry that error")
        return Outcome(UNVERIFIED, f"rests on line {b.unchecked_line}, which could not be checked "
                                   f"({b.name} = {b.shown}, line {b.line}: a value no checked step gave)")

    def _check_again(self, reading: str, lhs, rhs, rel) -> Outcome | None:
        """The step checked once more with one of the scope's readings switched on (hide_unchecked: values
        no checked step gave are left free; use_true: carried values replaced by what they should be);
        None when that check cannot finish."""
        setattr(self.scope, reading, True)
        try:
            return self._looked_at_again(lhs, rhs, rel)
        finally:
            setattr(self.scope, reading, False)

    def right_as_meant(self, lhs, rhs, rel, outcome: Outcome) -> Outcome:
        """Wrong with a value an earlier wrong step produced, right with what the names mean: `o = 0.8(0) + …`
        after a wrong `h_1 = 0.2` (h_1 = max(0, z_1) = 0) is a right step."""
        try:
            tainted = [b for b in self.scope.tainted(lhs.expr, rhs.expr) if b.true_value is not None]
        except Unresolved:
            return outcome
        if not tainted:
            return outcome
        again = self._check_again("use_true", lhs, rhs, rel)
        if again is None or again.verdict != OK:
            return outcome
        b = tainted[0]
        inferred = next((t for t in tainted if not meaningful(t)), None)
        if inferred is not None:    # what it should be was inferred from numbers (no formula): not decided
            return Outcome(UNVERIFIED, f"wrong with {inferred.name} = {inferred.shown} as carried (line {inferred.line}), "
                                       f"right with what line {inferred.wrong_line} should have given: which is meant "
                                       "is not known")
        return dataclasses.replace(again, detail=f"{again.detail} (with {b.name} as defined; it was written as "
                                                 f"{b.shown} on line {b.line})")

    def last_constant(self, parsed, segs):
        i = self.value_index(parsed)
        return (self.scope.resolve(parsed[i].expr), segs[i]) if i is not None else (None, None)

    def true_value(self, definition):
        """What the definition gives with every name at its meaning (not at a wrongly carried value) and
        every decimal a wrong chain wrote at what that chain should have given."""
        self.scope.use_true = True
        try:
            with step_deadline(self.step_seconds):
                value = self.scope.resolve(definition)
                origins = self.scope.literal_origins
                truths = {d: origins[d.name].true_value for d in value.atoms(sp.Dummy)
                          if d.name in origins and origins[d.name].true_value is not None}
                value = value.xreplace(truths) if truths else value
        except (Unresolved, StepTimeout, TypeError, ValueError):
            return None
        finally:
            self.scope.use_true = False
        return value if is_constant(value) and not value.has(AppliedUndef, sp.Derivative, sp.Subs) else None

    def provenance(self, parsed, first, start) -> Provenance:
        """Where the value of a chain (`parsed`: its sides up to the last = or ≈; its steps are the
        results from `first`, the checked ones from `start`) comes from."""
        k = self.value_index(parsed)
        if k is None:
            return Provenance()
        steps = [self.results[first + j] for j in range(start, k)]
        wrong = next((j for j, r in zip(range(start, k), steps) if r.verdict in (WRONG, CARRIED)), None)
        if wrong is not None:       # the value should have been that of the side before the first wrong step
            line = self.results[first + wrong].line
            true = None if isinstance(parsed[wrong], Exception) else self.true_value(parsed[wrong].expr)
            return Provenance(k, true, line) if true is not None else Provenance(k, unchecked_line=line)
        base = parsed[start] if start < len(parsed) else None
        if base is not None and not isinstance(base, Exception) and \
                not (isinstance(base.expr, sp.Symbol) and base.expr.name in self.scope.bindings):
            origins = [self.scope.literal_origins[d.name] for d in base.expr.atoms(sp.Dummy)
                       if d.name in self.scope.literal_origins]
            carried_from = next((o.wrong_line for o in origins if o.true_value is not None), 0)
            if carried_from:
                true = self.true_value(base.expr)
                if true is not None:
                    return Provenance(k, true, carried_from)
        unchecked = next((r.line for r in steps if r.verdict != OK), 0)
        if not unchecked and base is not None and not isinstance(base, Exception) and \
                not (isinstance(base.expr, sp.Symbol) and base.expr.name in self.scope.bindings):
            unchecked = next((o.unchecked_line or o.wrong_line for o in origins), 0)
            if not unchecked:
                try:
                    unchecked = next((b.unchecked_line for b in self.scope.rests_on(base.expr)), 0)
                except Unresolved:
                    unchecked = 0
        return Provenance(k, unchecked_line=unchecked)

    def from_a_wrong_value(self, name, definition) -> str:
        """`w_2 = 1.4 - 0.1(-2.1333)` where -2.1333 is what a wrong step wrote: the new value is computed
        from the wrong one (carried), though the line defines w_2. '' when nothing it uses is wrong."""
        if isinstance(definition, Exception) or _lone_decimal(definition.expr) is not None:
            return ""           # `p = 0.3`: a value given, not computed from the 0.3 a wrong step wrote
        origins = self.scope.literal_origins
        # a short decimal (0.05) is an input, not a copied result; a copy within a unit of its last place
        # up to its sign (a rounding dispute, or a sign slip the writer has put right) is not carried either
        used = sorted((d.name for d in definition.expr.atoms(sp.Dummy)
                       if d.name in origins and origins[d.name].true_value is not None
                       and significant_digits(d.name) >= ROUNDED_DIGITS
                       and not _right_at_its_places(d, abs(exact(origins[d.name].true_value)), units=2)), key=len)
        true = self.true_value(definition.expr) if used else None
        if true is None:
            return ""
        o = origins[used[0]]
        return (f"computed with {used[0]} as line {o.wrong_line} wrote it, which should be {sp.N(exact(o.true_value), 6)}: "
                f"right arithmetic on the wrong value from line {o.wrong_line} (with the right value, {name} = "
                f"{sp.N(exact(true), 6)})")

    @staticmethod
    def ends_in_a_decimal(parsed) -> bool:
        if isinstance(parsed[-1], Exception):
            return False
        last = parsed[-1].expr
        parts = last.args if isinstance(last, PLUS_MINUS) else (last,)      # `= 1.6 \pm 0.392` too
        return all(_lone_decimal(p) is not None for p in parts)

    def note_result(self, parsed, provenance: Provenance):
        """A decimal the chain wrote as its value keeps where it came from (`h_1 = 0.2` copies it later)."""
        if provenance.index is None or isinstance(parsed[provenance.index], Exception):
            return
        value = parsed[provenance.index].expr
        if isinstance(value, PLUS_MINUS):       # `= 1.6 \pm 0.392`: each written number of the pair
            for part in value.args:
                found = _lone_decimal(part)
                if found is not None and provenance.unchecked_line:
                    self.scope.literal_origins[found[0].name] = LiteralOrigin(unchecked_line=provenance.unchecked_line)
                elif found is not None:
                    self.scope.literal_origins.pop(found[0].name, None)
            return
        found = _lone_decimal(value)
        if found is None:
            return
        decimal, sign = found
        if provenance.true_value is not None:
            self.scope.literal_origins[decimal.name] = LiteralOrigin(sign * provenance.true_value, provenance.wrong_line)
        elif provenance.unchecked_line:
            self.scope.literal_origins[decimal.name] = LiteralOrigin(unchecked_line=provenance.unchecked_line)
        else:
            self.scope.literal_origins.pop(decimal.name, None)

    def settle_value(self, name, definition, wrong_line, provenance: Provenance):
        """After `name` got a value from a chain: what it should have been, or the unchecked step it rests on."""
        if name in self.scope.matrices and (wrong_line or provenance.unchecked_line or provenance.wrong_line):
            # a vector's right value is not worked out: a step right only with the one written is not `ok`
            line = wrong_line or provenance.wrong_line or provenance.unchecked_line
            self.scope.matrix_rests[name] = (line, bool(wrong_line or provenance.wrong_line))
            true = self.true_value(definition) if wrong_line and definition is not None else None
            if isinstance(true, sp.MatrixBase) and true.shape == self.scope.matrices[name].shape:
                self.scope.matrix_true[name] = true       # what its definition gives (a later step may use that)
        b = self.scope.bindings.get(name)
        if b is None:
            return
        b.unchecked_line = 0
        true = self.true_value(definition) if wrong_line and definition is not None else None
        if true is None and provenance.true_value is not None:
            true, wrong_line = provenance.true_value, wrong_line or provenance.wrong_line
        if true is not None and wrong_line:
            self.taint(name, true, wrong_line)
        elif wrong_line or provenance.unchecked_line:
            b.unchecked_line = provenance.unchecked_line or wrong_line

    def names_for_copied_values(self, definition):
        """`h_1 = \\tanh(-0.035)` after `z_1 = … = -0.035`: h₁ is tanh(z₁) evaluated, so ∂L/∂z₁ reaches
        through h₁. A decimal (two significant digits or more) is read as the one name of this part
        whose value was written so; a lone decimal stays a number (`h = 0.5` is no alias)."""
        if not isinstance(definition, sp.Expr) or not is_constant(definition) or _lone_decimal(definition):
            return definition
        written: dict = {}
        for b in self.scope.bindings.values():
            if b.section == self.scope.section and b.value is not None and isinstance(b.shown, str):
                written.setdefault(b.shown.strip(), []).append(b.name)
        subs = {}
        # only the whole argument of a function (an activation applied to a pre-activation's value);
        # decimals in arithmetic (an update `w_2 = 1.4167 - …`) stay numbers
        arguments = {a for f in definition.atoms(sp.Function) if len(f.args) == 1
                     for a in (f.args[0], -f.args[0]) if isinstance(a, sp.Dummy)}
        for d in arguments:
            if literal_value(d) is None or significant_digits(d.name) < 2:
                continue
            plus, minus = written.get(d.name, []), written.get("-" + d.name, [])
            if len(plus) + len(minus) == 1:
                subs[d] = sp.Symbol(plus[0], real=True) if plus else -sp.Symbol(minus[0], real=True)
        return definition.xreplace(subs) if subs else definition

    def bind(self, name, parsed, segs, wrong_line=0, provenance: Provenance = Provenance(), update=False):
        definition = self.names_for_copied_values(parsed[1].expr)
        value, seg = self.last_constant(parsed, segs)
        shown, line = (seg.text, self.where(seg.start)[0]) if seg else (segs[1].text, self.where(segs[1].start)[0])
        if isinstance(definition, sp.Basic) and any(s.name == name for s in definition.free_symbols):
            if value is None:
                return
            definition = value
        if name in self.scope.bindings and name not in self.scope.set_aside:    # ("at p = 0.5": the formulas there)
            self.scope.keep_earlier(name, line)
        self.scope.bind(name, definition, value, line, shown, update)
        if value is not None:
            self.settle_value(name, definition if definition is not value else None, wrong_line, provenance)

    def claimed_value(self, name, parsed, segs, wrong_line, first_ok=False, provenance: Provenance = Provenance()):
        """`L = ½(0.3002 - 1)^2 = 0.2449` about a defined L: its value at the point, its meaning kept."""
        value, seg = self.last_constant(parsed, segs)
        b = self.scope.bindings.get(name)
        if value is None or b is None:
            return
        meaning = b.definition
        if b.value is not None and b.value != value:
            self.forget_values_from(name)
        b.value, b.shown, b.line = value, seg.text, self.where(seg.start)[0]
        if wrong_line:
            true = self.true_value(meaning)
            if true is None and first_ok:       # z_1 = 0.5(1) - 0.4(2) + 0.1 = … = 0.2 (wrong): the first side
                true = self.true_value(parsed[1].expr)
            if true is not None:
                self.taint(name, true, wrong_line)
                return
        self.settle_value(name, meaning, wrong_line, provenance)

    def forget_values_from(self, name):
        """ŷ now has another value (a redo): the values written for what is defined from ŷ (L = 0.1045)
        were for the old one; those names go back to their definitions."""
        todo, seen = [name], {name}
        while todo:
            changed = todo.pop()
            for b in self.scope.bindings.values():
                if b.name not in seen and isinstance(b.definition, sp.Basic) and \
                        any(s.name == changed for s in b.definition.free_symbols):
                    seen.add(b.name)
                    todo.append(b.name)
                    if b.value is not None and not is_constant(b.definition):
                        b.value, b.true_value, b.wrong_line = None, None, 0

    def taint(self, name, true_value, wrong_line):
        """The written value came from a wrong step: keep what it should be (if known) beside it; if not
        known, steps that pass only with the written value are not confirmed (see `carried`)."""
        b = self.scope.bindings[name]
        if _right_at_its_places(b.value, true_value):
            return      # δ_2 = … = 0.0079 through a carried step, and 0.0079 is what it should be
        b.true_value, b.wrong_line = true_value, wrong_line

    def known_up_to_a_factor(self, parsed, rels, before):
        """`p(θ | y) ∝ … ∝ θ^{a+y-1}(1-θ)^{b+n-y-1}` with p(θ | y) not defined: from here on p(θ | y) is
        K·(the last side), K > 0 a constant the file leaves open -- unless a step of the chain failed."""
        name = self.unbound_name(parsed[0])
        if not name or "|" not in name or any(r not in ("propto", "=") for r in rels) or \
                isinstance(parsed[-1], Exception) or \
                any(r.verdict in (WRONG, CARRIED) for r in self.results[before:]):
            return
        factor = sp.Symbol(f"{OPEN_FACTOR}{name.replace('|', ';')}]", positive=True)   # no |: not a density
        line = self.results[-1].line
        self.scope.bind(name, factor * parsed[-1].expr, None, line, "∝ " + self.results[-1].rhs[:40])

    def undefined_density(self, lhs, rhs) -> bool:
        r"""`\log p(θ) = … + const` with p defined nowhere: p(θ) is read as p·θ, and nothing is known of p."""
        name = getattr(self, "density", None)
        if not name or not self.variables or name in self.scope.bindings or name in self.scope.functions:
            return False
        if name == "π":
            return any(p.expr.has(sp.pi) for p in (lhs, rhs))
        return any(s.name == name for p in (lhs, rhs) for s in p.expr.free_symbols)

    def open_factor(self, lhs, rhs) -> str:
        """The name of a density known only up to a factor (see known_up_to_a_factor) a step relies on."""
        names = [b.name for side in (lhs, rhs) for b in self.scope.used(side.expr) if isinstance(b.definition, sp.Basic)
                 and any(s.name.startswith(OPEN_FACTOR) for s in b.definition.free_symbols)]
        if not names:
            return ""
        try:        # d/dθ log p(θ | y) does not depend on the factor: a failure there is a failure
            with step_deadline(self.step_seconds):
                gap = sp.simplify(exact(self.scope.resolve(lhs.expr)) - exact(self.scope.resolve(rhs.expr)))
        except (Unresolved, StepTimeout, RecursionError, ValueError, TypeError, ZeroDivisionError,
                AttributeError, NotImplementedError):      # undecided here: keep the doubt
            return f"of {names[0]}"
        return f"of {names[0]}" if any(s.name.startswith(OPEN_FACTOR) for s in gap.free_symbols) else ""
