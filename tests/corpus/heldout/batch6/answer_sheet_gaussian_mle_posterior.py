"""Labels for answer_sheet_gaussian_mle_posterior.tex: a two-column exam answer sheet with the marker's
notes: Gaussian MLE (the sigma^2 score doubled, s^2 given as the MLE, "unbiased"), Normal-Normal posterior
with n dropped from n xbar (arithmetic on it stays ok), the marker's corrected mean and interval."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same  # noqa: E402

L = Labels("batch6/answer_sheet_gaussian_mle_posterior.tex")
data = [2, 4, 6, 8]; n = len(data)
mu, s2 = sp.Symbol("mu", real=True), sp.Symbol("s2", positive=True)
xs = sp.symbols("x1:5", real=True)
ell = -sp.Rational(n, 2) * sp.log(2 * sp.pi * s2) - sum((xi - mu)**2 for xi in xs) / (2 * s2)
syms = [mu, s2, *xs]
L.define(3)
L.define(); L.step(sum(data) / sp.Integer(4) == sp.Rational(sum(data), 4)); L.step(sp.Rational(sum(data), n) == 5)
L.step(True, note="the Gaussian log-likelihood")
L.step(same(sp.diff(ell, mu), sum(xi - mu for xi in xs) / s2, syms, positive=False))
L.step(sp.solve(sp.diff(ell, mu), mu)[0] == sum(xs) / n); L.step(sp.Rational(sum(data), n) == 5)
L.step(same(sp.diff(ell, s2), -n / s2 + sum((xi - mu)**2 for xi in xs) / s2**2, syms, positive=False))
sol = sp.solve(sp.diff(ell, s2), s2)[0]
L.step(same(sol, sum((xi - mu)**2 for xi in xs) / n, syms, positive=False))
L.step(True, note="9 + 1 + 1 + 9"); L.step(sum((d - 5)**2 for d in data) == 20)
L.step(sp.Rational(20, n) == sp.Rational(20, 3)); L.step(rounds("6.6667", sp.Rational(20, 3)))
# E[sigma-hat^2] for i.i.d. draws, from the moments E[x_i] = mu, E[x_i^2] = mu^2 + s2, E[x_i x_j] = mu^2 (i != j)
sig_hat = sp.Poly(sp.expand(sum((xi - sum(xs) / n)**2 for xi in xs) / n), *xs)
moment = lambda e: (mu**2 + s2) if 2 in e else mu**(sum(e))
expected = sp.simplify(sum(c * moment(e) for e, c in sig_hat.terms()))
L.step(sp.simplify(expected - s2) == 0, note=f"E[sigma-hat^2] = {expected}")
t02, sig2, xbar = 4, 5, 5
prec = sp.Rational(1, t02) + sp.Rational(n, sig2)
L.step(True, note="precisions add"); L.step(prec == R("0.25") + R("0.8")); L.step(prec == R("1.05"))
tn2 = 1 / prec; mun = tn2 * n * xbar / sig2
L.step(rounds("0.9524", tn2)); L.step(rounds("0.9759", sp.sqrt(tn2)))
L.step(mun == tn2 * sp.Rational(xbar, sig2)); L.step(sp.Rational(xbar, sig2) == 1); L.step(R("0.9524") * 1 == R("0.9524"))
L.step(rounds("-0.9604", R("0.9524") - R("1.96") * R("0.9759")) and rounds("2.8652", R("0.9524") + R("1.96") * R("0.9759")))
L.step(True, note="mu_n formula"); L.step(sp.Rational(n * xbar, sig2) == 4); L.step(rounds("3.8095", mun, R("0.9524") * 4))
L.step(rounds("1.8967", R("3.8095") - R("1.9128")) and rounds("5.7223", R("3.8095") + R("1.9128")) and rounds("1.9128", R("1.96") * sp.sqrt(tn2)))
L.done()
