"""Labels for lab_bench_protocol_sigmoid_mlp_shared_bias_input_grad.tex: a teaching-lab bench protocol with
a timestamped bench log: a 2-2-1 sigmoid MLP whose two hidden units share one scalar bias b, a sigmoid output
with cross-entropy, forward pass, output and hidden deltas, dL/db = delta_1 + delta_2, dL/dx = W1^T delta,
and finite-difference readings from the code run."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch25/lab_bench_protocol_sigmoid_mlp_shared_bias_input_grad.tex")
sg = lambda u: 1 / (1 + sp.exp(-u))
W = sp.Matrix([[R("0.2"), R("-0.1")], [R("0.4"), R("0.3")]])
v = sp.Matrix([R("0.5"), R("-0.6")]); b0, c, y = R("0.1"), R("0.2"), 1
X0 = sp.Matrix([1, 2])


def fwd(X=X0, b=b0):
    z = W * X + sp.Matrix([b, b])
    h = z.applyfunc(sg)
    a = (v.T * h)[0] + c
    yh = sg(a)
    return z, h, a, yh, -sp.log(yh)


L.define(4, "model"); L.define(note="loss"); L.define(4, "x, y, b, c"); L.define(3, "W1, v")
z, h, a, yh, loss = fwd()
L.step(z[0] == R("0.2") - R("0.1") * 2 + R("0.1")); L.step(z[0] == R("0.1")); L.step(True, note="h1 = sigma(0.1)"); L.step(rounds("0.5250", h[0]))
L.step(z[1] == R("0.4") + R("0.3") * 2 + R("0.1")); L.step(z[1] == R("1.1")); L.step(True); L.step(rounds("0.7503", h[1]))
L.step(substituted(a, lambda p, q: R("0.5") * p - R("0.6") * q + c, "~0.5250", "~0.7503")); L.step(rounds("0.0123", R("0.5") * R("0.5250") - R("0.6") * R("0.7503") + c))
L.step(substituted(yh, sg, "~0.0123")); L.step(rounds("0.5031", yh))
L.step(substituted(loss, lambda p: -sp.log(p), "~0.5031")); L.step(rounds("0.6870", loss))
da = yh - y
L.step(True, note="sigmoid + CE: dL/da = yhat - y"); L.step(substituted(da, lambda p: p - 1, "~0.5031")); L.step(R("0.5031") - 1 == R("-0.4969"))
gv = da * h
L.step(True, note="dL/dv = dL/da h")
L.step(substituted(gv[0], lambda p, q: p * q, "~-0.4969", "~0.5250") and substituted(gv[1], lambda p, q: p * q, "~-0.4969", "~0.7503"))
L.step(rounds("-0.2609", R("-0.4969") * R("0.5250")) and rounds("-0.3728", R("-0.4969") * R("0.7503")))
gh = da * v
L.step(substituted(gh[0], lambda p: p * R("0.5"), "~-0.4969")); L.step(rounds("-0.2485", gh[0]))
L.step(substituted(gh[1], lambda p: p * R("-0.6"), "~-0.4969")); L.step(rounds("0.2981", gh[1]))
zz = sp.symbols("z", real=True)
L.step(same(sp.diff(sg(zz), zz), 1 - sg(zz) ** 2, [zz], positive=False), note="sigma(1 - sigma)")
dsg = [h[j] * (1 - h[j]) for j in range(2)]
wd = [1 - R("0.5250") ** 2, 1 - R("0.7503") ** 2]
L.step(substituted(dsg[0], lambda p: 1 - p ** 2, "~0.5250"), carried=True); L.step(rounds("0.7244", wd[0]))
L.step(substituted(dsg[1], lambda p: 1 - p ** 2, "~0.7503"), carried=True); L.step(rounds("0.4370", wd[1]))
dl = [gh[j] * dsg[j] for j in range(2)]
L.define(note="delta1")
L.step(substituted(dl[0], lambda p, q: p * q, "~-0.2485", "~0.7244"), carried=True); L.step(rounds("-0.1800", R("-0.2485") * R("0.7244")))
L.define(note="delta2")
L.step(substituted(dl[1], lambda p, q: p * q, "~0.2981", "~0.4370"), carried=True); L.step(rounds("0.1303", R("0.2981") * R("0.4370")))
bb = sp.symbols("b", real=True)
zb = W * X0 + sp.Matrix([bb, bb])
L.step(sp.diff(zb[0], bb) == 1); L.step(sp.diff(zb[1], bb) == 1)
db = dl[0] + dl[1]
L.step(True, note="chain rule over both units"); L.step(True, note="= delta1 + delta2")
L.step(substituted(db, lambda p, q: p + q, "~-0.1800", "~0.1303"), carried=True); L.step(R("-0.1800") + R("0.1303") == R("-0.0497"))
dx = W.T * sp.Matrix(dl)
L.step(True, note="dL/dx = W1^T delta")
L.step(True, note="0.2 d1 + 0.4 d2 is column 1")
L.step(substituted(dx[0], lambda p, q: p + q, "~-0.0360", "~0.0521"), carried=rounds("-0.0360", R("0.2") * R("-0.1800")) and rounds("0.0521", R("0.4") * R("0.1303")))
L.step(rounds("0.0161", R("-0.0360") + R("0.0521")))
L.step(True, note="-0.1 d1 + 0.3 d2")
L.step(substituted(dx[1], lambda p, q: p + q, "~0.0180", "~0.0391"), carried=rounds("0.0180", R("-0.1") * R("-0.1800")) and rounds("0.0391", R("0.3") * R("0.1303")))
L.step(rounds("0.0571", R("0.0180") + R("0.0391")))
eps = R("0.01")
Lp, Lm = fwd(b=b0 + eps)[4], fwd(b=b0 - eps)[4]
L.define(note="eps"); L.step(rounds("0.686937", Lp)); L.step(rounds("0.687059", Lm))
L.step(R("0.686937") - R("0.687059") == R("-0.000122") and substituted((Lp - Lm) / (2 * eps), lambda p, q: (p - q) / (2 * eps), "~0.686937", "~0.687059"))
L.step(rounds("-0.0061", R("-0.000122") / R("0.02")))
L.step(R("-0.0061") != R("-0.0497"))
L.step(same(sp.diff(sg(zz), zz), sg(zz) * (1 - sg(zz)), [zz], positive=False))
L.step(substituted(dsg[0], lambda p, q: p * q, "~0.5250", "~0.4750")); L.step(rounds("0.2494", R("0.5250") * R("0.4750")))
L.step(substituted(dsg[1], lambda p, q: p * q, "~0.7503", "~0.2497")); L.step(rounds("0.1874", dsg[1]))
L.step(substituted(dl[0], lambda p, q: p * q, "~-0.2485", "~0.2494")); L.step(rounds("-0.0620", R("-0.2485") * R("0.2494")))
L.step(substituted(dl[1], lambda p, q: p * q, "~0.2981", "~0.1874")); L.step(rounds("0.0559", R("0.2981") * R("0.1874")))
L.step(True, note="dL/db = d1 + d2"); L.step(substituted(db, lambda p, q: p + q, "~-0.0620", "~0.0559")); L.step(R("-0.0620") + R("0.0559") == R("-0.0061"))
Wd = W * sp.Matrix(dl)
L.step(sp.N((Wd - dx).norm()) == 0, note="W1^T, not W1")
L.step(True, note="W1 delta written out row by row")
L.step(rounds("-0.0180", R("0.2") * R("-0.0620") - R("0.1") * R("0.0559")) and rounds("-0.0080", R("0.4") * R("-0.0620") + R("0.3") * R("0.0559")))
Xp, Xm = sp.Matrix([1 + eps, 2]), sp.Matrix([1 - eps, 2])
L.step(rounds("0.687099", fwd(X=Xp)[4])); L.step(rounds("0.686900", fwd(X=Xm)[4]))
L.step(rounds("0.0100", (R("0.687099") - R("0.686900")) / R("0.02")))
L.step(True, note="dL/dx = W1^T delta")
L.step(substituted(dx[0], lambda p, q: R("0.2") * p + R("0.4") * q, "~-0.0620", "~0.0559")
       and substituted(dx[1], lambda p, q: R("-0.1") * p + R("0.3") * q, "~-0.0620", "~0.0559"))
L.step(rounds("0.0124", R("0.2") * R("0.0620")) and rounds("0.0224", R("0.4") * R("0.0559")) and rounds("0.0062", R("0.1") * R("0.0620")) and rounds("0.0168", R("0.3") * R("0.0559")))
L.step(R("-0.0124") + R("0.0224") == R("0.0100") and R("0.0062") + R("0.0168") == R("0.0230") and rounds("0.0100", dx[0]) and rounds("0.0230", dx[1]))
L.done()
