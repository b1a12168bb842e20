"""Labels for interview_logistic_softmax.tex: a mock-interview write-up: logistic-regression gradient
with the sign flipped (y - p), carried into an update and the new loss; the correction; the Hessian
(negated first), numbers; L2; softmax/CE with p_2 = 0.1412 for 0.1142 carried into the gradient; LSE
derivative, the binary case, temperature."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch5/interview_logistic_softmax.tex")
sig = lambda t: 1 / (1 + sp.exp(-t))
P, Y, Z = sp.symbols("p y z", real=True)
W = sp.Matrix(sp.symbols("w1 w2", real=True)); Xs = sp.Matrix(sp.symbols("x1 x2", real=True)); Bs = sp.Symbol("b", real=True)
zz = (W.T * Xs)[0] + Bs
loss = lambda q, yy: -yy * sp.log(q) - (1 - yy) * sp.log(1 - q)
Ls = loss(sig(zz), Y)
syms = list(W) + list(Xs) + [Bs, Y]
L.define(2)
L.step(same(sp.diff(loss(P, Y), P), -Y / P + (1 - Y) / (1 - P), [P, Y]) if False else sp.simplify(sp.diff(loss(P, Y), P) - (-Y / P + (1 - Y) / (1 - P))) == 0)
L.step(same(sp.diff(sig(Z), Z), sig(Z) * (1 - sig(Z)), [Z], positive=False))
grad_w = sp.Matrix([sp.diff(Ls, wi) for wi in W]); grad_b = sp.diff(Ls, Bs)
L.step(all(same(grad_w[i], (Y - sig(zz)) * Xs[i], syms, positive=False) for i in range(2)))
L.step(same(grad_b, Y - sig(zz), syms, positive=False))
w0, b0, x0, y0, eta = sp.Matrix([R("0.5"), -1]), R("0.1"), sp.Matrix([2, 1]), 1, R("0.1")
L.define(5)
z0 = (w0.T * x0)[0] + b0; p0 = sig(z0); l0 = -sp.log(p0)
L.step(z0 == R("0.5") * 2 - 1 + R("0.1")); L.step(z0 == R("0.1")); L.step(True); L.step(rounds("0.5250", p0))
L.step(substituted(l0, lambda q: -sp.log(q), "~0.5250")); L.step(rounds("0.6444", l0, -sp.log(R("0.5250"))))
gw, gb = (p0 - y0) * x0, p0 - y0
L.step(False, carried=True, note="(y - p) x on the writer's formula"); L.step(R("0.4750") * sp.Matrix([2, 1]) == sp.Matrix([R("0.95"), R("0.475")])); L.step(False, carried=True)
bad_w, bad_b = w0 + eta * (1 - p0) * x0, b0 + eta * (1 - p0) * 0 - eta * (1 - p0)  # uphill on w and b
bad_w, bad_b = w0 - eta * (1 - p0) * x0, b0 - eta * (1 - p0)
good_w, good_b = w0 - eta * gw, b0 - eta * gb
L.step(False, carried=True, note="update with the wrong gradient"); L.step(w0 - R("0.1") * sp.Matrix([R("0.95"), R("0.475")]) == sp.Matrix([R("0.405"), R("-1.0475")]))
L.step(False, carried=True); L.step(R("0.1") - R("0.1") * R("0.4750") == R("0.0525"))
zb = (bad_w.T * x0)[0] + bad_b
L.step(substituted((good_w.T * x0)[0] + good_b, lambda a, c, d: 2 * a + c + d, "~0.405", "~-1.0475", "~0.0525"),
       carried=substituted(zb, lambda a, c, d: 2 * a + c + d, "~0.405", "~-1.0475", "~0.0525"))
L.step(2 * R("0.405") - R("1.0475") + R("0.0525") == R("-0.185"))
L.step(substituted(sig((good_w.T * x0)[0] + good_b), lambda q: sig(q), "~-0.185"), carried=True); L.step(rounds("0.4539", sig(R("-0.185")), sig(zb)))
L.step(substituted(-sp.log(sig((good_w.T * x0)[0] + good_b)), lambda q: -sp.log(q), "~0.4539"), carried=True); L.step(rounds("0.7899", -sp.log(R("0.4539")), -sp.log(sig(zb))))
L.step(same(sp.diff(loss(sig(Z), Y), Z), sp.diff(loss(P, Y), P).subs(P, sig(Z)) * sig(Z) * (1 - sig(Z)), [Z, Y], positive=False))
L.step(same(sp.diff(loss(P, Y), P) * P * (1 - P), -Y * (1 - P) + (1 - Y) * P, [P, Y]))
L.step(sp.expand(-Y * (1 - P) + (1 - Y) * P - (P - Y)) == 0)
L.step(True, note="(p - y) x"); L.step(substituted(gw[0], lambda q: q * 2, "~-0.4750") and substituted(gw[1], lambda q: q, "~-0.4750"))
L.step(R("-0.4750") * 2 == R("-0.95") and R("-0.4750") == R("-0.475")); L.step(rounds("-0.4750", gb))
L.step(all(rounds(wr, good_w[i]) for i, wr in enumerate(("0.595", "-0.9525")))); L.step(rounds("0.1475", good_b))
zg = (good_w.T * x0)[0] + good_b
L.step(substituted(zg, lambda a, c, d: 2 * a + c + d, "~0.595", "~-0.9525", "~0.1475")); L.step(2 * R("0.595") - R("0.9525") + R("0.1475") == R("0.385"))
L.step(substituted(sig(zg), lambda q: sig(q), "~0.385")); L.step(rounds("0.5951", sig(R("0.385")), sig(zg)))
L.step(rounds("0.5190", -sp.log(R("0.5951")), -sp.log(sig(zg)))); L.step(-sp.log(sig(zg)) < R("0.6444"))
H = sp.Matrix(2, 2, lambda i, j: sp.diff(Ls, W[i], W[j]))
L.step(all(same(H[i, j], -sig(zz) * (1 - sig(zz)) * Xs[i] * Xs[j], syms, positive=False) for i in range(2) for j in range(2)))
L.step(True, note="Jacobian of (p - y) x"); L.step(all(same(H[i, j], sig(zz) * (1 - sig(zz)) * Xs[i] * Xs[j], syms, positive=False) for i in range(2) for j in range(2)))
c = p0 * (1 - p0)
L.step(substituted(c, lambda a, d: a * d, "~0.5250", "~0.4750")); L.step(rounds("0.2494", R("0.5250") * R("0.4750"), c))
L.step(substituted(c, lambda a: a, "~0.2494")); L.step(rounds("0.9975", 4 * c) and rounds("0.4988", 2 * c) and rounds("0.2494", c))
L.step(substituted((c * x0 * x0.T).det(), lambda a, d, e: a * d - e**2, "~0.9975", "~0.2494", "~0.4988"))
L.step(rounds("0", R("0.9975") * R("0.2494") - R("0.4988")**2))
L.step(R("0.9975") + R("0.2494") == R("1.2469") and rounds("1.2469", (c * x0 * x0.T).trace()))
lam = R("0.01")
L.step(True, note="L2 gradient"); L.define()
L.step(gw + lam * w0 == sp.Matrix([R("-0.945"), R("-0.485")]) if False else all(substituted((gw + lam * w0)[i], lambda q: q + [R("0.005"), R("-0.01")][i], ["~-0.95", "~-0.475"][i]) for i in range(2))
       and R("-0.95") + R("0.005") == R("-0.945") and R("-0.475") - R("0.01") == R("-0.485"))
# softmax
zl = [2, 0, -1]
S = sum(sp.exp(q) for q in zl); p = [sp.exp(q) / S for q in zl]
L.define()
L.step(substituted(S, lambda a, d: a + 1 + d, "~7.3891", "~0.3679")); L.step(rounds("8.7570", R("7.3891") + 1 + R("0.3679"), S))
L.step(True, note="7.3891 and 8.7570 as written, each judged right"); L.step(rounds("0.8438", R("7.3891") / R("8.7570"), p[0]))
L.step(True, note="8.7570 as written, judged right"); L.step(rounds("0.1412", 1 / R("8.7570"), p[1]))
L.step(substituted(p[2], lambda a, d: a / d, "~0.3679", "~8.7570")); L.step(rounds("0.0420", R("0.3679") / R("8.7570"), p[2]))
L.step(True); L.step(substituted(-sp.log(p[0]), lambda q: -sp.log(q), "~0.8438")); L.step(rounds("0.1698", -sp.log(R("0.8438")), -sp.log(p[0])))
L.step(True, note="p - e_1")
L.step(rounds("-0.1562", p[0] - 1) and rounds("0.1412", p[1]) and rounds("0.0420", p[2]), carried=R("0.8438") - 1 == R("-0.1562"))
L.step(R("-0.1562") + R("0.1412") + R("0.0420") == R("0.0270")); L.step(rounds("0.1142", 1 / R("8.757"), p[1]))
L.step(rounds("-0.1562", p[0] - 1) and rounds("0.1142", p[1]) and rounds("0.0420", p[2])); L.step(R("-0.1562") + R("0.1142") + R("0.0420") == 0)
zs = sp.symbols("z1:4", real=True)
lse = sp.log(sum(sp.exp(q) for q in zs))
L.step(same(-sp.log(sp.exp(zs[0]) / sum(sp.exp(q) for q in zs)), -zs[0] + lse, list(zs), positive=False))
L.step(all(same(sp.diff(lse, zs[j]), sp.exp(zs[j]) / sum(sp.exp(q) for q in zs), list(zs), positive=False) for j in range(3)))
z1, z2 = sp.symbols("z1 z2", real=True)
L.step(True, note="two-class softmax written out"); L.step(same(sp.exp(z1) / (sp.exp(z1) + sp.exp(z2)), sig(z1 - z2), [z1, z2], positive=False))
ST = sum(sp.exp(sp.Rational(q, 2)) for q in zl)
L.step(sp.simplify(sp.exp(1) / ST - sp.exp(1) / (sp.exp(1) + sp.exp(0) + sp.exp(-R("0.5")))) == 0)
L.step(substituted(sp.exp(1) / ST, lambda a, d: a / d, "~2.7183", "~4.3248") and rounds("4.3248", ST)); L.step(rounds("0.6285", R("2.7183") / R("4.3248"), sp.exp(1) / ST))
L.done()
