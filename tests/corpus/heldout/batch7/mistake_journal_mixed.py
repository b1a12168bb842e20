"""Labels for mistake_journal_mixed.tex: a student's mistake journal, each entry the wrong line as
written and the right one: log of a sum, d/dx x^x, a missing inner derivative, the softmax Jacobian off
the diagonal, -log sigma, E[X^2] vs (EX)^2, transpose and inverse of a product, tanh(1) given sigma(1),
Var(3X), the exponential mean, a limit, a geometric sum, a Laplace prior as ridge, Bayes without the
prior, gradient ascent for descent, Cov(X, X + Y), the gradient of a norm."""
import random
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from sympy.stats import DiscreteUniform, Exponential, E as Ex, variance, covariance  # noqa: E402
from truth import Labels, R, rounds, same  # noqa: E402

L = Labels("batch7/mistake_journal_mixed.tex")
a, b, x, z = sp.symbols("a b x z", positive=True)
L.step(same(sp.log(a + b), sp.log(a) + sp.log(b), [a, b])); L.step(same(sp.log(a * b), sp.log(a) + sp.log(b), [a, b])); L.define(note="a, b > 0")
L.step(same(sp.diff(x**x, x), x * x**(x - 1), [x])); L.step(same(sp.diff(x**x, x), sp.diff(sp.exp(x * sp.log(x)), x), [x]))
L.step(same(sp.diff(sp.exp(x * sp.log(x)), x), x**x * (sp.log(x) + 1), [x]))
xr = sp.Symbol("xr", real=True)
g = sp.exp(-xr**2 / 2)
L.step(same(sp.diff(g, xr), g, [xr], positive=False)); L.step(same(sp.diff(g, xr), -xr * g, [xr], positive=False))
zs = sp.symbols("z1:4", real=True)
den = sum(sp.exp(v) for v in zs); p = [sp.exp(v) / den for v in zs]
L.define(note="i != j")
L.step(same(sp.diff(p[0], zs[1]), p[0] * (1 - p[1]), list(zs), positive=False))
L.define(note="p = softmax(z)")
L.step(same(sp.diff(p[0], zs[1]), -p[0] * p[1], list(zs), positive=False))
s = lambda v: 1 / (1 + sp.exp(-v))
zr = sp.Symbol("zr", real=True)
f = -sp.log(s(zr))
L.step(same(sp.diff(f, zr), -1 / s(zr), [zr], positive=False))
L.step(same(sp.diff(f, zr), -sp.diff(s(zr), zr) / s(zr), [zr], positive=False)); L.step(same(-sp.diff(s(zr), zr) / s(zr), s(zr) - 1, [zr], positive=False))
X = DiscreteUniform("X", [1, 2, 6])
L.step(Ex(X**2) <= Ex(X)**2); L.step(Ex(X**2) >= Ex(X)**2)
L.step(sp.simplify(variance(X) - (Ex(X**2) - Ex(X)**2)) == 0); L.step(variance(X) >= 0)
rng = random.Random(2)
M = lambda: sp.Matrix(2, 2, lambda i, j: sp.Rational(rng.randint(-9, 9), rng.randint(1, 4)) + (5 if i == j else 0))
A_, B_ = M(), M()
L.step((A_ * B_).T == A_.T * B_.T); L.step((A_ * B_).inv() == A_.inv() * B_.inv())
L.step((A_ * B_).T == B_.T * A_.T); L.step((A_ * B_).inv() == B_.inv() * A_.inv())
L.step(rounds("0.7311", sp.tanh(1))); L.step(rounds("0.7616", sp.tanh(1))); L.step(same(sp.tanh(xr), 2 * s(2 * xr) - 1, [xr], positive=False))
L.step(rounds("0.7616", 2 * R("0.8808") - 1, 2 * s(2) - 1) and abs(s(2) - R("0.8808")) < R("0.00005")); L.step(rounds("0.7616", 2 * R("0.8808") - 1))
L.step(variance(3 * X) == 3 * variance(X)); L.step(variance(3 * X) == 9 * variance(X)); L.step(variance(3 * X + 5) == 9 * variance(X))
T = Exponential("T", 4)
L.define(note="lambda = 4"); L.step(Ex(T) == 4); L.step(Ex(T) == sp.Rational(1, 4)); L.step(sp.Rational(1, 4) == R("0.25"))
L.step(sp.limit((sp.exp(2 * xr) - 1) / xr, xr, 0) == 1); L.step(sp.limit((sp.exp(2 * xr) - 1) / xr, xr, 0) == 2)
L.step(sp.series(sp.exp(2 * xr) - 1, xr, 0, 2).removeO() == 2 * xr)
n = sp.Symbol("n", integer=True, nonnegative=True); k = sp.Symbol("k", integer=True)
geo = sp.summation(2**k, (k, 0, n))
L.step(sp.simplify(geo - 2**(n + 1)) == 0); L.step(sp.simplify(geo - (2**(n + 1) - 1)) == 0)
L.define(note="n = 1"); L.step(1 + 2 == 3 == geo.subs(n, 1))
w, bb = sp.symbols("w b", positive=True)                  # 1-d, w > 0 (and w < 0 by symmetry)
nlp = -sp.log(sp.exp(-w / bb) / (2 * bb))
L.define(note="Laplace prior")
L.step(sp.simplify(sp.diff(nlp - w**2 / bb, w)) == 0)
L.step(sp.simplify(sp.diff(nlp - w / bb, w)) == 0)
PA, PB, PBA = R("0.3"), R("0.2"), R("0.5")                 # an instance: P(B) = P(B|A)P(A) + P(B|not A)P(not A)
PBnA = (PB - PBA * PA) / (1 - PA)
PAB = PBA * PA / PB
L.step(PAB == PBA / PB); L.step(PAB == PBA * PA / PB and 0 <= PBnA <= 1)
L.step(False, note="w + eta grad L ascends"); L.define(note="descent rule")
Y = DiscreteUniform("Y", [0, 3])
L.step(covariance(X, X + Y) == 0); L.step(covariance(X, X + Y) == variance(X) + covariance(X, Y)); L.step(variance(X) + covariance(X, Y) == variance(X))
xs = sp.Matrix(sp.symbols("x1:4", real=True)); nrm = sp.sqrt((xs.T * xs)[0])
grad = sp.Matrix([sp.diff(nrm, v) for v in xs])
pt = {xs[0]: R("0.5"), xs[1]: -2, xs[2]: R("1.5")}
L.step(sp.simplify((grad - xs / nrm**2).subs(pt)) == sp.zeros(3, 1)); L.step(sp.simplify((grad - xs / nrm).subs(pt)) == sp.zeros(3, 1))
L.define(note="x != 0")
L.done()
