"""Labels for tabular_pm_gradient_check_sigmoid_shared_bias.tex: coursework on a 2-2-1 sigmoid MLP whose two
hidden units share one bias b, with cross-entropy; forward, backward, the input gradient W^T delta, and a
`tabular` gradient check (central differences written as value \\pm bound), an update and a marker's notes."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, substituted  # noqa: E402

L = Labels("batch14/tabular_pm_gradient_check_sigmoid_shared_bias.tex")
sig = lambda t: 1 / (1 + sp.exp(-t))
x1, x2, y = R("1.0"), R("0.5"), 1
P0 = dict(w11=R("0.4"), w12=R("-0.2"), w21=R("0.3"), w22=R("0.8"), b=R("0.1"), v1=R("0.7"), v2=R("-0.5"), c=R("0.2"), x1=x1, x2=x2)
def loss(P):
    a1 = P["w11"] * P["x1"] + P["w12"] * P["x2"] + P["b"]; a2 = P["w21"] * P["x1"] + P["w22"] * P["x2"] + P["b"]
    o = P["v1"] * sig(a1) + P["v2"] * sig(a2) + P["c"]
    return -sp.log(sig(o))
syms = {k: sp.Symbol(k) for k in P0}
Lsym = loss(syms)
grad = {k: sp.N(sp.diff(Lsym, s).subs({syms[j]: P0[j] for j in P0}), 30) for k, s in syms.items()}
eps = sp.Rational(1, 10 ** 4)
def central(k):
    up, dn = dict(P0), dict(P0); up[k] += eps; dn[k] -= eps
    return sp.N((loss(up) - loss(dn)) / (2 * eps), 30)
L.define(5); L.define(5); L.define()
a1, a2 = R("0.4") - R("0.1") + R("0.1"), R("0.3") + R("0.4") + R("0.1")
L.step(True); L.step(a1 == R("0.4")); L.step(True); L.step(a2 == R("0.8"))
h1, h2 = sig(a1), sig(a2)
L.step(True); L.step(rounds("0.5987", h1)); L.step(True); L.step(rounds("0.6900", h2))
o = P0["v1"] * h1 + P0["v2"] * h2 + P0["c"]; yh = sig(o)
L.step(substituted(o, lambda p, q: R("0.7") * p - R("0.5") * q + R("0.2"), "~0.5987", "~0.6900")); L.step(rounds("0.2741", o))
L.step(True); L.step(rounds("0.5681", yh)); L.step(True); L.step(rounds("0.5655", -sp.log(yh)))
L.step(yh > R("0.5")); L.step(-sp.log(yh) < sp.log(2)); L.step(rounds("0.6931", sp.log(2)))
do = yh - y
L.step(True, note="sigmoid + CE"); L.step(rounds("-0.4319", do)); L.step(rounds("-0.4319", grad["c"]))
L.step(True, note="dL/dv1 = (yhat - y) h1")
L.step(substituted(grad["v1"], lambda p, q: p * q, "~-0.4319", "~0.5897"), note="h1 = 0.5987 miscopied")
L.step(rounds("-0.2547", R("-0.4319") * R("0.5897")))
L.step(substituted(grad["v2"], lambda p, q: p * q, "~-0.4319", "~0.6900")); L.step(rounds("-0.2980", R("-0.4319") * R("0.6900")))
L.step(True)
L.step(substituted(h1 * (1 - h1), lambda p, q: p * q, "~0.5987", "~0.4013")); L.step(rounds("0.2403", h1 * (1 - h1)))
L.step(substituted(h2 * (1 - h2), lambda p, q: p * q, "~0.6900", "~0.3100")); L.step(rounds("0.2139", h2 * (1 - h2)))
d1 = do * P0["v1"] * h1 * (1 - h1); d2 = do * P0["v2"] * h2 * (1 - h2)
L.step(True); L.step(substituted(d1, lambda p, q: p * R("0.7") * q, "~-0.4319", "~0.2403")); L.step(rounds("-0.0726", d1))
L.step(substituted(d2, lambda p, q: p * R("-0.5") * q, "~-0.4319", "~0.2139")); L.step(rounds("0.0462", d2))
L.step(sp.Abs(grad["b"] - (d1 + d2) / 2) < 1e-20, note="shared: the sum")
L.step(True, note="substitution of the halved formula"); L.step(rounds("-0.0132", (R("-0.0726") + R("0.0462")) / 2))
L.step(sp.Abs(grad["w11"] - d1 * x1) < 1e-20); L.step(rounds("-0.0726", grad["w11"]))
L.step(sp.Abs(grad["w22"] - d2 * x2) < 1e-20); L.step(rounds("0.0231", grad["w22"]))
L.step(True, note="W^T delta")
L.step(substituted(grad["x1"], lambda p, q: R("0.4") * p + R("0.3") * q, "~-0.0726", "~0.0462")); L.step(rounds("-0.0152", R("0.4") * R("-0.0726") + R("0.3") * R("0.0462")))
L.step(substituted(grad["x2"], lambda p, q: R("-0.2") * p + R("0.8") * q, "~-0.0726", "~0.0462")); L.step(rounds("0.0515", R("-0.2") * R("-0.0726") + R("0.8") * R("0.0462")))
L.define(2)
within = lambda k, c, pm: abs(central(k) - R(c)) <= R(pm)
rows = [("c", "-0.4319", "-0.43190"), ("v1", "-0.2547", "-0.25857"), ("v2", "-0.2980", "-0.29800"), ("b", "-0.0132", "-0.02644"),
        ("w11", "-0.0726", "-0.07264"), ("w22", "0.0231", "0.02310"), ("x1", "-0.0152", "-0.01520"), ("x2", "0.0515", "0.05148")]
wrote = {"v1": R("-0.4319") * R("0.5897"), "b": (R("-0.0726") + R("0.0462")) / 2}
for k, gh, gt in rows:
    L.step(rounds(gh, grad[k]), carried=k in wrote and rounds(gh, wrote[k]))
    L.step(within(k, gt, "0.00001"))
    if k == "v1":
        L.step(rounds("0.0039", abs(grad[k] - central(k))), carried=rounds("0.0039", abs(R(gh) - central(k))))
    elif k == "b":
        L.step(rounds("0.0132", abs(grad[k] - central(k))), carried=rounds("0.0132", abs(R(gh) - central(k))))
    else:
        L.step(abs(R(gh) - R(gt)) < R("0.0001") and abs(grad[k] - central(k)) < R("0.0001"))
L.step(rounds("0.0151", R("0.0039") / R("0.2586"))); L.step(R("0.0151") < R("0.01"))
L.step(R("-0.0264") / 2 == R("-0.0132"))
L.define(note="eta"); L.step(True); L.step(rounds("0.4160", P0["c"] - R("0.5") * grad["c"]))
L.step(False, carried=True, note="b gradient halved"); L.step(R("0.1") - R("0.5") * R("-0.0132") == R("0.1066"))
bn = P0["b"] - R("0.5") * grad["b"]; bw = R("0.1066")
L.step(R("0.4") - R("0.1") + bn == R("0.4") - R("0.1") + bw, carried=True); L.step(R("0.4") - R("0.1") + bw == R("0.4066"))
L.step(rounds("0.8066", R("0.8") + bn - R("0.1")), carried=R("0.8") + bw - R("0.1") == R("0.8066"))
L.step(rounds("0.0066", bn - R("0.1")), carried=R("0.4066") - R("0.4") == R("0.0066"))
L.step(sig(R("0.4") - R("0.1") + bn) == sig(R("0.4066")), carried=True); L.step(rounds("0.6030", sig(R("0.4066"))), note="0.6003")
db_true, dc_true = -R("0.5") * grad["b"], -R("0.5") * grad["c"]
dlin = (P0["v1"] * h1 * (1 - h1) + P0["v2"] * h2 * (1 - h2)) * db_true + dc_true
L.step(True, note="linearisation")
L.step(substituted(dlin, lambda p_, q_, r_, s_: (R("0.7") * p_ - R("0.5") * q_) * r_ + s_, "~0.2403", "~0.2139", "~0.0066", "~0.2160"),
       note="the step in b is 0.0132", carried=rounds("0.2164", (R("0.7") * R("0.2403") - R("0.5") * R("0.2139")) * R("0.0066") + R("0.2160")))
L.step(rounds("0.2164", (R("0.7") * R("0.2403") - R("0.5") * R("0.2139")) * R("0.0066") + R("0.2160")))
L.step(rounds("0.4748", -sp.log(sig(o + dlin))), carried=True)
L.step(rounds("0.6220", sig(R("0.2741") + R("0.2164"))), note="0.6202"); L.step(rounds("0.4748", -sp.log(R("0.6220")))); L.step(R("0.4748") < R("0.5655"))
L.step(sp.Abs(grad["b"] - (d1 + d2)) < 1e-20); L.step(rounds("-0.0264", grad["b"]))
L.step(substituted(P0["b"] - R("0.5") * grad["b"], lambda q: R("0.1") + q, "~0.0132")); L.step(R("0.1") + R("0.0132") == R("0.1132"))
L.step(sp.Abs(grad["v1"] - do * yh * (1 - yh) * h1) < 1e-6, note="no sigma'(o) with cross-entropy")
L.step(substituted(do * yh * (1 - yh) * h1, lambda p, q, r: p * q * r, "~-0.4319", "~0.2454", "~0.5987"))
L.step(rounds("-0.0635", R("-0.4319") * R("0.2454") * R("0.5987")))
L.done()
