"""Labels for takehome_exam_beta_binomial_ridge_grader_margin.tex: a take-home exam script with the grader's
margin notes. Beta(3, 5) prior, 8 heads in 12 tosses: posterior Beta(11, 9), mean as a weighted average, the
variance given as the standard deviation (carried into the two-sigma half-width), the MAP with denominator
alpha + beta - 1 (carried into the mean-minus-mode gap), P(two heads) as 0.55^2, a sequential update. MAP as
ridge: the derivative of lambda w^2 taken as lambda w (carried into the closed form, the estimate and the
shrinkage factor)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from sympy.stats import Beta as BetaRV, E as Ex, variance  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch21/takehome_exam_beta_binomial_ridge_grader_margin.tex")
th = sp.symbols("theta", positive=True)
a, b, n, k = 3, 5, 12, 8
L.define(4, "a, b, n, k")
post = th ** (a + k - 1) * (1 - th) ** (b + n - k - 1)          # exact posterior kernel
def prop(f, g):
    r1 = (f / g).subs(th, sp.Rational(1, 3)); r2 = (f / g).subs(th, sp.Rational(5, 7))
    return sp.simplify(r1 - r2) == 0
L.step(prop(post, th ** k * (1 - th) ** (n - k) * th ** (a - 1) * (1 - th) ** (b - 1)))
L.step(same(th ** k * (1 - th) ** (n - k) * th ** (a - 1) * (1 - th) ** (b - 1), th ** (8 + 2) * (1 - th) ** (4 + 4), [th]))
L.step(same(th ** (8 + 2) * (1 - th) ** (4 + 4), th ** 10 * (1 - th) ** 8, [th]))
al, be = a + k, b + n - k
L.define(note="alpha"); L.step(al == 11); L.define(note="beta"); L.step(be == 9)
T = BetaRV("T", al, be)
mean = sp.simplify(Ex(T))
L.step(mean == sp.Rational(al, al + be)); L.step(mean == sp.Rational(11, 20)); L.step(mean == R("0.55"))
L.step(sp.Rational(a, a + b) == sp.Rational(3, 8)); L.step(sp.Rational(3, 8) == R("0.375"))
L.step(sp.Rational(k, n) == sp.Rational(8, 12)); L.step(rounds("0.6667", sp.Rational(8, 12)))
L.define(note="w"); L.step(sp.Rational(n, a + b + n) == sp.Rational(12, 20)); L.step(sp.Rational(12, 20) == R("0.6"))
L.step(rounds("0.55", R("0.6") * R("0.6667") + R("0.4") * R("0.375")) and mean == R("0.6") * sp.Rational(2, 3) + R("0.4") * R("0.375"))
var = sp.simplify(variance(T))
L.step(var == sp.Rational(al * be, (al + be) ** 2 * (al + be + 1))); L.step(var == sp.Rational(11 * 9, 20 ** 2 * 21))
L.step(var == sp.Rational(99, 8400)); L.step(rounds("0.0118", var))
sd = sp.sqrt(var)
L.step(rounds("0.0118", sd), note="variance given as sd")
L.step(substituted(2 * sd, lambda s: 2 * s, "~0.0118"), carried=True, note="2 sd = 2 x 0.0118")
L.step(2 * R("0.0118") == R("0.0236"))
L.step(sd == sp.sqrt(sp.Rational(99, 8400))); L.step(rounds("0.1086", sd)); L.step(rounds("0.2172", 2 * R("0.1086"), 2 * sd))
L.define(note="derivative = 0")
mode = sp.solve(sp.diff((al - 1) * sp.log(th) + (be - 1) * sp.log(1 - th), th), th)[0]
L.step(mode == sp.Rational(al - 1, al + be - 1), note="alpha + beta - 2")
L.step(sp.Rational(al - 1, al + be - 1) == sp.Rational(10, 19)); L.step(rounds("0.5263", sp.Rational(10, 19)))
L.step(substituted(mean - mode, lambda m: R("0.55") - m, "~0.5263"), carried=True); L.step(R("0.55") - R("0.5263") == R("0.0237"))
L.step(mode == sp.Rational(10, 18)); L.step(rounds("0.5556", mode)); L.step(rounds("-0.0056", mean - mode, R("0.55") - R("0.5556")))
L.step(al > be)
L.step(True, note="P(head | D) = E[theta | D]"); L.step(mean == R("0.55"))
m2 = sp.simplify(Ex(T ** 2))
L.step(m2 == R("0.55") ** 2, note="E[theta^2]"); L.step(R("0.55") ** 2 == R("0.3025"))
L.step(m2 == sp.Rational(al * (al + 1), (al + be) * (al + be + 1))); L.step(sp.Rational(al * (al + 1), (al + be) * (al + be + 1)) == sp.Rational(132, 420))
L.step(rounds("0.3143", m2))
L.step((al + 1, be + 3) == (12, 12))
L.step(sp.Rational(12, 24) == R("0.5")); L.step(sp.Rational(3 + 9, 3 + 5 + 16) == R("0.5") == sp.Rational(12, 24))
# Question 2
L.define(note="model")
w, s2, t2, nn = sp.symbols("w sigma2 tau2 n", positive=True)
xs, ys = sp.symbols("x1:4"), sp.symbols("y1:4")
# with n = 3 explicit observations (the identity is the same for any n)
sse = sum((yi - w * xi) ** 2 for xi, yi in zip(xs, ys))
nlp = sse / (2 * s2) + w ** 2 / (2 * t2)            # -log posterior up to a constant
lam = s2 / (3 * t2)
L.step(True, note="-log N likelihood and N prior, + const")
L.step(same(nlp, 3 / (2 * s2) * (sse / 3 + lam * w ** 2)))
L.define(note="lambda")
obj = sse / 3 + lam * w ** 2
dobj = sp.diff(obj, w)
wrong_d = -sp.Rational(2, 3) * sum(xi * (yi - w * xi) for xi, yi in zip(xs, ys)) + lam * w
L.step(same(dobj, wrong_d), note="2 lambda w"); L.define(note="= 0")
wmap_true = sp.solve(dobj, w)[0]
wmap_own = sp.solve(wrong_d, w)[0]
Sxy = sum(xi * yi for xi, yi in zip(xs, ys)); Sxx = sum(xi ** 2 for xi in xs)
L.step(same(wmap_true, Sxy / (Sxx + 3 * lam / 2)), carried=same(wmap_own, Sxy / (Sxx + 3 * lam / 2)))
L.step(same(Sxy / (Sxx + 3 * lam / 2), Sxy / (Sxx + s2 / (2 * t2))))
L.define(4, "x, y, sigma^2, tau^2")
X, Y, S2, T2 = [1, 2, 3], [2, 3, 7], 1, R("0.5")
L.step(sum(p * q for p, q in zip(X, Y)) == 2 + 6 + 21); L.step(2 + 6 + 21 == 29)
L.step(sum(p * p for p in X) == 1 + 4 + 9); L.step(1 + 4 + 9 == 14)
L.step(S2 / (2 * T2) == 1)
L_ = S2 / (3 * T2)
L.step(L_ == 1 / (3 * R("0.5"))); L.step(rounds("0.6667", L_))
num = {**dict(zip(xs, X)), **dict(zip(ys, Y)), s2: S2, t2: T2}
wm, wo = wmap_true.subs(num), sp.Rational(29, 14)
L.step(wm == sp.Rational(29, 14 + 1), carried=wmap_own.subs(num) == sp.Rational(29, 15))
L.step(sp.Rational(29, 14 + 1) == sp.Rational(29, 15)); L.step(rounds("1.9333", sp.Rational(29, 15)))
L.step(wo == sp.Rational(29, 14)); L.step(rounds("2.0714", wo))
L.step(substituted(wm / wo, lambda p, q: p / q, "~1.9333", "~2.0714"), carried=substituted(wmap_own.subs(num) / wo, lambda p, q: p / q, "~1.9333", "~2.0714"))
L.step(rounds("0.9333", R("1.9333") / R("2.0714")))
L.step(sp.diff(lam * w ** 2, w) == 2 * lam * w)
L.step(same(wmap_true, Sxy / (Sxx + s2 / t2))); L.step(wm == sp.Rational(29, 16)); L.step(sp.Rational(29, 16) == R("1.8125"))
L.step(wm / wo == sp.Rational(14, 16) == R("0.875"))
L.done()
