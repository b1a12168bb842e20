"""Labels for mathpix_ocr_midterm_script.tex: a weak midterm answer booklet converted by Mathpix OCR
(`\\( \\)` inline math, `$$` displays, `\\text { mean }=`, `\\left(`, `\\operatorname{Beta}`), with the grader's
remarks: Beta(1, 1) with 3 of 5 and the mode without its -1 (carried into 'P(next head) = MAP'); a 1-1-1 sigmoid
net with sigma(1) = 0.2689 (the value of sigma(-1); carried through y_hat, L, both weight gradients, dL/dh and
the w1 step; sigma'(1) = 0.2689 x 0.7311 is right anyway); E[X^2] = (EX)^2, Var(2X + 1) = 2 Var X + 1;
(1 - 1/n)^n -> e, sum 2^-k = 2; a Gaussian KL with ln of the variance ratio."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from sympy.stats import DiscreteUniform, E as Ex, variance  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch10/mathpix_ocr_midterm_script.tex")
L.define(note="n = 5")
a, b = 1 + 3, 1 + 2
L.step((a, b) == (4, 3))
L.step(sp.Rational(a, a + b) == sp.Rational(4, 7)); L.step(rounds("0.5714", sp.Rational(4, 7)))
mode = sp.Rational(a - 1, a + b - 2)
L.step(mode == sp.Rational(4, 4 + 3 - 2), note="(a-1)/(a+b-2)"); L.step(sp.Rational(4, 5) == R("0.8"))
var = sp.Rational(a * b, (a + b) ** 2 * (a + b + 1))
L.step(var == sp.Rational(4 * 3, 49 * 8)); L.step(rounds("0.0306", var)); L.step(rounds("0.1750", sp.sqrt(var)))
L.step(sp.Rational(a, a + b) == mode, note="predictive = posterior mean")
L.step(mode == R("0.8"), carried=True)
L.define(10, "x, w1, b1, w2, b2, y, z, h, y_hat, L")
sig = lambda t: 1 / (1 + sp.exp(-t))
z = 2 * 1 - 1
L.step(z == 2 * 1 - 1); L.step(z == 1); L.step(True, note="h = sigma(1)"); L.step(rounds("0.2689", sig(1)), note="0.7311")
h = sig(1); yh = -h + R("0.5")
L.step(substituted(yh, lambda t: -t + R("0.5"), "~0.2689"), carried=True); L.step(-R("0.2689") + R("0.5") == R("0.2311"))
Lv = yh ** 2 / 2
# the value is right (squared), but 0.2311 is not a rounding of y_hat = -0.2311: judged by its numbers
L.step(rounds("0.2311", yh), carried=True); L.step(rounds("0.0267", R("0.2311") ** 2 / 2))
L.step(True, note="dL/dy_hat = y_hat - y"); L.step(rounds("0.2311", yh), carried=True)
L.step(True, note="dL/dw2 = dL/dy_hat h")
L.step(substituted(yh * h, lambda p, q: p * q, "~0.2311", "~0.2689"), carried=True); L.step(rounds("0.0621", R("0.2311") * R("0.2689")))
L.step(True, note="dL/dh = dL/dy_hat w2"); L.step(rounds("-0.2311", -yh), carried=True)
# sigma'(1) = sigma(1) sigma(-1): 0.2689 x 0.7311 is that product whichever factor is which
L.step(substituted(sig(1) * sig(-1), lambda p, q: p * q, "~0.2689", "~0.7311")); L.step(rounds("0.1966", R("0.2689") * R("0.7311"), sig(1) * sig(-1)))
dz = -yh * h * (1 - h)
L.step(True, note="chain rule")
L.step(substituted(dz, lambda p, q: p * q, "~-0.2311", "~0.1966"), carried=True); L.step(rounds("-0.0454", R("-0.2311") * R("0.1966")))
L.step(substituted(2 - R("0.5") * dz, lambda p: 2 - R("0.5") * p, "~-0.0454"), carried=True); L.step(rounds("2.0227", 2 - R("0.5") * R("-0.0454")))
X = DiscreteUniform("X", list(range(1, 7)))
L.step(Ex(X) == R("3.5")); L.step(variance(X) == sp.Rational(35, 12)); L.step(rounds("2.9167", sp.Rational(35, 12)))
L.step(Ex(X ** 2) == Ex(X) ** 2, note="91/6"); L.step(R("3.5") ** 2 == R("12.25"))
L.step(Ex(2 * X + 1) == 2 * R("3.5") + 1); L.step(2 * R("3.5") + 1 == 8)
L.step(variance(2 * X + 1) == 2 * variance(X) + 1, note="4 Var X"); L.step(rounds("6.8333", 2 * R("2.9167") + 1, 2 * sp.Rational(35, 12) + 1))
n, x, k = sp.symbols("n x k", positive=True)
L.step(sp.limit((1 - 1 / n) ** n, n, sp.oo) == sp.E, note="1/e"); L.step(sp.limit(sp.log(1 + x) / x, x, 0) == 1)
kk = sp.symbols("kk", integer=True, nonnegative=True)
L.step(sp.summation(sp.Rational(1, 2) ** kk, (kk, 1, sp.oo)) == 2, note="1"); L.step(sp.summation(1 / sp.factorial(kk), (kk, 0, sp.oo)) == sp.E)
kl = sp.log(2) + sp.Rational(1, 8) - sp.Rational(1, 2)          # ln(s2/s1) + (s1^2 + 0)/(2 s2^2) - 1/2
L.step(sp.simplify(kl - (sp.log(4) + sp.Rational(1, 8) - sp.Rational(1, 2))) == 0, note="ln 2")
L.step(substituted(sp.log(4) + sp.Rational(1, 8) - sp.Rational(1, 2), lambda c: c + R("0.125") - R("0.5"), "~1.3863"))
L.step(R("1.3863") + R("0.125") - R("0.5") == R("1.0113"))
L.step(sp.Rational(4 - 1, 4 + 3 - 2) == mode); L.step(mode == R("0.6"))
dw1 = yh * (-1) * h * (1 - h) * 1                 # dL/dy_hat * w2 * sigma'(z) * x
assert dw1 == dz
L.step(rounds("0.7311", sig(1))); L.step(rounds("-0.2311", yh)); L.step(rounds("0.0454", dw1)); L.step(rounds("1.9773", 2 - R("0.5") * dw1))
L.step(Ex(X ** 2) == sp.Rational(91, 6)); L.step(variance(2 * X + 1) == 4 * variance(X)); L.step(rounds("11.6667", 4 * variance(X)))
L.step(rounds("0.3181", kl))
L.done()
