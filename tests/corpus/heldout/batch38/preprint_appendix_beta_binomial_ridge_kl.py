"""Labels for preprint_appendix_beta_binomial_ridge_kl.tex: the supplementary appendix of an anonymised conference
preprint (`\\appendix`, `\\numberwithin{equation}{section}`, amsthm lemma/proposition/remark/proof, `\\label`/`\\eqref`,
`\\paragraph` heads, a booktabs table, `\\DeclareMathOperator` for Beta, Bin, Var, KL, argmin, `:=`, `\\propto`,
numbered `align` with `\\nonumber`, a bibliography).
A: Beta(2, 6) prior, 7 clicks in 20: posterior kernel and parameters, mean, the shrinkage lemma with its proof and
numbers, the mode, a remark, variance two ways, sd, a 95% band, P(next), P(next two) and the Jensen gap, the law of
total variance for 10 more impressions against the binomial plug-in, E[ln theta] by digamma against ln E[theta].
B: MAP for y = wx + eps with a Gaussian prior as regularised MSE (proposition and proof), w_MAP against least
squares, the gradient, two GD steps, the contraction factor and step-size bound, the Gaussian posterior, the
predictive. C: KL between univariate Gaussians, derived and evaluated for the prior-to-posterior information gain.
Slips: the mode over alpha + beta - 1 (carried into the remark); Var(Y) with r Var(theta) for r^2 Var(theta)
(carried into the number); 7/6 = 1.1677; the gradient with the sign of the data term flipped; J'(w1) = -2.1786
for -2.1776 (carried into w2 and its error); Var(x* w) = x* s^2 (carried into the sd); the KL numbers without
the -1 (carried into bits)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch38/preprint_appendix_beta_binomial_ridge_kl.tex")
th = sp.symbols("theta", positive=True)
a, b, k, n = 2, 6, 7, 20
L.define(4, "a, b, k, n")
A, B = sp.symbols("a b", positive=True)
K, Nn = sp.symbols("k n", positive=True)
lik_prior = th ** K * (1 - th) ** (Nn - K) * th ** (A - 1) * (1 - th) ** (B - 1)
L.step(True, note="posterior proportional to likelihood x prior")
L.step(same(lik_prior, th ** (A + K - 1) * (1 - th) ** (B + Nn - K - 1), symbols=[th, A, B, K, Nn]))
al, be = a + k, b + n - k
L.define(note="alpha := a + k"); L.step(al == 9); L.define(note="beta := b + n - k"); L.step(be == 19)
mean = sp.Rational(al, al + be)
L.define(note="theta bar := E"); L.step(True, note="Beta mean"); L.step(mean == sp.Rational(9, 28)); L.step(rounds("0.3214", mean))
lam = Nn / (A + B + Nn)
L.step(same((A + K) / (A + B + Nn), (1 - lam) * A / (A + B) + lam * K / Nn)); L.define(note="lambda_n")
L.step(same((1 - lam) * A / (A + B), (A + B) / (A + B + Nn) * A / (A + B)))
L.step(same((A + B) / (A + B + Nn) * A / (A + B), A / (A + B + Nn)))
L.step(same(lam * K / Nn, K / (A + B + Nn)))
lamv = sp.Rational(n, a + b + n)
L.step(lamv == sp.Rational(20, 28)); L.step(rounds("0.7143", lamv))
L.step(substituted(mean, lambda p, q: p * R("0.25") + q * R("0.35"), "~0.2857", "~0.7143"))
L.step(rounds("0.0714", R("0.2857") * R("0.25")) and rounds("0.2500", R("0.7143") * R("0.35")))
L.step(rounds("0.3214", R("0.0714") + R("0.2500"), mean))
L.step(True, note="MLE = k/n"); L.step(sp.Rational(k, n) == R("0.35"))
# mode
Al, Be = sp.symbols("alpha beta", positive=True)
lp = (Al - 1) * sp.log(th) + (Be - 1) * sp.log(1 - th)
mode = sp.solve(sp.diff(lp, th), th)[0]
L.define(note="derivative = 0")
L.step(same(mode, (Al - 1) / (Al + Be - 1)), note="alpha + beta - 2")
L.step(sp.Rational(al - 1, al + be - 1) == sp.Rational(8, 27)); L.step(rounds("0.2963", sp.Rational(8, 27)))
modev = mode.subs({Al: al, Be: be})
L.step(modev < mean); L.step(mean < sp.Rational(k, n))
# remark
L.step(substituted(sp.Rational(k, n) - modev, lambda p: R("0.35") - p, "~0.2963"),
       carried=substituted(sp.Rational(k, n) - sp.Rational(8, 27), lambda p: R("0.35") - p, "~0.2963"))
L.step(R("0.35") - R("0.2963") == R("0.0537"))
L.step(R("0.35") - R("0.3214") == R("0.0286"))
# spread
var = sp.Rational(al * be, (al + be) ** 2 * (al + be + 1))
mom = lambda j: sp.integrate(th ** (j + al - 1) * (1 - th) ** (be - 1), (th, 0, 1)) / sp.integrate(th ** (al - 1) * (1 - th) ** (be - 1), (th, 0, 1))
L.step(sp.simplify(mom(2) - mom(1) ** 2 - sp.Rational(al * be, (al + be) ** 2 * (al + be + 1))) == 0, note="Beta variance")
L.step(var == sp.Rational(9 * 19, 28 ** 2 * 29)); L.step(var == sp.Rational(171, 22736)); L.step(rounds("0.007521", var))
L.step(same(Al * Be / ((Al + Be) ** 2 * (Al + Be + 1)), (Al / (Al + Be)) * (1 - Al / (Al + Be)) / (Al + Be + 1)))
L.step(substituted(var, lambda p, q: p * q / 29, "~0.3214", "~0.6786"))
L.step(rounds("0.007521", R("0.3214") * R("0.6786") / 29, var))
L.step(rounds("0.0867", sp.sqrt(R("0.007521")), sp.sqrt(var)))
L.step(substituted(R("1.96") * sp.sqrt(var), lambda s: R("1.96") * s, "~0.0867") and rounds("0.1699", R("1.96") * R("0.0867")))
# predictive
E2 = sp.Rational(al * (al + 1), (al + be) * (al + be + 1))
L.step(True, note="P(next) = posterior mean"); L.step(rounds("0.3214", mean))
L.step(True, note="P(two) = E theta^2")
L.step(same(sp.integrate(th ** 2 * th ** 8 * (1 - th) ** 18, (th, 0, 1)) / sp.integrate(th ** 8 * (1 - th) ** 18, (th, 0, 1)), E2))
L.step(E2 == sp.Rational(90, 812)); L.step(rounds("0.1108", E2))
L.step(rounds("0.1033", R("0.3214") ** 2, mean ** 2))
L.step(R("0.1108") - R("0.1033") == R("0.0075"))
r = 10
L.define(note="r = 10"); L.step(True, note="E[Y] = r theta bar"); L.step(r * R("0.3214") == R("3.214"))
L.step(True, note="law of total variance")
varY = r * (mean - E2) + r ** 2 * var
L.step(varY == r * (mean - E2) + r * var, note="r^2 Var(theta)")
L.step(True, note="E[theta(1 - theta)] = E theta - E theta^2")
L.step(substituted(mean - E2, lambda p, q: p - q, "~0.3214", "~0.1108")); L.step(R("0.3214") - R("0.1108") == R("0.2106"))
L.step(substituted(varY, lambda p, q: 10 * p + 10 * q, "~0.2106", "~0.007521"),
       carried=substituted(r * (mean - E2) + r * var, lambda p, q: 10 * p + 10 * q, "~0.2106", "~0.007521"))
L.step(rounds("2.1812", 10 * R("0.2106") + 10 * R("0.007521")))
L.step(substituted(r * mean * (1 - mean), lambda p, q: 10 * p * q, "~0.3214", "~0.6786"))
L.step(rounds("2.1810", 10 * R("0.3214") * R("0.6786"), r * mean * (1 - mean)))
L.step(R("2.1812") - R("2.1810") == R("0.0002"))
# log-rate
Eln = sp.polygamma(0, al) - sp.polygamma(0, al + be)
L.step(sp.N(sp.Integral(sp.log(th) * th ** 8 * (1 - th) ** 18, (th, 0, 1)) / sp.beta(9, 19) - Eln, 30) < 1e-20)
L.step(sp.simplify(Eln + sum(sp.Rational(1, j) for j in range(9, 28))) == 0)
L.step(rounds("-1.1736", Eln))
L.step(True, note="ln theta bar = ln 0.3214"); L.step(rounds("-1.1350", sp.log(R("0.3214")), sp.log(mean)))
L.step(R("-1.1736") < R("-1.1350"))
# ---- B
L.define(note="model")
w = sp.symbols("w", real=True)
xs, ys = [sp.Integer(1), sp.Integer(2), sp.Integer(-1)], [R("1.5"), R("2.5"), R("-0.5")]
s2, t2 = sp.Integer(1), R("0.5")
lamr = sp.Rational(s2) / t2
nll = sum((y - w * x) ** 2 for x, y in zip(xs, ys)) / (2 * s2) + w ** 2 / (2 * t2)
J = sum((y - w * x) ** 2 for x, y in zip(xs, ys)) / 3 + lamr / 3 * w ** 2
L.step(sp.solve(sp.diff(nll, w), w) == sp.solve(sp.diff(J, w), w))
L.define(2, "J, lambda")
logjoint = sum(-(y - w * x) ** 2 / (2 * s2) - sp.log(2 * sp.pi * s2) / 2 for x, y in zip(xs, ys)) - w ** 2 / (2 * t2) - sp.log(2 * sp.pi * t2) / 2
L.step(same(sp.diff(-logjoint, w), sp.diff(nll, w), positive=False), note="-ln p(w | D) = nll + const")
L.step(same(nll, sp.Rational(3, 2 * s2) * J, positive=False))
L.define(note="J' = 0")
Sxy, Sxx = sum(x * y for x, y in zip(xs, ys)), sum(x * x for x in xs)
wmap = sp.solve(sp.diff(J, w), w)[0]
L.step(wmap == Sxy / (Sxx + lamr))
L.step(sp.solve(sp.diff(sum((y - w * x) ** 2 for x, y in zip(xs, ys)), w), w)[0] == Sxy / Sxx)
grad_written = sp.Rational(2, 3) * sum(x * (y - w * x) for x, y in zip(xs, ys)) + 2 * lamr / 3 * w
L.step(same(sp.diff(J, w), grad_written, positive=False), note="sign of the data term")
L.define(2, "sigma^2, tau^2"); L.step(lamr == 2); L.define(note="x")
L.define(note="y"); L.step(Sxx == 6); L.step(Sxy == R("1.5") + R("5.0") + R("0.5")); L.step(Sxy == R("7.0"))
L.step(wmap == R("7.0") / (6 + 2)); L.step(wmap == R("0.875"))
wls = Sxy / Sxx
L.step(wls == R("7.0") / 6); L.step(rounds("1.1677", wls), note="1.1667")
L.step(substituted(sp.Rational(6, 8) * wls, lambda p: R("0.75") * p, "~1.1667")); L.step(rounds("0.8750", R("0.75") * R("1.1667")))
J_here = sp.Rational(1, 3) * ((R("1.5") - w) ** 2 + (R("2.5") - 2 * w) ** 2 + (R("-0.5") + w) ** 2) + sp.Rational(2, 3) * w ** 2
L.step(same(J, J_here, positive=False)); L.step(same(sp.diff(J, w), sp.Rational(16, 3) * w - sp.Rational(14, 3), positive=False))
L.step(sp.diff(J, w).subs(w, R("0.875")) == sp.Rational(16, 3) * R("0.875") - sp.Rational(14, 3))
L.step(sp.Rational(16, 3) * R("0.875") - sp.Rational(14, 3) == 0)
eta = R("0.1")
dJ = lambda v: sp.diff(J, w).subs(w, v)
L.define(2, "eta, w0")
L.step(dJ(0) == -sp.Rational(14, 3)); L.step(rounds("-4.6667", dJ(0)))
L.define(note="w1 <- rule")
w1 = 0 - eta * dJ(0)
L.step(substituted(w1, lambda p: 0 + p, "~0.46667")); L.step(rounds("0.4667", R("0.46667"), w1))
L.step(substituted(dJ(w1), lambda p, q: sp.Rational(16, 3) * p - q, "~0.4667", "~4.6667"))
L.step(rounds("2.4891", sp.Rational(16, 3) * R("0.4667")))
L.step(rounds("-2.1786", R("2.4891") - R("4.6667"), dJ(w1)), note="-2.1776")
w2 = w1 - eta * dJ(w1)
L.step(substituted(w2, lambda p, q: p + R("0.1") * q, "~0.4667", "~2.1786"), carried=True, note="their J'(w1)")
L.step(rounds("0.6846", R("0.4667") + R("0.1") * R("2.1786")))
L.step(rounds("0.4667", 1 - eta * sp.Rational(16, 3)))
L.step(rounds("-0.4083", w1 - wmap, R("0.4667") - R("0.875")))
L.step(substituted(w2 - wmap, lambda p: p - R("0.875"), "~0.6846"), carried=True)
L.step(R("0.6846") - R("0.875") == R("-0.1904"))
L.step(True, note="GD on a quadratic with curvature 16/3 converges iff eta < 2/(16/3)")
L.step(2 / sp.Rational(16, 3) == R("0.375"))
prec = 1 / t2 + Sxx / s2
L.step(prec == 2 + 6); L.step(prec == 8)
sw2 = 1 / prec
L.step(sw2 == sp.Rational(1, 8)); L.step(sw2 == R("0.125"))
L.step(sw2 * Sxy / s2 == R("0.125") * R("7.0")); L.step(R("0.125") * R("7.0") == R("0.875")); L.step(R("0.875") == wmap)
L.define(note="x* = 2"); L.step(2 * wmap == R("1.75"))
xst = 2
vpred = s2 + xst ** 2 * sw2
L.step(True, note="independent noise and w")
L.step(vpred == s2 + xst * sw2, note="x*^2 s^2")
L.step(1 + 2 * R("0.125") == s2 + xst * sw2); L.step(1 + 2 * R("0.125") == R("1.25"))
L.step(rounds("1.1180", sp.sqrt(vpred)), carried=True)
L.step(rounds("1.1180", sp.sqrt(R("1.25"))))
# ---- C
x = sp.symbols("x", real=True)
m1, m2 = sp.symbols("mu1 mu2", real=True)
v1, v2 = sp.symbols("sigma1 sigma2", positive=True)
pdf = lambda m, v: sp.exp(-(x - m) ** 2 / (2 * v ** 2)) / sp.sqrt(2 * sp.pi * v ** 2)
Ep = lambda g: sp.simplify(sp.integrate(g * pdf(m1, v1), (x, -sp.oo, sp.oo)))
L.define(2, "p, q")
L.step(sp.simplify(Ep((x - m1) ** 2) - v1 ** 2) == 0)
L.step(sp.simplify(Ep((x - m2) ** 2) - v1 ** 2 - (m1 - m2) ** 2) == 0)
L.step(True, note="KL definition")
L.step(same(sp.log(pdf(m1, v1)) - sp.log(pdf(m2, v2)),
            sp.log(v2 / v1) - (x - m1) ** 2 / (2 * v1 ** 2) + (x - m2) ** 2 / (2 * v2 ** 2)))
klg = sp.log(v2 / v1) + (v1 ** 2 + (m1 - m2) ** 2) / (2 * v2 ** 2) - sp.Rational(1, 2)
L.step(sp.simplify(Ep(sp.log(v2 / v1) - (x - m1) ** 2 / (2 * v1 ** 2) + (x - m2) ** 2 / (2 * v2 ** 2)) - klg) == 0)
L.step(sw2 / t2 == R("0.25"))
L.step(wmap ** 2 / t2 == R("0.765625") / R("0.5")); L.step(rounds("1.5313", R("0.765625") / R("0.5")))
L.step(t2 / sw2 == 4); L.step(rounds("1.3863", sp.log(4)))
KLv = klg.subs({m1: wmap, m2: 0, v1: sp.sqrt(sw2), v2: sp.sqrt(t2)})
L.step(sp.simplify(KLv - (sw2 / t2 + wmap ** 2 / t2 - 1 + sp.log(t2 / sw2)) / 2) == 0)
L.step(substituted(KLv, lambda p, q, u: (p + q + u) / 2, "~0.25", "~1.5313", "~1.3863"), note="-1 dropped")
L.step(rounds("1.5838", (R("0.25") + R("1.5313") + R("1.3863")) / 2))
L.step(substituted(KLv / sp.log(2), lambda p, q: p / q, "~1.5838", "~0.6931"), carried=True)
L.step(rounds("2.2851", R("1.5838") / R("0.6931")))
L.done()
