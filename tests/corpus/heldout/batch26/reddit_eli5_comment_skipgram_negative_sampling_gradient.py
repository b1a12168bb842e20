"""Labels for reddit_eli5_comment_skipgram_negative_sampling_gradient.tex: a forum comment and replies working the
skip-gram negative-sampling loss J = -ln s(u_o.v) - sum_k ln s(-u_k.v) by hand in two dimensions (scores, loss,
the two derivative facts, dJ/dv, dJ/du_o, dJ/du_k, one SGD step, a check that the step moves the scores the
right way, and the first-order change of J). The mistakes are listed in README.md (last section)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch26/reddit_eli5_comment_skipgram_negative_sampling_gradient.tex")
sg = lambda u: 1 / (1 + sp.exp(-u))
v = sp.Matrix([R("0.5"), R("-0.2")]); uo = sp.Matrix([R("0.4"), R("0.3")]); u1 = sp.Matrix([R("-0.1"), R("0.6")]); u2 = sp.Matrix([R("0.2"), R("-0.5")])
L.define(note="J"); L.define(note="K"); L.define(4, "vectors")
so, s1, s2 = (uo.T * v)[0], (u1.T * v)[0], (u2.T * v)[0]
L.define(); L.step(so == R("0.2") - R("0.06")); L.step(so == R("0.14"))
L.define(); L.step(s1 == R("-0.05") - R("0.12")); L.step(s1 == R("-0.17"))
L.define(); L.step(s2 == R("0.1") + R("0.1")); L.step(s2 == R("0.2"))
L.step(rounds("0.5349", sg(R("0.14")))); L.step(rounds("0.5424", sg(R("0.17")))); L.step(rounds("0.4502", sg(R("-0.2"))))
J = -sp.log(sg(so)) - sp.log(sg(-s1)) - sp.log(sg(-s2))
L.step(substituted(J, lambda a, b, c: -sp.log(a) - sp.log(b) - sp.log(c), "~0.5349", "~0.5424", "~0.4502"))
L.step(rounds("0.6256", -sp.log(sg(so))) and rounds("0.6118", -sp.log(sg(-s1))) and rounds("0.7981", -sp.log(sg(-s2))))
L.step(rounds("2.0455", R("0.6256") + R("0.6118") + R("0.7981")), note="2.0355")
L.step(substituted(J / 3, lambda p: p / 3, "~2.0455"), carried=True); L.step(rounds("0.6818", R("2.0455") / 3))
s = sp.symbols("s", real=True)
L.step(same(sp.diff(-sp.log(sg(s)), s), sg(s) - 1, positive=False))
L.step(same(sp.diff(-sp.log(sg(-s)), s), sg(-s), positive=False), note="sigma(s)")
g = (sg(so) - 1) * uo + sg(s1) * u1 + sg(s2) * u2
gw = (sg(so) - 1) * uo + sg(-s1) * u1 + sg(-s2) * u2
L.step(False, carried=True, note="sigma(-s_k) from the wrong fact")
L.step(rounds("-0.4651", sg(so) - 1) and rounds("0.5424", sg(-s1)) and rounds("0.4502", sg(-s2)))
L.step(rounds("0.1860", R("0.4651") * R("0.4")) and rounds("0.0542", R("0.5424") * R("0.1")) and rounds("0.0900", R("0.4502") * R("0.2"))
       and rounds("0.1395", R("0.4651") * R("0.3")) and rounds("0.3254", R("0.5424") * R("0.6")) and rounds("0.2251", R("0.4502") * R("0.5")))
L.step(R("-0.1860") - R("0.0542") + R("0.0900") == R("-0.1502") and R("-0.1395") + R("0.3254") - R("0.2251") == R("-0.0392"))
eta = R("0.1"); L.define(note="eta"); L.define(note="update rule")
vn = v - eta * g
L.step(substituted(vn[0], lambda p: R("0.5") - R("0.1") * p, "~-0.1502") and substituted(vn[1], lambda p: R("-0.2") - R("0.1") * p, "~-0.0392"), carried=True)
L.step(sp.Matrix([R("0.5") + R("0.0150"), R("-0.2") + R("0.0039")]) == sp.Matrix([R("0.5150"), R("-0.1961")]))
L.step(True, note="dJ/du_o = (sigma(s_o) - 1) v"); L.step(substituted((sg(so) - 1) * v[0], lambda p: p * R("0.5"), "~-0.4651"))
L.step(rounds("-0.2325", R("-0.4651") * R("0.5")) and rounds("0.0930", R("-0.4651") * R("-0.2")))
L.step(same(sp.diff(sp.log(sg(-s)), s), -(1 - sg(-s)), positive=False)); L.step(same(-(1 - sg(-s)), -sg(s), positive=False))
L.step(True); L.step(rounds("0.4576", sg(R("-0.17")))); L.step(rounds("0.5498", sg(R("0.2"))))
L.step(substituted(g[0], lambda a, b, c: a * R("0.4") + b * R("-0.1") + c * R("0.2"), "~-0.4651", "~0.4576", "~0.5498")
       and substituted(g[1], lambda a, b, c: a * R("0.3") + b * R("0.6") + c * R("-0.5"), "~-0.4651", "~0.4576", "~0.5498"))
L.step(rounds("-0.1218", g[0]) and rounds("-0.1399", g[1]))
L.step(substituted(vn[0], lambda p: R("0.5") + p, "~0.0122") and substituted(vn[1], lambda p: R("-0.2") + p, "~0.0140"))
L.step(R("0.5") + R("0.0122") == R("0.5122") and R("-0.2") + R("0.0140") == R("-0.1860"))
L.step(R("0.6256") + R("0.6118") + R("0.7981") == R("2.0355"))
L.step(True, note="dJ/du_k = sigma(s_k) v"); L.step(substituted(sg(s1) * v[0], lambda p: p * R("0.5"), "~0.4576"))
L.step(R("0.4576") * R("0.5") == R("0.2288") and rounds("-0.0915", R("0.4576") * R("-0.2")))
son = (uo.T * vn)[0]; s2n = (u2.T * vn)[0]
L.step(substituted(son, lambda p, q: R("0.4") * p + R("0.3") * q, "~0.5122", "~-0.1860"))
L.step(rounds("0.2049", R("0.4") * R("0.5122")) and rounds("0.0558", R("0.3") * R("0.1860"))); L.step(R("0.2049") - R("0.0558") == R("0.1491")); L.step(R("0.1491") > R("0.14"))
L.step(substituted(s2n, lambda p, q: R("0.2") * p - R("0.5") * q, "~0.5122", "~-0.1860"))
L.step(rounds("0.1024", R("0.2") * R("0.5122")) and R("0.5") * R("0.1860") == R("0.0930")); L.step(R("0.1024") + R("0.0930") == R("0.1954")); L.step(R("0.1954") < R("0.2"))
L.step(True, note="first-order Taylor: dJ = g . dv = -eta |g|^2")
L.step(substituted(-eta * (g.T * g)[0], lambda p, q: -R("0.1") * (p ** 2 + q ** 2), "~0.1218", "~0.1399"))
L.step(rounds("0.0344", R("0.1218") ** 2 + R("0.1399") ** 2)); L.step(rounds("-0.0034", R("-0.1") * R("0.0344")))
L.done()
