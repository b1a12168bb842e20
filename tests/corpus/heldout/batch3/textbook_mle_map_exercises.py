"""Labels for textbook_mle_map_exercises.tex: Bernoulli MLE/MAP with a Beta prior, Poisson with a
Gamma prior (the rate updated by 4 instead of 5, carried), Gaussian mean with a Gaussian prior (a
square-root slip carried into the interval), the Gaussian variance MLE and its bias."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from sympy import stats  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch3/textbook_mle_map_exercises.tex")
t = sp.Symbol("theta", positive=True)
n, k = 10, 7
ell = k * sp.log(t) + (n - k) * sp.log(1 - t)
L.define(2); L.define(); L.step(True, note="the Bernoulli log-likelihood of 7 heads in 10")
L.step(same(sp.diff(ell, t), k / t - (n - k) / (1 - t)))
L.define(2)
that = sp.solve(sp.diff(ell, t), t)
L.step(that == [sp.Rational(7, 10)]); L.step(that == [sp.Rational(k, n)]); L.step(sp.Rational(k, n) == R("0.7"))
d2 = sp.diff(ell, t, 2)
L.step(same(d2, -k / t ** 2 - (n - k) / (1 - t) ** 2))
L.step(all(d2.subs(t, sp.Rational(j, 20)) < 0 for j in range(1, 20)))
info = -d2.subs(t, R("0.7"))
L.step(info == 7 / R("0.49") + 3 / R("0.09")); L.step(rounds("14.2857", 7 / R("0.49")) and rounds("33.3333", 3 / R("0.09")))
L.step(rounds("47.6190", info)); L.step(rounds("0.1449", 1 / sp.sqrt(info)))
a = b = 2
L.define(2)
post = t ** (k + a - 1) * (1 - t) ** (n - k + b - 1) / sp.beta(k + a, n - k + b)
ratio = post / (t ** k * (1 - t) ** (n - k) * t ** (a - 1) * (1 - t) ** (b - 1))
L.step(sp.simplify(ratio).free_symbols == set())
L.step(same(t ** k * (1 - t) ** (n - k) * t ** (a - 1) * (1 - t) ** (b - 1), t ** (k + a - 1) * (1 - t) ** (n - k + b - 1)))
L.step((k + a, n - k + b) == (9, 5))
mode = sp.solve(sp.diff(sp.log(post), t), t)
L.step(mode == [sp.Rational(k + a - 1, n + a + b - 2)]); L.step(mode == [sp.Rational(8, 11)]); L.step(rounds("0.7273", sp.Rational(8, 11)))
B = stats.Beta("B", k + a, n - k + b)
L.step(stats.E(B) == sp.Rational(9, 14)); L.step(rounds("0.6249", sp.Rational(9, 14)))
L.step(sp.simplify(stats.variance(B) - sp.Rational(9 * 5, 14 ** 2 * 15)) == 0); L.step(sp.Rational(45, 2940) == sp.Rational(9 * 5, 14 ** 2 * 15) and rounds("0.0153", sp.Rational(45, 2940)))
# Poisson
xs = [3, 1, 4, 2, 5]
lam = sp.Symbol("lambda", positive=True)
L.define(2); L.step(sum(xs) == 15)
loglik = sum(x * sp.log(lam) - lam - sp.log(sp.factorial(x)) for x in xs)
L.step(sp.solve(sp.diff(loglik, lam), lam) == [sp.Rational(sum(xs), len(xs))]); L.step(sp.Rational(sum(xs), len(xs)) == 3)
al, be = 2, 1
L.define(2)
logpost = loglik + (al - 1) * sp.log(lam) - be * lam
L.step(sp.simplify(sp.diff(logpost - ((sum(xs) + al - 1) * sp.log(lam) - (len(xs) + be) * lam), lam)) == 0)
L.step((sum(xs) + al, len(xs) + be) == (17, 5))
L.step(sp.Rational(17, 6) == sp.Rational(17, 5), carried=True); L.step(sp.Rational(17, 5) == R("3.4"))
L.step(sp.solve(sp.diff(logpost, lam), lam) == [sp.Rational(16, 5)], carried=sp.Rational(17 - 1, 5) == sp.Rational(16, 5)); L.step(sp.Rational(16, 5) == R("3.2"))
L.step(sp.Rational(al, be) == 2); L.step(sp.Rational(15, 5) == 3)
# Gaussian mean
s2, tau2, nn, xbar = 4, 1, 4, R("2.5")
L.define(4)
prec = sp.Rational(1, tau2) + sp.Rational(nn, s2)
L.step(True, note="posterior precision = prior + data precision"); L.step(prec == 1 + 1); L.step(prec == 2); L.step(1 / prec == R("0.5"))
mun = (nn * xbar / s2) / prec
L.step(True, note="mu_n formula"); L.step(mun == R("0.5") * R("2.5")); L.step(mun == R("1.25"))
L.step(mun == R("1.25")); L.step(True, note="MLE of mu is the mean"); L.step(xbar == R("2.5"))
L.step(True, note="sigma_n = sqrt(sigma_n^2)"); L.step(rounds("0.7701", sp.sqrt(R("0.5"))))
L.step(substituted(1.96 * sp.sqrt(sp.Rational(1, 2)), lambda a: R("1.96") * a, "~0.7701"), carried=True)
L.step(rounds("1.5094", R("1.96") * R("0.7701")))
L.step(sp.Rational(nn * tau2, nn * tau2 + s2) == sp.Rational(4, 8)); L.step(sp.Rational(4, 8) == R("0.5"))
# Gaussian variance
d = [1, 2, 3, 4]
L.step(sp.Rational(sum(d), 4) == R("2.5"))
L.step([(x - R("2.5")) ** 2 for x in d] == [R("2.25"), R("0.25"), R("0.25"), R("2.25")]); L.step(R("2.25") * 2 + R("0.25") * 2 == 5)
L.define(); L.define()
mu, v = sp.Symbol("mu", real=True), sp.Symbol("v", positive=True)
ellg = -sp.Rational(len(d), 2) * sp.log(2 * sp.pi * v) - sum((x - mu) ** 2 for x in d) / (2 * v)
L.step(sp.solve(sp.diff(ellg.subs(mu, R("2.5")), v), v) == [sp.Rational(5, 4)]); L.step(True, note="sum = 5, n = 4"); L.step(sp.Rational(5, 4) == R("1.25"))
Xs = [stats.Normal(f"X{i}", 0, 1) for i in range(3)]
m = sum(Xs) / 3
L.step(sp.simplify(stats.E(sum((X - m) ** 2 for X in Xs) / 3)) == 1, note="it is (n-1)/n sigma^2")
L.step(sp.Rational(5, 3) == sp.Rational(5, 4 - 1)); L.step(rounds("1.6667", sp.Rational(5, 3)))
L.define(3)
g = sp.diff(ell, t)
L.step(g.subs(t, R("0.5")) == 7 / R("0.5") + 3 / R("0.5")); L.step(7 / R("0.5") + 3 / R("0.5") == 20)
th1 = R("0.5") + R("0.01") * g.subs(t, R("0.5"))
L.step(th1 == R("0.5") + R("0.01") * 20, carried=True); L.step(R("0.5") + R("0.01") * 20 == R("0.7"))
L.step(g.subs(t, R("0.7")) == 7 / R("0.7") - 3 / R("0.3")); L.step(7 / R("0.7") - 3 / R("0.3") == 0)
th2 = th1 + R("0.01") * g.subs(t, th1)
L.step(th2 == R("0.7"), carried=R("0.7") + R("0.01") * g.subs(t, R("0.7")) == R("0.7"))
L.step(g.subs(t, R("0.5")) == 14 - 6); L.step(14 - 6 == 8)
t1 = R("0.5") + R("0.01") * 8
L.step(t1 == R("0.58")); L.step(rounds("0.6293", t1 + R("0.01") * g.subs(t, t1)))
L.step((sum(xs) + al, len(xs) + be) == (2 + 5, 1 + 15)); L.step((al + len(xs), be + sum(xs)) == (7, 16))
pm = sp.Rational(sum(xs) + al, len(xs) + be)
L.step(pm == sp.Rational(7, 16), carried=True); L.step(sp.Rational(7, 16) == R("0.4375"))
L.step(sp.Rational(sum(xs) + al - 1, len(xs) + be) == sp.Rational(6, 16), carried=True); L.step(sp.Rational(6, 16) == R("0.375"))
L.step(sp.Rational(sum(xs) + al, (len(xs) + be) ** 2) == sp.Rational(7, 16 ** 2), carried=True); L.step(rounds("0.0273", sp.Rational(7, 256)))
L.step(sp.Rational(sum(xs), len(xs)) == 3); L.step(rounds("2.8333", sp.Rational(17, 6)))
L.done()
