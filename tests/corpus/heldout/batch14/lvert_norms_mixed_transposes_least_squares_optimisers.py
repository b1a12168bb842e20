"""Labels for lvert_norms_mixed_transposes_least_squares_optimisers.tex: a take-home answer mixing `^\\top`, `^T`
and `'` transposes, with `\\lVert \\rVert` norms: gradients of quadratic forms and norms, norm identities with
numbers, least squares and ridge on a 3x2 design, GD, heavy-ball momentum and Adam's first step, and the
step-size bound from the Hessian (with a grader's remark)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds  # noqa: E402

L = Labels("batch14/lvert_norms_mixed_transposes_least_squares_optimisers.tex")
Xs = sp.Matrix(sp.symbols("x0:6")).reshape(3, 2); ys = sp.Matrix(sp.symbols("y0:3")); ws = sp.Matrix(sp.symbols("w0:2"))
f = ((Xs * ws - ys).T * (Xs * ws - ys))[0] / 2
grad = sp.Matrix([sp.diff(f, v) for v in ws])
L.define(); L.step(sp.expand(f - ((ws.T * Xs.T * Xs * ws)[0] / 2 - (ys.T * Xs * ws)[0] + (ys.T * ys)[0] / 2)) == 0)
L.step(sp.expand(grad - (Xs.T * Xs * ws - Xs.T * ys)) == sp.zeros(2, 1)); L.step(sp.expand(grad - Xs.T * (Xs * ws - ys)) == sp.zeros(2, 1))
xv = sp.Matrix(sp.symbols("u0:2", real=True)); cv = sp.Matrix(sp.symbols("c0:2", real=True))
L.step(sp.Matrix([sp.diff((xv.T * xv)[0], v) for v in xv]) == 2 * xv)
nrm = sp.sqrt((xv.T * xv)[0]); L.step(sp.simplify(sp.Matrix([sp.diff(nrm, v) for v in xv]) - xv / nrm) == sp.zeros(2, 1))
nc = sp.sqrt(((xv - cv).T * (xv - cv))[0])
L.step(sp.simplify(sp.Matrix([sp.diff(nc, v) for v in xv]) - (xv - cv) / nc ** 2) == sp.zeros(2, 1), note="over the norm, not its square")
A_ = sp.Matrix(2, 2, sp.symbols("a0:4"))
q = (xv.T * A_ * xv)[0]; gq = sp.Matrix([sp.diff(q, v) for v in xv])
L.step(sp.expand(gq - (A_ + A_.T) * xv) == sp.zeros(2, 1)); L.step(sp.expand((A_ + A_.T) * xv - 2 * A_ * xv) == sp.zeros(2, 1), note="symmetric A only")
Xm = sp.Matrix(2, 2, sp.symbols("m0:4"))
L.step(sp.Matrix(2, 2, lambda i, j: sp.diff((A_ * Xm).trace(), Xm[i, j])) == A_.T)
L.step(sp.simplify(sp.Matrix(2, 2, lambda i, j: sp.diff(sp.log(Xm.det()), Xm[i, j])) - Xm.inv().T) == sp.zeros(2, 2))
A = sp.Matrix([[2, 1], [0, 3]]); x = sp.Matrix([1, 1])
L.define(2)
L.step((A + A.T) * x == sp.Matrix([6, 6]), carried=2 * A * x == sp.Matrix([6, 6])); L.step(2 * A * x == sp.Matrix([6, 6])); L.step((x.T * A * x)[0] == 6)
av, bv = sp.Matrix(sp.symbols("p0:2", real=True)), sp.Matrix(sp.symbols("q0:2", real=True))
n2 = lambda v: (v.T * v)[0]
L.step(sp.expand(n2(av - bv) - (n2(av) - 2 * (av.T * bv)[0] + n2(bv))) == 0)
L.step(sp.expand(n2(av + bv) - (n2(av) - 2 * (av.T * bv)[0] + n2(bv))) == 0, note="+2 a'b")
a, b = sp.Matrix([1, 2]), sp.Matrix([3, -1])
L.define(2); L.step(n2(a) == 5); L.step(n2(b) == 10); L.step((a.T * b)[0] == 1); L.step(n2(a - b) == 5 - 2 + 10); L.step(5 - 2 + 10 == 13)
L.step((1 - 3) ** 2 + (2 + 1) ** 2 == 13)
L.step(n2(a + b) == 5 - 2 + 10, carried=True); L.step(5 - 2 + 10 == 13); L.step(4 ** 2 + 1 ** 2 == 17 and n2(a + b) == 17); L.define(note="a'b = 0")
L.step(sp.sqrt(n2(a + b)) == sp.sqrt(13), carried=True); L.step(rounds("3.6056", sp.sqrt(13))); L.step(sp.sqrt(13) <= sp.sqrt(5) + sp.sqrt(10))
L.step(abs((a.T * b)[0]) <= sp.sqrt(n2(a) * n2(b))); L.step(sp.sqrt(n2(a) * n2(b)) == sp.sqrt(50)); L.step(rounds("7.0711", sp.sqrt(50)))
X = sp.Matrix([[1, 0], [1, 1], [1, 2]]); y = sp.Matrix([1, 2, 4])
L.define(2)
G = X.T * X; Xy = X.T * y; ws_ = G.inv() * Xy
L.step(G == sp.Matrix([[3, 3], [3, 5]])); L.step(Xy == sp.Matrix([7, 10])); L.step(G.inv() == sp.Matrix([[5, -3], [-3, 3]]) / 6)
L.step(ws_ == sp.Matrix([5, 9]) / 6); L.step(rounds("0.8333", ws_[0]) and ws_[1] == R("1.5"))
r = X * ws_ - y
L.define(note="r"); L.step(r == sp.Matrix([-sp.Rational(1, 6), sp.Rational(1, 3), -sp.Rational(1, 6)])); L.step(X.T * r == sp.zeros(2, 1))
L.step(n2(r) == sp.Rational(1, 6)); L.step(rounds("0.1667", n2(r)))
L.step(n2(r) / 3 == R("0.1676") / 3, note="0.1667 miscopied"); L.step(rounds("0.0559", R("0.1676") / 3))
wl = (G + sp.eye(2)).inv() * Xy
L.define(note="lambda = 1"); L.step(True, note="ridge normal equations")
L.step((G + sp.eye(2)).inv() == sp.Matrix([[6, -3], [-3, 4]]) / 15); L.step(sp.Matrix([[6, -3], [-3, 4]]) * Xy == sp.Matrix([12, 19]))
L.step(wl[0] == R("0.8") and rounds("1.2667", wl[1]))
L.step(rounds("2.2444", n2(wl))); L.step(n2(wl) < n2(ws_)); L.step(rounds("2.9444", n2(ws_)))
L.step(wl == ws_ / 2, note="only if X'X is a multiple of I")
eta = R("0.1"); gradf = lambda w: X.T * (X * w - y)
w0 = sp.zeros(2, 1)
L.define(2); L.step(gradf(w0) == -Xy); L.step(-Xy == sp.Matrix([-7, -10])); L.define(note="update rule")
w1 = w0 - eta * gradf(w0); L.step(w1 == sp.Matrix([R("0.7"), R("1.0")]))
fv = lambda w: n2(X * w - y) / 2
L.step(X * w1 - y == sp.Matrix([R("-0.3"), R("-0.3"), R("-1.3")])); L.step(fv(w1) == (R("0.09") + R("0.09") + R("1.69")) / 2); L.step(fv(w1) == R("0.935"))
L.step(fv(w0) == n2(y) / 2); L.step(fv(w0) == R("10.5")); L.step(rounds("0.0890", R("0.935") / R("10.5"))); L.step(R("0.0890") < R("0.1"))
L.define(4)
beta = R("0.9"); v1 = beta * sp.zeros(2, 1) + gradf(w0)
L.step(v1 == sp.Matrix([-7, -10])); L.step(True); L.step(gradf(w1) == sp.Matrix([R("-1.9"), R("-2.9")]))
v2 = beta * v1 + gradf(w1); L.step(True); L.step(v2 == sp.Matrix([R("-8.2"), R("-11.9")]))
w2 = w1 - eta * v2
L.step(True); L.step(w2 == sp.Matrix([R("1.52"), R("2.19")]))
d2 = w2 - ws_
L.step(rounds("0.6867", d2[0]) and d2[1] == R("0.69")); L.step(rounds("0.9735", sp.sqrt(n2(d2))))
L.step(n2(d2) > n2(w1 - ws_)); L.step(rounds("0.5175", sp.sqrt(n2(w1 - ws_))))
w2g = w1 - eta * gradf(w1); ww = sp.Matrix([R("0.98"), R("1.29")])
L.define(note="GD rule"); L.step(w2g == ww, note="0.89")
L.step(rounds("0.1467", (w2g - ws_)[0]) and (w2g - ws_)[1] == R("-0.21"), carried=rounds("0.1467", (ww - ws_)[0]) and (ww - ws_)[1] == R("-0.21"))
L.step(rounds("0.2562", sp.sqrt(R("0.1467") ** 2 + R("0.21") ** 2)))
L.step(rounds("3.80", sp.sqrt(n2(d2)) / sp.sqrt(n2(w2g - ws_))), carried=rounds("3.80", sp.sqrt(n2(d2)) / sp.sqrt(n2(ww - ws_))))
L.step(rounds("3.80", R("0.9735") / R("0.2562")))
g0 = gradf(w0); adam = w0 - eta * g0.applyfunc(sp.sign)
L.step(adam == sp.Matrix([R("0.1"), R("0.1")])); L.step(sp.sqrt(n2(adam - w0)) == R("0.1") * sp.sqrt(2)); L.step(rounds("0.1414", R("0.1") * sp.sqrt(2)))
H = sp.Matrix(2, 2, lambda i, j: sp.diff(fv(sp.Matrix(ws)), ws[i], ws[j]))
ev = max(H.eigenvals().keys(), key=lambda e: sp.N(e))
L.step(H == G); L.step(rounds("7.1623", ev)); L.step(True, note="eta < 2/L for an L-smooth quadratic"); L.step(rounds("0.2792", 2 / ev)); L.step(eta == R("0.1"))
L.step(H == 2 * G, note="f has the 1/2"); L.step(False, carried=True, note="bound from the grader's Hessian"); L.step(rounds("0.1396", 1 / ev))
wN = w0 - H.inv() * gradf(w0)
L.step(wN == ws_ / 2, carried=w0 - (2 * G).inv() * gradf(w0) == ws_ / 2); L.step(rounds("0.4167", ws_[0] / 2) and ws_[1] / 2 == R("0.75"))
L.done()
