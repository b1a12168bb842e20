"""Labels for labsheet_tabularx_sigmoid_mlp.tex: a lab sheet as a tabularx table (quantity | working |
TA) for a 2-2-1 sigmoid MLP with squared error: symbolic part with dL/dx = W1 dL/da (untransposed);
numbers at 4 decimals: sigma'(0.7) rounded to 0.2218; dL/dW1 = x delta1^T (the transpose) carried into
two weight updates; dL/dx = W1 delta1 carried into dL/dx2 and the gradient norm; b2 updated with the
wrong sign; the TA's corrections. Symbolic claims are checked on the unrolled network at a random point."""
import random
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch8/labsheet_tabularx_sigmoid_mlp.tex")
sg = lambda v: 1 / (1 + sp.exp(-v))
# --- the network in symbols
X = sp.Matrix(sp.symbols("x1 x2")); W = sp.Matrix(2, 2, sp.symbols("w11 w12 w21 w22"))
B1 = sp.Matrix(sp.symbols("c1 c2")); V = sp.Matrix(sp.symbols("v1 v2")); b2s, ys = sp.symbols("b2 y")
A = W * X + B1; Hh = A.applyfunc(sg); Z = (V.T * Hh)[0] + b2s; Yh = sg(Z); Loss = (Yh - ys)**2 / 2
rng = random.Random(3)
point = {s: sp.Rational(rng.randint(-40, 40), 37) for s in Loss.free_symbols}
point.update({sp.Symbol(n): sp.Rational(rng.randint(-40, 40), 37) for n in ("h1", "h2", "a1", "a2")})
num = lambda e: sp.N(e.subs(point), 30)
vclose = lambda u, v: all(num(p - q).is_number and abs(num(p - q)) < 1e-20 for p, q in zip(u, v))
L.define(3, "x, W1, b1"); L.define(4, "w2, b2, y, eta"); L.define(4, "a, h, z, yhat"); L.define(note="L")
# Part A
yhs, ts = sp.symbols("yhat t")
L.step(same(sp.diff((yhs - ys)**2 / 2, yhs), yhs - ys))
L.step(same(sp.diff(sg(ts), ts), sg(ts) * (1 - sg(ts)), positive=False))
hs = sp.Matrix(sp.symbols("h1 h2")); zs = sp.Symbol("z")
Lh = (sg((V.T * hs)[0] + b2s) - ys)**2 / 2
delta2 = sp.diff((sg(zs) - ys)**2 / 2, zs).subs(zs, (V.T * hs)[0] + b2s)
L.step(vclose([sp.diff(Lh, hh) for hh in hs], [delta2 * v for v in V])); L.define(note="delta2 := dL/dz")
a_s = sp.Matrix(sp.symbols("a1 a2")); La = (sg((V.T * a_s.applyfunc(sg))[0] + b2s) - ys)**2 / 2
d2a = sp.diff((sg(zs) - ys)**2 / 2, zs).subs(zs, (V.T * a_s.applyfunc(sg))[0] + b2s)
L.step(vclose([sp.diff(La, q) for q in a_s], [d2a * V[i] * sg(a_s[i]) * (1 - sg(a_s[i])) for i in range(2)]))
dLdA = [sp.diff(La, q).subs({a_s[0]: A[0], a_s[1]: A[1]}) for q in a_s]
dLdX = [sp.diff(Loss, q) for q in X]
L.step(vclose(dLdX, list(W * sp.Matrix(dLdA))), note="W1 for W1^T")
# Part B: numbers
x = [R(1), R("0.5")]; W1 = [[R("0.4"), R("-0.2")], [R("0.3"), R("0.6")]]; b1 = [R(0), R("0.1")]
w2 = [R("0.7"), R("-0.5")]; b2 = R("0.2"); y = 1; eta = R("0.1")
a = [W1[i][0] * x[0] + W1[i][1] * x[1] + b1[i] for i in range(2)]
h = [sg(v) for v in a]; z = w2[0] * h[0] + w2[1] * h[1] + b2; yh = sg(z); Lv = (yh - y)**2 / 2
L.step(a[0] == R("0.4") - R("0.2") * R("0.5")); L.step(a[0] == R("0.3"))
L.step(a[1] == R("0.3") + R("0.6") * R("0.5") + R("0.1")); L.step(a[1] == R("0.7"))
L.step(rounds("0.5744", h[0])); L.step(rounds("0.6682", h[1]))
L.step(substituted(z, lambda p, q: R("0.7") * p - R("0.5") * q + R("0.2"), "~0.5744", "~0.6682")); L.step(rounds("0.2680", z))
L.step(substituted(yh, sg, "~0.2680")); L.step(rounds("0.5666", yh))
L.step(substituted(Lv, lambda p: (p - 1)**2 / 2, "~0.5666")); L.step(rounds("0.0939", Lv))
d2 = (yh - y) * yh * (1 - yh)
L.step(True, note="delta2 for squared error through sigma")
L.step(substituted(d2, lambda p, q, r: p * q * r, "~-0.4334", "~0.5666", "~0.4334")); L.step(rounds("-0.1064", d2))
L.step(True, note="dL/dw2 = delta2 h"); L.step(rounds("-0.0611", d2 * h[0]) and rounds("-0.0711", d2 * h[1]))
L.step(True, note="dL/db2 = delta2"); L.step(rounds("-0.1064", d2))
sprime = [v * (1 - v) for v in h]
L.step(substituted(sprime[0], lambda p, q: p * q, "~0.5744", "~0.4256") and substituted(sprime[1], lambda p, q: p * q, "~0.6682", "~0.3318"))
L.step(rounds("0.2445", R("0.5744") * R("0.4256"), sprime[0]) and rounds("0.2218", R("0.6682") * R("0.3318"), sprime[1]), note="0.2217")
L.step(substituted(w2[0] * d2, lambda p: R("0.7") * p, "~-0.1064") and substituted(w2[1] * d2, lambda p: R("-0.5") * p, "~-0.1064"))
L.step(rounds("-0.0745", w2[0] * d2) and rounds("0.0532", w2[1] * d2))
d1 = [w2[i] * d2 * sprime[i] for i in range(2)]
L.define(note="hidden delta rule")
L.step(substituted(d1[0], lambda p, q: p * q, "~-0.0745", "~0.2445") and substituted(d1[1], lambda p, q: p * q, "~0.0532", "~0.2218"))
L.step(rounds("-0.0182", d1[0]) and rounds("0.0118", d1[1]))
true_dW = [[d1[i] * x[j] for j in range(2)] for i in range(2)]
stud_dW = [[x[i] * d1[j] for j in range(2)] for i in range(2)]          # x delta1^T
L.step(all(sp.simplify(true_dW[i][j] - stud_dW[i][j]) == 0 for i in range(2) for j in range(2)), note="x delta^T")
L.step(all(rounds(wr, stud_dW[i][j]) for (i, j), wr in zip([(0, 0), (0, 1), (1, 0), (1, 1)], ["-0.0182", "0.0118", "-0.0091", "0.0059"])))
L.step(True, note="dL/db1 = delta1"); L.step(rounds("-0.0182", d1[0]) and rounds("0.0118", d1[1]))
gx = [W1[0][j] * d1[0] + W1[1][j] * d1[1] for j in range(2)]            # W1^T delta1
gw = [W1[i][0] * d1[0] + W1[i][1] * d1[1] for i in range(2)]            # W1 delta1 (the student's)
L.step(all(sp.simplify(p - q) == 0 for p, q in zip(gx, gw)), note="W1 delta1")
L.step(substituted(gw[0], lambda p, q: R("0.4") * p - R("0.2") * q, "~-0.0182", "~0.0118")
       and substituted(gw[1], lambda p, q: R("0.3") * p + R("0.6") * q, "~-0.0182", "~0.0118"))
