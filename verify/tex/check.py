"""The pipeline for one file: scan -> chains -> parse -> resolve -> check -> StepResult."""
from __future__ import annotations

import dataclasses
import itertools
import pickle

import sympy as sp

from verify import pool
from verify.tex import conventions, directives
from verify.tex.bindings import Scope
from verify.tex.carried_values import CarriedValues, WrongSources
from verify.tex.chain_forms import ChainForms
from verify.tex.chain_reading import ChainReading
from verify.tex.chains import Chain, ChainError
from verify.tex.columns import SweepColumn
from verify.tex.relations import UNCHECKED_RELATIONS
from verify.tex.dual_numbers import DualNumbers
from verify.tex.equation_runs import EquationRuns
from verify.tex.extract import Directive
from verify.tex.given_tuples import GivenTuples
from verify.tex.index_claims import IndexClaims
from verify.tex.items import FileStart, NewPart, RegionStart, ScanProblem, item_steps
from verify.tex.iterates import UpdateRules
from verify.tex.limits import STEP_SECONDS, StepTimeout, step_deadline
from verify.tex.meaning import MeaningRules
from verify.tex.named_laws import finite_law
from verify.tex.objectives import NamedObjectives
from verify.tex.other_readings import OtherReadings
from verify.tex.parts import PartRules
from verify.tex.posterior_laws import PosteriorLaws
from verify.tex.prose_facts import Counts, DataList, DataPoints, Independent, Introduced, Table
from verify.tex.readable import readable
from verify.tex.results import CARRIED, SKIPPED, UNVERIFIED, WRONG, FileResult, StepResult
from verify.tex.run_state import BatchReply, _keep, _Results, _resume
from verify.tex.statements import Statements
from verify.tex.step_checks import StepChecks
from verify.tex.systems import LinearSystems
from verify.tex.updates import GradientSteps
from verify.tex.where_claimed import WhereClaimed
from verify.tex.written_values import WrittenValues


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


class _Run(ChainReading, PosteriorLaws, NamedObjectives, UpdateRules, StepChecks, Statements, WhereClaimed, IndexClaims, GradientSteps,
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
        self.adjacent = False           # no prose at all between this region and the last
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
        elif isinstance(item, Introduced):
            # "random variables $X$, $Y$" named afresh: what the prose said of an earlier X and Y is not said of these
            pairs = {frozenset(p) for p in itertools.combinations(item.names, 2)} & self.scope.prose_independent
            self.scope.independent = self.scope.independent - pairs
            self.scope.prose_independent = self.scope.prose_independent - pairs
        elif isinstance(item, FileStart):
            self.scope.macros, self.scope.bits, self.scope.thousands = item.macros, item.bits, item.thousands
            self.scope.sizes = item.sizes
        elif isinstance(item, NewPart):
            self.scope.section += 1          # a new section or problem: names may be defined afresh
            self.scope.second_meanings = {}
            self.scope.pointed = set()
            if not item.item:
                # x̄ as the mean of the data given in a part (scope.mean_of_data): a later problem's x̄ is its own
                for name in [n for n, b in self.scope.bindings.items() if b.of_data]:
                    del self.scope.bindings[name]
                self.scope.independent = self.scope.independent - self.scope.prose_independent
                self.scope.prose_independent = frozenset()
                self.scope.facts, self.scope.stem_facts = [], None
                self.scope.unread_functions = {}        # (a new problem's f may be any function again)
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
            self.adjacent = item.adjacent
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
        elif isinstance(item, SweepColumn):
            conventions.new_sweep(self.scope)       # the next seed's column of a forward-mode trace
            self.last = None
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
