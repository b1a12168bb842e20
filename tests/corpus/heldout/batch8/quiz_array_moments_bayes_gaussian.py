"""Labels for quiz_array_moments_bayes_gaussian.tex: a typed quiz script in \\begin{array}{rcl} derivations
with \\newcommand macros (\\E, \\Var, \\Cov, \\Corr): moment laws with Var(2X - 3Y) using -6 Cov (carried into
the sd), Var(X + Y) without the covariance, E[1/X] = 1/EX; Bayes with a second test counted twice;
Gaussian MLE of sigma^2 over n - 1 (carried into sigma-hat); Normal-Normal posterior precision without
n (carried into the variance and the mean); the grader's corrections. Laws about moments are decided on
explicit finite distributions with the stated moments (sympy.stats)."""
import itertools
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from sympy.stats import E, FiniteRV, variance, covariance  # noqa: E402
from truth import Labels, R, rounds, substituted  # noqa: E402

L = Labels("batch8/quiz_array_moments_bayes_gaussian.tex")
# a joint distribution with EX = 2, VarX = 3, EY = -1, VarY = 4, Cov = 1: X = 2 + sqrt3 U, Y = -1 + 2(rho U + sqrt(1-rho^2) V)
s3 = sp.sqrt(3); rho = 1 / (s3 * 2)
U = FiniteRV("U", {-1: sp.Rational(1, 2), 1: sp.Rational(1, 2)})
Vv = FiniteRV("V", {-1: sp.Rational(1, 2), 1: sp.Rational(1, 2)})
X = 2 + s3 * U; Y = -1 + 2 * (rho * U + sp.sqrt(1 - rho**2) * Vv)
S = lambda e: sp.nsimplify(sp.simplify(e))
assert (S(E(X)), S(variance(X)), S(E(Y)), S(variance(Y)), S(covariance(X, Y))) == (2, 3, -1, 4, 1)
L.define(5, "moments given")
L.step(S(E(2 * X - 3 * Y + 1)) == 2 * 2 - 3 * (-1) + 1); L.step(2 * 2 - 3 * (-1) + 1 == 4 + 3 + 1); L.step(4 + 3 + 1 == 8)
v = S(variance(2 * X - 3 * Y))
L.step(v == 4 * 3 + 9 * 4 - 6 * 1, note="-6 Cov"); L.step(4 * 3 + 9 * 4 - 6 * 1 == 12 + 36 - 6); L.step(12 + 36 - 6 == 42)
L.step(sp.sqrt(v) == sp.sqrt(42), carried=True); L.step(rounds("6.4807", sp.sqrt(42), approx=True))
L.step(S(E(X**2)) == 3 + 2**2); L.step(3 + 2**2 == 3 + 4); L.step(3 + 4 == 7)
L.step(S(E(X * Y)) == 1 + 2 * (-1)); L.step(1 + 2 * (-1) == 1 - 2); L.step(1 - 2 == -1)
L.step(S(variance(X + Y)) == 3 + 4, note="no covariance"); L.step(3 + 4 == 7)
L.step(S(covariance(X + Y, X - Y)) == 3 - 4); L.step(3 - 4 == 3 - 4); L.step(3 - 4 == -1)
corr = S(covariance(X, Y) / sp.sqrt(variance(X) * variance(Y)))
L.step(True, note="definition of Corr"); L.step(corr == 1 / sp.sqrt(3 * 4)); L.step(rounds("0.2887", 1 / sp.sqrt(12), approx=True))
L.step(S(E(1 / X)) == sp.Rational(1, 2), note="Jensen: E[1/X] is 2 here"); L.step(sp.Rational(1, 2) == R("0.5"))
L.step(v == 36); L.step(sp.sqrt(v) == 6); L.step(S(variance(X + Y)) == 3 + 4 + 2); L.step(3 + 4 + 2 == 9)
L.step(S(E(1 / X)) != sp.Rational(1, 2))
# Bayes
pD, sens, fp = R("0.01"), R("0.95"), R("0.05")
L.define(3, "P(D), sensitivity, false-positive rate")
pp = sens * pD + fp * (1 - pD)
L.step(True, note="total probability"); L.step(pp == R("0.95") * R("0.01") + R("0.05") * R("0.99")); L.step(pp == R("0.059"))
post = sens * pD / pp
L.step(post == R("0.0095") / R("0.059")); L.step(rounds("0.1610", post)); L.step(1 - post == 1 - R("0.1610") or substituted(1 - post, lambda p: 1 - p, "~0.1610")); L.step(rounds("0.8390", 1 - post))
post2 = sens**2 * pD / (sens**2 * pD + fp**2 * (1 - pD))
stud = lambda p: sens**2 * p / (sens**2 * p + fp**2 * (1 - p))
L.step(substituted(post2, stud, "~0.161"), note="both tests on the updated prior"); L.step(rounds("0.9858", stud(R("0.161"))))
L.step(substituted(post2, lambda p: sens * p / (sens * p + fp * (1 - p)), "~0.161") and rounds("0.7848", post2))
L.step(rounds("0.7848", post2))
# Gaussian MLE
xs = [2, 4, 4, 5, 10]; n = len(xs)
L.define(2, "data, n")
mu, s2 = sp.symbols("mu sigma2", positive=True)
ell = -sp.Rational(n, 2) * sp.log(2 * sp.pi * s2) - sum((xi - mu)**2 for xi in xs) / (2 * s2)
L.step(True, note="Gaussian log-likelihood, written with the sum")
L.step(sp.simplify(sp.diff(ell, mu) - sum(xi - mu for xi in xs) / s2) == 0); L.define(note="= 0")
muhat = sp.solve(sp.diff(ell, mu), mu)[0]
L.step(muhat == sp.Rational(sum(xs), n)); L.step(sp.Rational(sum(xs), n) == sp.Rational(25, 5)); L.step(muhat == 5)
L.step(sp.simplify(sp.diff(ell, s2) - (-sp.Rational(n, 2) / s2 + sum((xi - mu)**2 for xi in xs) / (2 * s2**2))) == 0)
ss = sum((xi - muhat)**2 for xi in xs)
L.step(ss == 9 + 1 + 1 + 0 + 25); L.step(ss == 36)
s2hat = sp.solve(sp.diff(ell, s2).subs(mu, muhat), s2)[0]
L.step(s2hat == sp.Rational(36, n - 1), note="n - 1"); L.step(sp.Rational(36, n - 1) == 9)
L.step(sp.sqrt(s2hat) == 3, carried=sp.sqrt(9) == 3)
L.step(s2hat == sp.Rational(36, 5)); L.step(s2hat == R("7.2")); L.step(rounds("2.6833", sp.sqrt(s2hat), approx=True))
L.step(True, note="E[sigma-hat^2] = (n-1)/n sigma^2 (standard; not recomputed)")
# Normal-Normal
sig2, tau2 = 9, 4; xbar = sp.Rational(sum(xs), n)
L.define(2, "sigma^2, tau^2")
prec = sp.Rational(1, tau2) + sp.Rational(n, sig2)
sprec = sp.Rational(1, tau2) + sp.Rational(1, sig2)                   # the student's, without n
L.step(prec == sprec, note="without n"); L.step(substituted(sprec, lambda p, q: p + q, "0.25", "~0.1111")); L.step(rounds("0.3611", sprec))
pv = 1 / prec
L.step(substituted(pv, lambda p: 1 / p, "~0.3611"), carried=True); L.step(rounds("2.7692", 1 / sprec, 1 / R("0.3611")))
pm = pv * n * xbar / sig2
L.step(True, note="posterior mean = posterior variance * n xbar / sigma^2 (prior mean 0)")
L.step(substituted(pm, lambda p: p * sp.Rational(25, 9), "~2.7692"), carried=substituted(1 / sprec * n * xbar / sig2, lambda p: p * sp.Rational(25, 9), "~2.7692"))
L.step(rounds("7.6922", R("2.7692") * sp.Rational(25, 9)))
L.step(xbar == 5)
L.step(prec == sp.Rational(29, 36) and sp.Rational(1, 4) + sp.Rational(5, 9) == sp.Rational(29, 36)); L.step(pv == sp.Rational(36, 29)); L.step(rounds("1.2414", pv, approx=True))
L.step(pm == sp.Rational(36, 29) * sp.Rational(25, 9)); L.step(pm == sp.Rational(100, 29)); L.step(rounds("3.4483", pm, approx=True))
L.step(rounds("10.2414", 9 + R("1.2414"), sig2 + pv))
L.done()
