"""Labels for email_thread_hw4_beta_binomial_map_mse.tex: a saved mail thread (student, TA, professor)
on a Beta(3, 3) prior with 8 successes in 12 trials (posterior, mean, mode, variance, a two-sd band,
P(next two), the Beta-Binomial predictive for m = 3 with its pmf, the evidence and a Bayes factor) and
on MAP for y = wx + eps with a Gaussian prior as ridge / regularised MSE, with two GD steps.
The mistakes are listed in README.md below its `## Mistakes` line."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
import sympy.stats  # noqa: E402,F401


def Bf(x, y):
    return sp.gamma(x) * sp.gamma(y) / sp.gamma(x + y)

from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch37/email_thread_hw4_beta_binomial_map_mse.tex")
th = sp.symbols("theta", positive=True)
a, b, k, n = 3, 3, 8, 12
L.define(4, "a, b, k, n")
an, bn = a + k, b + n - k
post = th ** (an - 1) * (1 - th) ** (bn - 1)
L.step(same((th ** k * (1 - th) ** (n - k) * th ** (a - 1) * (1 - th) ** (b - 1) / Bf(a, b)) / post, 1 / Bf(a, b)), note="posterior propto likelihood x prior")
L.step(same(th ** k * (1 - th) ** (n - k) * th ** (a - 1) * (1 - th) ** (b - 1), th ** 10 * (1 - th) ** 6))
L.define(); L.step(an == 11); L.define(); L.step(bn == 7)
mean = sp.Rational(an, an + bn)
L.step(sp.integrate(th * post, (th, 0, 1)) / sp.integrate(post, (th, 0, 1)) == sp.Rational(an, an + bn)); L.step(mean == sp.Rational(11, 18)); L.step(rounds("0.6111", mean, approx=True))
mode = sp.solve(sp.diff(sp.log(post), th), th)[0]
L.step(mode == sp.Rational(an - 1, an + bn - 1), note="mode over a+b-2")
L.step(sp.Rational(an - 1, an + bn - 1) == sp.Rational(10, 17)); L.step(rounds("0.5882", sp.Rational(10, 17), approx=True))
L.step(sp.solve(sp.diff(k * sp.log(th) + (n - k) * sp.log(1 - th), th), th) == [sp.Rational(k, n)]); L.step(rounds("0.6667", sp.Rational(k, n), approx=True))
L.step(mode < mean, carried=sp.Rational(10, 17) < mean)
var = sp.Rational(an * bn, (an + bn) ** 2 * (an + bn + 1))
L.step(sp.integrate(th ** 2 * post, (th, 0, 1)) / sp.integrate(post, (th, 0, 1)) - mean ** 2 == sp.Rational(an * bn, (an + bn) ** 2 * (an + bn + 1))); L.step(var == sp.Rational(77, 324 * 19)); L.step(sp.Rational(77, 324 * 19) == sp.Rational(77, 6156))
L.step(rounds("0.0125", var, approx=True))
L.step(substituted(sp.sqrt(var), sp.sqrt, "~0.0125")); L.step(rounds("0.1118", sp.sqrt(R("0.0125")), sp.sqrt(var), approx=True))
sd = sp.sqrt(var)
L.step(substituted(mean - 2 * sd, lambda m_, s_: m_ - 2 * s_, "~0.6111", "~0.1118") and rounds("0.3875", R("0.6111") - 2 * R("0.1118")))
L.step(rounds("0.8247", mean + 2 * sd, R("0.6111") + 2 * R("0.1118")), note="0.8347")
L.step(4 * sd == R("0.8247") - R("0.3875"), carried=R("0.8247") - R("0.3875") == R("0.4372"))
L.step(rounds("0.3735", mean ** 2, approx=True))
Eth2 = sp.integrate(th ** 2 * post, (th, 0, 1)) / sp.integrate(post, (th, 0, 1))
L.step(Eth2 == mean ** 2, note="P(both) = E[theta^2]")
L.define(5, "regression model, sigma^2, tau^2, x, y")
w = sp.symbols("w", real=True)
xs, ys = [1, 2, 3], [R("1.5"), R("2.5"), 5]
s2, t2 = sp.Integer(1), R("0.5")
sse = sum((y - w * x) ** 2 for x, y in zip(xs, ys))
nlp = sse / (2 * s2) + w ** 2 / (2 * t2)          # up to a constant
L.step(same(sp.diff(-(sum(-(y - w * x) ** 2 / (2 * s2) for x, y in zip(xs, ys)) - w ** 2 / (2 * t2)) - nlp, w), 0, positive=False))
L.step(same(2 * s2 * nlp, sse + t2 / s2 * w ** 2, positive=False), note="sigma^2/tau^2")
Sxy, Sxx = sum(x * y for x, y in zip(xs, ys)), sum(x * x for x in xs)
L.step(t2 / s2 == R("0.5")); L.step(Sxy == R("1.5") + 5 + 15); L.step(Sxy == R("21.5")); L.step(Sxx == 14)
wmap = sp.solve(sp.diff(nlp, w), w)[0]
L.step(wmap == Sxy / (Sxx + R("0.5")), carried=True)
L.step(Sxy / (Sxx + R("0.5")) == R("21.5") / R("14.5")); L.step(rounds("1.4828", R("21.5") / R("14.5"), approx=True))
wls = Sxy / Sxx
L.step(wls == R("21.5") / 14); L.step(rounds("1.5357", wls, approx=True))
# TA
L.define(); L.step(an == 11); L.define(); L.step(bn == 7)
L.step(same(sp.diff(10 * sp.log(th) + 6 * sp.log(1 - th), th), 10 / th - 6 / (1 - th)))
L.define(note="= 0")
L.step(mode == sp.Rational(10, 16)); L.step(sp.Rational(10, 16) == sp.Rational(an - 1, an + bn - 2)); L.step(mode == R("0.625"))
L.step(R("0.625") > R("0.6111")); L.step(an > bn)
L.step(mean == sp.Rational(a + b, a + b + n) * sp.Rational(a, a + b) + sp.Rational(n, a + b + n) * sp.Rational(k, n))
L.step(substituted(mean, lambda p: sp.Rational(6, 18) * R("0.5") + sp.Rational(12, 18) * p, "~0.6667"))
L.step(rounds("0.1667", sp.Rational(6, 18) * R("0.5")) and rounds("0.4444", sp.Rational(12, 18) * sp.Rational(2, 3)))
L.step(rounds("0.6111", R("0.1667") + R("0.4444")))
L.step(a + b == 6)
L.step(rounds("0.3735", mean ** 2, approx=True))
P2 = sp.Rational(an * (an + 1), (an + bn) * (an + bn + 1))
L.step(Eth2 == sp.integrate(th ** 2 * post, (th, 0, 1)) / sp.integrate(post, (th, 0, 1))); L.step(Eth2 == P2); L.step(P2 == sp.Rational(11 * 12, 18 * 19))
L.step(sp.Rational(11 * 12, 18 * 19) == sp.Rational(132, 342)); L.step(rounds("0.3860", P2, approx=True))
L.step(Eth2 == var + mean ** 2); L.step(substituted(Eth2, lambda u, v: u + v, "~0.0125", "~0.3735"))
L.step(rounds("0.3860", R("0.0125") + R("0.3735"))); L.step(R("0.3860") - R("0.3735") == R("0.0125"))
L.step(R("0.3860") > R("0.3735"))
m = 3
L.define(note="m = 3")
Y = sp.stats.BetaBinomial("Y", m, an, bn)
EY, VY = sp.nsimplify(sp.simplify(sp.stats.E(Y))), sp.nsimplify(sp.simplify(sp.stats.variance(Y)))
L.step(EY == m * mean); L.step(m * mean == 3 * sp.Rational(11, 18)); L.step(rounds("1.8333", EY, approx=True))
L.step(VY == sp.Rational(m * an * bn * (an + bn + m), (an + bn) ** 2 * (an + bn + 1)))
L.step(VY == sp.Rational(3 * 77 * 21, 324 * 19)); L.step(sp.Rational(3 * 77 * 21, 324 * 19) == sp.Rational(4851, 6156))
L.step(rounds("0.7880", VY, approx=True))
L.step(substituted(m * mean * (1 - mean), lambda p, q: 3 * p * q, "~0.6111", "~0.3889") and rounds("0.7130", 3 * R("0.6111") * R("0.3889"), approx=True))
L.step(R("0.7880") > R("0.7130"))
pY = [sp.stats.density(Y)(jj).rewrite(sp.gamma) for jj in range(4)]
L.step(all(pY[jj] == sp.binomial(3, jj) * Bf(an + jj, bn + 3 - jj) / Bf(an, bn) for jj in range(4)) and sum(pY) == 1)
f20 = 18 * 19 * 20
L.step(pY[0] == sp.Rational(7 * 8 * 9, f20)); L.step(sp.Rational(7 * 8 * 9, f20) == sp.Rational(504, 6840)); L.step(rounds("0.0737", pY[0], approx=True))
L.step(pY[1] == 3 * sp.Rational(11 * 7 * 8, f20)); L.step(3 * sp.Rational(11 * 7 * 8, f20) == sp.Rational(1848, 6840)); L.step(rounds("0.2072", pY[1], approx=True))
L.step(pY[2] == 3 * sp.Rational(11 * 12 * 7, f20)); L.step(3 * sp.Rational(11 * 12 * 7, f20) == sp.Rational(2772, 6840)); L.step(rounds("0.4053", pY[2], approx=True))
L.step(pY[3] == sp.Rational(11 * 12 * 13, f20)); L.step(sp.Rational(11 * 12 * 13, f20) == sp.Rational(1716, 6840)); L.step(rounds("0.2509", pY[3], approx=True))
L.step(rounds("0.9263", 1 - R("0.0737")) and rounds("0.9263", 1 - pY[0]))
L.step(t2 / s2 == R("0.5"))
lam = s2 / t2
L.step(same(2 * s2 * nlp, sse + lam * w ** 2, positive=False)); L.define(); L.step(lam == 2)
L.step(wmap == Sxy / (Sxx + lam)); L.step(Sxy / (Sxx + lam) == R("21.5") / 16); L.step(R("21.5") / 16 == R("1.34375")); L.step(rounds("1.3438", wmap))
L.define(2, "J, lambda'")
lam1 = s2 / (3 * t2)
L.step(lam1 == sp.Rational(2, 3))
J = sse / 3 + lam1 * w ** 2
dJ = sp.diff(J, w)
L.step(same(dJ, -sp.Rational(2, 3) * sum(x * (y - w * x) for x, y in zip(xs, ys)) + sp.Rational(4, 3) * w, positive=False))
L.step(same(dJ, sp.Rational(2, 3) * (14 * w - R("21.5")) + sp.Rational(4, 3) * w, positive=False))
L.step(same(dJ, (32 * w - 43) / 3, positive=False))
L.step(sp.solve(dJ, w) == [sp.Rational(43, 32)]); L.step(sp.Rational(43, 32) == R("1.34375"))
L.define(3, "GD rule, eta, w0")
eta = R("0.05")
g0 = dJ.subs(w, 0)
L.step(g0 == -sp.Rational(43, 3)); L.step(rounds("-14.3333", g0))
w1 = -eta * g0
L.step(substituted(w1, lambda g: 0 - eta * g, "~-14.3333")); L.step(rounds("0.7167", w1))
g1 = dJ.subs(w, w1)
L.step(substituted(g1, lambda u: (32 * u - 43) / 3, "~0.7167")); L.step(rounds("-6.6885", g1, (32 * R("0.7167") - 43) / 3))
w2 = w1 - eta * g1
L.step(substituted(w2, lambda u, g: u + eta * g, "~0.7167", "~6.6885")); L.step(rounds("1.0511", w2, R("0.7167") + eta * R("6.6885")))
L.step(rounds("0.4667", 1 - eta * sp.Rational(32, 3), approx=True))
L.step(R("1.3438") - R("1.0511") == R("0.2927"))
L.step(rounds("0.2927", R("1.3438") * R("0.4667") ** 2, (wmap - w2), approx=True))
L.step(2 / sp.Rational(32, 3) == R("0.1875"))
# professor
lp = k * sp.log(th) + (n - k) * sp.log(1 - th) + (a - 1) * sp.log(th) + (b - 1) * sp.log(1 - th)
kk, nn, aa, bb = sp.symbols("k n a b", positive=True)
lps = kk * sp.log(th) + (nn - kk) * sp.log(1 - th) + (aa - 1) * sp.log(th) + (bb - 1) * sp.log(1 - th)
rhs = kk / nn * sp.log(th) + (1 - kk / nn) * sp.log(1 - th) + ((aa - 1) * sp.log(th) + (bb - 1) * sp.log(1 - th)) / nn
L.step(same((lps / nn - rhs).subs(th, sp.Rational(2, 7)), 0))
L.define(2, "a = b = 1")
lp1 = lps.subs({aa: 1, bb: 1})
L.step(sp.simplify(sp.solve(sp.diff(lp1, th), th)[0] - kk / nn) == 0)
L.define(note="k/n = 2/3")
L.step(sp.limit((sp.Rational(2, 3) * nn + aa - 1) / (nn + aa + bb - 2), nn, sp.oo) == sp.Rational(2, 3))
ev = sp.binomial(n, k) * Bf(an, bn) / Bf(a, b)
L.step(ev == sp.integrate(sp.binomial(n, k) * th ** k * (1 - th) ** (n - k) * th ** (a - 1) * (1 - th) ** (b - 1), (th, 0, 1)) / Bf(a, b)); L.step(sp.binomial(12, 8) == 495)
L.step(Bf(11, 7) / Bf(3, 3) == sp.Rational(30, 136136)); L.step(rounds("0.1091", ev, approx=True))
L.step(Bf(3, 3) == sp.Rational(4, 120)); L.step(sp.Rational(4, 120) == sp.Rational(1, 30))
L.step(Bf(11, 7) == sp.factorial(10) * sp.factorial(6) / sp.factorial(17)); L.step(sp.factorial(10) * sp.factorial(6) / sp.factorial(17) == sp.Rational(1, 136136))
flat = sp.binomial(n, k) * Bf(k + 1, n - k + 1)
L.step(flat == sp.Rational(1, n), note="1/(n+1)"); L.step(sp.Rational(1, n) == sp.Rational(1, 12)); L.step(rounds("0.0833", sp.Rational(1, 12), approx=True))
BF = ev / flat
L.step(substituted(BF, lambda u, v: u / v, "~0.1091", "~0.0833"), carried=True)
L.step(rounds("1.3097", R("0.1091") / R("0.0833"), approx=True)); L.step(BF > 1)
nv = sp.symbols("nv", positive=True)
A_, B_ = sp.Rational(2, 3) * nv + a, sp.Rational(1, 3) * nv + b
L.step(sp.limit(nv * A_ * B_ / ((A_ + B_) ** 2 * (A_ + B_ + 1)), nv, sp.oo) == sp.Rational(2, 3) * sp.Rational(1, 3))
L.step(sp.Rational(2, 3) * sp.Rational(1, 3) == sp.Rational(2, 9))
# Priya's last mail
L.step(mode == R("0.625")); L.step(rounds("0.3860", P2, approx=True)); L.step(lam == 2); L.step(rounds("1.3438", wmap, approx=True))
L.step(rounds("0.2702", pY[1], approx=True)); L.step(R("0.0737") + R("0.2702") + R("0.4053") + R("0.2509") == R("1.0001"))
L.step(substituted(wls - wmap, lambda u, v: u - v, "~1.5357", "~1.3438")); L.step(R("1.5357") - R("1.3438") == R("0.1919"))
prec = Sxx / s2 + 1 / t2
L.step(prec == 14 + 2); L.step(prec == 16)
L.step(sp.sqrt(1 / prec) == sp.Rational(1, 16), note="sd = 1/4"); L.step(sp.Rational(1, 16) == R("0.0625"))
L.done()
