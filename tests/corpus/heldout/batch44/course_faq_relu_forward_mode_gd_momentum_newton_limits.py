"""Labels for course_faq_relu_forward_mode_gd_momentum_newton_limits.tex: a course FAQ page (questions from the
discussion board with the students' posted working quoted in a `studentwork` environment, signed staff answers,
`\\faq` headings): a 2-3-1 ReLU net with a dead unit (forward and backward pass, the mask, dL/dW1, the input
gradient), an SGD step and a second forward pass; a forward-mode trace of x1 x2 + e^{x1}/x2 at (1, 2) with two
seeds and a directional derivative, dual numbers; heavy-ball momentum against GD on a quadratic, step-size bounds
and rates; Newton on w^4/4 - 2w; a limits-and-sums quiz."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch44/course_faq_relu_forward_mode_gd_momentum_newton_limits.tex")
Q = sp.Rational


def vec(*s):
    return [R(str(a)) for a in s]


# Q1: data
L.define(4, "z, h, yhat, L"); L.define(6, "data")
x = vec(1, 2)
W = [vec("0.5", "-0.2"), vec("-0.4", "0.1"), vec("0.3", "0.2")]
b1, w2, b2, y = vec("0.1", 0, "-0.2"), vec("1.0", "-0.5", "0.8"), R("0.1"), 1
z = [W[i][0] * x[0] + W[i][1] * x[1] + b1[i] for i in range(3)]
h = [max(q, 0) for q in z]
yh = sum(w2[i] * h[i] for i in range(3)) + b2
Lv = (yh - y) ** 2 / 2
# student: forward
L.step(z[0] == R("0.5") - R("0.4") + R("0.1")); L.step(z[0] == R("0.2"))
L.step(z[1] == R("-0.4") + R("0.2") + 0); L.step(z[1] == R("-0.2"))
L.step(z[2] == R("0.3") + R("0.4") - R("0.2")); L.step(z[2] == R("0.5"))
L.step(h == vec("0.2", 0, "0.5")); L.step(yh == R("1.0") * R("0.2") - R("0.5") * 0 + R("0.8") * R("0.5") + R("0.1")); L.step(yh == R("0.7"))
L.step(Lv == (R("0.7") - 1) ** 2 / 2); L.step(Lv == R("0.045"))
g = yh - y
L.define(note="g = yhat - y"); L.step(g == R("-0.3")); L.step(True, note="dL/db2 = g"); L.step(g == R("-0.3"))
L.step(True, note="dL/dw2 = g h"); L.step([g * q for q in h] == vec("-0.06", 0, "-0.15"))
dh = [g * q for q in w2]
L.step(True, note="dL/dh = g w2"); L.step(dh == vec("-0.3", "0.15", "-0.24"))
mask = [1 if q > 0 else 0 for q in z]
delta = [dh[i] * mask[i] for i in range(3)]
L.define(note="delta = dL/dz"); L.step(delta == dh, note="no mask"); L.step(dh == vec("-0.3", "0.15", "-0.24"))
dW = [[delta[i] * x[k] for k in range(2)] for i in range(3)]
L.step(True, note="dL/dW1 = delta x^T")
stud = [vec("-0.3", "-0.6"), vec("0.15", "0.30"), vec("-0.24", "-0.42")]
L.step(dW == stud, note="row 2 unmasked, -0.42")
gx = [sum(W[i][k] * delta[i] for i in range(3)) for k in range(2)]
L.step(True, note="grad_x = W1^T delta")
sgx = [R("0.5") * R("-0.3") - R("0.4") * R("0.15") + R("0.3") * R("-0.24"), R("-0.2") * R("-0.3") + R("0.1") * R("0.15") + R("0.2") * R("-0.24")]
wrongd = vec("-0.3", "0.15", "-0.24")
L.step(gx == sgx, carried=[sum(W[i][k] * wrongd[i] for i in range(3)) for k in range(2)] == sgx)
L.step(sgx == vec("-0.282", "0.027"))
# answer
L.step(True, note="ReLU' = 1[z > 0]"); L.step(mask == [1, 0, 1]); L.step(z[1] == R("-0.2")); L.step(R("-0.2") < 0)
L.step(True, note="delta = dL/dh . m"); L.step(True); L.step(delta == vec("-0.3", 0, "-0.24"))
L.step(True); L.step(True, note="column times row")
L.step(dW == [vec("-0.3", "-0.6"), vec(0, 0), vec("-0.24", "-0.48")]); L.step(True); L.step(delta == vec("-0.3", 0, "-0.24"))
L.step(R("-0.24") * 2 == R("-0.48"))
L.step(True, note="W1^T delta")
L.step(gx == [R("0.5") * R("-0.3") + R("0.3") * R("-0.24"), R("-0.2") * R("-0.3") + R("0.2") * R("-0.24")])
L.step(gx == [R("-0.15") - R("0.072"), R("0.06") - R("0.048")]); L.step(gx == vec("-0.222", "0.012"))
L.step(h[1] == 0)
# Q2: SGD step
L.define(note="eta")
eta = R("0.1")
b2n = b2 - eta * g
L.step(b2n == R("0.1") - R("0.1") * R("-0.3")); L.step(b2n == R("0.13"))
w2n = [w2[i] - eta * g * h[i] for i in range(3)]
L.step(w2n == [R("1.0") + R("0.006"), R("-0.5") - 0, R("0.8") + R("0.015")]); L.step(w2n == vec("1.006", "-0.5", "0.815"))
W1n = [[W[i][k] - eta * dW[i][k] for k in range(2)] for i in range(3)]
b1n = [b1[i] - eta * delta[i] for i in range(3)]
L.step(W1n == [[R("0.5") + R("0.03"), R("-0.2") + R("0.06")], W[1], [R("0.3") + R("0.024"), R("0.2") + R("0.048")]])
L.step(W1n == [vec("0.53", "-0.14"), vec("-0.4", "0.1"), vec("0.324", "0.248")])
L.step(b1n == vec("0.13", 0, "-0.176"))
zn = [W1n[i][0] * x[0] + W1n[i][1] * x[1] + b1n[i] for i in range(3)]
L.step(zn[0] == R("0.53") - R("0.28") + R("0.13")); L.step(zn[0] == R("0.38"))
L.step(zn[1] == R("-0.4") + R("0.2") + 0); L.step(zn[1] == R("-0.2"))
L.step(zn[2] == R("0.324") + R("0.496") - R("0.176")); L.step(zn[2] == R("0.634"), note="0.644")
hn = [max(q, 0) for q in zn]
yn = sum(w2n[i] * hn[i] for i in range(3)) + b2n
L.step(yn == R("1.006") * R("0.38") + R("0.815") * R("0.634") + R("0.13"), carried=True)
L.step(R("1.006") * R("0.38") == R("0.38228") and R("0.815") * R("0.634") == R("0.51671"))
L.step(R("0.38228") + R("0.51671") + R("0.13") == R("1.02899"))
Ln = (yn - 1) ** 2 / 2
L.step(Ln == R("0.02899") ** 2 / 2, carried=True); L.step(rounds("0.00042", R("0.02899") ** 2 / 2))
L.step(zn[1] == R("-0.2"))
# Q3: forward mode
x1, x2 = sp.symbols("x1 x2", positive=True)
f = x1 * x2 + sp.exp(x1) / x2
pt = {x1: 1, x2: 2}
fx1, fx2 = sp.diff(f, x1).subs(pt), sp.diff(f, x2).subs(pt)
L.define(2, "f, point")
L.step(same(sp.diff(f, x2), x1 - sp.exp(x1) / x2 ** 2)); L.step(fx2 == 1 - sp.E / 4); L.step(rounds("0.3204", fx2))
L.define(2, "seed")
L.define(note="v1 = x1"); L.step(True, note="v1 = 1"); L.define(note="seed")
L.define(note="v2 = x2"); L.step(True, note="v2 = 2"); L.define(note="seed")
L.define(note="v3"); L.step(True, note="v3 = 2"); L.step(True, note="product rule"); L.step(0 * 2 + 1 * 1 == 0 + 1); L.step(0 + 1 == 1)
L.define(note="v4"); L.step(rounds("2.7183", sp.E)); L.step(True, note="chain rule"); L.step(True, note="= 0")
v4, v5 = sp.E, sp.E / 2
L.define(note="v5"); L.step(rounds("1.3591", v5))
L.step(False, note="quotient rule with +")
L.step(True, note="(0*2 + 2.7183*1)/4 between members"); L.step(rounds("0.6796", R("2.7183") / 4, v4 / 4))
L.define(note="v6"); L.step(rounds("3.3591", 2 + v5)); L.step(True, note="sum rule")
L.step(substituted(fx2, lambda a: 1 + a, "~0.6796"), carried=substituted(1 + v4 / 4, lambda a: 1 + a, "~0.6796"))
L.step(1 + R("0.6796") == R("1.6796"))
L.step(rounds("1.6796", fx2), carried=True)
# answer
a_, b_, t_ = sp.symbols("a b t", positive=True)
fa, fb = sp.Function("A")(t_), sp.Function("B")(t_)
L.step(sp.simplify(sp.diff(fa / fb, t_) - (sp.diff(fa, t_) * fb - fa * sp.diff(fb, t_)) / fb ** 2) == 0)
L.step(True, note="quotient rule"); L.step(substituted(-v4 / 4, lambda a: (0 * 2 - a * 1) / 4, "~2.7183"))
L.step(rounds("-0.6796", -R("2.7183") / 4, -v4 / 4)); L.step(substituted(fx2, lambda a: 1 + a, "~-0.6796")); L.step(1 + R("-0.6796") == R("0.3204"))
L.step(True, note="v5 = e/x2 at x1 = 1")
L.define(2, "seed")
L.step(True, note="1*2 + 1*0"); L.step(1 * 2 + 1 * 0 == 2); L.step(rounds("2.7183", sp.E))
L.step(substituted(sp.E / 2, lambda a: (a * 2 - a * 0) / 4, "~2.7183")); L.step(rounds("1.3591", R("2.7183") * 2 / 4, sp.E / 2))
L.step(substituted(fx1, lambda a: 2 + a, "~1.3591")); L.step(rounds("3.3591", 2 + R("1.3591"), fx1))
L.step(same(sp.diff(f, x1), x2 + sp.exp(x1) / x2)); L.step(substituted(fx1, lambda a: 2 + a, "~1.3591")); L.step(rounds("3.3591", fx1))
L.define(note="u")
L.step(True, note="D_u f = grad . u"); L.step(substituted(fx1 + fx2, lambda a, b: a + b, "~3.3591", "~0.3204"))
L.step(rounds("3.6795", R("3.3591") + R("0.3204"), fx1 + fx2))
# Q4 dual numbers
eps = sp.symbols("epsilon")
c_, d_ = sp.symbols("c d", positive=True)
red = lambda e: sp.expand(e).subs(eps ** 2, 0)
L.define(note="eps^2 = 0")
L.step(sp.expand((a_ + b_ * eps) + (c_ + d_ * eps) - ((a_ + c_) + (b_ + d_) * eps)) == 0)
L.step(red((a_ + b_ * eps) * (c_ + d_ * eps)) == sp.expand(a_ * c_ + (a_ * d_ + b_ * c_) * eps))
L.step(True, note="Taylor with eps^2 = 0")
ser = lambda fun: sp.series(fun(a_ + b_ * eps), eps, 0, 2).removeO()
L.step(sp.simplify(ser(sp.exp) - (sp.exp(a_) + sp.exp(a_) * b_ * eps)) == 0)
L.step(sp.simplify(ser(sp.sin) - (sp.sin(a_) + b_ * sp.cos(a_) * eps)) == 0)
L.step(red((c_ + d_ * eps) * (c_ - d_ * eps)) == c_ ** 2, note="multiply by the conjugate; (c + d eps)(c - d eps) = c^2")
L.step(red((a_ + b_ * eps) * (c_ - d_ * eps)) / c_ ** 2 - (a_ / c_ + (b_ * c_ - a_ * d_) / c_ ** 2 * eps) == 0
       or sp.simplify(red((a_ + b_ * eps) * (c_ - d_ * eps)) / c_ ** 2 - (a_ / c_ + (b_ * c_ - a_ * d_) / c_ ** 2 * eps)) == 0)
L.step(rounds("3.3591", f.subs(pt)) and rounds("0.3204", fx2))
# Q5 momentum
w1s, w2s = sp.symbols("w1 w2", real=True)
fq = (4 * w1s ** 2 + w2s ** 2) / 2
grad = lambda p: [4 * p[0], p[1]]
fv = lambda p: (4 * p[0] ** 2 + p[1] ** 2) / 2
L.define(note="f")
L.step([sp.diff(fq, w1s), sp.diff(fq, w2s)] == [4 * w1s, w2s]); L.step(sp.hessian(fq, (w1s, w2s)) == sp.diag(4, 1))
L.define(note="w0"); L.step(fv([sp.Integer(1), sp.Integer(1)]) == R("2.5"))
L.define(3, "eta, beta, v0"); L.define(2, "update rules")
et, be = R("0.2"), R("0.5")
w = [sp.Integer(1), sp.Integer(1)]; v = [0, 0]
ws, vs = [w], [v]
for _ in range(3):
    gr = grad(w)
    v = [be * v[i] + gr[i] for i in range(2)]
    w = [w[i] - et * v[i] for i in range(2)]
    ws.append(w); vs.append(v)
L.step(vs[1] == [4, 1]); L.step(ws[1] == [1 - R("0.8"), 1 - R("0.2")]); L.step(ws[1] == vec("0.2", "0.8"))
L.step(vs[2] == [2 + R("0.8"), R("0.5") + R("0.8")]); L.step(vs[2] == vec("2.8", "1.3"))
L.step(ws[2] == [R("0.2") - R("0.56"), R("0.8") - R("0.26")]); L.step(ws[2] == vec("-0.36", "0.54"))
L.step(vs[3] == [R("1.4") - R("1.44"), R("0.65") + R("0.54")]); L.step(vs[3] == vec("-0.04", "1.19"))
L.step(ws[3] == [R("-0.36") + R("0.008"), R("0.54") - R("0.238")])
L.step(ws[3] == vec("-0.352", "0.312"), note="0.302")
L.step(fv(ws[1]) == (R("0.16") + R("0.64")) / 2); L.step(fv(ws[1]) == R("0.4"))
L.step(fv(ws[2]) == (R("0.5184") + R("0.2916")) / 2); L.step(fv(ws[2]) == R("0.405"))
wrote = vec("-0.352", "0.312")
L.step(substituted(fv(ws[3]), lambda a, b: (a + b) / 2, "~0.4956", "~0.0973"),
       carried=rounds("0.4956", 4 * wrote[0] ** 2) and rounds("0.0973", wrote[1] ** 2))
L.step(rounds("0.2965", (R("0.4956") + R("0.0973")) / 2))
L.step(fv(ws[2]) == R("0.405")); L.step(R("0.405") > R("0.4")); L.step(R("0.4") == fv(ws[1]))
L.step(1 - 4 * et == R("0.2")); L.step(1 - et == R("0.8"))
gd = [R("0.2") ** 3, R("0.8") ** 3]
L.step(gd == vec("0.008", "0.512")); L.step(rounds("0.1312", fv(gd)))
# Q6 step sizes
L.define(note="|1 - eta lambda| < 1")
L.define(3, "0 < eta < 2/lmax; eta < 2/4"); L.step(Q(2, 4) == R("0.5"))
lmax, lmin = 4, 1
kap = Q(lmax, lmin)
L.step(True, note="eta* = 2/(lmax + lmin)"); L.step(Q(2, lmax + lmin) == Q(2, 5)); L.step(Q(2, 5) == R("0.4"))
L.step(abs(1 - Q(2, 5) * lmax) == (kap - 1) / (kap + 1)); L.step((kap - 1) / (kap + 1) == Q(3, 5)); L.step(Q(3, 5) == R("0.6"))
L.define(note="kappa"); L.step(kap == 4)
sk = sp.sqrt(kap)
L.step((sk - 1) / (sk + 1) == Q(1, 3))
L.step(True, note="beta = rate^2"); L.step(((sk - 1) / (sk + 1)) ** 2 == Q(1, 9))
L.step(rounds("0.0060", R("0.6") ** 10)); L.step(rounds("0.0000169", Q(1, 3) ** 10))
# Q7 Newton
wv = sp.symbols("w", positive=True)
gf = wv ** 4 / 4 - 2 * wv
L.define(2, "g, w0"); L.step(sp.diff(gf, wv) == wv ** 3 - 2); L.define(note="= 0")
root = 2 ** Q(1, 3)
L.step(True, note="w* = 2^(1/3)"); L.step(rounds("1.2599", root)); L.define(note="Newton rule")
L.step(sp.diff(gf, wv) == wv ** 3 - 2); L.step(sp.diff(gf, wv, 2) == 3 * wv, note="3w^2")
gp = lambda a: a ** 3 - 2
gpp = lambda a: 3 * a ** 2
n1 = 1 - gp(sp.Integer(1)) / gpp(sp.Integer(1))
L.step(n1 == 1 - Q(1 - 2, 3)); L.step(rounds("1.3333", n1))
L.step(substituted(gp(n1), lambda a: a ** 3 - 2, "~1.3333")); L.step(rounds("2.3702", R("1.3333") ** 3, n1 ** 3)); L.step(R("2.3702") - 2 == R("0.3702"))
L.step(rounds("3.9999", gpp(n1)), carried=rounds("3.9999", 3 * R("1.3333")))
n2 = n1 - gp(n1) / gpp(n1)
L.step(substituted(n2, lambda a, b, c: a - b / c, "~1.3333", "~0.3702", "~3.9999"), carried=True)
L.step(rounds("0.0926", R("0.3702") / R("3.9999"))); L.step(R("1.3333") - R("0.0926") == R("1.2407"))
L.step(rounds("1.9099", R("1.2407") ** 3)); L.step(R("1.9099") - 2 == R("-0.0901"))
L.step(rounds("3.7221", gpp(R("1.2407"))), carried=R("3.7221") == 3 * R("1.2407"))
L.step(False, carried=True, note="w3 from the wrong w2 and g''")
L.step(rounds("0.0242", R("0.0901") / R("3.7221"))); L.step(R("1.2407") + R("0.0242") == R("1.2649"))
L.step(sp.diff(wv ** 3 - 2, wv) == 3 * wv ** 2)
L.step((3 * wv ** 2 - 3 * wv).subs(wv, 1) == 0); L.define(note="w = 1")
L.step(substituted(gpp(n1), lambda a: 3 * a ** 2, "~1.3333") and rounds("1.7777", R("1.3333") ** 2)); L.step(R(3) * R("1.7777") == R("5.3331"))  # 1.7777 from 1.3333
L.step(substituted(n2, lambda a, b, c: a - b / c, "~1.3333", "~0.3702", "~5.3331"))
L.step(rounds("0.0694", R("0.3702") / R("5.3331"), gp(n1) / gpp(n1))); L.step(rounds("1.2639", R("1.3333") - R("0.0694"), n2))
n3 = n2 - gp(n2) / gpp(n2)
L.step(substituted(n3, lambda a, b: a - (b - 2) / (3 * a ** 2), "~1.2639", "~2.0190") and rounds("2.0190", R("1.2639") ** 3))
L.step(rounds("4.7923", 3 * R("1.2639") ** 2) and R("2.0190") - 2 == R("0.0190"))
L.step(rounds("0.0040", R("0.0190") / R("4.7923"))); L.step(rounds("1.2599", R("1.2639") - R("0.0040"), n3))
e1, e2 = n1 - root, n2 - root
L.step(substituted(e1, lambda a, b: a - b, "~1.3333", "~1.2599")); L.step(rounds("0.0734", R("1.3333") - R("1.2599"), e1))
L.step(substituted(e2, lambda a, b: a - b, "~1.2639", "~1.2599")); L.step(rounds("0.0040", R("1.2639") - R("1.2599"), e2))
L.step(rounds("0.74", e2 / e1 ** 2, approx=True))
L.step(same((6 * wv / (2 * 3 * wv ** 2)), 1 / wv)); L.step(rounds("0.7937", 1 / root))
# Q8 quiz
xx = sp.symbols("x", positive=True)
n, k = sp.symbols("n k", positive=True, integer=True)
L.step(sp.limit((sp.exp(xx) - 1 - xx) / xx ** 2, xx, 0) == sp.limit((sp.exp(xx) - 1) / (2 * xx), xx, 0))
L.step(sp.limit((sp.exp(xx) - 1) / (2 * xx), xx, 0) == sp.limit(sp.exp(xx) / 2, xx, 0)); L.step(sp.limit(sp.exp(xx) / 2, xx, 0) == Q(1, 2))
L.step(sp.limit((1 + 2 / n) ** n, n, sp.oo) == sp.exp(Q(1, 2)))
L.step(True, note="x ln x = ln x/(1/x)"); L.step(sp.limit(sp.log(xx) / (1 / xx), xx, 0, "+") == sp.limit((1 / xx) / (-1 / xx ** 2), xx, 0, "+"))
L.step(same((1 / xx) / (-1 / xx ** 2), -xx)); L.step(sp.limit(-xx, xx, 0, "+") == 0)
L.step(sp.summation(Q(2, 3) ** k, (k, 0, sp.oo)) == 1 / (1 - Q(2, 3))); L.step(1 / (1 - Q(2, 3)) == 3)
L.step(sp.summation(k / 2 ** k, (k, 1, sp.oo)) == 1)
L.step(same(1 / (k * (k + 1)), 1 / k - 1 / (k + 1))); L.step(sp.simplify(sp.summation(1 / k - 1 / (k + 1), (k, 1, n)) - (1 - 1 / (n + 1))) == 0)
L.step(sp.limit((3 * xx ** 2 + xx) / (5 * xx ** 2 - 2), xx, sp.oo) == Q(3, 5))
L.step(sp.limit(sp.sin(3 * xx) / sp.sin(5 * xx), xx, 0) == Q(5, 3))
L.step(sp.limit((1 - sp.cos(xx)) / xx ** 2, xx, 0) == sp.limit(sp.sin(xx) / (2 * xx), xx, 0)); L.step(sp.limit(sp.sin(xx) / (2 * xx), xx, 0) == Q(1, 2))
# answer
L.step(same((1 + 2 / n) ** n, ((1 + 2 / n) ** (n / 2)) ** 2)); L.step(sp.limit((1 + 2 / n) ** n, n, sp.oo) == sp.exp(2)); L.step(rounds("7.3891", sp.exp(2)))
qq = sp.symbols("q", positive=True)
L.step(sp.simplify(sp.summation(k * Q(1, 3) ** k, (k, 1, sp.oo)) - Q(1, 3) / (1 - Q(1, 3)) ** 2) == 0
       and sp.simplify(sp.summation(k * Q(2, 5) ** k, (k, 1, sp.oo)) - Q(2, 5) / (1 - Q(2, 5)) ** 2) == 0)
L.define(note="q = 1/2")
L.step(Q(1, 2) / Q(1, 4) == 2 and sp.summation(k / 2 ** k, (k, 1, sp.oo)) == 2)
L.step(Q(1, 2) + Q(2, 4) + Q(3, 8) + Q(4, 16) == R("1.625"))
L.step(Q(3, 5) == sp.limit(sp.sin(3 * xx) / sp.sin(5 * xx), xx, 0))
L.done()
