"""Labels for stackexchange_kl_gaussians.tex: a Q&A thread on the KL divergence between two
Gaussians (the asker's wrong second moment carried, the answer, a multivariate example checked
against the sum of univariate divergences, entropies, a Bernoulli KL, a wrong 'symmetric' answer)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch3/stackexchange_kl_gaussians.tex")
x, m1, m2 = sp.symbols("x mu1 mu2", real=True)
s1, s2, s = sp.symbols("sigma1 sigma2 sigma", positive=True)
logN = lambda m, v: -sp.log(2 * sp.pi * v) / 2 - (x - m) ** 2 / (2 * v)


def Ep(expr, m=m1, v=s1 ** 2):
    """E over N(m, v) of a polynomial in x (moments 1, m, v + m^2)."""
    poly = sp.Poly(sp.expand(expr), x)
    mom = {0: 1, 1: m, 2: v + m ** 2}
    return sp.expand(sum(c * mom[k[0]] for k, c in poly.terms()))


def KL(a, va, b, vb):
    return sp.simplify(Ep((logN(a, va) - logN(b, vb)).subs({}), a, va))


kl = KL(m1, s1 ** 2, m2, s2 ** 2)
L.define(2)
L.step(same(logN(m1, s1 ** 2) - logN(m2, s2 ** 2), sp.log(s2 / s1) - (x - m1) ** 2 / (2 * s1 ** 2) + (x - m2) ** 2 / (2 * s2 ** 2)))
L.step(same(Ep((x - m1) ** 2), s1 ** 2)); L.step(same(Ep((x - m2) ** 2), s2 ** 2 + (m1 - m2) ** 2))
asker = sp.log(s2 / s1) - sp.Rational(1, 2) + (s2 ** 2 + (m1 - m2) ** 2) / (2 * s2 ** 2)
L.step(same(kl, asker), carried=True)
L.step(same(asker, sp.log(s2 / s1) + (m1 - m2) ** 2 / (2 * s2 ** 2)))
L.define(4)
ex = {m1: 0, m2: 0, s1: 1, s2: 2}
L.step(kl.subs(ex) == sp.log(2), carried=asker.subs(ex) == sp.log(2)); L.step(rounds("0.6931", sp.log(2)))
L.step(True, note="x - mu2 = (x - mu1) + (mu1 - mu2)")
L.step(same(Ep((x - m2) ** 2), Ep((x - m1) ** 2) + (m1 - m2) ** 2))
L.step(same(Ep((x - m1) ** 2) + (m1 - m2) ** 2, s1 ** 2 + (m1 - m2) ** 2))
L.step(same(kl, sp.log(s2 / s1) + (s1 ** 2 + (m1 - m2) ** 2) / (2 * s2 ** 2) - sp.Rational(1, 2)))
L.step(substituted(sp.log(2) + sp.Rational(1, 8) - sp.Rational(1, 2), lambda a, b: a - b, "~0.6931", "0.375"))
L.step(rounds("0.3181", kl.subs(ex)))
L.define()
L.step(sp.log(1) + s ** 2 / (2 * s ** 2) - sp.Rational(1, 2) == 0)
klqp = KL(m2, s2 ** 2, m1, s1 ** 2)
L.step(same(klqp, sp.log(s1 / s2) + (s2 ** 2 + (m1 - m2) ** 2) / (2 * s1 ** 2) - sp.Rational(1, 2)))
L.step(substituted(klqp.subs(ex), lambda a, b, c: a + b - c, "~-0.6931", "2", "0.5"))
L.step(R("-0.6931") + 2 - R("0.5") == R("0.8069"))
h = -Ep(logN(m1, s1 ** 2)); crossent = -Ep(logN(m2, s2 ** 2))
L.step(same(kl, -h + crossent))
L.step(same(h, sp.log(2 * sp.pi * sp.E * s1 ** 2) / 2))
L.step(same(crossent, sp.log(2 * sp.pi * s2 ** 2) / 2 + (s1 ** 2 + (m1 - m2) ** 2) / (2 * s2 ** 2)))
L.define()
h2 = h.subs(s1, 2)
L.step(same(h2, sp.log(8 * sp.pi * sp.E) / 2)); L.step(rounds("68.3179", 8 * sp.pi * sp.E)); L.step(rounds("2.1121", h2))
# multivariate: diagonal covariances make the divergence the sum over coordinates
S1, S2 = sp.diag(1, 4), sp.eye(2)
mu1, mu2 = sp.Matrix([1, 0]), sp.Matrix([0, 0])
truth_mv = KL(1, 1, 0, 1) + KL(0, 4, 0, 1)
formula = lambda sign: ((S2.inv() * S1).trace() + ((mu2 - mu1).T * S2.inv() * (mu2 - mu1))[0] - 2 + sign * sp.log(S2.det() / S1.det())) / 2
L.step(sp.simplify(formula(-1) - truth_mv) == 0, note="log-det sign")
assert sp.simplify(formula(+1) - truth_mv) == 0
L.define(4)
L.step(sp.simplify(truth_mv - (5 + 1 - 2 - sp.log(4)) / 2) == 0)
L.step(substituted(truth_mv, lambda a: (4 - a) / 2, "~1.3863")); L.step(rounds("1.3069", truth_mv))
L.step(rounds("0.5", KL(1, 1, 0, 1)) and rounds("0.8069", KL(0, 4, 0, 1)) and R("0.5") + R("0.8069") == R("1.3069"))
L.step(S2.det() == 1); L.step(S1.det() == 4)
L.step(sp.simplify(formula(+1) - (4 + sp.log(4)) / 2) == 0, note="it is (4 - log 4)/2")
L.step(rounds("2.6931", (4 + sp.log(4)) / 2))
L.step(sp.log(S2.det() / S1.det()) == sp.log(sp.Rational(1, 4))); L.step(sp.simplify(sp.log(sp.Rational(1, 4)) + sp.log(4)) == 0)
hs = sp.log(2 * sp.pi * sp.E * s ** 2) / 2
L.step(same(hs, sp.log(2 * sp.pi * s ** 2) / 2 + 1)); L.define()
L.step(rounds("1.9189", hs.subs(s, 1)), carried=True); L.step(rounds("1.9189", R("0.9189") + 1))
L.step(same(hs, sp.log(2 * sp.pi * s ** 2) / 2 + sp.Rational(1, 2))); L.step(rounds("1.4189", hs.subs(s, 1))); L.define()
L.step(rounds("2.0471", sp.log(2 * sp.pi * sp.E, 2) / 2))
p, q = R("0.3"), R("0.5")
klb = p * sp.log(p / q) + (1 - p) * sp.log((1 - p) / (1 - q))
L.step(same(klb, R("0.3") * sp.log(R("0.6")) + R("0.7") * sp.log(R("1.4"))))
L.step(rounds("-0.1532", R("0.3") * sp.log(R("0.6"))) and rounds("0.2355", R("0.7") * sp.log(R("1.4"))))
L.step(rounds("0.0823", klb, R("-0.1532") + R("0.2355")))
L.step(substituted(klb / sp.log(2), lambda a: a * sp.log(2), "~0.0823")); L.step(rounds("0.0570", R("0.0823") * sp.log(2)))
L.step(rounds("0.1187", R("0.0823") / sp.log(2), klb / sp.log(2)))
wrongf = (m1 - m2) ** 2 / 2 + (s1 - s2) ** 2 / 2
L.step(same(kl, wrongf))
L.step(kl.subs(ex) == sp.Rational(1, 2), carried=wrongf.subs(ex) == 0 + sp.Rational(1, 2)); L.step(0 + sp.Rational(1, 2) == R("0.5"))
L.step(same(klqp, kl))
L.step(kl.subs(ex) == R("0.5"), carried=wrongf.subs(ex) == R("0.5"))
L.define(2)
L.step(same(kl.subs({s1: s, s2: s}), (m1 - m2) ** 2 / (2 * s ** 2))
       and same(klqp.subs({s1: s, s2: s}), (m1 - m2) ** 2 / (2 * s ** 2)))
L.done()
