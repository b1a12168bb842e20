"""Labels for pr_review_relu_231_fixture.tex: a pull-request review thread in which two reviewers check
the author's hand-computed 2-3-1 ReLU fixture (squared error with 1/2, one SGD step, `\\gets`, pmatrix,
`\\nabla_{W_1} L`, `\\frac{\\partial L}{\\partial w_2}`, ReLU' with a prime, a re-run forward pass)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch29/pr_review_relu_231_fixture.tex")
M = sp.Matrix
x = M([R("1.0"), R("2.0")]); y = R("1.0")
W1 = M([[R("0.5"), R("-0.2")], [R("-0.3"), R("0.1")], [R("0.4"), R("0.6")]])
b1 = M([R("0.1"), R("-0.2"), R("0.0")]); w2 = M([R("0.7"), R("-0.5"), R("0.3")]); b2 = R("0.05"); eta = R("0.1")
L.define(2, "x, y"); L.define(4, "W1, b1, w2, b2"); L.define(5, "eta, L, yhat, h, z")

# forward
z = W1 * x + b1
relu = lambda v: v.applyfunc(lambda t: t if t > 0 else 0)
drelu = lambda v: v.applyfunc(lambda t: 1 if t > 0 else 0)
h = relu(z)
written_z = M([R("0.5") - R("0.4") + R("0.1"), R("-0.3") + R("0.2") - R("0.2"), R("0.4") + R("1.2") + R("0.0")])
L.step(True, note="z = W1 x + b1 restated"); L.step(z == written_z); L.step(written_z == M([R("0.2"), R("-0.3"), R("1.6")]))
L.step(h == M([R("0.2"), 0, R("1.6")]))
yhat = (w2.T * h)[0] + b2
L.step(yhat == R("0.7") * R("0.2") + R("0.3") * R("1.6") + R("0.05"))
L.step(R("0.7") * R("0.2") + R("0.3") * R("1.6") + R("0.05") == R("0.67"))
Lv = (yhat - y) ** 2 / 2
L.step(Lv == (R("0.67") - R("1.0")) ** 2 / 2); L.step((R("0.67") - 1) ** 2 / 2 == R("0.05445"))

# backward
L.define(note="delta_2")
yh_s = sp.symbols("yhat"); d2 = sp.diff((yh_s - y) ** 2 / 2, yh_s).subs(yh_s, yhat)
L.step(same(sp.diff((yh_s - y) ** 2 / 2, yh_s), yh_s - y, positive=False)); L.step(d2 == R("-0.33"))
gw2 = d2 * h
L.step(True, note="dL/dw2 = delta2 h"); L.step(gw2 == R("-0.33") * M([R("0.2"), 0, R("1.6")]))
L.step(gw2 == M([R("-0.066"), 0, R("-0.528")]))
L.step(True, note="dL/db2 = delta2"); L.step(d2 == R("-0.33"))
gh = d2 * w2
L.step(True, note="dL/dh = delta2 w2"); L.step(gh == M([R("-0.231"), R("0.165"), R("-0.099")]))
L.step(drelu(z) == M([1, 1, 1]), note="z2 < 0: ReLU'(z) = (1, 0, 1)")
delta1 = gh.multiply_elementwise(drelu(z))
delta1_w = gh.multiply_elementwise(M([1, 1, 1]))
L.define(note="delta_1 = dL/dz"); L.step(True, note="chain rule through ReLU")
v_w = M([R("-0.231"), R("0.165"), R("-0.099")])
L.step(delta1 == v_w, carried=delta1_w == v_w)
gW1 = delta1 * x.T; gW1_w = delta1_w * x.T
mat_w = M([[R("-0.231"), R("-0.462")], [R("0.165"), R("0.33")], [R("-0.099"), R("-0.198")]])
L.step(True, note="grad W1 = delta1 x^T"); L.step(gW1 == mat_w, carried=gW1_w == mat_w)
L.step(True, note="grad b1 = delta1")

# SGD step
w2n = w2 - eta * gw2
L.define(note="w2 update rule")
L.step(w2n == M([R("0.7") + R("0.0066"), R("-0.5"), R("0.3") + R("0.0528")]))
L.step(w2n == M([R("0.7066"), R("-0.5"), R("0.3528")]))
b2n = b2 - eta * d2
L.step(b2n == R("0.05") - R("0.1") * R("-0.33")); L.step(b2n == R("0.083"))
L.define(2, "W1, b1 update rules")
W1n = W1 - eta * gW1; b1n = b1 - eta * delta1
W1n_w = W1 - eta * gW1_w; b1n_w = b1 - eta * delta1_w
mw = M([[R("0.5231"), R("-0.1538")], [R("-0.3165"), R("0.067")], [R("0.4099"), R("0.6198")]])
L.step(W1n == mw, carried=W1n_w == mw)
bw = M([R("0.1231"), R("-0.2165"), R("0.0099")])
L.step(b1n == bw, carried=b1n_w == bw)

# Okafor
L.step(z[1] == R("-0.3")); L.step(R("-0.3") < 0); L.step(drelu(z)[1] == 0); L.step(drelu(z) == M([1, 0, 1]))
wr = M([R("-0.231") * 1, R("0.165") * 0, R("-0.099") * 1])
L.step(delta1 == wr); L.step(wr == M([R("-0.231"), 0, R("-0.099")]))
L.step(delta1[1] == 0)
# Lin
L.step(d2 == 2 * (yhat - y), note="the 1/2 cancels the 2")
L.step(2 * (yhat - y) == R("-0.66"), note="true between the members")
L.step(b2n == R("0.05") + R("0.066"), carried=R("0.05") - R("0.1") * R("-0.66") == R("0.05") + R("0.066"))
L.step(R("0.05") + R("0.066") == R("0.116"))
# Raman
L.step(same(sp.diff((yh_s - y) ** 2 / 2, yh_s), yh_s - y, positive=False))
L.step(gW1 == M([[R("-0.231"), R("-0.462")], [0, 0], [R("-0.099"), R("-0.198")]]))
wsub = M([[R("0.5") + R("0.0231"), R("-0.2") + R("0.0462")], [R("-0.3"), R("0.1")], [R("0.4") + R("0.0099"), R("0.6") + R("0.0198")]])
L.step(W1n == wsub)
L.step(wsub == M([[R("0.5231"), R("-0.1538")], [R("-0.3"), R("0.1")], [R("0.4099"), R("0.6198")]]))
b11_w = R("0.1") + R("0.1") * R("-0.231"); b13_w = R("0.0") + R("0.1") * R("-0.099")
L.step(b1n[0] == b11_w); L.step(b11_w == R("0.0769"))
L.step(b1n[1] == R("-0.2"))
L.step(b1n[2] == b13_w); L.step(b13_w == R("-0.0099"))
zn = W1n * x + b1n
yn = (w2n.T * relu(zn))[0] + b2n
# Okafor again
L.define(note="b1 rule")
L.step(b1n[0] == R("0.1") - R("0.1") * R("-0.231")); L.step(b1n[0] == R("0.1231")); L.step(b1n[2] == R("0.0099"))
L.step(zn[0] == R("0.3386")); L.step(zn[2] == R("1.6594"))
yexp = R("0.7066") * R("0.3386") + R("0.3528") * R("1.6594") + R("0.083")
L.step(yn == yexp)
L.step(substituted(yexp, lambda a, b: a + b + R("0.083"), "~0.2393", "~0.5584"), note="0.5854")
L.step(R("0.2393") + R("0.5584") + R("0.083") == R("0.8807"))
L.step(substituted((yn - 1) ** 2 / 2, lambda a: (a - 1) ** 2 / 2, "~0.8807"), carried=True, note="L' from the slipped 0.8807")
L.step(rounds("0.0071", (R("0.8807") - 1) ** 2 / 2))
# Raman
L.step(rounds("0.5854", R("0.3528") * R("1.6594")))
L.step(substituted(yn, lambda a, b: a + b + R("0.083"), "~0.2393", "~0.5854"))
L.step(R("0.2393") + R("0.5854") + R("0.083") == R("0.9077"))
Ln = (yn - 1) ** 2 / 2
L.step(substituted(Ln, lambda a: (a - 1) ** 2 / 2, "~0.9077")); L.step(rounds("0.0043", Ln, approx=True)); L.step(R("0.0043") < R("0.05445"))
L.done()
