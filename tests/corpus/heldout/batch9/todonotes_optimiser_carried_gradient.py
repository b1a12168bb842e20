"""Labels for todonotes_optimiser_carried_gradient.tex: a homework with the grader's `todonotes` sticky notes:
GD, its contraction rate and stability range, heavy-ball momentum and Newton on f(w) = 2(w - 3)^2 + 1.
One slip at the start, f'(w) = 2(w - 3) (the chain rule's factor 2 lost), carried into f'' and every number
after it; Newton's step w1 = 3 is right anyway (both derivatives carry the same factor), so the value is ok
while the substitution is carried; the grader's corrections."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same  # noqa: E402

L = Labels("batch9/todonotes_optimiser_carried_gradient.tex")
w = sp.symbols("w")
F = 2 * (w - 3) ** 2 + 1
fp, fpp = sp.diff(F, w), sp.diff(F, w, 2)
Fp = 2 * (w - 3)                                   # the writer's derivative
L.define(note="f"); L.step(sp.solve(fp, w) == [3]); L.step(F.subs(w, 3) == 1)
L.step(same(fp, Fp, positive=False), note="4(w - 3)"); L.step(fpp == sp.diff(Fp, w), carried=True)
eta = R("0.1")
# true and written GD iterates
def gd(deriv, steps=3):
    ws, gs = [sp.Integer(0)], []
    for _ in range(steps):
        g = deriv.subs(w, ws[-1]); gs.append(g); ws.append(ws[-1] - eta * g)
    return ws, gs
Wt, Gt = gd(fp); Ws, Gs = gd(Fp)
for k in range(3):
    if k == 0:
        L.step(True, note="g0 = f'(0)")
    L.step(Gt[k] == 2 * (Ws[k] - 3), carried=Gs[k] == 2 * (Ws[k] - 3))
    L.step(2 * (Ws[k] - 3) == Gs[k])
    L.step(Wt[k + 1] == Ws[k] - eta * Gs[k], carried=True)
    L.step(Ws[k] - eta * Gs[k] == Ws[k + 1])
assert Ws[1:] == [R("0.6"), R("1.08"), R("1.464")] and Gs == [-6, R("-4.8"), R("-3.84")]
L.step(F.subs(w, Wt[3]) == 2 * (R("1.464") - 3) ** 2 + 1, carried=True)
L.step(rounds("2.3593", (R("1.464") - 3) ** 2)); L.step(rounds("5.7186", 2 * R("2.3593") + 1, F.subs(w, R("1.464"))))
wk = sp.symbols("wk")
L.step(sp.expand((wk - eta * fp.subs(w, wk)) - 3 - (1 - eta * fpp) * (wk - 3)) == 0)
L.define(note="rho")
rho = 1 - eta * fpp
L.step(rho == 1 - R("0.1") * 2, carried=True); L.step(1 - R("0.1") * 2 == R("0.8"))
L.step(abs(Wt[3] - 3) == R("0.8") ** 3 * 3, carried=abs(Ws[3] - 3) == R("0.8") ** 3 * 3)
L.step(R("0.8") ** 3 * 3 == R("1.536")); L.step(3 - R("1.464") == R("1.536"))
L.define(note="the inequality to solve")
k = sp.symbols("k", positive=True)
kneed = sp.log(300) / sp.log(1 / rho)
L.step(sp.simplify(kneed - sp.log(300) / sp.log(R("1.25"))) == 0, carried=True)
L.step(rounds("25.56", sp.log(300) / sp.log(R("1.25")), approx=True))
L.step(True, note="stable iff |1 - eta f''| < 1")
L.step(True, note="eta > 0 is part of the range")
L.step(2 / fpp == 1, carried=2 / sp.diff(Fp, w) == 1)       # |1 - eta f''| < 1 iff 0 < eta < 2/f''
# momentum beta = 0.5
beta = R("0.5")
v1t = Gt[0]; w1t = -eta * v1t
L.step(True, note="v1 = beta v0 + g0 with v0 = 0"); L.step(v1t == -6, carried=True)
L.step(w1t == 0 - R("0.1") * (-6), carried=True); L.step(0 - R("0.1") * (-6) == R("0.6"))
g1t = fp.subs(w, w1t); v2t = beta * v1t + g1t; w2t = w1t - eta * v2t
L.step(v2t == R("0.5") * (-6) + 2 * (R("0.6") - 3), carried=True)
L.step(R("0.5") * (-6) + 2 * (R("0.6") - 3) == -3 - R("4.8")); L.step(-3 - R("4.8") == R("-7.8"))
L.step(w2t == R("0.6") + R("0.78"), carried=True); L.step(R("0.6") + R("0.78") == R("1.38"))
L.step(R("1.38") > R("1.08"))
# Newton
L.define(note="Newton rule")
# the value 3 agrees, but a substitution is judged by its numbers: -6 and 2 are not f'(0) = -12 and f'' = 4
L.step(fp.subs(w, 0) == -6 and fpp == 2, note="numbers from the wrong derivatives",
       carried=Fp.subs(w, 0) == -6 and sp.diff(Fp, w) == 2)
L.step(0 - sp.Integer(-6) / 2 == 3 and 0 - fp.subs(w, 0) / fpp == 3)
L.step(fp.subs(w, 3) == 0)
# grader
L.step(same(fp, 4 * (w - 3), positive=False)); L.step(fpp == 4)
L.step(Gt[0] == -12); L.step(Wt[1] == R("1.2")); L.step(Wt[2] == R("1.92")); L.step(Wt[3] == R("2.352"))
L.step(F.subs(w, Wt[3]) == 2 * R("0.648") ** 2 + 1); L.step(rounds("1.8398", F.subs(w, Wt[3]), approx=True))
L.step(rho == 1 - R("0.4") and 1 - R("0.4") == R("0.6"))
L.step(sp.simplify(kneed - sp.log(300) / sp.log(sp.Rational(5, 3))) == 0); L.step(rounds("11.17", kneed, approx=True))
L.step(True, note="eta > 0"); L.step(2 / fpp == R("0.5"))
L.step(v2t == -6 - R("7.2")); L.step(v2t == R("-13.2")); L.step(w2t == R("2.52"))
L.step(0 - fp.subs(w, 0) / fpp == 3); L.step(sp.Rational(-12, 4) == sp.Rational(-6, 2))
L.done()
