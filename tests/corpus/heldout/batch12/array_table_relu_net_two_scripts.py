"""Labels for array_table_relu_net_two_scripts.tex: lab solutions laid out as `array` derivation tables
(quantity | = | working | source), `\\leftarrow` update rows: a 2-3-1 ReLU network with squared loss (no 1/2),
forward, backward (mask, outer product, input gradient W1^T delta), a GD step and the re-forward; a team's
table with a sign slip in z_2 carried through and the factor 2 dropped; ReLU identities, true or false."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch12/array_table_relu_net_two_scripts.tex")
M = lambda rows: sp.Matrix([[R(v) for v in r] for r in rows])
x = M([["1.5"], ["-0.5"]]); y = 1
W1 = M([["0.4", "-0.2"], ["-0.3", "0.8"], ["0.6", "0.5"]]); b1 = M([["0.1"], ["0.2"], ["-0.3"]])
w2 = M([["0.7"], ["-0.5"], ["1.2"]]); b2 = R("-0.1")
relu = lambda v: v.applyfunc(lambda t: sp.Max(t, 0))
def fwd(W1, b1, w2, b2):
    z = W1 * x + b1
    h = relu(z)
    yh = (w2.T * h)[0] + b2
    return z, h, yh, (yh - y) ** 2
L.define(3, "x, y, L"); L.define(4, "W1, b1, w2, b2"); L.define(2, "h, yhat")
z, h, yh, Lv = fwd(W1, b1, w2, b2)
V = lambda s: sp.Matrix([R(t) for t in s.split(",")])
L.step(z[0] == R("0.4") * R("1.5") - R("0.2") * R("-0.5") + R("0.1")); L.step(z[0] == R("0.6") + R("0.1") + R("0.1")); L.step(z[0] == R("0.8"))
L.step(z[1] == R("-0.3") * R("1.5") + R("0.8") * R("-0.5") + R("0.2")); L.step(z[1] == R("-0.45") - R("0.4") + R("0.2")); L.step(z[1] == R("-0.65"))
L.step(z[2] == R("0.6") * R("1.5") + R("0.5") * R("-0.5") - R("0.3")); L.step(z[2] == R("0.9") - R("0.25") - R("0.3")); L.step(z[2] == R("0.35"))
L.step(z == V("0.8,-0.65,0.35")); L.step(h == V("0.8,0,0.35"))
L.step(yh == R("0.7") * R("0.8") - R("0.5") * 0 + R("1.2") * R("0.35") - R("0.1")); L.step(yh == R("0.56") + R("0.42") - R("0.1")); L.step(yh == R("0.88"))
L.step(Lv == (R("0.88") - 1) ** 2); L.step(Lv == R("0.0144"))
g = 2 * (yh - y)
t = sp.Symbol("t", real=True)
L.step(sp.diff((t - y) ** 2, t) == 2 * (t - y)); L.step(g == 2 * R("-0.12")); L.step(g == R("-0.24"))
dw2 = g * h
L.step(dw2 == R("-0.24") * h); L.step(dw2 == V("-0.192,0,-0.084"))
dh = g * w2
L.step(dh == R("-0.24") * w2); L.step(dh == V("-0.168,0.12,-0.288"))
mask = sp.Matrix([1 if v > 0 else 0 for v in z])
d = sp.matrix_multiply_elementwise(dh, mask)
L.define(note="delta := dL/dz"); L.step(d == V("-0.168,0,-0.288")); L.step(V("-0.168,0,-0.288") == sp.Matrix([R("-0.168"), R("0.12") * 0, R("-0.288")]))
dW1 = d * x.T
L.step(True, note="dL/dW1 = delta x^T"); L.step(dW1 == M([["-0.252", "0.084"], ["0", "0"], ["-0.432", "0.144"]]))
dx = W1.T * d
L.step(dx[0] == R("0.4") * R("-0.168") + R("0.6") * R("-0.288")); L.step(R("0.4") * R("-0.168") == R("-0.0672") and R("0.6") * R("-0.288") == R("-0.1728"))
L.step(dx[0] == R("-0.24"))
L.step(dx[1] == R("-0.2") * R("-0.168") + R("0.5") * R("-0.288")); L.step(R("-0.2") * R("-0.168") == R("0.0336") and R("0.5") * R("-0.288") == R("-0.144"))
L.step(dx[1] == R("-0.1104"))
eta = R("0.5")
L.define(note="eta")
W1n, b1n, w2n, b2n = W1 - eta * dW1, b1 - eta * d, w2 - eta * dw2, b2 - eta * g
L.step(w2n == w2 - R("0.5") * V("-0.192,0,-0.084")); L.step(w2n == V("0.796,-0.5,1.242"))
L.step(b2n == R("-0.1") - R("0.5") * R("-0.24")); L.step(b2n == R("0.02"))
L.step((W1n[0, 0], W1n[0, 1], b1n[0]) == (R("0.4") + R("0.126"), R("-0.2") - R("0.042"), R("0.1") + R("0.084")))
L.step((W1n[0, 0], W1n[0, 1], b1n[0]) == (R("0.526"), R("-0.242"), R("0.184")))
L.step((W1n[2, 0], W1n[2, 1], b1n[2]) == (R("0.6") + R("0.216"), R("0.5") - R("0.072"), R("-0.3") + R("0.144")))
L.step((W1n[2, 0], W1n[2, 1], b1n[2]) == (R("0.816"), R("0.428"), R("-0.156")))
z_, h_, yh_, L_ = fwd(W1n, b1n, w2n, b2n)
L.step(z_[0] == R("1.094")); L.step(z_[2] == R("0.854"))
L.step(yh_ == R("0.796") * R("1.094") + R("1.242") * R("0.854") + R("0.02")); L.step(rounds("1.9515", yh_))
L.step(substituted(L_, lambda a: a ** 2, "~0.9515")); L.step(rounds("0.9054", R("0.9515") ** 2, L_)); L.step(R("0.9054") > R("0.0144"))
# team 4
L.step(z[1] == R("-0.3") * R("1.5") + R("0.8") * R("-0.5") + R("0.2")); L.step(z[1] == R("-0.45") + R("0.4") + R("0.2"), note="sign")
L.step(R("-0.45") + R("0.4") + R("0.2") == R("0.15"))
L.step(h[1] == R("0.15"), carried=True); L.step(max(R("0.15"), 0) == R("0.15"))
hw = V("0.8,0.15,0.35")
L.step(yh == (w2.T * hw)[0] + b2, carried=True); L.step((w2.T * hw)[0] + b2 == R("0.805"))
L.step(Lv == (R("0.805") - 1) ** 2, carried=True); L.step(rounds("0.0380", (R("0.805") - 1) ** 2))
L.step(False, note="factor 2 dropped"); L.step(yh - y == R("-0.195"), carried=True)
L.step(dw2 == R("-0.195") * hw, carried=True); L.step(R("-0.195") * hw == V("-0.156,-0.02925,-0.06825"))
L.step(d == R("-0.195") * w2, carried=True); L.step(R("-0.195") * w2 == V("-0.1365,0.0975,-0.234"))
dB = V("-0.1365,0.0975,-0.234"); gB = W1.T * dB
L.step(dx[0] == gB[0], carried=True); L.step(gB[0] == R("-0.22425"))
L.step(dx[1] == gB[1], carried=True); L.step(gB[1] == R("0.0117"), note="sign: -0.0117")
dwB = V("-0.156,-0.02925,-0.06825")
L.step(w2n == w2 - R("0.5") * dwB, carried=True)
L.step((w2 - R("0.5") * dwB)[0] == R("0.778") and rounds("-0.4854", (w2 - R("0.5") * dwB)[1]) and rounds("1.2341", (w2 - R("0.5") * dwB)[2]))
L.step(b2n == R("-0.1") - R("0.5") * R("-0.195"), carried=True); L.step(R("-0.1") - R("0.5") * R("-0.195") == R("-0.0025"))
# TA
L.step(R("-0.45") - R("0.4") + R("0.2") == R("-0.65")); L.step(h[1] == 0); L.step(True, note="dL/dyhat = 2(yhat - y)"); L.step(g == R("-0.24"))
# quick checks
a_, b_, c_, zz = sp.symbols("a b c z", real=True)
Rl = lambda v: sp.Max(v, 0)
L.step(Rl(a_ + b_).subs({a_: 1, b_: -1}) == Rl(1) + Rl(-1))
cp = sp.Symbol("cp", nonnegative=True)
L.step(all(Rl(cv * zv) == cv * Rl(zv) for cv in [0, R("0.5"), 3] for zv in [-2, R("-0.3"), 0, R("1.7")])); L.define(note="c >= 0")
pts = [-3, R("-0.4"), 0, R("0.6"), 5]
L.step(all(Rl(zv) ** 2 == zv * Rl(zv) for zv in pts)); L.step(all(Rl(zv) * Rl(-zv) == zv for zv in pts))
# d/dz relu(z)^2 = 2 relu(z) (also at 0: one-sided limits both 0); 2z fails for z < 0
eps_ = sp.Rational(1, 10 ** 12)
dsq_side = lambda zv, s: (Rl(zv + s * eps_) ** 2 - Rl(zv) ** 2) / (s * eps_)
dsq = lambda zv: sp.Rational(round(dsq_side(zv, 1) * 10 ** 6), 10 ** 6) if abs(dsq_side(zv, 1) - dsq_side(zv, -1)) < 1e-9 else None
L.step(all(dsq(zv) == 2 * Rl(zv) for zv in pts)); L.step(all(dsq(zv) == 2 * zv for zv in pts))
L.step(all(Rl(zv) == sp.Rational(zv + abs(zv), 1) / 2 for zv in pts)); L.step(all(Rl(-zv) == -Rl(zv) for zv in pts))
L.step(all(max(av, bv) == Rl(av - bv) + bv for av in pts for bv in pts))
L.step(all(Rl(zv) * (1 if zv > 0 else 0) == zv for zv in pts if zv != 0)); L.define(note="z != 0")
L.step(all(Rl(zv) <= abs(zv) for zv in pts))
L.done()
