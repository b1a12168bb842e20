"""Labels for scribe_beta_binomial_map_ridge.tex: lecture scribe notes with the lecturer's
corrections: Beta-Binomial with beta + n for beta + n - k (carried into mean and mode), the
corrected posterior's mean/MAP/variance, the predictive of two heads (plug-in slip), MAP as a
penalised log-likelihood (multline, + const), Gaussian prior => ridge with lambda inverted (carried),
Laplace prior => lasso with the sign of w dropped."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same  # noqa: E402

L = Labels("batch4/scribe_beta_binomial_map_ridge.tex")
th = sp.Symbol("theta", positive=True)
a, b, k, n = 2, 2, 7, 10
L.define(4)
kern = th ** k * (1 - th) ** (n - k) * th ** (a - 1) * (1 - th) ** (b - 1)
L.step(True, note="posterior proportional to likelihood times prior"); L.step(same(kern.subs(th, R("0.3")), (th ** 8 * (1 - th) ** 11).subs(th, R("0.3"))))
A, B = a + k, b + n - k                     # Beta(9, 5)
L.step(A == a + k); L.step(a + k == 9); L.step(B == b + n); L.step(b + n == 12)
mean, mode = sp.Rational(A, A + B), sp.Rational(A - 1, A + B - 2)
L.step(mean == sp.Rational(9, 21), carried=True); L.step(rounds("0.4286", sp.Rational(9, 21)))
L.step(mode == sp.Rational(9 - 1, 9 + 12 - 2), carried=True); L.step(sp.Rational(8, 19) == sp.Rational(9 - 1, 9 + 12 - 2)); L.step(rounds("0.4211", sp.Rational(8, 19)))
L.step(sp.Rational(k, n) == R("0.7"))
L.step(sp.Rational(A * B, (A + B) ** 2 * (A + B + 1)) == sp.Rational(9 * 12, 21 ** 2 * 22), carried=True); L.step(rounds("0.0111", sp.Rational(9 * 12, 21 ** 2 * 22)))
L.step(rounds("0.4286", mean), carried=rounds("0.4286", sp.Rational(9, 21)))
L.step(B == b + n - k); L.step(b + n - k == 5)
L.step(mean == sp.Rational(a + k, a + b + n)); L.step(sp.Rational(a + k, a + b + n) == sp.Rational(9, 14)); L.step(rounds("0.6429", mean))
L.step(mode == sp.Rational(a + k - 1, a + b + n - 2)); L.step(sp.Rational(a + k - 1, a + b + n - 2) == sp.Rational(8, 12)); L.step(rounds("0.6667", mode))
var = sp.Rational(A * B, (A + B) ** 2 * (A + B + 1))
L.step(True, note="Beta variance"); L.step(var == sp.Rational(45, 196 * 15)); L.step(rounds("0.0153", var))
L.step(R("0.5") < R("0.6429")); L.step(R("0.6429") < R("0.7"))
al, be, kk, nn = sp.symbols("alpha beta k n", positive=True)
L.step(same((al + kk) / (al + be + nn), (al + be) / (al + be + nn) * al / (al + be) + nn / (al + be + nn) * kk / nn))
L.step(sp.Rational(4, 14) * R("0.5") + sp.Rational(10, 14) * R("0.7") == mean)
L.step(True, note="predictive = posterior mean"); L.step(rounds("0.6429", mean))
E2 = sp.integrate(th ** 2 * th ** (A - 1) * (1 - th) ** (B - 1), (th, 0, 1)) / sp.beta(A, B)
E2 = sp.nsimplify(sp.simplify(E2))
L.step(True, note="P(HH) = E[theta^2]"); L.step(E2 == mean ** 2); L.step(rounds("0.4133", R("0.6429") ** 2))
L.step(E2 == sp.Rational(9 * 10, 14 * 15)); L.step(sp.Rational(90, 210) == sp.Rational(3, 7)); L.step(rounds("0.4286", E2))
logpost = k * sp.log(th) + (n - k) * sp.log(1 - th) + (a - 1) * sp.log(th) + (b - 1) * sp.log(1 - th)
L.step(True, note="log of the kernel, normaliser in const")
L.step(same(sp.diff(logpost, th).subs(th, R("0.3")), (8 / th - 4 / (1 - th)).subs(th, R("0.3")))); L.define(); L.step(sp.solve(8 / th - 4 / (1 - th), th) == [sp.Rational(2, 3)])
# ridge
w = sp.Symbol("w", real=True)
s2, t2 = sp.symbols("sigma2 tau2", positive=True)
xs, ys = [1, 2, 3], [2, 3, 7]
L.define()
nlp = sum((yy - w * xx) ** 2 for xx, yy in zip(xs, ys)) / (2 * s2) + w ** 2 / (2 * t2)
L.step(True, note="Gaussian log densities, constants dropped")
lam = sp.Symbol("lambda", positive=True)
L.step(sp.simplify(2 * s2 * nlp - (sum((yy - w * xx) ** 2 for xx, yy in zip(xs, ys)) + t2 / s2 * w ** 2)) == 0)
L.step(sp.solve(sp.diff(sum((yy - w * xx) ** 2 for xx, yy in zip(xs, ys)) + lam * w ** 2, w), w)[0] == sp.Rational(29) / (14 + lam))
L.define(4)
L.step(sum(xx * yy for xx, yy in zip(xs, ys)) == 2 + 6 + 21); L.step(2 + 6 + 21 == 29); L.step(sum(xx ** 2 for xx in xs) == 14)
L.step(sp.solve(sp.diff(sum((yy - w * xx) ** 2 for xx, yy in zip(xs, ys)), w), w) == [sp.Rational(29, 14)]); L.step(rounds("2.0714", sp.Rational(29, 14)))
true_lam = sp.Integer(1) / R("0.5")
L.step(true_lam == R("0.5") / 1); L.step(R("0.5") / 1 == R("0.5"))
wmap = sp.solve(sp.diff(nlp.subs({s2: 1, t2: R("0.5")}), w), w)[0]
L.step(wmap == 29 / R("14.5"), carried=True); L.step(29 / R("14.5") == 2)
L.step(true_lam == 1 / R("0.5")); L.step(true_lam == 2); L.step(wmap == sp.Rational(29, 16)); L.step(sp.Rational(29, 16) == R("1.8125"))
L.define(2); L.step(R("0.5") == 2 * 1); L.step(2 * 1 == 2); L.step(R("0.5") == sp.Integer(1) / 2); L.step(sp.Integer(1) / 2 == R("0.5"))
bb = sp.Symbol("b", positive=True)
pts = [(R(s_), R(t_)) for s_, t_ in (("-1.3", "0.7"), ("2.1", "1.9"), ("-0.4", "3.1"))]   # w of both signs, b > 0
on = lambda e, f: all(abs(sp.N((e - f).subs({w: u, bb: v}), 30)) < 1e-20 for u, v in pts)
L.define(); L.step(on(-sp.log(sp.exp(-sp.Abs(w) / bb) / (2 * bb)), sp.Abs(w) / bb + sp.log(2 * bb)))
L.step(on(sp.sign(w) / bb, 1 / bb), note="d|w|/dw = sign(w)"); L.define()
L.done()
