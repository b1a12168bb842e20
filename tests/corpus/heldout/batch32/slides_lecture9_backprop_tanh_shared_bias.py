"""Labels for slides_lecture9_backprop_tanh_shared_bias.tex: beamer slides typed up by a note-taker
(`frame`, `block`, `alertblock`, `itemize`, `\\pause` left in, `\\bm`, `\\odot`, `pmatrix`): sigma' and
tanh' (quotient rule, sech^2, tanh = 2 sigma(2z) - 1), cross-entropy on a sigmoid output, a 2-2-1 sigmoid
net whose hidden units share one bias b, its forward and backward pass, dL/db = delta_11 + delta_12,
the input gradient W1^T delta_1, an SGD step, a central-difference check, the general pattern, and the
same net with tanh hidden units as an in-class exercise."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch32/slides_lecture9_backprop_tanh_shared_bias.tex")
z, u = sp.symbols("z u", real=True)
sig = lambda t: 1 / (1 + sp.exp(-t))
# sigmoid
L.define(note="sigma")
L.step(same(sp.diff(sig(z), z), sp.exp(-z) / (1 + sp.exp(-z)) ** 2, positive=False))
L.step(same(sp.exp(-z) / (1 + sp.exp(-z)) ** 2, sig(z) * (1 - sig(z)), positive=False))
L.step(sp.maximum(u * (1 - u), u, sp.Reals) == sp.Rational(1, 4))
dsig = sp.diff(sig(z), z)
L.step(same(dsig, sig(z) * (1 - sig(z)), positive=False) and sp.maximum(u * (1 - u), u, sp.Reals) == sp.Rational(1, 4))
L.step(dsig.subs(z, 0) == sp.Rational(1, 4))
L.define(note="tanh")
th = (sp.exp(z) - sp.exp(-z)) / (sp.exp(z) + sp.exp(-z))
assert same(th, sp.tanh(z), positive=False)
d = sp.diff(sp.tanh(z), z)
E1, E2 = sp.exp(z) + sp.exp(-z), sp.exp(z) - sp.exp(-z)
L.step(same(d, (E1 * E1 - E2 * E2) / E1 ** 2, positive=False))
L.step(same((E1 * E1 - E2 * E2) / E1 ** 2, 1 - E2 ** 2 / E1 ** 2, positive=False)); L.step(same(d, 1 - sp.tanh(z) ** 2, positive=False))
L.step(same(d, 4 / E1 ** 2, positive=False)); L.step(same(d, sp.sech(z) ** 2, positive=False))
h5 = sp.tanh(R("0.5"))
L.step(rounds("0.4621", h5)); L.step(substituted(d.subs(z, R("0.5")), lambda t: 1 - t ** 2, "~0.4621"))
L.step(rounds("0.2135", R("0.4621") ** 2)); L.step(1 - R("0.2135") == R("0.7865"))
L.step(same(sp.sech(z) ** 2, 4 / E1 ** 2, positive=False)); L.step(rounds("0.7864", 4 / E1.subs(z, R("0.5")) ** 2, approx=True))
L.step(d.subs(z, 0) == 1 - 0 ** 2); L.step(1 - 0 ** 2 == 1)
L.step(True, note="0 < sech^2"); L.step(True, note="sech^2 <= 1")
# tanh as a rescaled sigmoid
L.step(same(sp.tanh(z), (1 - sp.exp(-2 * z)) / (1 + sp.exp(-2 * z)), positive=False))
L.step(same((1 - sp.exp(-2 * z)) / (1 + sp.exp(-2 * z)), 2 / (1 + sp.exp(-2 * z)) - 1, positive=False))
L.step(same(2 / (1 + sp.exp(-2 * z)) - 1, 2 * sig(2 * z) - 1, positive=False))
dsig2 = dsig.subs(z, 2 * z)
L.step(same(d, 2 * dsig2, positive=False), note="4 sigma'(2z)")
L.step(same(2 * dsig2, 2 * sig(2 * z) * (1 - sig(2 * z)), positive=False))
L.step(rounds("0.7311", sig(1)))
L.step(substituted(d.subs(z, R("0.5")), lambda s: 2 * s * (1 - s), "~0.7311"),
       carried=substituted(2 * sig(1) * (1 - sig(1)), lambda s: 2 * s * (1 - s), "~0.7311") and rounds("0.2689", 1 - sig(1)))
L.step(rounds("0.3932", 2 * R("0.7311") * R("0.2689")))
L.step(R("0.3932") != R("0.7865"))
L.step(same(sp.diff(sig(2 * z), z), 2 * dsig2, positive=False))
L.step(same(d, 4 * dsig2, positive=False)); L.step(rounds("0.7864", 4 * R("0.7311") * R("0.2689")))
# cross-entropy on a sigmoid output
L.define(2, "y hat, L")
y, z2 = sp.symbols("y z2", real=True)
yh = sp.symbols("yhat", positive=True)
Lce = -(y * sp.log(sig(z2)) + (1 - y) * sp.log(1 - sig(z2)))
dLz = sp.diff(Lce, z2)
mid = (-y / yh + (1 - y) / (1 - yh)) * yh * (1 - yh)
L.step(True, note="chain rule through y hat")
L.step(same(dLz, mid.subs(yh, sig(z2)), positive=False))
L.step(same(mid, -y * (1 - yh) + (1 - y) * yh, positive=False)); L.step(same(-y * (1 - yh) + (1 - y) * yh, yh - y, positive=False))
L.step(same(sp.diff(sp.log(sig(z)), z), 1 - sig(z), positive=False))
L.step(same(sp.diff(sp.log(1 - sig(z)), z), -sig(z), positive=False))
# the network
L.define(4, "z1, h, z2, y hat"); L.define(6, "numbers")
x = sp.Matrix([R("0.5"), R("1.0")]); yv = 1
W1 = sp.Matrix([[R("0.4"), R("-0.2")], [R("0.3"), R("0.6")]]); b = R("0.1")
w2 = sp.Matrix([R("0.7"), R("-0.5")]); c = R("0.2")


def forward(W1, b, w2, c, x, act=sig):
    z1 = W1 * x + b * sp.ones(2, 1)
    h = z1.applyfunc(act)
    zz = (w2.T * h)[0] + c
    p = sig(zz)
    return z1, h, zz, p, -sp.log(p)


z1, h, z2v, p, Lv = forward(W1, b, w2, c, x)
L.step(z1 == sp.Matrix([R("0.4") * R("0.5") - R("0.2") * R("1.0") + R("0.1"), R("0.3") * R("0.5") + R("0.6") * R("1.0") + R("0.1")]))
L.step(z1 == sp.Matrix([R("0.1"), R("0.85")]))
L.step(True, note="h = sigma(z1) componentwise"); L.step(rounds("0.5250", h[0]) and rounds("0.7006", h[1]))
L.step(substituted(z2v, lambda a, bb: R("0.7") * a - R("0.5") * bb + R("0.2"), "~0.5250", "~0.7006"))
L.step(R("0.7") * R("0.5250") == R("0.3675") and R("0.5") * R("0.7006") == R("0.3503"))
L.step(R("0.3675") - R("0.3503") + R("0.2") == R("0.2172"))
L.step(substituted(p, sig, "~0.2172")); L.step(rounds("0.5541", sig(R("0.2172")), p))
L.step(substituted(Lv, lambda q: -sp.log(q), "~0.5541")); L.step(rounds("0.5904", -sp.log(R("0.5541")), Lv))
# backward, output layer
d2 = p - yv
L.define(note="delta_2"); L.step(True, note="dL/dz2 = yhat - y (above)")
L.step(substituted(d2, lambda q: q - 1, "~0.5541")); L.step(R("0.5541") - 1 == R("-0.4459"))
hh = sp.symbols("h1 h2", positive=True)
ww = sp.symbols("w1 w2", real=True)
cc = sp.symbols("c", real=True)
Lsym = -sp.log(sig(ww[0] * hh[0] + ww[1] * hh[1] + cc))
gw = [sp.diff(Lsym, wi) for wi in ww]
dz = sp.diff(-sp.log(sig(z2)), z2)
L.step(all(same(gw[i], dz.subs(z2, ww[0] * hh[0] + ww[1] * hh[1] + cc) * hh[i], positive=False) for i in range(2)))
dw2 = d2 * h
L.step(substituted(dw2[0], lambda a, q: a * q, "~-0.4459", "~0.5250") and substituted(dw2[1], lambda a, q: a * q, "~-0.4459", "~0.7006"))
L.step(rounds("-0.2341", R("-0.4459") * R("0.5250"), dw2[0]) and rounds("-0.3124", R("-0.4459") * R("0.7006"), dw2[1]))
L.step(same(sp.diff(Lsym, cc), dz.subs(z2, ww[0] * hh[0] + ww[1] * hh[1] + cc), positive=False)); L.step(rounds("-0.4459", d2))
# backward, hidden layer
sp1 = h.applyfunc(lambda t: t * (1 - t))
L.step(all(same(dsig.subs(z, t), sig(t) * (1 - sig(t))) for t in [R("0.1"), R("0.85")]))
L.step(R("0.5250") * (1 - R("0.5250")) == R("0.5250") * R("0.4750") and R("0.7006") * (1 - R("0.7006")) == R("0.7006") * R("0.2994"))
L.step(rounds("0.2494", R("0.5250") * R("0.4750"), sp1[0]) and rounds("0.2098", R("0.7006") * R("0.2994"), sp1[1]))
d1 = sp.Matrix([w2[i] * d2 * sp1[i] for i in range(2)])
L.define(note="delta_1 = dL/dz1"); L.step(True, note="chain rule, elementwise")
L.step(substituted(d1[0], lambda a, q: R("0.7") * a * q, "~-0.4459", "~0.2494") and substituted(d1[1], lambda a, q: R("-0.5") * a * q, "~-0.4459", "~0.2098"))
L.step(rounds("-0.0778", d1[0]) and rounds("0.0486", d1[1]), note="0.0468")
dW1 = d1 * x.T
L.step(True, note="dL/dW1 = delta_1 x^T")
d1w = [R("-0.0778"), R("0.0486")]
L.step(substituted(d1[1], lambda q: q, "~0.0486"), carried=True)
L.step(sp.Matrix(2, 1, d1w) * x.T == sp.Matrix([[R("-0.0389"), R("-0.0778")], [R("0.0243"), R("0.0486")]]))
# shared bias
bs = sp.symbols("b", real=True)
Wf = sp.Matrix(2, 2, sp.symbols("a11 a12 a21 a22", real=True))
xs_ = sp.Matrix(sp.symbols("x1 x2", real=True))
zz1 = Wf * xs_ + bs * sp.ones(2, 1)
assert all(sp.diff(zz1[j], bs) == 1 for j in range(2))
L.step(True, note="multivariable chain rule over the two units"); L.step(True, note="dz_1j/db = 1")
L.step(True, note="sum = 1^T delta_1")
db = d1[0] + d1[1]
L.step(substituted(db, lambda a, q: a + q, "~-0.0778", "~0.0486"), carried=True); L.step(R("-0.0778") + R("0.0486") == R("-0.0292"))
L.step(True, note="separate bias per unit: dL/db_j = delta_1j")
# input gradient
L.step(Wf.T == zz1.jacobian(xs_).T); L.step(True, note="W1^T delta_1")
dx = W1.T * d1
L.step(substituted(dx[0], lambda a, q: R("0.4") * a + R("0.3") * q, "~-0.0778", "~0.0486"),
       carried=substituted(R("0.4") * d1w[0] + R("0.3") * d1w[1], lambda a, q: R("0.4") * a + R("0.3") * q, "~-0.0778", "~0.0486"))
L.step(W1.T * sp.Matrix(d1w) == sp.Matrix([R("-0.01654"), R("0.04472")]) and rounds("-0.0165", R("-0.01654")) and rounds("0.0447", R("0.04472")))
# SGD, eta = 0.2
eta = R("0.2")
L.define(); L.step(substituted(c - eta * d2, lambda q: R("0.2") - eta * q, "~-0.4459")); L.step(rounds("0.2892", R("0.2") - eta * R("-0.4459"), c - eta * d2))
nw = w2 - eta * dw2
L.define(); L.step(substituted(nw[0], lambda q: R("0.7") + q, "~0.0468") and substituted(nw[1], lambda q: R("-0.5") + q, "~0.0625"))
L.step(R("0.7") + R("0.0468") == R("0.7468") and R("-0.5") + R("0.0625") == R("-0.4375"))
L.define(); L.step(substituted(b - eta * db, lambda q: R("0.1") - eta * q, "~-0.0292"), carried=True)
L.step(rounds("0.1058", R("0.1") - eta * R("-0.0292")))
# numerical check
L.define(note="epsilon")
bb = sp.symbols("bb", real=True)
Lb = forward(W1, bb, w2, c, x)[4]
eps = R("0.0001")
cd = (Lb.subs(bb, b + eps) - Lb.subs(bb, b - eps)) / (2 * eps)
assert abs(sp.N(cd - db, 30)) < 1e-9 and abs(sp.N(sp.diff(Lb, bb).subs(bb, b) - db, 30)) < 1e-25
L.step(rounds("-0.0311", sp.N(cd, 30), approx=True))
L.step(R("-0.0311") != R("-0.0292"))
L.step(substituted(d1[1], lambda a, q: a * q, "~0.2230", "~0.2098") and rounds("0.2230", -R("0.5") * d2))
L.step(rounds("0.0468", R("0.2230") * R("0.2098"), d1[1]))
L.step(substituted(db, lambda a, q: a + q, "~-0.0778", "~0.0468")); L.step(R("-0.0778") + R("0.0468") == R("-0.0310"))
L.step(rounds("-0.0171", dx[0]) and rounds("0.0436", dx[1]))
# -0.0310 is the writer's sum of two roundings (-0.0778 + 0.0468): its error bound is theirs
L.step(substituted(b - eta * db, lambda a, q: R("0.1") - eta * (a + q), "~-0.0778", "~0.0468")); L.step(R("0.1") - eta * R("-0.0310") == R("0.1062"))
# general pattern
L.define(2, "z_l, h_l")
L.step(True, note="delta_l recursion"); L.step(True, note="dL/dW_l = delta_l h_{l-1}^T"); L.step(True, note="dL/db_l = delta_l")
L.step(rounds("9.537", sp.Rational(1, 4) ** 10 * 10 ** 7))
# tanh exercise
z1t, ht, z2t, pt, Lt = forward(W1, b, w2, c, x, act=sp.tanh)
L.define(note="h = tanh(z1), the new network")
L.step(True, note="componentwise"); L.step(rounds("0.0997", ht[0]) and rounds("0.6911", ht[1]))
L.step(substituted(z2t, lambda a, q: R("0.7") * a - R("0.5") * q + R("0.2"), "~0.0997", "~0.6911")); L.step(rounds("-0.0758", R("0.7") * R("0.0997") - R("0.5") * R("0.6911") + R("0.2"), z2t))
L.step(substituted(pt, sig, "~-0.0758")); L.step(rounds("0.4811", sig(R("-0.0758")), pt))
d2t = pt - yv
L.step(True, note="yhat - y for BCE"); L.step(rounds("-0.5189", R("0.4811") - 1, d2t))
tp = ht.applyfunc(lambda t: 1 - t ** 2)
L.step(tp == sp.Matrix([1 - R("0.1") ** 2, 1 - R("0.85") ** 2]), note="1 - tanh^2")
L.step(sp.Matrix([1 - R("0.1") ** 2, 1 - R("0.85") ** 2]) == sp.Matrix([R("0.99"), R("0.2775")]))
d1t = sp.Matrix([w2[i] * d2t * tp[i] for i in range(2)])
L.step(True, note="delta_1 = (w2 delta_2) o tanh'(z1)")
wrong_d1 = sp.Matrix([R("0.7") * R("-0.5189") * R("0.99"), R("-0.5") * R("-0.5189") * R("0.2775")])
L.step(substituted(d1t[1], lambda a, q: R("-0.5") * a * q, "~-0.5189", "~0.2775"), carried=True)
L.step(rounds("-0.3596", wrong_d1[0]) and rounds("0.0720", wrong_d1[1]))
L.step(True, note="shared bias sums")
L.step(substituted(d1t[0] + d1t[1], lambda a, q: a + q, "~-0.3596", "~0.0720"), carried=True)
L.step(R("-0.3596") + R("0.0720") == R("-0.2876"))
L.done()
