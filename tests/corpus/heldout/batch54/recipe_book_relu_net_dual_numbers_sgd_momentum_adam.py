"""Labels for recipe_book_relu_net_dual_numbers_sgd_momentum_adam.tex: a chapter of a spiral-bound cookbook of hand
derivations (recipes with Ingredients and Method, shaded chef's tips, readers' letters in italics and the test kitchen's
replies): a 2-3-1 ReLU net with squared loss (forward with a switched-off unit, loss, output delta, dL/dw2, dL/db2,
dL/dh, the masked delta_1, dL/dW1, the input gradient W1^T delta_1, one SGD step at eta = 0.1 and the re-tasted loss;
the reply's re-tasting at eta = 0.05); dual numbers (product, Taylor, powers, exp, ln, reciprocal, a quotient at
2 + eps and 1 + eps) and a forward-mode trace of f = x1 x2 + sin x1 - e^x2 at (1.2, 0.5) with two seeds and a
directional seed; gradient descent, heavy-ball momentum and Adam on f = (theta1^2 + 10 theta2^2)/2.
Slips: in the re-tasting, -0.1288(-1) written as -0.1288 (carried into yhat, L); a reader's unmasked delta_1
(carried into the second row of dL/dW1 and the input gradient); a reader's product of tangents v1' = v-1' v0'
(carried into v4' and dL/dx1); a reader's sin 1.2 and cos 1.2 in degrees (carried into v5 and dL/dx1); plain
descent's f after three steps from the second iterate's first coordinate; a reader's Adam step divided by s-hat
without the square root (carried into f)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch54/recipe_book_relu_net_dual_numbers_sgd_momentum_adam.tex")
M = sp.Matrix
# Recipe 3.1
x = M([2, -1]); y = R("1.5")
W1 = M([[R("0.5"), R("0.3")], [R("-0.4"), R("0.6")], [R("0.2"), R("-0.1")]]); b1 = M([R("0.1"), R("0.2"), R("-0.3")])
w2 = M([R("1.5"), R("-0.7"), R("0.9")]); b2 = R("-0.2")
L.define(2, "x, y"); L.define(2, "W1, b1"); L.define(2, "w2, b2"); L.define(2, "ReLU, L")
relu = lambda v: v.applyfunc(lambda u: sp.Max(0, u))


def fwd(W1, b1, w2, b2):
    z = W1 * x + b1
    h = relu(z)
    yh = (w2.T * h)[0] + b2
    return z, h, yh, (yh - y) ** 2 / 2


z, h, yh, Lv = fwd(W1, b1, w2, b2)
L.define(note="z = W1 x + b1")
L.step(z[0] == R("0.5") * 2 + R("0.3") * -1 + R("0.1")); L.step(z[0] == R("0.8"))
L.step(z[1] == R("-0.4") * 2 + R("0.6") * -1 + R("0.2")); L.step(z[1] == R("-1.2"))
L.step(z[2] == R("0.2") * 2 - R("0.1") * -1 - R("0.3")); L.step(z[2] == R("0.2"))
L.define(note="h = ReLU(z)"); L.step(h == M([R("0.8"), 0, R("0.2")]))
L.define(note="yhat = w2^T h + b2")
L.step(yh == R("1.5") * R("0.8") - R("0.7") * 0 + R("0.9") * R("0.2") - R("0.2"))
L.step(R("1.5") * R("0.8") == R("1.2") and R("0.9") * R("0.2") == R("0.18")); L.step(yh == R("1.18"))
L.step(Lv == (R("1.18") - R("1.5")) ** 2 / 2); L.step(Lv == R("0.1024") / 2); L.step(Lv == R("0.0512"))
d = yh - y
L.define(note="delta := dL/dyhat"); L.step(True, note="dL/dyhat = yhat - y"); L.step(d == R("-0.32"))
gw2 = d * h
L.step(True, note="dL/dw2 = delta h"); L.step(gw2 == M([R("-0.256"), 0, R("-0.064")]))
L.step(True, note="dL/db2 = delta"); L.step(d == R("-0.32"))
gh = d * w2
L.step(True, note="dL/dh = delta w2"); L.step(gh == M([R("-0.48"), R("0.224"), R("-0.288")]))
mask = z.applyfunc(lambda u: 1 if u > 0 else 0)
L.step(mask == M([1, 0, 1]), note="ReLU'(z) = 1[z > 0]")
d1 = M([gh[i] * mask[i] for i in range(3)])
L.define(note="delta_1 := dL/dz"); L.step(True, note="dL/dz = dL/dh * mask"); L.step(d1 == M([R("-0.48"), 0, R("-0.288")]))
gW1 = d1 * x.T
L.step(True, note="dL/dW1 = delta_1 x^T"); L.step(gW1 == M([[R("-0.96"), R("0.48")], [0, 0], [R("-0.576"), R("0.288")]]))
L.step(True, note="dL/db1 = delta_1")
gx = W1.T * d1
L.step(True, note="dL/dx = W1^T delta_1")
L.step(gx == M([R("0.5") * R("-0.48") + R("0.2") * R("-0.288"), R("0.3") * R("-0.48") - R("0.1") * R("-0.288")]))
L.step(gx == M([R("-0.2976"), R("-0.1152")]))
eta = R("0.1")
L.define(note="eta"); L.define(note="SGD rule")
nw2, nb2, nW1, nb1 = w2 - eta * gw2, b2 - eta * d, W1 - eta * gW1, b1 - eta * d1
L.step(nw2 == M([R("1.5") + R("0.0256"), R("-0.7"), R("0.9") + R("0.0064")])); L.step(nw2 == M([R("1.5256"), R("-0.7"), R("0.9064")]))
L.step(nb2 == R("-0.2") + R("0.032")); L.step(nb2 == R("-0.168"))
L.step(nW1[0, :] == M([[R("0.5") + R("0.096"), R("0.3") - R("0.048")]])); L.step(nW1[0, :] == M([[R("0.596"), R("0.252")]]))
L.step(nW1[2, :] == M([[R("0.2") + R("0.0576"), R("-0.1") - R("0.0288")]])); L.step(nW1[2, :] == M([[R("0.2576"), R("-0.1288")]]))
L.step(nb1 == M([R("0.1") + R("0.048"), R("0.2"), R("-0.3") + R("0.0288")])); L.step(nb1 == M([R("0.148"), R("0.2"), R("-0.2712")]))
z2, h2, yh2, L2 = fwd(nW1, nb1, nw2, nb2)
L.step(z2[0] == R("0.596") * 2 + R("0.252") * -1 + R("0.148")); L.step(z2[0] == R("1.088"))
L.step(z2[2] == R("0.2576") * 2 - R("0.1288") * -1 - R("0.2712"))
L.step(z2[2] == R("0.5152") - R("0.1288") - R("0.2712"), note="+0.1288")
L.step(R("0.5152") - R("0.1288") - R("0.2712") == R("0.1152"))
yhw = R("1.5256") * R("1.088") + R("0.9064") * R("0.1152") - R("0.168")
L.step(yh2 == yhw, carried=True)
L.step(rounds("1.6599", R("1.5256") * R("1.088")) and rounds("0.1044", R("0.9064") * R("0.1152")))
L.step(rounds("1.5963", R("1.6599") + R("0.1044") - R("0.168")))
L.step(substituted(L2, lambda p: (p - R("1.5")) ** 2 / 2, "~1.5963"), carried=substituted((yhw - y) ** 2 / 2, lambda p: (p - R("1.5")) ** 2 / 2, "~1.5963"))
L.step(rounds("0.0093", (R("1.5963") - R("1.5")) ** 2)); L.step(rounds("0.0046", R("0.0093") / 2, (yhw - y) ** 2 / 2))
L.step(R("0.0046") < R("0.0512"))
# reader: no mask
L.step(d1 == gh, note="mask dropped"); L.step(True, note="dL/dh as computed in step 6")
L.step(gW1[1, :] == R("0.224") * x.T, carried=True); L.step(R("0.224") * x.T == M([[R("0.448"), R("-0.224")]]))
L.step(True, note="dL/dx = W1^T delta_1 as a formula")
L.step(gx == W1.T * gh, carried=(W1.T * gh) == M([R("-0.2976") - R("0.4") * R("0.224"), R("-0.1152") + R("0.6") * R("0.224")]))
L.step(M([R("-0.2976") - R("0.4") * R("0.224"), R("-0.1152") + R("0.6") * R("0.224")]) == M([R("-0.3872"), R("0.0192")]))
# test kitchen
L.step(mask[1] == 0); L.step(d1[1] == R("0.224") * 0); L.step(d1[1] == 0)
L.step(gW1[1, :] == M([[0, 0]])); L.step(gx == M([R("-0.2976"), R("-0.1152")]))
L.step(R("-0.1288") * -1 == R("0.1288"))
L.step(z2[2] == R("0.5152") + R("0.1288") - R("0.2712")); L.step(z2[2] == R("0.3728"))
L.step(substituted(yh2, lambda p: p + R("0.9064") * R("0.3728") - R("0.168"), "~1.6599"))
L.step(rounds("0.3379", R("0.9064") * R("0.3728"))); L.step(rounds("1.8298", R("1.6599") + R("0.3379") - R("0.168"), yh2))
L.step(substituted(L2, lambda p: (p - R("1.5")) ** 2 / 2, "~1.8298"))
L.step(rounds("0.1088", (R("1.8298") - R("1.5")) ** 2, (yh2 - y) ** 2)); L.step(rounds("0.0544", R("0.1088") / 2, L2))
L.step(R("0.0544") > R("0.0512")); L.define(note="eta = 0.1 restated")
eta = R("0.05")
nw2, nb2, nW1, nb1 = w2 - eta * gw2, b2 - eta * d, W1 - eta * gW1, b1 - eta * d1
L.define(note="eta = 0.05")
L.step(nW1[0, :] == M([[R("0.548"), R("0.276")]])); L.step(nW1[2, :] == M([[R("0.2288"), R("-0.1144")]]))
L.step(nb1 == M([R("0.124"), R("0.2"), R("-0.2856")])); L.step(nw2 == M([R("1.5128"), R("-0.7"), R("0.9032")])); L.step(nb2 == R("-0.184"))
z3, h3, yh3, L3 = fwd(nW1, nb1, nw2, nb2)
L.step(z3[0] == R("1.096") - R("0.276") + R("0.124")); L.step(z3[0] == R("0.944"))
L.step(z3[2] == R("0.4576") + R("0.1144") - R("0.2856")); L.step(z3[2] == R("0.2864"))
L.step(yh3 == R("1.5128") * R("0.944") + R("0.9032") * R("0.2864") - R("0.184"))
L.step(rounds("1.42808", R("1.5128") * R("0.944")) and rounds("0.25868", R("0.9032") * R("0.2864")))
L.step(rounds("1.50276", R("1.42808") + R("0.25868") - R("0.184"), yh3))
L.step(substituted(L3, lambda p: p ** 2 / 2, "~0.00276")); L.step(rounds("0.0000038", R("0.00276") ** 2 / 2, L3, approx=True))
# Recipe 3.2: dual numbers, computed in Q[e]/(e^2)
e = sp.symbols("e")
red = lambda p: sp.expand(p).subs(e ** 2, 0).subs(e ** 3, 0)    # e^2 = 0 (after expanding, powers above 3 do not occur)
a, b, c, dd = sp.symbols("a b c d", positive=True)
L.define(2, "eps^2 = 0, eps != 0"); L.define(3, "f, x1, x2")
L.step(sp.expand(red((a + b * e) * (c + dd * e)) - (a * c + (a * dd + b * c) * e)) == 0)
g_ = sp.Function("g")
L.step(sp.series(sp.exp(a + b * e), e, 0, 2).removeO().expand() == (sp.exp(a) + sp.exp(a) * b * e).expand(), note="Taylor: exp as a case")
L.step(red((2 + e) ** 3) == 8 + 12 * e)
L.step(red((3 + 2 * e) * (1 - e)) == 3 - 3 * e + 2 * e); L.step(sp.expand(3 - 3 * e + 2 * e) == 3 - e)
ser = lambda expr: sp.expand(sp.series(expr, e, 0, 2).removeO())
L.step(sp.simplify(ser(sp.exp(1 + e)) - (sp.E + sp.E * e)) == 0)
L.step(sp.simplify(ser(sp.log(2 + 3 * e)) - (sp.log(2) + sp.Rational(3, 2) * e)) == 0)
L.step(sp.simplify(red((a + b * e) * (1 / a - b / a ** 2 * e)) - 1) == 0)
L.step(sp.simplify(ser(1 / (a + b * e)) - (1 / a - b / a ** 2 * e)) == 0); L.define(note="a != 0")
L.define(2, "q(x), x = 2 + eps")
q = lambda u: u / (1 + u ** 2)
L.step(red(1 + (2 + e) ** 2) == 5 + 4 * e)
L.step(sp.simplify(ser(1 / (5 + 4 * e)) - (R("0.2") - R("0.16") * e)) == 0)
L.step(sp.simplify(ser(q(2 + e)) - red((2 + e) * (R("0.2") - R("0.16") * e))) == 0)
L.step(red((2 + e) * (R("0.2") - R("0.16") * e)) == sp.expand(R("0.4") + (R("0.2") - R("0.32")) * e))
L.step(sp.expand(R("0.4") + (R("0.2") - R("0.32")) * e) == R("0.4") - R("0.12") * e)
X = sp.symbols("X", real=True)
dq = sp.diff(q(X), X)
L.step(dq.subs(X, 2) == R("-0.12")); L.step(same(dq, (1 - X ** 2) / (1 + X ** 2) ** 2, positive=False))
L.step(sp.Rational(1 - 4, 25) == R("-0.12"))
L.define(note="x = 1 + eps")
L.step(sp.simplify(ser(q(1 + e)) - red((1 + e) * (R("0.5") - R("0.5") * e))) == 0)
L.step(red((1 + e) * (R("0.5") - R("0.5") * e)) == R("0.5"))
x1, x2 = R("1.2"), R("0.5")
L.define(4, "v-1 = x1 = 1.2, v0 = x2 = 0.5")
L.define(); L.step(x1 * x2 == R("0.6")); L.define(); L.step(rounds("0.9320", sp.sin(x1)))
L.define(); L.step(rounds("1.6487", sp.exp(x2))); L.define(); L.step(rounds("1.5320", R("0.6") + R("0.9320"), x1 * x2 + sp.sin(x1)))
fv = x1 * x2 + sp.sin(x1) - sp.exp(x2)
L.define(); L.step(rounds("-0.1167", R("1.5320") - R("1.6487"), fv)); L.define(note="f = v5")
L.define(2, "seed (1, 0)")
d1x, d2x = x2 + sp.cos(x1), x1 - sp.exp(x2)
L.step(True, note="product rule for v1"); L.step(x2 == R("0.5"))
L.step(True, note="cos rule for v2"); L.step(rounds("0.3624", sp.cos(x1)))
L.step(True, note="exp rule for v3"); L.step(sp.exp(x2) * 0 == 0)
L.step(True, note="sum rule"); L.step(rounds("0.8624", R("0.5") + R("0.3624"), d1x))
L.step(True, note="difference rule"); L.step(rounds("0.8624", d1x))
L.step(rounds("0.8624", d1x)); L.step(same(sp.diff(X * x2 + sp.sin(X) - sp.exp(x2), X), x2 + sp.cos(X), positive=False))
L.step(substituted(d1x, lambda p: R("0.5") + p, "~0.3624"))
L.define(2, "seed (0, 1)")
L.step(True, note="v1' = v-1 v0' = v-1"); L.step(x1 == R("1.2")); L.step(True, note="v2' = 0")
L.step(True, note="v3' = v3"); L.step(rounds("1.6487", sp.exp(x2)))
L.step(x1 == R("1.2")); L.step(substituted(d2x, lambda p: R("1.2") - p, "~1.6487")); L.step(rounds("-0.4487", R("1.2") - R("1.6487"), d2x))
L.step(True, note="df/dx2 = x1 - e^x2")
L.define(note="u")
L.step(substituted(d1x + d2x, lambda p, r: p + r, "~0.8624", "~-0.4487")); L.step(R("0.8624") - R("0.4487") == R("0.4137"))
# reader
L.step(False, note="v1' = v-1' v0 + v-1 v0'"); L.step(1 * 0 == 0)
L.step(False, carried=True); L.step(R("0") + R("0.3624") == R("0.3624"))
L.step(True, note="df/dx1 = v5' with seed (1, 0)"); L.step(rounds("0.3624", d1x), carried=True)
L.step(True, note="product rule"); L.step(1 * R("0.5") + R("1.2") * 0 == x2); L.step(1 * R("0.5") + R("1.2") * 0 == R("0.5"))
f_ = lambda p, r: p * r + sp.sin(p) - sp.exp(r)
L.step(rounds("0.8624", (f_(R("1.201"), x2) - f_(R("1.199"), x2)) / R("0.002"), approx=True))
# reader: degrees
deg = sp.pi / 180
L.step(True, note="v2 = sin 1.2"); L.step(rounds("0.0209", sp.sin(x1)), note="sin of 1.2 degrees is 0.0209")
L.define(note="f = v5 restated")
L.step(substituted(fv, lambda p: R("0.6") + p - R("1.6487"), "~0.0209"),
       carried=rounds("0.0209", sp.sin(x1 * deg)) and substituted(x1 * x2 + sp.sin(x1 * deg) - sp.exp(x2), lambda p: R("0.6") + p - R("1.6487"), "~0.0209"))
L.step(R("0.6") + R("0.0209") - R("1.6487") == R("-1.0278"))
L.step(True, note="v2' = cos 1.2 with the first seed"); L.step(rounds("0.9998", sp.cos(x1)), note="cos of 1.2 degrees")
L.step(substituted(d1x, lambda p: R("0.5") + p, "~0.9998"), carried=rounds("0.9998", sp.cos(x1 * deg)))
L.step(R("0.5") + R("0.9998") == R("1.4998"))
L.step(rounds("0.9320", sp.sin(x1))); L.step(rounds("0.3624", sp.cos(x1)))
# Recipe 3.3
t1, t2 = sp.symbols("theta1 theta2", real=True)
fq = (t1 ** 2 + 10 * t2 ** 2) / 2
grad = lambda th: M([th[0], 10 * th[1]])
fval = lambda th: (th[0] ** 2 + 10 * th[1] ** 2) / 2
L.define(note="f"); L.step(M([sp.diff(fq, t1), sp.diff(fq, t2)]) == M([t1, 10 * t2]))
th0 = M([1, 1]); L.define(note="theta0"); L.step(fval(th0) == R("5.5"))
eta = R("0.15"); L.define(2, "eta, GD rule")
gd = [th0]
for _ in range(3):
    gd.append(gd[-1] - eta * grad(gd[-1]))
L.step(gd[1] == M([1 - R("0.15"), 1 - R("1.5")])); L.step(gd[1] == M([R("0.85"), R("-0.5")]))
L.step(fval(gd[1]) == (R("0.7225") + R("2.5")) / 2); L.step(fval(gd[1]) == R("1.61125"))
L.step(gd[2] == M([R("0.85") - R("0.1275"), R("-0.5") + R("0.75")])); L.step(gd[2] == M([R("0.7225"), R("0.25")]))
L.step(substituted(fval(gd[2]), lambda p: (p + R("0.625")) / 2, "~0.5220")); L.step(rounds("0.5735", (R("0.5220") + R("0.625")) / 2, fval(gd[2])))
L.step(1 - R("0.15") == R("0.85")); L.step(1 - R("1.5") == R("-0.5"))
L.define(note="eta > 2/10"); L.step(sp.Rational(2, 10) == R("0.2"))
beta = R("0.5"); L.define(4, "beta, rules, v0")
v = M([0, 0]); th = th0; mom = []
for _ in range(3):
    v = beta * v + grad(th); th = th - eta * v; mom.append((v, th))
L.step(mom[0][0] == M([1, 10])); L.step(mom[0][1] == M([R("0.85"), R("-0.5")]))
L.step(mom[1][0] == R("0.5") * M([1, 10]) + M([R("0.85"), -5])); L.step(mom[1][0] == M([R("1.35"), 0]))
L.step(mom[1][1] == M([R("0.85") - R("0.2025"), R("-0.5")])); L.step(mom[1][1] == M([R("0.6475"), R("-0.5")]))
L.step(mom[2][0] == R("0.5") * M([R("1.35"), 0]) + M([R("0.6475"), -5])); L.step(mom[2][0] == M([R("1.3225"), -5]))
L.step(substituted(mom[2][1][0], lambda p: R("0.6475") - p, "~0.1984") and mom[2][1][1] == R("-0.5") + R("0.75"))
L.step(rounds("0.4491", R("0.6475") - R("0.1984"), mom[2][1][0]) and mom[2][1][1] == R("0.25"))
L.step(substituted(fval(mom[2][1]), lambda p: (p + R("0.625")) / 2, "~0.2017") and rounds("0.2017", R("0.4491") ** 2))
L.step(rounds("0.4134", (R("0.2017") + R("0.625")) / 2, fval(mom[2][1])))
L.step(fval(gd[3]) == (R("0.7225") ** 2 + 10 * R("0.125") ** 2) / 2, note="0.614125, not 0.7225")
L.step(rounds("0.3391", (R("0.7225") ** 2 + 10 * R("0.125") ** 2) / 2))
# Adam
e1, b1a, b2a = R("0.1"), R("0.9"), R("0.999")
L.define(3, "eta, beta1, beta2"); L.define(4, "m, s, m-hat, s-hat")
L.define(2, "theta update, t = 1")
m = M([0, 0]); s = M([0, 0]); th = th0; adam = []
for k in range(1, 3):
    g = grad(th)
    m = b1a * m + (1 - b1a) * g; s = b2a * s + (1 - b2a) * g.applyfunc(lambda u: u ** 2)
    mh = m / (1 - b1a ** k); sh = s / (1 - b2a ** k)
    th = M([th[i] - e1 * mh[i] / sp.sqrt(sh[i]) for i in range(2)])
    adam.append((g, m, s, mh, sh, th))
g, m, s, mh, sh, th = adam[0]
L.step(g == M([1, 10]))
L.step(m == M([R("0.1"), 1])); L.step(s == M([R("0.001"), R("0.1")])); L.step(mh == M([1, 10])); L.step(sh == M([1, 100]))
L.step(th == M([1 - R("0.1") * 1 / 1, 1 - R("0.1") * 10 / 10])); L.step(th == M([R("0.9"), R("0.9")]))
g, m, s, mh, sh, th = adam[1]
L.define(note="t = 2"); L.step(g == M([R("0.9"), 9]))
L.step(m == M([R("0.18"), R("1.8")])); L.step(s == M([R("0.001809"), R("0.1809")]))
L.step(1 - b1a ** 2 == R("0.19")); L.step(rounds("0.9474", mh[0]) and rounds("9.4737", mh[1]))
L.step(1 - b2a ** 2 == R("0.001999")); L.step(rounds("0.9050", sh[0]) and rounds("90.4952", sh[1]))
L.step(substituted(mh[0] / sp.sqrt(sh[0]), lambda p, r: p / r, "~0.9474", "~0.9513") and rounds("0.9513", sp.sqrt(sh[0])))
L.step(rounds("0.9959", R("0.9474") / R("0.9513"), mh[0] / sp.sqrt(sh[0])))
L.step(substituted(th[0], lambda p: R("0.9") - p, "~0.0996") and substituted(th[1], lambda p: R("0.9") - p, "~0.0996")
       and rounds("0.0996", e1 * mh[1] / sp.sqrt(sh[1])))
L.step(rounds("0.8004", R("0.9") - R("0.0996"), th[0]) and rounds("0.8004", th[1]))
L.step(substituted(fval(th), lambda p: R("5.5") * p ** 2, "~0.8004")); L.step(rounds("3.5235", R("5.5") * R("0.8004") ** 2, fval(th)))
# reader: no square root
th1 = adam[0][5]
L.step(th1 == M([1 - R("0.1") * 1 / 1, 1 - R("0.1") * 10 / 100]), note="sqrt of s-hat")
L.step(M([1 - R("0.1") * 1 / 1, 1 - R("0.1") * 10 / 100]) == M([R("0.9"), R("0.99")]))
L.step(fval(th1) == (R("0.81") + R("9.801")) / 2, carried=fval(M([R("0.9"), R("0.99")])) == (R("0.81") + R("9.801")) / 2)
L.step((R("0.81") + R("9.801")) / 2 == R("5.3055"))
L.step(fval(th1) == (R("0.81") + R("8.1")) / 2); L.step(fval(th1) == R("4.455"))
L.done()
