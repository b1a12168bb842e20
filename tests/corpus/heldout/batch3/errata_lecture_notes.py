"""Labels for errata_lecture_notes.tex: an errata list, each item the printed (mostly wrong) relation
and its correction: sigmoid/tanh values and derivatives, series, limits, integrals, Bernoulli
variance and entropy, Jensen, a variance MLE and a Bayes denominator carried, LSE bounds and
gradient, CE and MSE gradients, weight decay, inverted-dropout mean and variance."""
import random
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from sympy import stats  # noqa: E402
from truth import Labels, R, rounds, same  # noqa: E402

L = Labels("batch3/errata_lecture_notes.tex")
x = sp.Symbol("x", real=True)
sig = 1 / (1 + sp.exp(-x))
L.define(3)
L.step(same(sp.diff(sig, x), sig * (1 + sig), positive=False)); L.step(same(sp.diff(sig, x), sig * (1 - sig), positive=False))
L.step(rounds("0.6252", sig.subs(x, R("0.5")))); L.step(rounds("0.6225", sig.subs(x, R("0.5"))))
L.step(rounds("0.7163", sp.tanh(1))); L.step(rounds("0.7616", sp.tanh(1)))
L.step(same(sp.diff(sp.log(x ** 2 + 1), x), 2 * x / (x ** 2 + 1) ** 2))
ser = lambda e, k: sp.series(e, x, 0, k).removeO()
L.step(sp.expand(ser(sp.exp(-x), 4) - (1 - x + x ** 2 - x ** 3)) == 0)
L.step(sp.expand(ser(sp.exp(-x), 4) - (1 - x + x ** 2 / 2 - x ** 3 / 6)) == 0)
lim = sp.limit((sp.exp(2 * x) - 1) / x, x, 0)
L.step(lim == 1); L.step(lim == 2)
I = sp.integrate(x * sp.exp(-x), (x, 0, sp.oo))
L.step(I == 2); L.step(I == sp.gamma(2)); L.step(sp.gamma(2) == 1)
mu, s = sp.Symbol("mu", real=True), sp.Symbol("sigma", positive=True)
dens = sp.exp(-(x - mu) ** 2 / (2 * s ** 2)) / (s * sp.sqrt(2 * sp.pi))
L.step(sp.simplify(sp.integrate(dens, (x, -sp.oo, sp.oo)) - s * sp.sqrt(2 * sp.pi)) == 0)
p = sp.Symbol("p", positive=True)
varb = p * 1 - p ** 2                                # E X^2 - (E X)^2 for a Bernoulli(p)
L.step(same(varb, p ** 2 * (1 - p), symbols=[p])); L.step(same(varb, p * (1 - p), symbols=[p]))
pu = sp.Symbol("p", positive=True)
H = -pu * sp.log(pu) - (1 - pu) * sp.log(1 - pu)
pts = [sp.Rational(k, 10) for k in (1, 3, 7, 9)]
L.step(all(sp.simplify(sp.diff(H, pu).subs(pu, v) - sp.log(v / (1 - v))) == 0 for v in pts))
L.step(all(sp.simplify(sp.diff(H, pu).subs(pu, v) - sp.log((1 - v) / v)) == 0 for v in pts))
rng = random.Random(5)
dists = []
for _ in range(6):
    vals = [sp.Rational(rng.randint(1, 40), 4) for _ in range(4)]
    w = [rng.randint(1, 9) for _ in vals]
    dists.append([(v, sp.Rational(wi, sum(w))) for v, wi in zip(vals, w)])
