"""Labels for tutor_video_transcript_tanh_relu_net_numeric.tex: a cleaned-up caption transcript of a tutoring
video: tanh' = 1 - tanh^2 by the quotient rule, = sech^2, via 2 sigma(2x) - 1; values at 0.5 and at 1 (the
square dropped, then corrected); a 2-2-1 ReLU net forward pass with z1 = 0.9 for 0.8 (carried into h, y-hat
and L, then corrected), backward pass with a dead unit, one SGD step with a sign slip on (W1)_12 (carried into
the new forward pass and loss), a viewer's correction and a tanh hidden layer for comparison."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch22/tutor_video_transcript_tanh_relu_net_numeric.tex")
x_ = sp.symbols("x", real=True)
sig = lambda u: 1 / (1 + sp.exp(-u))
L.step(same(sp.tanh(x_), sp.sinh(x_) / sp.cosh(x_), [x_]))
d = sp.diff(sp.tanh(x_), x_)
q = (sp.cosh(x_) * sp.cosh(x_) - sp.sinh(x_) * sp.sinh(x_)) / sp.cosh(x_) ** 2
L.step(same(d, q, [x_])); L.step(same(q, 1 - sp.sinh(x_) ** 2 / sp.cosh(x_) ** 2, [x_])); L.step(same(1 - sp.tanh(x_) ** 2, 1 - sp.sinh(x_) ** 2 / sp.cosh(x_) ** 2, [x_]))
L.step(same(sp.cosh(x_) ** 2 - sp.sinh(x_) ** 2, 1, [x_])); L.step(same(d, sp.sech(x_) ** 2, [x_])); L.step(same(sp.tanh(x_), 2 * sig(2 * x_) - 1, [x_]))
s = sp.symbols("s")
sp_ = sp.diff(sig(s), s)
L.step(same(d, 4 * sp_.subs(s, 2 * x_), [x_])); L.step(same(4 * sp_.subs(s, 2 * x_), 4 * sig(2 * x_) * (1 - sig(2 * x_)), [x_]))
L.step(same(1 - (2 * s - 1) ** 2, 4 * s - 4 * s ** 2, [s]))
t5 = sp.tanh(R("0.5"))
L.step(rounds("0.4621", t5)); L.step(substituted(1 - t5 ** 2, lambda u: 1 - u ** 2, "~0.4621"))
L.step(rounds("0.2135", R("0.4621") ** 2)); L.step(rounds("0.7865", 1 - R("0.2135"), 1 - t5 ** 2))
t1 = sp.tanh(1)
L.step(rounds("0.7616", t1)); L.step(substituted(1 - t1 ** 2, lambda u: 1 - u, "~0.7616"), note="square"); L.step(1 - R("0.7616") == R("0.2384"))
L.step(substituted(1 - t1 ** 2, lambda u: 1 - u ** 2, "~0.7616")); L.step(rounds("0.5800", R("0.7616") ** 2)); L.step(rounds("0.4200", 1 - R("0.5800"), 1 - t1 ** 2))
# network
x = sp.Matrix([2, 1]); W1 = sp.Matrix([[R("0.5"), R("-0.3")], [R("0.2"), R("0.4")]]); b1 = sp.Matrix([R("0.1"), R("-0.9")])
w2 = sp.Matrix([R("1.5"), R("-0.7")]); b2 = R("0.2"); y = 1
L.define(6, "x, W1, b1, w2, b2, y"); L.define(note="L")
relu = lambda v: v.applyfunc(lambda u: max(u, 0))
z = W1 * x + b1
h = relu(z)
yh = (w2.T * h)[0] + b2
loss = (yh - y) ** 2 / 2
L.step(z[0] == R("0.5") * 2 - R("0.3") * 1 + R("0.1")); L.step(z[0] == R("0.9"), note="0.8")
L.step(z[1] == R("0.2") * 2 + R("0.4") * 1 - R("0.9")); L.step(z[1] == R("-0.1"))
L.define(note="h = ReLU(z)"); L.step(h == sp.Matrix([R("0.9"), 0]), carried=True)
L.step(yh == R("1.5") * R("0.9") + R("-0.7") * 0 + R("0.2"), carried=True); L.step(R("1.5") * R("0.9") + R("0.2") == R("1.55"))
L.step(loss == (R("1.55") - 1) ** 2 / 2, carried=True); L.step((R("1.55") - 1) ** 2 / 2 == R("0.15125"))
L.step(z[0] == R("0.8"))
L.step(h == sp.Matrix([R("0.8"), 0])); L.step(yh == R("1.5") * R("0.8") + R("0.2")); L.step(yh == R("1.4"))
L.step(loss == R("0.4") ** 2 / 2); L.step(loss == R("0.08"))
dl = yh - y
L.define(note="delta"); L.step(dl == yh - y); L.step(dl == R("0.4"))
L.step(True, note="dL/dw2 = delta h"); L.step(dl * h == R("0.4") * sp.Matrix([R("0.8"), 0])); L.step(dl * h == sp.Matrix([R("0.32"), 0]))
L.step(True, note="dL/db2 = delta"); L.step(dl == R("0.4"))
gh = dl * w2
L.step(True, note="dL/dh = delta w2"); L.step(gh == sp.Matrix([R("0.6"), R("-0.28")]))
mask = z.applyfunc(lambda u: 1 if u > 0 else 0)
gz = sp.Matrix([gh[i] * mask[i] for i in range(2)])
L.step(True, note="chain rule through ReLU"); L.step(mask == sp.Matrix([1, 0])); L.step(gz == sp.Matrix([R("0.6"), 0]))
gW = gz * x.T
L.step(True, note="outer product"); L.step(gz * x.T == sp.Matrix([R("0.6"), 0]) * sp.Matrix([[2, 1]])); L.step(gW == sp.Matrix([[R("1.2"), R("0.6")], [0, 0]]))
L.step(gz == sp.Matrix([R("0.6"), 0]))
eta = R("0.1")
L.define(note="eta")
w2n = w2 - eta * dl * h
L.define(note="rule"); L.step(w2n == sp.Matrix([R("1.5") - R("0.032"), R("-0.7") - 0])); L.step(w2n == sp.Matrix([R("1.468"), R("-0.7")]))
b2n = b2 - eta * dl
L.step(b2n == R("0.2") - R("0.1") * R("0.4")); L.step(b2n == R("0.16"))
W1n = W1 - eta * gW
L.step(W1n[0, 0] == R("0.5") - R("0.1") * R("1.2")); L.step(W1n[0, 0] == R("0.38"))
L.step(W1n[0, 1] == R("-0.3") + R("0.1") * R("0.6"), note="sign"); L.step(R("-0.3") + R("0.1") * R("0.6") == R("-0.24"))
b1n = b1 - eta * gz
L.step(b1n[0] == R("0.1") - R("0.1") * R("0.6")); L.step(b1n[0] == R("0.04"))
zn = W1n * x + b1n
hn = relu(zn)
yn = (w2n.T * hn)[0] + b2n
ln = (yn - 1) ** 2 / 2
L.step(zn[0] == R("0.38") * 2 - R("0.24") * 1 + R("0.04"), carried=True); L.step(R("0.38") * 2 - R("0.24") + R("0.04") == R("0.56"))
L.step(yn == R("1.468") * R("0.56") + R("0.16"), carried=True); L.step(R("1.468") * R("0.56") + R("0.16") == R("0.98208"))
L.step(ln == (R("0.98208") - 1) ** 2 / 2, carried=True); L.step(rounds("0.00016", (R("0.98208") - 1) ** 2 / 2))
L.step(W1n[0, 1] == R("-0.3") - R("0.1") * R("0.6")); L.step(W1n[0, 1] == R("-0.36"))
L.step(zn[0] == R("0.38") * 2 - R("0.36") + R("0.04")); L.step(zn[0] == R("0.44"))
L.step(yn == R("1.468") * R("0.44") + R("0.16")); L.step(yn == R("0.80592"))
L.step(ln == (R("0.80592") - 1) ** 2 / 2); L.step(rounds("0.0188", ln))
# tanh hidden layer
ht = z.applyfunc(sp.tanh)
L.step(True, note="h = tanh z"); L.step(rounds("0.6640", ht[0]) and rounds("-0.0997", ht[1]))
yt = (w2.T * ht)[0] + b2
L.step(substituted(yt, lambda u, v: R("1.5") * u - R("0.7") * v + R("0.2"), "~0.6640", "~-0.0997")); L.step(rounds("1.2658", yt))
gz2 = (yt - y) * w2[1] * (1 - ht[1] ** 2)
zz = sp.symbols("z1 z2")
lt = ((w2[0] * sp.tanh(zz[0]) + w2[1] * sp.tanh(zz[1]) + b2) - y) ** 2 / 2
L.step(abs(sp.N(sp.diff(lt, zz[1]).subs({zz[0]: z[0], zz[1]: z[1]}) - gz2, 30)) < 1e-25)
L.step(substituted(gz2, lambda u, v: u * R("-0.7") * v, "~0.2658", "~0.9901") and rounds("0.9901", 1 - R("0.0997") ** 2))
L.step(rounds("-0.1842", R("0.2658") * R("-0.7") * R("0.9901"), gz2))
L.done()
