"""Labels for answer_key_ps8_marginpar_limits_gd_newton_momentum.tex: a TA's answer key annotated for the grading
team (`\\marginpar` notes on partial credit and common errors, "common wrong answers" paragraphs, a head TA's boxed
erratum). Limits by l'Hopital and by logs; gradient descent, Newton and heavy-ball momentum on e^w - 3w with error
tables and rate constants; a 2-D quadratic (inverse, minimiser, eigenvalues, two GD steps, the best fixed step,
condition number, ten-step error); forward and central differences with their Taylor error terms and numbers at
e^x; the Poisson MLE by Newton's method. Slips: (1 - cos 2x)/x^2 -> 1 (a factor 2 dropped); the third GD iterate
0.8982 typed 0.8928 (carried into e3); 0.4472^10 as 0.0032 (carried into the ten-step error); the central
difference's error with h^2/2 (carried into the predicted error); lambda3 as 2.3687 (carried into e3); common wrong
answers (e^{1/2}, x^2 + 1, Newton upside down)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch41/answer_key_ps8_marginpar_limits_gd_newton_momentum.tex")
x, t, h = sp.symbols("x t h", positive=True)
lim = lambda e, pt=0, d="+": sp.limit(e, x, pt, d)
# Problem 1
L.step(lim((sp.exp(x) - 1 - x) / x ** 2) == lim((sp.exp(x) - 1) / (2 * x)))
L.step(lim((sp.exp(x) - 1) / (2 * x)) == lim(sp.exp(x) / 2)); L.step(lim(sp.exp(x) / 2) == sp.Rational(1, 2))
L.step(same(x * sp.log(1 + 2 / x), 2 * sp.log(1 + 2 / x) / (2 / x)))
L.step(sp.limit((1 + 2 / x) ** x, x, sp.oo) == sp.exp(2))
c1 = lim((1 - sp.cos(2 * x)) / x ** 2)
L.step(c1 == lim(2 * sp.sin(2 * x) / (2 * x))); L.step(c1 == 1, note="= 2")
e1 = lim((sp.log(1 + x) - x) / x ** 2)
L.step(e1 == lim((1 / (1 + x) - 1) / (2 * x))); L.step(e1 == lim(-1 / (2 * (1 + x)))); L.step(e1 == -sp.Rational(1, 2))
f1 = lim(x * sp.log(x))
L.step(f1 == lim(sp.log(x) / (1 / x))); L.step(f1 == lim((1 / x) / (-1 / x ** 2))); L.step(f1 == lim(-x)); L.step(f1 == 0)
L.step(lim((x ** 3 - 1) / (x - 1), 1) == lim(x ** 2 + x + 1, 1)); L.step(lim(x ** 2 + x + 1, 1) == 3)
L.step(sp.limit((1 + 2 / x) ** x, x, sp.oo) == sp.exp(sp.Rational(1, 2)))
L.step(same((x ** 3 - 1) / (x - 1), x ** 2 + 1))
# Problem 2
w = sp.symbols("w", real=True)
f = sp.exp(w) - 3 * w
fp, fpp = sp.diff(f, w), sp.diff(f, w, 2)
L.step(same(fp, sp.exp(w) - 3, positive=False)); L.step(same(fpp, sp.exp(w), positive=False)); L.step(True, note="e^w > 0")
ws = sp.log(3)
L.define(note="f' = 0"); L.step(sp.solve(fp, w) == [ws]); L.step(rounds("1.0986", ws))
L.step(sp.simplify(f.subs(w, ws) - (3 - 3 * sp.log(3))) == 0); L.step(rounds("-0.2958", f.subs(w, ws)))
L.define(3, "GD rule, eta, w0")
eta = R("0.2")
g = [sp.Integer(0)]
for _ in range(3):
    g.append(g[-1] - eta * fp.subs(w, g[-1]))
L.step(True, note="substitution"); L.step(eta * (1 - 3) == R("0.2") * (-2)); L.step(g[1] == R("0.4"))
L.step(True); L.step(rounds("1.4918", sp.exp(R("0.4")))); L.step(rounds("-1.5082", fp.subs(w, g[1])))
L.step(substituted(g[2], lambda p: R("0.4") - R("0.2") * p, "~-1.5082")); L.step(rounds("0.7016", g[2]))
L.step(substituted(fp.subs(w, g[2]), lambda p: sp.exp(p) - 3, "~0.7016")); L.step(rounds("2.0170", sp.exp(R("0.7016"))))
L.step(rounds("-0.9830", fp.subs(w, g[2])))
L.step(substituted(g[3], lambda p, q: p + R("0.2") * q, "~0.7016", "~0.9830")); L.step(R("0.2") * R("0.9830") == R("0.1966"))
L.step(rounds("0.8928", g[3], R("0.7016") + R("0.1966")), note="0.8982")
e = [ws - gi for gi in g]
L.define(note="e_k")
L.step(rounds("1.0986", e[0])); L.step(rounds("0.6986", e[1])); L.step(rounds("0.3970", e[2]))
L.step(substituted(e[3], lambda p, q: p - q, "~1.0986", "~0.8928"), carried=True); L.step(R("1.0986") - R("0.8928") == R("0.2058"))
L.step(1 - eta * fpp.subs(w, ws) == 1 - R("0.2") * 3); L.step(1 - R("0.2") * 3 == R("0.4"))
L.define(note="eta < 2/f''"); L.step(2 / fpp.subs(w, ws) == sp.Rational(2, 3)); L.step(rounds("0.6667", sp.Rational(2, 3)))
L.define(note="Newton rule")
L.step(same(w - fp / fpp, w - (sp.exp(w) - 3) / sp.exp(w), positive=False)); L.step(same(w - fp / fpp, w - 1 + 3 * sp.exp(-w), positive=False))
L.define(note="w0")
N = lambda p: p - 1 + 3 * sp.exp(-p)
n = [sp.Integer(0)]
for _ in range(4):
    n.append(N(n[-1]))
L.step(n[1] == 0 - 1 + 3); L.step(n[1] == 2)
L.step(True); L.step(substituted(n[2], lambda p: 1 + p, "~0.4060")); L.step(rounds("1.4060", n[2]))
L.step(substituted(n[3], N, "~1.4060")); L.step(substituted(n[3], lambda p, q: p + q, "~0.4060", "~0.7354") and rounds("0.7354", 3 * sp.exp(-R("1.4060"))))
L.step(rounds("1.1414", n[3]))
L.step(substituted(n[4], N, "~1.1414")); L.step(rounds("0.9581", 3 * sp.exp(-R("1.1414")))); L.step(rounds("1.0995", n[4], R("0.1414") + R("0.9581")))
d = [abs(ni - ws) for ni in n]
L.define(note="d_k")
L.step(substituted(d[1], lambda p: 2 - p, "~1.0986")); L.step(rounds("0.9014", d[1]))
L.step(rounds("0.3074", d[2])); L.step(rounds("0.0428", d[3])); L.step(rounds("0.0009", d[4]))
L.step(sp.simplify(sp.diff(f, w, 3) / (2 * fpp)) == sp.Rational(1, 2))
L.step(rounds("0.453", R("0.0428") / R("0.3074") ** 2)); L.step(rounds("0.49", R("0.0009") / R("0.0428") ** 2))
L.define(4, "momentum rules, beta, v0")
be = R("0.5")
v1 = fp.subs(w, 0); m1 = 0 - eta * v1
v2 = be * v1 + fp.subs(w, m1); m2 = m1 - eta * v2
L.step(True, note="v1 = f'(0) as v0 = 0"); L.step(v1 == -2); L.step(m1 == 0 - R("0.2") * (-2)); L.step(m1 == R("0.4"))
L.step(substituted(v2, lambda p: R("0.5") * (-2) + p, "~-1.5082")); L.step(rounds("-2.5082", v2))
L.step(substituted(m2, lambda p: R("0.4") - R("0.2") * p, "~-2.5082")); L.step(rounds("0.9016", m2))
L.step(False, note="Newton is w - f'/f''"); L.step(0 - sp.Integer(1) / (-2) == R("0.5")); L.step(True)
# Problem 3
A = sp.Matrix([[3, 1], [1, 2]]); b = sp.Matrix([1, 1])
L.define(3, "f, A, b")
L.step(A == A.T); L.step(True, note="Hessian A")
L.step(A.det() == 3 * 2 - 1 * 1); L.step(A.det() == 5)
ws2 = A.inv() * b
L.step(A.inv() == sp.Matrix([[2, -1], [-1, 3]]) / 5); L.step(True); L.step(ws2 == sp.Matrix([2 - 1, -1 + 3]) / 5); L.step(ws2 == sp.Matrix([R("0.2"), R("0.4")]))
fq = lambda v: ((v.T * A * v) / 2 - b.T * v)[0]
L.step(fq(ws2) == -(b.T * ws2)[0] / 2); L.step(fq(ws2) == -R("0.6") / 2); L.step(fq(ws2) == R("-0.3"))
lam = sp.symbols("lam")
ev = sorted(A.eigenvals().keys(), key=lambda z: sp.N(z))
L.define(note="char. eq."); L.step(set(ev) == {(5 + sp.sqrt(5)) / 2, (5 - sp.sqrt(5)) / 2})
L.step(rounds("3.618", ev[1])); L.step(rounds("1.382", ev[0]))
L.define(2, "eta, w0")
q0 = sp.zeros(2, 1)
gq = lambda v: A * v - b
q1 = q0 - eta * gq(q0)
L.step(gq(q0) == -b); L.step(gq(q0) == sp.Matrix([-1, -1])); L.step(q1 == sp.Matrix([R("0.2"), R("0.2")]))
q2 = q1 - eta * gq(q1)
L.step(True); L.step(gq(q1) == sp.Matrix([R("0.8") - 1, R("0.6") - 1])); L.step(gq(q1) == sp.Matrix([R("-0.2"), R("-0.4")]))
L.step(q2 == q1 - R("0.2") * sp.Matrix([R("-0.2"), R("-0.4")])); L.step(q2 == sp.Matrix([R("0.24"), R("0.28")]))
L.step(fq(q1) == (R("0.16") + R("0.12")) / 2 - R("0.4")); L.step(fq(q1) == R("-0.26"))
L.step(fq(q2) == R("0.464") / 2 - R("0.52")); L.step(fq(q2) == R("-0.288"))
L.step(True, note="optimal fixed step 2/(lmin + lmax)"); L.step(2 / (ev[0] + ev[1]) == sp.Rational(2, 5)); L.step(sp.Rational(2, 5) == R("0.4"))
kap = ev[1] / ev[0]
L.define(note="kappa"); L.step(rounds("2.618", kap))
rho = (kap - 1) / (kap + 1)
L.step(substituted(rho, lambda p, q: p / q, "~1.618", "~3.618")); L.step(rounds("0.4472", rho))
L.define(note="w0 = 0"); L.step(True, note="the GD bound with rho")
L.step(rounds("0.0032", R("0.4472") ** 10, rho ** 10), note="0.00032")
L.step(ws2.norm() == sp.sqrt(R("0.04") + R("0.16"))); L.step(rounds("0.4472", ws2.norm()))
L.step(sp.simplify(abs(1 - R("0.4") * ev[0]) - abs(1 - R("0.4") * ev[1])) == 0 and rounds("0.4472", abs(1 - R("0.4") * ev[0])))
q = q0
for _ in range(10):
    q = q - R("0.4") * gq(q)
err10 = (q - ws2).norm()
L.step(substituted(err10, lambda p, r: p * r, "~0.0032", "~0.4472"), carried=True); L.step(rounds("0.00143", R("0.0032") * R("0.4472")))
L.define(note="Newton rule"); L.step(sp.simplify(q0 - A.inv() * (A * q0 - b) - A.inv() * b) == sp.zeros(2, 1)); L.step(True)
# Problem 4
ff = sp.Function("f")
L.define(note="derivative as a limit")
y = sp.symbols("y", real=True)
g4 = sp.exp(2 * y) * sp.sin(y)                       # a test function
fw = ((g4.subs(y, y + h) - g4) / h).series(h, 0, 2).removeO()
L.step(sp.simplify(fw - (sp.diff(g4, y) + h / 2 * sp.diff(g4, y, 2))) == 0)
ce = ((g4.subs(y, y + h) - g4.subs(y, y - h)) / (2 * h)).series(h, 0, 3).removeO()
L.step(sp.simplify(ce - (sp.diff(g4, y) + h ** 2 / 2 * sp.diff(g4, y, 3))) == 0, note="h^2/6")
L.define(3, "f, x, h")
Df = (sp.exp(R("0.1")) - 1) / R("0.1"); Dc = (sp.exp(R("0.1")) - sp.exp(-R("0.1"))) / R("0.2")
L.define(note="D_f"); L.step(rounds("1.0517", Df)); L.step(rounds("0.0517", Df - 1))
L.step(rounds("0.05", Df - 1, approx=True)); L.step(R("0.1") / 2 == R("0.05"))
L.define(note="D_c"); L.step(rounds("1.0017", Dc)); L.step(rounds("0.0017", Dc - 1))
L.step(rounds("0.005", Dc - 1, approx=False), carried=True, note="h^2/6 = 0.0017"); L.step(R("0.01") / 2 == R("0.005"))
# Problem 5
lm = sp.symbols("lambda", positive=True)
L.define(2, "n, sum"); L.step(sp.Rational(12, 5) == R("2.4"))
ell = 12 * sp.log(lm) - 5 * lm
L.step(True, note="Poisson log-likelihood"); L.step(same(sp.diff(ell, lm), 12 / lm - 5)); L.step(same(sp.diff(ell, lm, 2), -12 / lm ** 2))
L.define(note="Newton rule")
step = lm - sp.diff(ell, lm) / sp.diff(ell, lm, 2)
L.step(same(step, lm + lm ** 2 / 12 * (12 / lm - 5))); L.step(same(step, lm * (2 - 5 * lm / 12)))
L.define(note="lambda0")
P = lambda p: p * (2 - 5 * p / 12)
lmb = [sp.Integer(1)]
for _ in range(3):
    lmb.append(P(lmb[-1]))
L.step(lmb[1] == 1 * (2 - sp.Rational(5, 12))); L.step(rounds("1.5833", lmb[1]))
L.step(substituted(lmb[2], lambda p, q: p * (2 - q), "~1.5833", "~0.6597") and rounds("0.6597", 5 * R("1.5833") / 12))
L.step(R("2") - R("0.6597") == R("1.3403")); L.step(rounds("2.1221", lmb[2], R("1.5833") * R("1.3403")))
L.step(substituted(lmb[3], lambda p, q: p * (2 - q), "~2.1221", "~0.8842") and rounds("0.8842", 5 * R("2.1221") / 12))
L.step(R("2") - R("0.8842") == R("1.1158")); L.step(rounds("2.3687", lmb[3], R("2.1221") * R("1.1158")), note="2.3678")
ee = [R("2.4") - li for li in lmb]
L.define(note="e_k")
L.step(ee[0] == R("1.4")); L.step(rounds("0.8167", ee[1])); L.step(rounds("0.2779", ee[2]))
L.step(substituted(ee[3], lambda p: R("2.4") - p, "~2.3687"), carried=True); L.step(R("2.4") - R("2.3687") == R("0.0313"))
L.step(same(R("2.4") - P(R("2.4") - t), t ** 2 / R("2.4"), positive=False)); L.step(rounds("0.8167", R("1.4") ** 2 / R("2.4")))
# erratum
L.step(same(2 * sp.sin(2 * x) / (2 * x), sp.sin(2 * x) / x)); L.step(c1 == 2); L.step(same(1 - sp.cos(2 * x), 2 * sp.sin(x) ** 2))
L.step(R("0.7016") + R("0.1966") == R("0.8982"))
L.step(substituted(e[3], lambda p, q: p - q, "~1.0986", "~0.8982")); L.step(rounds("0.2004", e[3], R("1.0986") - R("0.8982")))
L.step(rounds("0.50", e[3] / e[2]))
L.step(rounds("0.00032", rho ** 10, R("0.4472") ** 10))
L.step(substituted(err10, lambda p, r: p * r, "~0.00032", "~0.4472")); L.step(rounds("0.000143", R("0.00032") * R("0.4472")))
ce6 = ((g4.subs(y, y + h) - g4.subs(y, y - h)) / (2 * h) - sp.diff(g4, y)).series(h, 0, 3).removeO()
L.step(sp.simplify(ce6 - h ** 2 / 6 * sp.diff(g4, y, 3)) == 0); L.step(rounds("0.0017", R("0.01") / 6))
L.step(rounds("2.3678", R("2.1221") * R("1.1158"), lmb[3])); L.step(rounds("0.0322", ee[3])); L.step(rounds("0.0322", R("0.2779") ** 2 / R("2.4")))
L.done()
