"""The step/derivation model: tiny, obvious data structures.

A `Derivation` is a list of `Step`s in the order a person writes the solution.
Each step shows one SymPy expression (usually an `Eq`) with its justification.
What a step shows is what is proved: the displayed relation is always a claim of the
step (read through `reads` where the notation needs it, e.g. ∂L/∂W as SymPy's
per-element derivative at a small size, but always from the displayed sides, so a
changed display fails that step); extra claims may be added (`also`), never substituted. `Derivation.check()`
proves every claim (verify.prove) and runs the numerical checks (verify.gradcheck
and the derivation's own), returning a printable `CheckReport`.
"""
from __future__ import annotations

import contextlib
import dataclasses
import os
import threading
import time
from dataclasses import dataclass
from functools import cached_property
from typing import Callable, Iterable, Mapping

import sympy as sp

from derivations.collector import deriving
from verify import pool
from verify.prove import Request, Verdict, prove_all_later, send
from verify.status import Status, worst

DEFINITION = "definition"
_as_built = threading.local()


@contextlib.contextmanager
def proving_as_built():
    """Derivations made inside the block send each step's claims to the prover's workers as the step is
    added, so they are proved while the rest is derived (`derivations.get`); `check` then awaits them."""
    before = getattr(_as_built, "active", False)
    _as_built.active = True
    try:
        yield
    finally:
        _as_built.active = before


@dataclass(frozen=True)
class Claim:
    """`lhs rel rhs` must hold on the derivation's domain (rel: ==, <, >, <=, >=)."""
    lhs: sp.Basic
    rhs: sp.Basic = sp.S.Zero
    rel: str = "=="
    where: tuple = ()        # extra exact covers for this claim, e.g. ((y, y + m),) for "y < N"


@dataclass(frozen=True, eq=False)
class Step:
    number: int
    expr: sp.Basic                     # what the step says
    rule: str                          # its justification
    claims: tuple[Claim, ...] = ()     # extra claims, besides the displayed relation
    name: str | None = None
    kind: str = "step"                 # "step" | "definition"
    reads: Callable | None = None      # displayed relation -> its claims, where notation needs reading
    where: tuple = ()                  # exact covers for the displayed relation's claim

    @cached_property
    def obligations(self) -> tuple[Claim, ...]:
        """Everything proved for this step: the displayed relation (as read) first, then the extras.
        Read once, while building (a step is immutable), and kept for the check."""
        if self.kind == DEFINITION:
            return ()
        shown = self.reads(self.expr) if self.reads is not None else displayed_claim(self.expr, self.where)
        shown = (shown,) if isinstance(shown, Claim) else tuple(shown)
        return shown + self.claims

    @property
    def lhs(self):
        return self.expr.lhs if isinstance(self.expr, sp.Eq) else None

    @property
    def rhs(self):
        return self.expr.rhs if isinstance(self.expr, sp.Eq) else self.expr

    @property
    def latex(self) -> str:
        from derivations.printing import step_latex
        return step_latex(self.expr)

    def _repr_latex_(self) -> str:
        return f"$\\displaystyle {self.latex}$"

    def __str__(self) -> str:
        from derivations.display import step_block
        return step_block(self)

    __repr__ = __str__


def displayed_claim(expr, where=()) -> Claim:
    """The claim a displayed relation makes: lhs = rhs, or lhs < rhs, ..."""
    if isinstance(expr, sp.Eq):
        return Claim(expr.lhs, expr.rhs, "==", tuple(where))
    if isinstance(expr, sp.core.relational.Relational):
        return Claim(expr.lhs, expr.rhs, expr.rel_op, tuple(where))
    raise TypeError(f"a step shows a relation, not a {type(expr).__name__}")


