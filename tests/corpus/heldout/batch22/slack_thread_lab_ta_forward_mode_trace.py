"""Labels for slack_thread_lab_ta_forward_mode_trace.tex: a lab Slack thread on a forward-mode trace of
f = x1^2 x2 + exp(-x2) ln x1 at (2, 0.5): the primal trace; the x2 tangent with exp(-v0)' missing its -1
(carried into v5-dot, v6-dot and the partial); the x1 tangent with v5-dot = v3-dot v4-dot for the product rule
(carried into v6-dot and the partial); the TA's corrections and analytic checks; a JVP with a sign slip;
dual numbers."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch22/slack_thread_lab_ta_forward_mode_trace.tex")
x1, x2 = sp.symbols("x1 x2", positive=True)
f = x1 ** 2 * x2 + sp.exp(-x2) * sp.log(x1)
pt = {x1: 2, x2: R("0.5")}
fx1, fx2 = [sp.diff(f, v).subs(pt) for v in (x1, x2)]
L.define(2, "f, point")
L.define(4, "v_-1, v_0")
v1, v2, v3, v4 = 4, 4 * R("0.5"), sp.log(2), sp.exp(-R("0.5"))
v5, v6 = v3 * v4, 4 * R("0.5") + v3 * v4
L.define(); L.step(v1 == 2 ** 2 == 4); L.define(); L.step(v2 == 2)
L.define(); L.step(rounds("0.6931", v3)); L.define(); L.step(rounds("0.6065", v4))
L.define(); L.step(rounds("0.4204", v5, R("0.6931") * R("0.6065"))); L.define(); L.step(rounds("2.4204", v6)); L.step(rounds("2.4204", f.subs(pt)))
L.define(note="x2 seed")
# tangent for the x2 seed: vdots exactly
t1, t2, t3, t4 = 0, 4, 0, -v4
t5 = t3 * v4 + v3 * t4
t6 = t2 + t5
L.step(t1 == 2 * 2 * 0); L.step(t1 == 0); L.step(t2 == 0 * R("0.5") + 4 * 1); L.step(t2 == 4); L.step(t3 == R(0) / 2); L.step(t3 == 0)
L.step(t4 == v4 * 1, note="-1"); L.step(rounds("0.6065", v4))
L.step(True, note="product rule")
L.step(substituted(t5, lambda p, q: p * q, "~0.6931", "~0.6065"), carried=substituted(v3 * v4, lambda p, q: p * q, "~0.6931", "~0.6065"))
L.step(rounds("0.4204", R("0.6931") * R("0.6065")))
L.step(True, note="sum rule"); L.step(substituted(t6, lambda p: 4 + p, "~0.4204"), carried=True); L.step(4 + R("0.4204") == R("4.4204"))
L.step(fx2 == R("4.4204"), carried=rounds("4.4204", t2 + v3 * v4))
L.define(note="v4 = exp(-v0)")
vv0 = sp.symbols("v0")
L.step(same(sp.diff(sp.exp(-vv0), vv0), -sp.exp(-vv0), [vv0])); L.step(rounds("-0.6065", t4))
L.step(substituted(t5, lambda p, q: p * -q, "~0.6931", "~0.6065")); L.step(rounds("-0.4204", R("0.6931") * R("-0.6065"), t5))
L.step(substituted(t6, lambda p: 4 - p, "~0.4204")); L.step(rounds("3.5796", 4 - R("0.4204"), t6))
L.step(same(sp.diff(f, x2), x1 ** 2 - sp.exp(-x2) * sp.log(x1))); L.step(substituted(fx2, lambda p: 4 - p, "~0.4204")); L.step(rounds("3.5796", fx2))
# x1 seed
L.define(2, "x1 seed")
s1, s2, s3, s4 = 2 * 2 * 1, 4 * R("0.5") + 4 * 0, sp.Rational(1, 2), -v4 * 0
s5 = s3 * v4 + v3 * s4
s6 = s2 + s5
L.step(s1 == 2 * 2 * 1); L.step(s1 == 4); L.step(s2 == 4 * R("0.5") + 4 * 0); L.step(s2 == 2)
L.step(s3 == sp.Rational(1, 2)); L.step(s3 == R("0.5")); L.step(s4 == R("-0.6065") * 0); L.step(s4 == 0)
L.step(s5 == s3 * s4, note="product rule"); L.step(s3 * s4 == R("0.5") * 0); L.step(R("0.5") * 0 == 0)
L.step(s6 == 2 + 0, carried=(s2 + s3 * s4 == 2 + 0)); L.step(2 + 0 == 2)
L.step(fx1 == 2, carried=(s2 + s3 * s4 == 2))
L.step(True, note="product rule")
L.step(substituted(s5, lambda p, q: R("0.5") * p + q * 0, "~0.6065", "~0.6931")); L.step(rounds("0.3033", R("0.5") * R("0.6065"), s5))
L.step(substituted(s6, lambda p: 2 + p, "~0.3033")); L.step(rounds("2.3033", 2 + R("0.3033"), s6))
L.step(same(sp.diff(f, x1), 2 * x1 * x2 + sp.exp(-x2) / x1)); L.step(substituted(fx1, lambda p: 2 + p / 2, "~0.6065"))
L.step(rounds("2.3033", 2 + R("0.6065") / 2, fx1))
L.step(rounds("2.3033", fx1) and rounds("3.5796", fx2))
u = [R("0.1"), R("-0.2")]
jvp = u[0] * fx1 + u[1] * fx2
L.define(note="u")
L.step(substituted(jvp, lambda p, q: R("0.1") * p - R("0.2") * q, "~2.3033", "~3.5796"))
L.step(R("0.1") * R("2.3033") - R("0.2") * R("3.5796") == R("0.23033") + R("0.71592"), note="minus")
L.step(R("0.23033") + R("0.71592") == R("0.94625"))
L.step(R("0.23033") - R("0.71592") == R("-0.48559")); L.define(note="x-dot = u")
e = sp.symbols("e")
dual = lambda expr: sp.expand(sp.series(expr, e, 0, 2).removeO())
L.step(dual((2 + e) ** 2) == 4 + 4 * e); L.step(sp.simplify(dual(sp.log(2 + e)) - (sp.log(2) + e / 2)) == 0)
L.define(note="eps^2 = 0")
lhs = dual((4 + 4 * e) * R("0.5") + (sp.log(2) + e / 2) * sp.exp(-R("0.5")))
L.step(rounds("2.4204", lhs.coeff(e, 0)) and rounds("2.3033", lhs.coeff(e, 1)) and sp.simplify(lhs.coeff(e, 1) - fx1) == 0)
L.define(note="n = 2")
L.done()
