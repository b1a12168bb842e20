"""Labels for changelog_lecture_notes_kalman_filter_1d.tex: a changelog for a lecture-notes chapter on
the 1-D Kalman filter (random walk, q = 0.5, r = 1.0, prior N(0, 2), observations 1.2, 0.8, 1.5), with
old and new passages quoted: the gain, its derivation by precisions, three filter steps, the one-step
predictive log-density, the steady state, the q = 0 conjugate case, and a hotfix release. Slips: the old
gain with q for r (its substitution and m1 carried); the innovation sign flipped in step 2 (carried into
m2 and m3); the predictive variance without r (carried into the log-density); the q = 0 remark with two
observations counted instead of three (carried into m3)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch24/changelog_lecture_notes_kalman_filter_1d.tex")
q, r, m0, P0 = R("0.5"), R("1.0"), 0, 2
zs = [R("1.2"), R("0.8"), R("1.5")]
m, P = [m0], [P0]
Pm, K = [None], [None]
for z in zs:
    pm = P[-1] + q
    k = pm / (pm + r)
    Pm.append(pm); K.append(k)
    m.append(m[-1] + k * (z - m[-1])); P.append((1 - k) * pm)
L.define(2, "model"); L.define(4, "q, r, m0, P0")
# old text
L.step(False, note="gain with q"); L.step(substituted(K[1], lambda a, b: a / (a + b), "2.5", "0.5"), carried=True)
L.step(rounds("0.8333", R("2.5") / 3))
L.step(substituted(m[1], lambda k: k * R("1.2"), "~0.8333"), carried=True); L.step(rounds("1.0000", R("0.8333") * R("1.2")))
L.step(True, note="K = P-/(P- + r)")
# derivation
x, mm, pp, zz, rr = sp.symbols("x m P z r", positive=True)
L.step(True, note="Bayes: prior times likelihood")
prec = 1 / pp + 1 / rr
Pt = 1 / prec
mt = Pt * (mm / pp + zz / rr)
Kt = pp / (pp + rr)
L.step(True, note="precisions add (completing the square)")
L.step(same(sp.diff(-(x - mm) ** 2 / (2 * pp) - (zz - x) ** 2 / (2 * rr), x).subs(x, mt), 0))
L.step(same(mt, mm + Kt * (zz - mm)))
L.step(same(Pt, (1 - Kt) * pp)); L.step(same((1 - Kt) * pp, Kt * rr))
L.define(3, "z1, z2, z3")
# step 1
L.step(True); L.step(P0 + q == 2 + R("0.5")); L.step(Pm[1] == R("2.5")); L.step(True); L.step(m0 == 0)
L.step(K[1] == R("2.5") / (R("2.5") + R("1.0"))); L.step(rounds("0.7143", K[1]))
L.step(substituted(m[1], lambda k: 0 + k * (R("1.2") - 0), "~0.7143")); L.step(rounds("0.8571", R("0.7143") * R("1.2"), m[1]))
L.step(True); L.step(P[1] == R("2.5") * R("1.0") / R("3.5")); L.step(rounds("0.7143", P[1]))
L.step(1 / P[1] == 1 / R("2.5") + 1 / R("1.0")); L.step(1 / R("2.5") + 1 == R("0.4") + 1); L.step(R("1.4") == R("0.4") + 1)
L.step(rounds("0.7143", 1 / R("1.4")))
# step 2
L.step(substituted(Pm[2], lambda p: p + R("0.5"), "~0.7143")); L.step(R("0.7143") + R("0.5") == R("1.2143"))
L.step(substituted(K[2], lambda a, b: a / b, "~1.2143", "~2.2143")); L.step(rounds("0.5484", R("1.2143") / R("2.2143")))
L.step(False, note="innovation sign")
L.step(substituted(m[2], lambda a, k, d: a + k * d, "~0.8571", "~0.5484", "~0.0571"), carried=True)
L.step(rounds("0.0313", R("0.5484") * R("0.0571"))); L.step(R("0.8571") + R("0.0313") == R("0.8884"))
L.step(substituted(P[2], lambda a, b: a * b, "~0.4516", "~1.2143")); L.step(rounds("0.5484", R("0.4516") * R("1.2143")))
# step 3
L.step(substituted(Pm[3], lambda p: p + R("0.5"), "~0.5484")); L.step(R("0.5484") + R("0.5") == R("1.0484"))
L.step(substituted(K[3], lambda a, b: a / b, "~1.0484", "~2.0484")); L.step(rounds("0.5118", R("1.0484") / R("2.0484")))
L.step(substituted(m[3], lambda a, k: a + k * (R("1.5") - a), "~0.8884", "~0.5118"), carried=True)
L.step(R("1.5") - R("0.8884") == R("0.6116"))
L.step(rounds("0.3130", R("0.5118") * R("0.6116"))); L.step(R("0.8884") + R("0.3130") == R("1.2014"))
L.step(same(P[3], K[3] * r, [])); L.step(rounds("0.5118", K[3] * r))
# predictive
S2 = Pm[2] + r
L.step(True, note="one-step predictive"); L.define(note="t = 2")
L.step(False, note="S2 = P2- + r"); L.step(rounds("1.2143", Pm[2]))
ll = -sp.log(2 * sp.pi * S2) / 2 - (zs[1] - m[1]) ** 2 / (2 * S2)
L.step(substituted(ll, lambda s, mu: -sp.log(2 * sp.pi * s) / 2 - (R("0.8") - mu) ** 2 / (2 * s), "~1.2143", "~0.8571"), carried=True)
L.step(rounds("-1.0160", -sp.log(2 * sp.pi * R("1.2143")) / 2) and rounds("-0.0013", -(R("0.8") - R("0.8571")) ** 2 / (2 * R("1.2143"))))
L.step(R("-1.0160") - R("0.0013") == R("-1.0173"))
# steady state
L.define(2, "fixed-point equation, quadratic")
Pinf = sp.symbols("Pinf", positive=True)
root = [s for s in sp.solve(Pinf ** 2 - q * Pinf - q * r, Pinf) if s > 0][0]
L.step(sp.simplify(root - (q + sp.sqrt(q ** 2 + 4 * q * r)) / 2) == 0)
L.step(q ** 2 + 4 * q * r == R("2.25")); L.step(root == 1)
L.step(root / (root + r) == 1 / (1 + R("1.0"))); L.step(root / (root + r) == R("0.5"))
L.step(True, note="P = K r"); L.step(R("0.5") * r == R("0.5"))
L.step(rounds("0.7071", sp.sqrt(R("0.5")), approx=True))
# q = 0
L.define(note="q = 0")
P3c = 1 / (sp.Rational(1, 2) + 3)
L.step(P3c == 1 / (sp.Rational(1, 2) + 2), note="three observations"); L.step(1 / (sp.Rational(1, 2) + 2) == R("0.4"))
m3c = P3c * sum(zs)
L.step(m3c == R("0.4") * sum(zs), carried=True); L.step(R("0.4") * (R("1.2") + R("0.8") + R("1.5")) == R("1.4"))
# hotfix
L.step(rounds("-0.0571", zs[1] - m[1]))
L.step(True, note="update formula"); L.step(substituted(m[2], lambda a, k, d: a - k * d, "~0.8571", "~0.5484", "~0.0571"))
L.step(rounds("0.0313", R("0.5484") * R("0.0571"))); L.step(R("0.8571") - R("0.0313") == R("0.8258"))
L.step(substituted(m[3], lambda a, k, d: a + k * d, "~0.8258", "~0.5118", "~0.6742"))
L.step(rounds("0.3451", R("0.5118") * R("0.6742"))); L.step(R("0.8258") + R("0.3451") == R("1.1709"))
L.step(True); L.step(rounds("2.2143", S2))
L.step(substituted(ll, lambda a, b: -sp.log(a) / 2 - b, "~13.9129", "~0.0007"))
L.step(rounds("-1.3164", -sp.log(R("13.9129")) / 2)); L.step(R("-1.3164") - R("0.0007") == R("-1.3171"))
L.define(note="q = 0"); L.step(P3c == 1 / (sp.Rational(1, 2) + 3)); L.step(rounds("0.2857", P3c))
L.step(substituted(m3c, lambda p: p * R("3.5"), "~0.2857")); L.step(rounds("1.0", R("0.2857") * R("3.5")))
L.done()
