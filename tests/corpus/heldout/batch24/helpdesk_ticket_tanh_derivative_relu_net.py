"""Labels for helpdesk_ticket_tanh_derivative_relu_net.tex: a course help-desk ticket (student, TA,
student, TA): tanh' by the quotient rule, by exponentials, through 2 sigma(2x) - 1 and through the ODE
y' = 1 - y^2, with numbers at x = 0.5; then a 2-3-1 ReLU net's forward pass, backward pass, one SGD
step and a second forward pass, the TA's corrected backward pass and new forward pass, and a
tanh comparison. Slips: the inner derivative 2 of sigma(2x) dropped (carried into the value at 0.5);
ReLU'(z) taken as ReLU(z) = h (carried into dL/dz, dL/dW1, dL/db1, the update and the new pass)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch24/helpdesk_ticket_tanh_derivative_relu_net.tex")
x = sp.symbols("x", real=True)
sig = lambda u: 1 / (1 + sp.exp(-u))
dsig = lambda u: sig(u) * (1 - sig(u))
T = sp.tanh(x)
dT = sp.diff(T, x)
# (a)
L.step(same(dT, sp.diff(sp.sinh(x) / sp.cosh(x), x), [x]))
L.step(same(sp.diff(sp.sinh(x) / sp.cosh(x), x), (sp.cosh(x) ** 2 - sp.sinh(x) ** 2) / sp.cosh(x) ** 2, [x]))
L.step(same((sp.cosh(x) ** 2 - sp.sinh(x) ** 2) / sp.cosh(x) ** 2, 1 / sp.cosh(x) ** 2, [x]))
L.step(same(1 / sp.cosh(x) ** 2, 1 - T ** 2, [x]))
# (b)
E = sp.exp(x) + sp.exp(-x)
L.step(same(T, (sp.exp(x) - sp.exp(-x)) / E, [x], positive=False))
L.step(same(dT, (E ** 2 - (sp.exp(x) - sp.exp(-x)) ** 2) / E ** 2, [x]))
L.step(same((E ** 2 - (sp.exp(x) - sp.exp(-x)) ** 2) / E ** 2, 4 / E ** 2, [x]))
# (c)
L.step(same(T, 2 * sig(2 * x) - 1, [x], positive=False))
L.step(same(dT, 2 * dsig(2 * x), [x]), note="4 sigma'(2x)")
L.step(True, note="2 sigma'(2x) = 2 sigma(2x)(1 - sigma(2x))")
# numbers
h = sp.Rational(1, 2)
L.define(note="x = 0.5"); L.step(rounds("0.4621", sp.tanh(h))); L.step(rounds("0.7311", sig(1)))
L.step(substituted(dT.subs(x, h), lambda t: 1 - t ** 2, "~0.4621"))
L.step(rounds("0.2135", R("0.4621") ** 2)); L.step(rounds("0.7865", 1 - R("0.2135")))
L.step(dT.subs(x, h) == 2 * dsig(1), carried=True)
L.step(substituted(2 * dsig(1), lambda s, t: 2 * s * t, "~0.7311", "~0.2689")); L.step(rounds("0.3932", 2 * R("0.7311") * R("0.2689")))
# TA 1
L.step(same(sp.diff(sig(2 * x), x), 2 * dsig(2 * x), [x], positive=False))
L.step(same(sp.diff(2 * sig(2 * x) - 1, x), 4 * dsig(2 * x), [x], positive=False)); L.step(True, note="4 sigma'(2x) = 4 sigma(1 - sigma)")
L.step(rounds("0.7864", 4 * R("0.7311") * R("0.2689")))
L.step(same(E, 2 * sp.cosh(x), [x], positive=False))
L.define(note="y = tanh x"); L.step(same(dT, 1 - T ** 2, [x], positive=False))
d2 = sp.diff(T, x, 2)
L.step(same(d2, -2 * T * dT, [x], positive=False)); L.step(same(-2 * T * dT, -2 * T * (1 - T ** 2), [x], positive=False))
L.step(substituted(d2.subs(x, h), lambda t, d: -2 * t * d, "~0.4621", "~0.7864")); L.step(rounds("-0.7268", -2 * R("0.4621") * R("0.7864")))
# student: ReLU net
Mat = sp.Matrix
xv = Mat([1, -2]); W1 = Mat([[R("0.5"), R("-0.3")], [R("0.2"), R("0.4")], [R("0.3"), R("-0.2")]])
b1 = Mat([R("0.1"), R("-0.1"), 0]); w2 = Mat([R("0.7"), R("-0.5"), R("0.4")]); b2 = R("0.2"); y = 1
L.define(3, "x, y, L"); L.define(4, "W1, b1, w2, b2")
z = W1 * xv + b1
L.define(note="z"); L.step(z == Mat([R("0.5") + R("0.6") + R("0.1"), R("0.2") - R("0.8") - R("0.1"), R("0.3") + R("0.4")]))
L.step(z == Mat([R("1.2"), R("-0.7"), R("0.7")]))
hv = z.applyfunc(lambda t: sp.Max(t, 0))
L.define(note="h"); L.step(hv == Mat([R("1.2"), 0, R("0.7")]))
yh = (w2.T * hv)[0] + b2
L.define(note="yhat"); L.step(yh == R("0.7") * R("1.2") + R("-0.5") * 0 + R("0.4") * R("0.7") + R("0.2")); L.step(yh == R("1.32"))
Lo = (yh - y) ** 2 / 2
L.step(Lo == (R("1.32") - 1) ** 2 / 2); L.step((R("1.32") - 1) ** 2 == R("0.1024")); L.step(R("0.1024") / 2 == R("0.0512"))
d = yh - y
L.step(True, note="dL/dyhat = yhat - y"); L.step(d == R("0.32"))
L.step(True); L.step(d * hv == Mat([R("0.384"), 0, R("0.224")])); L.step(d == R("0.32"))
gh = d * w2
L.step(True); L.step(gh == Mat([R("0.224"), R("-0.16"), R("0.128")]))
step = Mat([1 if t > 0 else 0 for t in z])
L.step(step == hv, note="ReLU' is the step, not ReLU"); L.step(True, note="ReLU(z) = h")
gz = gh.multiply_elementwise(step); gzw = gh.multiply_elementwise(hv)
L.step(gz == gzw, carried=True); L.step(True, note="elementwise products written out")
L.step(gzw == Mat([R("0.2688"), 0, R("0.0896")]))
gW = gz * xv.T; gWw = gzw * xv.T
L.step(True, note="dL/dW1 = dL/dz x^T"); L.step(gW == Mat([[R("0.2688"), R("-0.5376")], [0, 0], [R("0.0896"), R("-0.1792")]]), carried=gWw == Mat([[R("0.2688"), R("-0.5376")], [0, 0], [R("0.0896"), R("-0.1792")]]))
L.step(True, note="dL/db1 = dL/dz"); L.step(gz == gzw, carried=True)
eta = R("0.1")
L.define(note="eta")
close = lambda M, ws: all(rounds(w, v) for w, v in zip(ws, M))
W1n, b1n = W1 - eta * gW, b1 - eta * gz
W1w, b1w = W1 - eta * gWw, b1 - eta * gzw
Wwr = ["0.4731", "-0.2462", "0.2", "0.4", "0.2910", "-0.1821"]; bwr = ["0.0731", "-0.1", "-0.0090"]
L.define(note="W1 update rule"); L.step(close(W1n, Wwr), carried=close(W1w, Wwr))
L.define(note="b1 update rule"); L.step(close(b1n, bwr), carried=close(b1w, bwr))
w2n, b2n = w2 - eta * d * hv, b2 - eta * d
L.step(w2n == Mat([R("0.7") - R("0.0384"), R("-0.5"), R("0.4") - R("0.0224")])); L.step(w2n == Mat([R("0.6616"), R("-0.5"), R("0.3776")]))
L.step(b2n == R("0.2") - R("0.032")); L.step(b2n == R("0.168"))
zn = W1n * xv + b1n
L.step(substituted(zn[0], lambda p, q, r: p + q + r, "~0.4731", "~0.4924", "~0.0731"), carried=True)
L.step(rounds("1.0386", R("0.4731") + R("0.4924") + R("0.0731")))
L.step(substituted(zn[2], lambda p, q, r: p + q + r, "~0.2910", "~0.3642", "~-0.0090"), carried=True)
L.step(rounds("0.6462", R("0.2910") + R("0.3642") - R("0.0090")))
yn = w2n[0] * zn[0] + w2n[2] * zn[2] + b2n
L.step(substituted(yn, lambda a, p, b, q: a * p + b * q + R("0.168"), "0.6616", "~1.0386", "0.3776", "~0.6462"), carried=True)
L.step(rounds("1.0991", R("0.6616") * R("1.0386") + R("0.3776") * R("0.6462") + R("0.168")))
Ln = (yn - 1) ** 2 / 2
L.step(substituted(Ln, lambda e: e ** 2 / 2, "~0.0991"), carried=True); L.step(rounds("0.0049", R("0.0991") ** 2 / 2))
# TA 2
L.step(True, note="sigma' = sigma(1 - sigma)"); L.step(True, note="tanh' = 1 - tanh^2"); L.step(step == Mat([1, 0, 1]))
L.step(True); L.step(gz == Mat([R("0.224"), 0, R("0.128")]))
L.step(gW == Mat([[R("0.224"), R("-0.448")], [0, 0], [R("0.128"), R("-0.256")]])); L.step(gz == Mat([R("0.224"), 0, R("0.128")]))
L.step(R("0.2688") / R("0.224") == R("1.2")); L.step(z[0] == R("1.2")); L.step(R("0.0896") / R("0.128") == R("0.7")); L.step(z[2] == R("0.7"))
L.step(W1n == Mat([[R("0.4776"), R("-0.2552")], [R("0.2"), R("0.4")], [R("0.2872"), R("-0.1744")]]))
L.step(b1n == Mat([R("0.0776"), R("-0.1"), R("-0.0128")]))
L.step(zn[0] == R("0.4776") + R("0.5104") + R("0.0776")); L.step(zn[0] == R("1.0656"))
L.step(zn[2] == R("0.2872") + R("0.3488") - R("0.0128")); L.step(zn[2] == R("0.6232"))
L.step(yn == R("0.6616") * R("1.0656") + R("0.3776") * R("0.6232") + R("0.168")); L.step(rounds("1.1083", yn))
L.step(substituted(Ln, lambda e: e ** 2 / 2, "~0.1083")); L.step(rounds("0.0059", R("0.1083") ** 2 / 2))
L.step(True, note="tanh' = 1 - tanh^2"); L.step(substituted(1 - sp.tanh(R("1.2")) ** 2, lambda t: 1 - t ** 2, "~0.8337"))
L.step(rounds("0.3049", 1 - R("0.8337") ** 2))
L.done()
