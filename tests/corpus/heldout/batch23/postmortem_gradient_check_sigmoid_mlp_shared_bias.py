"""Labels for postmortem_gradient_check_sigmoid_mlp_shared_bias.tex: an engineering postmortem of a failed
gradient check on a 2-2-1 sigmoid MLP with one shared hidden bias (dL/db = delta_1 + delta_2), the input
gradient W1^T delta (and the buggy W1 delta), weight gradients, one SGD step, a BCE variant and a second test
vector. Slips: -ln 0.5962 = 0.5127 (0.5172); dL/dW1_12 = delta_1 x_2 written as delta_1 (x_2 dropped);
in appendix B z_1' taken from the column of W1 instead of the row (carried through h_1', u', y-hat', the
deltas and dL/db)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch23/postmortem_gradient_check_sigmoid_mlp_shared_bias.tex")
sg = lambda t: 1 / (1 + sp.exp(-t))
x = [R("1.0"), R("-0.5")]; y = 1; b = R("0.1"); c = R("0.2"); w2 = [R("0.7"), R("-0.5")]
W = [[R("0.4"), R("-0.2")], [R("0.3"), R("0.6")]]
L.define(5, "x, y, b, c, w2"); L.define(5, "W1, z, h, y-hat, L")


def forward(xx, yy, WW):
    z = [WW[i][0] * xx[0] + WW[i][1] * xx[1] + b for i in range(2)]
    h = [sg(t) for t in z]
    u = w2[0] * h[0] + w2[1] * h[1] + c
    yh = sg(u)
    do = (yh - yy) * yh * (1 - yh)
    d = [do * w2[i] * h[i] * (1 - h[i]) for i in range(2)]
    return z, h, u, yh, do, d


z, h, u, yh, do, d = forward(x, y, W)
Lv = (yh - y) ** 2 / 2
L.step(z[0] == R("0.4") + R("0.1") + R("0.1")); L.step(z[0] == R("0.6"))
L.step(z[1] == R("0.3") - R("0.3") + R("0.1")); L.step(z[1] == R("0.1"))
L.step(True, note="h1 = sigma(0.6)"); L.step(rounds("0.6457", h[0])); L.step(True); L.step(rounds("0.5250", h[1]))
L.define(note="u")
L.step(substituted(u, lambda p, q: R("0.7") * p - R("0.5") * q + R("0.2"), "~0.6457", "~0.5250"))
L.step(rounds("0.3895", R("0.7") * R("0.6457") - R("0.5") * R("0.5250") + R("0.2"), u))
L.step(substituted(yh, lambda v: sg(v), "~0.3895")); L.step(rounds("0.5962", sg(R("0.3895")), yh))
L.step(substituted(Lv, lambda v: (v - 1) ** 2 / 2, "~0.5962")); L.step(rounds("0.0815", (R("0.5962") - 1) ** 2 / 2, Lv))
t = sp.symbols("t", real=True)
L.step(same(sp.diff(sg(t), t), sg(t) * (1 - sg(t)), [t], positive=False))
L.define(note="delta_out")
uu, yy_ = sp.symbols("uu yy")
L.step(same(sp.diff((sg(uu) - yy_) ** 2 / 2, uu), (sg(uu) - yy_) * sg(uu) * (1 - sg(uu)), [uu, yy_], positive=False))
L.step(substituted(do, lambda p, q, r: p * q * r, "~-0.4038", "~0.5962", "~0.4038"))
L.step(rounds("-0.0972", R("-0.4038") * R("0.5962") * R("0.4038"), do))
L.define(note="delta_j"); L.step(True, note="chain rule for delta_j")
L.step(substituted(d[0], lambda p, q, r: p * R("0.7") * q * r, "~-0.0972", "~0.6457", "~0.3543"))
L.step(substituted(d[0], lambda p, q: p * R("0.7") * q, "~-0.0972", "~0.2288") and rounds("0.2288", R("0.6457") * R("0.3543")))
L.step(rounds("-0.0156", R("-0.0972") * R("0.7") * R("0.2288"), d[0]))
L.step(substituted(d[1], lambda p, q, r: p * R("-0.5") * q * r, "~-0.0972", "~0.5250", "~0.4750"))
L.step(substituted(d[1], lambda p, q: p * R("-0.5") * q, "~-0.0972", "~0.2494") and rounds("0.2494", R("0.5250") * R("0.4750")))
L.step(rounds("0.0121", R("-0.0972") * R("-0.5") * R("0.2494"), d[1]))
L.step(True, note="dz1/db = dz2/db"); L.step(True, note="= 1")
# symbolic check of the shared-bias rule
bs = sp.symbols("bs", real=True)
zs = [W[i][0] * x[0] + W[i][1] * x[1] + bs for i in range(2)]
Lb = (sg(w2[0] * sg(zs[0]) + w2[1] * sg(zs[1]) + c) - y) ** 2 / 2
dLdb = sp.diff(Lb, bs).subs(bs, b)
L.step(True, note="chain rule over both paths")
L.step(abs(sp.N(dLdb - (d[0] + d[1]), 30)) < 1e-25)
L.step(substituted(d[0] + d[1], lambda p, q: p + q, "~-0.0156", "~0.0121")); L.step(R("-0.0156") + R("0.0121") == R("-0.0035"))
L.step(rounds("-0.0156", d[0])); L.define(note="epsilon")
eps = R("1e-4")
fd = (Lb.subs(bs, b + eps) - Lb.subs(bs, b - eps)) / (2 * eps)
L.step(rounds("-0.0034", fd, approx=True))
L.step(abs(R("-0.0156") + R("0.0034")) == R("0.0122") and R("0.0156") + R("0.0034") == R("0.0190"))
L.step(rounds("0.6421", R("0.0122") / R("0.0190")))
L.step(True, note="dL/dW1 = delta x^T")
L.step(True, note="dL/dW1_12 = delta1 x2"); L.step(rounds("0.0078", d[0] * x[1]))
L.step(True); L.step(rounds("-0.0061", d[1] * x[1]))
L.step(True, note="dL/dw2 = delta_out h"); L.step(rounds("-0.0628", do * h[0]) and rounds("-0.0510", do * h[1]))
L.define(note="z"); L.step(True, note="dz_j/dx_i = W_ji")
L.step(True, note="dL/dx_i = sum_j W_ji delta_j")
xs_ = sp.symbols("x1 x2", real=True)
Lx = (sg(sum(w2[i] * sg(W[i][0] * xs_[0] + W[i][1] * xs_[1] + b) for i in range(2)) + c) - y) ** 2 / 2
gx = [sp.diff(Lx, v).subs({xs_[0]: x[0], xs_[1]: x[1]}) for v in xs_]
WT_d = [W[0][0] * d[0] + W[1][0] * d[1], W[0][1] * d[0] + W[1][1] * d[1]]
L.step(all(abs(sp.N(g - e, 30)) < 1e-25 for g, e in zip(gx, WT_d)))
L.step(substituted(WT_d[0], lambda p, q: R("0.4") * p + R("0.3") * q, "~-0.0156", "~0.0121")
       and substituted(WT_d[1], lambda p, q: R("-0.2") * p + R("0.6") * q, "~-0.0156", "~0.0121"))
L.step(rounds("-0.0026", R("0.4") * R("-0.0156") + R("0.3") * R("0.0121"), WT_d[0])
       and rounds("0.0104", R("-0.2") * R("-0.0156") + R("0.6") * R("0.0121"), WT_d[1]))
W_d = [W[0][0] * d[0] + W[0][1] * d[1], W[1][0] * d[0] + W[1][1] * d[1]]
L.step(substituted(W_d[0], lambda p, q: R("0.4") * p - R("0.2") * q, "~-0.0156", "~0.0121")
       and substituted(W_d[1], lambda p, q: R("0.3") * p + R("0.6") * q, "~-0.0156", "~0.0121"))
L.step(rounds("-0.0087", R("0.4") * R("-0.0156") - R("0.2") * R("0.0121"), W_d[0])
       and rounds("0.0026", R("0.3") * R("-0.0156") + R("0.6") * R("0.0121"), W_d[1]))
L.step(any(abs(sp.N(p - q, 30)) > 1e-6 for p, q in zip(W_d, WT_d)))
L.define(2, "eta, update rule")
L.step(substituted(b - R("0.5") * (d[0] + d[1]), lambda g: R("0.1") - R("0.5") * g, "~-0.0034"))
L.step(rounds("0.1017", R("0.1") - R("0.5") * R("-0.0034"), b - R("0.5") * (d[0] + d[1])))
L.step(rounds("0.1078", R("0.1") - R("0.5") * R("-0.0156")))
# appendix A
L.define(note="BCE")
L.step(same(sp.diff(-yy_ * sp.log(sg(uu)) - (1 - yy_) * sp.log(1 - sg(uu)), uu), sg(uu) - yy_, [uu, yy_], positive=False))
Lbce = -sp.log(yh)
L.step(substituted(Lbce, lambda v: -sp.log(v), "~0.5962")); L.step(rounds("0.5127", -sp.log(R("0.5962")), Lbce), note="0.5172")
L.step(rounds("-0.4038", yh - 1))
db_ = [(yh - 1) * w2[i] * h[i] * (1 - h[i]) for i in range(2)]
L.step(substituted(db_[0], lambda p, q: p * R("0.7") * q, "~-0.4038", "~0.2288")); L.step(rounds("-0.0647", R("-0.4038") * R("0.7") * R("0.2288"), db_[0]))
L.step(substituted(db_[1], lambda p, q: p * R("-0.5") * q, "~-0.4038", "~0.2494")); L.step(rounds("0.0504", R("-0.4038") * R("-0.5") * R("0.2494"), db_[1]))
L.step(True, note="shared bias: sum"); L.step(rounds("-0.0143", R("-0.0647") + R("0.0504"), db_[0] + db_[1]))
L.step(True, note="dL/dW1_12 = delta1 x2"); L.step(rounds("-0.0647", db_[0] * x[1]), note="x2 dropped")
# appendix B
x2 = [0, 1]; y2 = 0
L.define(2, "x', y'")
zt, ht, ut, yht, dot, dt = forward(x2, y2, W)
Wt = [[W[0][0], W[1][0]], [W[0][1], W[1][1]]]
zc, hc, uc, yhc, doc, dc = forward(x2, y2, Wt)         # the writer's: column of W1 for z1
L.step(zt[0] == R("0.4") * 0 + R("0.3") * 1 + R("0.1"), note="row: -0.2*1"); L.step(R("0.4") * 0 + R("0.3") + R("0.1") == R("0.4"))
L.step(zt[1] == R("0.3") * 0 + R("0.6") * 1 + R("0.1")); L.step(zt[1] == R("0.7"))
L.step(abs(sp.N(ht[0] - sg(R("0.4")))) < 1e-25, carried=True); L.step(rounds("0.5987", sg(R("0.4"))))
L.step(True); L.step(rounds("0.6682", ht[1]))
L.step(substituted(ut, lambda p, q: R("0.7") * p - R("0.5") * q + R("0.2"), "~0.5987", "~0.6682"),
       carried=substituted(uc, lambda p, q: R("0.7") * p - R("0.5") * q + R("0.2"), "~0.5987", "~0.6682"))
L.step(rounds("0.2850", R("0.7") * R("0.5987") - R("0.5") * R("0.6682") + R("0.2")))
L.step(substituted(yht, sg, "~0.2850"), carried=substituted(yhc, sg, "~0.2850")); L.step(rounds("0.5708", sg(R("0.2850"))))
L.step(substituted(dot, lambda p, q, r: p * q * r, "~0.5708", "~0.5708", "~0.4292"),
       carried=substituted(doc, lambda p, q, r: p * q * r, "~0.5708", "~0.5708", "~0.4292"))
L.step(rounds("0.1398", R("0.5708") * R("0.5708") * R("0.4292")))
L.step(substituted(dt[0], lambda p, q: p * R("0.7") * q, "~0.1398", "~0.2403"),
       carried=substituted(dc[0], lambda p, q: p * R("0.7") * q, "~0.1398", "~0.2403"))
L.step(rounds("0.0235", R("0.1398") * R("0.7") * R("0.2403")))
L.step(substituted(dt[1], lambda p, q: p * R("-0.5") * q, "~0.1398", "~0.2217"),
       carried=substituted(dc[1], lambda p, q: p * R("-0.5") * q, "~0.1398", "~0.2217"))
L.step(rounds("-0.0155", R("0.1398") * R("-0.5") * R("0.2217")))
L.step(True, note="shared bias")
L.step(rounds("0.0080", dt[0] + dt[1]), carried=rounds("0.0080", R("0.0235") + R("-0.0155")))
L.done()
