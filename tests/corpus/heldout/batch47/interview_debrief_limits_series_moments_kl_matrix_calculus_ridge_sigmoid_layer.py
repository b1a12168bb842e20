"""Labels for interview_debrief_limits_series_moments_kl_matrix_calculus_ridge_sigmoid_layer.tex: a hiring
committee's interview debrief packet for an ML engineer candidate (a loop table, one write-up per interviewer
with the question, the whiteboard transcribed from a photo in a `board` environment with the candidate's wrong
turns, notes and a boxed rating; a bar raiser's summary; `\\DeclareMathOperator` for Var, Cov, Corr, E, tr, Ber,
Exp, a `\\KL` macro, `\\pd`, `\\bm`, `pmatrix`, `\\lim`, `\\sum` with infinite and symbolic bounds, `\\approx`):
limits by expansion and l'Hopital, (1 + 2/n)^n, geometric and differentiated geometric sums, pi^2/6, ln 1.1
and tanh 0.1 by series, tanh'(0) as a limit, sigma near 0; moments of a die and of 3X - 2, two dice, Jensen,
geometric waiting time, an exponential and memorylessness, fixed points by indicators, Var/Corr from a
covariance, Bernoulli KL both ways and in bits, the bias of the Gaussian variance MLE; the gradient of a
quadratic form, least squares and ridge as MAP with a 3 x 2 design, matrix-derivative quick-fire, one sigmoid
layer forward/backward with the input gradient W_1^T delta.
Slips (on the boards unless noted): (1 - cos x)/x^2 -> 1; (1 - 1/n)^n -> e; the partial geometric sum 1.9990;
sum k/2^k = 1; Var(3X - 2) = 3 Var X (sd carried); Var of Exp(lambda) = 1/lambda (sd carried); Corr with the
product of variances; KL with the ratio inverted (the value carried); grad x^T A x = 2Ax (its value carried);
the 2 x 2 inverse with the signs kept (w_R and its norm carried); d tr(X^T X)/dX = X; dL/dW_1 = x delta^T;
interviewer C's loss without the 1/2."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch47/interview_debrief_limits_series_moments_kl_matrix_calculus_ridge_sigmoid_layer.tex")


def ok(cond, note=""):
    L.step(bool(cond), note=note)


x, n, k, h, z = sp.symbols("x n k h z", positive=True)
xr = sp.symbols("xr", real=True)
lim = lambda e, v, p, d="+-": sp.limit(e, v, p, d) if p != sp.oo else sp.limit(e, v, p)
# Interview 1
ok(lim(sp.sin(3 * xr) / xr, xr, 0) == 3 * lim(sp.sin(3 * xr) / (3 * xr), xr, 0)); ok(lim(sp.sin(3 * xr) / (3 * xr), xr, 0) * 3 == 3)
ok(lim((1 - sp.cos(xr)) / xr ** 2, xr, 0) == 1, "1/2")
ok(sp.series(1 - sp.cos(xr), xr, 0, 6).removeO() == xr ** 2 / 2 - xr ** 4 / 24)
ok(sp.expand(sp.series((1 - sp.cos(xr)) / xr ** 2, xr, 0, 4).removeO()) == sp.Rational(1, 2) - xr ** 2 / 24)
e1 = (sp.exp(xr) - 1 - xr) / xr ** 2
ok(lim(e1, xr, 0) == lim((sp.exp(xr) - 1) / (2 * xr), xr, 0)); ok(lim((sp.exp(xr) - 1) / (2 * xr), xr, 0) == lim(sp.exp(xr) / 2, xr, 0)); ok(lim(sp.exp(xr) / 2, xr, 0) == sp.Rational(1, 2))
v1 = sp.limit(x * sp.log(x), x, 0, "+")
ok(v1 == sp.limit(sp.log(x) / (1 / x), x, 0, "+")); ok(sp.limit(sp.log(x) / (1 / x), x, 0, "+") == sp.limit((1 / x) / (-1 / x ** 2), x, 0, "+"))
ok(same((1 / x) / (-1 / x ** 2), -x)); ok(sp.limit(-x, x, 0, "+") == 0)
ok(sp.limit(x * sp.exp(-x), x, sp.oo) == 0); ok(sp.limit((1 + 2 / n) ** n, n, sp.oo) == sp.exp(2)); ok(rounds("7.3891", sp.exp(2)))
ok(sp.limit((1 - 1 / n) ** n, n, sp.oo) == sp.E, "e^-1")
ok(rounds("0.3679", sp.exp(-1)) and sp.limit((1 - 1 / n) ** n, n, sp.oo) == sp.exp(-1))
half = sp.Rational(1, 2)
ok(sp.summation(half ** k, (k, 0, sp.oo)) == 1 / (1 - half)); ok(1 / (1 - half) == 2)
ok(sp.summation(half ** k, (k, 0, 9)) == (1 - half ** 10) / (1 - half)); ok(rounds("1.9990", (1 - half ** 10) / (1 - half)), "1.9980")
ok(sp.summation(k / 2 ** k, (k, 1, sp.oo)) == 1, "2")
q = sp.symbols("q", positive=True)
ok(True, "geometric series, |x| < 1"); ok(same(sp.summation(k * q ** k, (k, 1, sp.oo)).subs(q, half), half / (1 - half) ** 2) and same(q * sp.diff(1 / (1 - q), q), q / (1 - q) ** 2))
L.define(note="x = 1/2"); ok(half / (1 - half) ** 2 == 2)
ok(sp.summation(1 / k ** 2, (k, 1, sp.oo)) == sp.pi ** 2 / 6); ok(rounds("1.6449", sp.pi ** 2 / 6))
ok(all(sum(sp.Rational(1, j) for j in range(1, m + 1)) >= sp.log(m + 1) for m in range(1, 60)), "sum 1/k >= integral of 1/t from 1 to n + 1")
ok(sp.series(sp.log(1 + xr), xr, 0, 4).removeO() == xr - xr ** 2 / 2 + xr ** 3 / 3); L.define(note="|x| < 1")
ok(rounds("0.0953", sp.log(R("1.1")), approx=True) and rounds("0.0953", R("0.1") - R("0.005") + R("0.0003"), approx=True)); ok(R("0.1") - R("0.005") + R("0.0003") == R("0.0953"))
ok(sp.series(sp.tanh(xr), xr, 0, 4).removeO() == xr - xr ** 3 / 3); ok(rounds("0.0997", sp.tanh(R("0.1")), approx=True)); ok(R("0.1") - R("0.0003") == R("0.0997"))
ok(sp.diff(sp.tanh(xr), xr).subs(xr, 0) == sp.limit(sp.tanh(xr) / xr, xr, 0)); ok(sp.limit(sp.tanh(xr) / xr, xr, 0) == 1)
ok(same(sp.diff(sp.tanh(xr), xr), 1 - sp.tanh(xr) ** 2, positive=False))
ok(substituted(1 - sp.tanh(R("0.1")) ** 2, lambda t: 1 - t ** 2, "~0.0997")); ok(rounds("0.9901", 1 - R("0.0997") ** 2))
sig = 1 / (1 + sp.exp(-xr))
ok(sp.series(sig, xr, 0, 5).removeO() == half + xr / 4 - xr ** 3 / 48); ok(rounds("0.525", sig.subs(xr, R("0.1")), approx=True))
ok(rounds("1.9980", 2 - sp.Rational(1, 2 ** 9)) and 2 - sp.Rational(1, 2 ** 9) == (1 - half ** 10) / (1 - half))

# Interview 2
die = range(1, 7)
EX = sp.Rational(sum(die), 6); EX2 = sp.Rational(sum(d * d for d in die), 6); VX = EX2 - EX ** 2
ok(EX == sp.Rational(21, 6)); ok(EX == R("3.5")); ok(EX2 == sp.Rational(91, 6)); ok(rounds("15.1667", EX2))
ok(True, "Var = E[X^2] - E[X]^2"); ok(substituted(VX, lambda a: a - R("12.25"), "~15.1667")); ok(rounds("2.9167", R("15.1667") - R("12.25"), VX)); ok(rounds("1.7078", sp.sqrt(VX)))
L.define(note="Y = 3X - 2"); ok(3 * EX - 2 == 3 * R("3.5") - 2); ok(3 * EX - 2 == R("8.5"))
ok(9 * VX == 3 * VX, "9 Var X"); ok(rounds("8.75", 3 * VX))
L.step(sp.sqrt(9 * VX) == sp.sqrt(R("8.75")), carried=True, note="8.75 carried"); ok(rounds("2.9580", sp.sqrt(R("8.75"))))
ok(2 * EX == 7); ok(2 * VX == 2 * sp.Rational(35, 12)); ok(rounds("5.8333", 2 * VX))
ok(rounds("15.1667", EX2)); ok(R("15.1667") >= R("12.25")); ok(R("12.25") == EX ** 2)
ok(True, "Var(aX + b) = a^2 Var X"); ok(9 * VX == R("26.25")); ok(rounds("5.1235", sp.sqrt(R("26.25"))))
p6 = sp.Rational(1, 6)
L.define(note="p = 1/6"); ok(True, "E[N] = 1/p"); ok(1 / p6 == 6); ok(True, "Var(N) = (1 - p)/p^2"); ok((1 - p6) / p6 ** 2 == sp.Rational(5, 6) / sp.Rational(1, 36)); ok((1 - p6) / p6 ** 2 == 30)
t_ = sp.symbols("t", positive=True); lam = 2
dens = lam * sp.exp(-lam * t_)
ET = sp.integrate(t_ * dens, (t_, 0, sp.oo)); VT = sp.integrate(t_ ** 2 * dens, (t_, 0, sp.oo)) - ET ** 2
L.define(note="lambda = 2"); ok(ET == sp.Rational(1, lam)); ok(ET == R("0.5")); ok(VT == sp.Rational(1, lam), "1/lambda^2"); ok(sp.Rational(1, lam) == R("0.5"))
L.step(sp.sqrt(VT) == sp.sqrt(R("0.5")), carried=True, note="0.5 carried"); ok(rounds("0.7071", sp.sqrt(R("0.5"))))
PT = lambda a: sp.integrate(dens, (t_, a, sp.oo))
ok(PT(1) == sp.exp(-2)); ok(rounds("0.1353", sp.exp(-2))); ok(PT(3) / PT(2) == PT(1)); ok(rounds("0.1353", PT(1)))
L.define(note="F = sum I_i"); ok(True, "E[I_i] = P(sigma(i) = i) = 1/n"); ok(True, "linearity"); ok(n * (1 / n) == 1)
ok(VT == R("0.25"))
L.define(3, "Var U, Var V, Cov")
ok(4 + 9 + 2 * (-3) == 4 + 9 + 2 * -3); ok(4 + 9 + 2 * (-3) == 7); ok(4 + 9 - 2 * (-3) == 19); ok(4 + 9 - 2 * (-3) == 19)
ok(sp.Rational(-3, 36) == sp.Rational(-3, 6), "divide by the standard deviations"); ok(sp.Rational(-3, 4 * 9) == sp.Rational(-3, 36)); ok(rounds("-0.0833", sp.Rational(-3, 36)))
L.define(note="Cov = -3"); ok(sp.Rational(-3, 2 * 3) == sp.Rational(-3, 6)); ok(sp.Rational(-3, 6) == R("-0.5"))
pb, qb = R("0.3"), R("0.5")
kl = pb * sp.log(pb / qb) + (1 - pb) * sp.log((1 - pb) / (1 - qb))
wrongkl = pb * sp.log(qb / pb) + (1 - pb) * sp.log((1 - qb) / (1 - pb))
ok(sp.N(kl - wrongkl, 30) == 0, "p ln(p/q)")
ok(substituted(wrongkl, lambda a, b: R("0.3") * a + R("0.7") * b, "~0.5108", "~-0.3365") and rounds("0.5108", sp.log(qb / pb)) and rounds("-0.3365", sp.log((1 - qb) / (1 - pb))))
ok(rounds("0.1532", R("0.3") * R("0.5108")) and rounds("0.2355", R("0.7") * R("0.3365"), R("0.7") * sp.log(R("1.4"))))
ok(rounds("-0.0823", R("0.1532") - R("0.2355")))
L.define(note="KL definition")
ok(sp.N(kl - (R("0.3") * sp.log(R("0.6")) + R("0.7") * sp.log(R("1.4"))), 30) == 0)
ok(substituted(kl, lambda a, b: a + b, "~-0.1532", "~0.2355") and rounds("-0.1532", R("0.3") * sp.log(R("0.6"))) and rounds("0.2355", R("0.7") * sp.log(R("1.4"))))
ok(rounds("0.0823", R("-0.1532") + R("0.2355"), kl)); ok(rounds("0.1187", R("0.0823") / sp.log(2), kl / sp.log(2)))
kr = qb * sp.log(qb / pb) + (1 - qb) * sp.log((1 - qb) / (1 - pb))
ok(sp.N(kr - (half * sp.log(sp.Rational(5, 3)) + half * sp.log(sp.Rational(5, 7))), 30) == 0)
ok(substituted(kr, lambda a, b: a - b, "~0.2554", "~0.1682") and rounds("0.2554", half * sp.log(sp.Rational(5, 3))) and rounds("0.1682", -half * sp.log(sp.Rational(5, 7))))
ok(rounds("0.0872", R("0.2554") - R("0.1682"), kr)); ok(R("0.0872") != R("0.0823"))
ok(True, "E[sigma-hat^2] = (n - 1)/n sigma^2")

# Interview 3
x1, x2 = sp.symbols("x1 x2", real=True)
A = sp.Matrix([[1, 2], [0, 3]]); X_ = sp.Matrix([x1, x2])
f = (X_.T * A * X_)[0]
grad = sp.Matrix([sp.diff(f, x1), sp.diff(f, x2)])
L.define(note="f"); ok(grad == 2 * A * X_, "(A + A^T) x")
L.define(2, "A, x = (1, 1)")
pt = {x1: 1, x2: 1}
L.step(grad.subs(pt) == 2 * A * sp.Matrix([1, 1]), carried=True, note="2Ax carried"); ok(2 * A * sp.Matrix([1, 1]) == sp.Matrix([6, 6]))
ok(sp.expand(f - (x1 ** 2 + 2 * x1 * x2 + 3 * x2 ** 2)) == 0); ok(grad == sp.Matrix([2 * x1 + 2 * x2, 2 * x1 + 6 * x2])); ok(grad.subs(pt) == sp.Matrix([4, 8]))
ok(grad == (A + A.T) * X_); ok(sp.hessian(f, (x1, x2)) == A + A.T and A + A.T == sp.Matrix([[2, 2], [2, 6]]))
Xd = sp.Matrix([[1, 0], [1, 1], [1, 2]]); yd = sp.Matrix([1, 2, 2])
w1, w2 = sp.symbols("w1 w2", real=True); W = sp.Matrix([w1, w2])
g2 = ((Xd * W - yd).T * (Xd * W - yd))[0]
ok(sp.Matrix([sp.diff(g2, w1), sp.diff(g2, w2)]) == sp.expand(2 * Xd.T * (Xd * W - yd)) or
   sp.simplify(sp.Matrix([sp.diff(g2, w1), sp.diff(g2, w2)]) - 2 * Xd.T * (Xd * W - yd)) == sp.zeros(2, 1))
L.define(2, "= 0, normal equations")
s2, t2 = sp.symbols("sigma2 tau2", positive=True)
ok(True, "-ln p(w | y): Gaussian likelihood and prior, up to a constant")
lamb = s2 / t2
ok(same(g2 / (2 * s2) + (w1 ** 2 + w2 ** 2) / (2 * t2), (g2 + lamb * (w1 ** 2 + w2 ** 2)) / (2 * s2), positive=False))
ok(True, "lambda = sigma^2/tau^2"); L.define(note="ridge normal equations")
XtX = Xd.T * Xd; Xty = Xd.T * yd
L.define(2, "X, y"); ok(XtX == sp.Matrix([[3, 3], [3, 5]])); ok(Xty == sp.Matrix([5, 6]))
ok(XtX.det() == 15 - 9); ok(XtX.det() == 6)
wls = XtX.inv() * Xty
ok(wls == sp.Rational(1, 6) * sp.Matrix([[5, -3], [-3, 3]]) * Xty); ok(wls == sp.Rational(1, 6) * sp.Matrix([25 - 18, -15 + 18]))
ok(rounds("1.1667", wls[0]) and wls[1] == R("0.5"))
M = XtX + sp.eye(2)
L.define(note="lambda = 1"); ok(M == sp.Matrix([[4, 3], [3, 6]])); ok(M.det() == 24 - 9); ok(M.det() == 15)
wr = M.inv() * Xty
ok(wr == sp.Rational(1, 15) * sp.Matrix([[6, 3], [3, 4]]) * Xty, "signs of the off-diagonal")
ok(sp.Rational(1, 15) * sp.Matrix([[6, 3], [3, 4]]) * Xty == sp.Rational(1, 15) * sp.Matrix([30 + 18, 15 + 24]))
ok(sp.Rational(1, 15) * sp.Matrix([48, 39]) == sp.Matrix([R("3.2"), R("2.6")]))
L.step(wr.norm() == sp.sqrt(R("3.2") ** 2 + R("2.6") ** 2), carried=True, note="(3.2, 2.6) carried"); ok(rounds("4.1231", sp.sqrt(R("3.2") ** 2 + R("2.6") ** 2)))
ok(rounds("1.2693", wls.norm()))
ok(wr == sp.Rational(1, 15) * sp.Matrix([[6, -3], [-3, 4]]) * Xty); ok(wr == sp.Rational(1, 15) * sp.Matrix([30 - 18, -15 + 24])); ok(wr == sp.Matrix([R("0.8"), R("0.6")]))
ok(wr.norm() == 1); ok(1 < R("1.2693"))
# quick-fire (denominator layout: (d/dX)_{ij} = d/dX_{ij})
Xs = sp.Matrix(2, 2, sp.symbols("a11 a12 a21 a22", real=True)); As = sp.Matrix(2, 2, sp.symbols("b11 b12 b21 b22", real=True))
dmat = lambda e: sp.Matrix(2, 2, lambda i, j: sp.diff(e, Xs[i, j]))
ok(dmat((As * Xs).trace()) == As.T)
ok(sp.simplify(dmat(sp.log(Xs.det())) - Xs.inv().T) == sp.zeros(2, 2))
v_ = sp.Matrix(sp.symbols("u1 u2", real=True)); nv = sp.sqrt(v_[0] ** 2 + v_[1] ** 2)
ok(sp.simplify(sp.Matrix([sp.diff(nv, v_[0]), sp.diff(nv, v_[1])]) - v_ / nv) == sp.zeros(2, 1))
a_ = sp.Matrix(sp.symbols("c1 c2", real=True)); ok(sp.Matrix([sp.diff((a_.T * v_)[0], s) for s in v_]) == a_)
ok(dmat((Xs.T * Xs).trace()) == Xs, "2X")
# sigmoid layer
L.define(4, "z, h, y hat, L"); L.define(5, "W_1, x, w_2, b_2, y")
W1 = sp.Matrix([[1, -1], [half, half]]); xv = sp.Matrix([half, half]); w2v = sp.Matrix([2, -1]); b2 = half; y = 1
Z = W1 * xv; H = Z.applyfunc(lambda t: 1 / (1 + sp.exp(-t))); yh = (w2v.T * H)[0] + b2; gg = yh - y
ok(Z == sp.Matrix([0, half])); ok(H[0] == half and rounds("0.6225", H[1]))
ok(substituted(yh, lambda a: 2 * R("0.5") - a + R("0.5"), "~0.6225")); ok(rounds("0.8775", 2 * R("0.5") - R("0.6225") + R("0.5"), yh))
L.define(note="g"); ok(rounds("-0.1225", R("0.8775") - 1, gg))
D = sp.Matrix([gg * w2v[i] * H[i] * (1 - H[i]) for i in range(2)])
L.define(note="delta")
ok(substituted(D[0], lambda a: a * 2 * R("0.25"), "~-0.1225")); ok(rounds("-0.0612", D[0]))
ok(substituted(D[1], lambda a, b: a * -1 * b, "~-0.1225", "~0.2350") and rounds("0.2350", H[1] * (1 - H[1]))); ok(rounds("0.0288", R("0.1225") * R("0.2350"), D[1]))
dW = D * xv.T
ok(xv * D.T == dW, "delta x^T")
ok(all(rounds(wv, val) for wv, val in zip(["-0.0306", "0.0144", "-0.0306", "0.0144"], [R("0.5") * R("-0.0612"), R("0.5") * R("0.0288")] * 2)))
gx = W1.T * D
ok(True, "W_1^T delta"); ok(substituted(gx[0], lambda a, b: a + b / 2, "~-0.0612", "~0.0288") and substituted(gx[1], lambda a, b: -a + b / 2, "~-0.0612", "~0.0288"))
ok(rounds("-0.0468", R("-0.0612") + R("0.0144"), gx[0]) and rounds("0.0756", R("0.0612") + R("0.0144"), gx[1]))
ok(True, "dL/dW_1 = delta x^T")
W1s = sp.Matrix(2, 2, sp.symbols("m11 m12 m21 m22"))
ok(all(sp.diff(W1s[j, 0] * x1 + W1s[j, 1] * x2, [x1, x2][i]) == W1s[j, i] for i in range(2) for j in range(2)))
Lv = gg ** 2 / 2
ok(substituted(Lv, lambda a: a ** 2 / 2, "~0.1225")); ok(rounds("0.0150", R("0.1225") ** 2 / 2, Lv), "0.0075"); ok(dmat((Xs.T * Xs).trace()) == 2 * Xs)
ok(rounds("0.0075", R("0.1225") ** 2 / 2, Lv))
L.done()
