"""Labels for witharrows_sigmoid_mlp_shared_bias_input_grad.tex: tutorial notes set with `witharrows`
(`DispWithArrows*`, `\\Arrow{...}` annotations): a 2-2-1 sigmoid MLP with one bias shared by both hidden units,
squared loss; formulas, forward and backward pass with numbers, dL/db = delta_1 + delta_2, dL/dx = W1^T delta,
an SGD step; a submitted script with a sign slip in z_2 carried through, the bias gradient averaged and W1 not
transposed; the marker's notes."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch12/witharrows_sigmoid_mlp_shared_bias_input_grad.tex")
sig = lambda t: 1 / (1 + sp.exp(-t))
X1, X2, Y, B, C = sp.symbols("x1 x2 y b c", real=True)
W = sp.Matrix(2, 2, sp.symbols("w11 w12 w21 w22", real=True))
V1, V2 = sp.symbols("v1 v2", real=True)
xv = sp.Matrix([X1, X2])
z = W * xv + B * sp.Matrix([1, 1])
h = z.applyfunc(sig)
u = V1 * h[0] + V2 * h[1] + C
yh = sig(u)
Lf = (yh - Y) ** 2 / 2
num = {X1: 1, X2: R("0.5"), Y: 1, B: R("0.1"), C: R("0.2"), V1: R("0.6"), V2: R("-0.3"),
       W[0, 0]: R("0.2"), W[0, 1]: R("-0.4"), W[1, 0]: R("0.5"), W[1, 1]: R("0.1")}
sym = list(num)
rnd = {s: sp.Rational(k + 3, 7) * (-1) ** k for k, s in enumerate(sym)}       # a generic point
L.define(4, "x, (1, 0.5), y, b"); L.define(3, "W1, z, h"); L.define(5, "yhat, u, v, c, L"); L.define(2, "delta_o, delta_j")
ev = lambda e, pt=rnd: sp.N(e.subs(pt), 30)
close = lambda a, b: abs(ev(a) - ev(b)) < 1e-20
do = sp.diff(Lf, C)                                     # dL/du
# delta_j = dL/dz_j: perturb z_j
e1, e2 = sp.symbols("e1 e2", real=True)
h_e = sp.Matrix([sig(z[0] + e1), sig(z[1] + e2)])
Le = (sig(V1 * h_e[0] + V2 * h_e[1] + C) - Y) ** 2 / 2
d1 = sp.diff(Le, e1).subs({e1: 0, e2: 0}); d2 = sp.diff(Le, e2).subs({e1: 0, e2: 0})
L.step(close(do, (yh - Y) * yh * (1 - yh)))
L.step(close(d1, do * V1 * h[0] * (1 - h[0])) and close(d2, do * V2 * h[1] * (1 - h[1])))
dLb = sp.diff(Lf, B)
L.step(close(dLb, d1 * 1 + d2 * 1)); L.step(close(dLb, d1 + d2))
dx = sp.Matrix([sp.diff(Lf, X1), sp.diff(Lf, X2)])
dv = sp.Matrix([d1, d2])
L.step(all(close(a, b) for a, b in zip(dx, W.T * dv)))
L.step(all(close(sp.diff(Lf, W[i, j]), (dv * xv.T)[i, j]) for i in range(2) for j in range(2)))
# forward
T = lambda e: sp.nsimplify(e.subs(num)) if e.subs(num).is_rational else sp.N(e.subs(num), 30)
eq = lambda a, b: abs(sp.N(a - b, 30)) < 1e-25
z1, z2 = T(z[0]), T(z[1])
L.step(z1 == R("0.2") * 1 + R("-0.4") * R("0.5") + R("0.1")); L.step(z1 == R("0.1"))
L.step(z2 == R("0.5") + R("0.1") * R("0.5") + R("0.1")); L.step(z2 == R("0.65"))
h1, h2 = T(h[0]), T(h[1])
L.step(eq(h1, sig(R("0.1")))); L.step(rounds("0.5250", h1)); L.step(eq(h2, sig(R("0.65")))); L.step(rounds("0.6570", h2))
uu = T(u)
L.step(substituted(uu, lambda a, b_: R("0.6") * a - R("0.3") * b_ + R("0.2"), "~0.5250", "~0.6570"))
L.step(R("0.6") * R("0.5250") == R("0.3150") and R("0.3") * R("0.6570") == R("0.1971"))
L.step(rounds("0.3179", R("0.3150") - R("0.1971") + R("0.2"), uu))
yy = T(yh)
L.step(substituted(yy, sig, "~0.3179")); L.step(rounds("0.5788", sig(R("0.3179")), yy))
LL = T(Lf)
L.step(substituted(LL, lambda a: (a - 1) ** 2 / 2, "~0.5788"))
L.step(substituted(LL, lambda a: a / 2, "~0.1774") and rounds("0.1774", (R("0.5788") - 1) ** 2))
L.step(rounds("0.0887", R("0.1774") / 2, LL))
# backward
L.step(rounds("-0.4212", yy - 1)); L.step(substituted(yy * (1 - yy), lambda a, b_: a * b_, "~0.5788", "~0.4212"))
L.step(rounds("0.2438", R("0.5788") * R("0.4212"), yy * (1 - yy)))
Do = T(do)
L.step(substituted(Do, lambda a, b_: a * b_, "~-0.4212", "~0.2438")); L.step(rounds("-0.1027", R("-0.4212") * R("0.2438"), Do))
L.step(True, note="dL/dv2 = delta_o h2"); L.step(substituted(Do * h2, lambda a, b_: a * b_, "~-0.1027", "~0.6570"))
L.step(rounds("-0.0674", R("-0.1027") * R("0.6570"), Do * h2), note="-0.0675")
L.step(substituted(h1 * (1 - h1), lambda a, b_: a * b_, "~0.5250", "~0.4750")); L.step(rounds("0.2494", R("0.5250") * R("0.4750"), h1 * (1 - h1)))
L.step(substituted(h2 * (1 - h2), lambda a, b_: a * b_, "~0.6570", "~0.3430")); L.step(rounds("0.2254", R("0.6570") * R("0.3430"), h2 * (1 - h2)))
D1, D2 = T(d1), T(d2)
L.step(substituted(D1, lambda a, b_: a * R("0.6") * b_, "~-0.1027", "~0.2494")); L.step(rounds("-0.01536", R("-0.1027") * R("0.6") * R("0.2494"), D1))
L.step(substituted(D2, lambda a, b_: a * R("-0.3") * b_, "~-0.1027", "~0.2254")); L.step(rounds("0.00694", R("-0.1027") * R("-0.3") * R("0.2254"), D2))
DB = T(dLb)
L.step(abs(DB - (D1 + D2)) < 1e-25); L.step(substituted(DB, lambda a, b_: a + b_, "~-0.01536", "~0.00694"))
L.step(rounds("-0.00842", R("-0.01536") + R("0.00694"), DB))
G1, G2 = T(dx[0]), T(dx[1])
L.step(close(dx[0], W[0, 0] * d1 + W[1, 0] * d2) and W[0, 0].subs(num) == R("0.2") and W[1, 0].subs(num) == R("0.5"))
L.step(substituted(G1, lambda a, b_: a + b_, "~-0.003072", "~0.00347") and R("0.2") * R("-0.01536") == R("-0.003072") and R("0.5") * R("0.00694") == R("0.00347"))
L.step(rounds("0.00040", R("-0.003072") + R("0.00347"), G1))
L.step(close(dx[1], W[0, 1] * d1 + W[1, 1] * d2))
L.step(R("-0.4") * R("-0.01536") == R("0.006144") and R("0.1") * R("0.00694") == R("0.000694"))
L.step(rounds("0.00684", R("0.006144") + R("0.000694"), G2))
L.define(2, "eta, update rule")
L.step(substituted(R("0.1") - R("0.5") * DB, lambda g: R("0.1") - R("0.5") * g, "~-0.00842"))
L.step(rounds("0.1042", R("0.1") - R("0.5") * R("-0.00842"), R("0.1") - R("0.5") * DB))
# script B
L.step(z2 == R("0.5") * 1 + R("0.1") * R("0.5") + R("0.1")); L.step(z2 == R("0.5") - R("0.05") + R("0.1"), note="sign")
L.step(R("0.5") - R("0.05") + R("0.1") == R("0.55"))
L.step(False, carried=True, note="h2 = sigma(0.55)"); L.step(rounds("0.6341", sig(R("0.55"))))
L.step(False, carried=True, note="u with 0.6341")
L.step(R("0.3") * R("0.6341") - R("0.1902") < R("0.00005") and R("0.6") * R("0.5250") == R("0.3150"))
L.step(rounds("0.3248", R("0.3150") - R("0.1902") + R("0.2")))
L.step(False, carried=True); L.step(rounds("0.5805", sig(R("0.3248"))))
L.step(False, carried=True); L.step(rounds("-0.1022", (R("0.5805") - 1) * R("0.5805") * R("0.4195")))
L.step(True, note="dL/dv2 = delta_o h2"); L.step(False, carried=True); L.step(rounds("-0.0648", R("-0.1022") * R("0.6341")))
L.step(close(sp.diff(Lf, C), do)); L.step(False, carried=True, note="delta_o = -0.1022")
L.step(False, carried=True); L.step(rounds("-0.01529", R("-0.1022") * R("0.6") * R("0.2494")))
L.step(False, carried=True); L.step(rounds("0.00711", R("-0.1022") * R("-0.3") * R("0.6341") * R("0.3659")))
L.step(close(dLb, (d1 + d2) / 2), note="mean")
L.step(False, carried=True); L.step(rounds("-0.00409", (R("-0.01529") + R("0.00711")) / 2))
L.step(all(close(a, b) for a, b in zip(dx, W * dv)), note="transpose")
L.step(False, carried=True)
L.step(rounds("-0.00590", R("0.2") * R("-0.01529") - R("0.4") * R("0.00711"))
       and rounds("-0.00693", R("0.5") * R("-0.01529") + R("0.1") * R("0.00711")))
L.step(False, carried=True, note="update with script B's gradient"); L.step(rounds("0.1020", R("0.1") - R("0.5") * R("-0.00409")))
# marker
L.step(z2 == R("0.5") + R("0.05") + R("0.1")); L.step(z2 == R("0.65"))
L.step(False, carried=True, note="delta_1 + delta_2 with script B's numbers"); L.step(R("-0.01529") + R("0.00711") == R("-0.00828"), note="-0.00818")
L.step(all(close(a, b) for a, b in zip(dx, W.T * dv)))
L.done()
