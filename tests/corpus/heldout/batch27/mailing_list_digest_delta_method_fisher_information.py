"""Labels for mailing_list_digest_delta_method_fisher_information.tex: a mailing-list digest (five messages)
on Fisher information and the delta method: the Bernoulli score and information, se of p-hat, the log-odds
by the delta method with a CI mapped back through the logistic function; the Normal variance's information,
the delta method for sigma and the reparametrised information; the square-root transform for Poisson counts;
the moderator's table (`\\DeclareMathOperator{\\logit}`, `\\se` macro). Slips: Cramer-Rao as an upper bound;
the logit derivative 1/p - 1/(1 - p), carried into g'(0.3), the variance and the se; 1/160 = 0.0625,
carried into the se; I(sigma^2) = 1/(2 sigma^2) in the summary."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch27/mailing_list_digest_delta_method_fisher_information.tex")
p, x = sp.symbols("p x", positive=True)
n, ph = 50, R("0.3")
L.define(2, "n, p-hat")
s = x / p - (1 - x) / (1 - p)
L.define(note="score")
Ex = lambda e: sp.expand(e).subs(x, p)          # linear in x: E[x] = p
L.step(sp.simplify(Ex(s) - (p / p - (1 - p) / (1 - p))) == 0)
L.step(sp.simplify(Ex(s)) == 0)
L.define(note="I(p) := -E[ds/dp]")
L.step(sp.simplify(-sp.diff(s, p) - (x / p ** 2 + (1 - x) / (1 - p) ** 2)) == 0)
L.step(sp.simplify(Ex(x / p ** 2 + (1 - x) / (1 - p) ** 2) - (1 / p + 1 / (1 - p))) == 0)
L.step(sp.simplify(1 / p + 1 / (1 - p) - 1 / (p * (1 - p))) == 0)
I = 1 / (p * (1 - p))
var_p = (1 / (n * I)).subs(p, ph)
L.step(True, note="asymptotic variance of the MLE"); L.step(sp.simplify(1 / (n * I) - p * (1 - p) / n) == 0)
L.step(ph * (1 - ph) / n == R("0.21") / 50); L.step(R("0.21") / 50 == R("0.0042"))
L.step(sp.sqrt(var_p) == sp.sqrt(R("0.0042"))); L.step(rounds("0.0648", sp.sqrt(R("0.0042"))))
L.step(ph * (1 - ph) <= ph * (1 - ph) / n, note="T = x_1 is unbiased with Var p(1 - p) > p(1 - p)/n")
L.define(2, "g = logit = log p/(1-p)"); L.step(True, note="delta method")
g = sp.log(p / (1 - p))
gp = sp.diff(g, p)
L.step(sp.simplify(gp - (1 / p - 1 / (1 - p))) == 0)
gw = 1 / p - 1 / (1 - p)
L.step(gp.subs(p, ph) == 1 / R("0.3") - 1 / R("0.7"), carried=gw.subs(p, ph) == 1 / R("0.3") - 1 / R("0.7"))
L.step(rounds("3.3333", 1 / R("0.3")) and rounds("1.4286", 1 / R("0.7"))); L.step(rounds("1.9048", R("3.3333") - R("1.4286"), gw.subs(p, ph)))
vl = gp.subs(p, ph) ** 2 * var_p
vlw = gw.subs(p, ph) ** 2 * var_p
L.step(substituted(vl, lambda a, b: a ** 2 * b, "~1.9048", "~0.0042"), carried=substituted(vlw, lambda a, b: a ** 2 * b, "~1.9048", "~0.0042"))
L.step(rounds("3.6283", R("1.9048") ** 2)); L.step(rounds("0.0152", R("3.6283") * R("0.0042")))
L.step(substituted(sp.sqrt(vl), lambda a: sp.sqrt(a), "~0.0152"), carried=substituted(sp.sqrt(vlw), lambda a: sp.sqrt(a), "~0.0152"))
L.step(rounds("0.1233", sp.sqrt(R("0.0152"))))
L.step(rounds("0.4286", ph / (1 - ph))); L.step(rounds("-0.8473", sp.log(R("0.4286")), g.subs(p, ph)))
# message 2
L.step(ph * (1 - ph) >= ph * (1 - ph) / n and var_p >= ph * (1 - ph) / n, note="Cramer-Rao lower bound (theorem); x_1 and p-hat obey it")
L.step(sp.simplify(gp - (1 / p + 1 / (1 - p))) == 0); L.step(sp.simplify(1 / p + 1 / (1 - p) - I) == 0)
L.step(gp.subs(p, ph) == 1 / R("0.21")); L.step(rounds("4.7619", 1 / R("0.21")))
L.step(True, note="delta method with g' = I")
L.step(sp.simplify(1 / (p ** 2 * (1 - p) ** 2) * p * (1 - p) / n - 1 / (n * p * (1 - p))) == 0)
L.step(vl == 1 / R("10.5")); L.step(rounds("0.0952", 1 / R("10.5")))
L.step(sp.sqrt(vl) == sp.sqrt(1 / R("10.5"))); L.step(rounds("0.3086", sp.sqrt(1 / R("10.5"))))
L.step(substituted(1.96 * sp.sqrt(vl), lambda a: R("1.96") * a, "~0.3086") and rounds("0.6049", R("1.96") * R("0.3086")))
sig = lambda z: 1 / (1 + sp.exp(-z))
L.step(same(sig(R("-1.4522")), 1 / (1 + sp.exp(R("1.4522"))))); L.step(rounds("0.1897", sig(R("-1.4522"))))
L.step(rounds("0.4397", sig(R("-0.2424"))))
L.step(rounds("0.1270", R("1.96") * R("0.0648")))
# message 3
v, mu, xx = sp.symbols("v mu xx", positive=True)
L.define(note="v = sigma^2")
logf = -sp.log(2 * sp.pi * v) / 2 - (xx - mu) ** 2 / (2 * v)
dens = sp.exp(-(xx - mu) ** 2 / (2 * v)) / sp.sqrt(2 * sp.pi * v)
L.step(sp.simplify(sp.expand_log(sp.log(dens), force=True) - sp.expand_log(logf, force=True)) == 0)
d2 = sp.diff(logf, v, 2)
L.step(sp.simplify(d2 - (1 / (2 * v ** 2) - (xx - mu) ** 2 / v ** 3)) == 0)
L.define(note="I(v) := -E[...]")
Iv = sp.simplify(-(d2.subs(xx, mu + sp.sqrt(v))))          # d2 is linear in (x - mu)^2, whose mean is v
L.step(sp.simplify(Iv - 1 / (2 * v ** 2)) == 0)
L.define(2, "n = 100, v-hat = 4")
L.step(Iv.subs(v, 4) == sp.Rational(1, 32)); L.step(sp.Rational(1, 32) == R("0.03125"))
L.step(sp.simplify(1 / (100 * Iv) - 2 * v ** 2 / 100) == 0); L.step((2 * v ** 2 / 100).subs(v, 4) == sp.Rational(32, 100)); L.step(sp.Rational(32, 100) == R("0.32"))
L.define(2, "sigma = g(v) = sqrt v")
gv = sp.sqrt(v)
L.step(sp.simplify(sp.diff(gv, v) - 1 / (2 * sp.sqrt(v))) == 0); L.step(sp.diff(gv, v).subs(v, 4) == sp.Rational(1, 4))
vs = sp.diff(gv, v).subs(v, 4) ** 2 * R("0.32")
L.step(True, note="delta method"); L.step(vs == R("0.25") ** 2 * R("0.32")); L.step(R("0.25") ** 2 == R("0.0625")); L.step(R("0.0625") * R("0.32") == R("0.02"))
L.step(sp.sqrt(vs) == sp.sqrt(R("0.02"))); L.step(rounds("0.1414", sp.sqrt(R("0.02"))))
sg = sp.symbols("sigma", positive=True)
nn = sp.symbols("n", positive=True)
L.step(sp.simplify(sp.diff(gv, v) ** 2 * 2 * v ** 2 / nn - 1 / (4 * v) * 2 * v ** 2 / nn) == 0)
L.step(sp.simplify((1 / (4 * v) * 2 * v ** 2 / nn).subs(v, sg ** 2) - sg ** 2 / (2 * nn)) == 0)
Isig = sp.simplify(-(sp.diff(logf.subs(v, sg ** 2), sg, 2)).subs(xx, mu + sg))       # (x - mu)^2 = sigma^2 in expectation; d2 linear in (x - mu)^2
L.step(sp.simplify(Isig - Iv.subs(v, sg ** 2) * sp.diff(sg ** 2, sg) ** 2) == 0)
L.step(sp.simplify(Iv.subs(v, sg ** 2) * sp.diff(sg ** 2, sg) ** 2 - 1 / (2 * sg ** 4) * 4 * sg ** 2) == 0)
L.step(sp.simplify(1 / (2 * sg ** 4) * 4 * sg ** 2 - 2 / sg ** 2) == 0)
# message 4
lam = sp.symbols("lambda", positive=True)
k = sp.symbols("k", integer=True, nonnegative=True)
L.define(2, "n = 40, x-bar = 2.5")
logpois = k * sp.log(lam) - lam - sp.log(sp.factorial(k))
Ilam = sp.simplify(-sp.diff(logpois, lam, 2).subs(k, lam))      # E[k] = lambda
L.step(sp.simplify(Ilam - 1 / lam) == 0)
L.step(sp.simplify(1 / (40 * Ilam) - lam / 40) == 0); L.step(True, note="lambda/n at 2.5"); L.step(R("2.5") / 40 == R("0.0625"))
L.define(note="g = sqrt")
L.step(True, note="delta method"); L.step(sp.simplify((1 / (2 * sp.sqrt(lam))) ** 2 * lam / nn - 1 / (4 * nn)) == 0)
L.step(sp.Rational(1, 4 * 40) == sp.Rational(1, 160)); L.step(sp.Rational(1, 160) == R("0.0625"))
L.step(rounds("0.25", sp.sqrt(sp.Rational(1, 160))), carried=True); L.step(sp.sqrt(R("0.0625")) == R("0.25"))
L.step(sp.Rational(1, 160) == R("0.00625")); L.step(rounds("0.0791", sp.sqrt(R("0.00625"))))
L.step(substituted(sp.sqrt(R("2.5")), lambda a: a, "~1.5811") and rounds("1.5811", sp.sqrt(R("2.5"))) and rounds("0.1550", R("1.96") * R("0.0791")))
# moderator
L.step(True, note="Bernoulli I, derived above"); L.step(sp.simplify(Ilam - 1 / lam) == 0)
L.define(note="v = sigma^2"); L.step(sp.simplify(Iv.subs(v, sg ** 2) - 1 / (2 * sg ** 2)) == 0)
th, t = sp.symbols("theta t", positive=True)
Ith = sp.simplify(-sp.diff(sp.log(th) - th * t, th, 2))
L.step(sp.simplify(Ith - 1 / th ** 2) == 0)
L.step(True, note="delta method")
L.done()
