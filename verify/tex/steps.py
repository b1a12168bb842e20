"""Check one step E_{i-1} R E_i: numeric steps by interval arithmetic over the written
digits, symbolic steps by verify.prove's ladder."""
from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass
from fractions import Fraction

import mpmath
import sympy as sp
from sympy.core.function import AppliedUndef

import random

from verify.prove import DEFAULTS, FAILED, PROVED, VERIFIED, Verdict, prove_equal, sampler_for
from verify.tex.bindings import Scope, Unresolved, exact, is_constant, literals
from verify.tex.build import commutative, literal_value
from verify.tex.numeric import Unsupported, compare, enclosure, evaluate, places, unwritten_steps
from verify.tex.instances import instantiated
from verify.tex.operators import canonical, has_generic, has_operators, instantiate, is_generic
from verify.tex.results import OK, UNVERIFIED, WRONG
from verify.tex.integrals import check_antiderivative
from verify.tex.series import check_series
from verify.tex.sums import check_sums, data_reading
from verify.tex.vectors import check_extremum

CANDIDATE = "equation?"     # false as an identity; may be an equation being manipulated
PROVE_SETTINGS = {"budget": 0.4}
# A derivative computed from the definitions is held to the written places like any result: the
# exact values of the carried numbers (and the chain's value) already account for the rounding.
DERIVED_WIDTH = Fraction(1, 2)
SEARCH_POINTS = 16        # random points tried for a counterexample before any proof
MARKERS = {"transpose", "hadamard", "norm", "grad", "diag"}     # matrix notation, by instantiation


def _heads(*exprs) -> set:
    """The class names of every non-atom in the expressions (`Order`, `seq`, `transpose`, …)."""
    out, stack = set(), [e for e in exprs if isinstance(e, sp.Basic)]
    while stack:
        e = stack.pop()
        if not e.is_Atom:
            out.add(type(e).__name__)
            stack.extend(a for a in e.args if isinstance(a, sp.Basic))
    return out


@dataclass(frozen=True)
class Outcome:
    verdict: str
    detail: str
    difference: object = None     # lhs - rhs, for equation runs
    rounded: frozenset = frozenset()   # decimals of the right side that are rounded results
    fallback: str = WRONG              # verdict of a CANDIDATE that turns out not to be an equation
    exact_values: tuple = ()           # (text, exact value) of the rounded result it established
    value: object = None               # exact value of a numeric step's left side (the chain's value)


