"""Labels for ta_input_gradient_shared_bias.tex (\\smallmatrix via a macro, numbered equations cited as
"from (3)"): a 2-2-1 tanh net with one shared hidden bias, dL/db = delta1 + delta2, dL/dx = W1^T delta,
a digit slip carried then found by a finite difference, two wrong submissions."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch15/ta_input_gradient_shared_bias.tex")
x = sp.Matrix([1, -2]); W1 = sp.Matrix([[R("0.3"), R("-0.2")], [R("0.1"), R("0.4")]])
b = R("0.1"); w2 = sp.Matrix([R("1.0"), R("-0.5")]); y = R("0.5")
L.define(4); L.define(5)
bb = sp.symbols("b")
def loss(bv, xv=x):
    zz = W1 * xv + bv * sp.Matrix([1, 1])
    return ((w2.T * zz.applyfunc(sp.tanh))[0] - y)**2 / 2
z = W1 * x + b * sp.Matrix([1, 1]); h = z.applyfunc(sp.tanh)
L.step(True); L.step(list(z) == [R("0.8"), R("-0.6")]); L.step(True); L.step(rounds("0.6640", h[0]) and rounds("-0.5370", h[1]))
yh = (w2.T * h)[0]
L.step(substituted(yh, lambda a, c: a - R("0.5") * c, "~0.6640", "~-0.5370")); L.step(rounds("0.9326", yh))
Lv = (yh - y)**2 / 2
L.step(substituted(Lv, lambda a: (a - R("0.5"))**2 / 2, "~0.9326")); L.step(R("0.9326") - R("0.5") == R("0.4326")); L.step(rounds("0.0936", R("0.4326")**2 / 2, Lv))
d = yh - y
L.define(); L.step(True); L.step(rounds("0.4326", d)); L.step(True)
L.define(); L.step(True)
t1, t2 = 1 - h[0]**2, 1 - h[1]**2
L.step(rounds("0.4409", R("0.6640")**2, h[0]**2)); L.step(rounds("0.5591", t1)); L.step(rounds("0.2884", h[1]**2)); L.step(rounds("0.7116", t2))
D1, D2 = d * w2[0] * t1, d * w2[1] * t2
L.step(substituted(D1, lambda a, c: a * c, "~0.4326", "~0.5591")); L.step(rounds("0.2418", D1))
L.step(substituted(D2, lambda a, c: -a * R("0.5") * c, "~0.4326", "~0.7116")); L.step(rounds("-0.1593", D2), note="-0.1539")
L.step(True)
L.step(True); L.step(same(sp.diff(loss(bb), bb).subs(bb, b), D1 + D2))
L.step(substituted(D1 + D2, lambda a, c: a + c, "~0.2418", "~-0.1593"), carried=True); L.step(R("0.2418") - R("0.1593") == R("0.0825"))
L.define(); L.step(True)
g = W1.T * sp.Matrix([D1, D2])
L.step(True)
L.step(False, carried=True)  # numbers use -0.1593
L.step(R("0.3") * R("0.2418") - R("0.1") * R("0.1593") - (R("0.0725") - R("0.0159")) < R("0.0001") and R("-0.2") * R("0.2418") + R("0.4") * R("-0.1593") - (R("-0.0484") - R("0.0637")) < R("0.0001"))
L.step(R("0.0725") - R("0.0159") == R("0.0566") and R("-0.0484") - R("0.0637") == R("-0.1121"))
L.step(True); L.step(rounds("-0.1539", D2 * 1) and False, carried=True)
fd = (loss(R("0.101")) - loss(R("0.099"))) / R("0.002")
L.step(rounds("0.0879", fd) and not rounds("0.0825", D1 + D2))
L.step(R("0.4326") * R("0.5") == R("0.2163")); L.step(rounds("0.1539", R("0.2163") * R("0.7116"))); L.step(rounds("-0.1539", D2))
L.step(rounds("0.0879", D1 + D2)); L.step(R("0.2418") - R("0.1539") == R("0.0879"))
L.step(substituted(g[0], lambda a, c: a - c, "~0.0725", "~0.0154") and substituted(g[1], lambda a, c: a - c, "~-0.0484", "~0.0616"))
L.step(R("0.0725") - R("0.0154") == R("0.0571") and R("-0.0484") - R("0.0616") == R("-0.1010"))
gw = W1 * sp.Matrix([D1, D2])
L.step(list(gw) == list(g), note="W1 not W1^T"); L.step(True)
L.step(rounds("0.1033", R("0.3") * R("0.2418") + R("0.2") * R("0.1539")) and rounds("-0.0374", R("0.1") * R("0.2418") - R("0.4") * R("0.1539")))
L.define()
xn = x - R("0.1") * g
L.step(rounds("0.9897", xn[0]) and rounds("-1.9963", xn[1]), carried=True)
L.step(1 - R("0.0103") == R("0.9897") and -2 + R("0.0037") == R("-1.9963"))
zz = sp.symbols("z", real=True)
L.step(same(sp.diff(sp.tanh(zz), zz), 1 - sp.tanh(zz), positive=False))
L.step(rounds("0.1453", D1), carried=True); L.step(rounds("0.1453", R("0.4326") * (1 - R("0.6640")), d * (1 - h[0])))
L.step(rounds("-0.3324", D2), carried=True); L.step(rounds("-0.3324", R("0.4326") * R("-0.5") * (1 + R("0.5370")), d * w2[1] * (1 - h[1])))
L.step(rounds("-0.1871", D1 + D2), carried=True); L.step(R("0.1453") - R("0.3324") == R("-0.1871"))
L.step(sp.diff(sp.tanh(zz), zz).subs(zz, 0) == 1); L.step(True); L.step(sp.diff(1 / (1 + sp.exp(-zz)), zz).subs(zz, 0) == R("0.25"))
L.done()
