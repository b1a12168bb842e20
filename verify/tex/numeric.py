r"""Numeric steps with hand rounding: interval arithmetic over the written digits.

A decimal written with d places that is a rounded result stands for the interval
value ± 0.5·10^-d (on the right of `\approx` also a truncation: up to 1·10^-d
above the written digits); inputs typed by hand are
exact. A step holds when the two sides' intervals (widened by `%! tol`) meet: a
correct step is never rejected for its rounding, and a step is `wrong` only when
no choice of the unrounded values could make it hold.
"""
from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from fractions import Fraction

import mpmath
import sympy as sp

from verify.tex.build import literal_value

iv = mpmath.iv
DPS = 40


class Unsupported(Exception):
    pass


@dataclass(frozen=True)
class NumericOutcome:
    holds: bool
    lhs: str        # value(s) for the report
    rhs: str
    detail: str
    exact: bool = False   # the left side is exactly the written right side (nothing was rounded)


def places(text: str) -> int:
    return len(text.split(".", 1)[1]) if "." in text else 0


@functools.lru_cache(maxsize=8192)
def literal_interval(text: str, width):
    """The values a written decimal may stand for. `width` is a half-width in units of the
    last written digit, or (below, above) for an asymmetric range (truncation)."""
    below, above = width if isinstance(width, tuple) else (width, width)
    v, unit = Fraction(text), Fraction(1, 10 ** places(text))
    lo, hi = v - unit * below, v + unit * above
    if lo == hi:
        return iv.mpf(v.numerator) / v.denominator
    return iv.mpf([iv.mpf(lo.numerator) / lo.denominator, iv.mpf(hi.numerator) / hi.denominator])


def _unary(ctx):
    def tanh(x):
        e2 = ctx.exp(2 * x)
        return (e2 - 1) / (e2 + 1)
    def erf(x):
        if ctx is not iv:
            return ctx.erf(x)
        # erf is increasing: its enclosure is erf at the ends, each widened outward by a few ulps
        with mpmath.workprec(iv.prec + 20):
            lo, hi = mpmath.erf(mpmath.mpf(x.a.a)), mpmath.erf(mpmath.mpf(x.b.b))
            pad = mpmath.mpf(2) ** (-iv.prec + 4)
            return iv.mpf([lo - pad, hi + pad])
    return {sp.exp: ctx.exp, sp.sin: ctx.sin, sp.cos: ctx.cos, sp.tan: ctx.tan, sp.tanh: tanh, sp.erf: erf,
            sp.sinh: lambda x: (ctx.exp(x) - ctx.exp(-x)) / 2, sp.cosh: lambda x: (ctx.exp(x) + ctx.exp(-x)) / 2}


_FUNCS = {id(iv): _unary(iv), id(mpmath.mp): _unary(mpmath.mp)}


def evaluate(expr, leaf, ctx=iv):
    """Value of a SymPy tree in an mpmath context (iv: an enclosure; mp: a number).

    `leaf(symbol)` gives the value of each symbol or decimal literal. A tree walk, not
    lambdify: nothing is printed to code and no per-expression compilation is paid.
    """
    if isinstance(expr, sp.Symbol):
        return leaf(expr)
    if expr.is_Integer:
        return ctx.mpf(int(expr))
    if expr.is_Rational:
        return ctx.mpf(int(expr.p)) / int(expr.q)
    if expr is sp.pi:
        return ctx.pi
    if expr is sp.E:
        return ctx.e
    if isinstance(expr, sp.Heaviside):      # its second argument (the value at 0) is not evaluated: see below
        return _combine(expr, [evaluate(expr.args[0], leaf, ctx)], ctx)
    if isinstance(expr, sp.Piecewise):      # a function by cases (cases.py): the first case whose condition holds
        for value, condition in expr.args:
            if _holds(condition, leaf, ctx):
                return evaluate(value, leaf, ctx)
        raise Unsupported("no case of the function by cases holds there")
    return _combine(expr, [evaluate(a, leaf, ctx) for a in expr.args], ctx)


