"""Labels for notes_beta_binomial.tex: kernels compared up to a theta-free factor, numbers exact."""
import sympy as sp
from truth import Labels, R, rounds, same

L = Labels("notes_beta_binomial.tex")
t, a, b, n, y = sp.symbols("theta a b n y", positive=True)
lik = sp.binomial(n, y) * t ** y * (1 - t) ** (n - y)
prior = t ** (a - 1) * (1 - t) ** (b - 1)
post_kernel = t ** (y + a - 1) * (1 - t) ** (n - y + b - 1)
prop = lambda f, g: same(sp.diff(sp.log(f) - sp.log(g), t), 0)          # f / g free of theta
upto_const = lambda f, g: same(sp.diff(f - g, t), 0)
A, B = a + y, b + n - y                                                     # posterior Beta(A, B)
mean = A / (A + B); var = A * B / ((A + B) ** 2 * (A + B + 1)); mode = (A - 1) / (A + B - 2)
ex = {a: 2, b: 3, y: 7, n: 10}
L.define(3 + 1)
L.step(prop(lik * prior, lik * prior), note="Bayes' rule: posterior proportional to likelihood times prior")
L.step(prop(lik * prior, t ** y * (1 - t) ** (n - y) * prior))
L.step(same(t ** y * (1 - t) ** (n - y) * prior, post_kernel))
logpost = sp.log(post_kernel)
L.step(upto_const(logpost, (y + a - 1) * sp.log(t) + (n - y + b - 1) * sp.log(1 - t)))
L.step(same(sp.diff(logpost, t), (y + a - 1) / t - (n - y + b - 1) / (1 - t)))
score = sp.together((y + a - 1) / t - (n - y + b - 1) / (1 - t))       # the derivative, shown above
stationary = sp.solve(sp.numer(score), t)
L.step(len(stationary) == 1 and same(stationary[0], (y + a - 1) / (n + a + b - 2)))
# the mean and variance of Beta(A, B), from the density
aa, bb = sp.symbols("alpha beta", positive=True)
m1 = sp.gamma(aa + 1) * sp.gamma(aa + bb) / (sp.gamma(aa) * sp.gamma(aa + bb + 1))
m2 = sp.gamma(aa + 2) * sp.gamma(aa + bb) / (sp.gamma(aa) * sp.gamma(aa + bb + 2))
beta_mean, beta_var = sp.gammasimp(m1), sp.simplify(sp.gammasimp(m2) - sp.gammasimp(m1) ** 2)
L.step(same(beta_mean.subs({aa: A, bb: B}), (a + y) / (a + b + n)))
L.step(same(beta_var.subs({aa: A, bb: B}), (a + y) * (b + n - y) / ((a + b + n) ** 2 * (a + b + n + 1))))
L.define(4)
pm, pv = beta_mean.subs({aa: 2, bb: 3}), beta_var.subs({aa: 2, bb: 3})
L.step(pm == sp.Rational(2, 5)); L.step(rounds("0.4", pm))
L.step(pv == sp.Rational(6, 150)); L.step(rounds("0.04", pv))
m = mean.subs(ex)
L.step(m == sp.Rational(2 + 7, 2 + 3 + 10)); L.step(m == sp.Rational(9, 15)); L.step(rounds("0.6", m))
L.step(mode.subs(ex) == sp.Rational(8, 13)); L.step(rounds("0.6154", mode.subs(ex), approx=True))
v = var.subs(ex)
L.step(v == sp.Rational(9 * 6, 15 ** 2 * 16)); L.step(v == sp.Rational(54, 3600)); L.step(rounds("0.015", v))
# student
L.step(prop(lik * prior, t ** y * (1 - t) ** (n - y) * prior))
L.step(same(t ** y * (1 - t) ** (n - y) * prior, t ** (y * (a - 1)) * (1 - t) ** ((n - y) * (b - 1))))
L.step(upto_const(logpost, (y + a) * sp.log(t) + (n - y + b - 1) * sp.log(1 - t)))
L.step(same(mode, (y + a) / (n + a + b))); L.step(((y + a) / (n + a + b)).subs(ex) == sp.Rational(9, 15)); L.step(rounds("0.6", sp.Rational(9, 15)))
L.step(same(mean, (a + y) / (a + b + n - 2))); L.step(((a + y) / (a + b + n - 2)).subs(ex) == sp.Rational(9, 13)); L.step(rounds("0.6923", sp.Rational(9, 13)))
wrong_var = (a + y) * (b + n - y) / ((a + b + n) * (a + b + n + 1))
L.step(same(var, wrong_var)); L.step(wrong_var.subs(ex) == sp.Rational(54, 240)); L.step(rounds("0.225", sp.Rational(54, 240)))
L.step(pv == sp.Rational(6, 25 * 6)); L.step(rounds("0.4", sp.Rational(6, 150)))
# posterior predictive P(next = 1 | y) = E[theta | y]; then the student's wrong mean carried
L.step(True, note="P(next success | y) = posterior mean")
L.step(rounds("0.6923", m), carried=rounds("0.6923", sp.Rational(9, 13)))
L.done()
