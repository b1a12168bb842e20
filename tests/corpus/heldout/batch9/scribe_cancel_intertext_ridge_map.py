"""Labels for scribe_cancel_intertext_ridge_map.tex: scribe notes with `cancel`, `\\intertext`, `vmatrix` and
`\\newcommand` bold macros: ridge regression as the MAP of a Gaussian prior, in matrix form with an intercept
and one feature, posterior covariance, effective degrees of freedom, GD/momentum on the ridge objective.
Slips: the 2x2 determinant 24 + 9 (carried into w-MAP, its norm and the posterior covariance); df(lambda)
with lambda/(d^2 + lambda); the GD bound from the eigenvalues of X^T X + lambda I instead of the Hessian's.
Relations inside \\intertext{...} are not at depth 0 and are not labelled."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same  # noqa: E402

L = Labels("batch9/scribe_cancel_intertext_ridge_map.tex")
X = sp.Matrix([[1, 0], [1, 1], [1, 2]]); y = sp.Matrix([1, 2, 4])
w1s, w2s, s2, t2, lam = sp.symbols("w1 w2 sigma2 tau2 lambda", positive=True)
w = sp.Matrix([w1s, w2s])
res2 = ((y - X * w).T * (y - X * w))[0]; nrm2 = (w.T * w)[0]
L.define(note="noise model")
nlp = res2 / (2 * s2) + nrm2 / (2 * t2)           # -log posterior up to a constant (Gaussian densities)
L.step(True, note="-log of Gaussian likelihood times Gaussian prior, up to a constant")
L.step(same(nlp, (res2 + s2 / t2 * nrm2) / (2 * s2))); L.define(note="lambda")
J = res2 + lam * nrm2
grad = sp.Matrix([sp.diff(J, v) for v in w])
L.step(sp.simplify(grad - (-2 * X.T * (y - X * w) + 2 * lam * w)) == sp.zeros(2, 1)); L.define(note="= 0")
sol = sp.solve(list(grad), list(w), dict=True)[0]
L.step(sp.simplify(sp.Matrix([sol[w1s], sol[w2s]]) - (X.T * X + lam * sp.eye(2)).inv() * X.T * y) == sp.zeros(2, 1))
L.define(4, "X, y, sigma^2, tau^2")
lv = R("0.5") / R("0.5")
L.step(lv == R("0.5") / R("0.5")); L.step(lv == 1)
A, b = X.T * X, X.T * y
L.step(A == sp.Matrix([[3, 3], [3, 5]])); L.step(b == sp.Matrix([7, 10]))
wols = A.inv() * b
L.step(A.inv() == sp.Rational(1, 6) * sp.Matrix([[5, -3], [-3, 3]]) and wols == sp.Rational(1, 6) * sp.Matrix([[5, -3], [-3, 3]]) * b)
L.step(wols == sp.Rational(1, 6) * sp.Matrix([5, 9])); L.step(rounds("0.8333", wols[0]) and wols[1] == R("1.5"))
M = A + sp.eye(2)
L.step(M == sp.Matrix([[4, 3], [3, 6]])); L.step(M.det() == 24 + 9, note="24 - 9"); L.step(24 + 9 == 33)
wmap = M.inv() * b
adj = sp.Matrix([[6, -3], [-3, 4]])
L.step(wmap == adj * b / 33, carried=True)
L.step(adj * b == sp.Matrix([42 - 30, -21 + 40])); L.step(sp.Matrix([42 - 30, -21 + 40]) == sp.Matrix([12, 19]))
L.step(rounds("0.3636", sp.Rational(12, 33)) and rounds("0.5758", sp.Rational(19, 33)))
L.step(rounds("0.6810", wmap.norm(), approx=True), carried=rounds("0.6810", (sp.Matrix([12, 19]) / 33).norm(), approx=True))
L.step(R("0.6810") < R("1.7159") and wmap.norm() < wols.norm()); L.step(rounds("1.7159", wols.norm(), approx=True))
Sig = R("0.5") * M.inv()
L.step(True, note="posterior covariance sigma^2 (X^T X + lambda I)^-1")
L.step(Sig == R("0.5") / 33 * adj, carried=True)
L.step(all(rounds(s_, v_, approx=True) for s_, v_ in zip(["0.0909", "-0.0455", "-0.0455", "0.0606"], R("0.5") / 33 * adj)))
ev = sorted(A.eigenvals(), key=float)
L.step(sp.simplify(ev[0] - (4 - sp.sqrt(10))) == 0 and sp.simplify(ev[1] - (4 + sp.sqrt(10))) == 0)
df = sum(e / (e + 1) for e in ev)
L.step(sp.simplify(df - sum(1 / (e + 1) for e in ev)) == 0, note="d^2/(d^2 + lambda)")
L.step(True, note="the formula as written at the eigenvalues (roundings)")
L.step(rounds("0.1225", 1 / R("8.1623")) and rounds("0.5442", 1 / R("1.8377")))
L.step(R("0.1225") + R("0.5442") == R("0.6667"))
L.step(R("0.6667") < 2)
Jn = J.subs(lam, 1)
H = sp.hessian(Jn, list(w))
L.step(H == 2 * M)
mev = sorted(M.eigenvals(), key=float)
L.step(sp.simplify(mev[0] - (5 - sp.sqrt(10))) == 0 and sp.simplify(mev[1] - (5 + sp.sqrt(10))) == 0)
hmax = max(H.eigenvals(), key=float)
L.step(sp.simplify(2 / hmax - 2 / mev[1]) == 0, note="2 over the Hessian's largest eigenvalue")
L.step(rounds("8.1623", mev[1])); L.step(rounds("0.2450", 2 / R("8.1623"), approx=True))
L.define(3, "beta, eta, w0")
g0 = sp.Matrix([sp.diff(Jn, v) for v in w]).subs({w1s: 0, w2s: 0})
L.step(g0 == -2 * b); L.step(g0 == sp.Matrix([-14, -20])); L.step(True, note="v1 = beta v0 + g0 with v0 = 0")
W1 = -R("0.05") * g0
L.step(True, note="w1 = w0 - eta v1"); L.step(W1 == sp.Matrix([R("0.7"), R("1.0")]))
g1 = sp.Matrix([sp.diff(Jn, v) for v in w]).subs({w1s: W1[0], w2s: W1[1]})
L.step(sp.simplify(g1 - (2 * M * W1 - 2 * b)) == sp.zeros(2, 1)); L.step(2 * M * W1 == sp.Matrix([R("11.6"), R("16.2")]))
L.step(g1 == sp.Matrix([R("-2.4"), R("-3.8")]))
v2 = R("0.9") * g0 + g1
L.step(True, note="momentum rule"); L.step(v2 == sp.Matrix([R("-15.0"), R("-21.8")]))
W2 = W1 - R("0.05") * v2
L.step(True, note="w2 = w1 - eta v2"); L.step(W2 == sp.Matrix([R("1.45"), R("2.09")]))
L.step(R("1.45") > R("0.3636")); L.step(R("2.09") > R("0.5758"))
# instructor
L.step(M.det() == 24 - 9); L.step(24 - 9 == 15)
L.step(wmap == sp.Matrix([12, 19]) / 15); L.step(rounds("0.8", wmap[0], approx=True) and rounds("1.2667", wmap[1], approx=True))
L.step(rounds("1.4981", wmap.norm(), approx=True))
L.step(all(rounds(s_, v_, approx=True) for s_, v_ in zip(["0.2", "-0.1", "-0.1", "0.1333"], Sig)))
L.step(rounds("0.8775", ev[1] / (ev[1] + 1)) and rounds("0.4558", ev[0] / (ev[0] + 1)))
L.step(rounds("1.3333", df) and R("0.8775") + R("0.4558") == R("1.3333"))
L.step(True, note="bound 2/lambda_max(Hessian)"); L.step(rounds("16.3246", hmax) and rounds("0.1225", 2 / hmax, approx=True))
L.step(R("1.45") > wmap[0]); L.step(R("2.09") > wmap[1])
L.done()
