"""Labels for proofreading_checklist_beta_binomial_map_mse.tex: a second reader's proof-reading checklist
for a textbook chapter (draft quoted, ticks and corrections): Beta(3, 2) prior, 7 heads in 10, posterior by
`\\propto`, mean (and as a weighted average), mode by calculus, variance, then MAP for regression through
the origin as MSE + lambda w^2 (sufficient statistics, gradient, closed form) and two gradient steps."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch25/proofreading_checklist_beta_binomial_map_mse.tex")
a, b, k, n = 3, 2, 7, 10
th = sp.symbols("theta", positive=True)
L.define(4, "a, b, k, n")
L.step(sp.Rational(a, a + b) == sp.Rational(3, 5)); L.step(sp.Rational(3, 5) == R("0.6"))
# posterior
lik, prior = th ** k * (1 - th) ** (n - k), th ** (a - 1) * (1 - th) ** (b - 1)
L.step(True, note="Bayes"); L.step(same(lik * prior, th ** 7 * (1 - th) ** 3 * th ** 2 * (1 - th))); L.step(same(lik * prior, th ** 9 * (1 - th) ** 4))
A, B = a + k, b + n - k
L.define(); L.step(A == 10); L.define(); L.step(B == 5)
post = sp.Integral(0, (th, 0, 1))  # placeholder not used
mean = sp.Rational(A, A + B)
L.step(True, note="Beta mean a'/(a'+b')"); L.step(mean == sp.Rational(10, 15)); L.step(rounds("0.6667", mean))
w = sp.Rational(a + b, a + b + n) * sp.Rational(a, a + b) + sp.Rational(n, a + b + n) * sp.Rational(k, n)
L.step(w == mean); L.step(substituted(w, lambda p, q: sp.Rational(5, 15) * p + sp.Rational(10, 15) * q, "0.6", "0.7"))
L.step(sp.Rational(5, 15) * R("0.6") == R("0.2") and rounds("0.4667", sp.Rational(10, 15) * R("0.7")))
L.step(rounds("0.6667", R("0.2") + R("0.4667")))
L.step(sp.Rational(k, n) == R("0.7")); L.step(R("0.6") < R("0.6667")); L.step(R("0.6667") < R("0.7"))
# mode
ell = (A - 1) * sp.log(th) + (B - 1) * sp.log(1 - th)
L.define(note="ell")
L.step(True, note="log Beta(10,5) density = 9 log th + 4 log(1-th) + const")
d1 = sp.diff(ell, th)
L.step(same(d1, 9 / th - 4 / (1 - th), [th]) if False else sp.simplify(d1 - (9 / th - 4 / (1 - th))) == 0)
d2 = sp.diff(ell, th, 2)
L.step(sp.simplify(d2 - (-9 / th ** 2 - 4 / (1 - th) ** 2)) == 0); L.step(True, note="negative on (0, 1)")
L.define(note="ell' = 0")
mode = sp.solve(d1, th)[0]
L.step(mode == sp.Rational(9, 13)); L.step(rounds("0.6923", mode))
kk, nn, aa, bb = sp.symbols("k n a b", positive=True)
gmode = sp.solve(sp.diff((kk + aa - 1) * sp.log(th) + (nn - kk + bb - 1) * sp.log(1 - th), th), th)[0]
L.step(same(gmode, (kk + aa - 1) / (nn + aa + bb - 1)), note="-2 in the denominator")
L.step(sp.Rational(7 + 3 - 1, 10 + 3 + 2 - 1) == sp.Rational(9, 14)); L.step(rounds("0.6429", sp.Rational(9, 14)))
L.step(mode < mean, note="mode is above the mean")
L.step(mode > mean); L.step(R("0.6923") - R("0.6667") == R("0.0256") and rounds("0.0256", mode - mean))
# variance
var = sp.Rational(A * B, (A + B) ** 2 * (A + B + 1))
L.step(True, note="Beta variance formula")
L.step(var == sp.Rational(10 * 5, 15 ** 2 * 15), note="+1 -> 16")
L.step(sp.Rational(50, 15 ** 3) == sp.Rational(50, 3375)); L.step(rounds("0.0148", sp.Rational(50, 3375)))
L.step(rounds("0.0148", var), carried=True); L.step(rounds("0.1217", sp.sqrt(R("0.0148"))))
L.step(rounds("0.2434", 2 * sp.sqrt(var)), carried=rounds("0.2434", 2 * R("0.1217")))
L.step(A + B + 1 == 16)
L.step(var == sp.Rational(50, 225 * 16)); L.step(sp.Rational(50, 3600) == sp.Rational(50, 225 * 16)); L.step(rounds("0.0139", var))
L.step(rounds("0.1179", sp.sqrt(R("0.0139"))))
L.step(rounds("0.2358", 2 * R("0.1179")))
# MAP as regularised MSE
wv = sp.symbols("w", real=True)
xs, ys = [1, 2, 2], [1, 3, 2]
s2, t2, N = 1, R("0.5"), 3
L.define(5, "model, sigma^2, tau^2, x, y"); L.step(len(xs) == 3)
negpost = sum((y - wv * x) ** 2 for x, y in zip(xs, ys)) / (2 * s2) + wv ** 2 / (2 * t2)
L.step(True, note="Gaussian -log lik + -log prior")
mse = sum((y - wv * x) ** 2 for x, y in zip(xs, ys)) / N
lam = s2 / (N * t2)
L.step(same(negpost, sp.Rational(N, 2 * s2) * (mse + lam * wv ** 2), [wv], positive=False))
L.define(2, "MSE, lambda"); L.step(lam == 1 / R("1.5")); L.step(rounds("0.6667", lam))
Sxy, Sxx = sum(x * y for x, y in zip(xs, ys)), sum(x * x for x in xs)
L.step(Sxy == 11); L.step(Sxx == 9); L.define(note="J")
J = mse + lam * wv ** 2
dJ = sp.diff(J, wv)
L.step(same(dJ, -sp.Rational(2, N) * sum(x * (y - wv * x) for x, y in zip(xs, ys)) + lam * wv, [wv], positive=False), note="2 lambda w")
dJw = -sp.Rational(2, 3) * (11 - 9 * wv) + lam * wv        # the writer's J'
L.step(same(dJw, -sp.Rational(2, 3) * (11 - 9 * wv) + R("0.6667") * wv, [wv], positive=False)
       or substituted(dJw.subs(wv, 1), lambda c: -sp.Rational(2, 3) * 2 + c, "~0.6667"))
L.step(substituted(sp.Rational(-22, 3), lambda c: c, "~-7.3333") and rounds("6.6667", 6 + R("0.6667")))
L.define(note="J' = 0")
wmap = sp.solve(dJ, wv)[0]
wwr = sp.solve(dJw, wv)[0]
L.step(wmap == R("7.3333") / R("6.6667"), carried=rounds("1.1", wwr)); L.step(rounds("1.1", R("7.3333") / R("6.6667")))
L.step(rounds("1.2222", sp.Rational(11, 9)))
L.step(rounds("0.9", wmap / sp.Rational(11, 9)), carried=rounds("0.9", wwr / sp.Rational(11, 9)))
L.step(rounds("0.9", R("1.1") / R("1.2222")))
L.step(substituted(dJ.subs(wv, 1), lambda p, q: p + 6 + q, "~-7.3333", "~1.3333"))
L.step(same(dJ, sp.Rational(-22, 3) + sp.Rational(22, 3) * wv, [wv], positive=False))
L.step(wmap == 1); L.step(wmap == sp.Rational(Sxy, 1) / (Sxx + sp.Rational(s2) / t2)); L.step(sp.Rational(11, 9 + 2) == wmap)
L.step(rounds("0.8182", sp.Rational(9, 11)))
L.define(note="w = 1")
L.step(mse.subs(wv, 1) == sp.Rational(1, 3)); L.step(rounds("0.3333", sp.Rational(1, 3)))
L.step(substituted(J.subs(wv, 1), lambda p, q: p + q, "~0.3333", "~0.6667")); L.step(R("0.3333") + R("0.6667") == 1)
L.define(note="w = 11/9")
L.step(mse.subs(wv, sp.Rational(11, 9)) == sp.Rational(45, 243)); L.step(rounds("0.1852", sp.Rational(45, 243)))
L.step(substituted(J.subs(wv, sp.Rational(11, 9)), lambda p, q, r: p + q * r, "~0.1852", "~0.6667", "~1.4938"))
L.step(rounds("1.1810", J.subs(wv, sp.Rational(11, 9)), R("0.1852") + R("0.6667") * R("1.4938")), note="1.1811")
L.done()
