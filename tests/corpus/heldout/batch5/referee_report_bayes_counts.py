"""Labels for referee_report_bayes_counts.tex: a referee report quoting a manuscript's formulas and
correcting them: a screening test with the specificity used as the false-positive rate (carried into
the odds and a second test), Dirichlet-Multinomial posterior means over n + 1 and a variance with
alpha_0 for alpha_0 + 1 (carried into an sd and an interval), variance laws (Var(X - Y) = Var X - Var Y,
Var(2X + 3) = 2 Var X + 3, Var of an average), the law of total variance with a term dropped
(carried into a tail probability)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from sympy.stats import Normal, cdf, P as Prob, E, variance, Bernoulli, density  # noqa: E402
from truth import Labels, R, rounds, substituted  # noqa: E402

L = Labels("batch5/referee_report_bayes_counts.tex")
pD, sens, spec = R("0.02"), R("0.95"), R("0.9")
pplus = sens * pD + (1 - spec) * (1 - pD)
post = sens * pD / pplus
L.define(3)
L.step(post == sens * pD / (sens * pD + spec * (1 - pD)))
L.step(R("0.95") * R("0.02") / (R("0.95") * R("0.02") + R("0.9") * R("0.98")) == R("0.019") / R("0.901")); L.step(rounds("0.0211", R("0.019") / R("0.901")))
L.step(substituted(post / (1 - post), lambda q, r: q / r, "~0.0211", "~0.9789"), carried=True); L.step(rounds("0.0216", R("0.0211") / R("0.9789")))
L.step(1 - R("0.9") == R("0.1"))
L.step(pplus == R("0.95") * R("0.02") + R("0.1") * R("0.98")); L.step(pplus == R("0.019") + R("0.098")); L.step(pplus == R("0.117"))
L.step(post == R("0.019") / R("0.117")); L.step(rounds("0.1624", post))
odds = pD / (1 - pD) * sens / (1 - spec)
L.step(rounds("0.0204", pD / (1 - pD))); L.step(sens / (1 - spec) == R("9.5")); L.step(rounds("0.1939", R("0.0204") * R("9.5"), odds)); L.step(rounds("0.1624", R("0.1939") / R("1.1939"), odds / (1 + odds)))
post2 = sens * post / (sens * post + (1 - spec) * (1 - post))
L.step(False, carried=True, note="their formula on their prior"); L.step(rounds("0.0222", R("0.95") * R("0.0211") / (R("0.95") * R("0.0211") + R("0.9") * R("0.9789"))))
L.step(substituted(post2, lambda q, r: R("0.95") * q / (R("0.95") * q + R("0.1") * r), "~0.1624", "~0.8376"))
L.step(R("0.95") * R("0.1624") == R("0.15428") and R("0.95") * R("0.1624") + R("0.1") * R("0.8376") == R("0.23804"))
L.step(rounds("0.6481", R("0.15428") / R("0.23804"), post2))
# Dirichlet
alpha = [1 + 5, 1 + 3, 1 + 2]; a0 = sum(alpha)
L.define(); L.step(a0 == 13)
mean = [sp.Rational(a, a0) for a in alpha]
L.step(mean[0] == sp.Rational(5 + 1, 10 + 1)); L.step(rounds("0.5455", sp.Rational(6, 11)))
L.step(rounds("0.4615", sp.Rational(6, 13)) and mean[0] == sp.Rational(6, 13))
L.step(mean[1] == sp.Rational(3 + 1, 10 + 1)); L.step(rounds("0.3636", sp.Rational(4, 11))); L.step(rounds("0.2727", mean[2]))
L.step(mean[1] == sp.Rational(4, 13)); L.step(rounds("0.3077", mean[1])); L.step(mean[2] == sp.Rational(3, 13)); L.step(rounds("0.2308", mean[2]))
L.step(R("0.5455") + R("0.3636") + R("0.2727") == R("1.1818"))
L.step(rounds("0.5455", mean[0]), carried=True)
# mode of a Dirichlet: maximise the log density on the simplex
t1, t2 = sp.symbols("t1 t2", positive=True)
logd = (alpha[0] - 1) * sp.log(t1) + (alpha[1] - 1) * sp.log(t2) + (alpha[2] - 1) * sp.log(1 - t1 - t2)
mode = sp.solve([sp.diff(logd, t1), sp.diff(logd, t2)], [t1, t2], dict=True)[0]
L.step(mode[t1] == sp.Rational(alpha[0] - 1, a0 - 3) and mode[t2] == sp.Rational(alpha[1] - 1, a0 - 3))
L.step((mode[t1], mode[t2], 1 - mode[t1] - mode[t2]) == (R("0.5"), R("0.3"), R("0.2")))
var1 = sp.Rational(alpha[0] * (a0 - alpha[0]), a0**2 * (a0 + 1))
cov12 = -sp.Rational(alpha[0] * alpha[1], a0**2 * (a0 + 1))
# the formulas, from the Beta marginal and E[t1 t2] of the Dirichlet
Et1t2 = sp.Rational(alpha[0] * alpha[1], a0 * (a0 + 1))
L.step(var1 == sp.Rational(6 * 7, 13**2 * 13)); L.step(rounds("0.0191", sp.Rational(42, 2197)))
L.step(rounds("0.1382", sp.sqrt(var1)), carried=rounds("0.1382", sp.sqrt(R("0.0191"))), note="the writer's 0.0191"); L.step(rounds("0.1382", sp.sqrt(R("0.0191"))))
L.step(var1 == sp.Rational(alpha[0] * (a0 - alpha[0]), a0**2 * (a0 + 1))); L.step(var1 == sp.Rational(6 * 7, 169 * 14)); L.step(rounds("0.0178", var1))
L.step(Et1t2 - mean[0] * mean[1] == cov12); L.step(cov12 == -sp.Rational(24, 2366)); L.step(rounds("-0.0101", cov12))
L.step(rounds("0.2764", 2 * sp.sqrt(R("0.0191")))); L.step(rounds("0.2668", 2 * sp.sqrt(R("0.0178"))))
# variance laws on an exact joint table with Var X = 4, Var Y = 1, Cov = 0.5
vals = [(2, 1, sp.Rational(1, 4) + sp.Rational(1, 16)), (-2, -1, sp.Rational(1, 4) + sp.Rational(1, 16)),
        (2, -1, sp.Rational(1, 4) - sp.Rational(1, 16)), (-2, 1, sp.Rational(1, 4) - sp.Rational(1, 16))]
Ex = lambda f: sum(pr * f(xx, yy) for xx, yy, pr in vals)
Var = lambda f: Ex(lambda a, b: f(a, b)**2) - Ex(f)**2
Cov = lambda f, g: Ex(lambda a, b: f(a, b) * g(a, b)) - Ex(f) * Ex(g)
X_, Y_ = (lambda a, b: a), (lambda a, b: b)
assert Var(X_) == 4 and Var(Y_) == 1 and Cov(X_, Y_) == R("0.5")
L.define(3)
L.step(Var(lambda a, b: a - b) == Var(X_) - Var(Y_)); L.step(Var(X_) - Var(Y_) == 3)
L.step(Var(lambda a, b: 2 * a + 3) == 2 * Var(X_) + 3); L.step(2 * 4 + 3 == 11)
L.step(Var(lambda a, b: a - b) == Var(X_) + Var(Y_) - 2 * Cov(X_, Y_)); L.step(Var(X_) + Var(Y_) - 2 * Cov(X_, Y_) == 4 + 1 - 1); L.step(4 + 1 - 1 == 4)
L.step(Var(lambda a, b: 2 * a + 3) == 4 * Var(X_)); L.step(4 * Var(X_) == 16)
L.step(Var(lambda a, b: a + b) == 4 + 1 + 2 * R("0.5")); L.step(4 + 1 + 2 * R("0.5") == 6)
L.step(Cov(lambda a, b: 2 * a, lambda a, b: -b) == -2 * Cov(X_, Y_)); L.step(-2 * Cov(X_, Y_) == -1)
rho = Cov(X_, Y_) / sp.sqrt(Var(X_) * Var(Y_))
L.step(rho == R("0.5") / (2 * 1)); L.step(R("0.5") / 2 == R("0.25"))
L.define(); L.step(Var(lambda a, b: (a + b) * sp.Rational(1, 2)) == sp.Rational(6, 2)); L.step(sp.Rational(6, 2) == 3)
L.step(Var(lambda a, b: (a + b) * sp.Rational(1, 2)) == sp.Rational(6, 4) == R("1.5"))
# the mixture
C = Bernoulli("C", R("0.5"))
Zs = Normal("Z", 0, 1)
S = 4 * C + Zs
L.define()
L.step(sp.simplify(variance(S)) == 1); L.step(True, note="E[Var(S | C)] = 1")
L.step(sp.simplify(variance(S)) == 1 + 4); L.step(1 + 4 == 5 and R("0.5") * (0 - 2)**2 + R("0.5") * (4 - 2)**2 == 4); L.step(1 + 4 == 5)
L.step(sp.simplify(E(S)) == 2)
tail = R("0.5") * (1 - cdf(Normal("N0", 0, 1))(4)) + R("0.5") * (1 - cdf(Normal("N4", 4, 1))(4))
L.step(sp.simplify(tail - (1 - cdf(Normal("N0b", 0, 1))(4))) == 0, carried=True); L.step(abs(sp.N(1 - cdf(Normal("N0c", 0, 1))(4))) < 1)
L.step(sp.simplify(tail - (R("0.5") * (1 - cdf(Normal("N0d", 0, 1))(4)) + R("0.5") * R("0.5"))) == 0); L.step(rounds("0.2500", tail))
L.done()
