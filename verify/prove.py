"""Prove that two SymPy expressions are equal (or that a relation holds).

The ladder: cheap symbolic strategies first, each under a time budget; when they
are inconclusive, evaluate both sides at many random points of the domain in
high precision (mpmath). A mismatch is a counterexample; agreement everywhere is
"verified" (numerically), never "proved". When neither route can decide, the
verdict is "unknown" -- which never counts as a pass.
"""
from __future__ import annotations

import dataclasses
import functools
import random
import time
from dataclasses import dataclass
from typing import Callable, Iterable, Mapping

import mpmath
import sympy as sp

from verify import pool
from verify.deadline import Timeout, deadline
from verify.status import Status

# Kept importable for code written before the enum.
PROVED, VERIFIED, FAILED, UNKNOWN = Status.PROVED, Status.VERIFIED, Status.FAILED, Status.UNKNOWN
PASSING = (PROVED, VERIFIED)

# One settings dict, as SymPy's printers do.
DEFAULTS = {
    "budget": 2.0,          # seconds per symbolic strategy
    "points": 24,           # random points for the numeric route
    "dps": 30,              # mpmath working precision (digits)
    "rtol": 1e-20,          # relative tolerance at that precision
    "seed": 20261122,
    "range": (-3.0, 3.0),   # default interval for a real symbol
    "symbolic": True,       # False: the numeric route only (tests use it to see that route decide)
    "cap": 60.0,            # CPU seconds for the whole claim, enforced from outside (verify.pool): then unknown
}


@dataclass(frozen=True)
class Verdict:
    status: Status                   # PROVED | VERIFIED | FAILED | UNKNOWN
    method: str = ""                 # which strategy decided it
    points: int = 0                  # numeric points tested
    max_dev: float | None = None     # max relative deviation seen
    counterexample: Mapping | None = None  # {"point": {...}, "lhs": v, "rhs": v}
    reason: str = ""                 # why unknown / failed
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.status.passes

    @property
    def text(self) -> str:
        return str(self)

    def __str__(self) -> str:
        if self.status == PROVED:
            return f"proved ({self.method})"
        if self.status == VERIFIED:
            return f"verified numerically ({self.points} points, max rel dev {self.max_dev:.1e})"
        if self.status == FAILED:
            if self.counterexample:
                ce = self.counterexample
                pt = ", ".join(f"{k}={_fmt(v)}" for k, v in ce["point"].items())
                where = f" in element {ce['element']}" if "element" in ce else ""   # which entry of a matrix claim
                how = f" ({self.reason})" if self.reason else ""     # e.g. the concrete functions used
                return f"FAILED{where} at {pt or 'every point'}: lhs={_fmt(ce['lhs'])}, rhs={_fmt(ce['rhs'])}{how}"
            return f"FAILED ({self.reason})"
        return f"unknown ({self.reason})"


def _fmt(v) -> str:
    try:
        return mpmath.nstr(v, 8)
    except Exception:
        return str(v)


class _Timeout(Timeout):
    """A strategy ran out of its budget."""


def time_limit(seconds: float):
    """Interrupt SymPy after `seconds` (see verify.deadline; only in a pool worker's main thread)."""
    return deadline(seconds, _Timeout)


