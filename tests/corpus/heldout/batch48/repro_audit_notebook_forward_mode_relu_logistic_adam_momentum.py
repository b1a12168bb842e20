"""Labels for repro_audit_notebook_forward_mode_relu_logistic_adam_momentum.tex: an artifact-evaluation
auditor's running notebook for a workshop paper (dated entries, the paper's appendix quoted in a sans-serif
`paperquote` environment, `\\status` tags, `booktabs` tables with math cells, `\\DeclareMathOperator{\\ReLU}`, `\\bm`,
`:=`, `\\leftarrow`, `\\mathbb{1}[\\cdot]`): a forward-mode trace of x1^2 x2 + sin(x1 x2) with two sweeps, hand
partials, a central difference and a directional derivative; a 2-3-1 ReLU net forward and backward with an off unit,
the input gradient W1^T delta, an SGD step and a second forward pass; the logistic-regression gradient derived and
evaluated on three points, the loss and a step; Adam on theta^2 for two steps; heavy-ball momentum for four steps.
Slips: the paper's sweep 2 with dv4 = 2 v1 (carried into dv5, dv7 and df/dx2); the paper's unmasked delta_2 (carried
into its W1 row and input gradient); the auditor's 0.5543 + 0.4823 - 0.05 = 0.9966 (carried into L); the paper's
eq. (9) with y - p for p - y (twice); the auditor's column sum -2.4001 (carried into w's step); v-hat_2 corrected with
1 - 0.999 (carried into theta_2); momentum's 0.46 - 0.398 = 0.072 (carried into theta_4)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch48/repro_audit_notebook_forward_mode_relu_logistic_adam_momentum.tex")
X1, X2 = sp.symbols("x1 x2", positive=True)
f = X1 ** 2 * X2 + sp.sin(X1 * X2)
a1, a2 = R("1.5"), R("0.8")
pt = {X1: a1, X2: a2}
fx1, fx2 = sp.diff(f, X1), sp.diff(f, X2)
L.define(3, "f, x1, x2")
# primal trace
L.define(note="v1 = x1"); L.step(True); L.define(note="v2 = x2"); L.step(True)
v3, v4 = a1 * a2, a1 ** 2
L.define(note="v3"); L.step(v3 == R("1.2")); L.define(note="v4"); L.step(v4 == R("2.25"))
v5, v6 = v4 * a2, sp.sin(v3)
L.define(note="v5"); L.step(v5 == R("1.8")); L.define(note="v6"); L.step(v6 == sp.sin(R("1.2"))); L.step(rounds("0.9320", v6))
L.define(note="v7"); L.step(rounds("2.7320", R("1.8") + R("0.9320"))); L.step(rounds("2.7320", f.subs(pt)))
# sweep 1
L.define(2, "seeds 1, 0")
def tangent(dv1, dv2):
    dv3 = dv1 * a2 + a1 * dv2; dv4 = 2 * a1 * dv1; dv5 = dv4 * a2 + v4 * dv2; dv6 = sp.cos(v3) * dv3
    return dv3, dv4, dv5, dv6, dv5 + dv6
t1 = tangent(1, 0)
L.step(True, note="product rule"); L.step(t1[0] == R("0.8")); L.step(True, note="d(v1^2)"); L.step(t1[1] == R("3.0"))
L.step(True, note="product rule"); L.step(t1[2] == R("3.0") * R("0.8") + 0); L.step(R("2.4") == t1[2])
L.step(True, note="chain rule sin"); L.step(substituted(t1[3], lambda c: c * R("0.8"), "~0.3624") and rounds("0.3624", sp.cos(R("1.2"))))
L.step(rounds("0.2899", R("0.3624") * R("0.8")))
L.step(True, note="sum"); L.step(substituted(t1[4], lambda c: R("2.4") + c, "~0.2899")); L.step(R("2.4") + R("0.2899") == R("2.6899"))
L.step(same(fx1, 2 * X1 * X2 + X2 * sp.cos(X1 * X2)))
L.step(substituted(fx1.subs(pt), lambda c: R("2.4") + R("0.8") * c, "~0.3624")); L.step(rounds("2.6899", R("2.4") + R("0.8") * R("0.3624")))
# sweep 2, the paper's
L.define(2, "seeds 0, 1")
t2 = tangent(0, 1)
L.step(True, note="product rule"); L.step(t2[0] == R("1.5"))
L.step(t2[1] == 2 * a1, note="2 v1 dv1 = 0"); L.step(2 * a1 == R("3.0"))
L.step(True, note="product rule"); L.step(t2[2] == R("3.0") * R("0.8") + R("2.25"), carried=True); L.step(R("3.0") * R("0.8") + R("2.25") == R("4.65"))
L.step(True, note="chain rule sin"); L.step(substituted(t2[3], lambda c: c * R("1.5"), "~0.3624")); L.step(rounds("0.5436", R("0.3624") * R("1.5")))
L.step(True, note="sum"); L.step(substituted(t2[4], lambda c: R("4.65") + c * R("1.5"), "~0.3624"), carried=True)
L.step(R("4.65") + R("0.5436") == R("5.1936"))
L.step(rounds("5.1936", fx2.subs(pt)), carried=True)
# the auditor's sweep 2
L.step(True, note="2 v1 dv1"); L.step(t2[1] == 0)
L.step(True, note="product rule"); L.step(t2[2] == 0 + R("2.25")); L.step(R("2.25") == t2[2])
L.step(substituted(t2[4], lambda c: R("2.25") + c * R("1.5"), "~0.3624")); L.step(R("2.25") + R("0.5436") == R("2.7936"))
L.step(same(fx2, X1 ** 2 + X1 * sp.cos(X1 * X2)))
L.step(substituted(fx2.subs(pt), lambda c: R("2.25") + R("1.5") * c, "~0.3624")); L.step(R("2.25") + R("1.5") * R("0.3624") == R("2.7936"))
L.define(note="h")
cd = (f.subs({X1: a1, X2: R("0.801")}) - f.subs({X1: a1, X2: R("0.799")})) / R("0.002")
L.step(rounds("2.7935", cd, approx=True))
L.step(substituted(fx1.subs(pt) + fx2.subs(pt), lambda c: R("2.4") + R("0.8") * c + R("2.25") + R("1.5") * c, "~0.3624"))
L.step(R("2.6899") + R("2.7936") == R("5.4835"))
# ReLU net
L.define(2, "network, loss"); L.define(6, "W1, b1, w2, b2, x, y")
W1 = sp.Matrix([[R("0.5"), R("0.25")], [R("-0.3"), R("0.4")], [R("0.2"), R("-0.1")]])
b1 = sp.Matrix([R("0.1"), R("0.2"), R("-0.05")]); w2 = sp.Matrix([R("1.2"), R("-0.7"), R("0.8")]); b2 = R("-0.1")
x = sp.Matrix([R("1.0"), R("-2.0")]); y = R("0.8")
relu = lambda v: v.applyfunc(lambda t: sp.Max(t, 0))
def forward(W, b, w, c):
    zz = W * x + b; hh = relu(zz); return zz, hh, (w.T * hh)[0] + c
zz, hh, yh = forward(W1, b1, w2, b2)
L.define(note="z"); L.step(zz == sp.Matrix([R("0.5") - R("0.5") + R("0.1"), R("-0.3") - R("0.8") + R("0.2"), R("0.2") + R("0.2") - R("0.05")]))
L.step(zz == sp.Matrix([R("0.1"), R("-0.9"), R("0.35")]))
L.define(note="h"); L.step(hh == sp.Matrix([R("0.1"), 0, R("0.35")]))
L.step(yh == R("1.2") * R("0.1") - R("0.7") * 0 + R("0.8") * R("0.35") - R("0.1")); L.step(yh == R("0.12") + R("0.28") - R("0.1")); L.step(yh == R("0.30"))
Lv = (yh - y) ** 2 / 2
L.step(Lv == (R("0.30") - y) ** 2 / 2); L.step(Lv == R("0.25") / 2); L.step(Lv == R("0.125"))
g = yh - y
L.define(note="g"); L.step(g == R("-0.5"))
L.step(True, note="dL/dw2 = g h"); L.step(g * hh == sp.Matrix([R("-0.05"), 0, R("-0.175")]))
L.step(True, note="dL/db2 = g"); L.step(g == R("-0.5"))
L.step(True, note="dL/dh = g w2"); L.step(g * w2 == sp.Matrix([R("-0.6"), R("0.35"), R("-0.4")]))
m = zz.applyfunc(lambda t: 1 if t > 0 else 0)
L.define(note="mask"); L.step(m == sp.Matrix([1, 0, 1]))
delta = (g * w2).multiply_elementwise(m)
L.step(True, note="delta = dL/dh * mask"); L.step(delta == sp.Matrix([R("-0.6"), 0, R("-0.4")]))
L.step(True, note="delta x^T"); L.step(delta * x.T == sp.Matrix([[R("-0.6"), R("1.2")], [0, 0], [R("-0.4"), R("0.8")]]))
L.step(True, note="dL/db1 = delta")
gx = W1.T * delta
L.step(True, note="W1^T delta")
L.step(gx == sp.Matrix([R("0.5") * R("-0.6") + R("0.2") * R("-0.4"), R("0.25") * R("-0.6") - R("0.1") * R("-0.4")]))
L.step(gx == sp.Matrix([R("-0.38"), R("-0.11")]))
# the paper's unmasked delta_2
L.step(delta[1] == (g * w2)[1], note="unit 2 is off"); L.step((g * w2)[1] == R("0.35"))
L.step(delta[1] * x.T == R("0.35") * x.T, carried=True); L.step(R("0.35") * x.T == sp.Matrix([[R("0.35"), R("-0.70")]]))
L.step(gx == sp.Matrix([R("-0.38") - R("0.3") * R("0.35"), R("-0.11") + R("0.4") * R("0.35")]),
       carried=gx + R("0.35") * W1[1, :].T == sp.Matrix([R("-0.38") - R("0.3") * R("0.35"), R("-0.11") + R("0.4") * R("0.35")]))
L.step(sp.Matrix([R("-0.38") - R("0.3") * R("0.35"), R("-0.11") + R("0.4") * R("0.35")]) == sp.Matrix([R("-0.485"), R("0.03")]))
L.step(zz[1] == R("-0.9")); L.step(R("-0.9") < 0)
eta = R("0.1")
L.define(note="eta")
w2n = w2 - eta * g * hh
L.define(note="w2 <- rule"); L.step(w2n == sp.Matrix([R("1.2") + R("0.005"), R("-0.7"), R("0.8") + R("0.0175")]))
L.step(w2n == sp.Matrix([R("1.205"), R("-0.7"), R("0.8175")]))
b2n = b2 - eta * g
L.step(b2n == R("-0.1") - R("0.1") * R("-0.5")); L.step(b2n == R("-0.05"))
W1n = W1 - eta * delta * x.T; b1n = b1 - eta * delta
L.define(note="W1 <- rule"); L.step(W1n == sp.Matrix([[R("0.56"), R("0.13")], [R("-0.3"), R("0.4")], [R("0.24"), R("-0.18")]]))
L.step(b1n == sp.Matrix([R("0.16"), R("0.2"), R("-0.01")]))
zn, hn, yn = forward(W1n, b1n, w2n, b2n)
L.step(zn == sp.Matrix([R("0.56") - R("0.26") + R("0.16"), R("-0.3") - R("0.8") + R("0.2"), R("0.24") + R("0.36") - R("0.01")]))
L.step(zn == sp.Matrix([R("0.46"), R("-0.9"), R("0.59")]))
L.step(hn == sp.Matrix([R("0.46"), 0, R("0.59")]))
L.step(yn == R("1.205") * R("0.46") + R("0.8175") * R("0.59") - R("0.05"))
L.step(substituted(yn, lambda p, q: p + q - R("0.05"), "~0.5543", "~0.4823") and rounds("0.4823", R("0.8175") * R("0.59")))
L.step(R("0.5543") + R("0.4823") - R("0.05") == R("0.9966"))
Ln = (yn - y) ** 2 / 2
L.step(substituted(Ln, lambda p: (p - y) ** 2 / 2, "~0.9966"), carried=True)
L.step(R("0.9966") - y == R("0.1966")); L.step(rounds("0.0193", R("0.1966") ** 2 / 2))
L.step(R("0.5543") + R("0.4823") - R("0.05") == R("0.9866"))
L.step(substituted(Ln, lambda p: p ** 2 / 2, "~0.1866") and rounds("0.1866", yn - y)); L.step(rounds("0.0174", R("0.1866") ** 2 / 2, Ln))
# logistic regression
L.define(note="p"); L.define(3, "ell, J, z")
zs = sp.symbols("z", real=True); ys = sp.symbols("y", positive=True)
sig = lambda t: 1 / (1 + sp.exp(-t))
L.step(same(sp.diff(sp.log(sig(zs)), zs), 1 - sig(zs), positive=False))
L.step(same(sp.diff(sp.log(1 - sig(zs)), zs), -sig(zs), positive=False))
ell = -ys * sp.log(sig(zs)) - (1 - ys) * sp.log(1 - sig(zs))
L.step(same(sp.diff(ell, zs), -ys * (1 - sig(zs)) + (1 - ys) * sig(zs), positive=False))
L.step(same(sp.diff(ell, zs), sig(zs) - ys, positive=False))
L.step(True, note="dz/dw = x, averaged")
L.step(same(sp.diff(ell, zs), ys - sig(zs), positive=False), note="sign"); L.step(same(sp.diff(ell, zs), ys - sig(zs), positive=False), note="sign")
L.define(6, "data"); L.define(2, "w, b")
Xs = [(1, 2), (2, -1), (-1, 1)]; Ys = [1, 0, 1]; w = (R("0.5"), R("-0.25")); b = R("0.1")
zi = [w[0] * a + w[1] * c + b for a, c in Xs]; pi = [sig(t) for t in zi]
L.define(note="p_i = sigma(z_i) header")
L.step(zi[0] == R("0.5") - R("0.5") + R("0.1") and zi[0] == R("0.1")); L.step(rounds("0.5250", pi[0]))
L.step(zi[1] == R("1.0") + R("0.25") + R("0.1") and zi[1] == R("1.35")); L.step(rounds("0.7941", pi[1]))
L.step(zi[2] == R("-0.5") - R("0.25") + R("0.1") and zi[2] == R("-0.65")); L.step(rounds("0.3430", pi[2]))
gw = [sum((pi[i] - Ys[i]) * Xs[i][k] for i in range(3)) / 3 for k in range(2)]
gb = sum(pi[i] - Ys[i] for i in range(3)) / 3
p_ = ["~0.5250", "~0.7941", "~0.3430"]
fw = lambda k: (lambda q0, q1, q2: sum(([q0, q1, q2][i] - Ys[i]) * Xs[i][k] for i in range(3)) / 3)
L.step(substituted(gw[0], fw(0), *p_)); L.step(R("-0.4750") + R("1.5882") + R("0.6570") == R("1.7702")); L.step(rounds("0.5901", R("1.7702") / 3))
L.step(substituted(gw[1], fw(1), *p_)); L.step(R("-0.9500") - R("0.7941") - R("0.6570") == R("-2.4001")); L.step(rounds("-0.8000", R("-2.4001") / 3))
L.step(substituted(gb, lambda q0, q1, q2: (q0 - 1 + q1 + q2 - 1) / 3, *p_)); L.step(R("-0.4750") + R("0.7941") - R("0.6570") == R("-0.3379"))
L.step(rounds("-0.1126", R("-0.3379") / 3))
J = -(sp.log(pi[0]) + sp.log(1 - pi[1]) + sp.log(pi[2])) / 3
L.step(substituted(J, lambda q0, q1, q2: -(sp.log(q0) + sp.log(1 - q1) + sp.log(q2)) / 3, *p_))
L.step(rounds("-0.6444", sp.log(R("0.5250"))) and rounds("-1.5804", sp.log(1 - R("0.7941"))) and rounds("-1.0700", sp.log(R("0.3430"))))
L.step(rounds("1.0983", (R("0.6444") + R("1.5804") + R("1.0700")) / 3))
L.define(note="eta = 1")
L.step(substituted(w[0] - gw[0], lambda c: w[0] - c, "~0.5901") and substituted(w[1] - gw[1], lambda c: w[1] - c, "~-0.8000"),
       carried=substituted(w[0] - gw[0], lambda c: w[0] - c, "~0.5901"))
L.step(R("0.5") - R("0.5901") == R("-0.0901") and R("-0.25") + R("0.8000") == R("0.5500"))
L.step(substituted(b - gb, lambda c: b - c, "~-0.1126")); L.step(R("0.1") + R("0.1126") == R("0.2126"))
# Adam
th = sp.symbols("theta", real=True)
L.define(note="f"); L.step(sp.diff(th ** 2, th) == 2 * th); L.define(3, "theta0, alpha, beta1"); L.define(3, "beta2, m0 = v0 = 0")
L.define(5, "Adam rules")
al, B1, B2 = R("0.1"), R("0.9"), R("0.999")
def adam(T):
    t_, m_, v_ = sp.Integer(1), sp.Integer(0), sp.Integer(0); out = []
    for k in range(1, T + 1):
        gk = 2 * t_; m_ = B1 * m_ + (1 - B1) * gk; v_ = B2 * v_ + (1 - B2) * gk ** 2
        mh, vh = m_ / (1 - B1 ** k), v_ / (1 - B2 ** k); t_ = t_ - al * mh / sp.sqrt(vh)
        out.append((gk, m_, v_, mh, vh, t_))
    return out
s1, s2 = adam(2)
L.step(s1[0] == 2); L.step(s1[1] == R("0.1") * 2); L.step(s1[1] == R("0.2")); L.step(s1[2] == R("0.001") * 4); L.step(s1[2] == R("0.004"))
L.step(s1[3] == R("0.2") / R("0.1")); L.step(s1[3] == 2); L.step(s1[4] == R("0.004") / R("0.001")); L.step(s1[4] == 4)
L.step(s1[5] == 1 - R("0.1") * 2 / sp.sqrt(4)); L.step(s1[5] == R("0.9"))
L.step(s2[0] == 2 * R("0.9")); L.step(s2[0] == R("1.8"))
L.step(s2[1] == R("0.9") * R("0.2") + R("0.1") * R("1.8")); L.step(s2[1] == R("0.18") + R("0.18")); L.step(s2[1] == R("0.36"))
L.step(s2[3] == R("0.36") / (1 - R("0.9") ** 2)); L.step(s2[3] == R("0.36") / R("0.19")); L.step(rounds("1.8947", s2[3]))
L.step(s2[2] == R("0.999") * R("0.004") + R("0.001") * R("3.24")); L.step(s2[2] == R("0.003996") + R("0.00324")); L.step(s2[2] == R("0.007236"))
L.step(s2[4] == R("0.007236") / (1 - R("0.999")), note="1 - beta2^2"); L.step(R("0.007236") / (1 - R("0.999")) == R("7.236"))
L.step(substituted(s2[5], lambda c: R("0.9") - R("0.1") * c / sp.sqrt(R("7.236")), "~1.8947"), carried=True)
L.step(substituted(R("0.9") - R("0.1") * R("1.8947") / sp.sqrt(R("7.236")), lambda c: R("0.9") - R("0.1") * R("1.8947") / c, "~2.6900"))
L.step(rounds("0.0704", R("0.1") * R("1.8947") / R("2.6900"))); L.step(R("0.9") - R("0.0704") == R("0.8296"))
L.step(rounds("0.8004", s2[5]))
L.step(s2[4] == R("0.007236") / (1 - R("0.999") ** 2)); L.step(1 - R("0.999") ** 2 == R("0.001999")); L.step(rounds("3.6198", R("0.007236") / R("0.001999")))
L.step(rounds("1.9026", sp.sqrt(R("3.6198"))))
L.step(substituted(s2[5], lambda p, q: R("0.9") - R("0.1") * p / q, "~1.8947", "~1.9026"))
L.step(rounds("0.0996", R("0.1") * R("1.8947") / R("1.9026"))); L.step(R("0.9") - R("0.0996") == R("0.8004"))
nc = 1 - al * s1[1] / sp.sqrt(s1[2])
L.step(nc == 1 - R("0.1") * R("0.2") / sp.sqrt(R("0.004"))); L.step(rounds("0.3162", R("0.1") * R("0.2") / sp.sqrt(R("0.004"))))
L.step(1 - R("0.3162") == R("0.6838"))
# momentum
L.define(5, "f, theta0, eta, beta, u0"); L.define(2, "momentum rules")
eta, beta = R("0.1"), R("0.9")
L.step(same(th - eta * 2 * th, (1 - 2 * eta) * th, positive=False)); L.step(1 - 2 * eta == R("0.8"))
L.step(R("0.8") ** 4 == (1 - 2 * eta) ** 4); L.step(R("0.8") ** 4 == R("0.4096"))
us, ts = [sp.Integer(0)], [sp.Integer(1)]
for k in range(4):
    us.append(beta * us[-1] + 2 * ts[-1]); ts.append(ts[-1] - eta * us[-1])
L.step(us[1] == R("0.9") * 0 + 2 and us[1] == 2); L.step(ts[1] == 1 - R("0.2") and ts[1] == R("0.8"))
L.step(2 * ts[1] == R("1.6")); L.step(us[2] == R("0.9") * 2 + R("1.6") and us[2] == R("3.4")); L.step(ts[2] == R("0.8") - R("0.34") and ts[2] == R("0.46"))
L.step(2 * ts[2] == R("0.92")); L.step(us[3] == R("0.9") * R("3.4") + R("0.92") and us[3] == R("3.98"))
L.step(R("0.46") - R("0.398") == R("0.072"))
L.step(2 * R("0.072") == R("0.144")); L.step(R("0.9") * R("3.98") + R("0.144") == R("3.726")); L.step(R("0.072") - R("0.3726") == R("-0.3006"))
L.define(note="t = 4"); L.step(ts[4] == R("-0.3006"), carried=True)
L.step(ts[4] == R("-0.3086")); L.step(R("0.46") - R("0.398") == R("0.062")); L.step(2 * ts[3] == R("0.124"))
L.step(us[4] == R("3.582") + R("0.124") and R("0.9") * R("3.98") == R("3.582")); L.step(us[4] == R("3.706"))
L.step(ts[4] == R("0.062") - R("0.3706")); L.step(ts[4] == R("-0.3086"))
lam = sp.symbols("lambda")
L.define(2, "characteristic equation, general and with the numbers")
roots = sp.solve(lam ** 2 - (1 + beta - 2 * eta) * lam + beta, lam)
L.step(all(not r.is_real for r in roots) and all(abs(sp.N(abs(r)) - sp.N(sp.sqrt(R("0.9")))) < 1e-20 for r in roots)
       and rounds("0.9487", sp.sqrt(R("0.9"))))
# the recursion behind the characteristic equation
assert all(ts[k] == (1 + beta - 2 * eta) * ts[k - 1] - beta * ts[k - 2] for k in range(2, 5))
L.done()
