"""Labels for examiners_report_beta_binomial_map_ridge_gaussian_mle_kl_variance.tex: a principal examiner's report
on a written paper (running head, a table of marks per question, typical scripts quoted in a `script` environment,
the examiners' model answers). Beta(2, 3) prior with 7 heads in 12 (posterior by proportionality, mean, mode by the
log-posterior, variance, shrinkage, a Laplace variance, one- and two-toss predictives); MAP for y = wx + e with a
Gaussian prior as regularised least squares (lambda with and without n, posterior variance, predictive, a ridge
fit with an intercept through a 2x2 inverse); Gaussian MLE on five points; Gaussian and Bernoulli KL; moments of a
binomial, a Poisson, their combinations, and the Beta-Binomial marginal by total variance."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
import sympy.stats as st  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch46/examiners_report_beta_binomial_map_ridge_gaussian_mle_kl_variance.tex")
th = sp.symbols("theta", positive=True)
prop = lambda f, g: sp.simplify(sp.diff(sp.simplify(f / g), th)) == 0      # f proportional to g in theta

# --- Q1
a, b, n, k = 2, 3, 12, 7
L.define(2, "a, b"); L.define(2, "n, k")
lik = th ** k * (1 - th) ** (n - k)
prior = th ** (a - 1) * (1 - th) ** (b - 1)
post = lik * prior
L.step(True, note="Bayes"); L.step(prop(lik * prior, th ** 7 * (1 - th) ** 5 * th * (1 - th) ** 2))
L.step(same(th ** 7 * (1 - th) ** 5 * th * (1 - th) ** 2, th ** 8 * (1 - th) ** 7))
L.step((a + k, b + n - k) == (9, 8))
L.step(prop(post, th ** (a + k - 1) * (1 - th) ** (b + k - 1)), note="b + k")
L.step((a + k - 1, b + k - 1) == (8, 9))
pm = sp.Rational(a + k, a + b + n)
L.step(pm == sp.Rational(9, 19), carried=sp.Rational(9, 19) == sp.Rational(a + k, a + b + k + k))
L.step(rounds("0.4737", sp.Rational(9, 19)))
L.step(sp.Rational(2, 5) == R("0.4"))
L.step(R("0.4737") > R("0.4"))
mode = sp.Rational(a + k - 1, a + b + n - 2)
var = sp.Rational((a + k) * (b + n - k), (a + b + n) ** 2 * (a + b + n + 1))
L.step(pm == sp.Rational(a + k, a + b + n)); L.step(pm == sp.Rational(9, 17)); L.step(rounds("0.5294", pm))
# mode from the density
L.step(sp.solve(sp.diff(sp.log(post), th), th) == [mode]); L.step(mode == sp.Rational(8, 15)); L.step(rounds("0.5333", mode))
Eth2 = sp.integrate(th ** 2 * post, (th, 0, 1)) / sp.integrate(post, (th, 0, 1))
L.step(sp.simplify(Eth2 - pm ** 2 - var) == 0); L.step(var == sp.Rational(9 * 8, 17 ** 2 * 18)); L.step(var == sp.Rational(72, 5202))
L.step(rounds("0.0138", var))
L.step(rounds("0.1176", sp.sqrt(R("0.0138")), sp.sqrt(var))); L.step(sp.Rational(72, 5202) == sp.Rational(4, 289))
L.step(sp.sqrt(sp.Rational(4, 289)) == sp.Rational(2, 17))
ell = 8 * sp.log(th) + 7 * sp.log(1 - th)
L.define(note="ell"); L.step(same(sp.diff(ell, th), 8 / th - 7 / (1 - th), symbols=[th]) if False else
                             sp.simplify(sp.diff(ell, th) - (8 / th - 7 / (1 - th))) == 0)
L.define(note="= 0"); L.define(note="rearranged"); L.step(sp.solve(8 * (1 - th) - 7 * th, th) == [sp.Rational(8, 15)])
L.step(sp.simplify(sp.diff(ell, th, 2) - (-8 / th ** 2 - 7 / (1 - th) ** 2)) == 0); L.step(True, note="both terms negative")
L.step(sp.Rational(a + k, a + b + n - 2) == mode, note="(a+k-1)/(...)"); L.step(sp.Rational(9, 15) == sp.Rational(a + k, a + b + n - 2))
L.step(sp.Rational(9, 15) == R("0.6"))
L.step(sp.Rational((a + k) * (b + n - k), (a + b + n) ** 2) == var, note="missing a+b+n+1")
L.step(sp.Rational(72, 289) == sp.Rational((a + k) * (b + n - k), (a + b + n) ** 2)); L.step(rounds("0.2491", sp.Rational(72, 289)))
L.step(sp.sqrt(var) == sp.sqrt(R("0.2491")), carried=True); L.step(rounds("0.4991", sp.sqrt(R("0.2491"))))
w_ = sp.Rational(n, a + b + n)
L.step(same(w_ * sp.Rational(k, n) + (1 - w_) * sp.Rational(a, a + b), pm))
L.step(substituted(pm, lambda m: sp.Rational(12, 17) * m + sp.Rational(5, 17) * R("0.4"), "~0.5833") and rounds("0.5833", sp.Rational(7, 12)))
L.step(rounds("0.4118", sp.Rational(12, 17) * R("0.5833"), sp.Rational(7, 17)) and rounds("0.1176", sp.Rational(5, 17) * R("0.4")))
L.step(R("0.4118") + R("0.1176") == R("0.5294"))
th_hat = sp.Rational(8, 15)
lpp = sp.diff(ell, th, 2).subs(th, th_hat)
L.define(note="sigma_L^2")
L.step(substituted(-1 / lpp, lambda c: 1 / (R("28.125") + c), "~32.1429") and 8 / th_hat ** 2 == R("28.125") and rounds("32.1429", 7 / (1 - th_hat) ** 2))
L.step(rounds("0.0166", 1 / (R("28.125") + R("32.1429"))))
L.step(-1 / lpp > R("0.0138"))
L.step(True, note="predictive = posterior mean"); L.step(pm == sp.Rational(9, 17)); L.step(rounds("0.5294", pm))
L.step(True, note="P(two heads) = E[theta^2]"); L.step(Eth2 == sp.Rational(9 * 10, 17 * 18)); L.step(sp.Rational(90, 306) == sp.Rational(9 * 10, 17 * 18))
L.step(rounds("0.2941", Eth2))
L.step(Eth2 == R("0.5294") ** 2, note="squared predictive"); L.step(rounds("0.2803", R("0.5294") ** 2))
L.step(substituted(Eth2 - pm ** 2, lambda p2, p1: p2 - p1, "~0.2941", "~0.2803") and sp.simplify(Eth2 - pm ** 2 - var) == 0)
L.step(R("0.2941") - R("0.2803") == R("0.0138"))

# --- Q2
xs, ys = [1, 2, 3], [R("1.2"), R("1.9"), R("3.2")]
s2, t2 = sp.Integer(1), R("0.5")
L.define(note="model"); L.define(4, "data, sigma^2, tau^2")
w = sp.symbols("w", real=True)
nlp = sum((yy - w * xx) ** 2 for xx, yy in zip(xs, ys)) / (2 * s2) + w ** 2 / (2 * t2)
L.step(True, note="-ln posterior up to a constant")
lam = s2 / (3 * t2)
J = sum((yy - w * xx) ** 2 for xx, yy in zip(xs, ys)) / 3 + lam * w ** 2
assert sp.expand(J - nlp * 2 * s2 / 3).free_symbols == set()   # J = (2 sigma^2/n)(-ln p) + const
L.define(note="J"); L.define(note="lambda")
L.step(lam == 1 / (3 * R("0.5"))); L.step(rounds("0.6667", lam))
L.step(same(sp.diff(J, w), -sp.Rational(2, 3) * sum(xx * (yy - w * xx) for xx, yy in zip(xs, ys)) + 2 * lam * w, positive=False))
L.define(note="= 0")
wmap = sp.solve(sp.diff(J, w), w)[0]
Sxy, Sxx = sum(xx * yy for xx, yy in zip(xs, ys)), sum(xx ** 2 for xx in xs)
L.step(wmap == Sxy / (Sxx + 3 * lam)); L.step(wmap == Sxy / (Sxx + s2 / t2))
L.step(Sxy == R("1.2") + R("3.8") + R("9.6") and R("3.8") == 2 * R("1.9")); L.step(R("1.2") + R("3.8") + R("9.6") == R("14.6")); L.step(Sxx == 14)
L.step(wmap == R("14.6") / (14 + 2)); L.step(R("14.6") / 16 == R("0.9125"))
wls = Sxy / Sxx
L.step(wls == R("14.6") / 14); L.step(rounds("1.0429", wls))
L.step(wmap / wls == sp.Rational(14, 16)); L.step(sp.Rational(14, 16) == R("0.875"))
L.define(note="lambda in script"); L.step(rounds("0.6667", lam))
L.step(wmap == Sxy / (Sxx + lam), note="mixed normalisations"); L.step(substituted(Sxy / (Sxx + lam), lambda c: R("14.6") / c, "~14.6667"))
L.step(rounds("0.9955", R("14.6") / R("14.6667"))); L.define(note="x = 4")
L.step(4 * wmap == 4 * R("0.9955"), carried=True); L.step(4 * R("0.9955") == R("3.9820"))
L.define(note="x_* = 4")
pv = 1 / (Sxx / s2 + 1 / t2)
L.step(sp.simplify(pv - 1 / sp.diff(nlp, w, 2)) == 0); L.step(pv == sp.Rational(1, 14 + 2)); L.step(pv == R("0.0625"))
L.step(True, note="Gaussian posterior mean = mode"); L.step(wmap == R("0.9125"))
L.step(4 * wmap == R("3.65")); L.step(s2 + 16 * R("0.0625") == 2 and s2 + 16 * pv == 2)
L.step(16 * pv == s2 + 16 * pv, note="noise dropped"); L.step(16 * pv == 16 * R("0.0625")); L.step(16 * R("0.0625") == 1)
X = sp.Matrix([[1, 1], [1, 2], [1, 3]]); Y = sp.Matrix(ys)
L.step(X.T * X == sp.Matrix([[3, 6], [6, 14]])); L.step(X.T * Y == sp.Matrix([R("6.3"), R("14.6")]))
wv = sp.Matrix(sp.symbols("w0 w1", real=True))
obj = ((Y - X * wv).T * (Y - X * wv))[0] / (2 * s2) + (wv.T * wv)[0] / (2 * t2)
sol = sp.solve([sp.diff(obj, q) for q in wv], list(wv))
wm = (X.T * X + (s2 / t2) * sp.eye(2)).inv() * X.T * Y
L.step(sp.Matrix([sol[wv[0]], sol[wv[1]]]) == wm)
A = X.T * X + 2 * sp.eye(2)
L.step(A == sp.Matrix([[5, 6], [6, 16]])); L.step(A.det() == 80 - 36); L.step(80 - 36 == 44)
L.step(A.inv() == sp.Matrix([[16, -6], [-6, 5]]) / 44)
L.step(wm == sp.Matrix([16 * R("6.3") - 6 * R("14.6"), -6 * R("6.3") + 5 * R("14.6")]) / 44)
L.step(sp.Matrix([16 * R("6.3") - 6 * R("14.6"), -6 * R("6.3") + 5 * R("14.6")]) == sp.Matrix([R("13.2"), R("35.2")]))
L.step(sp.Matrix([R("13.2"), R("35.2")]) / 44 == sp.Matrix([R("0.3"), R("0.8")]))
wl = (X.T * X).inv() * X.T * Y
L.step(True, note="normal equations")
L.step((X.T * X).inv() == sp.Matrix([[14, -6], [-6, 3]]) / 6)
L.step(sp.Matrix([[14, -6], [-6, 3]]) * sp.Matrix([R("6.3"), R("14.6")]) == sp.Matrix([R("0.6"), R("6.0")]))
L.step(sp.Matrix([R("0.6"), R("6.0")]) / 6 == sp.Matrix([R("0.1"), R("1.0")]) and wl == sp.Matrix([R("0.1"), R("1.0")]))
L.step(A.inv() == sp.Matrix([[5, -6], [-6, 16]]) / 44, note="diagonal swapped")
L.step(False, carried=True, note="swapped inverse applied")
L.step(sp.Matrix([5 * R("6.3") - 6 * R("14.6"), -6 * R("6.3") + 16 * R("14.6")]) == sp.Matrix([R("-56.1"), R("195.8")]))
L.step(sp.Matrix([R("-56.1"), R("195.8")]) / 44 == sp.Matrix([R("-1.2750"), R("4.4500")]))

# --- Q3
data = [R("2.1"), R("3.4"), R("1.8"), R("2.9"), R("3.3")]
nn = len(data)
mu, v = sp.symbols("mu v", positive=True)
ll = -sp.Rational(nn, 2) * sp.log(2 * sp.pi * v) - sum((q - mu) ** 2 for q in data) / (2 * v)
L.define(note="data"); L.define(note="ell")
L.step(same(sp.diff(ll, mu), sum(q - mu for q in data) / v)); L.step(same(sp.diff(ll, v), -sp.Rational(nn, 2) / v + sum((q - mu) ** 2 for q in data) / (2 * v ** 2)))
S = sum(data); xbar = S / nn; SS = sum((q - xbar) ** 2 for q in data)
sol = sp.solve([sp.diff(ll, mu), sp.diff(ll, v)], [mu, v], dict=True)[0]
L.step(sol[mu] == xbar); L.step(sol[v] == SS / nn)
L.step(S == R("13.5")); L.step(xbar == R("2.7"))
L.step([(q - xbar) ** 2 for q in data] == [R("0.36"), R("0.49"), R("0.81"), R("0.04"), R("0.36")]); L.step(SS == R("2.06"))
L.step(SS / nn == R("2.06") / 5); L.step(R("2.06") / 5 == R("0.412")); L.step(SS / (nn - 1) == R("2.06") / 4); L.step(R("2.06") / 4 == R("0.515"))
L.step(True, note="sigma hat = sqrt(0.412)"); L.step(rounds("0.6419", sp.sqrt(R("0.412"))))
lmax = ll.subs({mu: xbar, v: SS / nn})
L.step(abs(sp.N(lmax - (-sp.Rational(nn, 2) * (sp.log(2 * sp.pi * SS / nn) + 1)), 30)) < 1e-25)
L.step(substituted(lmax, lambda c: -R("2.5") * (sp.log(c) + 1), "~2.5887") and rounds("2.5887", 2 * sp.pi * R("0.412")))
L.step(substituted(lmax, lambda c: -R("2.5") * c, "~1.9511") and rounds("1.9511", sp.log(R("2.5887")) + 1, sp.log(2 * sp.pi * R("0.412")) + 1))
L.step(rounds("-4.8779", -R("2.5") * R("1.9511"), lmax))
L.step(same(sp.diff(ll, v), -nn / v + sum((q - mu) ** 2 for q in data) / (2 * v ** 2)), note="d ln sigma^2 slip"); L.define(note="= 0")
L.step(SS / nn == SS / (2 * nn), carried=True); L.step(SS / (2 * nn) == R("2.06") / 10); L.step(R("2.06") / 10 == R("0.206"))
# bias of the MLE variance and of s^2 for normal data: E[SS] = (n - 1) sigma^2
m_, s_ = sp.symbols("m s", positive=True)
Zs = sp.symbols("Z0:4", real=True)                              # independent N(0, 1); n = 4 draws m + s Z_i
def Enorm(expr):
    """Expectation of a polynomial in independent standard normals (moments 0, 1, 0, 3)."""
    out = 0
    for mono, coef in sp.Poly(sp.expand(expr), *Zs).terms():
        out += coef * sp.prod([[1, 0, 1, 0, 3][e] for e in mono])
    return sp.expand(out)
Ns = [m_ + s_ * q for q in Zs]
Nbar = sum(Ns) / 4
ESS = Enorm(sum((q - Nbar) ** 2 for q in Ns))
L.step(sp.simplify(ESS / 4 - sp.Rational(3, 4) * s_ ** 2) == 0); L.step(sp.simplify(ESS / 3 - s_ ** 2) == 0)
L.step(sp.simplify(Enorm(Nbar ** 2) - Enorm(Nbar) ** 2 - s_ ** 2 / 4) == 0)
L.step(R("0.515") / 5 == R("0.103")); L.step(True, note="sqrt(0.103)"); L.step(rounds("0.3209", sp.sqrt(R("0.103"))))
L.step(SS / (nn - 1) == sol[v], note="s^2 is not the MLE"); L.step(SS / (nn - 1) == R("2.06") / 4); L.step(R("2.06") / 4 == R("0.515"))

# --- Q4
L.define(2, "q, p")
zq = sp.symbols("z", real=True)
mq, sq, mp_, sp_ = sp.symbols("m_q s_q m_p s_p", positive=True)
gauss = lambda m, s: sp.exp(-(zq - m) ** 2 / (2 * s ** 2)) / sp.sqrt(2 * sp.pi * s ** 2)
klg = lambda m1, s1, m2, s2_: sp.log(s2_ / s1) + (s1 ** 2 + (m1 - m2) ** 2) / (2 * s2_ ** 2) - sp.Rational(1, 2)
vals = {mq: R("1"), sq: sp.sqrt(R("0.5")), mp_: R("0"), sp_: R("1")}
num_kl = sp.Integral(gauss(mq, sq) * sp.log(gauss(mq, sq) / gauss(mp_, sp_)), (zq, -15, 15)).subs(vals).evalf(25)
L.define(note="KL definition"); L.step(abs(num_kl - sp.N(klg(mq, sq, mp_, sp_).subs(vals), 25)) < 1e-15)
L.define(2, "q, p numbers")
kqp = klg(1, sp.sqrt(R("0.5")), 0, 1)
kpq = klg(0, 1, 1, sp.sqrt(R("0.5")))
L.step(same(kqp, sp.log(1 / sp.sqrt(R("0.5"))) + (R("0.5") + 1) / 2 - sp.Rational(1, 2)))
L.step(substituted(kqp, lambda c: c + R("0.75") - R("0.5"), "~0.3466")); L.step(R("0.3466") + R("0.75") - R("0.5") == R("0.5966"))
L.step(same(kpq, sp.log(sp.sqrt(R("0.5")) / 1) + (1 + 1) / (2 * R("0.5")) - sp.Rational(1, 2)))
L.step(substituted(kpq, lambda c: -c + 2 - R("0.5"), "~0.3466")); L.step(-R("0.3466") + 2 - R("0.5") == R("1.1534"))
L.step(same(klg(mq, sq, mp_, sp_), sp.log(sq / sp_) + (sq ** 2 + (mq - mp_) ** 2) / (2 * sp_ ** 2) - sp.Rational(1, 2)), note="ratio inverted")
L.step(substituted(kqp, lambda c: -c + R("0.75") - R("0.5"), "~0.3466"), carried=True); L.step(-R("0.3466") + R("0.75") - R("0.5") == R("-0.0966"))
L.step(True, note="KL >= 0 (Gibbs)")
kb = R("0.3") * sp.log(R("0.3") / R("0.5")) + R("0.7") * sp.log(R("0.7") / R("0.5"))
L.step(True, note="Bernoulli KL definition")
L.step(substituted(kb, lambda c, d: R("0.3") * c + R("0.7") * d, "~-0.5108", "~0.3365"))
L.step(rounds("-0.1532", R("0.3") * R("-0.5108")) and rounds("0.2355", R("0.7") * R("0.3365"), R("0.7") * sp.log(R("1.4"))))
L.step(rounds("0.0823", R("-0.1532") + R("0.2355"), kb))
kpost = klg(R("0.9125"), R("0.25"), 0, sp.sqrt(R("0.5")))
L.step(substituted(kpost, lambda c, d: c + d - R("0.5"), "~1.0397", "~0.8952")
       and same(kpost, sp.log(sp.sqrt(R("0.5")) / R("0.25")) + (R("0.0625") + R("0.9125") ** 2) / (2 * R("0.5")) - sp.Rational(1, 2)))
L.step(R("1.0397") + R("0.8952") - R("0.5") == R("1.4349"))

# --- Q5
Xr = st.Binomial("X", 10, R("0.3")); Zr = st.Poisson("Z", 2)
L.define(note="Y = 2X - 1")
EX, VX, EZ, VZ = st.E(Xr), st.variance(Xr), st.E(Zr), st.variance(Zr)
L.step(EX == 10 * R("0.3")); L.step(EX == 3); L.step(VX == 10 * R("0.3") * R("0.7")); L.step(VX == R("2.1"))
L.step(st.E(2 * Xr - 1) == 2 * 3 - 1); L.step(2 * EX - 1 == 5); L.step(st.variance(2 * Xr - 1) == 4 * R("2.1")); L.step(4 * VX == R("8.4"))
EX2 = st.E(Xr ** 2)
L.step(EX2 == VX + EX ** 2); L.step(VX + EX ** 2 == R("2.1") + 9); L.step(EX2 == R("11.1"))
L.step(st.E(Xr * Zr) == EX * EZ); L.step(EX * EZ == 6)
s_t, t_t = sp.symbols("s_t t_t", real=True)
MX = lambda q: (1 - R("0.3") + R("0.3") * sp.exp(q)) ** 10               # binomial mgf
MZ = lambda q: sp.exp(2 * (sp.exp(q) - 1))                               # Poisson(2) mgf
var_diff = sp.simplify(sp.diff(sp.log(MX(t_t) * MZ(-t_t)), t_t, 2).subs(t_t, 0))   # cumulant of X - Z
cov_xs = sp.simplify(sp.diff(sp.log(MX(s_t + t_t) * MZ(t_t)), s_t, t_t).subs({s_t: 0, t_t: 0}))
L.step(var_diff == VX + VZ); L.step(VX + VZ == R("4.1"))
L.step(var_diff == VX - VZ, note="minus"); L.step(VX - VZ == R("2.1") - 2); L.step(R("2.1") - 2 == R("0.1"))
L.step(st.variance(2 * Xr - 1) == 2 * VX - 1, note="Var(2X - 1)"); L.step(2 * R("2.1") - 1 == R("3.2"))
L.step(cov_xs == VX + 0); L.step(cov_xs == R("2.1"))
corr = VX / sp.sqrt(VX * (VX + VZ))
L.step(corr == R("2.1") / sp.sqrt(R("2.1") * R("4.1"))); L.step(same(corr, sp.sqrt(R("2.1") / R("4.1")))); L.step(rounds("0.7157", corr))
Th = st.Beta("T", 2, 3)
ET, VT = st.E(Th), st.variance(Th)
L.step(ET == R("0.4")); L.step(VT == sp.Rational(2 * 3, 5 ** 2 * 6)); L.step(VT == R("0.04"))
L.step(st.E(Th * (1 - Th)) == R("0.4") - (R("0.04") + R("0.16")) and ET ** 2 == R("0.16")); L.step(st.E(Th * (1 - Th)) == R("0.2"))
Ek = 12 * ET
Vk = 12 * st.E(Th * (1 - Th)) + 144 * VT
# check the total-variance value against the Beta-Binomial pmf
B = lambda p, q: sp.gamma(p) * sp.gamma(q) / sp.gamma(p + q)
pmf = [sp.binomial(12, j) * B(j + 2, 12 - j + 3) / B(2, 3) for j in range(13)]
assert sum(pmf) == 1
m1 = sum(j * p for j, p in enumerate(pmf)); m2 = sum(j ** 2 * p for j, p in enumerate(pmf))
L.step(sp.simplify(m1 - 12 * R("0.4")) == 0); L.step(sp.simplify(m1 - R("4.8")) == 0)
L.step(sp.simplify(m2 - m1 ** 2 - Vk) == 0, note="law of total variance")
L.step(Vk == 12 * R("0.2") + 144 * R("0.04")); L.step(12 * R("0.2") + 144 * R("0.04") == R("2.4") + R("5.76")); L.step(sp.simplify(m2 - m1 ** 2) == R("8.16"))
L.step(sp.simplify(m2 - m1 ** 2 - 12 * ET * (1 - ET)) == 0, note="ignores Var(theta)")
L.step(12 * ET * (1 - ET) == 12 * R("0.4") * R("0.6")); L.step(12 * R("0.4") * R("0.6") == R("2.88"))
L.done()
