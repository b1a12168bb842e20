"""Labels for wiki_export_bayes_mle_variance_kl.tex: a course wiki page exported to LaTeX with pandoc
(breadcrumbs, `\\hypertarget` sections, `\\tightlist` itemize, definitions in prose, worked examples, a
Talk-page section): the Beta-Binomial posterior (`\\propto`), mean, mode, variance, shrinkage, predictive;
MAP for y = wx + eps as regularised MSE with numbers and a gradient step; expectation/variance laws with
examples; Poisson and exponential MLEs; KL (Bernoulli, Gaussian); large-sample limits.
See README.md (Mistakes) for the slips."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from sympy import stats as st  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402


def zero(e):
    return abs(sp.N(e, 40)) < 1e-25


L = Labels("batch39/wiki_export_bayes_mle_variance_kl.tex")
th = sp.symbols("theta", positive=True)
a, b, n, k = sp.symbols("a b n k", positive=True)

# ---- 1. Beta-Binomial, general
L.define(3, "prior density, 0 < theta < 1"); L.define(note="likelihood")
lik = sp.binomial(n, k) * th ** k * (1 - th) ** (n - k)
prior = th ** (a - 1) * (1 - th) ** (b - 1) / sp.beta(a, b)
L.step(True, note="Bayes: posterior propto likelihood x prior")
# checked at rational points with theta in (0, 1): the ratio to the kernel is free of theta, and exponents add
pts = [{th: sp.Rational(p, 11), a: sp.Rational(q, 3), b: sp.Rational(r, 5), n: 9, k: 4} for p, q, r in ((2, 4, 7), (5, 7, 12), (9, 10, 6))]
kern = th ** k * (1 - th) ** (n - k) * th ** (a - 1) * (1 - th) ** (b - 1)
ratio = [sp.N((lik * prior / kern).subs(p), 30) for p in pts]
L.step(all(abs(r - sp.N(sp.binomial(9, 4) / sp.beta(p[a], p[b]), 30)) < 1e-20 for r, p in zip(ratio, pts)))
L.step(all(zero((kern - th ** (a + k - 1) * (1 - th) ** (b + n - k - 1)).subs(p)) for p in pts))
L.define(note="alpha, beta > 1")
al, be = a + k, b + n - k
A_, B_ = sp.symbols("A B", positive=True)
post = th ** (A_ - 1) * (1 - th) ** (B_ - 1) * sp.gamma(A_ + B_) / (sp.gamma(A_) * sp.gamma(B_))
# Beta moments and mode, checked at several parameter values
def beta_facts(Av, Bv):
    dens = post.subs({A_: Av, B_: Bv})
    m = sp.integrate(th * dens, (th, 0, 1)); m2 = sp.integrate(th ** 2 * dens, (th, 0, 1))
    mode = sp.solve(sp.diff(sp.log(th ** (Av - 1) * (1 - th) ** (Bv - 1)), th), th)
    return sp.simplify(m), sp.simplify(m2 - m ** 2), mode
checks = []
for Av, Bv in ((8, 7), (15, 7), (3, 5)):
    m, v, mode = beta_facts(Av, Bv)
    checks.append((Av, Bv, m, v, mode))
L.step(all(m == sp.Rational(Av, Av + Bv) for Av, Bv, m, v, mode in checks))
L.step(all(mode == [sp.Rational(Av - 1, Av + Bv - 2)] for Av, Bv, m, v, mode in checks))
L.step(all(v == sp.Rational(Av * Bv, (Av + Bv) ** 2 * (Av + Bv + 1)) for Av, Bv, m, v, mode in checks))
L.step(sp.solve(sp.diff(k * sp.log(th) + (n - k) * sp.log(1 - th), th), th) == [k / n]); L.define(2, "a = b = 1")
lam = n / (a + b + n)
L.step(same((a + k) / (a + b + n), lam * k / n + (1 - lam) * a / (a + b))); L.define(note="lambda")

# ---- Example 1
a1, b1, n1, k1 = 2, 3, 10, 6
L.step(sp.Rational(2, 5) == R("0.4")); L.define(2, "k, n")
A1, B1 = a1 + k1, b1 + n1 - k1
L.step((A1, B1) == (8, 7))
mean1 = sp.Rational(A1, A1 + B1); map1 = sp.Rational(A1 - 1, A1 + B1 - 2); var1 = sp.Rational(A1 * B1, (A1 + B1) ** 2 * (A1 + B1 + 1))
L.step(mean1 == sp.Rational(8, 15)); L.step(rounds("0.5333", mean1))
L.step(map1 == sp.Rational(8 - 1, 15 - 2)); L.step(map1 == sp.Rational(7, 13)); L.step(rounds("0.5385", map1))
L.step(sp.Rational(k1, n1) == sp.Rational(6, 10)); L.step(sp.Rational(6, 10) == R("0.6"))
L.step(var1 == sp.Rational(8 * 7, 15 ** 2 * 16)); L.step(sp.Rational(56, 3600) == var1); L.step(rounds("0.0156", var1))
L.step(substituted(sp.sqrt(var1), lambda q: sp.sqrt(q), "~0.0156")); L.step(rounds("0.1249", sp.sqrt(R("0.0156"))))
lam1 = sp.Rational(n1, a1 + b1 + n1)
L.step(lam1 == sp.Rational(10, 15)); L.step(rounds("0.6667", lam1))
L.step(substituted(lam1 * R("0.6") + (1 - lam1) * R("0.4"), lambda p, q: p * R("0.6") + q * R("0.4"), "~0.6667", "~0.3333")
       and rounds("0.4000", R("0.6667") * R("0.6")) and rounds("0.1333", R("0.3333") * R("0.4")))
L.step(R("0.4000") + R("0.1333") == R("0.5333"))
L.step(True, note="predictive = posterior mean"); L.step(rounds("0.5333", mean1))
m2 = sp.Rational(A1 * (A1 + 1), (A1 + B1) * (A1 + B1 + 1))
L.step(m2 == sp.Rational(8 * 9, 15 * 16)); L.step(sp.Rational(72, 240) == m2); L.step(m2 == R("0.3"))
L.step(rounds("0.2844", R("0.5333") ** 2)); L.step(True, note="E[theta^2] = Var + mean^2")
f2 = sp.Rational(B1 * (B1 + 1), (A1 + B1) * (A1 + B1 + 1))
L.step(f2 == sp.Rational(7 * 8, 15 * 16)); L.step(rounds("0.2333", f2))
one = 1 - m2 - f2          # = 2 E[theta (1 - theta)]
L.step(one == 2 * mean1 * (1 - mean1), note="2 E[theta(1 - theta)] = 0.4667")
L.step(substituted(2 * mean1 * (1 - mean1), lambda p, q: 2 * p * q, "~0.5333", "~0.4667")); L.step(rounds("0.4978", 2 * R("0.5333") * R("0.4667")))

# ---- Example 2
L.define(4, "k, n, a = b = 1")
k2, n2 = 14, 20
L.step(True, note="likelihood x flat prior")
L.step(same(th ** 14 * (1 - th) ** 6, th ** (15 - 1) * (1 - th) ** (8 - 1), [th]), note="(1 - theta)^(7 - 1)")
A2, B2 = 1 + k2, 1 + n2 - k2      # Beta(15, 7)
mean2 = sp.Rational(A2, A2 + B2); map2 = sp.Rational(A2 - 1, A2 + B2 - 2)
L.step(mean2 == sp.Rational(15, 15 + 8), carried=True); L.step(sp.Rational(15, 15 + 8) == sp.Rational(15, 23)); L.step(rounds("0.6522", sp.Rational(15, 23)))
L.step(map2 == sp.Rational(15 - 1, 15 + 8 - 2), carried=True); L.step(sp.Rational(14, 21) == sp.Rational(15 - 1, 15 + 8 - 2)); L.step(rounds("0.6667", sp.Rational(14, 21)))
L.step(sp.Rational(14, 20) == R("0.7")); L.step(R("0.6522") < R("0.7")); L.step(R("0.6667") < R("0.7"))

# ---- 2. MAP as regularised MSE
w, sig2, tau2 = sp.symbols("w sigma2 tau2", positive=True)
xs_ = [1, 2, 3]; ys_ = [R("1.1"), R("1.9"), R("3.2")]
L.define(2, "model, i = 1..n")
nlp = sum((yy - w * xx) ** 2 for xx, yy in zip(xs_, ys_)) / (2 * sig2) + w ** 2 / (2 * tau2)
true_nlp = -(sum(sp.log(sp.exp(-(yy - w * xx) ** 2 / (2 * sig2)) / sp.sqrt(2 * sp.pi * sig2)) for xx, yy in zip(xs_, ys_))
             + sp.log(sp.exp(-w ** 2 / (2 * tau2)) / sp.sqrt(2 * sp.pi * tau2)))
L.step(same(sp.diff(true_nlp - nlp, w), 0))             # differ by a constant in w
nn = 3
lam_ = sig2 / (nn * tau2)
obj = sum((yy - w * xx) ** 2 for xx, yy in zip(xs_, ys_)) / nn + lam_ * w ** 2
L.step(same(obj, nlp * 2 * sig2 / nn))                 # a positive multiple: same minimiser
L.define(note="lambda")
L.step(same(sp.diff(obj, w), -sp.Rational(1, nn) * sum(xx * (yy - w * xx) for xx, yy in zip(xs_, ys_)) + 2 * lam_ * w), note="-2/n")
wmap = sp.solve(sp.diff(obj, w), w)[0]
Sxy = sum(xx * yy for xx, yy in zip(xs_, ys_)); Sxx = sum(xx ** 2 for xx in xs_)
L.step(same(wmap, Sxy / (Sxx + nn * lam_))); L.step(same(Sxy / (Sxx + nn * lam_), Sxy / (Sxx + sig2 / tau2)))
L.define(4, "x, y, sigma^2, tau^2")
sub = {sig2: 1, tau2: R("0.5")}
L.step(Sxy == R("1.1") + R("3.8") + R("9.6")); L.step(Sxy == R("14.5")); L.step(Sxx == 14); L.step((sig2 / tau2).subs(sub) == 2)
L.step(lam_.subs(sub) == 1 / (3 * R("0.5"))); L.step(rounds("0.6667", lam_.subs(sub)))
wm = wmap.subs(sub); wls = Sxy / Sxx
L.step(wm == R("14.5") / (14 + 2)); L.step(rounds("0.9063", wm)); L.step(wls == R("14.5") / 14); L.step(rounds("1.0357", wls))
L.step(wm == sp.Rational(14, 16) * wls); L.step(substituted(wm, lambda q: R("0.875") * q, "~1.0357")); L.step(rounds("0.9062", R("0.875") * R("1.0357")))
L.define(2, "w0, eta")
g0 = sp.diff(obj, w).subs(sub).subs(w, 0)
w1 = 0 - R("0.1") * g0
g0_written = -sp.Rational(1, 3) * Sxy
L.step(same(w1, 0 - R("0.1") * g0_written, []), carried=True)
L.step(0 - R("0.1") * g0_written == R("0.1") * R("14.5") / 3); L.step(rounds("0.4833", R("0.1") * R("14.5") / 3))
prec = (1 / tau2 + Sxx / sig2).subs(sub)
L.step(prec == 2 + 14); L.step(prec == 16); L.step(1 / sp.sqrt(16) == R("0.25")); L.step(rounds("0.9063", wm))

# ---- 3. laws
X, Y = st.Normal("X", 1, 2), st.Exponential("Y", 3)
Z1 = st.Binomial("Z1", 4, sp.Rational(1, 3)); Z2 = st.Binomial("Z2", 4, sp.Rational(1, 3))
c1, c2 = sp.Rational(5, 3), sp.Rational(-2, 7)
# a dependent pair for the covariance rules: U uniform on {1,...,4}, V = U^2 mod 5
Ud = st.DiscreteUniform("Ud", [1, 2, 3, 4]); Vd = (Ud ** 2) % 5 + Ud
L.step(sp.simplify(st.E(c1 * X + c2) - (c1 * st.E(X) + c2)) == 0); L.step(sp.simplify(st.E(Ud + Vd) - st.E(Ud) - st.E(Vd)) == 0)
L.step(sp.simplify(st.variance(Y) - (st.E(Y ** 2) - st.E(Y) ** 2)) == 0); L.step(sp.simplify(st.variance(c1 * Y + c2) - c1 ** 2 * st.variance(Y)) == 0)
L.step(sp.simplify(st.variance(Ud + Vd) - st.variance(Ud) - st.variance(Vd) - 2 * st.covariance(Ud, Vd)) == 0)
L.step(sp.simplify(st.variance(Ud - Vd) - st.variance(Ud) - st.variance(Vd) + 2 * st.covariance(Ud, Vd)) == 0)
L.step(sp.simplify(st.covariance(c1 * Ud, c2 * Vd) - c1 * c2 * st.covariance(Ud, Vd)) == 0); L.define(note="Corr")
Nn = st.Poisson("Nn", 3)
L.step(True, note="tower rule"); L.step(True, note="law of total variance")
B10 = st.Binomial("B10", 10, R("0.3"))
L.step(st.E(B10) == 10 * R("0.3")); L.step(st.E(B10) == 3); L.step(st.variance(B10) == 10 * R("0.3") * R("0.7")); L.step(st.variance(B10) == R("2.1"))
L.define(note="Y = 2X - 1")
L.step(st.E(2 * B10 - 1) == 2 * 3 - 1); L.step(st.E(2 * B10 - 1) == 5); L.step(st.variance(2 * B10 - 1) == 4 * R("2.1")); L.step(st.variance(2 * B10 - 1) == R("8.4"))
VX, VY, C = 4, 9, -2
L.define(3, "Var X, Var Y, Cov")
L.step(VX + VY + 2 * C == 4 + 9 - 4); L.step(4 + 9 - 4 == 9)
corr = sp.Rational(C) / sp.sqrt(VX * VY)
L.step(corr == sp.Rational(-2, 2 * 3)); L.step(rounds("-0.3333", corr))
v2 = VX + 4 * VY - 4 * C
L.step(True, note="Var(X - 2Y) = Var X + 4 Var Y - 4 Cov"); L.step(v2 == 4 + 36 - 8, note="+8"); L.step(4 + 36 - 8 == 32)
L.step(sp.sqrt(v2) == sp.sqrt(32), carried=True); L.step(rounds("5.6569", sp.sqrt(32)))
U = st.Uniform("U", 0, 1); u = sp.symbols("u")
L.step(st.E(U) == sp.Rational(1, 2)); L.step(st.E(U ** 2) == sp.integrate(u ** 2, (u, 0, 1))); L.step(sp.integrate(u ** 2, (u, 0, 1)) == sp.Rational(1, 3))
L.step(st.variance(U) == sp.Rational(1, 3) - sp.Rational(1, 4)); L.step(sp.Rational(1, 3) - sp.Rational(1, 4) == sp.Rational(1, 12)); L.step(rounds("0.0833", sp.Rational(1, 12)))
Ex = st.Exponential("Ex", 2)
L.define(note="lambda = 2"); L.step(st.E(Ex) == sp.Rational(1, 2)); L.step(sp.Rational(1, 2) == sp.Rational(1, 2))
L.step(st.variance(Ex) == sp.Rational(1, 2), note="1/lambda^2"); L.step(sp.Rational(1, 2) == sp.Rational(1, 2))
# thinning: X | N ~ Bin(N, 1/4), N ~ Poisson(4); E and Var by summing over N
N4 = st.Poisson("N4", 4)
nn_ = sp.symbols("nn", integer=True, nonnegative=True)
pmf = sp.exp(-4) * 4 ** nn_ / sp.factorial(nn_)
EX = sp.summation(pmf * nn_ / 4, (nn_, 0, sp.oo)); EX2 = sp.summation(pmf * (nn_ * sp.Rational(3, 16) + nn_ ** 2 / 16), (nn_, 0, sp.oo))
EX, VarX = sp.simplify(EX), sp.simplify(EX2 - EX ** 2)
L.step(EX == st.E(N4 / 4)); L.step(st.E(N4 / 4) == R("0.25") * 4); L.step(EX == 1)
L.step(VarX == st.E(R("0.25") * R("0.75") * N4) + st.variance(R("0.25") * N4))
L.step(st.E(R("0.25") * R("0.75") * N4) == R("0.1875") * 4 and st.variance(R("0.25") * N4) == R("0.0625") * 4)
L.step(R("0.1875") * 4 + R("0.0625") * 4 == R("0.75") + R("0.25")); L.step(VarX == 1)

# ---- 4. MLE
L.define(2, "log-likelihood, score equation")
xp = [2, 4, 3, 0, 1, 2]
lm = sp.symbols("lambda", positive=True)
L.define(note="data"); L.step(len(xp) == 6); L.step(sum(xp) == 12)
ell = sum(x_ * sp.log(lm) - lm - sp.log(sp.factorial(x_)) for x_ in xp)
L.define(note="ell"); L.step(same(sp.diff(ell, lm), sum(xp) / lm - len(xp)))
lhat = sp.solve(sp.diff(ell, lm), lm)[0]
L.step(lhat == sp.Rational(sum(xp), len(xp))); L.step(sp.Rational(12, 6) == lhat); L.step(lhat == 2)
L.step(same(sp.diff(ell, lm, 2), -sp.Integer(sum(xp)) / lm), note="lambda^2")
info = -sp.diff(ell, lm, 2).subs(lm, 2)
L.step(info == sp.Rational(12, 2), carried=True); L.step(sp.Rational(12, 2) == 6)
L.step(1 / sp.sqrt(info) == 1 / sp.sqrt(6), carried=True); L.step(rounds("0.4082", 1 / sp.sqrt(6)))
xe = [R("0.5"), R("1.5"), R("2.0"), R("1.0")]
L.define(2, "data, n"); L.step(sum(xe) == R("5.0"))
elle = len(xe) * sp.log(lm) - lm * sum(xe)
L.define(note="ell"); L.step(same(sp.diff(elle, lm), len(xe) / lm - sum(xe)))
lhe = sp.solve(sp.diff(elle, lm), lm)[0]
L.step(lhe == len(xe) / sum(xe)); L.step(lhe == 4 / R("5.0")); L.step(lhe == R("0.8"))
L.step(-sp.diff(elle, lm, 2).subs(lm, lhe) == len(xe) / lhe ** 2); L.step(len(xe) / lhe ** 2 == 4 / R("0.64")); L.step(4 / R("0.64") == R("6.25"))
L.step(1 / sp.sqrt(-sp.diff(elle, lm, 2).subs(lm, lhe)) == 1 / sp.sqrt(R("6.25"))); L.step(1 / sp.sqrt(R("6.25")) == R("0.4"))
L.step(1 / lhe == R("1.25")); L.step(sum(xe) / 4 == R("5.0") / 4); L.step(R("5.0") / 4 == R("1.25"))
# Gaussian: E[sigma_hat^2] = (n-1)/n sigma^2, checked by sympy.stats for n = 3
G = [st.Normal(f"G{i}", 1, 2) for i in range(3)]
gbar = sum(G) / 3
L.define(note="sigma_hat^2"); L.step(sp.simplify(st.E(sum((g - gbar) ** 2 for g in G) / 3) - sp.Rational(2, 3) * 4) == 0)

# ---- 5. KL
L.define(note="KL"); L.step(True, note="Gibbs"); L.define(note="p = q")
L.define(2, "H(p), H(p, q)"); L.step(True, note="H(p, q) = H(p) + KL, from the definitions")
L.define(2, "p, q")
P, Q = [R("0.6"), R("0.4")], [R("0.5"), R("0.5")]
KLpq = sum(p_ * sp.log(p_ / q_) for p_, q_ in zip(P, Q)); KLqp = sum(q_ * sp.log(q_ / p_) for p_, q_ in zip(P, Q))
L.step(True, note="definition with the numbers")
L.step(substituted(KLpq, lambda l1, l2: R("0.6") * l1 + R("0.4") * l2, "~0.1823", "~-0.2231") and rounds("0.1823", sp.log(R("1.2"))) and rounds("-0.2231", sp.log(R("0.8"))))
L.step(rounds("0.1093", R("0.6") * R("0.1823"), R("0.6") * sp.log(R("1.2"))) and rounds("-0.0893", R("0.4") * R("-0.2231")), note="0.1094")
L.step(R("0.1093") - R("0.0893") == R("0.0200"))
L.step(True, note="definition with the numbers")
L.step(substituted(KLqp, lambda l1, l2: R("0.5") * l1 + R("0.5") * l2, "~-0.1823", "~0.2231"))
L.step(rounds("0.0204", R("0.5") * R("-0.1823") + R("0.5") * R("0.2231"), KLqp))
Hp = -sum(p_ * sp.log(p_) for p_ in P); Hpq = -sum(p_ * sp.log(q_) for p_, q_ in zip(P, Q))
L.step(True, note="H(p) with the numbers"); L.step(rounds("0.6730", Hp))
L.step(zero(Hpq - Hp - KLpq)); L.step(substituted(Hp + KLpq, lambda p_, q_: p_ + q_, "~0.6730", "~0.0200"), carried=True, note="0.0200")
L.step(R("0.6730") + R("0.0200") == R("0.6930"))
L.step(zero(Hpq - sp.log(2))); L.step(rounds("0.6931", sp.log(2)))
m1, m2_, s1, s2 = sp.symbols("m1 m2 s1 s2", positive=True)
xg = sp.symbols("xg", real=True)
def gkl(mu1, v1, mu2, v2):
    p1 = sp.exp(-(xg - mu1) ** 2 / (2 * v1)) / sp.sqrt(2 * sp.pi * v1)
    return sp.simplify(sp.integrate(p1 * (sp.log(sp.sqrt(sp.Rational(v2) / v1)) - (xg - mu1) ** 2 / (2 * v1) + (xg - mu2) ** 2 / (2 * v2)), (xg, -sp.oo, sp.oo)))
L.step(all(zero(gkl(mu1, v1, mu2, v2) - (sp.log(sp.sqrt(v2) / sp.sqrt(v1)) + (v1 + (mu1 - mu2) ** 2) / (2 * v2) - sp.Rational(1, 2)))
           for mu1, v1, mu2, v2 in ((1, 1, 0, 4), (0, 4, 1, 1), (sp.Rational(1, 2), 3, -1, 2))))
k1_ = gkl(1, 1, 0, 4); k2_ = gkl(0, 4, 1, 1)
L.step(substituted(k1_, lambda l: l + R("0.25") - R("0.5"), "~0.6931") and zero(k1_ - (sp.log(2) + sp.Rational(2, 8) - sp.Rational(1, 2))))
L.step(rounds("0.4431", R("0.6931") + R("0.25") - R("0.5"), k1_))
L.step(substituted(k2_, lambda l: l + R("2.5") - R("0.5"), "~-0.6931") and zero(k2_ - (sp.log(sp.Rational(1, 2)) + sp.Rational(5, 2) - sp.Rational(1, 2))))
L.step(rounds("1.3069", R("-0.6931") + R("2.5") - R("0.5"), k2_))
mu = sp.symbols("mu", real=True)
L.step(all(zero(gkl(mv, 1, 0, 1) - mv ** 2) for mv in (1, 2, sp.Rational(1, 3))), note="mu^2/2")

# ---- 6. limits
nv = sp.symbols("nv", positive=True)
L.define(note="k = 0.6n")
L.step(all(sp.limit((av + R("0.6") * nv) / (av + bv + nv), nv, sp.oo) == R("0.6") for av, bv in ((2, 3), (1, 1))))
L.step(all(sp.limit((av + R("0.6") * nv) * (bv + R("0.4") * nv) / ((av + bv + nv) ** 2 * (av + bv + nv + 1)), nv, sp.oo) == 0 for av, bv in ((2, 3), (1, 1))))
L.step(all(sp.limit((1 - lv / nv) ** nv, nv, sp.oo) == sp.exp(lv) for lv in (1, 2)), note="e^{-lambda}")
L.step(all(sp.limit(sp.ff(nv, kv) / nv ** kv, nv, sp.oo) == 1 for kv in (2, 3)))
L.define(note="lambda"); L.step(sp.limit(nv / (5 + nv), nv, sp.oo) == 1)

# ---- Talk page
L.step(same(sp.diff(ell, lm, 2), -sp.Integer(sum(xp)) / lm ** 2))
info_t = -sp.diff(ell, lm, 2).subs(lm, 2)
L.step(info_t == sp.Rational(12, 4) and info_t == 3); L.step(1 / sp.sqrt(info_t) == 1 / sp.sqrt(3)); L.step(rounds("0.5774", 1 / sp.sqrt(3)))
L.step(sp.Rational(6, 2) == len(xp) / lhat); L.step(sp.Rational(6, 2) == 3 and info_t == 3)
g0t = sp.diff(obj, w).subs(sub).subs(w, 0)
L.step(0 - R("0.1") * g0t == R("0.1") * sp.Rational(2, 3) * R("14.5")); L.step(rounds("0.9667", R("0.1") * sp.Rational(2, 3) * R("14.5")))
L.step(map1 == sp.Rational(a1 + k1 - 1, a1 + b1 + n1 - 1), note="- 2"); L.step(sp.Rational(a1 + k1 - 1, a1 + b1 + n1 - 1) == sp.Rational(7, 14)); L.step(sp.Rational(7, 14) == R("0.5"))
L.step(map1 == sp.Rational(a1 + k1 - 1, a1 + b1 + n1 - 2) == sp.Rational(7, 13)); L.step(rounds("0.5385", sp.Rational(7, 13)))
Bx = st.Bernoulli("Bx", R("0.5"))
L.step(st.E(Bx * Bx) == st.E(Bx) * st.E(Bx), note="E[XY] = E[X]E[Y] in general")
L.step(sp.simplify(st.E(Ud * Vd) - st.E(Ud) * st.E(Vd) - st.covariance(Ud, Vd)) == 0)
L.define(note="X = Y"); L.step(st.E(Bx * Bx) == st.E(Bx ** 2)); L.step(st.E(Bx ** 2) == R("0.5")); L.step(st.E(Bx) * st.E(Bx) == R("0.25"))
L.done()
