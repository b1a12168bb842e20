"""Labels for tufte_tikz_relu_softmax_backprop.tex: a study group's worked sheet in tufte-handout (a TikZ
network in a marginfigure, `fullwidth` aligns, \\marginnote): ReLU and softplus facts, a 2-3-2 ReLU net with
softmax cross-entropy by hand, one SGD step. Slips: ReLU'(0) = 1/2 from the one-sided slopes;
dp1/dz2 = +p1 p2; dL/dh1 with (-0.5)(-0.5125) taken negative, carried into delta, dL/dW1, three updates
and the new pre-activation; the group's corrections."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch9/tufte_tikz_relu_softmax_backprop.tex")
t, s, beta = sp.symbols("t s beta", real=True)
relu = lambda u: sp.Max(0, u)
L.define(note="ReLU"); L.step(same(relu(t), (t + sp.Abs(t)) / 2, positive=False))
L.step(sp.diff(relu(t), t).subs(t, sp.Rational(3, 7)) == 1); L.define(note="t > 0")
L.step(sp.diff(relu(t), t).subs(t, -sp.Rational(3, 7)) == 0); L.define(note="t < 0")
L.step(sp.limit(relu(s) / s, s, 0, "+") == 1); L.step(sp.limit(relu(s) / s, s, 0, "-") == 0)
L.step(sp.limit(relu(s) / s, s, 0, "+") == sp.limit(relu(s) / s, s, 0, "-"), note="no derivative at 0")
zeta = sp.log(1 + sp.exp(t))
L.define(note="softplus")
L.step(sp.simplify(sp.diff(zeta, t) - sp.exp(t) / (1 + sp.exp(t))) == 0)
L.step(same(sp.exp(t) / (1 + sp.exp(t)), 1 / (1 + sp.exp(-t)), positive=False))
L.step(zeta.subs(t, 0) == sp.log(2)); L.step(rounds("0.6931", sp.log(2), approx=True))
L.step(sp.limit(sp.log(1 + sp.exp(beta * 1)) / beta, beta, sp.oo) == 1 and sp.limit(sp.log(1 + sp.exp(beta * -2)) / beta, beta, sp.oo) == 0)
L.define(2, "t = 1, beta = 10")
L.step(rounds("1.0000", sp.log(1 + sp.exp(10)) / 10, approx=True))
x = sp.Matrix([1, -2])
W1 = sp.Matrix([[1, R("0.5")], [-1, 1], [R("0.5"), R("-0.5")]]); b1 = sp.Matrix([R("0.5"), 0, R("-0.5")])
W2 = sp.Matrix([[1, -1, R("0.5")], [R("-0.5"), 1, 1]]); b2 = sp.Matrix([0, R("0.2")]); yv = sp.Matrix([0, 1])
L.define(5, "x, W1, b1, W2, b2"); L.define(2, "y")
a = W1 * x + b1; h = a.applyfunc(relu); z = W2 * h + b2
L.define(); L.step(a == sp.Matrix([1 - 1 + R("0.5"), -1 - 2 + 0, R("0.5") + 1 - R("0.5")])); L.step(a == sp.Matrix([R("0.5"), -3, 1]))
L.define(); L.step(h == sp.Matrix([R("0.5"), 0, 1]))
L.define(); L.step(z == sp.Matrix([R("0.5") + 0 + R("0.5"), R("-0.25") + 0 + 1 + R("0.2")])); L.step(z == sp.Matrix([1, R("0.95")]))
e1, e2 = sp.exp(z[0]), sp.exp(z[1])
L.step(rounds("2.7183", e1)); L.step(rounds("2.5857", e2)); L.step(R("2.7183") + R("2.5857") == R("5.3040"))
p = sp.Matrix([e1, e2]) / (e1 + e2)
L.step(substituted(p[0], lambda u, v: u / v, "~2.7183", "~5.3040")); L.step(rounds("0.5125", p[0])); L.step(rounds("0.4875", p[1]))
sig = lambda u: 1 / (1 + sp.exp(-u))
L.step(sp.simplify(p[0] - sig(z[0] - z[1])) == 0); L.step(z[0] - z[1] == R("0.05"))
Lce = -sp.log(p[1])
L.step(True, note="CE of a one-hot target"); L.step(substituted(Lce, lambda u: -sp.log(u), "~0.4875")); L.step(rounds("0.7185", Lce))
zs = sp.symbols("z1 z2"); ps = [sp.exp(zi) / (sp.exp(zs[0]) + sp.exp(zs[1])) for zi in zs]
gz = p - yv
L.step(all(sp.simplify(sp.diff(-sp.log(ps[1]), zs[i]) - (ps[i] - yv[i])) == 0 for i in range(2)))
L.step(rounds("0.5125", gz[0]) and rounds("-0.5125", gz[1]))
L.step(same(sp.diff(ps[0], zs[1]), ps[0] * ps[1], positive=False), note="-p1 p2")
L.step(True, note="p1 p2 at the values"); L.step(rounds("0.2498", R("0.5125") * R("0.4875"), approx=True))
gW2 = gz * h.T
L.step(True, note="dL/dW2 = dL/dz h^T")
L.step(all(rounds(w_, g_) for w_, g_ in zip(["0.2562", "0", "0.5125", "-0.2562", "0", "-0.5125"], gW2)))
L.step(True, note="dL/db2 = dL/dz")
gh = W2.T * gz
L.step(substituted(gh[0], lambda u, v: 1 * u + R("-0.5") * v, "~0.5125", "~-0.5125"))
L.step(rounds("-0.2562", R("-0.5") * gz[1]), note="(-0.5)(-0.5125) is positive")
L.step(R("0.5125") - R("0.2562") == R("0.2563"))
L.step(substituted(gh[1], lambda u, v: -1 * u + 1 * v, "~0.5125", "~-0.5125")); L.step(rounds("-1.0250", gh[1]))
L.step(substituted(gh[2], lambda u, v: R("0.5") * u + 1 * v, "~0.5125", "~-0.5125")); L.step(rounds("-0.2562", gh[2]))
delta = sp.Matrix([gh[i] * (1 if a[i] > 0 else 0) for i in range(3)])
D = sp.Matrix([R("0.2563"), 0, R("-0.2562")])                 # the writer's delta
L.define(note="delta")
L.step(all(rounds(str(dv), tv) for dv, tv in zip(["0.2563", "0", "-0.2562"], delta)), carried=True)
L.step(a[1] == -3); L.step(-3 < 0)
gW1 = delta * x.T
L.step(True, note="dL/dW1 = delta x^T")
written = ["0.2563", "-0.5126", "0", "0", "-0.2562", "0.5124"]
L.step(all(rounds(w_, g_) for w_, g_ in zip(written, gW1)),
       carried=all(rounds(w_, g_) for w_, g_ in zip(written, D * x.T)))
L.step(True, note="dL/db1 = delta")
eta = R("0.1")
nb2 = b2 - eta * gz
L.step(substituted(nb2[0], lambda u: 0 - R("0.1") * u, "~0.5125") and substituted(nb2[1], lambda u: R("0.2") + R("0.1") * u, "~0.5125"))
L.step(rounds("-0.0512", nb2[0]) and rounds("0.2512", nb2[1]))
nW11, nW12, nb11 = W1[0, 0] - eta * gW1[0, 0], W1[0, 1] - eta * gW1[0, 1], b1[0] - eta * delta[0]
L.step(substituted(nW11, lambda u: 1 - R("0.1") * u, "~0.2563"), carried=True); L.step(rounds("0.9744", 1 - R("0.1") * R("0.2563")))
L.step(substituted(nW12, lambda u: R("0.5") - R("0.1") * u, "~-0.5126"), carried=True); L.step(rounds("0.5513", R("0.5") + R("0.05126")))
L.step(substituted(nb11, lambda u: R("0.5") - R("0.1") * u, "~0.2563"), carried=True); L.step(rounds("0.4744", R("0.5") - R("0.02563")))
L.step(delta[1] == 0)
na1 = nW11 * 1 + nW12 * (-2) + nb11
L.step(substituted(na1, lambda u, v, w: u - 2 * v + w, "~0.9744", "~0.5513", "~0.4744"), carried=True)
L.step(R("0.5513") * (-2) == R("-1.1026")); L.step(R("0.9744") - R("1.1026") + R("0.4744") == R("0.3462"))
L.step(R("0.3462") < R("0.5"))
# group check
L.step(rounds("0.2562", R("-0.5") * gz[1])); L.step(rounds("0.7687", gh[0])); L.step(rounds("0.7687", delta[0]))
L.step(rounds("0.9231", nW11)); L.step(rounds("0.6537", nW12)); L.step(rounds("0.4231", nb11)); L.step(rounds("0.0388", na1, approx=True))
L.step(same(sp.diff(ps[0], zs[1]), -ps[0] * ps[1], positive=False)); L.step(rounds("-0.2498", -p[0] * p[1], approx=True))
L.done()