@dataclass(frozen=True)
class StepResult:
    step: Step
    verdicts: tuple[Verdict, ...]

    @property
    def status(self) -> Status:
        if self.step.kind == DEFINITION:
            return Status.DEFINITION
        return worst((v.status for v in self.verdicts), default=Status.UNKNOWN)   # no claim: nothing proved

    @property
    def ok(self) -> bool:
        return self.status.passes or self.status is Status.DEFINITION

    @property
    def detail(self) -> str:
        if self.step.kind == DEFINITION:
            return "definition"
        if not self.verdicts:
            return "unknown (the step carries no claim, so nothing was proved)"
        bad = [v for v in self.verdicts if v.status is not Status.PROVED]
        return "; ".join(str(v) for v in (bad or self.verdicts[:1]))


@dataclass(frozen=True)
class NumericResult:
    """A numerical check of the derivation's own (e.g. sampling moments, gradient descent). Its name is
    the one the check was registered under (`Derivation.numeric_check`): written once."""
    ok: bool
    detail: str
    error: float | None = None
    name: str = ""


@dataclass(frozen=True)
class CheckReport:
    """What `Derivation.check()` found, for the REPL; `derivations.checked.Checked` is what crosses layers."""
    derivation: "Derivation"
    steps: tuple[StepResult, ...]
    gradients: tuple          # verify.gradcheck.GradientResult
    numeric: tuple[NumericResult, ...]
    seconds: tuple = ()       # (stage, seconds) pairs

    @property
    def ok(self) -> bool:
        return (all(s.ok for s in self.steps) and all(g.ok for g in self.gradients)
                and all(n.ok for n in self.numeric))

    @property
    def failures(self) -> list[str]:
        out = [f"step {s.step.number}: {s.detail}" for s in self.steps if not s.ok]
        out += [f"gradient {g.name}: {g.summary}" for g in self.gradients if not g.ok]
        out += [f"{n.name}: {n.detail}" for n in self.numeric if not n.ok]
        return out

    def __str__(self) -> str:
        from derivations.display import report_text
        return report_text(self)

    __repr__ = __str__

    def _repr_latex_(self) -> str:
        from derivations.display import report_latex
        return report_latex(self)

    def _repr_html_(self) -> str:
        from derivations.display import report_html
        return report_html(self)


@dataclass(frozen=True)
class _Means:
    """The displayed lhs stands for `meaning`: the claim is meaning = the displayed rhs."""
    meaning: sp.Basic

    def __call__(self, expr):
        return Claim(self.meaning, expr.rhs)


@dataclass(frozen=True)
class _ReadsRhs:
    """The claims read from the displayed rhs."""
    read: Callable

    def __call__(self, expr):
        return self.read(expr.rhs)


@dataclass(frozen=True)
class _ShownIn:
    step: int
    at: tuple = ()

    def value(self, d):
        rhs = d[self.step].rhs
        return rhs.subs(dict(self.at)) if self.at else rhs


class Results(Mapping):
    """name -> SymPy value, read-only; printed in the course's notation (∂ℓ/∂ŷ₁, not Derivative(ℓ(…), yhat_1))."""

    def __init__(self, values: dict):
        self._values = dict(values)

    def __getitem__(self, name):
        from derivations.display import course_notation
        return course_notation(self._values[name])

    def __iter__(self):
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __repr__(self) -> str:
        from derivations.printing import step_text
        return "\n".join(f"{name}:\n" + "\n".join("    " + line for line in step_text(value).splitlines())
                         for name, value in self._values.items())

    def _repr_latex_(self) -> str:
        from derivations.printing import step_latex
        rows = r" \\ ".join(rf"\text{{{name.replace('_', ' ')}}} & {step_latex(value)}" for name, value in self.items())
        return f"$$\\begin{{array}}{{rl}} {rows} \\end{{array}}$$"


def _same(a, b) -> bool:
    try:
        return a == b or (isinstance(a, sp.MatrixBase) and isinstance(b, sp.MatrixBase)
                          and sp.ImmutableMatrix(a) == sp.ImmutableMatrix(b))
    except TypeError:
        return False


