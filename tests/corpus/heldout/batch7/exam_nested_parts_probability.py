"""Labels for exam_nested_parts_probability.tex: practice-final answers in nested enumerate
(problem > part > case), the same X, Y, p re-bound in each part: binomial moments with Var = np
(carried into Var(3 - 2X) and Var(X_1 + X_2)), Var(X_1 - X_2) as a difference, a covariance law with
the factor 2 of 2Cov dropped, independence cases, Bayes with 1 - p left at case (i)'s value,
two tests, Poisson-binomial thinning with the total-variance term dropped."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from sympy.stats import Binomial, E as Ex, variance, P, density  # noqa: E402
from truth import Labels, R, rounds, substituted  # noqa: E402

L = Labels("batch7/exam_nested_parts_probability.tex")
Q = sp.Rational
# 1(a)
L.define(2, "n, p")
X = Binomial("X", 10, Q(3, 10))
L.step(Ex(X) == 10 * Q(3, 10)); L.step(Ex(X) == 3)
L.step(variance(X) == 10 * Q(3, 10) * Q(7, 10)); L.step(variance(X) == Q(21, 10))
L.step(Ex(X**2) == variance(X) + Ex(X)**2); L.step(Ex(X**2) == Q(21, 10) + 9); L.step(Q(21, 10) + 9 == Q(111, 10))
# 1(b)
L.define(2, "n, p")
X = Binomial("X", 4, Q(1, 2))
L.step(P(sp.Eq(X, 2)) == sp.binomial(4, 2) * Q(1, 2)**4); L.step(sp.binomial(4, 2) * Q(1, 2)**4 == Q(6, 16)); L.step(Q(6, 16) == Q(375, 1000))
L.step(Ex(X) == 2); L.step(variance(X) == 4 * Q(1, 2), note="Var = np"); L.step(4 * Q(1, 2) == 2)
VX = variance(X); VXw = 2                     # the writer's Var X
# 1(c)(i)
L.define(note="Y = 3 - 2X")
L.step(Ex(3 - 2 * X) == 3 - 2 * 2); L.step(3 - 2 * 2 == -1)
L.step(variance(3 - 2 * X) == (-2)**2 * VX); L.step((-2)**2 * VX == 4 * 2, carried=(-2)**2 * VXw == 4 * 2); L.step(4 * 2 == 8)
# (ii)
X1, X2 = Binomial("X1", 4, Q(1, 2)), Binomial("X2", 4, Q(1, 2))
L.define(note="Y = X1 + X2"); L.step(Ex(X1 + X2) == 4); L.step(variance(X1 + X2) == 2 * VX)
L.step(2 * VX == 4, carried=2 * VXw == 4)
# (iii)
L.define(note="Y = X1 - X2"); L.step(Ex(X1 - X2) == 0)
L.step(variance(X1 - X2) == variance(X1) - variance(X2)); L.step(variance(X1) - variance(X2) == 0)
# Problem 2
L.define(3, "Var X, Var Y, Cov")
vx, vy, c = 4, 9, -2
var_lin = lambda a, b: a * a * vx + b * b * vy + 2 * a * b * c
L.step(True, note="Var(X+Y) law"); L.step(var_lin(1, 1) == 4 + 9 - 4); L.step(4 + 9 - 4 == 9)
L.step(var_lin(2, -1) == 4 * vx + vy - 2 * c, note="2Cov for 4Cov"); L.step(4 * vx + vy - 2 * c == 16 + 9 + 4); L.step(16 + 9 + 4 == 29)
rho = c / sp.sqrt(vx * vy)
L.define(note="rho"); L.step(rho == Q(-2, 6)); L.step(rounds("-0.3333", rho, approx=True))
L.step(vx - vy == (vx + c) - (c + vy), note="Cov(X+Y, X-Y) = Var X + Cov - Cov - Var Y"); L.step(vx - vy == 4 - 9); L.step(4 - 9 == -5)
# 2(e): independent
L.step(True, note="independent: Cov = 0"); L.step(vx + vy == 4 + 9); L.step(4 + 9 == 13)
L.step(4 * vx + vy == 16 + 9); L.step(16 + 9 == 25)
ex, ey = 0, 0
vxy = (vx + ex**2) * (vy + ey**2) - (ex * ey)**2
L.step(vxy == vx * vy); L.step(vx * vy == 36)
L.define(2, "E X = 1, E Y = 2")
ex, ey = 1, 2
vxy = (vx + ex**2) * (vy + ey**2) - (ex * ey)**2
L.step(vxy == vx * vy + ex**2 * vy + ey**2 * vx); L.step(vx * vy + ex**2 * vy + ey**2 * vx == 36 + 9 + 16); L.step(36 + 9 + 16 == 61)
# Problem 3
se, spc = R("0.9"), R("0.95")
post = lambda p: se * p / (se * p + (1 - spc) * (1 - p))
L.define(note="p = 0.01"); L.step(post(R("0.01")) == R("0.009") / (R("0.009") + R("0.05") * R("0.99")))
L.step(R("0.9") * R("0.01") / (R("0.9") * R("0.01") + R("0.05") * R("0.99")) == R("0.009") / R("0.0585")); L.step(rounds("0.1538", post(R("0.01"))))
L.define(note="p = 0.2"); L.step(post(R("0.2")) == R("0.18") / (R("0.18") + R("0.05") * R("0.99")), note="1 - p of case (i)")
L.step(R("0.9") * R("0.2") / (R("0.9") * R("0.2") + R("0.05") * R("0.99")) == R("0.18") / R("0.2295")); L.step(rounds("0.7843", R("0.18") / R("0.2295")))
L.define(note="p = 0.2"); L.step(se * R("0.2") + (1 - spc) * R("0.8") == R("0.9") * R("0.2") + R("0.05") * R("0.8")); L.step(se * R("0.2") + (1 - spc) * R("0.8") == R("0.22"))
L.define(note="p = 0.01"); lr = se / (1 - spc); L.step(lr == 18)
odds = Q(1, 99) * lr**2
L.step(rounds("3.2727", odds)); L.step(substituted(odds / (1 + odds), lambda o, t: o / t, "~3.2727", "~4.2727"))
L.step(rounds("0.7660", odds / (1 + odds), R("3.2727") / R("4.2727")))
# Problem 4: N ~ Poisson(3), X | N ~ Bin(N, 1/2)  =>  X ~ Poisson(3/2)
lam = 3
EX = Q(1, 2) * lam; VX = Q(1, 4) * lam + Q(1, 4) * lam
L.step(True, note="tower rule"); L.step(True, note="E[X|N] = N/2"); L.step(EX == Q(3, 2))
L.step(VX == Q(1, 4) * lam, note="Var(E[X|N]) dropped"); L.step(True, note="Var(X|N) = N/4"); L.step(Q(1, 4) * lam == Q(3, 4))
s = sp.Symbol("s"); k = sp.Symbol("k", integer=True, nonnegative=True)
pgf = sp.summation(s**k * sp.exp(-lam) * lam**k / sp.factorial(k), (k, 0, sp.oo))
L.step(True, note="P(X=0|N) = 0.5^N")
L.step(sp.simplify(pgf.subs(s, Q(1, 2)) - sp.exp(-3) * sp.exp(Q(3, 2))) == 0)
L.step(sp.simplify(sp.exp(-3) * sp.exp(Q(3, 2)) - sp.exp(-Q(3, 2))) == 0); L.step(rounds("0.2231", sp.exp(-Q(3, 2))))
# Problem 5: exponential, lambda re-bound per part
from sympy.stats import Exponential  # noqa: E402
L.define(note="lambda = 2"); T = Exponential("T", 2); L.step(Ex(T) == Q(1, 2)); L.step(variance(T) == Q(1, 4))
L.define(note="lambda = 1/2"); T = Exponential("T", Q(1, 2)); L.step(Ex(T) == 2)
L.step(variance(T) == 1 / Q(1, 2), note="1/lambda for 1/lambda^2"); L.step(1 / Q(1, 2) == 2)
L.step(P(T > 2) == sp.exp(-1)); L.step(rounds("0.3679", sp.exp(-1)))
L.define(note="M = min")
T1, T2 = Exponential("T1", 2), Exponential("T2", Q(1, 2))
rate = 2 + Q(1, 2)
L.step(rate == 2 * Q(1, 2), note="rates multiplied"); L.step(1 / rate == 1, carried=1 / (2 * Q(1, 2)) == 1)
L.step(True, note="P(M > 1) = product by independence"); L.step(sp.simplify(P(T1 > 1) * P(T2 > 1) - sp.exp(-2) * sp.exp(-Q(1, 2))) == 0)
L.step(sp.exp(-2) * sp.exp(-Q(1, 2)) == sp.exp(-Q(5, 2))); L.step(rounds("0.0821", sp.exp(-Q(5, 2))))
L.done()
