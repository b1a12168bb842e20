"""Labels for selfstudy_beta_binomial_map.tex: self-study notes with crossed-out attempts; Beta(3, 2)
prior, 7 heads in 10, posterior Beta(10, 5) (b + n first), mean as a weighted average, MAP by
calculus, a variance slip (15 for 16) carried into the sd, evidence; MAP as regularised MSE with a
dropped factor 2 and sigma^2/tau^2 inverted (carried)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same  # noqa: E402

L = Labels("batch5/selfstudy_beta_binomial_map.tex")
Bf = lambda p, q: sp.gamma(p) * sp.gamma(q) / sp.gamma(p + q)
a, b, k, n = 3, 2, 7, 10
A, B = a + k, b + n - k                       # the posterior, derived below from the kernel
t = sp.Symbol("theta", positive=True)
L.define(4); L.define(2)
# Bayes with the binomial coefficient cancelled: check the normalised kernel integrates to 1 and matches
lik_prior = sp.binomial(n, k) * t**k * (1 - t)**(n - k) * t**(a - 1) * (1 - t)**(b - 1)
post = lik_prior / sp.integrate(lik_prior, (t, 0, 1))
mid = t**k * (1 - t)**(n - k) * t**(a - 1) * (1 - t)**(b - 1) / Bf(a + k, b + n - k)
L.step(same(post, mid, [t]))
L.step(same(mid, t**(a + k - 1) * (1 - t)**(b + n - k - 1) / Bf(a + k, b + n - k), [t]))
exp_t = sp.Poly(sp.expand(t**(a + k - 1) * (1 - t)**(b + n - k - 1)), t)   # exponents: alpha' - 1, beta' - 1
L.step(A == a + k); L.step(a + k == 10); L.step(B == b + n, note="b + n"); L.step(b + n == 12)
L.step(B == b + n - k); L.step(B == 2 + 3); L.step(2 + 3 == 5)
mean = sp.Rational(A, A + B)
L.step(True, note="Beta mean formula"); L.step(mean == sp.Rational(10, 15)); L.step(sp.Rational(10, 15) == sp.Rational(2, 3)); L.step(rounds("0.6667", mean, approx=True))
L.step(sp.Rational(k, n) == R("0.7")); L.step(sp.Rational(a, a + b) == R("0.6"))
L.step(sp.Rational(n, n + a + b) * sp.Rational(k, n) + sp.Rational(a + b, n + a + b) * sp.Rational(a, a + b) == mean == sp.Rational(10, 15) * R("0.7") + sp.Rational(5, 15) * R("0.6"))
L.step(rounds("0.4667", sp.Rational(10, 15) * R("0.7")) and R("0.2") == sp.Rational(5, 15) * R("0.6"))
L.step(rounds("0.6667", R("0.4667") + R("0.2"), mean))
logpost = (A - 1) * sp.log(t) + (B - 1) * sp.log(1 - t)
mode = sp.solve(sp.diff(logpost, t), t)[0]
L.step(mode == sp.Rational(A - 1, A + B - 2)); L.step(mode == sp.Rational(9, 13)); L.step(rounds("0.6923", mode, approx=True))
L.step(True, note="log of the Beta density up to its normaliser")
L.step(True, note="d/dtheta"); L.step(same(sp.diff(logpost, t), 9 / t - 4 / (1 - t), [t]))
L.define(); L.step(sp.solve(9 * (1 - t) - 4 * t, t) == [sp.Rational(9, 13)])
L.step(all((-9 / t**2 - 4 / (1 - t)**2).subs(t, sp.Rational(j, 20)) < 0 for j in range(1, 20)), note="negative on (0, 1)")
var = sp.Rational(A * B, (A + B)**2 * (A + B + 1))
L.step(True, note="Beta variance formula"); L.step(var == sp.Rational(50, 225 * 15)); L.step(rounds("0.01481", sp.Rational(50, 225 * 15)))
L.step(rounds("0.1217", sp.sqrt(var)), carried=rounds("0.1217", sp.sqrt(R("0.01481")))); L.step(rounds("0.1217", sp.sqrt(R("0.01481"))))
L.step(A + B + 1 == 16); L.step(var == sp.Rational(50, 3600)); L.step(rounds("0.01389", var)); L.step(rounds("0.1179", sp.sqrt(var)))
u = sp.Symbol("u", positive=True)
pred = sp.integrate(u * u**(A - 1) * (1 - u)**(B - 1), (u, 0, 1)) / Bf(A, B)
L.step(sp.simplify(pred - mean) == 0); L.step(rounds("0.6667", mean))
Af, Bf_ = 1 + k, 1 + n - k                     # flat prior
L.step(Af == 8); L.step(Bf_ == 3)
L.step(sp.Rational(Af, Af + Bf_) == sp.Rational(8, 11), carried=True); L.step(rounds("0.7273", sp.Rational(8, 11)))
L.step(sp.Rational(Af - 1, Af + Bf_ - 2) == sp.Rational(7, 9), carried=True); L.step(rounds("0.7778", sp.Rational(7, 9)))
L.step(Bf_ == 1 + 3); L.step(1 + 3 == 4); L.step(sp.Rational(Af, Af + Bf_) == sp.Rational(8, 12)); L.step(rounds("0.6667", sp.Rational(8, 12)))
L.step(sp.Rational(Af - 1, Af + Bf_ - 2) == sp.Rational(7, 10)); L.step(sp.Rational(7, 10) == R("0.7"))
ev = sp.integrate(sp.binomial(n, k) * u**k * (1 - u)**(n - k) * u**(a - 1) * (1 - u)**(b - 1), (u, 0, 1)) / Bf(a, b)
L.step(sp.simplify(ev - sp.binomial(10, 7) * Bf(10, 5) / Bf(3, 2)) == 0)
L.step(sp.simplify(sp.binomial(10, 7) * Bf(10, 5) / Bf(3, 2) - 120 * sp.Rational(1, 10010) / sp.Rational(1, 12)) == 0)
L.step(120 * sp.Rational(1, 10010) / sp.Rational(1, 12) == sp.Rational(1440, 10010)); L.step(rounds("0.1439", sp.Rational(1440, 10010), approx=True))
A2, B2 = A + 1, B + 4                          # 1 head, 4 tails more
L.step(A2 == 10 + 1); L.step(10 + 1 == 11); L.step(B2 == 5 + 5); L.step(5 + 5 == 10)
L.step(rounds("0.5238", sp.Rational(11, 21))); L.step(rounds("0.5263", sp.Rational(10, 19)))
L.step(B2 == 5 + 4); L.step(5 + 4 == 9); L.step(sp.Rational(A2, A2 + B2) == sp.Rational(11, 20)); L.step(sp.Rational(11, 20) == R("0.55"))
L.step(rounds("0.5556", sp.Rational(A2 - 1, A2 + B2 - 2)))
L.step(A2 == a + 8); L.step(a + 8 == 11); L.step(B2 == b + 15 - 8); L.step(b + 15 - 8 == 9)
L.step(sp.Rational(15, 15 + a + b) == R("0.75")); L.step(sp.Rational(a + b, 15 + a + b) == R("0.25"))
L.step(sp.Rational(10, 15) == R("0.6"))
# MAP as regularised MSE
L.define()
w, s2, tau2 = sp.symbols("w sigma2 tau2", positive=True)
X, Y = [R(1), R(2), R(3)], [R(2), R(3), R(7)]
negpost = sum((yy - w * xx)**2 for xx, yy in zip(X, Y)) / (2 * s2) + w**2 / (2 * tau2)
gauss = -sp.log(sp.Mul(*[sp.exp(-(yy - w * xx)**2 / (2 * s2)) for xx, yy in zip(X, Y)]) * sp.exp(-w**2 / (2 * tau2)))
L.step(sp.simplify(sp.expand(gauss - negpost)) == 0, note="up to the w-free normalisers")
nn = len(X)
lam = sp.Symbol("lambda", positive=True)
obj = sum((yy - w * xx)**2 for xx, yy in zip(X, Y)) / nn + lam * w**2
L.define(); L.step(sp.simplify(negpost * 2 * s2 / nn - obj.subs(lam, s2 / (nn * tau2))) == 0)
L.step(same(sp.diff(obj, w), -sp.Rational(2, nn) * sum(xx * (yy - w * xx) for xx, yy in zip(X, Y)) + lam * w, [w, lam]))
L.step(sp.diff(lam * w**2, w) == 2 * lam * w)
L.step(same(sp.diff(obj, w), -sp.Rational(2, nn) * sum(xx * (yy - w * xx) for xx, yy in zip(X, Y)) + 2 * lam * w, [w, lam]))
wmap = sp.solve(sp.diff(negpost, w), w)[0]
Sxy, Sxx = sum(xx * yy for xx, yy in zip(X, Y)), sum(xx**2 for xx in X)
L.step(sp.simplify(sp.solve(sp.diff(obj, w), w)[0] - Sxy / (Sxx + nn * lam)) == 0)
L.step(sp.simplify(wmap - Sxy / (Sxx + s2 / tau2)) == 0)
L.define(4); L.step(Sxy == 2 + 6 + 21); L.step(Sxy == 29); L.step(Sxx == 14)
W = wmap.subs({s2: 1, tau2: R("0.5")})
L.step(1 / R("0.5") == R("0.5")); L.step(W == sp.Rational(29, 14.5), carried=True)
L.step(29 / R("14.5") == 2)
L.step(1 / R("0.5") == 2); L.step(W == sp.Rational(29, 16)); L.step(sp.Rational(29, 16) == R("1.8125"))
wmle = sp.solve(sp.diff(negpost.subs(tau2, sp.oo), w), w)[0] if False else Sxy / Sxx
L.step(wmle == sp.Rational(29, 14)); L.step(rounds("2.0714", wmle))
L.step(s2 / (nn * tau2) == sp.Rational(1, 1) / (3 * R("0.5")) or (1 / (3 * R("0.5"))) == (1 / (nn * R("0.5"))))
L.step(1 / (3 * R("0.5")) == sp.Rational(2, 3)); L.step(nn * sp.Rational(2, 3) == 2)
L.done()
