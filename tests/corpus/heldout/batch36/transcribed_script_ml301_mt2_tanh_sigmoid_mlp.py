"""Labels for transcribed_script_ml301_mt2_tanh_sigmoid_mlp.tex: a TA's line-by-line transcription of a
handwritten midterm script for a regrade (`[crossed out]` lines and `\\sout{..}` strikes, `[illegible]`,
`\\boxed{..}` answers, the grader's red `[grader:]` notes, `\\marginpar` marks with points and "ecf",
`\\text{(-1)}` deductions): tanh' by the quotient rule (1 - tanh^2, sech^2), tanh'(0.6) by two routes,
tanh z = 2 sigma(2z) - 1 and tanh' = 4 sigma'(2z), tanh'', bounds on sigma' and tanh'; a 2-2-1 sigmoid network
with a shared hidden bias, sigmoid output and cross-entropy (forward pass, delta_o, dL/dv, dL/dc, hidden deltas,
dL/db = delta_1 + delta_2, the input gradient, a step on b); an input gradient W1^T delta through tanh
units with a 2x3 W1; five true/false derivative facts. A relation inside `\\boxed{..}` or `\\sout{..}` braces
is not a counted relation (so the fully boxed answer of Q1(a) and the struck-through lines carry no label);
`= \\boxed{0.5118}` is."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch36/transcribed_script_ml301_mt2_tanh_sigmoid_mlp.tex")
z = sp.symbols("z", real=True)
sig = lambda t: 1 / (1 + sp.exp(-t))
tanh_exp = (sp.exp(z) - sp.exp(-z)) / (sp.exp(z) + sp.exp(-z))
dtanh = sp.diff(sp.tanh(z), z)


def vec_rounds(written, values):
    return len(written) == len(values) and all(rounds(w, v) for w, v in zip(written, values))


# Q1 (a)
L.define(note="tanh as exponentials")
P, M = sp.exp(z) + sp.exp(-z), sp.exp(z) - sp.exp(-z)
L.step(same(dtanh, (P ** 2 + M ** 2) / P ** 2, positive=False), note="crossed out: + for -")
L.step(same(dtanh, (P * P - M * M) / P ** 2, positive=False))
L.step(same((P * P - M * M) / P ** 2, (P ** 2 - M ** 2) / P ** 2, positive=False))
L.step(same((P ** 2 - M ** 2) / P ** 2, 1 - sp.tanh(z) ** 2, positive=False))
L.step(sp.simplify(sp.expand(P ** 2 - M ** 2)) == 4)
L.step(same(dtanh, 4 / P ** 2, positive=False)); L.step(same(4 / P ** 2, sp.sech(z) ** 2, positive=False))

# Q1 (b)
z0 = R("0.6")
L.step(rounds("1.8221", sp.exp(z0))); L.step(rounds("0.5488", sp.exp(-z0)))
t0 = sp.tanh(z0)
L.step(substituted(t0, lambda p, q: (p - q) / (p + q), "~1.8221", "~0.5488"))
L.step(R("1.8221") - R("0.5488") == R("1.2733") and R("1.8221") + R("0.5488") == R("2.3709"))
L.step(rounds("0.5371", R("1.2733") / R("2.3709"), t0))
d0 = 1 - t0 ** 2
L.step(substituted(d0, lambda p: 1 - p ** 2, "~0.5371")); L.step(rounds("0.2885", R("0.5371") ** 2)); L.step(1 - R("0.2885") == R("0.7115"))
ch = sp.cosh(z0)
L.step(substituted(ch, lambda p, q: (p + q) / 2, "~1.8221", "~0.5488")); L.step(rounds("1.1855", (R("1.8221") + R("0.5488")) / 2, ch))
L.step(substituted(sp.sech(z0) ** 2, lambda p: 1 / p ** 2, "~1.1855")); L.step(rounds("1.4054", R("1.1855") ** 2))
L.step(rounds("0.7115", 1 / R("1.4054")))
L.step(rounds("0.7115", d0, 1 - R("0.5371") ** 2), note="from the numbers as written")

# Q1 (c)
L.step(same(sp.tanh(z), 2 * sig(2 * z) - 1, positive=False))
L.step(same(2 * sig(2 * z) - 1, 2 / (1 + sp.exp(-2 * z)) - 1, positive=False))
L.step(same(2 / (1 + sp.exp(-2 * z)) - 1, (1 - sp.exp(-2 * z)) / (1 + sp.exp(-2 * z)), positive=False))
L.step(same((1 - sp.exp(-2 * z)) / (1 + sp.exp(-2 * z)), tanh_exp, positive=False))
L.step(same(tanh_exp, sp.tanh(z), positive=False))
L.step(same(sig(z), (1 + sp.tanh(z / 2)) / 2, positive=False))
L.step(same(sp.tanh(z), 2 * sig(2 * z) - 1, positive=False))
dsig = lambda t: sig(t) * (1 - sig(t))
L.step(same(dtanh, 2 * dsig(2 * z), positive=False), note="4 sigma'(2z)")
L.define(note="z = 0.6")
L.step(rounds("0.7685", sig(2 * z0)))
L.step(substituted(dsig(2 * z0), lambda p, q: p * q, "~0.7685", "~0.2315") and rounds("0.2315", 1 - sig(2 * z0)))
L.step(rounds("0.1779", R("0.7685") * R("0.2315"), dsig(2 * z0)))
L.step(substituted(d0, lambda p: 2 * p, "~0.1779"), carried=substituted(2 * dsig(2 * z0), lambda p: 2 * p, "~0.1779"))
L.step(2 * R("0.1779") == R("0.3558"))
L.step(same(sp.diff(sig(2 * z), z), 2 * dsig(2 * z), positive=False))
L.step(same(dtanh, 4 * dsig(2 * z), positive=False))
L.step(4 * R("0.1779") == R("0.7116") and rounds("0.7116", d0))

# Q1 (d)
d2tanh = sp.diff(sp.tanh(z), z, 2)
L.step(same(d2tanh, sp.diff(1 - sp.tanh(z) ** 2, z), positive=False))
L.step(same(d2tanh, -2 * sp.tanh(z) * (1 - sp.tanh(z) ** 2), positive=False))
L.step(substituted(d2tanh.subs(z, z0), lambda p, q: -2 * p * q, "~0.5371", "~0.7115"))
L.step(rounds("-0.7643", -2 * R("0.5371") * R("0.7115")))
L.step(same(sp.diff(sig(z), z), dsig(z), positive=False))
L.step(sp.maximum(dsig(z), z) == sp.Rational(1, 4))
L.step(same(dtanh, 1 - sp.tanh(z) ** 2, positive=False))
L.step(sp.maximum(1 - sp.tanh(z) ** 2, z) == 1)
L.step(dtanh.subs(z, 0) == 1); L.step(4 * dsig(sp.Integer(0)) == 1)

# Q2
L.define(4, "z_j, h_j, o, yhat"); L.define(note="L")
L.define(7, "W1 (two), b, v, c, x, y")
W = sp.Matrix([[R("0.4"), R("0.2")], [R("-0.3"), R("0.5")]])
b, v, c, x, y = R("0.1"), sp.Matrix([R("0.7"), R("-0.6")]), R("0.2"), sp.Matrix([1, -1]), 1
zz = W * x + sp.Matrix([b, b])
hh = zz.applyfunc(sig)
o = (v.T * hh)[0] + c
yh = sig(o)
Lv = -sp.log(yh)
L.step(R("0.4") * 1 + R("0.2") * (-1) + R("0.1") == zz[0]); L.step(zz[0] == R("0.3"))
L.step(True, note="h1 = sigma(0.3)"); L.step(rounds("0.5744", hh[0]))
L.step(R("-0.3") * 1 + R("0.5") * (-1) + R("0.1") == zz[1]); L.step(zz[1] == R("-0.7"))
L.step(True, note="h2 = sigma(-0.7)"); L.step(rounds("0.3318", hh[1]))
L.step(substituted(o, lambda p, q: R("0.7") * p - R("0.6") * q + R("0.2"), "~0.5744", "~0.3318"))
L.step(rounds("0.4021", R("0.7") * R("0.5744")) and rounds("0.1991", R("0.6") * R("0.3318")))
L.step(R("0.4021") - R("0.1991") + R("0.2") == R("0.4030"))
L.step(substituted(yh, sig, "~0.4030")); L.step(rounds("0.5994", sig(R("0.4030")), yh))
L.step(substituted(Lv, lambda p: -sp.log(p), "~0.5994")); L.step(rounds("0.5118", -sp.log(R("0.5994")), Lv))

# Q2 (b)
oo = sp.symbols("o", real=True)
do = yh - y
L.define(note="delta_o := dL/do")
L.step(same(sp.diff(-sp.log(sig(oo)), oo), sig(oo) - 1, positive=False))
L.step(substituted(do, lambda p: p - 1, "~0.5994")); L.step(R("0.5994") - 1 == R("-0.4006"))
L.step(True, note="dL/dv1 = delta_o h1"); L.step(substituted(do * hh[0], lambda p, q: p * q, "~-0.4006", "~0.5744")); L.step(rounds("-0.2301", R("-0.4006") * R("0.5744")))
L.step(True, note="dL/dv2 = delta_o h2"); L.step(substituted(do * hh[1], lambda p, q: p * q, "~-0.4006", "~0.3318")); L.step(rounds("-0.1329", R("-0.4006") * R("0.3318")))
L.step(True, note="dL/dc = delta_o"); L.step(rounds("-0.4006", do))
L.define(note="delta_j := dL/dz_j")
d1 = do * v[0] * hh[0] * (1 - hh[0])
d2 = do * v[1] * hh[1] * (1 - hh[1])
L.step(True, note="delta_1 = delta_o v1 h1(1 - h1)")
L.step(substituted(d1, lambda p, q, r: p * R("0.7") * q * r, "~-0.4006", "~0.5744", "~0.4256"))
L.step(rounds("0.2445", R("0.5744") * R("0.4256")))
L.step(rounds("-0.0686", R("-0.4006") * R("0.7") * R("0.2445")))
L.step(True, note="delta_2 = delta_o v2 h2(1 - h2)")
L.step(substituted(d2, lambda p, q, r: p * R("-0.6") * q * r, "~-0.4006", "~0.3318", "~0.6682"))
L.step(rounds("0.2404", R("-0.4006") * R("-0.6")) and rounds("0.2317", R("0.3318") * R("0.6682")), note="0.2217")
L.step(rounds("0.0557", R("0.2404") * R("0.2317")))
L.step(rounds("0.2217", R("0.3318") * R("0.6682"))); L.step(rounds("0.0533", d2))
bs = sp.symbols("b", real=True)
L.step(True, note="chain rule through z1 and z2"); L.step(True, note="= delta_1 + delta_2")
wd2 = R("0.0557")
L.step(substituted(d1 + d2, lambda p, q: p + q, "~-0.0686", "~0.0557"), carried=substituted(R("-0.0686") + wd2, lambda p, q: p + q, "~-0.0686", "~0.0557"))
L.step(R("-0.0686") + R("0.0557") == R("-0.0129"))
gx = W.T * sp.Matrix([d1, d2])
L.step(list(W * sp.Matrix([d1, d2])) == list(gx), note="W1 delta for W1^T delta")
Wd_written = W * sp.Matrix([R("-0.0686"), R("0.0557")])
L.step(substituted((W * sp.Matrix([d1, d2]))[1], lambda p, q: R("-0.3") * p + R("0.5") * q, "~-0.0686", "~0.0557"),
       carried=substituted(R("-0.3") * R("-0.0686") + R("0.5") * wd2, lambda p, q: R("-0.3") * p + R("0.5") * q, "~-0.0686", "~0.0557"),
       note="W1 (-0.0686, 0.0557): delta_2 = 0.0533")
L.step(vec_rounds(["-0.0163", "0.0484"], list(W * sp.Matrix([R("-0.0686"), R("0.0557")]))))
L.step(True, note="grad_x = W1^T delta"); L.step(vec_rounds(["-0.0434", "0.0129"], list(gx)))

# Q2 (c), (d)
L.define(note="eta = 0.2"); L.define(note="b <- rule")
L.step(substituted(b - R("0.2") * (d1 + d2), lambda p: R("0.1") - R("0.2") * p, "~-0.0129"),
       carried=substituted(b - R("0.2") * (R("-0.0686") + wd2), lambda p: R("0.1") - R("0.2") * p, "~-0.0129"))
L.step(rounds("0.1026", R("0.1") - R("0.2") * R("-0.0129")))
w11, w12, w21, w22, x1, x2 = sp.symbols("w11 w12 w21 w22 x1 x2", real=True)
L.step(sp.diff(w11 * x1 + w12 * x2 + bs, bs) == sp.diff(w21 * x1 + w22 * x2 + bs, bs)); L.step(sp.diff(w21 * x1 + w22 * x2 + bs, bs) == 1)
L.step(True, note="separate b1: dL/db1 = delta_1"); L.step(True, note="dL/db2 = delta_2")

# Q3
L.define(3, "h, yhat, L"); L.define(4, "W1, x, v, y")
W3 = sp.Matrix([[1, 0, -1], [R("0.5"), 2, 0]])
x3 = sp.Matrix([R("0.2"), R("0.1"), R("0.3")])
v3 = sp.Matrix([1, -2])
a3 = W3 * x3
h3 = a3.applyfunc(sp.tanh)
y3 = (v3.T * h3)[0]

L.step(list(a3) == [R("0.2") - R("0.3"), R("0.1") + R("0.2")]); L.step(list(a3) == [R("-0.1"), R("0.3")])
L.step(True, note="h = tanh of each")
L.step(vec_rounds(["0.0997", "0.2913"], list(h3)), note="tanh(-0.1) = -0.0997")
wh = [R("0.0997"), R("0.2913")]
L.step(substituted(y3, lambda p, q: p - 2 * q, "~0.0997", "~0.2913"), carried=substituted(wh[0] - 2 * wh[1], lambda p, q: p - 2 * q, "~0.0997", "~0.2913"))
L.step(R("0.0997") - 2 * R("0.2913") == R("-0.4829"))
L.step(rounds("-0.0997", sp.tanh(R("-0.1"))))
L.step(True, note="delta_o = yhat - y")
L.step(rounds("-0.4829", y3), carried=rounds("-0.4829", wh[0] - 2 * wh[1]))
d3 = (y3 * v3).multiply_elementwise(h3.applyfunc(lambda t: 1 - t ** 2))
L.step(True, note="delta = delta_o v (.) (1 - h^2)")
L.step(substituted(d3[0], lambda p, q: p * q, "~-0.4829", "~0.9901") and substituted(d3[1], lambda p, q: -2 * p * q, "~-0.4829", "~0.9151"),
       carried=rounds("0.9901", 1 - R("0.0997") ** 2) and rounds("0.9151", 1 - R("0.2913") ** 2))
L.step(rounds("-0.4781", R("-0.4829") * R("0.9901")) and rounds("0.8838", R("-0.4829") * (-2) * R("0.9151")))
gx3 = W3.T * d3
L.step(True, note="grad_x = W1^T delta")
L.step(vec_rounds(["-0.4781", "0.8838"], list(d3)), carried=vec_rounds(["-0.4781", "0.8838"], [R("-0.4829") * R("0.9901"), R("-0.4829") * (-2) * R("0.9151")]))
L.step(R("0.5") * R("0.8838") == R("0.4419") and 2 * R("0.8838") == R("1.7676"))
L.step(R("-0.4781") + R("0.4419") == R("-0.0362"))

# Q4
L.step(same(sp.diff(sp.log(sig(z)), z), 1 - sig(z), positive=False))
L.step(same(sp.diff(sp.log(1 - sig(z)), z), sig(z), positive=False), note="-sigma(z)")
L.step(same(sig(-z), 1 - sig(z), positive=False)); L.step(same(sp.tanh(-z), -sp.tanh(z), positive=False))
L.step(same(sp.diff(sp.log(1 + sp.exp(z)), z), sig(z), positive=False))
L.step(same(sp.diff(sp.log(1 + sp.exp(-z)), z), sig(z), positive=False), note="sigma(z) - 1")
L.step(rounds("0.8808", sig(2)) and rounds("0.1192", sig(-2)))
L.step(R("0.8808") + R("0.1192") == 1 and sp.simplify(sig(sp.Integer(2)) + sig(sp.Integer(-2))) == 1)
L.done()
