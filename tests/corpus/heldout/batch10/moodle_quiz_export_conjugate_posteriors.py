"""Labels for moodle_quiz_export_conjugate_posteriors.tex: a Moodle quiz review exported to LaTeX, with
`question`/`response`/`feedback` environments made by `\\newenvironment`: Beta-Binomial (the posterior
kernel with beta + n for beta + n - k, carried into the mean and the mode), Gamma-Poisson (Var = alpha'/beta',
carried into the sd), Normal-Normal (the interval half-width with the variance for the sd, carried into both
ends), MAP as penalised least squares (lambda = tau^2/sigma^2, carried into w_MAP), Bernoulli KL called
symmetric; the general feedback of each question."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch10/moodle_quiz_export_conjugate_posteriors.tex")
th, a_, b_, n_, k_ = sp.symbols("theta alpha beta n k", positive=True)
L.define(2, "n, k")
kernel = th ** (a_ + k_ - 1) * (1 - th) ** (b_ + n_ - k_ - 1)
written = th ** (a_ + k_ - 1) * (1 - th) ** (b_ + n_ - 1)
lik_prior = th ** k_ * (1 - th) ** (n_ - k_) * th ** (a_ - 1) * (1 - th) ** (b_ - 1)
L.step(same(lik_prior, kernel))                      # equal, so proportional
pt = {a_: 3, b_: 2, n_: 8, k_: 6, th: sp.Rational(1, 3)}
pt2 = {**pt, th: sp.Rational(2, 3)}
ratio = lambda e: sp.nsimplify(e.subs(pt) / e.subs(pt2))
L.step(ratio(written) == ratio(kernel), note="beta + n - k")
A, B = 3 + 6, 2 + 2
Bw = 2 + 8
L.step(3 + 6 == 9); L.step(True, note="9 = 9"); L.step(2 + 8 == 10); L.step(2 + 8 == 10)
mean, mode = sp.Rational(A, A + B), sp.Rational(A - 1, A + B - 2)
L.step(mean == sp.Rational(9, 19), carried=True); L.step(sp.Rational(9, 9 + 10) == sp.Rational(9, 19))
L.step(rounds("0.4737", sp.Rational(9, 19), approx=True))
L.step(mode == sp.Rational(8, 17), carried=True); L.step(sp.Rational(8, 17) == sp.Rational(9 - 1, 9 + 10 - 2))
L.step(rounds("0.4706", sp.Rational(8, 17), approx=True))
L.step(sp.Rational(3, 5) == R("0.6")); L.step(sp.Rational(6, 8) == R("0.75"))
L.step((A, B) == (3 + 6, 2 + 2) == (9, 4)); L.step(8 - 6 == 2)
L.step(mean == sp.Rational(9, 13)); L.step(rounds("0.6923", mean, approx=True))
L.step(rounds("0.7273", sp.Rational(8, 11), approx=True) and mode == sp.Rational(8, 11))
var = sp.Rational(A * B, (A + B) ** 2 * (A + B + 1))
L.step(var == sp.Rational(36, 2366)); L.step(rounds("0.0152", var, approx=True))
# Q2 Gamma-Poisson
L.define(note="data")
xs = [3, 5, 4]
al, be = 2 + sum(xs), 1 + len(xs)
L.step(True, note="conjugate update"); L.step((al, be) == (14, 4))
L.step(sp.Rational(al, be) == sp.Rational(14, 4)); L.step(sp.Rational(14, 4) == R("3.5"))
gv = sp.Rational(al, be ** 2)
L.step(gv == sp.Rational(al, be), note="alpha'/beta'^2"); L.step(True, note="14/4"); L.step(sp.Rational(14, 4) == R("3.5"))
L.step(sp.sqrt(gv) == sp.sqrt(R("3.5")), carried=True); L.step(rounds("1.8708", sp.sqrt(R("3.5")), approx=True))
L.step(sp.Rational(14, 4) == sp.Rational(1, 4) * 2 + sp.Rational(3, 4) * 4)
L.step(sp.Rational(1, 4) * 2 + sp.Rational(3, 4) * 4 == R("0.5") + 3); L.step(R("0.5") + 3 == R("3.5"))
lam = sp.symbols("lam", positive=True)
pred0 = sp.integrate(sp.exp(-lam) * be ** al / sp.gamma(al) * lam ** (al - 1) * sp.exp(-be * lam), (lam, 0, sp.oo))
L.step(sp.simplify(pred0 - sp.Rational(be, be + 1) ** al) == 0)
L.step(sp.Rational(be, be + 1) ** al == sp.Rational(4, 5) ** 14); L.step(rounds("0.0440", pred0, approx=True))
L.step(True, note="Gamma variance formula"); L.step(gv == sp.Rational(14, 16)); L.step(gv == R("0.875"))
L.step(rounds("0.9354", sp.sqrt(gv), approx=True))
L.step(rounds("0.0302", sp.exp(-R("3.5")), approx=True))
# Q3 Normal-Normal
Phi = lambda t: (1 + sp.erf(sp.sympify(t) / sp.sqrt(2))) / 2
L.define(note="xbar")
prec = sp.Rational(1, 4) + 4
L.step(prec == sp.Rational(1, 4) + sp.Rational(4, 1)); L.step(prec == R("4.25"))
tau2 = 1 / prec
L.step(tau2 == 1 / R("4.25")); L.step(rounds("0.2353", tau2, approx=True))
mu_n = tau2 * (0 + 4 * R("1.5"))
L.step(True, note="posterior mean formula"); L.step(substituted(mu_n, lambda t: t * 6, "~0.2353"))
L.step(rounds("1.4118", R("0.2353") * 6, approx=True))
tau = sp.sqrt(tau2)
L.step(substituted(R("1.96") * tau, lambda t: R("1.96") * t, "~0.2353"), note="0.2353 is tau^2, not tau")
L.step(rounds("0.4612", R("1.96") * R("0.2353")))
lo, hi = mu_n - R("1.96") * tau, mu_n + R("1.96") * tau
L.step(substituted(lo, lambda m, h: m - h, "~1.4118", "~0.4612"), carried=True)
L.step(R("1.4118") - R("0.4612") == R("0.9506"))
L.step(substituted(hi, lambda m, h: m + h, "~1.4118", "~0.4612"), carried=True)
L.step(R("1.4118") + R("0.4612") == R("1.8730"))
L.step(Phi(mu_n / tau) == Phi(mu_n / tau2), note="mu_n / tau_n")
L.step(True, note="substitution of mu_n/tau_n^2"); L.step(R("1.4118") / R("0.2353") == R("6.0000") or rounds("6.0000", R("1.4118") / R("0.2353")))
L.step(rounds("1.0000", Phi(6), approx=True))
L.step(rounds("0.9507", R("1.96") * tau, approx=True))
L.step(rounds("0.4851", tau) and rounds("2.9104", R("1.4118") / R("0.4851"), mu_n / tau))
L.step(rounds("0.9982", Phi(R("2.9104")), approx=True) and rounds("0.9982", Phi(mu_n / tau), approx=True))
assert rounds("0.4610", lo) and rounds("2.3625", hi)
# Q4 MAP
L.define(5, "the model, sigma^2, tau^2, x, y")
w, s2, t2 = sp.symbols("w s2 t2", positive=True)
X, Y = [1, 2, 3], [1, 3, 2]
nlp = sum((y - w * x) ** 2 for x, y in zip(X, Y)) / (2 * s2) + w ** 2 / (2 * t2)
L.step(True, note="-ln posterior = (1/2s2) SSE + w^2/(2 t2) + const: Gaussian log densities")
lam_true = sp.Rational(1) / sp.Rational(1, 2)                  # sigma^2 / tau^2
L.step(lam_true == sp.Rational(1, 2), note="lambda = 2"); L.step(sp.Rational(1, 2) / 1 == R("0.5"))
L.define(note="derivative set to zero")
sxy, sxx = sum(x * y for x, y in zip(X, Y)), sum(x * x for x in X)
wmap = sp.solve(sp.diff(nlp.subs({s2: 1, t2: sp.Rational(1, 2)}), w), w)[0]
L.step(True, note="w = sum x y / (sum x^2 + lambda)")
L.step(wmap == sp.Rational(1 + 6 + 6) / (1 + 4 + 9 + R("0.5")), carried=sp.Rational(1 + 6 + 6) / (1 + 4 + 9 + R("0.5")) == sp.Rational(sxy) / (sxx + R("0.5")))
L.step(sp.Rational(1 + 6 + 6) / (1 + 4 + 9 + R("0.5")) == 13 / R("14.5")); L.step(rounds("0.8966", 13 / R("14.5"), approx=True))
L.step(rounds("0.9286", sp.Rational(sxy, sxx), approx=True))
L.step(lam_true == 1 / sp.Rational(1, 2)); L.step(lam_true == 2); L.step(wmap == sp.Rational(13, 16)); L.step(wmap == R("0.8125"))
# Q5 Bernoulli KL
kl = lambda p, q: p * sp.log(p / q) + (1 - p) * sp.log((1 - p) / (1 - q))
h, q = R("0.5"), R("0.25")
L.step(sp.simplify(kl(h, q) - sp.log(sp.Rational(4, 3)) / 2) == 0)
L.step(rounds("0.1438", kl(h, q), approx=True))
L.step(rounds("0.1438", kl(q, h), approx=True), note="0.1308")
L.step(rounds("0.1308", kl(q, h), approx=True) and sp.simplify(kl(q, h) - (q * sp.log(R("0.5")) + R("0.75") * sp.log(R("1.5")))) == 0)
# Q6
L.define(2, "z, counts")
zz = sp.symbols("z1 z2", real=True)
P = [sp.exp(t) / (sp.exp(zz[0]) + sp.exp(zz[1])) for t in zz]
L.step(same(sp.diff(sp.log(P[0]), zz[1]), -P[0], positive=False), note="-p_j")
L.define(note="z = (0, ln 3)")
pv = [t.subs({zz[0]: 0, zz[1]: sp.log(3)}) for t in P]
L.step(pv == [sp.Rational(1, 4), sp.Rational(3, 4)]); L.step(pv == [R("0.25"), R("0.75")])
L.step(sp.diff(sp.log(P[0]), zz[1]).subs({zz[0]: 0, zz[1]: sp.log(3)}) == -pv[0], carried=True); L.step(-pv[0] == R("-0.25"))
L.step(sp.simplify(sp.diff(sp.log(P[0]), zz[0]).subs({zz[0]: 0, zz[1]: sp.log(3)}) - (1 - R("0.25"))) == 0); L.step(1 - R("0.25") == R("0.75"))
lam = sp.symbols("lam", positive=True)
cnt = [2, 0, 4, 2]
ll = sum(c * sp.log(lam) - lam for c in cnt)
L.step(same(sp.diff(ll, lam), 8 / lam - 4))
lh = sp.solve(sp.diff(ll, lam), lam)[0]
L.step(lh == sp.Rational(8, 4) == 2)
se = sp.sqrt(lh / 4)
L.step(se == lh / sp.sqrt(4), note="sqrt(lambda/n)"); L.step(sp.Rational(2, 2) == 1)
L.step(same(sp.diff(sp.log(P[0]), zz[1]), -P[1], positive=False)); L.step(sp.diff(sp.log(P[0]), zz[1]).subs({zz[0]: 0, zz[1]: sp.log(3)}) == R("-0.75"))
L.step(sp.simplify(1 / sp.sqrt(-sp.diff(ll, lam, 2).subs(lam, lh)) - sp.sqrt(lh / 4)) == 0, note="SE = 1/sqrt(Fisher) = sqrt(lambda/n)")
L.step(se == sp.sqrt(R("0.5"))); L.step(rounds("0.7071", se))
L.done()
