"""Labels for pair_programming_log_tanh_shared_bias_sigmoid_mlp_input_gradient_forward_mode.tex: a
pair-programming session log (driver, navigator, a TA dropping in; timestamps, test names and commit ids,
whiteboard formulas copied as written): tanh' remembered, then by the quotient rule, as sech^2 and through
tanh = 2 sigma(2z) - 1; the sigmoid derivative; a 2-2-1 sigmoid net whose hidden units share one bias, with a
linear output and squared loss (forward pass, redo, output and hidden gradients, dL/db averaged and then summed
over the two paths with a finite-difference check, an SGD step on b, dL/dW1); the input gradient as W1 delta and
as W1^T delta with central differences; a forward-mode trace of x1 tanh x2 + exp(x1 x2) at (1, 0.5) with two
sweeps, hand derivatives, a directional derivative and dual-number rules."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch45/pair_programming_log_tanh_shared_bias_sigmoid_mlp_input_gradient_forward_mode.tex")
z = sp.symbols("z", real=True)
sig = lambda t: 1 / (1 + sp.exp(-t))
dtanh = sp.diff(sp.tanh(z), z)

# ---- Task 1: tanh'
L.step(same(dtanh, 1 - sp.tanh(z)), note="1 - tanh^2")
L.step(rounds("0.4621", sp.tanh(R("0.5"))))
L.step(substituted(dtanh.subs(z, R("0.5")), lambda t: 1 - t, "~0.4621"), carried=True)
L.step(1 - R("0.4621") == R("0.5379"))
L.define(note="tanh = sinh/cosh")
q = (sp.cosh(z) * sp.cosh(z) - sp.sinh(z) * sp.sinh(z)) / sp.cosh(z) ** 2
L.step(same(dtanh, q, positive=False))
L.step(same(q, 1 - sp.sinh(z) ** 2 / sp.cosh(z) ** 2, positive=False)); L.step(same(q, 1 - sp.tanh(z) ** 2, positive=False))
L.step(same(sp.cosh(z) ** 2 - sp.sinh(z) ** 2, 1, positive=False))
L.step(same(dtanh, 1 / sp.cosh(z) ** 2, positive=False)); L.step(same(1 / sp.cosh(z) ** 2, 4 / (sp.exp(z) + sp.exp(-z)) ** 2, positive=False))
t5 = dtanh.subs(z, R("0.5"))
L.step(substituted(t5, lambda t: 1 - t ** 2, "~0.4621")); L.step(rounds("0.2135", R("0.4621") ** 2)); L.step(1 - R("0.2135") == R("0.7865"))
L.step(rounds("0.78645", t5))
L.step(same(sp.tanh(z), 2 * sig(2 * z) - 1, positive=False))
dsig = sp.diff(sig(z), z)
L.step(same(dtanh, 2 * dsig.subs(z, 2 * z), positive=False), note="4 sigma'(2z)")
L.step(t5 == 2 * dsig.subs(z, 1), carried=True)
L.step(substituted(2 * dsig.subs(z, 1), lambda s: 2 * s, "~0.1966")); L.step(2 * R("0.1966") == R("0.3932"))
L.step(same(dsig.subs(z, 1), sig(1) * (1 - sig(1))))
L.step(substituted(dsig.subs(z, 1), lambda a, b: a * b, "~0.7311", "~0.2689")); L.step(rounds("0.1966", R("0.7311") * R("0.2689")))
L.step(same(dtanh, 2 * dsig.subs(z, 2 * z) * 2, positive=False)); L.step(same(2 * dsig.subs(z, 2 * z) * 2, 4 * dsig.subs(z, 2 * z), positive=False))
L.step(substituted(t5, lambda s: 4 * s, "~0.1966")); L.step(4 * R("0.1966") == R("0.7864"))
grid = [sp.Rational(j, 4) for j in range(-40, 41)]
L.step(all(0 < dtanh.subs(z, g_) for g_ in grid)); L.step(all(dtanh.subs(z, g_) <= 1 for g_ in grid)); L.step(dtanh.subs(z, 0) == 1)

# ---- Task 2: sigmoid derivative and the net
L.define(note="sigma")
L.step(same(dsig, sp.exp(-z) / (1 + sp.exp(-z)) ** 2, positive=False))
L.step(same(sp.exp(-z) / (1 + sp.exp(-z)) ** 2, 1 / (1 + sp.exp(-z)) * sp.exp(-z) / (1 + sp.exp(-z)), positive=False))
L.step(same(dsig, sig(z) * (1 - sig(z)), positive=False))
L.step(same(1 - sig(z), sig(-z), positive=False))
x = [R("0.5"), R("-1.0")]; W = [[R("0.4"), R("-0.3")], [R("0.25"), R("0.6")]]; b = R("0.1"); v = [R("0.7"), R("-0.5")]; c = R("0.05"); y = 1
L.define(2, "x, W1"); L.define(4, "b, v, c, y"); L.define(4, "network")


def forward(x, b):
    zz = [W[i][0] * x[0] + W[i][1] * x[1] + b for i in range(2)]
    hh = [sig(t) for t in zz]
    yh = v[0] * hh[0] + v[1] * hh[1] + c
    return zz, hh, yh, (yh - y) ** 2 / 2


zs, hs, yh, Lv = forward(x, b)
L.step(zs[0] == R("0.4") * R("0.5") + R("-0.3") * R("-1.0") + R("0.1")); L.step(zs[0] == R("0.6"))
L.step(True, note="h1 = sigma(0.6)"); L.step(rounds("0.6457", hs[0]))
L.step(zs[1] == R("0.25") * R("0.5") + R("0.6") * R("-1.0") + R("0.1")); L.step(zs[1] == R("-0.375"))
L.step(True, note="h2 = sigma(-0.375)"); L.step(rounds("0.5927", hs[1]), note="sigma(+0.375)")
L.step(substituted(yh, lambda a, b_: R("0.7") * a - R("0.5") * b_ + R("0.05"), "~0.6457", "~0.5927"), carried=True)
L.step(rounds("0.2056", R("0.7") * R("0.6457") - R("0.5") * R("0.5927") + R("0.05")))
L.step(substituted(Lv, lambda t: (t - 1) ** 2 / 2, "~0.2056"), carried=True)
L.step((R("0.2056") - 1) ** 2 / 2 == R("0.7944") ** 2 / 2); L.step(rounds("0.3155", R("0.7944") ** 2 / 2))
L.step(same(sig(-z), 1 - sig(z), positive=False)); L.step(substituted(hs[1], lambda t: 1 - t, "~0.5927"))
L.step(1 - R("0.5927") == R("0.4073"))
L.step(substituted(yh, lambda a, b_: R("0.7") * a - R("0.5") * b_ + R("0.05"), "~0.6457", "~0.4073"))
L.step(rounds("0.4520", R("0.7") * R("0.6457"), R("0.7") * hs[0]) and rounds("0.2037", R("0.5") * R("0.4073"), R("0.5") * hs[1]))
L.step(rounds("0.2983", R("0.4520") - R("0.2037") + R("0.05"), yh))
g = yh - y
L.define(note="g"); L.step(substituted(g, lambda t: t - 1, "~0.2983")); L.step(R("0.2983") - 1 == R("-0.7017"))
L.step(same(Lv, g ** 2 / 2)); L.step(substituted(Lv, lambda t: t ** 2 / 2, "~0.7017")); L.step(rounds("0.2462", R("0.7017") ** 2 / 2))
# backward
L.step(True, note="dL/dc = g"); L.step(rounds("-0.7017", g))
dv = [g * hh for hh in hs]
L.step(True, note="dL/dv = g h"); L.step(substituted(dv[0], lambda a, b_: a * b_, "~-0.7017", "~0.6457") and substituted(dv[1], lambda a, b_: a * b_, "~-0.7017", "~0.4073"))
L.step(rounds("-0.4531", R("-0.7017") * R("0.6457"), dv[0]) and rounds("-0.2858", R("-0.7017") * R("0.4073"), dv[1]))
dh = [g * vv for vv in v]
L.step(True, note="dL/dh = g v"); L.step(rounds("-0.4912", R("-0.7017") * R("0.7"), dh[0]) and rounds("0.3509", R("-0.7017") * R("-0.5"), dh[1]))
sd = [hh * (1 - hh) for hh in hs]
L.step(same(dsig.subs(z, zs[0]), sd[0])); L.step(substituted(sd[0], lambda a, b_: a * b_, "~0.6457", "~0.3543")); L.step(rounds("0.2288", R("0.6457") * R("0.3543")))
L.step(same(dsig.subs(z, zs[1]), sd[1])); L.step(substituted(sd[1], lambda a, b_: a * b_, "~0.4073", "~0.5927"))
L.step(rounds("0.2415", R("0.4073") * R("0.5927"), sd[1]), note="0.2414")
d = [dh[i] * sd[i] for i in range(2)]
L.define(note="delta_j :="); L.step(True, note="dL/dz_j = dL/dh_j sigma'(z_j), chain rule")
L.step(substituted(d[0], lambda a, b_: a * b_, "~-0.4912", "~0.2288")); L.step(rounds("-0.1124", R("-0.4912") * R("0.2288")))
L.step(substituted(d[1], lambda a, b_: a * b_, "~0.3509", "~0.2415"), carried=True); L.step(rounds("0.0847", R("0.3509") * R("0.2415")))
bb = sp.symbols("bb", real=True)
dLdb = sp.diff(forward(x, bb)[3], bb).subs(bb, b)
L.step(abs(sp.N(dLdb - (d[0] + d[1]) / 2, 30)) < 1e-25, note="sum, not mean")
L.step(True, note="the student's mean at the numbers"); L.step((R("-0.1124") + R("0.0847")) / 2 == R("-0.01385"))
L.define(2, "eta, rule"); eta = R("0.1")
L.step(substituted(b - eta * dLdb, lambda t: R("0.1") - R("0.1") * t, "~-0.01385"), carried=True)
L.step(rounds("0.1014", R("0.1") - R("0.1") * R("-0.01385")))
L.step(True, note="multivariable chain rule"); L.step(True, note="dz_j/db = 1")
L.step(abs(sp.N(dLdb - (d[0] + d[1]), 30)) < 1e-25)
L.step(substituted(dLdb, lambda a, b_: a + b_, "~-0.1124", "~0.0847")); L.step(R("-0.1124") + R("0.0847") == R("-0.0277"))
Lb = lambda t: forward(x, t)[3]
L.step(rounds("0.2461689", Lb(R("0.101")))); L.define(note="b = 0.101"); L.step(rounds("0.2462243", Lb(R("0.099")))); L.define(note="b = 0.099")
L.step(rounds("-0.0277", (R("0.2461689") - R("0.2462243")) / R("0.002")))
L.step(substituted(b - eta * dLdb, lambda t: R("0.1") - R("0.1") * t, "~-0.0277")); L.step(rounds("0.1028", R("0.1") - R("0.1") * R("-0.0277")))
L.step(rounds("0.2461", Lb(R("0.1028")), Lb(b - eta * dLdb)))
L.step(substituted(eta * dLdb ** 2, lambda t: R("0.1") * t ** 2, "~0.0277")); L.step(rounds("0.0000767", R("0.1") * R("0.0277") ** 2))
dW = [[d[i] * x[j] for j in range(2)] for i in range(2)]
L.step(True, note="dL/dW1 = delta x^T")
L.step(rounds("-0.0562", dW[0][0]) and rounds("0.1124", dW[0][1]) and rounds("0.0424", dW[1][0]) and rounds("-0.0847", dW[1][1]))

# ---- Task 3: input gradient
x1s, x2s = sp.symbols("x1s x2s", real=True)
Lx = forward([x1s, x2s], b)[3]
gx = [sp.diff(Lx, x1s).subs({x1s: x[0], x2s: x[1]}), sp.diff(Lx, x2s).subs({x1s: x[0], x2s: x[1]})]
Wd = [W[i][0] * d[0] + W[i][1] * d[1] for i in range(2)]
WTd = [W[0][j] * d[0] + W[1][j] * d[1] for j in range(2)]
L.step(all(abs(sp.N(gx[i] - Wd[i], 30)) < 1e-25 for i in range(2)), note="W1^T delta")
L.step(True, note="W1 delta written out, member to member")
L.step(rounds("-0.0704", R("0.4") * R("-0.1124") - R("0.3") * R("0.0847")) and rounds("0.0227", R("0.25") * R("-0.1124") + R("0.6") * R("0.0847")))
Lx1 = lambda t: Lx.subs({x1s: t, x2s: x[1]})
L.step(rounds("0.24617279", Lx1(R("0.501")))); L.define(note="x1 = 0.501"); L.step(rounds("0.24622034", Lx1(R("0.499")))); L.define(note="x1 = 0.499")
L.step(rounds("-0.0238", (R("0.24617279") - R("0.24622034")) / R("0.002")))
L.define(note="z_j formula"); L.step(True, note="dz_j/dx_i = (W1)_ji")
L.step(True, note="chain rule"); L.step(True, note="dz_j/dx_i substituted")
L.step(W[0][1] == R("-0.3")); L.step(R("-0.3") != R("0.25")); L.step(W[1][0] == R("0.25"))
L.step(all(abs(sp.N(gx[i] - WTd[i], 30)) < 1e-25 for i in range(2)))
L.step(substituted(WTd[0], lambda a, b_: R("0.4") * a + R("0.25") * b_, "~-0.1124", "~0.0847")
       and substituted(WTd[1], lambda a, b_: R("-0.3") * a + R("0.6") * b_, "~-0.1124", "~0.0847"))
L.step(rounds("-0.0238", R("0.4") * R("-0.1124") + R("0.25") * R("0.0847"), gx[0])
       and rounds("0.0845", R("-0.3") * R("-0.1124") + R("0.6") * R("0.0847"), gx[1]))
Lx2 = lambda t: Lx.subs({x1s: x[0], x2s: t})
L.step(rounds("0.24628110", Lx2(R("-0.999"))) and rounds("0.24611204", Lx2(R("-1.001")))
       and rounds("0.0845", (R("0.24628110") - R("0.24611204")) / R("0.002")))
nrm = sp.sqrt(gx[0] ** 2 + gx[1] ** 2)
L.step(substituted(nrm, lambda a, b_: sp.sqrt(a ** 2 + b_ ** 2), "~0.0238", "~0.0845")); L.step(rounds("0.0878", sp.sqrt(R("0.0238") ** 2 + R("0.0845") ** 2)))

# ---- Task 4: forward mode
X1, X2 = sp.symbols("X1 X2", real=True)
f = X1 * sp.tanh(X2) + sp.exp(X1 * X2)
pt = {X1: 1, X2: R("0.5")}
L.define(4, "f, point, seeds")
f1, f2 = sp.diff(f, X1).subs(pt), sp.diff(f, X2).subs(pt)
v1, v2 = pt[X1] * pt[X2], sp.tanh(pt[X2]); v3, v4 = pt[X1] * v2, sp.exp(v1)
# sweep 1: tangent seeds (1, 0)
t1 = 1 * pt[X2] + pt[X1] * 0; t2 = (1 - v2 ** 2) * 0; t3 = 1 * v2 + pt[X1] * t2; t4 = v4 * t1
L.define(note="v1"); L.step(v1 == R("0.5")); L.step(True, note="product rule tangent"); L.step(t1 == R("0.5"))
L.define(note="v2"); L.step(rounds("0.4621", v2)); L.step(True, note="tanh tangent"); L.step(t2 == 0)
L.define(note="v3"); L.step(rounds("0.4621", v3)); L.step(True, note="product rule"); L.step(rounds("0.4621", t3))
L.define(note="v4"); L.step(rounds("1.6488", v4), note="1.6487"); L.step(same(t4, v4), note="missing v1 dot")
L.step(rounds("1.6488", v4), carried=True)
L.define(note="f = v3 + v4"); L.step(rounds("2.1109", v3 + v4), carried=rounds("2.1109", R("0.4621") + R("1.6488")))
L.step(True, note="tangent of a sum")
L.step(substituted(t3 + t4, lambda a, b_: a + b_, "~0.4621", "~1.6488"), carried=True); L.step(R("0.4621") + R("1.6488") == R("2.1109"))
L.step(rounds("1.6487", sp.exp(R("0.5"))))
L.step(same(sp.diff(f, X1), sp.tanh(X2) + X2 * sp.exp(X1 * X2), positive=False))
L.step(substituted(f1, lambda a, b_: a + R("0.5") * b_, "~0.4621", "~1.6487")); L.step(rounds("1.2865", R("0.4621") + R("0.5") * R("1.6487"), f1))
L.step(True, note="chain rule for exp"); L.step(substituted(t4, lambda a, b_: a * b_, "~1.6487", "0.5")); L.step(rounds("0.8244", R("1.6487") * R("0.5"), t4))
L.step(rounds("1.6487", v4)); L.step(substituted(v3 + v4, lambda a, b_: a + b_, "~0.4621", "~1.6487")); L.step(rounds("2.1108", R("0.4621") + R("1.6487")))
L.step(substituted(f1, lambda a, b_: a + b_, "~0.4621", "~0.8244")); L.step(R("0.4621") + R("0.8244") == R("1.2865"))
# sweep 2: seeds (0, 1)
L.define(2, "seeds")
s1 = 0 * pt[X2] + pt[X1] * 1; s2 = (1 - v2 ** 2) * 1; s3 = 0 * v2 + pt[X1] * s2; s4 = v4 * s1
L.step(s1 == pt[X1]); L.step(s1 == 1); L.step(s2 == 1 - v2 ** 2); L.step(rounds("0.7864", s2))
L.step(s3 == pt[X1] * s2); L.step(rounds("0.7864", s3)); L.step(s4 == v4 * s1); L.step(rounds("1.6487", s4))
L.step(True, note="tangent of a sum"); L.step(substituted(s3 + s4, lambda a, b_: a + b_, "~0.7864", "~1.6487")); L.step(R("0.7864") + R("1.6487") == R("2.4351"))
L.step(same(sp.diff(f, X2), X1 * (1 - sp.tanh(X2) ** 2) + X1 * sp.exp(X1 * X2), positive=False))
L.step(substituted(f2, lambda a, b_: a + b_, "~0.7864", "~1.6487")); L.step(rounds("2.4351", R("0.7864") + R("1.6487"), f2))
L.define(2, "u, seed")
dd = R("0.6") * f1 + R("0.8") * f2
L.step(substituted(dd, lambda a, b_, c_: R("0.6") * a + R("0.8") * (b_ + c_), "~1.2865", "~0.7864", "~1.6487"))   # 2.4351 = 0.7864 + 1.6487
L.step(rounds("0.7719", R("0.6") * R("1.2865")) and rounds("1.9481", R("0.8") * R("2.4351")))
L.step(rounds("2.7200", R("0.7719") + R("1.9481"), dd))
L.step(sp.sqrt(R("0.6") ** 2 + R("0.8") ** 2) == 1)
L.define(note="eps^2 = 0")
a_, ad, b_, bd, e = sp.symbols("a ad b bd epsilon", real=True)
L.step(sp.expand((a_ + ad * e) * (b_ + bd * e)).subs(e ** 2, 0) == sp.expand(a_ * b_ + (a_ * bd + ad * b_) * e))
L.step(same(sp.series(sp.exp(a_ + ad * e), e, 0, 2).removeO(), sp.exp(a_) + sp.exp(a_) * ad * e, positive=False))
L.done()
