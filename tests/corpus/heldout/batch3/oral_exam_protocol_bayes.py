"""Labels for oral_exam_protocol_bayes.tex: a written-up oral exam: Bayes with a 2x2 table, a second
test (probability multiplied instead of odds), Beta-Binomial updating (the prior forgotten, carried),
plug-in vs posterior predictive, entropies of a coin, a die, the sum and the pair of two dice."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from sympy import stats  # noqa: E402
from truth import Labels, R, rounds, substituted  # noqa: E402

L = Labels("batch3/oral_exam_protocol_bayes.tex")
prev, sens, spec = R("0.01"), R("0.95"), R("0.90")
ppos = prev * sens + (1 - prev) * (1 - spec)
post = prev * sens / ppos
L.step(post == R("0.95"))
L.step(post == sp.Rational(95, 95 + 990)); L.step(sp.Rational(95, 95 + 990) == sp.Rational(95, 1085)); L.step(rounds("0.0876", post))
L.step(ppos == R("0.01") * R("0.95") + R("0.99") * R("0.10")); L.step(R("0.01") * R("0.95") + R("0.99") * R("0.10") == R("0.0095") + R("0.099"))
L.step(R("0.0095") + R("0.099") == R("0.1085")); L.step(post == R("0.0095") / R("0.1085")); L.step(rounds("0.0876", post))
pneg = prev * (1 - sens) / (1 - ppos)
L.step(pneg == sp.Rational(5, 8915)); L.step(rounds("0.000561", pneg))
LR = sens / (1 - spec)
L.step(LR == R("0.95") / R("0.10")); L.step(LR == R("9.5"))
post2 = prev * sens ** 2 / (prev * sens ** 2 + (1 - prev) * (1 - spec) ** 2)
L.step(substituted(post2, lambda a, b: a * b, "~0.0876", "9.5")); L.step(R("0.0876") * R("9.5") == R("0.8322"))
L.step(rounds("4.9595", R("0.8322") / (1 - R("0.8322"))))
odds = post / (1 - post)
L.step(odds == sp.Rational(95, 990) and rounds("0.0960", odds)); L.step(R("0.0960") * R("9.5") == R("0.912"))
L.step(substituted(post2, lambda o: o / (1 + o), "~0.912")); L.step(rounds("0.477", R("0.912") / R("1.912")))
L.step(post2 == R("0.95") ** 2 * R("0.01") / (R("0.95") ** 2 * R("0.01") + R("0.1") ** 2 * R("0.99")) and R("0.95") ** 2 * R("0.01") == R("0.009025") and R("0.95") ** 2 * R("0.01") + R("0.1") ** 2 * R("0.99") == R("0.018925"))
L.step(rounds("0.4769", post2))
# Beta-Binomial
a, b = 1 + 3, 1 + 1
L.step((a, b) == (3, 1)); L.step(sp.Rational(a, a + b) == sp.Rational(3, 4), carried=True); L.step(sp.Rational(3, 4) == R("0.75"))
L.step((1 + 3, 1 + 1) == (a, b)); L.step((a, b) == (4, 2)); L.step(sp.Rational(a, a + b) == sp.Rational(4, 6)); L.step(rounds("0.6667", sp.Rational(4, 6)))
L.step(sp.Rational(a - 1, a + b - 2) == R("0.75"))
var = sp.Rational(a * b, (a + b) ** 2 * (a + b + 1))
L.step(var == sp.Rational(8, 36 * 7)); L.step(rounds("0.0317", var))
L.step(sp.Rational(4, 8) == R("0.5"))
t = sp.Symbol("theta", positive=True)
dens = t ** (a - 1) * (1 - t) ** (b - 1) / sp.integrate(t ** (a - 1) * (1 - t) ** (b - 1), (t, 0, 1))
pred = sp.integrate(sp.binomial(3, 2) * t ** 2 * (1 - t) * dens, (t, 0, 1))
L.define()
L.step(pred == 3 * sp.Rational(2, 3) ** 2 * sp.Rational(1, 3)); L.step(3 * sp.Rational(2, 3) ** 2 * sp.Rational(1, 3) == sp.Rational(4, 9)); L.step(rounds("0.4444", sp.Rational(4, 9)))
B = lambda p, q: sp.gamma(p) * sp.gamma(q) / sp.gamma(p + q)
L.step(sp.simplify(pred - sp.binomial(3, 2) * B(a + 2, b + 1) / B(a, b)) == 0)
L.step(B(6, 3) == sp.Rational(1, 168) and B(4, 2) == sp.Rational(1, 20))
L.step(3 * sp.Rational(20, 168) == sp.Rational(60, 168)); L.step(rounds("0.3571", sp.Rational(60, 168)))
L.step(R("0.4444") > R("0.3571"))
# entropy
H2 = lambda ps: -sum(p * sp.log(p, 2) for p in ps if p)
L.define()
L.step(True, note="H of Bernoulli(0.25) written out"); L.step(rounds("0.5", -R("0.25") * sp.log(R("0.25"), 2)) and rounds("0.3113", -R("0.75") * sp.log(R("0.75"), 2)))
L.step(rounds("0.8113", H2([R("0.25"), R("0.75")]))); L.define()
L.step(rounds("2.585", sp.log(6, 2)))
sum_p = [sp.Rational(6 - abs(s - 7), 36) for s in range(2, 13)]
Hsum = H2(sum_p)
L.step(sp.simplify(Hsum - 2 * sp.log(6, 2)) == 0); L.step(rounds("5.17", 2 * sp.log(6, 2)))
L.step(sp.N(Hsum) <= sp.N(sp.log(11, 2))); L.step(rounds("3.459", sp.log(11, 2)) and rounds("3.274", Hsum))
pair = [sp.Rational(1, 36)] * 36
L.step(sp.simplify(H2(pair) - 2 * H2([sp.Rational(1, 6)] * 6)) == 0)
L.step(substituted(H2(pair), lambda p, q: p + q, "~2.585", "~2.585")); L.step(R("2.585") * 2 == R("5.17"))
L.step(sp.N(Hsum) < sp.N(H2(pair))); L.step(R("3.274") < R("5.17"))
Xs = [stats.Normal(f"X{i}", 0, 1) for i in range(3)]
nn = 3
m = sum(Xs) / nn
ss = sum((X - m) ** 2 for X in Xs)
L.step(sp.simplify(stats.E(ss / nn)) == 1)
L.step(sp.simplify(stats.E(ss / nn)) == sp.Rational(nn - 1, nn)); L.step(sp.simplify(stats.E(ss / (nn + 1))) == 1)
L.step(sp.simplify(stats.E(ss / (nn - 1))) == 1)
vm = sp.simplify(stats.variance(m))
L.step(vm == sp.Rational(1, nn ** 2)); L.step(vm == sp.Rational(1, nn))
L.define()
prec = 1 + sp.Rational(4, 4)
L.step(True, note="precisions add"); L.step(prec == 2); L.step(1 / prec == 2)
xb = sp.Symbol("xbar", real=True)
L.step(1 / prec == sp.Rational(1, 2)); L.step(sp.simplify(sp.Rational(1, 2) * 4 * xb / 4 - xb / 2) == 0); L.define(2)
L.step(True, note="mode = mean = 1.5"); L.step(True, note="MLE = xbar"); L.step(sp.Integer(3) == R("1.5"))
Hc = -2 * sp.Rational(1, 2) * sp.log(sp.Rational(1, 2))
L.step(sp.simplify(Hc - 1) == 0); L.step(sp.simplify(Hc - sp.log(2)) == 0); L.step(rounds("0.6931", Hc))
L.done()
