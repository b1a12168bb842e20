"""Labels for ta_grading_rubric_sample_answers_forward_mode_trace.tex: a TA grading rubric for a forward-mode
question, f(x1, x2) = (x1 x2 + sin x1) e^{-x2} at (1.5, 0.5): the reference evaluation and tangent traces for
both seeds, a closed-form check, and graded sample scripts: sin' taken as -sin (carried into v5dot and v8dot),
the product rule as v1dot v2dot (carried), a dual-number exponential without its inner -1 (carried into the
partial), and a transposed-digit 0.3416 (carried into the reported gradient)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch21/ta_grading_rubric_sample_answers_forward_mode_trace.tex")
X1, X2 = sp.symbols("x1 x2", real=True)
f = (X1 * X2 + sp.sin(X1)) * sp.exp(-X2)
pt = {X1: R("1.5"), X2: R("0.5")}
L.define(3, "f, point, seed")
v1, v2 = R("1.5"), R("0.5")
v3, v4 = v1 * v2, sp.sin(v1); v5 = v3 + v4; v6 = -v2; v7 = sp.exp(v6); v8 = v5 * v7
L.define(4, "v1, v2")
L.define(); L.step(v3 == R("0.75")); L.define(); L.step(rounds("0.9975", v4))
L.define(); L.step(rounds("1.7475", R("0.75") + R("0.9975"), v5)); L.define(); L.step(v6 == R("-0.5"))
L.define(); L.step(rounds("0.6065", v7)); L.define()
L.step(substituted(v8, lambda p, q: p * q, "~1.7475", "~0.6065")); L.step(rounds("1.0599", R("1.7475") * R("0.6065"), v8))
L.step(rounds("1.0599", f.subs(pt)))
L.define(note="seed (1, 0)")
u = sp.symbols("u")
# seed 1 tangents
d1, d2 = 1, 0
t3 = d1 * v2 + v1 * d2; t4 = sp.cos(v1) * d1; t5 = t3 + t4; t6 = -d2; t7 = v7 * t6; t8 = t5 * v7 + v5 * t7
g1 = sp.diff(f, X1).subs(pt); g2 = sp.diff(f, X2).subs(pt)
L.step(True, note="product rule"); L.step(t3 == R("0.5")); L.step(sp.diff(sp.sin(u), u) == sp.cos(u)); L.step(rounds("0.0707", t4))
L.step(True, note="sum"); L.step(rounds("0.5707", R("0.5") + R("0.0707"), t5)); L.step(True, note="negation"); L.step(t6 == 0)
L.step(sp.diff(sp.exp(u), u) == sp.exp(u)); L.step(t7 == 0); L.step(True, note="product rule")
L.step(substituted(t8, lambda p, q: p * q, "~0.5707", "~0.6065")); L.step(rounds("0.3461", R("0.5707") * R("0.6065"), t8))
L.step(rounds("0.3461", g1, R("0.5707") * R("0.6065")))
# seed 2
d1, d2 = 0, 1
s3 = d1 * v2 + v1 * d2; s4 = sp.cos(v1) * d1; s5 = s3 + s4; s6 = -d2; s7 = v7 * s6; s8 = s5 * v7 + v5 * s7
L.step(s3 == v1); L.step(s3 == R("1.5")); L.step(s4 == 0); L.step(s5 == R("1.5")); L.step(s6 == -1)
L.step(True, note="chain rule"); L.step(rounds("-0.6065", s7))
L.step(True, note="product rule"); L.step(substituted(s8, lambda p, q: R("1.5") * p + q * (-p), "~0.6065", "~1.7475"))
L.step(rounds("-0.1501", R("1.5") * R("0.6065") + R("1.7475") * R("-0.6065"), s8)); L.step(rounds("-0.1501", g2))
L.step(same(sp.diff(f, X1), (X2 + sp.cos(X1)) * sp.exp(-X2), positive=False))
L.step(substituted(g1, lambda p, q: (R("0.5") + p) * q, "~0.0707", "~0.6065")); L.step(rounds("0.3461", (R("0.5") + R("0.0707")) * R("0.6065")))
L.step(same(sp.diff(f, X2), (X1 - X1 * X2 - sp.sin(X1)) * sp.exp(-X2), positive=False))
L.step(substituted(g2, lambda p, q: (R("1.5") - p) * q, "~1.7475", "~0.6065")); L.step(rounds("-0.1501", (R("1.5") - R("1.7475")) * R("0.6065")))
# Script B
L.step(t3 == R("0.5"))
L.step(t4 == -sp.sin(v1) * 1, note="-sin"); L.step(rounds("-0.9975", -sp.sin(v1)))
L.step(substituted(t5, lambda p: R("0.5") + p, "~-0.9975"), carried=True); L.step(R("0.5") + R("-0.9975") == R("-0.4975"))
L.step(True, note="product rule")
L.step(substituted(t8, lambda p, q: p * q + 0, "~-0.4975", "~0.6065"), carried=substituted(-R("0.4975") * v7, lambda p, q: p * q, "~-0.4975", "~0.6065"))
L.step(rounds("-0.3017", R("-0.4975") * R("0.6065")))
L.step(sp.diff(sp.sin(u), u) == sp.cos(u)); L.step(rounds("0.0707", t4))
L.step(R("0.5") + sp.cos(R("1.5")) > 0); L.step(sp.exp(-R("0.5")) > 0)
# Script C
L.step(s3 == d1 * d2, note="product rule"); L.step(d1 * d2 == 0 * 1); L.step(0 * 1 == 0)
L.step(True, note="sum"); L.step(s5 == 0, carried=True)
L.step(rounds("-0.6065", sp.exp(-R("0.5")) * (-1))); L.step(rounds("-0.6065", s7))
L.step(substituted(s8, lambda p, q: 0 * p + q * (-p), "~0.6065", "~1.7475"), carried=True)
L.step(rounds("-1.0599", R("1.7475") * R("-0.6065")))
L.step(True, note="product rule"); L.step(s3 == 0 * R("0.5") + R("1.5") * 1); L.step(s3 == R("1.5"))
# Script D
L.define(note="eps^2 = 0")
a, b, c, d, e = sp.symbols("a b c d epsilon")
dual = lambda expr: sp.expand(sp.series(expr, e, 0, 2).removeO())
L.step(sp.expand((a + b * e) * (c + d * e)).subs(e ** 2, 0) == sp.expand(a * c + (a * d + b * c) * e))
L.step(sp.simplify(dual(sp.exp(a + b * e)) - (sp.exp(a) + b * sp.exp(a) * e)) == 0)
def coeffs_round(expr, c0, c1):
    ex = dual(expr)
    return rounds(c0, ex.coeff(e, 0)) and rounds(c1, ex.coeff(e, 1))
L.step(coeffs_round(R("1.5") * (R("0.5") + e) + sp.sin(R("1.5")), "1.7475", "1.5"))
L.step(coeffs_round(sp.exp(-(R("0.5") + e)), "0.6065", "0.6065"), note="-0.6065")
L.step(coeffs_round((R("1.7475") + R("1.5") * e) * (R("0.6065") + R("0.6065") * e), "1.0599", "1.9696"))
L.step(rounds("1.9696", g2), carried=True)
L.step(sp.simplify(dual(sp.exp(-(R("0.5") + e))) - (sp.exp(-R("0.5")) - sp.exp(-R("0.5")) * e)) == 0)
prod = (R("1.7475") + R("1.5") * e) * (R("0.6065") - R("0.6065") * e)
L.step(sp.expand(prod).subs(e ** 2, 0).coeff(e, 1) == R("1.5") * R("0.6065") - R("1.7475") * R("0.6065")
       and rounds("-0.1501", R("1.5") * R("0.6065") - R("1.7475") * R("0.6065")) and rounds("1.0599", R("1.7475") * R("0.6065")))
# Script E
L.step(substituted(t8, lambda p, q: p * q, "~0.5707", "~0.6065")); L.step(rounds("0.3416", R("0.5707") * R("0.6065")), note="0.3461")
L.step(rounds("0.3416", g1) and rounds("-0.1501", g2), carried=True); L.step(rounds("0.3461", R("0.5707") * R("0.6065")))
L.done()
