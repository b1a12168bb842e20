"""Labels for scrbook_gather_intertext_beta_binomial_ridge.tex: a KOMA `scrbook` chapter with `gather*`,
`\\intertext` carrying inline claims, `\\boxed` answers and `\\DeclareMathOperator{\\Beta}`: Beta(3, 2) prior,
7 heads in 10, posterior moments, MAP, predictive, evidence; MAP as a regularised loss (Beta and Gaussian
prior / ridge); a tutorial group's board with slips, some carried; the tutor's correction."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch12/scrbook_gather_intertext_beta_binomial_ridge.tex")
th = sp.Symbol("theta", positive=True)
a, b, n, k = 3, 2, 10, 7
L.define(2, "n, k")
prior = th ** (a - 1) * (1 - th) ** (b - 1)
L.step(same(prior / (th ** 2 * (1 - th)), 1, [th]))
L.step(True, note="binomial likelihood"); L.step(sp.binomial(10, 7) == 120)
post = th ** 7 * (1 - th) ** 3 * prior
L.step(True, note="posterior propto likelihood x prior kernel")
L.step(same(th ** 7 * (1 - th) ** 3 * th ** 2 * (1 - th), th ** 9 * (1 - th) ** 4, [th]))
a1, b1 = a + k, b + n - k
L.define(note="a'"); L.step(a1 == 10); L.define(note="b'"); L.step(b1 == 5)
Z = sp.integrate(post, (th, 0, 1))
mean = sp.integrate(th * post, (th, 0, 1)) / Z
var = sp.integrate(th ** 2 * post, (th, 0, 1)) / Z - mean ** 2
L.step(mean == sp.Rational(a1, a1 + b1)); L.step(mean == sp.Rational(10, 15)); L.step(rounds("0.6667", mean))
L.step(var == sp.Rational(a1 * b1, (a1 + b1) ** 2 * (a1 + b1 + 1))); L.step(var == sp.Rational(50, 225 * 16))
L.step(sp.Rational(50, 225 * 16) == sp.Rational(50, 3600)); L.step(rounds("0.0139", var))
mode = sp.solve(sp.diff(sp.log(post), th), th)[0]
L.step(mode == sp.Rational(a1 - 1, a1 + b1 - 2)); L.step(mode == sp.Rational(9, 13)); L.step(rounds("0.6923", mode))
ml = sp.solve(sp.diff(7 * sp.log(th) + 3 * sp.log(1 - th), th), th)[0]
L.step(ml == sp.Rational(k, n)); L.step(ml == R("0.7"))
L.step(R("0.6667") < R("0.6923")); L.step(R("0.6923") < R("0.7"))
L.step(sp.Rational(3, 5) == R("0.6"))
w1, w2 = sp.Rational(a + b, a + b + n), sp.Rational(n, a + b + n)
L.step(mean == w1 * sp.Rational(a, a + b) + w2 * sp.Rational(k, n))
L.step(mean == sp.Rational(5, 15) * R("0.6") + sp.Rational(10, 15) * R("0.7"))
L.step(sp.Rational(5, 15) * R("0.6") == R("0.2") and rounds("0.4667", sp.Rational(10, 15) * R("0.7")))
L.step(rounds("0.6667", R("0.2") + R("0.4667"), mean))
L.step(rounds("0.6667", mean), note="predictive = posterior mean")
hh = sp.integrate(th ** 2 * post, (th, 0, 1)) / Z
L.step(hh == sp.Rational(a1 * (a1 + 1), (a1 + b1) * (a1 + b1 + 1))); L.step(hh == sp.Rational(110, 240))
L.step(rounds("0.4583", hh)); L.step(hh > R("0.6667") ** 2)
L.step(rounds("0.4445", R("0.6667") ** 2, mean ** 2))
Bf = lambda p, q: sp.gamma(p) * sp.gamma(q) / sp.gamma(p + q)
L.step(Bf(3, 2) == sp.Rational(2 * 1, 24)); L.step(sp.Rational(2, 24) == sp.Rational(1, 12))
L.step(Bf(10, 5) == sp.Rational(sp.factorial(9) * sp.factorial(4), sp.factorial(14)))
L.step(sp.Rational(sp.factorial(9) * sp.factorial(4), sp.factorial(14)) == sp.Rational(1, 10010))
ev = sp.binomial(10, 7) * sp.integrate(th ** 7 * (1 - th) ** 3 * prior, (th, 0, 1)) / sp.integrate(prior, (th, 0, 1))
L.step(ev == sp.binomial(10, 7) * Bf(10, 5) / Bf(3, 2))
L.step(ev == 120 * sp.Rational(12, 10010)); L.step(ev == sp.Rational(144, 1001)); L.step(rounds("0.1439", ev))
# MAP as a regularised loss
nlp = -sp.log(th ** k * (1 - th) ** (n - k) * prior)
L.step(same(sp.diff(nlp, th), sp.diff(-(k + a - 1) * sp.log(th) - (n - k + b - 1) * sp.log(1 - th), th), [th]))
L.step(same(sp.diff(nlp, th), -sp.Rational(k + a - 1) / th + sp.Rational(n - k + b - 1) / (1 - th), [th]))
L.define(note="= 0")
L.step(mode == sp.Rational(k + a - 1, n + a + b - 2))
L.define(5, "model, sigma^2, tau^2, x, y")
w = sp.Symbol("w", real=True)
X, Y, s2, t2 = [1, 2, 3], [1, 3, 2], 1, R("0.5")
nlw = sum((yi - w * xi) ** 2 for xi, yi in zip(X, Y)) / (2 * s2) + w ** 2 / (2 * t2)
half = sum((yi - w * xi) ** 2 for xi, yi in zip(X, Y)) / 2
L.step(True, note="Gaussian likelihood and prior, up to const")
L.step(same(nlw, half + w ** 2, positive=False))
lam = s2 / t2
L.define(note="lambda"); L.step(lam == 2)
Sxy, Sxx = sum(xi * yi for xi, yi in zip(X, Y)), sum(xi ** 2 for xi in X)
L.step(Sxy == 1 + 6 + 6); L.step(Sxy == 13); L.step(Sxx == 14)
L.step(same(sp.diff(nlw, w), -sum(xi * (yi - w * xi) for xi, yi in zip(X, Y)) + 2 * w, positive=False)); L.define(note="= 0")
wmap = sp.solve(sp.diff(nlw, w), w)[0]
L.step(wmap == sp.Rational(Sxy) / (Sxx + lam)); L.step(wmap == sp.Rational(13, 16)); L.step(wmap == R("0.8125"))
wls = sp.Rational(Sxy, Sxx)
L.step(wls == sp.Rational(13, 14)); L.step(rounds("0.9286", wls)); L.step(R("0.9286") > R("0.8125"))
# the group's board
L.step(False, note="b + k"); L.step(a + k == 10 and b + k == 9)
L.step(mean == sp.Rational(10, 19), carried=True); L.step(rounds("0.5263", sp.Rational(10, 19)))
L.step(mode == sp.Rational(10 - 1, 19 - 2), carried=True); L.step(sp.Rational(9, 17) == sp.Rational(10 - 1, 19 - 2))
L.step(rounds("0.5294", sp.Rational(9, 17)))
L.step(lam == t2 / s2, note="inverted"); L.step(t2 / s2 == R("0.5"))
L.step(wmap == 13 / (14 + R("0.5")), carried=True); L.step(rounds("0.8966", 13 / (14 + R("0.5"))))
L.step(var == sp.Rational(50, 225 * 15), note="+1 dropped"); L.step(rounds("0.0148", sp.Rational(50, 225 * 15)))
L.step(hh == R("0.5263") ** 2, carried=False, note="square of the mean is not P(HH)")
L.step(rounds("0.2770", R("0.5263") ** 2))
L.step(ml == sp.Rational(k, n + a + b)); L.step(sp.Rational(7, 15) == sp.Rational(k, n + a + b)); L.step(rounds("0.4667", sp.Rational(7, 15)))
L.step(wls == sp.Rational(13, 14)); L.step(rounds("0.9286", wls)); L.step(R("0.9286") < R("0.8966"))
L.step(same(nlw, half + w ** 2 / 2, positive=False), note="factor of the prior")
L.step(False, carried=same(sp.diff(half + w ** 2 / 2, w), -sum(xi * (yi - w * xi) for xi, yi in zip(X, Y)) + w, positive=False))
L.define(note="= 0"); L.step(False, carried=sp.solve(sp.diff(half + w ** 2 / 2, w), w)[0] == sp.Rational(13, 15))
L.step(rounds("0.8667", sp.Rational(13, 15)))
# tutor
L.step(a + k == 10 and b + n - k == 5); L.step(rounds("0.6667", sp.Rational(2, 3)) and mean == sp.Rational(2, 3))
L.step(lam == s2 / t2); L.step(lam == 2); L.step(wmap == R("0.8125"))
L.done()
