"""What names mean as a file goes on: definitions, claims about defined names, values carried.

A mixin of the checking run (`check._Run`): it binds names, records the value a chain
reached for a name that already had a meaning, records values a problem gives (Var(X) = 4), and keeps a
density defined by a `∝` up to its open factor. Where the values a chain wrote came from, and the binding
of a name to one, are in written_values.py.
"""
from __future__ import annotations

import dataclasses
import re
import unicodedata

import sympy as sp
from sympy.core.function import AppliedUndef

from verify.tex.bindings import OPEN_FACTOR, Unresolved, exact, is_constant, literals, meaningful, plain_number
from verify.tex import vector_gradients
from verify.tex.events import is_stated_quantity
from verify.tex.inequalities import INEQUALITIES, check_inequality
from verify.tex.limits import StepTimeout, step_deadline
from verify.tex.names import bold_name
from verify.tex.operators import has_operators, is_given, is_random
from verify.tex.results import CARRIED, OK, UNVERIFIED, WRONG
from verify.tex.steps import CANDIDATE, Outcome, check_step


ESTIMATE = re.compile("[\u0302\u0303]|\\^\\*$|\\*$")     # θ̂, σ̃, w^*: an estimate or an optimum


# A lone number as written, `1.2910`, `-0.3`, `\\frac{4}{3}`, `29/15`: stated, not worked out.
STATED_NUMBER = re.compile(r"\s*-?\s*(?:\d+(?:\.\d*)?|\.\d+|\\[dt]?frac\s*\{?\s*\d+\s*\}?\s*\{?\s*\d+\s*\}?|\d+\s*/\s*\d+)\s*")


