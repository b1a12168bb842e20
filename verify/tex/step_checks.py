"""Parsing the sides of a chain and checking one step, with the run's guards (time, memory, SymPy's
failures on odd input) and its second readings; where a step is claimed (at a point, under a condition,
over a range) is in where_claimed.py; the rest of a file's run is in check.py."""
from __future__ import annotations

import contextlib

import dataclasses
import re
import time
from fractions import Fraction
from itertools import combinations

import sympy as sp

from verify import pool
from verify.tex.bindings import Binding, Unresolved, exact, is_constant
from verify.tex.build import ParseError, shown
from verify.tex.chain_forms import numbers_in
from verify.tex.entry_vectors import EntryVectors
from verify.tex.heads import CONSTANT_NAMES
from verify.tex.inequalities import INEQUALITIES, check_inequality, check_not_equal
from verify.tex.limits import StepTimeout, step_deadline
from verify.tex.numeric import Unsupported, compare
from verify.tex.numeric_steps import ROUNDED_DIGITS, significant_digits
from verify.tex.operators import canonical, has_operators, is_random
from verify.tex.parse import readings
from verify.tex.posterior_laws import as_parameters
from verify.tex.stability import without_stability_constant
from verify.tex.results import CARRIED, OK, UNVERIFIED, WRONG
from verify.tex.samples import SAMPLE_WRONG
from verify.tex.steps import CANDIDATE, Outcome, check_proportional, check_step
from verify.tex.not_refuted import defined_by_its_log, iterates_in_general
from verify.tex.tokens import all_tokens


