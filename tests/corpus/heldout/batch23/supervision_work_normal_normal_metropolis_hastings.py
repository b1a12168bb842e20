"""Labels for supervision_work_normal_normal_metropolis_hastings.tex: a supervisee's answers with the supervisor's
comments: a Normal-Normal update (precisions, posterior mean as a weighted average, sequential check, credible
interval, predictive tail probability) and four random-walk Metropolis-Hastings steps on the same posterior.
Slips: mu_n - 1.96 tau_n = 0.1361 (0.1316); the evidence of x_1 with exponent -1.44/5 (for -1.44/10); log p~(1.5) with the likelihood's 1/2 dropped (carried into the
acceptance ratios of steps 2, 3 and 4, the wrongly accepted move to 2.1, the acceptance rate and the average)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from sympy.stats import Normal, P  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch23/supervision_work_normal_normal_metropolis_hastings.tex")
xs = [R("1.2"), R("0.8"), R("1.6"), R("1.0")]
n, S = 4, sum(xs)
L.define(note="n = 4"); L.step(S == R("4.6"))
prec = sp.Rational(1, 4) + n
tn2 = 1 / prec; mn = tn2 * S
L.step(True, note="precisions add"); L.step(prec == R("0.25") + 4); L.step(prec == R("4.25"))
L.step(tn2 == 1 / R("4.25")); L.step(rounds("0.2353", tn2))
L.step(True, note="precision-weighted mean"); L.step(substituted(mn, lambda t: t * R("4.6"), "~0.2353")); L.step(rounds("1.0824", mn))
w = sp.Integer(n) / prec
L.step(mn == w * S / n + (1 - w) * 0); L.define(note="w"); L.step(rounds("0.9412", w)); L.step(S / n == R("1.15"))
L.step(rounds("1.0824", R("0.9412") * R("1.15"), mn))
L.step(R("0.25") + 1 == R("1.25")); L.step(R("1.2") / R("1.25") == R("0.96"))
m = sp.symbols("m", real=True)
# sequential check (first point): posterior precision 1.25, mean 0.96 -> then the rest gives the same
p1, m1 = R("1.25"), R("0.96")
assert sp.simplify((p1 + 3) - prec) == 0 and sp.simplify((p1 * m1 + sum(xs[1:])) / (p1 + 3) - mn) == 0
tn = sp.sqrt(tn2)
L.step(substituted(tn, sp.sqrt, "~0.2353")); L.step(rounds("0.4851", tn))
L.step(rounds("0.1361", mn - R("1.96") * tn, R("1.0824") - R("1.96") * R("0.4851")), note="0.1316")
L.step(rounds("2.0332", mn + R("1.96") * tn, R("1.0824") + R("1.96") * R("0.4851")))
L.step(rounds("1.0824", mn) and rounds("1.2353", 1 + tn2), note="predictive N(mu_n, sigma^2 + tau_n^2)")
Xn = Normal("Xn", mn, sp.sqrt(1 + tn2))
ptail = P(Xn > 2)
Z = Normal("Z", 0, 1)
L.step(sp.N(ptail - P(Z > (2 - mn) / sp.sqrt(1 + tn2)), 30) == 0 or abs(sp.N(ptail - P(Z > (2 - mn) / sp.sqrt(1 + tn2)), 30)) < 1e-25)
L.step(substituted(ptail, lambda a, b: 1 - (1 + sp.erf(((2 - a) / sp.sqrt(b)) / sp.sqrt(2))) / 2, "~1.0824", "~1.2353") and rounds("0.8256", (2 - mn) / sp.sqrt(1 + tn2)))
L.step(rounds("0.2045", ptail))
x1d = sp.exp(-R("1.44") / 10) / sp.sqrt(10 * sp.pi)
L.step(True, note="marginal of x1: N(0, 1 + 4) = N(0, 5)")
L.step(x1d == sp.exp(-R("1.44") / 5) / sp.sqrt(10 * sp.pi), note="-1.44/10")
L.step(substituted(sp.exp(-R("1.44") / 5) / sp.sqrt(10 * sp.pi), lambda a, b: a / b, "~0.7498", "~5.6050"))
L.step(rounds("0.1338", R("0.7498") / R("5.6050")))
L.step(rounds("0.1316", R("1.0824") - R("0.9508"), mn - R("1.96") * tn) and R("1.0824") - R("0.9508") == R("0.1316"))
L.step(-R("1.44") / (2 * 5) == R("-0.144"))
L.step(substituted(x1d, lambda a, b: a / b, "~0.8659", "~5.6050") and rounds("0.1545", x1d, R("0.8659") / R("5.6050")))
# MH
lp = lambda mu: -sp.sympify(mu) ** 2 / 8 - sum((x - mu) ** 2 for x in xs) / 2
L.define(note="log p~")
L.step(True, note="symmetric proposal"); L.define(note="alpha")
L.step(lp(0) == -(R("1.44") + R("0.64") + R("2.56") + R("1.00")) / 2); L.step(lp(0) == R("-2.82"))
L.step(lp(R("0.6")) == R("-0.045") - (R("0.36") + R("0.04") + R("1.00") + R("0.16")) / 2); L.step(lp(R("0.6")) == R("-0.825"))
wrong15 = R("-0.28125") - (R("0.09") + R("0.49") + R("0.01") + R("0.25"))
L.step(lp(R("1.5")) == wrong15, note="1/2 dropped"); L.step(wrong15 == R("-1.12125"))
L.step(lp(R("2.1")) == R("-0.55125") - (R("0.81") + R("1.69") + R("0.25") + R("1.21")) / 2); L.step(lp(R("2.1")) == R("-2.53125"))
L.step(lp(R("1.2")) == R("-0.18") - (0 + R("0.16") + R("0.16") + R("0.04")) / 2); L.step(lp(R("1.2")) == R("-0.36"))
props, us = [R("0.6"), R("1.5"), R("2.1"), R("1.2")], [R("0.3"), R("0.4"), R("0.2"), R("0.9")]
chain = [sp.Integer(0)]; wchain = [sp.Integer(0)]
lpw = lambda mu: wrong15 if mu == R("1.5") else lp(mu)
for pr, u in zip(props, us):
    chain.append(pr if sp.exp(lp(pr) - lp(chain[-1])) > u else chain[-1])
    wchain.append(pr if sp.exp(lpw(pr) - lpw(wchain[-1])) > u else wchain[-1])
assert chain == [0, R("0.6"), R("1.5"), R("1.5"), R("1.2")] and wchain == [0, R("0.6"), R("1.5"), R("2.1"), R("1.2")]
# step 1
la1 = lp(R("0.6")) - lp(0)
L.step(la1 == R("-0.825") + R("2.82")); L.step(la1 == R("1.995")); L.step(la1 > 0); L.step(chain[1] == R("0.6"))
# step 2
la2 = lp(R("1.5")) - lp(R("0.6"))
L.step(la2 == R("-1.12125") + R("0.825"), carried=wrong15 - lp(R("0.6")) == R("-1.12125") + R("0.825"))
L.step(R("-1.12125") + R("0.825") == R("-0.29625"))
L.step(sp.exp(la2) == sp.exp(R("-0.29625")), carried=True); L.step(rounds("0.7436", sp.exp(R("-0.29625"))))
L.step(R("0.7436") > R("0.4")); L.step(chain[2] == R("1.5"))
# step 3
la3 = lp(R("2.1")) - lp(chain[2])
L.step(la3 == R("-2.53125") + R("1.12125"), carried=lp(R("2.1")) - wrong15 == R("-2.53125") + R("1.12125"))
L.step(R("-2.53125") + R("1.12125") == R("-1.41"))
L.step(sp.exp(la3) == sp.exp(R("-1.41")), carried=True); L.step(rounds("0.2441", sp.exp(R("-1.41"))))
L.step(R("0.2441") > R("0.2")); L.step(chain[3] == R("2.1"), carried=wchain[3] == R("2.1"))
# step 4
la4 = lp(R("1.2")) - lp(chain[3])
L.step(la4 == R("-0.36") + R("2.53125"), carried=lp(R("1.2")) - lp(wchain[3]) == R("-0.36") + R("2.53125"))
L.step(R("-0.36") + R("2.53125") == R("2.17125")); L.step(R("2.17125") > 0); L.step(chain[4] == R("1.2"))
acc = sum(1 for a, b in zip(chain[1:], chain[:-1]) if a != b); wacc = sum(1 for a, b in zip(wchain[1:], wchain[:-1]) if a != b)
L.step(sp.Rational(acc, 4) == sp.Rational(4, 4), carried=sp.Rational(wacc, 4) == sp.Rational(4, 4)); L.step(sp.Rational(4, 4) == 1)
L.step(sum(chain[2:]) / 3 == (R("1.5") + R("2.1") + R("1.2")) / 3, carried=sum(wchain[2:]) / 3 == (R("1.5") + R("2.1") + R("1.2")) / 3)
L.step((R("1.5") + R("2.1") + R("1.2")) / 3 == R("1.6")); L.step(rounds("1.0824", mn))
# supervisor
L.step(lp(R("1.5")) == R("-0.28125") - R("0.42") and R("-0.28125") - R("0.42") == R("-0.70125"))
L.step(la2 == R("0.12375")); L.step(la2 > 0)
L.step(la3 == R("-2.53125") + R("0.70125")); L.step(la3 == R("-1.83"))
L.step(sp.exp(la3) == sp.exp(R("-1.83"))); L.step(rounds("0.1604", sp.exp(R("-1.83")))); L.step(R("0.1604") < R("0.2")); L.step(chain[3] == R("1.5"))
L.step(sp.expand(lp(m) - (-prec / 2 * (m - mn) ** 2)).free_symbols == set())
L.step(lp(R("2.1")) - lp(R("1.5")) == -R("2.125") * (R("2.1") ** 2 - R("1.5") ** 2) + R("4.6") * (R("2.1") - R("1.5")))
L.step(-R("2.125") * (R("2.1") ** 2 - R("1.5") ** 2) + R("4.6") * (R("2.1") - R("1.5")) == R("-1.83"))
L.done()
