"""Labels for notes_numbered_gaussians.tex: lecture notes with numbered equations (subequations,
gather, split, alignat, cases, tag, eqref): Gaussian MLE and the bias of sigma-hat^2 (stated unbiased
first), the Normal-Normal update with n dropped from n x-bar, Huber loss and its derivative, KL between
Gaussians with 2 sigma_2 for 2 sigma_2^2, entropies and the cross-entropy."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from sympy.stats import Normal, E  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch5/notes_numbered_gaussians.tex")
mu, s2 = sp.symbols("mu sigma2", positive=True)
xs = sp.symbols("x1:5", real=True)
n = len(xs)
ll = -sp.Rational(n, 2) * sp.log(2 * sp.pi * s2) - sum((xi - mu)**2 for xi in xs) / (2 * s2)
L.define()
L.step(same(sp.diff(ll, mu), sum(xi - mu for xi in xs) / s2))
L.step(same(sp.diff(ll, s2), -sp.Rational(n, 2) / s2 + sum((xi - mu)**2 for xi in xs) / (2 * s2**2)))
xbar = sum(xs) / n
L.step(sp.simplify(sp.solve(sp.diff(ll, mu), mu)[0] - xbar) == 0)
vhat = sp.solve(sp.diff(ll, s2).subs(mu, xbar), s2)[0]
L.step(same(vhat, sum((xi - xbar)**2 for xi in xs) / n, list(xs)))
L.step(same(sum((xi - xbar)**2 for xi in xs) / n, sum(xi**2 for xi in xs) / n - xbar**2, list(xs)))
# E[sigma-hat^2] for n = 4 standard normals scaled: exact by sympy.stats
Z = [Normal(f"Z{i}", 0, 1) for i in range(n)]
zbar = sum(Z) / n
Ev = sp.simplify(E(sum((z - zbar)**2 for z in Z) / n))          # sigma^2 = 1
L.step(Ev == 1); L.step(Ev == sp.Rational(n - 1, n))
L.define()
data = [1, 3, 4, 8]
xb = sp.Rational(sum(data), 4)
L.step(xb == sp.Rational(1 + 3 + 4 + 8, 4)); L.step(xb == 4)
v = sp.Rational(sum((d - xb)**2 for d in data), 4)
L.step(v == sp.Rational(9 + 1 + 0 + 16, 4)); L.step(v == R("6.5"))
s2u = sp.Rational(sum((d - xb)**2 for d in data), 3)
L.step(s2u == sp.Rational(26, 3)); L.step(rounds("8.6667", s2u))
L.step(v == sp.Rational(1 + 9 + 16 + 64, 4) - 4**2); L.step(sp.Rational(90, 4) - 16 == R("22.5") - 16); L.step(R("22.5") - 16 == R("6.5"))
# completing the square (identities up to mu-free constants: compare d/dmu)
m0, t0, xbs, nn = sp.symbols("mu0 tau0sq xbar n", positive=True)
lhs = -(mu - m0)**2 / (2 * t0) - sum((xi - mu)**2 for xi in xs) / (2 * s2)
mid = -sp.Rational(1, 2) * (1 / t0 + n / s2) * mu**2 + (m0 / t0 + n * xbar / s2) * mu
tn = 1 / (1 / t0 + n / s2)
mun = tn * (m0 / t0 + n * xbar / s2)
rhs = -(mu - mun)**2 / (2 * tn)
L.step(same(sp.diff(lhs, mu), sp.diff(mid, mu)))
L.step(same(sp.diff(mid, mu), sp.diff(rhs, mu)))
L.step(True, note="precision adds (coefficient of mu^2)"); L.step(True, note="mean (coefficient of mu)")
L.define(3)
P = {m0: 0, t0: 4, s2: 2}
tn4 = tn.subs(P).subs(dict(zip(xs, data)))
mun4 = mun.subs(P).subs(dict(zip(xs, data)))
L.step(1 / tn4 == sp.Rational(1, 4) + sp.Rational(4, 2)); L.step(sp.Rational(1, 4) + 2 == R("2.25")); L.step(rounds("0.4444", tn4))
L.step(mun4 == R("0.4444") * (0 + sp.Rational(4, 2)), note="n dropped"); L.step(rounds("0.8889", R("0.4444") * 2, tn4 * 2))
L.step(mun4 == sp.Rational(4, 9) * sp.Rational(4 * 4, 2)); L.step(sp.Rational(4, 9) * 8 == sp.Rational(32, 9)); L.step(rounds("3.5556", sp.Rational(32, 9)))
L.step(rounds("2.4444", tn4 + 2) and R("0.4444") + 2 == R("2.4444"))
L.step(sp.limit(mun.subs({s2: 2}).subs(dict(zip(xs, data))), t0, sp.oo) == 4)
L.step(sp.limit(tn.subs(s2, 2), t0, sp.oo) == sp.Rational(2, 4) == R("0.5"))
# the board exercise: mu_0 = 1, tau_0^2 = 1, sigma^2 = 4, n = 4, x-bar = 3 (the student used sigma = 2)
P2 = {m0: 1, t0: 1, s2: 4}
xs2 = dict(zip(xs, [3, 3, 3, 3]))                 # only x-bar = 3 matters
tnB, munB = tn.subs(P2).subs(xs2), mun.subs(P2).subs(xs2)
L.define(5)
L.step(1 / tnB == 1 + sp.Rational(4, 2)); L.step(1 + sp.Rational(4, 2) == 3)
L.step(rounds("0.3333", tnB), carried=rounds("0.3333", sp.Rational(1, 3)))
L.step(substituted(munB, lambda q: q * (1 + sp.Rational(4 * 3, 2)), "~0.3333"), carried=True)
L.step(R("0.3333") * (1 + 6) == R("0.3333") * 7); L.step(rounds("2.3333", R("0.3333") * 7, sp.Rational(7, 3)))
L.step(substituted(tnB + 4, lambda q: q + 4, "~0.3333"), carried=True); L.step(rounds("4.3333", R("0.3333") + 4))
L.step(1 / tnB == 1 + sp.Rational(4, 4)); L.step(1 / tnB == 2); L.step(tnB == R("0.5"))
L.step(munB == R("0.5") * (1 + 3)); L.step(munB == 2); L.step(tnB + 4 == R("4.5"))
# Huber
r, d = sp.symbols("r delta", real=True)
hub = lambda rr, dd: sp.Rational(1, 2) * rr**2 if abs(rr) <= dd else dd * (abs(rr) - sp.Rational(dd, 2))
L.define(3)
L.step(all(sp.diff(sp.Rational(1, 2) * r**2, r) == r for _ in [0]) and sp.diff(d * (r - d / 2), r) == d and sp.diff(d * (-r - d / 2), r) == -d, note="piecewise derivative")
L.define(2)
L.define()
L.step(hub(R("0.4"), 1) == R("0.08")); L.step(R("0.4") == R("0.4"))
L.step(hub(R("2.5"), 1) == R("2.5") - 1); L.step(R("2.5") - 1 == R("1.5"))
L.step(sp.sign(R("2.5")) == 1); L.step(-1 == sp.sign(-3))
L.step(hub(R("2.5"), 1) == 1 * (R("2.5") - R("0.5"))); L.step(1 * (R("2.5") - R("0.5")) == 2)
L.define()
L.step(sp.simplify(d**2 / 2 - d * (d - d / 2)) == 0)
# KL
m1, m2 = sp.symbols("m1 m2", real=True)
sg1, sg2 = sp.symbols("s1 s2", positive=True)
xx = sp.Symbol("x", real=True)
npdf = lambda m, s: sp.exp(-(xx - m)**2 / (2 * s**2)) / sp.sqrt(2 * sp.pi * s**2)
def kl(a, sa, b, sb):
    return sp.integrate(npdf(a, sa) * sp.expand_log(sp.log(npdf(a, sa) / npdf(b, sb)), force=True), (xx, -sp.oo, sp.oo))
formula = lambda a, sa, b, sb: sp.log(sb / sa) + (sa**2 + (a - b)**2) / (2 * sb**2) - sp.Rational(1, 2)
KLpq, KLqp = sp.simplify(kl(0, 1, 1, 2)), sp.simplify(kl(1, 2, 0, 1))
L.step(abs(sp.N(KLpq - formula(0, 1, 1, 2), 50)) < 1e-12 and abs(sp.N(kl(R("0.5"), 3, -1, R("1.5")) - formula(R("0.5"), 3, -1, R("1.5")), 30)) < 1e-25)
L.define(2)
L.step(sp.simplify(KLpq - (sp.log(2) + sp.Rational(2, 4) - sp.Rational(1, 2))) == 0)
L.step(rounds("0.6931", sp.log(2)) and R("0.6931") + R("0.5") - R("0.5") == R("0.6931"))
L.step(R("0.6931") + R("0.5") - R("0.5") == R("0.6931"))
L.step(sp.simplify(KLqp - (sp.log(sp.Rational(1, 2)) + sp.Rational(5, 2) - sp.Rational(1, 2))) == 0)
L.step(rounds("-0.6931", sp.log(sp.Rational(1, 2)))); L.step(rounds("1.3069", KLqp, R("-0.6931") + 2))
L.step(substituted(KLpq, lambda l2: l2 + sp.Rational(2, 8) - R("0.5"), "~0.6931")); L.step(rounds("0.4431", KLpq))
Hp = sp.simplify(-sp.integrate(npdf(0, 1) * sp.expand_log(sp.log(npdf(0, 1)), force=True), (xx, -sp.oo, sp.oo)))
Hq = sp.simplify(-sp.integrate(npdf(1, 2) * sp.expand_log(sp.log(npdf(1, 2)), force=True), (xx, -sp.oo, sp.oo)))
L.step(sp.simplify(Hp - sp.log(2 * sp.pi * sp.E) / 2) == 0); L.step(rounds("1.4189", Hp))
L.step(sp.simplify(Hq - sp.log(2 * sp.pi * sp.E * 4) / 2) == 0); L.step(sp.simplify(Hq - Hp - sp.log(2)) == 0); L.step(rounds("2.1121", Hq))
Hpq = sp.simplify(-sp.integrate(npdf(0, 1) * sp.expand_log(sp.log(npdf(1, 2)), force=True), (xx, -sp.oo, sp.oo)))
L.step(abs(sp.N(Hpq - Hp - KLpq, 30)) < 1e-25); L.step(substituted(Hpq, lambda a, b: a + b, "~1.4189", "~0.4431"))
L.step(rounds("1.8620", R("1.4189") + R("0.4431"), Hpq))
L.step(R("1.4189") + R("0.6931") == R("2.1210"), note="digits swapped")
L.done()
