"""Labels for answer_sheet_multicols_relu_net.tex: a two-column (multicols) exam answer sheet, the
candidate's answers beside the marker's key: 2-2-1 ReLU net with a linear output and squared error;
a sign slip in a_1 kills unit 1 and is carried through h_1, yhat, L, delta_2, both gradients, delta_1,
dL/dW_1, dL/db_1 and two updates; the input gradient as W_1 delta_1 (untransposed)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R  # noqa: E402

L = Labels("batch7/answer_sheet_multicols_relu_net.tex")
M = sp.Matrix
W = M([[R("0.5"), R("-0.3")], [R("-0.2"), R("0.4")]]); b1 = M([R("0.2"), 0]); w2 = M([R("1.2"), R("-0.7")])
b2, x, y, eta = R("0.03"), M([1, 2]), R("0.45"), R("0.1")
relu = lambda v: v.applyfunc(lambda t: max(t, 0)); step = lambda v: v.applyfunc(lambda t: 1 if t > 0 else 0)


def net(a):
    h = relu(a); yh = (w2.T * h)[0] + b2; d2 = yh - y
    d1 = (w2 * d2).multiply_elementwise(step(a))
    return dict(a=a, h=h, yh=yh, L=(yh - y)**2 / 2, d2=d2, gw2=d2 * h, d1=d1, gW1=d1 * x.T,
                gx=W.T * d1, Wd=W * d1, w22=w2[1] - eta * d2 * h[1], b2=b2 - eta * d2)


T = net(W * x + b1)                      # the truth
S = net(M([R("-0.1"), (W * x + b1)[1]]))  # the candidate's chain after the slip
L.define(4, "network"); L.define(7, "data")
L.step(T["a"][0] == R("0.5") * 1 - R("0.3") * 2 + R("0.2")); L.step(T["a"][0] == R("-0.1"))
L.step(T["a"][1] == R("-0.2") * 1 + R("0.4") * 2 + 0); L.step(T["a"][1] == R("0.6"))
L.step(T["h"][0] == max(R("-0.1"), 0), carried=S["h"][0] == max(R("-0.1"), 0)); L.step(max(R("-0.1"), 0) == 0); L.step(T["h"][1] == R("0.6"))
L.step(T["yh"] == R("1.2") * 0 - R("0.7") * R("0.6") + R("0.03"), carried=S["yh"] == R("1.2") * 0 - R("0.7") * R("0.6") + R("0.03"))
L.step(R("1.2") * 0 - R("0.7") * R("0.6") + R("0.03") == R("-0.39"))
L.step(T["L"] == (R("-0.39") - R("0.45"))**2 / 2, carried=S["L"] == (R("-0.39") - R("0.45"))**2 / 2); L.step((R("-0.39") - R("0.45"))**2 / 2 == R("0.3528"))
L.step(True, note="delta_2 = yhat - y"); L.step(T["d2"] == R("-0.84"), carried=S["d2"] == R("-0.84"))
L.step(True, note="delta_2 h"); L.step(T["gw2"] == M([0, R("-0.504")]), carried=S["gw2"] == M([0, R("-0.504")]))
L.step(True, note="dL/db2 = delta_2"); L.step(T["d2"] == R("-0.84"), carried=S["d2"] == R("-0.84"))
L.define(note="delta_1 rule"); L.step(T["d1"] == M([0, R("0.588")]), carried=S["d1"] == M([0, R("0.588")]))
L.step(True, note="delta_1 x^T"); L.step(T["gW1"] == M([[0, 0], [R("0.588"), R("1.176")]]), carried=S["gW1"] == M([[0, 0], [R("0.588"), R("1.176")]]))
L.step(True, note="dL/db1 = delta_1"); L.step(T["d1"] == M([0, R("0.588")]), carried=True)
L.step(T["gx"] == T["Wd"], note="W_1 for W_1^T")
L.step(T["Wd"] == M([R("-0.3") * R("0.588"), R("0.4") * R("0.588")]), carried=S["Wd"] == M([R("-0.3") * R("0.588"), R("0.4") * R("0.588")]))
L.step(M([R("-0.3") * R("0.588"), R("0.4") * R("0.588")]) == M([R("-0.1764"), R("0.2352")]))
L.step(T["gW1"][0, 0] == T["gW1"][0, 1], carried=S["gW1"][0, 0] == S["gW1"][0, 1]); L.step(T["gW1"][0, 1] == 0, carried=S["gW1"][0, 1] == 0)
L.step(T["w22"] == R("-0.7") - R("0.1") * R("-0.504"), carried=S["w22"] == R("-0.7") - R("0.1") * R("-0.504")); L.step(R("-0.7") - R("0.1") * R("-0.504") == R("-0.6496"))
L.step(T["b2"] == R("0.03") - R("0.1") * R("-0.84"), carried=S["b2"] == R("0.03") - R("0.1") * R("-0.84")); L.step(R("0.03") - R("0.1") * R("-0.84") == R("0.114"))
# key
L.step(T["a"][0] == R("0.5") - R("0.6") + R("0.2")); L.step(T["a"][0] == R("0.1")); L.step(T["a"][0] > 0)
L.step(T["h"] == M([R("0.1"), R("0.6")])); L.step(T["yh"] == R("0.12") - R("0.42") + R("0.03")); L.step(T["yh"] == R("-0.27"))
L.step(T["L"] == R("0.72")**2 / 2); L.step(T["L"] == R("0.2592"))
L.step(T["d2"] == R("-0.72")); L.step(T["gw2"] == M([R("-0.072"), R("-0.432")]))
L.step(T["d1"] == M([R("1.2") * R("-0.72"), R("-0.7") * R("-0.72")])); L.step(T["d1"] == M([R("-0.864"), R("0.504")]))
L.step(T["gW1"] == M([[R("-0.864"), R("-1.728")], [R("0.504"), R("1.008")]]))
L.step(True, note="W_1^T delta_1")
L.step(T["gx"] == M([R("0.5") * R("-0.864") - R("0.2") * R("0.504"), R("-0.3") * R("-0.864") + R("0.4") * R("0.504")]))
L.step(T["gx"] == M([R("-0.5328"), R("0.4608")]))
L.step(T["w22"] == R("-0.7") - R("0.1") * R("-0.432")); L.step(T["w22"] == R("-0.6568"))
L.step(T["b2"] == R("0.03") + R("0.072")); L.step(T["b2"] == R("0.102"))
L.done()
