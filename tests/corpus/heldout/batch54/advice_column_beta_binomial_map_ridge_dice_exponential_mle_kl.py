"""Labels for advice_column_beta_binomial_map_ridge_dice_exponential_mle_kl.tex: three Sundays of a newspaper's
statistics advice column (readers' letters in italics with their own working and a signature, Dr Bayes's replies,
a corrections list in the third column): a drawing pin with a Beta(2, 2) prior and 14 of 20 (posterior by
proportionality, mean, the MAP from the log posterior, the order mean < MAP < MLE, the credibility forms of mean and
mode, variance and sd, the predictive for one and two tosses); MAP with a Gaussian prior as MSE plus lambda w^2
(lambda = sigma^2/(n tau^2), the closed form, sums, OLS, shrinkage, posterior variance); a fete's dice stalls
(E X^2, Var X, Var(2X - 3), E X^4, Var X^2, two dice); exponential bus waits (log-likelihood, the MLE of the rate,
P(T > 10), Fisher information and standard error); KL between two coins both ways, Jensen, cross-entropy minus entropy,
the Gaussian KL; corrections (Gaussian KL, Var X^2, sequential updating, a three-toss MAP).
Slips: the Beta mode as (alpha - 1)/(alpha + beta) (carried into 15/24 and the order of MAP and mean); lambda =
sigma^2/tau^2 for the averaged loss (carried into lambda = 0.25 and w = 29.7/31); Var(2X - 3) = 2 Var X - 3 (carried
into its sd); 379.1667 - 230.0278 written 149.1398 (carried into the sd); the exponential rate's MLE as the sample
mean (carried into P(T > 10) = e^-60); the Gaussian KL with ln(sigma_2^2/sigma_1^2) (carried into the example)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch54/advice_column_beta_binomial_map_ridge_dice_exponential_mle_kl.tex")
th = sp.symbols("theta", positive=True)
Q = sp.Rational
# drawing pin
k, n, a0, b0 = 14, 20, 2, 2
L.step(rounds("0.7", Q(k, n)))
post = th ** k * (1 - th) ** (n - k) * th * (1 - th)
L.step(True, note="posterior is likelihood times prior up to a constant"); L.step(same(post, th ** 15 * (1 - th) ** 7))
al, be = a0 + k, b0 + n - k                          # 16, 8
mean = Q(al, al + be)
L.step(mean == Q(16, 24) and rounds("0.6667", mean))
mode = sp.solve(sp.diff(sp.log(th ** (al - 1) * (1 - th) ** (be - 1)), th), th)[0]
L.step(mode == Q(al - 1, al + be), note="mode over alpha + beta - 2")
L.step(mode == Q(15, 24), carried=True); L.step(rounds("0.625", Q(15, 24)))
L.step(mode < mean, carried=Q(15, 24) < mean)
# reply
ell = 15 * sp.log(th) + 7 * sp.log(1 - th)
L.step(sp.simplify(sp.expand_log(sp.log(th ** 15 * (1 - th) ** 7), force=True) - ell) == 0, note="log of the kernel")
L.step(sp.simplify(sp.diff(ell, th) - (15 / th - 7 / (1 - th))) == 0)
L.define(note="= 0")
L.step((15 * (1 - mode) - 7 * mode) == 0); L.step(mode == Q(15, 22)); L.step(rounds("0.6818", mode))
L.define(note="alpha, beta > 1")
L.step(rounds("0.6667", mean)); L.step(mean < mode); L.step(rounds("0.6818", mode)); L.step(mode < Q(k, n)); L.step(Q(k, n) == R("0.7"))
L.step(mean == Q(20, 24) * R("0.7") + Q(4, 24) * R("0.5"))
L.step(rounds("0.5833", Q(20, 24) * R("0.7")) and rounds("0.0833", Q(4, 24) * R("0.5")))
L.step(rounds("0.6667", R("0.5833") + R("0.0833"), mean))
L.step(mode == Q(20, 22) * R("0.7") + Q(2, 22) * R("0.5"))
L.step(rounds("0.6364", Q(20, 22) * R("0.7")) and rounds("0.0455", Q(2, 22) * R("0.5")))
L.step(rounds("0.6818", R("0.6364") + R("0.0455"), mode))
dens = th ** (al - 1) * (1 - th) ** (be - 1) * sp.gamma(al + be) / (sp.gamma(al) * sp.gamma(be))
var = sp.integrate(th ** 2 * dens, (th, 0, 1)) - sp.integrate(th * dens, (th, 0, 1)) ** 2
L.step(sp.simplify(var - Q(al * be, (al + be) ** 2 * (al + be + 1))) == 0)
L.step(Q(al * be, (al + be) ** 2 * (al + be + 1)) == Q(16 * 8, 24 ** 2 * 25)); L.step(Q(16 * 8, 24 ** 2 * 25) == Q(128, 14400))
L.step(rounds("0.008889", var))
L.step(rounds("0.0943", sp.sqrt(R("0.008889")), sp.sqrt(var)))
L.step(rounds("0.6667", mean))
L.step(rounds("0.4444", R("0.6667") ** 2, mean ** 2))
E2 = sp.integrate(th ** 2 * dens, (th, 0, 1))
L.step(sp.simplify(E2 - Q(al * (al + 1), (al + be) * (al + be + 1))) == 0)
L.step(Q(al * (al + 1), (al + be) * (al + be + 1)) == Q(16 * 17, 24 * 25)); L.step(Q(16 * 17, 600) == Q(272, 600)); L.step(rounds("0.4533", E2))
L.step(sp.simplify(E2 - (mean ** 2 + var)) == 0)
L.step(substituted(mean ** 2 + var, lambda p, q: p + q, "~0.4444", "~0.0089"))
# MAP as ridge
w, s2, t2 = sp.symbols("w sigma2 tau2", positive=True)
xs = [1, 2, 3, 4]; ys = [R("1.1"), R("1.9"), R("3.2"), R("3.8")]; nn = 4
nlp = sum((yy - w * xx) ** 2 for xx, yy in zip(xs, ys)) / (2 * s2) + w ** 2 / (2 * t2)
L.define(note="model"); L.define(note="J(w)")
L.step(True, note="-ln of Gaussian likelihood times Gaussian prior, up to a constant")
lam_true = s2 / (nn * t2)
L.step(same(lam_true, s2 / t2), note="lambda = sigma^2/(n tau^2)")
L.define(3, "x, y, sigma^2 = 0.25"); L.define(note="tau^2 = 1")
S2, T2 = R("0.25"), 1
L.step(lam_true.subs({s2: S2, t2: T2}) == R("0.25"), carried=True)
L.define(note="J' = 0")
lam = sp.symbols("lam", positive=True)
J = sum((yy - w * xx) ** 2 for xx, yy in zip(xs, ys)) / nn + lam * w ** 2
Sxy = sum(xx * yy for xx, yy in zip(xs, ys)); Sxx = sum(xx ** 2 for xx in xs)
L.step(sp.simplify(sp.solve(sp.diff(J, w), w)[0] - Sxy / (Sxx + nn * lam)) == 0)
L.step(Sxy == R("29.7")); L.step(Sxx == 30)
wmap = sp.solve(sp.diff(nlp.subs({s2: S2, t2: T2}), w), w)[0]
L.step(wmap == R("29.7") / (30 + 1), carried=True); L.step(rounds("0.9581", R("29.7") / 31))
L.step(R("29.7") / 30 == R("0.99"))
L.step(sp.simplify(sp.expand(2 * s2 / nn * nlp) - sp.expand(sum((yy - w * xx) ** 2 for xx, yy in zip(xs, ys)) / nn + s2 / (nn * t2) * w ** 2)) == 0)
L.step(True, note="lambda = sigma^2/(n tau^2)"); L.step(S2 / (nn * T2) == R("0.25") / 4); L.step(R("0.25") / 4 == R("0.0625"))
L.step(nn * lam_true == s2 / t2); L.step(S2 / T2 == R("0.25"))
L.step(wmap == Sxy / (Sxx + S2 / T2)); L.step(wmap == R("29.7") / R("30.25")); L.step(rounds("0.9818", wmap))
L.step(rounds("0.9917", Q(30) / R("30.25")))
L.step(Sxx / S2 == 120); L.step(Q(1, T2) == 1)
L.step(rounds("0.008264", 1 / (Sxx / S2 + 1 / T2)))
# dice
faces = range(1, 7)
E = lambda f: sum(Q(f(v)) for v in faces) / 6
EX, EX2, EX4 = E(lambda v: v), E(lambda v: v ** 2), E(lambda v: v ** 4)
VX = EX2 - EX ** 2
L.step(EX2 == Q(1 + 4 + 9 + 16 + 25 + 36, 6)); L.step(EX2 == Q(91, 6)); L.step(rounds("15.17", EX2))
L.step(EX == R("3.5")); L.step(VX == Q(35, 12)); L.step(rounds("2.9167", VX))
V2 = 4 * VX
L.step(V2 == 2 * VX - 3, note="4 Var X")
L.step(rounds("2.8333", 2 * VX - 3, 2 * R("2.9167") - 3))
L.step(substituted(sp.sqrt(V2), sp.sqrt, "~2.8333"), carried=substituted(sp.sqrt(2 * VX - 3), sp.sqrt, "~2.8333"))
L.step(rounds("1.6833", sp.sqrt(R("2.8333")), sp.sqrt(2 * VX - 3)))
L.step(rounds("15.1667", EX2)); L.step(R("15.1667") - 15 == R("0.1667"))
L.step(True, note="Var(aX + b) = a^2 Var X")
L.step(substituted(V2, lambda p: 4 * p, "~2.9167")); L.step(rounds("11.6667", V2))
L.step(rounds("3.4157", sp.sqrt(V2)))
L.step(2 * EX - 3 == 2 * R("3.5") - 3); L.step(2 * EX - 3 == 4)
L.step(EX4 == Q(1 + 16 + 81 + 256 + 625 + 1296, 6)); L.step(EX4 == Q(2275, 6)); L.step(rounds("379.1667", EX4))
VX2 = EX4 - EX2 ** 2
L.step(True, note="Var = E[X^4] - (E[X^2])^2")
L.step(substituted(VX2, lambda p, q: p - q ** 2, "~379.1667", "~15.1667"))
L.step(substituted(VX2, lambda p, q: p - q, "~379.1667", "~230.0278") and rounds("230.0278", EX2 ** 2))
L.step(rounds("149.1398", R("379.1667") - R("230.0278"), VX2), note="149.1389")
L.step(substituted(sp.sqrt(VX2), sp.sqrt, "~149.1398"), carried=True)
L.step(rounds("12.21", sp.sqrt(R("149.1398"))))
L.step(2 * EX == 7); L.step(2 * VX == 2 * Q(35, 12)); L.step(rounds("5.8333", 2 * VX))
# bus
ts = [4, 7, 2, 11, 6]
lmb = sp.symbols("lambda", positive=True)
ll = sum(sp.log(lmb) - lmb * tt for tt in ts)
lhat = sp.solve(sp.diff(ll, lmb), lmb)[0]
L.step(sum(ts) == 30); L.define(note="n = 5")
L.step(lhat == Q(sum(ts), 5), note="n / sum"); L.step(Q(30, 5) == 6)
L.step(True, note="P(T > 10) = e^{-10 lambda-hat} for the fitted exponential")
L.step(sp.exp(-10 * lhat) == sp.exp(-60), carried=True)
L.define(note="density")
L.step(True, note="log-likelihood as a sum"); L.step(sp.expand(ll - (5 * sp.log(lmb) - 30 * lmb)) == 0)
L.step(sp.simplify(sp.diff(ll, lmb) - (5 / lmb - 30)) == 0); L.define(note="= 0")
L.step(lhat == Q(5, 30)); L.step(rounds("0.1667", lhat))
L.step(1 / lhat == 6)
L.step(sp.simplify(sp.diff(ll, lmb, 2) + 5 / lmb ** 2) == 0); L.step(True, note="-5/lambda^2 < 0 for lambda > 0")
L.step(True, note="P(T > 10) = e^{-10 lambda-hat}")
L.step(substituted(sp.exp(-10 * lhat), lambda p: sp.exp(-p), "~1.6667")); L.step(rounds("0.1889", sp.exp(-10 * lhat)))
nn_, x = sp.symbols("n x", positive=True)
L.step(sp.simplify(-nn_ * sp.diff(sp.log(lmb) - lmb * x, lmb, 2) - nn_ / lmb ** 2) == 0, note="Fisher information n/lambda^2")
L.step(substituted(lhat / sp.sqrt(5), lambda p, q: p / q, "~0.1667", "~2.2361")); L.step(rounds("0.0745", R("0.1667") / R("2.2361"), lhat / sp.sqrt(5)))
# KL
L.define(2, "KL definition, p = 0.5"); L.define(note="q = 0.8")
p_, q_ = [R("0.5"), R("0.5")], [R("0.8"), R("0.2")]
KL = lambda P, Qd: sum(a * sp.log(a / b) for a, b in zip(P, Qd))
kpq, kqp = KL(p_, q_), KL(q_, p_)
L.step(True, note="the two terms of KL(p || q)")
L.step(substituted(kpq, lambda u, v: R("0.5") * u + R("0.5") * v, "~-0.4700", "~0.9163"))
L.step(substituted(kpq, lambda u, v: u + v, "~-0.2350", "~0.4581") and rounds("-0.2350", R("0.5") * R("-0.4700")) and rounds("0.4581", R("0.5") * R("0.9163"), sp.log(Q(5, 2)) / 2))
L.step(rounds("0.2231", R("-0.2350") + R("0.4581"), kpq))
L.step(True, note="the two terms of KL(q || p)")
L.step(substituted(kqp, lambda u, v: R("0.8") * u + R("0.2") * v, "~0.4700", "~-0.9163"))
L.step(substituted(kqp, lambda u, v: u - v, "~0.3760", "~0.1833") and rounds("0.3760", R("0.8") * R("0.4700")) and rounds("0.1833", R("0.2") * R("0.9163")))
L.step(rounds("0.1927", R("0.3760") - R("0.1833"), kqp))
L.step(R("0.2231") != R("0.1927"))
L.step(True, note="-KL = sum p ln(q/p)"); L.step(True, note="Jensen: ln is concave"); L.step(sum(q_) == 1); L.step(sp.log(1) == 0)
L.define(note="p = q")
Hpq = -sum(a * sp.log(b) for a, b in zip(p_, q_)); Hp = -sum(a * sp.log(a) for a in p_)
L.step(True, note="cross-entropy by definition")
L.step(rounds("0.1116", -R("0.5") * sp.log(R("0.8"))) and rounds("0.8047", -R("0.5") * sp.log(R("0.2"))))
L.step(rounds("0.9163", R("0.1116") + R("0.8047"), Hpq)); L.step(sp.simplify(Hp - sp.log(2)) == 0); L.step(rounds("0.6931", sp.log(2)))
L.step(substituted(Hpq - Hp, lambda u, v: u - v, "~0.9163", "~0.6931")); L.step(rounds("0.2232", R("0.9163") - R("0.6931")))
m1, m2, sg1, sg2 = sp.symbols("mu1 mu2 sigma1 sigma2", positive=True)
z = sp.symbols("z", real=True)
pd = sp.exp(-(z - m1) ** 2 / (2 * sg1 ** 2)) / sp.sqrt(2 * sp.pi * sg1 ** 2)
klg = lambda M1, S1, M2, S2: (lambda M1, S1, M2, S2: sp.log(S2 / S1) + (S1 ** 2 + (M1 - M2) ** 2) / (2 * S2 ** 2) - Q(1, 2))(*map(sp.Integer, (M1, S1, M2, S2)))
# the closed form, checked by integration at one point
pt = {m1: 0, sg1: 1, m2: 1, sg2: 2}
logratio = sp.expand_log(sp.log(pd) - sp.log(pd.subs({m1: m2, sg1: sg2})), force=True).subs(pt)
num = sp.N(sp.Integral(pd.subs(pt) * logratio, (z, -30, 30)), 30)
L.step(abs(num - (sp.log(4) + Q(2, 8) - Q(1, 2))) < 1e-15, note="ln(sigma2/sigma1)")
L.step(abs(num - (sp.log(4) + Q(2, 8) - Q(1, 2))) < 1e-15, carried=True)
L.step(rounds("1.3863", sp.log(4))); L.step(rounds("1.1363", R("1.3863") + R("0.25") - R("0.5")))
L.step(abs(num - klg(0, 1, 1, 2)) < 1e-15)
L.step(same(klg(0, 1, 1, 2), sp.log(2) + R("0.25") - R("0.5"), symbols=[]))
L.step(substituted(klg(0, 1, 1, 2), lambda u: u - R("0.25"), "~0.6931")); L.step(rounds("0.4431", R("0.6931") - R("0.25"), klg(0, 1, 1, 2)))
L.step(same(klg(1, 2, 0, 1), sp.log(Q(1, 2)) + Q(5, 2) - Q(1, 2), symbols=[]))
L.step(substituted(klg(1, 2, 0, 1), lambda u: u + 2, "~-0.6931")); L.step(rounds("1.3069", R("-0.6931") + 2, klg(1, 2, 0, 1)))
# corrections
L.step(R("379.1667") - R("230.0278") == R("149.1389"))
L.step(VX2 == Q(5369, 36)); L.step(rounds("149.1389", VX2)); L.step(rounds("12.21", sp.sqrt(VX2)))
L.step((16 + 12, 8 + 8) == (28, 16)); L.step(rounds("0.6364", Q(28, 44)))
L.step((2 + 26, 2 + 14) == (28, 16) and 2 + 14 + 12 == 28 and 2 + 6 + 8 == 16)
L.step(rounds("0.6429", Q(27, 42)) and Q(27, 42) == Q(28 - 1, 28 + 16 - 2))
L.step(rounds("0.0717", sp.sqrt(Q(28 * 16, 44 ** 2 * 45))))
L.step(Q(3, 3) == 1)
L.step(Q(3 + 2 - 1, 3 + 2 + 2 - 2) == Q(3 + 1, 3 + 2)); L.step(Q(4, 5) == R("0.8"))
L.step(Q(3 + 2, 3 + 4) == Q(5, 7)); L.step(rounds("0.7143", Q(5, 7)))
L.done()
