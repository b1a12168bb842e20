"""Labels for h_tutoring_log_forward_mode.tex: a tutor's session log. Forward-mode trace of
sin(x1 x2) + x1^2 with the product rule as v1' v2' (wrong, carried into v4' and v6'), the redo and the
x2-sweep; sigma' = sigma^2 (a wrong definition, carried into sigma'(1)), the right derivation, tanh via
sigma; a 1-1-1 sigmoid net: delta_2 = y - yhat (wrong), delta_1 with w_1 for w_2 (carried into dL/dw_1 and
an update), the correction. Trace rules and seeds are def when right; a wrong rule is wrong."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch6/h_tutoring_log_forward_mode.tex")
x1, x2, z, w = sp.symbols("x1 x2 z w", real=True)
f = sp.sin(x1 * x2) + x1**2
pt = {x1: 1, x2: 2}
L.define(5)
# trace, seed (1, 0)
v1, v2 = 1, 2; d1, d2 = 1, 0
L.define(); L.step(v1 == 1); L.define()
L.define(); L.step(v2 == 2); L.define()
v3 = v1 * v2; dv3 = d1 * v2 + v1 * d2
L.define(); L.step(v3 == 2); L.step(dv3 == d1 * d2); L.step(d1 * d2 == 0)
v4 = sp.sin(v3); dv4 = sp.cos(v3) * dv3
L.define(); L.step(rounds("0.9093", v4)); L.define(); L.step(dv4 == 0, carried=sp.cos(v3) * 0 == 0)
v5 = v1**2; dv5 = 2 * v1 * d1
L.define(); L.step(v5 == 1); L.define(); L.step(dv5 == 2)
v6 = v4 + v5; dv6 = dv4 + dv5
L.define(); L.step(rounds("1.9093", v6)); L.define(); L.step(dv6 == 2, carried=0 + dv5 == 2)
gx1 = sp.diff(f, x1)
L.step(same(gx1, x2 * sp.cos(x1 * x2) + 2 * x1, positive=False)); L.step(gx1.subs(pt) == 2 * sp.cos(2) + 2)
L.define(); L.step(dv3 == 1 * 2 + 1 * 0); L.step(dv3 == 2)
L.define(); L.step(substituted(dv4, lambda c: c * 2, "~-0.4161")); L.step(rounds("-0.8323", dv4))
L.define(); L.step(substituted(dv6, lambda p: p + 2, "~-0.8323")); L.step(rounds("1.1677", dv6)); L.step(rounds("1.1677", 2 * sp.cos(2) + 2))
# second sweep
d1, d2 = 0, 1; L.define(2)
dv3 = d1 * v2 + v1 * d2; dv4 = sp.cos(v3) * dv3; dv5 = 2 * v1 * d1; dv6 = dv4 + dv5
L.step(dv3 == 0 * 2 + 1 * 1); L.step(dv3 == 1); L.step(rounds("-0.4161", dv4)); L.step(dv5 == 0); L.step(rounds("-0.4161", dv6))
L.step(dv6 == (x1 * sp.cos(x1 * x2)).subs(pt) and dv6 == sp.diff(f, x2).subs(pt))
# activations
sig = 1 / (1 + sp.exp(-z)); ds = sp.diff(sig, z)
L.step(same(ds, sig**2, [z], positive=False))
L.step(ds.subs(z, 1) == R("0.7311")**2, carried=True); L.step(rounds("0.5345", R("0.7311")**2))
L.define(note="sigma = (1 + e^-z)^-1")
L.step(same(ds, sp.exp(-z) / (1 + sp.exp(-z))**2, [z], positive=False)); L.step(same(ds, sig * (1 - sig), [z], positive=False))
L.step(ds.subs(z, 0) == R("0.25"))
L.step(substituted(ds.subs(z, 1), lambda p, q: p * q, "~0.7311", "~0.2689")); L.step(rounds("0.1966", ds.subs(z, 1)))
L.step(same(sp.tanh(z), 2 * sig.subs(z, 2 * z) - 1, [z], positive=False))
L.step(same(sp.diff(sp.tanh(z), z), 4 * ds.subs(z, 2 * z), [z], positive=False))
L.step(same(4 * ds.subs(z, 2 * z), 1 - sp.tanh(z)**2, [z], positive=False))
L.define(note="z = 0.5"); L.step(substituted(4 * ds.subs(z, 1), lambda q: 4 * q, "~0.1966")); L.step(rounds("0.7864", 4 * ds.subs(z, 1), 4 * R("0.1966")))
L.step(rounds("0.7865", 1 - R("0.4621")**2, 1 - sp.tanh(R("0.5"))**2))
# 1-1-1 sigmoid net
L.define(4); L.define(8)
x, w1, b1, w2, b2, y, eta = 2, R("0.5"), R("-0.5"), R("-1.5"), R("0.2"), 1, R("0.1")
a1 = w1 * x + b1; h1 = sig.subs(z, a1); yh = w2 * h1 + b2; Lv = (yh - y)**2 / 2
L.step(a1 == R("0.5")); L.step(rounds("0.6225", h1))
L.step(substituted(yh, lambda q: R("-1.5") * q + R("0.2"), "~0.6225")); L.step(rounds("-0.7337", yh))
L.step(substituted(Lv, lambda q: q**2 / 2, "~-1.7337")); L.step(rounds("1.5029", Lv, R("1.7337")**2 / 2))
delta2 = yh - y
L.step(delta2 == y - yh); L.step(rounds("1.7337", y - yh)); L.step(True, note="delta2 = yhat - y"); L.step(rounds("-1.7337", delta2))
L.step(True, note="dL/dw2 = delta2 h1"); L.step(substituted(delta2 * h1, lambda p, q: p * q, "~-1.7337", "~0.6225")); L.step(rounds("-1.0792", delta2 * h1))
sp1 = h1 * (1 - h1)
L.step(substituted(sp1, lambda p, q: p * q, "~0.6225", "~0.3775")); L.step(rounds("0.2350", sp1))
delta1 = w2 * delta2 * sp1
L.step(sp.N(delta1 - w1 * delta2 * sp1, 30) == 0)
L.step(substituted(w1 * delta2 * sp1, lambda p, q: R("0.5") * p * q, "~-1.7337", "~0.2350")); L.step(rounds("-0.2037", w1 * delta2 * sp1))
L.step(True, note="dL/dw1 = delta1 x"); L.step(rounds("-0.4074", delta1 * x), carried=rounds("-0.4074", R("-0.2037") * 2))
L.define(note="eta")
L.step(substituted(w1 - eta * delta1 * x, lambda g: R("0.5") - R("0.1") * g, "~-0.4074"), carried=True); L.step(rounds("0.5407", R("0.5") + R("0.04074")))
L.step(True, note="delta1 = w2 delta2 sigma'(a1)")
L.step(substituted(delta1, lambda p, q: R("-1.5") * p * q, "~-1.7337", "~0.2350")); L.step(rounds("0.6111", delta1))
L.step(True); L.step(rounds("1.2222", delta1 * x, R("0.6111") * 2)); L.step(True); L.step(rounds("0.6111", delta1))
L.step(substituted(w1 - eta * delta1 * x, lambda d: R("0.5") - R("0.1") * 2 * d, "~0.6111"), note="1.2222 = 2(0.6111), the writer's right value"); L.step(rounds("0.3778", w1 - eta * delta1 * x))
L.step(True, note="dL/dx = w1 delta1"); L.step(rounds("0.3056", w1 * delta1))
# tanh variant at 16:50
h1 = sp.tanh(a1); yh = w2 * h1 + b2; delta2 = yh - y; delta1 = w2 * delta2 * (1 - h1**2)
L.step(True, note="h1 = tanh(a1) in the variant"); L.step(rounds("0.4621", h1))
L.step(substituted(yh, lambda q: R("-1.5") * q + R("0.2"), "~0.4621")); L.step(rounds("-0.4932", yh)); L.step(rounds("-1.4932", delta2))
L.step(sp.N(delta1 - w2 * delta2 * (1 - h1), 30) == 0)
L.step(substituted(w2 * delta2 * (1 - h1), lambda p, q: R("-1.5") * p * q, "~-1.4932", "~0.5379")); L.step(rounds("1.2048", w2 * delta2 * (1 - h1), R("1.5") * R("1.4932") * R("0.5379")))
L.step(True, note="dL/dw1 = delta1 x"); L.step(rounds("2.4096", delta1 * x), carried=rounds("2.4096", R("1.2048") * 2))
L.step(same(sp.diff(sp.tanh(z), z), 1 - sp.tanh(z)**2, [z], positive=False))
L.step(substituted(delta1, lambda p, q: R("-1.5") * p * (1 - q**2), "~-1.4932", "~0.4621")); L.step(rounds("1.7615", delta1))
L.step(rounds("3.5230", delta1 * x, R("1.7615") * 2))
# tanh homework: check the rule symbolically
xs, W1, B1, W2, B2, Y = sp.symbols("xs W1 B1 W2 B2 Y", real=True)
A1 = W1 * xs + B1; H1 = sp.tanh(A1); Lt = (W2 * H1 + B2 - Y)**2 / 2
a = sp.Symbol("a")
d1t = sp.diff(Lt.subs(A1, a), a) if False else sp.diff((W2 * sp.tanh(a) + B2 - Y)**2 / 2, a).subs(a, A1)
L.step(same(d1t, W2 * (W2 * H1 + B2 - Y) * (1 - H1**2), positive=False))
L.done()
