"""Labels for lecture_capture_beta_binomial_map.tex: lecture-capture scribe notes (amsthm
proposition/proof/example/remark, timestamps): Beta-Binomial posterior first written with beta + N
(carried into the mean), corrected; mean, variance, weighted average; MLE and MAP; the MLE written
y/(N + 2) (carried into an ordering); MAP as ridge, a student's averaged loss with the unscaled lambda."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch7/lecture_capture_beta_binomial_map.tex")
th, a, b, N, y = sp.symbols("theta alpha beta N y", positive=True)
Rt = sp.Rational
L.define(note="alpha, beta > 0")
lik = th**y * (1 - th)**(N - y); prior = th**(a - 1) * (1 - th)**(b - 1)
L.step(True, note="Bayes: posterior propto likelihood times prior")
L.step(True, note="binomial coefficient and B(a,b) dropped: constants in theta")
L.step(same(lik * prior, th**(a + y - 1) * (1 - th)**(b + N - y - 1), [th, a, b, N, y]))
al, be, yy, NN = 2, 2, 7, 10
L.define(4, "alpha = beta = 2, y, N")
A, B = al + yy, be + NN - yy
L.step((A, B) == (9, 12), note="Beta(9, 12) for Beta(9, 5)")
L.step(sp.Rational(A, A + B) == Rt(9, 21), carried=Rt(9, 9 + 12) == Rt(9, 21))
L.step(Rt(9, 9 + 12) == Rt(9, 21)); L.step(rounds("0.4286", Rt(9, 21)))
L.step(be + NN - yy == 2 + 10 - 7); L.step(2 + 10 - 7 == 5)
mean = Rt(A, A + B); var = Rt(A * B, (A + B)**2 * (A + B + 1))
L.step(mean == Rt(al + yy, al + be + NN)); L.step(mean == Rt(9, 14)); L.step(rounds("0.6429", mean))
L.step(var == Rt(9 * 5, 14**2 * 15)); L.step(rounds("0.0153", var))
L.step(Rt(9, 14) == Rt(4, 14) * Rt(2, 4) + Rt(10, 14) * Rt(7, 10))
# MLE / MAP
L.step(True, note="MLE y/N")
L.define(note="alpha, beta > 1")
mapf = (a + y - 1) / (a + b + N - 2)
lp = (a + y - 1) * sp.log(th) + (b + N - y - 1) * sp.log(1 - th)
L.step(sp.simplify(sp.solve(sp.diff(lp, th), th)[0] - mapf) == 0)
ell = y * sp.log(th) + (N - y) * sp.log(1 - th)
L.step(True, note="log binomial pmf up to log C(N, y)")
L.step(sp.simplify(sp.diff(ell, th) - (y / th - (N - y) / (1 - th))) == 0)
L.define(note="= 0")
L.step(sp.simplify(sp.solve(sp.diff(ell, th), th)[0] - y / N) == 0)
L.step(True, note="log Beta density up to log B(a, b)")
mle = Rt(yy, NN); mp = Rt(al + yy - 1, al + be + NN - 2)
L.step(mle == Rt(yy, NN + 2), note="MLE written y/(N+2)")
L.step(Rt(7, 12) == Rt(yy, NN + 2)); L.step(rounds("0.5833", Rt(7, 12)))
L.step(mp == Rt(2 + 7 - 1, 2 + 2 + 10 - 2)); L.step(Rt(8, 12) == mp); L.step(rounds("0.6667", mp))
L.step(mle < mp, carried=Rt(7, 12) < mp); L.step(mp < mean)
L.step(al - 1 == 1); L.step(be - 1 == 1)
# ridge
L.define(note="model")
w, s2, t2, lam = sp.symbols("w sigma2 tau2 lambda", positive=True)
xs, ys = [1, 2, 3], [1, 3, 2]
sse = sum((yi - w * xi)**2 for xi, yi in zip(xs, ys))
negpost = sse / (2 * s2) + w**2 / (2 * t2)
L.step(sp.simplify(sp.solve(sp.diff(negpost, w), w)[0] - sp.solve(sp.diff(sse + (s2 / t2) * w**2, w), w)[0]) == 0)
L.define(note="lambda := sigma^2/tau^2")
L.step(True, note="-log N density: squared error over 2 sigma^2, prior over 2 tau^2, constants")
L.step(True, note="2 sigma^2 > 0")
L.define(note="derivative = 0")
L.step(sp.simplify(sp.solve(sp.diff(sse + lam * w**2, w), w)[0] - 13 / (14 + lam)) == 0)
L.define(4, "x, y, sigma^2, tau^2")
sxy = sum(xi * yi for xi, yi in zip(xs, ys)); sxx = sum(xi * xi for xi in xs)
lamv = 1 / R("0.5")
wmap = sp.solve(sp.diff(negpost.subs({s2: 1, t2: R("0.5")}), w), w)[0]
L.step(lamv == 2); L.step(sxy == 13); L.step(sxx == 14)
L.step(wmap == Rt(13, 14 + 2)); L.step(rounds("0.8125", wmap))
wmle = sp.solve(sp.diff(sse, w), w)[0]
L.step(wmle == Rt(13, 14)); L.step(rounds("0.9286", wmle))
n = 3
avg = sse / n + lamv * w**2
L.step(sp.solve(sp.diff(avg, w), w)[0] == wmap, note="averaged loss with unscaled lambda")
L.define(note="lambda = sigma^2/tau^2"); L.step(lamv == 2)
L.step(wmap == Rt(13, 14 + 3 * 2), carried=sp.solve(sp.diff(avg, w), w)[0] == Rt(13, 14 + 3 * 2))
L.step(rounds("0.65", Rt(13, 20)))
L.define(note="lambda'"); L.step(1 / (n * R("0.5")) == Rt(2, 3))
L.step(Rt(13, 1) / (14 + 3 * Rt(2, 3)) == Rt(13, 16))
L.done()
