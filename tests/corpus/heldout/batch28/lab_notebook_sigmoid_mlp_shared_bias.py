"""Labels for lab_notebook_sigmoid_mlp_shared_bias.tex: a lab-notebook page, a 2-2-1 sigmoid net
by hand whose two hidden units share one bias b (dL/db = delta_1 + delta_2), squared loss, the
input gradient W1^T delta and one SGD step. Exact values come from differentiating the net with
SymPy; the page's numbers are rounded to 4 places and carried forward."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch28/lab_notebook_sigmoid_mlp_shared_bias.tex")
sig = lambda z: 1 / (1 + sp.exp(-z))
X1, X2, W11, W12, W21, W22, B, V1, V2, C = sp.symbols("x1 x2 w11 w12 w21 w22 b v1 v2 c", real=True)
Z1 = W11 * X1 + W12 * X2 + B
Z2 = W21 * X1 + W22 * X2 + B
Z3 = V1 * sig(Z1) + V2 * sig(Z2) + C
Y = 1
LOSS = (sig(Z3) - Y) ** 2 / 2
pt = {X1: R("0.5"), X2: R("-1.0"), W11: R("0.4"), W12: R("-0.2"), W21: R("0.3"), W22: R("0.1"),
      B: R("0.1"), V1: R("0.8"), V2: R("-0.5"), C: R("0.2")}
ev = lambda e: sp.N(e.subs(pt), 40)
g = lambda s: ev(sp.diff(LOSS, s))           # exact gradients
eta = R("0.5")

L.define(3, "x1, x2, y"); L.define(note="b"); L.define(note="W1"); L.define(4, "v1, v2, c, eta")
# forward
z1, z2 = Z1.subs(pt), Z2.subs(pt)
L.define(note="z1"); L.step(R("0.4") * R("0.5") + R("-0.2") * R("-1.0") + R("0.1") == z1); L.step(z1 == R("0.5"))
L.define(note="z2"); L.step(R("0.3") * R("0.5") + R("0.1") * R("-1.0") + R("0.1") == z2); L.step(z2 == R("0.15"))
h1, h2 = ev(sig(Z1)), ev(sig(Z2))
L.define(note="h1"); L.step(rounds("0.6225", h1, approx=True))
L.define(note="h2"); L.step(rounds("0.5374", h2, approx=True))
z3 = ev(Z3)
L.define(note="z3")
L.step(substituted(z3, lambda p, q: R("0.8") * p - R("0.5") * q + R("0.2"), "~0.6225", "~0.5374"))
L.step(R("0.8") * R("0.6225") == R("0.4980") and R("0.5") * R("0.5374") == R("0.2687"))
L.step(rounds("0.4293", z3, R("0.4980") - R("0.2687") + R("0.2")))
yh = ev(sig(Z3))
L.define(note="y hat"); L.step(rounds("0.6057", yh, sig(R("0.4293")), approx=True))
L.step(R("0.6057") - 1 == R("-0.3943") and rounds("-0.3943", yh - 1))
L.step(rounds("0.0777", ev(LOSS), R("0.3943") ** 2 / 2, approx=True))
# backward
zz = sp.symbols("zz", real=True)
L.step(same(sp.diff(sig(zz), zz), sig(zz) * (1 - sig(zz)), positive=False))
d3 = ev(sp.diff(LOSS, C))                    # dL/dz3 = dL/dc
yy = sp.symbols("yy", positive=True)
L.define(note="delta3 = dL/dz3")
L.step(same(sp.diff((sig(zz) - yy) ** 2 / 2, zz), (sig(zz) - yy) * sig(zz) * (1 - sig(zz)), positive=False))
L.step(substituted(d3, lambda e, p: e * p, "~-0.3943", "~0.2388") and rounds("0.2388", R("0.6057") * R("0.3943")))
L.step(rounds("-0.0942", d3, R("-0.3943") * R("0.2388")))
dv1 = g(V1)
L.step(sp.Abs(dv1 - d3 * h1) < 1e-30)
L.step(substituted(dv1, lambda d, h: d * h, "~-0.0942", "~0.6225"))
L.step(rounds("-0.0586", dv1, R("-0.0942") * R("0.6225")))
# hidden deltas: dL/dz_j by the chain rule (bias split to separate the two paths)
e1, e2 = sp.symbols("e1 e2", real=True)
Zs = V1 * sig(Z1 + e1) + V2 * sig(Z2 + e2) + C
Ls = (sig(Zs) - Y) ** 2 / 2
d1 = sp.N(sp.diff(Ls, e1).subs({e1: 0, e2: 0}).subs(pt), 40)
d2 = sp.N(sp.diff(Ls, e2).subs({e1: 0, e2: 0}).subs(pt), 40)
L.define(note="delta_j = dL/dz_j")
L.step(sp.Abs(d1 - d3 * R("0.8") * h1 * (1 - h1)) < 1e-30 and sp.Abs(d2 - d3 * R("-0.5") * h2 * (1 - h2)) < 1e-30)
L.step(substituted(d1, lambda d, p, q: d * R("0.8") * p * q, "~-0.0942", "~0.6225", "~0.3775"))
L.step(substituted(d1, lambda d, q: d * R("0.8") * q, "~-0.0942", "~0.2350") and rounds("0.2350", R("0.6225") * R("0.3775")))
L.step(rounds("-0.0177", d1, R("-0.0942") * R("0.8") * R("0.2350")))
L.step(substituted(d2, lambda d, p, q: d * R("-0.5") * p * q, "~-0.0942", "~0.5374", "~0.4626"))
L.step(substituted(d2, lambda d, q: d * R("-0.5") * q, "~-0.0942", "~0.2486") and rounds("0.2486", R("0.5374") * R("0.4626")))
L.step(rounds("0.0171", d2, R("-0.0942") * R("-0.5") * R("0.2486")), note="0.0117")
# shared bias
L.step(sp.diff(Z1, B) == 1); L.step(sp.diff(Z2, B) == 1)
db = g(B)
L.step(sp.Abs(db - (d1 * 1 + d2 * 1)) < 1e-30); L.step(True, note="= delta1 + delta2")
L.step(substituted(d1 + d2, lambda p, q: p + q, "~-0.0177", "~0.0171"),
       carried=substituted(d1 + R("0.0171"), lambda p: p + R("0.0171"), "~-0.0177"))
L.step(R("-0.0177") + R("0.0171") == R("-0.0006"))
L.step(sp.Abs(g(W12) - d1) < 1e-30, note="dropped x2"); L.step(rounds("-0.0177", d1))
L.step(sp.Abs(g(W21) - d2 * R("0.5")) < 1e-30)
L.step(substituted(g(W21), lambda d: d * R("0.5"), "~0.0171"), carried=True)
L.step(R("0.0171") * R("0.5") == R("0.00855"))
# input gradient
gx1, gx2 = g(X1), g(X2)
L.step(sp.Abs(gx1 - (R("0.4") * d1 + R("0.3") * d2)) < 1e-30 and sp.Abs(gx2 - (R("-0.2") * d1 + R("0.1") * d2)) < 1e-30)
L.step(sp.Abs(gx1 - (R("0.4") * d1 + R("0.3") * d2)) < 1e-30)
L.step(substituted(gx1, lambda p, q: R("0.4") * p + R("0.3") * q, "~-0.0177", "~0.0171"),
       carried=substituted(R("0.4") * d1 + R("0.3") * R("0.0171"), lambda p: R("0.4") * p + R("0.3") * R("0.0171"), "~-0.0177"))
L.step(R("0.4") * R("-0.0177") + R("0.3") * R("0.0171") == R("-0.00195"))
L.step(sp.Abs(gx2 - (R("-0.2") * d1 + R("0.1") * d2)) < 1e-30)
L.step(substituted(gx2, lambda p, q: R("-0.2") * p + R("0.1") * q, "~-0.0177", "~0.0171"),
       carried=substituted(R("-0.2") * d1 + R("0.1") * R("0.0171"), lambda p: R("-0.2") * p + R("0.1") * R("0.0171"), "~-0.0177"))
L.step(R("-0.2") * R("-0.0177") + R("0.1") * R("0.0171") == R("0.00525"))
# SGD step
L.step(substituted(R("0.8") - eta * dv1, lambda q: R("0.8") - eta * q, "~-0.0586"))
L.step(rounds("0.8293", R("0.8") - eta * R("-0.0586")))
L.step(substituted(R("0.2") - eta * d3, lambda q: R("0.2") - eta * q, "~0.0942"), note="sign of delta3")
L.step(rounds("0.1529", R("0.2") - eta * R("0.0942")))
L.step(substituted(R("0.1") - eta * db, lambda q: R("0.1") - eta * q, "~-0.0006"), carried=True)
L.step(rounds("0.1003", R("0.1") - eta * R("-0.0006")))
L.step(substituted(R("0.3") - eta * g(W21), lambda q: R("0.3") - eta * q, "~0.00855"), carried=True)
L.step(rounds("0.2957", R("0.3") - eta * R("0.00855")))
L.step(rounds("-0.0060", db, approx=True), note="central difference ~ exact dL/db")
L.done()
