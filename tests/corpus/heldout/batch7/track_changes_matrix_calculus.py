"""Labels for track_changes_matrix_calculus.tex: shared notes exported from suggesting mode (struck-out
text with \\sout, reviewers' comments): grad x^T A x = 2Ax for a non-symmetric A (carried into a
directional derivative), Hessian 2A, 2A(Ax - b) for 2A^T(Ax - b) (carried), an inverse with the
off-diagonal signs lost (carried into w*), ridge, log det with X^-1 for X^-T. Matrices are 2x2 as
stated; the general claims are checked on random 2x2 (3x3) instances."""
import random
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds  # noqa: E402

L = Labels("batch7/track_changes_matrix_calculus.tex")
rng = random.Random(5)
rnd = lambda r, c: sp.Matrix(r, c, lambda i, j: sp.Rational(rng.randint(-9, 9), rng.randint(1, 5)))
xs = sp.Matrix(sp.symbols("x1 x2"))
grad = lambda e, v: sp.Matrix([sp.diff(e, vi) for vi in v])
A = sp.Matrix([[1, 2], [0, 3]]); b = sp.Matrix([0, 1]); x0 = sp.Matrix([1, -1])
at = lambda M: M.subs(dict(zip(xs, x0)))
L.define(3, "A, b, x")
a = sp.Matrix(sp.symbols("a1 a2"))
L.step(grad((a.T * xs)[0], xs) == a)
q = (xs.T * A * xs)[0]
L.step(sp.simplify(grad(q, xs) - 2 * A * xs) == sp.zeros(2, 1))
L.define(note="A = A^T"); L.step(sp.simplify(grad(q, xs) - (A + A.T) * xs) == sp.zeros(2, 1))
L.step(A * x0 == sp.Matrix([-1, -3])); L.step(at(q) == 2); L.step(2 * A * x0 == sp.Matrix([-2, -6]))
L.step(A + A.T == sp.Matrix([[2, 2], [2, 6]])); L.step((A + A.T) * x0 == sp.Matrix([0, -4]))
u = sp.Matrix([1, 0])
L.define(note="u"); L.step((at(grad(q, xs)).T * u)[0] == -2, carried=((2 * A * x0).T * u)[0] == -2)
L.step((at(grad(q, xs)).T * u)[0] == 0)
h = sp.Symbol("h")
L.define(note="f"); L.step(sp.expand((q.subs({xs[0]: 1 + h, xs[1]: -1}) - at(q)) / h) == h)
Hs = sp.hessian(q, xs)
L.step(Hs == 2 * A); L.step(Hs == A + A.T)
r = ((A * xs - b).T * (A * xs - b))[0]
L.step(sp.simplify(grad(r, xs) - 2 * A * (A * xs - b)) == sp.zeros(2, 1))
L.step(A * x0 - b == sp.Matrix([-1, -4]))
L.step(at(grad(r, xs)) == sp.Matrix([-18, -24]), carried=2 * A * sp.Matrix([-1, -4]) == sp.Matrix([-18, -24]))
L.step(2 * A * sp.Matrix([-1, -4]) == sp.Matrix([-18, -24]))
L.step(sp.simplify(grad(r, xs) - 2 * A.T * (A * xs - b)) == sp.zeros(2, 1))
L.step(2 * A.T * sp.Matrix([-1, -4]) == 2 * sp.Matrix([-1, -14])); L.step(2 * sp.Matrix([-1, -14]) == sp.Matrix([-2, -28]))
X = sp.Matrix([[1, 0], [1, 1], [1, 2]]); y = sp.Matrix([1, 2, 4])
G = X.T * X
L.define(note="y"); L.step(G == sp.Matrix([[3, 3], [3, 5]])); L.step(X.T * y == sp.Matrix([7, 10]))
L.step(G.det() == 15 - 9); L.step(G.det() == 6)
wrongInv = sp.Matrix([[5, 3], [3, 3]]) / 6
L.step(G.inv() == wrongInv)
ws = G.inv() * X.T * y
w_ = sp.Matrix(sp.symbols("w1 w2"))
L.step(sp.solve(list(grad(((X * w_ - y).T * (X * w_ - y))[0], w_)), list(w_)) == {w_[0]: ws[0], w_[1]: ws[1]})
L.step(ws == sp.Matrix([65, 51]) / 6, carried=wrongInv * X.T * y == sp.Matrix([65, 51]) / 6)
L.step(rounds("10.8333", sp.Rational(65, 6)) and sp.Rational(51, 6) == R("8.5"))
L.step(G.inv() == sp.Matrix([[5, -3], [-3, 3]]) / 6); L.step(ws == sp.Matrix([5, 9]) / 6)
L.step(rounds("0.8333", ws[0]) and ws[1] == R("1.5")); L.step(y - X * ws == sp.Matrix([sp.Rational(1, 6), -sp.Rational(1, 3), sp.Rational(1, 6)]))
Gr = G + sp.eye(2)
L.define(note="lambda = 1"); L.step(Gr == sp.Matrix([[4, 3], [3, 6]])); L.step(Gr.det() == 24 - 9); L.step(Gr.det() == 15)
wl = Gr.inv() * X.T * y
L.step(wl == sp.Matrix([6 * 7 - 3 * 10, -3 * 7 + 4 * 10]) / 15)
L.step(wl[0] == R("0.8") and rounds("1.2667", wl[1]))
L.step(rounds("1.4981", wl.norm())); L.step(wl.norm() < ws.norm()); L.step(rounds("1.7159", ws.norm()))
Xs = sp.Matrix(3, 3, sp.symbols("X0:9"))
gM = lambda e: sp.Matrix(3, 3, lambda i, j: sp.diff(e, Xs[i, j]))
A3, B3 = rnd(3, 3), rnd(3, 3)
pt = {s: sp.Rational(rng.randint(-9, 9), 4) + (3 if i % 4 == 0 else 0) for i, s in enumerate(Xs)}
L.step(gM((A3 * Xs).trace()) == A3.T)
L.step(sp.expand(gM((Xs.T * Xs).trace()) - 2 * Xs) == sp.zeros(3, 3))
ld = gM(sp.log(Xs.det())).subs(pt)
L.step(sp.simplify(ld - Xs.subs(pt).inv()) == sp.zeros(3, 3))
L.step(sp.expand(gM((A3 * Xs * B3).trace()) - A3.T * B3.T) == sp.zeros(3, 3))
wv = sp.Matrix(sp.symbols("v1 v2")); s_ = lambda z: 1 / (1 + sp.exp(-z)); z = (wv.T * xs)[0]
gs = grad(s_(z), xs) - s_(z) * (1 - s_(z)) * wv
L.step(all(abs(sp.N(e.subs({xs[0]: R("0.3"), xs[1]: R("-1.2"), wv[0]: 2, wv[1]: R("0.7")}), 30)) < 1e-25 for e in gs))
L.done()
