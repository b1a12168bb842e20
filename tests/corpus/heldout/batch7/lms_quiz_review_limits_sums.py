"""Labels for lms_quiz_review_limits_sums.tex: an LMS quiz review page (responses with marks and
feedback): limits (1 - cos x)/x^2 = 1, (1 + 1/n)^{2n} = e, x log x -> -infinity, a sign lost in the
last l'Hopital step, sqrt(x^2 + x) - x -> 0; sums: squares as cubes, a geometric series from k = 1 summed
from 0, sum k C(n,k) = n 2^n, a Riemann sum, sum 1/k! from 1 = e. Every relation by sp.limit /
sp.summation."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same  # noqa: E402

L = Labels("batch7/lms_quiz_review_limits_sums.tex")
x = sp.Symbol("x", real=True); n = sp.Symbol("n", positive=True, integer=True)
k = sp.Symbol("k", integer=True, nonnegative=True); i = sp.Symbol("i", integer=True)
lim = sp.limit; oo = sp.oo
L.step(lim(sp.sin(3 * x) / x, x, 0) == 3)
L.step(lim((1 - sp.cos(x)) / x**2, x, 0) == 1)
L.step(sp.series(1 - sp.cos(x), x, 0, 6).removeO() == x**2 / 2 - x**4 / 24); L.step(lim((1 - sp.cos(x)) / x**2, x, 0) == sp.Rational(1, 2))
L.step(lim((1 + 2 / x)**x, x, oo) == sp.E**2)
L.step(lim((1 + 1 / n)**(2 * n), n, oo) == sp.E)
L.step(same((1 + 1 / n)**(2 * n), ((1 + 1 / n)**n)**2, [n]))
L.step(lim((sp.exp(x) - 1 - x) / x**2, x, 0) == sp.Rational(1, 2)); L.step(lim(x * sp.exp(-x), x, oo) == 0)
L.step(lim(x * sp.log(x), x, 0, "+") == -oo)
L.step(same(x * sp.log(x), sp.log(x) / (1 / x), [x]))
L.step(lim((1 / x) / (-1 / x**2), x, 0, "+") == lim(-x, x, 0, "+")); L.step(lim(-x, x, 0, "+") == 0)
L.step(lim((sp.sin(x) - x) / x**3, x, 0) == lim((sp.cos(x) - 1) / (3 * x**2), x, 0))
L.step(lim((sp.cos(x) - 1) / (3 * x**2), x, 0) == lim(-sp.sin(x) / (6 * x), x, 0))
L.step(lim(-sp.sin(x) / (6 * x), x, 0) == sp.Rational(1, 6))
L.step(lim(sp.sqrt(x**2 + x) - x, x, oo) == 0)
L.step(same(sp.sqrt(x**2 + x) - x, x / (sp.sqrt(x**2 + x) + x), [x]))
L.step(lim((x**2 - 1) / (x - 1), x, 1) == lim(x + 1, x, 1)); L.step(lim(x + 1, x, 1) == 2)
L.step(sp.simplify(sp.summation(k, (k, 1, n)) - n * (n + 1) / 2) == 0)
L.step(sp.simplify(sp.summation(2 * i - 1, (i, 1, n)) - n**2) == 0)
L.step(sp.simplify(sp.summation(k**2, (k, 1, n)) - n**2 * (n + 1)**2 / 4) == 0)
L.define(note="n = 3"); L.step(1 + 4 + 9 == 14); L.step(sp.Rational(3 * 4 * 7, 6) == 14)
third = sp.Rational(1, 3)
L.step(sp.summation(third**k, (k, 1, oo)) == 1 / (1 - third)); L.step(1 / (1 - third) == sp.Rational(3, 2))
L.define(note="k = 1"); L.step(sp.summation(third**k, (k, 1, oo)) == third / (1 - third)); L.step(third / (1 - third) == sp.Rational(1, 2))
xv = sp.Rational(2, 5)
L.step(all(sp.summation(k * v**k, (k, 0, oo)) == v / (1 - v)**2 for v in (xv, -sp.Rational(5, 7), sp.Rational(1, 7))))
L.define(note="|x| < 1")
kk = sp.Symbol("kk", integer=True, positive=True)
L.step(sp.simplify(1 / (kk * (kk + 1)) - (1 / kk - 1 / (kk + 1))) == 0); L.step(sp.summation(1 / (kk * (kk + 1)), (kk, 1, oo)) == 1)
L.step(all(sum(sp.binomial(m, j) for j in range(m + 1)) == 2**m for m in range(1, 12)))
L.step(all(sum(j * sp.binomial(m, j) for j in range(m + 1)) == m * 2**m for m in range(1, 12)))
L.step(all(sp.expand((1 + x)**m - sum(sp.binomial(m, j) * x**j for j in range(m + 1))) == 0 for m in range(1, 12)))
L.define(note="x = 1")
L.step(all(sum(j * sp.binomial(m, j) for j in range(m + 1)) == m * 2**(m - 1) for m in range(1, 12)))
riemann = lim(sp.summation(kk / n, (kk, 1, n)) / n, n, oo)
L.step(riemann == sp.integrate(x, (x, 0, 1))); L.step(sp.integrate(x, (x, 0, 1)) == 1)
L.step(sp.summation((-1)**k / sp.factorial(k), (k, 0, oo)) == sp.exp(-1))
L.step(sp.summation(1 / sp.factorial(kk), (kk, 1, oo)) == sp.E)
L.define(note="k = 0"); L.step(sp.summation(1 / sp.factorial(kk), (kk, 1, oo)) == sp.E - 1); L.step(rounds("1.7183", sp.E - 1, approx=True))
L.done()
