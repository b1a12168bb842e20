"""Labels for exam_gaussian_mle.tex: identities checked for n = 4 symbolic observations, data exact."""
import sympy as sp
from truth import Labels, R, rounds, same, substituted

L = Labels("exam_gaussian_mle.tex")
mu, s2 = sp.symbols("mu sigma2", positive=True)
xs = sp.symbols("x1:5", positive=True)
n = len(xs)
ell = -sp.Rational(n, 2) * sp.log(2 * sp.pi * s2) - sum((x - mu) ** 2 for x in xs) / (2 * s2)
ss = sum((x - mu) ** 2 for x in xs)
xbar = sum(xs) / n
L.define()
d_mu, d_s2 = sp.diff(ell, mu), sp.diff(ell, s2)
L.step(same(d_mu, sum(x - mu for x in xs) / s2)); L.step(same(d_mu, (sum(xs) - n * mu) / s2))
L.step(same(d_s2, -n / (2 * s2) + ss / (2 * s2 ** 2)))
sol = sp.solve([sp.numer(sp.together(d_mu)), sp.numer(sp.together(d_s2))], [mu, s2], dict=True)
L.step(len(sol) == 1 and same(sol[0][mu], xbar)); L.define()
L.step(same(sol[0][s2], sum((x - xbar) ** 2 for x in xs) / n))
L.step(same(sp.diff(ell, mu, 2), -n / s2)); L.step(True, note="-n/sigma^2 < 0 for n, sigma^2 > 0")
data = [R(v) for v in ("2.1", "3.4", "1.9", "4.2", "3.0")]
N = len(data); m = sum(data) / N; SS = sum((v - m) ** 2 for v in data); mle = SS / N
L.define()
L.step(m == (R("2.1") + R("3.4") + R("1.9") + R("4.2") + R("3.0")) / 5); L.step(sum(data) == R("14.6")); L.step(rounds("2.92", m))
L.step(SS == sum(R(v) for v in ("0.6724", "0.2304", "1.0404", "1.6384", "0.0064"))); L.step(rounds("3.588", SS))
L.step(mle == R("3.588") / 5); L.step(rounds("0.7176", mle)); L.define(); L.step(rounds("0.897", R("3.588") / 4))
loglik = lambda mu_, s2_: -sp.Rational(N, 2) * sp.log(2 * sp.pi * s2_) - sum((v - mu_) ** 2 for v in data) / (2 * s2_)
at_mle = loglik(m, mle)
L.step(same(at_mle, -sp.Rational(N, 2) * (sp.log(2 * sp.pi * mle) + 1)))
L.step(substituted(at_mle, lambda a, b: -a * (b + 1), "2.5", "~1.5060"))
L.step(rounds("-6.265", -R("2.5") * (R("1.5060") + 1), at_mle))
se = sp.sqrt(mle) / sp.sqrt(N)
L.step(same(se, sp.sqrt(R("0.7176")) / sp.sqrt(5)))
L.step(substituted(se, lambda a, b: a / b, "~0.8471", "~2.2361"))
L.step(rounds("0.3788", R("0.8471") / R("2.2361"), se))
# submitted answer
L.step(same(d_mu, -sum(x - mu for x in xs) / s2))
L.step(same(d_s2, -n / (2 * s2) + ss / (2 * s2)))
L.step(same(sol[0][s2], sum((x - xbar) ** 2 for x in xs) / (n - 1)))
L.step(SS / (N - 1) == R("3.588") / 4); L.step(rounds("0.897", R("3.588") / 4))
L.step(m == R("14.6") / 5); L.step(rounds("2.92", m))
written = -sp.Rational(5, 2) * sp.log(2 * sp.pi * R("0.897")) - R("3.588") / (2 * R("0.897"))
L.step(same(at_mle, written), carried=same(loglik(m, R("0.897")), written), note="sigma^2 = 0.897 carried")
L.step(substituted(written, lambda a, b, c: -a * b - c, "2.5", "~1.7292", "2"))
L.step(rounds("-6.323", -R("2.5") * R("1.7292") - 2))
L.step(substituted(se, lambda a, b: a / b, "~0.897", "~2.2361"),
       carried=substituted(sp.sqrt(R("0.897")) / sp.sqrt(5), lambda a, b: a / b, "~0.897", "~2.2361"), note="sigma^2 for sigma")
L.step(rounds("0.4011", R("0.897") / R("2.2361")))
L.define(2)
lr = sp.exp(loglik(3, mle) - loglik(m, mle))
assert same(lr, sp.exp(-5 * (3 - m) ** 2 / (2 * mle)))   # the prose claim "the ratio is exp(...)"
L.step(substituted(lr, sp.exp, "~-0.0223")); L.step(rounds("0.978", sp.exp(R("-0.0223")), lr))
L.done()
