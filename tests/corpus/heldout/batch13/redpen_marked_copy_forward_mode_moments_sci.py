"""Labels for redpen_marked_copy_forward_mode_moments_sci.tex: a returned problem set with the grader's red
notes (a `grader` environment switching `\\color{red}`, marks in `\\marginpar`), steps joined by `\\implies`
and `\\iff`: a forward-mode trace (tangent rules are claims, seeds and primal names definitions), dual-number
rules, a discrete X and Y = 3X - 2, an exact Chebyshev check, and `\\approx` in scientific notation
(right within one unit of the mantissa's last place). The grader makes one slip too."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch13/redpen_marked_copy_forward_mode_moments_sci.tex")


def sci(mant: str, exp: int, value, approx=True) -> bool:
    """value ~ mant x 10^exp, within one unit (approx) / half a unit of the mantissa's last place."""
    d = len(mant.split(".")[1]) if "." in mant else 0
    tol = sp.Rational(1, 10 ** d) * (1 if approx else sp.Rational(1, 2)) * sp.Integer(10) ** exp
    return abs(sp.N(value, 40) - R(mant) * sp.Integer(10) ** exp) <= tol


x1, x2, x, a, b, c, d, eps = sp.symbols("x1 x2 x a b c d epsilon", positive=True)
f = x1 * x2 + sp.sin(x1)
L.define(3, "f, point, seed")
# trace 1 (tangent = d/dx1)
L.define(); L.step(True); L.define()
L.define(); L.step(True); L.define()
L.define(); L.step(1 * 2 == 2); L.step(sp.diff(x1 * x2, x1).subs({x1: 1, x2: 2}) == 1 * 0, note="product rule"); L.step(1 * 0 == 0)
L.define(); L.step(rounds("0.8415", sp.sin(1))); L.step(True, note="chain rule for sin"); L.step(rounds("0.5403", sp.cos(1)))
L.define(); L.step(rounds("2.8415", 2 + sp.sin(1))); L.step(True, note="tangent of a sum")
L.step(sp.diff(f, x1).subs({x1: 1, x2: 2}) == 0 + sp.cos(1), carried=True); L.step(0 + R("0.5403") == R("0.5403"))
L.step(rounds("2.8415", f.subs({x1: 1, x2: 2}))); L.step(rounds("0.5403", sp.diff(f, x1).subs({x1: 1, x2: 2})), carried=True)
L.step(sp.diff(x1 * x2, x2).subs({x1: 1, x2: 2}) == 0 * 1, carried=True); L.step(0 * 1 == 0); L.step(sp.diff(sp.sin(x1), x2) == 0)
L.step(sp.diff(f, x2).subs({x1: 1, x2: 2}) == 0, carried=True)
# grader
L.step(True, note="product rule"); L.step(1 * 2 + 1 * 0 == 2); L.step(1 * 2 + 1 * 0 == 2)
L.step(substituted(sp.diff(f, x1).subs({x1: 1, x2: 2}), lambda q: 2 + q, "~0.5403")); L.step(R("2.5403") == 2 + R("0.5403"))
L.step(rounds("2.5403", (x2 + sp.cos(x1)).subs({x1: 1, x2: 2})) and same(sp.diff(f, x1), x2 + sp.cos(x1)))
L.step(same(sp.diff(f, x2), x1 + sp.cos(x1))); L.step(rounds("1.5403", 1 + sp.cos(1)))
# dual numbers: multiply out, drop eps^2
red = lambda e: sp.expand(e).coeff(eps, 0) + sp.expand(e).coeff(eps, 1) * eps      # drop eps^2 and higher
ser = lambda e: sp.series(e, eps, 0, 2).removeO()
L.define(note="eps^2 = 0")
L.step(sp.expand(red((a + b * eps) * (c + d * eps)) - (a * c + (a * d + b * c) * eps)) == 0)
L.step(sp.simplify(ser(sp.sin(a + b * eps)) - (sp.sin(a) + b * sp.cos(a) * eps)) == 0)
L.step(sp.simplify(ser(sp.exp(a + b * eps)) - sp.exp(a) * (1 + b * eps)) == 0)
L.step(sp.simplify(ser(1 / (a + b * eps)) - (1 / a - b / a ** 2 * eps)) == 0)
L.step(sp.simplify(ser(sp.sqrt(a + b * eps)) - (sp.sqrt(a) + b / sp.sqrt(a) * eps)) == 0)
L.step(sp.simplify(ser(sp.sqrt(a + b * eps)) - (sp.sqrt(a) + b / (2 * sp.sqrt(a)) * eps)) == 0)
L.step(sp.expand(red((sp.sqrt(a) + c * eps) ** 2) - (a + 2 * sp.sqrt(a) * c * eps)) == 0)
# Q2
pmf = {0: R("0.2"), 1: R("0.5"), 2: R("0.3")}
L.define(3, "pmf")
E = lambda h: sum(p * h(k) for k, p in pmf.items())
EX, EX2 = E(lambda k: k), E(lambda k: k ** 2); V = EX2 - EX ** 2
L.step(EX == 0 * R("0.2") + 1 * R("0.5") + 2 * R("0.3")); L.step(EX == R("1.1"))
L.step(EX2 == 0 + R("0.5") + 4 * R("0.3")); L.step(EX2 == R("1.7"))
L.step(True, note="Var = E X^2 - (E X)^2"); L.step(V == R("1.7") - R("1.21")); L.step(V == R("0.49")); L.step(sp.sqrt(V) == R("0.7"))
VY = E(lambda k: (3 * k - 2) ** 2) - E(lambda k: 3 * k - 2) ** 2
L.define(note="Y"); L.step(E(lambda k: 3 * k - 2) == 3 * R("1.1") - 2); L.step(3 * R("1.1") - 2 == R("1.3"))
L.step(VY == 3 * V); L.step(3 * R("0.49") == R("1.47"))
L.step(sp.sqrt(VY) == sp.sqrt(R("1.47")), carried=True); L.step(rounds("1.2124", sp.sqrt(R("1.47"))))
cov = E(lambda k: k * (3 * k - 2)) - EX * E(lambda k: 3 * k - 2)
L.step(cov == 3 * V); L.step(3 * V == R("1.47"))
L.step(cov / (sp.sqrt(V) * sp.sqrt(VY)) == R("1.47") / (R("0.7") * R("1.2124")), carried=True); L.step(rounds("1.7321", R("1.47") / (R("0.7") * R("1.2124"))))
L.step(E(lambda k: k * (3 * k - 2)) == EX * E(lambda k: 3 * k - 2), note="X, Y dependent"); L.step(EX * E(lambda k: 3 * k - 2) == R("1.1") * R("1.3")); L.step(R("1.1") * R("1.3") == R("1.43"))
L.step(VY == 9 * V); L.step(VY == 9 * R("0.49")); L.step(VY == R("4.41")); L.step(sp.sqrt(VY) == R("2.1"))
L.step(True, note="tower rule"); L.step(True, note="law of total variance")
L.define(note="S"); L.step(100 * V == 100 * R("0.49")); L.step(100 * V == 49); L.step(sp.sqrt(100 * V) == 7)
L.step(V / 100 == R("0.49") / 100); L.step(V / 100 == R("4.9") / 1000)
t = sp.symbols("t")
poly = sp.Poly(sp.expand((R("0.2") + R("0.5") * t + R("0.3") * t ** 2) ** 100), t)
coeffs = dict((m[0], cf) for m, cf in zip(poly.monoms(), poly.coeffs()))
tail = sum(cf for s_, cf in coeffs.items() if abs(sp.Rational(s_, 100) - R("1.1")) >= R("0.1"))
L.step(tail <= R("0.049"), note=f"exact tail {sp.N(tail, 6)}")
L.step(R("4.9e-3") / R("0.1") == R("0.049"))
L.step(sp.sqrt(V / 100) == sp.sqrt(R("4.9e-3"))); L.step(sci("7.000", -2, sp.sqrt(R("4.9e-3"))))
L.step(R("4.9e-3") / R("0.01") == R("0.49"))
L.step(E(lambda k: k * (k - 1)) == 2 * 1 * R("0.3")); L.step(2 * 1 * R("0.3") == R("0.6"))
L.step(E(lambda k: k * (k - 1)) == EX2 - EX); L.step(EX2 - EX == R("1.7") - R("1.1")); L.step(R("1.7") - R("1.1") == R("0.6"))
# Q3
sig = lambda v: 1 / (1 + sp.exp(-v))
L.step(sci("9.5367", -7, R("0.5") ** 20))
L.step(sci("4.540", -5, sp.exp(-10))); L.step(same(sig(-15), 1 / (1 + sp.exp(15)))); L.step(sci("3.059", -7, sig(-15)))
L.step(sci("9.080", -5, 1 - sp.tanh(5))); L.step(True, note="sigma' = sigma(1 - sigma)"); L.step(sci("4.540", -5, sig(10) * (1 - sig(10))))
L.step(sci("2.061", -8, sp.exp(-20)))
L.step(sci("4.540", -4, sp.exp(-10)) , carried=True, note="written ratio uses 2.061e-8")
L.step(sci("4.540", -4, R("2.061e-8") / R("4.540e-5")))
L.step(sci("1.192", -7, sp.Rational(1, 2 ** 23))); L.step(sci("2.220", -16, sp.Rational(1, 2 ** 52)))
L.step(abs(sp.log(1 + sp.Rational(1, 10 ** 8)) - sp.Rational(1, 10 ** 16)) <= sp.Rational(1, 10 ** 16))
L.step(abs(sp.sqrt(sp.Rational(1, 10 ** 8)) - sp.Rational(1, 100)) <= sp.Rational(1, 10 ** 3), note="1e-4")
L.step(sci("2.061", -9, sp.exp(-20))); L.step(sci("4.540", -5, sp.exp(-10)))
L.step(True, note="log(1 + x) ~ x for small x"); L.step(sci("1.000", -8, sp.log(1 + sp.Rational(1, 10 ** 8))))
L.done()