# Each strategy maps the difference lhs - rhs to something that is 0 when it succeeds.
STRATEGIES: list[tuple[str, Callable[[sp.Expr], sp.Expr]]] = [
    ("structural", lambda d: d),
    # Limits, sums and products first when present (the other strategies only churn on them);
    # integrals are left to quadrature: symbolic integration rarely fits a budget.
    ("doit", lambda d: sp.cancel(d.doit(integrals=False)) if d.has(sp.Limit, sp.Sum, sp.Product) else d),
    ("expand", sp.expand),
    ("cancel", sp.cancel),
    ("together", lambda d: sp.cancel(sp.together(d))),
    ("rewrite(exp)", lambda d: sp.cancel(sp.expand(d.rewrite(sp.exp)))),
    ("expand_log", lambda d: sp.expand(sp.expand_log(d, force=False))),
    ("trigsimp", sp.trigsimp),
    ("gammasimp", lambda d: sp.gammasimp(d.rewrite(sp.gamma))),
    ("simplify", lambda d: d if d.has(sp.Integral) else sp.simplify(d)),
]
# The costly strategies whose functions occur in the claim are tried before the others (only the
# order changes: a claim about B(a, b) reaches gammasimp without first going through trigsimp).
_TRIG = (sp.functions.elementary.trigonometric.TrigonometricFunction,
         sp.functions.elementary.hyperbolic.HyperbolicFunction)
RELEVANT = {"rewrite(exp)": _TRIG, "expand_log": (sp.log,), "trigsimp": _TRIG,
            "gammasimp": (sp.gamma, sp.beta, sp.factorial, sp.binomial, sp.RisingFactorial, sp.FallingFactorial)}


def as_sympy(value):
    """SymPy object from a SymPy object or a Python number; never parses text."""
    if isinstance(value, (sp.Basic, sp.MatrixBase)):
        return value
    if isinstance(value, bool):
        raise TypeError("a truth value is not an expression")
    if isinstance(value, int):
        return sp.Integer(value)
    if isinstance(value, float):
        return sp.Float(value)
    raise TypeError(f"expected a SymPy expression or a number, got {type(value).__name__}")


def _evaluated(e):
    """Carry out unevaluated derivatives (cheap and exact) so both sides are comparable.

    Integrals, limits and sums stay as they are: the "doit" strategy tries them under
    the time budget, and the numeric route evaluates them with mpmath (quad, ...).
    """
    if isinstance(e, sp.Basic) and e.has(sp.Derivative):
        return e.replace(lambda n: isinstance(n, sp.Derivative), lambda n: n.doit())
    return e


def _as_matrix(e):
    if isinstance(e, sp.MatrixBase):
        return sp.Matrix(e)
    if isinstance(e, sp.MatrixExpr):
        return sp.Matrix(e.as_explicit())
    return None


def covering_substitution(domain: Mapping | None, reparam: Mapping | None = None) -> dict:
    """Substitutions that cover the domain exactly, so SymPy's assumptions can see it.

    An open interval (a, b) is the image of s > 0 under a + (b - a) s / (1 + s), so an
    identity proved after substituting that holds on all of (a, b). `reparam` adds the
    derivation's own exact covers (e.g. N = y + m with m a positive integer, for N > y).
    """
    subs = {}
    for symbol, (low, high) in (domain or {}).items():
        s = sp.Dummy(f"{symbol}_cover", positive=True)
        subs[symbol] = low + (high - low) * s / (1 + s)
    subs.update(reparam or {})
    return subs


CHEAP = 4   # structural, doit, expand, cancel: tried on every candidate form before the rest (cancel covers
            # most of what together + cancel would prove)


def _symbolic(candidates, budget):
    """Each strategy on each candidate form of lhs - rhs: the cheap ones on every form first.

    candidates: [(make_form, suffix)]; a form is made when a strategy first needs it, so the
    covered-domain form costs nothing for a claim a cheap strategy proves on the plain form.
    """
    forms = {}

    def form(i):
        if i not in forms:
            try:
                forms[i] = candidates[i][0]()
            except Exception:       # e.g. a substitution SymPy cannot carry out: no such form
                forms[i] = None
        return forms[i]

    def attempts():
        """The cheap strategies on every form, then the costly ones, the relevant ones first."""
        for i in range(len(candidates)):
            for strategy in STRATEGIES[:CHEAP]:
                yield strategy, i
        for i in range(len(candidates)):
            if form(i) is not None:
                relevant = lambda s: s[0] in RELEVANT and form(i).has(*RELEVANT[s[0]])   # noqa: E731
                for strategy in sorted(STRATEGIES[CHEAP:], key=lambda s: not relevant(s)):
                    yield strategy, i

    for (name, strategy), i in attempts():
        if form(i) is None:
            continue
        try:
            with time_limit(budget):
                reduced = strategy(form(i))
        except _Timeout:
            continue
        except Exception:  # a strategy that cannot handle the expression is just inconclusive
            continue
        if reduced == 0:
            return name + candidates[i][1]
    return None


