"""Labels for galilean_dialogue_tanh_shared_bias_sigmoid_mlp_input_gradient.tex: a dialogue in the manner of
Galileo (Salviati, Sagredo, Simplicio; `\\who{...}` speeches, stage directions), on tanh' by the quotient rule and
as 4/(e^x + e^-x)^2, values at 0.5 and 1, tanh = 2 sigma(2x) - 1, tanh'', limits and the cubic term, the integral,
chain-rule exercises and artanh; a bias shared by two tanh units; a 2-2-1 sigmoid net forward and backward, the
input gradient and a step on the output layer. Slips: tanh'(1) = 1 - tanh 1 (the square forgotten; carried into the
fall of the slope and its share); the limit of (tanh x - x)/x^3 as +1/3 (carried into the cubic approximation and
tanh 0.1); dL/db = delta_1 only (carried into dL/db = -0.0851 and the step on b); dL/dx = W_1 delta_1 without the
transpose (carried into the ratio of the two components and the nudged input); sigma(0.2577) as 0.5461 (digits
swapped; carried into the new loss and the fall of the loss)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch54/galilean_dialogue_tanh_shared_bias_sigmoid_mlp_input_gradient.tex")
x, y, t = sp.symbols("x y t", real=True)
th = (sp.exp(x) - sp.exp(-x)) / (sp.exp(x) + sp.exp(-x))
dth = sp.diff(th, x)
sig = lambda u: 1 / (1 + sp.exp(-u))
tanh = sp.tanh
sech2 = lambda u: 1 / sp.cosh(u) ** 2
L.define(note="tanh by exponentials")
quot = ((sp.exp(x) + sp.exp(-x)) ** 2 - (sp.exp(x) - sp.exp(-x)) ** 2) / (sp.exp(x) + sp.exp(-x)) ** 2
L.step(same(dth, quot, positive=False)); L.step(same(quot, 1 - th ** 2, positive=False))
L.step(same((sp.exp(x) + sp.exp(-x)) ** 2 - (sp.exp(x) - sp.exp(-x)) ** 2, 4, positive=False))
L.step(same(dth, 4 / (sp.exp(x) + sp.exp(-x)) ** 2, positive=False))
L.step(same(4 / (sp.exp(x) + sp.exp(-x)) ** 2, 1 / sp.cosh(x) ** 2, positive=False))
L.step(True, note="1/cosh^2 = sech^2 by definition of sech")
L.define(note="cosh")
L.step(rounds("0.4621", tanh(R("0.5"))))
d05 = sech2(R("0.5"))
L.step(substituted(d05, lambda a: 1 - a ** 2, "~0.4621"))
L.step(substituted(d05, lambda a: 1 - a, "~0.2135") and rounds("0.2135", R("0.4621") ** 2, tanh(R("0.5")) ** 2))
L.step(rounds("0.7865", 1 - R("0.2135"), d05))
# Simplicio at 1
d1 = sech2(1)
L.step(rounds("0.7616", tanh(1)))
L.step(same(d1, 1 - tanh(1)), note="square forgotten")
L.step(substituted(1 - tanh(1), lambda a: 1 - a, "~0.7616")); L.step(rounds("0.2384", 1 - R("0.7616")))
L.step(substituted(d05 - d1, lambda a, b: a - b, "~0.7865", "~0.2384"),
       carried=substituted(d05 - (1 - tanh(1)), lambda a, b: a - b, "~0.7865", "~0.2384"))
L.step(rounds("0.5481", R("0.7865") - R("0.2384")))
share_w = (d05 - (1 - tanh(1))) / d05
L.step(rounds("0.6969", (d05 - d1) / d05), carried=substituted(share_w, lambda a, b: a / b, "~0.5481", "~0.7865"))
L.step(rounds("0.6969", R("0.5481") / R("0.7865"))); L.step(R("0.6969") > sp.Rational(2, 3))
# Salviati
L.step(substituted(d1, lambda a: 1 - a ** 2, "~0.7616"))
L.step(substituted(d1, lambda a: 1 - a, "~0.5800") and rounds("0.5800", R("0.7616") ** 2))
L.step(rounds("0.4200", 1 - R("0.5800"), d1))
L.step(substituted(d05 - d1, lambda a, b: a - b, "~0.7865", "~0.4200")); L.step(rounds("0.3665", R("0.7865") - R("0.4200")))
L.step(rounds("0.4660", R("0.3665") / R("0.7865"), (d05 - d1) / d05))
# through the sigmoid
L.define(note="sigma")
L.step(same(sp.tanh(x), 2 * sig(2 * x) - 1, positive=False))
sp_ = lambda u: sig(u) * (1 - sig(u))
L.step(same(sp.diff(sp.tanh(x), x), 4 * sp.diff(sig(t), t).subs(t, 2 * x), positive=False))
L.step(same(4 * sp.diff(sig(t), t).subs(t, 2 * x), 4 * sig(2 * x) * (1 - sig(2 * x)), positive=False))
L.step(rounds("0.7311", sig(1)))
L.step(substituted(sp_(1), lambda a, b: a * b, "~0.7311", "~0.2689") and rounds("0.2689", 1 - sig(1)))
L.step(rounds("0.1966", R("0.7311") * R("0.2689"), sp_(1)))
L.step(rounds("0.7864", 4 * R("0.1966"), 4 * sp_(1)))
L.step(rounds("0.78645", d05))
# second derivative, symmetry
L.step(same(sp.diff(sp.tanh(x), x, 2), -2 * sp.tanh(x) * (1 - sp.tanh(x) ** 2), positive=False))
L.step(sp.diff(sp.tanh(x), x, 2).subs(x, 0) == 0); L.step(sp.diff(sp.tanh(x), x).subs(x, 0) == 1)
L.step(same(sp.tanh(-x), -sp.tanh(x), positive=False))
L.step(same(sp.diff(sp.tanh(x), x).subs(x, -x), sp.diff(sp.tanh(x), x), positive=False))
L.step(sp.limit(sp.tanh(x) / x, x, 0) == 1); L.step(sp.limit(sp.tanh(x), x, sp.oo) == 1)
L.step(same(1 - sp.tanh(x), 2 * sp.exp(-2 * x) / (1 + sp.exp(-2 * x)), positive=False))
L.step(sp.limit(sp.exp(2 * x) * 2 * sp.exp(-2 * x) / (1 + sp.exp(-2 * x)), x, sp.oo) == 2)
lim3 = sp.limit((sp.tanh(x) - x) / x ** 3, x, 0)
L.step(lim3 == sp.Rational(1, 3), note="-1/3")
tb = sp.tanh(R("0.1"))
L.step(False, carried=True, note="tanh x ~ x + x^3/3 from the wrong limit")
L.step(rounds("0.100333", tb, approx=True), carried=rounds("0.100333", R("0.1") + R("0.1") ** 3 / 3))
L.step(R("0.1") + R("0.000333") == R("0.100333"))
ser = sp.series(sp.tanh(x), x, 0, 7).removeO()
L.step(sp.expand(ser - (x - x ** 3 / 3 + 2 * x ** 5 / 15)) == 0); L.step(lim3 == -sp.Rational(1, 3))
L.step(rounds("0.099667", tb, approx=True)); L.step(R("0.1") - R("0.000333") == R("0.099667"))
L.step(rounds("0.0996680", tb))
# exercises
L.step(same(sp.diff(sp.log(sp.cosh(x)), x), sp.tanh(x), positive=False))
I1 = sp.integrate(sp.tanh(x), (x, 0, 1))
L.step(same(I1, sp.log(sp.cosh(1)), symbols=[]) if I1.free_symbols == set() else False)
L.step(substituted(sp.log(sp.cosh(1)), lambda c: sp.log(c), "~1.5431") and rounds("1.5431", sp.cosh(1)))
L.step(rounds("0.4338", sp.log(R("1.5431")), sp.log(sp.cosh(1))))
L.step(same(sp.diff(sp.tanh(3 * x), x), 3 * sech2(3 * x), positive=False))
L.step(same(3 * sech2(3 * x), 3 * (1 - sp.tanh(3 * x) ** 2), positive=False))
L.step(same(sp.diff(sp.tanh(x) ** 2, x), 2 * sp.tanh(x) * sech2(x), positive=False))
u = sp.symbols("u", real=True)
yv = sp.Rational(3, 7)
L.step(same(sp.tanh(sp.log((1 + y) / (1 - y)) / 2).subs(y, yv), yv, symbols=[]), note="artanh by logs")
L.step(same(sp.diff(sp.log((1 + y) / (1 - y)) / 2, y).subs(y, yv), 1 / (1 - yv ** 2), symbols=[]))
L.step(same(sp.diff(sp.tanh(x), x), 1 - sp.tanh(x) ** 2, positive=False))
# shared bias
L.define(4, "z_j, h_j, yhat, L"); L.define(7, "x, w_1, w_2, b, v_1, v_2, y")
X, w1, w2, b, v1, v2, Y = 1, R("0.5"), R("-0.3"), R("0.1"), R("0.8"), R("0.4"), R("0.5")


def fwd(b_):
    z1, z2 = w1 * X + b_, w2 * X + b_
    h1, h2 = sp.tanh(z1), sp.tanh(z2)
    yh = v1 * h1 + v2 * h2
    return z1, z2, h1, h2, yh, (yh - Y) ** 2 / 2


z1, z2, h1, h2, yh, Lv = fwd(b)
L.step(z1 == R("0.5") + R("0.1")); L.step(z1 == R("0.6")); L.step(z2 == R("-0.3") + R("0.1")); L.step(z2 == R("-0.2"))
L.step(True, note="h_1 = tanh 0.6"); L.step(rounds("0.53705", h1)); L.step(True, note="h_2 = tanh(-0.2)"); L.step(rounds("-0.19738", h2))
L.step(substituted(yh, lambda a, c: R("0.8") * a + R("0.4") * c, "~0.53705", "~-0.19738"))
L.step(R("0.8") * R("0.53705") == R("0.42964") and rounds("-0.07895", R("0.4") * R("-0.19738")))
L.step(rounds("0.3507", R("0.42964") - R("0.07895"), yh))
L.step(substituted(Lv, lambda a: (a - R("0.5")) ** 2 / 2, "~0.3507"))
L.step(substituted(Lv, lambda c: c / 2, "~0.02229") and rounds("0.02229", (R("0.3507") - R("0.5")) ** 2, (yh - Y) ** 2))
L.step(rounds("0.0111", R("0.02229") / 2, Lv))
L.step(True, note="dz_1/db = 1")
d = yh - Y
dl1, dl2 = d * v1 * (1 - h1 ** 2), d * v2 * (1 - h2 ** 2)
L.step(False, note="dL/db is delta_1 + delta_2, the one-path chain rule misses z_2")
L.step(True, note="dL/dz_1 * 1 = delta_1"); L.define(note="delta_1")
L.step(substituted(dl1, lambda a, c: a * R("0.8") * (1 - c), "~-0.1493", "~0.2884")
       and rounds("-0.1493", d, R("0.3507") - R("0.5")) and rounds("0.2884", R("0.53705") ** 2, h1 ** 2))
L.step(substituted(dl1, lambda a, c: a * R("0.8") * c, "~-0.1493", "~0.7116") and 1 - R("0.2884") == R("0.7116"))
L.step(rounds("-0.0850", R("-0.1493") * R("0.8") * R("0.7116"), dl1))
gb = dl1 + dl2
L.step(rounds("-0.0850", gb), carried=rounds("-0.0850", dl1)); L.define(note="eta")
L.step(substituted(b - R("0.5") * gb, lambda c: R("0.1") - R("0.5") * c, "~-0.0850"),
       carried=substituted(b - R("0.5") * dl1, lambda c: R("0.1") - R("0.5") * c, "~-0.0850"))
L.step(R("0.1") - R("0.5") * R("-0.0850") == R("0.1425"))
# Salviati
L.step(True, note="dz_j/db = 1")
L.step(True, note="chain rule over both z_j"); L.step(True, note="times 1")
L.define(note="delta_2")
L.step(substituted(dl2, lambda a, c: a * R("0.4") * (1 - c), "~-0.1493", "~0.0390") and rounds("0.0390", R("0.19738") ** 2, h2 ** 2))
L.step(rounds("-0.0574", R("-0.1493") * R("0.4") * (1 - R("0.0390")), dl2))
L.step(substituted(gb, lambda a, c: a + c, "~-0.0850", "~-0.0574")); L.step(rounds("-0.1424", R("-0.0850") + R("-0.0574"), gb))
L.step(substituted(b - R("0.5") * gb, lambda c: R("0.1") - R("0.5") * c, "~-0.1424"))
L.step(R("0.1") - R("0.5") * R("-0.1424") == R("0.1712"))
e = R("0.001")
L.step(rounds("-0.1424", (fwd(b + e)[5] - fwd(b - e)[5]) / (2 * e), approx=True))
L.step(True, note="dL/dv_j = (yhat - y) h_j")
L.step(substituted(d * h1, lambda a, c: a * c, "~-0.1493", "~0.53705")); L.step(rounds("-0.0802", R("-0.1493") * R("0.53705"), d * h1))
L.step(substituted(d * h2, lambda a, c: a * c, "~-0.1493", "~-0.19738")); L.step(rounds("0.0295", R("-0.1493") * R("-0.19738"), d * h2))
L.step(True, note="dL/dw_j = delta_j x"); L.step(rounds("-0.0850", dl1 * X)); L.step(rounds("-0.0574", dl2 * X))
gx = dl1 * w1 + dl2 * w2
L.step(True, note="dL/dx over both units")
L.step(substituted(gx, lambda a, c: a * R("0.5") + c * R("-0.3"), "~-0.0850", "~-0.0574"))
L.step(R("-0.0850") * R("0.5") == R("-0.0425") and R("-0.0574") * R("-0.3") == R("0.01722"))
L.step(rounds("-0.0253", R("-0.0425") + R("0.01722"), gx))
# 2-2-1 sigmoid net
L.define(5, "a, h, o, yhat, L"); L.define(4, "x, W_1, b_1, w_2"); L.define(2, "b_2, y")
xv = sp.Matrix([R("1.0"), R("0.5")]); W1 = sp.Matrix([[R("0.4"), R("-0.2")], [R("0.3"), R("0.6")]])
b1 = sp.Matrix([R("0.1"), R("-0.1")]); wv2 = sp.Matrix([R("0.7"), R("-0.5")]); b2 = R("0.05"); yt = 1


def net(xv, wv2, b2):
    a = W1 * xv + b1
    h = a.applyfunc(sig)
    o = (wv2.T * h)[0] + b2
    yh = sig(o)
    return a, h, o, yh, (yh - yt) ** 2 / 2


a, h, o, yh2, L2 = net(xv, wv2, b2)
L.step(a[0] == R("0.4") * R("1.0") - R("0.2") * R("0.5") + R("0.1")); L.step(a[0] == R("0.4"))
L.step(a[1] == R("0.3") * R("1.0") + R("0.6") * R("0.5") - R("0.1")); L.step(a[1] == R("0.5"))
L.step(True, note="h_1 = sigma(0.4)"); L.step(rounds("0.5987", h[0])); L.step(True, note="h_2 = sigma(0.5)"); L.step(rounds("0.6225", h[1]))
L.step(substituted(o, lambda p, q: R("0.7") * p - R("0.5") * q + R("0.05"), "~0.5987", "~0.6225"))
L.step(rounds("0.4191", R("0.7") * R("0.5987"), R("0.7") * h[0]) and rounds("0.3112", R("0.5") * R("0.6225"), R("0.5") * h[1]))
L.step(rounds("0.1579", R("0.4191") - R("0.3112") + R("0.05"), o))
L.step(substituted(yh2, sig, "~0.1579")); L.step(rounds("0.5394", sig(R("0.1579")), yh2))
L.step(substituted(L2, lambda p: (p - 1) ** 2 / 2, "~0.5394"))
L.step(substituted(L2, lambda p: p / 2, "~0.2122") and rounds("0.2122", (R("0.5394") - 1) ** 2, (yh2 - 1) ** 2))
L.step(rounds("0.1061", R("0.2122") / 2, L2))
dout = (yh2 - yt) * yh2 * (1 - yh2)
L.define(note="delta_out := dL/do"); L.step(True, note="dL/do for sigmoid and squared loss")
L.step(substituted(dout, lambda p, q, r: p * q * r, "~-0.4606", "~0.5394", "~0.4606"))
L.step(rounds("-0.1144", R("-0.4606") * R("0.5394") * R("0.4606"), dout))
gw2 = dout * h
L.step(True, note="dL/dw2 = delta h"); L.step(substituted(gw2[0], lambda p, q: p * q, "~-0.1144", "~0.5987") and substituted(gw2[1], lambda p, q: p * q, "~-0.1144", "~0.6225"))
L.step(rounds("-0.0685", R("-0.1144") * R("0.5987"), gw2[0]) and rounds("-0.0712", R("-0.1144") * R("0.6225"), gw2[1]))
L.step(True, note="dL/db2 = delta_out"); L.step(rounds("-0.1144", dout))
gh = wv2 * dout
L.step(True, note="dL/dh = w2 delta_out")
L.step(rounds("-0.0801", gh[0], R("0.7") * R("-0.1144")) and rounds("0.0572", gh[1], R("-0.5") * R("-0.1144")))
sl = [h[0] * (1 - h[0]), h[1] * (1 - h[1])]
L.step(substituted(sl[0], lambda p, q: p * q, "~0.5987", "~0.4013") and 1 - R("0.5987") == R("0.4013"))
L.step(rounds("0.2403", R("0.5987") * R("0.4013"), sl[0]))
L.step(substituted(sl[1], lambda p, q: p * q, "~0.6225", "~0.3775") and 1 - R("0.6225") == R("0.3775"))
L.step(rounds("0.2350", R("0.6225") * R("0.3775"), sl[1]))
d1v = sp.Matrix([gh[0] * sl[0], gh[1] * sl[1]])
L.define(note="delta_1 := dL/da"); L.step(True, note="dL/da = dL/dh * sigma'")
L.step(substituted(d1v[0], lambda p, q: p * q, "~-0.0801", "~0.2403") and substituted(d1v[1], lambda p, q: p * q, "~0.0572", "~0.2350"))
L.step(rounds("-0.0192", R("-0.0801") * R("0.2403"), d1v[0]) and rounds("0.0134", R("0.0572") * R("0.2350"), d1v[1]))
gW1 = d1v * xv.T
L.step(True, note="dL/dW1 = delta x^T")
L.step(rounds("-0.0192", gW1[0, 0]) and rounds("-0.0096", gW1[0, 1], R("-0.0192") * R("0.5"))
       and rounds("0.0134", gW1[1, 0]) and rounds("0.0067", gW1[1, 1], R("0.0134") * R("0.5")))
L.step(True, note="dL/db1 = delta_1")
# input gradient
gxv = W1.T * d1v
wrongx = W1 * d1v
L.step(max(abs(sp.N(gxv[i] - wrongx[i], 30)) for i in range(2)) < 1e-20, note="W_1^T delta_1")
d1w = sp.Matrix([R("-0.0192"), R("0.0134")])
L.step(True, note="the product written out")
L.step(rounds("-0.0104", (W1 * d1w)[0]) and rounds("0.0023", (W1 * d1w)[1]))
L.step(rounds("4.52", abs(gxv[0]) / abs(gxv[1])),
       carried=substituted(abs(wrongx[0]) / abs(wrongx[1]), lambda p, q: p / q, "~0.0104", "~0.0023"))
L.step(rounds("4.52", R("0.0104") / R("0.0023")))
L.step(substituted(xv[0] - gxv[0] / 10, lambda p: 1 - p / 10, "~-0.0104") and substituted(xv[1] - gxv[1] / 10, lambda p: R("0.5") - p / 10, "~0.0023"),
       carried=substituted(xv[0] - wrongx[0] / 10, lambda p: 1 - p / 10, "~-0.0104"))
L.step(R("1.0") + R("0.00104") == R("1.00104") and R("0.5") - R("0.00023") == R("0.49977"))
L.define(note="a_i restated"); L.step(True, note="da_i/dx_j = W_ij")
L.step(True, note="dL/dx_j = sum_i delta_i W_ij"); L.step(True, note="that is W_1^T delta_1")
L.step(True, note="W_1^T delta_1 written out")
L.step(R("0.4") * R("-0.0192") == R("-0.00768") and R("0.3") * R("0.0134") == R("0.00402")
       and R("-0.2") * R("-0.0192") == R("0.00384") and R("0.6") * R("0.0134") == R("0.00804"))
L.step(rounds("-0.0037", R("-0.00768") + R("0.00402"), gxv[0]) and rounds("0.0119", R("0.00384") + R("0.00804"), gxv[1]))
L.step(rounds("0.31", R("0.0037") / R("0.0119"), abs(gxv[0] / gxv[1])))
hh = R(1) / 10 ** 4
fd = []
for j in range(2):
    xp, xm = sp.Matrix(xv), sp.Matrix(xv)
    xp[j] += hh; xm[j] -= hh
    fd.append((net(xp, wv2, b2)[4] - net(xm, wv2, b2)[4]) / (2 * hh))
L.step(rounds("-0.0037", fd[0], approx=True)); L.step(rounds("0.0119", fd[1], approx=True))
# step on the output layer
eta = R("0.5")
L.define(note="eta"); L.define(note="update rule")
nw = wv2 - eta * gw2
nb = b2 - eta * dout
L.step(substituted(nw[0], lambda p: R("0.7") + R("0.5") * p, "~0.0685") and substituted(nw[1], lambda p: R("-0.5") + R("0.5") * p, "~0.0712"))
L.step(R("0.7") + R("0.5") * R("0.0685") == R("0.73425") and R("-0.5") + R("0.5") * R("0.0712") == R("-0.4644"))
L.step(substituted(nb, lambda p: R("0.05") - R("0.5") * p, "~-0.1144"))
L.step(rounds("0.1072", R("0.05") - R("0.5") * R("-0.1144"), nb))
_, _, o2, yh3, L3 = net(xv, nw, nb)
# o with the new weights: each written number is checked through its constituents
L.step(substituted(o2, lambda g1, g2, p, q, gb2: (R("0.7") - R("0.5") * g1) * p + (R("-0.5") - R("0.5") * g2) * q + R("0.05") - R("0.5") * gb2,
                   "~-0.0685", "~-0.0712", "~0.5987", "~0.6225", "~-0.1144"))
L.step(rounds("0.4396", R("0.73425") * R("0.5987")) and rounds("-0.2891", R("-0.4644") * R("0.6225")))
L.step(rounds("0.2577", R("0.4396") - R("0.2891") + R("0.1072"), o2))
L.step(substituted(yh3, sig, "~0.2577")); L.step(rounds("0.5461", yh3, sig(R("0.2577"))), note="0.5641")
L.step(substituted(L3, lambda p: (1 - p) ** 2 / 2, "~0.5461"), carried=True)
L.step(rounds("0.2060", (1 - R("0.5461")) ** 2)); L.step(rounds("0.1030", R("0.2060") / 2))
L.step(R("0.1030") < R("0.1061"))
L.step(substituted(L2 - L3, lambda p, q: p - q, "~0.1061", "~0.1030"), carried=True)
L.step(R("0.1061") - R("0.1030") == R("0.0031"))
L.step(rounds("0.5641", sig(R("0.2577")), yh3))
L.step(substituted(L3, lambda p: (1 - p) ** 2 / 2, "~0.5641"))
L.step(rounds("0.1900", (1 - R("0.5641")) ** 2, (1 - yh3) ** 2)); L.step(rounds("0.0950", R("0.1900") / 2, L3))
L.step(R("0.1061") - R("0.0950") == R("0.0111"))
L.done()
