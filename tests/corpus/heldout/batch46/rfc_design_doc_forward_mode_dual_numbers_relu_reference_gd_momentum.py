"""Labels for rfc_design_doc_forward_mode_dual_numbers_relu_reference_gd_momentum.tex: a design document (RFC) for
forward mode in a teaching autodiff package, with reviewers' comments and the author's replies inline and the wrong
values of revision 1 kept. Dual-number rules (sum, product, Taylor, exp, ln, cos, square, sqrt, quotient); a forward
trace of ln(x1 + x2^2) + x1 cos x2 at (1, 2) with two sweeps, a directional derivative and a reverse sweep; a JVP and
a VJP of a vector function; reference values of a 2-3-1 ReLU net (forward, backward with the mask, input gradient,
an SGD step and a second forward pass); GD and heavy-ball momentum on 2 w1^2 + w2^2 / 2."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402


def sub(true_value, f, *written):
    """truth.substituted, where a written number may be (text, bound): built by the writer from rounded numbers."""
    xs, hs = [], []
    for w_ in written:
        if isinstance(w_, tuple):
            xs.append(R(w_[0])); hs.append(sp.nsimplify(w_[1]))
        elif w_.startswith("~"):
            xs.append(R(w_[1:])); hs.append(sp.Rational(1, 10 ** len(w_.split(".")[1])) / 2)
        else:
            xs.append(R(w_)); hs.append(0)
    val = sp.N(f(*xs), 40)
    bound = sum(abs(sp.N(f(*[x + (h if i == k else 0) for i, x in enumerate(xs)]), 40) - val) for k, h in enumerate(hs) if h)
    return abs(val - sp.N(true_value, 40)) <= bound * sp.Rational(11, 10) + sp.Rational(1, 10 ** 12)


def vec_eq(a, b):
    return all(sp.simplify(sp.nsimplify(x) - sp.nsimplify(y)) == 0 for x, y in zip(a, b)) and len(a) == len(b)


L = Labels("batch46/rfc_design_doc_forward_mode_dual_numbers_relu_reference_gd_momentum.tex")
a, b, c, d, e = sp.symbols("a b c d epsilon", positive=True)


def dual(expr):
    """Value and epsilon part of expr(epsilon) with epsilon^2 = 0."""
    s = sp.series(expr, e, 0, 2).removeO()
    return sp.simplify(s.subs(e, 0)), sp.simplify(s.coeff(e, 1))


def dual_same(lhs, rhs):
    l0, l1 = dual(lhs); r0, r1 = dual(rhs)
    return sp.simplify(l0 - r0) == 0 and sp.simplify(l1 - r1) == 0


# --- dual numbers
L.define(note="epsilon^2 = 0")
L.step(dual_same((a + b * e) + (c + d * e), (a + c) + (b + d) * e))
L.step(sp.expand((a + b * e) * (c + d * e)) == sp.expand(a * c + (a * d + b * c) * e + b * d * e ** 2))
L.step(dual_same((a + b * e) * (c + d * e), a * c + (a * d + b * c) * e))
L.step(True, note="Taylor: f(a + b eps) = f(a) + f'(a) b eps")
L.step(dual_same(sp.exp(a + b * e), sp.exp(a) + b * sp.exp(a) * e)); L.step(dual_same(sp.log(a + b * e), sp.log(a) + b / a * e))
L.step(dual_same(sp.cos(a + b * e), sp.cos(a) - b * sp.sin(a) * e)); L.step(dual_same((a + b * e) ** 2, a ** 2 + 2 * a * b * e))
L.step(dual_same(sp.sqrt(a + b * e), sp.sqrt(a) + b / sp.sqrt(a) * e), note="missing 1/2")
L.step(sp.simplify(sp.diff(sp.sqrt(a), a) - 1 / (2 * sp.sqrt(a))) == 0); L.step(dual_same(sp.sqrt(a + b * e), sp.sqrt(a) + b / (2 * sp.sqrt(a)) * e))
L.step(dual_same(sp.sqrt(4 + e), 2 + e / 4))
L.step(dual_same((a + b * e) / (c + d * e), a / c + (b * c + a * d) / c ** 2 * e), note="sign")
L.step(dual_same((a + b * e) / (c + d * e), (a + b * e) * (c - d * e) / ((c + d * e) * (c - d * e))))
L.step(dual_same((a + b * e) * (c - d * e) / ((c + d * e) * (c - d * e)), (a * c + (b * c - a * d) * e) / c ** 2))
L.step(dual_same((a * c + (b * c - a * d) * e) / c ** 2, a / c + (b * c - a * d) / c ** 2 * e))

# --- trace
x1, x2 = sp.symbols("x1 x2", positive=True)
f = sp.log(x1 + x2 ** 2) + x1 * sp.cos(x2)
P = {x1: 1, x2: 2}
fx1, fx2 = sp.diff(f, x1).subs(P), sp.diff(f, x2).subs(P)
L.define(2, "f, point"); L.define(note="seed (1, 0)")
L.define(3, "v_-1 row"); L.define(3, "v_0 row")
v = {-1: sp.Integer(1), 0: sp.Integer(2)}
v[1] = v[0] ** 2; v[2] = v[-1] + v[1]; v[3] = sp.log(v[2]); v[4] = sp.cos(v[0]); v[5] = v[-1] * v[4]; v[6] = v[3] + v[5]
L.define(); L.step(v[1] == 4); L.step(True, note="d(v0^2) = 2 v0 dv0"); L.step(2 * v[0] * 0 == 0)
L.define(); L.step(v[2] == 5); L.step(True, note="sum rule"); L.step(1 + 0 == 1)
L.define(); L.step(rounds("1.6094", v[3])); L.step(True, note="d ln"); L.step(sp.Rational(1, 5) == R("0.2"))
L.define(); L.step(rounds("-0.4161", v[4])); L.step(True, note="d cos = -sin"); L.step(-sp.sin(2) * 0 == 0)
L.define(); L.step(substituted(v[5], lambda q: 1 * q, "~-0.4161")); L.step(True, note="product rule")
L.step(substituted(1 * v[4] + 1 * 0, lambda q: q, "~-0.4161"))
L.define(); L.step(rounds("1.1933", R("1.6094") + R("-0.4161"), v[6])); L.step(True, note="sum rule")
L.step(rounds("-0.2161", R("0.2") + R("-0.4161"), fx1))
L.step(v[4] == sp.cos(2), note="v_4 = cos 2")
L.step(rounds("0.9994", sp.cos(2)), note="degrees: cos(2 deg)")
L.step(substituted(v[6], lambda p, q: p + q, "~1.6094", "~0.9994"), carried=rounds("0.9994", sp.cos(sp.pi * 2 / 180)))
L.step(R("1.6094") + R("0.9994") == R("2.6088"))
L.step(rounds("1.1933", f.subs(P))); L.step(rounds("-0.2161", fx1))
L.define(note="seed (0, 1)")
L.step(True, note="2 v0 dv0"); L.step(2 * 2 * 1 == 4); L.step(True, note="0 + 4"); L.step(0 + 4 == 4)
L.step(sp.Rational(4, 5) == sp.Rational(4, 5)); L.step(sp.Rational(4, 5) == R("0.8"))
L.step(False, note="d cos = -sin"); L.step(rounds("0.9093", sp.sin(2) * 1))
L.step(False, carried=True); L.step(0 * R("-0.4161") + 1 * R("0.9093") == R("0.9093"))
L.step(False, carried=True); L.step(R("0.8") + R("0.9093") == R("1.7093"))
L.step(True, note="-sin v0 dv0"); L.step(rounds("-0.9093", -sp.sin(2)))
L.step(substituted(-sp.sin(2), lambda q: q, "~-0.9093")); L.step(True)
L.step(substituted(fx2, lambda p, q: p + q, "0.8", "~-0.9093")); L.step(R("0.8") - R("0.9093") == R("-0.1093"))
L.step(sp.simplify(sp.diff(f, x1) - (1 / (x1 + x2 ** 2) + sp.cos(x2))) == 0)
L.step(substituted(fx1, lambda q: R("0.2") + q, "~-0.4161")); L.step(R("0.2") - R("0.4161") == R("-0.2161"))
L.step(sp.simplify(sp.diff(f, x2) - (2 * x2 / (x1 + x2 ** 2) - x1 * sp.sin(x2))) == 0)
L.step(substituted(fx2, lambda q: R("0.8") - q, "~0.9093")); L.step(R("0.8") - R("0.9093") == R("-0.1093"))
u = (R("0.6"), R("0.8"))
L.define(note="u")
dv1 = 2 * 2 * u[1]; dv2 = u[0] + dv1; dv3 = dv2 / 5; dv4 = -sp.sin(2) * u[1]; dv5 = u[0] * sp.cos(2) + 1 * dv4; dv6 = dv3 + dv5
L.step(True); L.step(dv1 == R("3.2")); L.step(True); L.step(dv2 == R("3.8")); L.step(True); L.step(dv3 == R("0.76"))
L.step(True); L.step(rounds("-0.7274", dv4))
L.step(substituted(dv5, lambda p, q: R("0.6") * p + q, "~-0.4161", "~-0.7274"))
L.step(rounds("-0.2497", R("0.6") * R("-0.4161"))); L.step(rounds("-0.9771", R("-0.2497") - R("0.7274"), dv5))
L.step(substituted(dv6, lambda q: R("0.76") + q, "~-0.9771")); L.step(rounds("-0.2171", R("0.76") - R("0.9771"), dv6))
dd = u[0] * fx1 + u[1] * fx2
assert abs(sp.N(dd - dv6)) < 1e-25
L.step(substituted(dd, lambda p, q: R("0.6") * p + R("0.8") * q, "~-0.2161", "~-0.1093"))
L.step(rounds("-0.1297", R("0.6") * R("-0.2161")) and rounds("-0.0874", R("0.8") * R("-0.1093")))
L.step(rounds("-0.2171", R("-0.1297") - R("0.0874"), dd))
L.define(note="adjoints"); L.define(note="bar v_6 = 1")
L.step(True); L.step(True); L.step(True); L.step(True); L.step(True, note="dv5/dv4 = v_-1"); L.step(v[-1] == 1)
L.step(True, note="dv3/dv2 = 1/v2"); L.step(sp.Rational(1, 5) == R("0.2")); L.step(True, note="dv2/dv1 = 1"); L.step(True)
L.step(True, note="adjoint sum over uses of v_-1"); L.step(substituted(fx1, lambda q: q + R("0.2"), "~-0.4161"))
L.step(R("-0.4161") + R("0.2") == R("-0.2161"))
L.step(True, note="dv1/dv0 = 2 v0, dv4/dv0 = -sin v0"); L.step(substituted(fx2, lambda q: R("0.8") - q, "~0.9093"))
L.step(R("0.8") - R("0.9093") == R("-0.1093"))
L.step(False, note="missing the path through v_2"); L.step(True, note="= -0.4161 between members")
L.step(rounds("-0.4161", fx1), carried=True)
# vector outputs
L.define(note="F")
F = sp.Matrix([x1 * x2, sp.sin(x1) + x2 ** 2])
J = F.jacobian([x1, x2])
L.step(J == sp.Matrix([[x2, x1], [sp.cos(x1), 2 * x2]]))
Jn = J.subs(P)
L.step(Jn[0, 0] == 2 and Jn[0, 1] == 1 and Jn[1, 1] == 4 and rounds("0.5403", Jn[1, 0]))
Ju = Jn * sp.Matrix(u)
JTu = Jn.T * sp.Matrix(u)
L.step(sp.N(Ju - JTu).norm() < 1e-20, note="transpose")
L.step(rounds("1.6322", 2 * R("0.6") + R("0.5403") * R("0.8")) and 1 * R("0.6") + 4 * R("0.8") == R("3.8"))
L.step(True, note="product rule"); L.step(Ju[0] == R("0.6") * 2 + 1 * R("0.8")); L.step(Ju[0] == R("2.0"))
L.step(True, note="sin' = cos, (x^2)' = 2x")
L.step(substituted(Ju[1], lambda q: q * R("0.6") + 4 * R("0.8"), "~0.5403"))
L.step(rounds("0.3242", R("0.5403") * R("0.6")) and 4 * R("0.8") == R("3.2")); L.step(rounds("3.5242", R("0.3242") + R("3.2"), Ju[1]))
r = sp.Matrix([1, -1])
rJ = (r.T * Jn)
L.define(note="r = (1, -1)")
L.step(substituted(rJ[0], lambda q: 2 - q, "~0.5403") and rJ[1] == 1 - 4)
L.step(rounds("1.5597", rJ[0]), note="2 - 0.5403 = 1.4597")
rJu = (rJ * sp.Matrix(u))[0]
L.step(substituted(rJu, lambda q: q * R("0.6") - 3 * R("0.8"), "~1.5597"), carried=True)
L.step(rounds("0.9358", R("1.5597") * R("0.6")) and 3 * R("0.8") == R("2.4")); L.step(R("0.9358") - R("2.4") == R("-1.4642"))
rJu2 = (r.T * Ju)[0]
L.step(substituted(rJu2, lambda p, q: p - q, "~2.0", "~3.5242")); L.step(R("2.0") - R("3.5242") == R("-1.5242"))
L.step(2 - R("0.5403") == R("1.4597"))
L.step(substituted(rJu, lambda q: q * R("0.6") - R("2.4"), "~1.4597") and rounds("0.8758", R("1.4597") * R("0.6")))
L.step(R("0.8758") - R("2.4") == R("-1.5242"))

# --- ReLU net
L.define(3, "z, h, y_hat"); L.define(2, "L, ReLU'(0)"); L.define(6, "fixture")
X = sp.Matrix([R("0.8"), R("-1.5")])
W1 = sp.Matrix([[R("0.6"), R("-0.2")], [R("-0.5"), R("0.3")], [R("0.25"), R("-0.45")]])
b1 = sp.Matrix([R("0.1"), R("-0.1"), R("0.05")]); w2 = sp.Matrix([R("0.7"), R("-0.4"), R("0.3")]); b2 = R("-0.1"); y = R("0.4321")
relu = lambda m: m.applyfunc(lambda q: q if q > 0 else 0)
mask = lambda m: m.applyfunc(lambda q: 1 if q > 0 else 0)
z = W1 * X + b1; h = relu(z); yh = (w2.T * h)[0] + b2; g = yh - y; Lv = g ** 2 / 2
L.step(True, note="row form")
L.step(True); L.step(z[0] == R("0.88")); L.step(True); L.step(z[1] == R("-0.95")); L.step(True); L.step(z[2] == R("0.925"))
L.step(h == sp.Matrix([R("0.88"), 0, R("0.925")])); L.step(True)
L.step(R("0.7") * R("0.88") == R("0.616") and R("0.3") * R("0.925") == R("0.2775")); L.step(yh == R("0.7935"))
L.define(note="g"); L.step(g == R("0.7935") - R("0.4321")); L.step(g == R("0.3614"))
L.step(True); L.step(rounds("0.0653", Lv))
L.step(y - yh == g, note="sign"); L.step(y - yh == R("-0.3614")); L.step(Lv == R("0.3614") ** 2, note="no 1/2"); L.step(rounds("0.1306", R("0.3614") ** 2))
dw2 = g * h; dh = g * w2
L.step(True); L.step(g == R("0.3614")); L.step(True)
L.step(rounds("0.3180", dw2[0]) and dw2[1] == 0 and rounds("0.3343", dw2[2]))
L.step(True); L.step(rounds("0.2530", dh[0]) and rounds("-0.1446", dh[1]) and rounds("0.1084", dh[2]))
delta = dh.multiply_elementwise(mask(z))
L.define(note="delta := dL/dz"); L.step(delta == dh, note="mask missing"); L.step(True, note="g w_2 as written")
L.step(True, note="dL/db_1 = delta"); L.step(False, carried=True, note="unmasked delta")
L.step(True, note="delta x^T")
L.step(False, carried=all(rounds(s_, q) for s_, q in zip(["0.2024", "-0.3795", "-0.1157", "0.2169", "0.0867", "-0.1626"],
                                                           list(sp.Matrix([R("0.2530"), R("-0.1446"), R("0.1084")]) * X.T))))
L.step(True, note="W_1^T delta")
wd = [R("0.2530"), R("-0.1446"), R("0.1084")]
terms = [["0.1518", "0.0723", "0.0271"], ["-0.0506", "-0.0434", "-0.0488"]]
L.step(False, carried=all(rounds(terms[i][j], W1[j, i] * wd[j]) for i in range(2) for j in range(3)))
L.step(sum(R(s_) for s_ in terms[0]) == R("0.2512") and sum(R(s_) for s_ in terms[1]) == R("-0.1428"))
L.step(z[1] == R("-0.95")); L.step(z[1] < 0)
L.step(True, note="mask"); L.step(True, note="(1, 0, 1)"); L.step(delta[1] == 0 and rounds("0.2530", delta[0]) and rounds("0.1084", delta[2]))
dW1 = delta * X.T
L.step(True)
L.step(all(rounds(s_, q) for s_, q in zip(["0.2024", "-0.3795", "0", "0", "0.0867", "-0.1626"], list(dW1))))
L.step(True); L.step(rounds("0.2530", delta[0]) and delta[1] == 0 and rounds("0.1084", delta[2]))
gx = W1.T * delta
L.step(True)
L.step(substituted(gx[0], lambda p, q: R("0.6") * p + R("0.25") * q, "~0.2530", "~0.1084")
       and substituted(gx[1], lambda p, q: R("-0.2") * p - R("0.45") * q, "~0.2530", "~0.1084"))
L.step(rounds("0.1518", R("0.6") * R("0.2530")) and rounds("0.0271", R("0.25") * R("0.1084"))
       and rounds("-0.0506", R("-0.2") * R("0.2530")) and rounds("-0.0488", R("-0.45") * R("0.1084")))
L.step(rounds("0.1789", R("0.1518") + R("0.0271"), gx[0]) and rounds("-0.0994", R("-0.0506") - R("0.0488"), gx[1]))
eta = R("0.1")
H = sp.Rational(1, 20000)
L.define(note="eta = 0.1, output layer only"); L.define(note="SGD rule")
b2n = b2 - eta * g; w2n = w2 - eta * dw2
L.step(b2n == R("-0.1") - R("0.1") * R("0.3614")); L.step(rounds("-0.1361", b2n))
L.step(rounds("0.0318", eta * dw2[0]) and rounds("0.0334", eta * dw2[2]) and w2n[1] == R("-0.4"))
L.step(rounds("0.6682", w2n[0]) and rounds("0.2666", w2n[2]) and rounds("0.6682", R("0.7") - R("0.0318")) and rounds("0.2666", R("0.3") - R("0.0334")))
yhn = (w2n.T * h)[0] + b2n; Ln = (yhn - y) ** 2 / 2
L.step(substituted(yhn, lambda p, q, r_: p * R("0.88") + q * R("0.925") + r_, "~0.6682", "~0.2666", "~-0.1361"))
L.step(rounds("0.5880", R("0.6682") * R("0.88")) and rounds("0.2466", R("0.2666") * R("0.925")))
L.step(R("0.5880") + R("0.2466") - R("0.1361") == R("0.6985"))
YN = ("0.6985", R("0.88") * H + R("0.925") * H + 3 * H)
L.step(sub(Ln, lambda q: (q - R("0.4321")) ** 2 / 2, YN)); L.step(rounds("0.0355", (R("0.6985") - R("0.4321")) ** 2 / 2, Ln))
L.step(Ln < Lv)

# --- GD and heavy ball
w1s, w2s = sp.symbols("w1 w2", real=True)
fq = 2 * w1s ** 2 + w2s ** 2 / 2
grad = lambda p: sp.Matrix([sp.diff(fq, w1s), sp.diff(fq, w2s)]).subs({w1s: p[0], w2s: p[1]})
fv = lambda p: fq.subs({w1s: p[0], w2s: p[1]})
L.define(note="f"); L.step(sp.Matrix([sp.diff(fq, w1s), sp.diff(fq, w2s)]) == sp.Matrix([4 * w1s, w2s]))
L.step(sp.hessian(fq, (w1s, w2s)) == sp.diag(4, 1))
L.define(3, "w_0, eta, GD rule")
et = R("0.2")
W = [sp.Matrix([1, 2])]
for _ in range(3):
    W.append(W[-1] - et * grad(W[-1]))
L.step(fv(W[0]) == 2 * 1 + sp.Rational(1, 2) * 4); L.step(fv(W[0]) == 4)
L.step(W[1] == sp.Matrix([1 - et * 4, 2 - et * 2])); L.step(W[1] == sp.Matrix([R("0.2"), R("1.6")]))
L.step(fv(W[1]) == R("0.08") + R("1.28")); L.step(fv(W[1]) == R("1.36"))
L.step(W[2] == sp.Matrix([R("0.2") - et * R("0.8"), R("1.6") - et * R("1.6")])); L.step(W[2] == sp.Matrix([R("0.04"), R("1.28")]))
L.step(fv(W[2]) == R("0.0032") + R("0.8192")); L.step(fv(W[2]) == R("0.8224"))
L.step(W[3] == sp.Matrix([R("0.008"), R("1.024")])); L.step(fv(W[3]) == R("0.000128") + R("0.524288")); L.step(fv(W[3]) == R("0.524416"))
lmax, lmin = 4, 1
L.step(2 / sp.Integer(lmin) == 2 / sp.Integer(lmax), note="2/lambda_min"); L.step(2 / sp.Integer(lmin) == 2)
L.step(1 - et * 4 == R("0.2")); L.step(1 - et * 1 == R("0.8"))
L.define(2, "0 < eta < 2/lambda_max"); L.step(sp.Rational(2, lmax) == R("0.5"))
# best fixed step: minimise max |1 - eta lambda| over the two eigenvalues
etas = [sp.Rational(k, 1000) for k in range(1, 500)]
best = min(etas, key=lambda q: max(abs(1 - q * lmax), abs(1 - q * lmin)))
L.step(best == sp.Rational(2, lmin + lmax)); L.step(sp.Rational(2, 5) == sp.Rational(2, lmin + lmax)); L.step(sp.Rational(2, 5) == R("0.4"))
kap = sp.Rational(lmax, lmin)
L.step(max(abs(1 - best * lmax), abs(1 - best * lmin)) == (kap - 1) / (kap + 1) and (kap - 1) / (kap + 1) == sp.Rational(3, 5))
L.step(sp.Rational(3, 5) == R("0.6")); L.define(note="kappa"); L.step(kap == 4)
L.step(sp.ceiling(sp.log(sp.Rational(1, 1000)) / sp.log(R("0.6"))) == 14 and sp.Rational(3, 5) ** 13 > sp.Rational(1, 1000) >= sp.Rational(3, 5) ** 14)
L.step(substituted(sp.log(sp.Rational(1, 1000)) / sp.log(R("0.6")), lambda p, q: p / q, "~-6.9078", "~-0.5108"))
L.step(rounds("13.52", R("-6.9078") / R("-0.5108"))); L.step(sp.ceiling(R("13.52")) == 14)
L.step(sp.ceiling(sp.log(sp.Rational(1, 1000), 10) / sp.log(R("0.6"))) == 14, note="bases mixed")
L.step(substituted(sp.log(sp.Rational(1, 1000), 10) / sp.log(R("0.6")), lambda p, q: p / q, "-3", "~-0.5108"))
L.step(sp.ceiling(sp.Integer(-3) / R("-0.5108")) == 6)
L.define(4, "momentum rule, beta, v_0")
beta = R("0.5")
Ws, Vs = [sp.Matrix([1, 2])], [sp.Matrix([0, 0])]
for _ in range(3):
    Vs.append(beta * Vs[-1] + grad(Ws[-1])); Ws.append(Ws[-1] - et * Vs[-1])
L.step(grad(Ws[0]) == sp.Matrix([4, 2])); L.step(Vs[1] == sp.Matrix([4, 2]))
L.step(Ws[1] == sp.Matrix([1 - R("0.8"), 2 - R("0.4")])); L.step(Ws[1] == sp.Matrix([R("0.2"), R("1.6")]))
L.step(grad(Ws[1]) == sp.Matrix([R("0.8"), R("1.6")])); L.step(Vs[2] == R("0.5") * sp.Matrix([4, 2]) + sp.Matrix([R("0.8"), R("1.6")]))
L.step(Vs[2] == sp.Matrix([R("2.8"), R("2.6")]))
L.step(Ws[2] == sp.Matrix([R("0.2") - R("0.56"), R("1.6") - R("0.52")])); L.step(Ws[2] == sp.Matrix([R("-0.36"), R("1.08")]))
L.step(grad(Ws[2]) == sp.Matrix([R("-1.44"), R("1.08")])); L.step(Vs[3] == sp.Matrix([R("1.4") - R("1.44"), R("1.3") + R("1.08")]))
L.step(Vs[3] == sp.Matrix([R("-0.04"), R("2.48")]), note="2.38")
L.step(Ws[3] == sp.Matrix([R("-0.36") + R("0.008"), R("1.08") - R("0.496")]), carried=R("0.2") * R("2.48") == R("0.496"))
L.step(sp.Matrix([R("-0.36") + R("0.008"), R("1.08") - R("0.496")]) == sp.Matrix([R("-0.352"), R("0.584")]))
L.step(fv(Ws[3]) == 2 * R("0.123904") + R("0.341056") / 2, carried=R("0.584") ** 2 == R("0.341056") and R("0.352") ** 2 == R("0.123904"))
L.step(2 * R("0.123904") + R("0.341056") / 2 == R("0.247808") + R("0.170528")); L.step(R("0.247808") + R("0.170528") == R("0.418336"))
L.step(R("1.3") + R("1.08") == R("2.38"))
L.step(Vs[3] == sp.Matrix([R("-0.04"), R("2.38")])); L.step(Ws[3] == sp.Matrix([R("-0.36") + R("0.008"), R("1.08") - R("0.476")]))
L.step(Ws[3] == sp.Matrix([R("-0.352"), R("0.604")]))
L.step(fv(Ws[3]) == 2 * R("0.123904") + R("0.364816") / 2); L.step(2 * R("0.123904") + R("0.364816") / 2 == R("0.247808") + R("0.182408"))
L.step(fv(Ws[3]) == R("0.430216"))
L.step(fv(Ws[3]) < fv(W[3]))
bstar = ((sp.sqrt(kap) - 1) / (sp.sqrt(kap) + 1)) ** 2
L.step(bstar == (sp.sqrt(kap) - 1) / (sp.sqrt(kap) + 1), note="square missing"); L.step((sp.sqrt(kap) - 1) / (sp.sqrt(kap) + 1) == sp.Rational(1, 3))
L.step(rounds("0.3333", sp.Rational(1, 3)))
L.step(rounds("0.5774", sp.sqrt(bstar)), carried=rounds("0.5774", sp.sqrt(sp.Rational(1, 3))))
# check the tuned heavy ball on the quadratic: spectral radius of the iteration matrix is sqrt(beta)
estar = 4 / (sp.sqrt(lmax) + sp.sqrt(lmin)) ** 2
rho = lambda lam: max(abs(q) for q in sp.Matrix([[1 + bstar - estar * lam, -bstar], [1, 0]]).eigenvals())
L.step(True, note="tuned beta formula (checked through rho below)")
L.step(bstar == sp.Rational(1, 3) ** 2); L.step(rounds("0.1111", bstar))
L.step(True, note="eta* formula"); L.step(estar == sp.Rational(4, 9)); L.step(rounds("0.4444", estar))
L.step(all(sp.simplify(rho(q) - sp.sqrt(bstar)) == 0 for q in (lmin, lmax)) and sp.sqrt(bstar) == sp.Rational(1, 3))
L.done()
