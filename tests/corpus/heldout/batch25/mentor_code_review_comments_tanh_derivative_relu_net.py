"""Labels for mentor_code_review_comments_tanh_derivative_relu_net.tex: a mentor's code-review comments on
an intern's pull request: tanh' by the quotient rule, by exponentials and via 2 sigma(2x) - 1, with the
test's numbers at x = 0.5; then a 2-2-1 ReLU network (linear output, squared loss) forward, backward with a
mask, one SGD step (eta = 0.1) and the forward check after it."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch25/mentor_code_review_comments_tanh_derivative_relu_net.tex")
x = sp.symbols("x", real=True)
sig = lambda u: 1 / (1 + sp.exp(-u))
d = sp.diff(sp.tanh(x), x)
L.define(note="t"); L.step(same(sp.tanh(x), sp.sinh(x) / sp.cosh(x), [x], positive=False))
L.step(same(d, (sp.cosh(x) ** 2 - sp.sinh(x) ** 2) / sp.cosh(x) ** 2, [x], positive=False))
L.step(same(d, 1 / sp.cosh(x) ** 2, [x], positive=False)); L.step(same(d, sp.sech(x) ** 2, [x], positive=False))
L.step(same(d, 1 - sp.tanh(x) ** 2, [x], positive=False))
E = (sp.exp(x) - sp.exp(-x)) / (sp.exp(x) + sp.exp(-x))
L.step(same(sp.tanh(x), E, [x], positive=False))
L.step(same(sp.diff(E, x), ((sp.exp(x) + sp.exp(-x)) ** 2 - (sp.exp(x) - sp.exp(-x)) ** 2) / (sp.exp(x) + sp.exp(-x)) ** 2, [x], positive=False))
L.step(same(d, 4 / (sp.exp(x) + sp.exp(-x)) ** 2, [x], positive=False))
L.step(same(sp.tanh(x), 2 * sig(2 * x) - 1, [x], positive=False))
L.step(same(sp.diff(sig(x), x), sig(x) * (1 - sig(x)), [x], positive=False))
L.step(same(d, 2 * sig(2 * x) * (1 - sig(2 * x)), [x], positive=False), note="factor 4")
L.step(same(sp.diff(2 * sig(2 * x) - 1, x), 4 * sig(2 * x) * (1 - sig(2 * x)), [x], positive=False))
L.define(note="x = 0.5")
h = sp.Rational(1, 2)
t5 = sp.tanh(h)
L.step(substituted(1 - t5 ** 2, lambda c: 1 - c ** 2, "~0.4621")); L.step(rounds("0.2135", R("0.4621") ** 2)); L.step(rounds("0.7865", 1 - R("0.2135")))
L.step(substituted(4 / (sp.exp(h) + sp.exp(-h)) ** 2, lambda p, q: 4 / (p + q) ** 2, "~1.6487", "~0.6065"))
L.step(rounds("5.0859", (R("1.6487") + R("0.6065")) ** 2)); L.step(rounds("0.7865", 4 / R("5.0859")))
s1 = sig(1)
L.step(substituted(2 * s1 * (1 - s1), lambda p, q: 2 * p * q, "~0.7311", "~0.2689")); L.step(rounds("0.3932", 2 * R("0.7311") * R("0.2689")))
L.step(rounds("0.7864", 4 * R("0.7311") * R("0.2689")))
# ReLU net
L.define(note="L"); L.define(2, "x, y"); L.define(4, "W1, b1, w2, b2")
X = sp.Matrix([R("1.0"), R("-0.5")]); y = R("1.5")
W1 = sp.Matrix([[R("0.6"), R("0.4")], [R("-0.5"), R("0.8")]]); b1 = sp.Matrix([R("0.1"), R("0.2")])
w2 = sp.Matrix([R("1.2"), R("-0.7")]); b2 = R("0.3")
relu = lambda v: v.applyfunc(lambda u: max(u, 0))


def fwd(W1, b1, w2, b2):
    z = W1 * X + b1
    hh = relu(z)
    yh = (w2.T * hh)[0] + b2
    return z, hh, yh, (yh - y) ** 2 / 2


z, hh, yh, loss = fwd(W1, b1, w2, b2)
L.step(z[0] == R("0.6") * 1 + R("0.4") * R("-0.5") + R("0.1")); L.step(z[0] == R("0.5")); L.step(hh[0] == R("0.5")); L.step(hh[0] == R("0.5"))
L.step(z[1] == R("-0.5") * 1 + R("0.8") * R("-0.5") + R("0.2")); L.step(z[1] == R("-0.7")); L.step(hh[1] == 0); L.step(hh[1] == 0)
L.step(yh == R("1.2") * R("0.5") + R("-0.7") * 0 + R("0.3")); L.step(yh == R("0.9")); L.step(loss == (R("0.9") - R("1.5")) ** 2 / 2); L.step(loss == R("0.18"))
# backward
dl = yh - y
gw2 = dl * hh
gb2 = dl
gh = dl * w2
mask = sp.Matrix([1 if v > 0 else 0 for v in z])
d1 = sp.Matrix([gh[i] * mask[i] for i in range(2)])
gW1 = d1 * X.T
d1w = gh                                         # the writer's all-ones mask
gW1w = d1w * X.T
L.define(note="delta"); L.step(True, note="dL/dyhat = yhat - y"); L.step(dl == R("-0.6"))
L.step(True, note="dL/dw2 = delta h"); L.step(list(gw2) == [R("-0.3"), 0]); L.step(gb2 == R("-0.6"))
L.step(True, note="dL/dh = delta w2"); L.step(list(gh) == [R("-0.72"), R("0.42")])
L.define(note="delta1 := dL/dh . relu'(z)")
L.step(list(d1) == [R("-0.72"), R("0.42")], note="relu'(z2) = 0")
L.step(True, note="dL/dW1 = delta1 x^T")
L.step(gW1 == sp.Matrix([[R("-0.72"), R("0.36")], [R("0.42"), R("-0.21")]]), carried=gW1w == sp.Matrix([[R("-0.72"), R("0.36")], [R("0.42"), R("-0.21")]]))
L.step(list(d1) == [R("-0.72"), R("0.42")], carried=list(d1w) == [R("-0.72"), R("0.42")])
L.define(note="h = relu(z)"); L.step(True, note="relu'(-0.7) = 0"); L.step(z[1] == R("-0.7")); L.step(z[1] < 0)
L.step(list(d1) == [R("-0.72"), 0]); L.step(gW1 == sp.Matrix([[R("-0.72"), R("0.36")], [0, 0]])); L.step(list(d1) == [R("-0.72"), 0])
eta = R("0.1")
L.define(note="eta")
nw2, nb2, nW1, nb1 = w2 - eta * gw2, b2 - eta * gb2, W1 - eta * gW1, b1 - eta * d1
L.define(note="rule")
L.step(nw2 == sp.Matrix([R("1.2") + R("0.03"), R("-0.7")])); L.step(nw2 == sp.Matrix([R("1.23"), R("-0.7")]))
L.step(nb2 == R("0.3") - R("0.06"), note="+ 0.06"); L.step(R("0.3") - R("0.06") == R("0.24"))
L.step(nW1[0, 0] == R("0.6") + R("0.072")); L.step(R("0.672") == R("0.6") + R("0.072"))
L.step(nW1[0, 1] == R("0.4") - R("0.036")); L.step(R("0.364") == R("0.4") - R("0.036"))
L.step(nb1[0] == R("0.1") + R("0.072")); L.step(R("0.172") == R("0.1") + R("0.072"))
wW1, wb1 = W1 - eta * gW1w, b1 - eta * d1w
L.step(nW1[1, 0] == R("-0.5") - R("0.042"), carried=wW1[1, 0] == R("-0.5") - R("0.042")); L.step(R("-0.542") == R("-0.5") - R("0.042"))
L.step(nW1[1, 1] == R("0.8") + R("0.021"), carried=wW1[1, 1] == R("0.8") + R("0.021")); L.step(R("0.821") == R("0.8") + R("0.021"))
L.step(nb1[1] == R("0.2") - R("0.042"), carried=wb1[1] == R("0.2") - R("0.042")); L.step(R("0.158") == R("0.2") - R("0.042"))
z2, h2, yh2, loss2 = fwd(nW1, nb1, nw2, nb2)
L.step(z2[0] == R("0.672") * 1 + R("0.364") * R("-0.5") + R("0.172")); L.step(z2[0] == R("0.662"))
wz = wW1 * X + wb1
L.step(z2[1] == R("-0.542") - R("0.4105") + R("0.158"), carried=wz[1] == R("-0.542") - R("0.4105") + R("0.158"))
L.step(R("-0.542") - R("0.4105") + R("0.158") == R("-0.7945"))
L.step(list(h2) == [R("0.662"), 0])
L.step(yh2 == R("1.23") * R("0.662") + R("0.24"), carried=R("1.23") * R("0.662") + b2 + eta * gb2 == R("1.23") * R("0.662") + R("0.24"))
L.step(rounds("1.0543", R("1.23") * R("0.662") + R("0.24")))
L.step(substituted(loss2, lambda c: (c - y) ** 2 / 2, "~1.0543"), carried=substituted((R("1.23") * R("0.662") + R("0.24") - y) ** 2 / 2, lambda c: (c - y) ** 2 / 2, "~1.0543"))
L.step(rounds("0.0993", (R("1.0543") - y) ** 2 / 2))
L.step(yh2 == R("1.23") * R("0.662") + R("0.36")); L.step(rounds("1.1743", yh2))
L.step(substituted(loss2, lambda c: (c - y) ** 2 / 2, "~1.1743")); L.step(rounds("0.0530", (R("1.1743") - y) ** 2 / 2))
L.step(R("0.18") - R("0.0530") == R("0.1270"))
L.done()
