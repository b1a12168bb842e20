"""`e^x = 1 + x + \\frac{x^2}{2} + O(x^3)`: a claim about the behaviour near the point of the O-term,
checked by SymPy's limit: the difference of the sides over the O-term's argument stays bounded."""
from __future__ import annotations

import sympy as sp

from verify.tex.bindings import exact
from verify.tex.results import OK, UNVERIFIED, WRONG


def has_order(*exprs) -> bool:
    return any(isinstance(e, sp.Basic) and e.has(sp.Order) for e in exprs)


def _without_order(e):
    terms = sp.Add.make_args(e)
    return sp.Add(*[t for t in terms if not isinstance(t, sp.Order)]), [t for t in terms if isinstance(t, sp.Order)]


def check_series(left, right, rel: str):
    """(verdict, detail) for a step with O(…) on one side (the side without O is the function)."""
    from verify.tex.steps import Outcome
    if rel not in ("=", "approx"):
        return Outcome(UNVERIFIED, f"relation {rel} with O(…) is not checked")
    left, right = exact(left), exact(right)
    lbody, lorders = _without_order(left)
    rbody, rorders = _without_order(right)
    orders = lorders + rorders
    if len(orders) != 1 or lbody.has(sp.Order) or rbody.has(sp.Order):
        return Outcome(UNVERIFIED, "O(…) on both sides or inside a term is not checked")
    order = orders[0]
    if len(order.variables) != 1 or any(p != 0 for p in order.point):
        return Outcome(UNVERIFIED, "O(…) in several variables or away from 0 is not checked")
    x = order.variables[0]
    diff = lbody - rbody
    if diff.free_symbols - {x}:
        return Outcome(UNVERIFIED, "the sides depend on other names than the O-term's variable")
    ratio = sp.limit(diff / order.expr, x, 0)
    if ratio.is_finite:
        return Outcome(OK, f"the difference of the sides is O({order.expr}) as {x} → 0 (limit of their ratio: {ratio})")
    if ratio in (sp.oo, -sp.oo, sp.zoo):
        return Outcome(WRONG, f"the difference of the sides is not O({order.expr}) as {x} → 0")
    return Outcome(UNVERIFIED, f"could not decide the behaviour as {x} → 0 (limit {ratio})")
