"""Labels for h_github_issue_optimizer_docs.tex: a GitHub issue thread about a docs example
(least squares with X in R^{3x2}): the docs' gradient X(Xw - y) (shapes do not match: wrong) and
gradient-ascent step (carried into L(w_1)), the reporter's redo, the Hessian and normal equations,
lambda_max taken as the trace (carried into the step bound), momentum with an addition slip (carried
into w_2), Adam's bias correction with 1 - beta^{t+1} (carried into the step) and the fix."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds  # noqa: E402

L = Labels("batch6/h_github_issue_optimizer_docs.tex")
M = sp.Matrix
X = M([[1, 0], [1, 1], [1, 2]]); y = M([1, 2, 2]); w0 = M([0, 0]); eta = R("0.1")
Lf = lambda w: ((X * w - y).T * (X * w - y))[0] / 2
grad = lambda w: X.T * (X * w - y)
ws = sp.Matrix(sp.symbols("a b"))
L.define(); L.define(4)
# docs
L.step(X.shape[1] == (X * ws - y).shape[0], note="X(Xw - y): 3x2 times 3-vector")
L.step(grad(w0) == M([-5, -6]))
w1 = w0 - eta * grad(w0)
L.step(w1 == w0 + eta * M([-5, -6])); L.step(w0 + eta * M([-5, -6]) == M([R("-0.5"), R("-0.6")]))
L.step(Lf(w1) == R("12.775"), carried=Lf(M([R("-0.5"), R("-0.6")])) == R("12.775"))
L.step(w1 == M([R("0.5"), R("0.6")])); L.step(X * w0 - y == M([-1, -2, -2]))
L.step(grad(w0) == M([-1 - 2 - 2, 0 - 2 - 4])); L.step(M([-1 - 2 - 2, 0 - 2 - 4]) == M([-5, -6]))
L.step(w1 == w0 - eta * M([-5, -6])); L.step(w1 == M([R("0.5"), R("0.6")]))
L.step(Lf(w1) == (R("0.25") + R("0.81") + R("0.09")) / 2); L.step(Lf(w1) == R("0.575")); L.step(Lf(w0) == R("4.5"))
# maintainer
L.step(sp.simplify(M([sp.diff(Lf(ws), v) for v in ws]) - grad(ws)) == sp.zeros(2, 1))
H = sp.hessian(Lf(ws), list(ws))
L.step(H == X.T * X); L.step(X.T * X == M([[3, 3], [3, 5]])); L.define(note="normal equations"); L.step(X.T * y == M([5, 6]))
wstar = (X.T * X).inv() * X.T * y
L.step(True, note="w* = (X^T X)^-1 X^T y")
L.step((X.T * X).inv() == M([[5, -3], [-3, 3]]) / 6)
L.step(wstar == M([sp.Rational(7, 6), sp.Rational(1, 2)])); L.step(rounds("1.1667", wstar[0]) and wstar[1] == R("0.5"))
lmax = max((X.T * X).eigenvals())
L.step(eta < 2 / lmax, note="stability condition, holds at eta = 0.1")
L.step(lmax == (X.T * X).trace()); L.step((X.T * X).trace() == 8)
L.step(2 / lmax == sp.Rational(2, 8), carried=True); L.step(sp.Rational(2, 8) == R("0.25"))
L.step(sp.simplify(lmax - (4 + sp.sqrt(10))) == 0); L.step(rounds("7.1623", 4 + sp.sqrt(10)))
L.step(rounds("0.2792", 2 / R("7.1623"), 2 / lmax)); L.define(note="eta = 0.1 restated")
L.step((4 + sp.sqrt(10)) + (4 - sp.sqrt(10)) == 8); L.step(8 == (X.T * X).trace())
L.step(sp.expand((4 + sp.sqrt(10)) * (4 - sp.sqrt(10))) == 6); L.step(6 == (X.T * X).det())
# momentum
beta = R("0.9"); L.define(4)
v1 = beta * sp.zeros(2, 1) + grad(w0); w1m = w0 - eta * v1
L.step(v1 == beta * sp.zeros(2, 1) + M([-5, -6])); L.step(v1 == M([-5, -6])); L.step(w1m == M([R("0.5"), R("0.6")]))
L.step(X * w1m - y == M([R("-0.5"), R("-0.9"), R("-0.3")])); L.step(grad(w1m) == M([R("-1.7"), R("-1.5")]))
v2 = beta * v1 + grad(w1m); w2 = w1m - eta * v2
L.step(v2 == beta * M([-5, -6]) + M([R("-1.7"), R("-1.5")])); L.step(v2 == M([R("-6.2"), R("-7.5")]))
L.step(w2 == w1m - eta * M([R("-6.2"), R("-7.5")]), carried=True)
L.step(w1m - eta * M([R("-6.2"), R("-7.5")]) == M([R("1.12"), R("1.35")]))
L.step(wstar[1] == R("0.5"))
L.step(rounds("1.774", Lf(w2)), carried=rounds("1.774", Lf(M([R("1.12"), R("1.35")])))); L.step(Lf(w1m) == R("0.575"))
L.step(R("-5.4") - R("1.5") == R("-6.9") and R("-5.4") == beta * (-6))
L.step(v2 == M([R("-6.2"), R("-6.9")])); L.step(w2 == M([R("1.12"), R("1.29")]))
L.step(rounds("1.5363", Lf(w2))); L.step(Lf(w1m) == R("0.575"))
# Adam, first coordinate, t = 1
b1, b2, g, t = R("0.9"), R("0.999"), -5, 1
L.define(6)
m1 = (1 - b1) * g; s1 = (1 - b2) * g**2
L.step(m1 == R("0.1") * (-5)); L.step(m1 == R("-0.5")); L.step(s1 == R("0.001") * 25); L.step(s1 == R("0.025"))
mh = m1 / (1 - b1**t); sh = s1 / (1 - b2**t)
L.step(mh == m1 / (1 - b1**2)); L.step(m1 / (1 - b1**2) == R("-0.5") / R("0.19")); L.step(rounds("-2.6316", R("-0.5") / R("0.19")))
L.step(sh == s1 / (1 - b2**2)); L.step(s1 / (1 - b2**2) == R("0.025") / R("0.001999")); L.step(rounds("12.5063", R("0.025") / R("0.001999")))
wnew = 0 - R("0.1") * mh / sp.sqrt(sh)
wdocs = 0 - R("0.1") * R("-2.6316") / sp.sqrt(R("12.5063"))
L.step(wnew == wdocs, carried=rounds("0.0744", wdocs)); L.step(rounds("0.0744", wdocs))
L.define(note="t = 1"); L.step(mh == R("-0.5") / R("0.1")); L.step(mh == -5); L.step(sh == R("0.025") / R("0.001")); L.step(sh == 25)
L.step(wnew == 0 - R("0.1") * (-5) / sp.sqrt(25)); L.step(wnew == R("0.1"))
L.done()
