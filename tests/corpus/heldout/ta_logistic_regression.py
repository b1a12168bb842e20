"""Labels for ta_logistic_regression.tex: sp.diff of the written definitions; undefined g and loss for part 3."""
import sympy as sp
from truth import Labels, R, rounds, same, substituted

L = Labels("ta_logistic_regression.tex")
P, Z, Y = sp.symbols("p z y")
w1, w2, b, x1, x2 = sp.symbols("w1 w2 b x1 x2")
sig = lambda u: 1 / (1 + sp.exp(-u))
loss_p = -Y * sp.log(P) - (1 - Y) * sp.log(1 - P)
loss_z = loss_p.subs(P, sig(Z))
pz = {P: sig(Z)}
unit = dict(positive=True)          # p in (0, 1) is sampled through z
L.define(3)
L.step(same(sp.diff(loss_p, P), -Y / P + (1 - Y) / (1 - P)))
L.step(same(sp.diff(sig(Z), Z), (P * (1 - P)).subs(pz), positive=False))
dz = sp.diff(loss_z, Z)
L.step(same(dz, ((-Y / P + (1 - Y) / (1 - P)) * P * (1 - P)).subs(pz), positive=False))
L.step(same((-Y / P + (1 - Y) / (1 - P)) * P * (1 - P), -Y * (1 - P) + (1 - Y) * P))
L.step(same(-Y * (1 - P) + (1 - Y) * P, P - Y, positive=False))
full = loss_p.subs(P, sig(w1 * x1 + w2 * x2 + b))
pfull = sig(w1 * x1 + w2 * x2 + b)
L.step(same(sp.diff(full, w1), (pfull - Y) * x1, positive=False) and same(sp.diff(full, w2), (pfull - Y) * x2, positive=False))
L.step(same(sp.diff(loss_z, Z, 2), (P * (1 - P)).subs(pz), positive=False))
L.step(same(sp.diff(full, b), Y - pfull, positive=False))
L.step(same(sp.diff(loss_z, Z, 2), (P * (1 - P) * (1 - 2 * P)).subs(pz), positive=False))
vals = {x1: 1, x2: 2, Y: 1, w1: R("0.5"), w2: R("-0.25"), b: R("0.1")}
eta = R("0.5")
L.define(7)
z0 = (w1 * x1 + w2 * x2 + b).subs(vals); p0 = sig(z0); l0 = full.subs(vals)
L.step(z0 == R("0.5") - R("0.5") + R("0.1")); L.step(rounds("0.1", z0)); L.step(sig(z0) == sig(R("0.1")))
L.step(rounds("0.5250", p0)); L.step(substituted(l0, lambda a: -sp.log(a), "~0.5250")); L.step(rounds("0.6444", -sp.log(R("0.5250")), l0))
g = {v: sp.diff(full, v).subs(vals) for v in (w1, w2, b)}
for v, xv, res in ((w1, "1", "-0.4750"), (w2, "2", "-0.9500")):
    L.step(substituted(g[v], lambda a, c: (a - 1) * c, "~0.5250", xv)); L.step(rounds(res, (R("0.5250") - 1) * R(xv)))
L.step(same(sp.diff(full, b), Y - pfull, positive=False))
L.step(True, note="y - p with y = 1, p = 0.5250"); L.step(rounds("0.4750", 1 - R("0.5250")))
new = {v: vals[v] - eta * g[v] for v in (w1, w2, b)}
L.step(substituted(new[w1], lambda a, c, d: a - c * d, "0.5", "0.5", "~-0.4750")); L.step(rounds("0.7375", R("0.5") + R("0.5") * R("0.4750")))
L.step(substituted(new[w2], lambda a, c, d: a - c * d, "-0.25", "0.5", "~-0.9500")); L.step(rounds("0.2250", R("-0.25") + R("0.5") * R("0.95")))
L.step(substituted(new[b], lambda a, c, d: a - c * d, "0.1", "0.5", "~0.4750"),
       carried=substituted(R("0.1") - eta * R("0.4750"), lambda a, c, d: a - c * d, "0.1", "0.5", "0.4750"))
L.step(rounds("-0.1375", R("0.1") - R("0.5") * R("0.4750")))
z1 = (w1 * x1 + w2 * x2 + b).subs({x1: 1, x2: 2, **new})
L.step(substituted(z1, lambda a, c, d: a + c + d, "~0.7375", "~0.45", "~-0.1375"), carried=True, note="b = -0.1375 carried")
L.step(rounds("1.05", R("0.7375") + R("0.45") - R("0.1375")))
L.step(sig(z1) == sig(R("1.05")), carried=True, note="p = sigma(new z), z carried")
L.step(rounds("0.7408", sig(R("1.05"))))
L.step(rounds("0.3000", -sp.log(R("0.7408"))))
# shared-bias network with undefined g and loss
x, y_ = sp.symbols("x y")
g_, ell = sp.Function("g"), sp.Function("ell")
a1 = w1 * x + b; h1 = g_(a1); a2 = w2 * h1 + b; yh = g_(a2); Lnet = ell(yh, y_)
L.define(5)
L.define()
dl = sp.Subs(sp.Derivative(ell(sp.Symbol("u"), y_), sp.Symbol("u")), sp.Symbol("u"), yh)
gp = lambda e: sp.diff(g_(sp.Symbol("s")), sp.Symbol("s")).subs(sp.Symbol("s"), e)
D2 = dl * gp(a2)
ok = lambda e, f: sp.simplify(sp.expand(sp.diff(Lnet, e).doit() - f.doit())) == 0
L.step(ok(w2, D2 * h1)); L.step(ok(w1, D2 * w2 * gp(a1) * x))
L.step(ok(b, D2 + D2 * w2 * gp(a1))); L.step(sp.expand(D2 + D2 * w2 * gp(a1) - D2 * (1 + w2 * gp(a1))) == 0)
L.step(ok(b, D2)); L.step(ok(w1, D2 * gp(a1) * x))
L.done()
