"""Labels for svjour3_cancel_gaussian_mle_moments.tex: a Springer `svjour3` teaching note with `subequations`,
`\\eqref`, `\\cancel` and `\\newcommand{\\Var}`: the Gaussian log-likelihood, its derivatives and MLEs, bias and
Fisher information, a six-point sample; moment identities (operator laws, Gaussian moments, a die, Jensen);
exam scripts with a wrong d/dsigma^2 (carried into sigma-hat and the log-likelihood), Var laws misapplied,
a wrong unbiased estimate (carried into the standard error)."""
import itertools
import random
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from sympy.stats import Die, E as EE, Normal, variance  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch12/svjour3_cancel_gaussian_mle_moments.tex")
n = 4
xs = sp.symbols("x1:5", real=True)
mu = sp.Symbol("mu", real=True); s2 = sp.Symbol("s2", positive=True)
ll = sum(-sp.log(2 * sp.pi * s2) / 2 - (x - mu) ** 2 / (2 * s2) for x in xs)
S = lambda m: sum((x - m) ** 2 for x in xs)
L.step(same(ll, -sp.Rational(n, 2) * sp.log(2 * sp.pi) - sp.Rational(n, 2) * sp.log(s2) - S(mu) / (2 * s2)))
L.step(same(sp.diff(ll, mu), sum(x - mu for x in xs) / s2, positive=False))
L.step(same(sp.diff(ll, s2), -sp.Rational(n, 2) / s2 + S(mu) / (2 * s2 ** 2)))
xbar = sum(xs) / n
L.step(sp.solve(sp.diff(ll, mu), mu) == [xbar]); L.define(note="xbar")
L.step(same(-sp.Rational(n, 2) / s2 * 2 * s2 ** 2 + S(xbar) * 2 * s2 ** 2 / (2 * s2 ** 2), -n * s2 + S(xbar))); L.define(note="= 0")
L.step(sp.simplify(sp.solve(sp.diff(ll, s2).subs(mu, xbar), s2)[0] - S(xbar) / n) == 0)
# expectations of polynomials in iid x_i with mean mu and variance s2 (Gaussian: 4th central moment 3 s2^2)
sg = sp.Symbol("sg", positive=True)
def Epoly(expr):
    expr = sp.expand(expr)
    out = 0
    for term in sp.Add.make_args(expr):
        c, facs = term.as_coeff_mul()
        val = c
        for fac in facs:
            base, ex = fac.as_base_exp()
            if base in xs:
                z = sp.Symbol("z")
                mom = [1, mu, mu ** 2 + s2, mu ** 3 + 3 * mu * s2, mu ** 4 + 6 * mu ** 2 * s2 + 3 * s2 ** 2][int(ex)]
                val *= mom
            else:
                val *= fac
        out += val
    return sp.expand(out)
