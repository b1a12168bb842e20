"""Labels for nb_lab7_forward_mode_relu_momentum.tex: a student's Jupyter notebook exported with
nbconvert (markdown cells with `$...$`/`$$...$$` math between `Verbatim` code cells and their printed
outputs): a forward-mode trace of f(x1, x2) = x1 e^{x2} - ln(x1 + x2^2) with three seeds (e1, e2 and a
direction u); a 2-3-1 ReLU network with squared loss, forward and backward by hand, a central-difference
check, an SGD step on the output layer; heavy-ball momentum against plain GD on w1^2 + 5 w2^2."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

zero = lambda e: abs(sp.N(e, 50)) < sp.Float("1e-40")   # exact identity, to 40 digits

L = Labels("batch33/nb_lab7_forward_mode_relu_momentum.tex")
X1, X2 = sp.symbols("x1 x2", positive=True)
fx = X1 * sp.exp(X2) - sp.log(X1 + X2 ** 2)
pt = {X1: R("1.2"), X2: R("0.5")}
L.define(2, "f, x0")
# ---- Part A, seed e1
L.define(2, "tangent meaning, seed")
L.define(3, "v1 = x1 = 1.2, v1dot = 1"); L.define(3, "v2 = x2 = 0.5, v2dot = 0")
v1, v2 = R("1.2"), R("0.5")
v3 = sp.exp(v2); v4 = v1 * v3; v5 = v2 ** 2; v6 = v1 + v5; v7 = sp.log(v6); v8 = v4 - v7
assert zero(v8 - fx.subs(pt))
# tangents as functions of the seed (a, b)
a, b = sp.symbols("a b", real=True)
t3 = sp.exp(v2) * b; t4 = a * v3 + v1 * t3; t5 = 2 * v2 * b; t6 = a + t5; t7 = t6 / v6; t8 = t4 - t7
g1 = sp.diff(fx, X1).subs(pt); g2 = sp.diff(fx, X2).subs(pt)
assert zero(t8.subs({a: 1, b: 0}) - g1) and zero(t8.subs({a: 0, b: 1}) - g2)
e1 = {a: 1, b: 0}
u_ = sp.symbols("u_", positive=True)
L.define(note="v3 = e^{v2}"); L.step(True, note="e^{v2} = e^{0.5}"); L.step(rounds("1.6487", v3))
L.step(True, note="chain rule for exp"); L.step(t3.subs(e1) == 0)
L.define(note="v4"); L.step(substituted(v4, lambda p, q: p * q, "1.2", "~1.6487")); L.step(rounds("1.9785", R("1.2") * R("1.6487"), v4))
L.step(True, note="product rule"); L.step(rounds("1.6487", t4.subs(e1)))
L.define(note="v5"); L.step(v5 == R("0.25")); L.step(True, note="d(v^2) = 2 v dv"); L.step(t5.subs(e1) == 0)
L.define(note="v6"); L.step(v6 == R("1.45")); L.step(True, note="sum rule"); L.step(t6.subs(e1) == 1)
L.define(note="v7"); L.step(rounds("0.3716", v7)); L.step(same(sp.diff(sp.log(u_), u_), 1 / u_), note="d ln v = dv / v")
L.step(t7.subs(e1) == 1 / R("1.45")); L.step(rounds("0.6897", 1 / R("1.45")))
L.define(note="v8"); L.step(substituted(v8, lambda p, q: p - q, "~1.9785", "~0.3716")); L.step(rounds("1.6069", R("1.9785") - R("0.3716"), v8))
L.step(True, note="difference rule"); L.step(substituted(t8.subs(e1), lambda p, q: p - q, "~1.6487", "~0.6897"))
L.step(rounds("0.9590", R("1.6487") - R("0.6897"), t8.subs(e1)))
L.step(True, note="f(x0) = v8"); L.step(rounds("1.6069", v8)); L.step(True, note="df/dx1 = v8dot"); L.step(rounds("0.9590", R("1.6487") - R("0.6897"), g1))
# ---- seed e2
e2 = {a: 0, b: 1}
L.define(2, "seed e2, tangent meaning"); L.define(2, "v1dot = 0, v2dot = 1")
L.step(True, note="chain rule"); L.step(rounds("1.6487", t3.subs(e2)))
L.step(True, note="product rule")
L.step(substituted(t4.subs(e2), lambda p, q: 0 * p + q, "~1.6487", "~1.6487"), note="v1 = 1.2 dropped")
L.step(R("0") * R("1.6487") + R("1.6487") == R("1.6487"))
L.step(True); L.step(t5.subs(e2) == 2 * R("0.5") * 1); L.step(2 * R("0.5") * 1 == 1)
L.step(True); L.step(t6.subs(e2) == 1)
L.step(True); L.step(rounds("0.6897", t7.subs(e2)))
L.step(True)
L.step(substituted(t8.subs(e2), lambda p, q: p - q, "~1.6487", "~0.6897"),
       carried=R("1.6487") - R("0.6897") == R("0.9590"), note="the writer's v4dot")
L.step(R("1.6487") - R("0.6897") == R("0.9590"))
L.step(rounds("0.9590", g2), carried=True, note="df/dx2 restated")
# the fix
L.step(substituted(v1 * t3.subs(e2), lambda p, q: p * q, "1.2", "~1.6487")); L.step(rounds("1.9785", t4.subs(e2)))
L.step(substituted(t8.subs(e2), lambda p, q: p - q, "~1.9785", "~0.6897")); L.step(rounds("1.2888", R("1.9785") - R("0.6897"), g2))
# analytic
L.step(same(sp.diff(fx, X1), sp.exp(X2) - 1 / (X1 + X2 ** 2))); L.step(same(sp.diff(fx, X2), X1 * sp.exp(X2) - 1 / (X1 + X2 ** 2)), note="chain factor 2 x2 dropped (harmless at x2 = 0.5)")
L.step(substituted(g1, lambda p, q: p - q, "~1.6487", "~0.6897") and rounds("0.9590", R("1.6487") - R("0.6897")))
L.step(substituted(g2, lambda p: p - 1 / R("1.45"), "~1.9785") and rounds("1.2888", R("1.9785") - 1 / R("1.45")))
# ---- direction u
uu = {a: R("0.6"), b: R("0.8")}
L.define(2, "seed = u, u = (0.6, 0.8)")
L.step(True); L.step(substituted(t3.subs(uu), lambda p: p * R("0.8"), "~1.6487")); L.step(rounds("1.3190", R("1.6487") * R("0.8"), t3.subs(uu)))
L.step(True); L.step(substituted(t4.subs(uu), lambda p, q: R("0.6") * p + R("1.2") * q, "~1.6487", "~1.3190"))
L.step(rounds("0.9892", R("0.6") * R("1.6487")) and rounds("1.5828", R("1.2") * R("1.3190")))
L.step(rounds("2.5720", R("0.9892") + R("1.5828"), t4.subs(uu)))
L.step(True); L.step(t5.subs(uu) == R("0.8")); L.step(t6.subs(uu) == R("0.6") + R("0.8")); L.step(R("0.6") + R("0.8") == R("1.4"))
L.step(t7.subs(uu) == R("1.4") / R("1.45")); L.step(rounds("0.9655", R("1.4") / R("1.45")))
L.step(substituted(t8.subs(uu), lambda p, q: p - q, "~2.5720", "~0.9655")); L.step(rounds("1.6065", R("2.5720") - R("0.9655"), t8.subs(uu)))
dd = R("0.6") * g1 + R("0.8") * g2
assert zero(dd - t8.subs(uu))
L.step(rounds("0.5755", R("0.6") * R("0.9591")) and rounds("1.0310", R("0.8") * R("1.2888")))
L.step(rounds("1.6065", R("0.5755") + R("1.0310"), dd))
nrm = sp.sqrt(g1 ** 2 + g2 ** 2)
L.step(substituted(nrm, lambda p, q: sp.sqrt(p ** 2 + q ** 2), "~0.9591", "~1.2888"))
L.step(rounds("2.5808", R("0.9591") ** 2 + R("1.2888") ** 2, g1 ** 2 + g2 ** 2)); L.step(rounds("1.6065", sp.sqrt(R("2.5808")), nrm))
L.step(sp.N(nrm - dd, 30) >= 0, note="Cauchy-Schwarz")
# ---- Part B
L.define(3, "h, yhat, L"); L.define(4, "W1, b1, w2, b2"); L.define(2, "x, y")
M = sp.Matrix
W1 = M([[R("0.4"), R("0.3")], [R("-0.2"), R("0.5")], [R("0.7"), R("-0.1")]])
b1 = M([R("0.1"), R("-0.2"), R("-0.6")]); w2 = M([R("0.5"), R("-1.0"), R("0.8")]); b2 = R("0.2")
x = M([1, 2]); y = 1
z1 = W1 * x + b1
h = z1.applyfunc(lambda t: sp.Max(t, 0))
yh = (w2.T * h)[0] + b2
Lv = (yh - y) ** 2 / 2
L.define(note="z1")
L.step(z1 == M([R("0.4") + R("0.6") + R("0.1"), R("-0.2") + R("1.0") - R("0.2"), R("0.7") - R("0.2") - R("0.6")]))
L.step(z1 == M([R("1.1"), R("0.6"), R("-0.1")]))
L.step(True, note="h = ReLU(z1) restated"); L.step(h == M([R("1.1"), R("0.6"), 0]))
L.step(yh == R("0.5") * R("1.1") - R("1.0") * R("0.6") + R("0.8") * 0 + R("0.2")); L.step(yh == R("0.15"))
L.step(Lv == (R("0.15") - 1) ** 2 / 2); L.step((R("0.15") - 1) ** 2 == R("0.7225")); L.step(R("0.7225") / 2 == R("0.36125"))
# symbolic check of the backprop rules on the same architecture
yy_ = sp.symbols("yy_")
d2 = yh - y
L.define(note="delta2"); L.step(same(sp.diff((yy_ - 1) ** 2 / 2, yy_), yy_ - 1, positive=False)); L.step(d2 == R("-0.85"))
gw2 = d2 * h
L.step(True, note="dL/dw2 = delta2 h"); L.step(gw2 == M([R("-0.935"), R("-0.51"), 0]))
L.step(True, note="dL/db2 = delta2"); L.step(d2 == R("-0.85"))
gh = d2 * w2
L.step(True, note="dL/dh = delta2 w2"); L.step(gh == M([R("-0.425"), R("0.85"), R("-0.68")]))
mask = z1.applyfunc(lambda t: 1 if t > 0 else 0)
d1 = gh.multiply_elementwise(mask)
d1w = gh.multiply_elementwise(h)
L.define(note="delta1 = dL/dz1")
L.step(d1 == d1w, note="times h, not the mask")
L.step(d1w == M([R("-0.425") * R("1.1"), R("0.85") * R("0.6"), 0])); L.step(d1w == M([R("-0.4675"), R("0.51"), 0]))
L.step(True, note="dL/dW1 = delta1 x^T")
L.step(d1 * x.T == M([[R("-0.4675"), R("-0.935")], [R("0.51"), R("1.02")], [0, 0]]),
       carried=d1w * x.T == M([[R("-0.4675"), R("-0.935")], [R("0.51"), R("1.02")], [0, 0]]))
L.step(True, note="dL/db1 = delta1")
L.step(True, note="grad_x = W1^T delta1")
subst = M([R("0.4") * R("-0.4675") - R("0.2") * R("0.51") + R("0.7") * 0, R("0.3") * R("-0.4675") + R("0.5") * R("0.51") - R("0.1") * 0])
L.step(W1.T * d1 == subst, carried=W1.T * d1w == subst)
L.step(subst == M([R("-0.289"), R("0.11475")]))
L.define(note="mask m"); L.step(mask == M([1, 1, 0]))
L.step(True, note="delta1 = dL/dh * m"); L.step(d1 == M([R("-0.425"), R("0.85"), 0]))
gx = W1.T * d1
L.step(True); L.step(gx == M([R("0.4") * R("-0.425") - R("0.2") * R("0.85"), R("0.3") * R("-0.425") + R("0.5") * R("0.85")]))
L.step(gx == M([R("-0.34"), R("0.2975")]))
# finite-difference check of the whole backward pass, symbolically
xs = sp.symbols("xa xb", real=True)
zz = W1 * M(xs) + b1
Lx = ((w2.T * zz.applyfunc(lambda t: sp.Piecewise((t, t > 0), (0, True))))[0] + b2 - y) ** 2 / 2
num_gx = M([sp.diff(Lx, s_).subs({xs[0]: 1, xs[1]: 2}) for s_ in xs])
assert num_gx == gx
L.step(d1 * x.T == M([[R("-0.425"), R("-0.85")], [R("0.85"), R("1.7")], [0, 0]])); L.step(d1 == M([R("-0.425"), R("0.85"), 0]))
eta = R("0.1")
L.define(note="eta")
w2n = w2 - eta * gw2
L.define(note="w2 rule"); L.step(w2n == M([R("0.5") + R("0.0935"), R("-1.0") + R("0.051"), R("0.8")])); L.step(w2n == M([R("0.5935"), R("-0.949"), R("0.8")]))
b2n = b2 - eta * d2
L.step(b2n == R("0.2") - R("0.1") * R("-0.85")); L.step(b2n == R("0.285"))
yh2 = (w2n.T * h)[0] + b2n
L.step(yh2 == R("0.5935") * R("1.1") - R("0.949") * R("0.6") + R("0.285"))
L.step(R("0.5935") * R("1.1") == R("0.65285") and R("0.949") * R("0.6") == R("0.5694")); L.step(yh2 == R("0.36845"))
L2 = (yh2 - 1) ** 2 / 2
L.step(L2 == (R("0.36845") - 1) ** 2 / 2); L.step(rounds("0.39886", (R("0.36845") - 1) ** 2)); L.step(rounds("0.19943", R("0.39886") / 2, L2))
L.step(R("0.36125") - R("0.19943") == R("0.16182"))
L.step(rounds("0.4497", R("0.16182") / R("0.36125"), (Lv - L2) / Lv), note="0.4479")
# ---- Part C
w1s, w2s = sp.symbols("w1 w2", real=True)
fw = w1s ** 2 + 5 * w2s ** 2
grad = lambda p: M([sp.diff(fw, w1s), sp.diff(fw, w2s)]).subs({w1s: p[0], w2s: p[1]})
fv = lambda p: fw.subs({w1s: p[0], w2s: p[1]})
L.define(note="f"); L.step(M([sp.diff(fw, w1s), sp.diff(fw, w2s)]) == M([2 * w1s, 10 * w2s]))
assert sp.hessian(fw, (w1s, w2s)) == sp.diag(2, 10)
L.define(4, "w0, eta, beta, v0"); L.define(2, "heavy-ball rules")
eta, beta = R("0.1"), R("0.9")
L.step(1 - 10 * eta == 0); L.step(1 - 2 * eta == R("0.8"))
g = M([2, 1])
for _ in range(10):
    g = g - eta * grad(g)
L.step(g[0] == 2 * R("0.8") ** 10); L.step(rounds("0.1074", 2 * R("0.8") ** 10), note="0.2147, the 2 forgotten")
L.step(max(sp.hessian(fw, (w1s, w2s)).eigenvals()) == 10); L.step(sp.Rational(2, 10) == R("0.2"))
w0 = M([2, 1]); v0 = M([0, 0])
L.step(fv(w0) == 4 + 5); L.step(4 + 5 == 9)
g0 = grad(w0); v1_ = beta * v0 + g0; w1_ = w0 - eta * v1_
L.step(g0 == M([4, 10])); L.step(v1_ == beta * v0 + M([4, 10])); L.step(v1_ == M([4, 10])); L.step(w1_ == w0 - eta * M([4, 10])); L.step(w1_ == M([R("1.6"), 0]))
L.step(fv(w1_) == R("1.6") ** 2 + 0); L.step(R("1.6") ** 2 == R("2.65"), note="2.56")
g1_ = grad(w1_); v2_ = beta * v1_ + g1_; w2_ = w1_ - eta * v2_
L.step(g1_ == M([R("3.2"), 0])); L.step(v2_ == beta * M([4, 10]) + M([R("3.2"), 0])); L.step(v2_ == M([R("6.8"), 9]))
L.step(w2_ == M([R("1.6"), 0]) - eta * M([R("6.8"), 9])); L.step(w2_ == M([R("0.92"), R("-0.9")]))
L.step(fv(w2_) == R("0.92") ** 2 + 5 * R("0.81")); L.step(R("0.92") ** 2 == R("0.8464") and 5 * R("0.81") == R("4.05")); L.step(R("0.8464") + R("4.05") == R("4.8964"))
g2_ = grad(w2_); v3_ = beta * v2_ + g2_; w3_ = w2_ - eta * v3_
v3w = M([R("7.96"), R("17.1")])
L.step(g2_ == M([R("1.84"), -9])); L.step(v3_ == beta * M([R("6.8"), 9]) + M([R("1.84"), -9]))
L.step(beta * M([R("6.8"), 9]) + M([R("1.84"), -9]) == v3w, note="8.1 - 9 = -0.9")
L.step(w3_ == w2_ - eta * v3w, carried=True)
L.step(M([R("0.92"), R("-0.9")]) - eta * v3w == M([R("0.124"), R("-2.61")]))
L.step(fv(w3_) == R("0.124") ** 2 + 5 * R("2.61") ** 2, carried=fv(M([R("0.124"), R("-2.61")])) == R("0.124") ** 2 + 5 * R("2.61") ** 2)
L.step(rounds("0.0154", R("0.124") ** 2) and rounds("34.0605", 5 * R("2.61") ** 2)); L.step(R("0.0154") + R("34.0605") == R("34.0759"))
gd1 = w0 - eta * grad(w0); gd2 = gd1 - eta * grad(gd1)
L.step(gd1 == M([R("1.6"), 0])); L.step(gd2 == M([R("1.28"), 0])); L.step(fv(gd2) == R("1.6384"))
L.done()
