"""Labels for marking_scheme_tanh_net.tex: a marking scheme with the model solution (tanh' by the
quotient rule, a 1-1-1 tanh net at 4 decimals, gradients, an SGD step) and the wrong answers seen in
scripts: 1 - tanh, sech unsquared, w_2 dropped, the output error's sign, the loss without 1/2 (each
carried into what follows), dL/dw_1 and dL/db_1 with the wrong factor; rounding to 3 places is right."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch5/marking_scheme_tanh_net.tex")
t = sp.Symbol("t", real=True)
E2 = sp.exp(t) + sp.exp(-t)
L.step(same(sp.diff(sp.tanh(t), t), 1 - sp.tanh(t)**2, [t], positive=False)); L.define(9)
L.define()
L.step(same(sp.diff(sp.tanh(t), t), ((E2)**2 - (sp.exp(t) - sp.exp(-t))**2) / E2**2, [t], positive=False))
L.step(same(((E2)**2 - (sp.exp(t) - sp.exp(-t))**2) / E2**2, 1 - sp.tanh(t)**2, [t], positive=False))
L.step(same(1 - sp.tanh(t)**2, 4 / E2**2, [t], positive=False))
dt = lambda v: 1 - sp.tanh(v)**2
L.step(dt(0) == 1); L.step(substituted(dt(R("0.5")), lambda q: 1 - q**2, "~0.4621")); L.step(rounds("0.7865", 1 - R("0.4621")**2, dt(R("0.5"))))
x, w1, b1, w2, y, eta = R("0.5"), R("1.2"), R("-0.1"), R("0.8"), 1, R("0.1")
a = w1 * x + b1; h = sp.tanh(a); yh = w2 * h; Lv = (yh - y)**2 / 2
dy = yh - y; dw2 = dy * h; dh = dy * w2 * (1 - h**2); dw1 = dh * x; db1 = dh; dx = dh * w1
L.step(a == R("1.2") * R("0.5") - R("0.1")); L.step(a == R("0.5")); L.step(h == sp.tanh(R("0.5"))); L.step(rounds("0.4621", h))
L.step(substituted(yh, lambda q: R("0.8") * q, "~0.4621")); L.step(rounds("0.3697", yh))
L.step(substituted(Lv, lambda q: (q - 1)**2 / 2, "~0.3697")); L.step(rounds("0.1986", Lv))
L.step(True, note="dL/dyhat"); L.step(rounds("-0.6303", dy))
L.step(substituted(dw2, lambda p, q: p * q, "~-0.6303", "~0.4621")); L.step(rounds("-0.2913", dw2))
L.define(); L.step(substituted(dh, lambda p, q: p * R("0.8") * (1 - q**2), "~-0.6303", "~0.4621"))
L.step(substituted(dh, lambda p, q: p * R("0.8") * q, "~-0.6303", "~0.7864")); L.step(rounds("-0.3966", R("-0.6303") * R("0.8") * R("0.7864"), dh))
L.step(True, note="delta_h x"); L.step(rounds("-0.1983", dw1, R("-0.3966") * x)); L.step(True); L.step(rounds("-0.3966", db1))
L.step(substituted(w1 - eta * dw1, lambda g: R("1.2") - R("0.1") * g, "~-0.1983")); L.step(rounds("1.2198", w1 - eta * dw1))
L.step(substituted(w2 - eta * dw2, lambda g: R("0.8") - R("0.1") * g, "~-0.2913")); L.step(rounds("0.8291", w2 - eta * dw2))
# W1: 1 - tanh
L.step(dt(R("0.5")) == 1 - R("0.4621")); L.step(1 - R("0.4621") == R("0.5379"))
L.step(substituted(dh, lambda p, q: p * R("0.8") * (1 - q), "~-0.6303", "~0.4621")); L.step(rounds("-0.2712", R("-0.6303") * R("0.8") * (1 - R("0.4621"))))
L.step(substituted(dw1, lambda q: q * R("0.5"), "~-0.2712"), carried=True); L.step(R("-0.2712") * R("0.5") == R("-0.1356"))
L.step(substituted(w1 - eta * dw1, lambda g: R("1.2") + g, "~0.01356"), carried=True); L.step(rounds("1.2136", R("1.2") + R("0.01356")))
# W2: sech
L.step(same(sp.diff(sp.tanh(t), t), sp.sech(t), [t], positive=False))
L.step(sp.simplify(dt(R("0.5")) - sp.sech(R("0.5"))) == 0); L.step(rounds("0.8868", sp.sech(R("0.5"))))
L.step(substituted(dh, lambda p, q: p * R("0.8") * q, "~-0.6303", "~0.8868"), carried=True); L.step(rounds("-0.4472", R("-0.6303") * R("0.8") * R("0.8868")))
# W3: w_2 dropped
L.step(substituted(dh, lambda p, q: p * q, "~-0.6303", "~0.7864")); L.step(rounds("-0.4957", R("-0.6303") * R("0.7864")))
L.step(substituted(dw1, lambda q: q * R("0.5"), "~-0.4957"), carried=True); L.step(rounds("-0.2479", R("-0.4957") * R("0.5")))
# W4: sign
L.step(False, note="y - yhat"); L.step(rounds("0.6303", y - yh))
L.step(substituted(dw2, lambda p, q: p * q, "~0.6303", "~0.4621"), carried=True); L.step(rounds("0.2913", R("0.6303") * R("0.4621")))
L.step(substituted(w2 - eta * dw2, lambda g: R("0.8") - R("0.1") * g, "~0.2913"), carried=True); L.step(rounds("0.7709", R("0.8") - R("0.02913")))
# W5: 3 places
L.step(rounds("0.462", h)); L.step(substituted(yh, lambda q: R("0.8") * q, "~0.462")); L.step(R("0.8") * R("0.462") == R("0.3696"))
L.step(True, note="0.6304 = 1 - 0.3696, the writer's right 3-place chain"); L.step(rounds("0.1987", R("0.6304")**2 / 2))
# W6: no half
L.step(substituted(Lv, lambda q: (q - 1)**2, "~0.3697")); L.step(rounds("0.3973", (R("0.3697") - 1)**2))
L.step(rounds("-0.5826", dw2), carried=rounds("-0.5826", 2 * R("-0.2913")))
# W7, W8, W9
L.step(same(dw1, dh * w1, [], positive=False) if False else sp.simplify(dw1 - dh * w1) == 0)
L.step(substituted(dh * w1, lambda q: q * R("1.2"), "~-0.3966")); L.step(rounds("-0.4759", R("-0.3966") * R("1.2"), dx))
L.step(sp.simplify(db1 - dh * x) == 0); L.step(rounds("-0.1983", dh * x))
L.step(True, note="dL/dx = delta_h w_1"); L.step(rounds("-0.4759", dx))
L.done()
