"""Labels for xelatex_unicode_peer_marked_quiz.tex: a quiz typed in XeLaTeX with `fontspec`/`unicode-math`
(Greek letters, ×, − and 𝒩 typed as Unicode characters), ✓/✗ macros and a peer marker's notes: Adam with
0.18 + 0.1 for 0.18 - 0.1 (carried into m_hat_2 and the step); the Beta-prior MAP given as the posterior mean
(carried into the pull); a credible interval with the variance for the sd (carried into its width);
momentum's effective step 0.01/0.05 = 0.02; Bernoulli entropy; a tanh unit's dL/dw without x (carried into
the step); sum_{k>=1} 2^-k = 2; a proportion's SE."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from sympy import stats as st  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch11/xelatex_unicode_peer_marked_quiz.tex")
b1, b2, eta = R("0.9"), R("0.999"), R("0.001")
g = [2, -1]
L.define(7, "beta1 beta2 eta m0 = v0 = 0, g1, g2")
m1, v1 = (1 - b1) * g[0], (1 - b2) * g[0] ** 2
mh1, vh1 = m1 / (1 - b1), v1 / (1 - b2)
L.step(m1 == R("0.1") * 2); L.step(m1 == R("0.2")); L.step(v1 == R("0.001") * 4); L.step(v1 == R("0.004"))
L.step(mh1 == R("0.2") / R("0.1")); L.step(mh1 == 2); L.step(vh1 == R("0.004") / R("0.001")); L.step(vh1 == 4)
L.step(eta * mh1 / sp.sqrt(vh1) == R("0.001"))
m2, v2 = b1 * m1 + (1 - b1) * g[1], b2 * v1 + (1 - b2) * g[1] ** 2
L.step(m2 == R("0.9") * R("0.2") + R("0.1") * (-1)); L.step(m2 == R("0.18") + R("0.1")); L.step(R("0.18") + R("0.1") == R("0.28"))
L.step(v2 == R("0.999") * R("0.004") + R("0.001") * 1); L.step(v2 == R("0.004996"))
mh2, vh2 = m2 / (1 - b1 ** 2), v2 / (1 - b2 ** 2)
step2 = eta * mh2 / sp.sqrt(vh2)
L.step(mh2 == R("0.28") / R("0.19"), carried=1 - b1 ** 2 == R("0.19")); L.step(rounds("1.4737", R("0.28") / R("0.19")))
L.step(vh2 == R("0.004996") / R("0.001999")); L.step(rounds("2.4992", vh2))
L.step(substituted(step2, lambda a, b_: R("0.001") * a / b_, "~1.4737", "~1.5809"), carried=rounds("1.5809", sp.sqrt(vh2)))
L.step(rounds("0.000932", R("0.001") * R("1.4737") / R("1.5809")))
L.step(R("0.18") - R("0.1") == R("0.08") == m2); L.step(mh2 == R("0.08") / R("0.19")); L.step(rounds("0.4211", mh2))
L.step(substituted(step2, lambda a, b_: R("0.001") * a / b_, "~0.4211", "~1.5809") and rounds("0.000266", R("0.001") * R("0.4211") / R("1.5809"), step2))
# Q2
a, b, k, n = 3, 3, 4, 4
L.define(2, "k, n")
L.step(True, note="MLE k/n"); L.step(sp.Rational(k, n) == 1)
mode = sp.Rational(a + k - 1, a + b + n - 2)
L.step(mode == sp.Rational(a + k, a + b + n), note="that is the mean")
L.step(sp.Rational(a + k, a + b + n) == sp.Rational(7, 10)); L.step(sp.Rational(7, 10) == R("0.7"))
L.step(1 - mode == 1 - R("0.7"), carried=1 - R("0.7") == R("0.3"))
L.step(mode == sp.Rational(6, 8)); L.step(sp.Rational(6, 8) == R("0.75")); L.step(1 - R("0.75") == R("0.25") == 1 - mode)
# Q3
L.define(note="prior, likelihood, xbar")
prec = 1 + 4
L.step(prec == 5); L.step(sp.Rational(1, prec) == sp.Rational(1, 5)); L.step(sp.Rational(1, 5) == R("0.2"))
mun = sp.Rational(4 * 2, prec)
L.step(mun == sp.Rational(4 * 2, 5)); L.step(mun == R("1.6"))
half = R("1.96") * sp.sqrt(sp.Rational(1, 5))
L.step(half == R("0.392"), note="1.96 sigma_n^2")
L.step(2 * half == 2 * R("0.392"), carried=2 * R("0.392") == R("0.784"))
L.step(rounds("0.8765", half) and rounds("0.7235", mun - half) and rounds("2.4765", mun + half))
# Q4
eff = lambda e, bb: e / (1 - bb)
L.define(2); L.step(eff(R("0.01"), R("0.9")) == R("0.01") / R("0.1") == R("0.1"))
L.define(2); L.step(eff(R("0.01"), R("0.95")) == R("0.02"), note="0.01/0.05 = 0.2")
L.define(2); L.step(eff(R("0.01"), R("0.99")) == R("0.01") / R("0.01") == 1)
# Q5
p = R("0.2")
H = -p * sp.log(p) - (1 - p) * sp.log(1 - p)
L.step(True, note="entropy formula at 0.2")
L.step(rounds("0.3219", -p * sp.log(p)) and rounds("0.1785", -(1 - p) * sp.log(1 - p)))
L.step(rounds("0.5004", R("0.3219") + R("0.1785"), H)); L.step(rounds("0.7219", R("0.5004") / sp.log(2), H / sp.log(2)))
L.step(rounds("0.6931", sp.log(2), approx=True) and H < sp.log(2)); L.define(note="p = 0.5")
# Q6
w, x, t = R("0.5"), 2, 1
y = sp.tanh(w * x)
L.define(5, "y, L, w, x, t")
L.step(y == sp.tanh(1)); L.step(rounds("0.7616", y)); L.step(True, note="dL/dy = y - t"); L.step(rounds("-0.2384", y - t))
L.step(rounds("0.4200", 1 - y ** 2))
ws, xs = sp.symbols("ws xs")
Ls = (sp.tanh(ws * xs) - t) ** 2 / 2
dLdw = sp.diff(Ls, ws)
L.step(same(dLdw, (sp.tanh(ws * xs) - t) * (1 - sp.tanh(ws * xs) ** 2), [ws, xs]), note="missing x")
L.step(True, note="(y - t)(1 - y^2) with the rounded values"); L.step(rounds("-0.1001", R("-0.2384") * R("0.4200")))
true_dw = dLdw.subs({ws: w, xs: x})
L.step(substituted(w - R("0.1") * true_dw, lambda q: R("0.5") - R("0.1") * q, "~-0.1001"), carried=True)
L.step(rounds("0.5100", R("0.5") + R("0.1") * R("0.1001")))
L.step(same(dLdw, (sp.tanh(ws * xs) - t) * (1 - sp.tanh(ws * xs) ** 2) * xs, [ws, xs]))
L.step(substituted(true_dw, lambda a, b_: a * b_ * 2, "~-0.2384", "~0.4200")); L.step(rounds("-0.2003", R("-0.2384") * R("0.4200") * 2))
L.step(rounds("0.5200", w - R("0.1") * true_dw))
# Q7
X, N = sp.symbols("X N", positive=True)
kk = sp.symbols("kk", integer=True, positive=True)
k0 = sp.symbols("k0", integer=True, nonnegative=True)
L.step(sp.limit(X * (sp.sqrt(1 + 1 / X) - 1), X, sp.oo) == sp.Rational(1, 2))
L.step(same(1 / (kk * (kk + 1)), 1 / kk - 1 / (kk + 1), [kk])); L.step(sp.summation(1 / (kk * (kk + 1)), (kk, 1, sp.oo)) == 1)
L.step(sp.summation(sp.Rational(1, 2) ** kk, (kk, 1, sp.oo)) == 2)
L.step(sp.limit((1 - 1 / N) ** (2 * N), N, sp.oo) == sp.exp(-2))
L.define(note="k = 1"); L.step(sp.summation(sp.Rational(1, 2) ** k0, (k0, 0, sp.oo)) == 2)
# Q8
L.define(2, "p_hat, n")
se = sp.sqrt(R("0.3") * R("0.7") / 100)
L.step(True, note="SE formula"); L.step(R("0.3") * R("0.7") / 100 == R("0.0021")); L.step(rounds("0.0458", se))
L.step(rounds("0.0898", R("1.96") * R("0.0458"), R("1.96") * se))
L.done()
