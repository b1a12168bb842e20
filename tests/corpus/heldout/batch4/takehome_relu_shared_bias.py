"""Labels for takehome_relu_shared_bias.tex: a graded take-home script, 2-2-1 net with ReLU hidden
units sharing one bias, sigmoid output and log loss at 4 decimals; a sign slip in a_2 kills unit 2
and is carried through the forward pass, the backward pass and a weight-decay step; W_1 delta for
W_1^T delta; the grader's key."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch4/takehome_relu_shared_bias.tex")
sig = lambda t: 1 / (1 + sp.exp(-t))
W1 = sp.Matrix([[R("0.5"), R("-0.2")], [R("0.3"), R("0.4")]])
x, b, v = sp.Matrix([1, 2]), R("0.1"), sp.Matrix([R("0.6"), R("-0.4")])
L.define(3); L.define(3); L.define(5); L.define(2)


def net(a):
    h = a.applyfunc(lambda t: max(t, 0))
    o = (v.T * h)[0]
    yh = sig(o)
    do = yh - 1
    d = sp.Matrix([do * v[j] * (1 if a[j] > 0 else 0) for j in range(2)])
    return dict(a=a, h=h, o=o, yh=yh, L=-sp.log(yh), do=do, d=d, db=d[0] + d[1], dv=do * h, dx=W1.T * d)


T = net(W1 * x + b * sp.ones(2, 1))          # the truth
W = net(sp.Matrix([R("0.2"), R("-0.4")]))     # on the writer's a_2
L.step(T["a"][0] == R("0.5") - R("0.4") + R("0.1")); L.step(R("0.2") == R("0.5") - R("0.4") + R("0.1"))
L.step(T["a"][1] == R("0.3") - R("0.8") + R("0.1")); L.step(R("0.3") - R("0.8") + R("0.1") == R("-0.4"))
L.step(T["h"][0] == R("0.2")); L.step(T["h"][1] == 0, carried=True); L.step(max(0, R("-0.4")) == 0)
L.step(T["o"] == R("0.6") * R("0.2") - R("0.4") * 0, carried=W["o"] == R("0.12")); L.step(R("0.6") * R("0.2") == R("0.12"))
L.step(T["yh"] == sig(R("0.12")), carried=True); L.step(True, note="sigma written out"); L.step(rounds("0.5300", sig(R("0.12"))))
L.step(substituted(T["L"], lambda q: -sp.log(q), "~0.5300"), carried=substituted(W["L"], lambda q: -sp.log(q), "~0.5300"))
L.step(rounds("0.6349", -sp.log(R("0.53")), W["L"]))
o, yy = sp.symbols("o y", real=True)
L.step(True, note="definition"); L.step(same(sp.diff(-sp.log(sig(o)), o), -(1 - sig(o)), positive=False)); L.step(True, note="1 - sigma = -(yhat - 1)")
L.define(); L.step(True, note="chain rule with ReLU' = indicator")
B, X1, X2, V1, V2 = sp.symbols("b x1 x2 v1 v2", real=True)
aa = W1 * sp.Matrix([X1, X2]) + B * sp.ones(2, 1)
Ls = -sp.log(sig(V1 * aa[0] + V2 * aa[1]))        # on the region where both units are active
d1, d2 = [sp.diff(Ls, sp.Symbol("q")) for _ in range(0)] or [(sig(V1 * aa[0] + V2 * aa[1]) - 1) * V1, (sig(V1 * aa[0] + V2 * aa[1]) - 1) * V2]
L.step(same(sp.diff(Ls, B), d1 + d2, positive=False)); L.step(same(sp.diff(Ls, V1), (sig(V1 * aa[0] + V2 * aa[1]) - 1) * aa[0], positive=False))
dx = sp.Matrix([sp.diff(Ls, X1), sp.diff(Ls, X2)])
L.step(all(same(dx[i], (W1 * sp.Matrix([d1, d2]))[i], positive=False) for i in range(2)), note="W1 delta, not W1^T delta")
L.step(substituted(T["do"], lambda q: q - 1, "~0.5300"), carried=True); L.step(R("0.53") - 1 == R("-0.47"))
L.step(substituted(T["d"][0], lambda q: q * R("0.6"), "~-0.4700"), carried=True); L.step(R("-0.47") * R("0.6") == R("-0.282"))
L.step(T["d"][1] == 0, carried=W["d"][1] == 0); L.step(True, note="times 0")
L.step(substituted(T["db"], lambda q: q, "~-0.2820"), carried=True); L.step(True)
L.step(substituted(T["dv"][0], lambda q: q * R("0.2"), "~-0.4700"), carried=True); L.step(R("-0.47") * R("0.2") == R("-0.094"))
L.step(T["dv"][1] == 0, carried=W["dv"][1] == 0); L.step(True)
Wx = W1.T * sp.Matrix([R("-0.2820"), 0])                # right formula on the writer's deltas
L.step(substituted(T["dx"][0], lambda q: R("0.5") * q - R("0.2") * 0, "~-0.2820"), carried=Wx[0] == R("0.5") * R("-0.282") - R("0.2") * 0)
L.step(R("0.5") * R("-0.282") == R("-0.141"))
L.step(substituted(T["dx"][1], lambda q: R("0.3") * q, "~-0.2820"), carried=Wx[1] == R("0.3") * R("-0.282")); L.step(R("0.3") * R("-0.282") == R("-0.0846"))
L.define(3)
eta, lam = R("0.5"), R("0.1")
L.step(substituted(v[0] - eta * (T["dv"][0] + lam * v[0]), lambda g: R("0.6") - eta * (g + R("0.06")), "~-0.0940"), carried=True)
L.step(R("0.6") - R("0.5") * (R("-0.094") + R("0.06")) == R("0.6") + R("0.017")); L.step(R("0.6") + R("0.017") == R("0.617"))
L.step(v[1] - eta * (T["dv"][1] + lam * v[1]) == R("-0.4") - R("0.5") * (0 - R("0.04")), carried=W["dv"][1] == 0)
L.step(R("-0.4") - R("0.5") * (0 - R("0.04")) == R("-0.38"))
# the key
L.step(T["a"][1] == R("0.3") + R("0.8") + R("0.1")); L.step(R("0.3") + R("0.8") + R("0.1") == R("1.2")); L.step(T["h"][1] == R("1.2"))
L.step(T["o"] == R("0.12") - R("0.48")); L.step(R("0.12") - R("0.48") == R("-0.36"))
L.step(T["yh"] == sig(R("-0.36"))); L.step(rounds("0.4110", T["yh"]))
L.step(substituted(T["L"], lambda q: -sp.log(q), "~0.4110")); L.step(rounds("0.8893", T["L"], -sp.log(R("0.4110"))))
L.step(substituted(T["do"], lambda q: q - 1, "~0.4110")); L.step(R("0.4110") - 1 == R("-0.5890"))
L.step(substituted(T["d"][0], lambda q: q * R("0.6"), "~-0.5890")); L.step(R("-0.589") * R("0.6") == R("-0.3534"))
L.step(substituted(T["d"][1], lambda q: q * R("-0.4"), "~-0.5890")); L.step(R("-0.589") * R("-0.4") == R("0.2356"))
L.step(True, note="shared bias"); L.step(substituted(T["db"], lambda p, q: p + q, "~-0.3534", "~0.2356")); L.step(R("-0.3534") + R("0.2356") == R("-0.1178"))
L.step(substituted(T["dv"][1], lambda q: q * R("1.2"), "~-0.5890")); L.step(R("-0.589") * R("1.2") == R("-0.7068"))
L.step(True, note="W1^T delta")
L.step(substituted(T["dx"][0], lambda p, q: R("0.5") * p + R("0.3") * q, "~-0.3534", "~0.2356")
       and substituted(T["dx"][1], lambda p, q: R("-0.2") * p + R("0.4") * q, "~-0.3534", "~0.2356"))
L.step(rounds("-0.1060", T["dx"][0], R("0.5") * R("-0.3534") + R("0.3") * R("0.2356"))
       and rounds("0.1649", T["dx"][1], R("-0.2") * R("-0.3534") + R("0.4") * R("0.2356")))
L.step(substituted(v[0] - eta * (T["dv"][0] + lam * v[0]), lambda g: R("0.6") - eta * (g + R("0.06")), "~-0.1178"))
L.step(rounds("0.6289", R("0.6") - R("0.5") * (R("-0.1178") + R("0.06"))))
L.done()
