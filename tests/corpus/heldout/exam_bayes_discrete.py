"""Labels for exam_bayes_discrete.tex: a joint table for the test, the die's exact distribution."""
import itertools
import sympy as sp
from truth import Labels, R, rounds, substituted

L = Labels("exam_bayes_discrete.tex")
pD, sens, fpr = R("0.01"), R("0.95"), R("0.05")
joint = {("D", "+"): pD * sens, ("D", "-"): pD * (1 - sens), ("nD", "+"): (1 - pD) * fpr, ("nD", "-"): (1 - pD) * (1 - fpr)}
p_pos = joint[("D", "+")] + joint[("nD", "+")]
p_D_pos = joint[("D", "+")] / p_pos
# two conditionally independent tests
p_D_pp = pD * sens ** 2 / (pD * sens ** 2 + (1 - pD) * fpr ** 2)
L.define(3)
L.step(p_pos == sens * pD + fpr * (1 - pD))                   # law of total probability
L.step(substituted(p_pos, lambda a, b, c, d: a * b + c * d, "0.95", "0.01", "0.05", "0.99"))
L.step(substituted(p_pos, lambda a, b: a + b, "0.0095", "0.0495"))
L.step(rounds("0.059", p_pos))
L.step(p_D_pos == sens * pD / p_pos)
L.step(substituted(p_D_pos, lambda a, b: a / b, "0.0095", "0.059"))
L.step(rounds("0.1610", p_D_pos, approx=True))
L.step(substituted(p_D_pp, lambda a, b, c, d, e, f: a ** 2 * b / (c ** 2 * d + e ** 2 * f), "0.95", "0.01", "0.95", "0.01", "0.05", "0.99"))
L.step(substituted(p_D_pp, lambda a, b, c: a / (b + c), "0.009025", "0.009025", "0.002475"))
L.step(substituted(p_D_pp, lambda a, b: a / b, "0.009025", "0.0115"))
L.step(rounds("0.7848", p_D_pp))
# student
L.step(substituted(p_pos, lambda a, b, c, d: a * b + c * d, "0.95", "0.01", "0.05", "0.01"))
L.step(rounds("0.01", R("0.95") * R("0.01") + R("0.05") * R("0.01")))
L.step(True, note="Bayes' theorem, as in (b) of the model solution")
L.step(substituted(p_D_pos, lambda a, b: a / b, "0.0095", "0.01"), carried=True, note="P(+) = 0.01 from (a)")
L.step(rounds("0.95", R("0.0095") / R("0.01")))
L.step(p_D_pp == sens ** 2 * pD / p_pos ** 2)
L.step(substituted(sens ** 2 * pD / p_pos ** 2, lambda a, b: a / b, "0.009025", "0.0001"),
       carried=substituted(sens ** 2 * pD / R("0.01") ** 2, lambda a, b: a / b, "0.009025", "0.0001"))
L.step(rounds("90.25", R("0.009025") / R("0.0001")))
# die
faces = range(1, 7)
E = lambda f: sum(sp.Rational(1, 6) * f(k) for k in faces)
EX, EX2 = E(lambda k: k), E(lambda k: k ** 2)
VX = EX2 - EX ** 2
L.step(True, note="E[X] as a sum"); L.step(EX == sp.Rational(21, 6)); L.step(rounds("3.5", EX))
L.step(True); L.step(EX2 == sp.Rational(91, 6)); L.step(rounds("15.17", EX2, approx=True))
L.step(True, note="Var = E[X^2] - E[X]^2")
L.step(substituted(VX, lambda a, b: a - b, "~15.17", "12.25")); L.step(rounds("2.92", R("15.17") - R("12.25"), VX))
L.define()
pairs = list(itertools.product(faces, faces))
Ep = lambda f: sum(sp.Rational(1, 36) * f(a, b) for a, b in pairs)
var2 = lambda f: Ep(lambda a, b: f(a, b) ** 2) - Ep(f) ** 2
VS, VD = var2(lambda a, b: a + b), var2(lambda a, b: a - b)
L.step(VS == 2 * VX)
L.step(substituted(2 * VX, lambda a, b: a * b, "2", "~2.92"))
L.step(rounds("5.84", 2 * R("2.92"), VS))
L.step(VD == VX - VX, note="Var(X1 - X2) = 2 Var X")
L.step(VX - VX == 0)
L.define()
EY = E(lambda k: 3 * k - 2); VY = E(lambda k: (3 * k - 2) ** 2) - EY ** 2
L.step(EY == 3 * EX - 2); L.step(rounds("8.5", EY))
L.step(VY == 3 * VX, note="Var(aX) = a Var X"); L.step(3 * VX == R("8.75"))
L.step(VY == 9 * VX); L.step(9 * VX == 9 * sp.Rational(35, 12)); L.step(rounds("26.25", VY))
P5 = sum(sp.Rational(1, 6) for k in faces if k >= 5)
L.step(P5 == sp.Rational(2, 6)); L.step(sp.Rational(2, 6) == sp.Rational(1, 3))
L.step(sp.Rational(1, 6) / P5 == sp.Rational(1, 6) / sp.Rational(1, 3)); L.step(rounds("0.5", sp.Rational(1, 2)))
L.done()
