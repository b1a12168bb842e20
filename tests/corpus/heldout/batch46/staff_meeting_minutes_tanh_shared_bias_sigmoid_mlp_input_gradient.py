"""Labels for staff_meeting_minutes_tanh_shared_bias_sigmoid_mlp_input_gradient.tex: minutes of a course staff
meeting (whiteboard formulas copied with the wrong turns left in, initials in small capitals, action items).
tanh' by the quotient rule, through the sigmoid, values and chain-rule variants; a 2-2-1 network whose sigmoid
hidden units share one bias (forward and backward pass, dL/db = delta_1 + delta_2, dL/dW_1 = delta x^T, an SGD step
and a second forward pass); the input gradient W_1^T delta; a sigmoid output with cross-entropy; the tanh variant."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402


def sub(true_value, f, *written):
    """Like truth.substituted, but a written number may be given as (text, bound): a number the writer built from
    their own rounded numbers, with the error bound of the numbers it came from (plus its own rounding)."""
    xs, hs = [], []
    for w_ in written:
        if isinstance(w_, tuple):
            xs.append(R(w_[0])); hs.append(sp.nsimplify(w_[1]))
        elif w_.startswith("~"):
            xs.append(R(w_[1:])); hs.append(sp.Rational(1, 10 ** len(w_.split(".")[1])) / 2)
        else:
            xs.append(R(w_)); hs.append(0)
    val = sp.N(f(*xs), 40)
    bound = 0
    for k in range(len(xs)):
        if hs[k]:
            up = list(xs); up[k] += hs[k]
            bound += abs(sp.N(f(*up), 40) - val)
    return abs(val - sp.N(true_value, 40)) <= bound * sp.Rational(11, 10) + sp.Rational(1, 10 ** 12)


H = sp.Rational(1, 20000)          # half a unit in the 4th place

L = Labels("batch46/staff_meeting_minutes_tanh_shared_bias_sigmoid_mlp_input_gradient.tex")
z, x = sp.symbols("z x", real=True)
sig = lambda t: 1 / (1 + sp.exp(-t))
th = sp.tanh
u, w = sp.exp(z) - sp.exp(-z), sp.exp(z) + sp.exp(-z)

# --- 1. tanh'
L.define(3, "tanh, u, w")
L.step(same(sp.diff(u, z), w, positive=False)); L.step(same(sp.diff(w, z), u, positive=False))
dth = sp.diff(th(z), z)
L.step(same(dth, (sp.diff(u, z) * w - u * sp.diff(w, z)) / w ** 2, positive=False))
L.step(same((w ** 2 - u ** 2) / w ** 2, (sp.diff(u, z) * w - u * sp.diff(w, z)) / w ** 2, positive=False))
L.step(same(1 - u ** 2 / w ** 2, (w ** 2 - u ** 2) / w ** 2, positive=False))
L.step(same(1 - th(z) ** 2, 1 - u ** 2 / w ** 2, positive=False))
L.step(same(w ** 2 - u ** 2, (sp.exp(z) + sp.exp(-z)) ** 2 - (sp.exp(z) - sp.exp(-z)) ** 2, positive=False))
L.step(same(w ** 2 - u ** 2, 4, positive=False))
L.step(same(dth, 4 / w ** 2, positive=False)); L.step(same(4 / w ** 2, 1 / sp.cosh(z) ** 2, positive=False))
L.step(same(1 / sp.cosh(z) ** 2, sp.sech(z) ** 2, positive=False))
L.step(same(sp.diff(sig(z), z), sig(z) * (1 - sig(z)), positive=False))
L.step(same(th(z), (1 - sp.exp(-2 * z)) / (1 + sp.exp(-2 * z)), positive=False))
L.step(same((1 - sp.exp(-2 * z)) / (1 + sp.exp(-2 * z)), 2 / (1 + sp.exp(-2 * z)) - 1, positive=False))
L.step(same(2 / (1 + sp.exp(-2 * z)) - 1, 2 * sig(2 * z) - 1, positive=False))
dsig = lambda t: sig(t) * (1 - sig(t))
L.step(same(dth, 2 * dsig(2 * z), positive=False), note="factor 4")
L.step(True, note="2 sigma'(2z) = 2 sigma(2z)(1 - sigma(2z))")
wrong_val = 2 * dsig(1)
L.step(sp.N(dth.subs(z, R("0.5"))) == sp.N(wrong_val), carried=True)
L.step(substituted(wrong_val, lambda a, b: 2 * a * b, "~0.7311", "~0.2689"))
L.step(rounds("0.3932", 2 * R("0.7311") * R("0.2689")))
L.step(rounds("0.4621", th(R("0.5")))); L.step(substituted(1 - th(R("0.5")) ** 2, lambda a: 1 - a ** 2, "~0.4621"))
L.step(rounds("0.7865", 1 - R("0.4621") ** 2))
L.step(same(dth, 2 * 2 * dsig(2 * z), positive=False)); L.step(True, note="4 sigma'(2z) expanded")
L.step(substituted(dth.subs(z, R("0.5")), lambda a, b: 4 * a * b, "~0.7311", "~0.2689"))
L.step(rounds("0.7864", 4 * R("0.7311") * R("0.2689")))
d2 = sp.diff(th(z), z, 2)
L.step(same(d2, sp.diff(1 - th(z) ** 2, z), positive=False)); L.step(same(d2, -2 * th(z) * dth, positive=False))
L.step(same(d2, -2 * th(z) * (1 - th(z) ** 2), positive=False))
L.step(substituted(d2.subs(z, R("0.5")), lambda a, b: -2 * a * b, "~0.4621", "~0.7864"))
L.step(rounds("-0.7268", -2 * R("0.4621") * R("0.7864")))
L.step(True, note="0 < tanh' (1 - tanh^2 with |tanh| < 1)"); L.step(True, note="tanh' <= 1")
L.step(dth.subs(z, 0) == 1)
L.step(rounds("0.7616", th(1))); L.step(substituted(dth.subs(z, 1), lambda a: 1 - a ** 2, "~0.7616"))
L.step(rounds("0.5800", R("0.7616") ** 2)); L.step(1 - R("0.5800") == R("0.4200"))
L.step(rounds("0.9640", th(2))); L.step(substituted(dth.subs(z, 2), lambda a: 1 - a ** 2, "~0.9640"))
L.step(rounds("0.9293", R("0.9640") ** 2)); L.step(1 - R("0.9293") == R("0.0707"))
L.define(note="z = -0.5")
L.step(sp.N(dth.subs(z, R("-0.5")) + dth.subs(z, R("0.5"))) == 0, note="tanh' is even")
L.step(True, note="-tanh'(0.5) = -0.7864 between members")
L.step(substituted(dth.subs(z, R("-0.5")), lambda a: 1 - a ** 2, "~-0.4621"))
L.step(substituted(dth.subs(z, R("0.5")), lambda a: 1 - a ** 2, "~-0.4621"))
L.step(rounds("0.7864", dth.subs(z, R("0.5"))))
L.step(same(sp.diff(th(3 * z), z), 3 * (1 - th(3 * z) ** 2), positive=False))
L.step(same(sp.diff(th(x ** 2), x), 2 * x * sp.sech(x ** 2) ** 2, positive=False))
L.step(same(sp.diff(sp.log(sp.cosh(z)), z), th(z), positive=False))
L.step(same(sp.diff(th(z) ** 2, z), 2 * th(z) * sp.sech(z) ** 2, positive=False))
L.step(same(sp.diff(1 / (1 + th(z)), z), -sp.sech(z) ** 2 / (1 + th(z)) ** 2))

# --- 2. shared-bias network
L.define(4, "z_j, h_j, y_hat, L")
L.step(False, note="quoted draft: average of the two unit gradients")
L.step(True, note="dz_j/db = 1")
L.define(note="delta_j :=")
L.step(True, note="dL/dz_j = (y_hat - y) v_j sigma'(z_j)"); L.step(True, note="sigma' = h(1 - h)")
# symbolic check of the bias gradient on the net itself
x1, x2, bb, cc, v1, v2, yy, a11, a12, a21, a22 = sp.symbols("x1 x2 b c v1 v2 y a11 a12 a21 a22", real=True)
z1s, z2s = a11 * x1 + a12 * x2 + bb, a21 * x1 + a22 * x2 + bb
yhs = v1 * sig(z1s) + v2 * sig(z2s) + cc
Ls = (yhs - yy) ** 2 / 2
d1s, d2s = (yhs - yy) * v1 * dsig(z1s), (yhs - yy) * v2 * dsig(z2s)
zt1, zt2 = sp.symbols("zt1 zt2", real=True)
Lt = ((v1 * sig(zt1) + v2 * sig(zt2) + cc) - yy) ** 2 / 2
chain = (sp.diff(Lt, zt1) * 1 + sp.diff(Lt, zt2) * 1).subs({zt1: z1s, zt2: z2s})
L.step(same(sp.diff(Ls, bb), chain, positive=False), note="chain rule over z_1 and z_2")
L.step(same(sp.diff(Ls, bb), d1s + d2s, positive=False)); L.step(True, note="1^T delta")
L.step(True, note="separate b_1"); L.step(True, note="separate b_2")
L.define(6, "data")
X = [R("0.5"), R("-1.0")]
W = [[R("0.4"), R("-0.2")], [R("0.3"), R("0.5")]]
b, v, c, y = R("0.1"), [R("0.7"), R("-0.6")], R("0.2"), R("0.5")
zz = [W[j][0] * X[0] + W[j][1] * X[1] + b for j in range(2)]
h = [sig(t) for t in zz]
yh = v[0] * h[0] + v[1] * h[1] + c
g = yh - y
Lv = g ** 2 / 2
L.step(True, note="z_1 = w_1^T x + b"); L.step(zz[0] == R("0.4") * R("0.5") + R("-0.2") * R("-1.0") + R("0.1"))
L.step(zz[0] == R("0.5")); L.step(zz[1] == R("0.3") * R("0.5") + R("0.5") * R("-1.0") + R("0.1")); L.step(zz[1] == R("-0.25"))
L.step(True); L.step(rounds("0.6225", h[0])); L.step(True); L.step(rounds("0.4378", h[1]))
L.step(substituted(yh, lambda a, b_: R("0.7") * a + R("-0.6") * b_ + R("0.2"), "~0.6225", "~0.4378"))
L.step(rounds("0.4358", R("0.7") * R("0.6225")) and rounds("0.2627", R("0.6") * R("0.4378")))
L.step(R("0.4358") - R("0.2627") + R("0.2") == R("0.3731"))
YH = ("0.3731", R("0.7") * H + R("0.6") * H + 3 * H)     # 0.3731 as built, with its bound
assert abs(sp.N(yh) - R("0.3731")) <= YH[1]
G = ("-0.1269", YH[1])
L.define(note="g = y_hat - y"); L.step(sub(g, lambda a: a - R("0.5"), YH)); L.step(R("0.3731") - R("0.5") == R("-0.1269"))
L.step(sub(Lv, lambda a: a ** 2 / 2, G)); L.step(rounds("0.0081", R("-0.1269") ** 2 / 2))
# backward
dv = [g * hh for hh in h]
L.step(True, note="dL/dc = g"); L.step(rounds("-0.1269", g, R("0.3731") - R("0.5")), note="g as written")
L.step(True, note="dL/dv = g h")
L.step(sub(dv[0], lambda a, b_: a * b_, G, "~0.6225") and sub(dv[1], lambda a, b_: a * b_, G, "~0.4378"))
L.step(rounds("-0.0790", R("-0.1269") * R("0.6225")) and rounds("-0.0556", R("-0.1269") * R("0.4378")))
sp1, sp2 = dsig(zz[0]), dsig(zz[1])
L.step(substituted(sp1, lambda a: a * (1 - a), "~0.6225")); L.step(1 - R("0.6225") == R("0.3775"))
L.step(rounds("0.2350", R("0.6225") * R("0.3775")))
L.step(substituted(sp2, lambda a, b_: a * b_, "~0.4378", "~0.5622") and 1 - R("0.4378") == R("0.5622"))
L.step(rounds("0.2461", R("0.4378") * R("0.5622")))
d = [g * v[0] * sp1, g * v[1] * sp2]
L.step(True, note="delta_1 = g v_1 sigma'(z_1)")
L.step(sub(d[0], lambda a, s_: a * R("0.7") * s_, G, "~0.2350")); L.step(rounds("-0.0209", R("-0.1269") * R("0.7") * R("0.2350")))
L.step(sub(d[1], lambda a, s_: a * R("-0.6") * s_, G, "~0.2461")); L.step(rounds("0.0188", R("-0.1269") * R("-0.6") * R("0.2461"), d[1]))
db = d[0] + d[1]
L.step(True, note="dL/db = delta_1 + delta_2"); L.step(substituted(db, lambda a, b_: a + b_, "~-0.0209", "~0.0188"))
L.step(R("-0.0209") + R("0.0188") == R("-0.0021"))
L.step(rounds("-0.00105", R("-0.0021") / 2))
L.define(note="epsilon")
eps = sp.Rational(1, 10 ** 4)
def loss_b(bv):
    zq = [W[j][0] * X[0] + W[j][1] * X[1] + bv for j in range(2)]
    return ((v[0] * sig(zq[0]) + v[1] * sig(zq[1]) + c) - y) ** 2 / 2
cd = (loss_b(b + eps) - loss_b(b - eps)) / (2 * eps)
L.step(rounds("-0.0021", cd, approx=True))
dW = [[d[j] * X[i] for i in range(2)] for j in range(2)]
L.step(True, note="dL/dW_1 = delta x^T")
L.step(True, note="delta x^T with the written delta")
L.step(all(rounds(s_, dW[j][i], R(["-0.0209", "0.0188"][j]) * X[i]) for (j, i), s_ in
           zip([(0, 0), (0, 1), (1, 0), (1, 1)], ["-0.0104", "0.0209", "0.0094", "-0.0188"])))
xdT = [[X[j] * d[i] for i in range(2)] for j in range(2)]
L.step(all(sp.N(xdT[j][i] - dW[j][i]) == 0 for j in range(2) for i in range(2)), note="x delta^T is the transpose")
L.step(all(rounds(s_, xdT[j][i], X[j] * R(["-0.0209", "0.0188"][i])) for (j, i), s_ in
           zip([(0, 0), (0, 1), (1, 0), (1, 1)], ["-0.0104", "0.0094", "0.0209", "-0.0188"])))
L.step(True, note="delta = (W_2^T delta_out) * sigma'(z)"); L.define(note="W_2 = v^T"); L.step(True, note="delta_out = dL/dy_hat = g")
L.step(True, note="delta = g v * sigma'(z)")
# SGD
L.define(note="eta = 0.5"); L.define(note="rule")
eta = R("0.5")
bn = b - eta * db
L.step(substituted(bn, lambda a: R("0.1") - R("0.5") * a, "~-0.0021")); L.step(rounds("0.1011", R("0.1") - R("0.5") * R("-0.0021"), bn))
cn = c - eta * g
L.step(sub(cn, lambda a: R("0.2") - R("0.5") * a, G)); L.step(rounds("0.2635", cn, R("0.2") + R("0.5") * R("0.1269")))
vn = [v[k] - eta * dv[k] for k in range(2)]
L.step(substituted(vn[0], lambda a: R("0.7") - R("0.5") * a, "~-0.0790") and substituted(vn[1], lambda a: R("-0.6") - R("0.5") * a, "~-0.0556"))
L.step(R("0.7") - R("0.5") * R("-0.0790") == R("0.7395") and R("-0.6") - R("0.5") * R("-0.0556") == R("-0.5722"))
L.step(sub(cn, lambda a: R("0.2") + R("0.5") * a, G), note="sign slip")
L.step(rounds("0.1366", R("0.2") + R("0.5") * R("-0.1269")))
# second forward pass
z1n, z2n = zz[0] + (bn - b), zz[1] + (bn - b)
L.step(substituted(z1n, lambda a: R("0.5") + a, "~0.0011")); L.step(R("0.5") + R("0.0011") == R("0.5011"))
L.step(substituted(z2n, lambda a: R("-0.25") + a, "~0.0011")); L.step(R("-0.25") + R("0.0011") == R("-0.2489"))
L.step(True, note="h_1 = sigma(0.5011)"); L.step(rounds("0.6277", sig(z1n), sig(R("0.5011"))), note="0.6227")
L.step(True); L.step(rounds("0.4381", sig(z2n), sig(R("-0.2489"))))
yhn = vn[0] * sig(z1n) + vn[1] * sig(z2n) + cn
f = lambda a, b_, c_, d_, e_: a * b_ + c_ * d_ + e_
ok_sub = substituted(yhn, f, "~0.7395", "~0.6277", "~-0.5722", "~0.4381", "~0.2635")
L.step(ok_sub, carried=substituted(yhn, f, "~0.7395", "~0.6227", "~-0.5722", "~0.4381", "~0.2635"))
L.step(rounds("0.4642", R("0.7395") * R("0.6277")) and rounds("0.2507", R("0.5722") * R("0.4381")))
L.step(R("0.4642") - R("0.2507") + R("0.2635") == R("0.4770"))
Ln = (yhn - y) ** 2 / 2
L.step(substituted(Ln, lambda a: (a - R("0.5")) ** 2 / 2, "~0.4770"), carried=True)
L.step((R("0.4770") - R("0.5")) ** 2 == R("0.000529")); L.step(rounds("0.0003", R("0.000529") / 2))
L.step(rounds("0.0003", Ln), carried=True); L.step(R("0.0003") < R("0.0081"))
# --- 3. input gradient
gx = [W[0][i] * d[0] + W[1][i] * d[1] for i in range(2)]
Wd = [W[i][0] * d[0] + W[i][1] * d[1] for i in range(2)]
L.step(all(sp.N(gx[i] - Wd[i]) == 0 for i in range(2)), note="W_1 delta, not W_1^T delta")
L.step(True, note="W_1 delta written out with the written deltas")
L.step(rounds("-0.0121", R("0.4") * R("-0.0209") + R("-0.2") * R("0.0188")) and rounds("0.0031", R("0.3") * R("-0.0209") + R("0.5") * R("0.0188")))
L.step(True, note="chain rule over j"); L.step(True, note="dz_j/dx_i = W_ji")
xs_ = sp.symbols("x_1 x_2", real=True)
zsym = [W[j][0] * xs_[0] + W[j][1] * xs_[1] + b for j in range(2)]
Lx = ((v[0] * sig(zsym[0]) + v[1] * sig(zsym[1]) + c) - y) ** 2 / 2
grad_true = [sp.diff(Lx, xs_[i]).subs({xs_[0]: X[0], xs_[1]: X[1]}) for i in range(2)]
L.step(all(abs(sp.N(grad_true[i] - gx[i])) < 1e-25 for i in range(2)), note="W_1^T delta")
L.step(substituted(gx[0], lambda a, b_: R("0.4") * a + R("0.3") * b_, "~-0.0209", "~0.0188")
       and substituted(gx[1], lambda a, b_: R("-0.2") * a + R("0.5") * b_, "~-0.0209", "~0.0188"))
L.step(all(rounds(s_, val) for s_, val in [("-0.0084", R("0.4") * R("-0.0209")), ("0.0056", R("0.3") * R("0.0188")),
                                             ("0.0042", R("-0.2") * R("-0.0209")), ("0.0094", R("0.5") * R("0.0188"))]))
L.step(rounds("-0.0027", R("-0.0084") + R("0.0056"), gx[0]) and rounds("0.0136", R("0.0042") + R("0.0094"), gx[1]))
nrm = sp.sqrt(gx[0] ** 2 + gx[1] ** 2)
L.step(substituted(nrm, lambda a, b_: sp.sqrt(a ** 2 + b_ ** 2), "~0.0027", "~0.0136"))
L.step(R("0.0027") ** 2 == R("0.00000729") and R("0.0136") ** 2 == R("0.00018496"))
L.step(R("0.00000729") + R("0.00018496") == R("0.00019225")); L.step(rounds("0.0139", sp.sqrt(R("0.00019225"))))
L.define(note="eta = 1"); L.define(note="input step rule")
L.step(substituted(X[0] - gx[0], lambda a: R("0.5") + a, "~0.0027") and substituted(X[1] - gx[1], lambda a: R("-1.0") - a, "~0.0136"))
L.step(R("0.5") + R("0.0027") == R("0.5027") and R("-1.0") - R("0.0136") == R("-1.0136"))
L.step(True, note="first-order change"); L.step(rounds("-0.0002", -nrm ** 2, approx=True))
L.step(rounds("-0.00273", gx[0], approx=True) and rounds("0.01355", gx[1], approx=True))
# version B
L.define(note="y = 1"); L.define(3, "a, y_hat, L")
a_, yb = sp.symbols("a y_b", real=True)
LB = -(yb * sp.log(sig(a_)) + (1 - yb) * sp.log(1 - sig(a_)))
L.step(same(sp.diff(LB, a_), (sig(a_) - yb) * sig(a_) * (1 - sig(a_)), positive=False), note="y_hat - y")
p_ = sp.symbols("p", positive=True)
L.step(sp.simplify(sp.diff(-(yb * sp.log(p_) + (1 - yb) * sp.log(1 - p_)), p_) - (-yb / p_ + (1 - yb) / (1 - p_))) == 0)
L.step(same(sp.diff(sig(a_), a_), sig(a_) * (1 - sig(a_)), positive=False))
L.step(same((-yb / sig(a_) + (1 - yb) / (1 - sig(a_))) * sig(a_) * (1 - sig(a_)), -yb * (1 - sig(a_)) + (1 - yb) * sig(a_), positive=False))
L.step(same(-yb * (1 - sig(a_)) + (1 - yb) * sig(a_), sig(a_) - yb, positive=False))
aB = yh
yB = sig(aB)
L.step(rounds("0.3731", aB, R("0.4358") - R("0.2627") + R("0.2")))
L.step(True, note="y_hat = sigma(0.3731)"); L.step(rounds("0.5922", yB, sig(R("0.3731"))))
L.step(substituted(-sp.log(yB), lambda q: -sp.log(q), "~0.5922")); L.step(rounds("0.5239", -sp.log(R("0.5922"))))
L.step(substituted(yB - 1, lambda q: q - 1, "~0.5922")); L.step(R("0.5922") - 1 == R("-0.4078"))
L.step(rounds("-0.0985", R("-0.4078") * R("0.5922") * R("0.4078")))
gB = yB - 1
dB = [gB * v[0] * sp1, gB * v[1] * sp2]
L.step(substituted(dB[0], lambda a, s_: a * R("0.7") * s_, "~-0.4078", "~0.2350")); L.step(rounds("-0.0671", R("-0.4078") * R("0.7") * R("0.2350")))
L.step(substituted(dB[1], lambda a, s_: a * R("-0.6") * s_, "~-0.4078", "~0.2461")); L.step(rounds("0.0642", R("-0.4078") * R("-0.6") * R("0.2461"), dB[1]), note="0.0602")
L.step(True, note="dL/db = delta_1 + delta_2")
L.step(substituted(dB[0] + dB[1], lambda a, b_: a + b_, "~-0.0671", "~0.0642"), carried=True); L.step(R("-0.0671") + R("0.0642") == R("-0.0029"))
gxB = [W[0][i] * dB[0] + W[1][i] * dB[1] for i in range(2)]
L.step(True, note="W_1^T delta")
L.step(substituted(gxB[0], lambda a, b_: R("0.4") * a + R("0.3") * b_, "~-0.0671", "~0.0642")
       and substituted(gxB[1], lambda a, b_: R("-0.2") * a + R("0.5") * b_, "~-0.0671", "~0.0642"), carried=True)
L.step(rounds("-0.0076", R("0.4") * R("-0.0671") + R("0.3") * R("0.0642")) and rounds("0.0455", R("-0.2") * R("-0.0671") + R("0.5") * R("0.0642")))
# --- 4. tanh variant
L.define(note="h_j = tanh(z_j)")
ht = [th(t) for t in zz]
L.step(True); L.step(rounds("0.4621", ht[0])); L.step(True); L.step(rounds("-0.2449", ht[1]))
yht = v[0] * ht[0] + v[1] * ht[1] + c
gt = yht - y
L.step(substituted(yht, lambda a, b_: R("0.7") * a + R("-0.6") * b_ + R("0.2"), "~0.4621", "~-0.2449"))
L.step(rounds("0.3235", R("0.7") * R("0.4621")) and rounds("0.1469", R("0.6") * R("0.2449")))
L.step(R("0.3235") + R("0.1469") + R("0.2") == R("0.6704"))
L.step(substituted(gt, lambda a: a - R("0.5"), "~0.6704")); L.step(R("0.6704") - R("0.5") == R("0.1704"))
L.step(True, note="tanh slope 1 - h^2")
s1t, s2t = 1 - ht[0] ** 2, 1 - ht[1] ** 2
L.step(substituted(s1t, lambda a: 1 - a, "~0.2135")); L.step(1 - R("0.2135") == R("0.7865"))
L.step(substituted(s2t, lambda a: 1 + a, "~0.0600"), note="1 - 0.0600"); L.step(1 + R("0.0600") == R("1.0600"))
L.step(substituted(gt * v[0] * s1t, lambda a, s_: a * R("0.7") * s_, "~0.1704", "~0.7865")); L.step(rounds("0.0938", R("0.1704") * R("0.7") * R("0.7865")))
L.step(substituted(gt * v[1] * s2t, lambda a, s_: a * R("-0.6") * s_, "~0.1704", "~1.0600"), carried=True)
L.step(rounds("-0.1084", R("0.1704") * R("-0.6") * R("1.0600")))
dbt = gt * v[0] * s1t + gt * v[1] * s2t
L.step(substituted(dbt, lambda a, b_: a + b_, "~0.0938", "~-0.1084"), carried=True); L.step(R("0.0938") - R("0.1084") == R("-0.0146"))
L.step(substituted(s2t, lambda a: 1 - a, "~0.0600") and rounds("0.0600", R("0.2449") ** 2)); L.step(1 - R("0.0600") == R("0.9400"))
L.step(substituted(gt * v[1] * s2t, lambda a, s_: a * R("-0.6") * s_, "~0.1704", "~0.9400")); L.step(rounds("-0.0961", R("0.1704") * R("-0.6") * R("0.9400")))
L.step(True, note="delta_1 + delta_2"); L.step(substituted(dbt, lambda a, b_: a + b_, "~0.0938", "~-0.0961"))
L.step(R("0.0938") - R("0.0961") == R("-0.0023"))
L.step(True, note="shared bias rule unchanged")
L.done()
