"""Labels for pandoc_markdown_shared_bias_sigmoid_mlp.tex: a student's Markdown lab solution converted by
Pandoc (`\\( \\)`, `\\[ \\]`, `\\texttt`, `\\tightlist` lists, `\\dfrac`/`\\tfrac`): a 2-2-1 net, sigmoid
hidden units sharing one bias b, linear output, squared loss; dL/dv2 = -0.6384 x 0.5374 written -0.3341
(carried into the v2 step); dL/db = delta1 + delta2 with a central-difference check; a classmate's
dL/dyhat = 2(yhat - y); the input gradient taken as W1 delta for W1^T delta (carried into the saliency
comparison and an input step); d/dz ln(1 - sigma) = sigma (sign lost); the TA's corrections; a second example with z1 = 0.2 + 0.4 + 0.1 (the weight is -0.4; carried into h1, yhat, L,
delta_o, delta1, delta2, dL/db and the batch average)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch11/pandoc_markdown_shared_bias_sigmoid_mlp.tex")
sig = lambda t: 1 / (1 + sp.exp(-t))
L.define(8, "x, y, W1, b, v, c, L, eta")
x = [R("0.5"), sp.Integer(-1)]
W = [[R("0.2"), R("-0.4")], [R("0.3"), R("0.1")]]
b, v, c, y = R("0.1"), [R("0.5"), R("-0.3")], R("0.2"), 1
z = [W[j][0] * x[0] + W[j][1] * x[1] + b for j in range(2)]
h = [sig(t) for t in z]
yh = v[0] * h[0] + v[1] * h[1] + c
Ls = (yh - y) ** 2 / 2
do = yh - y
L.step(z[0] == R("0.2") * R("0.5") + R("-0.4") * (-1) + R("0.1")); L.step(z[0] == R("0.1") + R("0.4") + R("0.1")); L.step(z[0] == R("0.6"))
L.step(z[1] == R("0.3") * R("0.5") + R("0.1") * (-1) + R("0.1")); L.step(z[1] == R("0.15"))
L.step(h[0] == sig(R("0.6"))); L.step(rounds("0.6457", h[0])); L.step(h[1] == sig(R("0.15"))); L.step(rounds("0.5374", h[1]))
L.step(substituted(yh, lambda a, b_: R("0.5") * a - R("0.3") * b_ + R("0.2"), "~0.6457", "~0.5374"))
L.step(rounds("0.3616", R("0.5") * R("0.6457") - R("0.3") * R("0.5374") + R("0.2"), yh))
L.step(substituted(Ls, lambda a: (a - 1) ** 2 / 2, "~0.3616")); L.step(rounds("0.2038", (R("0.3616") - 1) ** 2 / 2, Ls))
L.step(True, note="delta_o = dL/dyhat"); L.step(True, note="dL/dyhat = yhat - y"); L.step(rounds("-0.6384", do))
gv = [do * h[0], do * h[1]]
L.step(True, note="dL/dv1 = delta_o h1"); L.step(substituted(gv[0], lambda a, b_: a * b_, "~-0.6384", "~0.6457"))
L.step(rounds("-0.4122", R("-0.6384") * R("0.6457"), gv[0]))
L.step(True, note="dL/dv2 = delta_o h2"); L.step(substituted(gv[1], lambda a, b_: a * b_, "~-0.6384", "~0.5374"))
L.step(rounds("-0.3341", R("-0.6384") * R("0.5374"), gv[1]), note="-0.3431")
L.step(True, note="dL/dc = delta_o"); L.step(rounds("-0.6384", do))
t = sp.symbols("t")
L.step(same(sp.diff(sig(t), t), sig(t) * (1 - sig(t)), [t], positive=False))
sd = [hh * (1 - hh) for hh in h]
L.step(substituted(sd[0], lambda a, b_: a * b_, "~0.6457", "~0.3543")); L.step(rounds("0.2288", R("0.6457") * R("0.3543"), sd[0]))
L.step(substituted(sd[1], lambda a, b_: a * b_, "~0.5374", "~0.4626")); L.step(rounds("0.2486", R("0.5374") * R("0.4626"), sd[1]))
d = [do * v[0] * sd[0], do * v[1] * sd[1]]
L.step(True, note="delta1 formula"); L.step(substituted(d[0], lambda a, s: a * R("0.5") * s, "~-0.6384", "~0.2288"))
L.step(rounds("-0.0730", R("-0.6384") * R("0.5") * R("0.2288"), d[0]))
L.step(True, note="delta2 formula"); L.step(substituted(d[1], lambda a, s: a * R("-0.3") * s, "~-0.6384", "~0.2486"))
L.step(rounds("0.0476", R("-0.6384") * R("-0.3") * R("0.2486"), d[1]))
L.step(True, note="dL/dW_jk = delta_j x_k")
gW = [[d[j] * x[k] for k in range(2)] for j in range(2)]
L.step(all(substituted(gW[j][k], lambda a: a * x[k], "~" + s) for j, s in ((0, "-0.0730"), (1, "0.0476")) for k in range(2)))
L.step(all(rounds(w_, gW[j][k]) for (j, k), w_ in {(0, 0): "-0.0365", (0, 1): "0.0730", (1, 0): "0.0238", (1, 1): "-0.0476"}.items()))
gb = d[0] + d[1]
L.step(True, note="shared bias: sum"); L.step(substituted(gb, lambda a, b_: a + b_, "~-0.0730", "~0.0476")); L.step(rounds("-0.0254", gb))
def loss_at(bb):
    zz = [W[j][0] * x[0] + W[j][1] * x[1] + bb for j in range(2)]
    return (v[0] * sig(zz[0]) + v[1] * sig(zz[1]) + c - y) ** 2 / 2
L.step(rounds("0.203525", loss_at(R("0.11")))); L.step(rounds("0.204033", loss_at(R("0.09"))))
L.step(substituted((loss_at(R("0.11")) - loss_at(R("0.09"))) / R("0.02"), lambda p, q: (p - q) / R("0.02"), "~0.203525", "~0.204033"))
L.step(rounds("-0.0254", (R("0.203525") - R("0.204033")) / R("0.02")))
L.step(False, note="dL/dyhat = yhat - y, not 2(yhat - y)"); L.step(2 * R("-0.6384") == R("-1.2768"))
gx = [W[0][0] * d[0] + W[1][0] * d[1], W[0][1] * d[0] + W[1][1] * d[1]]
L.step(False, note="grad_x = W1^T delta, not W1 delta")
L.step(True, note="W1 delta written out with the rounded deltas")
L.step(rounds("-0.0336", R("0.2") * R("-0.0730") + R("-0.4") * R("0.0476")) and rounds("-0.0171", R("0.3") * R("-0.0730") + R("0.1") * R("0.0476")))
L.step(abs(gx[0]) > abs(gx[1]), carried=abs(R("-0.0336")) > abs(R("-0.0171")))
L.step(R("0.0336") > R("0.0171"))
L.step(substituted(x[0] - R("0.5") * gx[0], lambda g: R("0.5") - R("0.5") * g, "~-0.0336"), carried=True)
L.step(R("0.5") - R("0.5") * R("-0.0336") == R("0.5168"))
L.define(note="eta = 0.1")
eta = R("0.1")
for new, old, g_, written in ((b - eta * gb, "0.1", "~-0.0254", "0.1025"), (v[0] - eta * gv[0], "0.5", "~-0.4122", "0.5412"),
                              (v[1] - eta * gv[1], "-0.3", "~-0.3341", "-0.2666"), (c - eta * do, "0.2", "~-0.6384", "0.2638"),
                              (W[0][0] - eta * gW[0][0], "0.2", "~-0.0365", "0.2037")):
    sub = substituted(new, lambda q: R(old) - eta * q, g_)
    L.step(sub, carried=not sub)
    L.step(rounds(written, R(old) - eta * R(g_.lstrip("~")), new))
# second example (old weights), x = (1, 1), y = 0
x2 = [sp.Integer(1), sp.Integer(1)]
z2 = [W[j][0] * x2[0] + W[j][1] * x2[1] + b for j in range(2)]
h2 = [sig(t_) for t_ in z2]
yh2 = v[0] * h2[0] + v[1] * h2[1] + c
do2 = yh2 - 0
sd2 = [hh * (1 - hh) for hh in h2]
d2 = [do2 * v[0] * sd2[0], do2 * v[1] * sd2[1]]
L.define(2, "x, y")
L.step(z2[0] == R("0.2") * 1 + R("0.4") * 1 + R("0.1"), note="W12 = -0.4"); L.step(R("0.2") + R("0.4") + R("0.1") == R("0.7"))
L.step(z2[1] == R("0.3") + R("0.1") + R("0.1")); L.step(z2[1] == R("0.5"))
L.step(h2[0] == sig(R("0.7")), carried=True); L.step(rounds("0.6682", sig(R("0.7")))); L.step(h2[1] == sig(R("0.5"))); L.step(rounds("0.6225", h2[1]))
L.step(substituted(yh2, lambda a, b_: R("0.5") * a - R("0.3") * b_ + R("0.2"), "~0.6682", "~0.6225"), carried=True)
L.step(rounds("0.3474", R("0.5") * R("0.6682") - R("0.3") * R("0.6225") + R("0.2")))
L.step(substituted(yh2 ** 2 / 2, lambda a: a ** 2 / 2, "~0.3474"), carried=True); L.step(rounds("0.0603", R("0.3474") ** 2 / 2))
L.step(True, note="delta_o = yhat - y"); L.step(rounds("0.3474", do2), carried=True)
L.step(substituted(d2[0], lambda a, s_: a * R("0.5") * s_, "~0.3474", "~0.2217"), carried=True)
L.step(rounds("0.0385", R("0.3474") * R("0.5") * R("0.2217")))
L.step(substituted(d2[1], lambda a, s_: a * R("-0.3") * s_, "~0.3474", "~0.2350"), carried=True)
L.step(rounds("-0.0245", R("0.3474") * R("-0.3") * R("0.2350")))
L.step(True, note="shared bias"); L.step(substituted(d2[0] + d2[1], lambda a, b_: a + b_, "~0.0385", "~-0.0245"), carried=True)
L.step(R("0.0385") - R("0.0245") == R("0.0140"))
L.step(substituted((gb + d2[0] + d2[1]) / 2, lambda a, b_: (a + b_) / 2, "~-0.0254", "~0.0140"), carried=rounds("-0.0057", (R("-0.0254") + R("0.0140")) / 2))
zz = sp.symbols("zz")
L.step(same(sig(-zz), 1 - sig(zz), [zz], positive=False)); L.step(same(sp.diff(sig(zz), zz), sig(zz) * sig(-zz), [zz], positive=False))
L.step(same(sp.diff(sp.log(sig(zz)), zz), 1 - sig(zz), [zz], positive=False))
L.step(same(sp.diff(sp.log(1 - sig(zz)), zz), sig(zz), [zz], positive=False))
L.step(sp.diff(sig(zz), zz).subs(zz, 0) == R("0.25")); L.step(sp.simplify(sp.diff(sig(zz), zz).subs(zz, 0)) == sp.Rational(1, 4))
L.step(True, note="untied dL/db1 = delta1"); L.step(True, note="dL/db2 = delta2"); L.step(rounds("-0.0254", gb))
L.step(substituted(gv[1], lambda a, b_: a * b_, "~-0.6384", "~0.5374")); L.step(rounds("-0.3431", R("-0.6384") * R("0.5374"), gv[1]))
L.step(substituted(v[1] - eta * gv[1], lambda q: R("-0.3") + q, "~0.0343")); L.step(rounds("-0.2657", R("-0.3") + R("0.0343"), v[1] - eta * gv[1]))
L.step(substituted(gx[0], lambda a, b_: R("0.2") * a + R("0.3") * b_, "~-0.0730", "~0.0476")
       and substituted(gx[1], lambda a, b_: R("-0.4") * a + R("0.1") * b_, "~-0.0730", "~0.0476"))
L.step(rounds("-0.0003", gx[0]) and rounds("0.0340", gx[1]))
L.step(z2[0] == R("0.2") - R("0.4") + R("0.1")); L.step(z2[0] == R("-0.1")); L.step(rounds("0.4750", h2[0]))
L.step(rounds("0.2508", yh2)); L.step(rounds("0.2508", do2))
L.done()
