"""Labels for blackboard_conjugate_priors.tex: a lecture's board transcript (eqnarray, \\propto):
Gamma-Poisson with the two updates swapped (carried into the posterior mean) and corrected, a
Gamma variance slip, the weighted-average form, the negative-binomial predictive; Normal-Normal
with numbers, a rubbed-out variance formula, n = 16 and the limits."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch4/blackboard_conjugate_priors.tex")
lam = sp.Symbol("lambda", positive=True)
y = [3, 5, 4]
n = len(y)
L.define(2); L.step(sum(y) == 12); L.step(sp.Rational(sum(y), n) == 4)
a, b = 2, R("0.5")
L.define(2); L.step(a / b == 4)
L.step(True, note="posterior proportional to prior times likelihood")
L.step(same(lam ** (a - 1) * sp.exp(-b * lam) * sp.prod([lam ** k * sp.exp(-lam) for k in y]),
            lam ** (a + sum(y) - 1) * sp.exp(-(b + n) * lam)))
A, B = a + sum(y), b + n                       # the true posterior Gamma(14, 3.5)
L.step(A == a + n, note="swapped"); L.step(a + n == 5)
L.step(B == b + sum(y), note="swapped"); L.step(b + sum(y) == R("12.5"))
L.step(A / B == R("0.4"), carried=R(5) / R("12.5") == R("0.4")); L.step(5 / R("12.5") == R("0.4"))
L.step(A == a + sum(y)); L.step(a + sum(y) == 14); L.step(B == b + n); L.step(b + n == R("3.5"))
L.step(A / B == 14 / R("3.5")); L.step(14 / R("3.5") == 4)
L.step(A / B ** 2 == A / B, note="Gamma variance is a/b^2"); L.step(A / B == 4)
L.step(A / B ** 2 == 14 / R("3.5") ** 2); L.step(rounds("1.1429", 14 / R("3.5") ** 2))
L.step(sp.solve(sp.diff((A - 1) * sp.log(lam) - B * lam, lam), lam) == [(A - 1) / B]); L.step((A - 1) / B == 13 / R("3.5")); L.step(rounds("3.7143", 13 / R("3.5")))
al, be, nn, yb = sp.symbols("alpha beta n ybar", positive=True)
L.step(same((al + nn * yb) / (be + nn), be / (be + nn) * al / be + nn / (be + nn) * yb), note="sum y = n ybar")
L.step(R("0.5") / R("3.5") * 4 + 3 / R("3.5") * 4 == (a + sum(y)) / (b + n)); L.step(R("0.5") / R("3.5") * 4 + 3 / R("3.5") * 4 == 4)
pred0 = (B / (B + 1)) ** A
L.step(True, note="negative binomial P(0)"); L.step(pred0 == sp.Rational(7, 9) ** 14); L.step(rounds("0.0296", pred0))
L.step(rounds("0.0183", sp.exp(-4)))
# the student's example: Gamma(1, 1), y = (0, 2) -> Gamma(3, 3)
A2, B2 = 1 + 2, 1 + 2
L.define(); L.step(A2 == 1 + 2); L.step(1 + 2 == 3); L.step(B2 == 1 + 2); L.step(1 + 2 == 3); L.step(sp.Rational(A2, B2) == sp.Rational(3, 3)); L.step(sp.Rational(3, 3) == 1)
L.step(sp.Rational(A2 - 1, B2) == sp.Rational(3, 3 - 1)); L.step(sp.Rational(3, 2) == R("1.5"))
L.step(rounds("0.3333", sp.Rational(A2, B2 ** 2)))
pz = (sp.Rational(B2, B2 + 1)) ** A2
L.step(pz == sp.exp(-1)); L.step(rounds("0.3679", sp.exp(-1)))
L.step(sp.Rational(A2 - 1, B2) == sp.Rational(2, 3)); L.step(pz == sp.Rational(3, 4) ** 3); L.step(rounds("0.4219", pz))
# Normal-Normal
mu, mu0, tau2, s2, xb = sp.symbols("mu mu0 tau2 sigma2 xbar", positive=True)
L.define(3)
xs = sp.symbols("x1:5", real=True)                 # n = 4 symbolic observations for the proportionality
logpost = -(mu - mu0) ** 2 / (2 * tau2) - sum((xi - mu) ** 2 for xi in xs) / (2 * s2)
L.step(True, note="prior times likelihood")
quad = -(1 / tau2 + 4 / s2) * mu ** 2 / 2 + (mu0 / tau2 + 4 * (sum(xs) / 4) / s2) * mu
L.step(sp.simplify(sp.diff(logpost - quad, mu)) == 0, note="differ by a constant in mu")
L.define(2)
taun2 = 1 / (1 / tau2 + nn / s2)
L.step(same(taun2 * (mu0 / tau2 + nn * xb / s2), (s2 * mu0 + nn * tau2 * xb) / (s2 + nn * tau2)))
L.step(same(taun2, tau2 + s2 / nn))
L.define(2)
num = lambda e: e.subs({tau2: 4, s2: 1, nn: 4, mu0: 0, xb: R("2.5")})
L.step(num(1 / taun2) == sp.Rational(1, 4) + 4); L.step(sp.Rational(1, 4) + 4 == R("4.25")); L.step(rounds("0.2535", num(taun2)), note="digits swapped")
mun = taun2 * (mu0 / tau2 + nn * xb / s2)
L.step(substituted(num(mun), lambda t_: t_ * (0 + 4 * R("2.5")), "~0.2535"), carried=True)
L.step(0 + 4 * R("2.5") == 10); L.step(rounds("2.535", R("0.2535") * 10))
L.step(rounds("0.5035", sp.sqrt(num(taun2))), carried=rounds("0.5035", sp.sqrt(R("0.2535")))); L.step(rounds("0.5035", sp.sqrt(R("0.2535"))))
L.step(rounds("0.9869", R("1.96") * R("0.5035")))
L.step(R("2.535") < R("2.5"))
L.step(1 + num(taun2) == num(taun2), note="forgot sigma^2"); L.step(rounds("0.2535", num(taun2)), carried=True)
L.step(num(taun2) == 1 / R("4.25")); L.step(rounds("0.2353", num(taun2)))
L.step(substituted(num(mun), lambda t_: t_ * 10, "~0.2353")); L.step(rounds("2.353", num(mun), R("0.2353") * 10))
L.step(True, note="predictive variance sigma^2 + tau_n^2"); L.step(rounds("1.2353", 1 + num(taun2)))
num16 = lambda e: e.subs({tau2: 4, s2: 1, nn: 16, mu0: 0, xb: R("2.5")})
L.step(num16(1 / taun2) == R("0.25") + 16); L.step(R("0.25") + 16 == R("16.25"))
L.step(num16(mun) == 16 * R("2.5") / R("16.25")); L.step(16 * R("2.5") == 40); L.step(rounds("2.4516", 40 / R("16.25")))
L.step(sp.limit(mun, nn, sp.oo) == xb); L.step(sp.limit(taun2, nn, sp.oo) == s2 / tau2)
L.step(sp.limit(mun, tau2, sp.oo) == xb); L.step(same(sp.limit(taun2, tau2, sp.oo), s2))
L.done()
