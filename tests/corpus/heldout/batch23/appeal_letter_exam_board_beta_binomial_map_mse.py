"""Labels for appeal_letter_exam_board_beta_binomial_map_mse.tex: a candidate's appeal to an exam board,
reproducing an answer on a Beta(2, 4) prior with 9 successes in 12 (posterior, mean as a weighted average,
mode, variance) and on MAP for a one-slope Gaussian model as MSE + lambda w^2; the module leader's reply.
Slips: the variance's (alpha' + beta' + 1) evaluated as 17 (carried into sigma_theta and the band); the
normal equation with lambda for n*lambda (carried into the prediction); the posterior sd of w given as the
variance (power -1 for -1/2); the reply's 5 * 0.6111 = 3.0565."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch23/appeal_letter_exam_board_beta_binomial_map_mse.tex")
a, b, k, n = 2, 4, 9, 12
L.define(4, "a, b, k, n")
th = sp.symbols("theta", positive=True)
kk, nn, aa, bb = sp.symbols("k n a b", positive=True)
lik_prior = th ** kk * (1 - th) ** (nn - kk) * th ** (aa - 1) * (1 - th) ** (bb - 1)
L.step(True, note="posterior propto likelihood x prior (Bayes)")
L.step(same(lik_prior, th ** (kk + aa - 1) * (1 - th) ** (nn - kk + bb - 1), [th, kk, nn, aa, bb]))
L.step(same(lik_prior.subs({kk: k, nn: n, aa: a, bb: b}), th ** 10 * (1 - th) ** 6, [th]))
A, B = k + a, n - k + b
L.step(A == k + a); L.step(k + a == 11); L.step(B == n - k + b); L.step(n - k + b == 7)
mean = sp.Rational(A, A + B)
L.step(True, note="Beta mean"); L.step(mean == sp.Rational(11, 18)); L.step(rounds("0.6111", mean))
L.step(rounds("0.3333", sp.Rational(a, a + b))); L.step(sp.Rational(k, n) == R("0.75"))
L.step(mean == sp.Rational(n, n + a + b) * sp.Rational(k, n) + sp.Rational(a + b, n + a + b) * sp.Rational(a, a + b))
L.step(substituted(mean, lambda p: sp.Rational(12, 18) * R("0.75") + sp.Rational(6, 18) * p, "~0.3333"))
L.step(rounds("0.5", sp.Rational(12, 18) * R("0.75")) and rounds("0.1111", sp.Rational(6, 18) * R("0.3333")))
L.step(rounds("0.6111", R("0.5") + R("0.1111")))
L.define(3, "ell, 0 < theta < 1")
ell = 10 * sp.log(th) + 6 * sp.log(1 - th)
L.step(same(sp.diff(ell, th), 10 / th - 6 / (1 - th), [th])); L.define(note="= 0")
mode = sp.solve(sp.diff(ell, th), th)[0]
L.step(mode == sp.Rational(10, 16)); L.step(sp.Rational(10, 16) == R("0.625"))
L.step(mode > mean)
var = sp.Rational(A * B, (A + B) ** 2 * (A + B + 1))
L.step(True, note="Beta variance formula")
L.step(var == sp.Rational(11 * 7, 18 ** 2 * 17), note="18^2 * 19")
L.step(sp.Rational(11 * 7, 18 ** 2 * 17) == sp.Rational(77, 5508)); L.step(rounds("0.0140", sp.Rational(77, 5508)))
sd = sp.sqrt(var)
L.step(rounds("0.0140", var), carried=True, note="sigma_theta = sqrt(0.0140)")
L.step(rounds("0.1183", sp.sqrt(R("0.0140"))))
L.step(rounds("0.8477", mean + 2 * sd), carried=rounds("0.8477", R("0.6111") + 2 * R("0.1183")))
# (b)
L.define(3, "model, sigma^2, tau^2"); L.define(3, "x, y, n")
xs, ys = [1, 2, 3], [R("1.1"), R("1.9"), R("3.3")]
w = sp.symbols("w", real=True)
s2, t2 = sp.Integer(1), R("0.5")
nlp = sum((y - w * x) ** 2 for x, y in zip(xs, ys)) / (2 * s2) + w ** 2 / (2 * t2)   # up to a constant
lam = s2 / (3 * t2)
Ws, Ts, Xs = sp.symbols("w s2 t2", positive=True)
L.step(True, note="-ln(Gaussian lik x Gaussian prior) up to a constant")
gen1 = sum((y - Ws * x) ** 2 for x, y in zip(xs, ys)) / (2 * Ts) + Ws ** 2 / (2 * Xs)
gen2 = 3 / (2 * Ts) * (sum((y - Ws * x) ** 2 for x, y in zip(xs, ys)) / 3 + Ts / (3 * Xs) * Ws ** 2)
L.step(same(gen1, gen2, [Ws, Ts, Xs])); L.define(note="lambda")
L.step(lam == 1 / (3 * R("0.5"))); L.step(rounds("0.6667", lam))
mse_pen = sum((y - w * x) ** 2 for x, y in zip(xs, ys)) / 3 + lam * w ** 2
L.step(same(sp.diff(mse_pen, w), -sp.Rational(2, 3) * sum(x * (y - w * x) for x, y in zip(xs, ys)) + 2 * lam * w, [w], positive=False))
sxy = sum(x * y for x, y in zip(xs, ys)); sxx = sum(x * x for x in xs)
L.step(sxy == R("1.1") + R("3.8") + R("9.9")); L.step(sxy == R("14.8")); L.step(sxx == 14)
wmap = sp.solve(sp.diff(nlp, w), w)[0]
wmle = sxy / sxx
L.step(wmap == sxy / (sxx + lam), note="n lambda")
L.step(substituted(sxy / (sxx + lam), lambda l: R("14.8") / (14 + l), "~0.6667"))
L.step(rounds("1.0091", R("14.8") / (14 + R("0.6667"))))
L.step(wmle == R("14.8") / 14); L.step(rounds("1.0571", wmle)); L.step(wmap < wmle)
L.define(note="x* = 4")
L.step(substituted(4 * wmap, lambda v: 4 * v, "~1.0091"), carried=substituted(4 * sxy / (sxx + lam), lambda v: 4 * v, "~1.0091"))
L.step(4 * R("1.0091") == R("4.0364"))
post_prec = sxx / s2 + 1 / t2
L.step(sp.sqrt(1 / post_prec) == 1 / post_prec, note="sd is the -1/2 power"); L.step(1 / post_prec == sp.Rational(1, 14 + 2)); L.step(sp.Rational(1, 16) == R("0.0625"))
L.step(R("0.0140") - R("0.0125") == R("0.0015"))
# reply
L.step(18 ** 2 * 19 == 6156); L.step(var == sp.Rational(77, 6156)); L.step(rounds("0.0125", var)); L.step(rounds("0.1118", sd))
L.step(rounds("0.8347", R("0.6111") + 2 * R("0.1118"), mean + 2 * sd))
L.define(2, "a = b = 1")
L.step(sp.Rational(k, n) == R("0.75"), note="flat-prior mode")
L.step(sp.Rational(k + 1, n + 2) == sp.Rational(10, 14)); L.step(rounds("0.7143", sp.Rational(10, 14)))
L.define(note="m = 5")
L.step(substituted(5 * mean, lambda v: 5 * v, "~0.6111"))
L.step(rounds("3.0565", 5 * R("0.6111"), 5 * mean), note="3.0556")
L.define(note="normal equation")
L.step(wmap == sxy / (sxx + 3 * lam)); L.step(same(sxy / (sxx + 3 * Ts / (3 * Xs)), sxy / (sxx + Ts / Xs), [Ts, Xs]))
L.step(sxy / (sxx + s2 / t2) == R("14.8") / 16); L.step(R("14.8") / 16 == R("0.925"))
L.step(4 * wmap == 4 * R("0.925")); L.step(4 * R("0.925") == R("3.7"))
L.step(wmap / wmle == sp.Rational(14, 16)); L.step(sp.Rational(14, 16) == R("0.875"))
L.step(s2 / t2 == 2)
L.done()
