"""Labels for notes_common_mistakes.tex: each claim by SymPy for a, b, x > 0 (random points)."""
import sympy as sp
from truth import Labels, R, rounds, same

L = Labels("notes_common_mistakes.tex")
a, b, x, y, C = sp.symbols("a b x y C", positive=True)
n = sp.Symbol("n", integer=True, positive=True)
d = lambda e: sp.diff(e, x)
ln = sp.log
L.define(note="a, b, x > 0")
for claim in (
    same(ln(a + b), ln(a) + ln(b)), same(ln(a * b), ln(a) + ln(b)),
    all(same(ln(a ** k), k * ln(a)) for k in (2, 3, 5)), all(same(ln(a) ** k, k * ln(a)) for k in (2, 3)),
    same(sp.exp(a + b), sp.exp(a) + sp.exp(b)), same(sp.exp(a + b), sp.exp(a) * sp.exp(b)), same(sp.exp(a * b), sp.exp(a) ** b),
    same((a + b) ** 2, a ** 2 + b ** 2), same((a - b) ** 2, a ** 2 - 2 * a * b + b ** 2), same(sp.sqrt(a ** 2 + b ** 2), a + b),
    same((a + b) / a, 1 + b), same((a + b) / a, 1 + b / a), same(1 / (a + b), 1 / a + 1 / b),
    same(d(1 / x), ln(x)), same(d(ln(x) + C), 1 / x), same(d(x ** x), x * x ** (x - 1)),
    same(d(sp.exp(x ** 2)), sp.exp(x ** 2)), same(d(sp.exp(x ** 2)), 2 * x * sp.exp(x ** 2)),
    same(d(sp.sin(x) ** 2), 2 * sp.sin(x) * sp.cos(x)), same(2 * sp.sin(x) * sp.cos(x), sp.sin(2 * x)),
    same(d(ln(1 + x ** 2)), 1 / (1 + x ** 2)), same(d(x / (1 + x)), 1 / (1 + x) ** 2),
    same(d(x ** 2 * sp.exp(-x)), 2 * x * sp.exp(-x) + x ** 2 * sp.exp(-x)), same(d(sp.sqrt(1 + x)), 1 / (2 * sp.sqrt(1 + x))),
    same(d(sp.tan(x)), sp.sec(x) ** 2), same(sp.sec(x) ** 2, 1 + sp.tan(x) ** 2), same(d(sp.atan(x)), 1 / (1 - x ** 2)),
    same(sp.diff(x ** 2 * y + y ** 3, x), 2 * x * y + 3 * y ** 2), same(sp.diff(x ** 2 * y + y ** 3, x, y), 2 * x),
    sp.integrate(x ** 2, (x, 0, 1)) == sp.Rational(1, 3), sp.integrate(sp.sin(x), (x, 0, sp.pi)) == 0,
    sp.integrate(sp.exp(-2 * x), (x, 0, sp.oo)) == sp.Rational(1, 2),
    all(sp.binomial(k, 2) == sp.Rational(k * (k - 1), 2) for k in range(2, 9)), sp.binomial(5, 2) == 20, sp.factorial(5) == 120,
    sp.factorial(6) / sp.factorial(4) == 30, sp.factorial(0) == 0,
    2 ** 10 == 1024, sp.Integer(2) ** -3 == -8, sp.Integer(8) ** sp.Rational(2, 3) == 4, sp.sqrt(R("0.09")) == R("0.03"),
    sp.log(R("0.001"), 10) == -3,
    sp.Rational(2, 3) + sp.Rational(3, 4) == sp.Rational(5, 7), sp.Rational(2, 3) * sp.Rational(3, 4) == sp.Rational(1, 2),
    sp.Rational(2, 3) / sp.Rational(3, 4) == sp.Rational(8, 9), R("0.2") * R("0.3") == R("0.6"),
    sp.limit((3 * x ** 2 + 1) / (x ** 2 - 5), x, sp.oo) == 3, sp.limit(sp.sin(3 * x) / x, x, 0) == 1,
    sp.limit(x * ln(x), x, 0, "+") == 0,
):
    L.step(bool(claim))
L.done()
