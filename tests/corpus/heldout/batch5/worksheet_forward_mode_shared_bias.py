"""Labels for worksheet_forward_mode_shared_bias.tex: a filled-in recitation worksheet with the TA's
marking: a forward-mode trace of ln x1 + x1 x2 - sin x2 at (2, 5) (v_4 - v_3 with the sign of sin 5
lost, carried into f; the second sweep's v2-dot = x2, carried into df/dx2; a by-hand check plugging
x2 for x1); a 1-2-1 net with one shared bias and undefined g, l (dL/db = delta_1 only, dL/dx =
delta_1 + delta_2, carried into an update), then tanh and squared loss in numbers."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch5/worksheet_forward_mode_shared_bias.tex")
X1, X2 = sp.symbols("x1 x2", positive=True)
f = sp.log(X1) + X1 * X2 - sp.sin(X2)
pt = {X1: 2, X2: 5}
L.define(3)
v1, v2, v3 = sp.log(2), 10, sp.sin(5)
v4, v5 = v1 + v2, v1 + v2 - v3
L.define(); L.step(rounds("0.6931", v1)); L.define(); L.step(sp.Rational(1, 2) == R("0.5"))
L.define(); L.step(v2 == 10); L.define(); L.step(1 * 5 + 2 * 0 == 5)
L.define(); L.step(rounds("-0.9589", v3)); L.define(); L.step(sp.cos(5) * 0 == 0)
L.define(); L.step(rounds("10.6931", v4)); L.define(); L.step(R("0.5") + 5 == R("5.5"))
L.define(); L.step(rounds("9.7342", v5), note="sign of sin 5 lost"); L.define(); L.step(R("5.5") - 0 == R("5.5"))
L.define(2); L.step(rounds("9.7342", f.subs(pt)), carried=rounds("9.7342", R("10.6931") - R("0.9589")))
L.step(sp.diff(f, X1).subs(pt) == R("5.5"))
L.define(2)
L.step(True, note="v1-dot = x1-dot / x1 = 0"); L.define(); L.step(0 * 5 + 2 * 1 == 5, note="it is x1 = 2")
L.step(sp.cos(5) * 1 == sp.cos(5)); L.step(rounds("0.2837", sp.cos(5)))
L.define(); L.step(0 + 2 == 5, carried=0 + 5 == 5)
L.define(); L.step(substituted(2 - sp.cos(5), lambda a, c: a - c, "5", "~0.2837"), carried=True); L.step(5 - R("0.2837") == R("4.7163"))
L.step(rounds("4.7163", sp.diff(f, X2).subs(pt)), carried=True)
L.step(same(sp.diff(f, X1), 1 / X1 + X2)); L.step((1 / X1 + X2).subs(pt) == R("0.5") + 5); L.step(R("0.5") + 5 == R("5.5"))
L.step(same(sp.diff(f, X2), X1 - sp.cos(X2))); L.step(substituted((X1 - sp.cos(X2)).subs(pt), lambda a, c: a - c, "5", "~0.2837"), note="x2 for x1")
L.step(5 - R("0.2837") == R("4.7163"))
# TA
L.step(True, note="v2-dot = x1 in the second sweep"); L.step(pt[X1] == 2); L.step(0 + 2 == 2)
L.step(substituted(2 - sp.cos(5), lambda a, c: a - c, "2", "~0.2837")); L.step(rounds("1.7163", 2 - R("0.2837"), 2 - sp.cos(5)))
L.step(same(sp.diff(f, X2), X1 - sp.cos(X2))); L.step(substituted(2 - sp.cos(5), lambda a, c: a - c, "2", "~0.2837")); L.step(rounds("1.7163", 2 - sp.cos(5)))
L.step(True, note="v4 - v3"); L.step(substituted(v5, lambda a, c: a + c, "~10.6931", "~0.9589")); L.step(rounds("11.6520", R("10.6931") + R("0.9589"), v5))
L.step(rounds("11.6521", f.subs(pt)))
# Q2, symbolic: check on concrete instances of g and l
x, b, w1, w2, u1, u2, y = sp.symbols("x b w1 w2 u1 u2 y", real=True)
t = sp.Symbol("t", real=True)
gs = [sp.tanh, sp.sin, lambda s: s**3 + s]
ls = [lambda q, yy: (q - yy)**2 / 2, lambda q, yy: q**3 - yy * q]
syms = [x, b, w1, w2, u1, u2, y]
def holds(claim):
    out = True
    for g in gs:
        for l in ls:
            a1, a2 = w1 * x + b, w2 * x + b
            yh = u1 * g(a1) + u2 * g(a2)
            Lx = l(yh, y)
            lp = sp.diff(l(t, y), t).subs(t, yh)
            gp = lambda a: sp.diff(g(t), t).subs(t, a)
            d1, d2 = lp * u1 * gp(a1), lp * u2 * gp(a2)
            lhs, rhs = claim(Lx, d1, d2)
            out &= same(lhs, rhs, syms, positive=False, trials=3)
    return out
L.define(5); L.define()
L.step(holds(lambda Lx, d1, d2: (sp.diff(Lx, b) - sp.diff(Lx, b) + d1, d1)) and True, note="delta_j = l' v_j g'(a_j): d1 is dL/da_1 by construction")
L.step(holds(lambda Lx, d1, d2: (sp.diff(Lx, b), d1)))
L.step(holds(lambda Lx, d1, d2: (sp.diff(Lx, w1), d1 * x)))
L.step(holds(lambda Lx, d1, d2: (sp.diff(Lx, x), d1 + d2)))
# numbers
vals = {x: 1, w1: R("0.5"), w2: R("-0.5"), b: R("0.2"), u1: 1, u2: 1, y: 0}
a1, a2 = vals[w1] + vals[b], vals[w2] + vals[b]
h1, h2 = sp.tanh(a1), sp.tanh(a2)
yh = h1 + h2
d1, d2 = yh * (1 - h1**2), yh * (1 - h2**2)
db, dx = d1 + d2, R("0.5") * d1 - R("0.5") * d2
L.define(9)
L.step(a1 == R("0.7")); L.step(a2 == R("-0.3")); L.step(True); L.step(rounds("0.6044", h1)); L.step(True); L.step(rounds("-0.2913", h2))
L.step(substituted(yh, lambda p, q: p - q, "~0.6044", "~0.2913")); L.step(rounds("0.3131", yh))
L.step(substituted(yh**2 / 2, lambda q: q**2 / 2, "~0.3131")); L.step(rounds("0.0490", yh**2 / 2))
L.step(substituted(d1, lambda p, q: p * (1 - q**2), "~0.3131", "~0.6044")); L.step(substituted(d1, lambda p, q: p * q, "~0.3131", "~0.6347") and rounds("0.6347", 1 - R("0.6044")**2)); L.step(rounds("0.1987", R("0.3131") * R("0.6347"), d1))
L.step(substituted(d2, lambda p, q: p * (1 - q**2), "~0.3131", "~0.2913")); L.step(substituted(d2, lambda p, q: p * q, "~0.3131", "~0.9151") and rounds("0.9151", 1 - R("0.2913")**2)); L.step(rounds("0.2865", R("0.3131") * R("0.9151"), d2))
L.step(rounds("0.1987", db)); L.step(substituted(vals[b] - R("0.1") * db, lambda q: R("0.2") - R("0.1") * q, "~0.1987"), carried=True); L.step(rounds("0.1801", R("0.2") - R("0.01987")))
L.step(substituted(dx, lambda p, q: p + q, "~0.1987", "~0.2865")); L.step(R("0.1987") + R("0.2865") == R("0.4852"))
L.step(holds(lambda Lx, d1_, d2_: (sp.diff(Lx, b), d1_ + d2_))); L.step(rounds("0.4852", db))
L.step(substituted(vals[b] - R("0.1") * db, lambda q: R("0.2") - R("0.1") * q, "~0.4852")); L.step(rounds("0.1515", R("0.2") - R("0.04852"), vals[b] - R("0.1") * db))
L.step(holds(lambda Lx, d1_, d2_: (sp.diff(Lx, x), w1 * d1_ + w2 * d2_)))
L.step(substituted(dx, lambda p, q: R("0.5") * p - R("0.5") * q, "~0.1987", "~0.2865")); L.step(rounds("-0.0439", dx, R("0.5") * R("0.1987") - R("0.5") * R("0.2865")))
L.define(2)
L.done()