@dataclass(frozen=True)
class Request:
    """One claim to decide: prove_equal(*args, **options) or prove_relation(*args, **options)."""
    relation: str                    # "==" or one of < > <= >=
    args: tuple                      # (lhs, rhs) or (expr,)
    options: Mapping                 # domain, constraints, settings, reparam

    @classmethod
    def of(cls, lhs, rhs, relation: str = "==", **options) -> "Request":
        """lhs relation rhs (an inequality is decided as lhs - rhs relation 0)."""
        if relation == "==":
            return cls("==", (as_sympy(lhs), as_sympy(rhs)), options)
        return cls(relation, (as_sympy(lhs) - as_sympy(rhs),), options)

    def work(self):
        opts = dict(self.options, constraints=tuple(self.options.get("constraints", ())))
        if self.relation == "==":
            return functools.partial(_prove_equal, **opts)
        return functools.partial(_prove_relation, relation=self.relation, **opts)


def prove_all(requests) -> list[Verdict]:
    """Decide several claims side by side on the pool's workers, each under the hard cap
    (settings["cap"] seconds of CPU, the pool's memory cap); in a worker (the hand checker), here,
    one after the other. A claim a cap stopped is unknown, never a pass."""
    return prove_all_later(requests)()


def prove_all_later(requests, sent=()) -> Callable[[], list[Verdict]]:
    """`prove_all`, with the claims handed to the workers now and their verdicts awaited when the
    returned function is called: the caller works on meanwhile (Derivation.check runs its numeric checks).
    sent: for each request, what `send` gave for that same request earlier (or None: it is sent now)."""
    requests = list(requests)
    if pool.runs_here():
        return lambda: [r.work()(*r.args) for r in requests]
    t0 = time.perf_counter()
    sent = list(sent) + [None] * (len(requests) - len(sent))
    futures = [send(r) if early is None else early for r, early in zip(requests, sent)]
    return lambda: _verdicts(futures, requests, t0)


def _cap(request) -> float:
    return {**DEFAULTS, **(request.options.get("settings") or {})}["cap"]


def send(request: Request):
    """Hand one claim to the workers now (under its hard cap): a future for `prove_all_later(sent=)`."""
    return pool.submit(request.work(), *request.args, seconds=_cap(request))


def _outcome(future, request):
    try:
        return pool.outcome(future, _cap(request))
    except Timeout as exc:      # a soft budget that escaped the ladder: undecided, never a pass
        return pool.Capped(pool.Cap.TIME, f"time budget ran out ({type(exc).__name__})")


def _verdicts(futures, requests, t0) -> list[Verdict]:
    verdicts = []
    for future, request in zip(futures, requests):
        got = _outcome(future, request)
        # A worker that died or never finished within the wall-clock backstop, with CPU time to spare, did
        # not fail on this claim: its worker was lost (a crash, or pebble's race when another task's worker
        # is stopped). Once more on a fresh worker; a claim that is itself the trouble is capped again.
        if isinstance(got, pool.Capped) and (got.backstop or got.cap is pool.Cap.DIED):
            got = _outcome(send(request), request)
        verdicts.append(Verdict(UNKNOWN, reason=got.reason, seconds=time.perf_counter() - t0)
                        if isinstance(got, pool.Capped) else got)
    return verdicts


