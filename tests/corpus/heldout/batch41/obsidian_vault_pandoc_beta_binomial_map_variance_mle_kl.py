"""Labels for obsidian_vault_pandoc_beta_binomial_map_variance_mle_kl.tex: a student's Obsidian vault (a map-of-content
note with its embeds inlined) converted by pandoc's LaTeX writer (\\hypertarget sections, \\tightlist, `\\(...\\)` math,
callouts as quote blocks, task-list items, tags). Beta-Binomial posterior, mean, mode, variance, Beta(3, 5) with 9 of 12;
MAP for y = wx + e with a Gaussian prior as regularised MSE (lambda = sigma^2/(n tau^2)); variance laws and the law of
total variance on a mixture; Bernoulli, exponential and Gaussian MLEs; KL (Bernoulli both ways, Gaussians). Slips: the
posterior sd sqrt(0.01143) as 0.1096 (carried into the band); the MAP denominator with lambda for n lambda; the
predictive variance with x for x^2; a sign in Var(X - Y) (carried into the sd); Var(E[X | Z]) without the square
(carried into Var X); the Gaussian MLE of sigma^2 with n - 1; the Gaussian KL with sigma_2 for sigma_2^2."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch41/obsidian_vault_pandoc_beta_binomial_map_variance_mle_kl.tex")
th, a, b, k, n = sp.symbols("theta a b k n", positive=True)
# Beta-Binomial
lik = th ** k * (1 - th) ** (n - k)
pri = th ** (a - 1) * (1 - th) ** (b - 1)
L.step(True, note="binomial likelihood kernel"); L.step(True, note="Beta kernel")
L.step(True, note="Bayes"); L.step(True, note="substitution")
L.step(same(lik * pri, th ** (a + k - 1) * (1 - th) ** (b + n - k - 1)))
L.define(2, "alpha, beta")
al, be = a + k, b + n - k
L.step(True, note="Beta mean"); L.step(same(al / (al + be), (a + k) / (a + b + n)))
post = th ** (al - 1) * (1 - th) ** (be - 1)
mode = sp.solve(sp.diff(sp.log(post), th), th)[0]
L.step(same(mode, (al - 1) / (al + be - 2))); L.step(same((al - 1) / (al + be - 2), (a + k - 1) / (a + b + n - 2)))
mean = sp.integrate(th * th ** 2 * (1 - th) ** 3, (th, 0, 1)) / sp.integrate(th ** 2 * (1 - th) ** 3, (th, 0, 1))
m2 = sp.integrate(th ** 2 * th ** 2 * (1 - th) ** 3, (th, 0, 1)) / sp.integrate(th ** 2 * (1 - th) ** 3, (th, 0, 1))
A_, B_ = 3, 4
L.step(m2 - mean ** 2 == sp.Rational(A_ * B_, (A_ + B_) ** 2 * (A_ + B_ + 1)), note="Beta variance at (3, 4)")
L.step(sp.solve(sp.diff(k * sp.log(th) + (n - k) * sp.log(1 - th), th), th)[0] == k / n)
L.define(2, "a = b = 1")
ap, bp = sp.symbols("alpha beta", positive=True)
ell = (ap - 1) * sp.log(th) + (bp - 1) * sp.log(1 - th)
L.step(True, note="log of the Beta kernel")
L.step(same(sp.diff(ell, th), (ap - 1) / th - (bp - 1) / (1 - th))); L.define(note="= 0")
L.define(note="stationarity rearranged"); L.step(same(sp.solve(sp.diff(ell, th), th)[0], (ap - 1) / (ap + bp - 2)))
# example
a0, b0, k0, n0 = 3, 5, 9, 12
L.define(4, "a, b, k, n")
A, B = a0 + k0, b0 + n0 - k0
L.step(A == 3 + 9); L.step(A == 12); L.step(B == 5 + 3); L.step(B == 8)
L.step(rounds("0.375", sp.Rational(3, 8))); L.step(sp.Rational(A, A + B) == R("0.6"))
L.step(rounds("0.6111", sp.Rational(A - 1, A + B - 2))); L.step(sp.Rational(k0, n0) == R("0.75"))
var = sp.Rational(A * B, (A + B) ** 2 * (A + B + 1))
L.step(var == sp.Rational(96, 8400)); L.step(rounds("0.01143", var))
sd = sp.sqrt(var)
L.step(substituted(sd, lambda v: sp.sqrt(v), "~0.01143")); L.step(rounds("0.1096", sp.sqrt(R("0.01143")), sd))
L.step(rounds("0.2192", 2 * sd), carried=R("0.2192") == 2 * R("0.1096"), note="2 sd = 0.2138")
L.define(note="w :=")
w = n / (a + b + n)
L.step(same((a + k) / (a + b + n), w * k / n + (1 - w) * a / (a + b)))
L.step(sp.Rational(n0, a0 + b0 + n0) == sp.Rational(12, 20)); L.step(sp.Rational(12, 20) == R("0.6"))
L.step(R("0.6") * R("0.75") + R("0.4") * R("0.375") == R("0.45") + R("0.15")); L.step(R("0.45") + R("0.15") == R("0.6"))
L.step(True, note="predictive = posterior mean"); L.step(sp.Rational(A, A + B) == R("0.6"))
p2 = sp.Rational(A, A + B) * sp.Rational(A + 1, A + B + 1)
L.step(True, note="E[theta(theta)] for Beta(12, 8): alpha(alpha+1)/((alpha+beta)(alpha+beta+1))")
L.step(p2 == sp.Rational(12, 20) * sp.Rational(13, 21)); L.step(p2 == sp.Rational(156, 420)); L.step(rounds("0.3714", p2))
L.step(True, note="-ln posterior kernel")
# MAP as regularised MSE
L.define(note="model")
L.step(True, note="Bayes with Gaussian terms"); L.step(True, note="-ln N = (.)^2/(2 s^2) + const")
L.define(note="lambda :=")
wv = sp.symbols("w", real=True)
sig2, tau2 = sp.symbols("sigma2 tau2", positive=True)
xs = [1, 2, 3]; ys = [R("1.5"), R("2.5"), R("5.0")]
L.step(True, note="argmin is unchanged by the factor 2 sigma^2/n"); L.define(note="J(w) :=")
nn = 3
J = sum((yy - wv * xx) ** 2 for xx, yy in zip(xs, ys)) / nn + sp.Symbol("lam") * wv ** 2
lam_s = sp.Symbol("lam")
L.step(same(sp.diff(J, wv), -sp.Rational(2, nn) * sum(xx * (yy - wv * xx) for xx, yy in zip(xs, ys)) + 2 * lam_s * wv, positive=False))
L.define(note="= 0")
L.step(same(sp.solve(sp.diff(J, wv), wv)[0], sum(xx * yy for xx, yy in zip(xs, ys)) / (sum(xx ** 2 for xx in xs) + nn * lam_s)))
L.step(same(nn * sig2 / (nn * tau2), sig2 / tau2))
L.define(4, "x, y, sigma^2, tau^2")
Sxy = sum(xx * yy for xx, yy in zip(xs, ys)); Sxx = sum(xx ** 2 for xx in xs)
L.step(Sxy == R("1.5") + 5 + 15); L.step(Sxy == R("21.5")); L.step(Sxx == 1 + 4 + 9); L.step(Sxx == 14)
lam = sp.Rational(1, 1) / (nn * R("0.5"))
L.step(True, note="sigma^2/(n tau^2) with the numbers"); L.step(rounds("0.6667", lam))
L.step(Sxy / Sxx == R("21.5") / 14); L.step(rounds("1.5357", Sxy / Sxx))
wmap = Sxy / (Sxx + nn * lam)
L.step(substituted(wmap, lambda l: R("21.5") / (14 + l), "~0.6667"), note="n lambda = 2"); L.step(rounds("1.4659", R("21.5") / (14 + R("0.6667"))))
L.step(substituted(nn * lam, lambda l: 3 * l, "~0.6667")); L.step(nn * lam == 2)
L.step(wmap == R("21.5") / 16); L.step(wmap == R("21.5") / 16); L.step(wmap == R("1.34375"))
Jp = sp.diff(J, wv).subs({lam_s: lam, wv: wmap})
L.step(substituted(Jp, lambda l: -sp.Rational(2, 3) * (R("21.5") - 14 * R("1.34375")) + 2 * l * R("1.34375"), "~0.6667"))
L.step(R("21.5") - 14 * R("1.34375") == R("2.6875") and rounds("1.7917", 2 * lam * R("1.34375")))
L.step(rounds("-1.7917", -sp.Rational(2, 3) * R("2.6875"))); L.step(Jp == 0)
prec = sp.Integer(Sxx) + 1 / R("0.5")
L.step(prec == 14 + 2); L.step(prec == 16); L.step(1 / prec == sp.Rational(1, 16)); L.step(1 / prec == R("0.0625"))
L.define(note="x* = 4"); L.step(4 * wmap == R("5.375"))
pv = 1 + 16 * (1 / prec)
L.step(pv == 1 + 4 * (1 / prec), note="x*^2"); L.step(True); L.step(1 + 4 * R("0.0625") == R("1.25"))
L.step(rounds("1.118", sp.sqrt(pv)), carried=rounds("1.118", sp.sqrt(R("1.25")))); L.step(rounds("1.118", sp.sqrt(R("1.25"))))
# variance laws (standard identities)
L.step(True); L.step(True); L.step(True); L.step(True); L.step(True); L.step(True)
EX, VX, EY, VY, C = 1, 4, -2, 9, R("-1.5")
L.define(3, "E X, Var X, E Y"); L.define(2, "Var Y, Cov")
L.step(True); L.step(VX + EX ** 2 == 4 + 1); L.step(VX + EX ** 2 == 5)
L.step(True); L.step(C + EX * EY == R("-1.5") + 1 * (-2)); L.step(C + EX * EY == R("-3.5"))
v2 = 4 * VX + VY - 4 * C
L.step(True, note="Var(aX + bY + c)"); L.step(v2 == 16 + 9 + 6); L.step(v2 == 31)
vxy = VX + VY - 2 * C
L.step(vxy == 4 + 9 - 2 * C); L.step(vxy == 13 - 3, note="13 + 3"); L.step(13 - 3 == 10)
L.step(sp.sqrt(vxy) == sp.sqrt(10), carried=True); L.step(rounds("3.1623", sp.sqrt(10)))
L.step(True, note="law of total variance")
L.define(note="Z = 1"); L.define(note="Z = 0")
p = R("0.3")
EXm = p * 0 + (1 - p) * 2
L.step(True); L.step(EXm == R("0.3") * 0 + R("0.7") * 2); L.step(EXm == R("1.4"))
EV = p * 1 + (1 - p) * 4
L.step(EV == R("0.3") * 1 + R("0.7") * 4); L.step(EV == R("3.1"))
VE = p * (1 - p) * (2 - 0) ** 2
L.step(VE == R("0.3") * R("0.7") * 2); L.step(R("0.3") * R("0.7") * 2 == R("0.42"))
L.step(EV + VE == R("3.1") + R("0.42"), carried=True); L.step(R("3.1") + R("0.42") == R("3.52"))
L.step(VE == R("0.21") * 4); L.step(VE == R("0.84")); L.step(EV + VE == R("3.1") + R("0.84")); L.step(EV + VE == R("3.94"))
# MLE
L.define(3, "recipe")
pp, lamb = sp.symbols("p lambda", positive=True)
L.step(True, note="Bernoulli log-likelihood")
L.step(same(sp.diff(k * sp.log(pp) + (n - k) * sp.log(1 - pp), pp), k / pp - (n - k) / (1 - pp))); L.define(note="= 0")
L.step(sp.solve(k / pp - (n - k) / (1 - pp), pp) == [k / n])
L.define(2, "density, support")
xsym = sp.symbols("x1:5", positive=True)
ll = sum(sp.log(lamb * sp.exp(-lamb * xi)) for xi in xsym)
L.step(same(ll, 4 * sp.log(lamb) - lamb * sum(xsym)))
L.step(same(sp.diff(ll, lamb), 4 / lamb - sum(xsym))); L.step(same(sp.diff(ll, lamb, 2), -4 / lamb ** 2)); L.step(True, note="< 0")
L.step(sp.solve(4 / lamb - sum(xsym), lamb)[0] == 4 / sum(xsym)); L.step(True, note="n / sum = 1 / mean")
dat = [R("0.2"), R("0.9"), R("0.5"), R("1.4")]
L.define(note="data"); L.step(sum(dat) == 3); L.step(sum(dat) / 4 == R("0.75"))
lh = 1 / (sum(dat) / 4)
L.step(lh == 1 / R("0.75")); L.step(rounds("1.3333", lh))
llh = 4 * sp.log(lh) - lh * 3
L.step(rounds("1.3333", lh), note="the right formula at a rounding of lambda-hat (flat there, so no first-order bound)")
L.step(substituted(llh, lambda c: 4 * c - 4, "~0.2877")); L.step(rounds("-2.8493", llh, 4 * R("0.2877") - 4))
L.step(True); L.step(True); L.step(True, note="E sigma-hat^2 = (n-1)/n sigma^2")
gd = [4, 7, 5, 8]
mu = sp.Rational(sum(gd), 4); ss = sum((g - mu) ** 2 for g in gd)
L.step(mu == 6); L.step(ss == 4 + 1 + 1 + 4); L.step(ss == 10)
L.step(ss / 4 == sp.Rational(10, 3)); L.step(rounds("3.3333", sp.Rational(10, 3)))
L.step(ss / 4 == sp.Rational(10, 4)); L.step(ss / 4 == R("2.5"))
L.step(ss / 3 == sp.Rational(4, 3) * ss / 4); L.step(sp.Rational(4, 3) * ss / 4 == sp.Rational(4, 3) * R("2.5")); L.step(rounds("3.3333", ss / 3))
# KL
L.define(note="KL definition"); L.step(True, note="Gibbs"); L.define(note="p = q")
L.step(True, note="KL = H(p, q) - H(p)"); L.step(True, note="MLE minimises KL from the empirical distribution")
L.define(2, "p, q")
P, Q = R("0.5"), R("0.2")
kl = P * sp.log(P / Q) + (1 - P) * sp.log((1 - P) / (1 - Q))
L.step(True, note="Bernoulli KL")
L.step(substituted(kl, lambda u, v: R("0.5") * u + R("0.5") * v, "~0.9163", "~-0.4700"))
L.step(substituted(kl, lambda u, v: u - v, "~0.4581", "~0.2350")); L.step(rounds("0.2231", kl, R("0.4581") - R("0.2350")))
klr = Q * sp.log(Q / P) + (1 - Q) * sp.log((1 - Q) / (1 - P))
L.step(True); L.step(substituted(klr, lambda u, v: u + v, "~-0.1833", "~0.3760")); L.step(rounds("0.1927", klr)); L.step(R("0.1927") != R("0.2231"))
Hp = sp.log(2); Hpq = -P * sp.log(Q) - (1 - P) * sp.log(1 - Q)
L.step(True); L.step(rounds("0.6931", Hp))
L.step(True); L.step(rounds("0.9163", Hpq)); L.step(rounds("0.9163", R("0.6931") + R("0.2231"), approx=True))
m1_, m2_, s1, s2 = sp.symbols("m1 m2 s1 s2", positive=True)
xx_ = sp.symbols("xx", real=True)
L.step(True, note="Gaussian KL formula (standard)")
gkl = lambda a1, v1, a2, v2: sp.log(sp.sqrt(v2) / sp.sqrt(v1)) + (v1 + (a1 - a2) ** 2) / (2 * v2) - sp.Rational(1, 2)
L.step(substituted(gkl(1, 1, 0, 4), lambda l: l + R("0.25") - R("0.5"), "~0.6931")); L.step(rounds("0.4431", gkl(1, 1, 0, 4)))
L.step(substituted(gkl(0, 4, 1, 1), lambda l: l + R("2.5") - R("0.5"), "~-0.6931")); L.step(rounds("1.3069", gkl(0, 4, 1, 1)))
L.step(gkl(0, 1, 0, 9) == sp.log(3) + sp.Rational(1, 6) - sp.Rational(1, 2), note="1/(2*9)")
L.step(substituted(sp.log(3) + sp.Rational(1, 6) - sp.Rational(1, 2), lambda u, v: u + v - R("0.5"), "~1.0986", "~0.1667"))
L.step(rounds("0.7653", R("1.0986") + R("0.1667") - R("0.5")))
# daily
v = n / (a + b + n - 2)
L.step(same((1 - v) * (a - 1) / (a + b - 2) + v * k / n, (a + k - 1) / (a + b + n - 2))); L.define(note="v :=")
L.done()
