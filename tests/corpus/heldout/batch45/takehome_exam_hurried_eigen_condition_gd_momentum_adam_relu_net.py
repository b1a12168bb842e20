"""Labels for takehome_exam_hurried_eigen_condition_gd_momentum_adam_relu_net.tex: a take-home exam's cover
sheet (ID, times, declaration, marks table) and the student's answers typed in a hurry: a 2-D quadratic
(gradient, Hessian, characteristic polynomial, eigenvalues and eigenvectors, the inverse and minimiser, redone after
a contradiction; GD error recursion, the stability bound, contraction factors, the best step, kappa, an iteration
count, two GD steps with values and errors along an eigenvector); heavy-ball momentum for three steps, the effective
step and the tuned beta; two Adam steps on theta^2 with bias correction; a 2-3-1 ReLU net with a dead unit (forward,
backward, dL/dW1, dL/db1, the input gradient W1^T delta, an SGD step and a second forward pass); the conditioning
of X^T X for a least-squares fit, with and without a ridge term."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch45/takehome_exam_hurried_eigen_condition_gd_momentum_adam_relu_net.tex")
M = sp.Matrix
V = lambda *a: M([R(str(t)) if isinstance(t, str) else t for t in a])

# ---- Q1
A = M([[5, 2], [2, 2]]); b = M([1, 1])
L.define(3, "f, A, b")
w1s, w2s, lam = sp.symbols("w1 w2 lambda", real=True)
wv = M([w1s, w2s])
f = (wv.T * A * wv / 2 - b.T * wv)[0]
fw = lambda w: (w.T * A * w / 2 - b.T * w)[0]
grad = M([sp.diff(f, w1s), sp.diff(f, w2s)])
L.step(sp.simplify(grad - (A * wv - b)) == M([0, 0])); L.step(sp.hessian(f, (w1s, w2s)) == A)
cp = (A - lam * sp.eye(2)).det()
L.step(sp.expand(cp - ((5 - lam) * (2 - lam) - 4)) == 0); L.step(sp.expand(cp - (lam ** 2 - 7 * lam + 6)) == 0)
L.step(sp.expand(cp - (lam - 6) * (lam - 1)) == 0)
ev = sorted(A.eigenvals().keys())
lmin, lmax = ev[0], ev[-1]
L.step(lmax == 6); L.step(lmin == 1); L.step(lmax + lmin == 7); L.step(7 == A.trace()); L.step(lmax * lmin == 6); L.step(6 == A.det())
L.step(A * M([2, 1]) == M([12, 6])); L.step(M([12, 6]) == 6 * M([2, 1])); L.step(A * M([1, -2]) == M([1, -2]))
wstar = A.inv() * b
L.step(sp.solve(list(grad), [w1s, w2s]) == {w1s: wstar[0], w2s: wstar[1]})
wrongInv = M([[5, -2], [-2, 2]]) / A.det()
L.step(A.inv() == wrongInv, note="diagonal not swapped"); L.step(wrongInv == M([[5, -2], [-2, 2]]) / 6)
L.step(wstar == M([3, 0]) / 6, carried=wrongInv * b == M([3, 0]) / 6); L.step(M([3, 0]) / 6 == V("0.5", 0))
L.step(True, note="f at w* by definition")
L.step(fw(wstar) == R("1.25") / 2 - R("0.5"), carried=fw(V("0.5", 0)) == R("1.25") / 2 - R("0.5"))
L.step(R("1.25") / 2 - R("0.5") == R("0.125"))
eta = sp.symbols("eta", positive=True)
e = sp.symbols("e1:3", real=True); ev_ = M(e)
L.define(2, "GD rule, e_k")
wk = wstar + ev_
L.step(sp.simplify((wk - eta * grad.subs({w1s: wk[0], w2s: wk[1]})) - wstar - (sp.eye(2) - eta * A) * ev_) == M([0, 0]))
L.define(note="|1 - eta lambda_i| < 1")
L.define(2, "0 < eta < 2/lambda_max"); L.step(2 / lmax == sp.Rational(1, 3)); L.define(note="rho(eta)")
rho = lambda h: max(abs(1 - h * lmin), abs(1 - h * lmax))
L.step(rho(R("0.2")) == max(abs(1 - R("0.2")), abs(1 - R("1.2")))); L.step(rho(R("0.2")) == R("0.8"))
L.step(rho(R("0.4")) == max(abs(1 - R("0.4")), abs(1 - R("2.4")))); L.step(rho(R("0.4")) == R("1.4")); L.step(R("1.4") > 1)
# best fixed step: minimise rho over a fine grid, compare with 2/(lmin+lmax)
best = min((rho(sp.Rational(j, 7000)), sp.Rational(j, 7000)) for j in range(1, 2333))
etas = 2 / (lmin + lmax)
L.step(best[1] == etas); L.step(etas == sp.Rational(2, 7)); L.step(rounds("0.2857", etas))
L.step(rho(etas) == 1 - etas * lmin); L.step(1 - etas * lmin == sp.Rational(5, 7)); L.step(rounds("0.7143", sp.Rational(5, 7)))
kap = lmax / lmin
L.define(note="kappa"); L.step(kap == 6); L.step(rho(etas) == (kap - 1) / (kap + 1))
L.define(note="eta = 1/lambda_max"); L.step(rho(1 / lmax) == 1 - 1 / kap); L.step(rounds("0.8333", 1 - 1 / kap))
L.define(note="(5/7)^k <= 1e-3"); L.define(note="k >= ...")
L.step(substituted(sp.log(1000) / sp.log(sp.Rational(7, 5)), lambda a, c: a / c, "~6.9078", "~0.3365"))
L.step(rounds("20.53", R("6.9078") / R("0.3365")))
kmin = next(k for k in range(1, 100) if sp.Rational(5, 7) ** k <= sp.Rational(1, 1000))
L.step(kmin == 20, note="21")
L.define(2, "eta, w0")
w0 = M([1, 1]); g0 = A * w0 - b
L.step(g0 == M([5 + 2 - 1, 2 + 2 - 1])); L.step(g0 == M([6, 3]))
w1 = w0 - R("0.2") * g0
L.step(w1 == w0 - R("0.2") * M([6, 3])); L.step(w1 == V("-0.2", "0.4"))
g1 = A * w1 - b
L.step(g1 == V(-1 + R("0.8") - 1, R("-0.4") + R("0.8") - 1)); L.step(g1 == V("-1.2", "-0.6"))
w2 = w1 - R("0.2") * g1
L.step(w2 == V("-0.2", "0.4") - R("0.2") * V("-1.2", "-0.6")); L.step(w2 == V("0.04", "0.52"))
L.step(fw(w0) == R("3.5")); L.step(fw(w1) == R("-0.1")); L.step(fw(w2) == R("-0.244"))
L.step(fw(w2) == R("-0.244")); L.step(R("-0.244") < R("0.125")); L.step(R("0.125") == fw(wstar), carried=True)
L.step(A.inv() == M([[2, -2], [-2, 5]]) / 6); L.step(wstar == M([0, 3]) / 6); L.step(wstar == V(0, "0.5"))
L.step(fw(wstar) == -(b.T * wstar)[0] / 2); L.step(fw(wstar) == R("-0.25"))
L.step(fw(w2) - fw(wstar) == R("-0.244") + R("0.25")); L.step(R("-0.244") + R("0.25") == R("0.006"))
e0, e1, e2 = w0 - wstar, w1 - wstar, w2 - wstar
L.step(e0 == V(1, "0.5")); L.step(e1 == V("-0.2", "-0.1")); L.step(e2 == V("0.04", "0.02"))
L.step(e1 == R("-0.2") * e0 and e2 == R("-0.2") * e1); L.step(1 - R("0.2") * 6 == R("-0.2")); L.step(rho(R("0.2")) == R("0.8"))

# ---- Q2: heavy ball
beta, et = R("0.5"), R("0.2")
L.define(6, "rules, beta, eta, w0, v0")
v = M([0, 0]); w = w0
traj = []
for _ in range(3):
    gk = A * w - b
    v = beta * v + gk
    w = w - et * v
    traj.append((gk, v, w))
(gA, v1, wm1), (gB, v2, wm2), (gC, v3, wm3) = traj
L.step(v1 == M([6, 3])); L.step(wm1 == V("-0.2", "0.4"))
L.step(v2 == R("0.5") * M([6, 3]) + V("-1.2", "-0.6")); L.step(v2 == V("1.8", "0.9"))
L.step(wm2 == V("-0.2", "0.4") - R("0.2") * V("1.8", "0.9")); L.step(wm2 == V("-0.56", "0.22"))
L.step(fw(wm2) == R("0.926")); L.step(fw(wm2) > fw(wm1))
L.step(gC == V(R("-2.8") + R("0.44") - 1, R("-1.12") + R("0.44") - 1)); L.step(gC == V("-3.36", "-1.68"))
L.step(v3 == R("0.5") * V("1.8", "0.9") + V("-3.36", "-1.68")); L.step(v3 == V("-1.56", "-0.78"), note="beta dropped")
vw = V("-1.56", "-0.78")
L.step(wm3 == V("-0.56", "0.22") - R("0.2") * vw, carried=True)
ww3 = V("-0.56", "0.22") - R("0.2") * vw
L.step(ww3 == V("-0.248", "0.376"))
L.step(rounds("-0.0194", fw(wm3)), carried=rounds("-0.0194", fw(ww3)))
bs = sp.symbols("beta", positive=True)
L.step(sp.simplify(et * sp.summation(bs ** sp.Symbol("j"), (sp.Symbol("j"), 0, sp.oo)).subs(bs, beta)) == R("0.4"))
L.step(kap == 6)
bstar = ((sp.sqrt(kap) - 1) / (sp.sqrt(kap) + 1)) ** 2
L.define(note="beta*")
L.step(substituted(bstar, lambda a, c: (a / c) ** 2, "~1.4495", "~3.4495")); L.step(rounds("0.1766", (R("1.4495") / R("3.4495")) ** 2, bstar))
L.step(rounds("0.4202", sp.sqrt(bstar))); L.step(R("0.4202") < R("0.7143"))
# Adam on theta^2
b1, b2, lr, eps = R("0.9"), R("0.999"), R("0.1"), sp.Rational(1, 10 ** 8)
L.define(6, "g, theta0, beta1, beta2, eta, eps"); L.define(5, "Adam rules")
th0 = sp.Integer(1)
gt1 = 2 * th0; m1 = (1 - b1) * gt1; s1 = (1 - b2) * gt1 ** 2; mh1 = m1 / (1 - b1); sh1 = s1 / (1 - b2)
th1 = th0 - lr * mh1 / (sp.sqrt(sh1) + eps)
L.define(note="t = 1"); L.step(gt1 == 2 * th0); L.step(gt1 == 2)
L.step(m1 == R("0.1") * 2); L.step(m1 == R("0.2")); L.step(s1 == R("0.001") * 4); L.step(s1 == R("0.004"))
L.step(mh1 == R("0.2") / R("0.1")); L.step(mh1 == 2); L.step(sh1 == R("0.004") / R("0.001")); L.step(sh1 == 4)
L.step(th1 == 1 - R("0.1") * 2 / (2 + eps)); L.step(rounds("0.9", th1))
gt2 = 2 * th1; m2 = b1 * m1 + (1 - b1) * gt2; s2 = b2 * s1 + (1 - b2) * gt2 ** 2
mh2 = m2 / (1 - b1 ** 2); sh2 = s2 / (1 - b2 ** 2)
L.define(note="t = 2"); L.step(rounds("1.8", gt2))
L.step(substituted(m2, lambda a: R("0.9") * R("0.2") + R("0.1") * a, "~1.8")); L.step(R("0.9") * R("0.2") + R("0.1") * R("1.8") == R("0.36"))
L.step(substituted(s2, lambda a: R("0.999") * R("0.004") + R("0.001") * a, "~3.24")); L.step(R("0.999") * R("0.004") + R("0.001") * R("3.24") == R("0.007236"))
L.step(substituted(mh2, lambda a: a / (1 - R("0.9")), "~0.36"), note="1 - beta1^2")
L.step(R("0.36") / (1 - R("0.9")) == R("3.6"))
L.step(substituted(sh2, lambda a: a / (1 - R("0.999") ** 2), "~0.007236")); L.step(1 - R("0.999") ** 2 == R("0.001999"))
L.step(rounds("3.6198", R("0.007236") / R("0.001999"))); L.step(rounds("1.9026", sp.sqrt(R("3.6198"))))
th2 = th1 - lr * mh2 / (sp.sqrt(sh2) + eps)
L.step(substituted(th2, lambda a, c, d: a - R("0.1") * c / d, "~0.9", "~3.6", "~1.9026"), carried=True)
L.step(rounds("0.1892", R("0.1") * R("3.6") / R("1.9026"))); L.step(R("0.9") - R("0.1892") == R("0.7108"))

# ---- Q3: ReLU net
x = M([1, 2]); W1 = M([[R("0.5"), R("-0.2")], [R("-0.3"), R("0.4")], [R("0.1"), R("-0.6")]])
b1v = V("0.1", 0, "0.2"); w2v = V("1.5", -1, 2); b2 = R("0.3"); y = R("0.5")
L.define(6, "data"); L.define(4, "network")
relu = lambda m: m.applyfunc(lambda t: sp.Max(t, 0))


def fwd(W1, b1v, w2v, b2):
    z = W1 * x + b1v
    h = relu(z)
    yh = (w2v.T * h)[0] + b2
    return z, h, yh, (yh - y) ** 2 / 2


z, h, yh, Lv = fwd(W1, b1v, w2v, b2)
L.step(z == V(R("0.5") - R("0.4") + R("0.1"), R("-0.3") + R("0.8") + 0, R("0.1") - R("1.2") + R("0.2"))); L.step(z == V("0.2", "0.5", "-0.9"))
L.step(h == V("0.2", "0.5", 0))
L.step(yh == R("1.5") * R("0.2") - R("0.5") + 0 + R("0.3")); L.step(yh == R("0.1"))
L.step(Lv == (R("0.1") - R("0.5")) ** 2 / 2); L.step(Lv == R("0.08"))
g = yh - y
L.define(note="g"); L.step(g == R("-0.4"))
# gradients by differentiation of the loss in symbols
W1s = M(3, 2, sp.symbols("a0:6")); b1s = M(sp.symbols("c0:3")); w2s_ = M(sp.symbols("d0:3")); b2s = sp.Symbol("e")
_, _, _, Ls = fwd(W1s, b1s, w2s_, b2s)
pt = {**dict(zip(W1s, W1)), **dict(zip(b1s, b1v)), **dict(zip(w2s_, w2v)), b2s: b2}
D = lambda s: sp.diff(Ls, s).subs(pt)
dW1 = M(3, 2, [D(s) for s in W1s]); db1 = M([D(s) for s in b1s]); dw2 = M([D(s) for s in w2s_]); db2 = D(b2s)
L.step(db2 == g); L.step(db2 == R("-0.4")); L.step(dw2 == g * h); L.step(dw2 == V("-0.08", "-0.2", 0))
dh = g * w2v
L.step(True, note="dL/dh = g w2"); L.step(dh == V("-0.6", "0.4", "-0.8")); L.step(z.applyfunc(lambda t: 1 if t > 0 else 0) == M([1, 1, 0]))
delta = db1
L.step(delta == dh.multiply_elementwise(M([1, 1, 0]))); L.step(delta == V("-0.6", "0.4", 0))
L.step(z[2] == R("-0.9")); L.step(R("-0.9") < 0)
L.step(dW1 == delta * x.T); L.step(dW1 == M([[R("-0.6"), R("-1.2")], [R("0.4"), R("0.8")], [0, 0]]))
L.step(db1 == delta); L.step(db1 == V("-0.6", "0.4", 0))
xs_ = M(sp.symbols("x0:2"))
zx = W1 * xs_ + b1v; hx = relu(zx); Lx = (((w2v.T * hx)[0] + b2 - y) ** 2) / 2
gx = M([sp.diff(Lx, s).subs(dict(zip(xs_, x))) for s in xs_])
L.step(gx == W1.T * delta)
L.step(W1.T * delta == V(R("0.5") * R("-0.6") - R("0.3") * R("0.4") + R("0.1") * 0, R("-0.2") * R("-0.6") + R("0.4") * R("0.4") - R("0.6") * 0))
L.step(W1.T * delta == V(R("-0.3") - R("0.12"), R("-0.12") + R("0.16")), note="-0.2(-0.6) = +0.12")
L.step(V(R("-0.3") - R("0.12"), R("-0.12") + R("0.16")) == V("-0.42", "0.04"))
lr3 = R("0.05")
L.define(note="eta")
nw2 = w2v - lr3 * dw2; nb2 = b2 - lr3 * db2; nW1 = W1 - lr3 * dW1; nb1 = b1v - lr3 * db1
L.step(nw2 == V("1.5", -1, 2) - lr3 * V("-0.08", "-0.2", 0)); L.step(nw2 == V("1.504", "-0.99", 2))
L.step(nb2 == R("0.3") - lr3 * R("-0.4")); L.step(R("0.3") - R("0.05") * R("-0.4") == R("0.28"), note="0.32")
L.step(nW1 == M([[R("0.5") - lr3 * R("-0.6"), R("-0.2") - lr3 * R("-1.2")], [R("-0.3") - lr3 * R("0.4"), R("0.4") - lr3 * R("0.8")], [R("0.1"), R("-0.6")]]))
L.step(nW1 == M([[R("0.53"), R("-0.14")], [R("-0.32"), R("0.36")], [R("0.1"), R("-0.6")]]))
L.step(nb1 == V("0.13", "-0.02", "0.2"))
z2_, h2_, yh2, L2 = fwd(nW1, nb1, nw2, nb2)
L.step(z2_ == V(R("0.53") - R("0.28") + R("0.13"), R("-0.32") + R("0.72") - R("0.02"), R("-0.9"))); L.step(z2_ == V("0.38", "0.38", "-0.9"))
L.step(h2_ == V("0.38", "0.38", 0))
L.step(yh2 == R("1.504") * R("0.38") - R("0.99") * R("0.38") + R("0.28"), carried=True)
L.step(rounds("0.5715", R("1.504") * R("0.38")) and R("0.99") * R("0.38") == R("0.3762"))
L.step(R("0.5715") - R("0.3762") + R("0.28") == R("0.4753"))
L.step(substituted(L2, lambda t: (t - R("0.5")) ** 2 / 2, "~0.4753"), carried=True)
L.step((R("0.4753") - R("0.5")) ** 2 == R("0.0247") ** 2); L.step(rounds("0.000305", R("0.0247") ** 2 / 2)); L.step(R("0.000305") < R("0.08"))

# ---- Q4: least squares conditioning
X = M([[1, 1], [1, 2], [1, 3]]); G = X.T * X
L.define(note="X"); L.step(G == M([[3, 6], [6, 14]]))
L.step(G.trace() == 17); L.step(G.det() == 42 - 36); L.step(G.det() == 6)
eg = sorted(G.eigenvals().keys(), key=lambda t: sp.N(t))
L.step(set(eg) == {(17 + sp.sqrt(289 - 24)) / 2, (17 - sp.sqrt(289 - 24)) / 2})
L.step(sp.sqrt(289 - 24) == sp.sqrt(265)); L.step(rounds("16.2788", sp.sqrt(265)))
L.step(rounds("16.6394", eg[1])); L.step(rounds("0.3606", eg[0]))
kG = eg[1] / eg[0]
L.step(substituted(kG, lambda a, c: a / c, "~16.6394", "~0.3606")); L.step(rounds("46.14", R("16.6394") / R("0.3606"), kG))
sv = sorted((X.T * X).eigenvals().keys(), key=lambda t: sp.N(t))
kX = sp.sqrt(sv[1]) / sp.sqrt(sv[0])
L.step(substituted(kX, lambda t: sp.sqrt(t), "~46.14")); L.step(rounds("6.793", sp.sqrt(R("46.14")), kX))
L.define(note="eta < 2/lambda_max"); L.step(rounds("0.1202", 2 / R("16.6394"), 2 / eg[1]))
L.step(substituted((kG - 1) / (kG + 1), lambda t: (t - 1) / (t + 1), "~46.14")); L.step(rounds("0.9576", R("45.14") / R("47.14")))
L.define(note="lambda = 1")
kR = (eg[1] + 1) / (eg[0] + 1)
L.step(substituted(kR, lambda a, c: a / c, "~16.6394", "~1.3606"), note="numerator not shifted")
L.step(rounds("12.23", R("16.6394") / R("1.3606")))
L.step(substituted((kR - 1) / (kR + 1), lambda t: (t - 1) / (t + 1), "~12.23"), carried=True)
L.step(rounds("0.8488", R("11.23") / R("13.23")))
L.done()