def _holds(constraint, point) -> bool:
    """A sampling constraint at a numeric point: a SymPy relation such as ``y <= N`` (no constraint
    when the point lacks one of its symbols), or a predicate on the point."""
    if isinstance(constraint, sp.core.relational.Relational):
        if not constraint.free_symbols <= point.keys():
            return True
        values = {s: sp.Float(v, mpmath.mp.dps) if isinstance(v, mpmath.mpf) else sp.Integer(v)
                  for s, v in point.items()}
        return bool(constraint.xreplace(values))
    return bool(constraint(point))


def prove_equal(lhs, rhs, *, domain: Mapping | None = None,
                constraints: Iterable[Callable[[dict], bool] | sp.Rel] = (),
                settings: Mapping | None = None, reparam: Mapping | None = None) -> Verdict:
    """Decide whether lhs == rhs for every point of the domain (in a pool worker, under its caps).

    domain: {symbol: (low, high)} numeric sampling intervals (symbols not listed
      are drawn from their assumptions: positive -> (0.05, 5), integer -> 1..20, ...).
    constraints: SymPy relations (``y <= N``) or picklable predicates on a numeric point
      {symbol: value}; points failing them are rejected.
    """
    return prove_all([Request.of(lhs, rhs, domain=domain, constraints=constraints, settings=settings,
                                 reparam=reparam)])[0]


def _prove_equal(lhs, rhs, *, domain=None, constraints=(), settings=None, reparam=None) -> Verdict:
    opts = {**DEFAULTS, **(settings or {})}
    t0 = time.perf_counter()
    lhs, rhs = as_sympy(lhs), as_sympy(rhs)
    lhs, rhs = _evaluated(lhs), _evaluated(rhs)
    lm, rm = _as_matrix(lhs), _as_matrix(rhs)
    if lm is not None or rm is not None:
        if lm is None or rm is None or lm.shape != rm.shape:
            return Verdict(FAILED, "shape", reason=f"shapes differ: {getattr(lhs, 'shape', ())} vs {getattr(rhs, 'shape', ())}",
                           seconds=time.perf_counter() - t0)
        verdicts = [_prove_equal(a, b, domain=domain, constraints=constraints, settings=settings, reparam=reparam)
                    for a, b in zip(lm, rm)]
        return _combine(verdicts, t0, lm.shape)
    diff = lhs - rhs
    candidates = [(lambda: diff, "")]
    cover = covering_substitution(domain, reparam)
    if cover and diff.free_symbols & set(cover):
        candidates.append((lambda: diff.subs(cover), " on the covered domain"))
    name = _symbolic(candidates, opts["budget"]) if opts["symbolic"] else None
    if name is not None:
        return Verdict(PROVED, name, seconds=time.perf_counter() - t0)
    return _numeric(lhs, rhs, domain or {}, tuple(constraints), opts, t0)


def _combine(verdicts, t0, shape):
    worst_i = min(range(len(verdicts)), key=lambda i: verdicts[i].status.rank)
    worst = verdicts[worst_i]
    idx = divmod(worst_i, shape[1])
    methods = sorted({v.method for v in verdicts if v.method})
    if worst.status == PROVED:
        return Verdict(PROVED, "elementwise: " + ", ".join(methods), seconds=time.perf_counter() - t0)
    reason = f"element {idx}: {worst.reason}" if worst.reason else ""
    ce = dict(worst.counterexample, element=idx) if worst.counterexample else None
    devs = [v.max_dev for v in verdicts if v.max_dev is not None]
    return Verdict(worst.status, "elementwise", points=max(v.points for v in verdicts),
                   max_dev=max(devs) if devs else None, counterexample=ce, reason=reason,
                   seconds=time.perf_counter() - t0)


