"""Labels for recommendation_letter_worked_sample_beta_binomial_map_gaussian_poisson_kl.tex: a letter of
recommendation (`letter` class, `\\opening`, `\\closing`, `\\encl`) with the student's take-home assignment attached as
a worked sample, the marker's red margin remarks, and the student's correction note (`\\DeclareMathOperator` for Var,
E, Beta, SE, `\\KL` and `\\N` macros, `\\propto`, `align*`, `\\Longrightarrow`): the posterior mean as a weighted
average (in the letter); a Beta(3, 2) prior with 7 successes in 10 (posterior by proportionality, mean, mode from the
log-posterior, MLE, weighted average, variance and sd, the predictive of one and of two more successes); MAP for a
line through the origin as regularised least squares (lambda, J', the closed form, least squares, shrinkage,
posterior variance and mean); Gaussian MLE on five points; Poisson MLE with its standard error; KL between two
Gaussians both ways. Slips: the Beta variance with a + b for a + b + 1 (sd carried); lambda = sigma^2/tau^2 for the
1/n-normalised objective (w_MAP and the shrinkage carried); d/dsigma^2 of the quadratic term without the 1/2
(sigma-hat^2 and the comparison with s^2 carried); the Poisson l'' with lambda for lambda^2 (its value and the SE
carried); KL(q || p) with ln 2 for ln 1/2."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch48/recommendation_letter_worked_sample_beta_binomial_map_gaussian_poisson_kl.tex")
a, b, n, k = sp.symbols("a b n k", positive=True)
L.step(same((a + b) / (a + b + n) * a / (a + b) + n / (a + b + n) * k / n, (a + k) / (a + b + n)))
# Q1
th = sp.symbols("theta", positive=True)
L.define(2, "prior, data")
A0, B0, K, Nn = 3, 2, 7, 10
lik, prior = th ** K * (1 - th) ** (Nn - K), th ** (A0 - 1) * (1 - th) ** (B0 - 1)
L.step(same(lik * prior, th ** 7 * (1 - th) ** 3 * th ** 2 * (1 - th))); L.step(same(lik * prior, th ** 9 * (1 - th) ** 4))
Ap, Bp = A0 + K, B0 + Nn - K
mean = sp.Rational(Ap, Ap + Bp)
L.step(mean == sp.Rational(10, 10 + 5)); L.step(mean == sp.Rational(10, 15)); L.step(rounds("0.6667", mean))
lp = (Ap - 1) * sp.log(th) + (Bp - 1) * sp.log(1 - th)
L.step(sp.simplify(sp.expand_log(sp.log(lik * prior), force=True) - lp) == 0)
L.step(same(sp.diff(lp, th), 9 / th - 4 / (1 - th))); L.define(note="= 0")
mode = sp.solve(sp.diff(lp, th), th)[0]
L.step(mode == sp.Rational(9, 13)); L.step(rounds("0.6923", mode))
d2 = sp.diff(lp, th, 2)
L.step(same(d2, -9 / th ** 2 - 4 / (1 - th) ** 2)); L.step(all(d2.subs(th, sp.Rational(j, 20)) < 0 for j in range(1, 20)))
mle = sp.solve(sp.diff(sp.log(lik), th), th)[0]
L.step(mle == sp.Rational(7, 10)); L.step(mle == R("0.7"))
L.step(mean == sp.Rational(5, 15) * sp.Rational(3, 5) + sp.Rational(10, 15) * sp.Rational(7, 10))
L.step(substituted(mean, lambda c: R("0.2") + c, "~0.4667") and rounds("0.4667", sp.Rational(7, 15)))
L.step(rounds("0.6667", R("0.2") + R("0.4667")))
L.define(2, "a = 10, b = 5")
var = sp.Rational(Ap * Bp, (Ap + Bp) ** 2 * (Ap + Bp + 1))
bv = sp.integrate(th ** 9 * (1 - th) ** 4, (th, 0, 1))
E1 = sp.integrate(th ** 10 * (1 - th) ** 4, (th, 0, 1)) / bv; E2 = sp.integrate(th ** 11 * (1 - th) ** 4, (th, 0, 1)) / bv
assert E1 == mean and E2 - E1 ** 2 == var
L.step(var == sp.Rational(Ap * Bp, (Ap + Bp) ** 2 * (Ap + Bp + 1))); L.step(var == sp.Rational(50, 225 * 15), note="a + b + 1 = 16")
L.step(sp.Rational(50, 225 * 15) == sp.Rational(50, 3375)); L.step(rounds("0.0148", sp.Rational(50, 3375)))
L.step(substituted(sp.sqrt(var), lambda c: sp.sqrt(c), "~0.0148"), carried=True); L.step(rounds("0.1217", sp.sqrt(R("0.0148"))))
L.step(True, note="P(next) = E[theta | k]"); L.step(rounds("0.6667", mean))
L.step(True, note="P(two more) = E[theta^2 | k]"); L.step(E2 == sp.Rational(Ap * (Ap + 1), (Ap + Bp) * (Ap + Bp + 1)))
L.step(E2 == sp.Rational(10 * 11, 15 * 16)); L.step(E2 == sp.Rational(110, 240)); L.step(rounds("0.4583", E2))
# Q2
L.define(note="model"); L.define(4, "sigma^2, tau^2, x, y")
w = sp.symbols("w", real=True)
s2, t2 = R("0.25"), 1
xs, ys = [1, 2, 3], [R("1.2"), R("1.9"), R("3.2")]
nlp = -sum(sp.log(sp.exp(-(yi - w * xi) ** 2 / (2 * s2))) for xi, yi in zip(xs, ys)) - sp.log(sp.exp(-w ** 2 / (2 * t2)))
L.step(sp.simplify(sp.diff(nlp - (sum((yi - w * xi) ** 2 for xi, yi in zip(xs, ys)) / (2 * s2) + w ** 2 / (2 * t2)), w)) == 0)
J_true = sp.expand(nlp * 2 * s2 / 3)
lam_from_J = sp.expand(J_true).coeff(w, 2) - sp.Rational(1, 3) * sum(xi ** 2 for xi in xs)
L.define(note="J")
L.step(lam_from_J == s2 / t2, note="sigma^2 / (n tau^2)"); L.step(s2 / t2 == R("0.25"))
lam = sp.Symbol("lam")
Jl = sum((yi - w * xi) ** 2 for xi, yi in zip(xs, ys)) / 3 + lam * w ** 2
L.step(same(sp.diff(Jl, w), -sp.Rational(2, 3) * sum(xi * (yi - w * xi) for xi, yi in zip(xs, ys)) + 2 * lam * w, positive=False))
L.define(note="= 0")
Sxy, Sxx = sum(xi * yi for xi, yi in zip(xs, ys)), sum(xi ** 2 for xi in xs)
L.step(same(sp.solve(sp.diff(Jl, w), w)[0], Sxy / (Sxx + 3 * lam)))
L.step(Sxy == R("1.2") + R("3.8") + R("9.6")); L.step(Sxy == R("14.6")); L.step(Sxx == 1 + 4 + 9); L.step(Sxx == 14)
wmap = sp.solve(sp.diff(J_true, w), w)[0]
L.step(wmap == R("14.6") / (14 + 3 * R("0.25")), carried=(Sxy / (Sxx + 3 * lam)).subs(lam, R("0.25")) == R("14.6") / (14 + 3 * R("0.25")))
L.step(R("14.6") / (14 + 3 * R("0.25")) == R("14.6") / R("14.75")); L.step(rounds("0.9898", R("14.6") / R("14.75")))
wls = Sxy / Sxx
L.step(wls == R("14.6") / 14); L.step(rounds("1.0429", wls))
L.step(wmap / wls == 14 / R("14.75"), carried=True); L.step(rounds("0.9492", 14 / R("14.75")))
pv = 1 / (Sxx / s2 + 1 / sp.Integer(t2))
L.step(True, note="posterior precision adds"); L.step(pv == 1 / (56 + sp.Integer(1))); L.step(rounds("0.0175", pv))
# Q3
xd = [R("4.2"), R("5.1"), R("3.6"), R("4.8"), R("5.3")]
L.define(2, "data, n")
mu, v = sp.symbols("mu v", positive=True)
ll = -sp.Rational(5, 2) * sp.log(2 * sp.pi * v) - sum((xi - mu) ** 2 for xi in xd) / (2 * v)
L.define(note="log-likelihood")
L.step(same(sp.diff(ll, mu), sum(xi - mu for xi in xd) / v)); L.define(note="= 0")
muh = sp.solve(sp.diff(ll, mu), mu)[0]
L.step(muh == sum(xd) / 5); L.step(sum(xd) == R("23.0") and muh == R("23.0") / 5); L.step(muh == R("4.6"))
L.step(same(sp.diff(ll, v), -sp.Rational(5, 2) / v + sum((xi - mu) ** 2 for xi in xd) / v ** 2), note="1/(2 sigma^4)")
L.define(note="= 0")
SS = sum((xi - muh) ** 2 for xi in xd)
vh = sp.solve(sp.diff(ll, v).subs(mu, muh), v)[0]
L.step(vh == 2 * SS / 5, carried=sp.solve((-sp.Rational(5, 2) / v + SS / v ** 2), v)[0] == 2 * SS / 5)
L.step([xi - muh for xi in xd] == [R("-0.4"), R("0.5"), R("-1.0"), R("0.2"), R("0.7")] and SS == R("1.94")
       and R("0.16") + R("0.25") + R("1.00") + R("0.04") + R("0.49") == R("1.94"))
L.step(vh == 2 * R("1.94") / 5, carried=True); L.step(2 * R("1.94") / 5 == R("0.776"))
s2u = SS / 4
L.step(True, note="s^2 = SS/(n - 1)"); L.step(s2u == R("1.94") / 4); L.step(s2u == R("0.485"))
L.step(vh > s2u, carried=R("0.776") > R("0.485"))
L.step(True, note="E[sigma-hat^2] = (n - 1)/n sigma^2, standard")
L.step(sp.Rational(4, 5) == R("0.8"))
# Q4
kk = [3, 1, 4, 2, 0, 2]
L.step(len(kk) == 6); L.step(sum(kk) == 12)
lm = sp.symbols("lambda", positive=True)
llp = sum(sp.log(lm ** ki * sp.exp(-lm) / sp.factorial(ki)) for ki in kk)
L.define(note="l(lambda) = ln prod")
L.step(same(sp.expand_log(llp, force=True), 12 * sp.log(lm) - 6 * lm - sum(sp.log(sp.factorial(ki)) for ki in kk)))
L.step(same(sp.diff(llp, lm), sp.Integer(12) / lm - 6)); L.define(note="= 0")
lh = sp.solve(sp.diff(llp, lm), lm)[0]
L.step(lh == sp.Rational(sum(kk), len(kk))); L.step(lh == sp.Rational(12, 6)); L.step(lh == 2)
d2p = sp.diff(llp, lm, 2)
L.step(same(d2p, -sp.Integer(12) / lm), note="lambda^2")
L.step(d2p.subs(lm, lh) == -sp.Rational(12, 2), carried=True); L.step(-sp.Rational(12, 2) == -6)
se = 1 / sp.sqrt(-d2p.subs(lm, lh))
L.step(True, note="SE = 1/sqrt(observed information)"); L.step(se == 1 / sp.sqrt(6), carried=True); L.step(rounds("0.4082", 1 / sp.sqrt(6)))
L.step(sp.exp(-lh) == sp.exp(-2)); L.step(rounds("0.1353", sp.exp(-2)))
L.step(substituted(1 - sp.exp(-2), lambda c: 1 - c, "~0.1353")); L.step(1 - R("0.1353") == R("0.8647"))
# Q5
m1, m2, v1, v2 = sp.symbols("m1 m2 v1 v2", positive=True)
xg = sp.symbols("x", real=True)
def kl(ma, va, mb, vb):
    pa = sp.exp(-(xg - ma) ** 2 / (2 * va)) / sp.sqrt(2 * sp.pi * va)
    return sp.Integral(pa * (sp.log(pa) - (-(xg - mb) ** 2 / (2 * vb) - sp.log(2 * sp.pi * vb) / 2)), (xg, -30, 30)).evalf(25)
klf = lambda ma, va, mb, vb: sp.log(sp.sqrt(vb) / sp.sqrt(va)) + (va + (ma - mb) ** 2) / (2 * vb) - sp.Rational(1, 2)
L.step(abs(kl(R("0.3"), R("1.5"), R("-0.4"), R("0.7")) - klf(R("0.3"), R("1.5"), R("-0.4"), R("0.7")).evalf(25)) < 1e-15)
L.define(2, "p, q")
kpq, kqp = klf(0, 1, 1, 4), klf(1, 4, 0, 1)
L.step(same(kpq, sp.log(2) + sp.Rational(1 + 1, 8) - sp.Rational(1, 2)))
L.step(substituted(kpq, lambda c: c + R("0.25") - R("0.5"), "~0.6931")); L.step(R("0.6931") + R("0.25") - R("0.5") == R("0.4431"))
L.step(same(kqp, sp.log(2) + sp.Rational(4 + 1, 2) - sp.Rational(1, 2)), note="ln 1/2")
L.step(substituted(sp.log(2) + sp.Rational(4 + 1, 2) - sp.Rational(1, 2), lambda c: c + R("2.5") - R("0.5"), "~0.6931"))
L.step(R("0.6931") + R("2.5") - R("0.5") == R("2.6931"))
L.step(sp.N(kpq - kqp) != 0)
# correction note
L.step(var == sp.Rational(50, 225 * 16)); L.step(sp.Rational(50, 225 * 16) == sp.Rational(50, 3600)); L.step(rounds("0.0139", var))
L.step(substituted(sp.sqrt(var), lambda c: sp.sqrt(c), "~0.0139")); L.step(rounds("0.1179", sp.sqrt(R("0.0139"))))
L.step(substituted(E2 - mean ** 2, lambda p, q: p - q ** 2, "~0.4583", "~0.6667"))
L.step(rounds("0.4444", R("0.6667") ** 2, mean ** 2)); L.step(R("0.4583") - R("0.4444") == R("0.0139"))
L.step(lam_from_J == s2 / (3 * t2), note="lambda = sigma^2/(n tau^2)")
L.step(s2 / (3 * t2) == R("0.25") / 3); L.step(rounds("0.0833", R("0.25") / 3))
L.step(3 * s2 / (3 * t2) == s2 / t2); L.step(s2 / t2 == R("0.25"))
L.step(wmap == R("14.6") / (14 + R("0.25"))); L.step(R("14.6") / (14 + R("0.25")) == R("14.6") / R("14.25")); L.step(rounds("1.0246", wmap))
L.step(wmap / wls == 14 / R("14.25")); L.step(rounds("0.9825", 14 / R("14.25")))
L.step(True, note="posterior mean = Var * sum xy / sigma^2"); L.step(pv * Sxy / s2 == R("58.4") / 57); L.step(rounds("1.0246", R("58.4") / 57))
L.step(same(sp.diff(1 / (2 * v), v), -1 / (2 * v ** 2)))
L.step(same(sp.diff(ll, v), -sp.Rational(5, 2) / v + sum((xi - mu) ** 2 for xi in xd) / (2 * v ** 2)))
L.step(vh == R("1.94") / 5); L.step(vh == R("0.388")); L.step(R("0.388") < R("0.485")); L.step(R("0.485") == s2u)
llmax = ll.subs({mu: muh, v: vh})
L.step(same(llmax, -sp.Rational(5, 2) * sp.log(2 * sp.pi * vh) - sp.Rational(5, 2)))
L.step(substituted(llmax, lambda c: -R("2.5") * sp.log(c) - R("2.5"), "~2.4379") and rounds("2.4379", 2 * sp.pi * vh))
L.step(substituted(llmax, lambda c: -R("2.5") * c - R("2.5"), "~0.8911") and rounds("0.8911", sp.log(R("2.4379"))))
L.step(rounds("-4.7278", -R("2.5") * R("0.8911") - R("2.5"), llmax))
L.step(same(sp.diff(k * sp.log(lm), lm, 2), -k / lm ** 2))
L.step(d2p.subs(lm, lh) == -sp.Rational(12, 2 ** 2)); L.step(d2p.subs(lm, lh) == -3)
L.step(se == 1 / sp.sqrt(3)); L.step(rounds("0.5774", se))
L.step(sp.sqrt(lh / 6) == sp.sqrt(sp.Rational(2, 6))); L.step(rounds("0.5774", sp.sqrt(sp.Rational(2, 6))))
L.step(same(kqp - (sp.Rational(5, 2) - sp.Rational(1, 2)), sp.log(sp.Rational(1, 2)), positive=False))
L.step(rounds("-0.6931", sp.log(sp.Rational(1, 2))))
L.step(substituted(kqp, lambda c: c + R("2.5") - R("0.5"), "~-0.6931")); L.step(R("-0.6931") + R("2.5") - R("0.5") == R("1.3069"))
L.done()
