"""Labels for stackexchange_beta_map_ridge.tex: a Q&A thread with comments: Beta(2, 2) prior, 6 heads
in 10, posterior by proportionality, mean as a weighted average, MAP by calculus, variance and sd, the
limit; MAP of a Gaussian linear model as ridge (lambda = sigma^2/tau^2) with numbers; the comments'
slips (alpha - 1 dropped in the MAP, "MAP below the mean", lambda inverted, each carried)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
import sympy.stats  # noqa: E402,F401
from truth import Labels, R, rounds, same  # noqa: E402

L = Labels("batch6/stackexchange_beta_map_ridge.tex")
th = sp.Symbol("theta", positive=True)
N, y, a, b = 10, 6, 2, 2
Ns, ys, as_, bs = sp.symbols("N y alpha beta", positive=True)
lik_prior = th**ys * (1 - th)**(Ns - ys) * th**(as_ - 1) * (1 - th)**(bs - 1)
kernel = th**(ys + as_ - 1) * (1 - th)**(Ns - ys + bs - 1)
gen = [th, Ns, ys, as_, bs]
pts = lambda e: e.subs(th, sp.Rational(1, 3))
L.define(2); L.define(2)
L.step(sp.simplify(lik_prior / kernel).free_symbols.isdisjoint({th}))       # proportional in theta
L.step(same(lik_prior, kernel, gen))
L.step((y + a, N - y + b) == (8, 6))
post = sp.stats.Beta("t", 8, 6)
mean = sp.stats.E(post)
L.step(mean == sp.Rational(y + a, N + a + b)); L.step(mean == sp.Rational(8, 14)); L.step(rounds("0.5714", mean))
L.step(sp.Rational(8, 14) == sp.Rational(4, 14) * R("0.5") + sp.Rational(10, 14) * R("0.6"))
logp = sp.log(kernel)
L.step(sp.simplify(sp.expand_log(logp - ((ys + as_ - 1) * sp.log(th) + (Ns - ys + bs - 1) * sp.log(1 - th)), force=True)) == 0)
L.step(same(sp.diff(logp, th), (ys + as_ - 1) / th - (Ns - ys + bs - 1) / (1 - th), gen))
L.define(note="= 0")
mode = sp.solve(sp.diff(logp, th), th)[0]
L.step(same(mode, (ys + as_ - 1) / (Ns + as_ + bs - 2), gen[1:]))
L.step(mode.subs({Ns: N, ys: y, as_: a, bs: b}) == sp.Rational(7, 12)); L.step(rounds("0.5833", sp.Rational(7, 12)))
var = sp.stats.variance(post)
L.step(sp.simplify(var - sp.Rational(8 * 6, 14**2 * 15)) == 0); L.step(rounds("0.0163", var)); L.step(rounds("0.1278", sp.sqrt(var), sp.sqrt(R("0.0163"))))
L.define()
n = sp.Symbol("n", positive=True)
L.step(sp.limit((R("0.6") * n + 1) / (n + 2), n, sp.oo) == R("0.6"))
# ridge
L.define()
w, s2, t2 = sp.symbols("w sigma2 tau2", positive=True)
xs, ys_ = sp.symbols("x1:4"), sp.symbols("y1:4")
nll = sum((yi - w * xi)**2 for xi, yi in zip(xs, ys_)) / (2 * s2) + w**2 / (2 * t2) + sp.log(2 * sp.pi * s2) * 3 / 2 + sp.log(2 * sp.pi * t2) / 2
L.step(sp.diff(nll - (sum((yi - w * xi)**2 for xi, yi in zip(xs, ys_)) / (2 * s2) + w**2 / (2 * t2)), w) == 0)
lam = sp.Symbol("lam", positive=True)
ridge = sum((yi - w * xi)**2 for xi, yi in zip(xs, ys_)) + lam * w**2
L.step(same(sp.diff(ridge, w).subs(lam, s2 / t2) * (1 / (2 * s2)), sp.diff(nll, w), [w, s2, t2, *xs, *ys_], positive=False))
L.step(same(sp.solve(sp.diff(ridge, w), w)[0], sum(xi * yi for xi, yi in zip(xs, ys_)) / (sum(xi**2 for xi in xs) + lam), [lam, *xs, *ys_]))
X, Y = (1, 2, 3), (1, 3, 2)
L.define(4)
L.step(sp.Integer(1) / R("0.5") == 2); L.step(sum(p * q for p, q in zip(X, Y)) == 13); L.step(sum(p * p for p in X) == 14)
L.step(sp.Rational(13, 14 + 2) == sp.Rational(13, 16)); L.step(sp.Rational(13, 16) == R("0.8125"))
L.step(True, note="MLE = sum xy / sum x^2"); L.step(rounds("0.9286", sp.Rational(13, 14)))
# comments
L.step(same(mode, (ys + as_) / (Ns + as_ + bs - 2), gen[1:]))
L.step(sp.Rational(6 + 2, 10 + 2 + 2 - 2) == sp.Rational(8, 12), note="between the chain's members"); L.step(rounds("0.6667", sp.Rational(8, 12)))
L.step(sp.Rational(7, 12) < mean)
L.step(R("0.5833") > R("0.5714")); L.define(2)
L.step(sp.Rational(y + 1 - 1, N + 1 + 1 - 2) == R("0.6"), note="flat-prior MAP = MLE = 6/10")
L.step(False, note="lambda = tau^2/sigma^2"); L.step(False, carried=R("0.5") / 1 == R("0.5"))
L.step(False, carried=True, note="13/(14 + 0.5)"); L.step(rounds("0.8966", 13 / R("14.5")))
L.step(True, note="lambda = sigma^2/tau^2"); L.step(1 / R("0.5") == 2); L.step(True)
L.done()
