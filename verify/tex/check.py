"""The pipeline for one file: scan -> chains -> parse -> resolve -> check -> StepResult."""
from __future__ import annotations

import dataclasses
import functools
import pickle
import re

import sympy as sp

from verify import pool
from verify.tex import conventions, directives, templates, vector_gradients
from verify.tex.bindings import Scope, exact, is_constant, plain_number
from verify.tex.build import ParseError, literal_value, power
from verify.tex.conditions import assume_conditions
from verify.tex.chains import ASSIGN, UNCHECKED_RELATIONS, Chain, ChainError
from verify.tex.equation_runs import EquationRuns
from verify.tex.index_claims import IndexClaims
from verify.tex.updates import GradientSteps
from verify.tex.scripts import sum_bounds
from verify.tex.objectives import NamedObjectives
from verify.tex.iterates import UpdateRules
from verify.tex.sums import SEQ
from verify.tex.heads import APPLIED_DENSITIES, head_name, inverse_head, mentions_const, only_the_sigmoid, spread_from, squared_head, variables_of
from verify.tex.extract import Directive
from verify.tex.events import by_bayes, is_stated_quantity
from verify.tex.items import FileStart, NewPart, RegionStart, ScanProblem, item_steps
from verify.tex.named_laws import finite_law
from verify.tex.prose_facts import Counts, DataList, DataPoints, Independent, Table
from verify.tex.limits import STEP_SECONDS, StepTimeout, step_deadline
from verify.tex.meaning import MeaningRules
from verify.tex.other_readings import OtherReadings
from verify.tex.chain_forms import ChainForms, numbers_in, worked_from_numbers, written_numbers
from verify.tex.iterates import checked_when_given
from verify.tex.carried_values import CarriedValues, WrongSources
from verify.tex.given_tuples import GivenTuples
from verify.tex.dual_numbers import DualNumbers
from verify.tex.systems import LinearSystems
from verify.tex.parts import PartRules
from verify.tex.posterior_laws import PosteriorLaws
from verify.tex.readable import readable
from verify.tex.results import CARRIED, GIVEN, OK, SKIPPED, UNVERIFIED, WRONG, FileResult, StepResult
from verify.tex.run_state import BatchReply, _keep, _Results, _resume
from verify.tex.statements import GivenProbabilities, Statements
from verify.tex.step_checks import StepChecks
from verify.tex.where_claimed import WhereClaimed
from verify.tex.written_values import Provenance, WrittenValues

def run_batch(state: bytes | None, items, base: int, where, step_seconds: float, lost: int = 0) -> BatchReply:
    """In a worker: check `items` from `state` (None: the start of a file). Each item runs under a
    CPU-time cap of its steps x step_seconds (+1 s); the rendering of its steps counts in it.
    `lost`: chains before this batch whose worker was killed (the next chain starts afresh)."""
    run = _Run(where, step_seconds, base, state)
    if lost:
        run.chain_no += lost
        run.equation, run.skip_next = None, False
    for item in items:
        pool.limit_cpu(item_steps(item) * step_seconds + 1)
        first = len(run.results)
        run.item(item)
        run.render(first)
    return run.reply()


def check_file(path, *, step_seconds: float = STEP_SECONDS) -> FileResult:
    from verify.tex.dispatch import check_files
    return check_files([path], step_seconds=step_seconds)[0]


def check_text(text: str, name: str = "<string>", *, step_seconds: float = STEP_SECONDS) -> FileResult:
    from verify.tex.dispatch import check_texts
    return check_texts([(name, text)], step_seconds=step_seconds)[0]


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


