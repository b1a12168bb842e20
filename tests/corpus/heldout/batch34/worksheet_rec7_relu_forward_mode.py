"""Labels for worksheet_rec7_relu_forward_mode.tex: a recitation worksheet filled in by a student (answers
typed into `\\ans{...}` blanks, i.e. `\\underline`, one `\\boxed`, `enumitem` labels A1., C1., a `tabular`
with `>{$}l<{$}` math columns for the AD trace, `\\odot`, `\\leftarrow`, a self-check list at the end):
sigma', ReLU', tanh', softplus', dual numbers; a 2-3-1 ReLU network with a linear output and squared
loss (one dead unit): forward pass, backward pass, dL/dW1, dL/db1, the input gradient W1^T delta, a
finite-difference check, the redo, an SGD step on the output layer and the new loss; a forward-mode
trace of f = ln x1 + x1 x2 - sin x2 at (3, 2) with seeds e1, e2 and a direction u.
(Which steps are slips is in batch34/README.md under "Mistakes".)"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch34/worksheet_rec7_relu_forward_mode.tex")
z = sp.symbols("z", real=True)
sig = 1 / (1 + sp.exp(-z))
dsig = sp.diff(sig, z)

# Part A
L.define(note="sigma")
L.step(same(dsig, sig * (1 + sig), positive=False), note="sigma(1 - sigma)")
L.step(dsig.subs(z, 0) == R("0.5") * (1 + R("0.5")), carried=True); L.step(R("0.5") * (1 + R("0.5")) == R("0.75"))
relu = sp.Max(0, z)
L.step(sp.diff(relu, z).subs(z, 2) == 1); L.define(note="z > 0")
L.step(sp.diff(relu, z).subs(z, -2) == 0); L.define(note="z < 0"); L.define(2, "convention at 0")
L.step(same(sp.diff(sp.tanh(z), z), 1 - sp.tanh(z) ** 2, positive=False))
L.step(substituted(1 - sp.tanh(R("0.5")) ** 2, lambda t: 1 - t ** 2, "~0.4621")); L.step(rounds("0.7865", 1 - R("0.4621") ** 2))
sp_ = sp.log(1 + sp.exp(z))
L.define(note="softplus"); L.step(same(sp.diff(sp_, z), sp.exp(z) / (1 + sp.exp(z)), positive=False))
L.step(same(sp.exp(z) / (1 + sp.exp(z)), sig, positive=False)); L.step(sp.diff(sp_, z).subs(z, 0) == R("0.5"))
a, b, c, d, e = sp.symbols("a b c d epsilon")
L.define(note="eps^2 = 0")
dual = lambda expr: sp.expand(expr).subs(e ** 2, 0)
L.step(sp.expand(dual((a + b * e) * (c + d * e)) - (a * c + (a * d + b * c) * e)) == 0)
L.step(sp.expand(dual((3 + e) ** 2) - (9 + 3 * e)) == 0, note="9 + 6 eps")
xx = sp.symbols("x")
L.step(sp.diff(xx ** 2, xx).subs(xx, 3) == 3, carried=sp.expand(9 + 3 * e).coeff(e) == 3)

# Part B
x = sp.Matrix([2, -1]); y = 1
W1 = sp.Matrix([[R("0.5"), R("-1.0")], [R("-0.3"), R("0.8")], [R("1.0"), R("0.5")]])
b1 = sp.Matrix([R("0.1"), R("0.2"), R("-0.4")]); w2 = sp.Matrix([R("0.6"), R("-0.4"), R("1.2")]); b2 = R("0.05")
L.define(5, "x, y, h, yhat, L"); L.define(4, "W1, b1, w2, b2")
zz = W1 * x + b1
h = zz.applyfunc(lambda t: sp.Max(0, t))
yh = (w2.T * h)[0] + b2
Lv = (yh - y) ** 2 / 2
L.step(zz[0] == R("0.5") * 2 + R("-1.0") * (-1) + R("0.1")); L.step(zz[0] == R("2.1")); L.step(h[0] == R("2.1"))
L.step(zz[1] == R("-0.3") * 2 + R("0.8") * (-1) + R("0.2")); L.step(zz[1] == R("-1.2")); L.step(h[1] == 0)
L.step(zz[2] == R("1.0") * 2 + R("0.5") * (-1) - R("0.4")); L.step(zz[2] == R("1.1")); L.step(h[2] == R("1.1"))
L.step(yh == R("0.6") * R("2.1") + R("-0.4") * 0 + R("1.2") * R("1.1") + R("0.05"))
L.step(R("0.6") * R("2.1") == R("1.26") and R("1.2") * R("1.1") == R("1.32")); L.step(yh == R("2.63"))
L.step(Lv == (R("2.63") - 1) ** 2 / 2); L.step(R("2.63") - 1 == R("1.63")); L.step(Lv == R("1.32845"))
L.step(zz[1] == R("-1.2")); L.step(zz[1] < 0)
# backward, by differentiating the unrolled network
W1s = sp.Matrix(3, 2, lambda i, j: sp.Symbol(f"W{i}{j}")); b1s = sp.Matrix(3, 1, lambda i, j: sp.Symbol(f"b{i}"))
w2s = sp.Matrix(3, 1, lambda i, j: sp.Symbol(f"v{i}")); b2s = sp.Symbol("c"); xs = sp.Matrix(sp.symbols("x1 x2"))
relu_s = lambda t: sp.Piecewise((t, t > 0), (0, True))
hs = (W1s * xs + b1s).applyfunc(relu_s)
Ls = (((w2s.T * hs)[0] + b2s) - y) ** 2 / 2
point = {**{W1s[i, j]: W1[i, j] for i in range(3) for j in range(2)}, **{b1s[i]: b1[i] for i in range(3)},
         **{w2s[i]: w2[i] for i in range(3)}, b2s: b2, xs[0]: x[0], xs[1]: x[1]}
g = lambda s_: sp.diff(Ls, s_).subs(point)
dw2 = sp.Matrix([g(w2s[i]) for i in range(3)]); db2 = g(b2s)
dW1 = sp.Matrix(3, 2, lambda i, j: g(W1s[i, j])); db1 = sp.Matrix([g(b1s[i]) for i in range(3)])
dx = sp.Matrix([g(xs[0]), g(xs[1])])
dh = (yh - y) * w2
L.step(True, note="dL/dyhat = yhat - y"); L.step(yh - y == R("1.63"))
L.step(dw2 == (yh - y) * h); L.step(h == sp.Matrix([R("2.1"), 0, R("1.1")]))
L.step(dw2 == sp.Matrix([R("3.423"), 0, R("1.793")])); L.step(db2 == R("1.63"))
L.step(True, note="dL/dh = (yhat - y) w2"); L.step(dh == R("1.63") * w2); L.step(dh == sp.Matrix([R("0.978"), R("-0.652"), R("1.956")]))
delta = db1                       # dL/dz = dL/db1
L.define(note="delta_1 := dL/dz"); L.step(delta == dh.multiply_elementwise(sp.Matrix([1, 0, 1])))
L.step(delta == sp.Matrix([R("0.978"), R("-0.652"), R("1.956")]), note="mask missing")
dwrong = sp.Matrix([R("0.978"), R("-0.652"), R("1.956")])
L.step(dW1 == delta * x.T)
L.step(delta * x.T == dwrong * x.T, carried=True)
L.step(dwrong * x.T == sp.Matrix([[R("1.956"), R("-0.978")], [R("-1.304"), R("0.652")], [R("3.912"), R("-1.956")]]))
L.step(db1 == delta); L.step(delta == dwrong, carried=True)
L.step(dx == W1.T * delta)
L.step(dx[0] == (W1.T * dwrong)[0], carried=True); L.step(R("0.5") * R("0.978") == R("0.489") and R("-0.3") * R("-0.652") == R("0.1956"))
L.step(R("0.489") + R("0.1956") + R("1.956") == R("2.6406"))
L.step(dx[1] == (W1.T * dwrong)[1], carried=True); L.step(R("0.8") * R("-0.652") == R("-0.5216"))
L.step(R("-0.978") - R("0.5216") + R("0.978") == R("-0.5216"))
Lx2 = lambda t: Ls.subs({**point, xs[1]: t})
L.step(rounds("0.0000", (Lx2(-1 + R("0.01")) - Lx2(-1 - R("0.01"))) / R("0.02"), approx=True))
L.step(delta == dwrong.multiply_elementwise(sp.Matrix([1, 0, 1]))); L.step(dwrong.multiply_elementwise(sp.Matrix([1, 0, 1])) == sp.Matrix([R("0.978"), 0, R("1.956")]))
L.step(dx[0] == R("0.489") + 0 + R("1.956")); L.step(R("0.489") + R("1.956") == R("2.445"))
L.step(dx[1] == R("-0.978") + 0 + R("0.978")); L.step(dx[1] == 0)
L.step(dx[1] == 0); L.step(R("-0.6") + R("0.6") == 0 and w2[0] * W1[0, 1] + w2[2] * W1[2, 1] == 0)
eta = R("0.1")
L.define(note="eta")
w2n = w2 - eta * dw2
L.step(w2n == w2 - eta * sp.Matrix([R("3.423"), 0, R("1.793")])); L.step(w2n == sp.Matrix([R("0.2577"), R("-0.4"), R("1.0207")]))
b2n = b2 - eta * db2
L.step(b2n == R("0.05") - R("0.1") * R("1.63")); L.step(b2n == R("-0.113"))
yhn = (w2n.T * h)[0] + b2n
L.step(yhn == R("0.2577") * R("2.1") + R("1.0207") * R("1.1") - R("0.113"))
L.step(rounds("0.5412", R("0.2577") * R("2.1")) and rounds("1.1228", R("1.0207") * R("1.1")))
L.step(rounds("1.5510", R("0.5412") + R("1.1228") - R("0.113"), yhn))
Ln = (yhn - y) ** 2 / 2
L.step(substituted(Ln, lambda p: p ** 2 / 2, "~0.5501"), note="0.5510 copied as 0.5501")
L.step(rounds("0.1513", R("0.5501") ** 2 / 2))
L.step(substituted(Lv - Ln, lambda p, q: p - q, "1.32845", "~0.1513"), carried=True)
L.step(rounds("1.1772", R("1.32845") - R("0.1513")))

# Part C: forward mode
x1, x2 = sp.symbols("x1 x2", positive=True)
f = sp.log(x1) + x1 * x2 - sp.sin(x2)
P = {x1: 3, x2: 2}
L.define(2, "f, point"); L.define(2, "seeds")
L.define(4, "v_-1 = x1 = 3, seeds"); L.define(4, "v_0 = x2 = 2, seeds")
v1, v2, v3 = sp.log(3), 6, sp.sin(2)
v4, v5 = v1 + v2, v1 + v2 - v3
# tangents by seed: (v1', v2', v3', v4', v5')
tan = lambda s1, s2: [sp.Rational(s1, 1) / 3, s1 * 2 + 3 * s2, sp.cos(2) * s2, s1 * sp.Rational(1, 3) + s1 * 2 + 3 * s2,
                      s1 * sp.Rational(1, 3) + s1 * 2 + 3 * s2 - sp.cos(2) * s2]
t1, t2 = tan(1, 0), tan(0, 1)
# each row: primal def, primal value; seed (i) rule, value; seed (ii) rule, value
L.define(); L.step(rounds("1.0986", v1)); L.step(True, note="d ln u = du/u"); L.step(rounds("0.3333", t1[0])); L.step(True); L.step(t2[0] == 0)
L.define(); L.step(v2 == 6); L.step(True, note="product rule"); L.step(t1[1] == 2); L.step(True); L.step(t2[1] == 3)
L.define(); L.step(rounds("0.9093", v3)); L.step(True); L.step(t1[2] == 0); L.step(True); L.step(rounds("-0.4161", t2[2]))
L.define(); L.step(rounds("7.0986", v4)); L.step(True); L.step(rounds("2.3333", t1[3])); L.step(True); L.step(t2[3] == 3)
L.define(); L.step(rounds("6.1893", v5, R("7.0986") - R("0.9093"))); L.step(True); L.step(rounds("2.3333", t1[4]))
L.step(True, note="d(v4 - v3) = v4' - v3'")
L.step(substituted(t2[4], lambda p, q: p - q, "3", "~0.4161"), note="3 - (-0.4161)")
L.step(R("3") - R("0.4161") == R("2.5839"))
fx1, fx2 = sp.diff(f, x1).subs(P), sp.diff(f, x2).subs(P)
L.step(True, note="f = v5"); L.step(rounds("6.1893", f.subs(P))); L.step(rounds("2.3333", fx1))
L.step(rounds("2.5839", fx2), carried=True)
L.step(sp.diff(f, x1) == 1 / x1 + x2); L.step(fx1 == sp.Rational(1, 3) + 2); L.step(rounds("2.3333", sp.Rational(7, 3)))
L.define(note="u")
u = (R("0.6"), R("0.8"))
Du = u[0] * fx1 + u[1] * fx2
L.step(substituted(Du, lambda p, q: R("0.6") * p + R("0.8") * q, "~2.3333", "~2.5839"), carried=True)
L.step(rounds("1.4000", R("0.6") * R("2.3333")) and rounds("2.0671", R("0.8") * R("2.5839")))
L.step(R("1.4000") + R("2.0671") == R("3.4671"))
L.define(note="seed u")
tu = [u[0] / 3, u[0] * 2 + 3 * u[1], sp.cos(2) * u[1], u[0] / 3 + u[0] * 2 + 3 * u[1]]
L.step(tu[0] == R("0.6") / 3); L.step(tu[0] == R("0.2")); L.step(tu[1] == R("0.6") * 2 + 3 * R("0.8")); L.step(tu[1] == R("3.6"))
L.step(True, note="cos(v0) v0'"); L.step(rounds("-0.3329", tu[2])); L.step(tu[3] == R("3.8"))
L.step(True, note="v5' = v4' - v3'"); L.step(substituted(tu[3] - tu[2], lambda p, q: p + q, "3.8", "~0.3329"))
L.step(rounds("4.1329", R("3.8") + R("0.3329"), Du))
L.step(substituted(t2[4], lambda p, q: p - q, "3", "~-0.4161")); L.step(R("3") + R("0.4161") == R("3.4161"))
L.step(sp.diff(f, x2) == x1 - sp.cos(x2)); L.step(substituted(fx2, lambda c_: 3 + c_, "~0.4161")); L.step(R("3.4161") == 3 + R("0.4161"))
L.step(substituted(Du, lambda p, q: p + R("0.8") * q, "~1.4000", "~3.4161"))
L.step(rounds("2.7329", R("0.8") * R("3.4161"))); L.step(R("1.4000") + R("2.7329") == R("4.1329"))
# Part D
L.step(same(dsig, sig * (1 - sig), positive=False)); L.step(dsig.subs(z, 0) == R("0.5") * R("0.5")); L.step(R("0.5") * R("0.5") == R("0.25"))
L.step(sp.maximum(dsig, z, sp.Reals) == sp.Rational(1, 4))
L.step(sp.expand(dual((3 + e) ** 2) - (9 + 6 * e)) == 0)
L.step(dx == sp.Matrix([R("2.445"), 0]))
L.step(rounds("2.3333", fx1) and rounds("3.4161", fx2))
L.done()
