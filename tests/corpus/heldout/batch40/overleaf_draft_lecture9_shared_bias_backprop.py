"""Labels for overleaf_draft_lecture9_shared_bias_backprop.tex: a co-authored Overleaf draft of lecture
notes (todonotes, the `changes` package, `%` comments between the authors, a `jmnote` environment for the
TA's inline corrections): sigma' and tanh' derived, tanh(0.5) and tanh'(0.5) from e^{+-0.5}, the identity
tanh z = 2 sigma(2z) - 1; a 2-2-1 sigmoid net with one hidden bias shared by both units, sigmoid output and
squared loss (forward pass, delta_o, output gradients, hidden deltas, dL/db = delta_1 + delta_2, a step on b,
a central difference, dL/dW_1 as an outer product, the input gradient W_1^T delta and its norm, one full
step with a second forward pass), the same net with tanh hidden units. Every number is recomputed here."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch40/overleaf_draft_lecture9_shared_bias_backprop.tex")
z = sp.symbols("z", real=True)
sig = lambda t: 1 / (1 + sp.exp(-t))
N = lambda e: sp.N(e, 40)

# --- section 1: slopes
L.define(note="sigma")
s_ = (1 + sp.exp(-z)) ** -1
ds = sp.diff(s_, z)
L.step(same(ds, -(1 + sp.exp(-z)) ** -2 * (-sp.exp(-z)), positive=False))
L.step(same(ds, sp.exp(-z) / (1 + sp.exp(-z)) ** 2, positive=False))
L.step(same(ds, 1 / (1 + sp.exp(-z)) * sp.exp(-z) / (1 + sp.exp(-z)), positive=False))
L.step(same(ds, sig(z) * (1 - sig(z)), positive=False))
L.step(ds.subs(z, 0) == sp.Rational(1, 2) * sp.Rational(1, 2)); L.step(sp.Rational(1, 4) == R("0.25"))
s2 = N(sig(2))
L.step(same(ds.subs(z, 2), sig(2) * (1 - sig(2))))
L.step(substituted(s2 * (1 - s2), lambda a, b: a * b, "~0.8808", "~0.1192") and rounds("0.8808", s2) and rounds("0.1192", 1 - s2))
L.step(rounds("0.1050", R("0.8808") * R("0.1192"), s2 * (1 - s2)))
L.step(rounds("-0.1050", ds.subs(z, -2)), note="sigma' is even: +0.1050")
# tanh
L.define(note="tanh")
th = (sp.exp(z) - sp.exp(-z)) / (sp.exp(z) + sp.exp(-z))
dth = sp.diff(th, z)
ez, emz = sp.exp(z), sp.exp(-z)
L.step(same(dth, ((ez + emz) * (ez + emz) - (ez - emz) * (ez - emz)) / (ez + emz) ** 2, positive=False))
L.step(same(dth, 1 - (ez - emz) ** 2 / (ez + emz) ** 2, positive=False)); L.step(same(dth, 1 - sp.tanh(z) ** 2, positive=False))
L.step(same(dth, 4 / (ez + emz) ** 2, positive=False)); L.step(same(dth, sp.sech(z) ** 2, positive=False))
h = sp.Rational(1, 2)
L.define(note="z = 0.5"); L.step(rounds("1.6487", sp.exp(h))); L.step(rounds("0.6065", sp.exp(-h)))
t5 = N(sp.tanh(h))
L.step(substituted(t5, lambda a, b: (a - b) / (a + b), "~1.6487", "~0.6065"))
L.step(R("1.6487") - R("0.6065") == R("1.0422") and R("1.6487") + R("0.6065") == R("2.2552"))
L.step(rounds("0.4621", R("1.0422") / R("2.2552"), t5))
L.step(substituted(1 - t5 ** 2, lambda a: 1 - a ** 2, "~0.4621"))
L.step(substituted(1 - t5 ** 2, lambda a: 1 - a, "~0.2315"), note="0.4621^2 = 0.2135")
L.step(1 - R("0.2315") == R("0.7685"))
L.step(substituted(1 - t5 ** 2, lambda a: 4 / a ** 2, "~2.2552")); L.step(rounds("5.0859", R("2.2552") ** 2))
L.step(rounds("0.7865", 4 / R("5.0859"), 1 - t5 ** 2))
L.step(same(sp.tanh(z), 2 * sig(2 * z) - 1, positive=False)); L.define(note="z = 0.5")
L.step(rounds("0.7311", sig(1))); L.step(rounds("0.4622", 2 * R("0.7311") - 1))
L.step(same(dth, 2 * ds.subs(z, 2 * z), positive=False), note="4 sigma'(2z)")
L.step(dth.subs(z, 0) == 2 * R("0.25"), carried=True); L.step(2 * R("0.25") == R("0.5"))

# --- the network
L.define(6, "z_1, h_1, z_2, h_2, z_o, y hat"); L.define(note="L")
L.define(3, "x, W_1, b"); L.define(3, "v, c, y")
x1, x2 = R("0.5"), R("-1.0")
W = [[R("0.4"), R("-0.3")], [R("0.2"), R("0.6")]]
b, v1, v2, c, y = R("0.1"), R("0.7"), R("-0.5"), R("0.2"), 1


def forward(W, b, v1, v2, c, act=sig):
    z1 = W[0][0] * x1 + W[0][1] * x2 + b
    z2 = W[1][0] * x1 + W[1][1] * x2 + b
    h1, h2 = N(act(z1)), N(act(z2))
    zo = v1 * h1 + v2 * h2 + c
    yh = N(sig(zo))
    return z1, z2, h1, h2, zo, yh, (yh - y) ** 2 / 2


z1, z2, h1, h2, zo, yh, Lo = forward(W, b, v1, v2, c)
L.step(z1 == R("0.2") + R("0.3") + R("0.1")); L.step(R("0.2") + R("0.3") + R("0.1") == R("0.6")); L.step(z1 == R("0.6"))
L.step(z2 == R("0.1") - R("0.6") + R("0.1")); L.step(True, note="0.1 - 0.6 + 0.1 = -0.4"); L.step(z2 == R("-0.4"))
L.step(h1 == N(sig(R("0.6")))); L.step(True, note="sigma definition"); L.step(rounds("0.5488", sp.exp(R("-0.6"))))
L.step(rounds("0.6457", 1 / R("1.5488"), h1))
L.step(h2 == N(sig(R("-0.4")))); L.step(True, note="sigma definition"); L.step(rounds("1.4918", sp.exp(R("0.4"))))
L.step(rounds("0.4013", 1 / R("2.4918"), h2))
L.step(substituted(zo, lambda a, b_: R("0.7") * a - R("0.5") * b_ + R("0.2"), "~0.6457", "~0.4013"))
L.step(rounds("0.4520", R("0.7") * R("0.6457")) and rounds("0.2007", R("0.5") * h2))
L.step(R("0.4520") - R("0.2007") + R("0.2") == R("0.4513"))
L.step(substituted(yh, lambda a: sig(a), "~0.4513")); L.step(rounds("0.6109", sig(R("0.4513")), yh))
L.step(substituted(Lo, lambda a: (a - 1) ** 2 / 2, "~0.6109"))
L.step(rounds("0.1514", (R("0.6109") - 1) ** 2, (yh - 1) ** 2)); L.step(rounds("0.0757", R("0.1514") / 2, Lo))
# backward
do = (yh - y) * yh * (1 - yh)
L.define(note="delta_o := dL/dz_o"); L.step(True, note="chain rule"); L.step(True, note="(yh - y) yh (1 - yh)")
L.step(substituted(do, lambda a, b_, c_: a * b_ * c_, "~-0.3891", "~0.6109", "~0.3891"))
L.step(rounds("0.2377", R("0.6109") * R("0.3891")))
L.step(rounds("-0.0925", R("-0.3891") * R("0.2377"), do))
L.define(note="z_o restated")
L.step(True, note="dL/dc = delta_o"); L.step(rounds("-0.0925", do))
L.step(True); L.step(substituted(do * h1, lambda a, b_: a * b_, "~-0.0925", "~0.6457")); L.step(rounds("-0.0597", R("-0.0925") * R("0.6457"), do * h1))
L.step(True); L.step(substituted(do * h2, lambda a, b_: a * b_, "~-0.0925", "~0.4013")); L.step(rounds("-0.0371", R("-0.0925") * R("0.4013"), do * h2))
sp1, sp2 = h1 * (1 - h1), h2 * (1 - h2)
L.step(True); L.step(substituted(sp1, lambda a, b_: a * b_, "~0.6457", "~0.3543")); L.step(rounds("0.2288", R("0.6457") * R("0.3543"), sp1))
L.step(True); L.step(substituted(sp2, lambda a, b_: a * b_, "~0.4013", "~0.5987")); L.step(rounds("0.2403", R("0.4013") * R("0.5987"), sp2))
d1, d2 = do * v1 * sp1, do * v2 * sp2
L.define(note="delta_1"); L.step(substituted(d1, lambda a, b_: a * R("0.7") * b_, "~-0.0925", "~0.2288"))
L.step(rounds("-0.0148", R("-0.0925") * R("0.7") * R("0.2288"), d1))
L.define(note="delta_2"); L.step(substituted(d2, lambda a, b_: a * R("-0.5") * b_, "~-0.0925", "~0.2403"))
L.step(rounds("-0.0111", R("-0.0925") * R("-0.5") * R("0.2403"), d2), note="+0.0111")
# shared bias
bb = sp.symbols("bb")
L.step(True, note="multivariable chain rule"); L.step(True, note="dz_i/db = 1"); L.step(True)
db = d1 + d2
L.step(substituted(db, lambda a, b_: a + b_, "~-0.0148", "~-0.0111"), carried=True)
L.step(R("-0.0148") + R("-0.0111") == R("-0.0259"))
L.define(2, "eta, the rule")
L.step(substituted(b - R("0.5") * db, lambda g: R("0.1") - R("0.5") * g, "~-0.0259"), carried=True)
L.step(R("0.1") - R("0.5") * R("-0.0259") == R("0.1") + R("0.01295")); L.step(R("0.1") + R("0.01295") == R("0.11295"))
# JM's note
L.step(do < 0); L.step(v2 < 0)
L.step(substituted(d2, lambda a, b_: a * R("-0.5") * b_, "~-0.0925", "~0.2403")); L.step(rounds("0.0111", R("-0.0925") * R("-0.5") * R("0.2403"), d2))
L.step(substituted(db, lambda a, b_: a + b_, "~-0.0148", "~0.0111")); L.step(R("-0.0148") + R("0.0111") == R("-0.0037"))
L.step(substituted(b - R("0.5") * db, lambda g: R("0.1") - R("0.5") * g, "~-0.0037")); L.step(R("0.1") - R("0.5") * R("-0.0037") == R("0.10185"))
eps = R("0.001")
Lp, Lm = forward(W, b + eps, v1, v2, c)[6], forward(W, b - eps, v1, v2, c)[6]
L.define(note="epsilon"); L.step(rounds("0.0756766", Lp)); L.step(rounds("0.0756840", Lm))
L.step(substituted((Lp - Lm) / (2 * eps), lambda a, b_: (a - b_) / R("0.002"), "~0.0756766", "~0.0756840"))
L.step(R("0.0756766") - R("0.0756840") == R("-0.0000074")); L.step(R("-0.0000074") / R("0.002") == R("-0.0037"))
# first layer and input
L.define(note="z_i = sum_j w_ij x_j + b"); L.step(True, note="dL/dw_ij = delta_i x_j"); L.step(True, note="outer product")
L.step(rounds("-0.0148", d1) and rounds("0.0111", d2))
dW = [[d1 * x1, d1 * x2], [d2 * x1, d2 * x2]]
L.step(True, note="outer product of the corrected deltas and x")
wr = [["-0.0074", "0.0148"], ["0.0056", "-0.0111"]]
dw_ok = all(rounds(wr[i][j], dW[i][j], [R("-0.0148"), R("0.0111")][i] * [x1, x2][j]) for i in range(2) for j in range(2))
L.step(dw_ok)
gx = [W[0][0] * d1 + W[1][0] * d2, W[0][1] * d1 + W[1][1] * d2]        # W_1^T delta
wd = [W[0][0] * d1 + W[0][1] * d2, W[1][0] * d1 + W[1][1] * d2]        # W_1 delta
L.step(all(N(gx[k] - wd[k]) == 0 for k in range(2)), note="W_1^T delta")
L.step(substituted(gx[0], lambda a, b_: R("0.4") * a + R("-0.3") * b_, "~-0.0148", "~0.0111")
       and substituted(gx[1], lambda a, b_: R("0.2") * a + R("0.6") * b_, "~-0.0148", "~0.0111"), carried=True)
L.step(rounds("-0.0093", R("0.4") * R("-0.0148") + R("-0.3") * R("0.0111")) and rounds("0.0037", R("0.2") * R("-0.0148") + R("0.6") * R("0.0111")))
L.step(True, note="dz_i/dx_j = w_ij"); L.step(True, note="sum_i delta_i w_ij")
L.step(True, note="grad_x L = W_1^T delta")
L.step(substituted(gx[0], lambda a, b_: R("0.4") * a + R("0.2") * b_, "~-0.0148", "~0.0111")
       and substituted(gx[1], lambda a, b_: R("-0.3") * a + R("0.6") * b_, "~-0.0148", "~0.0111"))
L.step(rounds("-0.0037", R("0.4") * R("-0.0148") + R("0.2") * R("0.0111")) and rounds("0.0111", R("-0.3") * R("-0.0148") + R("0.6") * R("0.0111")))
nrm = sp.sqrt(gx[0] ** 2 + gx[1] ** 2)
L.step(substituted(nrm, lambda a, b_: sp.sqrt(a ** 2 + b_ ** 2), "~0.0037", "~0.0111"))
L.step(R("0.0037") ** 2 + R("0.0111") ** 2 == R("0.00013690"))
L.step(rounds("0.0370", sp.sqrt(R("0.00013690"))), note="0.0117")
L.step(rounds("-0.0037", gx[0])); L.step(rounds("-0.0037", db))
# full step
L.define(note="eta = 0.5")
eta = R("0.5")
c2, v12, v22 = c - eta * do, v1 - eta * do * h1, v2 - eta * do * h2
W2 = [[W[i][j] - eta * dW[i][j] for j in range(2)] for i in range(2)]
b2 = b - eta * db


def upd(new, old, g, result):
    return [substituted(new, lambda a: old - eta * a, "~" + g), rounds(result, old - eta * R(g), new)]


for new, old, g, res in [(c2, c, "-0.0925", "0.24625"), (v12, v1, "-0.0597", "0.72985"), (v22, v2, "-0.0371", "-0.48145"),
                         (W2[0][0], W[0][0], "-0.0074", "0.4037"), (W2[0][1], W[0][1], "0.0148", "-0.3074"),
                         (W2[1][0], W[1][0], "0.0056", "0.1972"), (W2[1][1], W[1][1], "-0.0111", "0.6056")]:
    for r in upd(new, old, g, res):
        L.step(r)
L.step(rounds("0.10185", b2))
nz1, nz2, nh1, nh2, nzo, nyh, nL = forward(W2, b2, v12, v22, c2)
L.step(substituted(nz1, lambda a, b_, c_: a * R("0.5") - b_ * R("-1.0") + c_, "~0.4037", "~0.3074", "~0.10185"))
L.step(rounds("0.61115", R("0.4037") * R("0.5") + R("0.3074") + R("0.10185"), nz1), note="0.6111")
L.step(substituted(nz2, lambda a, b_, c_: a * R("0.5") + b_ * R("-1.0") + c_, "~0.1972", "~0.6056", "~0.10185"))
L.step(rounds("-0.40515", R("0.1972") * R("0.5") - R("0.6056") + R("0.10185"), nz2))
L.step(substituted(nh1, lambda a: sig(a), "~0.61115"), carried=True)
L.step(rounds("0.6482", sig(R("0.61115")), nh1))
L.step(substituted(nh2, lambda a, b_, c_: sig(a * R("0.5") - b_ + c_), "~0.1972", "~0.6056", "~0.10185") and rounds("-0.40515", R("0.1972") * R("0.5") - R("0.6056") + R("0.10185"))); L.step(rounds("0.4001", sig(R("-0.40515")), nh2))
L.step(substituted(nzo, lambda a, b_, c_, d_, e_: a * b_ + c_ * d_ + e_, "~0.72985", "~0.6482", "~-0.48145", "~0.4001", "~0.24625"))
L.step(rounds("0.5267", R("0.72985") * R("0.6482") - R("0.48145") * R("0.4001") + R("0.24625"), nzo))
L.step(substituted(nyh, lambda a: sig(a), "~0.5267")); L.step(rounds("0.6287", sig(R("0.5267")), nyh))
L.step(substituted(nL, lambda a: (a - 1) ** 2 / 2, "~0.6287")); L.step(rounds("0.0689", (R("0.6287") - 1) ** 2 / 2, nL))
L.step(R("0.0689") < R("0.0757") and nL < Lo)
L.step(R("0.0757") - R("0.0689") == R("0.0078"), note="0.0068")
# tanh variant
L.define(note="h_i = tanh z_i"); L.step(z1 == R("0.6")); L.step(z2 == R("-0.4"))
t1, t2 = N(sp.tanh(z1)), N(sp.tanh(z2))
L.step(True); L.step(rounds("0.5370", t1)); L.step(substituted(1 - t1 ** 2, lambda a: 1 - a, "~0.2884") and rounds("0.2884", R("0.5370") ** 2, t1 ** 2))
L.step(rounds("0.7116", 1 - R("0.2884"), 1 - t1 ** 2))
L.step(True); L.step(rounds("-0.3799", t2)); L.step(substituted(1 - t2 ** 2, lambda a: 1 - a ** 2, "~-0.3799") and rounds("0.1443", R("0.3799") ** 2, t2 ** 2))
L.step(rounds("0.8557", 1 - R("0.1443"), 1 - t2 ** 2))
_, _, th1, th2, tzo, tyh, tL = forward(W, b, v1, v2, c, act=sp.tanh)
L.step(substituted(tzo, lambda a, b_: R("0.7") * a - R("0.5") * b_ + R("0.2"), "~0.5370", "~-0.3799"))
L.step(rounds("0.3759", R("0.7") * R("0.5370")) and rounds("0.1900", R("0.5") * R("0.3799")))
L.step(R("0.3759") + R("0.1900") + R("0.2") == R("0.7659"))
L.step(substituted(tyh, lambda a: sig(a), "~0.7659")); L.step(rounds("0.6826", sig(R("0.7659")), tyh))
L.step(substituted(tL, lambda a: (a - 1) ** 2 / 2, "~0.6826")); L.step(rounds("0.1007", (R("0.6826") - 1) ** 2))
L.step(rounds("0.0504", R("0.1007") / 2, tL))
tdo = (tyh - 1) * tyh * (1 - tyh)
L.step(substituted(tdo, lambda a: (a - 1) * a * (1 - a), "~0.6826"))
L.step(substituted(tdo, lambda a, b_: a * b_, "~-0.3174", "~0.2167") and rounds("0.2167", R("0.6826") * R("0.3174")))
L.step(rounds("-0.0688", R("-0.3174") * R("0.2167"), tdo))
td1, td2 = tdo * v1 * (1 - th1 ** 2), tdo * v2 * (1 - th2 ** 2)
L.define(note="delta_1"); L.step(substituted(td1, lambda a, b_: a * R("0.7") * b_, "~-0.0688", "~0.7116"))
L.step(rounds("-0.0343", R("-0.0688") * R("0.7") * R("0.7116"), td1))
L.define(note="delta_2"); L.step(substituted(td2, lambda a, b_: a * R("-0.5") * b_, "~-0.0688", "~0.8557"))
L.step(rounds("0.0294", R("-0.0688") * R("-0.5") * R("0.8557"), td2))
L.step(True, note="dL/db = delta_1 + delta_2")
L.step(substituted(td1 + td2, lambda a, b_: a + b_, "~-0.0343", "~0.0294")); L.step(R("-0.0343") + R("0.0294") == R("-0.0049"))
tg = [W[0][0] * td1 + W[1][0] * td2, W[0][1] * td1 + W[1][1] * td2]
L.step(substituted(tg[0], lambda a, b_: R("0.4") * a + R("0.2") * b_, "~-0.0343", "~0.0294"))
L.step(substituted(tg[0], lambda a, b_: a + b_, "~-0.0137", "~0.0059") and rounds("-0.0137", R("0.4") * R("-0.0343")) and rounds("0.0059", R("0.2") * R("0.0294")))
L.step(R("-0.0137") + R("0.0059") == R("-0.0078"))
L.step(substituted(tg[1], lambda a, b_: R("-0.3") * a + R("0.6") * b_, "~-0.0343", "~0.0294"))
L.step(substituted(tg[1], lambda a, b_: a + b_, "~0.0103", "~0.0176") and rounds("0.0103", R("0.3") * R("0.0343")) and rounds("0.0176", R("0.6") * R("0.0294")))
L.step(rounds("0.0289", R("0.0103") + R("0.0176")), note="0.0279")
# summary
L.step(True); L.step(True); L.step(True); L.step(True)
L.step(False, note="x delta^T is the transpose of dL/dW_1 = delta x^T")
L.step(True); L.define(note="GD rule")
L.done()