class _Run(PosteriorLaws, NamedObjectives, UpdateRules, StepChecks, Statements, WhereClaimed, IndexClaims, GradientSteps,
           MeaningRules, WrittenValues, OtherReadings, PartRules, ChainForms, EquationRuns, CarriedValues, GivenTuples,
           DualNumbers, LinearSystems):
    def __init__(self, where, step_seconds, base=0, state: bytes | None = None):
        self.where = where
        self.step_seconds = step_seconds
        # variables: what a `\\propto` chain is proportional in; last: (last segment, name it defines) of the
        # last chain, to continue; defining: the prose before this math region introduces a definition
        # (function_defining: a function, whatever its letter)
        (self.scope, self.skip_next, self.equation, self.chain_no, self.region, earlier,
         self.variables, self.last, self.defining, self.function_defining, self.lone) = \
            _resume(state) if state is not None else (Scope(), False, None, 0, 0, {}, (), None, False, False, None)
        self.results = _Results(base, earlier)
        if self.scope.wrong_sources is None:
            self.scope.wrong_sources = WrongSources()
        self.step_index = 0             # of the step being checked in its chain
        self.chain_broken = False       # a step of this chain failed: no leniency from the chain's value
        self.continued = None           # the name whose chain this display continues
        self.region_start = False       # the chain is the first of its math region
        self.named_region = False       # the prose right before names what its leading relation is about
        self.follows = False            # the prose right before says this region follows from the last
        self.corrects = False           # "should be" right before it: a definition may be given again, corrected
        self.corrects_formulas = False  # "… should read:" on the line before: formulas given again, corrected
        self.spread_named = False       # "the standard deviation is" right before it (see spread_of_a_variance)
        self.posterior_named = False    # "the posterior is" right before it (see posterior_laws)
        self.prior_named = False        # "Prior" right before it (see posterior_laws)
        self.old_values_named = False   # "with the old γ and β" earlier in this paragraph (see with_the_old_values)
        self.minimising = False         # "minimises" right before this region: it names an objective (objectives)
        self.at_a_point = False         # "at" right before this region: a value it gives holds for this paragraph
        self.chain_started = False
        self.wrong_in_chain = False     # a step of the chain being checked was wrong (its numbers may be carried)
        self.wrong_step_index = 0       # the result index of that wrong step
        self.cell = False               # the region is the next cell of a table row (see lone)
        self.range_after = False        # `, \\dots` follows the chain in the text (set by the parent)
        self.points_after = ()          # `, (2, 3), (3, 4)` follows it: more data points (see given_tuples)
        self.previous_chain = None      # (first, end) indices of the last chain's results
        self.inferred_from = None       # the same for the chain this one is inferred from (⇒, "so")
        self.listed = ()                # names listed before the chain (`a, b > 0`), set by the parent
        self.quantified = ()            # the letters of a `for $|x| < 1$` after the chain: claimed over their range
        self.sign = ()                  # `whenever $c \\ge 0$` after the chain: (c, "nonnegative")
        self.condition_of_the_last = False   # the chain is the `for $…$` condition of the one before it
        self.density = None             # p in a head `\\log p(θ)` read as p·θ (see undefined_density)
        self.unread_head = None         # the chain's first side, when it could not be read (step_checks)
        self.gradient_chain = False     # the chain begins with a derivative (∂L/∂x = w_1δ_1 = 0.3056): see parts.py

    # ---- between batches
    def reply(self) -> BatchReply:
        earlier = {}
        if self.equation is not None and self.equation.provisional:
            earlier[self.equation.index] = self.results[self.equation.index]
        fields = (self.scope, self.skip_next, self.equation, self.chain_no, self.region, earlier,
                  self.variables, self.last, self.defining, self.function_defining, self.lone)
        state = pickle.dumps(fields)
        _keep(state, fields)
        return BatchReply(tuple(self.results.new), tuple(sorted(self.results.patched.items())), state, self.chain_no)

    def render(self, first: int):
        """The readable text of the steps added since `first`, here under the cap (it can be costly)."""
        for i in range(first, len(self.results)):
            r = self.results[i]
            if r.rhs:
                self.results[i] = dataclasses.replace(r, readable_text=readable(r.lhs, r.rel, r.rhs))

    def item(self, item):
        if isinstance(item, Directive):
            try:
                with step_deadline(self.step_seconds):
                    self.directive(item)
            except StepTimeout:
                self.error(f"time limit ({self.step_seconds:g} s) reached", item.offset, f"%! {item.kind} {item.arg}")
        elif isinstance(item, ScanProblem):
            self.error(item.message, item.offset, item.text)
        elif isinstance(item, DataPoints):
            self.points_in_prose(item)
        elif isinstance(item, DataList):
            self.list_in_prose(item)
        elif isinstance(item, Counts):
            self.scope.counts.append((item.successes, item.trials))
        elif isinstance(item, Table):
            law = finite_law(item.name, tuple(map(sp.Rational, item.values)),
                             tuple(map(sp.Rational, item.probabilities)), self.scope.section)
            if law is not None and item.name not in self.scope.bindings:
                self.scope.laws[item.name] = law
        elif isinstance(item, Independent):
            # "Let $X$ and $Y$ be independent": as `%! assume X, Y independent`, for this problem
            pair = frozenset(item.names)
            if len(pair) == 2 and pair not in self.scope.independent:
                self.scope.independent = self.scope.independent | {pair}
                self.scope.prose_independent = self.scope.prose_independent | {pair}
        elif isinstance(item, FileStart):
            self.scope.macros, self.scope.bits, self.scope.thousands = item.macros, item.bits, item.thousands
        elif isinstance(item, NewPart):
            self.scope.section += 1          # a new section or problem: names may be defined afresh
            self.scope.second_meanings = {}
            self.scope.pointed = set()
            if not item.item:
                self.scope.independent = self.scope.independent - self.scope.prose_independent
                self.scope.prose_independent = frozenset()
                self.scope.facts, self.scope.stem_facts = [], None
                self.scope.laws, self.scope.stem_laws = {}, None
                self.scope.posteriors, self.scope.moment_names, self.scope.priors, self.scope.counts = [], set(), [], []      # (a list's parts keep them: (b) asks for the mean of (a)'s posterior)
            else:                            # a list's part (a), (b): what its problem gave before the list holds
                if self.scope.stem_facts is None:
                    self.scope.stem_facts, self.scope.stem_laws = list(self.scope.facts), dict(self.scope.laws)
                self.scope.facts, self.scope.laws = list(self.scope.stem_facts), dict(self.scope.stem_laws)
            self.scope.literal_origins, self.scope.entry_origins, self.scope.computing = {}, {}, False
            for name in self.scope.stated:      # conditions stated in the part before end with it
                self.scope.bounds.pop(name, None)
            self.scope.stated = set()
            self.last = None
            self.new_paragraph()
            self.scope.independence_stated = False
            if not item.item:                # (a list's parts keep the sample their problem named)
                self.scope.samples = set()
        elif isinstance(item, RegionStart):
            self.region += 1
            self.region_start = True
            self.cell = item.cell
            if not item.cell:
                self.lone = None
            self.defining = item.defining
            self.function_defining = item.function_defining
            self.named_region = item.named
            self.follows = item.follows
            self.corrects = item.corrects
            self.corrects_formulas = item.corrects_formulas
            self.spread_named = item.spread_named
            self.posterior_named = item.posterior_named
            self.prior_named = item.prior_named
            self.old_values_named = item.old_values or self.old_values_named and not item.new_paragraph
            self.minimising = item.minimises
            self.at_a_point = item.at_a_point
            if item.dual:
                self.dual_numbers_named()
            if item.sweep:
                conventions.new_sweep(self.scope, item.seed)
            if item.new_paragraph:
                self.last = None
                self.new_paragraph()
                self.scope.independence_stated = False
            self.scope.independence_stated |= item.independence
            if item.sample:
                self.scope.samples.add(item.sample)     # (x? : a sample whose mean or variance has another name)
        elif isinstance(item, ChainError):
            self.error(item.message, item.offset, item.text)
            self.equation = None
            self.region_start = False
        elif item.crossed_out:
            self.chain_no += 1
            self.skip(item.chain, f"struck through (\\{item.crossed_out}{{…}}): a crossed-out attempt, not a claim")
            self.region_start = False
        else:
            # the condition in `$claim$ for $c \\ge 0$` scopes that claim: it is not assumed for later steps
            self.condition_of_the_last = bool(self.quantified)
            self.range_after, self.listed, self.quantified = item.range_after, item.listed, item.quantified
            self.points_after = item.points_after
            self.sign = item.sign
            # `… = 0 \Rightarrow \hat\sigma^2 = …`: a name defined here is inferred (prose between displays, "we
            # get", is looser: it often follows a definition or a rule, not an equation solved)
            self.inferred_from = self.previous_chain if item.inferred and not self.region_start else None
            before = len(self.results)
            self.guarded_chain(item.chain)
            self.previous_chain = (before, len(self.results))
            self.region_start = False

    def inferred_unchecked(self) -> int:
        """The line of a step that was not confirmed in the chain this one is inferred from (0: none)."""
        if self.inferred_from is None:
            return 0
        first, end = self.inferred_from
        # (`… = 0`, the equation being solved, is no claim: what is inferred from it rests on the steps before it)
        return next((r.line for r in (self.results[i] for i in range(first, end))
                     if r.verdict in (UNVERIFIED, WRONG, CARRIED) and r.rhs.strip() != "0"), 0)

    # ---- recording
    def add(self, lhs_seg, rhs_seg, rel, verdict, detail, offset=None):
        line, col = self.where(offset if offset is not None else rhs_seg.start)
        self.results.append(StepResult(line, len(self.results), lhs_seg.text, rhs_seg.text, rel, verdict,
                                       detail, col, self.chain_no))
        return len(self.results) - 1

    def error(self, message, offset, source):
        line, col = self.where(offset)
        self.results.append(StepResult(line, len(self.results), source, "", "", UNVERIFIED,
                                       f"{message} (line {line}, column {col})", col, self.chain_no))
        self.chain_no += 1

    def directive(self, d: Directive):
        problem = directives.apply(d, self.scope, self)
        if problem:
            line, col = self.where(d.offset)
            self.results.append(StepResult(line, len(self.results), f"%! {d.kind} {d.arg}", "", "%!", UNVERIFIED,
                                           problem, col, self.chain_no))

    # ---- one chain
    def guarded_chain(self, chain: Chain):
        """A failure inside one chain is reported on it; it never stops the file."""
        before = len(self.results)
        try:
            self.chain(chain)
            self.prior_after(chain)
            self.posterior_after(chain, before)
        except StepTimeout:
            self.unfinished(chain, before, f"time limit ({self.step_seconds:g} s) reached")
        except MemoryError:
            if pool.in_worker():   # past the memory cap: the worker ends and is replaced (pool.Cap.MEMORY)
                raise
            self.unfinished(chain, before, "out of memory")
        except Exception as exc:  # the last line of defence: report on this chain, go on with the file
            reported = len(self.results)
            self.unfinished(chain, before, f"could not check this chain ({type(exc).__name__})")
            if len(self.results) == reported and reported > before:     # every relation was reported: say what
                self.results[-1] = dataclasses.replace(      # was lost (the value later steps would have used)
                    self.results[-1], detail=f"{self.results[-1].detail}; what this chain gives could not be kept "
                                             f"for later steps ({type(exc).__name__})")

    def unfinished(self, chain: Chain, before: int, reason: str):
        """Each relation of the chain not yet reported gets the reason: none is lost with the rest."""
        segs, last = chain.segments, len(chain.segments) - 1
        for i in range(len(self.results) - before, len(chain.rels)):      # never raises: the last resort
            self.add(segs[min(i, last)], segs[min(i + 1, last)], chain.rels[i][0], UNVERIFIED, reason)
        self.equation = None

    def skip(self, chain: Chain, reason: str):
        """Every relation of the chain reported as skipped, with the reason."""
        for i, (rel, _) in enumerate(chain.rels):
            self.add(chain.segments[i], chain.segments[i + 1], rel, SKIPPED, reason)

    def chain(self, chain: Chain):
        rels = [r for r, _ in chain.rels]
        lone = self.lone
        # lone: the math of a table row's cell with no relation (`$z$ & $= 0.7(0.57) + 0.2 = 0.27$`): the next
        # cell's leading relation continues from it, not from the row above
        self.lone = chain.segments[0] if not rels and len(chain.segments) == 1 and self.region_start else None
        if not rels:
            if self.minimising and self.region_start and len(chain.segments) == 1 and chain.segments[0].toks:
                self.objective_named(chain.segments[0])
            return
        self.chain_no += 1
        segs = chain.segments
        last, self.last = self.last, None
        if self.skip_next:
            self.skip_next = False
            self.skip(chain, "%! skip")
            return
        self.continued = continued = None
        if not segs[0].toks and self.region_start and self.cell and lone is not None and lone.toks:
            segs = (lone,) + tuple(segs[1:])
        elif not segs[0].toks and self.region_start and last is not None and not self.named_region:
            # `$z_1 = w_1x_1 + …$` then `$$= (-0.3)(0.7) + …$$`: the display continues the last chain.
            continued, segs = last[1], (last[0],) + tuple(segs[1:])
            self.continued = continued
        missing = next((i for i, s in enumerate(segs) if not s.toks), None)
        if missing == 0 and len(rels) > 1 and all(s.toks for s in segs[1:]):
            self.after_a_missing_head(segs, rels)
            return
        if missing is not None:
            seg = segs[missing]
            for i, rel in enumerate(rels):
                self.add(segs[i], segs[i + 1], rel, UNVERIFIED, "a relation with nothing on one side", seg.start)
            self.equation = None
            return
        first = next((i for i, r in enumerate(rels) if r in UNCHECKED_RELATIONS), None)
        if first is None:
            self.derivation(segs, rels)
            return
        if first > 0:       # `L = x^2 \propto …`: what comes before is an ordinary chain
            self.derivation(segs[:first + 1], rels[:first])
        self.unchecked_relations(segs[first:], rels[first:])

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
            self.add(segs[0], segs[1], "=", GIVEN, f"the meaning of the dot in a forward sweep, as the tangents "
                                                   f"are read already (v̇ = ∂v/∂{parsed[1].expr.variables[0]})")
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
        binds = lone and moment is None and not claim and not self.solves_equation(head[0], len(rels), parsed[1])
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
        if start == 0 and (claim or approx or self.restates_a_given_value(parsed[0])):
            new_case = self.or_a_new_value(head[0] if claim or approx else segs[0].text, first)
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
        if binds and not carried_from and not wrong_line and wrong_before and head[0] not in self.scope.bindings \
                and provenance.true_value is None and not provenance.wrong_line and not provenance.unchecked_line \
                and worked_from_numbers(parsed[1], segs[1]) and \
                ((numbers_in(parsed[1].expr) | written_numbers(segs[1])) & self.scope.wrong_numbers
                 or isinstance(parsed[1].expr, sp.MatrixBase)):
            # w_1 = 0 - 0.1 × (-6) after a wrong g_0 = … = -6 in the paragraph: the -6 may be that value; a vector
            # worked out from numbers there (𝐰_2 = (0.6 - 0.56, …) after a wrong 𝐯_2 = (5.6, …)) may carry it too
            provenance = dataclasses.replace(provenance, unchecked_line=wrong_before)
        elif binds and not carried_from and not wrong_line and provenance.true_value is None and \
                not provenance.wrong_line and not provenance.unchecked_line and (inferred := self.inferred_unchecked()):
            # `∂ℓ/∂σ^2 = … = 0 \Rightarrow \hat\sigma^2 = \frac{1}{2n}\sum_i (x_i - \bar x)^2`: a result inferred from a
            # step that could not be checked (or was wrong) is no definition to build on
            provenance = dataclasses.replace(provenance, unchecked_line=inferred)
        elif binds and not carried_from and not wrong_line and self.instance_by_hand(head[0], parsed[1]) and \
                provenance.true_value is None and not provenance.wrong_line and not provenance.unchecked_line:
            # z_3 = -0.3122 × (-1) + 0.7811 × 1 with z = w^T x + b defined: z at example 3, worked out by hand
            # (the bias dropped?): its numbers are not checked against what z means
            provenance = dataclasses.replace(provenance, unchecked_line=self.where(segs[0].start)[0])
        elif binds and not carried_from and not wrong_line and provenance.true_value is None and \
                not provenance.wrong_line and not provenance.unchecked_line and self.results[first].verdict == GIVEN \
                and (assigns or self.is_update(head[0], parsed[1])) and self.a_number_of_its_own(parsed[1]):
            # `v_2 ← 0.9(-3) + 1.9` with 1.9 the gradient, which no step gave: an assignment the checker could not
            # check, so what is worked out from v_2 rests on it (it was taken as data: f(𝐰) at it came out `ok`)
            provenance = dataclasses.replace(provenance, unchecked_line=self.where(segs[0].start)[0])
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
        elif claim:
            first_ok = len(self.results) > first and self.results[first].verdict not in (WRONG, CARRIED)
            self.claimed_value(head[0], values[:upto], value_segs[:upto], wrong_line, first_ok, provenance)
        elif self.continued and self.continued in self.scope.bindings:
            self.claimed_value(self.continued, parsed[:upto], segs[:upto], wrong_line, provenance)
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

