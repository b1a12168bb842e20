"""Labels for email_quiz_limits_taylor.tex: every limit by sp.limit, every expansion by sp.series,
the linearisation and the Lagrange bound exactly. A chain member that is a limit is compared by
its value; a Taylor polynomial "= ... + O(x^n)" is right iff it matches the series to that order."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same  # noqa: E402

L = Labels("batch2/email_quiz_limits_taylor.tex")
x, y, t = sp.symbols("x y t", real=True)
n = sp.Symbol("n", positive=True)
lim = lambda e, to=0, d="+-": sp.limit(e, x, to, d) if to != sp.oo else sp.limit(e, x, sp.oo)
eq = lambda a, b: L.step(sp.simplify(a - b) == 0)
def taylor(e, poly, order):
    L.step(sp.expand(sp.series(e, x, 0, order).removeO() - poly) == 0)
# Q1
q1 = lim((sp.exp(x) - 1 - x) / x ** 2)
eq(q1, lim((sp.exp(x) - 1) / (2 * x))); eq(lim((sp.exp(x) - 1) / (2 * x)), lim(sp.exp(x) / 2)); eq(lim(sp.exp(x) / 2), sp.Rational(1, 2))
eq(q1, lim((sp.exp(x) - 1) / (2 * x))); eq(lim((sp.exp(x) - 1) / (2 * x)), 1)
L.step(same((sp.exp(x) - 1 - x) / x ** 2, (x + x ** 2 / 2 - x) / x ** 2)); L.step(sp.simplify((x + x ** 2 / 2 - x) / x ** 2) == sp.Rational(1, 2))
# Q2
q2 = lim(sp.sin(3 * x) / sp.tan(5 * x))
eq(q2, lim(3 * x / (5 * x))); eq(lim(3 * x / (5 * x)), sp.Rational(3, 5)); eq(q2, sp.Rational(5, 3)); eq(q2, 1)
# Q3
q3 = lim((1 + 2 / x) ** x, sp.oo)
eq(q3, lim(sp.exp(x * sp.log(1 + 2 / x)), sp.oo)); eq(q3, sp.exp(2))
L.step(q3 == sp.Pow(1, sp.oo), note="1**oo is nan: a form, not a value"); L.step(sp.Pow(1, sp.oo) == 1)
eq(q3, sp.E)
# Q4
q4 = lim((1 - sp.cos(x)) / (x * sp.sin(x)))
eq(q4, lim((x ** 2 / 2) / (x * x))); eq(lim((x ** 2 / 2) / (x * x)), sp.Rational(1, 2))
L.step(q4 == sp.S(0) / 0, note="0/0 is nan"); L.step(sp.S(0) / 0 == 0)
# Q5
E5 = sp.exp(x) * sp.cos(x)
L.step(sp.expand(sp.series(E5 - (1 + x + x ** 2 / 2 + x ** 3 / 6) * (1 - x ** 2 / 2), x, 0, 4).removeO()) == 0)
taylor(E5, 1 + x - x ** 3 / 3, 4)
taylor(E5, 1 + x + x ** 2, 3); taylor(E5, 1 + x - x ** 2 / 2 - x ** 3 / 2, 4)
# Q6
u = sp.Symbol("u", positive=True); inside = lambda e: e.subs(x, u / (1 + u))      # x in (0, 1)
L.step(same(inside(sp.log((1 + x) / (1 - x))), inside(sp.log(1 + x) - sp.log(1 - x))))
taylor(sp.log((1 + x) / (1 - x)), 2 * x + 2 * x ** 3 / 3, 5)
L.step(same(inside(sp.log((1 + x) / (1 - x))), inside(sp.log(1 + x) / sp.log(1 - x))))
taylor(sp.log((1 + x) / (1 - x)), 2 * x + x ** 3 / 3, 5)
# Q7: second-order Taylor polynomial in two variables via t-scaling
F = sp.exp(x) * sp.sin(y)
tay2 = sp.expand(sp.series(F.subs({x: t * x, y: t * y}), t, 0, 3).removeO().subs(t, 1))
L.define()
for cand in (y + x * y, x + y + x * y, y + x * y - y ** 2 / 2):
    L.step(sp.expand(tay2 - cand) == 0)
# Q8: tangent line of sqrt at 4, evaluated at 4.1
lin = 2 + R("0.1") / (2 * sp.sqrt(4))
L.step(lin == 2 + R("0.1") / (2 * sp.sqrt(4)) and rounds("2.025", sp.sqrt(R("4.1")), approx=True)); L.step(lin == 2 + R("0.025")); L.step(lin == R("2.025"))
L.step(lin == 2 + R("0.1") / 2); L.step(2 + R("0.1") / 2 == R("2.05"))
L.step(lin == 2 + R("0.1") / 4); L.step(2 + R("0.1") / 4 == R("2.0025"))
# Q9
e01 = sp.exp(R("0.1"))
L.step(rounds("1.105", e01, approx=True) and 1 + R("0.1") + R("0.1") ** 2 / 2 == 1 + R("0.1") + R("0.005")); L.step(1 + R("0.1") + R("0.005") == R("1.105"))
L.step(sp.N(abs(e01 - R("1.105"))) <= sp.N(e01 * R("0.1") ** 3 / 6)); L.step(sp.N(e01 * R("0.1") ** 3 / 6) <= R("0.0002"))
L.step(rounds("0.000171", e01 - R("1.105")))
L.step(sp.N(abs(e01 - R("1.105"))) <= R("0.1") ** 2 / 2); L.step(R("0.1") ** 2 / 2 == R("0.005")); L.step(rounds("0.00171", e01 - R("1.105")))
# Q10
q10 = sp.limit(n * (sp.exp(1 / n) - 1), n, sp.oo)
eq(q10, sp.limit((sp.exp(t) - 1) / t, t, 0, "+")); eq(q10, 1)
L.step(q10 == sp.oo * 0, note="oo*0 is nan"); L.step(sp.oo * 0 == 0)
# Q11
q11 = sp.limit(x ** x, x, 0, "+")
eq(q11, sp.limit(sp.exp(x * sp.log(x)), x, 0, "+")); eq(sp.limit(sp.exp(x * sp.log(x)), x, 0, "+"), sp.exp(0)); eq(sp.exp(0), 1)
eq(q11, 0)
# Q12
q12 = lim((sp.tan(x) - x) / x ** 3)
eq(q12, lim((x + x ** 3 / 3 - x) / x ** 3)); eq(lim((x + x ** 3 / 3 - x) / x ** 3), sp.Rational(1, 3))
eq(q12, sp.Rational(1, 6)); eq(lim((x - sp.sin(x)) / x ** 3), sp.Rational(1, 6))
eq(q12, lim((sp.sec(x) ** 2 - 1) / (3 * x ** 2))); eq(lim((sp.sec(x) ** 2 - 1) / (3 * x ** 2)), lim(sp.tan(x) ** 2 / (3 * x ** 2)))
eq(lim(sp.tan(x) ** 2 / (3 * x ** 2)), sp.Rational(1, 3))
# Q13
q13 = lim(sp.sqrt(x ** 2 + x) - x, sp.oo)
eq(q13, lim(x / (sp.sqrt(x ** 2 + x) + x), sp.oo)); eq(lim(x / (sp.sqrt(x ** 2 + x) + x), sp.oo), sp.Rational(1, 2))
eq(q13, lim(x - x, sp.oo)); eq(lim(x - x, sp.oo), 0)
# bonus sheet
q14 = lim((1 + x) ** (1 / x)); eq(q14, sp.E); eq(q14, 1); eq(q14, sp.oo)
taylor(1 / (1 + x ** 2), 1 - x ** 2 + x ** 4, 6); taylor(1 / (1 + x ** 2), 1 - x ** 2 + x ** 4 / 2, 6); taylor(1 / (1 + x ** 2), 1 + x ** 2 + x ** 4, 6)
q16 = lim((sp.sin(x) - x * sp.cos(x)) / x ** 3); mid = lim((x - x ** 3 / 6 - x + x ** 3 / 2) / x ** 3)
eq(q16, mid); eq(mid, -sp.Rational(1, 6) + sp.Rational(1, 2)); eq(-sp.Rational(1, 6) + sp.Rational(1, 2), sp.Rational(1, 3))
eq(q16, mid); eq(mid, sp.Rational(1, 6) - sp.Rational(1, 2)); eq(sp.Rational(1, 6) - sp.Rational(1, 2), -sp.Rational(1, 3)); eq(q16, 0)
taylor(sp.sinh(x), x + x ** 3 / 6 + x ** 5 / 120, 7); taylor(sp.sinh(x), x - x ** 3 / 6 + x ** 5 / 120, 7)
q18 = lim(x * sp.sin(1 / x), sp.oo)
eq(q18, sp.limit(sp.sin(t) / t, t, 0, "+")); eq(sp.limit(sp.sin(t) / t, t, 0, "+"), 1)
L.step(q18 == sp.oo * 0, note="oo*0 is nan"); L.step(sp.oo * 0 == 0)
q19 = lim(sp.log(x) / (x - 1), 1); eq(q19, 1); eq(q19, 0); L.step(q19 == sp.oo)
quad = 1 + R("0.2") / 2 - R("0.2") ** 2 / 8                # the second-order Taylor polynomial at 0.2
L.step(quad == 1 + R("0.2") / 2 - R("0.2") ** 2 / 8 and rounds("1.095", sp.sqrt(R("1.2")), approx=True))
L.step(quad == 1 + R("0.1") - R("0.005")); L.step(quad == R("1.095"))
L.step(quad == 1 + R("0.1") - R("0.2") ** 2 / 2); L.step(1 + R("0.1") - R("0.2") ** 2 / 2 == 1 + R("0.1") - R("0.02")); L.step(1 + R("0.1") - R("0.02") == R("1.08"))
q21 = lim((2 ** x - 1) / x); eq(q21, sp.log(2)); eq(q21, 1); eq(q21, 2)
taylor(sp.exp(-x ** 2), 1 - x ** 2 + x ** 4 / 2, 6); taylor(sp.exp(-x ** 2), 1 - x ** 2 + x ** 4, 6); taylor(sp.exp(-x ** 2), 1 - x ** 2 / 2 + x ** 4 / 8, 6)
q23 = lim(x / (sp.sqrt(1 + x) - 1)); eq(q23, lim(sp.sqrt(1 + x) + 1)); eq(lim(sp.sqrt(1 + x) + 1), 2); eq(q23, sp.Rational(1, 2)); eq(q23, 0)
q24 = lim(sp.log(x) / sp.sqrt(x), sp.oo); m1 = lim((1 / x) / (1 / (2 * sp.sqrt(x))), sp.oo); m2 = lim(2 / sp.sqrt(x), sp.oo)
eq(q24, m1); eq(m1, m2); eq(m2, 0); L.step(q24 == sp.oo)
L.step(rounds("0.955", sp.cos(R("0.3")), approx=True) and 1 - R("0.3") ** 2 / 2 == R("0.955")); L.step(1 - R("0.3") ** 2 / 2 == R("0.955"))
L.step(rounds("0.7", sp.cos(R("0.3")), approx=True)); L.step(1 - R("0.3") == R("0.7"))
q26 = sp.limit((1 - 1 / n) ** (2 * n), n, sp.oo); eq(q26, sp.exp(-2)); eq(q26, sp.exp(-sp.Rational(1, 2))); eq(q26, sp.exp(2))
L.done()
