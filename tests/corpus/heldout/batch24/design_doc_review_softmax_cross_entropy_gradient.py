"""Labels for design_doc_review_softmax_cross_entropy_gradient.tex: a library design doc for a fused
softmax + cross-entropy op with inline review comments (`\\DeclareMathOperator{\\LSE}`): the stable
log-softmax, dL/dz = p - y derived through the Jacobian, a 3-class worked example, the Jacobian entries,
temperature, label smoothing, a batch mean, and one gradient step. Slips: 1 + 0.3679 + 0.0821 written
1.4400 (carried into p, both loss values and the gradient); the off-diagonal Jacobian entries without
their minus sign (carried into dL/dz2); the temperature gradient without 1/T (carried into its numbers);
the batch mean divided by K = 3 instead of the batch size 2."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch24/design_doc_review_softmax_cross_entropy_gradient.tex")
z1, z2, z3 = zs = sp.symbols("z1 z2 z3", real=True)
den = sum(sp.exp(t) for t in zs)
ps = [sp.exp(t) / den for t in zs]
Ls = -sp.log(ps[0])                      # class 1
near = lambda ws, vals: all(rounds(w, v) for w, v in zip(ws, vals))
L.define(2, "p_i, L"); L.step(True, note="one-hot picks -ln p_c")
L.define(note="m")
L.step(same(sp.log(ps[1]), z2 - sp.log(den), positive=False))
m = sp.symbols("m", real=True)
L.step(same(sp.log(den), m + sp.log(sum(sp.exp(t - m) for t in zs)), positive=False))
L.step(True, note="z_j <= max")
L.step(all(same(sp.diff(ps[i], zs[j]), ps[i] * ((1 if i == j else 0) - ps[j]), positive=False) for i in range(3) for j in range(3)))
L.step(True, note="chain rule with dL/dp_i = -y_i/p_i"); L.step(True, note="Jacobian substituted")
L.step(True, note="expand"); L.step(True, note="sum y = 1")
L.step(all(same(sp.diff(Ls, zs[j]), ps[j] - (1 if j == 0 else 0), positive=False) for j in range(3)))
zv = {z1: 2, z2: 1, z3: R("-0.5")}
p = [t.subs(zv) for t in ps]
L.define(3, "z, c, y"); L.step(True, note="m = 2.0"); L.step(True, note="z - m")
L.step(rounds("0.3679", sp.exp(-1)) and rounds("0.0821", sp.exp(R("-2.5"))))
S = 1 + sp.exp(-1) + sp.exp(R("-2.5"))
L.define(note="S"); L.step(True, note="terms of S"); L.step(rounds("1.4400", 1 + R("0.3679") + R("0.0821"), S), note="1.4500")
L.step(True, note="p = e^{z-m}/S")
L.step(substituted(p[1], lambda a, s: a / s, "~0.3679", "~1.44"), carried=True)
L.step(near(["0.6944", "0.2555", "0.0570"], [1 / R("1.44"), R("0.3679") / R("1.44"), R("0.0821") / R("1.44")]))
Lv = -sp.log(p[0])
L.step(True); L.step(substituted(Lv, lambda q: -sp.log(q), "~0.6944"), carried=True); L.step(rounds("0.3647", -sp.log(R("0.6944"))))
L.step(abs(sp.N(Lv - sp.log(S), 40)) < 1e-30 and same(sp.log(den) - z1, -sp.log(ps[0]), positive=False), note="LSE(z) - z1 = ln S")
L.step(substituted(Lv, sp.log, "~1.44"), carried=True); L.step(rounds("0.3646", sp.log(R("1.44"))))
g = [p[0] - 1, p[1], p[2]]
L.step(True); L.step(near(["-0.3056", "0.2555", "0.0570"], g), carried=True)
L.step(True, note="sum p = 1"); L.step(True, note="sum y = 1")
L.step(R("-0.3056") + R("0.2555") + R("0.0570") == R("0.0069")); L.step(1 + R("0.3679") + R("0.0821") == R("1.4500"))
L.step(near(["0.6897", "0.2537", "0.0566"], p)); L.step(rounds("0.3716", sp.log(R("1.45")))); L.step(rounds("0.3716", sp.log(R("1.45"))))
L.step(near(["-0.3103", "0.2537", "0.0566"], g))
# Jacobian
J = lambda i, j: p[i] * ((1 if i == j else 0) - p[j])
L.define(note="J11 := dp1/dz1"); L.step(True); L.step(substituted(J(0, 0), lambda a, b: a * b, "~0.6897", "~0.3103"))
L.step(rounds("0.2140", R("0.6897") * R("0.3103")))
L.define(note="J12 := dp1/dz2"); L.step(sp.N(J(0, 1) - p[0] * p[1]) == 0, note="-p1 p2")
L.step(True, note="p1 p2 with the numbers"); L.step(rounds("0.1750", R("0.6897") * R("0.2537")))
L.step(sp.N(J(0, 2) - p[0] * p[2]) == 0, note="-p1 p3"); L.step(rounds("0.0390", p[0] * p[2]))
L.step(True, note="y1 = 1"); L.step(True, note="dL/dz_j = -J_1j / p1")
L.step(substituted(sp.diff(Ls, z1).subs(zv), lambda a, b: -a / b, "~0.2140", "~0.6897")); L.step(rounds("-0.3103", -R("0.2140") / R("0.6897")))
L.step(substituted(sp.diff(Ls, z2).subs(zv), lambda a, b: -a / b, "~0.1750", "~0.6897"), carried=True)
L.step(rounds("-0.2537", -R("0.1750") / R("0.6897")))
L.step(True, note="-p_i p_j off the diagonal"); L.step(rounds("-0.1750", J(0, 1))); L.step(rounds("-0.0390", J(0, 2)))
L.step(substituted(sp.diff(Ls, z2).subs(zv), lambda a, b: a / b, "~0.1750", "~0.6897")); L.step(rounds("0.2537", R("0.1750") / R("0.6897")))
# temperature
T = 2
pT = [t.subs({z1: 1, z2: R("0.5"), z3: R("-0.25")}) for t in ps]
L.define(2, "p^T, T"); L.step(True, note="z/T")
L.step(rounds("0.6065", sp.exp(R("-0.5"))) and rounds("0.2865", sp.exp(R("-1.25"))))
L.step(rounds("1.8930", 1 + sp.exp(R("-0.5")) + sp.exp(R("-1.25"))))
L.step(near(["0.5283", "0.3204", "0.1513"], pT))
gT = [(pT[0] - 1) / T, pT[1] / T, pT[2] / T]
L.step(False, note="missing 1/T"); L.step(near(["-0.4717", "0.3204", "0.1513"], gT), carried=near(["-0.4717", "0.3204", "0.1513"], [pT[0] - 1, pT[1], pT[2]]))
L.step(True); L.step(near(["-0.2359", "0.1602", "0.0757"], gT))
# label smoothing
L.define(3, "epsilon, K, y^LS"); L.step(near(["0.9333", "0.0333", "0.0333"], [R("0.9") + R("0.1") / 3, R("0.1") / 3, R("0.1") / 3]))
yls = [R("0.9") + R("0.1") / 3, R("0.1") / 3, R("0.1") / 3]
L.step(all(substituted(p[i] - yls[i], lambda a, b: a - b, "~" + w, "~" + u) for i, (w, u) in enumerate([("0.6897", "0.9333"), ("0.2537", "0.0333"), ("0.0566", "0.0333")])))
L.step(R("0.6897") - R("0.9333") == R("-0.2436") and R("0.2537") - R("0.0333") == R("0.2204") and R("0.0566") - R("0.0333") == R("0.0233"))
# batch
zv2 = {z1: R("0.5"), z2: R("0.5"), z3: 1}
p2 = [t.subs(zv2) for t in ps]
L.define(2, "z', c'"); L.step(rounds("0.6065", sp.exp(R("-0.5"))))
L.step(near(["0.2741", "0.2741", "0.4519"], p2))
L2 = -sp.log(p2[2])
L.step(substituted(L2, lambda q: -sp.log(q), "~0.4519")); L.step(rounds("0.7943", -sp.log(R("0.4519"))))
L.define(note="mean loss"); L.step(rounds("0.583", (Lv + L2) / 2, approx=True))
g2 = [p2[0] / 2, p2[1] / 2, (p2[2] - 1) / 2]
L.step(False, note="divided by K = 3, batch size is 2")
L.step(near(["0.0914", "0.0914", "-0.1827"], [R("0.2741") / 3, R("0.2741") / 3, (R("0.4519") - 1) / 3]))
L.step(True); L.step(near(["0.1370", "0.1370", "-0.2741"], g2))
# step
L.define(2, "update rule, eta")
zn = [2 - g[0], 1 - g[1], R("-0.5") - g[2]]
L.step(near(["2.3103", "0.7463", "-0.5566"], zn))
L.step(rounds("0.2093", sp.exp(R("-1.5640"))) and rounds("-1.5640", zn[1] - zn[0]))
L.step(rounds("0.0569", sp.exp(R("-2.8669"))) and rounds("-2.8669", zn[2] - zn[0]))
pn1 = ps[0].subs({z1: zn[0], z2: zn[1], z3: zn[2]})
L.step(substituted(pn1, lambda s: 1 / s, "~1.2662")); L.step(rounds("0.7898", 1 / R("1.2662")))
L.step(substituted(-sp.log(pn1), lambda q: -sp.log(q), "~0.7898")); L.step(rounds("0.2360", -sp.log(R("0.7898")), -sp.log(pn1)))
L.step(R("0.2360") < R("0.3716"))
L.done()
