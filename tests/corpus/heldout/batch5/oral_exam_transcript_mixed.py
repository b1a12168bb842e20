"""Labels for oral_exam_transcript_mixed.tex: a verbatim oral-exam transcript, first answers often
wrong and corrected when prompted: sigmoid values, Bayes with P(A) for P(not A) (carried), a Gaussian
posterior with variances added (the interval is arithmetic on it), Adam without bias correction
(carried into the step), Var(X - Y) = Var X - Var Y, weight decay without eta, e^{2x} - 1 ~ x,
softmax and CE."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, substituted  # noqa: E402

L = Labels("batch5/oral_exam_transcript_mixed.tex")
sig = lambda t: 1 / (1 + sp.exp(-t))
s5 = sig(R("0.5"))
L.step(rounds("0.6225", s5)); L.step(True, note="sigma' = sigma(1 - sigma)")
L.step(substituted(s5 * (1 - s5), lambda p, q: p * q, "~0.6225", "~0.3775")); L.step(rounds("0.2350", R("0.6225") * R("0.3775"), s5 * (1 - s5)))
pA, pBA, pBnA = R("0.3"), R("0.8"), R("0.4")
pB = pBA * pA + pBnA * (1 - pA)
L.define(3)
L.step(pB == R("0.8") * R("0.3") + R("0.4") * R("0.3")); L.step(R("0.8") * R("0.3") + R("0.4") * R("0.3") == R("0.24") + R("0.12")); L.step(R("0.24") + R("0.12") == R("0.36"))
L.step(pBA * pA / pB == R("0.24") / R("0.36"), carried=True); L.step(rounds("0.6667", R("0.24") / R("0.36")))
L.step(1 - pA == R("0.7")); L.step(pB == R("0.24") + R("0.28")); L.step(pB == R("0.52")); L.step(pBA * pA / pB == R("0.24") / R("0.52")); L.step(rounds("0.4615", pBA * pA / pB))
L.define()
prec = 1 + 1
tau2 = sp.Rational(1, prec); mu1 = tau2 * (0 + 2)
L.step(tau2 == 1 + 1); L.step(1 + 1 == 2); L.step(mu1 == sp.Rational(2, 2)); L.step(sp.Rational(2, 2) == 1)
L.step(rounds("2.7719", R("1.96") * sp.sqrt(2)))
L.step(1 / tau2 == 1 + 1); L.step(1 + 1 == 2); L.step(tau2 == R("0.5")); L.step(rounds("1.3859", R("1.96") * sp.sqrt(R("0.5"))))
L.step(mu1 == tau2 * (0 + 2)); L.step(tau2 * 2 == 1)
b1, b2, eta, g = R("0.9"), R("0.999"), R("0.01"), R("0.5")
m1, v1 = (1 - b1) * g, (1 - b2) * g**2
mh, vh = m1 / (1 - b1), v1 / (1 - b2)
step = eta * mh / sp.sqrt(vh)
L.define(5)
L.step(m1 == R("0.1") * R("0.5")); L.step(m1 == R("0.05")); L.step(v1 == R("0.001") * R("0.25")); L.step(v1 == R("0.00025"))
L.step(mh == R("0.05")); L.step(vh == R("0.00025"))
L.step(step == R("0.01") * R("0.05") / sp.sqrt(R("0.00025")), carried=True); L.step(rounds("0.0316", R("0.01") * R("0.05") / sp.sqrt(R("0.00025"))))
L.step(mh == R("0.05") / (1 - R("0.9"))); L.step(mh == R("0.5")); L.step(vh == R("0.00025") / (1 - R("0.999"))); L.step(vh == R("0.25"))
L.step(step == R("0.01") * R("0.5") / sp.sqrt(R("0.25")) == R("0.01"))
L.step(1 - step == 1 - R("0.01")); L.step(1 - R("0.01") == R("0.99"))
# variances: exact independent discrete X (Var 2) and Y (Var 3)
X = [(-sp.sqrt(2), sp.Rational(1, 2)), (sp.sqrt(2), sp.Rational(1, 2))]
Y = [(-sp.sqrt(3), sp.Rational(1, 2)), (sp.sqrt(3), sp.Rational(1, 2))]
def var(f):
    E1 = sum(p * q * f(x, y) for x, p in X for y, q in Y)
    E2 = sum(p * q * f(x, y)**2 for x, p in X for y, q in Y)
    return sp.simplify(E2 - E1**2)
L.define(2)
L.step(var(lambda x, y: x + y) == 5); L.step(var(lambda x, y: x - y) == 2 - 3); L.step(2 - 3 == -1)
L.step(var(lambda x, y: x - y) == 2 + (-1)**2 * 3); L.step(2 + 3 == 5)
L.step(var(lambda x, y: 3 * x - 2 * y) == 9 * 2 + 4 * 3); L.step(9 * 2 + 4 * 3 == 30)
L.define()
Hb = -R("0.25") * sp.log(R("0.25"), 2) - R("0.75") * sp.log(R("0.75"), 2)
L.step(True, note="the definition written out"); L.step(rounds("0.3113", -R("0.75") * sp.log(R("0.75"), 2)) and -R("0.25") * sp.log(R("0.25"), 2) == R("0.5"))
L.step(rounds("0.8113", R("0.5") + R("0.3113"), Hb))
et, lam, w = R("0.1"), R("0.5"), 2
L.define(3)
L.define(); L.step(w - et * lam * w == 2 - R("0.5") * 2); L.step(2 - R("0.5") * 2 == 1)
L.define(); L.step((1 - et * lam) * w == (1 - R("0.05")) * 2); L.step((1 - R("0.05")) * 2 == R("1.9"))
x = sp.Symbol("x", real=True)
L.step(sp.limit((sp.exp(2 * x) - 1) / x, x, 0) == sp.limit(x / x, x, 0) and False, note="e^{2x} - 1 ~ 2x, not x")
L.step(sp.limit(x / x, x, 0) == 1)
L.step(sp.expand(sp.series(sp.exp(2 * x) - 1, x, 0, 3).removeO() - (2 * x + 2 * x**2)) == 0)
L.step(sp.limit((sp.exp(2 * x) - 1) / x, x, 0) == 2); L.step(2 * sp.exp(0) / 1 == 2)
L.define()
z = [0, sp.log(3)]
S = sum(sp.exp(t) for t in z); p = [sp.simplify(sp.exp(t) / S) for t in z]
L.step(p == [sp.Rational(1, 1 + 3), sp.Rational(3, 1 + 3)]); L.step(p == [R("0.25"), R("0.75")])
L.step(rounds("0.2877", -sp.log(p[1]))); L.step([p[0] - 0, p[1] - 1] == [R("0.25"), R("-0.25")])
L.done()
