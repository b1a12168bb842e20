"""Labels for regrade_emails_optimiser_updates.tex: a regrade-request e-mail thread: GD on
w_1^2 + 4w_2^2 with d/dw_2 4w_2^2 = 4w_2 (carried into the step and f), "4 < 8 so downhill", Newton
with H for H^-1 (carried), Adam without bias correction, weight decay with lambda for eta*lambda; the
grader's answers (second step, stable range, Newton, bias-corrected Adam, decay)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch7/regrade_emails_optimiser_updates.tex")
w1, w2, eta_s = sp.symbols("w1 w2 eta", real=True)
f = w1**2 + 4 * w2**2
grad = lambda p: [sp.diff(f, v).subs({w1: p[0], w2: p[1]}) for v in (w1, w2)]
F = lambda p: f.subs({w1: p[0], w2: p[1]})
w0 = (2, 1); eta = R("0.1")
L.define(3, "f, w0, eta")
g0 = grad(w0); wa = tuple(w0[i] - eta * g0[i] for i in range(2))
L.step(same(sp.diff(f, w2), 4 * w2, [w2]), note="4w_2 for 8w_2")
L.step(g0 == [4, 4], carried=[2 * 2, 4 * 1] == [4, 4])
L.define(note="w_1 <- rule")
L.step(wa == (2 - R("0.4"), 1 - R("0.4")), carried=(2 - eta * 4, 1 - eta * 4) == (2 - R("0.4"), 1 - R("0.4")))
L.step((2 - R("0.4"), 1 - R("0.4")) == (R("1.6"), R("0.6")))
L.step(F(wa) == R("2.56") + R("1.44"), carried=F((R("1.6"), R("0.6"))) == R("2.56") + R("1.44")); L.step(R("2.56") + R("1.44") == 4)
L.step(4 < 8); L.step(F(w0) == 8)
H = sp.hessian(f, (w1, w2))
L.step(False, note="Newton with H, not H^-1"); L.step(H == sp.diag(2, 8))
newton = [w0[i] - (H.inv() * sp.Matrix(g0))[i] for i in range(2)]
L.step(newton == [2 - 8, 1 - 64], carried=[w0[i] - (H * sp.Matrix(g0))[i] for i in range(2)] == [2 - 8, 1 - 64]); L.step([2 - 8, 1 - 64] == [-6, -63])
b1, b2, eps, et = R("0.9"), R("0.999"), sp.Rational(1, 10**8), R("0.01")
L.define(4, "beta1, beta2, eps, eta")
g = g0[0]; m1 = (1 - b1) * g; v1 = (1 - b2) * g**2
L.step(m1 == R("0.1") * 4); L.step(m1 == R("0.4")); L.step(v1 == R("0.001") * 16); L.step(v1 == R("0.016"))
adam = 2 - et * (m1 / (1 - b1)) / (sp.sqrt(v1 / (1 - b2)) + eps)
L.step(sp.N(adam - (2 - et * R("0.4") / sp.sqrt(R("0.016"))), 30) == 0, note="no bias correction")
L.step(substituted(2 - et * R("0.4") / sp.sqrt(R("0.016")), lambda q: 2 - q, "~0.0316")); L.step(rounds("1.9684", 2 - et * R("0.4") / sp.sqrt(R("0.016"))))
lam = R("0.05")
L.define(2, "lambda, eta")
L.step(same((1 - eta_s * sp.Symbol("l")) * w1 - eta_s * w2, (1 - sp.Symbol("l")) * w1 - eta_s * w2), note="lambda for eta lambda")
L.step((1 - lam) * 2 - eta * 4 == (1 - R("0.05")) * 2 - R("0.1") * 4); L.step((1 - R("0.05")) * 2 - R("0.1") * 4 == R("1.5"))
# TA
L.step(same(sp.diff(4 * w2**2, w2), 8 * w2, [w2])); L.step(g0 == [4, 8])
L.step(wa == (2 - R("0.4"), 1 - R("0.8"))); L.step(wa == (R("1.6"), R("0.2")))
L.step(F(wa) == R("2.56") + R("0.16")); L.step(F(wa) == R("2.72"))
g1 = grad(wa); wb = tuple(wa[i] - eta * g1[i] for i in range(2))
L.step(g1 == [R("3.2"), R("1.6")]); L.step(wb == (R("1.28"), R("0.04"))); L.step(F(wb) == R("1.6448"))
e = sp.Symbol("e", real=True)
stable = sp.solveset(abs(1 - 2 * e) < 1, e, sp.S.Reals).intersect(sp.solveset(abs(1 - 8 * e) < 1, e, sp.S.Reals))
L.step(stable == sp.Interval.open(0, R("0.25")), note="0 < eta"); L.step(stable == sp.Interval.open(0, R("0.25")), note="eta < 0.25")
L.step(True, note="Newton rule"); L.step(newton == [2 - sp.Rational(4, 2), 1 - sp.Rational(8, 8)]); L.step(newton == [0, 0])
L.step(m1 / (1 - b1) == R("0.4") / (1 - R("0.9"))); L.step(m1 / (1 - b1) == 4)
L.step(v1 / (1 - b2) == R("0.016") / (1 - R("0.999"))); L.step(v1 / (1 - b2) == 16)
L.step(adam == 2 - et * 4 / (sp.sqrt(16) + eps)); L.step(abs(adam - (2 - R("0.01"))) < R("0.0001")); L.step(2 - R("0.01") == R("1.99"))
L.step(1 - eta * lam == R("0.995")); L.define(note="decay rule")
dec = (1 - eta * lam) * 2 - eta * 4
L.step(dec == R("0.995") * 2 - R("0.4")); L.step(dec == R("1.59"))
L.step(H.inv() == sp.diag(R("0.5"), R("0.125")))
L.step(newton == [2 - R("0.5") * 4, 1 - R("0.125") * 8]); L.step(newton == [0, 0])
L.done()
