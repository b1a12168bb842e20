"""Labels for exam_key_beta_binomial_ctr.tex: a marked exam script (student's lines interleaved with the
grader's quote-block remarks): Beta(2, 8) prior on a click-through rate, 7 clicks in 40, posterior
Beta(9, 41) via `\\propto`, mean, mode, variance, a normal-approximation interval, the predictive for one
and two clicks, MAP vs MLE, the posterior mean as a weighted average, limits as n grows with k/n fixed.
Slips: the mode over alpha + beta - 1 (carried into MAP and MAP - MLE); sqrt(0.002894) written 0.0583
(carried into the half-width and both ends); P(two clicks) as the squared mean; lim Var = p(1 - p)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from sympy.stats import Normal, cdf  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch30/exam_key_beta_binomial_ctr.tex")
n, k, a, b = 40, 7, 2, 8
th = sp.symbols("theta", positive=True)
L.define(2, "n, k")
L.define(2, "a, b")
L.step(sp.Rational(a, a + b) == sp.Rational(2, 10)); L.step(sp.Rational(2, 10) == R("0.2")); L.step(a + b == 10)
lik = sp.binomial(n, k) * th ** k * (1 - th) ** (n - k)
prior = th ** (a - 1) * (1 - th) ** (b - 1)
m1 = th ** (k + a - 1) * (1 - th) ** (n - k + b - 1)
L.step(True, note="posterior propto likelihood x prior")
L.step(sp.simplify(sp.diff(sp.simplify(lik * prior / m1), th)) == 0)
L.step(sp.expand(m1 - th ** 8 * (1 - th) ** 40) == 0)
al, be = a + k, b + n - k
L.step((al, be) == (9, 41)); L.define(2, "alpha, beta")
Z = sp.integrate(th ** 8 * (1 - th) ** 40, (th, 0, 1))
post = th ** 8 * (1 - th) ** 40 / Z
mean = sp.integrate(th * post, (th, 0, 1))
mode = sp.solve(sp.diff(sp.log(th ** 8 * (1 - th) ** 40), th), th)[0]
var = sp.integrate(th ** 2 * post, (th, 0, 1)) - mean ** 2
L.define(note="theta bar := E[theta | k]")
L.step(mean == sp.Rational(al, al + be)); L.step(sp.Rational(al, al + be) == sp.Rational(9, 50)); L.step(sp.Rational(9, 50) == R("0.18"))
wmode = sp.Rational(al - 1, al + be - 1)
L.step(mode == wmode, note="mode over alpha + beta - 2"); L.step(wmode == sp.Rational(8, 49)); L.step(rounds("0.1633", sp.Rational(8, 49)))
L.step(mode == sp.Rational(8, 48)); L.step(rounds("0.1667", mode))
L.step(var == sp.Rational(al * be, (al + be) ** 2 * (al + be + 1)))
L.step(var == sp.Rational(9 * 41, 2500 * 51)); L.step(sp.Rational(9 * 41, 2500 * 51) == sp.Rational(369, 127500))
L.step(rounds("0.002894", var, approx=True))
s = sp.sqrt(var)
L.define(note="s"); L.step(rounds("0.0583", s, sp.sqrt(R("0.002894"))), note="0.0538")
L.step(substituted(R("1.96") * s, lambda c: R("1.96") * c, "~0.0583"), carried=True)
L.step(rounds("0.1143", R("1.96") * R("0.0583")))
L.step(substituted(mean - R("1.96") * s, lambda c, h: c - h, "~0.18", "~0.1143"), carried=True)
L.step(rounds("0.0657", R("0.18") - R("0.1143")))
L.step(substituted(mean + R("1.96") * s, lambda c, h: c + h, "~0.18", "~0.1143"), carried=True)
L.step(rounds("0.2943", R("0.18") + R("0.1143")))
L.step(rounds("0.0538", s)); L.step(rounds("0.1054", R("1.96") * R("0.0538"), R("1.96") * s))
L.step(same(var, mean * (1 - mean) / (al + be + 1)))
L.step(substituted(mean * (1 - mean) / 51, lambda c, d: c * d / 51, "0.18", "0.82"))
L.step(R("0.18") * R("0.82") == R("0.1476")); L.step(rounds("0.002894", R("0.1476") / 51))
L.define(note="z")
L.step(rounds("1.3011", (R("0.25") - R("0.18")) / R("0.0538"), (R("0.25") - mean) / s))
Zn = Normal("Z", 0, 1)
L.step(rounds("0.0966", 1 - cdf(Zn)(R("1.3011"))))
L.step(rounds("0.1046", sp.integrate(post, (th, sp.Rational(1, 4), 1))))
L.step(True, note="predictive = integral of theta times the posterior"); L.step(True, note="= posterior mean"); L.step(mean == R("0.18"))
E2 = sp.integrate(th ** 2 * post, (th, 0, 1))
L.step(E2 == mean ** 2, note="E[theta^2]"); L.step(R("0.18") ** 2 == R("0.18") ** 2); L.step(R("0.18") ** 2 == R("0.0324"))
L.step(E2 == sp.Rational(al * (al + 1), (al + be) * (al + be + 1))); L.step(E2 == sp.Rational(90, 2550)); L.step(rounds("0.0353", E2))
L.step(E2 == var + mean ** 2 and substituted(E2, lambda v, m2: v + m2, "~0.002894", "0.0324"))
L.step(rounds("0.0353", R("0.002894") + R("0.0324")))
mle = sp.solve(sp.diff(k * sp.log(th) + (n - k) * sp.log(1 - th), th), th)[0]
L.step(mle == sp.Rational(k, n)); L.step(sp.Rational(k, n) == sp.Rational(7, 40)); L.step(sp.Rational(7, 40) == R("0.175"))
L.step(rounds("0.1633", mode), carried=rounds("0.1633", wmode))
L.step(substituted(mode - mle, lambda c, d: c - d, "~0.1633", "0.175"), carried=True)
L.step(R("0.1633") - R("0.175") == R("-0.0117")); L.step(mode < mle)
L.step(substituted(mode - mle, lambda c, d: c - d, "~0.1667", "0.175") and R("0.1667") - R("0.175") == R("-0.0083"))
w = sp.Rational(a + b, a + b + n)
L.step(same(mean, w * sp.Rational(a, a + b) + (1 - w) * sp.Rational(k, n)))
L.step(w * sp.Rational(a, a + b) + (1 - w) * sp.Rational(k, n) == R("0.2") * R("0.2") + R("0.8") * R("0.175"))
L.step(R("0.2") * R("0.2") + R("0.8") * R("0.175") == R("0.04") + R("0.14")); L.step(R("0.04") + R("0.14") == R("0.18"))
L.step(R("0.175") < R("0.18")); L.step(R("0.18") < R("0.2"))
A, B = sp.symbols("alpha beta", positive=True)
L.step(same(sp.diff((A - 1) * sp.log(th) + (B - 1) * sp.log(1 - th), th), (A - 1) / th - (B - 1) / (1 - th), [A, B, th]))
L.define(note="= 0")
L.step(sp.solve(8 / th - 40 / (1 - th), th) == sp.solve(8 * (1 - th) - 40 * th, th))
L.step(sp.solve(8 * (1 - th) - 40 * th, th) == [sp.Rational(8, 48)])
p, N = sp.symbols("p n", positive=True)
L.define(note="k = pn")
mN = (a + p * N) / (a + b + N)
L.step(same(mN, (2 + p * N) / (10 + N))); L.step(sp.simplify(sp.limit(mN, N, sp.oo) - p) == 0)
al_, be_ = a + p * N, b + N - p * N
vN = al_ * be_ / ((al_ + be_) ** 2 * (al_ + be_ + 1))
L.step(same(vN, (2 + p * N) * (8 + N - p * N) / ((10 + N) ** 2 * (11 + N)), [p, N]))
L.step(sp.simplify(sp.limit(vN, N, sp.oo) - p * (1 - p)) == 0, note="limit is 0")
L.step(sp.simplify(sp.limit(N * vN, N, sp.oo) - p * (1 - p)) == 0)
L.step(rounds("0.0036094", R("0.175") * R("0.825") / 40)); L.step(rounds("0.0601", sp.sqrt(R("0.0036094")), sp.sqrt(R("0.175") * R("0.825") / 40)))
L.step(20 - 1 - 1 - 2 - 1 == 15)
L.done()
