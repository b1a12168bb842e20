"""Labels for h_errata_backprop_2x2.tex: a textbook errata list for a backprop chapter (2-2-2 sigmoid
net, W_1, W_2 in R^{2x2}, squared loss). Printed formulas quoted as errata are judged as claims:
sigma' = sigma^2, delta_2 with y - yhat as yhat + y, delta_1 with W_2 untransposed (its numbers carried
into dL/dW_1), dL/dx = W_1 delta_1, an update's sign slip, tanh' = 1 + tanh^2, dL/db = delta_1 delta_2 for a
shared bias with g, l unspecified, and delta_1 with g for g'. Items reported but correct as printed are ok."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch6/h_errata_backprop_2x2.tex")
z, t = sp.symbols("z t", real=True)
sig = lambda v: 1 / (1 + sp.exp(-v))
S = sp.Matrix
x = S([R("0.5"), -1]); W1 = S([[R("0.4"), R("0.2")], [R("-0.3"), R("0.5")]]); b1 = S([R("0.1"), 0])
W2 = S([[R("0.7"), R("-0.6")], [R("0.2"), R("0.3")]]); b2 = S([0, R("0.1")]); y = S([1, 0])
z1 = W1 * x + b1; h = z1.applyfunc(sig); z2 = W2 * h + b2; yh = z2.applyfunc(sig)
Lv = sum((yh - y).applyfunc(lambda e: e**2)) / 2
sp2 = yh.multiply_elementwise(S([1, 1]) - yh); d2 = (yh - y).multiply_elementwise(sp2)
sp1 = h.multiply_elementwise(S([1, 1]) - h); d1 = (W2.T * d2).multiply_elementwise(sp1)
d1bad = (W2 * d2).multiply_elementwise(sp1)
dW1 = d1 * x.T; dW2 = d2 * h.T; dx = W1.T * d1


def vr(written, *values):
    """each written component rounds to the matching component of one of the values"""
    return all(any(rounds(w, v[i]) for v in values) for i, w in enumerate(written))


L.define(5, "z1 h z2 yhat L"); L.define(6, "data"); L.define(2, "delta names")
# 1 sigma'
ds = sp.diff(sig(z), z)
L.step(same(ds, sig(z)**2, [z], positive=False)); L.step(same(ds, sig(z) * (1 - sig(z)), [z], positive=False))
# 2 delta_2: d/dz2_i of 1/2 (sigma(z2_i) - y_i)^2
yy = sp.Symbol("yy")
d2true = sp.diff((sig(z) - yy)**2 / 2, z)
L.step(same(d2true, (sig(z) + yy) * ds, [z, yy], positive=False)); L.step(same(d2true, (sig(z) - yy) * ds, [z, yy], positive=False))
# 3 h_2
L.step(h[1] == sig(R("-0.65"))); L.step(rounds("0.6570", h[1])); L.step(h[1] == sig(R("-0.65"))); L.step(rounds("0.3430", h[1]))
L.step(vr(["0.5250", "0.3430"], h))
L.step(z1 == S([R("0.2") - R("0.2") + R("0.1"), R("-0.15") - R("0.5")])); L.step(z1 == S([R("0.1"), R("-0.65")]))
# 4 z2, yhat, L (correct as printed)
L.step(substituted(z2[0], lambda p, q: R("0.7") * p - R("0.6") * q, "~0.5250", "~0.3430")
       and substituted(z2[1], lambda p, q: R("0.2") * p + R("0.3") * q + R("0.1"), "~0.5250", "~0.3430"))
L.step(vr(["0.1617", "0.3079"], z2, S([R("0.3675") - R("0.2058"), R("0.1050") + R("0.1029") + R("0.1")])))
L.step(vr(["0.5403", "0.5764"], yh))
L.step(substituted(Lv, lambda p, q: (p**2 + q**2) / 2, "~0.4597", "~0.5764")); L.step(rounds("0.2717", Lv, (R("0.4597")**2 + R("0.5764")**2) / 2))
# 5 sigma'(z2)
L.step(sp2 == yh.multiply_elementwise(yh)); L.step(vr(["0.2919", "0.3322"], yh.multiply_elementwise(yh), S([R("0.5403")**2, R("0.5764")**2])))
L.step(True, note="sigma'(z2) = yhat(1 - yhat)"); L.step(vr(["0.2484", "0.2442"], sp2))
L.step(substituted(d2[0], lambda p, q: p * q, "~-0.4597", "~0.2484") and substituted(d2[1], lambda p, q: p * q, "~0.5764", "~0.2442"))
L.step(vr(["-0.1142", "0.1407"], d2))
# 6 delta_1 untransposed
L.step(d1 == d1bad, note="W2 delta2 for W2^T delta2")
L.step(substituted(d1bad[0], lambda p, q: p * q, "~-0.1644", "~0.2494") and substituted(d1bad[1], lambda p, q: p * q, "~0.0194", "~0.2253"))
L.step(vr(["-0.0410", "0.0044"], d1bad, S([R("-0.1644") * R("0.2494"), R("0.0194") * R("0.2253")])))
L.step(True, note="dL/dW1 = delta1 x^T")
bad = S([R("-0.0410"), R("0.0044")]) * x.T
printed = [["-0.0205", "0.0410"], ["0.0022", "-0.0044"]]
ok_true = all(rounds(printed[i][j], dW1[i, j]) for i in range(2) for j in range(2))
ok_carr = all(rounds(printed[i][j], bad[i, j]) for i in range(2) for j in range(2))
L.step(ok_true, carried=ok_carr)
L.step(True, note="delta1 = (W2^T delta2) o sigma'(z1)")
W2d2 = W2.T * d2
L.step(substituted(W2d2[0], lambda p, q: R("0.7") * p + R("0.2") * q, "~-0.1142", "~0.1407")
       and substituted(W2d2[1], lambda p, q: R("-0.6") * p + R("0.3") * q, "~-0.1142", "~0.1407") and vr(["0.2494", "0.2253"], sp1))
L.step(vr(["-0.0518", "0.1107"], W2d2) and vr(["0.2494", "0.2253"], sp1))
L.step(vr(["-0.0129", "0.0250"], d1, S([R("-0.0518") * R("0.2494"), R("0.1107") * R("0.2253")])))
L.step(True, note="dL/dW1 = delta1 x^T")
corr = [["-0.0065", "0.0129"], ["0.0125", "-0.0250"]]
L.step(all(rounds(corr[i][j], dW1[i, j], (S([R("-0.0129"), R("0.0250")]) * x.T)[i, j]) for i in range(2) for j in range(2)))
# 7 dL/dW2 = delta2 h^T (correct as printed)
L.step(True, note="dL/dW2 = delta2 h^T")
L.step(all(substituted(dW2[i, j], lambda p, q: p * q, "~" + a, "~" + b) for i, a in enumerate(["-0.1142", "0.1407"]) for j, b in enumerate(["0.5250", "0.3430"])))
wr = [["-0.0599", "-0.0392"], ["0.0739", "0.0483"]]
ws = S([R("-0.1142"), R("0.1407")]) * S([R("0.5250"), R("0.3430")]).T
L.step(all(rounds(wr[i][j], dW2[i, j], ws[i, j]) for i in range(2) for j in range(2)))
# 8 input gradient
L.step(dx == W1 * d1); L.step(vr(["-0.0002", "0.0164"], W1 * d1, W1 * S([R("-0.0129"), R("0.0250")])))
L.step(True, note="dL/dx = W1^T delta1")
L.step(substituted(dx[0], lambda p, q: R("0.4") * p - R("0.3") * q, "~-0.0129", "~0.0250")
       and substituted(dx[1], lambda p, q: R("0.2") * p + R("0.5") * q, "~-0.0129", "~0.0250"))
L.step(vr(["-0.0127", "0.0099"], dx, W1.T * S([R("-0.0129"), R("0.0250")])))
# dL/db1
L.step(d1 == d1.multiply_elementwise(x)); L.step(vr(["-0.0065", "-0.0250"], d1.multiply_elementwise(x)))
L.step(True, note="dL/db1 = delta1"); L.step(vr(["-0.0129", "0.0250"], d1))
# 9 update, eta = 0.5
eta = R("0.5"); L.define()
new11 = W2[0, 0] - eta * dW2[0, 0]
L.step(substituted(new11, lambda g: R("0.7") - R("0.5") * g, "~-0.0599")); L.step(rounds("0.6700", new11, R("0.7") + R("0.02995")))
L.step(substituted(new11, lambda g: R("0.7") - R("0.5") * g, "~-0.0599")); L.step(rounds("0.7300", new11, R("0.7") + R("0.02995")))
new12 = W2[0, 1] - eta * dW2[0, 1]; new122 = W1[1, 1] - eta * dW1[1, 1]
L.step(substituted(new12, lambda g: R("-0.6") - R("0.5") * g, "~-0.0392")); L.step(rounds("-0.5804", new12, R("-0.6") + R("0.0196")))
L.step(substituted(new122, lambda g: R("0.5") - R("0.5") * g, "~-0.0250")); L.step(rounds("0.5125", new122, R("0.5") + R("0.0125")))
# 10 tanh'
dth = sp.diff(sp.tanh(z), z)
L.step(same(dth, 1 + sp.tanh(z)**2, [z], positive=False)); L.step(same(dth, 1 - sp.tanh(z)**2, [z], positive=False))
L.step(substituted(dth.subs(z, R("0.1")), lambda q: 1 - q**2, "~0.0997")); L.step(rounds("0.9901", dth.subs(z, R("0.1"))))
# softmax / CE, z = (1, 0), y = (1, 0)
L.define(3)
zz = S([1, 0]); yy1 = S([1, 0]); pp = zz.applyfunc(sp.exp) / sum(zz.applyfunc(sp.exp))
L.step(vr(["0.7311", "0.2689"], pp))
za, zb = sp.symbols("za zb", real=True)
ce = -sp.log(sp.exp(za) / (sp.exp(za) + sp.exp(zb)))   # y = (1, 0)
gce = S([sp.diff(ce, za), sp.diff(ce, zb)]).subs({za: 1, zb: 0})
L.step(sp.simplify(gce - (yy1 - pp)) == sp.zeros(2, 1)); L.step(vr(["0.2689", "-0.2689"], yy1 - pp))
L.step(sp.simplify(gce - (pp - yy1)) == sp.zeros(2, 1)); L.step(vr(["-0.2689", "0.2689"], pp - yy1))
# ReLU remark: an instance with the example's z_1 = (0.1, -0.65)
relu = lambda v: sp.Max(v, 0)
hr = z1.applyfunc(relu); ind = z1.applyfunc(lambda v: 1 if v > 0 else 0)
g2 = W2.T * d2
L.step(g2.multiply_elementwise(hr) == g2.multiply_elementwise(ind)); L.step(True, note="relu' = 1[z > 0]")
# 11 shared bias, g and l unspecified: concrete instances
L.define(4)
w1s, w2s, xs, bs = sp.symbols("w1 w2 x b", real=True)
for g, ell in [(sp.tanh, lambda u, v: (u - 2 * v)**2 / 2), (lambda s: s**3 + s, lambda u, v: sp.exp(u) * v)]:
    pass
def shared(kind):
    res = []
    for g, ell in [(sp.tanh, lambda u, v: (u - 2 * v)**2 / 2), (lambda s: s**3 + s, lambda u, v: sp.exp(u) * v),
                   (sp.sin, lambda u, v: u * v**2)]:
        a1, a2 = w1s * xs + bs, w2s * xs + bs
        A1, A2 = sp.symbols("A1 A2")
        Lf = ell(g(A1), g(A2))
        de1 = sp.diff(Lf, A1).subs({A1: a1, A2: a2}); de2 = sp.diff(Lf, A2).subs({A1: a1, A2: a2})
        full = ell(g(a1), g(a2))
        u1 = sp.Symbol("u1"); dl_du1 = sp.diff(ell(u1, g(a2)), u1).subs(u1, g(a1))
        res.append({"db": same(sp.diff(full, bs), de1 * de2, positive=False) if kind == "prod" else
                    same(sp.diff(full, bs), de1 + de2, positive=False) if kind == "sum" else
                    same(sp.diff(full, xs), w1s * de1 + w2s * de2, positive=False) if kind == "dx" else
                    same(de1, dl_du1 * g(a1), positive=False) if kind == "hint_g" else
                    same(de1, dl_du1 * sp.diff(g(t), t).subs(t, a1), positive=False)}["db"])
    return all(res)
L.step(shared("prod")); L.step(shared("sum")); L.step(shared("dx"))
L.step(shared("hint_g")); L.step(shared("hint_dg")); L.define(note="u_i = g(a_i)")
L.done()
