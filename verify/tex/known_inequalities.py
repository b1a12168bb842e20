r"""Inequalities between statistics that hold by a named law, whatever the distribution: Jensen's inequality
(`\mathbb E[X^2] \ge (\mathbb E X)^2`, `\ln\mathbb E[X] \ge \mathbb E[\ln X]`, `\mathbb E[e^X] \ge e^{\mathbb E X}`),
a variance is not negative, and Gibbs' inequality (`\mathrm{KL}(p\,\|\,q) \ge 0`).

The claim `a ≥ b` is read as `a - b ≥ 0`; it holds when that difference is a sum, with positive number
coefficients, of such gaps (each ≥ 0). Nothing else is decided here (the caller goes on as before).
"""
from __future__ import annotations

import sympy as sp
from sympy.core.function import AppliedUndef

from verify.tex.operators import EXPECTATION, VARIANCE
from verify.tex.results import OK, WRONG


def _expectation(e):
    return isinstance(e, AppliedUndef) and e.func.__name__ == EXPECTATION and len(e.args) == 1


def _is_kl(e) -> bool:
    return isinstance(e, sp.Symbol) and e.name.startswith(("KL(", "D_KL("))


def _jensen_partner(inside):
    """For 𝔼[f(g)] with f convex, f(𝔼[g]) and f's name; None when f is not one of these."""
    if isinstance(inside, sp.exp):
        return sp.exp(sp.Function(EXPECTATION)(inside.args[0])), "exp"
    if isinstance(inside, sp.Pow) and inside.exp == 2:
        return sp.Function(EXPECTATION)(inside.base) ** 2, "the square"
    return None


def gaps(difference) -> list[str] | None:
    """The named laws that make `difference ≥ 0` hold, or None when it is not such a sum."""
    terms = list(sp.Add.make_args(sp.expand(difference)))
    laws = []
    while terms:
        term = terms.pop(0)
        coeff, factors = term.as_coeff_Mul()
        if not coeff.is_number or coeff == 0:
            return None
        if coeff > 0 and (_is_kl(factors) or isinstance(factors, AppliedUndef) and factors.func.__name__ == VARIANCE):
            laws.append("Gibbs' inequality (KL ≥ 0)" if _is_kl(factors) else "Var ≥ 0 (a variance is never negative)")
            continue
        partner, name = None, None
        if coeff > 0 and _expectation(factors) and (found := _jensen_partner(factors.args[0])) is not None:
            partner, name = -coeff * found[0], f"Jensen's inequality ({found[1]} is convex)"
        elif coeff > 0 and isinstance(factors, sp.log) and _expectation(factors.args[0]):
            partner, name = -coeff * sp.Function(EXPECTATION)(sp.log(factors.args[0].args[0])), \
                "Jensen's inequality (log is concave)"
        elif coeff < 0 and isinstance(factors, sp.Pow) and factors.exp == 2 and _expectation(factors.base):
            partner, name = -coeff * sp.Function(EXPECTATION)(factors.base.args[0] ** 2), \
                "Jensen's inequality (the square is convex)"
        elif coeff < 0 and isinstance(factors, sp.exp) and _expectation(factors.args[0]):
            partner, name = -coeff * sp.Function(EXPECTATION)(sp.exp(factors.args[0].args[0])), \
                "Jensen's inequality (exp is convex)"
        elif coeff < 0 and _expectation(factors) and isinstance(factors.args[0], sp.log):
            partner, name = -coeff * sp.log(sp.Function(EXPECTATION)(factors.args[0].args[0])), \
                "Jensen's inequality (log is concave)"
        match = next((t for t in terms if sp.expand(t - partner) == 0), None) if partner is not None else None
        if match is None:
            return None
        terms.remove(match)
        laws.append(name)
    return sorted(set(laws)) or None


def by_known_inequalities(left, right, rel):
    """(verdict, detail) for `left rel right` decided by the laws above, or None. `a ≥ b` with a - b such a
    sum: ok; `a < b`: wrong (the gap is never negative); `a ≤ b`: wrong unless the gap is 0 (X constant, p = q);
    `a > b`: not decided (the gap may be 0)."""
    if rel not in (">=", ">", "<=", "<"):
        return None
    difference = left - right if rel in (">=", ">") else right - left
    strict = rel in (">", "<")
    for sign, claim_holds in ((1, True), (-1, False)):
        laws = gaps(sign * difference)
        if laws is None:
            continue
        said = "; ".join(laws)
        if claim_holds and not strict:
            return OK, f"holds by {said}"
        if claim_holds:
            return None         # a > b: equal when the variable is constant (or p = q)
        if strict:
            return WRONG, f"the reverse holds by {said}: the two sides can never be in this order"
        return WRONG, f"the reverse holds by {said}: this order holds only in the degenerate case (a constant " \
                        "variable, or p = q), not in general"
    return None
