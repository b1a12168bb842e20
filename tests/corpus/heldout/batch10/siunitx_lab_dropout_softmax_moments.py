"""Labels for siunitx_lab_dropout_softmax_moments.tex: a lab write-up with every decimal in siunitx `\\num{}`
and a demonstrator's notes: inverted dropout (Var of m h / p with 1/p for 1/p^2, carried into the variance
and sd of the unit), Binomial count of kept units; softmax at temperature 2 with p1 = 0.1204 for 0.1402
(carried into the entropy); E[e^X] for X ~ U(0, 2) without the density 1/2; the standard error s/n for
s/sqrt(n) (carried into the interval)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from sympy.stats import Bernoulli, Binomial, E as Ex, variance, Uniform  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch10/siunitx_lab_dropout_softmax_moments.tex")
p, h = R("0.8"), sp.symbols("h", positive=True)
m = Bernoulli("m", p)
ht = m * h / p
L.define(2, "p, h tilde")
L.step(True, note="E[m h/p] = h/p E[m]"); L.step(Ex(m) == p); L.step(sp.simplify(Ex(ht) - h) == 0)
L.step(variance(m) == p * (1 - p))
pp = sp.symbols("p", positive=True)
L.step(sp.simplify(variance(ht) - h ** 2 / p * variance(m)) == 0, note="1/p^2")
L.step(same(h ** 2 / pp * pp * (1 - pp), h ** 2 * pp * (1 - pp) / pp)); L.step(same(h ** 2 * pp * (1 - pp) / pp, h ** 2 * (1 - pp)))
L.define(note="h = 2.0")
V = variance(ht).subs(h, 2)
L.step(V == R("4.0") * R("0.2"), carried=True); L.step(R("4.0") * R("0.2") == R("0.8"))
L.step(sp.sqrt(V) == sp.sqrt(R("0.8")), carried=True); L.step(rounds("0.8944", sp.sqrt(R("0.8")), approx=True))
L.define(note="n = 100")
K = Binomial("K", 100, p)
L.step(Ex(K) == 100 * R("0.8")); L.step(Ex(K) == 80); L.step(variance(K) == 100 * R("0.8") * R("0.2")); L.step(variance(K) == 16)
L.step(True, note="normal approximation with continuity correction"); L.step((R("89.5") - 80) / 4 == R("2.375"))
P2 = (1 - p) ** 2
L.step(P2 == R("0.2") * 2, note="0.2^2"); L.step(R("0.2") * 2 == R("0.4"))
L.step(100 * P2 == 100 * R("0.4"), carried=True); L.step(100 * R("0.4") == 40)
L.step(sp.simplify(variance(ht) - h ** 2 / p ** 2 * variance(m)) == 0); L.step(sp.simplify(variance(ht) - h ** 2 * (1 - p) / p) == 0)
L.step(V == R("4.0") * R("0.25") and R("4.0") * R("0.25") == R("1.0"))
L.step(R("0.2") ** 2 == R("0.04") == P2); L.step(100 * P2 == 4)
# softmax
L.define(2, "z, T")
z = [R("1.0"), R("2.0"), R("4.0")]
L.step([t / 2 for t in z] == [R("0.5"), R("1.0"), R("2.0")])
ex = [sp.exp(t / 2) for t in z]
for t, wr in zip(ex, ("1.6487", "2.7183", "7.3891")):
    L.step(rounds(wr, t))
S = sum(ex)
L.step(R("1.6487") + R("2.7183") + R("7.3891") == R("11.7561"))
P = [t / S for t in ex]
for k, (num, res) in enumerate((("1.6487", "0.1204"), ("2.7183", "0.2312"), ("7.3891", "0.6285"))):
    L.step(substituted(P[k], lambda a, b: a / b, "~" + num, "~11.7561"))
    L.step(rounds(res, R(num) / R("11.7561"), P[k]), note="0.1402" if k == 0 else "")
L.step(rounds("0.4644", -sp.log(P[2]), -sp.log(R("0.6285"))))
zs = sp.symbols("z1:4", real=True)
CE = -zs[2] / 2 + sp.log(sum(sp.exp(t / 2) for t in zs))
grad = [sp.diff(CE, t).subs(dict(zip(zs, z))) for t in zs]
L.step(sp.simplify(grad[0] - P[0] / 2) == 0)
L.step(substituted(grad[0], lambda a: a / 2, "~0.1204"), carried=True); L.step(rounds("0.0602", R("0.1204") / 2))
L.step(sp.simplify(grad[2] - (P[2] - 1)) == 0, note="(p3 - 1)/T"); L.step(R("0.6285") - 1 == R("-0.3715"))
H = -sum(t * sp.log(t) for t in P)
L.define(note="H")
L.step(substituted(H, lambda a, b, c: -(a * sp.log(a) + b * sp.log(b) + c * sp.log(c)), "~0.1204", "~0.2312", "~0.6285"), carried=True)
Pw = [R("0.1204"), R("0.2312"), R("0.6285")]
L.step(rounds("0.8854", -sum(t * sp.log(t) for t in Pw)))
L.define(note="T = 1")
P1 = sp.exp(4) / (sp.exp(1) + sp.exp(2) + sp.exp(4))
L.step(sp.simplify(P1 - sp.exp(z[2]) / sum(sp.exp(t) for t in z)) == 0); L.step(rounds("0.8438", P1)); L.step(R("0.6285") < R("0.8438"))
T = sp.symbols("T", positive=True)
p3T = 1 / (sp.exp((1 - 4) / T) + sp.exp((2 - 4) / T) + 1)
L.step(sp.limit(p3T, T, 0, "+") == 1)
L.step(rounds("0.1402", R("1.6487") / R("11.7561"))); L.step(sum(Pw) == R("0.9801")); L.step(rounds("0.9060", H))
L.step(sp.simplify(grad[2] - (P[2] - 1) / 2) == 0); L.step(rounds("-0.1857", grad[2]))
# uniform
X = Uniform("X", 0, 2)
x = sp.symbols("x")
L.step(Ex(X) == 1); L.step(Ex(X ** 2) == sp.integrate(x ** 2, (x, 0, 2)) / 2); L.step(Ex(X ** 2) == sp.Rational(4, 3))
L.step(variance(X) == sp.Rational(4, 3) - 1); L.step(variance(X) == sp.Rational(4, 12)); L.step(rounds("0.3333", variance(X)))
EeX = sp.simplify(Ex(sp.exp(X)))
L.step(sp.simplify(EeX - sp.integrate(sp.exp(x), (x, 0, 2))) == 0, note="density 1/2")
L.step(sp.integrate(sp.exp(x), (x, 0, 2)) == sp.exp(2) - 1); L.step(rounds("6.3891", sp.exp(2) - 1))
L.step(sp.exp(Ex(X)) == sp.E); L.step(rounds("2.7183", sp.E))
L.step(sp.simplify(EeX - (sp.exp(2) - 1) / 2) == 0); L.step(rounds("3.1945", EeX, approx=True))
# estimating a mean
xs = [R("1.2"), R("0.8"), R("1.5"), R("0.5")]
L.define(note="x")
xb = sum(xs) / 4
L.step(sum(xs) == R("4.0")); L.step(xb == 1)
ss = sum((t - xb) ** 2 for t in xs)
L.step(ss == R("0.04") + R("0.04") + R("0.25") + R("0.25") == R("0.58"))
L.step(ss / 4 == R("0.58") / 4); L.step(ss / 4 == R("0.145")); L.step(ss / 3 == R("0.58") / 3); L.step(rounds("0.1933", ss / 3))
s_ = sp.sqrt(ss / 3)
L.step(rounds("0.4397", s_))
se = s_ / sp.sqrt(4)
L.step(se == s_ / 4, note="s/sqrt(n)"); L.step(substituted(s_ / 4, lambda a: a / 4, "~0.4397")); L.step(rounds("0.1099", R("0.4397") / 4))
L.step(substituted(R("1.96") * se, lambda a: R("1.96") * a, "~0.1099") and rounds("0.2154", R("1.96") * R("0.1099")), carried=True)
L.step(True, note="SE = s/sqrt(n)"); L.step(rounds("0.2198", se)); L.step(rounds("0.4308", R("1.96") * R("0.2198")))
L.step(True, note="MSE = Var + bias^2"); L.step(True, note="Var(xbar) = sigma^2/n, unbiased")
# test accuracy
ph = sp.Rational(170, 200)
L.define(note="n"); L.step(ph == R("0.85")); L.step(ph == R("0.85"))
L.step(rounds("1.7346", sp.log(R("0.85") / R("0.15")))); L.step(rounds("0.15", 1 / (1 + sp.exp(-R("1.7346")))), note="0.85")
L.step(200 * R("0.85") * R("0.15") == R("25.5"))
SE = sp.sqrt(ph * (1 - ph) / 200)
L.step(SE == ph * (1 - ph) / sp.sqrt(200), note="sqrt(p(1-p)/n)")
L.step(ph * (1 - ph) == R("0.1275") and rounds("14.1421", sp.sqrt(200))); L.step(rounds("0.0090", R("0.1275") / R("14.1421")))
L.step(rounds("0.0176", R("1.96") * R("0.0090")))
L.step(substituted(R("1.96") * SE, lambda a: R("1.96") * a, "~0.0090") and rounds("0.0176", R("1.96") * R("0.0090")), carried=True)
L.step(True, note="SE formula"); L.step(ph * (1 - ph) / 200 == R("0.0006375")); L.step(rounds("0.0252", SE))
L.step(rounds("0.85", 1 / (1 + sp.exp(-R("1.7346")))))
L.done()