TRACE_INPUTS = {"x", "y", "u", "t"}     # the inputs a forward trace copies into v_{-1}, v_0, v_1 …
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

    def or_a_new_value(self, name, index, parsed=None) -> bool:
        """`w^* = 0.5` after w^* was given a number (or 𝔼[X] = ½ after 𝔼[X] = 0.3 was given): a claim about
        the same quantity, or a new case giving it a new value. Two readings; when the claim fails they
        differ: unverified, naming both (True when it is so)."""
        r = self.results[index]
        b = self.scope.bindings.get(name)
        if self.fixed_by_a_system(name):
            return False    # π_2 = \tfrac{9}{13}π_3 after the system fixed π_2: a claim
        if r.verdict not in (WRONG, CARRIED):
            return False
        after = self.at_the_updated_values(b, parsed) if b is not None and parsed is not None else None
        if after is not None and after[1].verdict == OK:
            # "L = 1.3296 before and L = 0.7863 after" the step: L was defined at the point before `w ← …`
            self.results[index] = dataclasses.replace(
                r, verdict=UNVERIFIED, detail=f"two readings, different verdicts: {name} at the point before the "
                                              f"update of {after[0]}: {r.verdict} ({r.detail}) | {name} at the "
                                              f"values after it: ok ({after[1].detail})")
            return True
        if b is not None and b.line == r.line:
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
                 not any(s.name.endswith("⁰") for s in b.definition.free_symbols) and not self.made_of_a_point(b) and
                 not self.made_of_new_data(b, r.line)):
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

    def at_the_updated_values(self, b, parsed):
        """A claim about b (`L = 0.7863`) read at the values after the updates made since b was defined (its
        definition names w⁰, the w before `w ← …`: see Scope.keep_earlier): (the names updated, the Outcome), or
        None when nothing it is made of was updated."""
        if not isinstance(b.definition, sp.Basic) or any(isinstance(p, Exception) for p in parsed[:2]):
            return None
        earlier = frozenset(n for n in self.scope.bindings if n.endswith("⁰"))
        if not earlier:
            return None
        try:
            expanded = self.scope.expand_definitions(b.definition, keep=earlier)
        except (Unresolved, ValueError, TypeError):
            return None
        before = sorted((s for s in expanded.free_symbols if isinstance(s, sp.Symbol) and s.name in earlier),
                        key=lambda s: s.name)
        if not before or not isinstance(expanded, sp.Expr):
            return None
        now = expanded.xreplace({s: sp.Symbol(s.name.rstrip("⁰"), **s.assumptions0) for s in before})
        names = ", ".join(dict.fromkeys(s.name.rstrip("⁰") for s in before))
        return names, self.checked_within_limit(dataclasses.replace(parsed[0], expr=now), parsed[1], "=")

    def or_a_new_function(self, head, index) -> None:
        r"""`I(\lambda) = 1/\lambda` after `I(p) = \frac{1}{p(1 - p)}` (a table of informations, one family a row):
        a claim about the I defined, or a new function of another variable. When the claim fails, the two readings
        differ: unverified, naming both. (`f(2) = 5`, a call at a value, stays a claim.)"""
        r, earlier = self.results[index], self.scope.functions.get(head[0])
        params = tuple(head[1])
        if r.verdict not in (WRONG, CARRIED) or earlier is None or tuple(earlier[0]) == params or \
                len(earlier[0]) != len(params) or \
                not all(isinstance(p, sp.Symbol) and p.name not in self.scope.bindings for p in params):
            return
        old, new = (", ".join(str(p) for p in ps) for ps in (earlier[0], params))
        self.results[index] = dataclasses.replace(
            r, verdict=UNVERIFIED, detail=f"two readings, different verdicts: a claim about {head[0]} as defined "
                                          f"(a function of {old}): {r.verdict.value} ({r.detail}) | a new function "
                                          f"{head[0]} of {new}: given")

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

    def input_copied(self, parsed, rels) -> bool:
        """`v_1 = x_1 = 1` in a forward trace: the input x_1, named nowhere else, is given its value where the trace
        copies it (not a claim about an x_1 that has none: every step of the trace rested on it)."""
        if len(parsed) != 3 or rels[1] != "=" or any(isinstance(p, Exception) for p in parsed):
            return False
        head, name, value = (p.expr for p in parsed)
        if not (isinstance(head, sp.Symbol) and head.name.startswith("v_") and isinstance(name, sp.Symbol)) or \
                isinstance(name, sp.Dummy):
            return False
        base, _, index = name.name.partition("_")
        return base in TRACE_INPUTS and index.lstrip("-").isdecimal() and plain_number(value) and \
            not self.scope.has_meaning(name.name) and name.name not in self.scope.bindings and \
            base not in self.scope.matrices and bold_name(base) not in self.scope.matrices

    def data_for_a_formula(self, name, first) -> bool:
        """A written-out vector of numbers for a name whose meaning is a scalar formula in names with no value
        (a model `y = w_0 + w_1 x + ε`): the data it is fitted to, a new value; the two cannot be compared. A
        written-out matrix only for a name that stood for one other name (`A = I` in a proof, then an example's
        `A = \begin{pmatrix}…`): a formula (J_f = ∂f/∂x) written out at a point is a claim about it."""
        b = self.scope.bindings.get(name)
        if b is None or b.value is not None or not isinstance(b.definition, sp.Expr) or \
                isinstance(first, Exception) or not isinstance(first.expr, sp.MatrixBase) or \
                1 not in first.expr.shape and not isinstance(b.definition, sp.Symbol):
            return False
        return all(plain_number(e) for e in first.expr) and vector_gradients.value_now(self.scope, name) is None

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
            for s in sorted(symbols, key=sp.default_sort_key):     # (the same one named in every run)
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
        if b is not None and is_constant(b.definition) and name not in self.scope.worked_out or \
                self.scope.redefined_section == self.scope.section:
            return False        # a number restated (not checked against itself); a part that re-defines data
        return self.step(parsed[0], parsed[1], "=").verdict in (OK, CARRIED)

    def carried(self, lhs, rhs, rel, outcome: Outcome) -> Outcome:
        """Right with a value an earlier wrong step produced, and not with what the names mean."""
        try:
            tainted = self.scope.tainted(lhs.expr, rhs.expr)
            if not tainted and isinstance(lhs.expr, sp.Symbol) and lhs.expr.name in self.scope.bindings:
                # `δ_2 = -0.1022 × (-0.3) × 0.6341 × 0.3659` checked against what δ_2 means, δ_o v_2 h_2(1 - h_2):
                # that meaning may rest on a wrong h_2 even when δ_2 has a value of its own from an earlier part
                tainted = self.scope.tainted(lhs.expr, deep=True)
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
        unchecked = [u for u in self.scope.rests_on(lhs.expr, rhs.expr) if u.true_value is None and not u.wrong_line]
        if again.verdict in (WRONG, CARRIED) and unchecked and not (is_constant(lhs.expr) or is_constant(rhs.expr)):
            # `∂L/∂v_2 = δ_o h_2` with h_2 wrong and δ_o = -0.1022 from a step that could not be checked: put right,
            # h_2 moves but δ_o stays as written, so a difference says nothing about the formula
            u = unchecked[0]
            return Outcome(UNVERIFIED, f"right with {b.name} = {b.shown} as written (line {b.line}), a value from the "
                                       f"wrong step on line {b.wrong_line}; it also rests on {u.name} = {u.shown} "
                                       f"(line {u.line}), which could not be checked: not decided")
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
            with step_deadline(self.step_seconds), self.scope.names_as_written(lhs.expr, rhs.expr):
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
        if not name or name in self.scope.bindings or name in self.scope.functions:
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
