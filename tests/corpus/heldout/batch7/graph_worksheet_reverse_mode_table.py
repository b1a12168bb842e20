"""Labels for graph_worksheet_reverse_mode_table.tex: a computational-graph worksheet (forward table,
backward table of adjoints with the TA's column): 1-1-1 tanh/sigmoid net with squared error; the
adjoint of z taken as yhat - y (the cross-entropy shortcut) is carried into b_2, w_2, h, a, w_1, b_1,
x and two updates; the TA's values beside them."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, substituted  # noqa: E402

L = Labels("batch7/graph_worksheet_reverse_mode_table.tex")
s = lambda v: 1 / (1 + sp.exp(-v))
L.define(7, "graph"); L.define(7, "values, bar notation")
x, w1, b1, w2, b2, y, eta = 2, R("-0.4"), R("0.3"), R("1.1"), R("-0.3"), 1, R("0.1")
u = w1 * x; a = u + b1; h = sp.tanh(a); o = w2 * h; z = o + b2; yh = s(z); Lv = (yh - y)**2 / 2
L.step(u == R("-0.4") * 2); L.step(u == R("-0.8")); L.step(a == R("-0.8") + R("0.3")); L.step(a == R("-0.5"))
L.step(h == sp.tanh(R("-0.5"))); L.step(rounds("-0.4621", h))
L.step(substituted(o, lambda q: R("1.1") * q, "~-0.4621")); L.step(rounds("-0.5083", o))
L.step(substituted(z, lambda q: q - R("0.3"), "~-0.5083")); L.step(rounds("-0.8083", z))
L.step(substituted(yh, s, "~-0.8083")); L.step(rounds("0.3082", yh))
L.step(substituted(Lv, lambda q: (q - 1)**2 / 2, "~0.3082")); L.step(rounds("0.2393", Lv))
# true adjoints
yb = yh - y; zb = yb * yh * (1 - yh); w2b = zb * h; hb = zb * w2; ab = hb * (1 - h**2); w1b = ab * x; xb = ab * w1
# the student's chain: zbar = yhat - y, then the right rules on it
Zb = yb; W2b = Zb * h; Hb = Zb * w2; Ab = Hb * (1 - h**2)
L.step(True, note="ybar = yhat - y"); L.step(rounds("-0.6918", yb))
L.step(sp.simplify(zb - yb) == 0, note="shortcut"); L.step(rounds("-0.6918", yb))
L.step(True, note="sigma' chain"); L.step(substituted(zb, lambda p, q, r: p * q * r, "~-0.6918", "~0.3082", "~0.6918")); L.step(rounds("-0.1475", zb))
L.step(True, note="bbar_2 = zbar"); L.step(rounds("-0.6918", zb), carried=rounds("-0.6918", Zb)); L.step(rounds("-0.1475", zb))
L.step(True, note="wbar_2 = zbar h"); L.step(substituted(w2b, lambda p, q: p * q, "~-0.6918", "~-0.4621"), carried=True)
L.step(rounds("0.3197", R("-0.6918") * R("-0.4621")))
L.step(substituted(w2b, lambda p, q: p * q, "~-0.1475", "~-0.4621")); L.step(rounds("0.0682", w2b))
L.step(True, note="hbar = zbar w_2"); L.step(substituted(hb, lambda p: p * R("1.1"), "~-0.6918"), carried=True)
L.step(rounds("-0.7610", R("-0.6918") * R("1.1")))
L.step(substituted(hb, lambda p: p * R("1.1"), "~-0.1475")); L.step(rounds("-0.1623", hb))
L.step(True, note="abar = hbar (1 - h^2)"); L.step(substituted(ab, lambda p, q: p * q, "~-0.7610", "~0.7865"), carried=True)
L.step(rounds("-0.5985", R("-0.7610") * R("0.7865")))
L.step(substituted(ab, lambda p, q: p * q, "~-0.1623", "~0.7865")); L.step(rounds("-0.1276", ab))
L.step(True, note="wbar_1 = abar x"); L.step(rounds("-1.1970", w1b), carried=rounds("-1.1970", 2 * R("-0.5985")))
L.step(True, note="bbar_1 = abar"); L.step(rounds("-0.5985", ab), carried=rounds("-0.5985", Ab, R("-0.7610") * R("0.7865")))
L.step(rounds("-0.2552", w1b)); L.step(rounds("-0.1276", ab))
L.step(True, note="xbar = abar w_1"); L.step(rounds("0.2394", xb), carried=rounds("0.2394", R("-0.5985") * R("-0.4")))
L.step(substituted(xb, lambda p: p * R("-0.4"), "~-0.1276")); L.step(rounds("0.0510", xb))
L.step(False, note="the shortcut holds for cross-entropy, not squared error")
L.define(note="L restated"); L.step(rounds("0.2132", yh * (1 - yh), R("0.3082") * R("0.6918")))
L.step(substituted(w1 - eta * w1b, lambda g: R("-0.4") - R("0.1") * g, "~-1.1970"), carried=True); L.step(rounds("-0.2803", R("-0.4") + R("0.1197")))
L.step(substituted(w2 - eta * w2b, lambda g: R("1.1") - R("0.1") * g, "~0.3197"), carried=True); L.step(rounds("1.0680", R("1.1") - R("0.03197")))
L.step(substituted(w1 - eta * w1b, lambda g: R("-0.4") - R("0.1") * g, "~-0.2552")); L.step(rounds("-0.3745", w1 - eta * w1b))
L.step(substituted(w2 - eta * w2b, lambda g: R("1.1") - R("0.1") * g, "~0.0682")); L.step(rounds("1.0932", w2 - eta * w2b))
L.done()
