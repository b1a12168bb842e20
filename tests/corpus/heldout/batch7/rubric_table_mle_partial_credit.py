"""Labels for rubric_table_mle_partial_credit.tex: a grading rubric as a longtable (answers seen,
comment, credit): Bernoulli MLE with the add-one estimate, a sign slip in l'(p), SE without the root,
invariance; Poisson with n lambda lost (carried), Var(lambda hat) without 1/n; exponential rate as the
mean (carried into P(T > 1)) and P(T <= 1) for P(T > 1); uniform by moments and by the minimum;
Gaussian sigma^2 over n - 1 (carried into sigma hat), deviations doubled, bias."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch7/rubric_table_mle_partial_credit.tex")
Q = sp.Rational
p, lam, th = sp.symbols("p lambda theta", positive=True)
# Q1
xs = [1, 0, 1, 1, 0, 1, 1, 1]; n = len(xs); k = sum(xs)
ell = k * sp.log(p) + (n - k) * sp.log(1 - p)
ph = sp.solve(sp.diff(ell, p), p)[0]
L.step(ph == Q(6, 8)); L.step(Q(6, 8) == R("0.75"))
L.step(ph == Q(6, 8 + 2)); L.step(Q(6, 10) == R("0.6"))
L.step(same(sp.diff(ell, p), 6 / p + 2 / (1 - p), [p])); L.define(note="= 0")
se = sp.sqrt(ph * (1 - ph) / n)
L.step(se == sp.sqrt(R("0.75") * R("0.25") / 8)); L.step(rounds("0.1531", se))
L.step(se == R("0.75") * R("0.25") / 8); L.step(rounds("0.0234", R("0.75") * R("0.25") / 8))
L.step(True, note="invariance: MLE of p^2 is phat^2"); L.step(ph**2 == R("0.5625"))
L.step(ph**2 == Q(36, 66)); L.step(rounds("0.5455", Q(36, 66)))
# Q2
xs = [2, 0, 3, 1, 4]; n = len(xs)
ellp = sum(x * sp.log(lam) - lam - sp.log(sp.factorial(x)) for x in xs)
L.step(same(ellp, 10 * sp.log(lam) - 5 * lam - sum(sp.log(sp.factorial(x)) for x in xs), [lam]))
lh = sp.solve(sp.diff(ellp, lam), lam)[0]
L.step(lh == Q(sum(xs), n)); L.step(Q(10, 5) == lh); L.step(lh == 2)
L.step(same(sp.diff(ellp, lam), sp.diff(10 * sp.log(lam) - lam, lam), [lam]), note="n lambda lost")
L.step(lh == 10, carried=sp.solve(sp.diff(10 * sp.log(lam) - lam, lam), lam)[0] == 10)
L.step(True, note="Var(lambda hat) = lambda/n"); L.step(True, note="plug-in lambda hat = 2, approx"); L.step(Q(2, 5) == R("0.4"))
L.step(False, note="Var = lambda hat"); L.step(lh == 2)
# Q3
ts = [R("0.5"), R("1.5"), 2, 4]; n = len(ts)
elle = n * sp.log(lam) - lam * sum(ts)
le = sp.solve(sp.diff(elle, lam), lam)[0]
L.step(le == n / sum(ts)); L.step(n / sum(ts) == Q(4, 8)); L.step(le == R("0.5"))
L.step(sp.exp(-le * 1) == sp.exp(-R("0.5"))); L.step(rounds("0.6065", sp.exp(-le)))
L.step(le == sum(ts) / n, note="mean for rate"); L.step(sum(ts) / n == 2)
L.step(sp.exp(-le) == sp.exp(-2), carried=True); L.step(rounds("0.1353", sp.exp(-2)))
L.step(le == Q(4, 8)); L.step(Q(4, 8) == R("0.5"))
L.step(sp.exp(-le) == 1 - sp.exp(-le), note="P(T <= 1)"); L.step(rounds("0.3935", 1 - sp.exp(-R("0.5"))))
# Q4
us = [R("1.2"), R("3.1"), R("2.7")]
L.step(True, note="L = theta^-3 on theta >= max"); L.define(note="theta >= 3.1")
L.step(True, note="decreasing: maximum at max x_i"); L.step(max(us) == R("3.1"))
mom = 2 * sum(us) / 3
L.step(mom == max(us), note="method of moments"); L.step(substituted(mom, lambda m: 2 * m, "~2.3333")); L.step(rounds("4.6667", mom))
L.step(min(us) == max(us), note="minimum"); L.step(min(us) == R("1.2"))
# Q5
gs = [1, 3, 5, 7]; n = len(gs); mu = Q(sum(gs), n); ss = sum((g - mu)**2 for g in gs)
s2 = ss / n
L.step(True, note="mu hat = xbar"); L.step(mu == 4); L.step(True, note="sigma^2 MLE formula"); L.step(ss / n == Q(20, 4)); L.step(s2 == 5)
L.step(sp.sqrt(s2) == sp.sqrt(5)); L.step(rounds("2.2361", sp.sqrt(5)))
L.step(s2 == Q(20, 3)); L.step(rounds("6.6667", Q(20, 3)))
L.step(sp.sqrt(s2) == sp.sqrt(R("6.6667")), carried=True); L.step(rounds("2.5820", sp.sqrt(R("6.6667"))))
L.step(s2 == Q(16 + 4 + 4 + 16, 4)); L.step(Q(40, 4) == 10)
# E[(X_i - Xbar)^2] = sigma^2 * (sum of squared coefficients of X_i - Xbar)
bias = n * ((1 - Q(1, n))**2 + (n - 1) * Q(1, n)**2) / n
L.step(bias == Q(n - 1, n)); L.step(Q(n - 1, n) < 1, note="< sigma^2 for sigma^2 > 0")
L.step(bias == 1, note="unbiased claimed")
L.done()
