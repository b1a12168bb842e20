"""Labels for amsart_theorems_moments_kl.tex: a study note in amsart with theorem/lemma/corollary/definition/
proof environments and a TA's unnumbered notes: expectation/variance laws, total variance on a two-component
mixture, covariance, Jensen, Gaussian MLE, KL between Gaussians (and the VAE term).
Slips: Var(E[X|Y]) without the 0.7 (carried into Var X, not into the plain arithmetic of the sd);
E[e^X] = e^{E X}; E[sigma-hat^2] = n/(n-1) sigma^2; KL(q||p) with ln(sigma_2/sigma_1) the wrong way round
(carried into J); d/d sigma^2 of -1/2 ln sigma^2 with the wrong sign (carried into the gradient's value and
an SGD step); the TA's corrections."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from sympy import stats  # noqa: E402
from truth import Labels, R, rounds, same  # noqa: E402

L = Labels("batch9/amsart_theorems_moments_kl.tex")
a, b = sp.symbols("a b")
X = stats.FiniteRV("X", {-1: sp.Rational(1, 5), 2: sp.Rational(1, 2), 7: sp.Rational(3, 10)})   # a test distribution
E, V = stats.E, stats.variance
L.define(2, "E and Var")
L.step(sp.simplify(E(a * X + b) - (a * E(X) + b)) == 0)
L.step(True, note="integral linearity"); L.step(True, note="int x p = E X, int p = 1")
L.step(sp.simplify(V(X) - (E(X**2) - E(X)**2)) == 0); L.step(sp.simplify(V(a * X + b) - a**2 * V(X)) == 0)
L.define(note="mu = E X")
mu = E(X)
L.step(sp.simplify(V(X) - E(X**2 - 2 * mu * X + mu**2)) == 0)
L.step(sp.simplify(E(X**2 - 2 * mu * X + mu**2) - (E(X**2) - 2 * mu**2 + mu**2)) == 0)
L.step(sp.simplify(E(X**2) - 2 * mu**2 + mu**2 - (E(X**2) - mu**2)) == 0)
L.step(sp.simplify(sp.expand(a * X + b - E(a * X + b) - a * (X - mu))) == 0)
L.step(True, note="tower property"); L.step(True, note="law of total variance")
# mixture example: exact moments
p1 = R("0.3"); p0 = 1 - p1
m = {0: 1, 1: 5}; v = {0: 4, 1: 1}
EX = p0 * m[0] + p1 * m[1]
L.step(EX == R("0.7") * 1 + R("0.3") * 5); L.step(R("0.7") * 1 + R("0.3") * 5 == R("0.7") + R("1.5")); L.step(R("0.7") + R("1.5") == R("2.2"))
EV = p0 * v[0] + p1 * v[1]
L.step(EV == R("0.7") * 4 + R("0.3") * 1); L.step(EV == R("3.1"))
VE = p0 * (m[0] - EX) ** 2 + p1 * (m[1] - EX) ** 2
L.step(VE == R("0.3") * (5 - 1) ** 2, note="missing the factor 0.7"); L.step(R("0.3") * 16 == R("4.8"))
EX2 = p0 * (v[0] + m[0] ** 2) + p1 * (v[1] + m[1] ** 2)
VX = EX2 - EX**2
L.step(VX == R("3.1") + R("4.8"), carried=True); L.step(R("3.1") + R("4.8") == R("7.9"))
L.step(rounds("2.8107", sp.sqrt(R("7.9")), approx=True))
L.step(EX2 == R("0.7") * (4 + 1) + R("0.3") * (1 + 25)); L.step(R("0.7") * 5 + R("0.3") * 26 == R("3.5") + R("7.8")); L.step(R("3.5") + R("7.8") == R("11.3"))
L.step(VX == R("11.3") - R("2.2") ** 2); L.step(R("2.2") ** 2 == R("4.84")); L.step(R("11.3") - R("4.84") == R("6.46"))
L.step(VE == R("0.3") * R("0.7") * 16); L.step(VE == R("3.36")); L.step(R("3.1") + R("3.36") == VX)
# covariance (Y the Bernoulli)
EXY = p1 * m[1]
L.step(True, note="Cov formula"); L.step(EXY == R("0.3") * 5); L.step(EXY == R("1.5"))
L.step(EXY - EX * p1 == R("1.5") - R("2.2") * R("0.3")); L.step(R("1.5") - R("0.66") == R("0.84"))
# Jensen
Z = stats.Normal("Z", 0, 1)
L.step(True, note="Jensen's inequality")
EeZ = sp.simplify(E(sp.exp(Z)).rewrite(sp.erf))
L.step(EeZ == sp.exp(E(Z)), note="E e^X = e^{1/2}"); L.step(sp.exp(0) == 1)
mus, s2s = sp.symbols("mu sigma2", positive=True)
Wn = stats.Normal("W", mus, sp.sqrt(s2s))
L.step(sp.simplify(E(sp.exp(Wn)).rewrite(sp.erf) - sp.exp(mus + s2s / 2)) == 0); L.step(EeZ == sp.exp(sp.Rational(1, 2)))
L.step(rounds("1.6487", EeZ, approx=True)); L.step(EeZ > 1)
# Gaussian MLE
L.define(note="log-likelihood")
n = 4; xs = [2, 4, 5, 9]; xsym = sp.symbols("x1:5"); mu_, s2_ = sp.symbols("mu s2", positive=True)
ell = -sp.Rational(n, 2) * sp.log(2 * sp.pi * s2_) - sum((xi - mu_) ** 2 for xi in xsym) / (2 * s2_)
crit = sp.solve([sp.diff(ell, mu_), sp.diff(ell, s2_)], [mu_, s2_], dict=True)[0]
xbar = sum(xsym) / n
L.step(sp.simplify(crit[mu_] - xbar) == 0)
L.step(sp.simplify(crit[s2_] - sum((xi - xbar) ** 2 for xi in xsym) / n) == 0)
# E[sigma-hat^2] for n = 2 draws of +-1 (sigma^2 = 1): (n-1)/n
U1, U2 = stats.Die("U1", 2), stats.Die("U2", 2)          # values 1, 2: variance 1/4
s2hat = ((U1 - (U1 + U2) / 2) ** 2 + (U2 - (U1 + U2) / 2) ** 2) / 2
L.step(E(s2hat) == sp.Rational(2, 1) * V(U1), note="it is (n-1)/n sigma^2")
L.step(same(sp.diff(ell, mu_), sum(xi - mu_ for xi in xsym) / s2_))
L.step(same(sp.diff(ell, s2_), -sp.Rational(n, 2) / s2_ + sum((xi - mu_) ** 2 for xi in xsym) / (2 * s2_**2)))
L.define(note="data x")
L.step(sp.Rational(sum(xs), 4) == sp.Rational(2 + 4 + 5 + 9, 4)); L.step(sp.Rational(20, 4) == 5)
ss = sum((xi - 5) ** 2 for xi in xs)
L.step(sp.Rational(ss, 4) == sp.Rational(9 + 1 + 0 + 16, 4)); L.step(sp.Rational(26, 4) == R("6.5"))
L.step(sp.Rational(ss, 3) == sp.Rational(26, 3)); L.step(rounds("8.6667", sp.Rational(26, 3), approx=True))
L.step(True, note="s^2 unbiased"); L.step(R("6.5") < R("8.6667"))
# KL
m1, m2 = sp.symbols("mu1 mu2", real=True); s1, s2 = sp.symbols("s1 s2", positive=True); t = sp.symbols("t", real=True)
logp = lambda mm, ss_: -sp.log(ss_ * sp.sqrt(2 * sp.pi)) - (t - mm) ** 2 / (2 * ss_**2)
def kl(ma, sa, mb, sb):
    return sp.N(sp.Integral(sp.exp(logp(ma, sa)) * (logp(ma, sa) - logp(mb, sb)), (t, -sp.oo, sp.oo)), 30)
formula = lambda ma, sa, mb, sb: sp.log(sp.sympify(sb) / sa) + (sp.sympify(sa)**2 + (ma - mb) ** 2) / (2 * sp.sympify(sb)**2) - sp.Rational(1, 2)
L.step(abs(kl(0, 1, 1, 2) - sp.N(formula(0, 1, 1, 2), 30)) < 1e-20 and abs(kl(1, 3, -2, 1) - sp.N(formula(1, 3, -2, 1), 30)) < 1e-20)
L.define(2, "p, q")
L.step(same(logp(m1, s1) - logp(m2, s2), sp.log(s2 / s1) - (t - m1) ** 2 / (2 * s1**2) + (t - m2) ** 2 / (2 * s2**2)))
P = stats.Normal("P", m1, s1)
L.step(sp.simplify(E((P - m1) ** 2) - s1**2) == 0); L.step(sp.simplify(E((P - m2) ** 2) - (s1**2 + (m1 - m2) ** 2)) == 0)
L.define(2, "p = N(0, 1), q = N(1, 4)")
klpq, klqp = formula(0, 1, 1, 2), formula(1, 2, 0, 1)
L.step(sp.simplify(klpq - (sp.log(2) + sp.Rational(2, 8) - sp.Rational(1, 2))) == 0)
L.step(rounds("0.6931", sp.log(2)) and R("0.6931") - R("0.25") == klpq.subs(sp.log(2), R("0.6931")))
L.step(rounds("0.4431", klpq, R("0.6931") - R("0.25")))
L.step(sp.simplify(klqp - (sp.log(2) + sp.Rational(5, 2) - sp.Rational(1, 2))) == 0, note="ln(1/2), not ln 2")
L.step(rounds("2.6931", sp.log(2) + 2))
L.step(klqp > klpq)
L.define(note="J")
J = (klpq + klqp) / 2
L.step(rounds("0.4431", klpq) and rounds("2.6931", klqp), carried=True)
L.step((R("0.4431") + R("2.6931")) / 2 == R("1.5681"))
# VAE term
mu0, v0 = sp.symbols("mu v", positive=True)
vae = lambda mm, vv: formula(mm, sp.sqrt(vv), 0, 1)
L.step(same(vae(mu0, v0), (v0 + mu0**2 - 1 - sp.log(v0)) / 2))
L.define(2, "mu = 0.5, sigma^2 = 0.25")
val = vae(R("0.5"), R("0.25"))
L.step(rounds("0.4431", val, (R("0.25") + R("0.25") - 1 + R("1.3863")) / 2) and rounds("1.3863", -sp.log(R("0.25"))))
dmu = sp.diff(vae(mu0, v0), mu0)
L.step(same(dmu, mu0)); L.step(dmu.subs(mu0, R("0.5")) == R("0.5"))
dv = sp.diff(vae(mu0, v0), v0)
L.step(same(dv, (1 + 1 / v0) / 2), note="1 - 1/sigma^2")
gv = dv.subs(v0, R("0.25"))
L.step(gv == (1 + 4) / sp.Integer(2), carried=((1 + 1 / v0) / 2).subs(v0, R("0.25")) == sp.Rational(5, 2))
L.step(sp.Rational(5, 2) == R("2.5"))
L.define(note="sigma^2 update")
L.step(R("0.25") - R("0.01") * gv == R("0.25") - R("0.01") * R("2.5"), carried=True)
L.step(R("0.25") - R("0.025") == R("0.225"))
# TA
L.step(sp.simplify(klqp - (sp.log(sp.Rational(1, 2)) + R("2.5") - R("0.5"))) == 0); L.step(rounds("1.3069", klqp, approx=True))
L.step(rounds("0.8750", J, approx=True)); L.step(E(s2hat) == sp.Rational(1, 2) * V(U1))
L.step(same(sp.diff(-sp.log(v0) / 2, v0), -1 / (2 * v0)))
L.step(gv == (1 - 4) / sp.Integer(2)); L.step(gv == R("-1.5"))
L.step(R("0.25") - R("0.01") * gv == R("0.25") + R("0.015")); L.step(R("0.265") == R("0.25") + R("0.015"))
L.done()
