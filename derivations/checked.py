"""A derivation once checked: the one frozen, picklable value the report, its templates and the runs receive.

`check(derivation)` proves the steps and runs the numeric checks, then keeps what the later layers
need and nothing of the building machinery (no lambdas, no Derivation): each step's LaTeX, printed
once here, and its Status and verdicts; the results as SymPy objects and their LaTeX; the gradient
and numeric check results; the seeds; the data the report draws (graph, trace). NumPy functions are
lambdified from the results on first use and kept for the life of the process (not pickled).
"""
from __future__ import annotations

import sys
import traceback
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable

from verify.status import Status


class Latex(str):
    """Math-mode LaTeX printed by derivations.printing from a SymPy object: the only LaTeX the
    report accepts as math without escaping (its type says where it came from)."""


@dataclass(frozen=True)
class CheckedStep:
    number: int
    kind: str                    # "step" | "definition"
    rule: str
    latex: Latex
    status: Status
    detail: str
    verdicts: tuple = ()         # verify.prove.Verdict

    @property
    def ok(self) -> bool:
        return self.status.passes or self.status is Status.DEFINITION


@dataclass(frozen=True)
class Result:
    name: str                    # for code: checked.result("posterior_mean")
    value: object                # a SymPy object (or a tuple of them)
    latex: Latex
    label: Latex | None = None   # what it is, in math (E[θ | y]): the report's name for it


@dataclass(frozen=True)
class Seed:
    check: str
    seed: int
    draws: int


@dataclass(frozen=True)
class Number:
    """An exact number for the report: as SymPy writes it, its decimal expansion, and a float."""
    exact: str
    decimal: str
    float: float


@dataclass(frozen=True)
class GraphNode:
    id: str
    label: Latex
    value: Number
    grad: Number | None          # dE/d(node); None for the constant 1


@dataclass(frozen=True)
class GraphEdge:
    src: str
    dst: str
    label: Latex
    local: Number                # ∂dst/∂src at the point
    param: str | None = None     # the weight the edge carries, if any
    grad: Number | None = None   # dE/dw for a weight edge
    weight: Number | None = None
    updated: Number | None = None


@dataclass(frozen=True)
class Graph:
    """A computation graph with its forward values and gradients, for the report to draw."""
    nodes: tuple[GraphNode, ...]
    edges: tuple[GraphEdge, ...]


@dataclass(frozen=True)
class TraceLine:
    """One line of a forward-mode evaluation trace at a point: vᵢ = φᵢ(...), its tangent rule and values."""
    line: str
    operation: str
    tangent_rule: str
    value: Number
    tangent: Number


@dataclass(frozen=True)
class CheckRow:
    """One line of the report's table of every check."""
    what: str
    status: Status


@dataclass(frozen=True)
class Checked:
    name: str
    title: str
    statement: str = ""
    reproduces: str = ""         # the course result the derivation reproduces (Prose)
    steps: tuple[CheckedStep, ...] = ()
    results: tuple[Result, ...] = ()
    gradients: tuple = ()        # verify.gradcheck.GradientResult
    numeric: tuple = ()          # derivations.model.NumericResult
    seeds: tuple[Seed, ...] = ()
    data: tuple = ()             # (key, value) pairs: the graph, the trace, the matrix chain ...
    seconds: tuple = ()          # (stage, seconds) pairs
    error: str | None = None     # the derivation could not be imported or checked
    source: str = ""             # hash of the derivations/verify code it was made with (see sources_digest)
    _compiled: dict = field(default_factory=dict, compare=False, repr=False)   # lambdified, per process

    @property
    def ok(self) -> bool:
        return (self.error is None and all(s.ok for s in self.steps) and all(g.ok for g in self.gradients)
                and all(n.ok for n in self.numeric))

    @property
    def failures(self) -> list[str]:
        out = [self.error] if self.error else []
        out += [f"step {s.number}: {s.detail}" for s in self.steps if not s.ok]
        out += [f"gradient {g.name}: {g.summary}" for g in self.gradients if not g.ok]
        out += [f"{n.name}: {n.detail}" for n in self.numeric if not n.ok]
        return out

    @property
    def checks(self) -> tuple[CheckRow, ...]:
        """Every check as one row: the appendix table and the count on the title page."""
        rows = [CheckRow(self.error, Status.FAILED)] if self.error else []
        from derivations.prose import Prose
        rows += [CheckRow(Prose(f"step {s.number}: {s.rule}"), s.status) for s in self.steps if s.kind != "definition"]
        rows += [CheckRow(Prose(f"gradient: {g.name}"), Status.PASSED if g.ok else Status.FAILED) for g in self.gradients]
        rows += [CheckRow(Prose(f"numerical: {n.name}"), Status.PASSED if n.ok else Status.FAILED) for n in self.numeric]
        return tuple(rows)

    def result(self, name: str):
        """A result's SymPy value by name; KeyError names the ones there are."""
        for r in self.results:
            if r.name == name:
                return r.value
        raise KeyError(f"{self.name} has no result {name!r}; it has {', '.join(r.name for r in self.results)}")

    def datum(self, key: str):
        for k, v in self.data:
            if k == key:
                return v
        raise KeyError(f"{self.name} has no data {key!r}")

    def function(self, name: str, args: tuple, modules="numpy") -> Callable:
        """Result `name` as a NumPy function of `args` (SymPy symbols), lambdified once per process."""
        from verify.prove import lambdify_safe
        return self.compiled(("function", name, args, modules), lambda: lambdify_safe(args, self.result(name), modules))

    def compiled(self, key, make: Callable[[], object]):
        """make(), once per process and key: for NumPy code built from this result (not pickled)."""
        if key not in self._compiled:
            self._compiled[key] = make()
        return self._compiled[key]

    def require(self) -> "Checked":
        """This result if every check passed; a run built on a failed derivation raises here."""
        if not self.ok:
            raise DerivationFailed(f"{self.name} did not pass its checks: " + "; ".join(self.failures[:3]))
        return self

    def __getstate__(self):
        state = dict(self.__dict__)
        state["_compiled"] = {}      # generated code does not pickle; it is rebuilt on first use
        return state

    def __setstate__(self, state):
        for k, v in state.items():
            object.__setattr__(self, k, v)


