"""Labels for tutorial_handout_tanh_shared_bias_sigmoid_mlp_input_gradient_forward_mode.tex: a conference
tutorial's handout (schedule, "Try it" prompts, margin pitfalls, take-home answers and last year's shared-pad
questions with the presenters' replies): tanh' by the quotient rule, as 4/(e^z + e^-z)^2, sech^2 and 4 sigma'(2z),
values; a two-unit sigmoid layer sharing one bias (forward, dL/db = delta_1 + delta_2, dL/dW_1, a step on b and
v, the first-order decrease); a 2-2-1 sigmoid MLP with squared loss; input gradients W_1^T delta with a central
difference; a forward-mode trace of ln(x_1^2 + x_2) + x_1 sin x_2 with two sweeps and a directional derivative.
Slips: tanh' taken as odd; sigma'(z_2) = 0.2530 for 0.2350 (carried into delta_2, dL/dW_1, dL/db_1 and the
MLP's input gradient); a first-layer step with the sign flipped; ln 2.75 = 1.0161 for 1.0116 (carried into v_8,
f and the dual number); on the pad: tanh' = 2 sigma'(2z), the shared bias averaged, W_1 delta for W_1^T delta
(its length carried), dropping x_1 from d/dx_2 of x_1 sin x_2."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch47/tutorial_handout_tanh_shared_bias_sigmoid_mlp_input_gradient_forward_mode.tex")
z, a_, b_, c_, d_ = sp.symbols("z a b c d", real=True)
sig = lambda t: 1 / (1 + sp.exp(-t))
dsig = lambda t: sig(t) * (1 - sig(t))
th = sp.tanh


def ok(cond, note=""):
    L.step(bool(cond), note=note)


# --- 1. warm-up
L.define(note="sigma"); L.define(note="tanh")
sp_ = sp.diff(sig(z), z)
ok(same(sp_, sp.exp(-z) / (1 + sp.exp(-z)) ** 2, positive=False))
ok(same(sp.exp(-z) / (1 + sp.exp(-z)) ** 2, 1 / (1 + sp.exp(-z)) * sp.exp(-z) / (1 + sp.exp(-z)), positive=False))
ok(same(1 / (1 + sp.exp(-z)) * sp.exp(-z) / (1 + sp.exp(-z)), dsig(z), positive=False))
ok(same(1 - sig(z), sig(-z), positive=False)); ok(dsig(0) == sp.Rational(1, 4))
ok(True, "sigma' > 0"); ok(sp.Rational(1, 4) == R("0.25"), "max of sigma' is sigma'(0)")
u = sp.exp(z) - sp.exp(-z); w = sp.exp(z) + sp.exp(-z)
L.define(2, "u, w"); ok(same(sp.diff(u, z), w, positive=False)); ok(same(sp.diff(w, z), u, positive=False))
dth = sp.diff(sp.tanh(z), z)
ok(same(dth, (w * w - u * u) / w ** 2, positive=False)); ok(same((w * w - u * u) / w ** 2, (w ** 2 - u ** 2) / w ** 2, positive=False))
ok(same((w ** 2 - u ** 2) / w ** 2, 1 - th(z) ** 2, positive=False))
ok(same(w ** 2 - u ** 2, (w - u) * (w + u), positive=False)); ok(same((w - u) * (w + u), 2 * sp.exp(-z) * 2 * sp.exp(z), positive=False))
ok(same(2 * sp.exp(-z) * 2 * sp.exp(z), 4, positive=False))
ok(same(dth, 4 / w ** 2, positive=False)); ok(same(4 / w ** 2, 1 / sp.cosh(z) ** 2, positive=False)); ok(same(1 / sp.cosh(z) ** 2, sp.sech(z) ** 2, positive=False))
ok(same(th(z), 2 * sig(2 * z) - 1, positive=False))
ok(same(dth, 2 * dsig(2 * z) * 2, positive=False)); ok(same(2 * dsig(2 * z) * 2, 4 * sig(2 * z) * (1 - sig(2 * z)), positive=False))
t05, t1 = th(R("0.5")), th(1)
ok(rounds("0.4621", t05)); ok(substituted(1 - t05 ** 2, lambda t: 1 - t ** 2, "~0.4621")); ok(rounds("0.2135", R("0.4621") ** 2)); ok(rounds("0.7865", 1 - R("0.2135"), 1 - t05 ** 2))
ok(rounds("0.7616", t1)); ok(substituted(1 - t1 ** 2, lambda t: 1 - t ** 2, "~0.7616")); ok(rounds("0.5800", R("0.7616") ** 2)); ok(rounds("0.4200", 1 - R("0.5800"), 1 - t1 ** 2))
ok(rounds("0.7311", sig(1))); ok(same(dth.subs(z, R("0.5")), 4 * sig(1) * (1 - sig(1))))
ok(substituted(4 * sig(1) * (1 - sig(1)), lambda s1, s2: 4 * s1 * s2, "~0.7311", "~0.2689") and rounds("0.2689", 1 - sig(1)))
ok(rounds("0.7864", 4 * R("0.7311") * R("0.2689")))
ok(rounds("-0.4200", dth.subs(z, -1)), "tanh' is even: 0.4200")
d2 = sp.diff(th(z), z, 2)
ok(same(d2, -2 * th(z) * (1 - th(z) ** 2), positive=False))
ok(substituted(d2.subs(z, R("0.5")), lambda t, s_: -2 * t * s_, "~0.4621", "~0.7865"))
ok(rounds("-0.7296", -2 * R("0.4621") * R("0.7865"), d2.subs(z, R("0.5"))), "-0.7269")
ok(dth.subs(z, 1) < dth.subs(z, R("0.5"))); ok(dth.subs(z, R("0.5")) < dth.subs(z, 0)); ok(dth.subs(z, 0) == 1)

# --- 2. shared bias
L.define(4, "z_j, h_j, y hat, L")
ok(True, "chain rule over the two paths"); ok(True, "dz_j/db = 1"); ok(True, "delta_1 + delta_2")
L.define(note="delta_j :="); ok(True, "chain rule along one path"); ok(True, "(yhat - y) v_j sigma'(z_j)")
ok(True, "1^T delta"); ok(True, "dL/dW_1 = delta x^T")
L.define(4, "x, y, b, c"); L.define(2, "W_1, v")
W = sp.Matrix([[R("0.5"), R("-0.3")], [R("0.2"), R("0.4")]]); x = sp.Matrix([R("1.5"), R("0.5")])
b0, c0, v = R("0.1"), R("0.2"), sp.Matrix([R("0.7"), R("-0.5")])


def net(bb, xx=x):
    zz = W * xx + sp.Matrix([bb, bb])
    hh = zz.applyfunc(sig)
    yh = (v.T * hh)[0] + c0
    return zz, hh, yh, (yh - 1) ** 2 / 2


zz, hh, yh, LL = net(b0)
ok(zz[0] == R("0.5") * R("1.5") - R("0.3") * R("0.5") + R("0.1")); ok(zz[0] == R("0.7")); ok(zz[0] == R("0.7")); ok(rounds("0.6682", hh[0]))
ok(zz[1] == R("0.2") * R("1.5") + R("0.4") * R("0.5") + R("0.1")); ok(zz[1] == R("0.6")); ok(zz[1] == R("0.6")); ok(rounds("0.6457", hh[1]))
ok(substituted(yh, lambda p, q: R("0.7") * p - R("0.5") * q + R("0.2"), "~0.6682", "~0.6457"))
ok(substituted(yh, lambda p, q: p - q + R("0.2"), "~0.4677", "~0.3228") and rounds("0.4677", R("0.7") * R("0.6682")) and rounds("0.3228", R("0.5") * hh[1]))
ok(rounds("0.3449", R("0.4677") - R("0.3228") + R("0.2"), yh))
g = yh - 1
L.define(note="g :="); ok(substituted(g, lambda p: p - 1, "~0.3449")); ok(rounds("-0.6551", R("0.3449") - 1, g))
ok(substituted(LL, lambda q: q ** 2 / 2, "~-0.6551")); ok(rounds("0.4292", R("0.6551") ** 2)); ok(rounds("0.2146", R("0.4292") / 2, LL))
ok(True, "dL/dc = g"); ok(rounds("-0.6551", g))
ok(True, "dL/dv_1 = g h_1"); ok(substituted(g * hh[0], lambda p, q: p * q, "~-0.6551", "~0.6682")); ok(rounds("-0.4377", R("-0.6551") * R("0.6682"), g * hh[0]))
ok(True, "dL/dv_2 = g h_2"); ok(substituted(g * hh[1], lambda p, q: p * q, "~-0.6551", "~0.6457")); ok(rounds("-0.4320", R("-0.6551") * R("0.6457"), g * hh[1]), "-0.4230")
s1, s2 = dsig(zz[0]), dsig(zz[1])
d1, d2_ = g * v[0] * s1, g * v[1] * s2
ok(substituted(s1, lambda h: h * (1 - h), "~0.6682") and 1 - R("0.6682") == R("0.3318")); ok(rounds("0.2217", R("0.6682") * R("0.3318"), s1))
ok(True, "delta_1 = g v_1 sigma'(z_1)"); ok(substituted(d1, lambda p, q: p * R("0.7") * q, "~-0.6551", "~0.2217")); ok(rounds("-0.1017", R("-0.6551") * R("0.7") * R("0.2217"), d1))
ok(substituted(s2, lambda h: h * (1 - h), "~0.6457") and 1 - R("0.6457") == R("0.3543")); ok(rounds("0.2288", R("0.6457") * R("0.3543"), s2))
ok(True, "delta_2 = g v_2 sigma'(z_2)"); ok(substituted(d2_, lambda p, q: p * R("-0.5") * q, "~-0.6551", "~0.2288")); ok(rounds("0.0749", R("-0.6551") * R("-0.5") * R("0.2288"), d2_))
db = d1 + d2_
ok(True, "dL/db = delta_1 + delta_2"); ok(substituted(db, lambda p, q: p + q, "~-0.1017", "~0.0749")); ok(rounds("-0.0268", R("-0.1017") + R("0.0749"), db))
L.define(2, "eta, the rule")
ok(substituted(b0 - R("0.5") * db, lambda p, q: R("0.1") - R("0.5") * (p + q), "~-0.1017", "~0.0749"));  # -0.0268 built from the deltas
ok(rounds("0.1134", R("0.1") - R("0.5") * R("-0.0268")))
ok(substituted(v[0] - R("0.5") * g * hh[0], lambda q: R("0.7") - R("0.5") * q, "~-0.4377")); ok(rounds("0.9189", R("0.7") - R("0.5") * R("-0.4377"), v[0] - R("0.5") * g * hh[0]))
L.step(substituted(v[1] - R("0.5") * g * hh[1], lambda q: R("-0.5") - R("0.5") * q, "~-0.4320"), carried=True, note="-0.4320 carried")
ok(rounds("-0.2840", R("-0.5") - R("0.5") * R("-0.4320")))

# --- 3. sigmoid MLP
L.define(5, "z, h, a, y hat, L")
L.define(note="delta_out :="); ok(True, "(yhat - y) yhat (1 - yhat)"); ok(True, "delta = delta_out w_2 * sigma'(z)")
L.define(2, "x, y"); L.define(4, "W_1, b_1, w_2, b_2")
W1 = sp.Matrix([[R("0.4"), R("0.1")], [R("-0.2"), R("0.3")]]); x2 = sp.Matrix([R("0.5"), R("-1.0")])
b1 = sp.Matrix([R("0.1"), R("-0.1")]); w2 = sp.Matrix([R("0.6"), R("-0.4")]); b2 = R("0.05")
Z = W1 * x2 + b1; H = Z.applyfunc(sig); A = (w2.T * H)[0] + b2; Y = sig(A); LM = (Y - 1) ** 2 / 2
ok(Z[0] == R("0.4") * R("0.5") + R("0.1") * R("-1.0") + R("0.1")); ok(Z[0] == R("0.2")); ok(True, "h_1 = sigma(0.2)"); ok(rounds("0.5498", H[0]))
ok(Z[1] == R("-0.2") * R("0.5") + R("0.3") * R("-1.0") - R("0.1")); ok(Z[1] == R("-0.5")); ok(True, "h_2 = sigma(-0.5)"); ok(rounds("0.3775", H[1]))
ok(substituted(A, lambda p, q: R("0.6") * p - R("0.4") * q + R("0.05"), "~0.5498", "~0.3775"))
ok(rounds("0.2289", R("0.6") * R("0.5498") - R("0.4") * R("0.3775") + R("0.05"), A))
ok(substituted(Y, lambda q: sig(q), "~0.2289")); ok(rounds("0.5570", sig(R("0.2289")), Y))
ok(substituted(LM, lambda q: (q - 1) ** 2 / 2, "~0.5570")); ok(rounds("0.1962", R("0.4430") ** 2)); ok(rounds("0.0981", R("0.1962") / 2, LM))
yy = Y * (1 - Y)
ok(substituted(yy, lambda p, q: p * q, "~0.5570", "~0.4430")); ok(rounds("0.2468", R("0.5570") * R("0.4430"), yy))
dout = (Y - 1) * yy
ok(substituted(dout, lambda p, q: p * q, "~-0.4430", "~0.2468")); ok(rounds("-0.1093", R("-0.4430") * R("0.2468"), dout))
ok(True, "delta_out h_1"); ok(substituted(dout * H[0], lambda p, q: p * q, "~-0.1093", "~0.5498")); ok(rounds("-0.0601", R("-0.1093") * R("0.5498")))
ok(True, "delta_out h_2"); ok(substituted(dout * H[1], lambda p, q: p * q, "~-0.1093", "~0.3775")); ok(rounds("-0.0413", R("-0.1093") * R("0.3775")))
S1, S2 = dsig(Z[0]), dsig(Z[1])
ok(substituted(S1, lambda h: h * (1 - h), "~0.5498") and 1 - R("0.5498") == R("0.4502")); ok(rounds("0.2475", R("0.5498") * R("0.4502"), S1))
ok(substituted(S2, lambda h: h * (1 - h), "~0.3775") and 1 - R("0.3775") == R("0.6225"))
ok(rounds("0.2530", R("0.3775") * R("0.6225"), S2), "0.2350")
D1, D2 = dout * w2[0] * S1, dout * w2[1] * S2
ok(substituted(D1, lambda p, q: p * R("0.6") * q, "~-0.1093", "~0.2475")); ok(rounds("-0.0162", R("-0.1093") * R("0.6") * R("0.2475")))
L.step(substituted(D2, lambda p, q: p * R("-0.4") * q, "~-0.1093", "~0.2530"), carried=True, note="0.2530 carried")
ok(rounds("0.0111", R("-0.1093") * R("-0.4") * R("0.2530")))
D2w = R("0.0111")
gW = sp.Matrix([D1, D2]) * x2.T
mat = [["-0.0081", "0.0162"], ["0.0056", "-0.0111"]]
ok(True, "delta x^T")
L.step(all(rounds(mat[i][j], gW[i, j]) for i in range(2) for j in range(2)),
       carried=all(rounds(mat[i][j], [R("-0.0162"), D2w][i] * x2[j]) for i in range(2) for j in range(2)), note="second row from 0.0111")
ok(True, "dL/db_1 = delta")
L.step(rounds("-0.0162", D1) and rounds("0.0111", D2), carried=True, note="0.0111 from 0.2530")
L.define(note="eta = 1")
ok(substituted(b2 - dout, lambda q: R("0.05") - q, "~-0.1093")); ok(rounds("0.1593", R("0.05") + R("0.1093")))
ok(substituted(W1[0, 0] - gW[0, 0], lambda q: R("0.4") - q, "~-0.0081")); ok(rounds("0.3919", R("0.4") - R("1.0") * R("-0.0081")), "0.4081")

# --- 4. input gradient
L.define(2, "z = W_1 x + b, delta = dL/dz")
ok(True, "chain rule")
dl = sp.Matrix(sp.symbols("dl1 dl2")); Wsym = sp.Matrix(2, 2, sp.symbols("w11 w12 w21 w22"))
sum_ij = [sum(dl[j] * Wsym[i, j] for j in range(2)) for i in range(2)]       # sum_j delta_j (W_1)_ij
grad_true = [sp.diff((dl.T * Wsym * sp.Matrix(sp.symbols("xa xb")))[0], s_) for s_ in sp.symbols("xa xb")]
ok(all(same(sum_ij[i], grad_true[i]) for i in range(2)), "(W_1)_ji")
ok(all(same(sum_ij[i], (Wsym.T * dl)[i]) for i in range(2)), "(W_1)_ij sum is (W_1 delta)_i")
ok(all(same(grad_true[i], (Wsym.T * dl)[i]) for i in range(2)), "W_1^T delta")
gx = W.T * sp.Matrix([d1, d2_])
ok(substituted(gx[0], lambda p, q: R("0.5") * p + R("0.2") * q, "~-0.1017", "~0.0749")
   and substituted(gx[1], lambda p, q: R("-0.3") * p + R("0.4") * q, "~-0.1017", "~0.0749"))
ok(rounds("-0.0509", R("0.5") * R("-0.1017")) and rounds("0.0150", R("0.2") * R("0.0749")) and rounds("0.0305", R("0.3") * R("0.1017")) and rounds("0.0300", R("0.4") * R("0.0749")))
ok(rounds("-0.0359", R("-0.0509") + R("0.0150"), gx[0]) and rounds("0.0605", R("0.0305") + R("0.0300"), gx[1]))
L.define(note="x_1 = 1.5 +- 0.001")
Lp, Lm = net(b0, sp.Matrix([R("1.501"), R("0.5")]))[3], net(b0, sp.Matrix([R("1.499"), R("0.5")]))[3]
ok(rounds("0.21454001", Lp) and rounds("0.21461170", Lm)); ok(rounds("-0.0358", (R("0.21454001") - R("0.21461170")) / R("0.002")))
gxm = W1.T * sp.Matrix([D1, D2])
ok(True, "W_1^T delta")
L.step(substituted(gxm[0], lambda p, q: R("0.4") * p - R("0.2") * q, "~-0.0162", "~0.0111")
       and substituted(gxm[1], lambda p, q: R("0.1") * p + R("0.3") * q, "~-0.0162", "~0.0111"), carried=True, note="0.0111 carried")
ok(rounds("-0.0087", R("0.4") * R("-0.0162") - R("0.2") * R("0.0111")) and rounds("0.0017", R("0.1") * R("-0.0162") + R("0.3") * R("0.0111")))
L.define(note="x <- x - eps grad")

# --- 5. forward mode
X1, X2 = sp.symbols("x1 x2", positive=True)
f = sp.log(X1 ** 2 + X2) + X1 * sp.sin(X2)
pt = {X1: R("1.5"), X2: R("0.5")}
L.define(2, "f, the point"); L.define(2, "seeds")
L.define(2, "v_1 = x_1, v_2 = x_2")
L.define(note="v_3"); ok(R("1.5") ** 2 == R("2.25")); ok(True, "2 v_1 vdot_1"); ok(2 * R("1.5") * 1 == 3)
L.define(note="v_4"); ok(R("2.25") + R("0.5") == R("2.75")); ok(True, "vdot_3 + vdot_2"); ok(3 + 0 == 3)
L.define(note="v_5"); ok(rounds("1.0161", sp.log(R("2.75"))), "1.0116")
ok(True, "vdot_4 / v_4"); ok(True, "3/2.75"); ok(rounds("1.0909", 3 / R("2.75")))
L.define(note="v_6"); ok(rounds("0.4794", sp.sin(R("0.5")))); ok(True, "cos(v_2) vdot_2"); ok(sp.cos(R("0.5")) * 0 == 0)
L.define(note="v_7"); ok(True, "1.5(0.4794)"); ok(rounds("0.7191", R("1.5") * R("0.4794"), R("1.5") * sp.sin(R("0.5"))))
ok(True, "product rule"); ok(rounds("0.4794", 1 * sp.sin(R("0.5")) + 0))
L.define(note="v_8")
fv = f.subs(pt)
L.step(substituted(fv, lambda p, q: p + q, "~1.0161", "~0.7191"), carried=True, note="1.0161 carried")
ok(rounds("1.7352", R("1.0161") + R("0.7191")))
ok(True, "vdot_5 + vdot_7"); ok(substituted(sp.diff(f, X1).subs(pt), lambda p, q: p + q, "~1.0909", "~0.4794")); ok(rounds("1.5703", R("1.0909") + R("0.4794"), sp.diff(f, X1).subs(pt)))
L.define(2, "seeds (0, 1)")
ok(True, "vdot_3 = 2 v_1 * 0 = 0"); ok(True, "vdot_4 = 0 + 1"); ok(True, "1/2.75"); ok(rounds("0.3636", 1 / R("2.75")))
ok(True, "cos 0.5 * 1"); ok(rounds("0.8776", sp.cos(R("0.5")))); ok(substituted(R("1.5") * sp.cos(R("0.5")), lambda q: R("1.5") * q, "~0.8776")); ok(rounds("1.3164", R("1.5") * R("0.8776")))
fx2 = sp.diff(f, X2).subs(pt)
ok(substituted(fx2, lambda p, q: p + q, "~0.3636", "~1.3164")); ok(rounds("1.6800", R("0.3636") + R("1.3164"), fx2))
fx1 = sp.diff(f, X1).subs(pt)
ok(same(sp.diff(f, X1), 2 * X1 / (X1 ** 2 + X2) + sp.sin(X2))); ok(substituted(fx1, lambda q: 3 / R("2.75") + q, "~0.4794")); ok(rounds("1.5703", fx1))
ok(same(sp.diff(f, X2), 1 / (X1 ** 2 + X2) + X1 * sp.cos(X2))); ok(substituted(fx2, lambda p, q: p + q, "~0.3636", "~1.3164")); ok(rounds("1.6800", R("0.3636") + R("1.3164")))
L.step(rounds("1.7352", fv), carried=True, note="v_8 carried"); L.define(note="u")
dd = R("0.6") * fx1 + R("0.8") * fx2
ok(substituted(dd, lambda p, q: R("0.6") * p + R("0.8") * q, "~1.5703", "~1.6800"))
ok(rounds("0.9422", R("0.6") * R("1.5703")) and rounds("1.3440", R("0.8") * R("1.68")))
ok(rounds("2.2962", R("0.9422") + R("1.3440"), dd), "2.2862")

# --- appendix B: the pad
ok(same(dth.subs(z, R("0.5")), 2 * dsig(1)), "4 sigma'(1)"); ok(substituted(2 * dsig(1), lambda q: 2 * q, "~0.1966") and rounds("0.1966", dsig(1))); ok(rounds("0.3932", 2 * R("0.1966")))
ok(same(th(z), 2 * sig(2 * z) - 1, positive=False))
ok(same(dth, 4 * dsig(2 * z), positive=False)); ok(substituted(dth.subs(z, R("0.5")), lambda q: 4 * q, "~0.1966")); ok(rounds("0.7864", 4 * R("0.1966")))
ok(db == (d1 + d2_) / 2, "delta_1 + delta_2"); ok(substituted((d1 + d2_) / 2, lambda p, q: (p + q) / 2, "~-0.1017", "~0.0749")); ok(rounds("-0.0134", (R("-0.1017") + R("0.0749")) / 2))
L1, L2 = net(R("0.101"))[3], net(R("0.099"))[3]
ok(rounds("0.21454913", L1) and rounds("0.21460259", L2)); ok(rounds("-0.0267", (R("0.21454913") - R("0.21460259")) / R("0.002")) and rounds("-0.0267", db))
Wd = W * sp.Matrix([d1, d2_])
ok(Wd == gx, "W_1 delta is not W_1^T delta")
ok(substituted(Wd[0], lambda p, q: R("0.5") * p - R("0.3") * q, "~-0.1017", "~0.0749") and substituted(Wd[1], lambda p, q: R("0.2") * p + R("0.4") * q, "~-0.1017", "~0.0749"))
ok(rounds("-0.0733", R("0.5") * R("-0.1017") - R("0.3") * R("0.0749")) and rounds("0.0096", R("0.2") * R("-0.1017") + R("0.4") * R("0.0749")))
nrm = sp.sqrt(gx[0] ** 2 + gx[1] ** 2)
L.step(substituted(nrm, lambda p, q: sp.sqrt(p ** 2 + q ** 2), "~0.0733", "~0.0096"),
       carried=substituted(sp.sqrt(Wd[0] ** 2 + Wd[1] ** 2), lambda p, q: sp.sqrt(p ** 2 + q ** 2), "~0.0733", "~0.0096"), note="length of W_1 delta")
ok(rounds("0.0739", sp.sqrt(R("0.0733") ** 2 + R("0.0096") ** 2)))
L.define(note="z = W_1 x + b")
ok(rounds("-0.0359", gx[0], R("-0.0509") + R("0.0150")) and rounds("0.0605", gx[1])); ok(substituted(nrm, lambda p, q: sp.sqrt(p ** 2 + q ** 2), "~0.0359", "~0.0605") and rounds("0.0703", nrm))
ok(same(sp.diff(f, X2), 1 / (X1 ** 2 + X2) + sp.cos(X2)), "x_1 cos x_2")
ok(substituted(1 / (R("1.5") ** 2 + R("0.5")) + sp.cos(R("0.5")), lambda p, q: p + q, "~0.3636", "~0.8776")); ok(rounds("1.2412", R("0.3636") + R("0.8776")))
ok(same(sp.diff(X1 * sp.sin(X2), X2), X1 * sp.cos(X2))); ok(substituted(R("1.5") * sp.cos(R("0.5")), lambda q: R("1.5") * q, "~0.8776")); ok(rounds("1.3164", R("1.5") * R("0.8776")))
ok(dsig(R("0.7")) == R("0.7") * (1 - R("0.7")), "sigma(0.7)(1 - sigma(0.7))"); ok(R("0.7") * (1 - R("0.7")) == R("0.21"))
ok(True, "sigma'(z) = sigma(z)(1 - sigma(z))"); ok(rounds("0.6682", sig(R("0.7"))))
ok(substituted(dsig(R("0.7")), lambda h: h * (1 - h), "~0.6682") and 1 - R("0.6682") == R("0.3318")); ok(rounds("0.2217", R("0.6682") * R("0.3318"), dsig(R("0.7"))))
L.done()
