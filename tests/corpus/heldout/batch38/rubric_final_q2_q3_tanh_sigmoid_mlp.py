"""Labels for rubric_final_q2_q3_tanh_sigmoid_mlp.tex: an exam marking scheme with model solutions, a
rubric and five graded calibration scripts (`student` and red `grader` environments, `\\DeclareMathOperator{\\sech}`,
a `\\pd` macro, `\\bm`, `pmatrix`, `align*` with two chains per row, `\\leftarrow`).
Q2: tanh' by the quotient rule, values at 0.5, -0.5 and 1, tanh'', tanh = 2 sigma(2z) - 1 and tanh' = 4 sigma'(2z).
Q3: a 2-2-1 sigmoid net with a shared hidden bias and squared loss: forward pass, delta_o, dL/dv, dL/dc, hidden
deltas, dL/db = delta_1 + delta_2, grad_x L = W1^T delta, a step on b.
Slips (students and one marker): the quotient rule with w^2 + u^2 (1 + tanh^2, values carried); tanh' = 2 sigma'(2z)
(inner factor dropped); a transposed last product (-0.7286); delta_o without sigma'(z_o) (carried into dL/dc,
dL/dv1, delta_1); the marker's -0.1307 for -0.1037; a sign slip in delta_2 (carried into dL/db and the step);
the shared-bias gradient averaged; grad_x L = W1 delta without the transpose."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch38/rubric_final_q2_q3_tanh_sigmoid_mlp.tex")
z = sp.symbols("z", real=True)
th = sp.tanh(z)
sig = lambda t: 1 / (1 + sp.exp(-t))
dth = sp.diff(th, z)
E = sp.exp
# ---- Q2 statement
L.define(2, "tanh, sigma")
L.step(same(dth, 1 - th ** 2, positive=False))
L.step(same(th, 2 * sig(2 * z) - 1, positive=False))
# (a)
u, w = E(z) - E(-z), E(z) + E(-z)
L.define(2, "u, w"); L.step(same(sp.diff(u, z), w, positive=False)); L.step(same(sp.diff(w, z), u, positive=False))
L.step(same(dth, (sp.diff(u, z) * w - u * sp.diff(w, z)) / w ** 2, positive=False))
L.step(same(dth, (w ** 2 - u ** 2) / w ** 2, positive=False))
L.step(same(dth, 1 - u ** 2 / w ** 2, positive=False))
L.step(same(dth, 1 - th ** 2, positive=False))
# (b)
h = sp.Rational(1, 2)
t5 = sp.tanh(h)
L.step(rounds("1.6487", E(h))); L.step(rounds("0.6065", E(-h)))
L.step(substituted(t5, lambda a, b: (a - b) / (a + b), "~1.6487", "~0.6065"))
L.step(R("1.6487") - R("0.6065") == R("1.0422") and R("1.6487") + R("0.6065") == R("2.2552"))
L.step(rounds("0.4621", R("1.0422") / R("2.2552"), t5))
d5 = 1 - t5 ** 2
L.step(substituted(d5, lambda a: 1 - a ** 2, "~0.4621"))
L.step(rounds("0.2135", R("0.4621") ** 2))
L.step(rounds("0.7865", 1 - R("0.2135"), d5))
L.step(rounds("-0.4621", sp.tanh(-h)))
L.step(same(dth.subs(z, -h), dth.subs(z, h)))
L.step(rounds("0.7865", dth.subs(z, -h), 1 - R("0.2135")))
L.step(rounds("0.7616", sp.tanh(1)))
L.step(substituted(1 - sp.tanh(1) ** 2, lambda a: 1 - a ** 2, "~0.7616"))
L.step(rounds("0.5800", R("0.7616") ** 2)); L.step(rounds("0.4200", 1 - R("0.5800")))
d2 = sp.diff(th, z, 2)
L.step(same(d2, -2 * th * dth, positive=False)); L.step(same(d2, -2 * th * (1 - th ** 2), positive=False))
L.step(substituted(d2.subs(z, h), lambda a, b: -2 * a * b, "~0.4621", "~0.7865"))
L.step(rounds("-0.7269", -2 * R("0.4621") * R("0.7865"), d2.subs(z, h)))
# (c)
chain = [2 * sig(2 * z) - 1, 2 / (1 + E(-2 * z)) - 1, (1 - E(-2 * z)) / (1 + E(-2 * z)), (E(z) - E(-z)) / (E(z) + E(-z)), th]
for a, b in zip(chain, chain[1:]):
    L.step(same(a, b, positive=False))
t = sp.symbols("t", real=True)
dsig = sp.diff(sig(t), t)
dsig2z = dsig.subs(t, 2 * z)
L.step(same(dth, 2 * dsig2z * 2, positive=False))
L.step(same(4 * dsig2z, 4 * sig(2 * z) * (1 - sig(2 * z)), positive=False))
L.define(note="check at z = 0.5")
L.step(rounds("0.7311", sig(1)))
L.step(rounds("0.7864", 4 * R("0.7311") * R("0.2689"), 4 * dsig.subs(t, 1)))
# ---- student 2A
wrongd = (w ** 2 + u ** 2) / w ** 2
L.step(same(dth, wrongd, positive=False), note="w^2 + u^2")
L.step(same(wrongd, 1 + th ** 2, positive=False))
L.step(rounds("0.4621", t5))
L.step(substituted(d5, lambda a: 1 + a ** 2, "~0.4621"), carried=substituted(1 + t5 ** 2, lambda a: 1 + a ** 2, "~0.4621"))
L.step(rounds("1.2135", 1 + R("0.4621") ** 2))
d1 = 1 - sp.tanh(1) ** 2
L.step(substituted(d1, lambda a: 1 + a ** 2, "~0.7616"), carried=substituted(1 + sp.tanh(1) ** 2, lambda a: 1 + a ** 2, "~0.7616"))
L.step(rounds("1.5800", 1 + R("0.7616") ** 2))
L.step(same(2 * sig(2 * z) - 1, (1 - E(-2 * z)) / (1 + E(-2 * z)), positive=False))
L.step(same((1 - E(-2 * z)) / (1 + E(-2 * z)), th, positive=False))
L.step(same(dth, 2 * dsig2z, positive=False), note="inner factor 2 dropped")
L.step(same(2 * dsig2z, 2 * sig(2 * z) * (1 - sig(2 * z)), positive=False))
L.define(note="z = 0.5")
L.step(rounds("0.3932", 2 * R("0.7311") * R("0.2689")))
# marker 2A
L.step(same(sp.diff(u, z) * w - u * sp.diff(w, z), w ** 2 - u ** 2, positive=False))
L.step(R("1.2135") > 1)
L.step(rounds("0.7864", 4 * dsig.subs(t, 1)))
# ---- student 2B
L.step(same(th, sp.sinh(z) / sp.cosh(z), positive=False))
L.step(same(dth, (sp.cosh(z) ** 2 - sp.sinh(z) ** 2) / sp.cosh(z) ** 2, positive=False))
L.step(same((sp.cosh(z) ** 2 - sp.sinh(z) ** 2) / sp.cosh(z) ** 2, 1 / sp.cosh(z) ** 2, positive=False))
L.step(True, note="1/cosh^2 = sech^2 by definition of sech")
L.step(rounds("1.1276", sp.cosh(h)))
L.step(substituted(d5, lambda a: 1 / a ** 2, "~1.1276"))
L.step(rounds("1.2715", R("1.1276") ** 2))
L.step(rounds("0.7865", 1 / R("1.2715"), d5))
L.step(rounds("0.4621", t5))
L.step(substituted(d2.subs(z, h), lambda a, b: -2 * a * b, "~0.4621", "~0.7865"))
L.step(rounds("-0.7286", -2 * R("0.4621") * R("0.7865"), d2.subs(z, h)), note="-0.7269")
L.step(same(th, 2 * sig(2 * z) - 1, positive=False))
L.step(same(dth, 4 * dsig2z, positive=False))
L.step(same(4 * dsig2z, 4 * sig(2 * z) * (1 - sig(2 * z)), positive=False))
# marker 2B
L.step(rounds("-0.7269", -2 * R("0.4621") * R("0.7865")))
# ---- Q3 statement
L.define(2, "x, y"); L.define(4, "W1, b, v, c"); L.define(5, "z_j, h_j, z_o, yhat, L"); L.define(2, "delta_j, eta")
x = [R("0.5"), R("-1.0")]
W1 = sp.Matrix([[R("0.4"), R("-0.2")], [R("0.3"), R("0.1")]])
b, v, c, y, eta = R("0.1"), [R("0.6"), R("-0.5")], R("0.2"), 1, R("0.5")
zz = [W1[i, 0] * x[0] + W1[i, 1] * x[1] + b for i in range(2)]
hh = [sig(q) for q in zz]
zo = v[0] * hh[0] + v[1] * hh[1] + c
yh = sig(zo)
Lv = (yh - y) ** 2 / 2
# (a)
L.step(zz[0] == R("0.4") * R("0.5") + R("-0.2") * R("-1.0") + R("0.1"))
L.step(zz[0] == R("0.2") + R("0.2") + R("0.1")); L.step(zz[0] == R("0.5"))
L.step(True, note="h1 = sigma(0.5)"); L.step(rounds("0.6225", hh[0]))
L.step(zz[1] == R("0.3") * R("0.5") + R("0.1") * R("-1.0") + R("0.1"))
L.step(zz[1] == R("0.15") - R("0.1") + R("0.1")); L.step(zz[1] == R("0.15"))
L.step(True, note="h2 = sigma(0.15)"); L.step(rounds("0.5374", hh[1]))
L.step(substituted(zo, lambda a, b_: R("0.6") * a - R("0.5") * b_ + R("0.2"), "~0.6225", "~0.5374"))
L.step(R("0.6") * R("0.6225") == R("0.3735") and R("0.5") * R("0.5374") == R("0.2687"))
L.step(rounds("0.3048", R("0.3735") - R("0.2687") + R("0.2"), zo))
L.step(substituted(yh, sig, "~0.3048")); L.step(rounds("0.5756", sig(R("0.3048")), yh))
L.step(substituted(Lv, lambda a: (a - 1) ** 2 / 2, "~0.5756"))
L.step(rounds("0.1801", (R("0.5756") - 1) ** 2))
L.step(rounds("0.0901", R("0.1801") / 2, Lv))
# (b)
L.step(True, note="dL/dyhat = yhat - y"); L.step(rounds("-0.4244", R("0.5756") - 1, yh - 1))
L.step(True, note="sigma' = sigma(1 - sigma)")
L.step(substituted(yh * (1 - yh), lambda a, b_: a * b_, "~0.5756", "~0.4244"))
L.step(rounds("0.2443", R("0.5756") * R("0.4244"), yh * (1 - yh)))
do = (yh - y) * yh * (1 - yh)
L.define(note="delta_o := dL/dz_o"); L.step(True, note="chain rule")
L.step(substituted(do, lambda a, b_: a * b_, "~-0.4244", "~0.2443"))
L.step(rounds("-0.1037", R("-0.4244") * R("0.2443"), do))
L.step(True, note="dL/dv = delta_o h")
L.step(substituted(do * hh[0], lambda a, b_: a * b_, "~-0.1037", "~0.6225") and substituted(do * hh[1], lambda a, b_: a * b_, "~-0.1037", "~0.5374"))
L.step(rounds("-0.0646", R("-0.1037") * R("0.6225"), do * hh[0]) and rounds("-0.0557", R("-0.1037") * R("0.5374"), do * hh[1]))
L.step(True, note="dL/dc = delta_o"); L.step(rounds("-0.1037", do))
L.step(True, note="delta_j = delta_o v_j h_j(1 - h_j)")
hp = [q * (1 - q) for q in hh]
L.step(substituted(hp[0], lambda a, b_: a * b_, "~0.6225", "~0.3775"))
L.step(rounds("0.2350", R("0.6225") * R("0.3775"), hp[0]))
L.step(substituted(hp[1], lambda a, b_: a * b_, "~0.5374", "~0.4626"))
L.step(rounds("0.2486", R("0.5374") * R("0.4626"), hp[1]))
dl = [do * v[i] * hp[i] for i in range(2)]
L.step(substituted(dl[0], lambda a, b_: a * R("0.6") * b_, "~-0.1037", "~0.2350"))
L.step(rounds("-0.01462", R("-0.1037") * R("0.6") * R("0.2350"), dl[0]))
L.step(substituted(dl[1], lambda a, b_: a * R("-0.5") * b_, "~-0.1037", "~0.2486"))
L.step(rounds("0.01289", R("-0.1037") * R("-0.5") * R("0.2486"), dl[1]))
L.step(True, note="dz1/db = 1"); L.step(True, note="dz2/db = 1")
db = dl[0] + dl[1]
L.step(True, note="multivariable chain rule"); L.step(True, note="= delta_1 + delta_2")
L.step(substituted(db, lambda a, b_: a + b_, "~-0.01462", "~0.01289"))
L.step(rounds("-0.00173", R("-0.01462") + R("0.01289"), db))
# (c)
dvec = sp.Matrix(dl)
gx = W1.T * dvec
L.step(True, note="grad_x L = W1^T delta")
L.step(W1.T == sp.Matrix([[R("0.4"), R("0.3")], [R("-0.2"), R("0.1")]])
       and substituted(gx[0], lambda a, b_: R("0.4") * a + R("0.3") * b_, "~-0.01462", "~0.01289"))
L.step(R("0.4") * R("-0.01462") == R("-0.005848") and R("0.3") * R("0.01289") == R("0.003867")
       and R("-0.2") * R("-0.01462") == R("0.002924") and R("0.1") * R("0.01289") == R("0.001289"))
L.step(rounds("-0.001981", R("-0.005848") + R("0.003867"), gx[0]) and rounds("0.004213", R("0.002924") + R("0.001289"), gx[1]))
# (d)
L.define(note="b <- b - eta dL/db")
L.step(substituted(b - eta * db, lambda a: R("0.1") - R("0.5") * a, "~-0.00173"))
L.step(rounds("0.1009", R("0.1") - R("0.5") * R("-0.00173"), b - eta * db))
# ---- student 3A: delta_o = yhat - y
L.step(same(do, yh - y), note="sigma'(z_o) missing")
L.step(rounds("-0.4244", yh - y))
L.step(rounds("-0.4244", do), carried=True, note="dL/dc = their delta_o")
L.step(substituted(do * hh[0], lambda a, b_: a * b_, "~-0.4244", "~0.6225"), carried=True)
L.step(rounds("-0.2642", R("-0.4244") * R("0.6225")))
L.step(True, note="delta_1 formula")
L.step(substituted(dl[0], lambda a, b_: a * R("0.6") * b_, "~-0.4244", "~0.2350"),
       carried=substituted((yh - y) * R("0.6") * hp[0], lambda a, b_: a * R("0.6") * b_, "~-0.4244", "~0.2350"))
L.step(rounds("-0.05984", R("-0.4244") * R("0.6") * R("0.2350")))
# marker 3A
L.step(rounds("0.2443", yh * (1 - yh)))
L.step(rounds("-0.1307", R("-0.4244") * R("0.2443")), note="-0.1037")
# ---- student 3B
L.step(True, note="delta_2 formula")
L.step(substituted(dl[1], lambda a, b_: a * R("-0.5") * b_, "~-0.1037", "~0.2486"))
L.step(rounds("-0.01289", R("-0.1037") * R("-0.5") * R("0.2486"), dl[1]), note="sign")
L.step(True, note="dL/db = delta_1 + delta_2")
L.step(substituted(db, lambda a, b_: a - b_, "~-0.01462", "~0.01289"), carried=True, note="their delta_2")
L.step(rounds("-0.02751", R("-0.01462") - R("0.01289")))
L.step(substituted(b - eta * db, lambda a: R("0.1") - R("0.5") * a, "~-0.02751"), carried=True, note="rule on their dL/db")
L.step(rounds("0.1138", R("0.1") - R("0.5") * R("-0.02751")))
# marker 3B
L.step(R("-0.1037") * R("-0.5") > 0)
# ---- student 3C
L.step(same(db, (dl[0] + dl[1]) / 2), note="average, not sum")
L.step(rounds("-0.000865", (R("-0.01462") + R("0.01289")) / 2, (dl[0] + dl[1]) / 2))
L.step(gx == W1 * dvec, note="transpose missing")
L.step(True, note="W1 delta written out")
L.step(rounds("-0.008426", R("0.4") * R("-0.01462") + R("-0.2") * R("0.01289"))
       and rounds("-0.003097", R("0.3") * R("-0.01462") + R("0.1") * R("0.01289")))
# marker 3C
L.step(True, note="dL/db = delta_1 + delta_2")
L.step(sp.N((W1 * dvec - W1.T * dvec).norm()) > 0)
L.done()
