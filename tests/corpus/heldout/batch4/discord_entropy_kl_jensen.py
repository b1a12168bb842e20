"""Labels for discord_entropy_kl_jensen.tex: an exported study-group chat on entropy, KL (not
symmetric), cross-entropy, Gaussian KL (sigma for sigma^2), Gaussian entropy, Jensen with numbers
(the convex case turned round), Gibbs' inequality, mutual information (H(X,Y) = H(X) + H(Y))."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch4/discord_entropy_kl_jensen.tex")
ln = sp.log
H = lambda ps: -sum(p_ * ln(p_) for p_ in ps if p_ != 0)
KL = lambda p, q: sum(a * ln(a / b) for a, b in zip(p, q))
L.step(same(H([sp.Rational(1, 6)] * 6), ln(6))); L.step(rounds("1.7918", ln(6))); L.step(rounds("2.585", ln(6) / ln(2)))
L.define()
coin = [R("0.9"), R("0.1")]
L.step(same(H(coin), -R("0.9") * ln(R("0.9")) - R("0.1") * ln(R("0.1"))))
L.step(substituted(H(coin), lambda a, b: a - b, "~0.0948", "~0.2303"))
L.step(R("0.0948") - R("0.2303") == R("-0.1355"))
L.step(rounds("0.2303", -R("0.1") * ln(R("0.1")))); L.step(substituted(H(coin), lambda a, b: a + b, "~0.0948", "~0.2303")); L.step(rounds("0.3251", H(coin)))
L.step(H([1]) == 1); L.step(same(H([sp.Rational(1, 4)] * 4) / ln(2), sp.log(4, 2))); L.step(sp.log(4, 2) == 2)
p, q = [R("0.5"), R("0.5")], [R("0.9"), R("0.1")]
L.define(2)
L.step(same(KL(p, q), R("0.5") * ln(R("0.5") / R("0.9")) + R("0.5") * ln(R("0.5") / R("0.1"))))
L.step(substituted(KL(p, q), lambda a, b: R("0.5") * a + R("0.5") * b, "~-0.5878", "~1.6094"))
L.step(substituted(KL(p, q), lambda a, b: a + b, "~-0.2939", "~0.8047")); L.step(rounds("0.5108", KL(p, q)))
L.step(rounds("0.5108", KL(q, p)))
L.step(same(KL(q, p), R("0.9") * ln(R("1.8")) + R("0.1") * ln(R("0.2")))); L.step(substituted(KL(q, p), lambda a, b: a - b, "~0.5290", "~0.1609")); L.step(rounds("0.3681", KL(q, p)))
Hpq = -sum(a * ln(b) for a, b in zip(p, q))
L.step(same(Hpq, H(p) + KL(p, q))); L.step(substituted(Hpq, lambda a, b: a + b, "~0.6931", "~0.5108")); L.step(rounds("1.2039", R("0.6931") + R("0.5108")))
L.step(same(Hpq, -R("0.5") * ln(R("0.9")) - R("0.5") * ln(R("0.1")))); L.step(substituted(Hpq, lambda a, b: a + b, "~0.0527", "~1.1513")); L.step(rounds("1.2040", Hpq))
L.step(same(Hpq, H(p) - KL(p, q)))
L.define(); L.step(Hpq <= H(p))
L.step(same(Hpq, H(p) + KL(p, q))); L.step(Hpq >= H(p)); L.step(rounds("0.4690", R("0.3251") / sp.log(2), H(coin) / sp.log(2)))
x = sp.Symbol("x", real=True)
m1, m2 = sp.symbols("mu1 mu2", real=True)
s1, s2 = sp.symbols("s1 s2", positive=True)
npdf = lambda m, s: sp.exp(-(x - m) ** 2 / (2 * s ** 2)) / (sp.sqrt(2 * sp.pi) * s)
kl_g = lambda a, sa, b, sb: sp.integrate(npdf(a, sa) * (ln(npdf(a, sa)) - ln(npdf(b, sb))).expand(force=True), (x, -sp.oo, sp.oo))
formula = ln(s2 / s1) + (s1 ** 2 + (m1 - m2) ** 2) / (2 * s2 ** 2) - sp.Rational(1, 2)
L.step(same(sp.simplify(kl_g(m1, s1, m2, s2)), formula, positive=True))
k01 = sp.simplify(kl_g(0, 1, 1, 2))
L.step(same(k01, ln(2) + sp.Rational(2, 8) - sp.Rational(1, 2))); L.step(substituted(k01, lambda a: a + R("0.25") - R("0.5"), "~0.6931")); L.step(rounds("0.4431", k01))
L.step(same(k01, ln(2) + sp.Rational(2, 4) - sp.Rational(1, 2))); L.step(rounds("0.6931", ln(2)))
L.define(2)
ent = lambda v: sp.Rational(1, 2) * ln(2 * sp.pi * sp.E * v)
L.step(rounds("1.7655", ent(2))); L.step(rounds("1.4189", ent(1)))
L.step(same(ent(2) - ent(1), ln(2)), note="it adds ln(2)/2")
vals = [1, 4]
E = lambda f: sum(sp.sympify(f(v)) for v in vals) / 2
L.step(same(E(ln), (0 + ln(4)) / 2)); L.step(same((0 + ln(4)) / 2, ln(2))); L.step(rounds("0.6931", ln(2))); L.step(E(ln) <= ln(E(lambda v: v)))
L.step(E(lambda v: v) == R("2.5")); L.step(rounds("0.9163", ln(R("2.5"))))
L.step(same(ln(E(lambda v: v)) - E(ln), ln(R("1.25")))); L.step(rounds("0.2231", ln(R("1.25"))))
L.step(same(E(sp.exp), (sp.E + sp.exp(4)) / 2)); L.step(rounds("28.66", E(sp.exp))); L.step(R("28.66") <= sp.exp(E(lambda v: v)))
L.step(E(lambda v: v) == R("2.5")); L.step(rounds("12.18", sp.exp(R("2.5"))))
L.step(E(sp.exp) >= sp.exp(E(lambda v: v)))
L.step(True, note="-KL written out"); L.step(True, note="Jensen, ln concave"); L.step(True, note="p q / p = q sums to 1"); L.step(ln(1) == 0)
J = {(0, 0): R("0.4"), (1, 1): R("0.4"), (0, 1): R("0.1"), (1, 0): R("0.1")}
L.define(4)
Hj = H(list(J.values()))
L.step(same(Hj, -2 * (R("0.4") * ln(R("0.4"))) - 2 * (R("0.1") * ln(R("0.1")))))
L.step(substituted(Hj, lambda a, b: a + b, "~0.7330", "~0.4605")); L.step(rounds("1.1935", Hj))
Hx = H([R("0.5"), R("0.5")])
L.step(same(Hj, Hx + Hx)); L.step(same(Hx + Hx, 2 * ln(2))); L.step(rounds("1.3863", 2 * ln(2)))
I = 2 * Hx - Hj
L.step(I == 0)
L.step(True, note="definition via entropies"); L.step(substituted(I, lambda a, b: a - b, "~1.3863", "~1.1935")); L.step(rounds("0.1928", R("1.3863") - R("1.1935"), I))
Hyx = Hj - Hx
L.step(True, note="chain rule of entropy"); L.step(substituted(Hyx, lambda a, b: a - b, "~1.1935", "~0.6931")); L.step(rounds("0.5004", Hyx))
L.step(rounds("0.5004", H([R("0.8"), R("0.2")])))
L.step(H([R("0.5"), R("0.5")]) == 1); L.step(sp.simplify(kl_g(0, 1, 0, 1)) == 1)
uu = sp.Symbol("u", positive=True)
L.step(sp.simplify(-sp.integrate(sp.Rational(1, 2) * ln(sp.Rational(1, 2)), (uu, 0, 2)) - ln(2)) == 0)
L.step(Hx == 0, note="I(X; X) = H(X), positive for a non-degenerate X")
L.step(same(H([R("0.5"), R("0.5")]), ln(2))); L.step(rounds("0.6931", ln(2))); L.step(True, note="I(X;X) = H(X) - H(X|X) = H(X)")
L.done()
