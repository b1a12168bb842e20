"""Labels for recitation7_transcript_tanh_shared_bias_softmax.tex: a recitation transcript (speaker labels,
timestamps, the TA's board work in displays): tanh' by the quotient rule and its values, a 2-2-1 sigmoid
net with one hidden bias shared by both units (forward, backward, dL/db = delta_1 + delta_2, an outer
product, the input gradient W_1^T delta), softmax cross-entropy. See README.md (Mistakes) for the slips."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402


def zero(e):
    return abs(sp.N(e, 40)) < 1e-25


L = Labels("batch39/recitation7_transcript_tanh_shared_bias_softmax.tex")
z = sp.symbols("z", real=True)
sig = lambda t: 1 / (1 + sp.exp(-t))
u, w = sp.exp(z) - sp.exp(-z), sp.exp(z) + sp.exp(-z)
t = sp.tanh(z)
tp = sp.diff(t, z)

# ---- Part 1
L.define(note="t(z) = tanh z"); L.step(same(t, u / w, positive=False))
L.define(2, "u, w"); L.step(same(sp.diff(u, z), w, positive=False)); L.step(same(sp.diff(w, z), u, positive=False))
L.step(True, note="quotient rule"); L.step(same(sp.diff(u, z) * w - u * sp.diff(w, z), w ** 2 - u ** 2, positive=False))
L.step(same((w ** 2 - u ** 2) / w ** 2, 1 - u ** 2 / w ** 2, positive=False))
L.step(same(1 - u ** 2 / w ** 2, 1 + t ** 2, positive=False), note="1 - tanh^2")
L.step(same(tp, 1 - t ** 2, positive=False))
L.step(True, note="w^2 - u^2 written out"); L.step(same(w ** 2 - u ** 2, 4, positive=False))
L.step(same(tp, 4 / w ** 2, positive=False)); L.step(same(4 / w ** 2, 1 / sp.cosh(z) ** 2, positive=False))
L.step(same(1 / sp.cosh(z) ** 2, sp.sech(z) ** 2, positive=False))
L.step(same(tp, 4 / (sp.exp(z) - sp.exp(-z)) ** 2), note="difference squared: csch^2"); L.step(tp.subs(z, 0) == 1)
h = sp.Rational(1, 2)
L.define(note="z = 0.5"); L.step(rounds("1.6487", sp.exp(h))); L.step(rounds("0.6065", sp.exp(-h)))
L.step(substituted(sp.tanh(h), lambda a, b: (a - b) / (a + b), "~1.6487", "~0.6065"))
L.step(R("1.6487") - R("0.6065") == R("1.0422") and R("1.6487") + R("0.6065") == R("2.2552"))
L.step(rounds("0.4621", R("1.0422") / R("2.2552")))
tp5 = tp.subs(z, h)
L.step(substituted(tp5, lambda a: 1 - a ** 2, "~0.4621")); L.step(rounds("0.2135", R("0.4621") ** 2))
L.step(1 - R("0.2135") == R("0.7865"))
zz = sp.symbols("zz", real=True)
L.step(True, note="0 < sech^2"); L.step(True, note="sech^2 <= 1"); L.step(tp.subs(z, 0) == 1)
L.define(note="sigma"); sp_ = sp.diff(sig(z), z)
L.step(same(sp_, sig(z) * (1 - sig(z)), positive=False)); L.step(sp.simplify(sp_.subs(z, 0)) == sp.Rational(1, 4))
tpp = sp.diff(t, z, 2)
L.step(same(tpp, -2 * t * (1 - t ** 2), positive=False))
L.step(substituted(tpp.subs(z, h), lambda a, b: -2 * a * b, "~0.4621", "~0.7865")); L.step(rounds("-0.7269", -2 * R("0.4621") * R("0.7865")))
L.step(same(sp.diff(sp.tanh(3 * z), z), 1 - sp.tanh(3 * z) ** 2, positive=False), note="inner 3")
L.step(same(sp.diff(sp.tanh(3 * z), z), 3 * (1 - sp.tanh(3 * z) ** 2), positive=False))
L.step(same(3 * (1 - sp.tanh(3 * z) ** 2), 3 * sp.sech(3 * z) ** 2, positive=False))
L.step(same(t, 2 * sig(2 * z) - 1, positive=False))
L.step(rounds("0.7311", sig(1))); L.step(2 * R("0.7311") - 1 == R("0.4622"))

# ---- Part 2: the network
eta = R("0.5")
x = [R("0.8"), R("-0.4")]; y = 1
W = [[R("0.5"), R("-0.3")], [R("0.2"), R("0.7")]]
b0, v, c = R("0.1"), [R("0.9"), R("-0.6")], R("0.2")
L.define(2, "x, y"); L.define(4, "W1, b, v, c"); L.define(5, "a_j, h_j, z_o, yhat, L")
bs = sp.symbols("b", real=True)
xs = sp.symbols("x1 x2", real=True)
def net(bb, xx=x):
    a = [W[j][0] * xx[0] + W[j][1] * xx[1] + bb for j in range(2)]
    hh = [sig(q) for q in a]
    zo = v[0] * hh[0] + v[1] * hh[1] + c
    return a, hh, zo, sig(zo), (sig(zo) - y) ** 2 / 2
a, hv, zo, yh, Lv = net(b0)
L.step(a[0] == R("0.5") * R("0.8") + R("-0.3") * R("-0.4") + R("0.1")); L.step(R("0.5") * R("0.8") + R("-0.3") * R("-0.4") + R("0.1") == R("0.4") + R("0.12") + R("0.1")); L.step(a[0] == R("0.62"))
L.step(a[1] == R("0.2") * R("0.8") + R("0.7") * R("-0.4") + R("0.1")); L.step(R("0.16") - R("0.28") + R("0.1") == a[1]); L.step(a[1] == R("-0.02"))
L.step(True, note="h1 = sigma(0.62)"); L.step(rounds("0.6502", hv[0])); L.step(True); L.step(rounds("0.4950", hv[1])); L.step(a[1] < 0)
L.step(substituted(zo, lambda p, q: R("0.9") * p - R("0.6") * q + R("0.2"), "~0.6502", "~0.4950"))
L.step(rounds("0.5852", R("0.9") * R("0.6502")) and rounds("0.2970", R("0.6") * R("0.4950")))
L.step(R("0.5852") - R("0.2970") + R("0.2") == R("0.4882"))
L.step(substituted(yh, lambda q: sig(q), "~0.4882")); L.step(rounds("0.6197", sig(R("0.4882")), yh))
L.step(substituted(Lv, lambda q: (q - 1) ** 2 / 2, "~0.6197")); L.step(rounds("0.1446", (R("0.6197") - 1) ** 2))
L.step(rounds("0.0724", R("0.1446") / 2, Lv), note="0.0723")
# backward
Lsym = (sp.Symbol("yh") - y) ** 2 / 2
L.step(True, note="dL/dyhat = yhat - y"); L.step(True, note="0.6197 - 1"); L.step(R("0.6197") - 1 == R("-0.3803"))
L.step(True, note="sigma'(z_o) = yhat(1 - yhat)"); L.step(True, note="0.6197(0.3803)"); L.step(rounds("0.2357", R("0.6197") * R("0.3803")))
do = (yh - y) * yh * (1 - yh)
L.define(note="delta_o"); L.step(True, note="chain rule")
L.step(substituted(do, lambda p, q: p * q, "~-0.3803", "~0.2357"))
L.step(rounds("-0.0986", R("-0.3803") * R("0.2357"), do), note="-0.0896")
L.step(True, note="dL/dc = delta_o"); L.step(rounds("-0.0986", do), carried=True)
L.step(True, note="dL/dv1 = delta_o h1"); L.step(substituted(do * hv[0], lambda p, q: p * q, "~-0.0986", "~0.6502"), carried=True)
L.step(rounds("-0.0641", R("-0.0986") * R("0.6502")))
L.step(rounds("0.0896", R("0.3803") * R("0.2357"))); L.step(rounds("-0.0896", do)); L.step(rounds("-0.0896", do))
L.step(True, note="dL/dv1 = delta_o h1"); L.step(substituted(do * hv[0], lambda p, q: p * q, "~-0.0896", "~0.6502")); L.step(rounds("-0.0583", R("-0.0896") * R("0.6502"), do * hv[0]))
L.step(True, note="dL/dv2 = delta_o h2"); L.step(substituted(do * hv[1], lambda p, q: p * q, "~-0.0896", "~0.4950")); L.step(rounds("-0.0444", R("-0.0896") * R("0.4950"), do * hv[1]))
cnew = c - eta * do
L.step(substituted(cnew, lambda g: R("0.2") - R("0.5") * g, "~-0.0896")); L.step(rounds("0.1552", R("0.2") - R("0.5") * R("-0.0896")), note="0.2448")
L.step(R("0.5") * R("0.0896") == R("0.0448") and R("0.2") + R("0.0448") == R("0.2448") and substituted(cnew, lambda g: R("0.2") + g, "~0.0448"))
L.step(rounds("0.0723", R("0.1446") / 2, Lv))
# hidden deltas, checked against sp.diff of the unrolled net
A = sp.symbols("A1 A2", real=True)
hh = [sig(A[0]), sig(A[1])]
Lh = (sig(v[0] * hh[0] + v[1] * hh[1] + c) - y) ** 2 / 2
zsym = sp.Symbol("Zo")
dos = (sig(zsym) - y) * sig(zsym) * (1 - sig(zsym))
ok = all(same(sp.diff(Lh, A[j]), dos.subs(zsym, v[0] * hh[0] + v[1] * hh[1] + c) * v[j] * hh[j] * (1 - hh[j]), positive=False) for j in range(2))
L.define(note="delta_j"); L.step(ok)
L.step(substituted(hv[0] * (1 - hv[0]), lambda p, q: p * q, "~0.6502", "~0.3498")); L.step(rounds("0.2274", R("0.6502") * R("0.3498")))
L.step(substituted(hv[1] * (1 - hv[1]), lambda p, q: p * q, "~0.4950", "~0.5050")); L.step(rounds("0.2500", R("0.4950") * R("0.5050")))
d = [do * v[j] * hv[j] * (1 - hv[j]) for j in range(2)]
L.step(substituted(d[0], lambda p, q: p * R("0.9") * q, "~-0.0896", "~0.2274")); L.step(rounds("-0.0183", R("-0.0896") * R("0.9") * R("0.2274"), d[0]))
L.step(substituted(d[1], lambda p, q: p * R("-0.6") * q, "~-0.0896", "~0.2500")); L.step(rounds("0.0134", R("-0.0896") * R("-0.6") * R("0.2500"), d[1]))
# shared bias
L.step(True, note="da1/db = da2/db"); L.step(True, note="= 1")
_, _, _, _, Lb = net(bs)
dLdb = sp.diff(Lb, bs).subs(bs, b0)
L.step(True, note="two paths, multivariable chain rule"); L.step(zero(dLdb - d[0] - d[1]))
L.step(substituted(dLdb, lambda p, q: p + q, "~-0.0183", "~0.0134")); L.step(R("-0.0183") + R("0.0134") == R("-0.0049"))
L.step(same(dLdb, (d[0] + d[1]) / 2), note="averaged"); L.step(rounds("-0.0025", (d[0] + d[1]) / 2, R("-0.0049") / 2))
eta = R("0.5")
bnew = b0 - eta * dLdb
L.step(substituted(bnew, lambda g: R("0.1") - R("0.5") * g, "~-0.0025"), carried=True); L.step(rounds("0.1013", R("0.1") - R("0.5") * R("-0.0025")))
L.define(2, "rule, eta")
L.step(substituted(bnew, lambda g: R("0.1") - R("0.5") * g, "~-0.0049")); L.step(rounds("0.1025", R("0.1") - R("0.5") * R("-0.0049"), bnew))
eps = sp.Rational(1, 10 ** 4)
cd = (Lb.subs(bs, b0 + eps) - Lb.subs(bs, b0 - eps)) / (2 * eps)
L.define(note="epsilon"); L.step(rounds("-0.0049", sp.N(cd, 30), approx=True))
# outer product
dW = [[d[j] * x[i] for i in range(2)] for j in range(2)]
Wb = sp.symbols("w11 w12 w21 w22", real=True)
def lossW(ws):
    aa = [ws[0] * x[0] + ws[1] * x[1] + b0, ws[2] * x[0] + ws[3] * x[1] + b0]
    return (sig(v[0] * sig(aa[0]) + v[1] * sig(aa[1]) + c) - y) ** 2 / 2
pt = {Wb[0]: W[0][0], Wb[1]: W[0][1], Wb[2]: W[1][0], Wb[3]: W[1][1]}
gW = [sp.diff(lossW(Wb), q).subs(pt) for q in Wb]
L.step(all(zero(gW[2 * j + i] - dW[j][i]) for j in range(2) for i in range(2)))
L.step(all(substituted(dW[j][i], lambda p: p * x[i], "~" + ["-0.0183", "0.0134"][j]) for j in range(2) for i in range(2)))
written = [["-0.0146", "0.0073"], ["0.0107", "0.0054"]]
dd = [R("-0.0183"), R("0.0134")]
L.step(all(rounds(written[j][i], dd[j] * x[i], dW[j][i]) for j in range(2) for i in range(2)), note="(2,2) is -0.0054")
L.step(rounds("-0.0054", R("0.0134") * R("-0.4")))
# input gradient
Xs = sp.symbols("X1 X2", real=True)
_, _, _, _, Lx = net(b0, list(Xs))
gx = [sp.diff(Lx, q).subs({Xs[0]: x[0], Xs[1]: x[1]}) for q in Xs]
WTd = [W[0][i] * d[0] + W[1][i] * d[1] for i in range(2)]
Wd = [W[i][0] * d[0] + W[i][1] * d[1] for i in range(2)]
L.step(all(zero(gx[i] - WTd[i]) for i in range(2))); L.step(True, note="W1^T delta")
L.step(all(zero(gx[i] - Wd[i]) for i in range(2)), note="W1 delta")
L.step(substituted(Wd[0], lambda p, q: R("0.5") * p - R("0.3") * q, "~-0.0183", "~0.0134") and substituted(Wd[1], lambda p, q: R("0.2") * p + R("0.7") * q, "~-0.0183", "~0.0134"))
L.step(rounds("-0.0132", R("0.5") * R("-0.0183") - R("0.3") * R("0.0134")) and rounds("0.0057", R("0.2") * R("-0.0183") + R("0.7") * R("0.0134")))
L.step(rounds("-0.0132", gx[0]), carried=rounds("-0.0132", Wd[0]))
nx = sp.sqrt(gx[0] ** 2 + gx[1] ** 2)
L.step(substituted(nx, lambda p, q: sp.sqrt(p ** 2 + q ** 2), "~0.0132", "~0.0057"), carried=substituted(sp.sqrt(Wd[0] ** 2 + Wd[1] ** 2), lambda p, q: sp.sqrt(p ** 2 + q ** 2), "~0.0132", "~0.0057"))
L.step(rounds("0.0144", sp.sqrt(R("0.0132") ** 2 + R("0.0057") ** 2)))
L.step(substituted(WTd[0], lambda p, q: R("0.5") * p + R("0.2") * q, "~-0.0183", "~0.0134") and substituted(WTd[1], lambda p, q: R("-0.3") * p + R("0.7") * q, "~-0.0183", "~0.0134"))
L.step(rounds("-0.0065", R("0.5") * R("-0.0183") + R("0.2") * R("0.0134"), gx[0]) and rounds("0.0149", R("-0.3") * R("-0.0183") + R("0.7") * R("0.0134"), gx[1]))
L.step(rounds("-0.0065", gx[0])); L.step(rounds("0.0149", gx[1]))
L.step(substituted(nx, lambda p, q: sp.sqrt(p ** 2 + q ** 2), "~0.0065", "~0.0149")); L.step(rounds("0.0163", sp.sqrt(R("0.0065") ** 2 + R("0.0149") ** 2), nx))

# ---- Part 3: softmax
s = [R("1.5"), R("-0.5"), R("0.4")]
L.define(2, "s, y"); L.define(2, "p_k, L")
E = [sp.exp(q) for q in s]; S = sum(E); p = [q / S for q in E]; CE = -sp.log(p[2])
L.step(rounds("4.4817", E[0])); L.step(rounds("0.6065", E[1])); L.step(rounds("1.4918", E[2]))
L.step(substituted(S, lambda a1, a2, a3: a1 + a2 + a3, "~4.4817", "~0.6065", "~1.4918")); L.step(R("4.4817") + R("0.6065") + R("1.4918") == R("6.5800"))
L.step(all(substituted(p[k], lambda num, den: num / den, "~" + ["4.4817", "0.6065", "1.4918"][k], "~6.5800") for k in range(3)))
L.step(all(rounds(wv, num / R("6.5800"), p[k]) for k, (wv, num) in enumerate(zip(["0.6811", "0.0922", "0.2267"], [R("4.4817"), R("0.6065"), R("1.4918")]))))
L.step(substituted(CE, lambda q: -sp.log(q), "~0.2267")); L.step(rounds("1.4841", -sp.log(R("0.2267")), CE))
Ss = sp.symbols("s1 s2 s3", real=True)
CEs = -Ss[2] + sp.log(sum(sp.exp(q) for q in Ss))
ps = [sp.exp(q) / sum(sp.exp(r) for r in Ss) for q in Ss]
yv = [0, 0, 1]
L.step(all(same(sp.diff(CEs, Ss[k]), ps[k], positive=False) for k in range(3)), note="p_k - y_k")
L.step(same(CEs, -sum(yv[k] * Ss[k] for k in range(3)) + sp.log(sum(sp.exp(q) for q in Ss)), positive=False))
L.step(all(same(sp.diff(CEs, Ss[k]), ps[k] - yv[k], positive=False) for k in range(3)))
L.step(True, note="grad = p - y")
L.step(all(rounds(wv, p[k] - yv[k]) for k, wv in enumerate(["0.6811", "0.0922", "-0.7733"])))
L.step(True, note="sum (p - y) = sum p - sum y"); L.step(True, note="1 - 1 = 0")
J = [[sp.diff(ps[k], Ss[m]) for m in range(3)] for k in range(3)]
L.step(all(same(J[k][k], ps[k] * (1 - ps[k]), positive=False) for k in range(3))); L.define(note="k != m")
L.step(same(J[0][2], ps[0] * ps[2], positive=False), note="-p_k p_m")
L.step(substituted(J[2][2].subs(dict(zip(Ss, s))), lambda a, b: a * b, "~0.2267", "~0.7733")); L.step(rounds("0.1753", R("0.2267") * R("0.7733")))
L.step(substituted(J[0][2].subs(dict(zip(Ss, s))), lambda a, b: a * b, "~0.6811", "~0.2267"), carried=True); L.step(rounds("0.1544", R("0.6811") * R("0.2267")))
L.step(all(same(J[k][m], -ps[k] * ps[m], positive=False) for k in range(3) for m in range(3) if k != m))
L.step(rounds("-0.1544", J[0][2].subs(dict(zip(Ss, s)))))
L.step(substituted(J[1][2].subs(dict(zip(Ss, s))), lambda a, b: -a * b, "~0.0922", "~0.2267")); L.step(rounds("-0.0209", R("-0.0922") * R("0.2267")))
L.step(R("-0.1544") - R("0.0209") + R("0.1753") == 0)
L.step(True, note="two-class softmax")
L.step(same(sp.exp(Ss[0]) / (sp.exp(Ss[0]) + sp.exp(Ss[1])), sig(Ss[0] - Ss[1]), positive=False))
Z = sp.symbols("Z", real=True); Y = sp.Integer(y)
bce = -Y * sp.log(sig(Z)) - (1 - Y) * sp.log(1 - sig(Z))
L.define(note="BCE"); L.step(same(sp.diff(bce, Z), sig(Z) - Y, positive=False)); L.step(rounds("-0.3803", yh - y))
L.done()
