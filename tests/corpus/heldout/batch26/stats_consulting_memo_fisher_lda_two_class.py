"""Labels for stats_consulting_memo_fisher_lda_two_class.tex: a consulting memo computing Fisher's linear
discriminant by hand (w proportional to S_W^{-1}(mu1 - mu0) for a 2x2 pooled scatter, the midpoint
threshold, one test sample, the criterion J), with a reviewer's comments (2x2 inverse, check S_W w = Delta,
normalisation, J at the optimum equal to Delta^T S_W^{-1} Delta, J of the draft's direction, scale invariance).
The mistakes are listed in README.md (last section)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch26/stats_consulting_memo_fisher_lda_two_class.tex")
L.define(2, "J, S_B")
w1, w2, d1, d2, s11, s12, s22 = sp.symbols("w1 w2 d1 d2 s11 s12 s22", real=True)
W = sp.Matrix([w1, w2]); D = sp.Matrix([d1, d2]); Sg = sp.Matrix([[s11, s12], [s12, s22]])
J = (W.T * D * D.T * W)[0] / (W.T * Sg * W)[0]
# stationarity: S_B w = J S_W w, checked at the Fisher direction
wf = Sg.inv() * D
pt = {d1: R("0.7"), d2: R("-1.3"), s11: 3, s12: R("0.4"), s22: 2}
grad = [sp.diff(J, v).subs({w1: wf[0], w2: wf[1]}).subs(pt) for v in (w1, w2)]
L.define(note="grad J = 0")
Sb = D * D.T
L.step(all(abs(sp.N(g, 30)) < 1e-25 for g in grad) and sp.simplify((Sb * wf - J.subs({w1: wf[0], w2: wf[1]}) * Sg * wf).subs(pt)) == sp.zeros(2, 1))
L.define(note="Delta")
L.step(True, note="w proportional to S_W^{-1} Delta (the maximiser above)")
mu1 = sp.Matrix([2, 1]); mu0 = sp.Matrix([0, 0]); Dl = mu1 - mu0
L.define(2, "means"); L.step(Dl == sp.Matrix([2, 1]))
S = sp.Matrix([[2, R("0.5")], [R("0.5"), 1]])
L.define(note="S_W"); L.step(S.det() == 2 * 1 - R("0.5") ** 2); L.step(S.det() == R("1.75"))
Sinv = S.inv()
L.step(Sinv == sp.Matrix([[1, R("0.5")], [R("0.5"), 2]]) / R("1.75"), note="off-diagonal sign")
w = Sinv * Dl
wd = sp.Matrix([[1, R("0.5")], [R("0.5"), 2]]) / R("1.75") * Dl
L.define(note="w")
L.step(w == sp.Matrix([1 * 2 + R("0.5") * 1, R("0.5") * 2 + 2 * 1]) / R("1.75"), carried=wd == sp.Matrix([1 * 2 + R("0.5") * 1, R("0.5") * 2 + 2 * 1]) / R("1.75"))
L.step(sp.Matrix([R("2.5"), 3]) == sp.Matrix([1 * 2 + R("0.5") * 1, R("0.5") * 2 + 2 * 1]))
L.step(rounds("1.4286", R("2.5") / R("1.75")) and rounds("1.7143", 3 / R("1.75")))
m = (mu0 + mu1) / 2
L.define(note="m"); L.step(m == sp.Matrix([1, R("0.5")]))
c = (w.T * m)[0]
L.define(note="c"); L.step(substituted(c, lambda p, q: p * 1 + q * R("0.5"), "~1.4286", "~1.7143"), carried=True)
L.step(rounds("0.8571", R("1.7143") * R("0.5"))); L.step(R("1.4286") + R("0.8571") == R("2.2857"))
L.define(2, "rule, x")
x = sp.Matrix([R("1.5"), 0])
L.step(substituted((w.T * x)[0], lambda p, q: p * R("1.5") + q * 0, "~1.4286", "~1.7143"), carried=True)
L.step(rounds("2.1429", R("1.4286") * R("1.5"))); L.step(R("2.1429") < R("2.2857"))
L.step(True, note="w^T S_B w = (w^T Delta)^2")
L.step(substituted((w.T * Dl)[0], lambda p, q: 2 * p + q, "~1.4286", "~1.7143"), carried=True)
L.step(R("1.4286") * 2 + R("1.7143") == R("4.5715"))
a, b, d = sp.symbols("a b d", real=True)
L.step(sp.simplify(sp.Matrix([[a, b], [b, d]]).inv() - sp.Matrix([[d, -b], [-b, a]]) / (a * d - b ** 2)) == sp.zeros(2, 2))
L.step(Sinv == sp.Matrix([[1, R("-0.5")], [R("-0.5"), 2]]) / R("1.75")); L.step(w == sp.Matrix([R("1.5"), 1]) / R("1.75"))
L.step(rounds("0.8571", w[0]) and rounds("0.5714", w[1]))
L.step(substituted((S * w)[0], lambda p, q: 2 * p + R("0.5") * q, "~0.8571", "~0.5714") and substituted((S * w)[1], lambda p, q: R("0.5") * p + q, "~0.8571", "~0.5714"))
L.step(2 * R("0.8571") + R("0.5") * R("0.5714") == R("1.9999") and rounds("1.0000", R("0.5") * R("0.8571") + R("0.5714")))
L.step(rounds("1.9999", Dl[0], approx=True) and rounds("1.0000", Dl[1], approx=True))
c2 = (w.T * m)[0]
L.step(substituted(c2, lambda p, q: p + q * R("0.5"), "~0.8571", "~0.5714")); L.step(R("0.8571") + R("0.5714") * R("0.5") == R("1.1428"))
sx = (w.T * x)[0]
L.step(substituted(sx, lambda p: p * R("1.5"), "~0.8571")); L.step(rounds("1.2857", sx)); L.step(R("1.2857") > R("1.1428"))
nw = sp.sqrt((w.T * w)[0])
L.step(substituted(nw, lambda p, q: sp.sqrt(p ** 2 + q ** 2), "~0.8571", "~0.5714")); L.step(rounds("1.0612", nw ** 2)); L.step(rounds("1.0302", nw))
L.step(rounds("0.8321", w[0] / nw) and rounds("0.5547", w[1] / nw)); L.step(rounds("1.1093", R("1.1428") / R("1.0302")))
Jopt = (Dl.T * Sinv * Dl)[0]
L.step(substituted(Jopt, lambda p, q: 2 * p + q, "~0.8571", "~0.5714")); L.step(2 * R("0.8571") + R("0.5714") == R("2.2856")); L.step(rounds("2.2857", sp.Rational(16, 7)) and Jopt == sp.Rational(16, 7))
wD = (wd.T * Dl)[0]; wSw = (wd.T * S * wd)[0]
L.step(rounds("4.5715", wD, R("1.4286") * 2 + R("1.7143")), note="draft's w explicitly"); L.step(True, note="J of the draft's w")
L.step(substituted(wSw, lambda p, q: 2 * p ** 2 + 2 * R("0.5") * p * q + q ** 2, "~1.4286", "~1.7143"))
L.step(rounds("9.4286", 2 * R("1.4286") ** 2 + R("1.4286") * R("1.7143") + R("1.7143") ** 2), note="9.4697")
L.step(substituted(wD ** 2 / wSw, lambda p, q: p / q, "~20.8986", "~9.4286"), carried=True)
L.step(rounds("2.2165", R("20.8986") / R("9.4286"))); L.step(R("2.2165") < R("2.2857"))
L.define(note="k != 0"); k = sp.symbols("k", positive=True)
L.step(same(J.subs({w1: k * w1, w2: k * w2}), J, positive=False))
L.done()