def check_step(lhs, rhs, rel: str, scope: Scope) -> Outcome:
    if rel not in ("=", "approx"):
        return Outcome(UNVERIFIED, f"relation {rel} is not checked")
    if "Order" in _heads(lhs.expr, rhs.expr):
        return check_series(lhs.expr, rhs.expr, rel)
    try:
        left, right = scope.resolve(lhs.expr), scope.resolve(rhs.expr)
    except Unresolved as exc:
        return Outcome(UNVERIFIED, str(exc))
    heads = _heads(left, right)         # one walk instead of a `has` per kind (they cost 30 % of a numeric step)
    if "antiderivative" in heads:
        return check_antiderivative(exact(left), exact(right), rel,
                                    lambda a, b: _symbolic(a, b, "=", scope))
    if "seq" in heads:
        out = check_sums(exact(left), exact(right), rel)
        data = data_reading(left, right, scope) if out.verdict == WRONG else None
        if data is not None:
            # x̄ = 5 from the file's data x_1, x_2, x_3 inside a Σ_i: the sum may be over those data
            over_data = _constant(data[0], data[1], rel, scope)
            if over_data.verdict == OK:
                return Outcome(UNVERIFIED, f"two readings, different verdicts: the x_i any numbers: wrong "
                                           f"({out.detail}) | the x_i the file's data: ok")
        return out
    if heads & {"argmax", "argmin"}:
        return check_extremum(exact(left), exact(right))
    unknown = _undefined_densities(left, right)
    if unknown:
        return Outcome(UNVERIFIED, f"{unknown} is not defined in the file")
    matrix_names = lhs.matrix_names | rhs.matrix_names
    left, right = _scalar(left), _scalar(right)
    left, right = _limits_taken(left), _limits_taken(right)
    if isinstance(left, sp.MatrixBase) or isinstance(right, sp.MatrixBase):
        return _matrices(left, right, rel, scope)
    if heads & MARKERS or \
            {s.name for s in (left.free_symbols | right.free_symbols)} & matrix_names:
        if left == right:
            return Outcome(OK, "both sides are the same expression")
        found = instantiated(exact(left), exact(right), matrix_names) if rel == "=" else None
        if found is not None:
            return Outcome(OK if found[0] == "ok" else WRONG, found[1])
        return Outcome(UNVERIFIED, "matrix notation with unknown shapes (bind the matrices to check it)")
    if has_operators(left, right):
        return _with_operators(left, right, rel, scope)
    if has_generic(left, right):
        return _with_open_functions(left, right, rel, scope)
    if is_constant(left) and is_constant(right):
        derived = lhs.expr.has(sp.Derivative) or rhs.expr.has(sp.Derivative)
        return _constant(left, right, rel, scope, derived, written=is_constant(lhs.expr))
    out = _symbolic(left, right, rel, scope)
    if out.verdict == CANDIDATE and (lhs.expr.has(sp.Derivative) or rhs.expr.has(sp.Derivative)):
        return Outcome(out.fallback, out.detail)     # a derivative claim is an identity, not an equation
    return out


def check_proportional(lhs, rhs, variables, scope: Scope, additive: bool = False) -> Outcome:
    """A ∝ B in θ: A/B does not depend on θ (θ read from the chain's head, `p(θ | y)`); with
    `additive`, A = B + const: A - B does not depend on θ (the constant's name counts as 0)."""
    if not variables:
        return Outcome(UNVERIFIED, f"{'up to a constant' if additive else 'proportional'} in which variable? "
                                   "(write the left side as p(θ | …))")
    try:
        left, right = exact(scope.resolve(lhs.expr)), exact(scope.resolve(rhs.expr))
    except Unresolved as exc:
        return Outcome(UNVERIFIED, str(exc))
    if _undefined_densities(left, right):
        return Outcome(UNVERIFIED, f"{_undefined_densities(left, right)} is not defined in the file")
    if not all(isinstance(e, sp.Expr) for e in (left, right)) or has_operators(left, right) or right == 0:
        return Outcome(UNVERIFIED, "proportionality between these is not checked")
    symbols = {s.name: s for s in left.free_symbols | right.free_symbols}
    if additive:
        zero = {s: 0 for s in left.free_symbols | right.free_symbols if s.name in ("const", "constant", "Const")}
        ratio = left.xreplace(zero) - right.xreplace(zero)
    else:
        ratio = left / right
    for name in variables:
        if name not in symbols:
            continue
        out = _symbolic(commutative(sp.diff(commutative(ratio), symbols[name])), sp.Integer(0), "=", scope)
        if out.verdict in (WRONG, CANDIDATE):
            what = "difference" if additive else "ratio"
            return Outcome(WRONG, f"the {what} of the two sides depends on {name} (its derivative in {name} is not 0)")
        if out.verdict != OK:
            return Outcome(UNVERIFIED, f"could not decide whether the ratio depends on {name}: {out.detail}")
    return Outcome(OK, f"equal up to {'a term' if additive else 'a factor'} not depending on {', '.join(variables)}")


