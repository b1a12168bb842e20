"""Labels for math_circle_handout_limits_series_areas_tanh_dice.tex: a high-school math circle's
handout with last week's whiteboard solutions typed up as written (pairs of students by first name)
and the leader's comments in grey boxes: limits (by e^x ~ 1 + 3x, dividing by x^2, a double-angle
identity, (1 + 2/n)^{3n}, a conjugate, a numeric check), geometric series, a repeating decimal, a
telescoping sum, sum k/2^k by differentiating, finite sums, the series for e; areas (improper
integral, sine arch, substitution, by parts, arctan); sinh/cosh/tanh (cosh^2 - sinh^2, derivatives,
tanh' by the quotient rule two ways, the logistic link, limits, oddness, artanh); dice (E, Var, a
linear game, a sum, a product, the wait for a six). Slips: (e^2)^3 = e^5; 1/(k(k + 2)) = 1/k -
1/(k + 2) without the 1/2 (S_n and its limit carried); int x e^{x^2} without the 1/2 from du = 2x dx;
e^{-1} written 0.3697 (the tail 1 - 0.2606 carried); Theo's quotient rule with the terms swapped (his
value at 0.5 carried); d artanh/dy as 1/(1 + y^2); Var(2X - 3) = 4 Var X - 3 (the sd carried)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch52/math_circle_handout_limits_series_areas_tanh_dice.tex")
ok = lambda c, note="": L.step(bool(c), note=note)
x, n, k, th = sp.symbols("x n k theta", positive=True)
xr = sp.Symbol("xr", real=True)
oo = sp.oo

# 1. limits
ok(sp.limit((sp.exp(3 * x) - 1 - 3 * x) / x, x, 0) == 0, note="e^{3x} ~ 1 + 3x near 0")
ok(sp.limit((sp.exp(3 * x) - 1) / (2 * x), x, 0) == sp.limit(3 * x / (2 * x), x, 0)); ok(sp.Rational(3, 2) == sp.limit(3 * x / (2 * x), x, 0))
ok(sp.limit((2 * x ** 2 + 5 * x) / (3 * x ** 2 - 1), x, oo) == sp.limit((2 + 5 / x) / (3 - 1 / x ** 2), x, oo))
ok(sp.limit((2 + 5 / x) / (3 - 1 / x ** 2), x, oo) == sp.Rational(2, 3))
ok(same(1 - sp.cos(2 * th), 2 * sp.sin(th) ** 2, [th])); L.define(note="theta = 2x")
ok(same((1 - sp.cos(4 * x)) / x ** 2, 2 * sp.sin(2 * x) ** 2 / x ** 2, [x]))
ok(sp.limit(2 * sp.sin(2 * x) ** 2 / x ** 2, x, 0) == 2 * 2 ** 2); ok(2 * 2 ** 2 == 8)
lim_d = sp.limit((1 + 2 / n) ** (3 * n), n, oo)
ok(lim_d == sp.limit((1 + 2 / n) ** n, n, oo) ** 3); ok(sp.limit((1 + 2 / n) ** n, n, oo) ** 3 == (sp.E ** 2) ** 3)
ok(sp.simplify((sp.E ** 2) ** 3 - sp.E ** 5) == 0, note="(e^2)^3 = e^6")
ok(rounds("148.41", sp.exp(5), approx=True))
f_e = sp.sqrt(x ** 2 + 6 * x) - x
ok(same(f_e, 6 * x / (sp.sqrt(x ** 2 + 6 * x) + x), [x])); ok(same(6 * x / (sp.sqrt(x ** 2 + 6 * x) + x), 6 / (sp.sqrt(1 + 6 / x) + 1), [x]))
ok(sp.limit(6 / (sp.sqrt(1 + 6 / x) + 1), x, oo) == sp.Rational(6, 2)); ok(sp.Rational(6, 2) == 3 and sp.limit(f_e, x, oo) == 3)
L.define(note="x = 100"); ok(rounds("2.9563", sp.sqrt(10600) - 100))
ok(sp.simplify((sp.E ** 2) ** 3 - sp.E ** (2 * 3)) == 0); ok(sp.E ** (2 * 3) == sp.E ** 6); ok(rounds("403.43", sp.exp(6), approx=True))
L.define(note="n = 1000"); ok(rounds("401.02", R("1.002") ** 3000, approx=True))

# 2. series
ok(sp.summation(sp.Rational(2, 5) ** k, (k, 0, oo)) == 1 / (1 - sp.Rational(2, 5))); ok(1 / (1 - sp.Rational(2, 5)) == sp.Rational(5, 3))
ok(sp.summation(3 / sp.Integer(4) ** k, (k, 1, oo)) == sp.Rational(3, 4) / (1 - sp.Rational(1, 4))); ok(sp.Rational(3, 4) / (1 - sp.Rational(1, 4)) == 1)
ok(sp.summation(sp.Rational(36, 1) / sp.Integer(100) ** k, (k, 1, oo)) == sp.Rational(36, 99), note="0.3636... = sum 36/100^k")
ok(sp.summation(sp.Rational(36, 1) / sp.Integer(100) ** k, (k, 1, oo)) == sp.Rational(36, 100) / (1 - sp.Rational(1, 100)))
ok(sp.Rational(36, 100) / (1 - sp.Rational(1, 100)) == sp.Rational(36, 99)); ok(sp.Rational(36, 99) == sp.Rational(4, 11))
kk = sp.Symbol("kk", positive=True)
ok(same(1 / (kk * (kk + 2)), 1 / kk - 1 / (kk + 2), [kk]), note="needs a factor 1/2")
L.define(note="S_n :=")
Sn = sp.summation(1 / (k * (k + 2)), (k, 1, n))
ww = sp.summation(1 / k - 1 / (k + 2), (k, 1, n))
L.step(same(Sn, ww, [n]), carried=True)
ok(all(sp.summation(1 / k - 1 / (k + 2), (k, 1, N)) == 1 + sp.Rational(1, 2) - sp.Rational(1, N + 1) - sp.Rational(1, N + 2) for N in range(1, 12)))
ok_lim = sp.limit(Sn, n, oo)
L.step(ok_lim == sp.Rational(3, 2), carried=sp.limit(1 + sp.Rational(1, 2) - 1 / (n + 1) - 1 / (n + 2), n, oo) == sp.Rational(3, 2))
ok(sp.summation(k * x ** (k - 1), (k, 1, oo)).subs(x, sp.Rational(1, 3)) == 1 / (1 - sp.Rational(1, 3)) ** 2
   and sp.summation(k * sp.Rational(1, 5) ** (k - 1), (k, 1, oo)) == 1 / (1 - sp.Rational(1, 5)) ** 2)
L.define(note="|x| < 1")
ok(sp.summation(k / sp.Integer(2) ** k, (k, 1, oo)) == (x / (1 - x) ** 2).subs(x, sp.Rational(1, 2)))
ok((x / (1 - x) ** 2).subs(x, sp.Rational(1, 2)) == sp.Rational(1, 2) / sp.Rational(1, 4)); ok(sp.Rational(1, 2) / sp.Rational(1, 4) == 2)
ok(sp.simplify(sp.summation(2 * k - 1, (k, 1, n)) - n ** 2) == 0)
ok(sp.summation(k ** 2, (k, 1, 10)) == sp.Rational(10 * 11 * 21, 6)); ok(sp.Rational(10 * 11 * 21, 6) == 385)
ok(sp.summation(1 / sp.factorial(k), (k, 0, oo)) == sp.E)
part = sum(sp.Rational(1, sp.factorial(j)) for j in range(6))
ok(substituted(part, lambda a, b, c: 1 + 1 + R("0.5") + a + b + c, "~0.1667", "~0.0417", "~0.0083") and rounds("2.7167", R("2.5") + R("0.1667") + R("0.0417") + R("0.0083")))
ok(rounds("2.7183", sp.E, approx=True))
ok(same(1 / kk - 1 / (kk + 2), 2 / (kk * (kk + 2)), [kk]))
S2 = sp.Rational(1, 3) + sp.Rational(1, 8)
ok(Sn.subs(n, 2) == S2); ok(S2 == sp.Rational(11, 24)); ok(rounds("0.4583", S2, approx=True))
f2 = 1 + sp.Rational(1, 2) - sp.Rational(1, 3) - sp.Rational(1, 4)
ok(f2 == sp.Rational(11, 12)); ok(rounds("0.9167", f2, approx=True))
ok(same(1 / (kk * (kk + 2)), (1 / kk - 1 / (kk + 2)) / 2, [kk]))
ok(all(Sn.subs(n, N) == (sp.Rational(3, 2) - sp.Rational(1, N + 1) - sp.Rational(1, N + 2)) / 2 for N in range(1, 12)))
ok(ok_lim == sp.Rational(3, 4))

# 3. areas
b = sp.Symbol("b", positive=True)
ok(sp.integrate(1 / x ** 2, (x, 1, oo)) == sp.limit((-1 / x).subs(x, b) - (-1 / x).subs(x, 1), b, oo))
ok(same((-1 / b) + 1, 1 - 1 / b, [b])); ok(sp.limit(1 - 1 / b, b, oo) == 1)
ok(sp.integrate(sp.sin(x), (x, 0, sp.pi)) == -sp.cos(sp.pi) + sp.cos(0)); ok(-sp.cos(sp.pi) + sp.cos(0) == 1 + 1); ok(1 + 1 == 2)
L.define(2, "u = x^2, du = 2x dx")
I_c = sp.integrate(x * sp.exp(x ** 2), (x, 0, 2))
u = sp.Symbol("u", positive=True)
ok(sp.simplify(I_c - sp.integrate(sp.exp(u), (u, 0, 4))) == 0, note="missing 1/2")
ok(sp.integrate(sp.exp(u), (u, 0, 4)) == sp.exp(4) - 1); ok(rounds("53.598", sp.exp(4) - 1, approx=True))
L.define(2, "u = x, dv"); ok(sp.diff(-sp.exp(-x), x) == sp.exp(-x))
I_d = sp.integrate(x * sp.exp(-x), (x, 0, 1))
ok(sp.simplify(I_d - ((-1 * sp.exp(-1) - 0) + sp.integrate(sp.exp(-x), (x, 0, 1)))) == 0)
ok(sp.simplify(-sp.exp(-1) + sp.integrate(sp.exp(-x), (x, 0, 1)) - (-sp.exp(-1) + 1 - sp.exp(-1))) == 0)
ok(sp.simplify(-sp.exp(-1) + 1 - sp.exp(-1) - (1 - 2 * sp.exp(-1))) == 0)
ok(substituted(1 - 2 * sp.exp(-1), lambda a: 1 - 2 * a, "~0.3697"), note="e^{-1} = 0.3679")
ok(1 - 2 * R("0.3697") == R("0.2606"))
ok(sp.integrate(x * sp.exp(-x), (x, 0, oo)) == 1); L.define(note="x = 1")
tail = sp.integrate(x * sp.exp(-x), (x, 1, oo))
L.step(substituted(tail, lambda a: 1 - a, "~0.2606"), carried=True); ok(1 - R("0.2606") == R("0.7394"))
ok(sp.integrate(4 / (1 + x ** 2), (x, 0, 1)) == 4 * sp.atan(1)); ok(4 * sp.atan(1) == sp.pi)
ok(True, "du = 2x dx for u = x^2"); ok(True, "x dx = du/2"); ok(rounds("26.799", (sp.exp(4) - 1) / 2, approx=True) and sp.simplify(I_c - (sp.exp(4) - 1) / 2) == 0)
ok(rounds("0.3679", sp.exp(-1))); ok(rounds("0.2642", I_d, approx=True)); ok(rounds("0.7358", tail, approx=True) and sp.simplify(tail - 2 * sp.exp(-1)) == 0)

# 4. tanh
L.define(3, "sinh, cosh, tanh")
sh, ch = (sp.exp(xr) - sp.exp(-xr)) / 2, (sp.exp(xr) + sp.exp(-xr)) / 2
tnh = sh / ch
ok(same(ch ** 2 - sh ** 2, ((sp.exp(2 * xr) + 2 + sp.exp(-2 * xr)) - (sp.exp(2 * xr) - 2 + sp.exp(-2 * xr))) / 4, positive=False))
ok(sp.simplify(((sp.exp(2 * xr) + 2 + sp.exp(-2 * xr)) - (sp.exp(2 * xr) - 2 + sp.exp(-2 * xr))) - 4) == 0); ok(sp.Rational(1, 4) * 4 == 1)
ok(same(sp.diff(sh, xr), ch, positive=False)); ok(same(sp.diff(ch, xr), sh, positive=False))
dt = sp.diff(tnh, xr)
ok(same(dt, (sh * sh - ch * ch) / ch ** 2, positive=False), note="quotient rule order")
ok(same((sh * sh - ch * ch) / ch ** 2, -1 / ch ** 2, positive=False)); ok(same(-1 / ch ** 2, tnh ** 2 - 1, positive=False))
t05 = sp.tanh(R("0.5"))
ok(rounds("0.4621", t05))
L.step(substituted(dt.subs(xr, R("0.5")), lambda a: a ** 2 - 1, "~0.4621"), carried=True)
ok(rounds("0.2135", R("0.4621") ** 2)); ok(R("0.2135") - 1 == R("-0.7865"))
ok(same(dt, (ch ** 2 - sh ** 2) / ch ** 2, positive=False)); ok(same((ch ** 2 - sh ** 2) / ch ** 2, 1 / ch ** 2, positive=False))
ok(same(1 / ch ** 2, 1 - tnh ** 2, positive=False))
ok(substituted(dt.subs(xr, R("0.5")), lambda a: 1 - a, "~0.2135")); ok(1 - R("0.2135") == R("0.7865"))
sig = lambda z: 1 / (1 + sp.exp(-z))
L.define(note="sigma")
ok(same(2 * sig(2 * xr) - 1, 2 / (1 + sp.exp(-2 * xr)) - 1, positive=False))
ok(same(2 / (1 + sp.exp(-2 * xr)) - 1, (1 - sp.exp(-2 * xr)) / (1 + sp.exp(-2 * xr)), positive=False))
ok(same((1 - sp.exp(-2 * xr)) / (1 + sp.exp(-2 * xr)), tnh, positive=False))
ds = sp.diff(sig(xr), xr)
ok(same(ds, sp.exp(-xr) / (1 + sp.exp(-xr)) ** 2, positive=False)); ok(same(ds, sig(xr) * (1 - sig(xr)), positive=False))
ok(same(dt, 4 * ds.subs(xr, 2 * xr), positive=False))
L.define(note="x = 0.5")
ok(rounds("0.7311", sig(1))); ok(substituted(ds.subs(xr, 1), lambda a, c: a * c, "~0.7311", "~0.2689") and rounds("0.2689", 1 - sig(1)))
ok(rounds("0.1966", R("0.7311") * R("0.2689"))); ok(rounds("0.7864", 4 * R("0.1966")) and rounds("0.7864", dt.subs(xr, R("0.5"))))
ok(sp.limit(sp.tanh(x), x, oo) == 1); ok(sp.limit(sp.tanh(-x), x, oo) == -1); ok(same(tnh.subs(xr, -xr), -tnh, positive=False))
L.define(note="y = tanh x")
yy = sp.Symbol("yy", positive=True)
ok(same(sp.log((1 + tnh) / (1 - tnh)) / 2, xr, positive=False))
dxdy = sp.diff(sp.log((1 + yy) / (1 - yy)) / 2, yy)
at_y = lambda e1, e2: all(abs(sp.N((e1 - e2).subs(yy, v), 30)) < 1e-20 for v in (R("0.1"), R("0.5"), R("0.9")))   # |y| < 1
ok(at_y(dxdy, 1 / (1 + yy ** 2)), note="1/(1 - y^2)")
f_, g_ = sp.Function("f")(xr), sp.Function("g")(xr)
ok(sp.simplify(sp.diff(f_ / g_, xr) - (sp.diff(f_, xr) * g_ - f_ * sp.diff(g_, xr)) / g_ ** 2) == 0)
L.define(2, "f = sinh, g = cosh")
ok(same(dt, 1 / ch ** 2, positive=False)); ok(True, "sech^2 > 0")
ok(at_y(dxdy, 1 / (1 - yy ** 2)))
ok(all(abs(sp.N((1 / (1 - tnh ** 2) - 1 / dt).subs(xr, v), 30)) < 1e-20 for v in (R("-1.3"), R("0.2"), R("2.1"))))

# 5. dice
faces = range(1, 7)
EX = sp.Rational(sum(faces), 6); EX2 = sp.Rational(sum(f * f for f in faces), 6); VX = EX2 - EX ** 2
ok(EX == sp.Rational(1 + 2 + 3 + 4 + 5 + 6, 6)); ok(EX == sp.Rational(21, 6)); ok(EX == R("3.5")); ok(EX2 == sp.Rational(91, 6)); ok(rounds("15.1667", EX2, approx=True))
ok(True, "Var = E X^2 - (E X)^2"); ok(substituted(VX, lambda a: a - R("12.25"), "~15.1667")); ok(rounds("2.9167", R("15.1667") - R("12.25"), VX))
L.define(note="W = 2X - 3"); ok(2 * EX - 3 == 2 * R("3.5") - 3); ok(2 * R("3.5") - 3 == 4)
VW = 4 * VX
ok(same(VW, 4 * VX - 3), note="constant shift does not change Var")
ok(substituted(4 * VX - 3, lambda a: 4 * a - 3, "~2.9167")); ok(4 * R("2.9167") - 3 == R("8.6668"))
L.step(substituted(sp.sqrt(VW), lambda a: sp.sqrt(a), "~8.6668"), carried=True); ok(rounds("2.9439", sp.sqrt(R("8.6668"))))
L.define(note="S = X + Y"); ok(2 * EX == 7); ok(True, "Var of independent sum"); ok(substituted(2 * VX, lambda a: 2 * a, "~2.9167")); ok(2 * R("2.9167") == R("5.8334"))
ok(True, "independence: E[XY] = E X E Y"); ok(EX * EX == R("3.5") ** 2); ok(R("3.5") ** 2 == R("12.25"))
L.define(note="P(N = k) geometric")
p6 = sp.Rational(1, 6)
EN = sp.summation(k * (1 - p6) ** (k - 1) * p6, (k, 1, oo))
ok(True, "E N as the series"); ok(EN == p6 / (1 - sp.Rational(5, 6)) ** 2); ok(p6 / (1 - sp.Rational(5, 6)) ** 2 == p6 * 36); ok(p6 * 36 == 6 and EN == 6)
VN = sp.summation(k ** 2 * (1 - p6) ** (k - 1) * p6, (k, 1, oo)) - EN ** 2
ok(VN == (1 - p6) / p6 ** 2); ok((1 - p6) / p6 ** 2 == sp.Rational(5, 6) / sp.Rational(1, 36)); ok(VN == 30)
ok(VW == 4 * VX); ok(rounds("11.6667", VW)); ok(rounds("3.4157", sp.sqrt(VW)))
ok(rounds("5.8333", sp.Rational(35, 6), approx=True) and 2 * VX == sp.Rational(35, 6))
L.define(2, "n = 1, n = 2")
L.done()