sig_hat = S(xbar) / n
L.step(sp.simplify(Epoly(sig_hat) - sp.Rational(n - 1, n) * s2) == 0)
L.step(sp.simplify(Epoly(sig_hat) - s2 + s2 / n) == 0)
L.step(sp.simplify(Epoly(xbar) - mu) == 0); L.step(sp.simplify(Epoly(xbar ** 2) - Epoly(xbar) ** 2 - s2 / n) == 0)
L.define(note="Fisher information definition"); L.step(sp.simplify(-sp.diff(ll, mu, 2) - n / s2) == 0)
# numbers
d = [2, 4, 4, 5, 7, 8]; N = len(d)
L.define(note="x"); L.step(N == 6)
Sx = sum(d); xb = sp.Rational(Sx, N); SS = sum((v - xb) ** 2 for v in d)
L.step(Sx == 30); L.step(xb == 5); L.step([(v - xb) ** 2 for v in d] == [9, 1, 1, 0, 4, 9]); L.step(SS == 24)
sh2 = SS / N
L.step(sh2 == sp.Rational(24, 6)); L.step(sh2 == 4); L.step(SS / (N - 1) == sp.Rational(24, 5)); L.step(sp.Rational(24, 5) == R("4.8"))
L.step(sp.sqrt(sh2) == 2); L.step(rounds("2.1909", sp.sqrt(SS / (N - 1))))
llv = sum(-sp.log(2 * sp.pi * sh2) / 2 - (v - xb) ** 2 / (2 * sh2) for v in d)
L.step(sp.simplify(llv - (-sp.Rational(N, 2) * sp.log(2 * sp.pi * sh2) - sp.Rational(N, 2))) == 0)
L.step(sp.simplify(llv - (-3 * sp.log(8 * sp.pi) - 3)) == 0)
L.step(substituted(llv, lambda c: -3 * c - 3, "~3.2242"))
L.step(rounds("-12.6726", -3 * R("3.2242") - 3, llv))
L.step(sp.sqrt(sh2 / N) == sp.sqrt(sp.Rational(4, 6))); L.step(rounds("0.8165", sp.sqrt(sp.Rational(4, 6))))
# operator laws on a random finite joint distribution (dependent X, Y), at random a, b
rng = random.Random(5)
sup = [(xv, yv) for xv in (-1, 0, 2, 3) for yv in (0, 1, 4)]
ws = [sp.Rational(rng.randint(1, 9)) for _ in sup]; tot = sum(ws)
P = {pt: w / tot for pt, w in zip(sup, ws)}
Ex = lambda g: sum(p * g(xv, yv) for (xv, yv), p in P.items())
VarF = lambda g: Ex(lambda a_, b_: g(a_, b_) ** 2) - Ex(g) ** 2
CovF = lambda g, h: Ex(lambda a_, b_: g(a_, b_) * h(a_, b_)) - Ex(g) * Ex(h)
X = lambda a_, b_: a_; Y = lambda a_, b_: b_
A, Bc = sp.Rational(-7, 3), sp.Rational(5, 2)
VX = sum(p * (xv - Ex(X)) ** 2 for (xv, yv), p in P.items())
L.step(VX == Ex(lambda a_, b_: a_ ** 2) - Ex(X) ** 2)
L.step(VarF(lambda a_, b_: A * a_ + Bc) == A ** 2 * VarF(X))
L.step(VarF(lambda a_, b_: a_ + b_) == VarF(X) + VarF(Y) + 2 * CovF(X, Y))
L.step(CovF(lambda a_, b_: A * a_, lambda a_, b_: Bc * b_) == A * Bc * CovF(X, Y))
py = {yv: sum(p for (xv, y2), p in P.items() if y2 == yv) for yv in (0, 1, 4)}
Exy = {yv: sum(p * xv for (xv, y2), p in P.items() if y2 == yv) / py[yv] for yv in py}
Vxy = {yv: sum(p * (xv - Exy[yv]) ** 2 for (xv, y2), p in P.items() if y2 == yv) / py[yv] for yv in py}
L.step(sum(py[yv] * Exy[yv] for yv in py) == Ex(X))
EofE = sum(py[yv] * Exy[yv] for yv in py)
L.step(VarF(X) == sum(py[yv] * Vxy[yv] for yv in py) + sum(py[yv] * (Exy[yv] - EofE) ** 2 for yv in py))
# Gaussian moments at a numeric point
m0, sd0 = R("0.7"), R("1.3")
t = sp.Symbol("t", real=True)
pdf = sp.exp(-(t - m0) ** 2 / (2 * sd0 ** 2)) / sp.sqrt(2 * sp.pi * sd0 ** 2)
En = lambda g: sp.Integral(g * pdf, (t, -40, 40)).evalf(30)
close = lambda a_, b_: abs(sp.N(a_ - b_, 30)) < 1e-15
L.step(close(En(t ** 2), m0 ** 2 + sd0 ** 2)); L.step(close(En((t - m0) ** 4), 3 * sd0 ** 4))
L.step(close(En(sp.exp(t)), sp.exp(m0 + sd0 ** 2 / 2)))
L.step(close(sp.Integral((t - m0) * pdf, (t, m0, 40)).evalf(30) * 2, sd0 * sp.sqrt(2 / sp.pi)))
Xn = Normal("Xn", 5, 2)
L.define(2, "mu = 5, sigma^2 = 4")
L.step(sp.simplify(EE(Xn ** 2)) == 29); L.step(sp.simplify(EE(2 * Xn - 3)) == 7); L.step(sp.simplify(variance(2 * Xn - 3)) == 16)
L.step(sp.sqrt(16) == 4)
D, D1, D2 = Die("D", 6), Die("D1", 6), Die("D2", 6)
L.step(EE(D) == R("3.5")); L.step(EE(D ** 2) == sp.Rational(91, 6)); L.step(rounds("15.1667", sp.Rational(91, 6)))
L.step(substituted(variance(D), lambda a_: a_ - R("12.25"), "~15.1667")); L.step(rounds("2.9167", R("15.1667") - R("12.25"), variance(D)))
L.step(rounds("5.8333", variance(D1 + D2)))
L.step(True, note="Jensen, convex square"); L.step(True, note="Jensen, concave log")
# scripts
wrong_d = -n / s2 + S(mu) / (2 * s2 ** 2)
L.step(same(sp.diff(ll, s2), wrong_d), note="n/(2 s2)"); L.define(note="= 0")
L.step(False, carried=sp.simplify(sp.solve(wrong_d.subs(mu, xbar), s2)[0] - S(xbar) / (2 * n)) == 0)
L.step(SS / (2 * N) == sp.Rational(24, 12)); L.step(sp.Rational(24, 12) == 2)
L.step(False, carried=True, note="sigma-hat = sqrt 2"); L.step(rounds("1.4142", sp.sqrt(2)))
ll2 = sum(-sp.log(2 * sp.pi * 2) / 2 - (v - xb) ** 2 / (2 * 2) for v in d)
L.step(False, carried=sp.simplify(ll2 - (-3 * sp.log(4 * sp.pi) - 6)) == 0)
L.step(rounds("-13.5934", -3 * sp.log(4 * sp.pi) - 6), note="-13.5931")
L.step(variance(D1 - D2) == variance(D1) - variance(D2))
L.step(variance(2 * Xn - 3) == 2 * 4 - 3); L.step(2 * 4 - 3 == 5)
L.step(variance(D1 + D2) == variance(2 * D)); L.step(variance(2 * D) == 4 * variance(D) and substituted(4 * variance(D), lambda a_: 4 * a_, "~2.9167"))
L.step(rounds("11.6667", 4 * R("2.9167"), 4 * variance(D)))
L.step(EE(1 / D) == 1 / EE(D)); L.step(EE(D1 * D2) == EE(D1) * EE(D2))
L.step(SS / (N - 1) == sp.Rational(24, 7)); L.step(rounds("3.4286", sp.Rational(24, 7)))
L.step(False, carried=substituted(sp.sqrt(sp.Rational(24, 7) / 6), lambda a_: sp.sqrt(a_ / 6), "~3.4286"))
L.step(rounds("0.7559", sp.sqrt(R("3.4286") / 6)))
L.step(False, carried=substituted(sp.sqrt(sp.Rational(24, 7) / 6) * R("1.96"), lambda u: R("1.96") * u, "~0.7559"))
L.step(rounds("1.4816", R("1.96") * R("0.7559")))
L.step(sp.simplify(Epoly(xbar ** 2) - Epoly(xbar) ** 2 - s2 / n ** 2) == 0, note="sigma^2/n")
L.step(EE(D ** 2) == EE(D) ** 2); L.step(EE(D) ** 2 == R("12.25"))
L.done()