def _with_open_functions(left, right, rel, scope) -> Outcome:
    """h_1 = g(a_1), L = ℓ(ŷ, y): identities in open functions, checked with one generic instance each.
    A value of an open function at a point (`g(0) = 0.5`) may be what the writer's g does: a failure
    with one is unverified, not wrong."""
    at_points = sorted({str(a) for e in (left, right) for a in e.atoms(AppliedUndef)
                        if is_generic(a.func.__name__) and not exact(a).free_symbols})
    try:
        left, right = instantiate([exact(left), exact(right)])
    except (ValueError, TypeError, NotImplementedError) as exc:
        return Outcome(UNVERIFIED, f"could not take the open functions' derivatives ({type(exc).__name__})")
    if left.has(sp.Derivative, sp.Subs) or right.has(sp.Derivative, sp.Subs):
        return Outcome(UNVERIFIED, "a derivative of an open function could not be taken")
    out = _generic_numeric(left, right, scope)
    note = " (with g, ℓ, … standing for any smooth functions: checked at a generic instance)"
    if out.verdict in (WRONG, CANDIDATE) and at_points:
        return Outcome(UNVERIFIED, f"not an identity for every function, and {', '.join(at_points)} is a value "
                                   "of a function the file does not define")
    if out.verdict == CANDIDATE:
        return Outcome(out.fallback, out.detail + note)
    return dataclasses.replace(out, detail=out.detail + note)


def _generic_numeric(left, right, scope) -> Outcome:
    """Equal at random points (the instance is large: the symbolic ladder would only time out)."""
    both, domain = scope.assumed(sp.Tuple(left, right))
    left, right = both
    v = counterexample_search(left, right, domain, scope.constraints())
    if v is not None:
        return Outcome(CANDIDATE, "not an identity: " + _counterexample(v), left - right)
    compared = counterexample_search(left, right, domain, scope.constraints(), count=True)
    if compared < SEARCH_POINTS:
        return Outcome(UNVERIFIED, f"could be evaluated at only {compared} random points")
    return Outcome(OK, f"equal at {compared} random points")


def _with_operators(left, right, rel, scope) -> Outcome:
    """Var(2X) = 4 Var(X): both sides in canonical atoms (see operators); a failure is only
    `wrong` when every atom is a raw moment, else an unapplied law may make it hold."""
    left, right, safe = canonical(left, right, scope.independent, scope.facts)
    if not (exact(left).free_symbols or exact(right).free_symbols):   # values given (𝔼[X] = 0.3): a number
        out = _constant(left, right, rel, scope)
        return dataclasses.replace(out, detail=out.detail + " (by the laws of the operators and the values given)")
    out = _symbolic(left, right, rel, scope)
    if out.verdict == OK:
        return Outcome(OK, out.detail + " (by the laws of the operators)")
    if out.verdict in (WRONG, CANDIDATE) and not safe:
        return Outcome(UNVERIFIED, "does not follow from the laws applied here (linearity of 𝔼, Var, Cov, "
                                   "independence as assumed, tr by linearity and cycling); other laws may apply")
    if out.verdict == CANDIDATE:
        return Outcome(out.fallback, out.detail + " (by the laws of 𝔼, Var and Cov, for some distribution)")
    return out


def _undefined_densities(*exprs) -> str:
    """p(y|θ) left undefined: a quantity nothing here says anything about."""
    names = sorted({s.name for e in exprs if isinstance(e, sp.Basic) for s in e.free_symbols
                    if isinstance(s, sp.Symbol) and "|" in s.name})
    return ", ".join(names)


def _limits_taken(e):
    """\\lim by SymPy's limit where it finds one (an unevaluated Limit stays for the prover)."""
    if not isinstance(e, sp.Basic) or not e.has(sp.Limit):
        return e
    taken = {}
    for lim in e.atoms(sp.Limit):
        value = lim.doit()
        if not value.has(sp.Limit, sp.AccumBounds) and value.is_finite is not False and value != sp.nan:
            taken[lim] = value
        elif value in (sp.oo, -sp.oo):
            taken[lim] = value
    return e.xreplace(taken) if taken else e


