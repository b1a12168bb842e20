"""Labels for argmax_elbo_normal_normal_vi.tex: reading-group notes with `\\operatorname*{arg\\,max}`
(`\\DeclareMathOperator*`), `\\mathbb{E}_q`, `\\mathcal{N}(\\mu, \\sigma^2)` and `\\mathrm{KL}(q\\,\\|\\,p)`:
a Normal-Normal model with its exact posterior, MAP as penalised least squares, a Bernoulli argmax, and
mean-field VI via the ELBO. Slips: the Beta-prior mode over n + a + b (for n + a + b - 2); d/ds^2 of
(1/2) ln s^2 taken as 1/s^2 (carried into s^2*, q*, the comparison with tau_n^2 and the KL); the Gaussian
entropy without e (its value carried); the predictive without the noise variance."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch10/argmax_elbo_normal_normal_vi.tex")
xs = [R("0.5"), R("1.5"), R("1.0")]
n, S = len(xs), sum(xs)
L.define(2, "sigma^2, tau^2"); L.define(note="data")
L.step(n == 3); L.step(S == R("3.0")); L.step(S / n == R("1.0"))
prec = 1 + sp.Integer(n) / 1
tn2, mun = 1 / prec, (1 / prec) * S
L.step(True, note="precisions add"); L.step(prec == 1 + 3); L.step(prec == 4); L.step(tn2 == R("0.25"))
L.step(True, note="precision-weighted mean"); L.step(mun == R("0.25") * R("3.0")); L.step(mun == R("0.75"))
L.step(mun == sp.Rational(3, 4) * 1 + sp.Rational(1, 4) * 0); L.step(mun == R("0.75"))
mu = sp.symbols("mu", real=True)
logpost = -sum((x - mu) ** 2 for x in xs) / 2 - mu ** 2 / 2
pen = sum((x - mu) ** 2 for x in xs) / 2 + mu ** 2 / 2
L.define(note="MAP")
L.step(same(logpost, -pen, positive=False))                  # argmax of -pen is argmin of pen
L.step(sp.solve(sp.diff(pen, mu), mu) == [S / (n + 1)]); L.step(S / (n + 1) == R("3.0") / 4); L.step(R("3.0") / 4 == R("0.75"))
th, k, nn, a, b = sp.symbols("theta k n a b", positive=True)
L.step(sp.solve(sp.diff(k * sp.log(th) + (nn - k) * sp.log(1 - th), th), th) == [k / nn])
lp = k * sp.log(th) + (nn - k) * sp.log(1 - th) + (a - 1) * sp.log(th) + (b - 1) * sp.log(1 - th)
mode = sp.solve(sp.diff(lp, th), th)[0]
L.step(same(mode, (k + a - 1) / (nn + a + b)), note="n + a + b - 2")
# VI
m, s2 = sp.symbols("m s2", positive=True)
L.define(note="q")
L.define(note="ELBO"); L.step(True, note="ELBO = ln p(x) - KL(q || posterior), standard identity")
xi = sp.symbols("xi", real=True)
L.step(True, note="E_q[(x - mu)^2] = (x - m)^2 + s^2 (bias-variance)")
# ELBO in closed form: E_q ln p(x, mu) + entropy, with sigma = tau = 1
elbo = -sum((x - m) ** 2 + s2 for x in xs) / 2 - (m ** 2 + s2) / 2 + sp.log(s2) / 2
elbo_true = (-sum((x - m) ** 2 + s2 for x in xs) / 2 - sp.Rational(n, 2) * sp.log(2 * sp.pi)
             - (m ** 2 + s2) / 2 - sp.log(2 * sp.pi) / 2 + sp.log(2 * sp.pi * sp.E * s2) / 2)
L.step(sp.simplify(sp.diff(elbo_true - elbo, m)) == 0 and sp.simplify(sp.diff(elbo_true - elbo, s2)) == 0)
L.step(same(sp.diff(elbo, m), sum(x - m for x in xs) - m, positive=False)); L.define(note="= 0")
mstar = sp.solve(sp.diff(elbo, m), m)[0]
L.step(mstar == S / (n + 1)); L.step(mstar == R("0.75"))
dws = -sp.Rational(n, 2) - sp.Rational(1, 2) + 1 / s2
L.step(same(sp.diff(elbo, s2), dws), note="1/(2 s^2)"); L.define(note="= 0")
s2star = sp.solve(sp.diff(elbo, s2), s2)[0]
s2w = sp.solve(dws, s2)[0]
L.step(s2star == sp.Rational(2, n + 1), carried=s2w == sp.Rational(2, n + 1)); L.step(sp.Rational(2, n + 1) == R("0.5"))
L.step(s2star == R("0.5"), carried=True); L.step(tn2 == R("0.25")); L.step(s2star > tn2, carried=s2w > tn2)
kl = lambda mm, ss: (ss + mm ** 2 - 1 - sp.log(ss)) / 2
x_ = sp.symbols("x_", real=True)
q = sp.exp(-(x_ - m) ** 2 / (2 * s2)) / sp.sqrt(2 * sp.pi * s2)
L.step(rounds("0.5994", sp.Integral(q * sp.log(q / (sp.exp(-x_ ** 2 / 2) / sp.sqrt(2 * sp.pi))), (x_, -12, 12)).subs({m: R("0.75"), s2: R("0.25")}).evalf(20))
       and same(kl(m, s2), (s2 + m ** 2 - 1 - sp.log(s2)) / 2))
L.step(kl(mstar, s2star) == kl(R("0.75"), R("0.5")), carried=True)
L.step(substituted(kl(R("0.75"), R("0.5")), lambda c: (R("0.0625") + c) / 2, "~0.6931") and R("0.5") + R("0.5625") - 1 == R("0.0625"))
L.step(rounds("0.3778", (R("0.0625") + R("0.6931")) / 2))
H = sp.log(2 * sp.pi * sp.E * s2) / 2
L.define(note="entropy = -E_q ln q")
L.step(same(H, sp.log(2 * sp.pi * s2) / 2), note="2 pi e s^2")
L.step(substituted(sp.log(2 * sp.pi * s2star) / 2, lambda c: sp.log(c) / 2, "~3.1416"), carried=True)
L.step(rounds("0.5724", sp.log(R("3.1416")) / 2))
L.define(note="reparameterisation")
eps = sp.symbols("epsilon", real=True)
s_ = sp.symbols("s", positive=True)
Eeps = lambda e: sp.expand(e).subs(eps ** 2, 1).subs(eps, 0)      # E[eps] = 0, E[eps^2] = 1
L.step(True, note="d/dm inside the expectation"); L.step(Eeps(2 * (m + s_ * eps)) == 2 * m)
L.step(True, note="d/ds inside the expectation"); L.step(Eeps(2 * (m + s_ * eps) * eps) == 2 * s_)
L.step(Eeps((m + s_ * eps) ** 2) == m ** 2 + s_ ** 2)
# prediction
L.step(tn2 == 1 + tn2, note="predictive variance sigma^2 + tau_n^2")
L.step(True, note="N(mu_n, tau_n^2) = N(0.75, 0.25) between the members"); L.step(sp.sqrt(R("0.25")) == R("0.5"))
# section 6
L.step(True, note="KL >= 0 (Gibbs)"); L.step(True, note="ELBO = ln p(x) - KL <= ln p(x)")
# q = Ber(0.3), p = Ber(0.6): E_q[ln p - ln q] is -KL(q || p), not KL
qb, pb = [R("0.3"), R("0.7")], [R("0.6"), R("0.4")]
klqp = sum(a_ * sp.log(a_ / b_) for a_, b_ in zip(qb, pb))
L.step(sp.N(klqp - sum(a_ * (sp.log(b_) - sp.log(a_)) for a_, b_ in zip(qb, pb))) == 0, note="E_q[ln q - ln p]")
mm, ss = sp.symbols("mm ss", positive=True)
ee = sp.symbols("ee", real=True)
dens = sp.exp(-(ee - mm) ** 2 / (2 * ss ** 2)) / sp.sqrt(2 * sp.pi * ss ** 2)
Eexp = sp.simplify(sp.integrate(sp.exp(ee) * dens, (ee, -sp.oo, sp.oo)))
L.step(same(Eexp, sp.exp(mm)), note="e^{m + s^2/2}"); L.step(True, note="m = 0.75"); L.step(rounds("2.1170", sp.exp(R("0.75"))))
E2 = sp.integrate(ee ** 2 * dens, (ee, -sp.oo, sp.oo)); E4 = sp.integrate(ee ** 4 * dens, (ee, -sp.oo, sp.oo))
VarSq = sp.simplify(E4 - E2 ** 2)
L.step(same(VarSq, 2 * ss ** 4), note="4 m^2 s^2 + 2 s^4")
lpb = 8 * sp.log(th) + 4 * sp.log(1 - th)           # (7 + 2 - 1) and (3 + 2 - 1)
amax = sp.solve(sp.diff(lpb, th), th)[0]
L.step(amax == sp.Rational(7 + 1, 10 + 2)); L.step(rounds("0.6667", amax)); L.step(R("0.6667") < R("0.7"))
# comments
L.step(same(sp.diff(sp.log(s2) / 2, s2), 1 / (2 * s2))); L.step(s2star == sp.Rational(1, n + 1)); L.step(s2star == R("0.25")); L.step(s2star == tn2)
L.step(substituted(kl(mstar, s2star), lambda c: (R("0.25") + R("0.5625") - 1 + c) / 2, "~1.3863"))
L.step(rounds("0.5994", kl(mstar, s2star), approx=True)); L.step(rounds("0.7258", H.subs(s2, s2star), approx=True))
L.step(same(sp.solve(sp.diff(lp, th), th)[0], (k + a - 1) / (nn + a + b - 2))); L.define(2, "a = b = 1")
L.step(True, note="KL definition"); L.step(same(Eexp, sp.exp(mm + ss ** 2 / 2))); L.step(same(VarSq, 4 * mm ** 2 * ss ** 2 + 2 * ss ** 4))
L.step(1 + tn2 == R("1.25") and mun == R("0.75"), note="predictive N(mu_n, sigma^2 + tau_n^2)")
L.step(rounds("1.1180", sp.sqrt(R("1.25")), approx=True))
L.done()
