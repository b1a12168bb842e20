"""Labels for thesis_appendix_glm_gradients.tex: a thesis appendix (equation environments, \\w
macros): logistic-regression gradient and Hessian, an L2 slip, a worked example with y - sigma for
sigma - y carried into a gradient step, Newton step, least squares and ridge (a wrong determinant
carried into the shrinkage check), matrix-calculus identities (2Ax for a non-symmetric A, carried
into an example; A^{-1} for A^{-T})."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same  # noqa: E402

L = Labels("batch4/thesis_appendix_glm_gradients.tex")
sig = lambda t: 1 / (1 + sp.exp(-t))
t = sp.Symbol("t", real=True)
n, d = 3, 2
Xs = sp.Matrix(n, d, sp.symbols(f"x0:{n * d}", real=True))
ys = sp.Matrix(sp.symbols(f"y0:{n}", real=True))
ws = sp.Matrix(sp.symbols(f"w0:{d}", real=True))
s_ = [sig((Xs[i, :] * ws)[0]) for i in range(n)]
ell = -sum(ys[i] * sp.log(s_[i]) + (1 - ys[i]) * sp.log(1 - s_[i]) for i in range(n))
L.define(); L.step(same(sp.diff(sig(t), t), sig(t) * (1 - sig(t)), positive=False))
grad = sp.Matrix([sp.diff(ell, w) for w in ws])
form = Xs.T * (sp.Matrix(s_) - ys)
L.step(all(same(grad[k], sum((s_[i] - ys[i]) * Xs[i, k] for i in range(n)), positive=False) for k in range(d)))
L.step(all(same(grad[k], form[k], positive=False) for k in range(d)))
H = sp.hessian(ell, ws)
Sm = sp.diag(*[si * (1 - si) for si in s_])
L.step(all(same(H[i, j], (Xs.T * Sm * Xs)[i, j], positive=False) for i in range(d) for j in range(d))); L.define()
lam = sp.Symbol("lambda", positive=True)
pen = lam / 2 * (ws.T * ws)[0]
L.step(all(same(sp.diff(pen, ws[k]), lam * sp.sqrt((ws.T * ws)[0]), positive=False) for k in range(d)), note="it is lambda w")
L.step(all(same(sp.diff(ell + pen, ws[k]), (form + lam * ws)[k], positive=False) for k in range(d)))
X = sp.Matrix([[1, 2], [1, -1], [1, 0]])
y = sp.Matrix([1, 0, 1])
w0 = sp.zeros(2, 1)
L.define(3); L.step(True, note="w0 = 0, so w^T x_i = 0"); L.step(sig(0) == R("0.5"))
sv = sp.Matrix([sig((X[i, :] * w0)[0]) for i in range(3)])
l0 = -sum(y[i] * sp.log(sv[i]) + (1 - y[i]) * sp.log(1 - sv[i]) for i in range(3))
L.step(same(l0, 3 * sp.log(2))); L.step(rounds("2.0794", l0))
g0 = X.T * (sv - y)
L.step(g0 == X.T * (y - sv)); L.step(g0 == X.T * sp.Matrix([R("0.5"), R("-0.5"), R("0.5")]), carried=(y - sv) == sp.Matrix([R("0.5"), R("-0.5"), R("0.5")]))
L.step(X.T * sp.Matrix([R("0.5"), R("-0.5"), R("0.5")]) == sp.Matrix([R("0.5"), R("1.5")]))
L.step(w0 - R("0.1") * g0 == w0 - R("0.1") * sp.Matrix([R("0.5"), R("1.5")]), carried=True)
L.step(-R("0.1") * sp.Matrix([R("0.5"), R("1.5")]) == sp.Matrix([R("-0.05"), R("-0.15")]))
S0 = sp.diag(*[si * (1 - si) for si in sv])
H0 = X.T * S0 * X
L.step(H0 == R("0.25") * X.T * X); L.step(X.T * X == sp.Matrix([[3, 1], [1, 5]])); L.step(R("0.25") * sp.Matrix([[3, 1], [1, 5]]) == sp.Matrix([[R("0.75"), R("0.25")], [R("0.25"), R("1.25")]]))
L.step(H0.det() == R("0.75") * R("1.25") - R("0.25") ** 2); L.step(H0.det() == R("0.8125"))
newton = w0 - H0.inv() * g0
L.step(newton == -1 / R("0.8125") * sp.Matrix([[R("1.25"), R("-0.25")], [R("-0.25"), R("0.75")]]) * sp.Matrix([R("-0.5"), R("-1.5")]), carried=True)
wn = -1 / R("0.8125") * sp.Matrix([[R("1.25"), R("-0.25")], [R("-0.25"), R("0.75")]]) * sp.Matrix([R("-0.5"), R("-1.5")])
L.step(rounds("0.3077", wn[0]) and rounds("1.2308", wn[1]))
L.define()
f = ((Xs * ws - ys).T * (Xs * ws - ys))[0]
gf = sp.Matrix([sp.diff(f, w) for w in ws])
L.step(all(same(gf[k], (2 * Xs.T * (Xs * ws - ys))[k], positive=False) for k in range(d)))
L.step(all(same((2 * Xs.T * (Xs * ws - ys))[k], (2 * Xs.T * Xs * ws - 2 * Xs.T * ys)[k], positive=False) for k in range(d)))
L.define()
L.step(X.T * y == sp.Matrix([2, 2])); L.step((X.T * X).det() == 14)
wh = (X.T * X).inv() * X.T * y
L.step(wh == sp.Rational(1, 14) * sp.Matrix([[5, -1], [-1, 3]]) * sp.Matrix([2, 2])); L.step(rounds("0.5714", wh[0]) and rounds("0.2857", wh[1]))
r = y - X * wh
L.step(r == sp.Rational(1, 7) * sp.Matrix([-1, -2, 3])); L.step(X.T * r == sp.zeros(2, 1)); L.step((r.T * r)[0] == sp.Rational(14, 49)); L.step(sp.Rational(14, 49) == sp.Rational(2, 7))
fr = f + lam * (ws.T * ws)[0]
L.step(all(same(sp.diff(fr, ws[k]), (2 * Xs.T * (Xs * ws - ys) + 2 * lam * ws)[k], positive=False) for k in range(d)))
L.step(True, note="stationary point of the ridge objective")
L.define()
M = X.T * X + sp.eye(2)
w1 = M.inv() * X.T * y
L.step(M == sp.Matrix([[4, 1], [1, 6]]) and X.T * y == sp.Matrix([2, 2]))
L.step(M.inv() == sp.Rational(1, 24) * sp.Matrix([[6, -1], [-1, 4]]), note="det is 23")
L.step(sp.Rational(1, 24) * sp.Matrix([[6, -1], [-1, 4]]) * sp.Matrix([2, 2]) == sp.Matrix([sp.Rational(10, 24), sp.Rational(6, 24)])
       and rounds("0.4167", sp.Rational(10, 24)) and rounds("0.25", sp.Rational(6, 24)))
L.step(rounds("0.2361", (w1.T * w1)[0]), carried=True, note="true norm^2 is 136/529 = 0.2571")
L.step(rounds("0.2361", R("0.4167") ** 2 + R("0.25") ** 2))
L.step(R("0.2361") < (wh.T * wh)[0]); L.step(rounds("0.4082", (wh.T * wh)[0]))
xs = sp.Matrix(sp.symbols("u0:3", real=True))
A = sp.Matrix(3, 3, sp.symbols("a0:9", real=True))
Bm = sp.Matrix(3, 3, sp.symbols("b0:9", real=True))
av, bv = sp.Matrix(sp.symbols("p0:3", real=True)), sp.Matrix(sp.symbols("q0:3", real=True))
gradx = lambda e: sp.Matrix([sp.diff(e, u) for u in xs])
eqv = lambda P, Q: all(same(P[i], Q[i], positive=False) for i in range(len(P)))
L.step(eqv(gradx((bv.T * xs)[0]), bv)); L.step(eqv(gradx((xs.T * xs)[0]), 2 * xs))
L.step(eqv(gradx((xs.T * A * xs)[0]), 2 * A * xs))
L.step(eqv(gradx(((A * xs).T * (A * xs))[0]), 2 * A.T * A * xs))
L.step(eqv(gradx((av.T * xs)[0] * (xs.T * bv)[0]), (av * bv.T + bv * av.T) * xs))
gA = lambda e: sp.Matrix(3, 3, [sp.diff(e, a) for a in A])
L.step(eqv(gA((A * Bm).trace()), Bm.T))
A2 = sp.Matrix([[2, 1], [0, 3]])                      # a non-symmetric instance for log det
A2s = sp.Matrix(2, 2, sp.symbols("c0:4", real=True))
glog = sp.Matrix(2, 2, [sp.diff(sp.log(A2s.det()), c) for c in A2s]).subs(dict(zip(A2s, A2)))
L.step(glog == A2.inv())
xv = sp.Matrix([1, -1])
L.define(2); L.step(A2 * xv == sp.Matrix([1, -3])); L.step((xv.T * A2 * xv)[0] == 4)
L.step((A2 + A2.T) * xv == 2 * A2 * xv, carried=True); L.step(2 * A2 * xv == sp.Matrix([2, -6]))
L.done()
