"""Labels for discord_log_relu_backprop_forward_mode.tex: a study server's help channel exported to
LaTeX (a pinned problem statement, one message per post through a \\msg macro with timestamps, replies,
reactions, a TA's posts): a 2-3-1 ReLU network with a linear output and squared loss, one dead unit
(forward pass, loss, output delta, dL/dw2, dL/db2, dL/dh, delta1 with the ReLU mask, dL/dW1, dL/db1,
the input gradient W1^T delta1, an SGD step on all parameters and the new forward pass and loss);
forward-mode AD for f = x1 exp(-x2) + tanh(x1 x2) at (1, 0.5) (primal trace, tangents for e1, e2 and
a direction u, the hand gradient, grad f . u, |grad f|, Cauchy-Schwarz, dual numbers).
The mistakes are listed in README.md below its `## Mistakes` line."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch37/discord_log_relu_backprop_forward_mode.tex")
L.define(10, "problem statement")
x = [R("1.5"), R("-0.5")]
W = [[R("0.2"), R("0.4")], [R("-0.6"), R("0.3")], [R("0.5"), R("-0.8")]]
b1 = [R("0.1"), R("0.2"), R("-0.1")]
w2, b2, y = [R("0.8"), R("-0.4"), R("0.6")], R("0.05"), R("1.2")
z = [W[i][0] * x[0] + W[i][1] * x[1] + b1[i] for i in range(3)]
relu = lambda t: t if t > 0 else 0
h = [relu(t) for t in z]
yh = sum(a * c for a, c in zip(w2, h)) + b2
Lo = (yh - y) ** 2 / 2
# gradients of the loss by differentiation, for the backward-pass claims
Ws = [[sp.Symbol(f"W{i}{j}") for j in range(2)] for i in range(3)]
bs, w2s, b2s = sp.symbols("b0:3"), sp.symbols("v0:3"), sp.Symbol("c")
xs_ = sp.symbols("x0:2")
zz_ = sp.Symbol("zz_", real=True)
hs = sp.symbols("h0:3")
def Lfun():
    zz = [Ws[i][0] * xs_[0] + Ws[i][1] * xs_[1] + bs[i] for i in range(3)]
    return ((sum(w2s[i] * sp.Max(zz[i], 0) for i in range(3)) + b2s) - y) ** 2 / 2
Lsym = Lfun()
at = {**{Ws[i][j]: W[i][j] for i in range(3) for j in range(2)}, **{bs[i]: b1[i] for i in range(3)},
      **{w2s[i]: w2[i] for i in range(3)}, b2s: b2, xs_[0]: x[0], xs_[1]: x[1]}
gW2 = [sp.diff(Lsym, w2s[i]).subs(at) for i in range(3)]
gb2 = sp.diff(Lsym, b2s).subs(at)
gW1 = [[sp.diff(Lsym, Ws[i][j]).subs(at) for j in range(2)] for i in range(3)]
gz = [sp.diff(Lsym, bs[i]).subs(at) for i in range(3)]      # z_i = ... + b_i, so dL/dz_i = dL/db_i
gb1 = gz
gX = [sp.diff(Lsym, xs_[k]).subs(at) for k in range(2)]
L.define(note="z = W1 x + b1")
L.step(z[0] == R("0.2") * R("1.5") + R("0.4") * R("-0.5") + R("0.1")); L.step(R("0.3") - R("0.2") + R("0.1") == z[0] and R("0.2") * R("1.5") == R("0.3")); L.step(z[0] == R("0.2"))
L.step(z[1] == R("-0.6") * R("1.5") + R("0.3") * R("-0.5") + R("0.2")); L.step(R("-0.6") * R("1.5") == R("-0.9") and R("0.3") * R("-0.5") == R("-0.15")); L.step(z[1] == R("-0.85"))
L.step(z[2] == R("0.5") * R("1.5") + R("-0.8") * R("-0.5") + R("-0.1"))
L.step(R("0.75") - R("0.4") - R("0.1") == z[2], note="(-0.8)(-0.5) = +0.4")
L.step(R("0.75") - R("0.4") - R("0.1") == R("0.25"))
hw = [R("0.2"), 0, R("0.25")]
yw = R("0.8") * R("0.2") - R("0.4") * 0 + R("0.6") * R("0.25") + R("0.05")
L.step(h == hw, carried=True)
L.step(yh == yw, carried=True)
L.step(R("0.8") * R("0.2") == R("0.16") and R("0.6") * R("0.25") == R("0.15")); L.step(R("0.16") + R("0.15") + R("0.05") == R("0.36"))
L.step(Lo == (R("0.36") - y) ** 2 / 2, carried=True); L.step((R("0.36") - y) ** 2 == R("0.7056")); L.step(R("0.7056") / 2 == R("0.3528"))
L.step(z[2] == R("0.75") + R("0.4") - R("0.1")); L.step(z[2] == R("1.05"))
L.step(h == [max(t, 0) for t in z]); L.step(h == [R("0.2"), 0, R("1.05")])
L.step(yh == R("0.16") + 0 + R("0.6") * R("1.05") + R("0.05")); L.step(R("0.6") * R("1.05") == R("0.63")); L.step(yh == R("0.84"))
L.step(Lo == (R("0.84") - y) ** 2 / 2); L.step((R("0.84") - y) ** 2 == R("0.1296")); L.step(Lo == R("0.0648"))
L.step(Lo < R("0.3528"))
do = yh - y
yy_ = sp.symbols("yy_", real=True)
L.step(sp.diff((yy_ - y) ** 2 / 2, yy_) == yy_ - y); L.step(do == R("0.84") - R("1.2")); L.step(do == R("-0.36"))
dw2 = [do * t for t in h]
L.step(gW2 == dw2); L.step(dw2 == [R("-0.36") * t for t in [R("0.2"), 0, R("1.05")]]); L.step(dw2 == [R("-0.072"), 0, R("-0.378")])
L.step(gb2 == do); L.step(do == R("-0.36"))
dh = [do * t for t in w2]
L.step(all(sp.diff(((sum(w2[i] * hs[i] for i in range(3)) + b2) - y) ** 2 / 2, hs[j]).subs({hs[i]: h[i] for i in range(3)}) == dh[j] for j in range(3)))
L.step(dh == [R("-0.36") * t for t in [R("0.8"), R("-0.4"), R("0.6")]]); L.step(dh == [R("-0.288"), R("0.144"), R("-0.216")])
mask = [1 if t > 0 else 0 for t in z]
d1 = [a * m for a, m in zip(dh, mask)]
L.step(all(sp.diff(sp.Max(zz_, 0), zz_).subs(zz_, q) == 1 for q in (R("0.2"), R("-0.85"), R("1.05"))), note="ReLU'(z) = 1 for all z"); L.define()
L.step(d1 == dh, carried=True)
dW = [[d1[i] * x[j] for j in range(2)] for i in range(3)]
L.step(gW1 == dW)
wrongW = [[dh[i] * x[j] for j in range(2)] for i in range(3)]
L.step(dW == wrongW, carried=wrongW == [[R("-0.432"), R("0.144")], [R("0.216"), R("-0.072")], [R("-0.324"), R("0.108")]])
L.step(sp.diff(sp.Max(zz_, 0), zz_).subs(zz_, R("0.7")) == 1); L.define(2, "z > 0, z < 0"); L.step(z[1] == R("-0.85")); L.step(z[1] < 0)
L.step(gz == d1); L.step([a * m for a, m in zip(dh, [1, 0, 1])] == d1); L.step(d1 == [R("-0.288"), 0, R("-0.216")])
L.step(gb1 == d1); L.step(d1 == [R("-0.288"), 0, R("-0.216")])
L.step(dW[0] == [R("-0.432"), R("0.144")] and R("-0.288") * R("1.5") == R("-0.432")); L.step(dW[2] == [R("-0.324"), R("0.108")])
L.step([R("0.216"), R("-0.072")] == [R("0.144") * R("1.5"), R("0.144") * R("-0.5")])
gx = [sum(W[i][k] * d1[i] for i in range(3)) for k in range(2)]
L.step(gX == gx)
L.step(R("0.2") * R("-0.288") == R("-0.0576") and R("0.5") * R("-0.216") == R("-0.108")); L.step(gx[0] == R("-0.1656"))
L.step(R("-0.1152") - R("0.1728") == gx[1], note="+0.1728"); L.step(R("-0.1152") - R("0.1728") == R("-0.2880"))
L.step(R("-0.1152") + R("0.1728") == R("0.0576")); L.step(gx == [R("-0.1656"), R("0.0576")])
L.step(all(gx[k] == d1[0] * W[0][k] + d1[2] * W[2][k] for k in range(2))); L.step(all(gx[k] == R("-0.288") * W[0][k] - R("0.216") * W[2][k] for k in range(2)))
L.step([R("-0.0576") - R("0.108"), R("-0.1152") + R("0.1728")] == gx and R("-0.288") * R("0.4") == R("-0.1152") and R("-0.216") * R("-0.8") == R("0.1728"))
eta = R("0.1")
L.define(2, "eta, update rule")
w2n = [a - eta * g for a, g in zip(w2, dw2)]
L.step(w2n == [a - R("0.1") * g for a, g in zip([R("0.8"), R("-0.4"), R("0.6")], [R("-0.072"), 0, R("-0.378")])]); L.step(w2n == [R("0.8072"), R("-0.4"), R("0.6378")])
b2n = b2 - eta * do
L.step(b2n == R("0.05") - R("0.1") * R("-0.36")); L.step(b2n == R("0.086"))
Wn = [[W[i][j] - eta * dW[i][j] for j in range(2)] for i in range(3)]
b1n = [a - eta * g for a, g in zip(b1, d1)]
L.step(Wn == [[R("0.2432"), R("0.3856")], [R("-0.6"), R("0.3")], [R("0.5324"), R("-0.8108")]])
L.step(b1n == [R("0.1288"), R("0.2"), R("-0.0784")])
zn = [Wn[i][0] * x[0] + Wn[i][1] * x[1] + b1n[i] for i in range(3)]
L.step(zn[0] == R("0.2432") * R("1.5") + R("0.3856") * R("-0.5") + R("0.1288")); L.step(R("0.2432") * R("1.5") == R("0.3648") and R("0.3856") * R("-0.5") == R("-0.1928")); L.step(zn[0] == R("0.3008"))
L.step(zn[1] == R("-0.85"))
L.step(zn[2] == R("0.5324") * R("1.5") + R("-0.8108") * R("-0.5") - R("0.0784")); L.step(R("0.5324") * R("1.5") == R("0.7986") and R("-0.8108") * R("-0.5") == R("0.4054")); L.step(zn[2] == R("1.1256"))
hn = [relu(t) for t in zn]
yhn = sum(a * c for a, c in zip(w2n, hn)) + b2n
L.step(yhn == R("0.8072") * R("0.3008") + R("0.6378") * R("1.1256") + R("0.086")); L.step(rounds("0.2428", R("0.8072") * R("0.3008")) and rounds("0.7179", R("0.6378") * R("1.1256")))
L.step(R("0.2428") + R("0.7179") + R("0.086") == R("1.0467") and rounds("1.0467", yhn))
Ln = (yhn - y) ** 2 / 2
L.step(substituted(Ln, lambda a: (a - R("1.2")) ** 2 / 2, "~1.0467")); L.step(rounds("0.0235", (R("1.0467") - R("1.2")) ** 2))
L.step(rounds("0.0117", R("0.0235") / 2, Ln, approx=True))
# forward-mode AD
x1, x2 = sp.symbols("x1 x2", positive=True)
f = x1 * sp.exp(-x2) + sp.tanh(x1 * x2)
P = {x1: 1, x2: R("0.5")}
L.define(4, "v1 = x1 = 1, v2 = x2 = 0.5")
def tangents(d1_, d2_):
    """Forward-mode tangents of the trace v1..v8 at (1, 0.5) for the seed (d1_, d2_), exactly."""
    tv = [None, d1_, d2_]
    tv.append(-tv[2])                                  # v3 = -v2
    tv.append(sp.exp(-R("0.5")) * tv[3])               # v4 = e^{v3}
    tv.append(tv[1] * sp.exp(-R("0.5")) + 1 * tv[4])   # v5 = v1 v4
    tv.append(tv[1] * R("0.5") + 1 * tv[2])            # v6 = v1 v2
    tv.append((1 - sp.tanh(R("0.5")) ** 2) * tv[6])    # v7 = tanh v6
    tv.append(tv[5] + tv[7])                           # v8 = v5 + v7
    return tv
v4, v7 = sp.exp(-R("0.5")), sp.tanh(R("0.5"))
v5, v8 = v4, v4 + v7
L.define(); L.step(-R("0.5") == -P[x2]); L.define(); L.step(rounds("0.6065", v4)); L.define(); L.step(rounds("0.6065", v5))
L.define(); L.step(1 * R("0.5") == R("0.5")); L.define(); L.step(rounds("0.4621", v7)); L.define(); L.step(rounds("1.0686", v8) and R("0.6065") + R("0.4621") == R("1.0686"))
L.step(rounds("1.0686", f.subs(P), approx=True))
L.define(2, "seed e1")
g1, g2 = sp.diff(f, x1).subs(P), sp.diff(f, x2).subs(P)
T1 = tangents(1, 0)
L.step(T1[3] == -T1[2]); L.step(T1[3] == 0); L.step(T1[4] == v4 * T1[3]); L.step(T1[4] == 0)
L.step(T1[5] == T1[1] * v4 + 1 * T1[4]); L.step(rounds("0.6065", T1[5], approx=True)); L.step(T1[6] == T1[1] * R("0.5") + 1 * T1[2]); L.step(T1[6] == R("0.5"))
tp = 1 - v7 ** 2
L.step(T1[7] == (1 + v7 ** 2) * T1[6], note="1 - v7^2"); L.step(rounds("1.2135", 1 + v7 ** 2, approx=True)); L.step(rounds("0.6068", R("1.2135") * R("0.5"), approx=True))
L.step(T1[8] == T1[5] + T1[7] and abs(sp.N(T1[8] - g1, 30)) < 1e-25)
L.step(substituted(g1, lambda a, c: a + c, "~0.6065", "~0.6068"), carried=rounds("1.2133", R("0.6065") + R("0.6068")))
L.step(R("0.6065") + R("0.6068") == R("1.2133"))
L.step(same(sp.diff(sp.tanh(x1), x1), 1 - sp.tanh(x1) ** 2))
L.step(substituted(tp * R("0.5"), lambda t: (1 - t ** 2) * R("0.5"), "~0.4621")); L.step(rounds("0.7865", 1 - R("0.4621") ** 2, tp, approx=True))
L.step(rounds("0.3932", R("0.7865") * R("0.5"), tp / 2, approx=True))
L.step(substituted(g1, lambda a, c: a + c, "~0.6065", "~0.3932")); L.step(R("0.6065") + R("0.3932") == R("0.9997"))
T2 = tangents(0, 1)
L.define(2, "seed e2"); L.step(T2[3] == -1)
L.step(T2[4] == v4, note="v4dot = e^{v3} v3dot"); L.step(rounds("0.6065", v4, approx=True))
L.step(T2[5] == T2[1] * v4 + 1 * T2[4]); L.step(rounds("0.6065", T2[5]), carried=True)
L.step(T2[6] == T2[1] * R("0.5") + 1 * T2[2]); L.step(T2[6] == 1); L.step(substituted(T2[7], lambda t: t * 1, "~0.7865")); L.step(R("0.7865") * 1 == R("0.7865"))
L.step(substituted(g2, lambda a, c: a + c, "~0.6065", "~0.7865"), carried=True); L.step(R("0.6065") + R("0.7865") == R("1.3930"))
L.step(rounds("1.3930", g2, approx=True), carried=True)
L.define(note="v4 = e^{v3}"); L.step(same(sp.diff(sp.exp(-x2), x2), sp.exp(-x2) * sp.diff(-x2, x2))); L.step(T2[3] == -1)
L.step(rounds("-0.6065", -v4, approx=True)); L.step(rounds("-0.6065", -v4, approx=True))
L.step(substituted(g2, lambda a, c: a + c, "~-0.6065", "~0.7865")); L.step(R("-0.6065") + R("0.7865") == R("0.1800"))
L.step(same(sp.diff(f, x1), sp.exp(-x2) + x2 * (1 - sp.tanh(x1 * x2) ** 2)))
L.step(same(sp.diff(f, x2), -x1 * sp.exp(-x2) + x1 * (1 - sp.tanh(x1 * x2) ** 2)))
L.step(substituted(g1, lambda a, c: a + R("0.5") * c, "~0.6065", "~0.7865") and rounds("0.9998", R("0.6065") + R("0.5") * R("0.7865"), g1, approx=True))
L.step(rounds("0.1800", g2, R("-0.6065") + R("0.7865")))
L.define(2, "seed u")
u = [R("0.6"), R("0.8")]
dv4 = -u[1] * v4
dv5 = u[0] * v4 + dv4
dv6 = u[0] * R("0.5") + u[1]
dv7 = tp * dv6
dv8 = dv5 + dv7
L.step(-u[1] == R("-0.8"))
L.step(substituted(dv4, lambda a: -R("0.8") * a, "~0.6065")); L.step(rounds("-0.4852", R("-0.8") * R("0.6065"), dv4, approx=True))
L.step(substituted(dv5, lambda a, c: R("0.6") * a + c, "~0.6065", "~-0.4852")); L.step(rounds("-0.1213", R("0.6") * R("0.6065") - R("0.4852"), dv5, approx=True))
L.step(dv6 == R("0.6") * R("0.5") + 1 * R("0.8")); L.step(dv6 == R("1.1"))
L.step(substituted(dv7, lambda t: t * R("1.1"), "~0.7865")); L.step(rounds("0.8651", R("0.7865") * R("1.1"), dv7, approx=True))
L.step(substituted(dv8, lambda a, c: a + c, "~-0.1213", "~0.8651")); L.step(R("-0.1213") + R("0.8651") == R("0.7438"))
dd = u[0] * g1 + u[1] * g2
L.step(substituted(dd, lambda a, c: R("0.6") * a + R("0.8") * c, "~0.9997", "~0.1800") and abs(sp.N(dd - dv8, 30)) < 1e-25)
L.step(rounds("0.5998", R("0.6") * R("0.9997")) and R("0.8") * R("0.18") == R("0.1440"))
L.step(R("0.5998") + R("0.1440") == R("0.7438"))
ng = sp.sqrt(g1 ** 2 + g2 ** 2)
L.step(substituted(ng, lambda a, c: sp.sqrt(a ** 2 + c ** 2), "~0.9997", "~0.1800"))
L.step(rounds("1.0318", R("0.9997") ** 2 + R("0.18") ** 2, ng ** 2, approx=True))
L.step(rounds("1.0158", sp.sqrt(R("1.0318")), ng, approx=True))
L.step(sp.sqrt(u[0] ** 2 + u[1] ** 2) == 1); L.step(R("0.7438") <= R("1.0158"))
L.step(substituted(g1 / ng, lambda a, c: a / c, "~0.9997", "~1.0158") and substituted(g2 / ng, lambda p, q, n_: (q - p) / n_, "~0.6065", "~0.7865", "~1.0158"))  # 0.18 = 0.7865 - 0.6065
L.step(rounds("0.9842", R("0.9997") / R("1.0158"), g1 / ng, approx=True) and rounds("0.1772", R("0.18") / R("1.0158"), g2 / ng, approx=True))
L.define(note="u along grad f"); L.step(R("0.7438") < R("1.0158"))
L.define(note="eps^2 = 0")
a, bq, c, d, e = sp.symbols("a bq c d e", real=True)
L.step(sp.expand((a + bq * e) * (c + d * e)).subs(e ** 2, 0) == sp.expand(a * c + (a * d + bq * c) * e))
L.step(same(sp.series(sp.tanh(a + bq * e), e, 0, 2).removeO(), sp.tanh(a) + bq * (1 - sp.tanh(a) ** 2) * e, positive=False))
L.step(rounds("0.4621", v7, approx=True) and rounds("0.7865", tp, approx=True))
der = sp.diff(sp.exp(-(R("0.5") + e)), e).subs(e, 0)
L.step(rounds("0.6065", der, approx=True), note="-0.6065")
L.step(rounds("-0.6065", der, approx=True) and rounds("0.6065", v4, approx=True))
xx = sp.symbols("xx", real=True)
L.step(same(sp.diff(sp.exp(-xx), xx), -sp.exp(-xx), positive=False))
L.step(same(sp.exp(-(R("0.5") + e)), sp.exp(-R("0.5")) * sp.exp(-e), positive=False))
L.step(rounds("0.6065", v4) and der == -v4)
L.done()
