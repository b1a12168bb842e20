"""Labels for qa_acceptance_test_report_forward_mode_relu_net_logistic_sgd_momentum_adam.tex: a software
QA acceptance test report for an autodiff library (hand oracles against library output, results tables
of bare values, a defect log, a re-test section): dual-number rules and two dual evaluations; a
forward-mode trace of sin(x1 x2) + x1^2 - ln x2 at (0.9, 1.6) with two tangent sweeps, the closed forms
and a directional sweep; a 2-3-1 ReLU net (forward, g, L, output gradients, mask, delta, dL/dW1,
W1^T delta, an SGD step on every parameter and a second forward pass); logistic regression (dl/dz,
the gradient, numbers, the loss, a step); SGD on (wx - y)^2, heavy-ball momentum in a table, Adam for
two steps and the uncorrected first step.
Slips: the recip docstring's sign; h's tangent 2.4713 (digits transposed; fixed in the re-test); the
sine tangent with a minus sign (carried into the sums of the first sweep; fixed); the ReLU mask
skipped (carried into dL/dW1 and the input gradient; fixed); -0.4 + 0.3645 written -0.0455 (carried
into z_2' and p_2'); the momentum velocity 4.86 - 2.16 written 2.80 (carried into theta_4)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch51/qa_acceptance_test_report_forward_mode_relu_net_logistic_sgd_momentum_adam.tex")
a, da, b, db, e = sp.symbols("a a1 b b1 epsilon", real=True)


def dual(expr):
    """(value, tangent) of expr in epsilon with epsilon^2 = 0."""
    s = sp.series(expr, e, 0, 2).removeO()
    return sp.simplify(s.coeff(e, 0)), sp.simplify(s.coeff(e, 1))


def rule(lhs, v, t):
    V, T = dual(lhs)
    return same(V, v, positive=True) and same(T, t, positive=True)


# TC-01
L.define(note="epsilon^2 = 0")
L.step(sp.expand((a + da * e) * (b + db * e)).subs(e ** 2, 0) == sp.expand(a * b + (da * b + a * db) * e))
L.step(rule(sp.exp(a + da * e), sp.exp(a), da * sp.exp(a))); L.step(rule(sp.sin(a + da * e), sp.sin(a), da * sp.cos(a)))
L.step(rule(sp.cos(a + da * e), sp.cos(a), da * sp.sin(a)), note="-a' sin a")
L.step(rule(sp.log(a + da * e), sp.log(a), da / a)); L.step(rule(1 / (a + da * e), 1 / a, -da / a ** 2))
L.step(rule(1 / (a + da * e), 1 / a, da / a ** 2), note="minus")
x = sp.symbols("x", real=True)
g = x ** 3 - 2 * x
L.define(2, "g, x = 1.5 + eps")
L.step(sp.expand((R("1.5") + e) ** 3).subs(e ** 3, 0).subs(e ** 2, 0) == R("3.375") + 3 * R("2.25") * e)
L.step(R("3.375") + 3 * R("2.25") * e == R("3.375") + R("6.75") * e)
L.step(dual(g.subs(x, R("1.5") + e)) == dual(R("3.375") + R("6.75") * e - 3 - 2 * e))
L.step(sp.expand(R("3.375") + R("6.75") * e - 3 - 2 * e) == R("0.375") + R("4.75") * e)
L.step(g.subs(x, R("1.5")) == R("0.375")); L.step(sp.diff(g, x).subs(x, R("1.5")) == 3 * R("1.5") ** 2 - 2); L.step(3 * R("1.5") ** 2 - 2 == R("4.75"))
L.define(note="h(x) = x e^x")
hx = x * sp.exp(x)
L.step(dual(hx.subs(x, R("0.5") + e)) == dual((R("0.5") + e) * (sp.exp(R("0.5")) + sp.exp(R("0.5")) * e)))
L.step(dual((R("0.5") + e) * (sp.exp(R("0.5")) + sp.exp(R("0.5")) * e)) == (R("0.5") * sp.exp(R("0.5")), R("1.5") * sp.exp(R("0.5"))))
L.step(rounds("0.8244", R("0.5") * sp.exp(R("0.5"))) and rounds("2.4713", R("1.5") * sp.exp(R("0.5"))), note="2.4731")

# TC-02
x1, x2 = R("0.9"), R("1.6")
L.define(2, "f, the point")
L.define(4, "inputs")
v1 = x1 * x2; v2 = sp.sin(v1); v3 = x1 ** 2; v4 = sp.log(x2); v5 = v2 + v3; v6 = v5 - v4
L.define(); L.step(v1 == R("1.44")); L.define(); L.step(rounds("0.9915", v2)); L.define(); L.step(v3 == R("0.81"))
L.define(); L.step(rounds("0.4700", v4)); L.define(); L.step(rounds("1.8015", v5, R("0.9915") + R("0.81")))
L.define(); L.step(rounds("1.3315", v6, R("1.8015") - R("0.4700")))
L.step(True, note="f = v_6"); L.step(rounds("1.3315", v6))
c = sp.cos(v1)
L.step(rounds("0.1304", c)); L.define(2, "seed (1, 0)")
dfx1 = x2 * c + 2 * x1; dfx2 = x1 * c - 1 / x2
L.step(True, note="product rule tangent"); L.step(1 * R("1.6") + R("0.9") * 0 == x2); L.step(R("1.6") == x2)
L.step(False, note="the sine tangent is +cos v1 dv1")
L.step(substituted(-c * x2, lambda u: -u * R("1.6"), "~0.1304"), note="between the members")
L.step(rounds("-0.2087", -c * x2, -R("0.1304") * R("1.6")))
L.step(True, note="2 v dv"); L.step(2 * x1 * 1 == R("2") * R("0.9") * 1); L.step(2 * R("0.9") == R("1.8"))
L.step(True, note="d ln = dv/v"); L.step(0 / x2 == 0)
L.step(True, note="sum rule")
L.step(substituted(c * x2 + 2 * x1, lambda u: u + R("1.8"), "~-0.2087"), carried=substituted(-c * x2 + 2 * x1, lambda u: u + R("1.8"), "~-0.2087"))
L.step(R("-0.2087") + R("1.8") == R("1.5913"))
L.step(True, note="difference rule")
L.step(substituted(dfx1, lambda u: u - 0, "~1.5913"), carried=True)
L.step(R("1.5913") - 0 == R("1.5913"))
L.define(2, "seed (0, 1)")
L.step(x1 * 1 == 0 * R("1.6") + R("0.9") * 1); L.step(0 * R("1.6") + R("0.9") * 1 == R("0.9"))
L.step(True, note="sine tangent"); L.step(substituted(c * x1, lambda u: u * R("0.9"), "~0.1304")); L.step(rounds("0.1174", c * x1, R("0.1304") * R("0.9")))
L.step(True, note="dv3 = 2 v dv = 2(0.9)(0)"); L.step(2 * R("0.9") * 0 == 0)
L.step(True, note="dv4 = dv0/v0"); L.step(1 / x2 == 1 / R("1.6")); L.step(1 / R("1.6") == R("0.625"))
L.step(substituted(c * x1, lambda u: u + 0, "~0.1174")); L.step(R("0.1174") + 0 == R("0.1174"))
L.step(substituted(dfx2, lambda u: u - R("0.625"), "~0.1174")); L.step(rounds("-0.5076", R("0.1174") - R("0.625"), dfx2))
X1, X2 = sp.symbols("X1 X2", positive=True)
F = sp.sin(X1 * X2) + X1 ** 2 - sp.log(X2)
L.step(same(sp.diff(F, X2), X1 * sp.cos(X1 * X2) - 1 / X2))
L.step(substituted(dfx2, lambda u: R("0.9") * u - R("0.625"), "~0.1304")); L.step(rounds("-0.5076", R("0.9") * R("0.1304") - R("0.625"), dfx2))

# TC-03
L.define(4, "z, h, yhat, L"); L.define(6, "fixture")
xv = [R("0.5"), R("-1.2")]; y = R("1.5")
W1 = [[R("0.4"), R("-0.3")], [R("-0.6"), R("0.5")], [R("0.2"), R("-0.7")]]; b1 = [R("0.1"), R("0.2"), R("-0.3")]
w2 = [R("0.5"), R("-0.4"), R("0.9")]; b2 = R("0.1")
z = [W1[i][0] * xv[0] + W1[i][1] * xv[1] + b1[i] for i in range(3)]
L.step(z[0] == R("0.4") * R("0.5") - R("0.3") * R("-1.2") + R("0.1")); L.step(z[0] == R("0.2") + R("0.36") + R("0.1")); L.step(z[0] == R("0.66"))
L.step(z[1] == R("-0.6") * R("0.5") + R("0.5") * R("-1.2") + R("0.2")); L.step(z[1] == R("-0.3") - R("0.6") + R("0.2")); L.step(z[1] == R("-0.7"))
L.step(z[2] == R("0.2") * R("0.5") - R("0.7") * R("-1.2") - R("0.3")); L.step(z[2] == R("0.1") + R("0.84") - R("0.3")); L.step(z[2] == R("0.64"))
h = [max(t, 0) for t in z]
L.step(z == [R("0.66"), R("-0.7"), R("0.64")]); L.step(h == [R("0.66"), 0, R("0.64")])
yh = sum(w2[i] * h[i] for i in range(3)) + b2
L.step(yh == R("0.5") * R("0.66") - R("0.4") * 0 + R("0.9") * R("0.64") + R("0.1")); L.step(yh == R("0.33") + R("0.576") + R("0.1")); L.step(yh == R("1.006"))
gg = yh - y
L.define(note="g :="); L.step(gg == R("1.006") - R("1.5")); L.step(gg == R("-0.494"))
L.step(gg ** 2 / 2 == R("-0.494") ** 2 / 2); L.step(rounds("0.1220", gg ** 2 / 2))
L.step(True, note="dL/dw2 = g h"); L.step(rounds("-0.3260", gg * h[0]) and gg * h[1] == 0 and rounds("-0.3162", gg * h[2]))
L.step(True, note="dL/db2 = g"); L.step(gg == R("-0.494"))
L.step(True, note="dL/dh = g w2"); L.step([gg * t for t in w2] == [R("-0.247"), R("0.1976"), R("-0.4446")])
m = [1 if t > 0 else 0 for t in z]
L.define(note="mask"); L.step(m == [1, 0, 1])
delta = [gg * w2[i] * m[i] for i in range(3)]
L.define(note="delta := dL/dz"); L.step(delta == [gg * t for t in w2], note="mask skipped"); L.step(True, note="dL/dh = (...)")
L.step(True, note="dL/dW1 = delta x^T")
L.step(delta[1] * xv[0] == R("0.0988"), carried=R("0.1976") * xv[0] == R("0.0988") and R("0.1976") * xv[1] == R("-0.23712")
       and rounds("-0.1235", R("-0.247") * xv[0]) and rounds("0.5335", R("-0.4446") * xv[1]))
L.step(True, note="dL/db1 = delta")
gx = [sum(W1[i][j] * delta[i] for i in range(3)) for j in range(2)]
L.step(True, note="grad_x = W1^T delta")
L.step(gx[0] == R("0.4") * R("-0.247") - R("0.6") * R("0.1976") + R("0.2") * R("-0.4446"), carried=True)
L.step(rounds("-0.3063", R("0.4") * R("-0.247") - R("0.6") * R("0.1976") + R("0.2") * R("-0.4446"))
       and rounds("0.4841", R("-0.3") * R("-0.247") + R("0.5") * R("0.1976") - R("0.7") * R("-0.4446")))

# TC-04
L.define(2, "loss, p_i"); L.define(note="z = w^T x")
zz, yy = sp.symbols("z y", real=True)
s = 1 / (1 + sp.exp(-zz))
lz = -yy * sp.log(s) - (1 - yy) * sp.log(1 - s)
L.step(same(sp.diff(lz, zz), -yy * (1 - s) + (1 - yy) * s, positive=False)); L.step(same(-yy * (1 - s) + (1 - yy) * s, s - yy, positive=False))
L.step(True, note="chain rule dz/dw = x"); L.step(True, note="sum = X^T (p - y)")
L.define(2, "fixture")
Xr = [(1, R("0.5")), (1, R("-1.0")), (1, R("2.0"))]; Y = [1, 0, 1]; w = [R("0.2"), R("-0.4")]
zs = [w[0] * u + w[1] * t for u, t in Xr]
L.step(zs == [R("0.2") - R("0.2"), R("0.2") + R("0.4"), R("0.2") - R("0.8")]); L.step(zs == [0, R("0.6"), R("-0.6")])
sig = lambda t: 1 / (1 + sp.exp(-t))
p = [sig(t) for t in zs]
L.step(True, note="p = sigma(z)"); L.step(p[0] == R("0.5") and rounds("0.6457", p[1]) and rounds("0.3543", p[2]))
L.step(rounds("-0.5", p[0] - 1) and rounds("0.6457", p[1]) and rounds("-0.6457", p[2] - 1))
grad = [sum((p[i] - Y[i]) * Xr[i][k] for i in range(3)) / 3 for k in range(2)]
L.step(substituted(grad[1], lambda u, t: (-R("0.25") - u - 2 * t) / 3, "~0.6457", "~0.6457") and grad[0] == (R("-0.5") + p[1] + p[2] - 1) / 3)
L.step(rounds("-2.1871", -R("0.25") - R("0.6457") - R("1.2914")))
L.step(rounds("-0.1667", grad[0]) and rounds("-0.7290", grad[1], R("-2.1871") / 3))
nll = -(sp.log(p[0]) + sp.log(1 - p[1]) + sp.log(p[2])) / 3
L.step(substituted(nll, lambda u, t: -(sp.log(R("0.5")) + sp.log(u) + sp.log(t)) / 3, "~0.3543", "~0.3543"))
L.step(substituted(nll, lambda u, t, r: (u + t + r) / 3, "~0.6931", "~1.0375", "~1.0375"))
L.step(rounds("0.9227", (R("0.6931") + 2 * R("1.0375")) / 3, nll))
L.define(note="S = diag(p(1 - p))")
sv = [t * (1 - t) for t in p]
Xm = sp.Matrix([[u, t] for u, t in Xr]); XSX = Xm.T * sp.diag(*sv) * Xm
L.step(True, note="Hessian of the mean loss (1/n) X^T S X"); L.step(abs(sp.N(sv[1] - sv[2], 40)) < 1e-30)
L.step(substituted(sv[1], lambda u, t: u * t, "~0.6457", "~0.3543")); L.step(rounds("0.2288", sv[1], R("0.6457") * R("0.3543")))
L.step(False, note="drops 1/n: the Hessian of the mean loss is X^T S X / 3")
L.step(substituted(XSX[0, 0], lambda u: R("0.25") + 2 * u, "~0.2288") and substituted(XSX[0, 1], lambda u: R("0.125") + u, "~0.2288")
       and substituted(XSX[1, 1], lambda u: R("0.0625") + 5 * u, "~0.2288"))
L.step(rounds("0.7076", XSX[0, 0]) and rounds("0.3538", XSX[0, 1]) and rounds("1.2064", XSX[1, 1]))
L.step(substituted((XSX / 3).det(), lambda u, t, r: u * t - r ** 2, "~0.7076", "~1.2064", "~0.3538"),
       carried=substituted(XSX.det(), lambda u, t, r: u * t - r ** 2, "~0.7076", "~1.2064", "~0.3538"))
L.step(rounds("0.7285", R("0.7076") * R("1.2064") - R("0.3538") ** 2, XSX.det()))
L.define(2, "eta, rule")
wn = [w[k] - grad[k] / 2 for k in range(2)]
L.step(substituted(wn[0], lambda u: R("0.2") + u, "~0.0833") and substituted(wn[1], lambda u: R("-0.4") + u, "~0.3645"))
L.step(rounds("0.2833", wn[0]) and rounds("-0.0455", wn[1]), note="-0.0355")
L.define(note="z_2' = w0' - w1'")
L.step(substituted(wn[0] - wn[1], lambda u, t: u + t, "~0.2833", "~0.0455"), carried=True); L.step(R("0.2833") + R("0.0455") == R("0.3288"))
L.step(substituted(sig(wn[0] - wn[1]), lambda u: sig(u), "~0.3288"), carried=True); L.step(rounds("0.5815", sig(R("0.3288"))))

# TC-05 (a)
L.define(5, "l, x, y, w0, eta")
W = sp.symbols("w", real=True)
ell = (W * 2 - 3) ** 2
L.step(same(sp.diff(ell, W), 2 * (W * 2 - 3) * 2, positive=False)); L.define(note="rule")
step = lambda wv: wv - R("0.05") * sp.diff(ell, W).subs(W, wv)
L.step(step(R("0.5")) == R("0.5") - R("0.05") * 2 * (1 - 3) * 2); L.step(R("0.5") - R("0.05") * 2 * (1 - 3) * 2 == R("0.5") + R("0.4")); L.step(step(R("0.5")) == R("0.9"))
L.step(step(R("0.9")) == R("0.9") - R("0.05") * 2 * (R("1.8") - 3) * 2); L.step(R("0.9") - R("0.05") * 2 * (R("1.8") - 3) * 2 == R("0.9") + R("0.24")); L.step(step(R("0.9")) == R("1.14"))
L.step(sp.solve(sp.diff(ell, W), W) == [R("1.5")]); L.step(R("3") / 2 == R("1.5"))
L.step(sp.expand(step(W) - R("1.5") - (1 - 2 * R("0.05") * 4) * (W - R("1.5"))) == 0 and 1 - 2 * R("0.05") * 4 == 1 - R("0.4")); L.step(1 - R("0.4") == R("0.6"))
L.step(abs(R("1.14") - R("1.5")) == R("0.36")); L.step(R("0.36") == R("0.6") ** 2 * abs(R("0.5") - R("1.5")))
# (b) heavy ball, f = 2 theta^2
L.define(5, "f, theta0, v0, eta, beta"); L.define(2, "rules")
th, v = R("1"), R("0")
rows = []
for t in range(4):
    gr = 4 * th; vn = R("0.9") * v + gr; tn = th - R("0.1") * vn
    rows.append((th, gr, v, vn, tn)); th, v = tn, vn
L.step(rows[0][1] == 4 * 1); L.step(rows[0][1] == 4); L.step(rows[0][3] == R("0.9") * 0 + 4); L.step(rows[0][3] == 4); L.step(rows[0][4] == 1 - R("0.1") * 4); L.step(rows[0][4] == R("0.6"))
L.step(rows[1][1] == 4 * R("0.6")); L.step(rows[1][1] == R("2.4")); L.step(rows[1][3] == R("0.9") * 4 + R("2.4")); L.step(rows[1][3] == R("6.0")); L.step(rows[1][4] == R("0.6") - R("0.1") * R("6.0")); L.step(rows[1][4] == 0)
L.step(rows[2][1] == 4 * 0); L.step(rows[2][1] == 0); L.step(rows[2][3] == R("0.9") * R("6.0") + 0); L.step(rows[2][3] == R("5.4")); L.step(rows[2][4] == 0 - R("0.1") * R("5.4")); L.step(rows[2][4] == R("-0.54"))
L.step(rows[3][1] == 4 * R("-0.54")); L.step(rows[3][1] == R("-2.16")); L.step(rows[3][3] == R("0.9") * R("5.4") - R("2.16"))
L.step(R("0.9") * R("5.4") - R("2.16") == R("2.80"), note="2.70")
L.step(rows[3][4] == R("-0.54") - R("0.1") * R("2.80"), carried=True); L.step(R("-0.54") - R("0.1") * R("2.80") == R("-0.82"))
L.step(4 * rows[3][4] == 4 * R("-0.82"), carried=True); L.step(4 * R("-0.82") == R("-3.28"))
L.step(1 - 4 * R("0.1") == R("0.6")); L.step(R("0.6") ** 4 == R("0.6") ** 4); L.step(R("0.6") ** 4 == R("0.1296"))
L.define(note="eta < 2/4"); L.step(R(2) / 4 == R("0.5"))
# (c) Adam on (theta - 2)^2
L.define(6, "f, theta0, eta, beta1, beta2, eps"); L.define(5, "rules")
b1_, b2_, eta, eps = R("0.9"), R("0.999"), R("0.1"), R("1e-8")
t0 = R(0); g1 = 2 * (t0 - 2); m1 = (1 - b1_) * g1; v1_ = (1 - b2_) * g1 ** 2; mh1 = m1 / (1 - b1_); vh1 = v1_ / (1 - b2_)
th1 = t0 - eta * mh1 / (sp.sqrt(vh1) + eps)
L.step(g1 == 2 * (0 - 2)); L.step(g1 == -4); L.step(m1 == R("0.1") * -4); L.step(m1 == R("-0.4")); L.step(v1_ == R("0.001") * 16); L.step(v1_ == R("0.016"))
L.step(mh1 == R("-0.4") / R("0.1")); L.step(mh1 == -4); L.step(vh1 == R("0.016") / R("0.001")); L.step(vh1 == 16)
L.step(th1 == 0 - R("0.1") * (-4) / (4 + eps)); L.step(rounds("0.1000", th1))
g2 = 2 * (th1 - 2); m2 = b1_ * m1 + (1 - b1_) * g2; v2_ = b2_ * v1_ + (1 - b2_) * g2 ** 2
mh2 = m2 / (1 - b1_ ** 2); vh2 = v2_ / (1 - b2_ ** 2); th2 = th1 - eta * mh2 / (sp.sqrt(vh2) + eps)
# theta_1 as written in step 1
L.step(substituted(g2, lambda u: 2 * (u - 2), "~0.1000")); L.step(rounds("-3.8", g2))
L.step(substituted(m2, lambda u: R("0.9") * R("-0.4") + R("0.1") * u, "~-3.8")); L.step(rounds("-0.74", m2))
L.step(substituted(v2_, lambda u: R("0.999") * R("0.016") + R("0.001") * u, "~14.44")); L.step(R("0.999") * R("0.016") == R("0.015984") and R("0.001") * R("14.44") == R("0.01444"))
L.step(rounds("0.030424", v2_, R("0.015984") + R("0.01444")))
L.step(substituted(mh2, lambda u: u / (1 - R("0.81")), "~-0.74") and R("0.9") ** 2 == R("0.81")); L.step(rounds("-3.8947", R("-0.74") / R("0.19"), mh2))
L.step(substituted(vh2, lambda u: u / (1 - R("0.998001")), "~0.030424") and R("0.999") ** 2 == R("0.998001")); L.step(rounds("15.2196", vh2, R("0.030424") / R("0.001999")))
L.step(rounds("3.9021", sp.sqrt(vh2), sp.sqrt(R("15.2196"))), note="3.9012")
# a substitution is right when its numbers are roundings of the right quantities; 3.9021 is not one of sqrt(v2hat)
L.step(rounds("0.1000", th1) and rounds("-3.8947", mh2) and rounds("3.9021", sp.sqrt(vh2)), carried=True)
L.step(substituted(th2, lambda u, r: u + r, "~0.1000", "~0.0998") and rounds("0.0998", R("0.1") * R("3.8947") / R("3.9021")))
L.step(rounds("0.1998", R("0.1") + R("0.0998"), th2))
L.step(substituted(eta * abs(m1) / sp.sqrt(v1_), lambda u: R("0.1") * R("0.4") / u, "~0.1265")); L.step(rounds("0.3162", R("0.04") / R("0.1265"), eta * abs(m1) / sp.sqrt(v1_)))
L.step(eta * (1 - b1_) / sp.sqrt(1 - b2_) == R("0.1") * R("0.1") / sp.sqrt(R("0.001")) and sp.simplify(eta * abs(m1) / sp.sqrt(v1_) - eta * (1 - b1_) / sp.sqrt(1 - b2_)) == 0)
L.step(rounds("0.3162", R("0.01") / sp.sqrt(R("0.001"))))
G = sp.symbols("G", positive=True)
L.step(sp.simplify(abs((1 - b1_) * G / (1 - b1_)) / sp.sqrt((1 - b2_) * G ** 2 / (1 - b2_)) - 1) == 0); L.step(True, note="|g|/|g| = 1")

# re-test
L.step(rounds("2.4731", R("1.5") * sp.exp(R("0.5"))))
u_ = sp.symbols("u", real=True)
L.step(sp.diff(sp.sin(u_), u_) == sp.cos(u_))
dv2 = c * x2
L.step(True, note="sine tangent"); L.step(substituted(dv2, lambda q: q * R("1.6"), "~0.1304")); L.step(rounds("0.2087", dv2))
L.step(substituted(dfx1, lambda q: q + R("1.8"), "~0.2087")); L.step(R("0.2087") + R("1.8") == R("2.0087"))
L.step(substituted(dfx1, lambda q: q - 0, "~2.0087")); L.step(R("2.0087") - 0 == R("2.0087"))
L.step(same(sp.diff(F, X1), X2 * sp.cos(X1 * X2) + 2 * X1))
L.step(substituted(dfx1, lambda q: R("1.6") * q + R("1.8"), "~0.1304")); L.step(rounds("2.0086", R("1.6") * R("0.1304") + R("1.8"), dfx1))
L.define(note="u = (0.6, 0.8)")
ud = R("0.6") * x2 + x1 * R("0.8")
L.step(ud == R("0.6") * R("1.6") + R("0.9") * R("0.8")); L.step(ud == R("1.68"))
L.step(substituted(c * ud, lambda q: q * R("1.68"), "~0.1304")); L.step(rounds("0.2191", c * ud, R("0.1304") * R("1.68")))
L.step(2 * x1 * R("0.6") == 2 * R("0.9") * R("0.6")); L.step(2 * R("0.9") * R("0.6") == R("1.08"))
L.step(R("0.8") / x2 == R("0.8") / R("1.6")); L.step(R("0.8") / R("1.6") == R("0.5"))
dd = R("0.6") * dfx1 + R("0.8") * dfx2
L.step(substituted(dd, lambda q: q + R("1.08") - R("0.5"), "~0.2191")); L.step(R("0.2191") + R("1.08") - R("0.5") == R("0.7991"))
L.step(substituted(dd, lambda q, r: R("0.6") * q + R("0.8") * r, "~2.0087", "~-0.5076"))
L.step(substituted(dd, lambda q, r: q - r, "~1.2052", "~0.4061") and rounds("1.2052", R("0.6") * R("2.0087")) and rounds("0.4061", R("0.8") * R("0.5076")))
L.step(rounds("0.7991", R("1.2052") - R("0.4061"), dd))
L.define(note="z_j <= 0")
L.step(True, note="delta = dL/dh * m"); L.step(delta == [R("-0.247"), 0, R("-0.4446")])
L.step(True, note="dL/dW1 = delta x^T")
L.step(all(rounds(s_, delta[i] * xv[j]) for (i, j), s_ in {(0, 0): "-0.1235", (0, 1): "0.2964", (1, 0): "0", (1, 1): "0", (2, 0): "-0.2223", (2, 1): "0.5335"}.items()))
L.step(True, note="grad_x = W1^T delta")
L.step(substituted(gx[0], lambda q, r: -q - r, "~0.0988", "~0.0889") and substituted(gx[1], lambda q, r: q + r, "~0.0741", "~0.3112"))
L.step(rounds("-0.1877", gx[0], R("-0.0988") - R("0.0889")) and rounds("0.3853", gx[1], R("0.0741") + R("0.3112")))
L.define(2, "eta, SGD rule")
lr = R("0.1")
W1n = [[W1[i][j] - lr * delta[i] * xv[j] for j in range(2)] for i in range(3)]
b1n = [b1[i] - lr * delta[i] for i in range(3)]; w2n = [w2[i] - lr * gg * h[i] for i in range(3)]; b2n = b2 - lr * gg
L.step(W1n == [[R("0.41235"), R("-0.32964")], [R("-0.6"), R("0.5")], [R("0.22223"), R("-0.753352")]])
L.step(b1n == [R("0.1247"), R("0.2"), R("-0.25554")]); L.step(w2n == [R("0.532604"), R("-0.4"), R("0.931616")]); L.step(b2n == R("0.1494"))
zn = [W1n[i][0] * xv[0] + W1n[i][1] * xv[1] + b1n[i] for i in range(3)]
hn = [max(t, 0) for t in zn]; yhn = sum(w2n[i] * hn[i] for i in range(3)) + b2n
L.step(rounds("0.7264", zn[0]) and rounds("-0.7000", zn[1]) and rounds("0.7596", zn[2])); L.step(rounds("1.2440", yhn))
L.step(substituted((yhn - y) ** 2 / 2, lambda q: (q - R("1.5")) ** 2 / 2, "~1.2440")); L.step(rounds("0.0382", (yhn - y) ** 2 / 2), note="0.0328")
L.done()
