"""Labels for ieeetran_ieeeeqnarray_logistic_sgd.tex: a course report in IEEEtran with IEEEeqnarray (rCl,
&=&, \\IEEEyesnumber), plain-TeX `{a \\over b}` fractions, `\\gets` updates: the logistic loss's gradient and
Hessian, one SGD epoch on three examples, odds and weight decay. Slips: d/dz log sigma = sigma;
log 2 = 0.3010 (base 10 in a natural-log report); z3 without the bias, carried into exp(-z3), p3, p3 - y,
w3, b3, the example's loss and the odds factor exp(w2); the reviewer's notes."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch9/ieeetran_ieeeeqnarray_logistic_sgd.tex")
z, p, y = sp.symbols("z p y")
sig = lambda u: 1 / (1 + sp.exp(-u))
L.define(3, "p, z, sigma"); L.define(note="loss")
L.step(same(sp.diff(sig(z), z), sp.exp(-z) / (1 + sp.exp(-z)) ** 2, positive=False))
L.step(same(sp.exp(-z) / (1 + sp.exp(-z)) ** 2, sig(z) * (1 - sig(z)), positive=False))
L.step(same(1 - sig(z), sig(-z), positive=False))
ell = -y * sp.log(p) - (1 - y) * sp.log(1 - p)
L.step(sp.simplify(sp.diff(ell, p) - (-y / p + (1 - y) / (1 - p))) == 0)
ys = sp.symbols("ys")
ellz = -ys * sp.log(sig(z)) - (1 - ys) * sp.log(1 - sig(z))
L.step(same(sp.diff(ellz, z), (-ys / sig(z) + (1 - ys) / (1 - sig(z))) * sig(z) * (1 - sig(z)), positive=False))
L.step(same((-y / p + (1 - y) / (1 - p)) * p * (1 - p), -y * (1 - p) + (1 - y) * p, symbols=[p, y]))
L.step(same(-y * (1 - p) + (1 - y) * p, p - y, symbols=[p, y]))
L.step(same(sp.diff(sp.log(sig(z)), z), sig(z), positive=False), note="1 - sigma")
w1, w2, b, x1, x2 = sp.symbols("w1 w2 b x1 x2")
zz = w1 * x1 + w2 * x2 + b
lw = ellz.subs(z, zz)
L.step(same(sp.diff(lw, w1), (sig(zz) - ys) * x1, positive=False) and same(sp.diff(lw, w2), (sig(zz) - ys) * x2, positive=False))
L.step(same(sp.diff(lw, b), sig(zz) - ys, positive=False))
L.step(same(sp.diff(lw, w1, w2), sig(zz) * (1 - sig(zz)) * x1 * x2, positive=False) and same(sp.diff(lw, w1, 2), sig(zz) * (1 - sig(zz)) * x1**2, positive=False))
L.define(2, "SGD rules")
X = [(1, 2), (2, -1), (-1, 1)]; Y = [1, 0, 1]; eta = R("0.5")
L.define(6, "data"); L.define(3, "w0, b0, eta")
L.step(sig(0) == R("0.5")); L.step(True, note="R(w0) = mean of -log 0.5 = log 2"); L.step(rounds("0.3010", sp.log(2), approx=True), note="ln 2 = 0.6931")
# exact SGD
W, B = [sp.Integer(0), sp.Integer(0)], sp.Integer(0)
hist = []
for xv, yv in zip(X, Y):
    zv = W[0] * xv[0] + W[1] * xv[1] + B; pv = sig(zv); g = pv - yv
    W = [W[0] - eta * g * xv[0], W[1] - eta * g * xv[1]]; B = B - eta * g
    hist.append((zv, pv, g, tuple(W), B))
(z1, p1, g1, W1, B1), (z2, p2, g2, W2, B2), (z3, p3, g3, W3, B3) = hist
L.step(z1 == 0); L.step(p1 == R("0.5")); L.step(g1 == R("-0.5"))
L.step(W1 == (0 - eta * R("-0.5") * 1, 0 - eta * R("-0.5") * 2)); L.step(W1 == (R("0.25"), R("0.5")))
L.step(B1 == 0 - eta * R("-0.5")); L.step(B1 == R("0.25"))
H = p1 * (1 - p1) * sp.Matrix([1, 2]) * sp.Matrix([[1, 2]])
L.step(H == R("0.25") * sp.Matrix([[1, 2], [2, 4]]))
L.step(z2 == R("0.25") * 2 + R("0.5") * (-1) + R("0.25")); L.step(z2 == R("0.25"))
L.step(p2 == 1 / (1 + sp.exp(-R("0.25")))); L.step(substituted(p2, lambda d: 1 / d, "~1.7788")); L.step(rounds("0.5622", p2))
L.step(substituted(W2[0], lambda s: R("0.25") - s * 2, "~0.2811") and substituted(W2[1], lambda s: R("0.5") + s, "~0.2811"))
L.step(R("0.25") - R("0.5622") == R("-0.3122") and R("0.5") + R("0.2811") == R("0.7811"))
L.step(substituted(B2, lambda s: R("0.25") - s, "~0.2811")); L.step(R("0.25") - R("0.2811") == R("-0.0311"))
L.step(substituted(eta * g2, lambda q: R("0.5") * q, "~0.5622")); L.step(R("0.5") * R("0.5622") == R("0.2811"))
l2 = -sp.log(1 - p2)
L.step(substituted(l2, lambda q: -sp.log(1 - q), "~0.5622")); L.step(rounds("0.8260", l2, -sp.log(1 - R("0.5622")), approx=True))
Z3 = R("0.3122") + R("0.7811")                           # the writer's z3, without b
L.step(substituted(z3, lambda u, v: -u * (-1) + v * 1, "~-0.3122", "~0.7811"), note="b2 dropped")
L.step(True, note="the arithmetic of the line"); L.step(Z3 == R("1.0933"))
L.step(rounds("0.3351", sp.exp(-z3)), carried=True); L.step(rounds("0.3351", sp.exp(-R("1.0933")), approx=True))
L.step(substituted(p3, lambda d: 1 / d, "~1.3351"), carried=True); L.step(rounds("0.7490", 1 / R("1.3351")))
L.step(rounds("-0.2510", g3), carried=rounds("-0.2510", R("0.7490") - 1))
L.step(substituted(W3[0], lambda u, s: u - s, "~-0.3122", "~0.1255") and substituted(W3[1], lambda u, s: u + s, "~0.7811", "~0.1255"), carried=True)
L.step(R("-0.3122") - R("0.1255") == R("-0.4377") and R("0.7811") + R("0.1255") == R("0.9066"))
L.step(substituted(B3, lambda u, s: u + s, "~-0.0311", "~0.1255"), carried=True); L.step(R("-0.0311") + R("0.1255") == R("0.0944"))
L.step(R("0.5") * R("0.2510") == R("0.1255"))
l3 = -sp.log(p3)
L.step(substituted(l3, lambda q: -sp.log(q), "~0.7490"), carried=True); L.step(rounds("0.2890", -sp.log(R("0.7490")), approx=True))
L.step(R("0.2890") < R("0.3010"))
# interpretation
L.step(same(sp.log(sig(z) / (1 - sig(z))), z, positive=False)); L.define(note="p = 0.75")
L.step(sp.log(R("0.75") / R("0.25")) == sp.log(3)); L.step(rounds("1.0986", sp.log(3), approx=True))
L.step(substituted(sp.exp(W3[1]), sp.exp, "~0.9066"), carried=True); L.step(rounds("2.4759", sp.exp(R("0.9066")), approx=True))
lam = sp.symbols("lambda")
L.step(sp.diff(lam / 2 * (w1**2 + w2**2), w1) == lam * w1)
L.define(note="decay rule")
L.define(note="lambda = 0.1"); L.step(1 - R("0.5") * R("0.1") == R("0.95")); L.define(note="w0 = 0")
Wd2 = [R("0.95") * W1[0] - eta * g2 * 2, R("0.95") * W1[1] - eta * g2 * (-1)]
L.step(substituted(Wd2[0], lambda s: R("0.95") * R("0.25") - s * 2, "~0.2811") and substituted(Wd2[1], lambda s: R("0.95") * R("0.5") + s, "~0.2811"))
L.step(R("0.95") * R("0.25") == R("0.2375") and R("0.95") * R("0.5") == R("0.475"))
L.step(R("0.2375") - R("0.5622") == R("-0.3247") and R("0.475") + R("0.2811") == R("0.7561"))
# reviewer
L.step(rounds("0.6931", sp.log(2), approx=True)); L.step(same(sp.diff(sp.log(sig(z)), z), 1 - sig(z), positive=False))
L.step(substituted(z3, lambda u, v, c: u + v + c, "~0.3122", "~0.7811", "~-0.0311")); L.step(R("0.3122") + R("0.7811") - R("0.0311") == R("1.0622"))
L.step(rounds("0.7431", p3, approx=True)); L.step(rounds("-0.4406", W3[0], approx=True) and rounds("0.9095", W3[1], approx=True))
L.step(rounds("0.0974", B3, approx=True)); L.step(rounds("2.4831", sp.exp(W3[1]), approx=True))
L.done()
