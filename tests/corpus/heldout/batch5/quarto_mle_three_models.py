"""Labels for quarto_mle_three_models.tex: a Quarto lab report exported to LaTeX: Bernoulli MLE with
a miscount (5 for 6) carried into the log-likelihood, the SE and the information, then the note
correcting it; categorical MLE by a Lagrangian with an addition slip; Gaussian MLE with a swapped-digit
sum of squares carried into sigma-hat^2, sigma-hat, s^2 and the log-likelihood, then corrected."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, substituted  # noqa: E402

L = Labels("batch5/quarto_mle_three_models.tex")
xs = [1, 0, 1, 1, 0, 1, 1, 1]
n, k = len(xs), sum(xs)
p = sp.Symbol("p", positive=True)
S, N = sp.symbols("S N", positive=True)
ll = S * sp.log(p) + (N - S) * sp.log(1 - p)
L.define(); L.define()
L.step(sp.simplify(sp.diff(ll, p) - (S / p - (N - S) / (1 - p))) == 0)
L.step(sp.simplify(sp.solve(sp.diff(ll, p), p)[0] - S / N) == 0)
ph = sp.Rational(k, n)
L.step(k == 5); L.step(ph == sp.Rational(5, 8), carried=True); L.step(sp.Rational(5, 8) == R("0.625"))
lmax = ll.subs({S: k, N: n, p: ph})
L.step(sp.simplify(lmax - (5 * sp.log(R("0.625")) + 3 * sp.log(R("0.375")))) == 0, carried=True)
L.step(rounds("-2.3500", 5 * sp.log(R("0.625"))) and rounds("-2.9425", 3 * sp.log(R("0.375")))); L.step(R("-2.3500") - R("2.9425") == R("-5.2925"))
se = sp.sqrt(ph * (1 - ph) / n)
L.step(se == sp.sqrt(R("0.625") * R("0.375") / 8), carried=True); L.step(rounds("0.1712", sp.sqrt(R("0.625") * R("0.375") / 8)))
info = n / (ph * (1 - ph))
L.step(info == 8 / R("0.234375"), carried=R("0.625") * R("0.375") == R("0.234375")); L.step(rounds("34.1333", 8 / R("0.234375")))
L.step(ph == sp.Rational(6, 8)); L.step(sp.Rational(6, 8) == R("0.75"))
L.step(sp.simplify(lmax - (6 * sp.log(R("0.75")) + 2 * sp.log(R("0.25")))) == 0)
L.step(rounds("-1.7261", 6 * sp.log(R("0.75"))) and rounds("-2.7726", 2 * sp.log(R("0.25")))); L.step(rounds("-4.4987", R("-1.7261") - R("2.7726"), lmax))
L.step(se == sp.sqrt(R("0.75") * R("0.25") / 8)); L.step(rounds("0.1531", se)); L.step(info == 8 / R("0.1875")); L.step(rounds("42.6667", info))
L.step(sp.simplify(sp.diff(ll, p, 2) - (-S / p**2 - (N - S) / (1 - p)**2)) == 0)
d2 = sp.diff(ll, p, 2).subs({S: k, N: n, p: ph})
L.step(d2 == -6 / R("0.5625") - 2 / R("0.0625")); L.step(rounds("-42.6667", R("-10.6667") - 32, d2) and rounds("-10.6667", -6 / R("0.5625")) and d2 == -info)
# categorical
cnt = [5, 3, 2]
th = sp.symbols("t1:4", positive=True); lam = sp.Symbol("lam")
Lag = sum(c * sp.log(t) for c, t in zip(cnt, th)) - lam * (sum(th) - 1)
L.define(5); L.define()
L.step(all(sp.simplify(sp.diff(Lag, t) - (c / t - lam)) == 0 for c, t in zip(cnt, th))); L.define()
sol = sp.solve([sp.diff(Lag, t) for t in th] + [sum(th) - 1], list(th) + [lam], dict=True)[0]
L.step(all(sp.simplify(sol[t] - c / sol[lam]) == 0 for c, t in zip(cnt, th))); L.step(sol[lam] == sum(cnt)); L.step(sum(cnt) == 10)
L.step([sol[t] for t in th] == [R("0.5"), R("0.3"), R("0.2")])
L.step(rounds("-3.4657", 5 * sp.log(R("0.5"))) and rounds("-3.6119", 3 * sp.log(R("0.3"))) and rounds("-3.2189", 2 * sp.log(R("0.2"))))
L.step(rounds("-10.2865", R("-3.4657") - R("3.6119") - R("3.2189"), sum(c * sp.log(sol[t]) for c, t in zip(cnt, th))))
L.define(); L.step(rounds("-10.9861", 10 * sp.log(sp.Rational(1, 3))))
# Gaussian
ys = [R(v) for v in ("2.1", "3.4", "1.9", "4.2", "3.4")]
m = len(ys)
ybar = sum(ys) / m
ss = sum((v - ybar)**2 for v in ys)
L.define(); L.step(sum(ys) == R("15.0")); L.step(True, note="mu-hat = y-bar"); L.step(ybar == 3)
L.step([v - ybar for v in ys] == [R("-0.9"), R("0.4"), R("-1.1"), R("1.2"), R("0.4")])
L.step(ss == R("0.81") + R("0.16") + R("1.21") + R("1.44") + R("0.16")); L.step(R("0.81") + R("0.16") + R("1.21") + R("1.44") + R("0.16") == R("3.87"))
v = ss / m
L.step(v == R("3.87") / 5, carried=True); L.step(R("3.87") / 5 == R("0.774"))
L.step(rounds("0.8798", sp.sqrt(v)), carried=True); L.step(rounds("0.8798", sp.sqrt(R("0.774"))))
L.step(ss / (m - 1) == R("3.87") / 4, carried=True); L.step(R("3.87") / 4 == R("0.9675"))
mu_, s2_ = sp.symbols("mu s2", positive=True)
llg = sum(-sp.log(2 * sp.pi * s2_) / 2 - (yy - mu_)**2 / (2 * s2_) for yy in ys)
L.step(sp.simplify(llg.subs({mu_: ybar, s2_: v}) - (-sp.Rational(m, 2) * (sp.log(2 * sp.pi * v) + 1))) == 0)
L.step(substituted(llg.subs({mu_: ybar, s2_: v}), lambda q: -R("2.5") * (q + 1), "~1.5817"), carried=rounds("1.5817", sp.log(2 * sp.pi * R("0.774"))))
L.step(rounds("-6.4543", -R("2.5") * (R("1.5817") + 1)))
L.step(rounds("0.7712", R("1.96") * R("0.8798") / sp.sqrt(5)))
L.step(v == R("0.756")); L.step(rounds("0.8695", sp.sqrt(v))); L.step(ss / (m - 1) == R("0.945"))
L.step(substituted(llg.subs({mu_: ybar, s2_: v}), lambda q: -R("2.5") * (q + 1), "~1.5582") and rounds("1.5582", sp.log(2 * sp.pi * v)))
L.step(rounds("-6.3954", -R("2.5") * (R("1.5582") + 1), llg.subs({mu_: ybar, s2_: v})))
L.step(rounds("0.7621", R("1.96") * R("0.8695") / sp.sqrt(5), R("1.96") * sp.sqrt(v) / sp.sqrt(5)))
L.step(ss / (m - 1) == sp.Rational(m, m - 1) * v); L.step(sp.Rational(m, m - 1) * v == R("1.25") * R("0.756")); L.step(R("1.25") * R("0.756") == R("0.945"))
L.done()
