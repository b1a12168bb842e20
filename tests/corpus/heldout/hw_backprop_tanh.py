"""Labels for hw_backprop_tanh.tex: 2-2-1 net, tanh hidden, linear output; h2 miscopied and carried."""
import sympy as sp
from truth import Labels, R, rounds, same, substituted

L = Labels("hw_backprop_tanh.tex")
names = "x1 x2 y w1 w3 b1 w2 w4 b2 w5 w6 b3"
S = sp.symbols(names)
X1, X2, Y, W1, W3, B1, W2, W4, B2, W5, W6, B3 = S
vals = dict(zip(S, map(R, ("0.7", "0.5", "0.2", "-0.3", "0.15", "0.1", "0.4", "0.6", "-0.2", "0.9", "-0.5", "0.05"))))
Z1 = W1 * X1 + W3 * X2 + B1; H1 = sp.tanh(Z1)
Z2 = W2 * X1 + W4 * X2 + B2; H2 = sp.tanh(Z2)
YH = W5 * H1 + W6 * H2 + B3; DELTA = YH - Y; LOSS = DELTA ** 2 / 2
at = lambda e: e.subs(vals)
z1, h1, z2, h2, yh, delta, loss = map(at, (Z1, H1, Z2, H2, YH, DELTA, LOSS))
g = lambda p: at(sp.diff(LOSS, p))
mul = lambda *a: sp.Mul(*a)
h2w = R("0.3672")                                   # the writer's h2, carried from here on
yhw = R("0.9") * R("-0.0350") - R("0.5") * h2w + R("0.05")
dw = R("-0.1651") - R("0.2")

L.define(4 + 6 + 4)
L.define()
L.step(substituted(z1, lambda a, b, c, d, e: a * b + c * d + e, "-0.3", "0.7", "0.15", "0.5", "0.1"))
L.step(substituted(z1, lambda a, b, c: a + b + c, "-0.21", "0.075", "0.1"))
L.step(rounds("-0.035", z1))
L.define(); L.step(rounds("-0.0350", h1))
L.define()
L.step(substituted(z2, lambda a, b, c, d, e: a * b + c * d + e, "0.4", "0.7", "0.6", "0.5", "-0.2"))
L.step(substituted(z2, lambda a, b, c: a + b + c, "0.28", "0.3", "-0.2"))
L.step(rounds("0.38", z2))
L.define(); L.step(rounds("0.3672", h2), note="tanh(0.38) = 0.3627")
L.define()
f = lambda a, b, c, d, e: a * b - c * d + e
L.step(substituted(yh, f, "0.9", "~-0.0350", "0.5", "~0.3672", "0.05"),
       carried=substituted(yhw, f, "0.9", "~-0.0350", "0.5", "0.3672", "0.05"))
L.step(substituted(yhw, lambda a, b, c: a + b + c, "-0.0315", "-0.1836", "0.05"))
L.step(rounds("-0.1651", R("-0.0315") - R("0.1836") + R("0.05")))
L.define()
L.step(substituted(delta, lambda a, b: a - b, "~-0.1651", "0.2"), carried=True)
L.step(rounds("-0.3651", dw))
L.step(same(LOSS, DELTA ** 2 / 2))
L.step(substituted(loss, lambda a: a ** 2 / 2, "~-0.3651"), carried=substituted(dw ** 2 / 2, lambda a: a ** 2 / 2, "-0.3651"))
L.step(rounds("0.0666", dw ** 2 / 2))
YHs = sp.Symbol("yhat")
L.step(same(sp.diff((YHs - Y) ** 2 / 2, YHs), YHs - Y))
for p, formula, nums, res in ((W6, DELTA * H2, ("~-0.3651", "~0.3672"), "-0.1341"),
                              (W5, DELTA * H1, ("~-0.3651", "~-0.0350"), "0.0128")):
    L.step(same(sp.diff(LOSS, p), formula, positive=False))
    true_v = g(p)
    writer_v = dw * (h2w if p == W6 else R("-0.0350"))
    L.step(substituted(true_v, mul, *nums), carried=substituted(writer_v, mul, *[n.lstrip("~") for n in nums]))
    L.step(rounds(res, mul(*[R(n.lstrip("~")) for n in nums])))
