"""Labels for textbook_answers_section_sigmoid_mlp_shared_bias_input_grad.tex: a textbook's answer section
with corrections to the first printing. A sigmoid MLP whose two hidden units share one bias: the symbolic
backward pass (dL/db = delta1 + delta2, dL/dx = W1^T delta), then numbers with delta2 = 0.1775 printed
0.1757 (carried into dL/db, dL/dx and a bias step); a common wrong answer that averages the two paths
(carried into its update) and one that drops sigma'; the first printing's W1 delta for W1^T delta."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch21/textbook_answers_section_sigmoid_mlp_shared_bias_input_grad.tex")
sig = lambda u: 1 / (1 + sp.exp(-u))
w11, w12, w21, w22, b, x1, x2, v1, v2, c, y = sp.symbols("w11 w12 w21 w22 b x1 x2 v1 v2 c y", real=True)
a1 = w11 * x1 + w12 * x2 + b; a2 = w21 * x1 + w22 * x2 + b
h1, h2 = sig(a1), sig(a2)
yh = v1 * h1 + v2 * h2 + c
Lo = (yh - y) ** 2 / 2
A1, A2, H1, H2, YH = sp.symbols("A1 A2 H1 H2 YH")
allv = [w11, w12, w21, w22, b, x1, x2, v1, v2, c, y]
L.define(4, "a_j, h_j, yhat, L")
L.step(sp.diff((YH - y) ** 2 / 2, YH) == YH - y); L.step(sp.diff(v1 * H1 + v2 * H2 + c, H1) == v1)
u = sp.symbols("u")
L.step(True, note="dh/da = sigma'(a)"); L.step(same(sp.diff(sig(u), u), sig(u) * (1 - sig(u)), [u], positive=False))
# dL/da_j: differentiate with a_j as a free variable
La = ((v1 * sig(A1) + v2 * sig(A2) + c - y) ** 2 / 2)
d1 = sp.diff(La, A1).subs({A1: a1, A2: a2}); d2 = sp.diff(La, A2).subs({A1: a1, A2: a2})
L.define(note="delta_j :="); L.step(same(d1, (yh - y) * v1 * h1 * (1 - h1), allv, positive=False))
L.step(sp.diff(a1, b) == 1); L.step(sp.diff(a2, b) == 1)
dLb = sp.diff(Lo, b)
L.step(same(dLb, d1 * 1 + d2 * 1, allv, positive=False)); L.step(same(dLb, d1 + d2, allv, positive=False))
L.step([sp.diff(a1, x1), sp.diff(a1, x2)] == [w11, w12])
gx = sp.Matrix([sp.diff(Lo, x1), sp.diff(Lo, x2)])
W1s = sp.Matrix([[w11, w12], [w21, w22]]); dv = sp.Matrix([d1, d2])
L.step(all(same(gx[i], d1 * W1s[0, i] + d2 * W1s[1, i], allv, positive=False) for i in range(2)))
L.step(all(same((d1 * W1s[0, :] + d2 * W1s[1, :])[i], (W1s.T * dv)[i], allv, positive=False) for i in range(2)))
L.define(note="delta vector")
L.step(same(sp.diff(Lo, w12), (dv * sp.Matrix([[x1, x2]]))[0, 1], allv, positive=False)
       and same(sp.diff(Lo, w21), (dv * sp.Matrix([[x1, x2]]))[1, 0], allv, positive=False))
L.step(same(sp.diff(Lo, v1), (yh - y) * h1, allv, positive=False)); L.step(same(sp.diff(Lo, c), yh - y, allv, positive=False))
# 6.13
L.define(6, "W1, b, x, v, c, y")
num = {w11: R("0.4"), w12: R("-0.6"), w21: R("0.3"), w22: R("0.8"), b: R("0.1"), x1: 1, x2: 2, v1: R("0.7"), v2: R("-1.1"), c: R("0.2"), y: 1}
A1v, A2v = a1.subs(num), a2.subs(num)
L.step(A1v == R("0.4") - R("0.6") * 2 + R("0.1")); L.step(A1v == R("-0.7")); L.step(True, note="h1 = sigma(a1)"); L.step(rounds("0.3318", sig(A1v)))
L.step(A2v == R("0.3") + R("0.8") * 2 + R("0.1")); L.step(A2v == 2); L.step(True, note="h2 = sigma(a2)"); L.step(rounds("0.8808", sig(A2v)))
YHv, Lv = yh.subs(num), Lo.subs(num)
L.step(substituted(YHv, lambda p, q: R("0.7") * p - R("1.1") * q + R("0.2"), "~0.3318", "~0.8808"))
L.step(rounds("-0.5366", R("0.7") * R("0.3318") - R("1.1") * R("0.8808") + R("0.2"), YHv))
L.step(substituted(Lv, lambda p: (p - 1) ** 2 / 2, "~-0.5366")); L.step(rounds("1.1806", (R("-0.5366") - 1) ** 2 / 2, Lv))
H1v, H2v = sig(A1v), sig(A2v)
L.step(rounds("-1.5366", YHv - 1, R("-0.5366") - 1)); L.step(rounds("0.2217", H1v * (1 - H1v), R("0.3318") * (1 - R("0.3318"))))
L.step(rounds("0.1050", H2v * (1 - H2v), R("0.8808") * (1 - R("0.8808"))))
D1, D2 = d1.subs(num), d2.subs(num)
L.step(substituted(D1, lambda p, q: p * R("0.7") * q, "~-1.5366", "~0.2217")); L.step(rounds("-0.2385", R("-1.5366") * R("0.7") * R("0.2217"), D1))
L.step(substituted(D2, lambda p, q: p * R("-1.1") * q, "~-1.5366", "~0.1050"))
L.step(rounds("0.1757", R("-1.5366") * R("-1.1") * R("0.1050"), D2), note="0.1775")
GB = dLb.subs(num)
L.step(True, note="dL/db = delta1 + delta2")
L.step(substituted(GB, lambda p, q: p + q, "~-0.2385", "~0.1757"), carried=True)
L.step(R("-0.2385") + R("0.1757") == R("-0.0628"))
GX = gx.subs(num)
L.step(True, note="W1^T delta")
L.step(all(substituted(GX[i], lambda p, q: W1s.subs(num)[0, i] * p + W1s.subs(num)[1, i] * q, "~-0.2385", "~0.1757") for i in range(2)), carried=True)
L.step(all(rounds(w, r) for w, r in zip(("-0.0427", "0.2837"), sp.Matrix([[R("0.4"), R("0.3")], [R("-0.6"), R("0.8")]]) * sp.Matrix([R("-0.2385"), R("0.1757")]))))
L.define(note="epsilon")
L.define(note="eta")
L.step(substituted(num[b] - R("0.2") * GB, lambda g: R("0.1") - R("0.2") * g, "~-0.0628"), carried=True)
L.step(rounds("0.1126", R("0.1") - R("0.2") * R("-0.0628")))
L.step(D1 < 0); L.step(0 < D2)
L.step(same(dLb, (d1 + d2) / 2, allv, positive=False), note="average")
L.step(substituted((D1 + D2) / 2, lambda p, q: (p + q) / 2, "~-0.2385", "~0.1775")); L.step((R("-0.2385") + R("0.1775")) / 2 == R("-0.0305"))
L.define(note="eta")
L.step(substituted(num[b] - R("0.2") * GB, lambda g: R("0.1") - R("0.2") * g, "~-0.0305"), carried=True)
L.step(R("0.1") - R("0.2") * R("-0.0305") == R("0.1061"))
L.step(substituted(num[b] - R("0.2") * GB, lambda g: R("0.1") - R("0.2") * g, "~-0.0610")); L.step(rounds("0.1122", R("0.1") - R("0.2") * R("-0.0610")))
L.step(same(d1, (yh - y) * v1, allv, positive=False), note="drops sigma'")
L.step(rounds("1.6903", R("-1.5366") * R("-1.1")))
L.step(rounds("0.1050", H2v * (1 - H2v))); L.step(sp.diff(sig(u), u).subs(u, 0) == R("0.25"))
L.step(all(same(gx[i], (W1s * dv)[i], allv, positive=False) for i in range(2)), note="W1 delta")
L.step(rounds("0.1775", R("-1.5366") * R("-1.1") * R("0.1050")))
L.step(substituted(GB, lambda p, q: p + q, "~-0.2385", "~0.1775")); L.step(rounds("-0.0610", R("-0.2385") + R("0.1775"), GB))
bb = sp.symbols("bb"); Lb = Lo.subs({**num, b: bb}); e = R("0.001")
fd = (Lb.subs(bb, R("0.1") + e) - Lb.subs(bb, R("0.1") - e)) / (2 * e)
L.step(rounds("-0.0610", fd, approx=True))
L.step(all(substituted(GX[i], lambda p, q: W1s.subs(num)[0, i] * p + W1s.subs(num)[1, i] * q, "~-0.2385", "~0.1775") for i in range(2)))
L.step(all(rounds(w, r) for w, r in zip(("-0.0422", "0.2851"), list(GX))))
L.done()
