"""Labels for blogpost_backprop_by_hand.tex: a blog post working a 2-2-1 sigmoid net with MSE at
3 decimals, the output error without sigma'(o) carried into every gradient and the update; the
comment thread's correction; activation derivatives (sigma'(0) = 0.5)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch4/blogpost_backprop_by_hand.tex")
sig = lambda t: 1 / (1 + sp.exp(-t))
x1, x2, y = R("0.1"), R("0.6"), R("0.8")
L.define(3); L.define(3); L.define(3)
z = sp.Symbol("z", real=True)
L.step(same(sp.diff(sig(z), z), sig(z) * (1 - sig(z)), positive=False)); L.step(same(sig(-z), 1 - sig(z), positive=False))
L.step(same(sp.diff(sig(z), z), sig(z) * sig(-z), positive=False))
z1, z2 = R("0.3") * x1 - R("0.1") * x2 + R("0.05"), R("0.2") * x1 + R("0.4") * x2 + R("0.05")
L.step(z1 == R("0.03") - R("0.06") + R("0.05")); L.step(z1 == R("0.02")); L.step(z2 == R("0.02") + R("0.24") + R("0.05")); L.step(z2 == R("0.31"))
h1, h2 = sig(z1), sig(z2)
L.step(True, note="h1 = sigma(z1)"); L.step(rounds("0.505", h1)); L.step(True, note="h2 = sigma(z2)"); L.step(rounds("0.577", h2))
o = R("0.5") * h1 - R("0.3") * h2 + R("0.1")
L.step(substituted(o, lambda a, b: R("0.5") * a - R("0.3") * b + R("0.1"), "~0.505", "~0.577"))
L.step(R("0.5") * R("0.505") == R("0.2525") and R("0.3") * R("0.577") == R("0.1731"))
L.step(rounds("0.179", o, R("0.2525") - R("0.1731") + R("0.1")))
yh = sig(o)
L.step(substituted(yh, sig, "~0.179")); L.step(rounds("0.545", yh, sig(R("0.179"))))
Lv = (yh - y) ** 2 / 2
L.step(substituted(Lv, lambda a: (a - y) ** 2 / 2, "~0.545")); L.step(R("0.545") - R("0.8") == R("-0.255")); L.step(rounds("0.033", Lv, R("-0.255") ** 2 / 2))
do = (yh - y) * yh * (1 - yh)
L.define(); L.step(same(do, yh - y)); L.step(True, note="yhat - y = 0.545 - 0.8 between members"); L.step(R("0.545") - R("0.8") == R("-0.255"))
W = {"do": R("-0.255")}                                  # the writer's delta_o
dv1, dv2 = do * h1, do * h2
L.step(True, note="dL/dv1 = delta_o h1"); L.step(substituted(dv1, lambda a, b: a * b, "~-0.255", "~0.505"), carried=True); L.step(rounds("-0.129", R("-0.255") * R("0.505")))
L.step(True, note="dL/dv2 = delta_o h2"); L.step(substituted(dv2, lambda a, b: a * b, "~-0.255", "~0.577"), carried=True); L.step(rounds("-0.147", R("-0.255") * R("0.577")))
L.step(substituted(h1 * (1 - h1), lambda a, b: a * b, "~0.505", "~0.495")); L.step(rounds("0.250", h1 * (1 - h1), R("0.505") * R("0.495")))
L.step(substituted(h2 * (1 - h2), lambda a, b: a * b, "~0.577", "~0.423")); L.step(rounds("0.244", h2 * (1 - h2), R("0.577") * R("0.423")))
d1, d2 = do * R("0.5") * h1 * (1 - h1), do * R("-0.3") * h2 * (1 - h2)
L.step(True, note="delta_1 formula"); L.step(substituted(d1, lambda a, b: a * R("0.5") * b, "~-0.255", "~0.250"), carried=True); L.step(rounds("-0.032", R("-0.255") * R("0.5") * R("0.25")))
L.step(True, note="delta_2 formula"); L.step(substituted(d2, lambda a, b: a * R("-0.3") * b, "~-0.255", "~0.244"), carried=True); L.step(rounds("0.019", R("-0.255") * R("-0.3") * R("0.244")))
L.step(True, note="delta_1 x_1"); L.step(substituted(d1 * x1, lambda a: a * x1, "~-0.032"), carried=True); L.step(R("-0.032") * R("0.1") == R("-0.0032"))
L.step(True, note="delta_2 x_2"); L.step(substituted(d2 * x2, lambda a: a * x2, "~0.019"), carried=True); L.step(R("0.019") * R("0.6") == R("0.0114"))
L.define()
L.step(substituted(R("0.5") - R("0.5") * dv1, lambda g: R("0.5") - R("0.5") * g, "~-0.129"), carried=True); L.step(R("0.5") - R("0.5") * R("-0.129") == R("0.5645"))
L.step(substituted(R("-0.3") - R("0.5") * dv2, lambda g: R("-0.3") - R("0.5") * g, "~-0.147"), carried=True); L.step(R("-0.3") - R("0.5") * R("-0.147") == R("-0.2265"))
L.step(True, note="delta_o with sigma'(o)"); L.step(substituted(do, lambda a, b, c: a * b * c, "~-0.255", "~0.545", "~0.455")); L.step(rounds("-0.063", do, R("-0.255") * R("0.545") * R("0.455")))
L.step(substituted(dv1, lambda a, b: a * b, "~-0.063", "~0.505")); L.step(rounds("-0.032", dv1, R("-0.063") * R("0.505")))
L.step(substituted(dv2, lambda a, b: a * b, "~-0.063", "~0.577")); L.step(rounds("-0.036", dv2, R("-0.063") * R("0.577")))
L.step(substituted(d1, lambda a, b: a * R("0.5") * b, "~-0.063", "~0.250")); L.step(rounds("-0.008", d1, R("-0.063") * R("0.5") * R("0.25")))
L.step(substituted(d2, lambda a, b: a * R("-0.3") * b, "~-0.063", "~0.244")); L.step(rounds("0.005", d2, R("-0.063") * R("-0.3") * R("0.244")))
L.step(substituted(R("0.5") - R("0.5") * dv1, lambda g: R("0.5") - R("0.5") * g, "~-0.032")); L.step(R("0.5") - R("0.5") * R("-0.032") == R("0.516"))
L.step(substituted(d1, lambda a: a * x1, "~-0.008"), note="dL/db1 is delta_1, not delta_1 x_1")
L.step(substituted(d1 * x1, lambda a: a * x1, "~-0.008")); L.step(rounds("-0.0008", R("-0.008") * x1))
L.step(True, note="dL/db1 = delta_1 (b1 enters z1 with coefficient 1)"); L.step(rounds("-0.008", d1))
L.step(same(sp.diff(sp.log(1 + sp.exp(z)), z), sig(z), positive=False)); L.step(sig(0) == R("0.5"))
L.step(sp.diff(sp.tanh(z), z).subs(z, 0) == 1); L.step(sp.diff(sig(z), z).subs(z, 0) == R("0.5"))
L.define(2)
L.step(same(sp.diff(sp.tanh(z), z), 1 - sp.tanh(z) ** 2, positive=False)); L.step(same(1 - sp.tanh(z) ** 2, 4 * sig(2 * z) * (1 - sig(2 * z)), positive=False))
L.done()
