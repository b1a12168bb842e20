"""Labels for labreport_gradient_check_forward_mode.tex: a student's lab report (`\\boldsymbol`,
`\\mathrm{d}`, `\\partial`, `\\left( \\right)`, `\\quad\\Rightarrow\\quad`, `\\approx`, a finite-difference
`tabular` with no relations in it): the gradient of f = tanh(x1 x2) + x1^2 x2 by hand, by a forward-mode
trace in a two-column `align*` with tangents, by a directional seed, and by finite differences; the
forward/central difference error terms; a logistic loss with y in {-1, +1}, its gradient, a check and a
gradient step; a Gaussian NLL in (mu, sigma) and in s = ln sigma."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch32/labreport_gradient_check_forward_mode.tex")
x1, x2, u_ = sp.symbols("x1 x2 u", real=True)
f = sp.tanh(x1 * x2) + x1 ** 2 * x2
P = {x1: R("1.5"), x2: R("0.3")}
L.define(note="f"); L.define(note="x0")
L.step(same(sp.diff(sp.tanh(u_), u_), 1 - sp.tanh(u_) ** 2, positive=False))
f1, f2 = sp.diff(f, x1), sp.diff(f, x2)
L.step(same(f1, x2 * (1 - sp.tanh(x1 * x2) ** 2) + 2 * x1 * x2, positive=False))
f2_w = x1 * (1 - sp.tanh(x1 * x2) ** 2) + 2 * x1 * x2
L.step(same(f2, f2_w, positive=False), note="+ x1^2")
t = sp.tanh(R("0.45"))
L.step(R("1.5") * R("0.3") == R("0.45")); L.step(rounds("0.4219", t))
L.step(substituted(1 - t ** 2, lambda a: 1 - a ** 2, "~0.4219") and rounds("0.1780", R("0.4219") ** 2))
L.step(1 - R("0.1780") == R("0.8220"))
F1, F2 = f1.subs(P), f2.subs(P)
L.step(substituted(F1, lambda d: R("0.3") * d + 2 * R("1.5") * R("0.3"), "~0.8220"))
L.step(rounds("0.2466", R("0.3") * R("0.8220")) and 2 * R("1.5") * R("0.3") == R("0.9")); L.step(R("0.2466") + R("0.9") == R("1.1466"))
F2w = f2_w.subs(P)
L.step(substituted(F2, lambda d: R("1.5") * d + 2 * R("1.5") * R("0.3"), "~0.8220"),
       carried=substituted(F2w, lambda d: R("1.5") * d + 2 * R("1.5") * R("0.3"), "~0.8220"))
L.step(rounds("1.2330", R("1.5") * R("0.8220"))); L.step(R("1.2330") + R("0.9") == R("2.1330"))
# forward-mode trace, seed (1, 0)
L.define(3, "tangent definition, seeds")


def trace(d1, d2):
    v1, v2 = R("1.5"), R("0.3")
    v3, dv3 = v1 * v2, d1 * v2 + v1 * d2
    v4, dv4 = sp.tanh(v3), (1 - sp.tanh(v3) ** 2) * dv3
    v5, dv5 = v1 ** 2, 2 * v1 * d1
    v6, dv6 = v5 * v2, dv5 * v2 + v5 * d2
    return dict(v3=v3, dv3=dv3, v4=v4, dv4=dv4, v5=v5, dv5=dv5, v6=v6, dv6=dv6, v7=v4 + v6, dv7=dv4 + dv6)


T = trace(1, 0)
assert sp.N(T["dv7"] - F1, 30) == 0
L.define(); L.step(True, note="x1 = 1.5"); L.define()
L.define(); L.step(True, note="x2 = 0.3"); L.define()
L.define(); L.step(T["v3"] == R("0.45")); L.step(True, note="product rule"); L.step(T["dv3"] == R("0.3"))
L.define(); L.step(rounds("0.4219", T["v4"]))
L.step(same(T["dv4"], 1 - T["v4"] ** 2), note="times dot v3 = 0.3")
L.step(rounds("0.8220", 1 - T["v4"] ** 2))
L.define(); L.step(T["v5"] == R("2.25")); L.step(True, note="2 v1 dv1"); L.step(T["dv5"] == 3)
L.define(); L.step(T["v6"] == R("0.675")); L.step(True, note="product rule"); L.step(T["dv6"] == R("0.9"))
L.define(); L.step(rounds("1.0969", T["v7"], R("0.4219") + R("0.675"))); L.step(True, note="sum rule")
L.step(substituted(T["dv7"], lambda a: a + R("0.9"), "~0.8220"),
       carried=substituted(1 - T["v4"] ** 2 + T["dv6"], lambda a: a + R("0.9"), "~0.8220"))
L.step(R("0.8220") + R("0.9") == R("1.7220"))
L.step(rounds("1.0969", f.subs(P))); L.step(True, note="df/dx1 = dot v7 with seed e1")
L.step(rounds("1.7220", F1), carried=True)
# seed (0, 1)
L.define(2, "seeds")
T2 = trace(0, 1)
assert sp.N(T2["dv7"] - F2, 30) == 0
L.step(True, note="product rule"); L.step(T2["dv3"] == R("1.5"))
L.step(True, note="chain rule"); L.step(substituted(T2["dv4"], lambda a: a * R("1.5"), "~0.8220"))
L.step(rounds("1.2330", R("0.8220") * R("1.5"), T2["dv4"]))
L.step(True); L.step(T2["dv5"] == 0); L.step(True); L.step(T2["dv6"] == R("2.25"))
L.step(True); L.step(rounds("3.4830", T2["dv7"], R("1.2330") + R("2.25")))
# directional seed u = (0.6, 0.8)
L.define(2, "seed = u = (0.6, 0.8)")
T3 = trace(R("0.6"), R("0.8"))
D = R("0.6") * F1 + R("0.8") * F2
assert sp.N(T3["dv7"] - D, 30) == 0
L.step(T3["dv3"] == R("0.6") * R("0.3") + R("1.5") * R("0.8")); L.step(T3["dv3"] == R("1.38"))
L.step(substituted(T3["dv4"], lambda a: a * R("1.38"), "~0.8220")); L.step(rounds("1.1344", R("0.8220") * R("1.38"), T3["dv4"]))
L.step(T3["dv6"] == 2 * R("1.5") * R("0.6") * R("0.3") + R("2.25") * R("0.8")); L.step(T3["dv6"] == R("2.34"))
L.step(rounds("3.4744", T3["dv7"], R("1.1344") + R("2.34")))
L.step(substituted(D, lambda a, b: R("0.6") * a + R("0.8") * b, "~1.7220", "~3.4830"), carried=True)
L.step(R("0.6") * R("1.7220") == R("1.0332") and R("0.8") * R("3.4830") == R("2.7864"))
L.step(R("1.0332") + R("2.7864") == R("3.8196")); L.step(R("3.8196") != R("3.4744"))
# finite differences
L.define(2, "D+, D0")
h = sp.symbols("h", positive=True)
g1 = lambda a: f.subs({x1: a, x2: R("0.3")})
g2 = lambda b: f.subs({x1: R("1.5"), x2: b})
table = {"0.1": ("1.173446", "1.146566"), "0.01": ("1.149288", "1.146600"), "0.001": ("1.146869", "1.146600"), "0.0001": ("1.146627", "1.146600")}
for hh, (fw, ce) in table.items():            # the table is not labelled; the prose quotes it
    H = R(hh)
    assert rounds(fw, (g1(R("1.5") + H) - g1(R("1.5"))) / H) and rounds(ce, (g1(R("1.5") + H) - g1(R("1.5") - H)) / (2 * H))
assert rounds("3.483002", (g2(R("0.3") + R("0.0001")) - g2(R("0.3") - R("0.0001"))) / R("0.0002"))
L.step(rounds("1.1466", F1, approx=True)); L.step(rounds("3.4830", F2, approx=True))
L.step(sp.diff(x1 ** 2 * x2, x2) == x1 ** 2)
L.step(same(f2, x1 * (1 - sp.tanh(x1 * x2) ** 2) + x1 ** 2, positive=False))
L.step(substituted(F2, lambda a: a + R("2.25"), "~1.2330")); L.step(R("1.2330") + R("2.25") == R("3.4830"))
L.step(True, note="chain rule"); L.step(substituted(T["dv4"], lambda a: a * R("0.3"), "~0.8220")); L.step(rounds("0.2466", R("0.8220") * R("0.3"), T["dv4"]))
L.step(substituted(T["dv7"], lambda a: a + R("0.9"), "~0.2466")); L.step(R("0.2466") + R("0.9") == R("1.1466"))
L.step(substituted(D, lambda a, b: R("0.6") * a + R("0.8") * b, "~1.1466", "~3.4830"))
L.step(rounds("0.6880", R("0.6") * R("1.1466")) and R("0.8") * R("3.4830") == R("2.7864"))
L.step(R("0.6880") + R("2.7864") == R("3.4744"))
# error analysis
a0 = sp.symbols("a0", real=True)
g = sp.Function("g")
ser = sp.series(((g(a0 + h) - g(a0)) / h).doit(), h, 0, 2).removeO()
L.step(sp.simplify(ser - (sp.diff(g(a0), a0) + h / 2 * sp.diff(g(a0), a0, 2))) == 0)
ser0 = sp.series(((g(a0 + h) - g(a0 - h)) / (2 * h)).doit(), h, 0, 3).removeO()
L.step(sp.simplify(ser0 - (sp.diff(g(a0), a0) + h ** 2 / 6 * sp.diff(g(a0), a0, 3))) == 0)
f11 = sp.diff(f, x1, 2)
L.step(same(f11, 2 * x2 - 2 * x2 ** 2 * sp.tanh(x1 * x2) * (1 - sp.tanh(x1 * x2) ** 2), positive=False))
L.step(substituted(f11.subs(P), lambda a, b: R("0.6") - 2 * R("0.09") * a * b, "~0.4219", "~0.8220"))
L.step(rounds("0.0624", 2 * R("0.09") * R("0.4219") * R("0.8220"))); L.step(R("0.6") - R("0.0624") == R("0.5376"))
L.define(note="h = 10^-2")
L.step(rounds("0.0027", R("0.01") / 2 * R("0.5376"))); L.step(R("1.149288") - R("1.146600") == R("0.002688"))
L.step(10 ** 2 == 100)
eps = sp.Rational(1, 2 ** 52)
L.step(rounds("2.2", eps * 10 ** 16, approx=True)); L.step(rounds("6", sp.root(eps, 3) * 10 ** 6, approx=True))
# logistic loss
L.define(2, "ell, m")
w1, w2, y, X1, X2 = sp.symbols("w1 w2 y X1 X2", real=True)
m = w1 * X1 + w2 * X2
ell = sp.log(1 + sp.exp(-y * m))
sig = lambda z: 1 / (1 + sp.exp(-z))
gw = [sp.diff(ell, w1), sp.diff(ell, w2)]
L.step(same(gw[0], sp.exp(-y * m) / (1 + sp.exp(-y * m)) * (-y * X1), positive=False)
       and same(gw[1], sp.exp(-y * m) / (1 + sp.exp(-y * m)) * (-y * X2), positive=False))
L.step(same(sp.exp(-y * m) / (1 + sp.exp(-y * m)) * (-y * X1), -y * sig(-y * m) * X1, positive=False))
L.define(3, "w, x, y")
Q = {w1: R("0.3"), w2: R("-0.2"), X1: 1, X2: 2, y: -1}
L.step(m.subs(Q) == R("0.3") - R("0.4")); L.step(m.subs(Q) == R("-0.1"))
L.step(ell.subs(Q) == sp.log(1 + sp.exp(R("-0.1"))))
L.step(substituted(ell.subs(Q), sp.log, "~1.9048") and rounds("1.9048", 1 + sp.exp(R("-0.1"))))
L.step(rounds("0.6444", ell.subs(Q), sp.log(R("1.9048"))))
G = [gi.subs(Q) for gi in gw]
L.step(abs(sp.N(G[0] - sig(R("-0.1")), 30)) < 1e-25 and abs(sp.N(G[1] - 2 * sig(R("-0.1")), 30)) < 1e-25)
L.step(rounds("0.4750", sig(R("-0.1")))); L.step(R("0.4750") * 2 == R("0.9500"))
L.define(note="h")
assert rounds("0.475021", (ell.subs({**Q, w1: R("0.3") + R("0.0001")}) - ell.subs({**Q, w1: R("0.3") - R("0.0001")})) / R("0.0002"))
L.step(rounds("0.4750", G[0], approx=True)); L.step(rounds("0.9500", G[1], approx=True))
L.define(note="eta")
eta = R("0.5")
nw = [R("0.3") - eta * G[0], R("-0.2") - eta * G[1]]
L.define(note="update rule")
L.step(substituted(nw[0], lambda a: R("0.3") - a, "~0.2375") and substituted(nw[1], lambda a: R("-0.2") - a, "~0.4750"))
L.step(R("0.3") - R("0.2375") == R("0.0625") and R("-0.2") - R("0.4750") == R("-0.6750"))
m2 = nw[0] * 1 + nw[1] * 2
L.step(substituted(m2, lambda a, b: a + 2 * b, "~0.0625", "~-0.6750")); L.step(R("0.0625") - R("1.3500") == R("-1.2875"))
ell2 = sp.log(1 + sp.exp(m2))             # y = -1
L.step(substituted(ell2, lambda a: sp.log(1 + sp.exp(a)), "~-1.2875"))
L.step(rounds("1.2760", 1 + sp.exp(R("-1.2875"))))
L.step(rounds("0.2437", sp.log(R("1.2760")), ell2))
L.step(R("0.6444") - R("0.2437") == R("0.4007"))
L.step(rounds("0.6128", R("0.4007") / R("0.6444"), (ell.subs(Q) - ell2) / ell.subs(Q)), note="0.6218")
# Gaussian NLL
L.define(3, "x, mu, sigma")
xx, mu, s = sp.symbols("x mu sigma", positive=True)
nll = sp.log(2 * sp.pi * s ** 2) / 2 + (xx - mu) ** 2 / (2 * s ** 2)
V = {xx: 2, mu: R("1.5"), s: R("0.8")}
L.define(note="NLL")
L.step(sp.N(nll.subs(V) - (sp.log(2 * sp.pi * R("0.64")) / 2 + R("0.25") / R("1.28")), 30) == 0)
L.step(substituted(nll.subs(V), lambda a: sp.log(a) / 2 + R("0.25") / R("1.28"), "~4.0212") and rounds("4.0212", 2 * sp.pi * R("0.64"))
       and rounds("0.1953", R("0.25") / R("1.28")))
L.step(rounds("0.6958", sp.log(R("4.0212")) / 2, sp.log(2 * sp.pi * R("0.64")) / 2))
L.step(rounds("0.8911", R("0.6958") + R("0.1953"), nll.subs(V)))
dmu, ds = sp.diff(nll, mu), sp.diff(nll, s)
L.step(same(dmu, -(xx - mu) / s ** 2, positive=False)); L.step(dmu.subs(V) == -R("0.5") / R("0.64")); L.step(-R("0.5") / R("0.64") == R("-0.78125"))
ds_w = 1 / s - (xx - mu) ** 2 / (2 * s ** 3)
L.step(same(ds, ds_w), note="-(x - mu)^2/sigma^3")
L.step(ds.subs(V) == R("1.25") - R("0.25") / R("1.024"), carried=ds_w.subs(V) == R("1.25") - R("0.25") / R("1.024"))
L.step(rounds("0.2441", R("0.25") / R("1.024"))); L.step(R("1.25") - R("0.2441") == R("1.0059"))
L.step(substituted(R("0.8") - R("0.1") * ds.subs(V), lambda a: R("0.8") - R("0.1") * a, "~1.0059"),
       carried=substituted(R("0.8") - R("0.1") * ds_w.subs(V), lambda a: R("0.8") - R("0.1") * a, "~1.0059"))
L.step(rounds("0.6994", R("0.8") - R("0.1") * R("1.0059")))
assert rounds("0.761718", (nll.subs({**V, s: R("0.801")}) - nll.subs({**V, s: R("0.799")})) / R("0.002"))
L.step(rounds("0.7617", ds.subs(V), approx=True))
L.step(same(sp.diff((xx - mu) ** 2 / (2 * s ** 2), s), -(xx - mu) ** 2 / s ** 3, positive=False))
L.step(ds.subs(V) == R("1.25") - R("0.25") / R("0.512")); L.step(rounds("0.4883", R("0.25") / R("0.512"))); L.step(R("1.25") - R("0.4883") == R("0.7617"))
L.step(substituted(R("0.8") - R("0.1") * ds.subs(V), lambda a: R("0.8") - R("0.1") * a, "~0.7617"))
L.step(rounds("0.7238", R("0.8") - R("0.1") * R("0.7617"), R("0.8") - R("0.1") * ds.subs(V)))
L.define(note="s = ln sigma")
sl = sp.symbols("s_l", real=True)
nll_s = nll.subs(s, sp.exp(sl))
L.step(same(sp.diff(nll_s, sl), (s * ds).subs(s, sp.exp(sl)), positive=False))
L.step(same(s * ds, 1 - (xx - mu) ** 2 / s ** 2))
L.step((1 - (xx - mu) ** 2 / s ** 2).subs(V) == 1 - R("0.390625")); L.step(1 - R("0.390625") == R("0.609375"))
L.step(R("0.8") * R("0.76171875") == R("0.609375") and ds.subs(V) == R("0.76171875"))
L.done()
