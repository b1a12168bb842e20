"""Labels for scribe_notes_lec14_beta_binomial_map_ridge_mle_variance.tex: lecture scribe notes (a scribe
template's boxed header, lemma/proof/definition/example environments, a lecturer's note added after class):
Bayes' rule, the Bernoulli likelihood, the Beta density and conjugacy (`\\propto` align), the Beta moments and
mode, Beta(2, 3) with 7 heads in 10 (posterior, means, mode, variance and sd, shrinkage form, the predictive for
one and two heads), the Bernoulli MLE with its observed information and maximised log-likelihood, the MAP with
pseudo-counts, MAP for y = wx + eps as regularised MSE with three points, the Gaussian MLE, variance
laws, a covariance example, and total expectation and variance for a Beta-Binomial count."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch43/scribe_notes_lec14_beta_binomial_map_ridge_mle_variance.tex")
th, a, b, k, n, t = sp.symbols("theta a b k n t", positive=True)

# 14.1 Bayes' rule
L.step(True, note="Bayes' rule"); L.step(True, note="evidence as an integral"); L.step(True, note="proportional")
L.define(note="k = sum x_i")
L.define(note="likelihood (model)")
xs = [1, 0, 1, 1, 0]
L.step(sp.prod([th ** x * (1 - th) ** (1 - x) for x in xs]).equals(th ** 3 * (1 - th) ** 2))

# 14.2 Beta
L.define(2, "a > 0, b > 0")
L.define(2, "density, B(a, b)")
aa, bb = sp.Rational(5, 2), sp.Rational(7, 3)
Bint = sp.integrate(t ** (aa - 1) * (1 - t) ** (bb - 1), (t, 0, 1))
L.step(abs(sp.N(Bint - sp.gamma(aa) * sp.gamma(bb) / sp.gamma(aa + bb), 30)) < 1e-25)
# conjugacy (proportional in theta: ratio free of theta)
post = th ** (a + k - 1) * (1 - th) ** (b + n - k - 1)
lik_prior = th ** k * (1 - th) ** (n - k) * th ** (a - 1) * (1 - th) ** (b - 1)
L.step(True, note="posterior propto likelihood times prior")
L.step(True, note="dropping 1/B(a, b)")
L.step(same(lik_prior, post, [th, a, b, k, n]))
# evidence of the count k
nn_, kk_ = 6, 2
evid = sp.binomial(nn_, kk_) * sp.integrate(th ** kk_ * (1 - th) ** (nn_ - kk_) * th ** (aa - 1) * (1 - th) ** (bb - 1), (th, 0, 1)) / Bint
L.step(abs(sp.N(evid - sp.binomial(nn_, kk_) * sp.beta(aa + kk_, bb + nn_ - kk_) / sp.beta(aa, bb), 30)) < 1e-25)
# moments
B = lambda x, y: sp.gamma(x) * sp.gamma(y) / sp.gamma(x + y)
dens = th ** (aa - 1) * (1 - th) ** (bb - 1) / B(aa, bb)
E1 = sp.integrate(th * dens, (th, 0, 1)); E2 = sp.integrate(th ** 2 * dens, (th, 0, 1))
L.step(abs(sp.N(E1 - B(aa + 1, bb) / B(aa, bb), 30)) < 1e-25)
L.step(same(sp.gamma(a + 1) * sp.gamma(b) / sp.gamma(a + b + 1) / (sp.gamma(a) * sp.gamma(b) / sp.gamma(a + b)),
            sp.gamma(a + 1) * sp.gamma(a + b) / (sp.gamma(a) * sp.gamma(a + b + 1)), [a, b]))
L.step(same(sp.gamma(a + 1) * sp.gamma(a + b) / (sp.gamma(a) * sp.gamma(a + b + 1)), a / (a + b), [a, b]))
L.step(abs(sp.N(E2 - B(aa + 2, bb) / B(aa, bb), 30)) < 1e-25)
L.step(same(sp.gamma(a + 2) * sp.gamma(a + b) / (sp.gamma(a) * sp.gamma(a + b + 2)), a * (a + 1) / ((a + b) * (a + b + 1)), [a, b]))
L.step(abs(sp.N((E2 - E1 ** 2) - aa * bb / ((aa + bb) ** 2 * (aa + bb + 1)), 30)) < 1e-25, note="Var = E th^2 - E^2")
L.step(True, note="substituting the moments")
L.step(same(a * (a + 1) / ((a + b) * (a + b + 1)) - a ** 2 / (a + b) ** 2, a * b / ((a + b) ** 2 * (a + b + 1)), [a, b]))
L.define(2, "a > 1, b > 1")
logp = (a - 1) * sp.log(th) + (b - 1) * sp.log(1 - th)
mode = sp.solve(sp.diff(logp, th), th)[0]
L.step(same(mode, (a - 1) / (a + b - 2), [a, b]))
L.step(same(sp.diff(logp, th), (a - 1) / th + (b - 1) / (1 - th), [a, b, th]), note="sign of the second term")
L.define(note="= 0"); L.define(note="rearranged stationarity")
L.step(same(mode, (a - 1) / (a + b - 2), [a, b]))
L.step(same(sp.diff(logp, th, 2), -(a - 1) / th ** 2 - (b - 1) / (1 - th) ** 2, [a, b, th]), note="< 0 for a, b > 1")

# example Beta(2, 3), 7 of 10
A, Bp, K, Nn = 2, 3, 7, 10
L.define(4, "a, b, k, n")
ap, bp = A + K, Bp + Nn - K
L.step((ap, bp) == (9, 6))
L.step(sp.Rational(A, A + Bp) == sp.Rational(2, 5)); L.step(sp.Rational(2, 5) == R("0.4")); L.step(sp.Rational(K, Nn) == R("0.7"))
pm = sp.Rational(ap, ap + bp)
L.step(pm == sp.Rational(9, 15)); L.step(pm == R("0.6"))
pmode = sp.Rational(ap - 1, ap + bp - 2)
L.step(pmode == sp.Rational(8, 13)); L.step(rounds("0.6154", pmode))
pv = sp.Rational(ap * bp, (ap + bp) ** 2 * (ap + bp + 1))
L.step(pv == sp.Rational(9 * 6, 15 ** 2 * 16)); L.step(sp.Rational(54, 3600) == pv); L.step(pv == R("0.015"))
L.step(True, note="sd = sqrt(var)")
L.step(rounds("0.1255", sp.sqrt(R("0.015"))), note="sqrt(0.015) = 0.1225")
L.step(rounds("0.2510", 2 * sp.sqrt(pv)), carried=R("0.2510") == 2 * R("0.1255"))
# shrinkage
a_, b_, k_, n_ = sp.symbols("a_ b_ k_ n_", positive=True)
L.step(True, note="posterior mean (a + k)/(a + b + n)")
L.step(same((a_ + k_) / (a_ + b_ + n_), n_ / (a_ + b_ + n_) * k_ / n_ + (a_ + b_) / (a_ + b_ + n_) * a_ / (a_ + b_)))
L.step(sp.Rational(10, 15) * R("0.7") + sp.Rational(5, 15) * R("0.4") == pm)
L.step(rounds("0.4667", sp.Rational(10, 15) * R("0.7")) and rounds("0.1333", sp.Rational(5, 15) * R("0.4")))
L.step(R("0.4667") + R("0.1333") == R("0.6"))
# predictive
L.step(True, note="predictive as a posterior average"); L.step(True, note="= E[theta | x]"); L.step(pm == R("0.6"))
E2post = sp.Rational(ap * (ap + 1), (ap + bp) * (ap + bp + 1))
L.step(True, note="P(two heads) = E[theta^2 | x]")
L.step(E2post == sp.Rational(9 * 10, 15 * 16)); L.step(E2post == R("0.375"))
L.step(R("0.375") > R("0.6") ** 2); L.step(R("0.6") ** 2 == R("0.36"))

# 14.3 MLE and MAP
L.define(note="MLE"); L.define(note="MAP"); L.step(True, note="log is monotone, evidence constant")
ell = k * sp.log(th) + (n - k) * sp.log(1 - th)
L.define(note="ell")
L.step(same(sp.diff(ell, th), k / th - (n - k) / (1 - th), [th, k, n]))
L.step(same(sp.diff(ell, th, 2), -k / th ** 2 - (n - k) / (1 - th) ** 2, [th, k, n]))
L.step(True, note="0 <= k <= n, not both zero: negative")
L.define(note="ell' = 0"); L.step(sp.solve(sp.diff(ell, th), th) == [k / n])
J = (-sp.diff(ell, th, 2)).subs(th, k / n)
L.define(note="J := -ell''")
L.step(True, note="-ell'' at theta hat")
L.step(same(J, n / ((k / n) * (1 - k / n)), [k, n]))
Jv = J.subs({k: 7, n: 10})
L.step(Jv == 10 / (R("0.7") * R("0.3"))); L.step(R("0.7") * R("0.3") == R("0.21"))
L.step(rounds("47.916", Jv), note="47.619")
L.step(sp.sqrt(1 / Jv) == sp.sqrt(R("0.21") / 10)); L.step(rounds("0.1449", sp.sqrt(R("0.21") / 10)))
ellv = 7 * sp.log(R("0.7")) + 3 * sp.log(R("0.3"))
L.step(True, note="ell(0.7)")
L.step(substituted(ellv, lambda u, v: 7 * u + 3 * v, "~-0.3567", "~-1.2040"))
L.step(7 * R("-0.3567") == R("-2.4969") and 3 * R("-1.2040") == R("-3.6120"))
L.step(R("-2.4969") - R("3.6120") == R("-6.1089"))
# Beta prior
L.step(True, note="log posterior with pseudo-counts")
lpost = (k + a - 1) * sp.log(th) + (n - k + b - 1) * sp.log(1 - th)
L.step(same(sp.solve(sp.diff(lpost, th), th)[0], (k + a - 1) / (n + a + b - 2), [k, n, a, b]))
L.step(sp.Rational(7 + 2 - 1, 10 + 2 + 3 - 2) == sp.Rational(7 + 1, 10 + 3)); L.step(rounds("0.6154", sp.Rational(8, 13)))
L.define(2, "a = b = 1"); L.step(same(((k + a - 1) / (n + a + b - 2)).subs({a: 1, b: 1}), k / n, [k, n]))
L.step(sp.limit((R("0.7") * n + a - 1) / (n + a + b - 2), n, sp.oo) == R("0.7"))

# 14.4 MAP as regularised least squares
w, s2, t2 = sp.symbols("w sigma2 tau2", positive=True)
X = [1, 2, 3]; Y = [R("1.2"), R("1.9"), R("3.2")]
L.define(note="model")
L.step(True, note="-log posterior = -sum log lik - log prior + const")
nlp = sum((y - w * x) ** 2 for x, y in zip(X, Y)) / (2 * s2) + w ** 2 / (2 * t2)
nlp_true = -sum(sp.log(sp.exp(-(y - w * x) ** 2 / (2 * s2)) / sp.sqrt(2 * sp.pi * s2)) for x, y in zip(X, Y)) \
    - sp.log(sp.exp(-w ** 2 / (2 * t2)) / sp.sqrt(2 * sp.pi * t2))
L.step(sp.simplify(sp.diff(sp.expand_log(nlp_true, force=True) - nlp, w)) == 0)
nX = len(X)
lam = s2 / (nX * t2)
Jw = sum((y - w * x) ** 2 for x, y in zip(X, Y)) / nX + lam * w ** 2
L.step(same(sp.expand(Jw * nX / (2 * s2)), sp.expand(nlp), [w, s2, t2]), note="argmin J = argmin -log posterior")
L.define(2, "J, lambda")
Jp_w = -sum(x * (y - w * x) for x, y in zip(X, Y)) / nX + 2 * lam * w
L.step(same(sp.diff(Jw, w), Jp_w, [w, s2, t2]), note="-2/n")
L.define(note="J' = 0")
Sxx, Sxy = sum(x * x for x in X), sum(x * y for x, y in zip(X, Y))
wmap = sp.solve(sp.diff(Jw, w), w)[0]
wwrong = sp.solve(Jp_w, w)[0]
L.step(same(wmap, Sxy / (Sxx + 2 * nX * lam), [s2, t2]), carried=same(wwrong, Sxy / (Sxx + 2 * nX * lam), [s2, t2]))
L.define(4, "x, y, sigma^2, tau^2")
vals = {s2: 1, t2: R("0.5")}
L.step(Sxx == 14); L.step(Sxy == R("1.2") + R("3.8") + R("9.6")); L.step(Sxy == R("14.6"))
lamv = lam.subs(vals)
L.step(lamv == 1 / (3 * R("0.5"))); L.step(rounds("0.6667", lamv))
wmapv = wmap.subs(vals); wwrongv = wwrong.subs(vals)
L.step(substituted(wmapv, lambda l: R("14.6") / (14 + 2 * 3 * l), "~0.6667"),
       carried=substituted(wwrongv, lambda l: R("14.6") / (14 + 2 * 3 * l), "~0.6667"))
L.step(rounds("18.0", 14 + 2 * 3 * R("0.6667")))
L.step(rounds("0.8111", R("14.6") / R("18.0")))
wls = Sxy / Sxx
L.step(wls == R("14.6") / 14); L.step(rounds("1.0429", wls))
L.step(rounds("0.8111", wmapv), carried=rounds("0.8111", wwrongv)); L.step(R("0.8111") < wls)
# lecturer's note
L.define(note="J' = 0")
L.step(same(wmap, Sxy / (Sxx + nX * lam), [s2, t2])); L.step(same(Sxy / (Sxx + nX * lam), Sxy / (Sxx + s2 / t2), [s2, t2]))
L.step(wmapv == R("14.6") / (14 + 2)); L.step(wmapv == R("0.9125"))
prec = sp.Integer(Sxx) + 1 / R("0.5")
L.step(prec == 14 + 2); L.step(prec == 16)
L.step(1 / prec == sp.Rational(1, 16)); L.step(sp.Rational(1, 16) == R("0.0625"))
L.step(Sxy / prec == R("0.0625") * R("14.6")); L.step(R("0.0625") * R("14.6") == R("0.9125"))
L.define(note="x* = 4")
L.step(rounds("3.56", 4 * wmapv), note="4(0.9125) = 3.65")
L.step(1 + 16 * R("0.0625") == 1 + 4 ** 2 * (1 / prec)); L.step(1 + 16 * R("0.0625") == 2)

# 14.5 Gaussian MLE
xg = [R("2.1"), R("3.4"), R("1.9"), R("2.6")]
L.define(note="data")
mu = sum(xg) / 4
L.step(True, note="mu hat = mean"); L.step(mu == R("10.0") / 4); L.step(mu == R("2.5"))
ss = sum((x - mu) ** 2 for x in xg)
L.step(ss == R("0.16") + R("0.81") + R("0.36") + R("0.01"))
L.step(ss == R("1.24"), note="1.34")
L.step(True, note="sigma hat^2 formula")
L.step(ss / 4 == R("1.24") / 4, carried=True); L.step(R("1.24") / 4 == R("0.31"))
L.step(rounds("0.31", sp.sqrt(ss / 4) ** 2) and sp.sqrt(ss / 4) == sp.sqrt(R("0.31")), carried=True)
L.step(rounds("0.5568", sp.sqrt(R("0.31"))))
L.step(True, note="E[sigma hat^2] = (n - 1)/n sigma^2")
L.define(note="s^2"); L.step(ss / 3 == R("1.24") / 3, carried=True); L.step(rounds("0.4133", R("1.24") / 3))

# 14.6 variance laws
for _ in range(6):
    L.step(True, note="operator laws")
L.define(3, "Var U, Var V, Cov")
vUV = 4 + 4 * 9 - 4 * (-2)
L.step(True, note="Var(U - 2V) law"); L.step(True, note="substitution"); L.step(vUV == 32, note="= 48")
L.step(rounds("5.6569", sp.sqrt(vUV)), carried=rounds("5.6569", sp.sqrt(32)))
L.step(rounds("5.6569", sp.sqrt(32)))
L.step(True, note="Corr = Cov/(sd sd)"); L.step(rounds("-0.3333", sp.Rational(-2, 6)))
# total expectation / variance
Eth = sp.Rational(2, 5); Vth = sp.Rational(2 * 3, 25 * 6); Eth2 = Vth + Eth ** 2
L.step(Eth == R("0.4"))
L.step(Vth == sp.Rational(2 * 3, 5 ** 2 * 6)); L.step(Vth == R("0.04"))
L.step(Eth2 == R("0.04") + R("0.16")); L.step(Eth2 == R("0.2"))
L.step(True, note="tower"); L.step(True, note="E[N | theta] = 10 theta"); L.step(10 * Eth == 10 * R("0.4")); L.step(10 * Eth == 4)
L.step(True, note="total variance"); L.step(True, note="Var(N | theta) = 10 theta(1 - theta)")
VN = 10 * (Eth - Eth2) + 100 * Vth
L.step(VN == 10 * (R("0.4") - R("0.2")) + 100 * R("0.04")); L.step(R("2") + R("4") == 10 * (R("0.4") - R("0.2")) + 100 * R("0.04")); L.step(VN == 6)
# check the total variance by the Beta-Binomial formula n a b (a + b + n) / ((a + b)^2 (a + b + 1))
assert VN == sp.Rational(10 * 2 * 3 * (2 + 3 + 10), 25 * 6)
L.step(10 * R("0.4") * R("0.6") == R("2.4")); L.step(R("2.4") < VN)
L.done()
