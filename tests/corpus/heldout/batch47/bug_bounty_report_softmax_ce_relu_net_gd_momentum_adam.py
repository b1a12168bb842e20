"""Labels for bug_bounty_report_softmax_ce_relu_net_gd_momentum_adam.tex: a student's bug bounty report
against the course's teaching library (metadata table, summary, one section per finding with reproduction,
expected and observed behaviour, a triage thread between maintainer and reporter, a resolution table;
`\\DeclareMathOperator` for softmax, lse, ReLU, sign, `\\pd`, `\\bm`, `\\leftarrow`, `:=`, `align*`, `pmatrix`):
softmax cross-entropy for logits (1.5, 0.3, -0.8) with target 2 (probabilities, loss, p - y, the zero sum,
log-sum-exp, a central difference, Jacobian entries, bits); a 2-3-1 ReLU net with a linear output (forward,
g, L, output gradients, mask, delta, dL/dW_1, W_1^T delta and its length, the stale mask's delta, an SGD
step on every parameter and a second forward pass); Adam on theta^2 with and without bias correction; plain
descent and heavy-ball momentum on diag(1, 10) with step-size facts and tuned parameters; the triage thread
on Adam's correction factor.
Slips: d p_2/d z_3 = -0.0145 for -0.0154; the bits gradient multiplied by ln 2; a sign in W_1^T delta
(length carried); (b_1)_3 updated with the wrong sign (carried into z_3, y hat, L); sqrt(3.6198) = 1.9206
(theta_2 carried); grad f(theta_2) with the sign of 10 theta_2 lost (v_3, theta_3 carried); (3.1623 + 1)^2 =
16.3247; the maintainer's sqrt(1 - beta_2)/(1 - beta_1) for the uncorrected step and 1 - beta_2^10 = 0.99
(the factor carried)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch47/bug_bounty_report_softmax_ce_relu_net_gd_momentum_adam.tex")


def ok(cond, note=""):
    L.step(bool(cond), note=note)


def vec(*s):
    return sp.Matrix([R(x) for x in s])


# Finding 1
z = [R("1.5"), R("0.3"), R("-0.8")]
E = [sp.exp(t) for t in z]; S = sum(E); p = [e / S for e in E]
Lz = -sp.log(p[1])
L.define(note="y one-hot"); L.define(2, "p, L = -ln p_2")
zs = sp.symbols("z1:4", real=True)
Ls = -zs[1] + sp.log(sum(sp.exp(t) for t in zs))
ok(same(-sp.log(sp.exp(zs[1]) / sum(sp.exp(t) for t in zs)), Ls, positive=False))
ys = [0, 1, 0]
ok(all(same(sp.diff(Ls, zs[j]), -ys[j] + sp.exp(zs[j]) / sum(sp.exp(t) for t in zs), positive=False) for j in range(3))); ok(True, "= p_j - y_j")
ok(rounds("4.4817", E[0])); ok(rounds("1.3499", E[1])); ok(rounds("0.4493", E[2])); L.define(note="S")
ok(rounds("6.2809", R("4.4817") + R("1.3499") + R("0.4493"), S))
for num, wr, pj in (("4.4817", "0.7135", p[0]), ("1.3499", "0.2149", p[1]), ("0.4493", "0.0715", p[2])):
    ok(substituted(pj, lambda a, b: a / b, "~" + num, "~6.2809")); ok(rounds(wr, R(num) / R("6.2809"), pj))
ok(substituted(Lz, lambda q: -sp.log(q), "~0.2149")); ok(rounds("1.5376", -sp.log(R("0.2149")), Lz))
g = [p[0], p[1] - 1, p[2]]
ok(True, "p - y"); ok(substituted(g[1], lambda q: q - 1, "~0.2149") and rounds("0.7135", p[0]) and rounds("0.0715", p[2]))
ok(rounds("-0.7851", R("0.2149") - 1))
ok(rounds("-0.0001", R("0.7135") - R("0.7851") + R("0.0715"))); ok(sp.simplify(sum(p) - 1) == 0)
lse = sp.log(S)
ok(same(lse, R("1.5") + sp.log(1 + sp.exp(R("-1.2")) + sp.exp(R("-2.3")))))
ok(substituted(lse, lambda a, b: R("1.5") + sp.log(1 + a + b), "~0.3012", "~0.1003") and rounds("0.3012", sp.exp(R("-1.2"))) and rounds("0.1003", sp.exp(R("-2.3"))))
ok(rounds("1.4015", 1 + R("0.3012") + R("0.1003")))
ok(rounds("0.3375", sp.log(R("1.4015")), sp.log(1 + sp.exp(R("-1.2")) + sp.exp(R("-2.3")))))
ok(rounds("1.8375", R("1.5") + R("0.3375"), lse))
ok(same(Lz, lse - z[1])); ok(substituted(lse - z[1], lambda q: q - R("0.3"), "~1.8375")); ok(rounds("1.5375", R("1.8375") - R("0.3"), Lz))
Lf = lambda z1: -z[1] + sp.log(sp.exp(z1) + E[1] + E[2])
ok(rounds("1.5382232", Lf(R("1.501"))) and rounds("1.5367962", Lf(R("1.499"))))
ok(rounds("0.7135", (R("1.5382232") - R("1.5367962")) / R("0.002")))
ps = [sp.exp(t) / sum(sp.exp(u) for u in zs) for t in zs]
ok(all(same(sp.diff(ps[i], zs[j]), ps[i] * ((1 if i == j else 0) - ps[j]), positive=False) for i in range(3) for j in range(3)))
ok(substituted(p[0] * (1 - p[0]), lambda a, b: a * b, "~0.7135", "~0.2865") and rounds("0.2865", 1 - p[0])); ok(rounds("0.2044", R("0.7135") * R("0.2865")))
ok(substituted(-p[0] * p[1], lambda a, b: -a * b, "~0.7135", "~0.2149")); ok(rounds("-0.1533", -R("0.7135") * R("0.2149")))
ok(substituted(-p[1] * p[2], lambda a, b: -a * b, "~0.2149", "~0.0715")); ok(rounds("-0.0145", -R("0.2149") * R("0.0715"), -p[1] * p[2]), "-0.0154")
ok(substituted(-p[0] * p[2], lambda a, b: -a * b, "~0.7135", "~0.0715")); ok(rounds("-0.0501", -R("0.7135") * R("0.0715"), -p[0] * p[2]), "-0.0510")
ok(R("0.2044") - R("0.1533") - R("0.0501") == R("0.0010"))
ok(all(same(sum(-ys[i] / ps[i] * sp.diff(ps[i], zs[j]) for i in range(3)), ps[j] - ys[j], positive=False) for j in range(3)))
L.define(note="L_2 = L / ln 2"); ok(substituted(Lz / sp.log(2), lambda q: -sp.log(q) / sp.log(2), "~0.2149")); ok(rounds("2.2183", R("1.5376") / sp.log(2), Lz / sp.log(2)))
ok(all(same(sp.diff(Ls / sp.log(2), zs[j]), (ps[j] - ys[j]) * sp.log(2), positive=False) for j in range(3)), "divide by ln 2")
ok(all(rounds(w, R(q) * sp.log(2)) for w, q in (("0.4946", "0.7135"), ("-0.5442", "-0.7851"), ("0.0496", "0.0715"))))

# Finding 2
W1 = sp.Matrix([[R("0.5"), R("0.2")], [R("-0.3"), R("0.4")], [R("0.8"), R("-0.1")]])
b1 = vec("0.1", "0.2", "-0.5"); w2 = vec("1.0", "-0.5", "0.7"); b2 = R("0.2"); x = vec("1.0", "-2.0"); y = R("1.5")
L.define(note="L"); L.define(6, "parameters and data"); L.define(note="x'")
Z = W1 * x + b1
ok(Z[0] == R("0.5") * 1 + R("0.2") * -2 + R("0.1")); ok(R("0.5") - R("0.4") + R("0.1") == Z[0]); ok(Z[0] == R("0.2"))
ok(Z[1] == R("-0.3") * 1 + R("0.4") * -2 + R("0.2")); ok(R("-0.3") - R("0.8") + R("0.2") == Z[1]); ok(Z[1] == R("-0.9"))
ok(Z[2] == R("0.8") * 1 - R("0.1") * -2 - R("0.5")); ok(R("0.8") + R("0.2") - R("0.5") == Z[2]); ok(Z[2] == R("0.5"))
H = Z.applyfunc(lambda t: sp.Max(t, 0))
L.define(note="h = ReLU(z)"); ok(H == vec("0.2", "0", "0.5"))
yh = (w2.T * H)[0] + b2
ok(yh == 1 * R("0.2") - R("0.5") * 0 + R("0.7") * R("0.5") + R("0.2")); ok(R("0.2") + R("0.35") + R("0.2") == yh); ok(yh == R("0.75"))
gg = yh - y
L.define(note="g :="); ok(gg == R("-0.75")); ok(True, "L = (1/2) g^2"); ok((gg ** 2) / 2 == R("0.28125"))
ok(True, "dL/dw_2 = g h"); ok(gg * H == vec("-0.15", "0", "-0.375")); ok(True, "dL/db_2 = g"); ok(gg == R("-0.75"))
m = sp.Matrix([1 if t > 0 else 0 for t in Z])
L.define(note="m := 1[z > 0]"); ok(m == sp.Matrix([1, 0, 1]))
dh = gg * w2
ok(True, "dL/dh = g w_2"); ok(dh == vec("-0.75", "0.375", "-0.525"))
delta = dh.multiply_elementwise(m)
L.define(note="delta"); ok(delta == vec("-0.75", "0", "-0.525"))
dW1 = delta * x.T
ok(True, "delta x^T"); ok(dW1 == sp.Matrix([[R("-0.75"), R("1.5")], [0, 0], [R("-0.525"), R("1.05")]])); ok(True, "dL/db_1 = delta")
gx = W1.T * delta
ok(True, "W_1^T delta")
ok(gx[0] == R("0.5") * R("-0.75") + R("0.8") * R("-0.525") and gx[1] == R("0.2") * R("-0.75") - R("0.1") * R("-0.525"))
ok(gx[0] == R("-0.375") - R("0.42") and gx[1] == R("-0.15") - R("0.0525"), "-0.15 + 0.0525")
ok(R("-0.375") - R("0.42") == R("-0.795") and R("-0.15") - R("0.0525") == R("-0.2025"))
nrm = sp.sqrt(gx[0] ** 2 + gx[1] ** 2)
L.step(nrm == sp.sqrt(R("0.795") ** 2 + R("0.2025") ** 2), carried=True, note="-0.2025 carried")
ok(rounds("0.6320", R("0.795") ** 2) and rounds("0.0410", R("0.2025") ** 2)); ok(R("0.6320") + R("0.0410") == R("0.6730")); ok(rounds("0.8204", sp.sqrt(R("0.6730"))))
xp = vec("-1.0", "1.0"); Zp = W1 * xp + b1
ok(Zp == vec("-0.2", "0.9", "-1.4")); mp_ = sp.Matrix([1 if t > 0 else 0 for t in Zp]); ok(mp_ == sp.Matrix([0, 1, 0]))
L.define(note="delta_lib :="); ok(dh.multiply_elementwise(mp_) == vec("0", "0.375", "0"))
ok(R("0.375") * x.T == sp.Matrix([[R("0.375"), R("-0.75")]]))
eta = R("0.1")
L.define(2, "eta, rule")
w2n = w2 - eta * gg * H; b2n = b2 - eta * gg
ok(w2n == vec("1.015", "-0.5", "0.7375") and w2n == sp.Matrix([1 + R("0.015"), R("-0.5"), R("0.7") + R("0.0375")])); ok(w2n == vec("1.015", "-0.5", "0.7375"))
ok(b2n == R("0.2") + R("0.075")); ok(b2n == R("0.275"))
W1n = W1 - eta * dW1; b1n = b1 - eta * delta
ok(W1n[0, 0] == R("0.5") + R("0.075") and W1n[0, 1] == R("0.2") - R("0.15")); ok(W1n[0, 0] == R("0.575") and W1n[0, 1] == R("0.05"))
ok(b1n[0] == R("0.1") + R("0.075")); ok(b1n[0] == R("0.175"))
ok(W1n[2, 0] == R("0.8") + R("0.0525") and W1n[2, 1] == R("-0.1") - R("0.105")); ok(W1n[2, 0] == R("0.8525") and W1n[2, 1] == R("-0.205"))
ok(b1n[2] == R("-0.5") - eta * R("-0.525")); ok(b1n[2] == R("-0.5525"), "-0.4475")
Zn = W1n * x + b1n
ok(Zn[0] == R("0.575") * 1 + R("0.05") * -2 + R("0.175")); ok(Zn[0] == R("0.65")); ok(Zn[1] == R("-0.9"))
b13w = R("-0.5525")
L.step(Zn[2] == R("0.8525") * 1 - R("0.205") * -2 + b13w, carried=True, note="(b_1)_3 carried")
ok(R("0.8525") * 1 - R("0.205") * -2 + b13w == R("0.8525") + R("0.41") - R("0.5525")); ok(R("0.8525") + R("0.41") - R("0.5525") == R("0.71"))
Hn = Zn.applyfunc(lambda t: sp.Max(t, 0)); yhn = (w2n.T * Hn)[0] + b2n
L.step(yhn == R("1.015") * R("0.65") + R("0.7375") * R("0.71") + R("0.275"), carried=True, note="z_3 = 0.71 carried")
ok(rounds("0.6598", R("1.015") * R("0.65")) and rounds("0.5236", R("0.7375") * R("0.71"))); ok(rounds("1.4584", R("0.6598") + R("0.5236") + R("0.275")))
Ln = (yhn - y) ** 2 / 2
L.step(substituted(Ln, lambda q: (q - R("1.5")) ** 2 / 2, "~1.4584"), carried=True, note="y hat carried")
ok(R("1.4584") - R("1.5") == R("-0.0416")); ok(rounds("0.000865", R("0.0416") ** 2 / 2))
L0 = (yh - y) ** 2 / 2
L.step(L0 - Ln == R("0.28125") - R("0.000865"), carried=True, note="L_1 carried"); ok(rounds("0.2804", R("0.28125") - R("0.000865")))
dlib = dh.multiply_elementwise(mp_)
W1s = W1 - eta * dlib * x.T; b1s = b1 - eta * dlib
ok(W1s[1, 0] == R("-0.3375") and W1s[1, 1] == R("0.475")); ok(b1s[1] == R("0.1625"))
z2s = (W1s * x + b1s)[1]
ok(z2s == R("-0.3375") * 1 + R("0.475") * -2 + R("0.1625")); ok(z2s == R("-1.125"))

# Finding 3: Adam on theta^2
L.define(3, "f, theta_0, alpha"); L.define(2, "beta_1, beta_2"); L.define(5, "Adam rules")
b1_, b2_, al = R("0.9"), R("0.999"), R("0.1")
g1 = 2 * 1; m1 = (1 - b1_) * g1; v1 = (1 - b2_) * g1 ** 2; mh1 = m1 / (1 - b1_); vh1 = v1 / (1 - b2_)
ok(True, "f' = 2 theta"); ok(g1 == 2); ok(m1 == R("0.1") * 2); ok(m1 == R("0.2")); ok(v1 == R("0.001") * 4); ok(v1 == R("0.004"))
ok(mh1 == R("0.2") / R("0.1")); ok(mh1 == 2); ok(vh1 == R("0.004") / R("0.001")); ok(vh1 == 4)
th1 = 1 - al * mh1 / sp.sqrt(vh1)
ok(th1 == 1 - R("0.1") * 2 / sp.sqrt(4)); ok(1 - R("0.1") * 2 / sp.sqrt(4) == 1 - R("0.1")); ok(th1 == R("0.9"))
tt1 = 1 - al * m1 / sp.sqrt(v1)
ok(True, "the uncorrected rule at the current values"); ok(substituted(tt1, lambda q: 1 - R("0.1") * R("0.2") / q, "~0.0632") and rounds("0.0632", sp.sqrt(R("0.004"))))
ok(rounds("0.3162", R("0.1") * R("0.2") / R("0.0632"), al * m1 / sp.sqrt(v1))); ok(rounds("0.6838", 1 - R("0.3162"), tt1))
g2 = 2 * th1; m2 = b1_ * m1 + (1 - b1_) * g2; v2 = b2_ * v1 + (1 - b2_) * g2 ** 2
ok(g2 == 2 * R("0.9")); ok(g2 == R("1.8")); ok(m2 == R("0.9") * R("0.2") + R("0.1") * R("1.8")); ok(m2 == R("0.36"))
ok(v2 == R("0.999") * R("0.004") + R("0.001") * R("1.8") ** 2); ok(v2 == R("0.003996") + R("0.00324")); ok(v2 == R("0.007236"))
mh2 = m2 / (1 - b1_ ** 2); vh2 = v2 / (1 - b2_ ** 2)
ok(mh2 == R("0.36") / (1 - R("0.81"))); ok(mh2 == R("0.36") / R("0.19")); ok(rounds("1.8947", mh2))
ok(vh2 == R("0.007236") / (1 - R("0.998001"))); ok(vh2 == R("0.007236") / R("0.001999")); ok(rounds("3.6198", vh2))
ok(substituted(sp.sqrt(vh2), lambda q: sp.sqrt(q), "~3.6198")); ok(rounds("1.9206", sp.sqrt(R("3.6198")), sp.sqrt(vh2)), "1.9026")
th2 = th1 - al * mh2 / sp.sqrt(vh2)
L.step(substituted(th2, lambda a, b: R("0.9") - R("0.1") * a / b, "~1.8947", "~1.9206"), carried=True, note="1.9206 carried")
ok(rounds("0.0987", R("0.1") * R("1.8947") / R("1.9206"))); ok(rounds("0.8013", R("0.9") - R("0.0987")))

# context: GD and heavy ball on diag(1, 10)
t1, t2 = sp.symbols("t1 t2", real=True)
f = (t1 ** 2 + 10 * t2 ** 2) / 2
gradf = lambda a, b: sp.Matrix([a, 10 * b])
L.define(note="f"); ok(sp.Matrix([sp.diff(f, t1), sp.diff(f, t2)]) == sp.Matrix([t1, 10 * t2])); L.define(note="theta_0")
L.define(note="eta = 0.15")
th = sp.Matrix([1, 1]); e15 = R("0.15")
n1 = th - e15 * gradf(*th)
ok(n1 == sp.Matrix([1 - R("0.15"), 1 - R("1.5")])); ok(n1 == vec("0.85", "-0.5"))
n2 = n1 - e15 * gradf(*n1)
ok(n2 == sp.Matrix([R("0.85") - R("0.1275"), R("-0.5") + R("0.75")])); ok(n2 == vec("0.7225", "0.25"))
ok(rounds("0.1960", R("0.85") ** 10), "0.1969"); ok(rounds("0.0010", R("-0.5") ** 10))
ok(abs(1 - R("0.15")) == R("0.85")); ok(abs(1 - R("1.5")) == R("0.5")); L.define(note="eta < 2/lambda_max"); ok(sp.Rational(2, 10) == R("0.2"))
L.define(note="0.85^k <= 1e-3"); ok(True, "k >= ln(1e-3)/ln 0.85 (ln 0.85 < 0)"); ok(rounds("42.5", sp.log(R("0.001")) / sp.log(R("0.85"))))
ok(True, "best fixed step 2/(l_min + l_max)"); ok(sp.Rational(2, 11) == sp.Rational(2, 1 + 10)); ok(rounds("0.1818", sp.Rational(2, 11)))
ok(sp.Rational(10 - 1, 10 + 1) == sp.Rational(9, 11)); ok(rounds("0.8182", sp.Rational(9, 11)))
L.define(3, "beta, eta, v_0"); L.define(2, "heavy-ball rules")
be, e1 = R("0.9"), R("0.1")
v = sp.Matrix([0, 0]); th = sp.Matrix([1, 1])
v = be * v + gradf(*th); th = th - e1 * v                     # t = 1
ok(v == sp.Matrix([1, 10])); ok(th == sp.Matrix([1 - R("0.1"), 1 - 1])); ok(th == vec("0.9", "0"))
gr = gradf(*th); ok(gr == vec("0.9", "0"))
v = be * v + gr; th = th - e1 * v                             # t = 2
ok(v == R("0.9") * sp.Matrix([1, 10]) + vec("0.9", "0")); ok(v == vec("1.8", "9"))
ok(th == sp.Matrix([R("0.9") - R("0.18"), 0 - R("0.9")])); ok(th == vec("0.72", "-0.9"))
gr = gradf(*th); ok(gr == vec("0.72", "9"), "(0.72, -9)")
grw = vec("0.72", "9")
v3 = be * v + gr; th3 = th - e1 * v3
L.step(v3 == R("0.9") * vec("1.8", "9") + grw, carried=True, note="(0.72, 9) carried"); ok(R("0.9") * vec("1.8", "9") + grw == vec("2.34", "17.1"))
v3w = vec("2.34", "17.1")
L.step(th3 == sp.Matrix([R("0.72") - R("0.234"), R("-0.9") - R("1.71")]), carried=th - e1 * v3w == sp.Matrix([R("0.72") - R("0.234"), R("-0.9") - R("1.71")]))
ok(sp.Matrix([R("0.72") - R("0.234"), R("-0.9") - R("1.71")]) == vec("0.486", "-2.61"))
L.define(note="kappa = 10")
es = 4 / (sp.sqrt(10) + 1) ** 2
ok(True, "Polyak's tuned heavy ball"); ok(substituted(es, lambda q: 4 / (q + 1) ** 2, "~3.1623") and rounds("3.1623", sp.sqrt(10)))
ok(substituted(es, lambda q: 4 / q, "~16.3247") and rounds("16.3247", R("4.1623") ** 2), "(4.1623)^2 = 17.3247"); ok(rounds("0.2450", 4 / R("16.3247")))
bs = ((sp.sqrt(10) - 1) / (sp.sqrt(10) + 1)) ** 2
ok(True, "Polyak's beta"); ok(substituted(bs, lambda a, b: (a / b) ** 2, "~2.1623", "~4.1623")); ok(substituted(bs, lambda q: q ** 2, "~0.5195") and rounds("0.5195", R("2.1623") / R("4.1623")))
ok(rounds("0.2699", R("0.5195") ** 2, bs))
ok(rounds("0.5195", sp.sqrt(bs))); ok(rounds("10.5", sp.log(R("0.001")) / sp.log(sp.sqrt(bs)), sp.log(R("0.001")) / sp.log(R("0.5195"))))

# triage
pc = sp.symbols("c")
ok(all(same(sp.diff(sp.log(ps[1]), zs[j]), ys[j] - ps[j], positive=False) for j in range(3)))
step_unc = al * m1 / sp.sqrt(v1)
L.define(note="t = 1"); ok(same(step_unc, al * sp.sqrt(1 - b2_) / (1 - b1_)), "(1 - beta_1)/sqrt(1 - beta_2)")
ok(al * sp.sqrt(1 - b2_) / (1 - b1_) == R("0.1") * sp.sqrt(R("0.001")) / R("0.1")); ok(rounds("0.0316", sp.sqrt(R("0.001"))))
L.define(note="t = 10"); ok(rounds("0.6513", 1 - b1_ ** 10)); ok(rounds("0.9900", 1 - b2_ ** 10), "0.00995")
fac = sp.sqrt(1 - b2_ ** 10) / (1 - b1_ ** 10)
L.step(substituted(fac, lambda a, b: sp.sqrt(a) / b, "~0.9900", "~0.6513"), carried=True, note="0.9900 carried"); ok(rounds("1.5277", sp.sqrt(R("0.99")) / R("0.6513")))
L.define(note="t = 1"); ok(same(step_unc, al * (1 - b1_) / sp.sqrt(1 - b2_)))
ok(substituted(al * (1 - b1_) / sp.sqrt(1 - b2_), lambda q: R("0.1") * R("0.1") / q, "~0.0316")); ok(rounds("0.3162", step_unc))
L.define(note="t = 10"); ok(rounds("0.00996", 1 - b2_ ** 10))
ok(substituted(fac, lambda a, b: sp.sqrt(a) / b, "~0.00996", "~0.6513")); ok(substituted(fac, lambda a, b: a / b, "~0.0998", "~0.6513") and rounds("0.0998", sp.sqrt(1 - b2_ ** 10)))
ok(rounds("0.1532", R("0.0998") / R("0.6513"), fac))
L.done()
