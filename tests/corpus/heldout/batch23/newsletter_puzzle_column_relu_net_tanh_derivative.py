"""Labels for newsletter_puzzle_column_relu_net_tanh_derivative.tex: a department newsletter's puzzle column
(a 2-2-1 ReLU net's forward and backward pass, one SGD step that kills both hidden units, the same net with tanh
units, tanh' = 1 - tanh^2 by the quotient rule and through 2 sigma(2z) - 1) and three reader submissions.
Slips: the editor's tanh loss without the 1/2 (3.4977); A.K.'s input gradient W1 delta for W1^T delta;
J.M.'s tanh' = (1 - tanh)^2 (carried into delta and dL/db1); S.T.'s tanh' = 2 sigma(2z)(1 - sigma(2z)),
missing a factor 2 (carried into its value at 0.5)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch23/newsletter_puzzle_column_relu_net_tanh_derivative.tex")
M = sp.Matrix
x = M([2, -1]); y = 1
W1 = M([[1, -1], [R("0.5"), 2]]); b1 = M([-1, R("0.5")]); w2 = M([R("1.5"), -2]); b2 = R("0.5")
L.define(2, "x, y"); L.define(4, "W1, b1, w2, b2"); L.define(4, "z, h, y-hat, L"); L.define(note="eta")
zz = sp.symbols("zz", real=True)
L.step(same(sp.diff(sp.tanh(zz), zz), 1 - sp.tanh(zz) ** 2, [zz], positive=False))
relu = lambda v: v.applyfunc(lambda t: sp.Max(t, 0))
drelu = lambda v: v.applyfunc(lambda t: 1 if t > 0 else 0)
z = W1 * x + b1
L.step(z == M([2 + 1 - 1, 1 - 2 + R("0.5")])); L.step(z == M([2, R("-0.5")]))
h = relu(z); L.step(True, note="h = ReLU(z)"); L.step(h == M([2, 0]))
yh = (w2.T * h)[0] + b2
L.step(yh == R("1.5") * 2 + (-2) * 0 + R("0.5")); L.step(yh == R("3.5"))
Lv = (yh - y) ** 2 / 2
L.step(Lv == (R("3.5") - 1) ** 2 / 2); L.step(Lv == R("3.125"))
g = yh - y
L.step(True, note="dL/dyhat = yhat - y"); L.step(g == R("2.5"))
L.step(g * h == R("2.5") * h); L.step(g * h == M([5, 0])); L.step(g == R("2.5"))
dh = g * w2
L.step(dh == R("2.5") * w2); L.step(dh == M([R("3.75"), -5])); L.step(drelu(z) == M([1, 0]))
delta = dh.multiply_elementwise(drelu(z))
L.define(note="delta = dL/dz"); L.step(True, note="chain rule through ReLU"); L.step(delta == M([R("3.75"), 0]))
L.step(True, note="dL/dW1 = delta x^T"); L.step(delta * x.T == M([[R("7.5"), R("-3.75")], [0, 0]])); L.step(True, note="dL/db1 = delta")
# symbolic check of the input gradient
xs = sp.symbols("x1 x2", real=True)
Lx = lambda X: ((w2.T * relu(W1 * X + b1))[0] + b2 - y) ** 2 / 2
L.step(True, note="dL/dx = W1^T delta")
L.step(W1.T * delta == M([1 * R("3.75") + R("0.5") * 0, -1 * R("3.75") + 2 * 0]))
L.step(W1.T * delta == M([R("3.75"), R("-3.75")]))
eps = R("1e-6")
fd = M([(Lx(x + eps * M([1, 0])) - Lx(x - eps * M([1, 0]))) / (2 * eps), (Lx(x + eps * M([0, 1])) - Lx(x - eps * M([0, 1]))) / (2 * eps)])
assert all(abs(sp.N(a_ - b_)) < 1e-6 for a_, b_ in zip(fd, W1.T * delta))
L.define(note="eta = 0.1")
eta = R("0.1")
gW = delta * x.T; gb1 = delta; gw2 = g * h; gb2 = g
nW = W1 - eta * gW; nb1 = b1 - eta * gb1; nw2 = w2 - eta * gw2; nb2 = b2 - eta * gb2
L.step(nW[0, 0] == 1 - eta * R("7.5")); L.step(nW[0, 0] == R("0.25")); L.step(nW[0, 1] == -1 - eta * R("-3.75")); L.step(nW[0, 1] == R("-0.625"))
L.step(nb1[0] == -1 - eta * R("3.75")); L.step(nb1[0] == R("-1.375")); L.step(nw2[0] == R("1.5") - eta * 5); L.step(nw2[0] == 1)
L.step(nb2 == R("0.5") - eta * R("2.5")); L.step(nb2 == R("0.25"))
nz = nW * x + nb1
L.step(nz[0] == R("0.25") * 2 + R("-0.625") * (-1) - R("1.375")); L.step(nz[0] == R("-0.25")); L.step(nz[1] == R("-0.5"))
nyh = (nw2.T * relu(nz))[0] + nb2
L.step(nyh == nb2); L.step(nyh == R("0.25"))
nL = (nyh - y) ** 2 / 2
L.step(nL == (R("0.25") - 1) ** 2 / 2); L.step(nL == R("0.28125")); L.step(nL < Lv)
L.step(abs(gW[0, 0]) == R("7.5"))
# tanh bonus
ht = z.applyfunc(sp.tanh)
L.define(note="h = tanh z"); L.step(ht == M([sp.tanh(2), sp.tanh(R("-0.5"))]))
L.step(rounds("0.9640", ht[0]) and rounds("-0.4621", ht[1]))
yt = (w2.T * ht)[0] + b2
L.step(substituted(yt, lambda p, q: R("1.5") * p - 2 * q + R("0.5"), "~0.9640", "~-0.4621"))
L.step(rounds("2.8703", R("1.5") * R("0.9640") - 2 * R("-0.4621") + R("0.5"), yt))
Lt = (yt - y) ** 2 / 2
L.step(substituted(Lt, lambda v: v ** 2 / 2, "~1.8703"))
L.step(rounds("3.4980", R("1.8703") ** 2 / 2, Lt), note="forgot the 1/2")
L.step(same(sp.tanh(zz), sp.sinh(zz) / sp.cosh(zz), [zz], positive=False))
L.step(same(sp.diff(sp.tanh(zz), zz), (sp.cosh(zz) ** 2 - sp.sinh(zz) ** 2) / sp.cosh(zz) ** 2, [zz], positive=False))
L.step(same((sp.cosh(zz) ** 2 - sp.sinh(zz) ** 2) / sp.cosh(zz) ** 2, 1 - sp.tanh(zz) ** 2, [zz], positive=False))
L.step(same(1 - sp.tanh(zz) ** 2, sp.sech(zz) ** 2, [zz], positive=False))
dt = ht.applyfunc(lambda t: 1 - t ** 2)
L.step(substituted(dt[0], lambda p: 1 - p ** 2, "~0.9640") and substituted(dt[1], lambda p: 1 - p ** 2, "~0.4621"))
L.step(rounds("0.0707", 1 - R("0.9640") ** 2, dt[0]) and rounds("0.7864", 1 - R("0.4621") ** 2, dt[1]))
L.step(rounds("1.8703", yt - y))
deltat = (yt - y) * w2.multiply_elementwise(dt)
L.step(substituted(deltat[0], lambda p, q: p * R("1.5") * q, "~1.8703", "~0.0707"))
L.step(rounds("0.1982", R("1.8703") * R("1.5") * R("0.0707"), deltat[0]))
L.step(substituted(deltat[1], lambda p, q: p * (-2) * q, "~1.8703", "~0.7864"))
L.step(rounds("-2.9417", R("1.8703") * (-2) * R("0.7864"), deltat[1]))
gxt = W1.T * deltat
L.step(True, note="dL/dx = W1^T delta")
L.step(substituted(gxt[0], lambda p, q: p + R("0.5") * q, "~0.1982", "~-2.9417")
       and substituted(gxt[1], lambda p, q: -p + 2 * q, "~0.1982", "~-2.9417"))
L.step(rounds("-1.2727", R("0.1982") - R("0.5") * R("2.9417"), gxt[0]) and rounds("-6.0817", -R("0.1982") - 2 * R("2.9417"), gxt[1]))
L.step(rounds("0.0707", 1 - sp.tanh(2) ** 2)); L.step(1 - sp.tanh(0) ** 2 == 1)
# A.K.
L.step(W1 * delta == W1.T * delta, note="W1 delta for W1^T delta")
L.step(W1 * delta == M([1 * R("3.75") - 1 * 0, R("0.5") * R("3.75") + 2 * 0])); L.step(W1 * delta == M([R("3.75"), R("1.875")]))
# J.M.
L.step(same(sp.diff(sp.tanh(zz), zz), (1 - sp.tanh(zz)) ** 2, [zz], positive=False))
jm = ht.applyfunc(lambda t: (1 - t) ** 2)
L.step(False, carried=True, note="tanh'(z) = ((1 - 0.9640)^2, (1 + 0.4621)^2): J.M.'s formula")
L.step(rounds("0.0013", (1 - R("0.9640")) ** 2, jm[0]) and rounds("2.1377", (1 + R("0.4621")) ** 2, jm[1]))
jd = (yt - y) * w2.multiply_elementwise(jm)
L.step(substituted(deltat[0], lambda p, q: p * R("1.5") * q, "~1.8703", "~0.0013"),
       carried=substituted(jd[0], lambda p, q: p * R("1.5") * q, "~1.8703", "~0.0013"))
L.step(rounds("0.0036", R("1.8703") * R("1.5") * R("0.0013")))
L.step(substituted(deltat[1], lambda p, q: p * (-2) * q, "~1.8703", "~2.1377"),
       carried=substituted(jd[1], lambda p, q: p * (-2) * q, "~1.8703", "~2.1377"))
L.step(rounds("-7.9963", R("1.8703") * (-2) * R("2.1377")))
L.step(rounds("0.0036", deltat[0]) and rounds("-7.9963", deltat[1]),
       carried=rounds("0.0036", jd[0], R("0.0036")) and rounds("-7.9963", jd[1], R("-7.9963")))
# S.T.
sg = lambda t: 1 / (1 + sp.exp(-t))
L.step(same(sp.tanh(zz), 2 * sg(2 * zz) - 1, [zz], positive=False))
L.step(same(sp.diff(sp.tanh(zz), zz), 2 * sg(2 * zz) * (1 - sg(2 * zz)), [zz], positive=False))
L.define(note="z = 0.5"); L.step(rounds("0.7311", sg(1)))
true05 = 1 - sp.tanh(R("0.5")) ** 2
L.step(substituted(true05, lambda p, q: 2 * p * q, "~0.7311", "~0.2689"),
       carried=substituted(2 * sg(1) * (1 - sg(1)), lambda p, q: 2 * p * q, "~0.7311", "~0.2689"))
L.step(rounds("0.3932", 2 * R("0.7311") * R("0.2689")))
# editor's notes
L.step(same(sp.diff(sp.tanh(zz), zz), 1 - sp.tanh(zz) ** 2, [zz], positive=False))
L.step(True, note="|tanh'| = sech^2 <= 1")
L.step(same(sp.diff(sp.tanh(zz), zz), 4 * sg(2 * zz) * (1 - sg(2 * zz)), [zz], positive=False))
L.step(rounds("0.7864", 4 * R("0.7311") * R("0.2689"), true05))
L.step(substituted(true05, lambda p: 1 - p ** 2, "~0.4621")); L.step(rounds("0.7864", 1 - R("0.4621") ** 2, true05))
L.step(substituted(Lt, lambda v: v ** 2 / 2, "~1.8703")); L.step(rounds("1.7490", R("1.8703") ** 2 / 2, Lt))
L.done()
