"""Labels for thread_kl_entropy_calculus.tex: a saved social-media thread with replies: Gaussian and
Bernoulli KL (symmetry assumed where it fails), Gaussian entropy without the e (carried into a value),
a coin's entropy in nats, Taylor approximations, limits and integrals with slips, Jensen."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same  # noqa: E402

L = Labels("batch5/thread_kl_entropy_calculus.tex")
x = sp.Symbol("x", real=True)
n = sp.Symbol("n", positive=True, integer=True)
mu = sp.Symbol("mu", real=True)
s2 = sp.Symbol("s2", positive=True)
npdf = lambda m, v: sp.exp(-(x - m)**2 / (2 * v)) / sp.sqrt(2 * sp.pi * v)
def kl(m1, v1, m2, v2):       # closed form, checked against an integral once below
    m1, v1, m2, v2 = map(sp.S, (m1, v1, m2, v2))
    return sp.log(sp.sqrt(v2) / sp.sqrt(v1)) + (v1 + (m1 - m2)**2) / (2 * v2) - sp.Rational(1, 2)
chk = sp.integrate(npdf(1, 1) * sp.expand_log(sp.log(npdf(1, 1) / npdf(0, 4)), force=True), (x, -sp.oo, sp.oo))
assert abs(sp.N(chk - kl(1, 1, 0, 4), 40)) < 1e-30
L.step(sp.simplify(kl(mu, 1, 0, 1) - mu**2 / 2) == 0); L.step(kl(2, 1, 0, 1) == 2)
L.step(kl(0, 1, 2, 1) == 2)
L.step(sp.simplify(kl(0, s2, 0, 1) - (s2 - 1 - sp.log(s2)) / 2) == 0); L.define()
L.step(rounds("0.8069", kl(0, 4, 0, 1), (4 - 1 - R("1.3863")) / 2) and rounds("1.3863", sp.log(4)))
L.step(sp.simplify(kl(0, 1, 0, 4) - (sp.log(2) + sp.Rational(1, 8) - sp.Rational(1, 2))) == 0); L.step(rounds("0.3181", kl(0, 1, 0, 4)))
H = lambda v: sp.log(2 * sp.pi * sp.E * v) / 2
Hint = sp.simplify(-sp.integrate(npdf(0, s2) * sp.expand_log(sp.log(npdf(0, s2)), force=True), (x, -sp.oo, sp.oo)))
L.step(sp.simplify(Hint - sp.log(2 * sp.pi * s2) / 2) == 0); L.step(rounds("0.9189", H(1)), carried=rounds("0.9189", sp.log(2 * sp.pi) / 2))
L.step(sp.simplify(sp.expand_log(Hint - H(s2), force=True)) == 0); L.step(rounds("1.4189", H(1)))
L.step(True, note="uniform over 6"); L.step(rounds("1.7918", sp.log(6))); L.step(rounds("2.585", sp.log(6, 2))); L.step(sp.log(2) == 1)
a = sp.Symbol("a", positive=True)
L.step(sp.simplify(-sp.integrate(sp.log(1 / a) / a, (x, 0, a)) - sp.log(a)) == 0); L.step(rounds("-0.6931", sp.log(R("0.5"))))
bkl = lambda p, q: p * sp.log(p / q) + (1 - p) * sp.log((1 - p) / (1 - q))
L.step(sp.simplify(bkl(R("0.5"), R("0.9")) - (R("0.5") * sp.log(R("0.5") / R("0.9")) + R("0.5") * sp.log(R("0.5") / R("0.1")))) == 0)
L.step(rounds("0.5108", bkl(R("0.5"), R("0.9")))); L.step(rounds("0.5108", bkl(R("0.9"), R("0.5"))))
L.step(sp.simplify(bkl(R("0.9"), R("0.5")) - (R("0.9") * sp.log(R("1.8")) + R("0.1") * sp.log(R("0.2")))) == 0)
L.step(rounds("0.5290", R("0.9") * sp.log(R("1.8"))) and rounds("-0.1609", R("0.1") * sp.log(R("0.2"))))
L.step(rounds("0.3681", R("0.5290") - R("0.1609"), bkl(R("0.9"), R("0.5"))))
L.step(sp.simplify(kl(1, 1, 0, 4) - (sp.log(2) + sp.Rational(2, 8) - sp.Rational(1, 2))) == 0); L.step(rounds("0.4431", kl(1, 1, 0, 4)))
ser = lambda f, k: sp.series(f, x, 0, k).removeO()
L.step(sp.expand(ser(sp.exp(x), 3) - (1 + x + x**2 / 2)) == 0); L.step(rounds("1.105", sp.exp(R("0.1")), approx=True)); L.step(rounds("0.0002", R("0.1")**3 / 6, approx=True))
L.step(sp.expand(ser(sp.log(1 + x), 3) - (x - x**2 / 2)) == 0); L.step(rounds("0.18", sp.log(R("1.2")), approx=True)); L.step(R("0.2") - R("0.02") == R("0.18"))
L.step(sp.expand(ser(sp.sqrt(1 + x), 3) - (1 + x / 2 - x**2 / 4)) == 0); L.step(sp.expand(ser(sp.sin(x), 4) - (x - x**3 / 3)) == 0)
L.step(sp.expand(ser(1 / (1 - x), 6) - sum(x**k for k in range(6))) == 0); L.define()
L.step(sp.limit((1 - sp.cos(x)) / x**2, x, 0) == 1); L.step(sp.limit((1 + 1 / n)**n, n, sp.oo) == sp.E)
L.step(sp.limit(x * sp.exp(-x), x, sp.oo) == 0); L.step(sp.limit(x * sp.log(x), x, 0, "+") == 0); L.step(sp.limit(sp.sin(3 * x) / x, x, 0) == 1)
L.step(sp.integrate(sp.log(x), (x, 0, 1)) == -1); L.step(sp.integrate(sp.exp(-x**2), (x, -sp.oo, sp.oo)) == sp.pi)
L.step(sp.integrate(x * sp.exp(-x), (x, 0, sp.oo)) == 1); L.step(sp.integrate(x * (1 - x), (x, 0, 1)) == sp.Rational(1, 6)); L.step(sp.integrate(sp.sin(x), (x, 0, sp.pi)) == 0)
L.step(sp.limit((1 - sp.cos(x)) / x**2, x, 0) == sp.Rational(1, 2)); L.step(sp.limit(sp.sin(3 * x) / x, x, 0) == 3)
L.step(sp.integrate(sp.exp(-x**2), (x, -sp.oo, sp.oo)) == sp.sqrt(sp.pi)); L.step(rounds("1.7725", sp.sqrt(sp.pi))); L.step(sp.integrate(sp.sin(x), (x, 0, sp.pi)) == 2)
L.step(sp.expand(ser(sp.sqrt(1 + x), 3) - (1 + x / 2 - x**2 / 8)) == 0); L.step(sp.expand(ser(sp.sin(x), 4) - (x - x**3 / 6)) == 0)
L.step(rounds("1.095", sp.sqrt(R("1.2")), approx=True)); L.step(1 + R("0.1") - R("0.005") == R("1.095"))
L.step(True, note="Jensen, ln concave")
Eln = (sp.log(1) + sp.log(4)) / 2
L.step(True); L.step(sp.simplify(Eln - sp.log(2)) == 0); L.step(rounds("0.6931", sp.log(2))); L.step(sp.log(2) <= sp.log(R("2.5"))); L.step(rounds("0.9163", sp.log(R("2.5"))))
L.step(True, note="Gibbs"); L.step(True, note="H(p, q) = H(p) + KL"); L.step(True)
L.step(True, note="Jensen for x^2"); L.step(sp.Rational(1 + 16, 2) == R("8.5")); L.step(R("8.5") >= R("6.25")); L.step(R("6.25") == (sp.Rational(5, 2))**2)
L.step(R("8.5") - R("6.25") == R("2.25"))
L.step(True); L.step(rounds("0.6931", sp.log(2)))
L.done()
