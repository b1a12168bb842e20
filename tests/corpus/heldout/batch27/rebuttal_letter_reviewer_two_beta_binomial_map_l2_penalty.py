"""Labels for rebuttal_letter_reviewer_two_beta_binomial_map_l2_penalty.tex: an authors' response to a
referee (quoted comments in italics, answers with derivations): Beta(3, 5) prior, 7 clicks in 20, the
posterior Beta(10, 18) by `\\propto` in align*, mean/variance/second moment, the MAP from the log-posterior,
the posterior mean as a weighted average, MAP as an L2-penalised MSE (Gaussian prior on w), a 1-D ridge
example and a 2-feature ridge with bmatrix, and the binomial MLE/Fisher information. Slips: the quoted old
MAP (alpha - 1)/(alpha + beta); sum x_i y_i = 28 (for 29) carried into w_MAP and w_OLS; the 2x2 inverse
without the minus signs, carried into w-hat; the second derivative of the log-likelihood with a + sign."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch27/rebuttal_letter_reviewer_two_beta_binomial_map_l2_penalty.tex")
a, b, k, n = 3, 5, 7, 20
L.define(2, "a, b"); L.define(2, "k, n")
L.step(sp.Rational(a, a + b) == sp.Rational(3, 8)); L.step(R("0.375") == sp.Rational(3, 8))
L.step(sp.Rational(k, n) == sp.Rational(7, 20)); L.step(sp.Rational(7, 20) == R("0.35"))
th = sp.symbols("theta", positive=True)
A, B, K, N = sp.symbols("a b k n", positive=True)
lik = sp.binomial(N, K) * th ** K * (1 - th) ** (N - K)
prior = th ** (A - 1) * (1 - th) ** (B - 1) / sp.beta(A, B)
kern1 = th ** K * (1 - th) ** (N - K) * th ** (A - 1) * (1 - th) ** (B - 1)
kern2 = th ** (K + A - 1) * (1 - th) ** (N - K + B - 1)
L.step(True, note="Bayes: posterior propto likelihood times prior")
L.step(sp.simplify(sp.diff(sp.log(lik * prior) - sp.log(kern1), th)) == 0, note="constant ratio")
L.step(sp.simplify(sp.expand_power_base(kern1 / kern2, force=True)) == 1)
al, be = a + k, b + n - k
L.step((al, be) == (10, 18))
L.define(2, "alpha, beta")
mean = sp.Rational(al, al + be)
var = sp.Rational(al * be, (al + be) ** 2 * (al + be + 1))
L.step(True, note="Beta mean formula"); L.step(mean == sp.Rational(10, 28)); L.step(rounds("0.3571", mean))
Al, Be = sp.symbols("alpha beta", positive=True)
# Beta variance formula, checked at the numbers by integration
m1 = sp.integrate(th * th ** 9 * (1 - th) ** 17, (th, 0, 1)) / (sp.gamma(10) * sp.gamma(18) / sp.gamma(28))
m2 = sp.integrate(th ** 2 * th ** 9 * (1 - th) ** 17, (th, 0, 1)) / (sp.gamma(10) * sp.gamma(18) / sp.gamma(28))
assert m1 == mean
L.step(m2 - m1 ** 2 == var, note="variance formula")
L.step(var == sp.Rational(180, 784 * 29)); L.step(784 * 29 == 22736); L.step(rounds("0.0079", var))
L.step(rounds("0.0889", sp.sqrt(R("0.0079")), sp.sqrt(var), approx=True))
# weighted average
ww = (A + B) / (A + B + N) * A / (A + B) + N / (A + B + N) * K / N
L.step(same((A + K) / (A + B + N), ww))
L.step(substituted(mean, lambda p, q: sp.Rational(8, 28) * p + sp.Rational(20, 28) * q, "0.375", "0.35"))
L.step(substituted(mean, lambda u, v: u + v, "~0.1071", "~0.2500") and rounds("0.1071", sp.Rational(8, 28) * R("0.375")) and rounds("0.2500", sp.Rational(20, 28) * R("0.35")))
L.step(rounds("0.3571", R("0.1071") + R("0.2500")))
L.step(sp.Rational(n, a + b + n) == sp.Rational(20, 28)); L.step(rounds("0.7143", sp.Rational(20, 28)))
# MAP
logp = (al - 1) * sp.log(th) + (be - 1) * sp.log(1 - th)
mode = sp.solve(sp.diff(logp, th), th)[0]
L.step(mode == sp.Rational(al - 1, al + be), note="old line 212")
L.step(True, note="log Beta kernel + const")
lpS = (Al - 1) * sp.log(th) + (Be - 1) * sp.log(1 - th)
L.step(sp.simplify(sp.diff(lpS, th) - ((Al - 1) / th - (Be - 1) / (1 - th))) == 0)
L.define(note="= 0")
L.step(sp.simplify(sp.solve(sp.diff(lpS, th), th)[0] - (Al - 1) / (Al + Be - 2)) == 0)
L.step(mode == sp.Rational(9, 26)); L.step(rounds("0.3462", mode))
pm = sp.Rational(a - 1, a + b - 2)
L.step(pm == sp.Rational(2, 6) and rounds("0.3333", pm)); L.step(R("0.3333") < R("0.3462") and pm < mode); L.step(mode < R("0.35"))
diffS = Al / (Al + Be) - (Al - 1) / (Al + Be - 2)
L.step(sp.simplify(diffS - (Be - Al) / ((Al + Be) * (Al + Be - 2))) == 0)
L.step(mean - mode == sp.Rational(8, 728)); L.step(rounds("0.0110", sp.Rational(8, 728)))
L.step(m2 == sp.Rational(al * (al + 1), (al + be) * (al + be + 1))); L.step(m2 == sp.Rational(110, 812)); L.step(rounds("0.1355", m2))
L.step(substituted(m2 - mean ** 2, lambda u, v: u - v, "~0.1355", "~0.1276") and rounds("0.1276", mean ** 2))
L.step(rounds("0.0079", R("0.1355") - R("0.1276")))
L.step(rounds("0.1355", m2), note="P(two clicks) = E[theta^2]")
L.step(rounds("0.1276", mean ** 2))
# MAP as penalised MSE
w, s2, t2 = sp.symbols("w sigma2 tau2", positive=True)
xs, ys = sp.symbols("x1:4"), sp.symbols("y1:4")
L.define(note="model")
nll = sum(-sp.log(sp.exp(-(y - w * x) ** 2 / (2 * s2)) / sp.sqrt(2 * sp.pi * s2)) for x, y in zip(xs, ys)) \
    - sp.log(sp.exp(-w ** 2 / (2 * t2)) / sp.sqrt(2 * sp.pi * t2))
L.step(True, note="Bayes: -log posterior = -log lik - log prior + const")
step2 = sum((y - w * x) ** 2 for x, y in zip(xs, ys)) / (2 * s2) + w ** 2 / (2 * t2)
L.step(sp.simplify(sp.diff(sp.expand_log(nll, force=True) - step2, w)) == 0)
lam = s2 / t2
step3 = sp.Integer(3) / (2 * s2) * (sum((y - w * x) ** 2 for x, y in zip(xs, ys)) / 3 + lam / 3 * w ** 2)
L.step(sp.simplify(step3 - step2) == 0)
L.define(note="lambda")
L.step(True, note="positive multiple 2 sigma^2/n: same argmin")
pen = sum((y - w * x) ** 2 for x, y in zip(xs, ys)) + sp.Symbol("lam") * w ** 2
L.step(sp.simplify(sp.diff(pen, w) - (-2 * sum(x * (y - w * x) for x, y in zip(xs, ys)) + 2 * sp.Symbol("lam") * w)) == 0)
L.step(sp.simplify(sp.solve(sp.diff(pen, w), w)[0] - sum(x * y for x, y in zip(xs, ys)) / (sum(x ** 2 for x in xs) + sp.Symbol("lam"))) == 0)
X1, Y1 = [1, 2, 3], [2, 3, 7]
L.define(4, "x, y, sigma^2, tau^2")
lamv = sp.Integer(1) / R("0.5")
L.step(True, note="lambda = 1/0.5"); L.step(lamv == 2)
Sxy = sum(x * y for x, y in zip(X1, Y1)); Sxx = sum(x * x for x in X1)
L.step(Sxy == 2 + 6 + 21, note="terms right"); L.step(2 + 6 + 21 == 28)
L.step(Sxx == 1 + 4 + 9); L.step(1 + 4 + 9 == 14)
wmap, wols = sp.Rational(Sxy, Sxx + 2), sp.Rational(Sxy, Sxx)
L.step(wmap == sp.Rational(28, 16), carried=True); L.step(rounds("1.75", sp.Rational(28, 16)))
L.step(wols == sp.Rational(28, 14), carried=True); L.step(rounds("2.0", sp.Rational(28, 14)))
L.step(wmap / wols == sp.Rational(14, 16)); L.step(sp.Rational(14, 16) == R("0.875"))
# several features
X = sp.Matrix(3, 2, sp.symbols("X0:6")); yv = sp.Matrix(sp.symbols("v0:3")); wv = sp.Matrix(sp.symbols("w0:2"))
lm = sp.Symbol("lam")
loss = ((yv - X * wv).T * (yv - X * wv))[0] + lm * (wv.T * wv)[0]
grad = sp.Matrix([sp.diff(loss, q) for q in wv])
L.step(sp.simplify(grad - (-2 * X.T * (yv - X * wv) + 2 * lm * wv)) == sp.zeros(2, 1))
L.step(True, note="normal equations")
Xn = sp.Matrix([[1, 0], [0, 1], [1, 1]]); yn = sp.Matrix([1, 2, 3])
L.define(3, "X, y, lambda")
M = Xn.T * Xn + sp.eye(2)
L.step(Xn.T * Xn + sp.eye(2) == sp.Matrix([[2, 1], [1, 2]]) + sp.eye(2) and Xn.T * Xn == sp.Matrix([[2, 1], [1, 2]]))
L.step(M == sp.Matrix([[3, 1], [1, 3]])); L.step(Xn.T * yn == sp.Matrix([4, 5]))
Mw = sp.Matrix([[3, 1], [1, 3]]) / 8
L.step(M.inv() == Mw)
what = M.inv() * Xn.T * yn
L.step(what == Mw * sp.Matrix([4, 5]), carried=True); L.step(Mw * sp.Matrix([4, 5]) == sp.Matrix([R("2.125"), R("2.375")]))
L.step(M.det() == 3 * 3 - 1 * 1 == 8); L.define(note="lambda > 0")
# MLE
ll = K * sp.log(th) + (N - K) * sp.log(1 - th)
L.step(sp.simplify(sp.diff(ll, th) - (K / th - (N - K) / (1 - th))) == 0)
L.step(sp.solve(sp.diff(ll, th), th) == [K / N])
L.step(sp.simplify(sp.diff(ll, th, 2) - (-K / th ** 2 + (N - K) / (1 - th) ** 2)) == 0)
I = sp.simplify(-sp.diff(ll, th, 2).subs(K, N * th))
L.step(sp.simplify(I - N / (th * (1 - th))) == 0)
L.step(I.subs({N: 20, th: R("0.35")}) == 20 / R("0.2275") and R("0.35") * R("0.65") == R("0.2275"))
L.step(rounds("87.91", 20 / R("0.2275")))
L.step(rounds("0.1067", 1 / sp.sqrt(R("87.91")), 1 / sp.sqrt(I.subs({N: 20, th: R("0.35")}))))
L.done()
