"""Labels for pair_programming_log_sigmoid_mlp_shared_bias_input_grad.tex: a pair-programming log
(driver and navigator) hand-checking a 2-2-1 sigmoid MLP whose hidden units share one scalar bias b,
with a sigmoid output and L = (yhat - y)^2 / 2: forward pass, delta_out, dL/dv, dL/dc, the hidden deltas,
dL/dW1 = delta x^T, dL/db = delta1 + delta2, the input gradient W1^T delta, a central-difference check,
one step on b with a first-order prediction, and a second forward pass. Slips: the sign of v2 dropped in
delta2 (carried into dL/dW1, dL/db and dL/dx); the driver's averaged shared-bias gradient (its
substitution carried); sigma(0.20805) with two digits swapped (carried into a, yhat and L)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch24/pair_programming_log_sigmoid_mlp_shared_bias_input_grad.tex")
Mat = sp.Matrix
sig = lambda u: 1 / (1 + sp.exp(-u))
xv = Mat([1, R("0.5")]); W1 = Mat([[R("0.4"), R("-0.6")], [R("0.3"), R("0.8")]]); b = R("0.1")
v = Mat([R("1.2"), R("-0.7")]); c = R("0.05"); y = 1


def fwd(bb):
    z = W1 * xv + bb * Mat([1, 1])
    h = z.applyfunc(sig)
    a = (v.T * h)[0] + c
    yh = sig(a)
    return z, h, a, yh, (yh - y) ** 2 / 2


def near(ws, vals):
    return all(rounds(w, val) for w, val in zip(ws, vals))


L.define(5, "model"); L.define(6, "test point")
z, h, a, yh, Lo = fwd(b)
L.step(z == Mat([R("0.4") - R("0.3") + R("0.1"), R("0.3") + R("0.4") + R("0.1")])); L.step(z == Mat([R("0.2"), R("0.8")]))
L.step(True, note="h = sigma(z)"); L.step(near(["0.5498", "0.6900"], h))
L.step(substituted(a, lambda p, q: R("1.2") * p - R("0.7") * q + R("0.05"), "~0.5498", "~0.6900"))
L.step(rounds("0.2268", R("1.2") * R("0.5498") - R("0.7") * R("0.69") + R("0.05")))
L.step(substituted(yh, sig, "~0.2268")); L.step(rounds("0.5565", sig(R("0.2268"))))
L.step(substituted(Lo, lambda p: (p - 1) ** 2 / 2, "~0.5565")); L.step(rounds("0.0984", (R("0.5565") - 1) ** 2 / 2, Lo))
dout = (yh - y) * yh * (1 - yh)
L.define(note="delta_out := dL/da"); L.step(True, note="dL/da = (yhat - y) yhat (1 - yhat)")
L.step(substituted(dout, lambda p, q, r: p * (q * r), "~-0.4435", "~0.5565", "~0.4435"))
L.step(rounds("0.2468", R("0.5565") * R("0.4435"))); L.step(rounds("-0.1095", R("-0.4435") * R("0.2468")))
L.step(True, note="dL/dv = delta_out h"); L.step(near(["-0.0602", "-0.0756"], [R("-0.1095") * R("0.5498"), R("-0.1095") * R("0.69")]))
L.step(True); L.step(rounds("-0.1095", dout))
d = Mat([dout * v[j] * h[j] * (1 - h[j]) for j in range(2)])
L.define(note="delta_j := dL/dz_j"); L.step(True, note="chain rule through sigma")
L.step(substituted(h[0] * (1 - h[0]), lambda p, q: p * q, "~0.5498", "~0.4502")); L.step(rounds("0.2475", R("0.5498") * R("0.4502")))
L.step(substituted(h[1] * (1 - h[1]), lambda p, q: p * q, "~0.6900", "~0.3100")); L.step(rounds("0.2139", R("0.69") * R("0.31")))
L.step(substituted(d[0], lambda p, q: p * R("1.2") * q, "~-0.1095", "~0.2475")); L.step(rounds("-0.0325", R("-0.1095") * R("1.2") * R("0.2475")))
L.step(substituted(d[1], lambda p, q: p * R("0.7") * q, "~-0.1095", "~0.2139"), note="v2 = -0.7")
L.step(rounds("-0.0164", R("-0.1095") * R("0.7") * R("0.2139")))
dw = Mat([d[0], R("-0.0164")])                  # the writer's delta
gW = d * xv.T
L.step(True, note="dL/dW1 = delta x^T")
ws = ["-0.0325", "-0.0163", "-0.0164", "-0.0082"]
L.step(near(ws, gW), carried=near(ws, list(dw * xv.T)) or near(ws, [R("-0.0325"), R("-0.0325") * R("0.5"), R("-0.0164"), R("-0.0164") * R("0.5")]))
gb = d[0] + d[1]
L.step(True, note="dL/db = delta1 + delta2")
L.step(substituted(gb, lambda p, q: p + q, "~-0.0325", "~-0.0164"), carried=True); L.step(R("-0.0325") + R("-0.0164") == R("-0.0489"))
gx = W1.T * d
L.step(True, note="dL/dx = W1^T delta")
L.step(substituted(gx[0], lambda p, q: R("0.4") * p + R("0.3") * q, "~-0.0325", "~-0.0164"), carried=True)
L.step(near(["-0.0130", "-0.0049", "0.0195", "-0.0131"], [R("0.4") * R("-0.0325"), R("0.3") * R("-0.0164"), R("-0.6") * R("-0.0325"), R("0.8") * R("-0.0164")]))
L.step(near(["-0.0179", "0.0064"], [R("-0.0130") - R("0.0049"), R("0.0195") - R("0.0131")]))
# gradient check
L.define(note="epsilon")
eps = R("0.0001")
fd = (fwd(b + eps)[4] - fwd(b - eps)[4]) / (2 * eps)
L.step(rounds("-0.0161", fd))
L.step(sp.N(gb / 2 - gb) == 0, note="the sum, not the mean")
L.step(substituted(gb / 2, lambda p, q: (p + q) / 2, "~-0.0325", "~-0.0164"), carried=True)
L.step((R("-0.0325") - R("0.0164")) / 2 == R("-0.02445"))
# fix
L.step(v[1] == R("-0.7")); L.step(R("-0.7") < 0)
L.step(substituted(d[1], lambda p, q: p * R("-0.7") * q, "~-0.1095", "~0.2139")); L.step(rounds("0.0164", R("-0.1095") * R("-0.7") * R("0.2139")))
L.step(True); L.step(substituted(gb, lambda p, q: p + q, "~-0.0325", "~0.0164")); L.step(R("-0.0325") + R("0.0164") == R("-0.0161"))
bs = sp.symbols("b")
zs = W1 * xv + bs * Mat([1, 1])
L.step(True, note="chain rule over the copies of b"); L.step(all(sp.diff(zj, bs) == 1 for zj in zs))
L.step(rounds("0.0164", gW[1, 0])); L.step(rounds("0.0082", gW[1, 1]))
L.step(True)
L.step(near(["-0.0130", "0.0049", "0.0195", "0.0131"], [R("0.4") * R("-0.0325"), R("0.3") * R("0.0164"), R("-0.6") * R("-0.0325"), R("0.8") * R("0.0164")])
       and substituted(gx[0], lambda p, q: R("0.4") * p + R("0.3") * q, "~-0.0325", "~0.0164"))
L.step(near(["-0.0081", "0.0326"], [R("-0.0130") + R("0.0049"), R("0.0195") + R("0.0131")]))
L.step(near(["-0.0228", "0.0034"], W1 * d))
# step on b
eta = R("0.5")
L.define(note="eta")
bn = b - eta * gb
L.define(note="update rule"); L.step(substituted(bn, lambda g: R("0.1") + R("0.5") * g, "~0.0161")); L.step(R("0.1") + R("0.5") * R("0.0161") == R("0.10805"))
L.step(substituted(Lo - eta * gb ** 2, lambda p, g: p - R("0.5") * g ** 2, "~0.0984", "~0.0161"))
L.step(rounds("0.0983", R("0.0984") - R("0.5") * R("0.0161") ** 2))
zn, hn, an, yhn, Ln = fwd(bn)
# 0.20805 = 0.1 + 0.10805 carries the rounding of 0.0161 (b_new = 0.1 + 0.5 * 0.0161)
L.step((W1 * xv + R("0.10805") * Mat([1, 1])) == Mat([R("0.20805"), R("0.80805")])
       and substituted(zn[0], lambda g: R("0.2") + R("0.5") * g, "~0.0161"))
L.step(substituted(hn[0], lambda g: sig(R("0.2") + R("0.5") * g), "~0.0161"), note="h1 = sigma(0.20805)")
L.step(rounds("0.5581", sig(R("0.20805")), hn[0]), note="0.5518")
L.step(True, note="h2 = sigma(z2)"); L.step(rounds("0.6917", sig(R("0.80805")), hn[1]))
L.step(substituted(an, lambda p, q: R("1.2") * p - R("0.7") * q + R("0.05"), "~0.5581", "~0.6917"), carried=True)
L.step(rounds("0.2355", R("1.2") * R("0.5581") - R("0.7") * R("0.6917") + R("0.05")))
L.step(substituted(yhn, sig, "~0.2355"), carried=True); L.step(rounds("0.5586", sig(R("0.2355"))))
L.step(substituted(Ln, lambda p: (1 - p) ** 2 / 2, "~0.5586"), carried=True); L.step(rounds("0.0974", (1 - R("0.5586")) ** 2 / 2))
L.step(rounds("0.5518", sig(R("0.20805"))))
L.step(substituted(an, lambda p, q: R("1.2") * p - R("0.7") * q + R("0.05"), "~0.5518", "~0.6917"))
L.step(rounds("0.2280", R("1.2") * R("0.5518") - R("0.7") * R("0.6917") + R("0.05")))
L.step(substituted(yhn, sig, "~0.2280")); L.step(rounds("0.5568", sig(R("0.2280"))))
L.step(substituted(Ln, lambda p: (1 - p) ** 2 / 2, "~0.5568")); L.step(rounds("0.1964", (1 - R("0.5568")) ** 2))
L.step(rounds("0.0982", R("0.1964") / 2))
L.done()
