"""Labels for forum_answer_rmsprop_nesterov_by_hand.tex: a Q&A thread: an RMSProp step computed without the
square root (carried into f), the answer's two correct RMSProp steps, a follow-up on Nesterov momentum where
the asker uses the gradient at the current point (classical momentum, carried into w2), and a reply with a
digit slip in w3 (carried into f(w3)), corrected in a comment; a transposed-digit difference; 0.062^2 off by a decimal place (carried into the comparison)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch20/forum_answer_rmsprop_nesterov_by_hand.tex")
rho, eta = R("0.9"), R("0.1")
f = lambda w: (w[0] - 1) ** 2 + 2 * w[1] ** 2  # noqa: E731
grad = lambda w: [2 * (w[0] - 1), 4 * w[1]]  # noqa: E731
w0 = [sp.Integer(3), sp.Integer(1)]
L.define(6, "f, w, rho, eta, s0, eps"); L.define(2, "update rules as written")
g0 = grad(w0)
ws = sp.symbols("w1 w2")
L.step([sp.diff(f(ws), t) for t in ws] == grad(ws), note="gradient formula"); L.step(g0 == [4, 4])
s1 = [(1 - rho) * t ** 2 for t in g0]
L.step(s1[0] == R("0.1") * 16); L.step(s1 == [R("1.6"), R("1.6")])
w1 = [w0[i] - eta * g0[i] / sp.sqrt(s1[i]) for i in range(2)]
L.step(w1[0] == 3 - R("0.1") * 4 / R("1.6"), note="no sqrt"); L.step(3 - R("0.1") * 4 / R("1.6") == R("2.75"))
L.step(w1[1] == 1 - R("0.1") * 4 / R("1.6")); L.step(1 - R("0.1") * 4 / R("1.6") == R("0.75"))
wq = [R("2.75"), R("0.75")]
L.step(f(w1) == (R("2.75") - 1) ** 2 + 2 * R("0.75") ** 2, carried=f(wq) == (R("2.75") - 1) ** 2 + 2 * R("0.75") ** 2)
L.step((R("2.75") - 1) ** 2 + 2 * R("0.75") ** 2 == R("4.1875"))
assert rounds("3.7702", f(w1))
L.step(R("4.1875") - R("3.7702") == R("0.4137"), note="0.4173")
L.define(note="correct rule")
L.step(s1[0] == R("1.6")); L.step(rounds("1.2649", sp.sqrt(R("1.6"))))
st = eta * g0[0] / sp.sqrt(s1[0])
L.step(substituted(st, lambda r: R("0.1") * 4 / r, "~1.2649")); L.step(rounds("0.3162", R("0.4") / R("1.2649"), st))
L.step(substituted(w1[0], lambda a: 3 - a, "~0.3162")); L.step(3 - R("0.3162") == R("2.6838"))
L.step(substituted(w1[1], lambda a: 1 - a, "~0.3162")); L.step(1 - R("0.3162") == R("0.6838"))
L.step(substituted(f(w1), lambda a, b: (a - 1) ** 2 + 2 * b ** 2, "~2.6838", "~0.6838"))
L.step(rounds("2.8352", R("1.6838") ** 2) and rounds("0.9352", 2 * R("0.6838") ** 2)); L.step(R("2.8352") + R("0.9352") == R("3.7704"))
gs = sp.symbols("g", positive=True)
g1 = grad(w1)
L.step(substituted(g1[0], lambda a: 2 * a, "~1.6838") and substituted(g1[1], lambda a: 4 * a, "~0.6838"))
L.step(2 * R("1.6838") == R("3.3676") and 4 * R("0.6838") == R("2.7352"))
s2 = [rho * s1[i] + (1 - rho) * g1[i] ** 2 for i in range(2)]
# g = 2 x 1.6838 was written from the rounded w; its rounding comes from w, so propagate from there
L.step(substituted(s2[0], lambda a: R("0.9") * R("1.6") + R("0.1") * (2 * (a - 1)) ** 2, "~2.6838"))
L.step(R("0.9") * R("1.6") == R("1.44") and rounds("1.1341", R("0.1") * R("3.3676") ** 2, (1 - rho) * g1[0] ** 2))
L.step(rounds("2.5741", R("1.44") + R("1.1341"), s2[0]))
L.step(substituted(s2[1], lambda a: R("0.9") * R("1.6") + R("0.1") * (4 * a) ** 2, "~0.6838"))
L.step(rounds("0.7481", R("0.1") * R("2.7352") ** 2, (1 - rho) * g1[1] ** 2)); L.step(rounds("2.1881", R("1.44") + R("0.7481"), s2[1]))
w2 = [w1[i] - eta * g1[i] / sp.sqrt(s2[i]) for i in range(2)]
L.step(substituted(w2[0], lambda a, g, s: a - R("0.1") * g / sp.sqrt(s), "~2.6838", "~3.3676", "~2.5741"))
L.step(R("0.1") * R("3.3676") == R("0.33676") and rounds("1.6044", sp.sqrt(R("2.5741"))))
L.step(rounds("0.2099", R("0.33676") / R("1.6044"))); L.step(rounds("2.4739", R("2.6838") - R("0.2099"), w2[0]))
L.step(substituted(w2[1], lambda a, g, r: a - R("0.1") * g / r, "~0.6838", "~2.7352", "~1.4792") and rounds("1.4792", sp.sqrt(R("2.1881"))))
L.step(rounds("0.1849", R("0.27352") / R("1.4792"))); L.step(rounds("0.4989", R("0.6838") - R("0.1849"), w2[1]))
L.step(1 - rho ** 2 == R("0.19"))
# Nesterov on f = w^2
mu = R("0.9")
df = lambda w: 2 * w  # noqa: E731
L.define(5, "f, mu, eta, w0, v0")
w, v = [sp.Integer(1)], [sp.Integer(0)]
for _ in range(3):
    v.append(mu * v[-1] - eta * df(w[-1] + mu * v[-1]))
    w.append(w[-1] + v[-1])
L.step(w[2] == R("0.46"))
L.step(v[1] == -R("0.1") * 2); L.step(v[1] == R("-0.2")); L.step(w[1] == R("0.8"))
L.step(v[2] == R("0.9") * R("-0.2") - R("0.1") * R("1.6"), note="gradient at w1, not the look-ahead")
L.step(R("0.9") * R("-0.2") - R("0.1") * R("1.6") == R("-0.34"))
L.step(w[2] == R("0.8") - R("0.34"), carried=w[1] + (mu * v[1] - eta * df(w[1])) == R("0.8") - R("0.34")); L.step(R("0.8") - R("0.34") == R("0.46"))
L.step(w[1] == R("0.8"))
L.define(2, "Nesterov rule")
L.step(w[1] + mu * v[1] == R("0.8") + R("0.9") * R("-0.2") == R("0.62")); L.step(df(R("0.62")) == R("1.24"))
L.step(v[2] == R("0.9") * R("-0.2") - R("0.1") * R("1.24")); L.step(v[2] == R("-0.304"))
L.step(w[2] == R("0.8") - R("0.304")); L.step(w[2] == R("0.496"))
L.step(w[2] + mu * v[2] == R("0.496") + R("0.9") * R("-0.304") == R("0.2224"))
L.step(v[3] == R("-0.2736") - R("0.1") * R("0.4448")); L.step(v[3] == R("-0.31808"))
L.step(w[3] == R("0.496") - R("0.31808")); L.step(w[3] == R("0.17892"), note="0.17792")
w3_writer = R("0.496") - R("0.31808") + R("0.001")    # the reply's w3, 0.17892
L.step(w[3] ** 2 == R("0.17892") ** 2, carried=w3_writer ** 2 == R("0.17892") ** 2); L.step(rounds("0.0320", R("0.17892") ** 2))
wc = [sp.Integer(1)]; vc = [sp.Integer(0)]
for _ in range(2):
    vc.append(mu * vc[-1] - eta * df(wc[-1])); wc.append(wc[-1] + vc[-1])
L.step(wc[2] == R("0.46")); L.step(wc[2] ** 2 == R("0.46") ** 2); L.step(R("0.46") ** 2 == R("0.2116")); L.step(rounds("0.2460", w[2] ** 2))
L.step(R("0.496") - R("0.31808") == R("0.17792") == w[3]); L.step(rounds("0.0317", w[3] ** 2))
vc.append(mu * vc[-1] - eta * df(wc[-1])); wc.append(wc[-1] + vc[-1])
L.step(wc[3] == R("0.062")); L.step(wc[3] ** 2 == R("0.062") ** 2); L.step(R("0.062") ** 2 == R("0.0384"), note="0.003844")
L.step(wc[3] ** 2 > w[3] ** 2, carried=R("0.0384") > R("0.0317"))
L.done()
