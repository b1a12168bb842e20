"""Labels for minutes_study_group_probability.tex: study-group minutes with an addendum: Var of the
sample mean as sigma^2/n^2 (carried into a standard error), correlation under scaling, E[XY] = EX EY
claimed in general (the X, X^2 counter-example), Bayes with an unweighted denominator (carried),
Var(-X) = -Var X, standard deviations added, a Beta posterior without the prior (carried into its
mean); the addendum's corrections. Moments by sympy.stats on explicit
finite variables with the stated means and variances (the relations use only moments and independence)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from sympy.stats import DiscreteUniform, E as Ex, variance, covariance, P, std  # noqa: E402
from truth import Labels, R, rounds  # noqa: E402

L = Labels("batch7/minutes_study_group_probability.tex")
Q = sp.Rational
# item 1: Var(Xbar) for n iid N(0, sigma^2) with n = 3 as an instance
s = sp.Symbol("sigma", positive=True)
Xs = [s * DiscreteUniform(f"X{i}", [-1, 1]) for i in range(3)]    # variance sigma^2 each
vbar = sp.simplify(variance(sum(Xs) / 3))
L.step(sp.simplify(vbar - s**2 / 9) == 0, note="sigma^2/n^2")
n, sig = 25, 10
L.define(2, "n, sigma")
L.step(Q(sig**2, n) == Q(100, 625), carried=Q(sig**2, n**2) == Q(100, 625)); L.step(Q(100, 625) == R("0.16"))
L.step(sp.sqrt(R("0.16")) == R("0.4"))
L.step(sig / sp.sqrt(n) == Q(10, 5)); L.step(Q(10, 5) == 2)
# item 2
X, Y = DiscreteUniform("X", [0, 1, 4]), DiscreteUniform("Y", [-1, 2])
Z = DiscreteUniform("Z", [1, 3])
Yc = Y + Z + X                                     # correlated with X
a, b, c, d = 2, 5, -3, 7
L.step(sp.simplify(covariance(a * X + b, c * Yc + d) - a * c * covariance(X, Yc)) == 0)
L.step(sp.simplify(covariance(X, X) - variance(X)) == 0)
corr = lambda U, V: covariance(U, V) / sp.sqrt(variance(U) * variance(V))
L.step(sp.simplify(corr(2 * X, -3 * Yc) + 6 * corr(X, Yc)) == 0)
L.step(sp.simplify(corr(2 * X, -3 * Yc) - (-6 * covariance(X, Yc)) / (2 * 3 * sp.sqrt(variance(X) * variance(Yc)))) == 0)
L.step(sp.simplify(corr(2 * X, -3 * Yc) + corr(X, Yc)) == 0)
L.step(sp.simplify(Ex(X * Yc) - Ex(X) * Ex(Yc)) == 0, note="E[XY] = EX EY in general")
U = DiscreteUniform("U", [-1, 0, 1]); V = U**2
L.define(note="Y = X^2")
L.step(Ex(U * V) == Ex(U**3)); L.step(Ex(U**3) == 0); L.step(Ex(U) * Ex(V) == 0 * Q(2, 3)); L.step(0 * Q(2, 3) == 0)
L.step(covariance(U, V) == 0)
L.step(P(sp.Eq(V, 0), sp.Eq(U, 0)) == 1); L.step(1 != P(sp.Eq(V, 0))); L.step(P(sp.Eq(V, 0)) == Q(1, 3))
# item 3
ps, pws, pwh = R("0.3"), R("0.4"), R("0.05")
pw = pws * ps + pwh * (1 - ps); post = pws * ps / pw
L.define(3, "priors and likelihoods")
L.step(pw == R("0.4") + R("0.05")); L.step(R("0.4") + R("0.05") == R("0.45"))
L.step(post == R("0.4") * R("0.3") / R("0.45"), carried=True); L.step(rounds("0.2667", R("0.12") / R("0.45")))
L.step(R("0.2667") < R("0.3"))
# item 4
L.step(sp.simplify(variance(-X) + variance(X)) == 0)
Uu, Vv = 1 + 2 * DiscreteUniform("Uu", [-1, 1]), 2 + 3 * DiscreteUniform("Vv", [-1, 1])   # the moments of N(1, 4), N(2, 9)
L.step(Ex(Uu + Vv) == 3); L.step(variance(Uu + Vv) == 13)
L.step(sp.simplify(std(Uu + Vv) - (2 + 3)) == 0); L.step(2 + 3 == 5)
# item 5: uniform prior, 3 of 4
A_, B_ = 1 + 3, 1 + 1
L.step((A_, B_) == (3, 1), note="prior forgotten"); L.step(Q(A_, A_ + B_) == Q(3, 4), carried=Q(3, 3 + 1) == Q(3, 4)); L.step(Q(3, 4) == R("0.75"))
L.step((1 + 3, 1 + 1) == (4, 2)); L.step(Q(A_, A_ + B_) == Q(4, 6)); L.step(rounds("0.6667", Q(4, 6)))
L.step(Q(4 - 1, 4 + 2 - 2) == R("0.75"))
# addendum
nn = sp.Symbol("n", positive=True)
L.step(True, note="Var of a sum of independents over n^2"); L.step(sp.simplify(nn * s**2 / nn**2 - s**2 / nn) == 0); L.step(True, note="= sigma^2/n")
L.step(Q(sig**2, n) == Q(100, 25)); L.step(Q(100, 25) == 4)
L.step(pw == R("0.4") * R("0.3") + R("0.05") * R("0.7")); L.step(pw == R("0.155"))
L.step(post == R("0.12") / R("0.155")); L.step(rounds("0.7742", post)); L.step(post > R("0.3"))
L.step(sp.simplify(variance(-X) - (-1)**2 * variance(X)) == 0); L.step(sp.simplify(variance(-X) - variance(X)) == 0)
L.step(sp.simplify(std(Uu + Vv) - sp.sqrt(4 + 9)) == 0); L.step(rounds("3.6056", sp.sqrt(13))); L.step(sp.sqrt(13) < 5)
L.define(note="Corr = 0, a hypothesis in a question")
L.done()
