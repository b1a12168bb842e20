"""Labels for tabbing_exam_script_sigmoid_mlp_tanh.tex: an exam answer typed in `tabbing` (\\= and \\> columns,
math cells, prose remarks in the third column): a 1-2-1 sigmoid MLP forward and backward by hand, the input
gradient and two updates; tanh facts. Slips: L without the 1/2; delta_2 with sigma(a2) for sigma'(a2),
carried into dL/dw, dL/db, dL/dx, the first-order change of L and the w2 update; tanh' called odd;
lim e^{2x} tanh'(x) = 2 (it is 4)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch9/tabbing_exam_script_sigmoid_mlp_tanh.tex")
sig = lambda u: 1 / (1 + sp.exp(-u))
x, y = R("0.5"), R("0.3"); w = (R("1.0"), R("-2.0")); b = (0, R("0.5")); v = (R("1.5"), R("-1.0")); c = R("0.1")
L.define(5, "network"); L.define(6, "data")
a = [w[j] * x + b[j] for j in range(2)]; h = [sig(t) for t in a]
yh = v[0] * h[0] + v[1] * h[1] + c; do = yh - y
L.step(a[1] == R("-2.0") * R("0.5") + R("0.5")); L.step(a == [R("0.5"), R("-0.5")])
L.step(h[0] == sig(R("0.5"))); L.step(rounds("0.6225", h[0])); L.step(h[1] == sig(R("-0.5"))); L.step(rounds("0.3775", h[1]))
L.step(substituted(yh, lambda p, q: R("1.5") * p - R("1.0") * q + R("0.1"), "~0.6225", "~0.3775"))
L.step(rounds("0.9337", v[0] * h[0])); L.step(rounds("0.6561", yh))
Lv = do**2 / 2
L.step(substituted(Lv, lambda p: (p - R("0.3")) ** 2 / 2, "~0.6561")); L.step(R("0.6561") - R("0.3") == R("0.3561"))
L.step(rounds("0.1268", Lv, R("0.3561") ** 2 / 2), note="0.0634")
L.define(note="delta_o"); L.step(rounds("0.3561", do))
t = sp.symbols("t")
L.step(same(sp.diff(sig(t), t), sig(t) * (1 - sig(t)), positive=False))
sp1 = h[0] * (1 - h[0]); sp2 = h[1] * (1 - h[1])
L.step(substituted(sp1, lambda p, q: p * q, "~0.6225", "~0.3775")); L.step(rounds("0.2350", sp1, R("0.6225") * R("0.3775")))
d1, d2 = do * v[0] * sp1, do * v[1] * sp2
L.define(note="delta_1 rule"); L.step(substituted(d1, lambda p, q: p * R("1.5") * q, "~0.3561", "~0.2350"))
L.step(rounds("0.1255", d1, R("0.3561") * R("1.5") * R("0.2350")))
L.define(note="delta_2 rule")
L.step(substituted(d2, lambda p, q: p * R("-1.0") * q, "~0.3561", "~0.3775"), note="sigma(a2) for sigma'(a2)")
D2 = R("0.3561") * R("-1.0") * R("0.3775")
L.step(rounds("-0.1344", D2))
L.step(True, note="dL/dw = delta x")
L.step(rounds("0.0628", d1 * x) and rounds("-0.0672", d2 * x), carried=rounds("-0.0672", R("-0.1344") * x))
L.step(True, note="dL/db = delta")
L.step(rounds("0.1255", d1) and rounds("-0.1344", d2), carried=True)
L.step(True, note="dL/dv = delta_o h")
L.step(substituted(do * h[0], lambda p, q: p * q, "~0.3561", "~0.6225") and substituted(do * h[1], lambda p, q: p * q, "~0.3561", "~0.3775"))
L.step(rounds("0.2217", do * h[0]) and rounds("0.1344", R("0.3561") * R("0.3775"), do * h[1]))
gx = d1 * w[0] + d2 * w[1]
xs = sp.symbols("xs")
yhx = sum(v[j] * sig(w[j] * xs + b[j]) for j in range(2)) + c
L.step(sp.simplify(sp.diff((yhx - y) ** 2 / 2, xs).subs(xs, x) - gx) == 0)
L.step(substituted(gx, lambda p, q: p * R("1.0") + q * R("-2.0"), "~0.1255", "~-0.1344"), carried=True)
L.step(R("0.1255") + R("0.2688") == R("0.3943"))
L.step(True, note="first-order change dL ~ dx dL/dx")
L.step(rounds("0.0394", R("0.1") * gx), carried=rounds("0.0394", R("0.1") * R("0.3943")))
L.define(note="dx = 0.1")
L.define(note="eta = 1")
L.step(substituted(w[1] - d2 * x, lambda g: R("-2.0") - g, "~-0.0672"), carried=True)
L.step(R("-2.0") + R("0.0672") == R("-1.9328"))
L.step(substituted(v[0] - do * h[0], lambda g: R("1.5") - g, "~0.2217")); L.step(R("1.5") - R("0.2217") == R("1.2783"))
# tanh
L.step(same(sp.diff(sp.tanh(t), t), 1 - sp.tanh(t) ** 2, positive=False)); L.step(same(1 - sp.tanh(t) ** 2, sp.sech(t) ** 2, positive=False))
th = sp.tanh(R("0.5")); tp = 1 - th**2
L.step(rounds("0.4621", th)); L.step(substituted(tp, lambda p: 1 - p**2, "~0.4621")); L.step(rounds("0.7865", 1 - R("0.4621") ** 2, tp, approx=True))
L.step(rounds("-0.7865", (1 - sp.tanh(t) ** 2).subs(t, R("-0.5")), approx=True), note="tanh' is even")
L.step(same(sp.diff(sp.tanh(2 * t), t), 2 * (1 - sp.tanh(2 * t) ** 2), positive=False)); L.define(note="x = 0.25")
L.step(rounds("1.5729", 2 * (1 - sp.tanh(R("0.5")) ** 2), approx=True))
L.step(same(sp.diff(sp.log(sp.cosh(t)), t), sp.tanh(t), positive=False)); L.step(same(sp.tanh(t), 2 * sig(2 * t) - 1, positive=False))
L.step(sp.diff(sp.tanh(t), t).subs(t, 0) == 4 * sp.diff(sig(t), t).subs(t, 0)); L.step(4 * sp.diff(sig(t), t).subs(t, 0) == 1)
L.step(same(sp.diff(sp.tanh(t), t, 2), -2 * sp.tanh(t) * (1 - sp.tanh(t) ** 2), positive=False))
tpp = -2 * th * tp
L.step(substituted(tpp, lambda p, q: -2 * p * q, "~0.4621", "~0.7865")); L.step(rounds("-0.7269", R("-2") * R("0.4621") * R("0.7865"), approx=True))
L.step(sp.limit(sp.exp(2 * t) * (1 - sp.tanh(t) ** 2), t, sp.oo) == 2, note="the limit is 4")
L.done()