E = lambda d, f: sum(q * f(v) for v, q in d)
L.step(all(sp.N(sp.log(E(d, lambda v: v))) <= sp.N(E(d, sp.log)) for d in dists))
L.step(all(sp.N(sp.log(E(d, lambda v: v))) >= sp.N(E(d, sp.log)) for d in dists))
data = [1, 2, 3, 4]
s2 = sp.Rational(sum((v - sp.Rational(5, 2)) ** 2 for v in data), 4)
L.step(s2 == sp.Rational(5, 3)); L.step(rounds("1.6667", sp.Rational(5, 3)))
L.step(rounds("1.2910", sp.sqrt(s2)), carried=rounds("1.2910", sp.sqrt(sp.Rational(5, 3))))
L.step(rounds("0.6455", sp.sqrt(s2) / 2), carried=rounds("0.6455", sp.sqrt(sp.Rational(5, 3)) / 2))
L.step(s2 == sp.Rational(5, 4)); L.step(sp.Rational(5, 4) == R("1.25")); L.step(rounds("1.1180", sp.sqrt(s2))); L.step(rounds("0.5590", sp.sqrt(s2) / 2))
lam = sp.Symbol("lambda", positive=True)
xs = [3, 0, 2, 5, 1]
ll = sum(v * sp.log(lam) - lam for v in xs)
mle = sp.solve(sp.diff(ll, lam), lam)[0]
L.step(mle == sp.Rational(len(xs), sum(xs))); L.step(mle == sp.Rational(sum(xs), len(xs))); L.step(True, note="(1/n) sum x_i is the mean")
prev, sens, fpr = R("0.01"), R("0.9"), R("0.05")
ppos = prev * sens + (1 - prev) * fpr
L.step(ppos == R("0.009") + R("0.0495")); L.step(R("0.009") + R("0.0495") == R("0.0545"))
L.step(prev * sens / ppos == R("0.009") / R("0.0545"), carried=True); L.step(rounds("0.1651", R("0.009") / R("0.0545")))
L.step(ppos == R("0.0585")); L.step(prev * sens / ppos == R("0.009") / R("0.0585")); L.step(rounds("0.1538", R("0.009") / R("0.0585")))
z = sp.symbols("z1:4", real=True)
lse = sp.log(sum(sp.exp(v) for v in z))
L.step(same(sp.diff(lse, z[0]), sp.exp(z[0]), positive=False))
L.step(same(sp.diff(lse, z[0]), sp.exp(z[0]) / sum(sp.exp(v) for v in z), positive=False)); L.step(True, note="definition of softmax")
pts = [[sp.Rational(rng.randint(-30, 30), 7) for _ in z] for _ in range(6)]
val = lambda pt: sp.N(lse.subs(dict(zip(z, pt))))
L.step(all(val(pt) <= max(pt) for pt in pts))
L.step(all(max(pt) <= val(pt) for pt in pts)); L.step(all(val(pt) <= sp.N(max(pt) + sp.log(3)) for pt in pts))
l2 = sp.log(sp.exp(1000) + sp.exp(1000))
L.step(sp.simplify(l2 - sp.log(2)) == 0); L.step(rounds("0.6931", sp.log(2)))
L.step(sp.simplify(l2 - 1000 - sp.log(2)) == 0); L.step(rounds("1000.6931", 1000 + sp.log(2)))
ce = -sp.log(sp.exp(z[0]) / sum(sp.exp(v) for v in z))          # label y = 1
pvec = [sp.exp(v) / sum(sp.exp(u) for u in z) for v in z]
L.step(all(same(sp.diff(ce, z[k]), (1 if k == 0 else 0) - pvec[k], positive=False) for k in range(3)))
w, y = sp.symbols("w y", real=True)
L.step(same(sp.diff((w * x - y) ** 2 / 2, w), w * x - y, positive=False)); L.step(same(sp.diff((w * x - y) ** 2 / 2, w), (w * x - y) * x, positive=False))
W = sp.symbols("w1:4", real=True); lm = sp.Symbol("lambda", positive=True)
pen = lm / 2 * sum(c ** 2 for c in W)
L.step(all(same(sp.diff(pen, c), 2 * lm * c) for c in W)); L.step(all(same(sp.diff(pen, c), lm * c) for c in W))
h = sp.Symbol("h", positive=True)
Eh = p * (h / p) + (1 - p) * 0
Eh2 = p * (h / p) ** 2
L.step(same(Eh, p * h, symbols=[p, h])); L.step(True, note="expectation over m"); L.step(sp.simplify(Eh - h) == 0)
V = sp.simplify(Eh2 - Eh ** 2)
L.step(same(V, h ** 2 * p * (1 - p), symbols=[p, h])); L.step(True, note="Var = E X^2 - (E X)^2 with E = h")
L.step(same(Eh2 - h ** 2, h ** 2 / p - h ** 2, symbols=[p, h])); L.step(same(h ** 2 / p - h ** 2, h ** 2 * (1 - p) / p, symbols=[p, h]))
L.define(2)
L.step(V.subs({p: R("0.8"), h: 2}) == 4 * R("0.2") / R("0.8")); L.step(4 * R("0.2") / R("0.8") == 1)
Zs = stats.Normal("Z", 0, 1)
ez = sp.simplify(stats.E(sp.Max(0, Zs)))
L.step(ez == 0); L.step(sp.simplify(ez - 1 / sp.sqrt(2 * sp.pi)) == 0); L.step(rounds("0.3989", 1 / sp.sqrt(2 * sp.pi)))
L.step(all(sp.diff(sp.Max(0, x), x).subs(x, v) == 1 for v in (R("-1.5"), R("0.5"))))
L.define()
L.step(sp.exp(2) / (sp.exp(1) + sp.exp(2)) == sp.exp(2) / (sp.E + sp.exp(2))); L.step(rounds("0.7311", sp.exp(2) / (sp.E + sp.exp(2))))
# a random 2-d distribution on 4 points, exact
pts2 = [(sp.Rational(rng.randint(-9, 9), 2), sp.Rational(rng.randint(-9, 9), 3)) for _ in range(4)]
wts = [rng.randint(1, 9) for _ in pts2]
probs = [sp.Rational(k, sum(wts)) for k in wts]
Am = sp.Matrix([[2, 1], [-1, 3]])
from functools import reduce  # noqa: E402
Ex = lambda f: reduce(lambda u, v: u + v, [q * f(sp.Matrix(pt)) for pt, q in zip(pts2, probs)])
mu2 = Ex(lambda v: v)
Sig = Ex(lambda v: (v - mu2) * (v - mu2).T)
lhs = Ex(lambda v: (v.T * Am * v)[0])
L.step(lhs == (mu2.T * Am * mu2)[0]); L.step(lhs == (Am * Sig).trace() + (mu2.T * Am * mu2)[0])
L.step(rounds("0.6931", sp.log(sp.E, 2))); L.step(rounds("1.4427", sp.log(sp.E, 2)))
av = sp.Matrix([1, -2])
L.step(Ex(lambda v: ((av.T * v)[0] - (av.T * mu2)[0]) ** 2) == (av.T * Sig * av)[0])
L.done()
