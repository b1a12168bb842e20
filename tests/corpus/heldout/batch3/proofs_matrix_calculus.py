"""Labels for proofs_matrix_calculus.tex: gradient of x^T A x (a non-symmetric example done with 2Ax,
carried into a directional derivative), norms, least squares and ridge on a 3-point line fit (a sum
slip in the ridge solution), tanh and sigmoid derivatives. Identities are checked on symbolic 3x3
(and 3x2) matrices exactly."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same  # noqa: E402

L = Labels("batch3/proofs_matrix_calculus.tex")
n = 3
x = sp.Matrix(sp.symbols("x1:4", real=True))
A = sp.Matrix(n, n, sp.symbols("a1:10", real=True))
grad = lambda e, v=x: sp.Matrix([sp.diff(e, c) for c in v])
Z = lambda M: sp.expand(M) == sp.zeros(*M.shape)
q = (x.T * A * x)[0]
L.step(Z(grad(q) - (A + A.T) * x))
L.step(sp.expand(q - sum(x[i] * A[i, j] * x[j] for i in range(n) for j in range(n))) == 0)
L.step(all(sp.expand(sp.diff(q, x[k]) - sum(A[k, j] * x[j] for j in range(n)) - sum(x[i] * A[i, k] for i in range(n))) == 0 for k in range(n)))
L.step(all(sp.expand(sum(A[k, j] * x[j] for j in range(n)) + sum(x[i] * A[i, k] for i in range(n)) - (A * x)[k] - (A.T * x)[k]) == 0 for k in range(n)))
L.step(Z(grad(q) - (A + A.T) * x))
L.step(Z(sp.hessian(q, list(x)) - (A + A.T)))
A2, x2 = sp.Matrix([[1, 2], [0, 1]]), sp.Matrix([1, 1])
y = sp.Matrix(sp.symbols("y1:3", real=True))
g2 = grad((y.T * A2 * y)[0], y).subs({y[0]: 1, y[1]: 1})
L.define(2); L.step(g2 == 2 * A2 * x2); L.step(2 * A2 * x2 == sp.Matrix([6, 2]))
u = sp.Matrix([1, -1])
L.define(); L.step((u.T * g2)[0] == 6 - 2, carried=(u.T * sp.Matrix([6, 2]))[0] == 6 - 2); L.step(6 - 2 == 4)
L.step(g2 == (A2 + A2.T) * x2); L.step(g2 == sp.Matrix([4, 4])); L.step((u.T * g2)[0] == 0)
a = sp.Matrix(sp.symbols("c1:4", real=True))
nx = sp.sqrt((x.T * x)[0])
L.step(Z(grad((a.T * x)[0]) - a)); L.step(Z(grad((x.T * x)[0]) - 2 * x)); L.step(Z(sp.simplify(grad(nx) - x / nx))); L.define()
L.step(sp.expand((a.T * x)[0] - sum(a[i] * x[i] for i in range(n))) == 0); L.define()
L.step(sp.simplify(nx - ((x.T * x)[0]) ** sp.Rational(1, 2)) == 0)
L.step(Z(sp.simplify(grad(nx) - sp.Rational(1, 2) * ((x.T * x)[0]) ** sp.Rational(-1, 2) * 2 * x)))
m = 3
B = sp.Matrix(m, 2, sp.symbols("b1:7", real=True))
w = sp.Matrix(sp.symbols("w1:3", real=True))
bb = sp.Matrix(sp.symbols("d1:4", real=True))
r = B * w - bb
J = (r.T * r)[0]
L.step(Z(grad(J, w) - 2 * B.T * r))
Bn, bn = sp.Matrix([[1, 0], [1, 1], [1, 2]]), sp.Matrix([1, 2, 4])
xhat = (Bn.T * Bn).inv() * Bn.T * bn
Jn = J.subs(dict(zip(B, Bn))).subs(dict(zip(bb, bn)))
L.step(sp.solve(list(grad(Jn, w)), list(w)) == dict(zip(w, xhat)))
L.step(sp.expand(J - ((w.T * B.T * B * w)[0] - 2 * (bb.T * B * w)[0] + (bb.T * bb)[0])) == 0)
L.step(Z(grad(J, w) - (2 * B.T * B * w - 2 * B.T * bb)))
L.define()
v = sp.Matrix(sp.symbols("v1:3", real=True))
L.step(sp.expand((v.T * B.T * B * v)[0] - ((B * v).T * (B * v))[0]) == 0); L.step(True, note="a squared norm is >= 0")
As = sp.Matrix(n, n, sp.symbols("e1:10", real=True)); bs = sp.Matrix(sp.symbols("f1:4", real=True))
rs = As * x - bs
L.step(Z(grad((rs.T * rs)[0]) - 2 * As * rs))
L.define(2)
L.define(2); L.step(Bn.T * Bn == sp.Matrix([[3, 3], [3, 5]])); L.step(Bn.T * bn == sp.Matrix([7, 10]))
L.step((Bn.T * Bn).det() == 15 - 9); L.step(15 - 9 == 6)
L.step(xhat == sp.Rational(1, 6) * sp.Matrix([[5, -3], [-3, 3]]) * sp.Matrix([7, 10]))
L.step(sp.Matrix([[5, -3], [-3, 3]]) * sp.Matrix([7, 10]) == sp.Matrix([5, 9]))
L.step(all(rounds(s, v) for s, v in zip(("0.8333", "1.5"), xhat)))
res = bn - Bn * xhat
L.step(all(rounds(s, v) for s, v in zip(("0.1667", "-0.3333", "0.1667"), res))); L.step(R("0.1667") - R("0.3333") + R("0.1667") == R("0.0001"))
lam = sp.Symbol("lambda", positive=True)
Jr = J + lam * (w.T * w)[0]
L.step(Z(grad(Jr, w) - (2 * B.T * r + 2 * lam * w)))
xr = (Bn.T * Bn + sp.eye(2)).inv() * Bn.T * bn
Jrn = Jn + (w.T * w)[0]
L.step(sp.solve(list(grad(Jrn, w)), list(w)) == dict(zip(w, xr)))
L.define(); L.step(Bn.T * Bn + sp.eye(2) == sp.Matrix([[4, 3], [3, 6]])); L.step((Bn.T * Bn + sp.eye(2)).det() == 24 - 9); L.step(24 - 9 == 15)
L.step(xr == sp.Rational(1, 15) * sp.Matrix([[6, -3], [-3, 4]]) * sp.Matrix([7, 10]))
L.step(sp.Matrix([[6, -3], [-3, 4]]) * sp.Matrix([7, 10]) == sp.Matrix([42 - 30, -21 + 40]))
L.step(sp.Matrix([42 - 30, -21 + 40]) == sp.Matrix([12, 29]))
L.step(sp.Matrix([12, 29]) / 15 == sp.Matrix([R("0.8"), sp.Rational(29, 15)]) and rounds("1.9333", sp.Rational(29, 15)))
L.step(-21 + 40 == 19); L.step(xr[0] == R("0.8") and rounds("1.2667", xr[1]))
t = sp.Symbol("t", real=True)
sig = 1 / (1 + sp.exp(-t))
L.step(same(sp.diff(sp.tanh(t), t), 1 - sp.tanh(t) ** 2, positive=False)); L.step(same(sp.diff(sig, t), sig * (1 - sig), positive=False))
L.step(same(sp.tanh(t), sp.sinh(t) / sp.cosh(t), positive=False))
L.step(same(sp.diff(sp.tanh(t), t), (sp.cosh(t) ** 2 - sp.sinh(t) ** 2) / sp.cosh(t) ** 2, positive=False))
L.step(same((sp.cosh(t) ** 2 - sp.sinh(t) ** 2) / sp.cosh(t) ** 2, 1 / sp.cosh(t) ** 2, positive=False))
L.step(same(1 / sp.cosh(t) ** 2, 1 - sp.tanh(t) ** 2, positive=False))
L.define()
L.step(same(sp.diff(sig, t), sp.exp(-t) / (1 + sp.exp(-t)) ** 2, positive=False))
L.step(same(sp.exp(-t) / (1 + sp.exp(-t)) ** 2, 1 / (1 + sp.exp(-t)) * sp.exp(-t) / (1 + sp.exp(-t)), positive=False))
L.step(same(1 / (1 + sp.exp(-t)) * sp.exp(-t) / (1 + sp.exp(-t)), sig * (1 - sig), positive=False))
s2 = sig.subs(t, 2 * t)
L.step(same(sp.tanh(t), 2 * s2 - 1, positive=False))
L.step(same(sp.diff(sp.tanh(t), t), 4 * sp.diff(sig, t).subs(t, 2 * t), positive=False))
L.step(same(4 * sp.diff(sig, t).subs(t, 2 * t), 4 * s2 * (1 - s2), positive=False))
L.step(sp.diff(sp.tanh(t), t).subs(t, 0) == 4 * sp.Rational(1, 2) * sp.Rational(1, 4))
L.step(4 * sp.Rational(1, 2) * sp.Rational(1, 4) == sp.Rational(1, 2))
B3 = sp.Matrix(n, n, sp.symbols("g1:10", real=True))
cc = sp.Matrix(sp.symbols("h1:4", real=True))
L.step(Z(grad(((a.T * x)[0]) ** 2) - 2 * a))
L.step(Z(grad(((x - cc).T * (x - cc))[0]) - 2 * (x - cc)))
L.step(sp.expand((2 * A).det() - 2 * A.det()) == 0)
L.step(sp.expand((A * B3).trace() - (B3 * A).trace()) == 0); L.step(sp.expand((A * B3).trace() - A.trace() * B3.trace()) == 0)
L.step(Z((A * B3).T - A.T * B3.T))
An = sp.Matrix([[2, 1, 0], [1, 3, 1], [0, 1, 4]]) + sp.Matrix([[0, 2, 0], [0, 0, 0], [1, 0, 0]])
L.step(An.inv().T == An.T.inv() and (lambda M: M.inv().T == M.T.inv())(sp.Matrix([[1, 2, 3], [0, 1, 4], [5, 6, 0]])))
L.step(same(sp.diff(sig ** 2, t), 2 * sig, positive=False))
L.done()
