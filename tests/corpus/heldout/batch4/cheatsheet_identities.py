"""Labels for cheatsheet_identities.tex: a student's one-page exam cheat sheet of identities
(activations, derivatives, log rules, series, limits, entropy/KL, Jensen, moments, log-sum-exp),
with the slips such sheets have."""
import random
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same  # noqa: E402

L = Labels("batch4/cheatsheet_identities.tex")
x = sp.Symbol("x", real=True)
X = sp.Symbol("x", positive=True)
sig = lambda t: 1 / (1 + sp.exp(-t))
sp_ = lambda t: sp.log(1 + sp.exp(t))
L.define(3)
S = lambda a, b: same(a, b, [x], positive=False)
L.step(S(sp.diff(sig(x), x), sig(x) * (1 - sig(x)))); L.step(S(sig(-x), 1 - sig(x)))
L.step(S(sp.tanh(x), 2 * sig(2 * x) - 1)); L.step(S(sp.diff(sp.tanh(x), x), 1 - sp.tanh(x) ** 2))
L.step(S(sp.diff(sp.log(1 + sp.exp(x)), x), sig(x))); L.step(S(sp.diff(sp.log(1 + sp.exp(-x)), x), sig(x)))
L.step(S(sp_(x) - sp_(-x), x))
L.step(S(sp.diff(x * sig(x), x), sig(x) + x * sig(x) * (1 - sig(x))))
L.step(S(sp.diff(sig(x), x, 2), sig(x) * (1 - sig(x)) * (1 - 2 * sig(x))))
L.step(S(sp.diff(sp.tanh(x), x, 2), -2 * sp.tanh(x) * (1 - sp.tanh(x))))
L.step(S(sp.diff(sp.tanh(3 * x), x), 3 * (1 - sp.tanh(x) ** 2)))
L.step(S(sp.diff(sp.exp(-x ** 2 / 2), x), -x * sp.exp(-x ** 2 / 2))); L.step(S(sp.diff(sp.exp(sp.sin(x)), x), sp.cos(x) * sp.exp(sp.cos(x))))
L.step(same(sp.diff(X ** X, X), X ** X * sp.log(X))); L.step(same(sp.diff(sp.log(X, 2), X), 1 / X)); L.step(S(sp.diff(sp.atan(x), x), 1 / (1 + x ** 2)))
u = sp.Rational(1, 3)
L.step(sp.diff(sp.asin(x), x).subs(x, u) == 1 / sp.sqrt(1 + u ** 2))
Y, a, b = sp.Symbol("y", positive=True), sp.Symbol("a", real=True), sp.Symbol("b", real=True)
L.step(same(sp.log(X * Y), sp.log(X) + sp.log(Y))); L.step(same(sp.log(X + Y), sp.log(X) * sp.log(Y)))
L.step(same(sp.log(X ** 3), 3 * sp.log(X))); L.step(same(sp.exp(2 * sp.log(X)), X ** 2)); L.step(same(sp.exp(a) * sp.exp(b), sp.exp(a * b), positive=False))
L.step(same(sp.log(X / Y), -sp.log(Y / X)))


def series(f, terms, order):
    return sp.expand(sp.series(f, x, 0, order).removeO() - terms) == 0


