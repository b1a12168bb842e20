"""Labels for kaggle_writeup_relu_head_softmax_distillation_adam_momentum_mixup.tex: a Kaggle
competition's 3rd-place solution write-up (leaderboard table, TL;DR, a hand check of a 3-3-3 ReLU
head with softmax cross-entropy, distillation with KL, Adam and heavy-ball traces on a 1-D toy, a
cosine schedule, "what did not work" (focal loss, label smoothing, mixup's Beta moments, probability
against logit averaging), and EDITs after the comments). Slips: dL/dh = W2 g for W2^T g (carried into
delta_1, dL/dW1 and the input gradient; the FGSM sign is unaffected; fixed in EDIT 2); the KL gradient
q - p for p - q (carried into the combined gradient); Adam's m_hat_2 over 1 - beta_1 for 1 - beta_1^2
(carried into theta_2; fixed in EDIT 1); the momentum v_3 = 0.388 for 0.398 (carried to theta_4);
Var(lambda x_a + (1 - lambda) x_b) as Var(lambda)(x_a^2 + x_b^2) (carried into its value)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch52/kaggle_writeup_relu_head_softmax_distillation_adam_momentum_mixup.tex")
ok = lambda c, note="": L.step(bool(c), note=note)
allr = lambda ws, vs, approx=False: all(rounds(w, v, approx=approx) for w, v in zip(ws, vs))

# 1. metric
L.define(note="LL")
pihat = [R("0.21"), R("0.46"), R("0.33")]
L.define(note="frequencies")
L.define(note="LL_0 := entropy")
ok(rounds("1.0508", -sum(a * sp.log(a) for a in pihat)))
ok(rounds("1.0986", sp.log(3)))

# 2. the head
L.define(5, "z, h, s, p, L")
L.define(4, "x, y, W1, b1"); L.define(2, "W2, b2")
x = sp.Matrix([R("0.8"), R("-1.2"), R("0.5")])
W1 = sp.Matrix([[R("0.4"), R("-0.3"), R("0.2")], [R("-0.5"), R("0.1"), R("0.6")], [R("0.6"), R("-0.4"), R("0.9")]])
b1 = sp.Matrix([R("0.1"), R("-0.2"), R("0.05")])
W2 = sp.Matrix([[R("0.5"), R("-0.2"), R("-0.6")], [R("-0.3"), R("0.4"), R("0.8")], [R("0.2"), R("0.3"), R("-0.1")]])
b2 = sp.Matrix([0, R("0.1"), R("-0.1")])
z = W1 * x + b1
ok(z[0] == R("0.4") * R("0.8") + R("-0.3") * R("-1.2") + R("0.2") * R("0.5") + R("0.1")); ok(z[0] == R("0.88"))
ok(z[1] == R("-0.5") * R("0.8") + R("0.1") * R("-1.2") + R("0.6") * R("0.5") - R("0.2")); ok(z[1] == R("-0.42"))
ok(z[2] == R("0.6") * R("0.8") + R("-0.4") * R("-1.2") + R("0.9") * R("0.5") + R("0.05")); ok(z[2] == R("1.46"))
h = z.applyfunc(lambda v: sp.Max(v, 0))
ok(h == sp.Matrix([R("0.88"), 0, R("1.46")]))
s = W2 * h + b2
ok(s[0] == R("0.5") * R("0.88") - R("0.2") * 0 - R("0.6") * R("1.46") + 0); ok(s[0] == R("-0.436"))
ok(s[1] == R("-0.3") * R("0.88") + R("0.4") * 0 + R("0.8") * R("1.46") + R("0.1")); ok(s[1] == R("1.004"))
ok(s[2] == R("0.2") * R("0.88") + R("0.3") * 0 - R("0.1") * R("1.46") - R("0.1")); ok(s[2] == R("-0.07"))
e = [sp.exp(v) for v in s]
for w, v in zip(["0.6466", "2.7292", "0.9324"], e):
    ok(True, "e^{s_k} = e^{value}: s_k as computed"); ok(rounds(w, v))
Z = sum(e)
L.define(note="Z := sum")
ok(substituted(Z, lambda a, b, c: a + b + c, "~0.6466", "~2.7292", "~0.9324"))
ok(rounds("4.3082", R("0.6466") + R("2.7292") + R("0.9324"), Z))
p = [v / Z for v in e]
ok(True, "p = (e^{s_k})/Z is softmax")
ok(allr(["0.1501", "0.6335", "0.2164"], p))
Lval = -sp.log(p[2])
ok(True, "L = -ln p_3 (y = 3)"); ok(substituted(Lval, lambda a: -sp.log(a), "~0.2164")); ok(rounds("1.5305", -sp.log(R("0.2164")), Lval))
ok(same(Lval, sp.log(Z) - s[2])); ok(substituted(sp.log(Z) - s[2], lambda a: sp.log(a) + R("0.07"), "~4.3082"))
ok(rounds("1.4605", sp.log(R("4.3082")), sp.log(Z)) and True); ok(rounds("1.5305", R("1.4605") + R("0.07")))
s1, s2, s3 = sp.symbols("s1 s2 s3", real=True)
lse = sp.log(sp.exp(s1) + sp.exp(s2) + sp.exp(s3))
ok(True, "ln p_3 = s_3 - LSE (definition of softmax)")
Ls = lse - s3
ok(all(same(sp.diff(Ls, sv), sp.exp(sv) / sp.exp(lse) - (1 if k == 2 else 0), positive=False) for k, sv in enumerate((s1, s2, s3))))
g = sp.Matrix([p[0], p[1], p[2] - 1])
L.define(note="g := dL/ds"); ok(True, "= p - e_3 (just shown)"); ok(allr(["0.1501", "0.6335", "-0.7836"], g))
dW2 = g * h.T
ok(True, "dL/dW2 = g h^T")
written = [["0.1321", "0", "0.2191"], ["0.5575", "0", "0.9249"], ["-0.6896", "0", "-1.1441"]]
gw = [R("0.1501"), R("0.6335"), R("-0.7836")]
ok(all(rounds(written[i][j], dW2[i, j], gw[i] * h[j]) for i in range(3) for j in range(3)))
ok(True, "dL/db2 = g")
ok(h[1] == 0)
# hidden layer, the draft: W2 g for W2^T g
dh_true = W2.T * g
ok(False, note="dL/dh = W2 g (needs W2^T g)")
dh_w = W2 * g
ok(allr(["0.4185", "-0.4185", "0.2984"], dh_w))
L.define(note="mask m :="); ok(sp.Matrix([1 if v > 0 else 0 for v in z]) == sp.Matrix([1, 0, 1]))
d1_true = sp.Matrix([dh_true[0], 0, dh_true[2]])
d1_w = [R("0.4185"), 0, R("0.2984")]
L.define(note="delta_1 :=")
L.step(allr(["0.4185", "0", "0.2984"], d1_true), carried=allr(["0.4185", "0", "0.2984"], [dh_w[0], 0, dh_w[2]]))
ok(True, "dL/db1 = delta_1")
ok(True, "dL/dW1 = delta_1 x^T")
Wd = [["0.3348", "-0.5022", "0.2093"], ["0", "0", "0"], ["0.2387", "-0.3581", "0.1492"]]
dW1_true = d1_true * x.T
L.step(all(rounds(Wd[i][j], dW1_true[i, j]) for i in range(3) for j in range(3)),
       carried=all(rounds(Wd[i][j], d1_w[i] * x[j]) for i in range(3) for j in range(3)))
ok(True, "grad_x L = W1^T delta_1")
gx_true = W1.T * d1_true
exprs = [lambda a, b: R("0.4") * a + R("0.6") * b, lambda a, b: R("-0.3") * a - R("0.4") * b, lambda a, b: R("0.2") * a + R("0.9") * b]
L.step(all(substituted(gx_true[k], f, "~0.4185", "~0.2984") for k, f in enumerate(exprs)), carried=True)
ok(allr(["0.3464", "-0.2449", "0.3523"], [f(R("0.4185"), R("0.2984")) for f in exprs]))
L.define(2, "x_adv rule, epsilon")
sgn = sp.Matrix([sp.sign(v) for v in gx_true])
ok(sgn == sp.Matrix([1, -1, 1])); ok(x + R("0.05") * sgn == sp.Matrix([R("0.85"), R("-1.25"), R("0.55")]))

# 3. distillation
q = [R("0.25"), R("0.55"), R("0.20")]
L.define(note="q")
KL = sum(a * sp.log(a / b) for a, b in zip(q, p))
L.define(note="KL definition")
ok(substituted(KL, lambda a, b, c: q[0] * sp.log(q[0] / a) + q[1] * sp.log(q[1] / b) + q[2] * sp.log(q[2] / c), "~0.1501", "~0.6335", "~0.2164"))
terms = [a * sp.log(a / b) for a, b in zip(q, p)]
ok(allr(["0.1276", "-0.0777", "-0.0158"], terms))
ok(rounds("0.0341", R("0.1276") - R("0.0777") - R("0.0158"), KL))
t1, t2, t3 = sp.symbols("t1 t2 t3", real=True)
P = [sp.exp(v) / sum(sp.exp(u) for u in (t1, t2, t3)) for v in (t1, t2, t3)]
KLs = sum(a * sp.log(a / b) for a, b in zip(q, P))
grad_true = [sp.diff(KLs, v) for v in (t1, t2, t3)]
ok(same(grad_true[0], q[0] - P[0], positive=False), note="q - p: the gradient is p - q")
ok(allr(["0.0999", "-0.0835", "-0.0164"], [a - b for a, b in zip(q, p)]))
L.define(note="lambda = 0.4")
comb_true = [g[k] + R("0.4") * (p[k] - q[k]) for k in range(3)]
comb_w = [g[k] + R("0.4") * (q[k] - p[k]) for k in range(3)]
ok_true = all(substituted(comb_true[k], lambda a, b: a + b, f"~{gw_}", f"~{c}")
              for k, (gw_, c) in enumerate(zip(["0.1501", "0.6335", "-0.7836"], ["0.0400", "-0.0334", "-0.0066"])))
L.step(ok_true, carried=True, note="g + 0.4(q - p) for g + 0.4(p - q)")
ok(all(rounds(w, v) for w, v in zip(["0.0400", "-0.0334", "-0.0066"], [R("0.4") * (a - b) for a, b in zip(q, p)])))
ok(allr(["0.1901", "0.6001", "-0.7902"], [R("0.1501") + R("0.0400"), R("0.6335") - R("0.0334"), R("-0.7836") - R("0.0066")]))
L.define(2, "T = 2, p^(T)")
eT = [sp.exp(v / 2) for v in s]
ok(rounds("0.8041", sp.exp(R("-0.218")))); ok(rounds("1.6520", sp.exp(R("0.502")))); ok(rounds("0.9656", sp.exp(R("-0.035"))))
ok(all(s[k] / 2 == v for k, v in enumerate([R("-0.218"), R("0.502"), R("-0.035")])) and allr(["0.2350", "0.4828", "0.2822"], [v / sum(eT) for v in eT]))
ok(2 ** 2 == 4)

# 4. Adam
L.define(5, "f, theta_0, eta, beta_1, beta_2")
L.define(5, "Adam rules")
th = sp.Symbol("th")
f = (th - R("1.5")) ** 2
fp = sp.diff(f, th)
b1_, b2_, eta = R("0.9"), R("0.999"), R("0.01")
g1 = fp.subs(th, R("0.5"))
L.define(note="g_1 = f'(theta_0)"); ok(g1 == 2 * (R("0.5") - R("1.5"))); ok(g1 == -2)
m1 = (1 - b1_) * g1; v1 = (1 - b2_) * g1 ** 2
ok(m1 == R("0.1") * (-2)); ok(m1 == R("-0.2")); ok(v1 == R("0.001") * 4); ok(v1 == R("0.004"))
mh1 = m1 / (1 - b1_); vh1 = v1 / (1 - b2_)
ok(mh1 == R("-0.2") / R("0.1")); ok(mh1 == -2); ok(vh1 == R("0.004") / R("0.001")); ok(vh1 == 4)
th1 = R("0.5") - eta * mh1 / sp.sqrt(vh1)
ok(th1 == R("0.5") - R("0.01") * (-2) / 2); ok(th1 == R("0.51"))
g2 = fp.subs(th, th1)
ok(g2 == 2 * (R("0.51") - R("1.5"))); ok(g2 == R("-1.98"))
m2 = b1_ * m1 + (1 - b1_) * g2; v2 = b2_ * v1 + (1 - b2_) * g2 ** 2
ok(m2 == R("0.9") * R("-0.2") + R("0.1") * R("-1.98")); ok(m2 == R("-0.378"))
ok(v2 == R("0.999") * R("0.004") + R("0.001") * R("3.9204")); ok(v2 == R("0.0079164"))
mh2 = m2 / (1 - b1_ ** 2); vh2 = v2 / (1 - b2_ ** 2)
ok(mh2 == R("-0.378") / (1 - R("0.9")), note="1 - beta_1^2"); ok(R("-0.378") / R("0.1") == R("-3.78"))
ok(vh2 == R("0.0079164") / (1 - R("0.999") ** 2)); ok(1 - R("0.999") ** 2 == R("0.001999")); ok(rounds("3.9602", vh2))
ok(rounds("1.9900", sp.sqrt(vh2)))
th2 = th1 - eta * mh2 / sp.sqrt(vh2)
L.step(substituted(th2, lambda a, c: R("0.51") - R("0.01") * a / c, "~-3.78", "~1.9900"), carried=True)
ok(rounds("0.5290", R("0.51") - R("0.01") * R("-3.78") / R("1.9900")))
L.define(note="t = 2")
L.define(3, "cosine schedule, eta_max, T")
eta_t = lambda t: R("0.002") * (1 + sp.cos(sp.pi * t / 30)) / 2
ok(same(eta_t(10), R("0.001") * (1 + sp.cos(sp.pi / 3)))); ok(rounds("0.0015", eta_t(10)))
ok(same(eta_t(20), R("0.001") * (1 + sp.cos(2 * sp.pi / 3)))); ok(rounds("0.0005", eta_t(20)))
ok(sp.simplify(eta_t(30)) == 0)
# momentum
L.define(6, "momentum rules, mu, eta, theta_0, v_0")
mu, et = R("0.9"), R("0.1")
T_, V_ = [R("0.5")], [0]
for _ in range(4):
    gg = fp.subs(th, T_[-1]); V_.append(mu * V_[-1] - et * gg); T_.append(T_[-1] + V_[-1])
ok(V_[1] == R("0.9") * 0 - R("0.1") * (-2)); ok(V_[1] == R("0.2")); ok(T_[1] == R("0.5") + R("0.2")); ok(T_[1] == R("0.7"))
ok(fp.subs(th, T_[1]) == 2 * (R("0.7") - R("1.5"))); ok(fp.subs(th, T_[1]) == R("-1.6"))
ok(V_[2] == R("0.9") * R("0.2") - R("0.1") * R("-1.6")); ok(V_[2] == R("0.34")); ok(T_[2] == R("0.7") + R("0.34")); ok(T_[2] == R("1.04"))
ok(fp.subs(th, T_[2]) == 2 * (R("1.04") - R("1.5"))); ok(fp.subs(th, T_[2]) == R("-0.92"))
ok(V_[3] == R("0.9") * R("0.34") - R("0.1") * R("-0.92"))
ok(R("0.9") * R("0.34") - R("0.1") * R("-0.92") == R("0.388"), note="0.306 + 0.092 = 0.398")
L.step(T_[3] == R("1.04") + R("0.388"), carried=True); ok(R("1.04") + R("0.388") == R("1.428"))
L.step(fp.subs(th, T_[3]) == 2 * (R("1.428") - R("1.5")), carried=True); ok(2 * (R("1.428") - R("1.5")) == R("-0.144"))
L.step(V_[4] == R("0.9") * R("0.388") - R("0.1") * R("-0.144"), carried=True); ok(R("0.9") * R("0.388") - R("0.1") * R("-0.144") == R("0.3636"))
L.step(T_[4] == R("1.428") + R("0.3636"), carried=True); ok(R("1.428") + R("0.3636") == R("1.7916"))
ok(T_[4] > R("1.5"))

# 5. what did not work
pp = sp.Symbol("pp", positive=True)
FL = -(1 - pp) ** 2 * sp.log(pp)
L.define(2, "FL, gamma")
ok(substituted(FL.subs(pp, p[2]), lambda a, b: a ** 2 * b, "~0.7836", "~1.5305"))
ok(rounds("0.6140", R("0.7836") ** 2)); ok(rounds("0.9397", R("0.6140") * R("1.5305"), FL.subs(pp, p[2])))
gam = sp.Symbol("gam", positive=True)
FLg = -(1 - pp) ** gam * sp.log(pp)
ok(same(sp.diff(FLg, pp), gam * (1 - pp) ** (gam - 1) * sp.log(pp) - (1 - pp) ** gam / pp, symbols=[pp, gam]) if False else
   all(abs(sp.N((sp.diff(FLg, pp) - (gam * (1 - pp) ** (gam - 1) * sp.log(pp) - (1 - pp) ** gam / pp)).subs({pp: a, gam: c}), 30)) < 1e-20
       for a, c in [(R("0.3"), 2), (R("0.71"), R("1.5")), (R("0.12"), 3)]))
FLp = sp.diff(FL, pp)
ok(substituted(FLp.subs(pp, R("0.2164")), lambda a, b, c, d: 2 * a * (-b) - c / d, "~0.7836", "~1.5305", "~0.6140", "~0.2164"))
ok(rounds("-2.3986", 2 * R("0.7836") * R("-1.5305")) and rounds("2.8373", R("0.6140") / R("0.2164")))
ok(rounds("-5.2359", R("-2.3986") - R("2.8373")))
ok(rounds("-4.6211", -1 / p[2], -1 / R("0.2164"))); ok(FLp.subs(pp, p[2]) < -1 / p[2])
eps = R("0.1")
yt = [eps / 3, eps / 3, 1 - eps + eps / 3]
L.define(2, "epsilon, y~ :="); ok(allr(["0.0333", "0.0333", "0.9333"], yt))
CE = -sum(a * sp.log(b) for a, b in zip(yt, p))
ok(substituted(CE, lambda a, b, c, d, e_: a * b + a * c + d * e_, "~0.0333", "~1.8965", "~0.4565", "~0.9333", "~1.5305")
   and allr(["1.8965", "0.4565", "1.5305"], [-sp.log(v) for v in p]))
ok(rounds("1.5069", CE))
ok(allr(["0.1168", "0.6002", "-0.7169"], [a - b for a, b in zip(p, yt)]))
al = R("0.4")
L.define(note="alpha (lambda ~ Beta is no relation)")
ok(al / (2 * al) == R("0.5"))
VarB = al * al / ((2 * al) ** 2 * (2 * al + 1))
ok(True, "Beta(a, a) variance a^2/((2a)^2(2a + 1))"); ok(VarB == R("0.16") / (R("0.64") * R("1.8"))); ok(rounds("0.1389", VarB))
ok(True, "E is linear: E[lam] = 1/2")
xa, xb = sp.symbols("xa xb", real=True)
Vtrue = VarB * (xa - xb) ** 2
ok(same(Vtrue, VarB * (xa ** 2 + xb ** 2), positive=False), note="Var(lam)(x_a - x_b)^2")
L.define(2, "x_a, x_b")
vt = Vtrue.subs({xa: R("0.8"), xb: R("-0.4")})
L.step(substituted(vt, lambda a: a * (R("0.64") + R("0.16")), "~0.1389"), carried=substituted(VarB * (R("0.8") ** 2 + R("0.4") ** 2), lambda a: a * (R("0.64") + R("0.16")), "~0.1389"))
ok(rounds("0.1111", R("0.1389") * (R("0.64") + R("0.16"))))
Ps = [[R("0.30"), R("0.45"), R("0.25")], [R("0.10"), R("0.60"), R("0.30")], [R("0.20"), R("0.50"), R("0.30")]]
L.define(3, "three models")
pbar = sum(r[2] for r in Ps) / 3
L.define(note="p-bar_3 :=")
ok(pbar == (R("0.25") + R("0.30") + R("0.30")) / 3); ok(rounds("0.2833", pbar)); ok(rounds("1.2611", -sp.log(pbar), -sp.log(R("0.2833"))))
mloss = sum(-sp.log(r[2]) for r in Ps) / 3
ok(substituted(mloss, lambda a, b, c: (a + b + c) / 3, "~1.3863", "~1.2040", "~1.2040") and rounds("1.2648", (R("1.3863") + R("1.2040") + R("1.2040")) / 3))
ok(R("1.2611") <= R("1.2648") and -sp.log(pbar) <= mloss)
geo = [sp.root(Ps[0][k] * Ps[1][k] * Ps[2][k], 3) for k in range(3)]
avlog = [sum(sp.log(r[k]) for r in Ps) / 3 for k in range(3)]
sm3 = sp.exp(avlog[2]) / sum(sp.exp(v) for v in avlog)
ok(sp.N(sm3 - geo[2] / sum(geo), 30) == 0)
ok(substituted(sm3, lambda a, b: a / b, "~0.2823", "~0.9770") and rounds("0.2823", geo[2]) and rounds("0.9770", sum(geo)))
ok(rounds("0.2890", sm3, R("0.2823") / R("0.9770")))
ok(rounds("1.2415", -sp.log(sm3), -sp.log(R("0.2890"))))

# EDITs
L.define(note="t = 2")
ok(substituted(mh2, lambda a: a / (1 - R("0.81")), "~-0.378")); ok(rounds("-1.9895", mh2))
ok(substituted(th2, lambda a, c: R("0.51") + R("0.01") * a / c, "~1.9895", "~1.9900")); ok(rounds("0.5200", th2))
ok(rounds("0.0100", th2 - th1))
ok(True, "dL/dh = W2^T g"); ok(allr(["-0.2717", "-0.0117", "0.4951"], dh_true)); ok(allr(["-0.2717", "0", "0.4951"], d1_true))
Wc = [["-0.2174", "0.3260", "-0.1359"], ["0", "0", "0"], ["0.3961", "-0.5941", "0.2475"]]
d1_c = [R("-0.2717"), 0, R("0.4951")]
ok(all(rounds(Wc[i][j], dW1_true[i, j], d1_c[i] * x[j]) for i in range(3) for j in range(3)))
ok(True, "grad_x = W1^T delta_1"); ok(allr(["0.1884", "-0.1165", "0.3912"], gx_true))
xs = sp.symbols("x1:4", real=True)
zz = W1 * sp.Matrix(xs) + b1
hh = zz.applyfunc(lambda v: sp.Max(v, 0))
ss = W2 * hh + b2
Lx = sp.log(sum(sp.exp(v) for v in ss)) - ss[2]
hstep = sp.Rational(1, 10 ** 4)
pt = {xs[0]: x[0], xs[1]: x[1]}
cd = (Lx.subs({**pt, xs[2]: x[2] + hstep}) - Lx.subs({**pt, xs[2]: x[2] - hstep})) / (2 * hstep)
ok(rounds("0.3912", sp.N(cd, 30), approx=True))
ok(sgn == sp.Matrix([1, -1, 1]))
L.done()
