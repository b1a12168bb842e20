"""Labels for popquiz_limits_integrals_series.tex: a marked pop quiz (limits, definite and
indefinite integrals with + C, Maclaurin series with a multline product, approximations with
\\approx): a student's answers with their slips."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same  # noqa: E402

L = Labels("batch4/popquiz_limits_integrals_series.tex")
x = sp.Symbol("x", real=True)
X = sp.Symbol("x", positive=True)
n = sp.Symbol("n", positive=True)
lim = lambda e, to, v, d="+-": sp.limit(e, x, to) == v if d == "+-" else sp.limit(e, X, to, d) == v
L.step(lim((1 - sp.cos(x)) / x ** 2, 0, sp.Rational(1, 2)))
L.step(lim(sp.log(1 + 3 * x) / x, 0, sp.Rational(1, 3)))
L.step(lim((1 - 1 / x) ** (2 * x), sp.oo, sp.exp(-2)))
L.step(lim((sp.exp(2 * x) - 1) / x, 0, 1))
L.step(lim((3 * x ** 2 + x) / (5 * x ** 2 - 2), sp.oo, sp.Rational(3, 5)))
L.step(lim((sp.tan(x) - x) / x ** 3, 0, sp.Rational(1, 3)))
L.step(lim(sp.sqrt(x ** 2 + x) - x, sp.oo, 0))
L.step(lim(X ** X, 0, 1, "+"))
L.step(sp.limit((x ** 3 - 1) / (x - 1), x, 1) == sp.limit(3 * x ** 2, x, 1)); L.step(sp.limit(3 * x ** 2, x, 1) == 3)
L.step(sp.limit(n * sp.sin(1 / n), n, sp.oo) == 0)
I = lambda e, a, b: sp.integrate(e, (x, a, b))
L.step(I(x * sp.exp(x), 0, 1) == (x * sp.exp(x) - sp.exp(x)).subs(x, 1) - (x * sp.exp(x) - sp.exp(x)).subs(x, 0)); L.step(sp.simplify((x * sp.exp(x) - sp.exp(x)).subs(x, 1) - (x * sp.exp(x) - sp.exp(x)).subs(x, 0)) == 1)
L.step(sp.simplify(I(sp.sin(x) ** 2, 0, sp.pi / 2) - sp.pi / 4) == 0); L.step(sp.integrate(sp.log(X) / X, (X, 1, sp.E)) == 1)
L.step(I(sp.exp(-2 * x), 0, sp.oo) == 2)
L.step(sp.simplify(I(sp.exp(-x ** 2 / 2), -sp.oo, sp.oo) - sp.sqrt(2 * sp.pi)) == 0); L.step(I(1 / (1 + x ** 2), 0, 1) == sp.pi / 2)
L.step(same(sp.diff(X ** 2 / 2 * sp.log(X) + X ** 2 / 4, X), X * sp.log(X)), note="+ C: check the derivative")
L.step(same(sp.diff(sp.log(1 + x ** 2), x), 2 * x / (1 + x ** 2), [x], positive=False))
L.step(I(sp.Abs(x - 1), 0, 2) == 0)
u = sp.Symbol("u", positive=True)
L.step(I(2 * x * (1 + x ** 2) ** 3, 0, 1) == sp.integrate(u ** 3, (u, 0, 1))); L.step(sp.integrate(u ** 3, (u, 0, 1)) == (u ** 4 / 4).subs(u, 1) - (u ** 4 / 4).subs(u, 0)); L.step((u ** 4 / 4).subs(u, 1) - (u ** 4 / 4).subs(u, 0) == sp.Rational(1, 4))
L.step(sp.simplify(I(x ** 2 * sp.exp(x), 0, 1) - (sp.E - I(2 * x * sp.exp(x), 0, 1))) == 0); L.step(sp.simplify(sp.E - I(2 * x * sp.exp(x), 0, 1) - (sp.E - 2)) == 0); L.step(rounds("0.7183", sp.E - 2))
L.step(I(x / sp.sqrt(1 - x ** 2), 0, 1) == sp.sqrt(1 - x ** 2).subs(x, 1) - sp.sqrt(1 - x ** 2).subs(x, 0)); L.step(sp.sqrt(1 - x ** 2).subs(x, 1) - sp.sqrt(1 - x ** 2).subs(x, 0) == -1)


def ser(f, terms, order):
    return sp.expand(sp.series(f, x, 0, order).removeO() - terms) == 0


L.step(ser(sp.exp(-x), 1 - x + x ** 2 / 2 - x ** 3 / 6, 4)); L.step(ser(sp.log(1 - x), -x - x ** 2 / 2 - x ** 3 / 3, 4))
L.step(ser(sp.sin(x) * sp.cos(x), x - 2 * x ** 3 / 3, 5)); L.step(ser(1 / (1 + x ** 2), 1 - x ** 2 + x ** 4, 6))
L.step(ser(sp.exp(x) * sp.sin(x), x + x ** 2 + x ** 3 / 3, 4)); L.step(ser(sp.sqrt(4 + x), 2 + x / 8 - x ** 2 / 128, 3))
L.step(ser(sp.tan(x), x + x ** 3 / 6, 5)); L.step(ser(sp.log(sp.cos(x)), -x ** 2 / 2, 4)); L.step(ser((1 + x) ** -2, 1 - 2 * x + 3 * x ** 2, 3))
prod = sp.expand((1 + x + x ** 2 / 2 + x ** 3 / 6) * (1 + x + x ** 2 + x ** 3))
trunc = sum(prod.coeff(x, k) * x ** k for k in range(4))
L.step(ser(sp.exp(x) / (1 - x), trunc, 4))
L.step(ser(sp.exp(x) / (1 - x), 1 + 2 * x + 5 * x ** 2 / 2 + 5 * x ** 3 / 3, 4))


def approx(value, terms_value, tol):
    """`f(a) \\approx <truncated series> = <number>`: the series value is within `tol` (a unit of
    the finest written place) of f(a)."""
    return abs(sp.N(value - terms_value, 30)) <= tol


L.step(approx(sp.exp(R("0.1")), 1 + R("0.1") + R("0.005"), R("0.001"))); L.step(1 + R("0.1") + R("0.005") == R("1.105"))
L.step(approx(sp.log(R("1.2")), R("0.2") - R("0.02"), R("0.01"))); L.step(R("0.2") - R("0.02") == R("0.18"))
L.step(approx(sp.sqrt(R("1.1")), 1 + R("0.05"), R("0.01"))); L.step(1 + R("0.05") == R("1.05"))
L.step(approx(sp.cos(R("0.2")), 1 - R("0.04"), R("0.01"))); L.step(1 - R("0.04") == R("0.96"))
sig = lambda t: 1 / (1 + sp.exp(-t))
L.step(approx(sig(R("0.2")), R("0.5") + R("0.2") / 4, R("0.01"))); L.step(R("0.5") + R("0.2") / 4 == R("0.55"))
L.step(approx(sp.tanh(R("0.1")), R("0.1") - R("0.001") / 3, R("0.0001"))); L.step(rounds("0.0997", R("0.1") - R("0.001") / 3))
L.step(approx(1 / R("0.98"), 1 + R("0.02"), R("0.01"))); L.step(1 + R("0.02") == R("1.02"))
L.step(approx(sp.exp(R("-0.05")), 1 - R("0.05"), R("0.01"))); L.step(1 - R("0.05") == R("1.05"))
L.done()