def _scalar(e):
    return e[0, 0] if isinstance(e, sp.MatrixBase) and e.shape == (1, 1) else e


# A new decimal inside a right side is a rounded intermediate from this many significant digits on;
# shorter ones (0.25, 0.027 = 0.3^3) are read as exact: read as rounded, 0.027 stands for anything in
# [0.0265, 0.0275] and a slip in the factor beside it passes.
ROUNDED_DIGITS = 3


def _widths(scope: Scope, lhs_texts: set, result: str | None, loose: bool, derived: bool):
    """Widths, in units of the last written digit, of each decimal on the right side.

    Rounded: results carried from earlier steps, the step's own result (a lone decimal
    on the right), and new decimals on the right with three or more significant digits
    (intermediate results); a short new decimal such as 0.1 is an input, exact.
    `\approx` accepts rounding or truncation (2.71 for e), not rounding the wrong way,
    and treats every new decimal as rounded.
    The left side's decimals stand for exactly what is written, or for the exact values
    the file computed earlier (see `_constant`), never for anything that rounds to them.
    """
    rounded = DERIVED_WIDTH if derived else (Fraction(1, 2), Fraction(1)) if loose else Fraction(1, 2)

    def rhs_width(text):
        if text in scope.rounded:
            return rounded
        if text in lhs_texts:
            return Fraction(0)
        # a short decimal inside an expression is an input even after `\approx` (0.1 + 0.01/2 for
        # ln 1.1 must not stand for [0.05, 0.2]); only the lone result may be a rounding or truncation
        return rounded if text == result or _significant(text) >= ROUNDED_DIGITS else Fraction(0)
    return rhs_width


def _significant(text: str) -> int:
    return len(text.replace(".", "").lstrip("0"))


def _lone_literal(expr) -> str | None:
    """The text of a right side that is just a decimal (or minus one)."""
    if expr.is_Mul and len(expr.args) == 2 and expr.args[0] == -1:
        expr = expr.args[1]
    return expr.name if isinstance(expr, sp.Dummy) and literal_value(expr) is not None else None


def _as_written(text):
    return Fraction(0)


def _exact_reading(left, scope: Scope):
    """The left side with each decimal computed earlier in the file at its exact value (or None)."""
    subs = {d: scope.exact_values[d.name] for d in left.atoms(sp.Dummy) if d.name in scope.exact_values}
    return left.xreplace(subs) if subs else None


def _value(expr):
    """The exact value of a constant expression (40 digits, as a Rational), or None."""
    try:
        lo, hi = enclosure(expr, _as_written)
    except (Unsupported, ZeroDivisionError, ValueError, TypeError):
        return None
    f = Fraction(mpmath.nstr((lo + hi) / 2, 40, strip_zeros=False))
    return sp.Rational(f.numerator, f.denominator)


# Unwritten intermediate results a hand computation may have rounded: at most this many half units
# of the result's last place in all (one per operation let a slip of several units pass).
MAX_UNWRITTEN_HALF_UNITS = 1


