"""Labels for pastpaper_cpt_sprinkler.tex: the rain/sprinkler/wet-grass network by enumerating
its joint exactly; a 2x2 joint table (marginals, conditionals, covariance, entropies, MI)."""
import sys
from itertools import product
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds  # noqa: E402

L = Labels("batch2/pastpaper_cpt_sprinkler.tex")
pR = R("0.2"); pS = {1: R("0.01"), 0: R("0.4")}
pW = {(1, 1): R("0.99"), (1, 0): R("0.9"), (0, 1): R("0.8"), (0, 0): 0}
joint = {}
for r, s, w in product((0, 1), repeat=3):
    pr = pR if r else 1 - pR
    ps = pS[r] if s else 1 - pS[r]
    pw = pW[(s, r)] if w else 1 - pW[(s, r)]
    joint[(r, s, w)] = pr * ps * pw
P = lambda pred: sum(v for k, v in joint.items() if pred(*k))
L.define(1 + 2 + 4)
PS = P(lambda r, s, w: s)
L.step(PS == pS[1] * pR + pS[0] * (1 - pR)); L.step(PS == R("0.01") * R("0.2") + R("0.4") * R("0.8"))
L.step(R("0.01") * R("0.2") + R("0.4") * R("0.8") == R("0.002") + R("0.32")); L.step(PS == R("0.322"))
for (r, s), nums, res in (((1, 1), ("0.2", "0.01", "0.99"), "0.00198"), ((0, 1), ("0.8", "0.4", "0.9"), "0.288"),
                          ((1, 0), ("0.2", "0.99", "0.8"), "0.1584")):
    v = P(lambda a, b, w: a == r and b == s and w)
    L.step(v == sp.Mul(*map(R, nums))); L.step(v == R(res))
L.step(P(lambda a, b, w: not a and not b and w) == 0)
PW = P(lambda r, s, w: w)
L.step(PW == R("0.00198") + R("0.288") + R("0.1584")); L.step(PW == R("0.44838")); L.step(rounds("0.4484", PW))
PRW = P(lambda r, s, w: r and w) / PW
L.step(True, note="definition of conditional probability")
L.step(abs(PRW - R("0.1584") / R("0.4484")) < R("0.00005"), note="P(W, R) = 0.16038, not 0.1584")
L.step(rounds("0.3533", R("0.1584") / R("0.4484")))
PSW = P(lambda r, s, w: s and w) / PW
L.step(PSW == 1 - PRW, note="S and R are not complements")
L.step(rounds("0.3533", PRW), carried=rounds("0.3533", R("0.1584") / R("0.4484")))
L.step(1 - R("0.3533") == R("0.6467"))
PRWS = P(lambda r, s, w: r and s and w) / P(lambda r, s, w: s and w)
L.step(True, note="definition"); L.step(PRWS == R("0.00198") / (R("0.00198") + R("0.288"))); L.step(rounds("0.0068", PRWS))
L.step(R("0.0068") < R("0.3533"))
PRS = P(lambda r, s, w: r and s)
L.step(pR * PS == R("0.2") * R("0.322")); L.step(R("0.2") * R("0.322") == R("0.0644")); L.step(R("0.0644") != PRS); L.step(PRS == R("0.002"))
# the 2x2 table
J = {(0, 0): R("0.3"), (0, 1): R("0.1"), (1, 0): R("0.2"), (1, 1): R("0.4")}
px = {a: J[(a, 0)] + J[(a, 1)] for a in (0, 1)}; py = {b: J[(0, b)] + J[(1, b)] for b in (0, 1)}
L.step(px[1] == R("0.2") + R("0.4")); L.step(px[1] == R("0.6")); L.step(py[1] == R("0.1") + R("0.4")); L.step(py[1] == R("0.5"))
L.step(J[(1, 1)] / px[1] == R("0.4") / R("0.6")); L.step(rounds("0.6667", J[(1, 1)] / px[1]))
L.step(J[(1, 1)] / py[1] == R("0.4") / R("0.5")); L.step(R("0.4") / R("0.5") == R("0.8"))
L.step(J[(0, 1)] / px[0] == R("0.1") / R("0.5")); L.step(R("0.1") / R("0.5") == R("0.2"))
L.step(J[(0, 1)] / px[0] == R("0.2"), carried=True, note="E[Y|X=0] = P(Y=1|X=0), on the wrong value")
EXY = J[(1, 1)]; cov = EXY - px[1] * py[1]
L.step(True, note="E[XY] = P(X=1, Y=1) for 0/1 variables"); L.step(EXY == R("0.4"))
L.step(cov == R("0.4") - R("0.6") * R("0.5")); L.step(cov == R("0.1"))
vx, vy = px[1] * px[0], py[1] * py[0]
L.step(vx == R("0.6") * R("0.4")); L.step(vx == R("0.24")); L.step(vy == R("0.25"))
rho = cov / sp.sqrt(vx * vy)
L.step(rho == R("0.1") / sp.sqrt(R("0.24") * R("0.25"))); L.step(rounds("0.2449", sp.sqrt(R("0.06"))))
L.step(rounds("0.4804", rho, R("0.1") / R("0.2449")))
terms = {k: J[k] * sp.log(J[k] / (px[k[0]] * py[k[1]])) for k in J}
MI = sum(terms.values())
L.step(sp.simplify(MI - (R("0.3") * sp.log(R("1.5")) + R("0.1") * sp.log(R("0.5")) + R("0.2") * sp.log(sp.Rational(2, 3)) + R("0.4") * sp.log(sp.Rational(4, 3)))) == 0)
L.step(all(rounds(w, terms[k]) for w, k in (("0.1216", (0, 0)), ("-0.0693", (0, 1)), ("-0.0811", (1, 0)), ("0.1151", (1, 1)))))
L.step(rounds("0.0863", MI, R("0.1216") - R("0.0693") - R("0.0811") + R("0.1151")))
HX = -sum(p * sp.log(p) for p in px.values()); HY = -sum(p * sp.log(p) for p in py.values())
HXY = -sum(p * sp.log(p) for p in J.values())
L.step(True, note="H(X) by definition"); L.step(rounds("0.6730", HX)); L.step(sp.N(MI) <= sp.N(HX))
L.step(sp.N(HXY - HX - (HY - MI), 30) == 0 or abs(sp.N(HXY - HX - (HY - MI), 30)) < 1e-25)
L.step(sp.simplify(HY - sp.log(2)) == 0 and True); L.step(rounds("0.6068", HY - MI, sp.log(2) - R("0.0863")))
L.step(abs(sp.N(HXY - (HX + HY), 30)) < 1e-25); L.step(rounds("0.6730", HX) and rounds("0.6931", HY))
L.step(R("0.6730") + R("0.6931") == R("1.3661"))
# the comment: P(not R) taken as 0.2, carried
joint_w = {}
for r, s, w in product((0, 1), repeat=3):                  # the commenter's joint: P(R) = 0.2 and P(not R) = 0.2
    pr = R("0.2")
    ps = pS[r] if s else 1 - pS[r]
    pw = pW[(s, r)] if w else 1 - pW[(s, r)]
    joint_w[(r, s, w)] = pr * ps * pw
