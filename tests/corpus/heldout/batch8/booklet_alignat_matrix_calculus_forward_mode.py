"""Labels for booklet_alignat_matrix_calculus_forward_mode.tex: an exam booklet transcribed in alignat
with \\boldsymbol macros, ^T (candidate) and ^\\top (key), \\left(\\right), slanted fractions (\\sfrac).
Q2: grad x^T A x = 2Ax for a non-symmetric A; d tr(X^T A)/dX = A^T; the least-squares Hessian as AA^T
carried into a Newton step and
its residual; the key. Q3: a forward-mode trace of log x1 + x1 x2^2 at (2, 3) where the second seed's
tangent of v2^2 loses its factor 2, carried into v5-dot, df/dx2 and a directional derivative; the key.
Matrix identities are checked with symbolic 2x2 matrices (entries at random rational points)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same  # noqa: E402

L = Labels("batch8/booklet_alignat_matrix_calculus_forward_mode.tex")
A = sp.Matrix([[2, 1], [0, 3]]); b = sp.Matrix([1, 0])
x1s, x2s = sp.symbols("x1 x2"); X = sp.Matrix([x1s, x2s])
grad = lambda e: sp.Matrix([sp.diff(e, x1s), sp.diff(e, x2s)])
zero = lambda M: sp.simplify(M) == sp.zeros(*M.shape)
L.define(2, "A, b")
L.step(zero(grad((b.T * X)[0]) - b)); L.step(zero(grad((X.T * X)[0]) - 2 * X))
q = (X.T * A * X)[0]
L.step(zero(grad(q) - 2 * A * X), note="2Ax for non-symmetric A"); L.define(note="at x = (1, -1)")
x0 = {x1s: 1, x2s: -1}
L.step(2 * A * sp.Matrix([1, -1]) == 2 * sp.Matrix([1, -3])); L.step(2 * sp.Matrix([1, -3]) == sp.Matrix([2, -6]))
Xm = sp.Matrix(2, 2, sp.symbols("p q r s")); M = sp.Matrix(2, 2, sp.symbols("a11 a12 a21 a22"))
dmat = lambda e: sp.Matrix(2, 2, lambda i, j: sp.diff(e, Xm[i, j]))
L.step(zero(dmat((M * Xm).trace()) - M.T)); L.step(zero(dmat((Xm.T * M).trace()) - M.T), note="is M")
L.step(all(same(u, v, positive=True) for u, v in zip(dmat(sp.log(Xm.det())), Xm.inv().T)))
f = ((A * X - b).T * (A * X - b))[0] / 2
L.define(note="f")
H = sp.hessian(f, (x1s, x2s))
L.step(zero(grad(f) - A.T * (A * X - b))); L.step(H == A * A.T, note="AA^T"); L.step(A * A.T == sp.Matrix([[5, 3], [3, 9]]))
L.define(note="x0 = 0"); g0 = grad(f).subs({x1s: 0, x2s: 0})
L.step(g0 == -A.T * b); L.step(-A.T * b == -sp.Matrix([2, 1]))
Hs = A * A.T                                               # the candidate's Hessian
x1_true = -H.inv() * g0; x1_stud = -Hs.inv() * g0
L.define(note="Newton rule")
L.step(x1_true == sp.Rational(1, 36) * sp.Matrix([[9, -3], [-3, 5]]) * sp.Matrix([2, 1]),
       carried=Hs.inv() == sp.Rational(1, 36) * sp.Matrix([[9, -3], [-3, 5]]))
L.step(sp.Rational(1, 36) * sp.Matrix([[9, -3], [-3, 5]]) * sp.Matrix([2, 1]) == sp.Matrix([sp.Rational(15, 36), -sp.Rational(1, 36)]))
L.step(rounds("0.4167", sp.Rational(15, 36)) and rounds("-0.0278", -sp.Rational(1, 36)))
r_true = A * x1_true - b; r_stud = A * x1_stud - b
L.step(r_true == sp.Matrix([sp.Rational(29, 36) - 1, -sp.Rational(3, 36)]), carried=r_stud == sp.Matrix([sp.Rational(29, 36) - 1, -sp.Rational(3, 36)]))
L.step(rounds("-0.1944", sp.Rational(29, 36) - 1) and rounds("-0.0833", -sp.Rational(3, 36)))
# key
L.step(zero(grad(q) - (A + A.T) * X)); L.step(((A + A.T) * sp.Matrix([1, -1])) == sp.Matrix([3, -5]))
L.step(zero(dmat((Xm.T * M).trace()) - M))
L.step(H == A.T * A); L.step(A.T * A == sp.Matrix([[4, 2], [2, 10]]))
L.step(x1_true == (A.T * A).inv() * A.T * b); L.step((A.T * A).inv() * A.T * b == A.inv() * b); L.step(A.inv() * b == sp.Matrix([sp.Rational(1, 2), 0]))
L.step(r_true == sp.zeros(2, 1))
# Q3 forward mode
F = sp.log(x1s) + x1s * x2s**2; pt = {x1s: 2, x2s: 3}
L.define(2, "f, the point")
v1, v2 = sp.Integer(2), sp.Integer(3); v3 = sp.log(v1); v4 = v2**2; v5 = v1 * v4; v6 = v3 + v5
L.define(); L.step(v1 == 2); L.define(); L.step(v2 == 3); L.define(); L.step(rounds("0.6931", v3))
L.define(); L.step(v4 == 9); L.define(); L.step(v5 == 18); L.define(); L.step(rounds("18.6931", v6) and sp.simplify(v6 - F.subs(pt)) == 0)


def tangents(d1, d2):
    d3 = d1 / v1; d4 = 2 * v2 * d2; d5 = d1 * v4 + v1 * d4
    return d3, d4, d5, d3 + d5


L.define(2, "seed 1")
d3, d4, d5, d6 = tangents(1, 0)
L.define(); L.step(d3 == R("0.5")); L.define(); L.step(d4 == 0); L.define(); L.step(d5 == 9)
L.define(note="v6-dot rule"); L.step(d6 == R("9.5")); L.step(d6 == sp.diff(F, x1s).subs(pt))
L.define(2, "seed 2")
d3, d4, d5, d6 = tangents(0, 1)
D4 = v2 * 1; D5 = v1 * D4                                  # the candidate's v4-dot without the 2
L.step(d3 == 0); L.step(d4 == v2 * 1, note="tangent of v2^2"); L.step(D4 == 3)
L.define(note="v5-dot = v1 v4-dot (v1-dot = 0)"); L.step(d5 == 2 * 3, carried=D5 == 2 * 3); L.step(2 * 3 == 6)
dfdx2 = sp.diff(F, x2s).subs(pt)
L.step(True, note="the tangent v6-dot is df/dx2 by the meaning of forward mode"); L.step(dfdx2 == 6, carried=D5 == 6)
L.define(note="u = (1, 1)")
gradF = [sp.diff(F, x1s).subs(pt), dfdx2]
L.step(gradF[0] + gradF[1] == R("9.5") + 6, carried=gradF[0] + D5 == R("9.5") + 6); L.step(R("9.5") + 6 == R("15.5"))
L.define(note="v4-dot rule"); L.step(d4 == 6); L.step(d5 == 12); L.step(d5 == dfdx2); L.step(same(sp.diff(F, x2s), 2 * x1s * x2s))
L.step(gradF[0] + gradF[1] == R("21.5"))
L.done()