L.step(series(sp.exp(x), 1 + x + x ** 2 / 2 + x ** 3 / 6, 4))
L.step(series(sp.log(1 + x), x - x ** 2 / 2 + x ** 3 / 3, 4), note="the pattern continues: (-1)^(k+1) x^k / k")
L.step(series(sig(x), sp.Rational(1, 2) + x / 4 + x ** 3 / 48, 5)); L.step(series(sp.tanh(x), x - x ** 3 / 3, 5))
L.step(series(sp.sqrt(1 + x), 1 + x / 2 - x ** 2 / 4, 3)); L.step(series(1 / (1 - x), 1 + x + x ** 2, 3))
L.step(series(sp.cos(x), 1 - x ** 2, 4)); L.step(series(sp_(x), sp.log(2) + x / 2 + x ** 2 / 8, 4))
n = sp.Symbol("n", positive=True)
L.step(sp.limit(sp.sin(x) / x, x, 0) == 1); L.step(sp.limit((sp.exp(x) - 1 - x) / x ** 2, x, 0) == sp.Rational(1, 2))
L.step(sp.limit((1 + 2 / n) ** n, n, sp.oo) == sp.exp(2)); L.step(sp.limit(X * sp.log(X), X, 0, "+") == 0)
L.step(sp.limit(x * (sig(x) - 1), x, sp.oo) == -1)
p, q = sp.symbols("p q", positive=True)
H = lambda pp: -pp * sp.log(pp) - (1 - pp) * sp.log(1 - pp)
L.step(True, note="Bernoulli entropy, by definition of -E[log p]")
L.step(same(H(sp.Rational(1, 2)), sp.log(2))); L.step(rounds("0.6931", sp.log(2)))
L.step(True, note="Bernoulli KL, by definition")
# Gaussian KL and entropy by integration
m1, m2 = sp.symbols("mu1 mu2", real=True)
s = sp.Symbol("s", positive=True)
npdf = lambda t, m, v: sp.exp(-(t - m) ** 2 / (2 * v)) / sp.sqrt(2 * sp.pi * v)
kl = lambda m_a, v_a, m_b, v_b: sp.simplify(sp.integrate(npdf(x, m_a, v_a) * (sp.log(npdf(x, m_a, v_a)) - sp.log(npdf(x, m_b, v_b))).expand(force=True), (x, -sp.oo, sp.oo)))
L.step(same(kl(m1, 1, m2, 1), (m1 - m2) ** 2 / 2, positive=False))
L.step(same(kl(0, s ** 2, 0, 1), (s ** 2 - 1 - sp.log(s ** 2)) / 2))
L.step(same(kl(0, 4, 0, 1), (4 - 1 - sp.log(4)) / 2)); L.step(rounds("0.8069", (3 - sp.log(4)) / 2))
ent = sp.simplify(sp.integrate(-npdf(x, 0, s ** 2) * sp.log(npdf(x, 0, s ** 2)).expand(force=True), (x, -sp.oo, sp.oo)))
L.step(same(ent, sp.log(2 * sp.pi * sp.E * s ** 2) / 2)); L.step(rounds("1.4189", sp.log(2 * sp.pi * sp.E) / 2))
P, Q = [R("0.2"), R("0.8")], [R("0.6"), R("0.4")]          # a counterexample to KL = H(p, q) + H(p)
KLpq = sum(u * sp.log(u / w) for u, w in zip(P, Q)); Hpq = -sum(u * sp.log(w) for u, w in zip(P, Q)); Hp = -sum(u * sp.log(u) for u in P)
L.step(same(KLpq, Hpq + Hp))
kb = R("0.5") * sp.log(R("0.5") / R("0.25")) + R("0.5") * sp.log(R("0.5") / R("0.75"))
L.step(same(kb, R("0.5") * sp.log(2) + R("0.5") * sp.log(sp.Rational(2, 3)))); L.step(rounds("0.1438", kb))
L.step(True, note="entropy of uniform on 8 in bits is log2 8"); L.step(sp.log(8, 2) == 3)
# Jensen: true in general (ln concave, x^2 and 1/x convex on x > 0); counterexamples for the wrong one
vals = [1, 3]
E = lambda f: sum(sp.sympify(f(v)) for v in vals) / len(vals)
L.step(True, note="Jensen, ln concave"); L.step(True, note="Var >= 0")
L.step(E(sp.exp) <= sp.exp(E(lambda v: v)), note="e^x convex: >=, counterexample X uniform on {1,3}")
L.step(True, note="1/x convex on x > 0"); L.define()
L.step(E(lambda v: v ** 2) == 5); L.step(5 >= 4); L.step(4 == E(lambda v: v) ** 2)
L.step(sp.log(2) == sp.log(E(lambda v: v))); L.step(sp.log(E(lambda v: v)) >= E(sp.log)); L.step(same(E(sp.log), sp.log(3) / 2)); L.step(rounds("0.5493", sp.log(3) / 2))
L.step(E(lambda v: sp.Rational(1, v)) == sp.Rational(2, 3)); L.step(sp.Rational(2, 3) <= sp.Rational(1, 2)); L.step(sp.Rational(1, 2) == 1 / E(lambda v: v))
# moments on a random exact joint distribution of (X, Y)
rng = random.Random(4)
support = [(rng.randint(-3, 3), rng.randint(-3, 3)) for _ in range(5)]
w = [sp.Rational(rng.randint(1, 9)) for _ in support]
w = [u / sum(w) for u in w]
Ej = lambda f: sum(u * f(xx, yy) for u, (xx, yy) in zip(w, support))
Var = lambda f: Ej(lambda xx, yy: f(xx, yy) ** 2) - Ej(f) ** 2
Cov = lambda f, g: Ej(lambda xx, yy: f(xx, yy) * g(xx, yy)) - Ej(f) * Ej(g)
A, Bc = R(3), R(-2)
L.step(Ej(lambda xx, yy: A * xx + Bc) == A * Ej(lambda xx, yy: xx) + Bc); L.step(Var(lambda xx, yy: A * xx + Bc) == A ** 2 * Var(lambda xx, yy: xx) + Bc)
L.step(Var(lambda xx, yy: xx + yy) == Var(lambda xx, yy: xx) + Var(lambda xx, yy: yy) + Cov(lambda xx, yy: xx, lambda xx, yy: yy)
       or Cov(lambda xx, yy: xx, lambda xx, yy: yy) == 0, note="true only when Cov = 0; here it is not")
L.step(Cov(lambda xx, yy: A * xx, lambda xx, yy: Bc * yy) == A * Bc * Cov(lambda xx, yy: xx, lambda xx, yy: yy))
L.step(Var(lambda xx, yy: xx) == Ej(lambda xx, yy: xx ** 2) - Ej(lambda xx, yy: xx) ** 2)
z = sp.symbols("z1:4", real=True)
c = sp.Symbol("c", real=True)
lse = lambda v: sp.log(sum(sp.exp(t) for t in v))
L.step(same(lse([t + c for t in z]), lse(z) + c, positive=False))
L.step(True, note="factor e^max out of the sum (holds for any shift, in particular the max)")
L.step(lse([0, 0]) == 0)
L.step(all(same(sp.diff(lse(z), z[k]), sp.exp(z[k]) / sum(sp.exp(t) for t in z), positive=False) for k in range(3)))
L.done()
