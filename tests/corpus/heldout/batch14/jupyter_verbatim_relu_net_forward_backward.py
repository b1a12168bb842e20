"""Labels for jupyter_verbatim_relu_net_forward_backward.tex: a lab write-up of a 2-2-1 ReLU net with
notebook cells pasted in `verbatim` (no relation signs inside them), forward pass, backward pass, the input
gradient W1^T delta1 componentwise, one SGD step and the loss after it, and a marker's comment."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch14/jupyter_verbatim_relu_net_forward_backward.tex")
x = sp.Matrix([1, -2]); y = 1
W1 = sp.Matrix([[R("0.5"), R("-0.3")], [R("0.2"), R("0.4")]]); b1 = sp.Matrix([R("0.1"), R("-0.1")])
w2 = sp.Matrix([R("1.5"), R("-2.0")]); b2 = R("0.3")
L.define(2); L.define(4); L.define(3)
z = W1 * x + b1
L.step(z[0] == R("0.5") * 1 + R("-0.3") * (-2) + R("0.1")); L.step(z[0] == R("0.5") + R("0.6") + R("0.1")); L.step(z[0] == R("1.2"))
L.step(z[1] == R("0.2") - R("0.8") - R("0.1")); L.step(z[1] == R("-0.7"))
h = z.applyfunc(lambda v: sp.Max(v, 0))
L.step(h == sp.Matrix([R("1.2"), 0])); L.define(note="set-builder condition z_j > 0")
L.step(sp.Rational(sum(1 for v in z if v > 0), 2) == R("0.5"))
yh = (w2.T * h)[0] + b2; Lo = (yh - y) ** 2 / 2
L.step(yh == R("1.5") * R("1.2") + 0 + R("0.3")); L.step(yh == R("2.1"))
L.step(Lo == (R("2.1") - 1) ** 2 / 2); L.step(Lo == R("1.21") / 2); L.step(Lo == R("0.605"))
d2 = yh - y
L.define(note="delta_2 :="); L.step(True, note="dL/dyhat = yhat - y"); L.step(d2 == R("1.1"))
L.step(True); L.step(d2 * h == sp.Matrix([R("1.32"), 0]))
L.step(True); L.step(d2 == R("1.1"))
L.step(True); L.step(d2 * w2 == sp.Matrix([R("1.65"), R("-2.2")]))
L.step(True, note="ReLU' = indicator")
d1 = (d2 * w2).multiply_elementwise(z.applyfunc(lambda v: 1 if v > 0 else 0))
L.step(True, note="delta_1 = dL/dh * ReLU'")
L.step(d1 == sp.Matrix([R("1.56") * 1, R("-2.2") * 0]), note="1.65 copied as 1.56")
L.step(True, note="(1.56*1, -2.2*0) = (1.56, 0)")
dW1 = d1 * x.T
d1w = sp.Matrix([R("1.56"), 0])
L.step(True, note="dL/dW1 = delta1 x^T")
L.step(dW1 == sp.Matrix([[R("1.56"), R("-3.12")], [0, 0]]), carried=d1w * x.T == sp.Matrix([[R("1.56"), R("-3.12")], [0, 0]]))
L.step(True, note="dL/db1 = delta1")
L.step(d1 == d1w, carried=True)
gx = W1.T * d1
w11, w12, w21, w22, e1, e2 = sp.symbols("w11 w12 w21 w22 e1 e2")
Wsym = sp.Matrix([[w11, w12], [w21, w22]]); esym = sp.Matrix([e1, e2])
gsym = Wsym.T * esym
L.step(same(gsym[0], w11 * e1 + w12 * e2), note="w21, not w12")
L.step(True, note="substitution of the written formula, w12 = -0.3, delta12 = 0")
L.step(gx[0] == R("0.825"))
L.step(same(gsym[1], w12 * e1 + w22 * e2)); L.step(True); L.step(gx[1] == R("-0.495"))
L.step(gx == sp.Matrix([R("0.825"), R("-0.495")])); L.step(R("-0.495") / R("0.825") == R("-0.6")); L.step(R("-0.6") == R("-0.3") / R("0.5"))
eta = R("0.1"); L.define(note="eta")
dw2 = d2 * h
L.step(True); L.step(w2[0] - eta * dw2[0] == R("1.368"))
L.step(R("0.41") == b2 - eta * d2, note="sign of the step"); L.step(R("0.3") + R("0.11") == R("0.41"))
L.step(True); L.step(b1[0] - eta * d1[0] == R("-0.065"))
L.step(True); L.step(W1[0, 1] - eta * dW1[0, 1] == R("0.03")); L.step(True); L.step(W1[1, 1] - eta * dW1[1, 1] == R("0.4"))
W1n = W1 - eta * dW1; b1n = b1 - eta * d1; w2n = w2 - eta * d2 * h; b2n = b2 - eta * d2
zn = W1n * x + b1n
L.step(zn[0] == R("0.45") * 1 + R("0.03") * (-2) - R("0.065"), note="W11 is 0.335")
L.step(R("0.45") - R("0.06") - R("0.065") == R("0.325")); L.step(zn[1] == R("-0.7"))
L.step(True); L.step(W1n[0, 0] == R("0.335")); L.step(zn[0] == R("0.335") - R("0.06") - R("0.065")); L.step(zn[0] == R("0.21"))
hn = zn.applyfunc(lambda v: sp.Max(v, 0))
yhn = (w2n.T * hn)[0] + b2n; Ln = (yhn - 1) ** 2 / 2
yw = R("1.368") * R("0.21") + R("0.41")
L.step(yhn == yw, carried=True); L.step(rounds("0.6973", yw))
L.step(Ln == (R("0.6973") - 1) ** 2 / 2, carried=True); L.step(rounds("0.0458", (R("0.6973") - 1) ** 2 / 2))
L.step(R("0.0458") < Lo); L.step(Lo == R("0.605"))
L.step(rounds("0.0757", Ln / Lo), carried=rounds("0.0757", R("0.0458") / R("0.605")) or rounds("0.0757", (yw - 1) ** 2 / 2 / Lo))
L.step(R("0.0757") < R("0.25") and Ln / Lo < R("0.25"))
L.step(False, note="L has the factor 1/2"); L.step(R("1.1") ** 2 == R("1.21"))
L.step(R("2.2") == d2, carried=True)
L.step(dW1[0, 1] == d1[0] * x[1]); L.step(R("1.65") * (-2) == dW1[0, 1]); L.step(dW1[0, 1] == R("-3.3"))
L.step(True); L.step(dW1[1, 0] == 0)
L.step(z[1] == R("-0.7")); L.step(max(z[1] + R("0.01"), 0) == 0 and max(z[1] - R("0.01"), 0) == 0); L.step(d1[1] == 0)
xb = sp.Matrix([0, 1]); L.define(2)
zb = W1 * xb + b1
L.step(zb[0] == R("-0.3") - R("0.1"), note="b11 = +0.1"); L.step(R("-0.3") - R("0.1") == R("-0.4"))
L.step(zb[1] == R("0.4") - R("0.1")); L.step(zb[1] == R("0.3"))
hb = zb.applyfunc(lambda v: sp.Max(v, 0)); L.step(hb == sp.Matrix([0, R("0.3")]))
yb = (w2.T * hb)[0] + b2; L.step(yb == R("-2.0") * R("0.3") + R("0.3")); L.step(yb == R("-0.3"))
Lb = yb ** 2 / 2; L.step(Lb == R("0.09") / 2); L.step(Lb == R("0.045"))
L.step(-zb[0] == R("0.4"), carried=R("0.4") == -(R("-0.4")))
L.step((Lo + Lb) / 2 == (R("0.605") + R("0.045")) / 2); L.step((R("0.605") + R("0.045")) / 2 == R("0.352"), note="0.325")
L.step(rounds("0.5818", ((Lo + Lb) / 2) / Lo), carried=rounds("0.5818", R("0.352") / R("0.605"))); L.step(rounds("0.5818", R("0.352") / R("0.605")))
L.step((d2 + yb) / 2 == R("1.1") - R("0.3"), note="mean, not sum"); L.step(R("1.1") - R("0.3") == R("0.8"))
L.step(b2 - eta * (d2 + yb) / 2 == R("0.3") - R("0.1") * R("0.8"), carried=True); L.step(R("0.3") - R("0.1") * R("0.8") == R("0.22"))
L.done()
