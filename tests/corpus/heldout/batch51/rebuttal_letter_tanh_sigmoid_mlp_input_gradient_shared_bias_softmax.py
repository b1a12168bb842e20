"""Labels for rebuttal_letter_tanh_sigmoid_mlp_input_gradient_shared_bias_softmax.tex: a conference
author response (reviewer quotes in grey, a response after each, a post-rebuttal addendum): tanh' by the
quotient rule and through sigma(2z), its values at 0.6 and 1.1, tanh''; a 2-2-1 sigmoid MLP with a linear
output (forward, delta_out, output gradients, sigma', delta_1, dL/dW1, dL/db1, the input gradient W1^T delta_1);
a shared bias over two tanh units (dL/db = delta_1 + delta_2 with numbers, a step, dL/dv, dL/dw, dL/dx);
softmax cross-entropy (p, the loss two ways, p - e_y, the LSE gradient, the Jacobian, weight decay);
grad of x^T A x for a non-symmetric A and the least-squares matrix gradients.
Slips: Reviewer 1's tanh' = 1 + tanh^2; tanh'(1.1) last digit (ratio carried); delta_{1,2} with the wrong
sign (carried into dL/dW1, dL/db1 and the input gradient; fixed in the addendum); Reviewer 2's averaged
shared-bias gradient; 1 - 0.3653 written 0.6357 (carried into delta_2, dL/db, the step on b and dL/dw_2); the submitted eq. (9) W1 delta_1 (missing transpose); Table 2's 1 - p_3; the weight
gradient without lambda W (fixed in the addendum); Reviewer 3's quote of 2Ax for a non-symmetric A."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch51/rebuttal_letter_tanh_sigmoid_mlp_input_gradient_shared_bias_softmax.tex")
z = sp.symbols("z", real=True)
sig = lambda t: 1 / (1 + sp.exp(-t))
th = sp.tanh(z)
dth = sp.diff(th, z)

# R1.1 quote
L.step(same(dth, 1 - th ** 2, positive=False)); L.step(same(dth, 1 + th ** 2, positive=False))
# quotient rule
q = (sp.exp(z) - sp.exp(-z)) / (sp.exp(z) + sp.exp(-z))
L.step(same(dth, sp.diff(q, z), positive=False))
A_, B_ = sp.exp(z) + sp.exp(-z), sp.exp(z) - sp.exp(-z)
L.step(same(sp.diff(q, z), (A_ * A_ - B_ * B_) / A_ ** 2, positive=False))
L.step(same((A_ * A_ - B_ * B_) / A_ ** 2, (A_ ** 2 - B_ ** 2) / A_ ** 2, positive=False))
L.step(same((A_ ** 2 - B_ ** 2) / A_ ** 2, 4 / A_ ** 2, positive=False))
L.step(same(4 / A_ ** 2, 1 - th ** 2, positive=False)); L.step(same(1 - th ** 2, sp.sech(z) ** 2, positive=False))
L.step(same(A_ ** 2 - B_ ** 2, 4, positive=False))
L.step(same(th, 2 * sig(2 * z) - 1, positive=False))
sd = lambda t: sig(t) * (1 - sig(t))
L.step(same(dth, 4 * sd(2 * z), positive=False)); L.step(same(4 * sd(2 * z), 4 * sig(2 * z) * (1 - sig(2 * z)), positive=False))
L.define(note="z = 0.6")
t6 = sp.tanh(R("0.6")); d6 = 1 - t6 ** 2
L.step(rounds("0.5370", t6)); L.step(substituted(d6, lambda a: 1 - a ** 2, "~0.5370"))
L.step(rounds("0.2884", R("0.5370") ** 2, t6 ** 2))
L.step(rounds("0.7116", 1 - R("0.2884"), d6))
L.step(rounds("1.8221", sp.exp(R("0.6")))); L.step(rounds("0.5488", sp.exp(-R("0.6"))))
L.step(substituted(d6, lambda a, b: 4 / (a + b) ** 2, "~1.8221", "~0.5488"))
L.step(rounds("5.6212", (R("1.8221") + R("0.5488")) ** 2, (sp.exp(R("0.6")) + sp.exp(-R("0.6"))) ** 2))
L.step(rounds("0.7116", 4 / R("5.6212"), d6))
L.define(note="z = 1.1")
t11 = sp.tanh(R("1.1")); d11 = 1 - t11 ** 2
L.step(rounds("0.8005", t11))
L.step(substituted(d11, lambda a: 1 - a ** 2, "~0.8005")); L.step(rounds("0.3582", 1 - R("0.8005") ** 2, d11), note="0.3592")
L.step(rounds("0.5034", d11 / d6), carried=rounds("0.5034", R("0.3582") / R("0.7116")))
L.step(True, note="0 < tanh'"); L.step(True, note="tanh' <= 1")
L.step(same(sp.diff(th, z, 2), -2 * th * dth, positive=False))
L.step(rounds("-0.7643", -2 * R("0.5370") * R("0.7116"), -2 * t6 * d6))

# R1.2: sigmoid MLP
L.define(4, "z, h, yhat, L")
x = [R("0.8"), R("-0.4")]; y = R("0.4")
W1 = [[R("0.3"), R("-0.5")], [R("0.7"), R("0.2")]]; b1 = [R("0.1"), R("-0.2")]; w2 = [R("0.6"), R("-0.9")]; b2 = R("0.05")
L.define(6, "data and parameters")
zz = [W1[i][0] * x[0] + W1[i][1] * x[1] + b1[i] for i in range(2)]
L.step(zz[0] == R("0.3") * R("0.8") + R("-0.5") * R("-0.4") + R("0.1")); L.step(zz[0] == R("0.24") + R("0.20") + R("0.1")); L.step(zz[0] == R("0.54"))
L.step(zz[1] == R("0.7") * R("0.8") + R("0.2") * R("-0.4") - R("0.2")); L.step(zz[1] == R("0.56") - R("0.08") - R("0.2")); L.step(zz[1] == R("0.28"))
h = [sig(t) for t in zz]
L.step(zz[0] == R("0.54")); L.step(rounds("0.6318", h[0])); L.step(zz[1] == R("0.28")); L.step(rounds("0.5695", h[1]))
yh = w2[0] * h[0] + w2[1] * h[1] + b2
L.step(substituted(yh, lambda a, b: R("0.6") * a - R("0.9") * b + R("0.05"), "~0.6318", "~0.5695"))
L.step(substituted(yh, lambda a, b: a - b + R("0.05"), "~0.3791", "~0.5126")
       and rounds("0.3791", R("0.6") * R("0.6318")) and rounds("0.5126", R("0.9") * R("0.5695")))
L.step(rounds("-0.0835", R("0.3791") - R("0.5126") + R("0.05"), yh))
do = yh - y
L.define(note="delta_out :="); L.step(True, note="dL/dyhat = yhat - y")
L.step(substituted(do, lambda a: a - R("0.4"), "~-0.0835")); L.step(rounds("-0.4835", R("-0.0835") - R("0.4"), do))
L.step(substituted(do ** 2 / 2, lambda a: a ** 2 / 2, "~-0.4835")); L.step(rounds("0.1169", R("0.4835") ** 2 / 2, do ** 2 / 2))
L.step(True, note="dL/dw2 = delta_out h")
L.step(substituted(do * h[0], lambda a, b: a * b, "~-0.4835", "~0.6318") and substituted(do * h[1], lambda a, b: a * b, "~-0.4835", "~0.5695"))
L.step(rounds("-0.3055", do * h[0], R("-0.4835") * R("0.6318")) and rounds("-0.2754", do * h[1], R("-0.4835") * R("0.5695")))
L.step(True, note="dL/db2 = delta_out"); L.step(rounds("-0.4835", do))
L.step(True, note="dL/dh = delta_out w2")
L.step(rounds("-0.2901", do * w2[0], R("-0.4835") * R("0.6")) and rounds("0.4352", do * w2[1], R("-0.4835") * R("-0.9")))
sp_ = [t * (1 - t) for t in h]
L.step(same(sp.diff(sig(z), z), sig(z) * (1 - sig(z)), positive=False))
L.step(substituted(sp_[0], lambda a, b: a * b, "~0.6318", "~0.3682") and substituted(sp_[1], lambda a, b: a * b, "~0.5695", "~0.4305")
       and 1 - R("0.6318") == R("0.3682") and 1 - R("0.5695") == R("0.4305"))
L.step(rounds("0.2326", sp_[0], R("0.6318") * R("0.3682")) and rounds("0.2452", sp_[1], R("0.5695") * R("0.4305")))
d1 = [do * w2[i] * sp_[i] for i in range(2)]
L.define(note="delta_1 :="); L.step(True, note="chain rule through h")
L.step(substituted(d1[0], lambda a, b: a * b, "~-0.2901", "~0.2326")); L.step(rounds("-0.0675", R("-0.2901") * R("0.2326"), d1[0]))
L.step(substituted(d1[1], lambda a, b: a * b, "~0.4352", "~0.2452")); L.step(rounds("-0.1067", R("0.4352") * R("0.2452"), d1[1]), note="+0.1067")
d1w = [R("-0.0675"), R("-0.1067")]
L.step(True, note="dL/dW1 = delta x^T")
L.step(substituted(d1[1], lambda a: a, "~-0.1067"), carried=True)
L.step(all(rounds(s_, d1w[i] * x[j]) for (i, j), s_ in {(0, 0): "-0.0540", (0, 1): "0.0270", (1, 0): "-0.0854", (1, 1): "0.0427"}.items()))
L.step(True, note="dL/db1 = delta_1"); L.step(substituted(d1[1], lambda a: a, "~-0.1067"), carried=True)
gx = [W1[0][j] * d1[0] + W1[1][j] * d1[1] for j in range(2)]
L.step(True, note="grad_x = W1^T delta_1")
L.step(substituted(gx[0], lambda a, b: R("0.3") * a + R("0.7") * b, "~-0.0675", "~-0.1067"), carried=True)
L.step(rounds("-0.0949", R("0.3") * R("-0.0675") + R("0.7") * R("-0.1067")) and rounds("0.0124", R("-0.5") * R("-0.0675") + R("0.2") * R("-0.1067")))

# R2.1: shared bias
xs, bb, ys = R("1.5"), R("0.2"), R("0.5")
w = [R("0.4"), R("-0.6")]; v = [R("1.1"), R("0.7")]
bs = sp.symbols("b", real=True)
zs = [w[j] * xs + bs for j in range(2)]
hs = [sp.tanh(t) for t in zs]
Ls = (v[0] * hs[0] + v[1] * hs[1] - ys) ** 2 / 2
dLdb = sp.diff(Ls, bs).subs(bs, bb)
dd = [((v[0] * hs[0] + v[1] * hs[1] - ys) * v[j] * (1 - hs[j] ** 2)).subs(bs, bb) for j in range(2)]
L.step(abs(sp.N(dLdb - (dd[0] + dd[1]) / 2)) < 1e-20, note="sum, not the average")
L.define(4, "z_j, h_j, yhat, L")
L.step(True, note="dz_j/db = 1"); L.define(note="delta_j :=")
L.step(True, note="chain rule over both paths"); L.step(abs(sp.N(dLdb - dd[0] - dd[1])) < 1e-25)
g_, hj = sp.symbols("g h_j", real=True)
L.step(True, note="delta_j = (yhat - y) v_j (1 - h_j^2): dL/dh_j = (yhat - y) v_j and tanh' = 1 - h^2")
L.step(True, note="untied: dL/db_j = delta_j")
L.define(5, "x, w, b, v, y")
zn = [t.subs(bs, bb) for t in zs]; hn = [sp.tanh(t) for t in zn]
L.step(zn[0] == R("0.4") * R("1.5") + R("0.2")); L.step(zn[0] == R("0.8")); L.step(zn[1] == R("-0.6") * R("1.5") + R("0.2")); L.step(zn[1] == R("-0.7"))
L.step(zn[0] == R("0.8")); L.step(rounds("0.6640", hn[0])); L.step(zn[1] == R("-0.7")); L.step(rounds("-0.6044", hn[1]))
yhs = v[0] * hn[0] + v[1] * hn[1]; gs = yhs - ys
L.step(substituted(yhs, lambda a, b: R("1.1") * a + R("0.7") * b, "~0.6640", "~-0.6044"))
L.step(rounds("0.3074", yhs, R("1.1") * R("0.6640") + R("0.7") * R("-0.6044")))
L.step(substituted(gs, lambda a: a - R("0.5"), "~0.3074")); L.step(rounds("-0.1926", R("0.3074") - R("0.5"), gs))
L.step(substituted(gs ** 2 / 2, lambda a: a ** 2 / 2, "~0.1926")); L.step(rounds("0.0185", R("0.1926") ** 2 / 2, gs ** 2 / 2))
sl = [1 - t ** 2 for t in hn]
L.step(substituted(sl[0], lambda a: 1 - a, "~0.4409") and rounds("0.4409", R("0.6640") ** 2)); L.step(rounds("0.5591", 1 - R("0.4409"), sl[0]))
L.step(substituted(sl[1], lambda a: 1 - a, "~0.3653") and rounds("0.3653", R("0.6044") ** 2)); L.step(rounds("0.6357", 1 - R("0.3653"), sl[1]), note="0.6347")
L.step(substituted(dd[0], lambda a, c: a * R("1.1") * c, "~-0.1926", "~0.5591")); L.step(rounds("-0.1185", R("-0.1926") * R("1.1") * R("0.5591"), dd[0]))
L.step(substituted(dd[1], lambda a, c: a * R("0.7") * c, "~-0.1926", "~0.6357"), carried=True)
L.step(rounds("-0.0857", R("-0.1926") * R("0.7") * R("0.6357"), dd[1]))
L.step(abs(sp.N(dLdb - dd[0] - dd[1])) < 1e-25)
L.step(substituted(dLdb, lambda a, b: a + b, "~-0.1185", "~-0.0857"), carried=True); L.step(rounds("-0.2042", R("-0.1185") - R("0.0857"), dLdb))
L.define(2, "eta, the rule")
L.step(substituted(bb - R("0.1") * dLdb, lambda a, c: R("0.2") - R("0.1") * (a + c), "~-0.1185", "~-0.0857"),   # -0.2042 is built from these
       carried=rounds("0.2042", R("0.1185") + R("0.0857")))
L.step(rounds("0.2204", R("0.2") - R("0.1") * R("-0.2042"), bb - R("0.1") * dLdb))
L.step(substituted(gs * hn[0], lambda a, b: a * b, "~-0.1926", "~0.6640")); L.step(rounds("-0.1279", R("-0.1926") * R("0.6640"), gs * hn[0]))
L.step(substituted(gs * hn[1], lambda a, b: a * b, "~-0.1926", "~-0.6044")); L.step(rounds("0.1164", R("-0.1926") * R("-0.6044"), gs * hn[1]))
L.step(True, note="dL/dw_1 = delta_1 x"); L.step(rounds("-0.1777", dd[0] * xs, R("-0.1185") * xs))
L.step(True, note="dL/dw_2 = delta_2 x"); L.step(rounds("-0.1286", dd[1] * xs), carried=rounds("-0.1286", R("-0.0857") * xs))
dLdx = dd[0] * w[0] + dd[1] * w[1]
L.step(True, note="both paths through x")
L.step(substituted(dLdx, lambda a, b: a + b, "~-0.0474", "~0.0514") and rounds("-0.0474", R("-0.1185") * R("0.4")) and rounds("0.0514", R("-0.0857") * R("-0.6"), dd[1] * w[1]))
L.step(rounds("0.0040", R("-0.0474") + R("0.0514"), dLdx))

# R2.2
Wn = sp.Matrix([[R("0.3"), R("-0.5")], [R("0.7"), R("0.2")]]); dv = sp.Matrix([R("0.1"), R("0.3")])
L.step((Wn * dv - Wn.T * dv).norm() == 0, note="W1 delta_1 is not the input gradient")
L.step(True, note="chain rule over z_i"); L.step(True, note="dz_i/dx_j = W_ij"); L.step(True, note="sum_i delta_i W_ij = (W^T delta)_j")
L.define(note="z_i = sum_j W_ij x_j + b_i"); L.step(True, note="dz_i/dx_j = W_ij")

# R3.1: softmax CE
zl = [R("1.2"), R("-0.3"), R("0.5")]
ez = [sp.exp(t) for t in zl]; S = sum(ez); p = [t / S for t in ez]
k3 = sp.symbols("z1:4", real=True)
ce = sp.log(sum(sp.exp(t) for t in k3)) - k3[2]
pk = [sp.exp(t) / sum(sp.exp(u) for u in k3) for t in k3]
L.step(all(same(sp.diff(ce, k3[i]), pk[i] - (1 if i == 2 else 0), positive=False) for i in range(3)))
L.step(same(sp.diff(ce, k3[2]), 1 - pk[2], positive=False), note="p_3 - 1")
L.step(rounds("0.7112", 1 - p[2]))
L.define(2, "logits, label")
L.step(rounds("3.3201", ez[0])); L.step(rounds("0.7408", ez[1])); L.step(rounds("1.6487", ez[2]))
L.step(rounds("5.7096", R("3.3201") + R("0.7408") + R("1.6487"), S))
ew = ["3.3201", "0.7408", "1.6487"]
L.step(all(substituted(p[i], lambda a, b, c: [a, b, c][i] / (a + b + c), *["~" + s_ for s_ in ew]) for i in range(3)))   # 5.7096 = their sum
L.step(all(rounds(s_, p[i], [R("3.3201"), R("0.7408"), R("1.6487")][i] / R("5.7096")) for i, s_ in enumerate(["0.5815", "0.1297", "0.2888"])))
L.define(note="ell = -ln p_3"); L.step(substituted(-sp.log(p[2]), lambda a: -sp.log(a), "~0.2888"))
L.step(rounds("1.2420", -sp.log(R("0.2888")), -sp.log(p[2])))
L.step(True, note="-ln p_3 = LSE - z_3"); L.step(substituted(sp.log(S) - R("0.5"), lambda a, b, c: sp.log(a + b + c) - R("0.5"), "~3.3201", "~0.7408", "~1.6487"))   # 5.7096 built from these
L.step(substituted(sp.log(S) - R("0.5"), lambda a: a - R("0.5"), "~1.7422") and rounds("1.7422", sp.log(R("5.7096")), sp.log(S)))
L.step(rounds("1.2422", R("1.7422") - R("0.5"), sp.log(S) - R("0.5")))
L.step(True, note="grad = p - e_3"); L.step(rounds("0.5815", p[0]) and rounds("0.1297", p[1]) and rounds("0.2888", p[2]))
L.step(R("0.2888") - 1 == R("-0.7112"))
lse = sp.log(sum(sp.exp(t) for t in k3))
L.step(same(sp.diff(lse, k3[0]), pk[0], positive=False)); L.step(True, note="e^{z_k}/sum = p_k")
L.step(all(same(sp.diff(pk[i], k3[k]), pk[i] * ((1 if i == k else 0) - pk[k]), positive=False) for i in range(3) for k in range(3)))
L.define(note="z = W h")
Ws = sp.Matrix(3, 2, sp.symbols("w0:6", real=True)); hv = sp.Matrix(sp.symbols("h0:2", real=True)); lam = sp.symbols("lam", positive=True)
zW = Ws * hv
obj = sp.log(sum(sp.exp(t) for t in zW)) - zW[0] + lam / 2 * sum(t ** 2 for t in Ws)
pW = sp.Matrix([sp.exp(t) / sum(sp.exp(u) for u in zW) for t in zW]) - sp.Matrix([1, 0, 0])
G = sp.Matrix(3, 2, lambda i, j: sp.diff(obj, Ws[i, j]))
L.step(all(same(G[i, j], (pW * hv.T)[i, j], positive=False) for i in range(3) for j in range(2)), note="+ lambda W")

# R3.2
An = sp.Matrix([[2, 1], [-1, 3]]); xv = sp.Matrix([1, 2])
x1, x2 = sp.symbols("x1 x2", real=True); X = sp.Matrix([x1, x2])
f = (X.T * An * X)[0]
grad = sp.Matrix([sp.diff(f, x1), sp.diff(f, x2)])
L.step(sp.simplify(grad - 2 * An * X) == sp.zeros(2, 1))
L.define(note="A")
L.step(sp.simplify(grad - (An + An.T) * X) == sp.zeros(2, 1))
L.define(note="x = (1, 2)")
L.step(sp.expand(f - 2 * x1 ** 2 - 3 * x2 ** 2) == 0); L.step(f.subs({x1: 1, x2: 2}) == 14)
L.step(An + An.T == sp.Matrix([[4, 0], [0, 6]])); L.step(sp.Matrix([[4, 0], [0, 6]]) * xv == sp.Matrix([4, 12]))
L.step(An * xv == sp.Matrix([4, 5])); L.step(2 * sp.Matrix([4, 5]) == sp.Matrix([8, 10]))
L.step(grad.subs({x1: 1, x2: 2}) == sp.Matrix([4, 12]))
L.step(sp.hessian(f, (x1, x2)) == An + An.T)
Wm = sp.Matrix(2, 2, sp.symbols("m0:4", real=True)); tv = sp.Matrix(sp.symbols("t0:2", real=True))
ls = ((Wm * X - tv).T * (Wm * X - tv))[0] / 2
L.step(sp.simplify(sp.Matrix(2, 2, lambda i, j: sp.diff(ls, Wm[i, j])) - (Wm * X - tv) * X.T) == sp.zeros(2, 2))
L.step(sp.simplify(sp.Matrix([sp.diff(ls, x1), sp.diff(ls, x2)]) - Wm.T * (Wm * X - tv)) == sp.zeros(2, 1))

# addendum
L.step(rounds("0.1067", R("0.4352") * R("0.2452"), d1[1])); L.step(rounds("0.1067", d1[1]))
d1c = [R("-0.0675"), R("0.1067")]
L.step(all(rounds(s_, d1[i] * x[j], d1c[i] * x[j]) for (i, j), s_ in {(0, 0): "-0.0540", (0, 1): "0.0270", (1, 0): "0.0854", (1, 1): "-0.0427"}.items()))
L.step(rounds("-0.0675", d1[0]) and rounds("0.1067", d1[1]))
L.step(True, note="grad_x = W1^T delta_1")
L.step(substituted(gx[0], lambda a, b: R("0.3") * a + R("0.7") * b, "~-0.0675", "~0.1067") and substituted(gx[1], lambda a, b: R("-0.5") * a + R("0.2") * b, "~-0.0675", "~0.1067"))
L.step(rounds("0.0544", gx[0]) and rounds("0.0551", gx[1]))
Wd = [W1[i][0] * d1[0] + W1[i][1] * d1[1] for i in range(2)]
L.step(substituted(Wd[0], lambda a, b: R("0.3") * a - R("0.5") * b, "~-0.0675", "~0.1067") and substituted(Wd[1], lambda a, b: R("0.7") * a + R("0.2") * b, "~-0.0675", "~0.1067"))
L.step(rounds("-0.0736", R("0.3") * R("-0.0675") - R("0.5") * R("0.1067"), Wd[0]) and rounds("-0.0259", R("0.7") * R("-0.0675") + R("0.2") * R("0.1067"), Wd[1]))
L.define(note="input step rule")
L.step(substituted(x[0] - gx[0] / 2, lambda a: R("0.8") - a, "~0.0272") and substituted(x[1] - gx[1] / 2, lambda a: R("-0.4") - a, "~0.0275"))
L.step(rounds("0.7728", x[0] - gx[0] / 2) and rounds("-0.4275", x[1] - gx[1] / 2))
L.step(substituted(d11, lambda a: 1 - a, "~0.6408") and rounds("0.6408", t11 ** 2)); L.step(rounds("0.3592", d11))
L.step(rounds("0.5048", d11 / d6, R("0.3592") / R("0.7116")))
L.step(all(same(G[i, j], (pW * hv.T + lam * Ws)[i, j], positive=False) for i in range(3) for j in range(2)))
L.done()
