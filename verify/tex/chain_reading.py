"""One chain of relations read as a reader takes it: what its head is (a function defined, a name given a value,
a claim about a name that already means something, a condition, a law applied), the check of each relation, and
what the chain leaves bound for the steps after it (its value, where that value came from, a carried error).

Mixed into check._Run, as the other step rules are (step_checks, written_values, carried_values, …).
"""
from __future__ import annotations

import dataclasses
import functools
import re

import sympy as sp

from verify.tex import conventions, directives, templates, vector_gradients
from verify.tex.bindings import exact, is_constant, plain_number
from verify.tex.build import ParseError, literal_value, power
from verify.tex.chain_forms import numbers_in, worked_from_numbers, written_numbers
from verify.tex.conditions import assume_conditions
from verify.tex.events import by_bayes, is_stated_quantity
from verify.tex.heads import APPLIED_DENSITIES, head_name, inverse_head, mentions_const, only_the_sigmoid, spread_from, squared_head, variables_of
from verify.tex.iterates import checked_when_given
from verify.tex.relations import ASSIGN
from verify.tex.results import CARRIED, GIVEN, OK, UNVERIFIED, WRONG
from verify.tex.scripts import sum_bounds
from verify.tex.statements import GivenProbabilities
from verify.tex.sums import SEQ
from verify.tex.written_values import Provenance


# 𝔼[θ | y], Var(μ | x), sd(λ | D): a statistic given data (a posterior moment)
CONDITIONAL_STATISTIC = re.compile(r"(?:𝔼\[|Var[\[(]|sd\()[^|]*\|")


def _data_literals(expr) -> set:
    """The decimals of a value given as data: a number, or a vector or matrix of numbers, as written."""
    entries = list(expr) if isinstance(expr, sp.MatrixBase) else [expr]
    found = set()
    for e in entries:
        e = -e if isinstance(e, sp.Expr) and e.could_extract_minus_sign() else e
        if isinstance(e, sp.Number):
            continue
        if not (isinstance(e, sp.Dummy) and literal_value(e) is not None):
            return set()
        found.add(e.name)
    return found


def _inverse(value):
    return power(value, sp.Integer(-1), 0)


def _undone(p, undo):
    """What a head `σ̂^2`, `S^{-1}` says the name is: the root or the inverse of the written value."""
    try:
        return dataclasses.replace(p, expr=undo(p.expr))
    except ParseError as exc:       # a singular matrix
        return exc