dLdh1 = at(DELTA * W5)
hs, zs = sp.symbols("h_1 z_1")
L.step(same(sp.diff(((W5 * hs + W6 * H2 + B3 - Y) ** 2 / 2), hs), (DELTA * W5).subs(H1, hs), positive=False))
L.step(substituted(dLdh1, mul, "~-0.3651", "0.9"), carried=substituted(dw * R("0.9"), mul, "-0.3651", "0.9"))
L.step(rounds("-0.3286", R("-0.3651") * R("0.9")))
# dL/dz1 = dL/dh1 (1 - h1) is wrong: tanh' = 1 - tanh^2
Hs, Gs = sp.symbols("h g")
L.step(same(Gs * (1 - Hs), Gs * (1 - Hs ** 2)), note="tanh' = 1 - tanh^2")
wr_dz1 = R("-0.3286") * (1 - R("-0.0350"))
L.step(substituted(dLdh1 * (1 - h1), mul, "~-0.3286", "~1.0350"), carried=substituted(wr_dz1, mul, "-0.3286", "~1.0350"))
L.step(rounds("-0.3401", R("-0.3286") * R("1.0350")))
LOSS_z = (W5 * sp.tanh(zs) + W6 * H2 + B3 - Y) ** 2 / 2
L.step(same(sp.diff(LOSS, W1), (sp.diff(LOSS_z, zs) * X1).subs(zs, Z1), positive=False))
L.step(substituted(g(W1), mul, "~-0.3401", "0.7"), carried=substituted(wr_dz1 * R("0.7"), mul, "~-0.3401", "0.7"))
L.step(rounds("-0.2381", R("-0.3401") * R("0.7")))
L.step(same(sp.diff(LOSS, B2), DELTA * W6 * (1 - H2 ** 2), positive=False))
wr = dw * R("-0.5")
L.step(substituted(at(DELTA * W6 * (1 - H2 ** 2)), lambda a, b: a * (1 - b ** 2), "~0.1826", "~0.3672"),
       carried=substituted(wr * (1 - h2w ** 2), lambda a, b: a * (1 - b ** 2), "~0.1826", "0.3672"))
L.step(substituted(R("0.1826") * (1 - R("0.3672") ** 2), mul, "0.1826", "~0.8652"))
L.step(rounds("0.1508", R("0.1826") * R("0.8652")))
# updates
eta = R("0.05")
L.define()
L.step(substituted(R("-0.5") - eta * g(W6), lambda a, b, c: a - b * c, "-0.5", "0.05", "~-0.1341"),
       carried=substituted(R("-0.5") - eta * dw * h2w, lambda a, b, c: a - b * c, "-0.5", "0.05", "~-0.1341"))
L.step(rounds("-0.4933", R("-0.5") - eta * R("-0.1341")))
L.define()
L.step(substituted(R("0.9") - eta * g(W5), lambda a, b, c: a + b * c, "0.9", "0.05", "~0.0128"),
       carried=substituted(R("0.9") - eta * R("0.0128"), lambda a, b, c: a + b * c, "0.9", "0.05", "0.0128"), note="sign")
L.step(rounds("0.9006", R("0.9") + eta * R("0.0128")))
L.define()
L.step(substituted(R("-0.3") - eta * g(W1), lambda a, b, c: a - b * c, "0.7", "0.05", "~-0.2381"),
       carried=substituted(R("-0.3") - eta * R("-0.2381"), lambda a, b, c: a - b * c, "0.7", "0.05", "-0.2381"), note="x1 for w1")
L.step(rounds("0.7119", R("0.7") + eta * R("0.2381")))
L.done()
