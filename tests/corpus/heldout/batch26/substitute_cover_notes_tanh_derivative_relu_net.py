"""Labels for substitute_cover_notes_tanh_derivative_relu_net.tex: a cover teacher's notes on a tutorial:
the derivative of tanh (quotient rule, sech^2, the sigmoid form, values, a chain rule on tanh(2z), the
second derivative) and a 2-2-1 ReLU network by hand (forward pass, backward pass, input gradient
W1^T delta1, one SGD step), with a repair section and a tanh comparison.
The mistakes are listed in README.md (last section)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch26/substitute_cover_notes_tanh_derivative_relu_net.tex")
z = sp.symbols("z", real=True)
T = (sp.exp(z) - sp.exp(-z)) / (sp.exp(z) + sp.exp(-z))
sig = lambda u: 1 / (1 + sp.exp(-u))
L.define(note="tanh")
dT = sp.diff(T, z)
L.step(same(dT, ((sp.exp(z) + sp.exp(-z)) ** 2 - (sp.exp(z) - sp.exp(-z)) ** 2) / (sp.exp(z) + sp.exp(-z)) ** 2, positive=False))
L.step(same(dT, 4 / (sp.exp(z) + sp.exp(-z)) ** 2, positive=False)); L.step(same(dT, sp.sech(z) ** 2, positive=False))
L.step(same(dT, 1 - sp.tanh(z) ** 2, positive=False))
L.step(same(sp.tanh(z), 2 * sig(2 * z) - 1, positive=False))
L.define(note="z = 0.5"); L.step(rounds("0.7311", sig(1)))
L.step(rounds("0.7864", 4 * R("0.7311") * R("0.2689")) and rounds("0.7864", dT.subs(z, R("0.5"))))
L.step(rounds("0.4621", sp.tanh(R("0.5")))); L.step(rounds("0.2135", R("0.4621") ** 2)); L.step(1 - R("0.2135") == R("0.7865"))
L.step(rounds("0.7864", (sp.tanh(R("0.51")) - sp.tanh(R("0.49"))) / R("0.02"), approx=True))
L.define(note="z = 1"); L.step(rounds("0.7616", sp.tanh(1))); L.step(rounds("0.5800", sp.tanh(1) ** 2)); L.step(1 - R("0.5800") == R("0.4200"))
d2 = sp.diff(sp.tanh(2 * z), z)
L.step(same(d2, 1 - sp.tanh(2 * z) ** 2, positive=False), note="factor 2")
L.step(rounds("0.4200", d2.subs(z, R("0.5"))), carried=rounds("0.4200", 1 - sp.tanh(1) ** 2))
dd = sp.diff(sp.tanh(z), z)
L.step(dd.subs(z, 0) == 1); L.step(all(dd.subs(z, v) < 1 for v in (R("0.3"), R("-2"), R("5")))); L.define(note="z != 0")
L.step(same(dd.subs(z, -z), dd, positive=False))
dd2 = sp.diff(sp.tanh(z), z, 2)
L.step(same(dd2, -2 * sp.tanh(z) * (1 - sp.tanh(z) ** 2), positive=False))
L.step(substituted(dd2.subs(z, R("0.5")), lambda t, s: -2 * t * s, "~0.4621", "~0.7864"))
L.step(rounds("-0.7268", -2 * R("0.4621") * R("0.7864")))
# ReLU net
L.define(2, "x, y"); L.define(4, "W1, b1, W2, b2"); L.define(4, "h, z, yhat, L")
W1 = sp.Matrix([[R("0.5"), R("-0.3")], [R("0.2"), R("0.4")]]); b1 = sp.Matrix([R("0.1"), R("-0.1")])
W2 = sp.Matrix([[R("1.2"), R("-0.7")]]); b2 = R("0.05"); x = sp.Matrix([1, -2]); y = 1
zz = W1 * x + b1
L.step(zz[0] == R("0.5") * 1 + R("-0.3") * -2 + R("0.1")); L.step(R("0.5") + R("0.6") + R("0.1") == zz[0]); L.step(zz[0] == R("1.2"))
L.step(zz[1] == R("0.2") * 1 + R("0.4") * -2 - R("0.1")); L.step(R("0.2") - R("0.8") - R("0.1") == zz[1]); L.step(zz[1] == R("-0.7"))
h = zz.applyfunc(lambda v: max(v, 0))
L.step(h == sp.Matrix([R("1.2"), 0]))
yh = (W2 * h)[0] + b2
L.step(yh == R("1.2") * R("1.2") + R("-0.7") * 0 + R("0.05")); L.step(yh == R("1.49"))
Lv = (yh - y) ** 2 / 2
L.step(Lv == (R("1.49") - 1) ** 2 / 2); L.step(R("0.49") ** 2 == R("0.2401")); L.step(rounds("0.1200", R("0.2401") / 2))
d2v = yh - y
L.define(note="delta2"); L.step(d2v == R("0.49"))
L.step(True, note="dL/dW2 = delta2 h^T"); L.step(d2v * h.T == sp.Matrix([[R("0.588"), 0]]))
L.step(True, note="dL/db2 = delta2"); L.step(d2v == R("0.49"))
dh = W2.T * d2v
L.step(True, note="dL/dh = W2^T delta2"); L.step(dh == sp.Matrix([R("1.2") * R("0.49"), R("-0.7") * R("0.49")])); L.step(dh == sp.Matrix([R("0.588"), R("-0.343")]))
L.step(False, note="relu'(-0.7) = 0")
mask = sp.Matrix([1 if v > 0 else 0 for v in zz])
d1 = dh.multiply_elementwise(mask); d1w = dh
L.define(note="delta1")
L.step(d1 == d1w, carried=True); L.step(True, note="dL/db1 = delta1"); L.step(d1 == d1w, carried=True)
L.step(True, note="dL/dW1 = delta1 x^T"); L.step(d1 * x.T == sp.Matrix([[R("0.588"), R("-1.176")], [R("-0.343"), R("0.686")]]), carried=d1w * x.T == sp.Matrix([[R("0.588"), R("-1.176")], [R("-0.343"), R("0.686")]]))
gx = W1.T * d1; gxw = W1.T * d1w
L.step(True, note="dL/dx = W1^T delta1")
L.step(gx == sp.Matrix([R("0.5") * R("0.588") + R("0.2") * R("-0.343"), R("-0.3") * R("0.588") + R("0.4") * R("-0.343")]), carried=True)
L.step(sp.Matrix([R("0.294") - R("0.0686"), R("-0.1764") - R("0.1372")]) == gxw)
L.step(sp.Matrix([R("0.2254"), R("-0.3136")]) == sp.Matrix([R("0.294") - R("0.0686"), R("-0.1764") - R("0.1372")]))
eta = R("0.1"); L.define(note="eta")
L.define(note="update rule"); L.step((W2 - eta * d2v * h.T) == sp.Matrix([[R("1.2") - R("0.0588"), R("-0.7")]])); L.step(sp.Matrix([[R("1.1412"), R("-0.7")]]) == sp.Matrix([[R("1.2") - R("0.0588"), R("-0.7")]]))
L.step(b2 - eta * d2v == R("0.05") - R("0.1") * R("0.49")); L.step(b2 - eta * d2v == R("0.099"), note="0.001")
b12 = b1[1] - eta * d1[1]
L.step(b12 == R("-0.1") - R("0.1") * R("-0.343"), carried=True); L.step(R("-0.1") - R("0.1") * R("-0.343") == R("-0.0657"))
# repair
L.step(zz[1] == R("-0.7")); L.step(R("-0.7") < 0); L.step(mask[1] == 0); L.step(d1 == sp.Matrix([R("0.588"), 0]))
L.step(d1 == sp.Matrix([R("0.588"), 0]))
L.step(True, note="W1^T delta1"); L.step(gx == R("0.588") * sp.Matrix([R("0.5"), R("-0.3")])); L.step(gx == sp.Matrix([R("0.294"), R("-0.1764")]))
L.step(b2 - eta * d2v == R("0.05") - R("0.049")); L.step(b2 - eta * d2v == R("0.001"))
L.step(R("1.2") * R("0.005") == R("0.006"))
L.step(True, note="first-order change dL = delta2 * dyhat"); L.step(R("0.49") * R("0.006") == R("0.00294")); L.step(R("0.00294") == R("0.294") * R("0.01"))
L.step(gx[0] == R("0.294"))
L.step(True, note="h1 = tanh z1"); L.step(rounds("0.8337", sp.tanh(R("1.2")))); L.step(rounds("0.3050", 1 - sp.tanh(R("1.2")) ** 2))
L.step(True, note="h2 = tanh z2"); L.step(rounds("-0.6044", sp.tanh(R("-0.7")))); L.step(rounds("-0.2177", R("-0.343") * R("0.6347")))
L.done()
