"""Labels for bug_bounty_report_sigmoid_mlp_shared_bias_input_grad.tex: a bug-bounty report on a layer whose
bias is shared by two sigmoid hidden units (dL/db = delta1 + delta2, not their average), reproduced by hand on
a 2-2-1 sigmoid network with squared loss (forward pass, delta_o, dL/dv, dL/dc, delta1, delta2, a centred
difference), a secondary finding on the input gradient W1^T delta, and the maintainer's reply.
The mistakes are listed in README.md (last section)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch26/bug_bounty_report_sigmoid_mlp_shared_bias_input_grad.tex")
sg = lambda u: 1 / (1 + sp.exp(-u))
# symbolic: one shared bias
bb, x1, x2, w11, w12, w21, w22, v1, v2, c, y = sp.symbols("b x1 x2 w11 w12 w21 w22 v1 v2 c y", real=True)
z1s = w11 * x1 + w12 * x2 + bb; z2s = w21 * x1 + w22 * x2 + bb
Ls = (sg(v1 * sg(z1s) + v2 * sg(z2s) + c) - y) ** 2 / 2
aa = v1 * sg(z1s) + v2 * sg(z2s) + c
do = (sg(aa) - y) * sg(aa) * (1 - sg(aa))        # dL/da
d1s = v1 * do * sg(z1s) * (1 - sg(z1s)); d2s = v2 * do * sg(z2s) * (1 - sg(z2s))
L.step(same(sp.diff(Ls, bb), (d1s + d2s) / 2, positive=False), note="sum, not average")
L.step(same(sp.diff(Ls, bb), d1s + d2s, positive=False)); L.step(True, note="dz/db = 1"); L.step(True)
L.define(5, "network"); L.define(6, "data")
W1 = sp.Matrix([[1, 2], [-1, R("0.5")]]); x = sp.Matrix([R("0.5"), -1]); b = R("0.2"); v = sp.Matrix([R("0.8"), R("-0.6")]); cc = R("0.1"); yy = 1
z = W1 * x + sp.Matrix([b, b]); h = z.applyfunc(sg)
L.step(z[0] == 1 * R("0.5") + 2 * -1 + R("0.2")); L.step(z[0] == R("-1.3")); L.step(True); L.step(rounds("0.2142", h[0]))
L.step(z[1] == -1 * R("0.5") + R("0.5") * -1 + R("0.2")); L.step(z[1] == R("-0.8")); L.step(True); L.step(rounds("0.3100", h[1]))
a = (v.T * h)[0] + cc; yh = sg(a)
L.step(substituted(a, lambda p, q: R("0.8") * p - R("0.6") * q + R("0.1"), "~0.2142", "~0.3100")); L.step(rounds("0.0853", a))
L.step(substituted(yh, sg, "~0.0853")); L.step(rounds("0.5213", yh))
Lv = (yh - yy) ** 2 / 2
L.step(substituted(Lv, lambda p: (p - 1) ** 2 / 2, "~0.5213")); L.step((R("0.5213") - 1) ** 2 == R("0.4787") ** 2); L.step(rounds("0.1146", Lv))
u = sp.symbols("u", real=True); L.step(same(sp.diff(sg(u), u), sg(u) * (1 - sg(u)), positive=False))
dov = (yh - yy) * yh * (1 - yh)
L.define(note="delta_o"); L.step(same(sp.diff((sg(u) - y) ** 2 / 2, u), (sg(u) - y) * sg(u) * (1 - sg(u)), positive=False))
L.step(substituted(dov, lambda m, p, q: m * p * q, "~-0.4787", "~0.5213", "~0.4787"))
L.step(rounds("0.2595", R("0.5213") * R("0.4787")), note="0.2495"); L.step(rounds("-0.1242", R("-0.4787") * R("0.2595")))
dow = R("-0.1242")
L.step(True, note="dL/dv = delta_o h")
L.step(substituted(dov * h[0], lambda d, p: d * p, "~-0.1242", "~0.2142"), carried=substituted(dow * h[0], lambda d, p: d * p, "~-0.1242", "~0.2142"))
L.step(rounds("-0.0266", R("-0.1242") * R("0.2142")) and rounds("-0.0385", R("-0.1242") * R("0.3100")))
L.step(True, note="dL/dc = delta_o"); L.step(rounds("-0.1242", dov), carried=True)
L.step(R("0.7858") == 1 - R("0.2142")); L.step(rounds("0.1683", R("0.2142") * R("0.7858")))
L.step(R("0.6900") == 1 - R("0.3100")); L.step(rounds("0.2139", R("0.3100") * R("0.6900")))
d1 = v[0] * dov * h[0] * (1 - h[0]); d2 = v[1] * dov * h[1] * (1 - h[1])
L.define(note="delta1"); L.step(substituted(d1, lambda d, p: R("0.8") * d * p, "~-0.1242", "~0.1683"), carried=True)
L.step(rounds("-0.0167", R("0.8") * R("-0.1242") * R("0.1683")))
L.define(note="delta2"); L.step(substituted(d2, lambda d, p: R("-0.6") * d * p, "~-0.1242", "~0.2139"), carried=True); L.step(rounds("0.0159", R("-0.6") * R("-0.1242") * R("0.2139")))
L.step(True, note="dL/db = delta1 + delta2"); L.step(rounds("-0.0167", d1) and rounds("0.0159", d2), carried=True)
L.step(R("-0.0167") + R("0.0159") == R("-0.0008"))
L.step(R("-0.0167") + R("0.0159") == 2 * R("-0.0004"))
def Lb(bv):
    zz = W1 * x + sp.Matrix([bv, bv]); hh = zz.applyfunc(sg)
    return (sg((v.T * hh)[0] + cc) - yy) ** 2 / 2
fd = (Lb(b + R("1e-4")) - Lb(b - R("1e-4"))) / (2 * R("1e-4"))
L.step(rounds("-0.0008", fd, approx=True))
L.step(False, note="W1^T delta"); L.define(note="delta")
d = sp.Matrix([d1, d2])
L.step(False, carried=True, note="W1 delta with the report's delta1, delta2")
L.step(W1 * sp.Matrix([R("-0.0167"), R("0.0159")]) == sp.Matrix([R("-0.0167") + R("0.0318"), R("0.0167") + R("0.00795")]))
L.step(sp.Matrix([R("0.0151"), R("0.02465")]) == sp.Matrix([R("-0.0167") + R("0.0318"), R("0.0167") + R("0.00795")]))
L.step(False, carried=True, note="dL/dx1 < 0"); L.step(R("0.0151") > 0)
L.step(rounds("0.2495", R("0.5213") * R("0.4787")))
L.step(substituted(dov, lambda p, q: -p * q, "~0.4787", "~0.2495")); L.step(rounds("-0.1194", dov, R("-0.4787") * R("0.2495")))
L.step(substituted(d1, lambda d, p: R("0.8") * d * p, "~-0.1194", "~0.1683")); L.step(rounds("-0.0161", d1))
L.step(substituted(d2, lambda d, p: R("-0.6") * d * p, "~-0.1194", "~0.2139")); L.step(rounds("0.0153", d2))
L.step(rounds("-0.1194", dov, R("-0.4787") * R("0.2495"))); L.step(rounds("-0.0256", dov * h[0]) and rounds("-0.0370", dov * h[1]))
L.step(substituted(d1 + d2, lambda p, q: p + q, "~-0.0161", "~0.0153")); L.step(R("-0.0161") + R("0.0153") == R("-0.0008"))
gx = W1.T * d
xs = sp.symbols("xa xb", real=True)
zx = W1 * sp.Matrix(xs) + sp.Matrix([bb, bb])
Lx = (sg((v.T * zx.applyfunc(sg))[0] + cc) - yy) ** 2 / 2
pt = {xs[0]: x[0], xs[1]: x[1], bb: b}
L.step(abs(sp.N(sp.diff(Lx, xs[0]).subs(pt) - gx[0], 30)) < 1e-25)
L.step(substituted(gx[0], lambda p, q: p - q, "~-0.0161", "~0.0153") and substituted(gx[1], lambda p, q: 2 * p + R("0.5") * q, "~-0.0161", "~0.0153"))
L.step(sp.Matrix([[1, -1], [2, R("0.5")]]) * sp.Matrix([R("-0.0161"), R("0.0153")]) == sp.Matrix([R("-0.0161") - R("0.0153"), R("-0.0322") + R("0.00765")]))
L.step(R("-0.0161") - R("0.0153") == R("-0.0314") and rounds("-0.0245", gx[1]))
L.step(rounds("-0.0314", gx[0])); L.step(R("-0.0314") < 0)
L.done()
