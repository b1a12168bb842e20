"""Labels for mooc_discussion_board_linear_svm_dual.tex: a MOOC discussion thread solving a three-point
hard-margin SVM through the dual by hand (Lagrangian, stationarity, H matrix, alpha = 1/4, w, b, KKT checks);
a learner's reply drops the 1/2 of the double sum (carried into W', alpha, w, ||w||, b and the failing check);
a margin width 2/||w||^2 for 2/||w||; a transposed-digit 2.8248; the kernel form of the decision function."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch22/mooc_discussion_board_linear_svm_dual.tex")
X = [sp.Matrix([1, 2]), sp.Matrix([-1, 0]), sp.Matrix([2, 3])]
Y = [1, -1, 1]
L.define(6, "data")
# the true hard-margin solution, from the dual by brute force over alpha3 = 0 and the KKT checks
a = sp.symbols("a", nonnegative=True)
al = [a, a, 0]
W = sum(al) - sp.Rational(1, 2) * sum(al[i] * al[j] * Y[i] * Y[j] * (X[i].T * X[j])[0] for i in range(3) for j in range(3))
astar = sp.solve(sp.diff(W, a), a)[0]
w = sum((al[i] * Y[i] * X[i] for i in range(3)), sp.zeros(2, 1)).subs(a, astar)
b = Y[0] - (w.T * X[0])[0]
assert all(Y[i] * ((w.T * X[i])[0] + b) >= 1 for i in range(3)) and astar > 0
L.step(True, note="w = sum alpha y x (stationarity)")
L.define(note="constraint")
L.define(note="Lagrangian")
wv = sp.Matrix(sp.symbols("w1 w2")); bb = sp.symbols("b"); A = sp.symbols("a1:4")
Lag = (wv.T * wv)[0] / 2 - sum(A[i] * (Y[i] * ((wv.T * X[i])[0] + bb) - 1) for i in range(3))
grad = sp.Matrix([sp.diff(Lag, v) for v in wv])
L.step(sp.simplify(grad - (wv - sum((A[i] * Y[i] * X[i] for i in range(3)), sp.zeros(2, 1)))) == sp.zeros(2, 1)); L.define()
L.step(sp.simplify(sp.diff(Lag, bb) + sum(A[i] * Y[i] for i in range(3))) == 0); L.define()
wsub = sum((A[i] * Y[i] * X[i] for i in range(3)), sp.zeros(2, 1))
dual = sp.expand(Lag.subs(dict(zip(wv, wsub))).subs(bb, 0))   # b drops out when sum a y = 0
Wfull = sum(A) - sp.Rational(1, 2) * sum(A[i] * A[j] * Y[i] * Y[j] * (X[i].T * X[j])[0] for i in range(3) for j in range(3))
L.step(sp.simplify(dual - Wfull) == 0); L.define(2, "alpha >= 0, sum alpha y = 0")
L.define(note="alpha3 = 0"); L.step(True, note="alpha1 = alpha2 from sum alpha y = 0"); L.define(note="=: alpha")
L.step((X[0].T * X[0])[0] == 5); L.step((X[1].T * X[1])[0] == 1); L.step((X[0].T * X[1])[0] == -1)
L.define(note="H_ij")
H = sp.Matrix(2, 2, lambda i, j: Y[i] * Y[j] * (X[i].T * X[j])[0])
L.step(H == sp.Matrix([[5, 1], [1, 1]]))
L.step(same(W, 2 * a - sp.Rational(1, 2) * a ** 2 * (5 + 1 + 1 + 1))); L.step(same(2 * a - sp.Rational(1, 2) * a ** 2 * 8, 2 * a - 4 * a ** 2))
L.step(same(sp.diff(W, a), 2 - 8 * a)); L.step(astar == sp.Rational(1, 4))
e = sp.Rational(1, 4) * X[0] - sp.Rational(1, 4) * X[1]
L.step(w == e); L.step(e == sp.Matrix([R("0.5"), R("0.5")]))
L.step(b == Y[0] - (w.T * X[0])[0]); L.step(Y[0] - (w.T * X[0])[0] == 1 - R("1.5")); L.step(1 - R("1.5") == R("-0.5"))
L.step((w.T * X[1])[0] + b == R("-0.5") - R("0.5")); L.step(R("-0.5") - R("0.5") == -1)
L.step((w.T * X[2])[0] + b == R("2.5") - R("0.5")); L.step(R("2.5") - R("0.5") == 2); L.step(2 > 1)
L.step(True, note="alpha3 = 0 consistent with KKT")
# the learner without the 1/2
Wj = 2 * a - 8 * a ** 2
L.step(same(W, 2 * a - a ** 2 * 8), note="1/2 dropped"); L.step(same(2 * a - a ** 2 * 8, Wj))
aj = sp.solve(sp.diff(Wj, a), a)[0]
L.step(same(sp.diff(W, a), 2 - 16 * a), carried=same(sp.diff(Wj, a), 2 - 16 * a))
L.step(astar == sp.Rational(1, 8), carried=(aj == sp.Rational(1, 8))); L.step(sp.Rational(1, 8) == R("0.125"))
wj = aj * (X[0] - X[1])
L.step(w == R("0.125") * (X[0] - X[1]), carried=(wj == R("0.125") * (X[0] - X[1])))
L.step(R("0.125") * (X[0] - X[1]) == R("0.125") * sp.Matrix([2, 2])); L.step(R("0.125") * sp.Matrix([2, 2]) == sp.Matrix([R("0.25"), R("0.25")]))
bj = 1 - (wj.T * X[0])[0]
L.step(b == 1 - R("0.75"), carried=(bj == 1 - R("0.75"))); L.step(1 - R("0.75") == R("0.25"))
L.step(w.norm() == sp.sqrt(R("0.125")), carried=(wj.norm() == sp.sqrt(R("0.125"))))
L.step(rounds("0.3536", sp.sqrt(R("0.125")))); L.step(rounds("5.6561", 2 / R("0.3536")))
L.step((w.T * X[1])[0] + b == R("-0.25") + R("0.25"), carried=((wj.T * X[1])[0] + bj == R("-0.25") + R("0.25")))
L.step(R("-0.25") + R("0.25") == 0); L.step(0 != -1)
L.step(sp.Rational(1, 2) * 8 * a ** 2 == 4 * a ** 2)
L.step(W.subs(a, sp.Rational(1, 4)) == sp.Rational(1, 2) - sp.Rational(1, 4)); L.step(sp.Rational(1, 2) - sp.Rational(1, 4) == sp.Rational(1, 4))
L.step((w.T * w)[0] / 2 == (R("0.25") + R("0.25")) / 2); L.step((R("0.25") + R("0.25")) / 2 == R("0.25"))
L.step((w.T * w)[0] == R("0.5")); L.step(2 / w.norm() == 2 / R("0.5"), note="squared norm"); L.step(2 / R("0.5") == 4)
L.step(w.norm() == sp.sqrt(R("0.5"))); L.step(rounds("0.7071", w.norm(), approx=True))
L.step(rounds("2.8248", 2 / R("0.7071"), 2 / w.norm()), note="2.8284")
d = (X[0] - X[1]).norm()
L.step(d == sp.sqrt(2 ** 2 + 2 ** 2)); L.step(sp.sqrt(2 ** 2 + 2 ** 2) == sp.sqrt(8) == 2 / w.norm())
L.step(rounds("2.8284", 2 / R("0.7071"), 2 / w.norm()))
neg = max((w.T * X[i])[0] for i in range(3) if Y[i] == -1); pos = min((w.T * X[i])[0] for i in range(3) if Y[i] == 1)
L.step(b == -(neg + pos) / 2); L.step(-(neg + pos) / 2 == -(R("-0.5") + R("1.5")) / 2); L.step(-(R("-0.5") + R("1.5")) / 2 == R("-0.5"))
x = sp.Matrix([R("0.5"), -1])
xs = sp.Matrix(sp.symbols("x1 x2"))
f = (w.T * xs)[0] + b
kern = sum(sp.sympify(al[i]).subs(a, astar) * Y[i] * (X[i].T * xs)[0] for i in range(3)) + b
L.step(same(f, kern, positive=False)); L.step(same(kern, R("0.25") * (X[0].T * xs)[0] - R("0.25") * (X[1].T * xs)[0] - R("0.5"), positive=False))
L.define(note="x")
L.step((X[0].T * x)[0] == R("0.5") - 2); L.step(R("0.5") - 2 == R("-1.5")); L.step((X[1].T * x)[0] == R("-0.5"))
fx = f.subs(dict(zip(xs, x)))
e1 = R("0.25") * R("-1.5") - R("0.25") * R("-0.5") - R("0.5")
L.step(fx == e1); L.step(e1 == R("-0.375") + R("0.125") - R("0.5")); L.step(R("-0.375") + R("0.125") - R("0.5") == R("-0.75")); L.step(R("-0.75") < 0)
L.step(fx == R("0.25") - R("0.5") - R("0.5")); L.step(R("0.25") - R("0.5") - R("0.5") == R("-0.75"))
f3 = f.subs(dict(zip(xs, X[2])))
L.step(Y[2] * f3 == 2); L.step(2 / w.norm() == 2 * sp.sqrt(2) and Y[2] * f3 / w.norm() == 2 / w.norm()); L.step(rounds("2.8284", 2 * sp.sqrt(2), approx=True))
L.done()
