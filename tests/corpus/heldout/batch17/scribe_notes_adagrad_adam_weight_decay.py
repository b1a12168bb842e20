"""Labels for scribe_notes_adagrad_adam_weight_decay.tex: student scribe notes on AdaGrad (three steps, an
effective rate 0.5/2.2361 miscomputed and carried into w2, w3), Adam with bias correction (m2 with the sign of
g2 lost, v2-hat rounded down, both carried into the update; the instructor's corrections), and weight decay vs
L2 (the decay factor written 1 - lambda, the first Adam+L2 step taken to equal AdamW's)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch17/scribe_notes_adagrad_adam_weight_decay.tex")
L.define(2, "AdaGrad rules")
L.define(3, "w0, eta, G0"); L.define(3, "g1, g2, g3")
eta, w0 = R("0.5"), 3
g = [R("2.0"), R("1.0"), R("-1.5")]
G1 = g[0] ** 2
L.step(G1 == 0 + R("2.0") ** 2); L.step(G1 == R("4.0"))
w1 = w0 - eta / sp.sqrt(G1) * g[0]
L.step(True, note="w1 rule at numbers"); L.step(w1 == 3 - R("0.5")); L.step(w1 == R("2.5"))
G2 = G1 + g[1] ** 2
L.step(G2 == 4 + 1); L.step(G2 == 5); L.step(rounds("2.2361", sp.sqrt(5)))
r2 = eta / sp.sqrt(G2)
L.step(substituted(r2, lambda a: R("0.5") / a, "~2.2361")); L.step(rounds("0.2336", R("0.5") / R("2.2361")), note="0.2236")
w2 = w1 - r2 * g[1]
L.step(substituted(w2, lambda a: R("2.5") - a, "~0.2336"), carried=True); L.step(R("2.5") - R("0.2336") == R("2.2664"))
G3 = G2 + g[2] ** 2
L.step(G3 == 5 + (R("-1.5")) ** 2); L.step(G3 == 5 + R("2.25")); L.step(G3 == R("7.25")); L.step(rounds("2.6926", sp.sqrt(G3)))
w3 = w2 - eta / sp.sqrt(G3) * g[2]
L.step(substituted(w3, lambda a, b: a - R("0.5") / b * R("-1.5"), "~2.2664", "~2.6926"), carried=True)
L.step(rounds("0.2785", R("0.75") / R("2.6926"))); L.step(R("2.2664") + R("0.2785") == R("2.5449"))
L.step(eta / sp.sqrt(G1) == R("0.25")); L.step(R("0.25") > eta / sp.sqrt(G3)); L.step(rounds("0.1857", eta / sp.sqrt(G3)))
gg, t, T = sp.symbols("g t T", positive=True)
L.define(note="g != 0"); L.step(True, note="G_t = t g^2 for constant g")
L.step(same(eta * gg / sp.sqrt(t * gg ** 2), eta / sp.sqrt(t)))
L.step(all(sum(1 / sp.sqrt(k) for k in range(1, n + 1)) <= 2 * sp.sqrt(n) for n in (1, 2, 5, 50, 400)), note="sum 1/sqrt t <= 2 sqrt T")
L.define(2, "T, eta"); L.step(2 * R("0.5") * 10 == 10 and 2 * R("0.5") * sp.sqrt(100) == 10)
Gs = [G1, G2, G3]
L.step(w3 == w0 - eta * sum(a / sp.sqrt(b) for a, b in zip(g, Gs)))
L.step(w3 == w0 - eta * sum(g) / sp.sqrt(G3), note="final G for every step")
L.define(3, "RMSProp rule, rho, s0")
s1 = R("0.1") * g[0] ** 2
L.step(s1 == R("0.1") * R("4.0")); L.step(s1 == R("0.04"), note="0.4"); L.step(sp.sqrt(R("0.04")) == R("0.2"))
L.step(eta * g[0] / sp.sqrt(s1) == R("0.5") * 2 / R("0.2"), carried=True); L.step(R("0.5") * 2 / R("0.2") == 5)
# Adam
L.define(3, "beta1, beta2, eta"); L.define(5, "Adam rules"); L.define(5, "w0, m0 = v0 = 0, g1, g2")
b1, b2, eta = R("0.9"), R("0.999"), R("0.1")
ga = [R("0.4"), R("-0.2")]
m1 = (1 - b1) * ga[0]; v1 = (1 - b2) * ga[0] ** 2
L.step(m1 == b1 * 0 + R("0.1") * R("0.4")); L.step(m1 == R("0.04")); L.step(v1 == R("0.001") * R("0.16")); L.step(v1 == R("0.00016"))
mh1, vh1 = m1 / (1 - b1), v1 / (1 - b2)
L.step(mh1 == R("0.04") / R("0.1")); L.step(mh1 == R("0.4")); L.step(vh1 == R("0.00016") / R("0.001")); L.step(vh1 == R("0.16"))
wa1 = 1 - eta * mh1 / sp.sqrt(vh1)
L.step(wa1 == 1 - R("0.1") * R("0.4") / sp.sqrt(R("0.16"))); L.step(wa1 == 1 - R("0.1")); L.step(wa1 == R("0.9"))
L.step(mh1 / sp.sqrt(vh1) == ga[0] / abs(ga[0]))
m2 = b1 * m1 + (1 - b1) * ga[1]; v2 = b2 * v1 + (1 - b2) * ga[1] ** 2
L.step(m2 == R("0.9") * R("0.04") + R("0.1") * R("-0.2")); L.step(m2 == R("0.036") + R("0.02"), note="sign"); L.step(R("0.036") + R("0.02") == R("0.056"))
L.step(v2 == R("0.999") * R("0.00016") + R("0.001") * R("0.04")); L.step(v2 == R("0.00015984") + R("0.00004")); L.step(v2 == R("0.00019984"))
L.step(1 - b1 ** 2 == R("0.19")); L.step(1 - b2 ** 2 == R("0.001999"))
mh2, vh2 = m2 / (1 - b1 ** 2), v2 / (1 - b2 ** 2)
L.step(mh2 == R("0.056") / R("0.19"), carried=True); L.step(rounds("0.2947", R("0.056") / R("0.19")))
L.step(vh2 == R("0.00019984") / R("0.001999")); L.step(rounds("0.0999", vh2), note="0.09997")
L.step(substituted(sp.sqrt(vh2), sp.sqrt, "~0.0999"), carried=True); L.step(rounds("0.3161", sp.sqrt(R("0.0999"))))
wa2 = wa1 - eta * mh2 / sp.sqrt(vh2)
L.step(substituted(wa2, lambda a, b: R("0.9") - R("0.1") * a / b, "~0.2947", "~0.3161"), carried=True)
L.step(rounds("0.0932", R("0.1") * R("0.2947") / R("0.3161"))); L.step(R("0.9") - R("0.0932") == R("0.8068"))
L.step(R("0.1") * R("-0.2") == R("-0.02")); L.step(m2 == R("0.036") - R("0.02")); L.step(m2 == R("0.016"))
L.step(mh2 == R("0.016") / R("0.19")); L.step(rounds("0.0842", mh2)); L.step(rounds("0.1000", vh2)); L.step(rounds("0.3162", sp.sqrt(vh2)))
L.step(substituted(wa2, lambda a, b: R("0.9") - R("0.1") * a / b, "~0.0842", "~0.3162"))
L.step(rounds("0.0266", R("0.1") * R("0.0842") / R("0.3162"))); L.step(R("0.9") - R("0.0266") == R("0.8734") and rounds("0.8734", wa2))
B1, B2, gs = sp.symbols("beta1 beta2 g", positive=True)
m, v = 0, 0
for k in range(1, 6):
    m, v = B1 * m + (1 - B1) * gs, B2 * v + (1 - B2) * gs ** 2
L.step(same(m, (1 - B1 ** 5) * gs)); L.step(same(v, (1 - B2 ** 5) * gs ** 2))
L.step(same(m / (1 - B1 ** 5), gs)); L.step(same(v / (1 - B2 ** 5), gs ** 2))
L.define(note="t = 10"); L.step(b1 ** 10 == R("0.9") ** 10); L.step(rounds("0.3874", b1 ** 10), note="0.9^9")
L.step(1 - b1 ** 10 == 1 - R("0.3874"), carried=True); L.step(1 - R("0.3874") == R("0.6126"))
# weight decay
lam, w = sp.symbols("lambda w", positive=True)
L.define(2, "w, lambda"); L.step(R("0.005") * R("4.0") == R("0.2"), note="0.02")
L.step(sp.diff(lam / 2 * w ** 2, w) == lam * w)
L.define(note="rule"); L.step(same(w - eta * (gs + lam * w), (1 - eta * lam) * w - eta * gs))
L.define(4, "w, g, lambda, eta")
W, Gd, lm, et = R("2.0"), R("0.5"), R("0.01"), R("0.1")
new = W - et * (Gd + lm * W)
L.step(new == 2 - R("0.1") * (R("0.5") + R("0.01") * 2)); L.step(new == 2 - R("0.1") * R("0.52")); L.step(new == 2 - R("0.052")); L.step(new == R("1.948"))
L.step(new == (1 - R("0.1") * R("0.01")) * 2 - R("0.1") * R("0.5")); L.step(new == R("0.999") * 2 - R("0.05")); L.step(new == R("1.998") - R("0.05")); L.step(new == R("1.948"))
L.step(1 - et * lm == 1 - lm, note="1 - eta lambda"); L.step(1 - R("0.01") == R("0.99"))
w100 = W * (1 - et * lm) ** 100
L.step(w100 == 2 * R("0.999") ** 100); L.step(substituted(w100, lambda a: 2 * a, "~0.9048") and rounds("0.9048", R("0.999") ** 100)); L.step(R("2.0") * R("0.9048") == R("1.8096"))
L.step(rounds("0.9048", R("0.999") ** 100, approx=True) and abs(R("0.999") ** 100 - sp.exp(-R("0.1"))) < R("0.0001"), note="approx e^-0.1")
L.step(rounds("0.9048", sp.exp(-R("0.1"))))
th = sp.log(2) / -sp.log(1 - et * lm)
L.step(abs(th / (sp.log(2) / (et * lm)) - 1) < R("0.001"), note="t_half approx ln2/(eta lambda)")
L.step(substituted(sp.log(2) / (et * lm), lambda a: a / R("0.001"), "~0.6931")); L.step(R("0.6931") / R("0.001") == R("69.31"), note="693.1")
gl = Gd + lm * W
L.step(gl == R("0.5") + R("0.01") * R("2.0")); L.step(gl == R("0.52"))
L.step(gl / sp.sqrt(gl ** 2) == R("0.52") / sp.sqrt(R("0.2704"))); L.step(sp.sqrt(R("0.2704")) == R("0.52")); L.step(R("0.52") / R("0.52") == 1)
adam_l2 = W - et * 1
adamw = W - et * (1 + lm * W)
L.step(adam_l2 == 2 - R("0.1") * R("1.02"), note="L2 first step is 2 - 0.1"); L.step(2 - R("0.1") * R("1.02") == R("1.898"))
L.define(note="AdamW rule"); L.step(adamw == 2 - R("0.1") * (1 + R("0.01") * 2)); L.step(adamw == 2 - R("0.102")); L.step(adamw == R("1.898"))
L.step(adam_l2 == 2 - R("0.1") * 1); L.step(adam_l2 == R("1.9"))
L.step(adam_l2 - adamw == R("1.9") - R("1.898") == R("0.002")); L.step(R("0.002") == et * lm * W)
L.done()
