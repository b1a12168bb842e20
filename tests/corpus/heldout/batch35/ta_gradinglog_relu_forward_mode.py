"""Labels for ta_gradinglog_relu_forward_mode.tex: a TA's grading log (a key, then a `longtable` with one
row per submitted line: script, part, the line, points, a note that may hold the right value). Every
submitted line and every note is labelled as a truth. A 3-2-1 ReLU network with linear output and squared
loss (one dead unit): forward pass, output delta, dL/dw2, dL/dh, delta_1, dL/dW1, dL/db1, the input
gradient W1^T delta_1, an SGD step on the output layer; forward-mode AD for f = x1 x2^2 + ln(x1 + x2) at
(1.5, 0.5): primal trace, tangents for e1, e2 and a direction u, the hand gradient."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch35/ta_gradinglog_relu_forward_mode.tex")
X = sp.Matrix([R("1.0"), R("-2.0"), R("0.5")]); y = 1
W1 = sp.Matrix([[R("0.5"), R("0.2"), R("-0.4")], [R("-0.3"), R("0.8"), R("1.0")]])
b1 = sp.Matrix([R("0.4"), R("0.2")]); w2 = sp.Matrix([R("1.5"), R("-0.7")]); b2 = R("0.3")
relu = lambda t: sp.Max(t, 0)
def fwd(W1, b1, w2, b2, X):
    Z = W1 * X + b1; H = Z.applyfunc(relu); yh = (w2.T * H)[0] + b2
    return Z, H, yh, (yh - y) ** 2 / 2
Z, H, yh, Ls = fwd(W1, b1, w2, b2, X)
d2 = yh - y
dh = d2 * w2
mask = sp.Matrix([1 if z > 0 else 0 for z in Z])
d1 = sp.Matrix([dh[j] * mask[j] for j in range(2)])
GW1 = d1 * X.T
gx = W1.T * d1
# check the hand formulas against differentiation of the unrolled loss
xs = sp.symbols("x1:4"); ws = sp.symbols("w1:3"); bs = sp.symbols("c1:3")
Lx = fwd(W1, b1, w2, b2, sp.Matrix(xs))[3]
gx_true = sp.Matrix([sp.diff(Lx, s).subs(dict(zip(xs, X))) for s in xs])
assert gx_true == gx
Lw = fwd(W1, b1, sp.Matrix(ws), b2, X)[3]
gw2 = sp.Matrix([sp.diff(Lw, s).subs(dict(zip(ws, w2))) for s in ws])
Lb = fwd(W1, sp.Matrix(bs), w2, b2, X)[3]
gb1 = sp.Matrix([sp.diff(Lb, s).subs(dict(zip(bs, b1))) for s in bs])
assert gb1 == d1 and gw2 == d2 * H

L.define(2, "x, y"); L.define(4, "W1, b1, w2, b2"); L.define(4, "z, h, yhat, L")
L.step(R("0.5") - R("0.4") - R("0.2") + R("0.4") == Z[0]); L.step(Z[0] == R("0.3"))
L.step(R("-0.3") - R("1.6") + R("0.5") + R("0.2") == Z[1]); L.step(Z[1] == R("-1.2")); L.step(H == sp.Matrix([R("0.3"), 0]))
L.step(R("1.5") * R("0.3") - R("0.7") * 0 + R("0.3") == yh); L.step(yh == R("0.75"))
L.step(Ls == (R("0.75") - 1) ** 2 / 2); L.step((R("0.75") - 1) ** 2 == R("0.0625")); L.step(Ls == R("0.03125"))
L.define(note="delta_2 = dL/dyhat"); L.step(True, note="d/dyhat of half-square"); L.step(d2 == R("-0.25"))
L.step(gw2 == d2 * H); L.step(gw2 == sp.Matrix([R("-0.075"), 0])); L.step(True, note="dL/db2 = delta_2"); L.step(d2 == R("-0.25"))
L.step(dh == d2 * w2); L.step(dh == sp.Matrix([R("-0.375"), R("0.175")]))
L.step(d1 == sp.Matrix([dh[j] * mask[j] for j in range(2)])); L.step(d1 == sp.Matrix([R("-0.375"), 0]))
L.step(True, note="delta x^T"); L.step(GW1[0, :] == R("-0.375") * X.T and GW1[0, :] == sp.Matrix([[R("-0.375"), R("0.75"), R("-0.1875")]]) and GW1[1, :] == sp.zeros(1, 3))
L.step(gb1 == d1); L.step(d1 == sp.Matrix([R("-0.375"), 0]))
L.step(gx_true == W1.T * d1); L.step(gx == R("-0.375") * W1[0, :].T); L.step(gx == sp.Matrix([R("-0.1875"), R("-0.075"), R("0.15")]))
eta = R("0.1")
w2n = w2 - eta * gw2; b2n = b2 - eta * d2
L.define(note="eta")
L.step(w2n == sp.Matrix([R("1.5") + R("0.0075"), R("-0.7")])); L.step(w2n == sp.Matrix([R("1.5075"), R("-0.7")]))
L.step(b2n == R("0.3") + R("0.025")); L.step(b2n == R("0.325"))
yh1 = fwd(W1, b1, w2n, b2n, X)[2]; L1 = fwd(W1, b1, w2n, b2n, X)[3]
L.step(yh1 == R("1.5075") * R("0.3") + R("0.325")); L.step(rounds("0.7773", yh1))
L.step(substituted(L1, lambda p: p ** 2 / 2, "~0.2227")); L.step(rounds("0.0248", R("0.2227") ** 2 / 2))
# Q2
x1, x2 = sp.symbols("x1 x2", positive=True)
f = x1 * x2 ** 2 + sp.log(x1 + x2)
pt = {x1: R("1.5"), x2: R("0.5")}
L.define(9, "f, point, trace")
v1, v2 = R("1.5"), R("0.5"); v3 = v2 ** 2; v4 = v1 * v3; v5 = v1 + v2; v6 = sp.log(v5); v7 = v4 + v6
L.step(v3 == R("0.25")); L.step(v4 == R("0.375")); L.step(v5 == 2); L.step(v6 == sp.log(2)); L.step(rounds("0.6931", v6))
L.step(v7 == f.subs(pt)); L.step(substituted(v7, lambda p: R("0.375") + p, "~0.6931")); L.step(rounds("1.0681", R("0.375") + R("0.6931")))
def tan(d1_, d2_):
    t3 = 2 * v2 * d2_; t4 = d1_ * v3 + v1 * t3; t5 = d1_ + d2_; t6 = t5 / v5
    return t3, t4, t5, t6, t4 + t6
g = [sp.diff(f, s).subs(pt) for s in (x1, x2)]
t = tan(1, 0)
L.define(2, "seed e1")
L.step(True, note="tangent rule"); L.step(t[0] == 0); L.step(True); L.step(t[1] == R("0.25")); L.step(t[2] == 1)
L.step(True); L.step(t[3] == R("0.5")); L.step(True); L.step(t[4] == R("0.75") and t[4] == g[0])
t = tan(0, 1)
L.step(True); L.step(2 * R("0.5") * 1 == t[0]); L.step(t[0] == 1); L.step(True); L.step(t[1] == R("1.5")); L.step(t[2] == 1); L.step(t[3] == R("0.5")); L.step(t[4] == R("2.0") and t[4] == g[1])
L.step(same(sp.diff(f, x1), x2 ** 2 + 1 / (x1 + x2))); L.step(R("0.25") + R("0.5") == g[0]); L.step(g[0] == R("0.75"))
L.step(same(sp.diff(f, x2), 2 * x1 * x2 + 1 / (x1 + x2))); L.step(R("1.5") + R("0.5") == g[1]); L.step(g[1] == 2)
u = (R("0.6"), R("0.8")); t = tan(*u)
L.define(note="u")
L.step(2 * R("0.5") * R("0.8") == t[0]); L.step(t[0] == R("0.8"))
L.step(R("0.6") * R("0.25") + R("1.5") * R("0.8") == t[1]); L.step(t[1] == R("1.35"))
L.step(t[2] == R("1.4")); L.step(R("1.4") / 2 == t[3]); L.step(t[3] == R("0.7"))
L.step(R("1.35") + R("0.7") == t[4]); L.step(t[4] == R("2.05")); L.step(t[4] == g[0] * u[0] + g[1] * u[1])
# log: S04
L.step(True); L.step(Z == sp.Matrix([R("0.3"), R("-1.2")])); L.step(H == sp.Matrix([R("0.3"), 0]))
L.step(yh == R("1.5") * R("0.3") + R("0.3")); L.step(yh == R("0.75"))
L.step(Ls == (R("0.75") - 1) ** 2 / 2); L.step(Ls == R("0.0625")); L.step(R("0.0625") / 2 == R("0.03125"))
L.step(gw2 == d2 * H); L.step(gw2 == R("-0.25") * sp.Matrix([R("0.3"), 0])); L.step(gw2 == sp.Matrix([R("-0.075"), 0]))
L.step(d1 == sp.Matrix([d2 * w2[j] * mask[j] for j in range(2)])); L.step(d1 == sp.Matrix([R("-0.375"), 0]))
L.step(gx_true == W1.T * d1); L.step(gx == sp.Matrix([R("-0.1875"), R("-0.075"), R("0.15")]))
L.step(v6 == sp.log(2)); L.step(rounds("0.6931", v6)); L.step(rounds("1.0681", v7))
t = tan(1, 0)
L.step(True); L.step(t[1] == 1 * R("0.25") + R("1.5") * 0); L.step(t[1] == R("0.25")); L.step(t[4] == R("0.25") + R("0.5")); L.step(t[4] == R("0.75"))
# S11
L.step(Z[0] == R("0.3")); L.step(Z[1] == R("-1.2")); L.step(H[1] == relu(R("-1.2"))); L.step(relu(R("-1.2")) == 0)
L.step(yh == R("0.75")); L.step(Ls == R("0.03125"))
L.step(d2 == y - yh, note="sign"); L.step(1 - R("0.75") == y - yh); L.step(1 - R("0.75") == R("0.25"))
yhs = sp.symbols("yhs"); L.step(sp.diff((yhs - y) ** 2 / 2, yhs) == yhs - y)
d2w = R("0.25")     # S11's delta_2
L.step(gw2 == d2 * H); L.step(gw2 == d2w * H, carried=True); L.step(R("0.25") * sp.Matrix([R("0.3"), 0]) == sp.Matrix([R("0.075"), 0]))
L.step(d2 == R("0.25"), carried=True)
L.step(w2n == w2 - eta * sp.Matrix([R("0.075"), 0]), carried=True); L.step(w2 - eta * sp.Matrix([R("0.075"), 0]) == sp.Matrix([R("1.4925"), R("-0.7")]))
t = tan(*u)
L.step(R("0.75") * R("0.6") + 2 * R("0.8") == t[4]); L.step(R("0.45") + R("1.6") == t[4]); L.step(t[4] == R("2.05"))
gn = sp.sqrt(g[0] ** 2 + g[1] ** 2)
L.step(gn == sp.sqrt(R("0.75") ** 2 + 2 ** 2)); L.step(R("0.75") ** 2 + 4 == R("4.5625")); L.step(rounds("2.1360", gn)); L.step(R("2.1360") >= R("2.05"))
L.step(sp.sqrt(u[0] ** 2 + u[1] ** 2) == 1)
# S17
L.step(H == sp.Matrix([R("0.3"), R("-1.2")]).applyfunc(relu)); L.step(H == sp.Matrix([R("0.3"), 0])); L.step(yh == R("0.75"))
L.step(d2 == R("-0.25")); L.step(dh == d2 * w2); L.step(dh == sp.Matrix([R("-0.375"), R("0.175")]))
L.step(d1 == dh, note="mask"); L.step(dh == sp.Matrix([R("-0.375"), R("0.175")])); L.step(mask[1] == 0)
d1w = sp.Matrix([R("-0.375"), R("0.175")])
L.step(gb1 == d1); L.step(gb1 == d1w, carried=True)
L.step(gx_true == W1.T * d1)
sub = sp.Matrix([R("0.5") * R("-0.375") - R("0.3") * R("0.175"), R("0.2") * R("-0.375") + R("0.8") * R("0.175"), R("-0.4") * R("-0.375") + R("1.0") * R("0.175")])
L.step(gx == sub, carried=(W1.T * d1w == sub))
L.step(sub == sp.Matrix([R("-0.24"), R("0.065"), R("0.325")]))
L.step(v3 == R("0.25")); L.step(v4 == R("0.375")); L.step(v5 == 2)
L.step(R("0.75") * R("0.8") + 2 * R("0.6") == t[4]); L.step(R("0.75") * R("0.8") + 2 * R("0.6") == R("1.8"))
# S23
L.step(True); L.step(R("1.5") * R("0.25") == v4); L.step(v4 == R("0.375")); L.step(v6 == sp.log(2)); L.step(rounds("0.6913", v6)); L.step(rounds("0.6931", v6))
L.step(True); L.step(substituted(v7, lambda p: R("0.375") + p, "~0.6913"), carried=True); L.step(R("0.375") + R("0.6913") == R("1.0663"))
t = tan(0, 1)
L.define(2, "seed e2"); L.step(t[0] == 2 * 1, note="2 v2 v2dot"); L.step(2 * 1 == 2)
v2s = sp.symbols("v2s"); L.step(sp.diff(v2s ** 2, v2s) == 2 * v2s); L.step(2 * R("0.5") * 1 == t[0]); L.step(t[0] == 1)
L.step(True); L.step(t[1] == 0 + R("1.5") * 2, carried=True); L.step(0 + R("1.5") * 2 == R("3.0"))
L.step(True); L.step(t[3] == sp.Rational(1, 2)); L.step(t[3] == R("0.5")); L.step(True)
L.step(t[4] == R("3.0") + R("0.5"), carried=True); L.step(R("3.0") + R("0.5") == R("3.5"))
L.step(g[1] == R("3.5"), carried=True); L.step(2 * R("1.5") * R("0.5") + 1 / (R("1.5") + R("0.5")) == 2)
# notes
L.step(d1[1] == 0)
L.step(True)
b2w = b2 - eta * R("0.25"); w2w = sp.Matrix([R("1.4925"), R("-0.7")])
yhw = fwd(W1, b1, w2w, b2w, X)[2]
L.step(b2w == R("0.275") and yhw == R("1.4925") * R("0.3") + R("0.275")); L.step(rounds("0.7228", yhw))
L.step(substituted((yhw - 1) ** 2 / 2, lambda p: p ** 2 / 2, "~0.2772")); L.step(rounds("0.0384", R("0.2772") ** 2 / 2)); L.step(R("0.0384") > R("0.03125"))
L.define(note="v3 = v2^2"); L.step(True, note="d ln v5 = v5dot / v5"); L.step(g[1] == 2)
L.done()
