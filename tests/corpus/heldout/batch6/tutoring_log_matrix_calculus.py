"""Labels for tutoring_log_matrix_calculus.tex: a tutoring session typed up as a dialogue: grad x^T A x
as 2Ax for a non-symmetric A (carried), least squares with the 2 lost (carried into a step), a 2x2
inverse with the off-diagonal signs kept (carried into x*), ridge with lambda added to every entry,
d tr(AX)/dX = A, grad ||x||^2 = x."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, same  # noqa: E402

L = Labels("batch6/tutoring_log_matrix_calculus.tex")
V = lambda *e: sp.Matrix(e)
A = sp.Matrix([[1, 2], [0, 1]]); x = V(1, -1); b = V(1, 1)
u = sp.Matrix(sp.symbols("u1 u2", real=True))
f = (u.T * A * u)[0]; grad_f = sp.Matrix([sp.diff(f, ui) for ui in u])
g = ((A * u - b).T * (A * u - b))[0]; grad_g = sp.Matrix([sp.diff(g, ui) for ui in u])
at = dict(zip(u, x))
L.define(3); L.define()
L.step(grad_f == 2 * A * u); L.step(False, carried=2 * A * x == 2 * V(-1, -1)); L.step(2 * V(-1, -1) == V(-2, -2))
L.step(sp.expand(grad_f - (A + A.T) * u) == sp.zeros(2, 1)); L.step(A * x == V(-1, -1)); L.step(A.T * x == V(1, 1)); L.step(grad_f.subs(at) == V(0, 0))
L.step(f.subs(at) == (x.T * (A * x))[0]); L.step((x.T * (A * x))[0] == 1 * (-1) + (-1) * (-1)); L.step(f.subs(at) == 0)
L.step(sp.expand(f - (u[0]**2 + 2 * u[0] * u[1] + u[1]**2)) == 0); L.step(sp.expand(f - (u[0] + u[1])**2) == 0); L.define()
L.define()
L.step(A * x - b == V(-2, -2)); L.step(g.subs(at) == 8); L.step(sp.expand(grad_g - A.T * (A * u - b)) == sp.zeros(2, 1)); L.step(A.T * V(-2, -2) == V(-2, -6))
L.step(sp.expand(grad_g - 2 * A.T * (A * u - b)) == sp.zeros(2, 1)); L.step(2 * A.T * (A * x - b) == 2 * V(-2, -6)); L.step(2 * V(-2, -6) == V(-4, -12))
L.define(); L.step(x - R("0.1") * grad_g.subs(at) == x + V(R("0.2"), R("0.6")), carried=x - R("0.1") * V(-2, -6) == x + V(R("0.2"), R("0.6")))
L.step(V(1, -1) + V(R("0.2"), R("0.6")) == V(R("1.2"), R("-0.4")))
L.step(x - R("0.1") * grad_g.subs(at) == V(R("1.4"), R("0.2")))
AtA = A.T * A; inv = AtA.inv(); xs = inv * A.T * b
L.step(AtA == sp.Matrix([[1, 2], [2, 5]])); L.step(A.T * b == V(1, 3)); L.step(AtA.det() == 1)
L.step(inv == sp.Matrix([[5, 2], [2, 1]])); L.step(True, note="normal equations")
L.step(xs == V(11, 5), carried=sp.Matrix([[5, 2], [2, 1]]) * V(1, 3) == V(11, 5))
L.step(inv == sp.Matrix([[5, -2], [-2, 1]])); L.step(xs == V(5 - 6, -2 + 3)); L.step(xs == V(-1, 1))
L.step(A * V(-1, 1) == V(1, 1)); L.step(V(1, 1) == b); L.step(g.subs(dict(zip(u, xs))) == 0)
L.define()
lam = 1
L.step(AtA + lam * sp.ones(2, 2) == AtA + lam * sp.eye(2))
ridge = AtA + lam * sp.eye(2); xl = ridge.inv() * A.T * b
L.step(ridge == sp.Matrix([[2, 2], [2, 6]])); L.step(ridge.det() == 8 and xl == sp.Rational(1, 8) * sp.Matrix([[6, -2], [-2, 2]]) * V(1, 3))
L.step(xl == V(0, R("0.5"))); L.step(xl.norm() == R("0.5")); L.step(R("0.5") < sp.sqrt(2)); L.step(sp.sqrt(2) == xs.norm())
Xs = sp.Matrix(2, 2, sp.symbols("X11 X12 X21 X22")); As = sp.Matrix(2, 2, sp.symbols("A11 A12 A21 A22"))
tr = (As * Xs).trace(); grad_tr = sp.Matrix(2, 2, lambda i, j: sp.diff(tr, Xs[i, j]))
L.step(grad_tr == As)
L.step(sp.expand(tr - sum(As[i, j] * Xs[j, i] for i in range(2) for j in range(2))) == 0)
L.step(all(sp.diff(tr, Xs[j, i]) == As[i, j] for i in range(2) for j in range(2)))
norm = sp.sqrt(u[0]**2 + u[1]**2)
L.step(all(same(sp.diff(norm, ui), ui / norm, list(u)) for ui in u)); L.define()
L.step(all(sp.expand(sp.diff(norm**2, ui) - ui) == 0 for ui in u))
L.done()
