"""Labels for lipics_appendix_beta_binomial_map_ridge.tex: a LIPIcs paper appendix (`\\DeclarePairedDelimiter`
norms and absolute values, `\\argmin`, equation/align/gather): Beta(3, 2) prior, 7 of 10, posterior
Beta(10, 5), mean, mode, variance, evidence, predictive; MAP of a 1-d Gaussian model as ridge least squares
with numbers, an erratum. Every label recomputed below."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch13/lipics_appendix_beta_binomial_map_ridge.tex")
k, n, a, b = 7, 10, 3, 2
L.define(4, "k, n, a, b")
th = sp.symbols("theta", positive=True)
lik, prior = th ** k * (1 - th) ** (n - k), th ** (a - 1) * (1 - th) ** (b - 1)
L.step(True, note="Bayes: posterior propto likelihood x prior")
L.step(same(lik * prior, th ** (k + a - 1) * (1 - th) ** (n - k + b - 1)))
al, be = k + a, n - k + b
L.step((al, be) == (10, 5)); L.define(2, "alpha, beta")
logpost = (al - 1) * sp.log(th) + (be - 1) * sp.log(1 - th)
L.step(same(sp.diff(logpost, th), (al - 1) / th - (be - 1) / (1 - th))); L.define(note="= 0")
# mean, mode from the density
dens = th ** (al - 1) * (1 - th) ** (be - 1)
Z = sp.integrate(dens, (th, 0, 1))
mean = sp.integrate(th * dens, (th, 0, 1)) / Z
mode = sp.solve(sp.diff(sp.log(dens), th), th)[0]
var = sp.integrate(th ** 2 * dens, (th, 0, 1)) / Z - mean ** 2
L.step(mean == sp.Rational(al, al + be)); L.step(mean == sp.Rational(10, 15)); L.step(rounds("0.6667", mean))
L.step(mode == sp.Rational(al - 1, al + be - 2)); L.step(mode == sp.Rational(9, 13)); L.step(rounds("0.6923", mode))
L.step(var == sp.Rational(al * be, (al + be) ** 2 * (al + be + 1)))
L.step(var == sp.Rational(10 * 5, 15 ** 2 * 16)); L.step(var == sp.Rational(50, 3600)); L.step(rounds("0.0139", var))
L.step(rounds("0.1179", sp.sqrt(R("0.0139"))) or rounds("0.1179", sp.sqrt(var)))
pvar = sp.Rational(a * b, (a + b) ** 2 * (a + b + 1))          # 6/150 = 0.04
L.step(True, note="Beta(a, b) variance formula")
L.step(pvar == sp.Rational(6, 25 * 5), note="(a + b + 1) = 6, not 5")
L.step(sp.Rational(6, 125) == R("0.048"))
L.step(sp.sqrt(pvar) == sp.sqrt(R("0.048")), carried=True); L.step(rounds("0.2191", sp.sqrt(R("0.048"))))
L.step(substituted(pvar / var, lambda p, v: p / v, "~0.048", "~0.0139"),
       carried=substituted(R("0.048") / var, lambda p, v: p / v, "~0.048", "~0.0139"))
L.step(rounds("3.45", R("0.048") / R("0.0139")))
mle = sp.Rational(k, n)
L.step(True, note="MLE k/n"); L.step(mle == R("0.7"))
L.step(mle > mode); L.step(mode > mean)
# shrinkage forms
L.step(same(sp.Rational(n, n + a + b) * sp.Rational(k, n) + sp.Rational(a + b, n + a + b) * sp.Rational(a, a + b), mean))
L.step(sp.Rational(n, n + a + b) == sp.Rational(2, 3) and sp.Rational(a, a + b) == R("0.6"))
L.step(rounds("0.6667", sp.Rational(2, 3) * R("0.7") + sp.Rational(1, 3) * R("0.6")))
L.step(sp.Rational(a - 1, a + b - 2) == sp.Rational(2, 3))
L.step(same(sp.Rational(n, n + a + b - 2) * sp.Rational(k, n) + sp.Rational(a + b - 2, n + a + b - 2) * sp.Rational(a - 1, a + b - 2), mode))
L.step(sp.Rational(10, 13) * R("0.7") + sp.Rational(3, 13) * R("0.6") == mode, note="prior mode 2/3, not 0.6")
L.step(rounds("0.6769", sp.Rational(10, 13) * R("0.7") + sp.Rational(3, 13) * R("0.6")))
# evidence and prediction
B = lambda x, y: sp.gamma(x) * sp.gamma(y) / sp.gamma(x + y)
L.step(B(3, 2) == sp.Rational(1, 12)); L.step(B(10, 5) == sp.Rational(1, 10010))
ev = sp.integrate(sp.binomial(n, k) * lik * prior / B(a, b), (th, 0, 1))
L.step(ev == sp.binomial(n, k) * B(al, be) / B(a, b)); L.step(ev == 120 * sp.Rational(12, 10010)); L.step(rounds("0.1439", ev))
L.step(True, note="predictive = posterior mean"); L.step(rounds("0.6667", mean))
two = sp.integrate(th ** 2 * dens, (th, 0, 1)) / Z
L.step(two == sp.Rational(al * (al + 1), (al + be) * (al + be + 1))); L.step(two == sp.Rational(110, 240)); L.step(rounds("0.4583", two))
L.step(two == mean ** 2); L.step(rounds("0.4444", mean ** 2))
# ridge
L.define(3, "model, sigma^2, tau^2")
w = sp.symbols("w", real=True)
xs, ys = [1, 2, 3], [2, 3, 7]
s2, t2 = 1, R("0.5")
nlp = sum((y - w * x) ** 2 for x, y in zip(xs, ys)) / (2 * s2) + w ** 2 / (2 * t2)
L.step(True, note="-log posterior, Gaussian lik and prior")
lam = sp.Rational(s2) / t2
obj = sum((y - w * x) ** 2 for x, y in zip(xs, ys)) + lam * w ** 2
L.step(same(sp.expand(2 * s2 * nlp - obj), 0) or sp.expand(2 * s2 * nlp - obj).free_symbols == set(), note="2 sigma^2 nlp = obj + const")
L.define(note="lambda := sigma^2/tau^2"); L.step(lam == 2)
L.define(note="derivative = 0")
wmap = sp.solve(sp.diff(obj, w), w)[0]
xy, xx = sum(x * y for x, y in zip(xs, ys)), sum(x * x for x in xs)
L.step(wmap == sp.Rational(xy) / (xx + lam))
L.define(2, "data")
L.step(xy == 2 + 6 + 21); L.step(xy == 29); L.step(xx == 14)
wmle = sp.Rational(xy, xx)
L.step(wmap == sp.Rational(29, 16)); L.step(wmap == R("1.8125"))
L.step(wmle == sp.Rational(29, 14)); L.step(rounds("2.0715", wmle))
L.step(wmap / wmle == sp.Rational(14, 16)); L.step(sp.Rational(14, 16) == R("0.875")); L.step(abs(wmap) < abs(wmle))
L.define(note="r_3")
L.step(substituted(7 - 3 * wmle, lambda v: 7 - 3 * v, "~2.0715"), carried=True)
L.step(7 - 3 * R("2.0715") == R("0.7855"))
L.step(True, note="norm = sqrt(x^T x)"); L.step(rounds("3.7417", sp.sqrt(14)))
res = [y - wmap * x for x, y in zip(xs, ys)]
L.step(sum(r ** 2 for r in res) == R("0.1875") ** 2 + R("0.625") ** 2 + R("1.5625") ** 2)
L.step(rounds("2.8672", sum(r ** 2 for r in res)))
L.step(substituted(obj.subs(w, wmap), lambda r: r + 2 * R("1.8125") ** 2, "~2.8672"))
L.step(2 * R("1.8125") ** 2 == R("3.2852"), note="2 * 3.2852 = 6.5703")
L.step(R("2.8672") + R("3.2852") == R("6.1524"))
# matrix form, random check
X = sp.Matrix([[1, 2], [0, 1], [3, -1]]); y = sp.Matrix([1, 2, 0]); W = sp.Matrix(sp.symbols("w1 w2"))
f = ((y - X * W).T * (y - X * W))[0] + lam * (W.T * W)[0]
grad = sp.Matrix([sp.diff(f, v) for v in W])
L.step(sp.simplify(grad - (2 * X.T * (X * W - y) + 2 * lam * W)) == sp.zeros(2, 1))
L.step(False, note="XX^T is 3x3: does not even conform with X^T y")
L.define(note="tau^2 = 1"); L.step(sp.Rational(s2) / 1 == 1); L.step(sp.Rational(xy, xx + 1) == sp.Rational(29, 15)); L.step(rounds("1.9333", sp.Rational(29, 15)))
L.define(note="tau^2 = 2"); L.step(sp.Rational(s2) / 2 == 2); L.step(sp.Integer(xy) / (xx + sp.Rational(1, 2)) == sp.Rational(29, 16), carried=True); L.step(sp.Rational(29, 16) == R("1.8125"))
L.step(sp.Rational(8 * 4, 12 ** 2 * 13) == sp.Rational(8 * 4, 12 ** 2 * 12), note="alpha + beta + 1 = 13"); L.step(sp.Rational(8 * 4, 12 ** 2 * 12) == sp.Rational(32, 1728)); L.step(rounds("0.0185", sp.Rational(32, 1728)))
# erratum
L.step(lam == t2 / s2); L.step(t2 / s2 == R("0.5"))
L.step(wmap == 29 / R("14.5"), carried=True); L.step(29 / R("14.5") == R("2.0"))
L.step(wmap / wmle == 14 / R("14.5"), carried=True); L.step(rounds("0.9655", 14 / R("14.5")))
L.step(True, note="ridge normal equations (X^T X + lambda I)^{-1} X^T y")
L.done()
