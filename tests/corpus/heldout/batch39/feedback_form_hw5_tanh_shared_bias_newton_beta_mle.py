"""Labels for feedback_form_hw5_tanh_shared_bias_newton_beta_mle.tex: a TA's feedback form on a submitted
homework (a two-column `tabularx` per problem: the student's steps quoted in italics on the left, the TA's
tick or corrected step on the right, "ecf" for errors carried forward, deductions in red): tanh' and tanh'';
a 2-2-1 tanh net with one shared hidden bias (dL/db = delta_1 + delta_2, grad_x L = W_1^T delta, a step on
b); gradient descent against Newton on a 2-D quadratic; a Beta-Binomial MAP, mean and the MAP as a
regularised cross-entropy; the Gaussian MLE, Var of the mean, the bias of sigma^2_MLE and the maximised
log-likelihood. Both columns are labelled by the truth of what they say. See README.md (Mistakes)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from sympy import stats as st  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402


def zero(e):
    return abs(sp.N(e, 40)) < 1e-25


L = Labels("batch39/feedback_form_hw5_tanh_shared_bias_newton_beta_mle.tex")
x = sp.symbols("x", real=True)
t = sp.tanh(x)

# ---- Problem 1
L.step(same(sp.diff(t, x), 1 - t ** 2, positive=False)); L.define(2, "x = 0, x = 1")
L.step(same(t, sp.sinh(x) / sp.cosh(x), positive=False))
L.step(same(sp.diff(sp.sinh(x) / sp.cosh(x), x), (sp.cosh(x) ** 2 - sp.sinh(x) ** 2) / sp.cosh(x) ** 2, positive=False))
L.step(same((sp.cosh(x) ** 2 - sp.sinh(x) ** 2) / sp.cosh(x) ** 2, 1 - t ** 2, positive=False))
L.step(same(sp.diff(sp.tanh(2 * x + 1), x), 2 * (1 - sp.tanh(2 * x + 1) ** 2), positive=False))
d0 = sp.diff(sp.tanh(2 * x + 1), x).subs(x, 0)
L.define(note="x = 0"); L.step(rounds("0.7616", sp.tanh(1)))
L.step(substituted(d0, lambda q: 2 * (1 - q ** 2), "~0.7616") and rounds("0.5800", R("0.7616") ** 2))
L.step(rounds("0.8400", 2 * (1 - R("0.5800")), d0))
tpp = sp.diff(t, x, 2)
L.step(same(tpp, sp.diff(1 - t ** 2, x), positive=False)); L.step(same(sp.diff(1 - t ** 2, x), -2 * t, positive=False), note="(1 - tanh^2) factor")
L.step(same(sp.diff(t ** 2, x), 2 * t * (1 - t ** 2), positive=False))
L.step(substituted(tpp.subs(x, 1), lambda q: -2 * q, "~0.7616"), carried=True); L.step(R("-2") * R("0.7616") == R("-1.5232"))
L.step(substituted(tpp.subs(x, 1), lambda q, r: -2 * q * (1 - r), "~0.7616", "~0.5800")); L.step(rounds("-0.6397", -2 * R("0.7616") * (1 - R("0.5800")), tpp.subs(x, 1)))

# ---- Problem 2: the net, exact values and sp.diff of the unrolled loss
X = [R("1.0"), R("2.0")]; y = R("0.5")
W = [[R("0.3"), R("-0.1")], [R("0.2"), R("0.4")]]; b0 = R("-0.2"); v = [R("1.0"), R("-0.5")]; eta = R("0.1")
L.define(5, "x, y, W1, b, v"); L.define(5, "a_j, h_j, yhat, L, eta")
P = sp.symbols("w11 w12 w21 w22 bb v1 v2 x1 x2", real=True)


def net(p):
    w11, w12, w21, w22, bb, v1, v2, x1, x2 = p
    a = [w11 * x1 + w12 * x2 + bb, w21 * x1 + w22 * x2 + bb]
    h = [sp.tanh(q) for q in a]
    yh = v1 * h[0] + v2 * h[1]
    return a, h, yh, (yh - y) ** 2 / 2


pt = dict(zip(P, [W[0][0], W[0][1], W[1][0], W[1][1], b0, v[0], v[1], X[0], X[1]]))
a, h, yh, Lv = [q.subs(pt) if not isinstance(q, list) else [r.subs(pt) for r in q] for q in net(P)]
_, _, _, Lsym = net(P)
grad = {q: sp.diff(Lsym, q).subs(pt) for q in P}
L.step(a[0] == R("0.3") * R("1.0") - R("0.1") * R("2.0") - R("0.2")); L.step(a[0] == R("-0.1"))
L.step(a[1] == R("0.2") * R("1.0") + R("0.4") * R("2.0") - R("0.2")); L.step(a[1] == R("0.8"))
L.step(True, note="h1 = tanh(-0.1)"); L.step(rounds("-0.0997", h[0])); L.step(True); L.step(rounds("0.6640", h[1]))
L.step(substituted(yh, lambda p, q: p - R("0.5") * q, "~-0.0997", "~0.6640")); L.step(rounds("0.3320", R("0.5") * R("0.6640"))); L.step(R("-0.0997") - R("0.3320") == R("-0.4317"))
L.step(substituted(Lv, lambda q: (q - R("0.5")) ** 2 / 2, "~-0.4317")); L.step(rounds("0.8681", (R("-0.4317") - R("0.5")) ** 2)); L.step(rounds("0.4340", R("0.8681") / 2, Lv))
e = yh - y
L.define(note="e"); L.step(rounds("-0.9317", e, R("-0.4317") - R("0.5")))
L.step(zero(grad[P[5]] - e * h[0]) and zero(grad[P[6]] - e * h[1]))
L.step(rounds("0.0929", e * h[0], R("-0.9317") * R("-0.0997")) and rounds("-0.6186", e * h[1], R("-0.9317") * R("0.6640")))
d = [e * v[j] * (1 - h[j] ** 2) for j in range(2)]
L.define(note="delta_j")
L.step(rounds("0.9901", 1 - h[0] ** 2, 1 - R("0.0099"))); L.step(rounds("0.5591", 1 - h[1] ** 2, 1 - R("0.4409")))
L.step(substituted(d[0], lambda p, q: p * R("1.0") * q, "~-0.9317", "~0.9901")); L.step(rounds("0.9225", R("-0.9317") * R("0.9901"), d[0]), note="-0.9225")
L.step(rounds("-0.9225", R("-0.9317") * R("0.9901"), d[0]))
L.step(substituted(d[1], lambda p, q: p * R("-0.5") * q, "~-0.9317", "~0.5591")); L.step(rounds("0.2605", R("-0.9317") * R("-0.5") * R("0.5591"), d[1]))
dLdb = grad[P[4]]
L.step(zero(dLdb - d[0] - d[1]))
L.step(substituted(dLdb, lambda p, q: p + q, "~0.9225", "~0.2605"), carried=True); L.step(R("0.9225") + R("0.2605") == R("1.1830"))
L.step(substituted(dLdb, lambda p, q: p + q, "~-0.9225", "~0.2605")); L.step(R("-0.9225") + R("0.2605") == R("-0.6620"))
gx = [grad[P[7]], grad[P[8]]]
L.step(all(zero(gx[i] - (W[0][i] * d[0] + W[1][i] * d[1])) for i in range(2)))
L.step(substituted(gx[0], lambda p, q: R("0.3") * p + R("0.2") * q, "~0.9225", "~0.2605") and substituted(gx[1], lambda p, q: R("-0.1") * p + R("0.4") * q, "~0.9225", "~0.2605"), carried=True)
L.step(rounds("0.3289", R("0.3") * R("0.9225") + R("0.2") * R("0.2605")) and rounds("0.0119", R("-0.1") * R("0.9225") + R("0.4") * R("0.2605")))
L.step(rounds("-0.9225", d[0], R("-0.9317") * R("0.9901")))
L.step(rounds("-0.2246", gx[0], R("0.3") * R("-0.9225") + R("0.2") * R("0.2605")) and rounds("0.1964", gx[1], R("-0.1") * R("-0.9225") + R("0.4") * R("0.2605")))
bnew = b0 - eta * dLdb
L.step(substituted(bnew, lambda q: R("-0.2") - R("0.1") * q, "~1.1830"), carried=True); L.step(rounds("-0.3183", R("-0.2") - R("0.1") * R("1.1830")))
L.step(substituted(bnew, lambda q: R("-0.2") - R("0.1") * q, "~-0.6620")); L.step(rounds("-0.1338", R("-0.2") - R("0.1") * R("-0.6620"), bnew))

# ---- Problem 3
A = sp.Matrix([[3, 1], [1, 2]]); c = sp.Matrix([1, 1])
w1_, w2_ = sp.symbols("W1 W2", real=True); wv = sp.Matrix([w1_, w2_])
f = (wv.T * A * wv / 2 - c.T * wv)[0]
L.define(5, "f, A, c, w0, eta")
gradf = sp.Matrix([sp.diff(f, q) for q in (w1_, w2_)])
L.step(sp.simplify(gradf - (A * wv - c)) == sp.zeros(2, 1)); L.step(sp.hessian(f, (w1_, w2_)) == A)
g0 = gradf.subs({w1_: 0, w2_: 0})
L.step(g0 == sp.Matrix([-1, -1])); L.define(note="w1 rule")
w1v = sp.zeros(2, 1) - R("0.2") * g0
L.step(w1v == sp.Matrix([R("0.2"), R("0.2")]))
fw1 = f.subs({w1_: w1v[0], w2_: w1v[1]})
L.step((w1v.T * A * w1v)[0] == R("0.28") and (c.T * w1v)[0] == R("0.4")); L.step(fw1 == R("-0.26"))
L.step(A.det() == 3 * 2 - 1 * 1); L.step(A.det() == 5)
L.step(A.inv() == sp.Matrix([[2, 1], [1, 3]]) / 5, note="-1 off the diagonal"); L.step(A.inv() == sp.Matrix([[2, -1], [-1, 3]]) / 5)
wN = sp.zeros(2, 1) - A.inv() * g0
Awrong = sp.Matrix([[2, 1], [1, 3]]) / 5
L.define(note="w_N rule"); L.step(wN == A.inv() * c)
L.step(wN == sp.Matrix([R("0.6"), R("0.8")]), carried=(Awrong * c == sp.Matrix([R("0.6"), R("0.8")])))
L.step(wN == A.inv() * c); L.step(wN == sp.Matrix([R("0.2"), R("0.4")]))
fN = f.subs({w1_: wN[0], w2_: wN[1]})
ww = sp.Matrix([R("0.6"), R("0.8")])
L.step(fN == (ww.T * A * ww)[0] / 2 - (c.T * ww)[0], carried=((ww.T * A * ww)[0] == R("3.32") and (c.T * ww)[0] == R("1.4")))
L.step(R("3.32") / 2 - R("1.4") == R("0.26"))
L.step(A * wN == c); L.step(gradf.subs({w1_: wN[0], w2_: wN[1]}) == sp.zeros(2, 1)); L.step(fN == -(c.T * wN)[0] / 2); L.step(fN == R("-0.3"))

# ---- Problem 4
th = sp.symbols("theta", positive=True)
L.define(2, "k, n")
ker = th ** 7 * (1 - th) ** 3 * th ** 2 * (1 - th) ** 2
L.step(True, note="likelihood x Beta(3, 3) kernel")
L.step(same(ker, th ** 9 * (1 - th) ** 6, [th]), note="(1 - theta)^5"); L.step(3 + 2 == 5); L.step(same(ker, th ** 9 * (1 - th) ** 5, [th]))
mode = sp.solve(sp.diff(sp.log(ker), th), th)[0]
L.step(mode == sp.Rational(9, 9 + 6), carried=sp.solve(sp.diff(sp.log(th ** 9 * (1 - th) ** 6), th), th)[0] == sp.Rational(9, 15))
L.step(sp.Rational(9, 15) == R("0.6")); L.step(mode == sp.Rational(9, 9 + 5)); L.step(rounds("0.6429", sp.Rational(9, 14)))
pm = sp.integrate(th * ker, (th, 0, 1)) / sp.integrate(ker, (th, 0, 1))
L.step(pm == sp.Rational(10, 10 + 7), carried=True); L.step(rounds("0.5882", sp.Rational(10, 17)))
L.step(pm == sp.Rational(10, 16)); L.step(sp.Rational(10, 16) == R("0.625"))
L.step(sp.Rational(7, 10) == sp.Rational(7, 10)); L.step(sp.Rational(7, 10) == R("0.7"))
# -(1/n) ln posterior with the true kernel (the 1/B normaliser is the constant)
nlp = -sp.log(ker) / 10
L.step(sp.simplify(sp.diff(nlp - (-R("0.7") * sp.log(th) - R("0.3") * sp.log(1 - th) - R("0.2") * sp.log(th) - R("0.2") * sp.log(1 - th)), th)) == 0)
pen = -R("0.2") * sp.log(th) - R("0.2") * sp.log(1 - th)
L.step(sp.solve(sp.diff(pen, th), th) == [sp.Rational(1, 2)])
obj = -R("0.9") * sp.log(th) - R("0.5") * sp.log(1 - th)
L.step(same(sp.diff(obj, th), -R("0.9") / th + R("0.5") / (1 - th), [th]))
L.step(sp.solve(sp.diff(obj, th), th) == [R("0.9") / R("1.4")]); L.step(rounds("0.6429", R("0.9") / R("1.4")))

# ---- Problem 5
xs = [R("2.1"), R("3.4"), R("1.8"), R("2.7")]; n = 4
L.define(2, "data, n")
xbar = sum(xs) / n
mu, s2 = sp.symbols("mu s2", positive=True)
ell = sum(-sp.log(2 * sp.pi * s2) / 2 - (xi - mu) ** 2 / (2 * s2) for xi in xs)
sol = sp.solve([sp.diff(ell, mu), sp.diff(ell, s2)], [mu, s2], dict=True)[0]
L.step(sol[mu] == xbar); L.step(sum(xs) == R("10.0")); L.step(xbar == R("2.5"))
ss = sum((xi - xbar) ** 2 for xi in xs)
L.step([(xi - xbar) ** 2 for xi in xs] == [R("0.16"), R("0.81"), R("0.49"), R("0.04")]); L.step(ss == R("1.50"))
L.step(sol[s2] == ss / (n - 1), note="/n"); L.step(ss / (n - 1) == R("1.50") / 3); L.step(R("1.50") / 3 == R("0.5"))
L.step(sol[s2] == R("1.50") / 4); L.step(sol[s2] == R("0.375"))
L.step(sp.sqrt(sol[s2]) == sp.sqrt(R("0.5")), carried=True); L.step(rounds("0.7071", sp.sqrt(R("0.5"))))
L.step(rounds("0.6124", sp.sqrt(R("0.375"))))
Z = [st.Normal(f"Z{i}", 1, 3) for i in range(n)]
zb = sum(Z) / n
L.step(True, note="definition of xbar"); L.step(sp.simplify(st.variance(zb) - sum(st.variance(z) for z in Z) / n) == 0, note="1/n^2")
L.step(sp.simplify(sum(st.variance(z) for z in Z) / n - 9) == 0)
L.step(sp.simplify(st.variance(zb) - sum(st.variance(z) for z in Z) / n ** 2) == 0); L.step(sp.simplify(sum(st.variance(z) for z in Z) / n ** 2 - sp.Rational(9, n)) == 0)
s2u = ss / (n - 1)
L.step(sp.sqrt(s2u) == sp.sqrt(s2u / n), carried=True, note="se(xbar) = sqrt(s^2/n); sqrt(s^2) follows the Var slip")
L.step(s2u == R("0.5")); L.step(rounds("0.7071", sp.sqrt(R("0.5"))))
L.step(True, note="se = sqrt(s^2/n)"); L.step(s2u / n == R("0.5") / 4); L.step(rounds("0.3536", sp.sqrt(R("0.5") / 4)))
mle_s2 = sum((z - zb) ** 2 for z in Z) / n
L.step(sp.simplify(st.E(mle_s2) - sp.Rational(n - 1, n) * 9) == 0); L.step(sp.simplify(st.E(mle_s2) - 9 - (-sp.Rational(9, n))) == 0)
lmax = ell.subs(sol)
L.step(zero(lmax - (-sp.Rational(n, 2) * (sp.log(2 * sp.pi * sol[s2]) + 1))))
L.step(zero(lmax - (-2 * (sp.log(2 * sp.pi * R("0.5")) + 1))), carried=True)
L.step(substituted(-2 * (sp.log(2 * sp.pi * R("0.5")) + 1), lambda q: -2 * (q + 1), "~1.1447") and rounds("1.1447", sp.log(sp.pi)))
L.step(R("-2") * (R("1.1447") + 1) == R("-4.2894"))
L.step(substituted(lmax, lambda q: -2 * (q + 1), "~0.8570") and rounds("0.8570", sp.log(2 * sp.pi * R("0.375"))))
L.step(rounds("-3.7141", lmax, -2 * (R("0.8570") + 1)))
# ---- Problem 6
L.define(note="s")
z_, h_ = sp.symbols("z h", real=True)
L.step(sp.limit(sp.tanh(z_) / z_, z_, 0) == 1); L.step(sp.limit(sp.log(z_) / z_, z_, sp.oo) == 0)
nn = sp.symbols("nn", positive=True)
L.step(sp.limit((1 + R("0.5") / nn) ** nn, nn, sp.oo) == sp.exp(R("0.5"))); L.step(rounds("1.6487", sp.exp(R("0.5"))))
lim = sp.limit((sp.tanh(1 + h_) - sp.tanh(1)) / h_, h_, 0)
L.step(zero(lim - (1 - sp.tanh(1) ** 2))); L.step(rounds("0.4200", lim))
KL = R("0.7") * sp.log(R("0.7") / R("0.5")) + R("0.3") * sp.log(R("0.3") / R("0.5"))
L.step(zero(KL - (R("0.7") * sp.log(R("1.4")) + R("0.3") * sp.log(R("0.6")))))
L.step(substituted(KL, lambda p, q: R("0.7") * p + R("0.3") * q, "~0.3365", "~-0.5108") and rounds("0.3365", sp.log(R("1.4"))) and rounds("-0.5108", sp.log(R("0.6"))))
L.step(rounds("0.2355", R("0.7") * R("0.3365"), R("0.7") * sp.log(R("1.4"))) and rounds("-0.1532", R("0.3") * R("-0.5108")))
L.step(rounds("0.0823", R("0.2355") - R("0.1532"), KL))
sv = [0, sp.log(3)]
p = [sp.exp(q) / sum(sp.exp(r) for r in sv) for q in sv]
L.step([sp.simplify(q) for q in p] == [sp.Rational(1, 1 + 3), sp.Rational(3, 1 + 3)]); L.step([sp.Rational(1, 4), sp.Rational(3, 4)] == [R("0.25"), R("0.75")])
CE = -sp.log(p[0])
L.step(zero(CE + sp.log(R("0.25")))); L.step(rounds("1.3863", CE))
S1, S2 = sp.symbols("S1 S2", real=True)
CEs = -S1 + sp.log(sp.exp(S1) + sp.exp(S2))
gs = [sp.diff(CEs, q).subs({S1: sv[0], S2: sv[1]}) for q in (S1, S2)]
L.step(all(zero(gs[i] - (p[i] - [1, 0][i])) for i in range(2))); L.step(all(zero(gs[i] - [R("-0.75"), R("0.75")][i]) for i in range(2)))
L.done()
