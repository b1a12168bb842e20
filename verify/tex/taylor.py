r"""An approximation by a polynomial in one small variable, `\sin x \approx x - \frac{x^3}{6}`, read as the Taylor
polynomial at 0 that it is written as: right when the function's series at 0 has those coefficients up to the
polynomial's degree, wrong when one of them differs. Only when the function is no polynomial itself and both sides
agree at 0 (an expansion about 0); otherwise the step is left as it was (unverified)."""
from __future__ import annotations

import sympy as sp

from verify.tex.bindings import exact
from verify.tex.build import literal_value
from verify.tex.outcome import Outcome
from verify.tex.results import OK, WRONG


def taylor_at_zero(left, right) -> Outcome | None:
    names = {s for e in (left, right) for s in e.free_symbols if not isinstance(s, sp.Dummy)}
    if len(names) != 1:
        return None
    (x,) = names
    for function, written in ((left, right), (right, left)):
        found = _against(exact(function), written, x)
        if found is not None:
            return found
    return None


def _against(function, written, x) -> Outcome | None:
    if not written.is_polynomial(x) or function.is_polynomial(x):
        return None
    poly = sp.Poly(written, x)
    degree = poly.degree()
    if degree < 1:
        return None
    try:
        at_zero = function.subs(x, 0)
        constant = poly.coeff_monomial(1)
        if not at_zero.is_finite or not exact(constant).is_number or \
                abs(sp.N(at_zero - exact(constant), 30)) > _unit(constant):
            return None         # not an expansion about 0 (about another point, or for large x): not read here
        series = sp.series(function, x, 0, degree + 1).removeO()
    except (ValueError, TypeError, NotImplementedError, ZeroDivisionError, sp.PoleError):
        return None
    if series.has(sp.Order, sp.log(x)) or not series.is_polynomial(x):
        return None
    for k in range(1, degree + 1):
        true, coefficient = series.coeff(x, k), poly.coeff_monomial(x**k)
        shown = exact(coefficient)
        if not (true.is_number and shown.is_number):
            return None
        if abs(sp.N(true - shown, 30)) > _unit(coefficient):
            return Outcome(WRONG, f"read as the Taylor polynomial at 0 (the sides agree there): the {x}^{k} "
                                  f"coefficient of the series is {_plain(true)}, not {_plain(shown)}")
    return Outcome(OK, f"the Taylor polynomial at 0 of degree {degree}: its coefficients are the series' (up to "
                       f"{x}^{degree}; the approximation is for {x} near 0)")


def _unit(coefficient) -> sp.Expr:
    """One unit in the last written place of the decimals in a coefficient (0.16: 0.01), 0 for exact numbers."""
    places = [len(d.name.partition(".")[2]) for d in coefficient.atoms(sp.Dummy) if literal_value(d) is not None]
    return sp.Rational(1, 10**max(places)) if places else sp.Integer(0)


def _plain(number) -> str:
    return str(number) if number.is_Rational else str(sp.N(number, 6))
