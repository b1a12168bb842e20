"""Labels for errata_ch5_autodiff.tex: a textbook chapter's errata sheet ("reads ... should read ...")
on automatic differentiation: dual-number product and exponential rules, f(x1, x2) = x1^2 x2 + e^{x1 x2}
at (1, 0.5) through dual numbers, a forward-mode evaluation trace with tangents (`align*`, `\\dot v_i`),
reverse-mode adjoints `\\bar v_i`, a 2-2-1 ReLU network with one bias shared by both hidden units
(dL/db = delta_1 + delta_2), an SGD step with `\\gets`, and a dead-unit variant. The quoted printed text
is wrong where the sheet says so (product rule, a dropped chain-rule factor with its consequence, the
missing fan-out in v1-bar, z_2 = 0.3, dL/db = delta_1). The sheet's own slips: v3-bar = v4-bar v3
(carried into v1-bar = 2.8244; corrected in its second posting) and, in the new worked answer, delta_2
without the ReLU mask of a dead unit (carried into dL/db)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch30/errata_ch5_autodiff.tex")
a, b, c, d, eps = sp.symbols("a b c d epsilon", real=True)


def mod2(e):
    """Reduce a polynomial in epsilon modulo epsilon^2."""
    e = sp.expand(e)
    return sp.expand(e.coeff(eps, 0) + e.coeff(eps, 1) * eps)


def dual_eq(u, v):
    return sp.simplify(mod2(sp.series(u, eps, 0, 2).removeO()) - mod2(sp.series(v, eps, 0, 2).removeO())) == 0


prod = (a + b * eps) * (c + d * eps)
L.step(dual_eq(prod, a * c + b * d * eps), note="(ad + bc)")
L.step(sp.expand(prod - (a * c + (a * d + b * c) * eps + b * d * eps ** 2)) == 0)
L.step(dual_eq(a * c + (a * d + b * c) * eps + b * d * eps ** 2, a * c + (a * d + b * c) * eps))
L.define(note="eps^2 = 0")
L.step(dual_eq(sp.exp(a + b * eps), sp.exp(a) * (1 + b * eps))); L.step(dual_eq(sp.exp(a) * (1 + b * eps), sp.exp(a) + b * sp.exp(a) * eps))
ser_w = mod2(sp.series(sp.exp(R("0.5") + R("0.5") * eps), eps, 0, 2).removeO())
L.step(rounds("1.6487", ser_w.coeff(eps, 0)) and rounds("1.6487", ser_w.coeff(eps, 1)), note="tangent part is 0.8244")
L.define(2, "a, b")
e05 = sp.exp(R("0.5"))
ser = mod2(sp.series(sp.exp(R("0.5") + R("0.5") * eps), eps, 0, 2).removeO())
L.step(rounds("1.6487", ser.coeff(eps, 0)) and rounds("0.8244", ser.coeff(eps, 1)))
x1, x2 = sp.symbols("x1 x2", positive=True)
f = x1 ** 2 * x2 + sp.exp(x1 * x2)
L.define(note="f")
F1 = mod2(sp.series(f.subs({x1: 1 + eps, x2: R("0.5")}), eps, 0, 2).removeO())
L.step(sp.expand(f.subs({x1: 1 + eps, x2: R("0.5")}) - (R("0.5") * (1 + eps) ** 2 + sp.exp(R("0.5") + R("0.5") * eps))) == 0)
L.step(all(rounds(w, v) for w, v in [("2.1487", F1.coeff(eps, 0)), ("1.8244", F1.coeff(eps, 1))])
       and R("0.5") + R("1.6487") == R("2.1487"), note="0.5 + eps + 1.6487 + 0.8244 eps, up to eps^2")
L.step(R("0.5") + R("1.6487") == R("2.1487") and 1 + R("0.8244") == R("1.8244"))
F2 = mod2(sp.series(f.subs({x1: 1, x2: R("0.5") + eps}), eps, 0, 2).removeO())
L.step(dual_eq(f.subs({x1: 1, x2: R("0.5") + eps}), R("0.5") + eps + sp.exp(R("0.5") + eps)))
L.step(rounds("2.1487", F2.coeff(eps, 0)) and rounds("2.6487", F2.coeff(eps, 1)))
# forward trace, seeded on x1
X1, X2 = 1, R("0.5")
v = {1: sp.Integer(X1), 2: X2}
v[3] = v[1] ** 2; v[4] = v[3] * v[2]; v[5] = v[1] * v[2]; v[6] = sp.exp(v[5]); v[7] = v[4] + v[6]
dv = {1: 1, 2: 0}
dv[3] = 2 * v[1] * dv[1]; dv[4] = dv[3] * v[2] + v[3] * dv[2]; dv[5] = dv[1] * v[2] + v[1] * dv[2]
dv[6] = sp.exp(v[5]) * dv[5]; dv[7] = dv[4] + dv[6]
L.step(dv[6] == sp.exp(v[5]), note="chain factor v5-dot"); L.step(rounds("1.6487", sp.exp(v[5])))
L.step(dv[7] == 1 + R("1.6487"), carried=dv[4] + R("1.6487") == R("2.6487"))
L.define(3, "v1, x1, v1-dot seed"); L.define(3, "v2, x2, v2-dot seed")
L.define(); L.step(v[3] == 1); L.step(True, note="2 v1 v1-dot"); L.step(dv[3] == 2)
L.define(); L.step(v[4] == R("0.5")); L.step(True, note="product rule"); L.step(dv[4] == 2 * R("0.5") + 1 * 0); L.step(dv[4] == 1)
L.define(); L.step(v[5] == R("0.5")); L.step(True, note="product rule"); L.step(dv[5] == R("0.5"))
L.define(); L.step(rounds("1.6487", v[6])); L.step(True, note="chain rule"); L.step(substituted(dv[6], lambda c_: c_ * R("0.5"), "~1.6487")); L.step(rounds("0.8244", dv[6], R("1.6487") * R("0.5")))
L.define(); L.step(rounds("2.1487", v[7])); L.step(True, note="sum rule"); L.step(substituted(dv[7], lambda c_: 1 + c_, "~0.8244")); L.step(1 + R("0.8244") == R("1.8244") and rounds("1.8244", dv[7]))
g1 = sp.diff(f, x1); g2 = sp.diff(f, x2)
L.step(same(g1, 2 * x1 * x2 + x2 * sp.exp(x1 * x2)))
L.step(substituted(g1.subs({x1: 1, x2: R("0.5")}), lambda c_: 1 + R("0.5") * c_, "~1.6487")); L.step(rounds("1.8244", 1 + R("0.5") * R("1.6487"), g1.subs({x1: 1, x2: R("0.5")})))
# reverse mode
vb = {7: 1}; vb[6] = vb[7]; vb[4] = vb[7]; vb[5] = vb[6] * sp.exp(v[5]); vb[3] = vb[4] * v[2]
vb[2] = vb[4] * v[3] + vb[5] * v[1]; vb[1] = vb[3] * 2 * v[1] + vb[5] * v[2]
L.step(vb[1] == vb[3] * 2 * v[1], note="fan-out into v5 missing"); L.step(vb[3] * 2 * v[1] == 1)
L.step(True, note="adjoint sum over children"); L.step(True, note="partials of v3 = v1^2, v5 = v1 v2")
L.define(note="v7-bar = 1"); L.step(vb[6] == vb[4]); L.step(vb[4] == 1); L.step(True, note="v5-bar rule"); L.step(rounds("1.6487", vb[5]))
L.step(vb[3] == vb[4] * v[3], note="v4 = v3 v2: times v2"); L.step(vb[4] * v[3] == 1)
L.step(substituted(vb[1], lambda p, q: p * 2 + q * R("0.5"), "1", "~1.6487"), carried=True)
L.step(substituted(2 + R("0.5") * e05, lambda q: 2 + q, "~0.8244")); L.step(2 + R("0.8244") == R("2.8244"))
L.step(True, note="v2-bar rule"); L.step(substituted(vb[2], lambda q: 1 + q, "~1.6487")); L.step(1 + R("1.6487") == R("2.6487") and rounds("2.6487", vb[2]))
L.define(note="v4 = v3 v2"); L.step(True, note="v3-bar = v4-bar dv4/dv3"); L.step(True, note="dv4/dv3 = v2"); L.step(vb[3] == R("0.5"))
L.step(substituted(vb[1], lambda p, q: p * 2 + q * R("0.5"), "0.5", "~1.6487")); L.step(rounds("0.8244", R("1.6487") * R("0.5")) and R("0.5") * 2 == 1)
L.step(1 + R("0.8244") == R("1.8244") and rounds("1.8244", vb[1]))
L.step(rounds("1.8244", g1.subs({x1: 1, x2: R("0.5")})) and rounds("2.6487", g2.subs({x1: 1, x2: R("0.5")})))
L.step(same(g2, x1 ** 2 + x1 * sp.exp(x1 * x2))); L.step(substituted(g2.subs({x1: 1, x2: R("0.5")}), lambda q: 1 + q, "~1.6487"))
# ReLU network, one shared bias
relu = lambda t: sp.Max(t, 0)
drelu = lambda t: 1 if t > 0 else 0
x = sp.Matrix([R("1.0"), R("2.0")]); bb = R("0.1")
W = [sp.Matrix([R("0.6"), R("0.2")]), sp.Matrix([R("-0.2"), R("0.3")])]
vv = sp.Matrix([R("0.8"), R("-0.6")]); cc = R("0.2"); y = R("1.0")
z = [(Wj.T * x)[0] + bb for Wj in W]
L.step(z[1] == R("-0.2") * R("1.0") + R("0.3") * R("2.0") + R("0.1")); L.step(z[1] == R("0.3"))
L.define(3, "x, z_j, b"); L.define(5, "w1, w2, v, c, y"); L.define(2, "yhat, L")
h = [relu(t) for t in z]
yh = vv[0] * h[0] + vv[1] * h[1] + cc
Lo = (yh - y) ** 2 / 2
L.step(z[0] == R("0.6") + R("0.4") + R("0.1")); L.step(z[0] == R("1.1"))
L.step(z[1] == R("-0.2") + R("0.6") + R("0.1")); L.step(z[1] == R("0.5"))
L.define(note="h"); L.step(h == [R("1.1"), R("0.5")])
L.step(yh == R("0.8") * R("1.1") - R("0.6") * R("0.5") + R("0.2")); L.step(yh == R("0.88") - R("0.3") + R("0.2")); L.step(yh == R("0.78"))
L.step(Lo == (R("0.78") - R("1.0")) ** 2 / 2); L.step(Lo == R("0.0484") / 2); L.step(Lo == R("0.0242"))
Y = sp.symbols("Y", real=True)
L.define(note="delta := dL/dyhat"); L.step(same(sp.diff((Y - y) ** 2 / 2, Y), Y - y, [Y], positive=False)); L.step(yh - y == R("-0.22"))
de = yh - y
L.step(True, note="dL/dv = delta h"); L.step([de * t for t in h] == [R("-0.242"), R("-0.11")]); L.step(True, note="dL/dc = delta"); L.step(de == R("-0.22"))
d1 = de * vv[0] * drelu(z[0]); d2 = de * vv[1] * drelu(z[1])
L.define(); L.step(d1 == R("-0.22") * R("0.8") * 1); L.step(d1 == R("-0.176"))
L.define(); L.step(d2 == R("-0.22") * R("-0.6") * 1); L.step(d2 == R("0.132"))
L.step(True, note="dL/dw1 = delta1 x"); L.step(list(d1 * x) == [R("-0.176"), R("-0.352")])
L.step(True, note="dL/dw2 = delta2 x"); L.step(list(d2 * x) == [R("0.132"), R("0.264")])
# dL/db by differentiating the whole loss in b
bs = sp.symbols("b", real=True)
Lb = ((vv[0] * relu((W[0].T * x)[0] + bs) + vv[1] * relu((W[1].T * x)[0] + bs) + cc - y) ** 2 / 2)
dLdb = sp.diff(Lb, bs).subs(bs, bb)
L.step(dLdb == d1, note="delta1 + delta2"); L.step(d1 == R("-0.176"))
L.step(dLdb == d1 + d2); L.step(d1 + d2 == R("-0.176") + R("0.132")); L.step(R("-0.176") + R("0.132") == R("-0.044"))
L.define(note="eta"); L.step(bb - R("0.5") * dLdb == R("0.1") - R("0.5") * R("-0.044")); L.step(R("0.1") - R("0.5") * R("-0.044") == R("0.078"), note="0.122")
# exercise: x = (1.0, 0.2), unit 2 dead
x_ = sp.Matrix([R("1.0"), R("0.2")])
z_ = [(Wj.T * x_)[0] + bb for Wj in W]
L.define(note="x")
L.step(z_[0] == R("0.6") + R("0.04") + R("0.1")); L.step(z_[0] == R("0.74"))
L.step(z_[1] == R("-0.2") + R("0.06") + R("0.1")); L.step(z_[1] == R("-0.04")); L.step(R("-0.04") < 0)
yh_ = vv[0] * relu(z_[0]) + vv[1] * relu(z_[1]) + cc
L.step(yh_ == R("0.8") * R("0.74") + R("0.2")); L.step(yh_ == R("0.792"))
de_ = yh_ - y
L.step(de_ == R("0.792") - R("1.0")); L.step(de_ == R("-0.208"))
d1_ = de_ * vv[0] * drelu(z_[0]); d2_ = de_ * vv[1] * drelu(z_[1])
L.step(d1_ == R("-0.208") * R("0.8")); L.step(d1_ == R("-0.1664"))
L.step(d2_ == R("-0.208") * R("-0.6"), note="masked: delta2 = 0"); L.step(R("-0.208") * R("-0.6") == R("0.1248"))
Lb_ = ((vv[0] * relu((W[0].T * x_)[0] + bs) + vv[1] * relu((W[1].T * x_)[0] + bs) + cc - y) ** 2 / 2)
dLdb_ = sp.diff(Lb_, bs).subs(bs, bb)
L.step(dLdb_ == d1_ + d2_)
L.step(dLdb_ == R("-0.1664") + R("0.1248"), carried=d1_ + de_ * vv[1] == R("-0.1664") + R("0.1248"))
L.step(R("-0.1664") + R("0.1248") == R("-0.0416"))
L.done()
