"""Labels for resubmission_relu_net_numeric.tex: a homework resubmission with a corrections log;
2-2-1 ReLU net with a sigmoid output and log loss at 4 decimals; a sign slip in a_1 carried through
the original answer; the corrected pass with a last-digit slip in delta_1 carried into two gradients
and two updates; the TA's reply."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch5/resubmission_relu_net_numeric.tex")
sig = lambda t: 1 / (1 + sp.exp(-t))
W1 = sp.Matrix([[R("0.4"), R("0.8")], [R("-0.6"), R("0.2")]])
x, b1, v, c, y, eta = sp.Matrix([R("1.5"), R("-0.5")]), sp.Matrix([R("0.1"), R("0.3")]), sp.Matrix([R("1.2"), R("-0.7")]), R("0.05"), 1, R("0.1")
L.define(3); L.define(5); L.define(2)


def net(a):
    h = a.applyfunc(lambda t: max(t, 0))
    z = (v.T * h)[0] + c
    yh = sig(z)
    dz = yh - y
    d = sp.Matrix([dz * v[j] * (1 if a[j] > 0 else 0) for j in range(2)])
    return dict(a=a, h=h, z=z, yh=yh, L=-sp.log(yh), dz=dz, d=d, dW=d * x.T, dv=dz * h)


T = net(W1 * x + b1)
W = net(sp.Matrix([R("1.1"), R("-0.7")]))            # the writer's a_1
# forward
L.step(T["a"][0] == R("0.4") * R("1.5") + R("0.8") * R("-0.5") + R("0.1"))
L.step(T["a"][0] == R("0.6") + R("0.4") + R("0.1")); L.step(R("0.6") + R("0.4") + R("0.1") == R("1.1"))
L.step(T["a"][1] == R("-0.6") * R("1.5") + R("0.2") * R("-0.5") + R("0.3")); L.step(T["a"][1] == R("-0.9") - R("0.1") + R("0.3")); L.step(T["a"][1] == R("-0.7"))
L.step(T["h"][0] == max(0, R("1.1")), carried=W["h"][0] == R("1.1")); L.step(max(0, R("1.1")) == R("1.1"))
L.step(T["h"][1] == max(0, R("-0.7"))); L.step(T["h"][1] == 0)
L.step(T["z"] == R("1.2") * R("1.1") + c, carried=W["z"] == R("1.37")); L.step(R("1.2") * R("1.1") + c == R("1.37"))
L.step(T["yh"] == sig(R("1.37")), carried=True); L.step(rounds("0.7974", sig(R("1.37"))))
L.step(substituted(T["L"], lambda q: -sp.log(q), "~0.7974"), carried=substituted(W["L"], lambda q: -sp.log(q), "~0.7974"))
L.step(rounds("0.2264", -sp.log(R("0.7974")), W["L"]))
zz = sp.Symbol("z", real=True)
for yy in (0, 1):
    lhs = sp.diff(-yy * sp.log(sig(zz)) - (1 - yy) * sp.log(1 - sig(zz)), zz)
    ok1 = same(lhs, -yy * (1 - sig(zz)) + (1 - yy) * sig(zz), positive=False)
    ok2 = same(-yy * (1 - sig(zz)) + (1 - yy) * sig(zz), sig(zz) - yy, positive=False)
L.step(ok1); L.step(ok2); L.define()
# backward on the writer's chain
L.step(True, note="dL/dz = yhat - y")
L.step(substituted(T["dz"], lambda q: q - 1, "~0.7974"), carried=substituted(W["dz"], lambda q: q - 1, "~0.7974")); L.step(R("0.7974") - 1 == R("-0.2026"))
L.step(True); L.step(substituted(T["dv"][0], lambda p: p * R("1.1"), "~-0.2026"), carried=substituted(W["dv"][0], lambda p: p * R("1.1"), "~-0.2026"))
L.step(rounds("-0.2229", R("-0.2026") * R("1.1"), W["dv"][0]))
L.step(True); L.step(rounds("-0.2026", T["dz"]), carried=rounds("-0.2026", W["dz"]))
L.step(True, note="ReLU' = 1 on unit 1 (a_1 > 0 either way)")
L.step(substituted(T["d"][0], lambda p: p * R("1.2"), "~-0.2026"), carried=substituted(W["d"][0], lambda p: p * R("1.2"), "~-0.2026"))
L.step(rounds("-0.2431", R("-0.2026") * R("1.2"), W["d"][0])); L.step(T["d"][1] == 0)
for j, xs, res in ((0, "1.5", "-0.3647"), (1, "-0.5", "0.1216")):
    L.step(True)
    L.step(substituted(T["dW"][0, j], lambda p: p * R(xs), "~-0.2431"), carried=substituted(W["dW"][0, j], lambda p: p * R(xs), "~-0.2431"))
    L.step(rounds(res, R("-0.2431") * R(xs), W["dW"][0, j]))
L.define()
L.define(note="the rule"); L.step(v[0] - eta * T["dv"][0] == R("1.2") + R("0.02229"), carried=substituted(v[0] - eta * W["dv"][0], lambda g: R("1.2") + g, "~0.02229"))
L.step(rounds("1.2223", R("1.2") + R("0.02229")))
L.step(substituted(W1[0, 0] - eta * T["dW"][0, 0], lambda g: R("0.4") - R("0.1") * g, "~-0.3647"), carried=True)
L.step(rounds("0.4365", R("0.4") + R("0.03647")))
# corrections
L.step(T["a"][0] == R("0.6") - R("0.4") + R("0.1")); L.step(T["a"][0] == R("0.3")); L.step(T["h"][0] == R("0.3"))
L.step(T["z"] == R("1.2") * R("0.3") + c); L.step(T["z"] == R("0.41"))
L.step(T["yh"] == sig(R("0.41"))); L.step(rounds("0.6011", T["yh"]))
L.step(substituted(T["L"], lambda q: -sp.log(q), "~0.6011")); L.step(rounds("0.5090", T["L"], -sp.log(R("0.6011"))))
L.step(substituted(T["dz"], lambda q: q - 1, "~0.6011")); L.step(R("0.6011") - 1 == R("-0.3989"))
L.step(substituted(T["dv"][0], lambda p: p * R("0.3"), "~-0.3989")); L.step(rounds("-0.1197", T["dv"][0], R("-0.3989") * R("0.3")))
L.step(rounds("-0.3989", T["dz"]))
L.step(substituted(T["d"][0], lambda p: p * R("1.2"), "~-0.3989")); L.step(rounds("-0.4786", T["d"][0], R("-0.3989") * R("1.2")))
for j, xs, res in ((0, "1.5", "-0.7179"), (1, "-0.5", "0.2393")):
    L.step(substituted(T["dW"][0, j], lambda p: p * R(xs), "~-0.4786"), carried=True)
    L.step(rounds(res, R("-0.4786") * R(xs), T["dW"][0, j]))
L.step(True, note="delta_2 x_1"); L.step(T["dW"][1, 0] == 0)
L.step(True, note="dL/db1 = delta_1"); L.step(rounds("-0.4786", T["d"][0]), carried=True)
L.define(); L.step(substituted(v[0] - eta * T["dv"][0], lambda g: R("1.2") - R("0.1") * g, "~-0.1197")); L.step(rounds("1.2120", R("1.2") + R("0.01197"), v[0] - eta * T["dv"][0]))
L.step(substituted(W1[0, 0] - eta * T["dW"][0, 0], lambda g: R("0.4") - R("0.1") * g, "~-0.7179"), carried=True); L.step(rounds("0.4718", R("0.4") + R("0.07179")))
L.step(substituted(W1[0, 1] - eta * T["dW"][0, 1], lambda g: R("0.8") - R("0.1") * g, "~0.2393"), carried=True, note="0.2393 is also a rounding of the true 0.23935"); L.step(rounds("0.7761", R("0.8") - R("0.02393")))
L.step(substituted(c - eta * T["dz"], lambda g: R("0.05") + g, "~0.03989")); L.step(rounds("0.0899", R("0.05") + R("0.03989")))
L.step(substituted(b1[0] - eta * T["d"][0], lambda g: R("0.1") + g, "~0.04786"), carried=True); L.step(rounds("0.1479", R("0.1") + R("0.04786")))
# TA
L.step(R("-0.3989") * R("1.2") == R("-0.47868")); L.step(rounds("-0.4787", T["d"][0]))
L.step(substituted(T["dW"][0, 0], lambda p: p * R("1.5"), "~-0.4787")); L.step(rounds("-0.7180", R("-0.4787") * R("1.5"), T["dW"][0, 0]))
L.step(substituted(W1[0, 0] - eta * T["dW"][0, 0], lambda g: R("0.4") - R("0.1") * g, "~-0.7180")); L.step(rounds("0.4718", R("0.4") + R("0.0718")))
L.done()
