"""Labels for slides_lec11_tanh_sigmoid_shared_bias.tex: Beamer lecture slides (frames, `\\pause`,
`alertblock`/`block`, `columns`, `align*` in two columns, `\\DeclareMathOperator{\\sech}`, bold-vector
macros, `\\leftarrow` updates): tanh' by the quotient rule, its other forms and values at z = 0.5 by three
routes, tanh''; sigma' and the vanishing-gradient bound; a 2-2-1 sigmoid network with squared loss whose
hidden units share one bias b: forward pass, output and hidden deltas, dL/db = delta_1 + delta_2, dL/dW1,
one step, the input gradient W1^T delta, a corrections slide and the forward pass after the step.
(Which steps are slips is in batch34/README.md under "Mistakes".)"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch34/slides_lec11_tanh_sigmoid_shared_bias.tex")


def near(true_value, f, *written):
    """Like `substituted`, but each written number comes with its own error bound (a number the
    writer got from earlier rounded numbers carries their bounds plus its own rounding)."""
    xs = [R(w) for w, _ in written]
    value = sp.N(f(*xs), 40)
    bound = 0
    for k, (_, h) in enumerate(written):
        up = list(xs)
        up[k] += h
        bound += abs(sp.N(f(*up), 40) - value)
    return abs(value - sp.N(true_value, 40)) <= bound * sp.Rational(11, 10) + sp.Rational(1, 10 ** 12)


z = sp.symbols("z", real=True)
sig = lambda t: 1 / (1 + sp.exp(-t))
E, Em = sp.exp(z), sp.exp(-z)
th = sp.tanh(z)
dth = sp.diff(th, z)

# --- tanh' by the quotient rule
L.define(note="tanh = sinh/cosh"); L.step(same(sp.sinh(z) / sp.cosh(z), (E - Em) / (E + Em)))
L.step(same(dth, ((E + Em) * (E + Em) - (E - Em) * (E - Em)) / (E + Em) ** 2))
L.step(same(((E + Em) * (E + Em) - (E - Em) * (E - Em)) / (E + Em) ** 2, ((E + Em) ** 2 - (E - Em) ** 2) / (E + Em) ** 2))
L.step(same(((E + Em) ** 2 - (E - Em) ** 2) / (E + Em) ** 2, 2 / (E + Em) ** 2), note="4, not 2")
L.step(same(2 / (E + Em) ** 2, sp.Rational(1, 2) / sp.cosh(z) ** 2))
# sanity check
L.define(note="z = 0")
wrong_d0 = sp.Rational(1, 2) / sp.cosh(0) ** 2
L.step(dth.subs(z, 0) == wrong_d0, carried=True, note="writer's 1/2 sech^2 at 0")
L.step(wrong_d0 == sp.Rational(1, 2))
L.step(rounds("1.0000", (sp.tanh(R("0.01")) - sp.tanh(R("-0.01"))) / R("0.02"), approx=True))
# fixed
a_, b_ = sp.symbols("a b", positive=True)
L.step(sp.expand((a_ + b_) ** 2 - (a_ - b_) ** 2) == 4 * a_ * b_); L.step(same(E * Em, E * Em)); L.step(sp.simplify(E * Em) == 1)
L.step(same(dth, 4 / (E + Em) ** 2)); L.step(same(4 / (E + Em) ** 2, 1 / sp.cosh(z) ** 2))
L.step(same(1 / sp.cosh(z) ** 2, sp.sech(z) ** 2)); L.step(same(sp.sech(z) ** 2, 1 - th ** 2))
L.step(dth.subs(z, 0) == 1)
L.step(same(dth, (1 - th) * (1 + th), positive=False))
L.step(same(th, 2 * sig(2 * z) - 1, positive=False))
dsig = sp.diff(sig(z), z)
L.step(same(dth, 4 * dsig.subs(z, 2 * z), positive=False))
L.step(same(4 * dsig.subs(z, 2 * z), 4 * sig(2 * z) * (1 - sig(2 * z)), positive=False))
L.step(same(dth, 4 * sp.exp(-2 * z) / (1 + sp.exp(-2 * z)) ** 2, positive=False))
d2 = sp.diff(th, z, 2)
L.step(same(d2, -2 * th * dth, positive=False)); L.step(same(-2 * th * dth, -2 * th * (1 - th ** 2), positive=False))
# numbers at 0.5
h5 = R("0.5")
t5, dt5 = sp.tanh(h5), 1 - sp.tanh(h5) ** 2
L.step(rounds("0.4621", t5))
L.step(substituted(dt5, lambda t: 1 - t ** 2, "~0.4621")); L.step(rounds("0.2135", R("0.4621") ** 2)); L.step(1 - R("0.2135") == R("0.7865"))
L.step(rounds("1.1276", sp.cosh(h5)))
L.step(substituted(dt5, lambda c: 1 / c ** 2, "~1.1276")); L.step(rounds("0.7865", 1 / R("1.1276") ** 2, dt5))
L.step(rounds("0.7311", sig(1)))
L.step(substituted(4 * sig(1) * (1 - sig(1)), lambda s, t: 4 * s * t, "~0.7311", "~0.2689"))
L.step(rounds("0.7864", 4 * R("0.7311") * R("0.2689"), 4 * sig(1) * (1 - sig(1))))
d2_5 = d2.subs(z, h5)
L.step(substituted(d2_5, lambda t, d: -2 * t * d, "~0.4621", "~0.7865"))
L.step(rounds("-0.7268", -2 * R("0.4621") * R("0.7865"), d2_5), note="truncated, -0.7269")
# sigmoid
L.define(note="sigma"); L.step(same(1 - sig(z), sp.exp(-z) / (1 + sp.exp(-z)), positive=False))
L.step(same(dsig, sp.exp(-z) / (1 + sp.exp(-z)) ** 2, positive=False))
L.step(same(sp.exp(-z) / (1 + sp.exp(-z)) ** 2, sig(z) * sp.exp(-z) / (1 + sp.exp(-z)), positive=False))
L.step(same(sig(z) * sp.exp(-z) / (1 + sp.exp(-z)), sig(z) * (1 - sig(z)), positive=False))
s_ = sp.symbols("s")
L.step(sp.solve(sp.diff(s_ * (1 - s_), s_), s_) == [sp.Rational(1, 2)])
L.step(sp.maximum(dsig, z, sp.Reals) == dsig.subs(z, 0)); L.step(dsig.subs(z, 0) == sp.Rational(1, 4))
bound = sp.Rational(1, 4) ** 4
L.step(bound == sp.Rational(1, 64), note="1/256"); L.step(rounds("0.0156", sp.Rational(1, 64), approx=True))
L.step(True, note="tanh' <= 1"); L.step(1 ** 4 == 1)
r_true = 1 / bound
L.step(r_true == 1 / R("0.0156"), carried=substituted(1 / sp.Rational(1, 64), lambda c: 1 / c, "~0.0156"), note="r = 256")
L.step(rounds("64", 1 / R("0.0156"), approx=True))

# --- network
x = [R("0.5"), R("1.0")]; y = 1
W = [[R("0.4"), R("-0.2")], [R("0.3"), R("0.6")]]; b = R("0.1"); v = [R("0.7"), R("-0.5")]; c = R("0.2")
L.define(2, "x, y"); L.define(4, "W1, b, v, c"); L.define(4, "z_j, h_j, yhat, L"); L.define(note="z_o")


def forward(W, b, v, c):
    zz = [W[j][0] * x[0] + W[j][1] * x[1] + b for j in range(2)]
    hh = [sig(t) for t in zz]
    zo = v[0] * hh[0] + v[1] * hh[1] + c
    yh = sig(zo)
    return zz, hh, zo, yh, (yh - y) ** 2 / 2


zz, hh, zo, yh, Lv = forward(W, b, v, c)
L.step(zz[0] == R("0.4") * R("0.5") + R("-0.2") * R("1.0") + R("0.1")); L.step(zz[0] == R("0.1"))
L.step(True, note="h1 = sigma(z1) at z1 = 0.1"); L.step(rounds("0.5250", hh[0]))
L.step(zz[1] == R("0.3") * R("0.5") + R("0.6") * R("1.0") + R("0.1")); L.step(zz[1] == R("0.85"))
L.step(True, note="h2 = sigma(0.85)"); L.step(rounds("0.7006", hh[1]))
L.step(substituted(zo, lambda p, q: R("0.7") * p + R("-0.5") * q + R("0.2"), "~0.5250", "~0.7006"))
L.step(R("0.7") * R("0.5250") == R("0.3675") and R("0.5") * R("0.7006") == R("0.3503"))
L.step(R("0.3675") - R("0.3503") + R("0.2") == R("0.2172"))
L.step(substituted(yh, lambda t: sig(t), "~0.2172")); L.step(rounds("0.5541", sig(R("0.2172")), yh))
L.step(substituted(Lv, lambda p: (p - 1) ** 2 / 2, "~0.5541")); L.step(rounds("0.1988", (R("0.5541") - 1) ** 2))
L.step(rounds("0.0994", R("0.1988") / 2, Lv))
# backward
do = (yh - y) * yh * (1 - yh)
L.define(note="delta_o := dL/dz_o")
zo_ = sp.symbols("z_o", real=True)
L.step(same(sp.diff((sig(zo_) - y) ** 2 / 2, zo_), (sig(zo_) - y) * sig(zo_) * (1 - sig(zo_)), positive=False))
L.step(substituted(do, lambda p, q, r: p * q * r, "~-0.4459", "~0.5541", "~0.4459"))
L.step(rounds("-0.1102", R("-0.4459") * R("0.5541") * R("0.4459"), do))
dv = [do * hh[0], do * hh[1]]
L.step(True, note="dL/dv1 = delta_o h1"); L.step(substituted(dv[0], lambda p, q: p * q, "~-0.1102", "~0.5250"))
L.step(rounds("-0.0579", R("-0.1102") * R("0.5250"), dv[0]))
L.step(True, note="dL/dv2 = delta_o h2"); L.step(substituted(dv[1], lambda p, q: p * q, "~-0.1102", "~0.7006"))
L.step(rounds("-0.0772", R("-0.1102") * R("0.7006"), dv[1]))
L.step(True, note="dL/dc = delta_o"); L.step(rounds("-0.1102", do))
d = [v[j] * do * hh[j] * (1 - hh[j]) for j in range(2)]
L.define(note="delta_j := dL/dz_j"); L.step(True, note="chain rule through v_j and sigma'")
L.step(substituted(d[0], lambda p, q, r: R("0.7") * p * q * r, "~-0.1102", "~0.5250", "~0.4750"))
L.step(substituted(d[0], lambda p, q: R("0.7") * p * q, "~-0.1102", "~0.2494") and rounds("0.2494", R("0.5250") * R("0.4750")))
L.step(rounds("-0.0192", R("0.7") * R("-0.1102") * R("0.2494"), d[0]))
L.step(substituted(d[1], lambda p, q, r: R("-0.5") * p * q * r, "~-0.1102", "~0.7006", "~0.2994"))
L.step(substituted(d[1], lambda p, q: R("-0.5") * p * q, "~-0.1102", "~0.2098") and rounds("0.2098", R("0.7006") * R("0.2994")))
L.step(rounds("0.0116", R("-0.5") * R("-0.1102") * R("0.2098"), d[1]))
# shared bias: dL/db by differentiating the unrolled network
bs = sp.symbols("b_s", real=True)
Lb = forward(W, bs, v, c)[4]
dLdb = sp.diff(Lb, bs).subs(bs, b)
L.step(True, note="chain rule over both paths"); L.step(True, note="dz_j/db = 1")
L.step(abs(sp.N(dLdb - (d[0] + d[1]), 30)) < 1e-25)
L.step(substituted(dLdb, lambda p, q: p + q, "~-0.0192", "~0.0116")); L.step(R("-0.0192") + R("0.0116") == R("-0.0076"))
fd = (forward(W, b + R("0.001"), v, c)[4] - forward(W, b - R("0.001"), v, c)[4]) / R("0.002")
L.step(rounds("-0.0077", fd, approx=True))
# W1 gradient
L.step(True, note="dL/dw_ji = delta_j x_i")
G = sp.Matrix(2, 2, lambda j, i: d[j] * x[i])           # delta x^T
xdT = sp.Matrix(2, 2, lambda i, j: x[i] * d[j])         # x delta^T
L.step(max(abs(sp.N(e, 30)) for e in (G - xdT)) < 1e-20, note="x delta^T is the transpose")
Gw = sp.Matrix([[R("0.5") * R("-0.0192"), R("0.5") * R("0.0116")], [R("1.0") * R("-0.0192"), R("1.0") * R("0.0116")]])
L.step(True, note="x delta^T entrywise")
L.step(Gw == sp.Matrix([[R("-0.0096"), R("0.0058")], [R("-0.0192"), R("0.0116")]]))
eta = R("0.5")
L.define(note="eta"); L.define(note="update rule")
W_true = sp.Matrix(W) - eta * G
W_writer = sp.Matrix(W) - eta * sp.Matrix([[R("-0.0096"), R("0.0058")], [R("-0.0192"), R("0.0116")]])
L.step(max(abs(sp.N(e, 30)) for e in (W_true - W_writer)) < R("0.0001"), carried=True, note="used x delta^T")
L.step(W_writer == sp.Matrix([[R("0.4048"), R("-0.2029")], [R("0.3096"), R("0.5942")]]))
L.step(near(b - eta * dLdb, lambda g: b - eta * g, ("-0.0076", R("0.0001"))), note="sum of two 4-place numbers"); L.step(rounds("0.1038", R("0.1") - eta * R("-0.0076")))
L.step(substituted(c - eta * do, lambda g: c - eta * g, "~-0.1102")); L.step(rounds("0.2551", R("0.2") - eta * R("-0.1102")))
L.step(near(v[0] - eta * dv[0], lambda g: v[0] - eta * g, ("-0.0579", R("0.00005") * (1 + R("0.5250") + R("0.1102"))))); L.step(rounds("0.7290", R("0.7") - eta * R("-0.0579")))
L.step(substituted(v[1] - eta * dv[1], lambda g: v[1] - eta * g, "~-0.0772"))
L.step(rounds("-0.5386", R("-0.5") - eta * R("-0.0772")), note="-0.4614")
# input gradient
xs1, xs2 = sp.symbols("x_1 x_2", real=True)


def loss_x(x1, x2):
    zz_ = [W[j][0] * x1 + W[j][1] * x2 + b for j in range(2)]
    hh_ = [sig(t) for t in zz_]
    return (sig(v[0] * hh_[0] + v[1] * hh_[1] + c) - y) ** 2 / 2


gx = [sp.diff(loss_x(xs1, xs2), s).subs({xs1: x[0], xs2: x[1]}) for s in (xs1, xs2)]
L.step(abs(sp.N(gx[0] - (d[0] * W[0][0] + d[1] * W[1][0]), 30)) < 1e-25 and abs(sp.N(gx[1] - (d[0] * W[0][1] + d[1] * W[1][1]), 30)) < 1e-25)
L.step(True, note="the same in matrix form")
L.step(True, note="w11 d1 + w21 d2")
L.step(substituted(gx[0], lambda p, q: R("0.4") * p + R("0.3") * q, "~-0.0192", "~0.0116"))
L.step(rounds("-0.0077", R("0.4") * R("-0.0192")) and rounds("0.0035", R("0.3") * R("0.0116")))
L.step(R("-0.0077") + R("0.0035") == R("-0.0042"))
L.step(True, note="w12 d1 + w22 d2")
L.step(substituted(gx[1], lambda p, q: R("-0.2") * p + R("0.6") * q, "~-0.0192", "~0.0116"))
L.step(R("-0.2") * R("-0.0192") + R("0.6") * R("0.0116") == R("-0.0038") + R("0.0070"), note="+0.0038")
L.step(R("-0.0038") + R("0.0070") == R("0.0032"))
L.step(substituted(R("0.1") * gx[1], lambda g: R("0.1") * g, "~0.0032"), carried=True)
L.step(rounds("0.0003", R("0.1") * R("0.0032")))
# corrections
L.step(bound == sp.Rational(1, 256)); L.step(rounds("0.0039", sp.Rational(1, 256), approx=True))
L.step(substituted(r_true, lambda c_: 1 / c_, "~0.0039")); L.step(rounds("256", 1 / R("0.0039"), approx=True))
L.step(True, note="dL/dW1 = delta x^T")
L.step(all(rounds(w_, g_) for w_, g_ in zip(["-0.0096", "-0.0192", "0.0058", "0.0116"], list(G))))
W_corr = sp.Matrix([[R("0.4048"), R("-0.1904")], [R("0.2971"), R("0.5942")]])
L.step(all(rounds(str(w_), t_) or rounds(str(w_), u_) for w_, t_, u_ in
           zip(list(W_corr), list(W_true), list(sp.Matrix(W) - eta * sp.Matrix([[R("-0.0096"), R("-0.0192")], [R("0.0058"), R("0.0116")]])))))
L.step(R("-0.2") * R("-0.0192") == R("0.00384") and rounds("0.0038", R("0.00384")))
L.step(substituted(gx[1], lambda p, q: p + q, "~0.0038", "~0.0070")); L.step(R("0.0038") + R("0.0070") == R("0.0108"))
L.step(substituted(R("0.1") * gx[1], lambda g: R("0.1") * g, "~0.0108")); L.step(rounds("0.0011", R("0.1") * R("0.0108")))
# after the step (corrected W1, b, c, v1 right; v2 as the writer had it)
bn, cn, vn_true = R("0.1038"), R("0.2551"), [R("0.7290"), R("-0.4614")]
Wn = [[R("0.4048"), R("-0.1904")], [R("0.2971"), R("0.5942")]]
z1n = R("0.4048") * R("0.5") + R("-0.1904") * R("1.0") + bn
z2n = R("0.2971") * R("0.5") + R("0.5942") * R("1.0") + bn
L.step(True, note="substitution of the corrected parameters"); L.step(rounds("0.1158", z1n))
L.step(True); L.step(rounds("0.5289", sig(R("0.1158"))))
L.step(True); L.step(rounds("0.8466", z2n))
L.step(True); L.step(rounds("0.6999", sig(R("0.8466"))))
zon_true = vn_true[0] * sig(z1n) + vn_true[1] * sig(z2n) + cn
zon_w = R("0.7290") * R("0.5289") + R("-0.5386") * R("0.6999") + R("0.2551")
L.step(substituted(zon_true, lambda p, q, r: p * q + R("-0.5386") * r + R("0.2551"), "~0.7290", "~0.5289", "~0.6999"),
       carried=True, note="v2 = -0.5386 used")
L.step(rounds("0.3856", R("0.7290") * R("0.5289")) and rounds("0.3770", R("0.5386") * R("0.6999")))
L.step(R("0.3856") - R("0.3770") + R("0.2551") == R("0.2637"))
yhn = sig(zon_true)
L.step(substituted(yhn, lambda t: sig(t), "~0.2637"), carried=True); L.step(rounds("0.5655", sig(R("0.2637"))))
L.step(substituted((yhn - 1) ** 2 / 2, lambda p: (p - 1) ** 2 / 2, "~0.5655"), carried=True)
L.step(rounds("0.1888", (R("0.5655") - 1) ** 2)); L.step(rounds("0.0944", R("0.1888") / 2))
L.step(R("0.0944") < R("0.0994"))
L.done()
