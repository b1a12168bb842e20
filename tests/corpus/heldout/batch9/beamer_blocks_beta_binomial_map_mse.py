"""Labels for beamer_blocks_beta_binomial_map_mse.tex: a student's Beamer deck (blocks, columns, \\pause)
on the Beta(2, 2)-Binomial posterior after 7 heads in 10, its mean/variance, the MAP by the log-posterior,
a Laplace approximation, the predictive, and MAP as regularised (averaged) least squares.
Slips: the posterior sd with swapped digits; 'MAP = posterior mean' under a uniform prior; 8/(2/3)^2 = 12
carried into the Laplace variance and sd; the gradient of lambda w^2 as lambda w, carried into the
closed form, w-hat and the shrinkage ratio; the reviewer's corrections."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch9/beamer_blocks_beta_binomial_map_mse.tex")
th = sp.symbols("theta", positive=True)
a, b, k, n = 2, 2, 7, 10
L.define(4, "a, b, k, n")
L.define(note="prior density")
B22 = sp.gamma(2) * sp.gamma(2) / sp.gamma(4)
L.step(B22 == sp.beta(2, 2).rewrite(sp.gamma)); L.step(B22 == sp.Rational(1, 6))
L.step(same(th * (1 - th) / B22, 6 * th * (1 - th)))
L.step(sp.Rational(a, a + b) == sp.Rational(a, a + b)); L.step(sp.Rational(a, a + b) == sp.Rational(1, 2))
pv = sp.Rational(a * b, (a + b) ** 2 * (a + b + 1))
L.step(pv == sp.Rational(4, 80)); L.step(sp.Rational(4, 80) == R("0.05"))
# posterior (proportional rows: compare ratios, constant in theta)
lik = th**k * (1 - th) ** (n - k); prior = 6 * th * (1 - th)
prop = lambda u, v: sp.simplify(sp.diff(sp.simplify(u / v), th)) == 0
L.step(True, note="Bayes' rule up to p(k)")
L.step(prop(lik * prior, th**7 * (1 - th) ** 3 * th * (1 - th)))
L.step(same(th**7 * (1 - th) ** 3 * th * (1 - th), th**8 * (1 - th) ** 4))
ap, bp = a + k, b + n - k
L.define(note="a'"); L.step(ap == 9); L.define(note="b'"); L.step(bp == 5)
mean = sp.Rational(ap, ap + bp)
L.step(True, note="Beta mean formula"); L.step(mean == sp.Rational(9, 14)); L.step(rounds("0.6429", mean, approx=True))
var = sp.Rational(ap * bp, (ap + bp) ** 2 * (ap + bp + 1))
L.step(True, note="Beta variance formula"); L.step(var == sp.Rational(45, 2940)); L.step(rounds("0.0153", var, approx=True))
L.step(rounds("0.1273", sp.sqrt(R("0.0153")), sp.sqrt(var), approx=True), note="digits swapped")
# compromise
L.step(sp.Rational(a + b, a + b + n) == sp.Rational(4, 14)); L.step(sp.Rational(n, a + b + n) == sp.Rational(10, 14))
L.step(substituted(sp.Rational(4, 14) / 2 + sp.Rational(10, 14) * R("0.7"), lambda u, v: u + v, "~0.1429", "0.5"))
L.step(R("0.1429") + R("0.5") == R("0.6429"))
# MAP
ell = 8 * sp.log(th) + 4 * sp.log(1 - th)
L.define(note="log posterior")
L.step(same(sp.diff(ell, th), 8 / th - 4 / (1 - th), symbols=None) if False else
       sp.simplify(sp.diff(ell, th) - (8 / th - 4 / (1 - th))) == 0)
L.define(2, "l'=0 and the equation to solve")
mapv = sp.solve(sp.diff(ell, th), th)[0]
L.step(mapv == sp.Rational(8, 12)); L.step(sp.Rational(8, 12) == sp.Rational(2, 3)); L.step(rounds("0.6667", mapv, approx=True))
L.step(sp.Rational(ap - 1, ap + bp - 2) == mapv)
aa, bb, kk, nn = sp.symbols("a b k n", positive=True)
L.step(same((aa + kk - 1) / (aa + kk + bb + nn - kk - 2), (aa + kk - 1) / (aa + bb + nn - 2)))
L.step(sp.Rational(k, n) == sp.Rational(k, n)); L.step(sp.Rational(k, n) == R("0.7"))
L.step(mapv < sp.Rational(k, n))
L.define(2, "uniform prior a = 1, b = 1")
L.step(same(kk / nn, (kk + 1) / (nn + 2)), note="MAP is k/n, not the mean")
L.step(same((1 + kk) / (2 + nn), (kk + 1) / (nn + 2)))
# Laplace
l2 = sp.diff(ell, th, 2)
L.step(sp.simplify(l2 - (-8 / th**2 - 4 / (1 - th) ** 2)) == 0)
L.step(all(l2.subs(th, sp.Rational(j, 20)) < 0 for j in range(1, 20)))
t0 = sp.Rational(2, 3)
L.step(l2.subs(th, t0) == -8 / t0**2 - 4 / (1 - t0) ** 2)
L.step(-8 / t0**2 - 4 / (1 - t0) ** 2 == -12 - 36, note="8/(2/3)^2 = 18, not 12")
L.step(-12 - 36 == -48)
lapvar = -1 / l2.subs(th, t0)
L.define(note="sigma^2_Lap")
L.step(lapvar == sp.Rational(1, 48), carried=sp.Rational(-1, -48) == sp.Rational(1, 48))
L.step(rounds("0.0208", sp.Rational(1, 48), approx=True))
L.step(R("0.0208") > R("0.0153"))
L.step(substituted(sp.sqrt(lapvar), sp.sqrt, "~0.0208"), carried=substituted(sp.sqrt(sp.Rational(1, 48)), sp.sqrt, "~0.0208"))
L.step(rounds("0.1443", sp.sqrt(R("0.0208")), approx=True))
# predictive
L.step(True, note="predictive = posterior mean"); L.step(mean == sp.Rational(9, 14))
x = sp.symbols("x")
p2 = sp.integrate(th**2 * th**8 * (1 - th) ** 4, (th, 0, 1)) / sp.integrate(th**8 * (1 - th) ** 4, (th, 0, 1))
L.step(p2 == sp.Rational(ap * (ap + 1), (ap + bp) * (ap + bp + 1))); L.step(p2 == sp.Rational(90, 210))
L.step(sp.Rational(90, 210) == sp.Rational(3, 7)); L.step(rounds("0.4286", p2, approx=True))
L.step(sp.Rational(3, 7) > sp.Rational(81, 196)); L.step(rounds("0.4133", sp.Rational(81, 196), approx=True))
# MAP as regularised MSE
w, s2, t2 = sp.symbols("w sigma2 tau2", positive=True)
xs, ys = [1, 2, 3], [1, 3, 4]
L.define(note="model")
nlp = -(sum(-(yi - w * xi) ** 2 / (2 * s2) for xi, yi in zip(xs, ys)) - w**2 / (2 * t2))   # -log p up to const
row1 = sum((yi - w * xi) ** 2 for xi, yi in zip(xs, ys)) / (2 * s2) + w**2 / (2 * t2)
row2 = sum((yi - w * xi) ** 2 for xi, yi in zip(xs, ys)) / 3 + s2 / (3 * t2) * w**2
L.step(same(sp.diff(nlp, w), sp.diff(row1, w)))
L.step(same(sp.diff(row1, w) * 2 * s2 / 3, sp.diff(row2, w)), note="positive multiple 2 sigma^2/n")
L.define(note="lambda")
L.define(4, "data")
lam = sp.Rational(1) / (3 * R("0.5"))
L.step(lam == 1 / (3 * R("0.5"))); L.step(lam == sp.Rational(2, 3))
mse = sum((yi - w * xi) ** 2 for xi, yi in zip(xs, ys)) / 3
wrong_grad = -sp.Rational(2, 3) * sum(xi * (yi - w * xi) for xi, yi in zip(xs, ys)) + lam * w
L.step(same(sp.diff(mse + lam * w**2, w), wrong_grad), note="d/dw lambda w^2 = 2 lambda w")
wmap = sp.solve(sp.diff(mse + lam * w**2, w), w)[0]
wstud = sp.solve(wrong_grad, w)[0]
formula = sp.Rational(19) / (14 + 3 * lam / 2)
L.step(wmap == formula, carried=wstud == formula)
L.step(sum(xi * yi for xi, yi in zip(xs, ys)) == 1 + 6 + 12); L.step(1 + 6 + 12 == 19)
L.step(sum(xi**2 for xi in xs) == 1 + 4 + 9); L.step(1 + 4 + 9 == 14)
L.step(wmap == sp.Rational(19, 15), carried=wstud == sp.Rational(19, 14 + 1))
L.step(sp.Rational(19, 15) == sp.Rational(19, 15)); L.step(rounds("1.2667", sp.Rational(19, 15), approx=True))
wmle = sp.Rational(19, 14)
L.step(sp.solve(sp.diff(mse, w), w)[0] == wmle); L.step(rounds("1.3571", wmle, approx=True))
L.step(wmap / wmle == sp.Rational(14, 15), carried=wstud / wmle == sp.Rational(14, 15))
L.step(rounds("0.9333", sp.Rational(14, 15), approx=True)); L.step(R("0.9333") < 1)
# feedback
L.step(rounds("0.1237", sp.sqrt(R("0.0153")), sp.sqrt(var), approx=True))
L.define(2, "a = b = 1")
L.step(not same(kk / nn, (kk + 1) / (nn + 2))); L.define(note="condition k/n = 1/2")
L.step(8 / t0**2 == 18); L.step(l2.subs(th, t0) == -54)
L.step(lapvar == sp.Rational(1, 54)); L.step(rounds("0.0185", sp.Rational(1, 54), approx=True))
L.step(same(sp.diff(lam * w**2, w), 2 * lam * w))
L.step(wmap == sp.Rational(19, 14 + 2)); L.step(sp.Rational(19, 16) == R("1.1875"))
L.step(0 < R("1.1875")); L.step(R("1.1875") < R("1.3571"))
L.done()
