"""Labels for radio_call_in_transcript_beta_binomial_map.tex: a radio call-in transcript, a
Beta(2, 3) prior and 7 of 10 free throws, posterior Beta(9, 6): mean (weighted and shrinkage
forms), variance, a two-sd band, E[theta^2], the MAP, and a listener's email fixing the mode."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from sympy import stats  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch28/radio_call_in_transcript_beta_binomial_map.tex")
k, n, a, b = 7, 10, 2, 3
L.define(2, "k, n")
L.define(2, "a, b")
L.step(sp.Rational(a, a + b) == sp.Rational(2, 5)); L.step(rounds("0.4", sp.Rational(2, 5))); L.step(a + b == 5)
# posterior kernel, theta = 1/(1 + u) in (0, 1)
u, kk, nn, aa, bb = sp.symbols("u k n a b", positive=True)
t = 1 / (1 + u)
L.step(True, note="posterior propto likelihood x prior (binomial coefficient dropped)")
L.step(same(t ** kk * (1 - t) ** (nn - kk) * t ** (aa - 1) * (1 - t) ** (bb - 1),
            t ** (aa + kk - 1) * (1 - t) ** (bb + nn - kk - 1)))
a1, b1 = a + k, b + n - k
L.define(note="a'"); L.step(a + k == 2 + 7); L.step(2 + 7 == 9)
L.define(note="b'"); L.step(b + n - k == 3 + 10 - 7); L.step(3 + 10 - 7 == 6)
T = stats.Beta("T", a1, b1)
mean, var, m2 = stats.E(T), stats.variance(T), stats.E(T ** 2)
L.step(mean == sp.Rational(a1, a1 + b1)); L.step(sp.Rational(a1, a1 + b1) == sp.Rational(9, 15)); L.step(rounds("0.6", mean))
L.step(rounds("0.7", sp.Rational(k, n))); L.step(sp.Rational(a + b, a + b + n) == sp.Rational(5, 15))
w = sp.Rational(5, 15)
L.step(substituted(mean, lambda p, q: p + q, "~0.1333", "~0.4667")
       and rounds("0.1333", w * R("0.4")) and rounds("0.4667", (1 - w) * R("0.7")))
L.step(rounds("0.6000", R("0.1333") + R("0.4667")))
L.step(mean - sp.Rational(k, n) == R("0.1"), note="0.6 - 0.7 = -0.1: sign slip")
L.step(same((aa + kk) / (aa + bb + nn),
            kk / nn - (aa + bb) / (aa + bb + nn) * (kk / nn - aa / (aa + bb))))
L.step(sp.Rational(7, 10) - sp.Rational(1, 3) * R("0.3") == mean); L.step(rounds("0.6", mean))
L.step(var == sp.Rational(9 * 6, 15 ** 2 * 16)); L.step(sp.Rational(9 * 6, 15 ** 2 * 16) == sp.Rational(54, 3600))
L.step(rounds("0.0150", var))
sd = sp.sqrt(var)
L.step(rounds("0.1225", sp.sqrt(R("0.0150")), approx=True))
L.step(substituted(mean - 2 * sd, lambda s: R("0.6") - 2 * s, "~0.1225") and rounds("0.3550", R("0.6") - 2 * R("0.1225")))
L.step(rounds("0.8550", R("0.6") + 2 * R("0.1225"), mean + 2 * sd), note="0.8450")
L.step(m2 == var + mean ** 2)
L.step(substituted(m2, lambda v, m: v + m, "~0.0150", "0.36"))
L.step(rounds("0.3850", m2, R("0.0150") + R("0.36")), note="0.3750")
L.step(rounds("0.3850", m2), carried=True, note="1 - E[theta^2] = 1 - 0.3850: the slipped 0.3850 substituted")
L.step(rounds("0.6150", 1 - R("0.3850")))
L.step(rounds("0.3750", R("0.0150") + R("0.36")))
L.step(m2 == sp.Rational(a1 * (a1 + 1), (a1 + b1) * (a1 + b1 + 1)))
L.step(sp.Rational(a1 * (a1 + 1), (a1 + b1) * (a1 + b1 + 1)) == sp.Rational(9 * 10, 15 * 16))
L.step(sp.Rational(90, 240) == sp.Rational(9 * 10, 15 * 16)); L.step(rounds("0.375", m2))
L.step(R("0.6") ** 2 == R("0.36")); L.step(1 - R("0.375") == R("0.625"))
th = sp.symbols("theta", positive=True)
logpost = (a1 - 1) * sp.log(th) + (b1 - 1) * sp.log(1 - th)
mode = sp.solve(sp.diff(logpost, th), th)[0]
wrong_mode = sp.Rational(a1 - 1, a1 + b1 - 1)
L.step(mode == wrong_mode, note="a' + b' - 2"); L.step(wrong_mode == sp.Rational(8, 14)); L.step(rounds("0.5714", sp.Rational(8, 14), approx=True))
L.step(mode < mean, carried=wrong_mode < mean)
L.step(substituted(sp.Rational(k, n) - mode, lambda m: R("0.7") - m, "~0.5714"),
       carried=substituted(sp.Rational(k, n) - wrong_mode, lambda m: R("0.7") - m, "~0.5714"))
L.step(R("0.7") - R("0.5714") == R("0.1286"))
A1, B1 = sp.symbols("A1 B1", positive=True)
dlog = sp.diff((A1 - 1) * sp.log(th) + (B1 - 1) * sp.log(1 - th), th)
L.step(sp.simplify(dlog - ((A1 - 1) / th - (B1 - 1) / (1 - th))) == 0)
L.define(note="= 0")
L.step(mode == sp.Rational(a1 - 1, a1 + b1 - 2)); L.step(sp.Rational(a1 - 1, a1 + b1 - 2) == sp.Rational(8, 13))
L.step(rounds("0.6154", mode, approx=True))
L.step(R("0.6154") > R("0.6") and mode > mean); L.step(a1 > b1)
L.step(rounds("0.0846", sp.Rational(7, 10) - mode) and R("0.7") - R("0.6154") == R("0.0846"))
L.define(2, "a = b = 1")
flat = sp.solve(sp.diff((k + 1 - 1) * sp.log(th) + (n - k + 1 - 1) * sp.log(1 - th), th), th)[0]
L.step(flat == sp.Rational(k, n) and rounds("0.7", flat))
L.step(rounds("0.6364", sp.Rational(7, 11), approx=True) and sp.Rational(1 + k - 1, 1 + 1 + n - 1) == sp.Rational(7, 11))
L.step(True, note="Beta(9 + 12, 6 + 8) = Beta(21, 14)")
L.step(rounds("0.6", sp.Rational(21, 35)) and 9 + 12 == 21 and 6 + 8 == 14)
L.done()
