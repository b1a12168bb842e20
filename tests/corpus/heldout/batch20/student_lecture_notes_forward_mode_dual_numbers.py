"""Labels for student_lecture_notes_forward_mode_dual_numbers.tex: a student's typed lecture notes on forward-mode
AD: dual numbers (1/(2 + eps) with the wrong sign), a two-input trace of x1 x2 + e^x1 / x2 in two passes
(the quotient rule with a plus in the second, carried into v4 dot), a tanh(x^2) trace that forgets to
multiply by v1 dot (carried into g'), cosh^2 + sinh^2 = 1, e^(1 + eps) without the factor e, (2 + eps)^3 with 6 eps, and a
product-rule slip for tanh(x) e^x at 0 (carried into h'(0))."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch20/student_lecture_notes_forward_mode_dual_numbers.tex")
t, eps = sp.symbols("t epsilon")


def dual(f, a):
    """f(a + eps) truncated at eps^2 = 0, as (value, derivative)."""
    return f(a), sp.diff(f(t), t).subs(t, a)


a, b, c, d = sp.symbols("a b c d")
L.define(note="eps^2 = 0")
prod = sp.expand((a + b * eps) * (c + d * eps)).subs(eps ** 2, 0)
L.step(sp.expand(prod - (a * c + (a * d + b * c) * eps)) == 0)
L.step(all(sp.expand(sp.series(fn(t + eps), eps, 0, 2).removeO() - (fn(t) + sp.diff(fn(t), t) * eps)) == 0 for fn in (sp.exp, sp.sin, lambda u: u ** 3)), note="Taylor")
L.step(dual(lambda u: u ** 2, 3) == (9, 6)); L.step(dual(lambda u: u ** 3, 2) == (8, 6), note='12 eps'); L.step(dual(sp.exp, 1) == (sp.E, 1), note='e eps')
L.step(dual(lambda u: 1 / u, sp.Integer(2)) == (sp.Rational(1, 2), sp.Rational(1, 4)), note="-1/4")
L.step(sp.diff(1 / t, t).subs(t, 2) == sp.Rational(1, 4), carried=sp.Rational(1, 4) == sp.Rational(1, 4))  # the eps coefficient the writer had
L.step(dual(lambda u: 1 / u, sp.Integer(2)) == (sp.Rational(1, 2), -sp.Rational(1, 4))); L.step(dual(sp.exp, 1) == (sp.E, sp.E))
# trace
x1, x2 = sp.symbols("x1 x2", positive=True)
f = x1 * x2 + sp.exp(x1) / x2
pt = {x1: 1, x2: 2}
L.define(4, "f, x1, x2, seed")
L.define(); L.step(pt[x1] == 1); L.define()
L.define(); L.step(pt[x2] == 2); L.define()
L.define(); L.step(1 * 2 == 2); L.define(); L.step(1 * 2 + 1 * 0 == sp.diff(x1 * x2, x1).subs(pt)); L.step(1 * 2 + 1 * 0 == 2)
L.define(); L.step(rounds("2.7183", sp.E)); L.define(); L.step(rounds("2.7183", sp.E))
v3 = sp.E / 2
L.define(); L.step(rounds("1.3591", v3)); L.define()
L.step(substituted(sp.diff(sp.exp(x1) / x2, x1).subs(pt), lambda e: (e * 2 - 0) / 4, "~2.7183"))
L.step(rounds("1.3591", R("2.7183") * 2 / 4, v3))
L.define(); L.step(rounds("3.3591", 2 + v3)); L.define(); L.step(substituted(sp.diff(f, x1).subs(pt), lambda u: 2 + u, "~1.3591")); L.step(R("2") + R("1.3591") == R("3.3591"))
fx1 = sp.diff(f, x1)
L.step(sp.simplify(fx1 - (x2 + sp.exp(x1) / x2)) == 0)
L.step(fx1.subs(pt) == 2 + sp.E / 2); L.step(rounds("3.3591", 2 + sp.E / 2))
L.define(note="seed (0, 1)")
L.step(sp.diff(x1 * x2, x2).subs(pt) == 0 * 2 + 1 * 1); L.step(0 * 2 + 1 * 1 == 1)
L.step(sp.diff(sp.exp(x1), x2) == 0)
d3 = sp.diff(sp.exp(x1) / x2, x2).subs(pt)
L.step(substituted(d3, lambda e: (0 * 2 + e * 1) / 4, "~2.7183"), note="minus"); L.step(rounds("0.6796", R("2.7183") / 4))
fx2 = sp.diff(f, x2).subs(pt)
d3w = (0 * 2 + sp.E * 1) / 4      # the writer's v3 dot with a plus
L.step(substituted(fx2, lambda u: 1 + u, "~0.6796"), carried=substituted(1 + d3w, lambda u: 1 + u, "~0.6796")); L.step(1 + R("0.6796") == R("1.6796"))
L.step(sp.simplify(sp.diff(f, x2) - (x1 - sp.exp(x1) / x2 ** 2)) == 0); L.step(fx2 == 1 - sp.E / 4); L.step(rounds("0.3204", fx2))
L.step(substituted(d3, lambda e: (0 * 2 - e * 1) / 4, "~2.7183")); L.step(rounds("-0.6796", -R("2.7183") / 4, d3))
L.step(substituted(fx2, lambda u: 1 - u, "~0.6796")); L.step(1 - R("0.6796") == R("0.3204"))
# tanh trace
x = sp.symbols("x", positive=True)
L.define(3, "g, x, seed")
L.define(); L.step(R("1.5") ** 2 == R("2.25")); L.define(); L.step(2 * R("1.5") * 1 == 3)
v2 = sp.tanh(R("2.25"))
L.define(); L.step(rounds("0.9780", v2)); L.define()
L.step(rounds("0.9565", R("0.9780") ** 2, v2 ** 2)); L.step(1 - R("0.9565") == R("0.0435"))
gp = sp.diff(sp.tanh(x ** 2), x).subs(x, R("1.5"))
L.step(rounds("0.0435", gp), note="times v1 dot"); L.step(rounds("0.0435", gp, approx=True), carried=rounds("0.0435", 1 - R("0.9565"), approx=True))
L.step(substituted(gp, lambda u: u * 3, "~0.0435")); L.step(rounds("0.1305", R("0.0435") * 3, gp))
L.step(same(sp.diff(sp.tanh(x ** 2), x), 2 * x * sp.sech(x ** 2) ** 2, [x]))
L.step(abs(sp.N(gp - 3 * sp.sech(R("2.25")) ** 2, 30)) < 1e-25); L.step(rounds("0.1304", gp))
L.step(same(sp.sech(x) ** 2, 1 / sp.cosh(x) ** 2, [x])); L.step(same(sp.cosh(x) ** 2 + sp.sinh(x) ** 2, 1, [x]))
# h = tanh(x) e^x at 0
L.define(2, "h, x = 0")
L.step(sp.diff(sp.tanh(x), x).subs(x, 0) == 1 - sp.tanh(0) ** 2); L.step(1 - sp.tanh(0) ** 2 == 1)
L.step(sp.exp(0) == sp.exp(0)); L.step(sp.exp(0) == 1)
L.define(note="product rule")
hp = sp.diff(sp.tanh(x) * sp.exp(x), x).subs(x, 0)
L.step(hp == 1 + 1, note="v1 v2dot = 0"); L.step(1 + 1 == 2)
L.step(hp == 2, carried=1 + 1 == 2)
L.step(same(sp.diff(sp.tanh(x) * sp.exp(x), x), (1 - sp.tanh(x) ** 2) * sp.exp(x) + sp.tanh(x) * sp.exp(x), [x])); L.step(hp == 1)
L.done()
