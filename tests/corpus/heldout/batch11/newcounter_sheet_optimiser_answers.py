"""Labels for newcounter_sheet_optimiser_answers.tex: a problem sheet laid out with `\\newcounter` /
`\\stepcounter` macros, a student's answers and a tutor's red notes: GD on 3w1^2 + w1w2 + w2^2 (the
stability range from the diagonal entry, 0 < eta < 2/6, instead of 2/lambda_max; exact line search with
g^T H g = 5*29 + 1*3, carried into eta* and the point); Nesterov momentum with 0.2 + 0.28 = 0.58 (carried
into w2, the look-ahead, v3, w3); plain GD's error factor stated as 2 x 0.1 = 0.2 (carried into w3);
AdaGrad with G2 = g2^2 (accumulator reset; carried into the step and w2); Newton on softplus(w) - 0.3w;
Robbins-Monro sums, a geometric budget sum_{t>=1} 0.9^t taken as 10."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch11/newcounter_sheet_optimiser_answers.tex")
w1, w2, w, t = sp.symbols("w1 w2 w t", real=True)
f = 3 * w1 ** 2 + w1 * w2 + w2 ** 2
grad = sp.Matrix([sp.diff(f, w1), sp.diff(f, w2)])
L.define(3, "f, w0, eta")
eta = R("0.1")
L.step(same(grad[0], 6 * w1 + w2, positive=False) and same(grad[1], w1 + 2 * w2, positive=False))
g0 = grad.subs({w1: 1, w2: -1})
L.step(list(g0) == [6 - 1, 1 - 2]); L.step(list(g0) == [5, -1])
W1 = sp.Matrix([1, -1]) - eta * g0
L.step(True, note="w1 = w0 - 0.1 g0"); L.step(list(W1) == [R("0.5"), R("-0.9")])
fv = lambda P: f.subs({w1: P[0], w2: P[1]})
L.step(fv(W1) == R("0.75") - R("0.45") + R("0.81")); L.step(fv(W1) == R("1.11")); L.step(fv([1, -1]) == 3)
g1 = grad.subs({w1: W1[0], w2: W1[1]})
L.step(list(g1) == [3 - R("0.9"), R("0.5") - R("1.8")]); L.step(list(g1) == [R("2.1"), R("-1.3")])
W2 = W1 - eta * g1
L.step(list(W2) == [R("0.5") - R("0.21"), R("-0.9") + R("0.13")]); L.step(list(W2) == [R("0.29"), R("-0.77")])
L.step(rounds("0.6219", fv(W2)))
H = sp.hessian(f, (w1, w2))
L.step(H == sp.Matrix([[6, 1], [1, 2]]))
ev = sorted(H.eigenvals(), key=lambda e: float(e))
L.step(set(ev) == {4 + sp.sqrt(5), 4 - sp.sqrt(5)})
L.step(rounds("6.2361", ev[1], approx=True)); L.step(rounds("1.7639", ev[0], approx=True)); L.step(rounds("3.5354", ev[1] / ev[0], approx=True))
L.step(True, note="0 < eta")
L.step(sp.Rational(2, 6) == 2 / ev[1], note="bound is 2/lambda_max = 0.3207")
L.step(sp.Rational(2, 6) == sp.Rational(1, 3)); L.step(H[0, 0] == 6)
L.define(note="g")
g = sp.Matrix([5, -1])
L.step(True, note="exact line-search step for a quadratic")
Hg = H * g
L.step(list(Hg) == [29, 3]); L.step((g.T * g)[0] == 26)
gHg = (g.T * H * g)[0]
L.step(gHg == 5 * 29 + 1 * 3); L.step(5 * 29 + 1 * 3 == 148)
es = sp.Rational(26, gHg)
L.step(es == sp.Rational(26, 148), carried=True); L.step(rounds("0.1757", sp.Rational(26, 148), approx=True))
P = sp.Matrix([1, -1]) - es * g
L.step(substituted(P[0], lambda e: 1 - 5 * e, "~0.1757") and substituted(P[1], lambda e: -1 + e, "~0.1757"), carried=True)
L.step(rounds("0.1215", 1 - 5 * R("0.1757")) and rounds("-0.8243", -1 + R("0.1757")))
L.step(gHg == 145 - 3); L.step(gHg == 142); L.step(es == sp.Rational(26, 142)); L.step(rounds("0.1831", es, approx=True))
L.step(rounds("0.0845", P[0]) and rounds("-0.8169", P[1]))
L.step(True, note="eta < 2/lambda_max"); L.step(substituted(2 / ev[1], lambda l: 2 / l, "~6.2361")); L.step(rounds("0.3207", 2 / ev[1], approx=True))
# Q2 Nesterov
F = (w - 2) ** 2
dF = lambda u: sp.diff(F, w).subs(w, u)
L.define(note="f"); L.step(same(sp.diff(F, w), 2 * (w - 2), positive=False)); L.define(4, "mu eta w0 v0"); L.define(2, "rules")
mu, eta = R("0.5"), R("0.1")
ws, vs, la = [sp.Integer(0)], [sp.Integer(0)], []
for _ in range(3):
    la.append(ws[-1] + mu * vs[-1]); vs.append(mu * vs[-1] - eta * dF(la[-1])); ws.append(ws[-1] + vs[-1])
assert vs[1:] == [R("0.4"), R("0.48"), R("0.416")] and ws[1:] == [R("0.4"), R("0.88"), R("1.296")]
L.define(note="t = 0"); L.step(dF(0) == -4); L.step(vs[1] == 0 - R("0.1") * (-4)); L.step(vs[1] == R("0.4")); L.step(ws[1] == R("0.4"))
L.define(note="t = 1"); L.step(la[1] == R("0.4") + R("0.5") * R("0.4") == R("0.6")); L.step(dF(R("0.6")) == R("-2.8"))
L.step(vs[2] == R("0.5") * R("0.4") + R("0.28")); L.step(R("0.5") * R("0.4") + R("0.28") == R("0.2") + R("0.28"))
L.step(R("0.2") + R("0.28") == R("0.58"), note="0.48")
L.step(ws[2] == R("0.4") + R("0.58"), carried=True); L.step(R("0.4") + R("0.58") == R("0.98"))
L.define(note="t = 2")
L.step(la[2] == R("0.98") + R("0.5") * R("0.58"), carried=R("0.98") + R("0.5") * R("0.58") == R("1.27"))
L.step(dF(R("1.27")) == R("-1.46"))
L.step(vs[3] == R("0.29") + R("0.146"), carried=R("0.5") * R("0.58") - eta * dF(R("1.27")) == R("0.29") + R("0.146"))
L.step(R("0.29") + R("0.146") == R("0.436"))
L.step(ws[3] == R("0.98") + R("0.436"), carried=True); L.step(R("0.98") + R("0.436") == R("1.416"))
wg = [sp.Integer(0)]
for _ in range(3):
    wg.append(wg[-1] - eta * dF(wg[-1]))
L.define(note="eta = 0.1")
L.step(sp.expand((wg[1] - 2) / (wg[0] - 2)) == R("0.2"), note="factor is 1 - 2 eta = 0.8")
L.step(wg[3] == 2 - 2 * R("0.2") ** 3, carried=True); L.step(2 - 2 * R("0.2") ** 3 == R("1.984"))
L.step(R("0.2") + R("0.28") == R("0.48")); L.step(ws[2] == R("0.88")); L.step(vs[3] == R("0.24") + R("0.176")); L.step(vs[3] == R("0.416"))
L.step(ws[3] == R("1.296")); L.step(1 - 2 * eta == R("0.8") and wg[3] == R("0.976"))
# Q3 AdaGrad
L.define(5, "f w0 eta and the two rules")
fa = w1 ** 2 + 10 * w2 ** 2
ga = lambda P: [sp.diff(fa, w1).subs(w1, P[0]), sp.diff(fa, w2).subs(w2, P[1])]
eta = R("0.5")
Wa = [sp.Integer(1), sp.Integer(1)]
G = [0, 0]
steps = []
for _ in range(2):
    gg = ga(Wa)
    G = [G[i] + gg[i] ** 2 for i in range(2)]
    st = [eta * gg[i] / sp.sqrt(G[i]) for i in range(2)]
    steps.append((gg, list(G), st))
    Wa = [Wa[i] - st[i] for i in range(2)]
(g1a, G1, s1), (g2a, G2, s2) = steps
L.step(g1a == [2, 20]); L.step(G1 == [4, 400]); L.step(s1 == [R("0.5"), R("0.5")]); L.step([1 - s1[0], 1 - s1[1]] == [R("0.5"), R("0.5")])
L.step(g2a == [1, 10]); L.step(G2 == [1, 100], note="G2 = (5, 500)")
L.step(s2 == [R("0.5"), R("0.5")], carried=True); L.step([R("0.5") * 1, R("0.5") * 10 / 10] == [R("0.5"), R("0.5")])
L.step(Wa == [0, 0], carried=True)
L.step(True, note="G nondecreasing")
L.step(G2 == [G1[0] + 1, G1[1] + 100]); L.step(G2 == [5, 500])
L.step(rounds("0.2236", s2[0], approx=True) and rounds("0.2236", s2[1], approx=True))
L.step(rounds("0.2764", Wa[0], approx=True) and rounds("0.2764", Wa[1], approx=True))
# Q4 Newton
sig = lambda u: 1 / (1 + sp.exp(-u))
Fn = sp.log(1 + sp.exp(w)) - R("0.3") * w
d1, d2 = sp.diff(Fn, w), sp.diff(Fn, w, 2)
wstar = sp.log(sp.Rational(3, 7))
L.define(note="f"); L.step(abs(sp.N(d1.subs(w, wstar), 30)) < 1e-25); L.step(rounds("-0.8473", wstar, approx=True))
L.step(same(d1, sig(w) - R("0.3"), [w], positive=False)); L.step(same(d2, sig(w) * (1 - sig(w)), [w], positive=False)); L.step(True, note="s(1-s) > 0")
nw = lambda u: u - d1.subs(w, u) / d2.subs(w, u)
N1 = sp.simplify(nw(0)); N2 = nw(N1)
L.define(note="w0"); L.step(N1 == 0 - (R("0.5") - R("0.3")) / R("0.25")); L.step(N1 == R("-0.8"))
L.step(rounds("0.3100", sig(R("-0.8")))); L.step(substituted(d2.subs(w, R("-0.8")), lambda s_: s_ * (1 - s_), "~0.3100"))
L.step(rounds("0.2139", d2.subs(w, R("-0.8"))))
L.step(substituted(N2, lambda a, b_: R("-0.8") - a / b_, "~0.0100", "~0.2139"))
L.step(rounds("0.0469", R("0.0100") / R("0.2139"), d1.subs(w, N1) / d2.subs(w, N1))); L.step(rounds("-0.8469", N2))
L.step(rounds("0.0473", abs(N1 - wstar))); L.step(rounds("0.0004", abs(N2 - wstar))); L.step(rounds("0.0022", R("0.0473") ** 2, approx=True))
# Q5 sums
k = sp.symbols("k", integer=True, positive=True)
L.define(2, "Robbins-Monro conditions")
L.define(note="eta_t = 1/t")
L.step(sp.summation(1 / k, (k, 1, sp.oo)) == sp.oo); L.step(sp.summation(1 / k ** 2, (k, 1, sp.oo)) == sp.pi ** 2 / 6)
L.step(rounds("1.6449", sp.pi ** 2 / 6, approx=True)); L.step(sp.pi ** 2 / 6 < sp.oo)
L.define(note="eta_t = 1/t^2"); L.step(sp.summation(1 / k ** 2, (k, 1, sp.oo)) == sp.pi ** 2 / 6)
L.define(note="eta_t = 1/sqrt t"); L.step(True, note="(1/sqrt t)^2 = 1/t"); L.step(sp.summation(1 / k, (k, 1, sp.oo)) == sp.oo)
L.define(note="eta_t")
budget = sp.summation(R("0.1") * R("0.9") ** k, (k, 1, sp.oo))
L.step(budget == R("0.1") * 10, note="0.9"); L.step(R("0.1") * 10 == 1)
L.step(rounds("0.6513", 1 - R("0.9") ** 10, approx=True)); L.step(sp.limit(1 - R("0.9") ** t, t, sp.oo) == 1)
L.step(sp.limit((1 - 1 / t) ** t, t, sp.oo) == sp.exp(-1)); L.step(sp.limit(t * sp.log(1 + 1 / t), t, sp.oo) == 1)
L.step(sp.summation(R("0.9") ** k, (k, 1, sp.oo)) == R("0.9") / (1 - R("0.9"))); L.step(R("0.9") / (1 - R("0.9")) == 9)
L.step(R("0.1") * 9 == R("0.9") == budget)
L.done()
