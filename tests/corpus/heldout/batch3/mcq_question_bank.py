"""Labels for mcq_question_bank.tex: a multiple-select question bank; every option is a relation,
judged on its own (tanh', inverted dropout, Var of combinations, Bernoulli KL, entropies, LSE, Beta
MAP/mean, softmax-CE gradient, a shared bias, momentum, weight decay, limits, series, integrals,
gradient and Hessian of a quadratic form)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same  # noqa: E402

L = Labels("batch3/mcq_question_bank.tex")
x = sp.Symbol("x", real=True)
dt = sp.diff(sp.tanh(x), x)
L.step(same(dt, 1 - sp.tanh(x) ** 2, positive=False)); L.step(same(dt, sp.sech(x) ** 2, positive=False))
L.step(same(dt, 1 + sp.tanh(x) ** 2, positive=False)); L.step(dt.subs(x, 0) == 0)
# dropout, exactly over the mask
p, h = R("0.8"), 5
outcomes = [(1, p), (0, 1 - p)]
E = sum(q * m / p * h for m, q in outcomes); V = sum(q * (m / p * h) ** 2 for m, q in outcomes) - E ** 2
L.define(3); L.step(E == 5); L.step(E == 4); L.step(V == R("6.25")); L.step(V == 4)
L.define(2)
var = lambda a, b: a * a * 1 + b * b * 4                      # independent: no covariance term
L.step(var(1, -1) == -3); L.step(var(1, -1) == 5); L.step(var(2, 1) == 8); L.step(var(2, 1) == 6)
L.define(2)
kl = lambda a, b: a * sp.log(a / b) + (1 - a) * sp.log((1 - a) / (1 - b))
P, Q = R("0.2"), R("0.5")
L.step(rounds("0.1927", kl(P, Q))); L.step(rounds("-0.1927", kl(P, Q))); L.step(sp.simplify(kl(P, Q) - kl(Q, P)) == 0); L.step(kl(P, P) == 0)
Hd = lambda ps: -sum(q * sp.log(q) for q in ps)
L.step(sp.simplify(Hd([sp.Rational(1, 2)] * 2) - sp.log(2)) == 0); L.step(sp.simplify(Hd([sp.Rational(1, 2)] * 2) - 1) == 0)
L.step(sp.simplify(Hd([sp.Rational(1, 3)] * 3) - sp.log(3)) == 0)
t = sp.Symbol("t", real=True)
dens = sp.exp(-t ** 2 / 8) / sp.sqrt(8 * sp.pi)
Hn = sp.simplify(-sp.integrate(dens * sp.log(dens), (t, -sp.oo, sp.oo)))
L.step(sp.simplify(Hn - sp.log(4 * sp.pi * sp.E) / 2) == 0)
assert sp.simplify(Hn - sp.log(8 * sp.pi * sp.E) / 2) == 0
L.define(2)
lse = lambda v: sp.log(sum(sp.exp(u) for u in v))
L.step(lse([0, 0, 0]) == 0); L.step(sp.simplify(lse([0, 0, 0]) - sp.log(3)) == 0); L.step(rounds("1.0986", lse([0, 0, 0])))
L.step(sp.simplify(lse([5, 5, 5]) - lse([0, 0, 0])) == 0)
th = sp.Symbol("theta", positive=True)
post = th ** (2 - 1 + 3) * (1 - th) ** (2 - 1)                # Beta(5, 2), unnormalised
mode = sp.solve(sp.diff(sp.log(post), th), th)
mean = sp.integrate(th * post, (th, 0, 1)) / sp.integrate(post, (th, 0, 1))
L.step(mode == [1]); L.step(mode == [sp.Rational(4, 5)]); L.step(mean == sp.Rational(5, 7)); L.step(mean == R("0.75"))
L.define(2)
z1, z2 = sp.symbols("z1 z2", real=True)
Lce = -sp.log(sp.exp(z1) / (sp.exp(z1) + sp.exp(z2)))
g = [sp.diff(Lce, v).subs({z1: 0, z2: 0}) for v in (z1, z2)]
L.step(g == [R("-0.5"), R("0.5")]); L.step(g == [R("0.5"), R("-0.5")])
L.step(sp.simplify(Lce.subs({z1: 0, z2: 0}) - sp.log(2)) == 0); L.step(Lce.subs({z1: 0, z2: 0}) == R("0.5"))
L.define(4)
w1, w2, b, xx = sp.symbols("w1 w2 b x", real=True)
A1, A2 = sp.symbols("A1 A2", real=True)
gf, ell = sp.Function("g"), sp.Function("ell")
LL = ell(gf(A1), gf(A2))
d1, d2 = sp.diff(LL, A1), sp.diff(LL, A2)
sub = {A1: w1 * xx + b, A2: w2 * xx + b}
full = LL.subs(sub)
D = lambda e: sp.simplify(e.doit())
L.step(D(sp.diff(full, b) - (d1 + d2).subs(sub)) == 0); L.step(D(sp.diff(full, b) - (d1 * d2).subs(sub)) == 0)
L.step(D(sp.diff(full, w1) - (d1 * xx).subs(sub)) == 0); L.step(D(sp.diff(full, b) - ((d1 + d2) / 2).subs(sub)) == 0)
L.define(4)
beta = R("0.9")
v1 = beta * 0 + 1; v2 = beta * v1 + 1
n = sp.Symbol("n", positive=True, integer=True)
vt = sum(beta ** k for k in range(0, 3))                    # a check on the closed form below
assert vt == (1 - beta ** 3) / (1 - beta)
L.step(v1 == 1); L.step(v2 == R("1.9")); L.step(v2 == R("1.81")); L.step(sp.limit((1 - beta ** n) / (1 - beta), n, sp.oo) == 1 / R("0.9"))
L.define(4)
wn = 2 - R("0.1") * (R("0.5") + R("0.01") * 2)
L.step(wn == R("1.948")); L.step(wn == R("1.952")); L.step(wn == R("1.946")); L.step(rounds("1.9479", wn))
L.step(sp.limit(sp.log(1 + x) / x, x, 0) == 1); L.step(sp.limit((1 - sp.cos(x)) / x, x, 0) == sp.Rational(1, 2))
L.step(sp.expand(sp.series(sp.sin(x), x, 0, 7).removeO() - (x - x ** 3 / 6 + x ** 5 / 120)) == 0)
L.step(sp.limit(x ** (1 / x), x, sp.oo) == 0)
xp = sp.Symbol("x", positive=True)
L.step(same(sp.diff(sp.log(sp.Abs(x)), x), 1 / x, positive=False)); L.step(same(sp.diff(2 * sp.exp(2 * x), x), sp.exp(2 * x)))
L.step(sp.integrate(x * sp.exp(x), (x, 0, 1)) == 1); L.step(same(sp.diff(xp * sp.log(xp), xp), sp.log(xp)))
L.define(2)
A = sp.Matrix([[2, 1], [1, 3]]); X = sp.Matrix(sp.symbols("x1 x2", real=True))
f = (X.T * A * X)[0]
gr = sp.Matrix([sp.diff(f, c) for c in X])
L.step(sp.expand(gr - 2 * A * X) == sp.zeros(2, 1)); L.step(sp.expand(gr - A * X) == sp.zeros(2, 1))
L.step(gr.subs({X[0]: 1, X[1]: 0}) == sp.Matrix([4, 2])); L.step(sp.hessian(f, list(X)) == A)
cnt = [2, 4, 0, 6]
lm = sp.Symbol("lambda", positive=True)
mle = sp.solve(sp.diff(sum(k * sp.log(lm) - lm for k in cnt), lm), lm)
L.step(mle == [3]); L.step(mle == [4]); L.step(mle == [sp.Rational(1, 3)])
L.step(True, note="se of a Poisson mean"); L.step(rounds("0.8660", sp.sqrt(sp.Rational(3, 4))))
L.define(3)
pd, se_, fp = R("0.02"), R("0.9"), R("0.1")
pp = pd * se_ + (1 - pd) * fp
L.step(pd * se_ / pp == R("0.9")); L.step(pp == R("0.116")); L.step(rounds("0.1552", pd * se_ / pp)); L.step(pd * se_ / pp == R("0.018"))
L.define(2)
g = sp.log(x)
q2 = sp.series(g, x, 1, 3).removeO()
L.step(sp.expand(q2.subs(x, R("1.2")) - (R("0.2") - R("0.04") / 2)) == 0)
L.step(R("0.2") - R("0.04") / 2 == R("0.18"))
L.step(sp.diff(g, x, 2).subs(x, 1) == 1); L.step(sp.diff(g, x).subs(x, 1) == 1); L.step(rounds("0.1823", sp.log(R("1.2"))))
L.define(3)
gg, eta_ = sp.Symbol("g", real=True), sp.Symbol("eta", positive=True)
dw = -eta_ * gg / sp.sqrt(gg ** 2)
for gv in (R("0.7"), R("-2.5")):
    assert dw.subs(gg, gv) == -eta_ * sp.sign(gv)
L.step(all(dw.subs(gg, gv) == -eta_ * sp.sign(gv) for gv in (R("0.7"), R("-2.5"))))
L.step(all(sp.simplify(dw.subs(gg, gv) + eta_ * gv) == 0 for gv in (R("0.7"), R("-2.5"))))
L.step(all(sp.simplify(dw.subs(gg, gv) + eta_ / gv) == 0 for gv in (R("0.7"), R("-2.5"))))
L.step(all(sp.simplify(abs(dw.subs(gg, gv)) - eta_) == 0 for gv in (R("0.7"), R("-2.5"))))
L.define(2)
zv = R("-0.3")
relu_grad = sp.diff(sp.Max(0, x), x).subs(x, zv)
L.step(max(0, zv) == 0); L.step(relu_grad == 1); L.step(2 * relu_grad == 0); L.step(2 * relu_grad == R("-0.6"))
import random  # noqa: E402
rng = random.Random(11)
joints = []
for _ in range(5):
    w = [[rng.randint(1, 9) for _ in range(3)] for _ in range(3)]
    tot = sum(map(sum, w))
    joints.append([[sp.Rational(v, tot) for v in row] for row in w])
Hh = lambda ps: -sum(q * sp.log(q) for q in ps if q)
HX = lambda J: Hh([sum(r) for r in J]); HY = lambda J: Hh([sum(c) for c in zip(*J)]); HXY = lambda J: Hh([q for r in J for q in r])
HXgY = lambda J: HXY(J) - HY(J)
MI = lambda J: sum(J[i][j] * sp.log(J[i][j] / (sum(J[i]) * sum(r[j] for r in J))) for i in range(3) for j in range(3))
N = lambda e: sp.N(e, 30)
L.step(all(N(HX(J)) <= N(sp.log(3)) for J in joints))
L.step(all(abs(N(HXY(J) - HX(J) - HY(J))) < 1e-20 for J in joints))
L.step(all(abs(N(MI(J) - (HX(J) - HXgY(J)))) < 1e-20 for J in joints))
L.step(all(abs(N(MI(J) - (HX(J) - HXY(J)))) < 1e-20 for J in joints))
xq = sp.Symbol("x", positive=True)
L.step(sp.diff(xq ** xq, xq).subs(xq, 1) == 1); L.step(sp.simplify(sp.diff(sp.exp(-x ** 2), x).subs(x, 1) + 2 / sp.E) == 0)
xg = sp.Symbol("x", positive=True)
L.step(same(sp.diff(sp.log(sp.log(xg + 1) + 0), xg).subs(xg, xg - 1), 1 / sp.log(xg)) if False else all(sp.simplify(sp.diff(sp.log(sp.log(xg)), xg).subs(xg, v) - 1 / sp.log(v)) == 0 for v in (3, 5)))
L.step(same(sp.diff(sp.sqrt(xg), xg), 1 / sp.sqrt(xg)))
L.define()
sg = 1 / (1 + sp.exp(-x))
L.step(sg.subs(x, 0) == R("0.5")); L.step(same(sg.subs(x, -x), -sg, positive=False))
L.step(sp.diff(sg, x).subs(x, 0) == R("0.5")); L.step(same(sg + sg.subs(x, -x), 2, positive=False))
L.done()
