"""Labels for exam_script_lstm_cell_one_step.tex: a marked exam answer, a scalar LSTM cell forward and
backward at one point. Slips: the loss without its 1/2; dL/dU_o with x for h_{t-1}; tanh' taken as
1 - tanh (carried into dL/dc_t and everything downstream of it); 0.9^10 = 0.3874."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch19/exam_script_lstm_cell_one_step.tex")
z = sp.symbols("z", real=True)
sg = lambda v: 1 / (1 + sp.exp(-v))
x, hp, cp, y = 1, R("0.5"), R("0.2"), 1
P = {"f": (R("0.5"), R("0.4"), 0), "i": (R("0.3"), R("-0.2"), R("0.1")), "o": (R("-0.1"), R("0.6"), R("0.2")), "g": (R("0.8"), R("0.2"), R("-0.4"))}
L.define(3, "x, h_{t-1}, c_{t-1}"); L.define(2, "y, loss"); L.define(7, "a_k, gates, c_t, h_t")
a = {k: W * x + U * hp + b for k, (W, U, b) in P.items()}
gate = {k: (sp.tanh(v) if k == "g" else sg(v)) for k, v in a.items()}
rows = (("f", "0.7", "0.6682"), ("i", "0.3", "0.5744"), ("o", "0.4", "0.5987"), ("g", "0.5", "0.4621"))
for k, av, gv in rows:
    W, U, b = P[k]
    L.step(True, note="a_k rule at the data"); L.step(a[k] == R(av))
    L.step(gate[k] == (sp.tanh(R(av)) if k == "g" else sg(R(av)))); L.step(rounds(gv, gate[k]))
f, i, o, g = gate["f"], gate["i"], gate["o"], gate["g"]
c = f * cp + i * g
L.step(substituted(c, lambda p, q, r: p * R("0.2") + q * r, "~0.6682", "~0.5744", "~0.4621"))
L.step(R("0.6682") * R("0.2") == R("0.13364") and rounds("0.26543", R("0.5744") * R("0.4621")))
L.step(R("0.13364") + R("0.26543") == R("0.39907")); L.step(rounds("0.3991", R("0.39907")))
h = o * sp.tanh(c)
L.step(substituted(h, lambda p, q: p * sp.tanh(q), "~0.5987", "~0.3991"))
L.step(rounds("0.3792", sp.tanh(R("0.3991")))); L.step(rounds("0.2270", R("0.5987") * R("0.3792"), approx=True))
loss = (h - y) ** 2 / 2
L.step(substituted(loss, lambda q: (q - 1) ** 2 / 2, "~0.2270")); L.step(rounds("0.5976", (R("0.2270") - 1) ** 2 / 2), note="0.2988")
L.step(same(sp.diff(sg(z), z), sg(z) * (1 - sg(z)), positive=False)); L.step(same(sp.diff(sp.tanh(z), z), 1 - sp.tanh(z) ** 2, positive=False))
dh = h - y
L.step(True, note="dL/dh = h - y"); L.step(substituted(dh, lambda q: q - 1, "~0.2270")); L.step(R("0.2270") - 1 == R("-0.7730"))
do = dh * sp.tanh(c)
L.step(True, note="chain rule"); L.step(substituted(do, lambda p, q: p * q, "~-0.7730", "~0.3792")); L.step(rounds("-0.2931", R("-0.7730") * R("0.3792")))
dao = do * o * (1 - o)
L.step(substituted(dao, lambda p, q, r: p * q * r, "~-0.2931", "~0.5987", "~0.4013") and R("0.4013") == 1 - R("0.5987"))
L.step(rounds("-0.0704", R("-0.2931") * R("0.5987") * R("0.4013")))
L.step(True, note="dL/dW_o = dL/da_o x"); L.step(R("-0.0704") * 1 == R("-0.0704"))
L.step(dao * hp == dao * x, note="h_{t-1}, not x"); L.step(R("-0.0704") * 1 == R("-0.0704"))
dhdc = o * (1 - sp.tanh(c) ** 2)
L.step(dhdc == o * (1 - sp.tanh(c)), note="1 - tanh^2")
L.step(substituted(o * (1 - sp.tanh(c)), lambda p, q: p * q, "~0.5987", "~0.6208") and R("0.6208") == 1 - R("0.3792"))
L.step(rounds("0.3717", R("0.5987") * R("0.6208")))
dc = dh * dhdc
L.step(substituted(dc, lambda p, q: p * q, "~-0.7730", "~0.3717"), carried=True); L.step(rounds("-0.2873", R("-0.7730") * R("0.3717")))
df, di, dg = dc * cp, dc * g, dc * i
L.step(substituted(df, lambda p: p * R("0.2"), "~-0.2873"), carried=True); L.step(True, note="c_{t-1} = 0.2")
L.step(rounds("-0.0575", R("-0.2873") * R("0.2")))
L.step(substituted(di, lambda p, q: p * q, "~-0.2873", "~0.4621"), carried=True); L.step(rounds("-0.1328", R("-0.2873") * R("0.4621")))
L.step(substituted(dg, lambda p, q: p * q, "~-0.2873", "~0.5744"), carried=True); L.step(rounds("-0.1650", R("-0.2873") * R("0.5744")))
daf = df * f * (1 - f)
L.step(substituted(daf, lambda p, q, r: p * q * r, "~-0.0575", "~0.6682", "~0.3318"), carried=True)
L.step(rounds("-0.0127", R("-0.0575") * R("0.6682") * R("0.3318")))
dag = dg * (1 - g ** 2)
L.step(substituted(dag, lambda p, q: p * (1 - q ** 2), "~-0.1650", "~0.4621"), carried=True)
L.step(rounds("0.7865", 1 - R("0.4621") ** 2)); L.step(rounds("-0.1298", R("-0.1650") * R("0.7865")))
L.step(substituted(dag * x, lambda p: p * 1, "~-0.1298"), carried=True); L.step(True, note="-0.1298 * 1")
L.step(substituted(dag * hp, lambda p: p * R("0.5"), "~-0.1298"), carried=True); L.step(rounds("-0.0649", R("-0.1298") * R("0.5")))
# marker
L.step(substituted(dhdc, lambda p, q: p * (1 - q ** 2), "~0.5987", "~0.3792")); L.step(rounds("0.8562", 1 - R("0.3792") ** 2))
L.step(rounds("0.5126", R("0.5987") * R("0.8562")))
L.step(substituted(dc, lambda p, q: p * q, "~-0.7730", "~0.5126")); L.step(rounds("-0.3962", R("-0.7730") * R("0.5126")))
L.step(rounds("-0.0792", df, R("-0.3962") * R("0.2"))); L.step(rounds("-0.1831", di, R("-0.3962") * R("0.4621")))
L.step(rounds("-0.2276", dg, R("-0.3962") * R("0.5744")))
L.step(substituted(dag, lambda p, q: p * q, "~-0.2276", "~0.7865")); L.step(rounds("-0.1790", R("-0.2276") * R("0.7865")))
L.step(substituted(dao * hp, lambda p: p * R("0.5"), "~-0.0704")); L.step(rounds("-0.0352", R("-0.0704") * R("0.5")))
L.step(rounds("0.2988", R("0.7730") ** 2 / 2, approx=True))
L.step(True, note="dc_t/dc_{t-1} = f"); L.step(rounds("0.6682", f)); L.step(rounds("0.0177", R("0.6682") ** 10, approx=True))
L.define(note="f = 0.95"); L.step(rounds("0.5987", R("0.95") ** 10, approx=True))
L.define(note="f = 0.9"); L.step(rounds("0.3874", R("0.9") ** 10, approx=True), note="0.3487")
L.done()
