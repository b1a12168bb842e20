"""Labels for olympiad_solutions_jury_report_limits_series_matrix_calculus_variance_softmax.tex: a competition's
official solutions with the jury's report (problem statements in an `amsthm` problem style, boxed answers, quoted
submissions in a sans-serif `submission` environment, a score table; `\\DeclareMathOperator` for Var, Cov, Corr, E, tr,
softmax, lse, `\\lim`, `\\sum` with infinite and symbolic bounds, `\\approx`, `\\le`, `\\ge`, `pmatrix`, Iverson
brackets): limits by series, by e^a and by l'Hopital; power series for sum k^2/2^k, a telescoping sum, the binomial
theorem; gradients of x^T A x (non-symmetric A), ||Ax - b||^2, ln det X and tr(AX) with numbers; variance of a
linear combination, correlation, covariance by bilinearity, a compound Poisson sum by total variance; the softmax
cross-entropy gradient with numbers and the log-sum-exp bounds. Slips, all in quoted submissions: exponents added in
(1 + 3/n)^{2n}; d(1/x) = 1/x^2 in l'Hopital; sum k^2 x^k over (1 - x)^2 (its value carried); a telescoping sum
1 - 1/n; 2Ax for a non-symmetric A (its gradient step carried); the least-squares gradient without 2; X^{-1} for
X^{-T}; the covariance term's sign (the sd carried); total variance without Var(E[S|N]); p_3 = 0.0315 (the
gradient carried); the gradient of the log-likelihood for the loss's."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch48/olympiad_solutions_jury_report_limits_series_matrix_calculus_variance_softmax.tex")
x = sp.symbols("x", real=True); n = sp.symbols("n", positive=True, integer=True); h = sp.symbols("h", positive=True)
# P1
L.step(sp.series(sp.exp(x), x, 0, 4).removeO() == 1 + x + x ** 2 / 2 + x ** 3 / 6)
q = (sp.exp(x) - 1 - x) / x ** 2
L.step(sp.series(q, x, 0, 2).removeO() == sp.Rational(1, 2) + x / 6); L.step(sp.limit(q, x, 0) == sp.Rational(1, 2))
a_ = sp.symbols("a", positive=True)
L.step(sp.limit((1 + a_ / n) ** n, n, sp.oo) == sp.exp(a_))
lb = sp.limit((1 + 3 / n) ** (2 * n), n, sp.oo)
L.step(lb == sp.limit((1 + 3 / n) ** n, n, sp.oo) ** 2); L.step(sp.limit((1 + 3 / n) ** n, n, sp.oo) ** 2 == sp.exp(3) ** 2)
L.step(sp.exp(3) ** 2 == sp.exp(6)); L.step(rounds("403.43", sp.exp(6), approx=True))
L.define(note="h = 1/n")
lc = sp.limit(n * (sp.exp(1 / n) - 1), n, sp.oo)
L.step(lc == sp.limit((sp.exp(h) - 1) / h, h, 0, "+")); L.step(lc == 1)
xp = sp.symbols("xp", positive=True)
L.step(same(xp ** xp, sp.exp(xp * sp.log(xp))))
L.step(True, note="x ln x = ln x / (1/x)")
L.step(same(sp.diff(sp.log(xp), xp) / sp.diff(1 / xp, xp), (1 / xp) / (-1 / xp ** 2)))
L.step(same((1 / xp) / (-1 / xp ** 2), -xp)); L.step(sp.limit(-xp, xp, 0, "+") == 0 and sp.limit(xp * sp.log(xp), xp, 0, "+") == 0)
L.step(sp.limit(xp ** xp, xp, 0, "+") == sp.exp(0)); L.step(sp.exp(0) == 1)
L.step(lb == sp.exp(3 + 2), note="exponents multiply"); L.step(sp.exp(3 + 2) == sp.exp(5)); L.step(rounds("148.41", sp.exp(5), approx=True))
L.step(same((1 + 3 / xp) ** (2 * xp), ((1 + 3 / xp) ** xp) ** 2))
L.step(True, note="x ln x = ln x / (1/x)")
L.step(same(sp.diff(sp.log(xp), xp) / sp.diff(1 / xp, xp), (1 / xp) / (1 / xp ** 2)), note="d(1/x) = -1/x^2")
L.step(same((1 / xp) / (1 / xp ** 2), xp)); L.step(sp.limit(xp, xp, 0, "+") == 0)
# P2
k = sp.symbols("k", integer=True, nonnegative=True)
L.define(note="|x| < 1")
xr = sp.Rational(1, 3)                                  # a point with |x| < 1
ssum = lambda term, lo: sp.summation(term, (k, lo, sp.oo))
geo = lambda e: sp.simplify(e[0] - e[1].subs(x, xr)) == 0      # (series at x = 1/3, closed form)
L.step(geo((ssum(xr ** k, 0), 1 / (1 - x)))); L.step(geo((ssum(k * xr ** (k - 1), 1), 1 / (1 - x) ** 2)))
L.step(geo((ssum(k * xr ** k, 1), x / (1 - x) ** 2)))
L.step(same(sp.diff(x / (1 - x) ** 2, x).subs(x, xr), ssum(k ** 2 * xr ** (k - 1), 1)))
L.step(same(sp.diff(x / (1 - x) ** 2, x), (1 + x) / (1 - x) ** 3, positive=False))
L.step(geo((ssum(k ** 2 * xr ** k, 1), x * (1 + x) / (1 - x) ** 3)))
L.define(note="x = 1/2")
S2 = ssum(k ** 2 / 2 ** k, 1)
half = sp.Rational(1, 2)
L.step(S2 == half * sp.Rational(3, 2) / half ** 3); L.step(half * sp.Rational(3, 2) / half ** 3 == sp.Rational(3, 4) / sp.Rational(1, 8))
L.step(sp.Rational(3, 4) / sp.Rational(1, 8) == 6 and S2 == 6)
kk = sp.symbols("kk", positive=True)
L.step(same(1 / (kk * (kk + 1)), 1 / kk - 1 / (kk + 1)))
kp = sp.symbols("kp", integer=True, positive=True)
T = sp.summation(1 / (kp * (kp + 1)), (kp, 1, n))
L.step(all(T.subs(n, m) == sum((sp.Rational(1, j) - sp.Rational(1, j + 1)) for j in range(1, m + 1)) for m in range(1, 8)))
L.step(same(T, 1 - 1 / (n + 1))); L.step(same(1 - 1 / (n + 1), n / (n + 1)))
L.step(sp.summation(1 / (kp * (kp + 1)), (kp, 1, sp.oo)) == sp.limit(n / (n + 1), n, sp.oo)); L.step(sp.limit(n / (n + 1), n, sp.oo) == 1)
bsum = lambda m: sum(sp.binomial(m, j) * 2 ** j for j in range(m + 1))
L.step(all(bsum(m) == sum(sp.binomial(m, j) * 2 ** j * 1 ** (m - j) for j in range(m + 1)) for m in range(8)))
L.step(all(bsum(m) == (2 + 1) ** m for m in range(8))); L.step(True, note="(2 + 1)^n = 3^n")
L.step(geo((ssum(k ** 2 * xr ** k, 1), x * (1 + x) / (1 - x) ** 2)), note="(1 - x)^3")
L.step(S2 == half * sp.Rational(3, 2) / half ** 2, carried=(x * (1 + x) / (1 - x) ** 2).subs(x, half) == half * sp.Rational(3, 2) / half ** 2)
L.step(half * sp.Rational(3, 2) / half ** 2 == 3)
L.step(half + sp.Rational(4, 4) + sp.Rational(9, 8) + sp.Rational(16, 16) == R("3.625")); L.step(R("3.625") > 3)
L.step(same(T, 1 - 1 / n)); L.step(same(1 - 1 / n, (n - 1) / n))
L.define(note="n = 1")
# P3
A = sp.Matrix([[1, 2], [0, 3]]); xv = sp.Matrix([1, -1]); bv = sp.Matrix([0, 1]); X = sp.Matrix([[2, 1], [0, 4]])
L.define(4, "A, x, b, X")
x1, x2 = sp.symbols("x1 x2", real=True); xs = sp.Matrix([x1, x2])
Aa = sp.Matrix(2, 2, sp.symbols("a11 a12 a21 a22", real=True))
quad = (xs.T * Aa * xs)[0]
L.step(sp.expand(quad - sum(xs[i] * Aa[i, j] * xs[j] for i in range(2) for j in range(2))) == 0)
L.step(all(sp.expand(sp.diff(quad, xs[kq]) - (sum(Aa[kq, j] * xs[j] for j in range(2)) + sum(xs[i] * Aa[i, kq] for i in range(2)))) == 0 for kq in range(2)))
L.step(all(sp.expand(sp.diff(quad, xs[kq]) - ((Aa * xs)[kq] + (Aa.T * xs)[kq])) == 0 for kq in range(2)))
grad_q = sp.Matrix([sp.diff(quad, v) for v in xs])
L.step(sp.expand(grad_q - (Aa + Aa.T) * xs) == sp.zeros(2, 1))
L.step(A + A.T == sp.Matrix([[2, 2], [2, 6]])); L.step((A + A.T) * xv == sp.Matrix([2 - 2, 2 - 6])); L.step((A + A.T) * xv == sp.Matrix([0, -4]))
fq = sp.expand((xs.T * A * xs)[0]); pt = {x1: 1, x2: -1}
L.step(fq == x1 ** 2 + 2 * x1 * x2 + 3 * x2 ** 2)
L.step(sp.diff(fq, x1).subs(pt) == 2 - 2 and sp.diff(fq, x1) == 2 * x1 + 2 * x2); L.step(2 - 2 == 0)
L.step(sp.diff(fq, x2).subs(pt) == 2 - 6 and sp.diff(fq, x2) == 2 * x1 + 6 * x2); L.step(2 - 6 == -4)
L.define(note="r = Ax - b")
r = A * xs - bv
L.step(True, note="||r||^2 = r^T r")
L.step(sp.expand(sp.Matrix([sp.diff((r.T * r)[0], v) for v in xs]).T - 2 * r.T * A) == sp.zeros(1, 2))
g2 = sp.Matrix([sp.diff((r.T * r)[0], v) for v in xs]).subs(pt)
L.step(g2 == 2 * A.T * (A * xv - bv)); L.step(A * xv - bv == sp.Matrix([-1, -4]) and A.T == sp.Matrix([[1, 0], [2, 3]]))
L.step(A.T * sp.Matrix([-1, -4]) == sp.Matrix([-1, -14])); L.step(g2 == sp.Matrix([-2, -28]))
Xs = sp.Matrix(2, 2, sp.symbols("X11 X12 X21 X22", real=True))
C = Xs.adjugate().T
L.step(sp.Matrix(2, 2, lambda i, j: sp.diff(Xs.det(), Xs[i, j])) == C); L.step(sp.simplify(C.T - Xs.det() * Xs.inv()) == sp.zeros(2, 2))
G = sp.Matrix(2, 2, lambda i, j: sp.diff(sp.log(Xs.det()), Xs[i, j]))
L.step(sp.simplify(G - C / Xs.det()) == sp.zeros(2, 2)); L.step(sp.simplify(G - Xs.inv().T) == sp.zeros(2, 2))
XiT = X.inv().T
L.step(XiT == sp.Rational(1, 8) * sp.Matrix([[4, 0], [-1, 2]])); L.step(XiT == sp.Matrix([[R("0.5"), 0], [R("-0.125"), R("0.25")]]))
L.step(Xs.det() == Xs[0, 0] * Xs[1, 1] - Xs[0, 1] * Xs[1, 0])
d21 = sp.diff(sp.log(Xs.det()), Xs[1, 0])
L.step(sp.simplify(d21 - (-Xs[0, 1] / Xs.det())) == 0)
sub = dict(zip(list(Xs), list(X)))
L.step(d21.subs(sub) == -sp.Rational(1, 8)); L.step(-sp.Rational(1, 8) == R("-0.125"))
trAX = (Aa * Xs).trace()
L.step(sp.expand(trAX - sum(Aa[i, j] * Xs[j, i] for i in range(2) for j in range(2))) == 0)
L.step(all(sp.diff(trAX, Xs[j, i]) == Aa[i, j] for i in range(2) for j in range(2)))
L.step(sp.Matrix(2, 2, lambda i, j: sp.diff(trAX, Xs[i, j])) == Aa.T)
# P3 submissions
L.step(grad_q.subs(dict(zip(list(Aa), list(A)))) == 2 * A * xs, note="A not symmetric")
L.step(2 * A * xv == 2 * sp.Matrix([1 - 2, -3])); L.step(2 * sp.Matrix([1 - 2, -3]) == sp.Matrix([-2, -6]))
L.define(note="x <- x - 0.1 grad")
gtrue = ((A + A.T) * xv)
L.step(xv - R("0.1") * gtrue == sp.Matrix([1 + R("0.2"), -1 + R("0.6")]),
       carried=xv - R("0.1") * sp.Matrix([-2, -6]) == sp.Matrix([1 + R("0.2"), -1 + R("0.6")]))
L.step(sp.Matrix([1 + R("0.2"), -1 + R("0.6")]) == sp.Matrix([R("1.2"), R("-0.4")]))
L.step(sp.diff(fq, x1).subs(pt) == 0)
L.step(g2 == A.T * (A * xv - bv), note="factor 2"); L.step(A.T * (A * xv - bv) == sp.Matrix([-1, -14]))
L.step(X.inv() == XiT, note="transpose"); L.step(X.inv() == sp.Matrix([[R("0.5"), R("-0.125")], [0, R("0.25")]]))
# P4
L.define(3, "Var X, Var Y, Cov"); L.define(note="S")
VX, VY, CXY = 4, 9, -2
Sig = sp.Matrix([[VX, CXY], [CXY, VY]])
lin = lambda u, v: (u.T * Sig * v)[0]
c = sp.Matrix([2, -3])
L.step(lin(c, c) == 2 ** 2 * VX + (-3) ** 2 * VY + 2 * 2 * (-3) * CXY); L.step(lin(c, c) == 16 + 81 + 24); L.step(lin(c, c) == 121)
L.step(sp.sqrt(121) == 11)
corr = CXY / (sp.sqrt(VX) * sp.sqrt(VY))
L.step(corr == sp.Rational(-2, 1) / (sp.sqrt(4) * sp.sqrt(9))); L.step(corr == -sp.Rational(1, 3)); L.step(rounds("-0.3333", corr, approx=True))
cv = lin(sp.Matrix([1, 1]), sp.Matrix([1, -1]))
L.step(cv == VX - CXY + CXY - VY); L.step(cv == 4 - 9); L.step(cv == -5)
# compound Poisson by sympy.stats on a concrete law for the X_i (mean 2, variance 1) and simulation-free moments
from sympy.stats import Poisson, E as EE, variance as VV  # noqa: E402
Nn = Poisson("N", 3)
EN, VN = EE(Nn), VV(Nn)
L.step(True, note="E[S | N] = 2N"); L.step(True, note="Var(S | N) = N * 1")
ES = 2 * EN; VS = EN * 1 + 4 * VN
L.step(True, note="tower rule"); L.step(ES == 2 * EN); L.step(ES == 6)
L.step(True, note="total variance"); L.step(VS == EN + 4 * VN); L.step(VS == 3 + 12); L.step(VS == 15)
L.step(lin(c, c) == 4 * VX + 9 * VY - 12 * CXY)
L.step(lin(c, c) == 16 + 81 - 24, note="-12 * -2 = +24"); L.step(16 + 81 - 24 == 73)
L.step(sp.sqrt(lin(c, c)) == sp.sqrt(73), carried=True); L.step(rounds("8.5440", sp.sqrt(73)))
L.step(-12 * (-2) == 24)
L.step(VS == EN * 1, note="Var(E[S|N]) dropped"); L.step(EN * 1 == 3 * 1); L.step(3 * 1 == 3)
L.step(VS >= 4 * VN); L.step(True, note="Var(E[S|N]) = Var(2N) = 4 Var N"); L.step(4 * VN == 12)
# P5
L.define(note="L(z)")
zs = sp.symbols("z1 z2 z3", real=True)
Lz = -sp.log(sp.exp(zs[0]) / sum(sp.exp(t) for t in zs))
ps = [sp.exp(t) / sum(sp.exp(u) for u in zs) for t in zs]
L.step(all(same(sp.diff(Lz, zs[j]), ps[j] - (1 if j == 0 else 0), positive=False) for j in range(3)))
L.define(note="p = softmax(z)"); L.define(2, "z, y")
zz = [R("2.0"), R("1.0"), R("-1.0")]
lse = sp.log(sum(sp.exp(t) for t in zz))
L.step(lse >= max(zz) and sp.N(lse) <= sp.N(max(zz) + sp.log(3)), note="general bound; holds here")
L.step(True, note="upper bound, K e^m")
L.step(same(Lz, -zs[0] + sp.log(sum(sp.exp(t) for t in zs)), positive=False))
L.step(all(same(sp.diff(Lz, zs[j]), -(1 if j == 0 else 0) + sp.exp(zs[j]) / sum(sp.exp(t) for t in zs), positive=False) for j in range(3)))
L.step(True, note="= p_j - [j = y]")
L.step(rounds("7.3891", sp.exp(2))); L.step(rounds("2.7183", sp.exp(1))); L.step(rounds("0.3679", sp.exp(-1)))
Ssum = sum(sp.exp(t) for t in zz)
L.define(note="S"); L.step(rounds("10.4753", R("7.3891") + R("2.7183") + R("0.3679"), Ssum))
pv = [sp.exp(t) / Ssum for t in zz]
L.step(substituted(pv[0], lambda u, v: u / v, "~7.3891", "~10.4753")); L.step(rounds("0.7054", R("7.3891") / R("10.4753")))
L.step(substituted(pv[1], lambda u, v: u / v, "~2.7183", "~10.4753")); L.step(rounds("0.2595", R("2.7183") / R("10.4753")))
L.step(substituted(pv[2], lambda u, v: u / v, "~0.3679", "~10.4753")); L.step(rounds("0.0351", R("0.3679") / R("10.4753")))
Lv = -sp.log(pv[0])
L.step(substituted(Lv, lambda u: -sp.log(u), "~0.7054")); L.step(rounds("0.3490", -sp.log(R("0.7054"))))
L.step(True, note="grad = p - e_1")
L.step(rounds("-0.2946", R("0.7054") - 1) and rounds("0.2595", pv[1]) and rounds("0.0351", pv[2]))
L.step(R("-0.2946") + R("0.2595") + R("0.0351") == 0); L.step(sp.simplify(sum(pv) - 1) == 0)
L.step(same(Lz, sp.log(sum(sp.exp(t) for t in zs)) - zs[0], positive=False))
# 10.4753 is the writer's sum of three roundings: its error bound is theirs
L.step(substituted(lse - 2, lambda u, v, w: sp.log(u + v + w) - 2, "~7.3891", "~2.7183", "~0.3679")); L.step(rounds("2.3490", sp.log(R("10.4753"))))
L.step(R("2.3490") - 2 == R("0.3490"))
L.define(note="m = max z")
L.step(True, note="e^m is one of the terms"); L.step(True, note="each term at most e^m")
L.step(2 <= R("2.3490")); L.step(R("2.3490") <= 2 + sp.log(3)); L.step(rounds("3.0986", 2 + sp.log(3)))
L.step(substituted(pv[2], lambda u, v: u / v, "~0.3679", "~10.4753")); L.step(rounds("0.0315", R("0.3679") / R("10.4753")), note="0.0351")
L.step(rounds("0.0315", pv[2]), carried=True)
L.step(R("-0.2946") + R("0.2595") + R("0.0315") == R("-0.0036"))
L.step(same(sp.diff(Lz, zs[0]), 1 - ps[0], positive=False), note="sign")
L.done()
