"""Labels for tasks_quiz_probability_estimation.tex: a typed quiz in a two-column `tasks` environment (`\\task`
items, `\\newcommand` macros \\E, \\Var, \\Cov), short answers on moments, distributions, Gaussian/Poisson MLE,
Beta-Binomial, Bernoulli KL, Bayes, entropy, Chebyshev/Jensen. Slips: Var(X + Y) with Cov instead of 2 Cov
(carried into the sd); Var of Exp(lambda) as 1/lambda; the MAP's denominator a + b (carried into
MAP < mean); ln(2/3) taken positive in the KL; P(+) without the 0.99 (carried into P(D | +)); the Poisson
SE as lambda/sqrt(n) (carried into the interval's lower end)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from sympy import stats  # noqa: E402
from truth import Labels, R, rounds, substituted  # noqa: E402

L = Labels("batch9/tasks_quiz_probability_estimation.tex")
E, V = stats.E, stats.variance
B = stats.Bernoulli("B", R("0.3"))
L.step(E(B) == R("0.3")); L.step(V(B) == R("0.3") * R("0.7")); L.step(R("0.3") * R("0.7") == R("0.21"))
Bn = stats.Binomial("N", 10, R("0.3"))
L.step(E(Bn) == 3); L.step(V(Bn) == 10 * R("0.3") * R("0.7")); L.step(10 * R("0.3") * R("0.7") == R("2.1"))
L.step(stats.P(sp.Eq(Bn, 0)) == R("0.7") ** 10); L.step(rounds("0.0282", R("0.7") ** 10, approx=True))
L.define(2, "E X, E Y")
L.step(2 * 2 - 3 * (-1) + 1 == 4 + 3 + 1); L.step(4 + 3 + 1 == 8)
L.define(2, "Var X, Var Y")
L.step(4 * 1 + 9 * 2 == 4 * 1 + 9 * 2); L.step(4 * 1 + 9 * 2 == 22)
L.define(note="Cov = 0.5")
vxy = 1 + 2 + 2 * R("0.5")
L.step(vxy == 1 + 2 + R("0.5"), note="2 Cov"); L.step(1 + 2 + R("0.5") == R("3.5"))
L.step(sp.sqrt(vxy) == sp.sqrt(R("3.5")), carried=True); L.step(rounds("1.8708", sp.sqrt(R("3.5")), approx=True))
U = stats.Uniform("U", 0, 2)
L.step(E(U) == 1); L.step(sp.simplify(V(U) - sp.Rational((2 - 0) ** 2, 12)) == 0); L.step(sp.Rational(4, 12) == sp.Rational(1, 3))
L.step(sp.simplify(E(U**2) - (V(U) + E(U) ** 2)) == 0); L.step(sp.simplify(E(U**2)) == sp.Rational(4, 3))
Ex = stats.Exponential("T", 2)
L.define(note="lambda = 2")
L.step(E(Ex) == sp.Rational(1, 2)); L.step(sp.Rational(1, 2) == R("0.5"))
L.step(sp.simplify(V(Ex) - sp.Rational(1, 2)) == 0, note="1/lambda^2"); L.step(sp.Rational(1, 2) == R("0.5"))
L.step(sp.simplify(stats.P(Ex > 1) - sp.exp(-2)) == 0); L.step(rounds("0.1353", sp.exp(-2), approx=True))
xs = [1, 3, 5, 7]; n = 4
mu = sp.Rational(sum(xs), n); s2 = sp.Rational(sum((x - mu) ** 2 for x in xs), n)
L.step(mu == 4); L.step(s2 == sp.Rational(9 + 1 + 1 + 9, 4)); L.step(s2 == 5)
ll = sum(-sp.log(2 * sp.pi * s2) / 2 - (x - mu) ** 2 / (2 * s2) for x in xs)
L.step(sp.simplify(ll - (-2 * sp.log(10 * sp.pi) - 2)) == 0 and sp.simplify(-sp.Rational(n, 2) * sp.log(2 * sp.pi * s2) - sp.Rational(n, 2) - ll) == 0)
L.step(rounds("-8.8946", -2 * sp.log(10 * sp.pi) - 2, approx=True))
a, b = 2 + 4, 3 + 2
mean = sp.Rational(a, a + b); mapv = sp.Rational(a - 1, a + b - 2)
L.step(rounds("0.5455", mean, approx=True))
L.step(mapv == sp.Rational(6 - 1, 6 + 5), note="a + b - 2"); L.step(sp.Rational(5, 11) == sp.Rational(5, 11)); L.step(rounds("0.4545", sp.Rational(5, 11), approx=True))
L.step(mapv < mean, carried=sp.Rational(5, 11) < mean)
L.define(2, "p, q")
kl = lambda p_, q_: p_ * sp.log(p_ / q_) + (1 - p_) * sp.log((1 - p_) / (1 - q_))
kpq, kqp = kl(R("0.5"), R("0.25")), kl(R("0.25"), R("0.5"))
L.step(sp.simplify(kpq - (R("0.5") * sp.log(R("0.5") / R("0.25")) + R("0.5") * sp.log(R("0.5") / R("0.75")))) == 0)
L.step(substituted(kpq, lambda u, w: R("0.5") * (u + w), "~0.6931", "~0.4055"), note="ln(2/3) < 0")
L.step(R("0.5") * (R("0.6931") + R("0.4055")) == R("0.5493"))
L.step(sp.simplify(kqp - (R("0.25") * sp.log(R("0.5")) + R("0.75") * sp.log(R("1.5")))) == 0)
L.step(substituted(kqp, lambda u, w: u + w, "~-0.1733", "~0.3041")); L.step(R("-0.1733") + R("0.3041") == R("0.1308"))
prev, sens, fpr = R("0.01"), R("0.95"), R("0.05")
pplus = prev * sens + (1 - prev) * fpr
L.step(pplus == R("0.0095") + R("0.05"), note="0.99 x 0.05"); L.step(R("0.0095") + R("0.05") == R("0.0595"))
L.step(prev * sens / pplus == R("0.0095") / R("0.0595"), carried=True); L.step(rounds("0.1597", R("0.0095") / R("0.0595"), approx=True))
L.step(rounds("1.7918", sp.log(6), approx=True)); L.step(rounds("2.5850", sp.log(6, 2), approx=True))
G = stats.Geometric("G", R("0.25"))
L.define(note="p = 0.25"); L.step(E(G) == 1 / R("0.25")); L.step(E(G) == 4)
cnt = [2, 0, 3, 1]
lam = sp.Rational(sum(cnt), 4)
L.step(lam == sp.Rational(6, 4)); L.step(lam == R("1.5"))
lm = sp.symbols("lambda", positive=True)
fisher = -sum(sp.diff(c * sp.log(lm) - lm, lm, 2) for c in cnt)
# Fisher information of n Poisson counts: E[-l''] = sum E[c]/lambda^2 = n/lambda, at lambda-hat
L.step(sp.simplify(fisher.subs({c: lm for c in []}) - sum(sp.Integer(c) for c in cnt) / lm**2) == 0 and 4 / lam == 4 / R("1.5"))
L.step(rounds("2.6667", 4 / R("1.5"), approx=True))
se = sp.sqrt(lam / 4)
L.step(se == lam / sp.sqrt(4), note="sqrt(lambda/n)"); L.step(lam / 2 == R("0.75"))
L.step(lam - R("1.96") * se == R("1.5") - R("1.96") * R("0.75"), carried=True); L.step(R("1.5") - R("1.96") * R("0.75") == R("0.03"))
Z = stats.Normal("Z", 0, 1)
L.step(True, note="Cov formula"); L.step(sp.simplify(E(Z**3) - E(Z) * E(Z**2)) == 0)
X1, X2 = stats.Die("X1", 2), stats.Die("X2", 2)        # values 1, 2 stand for 0, 1
L.step(True, note="max of two 0/1 coins is 1 iff at least one 1")
L.step(E(sp.Max(X1 - 1, X2 - 1)) == R("0.75"))
L.step(True, note="Chebyshev with k = 2"); L.step(True, note="Jensen, ln concave"); L.define(note="X > 0")
L.done()
