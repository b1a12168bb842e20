"""Labels for wiki_talk_forward_mode_dual_numbers.tex: a course-wiki article with its talk page:
a forward-mode trace table of x1 x2 + sin x1 with the cosine applied to the tangent (carried into
v5 dot and df/dx1), dual-number rules with the reciprocal's sign flipped (carried into 1/(5 + 4 eps),
h(2 + eps) and h'(2)), a JVP; the talk page's corrections and a squaring slip. Dual numbers are
checked as first-order series in eps."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same  # noqa: E402

L = Labels("batch7/wiki_talk_forward_mode_dual_numbers.tex")
x1, x2, eps, a, b, c, d = sp.symbols("x1 x2 epsilon a b c d", positive=True)
dual = lambda e: sp.expand(sp.series(e, eps, 0, 2).removeO())
f = x1 * x2 + sp.sin(x1)
P = {x1: 2, x2: 3}
L.define(5, "f, point, seeds")
dfdx1 = sp.diff(f, x1).subs(P)
L.define(); L.step(True, note="x1 = 2"); L.define(); L.step(True, note="seed 1")
L.define(); L.step(True, note="x2 = 3"); L.define(); L.step(True, note="seed 0")
L.define(); L.step(2 * 3 == 6); L.define(); L.step(1 * 3 + 2 * 0 == 3, note="1*3 + 2*0"); L.step(1 * 3 + 2 * 0 == 3)
L.define(); L.step(rounds("0.9093", sp.sin(2)))
L.step(False, note="tangent of sin v1 is cos(v1) v1dot, not cos(v1dot)"); L.step(sp.cos(1) == sp.cos(1)); L.step(rounds("0.5403", sp.cos(1)))
L.define(); L.step(rounds("6.9093", 6 + sp.sin(2)))
L.define(); L.step(rounds("3.5403", 3 + sp.cos(2)), carried=rounds("3.5403", 3 + sp.cos(1)))
L.step(f.subs(P) == 6 + sp.sin(2)); L.step(rounds("6.9093", f.subs(P)))
L.step(True, note="df/dx1 is the tangent v5 dot (its meaning)"); L.step(rounds("3.5403", dfdx1), carried=True)
L.define(note="eps^2 = 0")
L.step(dual((a + b * eps) * (c + d * eps)) == sp.expand(a * c + (a * d + b * c) * eps))
L.step(sp.simplify(dual(sp.exp(a + b * eps)) - (sp.exp(a) + b * sp.exp(a) * eps)) == 0)
L.step(sp.simplify(dual(sp.sqrt(a + b * eps)) - (sp.sqrt(a) + b / (2 * sp.sqrt(a)) * eps)) == 0)
L.step(sp.simplify(dual(1 / (a + b * eps)) - (1 / a + b / a**2 * eps)) == 0)
xx = sp.Symbol("x"); h = xx / (1 + xx**2)
L.define(2, "h, x = 2 + eps")
X = 2 + eps
L.step(dual(1 + X**2) == 5 + 4 * eps)
L.step(dual(1 / (5 + 4 * eps)) == R("0.2") + R("0.16") * eps, carried=True)
L.step(dual(h.subs(xx, X)) == dual((2 + eps) * (R("0.2") + R("0.16") * eps)), carried=True)
L.step(dual((2 + eps) * (R("0.2") + R("0.16") * eps)) == R("0.4") + R("0.52") * eps)
L.step(sp.diff(h, xx).subs(xx, 2) == R("0.52"), carried=True)
F = sp.Matrix([x1 * x2, x1 + x2**2]); J = F.jacobian([x1, x2]).subs(P); v = sp.Matrix([1, -1])
L.define(2, "F, v"); L.step(J * v == sp.Matrix([3 * 1 + 2 * (-1), 1 * 1 + 6 * (-1)])); L.step(J * v == sp.Matrix([1, -5]))
# talk page
L.step(True, note="tangent rule cos(v1) v1dot"); L.step(sp.cos(2) * 1 == sp.cos(2)); L.step(rounds("-0.4161", sp.cos(2)))
L.step(True, note="3 - 0.4161, the corrected tangents"); L.step(rounds("2.5839", 3 + sp.cos(2), 3 - R("0.4161")))
L.step(sp.diff(f, x1) == x2 + sp.cos(x1)); L.step(rounds("2.5839", dfdx1))
L.step(sp.simplify(dual(1 / (a + b * eps)) - (1 / a - b / a**2 * eps)) == 0)
L.step(sp.expand((a + b * eps) * (1 / a - b / a**2 * eps) - (1 - b**2 / a**2 * eps**2)) == 0)
L.step(dual(1 - b**2 / a**2 * eps**2) == 1)
L.step(dual(1 / (5 + 4 * eps)) == R("0.2") - R("0.16") * eps); L.step(dual(h.subs(xx, X)) == R("0.4") - R("0.12") * eps)
L.step(same(sp.diff(h, xx), (1 - xx**2) / (1 + xx**2)**2, [xx])); L.step(sp.diff(h, xx).subs(xx, 2) == -sp.Rational(3, 25)); L.step(-sp.Rational(3, 25) == R("-0.12"))
L.step(dual((a + b * eps)**2) == a**2 + b**2 * eps)
L.step(sp.expand((a + b * eps)**2) == a**2 + 2 * a * b * eps + b**2 * eps**2); L.step(dual((a + b * eps)**2) == a**2 + 2 * a * b * eps)
L.done()
