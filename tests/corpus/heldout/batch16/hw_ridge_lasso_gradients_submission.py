"""Labels for hw_ridge_lasso_gradients_submission.tex: a submitted homework on least squares with ridge, lasso
and elastic-net penalties (3 points in R^2, orthogonal columns): gradient of (1/2n)||Xw - y||^2, ridge gradient
with 2 lambda w for lambda w (carried into a GD step), Hessian and condition number, closed forms (a digit swap),
lasso subgradient, a Hessian of the L1 penalty, ISTA soft-thresholding in the wrong direction, separable lasso
solution (an arithmetic slip), the MAP view (tau^2 without the n), elastic-net gradient."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch16/hw_ridge_lasso_gradients_submission.tex")
X = sp.Matrix([[1, 2], [0, 1], [2, -1]]); y = sp.Matrix([3, 1, 2]); n = 3
w = sp.Matrix([R("0.5"), R("1.0")])
L.define(3, "X, y, n"); L.define(2, "w, L")
Xw = X * w
L.step(list(Xw) == [R("0.5") + 2, 0 + 1, 1 - 1]); L.step(list(Xw) == [R("2.5"), R("1.0"), R("0.0")])
r = Xw - y
L.define(note="r"); L.step(list(r) == [R("-0.5"), 0, R("-2.0")])
Lw = (r.T * r)[0] / (2 * n)
L.step(Lw == (R("0.25") + 0 + 4) / 6); L.step(R("4.25") / 6 == Lw); L.step(rounds("0.7083", Lw))
ws = sp.Matrix(sp.symbols("w1 w2", real=True))
LS = ((X * ws - y).T * (X * ws - y))[0] / (2 * n)
gS = sp.Matrix([sp.diff(LS, t) for t in ws])
L.step(sp.simplify(gS - X.T * (X * ws - y) / n) == sp.zeros(2, 1))
g = X.T * r / n
L.step(list(g) == [(1 * R("-0.5") + 0 + 2 * (-2)) / 3, (2 * R("-0.5") + 0 + (-1) * (-2)) / 3])
L.step(list(g) == [R("-4.5") / 3, R("1.0") / 3]); L.step(g[0] == R("-1.5") and rounds("0.3333", g[1]))
lam = R("0.1")
L.define(2, "L_R, lambda")
gR = g + lam * w
L.step(list(g + 2 * lam * w) == list(gR), note="lambda w, not 2 lambda w")
L.step(False, carried=substituted(g[1], lambda t: t, "~0.3333") and 2 * lam * w == sp.Matrix([R("0.1"), R("0.2")]))
L.step(R("-1.5") + R("0.1") == R("-1.4") and R("0.3333") + R("0.2") == R("0.5333"))
LR = Lw + lam / 2 * (w.T * w)[0]
L.step(substituted(LR, lambda a: a + R("0.05") * (R("0.25") + 1), "~0.7083"))
L.step(R("0.05") * (R("0.25") + 1) == R("0.0625")); L.step(R("0.7083") + R("0.0625") == R("0.7718"))
eta = R("0.2")
L.define(note="eta"); L.define(note="update rule")
wn = w - eta * gR
L.step(False, carried=(eta * R("1.4") == R("0.28") and rounds("0.1067", eta * R("0.5333"))))
L.step(R("0.5") + R("0.28") == R("0.78") and R("1.0") - R("0.1067") == R("0.8933"))
H = X.T * X / n + lam * sp.eye(2)
HS = sp.hessian(LS + lam / 2 * (ws.T * ws)[0], ws)
L.step(sp.simplify(HS - H) == sp.zeros(2, 2)); L.step(H == sp.diag(sp.Rational(5, 3) + lam, 2 + lam))
L.step(rounds("1.7667", H[0, 0]) and H[1, 1] == R("2.1"))
kap = H[1, 1] / H[0, 0]
L.step(substituted(kap, lambda a: R("2.1") / a, "~1.7667")); L.step(rounds("1.1878", R("2.1") / R("1.7667"), kap))
L.define(note="eta < 2/L"); L.step(rounds("0.9524", 2 / R("2.1")))
L.define(note="= 0")
L.step(True, note="(X^T X + n lam I) w = X^T y equivalent")
L.step(X.T * X == sp.Matrix([[5, 0], [0, 6]])); L.step(list(X.T * y) == [7, 5]); L.step(n * lam == R("0.3"))
wr = (X.T * X + n * lam * sp.eye(2)).inv() * X.T * y
L.step(list(wr) == [7 / R("5.3"), 5 / R("6.3")]); L.step(rounds("1.3208", wr[0]) and rounds("0.7973", wr[1]), note="0.7937")
wo = (X.T * X).inv() * X.T * y
L.step(list(wo) == [sp.Rational(7, 5), sp.Rational(5, 6)]); L.step(wo[0] == R("1.4") and rounds("0.8333", wo[1]))
L.step(R("1.3208") < R("1.4")); L.step(R("0.7973") < R("0.8333"))
nr = (wr.T * wr)[0]
L.step(substituted(nr, lambda a, b: a ** 2 + b ** 2, "~1.3208", "~0.7937")); L.step(rounds("2.374", R("1.3208") ** 2 + R("0.7937") ** 2, nr))
L.define(note="L_1"); L.step(True, note="subgradient = sign for w > 0"); L.step(True, note="(1, 1)")
g1 = g + lam * sp.Matrix([1, 1])
L.step(True, note="grad L + lam sign w")
L.step(substituted(g1[1], lambda a: a + R("0.1"), "~0.3333") and g1[0] == R("-1.5") + R("0.1"))
L.step(R("-1.5") + R("0.1") == R("-1.4") and R("0.3333") + R("0.1") == R("0.4333"))
L1 = Lw + lam * (R("0.5") + R("1.0"))
L.step(substituted(L1, lambda a: a + R("0.1") * (R("0.5") + R("1.0")), "~0.7083")); L.step(R("0.7083") + R("0.15") == R("0.8583"))
L.step(False, note="Hessian of |w| is 0 away from 0")
L.define(note="w2 = -1"); L.step(lam * sp.sign(-1) == R("0.1"), note="-0.1")
z = w - eta * g
L.define(note="z")
L.step(substituted(z[1], lambda a: R("1.0") - a, "~0.0667") and z[0] == R("0.5") + R("0.3"))
L.step(R("0.5") + R("0.3") == R("0.8") and R("1.0") - R("0.0667") == R("0.9333"))
L.step(eta * lam == R("0.2") * R("0.1")); L.step(R("0.2") * R("0.1") == R("0.02"))
soft = lambda t, c: sp.sign(t) * sp.Max(sp.Abs(t) - c, 0)  # noqa: E731
Sz = [soft(t, eta * lam) for t in z]
L.step(Sz[0] == R("0.8") + R("0.02"), note="shrinks: 0.78")
L.step(R("0.8") + R("0.02") == R("0.82") and R("0.9333") + R("0.02") == R("0.9533"))
# separable lasso: minimise per coordinate numerically
wl = []
for j in range(2):
    t = sp.symbols("t", real=True)
    D, c = (X.T * X)[j, j], (X.T * y)[j]
    f = (D * t ** 2 - 2 * c * t) / (2 * n) + lam * t          # t > 0 branch
    wl.append(sp.solve(sp.diff(f, t), t)[0])
L.step(all(wl[j] == soft((X.T * y)[j], n * lam) / (X.T * X)[j, j] for j in range(2)))
L.step(wl[0] == (7 - R("0.3")) / 5); L.step(wl[0] == R("1.34"))
L.step(wl[1] == (5 - R("0.3")) / 6); L.step(rounds("0.7883", wl[1]), note="0.7833")
L.define(note="lambda >= lam_max"); L.step(sp.Rational(7, 3) == max(abs(t) for t in X.T * y) / n); L.step(rounds("2.3333", sp.Rational(7, 3)))
# Bayesian
s2, t2 = sp.symbols("sigma2 tau2", positive=True)
ws_ = ws
nlp = ((X * ws_ - y).T * (X * ws_ - y))[0] / (2 * s2) + (ws_.T * ws_)[0] / (2 * t2)
L.step(True, note="-log posterior up to const")
L.step(same(sp.expand(nlp * s2 / n), sp.expand(LS + s2 / (n * t2) / 2 * (ws_.T * ws_)[0]), positive=False))
L.define(2, "sigma^2 = 1, lambda")
tau2 = sp.solve(sp.Eq(1 / (n * t2), lam), t2)[0]
L.step(tau2 == 1 / lam, note="1/(n lambda)"); L.step(1 / lam == 10)
b, wj = sp.symbols("b w_j", positive=True)
L.define(note="Laplace density"); L.step(same(-sp.log(sp.exp(-wj / b) / (2 * b)), wj / b + sp.log(2 * b)))
L.define(2, "lambda1, lambda2")
l1, l2 = R("0.05"), R("0.1")
pen = l1 * (ws[0] + ws[1]) + l2 / 2 * (ws.T * ws)[0]         # w > 0
gp = [sp.diff(pen, t).subs({ws[0]: w[0], ws[1]: w[1]}) for t in ws]
L.step(gp == [l1 + R("0.05"), l1 + R("0.1")]); L.step(gp == [R("0.1"), R("0.15")])
L.done()
