"""Labels for scanned_logistic_ce.tex: sigmoid derivative, logistic-regression gradients,
two examples by hand; struck-through lines are labelled by their truth like any other."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch2/scanned_logistic_ce.tex")
z, w, b, x = sp.symbols("z w b x", real=True)
y = sp.Symbol("y")
sig = lambda t: 1 / (1 + sp.exp(-t))
S = sig(z)
d = sp.diff(S, z)
L.define(); L.step(same(d, S * (1 - S), positive=False))
L.step(same(d, sp.exp(-z) / (1 + sp.exp(-z)) ** 2, positive=False)); L.step(same(d, S ** 2 * sp.exp(z), positive=False))
L.step(same(d, sp.exp(-z) / (1 + sp.exp(-z)) ** 2, positive=False)); L.step(same(d, S ** 2 * sp.exp(-z), positive=False))
L.step(same(sp.exp(-z), (1 - S) / S, positive=False)); L.step(same(d, S * (1 - S), positive=False))
L.define(2)
p = sp.Symbol("p", positive=True)
ell_p = -y * sp.log(p) - (1 - y) * sp.log(1 - p)
dp = sp.diff(ell_p, p)
q = sp.Symbol("q", positive=True)                 # p in (0, 1) as q/(1+q)
inside = lambda e: e.subs(p, q / (1 + q))
L.step(same(inside(dp), inside(-y / p + (1 - y) / (1 - p))))
L.step(same(inside(dp), inside(-y / p - (1 - y) / (1 - p))))
P = sig(w * x + b)
ell = ell_p.subs(p, P)
dz = sp.diff(ell_p.subs(p, sig(z)), z)
L.step(same(dz, (dp * p * (1 - p)).subs(p, sig(z)), positive=False))
L.step(same(inside(-y / p + (1 - y) / (1 - p)) * inside(p * (1 - p)), inside(-y * (1 - p) + (1 - y) * p)))
L.step(same(-y * (1 - p) + (1 - y) * p, p - y))
L.step(same(sp.diff(ell, w), P - y))
L.step(same(sp.diff(ell, w), (P - y) * x, positive=False)); L.step(same(sp.diff(ell, b), P - y, positive=False))
L.step(same(sp.log(P / (1 - P)), w * x + b, positive=False))
L.define(5)
W, B, ETA = R("0.5"), R("-0.25"), R("0.5")
z1 = W * 2 + B; p1 = sig(z1)
L.step(z1 == R("0.5") * 2 - R("0.25")); L.step(z1 == R("0.75")); L.step(True, note="p = sigma(z) restated at z = 0.75")
L.step(rounds("0.6792", p1))
L.step(substituted(-sp.log(p1), lambda a: -sp.log(1 - a), "~0.6792"))
L.step(rounds("1.1369", -sp.log(1 - R("0.6792"))))
L.step(substituted(-sp.log(p1), lambda a: -sp.log(a), "~0.6792")); L.step(rounds("0.3869", -sp.log(p1), -sp.log(R("0.6792"))))
gw1, gb1 = (p1 - 1) * 2, p1 - 1
L.step(substituted(gw1, lambda a: (a - 1) * 2, "~0.6792")); L.step(rounds("-0.6416", gw1, (R("0.6792") - 1) * 2))
L.step(rounds("-0.3208", gb1))
h = sp.diff(ell, w, 2).subs({w: W, b: B, x: 2, y: 1})
L.step(same(sp.diff(ell, w, 2), P * (1 - P) * x ** 2, positive=False))
L.step(substituted(h, lambda a: a * 4, "~0.2179")); L.step(rounds("0.8716", R("0.2179") * 4))
L.step(R("0.8716") >= 0)
L.step(same(sp.diff(ell, w, 2), -P * (1 - P) * x ** 2, positive=False))
L.define(2)
z2 = -W + B; p2 = sig(z2)
L.step(z2 == -R("0.5") - R("0.25")); L.step(z2 == R("-0.75"))
L.step(same(p2, 1 - p1)); L.step(rounds("0.3208", p2, 1 - R("0.6792")))
ell2 = -sp.log(1 - p2)
L.step(substituted(ell2, lambda a: -sp.log(1 - a), "~0.3208")); L.step(rounds("0.3869", ell2))
gw2, gb2 = (p2 - 0) * (-1), p2
L.step(substituted(gw2, lambda a: (a - 0) * (-1), "~0.3208")); L.step(rounds("0.3208", -R("0.3208")), note="sign")
L.step(rounds("0.3208", gb2))
gw = (gw1 + gw2) / 2
L.step(substituted(gw, lambda a, c: (a + c) / 2, "~-0.6416", "~0.3208"), carried=True)
L.step(rounds("-0.1604", (R("-0.6416") + R("0.3208")) / 2))
L.step(substituted((gb1 + gb2) / 2, lambda a, c: (a + c) / 2, "~-0.3208", "~0.3208")); L.step((R("-0.3208") + R("0.3208")) / 2 == 0)
upd = lambda a, e, g: a - e * g
L.step(substituted(W - ETA * gw, upd, "0.5", "0.5", "~-0.1604"),
       carried=substituted(W - ETA * (R("-0.6416") + R("0.3208")) / 2, upd, "0.5", "0.5", "~-0.1604"))
L.step(rounds("0.5802", upd(W, ETA, R("-0.1604"))))
L.step(substituted(B - ETA * (gb1 + gb2) / 2, upd, "-0.25", "0.5", "0")); L.step(upd(B, ETA, 0) == R("-0.25"))
# (d): sigma(1.25) with e^{+z}; everything after carried
L.define(2)
z3 = W * 3 + B; p3 = sig(z3)
L.step(z3 == R("0.5") * 3 - R("0.25")); L.step(z3 == R("1.25")); L.step(True, note="p = sigma(z) restated")
L.step(same(p3, 1 / (1 + sp.exp(R("1.25"))))); L.step(rounds("0.2227", 1 / (1 + sp.exp(R("1.25")))))
pw3 = 1 / (1 + sp.exp(R("1.25")))
L.step(substituted(-sp.log(p3), lambda a: -sp.log(a), "~0.2227"), carried=substituted(-sp.log(pw3), lambda a: -sp.log(a), "~0.2227"))
L.step(rounds("1.5019", -sp.log(R("0.2227"))))
gw3, gb3 = (p3 - 1) * 3, p3 - 1
L.step(substituted(gw3, lambda a: (a - 1) * 3, "~0.2227"), carried=substituted((pw3 - 1) * 3, lambda a: (a - 1) * 3, "~0.2227"))
L.step(rounds("-2.3319", (R("0.2227") - 1) * 3))
L.step(rounds("-0.7773", gb3), carried=rounds("-0.7773", pw3 - 1))
mean3 = lambda a, c, e: (a + c + e) / 3
gw_all, gb_all = (gw1 + gw2 + gw3) / 3, (gb1 + gb2 + gb3) / 3
wr_gw = (R("-0.6416") + R("0.3208") + R("-2.3319")) / 3
L.step(substituted(gw_all, mean3, "~-0.6416", "~0.3208", "~-2.3319"),          # example 2's sign slip and (d)'s p
       carried=substituted((gw1 - gw2 + (pw3 - 1) * 3) / 3, mean3, "~-0.6416", "~0.3208", "~-2.3319"))
L.step(rounds("-0.8842", wr_gw))
L.step(substituted(gb_all, mean3, "~-0.3208", "~0.3208", "~-0.7773"),
       carried=substituted((gb1 + gb2 + pw3 - 1) / 3, mean3, "~-0.3208", "~0.3208", "~-0.7773"))
L.step(rounds("-0.2591", (R("-0.3208") + R("0.3208") - R("0.7773")) / 3))
L.step(substituted(W - ETA * gw_all, upd, "0.5", "0.5", "~-0.8842"), carried=substituted(W - ETA * wr_gw, upd, "0.5", "0.5", "~-0.8842"))
L.step(rounds("0.9421", upd(W, ETA, R("-0.8842"))))
L.step(substituted(B - ETA * gb_all, upd, "-0.25", "0.5", "~-0.2591"),
       carried=substituted(B - ETA * (gb1 + gb2 + pw3 - 1) / 3, upd, "-0.25", "0.5", "~-0.2591"))
L.step(rounds("-0.1205", upd(B, ETA, R("-0.2591"))))
# Q4: e^{0.1} miscopied, carried through the softmax
zs = [2, 1, R("0.1")]
Zt = sum(sp.exp(v) for v in zs); pt = [sp.exp(v) / Zt for v in zs]
zz = sp.symbols("z1:4", real=True); ZZ = sum(sp.exp(v) for v in zz); PP = [sp.exp(v) / ZZ for v in zz]
L.define(4)
L.step(all(same(sp.diff(-sp.log(PP[0]), zz[j]), PP[j] - (1 if j == 0 else 0), positive=False) for j in range(3)))
L.step(rounds("7.3891", sp.exp(2))); L.step(rounds("2.7183", sp.E)); L.step(rounds("1.0105", sp.exp(R("0.1"))))
ew = [R("7.3891"), R("2.7183"), R("1.0105")]; Zw = sum(ew)
L.step(rounds("11.1179", Zt), carried=rounds("11.1179", Zw))
for k, (num, res) in enumerate((("~7.3891", "0.6646"), ("~2.7183", "0.2445"), ("~1.0105", "0.0909"))):
    L.step(substituted(pt[k], lambda a, b: a / b, num, "~11.1179"), carried=substituted(ew[k] / Zw, lambda a, b: a / b, num, "~11.1179"))
    L.step(rounds(res, R(num.lstrip("~")) / R("11.1179")))
L.step(substituted(-sp.log(pt[0]), lambda a: -sp.log(a), "~0.6646"), carried=substituted(-sp.log(ew[0] / Zw), lambda a: -sp.log(a), "~0.6646"))
L.step(rounds("0.4086", -sp.log(R("0.6646"))))
L.step(substituted(pt[0] - 1, lambda a: a - 1, "~0.6646") and substituted(pt[1], lambda a: a, "~0.2445"),
       carried=substituted(ew[0] / Zw - 1, lambda a: a - 1, "~0.6646") and substituted(ew[1] / Zw, lambda a: a, "~0.2445"))
L.step(R("0.6646") - 1 == R("-0.3354"))
L.step(same(sp.diff(-sp.log(PP[0]), zz[0]), -1 / PP[0], positive=False)); L.step(rounds("-1.5047", -1 / R("0.6646")))
L.step(R("-0.3354") + R("0.2445") + R("0.0909") == 0)
L.done()