class ChainReading:
    def body_uses_parameters(self, head, seg) -> bool:
        body = directives.function_body(head[0], head[1], seg.toks, self.scope)
        return isinstance(body, sp.Basic) and bool({s.name for s in body.free_symbols} & {p.name for p in head[1]})

    def derivation(self, segs, rels):
        # `Let $k(x) = …$`: after prose that announces a definition any name applied to names is a function
        self.chain_sum_bounds = sum_bounds([t for seg in segs for t in seg.toks])
        head = directives.definition_head(segs[0].toks, self.scope, any_name=self.function_defining)
        if self.corrects and head and head[1] is None and head[0] in self.scope.bindings and \
                head[0] not in self.scope.meant_names and not is_constant(self.scope.bindings[head[0]].definition):
            self.defining = True    # "so this should be $\Pi = a^2P + q$": the formula defined above, corrected
        if self.corrects_formulas and not self.defining and head and head[1] is None and len(segs) > 1 and \
                not self.scope.fixed_by_laws(head[0]) and not isinstance(first := self.parse(segs[1]), Exception) and \
                (not is_constant(first.expr) or not self.scope.has_meaning(head[0]) or
                 head[0] in self.scope.bindings and is_constant(self.scope.bindings[head[0]].definition)):
            # "The corrected table should read:" `\dot v_6 = e^{v_5}\dot v_5 = …` defines v̇_6 again (this chain); a
            # number for a name whose meaning is a formula is still a claim about that formula
            self.defining = True
            try:
                return self.derivation(segs, rels)
            finally:
                self.defining = False
        if (not head or head[1] is None) and rels[0] == "=" and self.function_of_its_argument(segs):
            head = directives.definition_head(segs[0].toks, self.scope, any_name=True)
        if head and head[1] and len(segs) > 1 and any(p.name in self.scope.bindings for p in head[1]) and \
                not self.body_uses_parameters(head, segs[1]):
            head = None     # `f(w_3) = 2(1.464 - 3)^2 + 1`, w_3 a number: f's value there, a claim, not f
        assigns = rels[0] == ASSIGN
        rels = ["=" if r == ASSIGN else r for r in rels]
        if head and head[1] is not None and rels[0] == "=" and \
                (assigns or self.defining or not self.scope.has_meaning(head[0]) or self.new_arity(head)):
            self.define_function(head, segs, rels)       # f(x) = ... defines a function
            return
        self.variables = variables_of(segs[0].toks) if "propto" in rels or mentions_const(segs) else ()
        self.density = head_name(segs[0].toks) if self.variables else None
        if not self.variables and (name := head_name(segs[0].toks)) in APPLIED_DENSITIES and variables_of(segs[0].toks):
            self.density = name     # `-\ln p(w) = …` with p defined nowhere: a density, never p·w
        parsed, parse_seconds = self.parse_all(segs)
        if self.is_range(rels, head, segs):
            self.add(segs[0], segs[1], rels[0], GIVEN, f"the values {head[0]} runs over, not a definition of {head[0]}")
            return
        if self.values_of_a_tuple(segs, rels, parsed):
            return
        named_entries = self.entries_named(segs, rels, parsed)
        names = self.condition_names(rels, parsed)
        if names and self.condition_of_the_last:
            for i, rel in enumerate(rels):
                self.add(segs[i], segs[i + 1], rel, GIVEN, f"the condition of the claim before it (on "
                                                            f"{', '.join(sorted(names))}), not assumed for later steps")
            return
        if names:
            used = assume_conditions(self.scope, rels, parsed, self.listed)
            detail = f"a condition on {', '.join(sorted(names))}, not a claim" + \
                (f"; assumed in later steps of this part: {', '.join(used)}" if used else
                 "; not used as an assumption (%! assume does that)")
            for i, rel in enumerate(rels):
                self.add(segs[i], segs[i + 1], rel, GIVEN, detail)
            return
        if self.dual_numbers(segs, rels, parsed):
            return
        squared = squared_head(parsed, rels, self.scope, assigns) if head is None else None
        inverted = inverse_head(parsed, rels, self.scope) if head is None and not squared else None
        if squared or inverted:     # `\hat\sigma^2 = \frac1n\sum …`: defines σ̂ (its square is what is written)
            head = (squared or inverted, None)
        first = parsed[0].expr if not isinstance(parsed[0], Exception) else None
        self.gradient_chain = isinstance(first, sp.Basic) and first.has(sp.Derivative)
        summed_name = head[0] if head and head[1] is None else first.base.name if \
            isinstance(first, sp.Pow) and isinstance(first.base, sp.Symbol) and not isinstance(first.base, sp.Dummy) \
            else None
        if summed_name:                 # `σ^2 = ⅟n Σ (x_i - μ)^2`, even as a claim: σ moves with every x_i
            stems = {t.name[:-len(total.limits[0][0].name) - 1] for p in parsed[1:]
                     if not isinstance(p, Exception) and isinstance(p.expr, sp.Basic)
                     for total in p.expr.atoms(sp.Sum) for t in total.function.free_symbols
                     if isinstance(t, sp.Symbol) and t.name.endswith("_" + total.limits[0][0].name)} | \
                {a.args[0].name for p in parsed[1:] if not isinstance(p, Exception) and isinstance(p.expr, sp.Basic)
                 for a in p.expr.atoms(SEQ) if isinstance(a.args[0], sp.Symbol)}
            if stems:
                self.scope.summed[summed_name] = self.scope.summed.get(summed_name, set()) | stems
        if not assigns and self.system_row(head, segs, rels, parsed):
            return          # π_1 = 0.9π_1 + 0.4π_2 and what follows from it: a system being solved
        lone, law = head is not None and head[1] is None and rels[0] == "=", False
        if lone and len(rels) == 1 and self.tangent_convention(head[0], parsed[1]):
            said = f"v̇ = ∂v/∂{parsed[1].expr.variables[0]}" if isinstance(parsed[1].expr, sp.Derivative) else \
                "the chain rule through each node's definition"
            self.add(segs[0], segs[1], "=", GIVEN, f"the meaning of the dot in a forward sweep, as the tangents "
                                                   f"are read already ({said})")
            return
        # `𝔼[θ | k] = 6/11` after `θ | k ∼ Beta(9, 5)`: a claim about that law (posterior_laws)
        moment = self.posterior_moment(head[0]) if lone and not assigns and not self.defining and \
            (not self.scope.has_meaning(head[0]) or head[0] in self.scope.moment_names) and \
            not isinstance(parsed[1], Exception) else None
        if moment is not None:
            parsed = [self.as_the_moment(parsed[0], moment)] + list(parsed[1:])
        # `P(\text{head} \mid k) = \mathbb E[\theta \mid k] = \frac{9}{14}`: a moment of a settled posterior further on
        parsed = [parsed[0]] + [self.settled_moments_in(p) for p in parsed[1:]]
        if lone and moment is None and is_stated_quantity(head[0]) and not self.scope.has_meaning(head[0]) and \
                (isinstance(parsed[1], Exception) or not plain_number(parsed[1].expr)):
            lone = False        # P(+) = P(+ | D)P(D) + …: a law of probability claimed, not a value given
            law = True
        if lone and not assigns and not self.defining and not self.scope.has_meaning(head[0]):
            self.by_convention(head[0], segs[0], parsed[1])
        # A name that already means something is claimed about, not re-bound: `L = (ŷ - y)^2` after
        # `%! let L = ½(ŷ - y)^2` is checked against L. An update (`w = w - η g`, `w \gets …`) re-binds.
        claim = lone and moment is None and not assigns and not self.defining and self.scope.has_meaning(head[0]) \
            and not self.is_update(head[0], parsed[1]) and not (squared and only_the_sigmoid(squared, self.scope))
        if claim and self.data_for_a_formula(head[0], parsed[1]):
            claim = False       # `y = (1, 2, 2)` after the model `y = w_0 + w_1 x + ε`: the data, not a claim
        if lone and not claim and not assigns and not self.defining and self.kept_from_earlier_part(head[0], parsed):
            claim = True
        if lone and not claim and head[0] in self.scope.matrices and not isinstance(parsed[1], Exception) and \
                head[0] in parsed[1].bound_matrices and not self.is_update(head[0], parsed[1]):
            claim = True        # `A = A^\top` after A was given: about that A, not a new A made from it
        binds = lone and moment is None and not claim and not self.solves_equation(head[0], len(rels), parsed[1], parsed[0])
        spread = self.spread_of_a_variance(head[0]) if binds and not assigns and not self.defining else None
        if spread is not None:      # `sd(θ | D) = 0.0118` after `Var(θ | D) = … = 0.0118`: a claim, sd = √Var
            binds = False
            parsed = [dataclasses.replace(parsed[0], expr=spread)] + list(parsed[1:])
        earlier = self.scope.bindings.get(head[0]) if claim else None
        earlier = dataclasses.replace(earlier) if earlier is not None else None     # as it was before this line
        wrong_before = self.scope.wrong_in_paragraph
        start = 1 if binds else 0
        same = self.names_given_the_same_value(parsed, rels) if binds and not (squared or inverted) else []
        first = len(self.results)
        conditional_moment = False
        self.chain_broken, self.scope.chain_value, self.unread_head = False, None, None
        bound_before = self.scope.bindings.get(head[0]) if binds else None
        self.scope.rebinds_earlier = bound_before is not None and bound_before.section < self.scope.section
        self.chain_started = False      # a link of this chain has been checked (ok or not)
        self.wrong_in_chain = False
        computed_before = self.scope.computing
        if binds and len(rels) == 1 and isinstance(parsed[1], ParseError) and self.function_named(head[0], segs[1]):
            self.add(segs[0], segs[1], "=", GIVEN, f"definition of the function {head[0]} ({segs[1].text.strip()})")
            return
        if binds and isinstance(parsed[1], ParseError):
            # `w = 3 +`: a definition that cannot be read binds nothing, and says why (it was a silent `given`)
            line, col = self.where(parsed[1].offset)
            self.add(segs[0], segs[1], "=", UNVERIFIED, f"the definition of {head[0]} cannot be read: {parsed[1]} "
                                                        f"(line {line}, column {col})")
        elif binds and head[0].startswith(("KL(", "KL[")) and plain_number(parsed[1].expr) and \
                exact(parsed[1].expr) < 0:
            self.add(segs[0], segs[1], "=", WRONG, "a KL divergence is never negative (Gibbs' inequality)")
        elif binds and not assigns and CONDITIONAL_STATISTIC.match(head[0]) and not self.is_update(head[0], parsed[1]):
            # `Var(μ | x) = 1/0.3611`: a posterior moment has a meaning of its own, which no law here derives; its
            # value is taken as written for what follows, as a value no checked step gave (not as a definition)
            self.add(segs[0], segs[1], "=", UNVERIFIED, f"{head[0]} is a conditional (posterior) moment that is not "
                                                        "derived here: its value is not checked")
            conditional_moment = True
        elif binds:
            update = assigns or self.is_update(head[0], parsed[1])
            if not update and (solved := getattr(self, "estimate_solves", None)):
                # `… = 0 \Rightarrow \hat\sigma^2 = …` after a checked derivative: a result, confirmed
                self.add(segs[0], segs[1], "=", OK, solved)
            else:
                self.add(segs[0], segs[1], "=", GIVEN, ("update of " if update else "definition of ") + head[0])
            for i in same:          # q_2 = q_3 = q_4 = \frac{0.1}{4}: q_3 and q_4 are given the value too
                self.add(segs[i], segs[i + 1], "=", GIVEN, f"definition of {parsed[i].expr} (the value of {head[0]})")
            start += len(same)
            if not same and not update and self.input_copied(parsed, rels):
                name = parsed[1].expr.name      # `v_1 = x_1 = 1`: the input given its value where the trace copies it
                self.add(segs[1], segs[2], "=", GIVEN, f"the value of the input {name} (copied into {head[0]})")
                self.scope.bind(name, parsed[2].expr, parsed[2].expr, self.where(segs[2].start)[0], segs[2].text)
                start += 1
            if update or (lone and not self.defining and self.written_as_a_step(head[0], parsed[1])):
                # `v_2 = -0.6 - 0.5(-0.0898)` after 𝐯 = (0.4, -0.6): a step of gradient descent written with `=`
                self.gradient_step(head[0], segs[0], parsed[1], len(self.results) - 1)
            if len(rels) == 1:      # `x = (1, 0.5)`: data given; its 0.5 is no copy of a wrong step's 0.5
                for text in _data_literals(parsed[1].expr):
                    self.scope.literal_origins.pop(text, None)
                    self.scope.entry_origins.pop(text, None)
        given = GivenProbabilities(self.scope) if law else None
        by_law = by_bayes(head[0], given, given.names) if law else None
        if by_law is not None:          # P(D | +) from P(+ | D), P(D), P(+ | ¬D): its meaning, by the law
            parsed = [dataclasses.replace(parsed[0], expr=by_law[0])] + list(parsed[1:])
        elif law:
            self.add(segs[0], segs[1], "=", UNVERIFIED, f"{head[0]} is not given: the law this applies (total "
                     "probability, Bayes' rule, independence, a moment or divergence formula) is not checked here")
            start = 1
        elif not binds and rels[0] == "=" and self.gives_a_value(parsed[0], parsed[1]):
            self.add(segs[0], segs[1], "=", GIVEN, "a value the problem gives")
            start = 1
        equation_before = self.equation        # (the rows below replace it)
        for i in range(start, len(rels)):
            self.check_and_record(segs, rels, parsed, parse_seconds, i)
        self.objective_worked(parsed)
        if head and head[1] is not None and rels[0] == "=" and len(self.results) > first:
            self.or_a_new_function(head, first)
        if (law or lone) and head[0].startswith(("Var(", "Var[")) and len(self.results) > first and \
                all(not isinstance(p, Exception) for p in parsed):
            self.variance_worked_out(head[0], parsed)
        if spread is not None and len(self.results) > first and self.results[first].verdict == WRONG:
            # σ_θ = 0.0139 (the variance): σ_θ has that written value, and what it should be beside it (√Var), so
            # `2σ_θ = 0.0278` after it is right arithmetic on a wrong value (carried), not a free symbol
            value, seg = self.last_constant(parsed, segs)
            if value is not None:
                self.scope.bind(head[0], value, value, self.where(seg.start)[0], seg.text)
                self.taint(head[0], spread, self.results[first].line)
        if spread is not None and len(self.results) > first and self.results[first].verdict == OK:
            # √Var(A) with Var(A) as this file worked it out (its formula not checked): right for that value only
            self.results[first] = dataclasses.replace(
                self.results[first], verdict=UNVERIFIED,
                detail=f"{self.results[first].detail}; the standard deviation of the variance worked out above, "
                       "whose formula is not checked")
        if moment is not None:
            self.moment_settled(head[0], moment, parsed, segs, rels, first)
        if by_law is not None and len(self.results) > first:
            self.results[first] = dataclasses.replace(
                self.results[first], detail=f"{self.results[first].detail}; {head[0]} by {by_law[1]} from the "
                                            "probabilities the file gave")
        # `a_1' \approx 0.0388` after a_1' was worked out and the weights updated since: a claim, or the next pass
        bound = self.scope.bindings.get(head[0]) if head is not None and head[1] is None else None
        approx = rels[0] == "approx" and bound is not None and self.scope.has_meaning(head[0]) and \
            self.scope.last_update_line > bound.line
        if claim and len(self.results) > first and self.results[first].verdict == WRONG and \
                (solved := self.root_restated(head[0], parsed[1], equation_before)):
            r = self.results[first]
            self.results[first] = dataclasses.replace(
                r, verdict=UNVERIFIED, detail=f"two readings, different verdicts: a claim about {head[0]} as stated "
                                              f"before: wrong ({r.detail}) | the root of the equation on line {solved}: "
                                              "it solves it (the equation itself not checked here)")
        if claim and len(self.results) > first and self.results[first].verdict == WRONG and \
                not isinstance(parsed[1], Exception) and not is_constant(parsed[1].expr):
            self.scope.disputed.add(head[0])    # another formula for it: which one a slope through it means is open
        if start == 0 and (claim or approx or self.restates_a_given_value(parsed[0])):
            new_case = self.or_a_new_value(head[0] if claim or approx else segs[0].text, first,
                                           parsed if claim or approx else None)
            if claim and new_case and not isinstance(parsed[1], Exception) and not is_constant(parsed[1].expr):
                # `L = ½(tanh(wx) - y)^2` after a different L: later steps are checked with both meanings
                line = self.results[first].line
                self.scope.second_meanings[head[0]] = (parsed[1].expr, line, segs[1].text[:40])
        self.scope.chain_value = None
        wrong_line = next((r.line for r in self.results[first:] if r.verdict in (WRONG, CARRIED)), 0)
        # The value a name gets is the last one joined to it by = or ≈ (not what follows a \propto).
        upto = next((i for i, r in enumerate(rels) if r not in ("=", "approx")), len(rels)) + 1
        provenance = self.provenance(parsed[:upto], first, start) if binds or claim or self.continued or \
            self.ends_in_a_decimal(parsed[:upto]) else Provenance()
        carried_from, carried_true = self.from_a_wrong_value(head[0], parsed[1]) if binds else ("", None)
        if binds and not carried_from and not wrong_line and provenance.true_value is None and \
                not provenance.wrong_line and not provenance.unchecked_line:
            provenance = self.value_in_doubt(head[0], parsed, segs, first, wrong_before, assigns, provenance)
        if carried_from:
            self.results[first] = dataclasses.replace(self.results[first], verdict=CARRIED,
                                                      detail=f"{self.results[first].detail} {carried_from}")
        values, value_segs = parsed, segs       # what the name is given: the written sides (or their roots)
        if squared and not isinstance(parsed[1], Exception):
            # `σ^2 = 2`, `\frac{1}{τ_n^2} = 4.25`: σ, τ_n are the roots of what is written
            exponent = parsed[0].expr.exp
            values = [parsed[0]] + [p if isinstance(p, Exception) else _undone(p, functools.partial(
                spread_from, exponent=exponent)) for p in parsed[1:]]
            value_segs = [segs[0]] + [dataclasses.replace(s, text=f"{'√' if exponent == 2 else '1/√'}({s.text.strip()})")
                                      for s in segs[1:]]
        if binds and not isinstance(parsed[1], Exception):
            roots = [parsed[0]] + [p if isinstance(p, Exception) else _undone(p, _inverse)
                                   for p in parsed[1:upto]] if inverted else values[:upto]
            segs_bound = value_segs[:upto]
            if same:
                roots = [roots[0]] + list(roots[1 + len(same):])
                segs_bound = [segs[0]] + list(segs[1 + len(same):upto])
                for i in same:
                    self.bind(parsed[i].expr.name, [parsed[i]] + roots[1:], [segs[i]] + segs_bound[1:], wrong_line,
                              provenance)
            if self.at_a_point and not assigns:
                self.set_aside_for_the_paragraph(head[0], parsed[1].expr)
            self.bind(head[0], roots, segs_bound, wrong_line, provenance,
                      update=assigns or self.is_update(head[0], parsed[1]))
            if conditional_moment and head[0] in self.scope.bindings:
                self.scope.bindings[head[0]].unchecked_line = self.results[first].line
            if carried_from:
                self.carried_definition(head[0], carried_true, self.results[first].line)
            self.vector_made_of(head[0], parsed[1])
            if templates.pattern(head[0]) is not None:
                self.scope.template_sources[head[0]] = segs[1].toks
                self.scope.template_vectors[head[0]] = frozenset(getattr(parsed[1], "bound_matrices", ()))
            conventions.reseed(head[0], self.scope)
            if not (assigns or self.is_update(head[0], parsed[1])):
                self.completes_the_objective(head[0], parsed[1].expr, first)
                self.follows_the_rule(head[0], parsed[1].expr, first)
            else:
                self.rule_stated(head[0], parsed[1].expr, segs[1])
            checked_when_given(self, head[0])
            if parsed[1].bound_matrices and not same:     # z = W_1x + b_1: read again for ∂L/∂x (vector_gradients)
                given = self.scope.context().matrices
                self.scope.matrix_sources[head[0]] = vector_gradients.Source(
                    segs[1].toks, {n: given[n] for n in parsed[1].bound_matrices if n in given},
                    {s.name: self.scope.bindings[s.name] for s in parsed[1].expr.free_symbols
                     if getattr(s, "name", None) in self.scope.bindings})
            elif not same and not is_constant(parsed[1].expr) and not assigns:
                # `z_1 = W_1x + b_1` before the numbers are given: read again with the values the vectors have
                # when a gradient is taken (vector_gradients)
                self.scope.matrix_sources[head[0]] = vector_gradients.Source(segs[1].toks, {}, {})
            if head[0] in self.scope.matrices and (inverted or parsed[1].bound_matrices) and not wrong_line:
                self.scope.worked_matrices[head[0]] = (self.scope.section, bool(inverted))
            self.stated_estimate(head[0], segs[1].text, first, computed_before)
            if self.results[first].verdict == OK and head[0] in self.scope.bindings:
                # an estimate shown to solve a derived equation: its value over the data is what it means
                self.scope.solved_estimates[head[0]] = self.scope.bindings[head[0]].line
        elif claim:
            first_ok = len(self.results) > first and self.results[first].verdict not in (WRONG, CARRIED)
            self.claimed_value(head[0], values[:upto], value_segs[:upto], wrong_line, first_ok, provenance)
        elif self.continued and self.continued in self.scope.bindings:
            self.claimed_value(self.continued, parsed[:upto], segs[:upto], wrong_line, provenance)
        if lone and isinstance(parsed[1], Exception) and templates.pattern(head[0]) is not None:
            # `η_t = …` stated again for a new schedule and not read: the earlier rule no longer says what η_25 is
            self.scope.bindings.pop(head[0], None)
            self.scope.template_sources.pop(head[0], None)
        self.note_result(parsed[:upto], provenance)
        if start == 0 and earlier is not None and earlier.value is not None and wrong_before > earlier.line:
            self.after_a_wrong_step(earlier, wrong_before, first)     # (the value itself agrees: not doubted)
        if rels[0] == "propto":
            self.known_up_to_a_factor(parsed, rels, first)
        if head is None and not self.continued:
            self.bare_numbers_after_a_wrong_step(segs, parsed, rels[0], first)
        if named_entries is not None:
            self.entries_given(first, segs, parsed, named_entries)
        named = head[0] if lone else self.continued
        self.last = (segs[-1], named) if not isinstance(parsed[-1], Exception) else None
        if binds or len(rels) > 1 and not (self.equation is not None and self.equation.ends_a_chain and
                                            self.equation.index >= first):
            self.equation = None    # (kept: this chain ended `= 0`, which an estimate after it may solve)
        self.estimate_alias = None      # used by this chain's first relation, or by none

    def value_in_doubt(self, name, parsed, segs, first, wrong_before, assigns, provenance):
        """Where the value a definition gives may rest on a step that is not confirmed, though no step of its own
        chain was wrong: the provenance, with the line it rests on (unchanged when it rests on none)."""
        if wrong_before and name not in self.scope.bindings and worked_from_numbers(parsed[1], segs[1]) and \
                ((numbers_in(parsed[1].expr) | written_numbers(segs[1])) & self.scope.wrong_numbers
                 or isinstance(parsed[1].expr, sp.MatrixBase)):
            # w_1 = 0 - 0.1 × (-6) after a wrong g_0 = … = -6 in the paragraph: the -6 may be that value; a vector
            # worked out from numbers there (𝐰_2 = (0.6 - 0.56, …) after a wrong 𝐯_2 = (5.6, …)) may carry it too
            return dataclasses.replace(provenance, unchecked_line=wrong_before)
        if inferred := self.inferred_unchecked():
            # `∂ℓ/∂σ^2 = … = 0 \Rightarrow \hat\sigma^2 = \frac{1}{2n}\sum_i (x_i - \bar x)^2`: a result inferred from a
            # step that could not be checked (or was wrong) is no definition to build on
            return dataclasses.replace(provenance, unchecked_line=inferred)
        if self.instance_by_hand(name, parsed[1]):
            # z_3 = -0.3122 × (-1) + 0.7811 × 1 with z = w^T x + b defined: z at example 3, worked out by hand
            # (the bias dropped?): its numbers are not checked against what z means
            return dataclasses.replace(provenance, unchecked_line=self.where(segs[0].start)[0])
        if self.results[first].verdict == GIVEN and (assigns or self.is_update(name, parsed[1])) and \
                self.a_number_of_its_own(parsed[1]):
            # `v_2 ← 0.9(-3) + 1.9` with 1.9 the gradient, which no step gave: an assignment the checker could not
            # check, so what is worked out from v_2 rests on it (it was taken as data: f(𝐰) at it came out `ok`)
            return dataclasses.replace(provenance, unchecked_line=self.where(segs[0].start)[0])
        return provenance