def _constant(left, right, rel, scope: Scope, derived: bool = False, written: bool = True) -> Outcome:
    """A numeric step holds with the numbers as written, or with the exact values of numbers the
    file computed earlier (`written`: the left side is numbers, not names resolved), or (for a rounded rewrite inside a chain) when the chain's exact value
    lies in both sides -- always within the written places of the result, never by letting each
    decimal on the left stand for anything that rounds to it."""
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
    result = _lone_literal(right)
    rw = _widths(scope, lt, result, rel == "approx", derived)
    chain = scope.chain_value
    try:
        out = compare(left, right, _as_written, rw, tol)
        exact_left = _exact_reading(left, scope) if not out.holds or chain is None else None
        if not out.holds and exact_left is not None:
            out = compare(exact_left, right, _as_written, rw, tol)
        # Each operation whose result is not written may move the result by half a unit of its places.
        steps = min(MAX_UNWRITTEN_HALF_UNITS, unwritten_steps(left, places(result), functions=not written)) \
            if result is not None and "." in result and not out.holds else 0
        slack = Fraction(steps, 2 * 10 ** places(result)) if steps else Fraction(0)
        for reading in (left, exact_left) if slack else ():
            if reading is not None and not out.holds:
                out = compare(reading, right, _as_written, rw, tol, slack=slack)
        if not out.holds and chain is not None:
            carried = compare(chain, left, _as_written, _carried_widths(scope))
            if carried.holds and compare(chain, right, _as_written, rw, tol).holds:
                out = dataclasses.replace(out, holds=True, detail=out.detail.replace(
                    " (they differ by more than the written precision allows)", "") +
                    f"; the chain's exact value {sp.N(chain, 8)} lies in both")
        if not out.holds and rel == "approx" and result is None and rt:
            return _approximation(left, right, rt, rw, tol)
    except (Unsupported, ZeroDivisionError, ValueError, TypeError) as exc:
        return Outcome(UNVERIFIED, f"cannot evaluate numerically: {exc}")
    # Nothing was rounded only if the written left side is also the exact value.
    exact = out.exact and exact_left is None and (chain is None or _value(left) == chain)
    new = frozenset() if exact else frozenset(rt - lt)
    value = chain if chain is not None else _value(exact_left if exact_left is not None else left)
    exact_values = ()
    if out.holds and result is not None and result in new and value is not None:
        exact_values = ((result, -value if right.is_Mul else value),)
    return Outcome(OK if out.holds else WRONG, out.detail, rounded=new, exact_values=exact_values, value=value)


# An approximation by an expression (a truncated series) off by more than this is wrong whatever
# order was meant; closer, it may be the writer's intended order: not decided.
APPROXIMATION_SPREAD = Fraction(1, 10)


def _approximation(left, right, rt, rw, tol) -> Outcome:
    """`x \approx` an expression of decimals: ok within half a unit of its finest written place;
    otherwise unverified (how good an approximation was claimed is not written) unless far off."""
    finest = max(places(t) for t in rt)
    lo, hi = enclosure(right, _as_written)                    # 1 + 0.1 - 0.2²/2 = 1.08 claims two places
    if hi - lo <= abs(lo) * mpmath.mpf(10) ** -25:           # the binary enclosure of exact decimals
        written = mpmath.nstr((lo + hi) / 2, 15, strip_zeros=True)
        if "e" not in written and "." in written and places(written) <= 12:
            finest = max(finest, places(written))
    out = compare(left, right, _as_written, rw, tol, slack=Fraction(1, 2 * 10 ** finest))
    if out.holds:
        return Outcome(OK, out.detail + f" (within half a unit of the {finest}. place)")
    a, b = enclosure(left, _as_written), enclosure(right, rw)
    mid_a, mid_b = (a[0] + a[1]) / 2, (b[0] + b[1]) / 2
    if abs(mid_a - mid_b) <= abs(mid_a) * mpmath.mpf(APPROXIMATION_SPREAD.numerator) / APPROXIMATION_SPREAD.denominator:
        return Outcome(UNVERIFIED, out.detail.replace(" (they differ by more than the written precision allows)", "")
                       + ": an approximation whose accuracy is not written (a truncated series?), not decided")
    return Outcome(WRONG, out.detail)


def _carried_widths(scope: Scope):
    def width(text):
        return Fraction(1, 2) if text in scope.rounded else Fraction(0)
    return width


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


def _symbolic(left, right, rel, scope: Scope, settings=PROVE_SETTINGS) -> Outcome:
    l_exact, r_exact = exact(left), exact(right)
    both, domain = scope.assumed(sp.Tuple(l_exact, r_exact))
    both, domain = _integer_bounds(both, domain)
    l_exact, r_exact = both
    constraints = scope.constraints()
    v = decide(l_exact, r_exact, domain, constraints, settings)
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


