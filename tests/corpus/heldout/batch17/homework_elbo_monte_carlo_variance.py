"""Labels for homework_elbo_monte_carlo_variance.tex: a student's homework with TA feedback. ELBO for z ~ N(0,1),
x | z ~ N(z, 1), x = 2, q = N(m, s^2): the Gaussian KL with the log's sign flipped (harmless at s^2 = 1, carried at
the optimum), a three-point Monte Carlo ELBO with a slip (carried into the mean), log p(x) with x^2/2 for x^2/4
(carried into the gap), the s^2-gradient sign; Monte Carlo standard errors (n from sigma/0.01 unsquared), a control
variate with 1 - rho for 1 - rho^2, importance weights inverted (carried), ESS with Var(w) for E[w^2]; the score
in s without -1/s (carried into its mean)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from sympy.stats import Normal, E as Ex, variance  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

def cl(e):
    return sp.simplify(sp.simplify(e).rewrite(sp.erf))


L = Labels("batch17/homework_elbo_monte_carlo_variance.tex")
m, zz = sp.symbols("m z", real=True)
S2, s = sp.symbols("S2 s", positive=True)   # S2 = s^2
x0 = 2
h = sp.Rational(1, 2)


def npdf(t, mu, var):
    t, mu, var = sp.sympify(t), sp.sympify(mu), sp.sympify(var)
    return sp.exp(-(t - mu) ** 2 / (2 * var)) / sp.sqrt(2 * sp.pi * var)


def kl(m1, v1, m2, v2):
    return sp.log(sp.sqrt(v2) / sp.sqrt(v1)) + (v1 + (m1 - m2) ** 2) / (2 * v2) - h


# line 12-19
L.define(2, "x, q")
Z = Normal("Z", m, sp.sqrt(S2))
logpost_x = sp.log(npdf(x0, 0, 2))
Elik = -sp.log(2 * sp.pi) / 2 - ((x0 - m) ** 2 + S2) / 2
KLp = kl(m, S2, 0, 1)
ELBO = Elik - KLp
L.step(same(logpost_x, ELBO + kl(m, S2, sp.Rational(x0, 2), h), symbols=[m, S2]))
L.define(note="L(q)")
Hq = sp.log(2 * sp.pi * sp.E * S2) / 2
L.step(same(Hq, sp.log(2 * sp.pi * S2) / 2 + 1, symbols=[S2]), note="+ 1/2")
L.step(substituted(sp.log(2 * sp.pi) / 2 + 1, lambda a: a + 1, "~0.9189") and rounds("0.9189", sp.log(2 * sp.pi) / 2)); L.step(R("0.9189") + 1 == R("1.9189")); L.define(note="s^2 = 1")
L.step(sp.simplify(sp.expand(Ex((x0 - Z) ** 2)) - ((x0 - m) ** 2 + S2)) == 0)
L.step(sp.simplify(Ex(sp.log(npdf(x0, Z, 1))) - Elik) == 0)
L.step(same(KLp, (S2 + m ** 2 - 1 + sp.log(S2)) / 2, symbols=[m, S2]), note="- log s^2")
# line 22-26
L.define(2, "m, s^2")
at = {m: h, S2: 1}
L.step(substituted(Elik.subs(at), lambda a: -a - (R("1.5") ** 2 + 1) / 2, "~0.9189") and rounds("0.9189", sp.log(2 * sp.pi) / 2))
L.step((R("1.5") ** 2 + 1) / 2 == R("1.625")); L.step(-R("0.9189") - R("1.625") == R("-2.5439"))
L.step(KLp.subs(at) == (1 + R("0.25") - 1 + 0) / 2); L.step(KLp.subs(at) == R("0.125"))
elbo = ELBO.subs(at)
L.step(substituted(elbo, lambda a: a - R("0.125"), "~-2.5439")); L.step(R("-2.5439") - R("0.125") == R("-2.6689"))
# line 28-35: Monte Carlo ELBO
L.define(2, "eps, z = m + s eps"); L.step([h + e for e in (-1, 0, 1)] == [R("-0.5"), R("0.5"), R("1.5")])
ell = sp.log(npdf(x0, zz, 1)) + sp.log(npdf(zz, 0, 1)) - sp.log(npdf(zz, h, 1))
L.define(note="ell"); L.step(same(ell, -sp.log(2 * sp.pi) / 2 - (2 - zz) ** 2 / 2 - zz ** 2 / 2 + (zz - h) ** 2 / 2, positive=False))
rows = [(R("-0.5"), ("3.125", "0.125", "0.5"), "-3.5689"), (R("0.5"), ("1.125", "0.125", "0"), "-2.1689"),
        (R("1.5"), ("0.125", "1.125", "0.5"), "-1.6689")]
vals = []
for zv, (a, b, c), res in rows:
    tv = ell.subs(zz, zv); vals.append(tv)
    L.step(substituted(tv, lambda u: -u - R(a) + R(c) - R(b), "~0.9189")
           and (2 - zv) ** 2 / 2 == R(a) and zv ** 2 / 2 == R(b) and (zv - h) ** 2 / 2 == R(c))
    L.step(-R("0.9189") - R(a) - R(b) + R(c) == R(res), note="-3.6689" if zv < 0 else "")
Lhat = sum(vals) / 3
L.step(substituted(Lhat, lambda u, v, w: (u + v + w) / 3, "~-3.5689", "~-2.1689", "~-1.6689"), carried=True)
L.step((R("-3.5689") + R("-2.1689") + R("-1.6689")) / 3 == R("-2.4689"))
L.step(True, note="MC estimator unbiased")
# line 38-40
L.step(same(logpost_x, -sp.log(4 * sp.pi) / 2 - sp.Integer(x0) ** 2 / 2), note="x^2/4")
L.step(substituted(-sp.log(4 * sp.pi) / 2 - 2, lambda a: -a - 2, "~1.2655") and rounds("1.2655", sp.log(4 * sp.pi) / 2))
L.step(R("-1.2655") - 2 == R("-3.2655"))
L.step(substituted(logpost_x - elbo, lambda a, b: a - b, "~-3.2655", "~-2.6689"), carried=True); L.step(R("-3.2655") + R("2.6689") == R("-0.5966"))
# line 43-49: gradients
dm = sp.diff(ELBO, m)
L.step(sp.simplify(dm - ((x0 - m) - m)) == 0); L.step(sp.simplify((x0 - m) - m - (x0 - 2 * m)) == 0)
L.step(dm.subs(m, h) == R("1.0")); L.define(note="m = 0.5")
dS = sp.diff(ELBO, S2)
L.step(sp.simplify(dS - (-h - h - 1 / (2 * S2))) == 0, note="+ 1/(2 s^2)")
L.step((-h - h - 1 / (2 * S2)).subs(S2, 1) == R("-1.5")); L.define(note="s^2 = 1")
L.define(note="x - 2m = 0"); L.step(sp.solve(sp.Eq(x0 - 2 * m, 0), m) == [1]); L.step(sp.Integer(x0) / 2 == 1)
L.define(note="s^2 = 0.5")
KLopt = KLp.subs({m: 1, S2: h})
L.step(KLopt == (R("0.5") + 1 - 1 + sp.log(R("0.5"))) / 2, carried=True)
L.step(substituted((R("0.5") + sp.log(R("0.5"))) / 2, lambda a: (R("0.5") - a) / 2, "~0.6931") and rounds("0.6931", sp.log(2)))
L.step(rounds("-0.0966", (R("0.5") - R("0.6931")) / 2))
# Problem 2 (line 53-)
N = sp.symbols("n", positive=True)
L.define(note="mu hat"); L.step(True, note="Var of a mean of iid draws")
Zs = Normal("Zs", 0, 1)
L.define(note="f = z^2")
L.step(variance(Zs ** 2) == Ex(Zs ** 4) - Ex(Zs ** 2) ** 2); L.step(Ex(Zs ** 4) - Ex(Zs ** 2) ** 2 == 3 - 1); L.step(3 - 1 == 2)
L.define(note="n = 100"); L.step(rounds("0.1414", sp.sqrt(sp.Rational(2, 100))))
L.define(note="n = 400"); L.step(substituted(sp.sqrt(sp.Rational(2, 400)), lambda a: a / 4, "~0.1414"), note="/2"); L.step(rounds("0.0354", R("0.1414") / 4))
L.define(note="f = e^z")
Eez = cl(Ex(sp.exp(Zs)))
L.step(Eez == sp.exp(h)); L.step(rounds("1.6487", Eez))
Vez = cl(variance(sp.exp(Zs)))
L.step(cl(Vez - (Ex(sp.exp(2 * Zs)) - Eez ** 2)) == 0); L.step(sp.simplify(Vez - (sp.E ** 2 - sp.E)) == 0)
L.step(substituted(Vez, lambda a, b: a - b, "~7.3891", "~2.7183") and rounds("7.3891", sp.E ** 2) and rounds("2.7183", sp.E))
L.step(R("7.3891") - R("2.7183") == R("4.6708"))
L.define(note="n = 100"); L.step(rounds("0.2161", sp.sqrt(R("4.6708") / 100), sp.sqrt(Vez / 100)))
nreq = Vez / R("0.01") ** 2
L.step(substituted(nreq, lambda a: a / R("0.01"), "~4.6708"), note="0.01^2"); L.step(R("4.6708") / R("0.01") == R("467.08"))
L.define(note="c(z) = z")
cov = cl(Ex(sp.exp(Zs) * Zs) - Eez * Ex(Zs))
L.step(cov / variance(Zs) == cov); L.step(cl(cov - Ex(Zs * sp.exp(Zs))) == 0)
L.step(cl(Ex(Zs * sp.exp(Zs)) - Eez) == 0); L.step(sp.simplify(Eez - sp.exp(h)) == 0); L.step(rounds("1.6487", sp.exp(h)))
g = sp.Function("g")
L.step(True, note="Stein's lemma")
Vcv = cl(variance(sp.exp(Zs) - sp.exp(h) * Zs))
L.step(sp.simplify(Vcv - (Vez - cov ** 2 / variance(Zs))) == 0)
L.step(substituted(Vcv, lambda a, b: a - b ** 2, "~4.6708", "~1.6487")); L.step(rounds("2.7182", R("1.6487") ** 2))
L.step(R("4.6708") - R("2.7182") == R("1.9526"))
L.step(rounds("0.4180", R("1.9526") / R("4.6708"), Vcv / Vez))
rho = cov / sp.sqrt(Vez)
L.step(substituted(rho, lambda a, b: a / sp.sqrt(b), "~1.6487", "~4.6708")); L.step(rounds("0.7629", R("1.6487") / sp.sqrt(R("4.6708")), rho))
L.step(abs(sp.N(Vcv - (1 - rho) * Vez, 30)) < 1e-25, note="1 - rho^2")
L.step(True, note="(1 - 0.7629) times 4.6708: 1 - rho written 0.2371 of 0.7629"); L.step(rounds("1.1074", R("0.2371") * R("4.6708")))
L.step(True, note="importance sampling identity"); L.define(2, "r > 0, f p != 0")
L.define(note="r = N(1, 1)")
w_true = sp.simplify(npdf(zz, 0, 1) / npdf(zz, 1, 1))
L.define(note="w = p/r"); L.step(same(w_true, sp.exp(zz - h), positive=False), note="e^(1/2 - z)")
L.step(w_true.subs(zz, 0) == sp.exp(-h), carried=True); L.step(rounds("0.6065", sp.exp(-h)))
Zr = Normal("Zr", 1, 1)
L.step(cl(Ex(sp.exp(h - Zr))) == 1)
Ew2 = cl(Ex(sp.exp(1 - 2 * Zr)))
L.step(Ew2 == sp.E); L.step(rounds("2.7183", sp.E)); L.step(sp.simplify(Ew2 - 1 - (sp.E - 1)) == 0); L.step(rounds("1.7183", sp.E - 1))
L.define(note="n = 100")
ess = 100 / Ew2
L.step(substituted(ess, lambda a: 100 / a, "~1.7183"), note="E[w^2]"); L.step(rounds("58.20", 100 / R("1.7183")))
# Problem 3
eps = Normal("eps", 0, 1)
mm, ss = sp.symbols("mm ss", positive=True)
L.define(2, "z = m + s eps, f"); L.step(sp.simplify(Ex((mm + ss * eps) ** 2) - (mm ** 2 + ss ** 2)) == 0)
L.step(sp.simplify(Ex(sp.diff((mm + ss * eps) ** 2, mm)) - Ex(2 * (mm + ss * eps))) == 0); L.step(sp.simplify(Ex(2 * (mm + ss * eps)) - 2 * mm) == 0)
L.step(sp.simplify(Ex(sp.diff((mm + ss * eps) ** 2, ss)) - Ex(2 * (mm + ss * eps) * eps)) == 0); L.step(sp.simplify(Ex(2 * (mm + ss * eps) * eps) - 2 * ss) == 0)
logq = sp.log(npdf(zz, mm, ss ** 2))
L.step(sp.simplify(sp.diff(logq, mm) - (zz - mm) / ss ** 2) == 0)
L.step(sp.simplify(sp.diff(logq, ss) - (zz - mm) ** 2 / ss ** 3) == 0, note="-1/s")
Zq = Normal("Zq", mm, ss)
L.step(sp.simplify(Ex(sp.diff(logq, ss).subs(zz, Zq)) - Ex((Zq - mm) ** 2) / ss ** 3) == 0, carried=True)
L.step(sp.simplify(Ex((Zq - mm) ** 2) / ss ** 3 - 1 / ss) == 0)
L.define(2, "m, s"); L.step(2 * h == R("1.0")); L.step(2 * 1 == 2)
# TA feedback
L.step(same(KLp, (S2 + m ** 2 - 1 - sp.log(S2)) / 2, symbols=[m, S2])); L.define(note="s^2 = 1")
L.step(substituted(KLopt, lambda a: (R("0.5") + 1 - 1 + a) / 2, "~0.6931")); L.step(rounds("0.5966", KLopt, (R("0.5") + R("0.6931")) / 2))
L.step(True, note="Var(x) = 1 + 1 = 2"); L.step(sp.Integer(x0) ** 2 / 4 == 1); L.step(rounds("-2.2655", logpost_x))
L.step(R("-2.2655") + R("2.6689") == R("0.4034") and rounds("0.4034", logpost_x - elbo))
KLq = kl(h, 1, 1, h)
L.step(same(KLq, sp.log(sp.sqrt(R("0.5"))) + (1 + R("0.25")) / (2 * R("0.5")) - h)); L.step(rounds("0.4034", KLq))
L.step(sp.simplify(dS - (-1 + 1 / (2 * S2))) == 0); L.step(dS.subs(S2, 1) == R("-0.5")); L.define(2, "s^2 = 1, s^2 = 0.5")
L.step(substituted(nreq, lambda a: a / R("0.01") ** 2, "~4.6708")); L.step(R("4.6708") / R("0.01") ** 2 == 46708)
L.step(rounds("0.5820", rho ** 2, R("0.7629") ** 2)); L.step(1 - R("0.5820") == R("0.4180"))
L.step(True, note="score in s")
L.step(rounds("-3.6689", vals[0])); L.step(rounds("-2.5023", Lhat))
L.step(same(w_true, sp.exp(h - zz), positive=False)); L.step(100 / Ew2 == 100 / sp.E and rounds("2.7183", sp.E)); L.step(rounds("36.79", 100 / R("2.7183"), 100 / sp.E))
L.done()
