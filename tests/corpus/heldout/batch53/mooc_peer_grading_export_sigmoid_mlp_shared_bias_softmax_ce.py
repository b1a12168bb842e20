"""Labels for mooc_peer_grading_export_sigmoid_mlp_shared_bias_softmax_ce.tex: a MOOC's peer-assessment export
(submissions, peer reviews with rubric scores, staff calibration notes). A 2-2-1 sigmoid net with squared loss
(forward, output delta, output gradients and update, hidden deltas, dL/dW1, the input gradient W1^T delta1, hidden
update); a bias shared by two tanh units (dL/db = delta1 + delta2, a finite difference, dL/dx over both paths);
softmax cross-entropy through a linear layer (p, L, p - e_y, dL/dW = (p - e_y) x^T, dL/dx = W^T(p - e_y)).
Slips: the output delta with (y - yhat) (carried into the gradients, the update and the re-check); a reviewer's
dL/dyhat = yhat - y for L = (yhat - y)^2; sigma(0.52) written 0.6217 (carried through the forward pass, the loss and
the output delta); a lost sign in dL/dW1; dL/dx = W1 delta1 without the transpose; 0.4013 x 0.5987 = 0.2043
(carried); dL/dx with the sign of w2 dropped; a reviewer averaging the shared-bias gradient (its step carried); the
softmax normaliser 5.9698 (carried into p, L, the gradients); the softmax Jacobian's columns said to sum to one;
dL/dW as x (p - e_y)^T."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch53/mooc_peer_grading_export_sigmoid_mlp_shared_bias_softmax_ce.tex")
sig = lambda z: 1 / (1 + sp.exp(-z))
def zero(e):
    return abs(sp.sympify(e).evalf(30, maxn=120)) < 1e-25
def vec(ws, vals, approx=False):
    return all(rounds(w, v, approx=approx) for w, v in zip(ws, vals))

# prompt
x = [R("0.6"), R("-0.4")]; y = 1
W1 = sp.Matrix([[R("0.5"), R("-0.3")], [R("0.2"), R("0.8")]]); b1 = sp.Matrix([R("0.1"), R("-0.2")])
w2 = sp.Matrix([R("0.9"), R("-0.7")]); b2 = R("0.05"); eta = R("0.2")
L.define(2, "x, y"); L.define(4, "W1 b1 w2 b2"); L.define(4, "yhat, h, L, eta")
X = sp.Matrix(x)
z1 = W1 * X + b1; h = z1.applyfunc(sig); z2 = (w2.T * h)[0] + b2; yh = sig(z2); Lt = (yh - y) ** 2 / 2
dout = (yh - y) * yh * (1 - yh)
# S-4471
L.define(note="z1 = W1 x + b1")
L.step(z1 == sp.Matrix([R("0.5") * R("0.6") + R("-0.3") * R("-0.4") + R("0.1"), R("0.2") * R("0.6") + R("0.8") * R("-0.4") - R("0.2")]))
L.step(z1 == sp.Matrix([R("0.52"), R("-0.40")]))
L.define(note="h = sigma(z1)"); L.step(True, note="(sigma(0.52), sigma(-0.40))"); L.step(vec(["0.6271", "0.4013"], h, approx=True))
L.define(note="z2 = w2^T h + b2")
L.step(substituted(z2, lambda a, b: R("0.9") * a - R("0.7") * b + R("0.05"), "~0.6271", "~0.4013"))
L.step(rounds("0.5644", R("0.9") * R("0.6271")) and rounds("0.2809", R("0.7") * R("0.4013")))
L.step(rounds("0.3335", R("0.5644") - R("0.2809") + R("0.05")))
L.define(note="yhat = sigma(z2)"); L.step(substituted(yh, sig, "~0.3335")); L.step(rounds("0.5826", sig(R("0.3335")), yh))
L.step(substituted(Lt, lambda a: (a - 1) ** 2 / 2, "~0.5826")); L.step(rounds("0.1742", (R("0.5826") - 1) ** 2))
L.step(R("0.1742") / 2 == R("0.0871"))
# delta_out with (y - yhat)
L.define(note="delta_out :=")
L.step(same(dout, (y - yh) * yh * (1 - yh)), note="(y - yhat)")
L.step(R("1") - R("0.5826") == R("0.4174"), note="(y - yhat) = 0.4174 between the members")
L.step(rounds("0.1015", R("0.4174") * R("0.5826") * R("0.4174")))
dw = -dout                                                    # the writer's delta_out
gw2 = dout * h
L.step(True, note="dL/dw2 = delta h")
L.step(substituted(dout * h[0], lambda d, a: d * a, "0.1015", "~0.6271"), carried=True)
L.step(vec(["0.0637", "0.0407"], [R("0.1015") * R("0.6271"), R("0.1015") * R("0.4013")]))
L.step(True, note="dL/db2 = delta_out"); L.step(rounds("0.1015", dout), carried=rounds("0.1015", dw))
# update
L.define(note="w2 <- w2 - eta dL/dw2")
nw2 = w2 - eta * gw2; nb2 = b2 - eta * dout
L.step(substituted(nw2[0], lambda g: R("0.9") - R("0.2") * g, "~0.0637"), carried=substituted((w2 - eta * dw * h)[0], lambda g: R("0.9") - R("0.2") * g, "~0.0637"))
L.step(vec(["0.8873", "-0.7081"], [R("0.9") - R("0.2") * R("0.0637"), R("-0.7") - R("0.2") * R("0.0407")]))
L.step(substituted(nb2, lambda d: R("0.05") - R("0.2") * d, "~0.1015"), carried=True)
L.step(R("0.05") - R("0.2") * R("0.1015") == R("0.0297"))
# re-check with the writer's new weights
wn = w2 - eta * dw * h; bn = b2 - eta * dw
z2n = (nw2.T * h)[0] + nb2; yhn = sig(z2n); Ln = (yhn - 1) ** 2 / 2
z2w = (wn.T * h)[0] + bn
L.step(substituted(z2n, lambda a, b, c, d, e: a * b - c * d + e, "~0.8873", "~0.6271", "~0.7081", "~0.4013", "~0.0297"),
       carried=substituted(z2w, lambda a, b, c, d, e: a * b - c * d + e, "~0.8873", "~0.6271", "~0.7081", "~0.4013", "~0.0297"))
L.step(rounds("0.5564", R("0.8873") * R("0.6271")) and rounds("0.2842", R("0.7081") * R("0.4013")))
L.step(R("0.5564") - R("0.2842") + R("0.0297") == R("0.3019"))
L.step(substituted(yhn, lambda a, b, c: sig(a - b + c), "~0.5564", "~0.2842", "~0.0297"), carried=substituted(sig(z2w), lambda a, b, c: sig(a - b + c), "~0.5564", "~0.2842", "~0.0297"))
L.step(rounds("0.5749", sig(R("0.3019"))))
L.step(substituted(Ln, lambda a: (a - 1) ** 2 / 2, "~0.5749"), carried=True)
L.step(rounds("0.0904", (R("0.5749") - 1) ** 2 / 2)); L.step(R("0.0904") > R("0.0871"))
L.define(note="eta = 0.2 restated")
# review 6120
L.step(True, note="dL/dyhat = yhat - y"); L.step(rounds("-0.4174", yh - 1))
L.step(True, note="delta formula"); L.step(rounds("-0.1015", dout))
L.step(substituted(nw2[0], lambda g: R("0.9") + R("0.2") * g, "~0.0637") and substituted(nw2[1], lambda g: R("-0.7") + R("0.2") * g, "~0.0407"))
L.step(vec(["0.9127", "-0.6919"], nw2))
L.step(substituted(nb2, lambda d: R("0.05") + R("0.2") * d, "~0.1015")); L.step(rounds("0.0703", nb2))
L.step(substituted(z2n, lambda a, b, c, d, e: a * b - c * d + e, "~0.9127", "~0.6271", "~0.6919", "~0.4013", "~0.0703"))
L.step(rounds("0.3650", R("0.9127") * R("0.6271") - R("0.6919") * R("0.4013") + R("0.0703"), z2n))
L.step(substituted(yhn, lambda a, b, c, d, e: sig(a * b - c * d + e), "~0.9127", "~0.6271", "~0.6919", "~0.4013", "~0.0703")); L.step(rounds("0.5903", sig(R("0.3650")), yhn))
L.step(substituted(Ln, lambda a: (a - 1) ** 2 / 2, "~0.5903")); L.step(rounds("0.0839", (R("0.5903") - 1) ** 2 / 2, Ln))
L.step(R("0.0839") < R("0.0871"))
# review 0388
u = sp.symbols("u")
L.define(note="L = (yhat - y)^2"); L.step(same(sp.diff((u - 1) ** 2, u), u - 1), note="2(yhat - y)")
# S-2208
L.define(); L.step(z1 == sp.Matrix([R("0.52"), R("-0.40")])); L.define(); L.step(vec(["0.6217", "0.4013"], h), note="0.6271")
hw = [R("0.6217"), R("0.4013")]
z2_w = R("0.9") * hw[0] - R("0.7") * hw[1] + R("0.05")
L.step(substituted(z2, lambda a, b: R("0.9") * a - R("0.7") * b + R("0.05"), "~0.6217", "~0.4013"), carried=True)
L.step(rounds("0.5595", R("0.9") * R("0.6217")) and rounds("0.2809", R("0.7") * R("0.4013")))
L.step(R("0.5595") - R("0.2809") + R("0.05") == R("0.3286"))
L.step(substituted(yh, sig, "~0.3286"), carried=True); L.step(rounds("0.5814", sig(R("0.3286"))))
L.step(substituted(Lt, lambda a: (a - 1) ** 2 / 2, "~0.5814"), carried=True); L.step(rounds("0.0876", (R("0.5814") - 1) ** 2 / 2))
L.define(note="delta_out := (yhat - y) yhat (1 - yhat)")
L.step(substituted(dout, lambda a, b, c: a * b * c, "~-0.4186", "~0.5814", "~0.4186"), carried=True)
L.step(rounds("-0.1019", R("-0.4186") * R("0.5814") * R("0.4186")))
# review 3391
L.step(rounds("0.6271", h[0])); L.step(rounds("0.3335", z2)); L.step(rounds("0.5826", yh))
# staff Q1
L.step(rounds("-0.1015", dout)); L.step(vec(["-0.0637", "-0.0407"], gw2)); L.step(rounds("-0.1015", dout))
L.step(vec(["0.9127", "-0.6919"], nw2)); L.step(rounds("0.0703", nb2)); L.define(note="L = (yhat - y)^2")
L.step(same(sp.diff((u - 1) ** 2, u), 2 * (u - 1), positive=False))
# Q2
L.step(vec(["0.6271", "0.4013"], h, approx=True)); L.step(rounds("-0.1015", dout, approx=True))
dh = w2 * dout; d1 = sp.Matrix([dh[i] * h[i] * (1 - h[i]) for i in range(2)]); gW1 = d1 * X.T; gx = W1.T * d1
# S-9012
L.step(True, note="dL/dh = w2 delta"); L.step(True, note="(0.9, -0.7)(-0.1015)")
L.step(vec(["-0.0914", "0.0711"], [R("0.9") * R("-0.1015"), R("-0.7") * R("-0.1015")]) and vec(["-0.0914", "0.0711"], dh, approx=True))
L.define(note="delta1 :="); L.step(True, note="dL/dh * h * (1 - h)")
L.step(substituted(d1[0], lambda a, b, c: a * b * c, "~-0.0914", "~0.6271", "~0.3729") and substituted(d1[1], lambda a, b, c: a * b * c, "~0.0711", "~0.4013", "~0.5987"))
L.step(vec(["-0.0214", "0.0171"], [R("-0.0914") * R("0.6271") * R("0.3729"), R("0.0711") * R("0.4013") * R("0.5987")]) and vec(["-0.0214", "0.0171"], d1))
L.step(True, note="dL/dW1 = delta1 x^T")
L.step(all(substituted(gW1[i, j], lambda d: d * x[j], "~" + ["-0.0214", "0.0171"][i]) for i in range(2) for j in range(2)))
Ww = [["-0.0128", "0.0086"], ["0.0103", "0.0068"]]
dwr = [R("-0.0214"), R("0.0171")]
L.step(all(rounds(Ww[i][j], dwr[i] * x[j], gW1[i, j]) for i in range(2) for j in range(2)), note="(2,2) sign")
L.step(True, note="dL/db1 = delta1")
W1d = W1 * sp.Matrix(dwr)
L.step(all(abs(sp.N(W1d[i] - gx[i])) < R("0.0002") for i in range(2)), note="W1 delta1 is not W1^T delta1")
L.step(True, note="rows of W1 times delta1, between the members")
L.step(vec(["-0.0158", "0.0094"], W1d))
# review 2750
L.step(rounds("-0.0068", R("0.0171") * R("-0.4")))
L.define(note="z1_j = sum_i W_ji x_i + b_j"); L.step(True, note="dL/dx_i = sum_j W_ji delta_j")
L.step(True, note="W1^T delta1")
L.step(substituted(gx[0], lambda a, b: R("0.5") * a + R("0.2") * b, "~-0.0214", "~0.0171") and substituted(gx[1], lambda a, b: R("-0.3") * a + R("0.8") * b, "~-0.0214", "~0.0171"))
L.step(vec(["-0.0073", "0.0201"], [R("0.5") * dwr[0] + R("0.2") * dwr[1], R("-0.3") * dwr[0] + R("0.8") * dwr[1]]))
L.step(W1 * d1 != W1.T * d1)
# S-5530
L.step(True, note="sigma' = h(1 - h)"); L.step(True, note="0.6271 x 0.3729"); L.step(rounds("0.2338", R("0.6271") * R("0.3729")))
L.step(True); L.step(True, note="0.4013 x 0.5987"); L.step(rounds("0.2043", R("0.4013") * R("0.5987")), note="0.2403")
sp2w = R("0.2043")
L.define(note="delta1 = (w2_j delta sigma'_j)")
L.step(substituted(d1[1], lambda a, b, c: a * b * c, "-0.7", "~-0.1015", "~0.2043"),
       carried=substituted(R("-0.7") * dout * sp2w, lambda a, b, c: a * b * c, "-0.7", "~-0.1015", "~0.2043"))
L.step(vec(["-0.0214", "0.0145"], [R("0.9") * R("-0.1015") * R("0.2338"), R("-0.7") * R("-0.1015") * R("0.2043")]))
L.step(vec(["-0.0214", "0.0145"], d1), carried=True, note="= dL/db1")
d1w = [R("-0.0214"), R("0.0145")]
L.step(True, note="delta1 x^T")
Mw = [["-0.0128", "0.0086"], ["0.0087", "-0.0058"]]
L.step(all(rounds(Mw[i][j], gW1[i, j]) for i in range(2) for j in range(2)), carried=all(rounds(Mw[i][j], d1w[i] * x[j]) for i in range(2) for j in range(2)))
L.step(True, note="W1^T delta1")
L.step(substituted(gx[1], lambda a, b: R("-0.3") * a + R("0.8") * b, "~-0.0214", "~0.0145"), carried=True)
L.step(vec(["-0.0078", "0.0180"], [R("0.5") * d1w[0] + R("0.2") * d1w[1], R("-0.3") * d1w[0] + R("0.8") * d1w[1]]))
L.define(note="eta = 0.2 restated"); L.define(note="W1 <- rule")
nW1 = W1 - eta * gW1
L.step(substituted(nW1[1, 0], lambda g: R("0.2") - R("0.2") * g, "~0.0087"), carried=True)
upd = [["0.5026", "-0.3017"], ["0.1983", "0.8012"]]
vals = [[R("0.5") + R("0.2") * R("0.0128"), R("-0.3") - R("0.2") * R("0.0086")], [R("0.2") - R("0.2") * R("0.0087"), R("0.8") + R("0.2") * R("0.0058")]]
L.step(all(rounds(upd[i][j], vals[i][j]) for i in range(2) for j in range(2)))
L.define(note="b1 <- rule")
nb1 = b1 - eta * d1
L.step(substituted(nb1[1], lambda d: R("-0.2") - R("0.2") * d, "~0.0145"), carried=True)
L.step(vec(["0.1043", "-0.2029"], [R("0.1") + R("0.2") * R("0.0214"), R("-0.2") - R("0.2") * R("0.0145")]))
# review 8113
L.step(rounds("0.2403", R("0.4013") * R("0.5987"), h[1] * (1 - h[1])))
L.step(substituted(d1[1], lambda a, b, c: a * b * c, "-0.7", "~-0.1015", "~0.2403"))
L.step(rounds("0.0171", R("0.7") * R("0.1015") * R("0.2403"), d1[1]))
# staff Q2
L.step(vec(["-0.0214", "0.0171"], d1))
L.step(all(rounds(w, gW1[i, j]) for (i, j), w in zip([(0, 0), (0, 1), (1, 0), (1, 1)], ["-0.0128", "0.0085", "0.0102", "-0.0068"])))
L.step(True, note="W1^T delta1"); L.step(vec(["-0.0073", "0.0201"], gx))
L.step(vec(["0.1043", "-0.2034"], nb1))
# Q3 prompt
xx, yy = R("1.5"), R("0.3"); w = [R("0.4"), R("-0.8")]; b = R("0.1"); v = [R("1.1"), R("0.6")]
L.define(4, "z_j, j = 1, 2, h_j, yhat"); L.define(6, "L and the data")
bb = sp.symbols("b")
def loss(bv, xv=xx):
    hs = [sp.tanh(wj * xv + bv) for wj in w]
    return (v[0] * hs[0] + v[1] * hs[1] - yy) ** 2 / 2
zs = [wj * xx + b for wj in w]; hs = [sp.tanh(zz) for zz in zs]; yq = v[0] * hs[0] + v[1] * hs[1]; r = yq - yy
ds = [r * v[j] * (1 - hs[j] ** 2) for j in range(2)]
gb = sp.diff(loss(bb), bb).subs(bb, b)
L.step(zero(gb - ds[0] - ds[1])); L.define(note="eta = 0.5")
# S-3127
L.step(True, note="dz_j/db = 1")
L.define(note="delta_j :="); L.step(True, note="(yhat - y) v_j (1 - h_j^2)")
L.step(True, note="chain rule sum"); L.step(True, note="= delta1 + delta2")
L.step(R("0.4") * xx + R("0.1") == zs[0]); L.step(zs[0] == R("0.7"))
L.step(R("-0.8") * xx + R("0.1") == zs[1]); L.step(zs[1] == R("-1.1"))
L.step(True, note="h1 = tanh 0.7"); L.step(rounds("0.6044", hs[0])); L.step(True); L.step(rounds("-0.8005", hs[1]))
L.step(substituted(yq, lambda a, c: R("1.1") * a + R("0.6") * c, "~0.6044", "~-0.8005"))
L.step(rounds("0.6648", R("1.1") * R("0.6044")) and rounds("0.4803", R("0.6") * R("0.8005")))
L.step(R("0.6648") - R("0.4803") == R("0.1845"))
L.step(substituted(r, lambda a: a - R("0.3"), "~0.1845")); L.step(R("0.1845") - R("0.3") == R("-0.1155"))
L.step(substituted(r ** 2 / 2, lambda a: a ** 2 / 2, "~-0.1155")); L.step(rounds("0.00667", R("0.1155") ** 2 / 2))
L.step(substituted(ds[0], lambda a, c: a * R("1.1") * (1 - c), "~-0.1155", "~0.3653")); L.step(rounds("-0.0806", R("-0.1155") * R("1.1") * (1 - R("0.3653"))))
L.step(substituted(ds[1], lambda a, c: a * R("0.6") * (1 - c), "~-0.1155", "~0.6408")); L.step(rounds("-0.0249", R("-0.1155") * R("0.6") * (1 - R("0.6408"))))
L.step(substituted(gb, lambda a, c: a + c, "~-0.0806", "~-0.0249")); L.step(R("-0.0806") - R("0.0249") == R("-0.1055"))
L.step(substituted(b - R("0.5") * gb, lambda g: R("0.1") - R("0.5") * g, "~-0.1055")); L.step(rounds("0.1528", R("0.1") + R("0.5") * R("0.1055"), b - gb / 2))
L.step(True, note="dL/dv_j = r h_j"); L.step(vec(["-0.0698", "0.0925"], [r * hs[0], r * hs[1]])); L.step(True, note="dL/dw_j = delta_j x")
L.step(vec(["-0.1209", "-0.0373"], [R("-0.0806") * xx, R("-0.0249") * xx]) and vec(["-0.1209", "-0.0373"], [ds[0] * xx, ds[1] * xx], approx=True))
gxx = sp.diff(loss(b, sp.Symbol("xx")), sp.Symbol("xx")).subs(sp.Symbol("xx"), xx)
L.step(zero(gxx - w[0] * ds[0] - w[1] * ds[1]))
L.step(substituted(gxx, lambda a, c: R("0.4") * a + R("0.8") * c, "~-0.0806", "~-0.0249"), note="sign of w2")
L.step(rounds("-0.0322", R("0.4") * R("-0.0806")) and rounds("-0.0199", R("0.8") * R("-0.0249")))
L.step(R("-0.0322") - R("0.0199") == R("-0.0521"))
# review 1764
L.step(zero(gb - (ds[0] + ds[1]) / 2), note="averaged"); L.step(rounds("-0.0528", R("-0.1055") / 2))
L.step(substituted(b - R("0.5") * gb, lambda g: R("0.1") + R("0.5") * g, "~0.0528"), carried=substituted(b - (ds[0] + ds[1]) / 4, lambda g: R("0.1") + R("0.5") * g, "~0.0528"))
L.step(R("0.1") + R("0.5") * R("0.0528") == R("0.1264"))
# review 4902
L.step(rounds("0.0065644", loss(R("0.101")))); L.step(rounds("0.0067755", loss(R("0.099"))))
L.step(R("0.0065644") - R("0.0067755") == R("-0.0002111"))
L.step(rounds("-0.1055", R("-0.0002111") / R("0.002"), approx=True))
L.step(substituted(w[1] * ds[1], lambda c: R("-0.8") * c, "~-0.0249")); L.step(rounds("0.0199", R("0.8") * R("0.0249")))
L.step(substituted(gxx, lambda a, c: a + c, "~-0.0322", "~0.0199")); L.step(R("-0.0322") + R("0.0199") == R("-0.0123"))
# staff Q3
L.step(rounds("-0.1055", gb)); L.step(rounds("0.1528", b - gb / 2))
# Q4 prompt
xv = sp.Matrix([R("1.0"), R("-2.0")]); cv = sp.Matrix([0, 0, R("0.8")])
W = sp.Matrix([[R("0.5"), R("-0.4")], [R("0.1"), R("0.15")], [R("-0.3"), R("0.05")]])
L.define(3, "s = Wx + c, x, c"); L.define(3, "W, p_k, L"); L.define(note="y = 3")
s = W * xv + cv; ex = [sp.exp(t) for t in s]; Z = sum(ex); P = [t / Z for t in ex]; Lq = -sp.log(P[2])
g = sp.Matrix([P[0], P[1], P[2] - 1]); gW = g * xv.T; gxq = W.T * g
# S-7745
L.step(s == sp.Matrix([R("0.5") + R("0.8") + 0, R("0.1") - R("0.3") + 0, R("-0.3") - R("0.1") + R("0.8")]))
L.step(s == sp.Matrix([R("1.3"), R("-0.2"), R("0.4")]))
L.step(rounds("3.6693", ex[0])); L.step(rounds("0.8187", ex[1])); L.step(rounds("1.4918", ex[2]))
L.step(substituted(Z, lambda a, b_, c: a + b_ + c, "~3.6693", "~0.8187", "~1.4918"))
L.step(R("3.6693") + R("0.8187") + R("1.4918") == R("5.9698"), note="5.9798")
L.step(substituted(P[0], lambda a, zz: a / zz, "~3.6693", "~5.9698"), carried=True)
L.step(vec(["0.6146", "0.1371", "0.2499"], [R("3.6693") / R("5.9698"), R("0.8187") / R("5.9698"), R("1.4918") / R("5.9698")]))
L.step(substituted(Lq, lambda a: -sp.log(a), "~0.2499"), carried=True); L.step(rounds("1.3867", -sp.log(R("0.2499"))))
L.step(same(Lq, -s[2] + sp.log(Z))); L.step(True, note="dL/ds = p - e_y")
Pw = [R("0.6146"), R("0.1371"), R("0.2499")]
L.step(vec(["0.6146", "0.1371", "-0.7501"], g), carried=vec(["0.6146", "0.1371", "-0.7501"], [Pw[0], Pw[1], Pw[2] - 1]))
L.step(True, note="dL/dW = dL/ds x^T")
Gw = [["0.6146", "-1.2292"], ["0.1371", "-0.2742"], ["-0.7501", "1.5002"]]
gwv = [Pw[0], Pw[1], Pw[2] - 1]
L.step(all(rounds(Gw[i][j], gW[i, j]) for i in range(3) for j in range(2)), carried=all(rounds(Gw[i][j], gwv[i] * xv[j]) for i in range(3) for j in range(2)))
L.step(True, note="dL/dc = dL/ds")
# review 5216
L.step(R("0.6146") + R("0.1371") + R("0.2499") == R("1.0016"))
L.step(R("3.6693") + R("0.8187") + R("1.4918") == R("5.9798"))
L.step(vec(["0.6136", "0.1369", "0.2495"], P))
L.step(substituted(Lq, lambda a: -sp.log(a), "~0.2495")); L.step(rounds("1.3883", -sp.log(R("0.2495")), Lq))
# S-1580
sj = sp.symbols("s1:4", real=True)
Zs = sum(sp.exp(t) for t in sj)
L.define(note="L = -ln p_y"); L.step(same(-sp.log(sp.exp(sj[2]) / Zs), -sj[2] + sp.log(Zs), positive=False))
L.step(same(sp.diff(sp.log(Zs), sj[0]), sp.exp(sj[0]) / Zs, positive=False)); L.step(True, note="= p_j")
L.step(same(sp.diff(-sp.log(sp.exp(sj[2]) / Zs), sj[0]), sp.exp(sj[0]) / Zs, positive=False) and same(sp.diff(-sp.log(sp.exp(sj[2]) / Zs), sj[2]), sp.exp(sj[2]) / Zs - 1, positive=False))
pk = [sp.exp(t) / Zs for t in sj]
L.step(same(sp.diff(pk[0], sj[1]), pk[0] * (0 - pk[1]), positive=False) and same(sp.diff(pk[0], sj[0]), pk[0] * (1 - pk[0]), positive=False))
L.step(same(sum(sp.diff(pk[k], sj[0]) for k in range(3)), 1, positive=False), note="sums to 0")
L.step(vec(["0.6136", "0.1369", "0.2495"], P)); L.step(substituted(Lq, lambda a: -sp.log(a), "~0.2495")); L.step(rounds("1.3884", Lq))
L.step(rounds("1.0986", sp.log(3))); L.step(P[2] < sp.Rational(1, 3))
L.step(True, note="p - e3"); L.step(vec(["0.6136", "0.1369", "-0.7505"], g))
L.step(zero(sum(g)))
L.step(R("0.6136") + R("0.1369") - R("0.7505") == 0)
L.step(True, note="dL/dW_kj = (p_k - 1[k = y]) x_j")
L.step(False, note="x (p - e3)^T is 2 x 3, the transpose of dL/dW")
Tw = [["0.6136", "0.1369", "-0.7505"], ["-1.2272", "-0.2738", "1.5010"]]
Pr = [R("0.6136"), R("0.1369"), R("-0.7505")]
L.step(all(rounds(Tw[j][k], xv[j] * Pr[k]) for j in range(2) for k in range(3)))
L.step(True, note="W^T (p - e3)")
L.step(substituted(gxq[0], lambda a, b_, c: R("0.5") * a + R("0.1") * b_ - R("0.3") * c, "~0.6136", "~0.1369", "~-0.7505")
       and substituted(gxq[1], lambda a, b_, c: R("-0.4") * a + R("0.15") * b_ + R("0.05") * c, "~0.6136", "~0.1369", "~-0.7505"))
L.step(vec(["0.5456", "-0.2624"], [R("0.5") * R("0.6136") + R("0.1") * R("0.1369") - R("0.3") * R("-0.7505"), R("-0.4") * R("0.6136") + R("0.15") * R("0.1369") + R("0.05") * R("-0.7505")]))
L.define(note="eta = 0.1")
L.step(substituted(W[0, 0] - R("0.1") * gW[0, 0], lambda a: R("0.5") - R("0.1") * a, "~0.6136")
       and substituted(W[0, 1] - R("0.1") * gW[0, 1], lambda a: R("-0.4") + R("0.1") * a, "~1.2272"))
L.step(vec(["0.4386", "-0.2773"], [R("0.5") - R("0.1") * R("0.6136"), R("-0.4") + R("0.1") * R("1.2272")]))
# review 3005
L.step(True, note="dL/dW = (p - e3) x^T")
pp = sp.symbols("p1:4", positive=True)
L.step(True, note="sum_k p_k(1[k = j] - p_j) = p_j - p_j sum p_k = p_j - p_j, as sum p_k = 1"); L.step(True, note="= 0")
# staff Q4
L.step(rounds("5.9799", Z)); L.step(vec(["0.6136", "0.1369", "0.2495"], P)); L.step(rounds("1.3884", Lq)); L.step(vec(["0.5457", "-0.2624"], gxq))
L.done()
