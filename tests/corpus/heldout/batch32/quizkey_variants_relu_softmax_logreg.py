"""Labels for quizkey_variants_relu_softmax_logreg.tex: an auto-graded quiz's answer key with three
numbered variants (A, B, C) per question, terse, in `gather*`, `\\[ \\]` and `cases`, `\\mathbf`, `^T`:
sigma' and tanh' at a point; a 2-2-1 ReLU net with linear output and squared loss (forward, delta,
dL/dv, dL/dc, ReLU mask, delta_1, dL/dW, grad_x L = W^T delta_1); softmax cross-entropy; one logistic-
regression gradient step; Beta-Binomial posterior mean and mode; Gaussian MLE."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch32/quizkey_variants_relu_softmax_logreg.tex")
z = sp.symbols("z", real=True)
sig = lambda t: 1 / (1 + sp.exp(-t))
dsig = lambda t: sp.diff(sig(z), z).subs(z, t)
dtanh = lambda t: sp.diff(sp.tanh(z), z).subs(z, t)
# Q1
L.step(same(sp.diff(sig(z), z), sig(z) * (1 - sig(z)), positive=False)); L.step(same(sp.diff(sp.tanh(z), z), 1 - sp.tanh(z) ** 2, positive=False))
L.define(note="A: z0 = 0")
L.step(sig(0) == R("0.5")); L.step(dsig(0) == R("0.5") * R("0.5")); L.step(R("0.5") * R("0.5") == R("0.25"))
L.step(dtanh(0) == 1 - 0 ** 2); L.step(1 - 0 ** 2 == 1)
L.define(note="B: z0 = 1")
L.step(rounds("0.7311", sig(1))); L.step(substituted(dsig(1), lambda s: s * (1 - s), "~0.7311") and rounds("0.2689", 1 - sig(1)))
L.step(rounds("0.1966", R("0.7311") * R("0.2689"), dsig(1)))
L.step(rounds("0.7616", sp.tanh(1))); L.step(substituted(dtanh(1), lambda t: 1 - t ** 2, "~0.7616")); L.step(rounds("0.4200", 1 - R("0.7616") ** 2, dtanh(1)))
L.define(note="C: z0 = -2")
L.step(rounds("0.1192", sig(-2))); L.step(substituted(dsig(-2), lambda s: s * (1 - s), "~0.1192") and rounds("0.8808", 1 - sig(-2)))
L.step(rounds("0.1050", R("0.1192") * R("0.8808"), dsig(-2)))
L.step(same(dtanh(-2), -dtanh(2)), note="tanh' is even")
L.step(rounds("-0.0707", -dtanh(2)))
# Q2
L.define(4, "z, h, yhat, L")
L.define(3, "ReLU cases"); L.define(3, "ReLU' cases")
L.define(2, "delta, delta_1")
L.step(True, note="dL/dW = delta_1 x^T"); L.step(True, note="grad_x L = W^T delta_1")
relu = lambda t: t if t > 0 else 0
drelu = lambda t: 1 if t > 0 else 0


def net(x, W, b, v, c, y):
    zz = W * x + b
    h = zz.applyfunc(relu)
    yh = (v.T * h)[0] + c
    Lv = sp.Rational(1, 2) * (yh - y) ** 2
    d = yh - y
    mask = zz.applyfunc(drelu)
    d1 = sp.matrix_multiply_elementwise(v * d, mask)
    return dict(z=zz, h=h, yh=yh, L=Lv, d=d, dv=d * h, dc=d, mask=mask, d1=d1, dW=d1 * x.T, dx=W.T * d1)


M = lambda *r: sp.Matrix(r)
# check the formulas once against sympy derivatives on variant A's numbers
xs = sp.Matrix(sp.symbols("x1 x2", real=True))
Ws = sp.Matrix(2, 2, sp.symbols("w11 w12 w21 w22", real=True))
# A
L.define(6, "A data")
xA, WA, bA, vA, cA, yA = M(1, 2), sp.Matrix([[1, -1], [R("0.5"), 1]]), M(0, -1), M(2, -1), R("0.5"), 1
A = net(xA, WA, bA, vA, cA, yA)
Lx = sp.Rational(1, 2) * ((vA.T * (WA * xs + bA).applyfunc(lambda t: sp.Max(t, 0)))[0] + cA - yA) ** 2
pt = {xs[0]: 1, xs[1]: 2}
assert sp.Matrix([sp.diff(Lx, xi) for xi in xs]).subs(pt) == A["dx"]
L.step(A["z"] == M(1 - 2 + 0, R("0.5") + 2 - 1)); L.step(A["z"] == M(-1, R("1.5")))
L.step(A["h"] == M(0, R("1.5")))
L.step(A["yh"] == 2 * 0 - R("1.5") + R("0.5")); L.step(A["yh"] == -1)
L.step(A["L"] == sp.Rational(1, 2) * (-1 - 1) ** 2); L.step(A["L"] == 2)
dA_w = yA - A["yh"]
L.step(A["d"] == yA - A["yh"], note="delta = yhat - y"); L.step(dA_w == 2)
L.step(True, note="dL/dv = delta h"); L.step(A["dv"] == dA_w * A["h"], carried=dA_w * A["h"] == M(0, 3))
L.step(True, note="dL/dc = delta"); L.step(A["dc"] == 2, carried=True)
L.step(A["mask"] == M(0, 1))
L.step(vA * A["d"] == M(4, -2), carried=vA * dA_w == M(4, -2))
L.step(sp.matrix_multiply_elementwise(M(4, -2), M(0, 1)) == M(0, -2))
d1w = sp.matrix_multiply_elementwise(vA * dA_w, A["mask"])
L.step(A["dW"] == sp.Matrix([[0, 0], [-2, -4]]), carried=d1w * xA.T == sp.Matrix([[0, 0], [-2, -4]]))
L.step(A["dx"] == M(R("0.5") * -2, 1 * -2), carried=WA.T * d1w == M(R("0.5") * -2, 1 * -2))
L.step(M(R("0.5") * -2, 1 * -2) == M(-1, -2))
# B
L.define(6, "B data")
xB, WB, bB, vB, cB, yB = M(2, -1), sp.Matrix([[R("0.5"), 1], [-1, R("0.5")]]), M(R("0.5"), 1), M(1, 3), -1, 2
B = net(xB, WB, bB, vB, cB, yB)
L.step(B["z"] == M(1 - 1 + R("0.5"), -2 - R("0.5") + 1)); L.step(B["z"] == M(R("0.5"), R("-1.5")))
L.step(B["h"] == M(R("0.5"), 0))
L.step(B["yh"] == R("0.5") + 0 - 1); L.step(B["yh"] == R("-0.5"))
L.step(B["L"] == sp.Rational(1, 2) * R("-2.5") ** 2); L.step(B["L"] == R("3.125"))
L.step(True, note="delta = yhat - y"); L.step(B["d"] == R("-2.5"))
L.step(B["dv"] == M(R("-1.25"), 0)); L.step(B["dc"] == R("-2.5")); L.step(B["mask"] == M(1, 0))
L.step(B["d1"] == M(R("-2.5"), 0)); L.step(B["dW"] == sp.Matrix([[-5, R("2.5")], [0, 0]]))
wrongB = M(R("0.5") * R("-2.5") + 1 * 0, -1 * R("-2.5") + R("0.5") * 0)
L.step(B["dx"] == wrongB, note="W d1, not W^T d1"); L.step(wrongB == M(R("-1.25"), R("2.5")))
L.step((B["dx"].T * B["dx"])[0] == R("1.25") ** 2 + R("2.5") ** 2); L.step(R("1.25") ** 2 + R("2.5") ** 2 == R("7.8125"))
# C
L.define(6, "C data")
xC, WC, bC, vC, cC, yC = M(-1, 3), sp.Matrix([[2, R("0.5")], [1, 1]]), M(1, -1), M(-1, R("0.5")), 0, -1
C = net(xC, WC, bC, vC, cC, yC)
L.step(C["z"] == M(-2 + R("1.5") + 1, -1 + 3 - 1)); L.step(C["z"] == M(R("0.5"), 1)); L.step(C["h"] == M(R("0.5"), 1))
L.step(C["yh"] == R("-0.5") + R("0.5") + 0); L.step(C["yh"] == 0)
L.step(C["L"] == sp.Rational(1, 2) * 1 ** 2); L.step(C["L"] == R("0.5"))
L.step(True, note="delta = yhat - y"); L.step(C["d"] == 1)
L.step(C["dv"] == M(R("0.5"), 1)); L.step(C["mask"] == M(1, 1)); L.step(C["d1"] == M(-1, R("0.5")))
L.step(C["dW"] == sp.Matrix([[1, -3], [R("-0.5"), R("1.5")]]))
L.step(C["dx"] == M(2 * -1 + 1 * R("0.5"), R("0.5") * -1 + 1 * R("0.5"))); L.step(C["dx"] == M(R("-1.5"), 0))
# Q3
L.define(2, "p_k, L")
zs = sp.symbols("z1:4", real=True)
pk = [sp.exp(t) / sum(sp.exp(u) for u in zs) for t in zs]
L.step(all(same(sp.diff(-sp.log(pk[0]), zs[j]), pk[j] - (1 if j == 0 else 0), positive=False) for j in range(3)))


def soft(zz):
    e = [sp.exp(t) for t in zz]
    S = sum(e)
    return e, S, [t / S for t in e]


L.define(2, "A: z, y")
e, S, p = soft([2, 1, 0])
L.step(substituted(S, lambda a, b_: a + b_ + 1, "~7.3891", "~2.7183") and rounds("7.3891", e[0]) and rounds("2.7183", e[1]))
L.step(R("7.3891") + R("2.7183") + 1 == R("11.1074"))
L.step(all(rounds(w, q) for w, q in zip(["0.6652", "0.2447", "0.0900"], p)))
L.step(substituted(-sp.log(p[0]), lambda q: -sp.log(q), "~0.6652")); L.step(rounds("0.4076", -sp.log(p[0]), -sp.log(R("0.6652"))))
L.step(all(rounds(w, q) for w, q in zip(["-0.3348", "0.2447", "0.0900"], [p[0] - 1, p[1], p[2]])))
L.define(2, "B: z, y")
e, S, p = soft([0, 1, 3])
L.step(substituted(S, lambda a, b_: 1 + a + b_, "~2.7183", "~20.0855") and rounds("20.0855", e[2]))
L.step(1 + R("2.7183") + R("20.0855") == R("23.8038"))
L.step(all(rounds(w, q) for w, q in zip(["0.0420", "0.1142", "0.8438"], p)))
L.step(False, note="L = -ln p_2, the true class is 2")
L.step(rounds("0.8438", p[2])); L.step(rounds("0.1698", -sp.log(R("0.8438")), -sp.log(p[2])))
L.step(True, note="p - e_2"); L.step(all(rounds(w, q) for w, q in zip(["0.0420", "-0.8858", "0.8438"], [p[0], p[1] - 1, p[2]])))
L.step(R("0.0420") + R("0.1142") + R("0.8438") == 1)
L.define(2, "C: z, y")
e, S, p = soft([1, 1, 1])
L.step(p == [sp.Rational(1, 3)] * 3); L.step(sp.simplify(-sp.log(p[2]) - sp.log(3)) == 0); L.step(rounds("1.0986", sp.log(3)))
L.step(all(rounds(w, q) for w, q in zip(["0.3333", "0.3333", "-0.6667"], [p[0], p[1], p[2] - 1])))
a_ = sp.symbols("a", real=True)
L.step(all(same(q1, q2, positive=False) for q1, q2 in zip(soft([t + a_ for t in zs])[2], pk)))
# Q4
L.define(2, "phat, L")
w1, w2, bb, x1, x2, yy = sp.symbols("w1 w2 b x1 x2 y", real=True)
ph = sig(w1 * x1 + w2 * x2 + bb)
Llr = -yy * sp.log(ph) - (1 - yy) * sp.log(1 - ph)
L.step(same(sp.diff(Llr, w1), (ph - yy) * x1, positive=False) and same(sp.diff(Llr, w2), (ph - yy) * x2, positive=False))
L.step(same(sp.diff(Llr, bb), ph - yy, positive=False))


def lr(w, b, x, y, eta):
    zz = w[0] * x[0] + w[1] * x[1] + b
    p = sig(zz)
    g = [(p - y) * xi for xi in x]
    return zz, p, g, p - y, [w[i] - eta * g[i] for i in range(2)], b - eta * (p - y)


L.define(5, "A data")
zz, p, g, gb, nw, nb = lr([R("0.5"), R("-0.5")], 0, [2, 1], 1, R("0.1"))
L.step(zz == 1 - R("0.5")); L.step(zz == R("0.5"))
L.step(True, note="phat = sigma(0.5)"); L.step(rounds("0.6225", p))
L.step(rounds("-0.3775", p - 1))
L.step(rounds("-0.7551", g[0]) and rounds("-0.3775", g[1])); L.step(rounds("-0.3775", gb))
L.step(substituted(nw[0], lambda q: R("0.5") - R("0.1") * q, "~-0.7551") and substituted(nw[1], lambda q: R("-0.5") - R("0.1") * q, "~-0.3775"))
L.step(rounds("0.5755", nw[0]) and rounds("-0.4622", nw[1]))
L.step(substituted(nb, lambda q: 0 + q, "~0.0378")); L.step(0 + R("0.0378") == R("0.0378"))
L.define(5, "B data")
zz, p, g, gb, nw, nb = lr([1, 2], -1, [1, -1], 0, R("0.5"))
L.step(zz == 1 - 2 - 1); L.step(zz == -2)
L.step(True, note="phat = sigma(-2)"); L.step(rounds("0.1192", p))
L.step(rounds("0.1192", g[0]) and rounds("-0.1192", g[1])); L.step(rounds("0.1192", gb))
L.step(substituted(nw[0], lambda q: 1 + R("0.5") * q, "~0.1192"), note="sign: w - eta grad")
L.step(1 + R("0.5") * R("0.1192") == R("1.0596") and 2 + R("0.5") * R("-0.1192") == R("1.9404"))
L.step(substituted(nb, lambda q: -1 + R("0.5") * q, "~0.1192"), note="sign")
L.step(-1 + R("0.5") * R("0.1192") == R("-0.9404"))
znew = nw[0] * 1 + nw[1] * (-1) + nb
L.step(substituted(znew, lambda p1, p2, p3: p1 - p2 + p3, "~1.0596", "~1.9404", "~-0.9404"), carried=True)
L.step(R("1.0596") - R("1.9404") - R("0.9404") == R("-1.8212"))
L.define(5, "C data")
zz, p, g, gb, nw, nb = lr([0, 0], 0, [3, -2], 1, 1)
L.step(p == sig(0)); L.step(p == R("0.5"))
L.step(g == [R("-0.5") * 3, R("-0.5") * -2]); L.step(g == [R("-1.5"), 1]); L.step(gb == R("-0.5"))
L.step(nw == [R("1.5"), -1]); L.step(nb == R("0.5"))
znew = nw[0] * 3 + nw[1] * (-2) + nb
L.step(znew == R("4.5") + 2 + R("0.5")); L.step(znew == 7)
L.step(rounds("0.9991", sig(7)))
# Q5
L.define(2, "alpha, beta"); L.define(12, "variant data")
th = sp.symbols("theta", positive=True)


def post(a, b, k, n):
    dens = th ** (a - 1 + k) * (1 - th) ** (b - 1 + n - k)
    Z = sp.integrate(dens, (th, 0, 1))
    mean = sp.integrate(th * dens, (th, 0, 1)) / Z
    mode = [s for s in sp.solve(sp.diff(sp.log(dens), th), th) if 0 < s < 1]
    return (a + k, b + n - k), mean, mode


pa, pb, pc = post(1, 1, 3, 4), post(2, 2, 6, 10), post(3, 1, 0, 5)
L.step(pa[0] == (4, 2) and pb[0] == (8, 6) and pc[0] == (3, 6))
L.step(pa[1] == sp.Rational(4, 6) and rounds("0.6667", pa[1]))
L.step(pa[2] == [sp.Rational(3, 4)] and sp.Rational(3, 4) == R("0.75")); L.step(R("0.75") == sp.Rational(3, 4))
L.step(pb[1] == sp.Rational(8, 14) and rounds("0.5741", pb[1]), note="0.5714")
L.step(pb[2] == [sp.Rational(7, 12)] and rounds("0.5833", sp.Rational(7, 12)))
L.step(pc[1] == sp.Rational(3, 9) and rounds("0.3333", pc[1]))
# C: beta - 1 = 5 > 0, alpha - 1 = 2 > 0: interior mode
L.step(pc[2] == [sp.Rational(2, 7)] and rounds("0.2857", sp.Rational(2, 7)))
# Q6
mu, v = sp.symbols("mu v", positive=True)
xs4 = sp.symbols("y1:5", real=True)
ll = sum(-sp.log(2 * sp.pi * v) / 2 - (t - mu) ** 2 / (2 * v) for t in xs4)
muh = sp.solve(sp.diff(ll, mu), mu)[0]
vh = sp.solve(sp.diff(ll.subs(mu, muh), v), v)[0]
L.step(same(muh, sum(xs4) / 4)); L.step(same(vh, sum((t - muh) ** 2 for t in xs4) / 4))


def mle(xd):
    n = len(xd)
    m = sp.Rational(sum(xd)) / n if all(isinstance(t, int) for t in xd) else sum(xd) / n
    return m, sum((t - m) ** 2 for t in xd) / n


L.define(note="A data")
m, vv = mle([1, 3, 5])
L.step(m == 3); L.step(vv == sp.Rational(4 + 0 + 4, 3)); L.step(rounds("2.6667", vv))
L.define(note="B data")
m, vv = mle([2, 2, 4, 8])
L.step(m == 4); L.step(vv == sp.Rational(4 + 4 + 0 + 16, 3), note="divided by n - 1"); L.step(sp.Rational(4 + 4 + 0 + 16, 3) == 8)
L.define(note="C data")
m, vv = mle([R("0.5"), R("1.5")])
L.step(m == 1); L.step(vv == (R("0.25") + R("0.25")) / 2); L.step(vv == R("0.25"))
L.done()
