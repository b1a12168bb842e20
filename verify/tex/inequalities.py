"""Steps with <, >, ≤, ≥: decided on enclosures of the written numbers, or by
verify.prove.prove_relation when symbols are free (`wrong` then only when it is false for
every value, as `x < x - 1`: `p < 0.05` with p unknown is a condition, not a false claim)."""
from __future__ import annotations

from fractions import Fraction

import mpmath
import sympy as sp

from verify.prove import PROVED, VERIFIED, prove_relation
from verify.tex.bindings import Scope, Unresolved, exact, is_constant
from verify.tex.known_inequalities import by_known_inequalities
from verify.tex.numeric import Unsupported, enclosure
from verify.tex.results import OK, UNVERIFIED, WRONG
from verify.tex.steps import Outcome

NEGATION = {"<": ">=", ">": "<=", "<=": ">", ">=": "<"}
HOLDS = {"<": lambda a, b: a < b, ">": lambda a, b: a > b, "<=": lambda a, b: a <= b, ">=": lambda a, b: a >= b}


INEQUALITIES = {"<", ">", "<=", ">="}

def check_inequality(lhs, rhs, rel: str, scope: Scope) -> Outcome:
    try:
        left, right = scope.resolve(lhs.expr), scope.resolve(rhs.expr)
    except Unresolved as exc:
        return Outcome(UNVERIFIED, str(exc))
    if isinstance(left, sp.MatrixBase) or isinstance(right, sp.MatrixBase):
        return Outcome(UNVERIFIED, "an inequality between matrices is not checked")
    if is_constant(left) and is_constant(right):
        return _numbers(left, right, rel, scope)
    known = by_known_inequalities(left, right, rel)
    if known is not None:
        return Outcome(*known)
    difference, domain = scope.assumed(exact(left - right))
    verdict = prove_relation(difference, rel, domain=domain, constraints=scope.constraints(),
                             settings={"budget": 0.4})
    if verdict.status in (PROVED, VERIFIED):
        return Outcome(OK, f"{verdict.status} ({verdict.method})")
    # False for every value (`x < x - 1`) is a wrong claim, not a condition; only a symbolic
    # proof of the negation says "every" (samples could miss where it holds).
    refuted = prove_relation(difference, NEGATION[rel], domain=domain, constraints=scope.constraints(),
                             settings={"budget": 0.4, "points": 0})
    if refuted.status == PROVED:
        return Outcome(WRONG, f"false for every value of its symbols: left side - right side {NEGATION[rel]} 0 "
                              f"({refuted.method})")
    return Outcome(UNVERIFIED, "holds only for some values of its symbols (a condition, not checked)")


def _numbers(left, right, rel, scope: Scope) -> Outcome:
    def width(text):
        return Fraction(1, 2) if text in scope.rounded else Fraction(0)
    try:
        (a_lo, a_hi), (b_lo, b_hi) = enclosure(left, width), enclosure(right, width)
    except (Unsupported, ZeroDivisionError, ValueError, TypeError) as exc:
        return Outcome(UNVERIFIED, f"cannot evaluate numerically: {exc}")
    holds = HOLDS[rel]
    shown = f"left side ≈ {mpmath.nstr(a_lo, 8)}, right side ≈ {mpmath.nstr(b_lo, 8)}"
    if holds(a_hi, b_lo) if rel in ("<", "<=") else holds(a_lo, b_hi):
        return Outcome(OK, shown)
    if not (holds(a_lo, b_hi) if rel in ("<", "<=") else holds(a_hi, b_lo)):
        return Outcome(WRONG, shown)
    return Outcome(UNVERIFIED, shown + " (too close to tell at the written precision)")


def check_not_equal(lhs, rhs, scope: Scope) -> Outcome:
    """`3 \\ne 4`, `P(A) \\neq P(B)` with both known: decided on the numbers' enclosures (rounded results
    half a unit wide); apart: ok, the same exact number: wrong, overlapping roundings: unverified. With a
    symbol free, `x^2 \\ne x` says "not identically" or "for this x": not decided."""
    try:
        left, right = scope.resolve(lhs.expr), scope.resolve(rhs.expr)
    except Unresolved as exc:
        return Outcome(UNVERIFIED, str(exc))
    if isinstance(left, sp.MatrixBase) or isinstance(right, sp.MatrixBase) or \
            not (is_constant(left) and is_constant(right)):
        return Outcome(UNVERIFIED, "≠ with a symbol free (not identically, or for some value?) is not checked")
    try:
        (a_lo, a_hi), (b_lo, b_hi) = enclosure(left, _rounded_width(scope)), enclosure(right, _rounded_width(scope))
    except (Unsupported, ZeroDivisionError, ValueError, TypeError) as exc:
        return Outcome(UNVERIFIED, f"cannot evaluate numerically: {exc}")
    shown = f"left side ≈ {mpmath.nstr(a_lo, 8)}, right side ≈ {mpmath.nstr(b_lo, 8)}"
    if a_hi < b_lo or b_hi < a_lo:
        return Outcome(OK, shown)
    if a_lo == a_hi == b_lo == b_hi:
        return Outcome(WRONG, shown + " (the same number)")
    return Outcome(UNVERIFIED, shown + " (too close to tell at the written precision)")


def _rounded_width(scope: Scope):
    return lambda text: Fraction(1, 2) if text in scope.rounded else Fraction(0)
