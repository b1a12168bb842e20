"""Labels for sap_bayesian_interim_beta_binomial_map_ridge_gamma_poisson_mle.tex: a clinical-trial
statistical analysis plan (version history, approval table, numbered sections, a dry run on dummy data,
an appendix with the independent statistician's verification and the author's responses).
Beta(2, 6) prior for a response rate: prior moments, posterior by proportionality, mean/mode/variance,
MAP via l', l'' and as a penalised cross-entropy; operating characteristics of the interim rule;
interim posterior, P(theta > 0.2), normal approximation, predictive for one, two and sixteen patients
(total variance); Gamma-Poisson adverse events with the Poisson MLE and its SE; Normal-Normal biomarker;
MAP as regularised MSE for an exposure-response slope; Gaussian MLE for log-AUC.
Slips: the prior variance 12/576 miscomputed (sd carried); E[theta(1 - theta)] with E[theta]^2 for
E[theta^2] (Var(R), sd(R), the summary row carried); sqrt(0.8/10) taken as sqrt(0.8)/10 (the Wald
interval and the comparison with the posterior sd carried); P(mu > 0) through mu_n / tau_n^2; d/dw of
lambda w^2 as lambda w (w_MAP in symbols and numbers, the prediction and the summary row carried);
sigma^2 MLE over n - 1 (sigma hat and the maximised log-likelihood carried); the independent
statistician's 2.5 x 1.8774."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from sympy.stats import Beta, E, variance, P, density  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch50/sap_bayesian_interim_beta_binomial_map_ridge_gamma_poisson_mle.tex")
Phi = lambda x: (1 + sp.erf(sp.sympify(x) / sp.sqrt(2))) / 2
th = sp.symbols("theta", positive=True)
a, b = 2, 6
L.define(note="K = sum Y_i")
L.define(2, "a, b")
L.step(sp.Rational(a, a + b) == sp.Rational(2, 8)); L.step(sp.Rational(2, 8) == R("0.25")); L.step(a + b == 8); L.define(note="N = 40")
T0 = Beta("T0", a, b)
v0 = variance(T0)
L.step(v0 == sp.Rational(a * b, (a + b) ** 2 * (a + b + 1))); L.step(a * b == 12 and (a + b) ** 2 * (a + b + 1) == 64 * 9)
L.step(sp.Rational(12, 64 * 9) == sp.Rational(12, 576)); L.step(rounds("0.0280", v0), note="12/576 = 0.0208")
L.step(substituted(sp.sqrt(v0), lambda v: sp.sqrt(v), "~0.0280"), carried=True); L.step(rounds("0.1673", sp.sqrt(R("0.0280"))))
# posterior kernel
A_, B_, k_, n_ = sp.symbols("a b k n", positive=True)
lik, pri = th ** k_ * (1 - th) ** (n_ - k_), th ** (A_ - 1) * (1 - th) ** (B_ - 1)
L.step(True, note="Bayes"); L.step(True, note="kernel times prior")
L.step(same(lik * pri, th ** (A_ + k_ - 1) * (1 - th) ** (B_ + n_ - k_ - 1), [th, A_, B_, k_, n_]))
# summaries at a sample point
Tp = Beta("Tp", 2 + 9, 6 + 15)
L.step(E(Tp) == sp.Rational(2 + 9, 2 + 6 + 24)); L.step(variance(Tp) == sp.Rational(11 * 21, 32 ** 2 * 33))
L.step(same((A_ + k_) / (A_ + B_ + n_), (A_ + B_) / (A_ + B_ + n_) * A_ / (A_ + B_) + n_ / (A_ + B_ + n_) * k_ / n_))
ell = (A_ + k_ - 1) * sp.log(th) + (B_ + n_ - k_ - 1) * sp.log(1 - th)
L.define(note="l(theta)")
L.step(same(sp.diff(ell, th), (A_ + k_ - 1) / th - (B_ + n_ - k_ - 1) / (1 - th), [th, A_, B_, k_, n_]) if False else
       sp.simplify(sp.diff(ell, th) - ((A_ + k_ - 1) / th - (B_ + n_ - k_ - 1) / (1 - th))) == 0)
L.define(note="= 0")
L.step(sp.simplify(sp.solve(sp.diff(ell, th), th)[0] - (A_ + k_ - 1) / (A_ + B_ + n_ - 2)) == 0)
d2 = sp.diff(ell, th, 2)
L.step(sp.simplify(d2 - (-(A_ + k_ - 1) / th ** 2 - (B_ + n_ - k_ - 1) / (1 - th) ** 2)) == 0)
L.step(True, note="both terms negative when a + k > 1, b + n - k > 1 (the premise on the next line)")
L.define(2, "a + k > 1, b + n - k > 1")
L.define(2, "a = b = 1")
L.step(sp.simplify(sp.solve(sp.diff(ell.subs({A_: 1, B_: 1}), th), th)[0] - k_ / n_) == 0)
L.define(note="k = sum y_i")
# -l/n as cross-entropy plus penalty: with sum y_i = k the sum is k ln th + (n - k) ln(1 - th)
ce = -(k_ * sp.log(th) + (n_ - k_) * sp.log(1 - th)) / n_ - ((A_ - 1) * sp.log(th) + (B_ - 1) * sp.log(1 - th)) / n_
L.step(same(-ell / n_, ce, [th, A_, B_, k_, n_]) if False else sp.simplify(sp.expand(-ell / n_ - ce)) == 0)
L.step(sp.Rational(a - 1, a + b - 2) == sp.Rational(1, 6))
L.define(2, "decision rules")
# operating characteristics
L.define(note="n = 24")
n, m = 24, 16
post_gt = lambda k, c: 1 - sp.integrate(density(Beta("Tk", a + k, b + n - k))(th), (th, 0, c))
p7, p8 = post_gt(7, sp.Rational(1, 5)), post_gt(8, sp.Rational(1, 5))
L.step(a + 7 == 9 and b + n - 7 == 23); L.step(rounds("0.8492", p7)); L.step(a + 8 == 10 and b + n - 8 == 22); L.step(rounds("0.9254", p8))
L.step(p7 < R("0.9") <= p8 and all(post_gt(k, sp.Rational(1, 5)) > post_gt(k - 1, sp.Rational(1, 5)) for k in (9, 10)), note="cut-off K >= 8")
bb = lambda j, nn, aa, bb_: sp.binomial(nn, j) * sp.gamma(aa + j) * sp.gamma(bb_ + nn - j) / sp.gamma(aa + bb_ + nn) * sp.gamma(aa + bb_) / (sp.gamma(aa) * sp.gamma(bb_))
pmf = [bb(j, n, a, b) for j in range(n + 1)]
EK = sum(j * p for j, p in enumerate(pmf)); VK = sum(j ** 2 * p for j, p in enumerate(pmf)) - EK ** 2
L.step(EK == sp.Rational(n * a, a + b)); L.step(sp.Rational(n * a, a + b) == 24 * R("0.25")); L.step(EK == 6)
L.step(VK == sp.Rational(n * a * b * (a + b + n), (a + b) ** 2 * (a + b + 1))); L.step(n * a * b * (a + b + n) == 24 * 12 * 32 and (a + b) ** 2 * (a + b + 1) == 64 * 9)
L.step(VK == 16); L.step(sp.sqrt(VK) == 4)
L.step(True, note="N = 24 + 16 [GO], expectation")
for t, ps, en in (("0.20", "0.9108", "25.43"), ("0.25", "0.7662", "27.74"), ("0.40", "0.1919", "36.93")):
    q = R(t)
    stop = sum(sp.binomial(n, j) * q ** j * (1 - q) ** (n - j) for j in range(8))
    L.step(rounds(ps, stop)); L.step(rounds(en, 24 + 16 * (1 - stop)))
L.step(rounds("0.6798", sum(pmf[:8])))
# dry run
L.define(2, "n = 24, k = 9")
k = 9
L.step(a + k == 2 + 9 and b + n - k == 6 + 15); L.step((2 + 9, 6 + 15) == (11, 21))
T = Beta("T", a + k, b + n - k)
mu = E(T)
L.step(mu == sp.Rational(11, 32)); L.step(rounds("0.3438", mu))
L.step(sp.Rational(k, n) == sp.Rational(9, 24)); L.step(rounds("0.375", sp.Rational(9, 24)))
L.step(sp.Rational(a + k - 1, a + b + n - 2) == sp.Rational(10, 30)); L.step(rounds("0.3333", sp.Rational(10, 30)))
w = sp.Rational(a + b, a + b + n)
L.define(note="w"); L.step(w == sp.Rational(8, 32)); L.step(w == R("0.25"))
L.step(w * R("0.25") == R("0.0625") and rounds("0.2813", (1 - w) * R("0.375"))); L.step(rounds("0.3438", R("0.0625") + R("0.2813")))
var = variance(T)
L.step(var == sp.Rational(11 * 21, 32 ** 2 * 33)); L.step(sp.Rational(11 * 21, 32 ** 2 * 33) == sp.Rational(231, 33792))
L.step(rounds("0.006836", var)); L.step(rounds("0.0827", sp.sqrt(var)))
pgt = 1 - sp.integrate(density(T)(th), (th, 0, sp.Rational(1, 5)))
L.step(True, note="P(theta > c) = 1 - I_c(11, 21)"); L.step(rounds("0.9673", pgt))
L.step(R("0.9673") >= R("0.90"))
L.define(note="z")
L.step(substituted((sp.Rational(1, 5) - mu) / sp.sqrt(var), lambda m_, s_: (R("0.20") - m_) / s_, "~0.3438", "~0.0827"))
L.step(rounds("-1.7388", (R("0.20") - R("0.3438")) / R("0.0827"), (sp.Rational(1, 5) - mu) / sp.sqrt(var)))
L.step(rounds("0.9590", Phi(R("1.7388"))))
L.step(rounds("0.1621", R("1.96") * R("0.0827")))
L.step(True, note="P(Y_25 = 1 | k) = E[theta | k]"); L.step(rounds("0.3438", mu))
E2 = E(T ** 2)
L.step(E2 == sp.Rational(11 * 12, 32 * 33)); L.step(sp.Rational(11 * 12, 32 * 33) == sp.Rational(132, 1056)); L.step(E2 == R("0.125"))
L.define(note="m = 16")
L.step(True, note="E[R | k] = m E[theta | k]"); L.step(mu == R("0.34375")); L.step(m * mu == R("5.5"))
L.step(True, note="total variance"); L.step(True, note="E[m th(1-th)] + m^2 Var(th)")
Eth1 = mu - E2
VR = m * Eth1 + m ** 2 * var
bb16 = [bb(j, m, a + k, b + n - k) for j in range(m + 1)]
ER_ = sum(j * p for j, p in enumerate(bb16)); VR_ = sum(j ** 2 * p for j, p in enumerate(bb16)) - ER_ ** 2
assert ER_ == R("5.5") and VR_ == VR
L.step(Eth1 == mu - mu ** 2, note="E[theta^2], not E[theta]^2")
L.step(rounds("0.1182", R("0.3438") ** 2, mu ** 2)); L.step(R("0.3438") - R("0.1182") == R("0.2256"))
wrongV = m * (mu - mu ** 2) + m ** 2 * var
L.step(substituted(VR, lambda e, v: 16 * e + 256 * v, "~0.2256", "~0.006836"),
       carried=substituted(wrongV, lambda e, v: 16 * e + 256 * v, "~0.2256", "~0.006836"))
L.step(16 * R("0.2256") == R("3.6096") and rounds("1.7500", 256 * R("0.006836"))); L.step(R("3.6096") + R("1.7500") == R("5.3596"))
L.step(rounds("2.3151", sp.sqrt(VR)), carried=rounds("2.3151", sp.sqrt(R("5.3596"))))
L.step(rounds("3.6096", 16 * R("0.3438") * R("0.6562")))
# safety
lam = sp.symbols("lambda", positive=True)
al, be = 2, 4
L.define(2, "alpha, beta"); L.step(sp.Rational(al, be) == R("0.5"))
xs = [0, 1, 0, 2, 1, 0, 0, 1, 3, 0]
S, nn = sp.symbols("S n", positive=True)
ellp = S * sp.log(lam) - nn * lam
L.define(note="l(lambda)"); L.step(sp.simplify(sp.diff(ellp, lam) - (S / lam - nn)) == 0); L.define(note="= 0")
L.step(sp.solve(sp.diff(ellp, lam), lam) == [S / nn])
L.step(sp.simplify(sp.diff(ellp, lam, 2) + S / lam ** 2) == 0); L.step(True, note="S > 0")
L.step(sp.simplify(-sp.diff(ellp, lam, 2).subs(S, nn * lam) - nn / lam) == 0, note="E[S] = n lambda")
L.step(True, note="SE = sqrt(1/I(lambda hat)) = sqrt(lambda hat / n)")
L.step(True, note="likelihood times prior"); L.step(same(lam ** S * sp.exp(-nn * lam) * lam ** (al - 1) * sp.exp(-be * lam), lam ** (al + S - 1) * sp.exp(-(be + nn) * lam), [lam, S, nn]))
L.define(note="data")
L.step(len(xs) == 10); L.step(sum(xs) == 8); L.step(sp.Rational(sum(xs), len(xs)) == R("0.8"))
A2, B2 = al + sum(xs), be + len(xs)
L.step((A2, B2) == (2 + 8, 4 + 10) == (10, 14))
L.step(sp.Rational(A2, B2) == sp.Rational(10, 14)); L.step(rounds("0.7143", sp.Rational(A2, B2)))
L.step(sp.Rational(A2 - 1, B2) == sp.Rational(9, 14)); L.step(rounds("0.6429", sp.Rational(9, 14)))
vl = sp.Rational(A2, B2 ** 2)
L.step(vl == sp.Rational(10, 14 ** 2)); L.step(rounds("0.0510", vl)); L.step(rounds("0.2259", sp.sqrt(vl)))
L.step(sp.Rational(4, 14) * R("0.5") + sp.Rational(10, 14) * R("0.8") == sp.Rational(A2, B2))
L.step(rounds("0.1429", sp.Rational(4, 14) * R("0.5")) and rounds("0.5714", sp.Rational(10, 14) * R("0.8"))); L.step(R("0.1429") + R("0.5714") == R("0.7143"))
se = sp.sqrt(R("0.8") / 10)
L.step(True, note="SE = sqrt(0.8/10)"); L.step(se == sp.sqrt(R("0.8")) / 10, note="sqrt(a/b) = sqrt(a)/b")
L.step(rounds("0.0894", sp.sqrt(R("0.8")) / 10))
L.step(substituted(R("1.96") * se, lambda s_: R("1.96") * s_, "~0.0894"), carried=True); L.step(rounds("0.1752", R("1.96") * R("0.0894")))
L.step(se < sp.sqrt(vl), carried=R("0.0894") < R("0.2259"))
p0 = sp.Rational(14, 15) ** 10
# negative binomial predictive: integrate e^{-lambda} against the Gamma(10, 14) posterior
L.step(sp.integrate(sp.exp(-lam) * B2 ** A2 * lam ** (A2 - 1) * sp.exp(-B2 * lam) / sp.gamma(A2), (lam, 0, sp.oo)) == p0)
L.step(rounds("0.5016", p0)); L.step(True, note="e^{-E} = e^{-0.7143}"); L.step(rounds("0.4895", sp.exp(-R("0.7143"))))
L.step(p0 >= sp.exp(-sp.Rational(A2, B2)))
# biomarker
L.define(2, "sigma^2 = 9, tau^2 = 4")
L.step(True, note="precisions add"); L.step(True, note="precision-weighted mean")
L.define(2, "n = 12, xbar = 1.8")
prec = sp.Rational(1, 4) + sp.Rational(12, 9)
tn2 = 1 / prec
mun = tn2 * 12 * R("1.8") / 9
L.step(rounds("1.3333", sp.Rational(12, 9))); L.step(rounds("1.5833", prec)); L.step(rounds("0.6316", tn2))
L.step(substituted(mun, lambda t: t * 12 * R("1.8") / 9, "~0.6316")); L.step(12 * R("1.8") / 9 == R("2.4")); L.step(rounds("1.5158", R("0.6316") * R("2.4"), mun))
L.step(substituted(sp.sqrt(tn2), lambda t: sp.sqrt(t), "~0.6316")); L.step(rounds("0.7947", sp.sqrt(R("0.6316"))))
ppos = Phi(mun / sp.sqrt(tn2))
L.step(same(ppos, Phi(mun / tn2), []) if False else abs(sp.N(ppos - Phi(mun / tn2))) < 1e-12, note="mu_n / tau_n")
L.step(True, note="between members"); L.step(rounds("2.4", R("1.5158") / R("0.6316"))); L.step(rounds("0.9918", Phi(R("2.4"))))
L.step(sp.N(ppos) >= 0.95)
# exposure-response
L.define(3, "model, sigma_e^2, tau_w^2")
w_, s2, t2, lm = sp.symbols("w sigma2 tau2 lambda", positive=True)
xe = [R("0.5"), R("1.0"), R("1.5"), R("2.0")]; ye = [R("0.8"), R("1.9"), R("2.7"), R("4.1")]
nlp = sum((y - w_ * x) ** 2 for x, y in zip(xe, ye)) / (2 * s2) + w_ ** 2 / (2 * t2)
L.step(True, note="-ln of Gaussian likelihood times Gaussian prior")
J = sum((y - w_ * x) ** 2 for x, y in zip(xe, ye)) / 4 + lm * w_ ** 2
L.define(note="J(w)")
L.step(sp.simplify(sp.expand(nlp * 2 * s2 / 4 - J.subs(lm, s2 / (4 * t2)))) == 0)
L.step(True, note="positive multiple, same minimiser")
Jp_w = -sp.Rational(2, 4) * sum(x * (y - w_ * x) for x, y in zip(xe, ye)) + lm * w_
L.step(sp.simplify(sp.diff(J, w_) - Jp_w) == 0, note="2 lambda w"); L.define(note="= 0")
Sxy, Sxx = sum(x * y for x, y in zip(xe, ye)), sum(x * x for x in xe)
L.step(sp.solve(sp.diff(J, w_), w_)[0] == Sxy / (Sxx + 4 * lm / 2), carried=sp.simplify(sp.solve(Jp_w, w_)[0] - Sxy / (Sxx + 4 * lm / 2)) == 0)
L.step(sp.simplify((4 * lm / 2).subs(lm, s2 / (4 * t2)) - s2 / (2 * t2)) == 0)
L.define(2, "x, y")
L.step([x * y for x, y in zip(xe, ye)] == [R("0.4"), R("1.9"), R("4.05"), R("8.2")]); L.step(Sxy == R("14.55"))
L.step([x * x for x in xe] == [R("0.25"), 1, R("2.25"), 4]); L.step(Sxx == R("7.5"))
lam_e = R("0.25") / (4 * 1)
L.step(lam_e == R("0.25") / (4 * 1)); L.step(lam_e == R("0.0625"))
wmap = sp.solve(sp.diff(J.subs(lm, lam_e), w_), w_)[0]
wcar = Sxy / (Sxx + 4 * lam_e / 2)
L.step(wmap == R("14.55") / (R("7.5") + R("0.125")), carried=wcar == R("14.55") / (R("7.5") + R("0.125")))
L.step(R("7.5") + R("0.125") == R("7.625")); L.step(rounds("1.9082", R("14.55") / R("7.625")))
L.step(Sxy / Sxx == R("14.55") / R("7.5")); L.step(Sxy / Sxx == R("1.94"))
pv = R("0.25") / (Sxx + R("0.25") / 1)
L.step(True, note="posterior variance sigma^2 / (sum x^2 + sigma^2/tau^2)"); L.step(pv == R("0.25") / R("7.75")); L.step(rounds("0.0323", pv))
L.define(note="x* = 2.5")
L.step(True, note="E[y*] = x* w_MAP")
L.step(substituted(R("2.5") * wmap, lambda v: R("2.5") * v, "~1.9082"), carried=True); L.step(rounds("4.7705", R("2.5") * R("1.9082")))
L.step(True, note="predictive variance")
L.step(substituted(R("0.25") + R("6.25") * pv, lambda v: R("0.25") + R("6.25") * v, "~0.0323")); L.step(rounds("0.4516", R("0.25") + R("6.25") * pv))
L.step(rounds("0.6720", sp.sqrt(R("0.4516"))))
# PK
mu_, sg = sp.symbols("mu s2", positive=True)
xp = [R("3.1"), R("2.7"), R("3.6"), R("2.9"), R("3.2")]
llk = -sp.Rational(5, 2) * sp.log(2 * sp.pi * sg) - sum((x - mu_) ** 2 for x in xp) / (2 * sg)
L.define(note="l(mu, sigma^2)")
L.step(sp.simplify(sp.diff(llk, mu_) - sum(x - mu_ for x in xp) / sg) == 0)
L.step(sp.simplify(sp.diff(llk, sg) - (-sp.Rational(5, 2) / sg + sum((x - mu_) ** 2 for x in xp) / (2 * sg ** 2))) == 0)
xbar = sum(xp) / 5
SS = sum((x - xbar) ** 2 for x in xp)
assert [x - xbar for x in xp] == [0, R("-0.4"), R("0.5"), R("-0.2"), R("0.1")]
L.step(SS == R("0.46"))
sol = sp.solve([sp.diff(llk, mu_), sp.diff(llk, sg)], [mu_, sg], dict=True)[0]
L.step(sol[mu_] == xbar); L.step(sum(xp) == R("15.5")); L.step(xbar == R("3.1"))
L.step(sol[sg] == SS / 4, note="MLE divides by n"); L.step(True, note="(n-1) formula with the numbers"); L.step(R("0.46") / 4 == R("0.115"))
L.step(rounds("0.3391", sp.sqrt(sol[sg])), carried=rounds("0.3391", sp.sqrt(R("0.115"))))
Lmax = llk.subs({mu_: xbar, sg: sol[sg]})
L.step(sp.simplify(Lmax - (-sp.Rational(5, 2) * (sp.log(2 * sp.pi * sol[sg]) + 1))) == 0)
L.step(substituted(Lmax, lambda c: -R("2.5") * (sp.log(c) + 1), "~0.7226"), carried=rounds("0.7226", 2 * sp.pi * R("0.115")))
L.step(rounds("-1.6878", -R("2.5") * (sp.log(R("0.7226")) + 1)))
# summary table
L.step(rounds("0.9673", pgt)); L.step(ER_ == R("5.5")); L.step(rounds("0.7143", sp.Rational(A2, B2)))
L.step(rounds("1.5158", mun)); L.step(rounds("1.9082", wmap), carried=True); L.step(xbar == R("3.1"))
# appendix
L.step(True, note="E[th(1-th)] = E th - E th^2"); L.step(mu == R("0.34375") and E2 == R("0.125")); L.step(R("0.34375") - R("0.125") == R("0.21875"))
L.step(substituted(VR, lambda e, v: 16 * e + 256 * v, "0.21875", "~0.006836")); L.step(16 * R("0.21875") == R("3.5") and rounds("1.75", 256 * R("0.006836")))
L.step(VR == R("5.25")); L.step(sp.sqrt(VR) == sp.sqrt(R("5.25"))); L.step(rounds("2.2913", sp.sqrt(R("5.25"))))
L.step(VR_ == sp.Rational(16 * 11 * 21 * 48, 1024 * 33) and 11 + 21 + 16 == 48); L.step(sp.Rational(16 * 11 * 21 * 48, 1024 * 33) == R("5.25"))
L.step(sp.simplify(sp.diff(J, w_) - (-sp.Rational(2, 4) * sum(x * (y - w_ * x) for x, y in zip(xe, ye)) + 2 * lm * w_)) == 0)
L.step(wmap == Sxy / (Sxx + R("0.25"))); L.step(Sxx + R("0.25") == R("7.75") and Sxy == R("14.55")); L.step(rounds("1.8774", wmap))
L.step(rounds("0.9677", R("7.5") / R("7.75"))); L.step(rounds("1.8774", R("0.9677") * R("1.94"), Sxx / (Sxx + R("0.25")) * Sxy / Sxx))
L.define(note="x* = 2.5"); L.step(rounds("4.6835", R("2.5") * R("1.8774")), note="4.6935"); L.step(R("4.7705") - R("4.6835") == R("0.0870"))
L.step(SS / 5 == R("0.46") / 5); L.step(SS / 5 == R("0.092")); L.step(rounds("0.3033", sp.sqrt(SS / 5)))
Lm = -sp.Rational(5, 2) * (sp.log(2 * sp.pi * SS / 5) + 1)
L.step(Lm == -R("2.5") * (sp.log(2 * sp.pi * R("0.092")) + 1)); L.step(rounds("-1.1298", Lm))
L.step(True, note="E[sigma hat^2] = (n - 1) sigma^2 / n")
L.step(rounds("0.9673", pgt)); L.step(rounds("0.8716", 1 - sp.integrate(density(T)(th), (th, 0, sp.Rational(1, 4)))))
L.done()