class StepChecks(EntryVectors):
    chain_sum_bounds = frozenset()      # letters bounding a sum in the chain being read (scripts.sum_bounds)

    def parse_all(self, segs):
        parsed, seconds = [], []
        for seg in segs:
            t0 = time.perf_counter()
            parsed.append(self.parse(seg))
            seconds.append(time.perf_counter() - t0)
        # `\nabla_x(x^\top A x) = 2Ax`: x is a vector on the right too (read as a number there, 2x went before A);
        # a side with a name some side writes transposed, read as a number, is read again with it a vector
        hints = frozenset().union(*(p.matrix_names for p in parsed if not isinstance(p, Exception)))
        for k, p in enumerate(parsed):
            if hints and not isinstance(p, Exception) and isinstance(p.expr, sp.Basic) and any(
                    s.is_commutative and s.name in hints for s in p.expr.free_symbols if isinstance(s, sp.Symbol)):
                again = self.parse(segs[k], hints)
                if not isinstance(again, Exception):
                    parsed[k] = again
        if len(parsed) > 1 and all(isinstance(p, ParseError) and "without an argument" in str(p) for p in parsed):
            # `\tanh' = 1 - \tanh^2`, `\tanh = \sinh/\cosh`: an equation between functions, read at one point ξ
            # (only when no side can be read otherwise: `g = \tanh` names a function)
            again = [self.parse(seg, point_free=True) for seg in segs]
            if not any(isinstance(p, Exception) for p in again):
                parsed = again
        return parsed, seconds

    def check_and_record(self, segs, rels, parsed, parse_seconds, i):
        t0 = time.perf_counter()
        self.step_index = i
        slopes = any(not isinstance(p, Exception) and isinstance(p.expr, sp.Basic) and
                     (p.expr.has(sp.Derivative) or self.scope.names_a_slope(p.expr)) for p in parsed[i:i + 2])
        with self.scope.with_stand_ins() if slopes else contextlib.nullcontext():
            outcome = self.step(parsed[i], parsed[i + 1], rels[i])
            outcome = self.for_each_index(segs, parsed, i, rels[i], outcome)
        if slopes and outcome.verdict == WRONG and (unknown := self.scope.names_without_meaning(parsed[i:i + 2])):
            # `∂L/∂b = δ_1 + δ_2 with δ_j = ∂L/∂a_j`: a slope of the file's graph against names it gives no meaning
            # (yet): not wrong for every value of them, it says nothing until they mean something
            outcome = Outcome(UNVERIFIED, f"{', '.join(unknown)} not defined here, so the step cannot be checked "
                                          f"against the derivative ({outcome.detail})")
        outcome = self.wrong_with_a_wrong_vector(segs, parsed, i, rels[i], outcome)
        outcome = self.name_as_its_entries(segs, i, rels[i], outcome)
        if self.scope.second_meanings and outcome.verdict in (OK, WRONG, CARRIED):
            outcome = self.with_the_second_meaning(segs, i, rels[i], outcome)
        # an ok that a second reading of the step does not support is not a confirmation
        outcome = self.after_an_unread_head(segs, parsed, i, outcome)
        outcome = self.formula_at_a_point(parsed[i], parsed[i + 1], rels[i], outcome)
        outcome = self.gradient_formula_at_a_point(parsed[i], parsed[i + 1], outcome)
        outcome = self.a_range_for_a_given_value(rels, parsed, i, outcome)
        outcome = self.over_a_range(parsed[i], parsed[i + 1], outcome)
        self.scope.computing = True    # a claim was made: the problem's data have been given
        if outcome.verdict == OK:      # a rounded result may be carried into later steps
            self.scope.rounded |= outcome.rounded
            self.scope.exact_values.update(outcome.exact_values)
            if self.scope.chain_value is None and not self.chain_broken:
                self.scope.chain_value = outcome.value
        elif outcome.verdict != UNVERIFIED or self.chain_started:
            # after a step that fails, no leniency from the chain's value (links that could not be checked
            # before any that could, `ℓ(μ̂, σ̂²) = …` with ℓ unread, only leave the chain's value to the next)
            self.chain_broken, self.scope.chain_value = True, None
        self.chain_started = self.chain_started or outcome.verdict != UNVERIFIED
        self.record(segs[i], segs[i + 1], rels[i], outcome, single=len(rels) == 1)
        if self.results[-1].verdict in (WRONG, CARRIED):
            self.scope.wrong_in_paragraph = self.results[-1].line
            self.wrong_in_chain, self.wrong_step_index = True, len(self.results) - 1
        if self.wrong_in_chain and not isinstance(parsed[i + 1], Exception):   # the wrong value, as written on
            self.scope.wrong_numbers = self.scope.wrong_numbers | numbers_in(parsed[i + 1].expr)
        self.note_sources(segs, parsed, i, self.wrong_in_chain)
        spent = time.perf_counter() - t0 + parse_seconds[i + 1] + (parse_seconds[0] if i == 0 else 0)
        self.results[-1] = dataclasses.replace(self.results[-1], seconds=spent)

    def after_an_unread_head(self, segs, parsed, i, outcome: Outcome) -> Outcome:
        """`∇g(w) = Xᵀ(Xw - y) = (-2, -1)ᵀ` with ∇g(w) unreadable: the later links hold as arithmetic, but that
        they equal the chain's first side is not confirmed (if the first link was wrong, the value is carried)."""
        if i == 0:
            self.unread_head = segs[0].text if isinstance(parsed[0], Exception) and outcome.verdict == UNVERIFIED \
                else None
            return outcome
        if outcome.verdict == WRONG and (isinstance(parsed[i - 1], Exception) or
                                         self.results and self.results[-1].verdict == UNVERIFIED) and \
                self.rewritten_rounded(parsed[i], parsed[i + 1]):
            return Outcome(UNVERIFIED, f"{outcome.detail}; it holds if the long decimals on the left are the side "
                                       f"before rounded, and that side ({segs[i - 1].text.strip()}) could not be "
                                       "checked")
        if outcome.verdict != OK or self.unread_head is None:
            return outcome
        if all(_numbers_only(p) for p in parsed[i:i + 2]):
            return outcome      # `0.5 \cdot 2 + 0.1 = 1.1`: arithmetic on the numbers written, whatever the head
        return Outcome(UNVERIFIED, f"{outcome.detail}, as written; but the chain starts from "
                                   f"{self.unread_head.strip()}, which could not be read: that it equals this is "
                                   "not confirmed")

    def rewritten_rounded(self, lhs, rhs) -> bool:
        """`(1 - K_1)\\Pi_1 = 0.3484 \\times 3.74 = 1.3031`: with each long decimal on the left standing for its half
        unit (a rounding of the side before it), does the step hold? (Numbers only.)"""
        if any(isinstance(p, Exception) for p in (lhs, rhs)) or not (is_constant(lhs.expr) and is_constant(rhs.expr)):
            return False
        def width(text):
            return Fraction(1, 2) if text in self.scope.rounded or significant_digits(text) >= ROUNDED_DIGITS \
                else Fraction(0)
        try:
            return compare(lhs.expr, rhs.expr, width, width, self.scope.tol).holds
        except (Unsupported, ZeroDivisionError, ValueError, TypeError):
            return False

    def parse(self, seg, matrix_hints=frozenset(), point_free=False):
        try:
            with step_deadline(self.step_seconds):
                context = dataclasses.replace(self.scope.context(), sum_bounds=self.chain_sum_bounds,
                                              matrix_hints=matrix_hints, point_free=point_free)
                found = [dataclasses.replace(p, reading=labels) for p, labels in readings(seg.toks, context)]
                return dataclasses.replace(found[0], others=tuple(found[1:]))
        except ParseError as exc:
            return exc
        except StepTimeout:
            return ParseError("time limit while parsing", seg.start)
        except MemoryError:
            if pool.in_worker():
                raise
            return ParseError("too large to parse (out of memory)", seg.start)
        except (RecursionError, OverflowError) as exc:
            return ParseError(f"too large to parse ({type(exc).__name__})", seg.start)

    def another_reading(self, lhs, rhs, rel, outcome: Outcome) -> Outcome:
        """A wrong step read again, the first reading that changes its verdict: with what the names mean (not a
        carried value), with an update done again, in the sweep before, with the values before the updates the prose
        calls old, with rounded results at their exact values, with n the data count of this problem."""
        for reading in (self.right_as_meant, self.redo_of_a_wrong_update, self.in_the_earlier_sweep,
                        self.with_the_old_values, self.with_exact_values, self.with_written_nodes,
                        self.with_the_data_count):
            other = reading(lhs, rhs, rel, outcome)
            if other is not outcome:
                return other
        return outcome

    def step(self, lhs, rhs, rel) -> Outcome:
        """One step; a side with two readings is checked with each (the verdict only if they agree)."""
        laws = as_parameters(lhs, rhs)
        if laws is not None:        # Beta(2 + 3, 2 + 2) = Beta(5, 5): parameter by parameter
            outcome = self.step(*laws, rel)
            detail = re.sub(r"\bentry \((\d+),1\)", r"parameter \1", outcome.detail)
            return dataclasses.replace(outcome, detail=re.sub(r"\ball \d+ entries agree", "every parameter agrees", detail))
        if isinstance(lhs, ParseError) or isinstance(rhs, ParseError) or not (lhs.others or rhs.others):
            return self.one_step(lhs, rhs, rel)
        outcomes = [(a.reading + b.reading, self.one_step(a, b, rel))
                    for a in (lhs,) + lhs.others for b in (rhs,) + rhs.others]
        outcomes = [(n, Outcome(o.fallback, o.detail) if o.verdict == CANDIDATE else o) for n, o in outcomes]
        names = ["; ".join(labels) for labels, _ in outcomes]
        if len({o.verdict for _, o in outcomes}) == 1:
            first = outcomes[0][1]
            return dataclasses.replace(first, detail=f"{first.detail} (the same with each reading: {' | '.join(names)})")
        told = " | ".join(f"{n}: {o.verdict}" for n, (_, o) in zip(names, outcomes))
        return Outcome(UNVERIFIED, f"two readings, different verdicts: {told}")

    def one_step(self, lhs, rhs, rel) -> Outcome:
        """One reading of a step, and the readings that may save a failure. A failure stands only when each of
        those was decided: one that ran out of its time budget leaves the step unverified (a slower machine
        must not turn "not decided" into "wrong")."""
        outer, self.cut_short = getattr(self, "cut_short", None), []
        try:
            outcome = self._one_step(lhs, rhs, rel)
            if self.scope.weights_read and not self.scope.weight_columns:
                outcome = self.with_weight_columns(lhs, rhs, rel, outcome)
        finally:
            cut, self.cut_short = self.cut_short, outer
        if cut and outcome.verdict in (WRONG, CANDIDATE):
            return Outcome(UNVERIFIED, f"{outcome.detail}; but another reading of it ({cut[0]}) ran out of time: "
                                       "not decided")
        return outcome

    def note_cut_short(self, reading: str) -> None:
        """A reading that might save a failing step could not finish in its time budget."""
        if getattr(self, "cut_short", None) is not None:
            self.cut_short.append(reading)

    def _one_step(self, lhs, rhs, rel) -> Outcome:
        for side in (lhs, rhs):
            if isinstance(side, ParseError):
                line, col = self.where(side.offset)
                return Outcome(UNVERIFIED, f"cannot read it: {side} (line {line}, column {col})")
        try:
            with step_deadline(self.step_seconds):
                written = (lhs, rhs)
                if self.scope.nilpotent:            # dual numbers stated (ε² = 0): to first order in ε
                    lhs, rhs = self.first_order(lhs), self.first_order(rhs)
                if rel in INEQUALITIES:
                    outcome = check_inequality(lhs, rhs, rel, self.scope)
                elif rel == "!=":
                    outcome = check_not_equal(lhs, rhs, self.scope)
                elif rel == "propto" and self.variables and self.step_index == 0:
                    # p(θ | y) ∝ …: the head is defined by this statement (Bayes' rule), nothing to check -- unless
                    # a prior and counts in the part give the posterior (posterior_laws)
                    outcome = self.posterior_proportional(lhs, rhs) or \
                        Outcome(UNVERIFIED, "the density on the left is not defined in the file")
                elif rel in ("propto", "=") and self.undefined_density(lhs, rhs):
                    outcome = Outcome(UNVERIFIED, f"{self.density}(…) is not defined in the file")
                elif rel == "propto":
                    outcome = check_proportional(lhs, rhs, self.variables, self.scope)
                elif rel == "=" and any(s.name in CONSTANT_NAMES for p in (lhs, rhs) for s in p.expr.free_symbols):
                    outcome = check_proportional(lhs, rhs, self.variables, self.scope, additive=True)
                elif rel == "=" and _same_expression(lhs.expr, rhs.expr):
                    outcome = Outcome(OK, "the same expression on both sides as read, whatever its names mean")
                else:
                    with self.scope.names_as_written(lhs.expr, rhs.expr):
                        outcome = check_step(lhs, rhs, rel, self.scope)
                    if outcome.verdict in (WRONG, CANDIDATE) and self.scope.bits and self.names_a_kl(lhs, rhs):
                        outcome = self.kl_in_bits(lhs, rhs, rel, outcome)
                    if outcome.verdict in (WRONG, CANDIDATE):
                        outcome = without_stability_constant(self, lhs, rhs, rel, outcome)
            if outcome.verdict in (WRONG, CANDIDATE) and (lhs, rhs) != written:
                outcome = dataclasses.replace(outcome, detail=f"to first order in the dual unit: {shown(lhs.expr)} "
                                                              f"against {shown(rhs.expr)}; {outcome.detail}")
            elif outcome.verdict == OK and (lhs, rhs) != written:
                outcome = dataclasses.replace(outcome, detail=f"{outcome.detail}, to first order in the dual unit")
        except StepTimeout:
            return Outcome(UNVERIFIED, f"time limit ({self.step_seconds:g} s) reached")
        except MemoryError:
            if pool.in_worker():
                raise
            return Outcome(UNVERIFIED, "could not check: out of memory")
        except (RecursionError, OverflowError, ValueError, TypeError, ZeroDivisionError,
                AttributeError, NotImplementedError) as exc:  # SymPy's failures on odd input
            return Outcome(UNVERIFIED, f"could not check: {_why(exc)}")
        if outcome.verdict in (WRONG, CANDIDATE) and self.open_factor(lhs, rhs):
            outcome = Outcome(UNVERIFIED, f"holds at most for one value of the factor {self.open_factor(lhs, rhs)} "
                                          "left open by a ∝ (write the density in full to check it)")
        elif outcome.verdict in (WRONG, CANDIDATE) and (name := defined_by_its_log(lhs, rhs, self.scope)):
            outcome = Outcome(UNVERIFIED, f"{name} has no meaning before this line: it defines {name} (by its "
                                          f"logarithm), not a claim about it")
        elif outcome.verdict in (WRONG, CANDIDATE) and (family := iterates_in_general(lhs, rhs, self.scope)):
            outcome = Outcome(UNVERIFIED, f"{outcome.detail}; but {family} are iterates of a sequence the file "
                                          "works out member by member: a relation between them in general is not a "
                                          "free identity (not checked)")
        elif outcome.verdict in (WRONG, CANDIDATE) and (unknown := self.unknown_quantity(lhs, rhs)):
            outcome = Outcome(UNVERIFIED, f"{unknown} is not known here (no value given; its laws are not applied)")
        elif outcome.verdict in (WRONG, CANDIDATE) and (pair := self.independence_in_prose(lhs, rhs, rel)):
            outcome = Outcome(UNVERIFIED, f"{outcome.detail}; but it holds if {pair} are independent, as the prose "
                                          f"may say (not assumed: `%! assume {pair} independent` does that)")
        elif outcome.verdict == WRONG and (other := self.another_reading(lhs, rhs, rel, outcome)) is not outcome:
            outcome = other
        elif outcome.verdict == CANDIDATE and (other := self.with_the_data_count(lhs, rhs, rel, outcome)) is not outcome:
            outcome = other     # `\frac{n - 1}{n}\sigma^2 = 0.75\sigma^2` with n of an earlier problem: not an identity there
        elif outcome.verdict in (WRONG, CANDIDATE) and \
                (other := self.as_dual_numbers_again(lhs, rhs, rel, outcome)) is not outcome:
            outcome = other
        elif outcome.verdict == WRONG and outcome.detail.startswith(("shapes differ", "one side is a matrix")) and \
                (scalar := self.scalar_in_a_matrix_step(lhs, rhs)):
            outcome = Outcome(UNVERIFIED, f"{outcome.detail}; {scalar.name} = {scalar.shown} (line {scalar.line}) is "
                                          f"a number, but the step may mean a vector or matrix of that name")
        elif outcome.verdict == WRONG and rel == "=" and self.within_carried_rounding(lhs, rhs):
            outcome = Outcome(UNVERIFIED, outcome.detail + "; under 1 % apart, which the roundings of the values "
                              "carried into it may explain (no number is written in this step)")
        elif outcome.verdict in (WRONG, CANDIDATE) and not outcome.detail.startswith(SAMPLE_WRONG):
            outcome = dataclasses.replace(outcome, detail=outcome.detail + self.binding_note(lhs, rhs))
        elif outcome.verdict == UNVERIFIED and (other := self.with_n_the_data_size(lhs, rhs, rel, outcome)) \
                is not outcome:
            outcome = self.carried(lhs, rhs, rel, other) if other.verdict == OK else other
        elif outcome.verdict == OK:
            outcome = self.carried(lhs, rhs, rel, outcome)
        if outcome.verdict in (OK, WRONG, CANDIDATE):
            outcome = self.unchecked(lhs, rhs, rel, outcome)
        return self.across_parts(lhs, rhs, rel, outcome)

    def with_the_second_meaning(self, segs, i, rel, outcome: Outcome) -> Outcome:
        """The step uses a name stated again with another formula (Scope.second_meanings): read and checked
        with that formula too; different verdicts are two readings, unverified. (A function's name is put in
        when the step is read, so the step is read again.)"""
        letters = {t.value for seg in (segs[i], segs[i + 1]) for t in all_tokens(seg.toks) if t.kind == "char"}
        used = sorted(letters & self.scope.second_meanings.keys())
        if not used:
            return outcome
        name = used[0]
        definition, line, shown = self.scope.second_meanings[name]
        saved = (self.scope.bindings.get(name), self.scope.functions.get(name), self.scope.second_meanings)
        self.scope.bindings[name] = Binding(name, definition, None, line, shown, self.scope.section)
        self.scope.functions.pop(name, None)
        self.scope.second_meanings = {}
        try:
            lhs, rhs = self.parse(segs[i]), self.parse(segs[i + 1])
            again = self.one_step(lhs, rhs, rel) if not isinstance(lhs, Exception) and \
                not isinstance(rhs, Exception) else Outcome(UNVERIFIED, "")
        finally:
            self.scope.bindings.pop(name, None)
            if saved[0] is not None:
                self.scope.bindings[name] = saved[0]
            if saved[1] is not None:
                self.scope.functions[name] = saved[1]
            self.scope.second_meanings = saved[2]
        if (again.verdict == OK) == (outcome.verdict == OK):
            return outcome
        return Outcome(UNVERIFIED, f"two readings, different verdicts: {name} as first defined: {outcome.verdict.value} "
                                   f"| {name} = {shown} (line {line}): {again.verdict.value}")

    @staticmethod
    def names_a_kl(lhs, rhs) -> bool:
        return any(s.name.startswith(("KL(", "KL[")) for p in (lhs, rhs) for s in p.expr.free_symbols)

    def kl_in_bits(self, lhs, rhs, rel, outcome: Outcome) -> Outcome:
        """A file that speaks of bits: KL(p ‖ q) of named laws may be in bits. Right in bits is right."""
        again = self._check_again("kl_bits", lhs, rhs, rel)
        return dataclasses.replace(again, detail=again.detail + " (the KL in bits)") \
            if again is not None and again.verdict == OK else outcome

    def independence_in_prose(self, lhs, rhs, rel) -> str:
        """`Var(S) = Var(X_1) + Var(X_2)` after "two independent dice": the names of the random variables
        of the step when it holds with them independent and the prose of this paragraph speaks of independence
        (which names it means is not read); else ""."""
        if not self.scope.independence_stated or not has_operators(lhs.expr, rhs.expr):
            return ""
        try:
            left, right = (self.scope.resolve(p.expr) for p in (lhs, rhs))
            names = sorted({s.name for side in (left, right) for s in side.free_symbols if is_random(s)})
            left, right, _ = canonical(left, right, self.scope.independent, self.scope.facts)
        except (Unresolved, ValueError, TypeError, AttributeError):
            return ""
        if not (exact(left).free_symbols or exact(right).free_symbols):
            return ""           # the values given decide it (Cov(X, Y) = -3: not independent, whatever the prose)
        pairs = {frozenset(p) for p in combinations(names, 2)} - self.scope.independent
        if not pairs:
            return ""
        self.scope.independent |= pairs
        try:
            with step_deadline(self.step_seconds):
                again = check_step(lhs, rhs, rel, self.scope)
        except StepTimeout:
            self.note_cut_short("with the variables independent, as the prose may say")
            again = None
        except (RecursionError, OverflowError, ValueError, TypeError, ZeroDivisionError,
                AttributeError, NotImplementedError):
            again = None
        finally:
            self.scope.independent -= pairs
        return ", ".join(names) if again is not None and again.verdict == OK else ""

    def scalar_in_a_matrix_step(self, lhs, rhs):
        """`∂L/∂W_1 = δ x^\top` with δ = 0.4326 bound earlier: the binding of a number the step uses, when
        its sides' shapes do not match (the name is likely reused for the layer's vector), else None."""
        return next((b for side in (lhs, rhs) for b in self.scope.used(side.expr)
                     if b.value is not None and not isinstance(b.value, sp.MatrixBase) and is_constant(b.value)), None)

    def binding_note(self, lhs, rhs) -> str:
        used = {b.name: b for side in (lhs, rhs) for b in self.scope.used(side.expr)}
        if not used:
            return ""
        return "; using " + ", ".join(f"{b.name} = {b.shown} (line {b.line})" for b in used.values())