def sampler_for(symbol: sp.Symbol, domain: Mapping, rng: random.Random, default=(-3.0, 3.0)):
    """A draw for one symbol, from the explicit domain or from its assumptions."""
    if symbol in domain:
        low, high = domain[symbol]
    elif symbol.is_integer:
        low, high = (1, 20) if symbol.is_positive else (0, 20) if symbol.is_nonnegative else (-10, 10)
        return rng.randint(low, high)
    elif symbol.is_positive:
        low, high = 0.05, 5.0
    elif symbol.is_nonnegative:
        low, high = 0.0, 5.0
    elif symbol.is_negative:
        low, high = -5.0, -0.05
    else:
        low, high = default
    if symbol.is_integer and isinstance(low, int) and isinstance(high, int):
        return rng.randint(low, high)       # a real symbol on (0, 1) is drawn from the reals, not {0, 1}
    return mpmath.mpf(rng.uniform(float(low), float(high)))


def lambdify_safe(symbols, expr, modules="mpmath"):
    """lambdify with the arguments renamed _arg0, _arg1, ...

    lambdify prints names into Python source: a symbol named after a function (beta,
    gamma) shadows it, and a crafted name would be code. Fresh names avoid both. (Dummy
    arguments would too, but lambdify then re-dummifies every argument, rebuilding the
    expression once per argument.)
    """
    taken = {str(s) for s in getattr(expr, "free_symbols", ())}
    prefix = "_arg"
    while any(name.startswith(prefix) for name in taken):
        prefix = "_" + prefix
    safe = [sp.Symbol(f"{prefix}{i}") for i in range(len(symbols))]
    return sp.lambdify(safe, expr.xreplace(dict(zip(symbols, safe))), modules=modules,
                       docstring_limit=0)   # the docstring would print the whole expression: slow when large


EVALUATION_BUDGET = 2.0    # seconds to carry out limits or put in concrete functions: usually ~0.1 s


def _carried_out(e, budget):
    """Limits, sums and products evaluated (under the budget) so the numeric route can compare them."""
    if not e.has(sp.Limit, sp.Sum, sp.Product):
        return e
    try:
        with time_limit(budget):
            return _divergent_as_nan(e.doit(integrals=False))
    except _Timeout:
        return e
    except Exception:
        return e


def _divergent_as_nan(e):
    """Σ_{k≥1} r^k is r/(1 - r) for |r| < 1 and SymPy keeps the sum itself elsewhere: there it diverges, so
    it has no value (nan: the numeric route draws another point) rather than one to evaluate."""
    def branches(p):
        return sp.Piecewise(*[(sp.nan if b.has(sp.Sum, sp.Product) else b, c) for b, c in p.args])
    return e.replace(lambda x: isinstance(x, sp.Piecewise) and x.has(sp.Sum, sp.Product), branches)


def concrete_functions(exprs, seed: int) -> dict:
    """A smooth concrete function for each undefined function in `exprs` (random coefficients).

    An identity that holds for every function holds for these: a counterexample with them refutes
    it. Agreement proves nothing, so it is never a pass.
    """
    rng = random.Random(seed)
    found = {}
    for e in exprs:
        for applied in e.atoms(sp.core.function.AppliedUndef):
            found.setdefault(applied.func, len(applied.args))
    out = {}
    for func, n in sorted(found.items(), key=lambda item: str(item[0])):
        args = sp.symbols(f"_u0:{n}", real=True)
        c = [sp.Rational(rng.randint(3, 17), 8) for _ in range(2 * n + 1)]
        phase = c[0] + sum(ci * u for ci, u in zip(c[1:n + 1], args))
        out[func] = sp.Lambda(args, sp.sin(phase) + sum(ci * u ** 2 for ci, u in zip(c[n + 1:], args)) / 2)
    return out


def _refuted_with_concrete_functions(lhs, rhs, domain, constraints, opts, t0):
    """A FAILED verdict when concrete functions in place of the undefined ones tell the sides apart."""
    functions = concrete_functions((lhs, rhs), opts["seed"])
    try:
        with time_limit(max(opts["budget"], EVALUATION_BUDGET)):
            concrete = [side.subs(functions).doit() for side in (lhs, rhs)]
    except _Timeout:
        return None
    except Exception:
        return None
    if any(side.has(sp.core.function.AppliedUndef, sp.Derivative, sp.Subs) for side in concrete):
        return None
    verdict = _numeric(*concrete, domain, constraints, opts, t0)
    if verdict.status is not FAILED:
        return None
    chosen = ", ".join(f"{f} = {body}" for f, body in functions.items())
    return dataclasses.replace(verdict, method="numeric, concrete functions", reason=f"with {chosen}")


