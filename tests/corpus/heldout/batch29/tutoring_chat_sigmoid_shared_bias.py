"""Labels for tutoring_chat_sigmoid_shared_bias.tex: a tutoring chat log: a 2-2-1 sigmoid network whose
two hidden units share one bias (dL/db = delta_1 + delta_2), the input gradient W_1^T delta, the weight
gradient delta x^T (pmatrix), one SGD step with `\\gets`, and tanh' = 1 - tanh^2 = 4 sigma'(2z)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch29/tutoring_chat_sigmoid_shared_bias.tex")
M = sp.Matrix
sig = lambda t: 1 / (1 + sp.exp(-t))
x = M([R("1.0"), R("0.5")]); W1 = M([[R("0.2"), R("-0.4")], [R("0.5"), R("0.3")]]); b = R("0.1")
v = M([R("0.6"), R("-0.8")]); c = 0; y = R("0.5")
L.define(6, "x, W1, b, v, c, y"); L.define(4, "z, h, yhat, L")
z = W1 * x + b * M([1, 1])
L.step(z[0] == R("0.2") * R("1.0") - R("0.4") * R("0.5") + R("0.1")); L.step(z[0] == R("0.1"))
L.step(z[1] == R("0.5") * R("1.0") + R("0.3") * R("0.5") + R("0.1")); L.step(z[1] == R("0.75"))
h = z.applyfunc(sig)
L.step(True, note="h1 = sigma(0.1)"); L.step(rounds("0.5250", h[0])); L.step(True); L.step(rounds("0.6792", h[1]))
yhat = (v.T * h)[0] + c
L.step(substituted(yhat, lambda a, b_: R("0.6") * a - R("0.8") * b_, "~0.5250", "~0.6792"))
L.step(rounds("0.3150", R("0.6") * R("0.5250")) and rounds("0.5434", R("0.8") * R("0.6792")))
L.step(R("0.3150") - R("0.5434") == R("-0.2284"))
Lv = (yhat - y) ** 2 / 2
L.step(substituted(Lv, lambda a: (a - R("0.5")) ** 2 / 2, "~-0.2284"))
L.step(rounds("0.5306", (R("-0.2284") - R("0.5")) ** 2)); L.step(rounds("0.2653", R("0.5306") / 2, Lv))
# output layer
dy = yhat - y
ys = sp.symbols("ys")
L.step(same(sp.diff((ys - y) ** 2 / 2, ys), y - ys, positive=False), note="yhat - y, not y - yhat"); L.step(y - R("-0.2284") == R("0.7284"))
dv = dy * h
L.step(substituted(dv[0], lambda a, b_: a * b_, "~0.7284", "~0.5250"), carried=True); L.step(rounds("0.3824", R("0.7284") * R("0.5250")))
L.step(substituted(dv[1], lambda a, b_: a * b_, "~0.7284", "~0.6792"), carried=True); L.step(rounds("0.4947", R("0.7284") * R("0.6792")))
ys = sp.symbols("ys")
L.step(same(sp.diff((ys - y) ** 2 / 2, ys), ys - y, positive=False))
L.step(rounds("-0.7284", dy)); L.step(rounds("-0.3824", dv[0]) and rounds("-0.4947", dv[1]))
dh = dy * v
L.step(True, note="dL/dh = dL/dyhat v"); L.step(substituted(dh[0], lambda a: a * R("0.6"), "~-0.7284") and substituted(dh[1], lambda a: a * R("-0.8"), "~-0.7284"))
L.step(rounds("-0.4370", R("-0.7284") * R("0.6")) and rounds("0.5827", R("-0.7284") * R("-0.8")))
t = sp.symbols("t", real=True)
L.step(same(sp.diff(sig(t), t), sig(t) * (1 - sig(t)), positive=False))
sp1 = h[0] * (1 - h[0]); sp2 = h[1] * (1 - h[1])
L.step(substituted(sp1, lambda a, b_: a * b_, "~0.5250", "~0.4750")); L.step(rounds("0.2494", R("0.5250") * R("0.4750"), sp1))
smax = sp.diff(sig(t), t).subs(t, 0)
L.step(smax == R("0.5"), note="0.25")
L.step(smax == sp.Rational(1, 2) * sp.Rational(1, 2)); L.step(sp.Rational(1, 4) == R("0.25"))
L.step(substituted(sp2, lambda a, b_: a * b_, "~0.6792", "~0.3208")); L.step(rounds("0.2179", R("0.6792") * R("0.3208"), sp2))
L.define(note="delta_j")
d1 = dh[0] * sp1; d2 = dh[1] * sp2
L.step(substituted(d1, lambda a, b_: a * b_, "~-0.4370", "~0.2494")); L.step(rounds("-0.1090", R("-0.4370") * R("0.2494"), d1))
L.step(substituted(d2, lambda a, b_: a * b_, "~0.5827", "~0.2179")); L.step(rounds("0.1270", R("0.5827") * R("0.2179"), d2))
delta = M([d1, d2])
L.step(True, note="grad W1 = delta x^T")
gW = delta * x.T
L.step(substituted(gW[0, 0], lambda a: a * R("1.0"), "~-0.1090") and substituted(gW[1, 1], lambda a: a * R("0.5"), "~0.1270"))
L.step(R("-0.1090") * R("0.5") == R("-0.0545") and R("0.1270") * R("0.5") == R("0.0635"))
db = d1 + d2
L.step(db == (d1 + d2) / 2, note="sum, not average"); L.step(rounds("0.0090", (R("-0.1090") + R("0.1270")) / 2, (d1 + d2) / 2))
L.step(True, note="two paths"); L.step(True, note="dz_j/db = 1")
L.step(substituted(db, lambda a, b_: a + b_, "~-0.1090", "~0.1270")); L.step(R("-0.1090") + R("0.1270") == R("0.0180"))
gx = W1.T * delta
L.step(gx == W1 * delta, note="W1^T")
L.step(True, note="W1 delta written out")
L.step(R("0.2") * R("-0.1090") - R("0.4") * R("0.1270") == R("-0.0726") and rounds("-0.0164", R("0.5") * R("-0.1090") + R("0.3") * R("0.1270")))
L.step(True, note="grad_x L = W1^T delta")
L.step(substituted(gx[0], lambda a, b_: R("0.2") * a + R("0.5") * b_, "~-0.1090", "~0.1270")
       and substituted(gx[1], lambda a, b_: R("-0.4") * a + R("0.3") * b_, "~-0.1090", "~0.1270"))
L.step(rounds("0.0417", R("0.2") * R("-0.1090") + R("0.5") * R("0.1270")) and rounds("0.0817", R("-0.4") * R("-0.1090") + R("0.3") * R("0.1270")))
# SGD
eta = R("0.5")
L.define(2, "eta, b update rule")
L.step(substituted(b - eta * db, lambda a: R("0.1") - R("0.5") * a, "~0.0180")); L.step(R("0.1") - R("0.5") * R("0.0180") == R("0.0910"))
L.step(substituted(v[0] - eta * dv[0], lambda a: R("0.6") - R("0.5") * a, "~-0.3824")); L.step(R("0.6") - R("0.5") * R("-0.3824") == R("0.7912"))
L.step(substituted(v[1] - eta * dv[1], lambda a: R("-0.8") - R("0.5") * a, "~-0.4947")); L.step(rounds("-0.5527", R("-0.8") - R("0.5") * R("-0.4947"), v[1] - eta * dv[1]))
# tanh
L.step(same(sp.diff(sp.tanh(t), t), 1 - sp.tanh(t) ** 2, positive=False)); L.step(rounds("0.6351", sp.tanh(R("0.75"))))
tp = 1 - sp.tanh(R("0.75")) ** 2
L.step(substituted(tp, lambda a: 1 - a, "~0.6351"), note="square dropped"); L.step(1 - R("0.6351") == R("0.3649"))
L.step(substituted(tp, lambda a: 1 - a ** 2, "~0.6351")); L.step(rounds("0.4034", R("0.6351") ** 2)); L.step(1 - R("0.4034") == R("0.5966"))
L.step(same(sp.tanh(t), 2 * sig(2 * t) - 1, positive=False))
L.step(same(sp.diff(sp.tanh(t), t), 4 * sp.diff(sig(t), t).subs(t, 2 * t), positive=False))
sp15 = sp.diff(sig(t), t).subs(t, R("1.5"))
L.step(abs(sp.N(tp - 4 * sp15, 30)) < 1e-25)
L.step(substituted(4 * sp15, lambda a: 4 * a, "~0.1491")); L.step(rounds("0.5966", 4 * R("0.1491"), 4 * sp15))
L.done()
