"""Labels for hw_softmax_optimisers_flalign.tex (flalign*, percentages written 36.0\\,\\%): 3-class softmax
and cross-entropy with numbers, its gradient and Jacobian, GD / momentum / RMSprop on (w - 3)^2."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same  # noqa: E402

L = Labels("batch15/hw_softmax_optimisers_flalign.tex")
z = [R("1.5"), R("0.5"), R("-1.0")]
E = [sp.exp(v) for v in z]; S = sum(E); p = [e / S for e in E]
L.define(2)
for e, w in zip(E, ("4.4817", "1.6487", "0.3679")):
    L.step(True); L.step(rounds(w, e))
L.define(); L.step(rounds("6.4983", S, R("4.4817") + R("1.6487") + R("0.3679")))
for k, w in enumerate(("0.6897", "0.2537", "0.0566")):
    L.step(rounds(w, p[k], [R("4.4817"), R("1.6487"), R("0.3679")][k] / R("6.4983")) or True); L.step(rounds(w, p[k]))
Lv = -sp.log(p[1])
L.define(); L.step(True); L.step(abs(R("0.2537") - p[1]) < R("0.00005")); L.step(rounds("1.3715", Lv))
L.step(sp.simplify(sp.log(S) - z[1] - Lv) == 0); L.step(abs(R("6.4983") - S) < R("0.00005")); L.step(rounds("1.8715", sp.log(S))); L.step(rounds("1.3715", R("1.8715") - R("0.5")))
L.step(False, note="p - y")
y = [0, 1, 0]
grad = [p[k] - y[k] for k in range(3)]
L.step(False, carried=True)
L.step([0 - R("0.6897"), 1 - R("0.2537"), 0 - R("0.0566")] == [R("-0.6897"), R("0.7463"), R("-0.0566")])
L.define(2)
L.step(rounds("-0.2463", z[1] - grad[1]), carried=True); L.step(R("0.5") - R("0.7463") == R("-0.2463"))
zs = sp.symbols("z1:4")
sm = [sp.exp(v) / sum(sp.exp(u) for u in zs) for v in zs]
L.step(same(sp.diff(sm[0], zs[1]), -sm[0] * sm[1], positive=False) and same(sp.diff(sm[0], zs[0]), sm[0] * (1 - sm[0]), positive=False))
J11 = (sp.diff(sm[0], zs[0])).subs(dict(zip(zs, z)))
L.step(True); L.step(rounds("0.2410", J11, R("0.6897") * (1 - R("0.6897"))))
J12 = (sp.diff(sm[0], zs[1])).subs(dict(zip(zs, z)))
L.step(same(J12, p[0] * p[1]), note="minus"); L.step(True); L.step(rounds("0.1750", R("0.6897") * R("0.2537")))
sub = dict(zip(zs, z)); sub2 = {zs[i]: z[i] + 1 for i in range(3)}; sub3 = {zs[i]: 2 * z[i] for i in range(3)}
L.step(sp.simplify(sm[0].subs(sub2) - sm[0].subs(sub)) == 0); L.step(abs(sp.N(sm[0].subs(sub3) - sm[0].subs(sub))) < 1e-9)
w = sp.symbols("w")
f = (w - 3)**2
L.define(3); L.step(same(sp.diff(f, w), 2 * (w - 3), positive=False))
w1 = 0 - R("0.1") * sp.diff(f, w).subs(w, 0)
L.define(); L.step(w1 == 0 - R("0.1") * (-6)); L.step(w1 == R("0.6")); L.step(f.subs(w, w1) == (R("0.6") - 3)**2); L.step(f.subs(w, w1) == R("5.76"))
w2 = w1 - R("0.1") * sp.diff(f, w).subs(w, w1)
L.step(w2 == R("0.6") - R("0.1") * 2 * (R("0.6") - 3)); L.step(w2 == R("0.6") + R("0.48")); L.step(w2 == R("1.08"))
L.step(f.subs(w, w2) == (R("1.08") - 3)**2); L.step(f.subs(w, w2) == R("3.6846"))
L.step(1 - 2 * R("0.1") == R("0.8")); L.step(1 - R("0.8")**2 == R("0.36"))
wk = 0
for _ in range(10):
    wk = wk - R("0.1") * 2 * (wk - 3)
L.step(f.subs(w, wk) == 9 * R("0.64")**10); L.step(rounds("0.1083", 9 * R("0.64")**10), note="0.1038")
L.define(4)
g = lambda v: 2 * (v - 3)
v1 = R("0.9") * 0 + g(0); m1 = 0 - R("0.1") * v1
L.step(v1 == R("0.9") * 0 + (-6)); L.step(v1 == -6); L.step(True); L.step(m1 == R("0.6"))
v2 = R("0.9") * v1 + g(m1); m2 = m1 - R("0.1") * v2
L.step(v2 == R("0.9") * (-6) + 2 * (R("0.6") - 3)); L.step(v2 == R("-5.4") - R("4.8")); L.step(v2 == R("-9.8"), note="-10.2")
L.step(m2 == R("0.6") - R("0.1") * R("-9.8"), carried=True); L.step(R("0.6") + R("0.98") == R("1.58"))
s1 = R("0.1") * 36; r1 = 0 - R("0.1") * (-6) / sp.sqrt(s1)
L.define(); L.step(s1 == R("0.1") * 36); L.step(s1 == R("3.6")); L.step(True); L.step(rounds("0.3162", r1))
L.step(R("0.6") / 3 == R("0.200")); L.step(rounds("0.158", R("0.3162") / 3), note="10.5 %")
L.done()
