"""Labels for hw_newton_logistic_regression_graded.tex: a graded homework script, one Newton step for
1-D logistic regression with intercept on four points from (0, 0). Slips: dl/dw written as
sum (y - p) x (carried into g_w, the step, z, p and the new loss), a digit swap in the loss
(3.9254 for 3.9524); in the grader's notes, a new g_b with the residuals miscopied."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch18/hw_newton_logistic_regression_graded.tex")
X = [-1, 0, 1, 2]; Y = [0, 1, 0, 1]
b, w = sp.symbols("b w", real=True)
sig = lambda z: 1 / (1 + sp.exp(-z))
P = [sig(b + w * x) for x in X]
ell = -sum(y * sp.log(p) + (1 - y) * sp.log(1 - p) for p, y in zip(P, Y))
L.define(6, "data, model, start"); L.define(note="NLL")
z = sp.symbols("z", real=True)
L.step(same(sp.diff(sig(z), z), sig(z) * (1 - sig(z)), [z], positive=False))
syms = [b, w]
L.step(same(sp.diff(ell, b), sum(p - y for p, y in zip(P, Y)), syms, positive=False))
L.step(same(sp.diff(ell, w), sum((y - p) * x for p, y, x in zip(P, Y, X)), syms, positive=False))
L.step(same(sp.diff(ell, b, 2), sum(p * (1 - p) for p in P), syms, positive=False))
L.step(same(sp.diff(ell, b, w), sum(p * (1 - p) * x for p, x in zip(P, X)), syms, positive=False))
L.step(same(sp.diff(ell, w, 2), sum(p * (1 - p) * x ** 2 for p, x in zip(P, X)), syms, positive=False))
at0 = {b: 0, w: 0}
L.step(sig(0) == sp.Rational(1, 2)); L.step(sig(0) == R("0.5")); L.step(sig(0) * (1 - sig(0)) == R("0.25"))
gb0 = sp.diff(ell, b).subs(at0); gw0 = sp.simplify(sp.diff(ell, w).subs(at0))
L.step(gb0 == R("0.5") - R("0.5") + R("0.5") - R("0.5")); L.step(gb0 == 0)
gw_student = sum((y - sp.Rational(1, 2)) * x for y, x in zip(Y, X))
L.step(gw0 == R("0.5") - R("0.5") + 1, carried=gw_student == R("0.5") - R("0.5") + 1)
L.step(R("-0.5") * -1 + R("0.5") * 0 + R("-0.5") * 1 + R("0.5") * 2 == R("0.5") - R("0.5") + 1)
L.step(R("0.5") - R("0.5") + 1 == 1)
L.step(sum(X) == 2); L.step(sum(x ** 2 for x in X) == 1 + 0 + 1 + 4); L.step(sum(x ** 2 for x in X) == 6)
H = sp.hessian(ell, syms).subs(at0)
L.step(H == R("0.25") * sp.Matrix([[4, 2], [2, 6]])); L.step(H == sp.Matrix([[1, R("0.5")], [R("0.5"), R("1.5")]]))
L.step(H.det() == 1 * R("1.5") - R("0.5") ** 2); L.step(H.det() == R("1.25"))
Hi = H.inv()
L.step(Hi == sp.Matrix([[R("1.5"), R("-0.5")], [R("-0.5"), 1]]) / R("1.25")); L.step(Hi == sp.Matrix([[R("1.2"), R("-0.4")], [R("-0.4"), R("0.8")]]))
L.define(note="Newton update rule")
g0 = sp.Matrix([gb0, gw0]); th1 = -Hi * g0
gs = sp.Matrix([0, gw_student]); ths = -Hi * gs
L.step(th1[0] == 0 - (R("1.2") * 0 + R("-0.4") * 1), carried=ths[0] == 0 - (R("1.2") * 0 + R("-0.4") * 1)); L.step(0 - (R("1.2") * 0 + R("-0.4") * 1) == R("0.4"))
L.step(th1[1] == 0 - (R("-0.4") * 0 + R("0.8") * 1), carried=ths[1] == 0 - (R("-0.4") * 0 + R("0.8") * 1)); L.step(0 - (R("-0.4") * 0 + R("0.8") * 1) == R("-0.8"))
L.step(ell.subs(at0) == 4 * sp.log(2)); L.step(rounds("2.7726", 4 * sp.log(2)))
at1 = {b: th1[0], w: th1[1]}; ats = {b: ths[0], w: ths[1]}
Z1 = [th1[0] + th1[1] * x for x in X]; Zs = [ths[0] + ths[1] * x for x in X]
L.step(Z1 == [R("0.4") - R("0.8") * x for x in X], carried=Zs == [R("0.4") - R("0.8") * x for x in X])
L.step([R("0.4") - R("0.8") * x for x in X] == [R("1.2"), R("0.4"), R("-0.4"), R("-1.2")])
Pw = ["0.7685", "0.5987", "0.4013", "0.2315"]
L.step(all(rounds(pw, sig(zz)) for pw, zz in zip(Pw, Z1)), carried=all(rounds(pw, sig(zz)) for pw, zz in zip(Pw, Zs)))
l1 = ell.subs(at1); ls = ell.subs(ats)
f4 = lambda a, c, d, e: -(sp.log(a) + sp.log(c) + sp.log(d) + sp.log(e))
L.step(substituted(l1, f4, "~0.2315", "~0.5987", "~0.5987", "~0.2315"), carried=substituted(ls, f4, "~0.2315", "~0.5987", "~0.5987", "~0.2315"))
L.step(substituted(f4(R("0.2315"), R("0.5987"), R("0.5987"), R("0.2315")), lambda a, c: -2 * (a + c), "~-1.4632", "~-0.5130"))
L.step(rounds("3.9254", -2 * (R("-1.4632") + R("-0.5130")), ls))
# grader
L.define(note="p = sigma(b + w x)")
L.step(same(sp.diff(ell, w), sum((p - y) * x for p, y, x in zip(P, Y, X)), syms, positive=False))
L.step(gw0 == R("0.5") * -1 + R("-0.5") * 0 + R("0.5") * 1 + R("-0.5") * 2); L.step(gw0 == -1)
L.step(th1[0] == 0 - (R("1.2") * 0 + R("-0.4") * -1)); L.step(th1[0] == R("-0.4"))
L.step(th1[1] == 0 - (R("-0.4") * 0 + R("0.8") * -1)); L.step(th1[1] == R("0.8"))
L.step(Z1 == [R("-1.2"), R("-0.4"), R("0.4"), R("1.2")])
L.step(all(rounds(pw, sig(zz)) for pw, zz in zip(["0.2315", "0.4013", "0.5987", "0.7685"], Z1)))
L.step(substituted(l1, lambda a, c: -2 * (sp.log(a) + sp.log(c)), "~0.7685", "~0.4013"))
L.step(substituted(l1, lambda a, c: -2 * (a + c), "~-0.2633", "~-0.9130"))
L.step(rounds("2.3526", -2 * (R("-0.2633") + R("-0.9130")), l1)); L.step(R("2.3526") < R("2.7726"))
L.step((g0.T * Hi * g0)[0] == R("0.8")); L.step(R("0.8") > 0)
G1 = [sp.diff(ell, s).subs(at1) for s in syms]
L.step(substituted(G1[0], lambda a, c, d, e: a - c + d - e, "~0.2315", "~0.4013", "~0.5987", "~0.7685"))
L.step(R("0.2315") - R("0.4013") + R("0.5987") - R("0.7685") == R("-0.3396"))
L.step(substituted(G1[1], lambda a, c, d: a * -1 + 0 * (-c) + c * 1 + (-d) * 2, "~0.2315", "~0.5987", "~0.2315"))
L.step(rounds("-0.0958", -R("0.2315") + R("0.5987") - 2 * R("0.2315"), G1[1]))
L.done()
