"""Labels for model_validation_report_sigmoid_mlp_logistic_momentum_adam_newton_ridge.tex: a bank's
independent model validation report (cover table, executive summary, extracts from the Model
Development Document in a grey-bar `mdd` environment with the validator's review after each, margin
finding tags, a findings table, management response, sign-off).
Benchmark logistic regression (d/dz ln sigma, d/dz ln(1 - sigma), dl/dz = p - y, the gradient for three
applicants, a step, the loss, the Hessian X^T S X and its determinant); a 2-2-1 sigmoid network with a
sigmoid output and cross-entropy (forward, delta_out, output gradients, slopes, delta_1, dL/dW1, the
input gradient W1^T delta_1); a quadratic test problem (inverse, minimiser, eigenvalues, condition
number, step bound), gradient descent, heavy-ball momentum in a table, Adam for two steps, Newton for an
intercept-only logistic loss and on the quadratic; ridge (gradient, closed form on three points, OLS,
norms, Hessian eigenvalues, step bound, condition numbers).
Slips: the benchmark gradient with y - p for p - y (the MDD's numbers and step carried); delta_out with
the squared-error factor y_hat(1 - y_hat) under cross-entropy (dL/dw2 and dL/db2 carried); a gradient
entry -0.27 for -0.23 in the momentum table (v_3 and theta_3 carried); 0.999(0.009) taken as 0.00891 in
the validator's Adam check (v_hat_2 and theta_2 carried); 0.1000/2.1390 taken as 0.0047 in the MDD's
Newton step (b_hat and sigma(b_hat) carried); the condition number 8.1623/1.8377 miscomputed."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch50/model_validation_report_sigmoid_mlp_logistic_momentum_adam_newton_ridge.tex")
sig = lambda t: 1 / (1 + sp.exp(-t))
zz = sp.symbols("z", real=True)
def vrounds(ws, vals):
    return all(rounds(w, v) for w, v in zip(ws, vals))

# --- benchmark logistic ---
L.define(3, "z_i, p_i, loss")
L.step(same(sp.diff(sig(zz), zz), sig(zz) * (1 - sig(zz)), [zz], positive=False))
X = sp.Matrix([[1, R("0.5")], [R("-0.5"), 1], [R("0.2"), -1]]); Y = sp.Matrix([1, 0, 1]); w0 = sp.Matrix([R("0.4"), R("-0.6")])
wa, wb, bb = sp.symbols("wa wb bb", real=True)
loss = -sum(Y[i] * sp.log(sig(X[i, 0] * wa + X[i, 1] * wb + bb)) + (1 - Y[i]) * sp.log(1 - sig(X[i, 0] * wa + X[i, 1] * wb + bb)) for i in range(3))
pt = {wa: w0[0], wb: w0[1], bb: 0}
grad = sp.Matrix([sp.diff(loss, s_).subs(pt) for s_ in (wa, wb)])
zs = X * w0; ps = zs.applyfunc(sig)
L.step(sp.N((grad - X.T * (Y - ps)).norm()) < 1e-20, note="sum (p - y) x")
L.define(6, "data and start")
L.step(list(zs) == [R("0.1"), R("-0.8"), R("0.68")]); L.step(vrounds(["0.5250", "0.3100", "0.6637"], ps))
L.step(vrounds(["0.4750", "-0.3100", "0.3363"], Y - ps))
L.step(vrounds(["0.6973", "-0.4088"], grad), carried=vrounds(["0.6973", "-0.4088"], X.T * (Y - ps)))
L.define(note="step rule")
L.step(vrounds(["0.0514", "-0.3956"], w0 - grad / 2), carried=vrounds(["0.0514", "-0.3956"], w0 - X.T * (Y - ps) / 2))
L.step(same(sp.diff(sp.log(sig(zz)), zz), sig(zz) * (1 - sig(zz)) / sig(zz), [zz], positive=False)); L.step(same(sig(zz) * (1 - sig(zz)) / sig(zz), 1 - sig(zz), [zz], positive=False))
L.step(same(sp.diff(sp.log(1 - sig(zz)), zz), -sig(zz) * (1 - sig(zz)) / (1 - sig(zz)), [zz], positive=False)); L.step(same(-sig(zz) * (1 - sig(zz)) / (1 - sig(zz)), -sig(zz), [zz], positive=False))
yy = sp.symbols("y", real=True)
li = -(yy * sp.log(sig(zz)) + (1 - yy) * sp.log(1 - sig(zz)))
L.step(same(sp.diff(li, zz), -(yy * (1 - sig(zz)) - (1 - yy) * sig(zz)), [zz, yy], positive=False)); L.step(same(sp.diff(li, zz), sig(zz) - yy, [zz, yy], positive=False))
L.step(sp.N((grad - X.T * (ps - Y)).norm()) < 1e-20); L.step(True, note="sum_i r_i x_i = X^T r")
L.step(vrounds(["-0.4750", "0.3100", "-0.3363"], ps - Y))
L.step(substituted(grad[0], lambda a, b, c: 1 * a + R("-0.5") * b + R("0.2") * c, "~-0.4750", "~0.3100", "~-0.3363")); L.step(rounds("-0.6973", grad[0]))
L.step(substituted(grad[1], lambda a, b, c: R("0.5") * a + 1 * b + (-1) * c, "~-0.4750", "~0.3100", "~-0.3363")); L.step(rounds("0.4088", grad[1]))
gb = sp.diff(loss, bb).subs(pt)
L.step(substituted(gb, lambda a, b, c: a + b + c, "~-0.4750", "~0.3100", "~-0.3363")); L.step(rounds("-0.5013", gb))
w1 = w0 - grad / 2
L.define(note="eta = 0.5")
L.step(substituted(w1[0], lambda c: R("0.4") + c, "~0.3486") and substituted(w1[1], lambda c: R("-0.6") - c, "~0.2044"))
L.step(vrounds(["0.7486", "-0.8044"], w1))
terms = [-(Y[i] * sp.log(ps[i]) + (1 - Y[i]) * sp.log(1 - ps[i])) for i in range(3)]
L.step(vrounds(["0.6444", "0.3711", "0.4099"], terms)); L.step(rounds("1.4254", sum(terms)))
H = sp.Matrix(2, 2, lambda i, j: sp.diff(loss, (wa, wb)[i], (wa, wb)[j]).subs(pt)).applyfunc(lambda e: sp.N(e, 40))
S = sp.diag(*[p * (1 - p) for p in ps])
L.step(sp.N((H - X.T * S * X).norm()) < 1e-20); L.define(note="S"); L.step(vrounds(["0.2494", "0.2139", "0.2232"], [p * (1 - p) for p in ps]))
L.step(vrounds(["0.3118", "-0.0269", "-0.0269", "0.4994"], list(H)))
L.step(substituted(H.det(), lambda a, b, c: a * b - c ** 2, "~0.3118", "~0.4994", "~0.0269")); L.step(rounds("0.1550", R("0.3118") * R("0.4994") - R("0.0269") ** 2, H.det()))
L.step(H.det() > 0)
# --- network ---
L.define(3, "loss, x, y"); L.define(4, "W1, b1, w2, b2")
x = sp.Matrix([R("0.5"), R("1.0")]); y = 1
W1 = sp.Matrix([[R("0.2"), R("-0.4")], [R("0.7"), R("0.1")]]); b1 = sp.Matrix([R("0.1"), R("-0.3")]); w2 = sp.Matrix([R("0.6"), R("-0.8")]); b2 = R("0.05")
z = W1 * x + b1; h = z.applyfunc(sig); zo = (w2.T * h)[0] + b2; yh = sig(zo); Lv = -sp.log(yh)
L.define(); L.step(list(z) == [R("-0.2"), R("0.15")]); L.define(); L.step(vrounds(["0.4502", "0.5374"], h)); L.define()
L.step(rounds("0.2701", R("0.6") * R("0.4502")) and rounds("0.4299", R("0.8") * R("0.5374"))); L.step(rounds("-0.1098", zo))
L.step(substituted(yh, sig, "~-0.1098")); L.step(rounds("0.4726", yh))
L.step(substituted(Lv, lambda c: -sp.log(c), "~0.4726")); L.step(rounds("0.7495", -sp.log(R("0.4726")), Lv))
do = yh - y
L.define(note="delta_out := dL/dz_out"); L.step(sp.N(do - do * yh * (1 - yh)) == 0, note="y_hat - y")
L.step(True, note="substitution into the member"); L.step(rounds("-0.1315", R("-0.5274") * R("0.4726") * R("0.5274")))
dw = do * yh * (1 - yh)
L.step(True, note="dL/dw2 = delta_out h"); L.step(vrounds(["-0.0592", "-0.0707"], do * h), carried=vrounds(["-0.0592", "-0.0707"], [R("-0.1315") * R("0.4502"), R("-0.1315") * R("0.5374")]))
L.step(True, note="dL/db2 = delta_out"); L.step(rounds("-0.1315", do), carried=rounds("-0.1315", dw))
yv = sp.symbols("yhat", positive=True)
Lh = -(yy * sp.log(yv) + (1 - yy) * sp.log(1 - yv))
L.step(same(sp.diff(Lh, yv), -yy / yv + (1 - yy) / (1 - yv), [yv, yy]))
L.step(True, note="chain rule through sigma"); L.step(sp.simplify((-yy / yv + (1 - yy) / (1 - yv)) * yv * (1 - yv) - (yv - yy)) == 0)
L.step(substituted(do, lambda c: c - 1, "~0.4726")); L.step(rounds("-0.5274", R("0.4726") - 1, do))
L.step(True, note="dL/dw2 = delta_out h"); L.step(substituted(do * h[0], lambda a, b: a * b, "~-0.5274", "~0.4502") and substituted(do * h[1], lambda a, b: a * b, "~-0.5274", "~0.5374"))
L.step(vrounds(["-0.2374", "-0.2834"], [R("-0.5274") * R("0.4502"), R("-0.5274") * R("0.5374")])); L.step(rounds("-0.5274", do))
dh = do * w2; sl = h.applyfunc(lambda t: t * (1 - t))
L.step(True, note="dL/dh = delta_out w2"); L.step(rounds("-0.3164", dh[0], R("-0.5274") * R("0.6")) and rounds("0.4219", dh[1], R("-0.5274") * R("-0.8"))); L.step(True, note="sigma' = h(1 - h)"); L.step(vrounds(["0.2475", "0.2486"], sl))
d1 = sp.matrix_multiply_elementwise(dh, sl)
L.step(True, note="delta_1 = dL/dh . sigma'"); L.step(substituted(d1[0], lambda a, b: a * b, "~-0.3164", "~0.2475") and substituted(d1[1], lambda a, b: a * b, "~0.4219", "~0.2486"))
L.step(vrounds(["-0.0783", "0.1049"], d1))
# the whole backward pass against a direct differentiation of the unrolled loss
Ws = sp.symbols("u11 u12 u21 u22", real=True)
Wm = sp.Matrix([[Ws[0], Ws[1]], [Ws[2], Ws[3]]])
Lfull = -sp.log(sig((w2.T * (Wm * x + b1).applyfunc(sig))[0] + b2))
gW = sp.Matrix(2, 2, lambda i, j: sp.diff(Lfull, Wm[i, j]).subs(dict(zip(Ws, list(W1)))))
L.step(sp.N((gW - d1 * x.T).norm()) < 1e-20); L.step(vrounds(["-0.0392", "-0.0783", "0.0524", "0.1049"], list(gW))); L.step(True, note="dL/db1 = delta_1")
L.define(note="z = W1 x + b1")
xs = sp.symbols("xa xb", real=True)
Lx = -sp.log(sig((w2.T * (W1 * sp.Matrix(xs) + b1).applyfunc(sig))[0] + b2))
gx = sp.Matrix([sp.diff(Lx, s_).subs(dict(zip(xs, list(x)))) for s_ in xs])
L.step(sp.N((gx - W1.T * d1).norm()) < 1e-20)
L.step(substituted(gx[0], lambda a, b: R("0.2") * a + R("0.7") * b, "~-0.0783", "~0.1049") and substituted(gx[1], lambda a, b: R("-0.4") * a + R("0.1") * b, "~-0.0783", "~0.1049"))
L.step(vrounds(["-0.0157", "0.0734", "0.0313", "0.0105"], [R("0.2") * R("-0.0783"), R("0.7") * R("0.1049"), R("-0.4") * R("-0.0783"), R("0.1") * R("0.1049")]))
L.step(vrounds(["0.0578", "0.0418"], gx))
L.step(abs(gx[0]) > abs(gx[1]))
# --- quadratic test problem ---
A = sp.Matrix([[3, 1], [1, 2]]); bv = sp.Matrix([1, 1])
th1, th2 = sp.symbols("t1 t2", real=True); tv = sp.Matrix([th1, th2])
f = (tv.T * A * tv)[0] / 2 - (bv.T * tv)[0]
L.define(note="f")
L.define(2, "A, b"); L.step(sp.Matrix([sp.diff(f, th1), sp.diff(f, th2)]) == A * tv - bv); L.define(note="theta_0")
Ai = A.inv(); ts = Ai * bv
L.step(A.det() == 5); L.step(Ai == sp.Matrix([[2, -1], [-1, 3]]) / 5); L.step(True, note="theta* = A^{-1} b"); L.step(list(ts) == [R("0.2"), R("0.4")])
L.step(f.subs({th1: ts[0], th2: ts[1]}) == -(bv.T * Ai * bv)[0] / 2); L.step(-(bv.T * Ai * bv)[0] / 2 == R("-0.3"))
ev = sorted(A.eigenvals().keys(), key=lambda e: sp.N(e))
lmin, lmax = ev
L.step(sp.simplify(lmax - (5 + sp.sqrt(5)) / 2) == 0); L.step(rounds("3.6180", lmax)); L.step(sp.simplify(lmin - (5 - sp.sqrt(5)) / 2) == 0); L.step(rounds("1.3820", lmin))
L.step(True, note="kappa = 3.6180/1.3820"); L.step(rounds("2.6180", lmax / lmin))
L.define(note="eta < 2/lambda_max"); L.step(rounds("0.5528", 2 / lmax))
gradf = lambda t: A * t - bv
t = sp.zeros(2, 1); gd = []
for _ in range(3):
    t = t - R("0.2") * gradf(t); gd.append(t)
L.define(note="eta = 0.2"); L.step(list(gd[0]) == [R("0.2"), R("0.2")]); L.step(list(gd[1]) == [R("0.24"), R("0.28")]); L.step(list(gd[2]) == [R("0.24"), R("0.32")])
L.define(5, "momentum rules, beta, eta, v_0")
t = sp.zeros(2, 1); v = sp.zeros(2, 1); mom = []
for _ in range(3):
    g = gradf(t); v = R("0.9") * v + g; t = t - R("0.1") * v; mom.append((g, v, t))
V = lambda *a: sp.Matrix([R(s) for s in a])
L.step(mom[0][0] == V("-1", "-1")); L.step(mom[0][1] == V("-1", "-1")); L.step(mom[0][2] == V("0.1", "0.1"))
L.step(mom[1][0] == V("-0.6", "-0.7")); L.step(mom[1][1] == V("-1.5", "-1.6")); L.step(mom[1][2] == V("0.25", "0.26"))
L.step(mom[2][0] == V("0.01", "-0.27"), note="-0.23")
vw = R("0.9") * mom[1][1] + V("0.01", "-0.27"); tw = mom[1][2] - R("0.1") * vw
L.step(mom[2][1] == V("-1.34", "-1.71"), carried=vw == V("-1.34", "-1.71")); L.step(mom[2][2] == V("0.384", "0.431"), carried=tw == V("0.384", "0.431"))
L.step(mom[2][2][0] > ts[0] and ts[0] == R("0.2")); L.define(note="beta")
g1 = gradf(gd[0])
L.step(g1 == sp.Matrix([3 * R("0.2") + R("0.2") - 1, R("0.2") + 2 * R("0.2") - 1])); L.step(g1 == V("-0.2", "-0.4"))
L.step(gd[1] == V("0.2", "0.2") - R("0.2") * V("-0.2", "-0.4")); L.step(gd[1] == V("0.24", "0.28"))
L.define(2, "t = 0, t = 1")
L.step(mom[2][0] == sp.Matrix([3 * R("0.25") + R("0.26") - 1, R("0.25") + 2 * R("0.26") - 1])); L.step(mom[2][0] == V("0.01", "-0.23"))
L.step(mom[2][1] == R("0.9") * V("-1.5", "-1.6") + V("0.01", "-0.23")); L.step(mom[2][1] == V("-1.34", "-1.67"))
L.step(mom[2][2] == V("0.25", "0.26") - R("0.1") * V("-1.34", "-1.67")); L.step(mom[2][2] == V("0.384", "0.427"))
# --- Adam ---
L.define(6, "beta1, beta2, eta, eps, f, theta_0"); L.define(5, "Adam rules")
b1_, b2_, eta, eps = R("0.9"), R("0.999"), R("0.1"), sp.Rational(1, 10 ** 8)
th, m, vv = sp.Integer(0), sp.Integer(0), sp.Integer(0); hist = []
for tt in (1, 2):
    g = th - 3; m = b1_ * m + (1 - b1_) * g; vv = b2_ * vv + (1 - b2_) * g ** 2
    mh, vh = m / (1 - b1_ ** tt), vv / (1 - b2_ ** tt); th = th - eta * mh / (sp.sqrt(vh) + eps); hist.append((g, m, vv, mh, vh, th))
g, m, vv, mh, vh, th = hist[0]
L.step(g == 0 - 3); L.step(g == -3); L.step(m == R("0.1") * (-3)); L.step(m == R("-0.3")); L.step(vv == R("0.001") * 9); L.step(vv == R("0.009"))
L.step(mh == R("-0.3") / R("0.1")); L.step(mh == -3); L.step(vh == R("0.009") / R("0.001")); L.step(vh == 9)
L.step(abs(sp.N(th - (0 - R("0.1") * (-3) / 3))) < 1e-7, note="epsilon negligible"); L.step(rounds("0.1", th))
g, m, vv, mh, vh, th = hist[1]
L.step(abs(sp.N(g - (R("0.1") - 3))) < 1e-7); L.step(abs(sp.N(g + R("2.9"))) < 1e-7); L.step(abs(sp.N(m - (R("0.9") * R("-0.3") + R("0.1") * R("-2.9")))) < 1e-7); L.step(R("0.9") * R("-0.3") + R("0.1") * R("-2.9") == R("-0.56"))
L.step(abs(sp.N(vv - (R("0.999") * R("0.009") + R("0.001") * R("8.41")))) < 1e-9); L.step(R("0.999") * R("0.009") + R("0.001") * R("8.41") == R("0.00891") + R("0.00841"), note="0.008991")
L.step(R("0.00891") + R("0.00841") == R("0.01732"))
L.step(abs(sp.N(mh - R("-0.56") / (1 - R("0.81")))) < 1e-7); L.step(1 - R("0.81") == R("0.19")); L.step(rounds("-2.9474", R("-0.56") / R("0.19")))
L.step(abs(sp.N(vh - R("0.01732") / (1 - R("0.998001")))) < 1e-6, carried=True); L.step(1 - R("0.998001") == R("0.001999")); L.step(rounds("8.6643", R("0.01732") / R("0.001999")))
L.step(substituted(th, lambda a, b: R("0.1") - R("0.1") * a / sp.sqrt(b), "~-2.9474", "~8.6643"), carried=True)
L.step(rounds("0.1001", R("0.1") * R("2.9474") / sp.sqrt(R("8.6643")))); L.step(R("0.1") + R("0.1001") == R("0.2001"))
# --- Newton for the intercept ---
b = sp.symbols("b", real=True)
lb = -(3 * sp.log(sig(b)) + 7 * sp.log(1 - sig(b)))
L.define(note="l(b)"); L.step(same(sp.diff(lb, b), 10 * sig(b) - 3, [b], positive=False)); L.step(same(sp.diff(lb, b, 2), 10 * sig(b) * (1 - sig(b)), [b], positive=False)); L.define(note="b_0")
newt = lambda c: c - (10 * sig(c) - 3) / (10 * sig(c) * (1 - sig(c)))
bs = [sp.Integer(0)]
for _ in range(3):
    bs.append(sp.nsimplify(newt(bs[-1])) if bs[-1] == 0 else newt(bs[-1]))
L.step(bs[1] == 0 - (10 * R("0.5") - 3) / (10 * R("0.5") * R("0.5"))); L.step(bs[1] == -2 / R("2.5")); L.step(bs[1] == R("-0.8"))
L.step(substituted(bs[2], lambda s_: R("-0.8") - (10 * s_ - 3) / (10 * s_ * (1 - s_)), "~0.3100"))
L.step(10 * R("0.3100") - 3 == R("0.1000") and 10 * R("0.3100") * R("0.6900") == R("2.1390"), note="between members")
L.step(rounds("0.0047", R("0.1000") / R("2.1390")), note="0.0468"); L.step(R("-0.8") - R("0.0047") == R("-0.8047"))
bhat = sp.log(R("0.3") / R("0.7"))
L.step(rounds("-0.8047", bhat), carried=True); L.step(rounds("0.3090", sig(bhat)), carried=rounds("0.3090", sig(R("-0.8047")))); L.step(sp.Rational(3, 10) == R("0.3"))
L.step(same(sp.diff(lb, b), 10 * sig(b) - 3, [b], positive=False)); L.define(note="= 0"); L.step(sig(bhat) == R("0.3"))
L.step(True, note="logit of 0.3"); L.step(rounds("-0.8473", bhat))
L.step(substituted(bs[2], lambda p, q: R("-0.8") - p / q, "~0.1003", "~2.1391")); L.step(rounds("-0.8469", bs[2])); L.step(rounds("-0.8473", bs[3]))
L.step(True, note="Newton on a quadratic"); L.step(Ai * bv == sp.zeros(2, 1) - Ai * gradf(sp.zeros(2, 1))); L.step(list(Ai * bv) == [R("0.2"), R("0.4")])
# --- ridge ---
wv = sp.Matrix(sp.symbols("w1 w2", real=True)); lam = sp.symbols("lambda", positive=True)
Xr = sp.Matrix([[1, 0], [1, 1], [1, 2]]); yr = sp.Matrix([1, 2, 2])
J = ((Xr * wv - yr).T * (Xr * wv - yr))[0] + lam * (wv.T * wv)[0]
L.define(note="J")
L.step(sp.simplify(sp.Matrix([sp.diff(J, s_) for s_ in wv]) - (2 * Xr.T * (Xr * wv - yr) + 2 * lam * wv)) == sp.zeros(2, 1))
sol = sp.solve([sp.diff(J, s_) for s_ in wv], list(wv), dict=True)[0]
L.step(sp.simplify(sp.Matrix([sol[s_] for s_ in wv]) - (Xr.T * Xr + lam * sp.eye(2)).inv() * Xr.T * yr) == sp.zeros(2, 1))
L.define(3, "X, y, lambda")
G = Xr.T * Xr; Gi = G + sp.eye(2)
L.step(G == sp.Matrix([[3, 3], [3, 5]])); L.step(Xr.T * yr == sp.Matrix([5, 6])); L.step(Gi == sp.Matrix([[4, 3], [3, 6]])); L.step(Gi.det() == 24 - 9); L.step(Gi.det() == 15)
ws = Gi.inv() * Xr.T * yr; wo = G.inv() * Xr.T * yr
L.step(Gi.inv() == sp.Matrix([[6, -3], [-3, 4]]) / 15 and ws == sp.Matrix([[6, -3], [-3, 4]]) * sp.Matrix([5, 6]) / 15)
L.step(sp.Matrix([[6, -3], [-3, 4]]) * sp.Matrix([5, 6]) == sp.Matrix([12, 9])); L.step(ws == V("0.8", "0.6"))
L.step(G.inv() == sp.Matrix([[5, -3], [-3, 3]]) / 6 and wo == sp.Matrix([[5, -3], [-3, 3]]) * sp.Matrix([5, 6]) / 6); L.step(rounds("1.1667", wo[0]) and wo[1] == R("0.5"))
L.step(ws[0] ** 2 == R("0.64") and ws[1] ** 2 == R("0.36")); L.step((ws.T * ws)[0] == 1)
L.step(rounds("1.3611", wo[0] ** 2) and wo[1] ** 2 == R("0.25")); L.step(rounds("1.6111", (wo.T * wo)[0]))
Hr = sp.Matrix(2, 2, lambda i, j: sp.diff(J, wv[i], wv[j])).subs(lam, 1)
L.step(Hr == 2 * Gi)
evr = sorted(Hr.eigenvals().keys(), key=lambda e: sp.N(e))
assert rounds("16.3246", evr[1]) and rounds("3.6754", evr[0])
L.define(note="eta < 2/lambda_max"); L.step(rounds("0.1225", 2 / evr[1]) and rounds("16.3246", evr[1]))
eg = sorted(Gi.eigenvals().keys(), key=lambda e: sp.N(e)); eh = sorted(G.eigenvals().keys(), key=lambda e: sp.N(e))
L.step(sp.simplify(eg[1] / eg[0] - (5 + sp.sqrt(10)) / (5 - sp.sqrt(10))) == 0)
L.step(rounds("8.1623", eg[1]) and rounds("1.8377", eg[0])); L.step(rounds("4.4146", eg[1] / eg[0]), note="4.4416")
L.step(sp.simplify(eh[1] / eh[0] - (4 + sp.sqrt(10)) / (4 - sp.sqrt(10))) == 0)
L.step(rounds("7.1623", eh[1]) and rounds("0.8377", eh[0])); L.step(rounds("8.5500", R("7.1623") / R("0.8377"), eh[1] / eh[0]))
L.done()
