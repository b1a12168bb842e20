"""Equation manipulation: is `A2 = B2` equivalent to `A1 = B1` (same solutions)?

Neither line is an identity, so each new line is checked against the previous
one: first as a non-zero multiple of it, then by solving both for each unknown.
"""
from __future__ import annotations

import sympy as sp

from verify.prove import _Timeout, time_limit
from verify.tex.results import OK, UNVERIFIED, WRONG
from verify.tex.steps import Outcome

BUDGET = 0.5


def equivalent(f1, f2) -> Outcome:
    """f1 = 0 and f2 = 0 are the previous and the new equation."""
    try:
        with time_limit(BUDGET):
            ratio = sp.cancel(sp.together(f1 / f2))
    except (_Timeout, ZeroDivisionError, ValueError, TypeError):
        ratio = None
    if ratio is not None and ratio.is_number and ratio.is_finite and ratio != 0:
        return Outcome(OK, "equivalent to the previous equation (a non-zero multiple of it)")
    if ratio is not None and ratio.is_nonzero and ratio.is_finite:
        return Outcome(OK, f"equivalent to the previous equation (multiplied by {ratio} ≠ 0)")
    unknowns = sorted(f1.free_symbols & f2.free_symbols, key=lambda s: s.name)
    for s in unknowns[:4]:
        try:
            with time_limit(BUDGET):
                a, b = sp.solve(f1, s), sp.solve(f2, s)
        except (_Timeout, NotImplementedError, ValueError, TypeError):
            continue
        if not a and not b:
            continue
        if _same(a, b):
            return Outcome(OK, f"same solution for {s.name} as the previous equation: {s.name} = {', '.join(map(str, a))}")
        return Outcome(WRONG, f"not equivalent to the previous equation: it gives {s.name} = "
                              f"{', '.join(map(str, b)) or 'no solution'}, the previous one {s.name} = "
                              f"{', '.join(map(str, a)) or 'no solution'}")
    return Outcome(UNVERIFIED, "neither an identity nor decidably equivalent to the previous equation")


def _same(a, b) -> bool:
    if len(a) != len(b):
        return False
    rest = list(b)
    for x in a:
        for y in rest:
            if sp.simplify(x - y) == 0:
                rest.remove(y)
                break
        else:
            return False
    return True
