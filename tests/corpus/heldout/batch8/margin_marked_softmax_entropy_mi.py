"""Labels for margin_marked_softmax_entropy_mi.tex: a marked midterm answer with \\marginpar marks, a
footnote and the marker's corrections in red: softmax/cross-entropy of z = (2, 1, 0) with the gradient
y - p (carried into a logit update), softmax(2z) = softmax(z)^2, the Jacobian's off-diagonal sign;
entropy and KL in bits with KL called symmetric; mutual information in nats as H(X) + H(Y) + H(X, Y),
carried into a claim of strong dependence."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch8/margin_marked_softmax_entropy_mi.tex")
z = [2, 1, 0]; y = [0, 1, 0]
ez = [sp.exp(v) for v in z]; Z = sum(ez); p = [e / Z for e in ez]
L.define(2, "z, y"); L.define(note="softmax")
L.step(rounds("7.3891", ez[0]) and rounds("2.7183", ez[1])); L.step(rounds("11.1074", R("7.3891") + R("2.7183") + 1, Z))
L.step(all(rounds(w, v) for w, v in zip(("0.6652", "0.2447", "0.0900"), p)))
L.step(substituted(-sp.log(p[1]), lambda q: -sp.log(q), "~0.2447")); L.step(rounds("1.4076", -sp.log(p[1]), -sp.log(R("0.2447"))))
g = [p[k] - y[k] for k in range(3)]                     # dCE/dz
L.step(all(sp.simplify(g[k] - (y[k] - p[k])) == 0 for k in range(3)), note="y - p")
L.step(all(rounds(w, y[k] - p[k]) for k, w in enumerate(("-0.6652", "0.7553", "-0.0900"))))
L.define(note="eta = 0.4"); eta = R("0.4")
L.step(substituted(z[1] - eta * g[1], lambda q: 1 - R("0.4") * q, "~0.7553"),
       carried=substituted(z[1] - eta * (y[1] - p[1]), lambda q: 1 - R("0.4") * q, "~0.7553"))
L.step(rounds("0.6979", 1 - R("0.4") * R("0.7553"), z[1] - eta * (y[1] - p[1])))
L.step(True, note="dCE/dz = p - y"); L.step(all(rounds(w, g[k]) for k, w in enumerate(("0.6652", "-0.7553", "0.0900"))))
L.step(substituted(z[1] - eta * g[1], lambda q: 1 + R("0.4") * q, "~0.7553")); L.step(rounds("1.3021", 1 + R("0.4") * R("0.7553"), z[1] - eta * g[1]))
c = sp.Rational(7, 3)
sm = lambda v: [sp.exp(t) / sum(sp.exp(u) for u in v) for t in v]
L.step(all(sp.simplify(a - b) == 0 for a, b in zip(sm([t + c for t in z]), p)))
L.step(all(sp.simplify(a - b**2) == 0 for a, b in zip(sm([2 * t for t in z]), p)), note="softmax(2z)")
zs = sp.symbols("z1:4"); ps = sm(list(zs))
L.step(all(same(sp.diff(ps[i], zs[j]), ps[i] * ((1 if i == j else 0) - ps[j]), positive=False) for i in range(3) for j in range(3)))
L.step(same(sp.diff(ps[0], zs[1]), ps[0] * ps[1], positive=False), note="off-diagonal sign")
L.step(substituted(p[0] * p[1], lambda a, b: a * b, "~0.6652", "~0.2447")); L.step(rounds("0.1628", R("0.6652") * R("0.2447")))
s2 = sm([2 * t for t in z])
L.step(sp.simplify(s2[0] - sp.exp(4) / (sp.exp(4) + sp.exp(2) + 1)) == 0); L.step(rounds("0.8668", s2[0])); L.step(rounds("0.4425", R("0.6652")**2))
# entropy, KL in bits
P = [sp.Rational(1, 2), sp.Rational(1, 4), sp.Rational(1, 4)]; Q = [sp.Rational(1, 3)] * 3
lg = lambda t: sp.log(t, 2)
L.define(2, "p, q")
H = -sum(a * lg(a) for a in P)
L.step(True, note="definition of entropy"); L.step(sp.simplify(H - (sp.Rational(1, 2) * 1 + sp.Rational(1, 4) * 2 * 2)) == 0)
L.step(sp.simplify(H - R("1.5")) == 0); L.step(sp.N(H) < sp.N(lg(3))); L.step(rounds("1.5850", lg(3), approx=True))
KLpq = sum(a * lg(a / b) for a, b in zip(P, Q)); KLqp = sum(b * lg(b / a) for a, b in zip(P, Q))
L.step(True, note="definition of KL"); L.step(sp.simplify(KLpq - (lg(3) - H)) == 0); L.step(rounds("0.0850", KLpq))
L.step(sp.simplify(KLqp - KLpq) == 0, note="KL symmetric"); L.step(rounds("0.0850", KLpq))
Hpq = -sum(a * lg(b) for a, b in zip(P, Q))
L.step(sp.simplify(Hpq - (H + KLpq)) == 0); L.step(sp.simplify(Hpq - lg(3)) == 0)
L.step(sp.simplify(KLqp - sp.Rational(1, 3) * (lg(sp.Rational(2, 3)) + 2 * lg(sp.Rational(4, 3)))) == 0); L.step(rounds("0.0817", KLqp))
# mutual information, nats
J = {(0, 0): R("0.3"), (0, 1): R("0.2"), (1, 0): R("0.1"), (1, 1): R("0.4")}
L.define(4, "joint")
px = {a: J[(a, 0)] + J[(a, 1)] for a in (0, 1)}; py = {b: J[(0, b)] + J[(1, b)] for b in (0, 1)}
HX = -sum(v * sp.log(v) for v in px.values()); HY = -sum(v * sp.log(v) for v in py.values())
HXY = -sum(v * sp.log(v) for v in J.values()); I = sum(v * sp.log(v / (px[a] * py[b])) for (a, b), v in J.items())
L.step(sp.simplify(HX - sp.log(2)) == 0); L.step(rounds("0.6931", HX))
L.step(sp.simplify(HY - (-R("0.4") * sp.log(R("0.4")) - R("0.6") * sp.log(R("0.6")))) == 0)
L.step(rounds("0.3665", -R("0.4") * sp.log(R("0.4"))) and rounds("0.3065", -R("0.6") * sp.log(R("0.6")))); L.step(rounds("0.6730", HY, R("0.3665") + R("0.3065")))
terms = [-v * sp.log(v) for v in J.values()]
L.step(all(rounds(w, t) for w, t in zip(("0.3612", "0.3219", "0.2303", "0.3665"), terms))); L.step(rounds("1.2799", HXY))
L.step(True, note="chain rule H(Y|X) = H(X,Y) - H(X)"); L.step(rounds("0.5868", HXY - HX, R("1.2799") - R("0.6931")))
L.step(sp.N(I - (HX + HY + HXY), 30) == 0, note="sign of H(X,Y)")
L.step(substituted(HX + HY + HXY, lambda a, b, c: a + b + c, "~0.6931", "~0.6730", "~1.2799")); L.step(R("0.6931") + R("0.6730") + R("1.2799") == R("2.6460"))
L.step(rounds("2.6460", I), carried=True); L.step(R("2.6460") > 1)
L.step(abs(sp.N(I - (HY - (HXY - HX)), 30)) < 1e-25)
L.step(substituted(I, lambda a, b: a - b, "~0.6730", "~0.5868")); L.step(rounds("0.0862", I, R("0.6730") - R("0.5868")))
L.done()
