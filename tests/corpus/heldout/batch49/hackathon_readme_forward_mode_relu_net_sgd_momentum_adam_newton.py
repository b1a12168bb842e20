"""Labels for hackathon_readme_forward_mode_relu_net_sgd_momentum_adam_newton.tex: a hackathon project's README
typeset in LaTeX (badges, quickstart, a section per test, known issues, the judges' notes): dual-number rules and a
forward-mode trace of x1 e^{x2} + cos(x1 x2) at (1.2, 0.5) with two sweeps, the hand oracle and a directional
derivative; a 2-3-1 ReLU net (forward, backward, mask, W1^T delta, an SGD step, a second pass); single-example SGD,
heavy-ball momentum in a table, Adam for two steps, Newton on e^t - 2t and on a quadratic, the GD step bound.
Slips: the cosine tangent without its minus sign in sweep 2 (carried into v7-dot, df/dx2 and the directional
derivative) and the same sign in the hand oracle; the momentum velocity adding 2.16 for -2.16 (carried into theta_4,
twice); Adam's m-hat_2 over 1 - beta_1 (carried into theta_2); 0.7183/2.7183 written 0.2462 (carried into theta_3);
the old engine's delta_3 = 0.3 for an off unit (carried into its weight-row and input gradients)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch49/hackathon_readme_forward_mode_relu_net_sgd_momentum_adam_newton.tex")
a, b, c, d, eps = sp.symbols("a b c d epsilon", real=True)
red = lambda e: sp.expand(e).subs(eps ** 2, 0)                      # eps^2 = 0
L.define(note="eps^2 = 0")
L.step(same(red((a + b * eps) + (c + d * eps)), (a + c) + (b + d) * eps, positive=False))
L.step(same(red((a + b * eps) * (c + d * eps)), a * c + (a * d + b * c) * eps, positive=False))
ser = lambda f: sp.series(f, eps, 0, 2).removeO()
L.step(same(ser(sp.exp(a + b * eps)), sp.exp(a) + b * sp.exp(a) * eps, positive=False))
L.step(same(ser(sp.cos(a + b * eps)), sp.cos(a) - b * sp.sin(a) * eps, positive=False))
x1s, x2s = sp.symbols("x1 x2", positive=True)
f = x1s * sp.exp(x2s) + sp.cos(x1s * x2s)
X1, X2 = R("1.2"), R("0.5")
pt = {x1s: X1, x2s: X2}
L.define(2, "f, point")
v3, v4 = X1 * X2, sp.exp(X2); v5 = X1 * v4; v6 = sp.cos(v3); v7 = v5 + v6
L.define(); L.step(True); L.define(); L.step(True)
L.define(); L.step(v3 == R("0.6")); L.define(); L.step(rounds("1.6487", v4))
L.define(); L.step(rounds("1.9785", v5)); L.define(); L.step(rounds("0.8253", v6))
L.define(); L.step(rounds("2.8038", v7)); L.step(rounds("2.8038", f.subs(pt)))
L.step(True, note="product rule"); L.step(True, note="exp"); L.step(True, note="product rule"); L.step(True, note="cos tangent"); L.step(True, note="sum")
L.step(rounds("0.5646", sp.sin(R("0.6"))))
f1, f2 = sp.diff(f, x1s).subs(pt), sp.diff(f, x2s).subs(pt)
L.define(note="seed (1, 0)")
L.step(True); L.step(True); L.step(True); L.step(True); L.step(substituted(v4, lambda q: q, "~1.6487")); L.step(True)
L.step(substituted(-sp.sin(v3) * 1 * X2, lambda s: -s * R("0.5"), "~0.5646")); L.step(rounds("-0.2823", -R("0.5646") * R("0.5")))
L.step(substituted(f1, lambda p, q: p + q, "~1.6487", "~-0.2823")); L.step(rounds("1.3664", R("1.6487") - R("0.2823"))); L.step(rounds("1.3664", f1))
L.define(note="seed (0, 1)")
L.step(True); L.step(True); L.step(True); L.step(True); L.step(substituted(X1 * v4, lambda q: R("1.2") * q, "~1.6487")); L.step(rounds("1.9785", R("1.2") * R("1.6487"), v5))
vd6 = -sp.sin(v3) * X1
L.step(substituted(vd6, lambda s: s * R("1.2"), "~0.5646"), note="sign"); L.step(rounds("0.6775", R("0.5646") * R("1.2")))
L.step(substituted(f2, lambda p, q: p + q, "~1.9785", "~0.6775"), carried=True); L.step(R("1.9785") + R("0.6775") == R("2.6560"))
L.step(rounds("2.6560", f2), carried=True)
L.step(same(sp.diff(f, x1s), sp.exp(x2s) - x2s * sp.sin(x1s * x2s))); L.step(substituted(f1, lambda p, s: p - R("0.5") * s, "~1.6487", "~0.5646"))
L.step(rounds("1.3664", R("1.6487") - R("0.5") * R("0.5646")))
L.step(same(sp.diff(f, x2s), x1s * sp.exp(x2s) + x1s * sp.sin(x1s * x2s)), note="sign")
wrong_oracle = (x1s * sp.exp(x2s) + x1s * sp.sin(x1s * x2s)).subs(pt)
L.step(substituted(wrong_oracle, lambda p, q: p + q, "~1.9785", "~0.6775")); L.step(R("1.9785") + R("0.6775") == R("2.6560"))
L.define(2, "seed x-dot = u = (1, 1)")
L.step(substituted(f1 + f2, lambda p, q: p + q, "~1.3664", "~2.6560"), carried=True); L.step(R("1.3664") + R("2.6560") == R("4.0224"))
# ReLU net
L.define(4, "z, h, yhat, L"); L.define(6, "x, W1, b1, w2, b2, y")
x = sp.Matrix([1, -2]); W1 = sp.Matrix([[R("0.5"), R("-0.5")], [R("1.0"), R("0.5")], [R("-0.5"), R("1.0")]])
b1 = sp.Matrix([0, R("0.5"), R("0.2")]); w2 = sp.Matrix([R("1.0"), R("-1.0"), R("0.5")]); b2, y = R("0.1"), R("0.5")
z = W1 * x + b1
h = z.applyfunc(lambda t: sp.Max(t, 0))
L.step(True); L.step(z[0] == R("1.5")); L.step(True); L.step(z[1] == R("0.5")); L.step(True); L.step(z[2] == R("-2.3"))
yh = (w2.T * h)[0] + b2
L.step(h == sp.Matrix([R("1.5"), R("0.5"), 0])); L.step(True); L.step(yh == R("1.1"))
Lv = (yh - y) ** 2 / 2
L.step(yh - y == R("0.6")); L.step(Lv == R("0.18"))
g = yh - y
L.define(note="g :="); L.step(g == R("0.6"))
L.step(True); L.step(g * h == sp.Matrix([R("0.9"), R("0.3"), 0])); L.step(True); L.step(g == R("0.6")); L.step(True)
L.step(g * w2 == sp.Matrix([R("0.6"), R("-0.6"), R("0.3")]))
m = z.applyfunc(lambda t: 1 if t > 0 else 0)
L.define(note="mask"); L.step(m == sp.Matrix([1, 1, 0])); L.step(True)
dl = (g * w2).multiply_elementwise(m)
L.step(dl == sp.Matrix([R("0.6"), R("-0.6"), 0]))
L.step(True); L.step(dl * x.T == sp.Matrix([[R("0.6"), R("-1.2")], [R("-0.6"), R("1.2")], [0, 0]])); L.step(True)
gx = W1.T * dl
L.step(True); L.step(True); L.step(gx == sp.Matrix([R("-0.3"), R("-0.6")]))
L.define(2, "eta, update rule")
eta = R("0.1")
nw2 = w2 - eta * g * h; nb2 = b2 - eta * g; nW1 = W1 - eta * dl * x.T; nb1 = b1 - eta * dl
L.step(True); L.step(nw2 == sp.Matrix([R("0.91"), R("-1.03"), R("0.5")])); L.step(True); L.step(nb2 == R("0.04"))
L.step(True); L.step(list(nW1.row(0)) == [R("0.44"), R("-0.38")]); L.step(True); L.step(list(nW1.row(1)) == [R("1.06"), R("0.38")])
L.step(True); L.step(nb1 == sp.Matrix([R("-0.06"), R("0.56"), R("0.2")]))
z2 = nW1 * x + nb1
L.step(z2[0] == R("0.44") + R("0.76") - R("0.06")); L.step(z2[0] == R("1.14"))
L.step(z2[1] == R("1.06") - R("0.76") + R("0.56")); L.step(z2[1] == R("0.86")); L.step(z2[2] == R("-2.3"))
h2 = z2.applyfunc(lambda t: sp.Max(t, 0))
yh2 = (nw2.T * h2)[0] + nb2
L.step(yh2 == R("0.91") * R("1.14") - R("1.03") * R("0.86") + R("0.04"))
L.step(R("0.91") * R("1.14") == R("1.0374") and R("1.03") * R("0.86") == R("0.8858")); L.step(yh2 == R("0.1916"))
L2 = (yh2 - y) ** 2 / 2
L.step(True); L.step(rounds("0.0476", L2))
L.step(R("0.0476") < R("0.18")); L.define(note="eta = 0.1")
# SGD
wv = sp.symbols("w", real=True); xv, yv = sp.symbols("x y", real=True)
L.define(note="l(w)"); L.step(same(sp.diff((wv * xv - yv) ** 2, wv), 2 * (wv * xv - yv) * xv, positive=False)); L.define(2, "w, eta")
dl_ = lambda w_, x_, y_: 2 * (w_ * x_ - y_) * x_
L.define(note="(x, y)"); L.step(True); L.step(dl_(R("0.5"), 2, 3) == -8); L.step(True); L.step(R("0.5") - R("0.05") * (-8) == R("0.9"))
L.define(note="(x, y)"); L.step(True); L.step(dl_(R("0.9"), 1, 1) == R("-0.2")); L.step(True); L.step(R("0.9") - R("0.05") * R("-0.2") == R("0.91"))
# momentum
L.define(note="f = 2 theta^2"); L.step(True, note="grad 4 theta"); L.define(2, "heavy-ball rules"); L.define(4, "eta, beta, theta0, v0")
th, v = sp.Integer(1), sp.Integer(0)
rows = []
for t in range(1, 5):
    gg = 4 * th; v = R("0.9") * v + gg; th = th - R("0.1") * v; rows.append((gg, v, th))
L.step(rows[0][0] == 4); L.step(rows[0][1] == R("0.9") * 0 + 4); L.step(rows[0][1] == 4); L.step(rows[0][2] == 1 - R("0.1") * 4); L.step(rows[0][2] == R("0.6"))
L.step(rows[1][0] == R("2.4")); L.step(rows[1][1] == R("0.9") * 4 + R("2.4")); L.step(rows[1][1] == R("6.0")); L.step(rows[1][2] == R("0.6") - R("0.1") * 6); L.step(rows[1][2] == 0)
L.step(rows[2][0] == 0); L.step(rows[2][1] == R("0.9") * 6 + 0); L.step(rows[2][1] == R("5.4")); L.step(rows[2][2] == 0 - R("0.1") * R("5.4")); L.step(rows[2][2] == R("-0.54"))
L.step(rows[3][0] == R("-2.16")); L.step(rows[3][1] == R("0.9") * R("5.4") + R("2.16"), note="- 2.16"); L.step(R("0.9") * R("5.4") + R("2.16") == R("7.02"))
th4w = R("-0.54") - R("0.1") * R("7.02")
L.step(rows[3][2] == th4w, carried=True); L.step(th4w == R("-1.242"))
L.step(rows[3][2] == R("-1.242"), carried=True); L.define(note="GD rule"); L.step(True); L.step(R("0.6") ** 4 == R("0.1296"))
# Adam
L.define(5, "f, theta0, alpha, beta1, beta2"); L.define(4, "Adam rules"); L.define(note="theta rule")
b1_, b2_, al = R("0.9"), R("0.999"), R("0.1")
th, m_, v_ = sp.Integer(1), 0, 0
g1 = 2 * th; m1 = b1_ * m_ + (1 - b1_) * g1; v1 = b2_ * v_ + (1 - b2_) * g1 ** 2
mh1, vh1 = m1 / (1 - b1_), v1 / (1 - b2_); th1 = th - al * mh1 / sp.sqrt(vh1)
L.step(g1 == 2); L.step(m1 == R("0.2")); L.step(v1 == R("0.004")); L.step(mh1 == R("0.2") / R("0.1")); L.step(mh1 == 2)
L.step(vh1 == R("0.004") / R("0.001")); L.step(vh1 == 4); L.step(th1 == 1 - R("0.1") * 2 / 2); L.step(th1 == R("0.9"))
L.step(same(mh1 / sp.sqrt(vh1), g1 / abs(g1))); L.step(g1 / abs(g1) == 1)
g2 = 2 * th1; m2 = b1_ * m1 + (1 - b1_) * g2; v2 = b2_ * v1 + (1 - b2_) * g2 ** 2
mh2, vh2 = m2 / (1 - b1_ ** 2), v2 / (1 - b2_ ** 2); th2 = th1 - al * mh2 / sp.sqrt(vh2)
L.step(g2 == R("1.8")); L.step(True); L.step(m2 == R("0.36")); L.step(True); L.step(v2 == R("0.007236"))
L.step(mh2 == R("0.36") / (1 - R("0.9")), note="1 - beta1^2"); L.step(R("0.36") / R("0.1") == R("3.6"))
L.step(True); L.step(1 - R("0.999") ** 2 == R("0.001999")); L.step(rounds("3.6198", vh2)); L.step(rounds("1.9026", sp.sqrt(vh2)))
L.step(substituted(th2, lambda p, q: R("0.9") - R("0.1") * p / q, "~3.6", "~1.9026"), carried=True)
L.step(rounds("0.1892", R("0.1") * R("3.6") / R("1.9026"))); L.step(R("0.9") - R("0.1892") == R("0.7108"))
# Newton
t_ = sp.symbols("t", real=True)
fn = sp.exp(t_) - 2 * t_
L.define(note="f"); L.step(same(sp.diff(fn, t_), sp.exp(t_) - 2, positive=False)); L.step(same(sp.diff(fn, t_, 2), sp.exp(t_), positive=False)); L.define(2, "rule, theta0")
step = lambda q: q - (sp.exp(q) - 2) / sp.exp(q)
n1 = step(sp.Integer(0)); n2 = step(n1); n3 = step(n2)
L.step(True); L.step(n1 == 1)
L.step(True); L.step(True); L.step(rounds("0.2462", R("0.7183") / R("2.7183")), note="0.2642"); L.step(1 - R("0.2462") == R("0.7538"))
L.step(substituted(n3, lambda q: step(q), "~0.7538"), carried=True)
L.step(rounds("0.1251", sp.exp(R("0.7538")) - 2) and rounds("2.1251", sp.exp(R("0.7538"))))
L.step(rounds("0.0589", R("0.1251") / R("2.1251"))); L.step(R("0.7538") - R("0.0589") == R("0.6949"))
L.step(sp.solve(sp.diff(fn, t_), t_) == [sp.log(2)]); L.step(rounds("0.6931", sp.log(2)))
L.step(sp.diff(fn, t_).subs(t_, sp.log(2)) == 0); L.step(sp.simplify(sp.diff(fn, t_, 2).subs(t_, sp.log(2))) == 2); L.step(2 > 0)
L.define(note="q(x)"); L.step(True, note="Newton on a quadratic")
A = sp.Matrix([[2, 1], [1, 3]]); bb = sp.Matrix([1, 2])
L.define(2, "A, b"); L.step(A.det() == 5); L.step(A.inv() == sp.Matrix([[3, -1], [-1, 2]]) / 5)
L.step(A.inv() * bb == sp.Matrix([3 - 2, -1 + 4]) / 5); L.step(A.inv() * bb == sp.Matrix([R("0.2"), R("0.6")]))
lmax = max(A.eigenvals())
L.define(note="eta < 2/lambda_max"); L.step(sp.simplify(lmax - (5 + sp.sqrt(5)) / 2) == 0); L.step(rounds("3.6180", lmax)); L.step(rounds("0.5528", 2 / lmax))
# known issues
L.step(True, note="-sin v3 v3-dot"); L.step(substituted(vd6, lambda s: -s * R("1.2"), "~0.5646")); L.step(rounds("-0.6775", -R("0.5646") * R("1.2")))
L.step(substituted(f2, lambda p, q: p - q, "~1.9785", "~0.6775")); L.step(R("1.9785") - R("0.6775") == R("1.3010"))
L.step(rounds("1.3010", R("1.9785") - R("0.6775"), f2)); L.step(same(sp.diff(f, x2s), x1s * sp.exp(x2s) - x1s * sp.sin(x1s * x2s)))
L.step(dl[2] == R("0.3"), note="off unit: 0")
dl_old = sp.Matrix([dl[0], dl[1], R("0.3")])
L.step(dl[2] * x.T == R("0.3") * x.T, carried=True); L.step(R("0.3") * x.T == sp.Matrix([[R("0.3"), R("-0.6")]]))
gx_old = W1.T * dl_old
L.step(gx == sp.Matrix([R("-0.3") - R("0.15"), R("-0.6") + R("0.3")]), carried=gx_old == sp.Matrix([R("-0.3") - R("0.15"), R("-0.6") + R("0.3")]))
L.step(sp.Matrix([R("-0.3") - R("0.15"), R("-0.6") + R("0.3")]) == sp.Matrix([R("-0.45"), R("-0.3")]))
L.step(1 - R("0.9") ** 2 == R("0.19")); L.step(mh2 == R("0.36") / R("0.19")); L.step(rounds("1.8947", mh2))
L.step(substituted(th2, lambda p, q: R("0.9") - R("0.1") * p / q, "~1.8947", "~1.9026")); L.step(rounds("0.0996", R("0.1") * R("1.8947") / R("1.9026")))
L.step(R("0.9") - R("0.0996") == R("0.8004") and rounds("0.8004", th2))
# judges
L.step(R("0.9") * R("5.4") - R("2.16") == R("2.70") and rows[3][1] == R("2.70"))
L.step(rows[3][2] == R("-0.54") - R("0.27")); L.step(rows[3][2] == R("-0.81"))
L.step(rounds("0.2642", R("0.7183") / R("2.7183"))); L.step(rounds("0.7358", n2))
L.done()
