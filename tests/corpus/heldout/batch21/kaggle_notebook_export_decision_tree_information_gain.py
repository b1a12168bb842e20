"""Labels for kaggle_notebook_export_decision_tree_information_gain.tex: a notebook export choosing a decision
tree's first split on 20 customers: entropy in bits and nats, information gain of three features; the
'no calls' group's entropy taken over 10 rows instead of 14 (carried into the conditional entropy and the
gain), H(3/7) = 0.9852 written 0.9825 (carried into the region's conditional entropy, gain and gain ratio),
an unweighted Gini (carried into a negative decrease); the commenters' corrections."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch21/kaggle_notebook_export_decision_tree_information_gain.tex")
lg = lambda t: sp.log(t, 2)
H = lambda *p: -sum(t * lg(t) for t in p if t != 0)
h = lambda k, n: H(sp.Rational(k, n), 1 - sp.Rational(k, n))
HY = h(8, 20)
L.define(note="p"); L.step(sp.Rational(8, 20) == R("0.4"))
L.step(True, note="binary entropy at 0.4")
L.step(rounds("0.5288", -R("0.4") * lg(R("0.4"))) and rounds("0.4422", -R("0.6") * lg(R("0.6"))))
L.step(rounds("0.9710", R("0.5288") + R("0.4422"), HY))
nats = -R("0.4") * sp.log(R("0.4")) - R("0.6") * sp.log(R("0.6"))
L.step(rounds("0.6730", nats)); L.step(rounds("0.9710", R("0.6730") / sp.log(2), nats / sp.log(2)))
Hm, Hy = h(7, 10), h(1, 10)
L.step(True, note="H(0.7)"); L.step(rounds("0.3602", -R("0.7") * lg(R("0.7"))) and rounds("0.5211", -R("0.3") * lg(R("0.3"))))
L.step(rounds("0.8813", R("0.3602") + R("0.5211"), Hm))
L.step(True, note="H(0.1)"); L.step(rounds("0.3322", -R("0.1") * lg(R("0.1"))) and rounds("0.1368", -R("0.9") * lg(R("0.9"))))
L.step(R("0.3322") + R("0.1368") == R("0.4690") and rounds("0.4690", Hy))
Hc = (Hm + Hy) / 2
L.step(substituted(Hc, lambda a, b: a / 2 + b / 2, "~0.8813", "~0.4690")); L.step(rounds("0.6752", R("0.8813") / 2 + R("0.4690") / 2, Hc))
IGc = HY - Hc
L.define(note="IG"); L.step(substituted(IGc, lambda a, b: a - b, "~0.9710", "~0.6752")); L.step(rounds("0.2958", R("0.9710") - R("0.6752"), IGc))
Hcall, Hno = h(4, 6), h(4, 14)
L.step(True, note="H(Y|calls) = H(4/6)"); L.step(rounds("0.9183", Hcall)); L.step(Hno == h(4, 10), note="4/14"); L.step(rounds("0.9710", h(4, 10)))
Hs = sp.Rational(6, 20) * Hcall + sp.Rational(14, 20) * Hno
Hs_own = sp.Rational(6, 20) * Hcall + sp.Rational(14, 20) * h(4, 10)
L.step(substituted(Hs, lambda a, b: R("0.3") * a + R("0.7") * b, "~0.9183", "~0.9710"),
       carried=substituted(Hs_own, lambda a, b: R("0.3") * a + R("0.7") * b, "~0.9183", "~0.9710"))
L.step(rounds("0.2755", R("0.3") * R("0.9183")) and rounds("0.6797", R("0.7") * R("0.9710"))); L.step(R("0.2755") + R("0.6797") == R("0.9552"))
L.step(substituted(HY - Hs, lambda a, b: a - b, "~0.9710", "~0.9552"), carried=substituted(HY - Hs_own, lambda a, b: a - b, "~0.9710", "~0.9552"))
L.step(R("0.9710") - R("0.9552") == R("0.0158"))
HA, HB, HC = h(3, 8), h(3, 7), h(2, 5)
L.step(rounds("0.9544", HA)); L.step(rounds("0.9825", HB), note="0.9852"); L.step(rounds("0.9710", HC))
Hr = sp.Rational(8, 20) * HA + sp.Rational(7, 20) * HB + sp.Rational(5, 20) * HC
w = lambda a, b, c: R("0.4") * a + R("0.35") * b + R("0.25") * c
L.step(substituted(Hr, w, "~0.9544", "~0.9825", "~0.9710"), carried=True); L.step(rounds("0.9684", w(R("0.9544"), R("0.9825"), R("0.9710"))))
IGr = HY - Hr
L.step(substituted(IGr, lambda a, b: a - b, "~0.9710", "~0.9684"), carried=True); L.step(R("0.9710") - R("0.9684") == R("0.0026"))
SI = H(R("0.4"), R("0.35"), R("0.25"))
L.step(True, note="SI formula"); L.step(rounds("1.5589", SI))
L.step(substituted(IGr / SI, lambda a, b: a / b, "~0.0026", "~1.5589"), carried=True); L.step(rounds("0.0017", R("0.0026") / R("1.5589")))
L.step(H(sp.Rational(1, 2), sp.Rational(1, 2)) == 1); L.step(rounds("0.2958", IGc / 1))
G = lambda *p: 1 - sum(t ** 2 for t in p)
L.step(G(R("0.4"), R("0.6")) == 1 - R("0.4") ** 2 - R("0.6") ** 2); L.step(G(R("0.4"), R("0.6")) == R("0.48"))
L.step(G(R("0.7"), R("0.3")) == 1 - R("0.49") - R("0.09")); L.step(1 - R("0.49") - R("0.09") == R("0.42"))
L.step(G(R("0.1"), R("0.9")) == 1 - R("0.01") - R("0.81")); L.step(1 - R("0.01") - R("0.81") == R("0.18"))
Gc = (G(R("0.7"), R("0.3")) + G(R("0.1"), R("0.9"))) / 2
L.step(Gc == R("0.42") + R("0.18"), note="weights"); L.step(R("0.42") + R("0.18") == R("0.60"))
L.step(R("0.48") - Gc == R("0.48") - R("0.60"), carried=True); L.step(R("0.48") - R("0.60") == R("-0.12"))
L.step(R("0.2958") > R("0.0158")); L.step(R("0.0158") > R("0.0026"))
L.step(True, note="H(Y|no calls) = H(4/14)"); L.step(rounds("0.8631", Hno))
L.step(substituted(Hs, lambda a, b: R("0.3") * a + R("0.7") * b, "~0.9183", "~0.8631")); L.step(rounds("0.8797", R("0.3") * R("0.9183") + R("0.7") * R("0.8631"), Hs))
L.step(substituted(HY - Hs, lambda a, b: a - b, "~0.9710", "~0.8797")); L.step(rounds("0.0913", R("0.9710") - R("0.8797"), HY - Hs))
L.step(Gc == R("0.5") * R("0.42") + R("0.5") * R("0.18")); L.step(Gc == R("0.30")); L.step(R("0.48") - R("0.30") == R("0.18"))
L.step(rounds("0.9852", HB)); L.step(rounds("0.9693", w(R("0.9544"), R("0.9852"), R("0.9710")), Hr))
L.step(substituted(IGr, lambda a, b: a - b, "~0.9710", "~0.9693")); L.step(rounds("0.0017", R("0.9710") - R("0.9693"), IGr))
L.step(rounds("0.0011", R("0.0017") / R("1.5589"), IGr / SI))
L.done()
