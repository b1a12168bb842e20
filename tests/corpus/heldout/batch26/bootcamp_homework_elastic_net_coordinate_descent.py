"""Labels for bootcamp_homework_elastic_net_coordinate_descent.tex: a bootcamp homework doing elastic-net
coordinate descent by hand (soft thresholding S(rho, lambda1) / (z_j + lambda2)) on a 3x2 design, two sweeps,
objective values, and the TA's feedback (soft-thresholding examples, exact zeros, the ridge and least-squares
limits). The mistakes are listed in README.md (last section)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch26/bootcamp_homework_elastic_net_coordinate_descent.tex")
X = sp.Matrix([[1, 0], [0, 1], [1, 1]]); y = sp.Matrix([2, 1, R("2.5")]); l1, l2 = R("0.5"), sp.Integer(1)
soft = lambda r, l: sp.sign(r) * sp.Max(abs(r) - l, 0)
def F(w, lam1=l1):
    r = y - X * sp.Matrix(w)
    return (r.T * r)[0] / 2 + lam1 * sum(abs(v) for v in w) + l2 * sum(v ** 2 for v in w) / 2
def upd(j, w, lam1=l1):
    k = 1 - j
    rho = sum(X[i, j] * (y[i] - X[i, k] * w[k]) for i in range(3))
    z = sum(X[i, j] ** 2 for i in range(3))
    return rho, soft(rho, lam1) / (z + l2)
L.define(note="F"); L.define(4, "X, y, lambdas"); L.define(note="w0"); L.define(3, "update, rho, z")
# check the coordinate update is the exact minimiser of F in w_j (grid of w_j values)
w0 = [R("0.3"), R("-0.4")]
_, w1new = upd(0, w0)
t = sp.symbols("t", real=True)
assert all(F([w1new, w0[1]]) <= F([w1new + dlt, w0[1]]) for dlt in (R("1e-3"), R("-1e-3"), R("0.1"), R("-0.1")))
L.define(note="S"); L.step(soft(3, l1) == R("2.5")); L.step(soft(R("-0.3"), l1) == 0); L.step(soft(-2, l1) == R("-2.5"), note="-1.5")
L.step(True); L.step(sum(X[i, 0] ** 2 for i in range(3)) == 2); L.step(True); L.step(sum(X[i, 1] ** 2 for i in range(3)) == 2)
L.step(F([0, 0]) == (4 + 1 + R("6.25")) / 2); L.step(F([0, 0]) == R("5.625"))
w = [0, 0]
L.define(note="w2 = 0")
rho1, a1 = upd(0, w)
L.step(rho1 == 1 * 2 + 0 * 1 + 1 * R("2.5")); L.step(rho1 == R("4.5"))
L.step(a1 == soft(R("4.5"), R("0.5")) / (2 + 1)); L.step(a1 == sp.Rational(4, 3)); L.step(rounds("1.3333", a1))
w = [a1, 0]
res = y - X[:, 0] * a1
L.step(substituted(res[0], lambda p: 2 - p, "~1.3333") and substituted(res[2], lambda p: R("2.5") - p, "~1.3333") and res[1] == 1)
L.step(R("0.6667") == 2 - R("1.3333") and R("1.1667") == R("2.5") - R("1.3333"))
rho2, a2 = upd(1, w)
L.step(substituted(rho2, lambda p, q: 0 * p + 1 * 1 + 1 * q, "~0.6667", "~1.1667")); L.step(rounds("2.1667", rho2))
L.step(a2 == R("2.1667") / (2 + 1), note="threshold skipped"); L.step(rounds("0.7222", R("2.1667") / 3))
Fv = F([a1, 0])
L.step(substituted(Fv, lambda p, q, r: (p ** 2 + 1 + q ** 2) / 2 + R("0.5") * r + r ** 2 / 2, "~0.6667", "~1.1667", "~1.3333"))
L.step(rounds("1.4028", (R("0.6667") ** 2 + 1 + R("1.1667") ** 2) / 2) and rounds("0.6667", R("0.5") * a1) and rounds("0.8889", a1 ** 2 / 2))
L.step(R("1.4028") + R("0.6667") + R("0.8889") == R("2.9584"))
w2w = R("0.7222")
L.step(a2 == w2w, carried=True)
L.step(sp.Matrix([2, 1 - R("0.7222"), R("2.5") - R("0.7222")]) == sp.Matrix([2, R("0.2778"), R("1.7778")]))
w = [a1, a2]
rho1b, a1b = upd(0, w)
rho1w, a1w = upd(0, [a1, w2w])
L.step(substituted(rho1b, lambda p: 2 + p, "~1.7778"), carried=rho1w == 2 + R("1.7778")); L.step(2 + R("1.7778") == R("3.7778"))
L.step(substituted(a1b, lambda p: (p - R("0.5")) / 3, "~3.7778"), carried=True); L.step(rounds("1.0926", (R("3.7778") - R("0.5")) / 3))
L.step(False, carried=True, note="reported w after two sweeps")
L.step(soft(-2, l1) == -sp.Max(2 - R("0.5"), 0)); L.step(soft(-2, l1) == R("-1.5"))
L.step(substituted(a2, lambda p: soft(p, R("0.5")) / 3, "~2.1667")); L.step(R("1.6667") == R("2.1667") - R("0.5")); L.step(rounds("0.5556", a2))
L.step(substituted(rho1b, lambda p: 2 + p, "~1.9444") and rounds("1.9444", R("2.5") - a2)); L.step(2 + R("1.9444") == R("3.9444"))
L.step(substituted(a1b, lambda p: (p - R("0.5")) / 3, "~3.9444")); L.step(rounds("1.1481", (R("3.9444") - R("0.5")) / 3))
L.step(rounds("1.4028", (sp.Rational(4, 9) + 1 + sp.Rational(49, 36)) / 2)); L.step(rounds("2.9583", Fv))
L.define(note="|rho| <= lambda1"); L.define(note="lambda1 = 3")
rho1c, a1c = upd(0, [0, 0], 3)
L.step(a1c == soft(R("4.5"), 3) / 3); L.step(soft(R("4.5"), 3) == R("1.5")); L.step(R("1.5") / 3 == R("0.5") and a1c == R("0.5"))
rho2c, a2c = upd(1, [a1c, 0], 3)
L.step(rho2c == 1 + (R("2.5") - R("0.5"))); L.step(rho2c == 3); L.step(a2c == soft(3, 3) / 3); L.step(a2c == 0)
L.define(3, "lambda1 = 0, ridge rule, lambda2 = 0")
L.done()
