"""Labels for sphinx_manual_minigrad_relu_forward_mode_optim.tex: the LaTeX build of a small library's Sphinx
documentation (sphinxmanual class, `\\sphinxAtStartPar`, `fulllineitems` API entries, `equation*`/`split` displays,
`\\(...\\)` inline math, Pygments-highlighted code, admonitions, a `tabulary` evaluation trace): ReLU and its
subgradient; a 2-3-1 ReLU network with a linear output and squared loss (forward pass with a dead unit, g, output
gradients, dL/dh, the mask, delta_1, dL/dW_1, the input gradient W_1^T delta_1 and its norm, an SGD step on every
parameter and a second forward pass); dual numbers and a forward-mode trace for x1^2 x2 + sin(x1 x2) at (1.2, 0.5)
with two seeds, a hand check and a directional derivative; gradient descent and momentum on a separable quadratic,
its contraction factors and step bound; Newton on the quadratic and on e^w - 2w; matrix-calculus identities and a
least-squares example. Every number is recomputed here."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch40/sphinx_manual_minigrad_relu_forward_mode_optim.tex")
N = lambda e: sp.N(e, 40)
relu = lambda t: t if t > 0 else 0

# relu
L.define(note="relu")
L.step(True, note="relu' piecewise"); L.define(2, "case conditions")
L.define(note="convention relu'(0) = 0")
# network
L.define(4, "z, h, y hat, L"); L.define(6, "x, W_1, b_1, w_2, b_2, y")
x = [R("1.5"), R("-0.5")]
W = [[R("0.2"), R("-0.4")], [R("-0.5"), R("0.3")], [R("0.6"), R("0.1")]]
b1 = [R("0.1"), 0, R("-0.2")]
w2 = [R("0.8"), R("-0.6"), R("0.5")]
b2, y = R("0.05"), R("0.5")


def forward(W, b1, w2, b2):
    zz = [W[i][0] * x[0] + W[i][1] * x[1] + b1[i] for i in range(3)]
    hh = [relu(t) for t in zz]
    yh = sum(w2[i] * hh[i] for i in range(3)) + b2
    return zz, hh, yh, (yh - y) ** 2 / 2


z, h, yh, Lo = forward(W, b1, w2, b2)
L.step(z[0] == R("0.3") + R("0.2") + R("0.1")); L.step(R("0.3") + R("0.2") + R("0.1") == R("0.6")); L.step(z[0] == R("0.6"))
L.step(z[1] == R("-0.75") - R("0.15")); L.step(R("-0.75") - R("0.15") == R("-0.9")); L.step(z[1] == R("-0.9"))
L.step(z[2] == R("0.9") - R("0.05") - R("0.2")); L.step(R("0.9") - R("0.05") - R("0.2") == R("0.65")); L.step(z[2] == R("0.65"))
L.step(h == [R("0.6"), 0, R("0.65")])
L.step(yh == R("0.8") * R("0.6") + R("-0.6") * 0 + R("0.5") * R("0.65") + R("0.05"))
L.step(yh == R("0.48") + R("0.325") + R("0.05")); L.step(yh == R("0.855"))
L.step(Lo == (R("0.855") - R("0.5")) ** 2 / 2); L.step(Lo == R("0.126025") / 2); L.step(Lo == R("0.0630125"))
g = yh - y
L.define(note="g := dL/dyhat"); L.step(True, note="yhat - y"); L.step(g == R("0.355"))
L.step(True, note="dL/db2 = g"); L.step(g == R("0.355"))
L.step(True, note="dL/dw2 = g h"); L.step(True, note="substitution"); L.step([g * t for t in h] == [R("0.213"), 0, R("0.23075")])
gh = [g * t for t in w2]
L.step(True, note="dL/dh = g w2"); L.step(gh == [R("0.284"), R("-0.213"), R("0.1775")])
mask = [1 if t > 0 else 0 for t in z]
L.step(mask == [1, 0, 1])
d = [gh[i] * mask[i] for i in range(3)]
L.define(note="delta_1 := dL/dz"); L.step(True, note="chain rule through relu"); L.step(d == [R("0.284"), 0, R("0.1775")])
L.step(True, note="dz_i/dW_ij = x_j")
gW = [[d[i] * x[j] for j in range(2)] for i in range(3)]
L.step(True, note="outer product"); L.step(True, note="entries written as products")
L.step(gW == [[R("0.426"), R("-0.142")], [0, 0], [R("0.26625"), R("-0.08875")]])
L.step(True, note="dL/db1 = delta_1")
L.define(note="z_i = sum_j W_ij x_j + b_i")
gx = [sum(W[i][j] * d[i] for i in range(3)) for j in range(2)]
L.step(True, note="W_1^T delta_1")
L.step(gx == [R("0.2") * R("0.284") + R("-0.5") * 0 + R("0.6") * R("0.1775"), R("-0.4") * R("0.284") + R("0.3") * 0 + R("0.1") * R("0.1775")])
L.step(gx == [R("0.0568") + R("0.1065"), R("-0.1136") + R("0.01775")])
L.step(gx == [R("0.1633"), R("-0.09585")])
nrm = sp.sqrt(gx[0] ** 2 + gx[1] ** 2)
L.step(substituted(nrm, lambda a, b_: sp.sqrt(a + b_), "~0.02667", "~0.009187") and rounds("0.02667", R("0.1633") ** 2) and rounds("0.009187", R("0.09585") ** 2))
L.step(R("0.02667") + R("0.009187") == R("0.035857"))
L.step(rounds("0.1849", sp.sqrt(R("0.035857")), nrm), note="0.1894")
# SGD step
eta = R("0.1")
L.define(2, "rule, eta")
L.step(b2 - eta * g == R("0.05") - R("0.1") * R("0.355")); L.step(R("0.05") - R("0.1") * R("0.355") == R("0.0145"))
gw2 = [g * t for t in h]
nw2 = [w2[i] - eta * gw2[i] for i in range(3)]
L.step(nw2 == [R("0.8") - R("0.0213"), R("-0.6"), R("0.5") - R("0.023075")]); L.step(nw2 == [R("0.7787"), R("-0.6"), R("0.476925")])
nW = [[W[i][j] - eta * gW[i][j] for j in range(2)] for i in range(3)]
L.step(nW[0][0] == R("0.2") - R("0.1") * R("0.426")); L.step(R("0.2") - R("0.1") * R("0.426") == R("0.1574"))
L.step(nW[0][1] == R("-0.4") - R("0.1") * R("-0.142")); L.step(R("-0.4") - R("0.1") * R("-0.142") == R("-0.4142"), note="-0.3858")
L.step(nW[2][0] == R("0.6") - R("0.1") * R("0.26625")); L.step(R("0.6") - R("0.1") * R("0.26625") == R("0.573375"))
L.step(nW[2][1] == R("0.1") - R("0.1") * R("-0.08875")); L.step(R("0.1") - R("0.1") * R("-0.08875") == R("0.108875"))
nb1 = [b1[i] - eta * d[i] for i in range(3)]
L.step(nb1 == [R("0.1") - R("0.0284"), 0, R("-0.2") - R("0.01775")]); L.step(nb1 == [R("0.0716"), 0, R("-0.21775")])
nb2 = b2 - eta * g
nz, nh, nyh, nL = forward(nW, nb1, nw2, nb2)
L.step(nz[0] == R("0.1574") * R("1.5") - R("0.4142") * R("-0.5") + R("0.0716"), carried=True)
L.step(R("0.1574") * R("1.5") == R("0.2361") and R("-0.4142") * R("-0.5") == R("0.2071")); L.step(R("0.2361") + R("0.2071") + R("0.0716") == R("0.5148"))
L.step(nz[2] == R("0.573375") * R("1.5") + R("0.108875") * R("-0.5") - R("0.21775"))
L.step(R("0.573375") * R("1.5") == R("0.8600625") and R("0.108875") * R("-0.5") == R("-0.0544375"))
L.step(R("0.8600625") - R("0.0544375") - R("0.21775") == R("0.587875"))
wyh = R("0.7787") * R("0.5148") + R("0.476925") * R("0.587875") + R("0.0145")
L.step(nyh == wyh, carried=True); L.step(rounds("0.6957", wyh))
L.step(substituted(nL, lambda a: (a - R("0.5")) ** 2 / 2, "~0.6957"), carried=True)
L.step(rounds("0.0191", (R("0.6957") - R("0.5")) ** 2 / 2))
# dual numbers
a, b, c, dd, e = sp.symbols("a b c d epsilon", positive=True)
eps_rule = lambda expr: sp.expand(sp.series(expr, e, 0, 2).removeO())
L.define(note="epsilon^2 = 0")
L.step(True, note="sum")
L.step(sp.expand((a + b * e) * (c + dd * e)) == sp.expand(a * c + (a * dd + b * c) * e + b * dd * e ** 2))
L.step(True, note="drop eps^2")
L.step(same(eps_rule(1 / (c + dd * e)), 1 / c - dd / c ** 2 * e))
L.step(True, note="Taylor: f(a + b eps) = f(a) + b f'(a) eps")
L.step(same(eps_rule(sp.sin(a + b * e)), sp.sin(a) + b * sp.cos(a) * e))
L.step(same(eps_rule(sp.cos(a + b * e)), sp.cos(a) + b * sp.sin(a) * e), note="- b sin a")
L.step(same(eps_rule(sp.exp(a + b * e)), sp.exp(a) + b * sp.exp(a) * e))
L.step(same(eps_rule(sp.log(a + b * e)), sp.log(a) + b / a * e))
# trace
x1, x2 = R("1.2"), R("0.5")
L.define(4, "f, point, two seeds")
L.define(4, "v1 = x1 = 1.2, seeds"); L.define(4, "v2 = x2 = 0.5, seeds")
v3, v4, v5 = x1 ** 2, x1 ** 2 * x2, x1 * x2
v6 = N(sp.sin(v5)); cs = N(sp.cos(v5))
L.define(); L.step(v3 == R("1.44")); L.step(True, note="d(v1^2)"); L.step(2 * x1 * 1 == R("2.4")); L.step(True); L.step(2 * x1 * 0 == 0)
L.define(); L.step(v4 == R("0.72")); L.step(True, note="product rule"); L.step(R("2.4") * x2 + v3 * 0 == R("1.2"))
L.step(False, note="product rule drops v3 vdot2"); L.step(0 * x2 == 0)
L.define(); L.step(v5 == R("0.6")); L.step(True); L.step(1 * x2 + x1 * 0 == R("0.5")); L.step(True); L.step(0 * x2 + x1 * 1 == R("1.2"))
L.define(); L.step(rounds("0.5646", v6))
L.step(True); L.step(substituted(cs * R("0.5"), lambda p: p * R("0.5"), "~0.8253") and rounds("0.8253", cs))
L.step(rounds("0.4127", R("0.8253") * R("0.5"), cs * R("0.5")))
L.step(True); L.step(substituted(cs * R("1.2"), lambda p: p * R("1.2"), "~0.8253")); L.step(rounds("0.9904", R("0.8253") * R("1.2"), cs * R("1.2")))
f1 = 2 * x1 * x2 + x2 * cs
f2 = x1 ** 2 + x1 * cs
L.define(); L.step(rounds("1.2846", v4 + v6)); L.step(True); L.step(rounds("1.6127", R("1.2") + R("0.4127"), f1))
L.step(True); L.step(rounds("0.9904", f2), carried=R("0") + R("0.9904") == R("0.9904"))
L.step(rounds("1.2846", v4 + v6)); L.step(rounds("1.6127", f1)); L.step(rounds("0.9904", f2), carried=True)
xs1, xs2 = sp.symbols("x1 x2", positive=True)
fs = xs1 ** 2 * xs2 + sp.sin(xs1 * xs2)
L.step(same(sp.diff(fs, xs1), 2 * xs1 * xs2 + xs2 * sp.cos(xs1 * xs2)))
L.step(substituted(f1, lambda p: R("1.2") + R("0.5") * p, "~0.8253")); L.step(rounds("1.6127", R("1.2") + R("0.5") * R("0.8253"), f1))
L.define(note="u")
Du = R("0.6") * f1 + R("0.8") * f2
L.step(True, note="D_u f = grad f . u")
L.step(substituted(Du, lambda p, q: R("0.6") * p + R("0.8") * q, "~1.6127", "~0.9904"), carried=True)
L.step(rounds("0.9676", R("0.6") * R("1.6127")) and rounds("0.7923", R("0.8") * R("0.9904")))
L.step(R("0.9676") + R("0.7923") == R("1.7599"))
# SGD / momentum
L.define(note="GD rule"); L.define(3, "momentum rules")
w1s, w2s = sp.symbols("w1 w2", real=True)
fq = (w1s - 1) ** 2 + 4 * (w2s + R("0.5")) ** 2
grad = lambda p: [sp.diff(fq, w1s).subs({w1s: p[0], w2s: p[1]}), sp.diff(fq, w2s).subs({w1s: p[0], w2s: p[1]})]
fv = lambda p: fq.subs({w1s: p[0], w2s: p[1]})
L.define(3, "f, w0, eta")
L.step(same(sp.diff(fq, w1s), 2 * (w1s - 1), positive=False) and same(sp.diff(fq, w2s), 8 * (w2s + R("0.5")), positive=False))
w0 = [0, 0]
g0 = grad(w0); wa = [w0[k] - eta * g0[k] for k in range(2)]
L.step(g0 == [-2, 4]); L.step(True, note="substitution"); L.step(wa == [R("0.2"), R("-0.4")])
L.step(fv(wa) == R("0.64") + 4 * R("0.01")); L.step(fv(wa) == R("0.68"))
g1 = grad(wa); wb = [wa[k] - eta * g1[k] for k in range(2)]
L.step(g1 == [R("-1.6"), R("0.8")]); L.step(True, note="substitution"); L.step(wb == [R("0.36"), R("-0.48")])
L.step(fv(wb) == R("0.4096") + R("0.0016")); L.step(fv(wb) == R("0.4112"))
L.step(fv(w0) == 2); L.define(2, "coordinate recursions"); L.define(note="eta = 0.1")
L.step(rounds("0.1342", R("0.8") ** 10), note="0.8^10 = 0.1074")
L.step(True, note="eta < 2/8"); L.step(sp.Rational(2, 8) == R("0.25"))
beta = R("0.9")
mv1 = [beta * 0 + g0[k] for k in range(2)]; mw1 = [w0[k] - eta * mv1[k] for k in range(2)]
L.step(mv1 == [-2, 4]); L.step(mw1 == [R("0.2"), R("-0.4")])
mg1 = grad(mw1)
mv2 = [beta * mv1[k] + mg1[k] for k in range(2)]; mw2 = [mw1[k] - eta * mv2[k] for k in range(2)]
L.step(True, note="substitution"); L.step(mv2 == [R("-3.4"), R("4.4")]); L.step(True, note="substitution"); L.step(mw2 == [R("0.54"), R("-0.84")])
L.step(fv(mw2) == (R("0.54") - 1) ** 2 + 4 * (R("-0.84") + R("0.5")) ** 2); L.step(fv(mw2) == R("0.2116") + R("0.4624")); L.step(fv(mw2) == R("0.674"))
L.step(R("-0.84") < R("-0.5") and fv(mw2) > fv(wb))
# Newton
L.define(2, "Newton rule, H")
H = sp.hessian(fq, (w1s, w2s))
L.step(H == sp.diag(2, 8))
nw = sp.Matrix([0, 0]) - H.inv() * sp.Matrix(g0)
L.step(True, note="H^{-1} g = (-2/2, 4/8)"); L.step(list(nw) == [1, R("-0.5")])
w = sp.symbols("w", real=True)
f1d = sp.exp(w) - 2 * w
L.define(note="f")
L.step(same(sp.diff(f1d, w), sp.exp(w) - 2, positive=False)); L.step(same(sp.diff(f1d, w, 2), sp.exp(w), positive=False))
L.step(sp.solve(sp.diff(f1d, w), w) == [sp.log(2)]); L.step(rounds("0.6931", sp.log(2)))
L.define(note="w0 = 0")
newton = lambda t: t - (sp.exp(t) - 2) / sp.exp(t)
n1 = newton(0); n2 = N(newton(n1)); n3 = N(newton(n2))
L.step(True, note="Newton formula at 0"); L.step(True); L.step(n1 == 1)
L.step(True, note="Newton at 1"); L.step(rounds("0.7183", sp.E - 2) and rounds("2.7183", sp.E))
L.step(rounds("0.2642", R("0.7183") / R("2.7183"))); L.step(rounds("0.7358", 1 - R("0.2642"), n2))
L.step(substituted(n3, lambda t: t - (sp.exp(t) - 2) / sp.exp(t), "~0.7358"))
L.step(substituted(n3, lambda t, q: t - (q - 2) / q, "~0.7358", "~2.0871") and rounds("2.0871", sp.exp(n2)))
L.step(rounds("0.0417", (R("2.0871") - 2) / R("2.0871")))
L.step(rounds("0.6951", R("0.7358") - R("0.0417"), n3), note="0.6941")
L.define(note="e_k := w_k - w*")
L.step(substituted(n3 - sp.log(2), lambda t, s: t - s, "~0.6951", "~0.6931"), carried=True)
L.step(R("0.6951") - R("0.6931") == R("0.0020"))
e1, e2 = n1 - sp.log(2), n2 - sp.log(2)
L.step(substituted(e2 / e1 ** 2, lambda p, q, r: (p - q) / (1 - r) ** 2, "~0.7358", "~0.6931", "~0.6931"))
L.step(rounds("0.139", R("0.0427") / R("0.3069") ** 2, e2 / e1 ** 2), note="0.453; 0.139 is e2/e1")
ws = sp.log(2)
L.step(sp.simplify(sp.diff(f1d, w, 3).subs(w, ws) / (2 * sp.diff(f1d, w, 2).subs(w, ws))) == sp.Rational(1, 2))
L.define(note="f'' <= 0")
# matrix calculus
xv = sp.Matrix(sp.symbols("x1:3", real=True))
av = sp.Matrix(sp.symbols("a1:3", real=True))
grad_v = lambda expr, v: sp.Matrix([sp.diff(expr, t) for t in v])
L.step(sp.simplify(grad_v((av.T * xv)[0], xv) - av) == sp.zeros(2, 1))
L.step(sp.simplify(grad_v((xv.T * xv)[0], xv) - 2 * xv) == sp.zeros(2, 1))
A = sp.Matrix(2, 2, sp.symbols("A11 A12 A21 A22", real=True))
L.step(sp.simplify(grad_v((xv.T * A * xv)[0], xv) - 2 * A * xv) == sp.zeros(2, 1), note="(A + A^T) x")
X3 = sp.Matrix(3, 2, sp.symbols("X1:7", real=True)); yv = sp.Matrix(sp.symbols("y1:4", real=True))
r = X3 * xv - yv
L.step(sp.simplify(grad_v((r.T * r)[0], xv) - 2 * X3.T * r) == sp.zeros(2, 1))
Wm = sp.Matrix(2, 2, sp.symbols("W11 W12 W21 W22", real=True)); y2 = sp.Matrix(sp.symbols("u1:3", real=True))
rr = Wm * xv - y2
obj = (rr.T * rr)[0] / 2
L.step(sp.simplify(sp.Matrix(2, 2, lambda i, j: sp.diff(obj, Wm[i, j])) - rr * xv.T) == sp.zeros(2, 2))
Xm = sp.Matrix(2, 2, sp.symbols("Y11 Y12 Y21 Y22", real=True))
trg = sp.Matrix(2, 2, lambda i, j: sp.diff((A * Xm).trace(), Xm[i, j]))
L.step(sp.simplify(trg - A) == sp.zeros(2, 2), note="A^T")
ldg = sp.Matrix(2, 2, lambda i, j: sp.diff(sp.log(Xm.det()), Xm[i, j]))
L.step(sp.simplify(ldg - Xm.inv().T) == sp.zeros(2, 2))
X = sp.Matrix([[1, 0], [1, 1], [1, 2]]); yy = sp.Matrix([1, 2, 2])
L.define(2, "X, y")
XtX = X.T * X
L.step(XtX == sp.Matrix([[3, 3], [3, 5]])); L.step(X.T * yy == sp.Matrix([5, 6]))
L.step(XtX.det() == 15 - 9); L.step(XtX.det() == 6); L.step(XtX.inv() == sp.Matrix([[5, -3], [-3, 3]]) / 6)
L.define(note="normal equations")
wh = XtX.inv() * X.T * yy
L.step(wh == sp.Matrix([25 - 18, -15 + 18]) / 6); L.step(wh == sp.Matrix([sp.Rational(7, 6), sp.Rational(1, 2)]))
L.step(rounds("1.1667", wh[0], approx=True) and wh[1] == R("0.5"))
res = X * wh - yy
L.step(res == sp.Matrix([sp.Rational(1, 6), -sp.Rational(1, 3), sp.Rational(1, 6)])); L.step(X.T * res == sp.zeros(2, 1))
L.define(note="w = 0"); L.step(-2 * X.T * yy == sp.Matrix([-10, -12]))
As = sp.Matrix([[2, 1], [1, 3]]); xx = sp.Matrix([1, -1])
L.step(sp.simplify(grad_v((xv.T * As * xv)[0], xv) - 2 * As * xv) == sp.zeros(2, 1))
L.define(2, "A, x")
L.step(2 * As * xx == sp.Matrix([2, -4]) and As * xx == sp.Matrix([1, -2]))
L.done()
