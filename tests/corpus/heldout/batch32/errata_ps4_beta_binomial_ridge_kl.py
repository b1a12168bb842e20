"""Labels for errata_ps4_beta_binomial_ridge_kl.tex: a lecturer's "corrections to the posted
solutions" sheet that restates posted lines and fixes them: Beta(2, 3) prior with 7 of 10, posterior,
mean, mode, variance, weighted average, predictive; MAP for y = wx + noise as regularised MSE
(lambda = sigma^2/(n tau^2)), its minimiser and gradient-descent steps; Gaussian MLE with data;
Gaussian and Bernoulli KL; a summary list."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch32/errata_ps4_beta_binomial_ridge_kl.tex")
th = sp.symbols("theta", positive=True)
a, b, k, n = 2, 3, 7, 10
L.define(4, "a, b, k, n")
# 1(a)
lik = th ** k * (1 - th) ** (n - k)
prior = th ** (a - 1) * (1 - th) ** (b - 1)
post = lik * prior
L.step(True, note="posterior proportional to likelihood times prior")
ks, ns, as_, bs = sp.symbols("k n a b", positive=True)
L.step(same(th ** ks * (1 - th) ** (ns - ks) * th ** (as_ - 1) * (1 - th) ** (bs - 1),
            th ** (ks + as_ - 1) * (1 - th) ** (ns - ks + bs - 1)))
L.step(same(post, th ** 8 * (1 - th) ** 5))
al, be = a + k, b + n - k
L.step((al, be) == (9, 6))
L.define(note="alpha"); L.step(al == 9); L.define(note="beta"); L.step(be == 6)
# 1(b) posted
mean = sp.Rational(al, al + be)
mode = sp.Rational(al - 1, al + be - 2)
assert sp.solve(sp.diff(sp.log(post), th), th) == [mode]
L.step(mean == sp.Rational(a + k, a + b + n)); L.step(mean == sp.Rational(9, 15)); L.step(mean == R("0.6"))
L.step(mode == sp.Rational(a + k - 1, a + b + n - 1), note="-2 in the denominator")
L.step(sp.Rational(a + k - 1, a + b + n - 1) == sp.Rational(8, 14)); L.step(rounds("0.5714", sp.Rational(8, 14)))
# 1(b) corrected
L.step(mode == sp.Rational(a + k - 1, a + b + n - 2)); L.step(mode == sp.Rational(8, 13)); L.step(rounds("0.6154", mode))
L.define(note="ell(theta)")
ell = 8 * sp.log(th) + 5 * sp.log(1 - th)
L.step(same(sp.diff(ell, th), 8 / th - 5 / (1 - th))); L.define(note="= 0")
L.step(sp.solve(sp.diff(ell, th), th) == [sp.Rational(8, 13)] and mode == sp.Rational(8, 13))
# 1(c) posted
mle = sp.Rational(k, n)
L.step(rounds("0.5714", mode), carried=True, note="the posted mode")
L.step(R("0.5714") < mean); L.step(mean == R("0.6")); L.step(R("0.6") < mle); L.step(mle == sp.Rational(k, n)); L.step(mle == R("0.7"))
# 1(c) corrected
L.step(mean == R("0.6")); L.step(R("0.6") < mode); L.step(rounds("0.6154", mode)); L.step(R("0.6154") < mle); L.step(mle == R("0.7"))
L.step(al > be)
# 1(d)
var = sp.Rational(al * be, (al + be) ** 2 * (al + be + 1))
x_ = sp.symbols("x_", positive=True)
var_int = sp.integrate(x_ ** 2 * x_ ** 8 * (1 - x_) ** 5, (x_, 0, 1)) / sp.integrate(x_ ** 8 * (1 - x_) ** 5, (x_, 0, 1)) - mean ** 2
L.step(var_int == var); L.step(var == sp.Rational(9 * 6, 15 ** 2 * 16)); L.step(sp.Rational(9 * 6, 15 ** 2 * 16) == sp.Rational(54, 3600))
L.step(sp.Rational(54, 3600) == R("0.015")); L.step(sp.sqrt(var) == sp.sqrt(R("0.015"))); L.step(rounds("0.1225", sp.sqrt(R("0.015"))))
# 1(e)
wavg = sp.Rational(a + b, a + b + n) * sp.Rational(a, a + b) + sp.Rational(n, a + b + n) * sp.Rational(k, n)
L.step(wavg == mean)
L.step(wavg == sp.Rational(5, 15) * R("0.4") + sp.Rational(10, 15) * R("0.7"))
L.step(rounds("0.1333", sp.Rational(5, 15) * R("0.4")) and rounds("0.4667", sp.Rational(10, 15) * R("0.7")))
L.step(R("0.1333") + R("0.4667") == R("0.6"))
# 1(f)
E2 = sp.integrate(x_ ** 2 * x_ ** 8 * (1 - x_) ** 5, (x_, 0, 1)) / sp.integrate(x_ ** 8 * (1 - x_) ** 5, (x_, 0, 1))
L.step(True, note="predictive = posterior mean"); L.step(mean == R("0.6"))
L.step(E2 == sp.Rational(al * (al + 1), (al + be) * (al + be + 1))); L.step(sp.Rational(al * (al + 1), (al + be) * (al + be + 1)) == sp.Rational(90, 240))
L.step(sp.Rational(90, 240) == R("0.375"))
L.step(R("0.375") > R("0.6") ** 2); L.step(R("0.6") ** 2 == R("0.36"))
L.step(E2 == var + mean ** 2); L.step(var == R("0.015") and mean ** 2 == R("0.36")); L.step(R("0.015") + R("0.36") == R("0.375"))
# Problem 2
L.define(4, "model, sigma^2, tau^2, data")
xs, ys = [1, 2, 3], [1, 3, 4]
Sxx, Sxy, Syy = sum(x * x for x in xs), sum(x * y for x, y in zip(xs, ys)), sum(y * y for y in ys)
L.step(Sxx == 14); L.step(Sxy == 19); L.step(Syy == 26)
w = sp.symbols("w", real=True)
s2, t2, N = 1, R("0.5"), 3
nlp = sum((y - w * x) ** 2 for x, y in zip(xs, ys)) / (2 * s2) + w ** 2 / (2 * t2)
# -ln p(w | D) from the densities, up to a constant
dens = sum(-((y - w * x) ** 2) / (2 * s2) for x, y in zip(xs, ys)) - w ** 2 / (2 * t2)
L.step(sp.simplify(sp.diff(-dens - nlp, w)) == 0)
lam = s2 / (N * t2)
J = sum((y - w * x) ** 2 for x, y in zip(xs, ys)) / N + lam * w ** 2
wmap = sp.solve(sp.diff(nlp, w), w)[0]
L.step(sp.solve(sp.diff(J, w), w) == [wmap] and sp.diff(J, w, 2) > 0)
L.define(2, "J, lambda"); L.step(lam == 1 / (3 * R("0.5"))); L.step(rounds("0.6667", lam))
# 2(b) posted
lm = sp.symbols("lambda", positive=True)
Jsym = sum((y - w * x) ** 2 for x, y in zip(xs, ys)) / N + lm * w ** 2
Jp_posted = -sp.Rational(2, N) * sum(x * (y - w * x) for x, y in zip(xs, ys)) + lm * w
L.step(same(sp.diff(Jsym, w), Jp_posted, positive=False), note="lambda w for 2 lambda w"); L.define(note="= 0")
w_posted = sp.solve(Jp_posted.subs(lm, lam), w)[0]
formula_posted = (sp.Rational(Sxy, N)) / (sp.Rational(Sxx, N) + lam / 2)
L.step(wmap == formula_posted, carried=w_posted == formula_posted)
L.step(formula_posted == sp.Rational(19, 3) / (sp.Rational(14, 3) + sp.Rational(1, 3)))
L.step(formula_posted == sp.Rational(19, 15)); L.step(rounds("1.2667", sp.Rational(19, 15)))
L.step(same(sp.diff(lm * w ** 2, w), 2 * lm * w, positive=False))
# 2(b) corrected
Jp = -sp.Rational(2, N) * sum(x * (y - w * x) for x, y in zip(xs, ys)) + 2 * lam * w
L.step(same(sp.diff(J, w), Jp, positive=False)); L.define(note="= 0")
L.step(wmap == sp.Rational(Sxy) / (Sxx + N * lam)); L.step(sp.Rational(Sxy) / (Sxx + N * lam) == sp.Rational(19, 14 + 2))
L.step(rounds("1.1875", sp.Rational(19, 16)) and wmap == sp.Rational(19, 16))
L.step(N * lam == sp.Rational(s2) / t2); L.step(sp.Rational(s2) / t2 == 2)
wmle = sp.Rational(Sxy, Sxx)
L.step(wmle == sp.Rational(19, 14)); L.step(rounds("1.3571", wmle))
# 2(c)
L.step(substituted(wmap / wmle, lambda p, q: p / q, "~1.2667", "~1.3571"),
       carried=substituted(w_posted / wmle, lambda p, q: p / q, "~1.2667", "~1.3571"))
L.step(rounds("0.9334", R("1.2667") / R("1.3571")))
L.step(wmap / wmle == sp.Rational(14, 16)); L.step(sp.Rational(14, 16) == R("0.875"))
pv = 1 / sp.diff(nlp, w, 2)
L.step(pv == 1 / (sp.Rational(Sxx, s2) + 1 / t2)); L.step(pv == sp.Rational(1, 16)); L.step(sp.Rational(1, 16) == R("0.0625"))
# 2(d) posted
L.define(2, "w0, eta")
eta = R("0.05")
Jp_f = sp.Lambda(w, Jp)
Jpp_f = sp.Lambda(w, Jp_posted.subs(lm, lam))
w0 = 0
w1 = w0 - eta * Jp_f(w0)
L.define(note="w1 rule")
L.step(Jp_f(0) == -sp.Rational(38, 3) and w1 == 0 - eta * (-sp.Rational(38, 3))); L.step(rounds("0.6333", w1))
L.step(same(Jp, (30 * w - 38) / 3, positive=False), carried=same(Jp_posted.subs(lm, lam), (30 * w - 38) / 3, positive=False))
L.step(30 * w1 - 38 == 19 - 38); L.step(rounds("-6.3333", sp.Rational(19 - 38, 3)))
L.define(note="w2 rule")
w2 = w1 - eta * Jp_f(w1)
w2p = w1 - eta * Jpp_f(w1)
L.step(substituted(w2, lambda p, q: p + eta * q, "~0.6333", "~6.3333"),
       carried=substituted(w2p, lambda p, q: p + eta * q, "~0.6333", "~6.3333"))
L.step(rounds("0.9500", R("0.6333") + eta * R("6.3333"), w2p))
# 2(d) corrected
L.step(same(Jp, (32 * w - 38) / 3, positive=False)); L.step(rounds("20.2667", 32 * w1))
L.step(rounds("-5.9111", (R("20.2667") - 38) / 3, Jp_f(w1)))
L.step(substituted(w2, lambda p, q: p + eta * q, "~0.6333", "~5.9111")); L.step(rounds("0.9289", R("0.6333") + eta * R("5.9111"), w2))
wt = sp.symbols("w_t", real=True)
L.step(same(wt - eta * Jp_f(wt) - wmap, (1 - sp.Rational(32, 3) * eta) * (wt - wmap), positive=False))
L.step(rounds("0.4667", 1 - sp.Rational(32, 3) * eta))
L.step(sp.Rational(2) / sp.Rational(32, 3) == R("0.1875"))
# Problem 3
L.define(2, "data, n")
xd = [R("2.1"), R("3.4"), R("1.9"), R("2.6")]
mu, v = sp.symbols("mu v", positive=True)
L.define(note="ell(mu, sigma^2)")
ellg = -sp.Rational(4, 2) * sp.log(2 * sp.pi * v) - sum((x - mu) ** 2 for x in xd) / (2 * v)
ms = sp.symbols("m1:5", real=True)
ellg_s = -sp.Rational(4, 2) * sp.log(2 * sp.pi * v) - sum((x - mu) ** 2 for x in ms) / (2 * v)
L.step(same(sp.diff(ellg_s, mu), sum(x - mu for x in ms) / v, positive=False))
L.step(same(sp.diff(ellg_s, v), -sp.Rational(4, 2) / v + sum((x - mu) ** 2 for x in ms) / (2 * v ** 2)))
xbar = sum(xd) / 4
muhat = sp.solve(sp.diff(ellg, mu), mu)[0]
L.step(muhat == xbar); L.step(sum(xd) == R("10.0") and xbar == R("10.0") / 4); L.step(xbar == R("2.5"))
vhat = sp.solve(sp.diff(ellg.subs(mu, muhat), v), v)[0]
SS = sum((x - xbar) ** 2 for x in xd)
L.step(vhat == SS / 4)
# 3(b) posted
L.step([x - xbar for x in xd] == [R("-0.4"), R("0.9"), R("-0.6"), R("0.1")])
L.step([R("-0.4") ** 2, R("0.9") ** 2, R("-0.6") ** 2, R("0.1") ** 2] == [R("0.16"), R("0.81"), R("0.36"), R("0.01")])
L.step(R("0.16") + R("0.81") + R("0.36") + R("0.01") == R("1.43"), note="1.34")
L.step(vhat == R("1.43") / 4, carried=True); L.step(R("1.43") / 4 == R("0.3575"))
L.define(note="s^2"); L.step(SS / 3 == R("1.43") / 3, carried=True); L.step(rounds("0.4767", R("1.43") / 3))
# 3(b) corrected
L.step(R("0.16") + R("0.81") + R("0.36") + R("0.01") == R("1.34") and SS == R("1.34"))
L.step(vhat == R("1.34") / 4); L.step(R("1.34") / 4 == R("0.335"))
L.step(SS / 3 == R("1.34") / 3); L.step(rounds("0.4467", R("1.34") / 3))
L.step(sp.sqrt(vhat) == sp.sqrt(R("0.335"))); L.step(rounds("0.5788", sp.sqrt(R("0.335"))))
# 3(c)
ellmax = ellg.subs({mu: muhat, v: vhat})
vv = sp.symbols("vv", positive=True)
L.step(sp.N(ellmax - (-sp.Rational(4, 2) * (sp.log(2 * sp.pi * vhat) + 1)), 30) == 0)
L.step(sp.N(ellmax - (-2 * (sp.log(2 * sp.pi * R("0.335")) + 1)), 30) == 0)
L.step(substituted(ellmax, lambda c: -2 * (sp.log(c) + 1), "~2.1049") and rounds("2.1049", 2 * sp.pi * R("0.335")))
L.step(rounds("0.7443", sp.log(R("2.1049")), sp.log(2 * sp.pi * vhat)))
L.step(-2 * (R("0.7443") + 1) == R("-3.4886"))
# Problem 4
L.define(2, "p, q")
m1, m2 = sp.symbols("mu1 mu2", real=True)
s1, s2_ = sp.symbols("sigma1 sigma2", positive=True)
xx = sp.symbols("xx", real=True)


def kl_num(a1, v1, a2, v2):
    p = sp.exp(-(xx - a1) ** 2 / (2 * v1)) / sp.sqrt(2 * sp.pi * v1)
    lr = (-(xx - a1) ** 2 / (2 * v1) - sp.log(v1) / 2) - (-(xx - a2) ** 2 / (2 * v2) - sp.log(v2) / 2)
    return sp.Integral(p * lr, (xx, -40, 40)).evalf(30)


klf = lambda a1, v1, a2, v2: sp.log(sp.sqrt(v2) / sp.sqrt(v1)) + (v1 + (a1 - a2) ** 2) / (2 * v2) - sp.Rational(1, 2)
ok_formula = all(abs(kl_num(*t) - klf(*t)) < 1e-20 for t in [(1, 1, 0, 4), (0, 4, 1, 1), (R("0.3"), R("2.5"), R("-1.2"), R("0.7"))])
L.step(ok_formula)
L.define(2, "p = N(1, 1), q = N(0, 4)")
kpq, kqp = klf(1, 1, 0, 4), klf(0, 4, 1, 1)
L.step(same(kpq, sp.log(2) + sp.Rational(1 + 1, 8) - sp.Rational(1, 2)))
L.step(substituted(kpq, lambda c: c + R("0.25") - R("0.5"), "~0.6391"), note="ln 2 = 0.6931")
L.step(R("0.6391") + R("0.25") - R("0.5") == R("0.3891"))
L.step(same(kqp, sp.log(sp.Rational(1, 2)) + sp.Rational(4 + 1, 2) - sp.Rational(1, 2)))
L.step(substituted(kqp, lambda c: c + R("2.5") - R("0.5"), "~-0.6931"))
L.step(rounds("1.3069", R("-0.6931") + R("2.5") - R("0.5"), kqp))
L.step(rounds("0.3891", kpq), carried=True); L.step(R("0.3891") < kqp); L.step(rounds("1.3069", kqp))
kb = R("0.6") * sp.log(R("0.6") / R("0.5")) + R("0.4") * sp.log(R("0.4") / R("0.5"))
L.step(True, note="Bernoulli KL definition")
L.step(substituted(kb, lambda c, d: R("0.6") * c + R("0.4") * d, "~0.1823", "~-0.2231")
       and rounds("0.1823", sp.log(R("1.2"))) and rounds("-0.2231", sp.log(R("0.8"))))
L.step(rounds("0.1094", R("0.6") * R("0.1823"), R("0.6") * sp.log(R("1.2")))
       and rounds("0.0893", R("0.4") * R("0.2231"), -R("0.4") * sp.log(R("0.8"))))
L.step(rounds("0.0201", R("0.1094") - R("0.0893"), kb))
sg = sp.symbols("sigma", positive=True)
L.step(same(klf(m1, sg ** 2, m2, sg ** 2), (m1 - m2) ** 2 / (2 * sg ** 2), positive=False))
# summary
L.step(mode == sp.Rational(8, 13)); L.step(rounds("0.6154", mode))
L.step(wmap == sp.Rational(19, 16)); L.step(sp.Rational(19, 16) == R("1.1875")); L.step(rounds("0.9289", w2))
L.step(vhat == R("0.335")); L.step(rounds("0.4467", SS / 3))
L.step(rounds("0.3891", kpq), carried=True)
L.done()
