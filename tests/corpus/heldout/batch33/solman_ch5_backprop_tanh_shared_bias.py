"""Labels for solman_ch5_backprop_tanh_shared_bias.tex: an instructor's solution-manual chapter with
numbered `equation`/`align` environments, `\\label`/`\\eqref` cross-references and "from (5.3)" prose:
tanh' by the quotient rule, as sech^2, values at z = 1, tanh'', tanh = 2 sigma(2z) - 1; sigma' <= 1/4;
a 2-2-1 sigmoid network with BCE whose hidden units share one bias (forward, delta_o, dL/dv, hidden
deltas, dL/dW1, dL/db, a gradient step); the input gradient W1^T delta, a first-order change of L, the
layer recursion; matrix-calculus identities with a 2x2 example; softmax cross-entropy."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

zero = lambda e: abs(sp.N(e, 50)) < sp.Float("1e-40")   # exact identity, to 40 digits

L = Labels("batch33/solman_ch5_backprop_tanh_shared_bias.tex")
z = sp.symbols("z", real=True)
sig = lambda t: 1 / (1 + sp.exp(-t))
th = (sp.exp(z) - sp.exp(-z)) / (sp.exp(z) + sp.exp(-z))
# ---- 5.1
L.step(same(sp.diff(sp.tanh(z), z), 1 - sp.tanh(z) ** 2, positive=False)); L.define(note="z = 1")
L.define(note="tanh definition")
assert same(th, sp.tanh(z), positive=False)
L.step(same(sp.diff(th, z), ((sp.exp(z) + sp.exp(-z)) ** 2 - (sp.exp(z) - sp.exp(-z)) ** 2) / (sp.exp(z) + sp.exp(-z)) ** 2, positive=False))
L.step(same(((sp.exp(z) + sp.exp(-z)) ** 2 - (sp.exp(z) - sp.exp(-z)) ** 2) / (sp.exp(z) + sp.exp(-z)) ** 2, 1 - th ** 2, positive=False))
L.step(same((sp.exp(z) + sp.exp(-z)) ** 2 - (sp.exp(z) - sp.exp(-z)) ** 2, 4, positive=False))
L.step(same(sp.diff(th, z), 4 / (sp.exp(z) + sp.exp(-z)) ** 2, positive=False))
L.step(same(4 / (sp.exp(z) + sp.exp(-z)) ** 2, 1 / sp.cosh(z) ** 2, positive=False))
L.step(same(1 / sp.cosh(z) ** 2, sp.sech(z) ** 2, positive=False))
L.step(same(sp.sech(z), 1 / sp.cosh(z), positive=False)); L.step(same(1 / sp.cosh(z), 2 / (sp.exp(z) + sp.exp(-z)), positive=False))
L.step(same(sp.sech(z) ** 2, 2 / (sp.exp(z) + sp.exp(-z)) ** 2, positive=False), note="4, not 2")
L.define(note="z = 1"); L.step(rounds("0.7616", sp.tanh(1)))
d1 = 1 - sp.tanh(1) ** 2
L.step(substituted(d1, lambda t: 1 - t ** 2, "~0.7616")); L.step(rounds("0.5800", R("0.7616") ** 2)); L.step(rounds("0.4200", 1 - R("0.5800"), d1))
L.step(rounds("1.5431", sp.cosh(1))); L.step(rounds("0.4200", 1 / R("1.5431") ** 2, d1))
L.step(same(sp.diff(sp.tanh(z), z, 2), -2 * sp.tanh(z) * (1 - sp.tanh(z) ** 2), positive=False))
d2 = sp.diff(sp.tanh(z), z, 2).subs(z, 1)
L.step(substituted(d2, lambda p, q: -2 * p * q, "~0.7616", "~0.4200")); L.step(rounds("-0.6397", -2 * R("0.7616") * R("0.4200"), d2))
L.step(same(sp.tanh(-z), -sp.tanh(z), positive=False))
L.step(sp.diff(sp.tanh(z), z).subs(z, -1) == sp.diff(sp.tanh(z), z).subs(z, 1)); L.step(rounds("0.4200", d1))
L.step(same(sp.tanh(z), 2 * sig(2 * z) - 1, positive=False))
sp_ = lambda t: sig(t) * (1 - sig(t))
L.step(same(sp.diff(sp.tanh(z), z), 4 * sp.diff(sig(z), z).subs(z, 2 * z), positive=False))
L.step(same(sp.diff(sig(z), z).subs(z, 2 * z), sp_(2 * z), positive=False))
L.step(rounds("0.8808", sig(2))); L.step(rounds("0.4200", 4 * R("0.8808") * R("0.1192"), 4 * sp_(2)) and 1 - R("0.8808") == R("0.1192"))
# ---- 5.2
L.define(note="sigma")
L.step(same(sp.diff(sig(z), z), sp.exp(-z) / (1 + sp.exp(-z)) ** 2, positive=False)); L.step(same(sp.exp(-z) / (1 + sp.exp(-z)) ** 2, sp_(z), positive=False))
u = sp.symbols("u", real=True)
L.step(sp.maximum(u * (1 - u), u) == sp.Rational(1, 4))
L.step(sp.maximum(sp_(z), z) == sp.Rational(1, 4)); L.step(sp_(0) == sp.Rational(1, 4))
L.step(sp.Rational(1, 4) ** 5 == sp.Rational(1, 1024)); L.step(rounds("0.0098", sp.Rational(1, 1024)), note="0.00098")
# ---- 5.3
L.define(note="eta = 0.5")
L.define(2, "z_j, h_j"); L.define(2, "a, yhat"); L.define(note="BCE")
L.define(6, "x, W1, b, v, c, y")
x = [R("0.5"), R("-1.0")]; W = [[R("0.2"), R("-0.4")], [R("0.6"), R("0.1")]]; b = R("0.1"); v = [R("0.7"), R("-0.5")]; c = R("0.2"); y = 1
zz = [W[j][0] * x[0] + W[j][1] * x[1] + b for j in range(2)]
h = [sig(t) for t in zz]
a = v[0] * h[0] + v[1] * h[1] + c
yh = sig(a)
Lv = -sp.log(yh)
L.step(zz[0] == R("0.2") * R("0.5") + R("-0.4") * R("-1.0") + R("0.1")); L.step(zz[0] == R("0.6"))
L.step(True, note="h1 = sigma(0.6)"); L.step(rounds("0.6457", sig(R("0.6"))))
L.step(zz[1] == R("0.6") * R("0.5") + R("0.1") * R("-1.0") + R("0.1")); L.step(zz[1] == R("0.3"))
L.step(True, note="h2 = sigma(0.3)"); L.step(rounds("0.5744", sig(R("0.3"))))
L.step(substituted(a, lambda p, q: R("0.7") * p - R("0.5") * q + R("0.2"), "~0.6457", "~0.5744"))
L.step(rounds("0.4520", R("0.7") * R("0.6457")) and R("0.5") * R("0.5744") == R("0.2872"))
L.step(rounds("0.3648", R("0.4520") - R("0.2872") + R("0.2"), a))
# 0.3648 was obtained from the rounded 0.6457, 0.5744 and 0.4520: its error bound is theirs
a_bound = R("0.7") * R("0.00005") + R("0.5") * R("0.00005") + R("0.00005")
L.step(abs(sp.N(sig(R("0.3648")) - yh, 30)) <= sp.N(sp.diff(sig(z), z).subs(z, a), 30) * a_bound * sp.Rational(11, 10))
L.step(rounds("0.5902", sig(R("0.3648")), yh))
L.step(substituted(Lv, lambda t: -sp.log(t), "~0.5902")); L.step(rounds("0.5273", -sp.log(R("0.5902")), Lv))
# symbolic backprop checks on the general model
X1, X2, B, V1, V2, C, Y = sp.symbols("X1 X2 B V1 V2 C Y", real=True)
w11, w12, w21, w22 = sp.symbols("w11 w12 w21 w22", real=True)
A_ = sp.symbols("A_", real=True)
Z1 = w11 * X1 + w12 * X2 + B; Z2 = w21 * X1 + w22 * X2 + B
H1, H2 = sig(Z1), sig(Z2)
Aa = V1 * H1 + V2 * H2 + C
Lsym = -Y * sp.log(sig(Aa)) - (1 - Y) * sp.log(1 - sig(Aa))
LA = -Y * sp.log(sig(A_)) - (1 - Y) * sp.log(1 - sig(A_))
Yh = sp.symbols("Yh", positive=True)
L.define(note="delta_o :=")
L.step(True, note="chain rule through yhat = sigma(a)")
L.step(same((-Y / Yh + (1 - Y) / (1 - Yh)) * Yh * (1 - Yh), Yh - Y, positive=False))
L.step(same(sp.diff(LA, A_), sig(A_) - Y, positive=False))
do = yh - y
L.step(substituted(do, lambda p: p - 1, "~0.5902")); L.step(R("0.5902") - 1 == R("-0.4098"))
gv = [do * hh for hh in h]
L.step(same(sp.diff(Lsym, V1), (sig(Aa) - Y) * H1, positive=False) and same(sp.diff(Lsym, V2), (sig(Aa) - Y) * H2, positive=False))
L.step(substituted(gv[0], lambda p, q: p * q, "~-0.4098", "~0.6457") and substituted(gv[1], lambda p, q: p * q, "~-0.4098", "~0.5744"))
L.step(rounds("-0.2646", R("-0.4098") * R("0.6457"), gv[0]) and rounds("-0.2354", R("-0.4098") * R("0.5744"), gv[1]))
L.step(same(sp.diff(Lsym, C), sig(Aa) - Y, positive=False)); L.step(rounds("-0.4098", do))
L.define(note="delta_j :=")
L.step(same(sp.diff(Lsym, w11) / X1, (sig(Aa) - Y) * V1 * H1 * (1 - H1), positive=False))
hp = [hh * (1 - hh) for hh in h]
L.step(substituted(hp[0], lambda p, q: p * q, "~0.6457", "~0.3543") and rounds("0.3543", 1 - h[0])); L.step(rounds("0.2288", R("0.6457") * R("0.3543"), hp[0]))
L.step(substituted(hp[1], lambda p, q: p * q, "~0.5744", "~0.4256") and rounds("0.4256", 1 - h[1])); L.step(rounds("0.2445", R("0.5744") * R("0.4256"), hp[1]))
L.step(rounds("-0.2869", R("-0.4098") * R("0.7"), do * v[0])); L.step(rounds("0.2049", R("-0.4098") * R("-0.5"), do * v[1]))
dl = [do * v[j] * hp[j] for j in range(2)]
L.step(substituted(dl[0], lambda p, q: p * q, "~-0.2869", "~0.2288")); L.step(rounds("-0.0656", R("-0.2869") * R("0.2288"), dl[0]))
L.step(substituted(dl[1], lambda p, q: p * q, "~0.2049", "~0.2445")); L.step(rounds("0.0501", R("0.2049") * R("0.2445"), dl[1]))
dsym = [(sig(Aa) - Y) * V1 * H1 * (1 - H1), (sig(Aa) - Y) * V2 * H2 * (1 - H2)]
L.step(all(same(sp.diff(Lsym, wji), dsym[j] * xi, positive=False)
           for (wji, j, xi) in [(w11, 0, X1), (w12, 0, X2), (w21, 1, X1), (w22, 1, X2)]), note="dL/dw_ji = delta_j x_i")
M = sp.Matrix
gW = M([[dl[0] * x[0], dl[0] * x[1]], [dl[1] * x[0], dl[1] * x[1]]])          # delta x^T
xdT = M([[x[0] * dl[0], x[0] * dl[1]], [x[1] * dl[0], x[1] * dl[1]]])         # x delta^T
L.step(gW == xdT, note="x delta^T is the transpose")
L.step(True, note="entries of x delta^T written out")
L.step(rounds("-0.0328", R("0.5") * R("-0.0656"), xdT[0, 0]) and rounds("0.02505", R("0.5") * R("0.0501"), xdT[0, 1])
       and rounds("0.0656", R("-1.0") * R("-0.0656"), xdT[1, 0]) and rounds("-0.0501", R("-1.0") * R("0.0501"), xdT[1, 1]))
gb = dl[0] + dl[1]
assert same(sp.diff(Lsym, B), sp.diff(Lsym, w11) / X1 + sp.diff(Lsym, w21) / X1, positive=False)
L.step(gb == (dl[0] + dl[1]) / 2, note="the sum, not the average")
L.step(substituted((dl[0] + dl[1]) / 2, lambda p, q: (p + q) / 2, "~-0.0656", "~0.0501")); L.step(rounds("-0.0078", (R("-0.0656") + R("0.0501")) / 2, (dl[0] + dl[1]) / 2))
L.step(True, note="separate biases: dL/db_j = delta_j")
L.define(note="eta")
eta = R("0.5")
L.step(substituted(W[0][0] - eta * gW[0, 0], lambda p: R("0.2") - eta * p, "~-0.0328")); L.step(R("0.2") - eta * R("-0.0328") == R("0.2164"))
L.step(substituted(W[0][1] - eta * gW[0, 1], lambda p: R("-0.4") - eta * p, "~0.02505"),
       carried=substituted(W[0][1] - eta * xdT[0, 1], lambda p: R("-0.4") - eta * p, "~0.02505"))
L.step(rounds("-0.4125", R("-0.4") - eta * R("0.02505")))
L.define(note="b rule")
L.step(substituted(b - eta * gb, lambda p: R("0.1") - eta * p, "~-0.0078"),
       carried=substituted(b - eta * (dl[0] + dl[1]) / 2, lambda p: R("0.1") - eta * p, "~-0.0078"))
L.step(R("0.1") - eta * R("-0.0078") == R("0.1039"))
L.step(substituted(-eta * gb, lambda p: p - R("0.1"), "~0.1039"), carried=True); L.step(R("0.1039") - R("0.1") == R("0.0039"))
# ---- 5.4
assert same(sp.diff(Lsym, X1), sp.diff(Lsym, w11) / X1 * w11 + sp.diff(Lsym, w21) / X1 * w21, positive=False)
L.step(True, note="dL/dx_i = sum_j delta_j w_ji (checked above)"); L.step(True, note="= W1^T delta")
gx = [W[0][i] * dl[0] + W[1][i] * dl[1] for i in range(2)]
L.step(substituted(gx[0], lambda p, q: R("0.2") * p + R("0.6") * q, "~-0.0656", "~0.0501")
       and substituted(gx[1], lambda p, q: R("-0.4") * p + R("0.1") * q, "~-0.0656", "~0.0501"))
L.step(R("0.2") * R("-0.0656") == R("-0.01312") and R("0.6") * R("0.0501") == R("0.03006") and R("-0.4") * R("-0.0656") == R("0.02624") and R("0.1") * R("0.0501") == R("0.00501"))
L.step(R("-0.01312") + R("0.03006") == R("0.01694") and R("0.02624") + R("0.00501") == R("0.03125"))
L.define(note="step on x")
# actual change of L for x <- x - 0.1 grad, against the first-order value
xsub = {w11: W[0][0], w12: W[0][1], w21: W[1][0], w22: W[1][1], B: b, V1: v[0], V2: v[1], C: c, Y: 1}
Lx = Lsym.subs(xsub)
L0 = Lx.subs({X1: x[0], X2: x[1]})
L1 = Lx.subs({X1: x[0] - R("0.1") * gx[0], X2: x[1] - R("0.1") * gx[1]})
dL = sp.N(L1 - L0, 30)
L.step(rounds("-0.000126", dL, approx=True), note="first-order change, exact change within 1e-6")
L.step(substituted(-R("0.1") * (gx[0] ** 2 + gx[1] ** 2), lambda p, q: -R("0.1") * (p ** 2 + q ** 2), "~0.01694", "~0.03125"))
L.step(rounds("0.001264", R("0.01694") ** 2 + R("0.03125") ** 2)); L.step(rounds("-0.000126", -R("0.1") * R("0.001264")))
L.define(note="layers l = 1..m")
# the recursion applied to this net (W^(2) = v^T, delta^(2) = delta_o) claims delta = v delta_o
L.step(all(zero(dl[j] - v[j] * do) for j in range(2)), note="the sigma'(z^(l)) factor dropped")
L.step(True, note="dL/dW^(l) = delta^(l) h^(l-1)^T"); L.step(True, note="grad_x = W^(1)^T delta^(1)")
L.define(note="m = 2")
# ---- 5.5
x1, x2, a1, a2 = sp.symbols("x1 x2 a1 a2", real=True)
xv = M([x1, x2]); av = M([a1, a2])
A = M(2, 2, sp.symbols("A11 A12 A21 A22", real=True)); bv = M(sp.symbols("b1 b2", real=True))
gradf = lambda f: M([sp.diff(f, x1), sp.diff(f, x2)])
L.step(gradf((av.T * xv)[0]) == av)
L.step(sp.expand(gradf((xv.T * A * xv)[0]) - 2 * A * xv) == M([0, 0]), note="(A + A^T) x")
r = A * xv - bv
L.step(sp.expand(gradf((r.T * r)[0]) - 2 * A.T * r) == M([0, 0]))
Xm = M(2, 2, sp.symbols("X11 X12 X21 X22", real=True))
trAX = (A * Xm).trace()
L.step(M(2, 2, lambda i, j: sp.diff(trAX, Xm[i, j])) == A.T)
Wm = M(2, 2, sp.symbols("W11 W12 W21 W22", real=True)); yv = M(sp.symbols("y1 y2", real=True))
e_ = Wm * xv - yv
L.step(sp.expand(M(2, 2, lambda i, j: sp.diff((e_.T * e_)[0] / 2, Wm[i, j])) - e_ * xv.T) == sp.zeros(2, 2))
An = M([[1, 2], [0, 3]]); bn = M([1, 2]); xn = M([1, 1])
L.define(3, "A, b, x")
gq = gradf((xv.T * An * xv)[0]).subs({x1: 1, x2: 1})
L.step(gq == 2 * An * xn, carried=True); L.step(2 * An * xn == 2 * M([3, 3])); L.step(2 * M([3, 3]) == M([6, 6]))
L.step(An * xn - bn == M([2, 1]))
rn = An * xv - bn
gl = gradf((rn.T * rn)[0]).subs({x1: 1, x2: 1})
L.step(gl == 2 * M([[1, 0], [2, 3]]) * M([2, 1])); L.step(2 * M([[1, 0], [2, 3]]) * M([2, 1]) == M([4, 14]))
# ---- 5.6
zs = sp.symbols("z1:4", real=True)
ys = sp.symbols("y1:4", real=True)
den = sum(sp.exp(t) for t in zs)
ps = [sp.exp(t) / den for t in zs]
Lce = -sum(yk * sp.log(pk) for yk, pk in zip(ys, ps))
L.define(2, "p_k, L"); L.step(same(sp.log(ps[0]), zs[0] - sp.log(den), positive=False))
L.step(same(sp.diff(Lce, zs[0]), -ys[0] + ps[0] * sum(ys), positive=False))
onehot = {ys[0]: 1, ys[1]: 0, ys[2]: 0}
L.step(same(sp.diff(Lce, zs[0]).subs(onehot), ps[0] - 1, positive=False) and same(sp.diff(Lce, zs[1]).subs(onehot), ps[1], positive=False))
zn = [R("0.5"), R("-0.5"), R("1.5")]
L.define(note="z")
L.step(rounds("1.6487", sp.exp(zn[0]))); L.step(rounds("0.6065", sp.exp(zn[1]))); L.step(rounds("4.4817", sp.exp(zn[2])))
assert rounds("6.7369", R("1.6487") + R("0.6065") + R("4.4817"))
pn = [sp.exp(t) / sum(sp.exp(s_) for s_ in zn) for t in zn]
L.step(rounds("0.2447", pn[0]) and rounds("0.0900", pn[1]) and rounds("0.6652", pn[2]))
L.step(substituted(-sp.log(pn[0]), lambda p: -sp.log(p), "~0.2447")); L.step(rounds("1.4706", -sp.log(R("0.2447")), -sp.log(pn[0])), note="1.4076")
L.step(substituted(pn[0] - 1, lambda p: p - 1, "~0.2447") and rounds("0.0900", pn[1]) and rounds("0.6652", pn[2]))
L.step(R("0.2447") - 1 == R("-0.7553"))
L.done()
