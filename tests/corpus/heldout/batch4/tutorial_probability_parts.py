"""Labels for tutorial_probability_parts.tex: a tutorial solution sheet with parts (a), (b), ... and
"common mistake" lines: a screening test by Bayes (odds form, a second test, a digit slip), moments
of a discrete X and of 3 - 2X, independent copies, a joint table (covariance, correlation,
conditionals, total expectation and variance), exponential and uniform moments, Jensen."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, substituted  # noqa: E402

L = Labels("batch4/tutorial_probability_parts.tex")
pD, sens, spec = R("0.02"), R("0.95"), R("0.90")
L.define(3)
pPos = sens * pD + (1 - spec) * (1 - pD)
L.step(pPos == R("0.95") * R("0.02") + R("0.10") * R("0.98")); L.step(R("0.95") * R("0.02") + R("0.10") * R("0.98") == R("0.019") + R("0.098")); L.step(R("0.019") + R("0.098") == R("0.117"))
post = sens * pD / pPos
L.step(post == R("0.019") / R("0.117")); L.step(rounds("0.1624", post))
LR = sens / (1 - spec)
L.step(LR == R("9.5"))
odds2 = sens ** 2 * pD / ((1 - spec) ** 2 * (1 - pD))
L.step(odds2 == R("0.019") / R("0.098") * R("9.5")); L.step(rounds("1.842", odds2))
post2 = odds2 / (1 + odds2)
L.step(substituted(post2, lambda o, o1: o / o1, "~1.842", "~2.842")); L.step(rounds("0.6481", post2, R("1.842") / R("2.842")))
L.step(post2 == 2 * post); L.step(2 * R("0.1624") == R("0.3248"))
L.step(1 - pPos == 1 - R("0.117")); L.step(1 - R("0.117") == R("0.883"))
npv = spec * (1 - pD) / (1 - pPos)
L.step(npv == R("0.90") * R("0.98") / R("0.883")); L.step(R("0.90") * R("0.98") == R("0.882")); L.step(rounds("0.9989", npv))
p2 = R("0.2")
post3 = sens * p2 / (sens * p2 + (1 - spec) * (1 - p2))
L.step(True, note="Bayes written out"); L.step(sens * p2 == R("0.19") and (1 - spec) * (1 - p2) == R("0.08")); L.step(R("0.19") + R("0.08") == R("0.27"))
L.step(rounds("0.7307", post3))
L.step(post == sens, note="confusing the conditionals"); L.step(True, note="sensitivity is 0.95")
L.step(post == sens * pD, note="numerator only"); L.step(R("0.95") * R("0.02") == R("0.019"))
# Question 2
X = {0: R("0.2"), 1: R("0.5"), 2: R("0.3")}
E = lambda f: sum(p * f(k) for k, p in X.items())
EX, EX2 = E(lambda k: k), E(lambda k: k ** 2)
VX = EX2 - EX ** 2
L.step(EX == 0 * R("0.2") + 1 * R("0.5") + 2 * R("0.3")); L.step(EX == R("1.1")); L.step(EX2 == R("0.5") + 4 * R("0.3")); L.step(EX2 == R("1.7"))
L.step(VX == R("1.7") - R("1.1") ** 2); L.step(R("1.1") ** 2 == R("1.21")); L.step(VX == R("0.49")); L.step(sp.sqrt(VX) == R("0.7"))
L.step(EX2 == EX ** 2); L.step(R("1.1") ** 2 == R("1.21"))
L.step(VX == EX2 - EX); L.step(EX2 - EX == R("1.7") - R("1.1")); L.step(R("1.7") - R("1.1") == R("0.6"))
L.step(sp.sqrt(VX) == sp.sqrt(R("0.6")), carried=True); L.step(rounds("0.7746", sp.sqrt(R("0.6"))))
L.define()
EY = E(lambda k: 3 - 2 * k)
VY = E(lambda k: (3 - 2 * k) ** 2) - EY ** 2
L.step(EY == 3 - 2 * R("1.1")); L.step(EY == R("0.8")); L.step(VY == 4 * VX); L.step(4 * R("0.49") == VY); L.step(VY == R("1.96"))
L.step(sp.sqrt(VY) == 2 * R("0.7")); L.step(2 * R("0.7") == R("1.4"))
L.step(VY == -2 * VX); L.step(-2 * R("0.49") == R("-0.98"))
pairs = {(i, j): X[i] * X[j] for i in X for j in X}
E2 = lambda f: sum(p * f(i, j) for (i, j), p in pairs.items())
V2 = lambda f: E2(lambda i, j: f(i, j) ** 2) - E2(f) ** 2
L.step(V2(lambda i, j: i - j) == R("0.49") + R("0.49")); L.step(R("0.49") + R("0.49") == R("0.98"))
L.step(E2(lambda i, j: i * j) == R("1.1") ** 2); L.step(R("1.1") ** 2 == R("1.21"))
L.step(V2(lambda i, j: 2 * i) == 4 * R("0.49")); L.step(4 * R("0.49") == R("1.96")); L.step(R("1.96") > V2(lambda i, j: i + j))
L.step(V2(lambda i, j: i - j) == VX - VX); L.step(VX - VX == 0)
# Question 3
J = {(0, 0): R("0.3"), (0, 1): R("0.2"), (1, 0): R("0.1"), (1, 1): R("0.4")}
L.define(4)
EJ = lambda f: sum(p * f(a, b) for (a, b), p in J.items())
ex, ey, exy = EJ(lambda a, b: a), EJ(lambda a, b: b), EJ(lambda a, b: a * b)
cov = exy - ex * ey
L.step(ex == R("0.5")); L.step(ey == R("0.6")); L.step(exy == R("0.4")); L.step(cov == R("0.4") - R("0.5") * R("0.6")); L.step(cov == R("0.1"))
vx, vy = EJ(lambda a, b: a * a) - ex ** 2, EJ(lambda a, b: b * b) - ey ** 2
rho = cov / sp.sqrt(vx * vy)
L.step(vx == R("0.25")); L.step(vy == R("0.24")); L.step(rho == R("0.1") / sp.sqrt(R("0.25") * R("0.24")))
L.step(substituted(rho, lambda d: R("0.1") / d, "~0.2449") and rounds("0.2449", sp.sqrt(R("0.06")))); L.step(rounds("0.4083", rho, R("0.1") / R("0.2449")))
L.step(rho == R("0.1") / (R("0.25") * R("0.24"))); L.step(rounds("1.6667", R("0.1") / (R("0.25") * R("0.24"))))
vsum = EJ(lambda a, b: (a + b) ** 2) - (ex + ey) ** 2
vdif = EJ(lambda a, b: (a - b) ** 2) - (ex - ey) ** 2
L.step(vsum == R("0.25") + R("0.24") + 2 * R("0.1")); L.step(vsum == R("0.69"))
L.step(vdif == R("0.25") + R("0.24") - R("0.1")); L.step(R("0.25") + R("0.24") - R("0.1") == R("0.39"))
c2 = EJ(lambda a, b: (2 * a + 1) * 3 * b) - EJ(lambda a, b: 2 * a + 1) * EJ(lambda a, b: 3 * b)
L.step(c2 == 6 * cov); L.step(6 * cov == R("0.6"))
L.step(J[(1, 1)] / (J[(1, 0)] + J[(1, 1)]) == R("0.4") / R("0.5")); L.step(R("0.4") / R("0.5") == R("0.8"))
L.step(J[(1, 1)] / (J[(0, 1)] + J[(1, 1)]) == R("0.4") / R("0.5")); L.step(R("0.4") / R("0.5") == R("0.8"))
ey0, ey1 = J[(0, 1)] / R("0.5"), J[(1, 1)] / R("0.5")
L.step(ey0 == R("0.4")); L.step(ey1 == R("0.8")); L.step(ey == R("0.5") * R("0.4") + R("0.5") * R("0.8")); L.step(R("0.6") == R("0.5") * R("0.4") + R("0.5") * R("0.8"))
L.step(ey == ey0 + ey1); L.step(ey0 + ey1 == R("1.2"))
evar = R("0.5") * ey0 * (1 - ey0) + R("0.5") * ey1 * (1 - ey1)
vare = R("0.5") * (ey0 - ey) ** 2 + R("0.5") * (ey1 - ey) ** 2
L.step(evar == R("0.5") * (R("0.4") * R("0.6")) + R("0.5") * (R("0.8") * R("0.2"))); L.step(evar == R("0.2")); L.step(vare == R("0.04"))
L.step(vy == R("0.2") + R("0.04")); L.step(R("0.2") + R("0.04") == R("0.24"))
L.step(vy == evar); L.step(evar == R("0.2"))
# Question 4
x = sp.Symbol("x", positive=True)
f = 2 * sp.exp(-2 * x)
m1, m2 = sp.integrate(x * f, (x, 0, sp.oo)), sp.integrate(x ** 2 * f, (x, 0, sp.oo))
L.step(m1 == sp.Rational(1, 2)); L.step(m2 - m1 ** 2 == sp.Rational(1, 4)); L.step(m2 == sp.Rational(1, 4) + sp.Rational(1, 4)); L.step(sp.Rational(1, 2) == m2)
L.step(m2 - m1 ** 2 == sp.Rational(1, 2))
ee = sp.integrate(sp.exp(-x) * f, (x, 0, sp.oo))
L.step(True, note="E[g(X)] as an integral against the density"); L.step(ee == sp.Rational(2, 3))
L.step(ee == sp.exp(-m1)); L.step(True, note="E[X] = 0.5"); L.step(rounds("0.6065", sp.exp(R("-0.5")))); L.step(R("0.6065") <= R("0.6667"))
u = sp.Symbol("u", positive=True)
EU = lambda g: sp.integrate(g / 2, (u, 0, 2))
L.step(EU(u) == 1); L.step(EU(u ** 2) - EU(u) ** 2 == sp.Rational((2 - 0) ** 2, 12)); L.step(rounds("0.3333", sp.Rational(1, 3))); L.step(EU(u ** 2) == sp.Rational(4, 3))
emax = sp.integrate(sp.Rational(1, 2), (u, 0, 1)) + sp.integrate(u / 2, (u, 1, 2))
L.step(emax == sp.Rational(1, 2) * 1 + sp.Rational(1, 2) * R("1.5")); L.step(emax == R("1.25"))
L.step(emax == max(EU(u), 1)); L.step(max(EU(u), 1) == 1)
L.done()
