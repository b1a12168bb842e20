"""Labels for handwritten_answer_sheet_forward_mode_limits.tex: a terse answer sheet typed from handwriting
(abbreviations, `\\therefore`, `\\checkmark`, `w/`, thousands separators `5{,}050`, scientific notation
`6.0\\times10^{-3}`): forward-mode traces for x1 x2 + sin x1 and x e^{-x} + sqrt x (a crossed-out first try
that drops the inner tangent, carried, with a matching wrong check), dual numbers, finite differences,
limits and sums."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch12/handwritten_answer_sheet_forward_mode_limits.tex")
x1, x2, x, n, k, h, a, b, y = sp.symbols("x1 x2 x n k h a b y", positive=True)
f = x1 * x2 + sp.sin(x1)
L.define(2, "f, seed"); L.define(6, "v1, x1 = 2, dv1, v2, x2 = 3, dv2")
L.define(note="v3"); L.step(2 * 3 == 6)
L.step(True, note="product-rule tangent"); L.step(1 * 3 + 2 * 0 == 3); L.step(1 * 3 + 2 * 0 == 3)
L.define(note="v4"); L.step(rounds("0.9093", sp.sin(2))); L.step(True, note="cos tangent"); L.step(rounds("-0.4161", sp.cos(2)))
L.define(note="v5"); L.step(rounds("6.9093", 6 + sp.sin(2))); L.step(True, note="sum tangent")
L.step(substituted(3 + sp.cos(2), lambda c: 3 + c, "~-0.4161")); L.step(rounds("2.5839", 3 - R("0.4161")))
d1 = sp.diff(f, x1).subs({x1: 2, x2: 3})
L.step(rounds("2.5839", d1)); L.step(sp.simplify(sp.diff(f, x1) - (x2 + sp.cos(x1))) == 0 and d1 == 3 + sp.cos(2)); L.step(rounds("2.5839", 3 + sp.cos(2)))
# Q2
g = x * sp.exp(-x) + sp.sqrt(x)
q = R("0.25")
L.define(2, "g, x"); L.define(3, "v1, dv1, v2"); L.step(-q == R("-0.25")); L.step(True, note="dv2 = -dv1 = -1")
L.define(note="v3"); L.step(rounds("0.7788", sp.exp(-q))); L.step(True, note="exp tangent"); L.step(rounds("-0.7788", -sp.exp(-q)))
L.define(note="v4"); L.step(rounds("0.1947", q * sp.exp(-q))); L.step(True, note="product tangent")
L.step(substituted(sp.exp(-q) - q * sp.exp(-q), lambda u, w: u - w, "~0.7788", "~0.1947"))
L.step(rounds("0.5841", R("0.7788") - R("0.1947"), sp.exp(-q) * (1 - q)))
L.define(note="v5"); L.step(sp.sqrt(q) == R("0.5")); L.step(True, note="sqrt tangent"); L.step(1 / (2 * sp.sqrt(q)) == 1)
L.define(note="v6"); L.step(rounds("0.6947", g.subs(x, q)))
gp = sp.diff(g, x).subs(x, q)
L.step(substituted(gp, lambda u: u + 1, "~0.5841")); L.step(rounds("1.5841", R("0.5841") + 1, gp)); L.step(rounds("1.5841", gp))
# first try
L.step(False, note="dv3 = e^{v2} dv2"); L.step(rounds("0.7788", sp.exp(-q)))
L.step(False, carried=True); L.step(R("0.7788") + q * R("0.7788") == R("0.9735"))
L.step(False, carried=True); L.step(R("0.9735") + 1 == R("1.9735"))
L.step(same(sp.diff(g, x), sp.exp(-x) * (1 + x) + 1 / (2 * sp.sqrt(x)), [x]), note="1 - x")
L.step(False, carried=substituted(sp.exp(-q) * (1 + q) + 1, lambda u: u * R("1.25") + 1, "~0.7788"))
L.step(R("0.7788") * R("1.25") + 1 == R("1.9735"))
# Q3 dual numbers: f(a + eps) = f(a) + f'(a) eps
L.define(note="eps^2 = 0")
dual = lambda F, a0: (F.subs(x, a0), sp.diff(F, x).subs(x, a0))
L.step(dual(x ** 3, 2) == (8, 12)); L.step(dual(1 / x, 1) == (1, -1))
L.step(same(sp.diff(sp.exp(a + b * x), x).subs(x, 0), b * sp.exp(a), [a, b]))
e = sp.Symbol("e")
L.step(sp.expand((x + e) * (y + e)).coeff(e, 1) == x + y)
v, dv = dual(sp.sin(x), sp.pi / 6); L.step(v == sp.Rational(1, 2) and rounds("0.8660", dv))
L.step(dual(sp.sqrt(x), 4)[1] == sp.Rational(1, 2), note="1/4")
L.define(note="h = 10^-3"); hh = R("0.001")
fd = ((2 + hh) ** 3 - 8) / hh
L.step(fd == R("12.006001")); L.step(abs(fd - 12 - R("6.0e-3")) <= R("0.1e-3"), note="approx, 2 s.f.")
cd = ((2 + h) ** 3 - (2 - h) ** 3) / (2 * h)
L.step(sp.simplify(cd - (12 + h ** 2)) == 0); L.step(hh ** 2 == R("1e-6"))
# Q4 limits
L.step(sp.limit((1 + 1 / n) ** n, n, sp.oo) == sp.E); L.step(sp.limit(sp.sin(3 * x) / x, x, 0) == 3)
L.step(sp.limit((sp.exp(x) - 1 - x) / x ** 2, x, 0) == sp.Rational(1, 2))
L.step(sp.limit(x * sp.exp(-x), x, sp.oo) == 0); L.step(sp.limit(((2 + h) ** 3 - 8) / h, h, 0) == 12)
L.step(sp.limit((1 - sp.cos(x)) / x, x, 0) == sp.Rational(1, 2))
L.step(sp.limit(sp.log(x) / (x - 1), x, 1) == 1); L.step(sp.limit(x * sp.log(x), x, 0, "+") == 0)
L.step(sp.limit(sp.sqrt(x ** 2 + x) - x, x, sp.oo) == 1)
L.step(sp.limit(x / sp.sin(2 * x), x, 0) == 2)
# Q5 sums
ki = sp.Symbol("ki", integer=True, positive=True); nn = sp.Symbol("nn", integer=True, positive=True)
L.step(sp.summation(ki, (ki, 1, 100)) == 5050); L.step(sp.summation(ki ** 2, (ki, 1, 20)) == sp.Rational(20 * 21 * 41, 6))
L.step(sp.Rational(20 * 21 * 41, 6) == 2870); L.step(sum(sp.binomial(10, j) for j in range(11)) == 1024)
S10 = sp.summation(ki ** 2, (ki, 1, 10))
L.step(S10 == sp.Rational(10 * 11 * 21, 6)); L.step(sp.Rational(10 * 11 * 21, 6) == 385)
T10 = sp.summation(ki ** 2 + 1, (ki, 1, 10))
L.step(T10 == 385 + 1, note="+10"); L.step(385 + 1 == 386)
L.step(T10 / 10 == sp.Rational(386, 10), carried=True); L.step(sp.Rational(386, 10) == R("38.6"))
S50 = sp.summation(ki, (ki, 1, 50))
L.step(S50 == 1250); L.step(S50 / 50 == sp.Rational(1250, 50), carried=True); L.step(sp.Rational(1250, 50) == 25)
L.step(sp.summation(2 ** (-ki), (ki, 0, sp.oo)) == 2); L.step(sp.summation(R("0.9") ** ki, (ki, 0, sp.oo)) == 9)
L.step(sp.summation(1 / ki ** 2, (ki, 1, sp.oo)) == sp.pi ** 2 / 6)
L.step(sp.summation(1 / (ki * (ki + 1)), (ki, 1, 99)) == R("0.99")); L.step(sp.summation(1 / (ki * (ki + 1)), (ki, 1, sp.oo)) == 1)
L.step(sp.simplify(sp.summation(ki * 2 ** ki, (ki, 1, nn)) - (nn - 1) * 2 ** (nn + 1)) == 0)
L.done()
