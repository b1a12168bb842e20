"""Labels for textbook_ch3_exercises_solutions_draft.tex: a textbook chapter's exercises with worked
solutions, in `book` class with amsthm (`exercise` numbered by chapter, a `solution` environment built on
`proof`, a bare `proof` for the KL derivation, a `remark`, `\\qedhere`), a preamble of `\\DeclareMathOperator` (E, Var, Cov, Corr,
sd, KL) and `\\newcommand` macros (R, N, bold vectors through `\\bm`, `\\given`); a draft with an errata list
at the end. Linear combinations of independent variables (mean, variance, sd, E[X^2], E[XY],
Cov, Corr), Poisson thinning by the tower rule and total variance;
Gaussian MLE (score equations, six data, sigma-hat^2, maximised log-likelihood, bias);
KL between Gaussians (derivation, both directions); gradient descent and heavy-ball momentum on
w1^2 + 3 w2^2 (iterates, objective values, contraction factors, step-size bound); limits; finite and
infinite geometric sums."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
import sympy.stats as st  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch36/textbook_ch3_exercises_solutions_draft.tex")

def eq0(expr):
    """Zero to 30 digits (sympy.stats leaves erf(a) + erfc(a) unsimplified)."""
    return abs(sp.N(expr, 40)) < 1e-30


def E_normal(expr, rvs):
    """E of a polynomial in independent normals, rvs = {symbol: (mean, sd)}, by their raw moments."""
    mom = lambda mu_, sd_, j: [1, mu_, mu_ ** 2 + sd_ ** 2, mu_ ** 3 + 3 * mu_ * sd_ ** 2,
                               mu_ ** 4 + 6 * mu_ ** 2 * sd_ ** 2 + 3 * sd_ ** 4][j]
    poly = sp.Poly(sp.expand(expr), *rvs)
    out = 0
    for powers, coeff in poly.terms():
        term = coeff
        for (sym, (mu_, sd_)), j in zip(rvs.items(), powers):
            term *= mom(mu_, sd_, j)
        out += term
    return sp.expand(out)


# --- Exercise 3.1 (explicit independent variables with the given moments) ---
X, Y = sp.symbols("X Y", real=True)
E = lambda e: E_normal(e, {X: (2, sp.sqrt(3)), Y: (-1, 2)})       # independent, with the given moments
V = lambda e: sp.expand(E(e ** 2) - E(e) ** 2)
L.define(4, "moments")
Z = 2 * X - 3 * Y + 5
L.step(eq0(E(Z) - (2 * E(X) - 3 * E(Y) + 5))); L.step(2 * 2 - 3 * (-1) + 5 == 4 + 3 + 5); L.step(eq0(E(Z) - 12))
L.step(eq0(V(Z) - (4 * V(X) + 9 * V(Y)))); L.step(eq0(4 * V(X) + 9 * V(Y) - (4 * 3 + 9 * 4))); L.step(eq0(V(Z) - 48))
sdZ = sp.sqrt(V(Z))
L.step(eq0(sdZ - (2 * sp.sqrt(V(X)) + 3 * sp.sqrt(V(Y)))), note="sd does not add")
L.step(eq0(2 * sp.sqrt(V(X)) + 3 * sp.sqrt(V(Y)) - (2 * sp.sqrt(3) + 3 * 2))); L.step(rounds("9.4641", 2 * sp.sqrt(3) + 6))
EX2, EY2 = E(X ** 2), E(Y ** 2)
L.step(eq0(EX2 - (V(X) + E(X) ** 2))); L.step(eq0(V(X) + E(X) ** 2 - (3 + 4))); L.step(eq0(EX2 - 7))
L.step(eq0(EY2 - (4 + 1))); L.step(eq0(EY2 - 5))
EXY = E(X * Y)
L.step(eq0(EXY - E(X) * E(Y))); L.step(eq0(EXY + 2))
cov = lambda p_, q_: sp.expand(E(p_ * q_) - E(p_) * E(q_))
C = cov(X, X + Y)
CXY = cov(X, Y)
L.step(eq0(C - (V(X) + CXY))); L.step(eq0(V(X) + CXY - (3 + 0))); L.step(eq0(C - 3))
L.step(eq0(V(X + Y) - (3 + 4))); L.step(eq0(V(X + Y) - 7))
corr = C / sp.sqrt(V(X) * V(X + Y))
L.step(eq0(corr - 3 / sp.sqrt(3 * 7))); L.step(3 / sp.sqrt(3 * 7) == 3 / sp.sqrt(21)); L.step(rounds("0.6547", corr))

# --- Exercise 3.2: thinning ---
p = R("0.25")
Np = st.Poisson("N", 4)
L.define(note="p = 0.25")
nn = sp.symbols("n", integer=True, nonnegative=True)
B = st.Binomial("B", 7, p)                     # a check of the conditional moments at one n
L.step(st.E(B) == p * 7); L.step(sp.simplify(st.variance(B) - p * (1 - p) * 7) == 0)
EN, VN = st.E(Np), st.variance(Np)
ES = p * EN
VS = p * (1 - p) * EN + p ** 2 * VN
pmf = lambda k: sp.exp(-4) * sp.Integer(4) ** k / sp.factorial(k)
ES_direct = sp.summation(p * nn * pmf(nn), (nn, 0, sp.oo))
ES2_direct = sp.summation((p * (1 - p) * nn + p ** 2 * nn ** 2) * pmf(nn), (nn, 0, sp.oo))
VS_direct = sp.simplify(ES2_direct - ES_direct ** 2)
L.step(True, note="tower rule"); L.step(True, note="E[S | N] = 0.25 N"); L.step(p * EN == R("0.25") * 4); L.step(sp.simplify(ES_direct) == 1)
L.step(VS_direct == VS, note="law of total variance")
L.step(p * (1 - p) * EN == R("0.25") * R("0.75") * EN); L.step(R("0.25") * R("0.75") == R("0.1875") and R("0.1875") * 4 == R("0.75"))
L.step(R("0.1875") * 4 == R("0.75"))
L.step(True, note="Var(E[S|N]) = Var(0.25 N)")
L.step(p ** 2 * VN == p * VN, note="0.25^2")
L.step(R("0.25") * VN == 1)
L.step(VS_direct == R("0.75") + 1, carried=R("0.75") + R("0.25") * VN == R("0.75") + 1); L.step(R("0.75") + 1 == R("1.75"))
L.step(VS_direct > ES_direct, carried=R("1.75") > 1)

# --- Exercise 3.3: Gaussian MLE ---
xs = [R(t) for t in ("1.2", "2.0", "3.1", "2.4", "1.8", "1.5")]
n = len(xs)
mu, s2 = sp.symbols("mu sigma2", positive=True)
xsym = sp.symbols("x1:7", real=True)
ell = sum(sp.log(sp.exp(-(xx - mu) ** 2 / (2 * s2)) / sp.sqrt(2 * sp.pi * s2)) for xx in xsym)
ell_w = -sp.Rational(n, 2) * sp.log(2 * sp.pi * s2) - sum((xx - mu) ** 2 for xx in xsym) / (2 * s2)
L.define(note="data")
L.define(note="ell := sum ln N"); L.step(same(sp.expand_log(ell, force=True), ell_w, positive=True))
L.step(same(sp.diff(ell_w, mu), sum(xx - mu for xx in xsym) / s2))
L.step(same(sp.diff(ell_w, s2), -sp.Rational(n, 2) / s2 + sum((xx - mu) ** 2 for xx in xsym) / (2 * s2 ** 2)))
sol = sp.solve([sp.diff(ell_w, mu), sp.diff(ell_w, s2)], [mu, s2], dict=True)[0]
xbar_sym = sum(xsym) / n
L.step(sp.simplify(sol[mu] - xbar_sym) == 0); L.define(note="xbar := mean")
L.step(sp.simplify(sol[s2] - sum((xx - xbar_sym) ** 2 for xx in xsym) / n) == 0)
xbar = sum(xs) / n
ss = sum((xx - xbar) ** 2 for xx in xs)
L.define(note="n = 6"); L.step(sum(xs) == R("12.0")); L.step(xbar == R("12.0") / 6); L.step(xbar == R("2.0"))
L.step([xx - xbar for xx in xs] == [R("-0.8"), 0, R("1.1"), R("0.4"), R("-0.2"), R("-0.5")])
L.step(ss == R("0.64") + 0 + R("1.21") + R("0.16") + R("0.04") + R("0.25"))
L.step(R("0.64") + R("1.21") + R("0.16") + R("0.04") + R("0.25") == R("2.20"), note="2.30")
wss = R("2.20")
s2hat = ss / n
L.step(s2hat == wss / 6, carried=True); L.step(rounds("0.3667", wss / 6))
ellmax = -sp.Rational(n, 2) * (sp.log(2 * sp.pi * s2hat) + 1)
L.step(sp.simplify(ell_w.subs({x: v for x, v in zip(xsym, xs)}).subs({mu: xbar, s2: s2hat}) - ellmax) == 0)
L.step(substituted(ellmax, lambda q: -3 * (sp.log(2 * sp.pi * q) + 1), "~0.3667"),
       carried=substituted(-3 * (sp.log(2 * sp.pi * wss / 6) + 1), lambda q: -3 * (sp.log(2 * sp.pi * q) + 1), "~0.3667"))
L.step(rounds("2.3040", 2 * sp.pi * R("0.3667")))
L.step(rounds("0.8346", sp.log(R("2.3040"))))
L.step(rounds("-5.5038", -3 * (R("0.8346") + 1)))
# bias remark (expectation over a normal sample of size n, by the standard identity; checked symbolically for n = 3)
m = sp.symbols("m", real=True)
s = sp.symbols("s", positive=True)
Ss = sp.symbols("S1:4", real=True)
Sb = sum(Ss) / 3
Eb = E_normal(sum((q - Sb) ** 2 for q in Ss) / 3, {q: (m, s) for q in Ss})
L.step(sp.expand(Eb - sp.Rational(2, 3) * s ** 2) == 0 and sp.Rational(n - 1, n) == sp.Rational(5, 6))
L.step(sp.Rational(n - 1, n) == sp.Rational(5, 6))
L.step(True, note="s^2 = n/(n-1) sigma-hat^2")

# --- Exercise 3.4: KL ---
m1, m2 = sp.symbols("mu1 mu2", real=True)
s1, s2_ = sp.symbols("sigma1 sigma2", positive=True)
xx_ = sp.symbols("x", real=True)
lp = -sp.log(sp.sqrt(2 * sp.pi) * s1) - (xx_ - m1) ** 2 / (2 * s1 ** 2)
lq = -sp.log(sp.sqrt(2 * sp.pi) * s2_) - (xx_ - m2) ** 2 / (2 * s2_ ** 2)
KLf = sp.log(s2_ / s1) + (s1 ** 2 + (m1 - m2) ** 2) / (2 * s2_ ** 2) - sp.Rational(1, 2)
EP = lambda e: E_normal(e, {xx_: (m1, s1)})
KLtrue = EP(sp.expand(lp - lq))
L.define(2, "p, q"); L.step(sp.simplify(sp.expand_log(KLtrue - KLf, force=True)) == 0)
L.define(note="KL definition")
L.step(same(sp.expand_log(lp - lq, force=True), sp.log(s2_ / s1) - (xx_ - m1) ** 2 / (2 * s1 ** 2) + (xx_ - m2) ** 2 / (2 * s2_ ** 2), positive=True))
L.step(sp.expand(EP((xx_ - m1) ** 2) - s1 ** 2) == 0); L.step(True, note="X - mu2 = (X - mu1) + (mu1 - mu2)")
EPm2 = EP((xx_ - m2) ** 2)
L.step(sp.simplify(EPm2 - (s1 ** 2 + (m1 - m2) ** 2)) == 0); L.step(True, note="2 * 0 * (mu1 - mu2) = 0")
L.step(sp.simplify(KLtrue - (sp.log(s2_ / s1) - s1 ** 2 / (2 * s1 ** 2) + (s1 ** 2 + (m1 - m2) ** 2) / (2 * s2_ ** 2))) == 0)
L.step(True, note="-sigma1^2/(2 sigma1^2) = -1/2")
L.define(4, "p, q, sigma1, sigma2")
kl = lambda a1, v1, a2, v2: KLf.subs({m1: a1, s1: sp.sqrt(v1), m2: a2, s2_: sp.sqrt(v2)})
kpq, kqp = kl(0, 1, 1, 4), kl(1, 4, 0, 1)
L.step(sp.simplify(kpq - (sp.log(2) + sp.Rational(2, 8) - sp.Rational(1, 2))) == 0)
L.step(rounds("0.6931", sp.log(2))); L.step(rounds("0.4431", R("0.6931") + R("0.25") - R("0.5"), kpq))
L.define(2, "sigma1 = 2, sigma2 = 1")
L.step(sp.simplify(kqp - (sp.log(2) + sp.Rational(5, 2) - sp.Rational(1, 2))) == 0, note="ln(1/2)")
L.step(rounds("0.6931", sp.log(2))); L.step(R("0.6931") + R("2.5") - R("0.5") == R("2.6931"))
L.step(substituted(kqp - kpq, lambda p_, q_: p_ - q_, "~2.6931", "~0.4431"),
       carried=substituted(sp.log(2) + 2 - kpq, lambda p_, q_: p_ - q_, "~2.6931", "~0.4431"))
L.step(R("2.6931") - R("0.4431") == R("2.25"))
L.step(sp.simplify(KLf.subs({s1: 1, s2_: 1, m2: 0}) - m1 ** 2 / 2) == 0)

# --- Exercise 3.5: GD and momentum ---
w1, w2 = sp.symbols("w1 w2", real=True)
f = w1 ** 2 + 3 * w2 ** 2
grad = lambda P: sp.Matrix([sp.diff(f, w1), sp.diff(f, w2)]).subs({w1: P[0], w2: P[1]})
fv = lambda P: f.subs({w1: P[0], w2: P[1]})
eta = R("0.1")
w0 = sp.Matrix([2, 1])
L.define(3, "f, w0, eta"); L.define(note="GD rule"); L.define(2, "beta, v0")
L.step(list(sp.Matrix([sp.diff(f, w1), sp.diff(f, w2)])) == [2 * w1, 6 * w2]); L.step(list(grad(w0)) == [4, 6])
g1 = w0 - eta * grad(w0)
L.step(g1 == w0 - eta * sp.Matrix([4, 6])); L.step(list(g1) == [R("1.6"), R("0.4")])
g2 = g1 - eta * grad(g1)
L.step(g2 == g1 - eta * sp.Matrix([R("3.2"), R("2.4")])); L.step(list(g2) == [R("1.28"), R("0.16")])
L.step(fv(w0) == 4 + 3); L.step(fv(w0) == 7)
L.step(fv(g1) == R("2.56") + R("0.48")); L.step(fv(g1) == R("3.04"))
L.step(fv(g2) == R("1.6384") + R("0.0768")); L.step(fv(g2) == R("1.7152"))
L.step((w1 - eta * 2 * w1) == (1 - 2 * eta) * w1); L.step(1 - 2 * eta == R("0.8"))
L.step(sp.expand(w2 - eta * 6 * w2 - (1 - 6 * eta) * w2) == 0); L.step(1 - 6 * eta == R("0.4"))
H = sp.hessian(f, (w1, w2))
L.step(max(H.eigenvals()) == 6)
L.define(note="eta < 2/L (condition)"); L.step(sp.Rational(2, 6) == sp.Rational(1, 3))
L.define(2, "momentum rule")
beta = R("0.9")
v = sp.Matrix([0, 0]); w = w0
hist = []
for _ in range(3):
    gg = grad(w)
    v = beta * v + gg
    w = w - eta * v
    hist.append((gg, v, w))
(gA, v1, mw1), (gB, v2, mw2), (gC, v3, mw3) = hist
L.step(v1 == grad(w0)); L.step(list(v1) == [4, 6]); L.step(mw1 == w0 - eta * sp.Matrix([4, 6])); L.step(list(mw1) == [R("1.6"), R("0.4")])
L.step(list(gB) == [R("3.2"), R("2.4")]); L.step(v2 == beta * v1 + gB); L.step(list(v2) == [R("6.8"), R("7.8")])
L.step(mw2 == mw1 - eta * v2); L.step(list(mw2) == [R("0.92"), R("-0.38")]); L.step(list(gC) == [R("1.84"), R("-2.28")])
L.step(v3 == beta * v2 + gC); L.step(list(beta * v2 + gC) == [R("6.12") + R("1.84"), R("7.02") - R("2.28")])
L.step([R("6.12") + R("1.84"), R("7.02") - R("2.28")] == [R("7.96"), R("4.84")], note="4.74")
wv3 = sp.Matrix([R("7.96"), R("4.84")])
L.step(mw3 == mw2 - eta * wv3, carried=True)
L.step(list(mw2 - eta * wv3) == [R("0.124"), R("-0.864")])
L.step(fv(mw2) == R("0.8464") + R("0.4332")); L.step(R("0.8464") + R("0.4332") == R("1.2796"))
wmw3 = sp.Matrix([R("0.124"), R("-0.864")])
L.step(fv(mw3) == R("0.124") ** 2 + 3 * R("0.864") ** 2, carried=fv(wmw3) == R("0.124") ** 2 + 3 * R("0.864") ** 2)
L.step(rounds("0.0154", R("0.124") ** 2) and rounds("2.2395", 3 * R("0.864") ** 2))
L.step(R("0.0154") + R("2.2395") == R("2.2549"))

# --- Exercise 3.6: limits ---
nn_, xx = sp.symbols("n x", positive=True)
L.step(sp.limit((1 + 2 / nn_) ** nn_, nn_, sp.oo) == sp.exp(2))
L.step(sp.limit((1 - sp.cos(xx)) / xx ** 2, xx, 0) == sp.limit(sp.sin(xx) / (2 * xx), xx, 0)); L.step(sp.limit(sp.sin(xx) / (2 * xx), xx, 0) == sp.Rational(1, 2))
L.step(sp.limit((sp.exp(xx) - 1 - xx) / xx ** 2, xx, 0) == sp.limit((sp.exp(xx) - 1) / (2 * xx), xx, 0))
L.step(sp.limit((sp.exp(xx) - 1) / (2 * xx), xx, 0) == sp.limit(sp.exp(xx) / 2, xx, 0)); L.step(sp.limit(sp.exp(xx) / 2, xx, 0) == sp.Rational(1, 2))
lim2n = sp.limit((1 - 1 / nn_) ** (2 * nn_), nn_, sp.oo)
L.step(lim2n == sp.limit((1 - 1 / nn_) ** nn_, nn_, sp.oo) ** 2); L.step(lim2n == sp.exp(-sp.Rational(1, 2)), note="e^-2")

# --- Exercise 3.7: sums ---
k = sp.symbols("k", integer=True, positive=True)
nsym = sp.symbols("n", integer=True, positive=True)
L.define(note="n = 10")
L.step(sp.simplify(sp.summation(k, (k, 1, nsym)) - nsym * (nsym + 1) / 2) == 0)
L.step(sp.simplify(sp.summation(k ** 2, (k, 1, nsym)) - nsym * (nsym + 1) * (2 * nsym + 1) / 6) == 0)
L.define(note="n = 10"); L.step(sp.summation(k, (k, 1, 10)) == 55)
L.step(sp.summation(k ** 2, (k, 1, 10)) == sp.Rational(10 * 11 * 21, 6)); L.step(sp.Rational(10 * 11 * 21, 6) == 395, note="385")
L.step(sp.summation(k * (k + 1), (k, 1, 10)) == sp.summation(k ** 2, (k, 1, 10)) + sp.summation(k, (k, 1, 10)))
L.step(sp.summation(k ** 2, (k, 1, 10)) + 55 == 395 + 55, carried=True); L.step(395 + 55 == 450)
L.step(sp.simplify(sp.summation(k * (k + 1), (k, 1, nsym)) - nsym * (nsym + 1) * (nsym + 2) / 3) == 0)
L.step(sp.expand(k * (k + 1) - (k * (k + 1) * (k + 2) - (k - 1) * k * (k + 1)) / 3) == 0)
geo = sp.summation(R("0.5") ** k, (k, 0, 9))
L.step(geo == (1 - R("0.5") ** 10) / (1 - R("0.5"))); L.step((1 - R("0.5") ** 10) / (1 - R("0.5")) == 2 * (1 - sp.Rational(1, 1024)))
L.step(rounds("1.9980", geo))
L.step(sp.summation(R("0.5") ** k, (k, 0, sp.oo)) == 1 / (1 - R("0.5"))); L.step(1 / (1 - R("0.5")) == 2)

# --- errata ---
L.step(sdZ == sp.sqrt(48)); L.step(rounds("6.9282", sdZ))
L.step(p ** 2 * VN == R("0.25") ** 2 * VN); L.step(R("0.25") ** 2 * VN == R("0.0625") * 4); L.step(R("0.0625") * 4 == R("0.25"))
L.step(VS_direct == R("0.75") + R("0.25")); L.step(R("0.75") + R("0.25") == 1); L.step(VS_direct == ES_direct)
L.step(R("0.64") + R("1.21") + R("0.16") + R("0.04") + R("0.25") == R("2.30")); L.step(rounds("0.3833", s2hat))
L.step(rounds("-5.6371", ellmax, approx=True))
L.step(sp.Rational(1, 2) == sp.sqrt(1) / sp.sqrt(4)); L.step(rounds("-0.6931", sp.log(sp.Rational(1, 2))))
L.step(substituted(kqp, lambda q: q + R("2.5") - R("0.5"), "~-0.6931")); L.step(rounds("1.3069", R("-0.6931") + 2, kqp))
L.step(R("7.02") - R("2.28") == R("4.74")); L.step(list(mw3) == [R("0.124"), R("-0.854")])
L.step(substituted(fv(mw3), lambda p_, q_: p_ + q_, "~0.0154", "~2.1879")); L.step(R("0.0154") + R("2.1879") == R("2.2033"))
L.step(fv(mw2) == R("1.2796"))
L.step(lim2n == sp.exp(-2)); L.step(sp.summation(k ** 2, (k, 1, 10)) == 385)
L.step(sp.summation(k * (k + 1), (k, 1, 10)) == 440); L.step(sp.Rational(10 * 11 * 12, 3) == 440)
L.done()
