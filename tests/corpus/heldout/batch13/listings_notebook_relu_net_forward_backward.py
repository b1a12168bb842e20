"""Labels for listings_notebook_relu_net_forward_backward.tex: a lab write-up mixing `lstlisting` NumPy cells
(assignments: definitions) with hand computations: a 2-3-1 ReLU network, forward, backward, dL/dx = W1^T delta1,
an SGD step that overshoots, a smaller step, sanity checks, and a first attempt with ReLU' taken as ReLU."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch13/listings_notebook_relu_net_forward_backward.tex")
relu = lambda v: sp.Max(0, v)
x = sp.Matrix([2, -1]); y = 2
W1 = sp.Matrix([[1, -1], [R("0.5"), 2], [-1, R("0.5")]]); b1 = sp.Matrix([0, R("0.5"), R("0.5")])
w2 = sp.Matrix([R("0.5"), -1, 2]); b2 = R("0.2")
L.define(4, "forward cell"); L.define(6, "data and weights")
z1 = W1 * x + b1; h1 = z1.applyfunc(relu); yh = (w2.T * h1)[0] + b2; loss = (yh - y) ** 2 / 2
L.step(True, note="z1 = W1 x + b1")
L.step(z1 == sp.Matrix([2 + 1 + 0, 1 - 2 + R("0.5"), -2 - R("0.5") + R("0.5")]))
L.step(z1 == sp.Matrix([3, R("-0.5"), -2]))
L.step(True, note="h = relu(z)"); L.step(h1 == sp.Matrix([3, 0, 0]))
L.step(True, note="yhat def"); L.step(yh == R("0.5") * 3 + R("0.2")); L.step(yh == R("1.7"))
L.step(loss == (R("1.7") - 2) ** 2 / 2); L.step(loss == R("0.045"))
L.define(5, "backward cell")
zz = sp.symbols("zz", real=True)
L.step(all(sp.diff(relu(zz), zz).subs(zz, v) == (1 if v > 0 else 0) for v in (-2, R("-0.5"), R("0.5"), 3)))
d = yh - y
L.define(note="delta := yhat - y"); L.step(d == R("1.7") - 2); L.step(d == R("-0.3"))
L.step(True, note="dL/dw2 = delta h"); L.step(d * h1 == sp.Matrix([R("-0.9"), 0, 0]))
L.step(True, note="dL/db2 = delta"); L.step(d == R("-0.3"))
gh = d * w2
L.step(True, note="dL/dh = delta w2"); L.step(gh == sp.Matrix([R("-0.15"), R("0.3"), R("-0.6")]))
d1 = sp.Matrix([gh[j] * (1 if z1[j] > 0 else 0) for j in range(3)])
L.define(note="delta1 := dL/dz1"); L.step(True, note="chain rule through relu"); L.step(d1 == sp.Matrix([R("-0.15"), 0, 0]))
gW1 = d1 * x.T
L.step(True, note="delta1 x^T"); L.step(gW1 == sp.Matrix([[R("-0.3"), R("0.15")], [0, 0], [0, 0]])); L.step(True, note="dL/db1 = delta1")
gx = W1.T * d1
# autodiff check of dL/dx
xs = sp.symbols("x1 x2", real=True)
Lx = ((w2.T * (W1 * sp.Matrix(xs) + b1).applyfunc(relu))[0] + b2 - y) ** 2 / 2
L.step(all(sp.diff(Lx, xs[i]).subs({xs[0]: 2, xs[1]: -1}) == gx[i] for i in range(2)))
L.step(gx == sp.Matrix([1 * R("-0.15"), -1 * R("-0.15")])); L.step(gx == sp.Matrix([R("-0.15"), R("0.15")]))
# SGD, eta = 0.5
def step(eta):
    return (W1[0, :] - eta * gW1[0, :], b1[0] - eta * d1[0], w2[0] - eta * d * h1[0], b2 - eta * d)
row, bb, ww, b2n = step(R("0.5"))
L.define(note="eta"); L.step(row == sp.Matrix([[R("1.15"), R("-1.075")]]))
L.step(bb == 0 - R("0.5") * R("-0.15")); L.step(bb == R("0.075"))
L.step(ww == R("0.5") - R("0.5") * R("-0.9")); L.step(ww == R("0.95"))
L.step(b2n == R("0.2") - R("0.5") * R("-0.3")); L.step(b2n == R("0.35"))
zn = row[0] * 2 + row[1] * (-1) + bb
L.step(zn == R("1.15") * 2 - R("1.075") * (-1) + R("0.075")); L.step(zn == R("3.45"))
yn = ww * zn + b2n      # units 2, 3 stay inactive
L.step(yn == R("0.95") * R("3.45") + R("0.35")); L.step(yn == R("3.6275"))
L.step((yn - y) ** 2 / 2 == R("1.6275") ** 2 / 2); L.step(rounds("1.3244", (yn - y) ** 2 / 2))
row, bb, ww, b2n = step(R("0.05"))
zn = row[0] * 2 + row[1] * (-1) + bb
L.define(note="eta = 0.05")
L.step(zn == R("3.0") + R("0.03") + R("0.015") + R("0.0075"), note="3.045")
L.step(R("3.0") + R("0.03") + R("0.015") + R("0.0075") == R("3.0525"))
yn = ww * zn + b2n
L.step(yn == R("0.545") * R("3.0525") + R("0.215"), carried=(ww, b2n) == (R("0.545"), R("0.215")))
L.step(rounds("1.8786", R("0.545") * R("3.0525") + R("0.215")))
L.step((yn - y) ** 2 / 2 == R("0.1214") ** 2 / 2, carried=True); L.step(rounds("0.0074", R("0.1214") ** 2 / 2)); L.step(R("0.0074") < R("0.045"))
# sanity
hh = sp.Rational(1, 1000)
Lb = lambda b: ((w2.T * h1)[0] + b - y) ** 2 / 2
L.define(note="h"); L.step(rounds("-0.3000", (Lb(b2 + hh) - Lb(b2 - hh)) / (2 * hh), approx=True))
L.step(same(relu(zz) - relu(-zz), zz, positive=False)); L.step(same(relu(zz) + relu(-zz), sp.Abs(zz), positive=False))
L.step(same(relu(zz), (zz + sp.Abs(zz)) / 2, positive=False))
a_ = sp.symbols("a_", positive=True)
L.step(all(relu(av * zv) == av * relu(zv) for av in (0, R("0.5"), 3) for zv in (-2, R("-0.3"), 0, R("1.7")))); L.define(note="a >= 0")
L.step(same(relu(-zz), -relu(zz), positive=False))
J = sp.diag(*[1 if v > 0 else 0 for v in z1])
L.step(J == sp.diag(1, 0, 0)); L.step(J.trace() == 1); L.step(J.det() == 1)
L.step((x.T * gx)[0] == 2 * R("-0.15") + (-1) * R("0.15")); L.step((x.T * gx)[0] == R("-0.45"))
gn = sp.sqrt(sum(v ** 2 for v in list(gW1) + list(d1) + list(d * h1) + [d]))
L.step(gn == sp.sqrt(R("0.09") + R("0.0225") + R("0.81") + R("0.09")), note="b1 term missing"); L.step(rounds("1.0062", sp.sqrt(R("1.0125"))))
L.define(note="eta = 0.5"); L.step(R("0.5") * gn == R("0.5") * R("1.0062"), carried=True); L.step(R("0.5") * R("1.0062") == R("0.5031"))
L.step(d * w2[1] * W1[1, 1] == R("-0.3") * (-1) * 2); L.step(R("-0.3") * (-1) * 2 == R("0.6"))
# first attempt
L.step(False, note="relu' is the step function, not relu")
dw = sp.Matrix([gh[j] * h1[j] for j in range(3)])     # their delta1
L.step(d1 == sp.Matrix([R("-0.15") * 3, 0, 0]), carried=dw == sp.Matrix([R("-0.15") * 3, 0, 0]))
L.step(dw == sp.Matrix([R("-0.45"), 0, 0]))
L.step(gW1 == sp.Matrix([[R("-0.9"), R("0.45")], [0, 0], [0, 0]]), carried=dw * x.T == sp.Matrix([[R("-0.9"), R("0.45")], [0, 0], [0, 0]]))
L.step(gx == sp.Matrix([R("-0.45"), R("0.45")]), carried=W1.T * dw == sp.Matrix([R("-0.45"), R("0.45")]))
L.step(-R("0.5") * gW1[0, :] == -R("0.5") * sp.Matrix([[R("-0.9"), R("0.45")]]), carried=True)
L.step(-R("0.5") * sp.Matrix([[R("-0.9"), R("0.45")]]) == sp.Matrix([[R("0.45"), R("-0.225")]]))
L.step(sp.sqrt(sum(v ** 2 for v in -R("0.5") * gW1[0, :])) == sp.sqrt(R("0.45") ** 2 + R("0.225") ** 2), carried=True)
L.step(rounds("0.5031", sp.sqrt(R("0.45") ** 2 + R("0.225") ** 2)))
L.step(rounds("0.1677", sp.sqrt(R("0.15") ** 2 + R("0.075") ** 2)))
L.done()
