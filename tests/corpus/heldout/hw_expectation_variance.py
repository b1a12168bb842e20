"""Labels for hw_expectation_variance.tex: laws tested on explicit finite random variables
(sympy.stats, exact); a law is right only if it holds on every instance, including dependent X, Y."""
import sympy as sp
from sympy.stats import E, FiniteRV, covariance, variance, Bernoulli, Binomial, Uniform, Exponential, density
from truth import Labels, R, rounds, same

L = Labels("hw_expectation_variance.tex")
U = FiniteRV("U", {0: sp.Rational(1, 5), 1: sp.Rational(1, 2), 3: sp.Rational(3, 10)})
V = FiniteRV("V", {-1: sp.Rational(1, 3), 2: sp.Rational(2, 3)})
W = FiniteRV("W", {0: sp.Rational(1, 4), 5: sp.Rational(3, 4)})
a, b = sp.Rational(-3, 2), sp.Rational(7, 3)
pairs = [(U + V, U - 2 * W), (U * V, U + W), (U, V), (V + W, W)]      # dependent and independent
Var, Cov = variance, covariance
law = lambda f: all(sp.simplify(f(X, Y)) for X, Y in pairs)
L.step(law(lambda X, Y: E(a * X + b) == a * E(X) + b)); L.step(law(lambda X, Y: Var(a * X + b) == a ** 2 * Var(X)))
L.step(law(lambda X, Y: Var(X) == E(X ** 2) - E(X) ** 2)); L.step(law(lambda X, Y: Var(a * X + b) == a * Var(X) + b))
L.step(law(lambda X, Y: Var(X + Y) == Var(X) + Var(Y) + 2 * Cov(X, Y))); L.step(law(lambda X, Y: Cov(X, X) == Var(X)))
L.step(law(lambda X, Y: Cov(a * X, b * Y) == a * b * Cov(X, Y))); L.step(law(lambda X, Y: Cov(2 * X, 3 * X) == 5 * Var(X)))
L.step(law(lambda X, Y: Cov(X + Y, X - Y) == Var(X) - Var(Y))); L.step(law(lambda X, Y: Var(X) == E(X ** 2) + E(X) ** 2))
indep = [(U, V), (V, W), (U + V, W)]
ilaw = lambda f: all(sp.simplify(f(X, Y)) for X, Y in indep)
L.step(ilaw(lambda X, Y: Cov(X, Y) == 0)); L.step(ilaw(lambda X, Y: E(X * Y) == E(X) * E(Y)))
L.step(ilaw(lambda X, Y: Var(X - Y) == Var(X) - Var(Y))); L.step(ilaw(lambda X, Y: Var(X * Y) == Var(X) * Var(Y)))
B = Bernoulli("B", R("0.3"))
L.define(); L.step(E(B) == R("0.3")); L.step(E(B ** 2) == R("0.3")); L.step(Var(B) == R("0.3") - R("0.09")); L.step(rounds("0.21", Var(B)))
Bi = Binomial("Bi", 10, R("0.3"))
L.define(2); L.step(E(Bi) == 10 * R("0.3")); L.step(rounds("3", 10 * R("0.3")))
L.step(Var(Bi) == 10 * R("0.3")); L.step(10 * R("0.3") == 3)
Un = Uniform("Un", 0, 1); xx = sp.Symbol("x")
L.step(E(Un) == sp.integrate(xx, (xx, 0, 1))); L.step(sp.integrate(xx, (xx, 0, 1)) == sp.Rational(1, 2))
L.step(E(Un ** 2) == sp.Rational(1, 3)); L.step(Var(Un) == sp.Rational(1, 3) - sp.Rational(1, 4))
L.step(sp.Rational(1, 3) - sp.Rational(1, 4) == sp.Rational(1, 12)); L.step(rounds("0.0833", sp.Rational(1, 12), approx=True))
Ex = Exponential("Ex", 2)
L.define(); L.step(sp.simplify(E(Ex) - sp.Rational(1, 2)) == 0); L.step(rounds("0.5", sp.Rational(1, 2)))
L.step(sp.simplify(Var(Ex) - sp.Rational(1, 2)) == 0); L.step(rounds("0.5", sp.Rational(1, 2)))
# 3: moments given; linear combinations through the covariance matrix
L.define(5)
mu = sp.Matrix([2, -1]); S = sp.Matrix([[4, R("1.5")], [R("1.5"), 9]])
lin_var = lambda c: (sp.Matrix(c).T * S * sp.Matrix(c))[0]
L.step(sp.Matrix([3, -2]).dot(mu) + 1 == 3 * 2 - 2 * (-1) + 1); L.step(3 * 2 - 2 * (-1) + 1 == 9)
L.step(law(lambda X, Y: Var(3 * X - 2 * Y + 1) == 9 * Var(X) + 4 * Var(Y) - 12 * Cov(X, Y)))
L.step(lin_var([3, -2]) == 36 + 36 - 18); L.step(36 + 36 - 18 == 54)
L.step(lin_var([1, 1]) == 4 + 9 + R("1.5")); L.step(rounds("14.5", 4 + 9 + R("1.5")))
L.step(S[0, 1] / sp.sqrt(S[0, 0] * S[1, 1]) == R("1.5") / sp.sqrt(36)); L.step(rounds("0.25", R("1.5") / 6))
L.step(law(lambda X, Y: E(X ** 2) == Var(X) + E(X) ** 2)); L.step(S[0, 0] + mu[0] ** 2 == 4 + 4); L.step(4 + 4 == 8)
L.step(law(lambda X, Y: E((X - Y) ** 2) == Var(X - Y) + (E(X) - E(Y)) ** 2))
L.step(lin_var([1, -1]) + (mu[0] - mu[1]) ** 2 == (4 + 9 - 3) + 9); L.step((4 + 9 - 3) + 9 == 19)
# 4: sample mean of n i.i.d. copies (n = 3 instances of U)
copies = [FiniteRV(f"U{i}", {0: sp.Rational(1, 5), 1: sp.Rational(1, 2), 3: sp.Rational(3, 10)}) for i in range(3)]
xbar = sum(copies) / 3
L.step(sp.simplify(Var(xbar) - Var(U) / 9) == 0)
L.define(2)
L.step(sp.Rational(4, 25) == sp.Rational(4, 625), carried=True, note="Var(mean) = sigma^2/n = 0.16; sigma^2/n^2 carried")
L.step(rounds("0.0064", sp.Rational(4, 625))); L.step(sp.sqrt(R("0.0064")) == R("0.08"))
L.done()
