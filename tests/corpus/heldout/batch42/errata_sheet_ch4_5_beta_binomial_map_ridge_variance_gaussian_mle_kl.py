"""Labels for errata_sheet_ch4_5_beta_binomial_map_ridge_variance_gaussian_mle_kl.tex: a textbook's errata sheet
(fancyhdr header, numbered entries with page, place and severity code, "Printed:" / "Should read:" displays,
reporter credits, corrected worked examples reprinted in full, and a later section of errata to the sheet itself).
The printed text is labelled by its truth like everything else: the Beta-Binomial kernel without the -1s, the
mode over n + a + b - 1, the Beta variance without (alpha + beta + 1) (its sd carried), swapped shrinkage weights
(the example carried), the 1/n-less lambda of MAP-as-regularised-MSE, Var(aX + bY) with 2Cov (the example and its
sd carried), a Gaussian-MLE sum of squares 1.54 added as 1.45 (sigma^2 and sigma carried), a Gaussian KL without
its log term, a Bernoulli KL with the ratios inverted. The sheet's own slips: ln(sigma_2/sigma_1) taken as ln sqrt 2
(should be ln 1/sqrt 2), ln 0.8 taken as +0.2231 (carried into the cross-entropy of the reprinted example); both
fixed in Section D."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch42/errata_sheet_ch4_5_beta_binomial_map_ridge_variance_gaussian_mle_kl.tex")
ok, ds = L.step, L.define
th, k, n, a, b, al, be = sp.symbols("theta k n a b alpha beta", positive=True)
prop = lambda f, g: same(sp.diff(sp.log(f / g), th), 0, [th, k, n, a, b])   # ratio constant in theta

post = th ** k * (1 - th) ** (n - k) * th ** (a - 1) * (1 - th) ** (b - 1)
# E1
L.step(prop(post, th ** (k + a) * (1 - th) ** (n - k + b)))
ok(prop(post, post)); ok(same(post, th ** (k + a - 1) * (1 - th) ** (n - k + b - 1), [th, k, n, a, b]))
# E2
mode = sp.solve(sp.diff((al - 1) * sp.log(th) + (be - 1) * sp.log(1 - th), th), th)[0]
mode_akb = mode.subs({al: a + k, be: b + n - k})
L.step(same(mode_akb, (a + k - 1) / (a + b + n - 1), [a, b, k, n]))
ds(2, "alpha, beta")
ok(same(sp.diff((al - 1) * sp.log(th) + (be - 1) * sp.log(1 - th), th), (al - 1) / th - (be - 1) / (1 - th), [al, be, th])); ds(note="= 0")
ok(same(mode, (al - 1) / (al + be - 2), [al, be])); ok(same(mode_akb, (a + k - 1) / (a + b + n - 2), [a, b, k, n]))
ds(2, "a = b = 1")
# E3: Beta(2, 3), 7 of 10
A0, B0, K, N = 2, 3, 7, 10
Al, Be = A0 + K, B0 + N - K
ds(2, "k, n"); ok(Al + Be == 15)
var = sp.Rational(Al * Be, (Al + Be) ** 2 * (Al + Be + 1))
L.step(var == sp.Rational(Al * Be, (Al + Be) ** 2)); ok(sp.Rational(Al * Be, (Al + Be) ** 2) == sp.Rational(54, 225))
ok(sp.Rational(54, 225) == R("0.24")); L.step(sp.sqrt(var) == sp.sqrt(R("0.24")), carried=True); ok(rounds("0.4899", sp.sqrt(R("0.24"))))
ok(True, note="Beta variance formula"); ok(var == sp.Rational(9 * 6, 15 ** 2 * 16)); ok(sp.Rational(54, 3600) == var); ok(var == R("0.015"))
ok(True, note="sd = sqrt(Var)"); ok(rounds("0.1225", sp.sqrt(R("0.015"))))
# E4
Epost = (a + k) / (a + b + n)
L.step(same(Epost, (a + b) / (a + b + n) * k / n + n / (a + b + n) * a / (a + b), [a, b, k, n]))
wrongE = sp.Rational(5, 15) * R("0.7") + sp.Rational(10, 15) * R("0.4")
L.step(sp.Rational(Al, Al + Be) == wrongE, carried=True)
ok(substituted(wrongE, lambda p, q: p + q, "~0.2333", "~0.2667")); ok(R("0.2333") + R("0.2667") == R("0.5000"))
ok(same(Epost, n / (a + b + n) * k / n + (a + b) / (a + b + n) * a / (a + b), [a, b, k, n]))
ok(same(n / (a + b + n) * k / n + (a + b) / (a + b + n) * a / (a + b), Epost, [a, b, k, n]))
rightE = sp.Rational(10, 15) * R("0.7") + sp.Rational(5, 15) * R("0.4")
ok(sp.Rational(Al, Al + Be) == rightE); ok(substituted(rightE, lambda p, q: p + q, "~0.4667", "~0.1333")); ok(R("0.4667") + R("0.1333") == R("0.6000"))
ok(sp.Rational(9, 15) == R("0.6"))
# E6: MAP as regularised MSE (symbolic, n = 3 points)
w, s2, t2 = sp.symbols("w sigma2 tau2", positive=True)
xs_, ys_ = sp.symbols("x1:4", positive=True), sp.symbols("y1:4", positive=True)
nn = 3
sse = sum((yy - w * xx) ** 2 for xx, yy in zip(xs_, ys_))
nlp = sse / (2 * s2) + w ** 2 / (2 * t2)          # up to a constant in w
V = [w, s2, t2, *xs_, *ys_]
ds(note="model")
ok(True, note="(4.15): the Gaussian likelihood and prior, constants dropped")
L.step(same(sp.diff(nlp, w), sp.diff(nn / (2 * s2) * (sse / nn + s2 / t2 * w ** 2), w), V))
lam = s2 / (nn * t2)
ok(same(sp.diff(nlp, w), sp.diff(nn / (2 * s2) * (sse / nn + lam * w ** 2), w), V)); ds(note="lambda :=")
wmap = sp.solve(sp.diff(nlp, w), w)[0]
ok(same(wmap, sum(xx * yy for xx, yy in zip(xs_, ys_)) / (sum(xx ** 2 for xx in xs_) + s2 / t2), V[1:]))
ok(lam.subs({s2: 1, t2: R("0.5")}) == 1 / (3 * R("0.5"))); ok(rounds("0.6667", 1 / (3 * R("0.5"))))
# E7: variance laws
X, Y = sp.symbols("X Y")
vx, vy, cxy, aa, bb, cc = sp.symbols("vx vy cxy aa bb cc", real=True)
Vlin = lambda p, q: p ** 2 * vx + q ** 2 * vy + 2 * p * q * cxy     # Var(pX + qY) from the covariance matrix
ok(True, note="Var(aX + c) = a^2 Var X")
L.step(same(Vlin(aa, bb), aa ** 2 * vx + bb ** 2 * vy + 2 * cxy, positive=False))
ok(same(Vlin(aa, bb), aa ** 2 * vx + bb ** 2 * vy + 2 * aa * bb * cxy, positive=False))
VX, VY, C = 4, 9, R("-1.5")
ds(3, "Var X, Var Y, Cov")
true31 = Vlin(2, -1).subs({vx: VX, vy: VY, cxy: C})
printed_rule = 4 * VX + VY + 2 * C
L.step(true31 == printed_rule, carried=True); ok(printed_rule == 16 + 9 - 3); ok(16 + 9 - 3 == 22)
L.step(sp.sqrt(true31) == sp.sqrt(22), carried=True); ok(rounds("4.690", sp.sqrt(22)))
ds(2, "a = 2, b = -1")
ok(true31 == 4 * VX + VY - 4 * C); ok(4 * VX + VY - 4 * C == 16 + 9 + 6); ok(16 + 9 + 6 == 31)
ok(true31 == 31); ok(rounds("5.568", sp.sqrt(31)))
ok(C / (2 * 3) == C / sp.sqrt(VX * VY)); ok(C / 6 == R("-0.25"))
# E9: Gaussian MLE on five points
xs = [R(s) for s in ("4.2", "5.1", "3.8", "4.6", "5.3")]
nx = len(xs); xbar = sum(xs) / nx
ss = sum((x - xbar) ** 2 for x in xs)
ds(note="data"); ok(xbar == R("23.0") / 5); ok(R("23.0") / 5 == R("4.6"))
sq = [(x - xbar) ** 2 for x in xs]
ok([R(s) for s in ("0.16", "0.25", "0.64", "0", "0.49")] == sq)
L.step(sum(sq) == R("1.45"), note="1.54")
L.step(ss / nx == R("1.45") / 5, carried=True); ok(R("1.45") / 5 == R("0.29"))
L.step(rounds("0.5385", sp.sqrt(ss / nx)), carried=rounds("0.5385", sp.sqrt(R("0.29"))))
ok(ss == R("1.54")); ok(ss / nx == R("1.54") / 5); ok(R("1.54") / 5 == R("0.308")); ok(sp.sqrt(ss / nx) == sp.sqrt(R("0.308")))
ok(rounds("0.5550", sp.sqrt(R("0.308"))))
ok(ss / (nx - 1) == R("1.54") / 4); ok(R("1.54") / 4 == R("0.385"))
# E10: KL and cross-entropy on random distributions
def rand_dists(seed):
    import random
    rng = random.Random(seed)
    p = [sp.Rational(rng.randint(1, 9)) for _ in range(3)]; q = [sp.Rational(rng.randint(1, 9)) for _ in range(3)]
    return [x / sum(p) for x in p], [x / sum(q) for x in q]
good = [True, True, True]
for sd in range(5):
    p, q = rand_dists(sd)
    kl = sum(pi * sp.log(pi / qi) for pi, qi in zip(p, q))
    Hpq = -sum(pi * sp.log(qi) for pi, qi in zip(p, q)); Hp = -sum(pi * sp.log(pi) for pi in p)
    good[0] &= abs(sp.N(kl - (Hpq - Hp), 30)) < 1e-25
    good[1] &= abs(sp.N((Hpq - Hp) - (-sum(pi * sp.log(qi) for pi, qi in zip(p, q)) + sum(pi * sp.log(pi) for pi in p)), 30)) < 1e-25
    good[2] &= sp.N(kl, 30) >= 0
for g in good:
    ok(bool(g))
# E11: Gaussian KL
m1, m2, sg1, sg2 = sp.symbols("m1 m2 s1 s2", positive=True)
xg = sp.symbols("xg", real=True)
pdf = lambda m, s: sp.exp(-(xg - m) ** 2 / (2 * s ** 2)) / sp.sqrt(2 * sp.pi * s ** 2)
KLg = lambda a1, b1, a2, b2: sp.log(b2 / b1) + (b1 ** 2 + (a1 - a2) ** 2) / (2 * b2 ** 2) - sp.Rational(1, 2)
num_kl = sp.Integral(pdf(1, sp.sqrt(2)) * sp.log(pdf(1, sp.sqrt(2)) / pdf(0, 1)), (xg, -30, 30)).evalf(30)
ok(abs(num_kl - sp.N(KLg(1, sp.sqrt(2), 0, 1), 30)) < 1e-20)
KL12 = KLg(1, sp.sqrt(2), 0, 1)
L.step(sp.N(KL12) == sp.N(sp.Rational(3, 2) - sp.Rational(1, 2))); ok(sp.Rational(3, 2) - sp.Rational(1, 2) == 1)
L.step(same(KL12, sp.log(sp.sqrt(2)) + sp.Rational(3, 2) - sp.Rational(1, 2)), note="ln(1/sqrt 2)")
ok(substituted(sp.log(sp.sqrt(2)) + 1, lambda u: u + 1, "~0.3466")); ok(R("0.3466") + 1 == R("1.3466"))
# E12: Bernoulli KL
klb = R("0.6") * sp.log(R("0.6") / R("0.5")) + R("0.4") * sp.log(R("0.4") / R("0.5"))
inv = R("0.6") * sp.log(R("0.5") / R("0.6")) + R("0.4") * sp.log(R("0.5") / R("0.4"))
L.step(abs(sp.N(klb - inv, 30)) < 1e-20); ok(rounds("-0.0201", inv))
ok(True, note="definition with the numbers")
L.step(substituted(klb, lambda u, v: R("0.6") * u + R("0.4") * v, "~0.1823", "~0.2231"), note="ln 0.8 = -0.2231")
ok(rounds("0.1094", R("0.6") * R("0.1823")) and rounds("0.0892", R("0.4") * R("0.2231")))
ok(R("0.1094") + R("0.0892") == R("0.1986"))
# C1: Example 4.3 in full
ds(4, "a, b, k, n"); ds(note="alpha"); ok(A0 + K == 9); ds(note="beta"); ok(B0 + N - K == 6)
Eprior = sp.Rational(A0, A0 + B0)
ok(True, note="prior mean a/(a + b)"); ok(Eprior == sp.Rational(2, 5)); ok(sp.Rational(2, 5) == R("0.4"))
ok(True, note="MLE k/n"); ok(sp.Rational(K, N) == R("0.7"))
Em = sp.Rational(Al, Al + Be)
ok(True, note="Beta mean"); ok(Em == sp.Rational(9, 15)); ok(Em == R("0.6"))
MAP = sp.Rational(Al - 1, Al + Be - 2)
ok(MAP == mode.subs({al: Al, be: Be})); ok(MAP == sp.Rational(8, 13)); ok(rounds("0.6154", MAP))
ok(var == sp.Rational(54, 3600)); ok(var == R("0.015")); ok(rounds("0.1225", sp.sqrt(var)))
ok(Eprior < Em); ok(Em < sp.Rational(K, N))
ok(R("0.6154") > R("0.6")); ds(note="alpha > beta")
ok(substituted(Em + 2 * sp.sqrt(var), lambda s: R("0.6") + 2 * s, "~0.1225") and substituted(Em - 2 * sp.sqrt(var), lambda s: R("0.6") - 2 * s, "~0.1225"))
ok(R("0.6") - R("0.245") == R("0.355") and R("0.6") + R("0.245") == R("0.845"))
ok(True, note="P(next success) = posterior mean"); ok(Em == R("0.6"))
E2 = sp.Rational(Al * (Al + 1), (Al + Be) * (Al + Be + 1))
ok(E2 == var + Em ** 2); ok(E2 == sp.Rational(9 * 10, 15 * 16)); ok(E2 == sp.Rational(90, 240)); ok(E2 == R("0.375"))
ok(R("0.6") ** 2 == R("0.36")); ok(E2 == R("0.6") ** 2 + R("0.015"))
# C2: Example 4.6 in full
xv, yv = [1, 2, 3], [R("1.1"), R("1.9"), R("3.2")]
S2, T2 = 1, R("0.5")
ds(4, "x, y, sigma^2, tau^2")
Sxy, Sxx, Syy = sum(p * q for p, q in zip(xv, yv)), sum(p ** 2 for p in xv), sum(q ** 2 for q in yv)
ok(Sxy == R("1.1") + R("3.8") + R("9.6")); ok(Sxy == R("14.5")); ok(Sxx == 1 + 4 + 9); ok(Sxx == 14)
ok(Syy == R("1.21") + R("3.61") + R("10.24")); ok(Syy == R("15.06"))
LAM = sp.Rational(S2) / (3 * T2)
ds(note="lambda"); ok(LAM == 1 / (3 * R("0.5"))); ok(rounds("0.6667", LAM))
ds(note="J(w)")
J = sum((q - w * p) ** 2 for p, q in zip(xv, yv)) / 3 + LAM * w ** 2
Jw = sp.expand(sp.diff(J, w))
ok(same(Jw, sp.expand(-sp.Rational(2, 3) * sum(p * (q - w * p) for p, q in zip(xv, yv)) + 2 * LAM * w)) and rounds("1.3333", 2 * LAM))
ok(same(Jw, sp.expand(-sp.Rational(2, 3) * (R("14.5") - 14 * w) + 2 * LAM * w)))
ds(note="= 0"); ds(note="rearranged stationarity")
W = sp.solve(Jw, w)[0]
ok(substituted(W, lambda u, v: u / v, "~9.6667", "~10.6667")); ok(rounds("0.9063", R("9.6667") / R("10.6667"), W))
ok(R("14.5") / (14 + 1 / R("0.5")) == R("14.5") / 16); ok(rounds("0.9063", R("14.5") / 16))
WLS = Sxy / Sxx
ok(WLS == R("14.5") / 14); ok(rounds("1.0357", WLS)); ok(R("0.9063") < R("1.0357"))
rss = lambda ww: sum((q - ww * p) ** 2 for p, q in zip(xv, yv))
ok(rss(WLS) == Syy - Sxy ** 2 / Sxx); ok(Syy - Sxy ** 2 / Sxx == R("15.06") - R("210.25") / 14)
ok(substituted(Syy - Sxy ** 2 / Sxx, lambda u: R("15.06") - u, "~15.0179")); ok(R("15.06") - R("15.0179") == R("0.0421"))
ok(substituted(rss(W), lambda u: R("15.06") - 2 * u * R("14.5") + u ** 2 * 14, "~0.9063"))
ok(rounds("0.2768", rss(W), R("15.06") - 2 * R("0.9063") * R("14.5") + R("0.9063") ** 2 * 14))
pv = 1 / (sp.Rational(Sxx) / S2 + 1 / T2)
ok(pv == sp.Rational(1, 14 + 2)); ok(sp.Rational(1, 16) == R("0.0625"))
ds(note="x = 4"); ok(rounds("3.625", 4 * W, 4 * R("0.9063")))
# C3: Example 5.6 in full
s2s, mu = sp.symbols("s2s mu", positive=True)
xi = sp.symbols("xi1:6", real=True)
ds(2, "data, n = 5")
ell = sum(sp.log(sp.exp(-(x_ - mu) ** 2 / (2 * s2s)) / sp.sqrt(2 * sp.pi * s2s)) for x_ in xi)
ok(same(ell, -sp.Rational(5, 2) * sp.log(2 * sp.pi * s2s) - sum((x_ - mu) ** 2 for x_ in xi) / (2 * s2s), [mu, s2s, *xi]))
ok(same(sp.diff(ell, mu), sum(x_ - mu for x_ in xi) / s2s, [mu, s2s, *xi])); ds(note="= 0")
ok(same(sp.diff(ell, s2s), -sp.Rational(5, 2) / s2s + sum((x_ - mu) ** 2 for x_ in xi) / (2 * s2s ** 2), [mu, s2s, *xi])); ds(note="= 0")
mu_hat = sp.solve(sp.diff(ell, mu), mu, check=False)[0]
sol = {mu: mu_hat, s2s: sp.solve(sp.numer(sp.together(sp.diff(ell, s2s).subs(mu, mu_hat))), s2s, check=False)[0]}
xb_ = sum(xi) / 5
ok(same(sol[mu], xb_, list(xi))); ok(same(sol[s2s], sum((x_ - xb_) ** 2 for x_ in xi) / 5, list(xi)))
ok(sum(xs) == R("4.2") + R("5.1") + R("3.8") + R("4.6") + R("5.3")); ok(sum(xs) == R("23.0")); ok(xbar == R("23.0") / 5); ok(xbar == R("4.6"))
ok([x - xbar for x in xs] == [R("-0.4"), R("0.5"), R("-0.8"), R("0.0"), R("0.7")])
ok(ss == R("0.16") + R("0.25") + R("0.64") + R("0.00") + R("0.49")); ok(ss == R("1.54")); ok(ss / 5 == R("1.54") / 5); ok(ss / 5 == R("0.308"))
ok(rounds("0.5550", sp.sqrt(ss / 5)))
ok(True, note="E[sigma-hat^2] = (n - 1)/n sigma^2, standard"); ok(sp.Rational(4, 5) == R("0.8"))
ok(ss / 4 == R("1.54") / 4); ok(ss / 4 == R("0.385")); ok(rounds("0.6205", sp.sqrt(ss / 4)))
se = sp.sqrt(ss / 4) / sp.sqrt(5)
ok(True, note="se = s / sqrt n"); ok(substituted(se, lambda u, v: u / v, "~0.6205", "~2.2361")); ok(rounds("0.2775", R("0.6205") / R("2.2361"), se))
llmax = ell.subs({mu: xbar, s2s: ss / 5}).subs(dict(zip(xi, xs)))
ok(abs(sp.N(llmax - (-sp.Rational(5, 2) * (sp.log(2 * sp.pi * ss / 5) + 1)), 30)) < 1e-25)
ok(substituted(llmax, lambda u: -R("2.5") * (sp.log(u) + 1), "~1.9352") and rounds("1.9352", 2 * sp.pi * ss / 5))
ok(substituted(llmax, lambda u: -R("2.5") * u, "~1.6602") and rounds("1.6602", sp.log(R("1.9352")) + 1))
ok(rounds("-4.1505", -R("2.5") * R("1.6602"), llmax))
# C4: Example 5.10 in full
ds(2, "p, q")
Hp = -R("0.6") * sp.log(R("0.6")) - R("0.4") * sp.log(R("0.4"))
ok(True, note="entropy definition")
ok(substituted(Hp, lambda u, v: u + v, "~0.3065", "~0.3665") and rounds("0.3065", -R("0.6") * sp.log(R("0.6"))) and rounds("0.3665", -R("0.4") * sp.log(R("0.4"))))
ok(rounds("0.6730", R("0.3065") + R("0.3665"), Hp))
Hpq = -R("0.6") * sp.log(R("0.5")) - R("0.4") * sp.log(R("0.5"))
ok(abs(sp.N(Hpq - (Hp + klb), 30)) < 1e-25)
L.step(substituted(Hpq, lambda u, v: u + v, "~0.6730", "~0.1986"), carried=True); ok(R("0.6730") + R("0.1986") == R("0.8716"))
ok(True, note="definition"); ok(abs(sp.N(Hpq - sp.log(2), 30)) < 1e-25); ok(rounds("0.6931", sp.log(2)))
# D
ok(sp.sqrt(1) / sp.sqrt(2) == 1 / sp.sqrt(2))
ok(same(KL12, sp.log(1 / sp.sqrt(2)) + 1)); ok(substituted(KL12, lambda u: u + 1, "~-0.3466")); ok(R("-0.3466") + 1 == R("0.6534"))
ok(rounds("-0.2231", sp.log(R("0.8"))))
ok(substituted(klb, lambda u, v: u - v, "~0.1094", "~0.0892")); ok(R("0.1094") - R("0.0892") == R("0.0202"))
ok(substituted(Hpq, lambda u, v: u + v, "~0.6730", "~0.0202")); ok(R("0.6730") + R("0.0202") == R("0.6932")); ok(rounds("0.6931", sp.log(2)))
L.done()
