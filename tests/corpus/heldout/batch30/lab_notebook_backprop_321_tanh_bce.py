"""Labels for lab_notebook_backprop_321_tanh_bce.tex: a lab notebook (dated `\\paragraph` entries,
`enumerate`) checking by hand the backprop of a 3-2-1 net, tanh hidden layer, sigmoid output, binary
cross-entropy, at given numbers in `pmatrix`: forward pass, dL/dyhat, sigma', delta_2 = yhat - y, output
gradients, hidden deltas, dL/dW_1 = delta_1 x^T, input gradient W_1^T delta_1, updates with `:=`/`\\gets`,
a central-difference check. Slips: tanh' of unit 1 as 1 - h_1 (carried into delta_{1,1}, dL/dW_1 and
W_1^T delta_1); the bias step's sign, -0.1 x (-0.3426) taken as -0.0343 (carried into z_2', yhat', L' and
L' > L); the central difference divided by epsilon instead of 2 epsilon. Tuesday's entry corrects all."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch30/lab_notebook_backprop_321_tanh_bce.tex")
x = sp.Matrix([R("1.0"), R("-0.5"), R("2.0")])
W1 = sp.Matrix([[R("0.2"), R("-0.4"), R("0.1")], [R("0.5"), R("0.3"), R("-0.2")]])
b1 = sp.Matrix([R("0.1"), R("-0.1")])
w2 = sp.Matrix([R("0.7"), R("-1.2")])
b2, y = R("0.05"), 1
sig = lambda t: 1 / (1 + sp.exp(-t))


def forward(W1_=W1, w2_=w2, b2_=b2):
    z1 = W1_ * x + b1
    h = z1.applyfunc(sp.tanh)
    z2 = (w2_.T * h)[0] + b2_
    yh = sig(z2)
    return z1, h, z2, yh, -sp.log(yh)


L.define(6, "x, W1, b1, w2, b2, y"); L.define(4, "z1, h, z2, yhat"); L.define(note="L")
z1, h, z2, yh, Lo = forward()
L.step(z1[0] == R("0.2") * 1 + R("-0.4") * R("-0.5") + R("0.1") * 2 + R("0.1"))
L.step(R("0.2") * 1 + R("-0.4") * R("-0.5") + R("0.1") * 2 + R("0.1") == R("0.2") + R("0.2") + R("0.2") + R("0.1"))
L.step(z1[0] == R("0.7"))
L.step(z1[1] == R("0.5") * 1 + R("0.3") * R("-0.5") + R("-0.2") * 2 - R("0.1"))
L.step(R("0.5") - R("0.15") - R("0.4") - R("0.1") == z1[1]); L.step(z1[1] == R("-0.15"))
L.step(True, note="h1 = tanh 0.7"); L.step(rounds("0.6044", h[0])); L.step(True); L.step(rounds("-0.1489", h[1]))
L.step(substituted(z2, lambda a, c: R("0.7") * a + R("-1.2") * c + R("0.05"), "~0.6044", "~-0.1489"))
L.step(rounds("0.6517", R("0.7") * R("0.6044") + R("1.2") * R("0.1489") + R("0.05"), z2))
L.step(substituted(yh, sig, "~0.6517")); L.step(True, note="sigma formula")
L.step(rounds("1.5212", 1 + sp.exp(-R("0.6517")))); L.step(rounds("0.6574", 1 / R("1.5212"), yh))
L.step(substituted(Lo, lambda c: -sp.log(c), "~0.6574")); L.step(rounds("0.4195", -sp.log(R("0.6574")), Lo))
Y, yy = sp.symbols("Y yy", positive=True)
bce = -(yy * sp.log(Y) + (1 - yy) * sp.log(1 - Y))
dLdy = sp.diff(bce, Y)
L.step(sp.simplify(dLdy - (-yy / Y + (1 - yy) / (1 - Y))) == 0)
L.step(substituted(dLdy.subs({yy: 1, Y: yh}), lambda c: -1 / c, "~0.6574")); L.step(rounds("-1.5211", -1 / R("0.6574"), -1 / yh))
zz = sp.symbols("zz", real=True)
L.step(sp.simplify(sp.diff(sig(zz), zz) - sig(zz) * (1 - sig(zz))) == 0)
L.step(substituted(yh * (1 - yh), lambda c, d: c * d, "~0.6574", "~0.3426")); L.step(rounds("0.2252", R("0.6574") * R("0.3426"), yh * (1 - yh)))
d2 = yh - y
L.define(note="delta_2"); L.step(True, note="chain rule")
L.step(substituted(d2, lambda c, d: c * d, "~-1.5211", "~0.2252")); L.step(rounds("-0.3426", R("-1.5211") * R("0.2252"), d2))
L.step(same(dLdy.subs(yy, 1) * Y * (1 - Y), Y - 1, [Y]) and R("0.6574") - 1 == R("0.6574") - 1); L.step(R("0.6574") - 1 == R("-0.3426"))
gw2 = d2 * h
L.step(True, note="dL/dw2 = delta2 h"); L.step(substituted(gw2[0], lambda c, d: c * d, "~-0.3426", "~0.6044") and substituted(gw2[1], lambda c, d: c * d, "~-0.3426", "~-0.1489"))
L.step(rounds("-0.2071", R("-0.3426") * R("0.6044")) and rounds("0.0510", R("-0.3426") * R("-0.1489")))
L.step(True, note="dL/db2 = delta2"); L.step(rounds("-0.3426", d2))
L.step(True, note="delta_1 rule")
wd = w2 * d2
L.step(substituted(wd[0], lambda c: R("0.7") * c, "~-0.3426")); L.step(rounds("-0.2398", R("0.7") * R("-0.3426")) and rounds("0.4111", R("-1.2") * R("-0.3426")))
tp = [1 - h[0] ** 2, 1 - h[1] ** 2]
L.step(sp.N(tp[0] - (1 - h[0]), 30) == 0, note="1 - h1 for 1 - h1^2"); L.step(True); L.step(R("1") - R("0.6044") == R("0.3956"))
L.step(True, note="1 - h2^2"); L.step(substituted(tp[1], lambda c: 1 - c, "~0.0222") and rounds("0.0222", R("0.1489") ** 2)); L.step(R("1") - R("0.0222") == R("0.9778"))
d1 = sp.Matrix([wd[0] * tp[0], wd[1] * tp[1]])
L.step(substituted(d1[0], lambda c, d: c * d, "~-0.2398", "~0.3956"), carried=True); L.step(rounds("-0.0949", R("-0.2398") * R("0.3956")))
L.step(substituted(d1[1], lambda c, d: c * d, "~0.4111", "~0.9778")); L.step(rounds("0.4020", R("0.4111") * R("0.9778"), d1[1]))
gW1 = d1 * x.T
wd1 = sp.Matrix([R("-0.0949"), R("0.4020")])
L.step(True, note="outer product")
L.step(substituted(gW1[0, 0], lambda c: c, "~-0.0949"), carried=True)
L.step(all(rounds(w, v) for w, v in zip(["-0.0949", "0.0475", "-0.1898", "0.4020", "-0.2010", "0.8040"], list(wd1 * x.T))))
L.step(True, note="dL/db1 = delta1")
gx = W1.T * d1
L.step(True, note="W1^T delta1")
L.step(substituted(gx[0], lambda c, d: R("0.2") * c + R("0.5") * d, "~-0.0949", "~0.4020"), carried=True)
L.step(all(rounds(w, v) for w, v in zip(["0.1820", "0.1586", "-0.0899"], list(W1.T * wd1))))
L.define(note="eta")
eta = R("0.1")
w2n = w2 - eta * gw2
L.define(note="update rule")
L.step(substituted(w2n[0], lambda c: R("0.7") + c, "~0.0207") and substituted(w2n[1], lambda c: R("-1.2") - c, "~0.0051"))
L.step(R("0.7") + R("0.0207") == R("0.7207") and R("-1.2") - R("0.0051") == R("-1.2051"))
b2n = b2 - eta * d2
L.step(substituted(b2n, lambda c: R("0.05") - R("0.1") * c, "~-0.3426"))
L.step(R("0.05") - R("0.1") * R("-0.3426") == R("0.05") - R("0.0343") or rounds("0.0157", b2n), note="sign")
L.step(R("0.05") - R("0.0343") == R("0.0157"))
_, _, z2n, yhn, Ln = forward(w2_=w2n, b2_=b2n)
L.step(substituted(z2n, lambda a, c, d, e, f: a * c + d * e + f, "~0.7207", "~0.6044", "~1.2051", "~0.1489", "~0.0157"), carried=True)
L.step(rounds("0.4356", R("0.7207") * R("0.6044")) and rounds("0.1794", R("1.2051") * R("0.1489")))
L.step(R("0.4356") + R("0.1794") + R("0.0157") == R("0.6307"))
L.step(substituted(yhn, sig, "~0.6307"), carried=True); L.step(rounds("0.6526", sig(R("0.6307"))))
L.step(substituted(Ln, lambda c: -sp.log(c), "~0.6526"), carried=True); L.step(rounds("0.4268", -sp.log(R("0.6526"))))
L.step(sp.N(Ln - Lo) > 0, carried=R("0.4268") > R("0.4195"))
L.define(note="epsilon")
eps = R("0.001")


def L11(v):
    W = W1.copy(); W[0, 0] = v
    return forward(W1_=W)[4]


L.step(rounds("0.4193138", L11(R("0.2") + eps))); L.step(rounds("0.4196182", L11(R("0.2") - eps)))
g11 = gW1[0, 0]
L.step(rounds("-0.3044", g11, approx=True), note="divided by epsilon"); L.step((R("0.4193138") - R("0.4196182")) / R("0.001") == R("-0.3044"))
L.step(R("0.4193138") - R("0.4196182") == R("-0.0003044") and rounds("-0.1522", g11, approx=True)); L.step(R("-0.0003044") / R("0.002") == R("-0.1522"))
L.step(True, note="1 - h1^2"); L.step(rounds("0.3653", R("0.6044") ** 2)); L.step(R("1") - R("0.3653") == R("0.6347"))
L.step(substituted(d1[0], lambda c, d: c * d, "~-0.2398", "~0.6347")); L.step(rounds("-0.1522", R("-0.2398") * R("0.6347"), d1[0]))
L.step(2 * R("-0.1522") == R("-0.3044") and rounds("-0.3044", gW1[0, 2]))
L.step(substituted(gx[0], lambda c, d: R("0.2") * c + R("0.5") * d, "~-0.1522", "~0.4020")
       and substituted(gx[1], lambda c, d: R("-0.4") * c + R("0.3") * d, "~-0.1522", "~0.4020")
       and substituted(gx[2], lambda c, d: R("0.1") * c - R("0.2") * d, "~-0.1522", "~0.4020"))
L.step(all(rounds(w, v) for w, v in zip(["0.1706", "0.1815", "-0.0956"], list(W1.T * sp.Matrix([R("-0.1522"), R("0.4020")])))))
L.step(rounds("0.0343", -eta * d2))
L.step(substituted(b2n, lambda c: R("0.05") - R("0.1") * c, "~-0.3426")); L.step(substituted(b2n, lambda c: R("0.05") + c, "~0.0343"))
L.step(R("0.05") + R("0.0343") == R("0.0843") and rounds("0.0843", b2n))
_, _, z2c, yhc, Lc = forward(w2_=w2n, b2_=b2n)
L.step(substituted(z2c, lambda a, c, d: a + c + d, "~0.4356", "~0.1794", "~0.0843")); L.step(R("0.4356") + R("0.1794") + R("0.0843") == R("0.6993"))
L.step(substituted(yhc, sig, "~0.6993")); L.step(rounds("0.6680", sig(R("0.6993")), yhc))
L.step(substituted(Lc, lambda c: -sp.log(c), "~0.6680")); L.step(rounds("0.4035", -sp.log(R("0.6680")), Lc))
L.step(Lc < Lo); L.step(R("0.4195") - R("0.4035") == R("0.0160") and rounds("0.0160", Lo - Lc))
pred = eta * (gw2.dot(gw2) + d2 ** 2)
L.step(substituted(pred, lambda a, c, d: R("0.1") * (a + c + d), "~0.0429", "~0.0026", "~0.1174")
       and rounds("0.0429", R("0.2071") ** 2) and rounds("0.0026", R("0.0510") ** 2) and rounds("0.1174", R("0.3426") ** 2))
L.step(rounds("0.0163", R("0.1") * (R("0.0429") + R("0.0026") + R("0.1174")), pred))
row = W1[0, :] - eta * gW1[0, :]
L.step(all(substituted(row[j], lambda c, j=j: W1[0, j] - R("0.1") * c, "~" + w) for j, w in enumerate(["-0.1522", "0.0761", "-0.3044"])))
L.step(all(rounds(w, W1[0, j] - R("0.1") * R(v)) for j, (w, v) in enumerate(zip(["0.2152", "-0.4076", "0.1304"], ["-0.1522", "0.0761", "-0.3044"]))))
L.done()