def _holds(condition, leaf, ctx) -> bool:
    """Whether a case's condition holds at the values (decided for the whole enclosure, else not decided)."""
    if condition is sp.true or condition is sp.false:
        return bool(condition)
    if isinstance(condition, sp.And):
        return all(_holds(c, leaf, ctx) for c in condition.args)
    if isinstance(condition, sp.Or):
        return any(_holds(c, leaf, ctx) for c in condition.args)
    if not isinstance(condition, (sp.StrictLessThan, sp.LessThan, sp.StrictGreaterThan, sp.GreaterThan)):
        raise Unsupported(f"a case's condition {condition} is not decided here")
    gap = evaluate(condition.lhs - condition.rhs, leaf, ctx)
    lo, hi = ends(gap) if ctx is iv else (gap, gap)
    strict = isinstance(condition, (sp.StrictLessThan, sp.StrictGreaterThan))
    below = isinstance(condition, (sp.StrictLessThan, sp.LessThan))
    if (hi < 0 if strict else hi <= 0) if below else (lo > 0 if strict else lo >= 0):
        return True
    if (lo >= 0 if strict else lo > 0) if below else (hi <= 0 if strict else hi < 0):
        return False
    raise Unsupported("at the boundary between two cases")


def unwritten_steps(expr, places_: int, functions: bool = False) -> int:
    """Arithmetic operations on exact numbers below the root of a constant expression whose result does
    not fit in `places_` decimals (a negation is not one): the intermediate results a hand computation
    had to round. `functions`: count operations on function values too (a left side of names whose
    rounded values the writer carried through them)."""
    unit = 10 ** places_

    def walk(e, root=False):
        """(exact value as a Fraction or None, count of such operations in e)."""
        if isinstance(e, sp.Dummy):
            v = literal_value(e)
            return (Fraction(int(v.p), int(v.q)) if v is not None else None), 0
        if e.is_Rational:
            return Fraction(int(e.p), int(e.q)), 0
        if e.is_Atom:
            return None, 0
        parts = [walk(a) for a in e.args]
        n = sum(c for _, c in parts)
        values = [v for v, _ in parts]
        value = _exact_operation(e, values)
        negation = e.is_Mul and len(e.args) == 2 and e.args[0] == -1
        # a/b is one division by hand, though SymPy writes it a·b⁻¹: the reciprocal is not a result
        negation = negation or e.is_Pow and e.args[1] == -1
        # Only arithmetic on exact numbers is done by hand in rounded steps; a function value
        # (e^{-0.5}, and what is built on it) comes from a calculator in one go: no slack for it.
        if not root and not negation and (value is None and functions or
                                          value is not None and (value * unit).denominator != 1):
            n += 1
        return value, n
    return walk(expr, root=True)[1]


def _exact_operation(e, values) -> Fraction | None:
    """The exact value of a sum, product or whole power of exact values (None if one is unknown)."""
    if None in values:
        return None
    if e.is_Add:
        return sum(values, Fraction(0))
    if e.is_Mul:
        value = Fraction(1)
        for v in values:
            value *= v
        return value
    if e.is_Pow and e.args[1].is_Integer and abs(int(e.args[1])) <= 64 and (values[0] or e.args[1] > 0):
        return values[0] ** int(e.args[1])
    return None


def rounded_by_hand(expr, places_: int) -> Fraction | None:
    """The value of a constant expression worked by hand with every intermediate result that does not fit in
    `places_` decimals rounded to them (half up), as the writer of `-0.6 - 0.1(-0.4982) = -0.5502` would; None
    when a function value (a calculator's) or an unsupported operation is in it."""
    unit = 10 ** places_

    def rounded(v: Fraction) -> Fraction:
        return Fraction(math.floor(abs(v) * unit + Fraction(1, 2)), unit) * (1 if v >= 0 else -1)

    def walk(e, root=False):
        if isinstance(e, sp.Dummy):
            v = literal_value(e)
            return Fraction(int(v.p), int(v.q)) if v is not None else None
        if e.is_Rational:
            return Fraction(int(e.p), int(e.q))
        if e.is_Atom or not (e.is_Add or e.is_Mul or e.is_Pow):
            return None
        value = _exact_operation(e, [walk(a) for a in e.args])
        if value is None:
            return None
        kept = root or e.is_Mul and len(e.args) == 2 and e.args[0] == -1 or e.is_Pow and e.args[1] == -1
        return value if kept else rounded(value)      # (a negation or a reciprocal is no result of its own)
    return walk(expr, root=True)


