"""Labels for notes_forward_mode_trace.tex: lecture notes on forward-mode AD, a (value, tangent) trace
table for tanh(xy) + ln x, dual-number rules (sqrt's 1/2 dropped), reverse-mode adjoints with v_1
for v_2 (carried), and a student's trace with 1 - v_4 for 1 - v_4^2 (carried), caught by finite
differences."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch4/notes_forward_mode_trace.tex")
X, Y = sp.symbols("x y", positive=True)
f = sp.tanh(X * Y) + sp.log(X)
pt = {X: R("0.5"), Y: 2}
L.define(4)
L.define(3); L.define(3)
v3, v4, v5 = X * Y, sp.tanh(X * Y), sp.log(X)
at = lambda e: e.subs(pt)
dx = lambda e: at(sp.diff(e, X))
L.define(); L.step(at(v3) == 1); L.step(True, note="product rule"); L.step(dx(v3) == 2)
L.define(); L.step(rounds("0.7616", at(v4))); L.step(same(sp.diff(v4, X), (1 - v4 ** 2) * sp.diff(v3, X)))
L.step(substituted(dx(v4), lambda a: (1 - a ** 2) * 2, "~0.7616")); L.step(rounds("0.8399", dx(v4), (1 - R("0.7616") ** 2) * 2))
L.define(); L.step(rounds("-0.6931", at(v5))); L.step(same(sp.diff(v5, X), 1 / X)); L.step(dx(v5) == 2)
L.define(); L.step(rounds("0.0684", at(f))); L.step(True, note="sum rule"); L.step(rounds("2.8399", dx(f), R("0.8399") + 2))
L.step(rounds("0.0684", at(f))); L.step(rounds("2.8399", dx(f)))
L.step(same(sp.diff(f, X), Y * sp.sech(X * Y) ** 2 + 1 / X))
L.step(substituted(dx(f), lambda s: 2 * s + 2, "~0.4200") and rounds("0.4200", at(sp.sech(X * Y) ** 2))); L.step(rounds("2.8400", 2 * R("0.42") + 2))
L.step((at(v3), dx(v3)) == (1, 2)); L.step(rounds("0.7616", at(v4)) and rounds("0.8399", dx(v4))); L.step(rounds("0.0684", at(f)) and rounds("2.8399", dx(f)))
dy = lambda e: at(sp.diff(e, Y))
L.define(2); L.step(dy(v3) == R("0.5")); L.step(substituted(dy(v4), lambda s: s * R("0.5"), "~0.4200")); L.step(R("0.42") * R("0.5") == R("0.21"))
L.step(dy(v5) == 0); L.step(rounds("0.2100", dy(f)))
# dual numbers: e^2 = 0, so g(a + b e) = g(a) + b g'(a) e
a, b, c, d = sp.symbols("a b c d", positive=True)
L.define()
dual = lambda g: (g(a), b * sp.diff(g(a), a))
eps = sp.Symbol("epsilon")
nil = lambda e: sp.expand(e).subs(eps ** 2, 0)
L.step(nil((a + b * eps) * (c + d * eps)) == sp.expand(a * c + (a * d + b * c) * eps))
for g, (v, t) in ((sp.exp, (sp.exp(a), b * sp.exp(a))), (sp.sin, (sp.sin(a), b * sp.cos(a))), (lambda u: 1 / u, (1 / a, -b / a ** 2)),
                  (sp.log, (sp.log(a), b / a)), (sp.sqrt, (sp.sqrt(a), b / sp.sqrt(a))), (sp.cos, (sp.cos(a), b * sp.sin(a))),
                  (sp.tanh, (sp.tanh(a), b * (1 - sp.tanh(a) ** 2))), (lambda u: u ** 3, (a ** 3, 3 * a * b))):
    gv, gt = dual(g)
    L.step(same(gv, v) and same(gt, t))
x = sp.Symbol("x", positive=True)
gfun = x ** 2 * sp.sin(x)
L.define(2); L.step(nil((1 + eps) ** 2) == 1 + 2 * eps); L.step(rounds("0.8415", sp.sin(1)) and rounds("0.5403", sp.cos(1)))
L.step(True, note="g(1+e) is the product of the duals (x^2 and sin x at 1+e)")
L.step(nil((1 + 2 * eps) * (R("0.8415") + R("0.5403") * eps)) == sp.expand(R("0.8415") + (2 * R("0.8415") + R("0.5403")) * eps))
L.step(rounds("2.2233", 2 * R("0.8415") + R("0.5403")))
L.step(same(sp.diff(gfun, x).subs(x, 1), 2 * sp.sin(1) + sp.cos(1))); L.step(rounds("2.2233", 2 * sp.sin(1) + sp.cos(1), approx=True))
# reverse mode
L.define(); L.step(True, note="seed"); L.step(True, note="v6 = v4 + v5"); L.step(True, note="both 1")
L.step(True, note="tanh adjoint"); L.step(rounds("0.4200", at(1 - v4 ** 2)))
V1, V2, V3 = sp.symbols("v1 v2 v3", positive=True)
out = sp.tanh(V1 * V2) + sp.log(V1)
bar1 = sp.diff(out, V1).subs({V1: R("0.5"), V2: 2})
L.step(same(sp.diff(out, V1), (1 - sp.tanh(V1 * V2) ** 2) * V1 + 1 / V1), note="v_2, not v_1")
L.step(substituted(bar1, lambda s: s * R("0.5") + 2, "~0.4200"), carried=True); L.step(R("0.42") * R("0.5") + 2 == R("2.21"))
L.step(same(sp.diff(out, V2), (1 - sp.tanh(V1 * V2) ** 2) * V1)); L.step(rounds("0.2100", sp.diff(out, V2).subs({V1: R("0.5"), V2: 2})))
# the student's trace at (1, 0.5)
pt2 = {X: 1, Y: R("0.5")}
at2 = lambda e: e.subs(pt2)
dx2 = lambda e: at2(sp.diff(e, X))
L.step(at2(v3) == R("0.5")); L.step(dx2(v3) == 1 * R("0.5") + 1 * 0); L.step(dx2(v3) == R("0.5"))
L.step(at2(v4) == sp.tanh(R("0.5"))); L.step(rounds("0.4621", at2(v4)))
L.step(substituted(dx2(v4), lambda s: (1 - s) * R("0.5"), "~0.4621")); L.step(rounds("0.2690", (1 - R("0.4621")) * R("0.5")))
L.step(at2(v5) == sp.log(1)); L.step(sp.log(1) == 0); L.step(dx2(v5) == 1)
L.step(rounds("0.4621", at2(f))); L.step(substituted(dx2(f), lambda s: s + 1, "~0.2690"), carried=True); L.step(R("0.2690") + 1 == R("1.2690"))
dy2 = lambda e: at2(sp.diff(e, Y))
L.step(dy2(v3) == 1); L.step(substituted(dy2(v4), lambda s: 1 - s, "~0.4621")); L.step(1 - R("0.4621") == R("0.5379")); L.step(dy2(v5) == 0)
L.step(rounds("0.5379", dy2(f)), carried=True)
fd = (f.subs({X: R("1.001"), Y: R("0.5")}) - f.subs({X: R("0.999"), Y: R("0.5")})) / R("0.002")
L.step(rounds("1.3932", fd))
L.step(substituted(dx2(v4), lambda s: (1 - s) * R("0.5"), "~0.2135") and rounds("0.2135", R("0.4621") ** 2)); L.step(rounds("0.3932", dx2(v4), (1 - R("0.2135")) * R("0.5")))
L.step(rounds("1.3932", dx2(f)))
L.done()
