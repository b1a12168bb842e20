"""Labels for hw_sigmoid_mlp_aligned.tex (plain article, \\[\\begin{aligned}...\\end{aligned}\\]):
sigmoid/tanh derivatives, a 2-2-1 sigmoid MLP forward/backward by hand, W1^T delta, an SGD step."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch15/hw_sigmoid_mlp_aligned.tex")
z = sp.symbols("z", real=True)
sig = 1 / (1 + sp.exp(-z))
L.define()
L.step(same(sp.diff(sig, z), sp.exp(-z) / (1 + sp.exp(-z))**2, positive=False))
L.step(same(sp.exp(-z) / (1 + sp.exp(-z))**2, sig * sp.exp(-z) / (1 + sp.exp(-z)), positive=False))
L.step(same(sig * sp.exp(-z) / (1 + sp.exp(-z)), sig * (1 - sig), positive=False))
L.define()
th = (sp.exp(z) - sp.exp(-z)) / (sp.exp(z) + sp.exp(-z))
L.step(same(sp.diff(th, z), ((sp.exp(z) + sp.exp(-z))**2 - (sp.exp(z) - sp.exp(-z))**2) / (sp.exp(z) + sp.exp(-z))**2, positive=False))
L.step(same(1 - th**2, ((sp.exp(z) + sp.exp(-z))**2 - (sp.exp(z) - sp.exp(-z))**2) / (sp.exp(z) + sp.exp(-z))**2, positive=False))
L.step(same(th, 2 * sig.subs(z, 2 * z) - 1, positive=False))
L.step(same(sp.diff(th, z), 2 * sp.diff(sig, z).subs(z, 2 * z), positive=False), note="4 sigma'(2z)")
L.define(); L.step(rounds("0.4621", sp.tanh(R("0.5")))); L.step(True)
L.step(rounds("0.7865", 1 - R("0.4621")**2, 1 - sp.tanh(R("0.5"))**2))
L.step(sp.diff(sig, z).subs(z, 0) == R("0.5"), note="0.25")
L.define(3); L.define(5)
s = lambda v: 1 / (1 + sp.exp(-v))
x1, x2 = 1, R("0.5")
z1, z2 = R("0.2") * x1 - R("0.1") * x2, R("0.4") * x1 + R("0.3") * x2
h1, h2 = s(z1), s(z2)
L.step(True); L.step(z1 == R("0.15")); L.step(True); L.step(rounds("0.5374", h1))
L.step(True); L.step(z2 == R("0.55")); L.step(True); L.step(rounds("0.6341", h2))
yh = R("0.5") * h1 - R("0.6") * h2 + R("0.1")
L.step(substituted(yh, lambda a, b: R("0.5") * a - R("0.6") * b + R("0.1"), "~0.5374", "~0.6341"))
L.step(rounds("0.2687", R("0.5") * R("0.5374")) and rounds("0.3805", R("0.6") * R("0.6341")))
L.step(rounds("-0.0118", R("0.2687") - R("0.3805") + R("0.1"), yh))
Ls = (yh - 1)**2 / 2
L.step(substituted(Ls, lambda a: (a - 1)**2 / 2, "~-0.0118")); L.step(rounds("0.5181", Ls))
d = yh - 1
L.define(); L.step(True); L.step(rounds("-1.0118", d))
L.step(True); L.step(substituted(d * h1, lambda a, b: a * b, "~-1.0118", "~0.5374")); L.step(rounds("-0.5347", d * h1, R("-1.0118") * R("0.5374")))
L.step(True); L.step(substituted(d * h2, lambda a, b: a * b, "~-1.0118", "~0.6341")); L.step(rounds("-0.6416", R("-1.0118") * R("0.6341")))
L.step(True); L.step(rounds("-1.0118", d))
sp1, sp2 = h1 * (1 - h1), h2 * (1 - h2)
L.step(True); L.step(substituted(sp1, lambda a, b: a * b, "~0.5374", "~0.4626")); L.step(rounds("0.2486", sp1))
L.step(True); L.step(substituted(sp2, lambda a, b: a * b, "~0.6341", "~0.3659")); L.step(rounds("0.2320", sp2))
D1, D2 = d * R("0.5") * sp1, d * R("-0.6") * sp2
L.define(); L.step(substituted(D1, lambda a, b: a * R("0.5") * b, "~-1.0118", "~0.2486")); L.step(rounds("-0.1258", R("-1.0118") * R("0.5") * R("0.2486")))
L.define(); L.step(substituted(D2, lambda a, b: a * R("0.6") * b, "~-1.0118", "~0.2320"), note="sign of w22")
L.step(rounds("-0.1408", R("-1.0118") * R("0.6") * R("0.2320")))
L.step(True); L.define()
D2w = R("-0.1408")
L.step(False, carried=True, note="row 2 uses -0.1408")
L.step(R("-0.1258") * R("0.5") in (R("-0.0629"),) and rounds("-0.0704", D2w * R("0.5")))
L.step(True)
for first, w in ((R("0.2") * D1 + R("0.4") * D2, "-0.0815"), (R("-0.1") * D1 + R("0.3") * D2, "-0.0296")):
    L.step(rounds(w, first), carried=True)
    L.step(True)  # rounded terms
    L.step(True)
L.define()
g21 = d * h1
L.step(substituted(R("0.5") - R("0.5") * g21, lambda g: R("0.5") - R("0.5") * g, "~-0.5347"), carried=True)
L.step(rounds("0.7674", R("0.5") - R("0.5") * R("-0.5347")))
L.step(substituted(R("-0.6") - R("0.5") * d * h2, lambda g: R("-0.6") - R("0.5") * g, "~-0.6416")); L.step(rounds("-0.2792", R("-0.6") + R("0.5") * R("0.6416")))
L.step(substituted(R("0.1") - R("0.5") * d, lambda g: R("0.1") - R("0.5") * g, "~-1.0118")); L.step(rounds("0.6059", R("0.1") + R("0.5") * R("1.0118")))
yn = (R("0.5") - R("0.5") * g21) * h1 + (R("-0.6") - R("0.5") * d * h2) * h2 + R("0.1") - R("0.5") * d
yw = R("0.7674") * R("0.5374") - R("0.2792") * R("0.6341") + R("0.6059")
L.step(rounds("0.8413", yn), carried=True); L.step(rounds("0.8413", yw))
L.step(rounds("0.0126", (yn - 1)**2 / 2), carried=True); L.step(rounds("0.0126", (R("0.8413") - 1)**2 / 2))
L.done()
