"""Labels for solution_key_erratum_kmeans_gaussian_conditioning_newton.tex: a solution key left as posted, with
an erratum: one k-means iteration (a centroid coordinate 1.6667 for 1.3333, carried into J); bivariate
Gaussian conditioning with Sigma_XY not squared (carried into the sd and the z-score) and a regression slope
over Sigma_XX; a Newton step for logistic regression with the 2x2 inverse missing its sign flip (carried into
H^-1 grad and w)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from sympy.stats import MultivariateNormal, E as Ex, variance, density  # noqa: E402,F401
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch20/solution_key_erratum_kmeans_gaussian_conditioning_newton.tex")
Q = sp.Rational
P = {"A": (1, 1), "B": (2, 1), "C": (4, 3), "D": (5, 4), "E": (1, 2)}
mu = [(1, 1), (5, 4)]
L.define(7, "points and centres")
d2 = lambda p, c: (p[0] - c[0]) ** 2 + (p[1] - c[1]) ** 2  # noqa: E731
L.step(d2(P["A"], mu[1]) == 4 ** 2 + 3 ** 2 == 25); L.step(d2(P["B"], mu[1]) == 3 ** 2 + 3 ** 2 == 18)
L.step(d2(P["C"], mu[0]) == 3 ** 2 + 2 ** 2 == 13); L.step(d2(P["C"], mu[1]) == 1 + 1 == 2)
L.step(d2(P["D"], mu[0]) == 25); L.step(d2(P["E"], mu[0]) == 0 + 1 == 1); L.step(d2(P["E"], mu[1]) == 16 + 4 == 20)
assign = {k: min((0, 1), key=lambda j: d2(p, mu[j])) for k, p in P.items()}
assert [k for k in P if assign[k] == 0] == ["A", "B", "E"]
J0 = sum(d2(p, mu[assign[k]]) for k, p in P.items())
L.step(J0 == 0 + 1 + 2 + 0 + 1); L.step(J0 == 4)
c1 = [k for k in P if assign[k] == 0]; c2 = [k for k in P if assign[k] == 1]
m1 = (Q(sum(P[k][0] for k in c1), 3), Q(sum(P[k][1] for k in c1), 3))
m2 = (Q(sum(P[k][0] for k in c2), 2), Q(sum(P[k][1] for k in c2), 2))
L.step(m1 == (Q(1 + 2 + 1, 3), Q(1 + 1 + 2, 3)))
L.step(rounds("1.3333", m1[0]) and rounds("1.6667", m1[1]), note="1.3333")
L.step(m2 == (Q(9, 2), Q(7, 2))); L.step(m2 == (R("4.5"), R("3.5")))
L.step(Q(1, 9) + Q(4, 9) + Q(4, 9) + Q(4, 9) + Q(1, 9) + Q(1, 9) == Q(15, 9)); L.step(rounds("1.6667", Q(15, 9)))
J2 = sum(d2(P[k], m2) for k in c2)
L.step(J2 == 4 * R("0.25") == 1)
J1 = sum(d2(P[k], m1) for k in c1)
Jw1 = sum(d2(P[k], (m1[0], Q(5, 3))) for k in c1)
L.step(J1 + J2 == R("1.6667") + 1, carried=substituted(Jw1 + J2, lambda a: a + 1, "~1.6667"))
L.step(R("1.6667") + 1 == R("2.6667")); L.step(R("2.6667") < 4)
# Gaussian conditioning
S = sp.Matrix([[4, 2], [2, 3]]); m = sp.Matrix([1, 2])
L.define(2, "mu, Sigma")
rho = S[0, 1] / sp.sqrt(S[0, 0] * S[1, 1])
L.step(rho == 2 / sp.sqrt(4 * 3)); L.step(rounds("0.5774", rho)); L.define(note="Y = y")
y, x = sp.symbols("y x", real=True)
cmean = m[0] + S[0, 1] / S[1, 1] * (y - m[1]); cvar = S[0, 0] - S[0, 1] ** 2 / S[1, 1]
# check against the joint density: conditional of X given Y from completing the square
xx = sp.symbols("xx", real=True)
q = (sp.Matrix([xx, y]) - m).T * S.inv() * (sp.Matrix([xx, y]) - m)
coef = sp.Poly(sp.expand(q[0]), xx).all_coeffs()      # a xx^2 + b xx + c
assert sp.simplify(1 / coef[0] - cvar) == 0 and sp.simplify(-coef[1] / (2 * coef[0]) - cmean) == 0
L.step(sp.simplify(-coef[1] / (2 * coef[0]) - (m[0] + S[0, 1] / S[1, 1] * (y - m[1]))) == 0, note="formula"); L.step(sp.simplify(cmean - (1 + Q(2, 3) * (y - 2))) == 0)
L.step(cvar == S[0, 0] - S[0, 1] / S[1, 1], note="squared"); L.step(S[0, 0] - S[0, 1] / S[1, 1] == 4 - Q(2, 3)); L.step(rounds("3.3333", 4 - Q(2, 3)))
L.define(note="y = 5")
L.step(cmean.subs(y, 5) == 1 + Q(2, 3) * 3); L.step(cmean.subs(y, 5) == 3)
sd = sp.sqrt(cvar)
cvar_w = S[0, 0] - S[0, 1] / S[1, 1]
L.step(substituted(sd, lambda v: sp.sqrt(v), "~3.3333"), carried=substituted(sp.sqrt(cvar_w), lambda v: sp.sqrt(v), "~3.3333")); L.step(rounds("1.8257", sp.sqrt(R("3.3333"))))
L.step(substituted((4 - 3) / sd, lambda s: 1 / s, "~1.8257"), carried=substituted((4 - 3) / sp.sqrt(cvar_w), lambda s: 1 / s, "~1.8257")); L.step(rounds("0.5477", 1 / R("1.8257")))
cmy = m[1] + S[0, 1] / S[0, 0] * (x - m[0]); cvy = S[1, 1] - S[0, 1] ** 2 / S[0, 0]
L.step(cvar <= S[0, 0]); L.step(S[0, 0] == 4)
L.step(S[0, 1] / S[1, 1] == Q(1, 2), note="slope of X on Y is Sigma_XY / Sigma_YY")
# logistic regression Newton
w1, w2 = sp.symbols("w1 w2", real=True)
Xs = [sp.Matrix([1, 2]), sp.Matrix([1, -1]), sp.Matrix([1, 0])]; Ys = [1, 0, 1]
sig = lambda t: 1 / (1 + sp.exp(-t))  # noqa: E731
W = sp.Matrix([w1, w2])
nll = -sum(yv * sp.log(sig((W.T * xv)[0])) + (1 - yv) * sp.log(1 - sig((W.T * xv)[0])) for xv, yv in zip(Xs, Ys))
L.define(note="nll")
grad = sp.Matrix([sp.diff(nll, t) for t in (w1, w2)])
hess = sp.hessian(nll, (w1, w2))
pt = {w1: sp.Rational(3, 7), w2: sp.Rational(-2, 5)}
gform = sum(((sig((W.T * xv)[0]) - yv) * xv for xv, yv in zip(Xs, Ys)), sp.zeros(2, 1))
hform = sum((sig((W.T * xv)[0]) * (1 - sig((W.T * xv)[0])) * xv * xv.T for xv in Xs), sp.zeros(2, 2))
L.step(all(abs(sp.N((grad - gform).subs(pt)[i], 30)) < 1e-25 for i in range(2)))
L.step(all(abs(sp.N((hess - hform).subs(pt)[i], 30)) < 1e-25 for i in range(4)))
Xm = sp.Matrix([[1, 2], [1, -1], [1, 0]]); sv = [sp.symbols(f"s{i}") for i in range(3)]
L.step(sp.expand(Xm.T * sp.diag(*sv) * Xm - sum((sv[i] * Xs[i] * Xs[i].T for i in range(3)), sp.zeros(2, 2))) == sp.zeros(2, 2), note="X^T S X")
L.define(6, "S, data, w = 0")
zero = {w1: 0, w2: 0}
L.step(sig(0) == Q(1, 2)); L.step(sig(0) * (1 - sig(0)) == R("0.25"))
g0 = grad.subs(zero)
L.step(g0 == -R("0.5") * Xs[0] + R("0.5") * Xs[1] - R("0.5") * Xs[2]); L.step(g0 == sp.Matrix([R("-0.5"), R("-1.5")]))
XX = sum((xv * xv.T for xv in Xs), sp.zeros(2, 2))
L.step(XX == Xs[0] * Xs[0].T + Xs[1] * Xs[1].T + Xs[2] * Xs[2].T and Xs[0] * Xs[0].T == sp.Matrix([[1, 2], [2, 4]]) and Xs[1] * Xs[1].T == sp.Matrix([[1, -1], [-1, 1]]))
L.step(XX == sp.Matrix([[3, 1], [1, 5]]))
H = hess.subs(zero)
L.step(H == R("0.25") * XX); L.step(H == sp.Matrix([[R("0.75"), R("0.25")], [R("0.25"), R("1.25")]]))
L.step(H.det() == R("0.75") * R("1.25") - R("0.25") ** 2); L.step(H.det() == R("0.875")); L.step(R("0.875") > 0)
assert H[0, 0] > 0 and H[1, 1] > 0
Hw = sp.Matrix([[R("1.25"), R("0.25")], [R("0.25"), R("0.75")]]) / R("0.875")
L.step(H.inv() == Hw, note="sign flip")
step = H.inv() * g0
L.step(step == Hw * g0, carried=Hw * g0 == Hw * sp.Matrix([R("-0.5"), R("-1.5")]))
L.step(Hw * g0 == sp.Matrix([-1, R("-1.25")]) / R("0.875"))
L.step(rounds("-1.1429", -1 / R("0.875")) and rounds("-1.4286", R("-1.25") / R("0.875")))
L.define(note="Newton rule")
L.step(rounds("1.1429", -step[0]) and rounds("1.4286", -step[1]), carried=rounds("1.1429", -(Hw * g0)[0]) and rounds("1.4286", -(Hw * g0)[1]))
wnew = -step
L.step(substituted(sig((wnew.T * Xs[0])[0]), lambda a, b: sig(a + 2 * b), "~1.1429", "~1.4286"), carried=substituted(sig(((-(Hw * g0)).T * Xs[0])[0]), lambda a, b: sig(a + 2 * b), "~1.1429", "~1.4286"))
L.step(R("1.1429") + 2 * R("1.4286") == R("4.0001")); L.step(rounds("0.9820", sig(R("4.0001"))))
# erratum
L.step(rounds("1.3333", Q(4, 3))); L.step(rounds("1.3333", m1[0]) and rounds("1.3333", m1[1]))
L.step(J1 == Q(2, 9) + Q(5, 9) + Q(5, 9) == Q(12, 9))
L.step(J1 + J2 == Q(4, 3) + 1); L.step(rounds("2.3333", J1 + J2))
L.step(cvar == 4 - Q(2 ** 2, 3)); L.step(cvar == Q(8, 3)); L.step(rounds("2.6667", cvar))
assert rounds("1.6330", sd)
L.step(rounds("0.6124", 1 / R("1.6330"), 1 / sd))
L.step(step == sp.Matrix([R("-0.25"), -1]) / R("0.875"))
L.step(rounds("-0.2857", step[0]) and rounds("-1.1429", step[1]))
L.step(rounds("0.2857", -step[0]) and rounds("1.1429", -step[1]))
L.done()
