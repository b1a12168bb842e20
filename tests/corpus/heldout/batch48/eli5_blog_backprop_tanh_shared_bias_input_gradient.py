"""Labels for eli5_blog_backprop_tanh_shared_bias_input_gradient.tex: an "explain like I'm five" blog post
converted with pandoc (inline math as \\( \\), displays as \\[ \\], `align*`, `pmatrix`, `\\DeclareMathOperator{\\sech}`,
`:=`, `\\leftarrow`) with its reader comments and the author's replies: the chain rule, tanh' by the quotient rule and
its values, tanh'', sigma'; a 2-2-1 sigmoid MLP forward and backward with numbers; a shared bias (dL/db = delta_1 +
delta_2) with a central difference and a step; the input gradient W_1^T delta. Slips: d/dz tanh(2z) without the
inner factor 2 (its value carried); h_2(1 - h_2) mistyped 0.2457 (carried into delta_2, dL/dW_1, dL/db_1 and
W_1^T delta, fixed in the update); a reader's averaged shared bias; a reader's W_1 delta for W_1^T delta (its input
step carried); a reader's tanh' = 2 sigma'(2z) (its value carried); a reader's sigma' with the inner sign lost."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch48/eli5_blog_backprop_tanh_shared_bias_input_gradient.tex")
z = sp.symbols("z", real=True)
sig = lambda t: 1 / (1 + sp.exp(-t))
th = sp.tanh
# chain rule for a chain of three
w_ = sp.symbols("w", real=True)
L.step(True, note="chain rule dL/dw = dL/da da/dz dz/dw")
# tanh
L.step(same(sp.tanh(z), (sp.exp(z) - sp.exp(-z)) / (sp.exp(z) + sp.exp(-z)), positive=False))
dt = sp.diff(sp.tanh(z), z)
L.step(same(dt, ((sp.exp(z) + sp.exp(-z)) ** 2 - (sp.exp(z) - sp.exp(-z)) ** 2) / (sp.exp(z) + sp.exp(-z)) ** 2, positive=False))
L.step(same(dt, 1 - sp.tanh(z) ** 2, positive=False))
L.step(same((sp.exp(z) + sp.exp(-z)) ** 2 - (sp.exp(z) - sp.exp(-z)) ** 2, 4, positive=False))
L.step(same(dt, 4 / (sp.exp(z) + sp.exp(-z)) ** 2, positive=False))
L.step(same(4 / (sp.exp(z) + sp.exp(-z)) ** 2, 1 / sp.cosh(z) ** 2, positive=False))
L.step(same(1 / sp.cosh(z) ** 2, sp.sech(z) ** 2, positive=False))
t3 = th(R("0.3"))
L.step(rounds("0.2913", t3))
d3 = 1 - t3 ** 2
L.step(substituted(d3, lambda a: 1 - a ** 2, "~0.2913"))
L.step(rounds("0.0849", R("0.2913") ** 2) and substituted(1 - R("0.2913") ** 2, lambda a: 1 - a, "~0.0849"))
L.step(rounds("0.9151", 1 - R("0.0849"), d3))
L.define(note="z = 1")
t1 = th(1)
L.step(rounds("0.7616", t1)); L.step(substituted(1 - t1 ** 2, lambda a: 1 - a ** 2, "~0.7616"))
L.step(rounds("0.5800", R("0.7616") ** 2)); L.step(rounds("0.4200", 1 - R("0.5800")))
L.step(dt.subs(z, 0) == 1 - 0); L.step(1 - 0 == 1)
d2 = sp.diff(sp.tanh(z), z, 2)
L.step(same(d2, -2 * sp.tanh(z) * dt, positive=False)); L.step(same(d2, -2 * sp.tanh(z) * (1 - sp.tanh(z) ** 2), positive=False))
L.step(substituted(d2.subs(z, R("0.3")), lambda a, b: -2 * a * b, "~0.2913", "~0.9151"))
L.step(rounds("-0.5331", -2 * R("0.2913") * R("0.9151"), d2.subs(z, R("0.3"))))
# stretched tanh
d2z = sp.diff(sp.tanh(2 * z), z)
L.step(same(d2z, 1 - sp.tanh(2 * z) ** 2, positive=False), note="missing factor 2")
L.define(note="z = 0.15")
L.step(d2z.subs(z, R("0.15")) == 1 - th(R("0.3")) ** 2, carried=True)
L.step(rounds("0.9151", 1 - th(R("0.3")) ** 2))
# sigmoid
L.step(True, note="sigma = 1/(1 + e^-z), the definition restated")
ds = sp.diff(sig(z), z)
L.step(same(ds, sp.exp(-z) / (1 + sp.exp(-z)) ** 2, positive=False)); L.step(same(ds, sig(z) * (1 - sig(z)), positive=False))
L.define(note="z = 0"); L.step(ds.subs(z, 0) == R("0.5") * R("0.5")); L.step(R("0.5") * R("0.5") == R("0.25"))
# tiny network
L.define(note="L = (a - y)^2 / 2"); L.define(6, "x, W1, b1, w2, b2, y")
x = [R("0.8"), R("-0.4")]; W1 = [[R("0.3"), R("-0.5")], [R("0.6"), R("0.2")]]; b1 = [R("0.1"), R("-0.2")]
w2 = [R("0.7"), R("-0.4")]; b2 = R("0.05"); y = 1
zz = [W1[j][0] * x[0] + W1[j][1] * x[1] + b1[j] for j in range(2)]
h = [sig(v) for v in zz]
L.define(note="z1"); L.step(R("0.24") + R("0.2") + R("0.1") == zz[0]); L.step(zz[0] == R("0.54"))
L.define(note="h1"); L.step(rounds("0.6318", h[0]))
L.define(note="z2"); L.step(R("0.48") - R("0.08") - R("0.2") == zz[1]); L.step(zz[1] == R("0.20"))
L.define(note="h2"); L.step(rounds("0.5498", h[1]))
zo = w2[0] * h[0] + w2[1] * h[1] + b2
L.define(note="z_out")
L.step(abs(R("0.7") * R("0.6318") - R("0.4") * R("0.5498") - (R("0.4423") - R("0.2199"))) <= R("0.00011")
       and rounds("0.4423", R("0.7") * R("0.6318")) and rounds("0.2199", R("0.4") * R("0.5498")))
L.step(rounds("0.2724", R("0.4423") - R("0.2199") + R("0.05")))
a = sig(zo)
L.define(note="a"); L.step(rounds("0.5677", sig(R("0.2724")), a))
Lo = (a - y) ** 2 / 2
L.step(substituted(Lo, lambda t: (t - 1) ** 2 / 2, "~0.5677")); L.step(R("0.5677") - 1 == R("-0.4323"))
L.step(rounds("0.0934", R("0.4323") ** 2 / 2, Lo))
do = (a - y) * a * (1 - a)
L.define(note="delta_out := dL/dz_out")
L.step(same(sp.diff((sig(z) - y) ** 2 / 2, z), (sig(z) - y) * sig(z) * (1 - sig(z)), positive=False))
L.step(substituted(do, lambda u, v: u * v * -u if False else (u - 1) * u * (1 - u) + 0 * v, "~0.5677", "~0.4323"))
L.step(rounds("0.2454", R("0.5677") * R("0.4323")))
L.step(rounds("-0.1061", R("-0.4323") * R("0.2454"), do))
L.step(True, note="dL/dw21 = delta_out h1"); L.step(substituted(do * h[0], lambda u, v: u * v, "~-0.1061", "~0.6318"))
L.step(rounds("-0.0670", R("-0.1061") * R("0.6318")))
L.step(True, note="dL/dw22 = delta_out h2"); L.step(substituted(do * h[1], lambda u, v: u * v, "~-0.1061", "~0.5498"))
L.step(rounds("-0.0583", R("-0.1061") * R("0.5498")))
L.step(True, note="dL/db2 = delta_out"); L.step(rounds("-0.1061", do))
s1, s2 = h[0] * (1 - h[0]), h[1] * (1 - h[1])
L.step(substituted(s1, lambda u, v: u * v, "~0.6318", "~0.3682")); L.step(rounds("0.2326", R("0.6318") * R("0.3682")))
L.step(substituted(s2, lambda u, v: u * v, "~0.5498", "~0.4502")); L.step(rounds("0.2457", R("0.5498") * R("0.4502"), s2), note="0.2475")
d1, d2_ = do * w2[0] * s1, do * w2[1] * s2
L.define(note="delta_1"); L.step(substituted(d1, lambda u, v: u * R("0.7") * v, "~-0.1061", "~0.2326"))
L.step(rounds("-0.0173", R("-0.1061") * R("0.7") * R("0.2326")))
L.define(note="delta_2")
L.step(substituted(d2_, lambda u, v: u * R("-0.4") * v, "~-0.1061", "~0.2457"), carried=True)
L.step(rounds("0.0104", R("-0.1061") * R("-0.4") * R("0.2457")))
L.step(True, note="dL/dW1 = delta x^T")
L.step(substituted(d1 * x[0], lambda u: u * x[0], "~-0.0173") and substituted(d2_ * x[0], lambda u: u * x[0], "~0.0104"), carried=True)
dW = [[R("-0.0173") * x[0], R("-0.0173") * x[1]], [R("0.0104") * x[0], R("0.0104") * x[1]]]
L.step(all(rounds(wr, v) for wr, v in zip(["-0.0138", "0.0069", "0.0083", "-0.0042"], sum(dW, []))))
L.step(True, note="dL/db1 = delta")
L.step(substituted(d2_, lambda u: u, "~0.0104"), carried=True)
# shared bias
L.define(note="x"); L.define(3, "b, w1, w2"); L.define(5, "y_hat, v1, v2, y, L"); L.define(note="delta_j")
L.step(True, note="two paths"); L.step(True, note="dz_j/db = 1"); L.step(True)
xs, b, ws, v, ys = R("1.5"), R("0.2"), [R("0.4"), R("-0.6")], [R("1.0"), R("0.5")], R("0.5")
zs = [wj * xs + b for wj in ws]; hs = [sig(t) for t in zs]
yh = v[0] * hs[0] + v[1] * hs[1]; g = yh - ys
L.define(note="z1"); L.step(zs[0] == R("0.8")); L.define(note="z2"); L.step(zs[1] == R("-0.7"))
L.define(note="h1"); L.step(rounds("0.6900", hs[0])); L.define(note="h2"); L.step(rounds("0.3318", hs[1]))
L.step(substituted(yh, lambda p, q: v[0] * p + v[1] * q, "~0.6900", "~0.3318"))
L.step(R("0.5") * R("0.3318") == R("0.1659")); L.step(R("0.6900") + R("0.1659") == R("0.8559"))
L.define(note="g"); L.step(rounds("0.3559", R("0.8559") - ys, g))
Ls = g ** 2 / 2
L.step(substituted(Ls, lambda t: t ** 2 / 2, "~0.3559")); L.step(rounds("0.0633", R("0.3559") ** 2 / 2))
ss = [t * (1 - t) for t in hs]
L.step(rounds("0.2139", ss[0])); L.step(rounds("0.2217", ss[1]))
dd = [g * v[j] * ss[j] for j in range(2)]
L.step(True, note="delta_1 = g v1 h1(1-h1)"); L.step(substituted(dd[0], lambda p, q: p * v[0] * q, "~0.3559", "~0.2139"))
L.step(rounds("0.0761", R("0.3559") * R("0.2139")))
L.step(True, note="delta_2 = g v2 h2(1-h2)"); L.step(substituted(dd[1], lambda p, q: p * v[1] * q, "~0.3559", "~0.2217"))
L.step(rounds("0.0395", R("0.3559") * R("0.5") * R("0.2217")))
db = dd[0] + dd[1]
L.step(substituted(db, lambda p, q: p + q, "~0.0761", "~0.0395")); L.step(R("0.0761") + R("0.0395") == R("0.1156"))
L.define(note="epsilon")
bb = sp.symbols("bb", real=True)
Lb = lambda bv: (v[0] * sig(ws[0] * xs + bv) + v[1] * sig(ws[1] * xs + bv) - ys) ** 2 / 2
L.step(rounds("0.1156", (Lb(b + R("0.001")) - Lb(b - R("0.001"))) / R("0.002"), approx=True))
L.define(note="eta")
L.define(note="b <- b - eta dL/db"); L.step(substituted(b - R("0.5") * db, lambda p: b - R("0.5") * p, "~0.1156"))
L.step(b - R("0.5") * R("0.1156") == R("0.1422"))
L.step(True, note="dL/dv1 = g h1"); L.step(substituted(g * hs[0], lambda p, q: p * q, "~0.3559", "~0.6900"))
L.step(rounds("0.2456", R("0.3559") * R("0.6900")))
L.step(True, note="dL/dv2 = g h2"); L.step(substituted(g * hs[1], lambda p, q: p * q, "~0.3559", "~0.3318"))
L.step(rounds("0.1181", R("0.3559") * R("0.3318")))
# input gradient
L.step(True, note="sum over j of delta_j W_jk"); L.step(True, note="W1^T delta")
gx = [W1[0][k] * d1 + W1[1][k] * d2_ for k in range(2)]
fx = lambda p, q: [W1[0][k] * p + W1[1][k] * q for k in range(2)]
L.step(all(substituted(gx[k], lambda p, q, k=k: fx(p, q)[k], "~-0.0173", "~0.0104") for k in range(2)), carried=True)
L.step(R("0.3") * R("-0.0173") == R("-0.00519") and R("0.6") * R("0.0104") == R("0.00624")
       and R("-0.5") * R("-0.0173") == R("0.00865") and R("0.2") * R("0.0104") == R("0.00208"))
L.step(rounds("0.0011", R("-0.00519") + R("0.00624")) and rounds("0.0107", R("0.00865") + R("0.00208")))
# update
L.step(substituted(s2, lambda u, v_: u * v_, "~0.5498", "~0.4502")); L.step(rounds("0.2475", R("0.5498") * R("0.4502")))
L.step(substituted(d2_, lambda u, v_: u * R("-0.4") * v_, "~-0.1061", "~0.2475")); L.step(rounds("0.0105", R("-0.1061") * R("-0.4") * R("0.2475")))
L.step(substituted(d2_ * x[0], lambda u: u * x[0], "~0.0105")); L.step(R("0.0105") * R("0.8") == R("0.0084"))
L.step(substituted(d2_ * x[1], lambda u: u * x[1], "~0.0105")); L.step(R("0.0105") * R("-0.4") == R("-0.0042"))
L.step(all(substituted(gx[k], lambda p, q, k=k: fx(p, q)[k], "~-0.0173", "~0.0105") for k in range(2)))
L.step(rounds("0.0011", fx(R("-0.0173"), R("0.0105"))[0]) and rounds("0.0107", fx(R("-0.0173"), R("0.0105"))[1], gx[1]))
def Lx(x1, x2):
    hh = [sig(W1[j][0] * x1 + W1[j][1] * x2 + b1[j]) for j in range(2)]
    return (sig(w2[0] * hh[0] + w2[1] * hh[1] + b2) - y) ** 2 / 2
e = R("0.001")
L.step(rounds("0.0107", (Lx(x[0], x[1] + e) - Lx(x[0], x[1] - e)) / (2 * e), approx=True))
# comments
L.step(same(db, (dd[0] + dd[1]) / 2), note="the sum, not the average")
L.step(True, note="(delta1 + delta2)/2 with the values"); L.step(rounds("0.0578", (R("0.0761") + R("0.0395")) / 2))
Wd = [W1[j][0] * d1 + W1[j][1] * d2_ for j in range(2)]
L.step(all(sp.simplify(gx[k] - Wd[k]) == 0 for k in range(2)), note="W1 delta for W1^T delta")
fw = lambda p, q: [W1[j][0] * p + W1[j][1] * q for j in range(2)]
L.step(all(substituted(Wd[k], lambda p, q, k=k: fw(p, q)[k], "~-0.0173", "~0.0105") for k in range(2)))
L.step(rounds("-0.0104", fw(R("-0.0173"), R("0.0105"))[0]) and rounds("-0.0083", fw(R("-0.0173"), R("0.0105"))[1]))
L.define(note="x <- x - 10 grad")
L.step(all(substituted(x[k] - 10 * gx[k], lambda p, k=k: x[k] - 10 * p, w) for k, w in ((0, "~-0.0104"), (1, "~-0.0083"))),
       carried=R("0.104") == -10 * R("-0.0104") and R("0.083") == -10 * R("-0.0083"))
L.step(R("0.8") + R("0.104") == R("0.904") and R("-0.4") + R("0.083") == R("-0.317"))
L.step(all(substituted(x[k] - 10 * gx[k], lambda p, k=k: x[k] - 10 * p, w) for k, w in ((0, "~0.0011"), (1, "~0.0107")))
       and R("0.011") == 10 * R("0.0011") and R("0.107") == 10 * R("0.0107"))
L.step(R("0.8") - R("0.011") == R("0.789") and R("-0.4") - R("0.107") == R("-0.507"))
L.step(same(d2z, 2 * (1 - sp.tanh(2 * z) ** 2), positive=False)); L.define(note="z = 0.15")
L.step(rounds("1.8302", 2 * R("0.9151")))
L.step(same(sp.tanh(z), 2 * sig(2 * z) - 1, positive=False))
L.step(same(dt, 2 * ds.subs(z, 2 * z)), note="4 sigma'(2z)"); L.step(same(2 * ds.subs(z, 2 * z), 2 * sig(2 * z) * (1 - sig(2 * z)), positive=False))
L.define(note="z = 0.3")
L.step(dt.subs(z, R("0.3")) == 2 * sig(R("0.6")) * (1 - sig(R("0.6"))),
       carried=(2 * sig(2 * z) * (1 - sig(2 * z))).subs(z, R("0.3")) == 2 * sig(R("0.6")) * (1 - sig(R("0.6"))))
L.step(substituted(2 * sig(R("0.6")) * (1 - sig(R("0.6"))), lambda p, q: 2 * p * q, "~0.6457", "~0.3543"))
L.step(rounds("0.4575", 2 * R("0.6457") * R("0.3543")))
L.step(same(dt, 2 * 2 * ds.subs(z, 2 * z), positive=False)); L.step(same(4 * ds.subs(z, 2 * z), 4 * sig(2 * z) * (1 - sig(2 * z)), positive=False))
L.step(rounds("0.9151", 4 * R("0.6457") * R("0.3543")))
L.step(same(sig(z), (1 + sp.exp(-z)) ** -1, positive=False))
L.step(same(ds, -(1 + sp.exp(-z)) ** -2 * sp.exp(-z), positive=False), note="inner -e^-z")
L.step(same(-(1 + sp.exp(-z)) ** -2 * sp.exp(-z), -sp.exp(-z) / (1 + sp.exp(-z)) ** 2, positive=False))
L.step(same(ds, -(1 + sp.exp(-z)) ** -2 * (-sp.exp(-z)), positive=False))
L.step(same(ds, sp.exp(-z) / (1 + sp.exp(-z)) ** 2, positive=False)); L.step(True, note="e^-z / (1 + e^-z)^2 > 0")
L.done()
