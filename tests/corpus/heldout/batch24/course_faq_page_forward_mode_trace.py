"""Labels for course_faq_page_forward_mode_trace.tex: a course FAQ page on forward-mode AD for
f(x1, x2) = (x1 + x2) e^{-x1 x2} + ln(1 + x1^2) at (0.5, 1.2): the primal trace with `:=`, the tangent
trace for both seeds, a JVP from the gradient, two students' posted traces,
and the symbolic partials. Slips (in the posted traces): the tangent of e^{-u} without its minus sign
(carried into v6dot, v9dot and a JVP); the seed-1 value of v4dot reused under seed (0, 1) (carried into
v5dot, v6dot, v9dot, the reported partial and gradient)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch24/course_faq_page_forward_mode_trace.tex")
x1, x2, u = sp.symbols("x1 x2 u", real=True)
f = (x1 + x2) * sp.exp(-x1 * x2) + sp.log(1 + x1 ** 2)
P = {x1: R("0.5"), x2: R("1.2")}
L.define(3, "f, x1, x2")
v5, v8 = sp.exp(R("-0.6")), sp.log(R("1.25"))
L.define(); L.step(R("0.5") + R("1.2") == R("1.7")); L.define(); L.step(R("0.5") * R("1.2") == R("0.6"))
L.define(); L.step(True); L.step(rounds("0.5488", v5))
L.define(); L.step(substituted(R("1.7") * v5, lambda p: R("1.7") * p, "~0.5488")); L.step(rounds("0.9330", R("1.7") * R("0.5488"), R("1.7") * v5))
L.define(); L.step(R("0.5") ** 2 == R("0.25")); L.define(); L.step(True); L.step(rounds("0.2231", v8))
v9 = R("1.7") * v5 + v8
L.define(); L.step(substituted(v9, lambda p, q: p + q, "~0.9330", "~0.2231")); L.step(rounds("1.1561", R("0.9330") + R("0.2231")))
L.define(3, "tangent definition and seed (1, 0)")
g1 = sp.diff(f, x1).subs(P); g2 = sp.diff(f, x2).subs(P)
L.step(True, note="sum rule"); L.step(True, note="= 1"); L.step(True, note="product rule"); L.step(True, note="= 1.2")
L.step(same(sp.diff(sp.exp(-u), u), -sp.exp(-u), [u])); L.step(True, note="-v5 * 1.2"); L.step(rounds("-0.6586", R("-0.5488") * R("1.2")))
t6 = v5 * (1 - R("1.7") * R("1.2"))
L.step(True, note="product rule"); L.step(substituted(t6, lambda p, q: p + R("1.7") * q, "~0.5488", "~-0.6586"))
L.step(rounds("-0.5708", R("0.5488") + R("1.7") * R("-0.6586")))
L.step(True, note="2 v1 v1dot"); L.step(2 * R("0.5") == 1); L.step(True, note="log rule"); L.step(1 / R("1.25") == 1 / R("1.25")); L.step(1 / R("1.25") == R("0.8"))
L.step(True); L.step(substituted(g1, lambda p: p + R("0.8"), "~-0.5708")); L.step(rounds("0.2292", R("-0.5708") + R("0.8")))
L.step(rounds("0.2292", g1))
# Q2
L.define(2, "seed (0, 1)")
L.step(True); L.step(True, note="v4dot = v1 v2dot when v1dot = 0"); L.step(R("0.5") * 1 == R("0.5"))
L.step(True); L.step(rounds("-0.2744", R("-0.5488") * R("0.5")))
L.step(substituted(g2, lambda p, q: p + R("1.7") * q, "~0.5488", "~-0.2744"))
L.step(rounds("0.4665", R("1.7") * R("0.2744"))); L.step(rounds("0.0823", R("0.5488") - R("0.4665")))
L.step(True); L.step(rounds("0.0823", g2))
L.define(note="u"); L.define(2, "seed = u")
jvp = g1 - g2
L.step(substituted(jvp, lambda p, q: p - q, "~0.2292", "~0.0823")); L.step(rounds("0.1469", R("0.2292") - R("0.0823")))
# Q3
L.step(True, note="v4dot = 1.2 under seed (1, 0)")
L.step(False, note="e^{-v4} v4dot: minus lost"); L.step(True, note="between members"); L.step(rounds("0.6586", R("0.5488") * R("1.2")))
L.step(True, note="product rule")
L.step(substituted(t6, lambda p, q: p + R("1.7") * q, "~0.5488", "~0.6586"), carried=True)
L.step(rounds("1.1196", R("1.7") * R("0.6586"))); L.step(rounds("1.6684", R("0.5488") + R("1.1196")))
L.step(True); L.step(substituted(g1, lambda p, q: p + q, "~1.6684", "0.8"), carried=True); L.step(rounds("2.4684", R("1.6684") + R("0.8")))
L.step(substituted(jvp, lambda p, q: p - q, "~2.4684", "~0.0823"), carried=True); L.step(R("2.4684") - R("0.0823") == R("2.3861"))
fd = (f.subs({x1: R("0.501"), x2: R("1.2")}) - f.subs({x1: R("0.499"), x2: R("1.2")})) / R("0.002")
L.step(rounds("0.23", fd, approx=True))
L.step(same(sp.diff(sp.exp(-u), u), -sp.exp(-u), [u])); L.step(rounds("-0.6586", -v5 * R("1.2")))
# Q4
L.define(2, "seed (0, 1)")
L.step(True, note="product rule"); L.step(0 * R("1.2") + R("0.5") * 1 == R("1.2"), note="0.5")
L.step(substituted(-v5 * R("0.5"), lambda p, q: -p * q, "~0.5488", "1.2"), carried=True); L.step(rounds("-0.6586", R("-0.5488") * R("1.2")))
L.step(substituted(g2, lambda p, q: p + R("1.7") * q, "~0.5488", "~-0.6586"), carried=True)
L.step(rounds("-0.5708", R("0.5488") + R("1.7") * R("-0.6586")))
L.step(substituted(g2, lambda p: p + 0, "~-0.5708"), carried=True); L.step(R("-0.5708") + 0 == R("-0.5708"))
L.step(rounds("-0.5708", g2), carried=True)
L.step(rounds("0.2292", g1) and rounds("-0.5708", g2), carried=True)
L.define(note="v1dot = 0 under this seed"); L.step(True, note="product rule at the seed"); L.step(0 * R("1.2") + R("0.5") * 1 == R("0.5"))
# Q5
L.step(same(sp.diff(f, x1), sp.exp(-x1 * x2) * (1 - x2 * (x1 + x2)) + 2 * x1 / (1 + x1 ** 2)))
L.step(same(sp.diff(f, x2), sp.exp(-x1 * x2) * (1 - x1 * (x1 + x2))))
L.step(substituted(g1, lambda p: p * (1 - R("2.04")) + R("0.8"), "~0.5488")); L.step(rounds("0.2292", R("0.5488") * (1 - R("2.04")) + R("0.8")))
L.step(substituted(g2, lambda p: p * R("0.15"), "~0.5488")); L.step(rounds("0.0823", R("0.5488") * R("0.15")))
L.done()
