"""Labels for slides_poisson_exponential.tex: Poisson and exponential likelihoods, MLEs, Gamma
posteriors and the Poisson predictive; the exponential MLE inverted and carried."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from sympy.stats import NegativeBinomial, P as Prob  # noqa: E402,F401
from truth import Labels, R, rounds, same  # noqa: E402

L = Labels("batch2/slides_poisson_exponential.tex")
lam = sp.Symbol("lambda", positive=True)
ys = [2, 0, 3, 1, 4]; n, S = len(ys), sum(ys)
Lik = sp.Mul(*[lam ** y * sp.exp(-lam) / sp.factorial(y) for y in ys])
L.define()
L.define(); L.step(same(Lik, lam ** S * sp.exp(-n * lam) / sp.Mul(*[sp.factorial(y) for y in ys])))
L.step(same(Lik, lam ** 10 * sp.exp(-5 * lam) / 288))
ell = sp.expand_log(sp.log(Lik), force=True)
L.step(same(ell, 10 * sp.log(lam) - 5 * lam - sp.log(288)))
L.step(same(sp.diff(ell, lam), 10 / lam - 5))
L.define()
mle = sp.solve(sp.diff(ell, lam), lam)
L.step(mle == [sp.Rational(10, 5)]); L.step(sp.Rational(10, 5) == 2); L.step(sp.Rational(S, n) == 2)
L.step(same(sp.diff(ell, lam, 2), -10 / lam ** 2)); L.step(all((-10 / lam ** 2).subs(lam, v) < 0 for v in (R("0.1"), 2, 50)))
nn = sp.Symbol("n", positive=True)
fisher_one = -sp.diff(sp.log(lam ** sp.Symbol("y") * sp.exp(-lam)), lam, 2).subs(sp.Symbol("y"), lam)   # E[-l''] for one count
L.step(same(nn * fisher_one, nn / lam)); L.step(True, note="se = sqrt(1/I) = sqrt(lambda/n) at the MLE")
L.step(sp.Rational(2, 5) == R("0.4")); L.step(rounds("0.6325", sp.sqrt(R("0.4"))))
L.step(ell.subs(lam, 2) == 10 * sp.log(2) - 10 - sp.log(288)); L.step(rounds("-8.7315", ell.subs(lam, 2)))
a, b = 3, 2
L.define(2)
post = Lik * lam ** (a - 1) * sp.exp(-b * lam)
L.step(same(post / (lam ** 10 * sp.exp(-5 * lam) * lam ** (a - 1) * sp.exp(-b * lam)), 1 / sp.Integer(288)), note="a constant ratio")
L.step(same(lam ** 10 * sp.exp(-5 * lam) * lam ** (a - 1) * sp.exp(-b * lam), lam ** (a + 10 - 1) * sp.exp(-(b + 5) * lam)))
L.step(same(lam ** (a + 10 - 1) * sp.exp(-(b + 5) * lam), lam ** 12 * sp.exp(-7 * lam)))
A, B = a + S, b + n
L.step(sp.Rational(A, B) == sp.Rational(13, 7)); L.step(rounds("1.8571", sp.Rational(13, 7)))
L.step(sp.Rational(A - 1, B) == sp.Rational(12, 7)); L.step(rounds("1.7143", sp.Rational(12, 7)))
L.step(sp.Rational(A, B ** 2) == sp.Rational(13, 49)); L.step(rounds("0.2653", sp.Rational(13, 49)))
L.step(sp.Rational(13, 7) == sp.Rational(5, 7) * sp.Rational(S, n) + sp.Rational(2, 7) * sp.Rational(a, b))
L.step(sp.Rational(5, 7) * 2 + sp.Rational(2, 7) * R("1.5") == sp.Rational(5, 7) * sp.Rational(S, n) + sp.Rational(2, 7) * sp.Rational(a, b))
# predictive P(Y=0) = integral of e^{-lam} against the Gamma(13, 7) posterior
dens = B ** A * lam ** (A - 1) * sp.exp(-B * lam) / sp.gamma(A)
p0 = sp.integrate(sp.exp(-lam) * dens, (lam, 0, sp.oo))
L.step(p0 == sp.Rational(7, 8) ** 13); L.step(rounds("0.1762", p0))
L.step(p0 == sp.exp(-sp.Rational(13, 7)))
L.step(rounds("1.8571", sp.Rational(13, 7)), note="e^{-13/7} written with 13/7 rounded"); L.step(rounds("0.1561", sp.exp(R("-1.8571"))))
th = sp.Symbol("theta", positive=True)
ts = [R("0.5"), R("1.2"), R("0.3"), R("2.5")]; St = sum(ts)
ellt = sum(sp.log(th * sp.exp(-th * t)) for t in ts)
L.define()
L.define(); L.step(same(ellt, 4 * sp.log(th) - th * St)); L.step(St == R("4.5"))
L.step(same(sp.diff(ellt, th), 4 / th - R("4.5"))); L.define()
that = sp.solve(sp.diff(ellt, th), th)[0]
L.step(that == St / 4); L.step(St / 4 == R("1.125"))
L.step(True, note="P(T > 1) = e^{-theta} for Exp(theta)")
L.step(sp.exp(-that) == sp.exp(-R("1.125")), carried=St / 4 == R("1.125")); L.step(rounds("0.3247", sp.exp(-R("1.125"))))
al, be = 2, 1
L.define(2)
L.step(same(sp.exp(ellt) * th ** (al - 1) * sp.exp(-be * th) / (th ** 4 * sp.exp(-R("4.5") * th) * th ** (al - 1) * sp.exp(-be * th)), 1))
L.step(same(th ** 4 * sp.exp(-R("4.5") * th) * th ** (al - 1) * sp.exp(-be * th), th ** (al + St - 1) * sp.exp(-(be + 4) * th)))
L.step(sp.Rational(al + 4) / (be + St) == R("6.5") / 5, carried=True, note="Gamma(6.5, 5) from the wrong kernel")
L.step(R("6.5") / 5 == R("1.3"))
L.step(al + 4 == 6); L.step(be + St == R("5.5")); L.step(rounds("1.0909", 6 / R("5.5")))
# last year's sheet: the sum miscounted as 11, carried
L.step(sum(ys) == 2 + 0 + 3 + 1 + 4); L.step(2 + 0 + 3 + 1 + 4 == 11)
Sw = 11
L.step(mle == [sp.Rational(11, 5)], carried=sp.Rational(Sw, n) == sp.Rational(11, 5)); L.step(sp.Rational(11, 5) == R("2.2"))
L.step(sp.sqrt(mle[0] / n) == sp.sqrt(R("2.2") / 5), carried=sp.sqrt(sp.Rational(Sw, n) / n) == sp.sqrt(R("2.2") / 5))
L.step(R("2.2") / 5 == R("0.44")); L.step(rounds("0.6633", sp.sqrt(R("0.44"))))
L.step(sp.Rational(A, B) == sp.Rational(14, 7), carried=sp.Rational(a + Sw, b + n) == sp.Rational(14, 7)); L.step(sp.Rational(14, 7) == 2)
L.step(p0 == sp.Rational(7, 8) ** 14, carried=sp.integrate(sp.exp(-lam) * (b + n) ** (a + Sw) * lam ** (a + Sw - 1) * sp.exp(-(b + n) * lam) / sp.gamma(a + Sw), (lam, 0, sp.oo)) == sp.Rational(7, 8) ** 14)
L.step(rounds("0.1542", sp.Rational(7, 8) ** 14))
ell_w = Sw * sp.log(lam) - n * lam - sp.log(288)
L.step(ell.subs(lam, 2) == 11 * sp.log(R("2.2")) - 11 - sp.log(288), carried=ell_w.subs(lam, R("2.2")) == 11 * sp.log(R("2.2")) - 11 - sp.log(288))
L.step(rounds("-7.9899", 11 * sp.log(R("2.2")) - 11 - sp.log(288)))
# fifth bulb: 4.5 + 1.5 written as 5.0, carried
ts5 = ts + [R("1.5")]; St5 = sum(ts5); St5w = R("5.0")
L.define()
L.step(St5 == R("4.5") + R("1.5")); L.step(R("4.5") + R("1.5") == R("5.0"))
th5 = 5 / St5; th5w = 5 / St5w
L.step(th5 == 5 / R("5.0"), carried=th5w == 5 / R("5.0")); L.step(5 / R("5.0") == 1)
L.step(True, note="P(T > 1) = e^{-theta}"); L.step(sp.exp(-th5) == sp.exp(-1), carried=sp.exp(-th5w) == sp.exp(-1)); L.step(rounds("0.3679", sp.exp(-1)))
L.step(1 / th5 == 1, carried=1 / th5w == 1)
L.step(sp.Rational(al + 5) / (be + St5) == sp.Rational(7, 6), carried=sp.Rational(al + 5) / (be + St5w) == sp.Rational(7, 6))
L.step(rounds("1.1667", sp.Rational(7, 6)))
pred = lambda Bp, Ap: sp.integrate(sp.exp(-th) * Bp ** Ap * th ** (Ap - 1) * sp.exp(-Bp * th) / sp.gamma(Ap), (th, 0, sp.oo))
L.step(pred(be + St5, al + 5) == sp.Rational(6, 7) ** 7, carried=pred(be + St5w, al + 5) == sp.Rational(6, 7) ** 7)
L.step(rounds("0.3399", sp.Rational(6, 7) ** 7))
L.done()
