"""Labels for revtex_newton_gd_evaluation_bars.tex: a physics student's problem sheet in revtex4-2 with
\\mathrm{d} derivatives and evaluation bars: Newton and GD on f = x^4 - 2x^2 + x from x0 = 1; Newton and GD
on the quadratic g = 2x^2 - 2xy + y^2 + 4y from (1, 1), eigenvalues, condition number, gradient flow.
Slips: 0.1797/5.1875 = 0.0364 (carried into f'(x2), f''(x2) and x3, which lands on the right 0.8376
anyway); the 2x2 inverse with the off-diagonal signs kept (carried into the Newton step, r1 and H H^-1);
lambda_- = 0.7236 (carried into kappa); the decrease 5 - 2.4375 (sign of g(r2)); the tutor's remarks."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch9/revtex_newton_gd_evaluation_bars.tex")
x, d = sp.symbols("x delta")
F = x**4 - 2 * x**2 + x
fp, fpp = sp.diff(F, x), sp.diff(F, x, 2)
f = lambda v: F.subs(x, v); d1 = lambda v: fp.subs(x, v); d2 = lambda v: fpp.subs(x, v)
L.define(note="f")
L.step(same(fp, 4 * x**3 - 4 * x + 1, positive=False)); L.step(same(fpp, 12 * x**2 - 4, positive=False))
L.step(sp.expand(sp.series(F.subs(x, x + d), d, 0, 3).removeO() - (F + fp * d + fpp * d**2 / 2)) == 0)
model = F + fp * d + fpp * d**2 / 2
L.step(sp.simplify(sp.solve(sp.diff(model, d), d)[0] + fp / fpp) == 0)
L.define(note="x0 = 1")
L.step(f(1) == 0); L.step(d1(1) == 4 - 4 + 1); L.step(4 - 4 + 1 == 1); L.step(d2(1) == 8)
x1 = 1 - d1(1) / d2(1)
L.define(note="Newton rule"); L.step(x1 == 1 - sp.Rational(1, 8)); L.step(x1 == R("0.875"))
L.step(rounds("0.6699", x1**3, approx=True)); L.step(x1**2 == R("0.765625"))
L.step(substituted(d1(x1), lambda c: 4 * c - R("3.5") + 1, "~0.6699")); L.step(rounds("0.1797", d1(x1), 4 * R("0.6699") - R("2.5")))
L.step(d2(x1) == 12 * R("0.765625") - 4); L.step(12 * R("0.765625") - 4 == R("5.1875"))
x2 = x1 - d1(x1) / d2(x1)
L.step(substituted(x2, lambda u, v: R("0.875") - u / v, "~0.1797", "~5.1875"))
L.step(rounds("0.0364", R("0.1797") / R("5.1875"), d1(x1) / d2(x1)), note="0.0346")
L.step(R("0.875") - R("0.0364") == R("0.8386"))
X2 = R("0.8386")                                    # the writer's x2
cube = lambda c: 4 * c**3 - 4 * c + 1
L.step(substituted(d1(x2), cube, "~0.8386"), carried=True)
L.step(rounds("0.0046", cube(X2), approx=True))
L.step(R("0.0046") < R("0.1797"))
L.step(substituted(d2(x2), lambda c: 12 * c**2 - 4, "~0.8386"), carried=True)
L.step(rounds("4.4390", 12 * X2**2 - 4, approx=True))
x3 = x2 - d1(x2) / d2(x2)
# the value happens to agree within the roundings (Newton corrects itself), but the numbers substituted
# are not roundings of x2, f'(x2), f''(x2): a substitution is judged by its numbers (README)
L.step(rounds("0.8386", x2) and rounds("0.0046", d1(x2)) and rounds("4.4390", d2(x2)),
       carried=substituted(X2 - d1(X2) / d2(X2), lambda a, u, v: a - u / v, "0.8386", "~0.0046", "~4.4390"))
L.step(substituted(X2 - R("0.0046") / R("4.4390"), lambda a, u: a - u, "0.8386", "~0.0010"))
L.step(R("0.8386") - R("0.0010") == R("0.8376"))
xs = sp.nsolve(fp, x, 0.84)
L.step(rounds("0.8376", xs, approx=True))
L.step(substituted(d2(xs), lambda c: 12 * c**2 - 4, "~0.8376")); L.step(rounds("4.4189", 12 * R("0.8376")**2 - 4, approx=True))
L.step(R("4.4189") > 0)
L.step(rounds("-0.0733", f(xs), approx=True))
xo = sp.nsolve(fp, x, -1.1)
L.step(rounds("-2.0562", f(R("-1.1072")), f(xo), approx=True)); L.step(f(xo) < f(xs))
# GD in 1D
eta = R("0.1")
L.define(2, "eta, x~0")
t1 = 1 - eta * d1(1)
L.step(t1 == 1 - R("0.1") * 1); L.step(t1 == R("0.9"))
t2 = t1 - eta * d1(t1)
L.step(True, note="the GD rule at x~1"); L.step(d1(R("0.9")) == R("0.316") and t2 == R("0.9") - R("0.1") * R("0.316"))
L.step(t2 == R("0.8684"))
L.step(rounds("0.1459", d1(t2), approx=True))
# two variables
X, Y = sp.symbols("x y")
G = 2 * X**2 - 2 * X * Y + Y**2 + 4 * Y
grad = sp.Matrix([sp.diff(G, X), sp.diff(G, Y)]); H = sp.hessian(G, (X, Y))
gat = lambda a, b: grad.subs({X: a, Y: b}); g = lambda a, b: G.subs({X: a, Y: b})
L.define(note="g")
L.step(grad == sp.Matrix([4 * X - 2 * Y, -2 * X + 2 * Y + 4])); L.step(H == sp.Matrix([[4, -2], [-2, 2]]))
L.define(note="r0")
L.step(g(1, 1) == 2 - 2 + 1 + 4); L.step(g(1, 1) == 5)
L.step(gat(1, 1)[0] == 4 - 2); L.step(4 - 2 == 2); L.step(gat(1, 1)[1] == -2 + 2 + 4); L.step(-2 + 2 + 4 == 4)
L.step(H.det() == 8 - 4); L.step(H.det() == 4)
Hs = sp.Rational(1, 4) * sp.Matrix([[2, -2], [-2, 4]])          # the writer's inverse
L.step(H.inv() == Hs, note="off-diagonal signs")
step_true, step_s = H.inv() * gat(1, 1), Hs * gat(1, 1)
W = sp.Rational(1, 4) * sp.Matrix([4 - 8, -4 + 16])
L.step(step_true == W, carried=step_s == W); L.step(W == sp.Matrix([-1, 3]))
r0 = sp.Matrix([1, 1])
L.step(r0 - step_true == r0 - sp.Matrix([-1, 3]), carried=r0 - step_s == r0 - sp.Matrix([-1, 3]))
L.step(r0 - sp.Matrix([-1, 3]) == sp.Matrix([2, -2]))
L.step(gat(2, -2) == sp.Matrix([8 + 4, -4 - 4 + 4])); L.step(sp.Matrix([8 + 4, -4 - 4 + 4]) == sp.Matrix([12, -4]))
M = sp.Rational(1, 4) * sp.Matrix([[12, -16], [-8, 12]])
L.step(H * H.inv() == M, carried=H * Hs == M); L.step(M != sp.eye(2))
L.step(H.inv() == sp.Rational(1, 4) * sp.Matrix([[2, 2], [2, 4]])); L.step(step_true == sp.Matrix([3, 5]))
L.step(r0 - step_true == sp.Matrix([-2, -4]))
L.step(gat(-2, -4) == sp.Matrix([-8 + 8, 4 - 8 + 4])); L.step(sp.Matrix([-8 + 8, 4 - 8 + 4]) == sp.zeros(2, 1))
L.step(g(-2, -4) == 8 - 16 + 16 - 16); L.step(8 - 16 + 16 - 16 == -8)
ev = sorted(H.eigenvals(), key=lambda e: float(e))
lm, lp = ev
L.step(sp.simplify(lp - 3 - sp.sqrt(5)) == 0 and sp.simplify(lm - 3 + sp.sqrt(5)) == 0)
L.step(rounds("5.2361", lp, approx=True)); L.step(rounds("0.7236", lm, approx=True), note="0.7639")
L.define(note="kappa")
L.step(rounds("7.2362", lp / lm, approx=True), carried=rounds("7.2362", R("5.2361") / R("0.7236"), approx=True))
L.step(True, note="GD on a quadratic: eta < 2/lambda_max"); L.step(rounds("0.3820", 2 / lp, approx=True))
e2 = R("0.25")
L.define(note="eta = 0.25")
r1 = r0 - e2 * gat(1, 1)
L.step(r1 == sp.Matrix([1 - e2 * 2, 1 - e2 * 4])); L.step(r1 == sp.Matrix([R("0.5"), 0]))
L.step(gat(R("0.5"), 0) == sp.Matrix([2, 3]))
r2 = r1 - e2 * gat(*r1)
L.step(r2 == sp.Matrix([R("0.5") - R("0.5"), 0 - R("0.75")])); L.step(r2 == sp.Matrix([0, R("-0.75")]))
L.step(g(*r2) == R("0.5625") - 3); L.step(R("0.5625") - 3 == R("-2.4375"))
L.step(g(1, 1) - g(*r2) == 5 - R("2.4375"), note="g(r2) is negative"); L.step(5 - R("2.4375") == R("2.5625"))
L.define(note="gradient flow")
t = sp.symbols("t"); xt, yt = sp.Function("x")(t), sp.Function("y")(t)
gt = G.subs({X: xt, Y: yt})
flow = {sp.Derivative(xt, t): -grad[0].subs({X: xt, Y: yt}), sp.Derivative(yt, t): -grad[1].subs({X: xt, Y: yt})}
dg = sp.diff(gt, t).subs(flow)
gsq = (grad[0]**2 + grad[1]**2).subs({X: xt, Y: yt})
L.step(True, note="chain rule dg/dt = grad g . r-dot"); L.step(sp.simplify(dg + gsq) == 0)
L.step(True, note="minus a square")
L.step(-(gat(1, 1)[0]**2 + gat(1, 1)[1]**2) == -(2**2 + 4**2)); L.step(-(2**2 + 4**2) == -20)
# tutor
L.step(rounds("0.0346", R("0.1797") / R("5.1875"), approx=True)); L.step(rounds("0.8404", x2, approx=True))
L.step(rounds("0.8376", x3, approx=True))
L.step(sp.simplify(lm - (3 - sp.sqrt(5))) == 0); L.step(rounds("0.7639", lm, approx=True))
L.step(rounds("6.8541", lp / lm, approx=True))
L.step(5 - R("-2.4375") == R("7.4375"))
L.done()
