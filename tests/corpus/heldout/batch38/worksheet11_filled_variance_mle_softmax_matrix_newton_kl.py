"""Labels for worksheet11_filled_variance_mle_softmax_matrix_newton_kl.tex: a printed review worksheet filled in
by a student and marked by a TA (answers in `\\ans{…}` blanks, `framed` "Work" boxes, red `ta` notes with
deductions; `\\DeclareMathOperator` for Var, Cov, Corr, sd, se, tr, KL, softmax). The answers in the blanks are
the right-hand sides of the relations.
A: E/Var/Cov laws with E X = 2, Var X = 3, E Y = -1, Var Y = 4, Cov = 1 (on explicit Gaussian variables with
those moments), the tower rule, a compound Poisson total by the law of total variance. B: Poisson MLE for five
counts (score, Hessian, Fisher information, se, maximised log-likelihood, invariance). C: softmax cross-entropy
values, gradient p - y, softmax Jacobian entries, shift invariance. D: limits. E: matrix calculus on a 2x2
symmetric A and a non-symmetric M. F: two Newton steps on w^2 + e^{-w}. G: Jensen on a uniform X, Bernoulli and
Gaussian KL.
Slips: Var(3X) = 3 Var(X) (carried into sd(3X)); 1/sqrt(12) = 0.2877; Var(E[T | N]) with E[S] for E[S]^2
(carried into sd(T)); the maximised log-likelihood -8.7351 for -8.7315; dp1/dz2 = p1 p2 without the sign;
lim (1 - cos x)/x^2 = 1; grad(x^T M x) = 2Mx for a non-symmetric M; det(A^{-1}) = det A; sqrt called convex;
the Gaussian KL with sigma_q for sigma_q^2 (carried into bits)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from sympy.stats import E as Ex, Normal, variance, covariance, density  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch38/worksheet11_filled_variance_mle_softmax_matrix_newton_kl.tex")
# ---- A: explicit variables with the given moments
Z1, Z2 = Normal("Z1", 0, 1), Normal("Z2", 0, 1)
X = 2 + sp.sqrt(3) * Z1
Y = -1 + Z1 / sp.sqrt(3) + sp.sqrt(sp.Rational(11, 3)) * Z2
V = lambda q: sp.simplify(variance(q))
C = lambda p, q: sp.simplify(covariance(p, q))
assert (Ex(X), V(X), Ex(Y), V(Y), C(X, Y)) == (2, 3, -1, 4, 1)
L.define(5, "moments given")
L.step(Ex(3 * X - 2 * Y + 1) == 3 * Ex(X) - 2 * Ex(Y) + 1); L.step(Ex(3 * X - 2 * Y + 1) == 9)
L.step(V(3 * X) == 3 * V(X), note="9 Var X"); L.step(3 * V(X) == 9)
L.step(sp.sqrt(V(3 * X)) == 3, carried=sp.sqrt(3 * V(X)) == 3)
L.step(V(X - Y) == V(X) + V(Y) - 2 * C(X, Y)); L.step(V(X - Y) == 5)
L.step(V(3 * X - 2 * Y + 1) == 9 * V(X) + 4 * V(Y) - 12 * C(X, Y)); L.step(9 * V(X) + 4 * V(Y) - 12 * C(X, Y) == 31)
L.step(sp.simplify(Ex(X ** 2)) == V(X) + Ex(X) ** 2); L.step(V(X) + Ex(X) ** 2 == 7)
L.step(C(2 * X + 1, X - Y) == 2 * V(X) - 2 * C(X, Y)); L.step(2 * V(X) - 2 * C(X, Y) == 4)
corr = C(X, Y) / sp.sqrt(V(X) * V(Y))
L.step(True, note="definition of Corr"); L.step(sp.simplify(corr - 1 / sp.sqrt(12)) == 0)
L.step(rounds("0.2877", 1 / sp.sqrt(12)), note="0.2887")
L.step(True, note="tower rule"); L.step(Ex(X) == 2)
# compound Poisson: lam = 4, E S = 10, Var S = 25
lam, ES, VS = 4, 10, 25
L.define(2, "E S, Var S"); L.define(note="T")
L.step(True, note="E T = E N E S (Wald)"); L.step(lam * ES == 40)
VT = lam * (VS + ES ** 2)                               # compound Poisson: lam E[S^2]
L.step(True, note="law of total variance")
L.step(VT == lam * VS + lam * ES, note="Var(N) E[S]^2")
L.step(lam * VS + lam * ES == 140)
L.step(rounds("11.8322", sp.sqrt(VT)), carried=rounds("11.8322", sp.sqrt(140)))
# TA
a_ = sp.symbols("a", positive=True)
L.step(sp.simplify(V(a_ * X) - a_ ** 2 * V(X)) == 0); L.step(V(3 * X) == 27); L.step(sp.sqrt(V(3 * X)) == sp.sqrt(27))
L.step(rounds("5.1962", sp.sqrt(27))); L.step(rounds("0.2887", 1 / sp.sqrt(12)))
L.step(True, note="E[T | N] = 10 N"); L.step(True, note="Var(10 N) = 100 Var N")
L.step(VT == 4 * 25 + 100 * 4); L.step(4 * 25 + 100 * 4 == 500)
# ---- B: Poisson MLE
data = [2, 0, 3, 1, 4]
n = len(data)
lm = sp.symbols("lambda", positive=True)
ell = sum(x * sp.log(lm) - lm - sp.log(sp.factorial(x)) for x in data)
L.define(note="n = 5"); L.step(sum(data) == 10)
L.step(same(ell, sum(data) * sp.log(lm) - n * lm - sum(sp.log(sp.factorial(x)) for x in data)))
L.step(same(sp.diff(ell, lm), sp.Rational(sum(data)) / lm - n))
lhat = sp.solve(sp.diff(ell, lm), lm)[0]
L.step(lhat == sp.Rational(sum(data), n)); L.step(lhat == 2)
L.step(same(sp.diff(ell, lm, 2), -sp.Rational(sum(data)) / lm ** 2)); L.step(sp.diff(ell, lm, 2).subs(lm, lhat) == R("-2.5"))
L.step(R("-2.5") < 0)
k = sp.symbols("k", integer=True, nonnegative=True)
info1 = sp.summation(-sp.diff(k * sp.log(lm) - lm, lm, 2) * lm ** k * sp.exp(-lm) / sp.factorial(k), (k, 0, sp.oo))
L.step(sp.simplify(n * info1 - n / lm) == 0)
L.step(True, note="se = sqrt(lambda-hat / n) = 1/sqrt(I)"); L.step(rounds("0.6325", sp.sqrt(lhat / n)))
ellhat = ell.subs(lm, lhat)
L.step(same(ellhat, 10 * sp.log(2) - 10 - sp.log(sp.factorial(2) * sp.factorial(0) * sp.factorial(3) * sp.factorial(1) * sp.factorial(4))))
L.step(sp.factorial(2) * sp.factorial(0) * sp.factorial(3) * sp.factorial(1) * sp.factorial(4) == 288)
L.step(rounds("6.9315", 10 * sp.log(2)) and rounds("5.6630", sp.log(288)))
L.step(rounds("-8.7351", R("6.9315") - 10 - R("5.6630"), ellhat), note="-8.7315")
L.step(rounds("0.1353", sp.exp(-lhat)))
# ---- C: softmax
z = [R("2.0"), R("1.0"), R("0.1")]
ez = [sp.exp(t) for t in z]
S = sum(ez)
p = [t / S for t in ez]
L.define(note="z"); L.step(True, note="one-hot of class 1")
L.step(all(rounds(w, v) for w, v in zip(["7.3891", "2.7183", "1.1052"], ez)))
L.step(rounds("11.2126", S, R("7.3891") + R("2.7183") + R("1.1052")))
L.define(note="p := softmax(z)")
L.step(all(rounds(w, v) for w, v in zip(["0.6590", "0.2424", "0.0986"], p)))
L.define(note="L := -ln p1"); L.step(rounds("0.4170", -sp.log(p[0])))
zs = sp.symbols("z1:4", real=True)
ps = [sp.exp(t) / sum(sp.exp(u) for u in zs) for t in zs]
Ls = -sp.log(ps[0])
y = [1, 0, 0]
L.step(all(same(sp.diff(Ls, zs[j]), ps[j] - y[j], positive=False) for j in range(3)))
L.step(rounds("-0.3410", p[0] - 1) and rounds("0.2424", p[1]) and rounds("0.0986", p[2]))
L.step(same(sp.diff(ps[0], zs[0]), ps[0] * (1 - ps[0]), positive=False))
L.step(rounds("0.2247", R("0.6590") * (1 - R("0.6590")), p[0] * (1 - p[0])))
L.step(same(sp.diff(ps[0], zs[1]), ps[0] * ps[1], positive=False), note="-p1 p2")
L.step(rounds("0.1597", R("0.6590") * R("0.2424"), p[0] * p[1]))
c = sp.symbols("c", real=True)
L.step(all(same(ps[j].subs({zs[0]: zs[0] + c, zs[1]: zs[1] + c, zs[2]: zs[2] + c}, simultaneous=True), ps[j], positive=False) for j in range(3)))
L.step(same(sp.diff(ps[0], zs[1]), -ps[0] * ps[1], positive=False)); L.step(rounds("-0.1597", -R("0.6590") * R("0.2424"), -p[0] * p[1]))
# ---- D: limits
x = sp.symbols("x", real=True)
nn = sp.symbols("n", positive=True)
L.step(sp.limit(sp.sin(3 * x) / x, x, 0) == 3)
L.step(sp.limit((sp.exp(x) - 1 - x) / x ** 2, x, 0) == sp.Rational(1, 2))
L.step(sp.limit((1 - sp.cos(x)) / x ** 2, x, 0) == 1, note="1/2")
L.step(sp.limit((1 + 2 / nn) ** nn, nn, sp.oo) == sp.exp(2)); L.step(rounds("7.3891", sp.exp(2)))
L.step(sp.limit(x * sp.exp(-x), x, sp.oo) == 0); L.step(sp.limit(x * sp.log(x), x, 0, "+") == 0)
L.step(same(1 - sp.cos(x), 2 * sp.sin(x / 2) ** 2, positive=False)); L.step(2 * sp.Rational(1, 4) == sp.Rational(1, 2))
# ---- E: matrix calculus
A = sp.Matrix([[2, 1], [1, 3]])
M = sp.Matrix([[1, 2], [0, 1]])
bv = sp.Matrix([1, -1])
xv = sp.Matrix([1, 2])
x1, x2 = sp.symbols("x1 x2", real=True)
X_ = sp.Matrix([x1, x2])
grad = lambda f: sp.Matrix([sp.diff(f, v) for v in (x1, x2)])
at = {x1: 1, x2: 2}
L.define(4, "A, M, b, x")
L.step(grad((bv.T * X_)[0]) == bv)
qA = (X_.T * A * X_)[0]
L.step(sp.simplify(grad(qA) - 2 * A * X_) == sp.zeros(2, 1)); L.step((2 * A * xv) == sp.Matrix([8, 14]))
L.step(qA.subs(at) == 18)
L.step(A * xv == sp.Matrix([2 + 2, 1 + 6])); L.step(sp.Matrix([2 + 2, 1 + 6]) == sp.Matrix([4, 7]))
L.step(qA.subs(at) == 1 * 4 + 2 * 7); L.step(1 * 4 + 2 * 7 == 18)
qM = (X_.T * M * X_)[0]
L.step(sp.simplify(grad(qM) - 2 * M * X_) == sp.zeros(2, 1), note="(M + M^T) x")
L.step(2 * M * xv == sp.Matrix([10, 4]))
r = A * X_ - bv
L.step(sp.simplify(grad((r.T * r)[0]) - 2 * A.T * r) == sp.zeros(2, 1))
L.step((2 * A.T * (A * xv - bv)) == sp.Matrix([28, 54]))
L.step(sp.hessian(qA, (x1, x2)) == 2 * A)
L.step(A.det() == 5); L.step(A.trace() == 5); L.step(A.inv() == sp.Rational(1, 5) * sp.Matrix([[3, -1], [-1, 2]]))
L.step(A.inv().det() == 5, note="1/5")
L.step(sp.simplify(grad(qM) - (M + M.T) * X_) == sp.zeros(2, 1)); L.step((M + M.T) * xv == sp.Matrix([6, 6]))
L.step(A.inv().det() == 1 / A.det()); L.step(1 / A.det() == R("0.2"))
# ---- F: Newton
w = sp.symbols("w", real=True)
f = w ** 2 + sp.exp(-w)
f1, f2 = sp.diff(f, w), sp.diff(f, w, 2)
L.define(2, "f, w0")
L.step(same(f1, 2 * w - sp.exp(-w), positive=False)); L.step(same(f2, 2 + sp.exp(-w), positive=False)); L.define(note="Newton rule")
w1 = 0 - f1.subs(w, 0) / f2.subs(w, 0)
L.step(w1 == 0 - sp.Rational(-1, 3)); L.step(rounds("0.3333", w1))
L.step(substituted(f1.subs(w, w1), lambda a, b: 2 * a - b, "~0.3333", "~0.7165") and rounds("0.6667", 2 * R("0.3333"), 2 * w1)
       and rounds("0.7165", sp.exp(-w1)))
L.step(rounds("-0.0498", R("0.6667") - R("0.7165"), f1.subs(w, w1)))
L.step(rounds("2.7165", f2.subs(w, w1)))
w2 = w1 - f1.subs(w, w1) / f2.subs(w, w1)
L.step(substituted(w2, lambda a, b, c_: a + b / c_, "~0.3333", "~0.0498", "~2.7165"))
L.step(rounds("0.0183", R("0.0498") / R("2.7165")))
L.step(rounds("0.3516", R("0.3333") + R("0.0183"), w2))
L.define(note="2w = e^{-w}")
wst = sp.nsolve(f1, w, R("0.35"), prec=30)
L.step(rounds("0.3517", wst))
L.step(rounds("0.0184", abs(w1 - wst), abs(R("0.3333") - R("0.3517"))))
L.step(rounds("0.0001", abs(w2 - wst), abs(R("0.3516") - R("0.3517"))))
# ---- G: Jensen and KL
vals = [1, 2, 3, 6]
EX = sp.Rational(sum(vals), 4)
EX2 = sp.Rational(sum(v * v for v in vals), 4)
Eln = sum(sp.log(v) for v in vals) / 4
Esq = sum(sp.sqrt(v) for v in vals) / 4
L.step(EX == 3); L.step(EX2 == R("12.5")); L.step(EX2 >= EX ** 2); L.step(EX ** 2 == 9)
L.step(substituted(Eln, lambda a, b, c_: (0 + a + b + c_) / 4, "~0.6931", "~1.0986", "~1.7918"))
L.step(rounds("0.8959", (R("0.6931") + R("1.0986") + R("1.7918")) / 4, Eln))
L.step(Eln <= sp.log(EX)); L.step(rounds("1.0986", sp.log(EX)))
L.step(sp.N(Esq) >= sp.N(sp.sqrt(EX)), note="sqrt is concave: <=")
L.step(rounds("1.7321", sp.sqrt(EX)))
klb = lambda a, b: a * sp.log(a / b) + (1 - a) * sp.log((1 - a) / (1 - b))
k1 = klb(R("0.5"), R("0.25"))
L.step(same(k1, R("0.5") * sp.log(R("0.5") / R("0.25")) + R("0.5") * sp.log(R("0.5") / R("0.75"))))
L.step(rounds("0.3466", R("0.5") * sp.log(2)) and rounds("-0.2027", R("0.5") * sp.log(R("0.5") / R("0.75"))))
L.step(rounds("0.1439", R("0.3466") - R("0.2027"), k1))
k2 = klb(R("0.25"), R("0.5"))
L.step(same(k2, R("0.25") * sp.log(R("0.5")) + R("0.75") * sp.log(R("1.5"))))
L.step(rounds("-0.1733", R("0.25") * sp.log(R("0.5"))) and rounds("0.3041", R("0.75") * sp.log(R("1.5"))))
L.step(rounds("0.1308", R("-0.1733") + R("0.3041"), k2))
L.define(2, "p, q")
xx = sp.symbols("xx", real=True)
pd = lambda m, s2: sp.exp(-(xx - m) ** 2 / (2 * s2)) / sp.sqrt(2 * sp.pi * s2)
klg = sp.integrate(pd(1, 1) * (sp.log(pd(1, 1)) - sp.log(pd(0, 4))).expand(force=True), (xx, -sp.oo, sp.oo))
L.step(same(klg, sp.log(2) + (1 + 1) / sp.Integer(2 * 4) - sp.Rational(1, 2)), note="closed form with sigma_q^2 = 4")
L.step(same(klg, sp.log(2) + (1 + 1) / sp.Integer(2 * 2) - sp.Rational(1, 2)), note="sigma_q for sigma_q^2")
L.step(rounds("0.6931", sp.log(2) + sp.Rational(2, 4) - sp.Rational(1, 2)))
L.step(substituted(klg / sp.log(2), lambda a, b: a / b, "~0.6931", "~0.6931"), carried=True)
L.step(R("0.6931") / R("0.6931") == 1)
L.step(rounds("1.6489", Esq)); L.step(R("1.6489") < R("1.7321"))
L.step(True, note="sigma_q^2 = 4 given"); L.step(sp.Rational(2, 8) == R("0.25"))
L.step(substituted(klg, lambda a: a + R("0.25") - R("0.5"), "~0.6931")); L.step(rounds("0.4431", R("0.6931") + R("0.25") - R("0.5"), klg))
L.done()