class Derivation:
    """An ordered list of steps plus named results and numerical checks.

    Steps are numbered from 1 as in the written solution, so ``d[4]`` is step (4).
    """

    def __init__(self, name: str, title: str, statement: str, *, reproduces: str = "",
                 domain: Mapping[sp.Symbol, tuple] | None = None,
                 constraints: tuple[sp.Rel | Callable[[dict], bool], ...] = (),   # see verify.prove.prove_equal
                 reparam: Mapping[sp.Symbol, sp.Basic] | None = None):
        self.name, self.title, self.statement = name, title, statement
        self.reproduces = reproduces          # the course result this is, in words and $…$ math (Prose)
        self.domain = dict(domain or {})
        self.constraints = tuple(constraints)
        self.reparam = dict(reparam or {})     # exact covers of the domain (see verify.prove)
        self.steps: list[Step] = []
        self._results: dict[str, object] = {}    # a value, or a _ShownIn: the rhs a step displays
        self._labels: dict[str, sp.Basic] = {}    # result name -> what it is, in math (see result)
        self.definitions: dict[sp.Basic, sp.Basic] = {}
        self.gradient_checks: list = []       # verify.gradcheck.GradientCheck
        self.numeric_checks: list[tuple[str, Callable[[], NumericResult]]] = []
        self.data: dict = {}                  # extra material for the report (graphs, tables)
        self._checked = None                  # (what was checked, its CheckReport): see check()
        # (step, claim index) -> (Request, future, pool): claims sent as built (proving_as_built), in this process
        self._sent: dict | None = None
        if getattr(_as_built, "active", False) and not pool.runs_here():
            # Claims sent and no longer wanted (the derivation dropped, or checked with other settings) are left
            # to finish, never cancelled: pebble may have handed a "pending" task to a worker already, and
            # cancelling it stops that worker, which by then can hold the next claim, whose future then
            # waits for the wall-clock backstop (pebble issue #153; a CI run lost a step to it).
            self._sent, self._sent_by, self._unsent = {}, os.getpid(), []
        from derivations.printing_rules import positive_on
        # printer settings for this derivation's steps: an even power of 1 − θ keeps the sign it has on the domain
        self.print_settings = {"positive": positive_on(self.domain)}

    # -- building -------------------------------------------------------------
    def _add(self, expr, rule, also, name, kind, reads=None, where=()) -> Step:
        step = Step(len(self.steps) + 1, expr, rule, tuple(also), name, kind, reads, tuple(where))
        step.obligations            # a display that is no relation fails here, while building
        self.steps.append(step)
        if self._sent is not None:
            self._send(step)
        return step

    def _send(self, step: Step) -> None:
        """Send the step's claims to the workers now (see proving_as_built), or as soon as they have started
        (deriving does not wait for them); on any trouble, the claims are sent at check."""
        self._unsent.append(step)
        workers = pool.running()
        if workers is None:
            return
        try:
            for waiting in self._unsent:
                for i, claim in enumerate(waiting.obligations):
                    request = self.request(claim)
                    self._sent[waiting, i] = (request, send(request), workers)
            self._unsent.clear()
        except Exception:
            self._sent = None

    def define(self, symbol, value, rule: str, name: str | None = None) -> sp.Basic:
        """Introduce `symbol := value` (nothing to prove); later claims substitute it."""
        self.definitions[symbol] = value
        self._add(sp.Eq(symbol, value, evaluate=False), rule, (), name, DEFINITION)
        return symbol

    def step(self, lhs, rhs, rule: str, *, name: str | None = None, means=None,
             reads: Callable[[sp.Basic], Claim | Iterable[Claim]] | None = None,
             also: Iterable[Claim] = ()) -> sp.Basic:
        """Show `lhs = rhs` and prove it. Returns rhs.

        means: what the displayed lhs stands for, when it is a name or notation (E[θ | y], δ₂):
          the claim is `means = rhs`. reads: the claims `rhs` makes, read from the displayed rhs
          (e.g. written out at a small size). also: further claims proved with it.
        """
        if means is not None and reads is not None:
            raise TypeError("give `means` or `reads`, not both")
        reader = None
        if means is not None:
            reader = _Means(means)
        elif reads is not None:
            reader = _ReadsRhs(reads)
        self._add(sp.Eq(lhs, rhs, evaluate=False), rule, also, name, "step", reader)
        return rhs

    def fact(self, relation, rule: str, *, where=(), reads=None, also: Iterable[Claim] = (),
             name: str | None = None) -> sp.Basic:
        """Show a relation that is not an equation (an inequality, a condition) and prove it;
        `where` adds exact covers of the domain, `reads` reads the displayed relation's names."""
        self._add(relation, rule, also, name, "step", reads, where)
        return relation

    def result(self, name: str, value=None, *, shown_in: int | None = None, at: Mapping | None = None,
               label=None):
        """Name a result: `value`, or the rhs step `shown_in` displays (with `at` substituted).

        A result read from a step follows what the step shows, so it cannot drift from what was proved.
        `name` is for code (d.results["posterior_mean"]); `label` (SymPy) is what the report writes
        before it (E[θ | y]); without one, the lhs of the step that shows this value.
        """
        if (value is None) == (shown_in is None):
            raise TypeError("give a value or the step it is shown in")
        self._results[name] = value if shown_in is None else _ShownIn(shown_in, tuple((at or {}).items()))
        if label is not None:
            self._labels[name] = label
        return self.results[name]

    def result_label(self, name: str):
        """What result `name` is, in math: its label, else the lhs of the (last) step showing its value."""
        if name in self._labels:
            return self._labels[name]
        stored = self._results[name]
        if isinstance(stored, _ShownIn) and not stored.at:
            return self[stored.step].lhs
        value = self.results[name]
        shown = [s.lhs for s in self.steps if s.lhs is not None and s.kind != DEFINITION and _same(s.rhs, value)]
        return shown[-1] if shown else None

    @property
    def results(self) -> Mapping:
        """name -> value, read-only (set one with `result`): a result shown in a step is read from it now."""
        return Results({name: v.value(self) if isinstance(v, _ShownIn) else v for name, v in self._results.items()})

    def numeric_check(self, name: str):
        """Decorator registering a numerical check returning a NumericResult."""
        def register(fn):
            self.numeric_checks.append((name, fn))
            return fn
        return register

    # -- inspecting -------------------------------------------------------------
    def __getitem__(self, number: int) -> Step:
        """Step `number`, counted from 1 as in the written solution: d[1] is the first step, d[len(d)]
        the last; negative numbers count from the end as in Python (d[-1] is the last). d[0] is no step.
        A slice takes step numbers the same way, the end left out as in Python: d[2:5] is steps 2, 3, 4."""
        if isinstance(number, slice):
            at = lambda k: None if k is None else self._position(k, allow_end=True)  # noqa: E731
            return tuple(self.steps[at(number.start):at(number.stop):number.step])
        return self.steps[self._position(number)]

    def _position(self, number, allow_end=False) -> int:
        """The 0-based position of step `number` (counted from 1; negatives from the end); a slice may end one past."""
        n = len(self.steps)
        if isinstance(number, bool) or not isinstance(number, int) or not (
                1 <= number <= n + allow_end or -n <= number <= -1):
            raise IndexError(f"{self.name} has steps 1..{n} (numbered as in the solution; -1 is the last)")
        return number - 1 if number > 0 else number

    def __len__(self) -> int:
        return len(self.steps)

    def __iter__(self):
        return iter(self.steps)

    def __repr__(self) -> str:
        from derivations.display import derivation_text
        return derivation_text(self)

    def _repr_latex_(self) -> str:
        from derivations.display import derivation_latex
        return derivation_latex(self)

    def _repr_html_(self) -> str:
        from derivations.display import derivation_html
        return derivation_html(self)

    # -- checking -------------------------------------------------------------
    def expand_definitions(self, expr):
        """Substitute defined symbols until none is left (definitions may nest)."""
        if isinstance(expr, sp.MatrixBase):
            expr = sp.ImmutableMatrix(expr)     # a mutable Matrix is no Basic: xreplace would not reach its entries
        for _ in range(len(self.definitions) + 1):
            new = expr.xreplace(self.definitions) if isinstance(expr, sp.Basic) else expr
            if new == expr:
                break
            expr = new
        return expr

    def request(self, claim: Claim, settings=None) -> Request:
        """What the prover is asked for a claim: definitions expanded, on the derivation's domain."""
        return Request.of(self.expand_definitions(claim.lhs), self.expand_definitions(claim.rhs), claim.rel,
                          domain=self.domain, constraints=self.constraints, settings=settings,
                          reparam={**self.reparam, **dict(claim.where)})

    def prove_steps(self, steps, settings=None) -> list[StepResult]:
        """Every claim of `steps` decided side by side on the prover's workers (verify.prove.prove_all)."""
        return self.prove_steps_later(steps, settings)()

    def prove_steps_later(self, steps, settings=None) -> Callable[[], list[StepResult]]:
        """`prove_steps` with the claims sent to the workers now; the returned function awaits the verdicts."""
        steps = list(steps)
        obligations = [s.obligations for s in steps]
        keys = [(s, i) for s, claims in zip(steps, obligations) for i in range(len(claims))]
        requests = [self.request(s.obligations[i], settings) for s, i in keys]
        awaited = prove_all_later(requests, [self._sent_earlier(key, r) for key, r in zip(keys, requests)])

        def results():
            verdicts = iter(awaited())
            return [StepResult(s, tuple(next(verdicts) for _ in claims)) for s, claims in zip(steps, obligations)]
        return results

    def _sent_earlier(self, key, request):
        """The future of the same request sent as the step was built, if there is one (and it is this process's).
        One for another request (other settings, a changed definition) is dropped and the claim sent again."""
        if self._sent is None or self._sent_by != os.getpid() or key not in self._sent:
            return None
        sent, future, workers = self._sent[key]
        if sent == request and workers is pool.running() and not future.cancelled():
            return future
        self._sent.pop(key)
        return None

    def prove_step(self, step: Step, settings=None) -> StepResult:
        return self.prove_steps([step], settings)[0]

    def check(self, *, steps=True, gradients=True, numeric=True, settings=None) -> CheckReport:
        """Prove every step and run the checks. Asked again with the same steps and checks, the
        report is the one already made (keyed on the step and check objects themselves, so a
        replaced step or check is checked afresh)."""
        key = (tuple(self.steps), tuple(self.gradient_checks), tuple(fn for _, fn in self.numeric_checks),
               steps, gradients, numeric, repr(settings))
        if self._checked is not None and self._checked[0] == key:
            return self._checked[1]
        with deriving():
            report = self._check(steps, gradients, numeric, settings)
        self._checked = (key, report)
        return report

    def _check(self, steps, gradients, numeric, settings) -> CheckReport:
        # The workers prove the steps (the claims sent while building are already on their way) while this
        # process runs the numeric checks (torch); then the verdicts.
        seconds = {"prove": 0.0, "check": 0.0}
        t0 = time.perf_counter()
        proved = self.prove_steps_later(self.steps, settings) if steps else list
        t1 = time.perf_counter()
        grads = [g.run() for g in self.gradient_checks] if gradients else []
        num = []
        if numeric:
            for name, fn in self.numeric_checks:
                try:
                    num.append(dataclasses.replace(fn(), name=name))
                except Exception as exc:  # a crashing check is a failed check, with why
                    num.append(NumericResult(False, f"raised {type(exc).__name__}: {exc}", name=name))
        seconds["check"] = time.perf_counter() - t1
        step_results = proved()
        seconds["prove"] = time.perf_counter() - t0     # from sending the claims to the last verdict
        return CheckReport(self, tuple(step_results), tuple(grads), tuple(num), tuple(seconds.items()))
