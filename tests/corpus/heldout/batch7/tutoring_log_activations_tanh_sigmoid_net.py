"""Labels for tutoring_log_activations_tanh_sigmoid_net.tex: a peer-tutoring session log
(`description` items Student/Tutor): sigma' = sigma^2 (true at 0 by accident, carried at 2), tanh' as
2 sigma'(2z), softplus' as 1/(1 + e^z); a tanh-sigmoid net with BCE where delta_2 = yhat + y is
carried into dL/dw_2, delta_1, dL/dw_1 and an update; the redo."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch7/tutoring_log_activations_tanh_sigmoid_net.tex")
z = sp.Symbol("z", real=True)
s = lambda v: 1 / (1 + sp.exp(-v))
ds = lambda v: s(v) * (1 - s(v))
L.step(same(sp.diff(s(z), z), s(z)**2, [z], positive=False))
L.step(ds(0) == R("0.5")**2); L.step(R("0.5")**2 == R("0.25"))
L.step(substituted(ds(2), lambda q: q**2, "~0.8808"), carried=substituted(s(2)**2, lambda q: q**2, "~0.8808"))
L.step(rounds("0.7758", R("0.8808")**2))
L.step(same(sp.diff(s(z), z), s(z) * (1 - s(z)), [z], positive=False))
L.step(substituted(ds(2), lambda p, q: p * q, "~0.8808", "~0.1192")); L.step(rounds("0.1050", ds(2)))
L.step(same(sp.diff(sp.tanh(z), z), 1 - sp.tanh(z)**2, [z], positive=False))
L.step(substituted(1 - sp.tanh(1)**2, lambda q: 1 - q**2, "~0.7616")); L.step(rounds("0.4200", 1 - sp.tanh(1)**2))
L.step(same(sp.tanh(z), 2 * s(2 * z) - 1, [z], positive=False))
L.step(same(sp.diff(sp.tanh(z), z), 2 * ds(2 * z), [z], positive=False))
L.step(same(sp.diff(sp.tanh(z), z), 4 * ds(2 * z), [z], positive=False))
L.define(note="z = 1"); L.step(rounds("0.4200", 4 * R("0.8808") * R("0.1192"), 4 * ds(2)))
L.step(True, note="ReLU' = 1 on z > 0"); L.define(2, "z > 0, z < 0")
sp_ = sp.log(1 + sp.exp(z))
L.step(same(sp.diff(sp_, z), 1 / (1 + sp.exp(z)), [z], positive=False))
L.step(same(sp.diff(sp_, z), sp.exp(z) / (1 + sp.exp(z)), [z], positive=False))
L.step(same(sp.exp(z) / (1 + sp.exp(z)), s(z), [z], positive=False))
L.step(same(s(-z), 1 - s(z), [z], positive=False))
# network
L.define(9, "network and data")
x, w1, b1, w2, b2, y = 2, R("0.5"), R("-0.5"), R("-1.2"), R("0.3"), 1
h = sp.tanh(w1 * x + b1); o = w2 * h + b2; yh = s(o); Lv = -sp.log(yh)
L.step(h == sp.tanh(R("0.5"))); L.step(rounds("0.4621", h))
L.step(substituted(o, lambda q: R("-1.2") * q + R("0.3"), "~0.4621")); L.step(rounds("-0.2545", o))
L.step(substituted(yh, s, "~-0.2545")); L.step(rounds("0.4367", yh))
L.step(substituted(Lv, lambda q: -sp.log(q), "~0.4367")); L.step(rounds("0.8285", Lv))
d2 = yh - y; e2 = yh + y
L.define(note="delta_2 := dL/do"); L.step(sp.simplify(d2 - e2) == 0, note="yhat + y"); L.step(rounds("1.4367", e2))
dw2 = d2 * h; d1 = w2 * d2 * (1 - h**2); dw1 = d1 * x
L.step(True, note="dL/dw2 = delta_2 h")
L.step(substituted(dw2, lambda p, q: p * q, "~1.4367", "~0.4621"), carried=True); L.step(rounds("0.6639", R("1.4367") * R("0.4621")))
L.step(True, note="delta_1 = w_2 delta_2 (1 - h^2)")
L.step(substituted(d1, lambda p, q: R("-1.2") * p * q, "~1.4367", "~0.7865"), carried=True)
L.step(rounds("-1.3560", R("-1.2") * R("1.4367") * R("0.7865")))
L.step(True, note="dL/dw1 = delta_1 x")
L.step(rounds("-2.7120", dw1), carried=rounds("-2.7120", R("-1.3560") * 2))
L.define(note="eta")
L.step(substituted(w2 - R("0.1") * dw2, lambda g: R("-1.2") - R("0.1") * g, "~0.6639"), carried=True)
L.step(rounds("-1.2664", R("-1.2") - R("0.1") * R("0.6639")))
Y, YH, O = sp.symbols("Y YH O", positive=True)
Lb = -Y * sp.log(YH) - (1 - Y) * sp.log(1 - YH)
L.step(same(sp.diff(Lb, YH), -Y / YH + (1 - Y) / (1 - YH), [Y, YH]))
L.step(same(sp.diff(s(O), O), s(O) * (1 - s(O)), [O]))
L.step(same(YH * (1 - YH) * (-Y / YH + (1 - Y) / (1 - YH)), YH - Y, [Y, YH]))
L.step(True, note="delta_2 = yhat - y"); L.step(rounds("-0.5633", d2))
L.step(substituted(dw2, lambda p, q: p * q, "~-0.5633", "~0.4621")); L.step(rounds("-0.2603", dw2))
L.step(substituted(d1, lambda p, q: R("-1.2") * p * q, "~-0.5633", "~0.7865")); L.step(rounds("0.5316", d1))
L.step(substituted(dw1, lambda q: 2 * q, "~0.5316")); L.step(rounds("1.0632", dw1))
L.step(substituted(w2 - R("0.1") * dw2, lambda g: R("-1.2") - R("0.1") * g, "~-0.2603")); L.step(rounds("-1.1740", w2 - R("0.1") * dw2))
L.step(yh < y); L.step(h > 0); L.step(R("-1.1740") > R("-1.2"))
L.step(same(s(-z), 1 - s(z), [z], positive=False)); L.step(same(sp.diff(s(z), z), s(z) * s(-z), [z], positive=False)); L.define(note="y = 0")
L.done()
