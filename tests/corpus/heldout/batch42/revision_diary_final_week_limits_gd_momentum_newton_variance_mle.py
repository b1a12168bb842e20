"""Labels for revision_diary_final_week_limits_gd_momentum_newton_variance_mle.tex: a student's revision diary for
the week before a final (one dated entry a day with hours and mood, to-do boxes, lower-case asides, a Saturday entry
checking the week against the solutions, a draft formula sheet). Limits (standard ones, l'Hopital twice, 1^infinity,
rational, conjugates, 0 times infinity) with (1 - 1/n)^n -> e and (sqrt(1 + x) - 1)/x -> 1; sums with the k = 1
geometric sum given as 3/2; GD on (w1 - 1)^2 + 3(w2 + 2)^2 (an addition slip in f(w_2)), step-size facts, heavy-ball
momentum for three steps; Newton on w^2 + e^{-w} with g'' = 2 - e^{-w} (carried into a 0, 1, 0 cycle), redone on
Thursday with the error table and rate constant; Newton in one step on the quadratic; variance laws (Var(3X - Y)
with the 3 subtracted, Cov(X + Y, X - Y) = 1 for -1), binomial, a random sum by total variance, the standard error
as sigma/n; a Gaussian MLE on six points (sqrt(0.1533) as 0.3951, ln 0.9634 with the wrong sign); last year's
paper (1-D GD, momentum's terminal velocity, variances, a Poisson MLE); the formula sheet's Var(X - Y) =
Var X - Var Y."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from sympy import stats as st  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch42/revision_diary_final_week_limits_gd_momentum_newton_variance_mle.tex")
ok, ds = L.step, L.define
x, n, k, q, p = sp.symbols("x n k q p", positive=True)
lim = sp.limit

# Monday: limits and sums
ok(lim(sp.sin(3 * x) / x, x, 0) == 3); ok(lim((1 - sp.cos(x)) / x ** 2, x, 0) == sp.Rational(1, 2))
ok(lim(sp.log(1 + 2 * x) / x, x, 0) == 2); ok(lim(sp.tan(x) / x, x, 0) == 1)
a1 = lim((sp.exp(x) - 1 - x) / x ** 2, x, 0); a2 = lim((sp.exp(x) - 1) / (2 * x), x, 0); a3 = lim(sp.exp(x) / 2, x, 0)
ok(a1 == a2); ok(a2 == a3); ok(a3 == sp.Rational(1, 2))
ok(lim((1 + 2 / x) ** x, x, sp.oo) == sp.exp(2))
L.step(lim((1 - 1 / n) ** n, n, sp.oo) == sp.E, note="1/e")
b1 = lim((3 * x ** 2 + x) / (5 * x ** 2 - 2), x, sp.oo); b2 = lim((3 + 1 / x) / (5 - 2 / x ** 2), x, sp.oo)
ok(b1 == b2); ok(b2 == sp.Rational(3, 5))
c1 = lim((x ** 2 - 1) / (x - 1), x, 1); c2 = lim(x + 1, x, 1)
ok(c1 == c2); ok(c2 == 2)
d1 = lim(sp.sqrt(x ** 2 + x) - x, x, sp.oo); d2 = lim(x / (sp.sqrt(x ** 2 + x) + x), x, sp.oo)
ok(d1 == d2); ok(d2 == sp.Rational(1, 2))
L.step(lim((sp.sqrt(1 + x) - 1) / x, x, 0) == 1, note="1/2")
ok(lim(x * sp.exp(-x), x, sp.oo) == 0)
e1 = lim(x * sp.log(x), x, 0, "+"); e2 = lim(sp.log(x) / (1 / x), x, 0, "+"); e3 = lim(-x, x, 0, "+")
ok(e1 == e2); ok(e2 == e3); ok(e3 == 0)
ok(sp.summation(sp.Rational(1, 2) ** k, (k, 0, sp.oo)) == 2)
L.step(sp.summation(sp.Rational(1, 3) ** k, (k, 1, sp.oo)) == sp.Rational(3, 2), note="1/2")
ok(sp.simplify(sp.summation(k, (k, 1, n)) - n * (n + 1) / 2) == 0)
ok(sp.summation(1 / k ** 2, (k, 1, sp.oo)) == sp.pi ** 2 / 6)
qq = sp.Rational(2, 7)
ok(sp.summation(k * qq ** (k - 1), (k, 1, sp.oo)) == 1 / (1 - qq) ** 2)
pp = sp.Rational(3, 10)
geo = sp.summation(k * pp * (1 - pp) ** (k - 1), (k, 1, sp.oo))
ok(geo == pp / pp ** 2); ok(pp / pp ** 2 == 1 / pp)

# Tuesday: GD, momentum, Newton
w1, w2 = sp.symbols("w1 w2", real=True)
f = (w1 - 1) ** 2 + 3 * (w2 + 2) ** 2
grad = lambda pt: sp.Matrix([sp.diff(f, v).subs({w1: pt[0], w2: pt[1]}) for v in (w1, w2)])
F = lambda pt: f.subs({w1: pt[0], w2: pt[1]})
ds(note="f"); ok(grad((1, -2)) == sp.zeros(2, 1) and F((1, -2)) == 0)
ok(sp.Matrix([sp.diff(f, v) for v in (w1, w2)]) == sp.Matrix([2 * (w1 - 1), 6 * (w2 + 2)]))
H = sp.hessian(f, (w1, w2)); ok(H == sp.Matrix([[2, 0], [0, 6]]))
ds(3, "GD rule, eta, w0")
eta = R("0.1")
W0 = sp.Matrix([0, 0])
ok(F(W0) == 1 + 12); ok(F(W0) == 13)
G0 = grad(W0); W1 = W0 - eta * G0
ok(G0 == sp.Matrix([-2, 12])); ok(W1 == W0 - R("0.1") * sp.Matrix([-2, 12])); ok(W1 == sp.Matrix([R("0.2"), R("-1.2")]))
ok(F(W1) == R("0.64") + 3 * R("0.64")); ok(F(W1) == R("2.56"))
G1 = grad(W1); W2 = W1 - eta * G1
ok(G1 == sp.Matrix([R("-1.6"), R("4.8")])); ok(W2 == sp.Matrix([R("0.2") + R("0.16"), R("-1.2") - R("0.48")]))
ok(W2 == sp.Matrix([R("0.36"), R("-1.68")]))
ok(F(W2) == R("0.4096") + R("0.3072")); L.step(F(W2) == R("0.7186"), note="0.7168")
ok(1 - eta * 2 == 1 - R("0.2") and 1 - R("0.2") == R("0.8")); ok(1 - R("0.6") == R("0.4") and 1 - eta * 6 == R("0.4"))
ds(note="eta < 2/lambda_max"); ok(sp.Rational(2, 6) == 2 / H[1, 1]); ok(rounds("0.333", sp.Rational(2, 6)))
kappa = H[1, 1] / H[0, 0]
ok(kappa == sp.Rational(6, 2)); ok(kappa == 3)
# best fixed step minimises max |1 - eta lambda| over the two eigenvalues
et = sp.symbols("et", positive=True)
ok(sp.solve(sp.Eq(1 - et * 2, -(1 - et * 6)), et) == [2 / (H[0, 0] + H[1, 1])]); ok(2 / (H[0, 0] + H[1, 1]) == sp.Rational(2, 8))
ok(sp.Rational(2, 8) == R("0.25"))
ok(abs(1 - R("0.25") * 2) == (kappa - 1) / (kappa + 1) and (kappa - 1) / (kappa + 1) == sp.Rational(2, 4)); ok(sp.Rational(2, 4) == R("0.5"))
ds(note="eta = 0.1"); ok(rounds("0.1074", R("0.8") ** 10))
ds(5, "momentum rules, beta, eta, v0")
beta = R("0.5")
V0 = sp.zeros(2, 1)
V1 = beta * V0 - eta * grad(W0); M1 = W0 + V1
ok(V1 == -R("0.1") * sp.Matrix([-2, 12])); ok(V1 == sp.Matrix([R("0.2"), R("-1.2")])); ok(M1 == sp.Matrix([R("0.2"), R("-1.2")]))
V2 = beta * V1 - eta * grad(M1); M2 = M1 + V2
ok(V2 == R("0.5") * sp.Matrix([R("0.2"), R("-1.2")]) - R("0.1") * sp.Matrix([R("-1.6"), R("4.8")]))
ok(V2 == sp.Matrix([R("0.26"), R("-1.08")])); ok(M2 == sp.Matrix([R("0.46"), R("-2.28")]))
ok(grad(M2) == sp.Matrix([R("-1.08"), R("-1.68")])); ok(F(M2) == R("0.2916") + R("0.2352")); ok(F(M2) == R("0.5268"))
V3 = beta * V2 - eta * grad(M2); M3 = M2 + V3
ok(V3 == R("0.5") * sp.Matrix([R("0.26"), R("-1.08")]) - R("0.1") * sp.Matrix([R("-1.08"), R("-1.68")]))
ok(V3 == sp.Matrix([R("0.238"), R("-0.372")])); ok(M3 == sp.Matrix([R("0.698"), R("-2.652")]))
ok(F(M3) == R("0.302") ** 2 + 3 * R("0.652") ** 2)
ok(substituted(F(M3), lambda u, v: u + v, "~0.0912", "~1.2753") and rounds("0.0912", R("0.302") ** 2) and rounds("1.2753", 3 * R("0.652") ** 2))
ok(rounds("1.3665", R("0.0912") + R("1.2753"), F(M3)))
w = sp.symbols("w", real=True)
g = w ** 2 + sp.exp(-w)
g1, g2 = sp.diff(g, w), sp.diff(g, w, 2)
ds(note="g"); ok(same(g1, 2 * w - sp.exp(-w), positive=False)); L.step(same(g2, 2 - sp.exp(-w), positive=False), note="2 + e^{-w}")
ds(note="w0 = 0")
g2w = 2 - sp.exp(-w)
ds(note="Newton rule")
L.step(0 - g1.subs(w, 0) / g2.subs(w, 0) == 0 - sp.Integer(-1) / 1, carried=g2w.subs(w, 0) == 1)
ok(0 - sp.Integer(-1) / 1 == 1)
wt1 = 0 - g1.subs(w, 0) / g2.subs(w, 0)                              # the true first iterate (1/3)
wc1 = 1                                                               # the diary's
L.step(False, carried=rounds("0.3679", sp.exp(-1)) and same(g1.subs(w, wc1), 2 - sp.exp(-1)) and same(g2w.subs(w, wc1), 2 - sp.exp(-1)),
       note="Newton from the diary's w_1 with the wrong g''")
ok(1 - (2 - R("0.3679")) / (2 - R("0.3679")) == 0)
ds(note="todo beta = 0.9")

# Wednesday: variance laws
X, Y = sp.symbols("X Y")
aa, bb, cxy, vx, vy = sp.symbols("aa bb cxy vx vy", real=True)
Xn, Yn = st.Normal("Xn", 0, sp.sqrt(2)), st.Normal("Yn", 0, sp.sqrt(3))
eqn = lambda u, v: abs(sp.N(u - v, 30)) < 1e-20
ok(st.variance(aa * Xn + bb).simplify() == (aa ** 2 * st.variance(Xn)).simplify())
ok(True, note="Var(X + Y) = Var X + Var Y + 2 Cov")
ok(True, note="Cov(X, X) = Var X")
ds(2, "Var X = 2, Var Y = 3")
V = lambda a, b: (a ** 2 * st.variance(Xn) + b ** 2 * st.variance(Yn)).simplify()
ok(eqn(st.variance(Xn - Yn), 2 + 3)); ok(V(1, -1) == 5)
ok(eqn(st.variance(Xn - 2 * Yn), 2 + 4 * 3)); ok(V(1, -2) == 14)
L.step(eqn(st.variance(3 * Xn - Yn), 9 * 2 - 3), note="9*2 + 3"); ok(9 * 2 - 3 == 15)
cov = sp.N(st.covariance(Xn + Yn, Xn - Yn), 30)
ok(eqn(cov, st.variance(Xn) - st.variance(Yn))); ok(eqn(cov, 2 - 3)); L.step(2 - 3 == 1, note="-1")
Yb = st.Binomial("Yb", 10, R("0.3"))
ok(st.E(Yb) == 3); ok(st.variance(Yb) == 10 * R("0.3") * R("0.7")); ok(st.variance(Yb) == R("2.1")); ds(note="Z := 2Y - 1")
ok(st.E(2 * Yb - 1) == 2 * 3 - 1); ok(st.E(2 * Yb - 1) == 5); ok(st.variance(2 * Yb - 1) == 4 * R("2.1")); ok(st.variance(2 * Yb - 1) == R("8.4"))
ds(note="S := random sum")
Nn = st.Poisson("Nn", 3)
EY, VY = 2, 4                                                    # exponential with mean 2
ES = st.E(EY * Nn); VS = st.E(VY * Nn) + st.variance(EY * Nn)
ok(True, note="tower rule"); ok(True, note="E(S | N) = 2N"); ok(ES == 6)
ok(True, note="law of total variance"); ok(True, note="Var(S | N) = 4N, E[S | N] = 2N")
ok(st.E(VY * Nn) == 12 and st.variance(EY * Nn) == 12); ok(VS == 24)
ok(True, note="E S^2 = Var S + (E S)^2"); ok(VS + ES ** 2 == 24 + 36); ok(24 + 36 == 60)
ds(2, "n = 16, sigma = 2")
ok(True, note="Var of the mean"); ok(sp.Rational(4, 16) == sp.Rational(2 ** 2, 16)); ok(sp.Rational(4, 16) == R("0.25"))
L.step(2 / sp.sqrt(16) == sp.Rational(2, 16), note="2/4"); ok(sp.Rational(2, 16) == R("0.125"))

# Thursday: Newton redo
ok(same(sp.diff(-sp.exp(-w), w), sp.exp(-w), positive=False)); ok(same(g2, 2 + sp.exp(-w), positive=False))
ds(note="w0 = 0")
newton = lambda t: t - g1.subs(w, t) / g2.subs(w, t)
N1 = newton(0)
ok(N1 == 0 - sp.Rational(-1, 3)); ok(rounds("0.3333", N1))
N2 = newton(N1)
ok(substituted(N2, lambda a, b, c: a - (b - c) / (2 + c), "~0.3333", "~0.6667", "~0.7165"))
ok(substituted(N2, lambda a, b, c: a + b / c, "~0.3333", "~0.0498", "~2.7165"))
ok(substituted(N2, lambda a, b: a + b, "~0.3333", "~0.0183") and rounds("0.0183", R("0.0498") / R("2.7165")))
ok(rounds("0.3517", N2))
N3 = newton(N2)
ok(rounds("0.35173", N3))
wstar = sp.nsolve(g1, w, R("0.35"), prec=40)
ok(rounds("0.351734", wstar))
e0, e1, e2 = abs(wstar - 0), abs(wstar - N1), abs(wstar - N2)
ok(rounds("0.3517", e0)); ok(rounds("0.0184", e1)); ok(rounds("0.000044", e2)); ok(rounds("0.13", e2 / e1 ** 2, R("0.000044") / R("0.0184") ** 2))
g3 = sp.diff(g, w, 3)
rate = abs(g3.subs(w, wstar)) / (2 * g2.subs(w, wstar))
ok(substituted(rate, lambda a, b: a / b, "~0.7035", "~5.4069") and rounds("0.7035", abs(g3.subs(w, wstar))) and rounds("5.4069", 2 * g2.subs(w, wstar)))
ok(rounds("0.1301", R("0.7035") / R("5.4069"), rate))
# Newton on the quadratic
ds(note="Newton step rule")
NW = W0 - H.inv() * grad(W0)
ok(H.inv() == sp.Matrix([[sp.Rational(1, 2), 0], [0, sp.Rational(1, 6)]])); ok(NW == sp.Matrix([1, -2])); ok(NW == sp.Matrix([1, -2]) and grad(NW) == sp.zeros(2, 1))
# Gaussian MLE
xs = [R(s) for s in "3.1 2.4 3.6 2.9 3.3 2.7".split()]
ds(note="data, n = 6")
mu, s2 = sp.symbols("mu s2", positive=True)
xi = sp.symbols("xi1:7", real=True)
ell = sum(sp.log(sp.exp(-(t - mu) ** 2 / (2 * s2)) / sp.sqrt(2 * sp.pi * s2)) for t in xi)
ok(same(ell, -3 * sp.log(2 * sp.pi * s2) - sum((t - mu) ** 2 for t in xi) / (2 * s2), [mu, s2, *xi]))
ok(same(sp.diff(ell, mu), sum(t - mu for t in xi) / s2, [mu, s2, *xi]))
ok(sp.solve(sp.diff(ell, mu), mu, check=False)[0] == sum(xi) / 6)
mhat = sum(xi) / 6
ok(same(sp.solve(sp.numer(sp.together(sp.diff(ell, s2).subs(mu, mhat))), s2, check=False)[0], sum((t - mhat) ** 2 for t in xi) / 6, list(xi)))
xbar = sum(xs) / 6
ss = sum((t - xbar) ** 2 for t in xs)
ok(sum(xs) == R("18.0")); ok(xbar == R("3.0")); ok([t - xbar for t in xs] == [R(s) for s in "0.1 -0.6 0.6 -0.1 0.3 -0.3".split()])
ok(ss == R("0.01") + R("0.36") + R("0.36") + R("0.01") + R("0.09") + R("0.09")); ok(ss == R("0.92"))
ok(ss / 6 == R("0.92") / 6); ok(rounds("0.1533", ss / 6))
ok(substituted(sp.sqrt(ss / 6), sp.sqrt, "~0.1533")); L.step(rounds("0.3951", sp.sqrt(R("0.1533")), sp.sqrt(ss / 6)), note="0.3916")
ok(ss / 5 == R("0.92") / 5); ok(ss / 5 == R("0.184")); ok(rounds("0.4290", sp.sqrt(ss / 5)))
llmax = ell.subs({mu: xbar, s2: ss / 6}).subs(dict(zip(xi, xs)))
ok(abs(sp.N(llmax - (-3 * (sp.log(2 * sp.pi * ss / 6) + 1)), 30)) < 1e-25)
ok(substituted(llmax, lambda u: -3 * (sp.log(u) + 1), "~0.9634") and rounds("0.9634", 2 * sp.pi * ss / 6))
L.step(substituted(llmax, lambda u: -3 * (u + 1), "~0.0373"), note="ln 0.9634 = -0.0373")
ok(rounds("-3.1119", -3 * (R("0.0373") + 1)))
ok(True, note="E sigma-hat^2 = (n - 1)/n sigma^2")

# Friday: last year's paper
wt, et = sp.symbols("wt eta", real=True)
ff = (wt - 3) ** 2
ds(note="f"); ds(note="GD rule")
ok(same((wt - et * sp.diff(ff, wt)) - 3, (1 - 2 * et) * (wt - 3), positive=False))
ds(note="eta = 0.75"); ok(1 - R("1.5") == R("-0.5") and 1 - 2 * R("0.75") == R("-0.5")); ds(note="eta = 1.2")
step = lambda t: t - 2 * R("0.75") * (t - 3)
ds(2, "w0 = 0, eta = 0.75")
ok(step(0) == 0 - R("1.5") * (0 - 3)); ok(step(0) == R("4.5"))
ok(step(R("4.5")) == R("4.5") - R("1.5") * R("1.5")); ok(step(R("4.5")) == R("2.25"))
ok(step(R("2.25")) == R("2.25") - R("1.5") * R("-0.75")); ok(step(R("2.25")) == R("3.375"))
vv, gg, ee = sp.symbols("vv gg ee", real=True)
ds(note="terminal velocity")
vt = sp.solve(vv - (R("0.9") * vv - ee * gg), vv)[0]
ok(same(vt, -ee * gg / (1 - R("0.9")), positive=False)); ok(same(vt, -10 * ee * gg, positive=False))
ds(2, "Var X = 1, Var Y = 4")
Xa, Ya = st.Normal("Xa", 0, 1), st.Normal("Ya", 0, 2)
ok(sp.simplify(st.variance(2 * Xa + 3 * Ya - 7)) == 4 + 36); ok(4 + 36 == 40)
ok(sp.simplify(st.variance(Xa / 2 - Ya / 2)) == R("0.25") + 1); ok(R("0.25") + 1 == R("1.25"))
lam = sp.symbols("lambda", positive=True)
cnt = [2, 0, 3, 1, 4]
ellp = sum(c * sp.log(lam) - lam - sp.log(sp.factorial(c)) for c in cnt)
ds(note="ell(lambda)")
ok(same(sp.diff(ellp, lam), 10 / lam - 5)); ds(note="= 0")
lh = sp.solve(sp.diff(ellp, lam), lam)[0]
ok(lh == 2); ok(lh == sp.Rational(sum(cnt), len(cnt)))
ok(sp.diff(ellp, lam, 2).subs(lam, lh) == sp.Rational(-10, 4)); ok(sp.Rational(-10, 4) == R("-2.5"))

# Saturday
ok(lim((sp.sqrt(1 + x) - 1) / x, x, 0) == lim(1 / (sp.sqrt(1 + x) + 1), x, 0)); ok(lim(1 / (sp.sqrt(1 + x) + 1), x, 0) == sp.Rational(1, 2))
aa_ = sp.Rational(-1)
ok(lim((1 + aa_ / n) ** n, n, sp.oo) == sp.exp(aa_) and lim((1 + 3 / n) ** n, n, sp.oo) == sp.exp(3)); ds(note="a = -1")
ok(2 - 3 == -1)

# Sunday: formula sheet
ok(st.variance(aa * Xn + bb).simplify() == (aa ** 2 * st.variance(Xn)).simplify())
L.step(eqn(st.variance(Xn - Yn), st.variance(Xn) - st.variance(Yn)))
Xs = [st.Normal(f"Xs{i}", 0, 2) for i in range(4)]
ok(sp.simplify(st.variance(sum(Xs) / 4)) == sp.Rational(4, 4))
ds(4, "GD rule, stability condition, momentum rules")
ds(note="Newton rule"); ok(rounds("0.13", rate), note="e_{k+1} ~ |g'''|/(2g'') e_k^2, checked on Thursday's numbers")
ok(True, note="mu-hat = x-bar"); ok(True, note="sigma-hat^2 = mean squared deviation")
ok(True, note="E sigma-hat^2 = (n - 1)/n sigma^2")
ok(lim(sp.sin(x) / x, x, 0) == 1); ok(lim((1 + 3 / n) ** n, n, sp.oo) == sp.exp(3))
ok(sp.summation(qq ** k, (k, 0, sp.oo)) == 1 / (1 - qq)); ds(note="|q| < 1")
L.done()