class DerivationFailed(RuntimeError):
    """A run or report part needs a derivation that is missing or did not pass its checks."""


def check(derivation, report=None) -> Checked:
    """`derivation.check()` (or the given report of it) as a Checked."""
    from derivations.printing import step_latex
    report = derivation.check() if report is None else report
    from derivations.prose import Prose
    latex = lambda e: Latex(step_latex(e, **derivation.print_settings))   # noqa: E731
    steps = tuple(CheckedStep(r.step.number, r.step.kind, Prose(r.step.rule), latex(r.step.expr), r.status,
                              r.detail, tuple(r.verdicts)) for r in report.steps)
    results = tuple(Result(name, value, latex(value), _label(derivation, name))
                    for name, value in derivation.results.items())
    seeds = tuple(Seed(Prose(c.name), c.seed, c.draws) for c in derivation.gradient_checks)
    # check names are written in the derivation modules, so they may carry $…$ math (d/dx Σ tanh x)
    gradients = tuple(replace(g, name=Prose(g.name)) for g in report.gradients)
    numeric = tuple(replace(n, name=Prose(n.name), detail=Prose(n.detail)) for n in report.numeric)
    return Checked(derivation.name, derivation.title, Prose(derivation.statement), Prose(derivation.reproduces),
                   steps, results, gradients, numeric, seeds, tuple(derivation.data.items()),
                   tuple((k, round(float(v), 3)) for k, v in report.seconds),
                   source=sources_digest(_module_of(derivation)))


def _label(derivation, name) -> Latex | None:
    from derivations.printing import step_latex
    label = derivation.result_label(name)
    return None if label is None else Latex(step_latex(label, **derivation.print_settings))


def _module_of(derivation) -> str:
    from derivations import REGISTRY
    return REGISTRY[derivation.name][0] if derivation.name in REGISTRY else ""


PACKAGES = ("derivations", "verify")


def sources_digest(own_module: str = "") -> str:
    """Hash of the source of every derivations/verify module loaded now, i.e. the code that built and
    checked a result (the model, matrices.py, the prover and its lambdify helper, ...): a cache keyed
    on it is recomputed when any of them is edited. Other derivations loaded in the same process
    are left out (a derivation module imports no sibling; shared code lives in model, matrices, ...)."""
    import hashlib

    from derivations import REGISTRY
    siblings = {module for module, _ in REGISTRY.values()} - {own_module}
    h = hashlib.sha256()
    for name in sorted(sys.modules):
        module = sys.modules[name]
        path = getattr(module, "__file__", None)
        if name.split(".")[0] in PACKAGES and path and name not in siblings:
            h.update(name.encode() + b"\0" + Path(path).read_bytes() + b"\0")
    return h.hexdigest()


def failed(name: str, title: str, stage: str, exc: BaseException) -> Checked:
    """A derivation that could not be imported or checked: a failed section, not a crash."""
    last = traceback.format_exception_only(type(exc), exc)[-1].strip()
    return Checked(name, title, error=f"{stage} failed: {last}")


def get(name: str) -> Checked:
    """Build and check the named derivation; an import or check that raises gives a failed Checked."""
    import derivations
    try:
        d = derivations.get(name)
    except KeyError:
        raise
    except Exception as exc:     # a derivation being written may not import yet
        return failed(name, name, "import", exc)
    try:
        return check(d)
    except Exception as exc:
        return failed(name, d.title, "check", exc)

