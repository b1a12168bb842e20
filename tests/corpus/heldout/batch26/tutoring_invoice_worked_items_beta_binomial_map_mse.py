"""Labels for tutoring_invoice_worked_items_beta_binomial_map_mse.tex: a tutor's invoice with the worked
example of each billed item: a Beta(3, 2) prior with 7 of 12 successes (posterior, mean, variance,
predictive), the MAP estimate from the log posterior, and MAP for a one-weight Gaussian regression as
least squares with an L2 penalty (lambda = sigma^2 / tau^2), with residuals, MSE and the penalised objective.
The mistakes are listed in README.md (last section)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch26/tutoring_invoice_worked_items_beta_binomial_map_mse.tex")
k, n, a, b = 7, 12, 3, 2
L.define(4, "k, n, a, b")
th = sp.symbols("theta", positive=True)
lik = th ** k * (1 - th) ** (n - k); prior = th ** (a - 1) * (1 - th) ** (b - 1)
L.step(True, note="Bayes, up to the evidence")
L.step(same(lik * prior, th ** (k + a - 1) * (1 - th) ** (n - k + b - 1)))
L.step(same(th ** (k + a - 1) * (1 - th) ** (n - k + b - 1), th ** 9 * (1 - th) ** 6))
A, B = a + k, b + n - k
L.define(); L.step(A == 10); L.define(); L.step(B == 7)
mean = sp.Rational(A, A + B)
L.step(True, note="Beta mean"); L.step(mean == sp.Rational(10, 17)); L.step(rounds("0.5882", mean))
var = sp.Rational(A * B, (A + B) ** 2 * (A + B + 1))
L.step(True, note="Beta variance"); L.step(var == sp.Rational(70, 289 * 18))
L.step(289 * 18 == 5102, note="5202"); L.step(rounds("0.0137", sp.Rational(70, 5102)))
L.step(substituted(sp.sqrt(var), sp.sqrt, "~0.0137"), carried=True)
L.step(rounds("0.1170", sp.sqrt(R("0.0137"))))
L.step(sp.Rational(a, a + b) == sp.Rational(3, 5)); L.step(sp.Rational(3, 5) == R("0.6"))
L.step(sp.Rational(k, n) == sp.Rational(7, 12)); L.step(rounds("0.5833", sp.Rational(7, 12)))
L.step(R("0.5833") < R("0.5882")); L.step(R("0.5882") < R("0.6"))
L.step(mean == sp.Rational(5, 17) * R("0.6") + sp.Rational(12, 17) * sp.Rational(7, 12))
L.step(rounds("0.5882", mean), note="predictive = posterior mean")
p2 = sp.Rational(A * (A + 1), (A + B) * (A + B + 1))
# P(next two) = E[theta^2]
L.step(p2 == sp.Rational(10 * 11, 17 * 18)); L.step(p2 == sp.Rational(110, 306)); L.step(rounds("0.3595", p2))
L.step(289 * 18 == 5202); L.step(var == sp.Rational(70, 5202)); L.step(rounds("0.0135", var)); L.step(rounds("0.1160", sp.sqrt(var)))
# item 2
ell = 9 * sp.log(th) + 6 * sp.log(1 - th)
ellw = 9 * sp.log(th) + 5 * sp.log(1 - th)
L.define(note="ell")
L.step(False, note="exponent 6, not 5")
L.step(same(sp.diff(ell, th), 9 / th - 5 / (1 - th)), carried=same(sp.diff(ellw, th), 9 / th - 5 / (1 - th))); L.define(note="= 0")
mapt = sp.solve(sp.diff(ell, th), th)[0]; mapw = sp.solve(sp.diff(ellw, th), th)[0]
L.step(mapt == sp.Rational(9, 14), carried=mapw == sp.Rational(9, 14), note="9(1-t) = 5t is the wrong stationarity")
L.step(mapt == sp.Rational(9, 14), carried=mapw == sp.Rational(9, 14)); L.step(rounds("0.6429", sp.Rational(9, 14)))
L.step(n - k + b - 1 == 6); L.step(12 - 7 + 2 - 1 == 6)
L.step(same(sp.diff(ell, th), 9 / th - 6 / (1 - th))); L.step(mapt == sp.Rational(9, 15)); L.step(sp.Rational(9, 15) == R("0.6"))
L.step(R("0.6") == sp.Rational(a + k - 1, a + b + n - 2))
L.step(R("0.6") > R("0.5882")); L.step(A > B)
L.step(True, note="ell at the mode, up to const"); L.step(rounds("-10.0952", 9 * sp.log(R("0.6")) + 6 * sp.log(R("0.4")), approx=True))
L.define(2, "a = b = 1"); L.step(rounds("0.5833", sp.Rational(k + 1 - 1, n + 2 - 2)))
# item 3
L.define(3, "model, sigma^2, tau^2"); L.define(2, "data")
x = [1, 2, 3]; y = [R("1.5"), R("2.5"), R("3.5")]; s2, t2 = 1, R("0.5")
w = sp.symbols("w", real=True)
sse = sum((yi - w * xi) ** 2 for xi, yi in zip(x, y))
nlp = sse / (2 * s2) + w ** 2 / (2 * t2)
lam = s2 / t2
L.step(True, note="-ln of Gaussian likelihood times Gaussian prior")
L.step(same(nlp, (sse + lam * w ** 2) / (2 * s2), positive=False))
L.define(note="lambda")
J = sse + lam * w ** 2
L.step(same(sp.diff(J, w), -2 * sum(xi * (yi - w * xi) for xi, yi in zip(x, y)) + 2 * lam * w, positive=False)); L.define(note="= 0")
wmap = sp.solve(sp.diff(J, w), w)[0]
Sxy = sum(xi * yi for xi, yi in zip(x, y)); Sxx = sum(xi ** 2 for xi in x)
L.step(wmap == Sxy / (Sxx + lam))
L.step(Sxy == R("1.5") + 5 + R("10.5")); L.step(Sxy == 17); L.step(Sxx == 1 + 4 + 9); L.step(Sxx == 14)
L.step(lam == t2 / s2, note="sigma^2/tau^2"); L.step(t2 / s2 == R("0.5"))
L.step(wmap == sp.Rational(17) / (14 + R("0.5")), carried=True); L.step(rounds("1.1724", 17 / (14 + R("0.5"))))
L.step(True, note="MLE = Sxy / Sxx"); L.step(rounds("1.2143", sp.Rational(17, 14)))
L.step(True, note="definition restated"); L.step(lam == 1 / R("0.5")); L.step(lam == 2); L.step(wmap == sp.Rational(17, 16)); L.step(wmap == R("1.0625"))
res = [yi - wmap * xi for xi, yi in zip(x, y)]
L.step(res == [R("0.4375"), R("0.385"), R("0.3125")], note="0.375")
mse = sum(r ** 2 for r in res) / 3
L.step(substituted(mse, lambda p, q, r: (p + q + r) / 3, "~0.1914", "~0.1482", "~0.0977"), carried=True)
L.step(R("0.1914") + R("0.1482") + R("0.0977") == R("0.4373")); L.step(rounds("0.1458", R("0.4373") / 3))
Jv = J.subs(w, wmap)
L.step(substituted(Jv, lambda m: 3 * m + 2 * R("1.0625") ** 2, "~0.1458"), carried=True)
L.step(3 * R("0.1458") == R("0.4374") and rounds("2.2578", 2 * R("1.0625") ** 2)); L.step(R("0.4374") + R("2.2578") == R("2.6952"))
L.step(R("2.5") - R("2.125") == R("0.375")); L.step(rounds("0.1432", mse)); L.step(rounds("2.6875", Jv))
L.step(2 * 45 == 90 and sp.Rational(60 + 30 + 30, 60) == 2)
L.done()
