"""Labels for forum_thread_bayesian_linreg_by_hand.tex: a Q&A thread on the posterior of a 2-parameter Bayesian
linear regression (alpha = beta = 1, three points). The asker inverts the 2x2 precision without flipping the
off-diagonal signs (carried into m_N, the predictive mean and variance and a gradient check) and drops the noise
from the predictive variance; the answer corrects, adds least squares, the ridge link, standard deviations, the
predictive interval and the evidence; a commenter's shrinkage shortcut, flat-prior variance and determinant."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch17/forum_thread_bayesian_linreg_by_hand.tex")
al, be = sp.Integer(1), sp.Integer(1)
P = sp.Matrix([[1, 0], [1, 1], [1, 2]]); y = sp.Matrix([1, 2, 2])
L.define(2, "model, beta"); L.define(3, "alpha, x, y")
L.define(note="Phi"); L.step(P.T * P == sp.Matrix([[3, 3], [3, 5]])); L.step(P.T * y == sp.Matrix([5, 6]))
A = al * sp.eye(2) + be * P.T * P
L.step(True, note="precision formula"); L.step(A == sp.Matrix([[4, 3], [3, 6]])); L.step(A.det() == 4 * 6 - 3 * 3); L.step(A.det() == 15)
S = A.inv(); m = be * S * P.T * y
Sw = sp.Matrix([[6, 3], [3, 4]]) / 15
L.step(S == Sw, note="signs"); L.step(True, note="m_N formula")
L.step(m == sp.Matrix([6 * 5 + 3 * 6, 3 * 5 + 4 * 6]) / 15, carried=True)
L.step(sp.Matrix([6 * 5 + 3 * 6, 3 * 5 + 4 * 6]) == sp.Matrix([48, 39])); L.step(sp.Matrix([48, 39]) / 15 == sp.Matrix([R("3.2"), R("2.6")]))
L.define(2, "x*, phi*")
ph = sp.Matrix([1, 3])
mu = (m.T * ph)[0]; var = 1 / be + (ph.T * S * ph)[0]
L.step(True, note="mu* = m^T phi"); L.step(mu == R("3.2") + 3 * R("2.6"), carried=True); L.step(R("3.2") + 3 * R("2.6") == R("11.0"))
L.step(var == (ph.T * S * ph)[0], note="+ 1/beta"); L.step((ph.T * S * ph)[0] == sp.Rational(6 + 2 * 3 * 3 + 4 * 9, 15), carried=True)
L.step(sp.Rational(6 + 2 * 3 * 3 + 4 * 9) == 60); L.step(sp.Rational(60, 15) == 4)
L.step(sp.sqrt(var) == 2, carried=True); L.define(note="w = 0")
w = sp.Matrix(sp.symbols("w0 w1"))
logp = -be / 2 * ((y - P * w).T * (y - P * w))[0] - al / 2 * (w.T * w)[0]
gradp = sp.Matrix([sp.diff(logp, v) for v in w]).subs({w[0]: 0, w[1]: 0})
L.step(gradp == be * P.T * y and gradp == sp.Matrix([5, 6]))
L.step(A * m == sp.Matrix([4 * R("3.2") + 3 * R("2.6"), 3 * R("3.2") + 6 * R("2.6")]), carried=True)
L.step(sp.Matrix([4 * R("3.2") + 3 * R("2.6"), 3 * R("3.2") + 6 * R("2.6")]) == sp.Matrix([R("20.6"), R("25.2")]))
a, b, c, d = sp.symbols("a b c d")
L.step(sp.simplify(sp.Matrix([[a, b], [c, d]]).inv() - sp.Matrix([[d, -b], [-c, a]]) / (a * d - b * c)) == sp.zeros(2))
L.step(S == sp.Matrix([[6, -3], [-3, 4]]) / 15)
L.step(S[0, 0] == R("0.4") and S[0, 1] == R("-0.2") and S[1, 0] == R("-0.2") and rounds("0.2667", S[1, 1]))
L.step(A * S == sp.eye(2))
L.step(m == sp.Matrix([6 * 5 - 3 * 6, -3 * 5 + 4 * 6]) / 15); L.step(m == sp.Matrix([12, 9]) / 15); L.step(m == sp.Matrix([R("0.8"), R("0.6")]))
ls = (P.T * P).inv() * P.T * y
L.step(ls == sp.Matrix([[5, -3], [-3, 3]]) / 6 * sp.Matrix([5, 6])); L.step(ls == sp.Matrix([sp.Rational(7, 6), sp.Rational(1, 2)]))
L.step(rounds("1.17", ls[0]) and ls[1] == R("0.5"))
L.define(note="lambda = alpha/beta"); L.step(sp.Rational(al, be) == 1); L.step(m == (P.T * P + sp.eye(2)).inv() * P.T * y)
L.step(rounds("0.6325", sp.sqrt(S[0, 0]))); L.step(rounds("0.5164", sp.sqrt(S[1, 1]), sp.sqrt(R("0.2667"))))
L.step(rounds("-0.6124", S[0, 1] / sp.sqrt(S[0, 0] * S[1, 1]), R("-0.2") / sp.sqrt(R("0.4") * R("0.2667"))))
L.define(note="x* = 3")
L.step(True, note="predictive variance formula"); L.step((ph.T * S * ph)[0] == sp.Rational(6 - 2 * 3 * 3 + 4 * 9, 15))
L.step(sp.Rational(6 - 18 + 36, 15) == sp.Rational(24, 15)); L.step(sp.Rational(24, 15) == R("1.6"))
L.step(var == 1 + R("1.6")); L.step(var == R("2.6")); L.step(rounds("1.6125", sp.sqrt(var)))
L.step(mu == R("0.8") + 3 * R("0.6")); L.step(mu == R("2.6"))
L.step(R("1.96") * R("1.6125") == R("3.1605"))
L.define(note="C")
C = sp.eye(3) / be + P * P.T / al
L.step(C == sp.Matrix([[2, 1, 1], [1, 3, 3], [1, 3, 6]])); L.step(C.det() == (sp.eye(2) + P.T * P).det()); L.step(C.det() == 15)
q = (y.T * C.inv() * y)[0]
L.step(q == be * ((y - P * m).T * (y - P * m))[0] + al * (m.T * m)[0])
L.step(y - P * m == sp.Matrix([R("0.2"), R("0.6"), 0])); L.step(q == R("0.40") + R("1.00")); L.step(q == R("1.40"))
lp = -(3 * sp.log(2 * sp.pi) + sp.log(C.det()) + q) / 2
L.step(True, note="Gaussian log density")
L.step(substituted(lp, lambda u, v: -(u + v + R("1.40")) / 2, "~5.5136", "~2.7081")
       and rounds("5.5136", 3 * sp.log(2 * sp.pi)) and rounds("2.7081", sp.log(15)))
L.step(rounds("-4.8108", lp, -(R("5.5136") + R("2.7081") + R("1.40")) / 2))
L.step(mu == R("2.6")); L.step(var == R("2.6"))
xs = sp.symbols("x")
phx = sp.Matrix([1, xs])
L.step(sp.expand((m.T * phx)[0] - (R("0.8") + R("0.6") * xs)) == 0)
v2 = 1 + (phx.T * S * phx)[0]
L.step(sp.expand(v2 - (1 + (6 - 6 * xs + 4 * xs ** 2) / 15)) == 0)
L.step(sp.solve(sp.diff(v2, xs), xs) == [R("0.75")]); L.step(v2.subs(xs, R("0.75")) == R("1.25"))
L.step(m == be / (al + be) * ls, note="not a scalar shrink"); L.step(be / sp.Integer(al + be) * ls == R("0.5") * sp.Matrix([sp.Rational(7, 6), sp.Rational(1, 2)]))
L.step(rounds("0.5833", R("0.5") * sp.Rational(7, 6)) and R("0.5") * R("0.5") == R("0.25"))
Vflat = ((P.T * P).inv())[1, 1] / be
L.step(True, note="flat-prior covariance"); L.step(Vflat == sp.Rational(5, 6), note="3/6"); L.step(rounds("0.8333", sp.Rational(5, 6)))
L.step(C.det() == 2 * 3 * 6); L.step(2 * 3 * 6 == 36)
L.step(m == sp.Matrix([R("0.8"), R("0.6")]))
L.step(((P.T * P).inv())[1, 1] == sp.Rational(3, 6)); L.step(sp.Rational(3, 6) == R("0.5")); L.step(C.det() == 15)
L.define(note="x* = 3"); L.step(sp.sqrt(var) == var, note="sd is sqrt 2.6"); L.step(var == R("2.6")); L.step(R("1.96") * R("2.6") == R("5.096"))
L.define(note="alpha = 2")
m2 = (P.T * P + 2 * sp.eye(2)).inv() * P.T * y
L.step(True, note="m_N with lambda = 2"); L.step(m2 == sp.Matrix([[7, -3], [-3, 5]]) / 16 * sp.Matrix([5, 6]), note="det 26")
L.step(sp.Matrix([[7, -3], [-3, 5]]) * sp.Matrix([5, 6]) == sp.Matrix([17, 15])); L.step(sp.Matrix([17, 15]) / 16 == sp.Matrix([R("1.0625"), R("0.9375")]))
L.step((m2.T * m2)[0] == R("1.0625") ** 2 + R("0.9375") ** 2, carried=True); L.step(rounds("2.0078", R("1.0625") ** 2 + R("0.9375") ** 2)); L.step(R("2.0078") > 1)
L.step((P.T * P + 2 * sp.eye(2)).det() == 5 * 7 - 3 * 3); L.step(5 * 7 - 3 * 3 == 26)
L.step(m2 == sp.Matrix([sp.Rational(17, 26), sp.Rational(15, 26)])); L.step(rounds("0.6538", m2[0]) and rounds("0.5769", m2[1]))
L.done()
