"""Labels for h_multicols_answer_sheet_tanh_mle.tex: a two-column (multicols) quiz answer sheet with
the marker's comments. Q1: 2-2-1 tanh net with W_1 in R^{2x2}, tanh' = 1 - tanh (a wrong definition,
carried into delta_1, dL/dW_1 and dL/dx = W_1^T delta_1). Q2: shared bias with g, l unspecified (concrete
instances): dL/dx = delta_a + delta_c (weights dropped, carried into a numeric check). Q3: limits and
sums, three wrong. Q4: Gaussian MLE with the n - 1 divisor (carried into sigma-hat and the log-likelihood).
The marker's corrections."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch6/h_multicols_answer_sheet_tanh_mle.tex")
M = sp.Matrix


def vr(written, *values):
    return all(any(rounds(w, v[i]) for v in values) for i, w in enumerate(written))


x = M([1, 2]); W1 = M([[R("0.1"), R("-0.2")], [R("0.4"), R("0.3")]]); w2 = M([R("0.5"), -1]); y = R("0.5")
L.define(4); L.define(5)
z = W1 * x; h = z.applyfunc(sp.tanh); yh = (w2.T * h)[0]; Lv = (yh - y)**2 / 2
L.step(z == M([R("0.1") - R("0.4"), R("0.4") + R("0.6")])); L.step(z == M([R("-0.3"), 1]))
L.step(h == M([sp.tanh(R("-0.3")), sp.tanh(1)])); L.step(vr(["-0.2913", "0.7616"], h))
L.step(substituted(yh, lambda p, q: R("0.5") * p - q, "~-0.2913", "~0.7616")); L.step(rounds("-0.9073", yh))
L.step(substituted(Lv, lambda q: (q - R("0.5"))**2 / 2, "~-0.9073")); L.step(rounds("0.9902", Lv))
d2 = yh - y
L.step(True, note="delta2 = yhat - y"); L.step(rounds("-1.4073", d2))
L.step(True, note="dL/dw2 = delta2 h"); L.step(vr(["0.4099", "-1.0718"], d2 * h))
t = sp.Symbol("t", real=True)
tp = z.applyfunc(lambda v: 1 - sp.tanh(v)**2); tpw = z.applyfunc(lambda v: 1 - sp.tanh(v))
L.step(same(sp.diff(sp.tanh(t), t), 1 - sp.tanh(t), [t], positive=False))
L.step(vr(["1.2913", "0.2384"], tp), carried=vr(["1.2913", "0.2384"], tpw))
d1 = (d2 * w2).multiply_elementwise(tp); d1w = (d2 * w2).multiply_elementwise(tpw)
L.step(True, note="delta1 = delta2 w2 o tanh'(W1x)")
L.step(substituted(d1[0], lambda p, q: R("0.5") * p * q, "~-1.4073", "~1.2913") and
       substituted(d1[1], lambda p, q: -p * q, "~-1.4073", "~0.2384"), carried=True)
L.step(vr(["-0.9086", "0.3355"], M([R("0.5") * R("-1.4073") * R("1.2913"), R("1.4073") * R("0.2384")]), d1w))
L.step(True, note="dL/dW1 = delta1 x^T")
wm = [["-0.9086", "-1.8172"], ["0.3355", "0.6710"]]
L.step(all(rounds(wm[i][j], (d1 * x.T)[i, j]) for i in range(2) for j in range(2)),
       carried=all(rounds(wm[i][j], (M([R("-0.9086"), R("0.3355")]) * x.T)[i, j]) for i in range(2) for j in range(2)))
dx = W1.T * d1
L.step(True, note="dL/dx = W1^T delta1")
L.step(substituted(dx[0], lambda p, q: R("0.1") * p + R("0.4") * q, "~-0.9086", "~0.3355"), carried=True)
L.step(vr(["0.0433", "0.2824"], W1.T * M([R("-0.9086"), R("0.3355")])))
# Q2: shared bias, concrete instances of g and l
L.define(5)
X, w1s, w2s, b = sp.symbols("X w1 w2 b", real=True)
A, C = sp.symbols("A C", real=True)
insts = [(sp.tanh, lambda u, v: (u - v)**2), (sp.sin, lambda u, v: u * sp.exp(v)), (lambda s: s**3 + s, lambda u, v: u**2 * v)]


def holds(claim):
    out = []
    for g, ell in insts:
        a, c = w1s * X + b, w2s * X + b
        Lf = ell(g(a), g(c))
        da = sp.diff(ell(g(A), g(C)), A).subs({A: a, C: c}); dc = sp.diff(ell(g(A), g(C)), C).subs({A: a, C: c})
        u = sp.Symbol("u"); d1l = sp.diff(ell(u, g(c)), u).subs(u, g(a))
        out.append(same(*claim(Lf, da, dc, d1l, g, a), positive=False))
    return all(out)


L.step(holds(lambda Lf, da, dc, d1l, g, a: (sp.diff(Lf, b), da + dc)))
L.step(holds(lambda Lf, da, dc, d1l, g, a: (sp.diff(Lf, X), da + dc)))
L.step(holds(lambda Lf, da, dc, d1l, g, a: (sp.diff(Lf, w2s), X * dc)))
L.step(holds(lambda Lf, da, dc, d1l, g, a: (da, d1l * sp.diff(g(t), t).subs(t, a))))
L.define(6)
g, ell = sp.tanh, lambda u, v: (u - v)**2
pt = {X: 1, w1s: 1, w2s: -1, b: 0}
a, c = (w1s * X + b), (w2s * X + b)
Lf = ell(g(a), g(c))
da = sp.diff(ell(g(A), g(C)), A).subs({A: a, C: c}).subs(pt); dc = sp.diff(ell(g(A), g(C)), C).subs({A: a, C: c}).subs(pt)
L.step(substituted(da, lambda p: 2 * (p + p) * (1 - p**2), "~0.7616")); L.step(rounds("1.2794", da)); L.step(rounds("-1.2794", dc))
L.step(sp.simplify(sp.diff(Lf, b).subs(pt)) == 0)
L.step(sp.N(sp.diff(Lf, X).subs(pt)) == 0, carried=True)
# Q3
xv = sp.Symbol("x"); n = sp.Symbol("n", positive=True, integer=True); k = sp.Symbol("k", integer=True, positive=True)
r = sp.Symbol("r", positive=True)
L.step(sp.limit((sp.exp(xv) - 1) / xv, xv, 0) == 1)
L.step(sp.limit((1 - sp.cos(xv)) / xv**2, xv, 0) == 1)
L.step(sp.limit((1 - 1 / n)**n, n, sp.oo) == sp.exp(-1))
L.step(sp.limit(xv * sp.exp(-xv), xv, sp.oo) == 1)
L.step(sp.summation(2**-k, (k, 1, sp.oo)) == 1)
L.step(sp.summation(1 / k**2, (k, 1, sp.oo)) == sp.pi**2 / 6)
L.step(sp.summation(1 / (k * (k + 1)), (k, 1, sp.oo)) == sp.Rational(1, 2))
j = sp.Symbol("j", integer=True, nonnegative=True)
L.step(all(sp.simplify(sp.summation(r**j, (j, 0, N - 1)).subs(r, sp.Rational(3, 7)) - (1 - sp.Rational(3, 7)**N) / (1 - sp.Rational(3, 7))) == 0 for N in range(1, 7)))
L.define(note="r != 1")
L.step(sp.simplify(sp.summation(2 * k - 1, (k, 1, n)) - n**2) == 0)
L.step(sp.simplify(sp.summation(3**j / sp.factorial(j), (j, 0, sp.oo)) - sp.exp(3)) == 0)
# Q4
data = [2, 4, 4, 6]; N = 4; L.define()
mu = sp.Symbol("mu"); s2 = sp.Symbol("s2", positive=True)
ll = sum(-sp.log(2 * sp.pi * s2) / 2 - (d - mu)**2 / (2 * s2) for d in data)
sol = sp.solve([sp.diff(ll, mu), sp.diff(ll, s2)], [mu, s2], dict=True)[0]
xbar = sp.Rational(sum(data), N); ss = sum((d - xbar)**2 for d in data)
L.step(sol[mu] == xbar); L.step(xbar == 4)
L.step(sol[s2] == ss / (N - 1)); L.step(ss / (N - 1) == sp.Rational(8, 3)); L.step(rounds("2.6667", sp.Rational(8, 3)))
L.step(rounds("1.6330", sp.sqrt(sol[s2])), carried=rounds("1.6330", sp.sqrt(sp.Rational(8, 3))))
L.step(True, note="the Gaussian log-likelihood at (mu, s2) in general")
L.step(ll.subs(sol) == -2 * sp.log(R("16.7552")) - R("1.5"), carried=True)
L.step(rounds("-7.1374", -2 * sp.log(R("16.7552")) - R("1.5")))
# marker
L.step(same(sp.diff(sp.tanh(t), t), 1 - sp.tanh(t)**2, [t], positive=False)); L.step(vr(["0.9151", "0.4200"], tp))
L.step(vr(["-0.6439", "0.5910"], d1))
L.step(substituted(dx[0], lambda p, q: R("0.1") * p + R("0.4") * q, "~-0.6439", "~0.5910") and
       substituted(dx[1], lambda p, q: R("-0.2") * p + R("0.3") * q, "~-0.6439", "~0.5910"))
L.step(vr(["0.1720", "0.3061"], dx))
dxs = sp.diff(Lf, X).subs(pt)
L.step(sp.simplify(dxs - (1 * da + (-1) * dc)) == 0); L.step(substituted(dxs, lambda p, q: p + q, "~1.2794", "~1.2794")); L.step(rounds("2.5588", R("1.2794") * 2, dxs))
L.step(sol[s2] == sp.Rational(8, 4) or ss / N == sp.Rational(8, 4)); L.step(ss / N == 2); L.step(rounds("1.4142", sp.sqrt(2)))
mle = {mu: xbar, s2: ss / N}
L.step(sp.simplify(ll.subs(mle) - (-2 * sp.log(4 * sp.pi) - 2)) == 0); L.step(rounds("-7.0620", ll.subs(mle)))
L.done()
