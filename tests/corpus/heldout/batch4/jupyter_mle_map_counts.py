"""Labels for jupyter_mle_map_counts.tex: a Jupyter notebook exported to LaTeX (markdown cells with
$$...$$ and aligned, code cells in Verbatim): Poisson MLE and Gamma-prior MAP, exponential MLE
inverted (carried into the mean lifetime) and corrected, Gaussian MLE."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch4/jupyter_mle_map_counts.tex")
lam = sp.Symbol("lambda", positive=True)
x = [2, 4, 3, 6, 2]
n = len(x)
L.define(2)
L.step(sum(x) == 17)
ell = sum(k * sp.log(lam) - lam - sp.log(sp.factorial(k)) for k in x)
L.define(); L.step(same(ell, 17 * sp.log(lam) - 5 * lam - sp.log(414720)))
d1, d2 = sp.diff(ell, lam), sp.diff(ell, lam, 2)
L.step(same(d1, 17 / lam - 5)); L.step(same(d2, -17 / lam ** 2)); L.step(sp.ask(sp.Q.negative(-17 / lam ** 2)))
mle = sp.solve(d1, lam)
L.step(mle == [sp.Rational(17, 5)]); L.step(sp.Rational(17, 5) == R("3.4"))
at = lambda v: ell.subs(lam, v)
L.step(same(at(R("3.4")), 17 * sp.log(R("3.4")) - 17 - sp.log(414720)))
L.step(substituted(at(R("3.4")), lambda a, b: a - 17 - b, "~20.804", "~12.935")
       and rounds("20.804", 17 * sp.log(R("3.4")), approx=True) and rounds("12.935", sp.log(414720), approx=True))
L.step(R("20.804") - 17 - R("12.935") == R("-9.131"))
L.define()
L.step(same(at(3), 17 * sp.log(3) - 15 - sp.log(414720))); L.step(rounds("-9.295", at(3), approx=True)); L.step(R("-9.295") < R("-9.131"))
L.define(); L.step(same(-sp.diff(sum(k * sp.log(lam) - lam for k in [sp.Symbol("k")]), lam, 2).subs(sp.Symbol("k"), lam) * n, n / lam))
L.step(True, note="se = sqrt(lambda/n) from I = n/lambda"); L.step(R("3.4") / 5 == R("0.68")); L.step(rounds("0.8246", sp.sqrt(R("0.68"))))
L.step(rounds("1.6126", R("1.96") * R("0.8246"), R("1.96") * sp.sqrt(R("0.68"))))
# Gamma(3, 1) prior
a0, b0 = 3, 1
L.define(2)
prior_lik = lam ** (a0 - 1) * sp.exp(-b0 * lam) * sp.prod([lam ** k * sp.exp(-lam) for k in x])
L.step(True, note="posterior is proportional to prior times likelihood"); L.step(same(prior_lik, lam ** (a0 + 17 - 1) * sp.exp(-(b0 + 5) * lam)))
A, B = a0 + 17, b0 + 5
L.step(sp.Rational(A, B) == sp.Rational(20, 6)); L.step(rounds("3.3333", sp.Rational(20, 6)))
L.step(sp.Rational(A - 1, B) == sp.Rational(19, 6)); L.step(rounds("3.1667", sp.Rational(19, 6)))
L.step(sp.Rational(A, B ** 2) == sp.Rational(20, 6), note="Gamma variance is a/b^2"); L.step(rounds("3.3333", sp.Rational(20, 6)))
L.step(sp.Rational(20, 6) == sp.Rational(1, 6) * 3 + sp.Rational(5, 6) * R("3.4"))
L.step(substituted(sp.Rational(1, 6) * 3 + sp.Rational(5, 6) * R("3.4"), lambda a, b: a + b, "0.5", "~2.8333"))
L.step(sp.Rational(A, B) == sp.Rational(20, 5), note="rate not updated"); L.step(sp.Rational(20, 5) == 4)
pred0 = sp.Rational(B, B + 1) ** A                       # negative binomial predictive at 0
L.step(rounds("0.0357", pred0) or same(pred0, sp.exp(-sp.Rational(10, 3))), note="plug-in is not the predictive")
L.step(rounds("0.0357", sp.exp(-R("3.3333"))))
L.step(pred0 == sp.Rational(6, 7) ** 20); L.step(rounds("0.0458", pred0))
# exponential
t = [R(s) for s in "0.5 1.5 2.0 1.0".split()]
L.define(2)
ell_e = sum(sp.log(lam) - lam * ti for ti in t)
L.define(); L.step(same(ell_e, 4 * sp.log(lam) - 5 * lam))
L.step(same(sp.diff(ell_e, lam), 4 / lam - 5)); L.define()
true_hat = sp.solve(sp.diff(ell_e, lam), lam)[0]
L.step(true_hat == sp.Rational(5, 4), note="inverted"); L.step(sp.Rational(5, 4) == R("1.25"))
L.step(rounds("0.8", 1 / true_hat), carried=rounds("0.8", 1 / R("1.25")))
L.step(sp.exp(-true_hat * 2) == sp.exp(-R("1.25") * 2), carried=True); L.step(R("1.25") * 2 == R("2.5")); L.step(rounds("0.0821", sp.exp(R("-2.5"))))
L.step(true_hat == 4 / sum(t)); L.step(4 / sum(t) == sp.Rational(4, 5)); L.step(sp.Rational(4, 5) == R("0.8"))
L.step(1 / R("0.8") == R("1.25"))
dens = lambda v: true_hat * sp.exp(-true_hat * v)
L.step(same(dens(R("0.5")), R("0.8") * sp.exp(R("-0.4")))); L.step(substituted(dens(R("0.5")), lambda e: R("0.8") * e, "~0.6703") and rounds("0.6703", sp.exp(R("-0.4"))))
L.step(rounds("0.5363", dens(R("0.5")), R("0.8") * R("0.6703")))
surv = lambda v: sp.exp(-true_hat * v)
L.step(same(surv(2), sp.exp(-R("0.8") * 2))); L.step(R("0.8") * 2 == R("1.6")); L.step(rounds("0.2109", sp.exp(R("-1.6"))))
L.step(same(1 - surv(1), 1 - sp.exp(R("-0.8")))); L.step(substituted(1 - surv(1), lambda e: 1 - e, "~0.4493") and rounds("0.4493", sp.exp(R("-0.8"))))
L.step(rounds("0.5517", 1 - R("0.4493"), 1 - surv(1)))
L.step(1 / true_hat == true_hat, note="E[T] = 1/lambda"); L.step(True, note="lambda = 0.8 (the corrected estimate)")
post = lam * sp.exp(-lam) * lam ** 4 * sp.exp(-5 * lam)
L.step(True, note="prior Gamma(2,1) times likelihood"); L.step(same(post, lam ** 5 * sp.exp(-6 * lam)))
L.step(sp.solve(sp.diff(sp.log(post), lam), lam) == [sp.Rational(6, 6)], note="the mode is 5/6"); L.step(sp.Rational(6, 6) == 1)
L.step(sp.Rational(6, 6) == sp.Rational(6, 6)); L.step(sp.Rational(6, 6) == 1)
# Gaussian
xs = [R(s) for s in "1.2 0.8 2.0 1.6".split()]
L.define()
mu = sum(xs) / 4
L.step(True, note="mu-hat is the mean"); L.step(mu == R("1.4"))
ss = sum((v - mu) ** 2 for v in xs)
L.step(True, note="sigma^2 MLE formula"); L.step([(v - mu) ** 2 for v in xs] == [R("0.04"), R("0.36"), R("0.36"), R("0.04")])
L.step(ss / 4 == R("0.2"))
L.step(ss / 3 == R("0.8") / 3); L.step(rounds("0.2667", ss / 3)); L.step(True, note="sigma-hat = sqrt(0.2)"); L.step(rounds("0.4472", sp.sqrt(R("0.2"))))
L.step(substituted(sp.sqrt(ss / 4) / 2, lambda a, b: a / b, "~0.4472", "4"), note="sqrt(4) = 2, not 4"); L.step(rounds("0.1118", R("0.4472") / 4))
# E of the two variance estimators, exactly, over every sample of n = 4 from a Bernoulli(1/3)
import itertools  # noqa: E402
pb, nb = sp.Rational(1, 3), 4
var_true = pb * (1 - pb)
Ess = sum(sp.prod([pb if v else 1 - pb for v in smp]) * sum((v - sp.Rational(sum(smp), nb)) ** 2 for v in smp) for smp in itertools.product((0, 1), repeat=nb))
L.step(Ess / nb == var_true); L.step(Ess / (nb - 1) == sp.Rational(nb - 1, nb) * var_true)
L.step(Ess / nb == sp.Rational(nb - 1, nb) * var_true); L.step(sp.Rational(nb - 1, nb) == R("0.75")); L.step(Ess / (nb - 1) == var_true)
mu_, s2 = sp.symbols("mu s2", positive=True)
nll = sum(sp.log(2 * sp.pi * s2) / 2 + (v - mu_) ** 2 / (2 * s2) for v in xs)
L.step(same(nll.subs({mu_: mu, s2: ss / 4}), 2 * sp.log(2 * sp.pi * R("0.2")) + 2))
L.step(same(2 * sp.log(2 * sp.pi * R("0.2")) + 2, 2 * sp.log(R("0.4") * sp.pi) + 2))
L.step(substituted(2 * sp.log(R("0.4") * sp.pi) + 2, lambda a: 2 * a + 2, "~0.2284") and rounds("0.2284", sp.log(R("0.4") * sp.pi)))
L.step(rounds("2.4586", 2 * R("0.2284") + 2, nll.subs({mu_: mu, s2: ss / 4})))
L.done()
