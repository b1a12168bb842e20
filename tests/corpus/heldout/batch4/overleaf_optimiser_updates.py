"""Labels for overleaf_optimiser_updates.tex: an Overleaf homework (aligned inside \\[ \\], rows
ending in , and .): GD on (w - 3)^2, heavy-ball momentum with 0.9 x 4 taken as 3.4 (carried),
two Adam steps with the second bias correction 1 - beta1 instead of 1 - beta1^2 (carried), weight
decay, a penalty without the 1/2 differentiated wrongly (carried), L1 soft-thresholding vs L2."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, substituted  # noqa: E402

L = Labels("batch4/overleaf_optimiser_updates.tex")
w = sp.Symbol("w", real=True)
f = (w - 3) ** 2
fp = lambda v: sp.diff(f, w).subs(w, v)
L.define(2); L.step(sp.diff(f, w) == 2 * (w - 3)); L.step(True, note="g0 = f'(w0)"); L.step(fp(1) == -4)
eta = R("0.1")
w1 = 1 - eta * fp(1)
L.step(True, note="GD rule"); L.step(w1 == 1 - R("0.1") * (-4)); L.step(w1 == R("1.4"))
L.step(fp(w1) == 2 * (R("1.4") - 3)); L.step(2 * (R("1.4") - 3) == R("-3.4"))
w2 = w1 - eta * fp(w1)
L.step(w2 == R("1.4") - R("0.1") * R("-3.4"), carried=True); L.step(R("1.4") - R("0.1") * R("-3.4") == R("1.74"))
wt = sp.Symbol("w_t", real=True)
L.step(sp.expand(wt - eta * fp(wt) - 3 - (1 - 2 * eta) * (wt - 3)) == 0); L.step(1 - 2 * eta == R("0.8"))
wk = 1
for _ in range(10):
    wk = wk - eta * fp(wk)
L.step(wk == 3 - 2 * R("0.8") ** 9); L.step(rounds("2.7316", 3 - 2 * R("0.8") ** 9))
beta = R("0.9")
L.define(3)
v1 = beta * 0 + fp(1); mw1 = 1 - eta * v1
L.step(v1 == R("0.9") * 0 + (-4)); L.step(v1 == -4); L.step(mw1 == 1 - R("0.1") * (-4)); L.step(mw1 == R("1.4"))
v2 = beta * v1 + fp(mw1); mw2 = mw1 - eta * v2
L.step(v2 == R("0.9") * (-4) + R("-3.2")); L.step(R("0.9") * (-4) + R("-3.2") == R("-3.4") - R("3.2")); L.step(R("-3.4") - R("3.2") == R("-6.6"))
L.step(mw2 == R("1.4") - R("0.1") * R("-6.6"), carried=True); L.step(R("1.4") - R("0.1") * R("-6.6") == R("2.06"))
b1, b2 = R("0.9"), R("0.999")
g0 = fp(1)
m1, s1 = (1 - b1) * g0, (1 - b2) * g0 ** 2
L.step(True, note="m1 with m0 = 0"); L.step(m1 == R("0.1") * (-4)); L.step(m1 == R("-0.4"))
L.step(True, note="v1 with v0 = 0"); L.step(s1 == R("0.001") * 16); L.step(s1 == R("0.016"))
mh1, vh1 = m1 / (1 - b1), s1 / (1 - b2)
L.step(True, note="bias correction at t = 1"); L.step(mh1 == -4); L.step(True, note="bias correction at t = 1"); L.step(vh1 == 16)
aw1 = 1 - eta * mh1 / sp.sqrt(vh1)
L.step(True, note="Adam rule"); L.step(aw1 == 1 + R("0.1") * sp.Rational(4, 4)); L.step(aw1 == R("1.1"))
g1 = fp(aw1)
L.step(g1 == 2 * (R("1.1") - 3)); L.step(g1 == R("-3.8"))
m2, s2 = b1 * m1 + (1 - b1) * g1, b2 * s1 + (1 - b2) * g1 ** 2
L.step(m2 == R("0.9") * R("-0.4") + R("0.1") * R("-3.8")); L.step(m2 == R("-0.74"))
L.step(s2 == R("0.999") * R("0.016") + R("0.001") * R("14.44")); L.step(s2 == R("0.030424"))
mh2, vh2 = m2 / (1 - b1 ** 2), s2 / (1 - b2 ** 2)
L.step(mh2 == R("-0.74") / (1 - R("0.9")), note="t = 2 needs 1 - beta1^2"); L.step(R("-0.74") / R("0.1") == R("-7.4"))
L.step(vh2 == R("0.030424") / (1 - R("0.999") ** 2)); L.step(rounds("15.2196", vh2)); L.step(rounds("3.9012", sp.sqrt(vh2)))
aw2 = aw1 - eta * mh2 / sp.sqrt(vh2)
L.step(substituted(aw2, lambda m, r: R("1.1") - R("0.1") * m / r, "~-7.4", "~3.9012"), carried=True)
L.step(rounds("0.1897", R("0.74") / R("3.9012"))); L.step(R("1.1") + R("0.1897") == R("1.2897"))
lam = R("0.1")
ww1 = 1 - eta * (fp(1) + lam * 1)
L.step(ww1 == (1 - eta * lam) * 1 - eta * fp(1)); L.step((1 - eta * lam) * 1 - eta * fp(1) == R("0.99") + R("0.4")); L.step(R("0.99") + R("0.4") == R("1.39"))
wstar = sp.solve(sp.diff(f + lam / 2 * w ** 2, w), w)[0]
L.step(wstar == 6 / (2 + lam)); L.step(6 / (2 + lam) == 6 / R("2.1")); L.step(rounds("2.8571", 6 / R("2.1")))
L.step(sp.diff(lam * w ** 2, w) == lam * w)
wstar2 = sp.solve(sp.diff(f + lam * w ** 2, w), w)[0]
L.step(wstar2 == 6 / R("2.1"), carried=sp.solve(2 * (w - 3) + lam * w, w)[0] == 6 / R("2.1"))
L.step(True, note="subgradient of |w|"); L.define()
obj = lambda lam_: f + lam_ * sp.Abs(w)
grid = [sp.Rational(k, 100) for k in range(-100, 400)]
argmin = lambda lam_: min(grid, key=lambda v: obj(lam_).subs(w, v))
L.define(3); L.step(sp.solve(2 * (w - 3) + 1, w) == [R("2.5")] and argmin(1) == R("2.5"))
L.define(); L.step(argmin(8) == -1, note="3 - lambda/2 violates w > 0: the minimiser is 0"); L.step(3 - sp.Rational(8, 2) == -1)
L.define(); L.step(abs(fp(0)) == 6); L.step(6 <= 8)
L.step(argmin(8) == 0)
st = lambda lam_: sp.sign(3) * sp.Max(0, 3 - sp.Rational(lam_, 2))
L.step(all(st(l_) == argmin(l_) for l_ in (1, 8)), note="soft threshold at 3 with lambda/2"); L.step(st(8) == 0); L.define(); L.step(st(1) == R("2.5")); L.define()
L.define(); L.step(sp.solve(sp.diff(f + 4 * w ** 2, w), w) == [6 / sp.Integer(2 + 8)]); L.step(sp.Rational(6, 10) == R("0.6"))
F = w ** 4 / 4 - w
L.define(); L.step(sp.diff(F, w) == w ** 3 - 1); L.step(sp.diff(F, w, 2) == 3 * w ** 2); L.define()
newton = lambda v: v - sp.diff(F, w).subs(w, v) / sp.diff(F, w, 2).subs(w, v)
n1 = newton(2)
L.step(n1 == 2 - sp.diff(F, w, 2).subs(w, 2) / sp.diff(F, w).subs(w, 2)); L.step(2 - sp.diff(F, w, 2).subs(w, 2) / sp.diff(F, w).subs(w, 2) == 2 - sp.Rational(12, 7)); L.step(rounds("0.2857", 2 - sp.Rational(12, 7)))
wr = R("0.2857")
L.step(rounds("0.5364", newton(n1)), carried=rounds("0.5364", wr - 3 * wr ** 2 / (wr ** 3 - 1)))
L.step(rounds("0.2507", -3 * wr ** 2 / (wr ** 3 - 1))); L.step(R("0.2857") + R("0.2507") == R("0.5364"))
L.define(); L.step(n1 == 2 - sp.Rational(7, 12)); L.step(rounds("1.4167", n1))
L.step(substituted(newton(n1), lambda a: a - (a ** 3 - 1) / (3 * a ** 2), "~1.4167")); L.step(rounds("1.1105", newton(n1), R("1.4167") - (R("1.4167") ** 3 - 1) / (3 * R("1.4167") ** 2)))
L.done()
