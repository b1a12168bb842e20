"""Labels for klausur_musterloesung_poisson_gamma.tex: a German exam model solution (decimal commas `{,}`)
on Poisson counts with a Gamma(2, 1) prior: posterior Gamma(22, 6), mean/MAP/variance, shrinkage weight,
negative-binomial predictive probabilities and variance, Laplace approximation; then seven quoted student
errors (rate beta + sum x carried into the mean, MAP as the mean, 6^2 = 12 carried into an sd, a wrong
exponent, lambda^20 for lambda^21, a sign, an arithmetic slip)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from sympy.stats import Gamma as GammaRV, Poisson, E as Ex, variance, density  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch16/klausur_musterloesung_poisson_gamma.tex")
x = [3, 5, 2, 4, 6]
n, Sx = len(x), sum(x)
L.define(2, "x, n"); L.step(Sx == 20)
al, be = 2, 1
L.define(2, "alpha, beta")
prior = GammaRV("lp", al, sp.Rational(1, be))          # sympy: shape k, scale theta
L.step(Ex(prior) == sp.Rational(al, be)); L.step(sp.simplify(variance(prior)) == sp.Rational(al, be ** 2))
lam = sp.symbols("lambda", positive=True)
lik = sp.prod([lam ** t * sp.exp(-lam) / sp.factorial(t) for t in x])
L.define(note="likelihood")
L.step(sp.simplify(lik / (lam ** Sx * sp.exp(-n * lam))).free_symbols == set())
pr = be ** al / sp.gamma(al) * lam ** (al - 1) * sp.exp(-be * lam)
post = lik * pr
L.step(True, note="Bayes")
L.step(sp.simplify(post / (lam ** 20 * sp.exp(-5 * lam) * lam ** (al - 1) * sp.exp(-be * lam))).free_symbols == set())
L.step(sp.simplify(lam ** 20 * sp.exp(-5 * lam) * lam ** (al - 1) * sp.exp(-be * lam) - lam ** 21 * sp.exp(-6 * lam)) == 0)
a1, b1 = al + Sx, be + n
L.define(); L.step(a1 == 22); L.define(); L.step(b1 == 6)
P = GammaRV("lq", a1, sp.Rational(1, b1))
mean = Ex(P)
L.step(mean == sp.Rational(a1, b1)); L.step(sp.Rational(a1, b1) == sp.Rational(22, 6)); L.step(rounds("3.6667", mean))
mode = sp.Rational(a1 - 1, b1)
dens = density(P)(lam)
L.step(sp.solve(sp.diff(sp.log(dens), lam), lam) == [mode]); L.step(mode == sp.Rational(21, 6)); L.step(mode == R("3.5"))
var = sp.simplify(variance(P))
L.step(var == sp.Rational(a1, b1 ** 2)); L.step(var == sp.Rational(22, 36)); L.step(rounds("0.6111", var))
L.step(rounds("0.7871", sp.sqrt(R("0.6111")), sp.sqrt(var)))
xbar = sp.Rational(Sx, n)
L.step(True, note="MLE = mean"); L.step(xbar == sp.Rational(20, 5)); L.step(xbar == 4)
w = sp.Rational(n, be + n)
L.define(note="w"); L.step(w == sp.Rational(5, 6))
L.step(w * xbar + (1 - w) * sp.Rational(al, be) == mean); L.step(sp.Rational(5, 6) * 4 + sp.Rational(1, 6) * 2 == mean)
L.step(rounds("3.6667", mean))
L.step(2 < R("3.6667")); L.step(R("3.6667") < 4)
# predictive (negative binomial): integrate out lambda
def pred(k):
    return sp.simplify(sp.integrate(lam ** k * sp.exp(-lam) / sp.factorial(k) * dens, (lam, 0, sp.oo)))
p0, p1, p2 = pred(0), pred(1), pred(2)
L.step(sp.simplify(p0 - sp.Rational(b1, b1 + 1) ** a1) == 0); L.step(sp.Rational(b1, b1 + 1) == sp.Rational(6, 7)); L.step(rounds("0.03366", p0))
L.step(sp.simplify(p1 - a1 * sp.Rational(1, 7) * sp.Rational(6, 7) ** 22) == 0)
L.step(substituted(p1, lambda t: 22 * t / 7, "~0.03366")); L.step(rounds("0.1058", 22 * R("0.03366") / 7, p1))
L.step(sp.simplify(p2 - sp.Rational(a1 * (a1 + 1), 2) / 49 * sp.Rational(6, 7) ** 22) == 0)
L.step(substituted(p2, lambda t: 253 * t / 49, "~0.03366") and a1 * (a1 + 1) / 2 == 253); L.step(rounds("0.1783", 253 * R("0.03366") / 49, p2))
Ek2 = sp.simplify(sp.integrate((lam + lam ** 2) * dens, (lam, 0, sp.oo)))      # E[x~^2] = E[lambda + lambda^2]
pv = Ek2 - mean ** 2
L.step(sp.simplify(pv - (mean + var)) == 0)
L.step(substituted(pv, lambda s, t: s + t, "~3.6667", "~0.6111")); L.step(R("3.6667") + R("0.6111") == R("4.2778"))
L.step(rounds("3.6667", mean))
# Laplace
f = sp.log(dens)
L.define(note="f")
L.step(sp.simplify(sp.diff(f - (21 * sp.log(lam) - 6 * lam), lam)) == 0)
L.step(sp.simplify(sp.diff(f, lam) - (21 / lam - 6)) == 0); L.define(note="= 0")
L.step(sp.solve(21 / lam - 6, lam) == [sp.Rational(21, 6)]); L.step(sp.Rational(21, 6) == R("3.5"))
f2 = sp.diff(f, lam, 2)
L.step(sp.simplify(f2 + 21 / lam ** 2) == 0)
L.step(sp.simplify(f2.subs(lam, R("3.5")) + 21 / R("12.25")) == 0 and R("3.5") ** 2 == R("12.25"))
L.step(rounds("-1.7143", -21 / R("12.25")))
sL = -1 / f2.subs(lam, R("3.5"))
L.define(note="sigma_L^2")
L.step(substituted(sL, lambda t: 1 / t, "~1.7143")); L.step(rounds("0.5833", 1 / R("1.7143"), sL))
L.step(R("0.5833") < R("0.6111"))
# students
L.step(be + Sx == b1, note="beta + n"); L.step(be + Sx == 21)
L.step(mean == sp.Rational(22, 21), carried=True); L.step(rounds("1.0476", sp.Rational(22, 21)))
L.step(mode == sp.Rational(a1, b1), note="mean, not mode"); L.step(rounds("3.6667", sp.Rational(a1, b1)))
L.step(var == sp.Rational(a1, b1 ** 2)); L.step(sp.Rational(a1, b1 ** 2) == sp.Rational(22, 36))
L.step(sp.Rational(22, 6 ** 2) == sp.Rational(22, 12), note="6^2 = 36"); L.step(rounds("1.8333", sp.Rational(22, 12)))
L.step(sp.sqrt(var) == sp.sqrt(R("1.8333")), carried=True); L.step(rounds("1.3540", sp.sqrt(R("1.8333"))))
L.step(p0 == sp.Rational(6, 7) ** 20, note="exponent 22"); L.step(rounds("0.0458", sp.Rational(6, 7) ** 20))
L.step(sp.simplify(post / (lam ** 20 * sp.exp(-5 * lam) * lam * sp.exp(-lam))).free_symbols == set())
L.step(sp.simplify(lam ** 20 * sp.exp(-5 * lam) * lam * sp.exp(-lam) - lam ** 20 * sp.exp(-6 * lam)) == 0, note="lambda^21")
L.step(sL == 1 / f2.subs(lam, R("3.5")), note="sign"); L.step(True, note="1/(-1.7143)"); L.step(rounds("-0.5833", 1 / R("-1.7143")))
L.step(substituted(p1, lambda t: 22 * t / 7, "~0.03366")); L.step(rounds("0.1508", 22 * R("0.03366") / 7, p1), note="0.1058")
L.done()
