"""Labels for groupwork_relu3_backprop.tex: 2-2-2-1 ReLU net, 4-decimal rounding carried forward;
a sign slip in dL/da1_1 carried, the dead unit's gate forgotten and carried."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch2/groupwork_relu3_backprop.tex")
relu = lambda t: sp.Max(0, t)
X1, X2, Y = R("0.8"), R("-0.6"), 1
W11, W12, B1, W21, W22, B2 = map(R, ("0.5", "-0.3", "0.1", "-0.4", "0.2", "0.05"))
U11, U12, D1, U21, U22, D2 = map(R, ("0.7", "0.25", "-0.12", "-0.35", "0.9", "0.3"))
V1, V2, C, ETA = R("1.3"), R("-0.45"), R("0.2"), R("0.1")
# the network symbolically, for the derivatives
w11, w12, b1, w21, w22, b2, u11, u12, d1, u21, u22, d2, v1, v2, c = S = sp.symbols("w11 w12 b1 w21 w22 b2 u11 u12 d1 u21 u22 d2 v1 v2 c")
vals = dict(zip(S, (W11, W12, B1, W21, W22, B2, U11, U12, D1, U21, U22, D2, V1, V2, C)))
Z11 = w11 * X1 + w12 * X2 + b1; Z12 = w21 * X1 + w22 * X2 + b2
A11, A12 = relu(Z11), relu(Z12)
Z21 = u11 * A11 + u12 * A12 + d1; Z22 = u21 * A11 + u22 * A12 + d2
A21, A22 = relu(Z21), relu(Z22)
YH = v1 * A21 + v2 * A22 + c
LOSS = (YH - Y) ** 2 / 2
at = lambda e: sp.nsimplify(e.subs(vals))
g = lambda p: at(sp.diff(LOSS, p))          # Max is differentiable away from its kink; all z != 0 here
z11, z12, z21, z22, yh = map(at, (Z11, Z12, Z21, Z22, YH))
delta = yh - Y

L.define(4 + 2 + 6 + 2 + 6 + 5)
L.step(substituted(z11, lambda a, b, c_, d, e, f: a * b + c_ * d + f, "0.5", "0.8", "-0.3", "-0.6", "0", "0.1"))
L.step(substituted(z11, lambda a, b, c_: a + b + c_, "0.4", "0.18", "0.1")); L.step(rounds("0.68", z11))
L.step(substituted(z12, lambda a, b, c_, d, e: a * b + c_ * d + e, "-0.4", "0.8", "0.2", "-0.6", "0.05"))
L.step(substituted(z12, lambda a, b, c_: a + b + c_, "-0.32", "-0.12", "0.05")); L.step(rounds("-0.39", z12))
a11 = at(A11)
L.step(rounds("0.68", a11)); L.step(at(A12) == relu(R("-0.39"))); L.step(relu(R("-0.39")) == 0)
L.step(substituted(z21, lambda a, b, c_, d, e: a * b + c_ * d + e, "0.7", "0.68", "0.25", "0", "-0.12"))
L.step(substituted(z21, lambda a, b: a + b, "0.476", "-0.12")); L.step(rounds("0.356", z21))
L.step(substituted(z22, lambda a, b, c_, d, e: a * b + c_ * d + e, "-0.35", "0.68", "0.9", "0", "0.3"))
L.step(substituted(z22, lambda a, b: a + b, "-0.238", "0.3")); L.step(rounds("0.062", z22))
L.step(rounds("0.356", at(A21))); L.step(rounds("0.062", at(A22)))
L.step(substituted(yh, lambda a, b, c_, d, e: a * b - c_ * d + e, "1.3", "0.356", "0.45", "0.062", "0.2"))
L.step(substituted(yh, lambda a, b, c_: a - b + c_, "0.4628", "0.0279", "0.2")); L.step(rounds("0.6349", yh))
loss = at(LOSS)
L.step(substituted(loss, lambda a: (a - 1) ** 2 / 2, "~0.6349"))
L.step(substituted(loss, lambda a: a / 2, "~0.1333")); L.step(rounds("0.0666", loss, R("0.1333") / 2))
yhs = sp.Symbol("yhat")
L.step(same(sp.diff((yhs - Y) ** 2 / 2, yhs), yhs - Y)); L.step(rounds("-0.3651", delta))
mul = lambda a, b: a * b
for p, a2, res in ((v1, A21, "-0.1300"), (v2, A22, "-0.0227")):
    L.step(g(p) == at((YH - Y) * a2))
    L.step(substituted(g(p), mul, "~-0.3651", "~" + str(float(at(a2)))))
    L.step(rounds(res, at((YH - Y) * a2), R("-0.3651") * at(a2)), note="-0.0226")
# delta_j are definitions, then their values
L.define(); L.step(substituted(delta * V1, mul, "~-0.3651", "1.3")); L.step(rounds("-0.4746", delta * V1, R("-0.3651") * V1))
L.define(); L.step(substituted(delta * V2, mul, "~-0.3651", "-0.45")); L.step(rounds("0.1643", delta * V2, R("-0.3651") * V2))
L.step(g(u11) == delta * V1 * a11); L.step(substituted(g(u11), mul, "~-0.4746", "0.68"))
L.step(rounds("-0.3227", g(u11), R("-0.4746") * R("0.68")))
L.step(g(u22) == delta * V2 * at(A12)); L.step(delta * V2 * at(A12) == 0)
# dL/da1: treat a1 as free symbols
a1s = sp.symbols("a1 a2")
LOSS_a = LOSS.subs({A11: a1s[0], A12: a1s[1]})
dLda = [at(sp.diff(LOSS_a, s).subs({a1s[0]: A11, a1s[1]: A12})) for s in a1s]
L.step(dLda[0] == delta * V1 * U11 + delta * V2 * U21)
two = lambda a, b, c_, d: a * b + c_ * d
L.step(substituted(dLda[0], two, "~-0.4746", "0.7", "~0.1643", "-0.35"))
L.step(substituted(dLda[0], lambda a, b: a + b, "~-0.3322", "~0.0575"), note="-0.3322 - 0.0575")
wr_da = R("-0.3322") + R("0.0575")
L.step(rounds("-0.2747", wr_da))
L.step(dLda[1] == delta * V1 * U12 + delta * V2 * U22)
L.step(substituted(dLda[1], two, "~-0.4746", "0.25", "~0.1643", "0.9"))
L.step(rounds("0.0292", dLda[1], R("-0.4746") * R("0.25") + R("0.1643") * R("0.9")))
# through the first ReLU: z1_1 > 0 passes, z1_2 < 0 blocks
L.step(g(b1) == dLda[0]); L.step(rounds("-0.2747", g(b1)), carried=rounds("-0.2747", wr_da))
L.step(g(b2) == dLda[1], note="dead unit: dL/dz = 0"); L.step(rounds("0.0292", dLda[1]))
for p, xv, nums, res, wr_g in ((w11, X1, ("~-0.2747", "0.8"), "-0.2198", wr_da),
                                (w12, X2, ("~-0.2747", "-0.6"), "0.1648", wr_da),
                                (w21, X1, ("~0.0292", "0.8"), "0.0234", R("0.0292"))):
    L.step(same(sp.diff(LOSS, p).subs(vals), (sp.diff(LOSS, b1 if p != w21 else b2) * xv).subs(vals)))
    L.step(substituted(g(p), mul, *nums), carried=substituted(wr_g * xv, mul, *nums))
    L.step(rounds(res, mul(*[R(n.lstrip("~")) for n in nums])))
upd = lambda a, b, c_: a - b * c_
for p, w0, gw, res, wr_g in ((w11, "0.5", "~-0.2198", "0.5220", R("-0.2198")),
                             (w21, "-0.4", "~0.0234", "-0.4023", R("0.0234")),
                             (v1, "1.3", "~-0.1300", "1.3130", None),
                             (c, "0.2", "~-0.3651", "0.1635", None)):
    L.step(substituted(R(w0) - ETA * g(p), upd, w0, "0.1", gw),
           carried=wr_g is not None and substituted(R(w0) - ETA * wr_g, upd, w0, "0.1", gw))
    L.step(rounds(res, upd(R(w0), ETA, R(gw.lstrip("~")))), note="0.2365")
# Sam: a sign slip makes z1_2 = 0.25, the unit is not dead, and everything after is carried
L.step(substituted(z12, lambda a, b, c_, d, e: a * b + c_ * d + e, "-0.4", "0.8", "0.2", "-0.6", "0.05"))
L.step(substituted(z12, lambda a, b, c_: a + b + c_, "0.32", "-0.12", "0.05"), note="-0.32, not 0.32")
L.step(R("0.32") - R("0.12") + R("0.05") == R("0.25"))
sam = {A12: R("0.25")}                                      # Sam's exact values: the net with a1_2 = 0.25
L.step(at(A12) == R("0.25"), carried=True, note="relu(0.25) on Sam's z")
def chain(true_v, sam_v, f, nums, mid, res, mid_f=None):
    """substitution (carried when only Sam's value fits), then the writer's arithmetic as written"""
    L.step(substituted(true_v, f, *nums), carried=substituted(sam_v, f, *nums))
    if mid is not None:
        L.step(substituted(sam_v, mid_f, *mid))
    xs = [R(v.lstrip("~")) for v in (mid if mid is not None else nums)]
    L.step(rounds(res, sam_v, (mid_f or f)(*xs)))
lin3 = lambda a, b, c_, d, e: a * b + c_ * d + e
Z21s, Z22s, YHs = (sp.nsimplify(e.subs(sam).subs(vals)) for e in (u11 * A11 + u12 * A12 + d1, u21 * A11 + u22 * A12 + d2, v1 * (u11 * A11 + u12 * A12 + d1) + v2 * (u21 * A11 + u22 * A12 + d2) + c))
chain(z21, Z21s, lin3, ("0.7", "~0.68", "0.25", "~0.25", "-0.12"), ("~0.476", "~0.0625", "-0.12"), "0.4185", lambda a, b, c_: a + b + c_)
chain(z22, Z22s, lin3, ("-0.35", "~0.68", "0.9", "~0.25", "0.3"), ("~-0.238", "~0.225", "0.3"), "0.287", lambda a, b, c_: a + b + c_)
chain(yh, YHs, lambda a, b, c_, d, e: a * b - c_ * d + e, ("1.3", "~0.4185", "0.45", "~0.287", "0.2"), ("~0.5441", "~0.1292", "0.2"), "0.6149",
      lambda a, b, c_: a - b + c_)
Ls = (YHs - 1) ** 2 / 2
L.step(substituted(loss, lambda a: (a - 1) ** 2 / 2, "~0.6149"), carried=substituted(Ls, lambda a: (a - 1) ** 2 / 2, "~0.6149"))
L.step(substituted(Ls, lambda a: a / 2, "~0.1483")); L.step(rounds("0.0742", Ls, R("0.1483") / 2))
ds = YHs - 1
L.step(rounds("-0.3851", delta), carried=rounds("-0.3851", ds))
mul = lambda a, b: a * b
L.step(substituted(delta * V1, mul, "~-0.3851", "1.3"), carried=substituted(ds * V1, mul, "~-0.3851", "1.3"))
L.step(rounds("-0.5006", ds * V1, R("-0.3851") * V1))
L.step(substituted(delta * V2, mul, "~-0.3851", "-0.45"), carried=substituted(ds * V2, mul, "~-0.3851", "-0.45"))
L.step(rounds("0.1733", ds * V2, R("-0.3851") * V2))
da1s = ds * V1 * U11 + ds * V2 * U21
L.step(substituted(dLda[0], two, "~-0.5006", "0.7", "~0.1733", "-0.35"), carried=substituted(da1s, two, "~-0.5006", "0.7", "~0.1733", "-0.35"))
L.step(substituted(da1s, lambda a, b: a + b, "~-0.3504", "~-0.0607")); L.step(rounds("-0.4111", da1s, R("-0.3504") - R("0.0607")))
L.step(substituted(g(w11), mul, "~-0.4111", "0.8"), carried=substituted(da1s * X1, mul, "~-0.4111", "0.8"))
L.step(rounds("-0.3289", R("-0.4111") * R("0.8")))
da2s = ds * V1 * U12 + ds * V2 * U22
L.step(substituted(dLda[1], two, "~-0.5006", "0.25", "~0.1733", "0.9"), carried=substituted(da2s, two, "~-0.5006", "0.25", "~0.1733", "0.9"))
L.step(rounds("0.0308", da2s, R("-0.5006") * R("0.25") + R("0.1733") * R("0.9")))
L.step(substituted(g(w21), mul, "~0.0308", "0.8"), carried=substituted(da2s * X1, mul, "~0.0308", "0.8"))
L.step(rounds("0.0246", R("0.0308") * R("0.8")))
L.step(substituted(W11 - ETA * g(w11), lambda a, b, c_: a + b * c_, "0.5", "0.1", "~0.3289"),
       carried=substituted(W11 - ETA * da1s * X1, lambda a, b, c_: a + b * c_, "0.5", "0.1", "~0.3289"))
L.step(rounds("0.5329", W11 + ETA * R("0.3289")))
# Sam's answer box: each value is right arithmetic on Sam's numbers, wrong for the network
box = ((v1, "-0.1612", ("-0.3851", "0.4185")), (v2, "-0.1105", ("-0.3851", "0.287")), (c, "-0.3851", ("-0.3851",)),
       (u11, "-0.3404", ("-0.5006", "0.68")), (u12, "-0.1252", ("-0.5006", "0.25")), (d1, "-0.5006", ("-0.5006",)),
       (u21, "0.1178", ("0.1733", "0.68")), (u22, "0.0433", ("0.1733", "0.25")), (d2, "0.1733", ("0.1733",)),
       (w12, "0.2467", ("-0.4111", "-0.6")), (w22, "-0.0185", ("0.0308", "-0.6")), (b2, "0.0308", ("0.0308",)))
for p_, res, nums in box:
    L.step(rounds(res, g(p_)), carried=rounds(res, sp.Mul(*map(R, nums))))
L.done()
