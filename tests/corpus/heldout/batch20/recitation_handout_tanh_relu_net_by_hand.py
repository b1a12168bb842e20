"""Labels for recitation_handout_tanh_relu_net_by_hand.tex: a recitation handout with worked examples and
boxes of last year's homework answers: tanh' (missing chain factors, a sign flip), one tanh unit with numbers
(1 - a for 1 - a^2, carried), a 2-2-1 ReLU net forward/backward with an input gradient W1^T delta, answers
that pass gradient through a dead unit (carried) or use W1 for W1^T, one SGD step, and an answer that adds the gradient."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch20/recitation_handout_tanh_relu_net_by_hand.tex")
x = sp.symbols("x", real=True)
E, Em = sp.exp(x), sp.exp(-x)
th = (E - Em) / (E + Em)
sg = lambda t: 1 / (1 + sp.exp(-t))  # noqa: E731
L.define(note="tanh")
d = sp.diff(th, x)
L.step(same(d, ((E + Em) ** 2 - (E - Em) ** 2) / (E + Em) ** 2, [x], positive=False))
L.step(same(d, 1 - sp.tanh(x) ** 2, [x], positive=False)); L.step(same(d, 4 / (E + Em) ** 2, [x], positive=False))
sp2 = lambda t: sg(t) * (1 - sg(t))  # noqa: E731
L.step(same(sp.tanh(x), 2 * sg(2 * x) - 1, [x], positive=False)); L.step(same(d, 4 * sp2(2 * x), [x], positive=False))
L.step(sp.diff(sp.tanh(x), x).subs(x, 0) == 1)
L.step(same(sp.diff(sp.tanh(3 * x ** 2), x), 6 * x * (1 - sp.tanh(3 * x ** 2) ** 2), [x], positive=False))
L.step(same(d, 2 * sp2(2 * x), [x], positive=False))
L.step(same(sp.diff(sp.tanh(3 * x ** 2), x), 3 * x * (1 - sp.tanh(3 * x ** 2) ** 2), [x], positive=False))
L.step(same(d, 1 + sp.tanh(x) ** 2, [x], positive=False))
L.step(sp.diff(3 * x ** 2, x) == 6 * x)
# Example 2
w, xv, b = R("0.5"), 2, R("-0.5")
L.define(5, "a, z, w, x, b")
z = w * xv + b
L.step(z == R("0.5") * 2 - R("0.5")); L.step(z == R("0.5"))
a = sp.tanh(z)
L.step(a == sp.tanh(R("0.5"))); L.step(rounds("0.4621", a))
dz = 1 - a ** 2
L.step(same(sp.diff(sp.tanh(x), x), 1 - sp.tanh(x) ** 2, [x])); L.step(substituted(dz, lambda t: 1 - t ** 2, "~0.4621"))
L.step(rounds("0.7865", 1 - R("0.4621") ** 2, dz))
ws, bs_ = sp.symbols("ws bs_")
L.step(same(sp.diff(sp.tanh(ws * xv + bs_), ws).subs({ws: w, bs_: b}), dz * xv, []), note="chain rule"); L.step(substituted(dz * xv, lambda t: 2 * t, "~0.7865")); L.step(R("0.7865") * 2 == R("1.5730"))
L.step(substituted(dz, lambda t: 1 - t, "~0.4621"), note="square missing"); L.step(1 - R("0.4621") == R("0.5379"))
L.step(substituted(dz * xv, lambda t: 2 * t, "~0.5379"), carried=substituted((1 - a) * xv, lambda t: 2 * t, "~0.5379")); L.step(R("0.5379") * 2 == R("1.0758"))
# Example 3
X = sp.Matrix([2, -1]); W1 = sp.Matrix([[1, 2], [-1, 3]]); b1 = sp.Matrix([R("0.5"), 1]); w2 = sp.Matrix([2, -1]); b2 = R("0.5"); y = 2
L.define(6, "data"); L.define(4, "network")
zz = W1 * X + b1
L.step(zz == sp.Matrix([1 * 2 + 2 * (-1) + R("0.5"), -1 * 2 + 3 * (-1) + 1])); L.step(zz == sp.Matrix([R("0.5"), -4]))
hh = zz.applyfunc(lambda t: sp.Max(t, 0))
L.step(hh == sp.Matrix([sp.Max(R("0.5"), 0), sp.Max(-4, 0)])); L.step(hh == sp.Matrix([R("0.5"), 0]))
yh = (w2.T * hh)[0] + b2
L.step(yh == 2 * R("0.5") + (-1) * 0 + R("0.5")); L.step(yh == R("1.5"))
Lv = (yh - y) ** 2 / 2
L.step(Lv == (R("1.5") - 2) ** 2 / 2); L.step(Lv == R("0.125"))
g = yh - y
tt = sp.symbols("tt")
L.step(sp.diff((tt - y) ** 2 / 2, tt).subs(tt, yh) == yh - y); L.step(g == R("-0.5")); L.step(g == R("-0.5"))
W2s = sp.Matrix(sp.symbols("u1 u2")); Hs = sp.Matrix(sp.symbols("h1 h2"))
Lw = ((W2s.T * hh)[0] + b2 - y) ** 2 / 2
L.step(sp.Matrix([sp.diff(Lw, t) for t in W2s]).subs(dict(zip(W2s, w2))) == g * hh); L.step(g * hh == sp.Matrix([R("-0.25"), 0]))
gh = g * w2
Lh = ((w2.T * Hs)[0] + b2 - y) ** 2 / 2
L.step(sp.Matrix([sp.diff(Lh, t) for t in Hs]).subs(dict(zip(Hs, hh))) == g * w2); L.step(gh == sp.Matrix([-1, R("0.5")]))
L.step(sp.diff(sp.Max(tt, 0), tt).subs(tt, 1) == 1 and sp.diff(sp.Max(tt, 0), tt).subs(tt, -1) == 0, note="ReLU' cases"); L.define(2, "conditions")
mask = zz.applyfunc(lambda t: 1 if t > 0 else 0)
delta = sp.Matrix([gh[i] * mask[i] for i in range(2)])
L.define(note="delta = dL/dz")
L.step(delta == sp.Matrix([gh[i] * mask[i] for i in range(2)]), note="elementwise"); L.step(delta == sp.Matrix([-1 * 1, R("0.5") * 0])); L.step(delta == sp.Matrix([-1, 0]))
# check all gradients by differentiating an explicit network
xs = sp.symbols("x1 x2"); Ws = sp.Matrix(2, 2, sp.symbols("a11 a12 a21 a22")); bs = sp.Matrix(sp.symbols("c1 c2"))
pt = dict(zip(list(Ws), list(W1))); pt.update(dict(zip(list(bs), list(b1)))); pt.update(dict(zip(xs, list(X))))
zsym = Ws * sp.Matrix(xs) + bs
# ReLU is linear on the active pattern near the point (z1 > 0, z2 < 0)
hsym = sp.Matrix([zsym[0], 0])
Lsym = ((w2.T * hsym)[0] + b2 - y) ** 2 / 2
dW = sp.Matrix(2, 2, [sp.diff(Lsym, t).subs(pt) for t in Ws])
db1 = sp.Matrix([sp.diff(Lsym, t).subs(pt) for t in bs])
dx = sp.Matrix([sp.diff(Lsym, t).subs(pt) for t in xs])
L.step(dW == delta * X.T); L.step(dW == sp.Matrix([[-2, 1], [0, 0]]))
L.step(db1 == delta); L.step(db1 == sp.Matrix([-1, 0]))
L.step(dx == W1.T * delta); L.step(W1.T == sp.Matrix([[1, -1], [2, 3]])); L.step(dx == sp.Matrix([-1, -2]))
dwrong = sp.Matrix([-1, R("0.5")])
L.step(mask[1] == 1, note="ReLU'(-4) = 0"); L.step(delta == dwrong, carried=dwrong == sp.Matrix([gh[i] * 1 for i in range(2)]))
L.step(dW == delta * X.T, note="delta x^T"); L.step(dW == sp.Matrix([[-2, 1], [1, R("-0.5")]]), carried=dwrong * X.T == sp.Matrix([[-2, 1], [1, R("-0.5")]]))
L.step(dx == W1.T * delta, note="W1^T delta"); L.step(dx == sp.Matrix([-1 - R("0.5"), -2 + R("1.5")]), carried=W1.T * dwrong == sp.Matrix([-1 - R("0.5"), -2 + R("1.5")]))
L.step(sp.Matrix([-1 - R("0.5"), -2 + R("1.5")]) == W1.T * dwrong and W1.T * dwrong == sp.Matrix([R("-1.5"), R("-0.5")]))
L.step(dx == W1 * delta, note="W1 for W1^T"); L.step(W1 * delta == sp.Matrix([-1, 1]))
eta = R("0.1")
L.define(note="eta"); L.define(note="rule")
W1n, b1n, w2n, b2n = W1 - eta * dW, b1 - eta * db1, w2 - eta * g * hh, b2 - eta * g
L.step(W1n == sp.Matrix([[R("1.2"), R("1.9")], [-1, 3]]))
L.step(b1n == sp.Matrix([R("0.5") + R("0.1"), 1 - 0])); L.step(b1n == sp.Matrix([R("0.6"), 1]))
L.step(w2n == sp.Matrix([2 + R("0.025"), -1 - 0])); L.step(w2n == sp.Matrix([R("2.025"), -1]))
L.step(b2n == R("0.5") + R("0.05")); L.step(b2n == R("0.55"))
L.step(w2n == sp.Matrix([2 - R("0.025"), -1]), note="sign"); L.step(sp.Matrix([2 - R("0.025"), -1]) == sp.Matrix([R("1.975"), -1]))
L.done()
