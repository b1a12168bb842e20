"""Labels for labreport_lab5_relu_softmax_backprop_forward_mode.tex: a group's lab report (abstract, aim, theory
with numbered `align` equations and `\\eqref`, apparatus, procedure, results with a `booktabs` table of finite
differences, discussion of deviations, conclusion; `\\DeclareMathOperator{\\ReLU}`, `\\pd`, `\\bm`, `pmatrix`,
`\\leftarrow`, an `align*` trace with a tangent column, `\\dot v` tangents).
A 2-3-2 ReLU network with softmax cross-entropy (hidden unit 2 dead): forward pass, delta_2 = p - y, dL/dW2,
dL/dh = W2^T delta_2, delta_1 with the ReLU mask, dL/dW1, grad_x L = W1^T delta_1, a central difference, an SGD
step on b2; forward mode for f = ln x1 + x1 x2 - sin x2 at (2, 5) with seeds e1, e2, u; truncation errors.
Slips: p1 = sigma(s2 - s1) (sign of the margin); dL/dW2 = h delta_2^T (transposed); 0.7703 x 0.3 = 0.2331;
delta_1 without the mask (carried into dL/db_{1,2} and row 2 of dL/dW1); a sign in the last entry of dL/dW1;
the first-order prediction with one entry of ||delta_2||^2 dropped; the tangent of sin as -cos (carried into
v5-dot); ||grad f|| = 5.7661 for 5.7616 (carried into the unit direction); (h/2) f'' evaluated without the 1/2."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch38/labreport_lab5_relu_softmax_backprop_forward_mode.tex")
# ---- theory
s1, s2 = sp.symbols("s1 s2", real=True)
P1 = sp.exp(s1) / (sp.exp(s1) + sp.exp(s2))
L.define(2, "p_k, L")
# two classes, true class c = 2: L = -ln p2
Lc = -sp.log(sp.exp(s2) / (sp.exp(s1) + sp.exp(s2)))
L.step(same(Lc, -s2 + sp.log(sp.exp(s1) + sp.exp(s2)), positive=False))
L.step(same(sp.diff(Lc, s1), 0 + P1, positive=False) and same(sp.diff(Lc, s2), -1 + (1 - P1), positive=False))
L.step(True, note="= p_k - y_k (same members)")
sg = lambda t: 1 / (1 + sp.exp(-t))
L.step(same(P1, sg(s2 - s1), positive=False), note="sigma(s1 - s2)")
L.define(3, "z, h, s")
# the backprop formulas, checked on the lab's numbers below
x = sp.Matrix([R("1.0"), R("-0.5")])
W1 = sp.Matrix([[R("0.5"), R("-1.0")], [R("-0.4"), R("0.6")], [R("0.2"), R("0.8")]])
b1 = sp.Matrix([R("0.1"), 0, R("0.5")])
W2 = sp.Matrix([[R("0.7"), R("-0.3"), R("0.5")], [R("-0.6"), R("0.4"), R("0.9")]])
b2 = sp.Matrix([0, R("0.1")])
yv = sp.Matrix([0, 1])


def forward(x, W1, b1, W2, b2):
    z = W1 * x + b1
    h = z.applyfunc(lambda t: sp.Max(t, 0))
    s = W2 * h + b2
    p = s.applyfunc(sp.exp) / sum(s.applyfunc(sp.exp))
    return z, h, s, p, -sp.log(p[1])


z, h, s, p, Lv = forward(x, W1, b1, W2, b2)
d2 = p - yv
# exact gradients by differentiating the loss (symbols for the parameters)
Ws = sp.Matrix(2, 3, sp.symbols("w2_0:6"))
Vs = sp.Matrix(3, 2, sp.symbols("w1_0:6"))
xs = sp.Matrix(sp.symbols("x0:2"))
bs = sp.Matrix(sp.symbols("b0:3"))
sub = {**dict(zip(Ws, W2)), **dict(zip(Vs, W1)), **dict(zip(xs, x)), **dict(zip(bs, b1))}
Lsym = forward(xs, Vs, bs, Ws, b2)[4]
grad = lambda M: M.applyfunc(lambda e: sp.diff(Lsym, e).subs(sub))
gW2, gW1, gx, gb1 = grad(Ws), grad(Vs), grad(xs), grad(bs)
gh = W2.T * d2
mask = sp.diag(*[1 if t > 0 else 0 for t in z])
d1 = mask * gh
L.define(note="delta_2 := dL/ds"); L.step(True, note="= p - y, (eq:ce)")
L.step((h * d2.T).shape == gW2.shape and gW2 == h * d2.T, note="h delta_2^T is 3x2, dL/dW2 is 2x3")
L.step(True, note="dL/db2 = delta_2")
L.step(True, note="dL/dh = W2^T delta_2")
L.define(note="delta_1 named")
L.step(sp.simplify(gW1 - d1 * x.T) == sp.zeros(3, 2))
L.step(sp.simplify(gb1 - d1) == sp.zeros(3, 1)); L.step(sp.simplify(gx - W1.T * d1) == sp.zeros(2, 1))
t = sp.symbols("t", real=True)
L.step(sp.diff(sp.Max(t, 0), t).subs(t, 1) == 1)
L.define(note="g = f'")
th, hh = sp.symbols("theta h", positive=True)
f = lambda q: sp.exp(2 * q) * sp.sin(q) + q ** 5
d = lambda k: sp.diff(f(th), th, k)
pt = {th: sp.Rational(7, 10)}
fwd_rem = ((f(th + hh) - f(th)) / hh - d(1) - hh / 2 * d(2)).subs(pt)
cen_rem = ((f(th + hh) - f(th - hh)) / (2 * hh) - d(1) - hh ** 2 / 6 * d(3)).subs(pt)
L.step(sp.limit(fwd_rem / hh, hh, 0) == 0)
L.step(sp.limit(cen_rem / hh ** 3, hh, 0) == 0)
# ---- set-up
L.define(6, "x, c, W1, b1, W2, b2")
L.step(True, note="one-hot of c = 2"); L.define(note="h = 1e-3")
L.define(note="f(x1, x2)")
# ---- forward pass
L.step(z[0] == R("0.5") * R("1.0") + R("-1.0") * R("-0.5") + R("0.1")); L.step(z[0] == R("1.1"))
L.step(z[1] == R("-0.4") * R("1.0") + R("0.6") * R("-0.5") + 0); L.step(z[1] == R("-0.7"))
L.step(z[2] == R("0.2") * R("1.0") + R("0.8") * R("-0.5") + R("0.5")); L.step(z[2] == R("0.3"))
L.step(h == sp.Matrix([R("1.1"), 0, R("0.3")]))
L.step(z[1] == R("-0.7")); L.step(R("-0.7") < 0); L.step(h[1] == 0)
L.step(sp.diff(sp.Max(t, 0), t).subs(t, z[1]) == 0)
L.step(s[0] == R("0.7") * R("1.1") - R("0.3") * 0 + R("0.5") * R("0.3") + 0); L.step(s[0] == R("0.92"))
L.step(s[1] == R("-0.6") * R("1.1") + R("0.4") * 0 + R("0.9") * R("0.3") + R("0.1")); L.step(s[1] == R("-0.29"))
L.step(same(p[0], 1 / (1 + sp.exp(s[1] - s[0]))))
L.step(s[1] - s[0] == R("-1.21"))
L.step(rounds("0.7703", p[0]))
L.step(True, note="p2 = 1 - p1"); L.step(rounds("0.2297", 1 - R("0.7703"), p[1]))
L.step(True, note="L = -ln p2"); L.step(rounds("1.4710", Lv))
# ---- backward pass
L.step(True, note="delta_2 = p - y")
L.step(substituted(d2[1], lambda a: a - 1, "~0.2297") and rounds("0.7703", d2[0]))
L.step(R("0.2297") - 1 == R("-0.7703"))
L.step(substituted(gW2[0, 2], lambda a: a * R("0.3"), "~0.7703"))
L.step(rounds("0.2331", R("0.7703") * R("0.3"), gW2[0, 2]), note="0.2311")
L.step(True, note="dL/dh = W2^T delta_2")
L.step(sp.simplify(gh - d2[0] * sp.Matrix([R("0.7") + R("0.6"), R("-0.3") - R("0.4"), R("0.5") - R("0.9")])) == sp.zeros(3, 1)
       and rounds("0.7703", d2[0]))
L.step(sp.Matrix([R("0.7") + R("0.6"), R("-0.3") - R("0.4"), R("0.5") - R("0.9")]) == sp.Matrix([R("1.3"), R("-0.7"), R("-0.4")]))
L.step(all(rounds(w, R("0.7703") * c, g) for w, c, g in zip(["1.0014", "-0.5392", "-0.3081"], [R("1.3"), R("-0.7"), R("-0.4")], gh)))
# first hand attempt: no mask
L.step(sp.simplify(d1 - gh) == sp.zeros(3, 1), note="delta_1 = dL/dh without the mask")
L.step(rounds("1.0014", gh[0]) and rounds("-0.5392", gh[1]) and rounds("-0.3081", gh[2]), note="dL/dh values")
L.step(rounds("-0.5392", gb1[1]), carried=rounds("-0.5392", gh[1]))
L.step(gW1[1, 0] == R("-0.5392") * R("1.0") and gW1[1, 1] == R("-0.5392") * R("-0.5"),
       carried=substituted(gh[1] * x[0], lambda a: a * R("1.0"), "~-0.5392") and substituted(gh[1] * x[1], lambda a: a * R("-0.5"), "~-0.5392"))
L.step(R("-0.5392") * R("-0.5") == R("0.2696"))
# corrected
L.step(sp.simplify(gb1 - d1) == sp.zeros(3, 1)); L.step(True, note="delta_1 = dL/dh o ReLU'(z)")
L.step(rounds("1.0014", d1[0]) and d1[1] == 0 and rounds("-0.3081", d1[2]))
L.step(sp.simplify(gW1 - d1 * x.T) == sp.zeros(3, 2))
written = [["1.0014", "-0.5007"], ["0", "0"], ["-0.3081", "-0.1541"]]
L.step(all(rounds(written[i][j], gW1[i, j], R(["1.0014", "0", "-0.3081"][i]) * x[j]) for i in range(3) for j in range(2)), note="0.1541")
L.step(sp.simplify(gx - W1.T * d1) == sp.zeros(2, 1))
L.step(substituted(gx[0], lambda a, b: a * R("0.5") + b * R("-0.2"), "~1.0014", "~0.3081")
       and substituted(gx[1], lambda a, b: a * R("-1.0") + b * R("-0.8"), "~1.0014", "~0.3081"))
L.step(rounds("0.4391", R("0.5") * R("1.0014") - R("0.2") * R("0.3081"), gx[0])
       and rounds("-1.2479", R("-1.0") * R("1.0014") - R("0.8") * R("0.3081"), gx[1]))
# central difference on b_{1,3}
e3 = sp.Matrix([0, 0, R("0.001")])
Lp, Lm = forward(x, W1, b1 + e3, W2, b2)[4], forward(x, W1, b1 - e3, W2, b2)[4]
L.step(rounds("1.4706685", Lp)); L.step(rounds("1.4712847", Lm))
L.step(substituted((Lp - Lm) / R("0.002"), lambda a, b: (a - b) / R("0.002"), "~1.4706685", "~1.4712847"))
L.step(rounds("-0.3081", (R("1.4706685") - R("1.4712847")) / R("0.002"), (Lp - Lm) / R("0.002")))
# ---- SGD step on b2
eta = R("0.1")
nb2 = b2 - eta * d2
L.define(note="eta"); L.define(note="b2 <- b2 - eta delta_2")
L.step(rounds("-0.0770", nb2[0]) and rounds("0.1770", nb2[1]))
ns = W2 * h + nb2
L.step(substituted(ns[0] - ns[1], lambda a: R("0.92") + R("0.29") - 2 * a, "~0.0770"))
Lnew = forward(x, W1, b1, W2, nb2)[4]
L.step(substituted(Lnew, lambda a: sp.log(1 + sp.exp(R("1.21") - 2 * a)), "~0.0770"), note="margin 1.0560 built from 0.0770")
L.step(rounds("1.3545", sp.log(1 + sp.exp(R("1.0560"))), Lnew))
pred = Lv - eta * (d2[0] ** 2 + d2[1] ** 2)
L.step(substituted(pred, lambda a, b: a - R("0.1") * b ** 2, "~1.4710", "~0.7703"), note="||delta_2||^2 = 2 x 0.7703^2")
L.step(rounds("1.4117", R("1.4710") - R("0.1") * R("0.7703") ** 2))
L.step(R("1.4117") > R("1.3545"))
# ---- forward mode, seed e1
x1, x2 = sp.symbols("x1 x2", positive=True)
F = sp.log(x1) + x1 * x2 - sp.sin(x2)
at = {x1: 2, x2: 5}
L.define(3, "v_-1 = x1 = 2, seed"); L.define(3, "v_0 = x2 = 5, seed")
L.define(note="v1"); L.step(rounds("0.6931", sp.log(2))); L.step(True, note="tangent of ln"); L.step(sp.Rational(1, 2) == R("0.5"))
L.define(note="v2"); L.step(2 * 5 == 10); L.step(True, note="product rule"); L.step(1 * 5 + 2 * 0 == 5)
L.define(note="v3"); L.step(rounds("-0.9589", sp.sin(5))); L.step(True, note="tangent of sin"); L.step(sp.cos(5) * 0 == 0)
L.define(note="v4"); L.step(rounds("10.6931", R("0.6931") + 10, sp.log(2) + 10)); L.step(True, note="sum"); L.step(R("0.5") + 5 == R("5.5"))
L.define(note="v5"); L.step(rounds("11.6520", R("10.6931") + R("0.9589"), F.subs(at))); L.step(True, note="difference")
L.step(R("5.5") - 0 == R("5.5"))
L.step(same(sp.diff(F, x1), 1 / x1 + x2)); L.step((1 / x1 + x2).subs(at) == R("5.5"))
# seed e2
L.define(2, "seed e2")
L.step(0 * 5 + 2 * 1 == sp.diff(x1 * x2, x2).subs(at)); L.step(0 * 5 + 2 * 1 == 2)
L.step(False, note="tangent of sin is +cos")
L.step(rounds("-0.2837", -sp.cos(5)))
L.step(True, note="v5 = v1 + v2 - v3, so the tangents add the same way")
dfx2 = sp.diff(F, x2).subs(at)
L.step(substituted(dfx2, lambda a: 0 + 2 + a, "~0.2837"), carried=substituted(2 + sp.cos(5), lambda a: 2 + a, "~0.2837"))
L.step(R("0") + 2 + R("0.2837") == R("2.2837"))
L.step(same(sp.diff(F, x2), x1 - sp.cos(x2)))
L.step(substituted(dfx2, lambda a: 2 - a, "~0.2837")); L.step(rounds("1.7163", 2 - R("0.2837"), dfx2))
L.step(rounds("0.2837", sp.cos(5))); L.step(substituted(dfx2, lambda a: 2 - a, "~0.2837")); L.step(rounds("1.7163", 2 - R("0.2837")))
# seed u
u = (R("0.6"), R("0.8"))
L.define(note="u")
L.step(u[0] / 2 == R("0.3"))
L.step(u[0] * 5 + 2 * u[1] == R("0.6") * 5 + 2 * R("0.8")); L.step(R("0.6") * 5 + 2 * R("0.8") == R("4.6"))
L.step(substituted(sp.cos(5) * u[1], lambda a: a * R("0.8"), "~0.2837")); L.step(rounds("0.2269", R("0.2837") * R("0.8"), sp.cos(5) * R("0.8")))
gF = [sp.diff(F, v).subs(at) for v in (x1, x2)]
Du = gF[0] * u[0] + gF[1] * u[1]
L.step(substituted(Du, lambda a: R("0.3") + R("4.6") - a, "~0.2269")); L.step(rounds("4.6731", R("0.3") + R("4.6") - R("0.2269"), Du))
L.step(substituted(Du, lambda a: R("5.5") * R("0.6") + a * R("0.8"), "~1.7163"))
L.step(R("5.5") * R("0.6") == R("3.3") and rounds("1.3730", R("1.7163") * R("0.8")))
L.step(rounds("4.6730", R("3.3") + R("1.3730"), Du))
nrm = sp.sqrt(gF[0] ** 2 + gF[1] ** 2)
L.step(substituted(nrm, lambda a: sp.sqrt(R("5.5") ** 2 + a ** 2), "~1.7163"))
L.step(R("5.5") ** 2 == R("30.25") and rounds("2.9457", R("1.7163") ** 2))
L.step(R("30.25") + R("2.9457") == R("33.1957"))
L.step(rounds("5.7661", sp.sqrt(R("33.1957")), nrm), note="5.7616")
L.step(substituted(gF[0] / nrm, lambda a: R("5.5") / a, "~5.7661"), carried=True, note="their norm")
L.step(rounds("0.9539", R("5.5") / R("5.7661")) and rounds("0.2977", R("1.7163") / R("5.7661")))
L.step(True, note="Cauchy-Schwarz"); L.step(R("4.6731") <= R("5.7661"))
# ---- truncation error (f as a function of x1 at x2 = 5)
f2, f3 = sp.diff(F, x1, 2), sp.diff(F, x1, 3)
L.step(same(f2, -1 / x1 ** 2)); L.step(f2.subs(at) == R("-0.25"))
L.step(same(f3, 2 / x1 ** 3)); L.step(f3.subs(at) == R("0.25"))
L.define(note="h = 0.01")
fd = (F.subs({x1: R("2.01"), x2: 5}) - F.subs(at)) / R("0.01")
L.step(R("5.4987542") - R("5.5") == R("-0.0012458") and rounds("5.4987542", fd))
L.step(substituted(R("0.01") / 2 * f2.subs(at), lambda a, b: a * b, "0.01", "-0.25"), note="h/2 dropped to h")
L.step(R("0.01") * R("-0.25") == R("-0.0025"))
L.step(substituted(R("0.0001") / 6 * f3.subs(at), lambda a, b: a * b / 6, "0.0001", "0.25"))
L.step(abs(R("0.0001") * R("0.25") / 6 - R("4.17e-6")) <= R("0.005e-6"))
L.define(note="h = 0.005")
L.define(note="h = 0.01")
L.done()
