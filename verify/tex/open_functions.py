"""Steps in functions the file leaves open (h_1 = g(a_1), L = ℓ(ŷ, y), "for a differentiable g"): checked at
a generic instance of each function (random polynomials), since g and ℓ stand for every smooth function."""
from __future__ import annotations

import dataclasses

import sympy as sp
from sympy.core.function import AppliedUndef

from verify.tex.bindings import Unresolved, exact, is_constant
from verify.tex.operators import has_generic, instantiate, is_generic
from verify.tex.outcome import CANDIDATE, Outcome
from verify.tex.results import OK, UNVERIFIED, WRONG
from verify.tex.symbolic import SEARCH_POINTS, _counterexample, counterexample_search


def with_open_functions(lhs, rhs, left, right, rel, scope) -> Outcome:
    """lhs, rhs as parsed; left, right as resolved (names at their values). When the values put an open function
    at a point (g(0.875)), the step is first read with the names given numbers left as names (see
    _for_any_given_values): at a point, a failure says little."""
    if _values_of_open_functions(left, right):
        found = _for_any_given_values(lhs, rhs, rel, scope)
        if found is not None:
            return found
    return _at_a_generic_instance(left, right, rel, scope)


def _at_a_generic_instance(left, right, rel, scope) -> Outcome:
    """h_1 = g(a_1), L = ℓ(ŷ, y): identities in open functions, checked with one generic instance each.
    A value of an open function at a point (`g(0) = 0.5`) may be what the writer's g does: a failure
    with one is unverified, not wrong."""
    unread = sorted({a.func.__name__ for e in (left, right) for a in e.atoms(AppliedUndef)
                     if a.func.__name__ in scope.unread_functions})
    if unread:
        # `f(x) = \lfloor x \rfloor` not read, then `f'(x) = 2x`: a claim about that f, not about any function
        name = unread[0]
        return Outcome(UNVERIFIED, f"{name} was defined on line {scope.unread_functions[name]} by a definition "
                                   f"not used here (not read, or by cases): a claim about that {name} is not checked")
    at_points = sorted({str(a) for e in (left, right) for a in e.atoms(AppliedUndef, sp.Subs, sp.Derivative)
                        if _open_at_a_point(a)})
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
    if out.verdict in (WRONG, CANDIDATE) and (is_constant(exact(left)) or is_constant(exact(right))):
        # `H(Y) - H(Y \mid X) = 0.6730 - 0.5868`: a value of functions the file does not define, not an identity
        return Outcome(UNVERIFIED, "a value of a function the file does not define (not an identity to refute)")
    if out.verdict == CANDIDATE:
        return Outcome(out.fallback, out.detail + note)
    return dataclasses.replace(out, detail=out.detail + note)


def _for_any_given_values(lhs, rhs, rel, scope) -> Outcome | None:
    """∂L/∂w_2 = δ_2 h_1 with h_1 = g(a_1), a_1 = w_1 x + b and w_1, b given numbers earlier: the sides are values
    of the open g. An identity in the given names (each name by its meaning, the numbers left as names) holds at
    their values too. A failure is wrong when the step is about a derivative of a name the file defined through
    open functions (∂L/∂b = δ_2, with "for a differentiable g": g and ℓ stand for every smooth function); a line
    such as `g(w) = ½(w - 2)^2` may instead define the g it names. None: not decided this way."""
    scope.keep_given = True
    try:
        left, right = scope.resolve(lhs.expr), scope.resolve(rhs.expr)
        if is_constant(exact(left)) and is_constant(exact(right)) or not has_generic(left, right):
            return None
        found = _at_a_generic_instance(left, right, rel, scope)
    except Unresolved:
        return None
    finally:
        scope.keep_given = False
    if found.verdict == OK:
        return dataclasses.replace(found, detail=found.detail + "; an identity in the names given numbers, so it "
                                                                "holds at their values")
    slope_of_a_name = any(isinstance(d.expr, sp.Symbol) and d.expr.name in scope.bindings
                          for e in (lhs.expr, rhs.expr) for d in e.atoms(sp.Derivative))
    if found.verdict == WRONG and slope_of_a_name:
        return dataclasses.replace(found, detail=found.detail + "; read with the names given numbers as names")
    return None


def _values_of_open_functions(left, right) -> bool:
    return any(_open_at_a_point(a) for e in (left, right) for a in e.atoms(AppliedUndef, sp.Subs, sp.Derivative))


def _open_at_a_point(a) -> bool:
    """g(0), J'(1.4): a value (or a derivative's value) of an open function at a point."""
    if isinstance(a, AppliedUndef):
        return is_generic(a.func.__name__) and not exact(a).free_symbols
    return any(is_generic(f.func.__name__) for f in a.atoms(AppliedUndef)) and not exact(a).free_symbols


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
