"""Labels for whiteboard_transcription_ad_reading_group_relu_forward_mode_matrix_calculus.tex: a reading group's
whiteboards typed up from photos (panels by board and speaker, speakers' initials, the transcriber's grey
bracketed notes, crossed-out lines kept and marked, boxed results): a 2-3-1 ReLU net with a dead unit (forward
pass, g := dL/dyhat, dL/db_2, dL/dw_2, dL/dh, a first attempt without the mask with its input gradient carried
and crossed out, the mask, delta_1, dL/dW_1, dL/db_1, grad_x L = W_1^T delta_1, its norm written 0.1815 for 0.1851,
a central difference, an SGD step and a second forward pass in which 0.3199^2 became 0.1032, the loss drop carried,
the first-order prediction); a forward-mode trace of ln(1 + x1^2 x2) + x1 cos x2 at (2, 0.5) with two tangent
columns, the second with d cos = +sin (carried into v8, v9 and the read-off), the hand check and the fix, a
directional derivative; dual numbers; matrix-calculus identities with d ln det X / dX = X^{-1} (its numeric
entry carried) corrected to X^{-T}; least squares on three points."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch42/whiteboard_transcription_ad_reading_group_relu_forward_mode_matrix_calculus.tex")
ok, ds = L.step, L.define
M = lambda rows: sp.Matrix([[R(str(v)) for v in r] for r in rows])
vec = lambda *v: sp.Matrix([R(str(t)) for t in v])
relu = lambda t: t if t > 0 else 0


def vround(written, values):
    return all(rounds(w_, v_) for w_, v_ in zip(written, values))


# Panel 1
ds(4, "z, h, yhat, L"); ds(2, "x, y"); ds(4, "W1, b1, w2, b2")
x, y = vec("1.5", "-0.5"), 1
W1, b1, w2, b2 = M([["0.2", "-0.4"], ["0.5", "0.3"], ["-0.6", "0.1"]]), vec("0.1", "-0.2", "0.05"), vec("0.7", "-0.3", "0.5"), R("0.2")


def forward(W1, b1, w2, b2, x):
    z = W1 * x + b1
    h = z.applyfunc(relu)
    yh = (w2.T * h)[0] + b2
    return z, h, yh, (yh - y) ** 2 / 2


z, h, yh, Lv = forward(W1, b1, w2, b2, x)
ok(z[0] == R("0.2") * R("1.5") - R("0.4") * R("-0.5") + R("0.1")); ok(z[0] == R("0.3") + R("0.2") + R("0.1")); ok(z[0] == R("0.6"))
ok(z[1] == R("0.5") * R("1.5") + R("0.3") * R("-0.5") - R("0.2")); ok(z[1] == R("0.75") - R("0.15") - R("0.2")); ok(z[1] == R("0.4"))
ok(z[2] == R("-0.6") * R("1.5") + R("0.1") * R("-0.5") + R("0.05")); ok(z[2] == R("-0.9") - R("0.05") + R("0.05")); ok(z[2] == R("-0.9"))
ok(h == vec("0.6", "0.4", "0"))
ok(yh == R("0.7") * R("0.6") - R("0.3") * R("0.4") + R("0.5") * 0 + R("0.2")); ok(yh == R("0.42") - R("0.12") + 0 + R("0.2")); ok(yh == R("0.5"))
ok(Lv == (R("0.5") - 1) ** 2 / 2); ok(Lv == R("0.125"))
# Panel 2
g = yh - y
ds(note="g :="); ok(True, note="d/dyhat of (yhat - y)^2/2"); ok(g == R("-0.5"))
ok(True, note="dL/db2 = g"); ok(g == R("-0.5"))
dw2 = g * h
ok(True, note="dL/dw2 = g h"); ok(dw2 == R("-0.5") * vec("0.6", "0.4", "0")); ok(dw2 == vec("-0.3", "-0.2", "0"))
dh = g * w2
ok(True, note="dL/dh = g w2"); ok(dh == vec("-0.35", "0.15", "-0.25"))
mask = sp.Matrix([1 if t > 0 else 0 for t in z])
d1 = sp.Matrix([a * m for a, m in zip(dh, mask)])
L.step(d1 == dh, note="no mask"); ok(dh == vec("-0.35", "0.15", "-0.25"))
gx = W1.T * d1
ok(True, note="grad_x = W1^T delta1")
gx_nomask = W1.T * dh
L.step(gx == gx_nomask, carried=True)
ok(gx_nomask == vec("0.155", "0.16"))
ds(note="mask :="); ok(mask == sp.Matrix([1, 1, 0])); ok(True, note="ReLU Jacobian diag(m)")
ok(True, note="delta = dL/dh * m"); ok(d1 == vec("-0.35", "0.15", "0"))
dW1 = d1 * x.T
ok(True, note="delta x^T"); ok(dW1 == M([["-0.525", "0.175"], ["0.225", "-0.075"], ["0", "0"]])); ok(True, note="dL/db1 = delta1")
ok(True, note="W1^T delta1")
ok(gx == vec(str(R("-0.07") + R("0.075") + 0), str(R("0.14") + R("0.045") + 0)))
ok(gx == vec("0.005", "0.185"))
nrm = sp.sqrt(gx[0] ** 2 + gx[1] ** 2)
ok(nrm == sp.sqrt(R("0.005") ** 2 + R("0.185") ** 2)); L.step(rounds("0.1815", nrm), note="0.1851")
Lx1 = lambda t: forward(W1, b1, w2, b2, sp.Matrix([t, R("-0.5")]))[3]
cd = (Lx1(R("1.51")) - Lx1(R("1.49"))) / R("0.02")
ok(substituted(cd, lambda p, q: (p - q) / R("0.02"), "~0.125050", "~0.124950") and rounds("0.125050", Lx1(R("1.51"))) and rounds("0.124950", Lx1(R("1.49"))))
ok(rounds("0.0050", (R("0.125050") - R("0.124950")) / R("0.02"), gx[0]))
# Panel 3
eta = R("0.1")
ds(note="eta"); ds(note="W1 <- rule")
W1n = W1 - eta * dW1
ok(W1n == M([[R("0.2") + R("0.0525"), R("-0.4") - R("0.0175")], [R("0.5") - R("0.0225"), R("0.3") + R("0.0075")], ["-0.6", "0.1"]]))
ok(W1n == M([["0.2525", "-0.4175"], ["0.4775", "0.3075"], ["-0.6", "0.1"]]))
b1n, w2n, b2n = b1 - eta * d1, w2 - eta * dw2, b2 - eta * g
ok(b1n == vec(str(R("0.1") + R("0.035")), str(R("-0.2") - R("0.015")), "0.05")); ok(b1n == vec("0.135", "-0.215", "0.05"))
ok(w2n == vec(str(R("0.7") + R("0.03")), str(R("-0.3") + R("0.02")), "0.5")); ok(w2n == vec("0.73", "-0.28", "0.5"))
ok(b2n == R("0.2") - R("0.1") * R("-0.5")); ok(b2n == R("0.25"))
z2_, h2_, yh2, L2 = forward(W1n, b1n, w2n, b2n, x)
ok(z2_[0] == R("0.2525") * R("1.5") - R("0.4175") * R("-0.5") + R("0.135")); ok(z2_[0] == R("0.37875") + R("0.20875") + R("0.135")); ok(z2_[0] == R("0.7225"))
ok(z2_[1] == R("0.4775") * R("1.5") + R("0.3075") * R("-0.5") - R("0.215")); ok(z2_[1] == R("0.71625") - R("0.15375") - R("0.215")); ok(z2_[1] == R("0.3475"))
ok(z2_[2] == R("-0.9"))
ok(yh2 == R("0.73") * R("0.7225") - R("0.28") * R("0.3475") + R("0.25"))
ok(substituted(yh2, lambda p, q: p - q + R("0.25"), "~0.5274", "~0.0973")); ok(rounds("0.6801", R("0.5274") - R("0.0973") + R("0.25"), yh2))
ok(substituted(L2, lambda t: (t - 1) ** 2 / 2, "~0.6801"))
L.step(substituted((R("0.6801") - 1) ** 2 / 2, lambda t: t / 2, "~0.1032"), note="0.3199^2 = 0.1023")
ok(R("0.1032") / 2 == R("0.0516"))
L.step(substituted(Lv - L2, lambda t: R("0.125") - t, "~0.0516"), carried=True); ok(R("0.125") - R("0.0516") == R("0.0734"))
sW = sum(t ** 2 for t in dW1); sb = sum(t ** 2 for t in d1); sw = sum(t ** 2 for t in dw2)
ok(sW == R("0.525") ** 2 + R("0.175") ** 2 + R("0.225") ** 2 + R("0.075") ** 2); ok(sW == R("0.3625"))
ok(sb == R("0.35") ** 2 + R("0.15") ** 2); ok(sb == R("0.145"))
ok(sw == R("0.3") ** 2 + R("0.2") ** 2); ok(sw == R("0.13")); ok(g ** 2 == R("0.25"))
tot = sW + sb + sw + g ** 2
ok(eta * tot == R("0.1") * (R("0.3625") + R("0.145") + R("0.13") + R("0.25"))); ok(R("0.3625") + R("0.145") + R("0.13") + R("0.25") == R("0.8875"))
ok(rounds("0.0888", eta * tot))
# Panel 4: forward mode
x1, x2 = sp.symbols("x1 x2", positive=True)
f = sp.log(1 + x1 ** 2 * x2) + x1 * sp.cos(x2)
pt = {x1: 2, x2: R("0.5")}
ds(3, "f, x1, x2"); ds(2, "seeds")
ds(4, "v1 = x1 = 2, seeds"); ds(4, "v2 = x2 = 0.5, seeds")
v1, v2 = 2, R("0.5")
v3, v4 = v1 ** 2, v1 ** 2 * v2
v5 = 1 + v4
v6, v7 = sp.log(v5), sp.cos(v2)
v8 = v1 * v7
v9 = v6 + v8
assert v9 == f.subs(pt)
# tangents: (e1, e2)
t = {}
for s, (a1, a2) in (("e1", (1, 0)), ("e2", (0, 1))):
    t3 = 2 * v1 * a1
    t4 = t3 * v2 + v3 * a2
    t5 = t4
    t6 = t5 / v5
    t7 = -sp.sin(v2) * a2
    t8 = a1 * v7 + v1 * t7
    t9 = t6 + t8
    t[s] = (t3, t4, t5, t6, t7, t8, t9)
    assert abs(sp.N(t9 - sp.diff(f, x1 if s == "e1" else x2).subs(pt), 30)) < 1e-25
T1, T2 = t["e1"], t["e2"]
ds(note="v3"); ok(v3 == 4); ok(True, note="d(v^2)"); ok(T1[0] == 4); ok(True); ok(T2[0] == 0)
ds(note="v4"); ok(v4 == 2); ok(True, note="product rule"); ok(T1[1] == 2); ok(True); ok(T2[1] == 4)
ds(note="v5"); ok(v5 == 3); ok(True); ok(T1[2] == 2); ok(True); ok(T2[2] == 4)
ds(note="v6"); ok(rounds("1.0986", v6)); ok(True, note="d ln"); ok(rounds("0.6667", T1[3])); ok(True); ok(rounds("1.3333", T2[3]))
ds(note="v7"); ok(rounds("0.8776", v7)); ok(True, note="d cos = -sin"); ok(T1[4] == 0)
L.step(same(sp.diff(sp.cos(x2), x2), sp.sin(x2)), note="d cos = +sin"); ok(rounds("0.4794", sp.sin(v2)))
ds(note="v8"); ok(rounds("1.7552", v8)); ok(True); ok(rounds("0.8776", T1[5])); ok(True, note="product rule")
T2w8 = 0 * v7 + v1 * sp.sin(v2)
L.step(rounds("0.9589", T2[5]), carried=rounds("0.9589", T2w8))
ds(note="v9"); ok(rounds("2.8538", v9, R("1.0986") + R("1.7552"))); ok(True); ok(rounds("1.5443", T1[6], R("0.6667") + R("0.8776"))); ok(True)
L.step(rounds("2.2922", T2[6]), carried=rounds("2.2922", R("1.3333") + R("0.9589")))
ok(True, note="f = v9"); ok(rounds("2.8538", f.subs(pt)))
L.step(rounds("1.5443", T1[6]) and rounds("2.2922", T2[6]), carried=True)
fx1, fx2 = sp.diff(f, x1), sp.diff(f, x2)
ok(same(fx1, 2 * x1 * x2 / (1 + x1 ** 2 * x2) + sp.cos(x2))); ok(substituted(fx1.subs(pt), lambda c: sp.Rational(2, 3) + c, "~0.8776"))
ok(rounds("1.5443", sp.Rational(2, 3) + R("0.8776"), fx1.subs(pt)))
ok(same(fx2, x1 ** 2 / (1 + x1 ** 2 * x2) - x1 * sp.sin(x2))); ok(substituted(fx2.subs(pt), lambda s_: sp.Rational(4, 3) - 2 * s_, "~0.4794"))
ok(substituted(fx2.subs(pt), lambda p, q: p - q, "~1.3333", "~0.9589") and rounds("0.9589", 2 * sp.sin(R("0.5")))); ok(rounds("0.3745", R("1.3333") - R("0.9589"), fx2.subs(pt)))
ok(R("0.3745") != R("2.2922")); ok(same(sp.diff(sp.cos(x2), x2), -sp.sin(x2)))
ok(True, note="tangent rule"); ok(rounds("-0.4794", T2[4]))
ok(substituted(T2[5], lambda s_: 2 * s_, "~-0.4794")); ok(rounds("-0.9589", 2 * R("-0.4794"), T2[5]))
ok(substituted(T2[6], lambda p, q: p - q, "~1.3333", "~0.9589")); ok(rounds("0.3745", R("1.3333") - R("0.9589"), T2[6]))
ds(2, "seed u")
dd = R("0.6") * fx1.subs(pt) + R("0.8") * fx2.subs(pt)
ok(substituted(dd, lambda p, q: R("0.6") * p + R("0.8") * q, "~1.5443", "~0.3745"))
ok(rounds("0.9266", R("0.6") * R("1.5443")) and rounds("0.2996", R("0.8") * R("0.3745")))
ok(rounds("1.2262", R("0.9266") + R("0.2996"), dd))
# Panel 5: dual numbers (first order in eps)
a, b, c, d, eps = sp.symbols("a b c d epsilon", positive=True)
first = lambda e: sp.series(e, eps, 0, 2).removeO()
ds(note="eps^2 = 0")
ok(same(first((a + b * eps) * (c + d * eps)), a * c + (a * d + b * c) * eps))
F_ = sp.Function("F")
ok(True, note="Taylor: F(a + b eps) = F(a) + b F'(a) eps")
ok(same(first(1 / (a + b * eps)), 1 / a - b / a ** 2 * eps)); ok(same(first(sp.log(a + b * eps)), sp.log(a) + b / a * eps))
ok(same(first(sp.cos(a + b * eps)), sp.cos(a) - b * sp.sin(a) * eps))
ds(2, "x1 = 2 + eps, x2 = 0.5")
ok(same(first((2 + eps) ** 2 * R("0.5")), (4 + 4 * eps) * R("0.5"))); ok(same((4 + 4 * eps) * R("0.5"), 2 + 2 * eps))
ok(same(first(sp.log(3 + 2 * eps)), sp.log(3) + sp.Rational(2, 3) * eps))
ok(rounds("1.0986", sp.log(3)) and rounds("0.6667", sp.Rational(2, 3)))
ok(rounds("0.8776", sp.cos(R("0.5"))))
ok(rounds("1.7552", 2 * sp.cos(R("0.5"))) and rounds("0.8776", sp.cos(R("0.5"))))
fe = sp.expand(first(f.subs({x1: 2 + eps, x2: R("0.5")})))
ok(rounds("2.8538", fe.subs(eps, 0), R("1.0986") + R("1.7552")) and rounds("1.5443", fe.coeff(eps, 1), R("0.6667") + R("0.8776")))
# Panel 6: matrix calculus, checked on random instances
xs_ = sp.Matrix(sp.symbols("p1:4", real=True))
Am = sp.Matrix(3, 3, sp.symbols("A1:10", real=True))
av = sp.Matrix(sp.symbols("a1:4", real=True)); bv = sp.Matrix(sp.symbols("b1:4", real=True))
grad = lambda e, v: sp.Matrix([sp.diff(e, vi) for vi in v])
allv = list(xs_) + list(Am) + list(av) + list(bv)
eq = lambda P, Q: all(same(p, q, allv, positive=False) for p, q in zip(P, Q))
ok(eq(grad((av.T * xs_)[0], xs_), av))
ok(eq(grad((xs_.T * Am * xs_)[0], xs_), (Am + Am.T) * xs_))
r_ = Am * xs_ - bv
ok(eq(grad((r_.T * r_)[0], xs_), 2 * Am.T * r_))
Xm = sp.Matrix(3, 3, sp.symbols("X1:10", real=True))
allv2 = list(Xm) + list(Am) + list(av) + list(bv)
eq2 = lambda P, Q: all(same(p, q, allv2, positive=False) for p, q in zip(P, Q))
dX = lambda e: sp.Matrix(3, 3, lambda i, j: sp.diff(e, Xm[i, j]))
ok(eq2(dX((Am * Xm).trace()), Am.T))
ok(eq2(dX((av.T * Xm * bv)[0]), av * bv.T))
X2 = sp.Matrix(2, 2, sp.symbols("q1:5", positive=True))
dlog = sp.Matrix(2, 2, lambda i, j: sp.diff(sp.log(X2.det()), X2[i, j]))
L.step(all(same(p, q, list(X2), positive=False) for p, q in zip(dlog, X2.inv())), note="X^{-T}")
Xn = sp.Matrix([[2, 1], [0, 3]])
ds(note="X"); ok(Xn.det() == 2 * 3 - 1 * 0); ok(Xn.det() == 6)
ok(Xn.inv() == sp.Rational(1, 6) * sp.Matrix([[3, -1], [0, 2]]))
ok(vround(["0.5", "-0.1667", "0", "0.3333"], list(Xn.inv())))
dlogn = dlog.subs(dict(zip(X2, Xn)))
L.step(rounds("-0.1667", dlogn[0, 1]), carried=rounds("-0.1667", Xn.inv()[0, 1]))
ok(same(X2.det(), X2[0, 0] * X2[1, 1] - X2[0, 1] * X2[1, 0])); ds(note="x21 = 0")
ok(same(dlog[0, 1], -X2[1, 0] / X2.det(), list(X2))); ok(dlogn[0, 1] == 0)
ok(all(same(p, q, list(X2), positive=False) for p, q in zip(dlog, X2.inv().T))); ok(vround(["0.5", "0", "-0.1667", "0.3333"], list(Xn.inv().T)))
ok(same(dlog[1, 0], -X2[0, 1] / X2.det(), list(X2))); ok(dlogn[1, 0] == sp.Rational(-1, 6)); ok(rounds("-0.1667", sp.Rational(-1, 6)))
Xd, yd = sp.Matrix([[1, 0], [1, 1], [1, 2]]), sp.Matrix([1, 2, 2])
ds(2, "X, y")
wv = sp.Matrix(sp.symbols("w1 w2", real=True))
rr = Xd * wv - yd
ok(all(same(p, q, list(wv), positive=False) for p, q in zip(grad((rr.T * rr)[0], wv), 2 * Xd.T * rr))); ds(note="= 0"); ds(note="normal equations")
XtX, Xty = Xd.T * Xd, Xd.T * yd
ok(XtX == sp.Matrix([[3, 3], [3, 5]])); ok(Xty == sp.Matrix([5, 6])); ok(XtX.det() == 15 - 9); ok(XtX.det() == 6)
what = XtX.inv() * Xty
ok(what == sp.Rational(1, 6) * sp.Matrix([[5, -3], [-3, 3]]) * sp.Matrix([5, 6])); ok(what == sp.Rational(1, 6) * sp.Matrix([7, 3]))
ok(vround(["1.1667", "0.5"], list(what)))
res = yd - Xd * what
ds(note="r :="); ok(vround(["-0.1667", "0.3333", "-0.1667"], list(res))); ok(Xd.T * res == sp.zeros(2, 1))
sq = [t_ ** 2 for t_ in res]
ok(substituted(sum(sq), lambda p, q, r3: p + q + r3, "~0.0278", "~0.1111", "~0.0278") and vround(["0.0278", "0.1111", "0.0278"], sq))
ok(rounds("0.1667", R("0.0278") + R("0.1111") + R("0.0278"), sum(sq)))
ok(dW1 == d1 * x.T); ds(2, "a = delta1, b = x")
L.done()
