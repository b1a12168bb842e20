"""Labels for coding_kata_retrospective_forward_mode_trace.tex: a coding-dojo retrospective with a hand trace of
forward-mode AD (dual numbers, primal and tangent columns) for f = (cos x1 + exp(x1 x2)) / x2 at (1.5, 0.5),
two seeds, the symbolic partials, a directional derivative, and notes on centred differences.
The mistakes are listed in README.md (last section)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch26/coding_kata_retrospective_forward_mode_trace.tex")
X1, X2 = sp.symbols("x1 x2", positive=True)
f = (sp.cos(X1) + sp.exp(X1 * X2)) / X2
pt = {X1: R("1.5"), X2: R("0.5")}
f1 = sp.diff(f, X1).subs(pt); f2 = sp.diff(f, X2).subs(pt); fv = f.subs(pt)
L.define(3, "f, x1, x2")
a, b, c, d, e = sp.symbols("a b c d e", real=True)
L.define(note="eps^2 = 0")
dual = lambda expr: sp.expand(expr).subs(e ** 2, 0)
L.step(same(dual((a + b * e) * (c + d * e)), a * c + (a * d + b * c) * e, positive=False))
L.step(same(sp.series(sp.cos(a + b * e), e, 0, 2).removeO(), sp.cos(a) - b * sp.sin(a) * e, positive=False))
L.step(same(sp.series(sp.exp(a + b * e), e, 0, 2).removeO(), sp.exp(a) + b * sp.exp(a) * e, positive=False))
v1, v2 = R("1.5"), R("0.5")
v3 = v1 * v2; v4 = sp.cos(v1); v5 = sp.exp(v3); v6 = v4 + v5; v7 = v6 / v2
# pass 1 (true tangents)
t3 = v2; t4 = -sp.sin(v1); t5 = v5 * t3; t6 = t4 + t5; t7 = t6 / v2
L.define(); L.step(v1 == R("1.5")); L.define(note="seed 1")
L.define(); L.step(v2 == R("0.5")); L.define(note="seed 0")
L.define(); L.step(v3 == R("0.75")); L.step(True, note="product rule"); L.step(t3 == R("0.5") + 0); L.step(t3 == R("0.5"))
L.define(); L.step(rounds("0.0707", v4)); L.step(False, note="-sin"); L.step(rounds("0.9975", sp.sin(v1)))
L.define(); L.step(rounds("2.1170", v5)); L.step(True, note="exp rule"); L.step(substituted(t5, lambda p: p * R("0.5"), "~2.1170")); L.step(rounds("1.0585", R("2.1170") * R("0.5")))
L.define(); L.step(rounds("2.1877", v6)); L.step(True, note="sum rule")
L.step(substituted(t6, lambda p, q: p + q, "~0.9975", "~1.0585"), carried=True); L.step(R("0.9975") + R("1.0585") == R("2.0560"))
L.define(); L.step(rounds("4.3754", v7, R("2.1877") / R("0.5"))); L.step(True, note="quotient rule")
L.step(substituted(t7, lambda p: (p * R("0.5") - 0) / R("0.25"), "~2.0560"), carried=True); L.step(R("2.0560") * R("0.5") / R("0.25") == R("4.1120"))
L.step(rounds("4.3754", fv, R("2.1877") / R("0.5"))); L.step(rounds("4.1120", f1), carried=True)
# pass 2
s3 = v1; s4 = 0; s5 = v5 * s3; s6 = s4 + s5; s7 = (s6 * v2 - v6 * 1) / v2 ** 2
L.step(True); L.step(s3 == 0 + R("1.5")); L.step(s3 == R("1.5")); L.step(True); L.step(s4 == 0)
L.step(True); L.step(substituted(s5, lambda p: p * R("1.5"), "~2.1170")); L.step(R("2.1170") * R("1.5") == R("3.1755"))
L.step(substituted(s6, lambda p: 0 + p, "~3.1755")); L.step(True)
L.step(False, note="minus in the quotient rule")
L.step(True, note="the + formula evaluated at the right values"); L.step(rounds("3.7755", R("3.1755") * R("0.5") + R("2.1877"))); L.step(R("3.7755") / R("0.25") == R("15.1020"))
L.step(rounds("15.1020", f2), carried=True)
L.step(substituted(s7, lambda p, q: (p - q) / R("0.25"), "~1.58775", "~2.1877")); L.step(R("1.58775") - R("2.1877") == R("-0.59995")); L.step(rounds("-2.3998", R("-0.59995") / R("0.25")))
u = sp.symbols("u", real=True)
L.step(sp.diff(sp.cos(u), u) == -sp.sin(u)); L.step(t4 == -sp.sin(R("1.5"))); L.step(rounds("-0.9975", t4))
L.step(substituted(t6, lambda p, q: p + q, "~-0.9975", "~1.0585")); L.step(R("-0.9975") + R("1.0585") == R("0.0610"))
L.step(substituted(t7, lambda p: p * R("0.5") / R("0.25"), "~0.0610")); L.step(R("0.0610") * R("0.5") / R("0.25") == R("0.1220"))
L.step(same(sp.diff(f, X1), (-sp.sin(X1) + X2 * sp.exp(X1 * X2)) / X2))
L.step(substituted(f1, lambda p, q: (p + R("0.5") * q) / R("0.5"), "~-0.9975", "~2.1170"))
L.step(rounds("0.0610", R("-0.9975") + R("0.5") * R("2.1170"))); L.step(R("0.0610") / R("0.5") == R("0.1220"))
L.define(note="h")
L.step(same(sp.diff(f, X2), X1 * sp.exp(X1 * X2) / X2 - (sp.cos(X1) + sp.exp(X1 * X2)) / X2 ** 2))
L.step(substituted(f2, lambda p, q: R("1.5") * p / R("0.5") - q / R("0.25"), "~2.1170", "~2.1877"))
L.step(R("1.5") * R("2.1170") / R("0.5") == R("6.3510") and R("2.1877") / R("0.25") == R("8.7508")); L.step(R("6.3510") - R("8.7508") == R("-2.3998"))
L.step(rounds("0.122", f1, approx=True) and rounds("-2.400", f2, approx=True))
L.step(rounds("0.0149", R("0.122") ** 2) and R("2.400") ** 2 == R("5.76")); L.step(R("0.0149") + R("5.76") == R("5.7749"))
L.define(note="direction")
L.step(substituted(f1 + f2, lambda p, q: p + q, "~0.122", "~-2.400"), note="linearity"); L.step(R("0.122") + R("-2.400") == R("-2.278"))
L.define(note="h")
L.done()
