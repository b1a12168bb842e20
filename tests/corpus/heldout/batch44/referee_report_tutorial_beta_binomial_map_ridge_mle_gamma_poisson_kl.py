"""Labels for referee_report_tutorial_beta_binomial_map_ridge_mle_gamma_poisson_kl.tex: a referee's report on a
tutorial manuscript (`fancyhdr` running head, numbered major comments by section, the manuscript's equations and
worked examples quoted in an `ms` environment and labelled by their truth, the referee's re-derivations, minor
comments, confidential comments): the Beta-Binomial posterior kernel, mean, mode and variance with Beta(2, 4)
and 9 of 12, shrinkage and the predictive; MAP for y = wx + eps with a Gaussian prior as regularised least
squares (lambda with its 1/n) on three points; Bernoulli, Poisson and Gaussian MLEs and the bias of sigma-hat^2;
the Gamma-Poisson posterior; variance rules; Bernoulli KL both ways and a Gaussian KL."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from sympy import stats as st  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch44/referee_report_tutorial_beta_binomial_map_ridge_mle_gamma_poisson_kl.tex")
Q = sp.Rational
th, k, n, a, b, A, B = sp.symbols("theta k n a b A B", positive=True)

# 1. Beta-Binomial
lik = th ** k * (1 - th) ** (n - k)
pri = th ** (a - 1) * (1 - th) ** (b - 1)
L.step(True, note="posterior proportional to likelihood times prior")
L.step(same(lik * pri, th ** (k + a - 1) * (1 - th) ** (n - k + b - 1)))
L.define(2, "A, B")
betamean = lambda p, q: p / (p + q)
L.step(True, note="Beta mean A/(A + B)")
mode = sp.solve(sp.diff((A - 1) * sp.log(th) + (B - 1) * sp.log(1 - th), th), th)[0]
Ak, Bk = a + k, b + n - k
L.step(same(mode.subs({A: Ak, B: Bk}), (k + a - 1) / (n + a + b - 1)), note="Eq. (5): - 2")
L.step(same(sp.diff((A - 1) * sp.log(th) + (B - 1) * sp.log(1 - th), th), (A - 1) / th - (B - 1) / (1 - th)))
L.define(note="= 0")
L.define(note="rearranged stationarity")
L.step(same(mode, (A - 1) / (A + B - 2))); L.step(same(((A - 1) / (A + B - 2)).subs({A: Ak, B: Bk}), (k + a - 1) / (n + a + b - 2)))
L.define(2, "a = b = 1")
X = st.Beta("X", A, B)
var_true = sp.simplify(st.variance(X))
L.step(same(var_true, A * B / ((A + B) * (A + B + 1))), note="Eq. (6): (A + B)^2")
L.step(same(var_true, A * B / ((A + B) ** 2 * (A + B + 1))))
L.define(2, "A = B = 1"); L.step(Q(1, 2 * 3) == Q(1, 6))
# example
a0, b0, k0, n0 = 2, 4, 9, 12
A0, B0 = a0 + k0, b0 + n0 - k0
L.define(2, "k = 9, n = 12")
L.step((A0, B0) == (11, 7)); L.step(Q(A0, A0 + B0) == Q(11, 18)); L.step(rounds("0.6111", Q(11, 18)))
mode0 = Q(A0 - 1, A0 + B0 - 2)
L.step(mode0 == Q(11 - 1, 18 - 1), carried=True); L.step(rounds("0.5882", Q(10, 17)))
var0 = Q(A0 * B0, (A0 + B0) ** 2 * (A0 + B0 + 1))
L.step(var0 == Q(11 * 7, 18 * 19), carried=True); L.step(Q(11 * 7, 18 * 19) == Q(77, 342)); L.step(rounds("0.2251", Q(77, 342)))
L.step(substituted(sp.sqrt(var0), sp.sqrt, "~0.2251"), carried=True); L.step(rounds("0.4745", sp.sqrt(R("0.2251")), sp.sqrt(Q(77, 342))))
L.step(mode0 == Q(10, 16)); L.step(Q(10, 16) == R("0.625"))
L.step(var0 == Q(77, 18 ** 2 * 19)); L.step(18 ** 2 * 19 == 6156); L.step(rounds("0.0125", Q(77, 6156)))
L.step(rounds("0.1118", sp.sqrt(var0)))
L.define(note="A > B")
L.step(R("0.4745") < Q(1, 2))
L.step(same(Ak / (Ak + Bk), n / (n + a + b) * k / n + (a + b) / (n + a + b) * a / (a + b)))
shr = Q(12, 18) * Q(3, 4) + Q(6, 18) * Q(1, 3)
L.step(substituted(shr, lambda c: Q(12, 18) * R("0.75") + Q(6, 18) * c, "~0.3333") and Q(12, 18) * R("0.75") == R("0.5")
       and rounds("0.1111", Q(6, 18) * R("0.3333")))
L.step(rounds("0.6111", R("0.5") + R("0.1111"), shr))
L.step(rounds("0.3333", Q(2, 6)))
L.step(rounds("0.6111", Q(A0, A0 + B0)))
L.step(rounds("0.3860", Q(11 * 12, 18 * 19)) and sp.simplify(Q(A0, A0 + B0) * Q(A0 + 1, A0 + B0 + 1) - Q(11 * 12, 18 * 19)) == 0)

# 2. MAP as regularised least squares
w, s2, t2 = sp.symbols("w sigma2 tau2", positive=True)
xs, ys = [1, 2, 3], [R("1.2"), R("1.9"), R("3.2")]
L.define(note="model")
L.step(True, note="negative log posterior (Gaussian likelihood and prior)")
nn = 3
J9 = sum((yy - w * xx) ** 2 for xx, yy in zip(xs, ys)) / (2 * s2) + w ** 2 / (2 * t2)
Jms = lambda lam: sum((yy - w * xx) ** 2 for xx, yy in zip(xs, ys)) / nn + lam * w ** 2
argm = lambda J: sp.solve(sp.diff(J, w), w)[0]
L.step(True, note="argmin form with some lambda")
L.step(same(argm(J9), argm(Jms(s2 / t2))), note="lambda = sigma^2/tau^2 misses the 1/n")
L.step(same(argm(J9), argm(Jms(s2 / (nn * t2)))))
L.define(4, "data")
sv, tv = 1, R("0.5")
lam = Q(sv) / (nn * tv)
L.step(False, carried=True, note="restating the manuscript's lambda = sigma^2/tau^2")
L.step(1 / R("0.5") == 2); L.step(lam == 1 / (3 * R("0.5"))); L.step(rounds("0.6667", lam))
L.define(note="stationarity")
wmap = argm(J9.subs({s2: sv, t2: tv}))
Sxy, Sxx = sum(xx * yy for xx, yy in zip(xs, ys)), sum(xx * xx for xx in xs)
L.step(wmap == Sxy / (Sxx + Q(sv) / tv)); L.step(Sxy == R("1.2") + R("3.8") + R("9.6") and Sxx + 2 == 1 + 4 + 9 + 2)
L.step(Sxy / (Sxx + 2) == R("14.6") / 16); L.step(R("14.6") / 16 == R("0.9125"))
wls = Sxy / Sxx
L.step(wls == R("14.6") / 14); L.step(rounds("1.0471", R("14.6") / 14), note="1.0429")
L.step(substituted(wls - wmap, lambda p, q: p - q, "~1.0471", "~0.9125"), carried=True)
L.step(R("1.0471") - R("0.9125") == R("0.1346"))
pv = 1 / (Q(Sxx, sv) + 1 / tv)
L.step(pv == Q(1, 16)); L.step(Q(1, 16) == R("0.0625"))

# 3. MLE
L.define(note="l(theta)")
ll = k * sp.log(th) + (n - k) * sp.log(1 - th)
L.step(sp.simplify(sp.diff(ll, th) - (k / th - (n - k) / (1 - th))) == 0)
L.step(sp.simplify(sp.diff(ll, th, 2).subs(th, k / n) - (-n / ((k / n) * (1 - k / n)))) == 0)
L.step(sp.solve(sp.diff(ll, th), th) == [k / n])
thh = Q(9, 12)
se = sp.sqrt(thh * (1 - thh) / 12)
L.step(True, note="se formula from the Fisher information"); L.step(thh == R("0.75"))
L.step(R("0.75") * R("0.25") / 12 == R("0.015625")); L.step(sp.sqrt(R("0.015625")) == R("0.125"))
xp = [2, 0, 3, 1, 4]
lam_ = sp.symbols("lambda", positive=True)
L.define(2, "data, l(lambda)")
llp = sum(xx * sp.log(lam_) - lam_ for xx in xp)
L.step(sp.simplify(sp.diff(llp, lam_) - (Q(sum(xp)) / lam_ - 5)) == 0); L.define(note="= 0")
lhat = sp.solve(sp.diff(llp, lam_), lam_)[0]
L.step(lhat == Q(sum(xp), 5)); L.step(Q(sum(xp), 5) == Q(10, 5)); L.step(Q(10, 5) == 2)
xbar = Q(sum(xp), 5)
sig_hat = sum((xx - xbar) ** 2 for xx in xp) / 5
L.step(True, note="Gaussian MLE of the variance: 1/n sum of squares")
L.step([(xx - xbar) ** 2 for xx in xp] == [0, 4, 1, 1, 4]); L.step(sig_hat == 2)
# E[sigma-hat^2] for n = 2 normal samples
mu, sg = sp.symbols("mu sigma", positive=True)
Z1, Z2 = st.Normal("Z1", mu, sg), st.Normal("Z2", mu, sg)
m2 = (Z1 + Z2) / 2
Esh = sp.simplify(st.E(((Z1 - m2) ** 2 + (Z2 - m2) ** 2) / 2))
L.step(sp.simplify(Esh - sg ** 2) == 0, note="biased")
L.step(sp.simplify(Esh - Q(2 - 1, 2) * sg ** 2) == 0)
s2v = sum((xx - xbar) ** 2 for xx in xp) / 4
L.step(s2v == Q(10, 4)); L.step(Q(10, 4) == R("2.5"))
L.define(note="n = 5")

# 4. Gamma-Poisson
al, be = sp.symbols("alpha beta", positive=True)
post_kernel = lam_ ** (al - 1) * sp.exp(-be * lam_) * sp.prod([lam_ ** xx * sp.exp(-lam_) for xx in xp])
L.step(same(sp.log(post_kernel), sp.log(lam_ ** (al + sum(xp) - 1) * sp.exp(-(be + 5) * lam_))))
L.define(2, "alpha, beta"); L.step((2 + 10, 1 + 5) == (12, 6))
G = st.Gamma("G", 12, Q(1, 6))          # shape 12, scale 1/6 (rate 6)
L.step(st.E(G) == Q(12, 6)); L.step(Q(12, 6) == 2)
L.step(st.variance(G) == Q(12, 6), note="alpha'/beta'^2"); L.step(True, note="formula at the numbers"); L.step(Q(12, 6) == 2)
L.step(st.variance(G) == Q(12, 36)); L.step(rounds("0.3333", Q(12, 36)))
gmode = sp.solve(sp.diff(11 * sp.log(lam_) - 6 * lam_, lam_), lam_)[0]
L.step(gmode == Q(12 - 1, 6) and rounds("1.8333", Q(11, 6)))

# 5. variance rules
Xn, Yn = st.Normal("Xn", 0, 2), st.Normal("Yn", 1, 1)     # independent, Var 4 and 1
L.step(sp.simplify(st.variance(Xn - Yn) - (st.variance(Xn) - st.variance(Yn))) == 0)
L.step(True, note="general rule with covariance"); L.step(sp.simplify(st.variance(Xn - Yn) - (st.variance(Xn) + st.variance(Yn))) == 0)
L.define(2, "Var X = 2, Var Y = 1")
Xa, Ya = st.Normal("Xa", 0, sp.sqrt(2)), st.Normal("Ya", 0, 1)
L.step(sp.simplify(st.variance(3 * Xa - 2 * Ya + 1)) == 9 * 2 + 4 * 1); L.step(9 * 2 + 4 * 1 == 22)
L.step(sp.simplify(st.variance(3 * Xa + 5) - 9 * st.variance(Xa)) == 0)
Xs = [st.Normal("S%d" % i, mu, sg) for i in range(3)]
L.step(sp.simplify(st.variance(sum(Xs) / 3) - sg ** 2 / 3) == 0)

# 6. KL
L.define(note="KL definition")
p, q = Q(3, 4), Q(11, 18)
klb = lambda u, v: u * sp.log(u / v) + (1 - u) * sp.log((1 - u) / (1 - v))
L.step(sp.N(klb(p, q) - klb(q, p)) == 0, note="not symmetric")
L.define(2, "p, q")
L.step(substituted(klb(p, q), lambda v, v2: R("0.75") * sp.log(R("0.75") / v) + R("0.25") * sp.log(R("0.25") / v2), "~0.6111", "~0.3889"))
L.step(substituted(klb(p, q), lambda c, d: R("0.75") * c + R("0.25") * d, "~0.2048", "~-0.4418")
       and rounds("0.2048", sp.log(R("0.75") / R("0.6111")), sp.log(p / q))
       and rounds("-0.4418", sp.log(R("0.25") / R("0.3889")), sp.log((1 - p) / (1 - q))))
L.step(rounds("0.0431", R("0.75") * R("0.2048") + R("0.25") * R("-0.4418"), klb(p, q)))
L.step(substituted(klb(q, p), lambda v, v2: v * sp.log(v / R("0.75")) + v2 * sp.log(v2 / R("0.25")), "~0.6111", "~0.3889"))
L.step(substituted(klb(q, p), lambda c, d: c + d, "~-0.1252", "~0.1718")
       and rounds("-0.1252", q * sp.log(q / p)) and rounds("0.1718", (1 - q) * sp.log((1 - q) / (1 - p))))
L.step(rounds("0.0467", R("-0.1252") + R("0.1718"), klb(q, p)))
m1, m2_, v1, v2 = sp.symbols("m1 m2 s1 s2", positive=True)
xg = sp.symbols("x", real=True)
pdf = lambda m, s: sp.exp(-(xg - m) ** 2 / (2 * s ** 2)) / sp.sqrt(2 * sp.pi * s ** 2)
num = {m1: Q(1, 3), m2_: Q(-1, 2), v1: Q(3, 4), v2: Q(5, 4)}
klg = sp.Integral((pdf(m1, v1) * sp.log(pdf(m1, v1) / pdf(m2_, v2))).subs(num), (xg, -20, 20)).evalf(30)
klf = sp.log(v2 / v1) + (v1 ** 2 + (m1 - m2_) ** 2) / (2 * v2 ** 2) - Q(1, 2)
L.step(abs(klg - klf.subs(num).evalf(30)) < 1e-20)
pm_, pvv = Q(73, 80), Q(1, 16)
assert pm_ == wmap and pvv == pv
kl_post = klf.subs({m1: pm_, v1: sp.sqrt(pvv), m2_: 0, v2: sp.sqrt(R("0.5"))})
L.step(substituted(kl_post, lambda s2_, s1_, d: sp.log(s2_ / s1_) + (R("0.0625") + d) / 1 - R("0.5"), "~0.7071", "0.25", "~0.8327")
       and rounds("0.8327", pm_ ** 2))
L.step(rounds("1.0397", sp.log(R("0.7071") / R("0.25")), sp.log(sp.sqrt(R("0.5")) / R("0.25"))) and rounds("0.3952", R("0.0625") + R("0.8327") - R("0.5")))
L.step(rounds("1.4349", R("1.0397") + R("0.3952"), kl_post))

# minor comments
L.step(True, note="l'' < 0")
L.step(True, note="cross-entropy minus entropy is KL")
L.done()
