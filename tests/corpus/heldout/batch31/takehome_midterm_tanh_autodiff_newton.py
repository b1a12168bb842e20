"""Labels for takehome_midterm_tanh_autodiff_newton.tex: a student's take-home midterm in nested `enumerate`
with (a), (b) parts (`\\renewcommand{\\labelenumii}`, `\\DeclareMathOperator{\\sech}`): tanh' by the quotient
rule, via sech^2 and via tanh x = 2 sigma(2x) - 1, tanh'' and tanh''', the cubic Taylor polynomial; a forward-mode
trace of f = x_1^2 x_2 + ln(1 + x_1 x_2) in `align*` with tangents, a second seed, a directional derivative and
dual numbers; gradient descent and Newton's method on e^w - 2w with the order of convergence. Slips are listed in README.md (mistakes section)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch31/takehome_midterm_tanh_autodiff_newton.tex")
x = sp.symbols("x", real=True)
E, Em = sp.exp(x), sp.exp(-x)
th = sp.tanh(x)

# ---- 1 tanh
L.step(same(th, (E - Em) / (E + Em), [x], positive=False))
L.step(same(sp.diff(th, x), ((E + Em) * (E + Em) - (E - Em) * (E - Em)) / (E + Em) ** 2, [x], positive=False))
L.step(same(((E + Em) * (E + Em) - (E - Em) * (E - Em)), (E + Em) ** 2 - (E - Em) ** 2, [x], positive=False))
L.step(same(((E + Em) ** 2 - (E - Em) ** 2) / (E + Em) ** 2, 1 - ((E - Em) / (E + Em)) ** 2, [x], positive=False))
L.step(same(1 - ((E - Em) / (E + Em)) ** 2, 1 - th ** 2, [x], positive=False))
L.step(same((E + Em) ** 2 - (E - Em) ** 2, 4, [x], positive=False))
L.step(same(sp.diff(th, x), 4 / (E + Em) ** 2, [x], positive=False))
L.step(same(4 / (E + Em) ** 2, sp.sech(x) ** 2, [x], positive=False))
t5 = sp.tanh(R("0.5"))
d1 = 1 - t5 ** 2
L.step(rounds("0.4621", t5))
L.step(substituted(d1, lambda t: 1 - t ** 2, "~0.4621"))
L.step(rounds("0.2135", R("0.4621") ** 2)); L.step(1 - R("0.2135") == R("0.7865"))
d2 = sp.diff(th, x, 2)
L.step(same(d2, sp.diff(1 - th ** 2, x), [x], positive=False))
L.step(same(sp.diff(1 - th ** 2, x), -2 * th, [x], positive=False), note="chain factor tanh' dropped")
L.step(rounds("-0.9242", d2.subs(x, R("0.5"))), carried=substituted(-2 * t5, lambda t: -2 * t, "~0.4621"))
L.step(-2 * R("0.4621") == R("-0.9242"))
L.step(d2.subs(x, 0) == 0)
L.step(all(sp.N(d2.subs(x, sp.Rational(k, 7))) < 0 for k in range(1, 60)))       # -2 tanh sech^2 < 0 for x > 0
L.define(note="x > 0")
sg = lambda z: 1 / (1 + sp.exp(-z))
L.step(same(2 * sg(2 * x) - 1, 2 / (1 + sp.exp(-2 * x)) - 1, [x], positive=False))
L.step(same(2 / (1 + sp.exp(-2 * x)) - 1, (1 - sp.exp(-2 * x)) / (1 + sp.exp(-2 * x)), [x], positive=False))
L.step(same((1 - sp.exp(-2 * x)) / (1 + sp.exp(-2 * x)), (E - Em) / (E + Em), [x], positive=False))
L.step(same((E - Em) / (E + Em), th, [x], positive=False))
u = sp.symbols("u", real=True)
sgp = sp.diff(sg(u), u)
L.step(same(sp.diff(th, x), 2 * 2 * sgp.subs(u, 2 * x), [x], positive=False))
L.step(same(4 * sgp.subs(u, 2 * x), 4 * sg(2 * x) * (1 - sg(2 * x)), [x], positive=False))
L.define(note="x = 0.5")
L.step(substituted(4 * sg(1) * (1 - sg(1)), lambda a, b: 4 * a * b, "~0.7311", "~0.2689"))
L.step(rounds("0.7864", 4 * R("0.7311") * R("0.2689")))
d3 = sp.diff(th, x, 3)
L.step(same(d3, -2 * sp.diff(th, x), [x], positive=False), carried=same(sp.diff(-2 * th, x), -2 * sp.diff(th, x), [x], positive=False))
L.step(same(-2 * sp.diff(th, x), -2 * (1 - th ** 2), [x], positive=False))
L.step(d3.subs(x, 0) == -2)
L.step(sp.tanh(0) == 0); L.step(sp.diff(th, x).subs(x, 0) == 1)
T3 = sp.series(th, x, 0, 4).removeO()
L.define(note="T_3 := Taylor polynomial")
L.step(sp.expand(T3 - (x - x ** 3 / 3)) == 0)
L.step(substituted(T3.subs(x, R("0.5")), lambda c: R("0.5") - c, "~0.0417"))
L.step(R("0.5") - R("0.0417") == R("0.4583")); L.step(R("0.4583") - R("0.4621") == R("-0.0038"))
L.step(rounds("0.0042", sp.Rational(2, 15) * R("0.5") ** 5) and sp.series(th, x, 0, 6).removeO().coeff(x, 5) == sp.Rational(2, 15))

# ---- 2 forward mode
x1, x2 = sp.symbols("x1 x2", positive=True)
f = x1 ** 2 * x2 + sp.log(1 + x1 * x2)
P = {x1: 2, x2: R("0.5")}
L.define(note="f")
L.define(4, "v_-1, x_1, dot v_-1, seed"); L.define(4, "v_0, x_2, dot v_0, seed")
v = {-1: sp.Integer(2), 0: R("0.5")}
dv = {-1: 1, 0: 0}
v[1] = v[-1] ** 2; dv[1] = 2 * v[-1] * dv[-1]
L.define(note="v_1"); L.step(v[1] == 4); L.step(True, note="tangent rule of a square"); L.step(dv[1] == 4)
v[2] = v[1] * v[0]; dv[2] = dv[1] * v[0] + v[1] * dv[0]
L.define(note="v_2"); L.step(v[2] == 2); L.step(True, note="product rule"); L.step(dv[2] == 2)
v[3] = v[-1] * v[0]; dv[3] = dv[-1] * v[0] + v[-1] * dv[0]
L.define(note="v_3"); L.step(v[3] == 1); L.step(True, note="product rule"); L.step(dv[3] == R("0.5"))
v[4] = sp.log(1 + v[3]); dv[4] = dv[3] / (1 + v[3])
L.define(note="v_4"); L.step(rounds("0.6931", v[4])); L.step(True, note="d ln(1 + u) = du / (1 + u)"); L.step(dv[4] == R("0.25"))
v[5] = v[2] + v[4]; dv[5] = dv[2] + dv[4]
L.define(note="v_5"); L.step(rounds("2.6931", v[5])); L.step(True, note="sum rule"); L.step(dv[5] == R("2.25"))
fx1, fx2 = sp.diff(f, x1).subs(P), sp.diff(f, x2).subs(P)
L.step(f.subs(P) == v[5]); L.step(rounds("2.6931", v[5])); L.step(fx1 == dv[5]); L.step(dv[5] == R("2.25"))
L.define(2, "seed (0, 1)")
w = {-1: 0, 0: 1}
w[1] = 2 * v[-1] * w[-1]; w[2] = w[1] * v[0] + v[1] * w[0]; w[3] = w[-1] * v[0] + v[-1] * w[0]
w[4] = w[3] / (1 + v[3]); w[5] = w[2] + w[4]
L.step(True, note="tangent rule"); L.step(w[1] == 0)
L.step(True, note="product rule"); L.step(w[1] * v[0] + v[1] * w[0] == 0 + 4); L.step(w[2] == 4)
L.step(True, note="product rule"); L.step(w[3] == 2)
L.step(w[4] == w[3] / v[3], note="1 + v_3"); L.step(w[3] / v[3] == sp.Rational(2, 1)); L.step(sp.Rational(2, 1) == 2)
L.step(True, note="sum rule")
wrong4 = w[3] / v[3]
L.step(w[2] + w[4] == 4 + 2, carried=w[2] + wrong4 == 4 + 2); L.step(4 + 2 == 6)
L.step(fx2 == 6, carried=w[2] + wrong4 == 6)
L.step(fx1 == R("2.25") and fx2 == 6, carried=w[2] + wrong4 == 6)
L.step(R("0.6") ** 2 + R("0.8") ** 2 == R("0.36") + R("0.64")); L.step(sp.sqrt(R("0.36") + R("0.64")) == 1)
L.define(note="seed = u")
Du = fx1 * R("0.6") + fx2 * R("0.8")
L.step(True, note="D_u f = grad f . u")
L.step(Du == R("0.6") * R("2.25") + R("0.8") * 6, carried=True)
L.step(R("0.6") * R("2.25") == R("1.35") and R("0.8") * 6 == R("4.8")); L.step(R("1.35") + R("4.8") == R("6.15"))
# dual numbers: equal iff same value and same eps-part (first derivative in eps at 0)
e = sp.symbols("e", real=True)
a, b, c, d = sp.symbols("a b c d", positive=True)
dual = lambda expr: (sp.simplify(expr.subs(e, 0)), sp.simplify(sp.diff(expr, e).subs(e, 0)))
L.define(2, "x = a + b eps, eps^2 = 0")
L.step(dual((a + b * e) * (c + d * e)) == dual(a * c + (a * d + b * c) * e))
L.step(dual(sp.log(a + b * e)) == dual(sp.log(a) + b / a * e))
lhs = f.subs({x1: 2 + e, x2: R("0.5")})
m1 = R("0.5") * (2 + e) ** 2 + sp.log(1 + R("0.5") * (2 + e))
m2 = R("0.5") * (4 + 4 * e) + sp.log(2 + R("0.5") * e)
L.step(dual(lhs) == dual(m1)); L.step(dual(m1) == dual(m2))
m3r, m3e = 2 + sp.log(2), 2 + R("0.25")
L.step(dual(m2) == (m3r, m3e) and rounds("0.6931", sp.log(2)))
L.step(R("2") + R("0.6931") == R("2.6931") and R("2") + R("0.25") == R("2.25"))

# ---- 3 GD and Newton on g = e^w - 2w
wv = sp.symbols("w", real=True)
g = sp.exp(wv) - 2 * wv
gp, gpp = sp.diff(g, wv), sp.diff(g, wv, 2)
L.define(note="g")
L.step(same(gp, sp.exp(wv) - 2, [wv], positive=False)); L.step(same(gpp, sp.exp(wv), [wv], positive=False)); L.step(True, note="e^w > 0")
ws = sp.solve(gp, wv)[0]
L.step(ws == sp.log(2)); L.step(rounds("0.6931", sp.log(2)))
L.step(sp.simplify(g.subs(wv, ws) - (2 - 2 * sp.log(2))) == 0); L.step(rounds("0.6137", 2 - 2 * sp.log(2)))
eta = R("0.4")
L.define(note="GD rule")
L.step(True, note="eta = 0.4, g' = e^w - 2")
gd = [sp.Integer(0)]
for _ in range(3):
    gd.append(gd[-1] - eta * gp.subs(wv, gd[-1]))
L.step(gd[1] == 0 - eta * (1 - 2)); L.step(gd[1] == R("0.4"))
L.step(substituted(gd[2], lambda ee: R("0.4") - eta * (ee - 2), "~1.4918") and rounds("1.4918", sp.exp(R("0.4"))))
L.step(rounds("0.2033", -eta * (R("1.4918") - 2))); L.step(R("0.4") + R("0.2033") == R("0.6033"))
L.step(substituted(gd[3], lambda ww, ee: ww - eta * (ee - 2), "~0.6033", "~1.8281") and rounds("1.8281", sp.exp(R("0.6033"))))
L.step(rounds("0.0688", -eta * (R("1.8281") - 2))); L.step(R("0.6033") + R("0.0688") == R("0.6721"))
L.step(abs(1 - eta * gpp.subs(wv, ws)) == abs(1 - R("0.4") * 2)); L.step(abs(1 - R("0.4") * 2) == R("0.2"))
L.step(R("0.4") < 2 / gpp.subs(wv, ws)); L.step(2 / gpp.subs(wv, ws) == 1)
newton = wv - gp / gpp
L.define(note="Newton rule"); L.step(same(newton, wv - (sp.exp(wv) - 2) / sp.exp(wv), [wv], positive=False))
L.step(same(wv - (sp.exp(wv) - 2) / sp.exp(wv), wv - 1 + 2 * sp.exp(-wv), [wv], positive=False))
nw = [sp.Integer(0)]
for _ in range(3):
    nw.append(newton.subs(wv, nw[-1]))
L.step(nw[1] == 0 - 1 + 2); L.step(nw[1] == 1)
L.step(sp.simplify(nw[2] - (1 - 1 + 2 * sp.exp(-1))) == 0); L.step(rounds("0.7358", nw[2]))
L.step(substituted(nw[3], lambda ww: ww - 1 + 2 * sp.exp(-ww), "~0.7358"))
L.step(rounds("-0.2642", R("0.7358") - 1) and rounds("0.9538", 2 * sp.exp(R("-0.7358"))), note="0.9583")
L.step(R("-0.2642") + R("0.9538") == R("0.6896"))
err = [ww - sp.log(2) for ww in nw]
L.define(note="e_k")
L.step(rounds("0.3069", err[1], R("1") - R("0.6931"))); L.step(rounds("0.0427", err[2], R("0.7358") - R("0.6931")))
L.step(rounds("-0.0035", err[3]), carried=R("0.6896") - R("0.6931") == R("-0.0035"))
L.step(True, note="Newton: e_{k+1} ~ g'''/(2 g'') e_k^2")
L.step(sp.simplify(sp.diff(g, wv, 3) / (2 * gpp)) == sp.Rational(1, 2))
L.step(substituted(err[2] / err[1] ** 2, lambda p, q: p / q, "~0.0427", "~0.0942") and rounds("0.0942", R("0.3069") ** 2))
L.step(rounds("0.4533", R("0.0427") / R("0.0942")))
L.step(substituted(abs(err[3]) / err[2] ** 2, lambda p, q: p / q, "~0.0035", "~0.0018"),
       carried=substituted(R("0.0035") / err[2] ** 2, lambda p, q: p / q, "~0.0035", "~0.0018"))
L.step(rounds("1.9444", R("0.0035") / R("0.0018")))
L.step(rounds("0.0035", abs(err[3])), carried=True)
L.step(R("0.0035") < abs(gd[3] - sp.log(2)))
L.step(rounds("0.0210", abs(gd[3] - sp.log(2)), R("0.6931") - R("0.6721")))

L.done()
