"""Labels for beamer_sigmoid_mlp_input_gradient.tex: beamer slides (frames, pause, itemize) on a
2-3-1 sigmoid MLP with W_1 in R^{3x2}: delta rules, dL/dW_1 as x delta^T (wrong, erratum), W_1 delta
and a dropped sigma' (wrong), numbers at 4 decimals, the input gradient W_1^T delta_1, a submitted
answer with w_{2,2}'s sign dropped (carried), a clicker question, sanity checks."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch5/beamer_sigmoid_mlp_input_gradient.tex")
sig = lambda t: 1 / (1 + sp.exp(-t))
# symbolic: a generic instance with symbols, shapes 3x2
Ws = sp.Matrix(3, 2, sp.symbols("W11 W12 W21 W22 W31 W32", real=True))
xs = sp.Matrix(sp.symbols("x1 x2", real=True))
w2s = sp.Matrix(sp.symbols("v1 v2 v3", real=True))
ys = sp.Symbol("y", real=True)
a_s = Ws * xs
h_s = a_s.applyfunc(sig)
yh_s = (w2s.T * h_s)[0]
Ls = (yh_s - ys)**2 / 2
d2 = yh_s - ys
d1 = sp.Matrix([d2 * w2s[j] * h_s[j] * (1 - h_s[j]) for j in range(3)])
syms = list(Ws) + list(xs) + list(w2s) + [ys]
eqv = lambda A, B: A.shape == B.shape and all(same(A[i], B[i], syms, positive=False, trials=3) for i in range(len(A)))
gradW = sp.Matrix(3, 2, lambda j, k: sp.diff(Ls, Ws[j, k]))
gradx = sp.Matrix([sp.diff(Ls, xi) for xi in xs])
L.define(4)
L.define(); L.step(same(sp.diff((sp.Symbol("q") - ys)**2 / 2, sp.Symbol("q")), sp.Symbol("q") - ys))
L.step(eqv(sp.Matrix([sp.diff(Ls, v) for v in w2s]), d2 * h_s))
u = sp.Symbol("u", real=True)
L.step(same(sp.diff(sig(u), u), sig(u) * (1 - sig(u)), [u], positive=False))
L.define(); L.step(eqv(sp.Matrix([sp.diff(Ls.subs(dict(zip(a_s, sp.symbols("A1:4")))), A) for A in sp.symbols("A1:4")]).subs(dict(zip(sp.symbols("A1:4"), a_s))), d1))
L.step(eqv(gradW, xs * d1.T))
L.step(eqv(gradx, Ws.T * d1))
L.step(eqv(gradW, d1 * xs.T)); L.step(all(same(gradW[j, k], d1[j] * xs[k], syms, positive=False, trials=3) for j in range(3) for k in range(2)))
L.step(Ws.shape[1] == d1.shape[0] and eqv(gradx, Ws * d1), note="3x2 times 3x1 does not exist")
L.step(eqv(d1, sp.Matrix([d2 * w2s[j] * h_s[j] for j in range(3)])))
# numbers
W1 = sp.Matrix([[R("0.2"), R("-0.1")], [R("0.4"), R("0.3")], [R("-0.5"), R("0.2")]])
x, y, w2 = sp.Matrix([1, -1]), 1, sp.Matrix([1, -1, R("0.5")])
a = W1 * x; h = a.applyfunc(sig); yh = (w2.T * h)[0]; dd2 = yh - y
hp = h.applyfunc(lambda t: t * (1 - t)); dd1 = sp.Matrix([dd2 * w2[j] * hp[j] for j in range(3)])
Lv = dd2**2 / 2
L.define(3)
L.step(True, note="a = W_1 x"); L.step(a == sp.Matrix([R("0.3"), R("0.1"), R("-0.7")]))
L.step(True); L.step(all(rounds(wr, h[j]) for j, wr in enumerate(("0.5744", "0.5250", "0.3318"))))
L.step(substituted(yh, lambda p, q, r: p - q + R("0.5") * r, "~0.5744", "~0.5250", "~0.3318")); L.step(rounds("0.2154", R("0.5744") - R("0.5250") + R("0.5") * R("0.3318"), yh))
L.step(substituted(dd2, lambda q: q - 1, "~0.2154")); L.step(R("0.2154") - 1 == R("-0.7846"))
L.step(substituted(Lv, lambda q: q**2 / 2, "~0.7846")); L.step(rounds("0.3078", R("0.7846")**2 / 2, Lv))
L.step(all(rounds(wr, hp[j]) for j, wr in enumerate(("0.2445", "0.2494", "0.2217"))))
L.step(substituted(dd1[0], lambda p, q: p * q, "~-0.7846", "~0.2445") and substituted(dd1[1], lambda p, q: p * q, "~-0.7846", "~-0.2494")
       and substituted(dd1[2], lambda p, q: p * q, "~-0.7846", "~0.1109"))
L.step(rounds("-0.1918", R("-0.7846") * R("0.2445")) and rounds("0.1957", R("-0.7846") * R("-0.2494")) and rounds("-0.0870", R("-0.7846") * R("0.1109")))
L.step(True, note="dL/dw_2 = delta_2 h")
L.step(all(rounds(wr, dd2 * h[j], R("-0.7846") * R(hw)) for j, (wr, hw) in enumerate((("-0.4507", "0.5744"), ("-0.4119", "0.5250"), ("-0.2603", "0.3318")))))
L.step(all(rounds(f"{float(R(dw) * xk):.4f}", dd1[j] * xk, R(dw) * xk) for j, dw in enumerate(("-0.1918", "0.1957", "-0.0870")) for xk in (1, -1)))
dx = W1.T * dd1
L.step(True, note="W_1^T delta_1")
L.step(substituted(dx[0], lambda p, q, r: R("0.2") * p + R("0.4") * q - R("0.5") * r, "~-0.1918", "~0.1957", "~-0.0870")
       and substituted(dx[1], lambda p, q, r: R("-0.1") * p + R("0.3") * q + R("0.2") * r, "~-0.1918", "~0.1957", "~-0.0870"))
good = sp.Matrix([R("-0.1918"), R("0.1957"), R("-0.0870")])
L.step(rounds("0.0834", (W1.T * good)[0], dx[0]) and rounds("0.0605", (W1.T * good)[1], dx[1]))
eps = R("0.0001")
def Lx(xx):
    hh = (W1 * xx).applyfunc(sig)
    return ((w2.T * hh)[0] - y)**2 / 2
fd = (Lx(x + eps * sp.Matrix([1, 0])) - Lx(x - eps * sp.Matrix([1, 0]))) / (2 * eps)
L.step(rounds("0.0834", fd)); L.define()
# the submitted answer
bad = sp.Matrix([R("-0.1918"), R("-0.1957"), R("-0.0870")])
L.step(substituted(dd1[1], lambda p, q: p * q, "~-0.7846", "~0.2494"))
L.step(rounds("-0.1918", R("-0.7846") * R("0.2445")) and rounds("-0.1957", R("-0.7846") * R("0.2494")) and rounds("-0.0870", R("-0.7846") * R("0.1109")))
L.step(True, note="W_1^T delta_1 as a formula")
L.step(substituted(dx[0], lambda p, q, r: R("0.2") * p + R("0.4") * q - R("0.5") * r, "~-0.1918", "~-0.1957", "~-0.0870"), carried=True)
L.step(rounds("-0.0731", (W1.T * bad)[0]) and rounds("-0.0569", (W1.T * bad)[1]))
L.step(substituted(sp.sqrt(dx[0]**2 + dx[1]**2), lambda p, q: sp.sqrt(p**2 + q**2), "~0.0731", "~0.0569"), carried=True)
L.step(rounds("0.0926", sp.sqrt(R("0.0731")**2 + R("0.0569")**2)))
L.define()
# clicker
L.step(True, note="chain rule"); L.step(substituted(dd1[2], lambda p, q: p * R("0.5") * q, "~-0.7846", "~0.2217")); L.step(rounds("-0.0870", R("-0.7846") * R("0.5") * R("0.2217")))
L.step(False, note="h_3 for sigma'(a_3)"); L.step(True, note="the substitution of the wrong formula"); L.step(rounds("-0.1302", R("-0.7846") * R("0.5") * R("0.3318")))
L.step(substituted(dx[1], lambda p, q, r: R("-0.1") * p + R("0.3") * q + R("0.2") * r, "~-0.1918", "~0.1957", "~-0.0870"))
L.step(rounds("0.0605", R("-0.1") * R("-0.1918") + R("0.3") * R("0.1957") + R("0.2") * R("-0.0870")))
L.step(substituted(dx[1], lambda p, q, r: R("0.2") * p + R("0.4") * q - R("0.5") * r, "~-0.1918", "~0.1957", "~-0.0870"))
L.step(rounds("0.0834", R("0.2") * R("-0.1918") + R("0.4") * R("0.1957") + R("0.5") * R("0.0870")))
# sanity
dsig = lambda t: sig(t) * (1 - sig(t))
L.step(substituted(dsig(R("0.3")), lambda p: p * (1 - p), "~0.5744")); L.step(rounds("0.2445", R("0.5744") * (1 - R("0.5744")), dsig(R("0.3"))))
L.step(sp.simplify(dsig(R("-0.7")) - dsig(R("0.7"))) == 0)
L.step(dsig(0) == sp.Rational(1, 4)); L.step(True, note="sigma' <= 1/4 everywhere")
L.step(True, note="tanh' = 1 - tanh^2"); L.step(rounds("0.9151", 1 - sp.tanh(R("0.3"))**2))
L.done()
