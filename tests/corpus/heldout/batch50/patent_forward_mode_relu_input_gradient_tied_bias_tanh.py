"""Labels for patent_forward_mode_relu_input_gradient_tied_bias_tanh.tex: an issued US patent
(front-page INID fields, numbered paragraphs [00nn], FIG. references, numbered equations, a trace table,
claims, and a certificate of correction that fixes some of the specification's numbers).
tanh' by the quotient rule, as 4/(e^z + e^-z)^2, 1 - tanh^2 and sech^2, values at 0.8, the bounds,
tanh'' and its value; a scaled tanh 1.7159 tanh(2z/3); dual numbers and a forward-mode trace of
ln(x1^2 + x2) + x1 e^{-x2} at (1.5, 0.4) with two sweeps, the closed form and a directional derivative;
a 2-3-1 ReLU net with a linear output (forward, loss, output gradients, mask, delta, dL/dW1, dL/db1,
the input gradient W1^T delta and an input step, an SGD step on every parameter, a second forward pass);
a tied bias over two tanh units (dL/db = delta_1 + delta_2, forward, slopes, deltas, a step on b,
dL/dv_j, dL/dw_1); claims; the certificate's corrections.
Slips: the chain factor 2/3 dropped from psi' (psi'(0) carried); the tangent of e^{-v0} without its
minus sign (second sweep, df/dx2 and the directional derivative carried; the first sweep is unaffected);
the loss 0.5 (0.115)^2 without the half; one entry of delta x^T shifted a decimal place (the W1 update,
z_2', y_hat' and L' carried); 1 - h_2^2 taken as 1 - h_2 (delta_2, dL/db and the step on b carried)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch50/patent_forward_mode_relu_input_gradient_tied_bias_tanh.tex")
z = sp.symbols("z", real=True)
ez, emz = sp.exp(z), sp.exp(-z)
phi = sp.tanh(z)
L.define(note="phi = tanh"); L.step(same(sp.tanh(z), (ez - emz) / (ez + emz), [z], positive=False))
dphi = sp.diff(phi, z)
L.step(same(dphi, ((ez + emz) ** 2 - (ez - emz) ** 2) / (ez + emz) ** 2, [z], positive=False))
L.step(same(dphi, 4 / (ez + emz) ** 2, [z], positive=False))
L.step(same(dphi, 1 - sp.tanh(z) ** 2, [z], positive=False)); L.step(same(dphi, sp.sech(z) ** 2, [z], positive=False))
L.step(same(dphi, 1 - phi ** 2, [z], positive=False))
z0 = R("0.8")
t0 = sp.tanh(z0)
L.define(note="z = 0.8"); L.step(rounds("0.6640", t0))
L.step(substituted(1 - t0 ** 2, lambda t: 1 - t ** 2, "~0.6640")); L.step(rounds("0.4409", R("0.6640") ** 2, t0 ** 2)); L.step(R("1") - R("0.4409") == R("0.5591"))
s0 = sp.exp(z0) + sp.exp(-z0)
L.step(substituted(4 / s0 ** 2, lambda c: 4 / c ** 2, "~2.6749")); L.step(rounds("7.1549", R("2.6749") ** 2, s0 ** 2)); L.step(rounds("0.5591", 4 / R("7.1549")))
L.step(True, note="cosh z >= 1"); L.step(True, note="sech^2 > 0"); L.step(True, note="sech^2 <= 1"); L.step(dphi.subs(z, 0) == 1)
d2 = sp.diff(phi, z, 2)
L.step(same(d2, -2 * phi * dphi, [z], positive=False)); L.step(same(d2, -2 * sp.tanh(z) * (1 - sp.tanh(z) ** 2), [z], positive=False))
L.step(substituted(d2.subs(z, z0), lambda a, b: -2 * a * b, "~0.6640", "~0.5591")); L.step(rounds("-0.7425", -2 * R("0.6640") * R("0.5591"), d2.subs(z, z0)))
psi = R("1.7159") * sp.tanh(2 * z / 3)
L.define(note="psi"); L.step(True, note="psi(1) = 1.7159 tanh(2/3)"); L.step(substituted(psi.subs(z, 1), lambda t: R("1.7159") * t, "~0.5828"))
L.step(rounds("1.0000", R("1.7159") * R("0.5828"), psi.subs(z, 1)))
dpsi = sp.diff(psi, z)
L.step(same(dpsi, R("1.7159") * (1 - sp.tanh(2 * z / 3) ** 2), [z], positive=False), note="factor 2/3")
L.step(dpsi.subs(z, 0) == R("1.7159"), carried=True)
# dual numbers
a, b, ad, bd, eps = sp.symbols("a b ad bd epsilon", positive=True)
dual = lambda e: sp.series(e, eps, 0, 2).removeO()       # truncate at eps^2 = 0
L.define(2, "tangent, eps^2 = 0")
L.step(sp.expand(dual(sp.expand((a + ad * eps) * (b + bd * eps))) - (a * b + (a * bd + ad * b) * eps)) == 0)
L.step(sp.simplify(dual(sp.exp(a + ad * eps)) - (sp.exp(a) + ad * sp.exp(a) * eps)) == 0)
L.step(sp.simplify(dual(sp.log(a + ad * eps)) - (sp.log(a) + ad / a * eps)) == 0)
L.step(sp.expand(dual((R("1.5") + eps) ** 2)) == R("2.25") + 3 * eps)
e2 = dual(sp.log(R("2.65") + 3 * eps))
L.step(rounds("0.9746", e2.subs(eps, 0)) and rounds("1.1321", e2.coeff(eps)))
e3 = dual(sp.exp(-(R("0.4") + eps)))
L.step(rounds("0.6703", e3.subs(eps, 0)) and rounds("-0.6703", e3.coeff(eps)))
# trace
x1, x2 = sp.symbols("x1 x2", positive=True)
f = sp.log(x1 ** 2 + x2) + x1 * sp.exp(-x2)
pt = {x1: R("1.5"), x2: R("0.4")}
L.define(2, "f, point")
v = {}
v[-1], v[0] = R("1.5"), R("0.4")
v[1] = v[-1] ** 2; v[2] = v[1] + v[0]; v[3] = sp.log(v[2]); v[4] = sp.exp(-v[0]); v[5] = v[-1] * v[4]; v[6] = v[3] + v[5]
L.define(3, "v_-1 = x1 = 1.5, seed"); L.define(3, "v_0 = x2 = 0.4, seed")
u, ud, w, wd = sp.symbols("u ud w wd", real=True)
L.define(); L.step(v[1] == R("2.25")); L.step(True, note="d(u^2) = 2u du")
L.define(); L.step(v[2] == R("2.65")); L.step(True, note="sum rule")
L.define(); L.step(rounds("0.9746", v[3])); L.step(True, note="d ln u = du/u")
L.define(); L.step(rounds("0.6703", v[4]))
L.step(sp.simplify(sp.diff(sp.exp(-u), u) - sp.exp(-u)) == 0, note="d e^{-u} = -e^{-u} du")
L.define(); L.step(rounds("1.0055", v[5])); L.step(True, note="product rule")
L.define(); L.step(rounds("1.9801", R("0.9746") + R("1.0055"), v[6])); L.step(True, note="sum rule")
L.step(v[6] == f.subs(pt)); L.step(rounds("1.9801", R("0.9746") + R("1.0055"))); L.define(note="seed (1, 0)")
g1, g2 = sp.diff(f, x1).subs(pt), sp.diff(f, x2).subs(pt)
# sweep 1 (true tangents)
t1 = {-1: 1, 0: 0}
t1[1] = 2 * v[-1] * t1[-1]; t1[2] = t1[1] + t1[0]; t1[3] = t1[2] / v[2]; t1[4] = -v[4] * t1[0]; t1[5] = t1[-1] * v[4] + v[-1] * t1[4]; t1[6] = t1[3] + t1[5]
L.step(t1[1] == 2 * R("1.5") * 1); L.step(t1[1] == 3); L.step(t1[2] == 3 + 0); L.step(t1[2] == 3)
L.step(t1[3] == 3 / R("2.65")); L.step(rounds("1.1321", 3 / R("2.65")))
L.step(t1[4] == R("0.6703") * 0); L.step(t1[4] == 0)
L.step(substituted(t1[5], lambda c: 1 * c + R("1.5") * 0, "~0.6703")); L.step(True, note="1(0.6703) + 0 = 0.6703")
L.step(substituted(t1[6], lambda p, q: p + q, "~1.1321", "~0.6703")); L.step(R("1.1321") + R("0.6703") == R("1.8024"))
L.step(t1[6] == g1); L.step(rounds("1.8024", g1))
L.define(note="seed (0, 1)")
t2 = {-1: 0, 0: 1}
t2[1] = 2 * v[-1] * t2[-1]; t2[2] = t2[1] + t2[0]; t2[3] = t2[2] / v[2]; t2[4] = -v[4] * t2[0]; t2[5] = t2[-1] * v[4] + v[-1] * t2[4]; t2[6] = t2[3] + t2[5]
w4 = v[4] * t2[0]; w5 = t2[-1] * v[4] + v[-1] * w4; w6 = t2[3] + w5          # the writer's rule
L.step(t2[1] == 2 * R("1.5") * 0); L.step(t2[1] == 0); L.step(t2[2] == 0 + 1); L.step(t2[2] == 1)
L.step(t2[3] == 1 / R("2.65")); L.step(rounds("0.3774", 1 / R("2.65")))
L.step(substituted(t2[4], lambda c: c * 1, "~0.6703"), carried=substituted(w4, lambda c: c * 1, "~0.6703")); L.step(R("0.6703") * 1 == R("0.6703"))
L.step(substituted(t2[5], lambda c: 0 * c + R("1.5") * c, "~0.6703"), carried=substituted(w5, lambda c: 0 * c + R("1.5") * c, "~0.6703"))
L.step(rounds("1.0055", R("1.5") * R("0.6703"), w5))
L.step(substituted(t2[6], lambda p, q: p + q, "~0.3774", "~1.0055"), carried=substituted(w6, lambda p, q: p + q, "~0.3774", "~1.0055"))
L.step(R("0.3774") + R("1.0055") == R("1.3829"))
L.step(rounds("1.3829", g2), carried=rounds("1.3829", w6, R("0.3774") + R("1.0055")))
L.step(same(sp.diff(f, x1), 2 * x1 / (x1 ** 2 + x2) + sp.exp(-x2), [x1, x2]))
L.step(substituted(g1, lambda c: 3 / R("2.65") + c, "~0.6703")); L.step(rounds("1.8024", 3 / R("2.65") + R("0.6703"), g1))
L.define(2, "s = u, u")
Du = R("0.6") * g1 + R("0.8") * g2
L.step(True, note="directional derivative = grad . u")
L.step(substituted(Du, lambda p, q: R("0.6") * p + R("0.8") * q, "~1.8024", "~1.3829"),
       carried=substituted(R("0.6") * g1 + R("0.8") * w6, lambda p, q: R("0.6") * p + R("0.8") * q, "~1.8024", "~1.3829"))
L.step(rounds("1.0814", R("0.6") * R("1.8024")) and rounds("1.1063", R("0.8") * R("1.3829")))
L.step(R("1.0814") + R("1.1063") == R("2.1877"))
# ReLU network
W1 = sp.Matrix([[R("0.5"), R("-0.3")], [R("0.2"), R("0.4")], [R("-0.6"), R("0.1")]])
b1 = sp.Matrix([R("0.1"), R("-0.2"), R("0.05")]); w2 = sp.Matrix([R("0.7"), R("-0.5"), R("0.3")]); b2 = R("0.1")
x = sp.Matrix([R("1.0"), R("0.5")]); y = R("0.2")
L.define(6, "parameters and data")
zz = W1 * x + b1
L.define(note="z = W1 x + b1")
L.step(zz[0] == R("0.5") * 1 + R("-0.3") * R("0.5") + R("0.1")); L.step(zz[0] == R("0.45"))
L.step(zz[1] == R("0.2") * 1 + R("0.4") * R("0.5") + R("-0.2")); L.step(zz[1] == R("0.2"))
L.step(zz[2] == R("-0.6") * 1 + R("0.1") * R("0.5") + R("0.05")); L.step(zz[2] == R("-0.5"))
hh = zz.applyfunc(lambda t: max(t, 0))
L.define(note="h = ReLU(z)"); L.step(list(hh) == [R("0.45"), R("0.2"), 0])
yh = (w2.T * hh)[0] + b2
L.define(note="y hat"); L.step(yh == R("0.7") * R("0.45") + R("-0.5") * R("0.2") + R("0.3") * 0 + R("0.1")); L.step(yh == R("0.315"))
Lv = (yh - y) ** 2 / 2
L.define(note="L"); L.step(Lv == R("0.115") ** 2 / 2); L.step(rounds("0.0132", Lv), note="forgot the half")
g = yh - y
L.define(note="g := y hat - y"); L.step(g == R("0.115"))
L.step(True, note="dL/db2 = g"); L.step(g == R("0.115"))
L.step(True, note="dL/dw2 = g h"); L.step(list(g * hh) == [R("0.05175"), R("0.023"), 0])
L.step(True, note="dL/dh = g w2"); L.step(list(g * w2) == [R("0.0805"), R("-0.0575"), R("0.0345")])
mask = sp.Matrix([1 if t > 0 else 0 for t in zz])
L.define(note="mask"); L.step(list(mask) == [1, 1, 0])
delta = sp.matrix_multiply_elementwise(mask, g * w2)
# check the mask rule against a direct derivative of the unrolled loss in z
zs = sp.symbols("z1:4", real=True)
Lz = (sum(w2[i] * sp.Max(zs[i], 0) for i in range(3)) + b2 - y) ** 2 / 2
assert [sp.diff(Lz, zs[i]).subs(dict(zip(zs, zz))) for i in range(3)] == list(delta)
L.define(note="delta := dL/dz"); L.step(True, note="mask times dL/dh"); L.step(list(delta) == [R("0.0805"), R("-0.0575"), 0])
gW = delta * x.T
L.step(True, note="dL/dW1 = delta x^T")
L.step(gW == sp.Matrix([[R("0.0805"), R("0.04025")], [R("-0.0575"), R("-0.2875")], [0, 0]]), note="-0.02875")
L.step(True, note="dL/db1 = delta"); L.step(list(delta) == [R("0.0805"), R("-0.0575"), 0])
L.define(note="z_i = sum_j W_ij x_j + b_i"); L.step(True, note="chain rule through z_i")
xs_ = sp.symbols("xa xb", real=True)
Lx = (sum(w2[i] * sp.Max((W1[i, 0] * xs_[0] + W1[i, 1] * xs_[1] + b1[i]), 0) for i in range(3)) + b2 - y) ** 2 / 2
gx = sp.Matrix([sp.diff(Lx, s_).subs({xs_[0]: x[0], xs_[1]: x[1]}) for s_ in xs_])
L.step(gx == W1.T * delta)
L.step(gx == sp.Matrix([R("0.5") * R("0.0805") + R("0.2") * R("-0.0575") + R("-0.6") * 0, R("-0.3") * R("0.0805") + R("0.4") * R("-0.0575") + R("0.1") * 0]))
L.step(gx == sp.Matrix([R("0.02875"), R("-0.04715")]))
L.define(2, "input rule, gamma = 2")
L.step(x - 2 * gx == sp.Matrix([1 - R("0.0575"), R("0.5") + R("0.0943")])); L.step(x - 2 * gx == sp.Matrix([R("0.9425"), R("0.5943")]))
L.define(2, "update rule, eta = 0.5")
eta = R("0.5")
W1n = W1 - eta * gW; b1n = b1 - eta * delta; w2n = w2 - eta * g * hh; b2n = b2 - eta * g
gWw = gW.copy(); gWw[1, 1] = R("-0.2875")
W1w = W1 - eta * gWw
Wwr = sp.Matrix([[R("0.45975"), R("-0.320125")], [R("0.22875"), R("0.54375")], [R("-0.6"), R("0.1")]])
L.step(W1n == Wwr, carried=W1w == Wwr)
L.define(note="b1 rule"); L.step(list(b1n) == [R("0.05975"), R("-0.17125"), R("0.05")])
L.step(list(w2n) == [R("0.674125"), R("-0.5115"), R("0.3")]); L.step(b2n == R("0.1") - R("0.5") * R("0.115")); L.step(b2n == R("0.0425"))
zn = W1n * x + b1n; zw = W1w * x + b1n
L.step(zn[0] == R("0.45975") - R("0.1600625") + R("0.05975")); L.step(zn[0] == R("0.3594375"))
L.step(zn[1] == R("0.22875") + R("0.271875") - R("0.17125"), carried=zw[1] == R("0.22875") + R("0.271875") - R("0.17125"))
L.step(R("0.22875") + R("0.271875") - R("0.17125") == R("0.329375"))
L.step(zn[2] == R("-0.5"))
hn = zn.applyfunc(lambda t: max(t, 0)); hw = zw.applyfunc(lambda t: max(t, 0))
yn = (w2n.T * hn)[0] + b2n; yw = (w2n.T * hw)[0] + b2n
expr = R("0.674125") * R("0.3594375") - R("0.5115") * R("0.329375") + R("0.0425")
L.step(yn == expr, carried=yw == expr)
L.step(rounds("0.2423", R("0.674125") * R("0.3594375")) and rounds("0.1685", R("0.5115") * R("0.329375")))
L.step(rounds("0.1163", R("0.2423") - R("0.1685") + R("0.0425"), expr))
Ln, Lw = (yn - y) ** 2 / 2, (yw - y) ** 2 / 2
L.step(substituted(Ln, lambda c: (c - R("0.2")) ** 2 / 2, "~0.1163"), carried=substituted(Lw, lambda c: (c - R("0.2")) ** 2 / 2, "~0.1163"))
L.step(rounds("0.0035", (R("0.1163") - R("0.2")) ** 2 / 2))
L.step(Ln < Lv)
# tied bias
L.define(4, "z_j, h_j, y hat, L")
xb, wa, wb, bb, va, vb, yb = sp.symbols("x w1 w2 b v1 v2 y", real=True)
za_, zb_ = wa * xb + bb, wb * xb + bb
Lt = ((va * sp.tanh(za_) + vb * sp.tanh(zb_)) - yb) ** 2 / 2
L.step(sp.diff(za_, bb) == sp.diff(zb_, bb)); L.step(sp.diff(za_, bb) == 1)
resid = va * sp.tanh(za_) + vb * sp.tanh(zb_) - yb
d1s, d2s = resid * va * (1 - sp.tanh(za_) ** 2), resid * vb * (1 - sp.tanh(zb_) ** 2)
L.step(True, note="chain rule over both paths"); L.step(same(sp.diff(Lt, bb), d1s + d2s, positive=False))
L.define(note="delta_j :="); L.step(same(sp.diff(Lt, wa) / xb, d1s, positive=False), note="dL/dz_1 = (y hat - y) v_1 (1 - h_1^2)")
L.step(True, note="untied gradients sum to the tied one")
vals = {xb: R("0.5"), wa: R("1.2"), wb: R("-0.8"), bb: R("0.1"), va: R("0.6"), vb: R("0.9"), yb: R("0.3")}
L.define(7, "data")
za, zb = za_.subs(vals), zb_.subs(vals)
L.step(za == R("1.2") * R("0.5") + R("0.1")); L.step(za == R("0.7")); L.step(zb == R("-0.8") * R("0.5") + R("0.1")); L.step(zb == R("-0.3"))
ha, hb = sp.tanh(za), sp.tanh(zb)
L.step(True, note="h1 = tanh 0.7"); L.step(rounds("0.6044", ha)); L.step(True, note="h2 = tanh(-0.3)"); L.step(rounds("-0.2913", hb))
yt = R("0.6") * ha + R("0.9") * hb
L.step(substituted(yt, lambda p, q: R("0.6") * p + R("0.9") * q, "~0.6044", "~-0.2913"))
L.step(rounds("0.3626", R("0.6") * R("0.6044")) and rounds("-0.2622", R("0.9") * R("-0.2913"))); L.step(rounds("0.1004", R("0.3626") - R("0.2622"), yt))
gt = yt - R("0.3")
L.step(substituted(gt, lambda c: c - R("0.3"), "~0.1004")); L.step(rounds("-0.1996", R("0.1004") - R("0.3"), gt))
L.step(substituted(gt ** 2 / 2, lambda c: c ** 2 / 2, "~0.1996")); L.step(rounds("0.0199", R("0.1996") ** 2 / 2, gt ** 2 / 2))
sa, sb = 1 - ha ** 2, 1 - hb ** 2
L.step(substituted(sa, lambda c: 1 - c, "~0.3653") and rounds("0.3653", R("0.6044") ** 2, ha ** 2)); L.step(R("1") - R("0.3653") == R("0.6347"))
L.step(substituted(sb, lambda c: 1 - c, "~-0.2913"), note="1 - h2, not 1 - h2^2"); L.step(1 - R("-0.2913") == R("1.2913"))
da, db = gt * R("0.6") * sa, gt * R("0.9") * sb
dbw = gt * R("0.9") * (1 - hb)
f3 = lambda p, q: p * R("0.6") * q
L.step(substituted(da, f3, "~-0.1996", "~0.6347")); L.step(rounds("-0.0760", R("-0.1996") * R("0.6") * R("0.6347"), da))
f4 = lambda p, q: p * R("0.9") * q
L.step(substituted(db, f4, "~-0.1996", "~1.2913"), carried=substituted(dbw, f4, "~-0.1996", "~1.2913"))
L.step(rounds("-0.2320", R("-0.1996") * R("0.9") * R("1.2913"), dbw))
Lnum = Lt.subs(vals)
dLdb = sp.diff(Lt, bb).subs(vals)
assert abs(sp.N(dLdb - (da + db), 30)) < 1e-25
L.step(True, note="dL/db = delta1 + delta2")
L.step(substituted(dLdb, lambda p, q: p + q, "~-0.0760", "~-0.2320"), carried=substituted(da + dbw, lambda p, q: p + q, "~-0.0760", "~-0.2320"))
L.step(R("-0.0760") + R("-0.2320") == R("-0.3080"))
L.define(2, "eta, rule")
L.step(substituted(R("0.1") - R("0.5") * dLdb, lambda c: R("0.1") - R("0.5") * c, "~-0.3080"),
       carried=substituted(R("0.1") - R("0.5") * (da + dbw), lambda p, q: R("0.1") - R("0.5") * (p + q), "~-0.0760", "~-0.2320"))  # -0.3080 built from both
L.step(R("0.1") - R("0.5") * R("-0.3080") == R("0.2540"))
L.step(True, note="dL/dv1 = (y hat - y) h1"); L.step(substituted(gt * ha, lambda p, q: p * q, "~-0.1996", "~0.6044")); L.step(rounds("-0.1206", R("-0.1996") * R("0.6044"), gt * ha))
L.step(True, note="dL/dv2 = (y hat - y) h2"); L.step(substituted(gt * hb, lambda p, q: p * q, "~-0.1996", "~-0.2913")); L.step(rounds("0.0581", R("-0.1996") * R("-0.2913"), gt * hb))
assert abs(sp.N(sp.diff(Lt, va).subs(vals) - gt * ha)) < 1e-25
L.step(True, note="dL/dw1 = delta1 x"); L.step(rounds("-0.0380", sp.diff(Lt, wa).subs(vals)))
# claims
L.step(True, note="shared bias: sum of deltas"); L.step(True, note="delta_j"); L.step(True, note="phi' = 1 - phi^2")
L.step(True, note="ReLU deltas"); L.step(True, note="input gradient W1^T delta"); L.define(note="input step rule")
L.define(note="v = e^{-u}"); L.step(sp.diff(sp.exp(-u), u) == -sp.exp(-u), note="v' = -v u'")
L.define(note="parameter rule")
# certificate
L.step(True, note="dv4 = -v4 dv0")
L.step(rounds("-0.6703", t2[4])); L.step(substituted(t2[5], lambda c: R("1.5") * c, "~-0.6703")); L.step(rounds("-1.0055", R("1.5") * R("-0.6703"), t2[5]))
L.step(substituted(t2[6], lambda p, q: p + q, "~0.3774", "~-1.0055")); L.step(R("0.3774") - R("1.0055") == R("-0.6281"))
L.step(rounds("-0.6281", g2)); L.step(same(sp.diff(f, x2), 1 / (x1 ** 2 + x2) - x1 * sp.exp(-x2), [x1, x2]))
L.step(substituted(Du, lambda p, q: R("0.6") * p + R("0.8") * q, "~1.8024", "~-0.6281"))
L.step(rounds("1.0814", R("0.6") * R("1.8024")) and rounds("-0.5025", R("0.8") * R("-0.6281"))); L.step(R("1.0814") - R("0.5025") == R("0.5789"))
L.step(substituted(sb, lambda c: 1 - c, "~0.0849") and rounds("0.0849", hb ** 2)); L.step(R("1") - R("0.0849") == R("0.9151"))
L.step(substituted(db, f4, "~-0.1996", "~0.9151")); L.step(rounds("-0.1644", R("-0.1996") * R("0.9") * R("0.9151"), db))
L.step(substituted(dLdb, lambda p, q: p + q, "~-0.0760", "~-0.1644")); L.step(R("-0.0760") - R("0.1644") == R("-0.2404"))
L.step(substituted(R("0.1") - R("0.5") * dLdb, lambda c: R("0.1") - R("0.5") * c, "~-0.2404")); L.step(R("0.1") - R("0.5") * R("-0.2404") == R("0.2202"))
e_ = R("0.001")
L.define(note="eps"); L.step(rounds("-0.2404", (Lt.subs({**vals, bb: R("0.1") + e_}) - Lt.subs({**vals, bb: R("0.1") - e_})) / (2 * e_)))
L.done()
