"""Labels for answer_key_weight_decay_vs_l2_adamw.tex: a quiz answer key (v1, with its errata) on weight
decay against an L2 penalty: SGD (the two agree), Adam with L2 for two steps, AdamW for two steps, short
answers. Slips in v1: eta*lambda = 0.1 x 0.01 = 0.01 (carried into the decoupled step); v_2 with 0.419
for 0.419^2 (carried into v_hat_2 and w_2); (1 - eta lambda)^T ~ 1 - T eta lambda at T eta lambda = 1;
lambda/sqrt(v_hat) without the square root; lambda = 1/(2 sigma^2) (carried into 1/200); the half-life 693.5."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch19/answer_key_weight_decay_vs_l2_adamw.tex")
W, g, eta, lam = R("2.0"), R("0.5"), R("0.1"), R("0.01")
w, sig = sp.symbols("w sigma", positive=True)
L.define(4, "w, g, eta, lambda")
L.step(same(sp.diff(lam / 2 * w ** 2, w), lam * w))
L.define(note="L2 SGD rule")
L.step(W - eta * (g + lam * W) == R("2.0") - R("0.1") * (R("0.5") + R("0.02")))
L.step(R("2.0") - R("0.1") * (R("0.5") + R("0.02")) == R("2.0") - R("0.052")); L.step(R("2.0") - R("0.052") == R("1.948"))
L.define(note="decoupled rule"); L.step(eta * lam == R("0.1") * R("0.01")); L.step(R("0.1") * R("0.01") == R("0.01"), note="0.001")
L.step((1 - eta * lam) * W - eta * g == (1 - R("0.01")) * R("2.0") - R("0.1") * R("0.5"), carried=True)
L.step((1 - R("0.01")) * R("2.0") - R("0.1") * R("0.5") == R("1.98") - R("0.05")); L.step(R("1.98") - R("0.05") == R("1.93"))
e_, gg, ll, ww = sp.symbols("e g l ww")
L.step(same(ww - e_ * (gg + ll * ww), (1 - e_ * ll) * ww - e_ * gg, positive=False))
# Adam + L2
b1, b2 = R("0.9"), R("0.999")
L.define(4, "beta1, beta2, m0 = v0 = 0")
gt1 = g + lam * W
L.step(gt1 == R("0.5") + R("0.01") * R("2.0")); L.step(gt1 == R("0.52"))
m1, v1 = (1 - b1) * gt1, (1 - b2) * gt1 ** 2
L.step(m1 == R("0.1") * R("0.52")); L.step(m1 == R("0.052")); L.step(v1 == R("0.001") * R("0.52") ** 2)
L.step(R("0.52") ** 2 == R("0.2704")); L.step(v1 == R("0.0002704"))
mh1, vh1 = m1 / (1 - b1), v1 / (1 - b2)
L.step(mh1 == R("0.052") / R("0.1")); L.step(mh1 == R("0.52")); L.step(vh1 == R("0.0002704") / R("0.001")); L.step(vh1 == R("0.2704"))
w1 = W - eta * mh1 / sp.sqrt(vh1)
L.step(w1 == R("2.0") - R("0.1") * R("0.52") / sp.sqrt(R("0.2704"))); L.step(w1 == R("2.0") - R("0.1")); L.step(w1 == R("1.9"))
L.define(note="g2 = 0.4")
gt2 = R("0.4") + lam * w1
L.step(gt2 == R("0.4") + R("0.01") * R("1.9")); L.step(gt2 == R("0.419"))
m2 = b1 * m1 + (1 - b1) * gt2
L.step(m2 == R("0.9") * R("0.052") + R("0.1") * R("0.419")); L.step(R("0.9") * R("0.052") + R("0.1") * R("0.419") == R("0.0468") + R("0.0419"))
L.step(R("0.0468") + R("0.0419") == R("0.0887"))
v2 = b2 * v1 + (1 - b2) * gt2 ** 2
L.step(v2 == R("0.999") * R("0.0002704") + R("0.001") * R("0.419"), note="0.419^2")
L.step(substituted(R("0.999") * R("0.0002704") + R("0.001") * R("0.419"), lambda a, b: a + b, "~0.0002701", "0.000419"))
L.step(R("0.0002701") + R("0.000419") == R("0.0006891"))
mh2 = m2 / (1 - b1 ** 2)
L.step(mh2 == R("0.0887") / (1 - R("0.9") ** 2)); L.step(1 - R("0.9") ** 2 == R("0.19")); L.step(rounds("0.4668", R("0.0887") / R("0.19")))
vh2 = v2 / (1 - b2 ** 2)
L.step(substituted(vh2, lambda a: a / (1 - R("0.999") ** 2), "~0.0006891"), carried=True)
L.step(1 - R("0.999") ** 2 == R("0.001999")); L.step(rounds("0.3447", R("0.0006891") / R("0.001999")))
w2 = w1 - eta * mh2 / sp.sqrt(vh2)
L.step(substituted(w2, lambda a, b: R("1.9") - R("0.1") * a / sp.sqrt(b), "~0.4668", "~0.3447"), carried=True)
L.step(rounds("0.5871", sp.sqrt(R("0.3447")))); L.step(rounds("0.0795", R("0.1") * R("0.4668") / R("0.5871"))); L.step(R("1.9") - R("0.0795") == R("1.8205"))
# AdamW
L.define(2, "AdamW rule, g1")
M1, V1 = (1 - b1) * g, (1 - b2) * g ** 2
L.step(M1 == R("0.05")); L.step(V1 == R("0.00025")); L.step((M1 / (1 - b1)) / sp.sqrt(V1 / (1 - b2)) == R("0.5") / R("0.5")); L.step(R("0.5") / R("0.5") == 1)
W1 = W - eta * (1 + lam * W)
L.step(W1 == R("2.0") - R("0.1") * (1 + R("0.01") * R("2.0"))); L.step(W1 == R("2.0") - R("0.1") * R("1.02")); L.step(W1 == R("1.898"))
L.define(note="g2")
M2, V2 = b1 * M1 + (1 - b1) * R("0.4"), b2 * V1 + (1 - b2) * R("0.4") ** 2
L.step(M2 == R("0.9") * R("0.05") + R("0.1") * R("0.4")); L.step(M2 == R("0.085"))
L.step(V2 == R("0.999") * R("0.00025") + R("0.001") * R("0.16")); L.step(V2 == R("0.00040975"))
MH2, VH2 = M2 / (1 - b1 ** 2), V2 / (1 - b2 ** 2)
L.step(MH2 == R("0.085") / R("0.19")); L.step(rounds("0.4474", MH2, approx=True))
L.step(VH2 == R("0.00040975") / R("0.001999")); L.step(rounds("0.2050", VH2, approx=True))
L.step(substituted(MH2 / sp.sqrt(VH2), lambda a, b: a / b, "~0.4474", "~0.4528")); L.step(rounds("0.9881", R("0.4474") / R("0.4528"), approx=True))
W2 = W1 - eta * (MH2 / sp.sqrt(VH2) + lam * W1)
L.step(substituted(W2, lambda a, b: b - R("0.1") * (a + R("0.01") * b), "~0.9881", "1.898"))
L.step(rounds("1.0071", R("0.9881") + R("0.01") * R("1.898"))); L.step(rounds("1.7973", R("1.898") - R("0.1") * R("1.0071"), approx=True))
# Q4
L.step(lam / sp.sqrt(vh1) == R("0.01") / R("0.2704"), note="sqrt dropped"); L.step(rounds("0.0370", R("0.01") / R("0.2704"), approx=True))
L.step(same(-sp.log(sp.exp(-w ** 2 / (2 * sig ** 2)) / sp.sqrt(2 * sp.pi * sig ** 2)) - sp.log(sp.sqrt(2 * sp.pi * sig ** 2)), w ** 2 / (2 * sig ** 2)))
lam_of = lambda sg_: 1 / sg_ ** 2        # (lambda/2) w^2 = w^2/(2 sigma^2)
L.step(same(lam_of(sig), 1 / (2 * sig ** 2)), note="lambda = 1/sigma^2")
L.define(note="sigma = 10"); L.step(lam_of(10) == sp.Rational(1, 200), carried=sp.Rational(1, 2 * 10 ** 2) == sp.Rational(1, 200))
L.step(sp.Rational(1, 200) == R("0.005"))
L.define(note="T = 1000"); L.step((1 - eta * lam) ** 1000 == R("0.999") ** 1000)
L.step(rounds("0.3677", R("0.999") ** 1000, approx=True)); L.step(rounds("0.3679", sp.exp(-1), approx=True))
L.step(abs(sp.N((1 - eta * lam) ** 1000 - (1 - 1000 * eta * lam))) < R("0.01"), note="first-order estimate 1 - T eta lambda is 0, (1 - eta lambda)^T is 0.368")
L.step(1 - 1000 * eta * lam == 0)
L.step(rounds("693.5", sp.log(R("0.5")) / sp.log(R("0.999")), approx=True), note="692.8")
L.step(eta * lam == R("0.001")); L.step((1 - eta * lam) * W - eta * g == R("0.999") * R("2.0") - R("0.05")); L.step(R("0.999") * R("2.0") - R("0.05") == R("1.948"))
L.step(R("0.419") ** 2 == R("0.175561")); L.step(rounds("0.0004457", v2, approx=True)); L.step(rounds("0.2230", vh2, approx=True))
L.step(substituted(w2, lambda a, b: R("1.9") - R("0.1") * a / b, "~0.4668", "~0.4722")); L.step(rounds("1.8011", w2, approx=True))
L.done()
