"""Labels for hw_poisson_gamma_predictive_marked.tex: a marked homework on Poisson counts with a
Gamma(2, 1) prior: posterior Gamma(22, 6), the negative-binomial predictive by hand. Slips: 3!5!2!4!6!
written with a zero dropped; the posterior variance as alpha/beta (carried into the sd and the
predictive variance); 8.5261/49 = 0.1704 (carried into the tail); 0.8333 rounded to 0.85; 30/8 = 3.85
(carried into the shift)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch19/hw_poisson_gamma_predictive_marked.tex")
lam, y = sp.symbols("lambda y", positive=True)
x = [3, 5, 2, 4, 6]
a, b = 2, 1
L.define(3, "data, alpha, beta")
L.step(len(x) == 5); L.step(sum(x) == 3 + 5 + 2 + 4 + 6); L.step(3 + 5 + 2 + 4 + 6 == 20); L.step(sp.Rational(sum(x), 5) == 4)
lik = sp.Mul(*[lam ** xi * sp.exp(-lam) / sp.factorial(xi) for xi in x])
L.define(note="likelihood")
L.step(same(lik, lam ** 20 * sp.exp(-5 * lam) / (sp.factorial(3) * sp.factorial(5) * sp.factorial(2) * sp.factorial(4) * sp.factorial(6))))
L.step(same(lik, lam ** 20 * sp.exp(-5 * lam) / 2488320), note="24883200")


def prop(u, v, var=lam):
    r = [sp.N((u / v).subs(var, sp.Rational(k, 7)), 30) for k in (3, 8, 13, 20)]
    return all(abs(q - r[0]) < 1e-20 * abs(r[0]) for q in r)


post = lik * lam ** (a - 1) * sp.exp(-b * lam)
L.step(prop(post, lam ** 20 * sp.exp(-5 * lam) * lam ** (2 - 1) * sp.exp(-lam)))
L.step(same(lam ** 20 * sp.exp(-5 * lam) * lam ** (2 - 1) * sp.exp(-lam), lam ** 21 * sp.exp(-6 * lam)))
an, bn = a + sum(x), b + len(x)
L.define(note="alpha_n"); L.step(an == 22); L.define(note="beta_n"); L.step(bn == 6)
mean = sp.Rational(an, bn); var = sp.Rational(an, bn ** 2)
L.step(True, note="Gamma mean"); L.step(mean == sp.Rational(22, 6)); L.step(rounds("3.667", mean, approx=True))
L.step(var == mean, note="alpha/beta^2"); L.step(rounds("3.667", mean))
L.step(sp.sqrt(var) == sp.sqrt(R("3.667")), carried=True); L.step(rounds("1.915", sp.sqrt(R("3.667")), approx=True))
L.step(var == sp.Rational(22, 36)); L.step(rounds("0.611", var, approx=True)); L.step(rounds("0.782", sp.sqrt(R("0.611")), approx=True))
mode = sp.solve(sp.diff(sp.log(lam ** (an - 1) * sp.exp(-bn * lam)), lam), lam)[0]
L.step(mode == sp.Rational(an - 1, bn)); L.step(sp.Rational(an - 1, bn) == sp.Rational(21, 6)); L.step(sp.Rational(21, 6) == R("3.5"))
L.step(sp.Rational(sum(x), 5) == 4)
L.step(sp.Rational(22, 6) == sp.Rational(1, 6) * 2 + sp.Rational(5, 6) * 4)
L.step(sp.Rational(5, 5 + b) == sp.Rational(5, 6)); L.step(rounds("0.85", sp.Rational(5, 6), approx=True), note="0.83")
# predictive
gpost = bn ** an / sp.gamma(an) * lam ** (an - 1) * sp.exp(-bn * lam)
pred = {}
for k in range(4):
    pk = sp.integrate(lam ** k * sp.exp(-lam) / sp.factorial(k) * gpost, (lam, 0, sp.oo))
    pred[k] = pk
negbin = lambda k: sp.gamma(k + 22) / (sp.gamma(22) * sp.factorial(k)) * sp.Rational(6, 7) ** 22 * sp.Rational(1, 7) ** k
mid = lambda k: sp.Integer(6) ** 22 / (sp.gamma(22) * sp.factorial(k)) * sp.integrate(lam ** (k + 21) * sp.exp(-7 * lam), (lam, 0, sp.oo))
L.step(True, note="predictive integral: Pois x Gamma(22, 6) density")
L.step(all(sp.simplify(pred[k] - mid(k)) == 0 for k in range(4)))
L.step(all(sp.simplify(mid(k) - negbin(k)) == 0 for k in range(4)))
L.step(pred[0] == sp.Rational(6, 7) ** 22); L.step(rounds("0.0337", pred[0], approx=True))
L.step(rounds("-3.3913", 22 * sp.log(sp.Rational(6, 7)), approx=True)); L.step(rounds("0.0337", sp.exp(R("-3.3913")), approx=True))
L.step(substituted(pred[1], lambda p: 22 * p / 7, "~0.0337")); L.step(rounds("0.1059", 22 * R("0.0337") / 7, approx=True))
L.step(substituted(pred[2], lambda p: sp.Rational(22 * 23, 2) * p / 49, "~0.0337")); L.step(sp.Rational(22 * 23, 2) * R("0.0337") == R("8.5261"))
L.step(rounds("0.1704", R("8.5261") / 49), note="0.1740")
tail = 1 - pred[0] - pred[1] - pred[2]
L.step(substituted(tail, lambda p, q, r: 1 - p - q - r, "~0.0337", "~0.1059", "~0.1704"), carried=True)
L.step(1 - R("0.0337") - R("0.1059") - R("0.1704") == R("0.6900"))
L.step(True, note="E[y|x] = E[lambda|x]"); L.step(rounds("3.667", mean))
pvar = mean + var
L.step(True, note="total variance for Poisson"); L.step(substituted(pvar, lambda u, v: u + v, "~3.667", "~3.667"), carried=True)
L.step(R("3.667") + R("3.667") == R("7.334"))
L.step(R("3.667") + R("0.611") == R("4.278")); L.step(sp.Rational(22, 6) + sp.Rational(22, 36) == sp.Rational(154, 36))
L.step(rounds("4.278", sp.Rational(154, 36), approx=True)); L.step(rounds("0.1740", R("8.5261") / 49))
L.step(1 - R("0.0337") - R("0.1059") - R("0.1740") == R("0.6864"))
L.step(True, note="Poisson pmf at 0"); L.step(rounds("0.0256", sp.exp(-R("3.667")), approx=True)); L.step(R("0.0337") > R("0.0256"))
L.define(note="alpha''"); L.step(22 + 7 + 1 == 30); L.define(note="beta''"); L.step(6 + 2 == 8)
L.step(2 + 28 == 30 and sum(x) + 8 == 28); L.step(1 + 7 == 8)
L.step(sp.Rational(30, 8) == R("3.85"), note="3.75")
L.step(substituted(sp.Rational(30, 8) - sp.Rational(22, 6), lambda u, v: u - v, "~3.85", "~3.667"), carried=True)
L.step(R("3.85") - R("3.667") == R("0.183"))
L.step(sp.Rational(30, 8) == R("3.75"))
L.done()