def _same_expression(left, right) -> bool:
    """`δ_1·1 + δ_2·1 = δ_1 + δ_2`: equal as written, names as names (true whatever they stand for, so a name
    whose meaning cannot be worked out does not leave it open). Numbers aside: `0.5 = 0.50` is a step of its own."""
    if not (isinstance(left, sp.Expr) and isinstance(right, sp.Expr)) or isinstance(left, sp.MatrixBase) or \
            isinstance(right, sp.MatrixBase) or not _symbols_of(left) or left.atoms(sp.Dummy) or right.atoms(sp.Dummy):
        return False
    try:
        return sp.expand(left - right) == 0
    except (TypeError, ValueError, RecursionError):
        return False


def _symbols_of(expr) -> set:
    return {s for s in expr.free_symbols if isinstance(s, sp.Symbol)}


def _numbers_only(side) -> bool:
    """A side written in numbers alone (no name): a number, or a vector or matrix written out in numbers."""
    expr = getattr(side, "expr", None)
    if isinstance(expr, sp.MatrixBase):
        return not getattr(side, "bound_matrices", None) and \
            all(isinstance(e, sp.Expr) and not exact(e).free_symbols for e in expr)
    return isinstance(expr, sp.Expr) and not exact(expr).free_symbols


def _why(exc) -> str:
    """What a failure of SymPy on odd input means, in words (its class name when there are none)."""
    if isinstance(exc, sp.ShapeError):
        return "the shapes of its matrices do not fit (a product or a sum of mismatched sizes, an inverse of a " \
               f"non-square matrix: {type(exc).__name__})"
    if isinstance(exc, ZeroDivisionError):
        return "a division by zero"
    if isinstance(exc, (RecursionError, OverflowError)):
        return f"too large or too deeply nested ({type(exc).__name__})"
    return type(exc).__name__
