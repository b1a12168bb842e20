"""Labels for tufte_handout_tanh_shared_bias_sigmoid_backprop_input_gradient.tex: a lecture handout in
`tufte-handout` (margin notes in prose, `marginfigure` side computations, `\\newthought`, errata in the margin of
a second printing): tanh' three ways (quotient rule, sech^2, 4 sigma'(2z)), values and tanh''; a 2-2-1 sigmoid
network whose hidden units share one bias (dL/db = delta_1 + delta_2), forward and backward pass with numbers,
a finite-difference check, one gradient step; the input gradient W_1^T delta; the same net with tanh hidden
units."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402


def eq(a, b=0):
    """Numerically equal to 25 digits."""
    return abs(sp.N(a - b, 40)) < sp.Rational(1, 10 ** 25)


L = Labels("batch44/tufte_handout_tanh_shared_bias_sigmoid_backprop_input_gradient.tex")
z, t = sp.symbols("z t", real=True)
E = sp.exp
th = sp.tanh(z)
sig = lambda a: 1 / (1 + E(-a))
sech = lambda a: 1 / sp.cosh(a)
u, w = E(z) - E(-z), E(z) + E(-z)

# Section 1
L.define(note="tanh"); L.define(2, "u, w")
L.step(same(sp.diff(u, z), E(z) + E(-z), positive=False)); L.step(True, note="= w")
L.step(same(sp.diff(w, z), E(z) - E(-z), positive=False)); L.step(True, note="= u")
up, wp = sp.diff(u, z), sp.diff(w, z)
L.step(same(sp.diff(u / w, z), (up * w - u * wp) / w ** 2, positive=False))
L.step(same((up * w - u * wp) / w ** 2, (w ** 2 - u ** 2) / w ** 2, positive=False))
L.step(same((w ** 2 - u ** 2) / w ** 2, 1 - u ** 2 / w ** 2, positive=False))
L.step(same(1 - u ** 2 / w ** 2, 1 - th ** 2, positive=False))
L.step(same(w ** 2 - u ** 2, (E(2 * z) + 2 + E(-2 * z)) - (E(2 * z) - 2 + E(-2 * z)), positive=False))
L.step(same((E(2 * z) + 2 + E(-2 * z)) - (E(2 * z) - 2 + E(-2 * z)), 4, positive=False))
L.step(same(sp.diff(th, z), 4 / w ** 2, positive=False)); L.step(same(4 / w ** 2, sech(z) ** 2, positive=False))
# margin: tanh = (1 - e^{-2z})/(1 + e^{-2z}) = 2/(1 + e^{-2z}) - 1 = 2 sigma(2z) - 1
L.step(same(th, (1 - E(-2 * z)) / (1 + E(-2 * z)), positive=False))
L.step(same((1 - E(-2 * z)) / (1 + E(-2 * z)), 2 / (1 + E(-2 * z)) - 1, positive=False))
L.step(same(2 / (1 + E(-2 * z)) - 1, 2 * sig(2 * z) - 1, positive=False))
L.define(note="sigma")
L.step(same(th, 2 * sig(2 * z) - 1, positive=False))
sigp = lambda a: sig(a) * (1 - sig(a))
L.step(same(sp.diff(th, z), 2 * sigp(2 * z) * 2, positive=False))
L.step(True, note="2 . s'(2z) . 2 = 4 s'(2z)")
L.step(same(sigp(2 * z), sig(2 * z) * (1 - sig(2 * z)), positive=False) and same(sp.diff(sig(t), t), sigp(t), positive=False))
L.step(sp.diff(th, z).subs(z, 0) == 1); L.step(sp.simplify(4 * sigp(0)) == 4 * R("0.25")); L.step(4 * R("0.25") == 1)
L.step(True, note="tanh' > 0"); L.step(True, note="tanh' = sech^2 <= 1"); L.define(note="z = 0")
d1 = sp.diff(th, z)
L.step(same(sp.diff(th, z, 2), sp.diff(1 - th ** 2, z), positive=False))
L.step(same(sp.diff(1 - th ** 2, z), -2 * th * d1, positive=False))
L.step(same(-2 * th * d1, -2 * th * (1 - th ** 2), positive=False))
# values
t5 = sp.tanh(R("0.5"))
L.step(rounds("0.4621", t5))
L.step(substituted(1 - t5 ** 2, lambda a: 1 - a ** 2, "~0.4621"))
L.step(rounds("0.2135", R("0.4621") ** 2, t5 ** 2)); L.step(rounds("0.7865", 1 - R("0.2135"), 1 - t5 ** 2))
s1 = sig(sp.Integer(1))
L.step(substituted(4 * s1 * (1 - s1), lambda a, b: 4 * a * b, "~0.7311", "~0.2689"))
L.step(rounds("0.7864", 4 * R("0.7311") * R("0.2689"), 1 - t5 ** 2))
t1 = sp.tanh(sp.Integer(1))
L.define(note="z = 1")
L.step(substituted(1 - t1 ** 2, lambda a: 1 - a ** 2, "~0.7616"))
L.step(rounds("0.5800", R("0.7616") ** 2, t1 ** 2)); L.step(rounds("0.4200", 1 - R("0.5800"), 1 - t1 ** 2))
tpp1 = sp.diff(th, z, 2).subs(z, 1)
L.step(substituted(tpp1, lambda a, b: -2 * a * b, "~0.7616", "~0.4200"))
L.step(rounds("-0.6397", -2 * R("0.7616") * R("0.4200"), tpp1))
t2 = sp.tanh(sp.Integer(2))
L.define(note="z = 2")
L.step(substituted(1 - t2 ** 2, lambda a: 1 - a ** 2, "~0.9640"))
L.step(rounds("0.9293", R("0.9640") ** 2, t2 ** 2)); L.step(rounds("0.0707", 1 - R("0.9293"), 1 - t2 ** 2))
L.step(same(sp.diff(sp.tanh(3 * z), z), 3 * (1 - sp.tanh(3 * z) ** 2), positive=False))
L.step(same(sp.diff(sp.tanh(z ** 2), z), 2 * z * sech(z ** 2) ** 2, positive=False))
L.step(same(sp.diff(th ** 2, z), 2 * th * sech(z) ** 2, positive=False))
L.step(same(sp.diff(sp.log(sp.cosh(z)), z), sp.sinh(z) / sp.cosh(z), positive=False))
L.step(same(sp.sinh(z) / sp.cosh(z), th, positive=False))
L.step(same(sp.diff(sech(z), z), sech(z) * th, positive=False), note="sign: -sech tanh")

# Section 2: the network
L.define(note="1 = (1,1)"); L.define(5, "z, h, s, yhat, L"); L.define(6, "data")
x = [R("0.5"), R("-1.0")]
W = [[R("0.4"), R("-0.3")], [R("0.2"), R("0.6")]]
b0, v, c0, y = R("0.1"), [R("0.7"), R("-0.5")], R("0.2"), 1
bs, cs = sp.symbols("b c", real=True)
X1, X2 = sp.symbols("x1 x2", real=True)
zz = [W[i][0] * X1 + W[i][1] * X2 + bs for i in range(2)]
hh = [sig(q) for q in zz]
ss = v[0] * hh[0] + v[1] * hh[1] + cs
Lf = (sig(ss) - y) ** 2 / 2
pt = {X1: x[0], X2: x[1], bs: b0, cs: c0}
ZS = sp.symbols("z1 z2", real=True)
Lz = (sig(v[0] * sig(ZS[0]) + v[1] * sig(ZS[1]) + c0) - y) ** 2 / 2
zv = [q.subs(pt) for q in zz]
delta = [sp.diff(Lz, ZS[i]).subs({ZS[0]: zv[0], ZS[1]: zv[1]}) for i in range(2)]
dLdb = sp.diff(Lf, bs).subs(pt)
L.define(note="delta_j")
L.step(True, note="z_1 with shared b"); L.step(True, note="z_2 with shared b")
L.step(sp.diff(zz[0], bs) == 1); L.step(sp.diff(zz[1], bs) == 1)
L.step(eq(dLdb - (delta[0] + delta[1])), note="chain rule over both paths, checked numerically")
L.step(True, note="dz/db = 1"); L.step(True, note="delta1 + delta2"); L.step(True, note="= 1^T delta")
L.step(eq(dLdb - delta[0]), note="one path only")
L.step(eq(dLdb - (delta[0] + delta[1]) / 2), note="average")
L.step(True, note="separate b1"); L.step(True, note="separate b2")
L.define(2, "tying b1 = b2 = b")

# forward pass
L.step(zv[0] == R("0.4") * R("0.5") + R("-0.3") * R("-1.0") + R("0.1"))
L.step(R("0.4") * R("0.5") == R("0.2") and R("-0.3") * R("-1.0") == R("0.3")); L.step(zv[0] == R("0.6"))
L.step(zv[1] == R("0.2") * R("0.5") + R("0.6") * R("-1.0") + R("0.1"))
L.step(R("0.2") * R("0.5") == R("0.1") and R("0.6") * R("-1.0") == R("-0.6")); L.step(zv[1] == R("-0.4"))
h = [sig(q) for q in zv]
L.step(True, note="h1 = sigma(0.6)"); L.step(rounds("0.6457", h[0])); L.step(True); L.step(rounds("0.4013", h[1]))
s = v[0] * h[0] + v[1] * h[1] + c0
L.step(substituted(s, lambda a, b: R("0.7") * a - R("0.5") * b + R("0.2"), "~0.6457", "~0.4013"))
L.step(rounds("0.4520", R("0.7") * R("0.6457"), v[0] * h[0]) and rounds("0.2007", R("0.5") * R("0.4013"), -v[1] * h[1]))
L.step(rounds("0.4513", R("0.4520") - R("0.2007") + R("0.2"), s))
yh = sig(s)
L.step(substituted(yh, lambda a: sig(a), "~0.4513")); L.step(rounds("0.6109", sig(R("0.4513")), yh))
Lv = (yh - 1) ** 2 / 2
L.step(substituted(Lv, lambda a: (a - 1) ** 2 / 2, "~0.6109"))
L.step(rounds("0.1514", (R("0.6109") - 1) ** 2, (yh - 1) ** 2)); L.step(rounds("0.0757", R("0.1514") / 2, Lv))
# margin
L.step(rounds("0.5488", E(R("-0.6")))); L.step(substituted(h[0], lambda a: 1 / (1 + a), "~0.5488")); L.step(rounds("0.6457", 1 / R("1.5488"), h[0]))
L.step(rounds("1.4918", E(R("0.4")))); L.step(substituted(h[1], lambda a: 1 / (1 + a), "~1.4918")); L.step(rounds("0.4013", 1 / R("2.4918"), h[1]))
L.step(rounds("0.6368", E(R("-0.4513")), E(-s))); L.step(substituted(yh, lambda a: 1 / (1 + a), "~0.6368")); L.step(rounds("0.6109", 1 / R("1.6368"), yh))

# backward pass
L.step(True, note="dL/dyhat"); L.step(True, note="sigma'(s)")
do = (yh - 1) * yh * (1 - yh)
L.define(note="delta_o :="); L.step(True, note="chain rule")
L.step(substituted(do, lambda a, b, c: a * b * c, "~-0.3891", "~0.6109", "~0.3891"))
L.step(rounds("0.2377", R("0.6109") * R("0.3891"), yh * (1 - yh)))
L.step(rounds("-0.0925", R("-0.3891") * R("0.2377"), do))
L.step(True, note="dL/dc = delta_o"); L.step(rounds("-0.0925", do))
L.step(True, note="dL/dv1 = delta_o h1"); L.step(substituted(do * h[0], lambda a, b: a * b, "~-0.0925", "~0.6457"))
L.step(rounds("-0.0579", R("-0.0925") * R("0.6457"), do * h[0]), note="-0.0597")
L.step(True); L.step(substituted(do * h[1], lambda a, b: a * b, "~-0.0925", "~0.4013")); L.step(rounds("-0.0371", R("-0.0925") * R("0.4013"), do * h[1]))
sp1 = [q * (1 - q) for q in h]
for j, (hw, ow, sw) in enumerate([("0.6457", "0.3543", "0.2288"), ("0.4013", "0.5987", "0.2403")]):
    L.step(True, note="sigma' = h(1-h)")
    L.step(substituted(sp1[j], lambda a, b: a * b, "~" + hw, "~" + ow))
    L.step(rounds(sw, R(hw) * R(ow), sp1[j]))
dl = [do * v[j] * sp1[j] for j in range(2)]
assert all(eq(dl[j] - delta[j]) for j in range(2))
L.step(True); L.step(substituted(dl[0], lambda a, c: a * R("0.7") * c, "~-0.0925", "~0.2288")); L.step(rounds("-0.0148", R("-0.0925") * R("0.7") * R("0.2288"), dl[0]))
L.step(True); L.step(substituted(dl[1], lambda a, c: a * R("-0.5") * c, "~-0.0925", "~0.2403")); L.step(rounds("0.0111", R("-0.0925") * R("-0.5") * R("0.2403"), dl[1]))
L.step(True, note="shared bias"); L.step(substituted(dLdb, lambda a, b: a + b, "~-0.0148", "~0.0111")); L.step(rounds("-0.0037", R("-0.0148") + R("0.0111"), dLdb))
L.step(True, note="dL/dW1 = delta x^T")
dW = [[dl[i] * x[j] for j in range(2)] for i in range(2)]
L.step(all(substituted(dW[i][j], lambda a: a * x[j], "~" + ["-0.0148", "0.0111"][i]) for i in range(2) for j in range(2)))
Wwrit = [["-0.0074", "-0.0148"], ["0.0056", "-0.0111"]]
L.step(all(rounds(Wwrit[i][j], R(["-0.0148", "0.0111"][i]) * x[j], dW[i][j]) for i in range(2) for j in range(2)), note="(1,2) sign")
# finite difference margin
L.define(note="eps")
Lb = lambda bb: Lf.subs({X1: x[0], X2: x[1], cs: c0, bs: bb})
Lp, Lm = Lb(R("0.101")), Lb(R("0.099"))
L.step(rounds("0.07567662", Lp)); L.step(rounds("0.07568403", Lm))
L.step(substituted((Lp - Lm) / R("0.002"), lambda a, b: (a - b) / R("0.002"), "~0.07567662", "~0.07568403")
       and R("0.07567662") - R("0.07568403") == R("-0.00000741"))
L.step(rounds("-0.0037", R("-0.00000741") / R("0.002"), (Lp - Lm) / R("0.002")))
# GD step
L.define(2, "eta, rule")
L.step(substituted(b0 - R("0.5") * dLdb, lambda a: R("0.1") - R("0.5") * a, "~-0.0037"))
L.step(rounds("0.1019", R("0.1") - R("0.5") * R("-0.0037"), b0 - R("0.5") * dLdb))
L.step(substituted(c0 - R("0.5") * do, lambda a: R("0.2") - R("0.5") * a, "~-0.0925"))
L.step(rounds("0.1538", R("0.2") - R("0.5") * R("-0.0925"), c0 - R("0.5") * do), note="0.2463")
v1new = v[0] - R("0.5") * do * h[0]
L.step(substituted(v1new, lambda a: R("0.7") - R("0.5") * a, "~-0.0579"), carried=True)
L.step(rounds("0.7290", R("0.7") - R("0.5") * R("-0.0579")))
v2new = v[1] - R("0.5") * do * h[1]
L.step(substituted(v2new, lambda a: R("-0.5") - R("0.5") * a, "~-0.0371"))
L.step(rounds("-0.4815", R("-0.5") - R("0.5") * R("-0.0371"), v2new))
L.step(True, note="-eta ||grad||^2 <= 0")

# Section 3: input gradient
L.step(True, note="z_j = sum_k W_jk x_k + b")
L.step(True, note="chain rule"); L.step(True, note="sum_j delta_j W_jk")
gx = [sp.diff(Lf, X1).subs(pt), sp.diff(Lf, X2).subs(pt)]
Wd = [W[j][0] * dl[0] + W[j][1] * dl[1] for j in range(2)]
L.step(all(eq(gx[j] - Wd[j]) for j in range(2)), note="W1 delta for W1^T delta")
L.step(substituted(Wd[0], lambda a, b: R("0.4") * a - R("0.3") * b, "~-0.0148", "~0.0111")
       and substituted(Wd[1], lambda a, b: R("0.2") * a + R("0.6") * b, "~-0.0148", "~0.0111"))
L.step(rounds("-0.0093", R("0.4") * R("-0.0148") - R("0.3") * R("0.0111"), Wd[0])
       and rounds("0.0037", R("0.2") * R("-0.0148") + R("0.6") * R("0.0111"), Wd[1]))
ng = sp.sqrt(gx[0] ** 2 + gx[1] ** 2)
L.step(substituted(ng, lambda a, b: sp.sqrt(a ** 2 + b ** 2), "~0.0093", "~0.0037"),
       carried=substituted(sp.sqrt(Wd[0] ** 2 + Wd[1] ** 2), lambda a, b: sp.sqrt(a ** 2 + b ** 2), "~0.0093", "~0.0037"))
L.step(rounds("0.0100", sp.sqrt(R("0.0093") ** 2 + R("0.0037") ** 2)))
WTd = [W[0][k] * dl[0] + W[1][k] * dl[1] for k in range(2)]
L.step(all(eq(gx[k] - WTd[k]) for k in range(2)))
L.step(substituted(WTd[0], lambda a, b: R("0.4") * a + R("0.2") * b, "~-0.0148", "~0.0111")
       and substituted(WTd[1], lambda a, b: R("-0.3") * a + R("0.6") * b, "~-0.0148", "~0.0111"))
L.step(R("0.4") * R("-0.0148") == R("-0.00592") and R("0.2") * R("0.0111") == R("0.00222")
       and R("-0.3") * R("-0.0148") == R("0.00444") and R("0.6") * R("0.0111") == R("0.00666"))
L.step(rounds("-0.0037", R("-0.00592") + R("0.00222"), gx[0]) and rounds("0.0111", R("0.00444") + R("0.00666"), gx[1]))
L.step(substituted(ng, lambda a, b: sp.sqrt(a ** 2 + b ** 2), "~-0.0037", "~0.0111"))
L.step(R("0.0037") ** 2 + R("0.0111") ** 2 == R("0.0001369")); L.step(rounds("0.0117", sp.sqrt(R("0.0001369")), ng))
L.step(eq(dLdb - (dl[0] + dl[1]))); L.step(True, note="W1^T delta")
L.define(note="x <- x - 0.1 grad")
xn = [x[k] - R("0.1") * gx[k] for k in range(2)]
L.step(substituted(xn[0], lambda a: R("0.5") - a, "~0.00037") and substituted(xn[1], lambda a: R("-1.0") - a, "~0.00111"), note="0.5 + 0.00037")
L.step(R("0.5") - R("0.00037") == R("0.49963") and R("-1.0") - R("0.00111") == R("-1.00111"))
L.step(substituted(-R("0.1") * ng ** 2, lambda a, b: -R("0.1") * (a ** 2 + b ** 2), "~-0.0037", "~0.0111"))  # 0.0001369 from them
L.step(rounds("-0.0000137", -R("0.1") * R("0.0001369"), -R("0.1") * ng ** 2))

# Section 4: tanh hidden units
L.step(zv[0] == R("0.6")); L.step(zv[1] == R("-0.4"))
ht = [sp.tanh(q) for q in zv]
L.step(True); L.step(rounds("0.5370", ht[0])); L.step(True); L.step(rounds("-0.3799", ht[1]))
st = v[0] * ht[0] + v[1] * ht[1] + c0
L.step(substituted(st, lambda a, b: R("0.7") * a - R("0.5") * b + R("0.2"), "~0.5370", "~-0.3799"))
L.step(R("0.7") * R("0.5370") == R("0.3759") and rounds("0.1900", R("0.5") * R("0.3799"), -v[1] * ht[1]))
L.step(rounds("0.7659", R("0.3759") + R("0.1900") + R("0.2"), st))
yt = sig(st)
L.step(substituted(yt, sig, "~0.7659")); L.step(rounds("0.6826", sig(R("0.7659")), yt))
Lt = (yt - 1) ** 2 / 2
L.step(substituted(Lt, lambda a: (a - 1) ** 2 / 2, "~0.6826")); L.step(rounds("0.0504", (R("0.6826") - 1) ** 2 / 2, Lt))
dot = (yt - 1) * yt * (1 - yt)
L.step(substituted(dot, lambda a, b, c: (a - 1) * b * c, "~0.6826", "~0.6826", "~0.3174"))
L.step(rounds("-0.0688", (R("0.6826") - 1) * R("0.6826") * R("0.3174"), dot))
tp = [1 - q ** 2 for q in ht]
wp_ = [q * (1 - q) for q in ht]
L.step(eq(tp[0] - wp_[0]), note="h(1-h) for tanh'")
L.step(substituted(wp_[0], lambda a, b: a * b, "~0.5370", "~0.4630")); L.step(rounds("0.2486", R("0.5370") * R("0.4630"), wp_[0]))
L.step(eq(tp[1] - wp_[1]), carried=True)
L.step(substituted(wp_[1], lambda a, b: a * b, "~-0.3799", "~1.3799")); L.step(rounds("-0.5242", R("-0.3799") * R("1.3799"), wp_[1]))
dt = [dot * v[j] * tp[j] for j in range(2)]
dtw = [dot * v[j] * wp_[j] for j in range(2)]
L.step(substituted(dt[0], lambda a, c: a * R("0.7") * c, "~-0.0688", "~0.2486"),
       carried=substituted(dtw[0], lambda a, c: a * R("0.7") * c, "~-0.0688", "~0.2486"))
L.step(rounds("-0.0120", R("-0.0688") * R("0.7") * R("0.2486")))
L.step(substituted(dt[1], lambda a, c: a * R("-0.5") * c, "~-0.0688", "~-0.5242"),
       carried=substituted(dtw[1], lambda a, c: a * R("-0.5") * c, "~-0.0688", "~-0.5242"))
L.step(rounds("-0.0180", R("-0.0688") * R("-0.5") * R("-0.5242")))
L.step(substituted(dt[0] + dt[1], lambda a, b: a + b, "~-0.0120", "~-0.0180"),
       carried=substituted(dtw[0] + dtw[1], lambda a, b: a + b, "~-0.0120", "~-0.0180"))
L.step(R("-0.0120") - R("0.0180") == R("-0.0300"))
L.step(substituted(tp[0], lambda a: 1 - a ** 2, "~0.5370")); L.step(rounds("0.7116", 1 - R("0.5370") ** 2, tp[0]))
L.step(substituted(tp[1], lambda a: 1 - a ** 2, "~0.3799")); L.step(rounds("0.8557", 1 - R("0.3799") ** 2, tp[1]))
L.step(substituted(dt[0], lambda a, c: a * R("0.7") * c, "~-0.0688", "~0.7116")); L.step(rounds("-0.0343", R("-0.0688") * R("0.7") * R("0.7116"), dt[0]))
L.step(substituted(dt[1], lambda a, c: a * R("-0.5") * c, "~-0.0688", "~0.8557")); L.step(rounds("0.0294", R("-0.0688") * R("-0.5") * R("0.8557"), dt[1]))
L.step(True, note="shared bias"); L.step(substituted(dt[0] + dt[1], lambda a, b: a + b, "~-0.0343", "~0.0294"))
L.step(rounds("-0.0049", R("-0.0343") + R("0.0294"), dt[0] + dt[1]))
L.step(True, note="W1^T delta")
gt = [W[0][k] * dt[0] + W[1][k] * dt[1] for k in range(2)]
L.step(substituted(gt[0], lambda a, b: R("0.4") * a + R("0.2") * b, "~-0.0343", "~0.0294")
       and substituted(gt[1], lambda a, b: R("-0.3") * a + R("0.6") * b, "~-0.0343", "~0.0294"))
L.step(rounds("-0.0078", R("0.4") * R("-0.0343") + R("0.2") * R("0.0294"), gt[0])
       and rounds("0.0279", R("-0.3") * R("-0.0343") + R("0.6") * R("0.0294"), gt[1]))
ngt = sp.sqrt(gt[0] ** 2 + gt[1] ** 2)
L.step(rounds("0.0290", sp.sqrt(R("0.0078") ** 2 + R("0.0279") ** 2), ngt)); L.step(R("0.0290") > R("0.0117"))

L.done()
