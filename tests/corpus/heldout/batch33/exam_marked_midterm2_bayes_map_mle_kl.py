"""Labels for exam_marked_midterm2_bayes_map_mle_kl.tex: a candidate's midterm script as returned,
with the marker's margin notes (`\\marginpar`: ticks, "-1", the right value beside a wrong one; their
math is inside braces and carries no labels): Beta(2, 2) prior with 9 heads in 12 (posterior, mean,
mode, weighted average, sd, interval, predictive); MAP for a linear-Gaussian model as regularised MSE
(lambda, normal equations, 3x2 design, comparison with least squares) and the coin's MAP as penalised
cross-entropy; Poisson-Gamma (posterior, moments, MLE, weighted average, predictive P(0)); Gaussian
MLE with data, maximised log-likelihood, SE; Gaussian and Poisson KL."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

zero = lambda e: abs(sp.N(e, 50)) < sp.Float("1e-40")   # exact identity, to 40 digits

L = Labels("batch33/exam_marked_midterm2_bayes_map_mle_kl.tex")
th = sp.symbols("theta", positive=True)
M = sp.Matrix
# ---- Q1
a0, b0, n, k = 2, 2, 12, 9
L.define(4, "prior, alpha = beta = 2, n, k")
L.step(True, note="Bayes: posterior proportional to likelihood times prior")
L.step(same(th ** k * (1 - th) ** (n - k) * th ** (a0 - 1) * (1 - th) ** (b0 - 1), th ** 9 * (1 - th) ** 3 * th * (1 - th)))
L.step(same(th ** 9 * (1 - th) ** 3 * th * (1 - th), th ** 10 * (1 - th) ** 4))
al, be = a0 + k, b0 + n - k
L.step((al, be) == (11, 5))
kern = th ** 10 * (1 - th) ** 4
Z = sp.integrate(kern, (th, 0, 1))
mean = sp.integrate(th * kern, (th, 0, 1)) / Z
E2 = sp.integrate(th ** 2 * kern, (th, 0, 1)) / Z
var = E2 - mean ** 2
mode = sp.solve(sp.diff(sp.log(kern), th), th)[0]
L.step(mean == sp.Rational(al, al + be)); L.step(mean == sp.Rational(11, 16)); L.step(sp.Rational(11, 16) == R("0.6875"))
L.step(mode == sp.Rational(al, al + be), note="mean given as mode; mode = 10/14"); L.step(sp.Rational(al, al + be) == R("0.6875"))
mle = sp.Rational(k, n)
L.step(mle == sp.Rational(9, 12)); L.step(sp.Rational(9, 12) == R("0.75"))
L.step(R("0.5") < mode); L.step(mode == R("0.6875"), carried=True); L.step(R("0.6875") < R("0.75"))
L.step(sp.Rational(11, 16) == sp.Rational(4, 16) * R("0.5") + sp.Rational(12, 16) * R("0.75"))
L.step(sp.Rational(4, 16) * R("0.5") == R("0.125") and sp.Rational(12, 16) * R("0.75") == R("0.5625")); L.step(R("0.125") + R("0.5625") == R("0.6875"))
vform = sp.Rational(al * be, (al + be) ** 2 * (al + be + 1))
assert var == vform
L.step(sp.sqrt(var) == vform, note="variance, not sd")
L.step(vform == sp.Rational(55, 256 * 17)); L.step(256 * 17 == 4352); L.step(rounds("0.0126", sp.Rational(55, 4352)))
L.define(note="interval I = mean +- 2 sd")
sd = sp.sqrt(var)
L.step(substituted(mean - 2 * sd, lambda m_, s_: m_ - 2 * s_, "~0.6875", "~0.0126"),
       carried=substituted(mean - 2 * var, lambda m_, s_: m_ - 2 * s_, "~0.6875", "~0.0126"), note="mean +- 2 * 0.0126 (the variance)")
assert R("0.6875") - 2 * R("0.0126") == R("0.6623") and R("0.6875") + 2 * R("0.0126") == R("0.7127")
L.step(R("0.6875") - 2 * R("0.0126") == R("0.6623") and R("0.6875") + 2 * R("0.0126") == R("0.7127"))
L.step(True, note="P(HH | k) = E[theta^2 | k]")
L.step(E2 == sp.Rational(al * (al + 1), (al + be) * (al + be + 1))); L.step(sp.Rational(al * (al + 1), (al + be) * (al + be + 1)) == sp.Rational(11 * 12, 16 * 17))
L.step(sp.Rational(11 * 12, 16 * 17) == sp.Rational(132, 272)); L.step(rounds("0.4853", sp.Rational(132, 272)))
L.step(rounds("0.4727", R("0.6875") ** 2)); L.step(R("0.4853") > R("0.4727"))
L.step(R("0.4853") - R("0.4727") == R("0.0126") and rounds("0.0126", var))
# ---- Q2
L.define(4, "model, J, sigma^2 = tau^2 = 1")
ws = sp.symbols("w1 w2", real=True)
w = M(ws)
X = M([[1, 0], [1, 1], [1, 2]]); y = M([1, 2, 2]); N = 3
s2, t2 = sp.symbols("s2 t2", positive=True)
sse = ((y - X * w).T * (y - X * w))[0]
nlp = sse / (2 * s2) + (w.T * w)[0] / (2 * t2)
# -ln N(y | Xw, s2 I) - ln N(w | 0, t2 I) = nlp + const (const free of w)
dens = -sum((y[i] - (X[i, :] * w)[0]) ** 2 for i in range(N)) / (2 * s2) - N * sp.log(2 * sp.pi * s2) / 2 \
    - (w.T * w)[0] / (2 * t2) - sp.log(2 * sp.pi * t2)
assert all(sp.simplify(sp.diff(-dens - nlp, v)) == 0 for v in ws)
L.step(True, note="Bayes, -ln of the posterior"); L.step(True, note="Gaussian log densities, checked above")
def argmin(expr):
    sol = sp.solve([sp.diff(expr, v) for v in ws], ws, dict=True)[0]
    return M([sol[v] for v in ws])
wmap_sym = argmin(nlp)
L.step(True, note="argmin of -ln posterior")
Jw = sse / N + s2 / t2 * (w.T * w)[0]
L.step(sp.simplify(argmin(Jw) - wmap_sym) == M([0, 0]), note="lambda = s2 / (n t2)")
Jr = sse / N + s2 / (N * t2) * (w.T * w)[0]
assert sp.simplify(argmin(Jr) - wmap_sym) == M([0, 0])
lam_claim = s2 / t2
coef_true = sp.Poly(sp.expand(Jr), *ws).coeff_monomial(ws[0] ** 2) - sp.Rational(sum(X[i, 0] ** 2 for i in range(N)), N)
coef_writer = sp.Poly(sp.expand(Jw), *ws).coeff_monomial(ws[0] ** 2) - sp.Rational(sum(X[i, 0] ** 2 for i in range(N)), N)
L.step(sp.simplify(coef_true - lam_claim) == 0, carried=sp.simplify(coef_writer - lam_claim) == 0)
L.step(lam_claim.subs({s2: 1, t2: 1}) == 1)
L.define(3, "X, y, n")
lam = sp.symbols("lambda", positive=True)
Jl = sse / N + lam * (w.T * w)[0]
grad = M([sp.diff(Jl, v) for v in ws])
L.step(sp.simplify(grad - (-sp.Rational(2, N) * X.T * (y - X * w) + 2 * lam * w)) == M([0, 0])); L.define(note="= 0")
L.step(sp.simplify(grad * N / 2 - ((X.T * X + N * lam * sp.eye(2)) * w - X.T * y)) == M([0, 0]))
lam_true = sp.Rational(1, N)            # sigma^2 / (n tau^2) with sigma^2 = tau^2 = 1
lam_w = 1
L.step(X.T * X == M([[3, 3], [3, 5]])); L.step(X.T * y == M([5, 6]))
A_true = X.T * X + N * lam_true * sp.eye(2); A_w = X.T * X + N * lam_w * sp.eye(2)
L.step(A_true == M([[6, 3], [3, 8]]), carried=A_w == M([[6, 3], [3, 8]]))
L.step(A_true.det() == 48 - 9, carried=A_w.det() == 48 - 9); L.step(48 - 9 == 39)
wmap = A_true.inv() * X.T * y
assert wmap == wmap_sym.subs({s2: 1, t2: 1}) == M([R("0.8"), R("0.6")])
L.step(wmap == sp.Rational(1, 39) * M([[8, -3], [-3, 6]]) * M([5, 6]),
       carried=A_w.inv() * X.T * y == sp.Rational(1, 39) * M([[8, -3], [-3, 6]]) * M([5, 6]))
L.step(sp.Rational(1, 39) * M([[8, -3], [-3, 6]]) * M([5, 6]) == sp.Rational(1, 39) * M([22, 21]))
L.step(rounds("0.5641", sp.Rational(22, 39)) and rounds("0.5385", sp.Rational(21, 39)))
wols = (X.T * X).inv() * X.T * y
L.step(True, note="normal equations"); L.step((X.T * X).inv() == sp.Rational(1, 6) * M([[5, -3], [-3, 3]]))
L.step(sp.Rational(1, 6) * M([[5, -3], [-3, 3]]) * M([5, 6]) == sp.Rational(1, 6) * M([7, 3]))
L.step(rounds("1.1667", wols[0]) and wols[1] == R("0.5"))
nw = sp.sqrt(wmap[0] ** 2 + wmap[1] ** 2); nw_w = sp.sqrt(sp.Rational(22, 39) ** 2 + sp.Rational(21, 39) ** 2)
L.step(rounds("0.7798", nw), carried=rounds("0.7798", nw_w)); L.step(R("0.7798") < R("1.2693"))
L.step(rounds("1.2693", sp.sqrt(wols[0] ** 2 + wols[1] ** 2)))
# Q2(d): the coin's negative log posterior
nlpc = -sp.log(th ** 9 * (1 - th) ** 3 * th * (1 - th))
half = sp.symbols("half", positive=True)         # theta = half / (1 + half) ranges over (0, 1)
on01 = lambda e: e.subs(th, half / (1 + half))
L.step(same(on01(nlpc), on01(-(9 * sp.log(th) + 3 * sp.log(1 - th)) - (sp.log(th) + sp.log(1 - th)))), note="up to the Beta(2,2) normaliser")
L.step(same(sp.diff(nlpc, th), -10 / th + 4 / (1 - th))); L.define(note="= 0")
L.step(sp.solve(sp.diff(nlpc, th), th) == [sp.Rational(10, 14)]); L.step(rounds("0.7143", sp.Rational(10, 14)))
# ---- Q3
lm = sp.symbols("lambda", positive=True)
xs = [3, 5, 2, 4]; a0, b0 = 2, 1
L.define(3, "x, alpha, beta")
L.step(len(xs) == 4); L.step(sum(xs) == 14)
lik = sp.prod([lm ** x * sp.exp(-lm) / sp.factorial(x) for x in xs])
prior = lm ** (a0 - 1) * sp.exp(-b0 * lm)
L.step(sp.simplify(lik * prior / (lm ** 14 * sp.exp(-4 * lm) * lm * sp.exp(-lm))).free_symbols == set(), note="proportional")
L.step(same(lm ** 14 * sp.exp(-4 * lm) * lm * sp.exp(-lm), lm ** 15 * sp.exp(-5 * lm)))
ap, bp = a0 + sum(xs), b0 + len(xs)
L.step(ap == 16); L.step(bp == 5)
g = lm ** 15 * sp.exp(-5 * lm)
Zg = sp.integrate(g, (lm, 0, sp.oo))
Em = sp.integrate(lm * g, (lm, 0, sp.oo)) / Zg
Vm = sp.integrate(lm ** 2 * g, (lm, 0, sp.oo)) / Zg - Em ** 2
md = sp.solve(sp.diff(sp.log(g), lm), lm)[0]
L.step(Em == sp.Rational(16, 5)); L.step(sp.Rational(16, 5) == R("3.2"))
L.step(md == sp.Rational(16 - 1, 5)); L.step(sp.Rational(15, 5) == 3)
L.step(Vm == sp.Rational(16, 25)); L.step(sp.Rational(16, 25) == R("0.64"))
L.step(sp.sqrt(R("0.64")) == R("0.8") and sp.sqrt(Vm) == R("0.8"))
ll = sp.log(lik)
L.step(sp.simplify(sp.diff(ll - (14 * sp.log(lm) - 4 * lm), lm)) == 0)
L.step(same(sp.diff(14 * sp.log(lm) - 4 * lm, lm), 14 / lm - 4)); L.define(note="= 0")
L.step(sp.solve(sp.diff(ll, lm), lm) == [R("3.5")])
xbar = sp.Rational(sum(xs), len(xs))
wav = sp.Rational(b0, b0 + 4) * sp.Rational(a0, b0) + sp.Rational(4, b0 + 4) * xbar
L.step(wav == Em); L.step(wav == sp.Rational(1, 5) * 2 + sp.Rational(4, 5) * R("3.5"))
L.step(sp.Rational(1, 5) * 2 == R("0.4") and sp.Rational(4, 5) * R("3.5") == R("2.8")); L.step(R("0.4") + R("2.8") == R("3.2"))
p0 = sp.integrate(sp.exp(-lm) * g, (lm, 0, sp.oo)) / Zg
L.step(p0 == (sp.Rational(bp, bp + 1)) ** ap); L.step((sp.Rational(bp, bp + 1)) ** ap == sp.Rational(5, 6) ** 16)
L.step(rounds("0.0514", sp.Rational(5, 6) ** 16), note="0.0541")
# ---- Q4
mu, v = sp.symbols("mu v", positive=True)
xd = [R("2.0"), R("3.5"), R("1.5"), R("4.0"), R("4.0")]; nn = len(xd)
xsym = sp.symbols("y1:6", real=True)
ell = sum(-sp.log(2 * sp.pi * v) / 2 - (x - mu) ** 2 / (2 * v) for x in xsym)
L.step(same(ell, -sp.Rational(nn, 2) * sp.log(2 * sp.pi * v) - sum((x - mu) ** 2 for x in xsym) / (2 * v), positive=False))
L.step(same(sp.diff(ell, mu), -sum(x - mu for x in xsym) / v, positive=False), note="sign")
L.define(note="= 0"); L.step(sp.solve(sp.diff(ell, mu), mu) == [sum(xsym) / nn])
L.step(same(sp.diff(ell, v), -sp.Rational(nn, 2) / v + sum((x - mu) ** 2 for x in xsym) / (2 * v ** 2), positive=False))
L.define(note="= 0")
xb = sum(xsym) / nn
L.step(sp.simplify(sp.solve(sp.diff(ell.subs(mu, xb), v), v)[0] - sum((x - xb) ** 2 for x in xsym) / nn) == 0)
xbar = sum(xd) / nn
L.step(sum(xd) == 15 and xbar == sp.Rational(15, 5)); L.step(xbar == R("3.0"))
assert [x - xbar for x in xd] == [-1, R("0.5"), R("-1.5"), 1, 1]
SS = sum((x - xbar) ** 2 for x in xd)
L.step(SS == 1 + R("0.25") + R("2.25") + 1 + 1); L.step(SS == R("5.5"))
vh = SS / nn
L.step(vh == R("5.5") / 5); L.step(vh == R("1.1")); L.step(sp.sqrt(vh) == sp.sqrt(R("1.1"))); L.step(rounds("1.0488", sp.sqrt(R("1.1"))))
L.step(SS / (nn - 1) == R("5.5") / 4); L.step(R("5.5") / 4 == R("1.375")); L.step(R("1.375") > vh)
ellmax = sum(-sp.log(2 * sp.pi * vh) / 2 - (x - xbar) ** 2 / (2 * vh) for x in xd)
L.step(zero(ellmax - (-sp.Rational(nn, 2) * (sp.log(2 * sp.pi * vh) + 1))))
L.step(rounds("6.9115", 2 * sp.pi * vh) and zero(-sp.Rational(nn, 2) * (sp.log(2 * sp.pi * vh) + 1) + R("2.5") * (sp.log(2 * sp.pi * vh) + 1)))
L.step(rounds("1.9332", sp.log(R("6.9115")), sp.log(2 * sp.pi * vh)))
L.step(rounds("-7.3330", R("-2.5") * (R("1.9332") + 1), ellmax))
L.step(True, note="SE of the mean"); L.step(rounds("2.2361", sp.sqrt(5)) and substituted(sp.sqrt(vh) / sp.sqrt(5), lambda p, q: p / q, "~1.0488", "~2.2361"))
L.step(rounds("0.4690", R("1.0488") / R("2.2361"), sp.sqrt(vh / 5)))
# ---- Q5
L.define(2, "p, q")
xx = sp.symbols("xx", real=True)


def kl_num(m1, v1, m2, v2):
    p = sp.exp(-(xx - m1) ** 2 / (2 * v1)) / sp.sqrt(2 * sp.pi * v1)
    lr = (-(xx - m1) ** 2 / (2 * v1) - sp.log(v1) / 2) - (-(xx - m2) ** 2 / (2 * v2) - sp.log(v2) / 2)
    return sp.Integral(p * lr, (xx, -40, 40)).evalf(30)


klf = lambda m1, v1, m2, v2: sp.log(sp.sqrt(v2) / sp.sqrt(v1)) + (v1 + (m1 - m2) ** 2) / (2 * v2) - sp.Rational(1, 2)
L.step(all(abs(kl_num(*t) - klf(*t)) < 1e-20 for t in [(0, 1, 1, 2), (1, 2, 0, 1), (R("0.4"), R("1.7"), R("-0.9"), R("0.6"))]))
kpq, kqp = klf(0, 1, 1, 2), klf(1, 2, 0, 1)
L.step(same(kpq, sp.log(2) + sp.Rational(1 + 1, 4) - sp.Rational(1, 2)), note="ln sqrt 2")
L.step(substituted(sp.log(2) + sp.Rational(2, 4) - sp.Rational(1, 2), lambda c: c + R("0.5") - R("0.5"), "~0.6931"))
L.step(R("0.6931") + R("0.5") - R("0.5") == R("0.6931"))
L.step(same(kqp, sp.log(1 / sp.sqrt(2)) + sp.Rational(2 + 1, 2) - sp.Rational(1, 2)))
L.step(substituted(kqp, lambda c: c + 1, "~-0.3466")); L.step(rounds("0.6534", R("-0.3466") + 1, kqp))
L.step(rounds("0.6931", kpq), carried=True); L.step(R("0.6931") > R("0.6534")); L.step(rounds("0.6534", kqp))
L.define(2, "P, Q")
kk = sp.symbols("kk", integer=True, nonnegative=True)
P = lambda l_: sp.exp(-l_) * l_ ** kk / sp.factorial(kk)
L.define(note="KL definition")
klp = sp.N(sp.Sum(P(3) * (kk * sp.log(sp.Rational(3, 2)) - 3 + 2), (kk, 0, 200)).doit(), 30)
L.step(abs(klp - sp.N(3 * sp.log(sp.Rational(3, 2)) + 2 - 3, 30)) < 1e-20)
L.step(rounds("1.2164", 3 * sp.log(sp.Rational(3, 2)))); L.step(R("1.2164") - 1 == R("0.2164"))
L.step(R("0.2164") > 0)
L.done()
