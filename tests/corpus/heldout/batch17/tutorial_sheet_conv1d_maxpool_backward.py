"""Labels for tutorial_sheet_conv1d_maxpool_backward.tex: TA notes on a 1-D convolution (cross-correlation) with
ReLU, width-2 max-pool and squared loss, forward and backward by hand (an arithmetic slip in y2 that the ReLU
hides, a sign slip in dL/dx4 against the matrix form), an SGD step re-checked, average pooling with a last-digit
slip; students' answers: max-pool gradient shared equally (carried), one bias for the layer, receptive fields
added, the unflipped kernel in the input gradient (carried into a sum)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch17/tutorial_sheet_conv1d_maxpool_backward.tex")
x = [1, -2, 3, 0, 2, -1]
w = [2, -1, 1]
b = R("0.5")
t = [7, 9]
L.define(3, "x, w, b"); L.define(2, "y_i, i range"); L.define(3, "a, L, t")
L.define(note="n_out"); L.step((6 - 3) // 1 + 1 == 4 and sp.Rational(6 - 3, 1) + 1 == 4); L.step(sp.Rational(3, 1) + 1 == 4)


def fwd(w, b):
    return [sum(w[k] * x[i + k] for k in range(3)) + b for i in range(4)]


y = fwd(w, b)
rows = [(2 * 1 + (-1) * (-2) + 1 * 3 + b, 2 + 2 + 3 + b, R("7.5")),
        (2 * (-2) + (-1) * 3 + 1 * 0 + b, -4 - 3 + 0 + b, R("-5.5")),
        (2 * 3 + (-1) * 0 + 1 * 2 + b, 6 + 0 + 2 + b, R("8.5")),
        (2 * 0 + (-1) * 2 + 1 * (-1) + b, 0 - 2 - 1 + b, R("-2.5"))]
for i, (e1, e2, e3) in enumerate(rows):
    L.step(y[i] == e1); L.step(y[i] == e2); L.step(y[i] == e3, note="-6.5" if i == 1 else "")
a = [max(v, 0) for v in y]
L.step(a == [R("7.5"), 0, R("8.5"), 0])
p = [max(a[0], a[1]), max(a[2], a[3])]
L.step(p[0] == max(R("7.5"), 0)); L.step(p[0] == R("7.5")); L.step(p[1] == max(R("8.5"), 0)); L.step(p[1] == R("8.5"))
Lv = sum((pi - ti) ** 2 for pi, ti in zip(p, t)) / 2
L.step(Lv == ((R("7.5") - 7) ** 2 + (R("8.5") - 9) ** 2) / 2); L.step(Lv == (R("0.25") + R("0.25")) / 2); L.step(Lv == R("0.25"))
dp = [pi - ti for pi, ti in zip(p, t)]
L.step(True, note="dL/dp = p - t"); L.step(dp == [R("0.5"), R("-0.5")])
# autodiff by sympy for everything below
W = sp.symbols("w1:4"); B = sp.symbols("b"); X = sp.symbols("x1:7")
ysym = [sum(W[k] * X[i + k] for k in range(3)) + B for i in range(4)]
at = dict(zip(W, w)); at.update(dict(zip(X, x))); at[B] = b
# winners: y1 in window 1, y3 in window 2, both positive
Lsym = ((ysym[0] - 7) ** 2 + (ysym[2] - 9) ** 2) / 2
da = [dp[0], 0, dp[1], 0]
L.step(da == [R("0.5"), 0, R("-0.5"), 0])
delta = [da[i] if y[i] > 0 else 0 for i in range(4)]
L.step(True, note="ReLU' = 1 for y > 0"); L.define(3, "y > 0, y < 0, delta"); L.step(delta == [R("0.5"), 0, R("-0.5"), 0])
gw = [sp.diff(Lsym, v).subs(at) for v in W]
gb = sp.diff(Lsym, B).subs(at)
L.step(all(gw[k] == sum(delta[i] * x[i + k] for i in range(4)) for k in range(3))); L.step(gb == sum(delta))
L.step(gw[0] == R("0.5") * x[0] - R("0.5") * x[2]); L.step(gw[0] == R("0.5") - R("1.5")); L.step(gw[0] == R("-1.0"))
L.step(gw[1] == R("0.5") * x[1] - R("0.5") * x[3]); L.step(gw[1] == R("-1.0") - 0); L.step(gw[1] == R("-1.0"))
L.step(gw[2] == R("0.5") * x[2] - R("0.5") * x[4]); L.step(gw[2] == R("1.5") - R("1.0")); L.step(gw[2] == R("0.5"))
L.step(gb == R("0.5") + 0 - R("0.5") + 0); L.step(gb == 0)
gx = [sp.diff(Lsym, v).subs(at) for v in X]
L.step(all(gx[j] == sum(delta[i] * w[j - i] for i in range(4) if 0 <= j - i < 3) for j in range(6)))
h = R("0.5")
exprs = [(h * 2, R("1.0")), (h * (-1) + 0 * 2, R("-0.5")), (h * 1 + 0 * (-1) + (-h) * 2, R("-0.5")),
         (0 * 1 + (-h) * (-1) + 0 * 2, R("-0.5")), ((-h) * 1 + 0 * (-1), R("-0.5")), (0 * 1, 0)]
for j, (e1, e2) in enumerate(exprs):
    L.step(gx[j] == e1); L.step(gx[j] == e2, note="+0.5" if j == 3 else "")
Wm = sp.Matrix([[2, -1, 1, 0, 0, 0], [0, 2, -1, 1, 0, 0], [0, 0, 2, -1, 1, 0], [0, 0, 0, 2, -1, 1]])
L.define(); L.step(sp.Matrix(gx) == Wm.T * sp.Matrix(delta))
L.define(note="W"); L.step(Wm.T * sp.Matrix(delta) == sp.Matrix([1, R("-0.5"), R("-0.5"), R("0.5"), R("-0.5"), 0]))
L.define(note="eta")
eta = R("0.1")
w2 = [wk - eta * g for wk, g in zip(w, gw)]
L.step(w2[0] == 2 - R("0.1") * R("-1.0")); L.step(w2[0] == R("2.1")); L.step(w2[1] == -1 - R("0.1") * R("-1.0")); L.step(w2[1] == R("-0.9"))
L.step(w2[2] == 1 - R("0.1") * R("0.5")); L.step(w2[2] == R("0.95"))
y2 = fwd(w2, b)
assert y2[1] < 0 and y2[3] < 0 and y2[0] > 0 and y2[2] > 0
L.step(y2[0] == R("2.1") * 1 + R("-0.9") * (-2) + R("0.95") * 3 + b); L.step(y2[0] == R("7.25"))
L.step(y2[2] == R("2.1") * 3 + 0 + R("0.95") * 2 + b); L.step(y2[2] == R("8.7"))
L2 = ((y2[0] - 7) ** 2 + (y2[2] - 9) ** 2) / 2
L.step(L2 == (R("0.25") ** 2 + R("0.3") ** 2) / 2); L.step(L2 == R("0.07625")); L.step(R("0.07625") < R("0.25"))
pa = [(a[0] + a[1]) / 2, (a[2] + a[3]) / 2]
L.step(pa[0] == (R("7.5") + 0) / 2); L.step(pa[0] == R("3.75")); L.step(pa[1] == (R("8.5") + 0) / 2); L.step(pa[1] == R("4.25"))
La = sum((pi - ti) ** 2 for pi, ti in zip(pa, t)) / 2
L.step(La == ((R("3.75") - 7) ** 2 + (R("4.25") - 9) ** 2) / 2); L.step(La == (R("10.5625") + R("22.5625")) / 2)
L.step(La == R("16.5635"), note="16.5625")
# student A
L.step(da == [R("0.25"), R("0.25"), R("-0.25"), R("-0.25")], note="max-pool routes to the winner")
L.step(delta == [R("0.25"), 0, R("-0.25"), 0], carried=True)
L.step(gw[0] == R("0.25") * 1 - R("0.25") * 3, carried=True); L.step(R("0.25") - R("0.75") == R("-0.5"))
L.step(sp.floor(sp.Rational(6 - 3 + 2, 2)) + 1 == 2 + 1); L.step(2 + 1 == 3)
L.step((6 - 3 + 2 * 1) // 1 + 1 == sp.Rational(6 - 3 + 1, 1) + 1, note="2p"); L.step(sp.Rational(6 - 3 + 1, 1) + 1 == 5)
P = 8 * 3 * 5 + 8
L.step(P == 8 * 3 * 5 + 1, note="one bias per channel"); L.step(8 * 3 * 5 + 1 == 121)
u, v = sp.symbols("u v")
L.step(True, note="d max(u,v)/du = 1 for u > v"); L.define(note="u > v")
L.step(P == 8 * 15 + 8); L.step(P == 128)
L.step((6 - 3 + 2 * 1) // 1 + 1 == sp.Rational(6 - 3 + 2, 1) + 1); L.step(sp.Rational(6 - 3 + 2, 1) + 1 == 6)
# student B
r2, r3 = 1 + 2 * 2, 1 + 3 * 2
L.step(r2 == 3 + 3, note="5"); L.step(3 + 3 == 6)
L.step(r3 == 3 * 3, note="7"); L.step(3 * 3 == 9)
span = 3 + (3 - 1) * (2 - 1)
L.step(span == 3 * 2, note="5"); L.step(3 * 2 == 6)
S = sum(ysym)
L.step(sp.diff(S, X[2]) == W[0] + W[1] + W[2]); L.step(w[0] + w[1] + w[2] == 2 - 1 + 1); L.step(2 - 1 + 1 == 2)
L.step(sp.diff(S, X[0]) == W[0] + W[1], note="only w1"); L.step(w[0] + w[1] == 1)
L.step(gb == sum(y), note="sum of delta"); L.step(sum(y) == R("7.5") - R("6.5") + R("8.5") - R("2.5")); L.step(sum(y) == 7)
L.step(b - R("0.1") * gb == b - R("0.1") * 7, carried=True); L.step(b - R("0.1") * 7 == R("-0.2"))
L.step(sp.floor(sp.Rational(3, 2)) + 1 == 2)
# student C
L.step(gx[0] == delta[0] * w[2], note="unflipped"); L.step(delta[0] * w[2] == R("0.5"))
L.step(gx[2] == delta[0] * w[0] + delta[2] * w[2]); L.step(delta[0] * w[0] + delta[2] * w[2] == R("1.0") - R("0.5")); L.step(R("0.5") == R("1.0") - R("0.5"))
L.step(gx[0] + gx[2] == R("0.5") + R("0.5"), carried=True); L.step(R("0.5") + R("0.5") == 1)
L.step(sum(gx) == sum(delta) * sum(w)); L.step(sum(delta) * sum(w) == 0 * 2); L.step(0 * 2 == 0)
L.done()
