"""Labels for forum_ed_hw4_beta_binomial_map_ridge.tex: two course-forum threads (Ed/Piazza style) exported
to LaTeX: posters through a `\\poster` macro, replies in an indented list, an instructor's and a TA's endorsed
answers, `@mentions`, vote counts. Thread 1: Beta(3, 5) prior, 9 of 14 free throws: posterior by `\\propto`,
mean (weighted-average form), mode by differentiation and as pseudo-counts, variance and sd, a two-sd band,
P(next make), P(next two makes) against the plug-in, the Beta-Binomial predictive for 3 more shots (pmf, mean,
variance), the evidence. Thread 2: MAP for y = w x + eps with a Gaussian prior as ridge, lambda = sigma^2/tau^2
(and lambda' in the 1/n form), w_MAP against least squares, stationarity, the Gaussian posterior, two GD steps.
Every student post, right or wrong, is labelled by the truth of what it says."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch36/forum_ed_hw4_beta_binomial_map_ridge.tex")
th = sp.symbols("theta", positive=True)


def proportional(p, q):
    """p / q does not depend on theta (checked at random points in (0, 1))."""
    r = sp.simplify(p / q)
    vals = {sp.N(r.subs(th, sp.Rational(j, 13)), 30) for j in (2, 5, 9, 11)}
    return max(vals) - min(vals) < 1e-20


a, b, k, n = 3, 5, 9, 14
al, be = a + k, b + n - k
mean = sp.Rational(al, al + be)
mode = sp.Rational(al - 1, al + be - 2)
var = sp.Rational(al * be, (al + be) ** 2 * (al + be + 1))
sdv = sp.sqrt(var)
Bf = lambda p, q: sp.gamma(p) * sp.gamma(q) / sp.gamma(p + q)

# --- question ---
L.define(2, "k, n"); L.define(2, "a, b"); L.define(2, "likelihood, prior")
post = th ** k * (1 - th) ** (n - k) * th ** (a - 1) * (1 - th) ** (b - 1)
L.step(proportional(post, th ** (k + a - 1) * (1 - th) ** (n + b - 1)), note="n - k + b - 1")
L.step((a + k, b + n) == (12, 19))
wal, wbe = 12, 19
L.step(mean == sp.Rational(12, 31), carried=sp.Rational(wal, wal + wbe) == sp.Rational(12, 31))
L.step(sp.Rational(12, 12 + 19) == sp.Rational(12, 31)); L.step(rounds("0.3871", sp.Rational(12, 31)))
L.step(mode == sp.Rational(11, 29), carried=sp.Rational(wal - 1, wal + wbe - 2) == sp.Rational(11, 29))
L.step(sp.Rational(12 - 1, 12 + 19 - 2) == sp.Rational(11, 29)); L.step(rounds("0.3793", sp.Rational(11, 29)))
L.step(True, note="MLE = k/n"); L.step(rounds("0.6429", sp.Rational(9, 14)))
L.step(rounds("0.375", sp.Rational(3, 8)) and sp.Rational(a, a + b) == sp.Rational(3, 8))
L.step(rounds("0.1498", R("0.3871") ** 2, sp.Rational(12, 31) ** 2))

# --- Koala ---
L.step(n - k == 5)
L.step((a + k, b + n - k) == (12, 10))
L.step(mean == sp.Rational(12, 22)); L.step(rounds("0.5455", mean))
kk, nn, aa, bb = sp.symbols("k n a b", positive=True)
lp = (kk + aa - 1) * sp.log(th) + (nn - kk + bb - 1) * sp.log(1 - th)
gen_mode = sp.solve(sp.diff(lp, th), th)[0]
L.step(same(gen_mode, (aa + kk) / (aa + bb + nn - 2)), note="a + k - 1")
L.step(sp.Rational(a + k, a + b + n - 2) == sp.Rational(12, 20)); L.step(sp.Rational(12, 20) == R("0.6"))
L.step(mode == R("0.6"), carried=sp.Rational(a + k, a + b + n - 2) == R("0.6"))

# --- Hippo ---
L.step(sp.Rational(12 - 1, 12 + 10 - 2) == sp.Rational(11, 20)); L.step(sp.Rational(11, 20) == R("0.55"))
L.define(2, "alpha, beta")
E2 = sp.integrate(th ** 2 * th ** (al - 1) * (1 - th) ** (be - 1), (th, 0, 1)) / Bf(al, be)
E2 = sp.nsimplify(sp.simplify(E2))
L.step(True, note="P(two makes | k) = E[theta^2 | k] (conditionally independent shots)")
L.step(sp.simplify(E2 - (var + mean ** 2)) == 0)
L.step(substituted(var + mean ** 2, lambda p, q: p + q, "~0.0108", "~0.2975"))
L.step(R("0.0108") + R("0.2975") == R("0.3083"))

# --- Lemur ---
A_, B_ = sp.symbols("alpha beta", positive=True)
L.step(same(A_ * B_ / ((A_ + B_) ** 2 * (A_ + B_ + 1)), A_ * B_ / ((A_ + B_) ** 2 * (A_ + B_ - 1))), note="+1")
L.step(sp.Rational(al * be, (al + be) ** 2 * (al + be - 1)) == sp.Rational(120, 484 * 21))
L.step(rounds("0.0118", sp.Rational(120, 484 * 21)))

# --- Otter ---
E3 = sp.Rational(al * (al + 1) * (al + 2), (al + be) * (al + be + 1) * (al + be + 2))
L.step(substituted(E3, lambda p: p ** 3, "~0.5455"), note="not Binomial")
L.step(rounds("0.1623", R("0.5455") ** 3, mean ** 3))

# --- instructor, thread 1 ---
lik = th ** k * (1 - th) ** (n - k)
prior = th ** (a - 1) * (1 - th) ** (b - 1)
L.step(True, note="Bayes: posterior propto likelihood x prior")
L.step(proportional(lik * prior, th ** k * (1 - th) ** (n - k) * th ** (a - 1) * (1 - th) ** (b - 1)))
L.step(sp.expand(lik * prior - th ** (k + a - 1) * (1 - th) ** (n - k + b - 1)) == 0)
L.step(sp.expand(th ** (k + a - 1) * (1 - th) ** (n - k + b - 1) - th ** 11 * (1 - th) ** 9) == 0)
L.step((a + k, b + n - k) == (12, 10))
L.step(n - k + b - 1 == 9)
L.step(True, note="mean of Beta(a + k, b + n - k)"); L.step(mean == sp.Rational(12, 22)); L.step(rounds("0.5455", mean))
L.step(same((aa + kk) / (aa + bb + nn), (aa + bb) / (aa + bb + nn) * aa / (aa + bb) + nn / (aa + bb + nn) * kk / nn))
L.step(substituted(mean, lambda p, q: sp.Rational(8, 22) * p + sp.Rational(14, 22) * q, "0.375", "~0.6429"))
L.step(rounds("0.1364", sp.Rational(8, 22) * R("0.375")) and rounds("0.4091", sp.Rational(14, 22) * R("0.6429"), sp.Rational(14, 22) * sp.Rational(9, 14)))
L.step(R("0.1364") + R("0.4091") == R("0.5455"))
L.step(sp.Rational(n, a + b + n) == sp.Rational(14, 22)); L.step(rounds("0.6364", sp.Rational(14, 22)))
L.step(sp.simplify(sp.diff(11 * sp.log(th) + 9 * sp.log(1 - th), th) - (11 / th - 9 / (1 - th))) == 0)
L.define(note="= 0")
L.step(sp.solve(11 / th - 9 / (1 - th), th) == [sp.Rational(11, 20)]); L.step(sp.Rational(11, 20) == R("0.55"))
L.step(same(gen_mode, (aa + kk - 1) / (aa + bb + nn - 2)))
L.step(a - 1 == 2)
L.step(b - 1 == 4); L.step(sp.Rational(9 + 2, 14 + 2 + 4) == sp.Rational(11, 20) == mode)
L.step(True, note="Beta variance formula"); L.step(var == sp.Rational(12 * 10, 22 ** 2 * 23)); L.step(sp.Rational(120, 11132) == var)
L.step(rounds("0.0108", var)); L.step(substituted(sdv, lambda p: sp.sqrt(p), "~0.0108")); L.step(rounds("0.1039", sp.sqrt(R("0.0108"))))
L.step(al + be + 1 == 23)
band = (R("0.5455") - 2 * R("0.1039"), R("0.5455") + 2 * R("0.1039"))
L.step(band == (R("0.3377"), R("0.7433")), note="0.7533")
L.step(True, note="P(next make | k) = E[theta | k]"); L.step(rounds("0.5455", mean))
L.step(True, note="= E[theta^2 | k]")
L.step(E2 == sp.Rational(al * (al + 1), (al + be) * (al + be + 1)))
L.step(E2 == sp.Rational(12 * 13, 22 * 23)); L.step(sp.Rational(12 * 13, 22 * 23) == sp.Rational(156, 506)); L.step(rounds("0.3083", E2))
L.step(rounds("0.2975", R("0.5455") ** 2, mean ** 2))
L.step(R("0.3083") - R("0.2975") == R("0.0108") and rounds("0.0108", E2 - mean ** 2))
j = sp.symbols("j", integer=True)
m = 3
pmf = lambda jj: sp.binomial(m, jj) * Bf(al + jj, be + m - jj) / Bf(al, be)
L.step(all(sp.simplify(pmf(jj) - sp.binomial(3, jj) * Bf(12 + jj, 13 - jj) / Bf(12, 10)) == 0 for jj in range(4)))
p = [sp.nsimplify(sp.simplify(pmf(jj))) for jj in range(4)]
L.step(p[3] == sp.Rational(12 * 13 * 14, 22 * 23 * 24)); L.step(sp.Rational(12 * 13 * 14, 22 * 23 * 24) == sp.Rational(2184, 12144)); L.step(rounds("0.1798", p[3]))
L.step(p[0] == sp.Rational(10 * 11 * 12, 22 * 23 * 24)); L.step(rounds("0.1087", p[0]))
L.step(p[1] == 3 * sp.Rational(12 * 10 * 11, 22 * 23 * 24)); L.step(rounds("0.3261", p[1]))
L.step(substituted(p[2], lambda q3, q0, q1: 1 - q3 - q0 - q1, "~0.1798", "~0.1087", "~0.3261"))
L.step(1 - R("0.1798") - R("0.1087") - R("0.3261") == R("0.3854"))
EK = sum(jj * p[jj] for jj in range(4))
VK = sum(jj ** 2 * p[jj] for jj in range(4)) - EK ** 2
L.step(EK == 3 * mean); L.step(rounds("1.6364", 3 * R("0.5455"), 3 * mean))
L.step(VK == 3 * mean * (1 - mean) * sp.Rational(al + be + 3, al + be + 1))
L.step(substituted(VK, lambda p_, q_: 3 * p_ * q_ * sp.Rational(25, 23), "~0.5455", "~0.4545"))
L.step(rounds("0.8085", 3 * R("0.5455") * R("0.4545") * sp.Rational(25, 23), VK))
L.step(rounds("0.7438", 3 * R("0.5455") * R("0.4545"), 3 * mean * (1 - mean)))
ev = sp.binomial(14, 9) * Bf(12, 10) / Bf(3, 5)
evi = sp.integrate(sp.binomial(14, 9) * th ** 9 * (1 - th) ** 5 * prior / Bf(3, 5), (th, 0, 1))
L.step(sp.simplify(ev - evi) == 0); L.step(sp.binomial(14, 9) == 2002); L.step(rounds("0.0596", ev))
L.step(rounds("0.1038", sdv))

# --- thread 2 ---
s2, t2 = sp.symbols("sigma2 tau2", positive=True)
w = sp.symbols("w", real=True)
xs, ys = [1, 2, 3], [2, 3, 7]
L.define(note="model")
nlp = sum((yy - w * xx) ** 2 for xx, yy in zip(xs, ys)) / (2 * s2) + w ** 2 / (2 * t2)
true_nlp = -sp.log(sp.Mul(*[sp.exp(-(yy - w * xx) ** 2 / (2 * s2)) / sp.sqrt(2 * sp.pi * s2) for xx, yy in zip(xs, ys)])
                   * sp.exp(-w ** 2 / (2 * t2)) / sp.sqrt(2 * sp.pi * t2))
L.step(sp.simplify(sp.diff(sp.expand_log(true_nlp, force=True) - nlp, w)) == 0)
L.step(sp.simplify(2 * t2 * nlp - (t2 / s2 * sum((yy - w * xx) ** 2 for xx, yy in zip(xs, ys)) + w ** 2)) == 0)
ridge_lambda = s2 / t2      # J(w) = sum (y - w x)^2 + lambda w^2 has J = 2 sigma^2 (nlp - const)
L.step(sp.simplify(t2 / s2 - ridge_lambda) == 0, note="tau^2/sigma^2")
L.define(4, "x, y, sigma^2, tau^2")
Sxx, Sxy = sum(xx * xx for xx in xs), sum(xx * yy for xx, yy in zip(xs, ys))
L.step(Sxx == 14); L.step(Sxy == 29)
lam = ridge_lambda.subs({s2: 1, t2: R("0.5")})
L.step(lam == R("0.5") / 1, carried=True); L.step(R("0.5") / 1 == R("0.5"))
wmap = sp.solve(sp.diff(sum((yy - w * xx) ** 2 for xx, yy in zip(xs, ys)) + lam * w ** 2, w), w)[0]
lw = sp.symbols("lw", positive=True)
L.step(same(sp.solve(sp.diff(sum((yy - w * xx) ** 2 for xx, yy in zip(xs, ys)) + lw * w ** 2, w), w)[0], sp.Integer(Sxy) / (Sxx + lw)))
L.step(wmap == sp.Rational(29, 1) / (14 + R("0.5")), carried=True); L.step(29 / (14 + R("0.5")) == R("2.0"))
# Narwhal
L.step(False, note="-ln N(w; 0, tau^2) = w^2/(2 tau^2) + const")
L.step(lam == 2 * 1 / R("0.5"), carried=True); L.step(2 * 1 / R("0.5") == 4)
L.step(wmap == sp.Rational(29, 18), carried=True); L.step(rounds("1.6111", sp.Rational(29, 18)))
# TA
lnN = sp.log(sp.exp(-w ** 2 / (2 * t2)) / sp.sqrt(2 * sp.pi * t2))
L.step(same(sp.expand_log(lnN, force=True), -w ** 2 / (2 * t2) - sp.log(2 * sp.pi * t2) / 2, symbols=[w, t2], positive=True))
L.define(note="J(w)")
L.step(sp.simplify(2 * s2 * nlp - (sum((yy - w * xx) ** 2 for xx, yy in zip(xs, ys)) + s2 / t2 * w ** 2)) == 0)
L.step(True, note="lambda = sigma^2/tau^2"); L.step(lam == 1 / R("0.5")); L.step(lam == 2)
L.step(wmap == sp.Rational(29, 14 + 2)); L.step(sp.Rational(29, 16) == wmap); L.step(wmap == R("1.8125"))
wls = sp.Rational(Sxy, Sxx)
L.step(wls == sp.Rational(29, 14)); L.step(rounds("2.0714", wls))
L.step(0 < R("1.8125")); L.step(R("1.8125") < R("2.0714"))
J = sum((yy - w * xx) ** 2 for xx, yy in zip(xs, ys)) + lam * w ** 2
Jp = sp.diff(J, w)
L.step(sp.expand(Jp - (-2 * sum(xx * (yy - w * xx) for xx, yy in zip(xs, ys)) + 2 * lam * w)) == 0)
L.step(sp.expand(Jp - (-58 + 28 * w + 4 * w)) == 0); L.step(sp.expand(-58 + 28 * w + 4 * w - (32 * w - 58)) == 0)
L.step(Jp.subs(w, R("1.8125")) == 32 * R("1.8125") - 58); L.step(32 * R("1.8125") == 58); L.step(58 - 58 == 0)
prec = Sxx / sp.Integer(1) + 1 / R("0.5")
L.step(prec == 14 + 2); L.step(prec == 16)
L.step(1 / prec == R("0.0625")); L.step((Sxy / sp.Integer(1)) / prec == R("1.8125"))
nn_ = len(xs)
L.step(True, note="lambda' = sigma^2/(n tau^2)"); L.step(sp.Rational(1, 1) / (nn_ * R("0.5")) == sp.Rational(2, 3)); L.step(rounds("0.6667", sp.Rational(2, 3)))
# GD
L.define(note="w_0 = 0, step 0.02")
w1 = 0 - R("0.02") * Jp.subs(w, 0)
L.define(note="w_1 := rule"); L.step(w1 == 0 - R("0.02") * (-58)); L.step(w1 == R("1.16"))
w2 = w1 - R("0.02") * Jp.subs(w, w1)
L.step(w2 == R("1.16") - R("0.02") * (32 * R("1.16") - 58)); L.step(32 * R("1.16") - 58 == R("-20.88")); L.step(w2 == R("1.5776"))
L.step(1 - R("0.02") * 32 == R("0.36"))
L.step(R("1.8125") - R("1.5776") == R("0.2349")); L.step(rounds("0.2349", R("0.36") ** 2 * R("1.8125")))
L.done()
