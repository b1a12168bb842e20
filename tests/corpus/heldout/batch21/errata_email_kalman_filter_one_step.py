"""Labels for errata_email_kalman_filter_one_step.tex: an instructor's errata email on a scalar Kalman filter.
The gain from minimising the update variance; the notes' predicted variance a P0 + q for a^2 P0 + q
(carried into the printed gain, mean and variance), an innovation variance 5.74 typed 5.47, the information
form as a check; a second prediction without q (carried into K2, m2, P2) and the corrected second step."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from sympy.stats import Normal, variance  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch21/errata_email_kalman_filter_one_step.tex")
L.define(2, "state and observation models")
L.define(5, "a, q, r, m0, P0"); L.define(2, "z1, z2")
a, q, r, m0, P0, z1, z2 = R("0.9"), R("0.5"), 2, 10, 4, R("12.4"), R("11.0")
K, Pm, rr = sp.symbols("K Pminus r", positive=True)
E = Normal("E", 0, sp.sqrt(Pm)); V = Normal("V", 0, sp.sqrt(rr))      # prior error x - m^-, noise
PK = sp.simplify(variance((1 - K) * E - K * V))                        # error of m = m^- + K(z - m^-)
L.define(note="update rule")
L.step(same(PK, (1 - K) ** 2 * Pm + K ** 2 * rr))
L.step(same(sp.diff(PK, K), -2 * (1 - K) * Pm + 2 * K * rr)); L.define(note="= 0")
Kopt = sp.solve(sp.diff(PK, K), K)[0]
L.step(same(Kopt, Pm / (Pm + rr)))
L.step(same(PK.subs(K, Kopt), (1 - Kopt) * Pm)); L.define(2, "P^- > 0, r > 0")
L.step(True, note="0 < K: Pm/(Pm + r) > 0"); L.step(True, note="K < 1: Pm < Pm + r")
# step 1
X = sp.symbols("X"); Xv = Normal("Xv", 0, 2)                              # sd 2: variance P0 = 4
Pm1 = sp.simplify(variance(a * Xv)) + q
L.step(Pm1 == a * P0 + q, note="a^2"); L.step(R("0.9") * 4 + R("0.5") == a * P0 + q); L.step(a * P0 + q == R("4.1"))
K1 = Pm1 / (Pm1 + r); m1 = a * m0 + K1 * (z1 - a * m0); P1 = (1 - K1) * Pm1
Kw = R("4.1") / R("6.1")
L.step(K1 == R("4.1") / (R("4.1") + 2), carried=True); L.step(rounds("0.6721", Kw))
L.step(substituted(m1, lambda k: 9 + k * R("3.4"), "~0.6721"), carried=substituted(9 + Kw * R("3.4"), lambda k: 9 + k * R("3.4"), "~0.6721"))
L.step(rounds("11.2851", 9 + R("0.6721") * R("3.4")))
L.step(substituted(P1, lambda k: (1 - k) * R("4.1"), "~0.6721"), carried=substituted((1 - Kw) * R("4.1"), lambda k: (1 - k) * R("4.1"), "~0.6721"))
L.step(rounds("1.3444", (1 - R("0.6721")) * R("4.1")))
L.step(Pm1 == a ** 2 * P0 + q)
L.step(a * m0 == 9); L.step(a * m0 == 9); L.step(Pm1 == R("0.81") * 4 + R("0.5")); L.step(Pm1 == R("3.74"))
L.step(K1 == R("3.74") / (R("3.74") + 2)); L.step(R("3.74") / (R("3.74") + 2) == R("3.74") / R("5.74")); L.step(rounds("0.6516", K1))
L.step(True, note="update"); L.step(substituted(m1, lambda k: 9 + k * (R("12.4") - 9), "~0.6516")); L.step(rounds("11.2153", m1))
L.step(True, note="P = (1 - K) P^-"); L.step(substituted(P1, lambda c: c * R("3.74"), "~0.3484")); L.step(rounds("1.3031", P1))
L.define(note="S1"); L.step(Pm1 + r == R("5.47"), note="5.74")
L.step(sp.simplify(1 / P1 - (1 / Pm1 + sp.Rational(1, r))) == 0)
L.step(substituted(1 / Pm1 + sp.Rational(1, 2), lambda u: u + R("0.5"), "~0.2674")); L.step(R("0.2674") + R("0.5") == R("0.7674"))
L.step(substituted(P1, lambda u: 1 / u, "~0.7674")); L.step(rounds("1.3031", 1 / R("0.7674")))
# step 2
mm2 = a * m1; Pm2 = a ** 2 * P1 + q; K2 = Pm2 / (Pm2 + r); m2 = mm2 + K2 * (z2 - mm2); P2 = (1 - K2) * Pm2
Pm2_own = a ** 2 * P1; K2_own = Pm2_own / (Pm2_own + r); m2_own = mm2 + K2_own * (z2 - mm2); P2_own = (1 - K2_own) * Pm2_own
L.step(Pm2 == a ** 2 * P1, note="+ q"); L.step(substituted(Pm2_own, lambda p: R("0.81") * p, "~1.3031")); L.step(rounds("1.0555", R("0.81") * R("1.3031")))
L.step(substituted(K2, lambda p: p / (p + 2), "~1.0555"), carried=substituted(K2_own, lambda p: p / (p + 2), "~1.0555"))
L.step(rounds("0.3454", R("1.0555") / R("3.0555")))
L.step(substituted(m2, lambda b, k, d: b + k * d, "~10.0938", "~0.3454", "~0.9062"),
       carried=substituted(m2_own, lambda b, k, d: b + k * d, "~10.0938", "~0.3454", "~0.9062"))
L.step(rounds("10.4068", R("10.0938") + R("0.3454") * R("0.9062")))
L.step(substituted(P2, lambda k, p: (1 - k) * p, "~0.3454", "~1.0555"), carried=substituted(P2_own, lambda k, p: (1 - k) * p, "~0.3454", "~1.0555"))
L.step(rounds("0.6909", (1 - R("0.3454")) * R("1.0555")))
L.step(True, note="m2^- = a m1"); L.step(substituted(mm2, lambda m: R("0.9") * m, "~11.2153")); L.step(rounds("10.0938", R("0.9") * R("11.2153"), mm2))
L.step(True, note="predict"); L.step(substituted(Pm2, lambda p: R("0.81") * p + R("0.5"), "~1.3031")); L.step(rounds("1.5555", R("0.81") * R("1.3031") + R("0.5"), Pm2))
L.step(substituted(K2, lambda p, s: p / s, "~1.5555", "~3.5555")); L.step(rounds("0.4375", R("1.5555") / R("3.5555"), K2))
L.step(substituted(z2 - mm2, lambda m: R("11.0") - m, "~10.0938")); L.step(R("11.0") - R("10.0938") == R("0.9062"))
L.step(substituted(m2, lambda b, k, d: b + k * d, "~10.0938", "~0.4375", "~0.9062")); L.step(rounds("10.4903", R("10.0938") + R("0.4375") * R("0.9062"), m2))
L.step(substituted(P2, lambda k, p: (1 - k) * p, "~0.4375", "~1.5555")); L.step(rounds("0.8750", (1 - R("0.4375")) * R("1.5555"), P2))
L.step(same(Kopt, Pm / (Pm + rr))); L.step(Pm1 == a ** 2 * P0 + q)
L.done()
