"""Labels for gradebook_export_hw6_relu_forward_mode_momentum.tex: a grading spreadsheet exported to LaTeX
(booktabs + siunitx tabs Key_Q1, Key_Q2, Key_Q3, Common_answers, Scores; hand-typed key cells, red re-check rows).
Q1: a 2-3-1 ReLU net with a linear output and squared loss (forward, backward, input gradient, an SGD step).
Q2: a forward-mode trace of x1 e^{x2} + ln(x1^2 + x2) at (2, 0.5) with two seeds. Q3: GD and heavy-ball
momentum on 0.5 (w1 - 2)^2 + 2 w2^2, a Newton step. Slips: the second entry of W1^T delta1 with a sign error
(carried into its norm); 2(1.6487) typed as 3.2947 (carried into dv8, the read-off and the directional
derivative); beta dropped in the momentum v2 (carried into w2 and f(w2)); common wrong answers."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch41/gradebook_export_hw6_relu_forward_mode_momentum.tex")
M = sp.Matrix


def veq(a, b):
    return sp.Matrix(a) == sp.Matrix(b)


# ---- Q1 ----
x = M([1, 2]); y = R("1.5"); eta = R("0.05")
W1 = M([[R("0.5"), R("-0.2")], [R("-0.3"), R("0.1")], [R("0.4"), R("0.3")]])
b1 = M([R("0.1"), R("-0.2"), R("-0.5")])
w2 = M([R("1.5"), R("-1.0"), R("0.8")]); b2 = R("0.2")
L.define(3, "x, y, eta"); L.define(2, "W1, b1"); L.define(2, "w2, b2"); L.define(4, "model")
z = W1 * x + b1
h = z.applyfunc(lambda t: max(t, 0))
yh = (w2.T * h)[0] + b2
loss = (yh - y) ** 2 / 2
L.step(z[0] == R("0.5") * 1 + R("-0.2") * 2 + R("0.1")); L.step(z[0] == R("0.2"))
L.step(z[1] == R("-0.3") + R("0.1") * 2 - R("0.2")); L.step(z[1] == R("-0.3"))
L.step(z[2] == R("0.4") + R("0.3") * 2 - R("0.5")); L.step(z[2] == R("0.5"))
L.step(True, note="h = ReLU(z)"); L.step(veq(h, [R("0.2"), 0, R("0.5")]))
L.step(yh == R("1.5") * R("0.2") + R("-1.0") * 0 + R("0.8") * R("0.5") + R("0.2")); L.step(yh == R("0.9"))
L.step(loss == (R("0.9") - R("1.5")) ** 2 / 2); L.step(loss == R("0.36") / 2); L.step(loss == R("0.18"))
g = yh - y
L.define(note="g :="); L.step(True, note="dL/dyhat = yhat - y"); L.step(g == R("0.9") - R("1.5")); L.step(g == R("-0.6"))
L.step(True, note="dL/db2 = g"); L.step(g == R("-0.6"))
dw2 = g * h
L.step(True, note="dL/dw2 = g h"); L.step(veq(dw2, R("-0.6") * M([R("0.2"), 0, R("0.5")]))); L.step(veq(dw2, [R("-0.12"), 0, R("-0.3")]))
dh = g * w2
L.step(True, note="dL/dh = g w2"); L.step(veq(dh, R("-0.6") * w2)); L.step(veq(dh, [R("-0.9"), R("0.6"), R("-0.48")]))
mask = z.applyfunc(lambda t: 1 if t > 0 else 0)
L.define(note="mask m"); L.step(veq(mask, [1, 0, 1]))
d1 = M([dh[i] * mask[i] for i in range(3)])
L.define(note="delta1 :="); L.step(True, note="chain rule through ReLU"); L.step(veq(d1, [R("-0.9"), 0, R("-0.48")]))
dW1 = d1 * x.T
L.step(True, note="dL/dW1 = delta1 x^T"); L.step(dW1 == M([[R("-0.9"), R("-1.8")], [0, 0], [R("-0.48"), R("-0.96")]]))
L.step(True, note="dL/db1 = delta1"); L.step(veq(d1, [R("-0.9"), 0, R("-0.48")]))
gx = W1.T * d1
L.step(True, note="grad_x = W1^T delta1")
L.step(veq(gx, [R("0.5") * R("-0.9") + R("0.4") * R("-0.48"), R("-0.2") * R("-0.9") + R("0.3") * R("-0.48")]))
L.step(veq(gx, [R("-0.642"), R("0.324")]), note="0.036")
nrm = sp.sqrt(gx.dot(gx))
L.step(nrm == sp.sqrt(R("0.642") ** 2 + R("0.324") ** 2), carried=True)
L.step(R("0.642") ** 2 + R("0.324") ** 2 == R("0.51714")); L.step(rounds("0.7191", sp.sqrt(R("0.51714"))))
L.step(R("-0.2") * R("-0.9") + R("0.3") * R("-0.48") == R("0.18") - R("0.144")); L.step(R("0.18") - R("0.144") == R("0.036"))
L.step(veq(gx, [R("-0.642"), R("0.036")]))
L.step(nrm == sp.sqrt(R("0.412164") + R("0.001296"))); L.step(R("0.412164") + R("0.001296") == R("0.41346")); L.step(rounds("0.6430", nrm))
L.define(note="b2 <- rule"); L.step(b2 - eta * g == R("0.2") - R("0.05") * R("-0.6")); L.step(b2 - eta * g == R("0.23"))
w2n = w2 - eta * dw2
L.step(veq(w2n, M([R("1.5"), R("-1.0"), R("0.8")]) - R("0.05") * M([R("-0.12"), 0, R("-0.3")])))
L.step(veq(w2n, [R("1.506"), R("-1.0"), R("0.815")]))
W1n = W1 - eta * dW1
L.define(note="W1 <- rule"); L.step(W1n == M([[R("0.545"), R("-0.11")], [R("-0.3"), R("0.1")], [R("0.424"), R("0.348")]]))
b1n = b1 - eta * d1
L.step(veq(b1n, b1 - R("0.05") * M([R("-0.9"), 0, R("-0.48")]))); L.step(veq(b1n, [R("0.145"), R("-0.2"), R("-0.476")]))

# ---- Q2 ----
x1, x2 = sp.symbols("x1 x2", positive=True)
f = x1 * sp.exp(x2) + sp.log(x1 ** 2 + x2)
pt = {x1: 2, x2: sp.Rational(1, 2)}
L.define(2, "f, point"); L.define(2, "seeds")
L.define(4, "v1 = x1 = 2.0, seeds"); L.define(4, "v2 = x2 = 0.5, seeds")
v3 = sp.exp(sp.Rational(1, 2))
L.define(); L.step(True); L.step(rounds("1.6487", v3))
L.step(True, note="dv3 = e^v2 dv2"); L.step(True, note="= 0 for seed e1")
L.step(True); L.step(rounds("1.6487", v3))
v4 = 2 * v3
L.define(); L.step(True); L.step(rounds("3.2974", v4))
L.step(True, note="product rule"); L.step(rounds("1.6487", v3))
L.step(True, note="dv1 = 0"); L.step(True, note="2 dv3 = 2(1.6487)"); L.step(rounds("3.2947", 2 * R("1.6487"), v4), note="3.2974")
L.define(); L.step(True); L.step(True, note="2 v1 dv1"); L.step(True, note="= 4"); L.step(True); L.step(True)
L.define(); L.step(4 + R("0.5") == R("4.5")); L.step(True); L.step(True); L.step(True); L.step(True)
v7 = sp.log(R("4.5"))
L.define(); L.step(True); L.step(rounds("1.5041", v7))
L.step(True, note="dv6/v6"); L.step(True); L.step(rounds("0.8889", sp.Rational(4) / R("4.5")))
L.step(True, note="1/4.5"); L.step(rounds("0.2222", 1 / R("4.5")))
df1 = sp.diff(f, x1).subs(pt); df2 = sp.diff(f, x2).subs(pt); f0 = f.subs(pt)
L.define(); L.step(substituted(f0, lambda a, b: a + b, "~3.2974", "~1.5041")); L.step(rounds("4.8015", R("3.2974") + R("1.5041"), f0))
L.step(substituted(df1, lambda a, b: a + b, "~1.6487", "~0.8889")); L.step(rounds("2.5376", R("1.6487") + R("0.8889"), df1))
L.step(substituted(df2, lambda a, b: a + b, "~3.2947", "~0.2222"), carried=True)
L.step(R("3.2947") + R("0.2222") == R("3.5169"))
L.step(True, note="f = v8"); L.step(rounds("4.8015", f0))
L.step(True, note="df/dx1 = dv8"); L.step(rounds("2.5376", df1))
L.step(True, note="df/dx2 = dv8 (seed e2)"); L.step(rounds("3.5169", df2), carried=True)
L.step(same(sp.diff(f, x1), sp.exp(x2) + 2 * x1 / (x1 ** 2 + x2)))
L.step(substituted(df1, lambda a: a + sp.Rational(4) / R("4.5"), "~1.6487")); L.step(rounds("2.5376", df1))
L.define(2, "u, seed")
u = M([R("0.6"), R("0.8")])
dd = u[0] * df1 + u[1] * df2
L.step(substituted(dd, lambda a, b: R("0.6") * a + R("0.8") * b, "~2.5376", "~3.5169"), carried=True)
L.step(R("0.6") * R("2.5376") == R("1.52256") and R("0.8") * R("3.5169") == R("2.81352"))
L.step(rounds("4.3361", R("1.52256") + R("2.81352")))
L.step(2 * R("1.6487") == R("3.2974")); L.step(substituted(df2, lambda a, b: a + b, "~3.2974", "~0.2222"))
L.step(rounds("3.5196", R("3.2974") + R("0.2222"), df2))
L.step(substituted(dd, lambda a, b: R("0.6") * a + R("0.8") * b, "~2.5376", "~3.5196"), note="1.52256 is 0.6(2.5376)"); L.step(rounds("4.3383", R("1.52256") + R("0.8") * R("3.5196"), dd))

# ---- Q3 ----
w1s, w2s = sp.symbols("w1 w2", real=True)
F = (w1s - 2) ** 2 / 2 + 2 * w2s ** 2
grad = lambda p: M([sp.diff(F, w1s), sp.diff(F, w2s)]).subs({w1s: p[0], w2s: p[1]})
Fv = lambda p: F.subs({w1s: p[0], w2s: p[1]})
L.define(note="f")
et, be = R("0.2"), R("0.5")
w0 = M([0, 1])
L.define(4, "w0, eta, beta, v0"); L.define(3, "rules")
L.step(veq(M([sp.diff(F, w1s), sp.diff(F, w2s)]), [w1s - 2, 4 * w2s])); L.step(sp.hessian(F, (w1s, w2s)) == sp.diag(1, 4))
L.step(veq(grad(w0), [-2, 4]))
g1 = w0 - et * grad(w0)
L.step(veq(g1, w0 - R("0.2") * M([-2, 4]))); L.step(veq(g1, [R("0.4"), R("0.2")]))
L.step(Fv(g1) == R("1.6") ** 2 / 2 + 2 * R("0.2") ** 2); L.step(Fv(g1) == R("1.28") + R("0.08")); L.step(Fv(g1) == R("1.36"))
L.step(veq(grad(g1), [R("-1.6"), R("0.8")]))
g2 = g1 - et * grad(g1)
L.step(veq(g2, g1 - R("0.2") * M([R("-1.6"), R("0.8")]))); L.step(veq(g2, [R("0.72"), R("0.04")]))
L.step(Fv(g2) == R("1.28") ** 2 / 2 + 2 * R("0.04") ** 2); L.step(Fv(g2) == R("0.8192") + R("0.0032")); L.step(Fv(g2) == R("0.8224"))
v1 = be * M([0, 0]) + grad(w0); m1 = w0 - et * v1
L.step(True, note="v1 = grad f(w0) as v0 = 0"); L.step(veq(v1, [-2, 4])); L.step(veq(m1, g1))
v2 = be * v1 + grad(m1)
L.step(True, note="the rule"); L.step(veq(v2, M([-2, 4]) + M([R("-1.6"), R("0.8")])), note="beta dropped")
L.step(veq(M([-2, 4]) + M([R("-1.6"), R("0.8")]), [R("-3.6"), R("4.8")]))
m2 = m1 - et * v2
L.step(veq(m2, m1 - et * M([R("-3.6"), R("4.8")])), carried=True); L.step(veq(m1 - et * M([R("-3.6"), R("4.8")]), [R("1.12"), R("-0.76")]))
wrong_m2 = M([R("1.12"), R("-0.76")])
L.step(Fv(m2) == R("0.88") ** 2 / 2 + 2 * R("0.76") ** 2, carried=Fv(wrong_m2) == R("0.88") ** 2 / 2 + 2 * R("0.76") ** 2)
L.step(R("0.88") ** 2 / 2 + 2 * R("0.76") ** 2 == R("0.3872") + R("1.1552")); L.step(R("0.3872") + R("1.1552") == R("1.5424"))
L.step(veq(be * v1, [-1, 2])); L.step(veq(v2, M([-1, 2]) + M([R("-1.6"), R("0.8")]))); L.step(veq(v2, [R("-2.6"), R("2.8")]))
L.step(veq(m2, [R("0.4") + R("0.52"), R("0.2") - R("0.56")])); L.step(veq(m2, [R("0.92"), R("-0.36")]))
L.step(Fv(m2) == R("1.08") ** 2 / 2 + 2 * R("0.36") ** 2); L.step(Fv(m2) == R("0.5832") + R("0.2592")); L.step(Fv(m2) == R("0.8424"))
H = sp.diag(1, 4)
n1 = w0 - H.inv() * grad(w0)
L.define(note="Newton rule"); L.step(veq(H.inv() * grad(w0), [-2, 1])); L.step(veq(n1, [2, 0])); L.step(Fv(n1) == 0)

# ---- Common answers ----
L.step(veq(d1, [R("-0.9"), R("0.6"), R("-0.48")]))
L.step(False, note="x delta1^T is the transpose of dL/dW1 (2x3, not 3x2)")
L.step(loss == (yh - y) ** 2); L.step((R("0.9") - R("1.5")) ** 2 == R("0.36"))
L.step(veq(gx, [R("-0.642"), R("0.036")]))
L.step(rounds("3.5197", df2))
L.step(False, note="d ln(v) = dv / v, not dv / v^2"); L.step(rounds("0.1975", 4 / R("4.5") ** 2))
L.step(same(sp.diff(f, x1), sp.exp(x2) + 1 / (x1 ** 2 + x2))); L.step(rounds("1.8709", sp.exp(sp.Rational(1, 2)) + 1 / R("4.5")))
L.step(veq(v2, [R("-2.6"), R("2.8")])); L.step(Fv(m2) == R("0.8424"))
L.step(2 / sp.Integer(4) == 2 / sp.Integer(1), note="eta_max = 2/lambda_max"); L.step(2 / sp.Integer(1) == 2)

# ---- Scores ----
tot = [R("22.5"), R("20.0"), R("24.5"), R("18.0"), R("22.0"), R("20.5"), R("24.0"), R("15.5")]
L.step(sum(tot) / 8 == sp.Rational(167, 8)); L.step(sp.Rational(167, 8) == R("20.875"))
L.done()
