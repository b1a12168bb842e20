"""Labels for forum_answer_map_ridge_beta.tex: a Q&A-site answer with its comment thread: MAP with a
Gaussian prior as squared error + lambda w^2 (lambda = sigma^2/tau^2, `\\argmin`, `\\propto`, the ridge
formula with `^\\top`), a 1-D number example, posterior precision, one gradient step with `\\gets`; the
Beta-Binomial posterior, MAP, mean, MLE and variance."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch29/forum_answer_map_ridge_beta.tex")
w, s2, t2, lam = sp.symbols("w sigma2 tau2 lambda", positive=True)
xs = [1, 2, 3]; ys = [R("1.2"), R("1.9"), R("3.2")]
L.define(note="model")
L.step(True, note="Bayes: posterior proportional to likelihood times prior")
# -log posterior, up to a constant in w: compare w-derivatives (symbolic data, 3 points)
X = sp.symbols("X1:4"); Y = sp.symbols("Y1:4")
nlp = sum((Y[i] - w * X[i]) ** 2 / (2 * s2) + sp.log(2 * sp.pi * s2) / 2 for i in range(3)) + w ** 2 / (2 * t2) + sp.log(2 * sp.pi * t2) / 2
claim = sum((Y[i] - w * X[i]) ** 2 for i in range(3)) / (2 * s2) + w ** 2 / (2 * t2)
L.step(same(sp.diff(nlp, w), sp.diff(claim, w), positive=False))
J = lambda lm: sum((Y[i] - w * X[i]) ** 2 for i in range(3)) + lm * w ** 2
L.step(sp.solve(sp.diff(claim, w), w)[0].equals(sp.solve(sp.diff(J(s2 / t2), w), w)[0]), note="argmin with lambda = s2/t2")
L.define(note="lambda = sigma^2/tau^2")
L.define(note="J")
Jw = J(lam)
L.step(same(sp.diff(Jw, w), 2 * sum(X[i] * (Y[i] - w * X[i]) for i in range(3)) + 2 * lam * w, positive=False), note="sign")
L.define(note="= 0")
Sxy = sum(X[i] * Y[i] for i in range(3)); Sxx = sum(X[i] ** 2 for i in range(3))
L.step(same(sp.solve(sp.diff(Jw, w), w)[0], Sxy / (Sxx + lam), positive=False))
L.step(same(sp.solve(sp.diff(J(0), w), w)[0], Sxy / Sxx, positive=False))
# ridge in d = 2 dimensions, numerically
Xm = sp.Matrix([[1, 2], [0, 1], [3, -1]]); yv = sp.Matrix([1, 2, -1]); lv = sp.Rational(3, 2)
wv = sp.Matrix(sp.symbols("w1 w2"))
obj = ((yv - Xm * wv).T * (yv - Xm * wv))[0] + lv * (wv.T * wv)[0]
sol = sp.solve([sp.diff(obj, c) for c in wv], list(wv))
L.step(True, note="MAP = argmin of penalised least squares (as in 1-D)")
L.step(sp.Matrix([sol[wv[0]], sol[wv[1]]]) == (Xm.T * Xm + lv * sp.eye(2)).inv() * Xm.T * yv)
# numbers
L.define(4, "data, sigma^2, tau^2")
sxx = sum(x ** 2 for x in xs); sxy = sum(x * y for x, y in zip(xs, ys))
L.step(sxx == 1 + 4 + 9); L.step(1 + 4 + 9 == 14)
L.step(sxy == R("1.2") + R("3.8") + R("9.6")); L.step(R("1.2") + R("3.8") + R("9.6") == R("14.6"))
s2v, t2v = R("0.5"), R("2")
lamv = s2v / t2v
L.step(lamv == 2 / R("0.5"), note="sigma^2/tau^2 = 0.25"); L.step(2 / R("0.5") == 4)
wmap = sxy / (sxx + lamv); wmle = sxy / sxx
L.step(wmap == R("14.6") / (14 + 4), carried=True); L.step(R("14.6") / (14 + 4) == R("14.6") / 18); L.step(rounds("0.8111", R("14.6") / 18))
L.step(wmle == R("14.6") / 14); L.step(rounds("1.0429", wmle))
L.step(R("0.8111") < R("1.0429") and wmap < wmle)
prec = sxx / s2v + 1 / t2v
L.step(prec == 28 + R("0.5")); L.step(28 + R("0.5") == R("28.5")); L.step(rounds("0.1873", 1 / sp.sqrt(R("28.5"))))
L.define(2, "w = 0, eta")
Jp0 = -2 * sxy                      # J'(0) = -2 sum x y + 0
L.step(Jp0 == -2 * R("14.6")); L.step(-2 * R("14.6") == R("-29.2"))
L.step(0 - R("0.01") * Jp0 == 0 - R("0.01") * R("-29.2")); L.step(0 - R("0.01") * R("-29.2") == R("0.0292"), note="0.292")
# coin
th, k, n, a, b = sp.symbols("theta k n a b", positive=True)
logpost = k * sp.log(th) + (n - k) * sp.log(1 - th) + (a - 1) * sp.log(th) + (b - 1) * sp.log(1 - th)
L.step(sp.simplify(sp.expand(logpost - ((k + a - 1) * sp.log(th) + (n - k + b - 1) * sp.log(1 - th)))) == 0)
mode = sp.solve(sp.diff(logpost, th), th)[0]
L.step(sp.simplify(mode - (k + a - 1) / (n + a + b - 2)) == 0)
L.define(4, "a = b = 3, n, k")
kv, nv, av, bv = 9, 12, 3, 3
al, be = av + kv, bv + nv - kv
modev = sp.Rational(kv + av - 1, nv + av + bv - 2)
L.step(modev == sp.Rational(9 + 2, 12 + 4)); L.step(sp.Rational(9 + 2, 12 + 4) == sp.Rational(11, 16)); L.step(sp.Rational(11, 16) == R("0.6875"))
L.step(sp.Rational(al, al + be) == sp.Rational(12, 18)); L.step(rounds("0.6667", sp.Rational(12, 18)))
L.step(sp.Rational(kv, nv) == sp.Rational(9, 12)); L.step(sp.Rational(9, 12) == R("0.75"))
L.define(2, "alpha, beta")
var = sp.Rational(al * be, (al + be) ** 2 * (al + be + 1))
L.step(var == sp.Rational(al * be, (al + be) ** 2 * (al + be - 1)), note="alpha + beta + 1")
L.step(sp.Rational(al * be, (al + be) ** 2 * (al + be - 1)) == sp.Rational(72, 324 * 17)); L.step(rounds("0.0131", sp.Rational(72, 324 * 17)))
L.step(substituted(sp.sqrt(var), lambda v: sp.sqrt(v), "~0.0131"), carried=True)
L.step(rounds("0.1145", sp.sqrt(R("0.0131"))))
L.define(2, "a = b = 1")
L.step(sp.simplify(mode.subs({a: 1, b: 1}) - (k + 1) / (n + 2)) == 0, note="k/n")
# comments
L.step(True, note="lambda = sigma^2/tau^2"); L.step(s2v / t2v == R("0.5") / 2); L.step(R("0.5") / 2 == R("0.25"))
L.step(wmap == R("14.6") / R("14.25")); L.step(rounds("1.0246", wmap))
L.step(R("1.0246") < R("1.0429"))
L.step(same(sp.diff(Jw, w), -2 * sum(X[i] * (Y[i] - w * X[i]) for i in range(3)) + 2 * lam * w, positive=False))
L.step(Jp0 == R("-29.2"))
pm = (sxy / s2v) / (sxx / s2v + 1 / t2v)
L.step(pm == R("29.2") / R("28.5") and pm == wmap); L.step(rounds("1.0246", R("29.2") / R("28.5")))
L.step(R("0.01") * R("29.2") == R("0.292"))
L.step(var == sp.Rational(72, 324 * 19)); L.step(sp.Rational(72, 324 * 19) == sp.Rational(72, 6156)); L.step(rounds("0.0117", var))
L.define(2, "a = b = 1")
L.step(sp.simplify(mode.subs({a: 1, b: 1}) - k / n) == 0)
L.done()