def _combine(expr, args, ctx):
    if expr.is_Add:
        out = args[0]
        for a in args[1:]:
            out = out + a
        return out
    if expr.is_Mul:
        out = args[0]
        for a in args[1:]:
            out = out * a
        return out
    if expr.is_Pow:
        base, exp = args
        e = expr.args[1]
        if e.is_Integer:
            n = int(e)
            if abs(n) > 10000:
                raise Unsupported("exponent too large")
            p = base ** abs(n) if n else ctx.mpf(1)
            return 1 / p if n < 0 else p
        if e == sp.Rational(1, 2):
            return ctx.sqrt(base)
        return ctx.exp(exp * ctx.log(base))
    if isinstance(expr, sp.log):
        return ctx.log(args[0]) / (ctx.log(args[1]) if len(args) == 2 else 1)
    if isinstance(expr, sp.Abs):
        return abs(args[0])
    if isinstance(expr, (sp.Max, sp.Min)) and ctx is not iv:
        return (max if isinstance(expr, sp.Max) else min)(args)
    if isinstance(expr, (sp.Max, sp.Min)):
        # the ends at the enclosure's own precision: rounded to 53 bits they moved inside it (max(0, 0.35)
        # came out as the double below 0.35, and -0.084 = -0.24 max(0, 0.35) failed)
        pick = max if isinstance(expr, sp.Max) else min
        with mpmath.workprec(iv.prec):
            return iv.mpf([pick(ends(a)[0] for a in args), pick(ends(a)[1] for a in args)])
    if isinstance(expr, sp.Heaviside):      # the slope of max(0, z): 1 or 0 away from the kink, undecided at it
        lo, hi = ends(args[0]) if ctx is iv else (args[0], args[0])
        if lo > 0 or hi < 0:
            return ctx.mpf(1 if lo > 0 else 0)
        raise Unsupported("the slope of max(0, ·) at its kink")
    fn = _FUNCS[id(ctx)].get(expr.func)
    if fn is None or len(args) != 1:
        raise Unsupported(f"{expr.func.__name__} has no numeric evaluation here")
    return fn(args[0])


def _leaf(symbol, widths):
    if literal_value(symbol) is None:
        raise Unsupported(f"no value for {symbol}")
    return literal_interval(symbol.name, widths(symbol.name))


def interval(expr, widths):
    """Enclosure of a constant expression; `widths(text)` gives each literal's width (see literal_interval)."""
    return evaluate(expr, lambda s: _leaf(s, widths), iv)


def ends(x):
    return mpmath.mpf(x._mpi_[0]), mpmath.mpf(x._mpi_[1])


def _show(x) -> str:
    lo, hi = ends(x)
    if hi - lo <= abs(lo) * mpmath.mpf(10) ** -25:
        return f"= {mpmath.nstr(lo, 10)}"
    return f"in [{mpmath.nstr(lo, 8)}, {mpmath.nstr(hi, 8)}]"


class _precision:
    def __enter__(self):
        self.saved, iv.dps = iv.dps, DPS

    def __exit__(self, *exc):
        iv.dps = self.saved


def enclosure(expr, widths) -> tuple:
    """(low, high) of a constant expression, as mpmath numbers."""
    with _precision():
        lo, hi = ends(interval(expr, widths))
    if not (mpmath.isfinite(lo) and mpmath.isfinite(hi)):
        raise Unsupported("a side is infinite or undefined")
    return lo, hi


def compare(lhs, rhs, lhs_widths, rhs_widths, tol: float = 0.0, slack=Fraction(0)) -> NumericOutcome:
    """Do the two sides' enclosures meet (after widening by relative `tol`, and the left side by
    the absolute `slack`)?"""
    with _precision():
        a = interval(lhs, lhs_widths)
        if slack:
            a = a + iv.mpf([-slack.numerator, slack.numerator]) / slack.denominator
        b = interval(rhs, rhs_widths)
        (a_lo, a_hi), (b_lo, b_hi) = ends(a), ends(b)
        if not all(mpmath.isfinite(v) for v in (a_lo, a_hi, b_lo, b_hi)):
            raise Unsupported("a side is infinite or undefined")
        # exact values kept for later steps are rationals to 40 digits (see numeric_steps._value): a sum of them
        # may miss an exact 0 or 1 by 1e-41, never by 1e-30
        b_mid = ends(interval(rhs, lambda text: Fraction(0)))
        exact = a_lo == a_hi == b_mid[0] == b_mid[1]
        scale = max(abs(v) for v in (a_lo, a_hi, b_lo, b_hi))
        slop = (1 + scale) * mpmath.mpf(10) ** -30 + scale * mpmath.mpf(tol)
        holds = not (a_hi + slop < b_lo or b_hi < a_lo - slop)
        ls, rs = _show(a), _show(b)
    detail = f"left side {ls}, right side {rs}"
    if not holds:
        detail += " (they differ by more than the written precision allows)"
    return NumericOutcome(holds, ls, rs, detail, exact)
