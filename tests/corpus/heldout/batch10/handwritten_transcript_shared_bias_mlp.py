"""Labels for handwritten_transcript_shared_bias_mlp.tex: a handwritten homework transcribed with `\\[ \\]`
displays only and prose between the pieces: a 2-2-1 net with sigmoid hidden units sharing one bias and a
linear output. Slips: dL/dv_j = delta_o sigma'(z_j) (h_j dropped; carried into both output-weight gradients
and the v1 update); dL/db = (delta1 + delta2)/2 (average for sum); delta2 = 0.1193 for 0.1139 (carried into
the input gradient W1^T delta and the first-order change of L); the bias step taken uphill. The TA's notes."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch10/handwritten_transcript_shared_bias_mlp.tex")
sig = lambda t: 1 / (1 + sp.exp(-t))
L.define(4, "z_j, h_j, y_hat, L"); L.define(4, "W1, b, v, c"); L.define(2, "x, y")
W = [[R("0.1"), R("0.3")], [R("-0.2"), R("0.4")]]
b, v, c, X, Y = R("0.1"), [R("0.5"), R("-0.6")], R("0.2"), [1, 2], 1
z = [W[j][0] * X[0] + W[j][1] * X[1] + b for j in range(2)]
L.step(True, note="z1 substitution"); L.step(z[0] == R("0.8"))
L.step(True, note="z2 substitution"); L.step(z[1] == R("0.7"))
h = [sig(t) for t in z]
L.step(True); L.step(rounds("0.6900", h[0])); L.step(True); L.step(rounds("0.6682", h[1]))
yh = v[0] * h[0] + v[1] * h[1] + c
L.step(substituted(yh, lambda p, q: R("0.5") * p - R("0.6") * q + R("0.2"), "~0.6900", "~0.6682"))
L.step(substituted(yh, lambda p, q: p - q + R("0.2"), "0.345", "~0.4009") and rounds("0.4009", R("0.6") * R("0.6682")))
L.step(R("0.345") - R("0.4009") + R("0.2") == R("0.1441"))
Lv = (yh - Y) ** 2 / 2
L.step(substituted(Lv, lambda p: (p - 1) ** 2 / 2, "~0.1441"))
L.step(rounds("0.7326", (R("0.1441") - 1) ** 2)); L.step(rounds("0.3663", R("0.7326") / 2))
# formulas
L.define(note="delta_o")
cc, v1, v2, hh1, hh2, yy = sp.symbols("c v1 v2 h1 h2 y")
z1, z2 = sp.symbols("z1 z2")
Ls = (v1 * sig(z1) + v2 * sig(z2) + cc - yy) ** 2 / 2
do = v1 * sig(z1) + v2 * sig(z2) + cc - yy
L.step(same(sp.diff(Ls, cc), do, positive=False))
L.step(same(sp.diff(Ls, v1), do * sig(z1) * (1 - sig(z1)), positive=False), note="delta_o h_j")
L.step(same(sp.diff(sig(z1), z1), sig(z1) * (1 - sig(z1)), positive=False))
L.define(note="delta_j")
L.step(same(sp.diff(Ls, z1), do * v1 * sig(z1) * (1 - sig(z1)), positive=False))
L.step(True, note="dL/dw_jk = delta_j x_k: z_j is linear in w_jk with slope x_k")
bb, x1, x2 = sp.symbols("b x1 x2")
w11, w12, w21, w22 = sp.symbols("w11 w12 w21 w22")
Lnet = Ls.subs({z1: w11 * x1 + w12 * x2 + bb, z2: w21 * x1 + w22 * x2 + bb})
d1 = sp.diff(Ls, z1).subs({z1: w11 * x1 + w12 * x2 + bb, z2: w21 * x1 + w22 * x2 + bb})
d2 = sp.diff(Ls, z2).subs({z1: w11 * x1 + w12 * x2 + bb, z2: w21 * x1 + w22 * x2 + bb})
L.step(same(sp.diff(Lnet, bb), (d1 + d2) / 2, positive=False), note="sum, not average")
L.step(same(sp.diff(Lnet, x1), w11 * d1 + w21 * d2, positive=False) and same(sp.diff(Lnet, x2), w12 * d1 + w22 * d2, positive=False))
L.step(True, note="the same in matrix form")
# numbers
DO = yh - Y
L.step(substituted(DO, lambda p: p - 1, "~0.1441")); L.step(R("0.1441") - 1 == R("-0.8559")); L.step(rounds("-0.8559", DO))
ds = [t * (1 - t) for t in h]
L.step(substituted(ds[0], lambda p, q: p * q, "~0.6900", "~0.3100")); L.step(rounds("0.2139", R("0.6900") * R("0.3100")))
gv = [DO * h[0], DO * h[1]]
L.step(substituted(gv[0], lambda p, q: p * q, "~-0.8559", "~0.2139"), carried=True)
L.step(rounds("-0.1831", R("-0.8559") * R("0.2139")))
L.step(substituted(ds[1], lambda p, q: p * q, "~0.6682", "~0.3318")); L.step(rounds("0.2217", R("0.6682") * R("0.3318")))
L.step(substituted(gv[1], lambda p, q: p * q, "~-0.8559", "~0.2217"), carried=True)
L.step(rounds("-0.1898", R("-0.8559") * R("0.2217")))
D = [DO * v[0] * ds[0], DO * v[1] * ds[1]]
L.step(substituted(D[0], lambda p, q: p * R("0.5") * q, "~-0.8559", "~0.2139")); L.step(rounds("-0.0915", R("-0.8559") * R("0.5") * R("0.2139")))
L.step(substituted(D[1], lambda p, q: p * R("-0.6") * q, "~-0.8559", "~0.2217"))
L.step(rounds("0.1193", R("-0.8559") * R("-0.6") * R("0.2217")), note="0.1139")
gb = D[0] + D[1]
L.step(substituted(gb, lambda p, q: (p + q) / 2, "~-0.0915", "~0.1193"), note="average and a wrong delta2")
L.step(-R("0.0915") + R("0.1193") == R("0.0278")); L.step(R("0.0278") / 2 == R("0.0139"))
# TA
L.step(True, note="dL/db = delta1 + delta2 (derived above)")
L.step(R("0.8559") * R("0.6") == R("0.51354") and rounds("0.5135", R("0.8559") * R("0.6")))
L.step(rounds("0.1138", R("0.5135") * R("0.2217"))); L.step(rounds("0.1139", D[1], approx=True))
L.step(substituted(gb, lambda p, q: p + q, "~-0.0915", "~0.1139")); L.step(R("-0.0915") + R("0.1139") == R("0.0224"))
gx = [W[0][0] * D[0] + W[1][0] * D[1], W[0][1] * D[0] + W[1][1] * D[1]]
L.step(substituted(gx[0], lambda p, q: R("0.1") * p - R("0.2") * q, "~-0.0915", "~0.1193"), carried=True)
L.step(rounds("-0.0092", R("0.1") * R("-0.0915")) and rounds("-0.0239", R("-0.2") * R("0.1193")))
L.step(R("-0.0092") - R("0.0239") == R("-0.0331"))
L.step(substituted(gx[1], lambda p, q: R("0.3") * p + R("0.4") * q, "~-0.0915", "~0.1193"), carried=True)
L.step(rounds("-0.0275", R("0.3") * R("-0.0915")) and rounds("0.0477", R("0.4") * R("0.1193")))
L.step(R("-0.0275") + R("0.0477") == R("0.0202"))
L.step(substituted(R("0.1") * gx[0], lambda p: R("0.1") * p, "~-0.0331"), carried=True)
L.step(rounds("-0.0033", R("0.1") * R("-0.0331")))
L.define(note="eta")
eta = R("0.1")
L.step(substituted(c - eta * DO, lambda p: R("0.2") - R("0.1") * p, "~-0.8559")); L.step(rounds("0.2856", R("0.2") - R("0.1") * R("-0.8559")))
L.step(substituted(v[0] - eta * gv[0], lambda p: R("0.5") - R("0.1") * p, "~-0.1831"), carried=True)
L.step(rounds("0.5183", R("0.5") - R("0.1") * R("-0.1831")))
L.step(substituted(b - eta * gb, lambda p: R("0.1") + R("0.1") * p, "~0.0139"), carried=False, note="uphill")
L.step(rounds("0.1014", R("0.1") + R("0.1") * R("0.0139")))
L.step(True, note="dL/dv_j = delta_o h_j")
L.step(substituted(gv[0], lambda p, q: p * q, "~-0.8559", "~0.6900")); L.step(rounds("-0.5906", R("-0.8559") * R("0.69")))
L.step(substituted(gv[1], lambda p, q: p * q, "~-0.8559", "~0.6682")); L.step(rounds("-0.5719", R("-0.8559") * R("0.6682")))
L.step(rounds("0.1139", D[1]))
L.step(rounds("-0.0319", gx[0], approx=True) and rounds("0.0181", gx[1], approx=True))
# 0.0224 = -0.0915 + 0.1139, a sum of roundings: judged through its components
L.step(substituted(b - eta * gb, lambda p, q: R("0.1") - R("0.1") * (p + q), "~-0.0915", "~0.1139")); L.step(rounds("0.0978", R("0.1") - R("0.1") * R("0.0224"), b - eta * gb))
# part (d)
zz = sp.symbols("zz", real=True)
dsg = sig(zz) * (1 - sig(zz))
L.step(sp.maximum(dsg, zz, sp.Reals) == dsg.subs(zz, 0)); L.step(dsg.subs(zz, 0) == sp.Rational(1, 2), note="1/4")
L.step(2 ** 10 == 1024)
L.step(True, note="dL/db1 = delta1 (z1 only)"); L.step(True, note="dL/db2 = delta2")
L.step(same(sp.diff(Lnet, bb), d1 * d2, positive=False), note="sum")
L.step(sp.simplify(sp.diff(Ls, cc, 2) - 1) == 0)
L.step(True, note="Newton in c: c - (dL/dc)/(d2L/dc2) with d2L/dc2 = 1")
L.step(substituted(c - DO, lambda d: R("0.2") - d, "~-0.8559")); L.step(R("0.2") + R("0.8559") == R("1.0559"))
L.step(dsg.subs(zz, 0) == sp.Rational(1, 4)); L.step(4 ** 10 == 1048576)
L.step(same(sp.diff(Lnet, bb), d1 + d2, positive=False))
L.done()
