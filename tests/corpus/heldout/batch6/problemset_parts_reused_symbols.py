"""Labels for problemset_parts_reused_symbols.tex: a problem set in the exam class (questions, parts,
a solution environment) where n, p, lambda take new values in each part and case: binomial mean and
variance and Var(2X + 3), a standard error with the n of another part, Poisson MLE with n dropped from
the score (carried), P(X >= 1) in two cases and 1 - P(X = 1) for it, exponential MLE inverted (carried)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds  # noqa: E402

L = Labels("batch6/problemset_parts_reused_symbols.tex")
# Q1 (a)
L.define(3)
n, p = 20, R("0.3"); EX, VX = n * p, n * p * (1 - p)
L.step(True, note="E = np"); L.step(EX == 6); L.step(True, note="Var = np(1-p)"); L.step(VX == R("4.2"))
L.step(True, note="linearity"); L.step(2 * EX + 3 == 15); L.step(True, note="Var(aX+b) = a^2 Var X"); L.step(4 * VX == R("16.8"))
L.step(2 * VX + 3 == 4 * VX); L.step(2 * R("4.2") + 3 == R("11.4"))
# (b)
L.define(2)
n, p = 50, R("0.1")
L.step(n * p == 50 * R("0.1")); L.step(n * p == 5); L.step(n * p * (1 - p) == 50 * R("0.1") * R("0.9")); L.step(n * p * (1 - p) == R("4.5"))
L.step((1 - p)**n == R("0.9")**50); L.step(rounds("0.0052", R("0.9")**50))
# (c)
data = [1, 0, 0, 1, 1, 0, 1, 1]; n = len(data); ph = sp.Rational(sum(data), n); v = ph * (1 - ph) / n
L.define(); L.step(sum(data) == 5); L.step(ph == sp.Rational(5, 8)); L.step(ph == R("0.625"))
L.step(v == R("0.625") * R("0.375") / 8); L.step(rounds("0.0293", v)); L.step(True, note="se = sqrt(var)"); L.step(rounds("0.1712", sp.sqrt(v), sp.sqrt(R("0.0293"))))
L.step(rounds("0.0117", R("0.625") * R("0.375") / 20))
L.step(rounds("0.1083", sp.sqrt(v)), carried=rounds("0.1083", sp.sqrt(R("0.625") * R("0.375") / 20)))
# Q2 (a)
x = [2, 0, 3, 1, 4]; lam = sp.Symbol("lambda", positive=True)
ell = sum(xi * sp.log(lam) - lam - sp.log(sp.factorial(xi)) for xi in x)
L.define(); L.step(sum(x) == 10); L.define(note="the log-likelihood, written right")
L.step(sp.simplify(sp.diff(ell, lam) - (10 / lam - 5)) == 0); L.define(note="= 0"); L.step(sp.solve(sp.diff(ell, lam), lam) == [2])
L.step(sp.simplify(sp.diff(ell, lam, 2) + 10 / lam**2) == 0); L.step(True, note="-10/lambda^2 < 0")
L.step(sp.diff(ell, lam, 2).subs(lam, 2) == R("-2.5")); L.step(True, note="P(X=0) = e^-lambda"); L.step(rounds("0.1353", sp.exp(-2)))
L.step(False, note="n dropped"); L.step(False, carried=sp.solve(10 / lam - 1, lam) == [10])
L.step(False, carried=True, note="e^-10 with their lambda"); L.step(rounds("0.0000454", sp.exp(-10)))
# (b) cases
L.define(2)
for rate, written in ((1, "0.6321"), (3, "0.9502")):
    L.define(); L.step(True, note="P(X>=1) = 1 - e^-lambda"); L.step(True); L.step(rounds(written, 1 - sp.exp(-rate)))
L.step(True, note="1 - e^-l > 1 - e^-1 for l > 1"); L.define()
L.step(False, note="1 - lambda e^-lambda is 1 - P(X=1)"); L.step(True, note="at lambda = 3"); L.step(rounds("0.8506", 1 - 3 * sp.exp(-3))); L.define()
# Q3
t = [R("0.5"), R("1.5"), R("1.0"), R("3.0")]; n = len(t)
ell = n * sp.log(lam) - lam * sum(t)
lh = sp.solve(sp.diff(ell, lam), lam)[0]
L.define(); L.step(sum(t) == 6); L.define(note="exponential log-likelihood")
L.step(True, note="n/lambda - sum t"); L.step(lh == sp.Rational(n, 6)); L.step(lh == sp.Rational(4, 6)); L.step(rounds("0.6667", lh)); L.step(1 / lh == R("1.5"))
L.step(True, note="P(T > 2) = e^{-2 lambda}"); L.step(rounds("1.3333", 2 * lh)); L.step(rounds("0.2636", sp.exp(-2 * lh), sp.exp(-R("1.3333"))))
L.step(lh == sum(t) / n); L.step(sum(t) / n == R("1.5")); L.step(False, carried=sp.exp(-2 * R("1.5")) == sp.exp(-3)); L.step(rounds("0.0498", sp.exp(-3)))
L.done()
