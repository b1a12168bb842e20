"""Check one step E_{i-1} R E_i: numeric steps by interval arithmetic over the written
digits, symbolic steps by verify.prove's ladder."""
from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

import mpmath
import sympy as sp

import random

from verify.prove import DEFAULTS, FAILED, PROVED, VERIFIED, Verdict, prove_equal, sampler_for
from verify.tex.bindings import Scope, Unresolved, exact, is_constant, literals
from verify.tex.build import literal_value
from verify.tex.numeric import Unsupported, compare, evaluate
from verify.tex.results import OK, UNVERIFIED, WRONG

CANDIDATE = "equation?"     # false as an identity; may be an equation being manipulated
PROVE_SETTINGS = {"budget": 0.4}
SEARCH_POINTS = 16        # random points tried for a counterexample before any proof
MARKERS = (sp.Function("transpose"), sp.Function("hadamard"))


@dataclass(frozen=True)
class Outcome:
    verdict: str
    detail: str
    difference: object = None     # lhs - rhs, for equation runs
    rounded: frozenset = frozenset()   # decimals of the right side that are rounded results
    fallback: str = WRONG              # verdict of a CANDIDATE that turns out not to be an equation


def check_step(lhs, rhs, rel: str, scope: Scope) -> Outcome:
    if rel not in ("=", "approx"):
        return Outcome(UNVERIFIED, f"relation {rel} is not checked")
    try:
        left, right = scope.resolve(lhs.expr), scope.resolve(rhs.expr)
    except Unresolved as exc:
        return Outcome(UNVERIFIED, str(exc))
    matrix_names = lhs.matrix_names | rhs.matrix_names
    left, right = _scalar(left), _scalar(right)
    if isinstance(left, sp.MatrixBase) or isinstance(right, sp.MatrixBase):
        return _matrices(left, right, rel, scope)
    if left.has(*MARKERS) or right.has(*MARKERS) or \
            {s.name for s in (left.free_symbols | right.free_symbols)} & matrix_names:
        if left == right:
            return Outcome(OK, "both sides are the same expression")
        return Outcome(UNVERIFIED, "matrix notation with unknown shapes (bind the matrices to check it)")
    if is_constant(left) and is_constant(right):
        derived = lhs.expr.has(sp.Derivative) or rhs.expr.has(sp.Derivative)
        return _constant(left, right, rel, scope, derived)
    out = _symbolic(left, right, rel, scope)
    if out.verdict == CANDIDATE and (lhs.expr.has(sp.Derivative) or rhs.expr.has(sp.Derivative)):
        return Outcome(out.fallback, out.detail)     # a derivative claim is an identity, not an equation
    return out


def _scalar(e):
    return e[0, 0] if isinstance(e, sp.MatrixBase) and e.shape == (1, 1) else e


def _widths(scope: Scope, lhs_texts: set, result: str | None, loose: bool, derived: bool):
    """Widths, in units of the last written digit, of each decimal on either side.

    Rounded: results carried from earlier steps, the step's own result (a lone decimal
    on the right), and new decimals on the right with two or more significant digits
    (intermediate results); a short new decimal such as 0.1 is an input, exact.
    `\approx` accepts rounding or truncation (2.71 for e), not rounding the wrong way,
    and treats every new decimal as rounded. A derivative is computed exactly from the
    definitions while the written result went through rounded intermediates: 2.5 units.
    """
    rounded = Fraction(5, 2) if derived else (Fraction(1, 2), Fraction(1)) if loose else Fraction(1, 2)

    def lhs_width(text):
        return Fraction(1, 2) if text in scope.rounded else Fraction(0)

    def rhs_width(text):
        if text in scope.rounded:
            return rounded
        if text in lhs_texts:
            return Fraction(0)
        return rounded if loose or text == result or _significant(text) >= 2 else Fraction(0)
    return lhs_width, rhs_width


def _significant(text: str) -> int:
    return len(text.replace(".", "").lstrip("0"))


def _lone_literal(expr) -> str | None:
    """The text of a right side that is just a decimal (or minus one)."""
    if expr.is_Mul and len(expr.args) == 2 and expr.args[0] == -1:
        expr = expr.args[1]
    return expr.name if isinstance(expr, sp.Dummy) and literal_value(expr) is not None else None


def _constant(left, right, rel, scope: Scope, derived: bool = False) -> Outcome:
    lt, rt = literals(left), literals(right)
    if not lt and not rt and rel == "=":
        v = prove_equal(left, right, settings=PROVE_SETTINGS)
        if v.status in (PROVED, VERIFIED):
            return Outcome(OK, f"{v.status} ({v.method})")
        if v.status == FAILED:
            return Outcome(WRONG, f"left side = {sp.N(left, 10)}, right side = {sp.N(right, 10)}")
        return Outcome(UNVERIFIED, v.reason or "undecided")
    tol = scope.tol
    if rel == "approx" and not rt:
        tol = max(tol, 1e-3)
    lw, rw = _widths(scope, lt, _lone_literal(right), rel == "approx", derived)
    try:
        out = compare(left, right, lw, rw, tol)
    except (Unsupported, ZeroDivisionError, ValueError, TypeError) as exc:
        return Outcome(UNVERIFIED, f"cannot evaluate numerically: {exc}")
    new = frozenset() if out.exact else frozenset(rt - lt)
    return Outcome(OK if out.holds else WRONG, out.detail, rounded=new)


