"""Labels for quals_practice_sheet_beta_binomial_map_ridge.tex: a qualifying-exam practice sheet with the
study group's comments: Beta(3, 2) prior, 7 heads in 10 (posterior, mean, mode by calculus, a Laplace
curvature with an addition slip 60.0278 carried into its sd, the variance given as the sd and carried into
the two-sigma band, shrinkage form, a model answer with the denominator a'+b'-1); MAP as ridge with lambda =
sigma^2/tau^2 for sigma^2/(n tau^2) (carried into lambda, w and the shrinkage factor); two-feature ridge with
the 2x2 inverse's off-diagonal signs not negated (carried into the prediction), corrected; predictive variance."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch22/quals_practice_sheet_beta_binomial_map_ridge.tex")
th = sp.symbols("theta", positive=True)
a, b, n, k = 3, 2, 10, 7
L.define(4, "alpha, beta, n, k")
lik = sp.binomial(n, k) * th ** k * (1 - th) ** (n - k)
prior = th ** (a - 1) * (1 - th) ** (b - 1) / sp.beta(a, b)
post = sp.simplify(lik * prior / sp.integrate(lik * prior, (th, 0, 1)))
ratio = lambda f, g: same(sp.diff(sp.log(f), th), sp.diff(sp.log(g), th), [th])   # proportional in theta
L.step(ratio(lik, th ** k * (1 - th) ** (n - k))); L.step(ratio(prior, th ** (a - 1) * (1 - th) ** (b - 1)))
L.step(ratio(post, th ** (k + a - 1) * (1 - th) ** (n - k + b - 1)))
L.step(same(th ** (k + a - 1) * (1 - th) ** (n - k + b - 1), th ** 9 * (1 - th) ** 4, [th]))
ap, bp = a + k, b + n - k
L.step(ratio(post, th ** (ap - 1) * (1 - th) ** (bp - 1))); L.step(ap == 10)
L.step(True, note="beta' = beta + n - k (same check)"); L.step(bp == 5)
mean = sp.integrate(th * post, (th, 0, 1))
L.step(mean == sp.Rational(ap, ap + bp)); L.step(mean == sp.Rational(10, 15)); L.step(rounds("0.6667", mean, approx=True))
mode = sp.solve(sp.diff(sp.log(post), th), th)[0]
L.step(mode == sp.Rational(ap - 1, ap + bp - 2)); L.step(mode == sp.Rational(9, 13)); L.step(rounds("0.6923", mode, approx=True))
ell = 9 * sp.log(th) + 4 * sp.log(1 - th)
L.define(note="ell = log posterior"); L.step(same(sp.diff(sp.log(post), th), sp.diff(ell, th), [th]))
L.step(same(sp.diff(ell, th), 9 / th - 4 / (1 - th), [th])); L.define(2, "ell' = 0 and its rearrangement"); L.step(mode == sp.Rational(9, 13))
d2 = sp.diff(ell, th, 2)
L.step(same(d2, -9 / th ** 2 - 4 / (1 - th) ** 2, [th])); L.step(d2.subs(th, mode) < 0)
c = -d2.subs(th, mode)
L.step(c == 9 * sp.Rational(13, 9) ** 2 + 4 * sp.Rational(13, 4) ** 2); L.step(9 * sp.Rational(13, 9) ** 2 + 4 * sp.Rational(13, 4) ** 2 == sp.Rational(169, 9) + sp.Rational(169, 4))
L.step(substituted(c, lambda u, v: u + v, "~18.7778", "~42.25") and rounds("18.7778", sp.Rational(169, 9)))
L.step(R("18.7778") + R("42.25") == R("60.0278"), note="61.0278")
L.step(1 / sp.sqrt(c) == 1 / sp.sqrt(R("60.0278")), carried=True); L.step(rounds("0.1291", 1 / sp.sqrt(R("60.0278")), approx=True))
var = sp.simplify(sp.integrate(th ** 2 * post, (th, 0, 1)) - mean ** 2)
L.step(var == sp.Rational(ap * bp, (ap + bp) ** 2 * (ap + bp + 1))); L.step(var == sp.Rational(50, 225 * 16)); L.step(var == sp.Rational(1, 72))
L.step(rounds("0.0139", var, approx=True))
sd = sp.sqrt(var)
L.step(rounds("0.0139", sd), note="the variance"); L.step(rounds("0.0278", 2 * sd), carried=rounds("0.0278", 2 * var))
L.step(sd == sp.sqrt(sp.Rational(1, 72))); L.step(rounds("0.1179", sd, approx=True)); L.step(rounds("0.2357", 2 * sd, approx=True))
L.step(R("18.7778") + R("42.25") == R("61.0278")); L.step(rounds("0.1280", 1 / sp.sqrt(c), approx=True))
lam = sp.Rational(a + b, a + b + n)
L.define(note="lambda"); L.step(lam == sp.Rational(5, 15))
e = lam * sp.Rational(a, a + b) + (1 - lam) * sp.Rational(k, n)
L.step(mean == e); L.step(e == sp.Rational(1, 3) * R("0.6") + sp.Rational(2, 3) * R("0.7"))
L.step(substituted(e, lambda u, v: u + v, "0.2", "~0.4667") and rounds("0.4667", sp.Rational(2, 3) * R("0.7")))
L.step(rounds("0.6667", R("0.2") + R("0.4667")))
L.step(sp.Rational(k, n) == R("0.7")); L.step(mean == sp.Rational(2, 3))
L.step(mode == sp.Rational(ap - 1, ap + bp - 1), note="denominator -2"); L.step(sp.Rational(ap - 1, ap + bp - 1) == sp.Rational(9, 14))
L.step(rounds("0.6429", sp.Rational(9, 14), approx=True))
# problem 2
L.define(5, "model, data, sigma^2, tau^2")
w, s2, t2 = sp.symbols("w sigma2 tau2", positive=True)
xs, ys = [1, 2, 3], [2, 3, 5]
nll = sum((yy - w * xx) ** 2 for xx, yy in zip(xs, ys)) / (2 * s2) + w ** 2 / (2 * t2) + sp.log(2 * sp.pi * s2) * 3 / 2 + sp.log(2 * sp.pi * t2) / 2
L.step(True, note="Bayes' rule up to the evidence")
L.step(same(sp.diff(nll, w), sp.diff(sum((yy - w * xx) ** 2 for xx, yy in zip(xs, ys)) / (2 * s2) + w ** 2 / (2 * t2), w), positive=False))
lam_true = s2 / (3 * t2)
obj = sum((yy - w * xx) ** 2 for xx, yy in zip(xs, ys)) / 3 + lam_true * w ** 2
L.step(same(sp.diff(obj, w) * 3 / (2 * s2), sp.diff(nll, w), positive=False), note="argmin form with the right lambda")
L.step(same(lam_true, s2 / t2), note="1/n")
wmap = sp.solve(sp.diff(nll, w), w)[0].subs({s2: 1, t2: R("0.5")})
L.step(same(sp.diff(obj, w), -sp.Rational(2, 3) * sum(xx * (yy - w * xx) for xx, yy in zip(xs, ys)) + 2 * lam_true * w, positive=False))
L.step(sum(xx ** 2 for xx in xs) == 1 + 4 + 9); L.step(1 + 4 + 9 == 14)
L.step(sum(xx * yy for xx, yy in zip(xs, ys)) == 2 + 6 + 15); L.step(2 + 6 + 15 == 23)
lam_val = lam_true.subs({s2: 1, t2: R("0.5")})
L.step(lam_val == 1 / R("0.5"), carried=True); L.step(1 / R("0.5") == 2)
L.step(wmap == sp.Rational(23, 14 + 3 * 2), carried=True); L.step(sp.Rational(23, 14 + 3 * 2) == sp.Rational(23, 20)); L.step(sp.Rational(23, 20) == R("1.15"))
wmle = sp.Rational(23, 14)
L.step(wmle == sp.Rational(23, 14)); L.step(rounds("1.6429", wmle, approx=True))
L.step(wmap / wmle == R("1.15") / R("1.6429"), carried=True); L.step(rounds("0.7", R("1.15") / R("1.6429")))
L.step(lam_true == s2 / (3 * t2)); L.step(lam_val == 1 / (3 * R("0.5"))); L.step(lam_val == sp.Rational(2, 3))
L.step(3 * lam_val == sp.Rational(1) / R("0.5")); L.step(3 * lam_val == 2)
L.step(wmap == sp.Rational(23, 14 + 2)); L.step(wmap == sp.Rational(23, 16)); L.step(wmap == R("1.4375"))
L.step(R("1.4375") < R("1.6429")); L.step(wmap / wmle == sp.Rational(14, 16) and sp.Rational(14, 16) == R("0.875"))
X = sp.Matrix([[1, 0], [1, 1], [1, 2]]); y = sp.Matrix([1, 2, 4])
L.define(3, "X, y, sigma^2/tau^2")
G = X.T * X
L.step(G == sp.Matrix([[3, 3], [3, 5]])); L.step(X.T * y == sp.Matrix([7, 10]))
M = G + sp.eye(2)
L.step(M == sp.Matrix([[4, 3], [3, 6]])); L.step(M.det() == 24 - 9); L.step(24 - 9 == 15)
wv = M.inv() * X.T * y
wrongM = sp.Matrix([[6, 3], [3, 4]]) / 15
L.step(True, note="ridge normal equations")
L.step(wv == wrongM * sp.Matrix([7, 10]), note="signs of the off-diagonal")
L.step(wrongM * sp.Matrix([7, 10]) == sp.Matrix([72, 61]) / 15)
L.step(sp.Matrix([72, 61]) / 15 == sp.Matrix([R("4.8"), sp.Rational(61, 15)]) and rounds("4.0667", sp.Rational(61, 15)))
xt = sp.Matrix([1, 3])
L.step((xt.T * wv)[0] == R("4.8") + 3 * R("4.0667"), carried=substituted((xt.T * wrongM * sp.Matrix([7, 10]))[0], lambda u, v: u + 3 * v, "~4.8", "~4.0667"))
L.step(rounds("17.0", R("4.8") + 3 * R("4.0667"))); L.define(note="x tilde")
L.step(M * wv == X.T * y); L.step(rounds("31.4", 4 * R("4.8") + 3 * R("4.0667"))); L.step(R("31.4") != 7)
L.step(M.inv() == sp.Matrix([[6, -3], [-3, 4]]) / 15); L.step(wv == sp.Matrix([42 - 30, -21 + 40]) / 15)
L.step(wv == sp.Matrix([R("0.8"), sp.Rational(19, 15)]) and rounds("1.2667", sp.Rational(19, 15)))
L.define(3, "sigma^2 = 1, Sigma, x tilde")
L.step(substituted((xt.T * wv)[0], lambda u, v: u + 3 * v, "~0.8", "~1.2667") and rounds("4.6", R("0.8") + 3 * R("1.2667")))
Sig = M.inv()
pv = 1 + (xt.T * Sig * xt)[0]
L.step(pv == 1 + sp.Rational(6 - 18 + 36, 15)); L.step(1 + sp.Rational(6 - 18 + 36, 15) == 1 + R("1.6")); L.step(1 + R("1.6") == R("2.6"))
L.done()
