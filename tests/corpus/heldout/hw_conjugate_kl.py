"""Labels for hw_conjugate_kl.tex: log-posteriors up to constants, conjugate updates, KL by integration."""
import sympy as sp
from sympy.stats import Normal, E, density
from truth import Labels, R, rounds, same, substituted

L = Labels("hw_conjugate_kl.tex")
mu, m0 = sp.symbols("mu mu0", real=True)
t2, s2 = sp.symbols("tau2 sigma2", positive=True)
xs = sp.symbols("x1:4", real=True); n = len(xs)
logpost = sp.log(sp.exp(-(mu - m0) ** 2 / (2 * t2))) + sum(-(x - mu) ** 2 / (2 * s2) for x in xs)
upto_const = lambda f, g: same(sp.diff(f - g, mu), 0, positive=False)
L.step(upto_const(logpost, -(mu - m0) ** 2 / (2 * t2) - sum((x - mu) ** 2 / (2 * s2) for x in xs)))
L.step(same(sp.diff(logpost, mu), -(mu - m0) / t2 + sum((x - mu) / s2 for x in xs), positive=False))
xbar = sum(xs) / n
mode = sp.solve(sp.diff(logpost, mu), mu)[0]
L.step(same(mode, (m0 / t2 + n * xbar / s2) / (1 / t2 + n / s2), positive=False))
post_var = -1 / sp.diff(logpost, mu, 2)          # Gaussian log-density: -1/curvature
L.step(same(post_var, t2 + s2 / n))
data = [R("1.2"), R("0.8"), R("1.9")]
num = {m0: 0, t2: 4, s2: 1, **dict(zip(xs, data))}
L.define(3); L.step(sum(data) / 3 == R("1.3"))
prec = (1 / t2 + n / s2).subs(num)
L.step(prec == R("0.25") + 3); L.step(rounds("3.25", prec))
L.step(post_var.subs(num) == 1 / R("3.25")); L.step(rounds("0.3077", 1 / R("3.25")))
mn = mode.subs(num)
L.step(mn == 3 * R("1.3") / R("3.25")); L.step(3 * R("1.3") / R("3.25") == R("3.9") / R("3.25")); L.step(rounds("1.3", mn))
upper = mn + R("1.96") * sp.sqrt(R("0.3077"))
L.step(substituted(upper, lambda a, b, c: a + b * c, "~1.3", "1.96", "~0.5547"),
       carried=substituted(R("1.3") + R("1.96") * sp.sqrt(R("0.3077")), lambda a, b, c: a + b * c, "1.3", "1.96", "~0.5547"))
L.step(substituted(R("1.3") + R("1.96") * R("0.5547"), lambda a, b: a + b, "1.3", "~1.0872")); L.step(rounds("2.3872", R("1.3") + R("1.0872")))
# Gamma-Poisson
lam, al, be = sp.symbols("lambda alpha beta", positive=True)
ys = sp.symbols("y1:4", positive=True)
kern = lam ** (al - 1) * sp.exp(-be * lam) * sp.Mul(*[lam ** y * sp.exp(-lam) for y in ys])
prop = lambda f, g: same(sp.diff(sp.log(f) - sp.log(g), lam), 0)
poisson_lik = sp.Mul(*[lam ** y * sp.exp(-lam) / sp.factorial(y) for y in ys])
L.step(prop(poisson_lik * lam ** (al - 1) * sp.exp(-be * lam), kern))
L.step(same(kern, lam ** (al + sum(ys) - 1) * sp.exp(-(be + len(ys)) * lam)))
L.define(2)
A, Bt = 2 + 3 + 5 + 4, 1 + 3
gmean, gvar, gmode = sp.Rational(A, Bt), sp.Rational(A, Bt ** 2), sp.Rational(A - 1, Bt)
L.step(gmean == sp.Rational(14, 4)); L.step(rounds("3.5", gmean)); L.step(gvar == sp.Rational(14, 4)); L.step(rounds("3.5", sp.Rational(14, 4)))
L.step(gmode == sp.Rational(14 - 1, 4) and rounds("3.25", gmode))
# KL between Gaussians, by integration for concrete parameters
x = sp.Symbol("x", real=True)
def kl_normal(m1, sd1, m2, sd2):
    """E_p[log p(x) - log q(x)]: a quadratic in x, so only E_p[x] and E_p[x^2] are needed."""
    p = density(Normal("P", m1, sd1))(x); q = density(Normal("Q", m2, sd2))(x)
    poly = sp.Poly(sp.expand(sp.expand_log(sp.log(p) - sp.log(q), force=True)), x)
    moments = {0: 1, 1: sp.Integer(m1), 2: sp.Integer(sd1) ** 2 + sp.Integer(m1) ** 2}
    return sp.simplify(sum(c * moments[k[0]] for k, c in poly.terms()))
formula = lambda m1, sd1, m2, sd2: sp.log(sp.Rational(sd2, sd1)) + (sd1 ** 2 + (m1 - m2) ** 2) / (2 * sd2 ** 2) - sp.Rational(1, 2)
L.step(all(same(kl_normal(*c), formula(*c)) for c in ((1, 1, 0, 2), (0, 3, 2, 1), (-1, 2, 1, 2))))
L.define(4)
kl = kl_normal(1, 1, 0, 2)
L.step(same(kl, sp.log(2) + sp.Rational(1 + 1, 8) - sp.Rational(1, 2)))
L.step(substituted(kl, lambda a, b, c: a + b - c, "~0.6931", "0.25", "0.5")); L.step(rounds("0.4431", R("0.6931") + R("0.25") - R("0.5"), kl))
L.step(rounds("0.4431", kl_normal(0, 2, 1, 1)))
klb = R("0.3") * sp.log(R("0.3") / R("0.5")) + R("0.7") * sp.log(R("0.7") / R("0.5"))
L.step(True, note="KL of Bernoullis by definition")
L.step(substituted(klb, lambda a, b, c, d: a * b + c * d, "0.3", "~-0.5108", "0.7", "~0.3365"))
L.step(substituted(klb, lambda a, b: a + b, "~-0.1532", "~0.2555")); L.step(rounds("0.1023", R("-0.1532") + R("0.2555")))
H = -R("0.3") * sp.log(R("0.3")) - R("0.7") * sp.log(R("0.7"))
L.define(); L.step(substituted(H, lambda a, b: a + b, "~0.3612", "~0.2497")); L.step(rounds("0.6109", R("0.3612") + R("0.2497"), H))
L.step(same(H, sp.log(2) - klb))
L.step(substituted(sp.log(2) - klb, lambda a, b: a - b, "~0.6931", "~0.1023"),
       carried=substituted(sp.log(2) - R("0.1023"), lambda a, b: a - b, "~0.6931", "0.1023"))
L.step(rounds("0.5908", R("0.6931") - R("0.1023")))
L.done()
