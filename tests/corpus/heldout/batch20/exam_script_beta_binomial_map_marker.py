"""Labels for exam_script_beta_binomial_map_marker.tex: a typed-up midterm script with the marker's comments:
Beta(2, 3) prior, 8 of 12, posterior Beta(10, 7); the mode with denominator alpha + beta - 1 (carried into
9/16); the variance given as the standard deviation (carried into the interval); predictive of two
successes; a sequential update with 12/23 miscopied; MAP as ridge with lambda = tau^2/sigma^2 inverted
(carried into w_MAP); a dropped 2 in the ridge derivative; 0.5882^2 miscomputed."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch20/exam_script_beta_binomial_map_marker.tex")
th = sp.symbols("theta", positive=True)
a, b, n, k = 2, 3, 12, 8
L.define(4, "a, b, n, k")
lik_prior = th ** k * (1 - th) ** (n - k) * th ** (a - 1) * (1 - th) ** (b - 1)
post = th ** (k + a - 1) * (1 - th) ** (n - k + b - 1)
L.step(sp.simplify(lik_prior / post) == 1, note="propto")
L.step(same(lik_prior, post, [th]))
L.step(same(post, th ** 9 * (1 - th) ** 6, [th]))
al, be = a + k, b + n - k
L.define(2, "alpha, beta")
mean = sp.Rational(al, al + be)
Z = sp.integrate(post, (th, 0, 1))
L.step(sp.integrate(th * post, (th, 0, 1)) / Z == sp.Rational(al, al + be), note="mean formula"); L.step(mean == sp.Rational(10, 17)); L.step(rounds("0.5882", mean))
logp = 9 * sp.log(th) + 6 * sp.log(1 - th)
L.step(same(sp.diff(logp, th), 9 / th - 6 / (1 - th), [th]))
L.define(note="set to zero")
mode = sp.Rational(al - 1, al + be - 2)
wrong_mode = sp.Rational(a + k - 1, a + b + n - 1)
L.step(mode == wrong_mode, note="-1 for -2")
L.step(mode == sp.Rational(9, 16), carried=wrong_mode == sp.Rational(9, 16))
L.step(sp.Rational(9, 16) == R("0.5625"))
mle = sp.Rational(k, n)
L.step(sp.solve(sp.diff(k * sp.log(th) + (n - k) * sp.log(1 - th), th), th) == [mle], note="MLE k/n"); L.step(mle == sp.Rational(8, 12)); L.step(rounds("0.6667", mle))
L.step(mode < mean, carried=R("0.5625") < R("0.5882")); L.step(R("0.5882") < R("0.6667"))
L.define(note="9(1 - theta) = 6 theta")
L.step(mode == sp.Rational(9, 15)); L.step(sp.Rational(9, 15) == R("0.6"))
var = sp.Rational(al * be, (al + be) ** 2 * (al + be + 1))
L.step(sp.integrate(th ** 2 * post, (th, 0, 1)) / Z - mean ** 2 == var, note="Beta variance formula")
L.step(var == sp.Rational(10 * 7, 17 ** 2 * 18)); L.step(sp.Rational(70, 5202) == sp.Rational(10 * 7, 17 ** 2 * 18))
L.step(rounds("0.0135", var))
sd = sp.sqrt(var)
L.step(rounds("0.0135", sd), note="variance as sd")
L.step(substituted(mean - 2 * sd, lambda m, s: m - 2 * s, "~0.5882", "~0.0135"), carried=substituted(mean - 2 * var, lambda m, s: m - 2 * s, "~0.5882", "~0.0135"))
L.step(R("0.5882") - 2 * R("0.0135") == R("0.5612"))
L.step(substituted(mean + 2 * sd, lambda m, s: m + 2 * s, "~0.5882", "~0.0135"), carried=substituted(mean + 2 * var, lambda m, s: m + 2 * s, "~0.5882", "~0.0135"))
L.step(R("0.5882") + 2 * R("0.0135") == R("0.6152"))
L.step(rounds("0.1162", sp.sqrt(R("0.0135")))); L.step(rounds("0.1160", sd))
m2 = sp.Rational(al * (al + 1), (al + be) * (al + be + 1))
L.step(sp.integrate(th ** 2 * post, (th, 0, 1)) / sp.integrate(post, (th, 0, 1)) == m2)
L.step(m2 == sp.Rational(10 * 11, 17 * 18)); L.step(sp.Rational(110, 306) == m2); L.step(rounds("0.3595", m2))
L.step(rounds("0.3469", R("0.5882") ** 2, mean ** 2), note="0.3460"); L.step(m2 == var + mean ** 2, note="E[t^2] = Var + E^2")
L.step(sp.Rational(a, a + b) == sp.Rational(2, 5)); L.step(sp.Rational(2, 5) == R("0.4"))
L.step(substituted(mean, lambda p, m: sp.Rational(5, 17) * p + sp.Rational(12, 17) * m, "0.4", "~0.6667"))
L.define(note="m = 8")
a2, b2 = al + 3, be + 5
L.step(sp.Rational(a2, a2 + b2) == sp.Rational(13, 25)); L.step(sp.Rational(13, 25) == R("0.52"))
mode2 = sp.Rational(a2 - 1, a2 + b2 - 2)
L.step(mode2 == sp.Rational(12, 23)); L.step(rounds("0.5127", mode2), note="0.5217")
L.step(rounds("0.5217", mode2))
# Question 2
w, s2, t2 = sp.symbols("w sigma2 tau2", positive=True)
xs, ys = [1, 2, 3], [2, 3, 7]
L.define(); L.define(4, "x, y, sigma^2, tau^2")
sse = sum((yy - w * xx) ** 2 for xx, yy in zip(xs, ys))
nlp = sse / (2 * s2) + w ** 2 / (2 * t2)
logpost = sum(-(yy - w * xx) ** 2 / (2 * s2) for xx, yy in zip(xs, ys)) - w ** 2 / (2 * t2)   # log N(y | w x, s2) + log N(w | 0, t2), up to constants
L.step(same(sp.diff(-logpost, w), sp.diff(nlp, w)), note="-log posterior up to a constant")
L.step(same(2 * s2 * nlp, sse + t2 / s2 * w ** 2), note="sigma^2/tau^2")
L.define(note="lambda = tau^2/sigma^2"); L.step(sp.Rational(1, 2) / 1 == R("0.5"))
lam = sp.symbols("lambda", positive=True)
L.step(same(sp.diff(sse + lam * w ** 2, w), -2 * sum(xx * (yy - w * xx) for xx, yy in zip(xs, ys)) + lam * w), note='dropped 2')
sxy, sxx = sum(x * y for x, y in zip(xs, ys)), sum(x * x for x in xs)
L.step(sxy == 2 + 6 + 21); L.step(sxy == 29); L.step(sxx == 1 + 4 + 9); L.step(sxx == 14)
lam_true = sp.Integer(1) / sp.Rational(1, 2)
wmap = sp.solve(sp.diff(sse + lam_true * w ** 2, w), w)[0]
lam_w = t2 / s2      # the writer's lambda = tau^2 / sigma^2
L.step(wmap == sp.Rational(29, 1) / (14 + R("0.5")), carried=sp.solve(sp.diff(sse + lam_w.subs({t2: sp.Rational(1, 2), s2: 1}) * w ** 2, w), w)[0] == 29 / (14 + R("0.5")))
L.step(14 + R("0.5") == R("14.5")); L.step(29 / R("14.5") == 2)
wols = sp.Rational(sxy, sxx)
L.step(wols == sp.Rational(29, 14)); L.step(rounds("2.0714", wols))
L.step(lam_true == 1 / sp.Rational(1, 2)); L.step(lam_true == 2)
L.step(wmap == sp.Rational(29, 16)); L.step(wmap == R("1.8125"))
L.step(sp.Rational(14, 16) == R("0.875")); L.step(rounds("1.8125", R("0.875") * R("2.0714")))
L.done()
