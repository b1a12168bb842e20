"""Labels for mdframed_mistake_log_mixed.tex: a student's revision log of marked mistakes in `mdframed`
boxes (`\\newmdenv`, `\\mdfsetup`), each with what was written, what followed and the fix, so dense with
wrong steps: grad ||Xw - y||^2 without the 2 (carried into w1); grad w^T A w = Aw for a non-symmetric A;
the Beta posterior mean over a + b + k (carried into the value and the shift from the MLE); the Poisson
MLE n / sum x; the logistic CE derivative with an extra sigma'; the GD range eta < 1/a; Var(X - Y) with a
minus (carried into the sd); E[1/X] = 1/E[X] (carried into E[10/X]); the Bernoulli KL with one term;
(1 - cos x)/x^2 -> 1, a geometric sum with r^{n+1}; d/dz_j LSE = e^{z_j}, d/dx x^x = x x^{x-1}."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from sympy import stats as st  # noqa: E402
from truth import Labels, R, rounds, same  # noqa: E402

L = Labels("batch11/mdframed_mistake_log_mixed.tex")
w1, w2, x, z = sp.symbols("w1 w2 x z", real=True)
# 1
X = sp.Matrix([[1, 0], [1, 1], [1, 2]]); y = sp.Matrix([1, 2, 2]); w = sp.Matrix([w1, w2])
L.define(4, "X, y, w0, eta")
obj = ((X * w - y).T * (X * w - y))[0]
grad = sp.Matrix([sp.diff(obj, v) for v in (w1, w2)])
L.step(sp.simplify(grad - X.T * (X * w - y)) == sp.zeros(2, 1), note="factor 2")
g0 = (X.T * (X * w - y)).subs({w1: 0, w2: 0})
L.step(list(X * sp.zeros(2, 1) - y) == [-1, -2, -2]); L.step(list(g0) == [-5, -6])
true_w1 = -R("0.1") * grad.subs({w1: 0, w2: 0})
L.step(list(true_w1) == [R("0.5"), R("0.6")], carried=list(-R("0.1") * sp.Matrix([-5, -6])) == [R("0.5"), R("0.6")])
L.step(list(-R("0.1") * sp.Matrix([-5, -6])) == [R("0.5"), R("0.6")])
L.step(sp.simplify(grad - 2 * X.T * (X * w - y)) == sp.zeros(2, 1)); L.step(list(grad.subs({w1: 0, w2: 0})) == [-10, -12])
L.step(list(true_w1) == [1, R("1.2")])
L.define(note="normal equations")
L.step(X.T * X == sp.Matrix([[3, 3], [3, 5]])); L.step(list(X.T * y) == [5, 6])
ws = (X.T * X).inv() * X.T * y
L.step(ws == sp.Rational(1, 6) * sp.Matrix([[5, -3], [-3, 3]]) * sp.Matrix([5, 6]))
L.step(rounds("1.1667", ws[0]) and ws[1] == R("0.5"))
# 2
A = sp.Matrix([[2, 1], [0, 3]]); L.define(2, "A, w")
q = (w.T * A * w)[0]
gq = sp.Matrix([sp.diff(q, v) for v in (w1, w2)])
L.step(sp.simplify(gq - A * w) == sp.zeros(2, 1))
L.step(list(gq.subs({w1: 1, w2: 1})) == [3, 3], carried=list(A * sp.Matrix([1, 1])) == [3, 3])
L.step(sp.simplify(gq - (A + A.T) * w) == sp.zeros(2, 1)); L.step(list(gq.subs({w1: 1, w2: 1})) == [5, 7])
L.step(sp.hessian(q, (w1, w2)) == A + A.T == sp.Matrix([[4, 1], [1, 6]]))
# 3
L.define(2, "k, n")
T = st.Beta("T", 2 + 3, 2 + 5 - 3)
m = st.E(T)
L.step(m == sp.Rational(2 + 3, 2 + 2 + 3), note="over a + b + n")
L.step(m == sp.Rational(5, 7), carried=True); L.step(sp.Rational(5, 7) == sp.Rational(2 + 3, 2 + 2 + 3)); L.step(rounds("0.7143", sp.Rational(5, 7), approx=True))
L.step(sp.Rational(3, 5) == R("0.6")); L.step(R("0.6") == sp.Rational(3, 5))
L.step(m - sp.Rational(3, 5) == R("0.7143") - R("0.6"), carried=True)
L.step(R("0.7143") - R("0.6") == R("0.1143")); L.step(R("0.1143") > 0)
L.step(m == sp.Rational(2 + 3, 2 + 2 + 5)); L.step(m == sp.Rational(5, 9)); L.step(rounds("0.5556", m, approx=True))
# 4
xs = [2, 3, 1, 4, 0]
lam = sp.symbols("lambda", positive=True)
L.define(2, "x, n"); L.step(sum(xs) == 10)
ll = sum(xs) * sp.log(lam) - 5 * lam
lh = sp.solve(sp.diff(ll, lam), lam)[0]
L.define(note="= 0"); L.step(lh == sp.Rational(5, sum(xs)), note="n / sum x"); L.step(lh == sp.Rational(5, 10), carried=True); L.step(sp.Rational(5, 10) == R("0.5"))
L.define(note="= 0"); L.step(lh == sp.Rational(sum(xs), 5)); L.step(lh == sp.Rational(10, 5)); L.step(lh == 2)
# 5
sig = lambda u: 1 / (1 + sp.exp(-u))
yv = 1
ell = -yv * sp.log(sig(z)) - (1 - yv) * sp.log(1 - sig(z))
L.define(3, "l, z, y")
L.step(same(sp.diff(ell, z), sig(z) * (1 - sig(z)) * (sig(z) - yv), [z], positive=False))
L.step(sp.diff(ell, z).subs(z, 0) == R("0.25") * R("-0.5"), carried=sp.Rational(1, 4) * (sp.Rational(1, 2) - 1) == R("0.25") * R("-0.5"))
L.step(R("0.25") * R("-0.5") == R("-0.125"))
L.step(same(sp.diff(ell, z), sig(z) - yv, [z], positive=False)); L.step(sp.simplify(sp.diff(ell, z).subs(z, 0)) == R("-0.5"))
# 6
a = 4
L.define(2, "f, a"); L.step(True, note="w - eta a w")
eta = sp.symbols("eta", positive=True)
stable = sp.solve_univariate_inequality(sp.Abs(1 - eta * a) < 1, eta, relational=False)
L.step(True, note="0 < eta"); L.step(stable == sp.Interval.open(0, sp.Rational(1, a)), note="bound is 2/a"); L.step(sp.Rational(1, a) == R("0.25"))
L.define(note="eta = 0.4")
L.define(note="|1 - eta a| < 1"); L.step(stable == sp.Interval.open(0, sp.Rational(2, a))); L.step(sp.Rational(2, a) == R("0.5"))
L.define(note="eta = 0.4"); L.step(1 - R("0.4") * 4 == R("-0.6")); L.step(1 - sp.Rational(1, a) * a == 0)
# 7
L.define(2, "Var X, Var Y")
Xn, Yn = st.Normal("Xn", 0, 2), st.Normal("Yn", 0, 1)
v = st.variance(Xn - Yn)
L.step(v == 4 - 1); L.step(4 - 1 == 3); L.step(sp.sqrt(v) == sp.sqrt(3), carried=True); L.step(rounds("1.7321", sp.sqrt(3), approx=True))
L.step(v == 4 + 1); L.step(v == 5)
# 8
U = st.DiscreteUniform("U", [1, 2, 3])
L.step(st.E(U) == 2)
L.step(st.E(1 / U) == 1 / st.E(U)); L.step(1 / st.E(U) == R("0.5"))
L.step(st.E(10 / U) == 10 * R("0.5"), carried=True); L.step(10 * R("0.5") == 5)
L.step(st.E(1 / U) == sp.Rational(1, 3) * (1 + sp.Rational(1, 2) + sp.Rational(1, 3))); L.step(st.E(1 / U) == sp.Rational(11, 18))
L.step(rounds("0.6111", sp.Rational(11, 18), approx=True)); L.step(sp.Rational(11, 18) > R("0.5"))
# 9
p, qq = R("0.5"), R("0.25")
L.define(2, "p, q")
kl = p * sp.log(p / qq) + (1 - p) * sp.log((1 - p) / (1 - qq))
L.step(sp.simplify(kl - p * sp.log(p / qq)) == 0)
L.step(sp.simplify(kl - R("0.5") * sp.log(2)) == 0, carried=True); L.step(rounds("0.3466", R("0.5") * sp.log(2)))
L.step(rounds("0.3466", p * sp.log(p / qq)) and rounds("-0.2027", (1 - p) * sp.log((1 - p) / (1 - qq))))
L.step(rounds("0.1438", R("0.3466") - R("0.2027"), kl))
# 10
r_, k, n = sp.symbols("r k n", positive=True)
kk = sp.symbols("kk", integer=True, nonnegative=True)
L.step(sp.limit((1 - sp.cos(x)) / x ** 2, x, 0) == 1)
L.step(sp.simplify(sum(sp.Rational(1, 2) ** i for i in range(3)) - (1 - sp.Rational(1, 2) ** 4) / (1 - sp.Rational(1, 2))) == 0, note="r^{n+1} for r^n")
L.define(2, "r, n")
L.step(sum(sp.Rational(1, 2) ** i for i in range(3)) == R("1.875"), carried=(1 - sp.Rational(1, 16)) / sp.Rational(1, 2) == R("1.875"))
L.step(sp.limit((1 - sp.cos(x)) / x ** 2, x, 0) == sp.Rational(1, 2))
L.step(sp.series(1 - sp.cos(x), x, 0, 4).removeO() == x ** 2 / 2)
L.step(all(sp.simplify(sum(R(str(rv)) ** i for i in range(nv)) - (1 - R(str(rv)) ** nv) / (1 - R(str(rv)))) == 0 for rv in ("0.5", "0.3") for nv in (1, 3, 5)))
L.step(1 + sp.Rational(1, 2) + sp.Rational(1, 4) == R("1.75"))
# 11
zs = sp.symbols("z1:4")
lse = sp.log(sum(sp.exp(v) for v in zs))
L.step(same(sp.diff(lse, zs[0]), sp.exp(zs[0]), list(zs), positive=False))
xp = sp.symbols("xp", positive=True)
L.step(same(sp.diff(xp ** xp, xp), xp * xp ** (xp - 1), [xp])); L.step(same(xp * xp ** (xp - 1), xp ** xp, [xp]))
L.define(note="x = 2")
L.step(sp.diff(xp ** xp, xp).subs(xp, 2) == 2 ** 2, carried=2 ** 2 == 4)
L.step(same(sp.diff(lse, zs[0]), sp.exp(zs[0]) / sum(sp.exp(v) for v in zs), list(zs), positive=False)); L.step(True, note="= p_j, softmax")
L.step(same(sp.diff(xp ** xp, xp), xp ** xp * (sp.log(xp) + 1), [xp]))
L.step(sp.simplify(sp.diff(xp ** xp, xp).subs(xp, 2) - 4 * (sp.log(2) + 1)) == 0 and rounds("6.7726", 4 * (sp.log(2) + 1), approx=True))
L.define(note="x = 2")
L.done()
