"""Labels for peer_review_relu_backprop.tex: a calibrated peer review quoting a submission: 2-2-1 ReLU
net with linear output, the ReLU gate ignored at an inactive unit (carried into dL/dW_1, dL/db_1 and an
update), dL/dx without the transpose, the reviewer's corrections and second pass, and a second reviewer
on a swapped weight (w_{2,1} for w_{2,2})."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R  # noqa: E402

L = Labels("batch6/peer_review_relu_backprop.tex")
M = lambda *rows: sp.Matrix(rows)
x = M(1, 2); W1 = sp.Matrix([[R("0.2"), R("-0.4")], [R("0.5"), R("0.1")]]); b1 = M(R("0.1"), R("-0.2"))
w2 = M(R("0.7"), R("-0.3")); b2 = R("0.2"); y = 1; eta = R("0.5")
z1 = W1 * x + b1; h = z1.applyfunc(lambda v: sp.Max(0, v)); yh = (w2.T * h)[0] + b2; loss = (yh - y)**2 / 2
d2 = yh - y; gate = z1.applyfunc(lambda v: 1 if v > 0 else 0); d1 = (w2 * d2).multiply_elementwise(gate)
gW1 = d1 * x.T; gb1 = d1; gx = W1.T * d1; gw2 = d2 * h
d1_wrong = w2 * d2                              # the gate ignored
L.define(2); L.define(6)
L.define(); L.step(z1 == M(R("0.2") - R("0.8") + R("0.1"), R("0.5") + R("0.2") - R("0.2"))); L.step(z1 == M(R("-0.5"), R("0.5")))
L.define(); L.step(h == M(0, R("0.5"))); L.define(); L.step(yh == R("0.7") * 0 - R("0.3") * R("0.5") + R("0.2")); L.step(yh == R("0.05"))
L.step(loss == (R("0.05") - 1)**2 / 2); L.step(abs(loss - R("0.4513")) <= R("0.00005"))
L.step(loss == R("0.45125"))
L.step(True, note="delta2 = yhat - y"); L.step(d2 == R("-0.95")); L.step(True, note="dL/dw2 = delta2 h"); L.step(gw2 == M(0, R("-0.475"))); L.step(d2 == R("-0.95"))
L.step(True, note="delta1 formula"); L.step(d1 == M(R("0.7") * R("-0.95"), R("-0.3") * R("-0.95"))); L.step(d1_wrong == M(R("-0.665"), R("0.285")))
L.step(z1[0] == R("-0.5")); L.step(R("-0.5") < 0); L.step(d1 == M(0, R("0.285")))
L.step(True, note="delta1 x^T"); L.step(gW1 == sp.Matrix([[R("-0.665"), R("-1.33")], [R("0.285"), R("0.57")]]), carried=d1_wrong * x.T == sp.Matrix([[R("-0.665"), R("-1.33")], [R("0.285"), R("0.57")]]))
L.step(True, note="dL/db1 = delta1"); L.step(gb1 == M(R("-0.665"), R("0.285")), carried=True)
written = M(R("0.2") * R("-0.665") - R("0.4") * R("0.285"), R("0.5") * R("-0.665") + R("0.1") * R("0.285"))
L.step(W1 == W1.T, note="dL/dx = W1 delta1?"); L.step(W1 * d1 == written, carried=W1 * d1_wrong == written)   # their delta_1 put in
L.step(W1 * d1_wrong == M(R("-0.247"), R("-0.304")))
L.step(True, note="W1^T delta1"); L.step(gx == M(R("0.5") * R("0.285"), R("0.1") * R("0.285"))); L.step(gx == M(R("0.1425"), R("0.0285")))
w2n = w2 - eta * gw2; b2n = b2 - eta * d2; b1n = b1 - eta * gb1
L.step(w2n == w2 - R("0.5") * M(0, R("-0.475"))); L.step(w2n == M(R("0.7"), R("-0.0625")))
L.step(b2n == R("0.2") - R("0.5") * R("-0.95")); L.step(b2n == R("0.675"))
L.define(); L.step(b1n == M(R("0.4325"), R("-0.3425")), carried=b1 - eta * d1_wrong == M(R("0.4325"), R("-0.3425")))
L.step(b1n == M(R("0.1"), R("-0.2")) - R("0.5") * M(0, R("0.285"))); L.step(b1n == M(R("0.1"), R("-0.3425")))
W1n = W1 - eta * gW1
L.step(sp.Matrix([[R("0.5") - R("0.1425"), R("0.1") - R("0.285")]]) == sp.Matrix([[R("0.3575"), R("-0.185")]]) and W1n[1, 0] == R("0.3575") and W1n[1, 1] == R("-0.185"))
z1n = W1n * x + b1n
L.step(z1n[1] == R("0.3575") - R("0.37") - R("0.3425")); L.step(z1n[1] == R("-0.355"))
hn = z1n.applyfunc(lambda v: sp.Max(0, v)); yhn = (w2n.T * hn)[0] + b2n
L.step(hn == M(0, 0) and yhn == b2n); L.step(yhn == R("0.675"))
L.step((yhn - y)**2 / 2 == (R("0.675") - 1)**2 / 2); L.step(abs((yhn - y)**2 / 2 - R("0.0528")) <= R("0.00005"))
# reviewer 9
dh2 = w2[1] * d2
L.step(dh2 == w2[0] * d2); L.step(w2[0] * d2 == R("0.7") * R("-0.95")); L.step(R("0.7") * R("-0.95") == R("-0.665"))
L.step(w2[1] * d2 == R("-0.3") * R("-0.95")); L.step(R("-0.3") * R("-0.95") == R("0.285"))
L.done()
