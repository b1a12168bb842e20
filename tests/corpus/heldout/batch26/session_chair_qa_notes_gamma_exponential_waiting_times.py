"""Labels for session_chair_qa_notes_gamma_exponential_waiting_times.tex: a session chair's notes on a student
talk: exponential waiting times with a Gamma(2, 1) prior on the rate (posterior, mean, variance, mode, sd,
the MLE and shrinkage), the posterior predictive tail P(T > s) = (b'/(b' + s))^a', E[1/lambda], the predictive
density, and the mode and curvature from the log posterior.
The mistakes are listed in README.md (last section)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch26/session_chair_qa_notes_gamma_exponential_waiting_times.tex")
t = [R("2.0"), R("0.5"), R("1.5"), R("3.0")]
n, S = len(t), sum(t)
al, be = 2, 1
L.define(note="data"); L.step(n == 4); L.step(S == R("7.0"))
L.define(3, "likelihood, alpha, beta")
lam, s = sp.symbols("lambda s", positive=True)
L.step(True, note="Gamma density kernel"); L.step(sp.Rational(al, be) == 2)
post = sp.prod([lam * sp.exp(-lam * ti) for ti in t]) * lam ** (al - 1) * sp.exp(-be * lam)
L.step(True, note="Bayes")
L.step(same(post, lam ** (n + al - 1) * sp.exp(-(be + S) * lam)))
L.step(same(post, lam ** 5 * sp.exp(-8 * lam)))
A, B = al + n, be + S
L.step(B == be + n, note="rate beta + sum t"); L.step(al + n == 6 and be + n == 5)
Bw = be + n
L.step(sp.Rational(A) / B == sp.Rational(6, 5), carried=sp.Rational(A) / Bw == sp.Rational(6, 5)); L.step(sp.Rational(6, 5) == R("1.2"))
L.step(sp.Rational(A) / B ** 2 == sp.Rational(6, 25), carried=True); L.step(sp.Rational(6, 25) == R("0.24"))
L.step((A - 1) / B == 1, carried=sp.Rational(A - 1, Bw) == 1); L.step(sp.Rational(6 - 1, 5) == 1)
L.step(sp.sqrt(sp.Rational(A) / B ** 2) == sp.sqrt(R("0.24")), carried=True); L.step(rounds("0.4899", sp.sqrt(R("0.24"))))
L.step(True, note="MLE n / sum t"); L.step(sp.Rational(n) / S == 4 / R("7.0")); L.step(rounds("0.5714", sp.Rational(4, 7)))
L.step(R("0.5714") < R("1.2")); L.step(R("1.2") < 2)
L.step(True, note="exponent"); L.step(B == 1 + R("7.0") and B == 8)
L.step(True, note="Gamma mean"); L.step(sp.Rational(A) / B == sp.Rational(6, 8)); L.step(sp.Rational(6, 8) == R("0.75"))
L.step(sp.Rational(A) / B ** 2 == sp.Rational(6, 64)); L.step(rounds("0.0938", sp.Rational(6, 64)))
L.step((A - 1) / B == sp.Rational(6 - 1, 8)); L.step(sp.Rational(5, 8) == R("0.625"))
L.step(substituted(sp.sqrt(sp.Rational(A) / B ** 2), sp.sqrt, "~0.0938")); L.step(rounds("0.3063", sp.sqrt(R("0.0938"))))
L.step(R("0.75") == sp.Rational(1, 8) * 2 + sp.Rational(7, 8) * sp.Rational(4, 7))
a_, b_ = sp.symbols("a b", positive=True)
tail = sp.integrate(sp.exp(-lam * s) * b_ ** a_ * lam ** (a_ - 1) * sp.exp(-b_ * lam) / sp.gamma(a_), (lam, 0, sp.oo), conds="none")
L.step(True, note="law of total probability"); L.step(same(tail.subs({a_: 6, b_: 8}), (sp.Rational(8) / (8 + s)) ** 6))
L.define(3, "alpha', beta', s")
L.step(tail.subs({a_: 6, b_: 8, s: 1}).simplify() == sp.Rational(8, 9) ** 6)
L.step(substituted(sp.Rational(8, 9) ** 6, lambda q: q ** 6, "~0.8889")); L.step(rounds("0.5933", R("0.8889") ** 6), note="0.4933")
L.step(1 - sp.Rational(8, 9) ** 6 == 1 - R("0.5933"), carried=True); L.step(1 - R("0.5933") == R("0.4067"))
Einv = sp.integrate((1 / lam) * B ** A * lam ** (A - 1) * sp.exp(-B * lam) / sp.gamma(A), (lam, 0, sp.oo))
L.step(True, note="E[T | lambda] = 1/lambda"); L.step(Einv == B / (A - 1)); L.step(B / (A - 1) == sp.Rational(8, 5)); L.step(sp.Rational(8, 5) == R("1.6"))
L.define(note="tbar"); L.step(R("7.0") / 4 == R("1.75"))
tt = sp.symbols("tt", positive=True)
dens = sp.integrate(lam * sp.exp(-lam * tt) * B ** A * lam ** (A - 1) * sp.exp(-B * lam) / sp.gamma(A), (lam, 0, sp.oo))
L.step(same(dens, A * B ** A / (B + tt) ** (A + 1))); L.define(note="t = 1"); L.step(rounds("0.3288", sp.Rational(6 * 8 ** 6, 9 ** 7)))
lp = 5 * sp.log(lam) - 8 * lam
L.step(True, note="log of lambda^5 e^{-8 lambda}"); L.define(note="= 0"); L.step(sp.solve(sp.diff(lp, lam), lam) == [sp.Rational(5, 8)])
L.step(same(sp.diff(lp, lam, 2), -5 / lam ** 2)); L.step(-5 / R("0.390625") == R("-12.8") and R("0.625") ** 2 == R("0.390625"))
L.step(rounds("0.2795", 1 / sp.sqrt(R("12.8")), approx=True))
L.step(rounds("0.4933", sp.Rational(8, 9) ** 6))
L.done()
