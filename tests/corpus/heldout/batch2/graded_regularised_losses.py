"""Labels for graded_regularised_losses.tex: 1-feature ridge (closed form, a GD step, losses),
L2 / L2-norm gradients, lasso soft-thresholding, elastic net; the grader's corrections too."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same  # noqa: E402

L = Labels("batch2/graded_regularised_losses.tex")
w = sp.Symbol("w", real=True)
xs, ys, n, lam = [1, 2, 3], [2, 3, 7], 3, 1
J = sum((w * a - b) ** 2 for a, b in zip(xs, ys)) / (2 * n) + sp.Rational(lam, 2) * w ** 2
dJ = sp.diff(J, w)
L.define(2); L.define()
L.step(sum(a * a for a in xs) == 1 + 4 + 9); L.step(1 + 4 + 9 == 14)
L.step(sum(a * b for a, b in zip(xs, ys)) == 2 + 6 + 21); L.step(2 + 6 + 21 == 29)
L.step(same(dJ, sum((w * a - b) * a for a, b in zip(xs, ys)) / n + lam * w, positive=False))
L.step(same(dJ, (14 * w - 29) / 3 + w, positive=False))
L.define()
wstar = sp.solve(dJ, w)[0]
L.step(sp.solve(14 * w - 29 + w, w) == [wstar])                # the writer's equation
L.step(wstar == sp.Rational(29, 15), carried=sp.solve(14 * w - 29 + w, w) == [sp.Rational(29, 15)])
L.step(rounds("1.9333", sp.Rational(29, 15)))
L.step(sp.solve(17 * w - 29, w) == [wstar]); L.step(wstar == sp.Rational(29, 17)); L.step(rounds("1.706", wstar, approx=True))
wst = sp.Rational(29, 15)                                     # the writer's w*
L.step(3 * wstar == 3 * R("1.9333"), carried=rounds("5.8", 3 * wst)); L.step(rounds("5.8", 3 * R("1.9333")))
L.step(rounds("7.7333", 4 * wstar), carried=rounds("7.7333", 4 * wst)); L.step(rounds("7.7333", 4 * R("1.9333"), 4 * wst))
L.step(7 - 3 * wstar == 7 - R("5.8"), carried=7 - 3 * wst == 7 - R("5.8")); L.step(7 - R("5.8") == R("1.2"))
ols = sp.solve(sp.diff(J - sp.Rational(lam, 2) * w ** 2, w), w)[0]
L.step(ols == sp.Rational(29, 14)); L.step(rounds("2.0714", ols)); L.step(R("1.9333") < R("2.0714"))
L.define(2)
L.step(dJ.subs(w, 1) == sp.Rational(14 - 29, 3) + 1); L.step(sp.Rational(14 - 29, 3) + 1 == -5 + 1); L.step(-5 + 1 == -4)
w1 = 1 - R("0.1") * dJ.subs(w, 1)
L.step(w1 == 1 - R("0.1") * (-4)); L.step(w1 == R("1.4"))
L.step(J.subs(w, 1) == sp.Rational(1 + 1 + 16, 6) + sp.Rational(1, 2)); L.step(sp.Rational(18, 6) + sp.Rational(1, 2) == 3 + R("0.5")); L.step(3 + R("0.5") == R("3.5"))
J14 = J.subs(w, R("1.4"))
L.step(J14 == (R("0.36") + R("0.04") + R("7.84")) / 6 + R("1.96") / 2)
L.step((R("0.36") + R("0.04") + R("7.84")) / 6 + R("1.96") / 2 == R("8.34") / 6 + R("0.98"), note="sum is 8.24")
L.step(rounds("1.39", R("8.34") / 6)); L.step(R("1.39") + R("0.98") == R("2.37"))
L.step(rounds("1.3733", (R("0.36") + R("0.04") + R("7.84")) / 6)); L.step(rounds("2.3533", J14))
dJ14 = dJ.subs(w, R("1.4"))
L.step(dJ14 == (14 * R("1.4") - 29) / 3 + 1, note="+1.4"); L.step((14 * R("1.4") - 29) / 3 + 1 == (R("19.6") - 29) / 3 + 1)
L.step(rounds("-2.1333", (R("19.6") - 29) / 3 + 1))
w2 = R("1.4") - R("0.1") * dJ14; w2w = R("1.4") - R("0.1") * R("-2.1333")
L.step(w2 == w2w, carried=True, note="right on the writer's J'(1.4)"); L.step(rounds("1.6133", w2w))
L.step(rounds("1.6133", w2), carried=rounds("1.6133", w2w))
L.step(dJ.subs(w, R("1.6133")) == (R("22.5862") - 29) / 3 + R("1.6133")); L.step(rounds("-0.5246", dJ.subs(w, R("1.6133"))))
w3 = w2 - R("0.1") * dJ.subs(w, w2)
L.step(rounds("1.6658", w3) and w3 == R("1.6133") - R("0.1") * R("-0.5246"), carried=rounds("1.6658", R("1.6133") - R("0.1") * dJ.subs(w, R("1.6133"))))
L.step(rounds("1.6658", R("1.6133") - R("0.1") * R("-0.5246")))
# penalty gradients, checked componentwise in 3 dimensions
W = sp.Matrix(sp.symbols("w1:4", real=True)); lm = sp.Symbol("lambda", positive=True)
grad = lambda e: sp.Matrix([sp.diff(e, c) for c in W])
norm2 = sp.sqrt(sum(c ** 2 for c in W))
L.step(all(same(a, b, positive=False) for a, b in zip(grad(lm / 2 * norm2 ** 2), lm * W)))
L.step(all(same(a, b) for a, b in zip(grad(lm * norm2), 2 * lm * W)))
L.step(all(same(a, b) for a, b in zip(grad(norm2), W / norm2)))
L.step(all(same(sp.diff(sp.Abs(w), w).subs(w, v), sp.sign(v)) for v in (R("0.7"), R("-1.3"))))
# lasso
z, lz = sp.symbols("z lambda", real=True)
wp = sp.Symbol("w", positive=True)
f = (wp - z) ** 2 / 2 + lz * wp
L.define(2)
L.step(same(sp.diff(f, wp), wp - z + lz, positive=False)); L.define()
v = sp.Symbol("v", real=True)
L.step(sp.solve(v - z + lz, v) == [z - lz])
L.define()
def lasso(zv, lv):
    fw = (w - zv) ** 2 / 2 + lv * sp.Abs(w)
    cands = [0, zv - lv, zv + lv]
    return min(cands, key=lambda c: fw.subs(w, c))
L.step(all(lasso(a, b) == sp.sign(a) * sp.Max(abs(a) - b, 0) for a in (R("0.8"), R("-0.2"), R("-1.1"), R("2")) for b in (R("0.3"), R("1"))))
for zv, first, second in (("0.8", R("0.8") - R("0.3"), "0.5"), ("-0.2", R("-0.2") + R("0.3"), "0.1"), ("-1.1", -(R("1.1") - R("0.3")), "-0.8")):
    L.define(2)
    L.step(lasso(R(zv), R("0.3")) == first); L.step(first == R(second))
L.step(abs(R("-0.2")) < R("0.3")); L.step(lasso(R("-0.2"), R("0.3")) == 0)
L.define(4)
g = (wp - 2) ** 2 / 2 + R("0.5") * wp + wp ** 2 / 2
L.step(same(sp.diff(g, wp), wp - 2 + R("0.5") + 2 * wp))
L.step(same(wp - 2 + R("0.5") + 2 * wp, 3 * wp - R("1.5"))); L.define()
L.step(sp.solve(sp.diff(g, wp), wp) == [R("0.5")], carried=sp.solve(3 * w - R("1.5"), w) == [R("0.5")])
L.step(R("0.5") > 0)
L.step(sp.solve(sp.diff(g, wp), wp) == [R("0.75")])
L.done()
