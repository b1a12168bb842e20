"""Labels for problemset_solutions_sigmoid_backprop.tex: a graded problem set (exam class, solution
environments): 2-2-1 sigmoid net with MSE at 4 decimals; the hidden deltas use the swapped output
weights (w_22 for unit 1, w_21 for unit 2), carried into dL/dW_1 and an update; the input gradient
as W_1 delta_1 instead of W_1^T delta_1."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch7/problemset_solutions_sigmoid_backprop.tex")
s = lambda z: 1 / (1 + sp.exp(-z))
L.define(5, "network"); L.define(6, "data")
x = [R("0.5"), R("-1")]; W = [[R("0.4"), R("-0.2")], [R("0.3"), R("0.1")]]; b = [R("0.1"), R("-0.1")]
w2 = [R("0.7"), R("-0.5")]; b2 = R("0.2"); y = 1; eta = R("0.1")
a = [W[i][0] * x[0] + W[i][1] * x[1] + b[i] for i in range(2)]
h = [s(v) for v in a]
o = w2[0] * h[0] + w2[1] * h[1] + b2; yh = s(o); Lv = (yh - y)**2 / 2
# forward
L.step(a[0] == R("0.4") * R("0.5") - R("0.2") * (-1) + R("0.1")); L.step(a[0] == R("0.5"))
L.step(a[1] == R("0.3") * R("0.5") + R("0.1") * (-1) - R("0.1")); L.step(a[1] == R("-0.05"))
L.step(h[0] == s(R("0.5"))); L.step(rounds("0.6225", h[0])); L.step(h[1] == s(R("-0.05"))); L.step(rounds("0.4875", h[1]))
L.step(substituted(o, lambda p, q: R("0.7") * p - R("0.5") * q + R("0.2"), "~0.6225", "~0.4875")); L.step(rounds("0.3920", o))
L.step(substituted(yh, lambda q: s(q), "~0.3920")); L.step(rounds("0.5968", yh, s(R("0.392"))))
L.step(substituted(Lv, lambda q: (q - 1)**2 / 2, "~0.5968")); L.step(rounds("0.0813", Lv))
# backward
d2 = (yh - y) * yh * (1 - yh)
zz = sp.Symbol("o"); yy = sp.Symbol("y")
L.define(note="delta_2 := dL/do")
L.step(same(sp.diff((s(zz) - yy)**2 / 2, zz), (s(zz) - yy) * s(zz) * (1 - s(zz)), [zz, yy], positive=False))
L.step(substituted(d2, lambda p, q, r: p * q * r, "~-0.4032", "~0.5968", "~0.4032")); L.step(rounds("-0.0970", d2))
L.step(True, note="dL/dw2 = delta_2 h")
L.step(rounds("-0.0604", d2 * h[0]) and rounds("-0.0473", d2 * h[1]))
L.step(True, note="dL/db2 = delta_2"); L.step(rounds("-0.0970", d2))
sp1 = [hh * (1 - hh) for hh in h]
L.define(note="delta_1 rule"); L.step(True, note="sigma' = h(1-h)")
L.step(rounds("0.2350", sp1[0]) and rounds("0.2498", sp1[1]))
d1 = [w2[i] * d2 * sp1[i] for i in range(2)]
L.step(sp.simplify(d1[0] - w2[1] * d2 * sp1[0]) == 0, note="w22 for unit 1")
L.step(substituted(w2[1] * d2 * sp1[0], lambda p, q, r: p * q * r, "-0.5", "~-0.0970", "~0.2350")); L.step(rounds("0.0114", R("-0.5") * R("-0.0970") * R("0.2350")))
L.step(sp.simplify(d1[1] - w2[0] * d2 * sp1[1]) == 0, note="w21 for unit 2")
L.step(substituted(w2[0] * d2 * sp1[1], lambda p, q, r: p * q * r, "0.7", "~-0.0970", "~0.2498")); L.step(rounds("-0.0170", R("0.7") * R("-0.0970") * R("0.2498")))
L.step(True, note="dL/dW1 = delta_1 x^T")
g11, g12 = d1[0] * x[0], d1[0] * x[1]
L.step(substituted(g11, lambda q: q * R("0.5"), "~0.0114"), carried=True); L.step(R("0.0114") * R("0.5") == R("0.0057"))
L.step(substituted(g12, lambda q: -q, "~0.0114"), carried=True); L.step(R("0.0114") * -1 == R("-0.0114"))
L.step(substituted(d1[0], lambda p, q, r: p * q * r, "0.7", "~-0.0970", "~0.2350")); L.step(rounds("-0.0160", d1[0]))
L.step(substituted(d1[1], lambda p, q, r: p * q * r, "-0.5", "~-0.0970", "~0.2498")); L.step(rounds("0.0121", d1[1]))
# update
L.define(note="eta")
L.step(substituted(W[0][0] - eta * g11, lambda g: R("0.4") - R("0.1") * g, "~0.0057"), carried=True); L.step(rounds("0.3994", R("0.4") - R("0.1") * R("0.0057")))
L.step(substituted(w2[0] - eta * d2 * h[0], lambda g: R("0.7") - R("0.1") * g, "~-0.0604")); L.step(rounds("0.7060", w2[0] - eta * d2 * h[0]))
L.step(substituted(g11, lambda q: q * R("0.5"), "~-0.0160")); L.step(rounds("-0.0080", g11))
L.step(substituted(W[0][0] - eta * g11, lambda g: R("0.4") + g, "~0.0008")); L.step(rounds("0.4008", W[0][0] - eta * g11))
# input gradient
gx = [W[0][i] * d1[0] + W[1][i] * d1[1] for i in range(2)]
wd = [W[i][0] * d1[0] + W[i][1] * d1[1] for i in range(2)]
L.step(all(sp.simplify(gx[i] - wd[i]) == 0 for i in range(2)), note="W1 delta for W1^T delta")
L.step(substituted(wd[0], lambda p, q: R("0.4") * p - R("0.2") * q, "~-0.0160", "~0.0121")
       and substituted(wd[1], lambda p, q: R("0.3") * p + R("0.1") * q, "~-0.0160", "~0.0121"))
L.step(rounds("-0.0088", R("0.4") * R("-0.0160") - R("0.2") * R("0.0121"), wd[0]) and rounds("-0.0036", R("0.3") * R("-0.0160") + R("0.1") * R("0.0121"), wd[1]))
L.step(True, note="W1^T delta_1")
L.step(substituted(gx[0], lambda p, q: R("0.4") * p + R("0.3") * q, "~-0.0160", "~0.0121")
       and substituted(gx[1], lambda p, q: R("-0.2") * p + R("0.1") * q, "~-0.0160", "~0.0121"))
L.step(rounds("-0.0028", R("0.4") * R("-0.0160") + R("0.3") * R("0.0121"), gx[0]) and rounds("0.0044", R("-0.2") * R("-0.0160") + R("0.1") * R("0.0121"), gx[1]))
# Q3: sigma' = sigma^2
L.step(same(sp.diff(s(zz), zz), s(zz)**2, [zz], positive=False))
L.step(substituted(s(o) * (1 - s(o)), lambda q: q**2, "~0.5968"), carried=True); L.step(rounds("0.3562", R("0.5968")**2))
L.step(True, note="delta_2 = (yhat - y) sigma'(o)")
L.step(substituted(d2, lambda p, q: p * q, "~-0.4032", "~0.3562"), carried=True); L.step(rounds("-0.1436", R("-0.4032") * R("0.3562")))
L.step(same(sp.diff(s(zz), zz), s(zz) * (1 - s(zz)), [zz], positive=False))
L.step(substituted(yh * (1 - yh), lambda p, q: p * q, "~0.5968", "~0.4032")); L.step(rounds("0.2406", yh * (1 - yh)))
L.step(rounds("-0.0970", d2))
L.done()
