"""A symbolic step: a counterexample at random points, else verify.prove's ladder; settled verdicts
are kept in the worker."""
from __future__ import annotations

import dataclasses
import functools
import random
from dataclasses import dataclass
from fractions import Fraction

import mpmath
import sympy as sp

from verify.prove import DEFAULTS, FAILED, PROVED, VERIFIED, Verdict, prove_equal, sampler_for
from verify.tex.bindings import Scope, exact, is_constant, literals
from verify.tex.names import bold_entry, bold_name
from verify.tex.numeric import Unsupported, _precision, ends, evaluate, interval
from verify.tex.numeric_steps import _constant, significant_digits
from verify.tex.outcome import CANDIDATE, PROVE_SETTINGS, Outcome
from verify.tex.results import OK, UNVERIFIED, WRONG
from verify.tex.taylor import taylor_at_zero

SEARCH_POINTS = 16        # random points tried for a counterexample before any proof


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
        return taylor_at_zero(left, right) or \
            Outcome(UNVERIFIED, "an approximation between expressions with free symbols is not checked")
    second = _plain_entries_of_bold_vectors(left, right, rel, scope)
    if second is not None:
        return second
    # (p_k with \bm p written out is its entry too, at a free index k: the letter plain, the vector bold)
    unplaced = sorted({s.name for s in (left.free_symbols | right.free_symbols) if isinstance(s, sp.Symbol) and
                       "_" in s.name and s.name not in scope.bindings and
                       (s.name.partition("_")[0] in scope.matrices or
                        bold_name(s.name.partition("_")[0]) in scope.matrices and s.name.partition("_")[2].isalpha())})
    plain = all(n.partition("_")[0] in scope.matrices for n in unplaced)
    at_each = _at_each_entry(left, right, unplaced, scope) if unplaced and plain else None
    if at_each is not None:
        return at_each
    if unplaced:        # Σ_XY with Σ written out: an entry, not a free variable (which entry is not known here)
        return Outcome(UNVERIFIED, f"{', '.join(unplaced)}: an entry of a written-out "
                                   f"{'matrix or vector' if len(unplaced) > 1 else unplaced[0].partition('_')[0]} "
                                   "that could not be placed")
    lt, rt = literals(left), literals(right)
    if (lt | rt) & scope.rounded or any(significant_digits(t) >= 2 for t in rt - lt):
        gap = _beyond_rounding(left, right, scope.rounded | (rt - lt))
        if gap is not None:
            return Outcome(CANDIDATE, f"not an identity, whatever the rounding of its decimals: {gap}",
                           l_exact - r_exact)
        agreed = _coefficients_agree(left, right, scope) if rel == "=" else None
        if agreed:
            return Outcome(OK, agreed)
        free = sorted(s.name for s in (left.free_symbols | right.free_symbols) if not isinstance(s, sp.Dummy))
        if is_constant(left) != is_constant(right) and free:
            # `\frac{1}{\tau^2} + \frac{n}{\sigma^2} = 0.25 + 3` with n never given: its value is what is missing
            return Outcome(UNVERIFIED, f"no value known for {', '.join(free)} (bind it earlier or use %! let): a "
                                       f"number on one side only, " + _counterexample(v))
        return Outcome(UNVERIFIED, "holds at best up to the rounding of its decimals, which is not "
                                   "checked when symbols are free: " + _counterexample(v))
    if is_constant(left) != is_constant(right):
        free = sorted(s.name for s in (left.free_symbols | right.free_symbols) if not isinstance(s, sp.Dummy))
        gap = sp.cancel(sp.together(l_exact - r_exact))
        if gap.is_number and gap.is_nonzero:     # σ(a) + σ(-a) = 0: no value of a makes it true (the gap is 1)
            return Outcome(WRONG, f"false for every value of {', '.join(free)}: left side - right side = {gap}")
        return Outcome(CANDIDATE, f"no value known for {', '.join(free)} (bind it earlier or use %! let)",
                       l_exact - r_exact, fallback=UNVERIFIED)
    return Outcome(CANDIDATE, "not an identity: " + _counterexample(v), l_exact - r_exact)


def _beyond_rounding(left, right, rounded_texts) -> str | None:
    """`\\frac{1 + ε}{2 + ε} = 0.5 + 0.75ε` (to first order): both sides polynomials in the same free names;
    a coefficient that differs even with every rounded decimal anywhere within half a unit of its last place
    (interval arithmetic, as for numeric steps) decides it (the detail names the term), else None (rounding
    may explain the gap, or the sides are not polynomials in their names)."""
    names = sorted(((left.free_symbols | right.free_symbols) - left.atoms(sp.Dummy) - right.atoms(sp.Dummy)),
                   key=lambda s: s.name)
    if not names or (left.free_symbols - left.atoms(sp.Dummy)) != (right.free_symbols - right.atoms(sp.Dummy)):
        return None
    try:
        poly = sp.Poly(sp.expand(left - right), *names)
    except (sp.PolynomialError, TypeError, ValueError):
        return None
    if any(not is_constant(c) for c in poly.coeffs()):
        return None
    def width(text):
        return Fraction(1, 2) if text in rounded_texts else Fraction(0)
    for monomial, c in poly.terms():
        try:
            with _precision():
                lo, hi = ends(interval(c, width))
        except (Unsupported, ZeroDivisionError, ValueError, TypeError):
            return None             # a coefficient the enclosure cannot take: not decided
        if lo > 0 or hi < 0:
            term = sp.Mul(*[n ** k for n, k in zip(names, monomial)])
            return f"the coefficient of {term} differs by {mpmath.nstr((lo + hi) / 2, 6)}"
    return None


