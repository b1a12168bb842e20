"""Labels for h_exam_parts_reused_symbols.tex: an exam script typed for moderation, enumerate-heavy
(problem > part > case), where X, Y, P(D), x, n, lambda are re-bound in each part. Slips: Var(2X + 1) =
2 Var X + 1 (carried into the sd), Cov(X + 1, Y) = Cov + 1, Corr with the variances, Var(2X) = 2 Var X,
P(D^c) taken as P(D) (carried into P(D|+)), the Poisson MLE over n - 1 (a wrong definition, carried into
P(X = 0)), the geometric sum 2^n - 1 for n + 1 terms, lim (1 + 2/n)^n = e. Moments from explicit normal
variables (sympy.stats), Bayes in exact rationals, MLEs by sp.solve, sums and limits by SymPy."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from sympy.stats import Normal, E, variance, covariance  # noqa: E402
from truth import Labels, R, rounds  # noqa: E402

L = Labels("batch6/h_exam_parts_reused_symbols.tex")
Q = sp.Rational
Z1, Z2 = Normal("Z1", 0, 1), Normal("Z2", 0, 1)
# Problem 1 (a)
X = 2 + sp.sqrt(3) * Z1; Y = 2 * X + 1
L.define(3)
L.step(E(Y) == 2 * E(X) + 1); L.step(E(Y) == 5)
L.step(True, note="Var(Y) = Var(2X + 1)"); L.step(variance(Y) == 2 * variance(X) + 1); L.step(2 * 3 + 1 == 7)
L.step(sp.sqrt(variance(Y)) == sp.sqrt(7), carried=True); L.step(rounds("2.6458", sp.sqrt(7)))
L.step(E(X**2) == variance(X) + E(X)**2); L.step(variance(X) + E(X)**2 == 3 + 4); L.step(3 + 4 == 7)
# (b)
X = 1 + 2 * Z1; Y = -2 + Q(3, 2) * Z1 + sp.sqrt(Q(27, 4)) * Z2
assert (E(X), E(Y), variance(X), sp.simplify(variance(Y)), covariance(X, Y)) == (1, -2, 4, 9, 3)
L.define(5)
vxy = sp.simplify(variance(X + Y))
L.step(vxy == variance(X) + sp.simplify(variance(Y)) + 2 * covariance(X, Y)); L.step(vxy == 4 + 9 + 6); L.step(4 + 9 + 6 == 19)
L.step(sp.simplify(variance(X - Y)) == 4 + 9 - 2 * 3); L.step(4 + 9 - 2 * 3 == 7)
L.step(covariance(2 * X, 3 * Y) == 6 * covariance(X, Y)); L.step(6 * 3 == 18)
L.step(covariance(X + 1, Y) == covariance(X, Y) + 1); L.step(3 + 1 == 4)
corr = covariance(X, Y) / sp.sqrt(variance(X) * sp.simplify(variance(Y)))
L.step(corr == covariance(X, Y) / (variance(X) * sp.simplify(variance(Y)))); L.step(Q(3, 4 * 9) == Q(3, 36)); L.step(rounds("0.0833", Q(3, 36)))
L.step(sp.simplify(E(X * Y)) == covariance(X, Y) + E(X) * E(Y)); L.step(3 + 1 * (-2) == sp.simplify(E(X * Y))); L.step(3 + 1 * (-2) == 1)
# (c) cases
X, Y = Z1, Z2
L.define(2); L.step(variance(X + Y) == 1 + 1); L.step(1 + 1 == 2)
X = Z1; Y = X
L.define(2); L.step(variance(X + Y) == variance(2 * X)); L.step(variance(2 * X) == 2 * variance(X)); L.step(2 * 1 == 2)
X = Z1; Y = -X
L.define(2); L.step(variance(X + Y) == 0); L.step(True, note="Var(0) = 0")
# Problem 2
sens, fpr = R("0.9"), R("0.05")
L.define(2)
pD = R("0.01"); L.define()
pp = sens * pD + fpr * (1 - pD)
L.step(True, note="total probability"); L.step(pp == R("0.9") * R("0.01") + R("0.05") * R("0.99"))
L.step(R("0.009") + R("0.0495") == R("0.9") * R("0.01") + R("0.05") * R("0.99")); L.step(R("0.009") + R("0.0495") == R("0.0585"))
L.step(sens * pD / pp == R("0.009") / R("0.0585")); L.step(rounds("0.1538", R("0.009") / R("0.0585")))
pD = R("0.2"); L.define()
pp = sens * pD + fpr * (1 - pD)
L.step(pp == R("0.9") * R("0.2") + R("0.05") * R("0.2")); L.step(R("0.9") * R("0.2") + R("0.05") * R("0.2") == R("0.19"))
L.step(sens * pD / pp == R("0.18") / R("0.19"), carried=True); L.step(rounds("0.9474", R("0.18") / R("0.19")))
pD = R("0.01"); L.define()
L.step(True, note="P(++|D) = 0.9^2 (cond. independent)"); L.step(R("0.9")**2 == R("0.81"))
L.step(True); L.step(R("0.05")**2 == R("0.0025"))
post = sens**2 * pD / (sens**2 * pD + fpr**2 * (1 - pD))
L.step(post == R("0.81") * R("0.01") / (R("0.81") * R("0.01") + R("0.0025") * R("0.99")))
L.step(R("0.81") * R("0.01") / (R("0.81") * R("0.01") + R("0.0025") * R("0.99")) == R("0.0081") / R("0.010575"))
L.step(rounds("0.7660", post))
# Problem 3 (a) Bernoulli
p, lam = sp.symbols("p lambda", positive=True)
data = [1, 0, 1, 1, 0, 1, 1, 1]; L.define()
ell = sum(sp.log(p) if v else sp.log(1 - p) for v in data)
L.step(sp.simplify(ell - (6 * sp.log(p) + 2 * sp.log(1 - p))) == 0)
L.step(sp.simplify(sp.diff(ell, p) - (6 / p - 2 / (1 - p))) == 0); L.define(note="= 0")
phat = sp.solve(sp.diff(ell, p), p)[0]
L.step(phat == Q(6, 8)); L.step(Q(6, 8) == R("0.75"))
# (b) Poisson
data = [2, 0, 3, 1, 4]; n = 5; L.define()
ell = sum(v * sp.log(lam) - lam - sp.log(sp.factorial(v)) for v in data)
lhat = sp.solve(sp.diff(ell, lam), lam)[0]
L.step(lhat == Q(sum(data), n - 1)); L.step(Q(sum(data), n - 1) == Q(10, 4)); L.step(Q(10, 4) == R("2.5"))
L.step(True, note="P(X=0) = e^{-lambda} at the fit"); L.step(sp.exp(-lhat) == sp.exp(-R("2.5")), carried=True)
L.step(rounds("0.0821", sp.exp(-R("2.5"))))
# (c) Exponential
data = [R("0.5"), R("1.5"), R("2.0")]; n = 3; L.define()
ell = sum(sp.log(lam) - lam * v for v in data)
L.step(sp.simplify(ell - (n * sp.log(lam) - lam * sum(data))) == 0); L.step(sp.simplify(ell - (3 * sp.log(lam) - 4 * lam)) == 0)
L.step(sp.simplify(sp.diff(ell, lam) - (3 / lam - 4)) == 0); L.define(note="= 0")
lhat = sp.solve(sp.diff(ell, lam), lam)[0]
L.step(lhat == Q(3, 4)); L.step(Q(3, 4) == R("0.75"))
L.step(rounds("1.3333", 1 / lhat)); L.step(rounds("1.3333", sum(data) / n))
# Problem 4
k = sp.Symbol("k", integer=True)
n = 10; L.define(); L.step(sp.summation(k, (k, 1, n)) == Q(n * (n + 1), 2)); L.step(Q(n * (n + 1), 2) == 55)
n = 5; L.define(); L.step(sp.summation(2**k, (k, 0, n)) == 2**n - 1); L.step(2**n - 1 == 31)
n = 4; L.define(); L.step(sp.summation(k**2, (k, 1, n)) == 1 + 4 + 9 + 16); L.step(1 + 4 + 9 + 16 == 30); L.step(30 == Q(n * (n + 1) * (2 * n + 1), 6))
m = sp.Symbol("m", positive=True)
L.step(sp.limit((1 + 1 / m)**m, m, sp.oo) == sp.E); L.step(sp.limit((1 + 2 / m)**m, m, sp.oo) == sp.E)
L.step(sp.limit(m / (2 * m + 1), m, sp.oo) == Q(1, 2))
L.done()
