"""Labels for poster_relu_forward_mode_newton_limits.tex: a conference-style poster (three `multicols`
columns, `\\boxed` results, take-away boxes): a 2-3-1 ReLU net with a dead unit (forward, backward,
the input gradient W_1^T delta_1, one SGD step and a second forward pass), a forward-mode AD trace with
tangents for two seeds and a direction, dual numbers, Newton against GD on a one-parameter logistic
loss, limits and finite-difference error terms. See README.md (Mistakes) for the slips."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402


def zero(e):
    return abs(sp.N(e, 40)) < 1e-25


def vec_rounds(written, values, *alts):
    return all(rounds(wv, val, *(a[k] for a in alts)) for k, (wv, val) in enumerate(zip(written, values)))


L = Labels("batch39/poster_relu_forward_mode_newton_limits.tex")
sig = lambda t: 1 / (1 + sp.exp(-t))
relu = lambda t: sp.Max(t, 0)

# ---- 1. ReLU net
x = [R("1.5"), R("-1.0")]; y = 1
W = [[R("0.4"), R("0.3")], [R("-0.6"), R("0.2")], [R("0.1"), R("-0.5")]]
b1 = [R("0.1"), R("0.2"), R("-0.1")]; w2 = [R("0.8"), R("-0.7"), R("0.5")]; b2 = R("0.1"); eta = R("0.1")
L.define(2, "x, y"); L.define(2, "W1, b1"); L.define(3, "w2, b2, eta"); L.define(4, "model")


def fwd(WW, bb1, ww2, bb2, xx=x):
    zz = [WW[j][0] * xx[0] + WW[j][1] * xx[1] + bb1[j] for j in range(3)]
    hh = [relu(q) for q in zz]
    yy = sum(ww2[j] * hh[j] for j in range(3)) + bb2
    return zz, hh, yy, (yy - y) ** 2 / 2


z, h, yh, Lv = fwd(W, b1, w2, b2)
for j, val in enumerate(["0.4", "-0.9", "0.55"]):
    L.step(True, note="z_j substitution"); L.step(z[j] == R(val))
L.step(h == [R("0.4"), 0, R("0.55")])
L.step(yh == R("0.8") * R("0.4") - R("0.7") * 0 + R("0.5") * R("0.55") + R("0.1")); L.step(yh == R("0.695"))
L.step(Lv == (R("0.695") - 1) ** 2 / 2); L.step((R("0.695") - 1) ** 2 == R("0.093025")); L.step(rounds("0.0465", Lv))
g = yh - y
L.define(note="g := dL/dyhat"); L.step(True, note="yhat - y"); L.step(g == R("-0.305"))
dw2 = [g * q for q in h]; dh = [g * q for q in w2]
mask = [1 if q > 0 else 0 for q in z]; d1 = [dh[j] * mask[j] for j in range(3)]
# check the backward formulas against sp.diff of the unrolled net
P = sp.symbols("p0:17", real=True)
Wp = [[P[0], P[1]], [P[2], P[3]], [P[4], P[5]]]; b1p = list(P[6:9]); w2p = list(P[9:12]); b2p = P[12]
Xp = list(P[13:15])
_, _, _, Lp = fwd(Wp, b1p, w2p, b2p, Xp)
pt = dict(zip(P[:15], [W[0][0], W[0][1], W[1][0], W[1][1], W[2][0], W[2][1], *b1, *w2, b2, *x]))
grad = {q: sp.diff(Lp, q).subs(pt) for q in P[:15]}
L.step(zero(grad[b2p] - g)); L.step(rounds("-0.305", g))
L.step(all(zero(grad[w2p[j]] - dw2[j]) for j in range(3))); L.step(vec_rounds(["-0.122", "0", "-0.1678"], dw2))
L.step(True, note="dL/dh = g w2"); L.step(vec_rounds(["-0.244", "-0.2135", "-0.1525"], dh), note="+0.2135")
L.define(note="z_j > 0"); L.step(mask == [1, 0, 1])
L.define(note="delta_1"); L.step(all(zero(grad[b1p[j]] - d1[j]) for j in range(3)))
L.step(vec_rounds(["-0.244", "0", "-0.1525"], d1))
dW1 = [[d1[j] * x[i] for i in range(2)] for j in range(3)]
L.step(all(zero(grad[Wp[j][i]] - dW1[j][i]) for j in range(3) for i in range(2)))
L.step(all(rounds(wv, dW1[j][i]) for j, row in enumerate([["-0.366", "0.244"], ["0", "0"], ["-0.2288", "0.1525"]]) for i, wv in enumerate(row)))
L.step(all(zero(grad[b1p[j]] - d1[j]) for j in range(3)))
gx = [sum(W[j][i] * d1[j] for j in range(3)) for i in range(2)]
L.step(all(zero(grad[Xp[i]] - gx[i]) for i in range(2)))
L.step(gx[0] == R("0.4") * R("-0.244") + R("0.1") * R("-0.1525") and gx[1] == R("0.3") * R("-0.244") - R("0.5") * R("-0.1525"))
L.step(vec_rounds(["-0.1129", "0.0031"], gx))
ngx = sp.sqrt(gx[0] ** 2 + gx[1] ** 2)
L.step(substituted(ngx, lambda p, q: sp.sqrt(p ** 2 + q ** 2), "~0.1129", "~0.0031")); L.step(rounds("0.1130", ngx, sp.sqrt(R("0.1129") ** 2 + R("0.0031") ** 2)), note="0.1129")
# SGD step
L.define(note="theta <- theta - eta grad")
b2n = b2 - eta * g
L.step(b2n == R("0.1") - R("0.1") * R("-0.305")); L.step(b2n == R("0.1305"))
w2n = [w2[j] - eta * dw2[j] for j in range(3)]
L.step(all(substituted(w2n[j], lambda q: w2[j] - R("0.1") * q, "~" + ["-0.122", "0", "-0.1678"][j]) for j in range(3)))
L.step(vec_rounds(["0.8122", "-0.7", "0.5168"], [w2[j] - R("0.1") * R(["-0.122", "0", "-0.1678"][j]) for j in range(3)], w2n))
b1n = [b1[j] - eta * d1[j] for j in range(3)]
L.step(all(substituted(b1n[j], lambda q: b1[j] - R("0.1") * q, "~" + ["-0.244", "0", "-0.1525"][j]) for j in range(3)))
L.step(vec_rounds(["0.1244", "0.2", "-0.0848"], b1n))
W1n = [[W[j][i] - eta * dW1[j][i] for i in range(2)] for j in range(3)]
L.define(note="W1 rule")
L.step(all(rounds(wv, W1n[j][i]) for j, row in enumerate([["0.4366", "0.2756"], ["-0.6", "0.2"], ["0.1229", "-0.5153"]]) for i, wv in enumerate(row)))
zn, hn, yhn, Ln = fwd(W1n, b1n, w2n, b2n)
L.step(zn[1] == R("-0.9"))
L.step(substituted(zn[0], lambda a, c, e: a * R("1.5") + c * R("-1.0") + e, "~0.4366", "~0.2756", "~0.1244"))
L.step(rounds("0.6549", R("0.4366") * R("1.5")) and R("0.4366") * R("1.5") + R("0.2756") * R("-1.0") + R("0.1244") - (R("0.6549") - R("0.2756") + R("0.1244")) < R("0.0001"))
L.step(R("0.6549") - R("0.2756") + R("0.1244") == R("0.5037"))
L.step(substituted(zn[2], lambda a, c, e: a * R("1.5") - c * R("-1.0") + e, "~0.1229", "~0.5153", "~-0.0848"))
L.step(substituted(R("0.1229") * R("1.5") - R("0.5153") * R("-1.0") - R("0.0848"), lambda a, c: a + c, "~0.1843", "~0.5153"), note="the bias -0.0848 dropped")
L.step(R("0.1843") + R("0.5153") == R("0.6996"))
z3w = R("0.6996")
L.step(substituted(yhn, lambda a, c, e, q: a * c + e * q + R("0.1305"), "~0.8122", "~0.5037", "~0.5168", "~0.6996"), carried=True, note="0.6996 for 0.6148")
L.step(rounds("0.4091", R("0.8122") * R("0.5037")) and rounds("0.3616", R("0.5168") * z3w))
L.step(R("0.4091") + R("0.3616") + R("0.1305") == R("0.9012"))
L.step(substituted(Ln, lambda q: (q - 1) ** 2 / 2, "~0.9012"), carried=True, note="from 0.9012")
L.step(rounds("0.0049", (R("0.9012") - 1) ** 2 / 2))
L.step(rounds("0.0465", Lv))

# ---- 2. Forward-mode AD
L.define(note="f"); L.define(note="tangent")
X1, X2 = sp.symbols("X1 X2", real=True)
vm1, v0 = X1, X2
v1 = v0 ** 2; v2 = vm1 * v1; v3 = sp.exp(vm1); v4 = sp.cos(v0); v5 = v3 * v4; v6 = v2 + v5
pt = {X1: R("0.5"), X2: R("2.0")}
val = lambda e: e.subs(pt)
L.define(4, "v_-1, v_0 and the point")
L.define(); L.step(val(v1) == 4); L.define(); L.step(val(v2) == 2)
L.define(); L.step(rounds("1.6487", val(v3))); L.define(); L.step(rounds("-0.4161", val(v4)))
L.define(); L.step(rounds("-0.6860", val(v5), R("1.6487") * R("-0.4161")))
L.define(); L.step(rounds("1.3140", val(v6), R("2") + R("-0.6860")))
tsym = sp.symbols("t", real=True)


def tangent(e, seed):
    return sp.diff(e.subs({X1: X1 + seed[0] * tsym, X2: X2 + seed[1] * tsym}), tsym).subs(tsym, 0)


V = [vm1, v0, v1, v2, v3, v4, v5, v6]
for seed, written in (((1, 0), None), ((0, 1), None)):
    T = {k: tangent(e, seed) for k, e in enumerate(V)}
    dvm1, dv0 = sp.Symbol("dvm1"), sp.Symbol("dv0")
    L.define(3, "seed")
    # the rules, as written (with the seed's dots substituted), and the values
    rules = [
        (T[2], 2 * v0 * T[1]), (T[3], T[0] * v1 + vm1 * T[2]),
        (T[4], sp.exp(vm1) * T[0]), (T[5], -sp.sin(v0) * T[1]),
        (T[6], T[4] * v4 + v3 * T[5]), (T[7], T[3] + T[6]),
    ]
    if seed == (1, 0):
        vals = ["0", "4", "1.6487", "0", "-0.6860", "3.3140"]
        alts = [0, 4, R("1.6487"), 0, R("1.6487") * R("-0.4161"), 4 + R("-0.6860")]
        for (lhs, rhs), wv, al in zip(rules, vals, alts):
            L.step(same(lhs, rhs, positive=False)); L.step(rounds(wv, val(lhs), al))
    else:
        for k, ((lhs, rhs), wv) in enumerate(zip(rules[:4], ["4", "2", "0", "0.9093"])):
            L.step(same(lhs, rhs, positive=False)); L.step(rounds(wv, val(lhs)), note="-0.9093" if k == 3 else "")
        lhs, rhs = rules[4]
        L.step(same(lhs, rhs, positive=False))
        L.step(substituted(val(lhs), lambda a, c: a * c, "~1.6487", "~0.9093"), carried=True)
        L.step(rounds("1.4992", R("1.6487") * R("0.9093")))
        lhs, rhs = rules[5]
        L.step(same(lhs, rhs, positive=False))
        L.step(substituted(val(lhs), lambda c: 2 + c, "~1.4992"), carried=True)
        L.step(R("2") + R("1.4992") == R("3.4992"))
fx1, fx2 = sp.diff(v6, X1), sp.diff(v6, X2)
L.step(True, note="f = v_6"); L.step(rounds("1.3140", val(v6), R("2") + R("-0.6860")))
L.step(rounds("3.3140", val(fx1), 4 + R("-0.6860"))); L.step(rounds("3.4992", val(fx2)), carried=True)
L.step(same(fx1, X2 ** 2 + sp.exp(X1) * sp.cos(X2), positive=False))
L.step(substituted(val(fx1), lambda p, q: 4 + p * q, "~1.6487", "~-0.4161"), note="-0.6860 is 1.6487 x -0.4161"); L.step(4 - R("0.6860") == R("3.3140"))
L.define(2, "seed u")
dd = R("0.6") * val(fx1) + R("0.8") * val(fx2)
L.step(substituted(dd, lambda a, c: R("0.6") * a + R("0.8") * c, "~3.3140", "~3.4992"), carried=True)
L.step(rounds("1.9884", R("0.6") * R("3.3140")) and rounds("2.7994", R("0.8") * R("3.4992")))
L.step(R("1.9884") + R("2.7994") == R("4.7878"))
a, b, c, d, eps = sp.symbols("a b c d epsilon", real=True)
trunc = lambda e: sp.expand(sp.series(e, eps, 0, 2).removeO())   # eps^2 = 0
L.define(note="eps^2 = 0")
L.step(same(trunc((a + b * eps) * (c + d * eps)), a * c + (a * d + b * c) * eps, positive=False))
L.step(same(trunc(sp.exp(a + b * eps)), sp.exp(a) + b * sp.exp(a) * eps, positive=False))
L.step(same(trunc(sp.cos(a + b * eps)), sp.cos(a) - b * sp.sin(a) * eps, positive=False))
L.step(same(trunc((a + b * eps) ** 2), a ** 2 + b ** 2 * eps, positive=False), note="2ab eps")

# ---- 3. Newton vs GD
wv_ = sp.symbols("w", real=True)
J = sp.log(1 + sp.exp(wv_)) - R("0.7") * wv_
J1, J2 = sp.diff(J, wv_), sp.diff(J, wv_, 2)
L.define(note="J")
L.step(same(J1, sig(wv_) - R("0.7"), positive=False)); L.step(same(J2, sig(wv_) * (1 - sig(wv_)), positive=False)); L.step(True, note="sigma(1 - sigma) > 0")
ws = sp.log(R("0.7") / R("0.3"))
L.define(note="J'(w*) = 0"); L.step(zero(sig(ws) - R("0.7")))
L.step(zero(J1.subs(wv_, ws))); L.step(rounds("0.8473", ws))
Jmin = J.subs(wv_, ws)
L.step(zero(Jmin - (sp.log(sp.Rational(10, 3)) - R("0.7") * sp.log(sp.Rational(7, 3)))))
L.step(substituted(Jmin, lambda p, q: p - R("0.7") * q, "~1.2040", "~0.8473") and rounds("1.2040", sp.log(sp.Rational(10, 3))))
L.step(rounds("0.6109", R("1.2040") - R("0.7") * R("0.8473"), Jmin))
L.step(rounds("0.6109", -R("0.7") * sp.log(R("0.7")) - R("0.3") * sp.log(R("0.3"))) and zero(Jmin + R("0.7") * sp.log(R("0.7")) + R("0.3") * sp.log(R("0.3"))))
L.define(2, "Newton rule, w0")
L.step(J1.subs(wv_, 0) == R("0.5") - R("0.7")); L.step(R("0.5") - R("0.7") == R("-0.2")); L.step(J2.subs(wv_, 0) == R("0.25"))
w1 = 0 - J1.subs(wv_, 0) / J2.subs(wv_, 0)
L.step(w1 == 0 - R("-0.2") / R("0.25")); L.step(w1 == R("0.8"))
L.step(rounds("0.6900", sig(R("0.8")))); L.step(rounds("-0.0100", J1.subs(wv_, w1)))
L.step(substituted(J2.subs(wv_, w1), lambda p, q: p * q, "~0.6900", "~0.3100")); L.step(R("0.6900") * R("0.3100") == R("0.2139"))
w2n_ = w1 - J1.subs(wv_, w1) / J2.subs(wv_, w1)
L.step(substituted(w2n_, lambda p, q: R("0.8") - p / q, "~-0.0100", "~0.2139"))
L.step(rounds("0.0468", R("0.0100") / R("0.2139"))); L.step(R("0.8") + R("0.0468") == R("0.8468"))
L.step(rounds("0.0005", abs(R("0.8468") - R("0.8473")), abs(w2n_ - ws))); L.step(rounds("0.0473", abs(w1 - ws)))
J3 = sp.diff(J, wv_, 3)
L.step(same(J3, sig(wv_) * (1 - sig(wv_)) * (2 * sig(wv_) - 1), positive=False), note="(1 - 2 sigma)")
C = abs(J3.subs(wv_, ws)) / (2 * J2.subs(wv_, ws))
L.define(note="C"); L.step(zero(abs(J3.subs(wv_, ws)) - R("0.084")) and zero(2 * J2.subs(wv_, ws) - R("0.42"))); L.step(R("0.084") / R("0.42") == R("0.2"))
L.step(substituted(C * (w1 - ws) ** 2, lambda q: R("0.2") * q ** 2, "~0.0473")); L.step(rounds("0.0004", R("0.2") * R("0.0473") ** 2))
L.define(3, "GD rule, eta, w0")
g1 = 0 - 2 * J1.subs(wv_, 0)
L.step(g1 == 0 - 2 * R("-0.2")); L.step(g1 == R("0.4"))
L.step(rounds("0.5987", sig(R("0.4")))); L.step(substituted(J1.subs(wv_, g1), lambda p: p - R("0.7"), "~0.5987")); L.step(R("0.5987") - R("0.7") == R("-0.1013"))
g2 = g1 - 2 * J1.subs(wv_, g1)
L.step(substituted(g2, lambda p: R("0.4") - 2 * p, "~-0.1013")); L.step(R("0.4") - 2 * R("-0.1013") == R("0.6026"))
L.step(substituted(J1.subs(wv_, g2), lambda p: p - R("0.7"), "~0.6463") and rounds("0.6463", sig(R("0.6026")))); L.step(R("0.6463") - R("0.7") == R("-0.0537"))
g3 = g2 - 2 * J1.subs(wv_, g2)
L.step(substituted(g3, lambda p, q: p - 2 * (q - R("0.7")), "~0.6026", "~0.6463"), note="0.1074 is -2(0.6463 - 0.7)"); L.step(R("0.6026") + R("0.1074") == R("0.7100"))
L.step(rounds("0.1373", abs(R("0.7100") - ws), abs(g3 - ws)))
L.step(zero(J2.subs(wv_, ws) - R("0.7") * R("0.3"))); L.step(R("0.7") * R("0.3") == R("0.21"))
L.step(True, note="|1 - 2(0.21)|"); L.step(abs(1 - 2 * R("0.21")) == R("0.52"), note="0.58")
L.define(note="eta = 1/J''"); L.step(rounds("4.7619", 1 / J2.subs(wv_, ws))); L.step(rounds("0", abs(1 - R("4.7619") * R("0.21"))))

# ---- 4. limits
hh, zz, xx, n = sp.symbols("h z x n", real=True)
L.step(sp.limit((sig(hh) - sp.Rational(1, 2)) / hh, hh, 0) == sp.diff(sig(zz), zz).subs(zz, 0)); L.step(sp.simplify(sp.diff(sig(zz), zz).subs(zz, 0)) == sp.Rational(1, 4))
L.step(sp.limit(sp.tanh(zz) / zz, zz, 0) == 1)
L.step(sp.limit((1 - sp.cos(xx)) / xx ** 2, xx, 0) == 1, note="1/2"); L.step(sp.limit((sp.exp(xx) - 1 - xx) / xx ** 2, xx, 0) == sp.Rational(1, 2))
L.step(sp.limit(sp.log(1 + sp.exp(zz)) - zz, zz, sp.oo) == 0); L.step(sp.limit(sig(zz) / sp.exp(zz), zz, -sp.oo) == 1)
L.step(sp.limit(sp.log(1 + xx) / xx, xx, 0) == 1); L.step(sp.limit(sp.sin(3 * xx) / xx, xx, 0) == 1, note="3")
L.step(sp.limit((1 - 1 / n) ** n, n, sp.oo) == sp.exp(-1)); L.step(rounds("0.3679", sp.exp(-1)))
L.step(sp.limit((1 + 2 / n) ** (3 * n), n, sp.oo) == sp.exp(5), note="e^6")
tests = [sp.exp(2 * xx), sp.sin(xx), xx ** 5 + xx ** 3]
L.step(all(sp.limit(((F.subs(xx, xx + hh) - F) / hh - sp.diff(F, xx) - hh / 2 * sp.diff(F, xx, 2)) / hh ** 2, hh, 0).is_finite for F in tests))
L.step(all(sp.limit(((F.subs(xx, xx + hh) - F.subs(xx, xx - hh)) / (2 * hh) - sp.diff(F, xx) - hh ** 2 / 6 * sp.diff(F, xx, 3)) / hh ** 4, hh, 0).is_finite for F in tests))
L.define(3, "f = exp, x = 0, h = 0.1")
L.step(rounds("1.0517", (sp.exp(R("0.1")) - 1) / R("0.1"))); L.step(rounds("1.0017", (sp.exp(R("0.1")) - sp.exp(R("-0.1"))) / R("0.2")))
L.step(R("0.1") / 2 == R("0.05")); L.step(rounds("0.0017", R("0.1") ** 2 / 6))
L.done()