def _matrices(left, right, rel, scope) -> Outcome:
    if not (isinstance(left, sp.MatrixBase) and isinstance(right, sp.MatrixBase)):
        return Outcome(WRONG if is_constant(left) and is_constant(right) else UNVERIFIED,
                       "one side is a matrix, the other is not")
    if left.shape != right.shape:
        return Outcome(WRONG, f"shapes differ: {left.shape} vs {right.shape}")
    worst = None
    for k, (a, b) in enumerate(zip(left, right)):
        out = check_pair(a, b, rel, scope)
        if out.verdict != OK:
            i, j = divmod(k, left.shape[1])
            worst = Outcome(out.verdict if out.verdict != CANDIDATE else out.fallback, f"entry ({i + 1},{j + 1}): {out.detail}")
            if out.verdict in (WRONG, CANDIDATE):
                return worst
    return worst or Outcome(OK, f"all {len(left)} entries agree")


def check_pair(a, b, rel, scope):
    if is_constant(a) and is_constant(b):
        return _constant(a, b, rel, scope)
    return _symbolic(a, b, rel, scope)


def _symbolic(left, right, rel, scope: Scope) -> Outcome:
    l_exact, r_exact = exact(left), exact(right)
    both, domain = scope.assumed(sp.Tuple(l_exact, r_exact))
    l_exact, r_exact = both
    constraints = scope.constraints()
    v = counterexample_search(l_exact, r_exact, domain, constraints) or \
        prove_equal(l_exact, r_exact, domain=domain, constraints=constraints, settings=PROVE_SETTINGS)
    if v.status in (PROVED, VERIFIED):
        doubt = _commutativity_doubt(exact(left), exact(right))
        if doubt:
            return Outcome(UNVERIFIED, doubt)
    if v.status == PROVED:
        return Outcome(OK, f"proved ({v.method})")
    if v.status == VERIFIED:
        return Outcome(OK, f"equal at {v.points} random points (max rel. deviation {v.max_dev:.1e})")
    if v.status != FAILED:
        return Outcome(UNVERIFIED, v.reason or "undecided")
    if rel == "approx":
        return Outcome(UNVERIFIED, "an approximation between expressions with free symbols is not checked")
    lt, rt = literals(left), literals(right)
    if (lt | rt) & scope.rounded or any(_significant(t) >= 2 for t in rt - lt):
        return Outcome(UNVERIFIED, "holds at best up to the rounding of its decimals, which is not "
                                   "checked when symbols are free: " + _counterexample(v))
    if is_constant(left) != is_constant(right):
        free = sorted(s.name for s in (left.free_symbols | right.free_symbols) if not isinstance(s, sp.Dummy))
        return Outcome(CANDIDATE, f"no value known for {', '.join(free)} (bind it earlier or use %! let)",
                       l_exact - r_exact, fallback=UNVERIFIED)
    return Outcome(CANDIDATE, "not an identity: " + _counterexample(v), l_exact - r_exact)


def _commutativity_doubt(left, right) -> str:
    """Capital (or bold) names may be matrices: an identity that needs AB = BA is not ok.

    The sides keep those names non-commutative as written; only an identity that expands
    to zero that way is ok with two or more of them, anything else stays unverified.
    """
    caps = sorted({s for s in left.free_symbols | right.free_symbols
                   if isinstance(s, sp.Symbol) and not s.is_commutative}, key=lambda s: s.name)
    if len(caps) < 2:
        return ""
    try:
        if sp.expand(left - right) == 0:
            return ""
    except (TypeError, ValueError, NotImplementedError):
        pass
    names = ", ".join(s.name for s in caps)
    return f"holds if {names} are numbers; if they are matrices it needs them to commute (not checked)"


def counterexample_search(left, right, domain, constraints):
    """A FAILED verdict if random real points tell the sides apart, else None.

    Cheaper than the proof ladder for wrong steps. Points where a side is not a
    finite real number (log of a negative, a pole) are outside the domain and skipped.
    """
    symbols = sorted(left.free_symbols | right.free_symbols, key=lambda s: s.name)
    rng = random.Random(DEFAULTS["seed"])
    with mpmath.workdps(30):
        for _ in range(SEARCH_POINTS * 3):
            point = {s: sampler_for(s, domain, rng, DEFAULTS["range"]) for s in symbols}
            if not all(c(point) for c in constraints):
                continue
            try:
                a = evaluate(left, point.__getitem__, mpmath.mp)
                b = evaluate(right, point.__getitem__, mpmath.mp)
            except (Unsupported, KeyError):
                return None
            except (ZeroDivisionError, ValueError, OverflowError):
                continue
            if not all(isinstance(x, mpmath.mpf) and mpmath.isfinite(x) for x in (a, b)):
                continue
            if abs(a - b) > mpmath.mpf(10) ** -12 * max(1, abs(a), abs(b)):
                ce = {"point": {s.name: x for s, x in point.items()}, "lhs": a, "rhs": b}
                return Verdict(FAILED, "numeric", points=1, counterexample=ce,
                               max_dev=float(abs(a - b) / max(1, abs(a), abs(b))))
    return None


def _counterexample(v) -> str:
    ce = v.counterexample
    if not ce:
        return v.reason or "not equal"
    point = ", ".join(f"{k}={_num(x)}" for k, x in ce["point"].items())
    return f"at {point}: left side = {_num(ce['lhs'])}, right side = {_num(ce['rhs'])}"


def _num(x) -> str:
    try:
        return mpmath.nstr(x, 6)
    except (TypeError, ValueError):
        return str(x)