def decide(left, right, domain, constraints, settings) -> Verdict:
    """A counterexample at random points, else the proof ladder. A settled verdict is kept in this
    process (a class repeats the same algebra in every file); one the budget cut short is not."""
    if constraints:                     # predicates on points: no structural key
        return _search_then_prove(left, right, domain, constraints, settings)
    try:
        return _settled(_Claim((sp.srepr(left), sp.srepr(right),
                                tuple(sorted((sp.srepr(s), v) for s, v in domain.items())),
                                tuple(sorted(settings.items()))), left, right, domain, settings))
    except _Unsettled as exc:
        return exc.verdict


def _search_then_prove(left, right, domain, constraints, settings) -> Verdict:
    return counterexample_search(left, right, domain, constraints) or \
        prove_equal(left, right, domain=domain, constraints=constraints, settings=settings)


@dataclass(frozen=True)
class _Claim:
    key: tuple               # structural (srepr keeps assumptions; `==` and hash would match 2 with 2.0)
    left: object = dataclasses.field(compare=False)
    right: object = dataclasses.field(compare=False)
    domain: dict = dataclasses.field(compare=False)
    settings: dict = dataclasses.field(compare=False)


class _Unsettled(Exception):
    def __init__(self, verdict):
        self.verdict = verdict


@functools.lru_cache(maxsize=4096)
def _settled(claim: _Claim) -> Verdict:
    v = _search_then_prove(claim.left, claim.right, claim.domain, (), claim.settings)
    if v.status not in (PROVED, VERIFIED, FAILED):
        raise _Unsettled(v)             # lru_cache keeps no exception: tried again next time
    return v


def _integer_bounds(both, domain):
    """The symbolic bounds of a sum or product are whole numbers (sampled 1…8), never 2.85."""
    names = {s for op in both.atoms(sp.Sum, sp.Product) for lim in op.limits for b in lim[1:]
             for s in b.free_symbols if isinstance(s, sp.Symbol) and not isinstance(s, sp.Dummy)}
    if not names:
        return both, domain
    subs = {s: sp.Symbol(s.name, integer=True, positive=True) for s in names if not s.is_integer}
    domain = {k: v for k, v in domain.items() if k not in subs}
    domain.update({t: (1, 8) for t in subs.values()})
    return both.xreplace(subs), domain


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


def counterexample_search(left, right, domain, constraints, count=False):
    """A FAILED verdict if random real points tell the sides apart, else None.

    Cheaper than the proof ladder for wrong steps. Points where a side is not a
    finite real number (log of a negative, a pole) are outside the domain and skipped.
    """
    symbols = sorted(left.free_symbols | right.free_symbols, key=lambda s: s.name)
    rng = random.Random(DEFAULTS["seed"])
    compared = 0
    with mpmath.workdps(30):
        for _ in range(SEARCH_POINTS * 3):
            point = {s: sampler_for(s, domain, rng, DEFAULTS["range"]) for s in symbols}
            if not all(c(point) for c in constraints):
                continue
            try:
                a = evaluate(left, point.__getitem__, mpmath.mp)
                b = evaluate(right, point.__getitem__, mpmath.mp)
            except (Unsupported, KeyError):
                return 0 if count else None
            except (ZeroDivisionError, ValueError, OverflowError):
                continue
            if not all(isinstance(x, mpmath.mpf) and mpmath.isfinite(x) for x in (a, b)):
                continue
            compared += 1
            if abs(a - b) > mpmath.mpf(10) ** -12 * max(1, abs(a), abs(b)):
                ce = {"point": {s.name: x for s, x in point.items()}, "lhs": a, "rhs": b}
                return Verdict(FAILED, "numeric", points=1, counterexample=ce,
                               max_dev=float(abs(a - b) / max(1, abs(a), abs(b))))
    return compared if count else None


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
