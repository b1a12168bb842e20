"""Labels for paracol_rewrite_softmax_mle_limits.tex: a resubmission sheet in two `paracol` columns, the
student's first attempt on the left and the tutor's key on the right: softmax Jacobian, CE, perplexity and a
logit step for z = (1, 2, 0); Gaussian MLE with a standard error and interval; limits; sums; a Gaussian KL.
Slips: CE of the wrong class (carried into the perplexity); se = sigma/n (carried into both interval ends);
ln(1 + e^x)/e^x -> 0 at -infinity; a finite geometric sum equal to 1."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch9/paracol_rewrite_softmax_mle_limits.tex")
zs = sp.symbols("z1:4")
ps = [sp.exp(u) / sum(sp.exp(w) for w in zs) for u in zs]
L.step(all(same(sp.diff(ps[i], zs[j]), ps[i] * ((1 if i == j else 0) - ps[j]), positive=False) for i in range(3) for j in range(3)))
L.define(note="p = softmax(z)")
zv = [1, 2, 0]; ev = [sp.exp(u) for u in zv]; S = sum(ev); pv = [e / S for e in ev]
L.define(note="z")
L.step(all(rounds(w_, e_) for w_, e_ in zip(["2.7183", "7.3891", "1"], ev)))
L.step(rounds("11.1074", R("2.7183") + R("7.3891") + 1, S))
L.step(all(rounds(w_, q) for w_, q in zip(["0.2447", "0.6652", "0.0900"], pv)))
ce = -sp.log(pv[0])
L.step(sp.simplify(ce + sp.log(pv[1])) == 0, note="the true class is 1")
L.step(True, note="-ln p2 at its value"); L.step(rounds("0.4076", -sp.log(pv[1]), approx=True))
L.step(substituted(sp.exp(ce), sp.exp, "~0.4076"), carried=True); L.step(rounds("1.5032", sp.exp(R("0.4076")), approx=True))
g = [pv[0] - 1, pv[1], pv[2]]
L.step(True, note="softmax-CE gradient p - y")
L.step(all(rounds(w_, q) for w_, q in zip(["-0.7553", "0.6652", "0.0900"], g)))
L.define(note="step rule")
L.step(all(rounds(w_, zv[i] - R("0.5") * g[i]) for i, w_ in enumerate(["1.3776", "1.6674", "-0.0450"])))
xs = [2, 3, 7]; n = 3
mu = sp.Rational(sum(xs), n); s2 = sp.Rational(sum((x - mu) ** 2 for x in xs), n)
L.step(mu == sp.Rational(12, 3)); L.step(mu == 4); L.step(s2 == sp.Rational(4 + 1 + 9, 3)); L.step(s2 == sp.Rational(14, 3))
L.step(rounds("4.6667", s2, approx=True))
L.step(substituted(sp.sqrt(s2), sp.sqrt, "~4.6667")); L.step(rounds("2.1602", sp.sqrt(s2), approx=True))
se = sp.sqrt(s2) / sp.sqrt(n)
L.step(se == sp.sqrt(s2) / n, note="sigma/sqrt(n)"); L.step(rounds("0.7201", R("2.1602") / 3, approx=True))
L.step(substituted(mu - R("1.96") * se, lambda q: 4 - q, "~1.4114"), carried=True)
L.step(rounds("1.4114", R("1.96") * R("0.7201")) and 4 - R("1.4114") == R("2.5886"))
L.step(substituted(mu + R("1.96") * se, lambda q: 4 + R("1.96") * q, "~0.7201"), carried=rounds("5.4114", 4 + R("1.96") * R("0.7201")))
L.step(sum(x - mu for x in xs) == -2 - 1 + 3); L.step(-2 - 1 + 3 == 0)
x, nn, zz, T = sp.symbols("x n z T")
L.step(sp.limit((1 - 1 / nn) ** nn, nn, sp.oo) == sp.exp(-1)); L.step(sp.limit(sp.log(1 + x) / x, x, 0) == 1)
L.step(sp.limit(sp.log(1 + sp.exp(zz)) - zz, zz, sp.oo) == 0)
L.step(sp.limit(sp.log(1 + sp.exp(x)) / sp.exp(x), x, -sp.oo) == 0, note="it is 1")
L.step(all(sp.limit(sp.exp(sp.Integer(u) / T) / sum(sp.exp(sp.Integer(w) / T) for w in zv), T, sp.oo) == sp.Rational(1, 3) for u in zv))
k = sp.symbols("k", integer=True, nonnegative=True)
L.step(all(sum(sp.binomial(m, j) for j in range(m + 1)) == 2**m for m in range(1, 9)))
L.step(sp.simplify(sp.summation(2 ** (-k), (k, 1, 5)) - 1) == 0, note="1 - 2^-n")
L.step(sp.summation(sp.Rational(1, 2) ** k, (k, 1, sp.oo)) == 1)
sg = sp.symbols("sigma", positive=True); t = sp.symbols("t", real=True)
p0 = sp.exp(-t**2 / 2) / sp.sqrt(2 * sp.pi)
klint = lambda s_: sp.N(sp.Integral(p0 * (sp.log(p0) - sp.log(sp.exp(-t**2 / (2 * s_**2)) / (s_ * sp.sqrt(2 * sp.pi)))), (t, -sp.oo, sp.oo)), 25)
L.step(abs(klint(2) - sp.N(sp.log(2) + sp.Rational(1, 8) - sp.Rational(1, 2), 25)) < 1e-15 and abs(klint(3) - sp.N(sp.log(3) + sp.Rational(1, 18) - sp.Rational(1, 2), 25)) < 1e-15)
L.define(note="sigma = 2"); L.step(rounds("0.3181", R("0.6931") + R("0.125") - R("0.5"), sp.log(2) + sp.Rational(1, 8) - sp.Rational(1, 2)))
# key
L.step(True, note="CE of class 1"); L.step(substituted(ce, lambda q: -sp.log(q), "~0.2447")); L.step(rounds("1.4076", ce, approx=True))
L.step(rounds("4.0862", sp.exp(R("1.4076")), sp.exp(ce), approx=True))
L.step(rounds("0.3776", R("-0.5") * g[0])); L.step(rounds("1.3776", zv[0] - R("0.5") * g[0]))
L.step(True, note="se = sigma/sqrt(n)"); L.step(substituted(se, lambda q: q / sp.sqrt(3), "~2.1602")); L.step(rounds("1.2472", se, approx=True))
L.step(rounds("2.4445", R("1.96") * R("1.2472"))); L.step(4 - R("2.4445") == R("1.5555")); L.step(4 + R("2.4445") == R("6.4445"))
u = sp.symbols("u", positive=True)
L.step(sp.limit(sp.log(1 + sp.exp(x)) / sp.exp(x), x, -sp.oo) == sp.limit(sp.log(1 + u) / u, u, 0, "+")); L.step(sp.limit(sp.log(1 + u) / u, u, 0, "+") == 1)
L.step(all(sp.summation(2 ** (-k), (k, 1, m)) == 1 - sp.Rational(1, 2**m) for m in range(1, 8)))
L.step(rounds("0.3181", sp.log(2) + sp.Rational(1, 8) - sp.Rational(1, 2), approx=True))
L.done()
