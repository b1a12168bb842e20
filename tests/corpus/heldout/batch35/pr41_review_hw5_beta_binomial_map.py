"""Labels for pr41_review_hw5_beta_binomial_map.tex: a GitHub pull-request review thread on a course
repository's solutions file (diff lines marked -/+, context lines, reviewers' comments with displays).
Both removed and added lines are labelled as truths. Beta(2, 3) prior with 6 heads in 10: posterior by
proportionality, mean (and as a weighted average), mode, variance, sd, a rough interval, P(two more
heads), the Beta-Binomial predictive for m = 3; the coin MAP as a penalised cross-entropy with numbers;
MAP for y = w x + noise as regularised MSE (lambda in the 1/n form), w_MAP against least squares, two GD
steps on the MAP objective."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch35/pr41_review_hw5_beta_binomial_map.tex")
th = sp.symbols("theta", positive=True)
a, b, k, n = 2, 3, 6, 10
al, be = k + a, n - k + b
kern = th ** k * (1 - th) ** (n - k) * th ** (a - 1) * (1 - th) ** (b - 1)
L.define(4, "a, b, k, n")
# removed lines
L.step(True, note="likelihood x prior"); L.step(same(kern, th ** (k + a - 1) * (1 - th) ** (n + b - 1)), note="n - k + b - 1")
L.step(al == 8); L.step(be == 13, carried=(n + b) == 13)
mean = sp.Rational(al, al + be)
L.step(mean == sp.Rational(8, 21), carried=True); L.step(sp.Rational(8, 8 + 13) == sp.Rational(8, 21)); L.step(rounds("0.3810", sp.Rational(8, 21)))
# added lines
L.step(True); L.step(same(kern, th ** (k + a - 1) * (1 - th) ** (n - k + b - 1)))
L.step(al == 8); L.step(be == 7); L.step(mean == sp.Rational(8, 15)); L.step(rounds("0.5333", mean))
# mfarah
L.step(sp.Rational(a, a + b) == R("0.4")); L.step(True, note="MLE k/n"); L.step(sp.Rational(k, n) == R("0.6")); L.step(R("0.3810") < R("0.4"))
wavg = sp.Rational(n, n + a + b) * sp.Rational(k, n) + sp.Rational(a + b, n + a + b) * sp.Rational(a, a + b)
L.step(wavg == mean); L.step(sp.Rational(10, 15) * R("0.6") + sp.Rational(5, 15) * R("0.4") == wavg)
L.step(sp.Rational(10, 15) * R("0.6") == R("0.4") and rounds("0.1333", sp.Rational(5, 15) * R("0.4"))); L.step(R("0.4") + R("0.1333") == R("0.5333"))
# mode
post = th ** (al - 1) * (1 - th) ** (be - 1)
mode = sp.solve(sp.diff(sp.log(post), th), th)[0]
L.step(mode == sp.Rational(al - 1, al + be - 1)); L.step(sp.Rational(7, 14) == sp.Rational(al - 1, al + be - 1)); L.step(sp.Rational(7, 14) == R("0.5"))
L.step(mode == sp.Rational(al - 1, al + be - 2)); L.step(mode == sp.Rational(7, 13)); L.step(rounds("0.5385", mode))
var = sp.Rational(al * be, (al + be) ** 2 * (al + be + 1))
Bpdf = post / sp.integrate(post, (th, 0, 1))
L.step(sp.simplify(sp.integrate(th ** 2 * Bpdf, (th, 0, 1)) - mean ** 2 - var) == 0); L.step(var == sp.Rational(56, 225 * 16)); L.step(rounds("0.0156", var))
L.step(substituted(sp.sqrt(var), lambda p: sp.sqrt(p), "~0.0156"))
L.step(rounds("0.1274", sp.sqrt(R("0.0156")), sp.sqrt(var)), note="0.1249")
sdv = sp.sqrt(var)
L.step(substituted(mean - 2 * sdv, lambda m_, s_: m_ - 2 * s_, "~0.5333", "~0.1274"), carried=True); L.step(R("0.5333") - 2 * R("0.1274") == R("0.2785"))
L.step(substituted(mean + 2 * sdv, lambda m_, s_: m_ + s_, "~0.5333", "~0.2548"), carried=True); L.step(R("0.5333") + R("0.2548") == R("0.7881"))
# jkoh
L.step(same(sp.diff((al - 1) * sp.log(th) + (be - 1) * sp.log(1 - th), th), (al - 1) / th - (be - 1) / (1 - th)))
L.define(note="= 0"); L.step(True, note="solves to (alpha - 1)/(alpha + beta - 2)")
L.step(R("0.5385") > R("0.5333") and mode > mean); L.step(al > be)
# prediction
E2 = sp.nsimplify(sp.integrate(th ** 2 * Bpdf, (th, 0, 1)))
L.step(E2 == mean ** 2, note="plug-in"); L.step(rounds("0.2844", sp.Rational(8, 15) ** 2))
L.step(True, note="P2 = E[theta^2]"); L.step(E2 == sp.Rational(al * (al + 1), (al + be) * (al + be + 1)))
L.step(sp.Rational(8 * 9, 15 * 16) == E2); L.step(E2 == R("0.3"))
L.step(True, note="P(head) = E theta"); L.step(mean == sp.Rational(8, 15)); L.step(rounds("0.5333", mean))
L.step(E2 == var + mean ** 2); L.step(substituted(E2, lambda p, q: p + q, "~0.0156", "~0.2844")); L.step(R("0.0156") + R("0.2844") == R("0.3000"))
L.step(R("0.3") > R("0.2844"))
m = 3
L.define(note="m = 3")
# predictive of Y ~ BetaBinomial(m, al, be), by enumeration
Bf = lambda p, q: sp.factorial(p - 1) * sp.factorial(q - 1) / sp.factorial(p + q - 1)
pY = [sp.binomial(m, j) * Bf(al + j, be + m - j) / Bf(al, be) for j in range(m + 1)]
EY = sum(j * p for j, p in enumerate(pY))
VY = sum(j ** 2 * p for j, p in enumerate(pY)) - EY ** 2
L.step(EY == m * mean); L.step(3 * sp.Rational(8, 15) == EY); L.step(EY == R("1.6"))
L.step(VY == sp.Rational(m * al * be * (al + be + m), (al + be) ** 2 * (al + be + 1)))
L.step(sp.Rational(3 * 56 * 18, 225 * 16) == VY); L.step(VY == R("0.84"))
L.step(rounds("0.7467", 3 * R("0.5333") * R("0.4667"))); L.step(R("0.7467") < R("0.84"))
L.step(rounds("0.1249", sp.sqrt(R("0.0156")), sdv))
L.step(R("0.5333") - R("0.2498") == R("0.2835"))
L.step(R("0.5333") + R("0.2498") == R("0.7831"))
# Q3
ybar = sp.Rational(k, n)
negpost = -k * sp.log(th) - (n - k) * sp.log(1 - th) - (a - 1) * sp.log(th) - (b - 1) * sp.log(1 - th)
L.step(sp.simplify(sp.expand_log(-sp.log(kern), force=True) - negpost) == 0)
CE = lambda yb, t: -yb * sp.log(t) - (1 - yb) * sp.log(1 - t)
Om = lambda t: -(a - 1) * sp.log(t) - (b - 1) * sp.log(1 - t)
L.step(same(negpost, n * CE(ybar, th) + Om(th))); L.define(2, "CE, ybar"); L.step(ybar == R("0.6"))
L.define(note="Omega")
L.define(note="= 0")
mp = sp.solve(sp.diff(negpost, th), th)[0]
L.step(mp == sp.Rational(k + a - 1, n + a + b - 2)); L.step(mp == sp.Rational(7, 13)); L.step(rounds("0.5385", mp))
L.step(rounds("0.6730", CE(ybar, ybar))); L.step(same(Om(th).subs(th, R("0.6")), -sp.log(R("0.6")) - 2 * sp.log(R("0.4"))))
L.step(rounds("0.5108", -sp.log(R("0.6"))) and rounds("1.8326", -2 * sp.log(R("0.4")))); L.step(R("0.5108") + R("1.8326") == R("2.3434"))
L.step(rounds("9.0734", 10 * R("0.6730") + R("2.3434")))
L.step(rounds("0.6807", CE(ybar, mp), CE(ybar, R("0.5385")))); L.step(rounds("2.1654", Om(mp), Om(R("0.5385"))))
L.step(rounds("8.9724", 10 * R("0.6807") + R("2.1654"))); L.step(R("8.9724") < R("9.0734"))
# Q4
w = sp.symbols("w", real=True)
s2, t2 = sp.symbols("sigma2 tau2", positive=True)
xs, ys = [1, 2, 3], [1, 3, 2]
L.define(note="model")
L.step(True, note="Gaussian log-likelihood + log-prior")
nlp = sum((yy - w * xx) ** 2 for xx, yy in zip(xs, ys)) / (2 * s2) + w ** 2 / (2 * t2)
N_ = len(xs)
reg = lambda lam: sum((yy - w * xx) ** 2 for xx, yy in zip(xs, ys)) / N_ + lam * w ** 2
L.step(same(nlp * 2 * s2 / N_, reg(s2 / t2)), note="lambda = s2/t2")
L.step(same(nlp * 2 * s2 / N_, reg(s2 / (N_ * t2))))
L.define(4, "x, y, s2, t2")
L.step(N_ == 3); L.step(sum(xx * yy for xx, yy in zip(xs, ys)) == 13); L.step(sum(xx * xx for xx in xs) == 14)
lam = sp.Rational(1, 1) / (3 * R("0.5"))
L.step(lam == 1 / (3 * R("0.5"))); L.step(rounds("0.6667", lam))
wmap = sp.solve(sp.diff(nlp.subs({s2: 1, t2: R("0.5")}), w), w)[0]
L.step(wmap == sp.Rational(13, 14 + 1 / R("0.5"))); L.step(sp.Rational(13, 16) == wmap); L.step(wmap == R("0.8125"))
wls = sp.Rational(13, 14)
L.step(True); L.step(rounds("0.9286", wls)); L.step(wmap < wls)
L.define(3, "J, eta, w0")
J = reg(lam)
Jp = sp.diff(J, w)
L.step(same(Jp, sp.Rational(2, 3) * (14 * w - 13) + lam * w, positive=False), note="2 lambda w")
L.step(rounds("-8.6667", Jp.subs(w, 0))); L.step(substituted(0 - R("0.05") * Jp.subs(w, 0), lambda g: -R("0.05") * g, "~-8.6667"))
L.step(rounds("0.4333", R("0.05") * R("8.6667")))
w1 = -R("0.05") * Jp.subs(w, 0)
L.step(False, carried=True, note="lambda w instead of 2 lambda w")
L.step(rounds("-4.6225", sp.Rational(2, 3) * (R("6.0662") - 13)) and rounds("0.2889", R("0.6667") * R("0.4333")) and R("14") * R("0.4333") == R("6.0662"))
L.step(R("-4.6225") + R("0.2889") == R("-4.3336"))
L.step(False, carried=True); L.step(rounds("0.6500", R("0.4333") + R("0.05") * R("4.3336")))
L.step(same(Jp, sp.Rational(2, 3) * (14 * w - 13) + sp.Rational(4, 3) * w, positive=False))
g1 = Jp.subs(w, R("0.4333"))   # at the written w1 (a right rounding), as batches 33/34 do
L.step(substituted(g1, lambda p, q: p + q * R("0.4333"), "~-4.6225", "~1.3333"))
L.step(substituted(g1, lambda p, q: p + q, "~-4.6225", "~0.5777") and rounds("0.5777", R("1.3333") * R("0.4333")))
L.step(R("-4.6225") + R("0.5777") == R("-4.0448") and rounds("-4.0448", g1))
L.step(substituted(w1 - R("0.05") * g1, lambda p, q: p + R("0.05") * q, "~0.4333", "~4.0448")); L.step(rounds("0.6355", R("0.4333") + R("0.05") * R("4.0448")))
L.step(sp.Rational(2, 3) * (14 * R("0.8125") - 13) + sp.Rational(4, 3) * R("0.8125") == Jp.subs(w, R("0.8125")) and 14 * R("0.8125") == R("11.375"))
L.step(rounds("-1.0833", sp.Rational(2, 3) * (R("11.375") - 13)) and rounds("1.0833", R("1.3333") * R("0.8125")))
L.step(Jp.subs(w, R("0.8125")) == 0)
L.step(sp.Rational(13, 1) / (14 + N_ * lam) == wmap); L.step(rounds("0.8125", 13 / (14 + 3 * R("0.6667"))))
L.done()
