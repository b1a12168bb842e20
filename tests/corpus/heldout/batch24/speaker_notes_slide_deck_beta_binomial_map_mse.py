"""Labels for speaker_notes_slide_deck_beta_binomial_map_mse.tex: a guest lecturer's speaker notes
(exported presenter view): Beta(2, 3) prior, 8 heads in 12, posterior Beta(10, 7) by `\\propto`, its mean
as a weighted average, the mode by calculus, the variance and a two-sd band, the predictive second moment;
then MAP for a Gaussian slope as MSE + lambda w^2 with lambda = sigma^2/(n tau^2), and the objective at the
MAP and OLS answers. Slips: 17^2 written 279 (carried into the sd, the band, E[theta^2]); the penalty
evaluated as lambda*w (carried into J), the same slip again at the OLS answer."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch24/speaker_notes_slide_deck_beta_binomial_map_mse.tex")
n, k, a, b = 12, 8, 2, 3
Q = sp.Rational
L.define(2, "n, k"); L.define(2, "a, b")
L.step(Q(a, a + b) == Q(2, 5)); L.step(Q(2, 5) == R("0.4"))
L.step(Q(a - 1, a + b - 2) == Q(1, 3)); L.step(rounds("0.3333", Q(1, 3), approx=True))
# slide 3
th = sp.symbols("theta", positive=True)
lik = sp.binomial(n, k) * th ** k * (1 - th) ** (n - k)
prior = th ** (a - 1) * (1 - th) ** (b - 1)
post = lik * prior
ratio = lambda e1, e2: sp.simplify(e1 / e2).free_symbols == set()
L.step(True, note="posterior propto likelihood times prior")
L.step(ratio(post, th ** (k + a - 1) * (1 - th) ** (n - k + b - 1)))
L.step(same(th ** (k + a - 1) * (1 - th) ** (n - k + b - 1), th ** 9 * (1 - th) ** 6, [th]))
al, be = a + k, b + n - k
L.step((al, be) == (10, 7))
# slide 4
mean = Q(al, al + be)
L.step(True, note="Beta mean"); L.step(mean == Q(10, 17)); L.step(rounds("0.5882", mean))
L.step(Q(a + b, a + b + n) * Q(a, a + b) + Q(n, a + b + n) * Q(k, n) == mean)
L.step(substituted(mean, lambda p, m: Q(5, 17) * p + Q(12, 17) * m, "0.4", "~0.6667"))
L.step(rounds("0.1176", Q(5, 17) * R("0.4")) and rounds("0.4706", Q(12, 17) * R("0.6667")))
L.step(rounds("0.5882", R("0.1176") + R("0.4706")))
L.step(Q(n, a + b + n) == Q(12, 17)); L.step(rounds("0.7059", Q(12, 17), approx=True))
# slide 5
ell = 9 * sp.log(th) + 6 * sp.log(1 - th)
L.define(note="ell := ln p"); L.step(sp.simplify(sp.log(post) - ell).diff(th) == 0 or same(sp.diff(sp.log(post), th), sp.diff(ell, th), [th]))
L.step(same(sp.diff(ell, th), 9 / th - 6 / (1 - th), [th]))
L.step(same(sp.diff(ell, th, 2), -9 / th ** 2 - 6 / (1 - th) ** 2, [th]))
L.step(all(-9 / t ** 2 - 6 / (1 - t) ** 2 < 0 for t in (Q(1, 10), Q(1, 2), Q(9, 10))), note="negative on (0,1)")
L.define(note="ell' = 0")
mode = sp.solve(sp.diff(ell, th), th)[0]
L.step(mode == Q(k + a - 1, n + a + b - 2)); L.step(mode == Q(9, 15)); L.step(mode == R("0.6"))
# slide 6
L.define(2, "alpha, beta")
var = Q(al * be, (al + be) ** 2 * (al + be + 1))
L.step(True, note="Beta variance"); L.step(Q(10 * 7, 17 ** 2 * 18) == var)
L.step(17 ** 2 * 18 == 279 * 18, note="17^2 = 289, not 279"); L.step(279 * 18 == 5022); L.step(rounds("0.0139", Q(70, 5022)))
sdw = sp.sqrt(R("0.0139"))
L.step(rounds("0.1179", sp.sqrt(var)), carried=True); L.step(rounds("0.1179", sdw))
pv = Q(a * b, (a + b) ** 2 * (a + b + 1))
L.step(Q(a * b, (a + b) ** 2 * (a + b + 1)) == Q(6, 150)); L.step(Q(6, 150) == R("0.04")); L.step(R("0.0139") < R("0.04"))
lo, hi = mean - 2 * sp.sqrt(var), mean + 2 * sp.sqrt(var)
L.step(substituted(lo, lambda m, s: m - 2 * s, "~0.5882", "~0.1179"), carried=substituted(mean - 2 * sdw, lambda m, s: m - 2 * s, "~0.5882", "~0.1179"))
L.step(rounds("0.3524", R("0.5882") - 2 * R("0.1179")))
L.step(substituted(hi, lambda m, s: m + s, "~0.5882", "~0.2358"), carried=substituted(mean + 2 * sdw, lambda m, s: m + s, "~0.5882", "~0.2358"))
L.step(rounds("0.8240", R("0.5882") + R("0.2358")))
# slide 7
m2 = var + mean ** 2
L.step(True, note="E[X^2] = Var + mean^2")
L.step(substituted(m2, lambda v, m: v + m ** 2, "~0.0139", "~0.5882"), carried=True)
L.step(rounds("0.3460", R("0.5882") ** 2)); L.step(rounds("0.3599", R("0.0139") + R("0.3460")))
L.step(same(m2, Q(al * (al + 1), (al + be) * (al + be + 1)))); L.step(Q(al * (al + 1), (al + be) * (al + be + 1)) == Q(110, 306))
L.step(rounds("0.3595", Q(110, 306)))
hht = Q(al * (al + 1) * be, (al + be) * (al + be + 1) * (al + be + 2))
L.step(True, note="P(HHT) = E[theta^2 (1 - theta)]"); L.step(hht == Q(10 * 11 * 7, 17 * 18 * 20), note="19, not 20")
L.step(10 * 11 * 7 == 770 and 17 * 18 * 20 == 6120); L.step(rounds("0.1258", Q(770, 6120)))
L.step(True, note="conditional probability")
L.step(substituted(hht / m2, lambda p, q: p / q, "~0.1258", "~0.3599"), carried=True)
L.step(rounds("0.3495", R("0.1258") / R("0.3599")))
L.step(hht / m2 == Q(7, 19)); L.step(rounds("0.3684", Q(7, 19)))
# slide 8
L.define(3, "model, sigma^2, tau^2"); L.define(2, "data")
x = [1, 2, 3]; y = [R("1.5"), R("2.5"), R("4.1")]
w = sp.symbols("w", real=True)
s2, t2 = 1, R("0.5")
nlp = sum((yi - w * xi) ** 2 for xi, yi in zip(x, y)) / (2 * s2) + w ** 2 / (2 * t2)
L.step(True, note="-ln posterior = SSE/(2 s^2) + w^2/(2 t^2) + const")
lam = s2 / (3 * t2)
mse = sum((yi - w * xi) ** 2 for xi, yi in zip(x, y)) / 3
L.step(same(sp.diff(nlp * 2 * s2 / 3, w), sp.diff(mse + lam * w ** 2, w), [w], positive=False))
L.step(True, note="the same bracket")
L.define(note="lambda := sigma^2/(n tau^2)"); L.step(lam == 1 / (3 * R("0.5"))); L.step(rounds("0.6667", lam, approx=True))
wmap = sp.solve(sp.diff(mse + lam * w ** 2, w), w)[0]
sxy, sxx = sum(xi * yi for xi, yi in zip(x, y)), sum(xi ** 2 for xi in x)
L.step(wmap == sxy / (sxx + 3 * lam)); L.step(sxy == R("18.8") and sxx == 14 and 3 * lam == 2); L.step(R("18.8") / 16 == R("1.175"))
wols = sxy / sxx
L.step(True, note="OLS"); L.step(wols == R("18.8") / 14); L.step(rounds("1.3429", wols)); # slide 9
L.step(wmap == R("1.175"))
L.step(substituted(mse.subs(w, wmap), lambda p, q, r: (p + q + r) / 3, "~0.1056", "~0.0225", "~0.3306"))
L.step(rounds("0.1529", (R("0.1056") + R("0.0225") + R("0.3306")) / 3))
L.step(substituted(lam * wmap ** 2, lambda l, v: l * v, "~0.6667", "1.175"), note="lambda w, not lambda w^2")
L.step(rounds("0.7834", R("0.6667") * R("1.175")))
J = mse.subs(w, wmap) + lam * wmap ** 2
L.step(substituted(J, lambda p, q: p + q, "~0.1529", "~0.7834"), carried=substituted(mse.subs(w, wmap) + lam * wmap, lambda p, q: p + q, "~0.1529", "~0.7834"))
L.step(rounds("0.9363", R("0.1529") + R("0.7834")))
L.step(rounds("0.0214", mse.subs(w, wols)))
L.step(substituted(lam * wols ** 2, lambda l, v: l * v, "~0.6667", "~1.3429"), note="lambda w again: a new slip")
L.step(rounds("0.8953", R("0.6667") * R("1.3429")))
L.step(substituted(lam * wmap ** 2, lambda l, v: l * v, "~0.6667", "~1.3806")); L.step(rounds("0.9204", R("0.6667") * R("1.3806"), lam * wmap ** 2))
L.step(substituted(J, lambda p, q: p + q, "~0.1529", "~0.9204")); L.step(rounds("1.0733", R("0.1529") + R("0.9204"), J))
Jo = mse.subs(w, wols) + lam * wols ** 2
L.step(substituted(Jo, lambda p, l, v: p + l * v, "~0.0214", "~0.6667", "~1.8033")); L.step(rounds("1.2236", R("0.0214") + R("0.6667") * R("1.8033"), Jo))
L.step(R("1.0733") < R("1.2236"))
L.done()