Pw = lambda pred: sum(v for k, v in joint_w.items() if pred(*k))
L.step(1 - pR == R("0.2"))
L.step(PS == R("0.01") * R("0.2") + R("0.4") * R("0.2"), carried=Pw(lambda r, s, w: s) == R("0.01") * R("0.2") + R("0.4") * R("0.2"))
L.step(R("0.01") * R("0.2") + R("0.4") * R("0.2") == R("0.082"))
v = P(lambda a, b, w: not a and b and w); vw = Pw(lambda a, b, w: not a and b and w)
L.step(v == R("0.2") * R("0.4") * R("0.9"), carried=vw == R("0.2") * R("0.4") * R("0.9")); L.step(R("0.2") * R("0.4") * R("0.9") == R("0.072"))
L.step(P(lambda a, b, w: a and b and w) == R("0.00198")); L.step(P(lambda a, b, w: a and not b and w) == R("0.1584"))
PWw = Pw(lambda r, s, w: w)
L.step(PW == R("0.00198") + R("0.072") + R("0.1584"), carried=PWw == R("0.00198") + R("0.072") + R("0.1584"))
L.step(R("0.00198") + R("0.072") + R("0.1584") == R("0.23238"))
PRWw = Pw(lambda r, s, w: r and w) / PWw; PSWw = Pw(lambda r, s, w: s and w) / PWw
L.step(PRW == R("0.16038") / R("0.23238"), carried=PRWw == R("0.16038") / R("0.23238")); L.step(rounds("0.6902", R("0.16038") / R("0.23238")))
L.step(PSW == R("0.07398") / R("0.23238"), carried=PSWw == R("0.07398") / R("0.23238")); L.step(rounds("0.3184", R("0.07398") / R("0.23238")))
L.step(R("0.6902") + R("0.3184") == R("1.0086")); L.step(R("1.0086") != 1)
L.step(PRWS == R("0.00198") / R("0.07398"), carried=Pw(lambda r, s, w: r and s and w) / Pw(lambda r, s, w: s and w) == R("0.00198") / R("0.07398"))
L.step(rounds("0.0268", R("0.00198") / R("0.07398")))
L.step(pR * PS == R("0.2") * R("0.082"), carried=pR * Pw(lambda r, s, w: s) == R("0.2") * R("0.082")); L.step(R("0.2") * R("0.082") == R("0.0164"))
L.done()
