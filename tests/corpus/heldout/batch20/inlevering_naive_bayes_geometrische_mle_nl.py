"""Labels for inlevering_naive_bayes_geometrische_mle_nl.tex: a Dutch homework submission with decimal commas
(0{,}375) and the grader's corrections: Bernoulli naive Bayes from counts with Laplace smoothing (one
denominator n_c + 1 for n_c + 2, carried into the ham score and the posterior); Bernoulli MLE with the
variance given as the standard error (carried into the interval); geometric MLE with sum k_i for sum (k_i - 1) (carried into l', p hat
and 1/p hat)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch20/inlevering_naive_bayes_geometrische_mle_nl.tex")
Q = sp.Rational
L.define(note="Laplace rule")
pS, pH = Q(6, 16), Q(10, 16)
L.step(pS == Q(6, 16)); L.step(pS == R("0.375")); L.step(pH == Q(10, 16)); L.step(pH == R("0.625"))
lap = lambda n, N: Q(n + 1, N + 2)  # noqa: E731
gS, gH, vS, vH = lap(4, 6), lap(1, 10), lap(1, 6), lap(6, 10)
L.step(gS == Q(4 + 1, 6 + 2)); L.step(gS == R("0.625")); L.step(gH == Q(1 + 1, 10 + 2)); L.step(rounds("0.1667", gH))
L.step(vS == Q(1 + 1, 6 + 2)); L.step(vS == R("0.25")); L.step(vH == Q(6 + 1, 10 + 1), note="n_c + 2"); L.step(rounds("0.6364", Q(7, 11)))
sS = pS * gS * (1 - vS)
sH = pH * gH * (1 - vH)
L.step(sS == R("0.375") * R("0.625") * R("0.75")); L.step(rounds("0.1758", sS))
L.step(substituted(sH, lambda a, b: R("0.625") * a * b, "~0.1667", "~0.3636"),
       carried=substituted(pH * gH * (1 - Q(7, 11)), lambda a, b: R("0.625") * a * b, "~0.1667", "~0.3636"))
L.step(rounds("0.0379", R("0.625") * R("0.1667") * R("0.3636")))
post = sS / (sS + sH)
sHw = pH * gH * (1 - Q(7, 11))
L.step(substituted(post, lambda a, b: a / (a + b), "~0.1758", "~0.0379"), carried=substituted(sS / (sS + sHw), lambda a, b: a / (a + b), "~0.1758", "~0.0379"))
L.step(R("0.1758") + R("0.0379") == R("0.2137")); L.step(rounds("0.8226", R("0.1758") / R("0.2137")))
L.step(10 + 2 == 12); L.step(vH == Q(7, 12)); L.step(rounds("0.5833", vH))
L.step(substituted(sH, lambda a, b: R("0.625") * a * b, "~0.1667", "~0.4167") and rounds("0.0434", R("0.625") * R("0.1667") * R("0.4167"), sH))
L.step(substituted(post, lambda a, b: a / (a + b), "~0.1758", "~0.0434")); L.step(rounds("0.8020", R("0.1758") / (R("0.1758") + R("0.0434")), post))
L.step(rounds("4.05", R("0.1758") / R("0.0434"), sS / sH))
L.step(Q(1, 10) == R("0.1")); L.step(Q(1, 10) == R("0.1")); L.step(Q(1, 6) == Q(1, 6)); L.step(rounds("0.1667", Q(1, 6)))
L.step(Q(0, 10) == 0, note="unsmoothed estimate of an unseen word")
# Bernoulli MLE
x = [1, 0, 1, 1, 0, 1, 1, 0]
th = sp.symbols("theta", positive=True)
L.define(2, "x, n"); L.step(sum(x) == 5)
ell = sum(xi * sp.log(th) + (1 - xi) * sp.log(1 - th) for xi in x)
L.step(sp.simplify(ell - (5 * sp.log(th) + 3 * sp.log(1 - th))) == 0)
L.step(sp.simplify(sp.diff(ell, th) - (5 / th - 3 / (1 - th))) == 0)
mle = sp.solve(sp.diff(ell, th), th)[0]
L.step(mle == Q(5, 8)); L.step(mle == R("0.625"))
from sympy.stats import Bernoulli, variance  # noqa: E402
xs_ = [Bernoulli(f"X{i}", th) for i in range(8)]
L.step(sp.simplify(variance(sum(xs_) / 8) - th * (1 - th) / 8) == 0, note="Var of a Bernoulli mean")
L.step(substituted(mle * (1 - mle) / 8, lambda a, b: a * b / 8, "~0.625", "~0.375"), note="plug-in of theta hat")
var = mle * (1 - mle) / 8
L.step(rounds("0.0293", R("0.625") * R("0.375") / 8, var))
L.step(rounds("0.0293", sp.sqrt(var)), note="variance for se")
L.step(rounds("0.0574", R("1.96") * sp.sqrt(var)), carried=rounds("0.0574", R("1.96") * R("0.0293")))
L.step(rounds("0.1712", sp.sqrt(R("0.0293")), sp.sqrt(var))); L.step(rounds("0.1712", sp.sqrt(var)))
L.step(rounds("0.3356", R("1.96") * R("0.1712"), R("1.96") * sp.sqrt(var)))
# geometric
p = sp.symbols("p", positive=True)
ks = [3, 1, 4, 2, 5]
L.define(4, "pmf, k = 1, 2, ..., data, n"); L.step(sum(ks) == 15)
ellg = sum((k - 1) * sp.log(1 - p) + sp.log(p) for k in ks)
L.step(sp.simplify(sp.expand_log(sp.log(sp.Mul(*[(1 - p) ** (kk - 1) * p for kk in ks])), force=True) - ellg) == 0, note="log of the product of pmfs")
L.step(sp.simplify(ellg - (5 * sp.log(p) + 15 * sp.log(1 - p))) == 0, note="10 log(1 - p)")
wrong_ell = 5 * sp.log(p) + 15 * sp.log(1 - p)
L.step(sp.simplify(sp.diff(ellg, p) - (5 / p - 15 / (1 - p))) == 0, carried=sp.simplify(sp.diff(wrong_ell, p) - (5 / p - 15 / (1 - p))) == 0)
L.define(2, "set to zero")
phat = sp.solve(sp.diff(ellg, p), p)[0]
L.step(phat == Q(5, 20), carried=sp.solve(sp.diff(wrong_ell, p), p)[0] == Q(5, 20)); L.step(Q(5, 20) == R("0.25"))
kk_ = sp.symbols("kk_", integer=True, positive=True)
L.step(sp.simplify(sp.summation(kk_ * (1 - p) ** (kk_ - 1) * p, (kk_, 1, sp.oo)).subs(p, Q(1, 3))) == 3, note="E[K] = 1/p")
L.step(1 / phat == 4, carried=1 / R("0.25") == 4)
L.step(sum(k - 1 for k in ks) == 15 - 5); L.step(15 - 5 == 10)
L.step(sp.simplify(ellg - (5 * sp.log(p) + 10 * sp.log(1 - p))) == 0)
kbar = Q(sum(ks), 5)
L.step(phat == Q(5, 15)); L.step(phat == 1 / kbar); L.step(rounds("0.3333", phat))
L.step(1 / phat == 3); L.step(kbar == 3)
k = sp.symbols("k", integer=True, positive=True)
pmf = (1 - p) ** (k - 1) * p
EK = sp.simplify(sp.summation(k * pmf, (k, 1, sp.oo)).subs(p, Q(1, 3)))
EK2 = sp.simplify(sp.summation(k ** 2 * pmf, (k, 1, sp.oo)).subs(p, Q(1, 3)))
L.step(sp.simplify(EK2 - EK ** 2 - (1 - Q(1, 3)) / Q(1, 3) ** 2) == 0)
L.step(Q(2, 3) / Q(1, 9) == 6 and EK2 - EK ** 2 == 6)
d2 = sp.diff(ellg, p, 2)
L.step(sp.simplify(d2 - (-5 / p ** 2 - 10 / (1 - p) ** 2)) == 0); L.step(d2.subs(p, Q(1, 3)) < 0)
L.done()