def _numeric(lhs, rhs, domain, constraints, opts, t0) -> Verdict:
    budget = max(opts["budget"], EVALUATION_BUDGET)
    lhs, rhs = _carried_out(lhs, budget), _carried_out(rhs, budget)
    symbols = sorted((lhs.free_symbols | rhs.free_symbols), key=lambda s: s.name)
    if lhs.has(sp.core.function.AppliedUndef) or rhs.has(sp.core.function.AppliedUndef):
        refuted = _refuted_with_concrete_functions(lhs, rhs, domain, constraints, opts, t0)
        if refuted is not None:
            return refuted
        return Verdict(UNKNOWN, reason="symbolic strategies inconclusive and the expression has undefined functions",
                       seconds=time.perf_counter() - t0)
    if any(e.has(sp.zoo, sp.nan) and not e.has(sp.Piecewise) for e in (lhs, rhs)):    # 1/0 written: no number
        return Verdict(UNKNOWN, reason="a side divides by zero: it has no value", seconds=time.perf_counter() - t0)
    try:
        f_l, f_r = lambdify_safe(symbols, lhs), lambdify_safe(symbols, rhs)
    except Exception as exc:
        return Verdict(UNKNOWN, reason=f"cannot evaluate numerically: {type(exc).__name__}",
                       seconds=time.perf_counter() - t0)
    rng = random.Random(opts["seed"])
    tested, attempts, max_dev = 0, 0, 0.0
    real = not (lhs.has(sp.I) or rhs.has(sp.I))     # a claim over the reals, where it is not about i itself
    with mpmath.workdps(opts["dps"]):
        while tested < opts["points"] and attempts < opts["points"] * 20:
            attempts += 1
            point = {s: sampler_for(s, {**domain, **opts.get("sample", {})}, rng, opts["range"]) for s in symbols}
            if not all(_holds(c, point) for c in constraints):
                continue
            args = [point[s] for s in symbols]
            try:
                a, b = f_l(*args), f_r(*args)
            except (ZeroDivisionError, ValueError, OverflowError):
                continue  # a pole or a branch cut: draw another point
            except Exception as exc:
                return Verdict(UNKNOWN, reason=f"numeric evaluation failed: {type(exc).__name__}: {exc}",
                               seconds=time.perf_counter() - t0)
            try:
                # (+ makes numbers of mpmath's constants: `\pi P = \pi` returns mpmath.pi, which does not pickle)
                a, b = +mpmath.mpmathify(a), +mpmath.mpmathify(b)
            except Exception:
                return Verdict(UNKNOWN, reason="sides do not evaluate to numbers", seconds=time.perf_counter() - t0)
            if not (mpmath.isfinite(a) and mpmath.isfinite(b)):
                continue
            if real and mpmath.im(a) and mpmath.im(b):
                continue   # neither side real (log of a negative scale b): outside the claim's real domain; one
                #            side real and the other not (log(ab) vs log a + log b at a, b < 0) still tells them apart
            dev = abs(a - b) / max(abs(a), abs(b), mpmath.mpf(1))
            tested += 1
            max_dev = max(max_dev, float(dev))
            if dev > opts["rtol"]:
                ce = {"point": {s.name: p for s, p in point.items()}, "lhs": a, "rhs": b}
                return Verdict(FAILED, "numeric", points=tested, max_dev=float(dev), counterexample=ce,
                               seconds=time.perf_counter() - t0)
    if tested < max(3, opts["points"] // 4):
        return Verdict(UNKNOWN, "numeric", points=tested,
                       reason=f"only {tested} valid points found in the domain", seconds=time.perf_counter() - t0)
    return Verdict(VERIFIED, "numeric", points=tested, max_dev=max_dev, seconds=time.perf_counter() - t0)


def prove_relation(expr, relation: str, *, domain=None, constraints=(), settings=None, reparam=None) -> Verdict:
    """Decide `expr <relation> 0` (relation in '<', '>', '<=', '>=') over the domain (in a pool
    worker, under its caps).

    Symbolic: SymPy's assumption system (expr.is_negative etc.); otherwise random points
    (a violated point is a counterexample; never 'proved' from samples).
    """
    return prove_all([Request.of(expr, 0, relation, domain=domain, constraints=constraints, settings=settings,
                                 reparam=reparam)])[0]


def _prove_relation(expr, relation: str, *, domain=None, constraints=(), settings=None, reparam=None) -> Verdict:
    opts = {**DEFAULTS, **(settings or {})}
    t0 = time.perf_counter()
    expr = _evaluated(as_sympy(expr))
    cover = covering_substitution(domain, reparam)
    forms = ((lambda: expr, "assumptions"), (lambda: sp.factor(sp.together(expr.subs(cover))), "assumptions on the covered domain"))
    for make, how in forms:
        try:
            with time_limit(opts["budget"]):
                candidate = make()
                facts = {"<": candidate.is_negative, ">": candidate.is_positive,
                         "<=": candidate.is_nonpositive, ">=": candidate.is_nonnegative}
        except _Timeout:
            continue
        except Exception:       # a form SymPy cannot build or ask about is just inconclusive
            continue
        if facts[relation]:
            return Verdict(PROVED, how, seconds=time.perf_counter() - t0)
    if expr.has(sp.core.function.AppliedUndef):
        return Verdict(UNKNOWN, reason="the assumptions are inconclusive and the expression has undefined functions",
                       seconds=time.perf_counter() - t0)
    holds = {"<": lambda v: v < 0, ">": lambda v: v > 0, "<=": lambda v: v <= 0, ">=": lambda v: v >= 0}[relation]
    symbols = sorted(expr.free_symbols, key=lambda s: s.name)
    try:
        f = lambdify_safe(symbols, expr)
    except Exception as exc:
        return Verdict(UNKNOWN, reason=f"cannot evaluate numerically: {type(exc).__name__}",
                       seconds=time.perf_counter() - t0)
    rng = random.Random(opts["seed"])
    tested = attempts = 0
    with mpmath.workdps(opts["dps"]):
        while tested < opts["points"] and attempts < opts["points"] * 20:
            attempts += 1
            point = {s: sampler_for(s, domain or {}, rng, opts["range"]) for s in symbols}
            if not all(_holds(c, point) for c in constraints):
                continue
            try:
                v = mpmath.mpmathify(f(*[point[s] for s in symbols]))
            except (ZeroDivisionError, ValueError, OverflowError):
                continue        # a pole or a branch cut: draw another point
            except Exception as exc:
                return Verdict(UNKNOWN, reason=f"numeric evaluation failed: {type(exc).__name__}: {exc}",
                               seconds=time.perf_counter() - t0)
            if not isinstance(v, mpmath.mpf) or not mpmath.isfinite(v):
                continue        # not a real number here (e.g. √ of a negative): the relation says nothing
            tested += 1
            if not holds(v):
                ce = {"point": {s.name: p for s, p in point.items()}, "lhs": v, "rhs": 0}
                return Verdict(FAILED, "numeric", points=tested, counterexample=ce, seconds=time.perf_counter() - t0)
    if tested < max(3, opts["points"] // 4):
        return Verdict(UNKNOWN, reason=f"only {tested} valid points found", seconds=time.perf_counter() - t0)
    return Verdict(VERIFIED, "numeric", points=tested, max_dev=0.0, seconds=time.perf_counter() - t0)
