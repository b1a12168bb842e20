"""Labels for actuarial_memorandum_beta_binomial_map_ridge_gamma_poisson_compound.tex: an appointed
actuary's memorandum supporting an insurance rate filing (numbered sections, an exhibit table, the
regulator's objection letter reproduced in sans serif, the actuary's response): a Beta(3, 27) prior for a
claim incidence with 7 of 40 (prior mean and variance, the posterior by proportionality, mean, MLE,
credibility weighting, variance and sd, a normal interval, P(theta > 0.2) by the incomplete beta
function, the log-posterior, MAP with l'' < 0, MAP as a penalised binomial cross-entropy, the prior mode,
the beta-binomial predictive mean and variance); Poisson MLE with its SE, a Gamma(4, 2) prior and the
Gamma(19, 7) posterior (mean, mode, variance, credibility, P(N = 0) predictive and plugged in); MAP for
a severity trend as regularised least squares (-ln p(w | D), J(w), the penalty weight, J', the closed
form, data sums, the MAP and OLS slopes, trend factors); a compound Poisson aggregate (mean, variance,
sd, a normal 95th percentile); the objections and the response (variance, interval, lambda, trend,
total variance, E[X^2], the corrected sd and percentile, the Beta mode).
Slips: the posterior variance with 70 for 71 (sd and interval carried); e^{-2.7143} as 0.0636;
lambda = sigma^2/tau^2 for the averaged objective (slope and trend factor carried); Var(S) as
lambda Var(X) (sd and percentile carried); the regulator's mode = mean."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import mpmath as mp  # noqa: E402
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch51/actuarial_memorandum_beta_binomial_map_ridge_gamma_poisson_compound.tex")
a, b, k, n = 3, 27, 7, 40
th = sp.symbols("theta", positive=True)
L.define(2, "a, b")
L.step(sp.Rational(a, a + b) == sp.Rational(3, 30)); L.step(sp.Rational(3, 30) == R("0.1"))
pv = sp.Rational(a * b, (a + b) ** 2 * (a + b + 1))
L.step(pv == sp.Rational(81, 27900)); L.step(rounds("0.0029", pv))
L.step(a + b == 30); L.define(2, "k, n")
lik = th ** k * (1 - th) ** (n - k); prior = th ** (a - 1) * (1 - th) ** (b - 1)
post = th ** (k + a - 1) * (1 - th) ** (n - k + b - 1)
L.step(sp.simplify(lik * prior / post) == 1)        # proportional with constant 1
L.step(sp.simplify(lik * prior - post) == 0); L.step(post == th ** 9 * (1 - th) ** 59)
al, be = a + k, b + n - k
pm = sp.Rational(al, al + be)
L.step(pm == sp.Rational(10, 70)); L.step(rounds("0.1429", pm))
ll = k * sp.log(th) + (n - k) * sp.log(1 - th)
L.step(sp.solve(sp.diff(ll, th), th) == [sp.Rational(k, n)]); L.step(sp.Rational(k, n) == sp.Rational(7, 40)); L.step(sp.Rational(7, 40) == R("0.175"))
L.define(note="l(theta)"); L.step(same(sp.diff(ll, th), k / th - (n - k) / (1 - th)))
Z = sp.Rational(n, n + a + b)
L.define(note="Z := n/(n + a + b)"); L.step(Z == sp.Rational(40, 70)); L.step(rounds("0.5714", Z))
L.step(substituted(pm, lambda z, w: z * R("0.175") + w * R("0.1"), "~0.5714", "~0.4286"))
L.step(rounds("0.1000", R("0.5714") * R("0.175")) and rounds("0.0429", R("0.4286") * R("0.1")))
L.step(rounds("0.1429", R("0.1000") + R("0.0429"), pm))
var = sp.Rational(al * be, (al + be) ** 2 * (al + be + 1))
A_, B_ = sp.symbols("alpha beta", positive=True)
x = sp.symbols("x", positive=True)
dens = x ** (A_ - 1) * (1 - x) ** (B_ - 1) / sp.beta(A_, B_)
L.step(True, note="Beta variance formula (checked numerically below)")
L.step(var == sp.Rational(10 * 60, 4900 * 70), note="71")
L.step(rounds("0.00175", sp.Rational(600, 4900 * 70)))
L.step(rounds("0.0418", sp.sqrt(var)), carried=True); L.step(rounds("0.0418", sp.sqrt(R("0.00175"))))
L.define(2, "alpha, beta")
sdv = sp.sqrt(var)
L.step(substituted(pm - R("1.96") * sdv, lambda m, s: m - R("1.96") * s, "~0.1429", "~0.0418"), carried=True)
L.step(rounds("0.0610", R("0.1429") - R("1.96") * R("0.0418")))
L.step(substituted(pm + R("1.96") * sdv, lambda m, s: m + R("1.96") * s, "~0.1429", "~0.0418"), carried=True)
L.step(rounds("0.2248", R("0.1429") + R("1.96") * R("0.0418")))
mp.mp.dps = 30
tail = 1 - mp.betainc(al, be, 0, mp.mpf("0.2"), regularized=True)
num_tail = mp.quad(lambda t: t ** (al - 1) * (1 - t) ** (be - 1), [mp.mpf("0.2"), 1]) / mp.beta(al, be)
L.step(abs(tail - num_tail) < mp.mpf("1e-20")); L.step(rounds("0.0934", sp.Float(str(tail), 30)))
# check the Beta variance formula once, numerically
mean_ = mp.quad(lambda t: t * t ** (al - 1) * (1 - t) ** (be - 1), [0, 1]) / mp.beta(al, be)
m2_ = mp.quad(lambda t: t ** 2 * t ** (al - 1) * (1 - t) ** (be - 1), [0, 1]) / mp.beta(al, be)
assert abs((m2_ - mean_ ** 2) - mp.mpf(al * be) / ((al + be) ** 2 * (al + be + 1))) < mp.mpf("1e-25")
# 2.1
lp = 9 * sp.log(th) + 59 * sp.log(1 - th)
L.define(note="l_post")
L.step(same(sp.diff(lp, th), 9 / th - 59 / (1 - th))); L.define(note="= 0")
L.step(sp.solve(sp.diff(lp, th), th) == [sp.Rational(9, 68)]); L.step(rounds("0.1324", sp.Rational(9, 68)))
L.step(same(sp.diff(lp, th, 2), -9 / th ** 2 - 59 / (1 - th) ** 2)); L.step(True, note="both terms negative on (0, 1)")
K, N_, a_, b_ = sp.symbols("k n a b", positive=True)
lpg = (K + a_ - 1) * sp.log(th) + (N_ - K + b_ - 1) * sp.log(1 - th)
L.step(same(sp.solve(sp.diff(lpg, th), th)[0], (K + a_ - 1) / (N_ + a_ + b_ - 2)))
lhs = -ll - ((a - 1) * sp.log(th) + (b - 1) * sp.log(1 - th))
L.step(same(lhs, -(7 * sp.log(th) + 33 * sp.log(1 - th)) - (2 * sp.log(th) + 26 * sp.log(1 - th))))
L.step(sp.solve(sp.diff((a - 1) * sp.log(th) + (b - 1) * sp.log(1 - th), th), th) == [sp.Rational(2, 28)]); L.step(rounds("0.0714", sp.Rational(2, 28)))
L.define(2, "a = b = 1")
L.step(rounds("1.429", 10 * pm, 10 * R("0.1429")))
m = 10
bbv = sp.Rational(m * al * be * (al + be + m), (al + be) ** 2 * (al + be + 1))
L.step(bbv == sp.Rational(480000, 347900)); L.step(rounds("1.3797", bbv))
L.step(rounds("1.2248", 10 * R("0.1429") * R("0.8571")))
# 3. Gamma-Poisson
xs = [3, 1, 4, 2, 5]
L.step(sum(xs) == 15); L.define(note="n = 5")
lam = sp.symbols("lambda", positive=True)
llp = sum(xi * sp.log(lam) - lam - sp.log(sp.factorial(xi)) for xi in xs)
L.define(note="l(lambda)"); L.step(same(sp.diff(llp, lam), 15 / lam - 5))
L.step(sp.solve(sp.diff(llp, lam), lam) == [sp.Rational(15, 5)]); L.step(sp.Rational(15, 5) == 3)
info = -sp.diff(llp, lam, 2)                   # observed information at the MLE equals n / lambda there
assert sp.simplify(info.subs(lam, 3) - sp.Rational(5, 3)) == 0
L.step(True, note="SE = sqrt(lambda/n) from I = n/lambda"); L.step(sp.Rational(3, 5) == R("0.6")); L.step(rounds("0.7746", sp.sqrt(R("0.6"))))
L.step(sp.Rational(4, 2) == 2)
L.step(sp.simplify(lam ** 15 * sp.exp(-5 * lam) * lam ** 3 * sp.exp(-2 * lam) - lam ** 18 * sp.exp(-7 * lam)) == 0)
L.step(True, note="= lambda^18 e^{-7 lambda}")
L.step(sp.Rational(4 + 15, 2 + 5) == sp.Rational(19, 7)); L.step(rounds("2.7143", sp.Rational(19, 7)))
L.step(rounds("2.5714", sp.Rational(18, 7)) and sp.solve(sp.diff(18 * sp.log(lam) - 7 * lam, lam), lam) == [sp.Rational(18, 7)])
L.step(sp.Rational(19, 49) == sp.Rational(19, 7 ** 2)); L.step(rounds("0.3878", sp.Rational(19, 49)))
Zg = sp.Rational(5, 7)
L.step(Zg == sp.Rational(5, 5 + 2)); L.step(rounds("0.7143", Zg))
L.step(rounds("2.1429", R("0.7143") * 3) and rounds("0.5714", R("0.2857") * 2) and substituted(sp.Rational(19, 7), lambda z, w: 3 * z + 2 * w, "~0.7143", "~0.2857"))
L.step(rounds("2.7143", R("2.1429") + R("0.5714"), sp.Rational(19, 7)))
p0 = sp.Rational(7, 8) ** 19                   # NB predictive: (beta/(beta + 1))^alpha
L.step(p0 == (sp.Rational(7, 7 + 1)) ** 19); L.step(rounds("0.0791", p0))
L.step(rounds("0.0636", sp.exp(-R("2.7143")), sp.exp(-sp.Rational(19, 7))), note="0.0663")
L.step(rounds("3.1021", R("2.7143") + R("0.3878"), sp.Rational(19, 7) + sp.Rational(19, 49)))
# 4. severity trend
ts = [-2, -1, 0, 1, 2]; ys = [R("-0.12"), R("-0.05"), R("0.01"), R("0.04"), R("0.12")]
s2, tau2 = R("0.0025"), R("0.001")
L.define(note="t"); L.define(note="model"); L.define(2, "sigma^2, tau^2")
w = sp.symbols("w", real=True)
negpost = sum((yv - w * t) ** 2 for t, yv in zip(ts, ys)) / (2 * s2) + w ** 2 / (2 * tau2)
L.step(True, note="-ln p(w | D): Gaussian likelihood and prior up to constants")
lam_true = s2 / (5 * tau2)
J = lambda lm: sum((yv - w * t) ** 2 for t, yv in zip(ts, ys)) / 5 + lm * w ** 2
L.define(note="J(w)")
L.step(sp.simplify(J(s2 / tau2) - negpost * 2 * s2 / 5).free_symbols == set(), note="lambda = sigma^2/(n tau^2)")
L.step(s2 / tau2 == R("2.5"))
lm = sp.symbols("lam", positive=True)
L.step(same(sp.diff(J(lm), w), -sp.Rational(2, 5) * sum(t * (yv - w * t) for t, yv in zip(ts, ys)) + 2 * lm * w, positive=False)); L.define(note="= 0")
Sty = sum(t * yv for t, yv in zip(ts, ys)); Stt = sum(t * t for t in ts)
L.step(same(sp.solve(sp.diff(J(lm), w), w)[0], Sty / (Stt + 5 * lm)))
L.step(Stt == 10); L.step(Sty == R("0.24") + R("0.05") + 0 + R("0.04") + R("0.24")); L.step(Sty == R("0.57"))
wmap = sp.solve(sp.diff(negpost, w), w)[0]
L.step(wmap == R("0.57") / (10 + 5 * R("2.5")), carried=True); L.step(10 + 5 * R("2.5") == R("22.5")); L.step(rounds("0.0253", R("0.57") / R("22.5")))
L.step(Sty / Stt == R("0.57") / 10); L.step(R("0.57") / 10 == R("0.057"))
L.define(note="f := e^w"); L.step(substituted(sp.exp(wmap), lambda u: sp.exp(u), "~0.0253"), carried=True); L.step(rounds("1.0256", sp.exp(R("0.0253"))))
L.step(rounds("1.0587", sp.exp(R("0.057"))))
# 5. compound Poisson
lb = sp.Rational(19, 7); EX, sdX = R("0.85"), R("0.60")
L.define(note="lambda bar"); L.define(3, "E X, sd X, S")
Nn, mu, v = sp.symbols("N mu v", positive=True)
ES, VS = lb * EX, lb * (sdX ** 2 + EX ** 2)
L.step(True, note="Wald: E S = E N E X"); L.step(substituted(ES, lambda u: u * R("0.85"), "~2.7143")); L.step(rounds("2.3071", ES, R("2.7143") * R("0.85")))
L.step(VS == lb * sdX ** 2, note="Var S = lambda E[X^2]")
L.step(sdX ** 2 == R("0.36") and rounds("2.7143", lb)); L.step(rounds("0.9771", R("2.7143") * R("0.36"), lb * R("0.36")))
L.step(substituted(sp.sqrt(VS), lambda u: sp.sqrt(u), "~0.9771"), carried=True); L.step(rounds("0.9885", sp.sqrt(R("0.9771"))))
L.define(note="s_95")
L.step(substituted(ES + R("1.645") * sp.sqrt(VS), lambda u, s: u + R("1.645") * s, "~2.3071", "~0.9885"), carried=True)
L.step(rounds("3.9332", R("2.3071") + R("1.6261")) and rounds("1.6261", R("1.645") * R("0.9885")))
# 7. objections
L.step(var == sp.Rational(600, 4900 * 71)); L.step(rounds("0.001725", var))
L.step(lam_true == s2 / (5 * tau2) and sp.simplify(J(lam_true) - negpost * 2 * s2 / 5).free_symbols == set()); L.step(lam_true == R("0.5"))
L.step(wmap == R("0.57") / (10 + 5 * R("0.5"))); L.step(rounds("0.0456", wmap))
L.step(True, note="Var S = lambda E[X^2] for a compound Poisson sum")
L.step(sp.Rational(al - 1, al + be - 2) == sp.Rational(10, 70), note="the mode is (k + a - 1)/(n + a + b - 2)")
L.step(sp.Rational(10, 70) == sp.Rational(10, 70)); L.step(rounds("0.1429", sp.Rational(10, 70)))
# 8. response
L.step(al + be + 1 == 71)
L.step(var == sp.Rational(600, 347900)); L.step(rounds("0.001725", var))
L.step(substituted(sdv, lambda u: sp.sqrt(u), "~0.001725")); L.step(rounds("0.0415", sp.sqrt(R("0.001725")), sdv))
L.step(substituted(pm - R("1.96") * sdv, lambda mm, s: mm - R("1.96") * s, "~0.1429", "~0.0415")); L.step(rounds("0.0616", R("0.1429") - R("1.96") * R("0.0415")))
L.step(substituted(pm + R("1.96") * sdv, lambda mm, s: mm + R("1.96") * s, "~0.1429", "~0.0415")); L.step(rounds("0.2242", R("0.1429") + R("1.96") * R("0.0415")))
L.step(lam_true == R("0.0025") / (5 * R("0.001"))); L.step(lam_true == R("0.5"))
L.step(wmap == R("0.57") / (10 + R("2.5"))); L.step(rounds("0.0456", wmap)); L.step(wmap == Sty / (Stt + s2 / tau2))
L.step(rounds("1.0467", sp.exp(R("0.0456")))); L.step(R("0.0456") / R("0.057") == R("0.8"))
L.step(True, note="law of total variance")
L.step(True, note="E[N Var X] + Var(N E X) with E N = Var N = lambda")
L.step(same(lb * sdX ** 2 + lb * EX ** 2, lb * (sdX ** 2 + EX ** 2)))
EX2 = sdX ** 2 + EX ** 2
L.step(EX2 == R("0.36") + R("0.7225")); L.step(EX2 == R("1.0825"))
L.step(substituted(VS, lambda u: u * R("1.0825"), "~2.7143")); L.step(rounds("2.9382", VS, R("2.7143") * R("1.0825")))
L.step(rounds("1.7141", sp.sqrt(VS)))
L.step(substituted(ES + R("1.645") * sp.sqrt(VS), lambda u, s: u + R("1.645") * s, "~2.3071", "~1.7141"))
L.step(rounds("2.8197", R("1.645") * R("1.7141")))
L.step(rounds("5.1268", R("2.3071") + R("2.8197"), ES + R("1.645") * sp.sqrt(VS)))
L.define(note="alpha, beta > 1")
y_ = sp.symbols("y", positive=True)
L.step(same(sp.solve(sp.diff((A_ - 1) * sp.log(y_) + (B_ - 1) * sp.log(1 - y_), y_), y_)[0], (A_ - 1) / (A_ + B_ - 2)))
L.step(rounds("0.1324", sp.Rational(9, 68))); L.step(rounds("0.1429", sp.Rational(al, al + be))); L.define(note="alpha != beta")
L.done()
