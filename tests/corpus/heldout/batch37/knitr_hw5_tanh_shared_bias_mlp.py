"""Labels for knitr_hw5_tanh_shared_bias_mlp.tex: a homework knitted from an .Rnw file with knitr
(the knitr preamble with its hl* macros and the kframe environment, code chunks in alltt, R output
in verbatim, the hand working first and fixes under the R checks): tanh' by the quotient rule, values
at 0.5, tanh'', tanh via the sigmoid; a 2-2-1 sigmoid network whose hidden units share one bias
(forward pass, deltas, dL/db = delta1 + delta2, dL/dW1, the input gradient W1^T delta, steps on b, v, c);
short questions (cross-entropy output delta, a tanh layer, a bias entering twice).
The mistakes are listed in README.md below its `## Mistakes` line."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch37/knitr_hw5_tanh_shared_bias_mlp.tex")
z = sp.symbols("z", real=True)
E = sp.exp
th = (E(z) - E(-z)) / (E(z) + E(-z))
dth = sp.diff(th, z)
sig = lambda t: 1 / (1 + sp.exp(-t))
L.define(note="tanh")
L.step(same(dth, ((E(z) + E(-z)) ** 2 - (E(z) - E(-z)) ** 2) / (E(z) + E(-z)) ** 2, positive=False))
L.step(same(dth, 1 - sp.tanh(z) ** 2, positive=False))
L.step(same((E(z) + E(-z)) ** 2 - (E(z) - E(-z)) ** 2, 4, positive=False))
L.step(same(dth, 4 / (E(z) + E(-z)) ** 2, positive=False)); L.step(same(dth, sp.sech(z) ** 2, positive=False))
h5 = R("0.5")
L.define(note="z = 0.5"); L.step(rounds("0.4621", sp.tanh(h5), approx=True))
d5 = 1 - sp.tanh(h5) ** 2
L.step(substituted(d5, lambda t: 1 - t ** 2, "~0.4621")); L.step(rounds("0.2135", R("0.4621") ** 2, sp.tanh(h5) ** 2))
L.step(rounds("0.7865", 1 - R("0.2135"), d5))
S = E(h5) + E(-h5)  # 5.0859 below comes from 2.2552 = 1.6487 + 0.6065
L.step(substituted(S, lambda u, v: u + v, "~1.6487", "~0.6065")); L.step(R("1.6487") + R("0.6065") == R("2.2552"))
L.step(rounds("5.0859", R("2.2552") ** 2, S ** 2, approx=True))
L.step(substituted(d5, lambda p, q: 4 / (p + q) ** 2, "~1.6487", "~0.6065") and rounds("5.0859", R("2.2552") ** 2)); L.step(rounds("0.7865", 4 / R("5.0859"), d5, approx=True))
d2 = sp.diff(th, z, 2)
L.step(same(d2, sp.diff(1 - th ** 2, z), positive=False)); L.step(same(d2, -2 * th * dth, positive=False))
L.step(same(d2, -2 * th * (1 - th ** 2), positive=False))
L.step(substituted(d2.subs(z, h5), lambda t, u: -2 * t * u, "~0.4621", "~0.7865")); L.step(rounds("-0.7269", d2.subs(z, h5), -2 * R("0.4621") * R("0.7865"), approx=True))
L.define(note="sigma")
L.step(same(th, 2 * sig(2 * z) - 1, positive=False))
L.step(same(dth, 4 * sp.diff(sig(z), z).subs(z, 2 * z), positive=False))
L.step(same(sig(z), (1 + sp.tanh(z)) / 2, positive=False), note="tanh(z/2)")
u = sp.symbols("u", real=True)
L.step(same(sp.diff(sig(u), u), sig(u) * (1 - sig(u)), positive=False)); L.step(rounds("0.7311", sig(1), approx=True))
s1p = sig(1) * (1 - sig(1))
L.step(substituted(s1p, lambda a, b: a * b, "~0.7311", "~0.2689")); L.step(rounds("0.1966", R("0.7311") * R("0.2689"), s1p, approx=True))
L.step(4 * R("0.1966") == R("0.7864"))
L.step(rounds("-0.7865", (1 - sp.tanh(z) ** 2).subs(z, -h5)), note="tanh' is even")
zz = sp.symbols("zz", real=True)
L.step(all((1 - sp.tanh(q) ** 2) <= 1 for q in [R("0.3"), R("-1.2"), 2])); L.step((1 - sp.tanh(z) ** 2).subs(z, 0) == 1)
L.step(all(sp.N(sig(q) * (1 - sig(q))) <= sp.Rational(1, 4) for q in [R("0.3"), R("-1.2"), 2])); L.step(sig(0) * (1 - sig(0)) == sp.Rational(1, 4))
L.step(same(sp.diff(sp.log(sp.cosh(z)), z), sp.tanh(z), positive=False))
L.step(same(sp.diff(sp.tanh(3 * z), z), 1 - sp.tanh(3 * z) ** 2, positive=False), note="factor 3")
L.define(note="z = 0.5"); L.step(rounds("0.1807", 1 - sp.tanh(R("1.5")) ** 2, approx=True))
# Problem 2
L.define(13, "network")
x = [R("1.0"), R("-0.5")]
W = [[R("0.4"), R("-0.2")], [R("0.3"), R("0.6")]]
b, v, c, y = R("0.1"), [R("0.7"), R("-0.5")], R("0.2"), 1
zs = [W[i][0] * x[0] + W[i][1] * x[1] + b for i in range(2)]
L.step(zs[0] == R("0.4") * 1 + R("-0.2") * R("-0.5") + R("0.1")); L.step(zs[0] == R("0.6"))
L.step(zs[1] == R("0.3") * 1 + R("0.6") * R("-0.5") + R("0.1")); L.step(zs[1] == R("0.1"))
h = [sig(t) for t in zs]
L.step(h[0] == sig(R("0.6"))); L.step(rounds("0.6457", h[0])); L.step(h[1] == sig(R("0.1"))); L.step(rounds("0.5250", h[1]))
zo = v[0] * h[0] + v[1] * h[1] + c
L.step(substituted(zo, lambda a, bb: R("0.7") * a - R("0.5") * bb + R("0.2"), "~0.6457", "~0.5250"))
L.step(rounds("0.4520", R("0.7") * R("0.6457")) and R("0.5") * R("0.5250") == R("0.2625"))
L.step(rounds("0.3895", R("0.4520") - R("0.2625") + R("0.2"), zo))
yh = sig(zo)
L.step(substituted(yh, sig, "~0.3895")); L.step(rounds("0.5962", yh, sig(R("0.3895"))))
Lo = (yh - y) ** 2 / 2
L.step(substituted(Lo, lambda a: (a - 1) ** 2 / 2, "~0.5962")); L.step(rounds("0.1631", (R("0.5962") - 1) ** 2, (yh - 1) ** 2))
L.step(rounds("0.0815", R("0.1631") / 2, Lo, approx=True))
do = (yh - y) * yh * (1 - yh)
t_ = sp.symbols("t_", real=True)
L.step(same(sp.diff(sig(t_), t_), sig(t_) * (1 - sig(t_)), positive=False)); L.define()
L.step(same(sp.diff((sig(t_) - y) ** 2 / 2, t_), (sig(t_) - y) * sig(t_) * (1 - sig(t_)), positive=False))
L.step(substituted(do, lambda a: (a - 1) * a * (1 - a), "~0.5962"))
L.step(R("0.5962") - 1 == R("-0.4038") and 1 - R("0.5962") == R("0.4038"))
L.step(rounds("-0.0972", -R("0.4038") * R("0.5962") * R("0.4038"), do, approx=True))
dv = [do * t for t in h]
vs_ = sp.symbols("vs0:2")
Lv = (sig(vs_[0] * h[0] + vs_[1] * h[1] + c) - y) ** 2 / 2
L.step(all(abs(sp.N(sp.diff(Lv, vs_[j]).subs({vs_[0]: v[0], vs_[1]: v[1]}) - dv[j], 30)) < 1e-25 for j in range(2)))
L.step(substituted(dv[0], lambda a, bb: a * bb, "~-0.0972", "~0.6457") and substituted(dv[1], lambda a, bb: a * bb, "~-0.0972", "~0.5250"))
L.step(rounds("-0.0628", dv[0], R("-0.0972") * R("0.6457"), approx=True) and rounds("-0.0510", dv[1], R("-0.0972") * R("0.5250"), approx=True))
cs_ = sp.Symbol("cs_")
L.step(abs(sp.N(sp.diff((sig(v[0] * h[0] + v[1] * h[1] + cs_) - y) ** 2 / 2, cs_).subs(cs_, c) - do, 30)) < 1e-25); L.step(rounds("-0.0972", do, approx=True))
hp = [t * (1 - t) for t in h]
zs_ = sp.symbols("zs0:2")
Lz = (sig(v[0] * sig(zs_[0]) + v[1] * sig(zs_[1]) + c) - y) ** 2 / 2
L.define(note="delta_j"); L.step(all(abs(sp.N(sp.diff(Lz, zs_[j]).subs({zs_[0]: zs[0], zs_[1]: zs[1]}) - do * v[j] * h[j] * (1 - h[j]), 30)) < 1e-25 for j in range(2)))
L.step(substituted(hp[0], lambda a, bb: a * bb, "~0.6457", "~0.3543")); L.step(rounds("0.2288", R("0.6457") * R("0.3543"), hp[0], approx=True))
L.step(substituted(hp[1], lambda a, bb: a * bb, "~0.5250", "~0.4750")); L.step(rounds("0.2494", R("0.5250") * R("0.4750"), hp[1], approx=True))
d = [do * v[i] * hp[i] for i in range(2)]
L.step(substituted(d[0], lambda a, bb: a * R("0.7") * bb, "~-0.0972", "~0.2288")); L.step(rounds("-0.0156", d[0], R("-0.0972") * R("0.7") * R("0.2288"), approx=True))
L.step(substituted(d[1], lambda a, bb: a * R("0.5") * bb, "~-0.0972", "~0.2494"), note="v2 = -0.5")
L.step(rounds("-0.0121", R("-0.0972") * R("0.5") * R("0.2494"), approx=True))
# shared bias: symbolic check on the network function
bb_ = sp.symbols("bb_", real=True)
def loss_b(bv):
    hh = [sig(W[i][0] * x[0] + W[i][1] * x[1] + bv) for i in range(2)]
    return (sig(v[0] * hh[0] + v[1] * hh[1] + c) - y) ** 2 / 2
dLdb = sp.diff(loss_b(bb_), bb_).subs(bb_, b)
dz = [sp.diff(Lz, zs_[j]).subs({zs_[0]: zs[0], zs_[1]: zs[1]}) for j in range(2)]
L.step(abs(sp.N(dLdb - (dz[0] * 1 + dz[1] * 1), 30)) < 1e-25); L.step(abs(sp.N(dz[0] * 1 + dz[1] * 1 - (d[0] + d[1]), 30)) < 1e-25); L.step(abs(sp.N(dLdb - (d[0] + d[1]), 30)) < 1e-25)
L.step(substituted(dLdb, lambda a, bb: a + bb, "~-0.0156", "~-0.0121"), carried=True)
L.step(R("-0.0156") + R("-0.0121") == R("-0.0277"))
bsep = sp.symbols("bsep0:2")
Lsep = (sig(v[0] * sig(W[0][0] * x[0] + W[0][1] * x[1] + bsep[0]) + v[1] * sig(W[1][0] * x[0] + W[1][1] * x[1] + bsep[1]) + c) - y) ** 2 / 2
L.step(abs(sp.N(sp.diff(Lsep, bsep[0]).subs({bsep[0]: b, bsep[1]: b}) - d[0], 30)) < 1e-25); L.step(abs(sp.N(sp.diff(Lsep, bsep[1]).subs({bsep[0]: b, bsep[1]: b}) - d[1], 30)) < 1e-25)
Wsym = [[sp.Symbol(f"Ws{i}{j}") for j in range(2)] for i in range(2)]
LW = (sig(v[0] * sig(Wsym[0][0] * x[0] + Wsym[0][1] * x[1] + b) + v[1] * sig(Wsym[1][0] * x[0] + Wsym[1][1] * x[1] + b) + c) - y) ** 2 / 2
atW = {Wsym[i][j]: W[i][j] for i in range(2) for j in range(2)}
L.step(all(abs(sp.N(sp.diff(LW, Wsym[i][j]).subs(atW) - d[i] * x[j], 30)) < 1e-25 for i in range(2) for j in range(2))); L.define()
dW = [[d[i] * x[j] for j in range(2)] for i in range(2)]
wd2 = R("-0.0121")
L.step(all(substituted(dW[i][j], lambda a: a * x[j], "~" + ["-0.0156", "-0.0121"][i]) for i in range(2) for j in range(2)), carried=True)
L.step(rounds("0.0078", R("-0.0156") * R("-0.5")) and rounds("0.0061", wd2 * R("-0.5")) and R("-0.0156") * 1 == R("-0.0156"))
gx = [W[0][k] * d[0] + W[1][k] * d[1] for k in range(2)]
x1_, x2_ = sp.symbols("x1_ x2_", real=True)
def loss_x(a1, a2):
    hh = [sig(W[i][0] * a1 + W[i][1] * a2 + b) for i in range(2)]
    return (sig(v[0] * hh[0] + v[1] * hh[1] + c) - y) ** 2 / 2
gxs = [sp.diff(loss_x(x1_, x2_), s_).subs({x1_: x[0], x2_: x[1]}) for s_ in (x1_, x2_)]
L.step(all(abs(sp.N(gxs[k] - sum(d[j] * W[j][k] for j in range(2)), 30)) < 1e-25 for k in range(2)))
L.step(all(abs(sp.N(gxs[k] - gx[k], 30)) < 1e-25 for k in range(2)))
L.step(substituted(gx[0], lambda a, bb: R("0.4") * a + R("0.3") * bb, "~-0.0156", "~-0.0121"), carried=True)
L.step(R("0.4") * R("-0.0156") == R("-0.00624") and R("0.3") * R("-0.0121") == R("-0.00363") and R("-0.2") * R("-0.0156") == R("0.00312") and R("0.6") * R("-0.0121") == R("-0.00726"))
L.step(rounds("-0.0099", R("-0.00624") - R("0.00363"), approx=True) and rounds("-0.0041", R("0.00312") - R("0.00726"), approx=True))
L.define(2, "eta, update rule")
eta = R("0.5")
bnew = b - eta * dLdb
L.step(substituted(bnew, lambda g: R("0.1") - eta * g, "~-0.0277"), carried=True); L.step(rounds("0.1139", R("0.1") - eta * R("-0.0277")))
L.step(substituted(R("0.5") + bnew, lambda u_: R("0.4") + R("0.1") + u_, "~0.1139"), carried=True)
L.step(R("0.4") * R("1.0") + R("-0.2") * R("-0.5") + R("0.1139") == R("0.6139"))
# fix
L.define(note="v2 = -0.5")
L.step(substituted(d[1], lambda a, bb: a * R("-0.5") * bb, "~-0.0972", "~0.2494")); L.step(rounds("0.0121", d[1], approx=True))
L.step(abs(sp.N(dLdb - (d[0] + d[1]), 30)) < 1e-25); L.step(substituted(dLdb, lambda a, bb: a + bb, "~-0.0156", "~0.0121"))
L.step(R("-0.0156") + R("0.0121") == R("-0.0035"))
L.step(rounds("0.0121", dW[1][0], approx=True) and rounds("-0.0061", dW[1][1], approx=True))
L.step(substituted(gx[0], lambda a, bb: R("0.4") * a + R("0.3") * bb, "~-0.0156", "~0.0121")
       and substituted(gx[1], lambda a, bb: R("-0.2") * a + R("0.6") * bb, "~-0.0156", "~0.0121"))
L.step(R("0.3") * R("0.0121") == R("0.00363") and R("0.6") * R("0.0121") == R("0.00726"))
L.step(rounds("-0.0026", R("-0.00624") + R("0.00363"), gx[0], approx=True) and rounds("0.0104", R("0.00312") + R("0.00726"), gx[1], approx=True))
L.step(substituted(bnew, lambda g: R("0.1") - eta * g, "~-0.0035")); L.step(R("0.1") - eta * R("-0.0035") == R("0.10175"))
L.step(rounds("0.1018", R("0.10175"), bnew, approx=True))
L.define(2, "update rules v, c")
v1n, v2n, cn = v[0] - eta * dv[0], v[1] - eta * dv[1], c - eta * do
L.step(substituted(v1n, lambda g: R("0.7") + eta * g, "~0.0628")); L.step(R("0.7") + eta * R("0.0628") == R("0.7314"))
L.step(substituted(v2n, lambda g: R("-0.5") + eta * g, "~0.0510")); L.step(R("-0.5") + eta * R("0.0510") == R("-0.4745"))
L.step(substituted(cn, lambda g: R("0.2") + eta * g, "~0.0972")); L.step(R("0.2") + eta * R("0.0972") == R("0.2486"))
zo2 = v1n * h[0] + v2n * h[1] + cn
L.step(substituted(zo2, lambda a, bb, cc, hh1, hh2: a * hh1 + bb * hh2 + cc, "~0.7314", "~-0.4745", "~0.2486", "~0.6457", "~0.5250"))
L.step(rounds("0.4718", zo2, R("0.7314") * R("0.6457") - R("0.4745") * R("0.5250") + R("0.2486"), approx=True))
yh2 = sig(zo2)
L.step(substituted(yh2, sig, "~0.4718")); L.step(rounds("0.6158", yh2, sig(R("0.4718")), approx=True))
L2 = (yh2 - 1) ** 2 / 2
L.step(substituted(L2, lambda a: (a - 1) ** 2 / 2, "~0.6158")); L.step(rounds("0.0738", L2, (R("0.6158") - 1) ** 2 / 2, approx=True))
L.step(R("0.0738") < R("0.0815") and L2 < Lo)
# Problem 3
L.step(abs(sp.N(gx[0] - (d[0] * W[0][0] + d[1] * W[1][0]), 30)) < 1e-25)
L.step(substituted(gx[0], lambda a, bb: R("0.4") * a + R("0.3") * bb, "~-0.0156", "~0.0121"))
L.step(rounds("-0.0026", R("0.4") * R("-0.0156") + R("0.3") * R("0.0121"), gx[0], approx=True))
L.define(note="CE loss")
yy = sp.symbols("yy", positive=True)
L.step(same(sp.diff(-yy * sp.log(sig(t_)) - (1 - yy) * sp.log(1 - sig(t_)), t_), sig(t_) - yy, positive=False))
L.step(substituted(yh - y, lambda a: a - 1, "~0.5962")); L.step(R("0.5962") - 1 == R("-0.4038"))
dbce = (yh - y) * (v[0] * hp[0] + v[1] * hp[1])
dbce_true = sp.diff(-sp.log(sig(v[0] * sig(W[0][0] * x[0] + W[0][1] * x[1] + bb_) + v[1] * sig(W[1][0] * x[0] + W[1][1] * x[1] + bb_) + c)), bb_).subs(bb_, b)
L.step(abs(sp.N(dbce - dbce_true, 30)) < 1e-25)
L.step(substituted(dbce, lambda a, p, q: a * (R("0.7") * p - R("0.5") * q), "~-0.4038", "~0.2288", "~0.2494"))
L.step(substituted(dbce, lambda a, p: a * p, "~-0.4038", "~0.0355") and rounds("0.0355", R("0.7") * R("0.2288") - R("0.5") * R("0.2494")))
L.step(rounds("-0.0134", R("-0.4038") * R("0.0355"), dbce, approx=True), note="-0.0143")
L.step(1 - R("0.5") ** 2 == R("0.75")); L.define(note="h_j = 0.5")
L.step(sp.diff(W[0][0] * x[0] + W[0][1] * x[1] + bb_, bb_) == 1); L.define(note="z_j with 2b")
L.step(substituted(2 * dLdb, lambda a: 2 * a, "~-0.0035")); L.step(2 * R("-0.0035") == R("-0.0070"))
L.done()
