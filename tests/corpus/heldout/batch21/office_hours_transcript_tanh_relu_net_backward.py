"""Labels for office_hours_transcript_tanh_relu_net_backward.tex: an office-hours transcript (student and TA).
tanh' by the quotient rule with the squares the wrong way round (carried into a negative tanh'(0.5)), the
TA's derivation, sech^2, tanh = 2 sigma(2x) - 1. A 2-2-1 ReLU net with a dead hidden unit: ReLU'(z2) taken
as 1 (carried into delta_2, the second row of dL/dW1 and dL/db1), dL/dx as W1 delta for W1^T delta; an SGD
step with 1.345 written 1.354 (carried into the new output and loss)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch21/office_hours_transcript_tanh_relu_net_backward.tex")
x = sp.symbols("x", real=True)
ep, em = sp.exp(x), sp.exp(-x)
th = (ep - em) / (ep + em)
dth = sp.diff(th, x)
L.define(note="tanh x")
L.step(same(dth, ((ep - em) ** 2 - (ep + em) ** 2) / (ep + em) ** 2, [x], positive=False), note="squares swapped")
L.step(same(((ep - em) ** 2 - (ep + em) ** 2) / (ep + em) ** 2, sp.tanh(x) ** 2 - 1, [x], positive=False))
t05 = sp.tanh(R("0.5")); d05 = 1 - t05 ** 2
L.define(note="x = 0.5"); L.step(rounds("0.4621", t05))
L.step(substituted(d05, lambda t: t ** 2 - 1, "~0.4621"), carried=substituted(t05 ** 2 - 1, lambda t: t ** 2 - 1, "~0.4621"))
L.step(rounds("-0.7865", R("0.4621") ** 2 - 1))
L.step(same(dth, ((ep + em) * (ep + em) - (ep - em) * (ep - em)) / (ep + em) ** 2, [x], positive=False))
L.step(same(((ep + em) ** 2 - (ep - em) ** 2) / (ep + em) ** 2, 1 - th ** 2, [x], positive=False))
L.step(same(1 - th ** 2, 1 - sp.tanh(x) ** 2, [x], positive=False))
L.step(sp.expand((ep + em) ** 2 - (ep - em) ** 2) == 4)
L.step(same(dth, 4 / (ep + em) ** 2, [x], positive=False)); L.step(same(4 / (ep + em) ** 2, sp.sech(x) ** 2, [x], positive=False))
L.step(substituted(d05, lambda t: 1 - t ** 2, "~0.4621")); L.step(rounds("0.7864", 1 - R("0.4621") ** 2, d05))
t12 = sp.tanh(R("-1.2"))
L.step(rounds("-0.8337", t12)); L.step(substituted(1 - t12 ** 2, lambda t: 1 - t ** 2, "~-0.8337"))
L.step(rounds("0.6951", R("0.8337") ** 2)); L.step(1 - R("0.6951") == R("0.3049"))
sig = lambda u: 1 / (1 + sp.exp(-u))
L.step(same(sp.tanh(x), 2 * sig(2 * x) - 1, [x], positive=False))
u = sp.symbols("u")
dsig = sp.diff(sig(u), u)
L.step(same(dth, 4 * dsig.subs(u, 2 * x), [x], positive=False)); L.step(same(dsig, sig(u) * (1 - sig(u)), [u], positive=False))
L.define(note="x = 0"); L.step(dth.subs(x, 0) == 4 * sp.Rational(1, 2) * sp.Rational(1, 2)); L.step(4 * sp.Rational(1, 4) == 1)
# the ReLU net
L.define(4, "z, h, yhat, L"); L.define(6, "W1, b1, w2, b2, x, y")
W1 = sp.Matrix([[R("0.5"), R("-0.3")], [R("0.8"), R("0.2")]]); b1 = sp.Matrix([R("0.1"), R("-2.0")])
w2 = sp.Matrix([R("1.3"), R("-0.7")]); b2 = R("0.25"); xv = sp.Matrix([R("1.5"), R("-0.5")]); y = 2
relu = lambda t: t if t > 0 else 0
drelu = lambda t: 1 if t > 0 else 0
z = W1 * xv + b1; h = z.applyfunc(relu)
L.step(z[0] == R("0.5") * R("1.5") + R("-0.3") * R("-0.5") + R("0.1")); L.step(z[0] == R("1.0"))
L.step(z[1] == R("0.8") * R("1.5") + R("0.2") * R("-0.5") - R("2.0")); L.step(z[1] == R("-0.9"))
yh = (w2.T * h)[0] + b2
L.step(list(h) == [1, 0]); L.step(yh == R("1.3") * 1 + R("-0.7") * 0 + R("0.25")); L.step(yh == R("1.55"))
Lo = (yh - y) ** 2 / 2
L.step(Lo == (R("1.55") - 2) ** 2 / 2); L.step(Lo == R("0.10125"))
d = yh - y
yy, YY = sp.symbols("yhat y")
L.step(drelu(z[0]) == 1); L.step(drelu(z[1]) == 1, note="dead unit")
L.define(note="delta"); L.step(sp.diff((yy - YY) ** 2 / 2, yy) == yy - YY); L.step(d == R("-0.45"))
L.step(True, note="dL/dw2 = delta h"); L.step(list(d * h) == [R("-0.45"), 0]); L.step(True, note="dL/db2 = delta"); L.step(d == R("-0.45"))
dh = sp.Matrix([d * w2[i] * drelu(z[i]) for i in range(2)])
L.step(True, note="chain rule"); L.step(dh[0] == R("-0.45") * R("1.3") * 1); L.step(dh[0] == R("-0.585"))
L.step(True, note="chain rule"); L.step(dh[1] == R("-0.45") * R("-0.7") * 1, carried=True); L.step(R("-0.45") * R("-0.7") == R("0.315"))
L.step(True, note="dL/dW1 = delta1 x^T")
own = sp.Matrix([R("-0.585"), R("0.315")])
gW = dh * xv.T
L.step(gW == own * xv.T, carried=True)
L.step(own * xv.T == sp.Matrix([[R("-0.8775"), R("0.2925")], [R("0.4725"), R("-0.1575")]]))
L.step(True, note="dL/db1 = delta1"); L.step(dh == own, carried=True)
L.step(z[1] == R("-0.9")); L.step(True, note="ReLU'(z) = 0 for z < 0")
L.step(dh[1] == R("-0.45") * R("-0.7") * 0); L.step(dh[1] == 0)
L.step(dh[1] == 0, note="dL/db12 = 0")
Wsym = sp.Matrix(2, 2, sp.symbols("a b c e")); xs = sp.Matrix(sp.symbols("x1 x2")); ds = sp.Matrix(sp.symbols("g1 g2"))
Lin = (ds.T * Wsym * xs)[0]          # delta^T W x: its x-gradient is W^T delta
grad_x = sp.Matrix([sp.diff(Lin, v) for v in xs])
L.step(sp.simplify(grad_x - Wsym * ds) == sp.zeros(2, 1), note="W1 delta")
L.step(sp.simplify(grad_x - Wsym.T * ds) == sp.zeros(2, 1))
L.step(list(dh) == [R("-0.585"), 0])
gx = W1.T * dh
L.step(gx == sp.Matrix([[R("0.5"), R("0.8")], [R("-0.3"), R("0.2")]]) * sp.Matrix([R("-0.585"), 0]))
L.step(gx == sp.Matrix([R("-0.2925"), R("0.1755")]))
# SGD step
eta = R("0.1")
L.define(note="update rule")
L.step(True, note="w21 <- 1.3 - 0.1(-0.45)"); new_w21 = w2[0] - eta * d * h[0]; L.step(new_w21 == R("1.354"), note="1.345")
L.step(b2 - eta * d == R("0.25") - R("0.1") * R("-0.45")); L.step(b2 - eta * d == R("0.295"))
L.step(W1[0, 0] - eta * gW[0, 0] == R("0.5") - R("0.1") * R("-0.8775")); L.step(R("0.5") - R("0.1") * R("-0.8775") == R("0.58775"))
L.step(W1[0, 1] - eta * gW[0, 1] == R("-0.3") - R("0.1") * R("0.2925")); L.step(R("-0.3") - R("0.1") * R("0.2925") == R("-0.32925"))
L.step(b1[0] - eta * dh[0] == R("0.1") - R("0.1") * R("-0.585")); L.step(R("0.1") - R("0.1") * R("-0.585") == R("0.1585"))
W1n = W1 - eta * gW; b1n = b1 - eta * dh; w2n = w2 - eta * d * h; b2n = b2 - eta * d
zn = W1n * xv + b1n
L.step(zn[0] == R("0.58775") * R("1.5") + R("-0.32925") * R("-0.5") + R("0.1585")); L.step(zn[0] == R("1.20475")); L.step(zn[1] == R("-0.9"))
yn = (w2n.T * zn.applyfunc(relu))[0] + b2n
L.step(yn == R("1.354") * R("1.20475") + R("0.295"), carried=True); L.step(rounds("1.9262", R("1.354") * R("1.20475") + R("0.295")))
Ln = (yn - y) ** 2 / 2
L.step(substituted(Ln, lambda v: (v - 2) ** 2 / 2, "~1.9262"), carried=True); L.step(rounds("0.0027", (R("1.9262") - 2) ** 2 / 2))
L.step(R("1.3") + R("0.045") == R("1.345")); L.step(yn == R("1.345") * R("1.20475") + R("0.295")); L.step(rounds("1.9154", yn))
L.step(rounds("0.0036", Ln))
L.done()
