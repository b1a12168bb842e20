"""Labels for problem_class_gaussian_laplace_dropout_estimators.tex: a typed board transcript with comments:
conditioning a bivariate Gaussian (Sigma12/Sigma22 for Sigma12^2/Sigma22, carried into an sd; a sign in the
other conditional mean; the covariance dropped from Var(X1 + X2)), the Laplace approximation to Beta(8, 4) with
its evidence (and a second version with a sign slip in f'' carried into sigma^2, sigma and an interval), inverted
dropout mean and variance (sd of a mean over sqrt(T) taken over T; 1/p^2 forgotten, carried into an sd),
variances of estimators (sigma^2/n^2, carried into an MSE; Cov(xbar, x1) dropped; p(1-p)/n^2)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from sympy.stats import Bernoulli, E as Ex, variance  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch16/problem_class_gaussian_laplace_dropout_estimators.tex")
mu = sp.Matrix([1, 2]); S = sp.Matrix([[4, R("1.2")], [R("1.2"), 1]])
L.define(2, "mu, Sigma")
rho = S[0, 1] / sp.sqrt(S[0, 0] * S[1, 1])
L.step(rho == R("1.2") / sp.sqrt(4 * 1)); L.step(rho == R("0.6"))
L.define(note="X2 = 3")
cm = mu[0] + S[0, 1] / S[1, 1] * (3 - mu[1])
L.step(True, note="conditional mean formula"); L.step(cm == 1 + R("1.2") * (3 - 2)); L.step(cm == R("2.2"))
cv = S[0, 0] - S[0, 1] ** 2 / S[1, 1]
L.step(cv == S[0, 0] - S[0, 1] / S[1, 1], note="Sigma12^2"); L.step(S[0, 0] - S[0, 1] / S[1, 1] == 4 - R("1.2")); L.step(4 - R("1.2") == R("2.8"))
L.step(sp.sqrt(cv) == sp.sqrt(R("2.8")), carried=True); L.step(rounds("1.6733", sp.sqrt(R("2.8"))))
L.step(cv == 4 - R("1.44")); L.step(4 - R("1.44") == R("2.56")); L.step(sp.sqrt(R("2.56")) == R("1.6"))
L.step(S.det() == 4 - R("1.44")); L.step(S.det() == R("2.56"))
Lam = S.inv()
L.define(note="Lambda")
L.step(Lam == sp.Matrix([[1, R("-1.2")], [R("-1.2"), 4]]) / R("2.56"))
L.step(1 / Lam[0, 0] == R("2.56") / 1); L.step(R("2.56") / 1 == R("2.56")); L.step(R("2.56") == cv)
cm2 = mu[1] + S[0, 1] / S[0, 0] * (0 - mu[0])
L.step(cm2 == 2 + R("1.2") / 4 * (0 - 1)); L.step(cm2 == R("2.3"), note="1.7")
cv2 = S[1, 1] - S[0, 1] ** 2 / S[0, 0]
L.step(cv2 == 1 - R("1.44") / 4); L.step(cv2 == R("0.64"))
vs = S[0, 0] + S[1, 1] + 2 * S[0, 1]; vd = S[0, 0] + S[1, 1] - 2 * S[0, 1]
L.step(mu[0] + mu[1] == 3); L.step(vs == 4 + 1, note="+ 2 Cov"); L.step(4 + 1 == 5)
L.step(vd == 4 + 1 - 2 * R("1.2")); L.step(vd == R("2.4"))
L.step(vs == 4 + 1 + 2 * R("1.2")); L.step(vs == R("7.4"))
# Laplace
th = sp.symbols("theta", positive=True)
L.step(True, note="uniform prior x Binomial likelihood")
f = 7 * sp.log(th) + 3 * sp.log(1 - th)
L.define(note="f")
L.step(sp.simplify(sp.diff(f, th) - (7 / th - 3 / (1 - th))) == 0); L.define(note="= 0")
L.step(sp.solve(sp.diff(f, th), th) == [sp.Rational(7, 10)]); L.step(sp.Rational(7, 10) == R("0.7"))
f2 = sp.diff(f, th, 2)
L.step(sp.simplify(f2 - (-7 / th ** 2 - 3 / (1 - th) ** 2)) == 0)
L.step(f2.subs(th, R("0.7")) == -7 / R("0.49") - 3 / R("0.09"))
L.step(rounds("14.2857", 7 / R("0.49")) and rounds("33.3333", 3 / R("0.09")))
L.step(rounds("-47.619", R("-14.2857") - R("33.3333"), f2.subs(th, R("0.7"))))
s2 = -1 / f2.subs(th, R("0.7"))
L.step(True, note="Laplace approximation"); L.define(note="sigma^2")
L.step(substituted(s2, lambda t: 1 / t, "~47.619")); L.step(rounds("0.021", 1 / R("47.619"), s2))
L.step(rounds("0.1449", sp.sqrt(s2), sp.sqrt(R("0.021"))))
L.step(rounds("0.6667", sp.Rational(8, 12)))
bv = sp.Rational(8 * 4, 12 ** 2 * 13)
L.step(bv == sp.Rational(8 * 4, (8 + 4) ** 2 * (8 + 4 + 1)) and rounds("0.0117", bv))
ev = sp.exp(f.subs(th, R("0.7"))) * sp.sqrt(2 * sp.pi * s2)
L.step(True, note="Laplace evidence")
L.step(sp.simplify(ev - R("0.7") ** 7 * R("0.3") ** 3 * sp.sqrt(2 * sp.pi * R("0.021"))) == 0)
L.step(rounds("0.002224", R("0.7") ** 7 * R("0.3") ** 3) and rounds("0.3632", sp.sqrt(2 * sp.pi * R("0.021"))))
L.step(rounds("0.000808", R("0.002224") * R("0.3632"), ev))
B = sp.integrate(th ** 7 * (1 - th) ** 3, (th, 0, 1))
L.step(B == sp.factorial(7) * sp.factorial(3) / sp.factorial(11)); L.step(B == sp.Rational(1, 1320)); L.step(rounds("0.000758", B))
L.step(rounds("1.07", R("0.000808") / R("0.000758"), ev / B))
L.step(same(f2, -7 / th ** 2 + 3 / (1 - th) ** 2, symbols=[th]) if False else False, note="sign")
L.step(False, carried=True); L.step(R("-14.2857") + R("33.3333") == R("19.0476"))
L.step(True, note="sigma^2 = 1/|f''| equals -1/f'' at a max")
L.step(False, carried=True); L.step(rounds("0.0525", 1 / R("19.0476")))
L.step(False, carried=True); L.step(rounds("0.2291", sp.sqrt(R("0.0525"))))
L.step(False, carried=rounds("0.4490", R("1.96") * R("0.2291")))
# dropout
p = R("0.8")
L.define(2, "y, p"); L.define(2, "w, x")
w = [1, -2, R("0.5")]; x = [2, 1, 4]
ms = [Bernoulli(f"m{i}", p) for i in range(3)]
y = sum(wi * mi * xi for wi, mi, xi in zip(w, ms, x)) / p
L.step(True, note="linearity"); L.step(Ex(y) == sum(wi * xi for wi, xi in zip(w, x)))
L.step(sum(wi * xi for wi, xi in zip(w, x)) == 2 - 2 + 2); L.step(2 - 2 + 2 == 2)
V = sp.simplify(variance(y))
q = sum(wi ** 2 * xi ** 2 for wi, xi in zip(w, x))
L.step(V == q * p * (1 - p) / p ** 2); L.step(V == (1 - p) / p * q)
L.step((1 - p) / p == R("0.25") and q == 4 + 4 + 4); L.step(R("0.25") * 12 == 3 and V == 3)
L.define(note="T"); L.step(V / 10 == sp.Rational(3, 10)); L.step(sp.Rational(3, 10) == R("0.3"))
L.step(rounds("1.7321", sp.sqrt(3)))
L.step(sp.sqrt(V / 10) == R("1.7321") / 10, note="sqrt(10)"); L.step(rounds("0.1732", R("1.7321") / 10))
y0 = sum(wi * mi * xi for wi, mi, xi in zip(w, ms, x))
L.step(Ex(y0) == p * 2); L.step(p * 2 == R("1.6")); L.define(note="p = 0.8")
L.step(V == q * p * (1 - p), note="1/p^2"); L.step(q == 12 and True); L.step(12 * R("0.8") * R("0.2") == R("1.92"))
L.step(sp.sqrt(V) == sp.sqrt(R("1.92")), carried=True); L.step(rounds("1.3856", sp.sqrt(R("1.92"))))
# estimators
L.define(2, "n, sigma^2")
n, s2_ = 5, 4
vx = sp.Rational(s2_, n)
L.step(vx == sp.Rational(s2_, n ** 2), note="sigma^2/n"); L.step(sp.Rational(4, 25) == sp.Rational(4, 25)); L.step(sp.Rational(4, 25) == R("0.16"))
L.step(True, note="MSE = Var + bias^2 = Var"); L.step(vx == R("0.16"), carried=True)
# MLE variance estimator, normal data, symbolic check on n = 5 by the known results
L.step(True, note="E MLE var = (n-1)/n sigma^2"); L.step(sp.Rational(4, 5) * 4 == sp.Rational(4, 5) * 4); L.step(sp.Rational(16, 5) == R("3.2"))
L.step(True, note="bias = E - sigma^2"); L.step(R("3.2") - 4 == R("-0.8")); L.step(R("-0.8") == -sp.Rational(s2_, n))
L.step(True, note="s^2 unbiased"); L.step(s2_ == 4)
L.step(True, note="Var s^2 = 2 sigma^4/(n-1) (normal)"); L.step(sp.Rational(2 * 16, 4) == sp.Rational(2 * 16, 4)); L.step(sp.Rational(32, 4) == 8)
L.step(True); L.step(vx == R("0.8")); L.step(4 * vx == 4 * R("0.8")); L.step(4 * R("0.8") == R("3.2"))
vdiff = vx + s2_ - 2 * sp.Rational(s2_, n)
L.step(vdiff == vx + s2_, note="covariance"); L.step(vx + s2_ == R("0.8") + 4); L.step(R("0.8") + 4 == R("4.8"))
L.step(True, note="Cov(xbar, x1) = sigma^2/n"); L.step(sp.Rational(s2_, n) == R("0.8"))
L.step(vdiff == R("0.8") + 4 - R("1.6")); L.step(R("0.8") + 4 - R("1.6") == R("3.2"))
vm = sp.Rational(16, 25) * 8
L.step(True, note="MLE = (n-1)/n s^2"); L.step(vm == sp.Rational(4, 5) ** 2 * 8); L.step(vm == R("5.12"))
L.step(True, note="MSE decomposition"); L.step(R("0.8") ** 2 == R("0.64")); L.step(R("5.12") + R("0.64") == R("5.76"))
L.step(R("5.76") < 8); L.step(True, note="MSE(s^2) = Var = 8")
L.define(2, "p, n")
pp, nn = R("0.3"), 50
vp = pp * (1 - pp) / nn
L.step(True, note="Var p hat"); L.step(vp == R("0.21") / 50); L.step(vp == R("0.0042")); L.step(rounds("0.0648", sp.sqrt(vp)))
L.step(rounds("0.1270", R("1.96") * R("0.0648")))
L.step(vp == pp * (1 - pp) / nn ** 2, note="/n"); L.step(pp * (1 - pp) / nn ** 2 == R("0.000084"))
L.done()
