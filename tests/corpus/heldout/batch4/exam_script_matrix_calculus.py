"""Labels for exam_script_matrix_calculus.tex: a weak exam script with the marker's ticks: the
gradient and Hessian of x^T A x for a non-symmetric A (2Ax, 2A; carried into a directional
derivative), least squares without the factor 2 (carried into a GD step), a wrong-signed inverse,
log-sum-exp partials missing e^{z_j} (numerically right at z_1 = 0), a logistic-regression gradient
with the sign flipped (carried into the update), short matrix-calculus answers."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch4/exam_script_matrix_calculus.tex")
A = sp.Matrix([[1, 2], [0, 3]])
x = sp.Matrix([1, 2])
u1, u2 = sp.symbols("u1 u2", real=True)
xs = sp.Matrix([u1, u2])
f = (xs.T * A * xs)[0]
grad = sp.Matrix([sp.diff(f, v) for v in xs])
at = {u1: 1, u2: 2}
L.define(3)
L.step(A * x == sp.Matrix([5, 6])); L.step(f.subs(at) == 1 * 5 + 2 * 6); L.step(f.subs(at) == 17)
L.step(grad.subs(at) == 2 * A * x); L.step(2 * A * x == sp.Matrix([10, 12]))
L.step(sp.hessian(f, xs) == 2 * A); L.step(2 * A == sp.Matrix([[2, 4], [0, 6]]))
L.define(); L.step((grad.subs(at).T * sp.Matrix([1, 0]))[0] == 10, carried=((2 * A * x).T * sp.Matrix([1, 0]))[0] == 10)
X = sp.Matrix([[1, 0], [1, 1], [1, 2]])
y = sp.Matrix([1, 2, 2])
w1, w2 = sp.symbols("w1 w2", real=True)
ws = sp.Matrix([w1, w2])
g = ((X * ws - y).T * (X * ws - y))[0]
gg = sp.Matrix([sp.diff(g, v) for v in ws])
w0 = {w1: 0, w2: 1}
L.define(3); L.define()
L.step(X * sp.Matrix([0, 1]) - y == sp.Matrix([0, 1, 2]) - sp.Matrix([1, 2, 2])); L.step(sp.Matrix([0, 1, 2]) - sp.Matrix([1, 2, 2]) == sp.Matrix([-1, -1, 0]))
L.step(g.subs(w0) == 2)
L.step(gg.subs(w0) == X.T * (X * sp.Matrix([0, 1]) - y)); L.step(gg.subs(w0) == sp.Matrix([-2, -1]), carried=X.T * (X * sp.Matrix([0, 1]) - y) == sp.Matrix([-2, -1]))
L.define(); L.step(sp.Matrix([0, 1]) - R("0.1") * gg.subs(w0) == sp.Matrix([0, 1]) - R("0.1") * sp.Matrix([-2, -1]), carried=True)
L.step(sp.Matrix([0, 1]) - R("0.1") * sp.Matrix([-2, -1]) == sp.Matrix([R("0.2"), R("1.1")]))
L.step(X.T * X == sp.Matrix([[3, 3], [3, 5]])); L.step(X.T * y == sp.Matrix([5, 6])); L.step((X.T * X).det() == 6)
wh = (X.T * X).inv() * X.T * y
L.step(True, note="normal equations solved"); L.step(wh == sp.Rational(1, 6) * sp.Matrix([[5, 3], [3, 3]]) * sp.Matrix([5, 6]))
v = sp.Rational(1, 6) * sp.Matrix([[5, 3], [3, 3]]) * sp.Matrix([5, 6])
L.step(rounds("7.1667", v[0]) and v[1] == R("5.5"))
L.step(X.T * (X * wh - y) == sp.zeros(2, 1) and wh == sp.Matrix([sp.Rational(7, 6), sp.Rational(1, 2)])); L.define(); L.step(g.subs({w1: wh[0], w2: wh[1]}) == sp.Rational(1, 6))
z1, z2 = sp.symbols("z1 z2", real=True)
lse = sp.log(sp.exp(z1) + sp.exp(z2))
zp = {z1: 0, z2: sp.log(3)}
L.define(2)
L.step(sp.simplify(lse.subs(zp) - sp.log(1 + 3)) == 0); L.step(sp.log(1 + 3) == sp.log(4)); L.step(rounds("1.3863", sp.log(4)))
L.step(same(sp.diff(lse, z1), 1 / (sp.exp(z1) + sp.exp(z2)), positive=False)); L.step((1 / (sp.exp(z1) + sp.exp(z2))).subs(zp) == R("0.25"))
L.step(same(sp.diff(lse, z2), 1 / (sp.exp(z1) + sp.exp(z2)), positive=False)); L.step((1 / (sp.exp(z1) + sp.exp(z2))).subs(zp) == R("0.25"))
L.step(R("0.25") + R("0.25") == R("0.5"))
H = sp.hessian(lse, [z1, z2]).subs(zp).applyfunc(sp.simplify)
p = sp.Matrix([R("0.25"), R("0.75")])
L.step(H == sp.diag(*p) - p * p.T); L.step(sp.diag(*p) - p * p.T == sp.Matrix([[R("0.1875"), R("-0.1875")], [R("-0.1875"), R("0.1875")]])); L.define()
sig = lambda t: 1 / (1 + sp.exp(-t))
xv, yv, wv = sp.Matrix([1, 2]), 0, sp.Matrix([R("0.5"), R("-0.5")])
zz = (wv.T * xv)[0]
L.define(3)
L.define(); L.step(zz == R("0.5") - 1); L.step(zz == R("-0.5")); L.step(same(sig(zz), 1 / (1 + sp.exp(R("0.5")))))
L.step(substituted(sig(zz), lambda d: 1 / d, "~2.6487") and rounds("2.6487", 1 + sp.exp(R("0.5")))); L.step(rounds("0.3775", sig(zz)))
W = sp.Matrix(sp.symbols("a1 a2", real=True))
ell = -(yv * sp.log(sig((W.T * xv)[0])) + (1 - yv) * sp.log(1 - sig((W.T * xv)[0])))
gl = sp.Matrix([sp.diff(ell, a) for a in W]).subs(dict(zip(W, wv)))
L.step(all(same(sp.diff(ell, a), (yv - sig((W.T * xv)[0])) * xv[i], positive=False) for i, a in enumerate(W)))
L.step(substituted(gl[0], lambda s: s, "~-0.3775"), carried=True)
L.step(R("-0.3775") * 2 == R("-0.7550"))
L.define()
L.step(substituted((wv - R("0.1") * gl)[0], lambda d: R("0.5") + d, "~0.0378"), carried=rounds("0.0378", R("0.1") * sig(zz)) and rounds("0.0755", R("0.1") * 2 * sig(zz)))
L.step(R("0.5") + R("0.0378") == R("0.5378") and R("-0.5") + R("0.0755") == R("-0.4245"))
L.step(True, note="y = 0: the log loss is -log(1 - sigma(z)) at the current w")
L.step(substituted(ell.subs(dict(zip(W, wv))), lambda q: -sp.log(q), "~0.6225") and rounds("0.6225", 1 - sig(zz)))
L.step(rounds("0.4740", -sp.log(R("0.6225")), ell.subs(dict(zip(W, wv)))))
a = sp.Matrix(sp.symbols("p1 p2 p3", real=True))
b = sp.Matrix(sp.symbols("q1 q2 q3", real=True))
xx = sp.Matrix(sp.symbols("v1 v2 v3", real=True))
M = sp.Matrix(3, 3, sp.symbols("m0:9", real=True))
gx = lambda e: sp.Matrix([sp.diff(e, t) for t in xx])
eqv = lambda P, Q: all(same(P[i], Q[i], positive=False) for i in range(len(P)))
L.step(eqv(gx((a.T * xx)[0] ** 2), 2 * (a.T * xx)[0] * a))
nrm = sp.sqrt((xx.T * xx)[0])
L.step(eqv(gx(nrm), xx / nrm))
L.step(eqv(gx((xx.T * xx)[0]), xx))
Xm = sp.Matrix(2, 2, sp.symbols("c0:4", real=True))
L.step(sp.Matrix(2, 2, [sp.diff((Xm.T * Xm).trace(), c) for c in Xm]) == Xm)
L.step(eqv(gx((b.T * M * xx)[0]), M * b))
L.step(eqv(gx(sp.log(1 + sp.exp((a.T * xx)[0]))), sig((a.T * xx)[0]) * a))
L.done()
