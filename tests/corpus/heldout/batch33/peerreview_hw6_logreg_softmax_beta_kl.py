"""Labels for peerreview_hw6_logreg_softmax_beta_kl.tex: a student's peer review of a classmate's
homework (todonotes `\\todo{...}` margin notes, the classmate's lines quoted verbatim in a `theirs`
environment, "Suggested fix" displays; `\\vec`, `^{T}`, `\\cdot`, `\\dfrac`): one gradient step of
logistic regression on three points (mean BCE); softmax cross-entropy and dL/dW; Beta(3, 3) prior with
4 of 10, posterior, mean, mode, and the MAP as a regularised cross-entropy; entropy, cross-entropy and
KL both ways for two 3-point distributions; a single tanh unit with squared loss. Both the classmate's
lines and the reviewer's are labelled."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, places, rounds, same, substituted  # noqa: E402

zero = lambda e: abs(sp.N(e, 50)) < sp.Float("1e-40")   # exact identity, to 40 digits


def near(true_value, f, *items):
    """Like truth.substituted, but a number the writer obtained from their own rounded numbers may be
    given as (written, bound): its error bound is that of the numbers it came from."""
    xs, hs = [], []
    for it in items:
        if isinstance(it, tuple):
            xs.append(R(it[0])); hs.append(R(it[1]))
        elif it.startswith("~"):
            xs.append(R(it[1:])); hs.append(sp.Rational(1, 10 ** places(it[1:])) / 2)
        else:
            xs.append(R(it)); hs.append(0)
    value = sp.N(f(*xs), 40)
    bound = sum(abs(sp.N(f(*[x + (h if i == k else 0) for i, x in enumerate(xs)]), 40) - value) for k, h in enumerate(hs))
    return abs(value - sp.N(true_value, 40)) <= bound * sp.Rational(11, 10) + sp.Rational(1, 10 ** 12)

L = Labels("batch33/peerreview_hw6_logreg_softmax_beta_kl.tex")
M = sp.Matrix
sig = lambda t: 1 / (1 + sp.exp(-t))
# ---- P1
X = [M([1, 2]), M([2, -1]), M([-1, 1])]; Y = [1, 0, 1]
w0 = M([R("0.5"), R("-0.5")]); b0 = 0
L.define(8, "data, w, b"); L.define(3, "L, ell_i, p_i")
z = [(w0.T * x)[0] + b0 for x in X]
L.step(z[0] == R("0.5") - 1); L.step(z[0] == R("-0.5"))
L.step(z[1] == 1 + R("0.5")); L.step(z[1] == R("1.5"))
L.step(z[2] == R("-0.5") - R("0.5")); L.step(z[2] == -1)
p = [sig(t) for t in z]
L.step(True); L.step(rounds("0.3775", p[0])); L.step(True); L.step(rounds("0.8176", p[1])); L.step(True); L.step(rounds("0.2689", p[2]))
ell = [-sp.log(p[0]), -sp.log(1 - p[1]), -sp.log(p[2])]
L.step(substituted(ell[0], lambda q: -sp.log(q), "~0.3775")); L.step(rounds("0.9742", -sp.log(R("0.3775")), ell[0]))
L.step(substituted(ell[1], lambda q: -sp.log(1 - q), "~0.8176") and 1 - R("0.8176") == R("0.1824")); L.step(rounds("1.7016", -sp.log(R("0.1824")), ell[1]))
L.step(substituted(ell[2], lambda q: -sp.log(q), "~0.2689")); L.step(rounds("1.3134", -sp.log(R("0.2689")), ell[2]))
Lm = sum(ell) / 3
# 0.9742, 1.7016, 1.3134 are -ln of the rounded p's: bound 0.00005/p + 0.00005
L.step(near(Lm, lambda a, b, c: (a + b + c) / 3, ("0.9742", "0.000183"), ("1.7016", "0.000325"), ("1.3134", "0.000236")))
L.step(R("0.9742") + R("1.7016") + R("1.3134") == R("3.9892")); L.step(rounds("1.3297", R("3.9892") / 3, Lm))
# gradient
w1, w2, bb = sp.symbols("w1 w2 bb", real=True)
Ls = sum(-y * sp.log(sig(w1 * x[0] + w2 * x[1] + bb)) - (1 - y) * sp.log(1 - sig(w1 * x[0] + w2 * x[1] + bb)) for x, y in zip(X, Y)) / 3
zz, yy = sp.symbols("zz yy", real=True)
L.step(same(sp.diff(-yy * sp.log(sig(zz)) - (1 - yy) * sp.log(1 - sig(zz)), zz), sig(zz) - yy, positive=False))
pt = {w1: w0[0], w2: w0[1], bb: 0}
g = M([sp.diff(Ls, w1), sp.diff(Ls, w2)]).subs(pt)
gb = sp.diff(Ls, bb).subs(pt)
r = [p[i] - Y[i] for i in range(3)]
gsum = sum((r[i] * X[i] for i in range(3)), M([0, 0]))
L.step(zero((g - gsum).norm()), note="the 1/3 of the mean dropped")
L.step(substituted(gsum[0], lambda a, b, c: a * 1 + b * 2 + c * (-1), "~-0.6225", "~0.8176", "~-0.7311")
       and substituted(gsum[1], lambda a, b, c: a * 2 + b * (-1) + c * 1, "~-0.6225", "~0.8176", "~-0.7311"))
L.step(rounds("1.7438", R("-0.6225") + 2 * R("0.8176") + R("0.7311"), gsum[0]) and rounds("-2.7937", 2 * R("-0.6225") - R("0.8176") - R("0.7311"), gsum[1]))
rsum = sum(r)
L.step(zero(gb - rsum), note="again without 1/3")
L.step(substituted(rsum, lambda a, b, c: a + b + c, "~-0.6225", "~0.8176", "~-0.7311")); L.step(R("-0.6225") + R("0.8176") - R("0.7311") == R("-0.536"))
L.define(note="eta")
eta = R("0.5")
wn = w0 - eta * g; bn = b0 - eta * gb
wn_w = w0 - eta * gsum; bn_w = b0 - eta * rsum
# 1.7438 and -2.7937 are sums of the rounded residuals with weights 1, 2, 1: bound 0.0002
L.step(near(wn[0], lambda q: R("0.5") - eta * q, ("1.7438", "0.0002")) and near(wn[1], lambda q: R("-0.5") - eta * q, ("-2.7937", "0.0002")),
       carried=near(wn_w[0], lambda q: R("0.5") - eta * q, ("1.7438", "0.0002")) and near(wn_w[1], lambda q: R("-0.5") - eta * q, ("-2.7937", "0.0002")))
L.step(R("0.5") - eta * R("1.7438") == R("-0.3719") and R("-0.5") - eta * R("-2.7937") == R("0.89685"))
L.step(near(bn, lambda q: 0 - eta * q, ("-0.536", "0.00015")), carried=near(bn_w, lambda q: 0 - eta * q, ("-0.536", "0.00015")))
L.step(0 - eta * R("-0.536") == R("0.268"))
# fix
L.step(zero((g - gsum / 3).norm()))
L.step(near(g[0], lambda q: q / 3, ("1.7438", "0.0002")) and near(g[1], lambda q: q / 3, ("-2.7937", "0.0002")))
L.step(rounds("0.5813", R("1.7438") / 3, g[0]) and rounds("-0.9312", R("-2.7937") / 3, g[1]))
L.step(near(gb, lambda q: q / 3, ("-0.536", "0.00015"))); L.step(rounds("-0.1787", R("-0.536") / 3, gb))
L.step(near(wn[0], lambda q: R("0.5") - eta * q, ("0.5813", "0.00012")) and near(wn[1], lambda q: R("-0.5") - eta * q, ("-0.9312", "0.00012")))
L.step(rounds("0.2094", R("0.5") - eta * R("0.5813"), wn[0]) and rounds("-0.0344", R("-0.5") - eta * R("-0.9312"), wn[1]))
L.step(near(bn, lambda q: -eta * q, ("-0.1787", "0.0001"))); L.step(rounds("0.0893", -eta * R("-0.1787"), bn))
L_after = Ls.subs({w1: wn[0], w2: wn[1], bb: bn})
L.step(rounds("1.3296", Lm)); L.step(rounds("0.7863", L_after))
assert wn_w[0] < 0 < w0[0] and wn_w[1] > 0 > w0[1]
# ---- P2
zl = [R("2.0"), R("1.0"), R("-1.0")]; yv = M([0, 1, 0])
L.define(2, "z, y")
L.step(rounds("7.3891", sp.exp(2))); L.step(rounds("2.7183", sp.exp(1))); L.step(rounds("0.3679", sp.exp(-1)))
S = sum(sp.exp(t) for t in zl)
L.step(rounds("10.4753", R("7.3891") + R("2.7183") + R("0.3679"), S))
pv = M([sp.exp(t) / S for t in zl])
L.step(substituted(pv[0], lambda a, s_: a / s_, "~7.3891", "~10.4753") and substituted(pv[1], lambda a, s_: a / s_, "~2.7183", "~10.4753")
       and substituted(pv[2], lambda a, s_: a / s_, "~0.3679", "~10.4753"))
L.step(rounds("0.7054", pv[0]) and rounds("0.2595", pv[1]) and rounds("0.0351", pv[2]))
L.step(True, note="L = -ln p_2 for the true class 2"); L.step(substituted(-sp.log(pv[1]), lambda q: -sp.log(q), "~0.2595"))
L.step(rounds("1.3490", -sp.log(R("0.2595")), -sp.log(pv[1])))
zs = sp.symbols("z1:4", real=True)
Lsm = -zs[1] + sp.log(sum(sp.exp(t) for t in zs))
gz = M([sp.diff(Lsm, t) for t in zs]).subs(dict(zip(zs, zl)))
L.step(zero((gz - (yv - pv)).norm()), note="p - y")
L.step(rounds("-0.7054", yv[0] - pv[0]) and rounds("0.7405", yv[1] - pv[1]) and rounds("-0.0351", yv[2] - pv[2]))
L.step(R("-0.7054") + R("0.7405") - R("0.0351") == 0)
L.define(2, "z = W x, x")
xv = M([R("1.0"), R("0.5")])
Wm = M(3, 2, sp.symbols("W11 W12 W21 W22 W31 W32", real=True))
zW = Wm * M(sp.symbols("xa xb", real=True))
assert all(sp.diff(zW[k], Wm[k, j]) == sp.symbols("xa xb", real=True)[j] for k in range(3) for j in range(2))
L.step(True, note="dL/dW = (dL/dz) x^T, chain rule for z = W x")
wr = M([[R("-0.7054"), R("-0.3527")], [R("0.7405"), R("0.37025")], [R("-0.0351"), R("-0.01755")]])
L.step(gz * xv.T == wr, carried=M([R("-0.7054"), R("0.7405"), R("-0.0351")]) * xv.T == wr)
L.step(same(Lsm, -zs[1] + sp.log(sum(sp.exp(t) for t in zs)), positive=False))
L.step(all(same(sp.diff(Lsm, zs[k]), sp.exp(zs[k]) / sum(sp.exp(t) for t in zs) - (1 if k == 1 else 0), positive=False) for k in range(3)))
L.step(zero((gz - (pv - yv)).norm()))
L.step(rounds("0.7054", gz[0]) and rounds("-0.7405", gz[1]) and rounds("0.0351", gz[2]))
L.step(True, note="(p - y) x^T")
L.step(M([R("0.7054"), R("-0.7405"), R("0.0351")]) * xv.T == -wr and all(substituted((gz * xv.T)[i, j], lambda q: q * xv[j], "~" + str(M([R("0.7054"), R("-0.7405"), R("0.0351")])[i]))
                                                                      for i in range(3) for j in range(2)))
# ---- P3
th = sp.symbols("theta", positive=True)
a, b, k, n = 3, 3, 4, 10
L.define(4, "a = b = 3, k, n")
half = sp.symbols("half", positive=True)
on01 = lambda e: e.subs(th, half / (1 + half))
L.step(True, note="posterior proportional to likelihood times prior")
L.step(same(th ** 4 * (1 - th) ** 6 * th ** 2 * (1 - th) ** 2, th ** 6 * (1 - th) ** 8))
al, be = a + k, b + n - k
L.step((al, be) == (6, 8), note="Beta(7, 9)")
mean, mode = sp.Rational(al, al + be), sp.Rational(al - 1, al + be - 2)
L.step(mean == sp.Rational(6, 6 + 8), carried=True); L.step(sp.Rational(6, 14) == sp.Rational(6, 14)); L.step(rounds("0.4286", sp.Rational(6, 14)))
L.step(mode == sp.Rational(6 - 1, 6 + 8 - 2), carried=True); L.step(sp.Rational(5, 12) == sp.Rational(5, 12)); L.step(rounds("0.4167", sp.Rational(5, 12)))
L.define(note="J")
ks, ns, as_, bs = sp.symbols("k n a b", positive=True)
J = -(ks * sp.log(th) + (ns - ks) * sp.log(1 - th)) / ns - ((as_ - 1) * sp.log(th) + (bs - 1) * sp.log(1 - th)) / ns
L.step(same(on01(sp.diff(J, th)), on01(-((ks + as_ - 1) / th - (ns - ks + bs - 1) / (1 - th)) / ns), positive=False)); L.define(note="= 0")
L.step(same(sp.solve(sp.diff(J, th), th)[0], (ks + as_ - 1) / (ns + as_ + bs - 2)))
L.step(sp.Rational(k + a - 1, n + a + b - 2) == sp.Rational(6, 14)); L.step(rounds("0.4286", sp.Rational(6, 14)))
L.step(a - 1 == 2); L.step(b - 1 == 2)
L.step((a + k, b + n - k) == (al, be)); L.step((al, be) == (7, 9))
L.step(mean == sp.Rational(7, 16)); L.step(sp.Rational(7, 16) == R("0.4375"))
L.step(mode == sp.Rational(7 - 1, 7 + 9 - 2)); L.step(sp.Rational(6, 14) == sp.Rational(6, 14) and mode == sp.Rational(6, 14)); L.step(rounds("0.4286", mode))
L.step(R("0.4") < R("0.4286") and sp.Rational(k, n) == R("0.4")); L.step(R("0.4286") < R("0.4375")); L.step(R("0.4375") < R("0.5"))
# ---- P4
pp = [R("0.5"), R("0.25"), R("0.25")]; qq = [R("0.2"), R("0.3"), R("0.5")]
L.define(2, "p, q")
H = -sum(x * sp.log(x) for x in pp)
CE = -sum(x * sp.log(y) for x, y in zip(pp, qq))
KL = sum(x * sp.log(x / y) for x, y in zip(pp, qq))
KLr = sum(y * sp.log(y / x) for x, y in zip(pp, qq))
L.step(zero(H - (R("0.5") * sp.log(2) + 2 * R("0.25") * sp.log(4))))
L.step(rounds("0.3466", R("0.5") * sp.log(2)) and rounds("0.6931", R("0.5") * sp.log(4)))
L.step(rounds("1.0397", R("0.3466") + R("0.6931"), H))
L.define(note="cross-entropy definition")
L.step(substituted(CE, lambda u, v, w: R("0.5") * u + R("0.25") * v + R("0.25") * w, "~1.6094", "~1.2040", "~0.6931")
       and rounds("1.6094", -sp.log(R("0.2"))) and rounds("1.2040", -sp.log(R("0.3"))) and rounds("0.6931", -sp.log(R("0.5"))))
L.step(R("0.5") * R("1.6094") == R("0.8047") and R("0.25") * R("1.2040") == R("0.3010") and rounds("0.1733", R("0.25") * R("0.6931")))
L.step(rounds("1.2790", R("0.8047") + R("0.3010") + R("0.1733"), CE))
L.step(zero(KL - (CE - H))); L.step(substituted(CE - H, lambda u, v: u - v, "~1.2790", "~1.0397")); L.step(rounds("0.2393", R("1.2790") - R("1.0397"), KL))
L.define(note="KL(q || p) definition")
L.step(zero(KLr - (R("0.2") * sp.log(R("0.4")) + R("0.3") * sp.log(R("1.2")) + R("0.5") * sp.log(2))))
L.step(rounds("-0.1833", R("0.2") * sp.log(R("0.4"))) and rounds("0.0547", R("0.3") * sp.log(R("1.2"))) and rounds("0.3466", R("0.5") * sp.log(2)))
L.step(rounds("0.2180", R("-0.1833") + R("0.0547") + R("0.3466"), KLr))
L.step(rounds("0.2393", KL)); L.step(R("0.2393") != R("0.2180")); L.step(rounds("0.2180", KLr)); L.step(CE >= H)
L.step(zero(KL - (R("0.5") * sp.log(R("2.5")) + R("0.25") * sp.log(sp.Rational(5, 6)) + R("0.25") * sp.log(R("0.5")))))
L.step(rounds("0.4581", R("0.5") * sp.log(R("2.5"))) and rounds("-0.0456", R("0.25") * sp.log(sp.Rational(5, 6))) and rounds("-0.1733", R("0.25") * sp.log(R("0.5"))))
L.step(rounds("0.2293", R("0.4581") - R("0.0456") - R("0.1733"), KL), note="0.2392")
# ---- P5
x, w, b, t, eta = R("1.5"), R("0.4"), R("-0.2"), R("0.5"), R("0.1")
L.define(7, "y, L, x, w, b, t, eta")
zv = w * x + b
yv5 = sp.tanh(zv)
L5 = (yv5 - t) ** 2 / 2
L.define(note="z = wx + b"); L.step(zv == R("0.6") - R("0.2")); L.step(zv == R("0.4"))
L.step(True, note="y = tanh 0.4"); L.step(rounds("0.3799", sp.tanh(R("0.4"))))
L.step(substituted(L5, lambda d: d ** 2 / 2, "~-0.1201") and rounds("-0.1201", yv5 - t)); L.step(rounds("0.0072", R("-0.1201") ** 2 / 2, L5))
zsym = sp.symbols("zsym", real=True)
L.step(same(sp.diff(sp.tanh(zsym), zsym), 1 - sp.tanh(zsym) ** 2, positive=False)); L.step(rounds("0.8557", 1 - R("0.3799") ** 2, 1 - yv5 ** 2))
ws, bs5 = sp.symbols("ws bs5", real=True)
Lw = (sp.tanh(ws * x + bs5) - t) ** 2 / 2
gb5 = sp.diff(Lw, bs5).subs({ws: w, bs5: b}); gw5 = sp.diff(Lw, ws).subs({ws: w, bs5: b})
L.step(zero(gb5 - (yv5 - t) * (1 - yv5 ** 2)))
L.step(near(gb5, lambda u, v: u * v, "~-0.1201", ("0.8557", "0.000088"))); L.step(rounds("-0.1028", R("-0.1201") * R("0.8557"), gb5))
L.step(zero(gw5 - (yv5 - t) * (1 - yv5 ** 2)), note="factor x missing")
L.step(rounds("-0.1028", R("-0.1201") * R("0.8557")))
# -0.1028 = (-0.1201)(0.8557) rounded: bound 0.8557(0.00005) + 0.1201(0.000088) + 0.00005 < 0.00011
L.step(near(w - eta * gw5, lambda q: R("0.4") - eta * q, ("-0.1028", "0.00011")), carried=near(w - eta * gb5, lambda q: R("0.4") - eta * q, ("-0.1028", "0.00011")))
L.step(R("0.4") - eta * R("-0.1028") == R("0.41028"))
L.step(near(b - eta * gb5, lambda q: R("-0.2") - eta * q, ("-0.1028", "0.00011"))); L.step(R("-0.2") - eta * R("-0.1028") == R("-0.18972"))
L.define(note="z = wx + b restated")
L.step(zero(gw5 - (yv5 - t) * (1 - yv5 ** 2) * x))
L.step(near(gw5, lambda q: q * R("1.5"), ("-0.1028", "0.00011"))); L.step(rounds("-0.1542", R("-0.1028") * R("1.5"), gw5))
L.step(near(w - eta * gw5, lambda q: R("0.4") + q, ("0.01542", "0.00002"))); L.step(R("0.4") + R("0.01542") == R("0.41542"))
L.done()
