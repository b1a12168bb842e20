"""Labels for grader_calibration_sheet_beta_binomial_map_ridge_gaussian_mle_kl_moments.tex: a marker
calibration sheet (three anonymised scripts per question transcribed in a sans-serif `script` environment,
a table of five markers' proposed marks and the agreed mark, the discussion, rubric clarifications; the
question text in an italic `question` environment; `\\DeclareMathOperator` for Var, E, Beta, Bin, sd, `\\KL`
and `\\N` macros, `\\propto`): a Beta(2, 3) prior with 6 heads in 10 (posterior kernel, mean, mode from the
log-posterior, MLE, the weighted average, variance, sd, the probability of two more heads); MAP for a line
through the origin with a Gaussian prior as regularised MSE (lambda = sigma^2/(n tau^2), the closed form,
least squares, shrinkage, the posterior variance and mean, J at two points, a prediction); Gaussian MLE on
five points (score equations, estimates, s^2, bias, the maximised log-likelihood), KL between Gaussians both
ways, binomial moments and a linear transform.
Mistakes: 041 gives the posterior mean as the MAP and (8/15)^2 for two heads; 117 takes the exponents for
the Beta parameters (carried into the mean, mode and variance); 203 slips 56/3600 = 0.0165 (sd carried);
the circulated reference forgets 1/sigma^2 in the posterior precision; M2's comment on 041's lambda; 117's
sign of J' (carried into w); 203 adds lambda for n lambda; 041's MLE with n - 1 (log-likelihood carried);
117's Var(2X - 1) = 2 Var X (sd carried); 203's reverse KL with sigma_1 for sigma_1^2."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch47/grader_calibration_sheet_beta_binomial_map_ridge_gaussian_mle_kl_moments.tex")


def ok(cond, note=""):
    L.step(bool(cond), note=note)


th = sp.symbols("theta", positive=True)
a0, b0, n, k = 2, 3, 10, 6
prior = th ** (a0 - 1) * (1 - th) ** (b0 - 1)
lik = th ** k * (1 - th) ** (n - k)
post = prior * lik
A, B = a0 + k, b0 + n - k                       # Beta(8, 7)
Z = sp.integrate(post, (th, 0, 1))
mean = sp.integrate(th * post, (th, 0, 1)) / Z
m2 = sp.integrate(th ** 2 * post, (th, 0, 1)) / Z
var = m2 - mean ** 2
mode = sp.solve(sp.diff(sp.log(post), th), th)[0]

# Q2 question and reference
L.define(2, "n = 10, k = 6")
ok(same(prior, th * (1 - th) ** 2)); ok(same(lik, th ** 6 * (1 - th) ** 4))
ok(True, "Bayes"); ok(same(post, th ** 6 * (1 - th) ** 4 * th * (1 - th) ** 2)); ok(same(post, th ** 7 * (1 - th) ** 6))
ok(mean == sp.Rational(8, 8 + 7)); ok(sp.Rational(8, 15) == mean); ok(rounds("0.5333", mean))
L.define(note="l(theta)")
ell = 7 * sp.log(th) + 6 * sp.log(1 - th)
ok(same(sp.diff(ell, th), 7 / th - 6 / (1 - th))); L.define(note="= 0"); ok(mode == sp.Rational(7, 13)); ok(rounds("0.5385", mode))
d2 = sp.diff(ell, th, 2)
ok(same(d2, -7 / th ** 2 - 6 / (1 - th) ** 2)); ok(all(d2.subs(th, sp.Rational(j, 20)) < 0 for j in range(1, 20)))
ok(sp.Rational(6, 10) == R("0.6")); ok(True, "6/10 = 0.6"); ok(sp.Rational(a0, a0 + b0) == R("0.4"))
ok(mean == sp.Rational(10, 15) * R("0.6") + sp.Rational(5, 15) * R("0.4")); ok(substituted(mean, lambda q: R("0.4") + q, "~0.1333") and rounds("0.1333", sp.Rational(5, 15) * R("0.4")))
ok(rounds("0.5333", R("0.4") + R("0.1333"), mean))
ok(R("0.6") > mode); ok(mode > mean)
ok(same(var, sp.Rational(A * B, (A + B) ** 2 * (A + B + 1)))); ok(var == sp.Rational(8 * 7, 15 ** 2 * 16)); ok(var == sp.Rational(56, 3600))
ok(rounds("0.0156", var)); ok(sp.sqrt(var) == sp.sqrt(sp.Rational(56, 3600))); ok(rounds("0.1247", sp.sqrt(var)))
ok(True, "P(HH | k) = E[theta^2 | k] (conditional independence)"); ok(m2 == sp.Rational(A * (A + 1), (A + B) * (A + B + 1)))
ok(m2 == sp.Rational(72, 240)); ok(sp.Rational(72, 240) == m2); ok(m2 == R("0.3"))
ok(m2 == var + mean ** 2); ok(substituted(m2, lambda p, q: p + q, "~0.0156", "~0.2844") and rounds("0.2844", mean ** 2)); ok(rounds("0.3000", R("0.0156") + R("0.2844"), m2))
ok(R("0.3") > sp.Rational(8, 15) ** 2); ok(rounds("0.2844", sp.Rational(64, 225)))
# script 041
ok(True, "posterior kernel"); ok(same(post, th ** 7 * (1 - th) ** 6))
ok(mean == sp.Rational(8, 15)); ok(rounds("0.5333", mean))
ok(mode == sp.Rational(8, 15), "MAP is 7/13"); ok(rounds("0.5333", sp.Rational(8, 15)))
ok(True, "MLE = 0.6")
ok(var == sp.Rational(8 * 7, 15 ** 2 * 16)); ok(rounds("0.0156", var)); ok(rounds("0.1247", sp.sqrt(var)))
ok(m2 == sp.Rational(8, 15) ** 2, "E[theta^2] = 0.3"); ok(rounds("0.2844", sp.Rational(64, 225)))
# script 117: alpha' = alpha + k - 1 = 7, beta' = beta + n - k - 1 = 6
ok(same(post, th ** 7 * (1 - th) ** 6))
ok(A == a0 + k - 1, "alpha + k"); ok(a0 + k - 1 == 7); ok(B == b0 + n - k - 1, "beta + n - k"); ok(b0 + n - k - 1 == 6)
Aw, Bw = 7, 6
L.step(mean == sp.Rational(Aw, Aw + Bw), carried=True, note="Beta(7, 6) carried"); ok(sp.Rational(Aw, Aw + Bw) == sp.Rational(7, 13)); ok(rounds("0.5385", sp.Rational(7, 13)))
L.step(mode == sp.Rational(Aw - 1, Aw + Bw - 2), carried=True); ok(sp.Rational(Aw - 1, Aw + Bw - 2) == sp.Rational(6, 11)); ok(rounds("0.5455", sp.Rational(6, 11)))
L.step(var == sp.Rational(7 * 6, 13 ** 2 * 14), carried=True); ok(rounds("0.0178", sp.Rational(42, 13 ** 2 * 14)))
ok(True, "P(HH) = E[theta^2]")
# script 203
ok(rounds("0.5333", sp.Rational(8, 15)) and mean == sp.Rational(8, 15)); ok(mode == sp.Rational(7, 13)); ok(rounds("0.5385", mode))
ok(var == sp.Rational(56, 3600)); ok(rounds("0.0165", sp.Rational(56, 3600)), "0.0156")
L.step(substituted(sp.sqrt(var), lambda q: sp.sqrt(q), "~0.0165"), carried=True, note="0.0165 carried"); ok(rounds("0.1285", sp.sqrt(R("0.0165"))))
ok(m2 == sp.Rational(8 * 9, 15 * 16)); ok(rounds("0.3", m2))
# discussion, rubric
ok(substituted(var, lambda p, q: p - q, "0.3", "~0.2844") and rounds("0.0156", R("0.3") - R("0.2844")))
L.define(note="alpha, beta > 1")

# Q3
w = sp.symbols("w", real=True)
xs = [1, 2, 3]; ys = [R("1.2"), R("1.9"), R("3.2")]; s2, t2 = R("0.5"), R("1"); nn = 3
L.define(note="model")
nlp = sum((y - w * x) ** 2 for x, y in zip(xs, ys)) / (2 * s2) + w ** 2 / (2 * t2)
ok(True, "-ln p(w | D): Gaussian likelihood and prior, up to constants")
lam = s2 / (nn * t2)
J = sum((y - w * x) ** 2 for x, y in zip(xs, ys)) / nn + lam * w ** 2
L.define(note="J"); ok(same(J, nlp * 2 * s2 / nn, positive=False), "lambda = sigma^2/(n tau^2)")
ok(same(sp.diff(J, w), -sp.Rational(2, nn) * sum(x * (y - w * x) for x, y in zip(xs, ys)) + 2 * lam * w, positive=False)); L.define(note="= 0")
wmap = sp.solve(sp.diff(J, w), w)[0]
Sxy, Sxx = sum(x * y for x, y in zip(xs, ys)), sum(x * x for x in xs)
ok(wmap == Sxy / (Sxx + nn * lam)); ok(nn * lam == s2 / t2)
L.define(4, "data")
ok(Sxy == R("1.2") + R("3.8") + R("9.6")); ok(Sxy == R("14.6")); ok(Sxx == 14); ok(lam == R("0.5") / 3); ok(rounds("0.1667", lam)); ok(nn * lam == R("0.5"))
ok(wmap == R("14.6") / (14 + R("0.5"))); ok(R("14.6") / (14 + R("0.5")) == R("14.6") / R("14.5")); ok(rounds("1.0069", wmap))
wls = Sxy / Sxx
ok(wls == R("14.6") / 14); ok(rounds("1.0429", wls))
ok(wmap == sp.Rational(14, 1) / R("14.5") * wls); ok(rounds("0.9655", 14 / R("14.5")))
post_var = 1 / (Sxx / s2 + 1 / t2)
ok(True, "posterior precision formula"); ok(post_var == 1 / (14 + 1), "(28 + 1)^-1"); ok(rounds("0.0667", sp.Rational(1, 15)))
ok(post_var == 1 / sp.Integer(29)); ok(rounds("0.0345", post_var))
mpost = post_var * Sxy / s2
ok(True, "m = s^2 sum x y / sigma^2"); ok(mpost == R("29.2") / 29); ok(rounds("1.0069", mpost)); ok(mpost == wmap)
L.define(note="w = 1")
ok(substituted(J.subs(w, 1), lambda q: (R("0.04") + R("0.01") + R("0.04")) / 3 + q, "~0.1667"))
ok(R("0.09") / 3 == R("0.03")); ok(rounds("0.1967", R("0.03") + R("0.1667"), J.subs(w, 1)))
ok(rounds("0.1964", J.subs(w, R("1.0069")), J.subs(w, wmap))); ok(R("0.1964") < R("0.1967"))
L.define(note="x = 4")
ok(substituted(4 * wmap, lambda q: 4 * q, "~1.0069") and rounds("4.0276", 4 * R("1.0069")))
pv = s2 + 16 * post_var
ok(substituted(pv, lambda q: R("0.5") + 16 * q, "~0.0345")); ok(rounds("0.552", 16 * R("0.0345")))
ok(rounds("1.052", R("0.5") + R("0.552"), pv))
# script 041: J = sum (y - w x)^2 + lambda w^2 with lambda = sigma^2/tau^2
J041 = sum((y - w * x) ** 2 for x, y in zip(xs, ys)) + (s2 / t2) * w ** 2
L.define(note="J"); ok(same(J041, nlp * 2 * s2, positive=False), "unnormalised: lambda = sigma^2/tau^2"); ok(s2 / t2 == R("0.5"))
ok(same(sp.diff(J041, w), -2 * sum(x * (y - w * x) for x, y in zip(xs, ys)) + 2 * R("0.5") * w, positive=False)); L.define(note="= 0")
ok(sp.solve(sp.diff(J041, w), w)[0] == R("14.6") / (14 + R("0.5"))); ok(rounds("1.0069", wmap))
ok(wls == R("14.6") / 14); ok(rounds("1.0429", wls))
# script 117
L.define(note="J"); ok(True, "lambda = sigma^2/(n tau^2)")
wrong_grad = sp.Rational(2, nn) * sum(x * (y - w * x) for x, y in zip(xs, ys)) + 2 * lam * w
ok(same(sp.diff(J, w), wrong_grad, positive=False), "sign of the data term"); L.define(note="= 0")
wsol = sp.solve(wrong_grad, w)[0]
L.step(wmap == Sxy / (Sxx - nn * lam), carried=wsol == Sxy / (Sxx - nn * lam), note="from the wrong J'")
ok(Sxy / (Sxx - nn * lam) == R("14.6") / R("13.5")); ok(rounds("1.0815", R("14.6") / R("13.5")))
# script 203
ok(True, "lambda = sigma^2/(n tau^2)"); ok(rounds("0.1667", lam))
ok(wmap == Sxy / (Sxx + lam), "n lambda"); ok(substituted(Sxy / (Sxx + lam), lambda q: R("14.6") / q, "~14.1667")); ok(rounds("1.0306", R("14.6") / R("14.1667")))
ok(rounds("0.0345", post_var) and post_var == 1 / sp.Integer(28 + 1))
# discussion, rubric
ok(s2 / t2 == s2 / (nn * t2), "041's lambda is sigma^2/tau^2"); ok(rounds("0.1667", lam))
ok(nn * lam == s2 / t2); ok(rounds("0.5", 3 * R("0.1667")))
J1 = sum((y - w * x) ** 2 for x, y in zip(xs, ys)) / nn + lam * w ** 2
L.define(note="the normalised objective"); ok(sp.solve(sp.diff(J1, w), w)[0] == sp.solve(sp.diff(J041, w), w)[0] and rounds("1.0069", wmap))

# Q4
xd = [R("2.1"), R("3.4"), R("1.8"), R("2.9"), R("3.3")]; N = 5
mu, sg = sp.symbols("mu sigma2", positive=True)
L.define(note="Y = 2X - 1")
L.define(note="n = 5")
ell4 = -sp.Rational(N, 2) * sp.log(2 * sp.pi * sg) - sum((x - mu) ** 2 for x in xd) / (2 * sg)
L.define(note="log-likelihood")
ok(same(sp.diff(ell4, mu), sum(x - mu for x in xd) / sg)); L.define(note="= 0"); ok(sp.solve(sp.diff(ell4, mu), mu)[0] == sum(xd) / N)
ok(same(sp.diff(ell4, sg), -sp.Rational(N, 2) / sg + sum((x - mu) ** 2 for x in xd) / (2 * sg ** 2))); L.define(note="= 0")
xbar = sum(xd) / N
ok(sp.solve(sp.diff(ell4, sg).subs(mu, xbar), sg)[0] == sum((x - xbar) ** 2 for x in xd) / N)
ok(xbar == R("13.5") / 5); ok(xbar == R("2.7"))
SS = sum((x - xbar) ** 2 for x in xd)
ok([(x - xbar) ** 2 for x in xd] == [R("0.36"), R("0.49"), R("0.81"), R("0.04"), R("0.36")]); ok(SS == R("2.06"))
ok(SS / N == R("2.06") / 5); ok(SS / N == R("0.412")); ok(rounds("0.6419", sp.sqrt(SS / N)))
ok(SS / (N - 1) == R("2.06") / 4); ok(R("2.06") / 4 == R("0.515"))
ok(True, "E[sigma-hat^2] = (n - 1)/n sigma^2"); ok(sp.Rational(N - 1, N) == R("0.8"))
lmax = ell4.subs({mu: xbar, sg: SS / N})
ok(same(lmax, -sp.Rational(5, 2) * sp.log(2 * sp.pi * R("0.412")) - sp.Rational(5, 2)))
ok(substituted(lmax, lambda q: -R("2.5") * sp.log(q) - R("2.5"), "~2.5887")); ok(rounds("-4.8779", lmax, -R("2.5") * sp.log(R("2.5887")) - R("2.5")))
m1_, m2_, s1_, s2_ = sp.symbols("m1 m2 s1 s2", positive=True)
xx = sp.symbols("xx", real=True)


def kl(ma, va, mb, vb):
    p = sp.exp(-(xx - ma) ** 2 / (2 * va)) / sp.sqrt(2 * sp.pi * va)
    q = sp.exp(-(xx - mb) ** 2 / (2 * vb)) / sp.sqrt(2 * sp.pi * vb)
    return sp.Integral(p * (sp.log(p) - sp.log(q)), (xx, -40, 40)).evalf(25)


klf = lambda ma, va, mb, vb: sp.log(sp.sqrt(vb) / sp.sqrt(va)) + (va + (ma - mb) ** 2) / (2 * vb) - sp.Rational(1, 2)
ok(abs(kl(R("0.3"), R("0.7"), R("-0.4"), R("1.9")) - klf(R("0.3"), R("0.7"), R("-0.4"), R("1.9")).evalf(25)) < 1e-15)
k1, k2 = klf(1, 1, 0, 4), klf(0, 4, 1, 1)
ok(same(k1, sp.log(2) + sp.Rational(2, 8) - sp.Rational(1, 2))); ok(substituted(k1, lambda q: q + R("0.25") - R("0.5"), "~0.6931")); ok(rounds("0.4431", R("0.6931") + R("0.25") - R("0.5"), k1))
ok(same(k2, sp.log(sp.Rational(1, 2)) + sp.Rational(5, 2) - sp.Rational(1, 2))); ok(substituted(k2, lambda q: q + R("2.5") - R("0.5"), "~-0.6931")); ok(rounds("1.3069", R("-0.6931") + 2, k2))
ok(R("0.4431") != R("1.3069"))
EX, VX = 10 * R("0.3"), 10 * R("0.3") * R("0.7")
ok(True, "E = np"); ok(EX == 3); ok(True, "Var = np(1-p)"); ok(VX == R("2.1")); ok(True, "E[X^2] = Var + E^2"); ok(VX + EX ** 2 == R("2.1") + 9); ok(R("11.1") == VX + EX ** 2)
ok(True, "E[2X - 1] = 2E[X] - 1"); ok(2 * EX - 1 == 5); ok(True, "Var(aX + b) = a^2 Var X"); ok(4 * VX == 4 * R("2.1")); ok(4 * VX == R("8.4"))
# script 041
ok(xbar == xbar); ok(xbar == R("2.7"))
ok(SS / (N - 1) == SS / N, "MLE divides by n"); ok(SS / (N - 1) == R("2.06") / 4); ok(R("2.06") / 4 == R("0.515"))
L.step(same(lmax, -sp.Rational(5, 2) * sp.log(2 * sp.pi * R("0.515")) - sp.Rational(5, 2)), carried=True, note="the maximised formula at 0.515")
ok(substituted(2 * sp.pi * R("0.515"), lambda q: q, "~3.2358")); ok(rounds("-5.4357", -R("2.5") * sp.log(R("3.2358")) - R("2.5")))
# script 117
ok(xbar == R("2.7")); ok(SS / N == R("0.412")); ok(True, "E = np"); ok(EX == 3); ok(True, "np(1 - p)"); ok(VX == R("2.1")); ok(VX + EX ** 2 == R("11.1"))
ok(2 * 3 - 1 == 2 * EX - 1); ok(2 * 3 - 1 == 5); ok(4 * VX == 2 * VX, "a^2 = 4"); ok(2 * VX == R("4.2"))
L.step(substituted(sp.sqrt(4 * VX), lambda q: sp.sqrt(q), "4.2"), carried=True, note="4.2 carried"); ok(rounds("2.0494", sp.sqrt(R("4.2"))))
# script 203
ok(rounds("0.4431", k1))
ok(same(k2, sp.log(sp.Rational(1, 2)) + sp.Rational(2 + 1, 2) - sp.Rational(1, 2)), "sigma_1^2 = 4")
ok(substituted(sp.log(sp.Rational(1, 2)) + sp.Rational(3, 2) - sp.Rational(1, 2), lambda q: q + R("1.5") - R("0.5"), "~-0.6931")); ok(rounds("0.3069", R("-0.6931") + 1))
# discussion, rubric
ok(R("-5.4357") < R("-4.8779"))
ok(4 * VX == R("8.4")); ok(sp.sqrt(4 * VX) == sp.sqrt(R("8.4"))); ok(rounds("2.8983", sp.sqrt(R("8.4"))))
ok(SS / N == R("0.412"))
L.done()
