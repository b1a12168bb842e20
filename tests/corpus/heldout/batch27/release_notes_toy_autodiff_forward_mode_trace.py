"""Labels for release_notes_toy_autodiff_forward_mode_trace.tex: release notes of a toy AD library (macros
\\tang, \\eps, \\code): dual-number rules, a forward-mode trace of f(x, y) = x^2 y + sin(xy) - ln y at
(1.5, 0.5) in align* (primal and tangent columns, 4 decimals carried), the y-seed in $$ displays, the symbolic
partials, a directional seed, fixed bugs quoted with their old outputs, second partials.
Slips (the quoted 1.2 bugs and a docs line): the quotient tangent with + (g'(2) = 44/9); the power rule with
a^n for a^{n-1}, its (2 + eps)^3 = 8 + 24 eps carried; the log tangent multiplied, its v5-dot, v7-dot and
df/dy carried; df/dy with + 1/y."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch27/release_notes_toy_autodiff_forward_mode_trace.tex")
e, a, ap, b, bp = sp.symbols("epsilon a ap b bp", positive=True)
dual = lambda expr: sp.series(expr, e, 0, 2).removeO()     # eps^2 = 0
eqd = lambda lhs, rhs: sp.simplify(dual(lhs) - rhs) == 0
L.define(note="eps^2 = 0"); L.define(note="eps^2 = 0 again")
L.step(eqd((a + ap * e) + (b + bp * e), (a + b) + (ap + bp) * e))
L.step(eqd((a + ap * e) * (b + bp * e), a * b + (ap * b + a * bp) * e))
L.step(eqd(sp.sin(a + ap * e), sp.sin(a) + ap * sp.cos(a) * e))
L.step(eqd(sp.log(a + ap * e), sp.log(a) + ap / a * e))
L.step(eqd((a + ap * e) / (b + bp * e), a / b + (ap * b - a * bp) / b ** 2 * e))
L.step(eqd(sp.exp(a + e) * (a + e) ** 3, sp.exp(a) * a ** 3 + sp.diff(sp.exp(a) * a ** 3, a) * e), note="Taylor, an instance")
x, y = sp.symbols("x y", positive=True)
f = x ** 2 * y + sp.sin(x * y) - sp.log(y)
X, Y = R("1.5"), R("0.5")
pt = {x: X, y: Y}
fx, fy = sp.diff(f, x), sp.diff(f, y)
L.define(5, "f, x, y, seeds")
# x-seed trace
v3 = X * Y
L.define(); L.step(X == R("1.5")); L.define(note="seed 1")
L.define(); L.step(Y == R("0.5")); L.define(note="seed 0")
L.define(); L.step(X ** 2 == R("2.25")); L.step(True, note="d(v^2) = 2 v v-dot"); L.step(2 * R("1.5") * 1 == 3); L.step(True)
L.define(); L.step(R("2.25") * Y == R("1.125")); L.step(True, note="product rule"); L.step(3 * R("0.5") + R("2.25") * 0 == R("1.5")); L.step(True)
L.define(); L.step(v3 == R("0.75")); L.step(True, note="product rule"); L.step(1 * Y + X * 0 == R("0.5"))
L.define(); L.step(rounds("0.6816", sp.sin(v3))); L.step(True, note="chain rule for sin")
L.step(substituted(sp.cos(v3) * R("0.5"), lambda c: c * R("0.5"), "~0.7317")); L.step(rounds("0.3658", R("0.7317") * R("0.5"), sp.cos(v3) / 2))
L.define(); L.step(rounds("-0.6931", sp.log(Y))); L.step(True, note="d ln v = v-dot / v"); L.step(0 / Y == 0)
L.define(); L.step(rounds("1.8066", R("1.125") + R("0.6816"), R("1.125") + sp.sin(v3)))
L.step(True); L.step(rounds("1.8658", R("1.5") + R("0.3658"), fx.subs(pt)))
L.define(); L.step(substituted(f.subs(pt), lambda p, q: p - q, "~1.8066", "~-0.6931")); L.step(rounds("2.4997", R("1.8066") + R("0.6931")))
L.step(True); L.step(rounds("1.8658", R("1.8658") - 0, fx.subs(pt)))
L.step(rounds("1.8658", fx.subs(pt)))
L.step(same(fx, 2 * x * y + y * sp.cos(x * y)))
L.step(substituted(fx.subs(pt), lambda c: R("1.5") + R("0.5") * c, "~0.7317")); L.step(rounds("1.8658", R("1.5") + R("0.5") * R("0.7317")))
# y-seed
L.define(2, "seed")
L.step(sp.diff(x ** 2, y) == 0)
L.step(sp.diff(x ** 2 * y, y).subs(pt) == 0 * R("0.5") + R("2.25") * 1); L.step(R("2.25") == 0 * R("0.5") + R("2.25") * 1)
L.step(sp.diff(x * y, y).subs(pt) == 0 * R("0.5") + R("1.5") * 1); L.step(0 * R("0.5") + R("1.5") * 1 == R("1.5"))
L.step(substituted(sp.cos(v3) * X, lambda c: c * R("1.5"), "~0.7317")); L.step(rounds("1.0975", R("0.7317") * R("1.5"), sp.cos(v3) * X))
L.step(sp.diff(sp.log(y), y).subs(pt) == 1 / R("0.5")); L.step(1 / R("0.5") == 2)
L.step(substituted(sp.diff(x ** 2 * y + sp.sin(x * y), y).subs(pt), lambda c: R("2.25") + c, "~1.0975")); L.step(R("2.25") + R("1.0975") == R("3.3475"))
L.step(substituted(fy.subs(pt), lambda c: c - 2, "~3.3475")); L.step(R("3.3475") - 2 == R("1.3475"))
L.step(same(fy, x ** 2 + x * sp.cos(x * y) - 1 / y))
L.step(substituted(fy.subs(pt), lambda c: R("2.25") + c - 2, "~1.0975")); L.step(R("2.25") + R("1.0975") - 2 == R("1.3475"))
L.define(2, "seed (1, 1)")
L.step(substituted(fx.subs(pt) + fy.subs(pt), lambda p, q: p + q, "~1.8658", "~1.3475")); L.step(rounds("3.2133", R("1.8658") + R("1.3475")))
# fixed: quotient
g = x ** 3 / (1 + x)
L.define(2, "g, x = 2")
gp2 = sp.diff(g, x).subs(x, 2)
L.step(gp2 == sp.Rational(12 * 3 + 8 * 1, 9)); L.step(sp.Rational(12 * 3 + 8 * 1, 9) == sp.Rational(44, 9)); L.step(rounds("4.8889", sp.Rational(44, 9)))
L.step(eqd((8 + 12 * e) / (3 + e), g.subs(x, 2) + gp2 * e) and rounds("2.6667", g.subs(x, 2)) and rounds("3.1111", gp2))
L.step(same(sp.diff(g, x), (3 * x ** 2 * (1 + x) - x ** 3) / (1 + x) ** 2))
L.step(same((3 * x ** 2 * (1 + x) - x ** 3) / (1 + x) ** 2, (2 * x ** 3 + 3 * x ** 2) / (1 + x) ** 2))
L.step(gp2 == sp.Rational(28, 9)); L.step(rounds("3.1111", sp.Rational(28, 9)))
# fixed: integer powers
n = sp.symbols("n", positive=True, integer=True)
L.step(all(eqd((a + ap * e) ** k, a ** k + k * a ** k * ap * e) for k in (2, 3)))
L.step(dual((2 + e) ** 3) == 8 + 24 * e, carried=(2 ** 3 == 8 and 3 * 2 ** 3 * 1 == 24))
L.step(all(eqd((a + ap * e) ** k, a ** k + k * a ** (k - 1) * ap * e) for k in (2, 3, 5)))
L.step(dual((2 + e) ** 3) == 8 + 12 * e)
# fixed: log
L.step(sp.diff(sp.log(y), y) == y, note="log tangent multiplied")
L.step(1 / Y == 1 * R("0.5"), carried=True); L.step(1 * R("0.5") == R("0.5"))
L.step(substituted(fy.subs(pt), lambda c: R("3.3475") - c, "0.5"), carried=True); L.step(R("3.3475") - R("0.5") == R("2.8475"))
L.step(rounds("2.8475", fy.subs(pt)), carried=True)
L.define(note="v0-dot = 0 under the x-seed"); L.step(0 * Y == 0 and 0 / Y == 0)
# docs line
L.step(same(fy, x ** 2 + x * sp.cos(x * y) + 1 / y))
L.step(substituted((x ** 2 + x * sp.cos(x * y) + 1 / y).subs(pt), lambda c: R("2.25") + c + 2, "~1.0975"))
L.step(R("2.25") + R("1.0975") + 2 == R("5.3475"))
fxx, fxy = sp.diff(f, x, 2), sp.diff(f, x, y)
L.step(same(fxx, 2 * y - y ** 2 * sp.sin(x * y)))
L.step(substituted(fxx.subs(pt), lambda c: 1 - R("0.25") * c, "~0.6816")); L.step(rounds("0.8296", 1 - R("0.25") * R("0.6816"), fxx.subs(pt)))
L.step(same(fxy, 2 * x + sp.cos(x * y) - x * y * sp.sin(x * y)))
L.step(substituted(fxy.subs(pt), lambda c, d: 3 + c - R("0.75") * d, "~0.7317", "~0.6816"))
L.step(rounds("3.2205", 3 + R("0.7317") - R("0.75") * R("0.6816"), fxy.subs(pt)))
L.step(rounds("2.4998", f.subs(pt)))
L.done()
