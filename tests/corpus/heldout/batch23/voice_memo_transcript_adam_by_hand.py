"""Labels for voice_memo_transcript_adam_by_hand.tex: a student's transcribed voice memo working three Adam steps
on f(w) = (w - 2)^2 from w = 0 (alpha = 0.1), a wrong bias correction at step two noticed and redone, plain GD for
comparison, and why bias correction works. Slips: m-hat_2 = m_2/(1 - beta_1) (exponent dropped; carried into the
step and w_2, then redone); GD step two with the sign of -0.1 * 2(0.4 - 2) flipped (carried into w_2^GD and the
comparison with Adam); sqrt(v-hat_3) = 3.8053 for 3.8035 (carried into
the substitution of the third update, whose rounded result is unaffected)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch23/voice_memo_transcript_adam_by_hand.tex")
w = sp.symbols("w", real=True)
f = (w - 2) ** 2
L.define(2, "f, w0"); L.define(); L.step(same(sp.diff(f, w), 2 * (w - 2), [w], positive=False))
L.define(6, "alpha, beta1, beta2, eps, m0 = v0 = 0")
a, b1, b2, eps = R("0.1"), R("0.9"), R("0.999"), sp.Rational(1, 10 ** 8)
grad = lambda x: 2 * (x - 2)
# exact Adam; epsilon = 1e-8 moves nothing by more than 1e-9, far below the 4 decimals written, so the
# sequence is computed with epsilon = 0 (checked below) and the first update with epsilon as written
ws, ms, vs, mhs, vhs = [sp.Integer(0)], [0], [0], [None], [None]
for t in (1, 2, 3):
    g = grad(ws[-1]); m = b1 * ms[-1] + (1 - b1) * g; v = b2 * vs[-1] + (1 - b2) * g ** 2
    mh, vh = m / (1 - b1 ** t), v / (1 - b2 ** t)
    ms.append(m); vs.append(v); mhs.append(mh); vhs.append(vh); ws.append(ws[-1] - a * mh / sp.sqrt(vh))
# step 1
L.step(grad(0) == 2 * (0 - 2)); L.step(grad(0) == -4)
L.step(ms[1] == b1 * 0 + (1 - b1) * (-4)); L.step(ms[1] == R("-0.4"))
L.step(vs[1] == b2 * 0 + R("0.001") * 16); L.step(vs[1] == R("0.016"))
L.step(mhs[1] == R("-0.4") / (1 - b1)); L.step(mhs[1] == -4); L.step(vhs[1] == R("0.016") / (1 - b2)); L.step(vhs[1] == 16)
L.define(note="update rule")
w1eps = 0 - a * mhs[1] / (sp.sqrt(vhs[1]) + eps)
L.step(w1eps == 0 - a * (-4) / (4 + eps)); L.step(rounds("0.1", w1eps, approx=True)) ; assert abs(w1eps - ws[1]) < 1e-9
g1 = grad(sp.Integer(0))
L.step(mhs[1] / sp.sqrt(vhs[1]) == g1 / abs(g1)); L.step(g1 / abs(g1) == -1)
# step 2
g2 = grad(R("0.1"))
L.step(g2 == 2 * (R("0.1") - 2)); L.step(g2 == R("-3.8"))
L.step(ms[2] == b1 * R("-0.4") + (1 - b1) * R("-3.8")); L.step(ms[2] == R("-0.74"))
L.step(vs[2] == b2 * R("0.016") + R("0.001") * R("14.44")); L.step(vs[2] == R("0.030424"))
L.step(mhs[2] == R("-0.74") / (1 - b1), note="1 - beta1^2"); L.step(R("-0.74") / (1 - b1) == R("-7.4"))
L.step(1 - b2 ** 2 == 1 - R("0.998001")); L.step(1 - R("0.998001") == R("0.001999"))
L.step(vhs[2] == R("0.030424") / R("0.001999")); L.step(rounds("15.2196", vhs[2])); L.step(rounds("3.9012", sp.sqrt(vhs[2])))
step2 = a * mhs[2] / sp.sqrt(vhs[2])
wrong_step = a * (R("-0.74") / (1 - b1)) / sp.sqrt(vhs[2])
L.step(substituted(step2, lambda p, q: a * p / q, "~-7.4", "~3.9012"), carried=substituted(wrong_step, lambda p, q: a * p / q, "-7.4", "~3.9012"))
L.step(rounds("-0.1897", a * R("-7.4") / R("3.9012")))
L.step(substituted(R("0.1") - step2, lambda q: R("0.1") + q, "~0.1897"), carried=substituted(R("0.1") - wrong_step, lambda q: R("0.1") + q, "~0.1897"))
L.step(R("0.1") + R("0.1897") == R("0.2897"))
L.step(1 - b1 ** 2 == R("0.19"))
L.step(mhs[2] == R("-0.74") / R("0.19")); L.step(rounds("-3.8947", mhs[2]))
L.step(substituted(step2, lambda p, q: a * p / q, "~-3.8947", "~3.9012")); L.step(rounds("-0.0998", a * R("-3.8947") / R("3.9012"), step2))
L.step(substituted(ws[2], lambda q: R("0.1") + q, "~0.0998")); L.step(rounds("0.1998", ws[2]))
L.step(abs(mhs[2]) < sp.sqrt(vhs[2]))
# step 3
L.step(substituted(grad(ws[2]), lambda p: 2 * (p - 2), "~0.1998")); L.step(rounds("-3.6004", 2 * (R("0.1998") - 2), grad(ws[2])))
L.step(substituted(ms[3], lambda p, q: R("0.9") * p + R("0.1") * q, "~-0.74", "~-3.6004")); L.step(rounds("-1.0260", R("0.9") * R("-0.74") + R("0.1") * R("-3.6004"), ms[3]))
L.step(substituted(vs[3], lambda p, q: R("0.999") * p + R("0.001") * q, "~0.030424", "~12.9629") and rounds("12.9629", R("3.6004") ** 2, grad(ws[2]) ** 2))
L.step(rounds("0.043356", R("0.999") * R("0.030424") + R("0.001") * R("12.9629"), vs[3]))
L.step(1 - b1 ** 3 == R("0.271")); L.step(1 - b2 ** 3 == R("0.002997001") and rounds("0.002997", 1 - b2 ** 3))
L.step(substituted(mhs[3], lambda p, q: p / q, "~-1.0260", "0.271")); L.step(rounds("-3.7860", R("-1.0260") / R("0.271"), mhs[3]))
L.step(substituted(vhs[3], lambda p, q: p / q, "~0.043356", "~0.002997")); L.step(rounds("14.4665", R("0.043356") / R("0.002997"), vhs[3]))
L.step(rounds("3.8053", sp.sqrt(vhs[3])), note="3.8035")
L.step(substituted(ws[3], lambda p, q, r: p - a * q / r, "~0.1998", "~-3.7860", "~3.8053"), carried=True)
L.step(rounds("0.0995", -a * R("3.7860") / R("-3.8053")))
L.step(rounds("0.2993", R("0.1998") + R("0.0995"), ws[3]))
# GD
L.define(note="alpha = 0.1")
gd1 = 0 - a * grad(0); gd2 = gd1 - a * grad(gd1)
L.step(gd1 == 0 - a * (-4)); L.step(gd1 == R("0.4"))
L.step(gd2 == R("0.4") - a * 2 * (R("0.4") - 2)); L.step(gd2 == R("0.4") - R("0.32"), note="+ 0.32"); L.step(R("0.4") - R("0.32") == R("0.08"))
L.step(gd2 == R("0.08"), carried=True); L.step(R("0.08") < R("0.1998"))
L.define(note="GD map")
# bias correction
t, bb, gg = sp.symbols("t beta g", positive=True)
for T in (1, 2, 3, 5):
    assert sp.simplify((1 - bb) * sum(bb ** (T - s) * gg for s in range(1, T + 1)) - (1 - bb ** T) * gg) == 0
L.step(True, note="unrolled recursion from m0 = 0"); L.step(True, note="geometric sum, checked for t = 1, 2, 3, 5")
L.done()
