"""Labels for beamerarticle_handout_sigmoid_mlp_input_gradient.tex: lecture slides printed in article mode
(`beamerarticle`, frames as paragraphs, `pmatrix` vectors): a 2-2-1 network with sigmoid hidden layer and
linear output, forward and backward pass with numbers, dL/dx = W1^T delta1, a shared bias, one GD step,
and two students' answers. Every label recomputed below with exact sigmoids."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch13/beamerarticle_handout_sigmoid_mlp_input_gradient.tex")
sig = lambda z: 1 / (1 + sp.exp(-z))
x = sp.Matrix([1, R("0.5")]); y = 1
W1 = sp.Matrix([[R("0.5"), R("-0.3")], [R("0.2"), R("0.4")]]); b1 = sp.Matrix([R("0.1"), R("-0.1")])
w2 = sp.Matrix([R("0.7"), R("-0.6")]); b2 = R("0.05")
L.define(2, "x, y"); L.define(4, "W1, b1, w2, b2"); L.define(4, "z, h, yhat, L")
z = W1 * x + b1; h = z.applyfunc(sig); yh = (w2.T * h)[0] + b2; loss = (yh - y) ** 2 / 2
L.step(z[0] == R("0.5") * 1 + R("-0.3") * R("0.5") + R("0.1")); L.step(z[0] == R("0.45"))
L.step(True, note="h1 = sigma(0.45)"); L.step(rounds("0.6106", h[0]))
L.step(z[1] == R("0.2") * 1 + R("0.4") * R("0.5") - R("0.1")); L.step(z[1] == R("0.3"))
L.step(True, note="h2 = sigma(0.3)"); L.step(rounds("0.5744", h[1]))
L.step(substituted(yh, lambda a, b: R("0.7") * a - R("0.6") * b + R("0.05"), "~0.6106", "~0.5744"))
L.step(rounds("0.4274", R("0.7") * R("0.6106")) and rounds("0.3446", R("0.6") * R("0.5744")))
L.step(rounds("0.1328", R("0.4274") - R("0.3446") + R("0.05"), yh))
L.step(substituted(loss, lambda a: (a - 1) ** 2 / 2, "~0.1328"))
L.step(rounds("0.7520", (R("0.1328") - 1) ** 2)); L.step(rounds("0.3760", R("0.7520") / 2, loss))
d2 = yh - y
L.define(note="delta2 := dL/dyhat"); L.step(True, note="d/dyhat of (yhat - y)^2/2"); L.step(rounds("-0.8672", d2))
gw2 = d2 * h
L.step(True, note="dL/dw2 = delta2 h")
L.step(substituted(gw2[0], lambda a, b: a * b, "~-0.8672", "~0.6106") and substituted(gw2[1], lambda a, b: a * b, "~-0.8672", "~0.5744"))
L.step(rounds("-0.5296", gw2[0]) and rounds("-0.4982", gw2[1]))
L.step(True, note="dL/db2 = delta2"); L.step(rounds("-0.8672", d2))
zz = sp.symbols("zz", real=True)
L.step(same(sp.diff(sig(zz), zz), sig(zz) * (1 - sig(zz)), positive=False))
sp1 = sig(z[0]) * (1 - sig(z[0])); sp2 = sig(z[1]) * (1 - sig(z[1]))
L.step(substituted(sp1, lambda a, b: a * b, "~0.6106", "~0.3894")); L.step(rounds("0.2378", R("0.6106") * R("0.3894"), sp1))
L.step(substituted(sp2, lambda a, b: a * b, "~0.5744", "~0.4256")); L.step(rounds("0.2445", R("0.5744") * R("0.4256"), sp2))
d1 = sp.Matrix([w2[0] * d2 * sp1, w2[1] * d2 * sp2])
L.define(note="delta1 := dL/dz")
zs = sp.symbols("z1 z2", real=True)
hs = [sig(v) for v in zs]
yhs = w2[0] * hs[0] + w2[1] * hs[1] + b2
Ls = (yhs - y) ** 2 / 2
L.step(all(abs(sp.N(sp.diff(Ls, zs[j]).subs({zs[0]: z[0], zs[1]: z[1]}) - d1[j], 30)) < 1e-25 for j in range(2)), note="chain rule")
L.step(substituted(d1[0], lambda a, b: R("0.7") * a * b, "~-0.8672", "~0.2378") and substituted(d1[1], lambda a, b: R("-0.6") * a * b, "~-0.8672", "~0.2445"))
L.step(rounds("-0.1443", d1[0]) and rounds("0.1272", d1[1]))
gW1 = d1 * x.T
L.step(True, note="dL/dW1 = delta1 x^T")
L.step(all(rounds(s, v) for s, v in zip(["-0.1443", "-0.0722", "0.1272", "0.0636"], [gW1[0, 0], gW1[0, 1], gW1[1, 0], gW1[1, 1]])))
L.step(True, note="dL/db1 = delta1")
L.define(note="z = W1 x + b1")
gx = W1.T * d1
L.step(True, note="dL/dx = W1^T delta1")
L.step(substituted(gx[0], lambda a, b: R("0.5") * a + R("0.2") * b, "~-0.1443", "~0.1272")
       and substituted(gx[1], lambda a, b: R("-0.3") * a + R("0.4") * b, "~-0.1443", "~0.1272"))
L.step(rounds("-0.0722", R("0.5") * R("-0.1443")) and rounds("0.0254", R("0.2") * R("0.1272"))
       and rounds("0.0433", R("0.3") * R("0.1443")) and rounds("0.0509", R("0.4") * R("0.1272")))
L.step(rounds("-0.0468", R("-0.0722") + R("0.0254")) and rounds("0.0942", R("0.0433") + R("0.0509")))
L.step(rounds("2.013", R("0.0942") / R("0.0468")))
L.define(note="shared bias z_j")
L.step(True, note="chain rule sum over units"); L.step(True, note="dz_j/db = 1")
L.step(substituted(d1[0] + d1[1], lambda a, b: a + b, "~-0.1443", "~0.1272")); L.step(rounds("-0.0171", R("-0.1443") + R("0.1272")))
L.step(False, note="sum, not mean"); L.step(rounds("-0.0086", (R("-0.1443") + R("0.1272")) / 2))
L.define(note="eta")
n21 = w2[0] - R("0.1") * gw2[0]; n22 = w2[1] - R("0.1") * gw2[1]
L.step(substituted(n21, lambda g: R("0.7") - R("0.1") * g, "~-0.5296")); L.step(rounds("0.7530", n21))
L.step(substituted(n22, lambda g: R("-0.6") - R("0.1") * g, "~-0.4982")); L.step(rounds("-0.5501", n22, R("-0.6") + R("0.04982")))
# student A
wrong = W1 * d1
L.step(False, note="W1 delta1, not W1^T delta1")
L.step(substituted(wrong[0], lambda a, b: R("0.5") * a + R("-0.3") * b, "~-0.1443", "~0.1272")
       and substituted(wrong[1], lambda a, b: R("0.2") * a + R("0.4") * b, "~-0.1443", "~0.1272"))
L.step(rounds("-0.1103", R("0.5") * R("-0.1443") + R("-0.3") * R("0.1272")) and rounds("0.0220", R("0.2") * R("-0.1443") + R("0.4") * R("0.1272")))
L.step(rounds("-0.1103", gx[0]), carried=rounds("-0.1103", wrong[0]))
L.step(rounds("-0.0011", R("0.01") * gx[0], approx=True), carried=True)
L.step(rounds("-0.0011", R("0.01") * R("-0.1103"), approx=True))
# student C
L.step(z[0] == R("0.5") + R("0.15") + R("0.1"), note="(-0.3)(0.5) = -0.15"); L.step(R("0.5") + R("0.15") + R("0.1") == R("0.75"))
L.step(h[0] == sig(R("0.75")), carried=True); L.step(rounds("0.6792", sig(R("0.75"))))
L.step(substituted(yh, lambda a, b: R("0.7") * a - b + R("0.05"), "~0.6792", "~0.3446"), carried=True)
L.step(rounds("0.1808", R("0.7") * R("0.6792") - R("0.3446") + R("0.05")))
L.step(substituted(loss, lambda a: (a - 1) ** 2 / 2, "~0.1808"), carried=True); L.step(rounds("0.3355", (R("0.1808") - 1) ** 2 / 2))
L.step(substituted(d2, lambda a: a - 1, "~0.1808"), carried=True); L.step(R("0.1808") - 1 == R("-0.8192"))
L.step(substituted(d1[0], lambda a, c: R("0.7") * a * c, "~-0.8192", "~0.2179"), carried=rounds("0.2179", sig(R("0.75")) * (1 - sig(R("0.75")))))
L.step(rounds("-0.1250", R("0.7") * R("-0.8192") * R("0.2179")))
# student B
L.step(same(sig(-zz), 1 - sig(zz), positive=False))
dsig = sp.diff(sig(zz), zz)
L.step(same(dsig.subs(zz, -zz), -dsig, positive=False))
L.step(dsig.subs(zz, 0) == sp.Rational(1, 4))
L.step(sp.maximum(dsig, zz) == sp.Rational(1, 4) if False else all(sp.N(dsig.subs(zz, v)) <= 0.25 for v in [sp.Rational(k, 7) for k in range(-70, 71)]))
L.step(True, note="|delta_1j| = |w2j delta2| sigma'(z_j) <= |w2j delta2|/4")
L.step(same(sp.tanh(zz), 2 * sig(2 * zz) - 1, positive=False))
L.step(same(sp.diff(sp.tanh(zz), zz), 2 * dsig.subs(zz, 2 * zz), positive=False), note="4 sigma'(2z)")
L.step(sp.diff(sp.tanh(zz), zz).subs(zz, 0) == 2 * dsig.subs(zz, 0), carried=True)
L.step(2 * dsig.subs(zz, 0) == R("0.5"))
L.step(same(sp.diff(sp.tanh(zz), zz), 1 - sp.tanh(zz) ** 2, positive=False))
L.step(substituted(1 - sp.tanh(R("0.45")) ** 2, lambda t: 1 - t ** 2, "~0.4219")); L.step(rounds("0.8220", 1 - R("0.4219") ** 2))
L.step(same(sp.diff(sp.log(sig(zz)), zz), sig(zz), positive=False), note="1 - sigma")
L.step(rounds("0.6106", sp.diff(sp.log(sig(zz)), zz).subs(zz, R("0.45"))), carried=rounds("0.6106", sig(R("0.45"))))
L.done()