L.step(rounds("-0.0096", gw[0]) and rounds("0.0016", gw[1]))
L.step(rounds("0.0016", gx[1]), carried=rounds("0.0016", gw[1])); L.step(R("0.0016") > 0)
norm = sp.sqrt(gx[0]**2 + gx[1]**2)
L.step(substituted(norm, lambda p, q: sp.sqrt(p**2 + q**2), "~0.0096", "~0.0016"),
       carried=substituted(sp.sqrt(gw[0]**2 + gw[1]**2), lambda p, q: sp.sqrt(p**2 + q**2), "~0.0096", "~0.0016"))
L.step(rounds("0.0097", sp.sqrt(R("0.0096")**2 + R("0.0016")**2)))
upd = lambda w, g: w - eta * g
L.step(substituted(upd(R("0.4"), true_dW[0][0]), lambda g: R("0.4") - R("0.1") * g, "~-0.0182")); L.step(rounds("0.4018", R("0.4") + R("0.00182")))
L.step(substituted(upd(R("-0.2"), true_dW[0][1]), lambda g: R("-0.2") - R("0.1") * g, "~0.0118"),
       carried=substituted(upd(R("-0.2"), stud_dW[0][1]), lambda g: R("-0.2") - R("0.1") * g, "~0.0118"))
L.step(rounds("-0.2012", R("-0.2") - R("0.00118")))
L.step(substituted(upd(R("0.3"), true_dW[1][0]), lambda g: R("0.3") - R("0.1") * g, "~-0.0091"),
       carried=substituted(upd(R("0.3"), stud_dW[1][0]), lambda g: R("0.3") - R("0.1") * g, "~-0.0091"))
L.step(rounds("0.3009", R("0.3") + R("0.00091")))
L.step(substituted(upd(b2, d2), lambda g: R("0.2") + R("0.1") * g, "~-0.1064"), note="sign"); L.step(rounds("0.1894", R("0.2") - R("0.01064")))
# TA
L.step(rounds("0.2217", sprime[1]))
L.step(vclose([sp.diff(Loss, W[i, j]) for i in range(2) for j in range(2)],
              [sp.Matrix(dLdA)[i] * X[j] for i in range(2) for j in range(2)]))
L.step(substituted(upd(R("-0.2"), true_dW[0][1]), lambda g: R("-0.2") - R("0.1") * g, "~-0.0091")); L.step(rounds("-0.1991", R("-0.2") + R("0.00091")))
L.step(substituted(upd(R("0.3"), true_dW[1][0]), lambda g: R("0.3") - R("0.1") * g, "~0.0118")); L.step(rounds("0.2988", R("0.3") - R("0.00118")))
L.step(substituted(upd(b2, d2), lambda g: R("0.2") - R("0.1") * g, "~-0.1064")); L.step(rounds("0.2106", upd(b2, d2)))
L.step(vclose(dLdX, list(W.T * sp.Matrix(dLdA))))
L.step(substituted(gx[0], lambda p, q: R("0.4") * p + R("0.3") * q, "~-0.0182", "~0.0118")
       and substituted(gx[1], lambda p, q: R("-0.2") * p + R("0.6") * q, "~-0.0182", "~0.0118"))
L.step(rounds("-0.0037", gx[0]) and rounds("0.0107", gx[1]))
L.done()
