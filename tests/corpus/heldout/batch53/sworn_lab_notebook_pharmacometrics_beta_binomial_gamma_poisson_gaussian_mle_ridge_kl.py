"""Labels for sworn_lab_notebook_pharmacometrics_beta_binomial_gamma_poisson_gaussian_mle_ridge_kl.tex: a typed
transcription of a witnessed laboratory notebook (signed pages, witness countersignatures, corrections written
below struck-through text). A Beta(2, 6) prior with 9 of 24 (posterior by proportionality, mean, MLE, MAP, the
weighted-average form, variance and sd); Gamma-Poisson adverse-event counts (Gamma(10, 7): mean, mode, variance,
sd, MLE, the predictive P(X = 0) against the plug-in value); Gaussian MLE of log-clearance (mean, sum of squares,
the variance, the standard error); MAP with a Gaussian prior as ridge (lambda = sigma^2/tau^2, sums, MAP and OLS
slopes, shrinkage); the beta-binomial count's mean and variance by total variance; KL between Bernoullis and
between Gaussians.
Slips: the Beta mode over alpha + beta (for alpha + beta - 2); the MLE of sigma^2 with divisor n - 1 (its square
root carried); the second logarithm of the Bernoulli KL upside down. All three are corrected by the witnesses."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch53/sworn_lab_notebook_pharmacometrics_beta_binomial_gamma_poisson_gaussian_mle_ridge_kl.tex")
th, lam, w = sp.symbols("theta lambda w", positive=True)
# page 37
a0, b0, k, n = 2, 6, 9, 24
L.step(sp.Rational(a0, a0 + b0) == sp.Rational(2, 8) and sp.Rational(2, 8) == R("0.25"))
L.define(2, "k, n")
post = th ** k * (1 - th) ** (n - k) * th ** (a0 - 1) * (1 - th) ** (b0 - 1)
L.step(True, note="binomial likelihood times the Beta(2, 6) kernel")
L.step(sp.simplify(post - th ** 10 * (1 - th) ** 20) == 0)
a, b = a0 + k, b0 + n - k
L.define(); L.step(a == 2 + 9 and a == 11); L.define(); L.step(b == 6 + 15 and b == 21)
mean = sp.Rational(a, a + b)
L.step(True, note="Beta mean"); L.step(mean == sp.Rational(11, 32)); L.step(mean == R("0.34375"))
L.step(sp.solve(sp.diff(k * sp.log(th) + (n - k) * sp.log(1 - th), th), th) == [sp.Rational(k, n)]); L.step(sp.Rational(k, n) == sp.Rational(9, 24)); L.step(sp.Rational(9, 24) == R("0.375"))
mode = sp.solve(sp.diff(sp.log(post), th), th)[0]
L.step(mode == sp.Rational(a - 1, a + b), note="alpha + beta - 2"); L.step(sp.Rational(a - 1, a + b) == sp.Rational(10, 32)); L.step(sp.Rational(10, 32) == R("0.3125"))
wt = sp.Rational(n, n + a0 + b0)
L.define(note="w"); L.step(wt == sp.Rational(24, 32)); L.step(wt == R("0.75"))
L.step(wt * sp.Rational(k, n) + (1 - wt) * R("0.25") == R("0.75") * R("0.375") + R("0.25") * R("0.25"))
L.step(R("0.75") * R("0.375") == R("0.28125") and R("0.25") * R("0.25") == R("0.0625")); L.step(R("0.28125") + R("0.0625") == R("0.34375")); L.step(R("0.34375") == mean)
var = sp.Rational(a * b, (a + b) ** 2 * (a + b + 1))
Bth = sp.gamma(a + b) / (sp.gamma(a) * sp.gamma(b)) * th ** (a - 1) * (1 - th) ** (b - 1)
L.step(sp.integrate(th ** 2 * Bth, (th, 0, 1)) - mean ** 2 == var)
L.step(var == sp.Rational(11 * 21, 32 ** 2 * 33)); L.step(var == sp.Rational(231, 33792)); L.step(rounds("0.006836", var))
L.step(rounds("0.0827", sp.sqrt(R("0.006836")), sp.sqrt(var)))
L.step(rounds("0.3438", mean))
L.step(mode == sp.Rational(a - 1, a + b - 2)); L.step(sp.Rational(a - 1, a + b - 2) == sp.Rational(10, 30)); L.step(rounds("0.3333", sp.Rational(10, 30)))
L.step(sp.simplify(sp.diff(10 * sp.log(th) + 20 * sp.log(1 - th), th) - (10 / th - 20 / (1 - th))) == 0); L.define(note="= 0")
L.step(sp.solve(10 / th - 20 / (1 - th), th) == [sp.Rational(10, 30)])
L.step(rounds("0.3333", mode)); L.step(R("0.3333") < R("0.3438")); L.step(rounds("0.3438", mean)); L.step(R("0.3438") < R("0.375")); L.step(sp.Rational(k, n) == R("0.375"))
# page 38
xs = [2, 0, 1, 3, 1]
L.define(note="x"); L.step(sum(xs) == 7); L.define(note="n = 5")
pl = lam ** 7 * sp.exp(-5 * lam) * lam ** 2 * sp.exp(-2 * lam)
L.step(True, note="Poisson likelihood times Gamma(3, 2) kernel"); L.step(sp.simplify(pl - lam ** 9 * sp.exp(-7 * lam)) == 0)
A, Bt = 10, 7
L.step(sp.Rational(A, Bt) == sp.Rational(10, 7)); L.step(rounds("1.4286", sp.Rational(10, 7)))
L.step(sp.solve(sp.diff(sp.log(lam ** 9 * sp.exp(-7 * lam)), lam), lam) == [sp.Rational(9, 7)]); L.step(rounds("1.2857", sp.Rational(9, 7)))
L.step(sp.Rational(A, Bt ** 2) == sp.Rational(10, 7 ** 2)); L.step(rounds("0.2041", sp.Rational(10, 49)))
L.step(substituted(sp.sqrt(sp.Rational(10, 49)), sp.sqrt, "~0.2041")); L.step(rounds("0.4518", sp.sqrt(R("0.2041")), sp.sqrt(sp.Rational(10, 49))))
L.step(True, note="Poisson MLE = mean"); L.step(sp.Rational(sum(xs), 5) == sp.Rational(7, 5)); L.step(sp.Rational(7, 5) == R("1.4"))
# predictive P(0) = int e^-lam Gamma(10, 7) dlam
G = Bt ** A / sp.gamma(A) * lam ** (A - 1) * sp.exp(-Bt * lam)
p0 = sp.integrate(sp.exp(-lam) * G, (lam, 0, sp.oo))
L.step(sp.simplify(p0 - sp.Rational(7, 8) ** 10) == 0); L.step(sp.Rational(7, 8) == R("0.875")); L.step(rounds("0.2631", p0))
L.step(rounds("0.2397", sp.exp(-sp.Rational(10, 7)), sp.exp(-R("1.4286"))))
# page 39
ys = [R("1.2"), R("0.8"), R("1.5"), R("1.1"), R("0.9")]; nn = 5
L.define(3, "y = ln CL = data, n = 5")
L.define(note="log-likelihood")
mu, s2 = sp.symbols("mu s2", positive=True)
ell = -sp.Rational(nn, 2) * sp.log(2 * sp.pi * s2) - sum((yi - mu) ** 2 for yi in ys) / (2 * s2)
L.define(note="d ell/d mu = 0")
muh = sp.solve(sp.diff(ell, mu), mu)[0]
ybar = sum(ys) / nn
L.step(muh == ybar); L.step(ybar == R("5.5") / 5); L.step(R("5.5") / 5 == R("1.1"))
SS = sum((yi - ybar) ** 2 for yi in ys)
L.step(SS == R("0.01") + R("0.09") + R("0.16") + 0 + R("0.04")); L.step(SS == R("0.30"))
s2h = sp.solve(sp.diff(ell.subs(mu, ybar), s2), s2)[0]
L.step(s2h == SS / (nn - 1), note="divisor n"); L.step(SS / (nn - 1) == R("0.30") / 4); L.step(R("0.30") / 4 == R("0.075"))
L.step(sp.sqrt(s2h) == sp.sqrt(R("0.075")), carried=True); L.step(rounds("0.2739", sp.sqrt(R("0.075"))))
L.step(rounds("0.1225", sp.sqrt(R("0.075") / 5)))
sig2 = sp.symbols("sigma2", positive=True)
ellg = -sp.Rational(nn, 2) * sp.log(2 * sp.pi * sig2) - sp.Symbol("Q", positive=True) / (2 * sig2)
L.step(sp.simplify(sp.diff(ellg, sig2) - (-nn / (2 * sig2) + sp.Symbol("Q", positive=True) / (2 * sig2 ** 2))) == 0); L.define(note="= 0")
L.step(s2h == R("0.30") / 5); L.step(R("0.30") / 5 == R("0.06")); L.step(rounds("0.2449", sp.sqrt(s2h)))
L.step(SS / (nn - 1) == R("0.075"))
# E[sigma2_MLE] = (n - 1)/n sigma^2: exact expectation for a normal sample via chi-square, checked with sympy.stats
from sympy.stats import Normal, E as Ex  # noqa: E402
Z = [Normal(f"Z{i}", 0, 1) for i in range(3)]
zb = sum(Z) / 3
L.step(sp.simplify(Ex(sum((zi - zb) ** 2 for zi in Z) / 3) - sp.Rational(2, 3)) == 0, note="checked at n = 3, sigma = 1")
# page 40
L.define(2, "model, sigma^2"); L.define(2, "x, y"); L.define(note="tau^2")
xv = [-1, 0, 1, 2]; yv = [R("-0.3"), R("0.1"), R("0.2"), R("0.6")]
s2v, t2v = R("0.04"), R("0.25")
nlp = sum((yi - w * xi) ** 2 for xi, yi in zip(xv, yv)) / (2 * s2v) + w ** 2 / (2 * t2v)
L.step(True, note="-ln p(w | D) = Gaussian likelihood and prior terms + const")
lmb = s2v / t2v
L.step(sp.expand(2 * s2v * nlp - (sum((yi - w * xi) ** 2 for xi, yi in zip(xv, yv)) + lmb * w ** 2)) == 0)
L.step(lmb == R("0.04") / R("0.25")); L.step(lmb == R("0.16"))
wmap = sp.solve(sp.diff(nlp, w), w)[0]
Sxx = sum(xi ** 2 for xi in xv); Sxy = sum(xi * yi for xi, yi in zip(xv, yv))
L.step(wmap == Sxy / (Sxx + lmb))
L.step(Sxx == 1 + 0 + 1 + 4); L.step(Sxx == 6); L.step(Sxy == R("0.3") + 0 + R("0.2") + R("1.2")); L.step(Sxy == R("1.7"))
L.step(wmap == R("1.7") / R("6.16")); L.step(rounds("0.2760", wmap)); L.step(R("0.2760") < R("0.2833"))
L.step(sp.solve(sp.diff(sum((yi - w * xi) ** 2 for xi, yi in zip(xv, yv)), w), w)[0] == R("1.7") / 6); L.step(rounds("0.2833", R("1.7") / 6))
L.step(rounds("0.9740", 6 / R("6.16")))
EY = 40 * mean
L.step(True, note="E[Y] = 40 E[theta]"); L.step(EY == 40 * R("0.34375")); L.step(EY == R("13.75"))
Eth2 = sp.integrate(th ** 2 * Bth, (th, 0, 1))
L.step(Eth2 == sp.Rational(a * (a + 1), (a + b) * (a + b + 1))); L.step(Eth2 == sp.Rational(11 * 12, 32 * 33)); L.step(Eth2 == R("0.125"))
L.step(mean - Eth2 == R("0.34375") - R("0.125")); L.step(R("0.34375") - R("0.125") == R("0.21875"))
VY = 40 * (mean - Eth2) + 40 ** 2 * var
L.step(True, note="law of total variance")
L.step(substituted(VY, lambda p, q: 40 * p + 1600 * q, "0.21875", "~0.006836"))
L.step(40 * R("0.21875") == R("8.75") and rounds("10.94", 1600 * R("0.006836"))); L.step(R("8.75") + R("10.94") == R("19.69") and rounds("19.69", VY))
L.step(rounds("9.0234", 40 * R("0.34375") * R("0.65625")))
# page 41
q, p = R("0.25"), R("0.34375")
L.define(note="q"); L.define(note="p")
kl = p * sp.log(p / q) + (1 - p) * sp.log((1 - p) / (1 - q))
P_, Q_ = sp.symbols("P Q", positive=True)
L.step(True, note="Bernoulli KL by definition")
L.step(abs(sp.N(kl - (R("0.34375") * sp.log(R("0.34375") / R("0.25")) + R("0.65625") * sp.log(R("0.75") / R("0.65625"))), 30)) < 1e-20, note="upside down")
L.step(rounds("0.1095", R("0.34375") * sp.log(R("1.375"))) and rounds("0.0876", R("0.65625") * sp.log(R("0.75") / R("0.65625"))))
L.step(R("0.1095") + R("0.0876") == R("0.1971"))
m1, m2, v1, v2 = R("1.1"), R("1.0"), R("0.012"), R("0.04")
xx = sp.symbols("xx", real=True)
n1 = sp.exp(-(xx - m1) ** 2 / (2 * v1)) / sp.sqrt(2 * sp.pi * v1)
n2 = sp.exp(-(xx - m2) ** 2 / (2 * v2)) / sp.sqrt(2 * sp.pi * v2)
klg_formula = sp.log(sp.sqrt(v2) / sp.sqrt(v1)) + (v1 + (m1 - m2) ** 2) / (2 * v2) - sp.Rational(1, 2)
klg_num = sp.Integral(n1 * sp.log(n1 / n2), (xx, m1 - 2, m1 + 2)).evalf(20)
L.step(abs(klg_num - sp.N(klg_formula, 20)) < 1e-10)
L.step(abs(sp.N(klg_formula - (sp.log(R("0.04") / R("0.012")) / 2 + (R("0.012") + R("0.01")) / R("0.08") - sp.Rational(1, 2)), 30)) < 1e-25)
L.step(R("0.6020") + R("0.275") - R("0.5") == R("0.3770") and rounds("0.3770", klg_formula) and rounds("0.6020", sp.log(R("0.04") / R("0.012")) / 2))
L.step(True, note="ln((1 - p)/(1 - q)) = ln(0.65625/0.75)"); L.step(rounds("-0.1335", sp.log(R("0.65625") / R("0.75"))))
L.step(substituted(kl, lambda u, v: u - v, "~0.1095", "~0.0876")); L.step(rounds("0.0218", R("0.1095") - R("0.0876"), kl), note="0.0219 as written, 0.02184 exactly")
L.step(kl >= 0)
L.done()
