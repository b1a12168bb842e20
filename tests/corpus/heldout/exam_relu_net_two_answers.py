"""Labels for exam_relu_net_two_answers.tex: exact forward/backward of the ReLU net; script A's z2
slip is carried through everything that depends on it."""
import sympy as sp
from truth import Labels, R, rounds, same, substituted

L = Labels("exam_relu_net_two_answers.tex")
sig = lambda t: 1 / (1 + sp.exp(-t))
P = dict(x1=1, x2=-2, W11="0.5", W12="0.25", W21="-0.4", W22="0.3", b1="0.15", b2="0.2", v1="0.8", v2="-1.2", c="0.05")
S = {k: sp.Symbol(k) for k in P}
val = {S[k]: (R(v) if isinstance(v, str) else sp.Integer(v)) for k, v in P.items()}
Z1 = S["W11"] * S["x1"] + S["W12"] * S["x2"] + S["b1"]; Z2 = S["W21"] * S["x1"] + S["W22"] * S["x2"] + S["b2"]
z1, z2 = Z1.subs(val), Z2.subs(val)
relu = lambda t: sp.Max(0, t)
h1, h2 = relu(z1), relu(z2)
o = (S["v1"] * h1 + S["v2"] * h2 + S["c"]).subs(val); yh = sig(o); loss = -sp.log(yh)
delta = yh - 1                                                      # dL/do for y = 1
g = {"v1": delta * h1, "v2": delta * h2, "c": delta,
     "W11": delta * val[S["v1"]] * (1 if z1 > 0 else 0) * 1, "W12": delta * val[S["v1"]] * (1 if z1 > 0 else 0) * -2,
     "W21": delta * val[S["v2"]] * (1 if z2 > 0 else 0) * 1, "W22": delta * val[S["v2"]] * (1 if z2 > 0 else 0) * -2,
     "b1": delta * val[S["v1"]] * (1 if z1 > 0 else 0)}
# check the hand-coded gradients against sp.diff of the loss (ReLU is smooth away from 0)
O = S["v1"] * sp.Piecewise((Z1, Z1 > 0), (0, True)) + S["v2"] * sp.Piecewise((Z2, Z2 > 0), (0, True)) + S["c"]
for k in g:
    assert same(sp.diff(-sp.log(sig(O)), S[k]).subs(val), g[k])
eta = R("0.1")
L.define(8 + 12)
# Script A: z2 written as 0.2
L.step(z1 == R("0.5") * 1 + R("0.25") * -2 + R("0.15")); L.step(rounds("0.15", z1))
L.step(z2 == R("-0.4") * 1 + R("0.3") * -2 + R("0.2")); L.step(z2 == R("-0.4") - R("0.6") + R("0.2")); L.step(rounds("0.2", z2))
L.step(h1 == relu(R("0.15"))); L.step(rounds("0.15", relu(R("0.15"))))
L.step(h2 == relu(R("0.2")), carried=True); L.step(rounds("0.2", relu(R("0.2"))))
ow = R("0.8") * R("0.15") - R("1.2") * R("0.2") + R("0.05")
L.step(o == ow, carried=True); L.step(ow == R("0.12") - R("0.24") + R("0.05")); L.step(rounds("-0.07", ow))
L.step(yh == sig(R("-0.07")), carried=True); L.step(rounds("0.4825", sig(R("-0.07"))))
L.step(substituted(loss, lambda a: -sp.log(a), "~0.4825"), carried=True); L.step(rounds("0.7288", -sp.log(R("0.4825"))))
Y = sp.Symbol("yhat"); L.step(same(sp.diff(-sp.log(sig(sp.Symbol("o"))), sp.Symbol("o")), (Y - 1).subs(Y, sig(sp.Symbol("o"))), positive=False))
dw = R("0.4825") - 1
L.step(rounds("-0.5175", delta), carried=rounds("-0.5175", dw))
written_A = {"v1": ("-0.0776", ["-0.5175", "0.15"]), "v2": ("-0.1035", ["-0.5175", "0.2"]),
             "W21": ("0.6210", ["-0.5175", "-1.2", "1", "1"]), "W22": ("-1.2420", ["-0.5175", "-1.2", "-2"]),
             "W11": ("-0.4140", ["-0.5175", "0.8", "1"]), "W12": ("0.8280", ["-0.5175", "0.8", "-2"])}
mul = lambda *a: sp.Mul(*a)
for k, (res, fac) in written_A.items():
    marked = ["~" + fac[0]] + fac[1:]
    L.step(substituted(g[k], mul, *marked), carried=True, note=f"dL/d{k} on the carried delta / h2")
    L.step(rounds(res, mul(*[R(f) for f in fac])))
for k, w0, gw, res in (("W12", "0.25", "0.8280", "0.1672"), ("v1", "0.8", "-0.0776", "0.8078")):
    L.step(substituted(R(w0) - eta * g[k], lambda a, b, c: a - b * c, w0, "0.1", "~" + gw), carried=True)
    L.step(rounds(res, R(w0) - eta * R(gw)))
# Script B
L.step(z1 == R("0.15") and z2 == R("-0.8")); L.step(h1 == R("0.15") and h2 == 0); L.step(rounds("0.17", o))
L.step(yh == sig(R("0.17"))); L.step(rounds("0.5424", yh)); L.step(rounds("0.6118", loss))
L.define(); L.step(sp.simplify(sp.diff(-sp.log(sig(sp.Symbol("o"))), sp.Symbol("o")).subs(sp.Symbol("o"), o) - (yh - 1)) == 0)
L.step(rounds("-0.4576", delta))
v1, v2 = val[S["v1"]], val[S["v2"]]
for k, formula, nums, res in (("W21", delta * v2 * 1, ["~-0.4576", "-1.2", "1"], "0.5491"),
                              ("W11", delta * v1 * 1, ["~-0.4576", "0.8"], "-0.3661"),
                              ("W12", delta * v1 * -2, ["~-0.4576", "0.8", "-2"], "0.7322")):
    L.step(sp.simplify(g[k] - formula) == 0, note="the ReLU gate of unit 2 is closed")
    L.step(substituted(formula, mul, *nums))
    L.step(rounds(res, mul(*[R(f.lstrip("~")) for f in nums]), g[k]))
L.step(sp.simplify(g["b1"] - delta * v1) == 0); L.step(rounds("-0.3661", g["b1"], R("-0.4576") * R("0.8")))
L.step(g["c"] == delta); L.step(rounds("-0.4576", g["c"]))
L.step(sp.simplify(g["v1"] - delta * h1) == 0); L.step(substituted(g["v1"], mul, "~-0.4576", "0.15")); L.step(rounds("-0.0686", R("-0.4576") * R("0.15")))
for k, w0, op, gw, res in (("W11", "0.5", "+", "-0.3661", "0.4634"), ("b1", "0.15", "-", "-0.3661", "0.1866"),
                           ("c", "0.05", "-", "-0.4576", "0.0958"), ("W12", "0.25", "-", "0.7322", "0.1778")):
    f = (lambda a, b, c: a + b * c) if op == "+" else (lambda a, b, c: a - b * c)
    L.step(substituted(R(w0) - eta * g[k], f, w0, "0.1", "~" + gw))
    L.step(rounds(res, f(R(w0), eta, R(gw))))
L.done()