def _plain_entries_of_bold_vectors(left, right, rel, scope: Scope) -> Outcome | None:
    r"""`-\ln p_2 = \LSE(\mathbf z) - z_2` with \mathbf p, \mathbf z written out and p, z plain named nowhere:
    p_2 may be the second entry of 𝐩 (a common way to write it) or a name of its own. Wrong as names, right as
    entries: two readings (`unverified`); None when the entries' reading fails too (or there is none)."""
    at = {}
    for s in left.free_symbols | right.free_symbols:
        found = bold_entry(scope.matrices, getattr(s, "name", "")) if getattr(s, "name", "") not in scope.bindings \
            else None
        if found is not None:
            at[s] = scope.matrices[found[0]][found[1]]
    if not at:
        return None
    l, r = left.xreplace(at), right.xreplace(at)
    if not (is_constant(l) and is_constant(r)):
        # `\prod_{i=1}^{5} \frac{λ^{x_i}e^{-λ}}{x_i!} = \frac{λ^{20}e^{-5λ}}{3!\,5!\,2!\,4!\,6!}` with 𝐱 written out:
        # λ stays free; with the entries put in, the two sides are compared as an identity in λ
        if rel != "=":
            return None
        v = decide(exact(l), exact(r), {}, (), PROVE_SETTINGS)
        if v.status not in (PROVED, VERIFIED):
            return None
        out = Outcome(OK, f"proved ({v.method})" if v.status == PROVED else f"equal at {v.points} random points")
    else:
        out = _constant(l, r, rel, dataclasses.replace(scope, chain_value=None))
    if out.verdict in (WRONG, CANDIDATE):
        return None
    names = ", ".join(sorted(s.name for s in at))
    return Outcome(UNVERIFIED, f"two readings, different verdicts: {names} as entries of the bold vectors written "
                               f"out: {out.verdict.value} ({out.detail}); as names of their own: not an identity")


def _at_each_entry(left, right, unplaced, scope: Scope) -> Outcome | None:
    r"""`\frac{x_i^2}{p^2}\Var(m_i) = x_i^2 p(1 - p)` with x = (2.0, -1.0, 0.5, 3.0) written out and i free: a claim
    for each i, so checked at every entry (wrong at one is wrong). None when the index letters differ, the vectors'
    lengths differ, or a name is random (m_i ∼ Bern(p), y_i = m_i x_i / p: the mask written out is one draw, not
    the variable)."""
    subs = {n.partition("_")[2] for n in unplaced}
    vectors = [scope.matrices[n.partition("_")[0]] for n in unplaced]
    if len(subs) != 1 or not next(iter(subs)).isalpha() or len(next(iter(subs))) != 1 or \
            any(1 not in v.shape for v in vectors) or len({len(v) for v in vectors}) != 1 or \
            any(n in scope.laws or n in scope.bindings or n.partition("_")[0] in scope.distributed for n in unplaced):
        return None
    symbols = {s.name: s for s in (left.free_symbols | right.free_symbols) if isinstance(s, sp.Symbol)}
    on_both = [{s.name for s in side.free_symbols if isinstance(s, sp.Symbol)} for side in (left, right)]
    if not all(n in on_both[0] and n in on_both[1] for n in unplaced):
        return None         # `0.4 - 0.8x_i = 1.2`, `-\log p_c = -\log 0.2447`: a value at one particular i (or c)
    outcomes = []
    for k in range(len(vectors[0])):
        at = {symbols[n]: v[k] for n, v in zip(unplaced, vectors)}
        l, r = left.xreplace(at), right.xreplace(at)
        if not (is_constant(l) and is_constant(r)):
            return None
        outcomes.append(_constant(l, r, "=", dataclasses.replace(scope, chain_value=None)))
        if outcomes[-1].verdict == WRONG:
            return Outcome(WRONG, f"at {next(iter(subs))} = {k + 1}: {outcomes[-1].detail}")
    if all(o.verdict == OK for o in outcomes):
        return Outcome(OK, f"holds at each of the {len(outcomes)} entries ({', '.join(unplaced)})")
    return None


def _coefficients_agree(left, right, scope: Scope) -> str:
    """`(2.7183 + 2ε)(0.8 - 0.64ε) = 2.1746 + (1.6 - 1.7397)ε` (to first order): both sides polynomials in the same
    free names, each coefficient a numeric step that holds by the rules of numeric steps (the left side's decimals
    as written or at their exact values, the right side's results within their written places). '' otherwise."""
    names = sorted(left.free_symbols - left.atoms(sp.Dummy), key=lambda s: s.name)
    if not names or set(names) != right.free_symbols - right.atoms(sp.Dummy):
        return ""
    try:
        polys = sp.Poly(sp.expand(left), *names), sp.Poly(sp.expand(right), *names)
    except (sp.PolynomialError, TypeError, ValueError):
        return ""
    terms = [dict(p.terms()) for p in polys]
    if any(not is_constant(c) for t in terms for c in t.values()) or len(set(terms[0]) | set(terms[1])) > 8:
        return ""
    alone = dataclasses.replace(scope, chain_value=None)     # a coefficient is no link of the chain being checked
    for monomial in set(terms[0]) | set(terms[1]):
        out = _constant(terms[0].get(monomial, sp.Integer(0)), terms[1].get(monomial, sp.Integer(0)), "=", alone)
        if out.verdict != OK:
            return ""
    return f"each coefficient in {', '.join(n.name for n in names)} agrees within the written places"


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
