"""Labels for robotics_notebook_forward_mode_jacobian_sigmoid_net_shared_bias_least_squares.tex: a
robotics team's engineering notebook (dated entries with Goal/Setup/Work/Result/Next fields, the
mentor's review in a shaded box after each, corrections added below as new paragraphs). Entry 31: a
forward-mode trace of a two-link arm's claw position with two tangent sweeps, the Jacobian, det J two
ways, joint speeds from J^{-1}. Entry 32: a 2-2-1 sigmoid net with cross-entropy (forward, delta_out,
output gradients, dL/dh, hidden deltas, dL/dW1, the input gradient W1^T delta_1, an SGD step). Entry
33: tanh' from exponentials, a bias shared by two tanh units (dL/db = delta_1 + delta_2), numbers,
momentum on b, other gradients, a finite-difference check. Entry 34: sensor calibration by least
squares (expansion of J, gradient and Hessian, a gradient step, normal equations, residuals, RSS,
eigenvalues, condition number, the step bound, centring). Slips: J^{-1} with the adjugate transposed
(joint speeds carried; corrected); dL/dz = dL/dh without sigma' (dL/dW1, dL/db1 and the input gradient
carried; corrected); dL/db as the average of the deltas (the momentum step carried; corrected); the
gradient of ||Xw - d||^2 without the factor 2 (its value and the step carried; corrected by the
mentor); RSS = 3.54 for 3.45 (sigma-hat^2 and sigma-hat carried)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch52/robotics_notebook_forward_mode_jacobian_sigmoid_net_shared_bias_least_squares.tex")
ok = lambda c, note="": L.step(bool(c), note=note)
allr = lambda ws, vs, approx=False: all(rounds(w, v, approx=approx) for w, v in zip(ws, vs))

# Entry 31
L1, L2, t1, t2 = R("0.30"), R("0.25"), R("0.6"), R("0.9")
L.define(2, "L1, L2"); L.define(2, "x, y"); L.define(2, "theta1, theta2"); L.define(6, "inputs, seeds")
T1, T2 = sp.symbols("T1 T2", real=True)
X = L1 * sp.cos(T1) + L2 * sp.cos(T1 + T2); Y = L1 * sp.sin(T1) + L2 * sp.sin(T1 + T2)
at = {T1: t1, T2: t2}
v3 = t1 + t2
# rows: node def, value, tangent rule, tangent value (seed (1, 0))
L.define(); ok(v3 == R("1.5")); ok(True, "sum rule"); ok(1 + 0 == 1)
L.define(); ok(rounds("0.8253", sp.cos(t1))); ok(True, "d cos = -sin"); ok(rounds("-0.5646", -sp.sin(t1)))
L.define(); ok(rounds("0.0707", sp.cos(v3))); ok(True, "d cos = -sin"); ok(rounds("-0.9975", -sp.sin(v3)))
L.define(); ok(rounds("0.5646", sp.sin(t1))); ok(True, "d sin = cos"); ok(rounds("0.8253", sp.cos(t1)))
L.define(); ok(rounds("0.9975", sp.sin(v3))); ok(True, "d sin = cos"); ok(rounds("0.0707", sp.cos(v3)))
dx1, dy1 = sp.diff(X, T1).subs(at), sp.diff(Y, T1).subs(at)
dx2, dy2 = sp.diff(X, T2).subs(at), sp.diff(Y, T2).subs(at)
ok(True, "x = L1 v4 + L2 v5")
ok(substituted(X.subs(at), lambda a, b: a + b, "~0.2476", "~0.0177") and allr(["0.2476", "0.0177"], [L1 * sp.cos(t1), L2 * sp.cos(v3)]))
ok(rounds("0.2653", R("0.2476") + R("0.0177"), X.subs(at)))
ok(True, "tangent of a linear combination")
ok(allr(["-0.1694", "-0.2494"], [-L1 * sp.sin(t1), -L2 * sp.sin(v3)])); ok(rounds("-0.4188", R("-0.1694") - R("0.2494"), dx1))
ok(True, "y = L1 v6 + L2 v7")
ok(allr(["0.1694", "0.2494"], [L1 * sp.sin(t1), L2 * sp.sin(v3)])); ok(rounds("0.4188", R("0.1694") + R("0.2494"), Y.subs(at)))
ok(True, "tangent of a linear combination")
ok(allr(["0.2476", "0.0177"], [L1 * sp.cos(t1), L2 * sp.cos(v3)])); ok(rounds("0.2653", R("0.2476") + R("0.0177"), dy1))
L.define(2, "seeds (0, 1)")
ok(0 + 1 == 1); ok(True, "v4' = v6' (both 0)"); ok(True, "= 0: v1' = 0"); ok(rounds("-0.9975", -sp.sin(v3))); ok(rounds("0.0707", sp.cos(v3)))
ok(True, "dx/dtheta2 = L2 v5'"); ok(rounds("-0.2494", dx2)); ok(True, "dy/dtheta2 = L2 v7'"); ok(rounds("0.0177", dy2))
ok(same(sp.diff(X, T1), -L1 * sp.sin(T1) - L2 * sp.sin(T1 + T2), positive=False)); ok(rounds("-0.4188", dx1))
J = sp.Matrix([[dx1, dx2], [dy1, dy2]])
detJ = J.det()
ok(allr(["-0.4188", "-0.2494", "0.2653", "0.0177"], [dx1, dx2, dy1, dy2]))
ok(substituted(detJ, lambda a, b, c, d: a * d - b * c, "~-0.4188", "~-0.2494", "~0.2653", "~0.0177"))
ok(rounds("0.05875", detJ))
ok(abs(sp.N(detJ - L1 * L2 * sp.sin(t2), 30)) < 1e-25); ok(substituted(detJ, lambda a: R("0.075") * a, "~0.7833") and rounds("0.7833", sp.sin(t2)))
ok(rounds("0.05875", R("0.075") * R("0.7833")))
L.define(note="p-dot")
Jinv = J.inv()
pd = sp.Matrix([R("0.05"), 0])
wrong_inv = sp.Matrix([[dy2, -dy1], [-dx2, dx1]]) / detJ
ok(all(abs(sp.N(Jinv[i, j] - wrong_inv[i, j], 30)) < 1e-20 for i in range(2) for j in range(2)), note="adjugate transposed")
ok(True, "theta-dot = J^{-1} p-dot")
thd = Jinv * pd
L.step(substituted(thd[0], lambda d_, a: a * R("0.05") / d_, "~0.05875", "~0.0177") and substituted(thd[1], lambda d_, a: a * R("0.05") / d_, "~0.05875", "~0.2494"),
       carried=True)
ok(allr(["0.0151", "0.2123"], [R("0.000885") / R("0.05875"), R("0.01247") / R("0.05875")]))
Jw = sp.Matrix([[R("-0.4188"), R("-0.2494")], [R("0.2653"), R("0.0177")]])
ok(allr(["-0.0593", "0.0078"], Jw * sp.Matrix([R("0.0151"), R("0.2123")])))
ok(all(abs(sp.N(Jinv[i, j] - sp.Matrix([[dy2, -dx2], [-dy1, dx1]])[i, j] / detJ, 30)) < 1e-20 for i in range(2) for j in range(2)))
# 0.000885 and -0.013265 are 0.05 times the rounded 0.0177 and -0.2653: pass those constituents
ok(substituted(thd[0], lambda d_, a: a * R("0.05") / d_, "~0.05875", "~0.0177") and substituted(thd[1], lambda d_, a: a * R("0.05") / d_, "~0.05875", "~-0.2653")
   and allr(["0.000885", "-0.013265"], [R("0.0177") * R("0.05"), R("-0.2653") * R("0.05")]))
ok(allr(["0.0151", "-0.2258"], thd))
ok(True, "J theta-dot with the numbers")
ok(allr(["0.0500", "0.0000"], Jw * sp.Matrix([R("0.0151"), R("-0.2258")])) and allr(["0.0500", "0.0000"], J * thd))

# Entry 32
sig = lambda z: 1 / (1 + sp.exp(-z))
L.define(note="x"); L.define(5, "z, h, z_out, y-hat, L"); L.define(6, "W1, b1, w2, b2, x, y")
W1 = sp.Matrix([[R("0.5"), R("-0.6")], [R("0.3"), R("0.8")]]); b1 = sp.Matrix([R("0.1"), R("-0.2")])
w2 = sp.Matrix([R("1.2"), R("-0.7")]); b2 = R("0.05"); x = sp.Matrix([R("0.7"), R("-0.4")]); y = 1
z = W1 * x + b1; h = z.applyfunc(sig)
ok(z[0] == R("0.5") * R("0.7") + R("-0.6") * R("-0.4") + R("0.1")); ok(z[0] == R("0.69")); ok(True, "h1 = sigma(z1)"); ok(rounds("0.6660", h[0]))
ok(z[1] == R("0.3") * R("0.7") + R("0.8") * R("-0.4") - R("0.2")); ok(z[1] == R("-0.31")); ok(True, "h2 = sigma(z2)"); ok(rounds("0.4231", h[1]))
zo = (w2.T * h)[0] + b2; yh = sig(zo)
ok(substituted(zo, lambda a, b: R("1.2") * a - R("0.7") * b + R("0.05"), "~0.6660", "~0.4231")); ok(rounds("0.5530", R("1.2") * R("0.6660") - R("0.7") * R("0.4231") + R("0.05")))
ok(substituted(yh, lambda a: sig(a), "~0.5530")); ok(rounds("0.6348", sig(R("0.5530")), yh))
Lv = -sp.log(yh)
ok(substituted(Lv, lambda a: -sp.log(a), "~0.6348")); ok(rounds("0.4544", -sp.log(R("0.6348")), Lv))
do = yh - y
L.define(note="delta_out :="); ok(True, "sigmoid + CE: dL/dz_out = y-hat - y"); ok(rounds("-0.3652", do))
dw2 = do * h
ok(True, "dL/dw2 = delta_out h"); ok(allr(["-0.2432", "-0.1545"], dw2)); ok(rounds("-0.3652", do))
dh = do * w2
ok(True, "dL/dh = delta_out w2"); ok(allr(["-0.4382", "0.2556"], dh))
sp1 = h.applyfunc(lambda v: v * (1 - v))
d1 = sp.Matrix([dh[i] * sp1[i] for i in range(2)])
L.define(note="delta_1 :="); ok(all(abs(sp.N(d1[i] - dh[i], 30)) < 1e-20 for i in range(2)), note="needs sigma'"); ok(allr(["-0.4382", "0.2556"], dh))
ok(True, "dL/dW1 = delta_1 x^T")
dW1 = d1 * x.T
wm = [["-0.3067", "0.1753"], ["0.1789", "-0.1022"]]
dhw = [R("-0.4382"), R("0.2556")]
L.step(all(rounds(wm[i][j], dW1[i, j]) for i in range(2) for j in range(2)), carried=all(rounds(wm[i][j], dhw[i] * x[j]) for i in range(2) for j in range(2)))
L.step(allr(["-0.4382", "0.2556"], d1), carried=True)
L.define(note="z = W1 x + b1 restated"); ok(True, "grad_x L = W1^T delta_1")
gx = W1.T * d1
f1 = lambda a, b: R("0.5") * a + R("0.3") * b; f2 = lambda a, b: R("-0.6") * a + R("0.8") * b
L.step(substituted(gx[0], f1, "~-0.4382", "~0.2556") and substituted(gx[1], f2, "~-0.4382", "~0.2556"), carried=True)
ok(allr(["-0.1424", "0.4674"], [f1(*dhw), f2(*dhw)]))
ok(rounds("3.28", R("0.4674") / R("0.1424")))
L.define(2, "eta, SGD rule")
eta = R("0.5")
w2n = w2 - eta * dw2; b2n = b2 - eta * do
ok(substituted(w2n[0], lambda a: R("1.2") + a, "~0.1216") and substituted(w2n[1], lambda a: R("-0.7") + a, "~0.0773"))
ok(R("1.2") + R("0.1216") == R("1.3216") and R("-0.7") + R("0.0773") == R("-0.6227"))
ok(substituted(b2n, lambda a: R("0.05") + a, "~0.1826")); ok(R("0.05") + R("0.1826") == R("0.2326"))
ok(True, "dL/dz_j = dL/dh_j sigma'(z_j)"); ok(True, "sigma' = h(1 - h)")
ok(substituted(sp1[0], lambda a, b: a * b, "~0.6660", "~0.3340")); ok(rounds("0.2224", R("0.6660") * R("0.3340"), sp1[0]))
ok(substituted(sp1[1], lambda a, b: a * b, "~0.4231", "~0.5769")); ok(rounds("0.2441", R("0.4231") * R("0.5769"), sp1[1]))
ok(substituted(d1[0], lambda a, b: a * b, "~-0.4382", "~0.2224") and substituted(d1[1], lambda a, b: a * b, "~0.2556", "~0.2441"))
ok(allr(["-0.0975", "0.0624"], d1))
wc = [["-0.0682", "0.0390"], ["0.0437", "-0.0250"]]
dc = [R("-0.0975"), R("0.0624")]
ok(all(rounds(wc[i][j], dW1[i, j], dc[i] * x[j]) for i in range(2) for j in range(2)))
ok(True, "grad_x = W1^T delta_1")
ok(substituted(gx[0], f1, "~-0.0975", "~0.0624") and substituted(gx[1], f2, "~-0.0975", "~0.0624"))
ok(allr(["-0.0300", "0.1084"], gx))
xs = sp.symbols("xs1 xs2", real=True)
Lx = lambda xv: -sp.log(sig((w2.T * (W1 * sp.Matrix(xv) + b1).applyfunc(sig))[0] + b2))
hh = sp.Rational(1, 10 ** 5)
cd = (Lx([x[0], x[1] + hh]) - Lx([x[0], x[1] - hh])) / (2 * hh)
ok(rounds("0.1084", sp.N(cd, 30), approx=True)); ok(rounds("3.61", R("0.1084") / R("0.0300")) and rounds("3.61", gx[1] / -gx[0]))

# Entry 33
L.define(5, "z_j, h_j, j = 1, 2, y-hat, L"); L.define(note="tanh z as exponentials")
zz = sp.Symbol("zz", real=True)
th_ = (sp.exp(zz) - sp.exp(-zz)) / (sp.exp(zz) + sp.exp(-zz))
num = ((sp.exp(zz) + sp.exp(-zz)) ** 2 - (sp.exp(zz) - sp.exp(-zz)) ** 2) / (sp.exp(zz) + sp.exp(-zz)) ** 2
ok(same(sp.diff(th_, zz), num, positive=False)); ok(same(num, 1 - th_ ** 2, positive=False)); ok(same(1 - th_ ** 2, 4 / (sp.exp(zz) + sp.exp(-zz)) ** 2, positive=False))
ok(True, "dz_j/db = 1"); L.define(note="delta_j :=")
xq, w1q, w2q, bq, v1q, v2q, yq = sp.symbols("xq w1q w2q bq v1q v2q yq", real=True)
Lq = ((v1q * sp.tanh(w1q * xq + bq) + v2q * sp.tanh(w2q * xq + bq)) - yq) ** 2 / 2
hq = [sp.tanh(w1q * xq + bq), sp.tanh(w2q * xq + bq)]
dq = [((v1q * hq[0] + v2q * hq[1]) - yq) * vv * (1 - hh_ ** 2) for vv, hh_ in zip((v1q, v2q), hq)]
zs = sp.symbols("zs1 zs2", real=True)
Lz = ((v1q * sp.tanh(zs[0]) + v2q * sp.tanh(zs[1])) - yq) ** 2 / 2
ok(same(sp.diff(Lz, zs[0]).subs(zs[0], w1q * xq + bq).subs(zs[1], w2q * xq + bq), dq[0], positive=False))
ok(True, "chain rule over both paths"); ok(same(sp.diff(Lq, bq), dq[0] + dq[1], positive=False))
L.define(7, "x, w1, w2, b, v1, v2, y")
xv, wv, bv, vv_, yv = R("0.8"), [R("0.9"), R("-0.5")], R("0.2"), [R("0.7"), R("0.4")], R("0.3")
zv = [w * xv + bv for w in wv]; hv = [sp.tanh(v) for v in zv]
ok(zv[0] == R("0.9") * R("0.8") + R("0.2")); ok(zv[0] == R("0.92")); ok(True, "h1 = tanh z1"); ok(rounds("0.7259", hv[0]))
ok(zv[1] == R("-0.5") * R("0.8") + R("0.2")); ok(zv[1] == R("-0.2")); ok(True, "h2 = tanh z2"); ok(rounds("-0.1974", hv[1]))
yhv = vv_[0] * hv[0] + vv_[1] * hv[1]; ev = yhv - yv
ok(substituted(yhv, lambda a, b: R("0.7") * a + R("0.4") * b, "~0.7259", "~-0.1974")); ok(rounds("0.4292", R("0.7") * R("0.7259") + R("0.4") * R("-0.1974"), yhv))
ok(rounds("0.1292", ev)); ok(substituted(ev ** 2 / 2, lambda a: a ** 2 / 2, "~0.1292")); ok(rounds("0.0083", ev ** 2 / 2))
sl = [1 - v ** 2 for v in hv]
ok(substituted(sl[0], lambda a: 1 - a, "~0.5269") and rounds("0.5269", hv[0] ** 2)); ok(rounds("0.4731", 1 - R("0.5269"), sl[0]))
ok(substituted(sl[1], lambda a: 1 - a, "~0.0390") and rounds("0.0390", hv[1] ** 2)); ok(rounds("0.9610", 1 - R("0.0390"), sl[1]))
dv = [ev * vv_[i] * sl[i] for i in range(2)]
ok(substituted(dv[0], lambda a, c: a * R("0.7") * c, "~0.1292", "~0.4731")); ok(rounds("0.0428", R("0.1292") * R("0.7") * R("0.4731"), dv[0]))
ok(substituted(dv[1], lambda a, c: a * R("0.4") * c, "~0.1292", "~0.9610")); ok(rounds("0.0497", R("0.1292") * R("0.4") * R("0.9610"), dv[1]))
gb = dv[0] + dv[1]
ok(same(gb, (dv[0] + dv[1]) / 2), note="shared parameter: sum")
ok(substituted((dv[0] + dv[1]) / 2, lambda a, b: (a + b) / 2, "~0.0428", "~0.0497")); ok(rounds("0.0462", (R("0.0428") + R("0.0497")) / 2))
L.define(5, "mu, eta, u_b, two rules")
ub = R("0.9") * R("0.02") - R("0.1") * gb
L.step(substituted(ub, lambda a: R("0.9") * R("0.02") - R("0.1") * a, "~0.0462"), carried=True, note="uses the averaged 0.0462")
ok(R("0.9") * R("0.02") - R("0.1") * R("0.0462") == R("0.01338"))
L.step(substituted(bv + ub, lambda a: R("0.2") + a, "~0.01338"), carried=True); ok(R("0.2") + R("0.01338") == R("0.21338"))
# "dL/dv_j = (y-hat - y) h_j gives (...)": one relation each; the numbers after "gives" are checked with it
ok(allr(["0.0938", "-0.0255"], [ev * v for v in hv]), "dL/dv_j = (y-hat - y) h_j")
ok(all(rounds(w_, dv[i] * xv, R(c_) * xv) for i, (w_, c_) in enumerate([("0.0342", "0.0428"), ("0.0398", "0.0497")])), "dL/dw_j = delta_j x")
dxv = dv[0] * wv[0] + dv[1] * wv[1]
ok(True, "dL/dx = sum delta_j w_j"); ok(substituted(dxv, lambda a, c: a * R("0.9") + c * R("-0.5"), "~0.0428", "~0.0497") and R("0.0428") * R("0.9") == R("0.03852") and R("0.0497") * R("0.5") == R("0.02485"))
ok(rounds("0.01367", R("0.03852") - R("0.02485"), dxv))
Lb = lambda bb: (vv_[0] * sp.tanh(wv[0] * xv + bb) + vv_[1] * sp.tanh(wv[1] * xv + bb) - yv) ** 2 / 2
cdb = (Lb(bv + hh) - Lb(bv - hh)) / (2 * hh)
ok(rounds("0.0924", sp.N(cdb, 30), approx=True))
ok(True, "dL/db = delta_1 + delta_2"); ok(rounds("0.0925", R("0.0428") + R("0.0497")))
ok(substituted(ub, lambda a, c: R("0.9") * R("0.02") - R("0.1") * (a + c), "~0.0428", "~0.0497")); ok(rounds("0.00875", R("0.018") - R("0.1") * R("0.0925")))
ok(substituted(bv + ub, lambda a, c: R("0.2") + R("0.018") - R("0.1") * (a + c), "~0.0428", "~0.0497")); ok(R("0.2") + R("0.00875") == R("0.20875"))

# Entry 34
L.define(note="d ~ a r + c"); L.define(4, "r, d, w, J")
r = [10, 20, 30, 40]; d = sp.Matrix([R("9.5"), R("21.0"), R("29.0"), R("41.5")])
Xm = sp.Matrix([[ri, 1] for ri in r])
a_, c_ = sp.symbols("a_ c_", real=True)
wv2 = sp.Matrix([a_, c_])
Jw_ = (Xm * wv2 - d).dot(Xm * wv2 - d)
ok(sp.expand(Jw_ - ((wv2.T * Xm.T * Xm * wv2)[0] - 2 * (d.T * Xm * wv2)[0] + d.dot(d))) == 0)
grad = sp.Matrix([sp.diff(Jw_, v) for v in (a_, c_)])
ok(sp.expand(grad - Xm.T * (Xm * wv2 - d)) == sp.zeros(2, 1), note="2 X^T (X w - d)")
ok(sp.hessian(Jw_, (a_, c_)) == 2 * Xm.T * Xm)
w0 = {a_: 1, c_: 0}
L.define(note="w = (1, 0)"); ok((Xm * sp.Matrix([1, 0]) - d) == sp.Matrix([R("0.5"), R("-1.0"), R("1.0"), R("-1.5")]))
g0 = grad.subs(w0)
half = Xm.T * (Xm * sp.Matrix([1, 0]) - d)
L.step(g0 == half, carried=(half == sp.Matrix([10 * R("0.5") + 20 * R("-1.0") + 30 * R("1.0") + 40 * R("-1.5"), R("0.5") - 1 + 1 - R("1.5")])))
ok(half == sp.Matrix([-45, -1]))
L.define(2, "eta, GD rule")
w1new = sp.Matrix([1, 0]) - R("0.0002") * g0
L.step(w1new == sp.Matrix([R("1.009"), R("0.0002")]), carried=(sp.Matrix([1, 0]) - R("0.0002") * half == sp.Matrix([R("1.009"), R("0.0002")])))
L.define(note="normal equations")
XtX = Xm.T * Xm; Xtd = Xm.T * d
ok(XtX == sp.Matrix([[3000, 100], [100, 4]])); ok(Xtd == sp.Matrix([3045, 101])); ok(XtX.det() == 3000 * 4 - 100 ** 2); ok(XtX.det() == 2000)
wls = XtX.inv() * Xtd
ok(XtX.inv() == sp.Matrix([[4, -100], [-100, 3000]]) / 2000); ok(sp.Matrix([[4, -100], [-100, 3000]]) * Xtd == sp.Matrix([2080, -1500])); ok(wls == sp.Matrix([R("1.04"), R("-0.75")]))
ok(True, "fitted line"); res = d - Xm * wls
ok(res == sp.Matrix([R("-0.15"), R("0.95"), R("-1.45"), R("0.65")]))
rss = res.dot(res)
ok(all(rounds(wr_, v) for wr_, v in zip(["0.0225", "0.9025", "2.1025", "0.4225"], [q ** 2 for q in res])))
ok(R("0.0225") + R("0.9025") + R("2.1025") + R("0.4225") == R("3.54"), note="sum is 3.45")
L.define(note="sigma-hat^2 := RSS/(n - 2)")
L.step(rss / 2 == R("3.54") / 2, carried=True); ok(R("3.54") / 2 == R("1.77"))
L.step(rounds("1.33", sp.sqrt(rss / 2)), carried=rounds("1.33", sp.sqrt(R("1.77"))))
lam = sp.Symbol("lam")
ev_ = sp.solve(sp.det(XtX - lam * sp.eye(2)), lam)
ok(set(sp.simplify(e_ - (3004 + s * sp.sqrt(3004 ** 2 - 8000)) / 2) for e_ in ev_ for s in (1, -1)) >= {0})
lmax, lmin = max(ev_, key=lambda e_: sp.N(e_)), min(ev_, key=lambda e_: sp.N(e_))
ok(rounds("3003.33", lmax)); ok(rounds("0.666", lmin))
L.define(note="kappa :="); ok(rounds("4510", lmax / lmin))
L.define(note="eta < 2/(2 lambda_max) condition"); ok(rounds("0.000333", 2 / (2 * lmax))); L.define(note="eta = 0.0002 restated")
ok([ri - 25 for ri in r] == [-15, -5, 5, 15])
Xc = sp.Matrix([[ri - 25, 1] for ri in r])
ok(Xc.T * Xc == sp.diag(500, 4)); ok(sp.Rational(500, 4) == 125)
ok(True, "gradient 2 X^T (X w - d)"); ok(g0 == sp.Matrix([-90, -2])); ok(sp.Matrix([1, 0]) - R("0.0002") * g0 == sp.Matrix([R("1.018"), R("0.0004")]))
L.done()
