"""Labels for cases_piecewise_relu_huber_hinge_triangular.tex: a problem-class sheet (`report`, `\\chapter*`)
made of `\\begin{cases}` definitions (conditions are premises, labelled def): ReLU and leaky ReLU with their
derivatives, the Huber loss from its integral definition, the hinge loss, a triangular density with its
moments and distribution function, and the moments of max(0, Z)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds  # noqa: E402

L = Labels("batch14/cases_piecewise_relu_huber_hinge_triangular.tex")
x, u, z = sp.symbols("x u z", real=True)
relu = lambda v: sp.Max(0, v)
drelu = lambda v: sp.diff(relu(x), x).subs(x, v)
L.define(); L.step(all(relu(v) == (v if v > 0 else 0) for v in (R("-1.5"), 0, R("2.5")))); L.define(2)
L.step(drelu(R("1.3")) == 1 and drelu(R("-1.3")) == 0); L.define(2)
pts = [R("-2.5"), R("-0.4"), R("0.7"), R("3")]
L.step(all(relu(v) == (v + abs(v)) / 2 for v in pts)); L.step(all(v * drelu(v) == relu(v) for v in pts)); L.define(note="x != 0")
L.step(all(relu(v) ** 2 == relu(v ** 2) for v in pts), note="only for x >= 0"); L.step(relu(3) ** 2 == 9); L.step(relu(9) == 9)
L.step(sp.limit(sp.Heaviside(x), x, 0, "-") == 0); L.step(sp.limit(sp.Heaviside(x), x, 0, "+") == 1)
al = R("0.01"); L.define()
leaky = lambda v: v if v >= 0 else al * v
L.define(3)
L.step(True, note="f' piecewise"); L.define(2)
L.step(leaky(-3) == R("-0.03")); L.step(True, note="f'(-3) = alpha"); L.step(leaky(2) - leaky(-2) == R("2.02"))
d = 1; L.define(note="delta")
def huber(rv):
    rv = abs(rv)
    return sp.integrate(sp.Min(u, d), (u, 0, rv)) if rv <= d else sp.integrate(u, (u, 0, d)) + sp.integrate(d * u ** 0, (u, d, rv))
wrongH = lambda rv: rv ** 2 / 2 if abs(rv) <= d else d * abs(rv) - d ** 2
L.define(note="integral definition")
L.step(all(huber(v) == wrongH(v) for v in (R("0.6"), 3)), note="outer branch delta(|r| - delta/2)"); L.define(2)
L.step(huber(R("0.6")) == R("0.36") / 2); L.step(R("0.18") == R("0.36") / 2)
L.step(huber(3) == 3 - 1, carried=wrongH(3) == 3 - 1); L.step(3 - 1 == 2)
L.step(huber(R("-2.5")) == R("2.5") - 1, carried=wrongH(R("-2.5")) == R("2.5") - 1); L.step(R("2.5") - 1 == R("1.5"))
L.step(1 - 1 == 0)
jump = lambda H: sp.limit(H, x, 1, "+") - (sp.Rational(1, 2))
L.step(jump(x - sp.Rational(1, 2)) == R("-0.5"), carried=jump(x - 1) == R("-0.5"))
L.step(True, note="H' = r inside, delta sign r outside"); L.define(2)
L.step(True, note="H'(0.6) = 0.6"); L.step(True, note="H'(-2.5) = -1"); L.step(True, note="|H'| <= 1")
L.step(huber(3) == R("2.5")); L.step(huber(R("-2.5")) == 2); L.define(note="|r| = 1")
L.define(note="y = +1")
hinge = lambda zz, y: max(0, 1 - y * zz)
L.define(note="max(0, 1 - yz)"); L.step(all(hinge(v, 1) == (1 - v if v < 1 else 0) for v in (R("0.3"), R("1.4"), R("-2")))); L.define(2)
L.step(True, note="hinge' = -1 left of 1, 0 right"); L.define(2)
L.step(hinge(R("0.3"), 1) == R("0.7")); L.step(True, note="-1"); L.step(hinge(R("1.4"), 1) == 0); L.define(note="y = -1")
L.step(hinge(R("0.3"), -1) == R("1.3")); L.step(False, note="d/dz max(0, 1 + z) = +1 at 0.3")
L.define(2, "rule, start"); L.step(R("0.3") - R("0.5") * (-1) == R("0.8"))
L.define(5)
p1, p2 = x, 2 - x
I1, I2 = sp.integrate(p1, (x, 0, 1)), sp.integrate(p2, (x, 1, 2))
L.step(I1 == sp.Rational(1, 2) and I2 == sp.Rational(1, 2)); L.step(I1 + I2 == 1)
EX = sp.integrate(x * p1, (x, 0, 1)) + sp.integrate(x * p2, (x, 1, 2)); L.step(EX == 1)
EX2 = sp.integrate(x ** 2 * p1, (x, 0, 1)) + sp.integrate(x ** 2 * p2, (x, 1, 2))
L.step(True, note="split integral"); L.step(EX2 == sp.Rational(1, 4) + sp.Rational(11, 12)); L.step(EX2 == sp.Rational(7, 6))
V = EX2 - EX ** 2
L.step(V == sp.Rational(7, 6) - 1); L.step(V == sp.Rational(1, 6)); L.step(rounds("0.1667", V)); L.step(True); L.step(rounds("0.4082", sp.sqrt(V)))
t = sp.symbols("t", real=True)
F = lambda v: sp.integrate(t, (t, 0, v)) if v <= 1 else sp.Rational(1, 2) + sp.integrate(2 - t, (t, 1, v))
L.step(F(R("1.5")) == R("1.5") / 2, note="x/2 on (1, 2] is right only at 1 and 2"); L.define(6)
L.step(F(1) == R("0.5") and R("1") / 2 == R("0.5")); L.step(F(2) == 1)
L.step(True); L.step(F(R("0.5")) == R("0.125"))
L.step(True); L.step(F(R("1.5")) == R("0.75"), carried=R("1.5") / 2 == R("0.75"))
L.step(F(R("1.5")) - F(R("0.5")) == R("0.75") - R("0.125"), carried=True); L.step(R("0.75") - R("0.125") == R("0.625"))
L.step(all(F(v) == 1 - (2 - v) ** 2 / 2 for v in (R("1.2"), R("1.7")))); L.step(F(R("1.5")) == R("0.875"))
L.define(note="equation"); L.step(sp.nsolve(1 - (2 - x) ** 2 / 2 - R("0.9"), x, R("1.5")) == R("1.8"), carried=R("1.8") / 2 == R("0.9"))
L.define(note="equation"); L.step(sp.simplify(1 - (2 - (2 - sp.sqrt(R("0.2")))) ** 2 / 2 - R("0.9")) == 0); L.step(rounds("1.5528", 2 - sp.sqrt(R("0.2"))))
L.define(note="R = max(0, Z)")
phi = sp.exp(-z ** 2 / 2) / sp.sqrt(2 * sp.pi)
ER = sp.integrate(z * phi, (z, 0, sp.oo)); ER2 = sp.integrate(z ** 2 * phi, (z, 0, sp.oo))
L.step(True); L.step(sp.simplify(ER - 1 / sp.sqrt(2 * sp.pi)) == 0); L.step(rounds("0.3989", ER))
L.step(True); L.step(ER2 == sp.Rational(1, 2))
VR = ER2 - ER ** 2
L.step(sp.simplify(VR - (sp.Rational(1, 2) - 1 / (2 * sp.pi))) == 0); L.step(rounds("0.3408", VR))
L.step(sp.simplify(VR - (ER2 - ER)) == 0, note="E[R]^2"); L.step(R("0.5") - R("0.3989") == R("0.1011")); L.step(True, note="= 0.1011 between the members")
L.step(True, note="P(R = 0) = P(Z <= 0)"); L.step(True, note="= 0.5")
L.step(True, note="E|Z| = 2 E[R] by symmetry"); L.step(rounds("0.7979", 2 * ER)); L.step(True)
ER3 = sp.integrate(z ** 3 * phi, (z, 0, sp.oo)); L.step(sp.simplify(ER3 - 1 / sp.sqrt(2 * sp.pi)) == 0, note="2/sqrt(2 pi)"); L.step(rounds("0.3989", 1 / sp.sqrt(2 * sp.pi)))
lam = R("0.5"); L.define(note="lambda")
uu = sp.symbols("uu", real=True)
def prox(v):
    cands = [v - lam, v + lam, 0]
    obj = lambda q: (q - v) ** 2 / 2 + lam * abs(q)
    feas = [q for q in cands if (q > 0 and q == v - lam) or (q < 0 and q == v + lam) or q == 0]
    return min(feas, key=obj)
wrongS = lambda v: v - lam if v > lam else (0 if abs(v) <= lam else v - lam)
L.define(note="S := argmin")
L.step(all(prox(v) == wrongS(v) for v in (R("1.2"), R("-0.3"), R("-2"))), note="v + lambda for v < -lambda"); L.define(3)
L.step(prox(R("1.2")) == R("0.7")); L.step(prox(R("-0.3")) == 0)
L.step(prox(R("-2")) == R("-2.5"), carried=wrongS(R("-2")) == R("-2.5"))
L.step(abs(prox(R("-2"))) - 2 == R("0.5"), carried=abs(wrongS(R("-2"))) - 2 == R("0.5"))
L.step(prox(R("-2")) == R("-1.5"))
L.done()
