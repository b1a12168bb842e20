"""Labels for overset_justified_steps_kl_mle.tex: model solutions whose equalities carry `\\overset{(a)}=`
labels (and one `\\stackrel{\\text{chain rule}}{=}`, whose braced sign is not a counted relation) with the
reasons listed under each display: moments of a three-valued variable and of 3X - 2; KL between Gaussians
derived step by step; Gaussian MLE; softmax cross-entropy. Slips: (E Y)^2 written 0.1; the reverse KL with
the log ratio kept (carried into the symmetrised J); -2(3.4473 + 1) = -7.8946 (carried into the AIC);
dL/dz_2 = -p1 p2."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from sympy.stats import E as Ex, FiniteRV, variance  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch10/overset_justified_steps_kl_mle.tex")
L.define(note="X and Y")
X = FiniteRV("X", {0: R("0.5"), 1: R("0.3"), 2: R("0.2")})
Y = 3 * X - 2
L.step(Ex(X) == 0 * R("0.5") + 1 * R("0.3") + 2 * R("0.2")); L.step(Ex(X) == R("0.7"))
L.step(Ex(X ** 2) == 0 * R("0.5") + R("0.3") + 4 * R("0.2")); L.step(Ex(X ** 2) == R("1.1"))
L.step(variance(X) == Ex(X ** 2) - Ex(X) ** 2); L.step(R("1.1") - R("0.49") == variance(X)); L.step(variance(X) == R("0.61"))
L.step(Ex(Y) == 3 * Ex(X) - 2); L.step(3 * Ex(X) - 2 == R("2.1") - 2); L.step(R("2.1") - 2 == R("0.1"))
L.step(variance(Y) == 9 * variance(X)); L.step(9 * variance(X) == R("5.49"))
L.step(Ex(Y ** 2) == variance(Y) + Ex(Y) ** 2)
L.step(variance(Y) + Ex(Y) ** 2 == R("5.49") + R("0.1"), note="(EY)^2 = 0.01")
L.step(R("5.49") + R("0.1") == R("5.59"))
L.step(rounds("2.3431", sp.sqrt(variance(Y)), approx=True))
L.step(Ex(Y) ** 2 == R("0.01")); L.step(Ex(Y ** 2) == R("5.50"))
L.step(Ex(Y ** 2) == 4 * R("0.5") + 1 * R("0.3") + 16 * R("0.2")); L.step(Ex(Y ** 2) == R("5.5"))
Xb = FiniteRV("Xb", {0: R("0.5"), 1: R("0.3"), 2: R("0.2")})
L.step(variance(X + X) == 2 * variance(X), note="4 Var X"); L.step(2 * variance(X) == R("1.22"))
L.step(sp.sqrt(variance(2 * X)) == sp.sqrt(R("1.22")), carried=True); L.step(rounds("1.1045", sp.sqrt(R("1.22"))))
L.step(variance(2 * X) == 4 * variance(X)); L.step(4 * variance(X) == R("2.44"))
# KL between Gaussians
L.define(2, "q, p")
x = sp.symbols("x", real=True)
m1, m2 = sp.symbols("m1 m2", real=True)
s1, s2 = sp.symbols("s1 s2", positive=True)
lq = -sp.log(s1) - (x - m1) ** 2 / (2 * s1 ** 2) - sp.log(sp.sqrt(2 * sp.pi))
lp = -sp.log(s2) - (x - m2) ** 2 / (2 * s2 ** 2) - sp.log(sp.sqrt(2 * sp.pi))
def Eq(f, mu, s):
    """E over N(mu, s^2) of a polynomial in x (moments up to order 2)."""
    f = sp.expand(f)
    poly = sp.Poly(f, x)
    mom = {0: 1, 1: mu, 2: s ** 2 + mu ** 2}
    return sum(cf * mom[k[0]] for k, cf in zip(poly.monoms(), poly.coeffs()))
KLqp = Eq(lq - lp, m1, s1)
s1a = -sp.log(s1) - (x - m1) ** 2 / (2 * s1 ** 2) + sp.log(s2) + (x - m2) ** 2 / (2 * s2 ** 2)
L.step(same(KLqp, Eq(s1a, m1, s1)))
b_ = sp.log(s2 / s1) - sp.Rational(1, 2) + Eq((x - m2) ** 2, m1, s1) / (2 * s2 ** 2)
L.step(same(Eq(s1a, m1, s1), b_))
closed = sp.log(s2 / s1) + (s1 ** 2 + (m1 - m2) ** 2) / (2 * s2 ** 2) - sp.Rational(1, 2)
L.step(same(b_, closed))
L.step(True, note="KL definition"); L.step(same(Eq((x - m1) ** 2, m1, s1), s1 ** 2, positive=False))
L.step(same(Eq((x - m2) ** 2, m1, s1), s1 ** 2 + (m1 - m2) ** 2, positive=False))
L.define(4, "mu1, sigma1, mu2, sigma2")
pt = {m1: 1, s1: 1, m2: 0, s2: 2}
kqp = closed.subs(pt)
L.step(sp.simplify(kqp - (sp.log(2) + sp.Rational(2, 8) - sp.Rational(1, 2))) == 0)
L.step(substituted(kqp, lambda a: a + R("0.25") - R("0.5"), "~0.6931")); L.step(R("0.6931") + R("0.25") - R("0.5") == R("0.4431"))
KLpq = closed.subs({m1: m2, m2: m1, s1: s2, s2: s1}, simultaneous=True)
wrong = sp.log(s2 / s1) + (s2 ** 2 + (m1 - m2) ** 2) / (2 * s1 ** 2) - sp.Rational(1, 2)
L.step(same(KLpq, wrong))
L.step(sp.simplify(wrong.subs(pt) - (sp.log(2) + sp.Rational(5, 2) - sp.Rational(1, 2))) == 0)
L.step(rounds("2.6931", sp.log(2) + 2))
kpq = KLpq.subs(pt)
L.define(note="J")
L.step(substituted(kqp + kpq, lambda a, b: a + b, "~0.4431", "~2.6931"), carried=True)
L.step(R("0.4431") + R("2.6931") == R("3.1362"))
L.step(sp.simplify(kpq - (sp.log(sp.Rational(1, 2)) + sp.Rational(5, 2) - sp.Rational(1, 2))) == 0)
L.step(rounds("1.3069", kpq)); L.step(rounds("1.7500", kqp + kpq))
L.step(R("0.4431") != R("1.3069"))
# Gaussian MLE
L.define(2, "data, n")
mu = sp.symbols("mu", real=True); v = sp.symbols("v", positive=True)
data = [2, 4, 6, 8]; n = 4
ell = sum(-sp.log(2 * sp.pi * v) / 2 - (xi - mu) ** 2 / (2 * v) for xi in data)
ellw = -sp.Rational(n, 2) * sp.log(2 * sp.pi * v) - sum((xi - mu) ** 2 for xi in data) / (2 * v)
L.step(same(ell, ellw, positive=False))
L.step(same(sp.diff(ell, v), -sp.Rational(n, 2) / v + sum((xi - mu) ** 2 for xi in data) / (2 * v ** 2), positive=False))
sol = sp.solve([sp.diff(ell, mu), sp.diff(ell, v)], [mu, v], dict=True)[0]
L.step(sol[mu] == sp.Rational(sum(data), n)); L.step(sp.Rational(sum(data), n) == sp.Rational(20, 4)); L.step(sp.Rational(20, 4) == 5)
L.step(sol[v] == sp.Rational(sum((xi - 5) ** 2 for xi in data), n))
L.step(sum((xi - 5) ** 2 for xi in data) == 9 + 1 + 1 + 9); L.step(sp.Rational(20, 4) == 5)
L.step(sp.Rational(sum((xi - 5) ** 2 for xi in data), n - 1) == sp.Rational(20, 3)); L.step(rounds("6.6667", sp.Rational(20, 3)))
L.step(True, note="E[sigma_hat^2] = (n-1)/n sigma^2 (standard)")
L.step(sp.sqrt(sol[v]) / sp.sqrt(n) == sp.sqrt(5) / 2); L.step(rounds("1.1180", sp.sqrt(5) / 2))
sg = sp.symbols("sigma", positive=True)
ell_s = ell.subs(v, sg ** 2)
L.step(same(sp.diff(ell_s, sg), -n / sg + sum((xi - mu) ** 2 for xi in data) / sg ** 2), note="sigma^3")
L.define(2, "mu = 5, the condition")
sw = sp.solve(-sp.Integer(4) / sg + 20 / sg ** 2, sg)
L.step(sp.sqrt(sol[v]) == 5, carried=sw == [5]); L.step(sp.sqrt(sol[v]) == sp.sqrt(5)); L.step(rounds("2.2361", sp.sqrt(5)))
lmax = ell.subs(sol)
L.step(sp.simplify(lmax - (-sp.Rational(n, 2) * (sp.log(2 * sp.pi * sol[v]) + 1))) == 0)
L.step(sp.simplify(lmax - (-2 * (sp.log(10 * sp.pi) + 1))) == 0)
L.step(rounds("3.4473", sp.log(10 * sp.pi)))
L.step(-2 * (R("3.4473") + 1) == R("-7.8946"), note="-8.8946")
L.define(note="AIC")
L.step(substituted(-2 * lmax, lambda a: a, "~15.7892"), carried=True)
L.step(R("15.7892") + 4 == R("19.7892")); L.define(note="k")
L.step(-2 * R("4.4473") == R("-8.8946"))
# softmax CE
L.define(3, "z, class, L")
zz = sp.symbols("z1:4", real=True)
Ls = -zz[0] + sp.log(sum(sp.exp(t) for t in zz))
P = [sp.exp(t) / sum(sp.exp(u) for u in zz) for t in zz]
L.step(all(same(sp.diff(Ls, zz[k]), P[k] - (1 if k == 0 else 0), positive=False) for k in range(3)))
zv = {zz[0]: 2, zz[1]: 1, zz[2]: 0}
p = [t.subs(zv) for t in P]
L.step(sp.simplify(p[0] - sp.E ** 2 / (sp.E ** 2 + sp.E + 1)) == 0)
L.step(substituted(p[0], lambda a, b: a / b, "~7.3891", "~11.1073")); L.step(rounds("0.6652", R("7.3891") / R("11.1073"), p[0]))
L.step(substituted(p[1], lambda a, b: a / b, "~2.7183", "~11.1073")); L.step(rounds("0.2447", p[1]))
L.step(rounds("0.0900", p[2]))
L.step(True, note="L = -ln p1"); L.step(rounds("0.4076", -sp.log(p[0]), -sp.log(R("0.6652"))))
L.step(same(Ls, -zz[0] + sp.log(sum(sp.exp(t) for t in zz)), positive=False), note="L = -z1 + LSE")
L.step(True, note="p1 - 1"); L.step(rounds("-0.3348", p[0] - 1))
L.step(same(sp.diff(Ls, zz[1]), -P[0] * P[1], positive=False), note="= p2")
L.step(substituted(-p[0] * p[1], lambda a, b: -a * b, "~0.6652", "~0.2447")); L.step(rounds("-0.1628", R("-0.6652") * R("0.2447")))
L.step(substituted(1 - R("0.5") * p[1], lambda g: 1 - R("0.5") * g, "~-0.1628"), carried=True)
L.step(1 - R("0.5") * R("-0.1628") == R("1.0814"))
L.step(same(-P[0] * P[1], sp.diff(P[0], zz[1]), positive=False))
L.step(same(sp.diff(Ls, zz[1]), -sp.diff(P[0], zz[1]) / P[0], positive=False))
L.step(same(-sp.diff(P[0], zz[1]) / P[0], P[1], positive=False)); L.step(rounds("0.2447", p[1]))
L.done()
