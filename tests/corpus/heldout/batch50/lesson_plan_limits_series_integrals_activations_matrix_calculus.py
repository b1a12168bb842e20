"""Labels for lesson_plan_limits_series_integrals_activations_matrix_calculus.tex: a tutor's lesson plan
for an MSc conversion course (module header table, learning outcomes, a timing table, BOARD and ASK cues,
anticipated misconceptions, an exit ticket with answers, a post-lesson reflection that corrects some of
the board work).
Limits by series and l'Hopital (sin 3x / x, (e^{2x} - 1)/x, (1 - cos x)/x^2, ln(1 + x)/x,
(e^x - 1 - x)/x^2, (1 + 2/n)^n, x ln x, x/e^x, (sin x - x)/x^3, sigma and softplus at infinity);
geometric, discounted, differentiated and telescoping series, the exponential series, sums of powers,
Taylor polynomials of e^0.2 and ln 1.1; exponential and by-parts integrals, a substitution, a beta
integral, the Gaussian integral; sigma', tanh as a rescaled logistic, softplus', tanh(3z)'; matrix
gradient rules, x^T A x for a non-symmetric A with partials and Hessian, least squares by the normal
equations; exit ticket; reflection.
Slips: (sin x - x)/x^3 to +1/6 (the conclusion sin x > x carried); the finite geometric sum with r^n for
r^{n+1} (its value carried); the substitution u = x^2 without the factor 1/2; tanh(3z)' without the
inner 3 (its value carried); X^T y with 12 for 11 (w, the fitted line and a prediction carried);
RSS/(n - 1) for RSS/(n - p) in the reflection; two anticipated student misconceptions (sin 3x / x to 1,
grad x^T A x as 2Ax for a non-symmetric A)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch50/lesson_plan_limits_series_integrals_activations_matrix_calculus.tex")
x, z, n, k, r, t = sp.symbols("x z n k r t", real=True)
lim = lambda e, to, d="+-": sp.limit(e, x, to, d)
sig = lambda u: 1 / (1 + sp.exp(-u))
# starter
L.step(lim(sp.sin(3 * x) / x, 0) == 3)
L.step(sp.series(sp.exp(2 * x) - 1, x, 0, 3).removeO() == 2 * x + 2 * x ** 2); L.step(lim((sp.exp(2 * x) - 1) / x, 0) == 2)
L.step(sp.series(1 - sp.cos(x), x, 0, 6).removeO() == x ** 2 / 2 - x ** 4 / 24); L.step(lim((1 - sp.cos(x)) / x ** 2, 0) == sp.Rational(1, 2))
L.step(lim(sp.log(1 + x) / x, 0) == 1)
L.step(sp.series(sp.exp(x) - 1 - x, x, 0, 4).removeO() == x ** 2 / 2 + x ** 3 / 6); L.step(lim((sp.exp(x) - 1 - x) / x ** 2, 0) == sp.Rational(1, 2))
L.step(sp.limit((1 + 2 / n) ** n, n, sp.oo) == sp.exp(2)); L.step(rounds("7.3891", sp.exp(2)))
L.step(True, note="x ln x = ln x / (1/x)"); L.step(sp.simplify(sp.diff(sp.log(x), x) / sp.diff(1 / x, x) + x) == 0, note="l'Hopital quotient")
L.step(sp.simplify((1 / x) / (-1 / x ** 2) + x) == 0); L.step(lim(x * sp.log(x), 0, "+") == 0)
L.step(True, note="l'Hopital"); L.step(sp.limit(x / sp.exp(x), x, sp.oo) == 0)
L.step(sp.series(sp.sin(x), x, 0, 7).removeO() == x - x ** 3 / 6 + x ** 5 / 120)
L.step(lim((sp.sin(x) - x) / x ** 3, 0) == sp.Rational(1, 6), note="-1/6")
L.define(note="y = x"); L.step(sp.sin(R("0.1")) > R("0.1"), carried=True)
L.step(sp.limit(sig(z), z, -sp.oo) == 0); L.step(sp.limit(sig(z), z, sp.oo) == 1)
L.step(sp.simplify(sp.expand_log(sp.log(1 + sp.exp(x)) - x - sp.log(1 + sp.exp(-x)), force=True)) == 0 or
       same(sp.log(1 + sp.exp(x)) - x, sp.log(1 + sp.exp(-x)), [x], positive=False))
L.step(sp.limit(sp.log(1 + sp.exp(-x)), x, sp.oo) == 0)
L.step(lim(sp.sin(3 * x) / x, 0) == 1, note="misconception")
# series
L.define(note="|r| < 1")
L.step(sp.summation(r ** k, (k, 0, sp.oo)).args[0][0] == 1 / (1 - r))
L.step(sp.summation(R("0.9") ** k, (k, 0, sp.oo)) == 1 / R("0.1")); L.step(1 / R("0.1") == 10)
L.step(sp.summation(sp.Rational(1, 2) ** k, (k, 1, sp.oo)) == sp.Rational(1, 2) / (1 - sp.Rational(1, 2))); L.step(sp.Rational(1, 2) / (1 - sp.Rational(1, 2)) == 1)
nn = sp.symbols("nn", integer=True, positive=True)
fin = sp.summation(r ** k, (k, 0, nn))
finx = fin.args[1][0] if isinstance(fin, sp.Piecewise) else fin
assert same(finx, (1 - r ** (nn + 1)) / (1 - r), [r, nn])
L.step(same(finx, (1 - r ** nn) / (1 - r), [r, nn]), note="r^{n+1}")
s5 = sum(R("0.5") ** j for j in range(6))
L.step(s5 == (1 - R("0.5") ** 5) / R("0.5"), carried=True)
L.step(1 - R("0.5") ** 5 == R("0.96875")); L.step(R("0.96875") / R("0.5") == R("1.9375"))
L.define(2, "gamma, G")
L.step(sp.summation(R("0.95") ** t, (t, 0, sp.oo)) == 1 / (1 - R("0.95"))); L.step(1 / (1 - R("0.95")) == 20)
xx = sp.Symbol("xx", positive=True)
L.step(sp.simplify(sp.summation(k * sp.Rational(1, 3) ** (k - 1), (k, 1, sp.oo)) - 1 / (1 - sp.Rational(1, 3)) ** 2) == 0
       and sp.simplify(sp.diff(1 / (1 - xx), xx) - 1 / (1 - xx) ** 2) == 0)
L.step(sp.summation(k * sp.Rational(1, 2) ** k, (k, 1, sp.oo)) == sp.Rational(1, 2) / (1 - sp.Rational(1, 2)) ** 2); L.step(sp.Rational(1, 2) / sp.Rational(1, 4) == 2)
p = sp.Rational(1, 5)
pp = sp.symbols("p", positive=True)
EK = sp.summation(k * p * (1 - p) ** (k - 1), (k, 1, sp.oo))
L.step(EK == p / (1 - (1 - p)) ** 2); L.step(same(pp / (1 - (1 - pp)) ** 2, 1 / pp, [pp])); L.step(EK == 1 / p)
L.define(note="p = 0.2"); L.step(EK == 5)
L.step(same(1 / (k * (k + 1)), 1 / k - 1 / (k + 1), [k]))
L.step(sp.simplify(sp.summation(1 / (k * (k + 1)), (k, 1, nn)) - (1 - 1 / (nn + 1))) == 0)
L.step(sum(sp.Rational(1, j * (j + 1)) for j in range(1, 10)) == R("0.9")); L.step(sp.summation(1 / (k * (k + 1)), (k, 1, sp.oo)) == 1)
L.define(note="x = 1"); L.step(sp.summation(1 / sp.factorial(k), (k, 0, sp.oo)) == sp.E); L.step(rounds("2.7183", sp.E))
L.step(sp.simplify(sp.summation(k, (k, 1, nn)) - nn * (nn + 1) / 2) == 0); L.step(sp.simplify(sp.summation(k ** 2, (k, 1, nn)) - nn * (nn + 1) * (2 * nn + 1) / 6) == 0)
L.define(note="n = 10"); assert sum(range(11)) == 55 and sum(j * j for j in range(11)) == 385
T3 = 1 + R("0.2") + R("0.2") ** 2 / 2 + R("0.2") ** 3 / 6
L.step(True, note="third-degree Taylor polynomial"); L.step(R("0.2") ** 2 / 2 == R("0.02") and rounds("0.001333", R("0.2") ** 3 / 6)); L.step(rounds("1.221333", T3))
P3 = R("0.1") - R("0.1") ** 2 / 2 + R("0.1") ** 3 / 3
L.step(True, note="third-degree Taylor polynomial"); L.step(R("0.1") ** 2 / 2 == R("0.005") and rounds("0.000333", R("0.1") ** 3 / 3)); L.step(rounds("0.095333", P3))
L.step(rounds("1.221403", sp.exp(R("0.2")))); L.step(rounds("0.095310", sp.log(R("1.1")))); L.step(rounds("0.000067", R("0.2") ** 4 / 24))
# integrals
lam = sp.symbols("lambda", positive=True)
xp = sp.symbols("xp", positive=True)
L.define(note="x >= 0")
L.step(True, note="antiderivative -e^{-lambda x}"); L.step(sp.integrate(lam * sp.exp(-lam * xp), (xp, 0, sp.oo)) == 1)
EX = sp.integrate(xp * lam * sp.exp(-lam * xp), (xp, 0, sp.oo))
L.step(True, note="E[X] definition"); L.step(True, note="by parts"); L.step(sp.limit(-xp * sp.exp(-lam * xp), xp, sp.oo) == 0 and sp.integrate(sp.exp(-lam * xp), (xp, 0, sp.oo)) == 1 / lam)
L.step(EX == 1 / lam)
L.define(2, "u = ln x, dv = x dx")
I1 = sp.integrate(xp * sp.log(xp), (xp, 0, 1))
L.step(True, note="by parts"); L.step(sp.limit(xp ** 2 / 2 * sp.log(xp), xp, 0, "+") == 0 and sp.integrate(xp / 2, (xp, 0, 1)) == sp.Rational(1, 4)); L.step(I1 == -sp.Rational(1, 4))
L.step(sp.simplify(sp.diff((xp - 1) * sp.exp(xp), xp) - xp * sp.exp(xp)) == 0); L.step(sp.simplify(((xp - 1) * sp.exp(xp)).subs(xp, 1) - ((xp - 1) * sp.exp(xp)).subs(xp, 0)) == 1); L.step(0 - (-1) == 1)
L.define(2, "u = x^2, du = 2x dx")
I2 = sp.integrate(xp * sp.exp(-xp ** 2), (xp, 0, 1))
L.step(I2 == sp.integrate(sp.exp(-xp), (xp, 0, 1)), note="factor 1/2"); L.step(sp.integrate(sp.exp(-xp), (xp, 0, 1)) == 1 - sp.exp(-1)); L.step(rounds("0.6321", 1 - sp.exp(-1)))
L.step(sp.integrate(xp ** 3, (xp, 0, 2)) == sp.Rational(2 ** 4, 4)); L.step(sp.Rational(2 ** 4, 4) == 4)
L.step(sp.integrate(xp ** 2 * (1 - xp), (xp, 0, 1)) == sp.Rational(1, 3) - sp.Rational(1, 4)); L.step(sp.Rational(1, 3) - sp.Rational(1, 4) == sp.Rational(1, 12))
L.step(sp.integrate(xp ** 2 * (1 - xp), (xp, 0, 1)) == sp.gamma(3) * sp.gamma(2) / sp.gamma(5) == sp.factorial(2) * sp.factorial(1) / sp.factorial(4))
xr = sp.symbols("xr", real=True)
G = sp.integrate(sp.exp(-xr ** 2 / 2), (xr, -sp.oo, sp.oo))
L.step(G == sp.sqrt(2 * sp.pi)); L.step(rounds("2.5066", sp.sqrt(2 * sp.pi))); L.step(sp.integrate(xr ** 2 * sp.exp(-xr ** 2 / 2) / sp.sqrt(2 * sp.pi), (xr, -sp.oo, sp.oo)) == 1)
L.step(same(sp.diff(sp.log(1 + sp.exp(z)), z), sig(z), [z], positive=False)); L.step(same(sp.diff(sp.log(sp.cosh(z)), z), sp.tanh(z), [z], positive=False))
# activations
L.define(note="sigma")
ds = sp.diff(sig(z), z)
L.step(same(ds, sp.exp(-z) / (1 + sp.exp(-z)) ** 2, [z], positive=False)); L.step(same(sp.exp(-z) / (1 + sp.exp(-z)) ** 2, 1 / (1 + sp.exp(-z)) * sp.exp(-z) / (1 + sp.exp(-z)), [z], positive=False))
L.step(same(ds, sig(z) * (1 - sig(z)), [z], positive=False))
L.step(ds.subs(z, 0) == sp.Rational(1, 4)); L.define(note="z = 1"); L.step(rounds("0.7311", sig(1)))
L.step(substituted(ds.subs(z, 1), lambda a, b: a * b, "~0.7311", "~0.2689")); L.step(rounds("0.1966", R("0.7311") * R("0.2689"), ds.subs(z, 1)))
L.step(same(sp.tanh(z), 2 * sig(2 * z) - 1, [z], positive=False)); L.step(same(sp.diff(sp.tanh(z), z), 4 * ds.subs(z, 2 * z), [z], positive=False))
L.step(same(4 * ds.subs(z, 2 * z), 1 - sp.tanh(z) ** 2, [z], positive=False))
L.define(note="z = 1.2")
th = sp.tanh(R("1.2"))
L.step(same(th, 2 * sig(R("2.4")) - 1, [])); L.step(substituted(th, lambda c: 2 * c - 1, "~0.9168")); L.step(rounds("0.8336", 2 * R("0.9168") - 1, th))
L.step(substituted(1 - th ** 2, lambda c: 1 - c, "~0.6950") and rounds("0.6950", th ** 2)); L.step(R("1") - R("0.6950") == R("0.3050"))
L.step(substituted(4 * ds.subs(z, R("2.4")), lambda a, b: 4 * a * b, "~0.9168", "~0.0832")); L.step(rounds("0.3051", 4 * R("0.9168") * R("0.0832")))
L.step(same(sp.diff(sp.log(1 + sp.exp(z)), z), sp.exp(z) / (1 + sp.exp(z)), [z], positive=False)); L.step(same(sp.exp(z) / (1 + sp.exp(z)), sig(z), [z], positive=False))
d3 = sp.diff(sp.tanh(3 * z), z)
L.step(same(d3, 1 - sp.tanh(3 * z) ** 2, [z], positive=False), note="factor 3")
L.step(d3.subs(z, R("0.4")) == 1 - sp.tanh(R("1.2")) ** 2, carried=True); L.step(rounds("0.3050", 1 - sp.tanh(R("1.2")) ** 2))
# matrix calculus rules, checked on random 2x2 instances
xv = sp.Matrix(sp.symbols("x1 x2", real=True)); av = sp.Matrix(sp.symbols("a1 a2", real=True))
Am = sp.Matrix(2, 2, sp.symbols("m11 m12 m21 m22", real=True))
grad = lambda f: sp.Matrix([sp.diff(f, s_) for s_ in xv])
L.step(grad((av.T * xv)[0]) == av); L.step(sp.expand(grad((xv.T * Am * xv)[0]) - (Am + Am.T) * xv) == sp.zeros(2, 1)); L.step(grad((xv.T * xv)[0]) == 2 * xv)
nx = sp.sqrt((xv.T * xv)[0])
L.step(sp.simplify(grad(nx) - xv / nx) == sp.zeros(2, 1))
Xm = sp.Matrix(2, 2, sp.symbols("q11 q12 q21 q22", real=True))
mgrad = lambda f: sp.Matrix(2, 2, lambda i, j: sp.diff(f, Xm[i, j]))
L.step(mgrad((Am * Xm).trace()) == Am.T); L.step(sp.simplify(mgrad(sp.log(Xm.det())) - Xm.inv().T) == sp.zeros(2, 2))
Xd = sp.Matrix(3, 2, sp.symbols("d1:7", real=True)); yd = sp.Matrix(sp.symbols("y1:4", real=True))
rs = Xd * xv - yd
L.step(sp.expand(grad((rs.T * rs)[0]) - 2 * Xd.T * rs) == sp.zeros(2, 1))
Wm = sp.Matrix(2, 2, sp.symbols("w11 w12 w21 w22", real=True)); y2 = sp.Matrix(sp.symbols("yy1 yy2", real=True))
rw = Wm * xv - y2
L.step(sp.expand(sp.Matrix(2, 2, lambda i, j: sp.diff((rw.T * rw)[0], Wm[i, j])) - 2 * rw * xv.T) == sp.zeros(2, 2))
L.step(sp.hessian((xv.T * Am * xv)[0], list(xv)) == Am + Am.T)
A = sp.Matrix([[2, 1], [0, 3]]); x0 = sp.Matrix([1, -1])
f = (xv.T * A * xv)[0]
L.define(2, "A, x")
L.define(note="f"); L.step(sp.expand(f - (2 * xv[0] ** 2 + xv[0] * xv[1] + 3 * xv[1] ** 2)) == 0)
L.step(f.subs({xv[0]: 1, xv[1]: -1}) == 2 - 1 + 3); L.step(2 - 1 + 3 == 4)
gf = grad(f).subs({xv[0]: 1, xv[1]: -1})
L.step(gf == (A + A.T) * x0); L.step(A + A.T == sp.Matrix([[4, 1], [1, 6]])); L.step(gf == sp.Matrix([3, -5]))
L.step(sp.diff(f, xv[0]) == 4 * xv[0] + xv[1]); L.step(gf[0] == 3); L.step(sp.diff(f, xv[1]) == xv[0] + 6 * xv[1]); L.step(gf[1] == -5)
L.step(sp.hessian(f, list(xv)) == A + A.T); L.step(A + A.T == sp.Matrix([[4, 1], [1, 6]])); L.step((A + A.T).det() == 24 - 1); L.step(24 - 1 == 23); L.step(23 > 0)
L.step(gf == 2 * A * x0, note="misconception"); L.step(2 * A * x0 == 2 * sp.Matrix([1, -3])); L.step(2 * sp.Matrix([1, -3]) == sp.Matrix([2, -6]))
L.step(True, note="gradient of the squared residual"); L.define(note="= 0"); L.define(note="normal equations")
X = sp.Matrix([[1, 1], [1, 2], [1, 3]]); y = sp.Matrix([1, 2, 2])
L.define(2, "X, y")
L.step(X.T * X == sp.Matrix([[3, 6], [6, 14]])); L.step(X.T * y == sp.Matrix([5, 12]), note="(5, 11)")
L.step((X.T * X).det() == 42 - 36); L.step(42 - 36 == 6)
adj = sp.Matrix([[14, -6], [-6, 3]])
w = (X.T * X).inv() * X.T * y
ww = adj * sp.Matrix([5, 12]) / 6
L.step(w == ww, carried=(X.T * X).inv() == adj / 6)
L.step(adj * sp.Matrix([5, 12]) == sp.Matrix([-2, 6])); L.step(rounds("-0.3333", ww[0]) and ww[1] == 1)
L.step(rounds("-0.3333", w[0]) and w[1] == 1, carried=rounds("-0.3333", ww[0]) and ww[1] == 1, note="fitted line"); L.step(rounds("2.6667", w[0] + 3 * w[1]), carried=rounds("2.6667", ww[0] + 3 * ww[1]))
# exit ticket
L.step(lim((sp.exp(3 * x) - 1) / x, 0) == 3)
L.step(sp.summation(sp.Rational(2, 3) ** k, (k, 0, sp.oo)) == 1 / (1 - sp.Rational(2, 3))); L.step(1 / (1 - sp.Rational(2, 3)) == 3)
B = sp.Matrix([[1, 2], [2, 5]]); x1 = sp.Matrix([1, 1])
L.define(2, "B, x")
gB = grad((xv.T * B * xv)[0]).subs({xv[0]: 1, xv[1]: 1})
L.step(gB == 2 * B * x1); L.step(2 * B * x1 == 2 * sp.Matrix([3, 7])); L.step(2 * sp.Matrix([3, 7]) == sp.Matrix([6, 14]))
# reflection
L.step(lim((sp.sin(x) - x) / x ** 3, 0) == -sp.Rational(1, 6)); L.step(sp.sin(R("0.1")) < R("0.1")); L.step(rounds("0.099833", sp.sin(R("0.1"))))
L.step(s5 == (1 - R("0.5") ** 6) / R("0.5")); L.step(s5 == R("1.96875"))
L.step(X.T * y == sp.Matrix([1 + 2 + 2, 1 + 4 + 6])); L.step(X.T * y == sp.Matrix([5, 11]))
L.step(w == sp.Matrix([70 - 66, -30 + 33]) / 6); L.step(rounds("0.6667", w[0]) and w[1] == R("0.5"))
res = y - X * w
RSS = (res.T * res)[0]
assert [rounds(s_, v) for s_, v in zip(["1.1667", "1.6667", "2.1667"], X * w)] == [True] * 3 and sum(res) == 0
L.step(substituted(RSS, lambda a, b, c: a + b + c, "~0.0278", "~0.1111", "~0.0278") and all(rounds(s_, v ** 2) for s_, v in zip(["0.0278", "0.1111", "0.0278"], res)))
L.step(rounds("0.1667", RSS))
L.step(RSS / (3 - 1) == RSS / (3 - 2), note="unbiased: RSS/(n - p), p = 2"); L.step(True, note="RSS/(n - 1) with n = 3"); L.step(rounds("0.0833", R("0.1667") / 2, RSS / 2))
L.step(same(d3, 3 * (1 - sp.tanh(3 * z) ** 2), [z], positive=False)); L.define(note="z = 0.4"); L.step(rounds("0.9150", 3 * R("0.3050"), 3 * (1 - sp.tanh(R("1.2")) ** 2)))
L.done()
