"""Labels for letter_reply_beta_binomial_map.tex: a lecturer's reply in the letter class, quoting a
student's working. Beta(3, 2) prior, 7 heads in 10: B(10, 5) with 15! for 14!; the MAP written as the
posterior mean; the posterior variance with alpha + beta - 1 carried into the sd and a 2-sd interval;
P(HH | data) as the squared mean. Gaussian regression with prior N(0, 0.25): the averaged MSE with
lambda = sigma^2/tau^2 (should be sigma^2/(n tau^2)) carried into w and the shrinkage; the corrections."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from sympy.stats import Beta, E, variance  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch8/letter_reply_beta_binomial_map.tex")
th = sp.Symbol("theta", positive=True)
a, b, k, n = 3, 2, 7, 10
L.define(4, "a, b, k, n")
post = sp.simplify(th**k * (1 - th)**(n - k) * th**(a - 1) * (1 - th)**(b - 1))
L.step(True, note="posterior ∝ likelihood × prior"); L.step(same(post, th**9 * (1 - th)**4))
al, be = a + k, b + n - k
Bfun = sp.gamma(al) * sp.gamma(be) / sp.gamma(al + be)
L.step(Bfun == sp.factorial(9) * sp.factorial(4) / sp.factorial(15)); L.step(sp.factorial(9) * sp.factorial(4) / sp.factorial(15) == sp.Rational(1, 150150))
L.step(sp.gamma(15) == sp.factorial(14)); L.step(Bfun == sp.Rational(1, 10010))
T = Beta("T", al, be)
mean = sp.simplify(E(T)); var = sp.simplify(variance(T))
L.step(mean == sp.Rational(10, 15)); L.step(sp.Rational(10, 15) == sp.Rational(2, 3)); L.step(rounds("0.6667", mean, approx=True))
mode = sp.solve(sp.diff(sp.log(th**(al - 1) * (1 - th)**(be - 1)), th), th)[0]
L.step(mode == sp.Rational(a + k, a + b + n), note="MAP as the mean"); L.step(sp.Rational(a + k, a + b + n) == sp.Rational(10, 15)); L.step(rounds("0.6667", sp.Rational(10, 15)))
L.step(mode < sp.Rational(k, n)); L.step(sp.Rational(k, n) == R("0.7"))
L.define(2, "alpha > 1, beta > 1"); L.step(mode == sp.Rational(9, 13)); L.step(rounds("0.6923", mode, approx=True))
L.define(note="log posterior")
ell = 9 * sp.log(th) + 4 * sp.log(1 - th)
L.step(sp.simplify(sp.diff(ell, th) - (9 / th - 4 / (1 - th))) == 0)
L.define(2, "set to zero; the equation"); L.step(sp.solve(9 * (1 - th) - 4 * th, th) == [sp.Rational(9, 13)])
al_, be_ = sp.symbols("alpha beta", positive=True)
wrongvar = al_ * be_ / ((al_ + be_)**2 * (al_ + be_ - 1))
L.step(sp.simplify(var - wrongvar.subs({al_: al, be_: be})) == 0, note="alpha + beta - 1")
L.step(wrongvar.subs({al_: al, be_: be}) == sp.Rational(50, 225 * 14)); L.step(rounds("0.0159", sp.Rational(50, 225 * 14)))
sd = sp.sqrt(var)
L.step(substituted(sd, sp.sqrt, "~0.0159"), carried=substituted(sp.sqrt(sp.Rational(50, 3150)), sp.sqrt, "~0.0159"))
L.step(rounds("0.1261", sp.sqrt(R("0.0159"))))
L.step(rounds("0.4145", mean - 2 * sd) and rounds("0.9189", mean + 2 * sd),
       carried=rounds("0.4145", R("0.6667") - 2 * R("0.1261")) and rounds("0.9189", R("0.6667") + 2 * R("0.1261")))
L.step(var == sp.Rational(50, 225 * 16)); L.step(rounds("0.0139", var)); L.step(rounds("0.1179", sd))
L.step(True, note="predictive = posterior mean"); L.step(mean == sp.Rational(2, 3))
pHH = sp.simplify(E(T**2))
L.step(pHH == sp.Rational(2, 3)**2, note="squared mean"); L.step(rounds("0.4444", sp.Rational(4, 9)))
L.step(True, note="P(HH | k) = E[theta^2 | k]"); L.step(pHH == sp.Rational(10 * 11, 15 * 16)); L.step(rounds("0.4583", pHH))
# regression
sig2, tau2 = 1, R("0.25"); xs = [1, 2, 3, 4]; ys = [1, 3, 2, 6]; nn = len(xs)
L.define(3, "model, sigma^2, tau^2"); L.define(2, "data")
Sxx = sum(v * v for v in xs); Sxy = sum(p * q for p, q in zip(xs, ys))
L.step(Sxx == 30); L.step(Sxy == 1 + 6 + 6 + 24); L.step(Sxy == 37)
w = sp.Symbol("w")
negpost = sum((q - w * p)**2 for p, q in zip(xs, ys)) / (2 * sig2) + w**2 / (2 * tau2)
L.step(True, note="-log posterior of a Gaussian likelihood and prior, up to a constant")
lam = sp.Symbol("lambda")
obj = sum((q - w * p)**2 for p, q in zip(xs, ys)) / nn + lam * w**2
lam_true = sp.solve(sp.Poly(sp.expand(obj * nn / 2 * 1 / sig2 - negpost), w).coeffs()[0], lam)[0]   # same minimiser: proportional objectives
L.step(lam_true == sp.Rational(sig2) / tau2, note="lambda = sigma^2/tau^2"); L.step(sp.Rational(sig2) / tau2 == 4)
L.define(note="derivative set to zero")
w_hat_formula = sp.solve(sp.diff(obj, w), w)[0]
L.step(sp.simplify(w_hat_formula - Sxy / (Sxx + 4 * lam)) == 0)
wmap = sp.solve(sp.diff(negpost, w), w)[0]; wmle = sp.Rational(Sxy, Sxx)
L.step(wmap == sp.Rational(37, 30 + 16), carried=w_hat_formula.subs(lam, 4) == sp.Rational(37, 46)); L.step(rounds("0.8043", sp.Rational(37, 46)))
L.step(rounds("0.6522", wmap / wmle), carried=substituted(sp.Rational(37, 46) / wmle, lambda p, q: p / q, "~0.8043", "~1.2333"))
L.step(rounds("0.6522", R("0.8043") / R("1.2333")))
L.step(lam_true == sp.Rational(sig2) / (nn * tau2)); L.step(sp.Rational(sig2) / (nn * tau2) == 1)
L.step(wmap == sp.Rational(37, 34)); L.step(rounds("1.0882", wmap)); L.step(wmle == sp.Rational(37, 30)); L.step(rounds("1.2333", wmle))
L.step(rounds("0.8824", sp.Rational(30, 34)))
obj_sum = sum((q - w * p)**2 for p, q in zip(xs, ys)) + lam * w**2
lam_sum = sp.solve(sp.Poly(sp.expand(obj_sum / 2 / sig2 - negpost), w).coeffs()[0], lam)[0]
L.step(lam_sum == sp.Rational(sig2) / tau2)
L.done()
