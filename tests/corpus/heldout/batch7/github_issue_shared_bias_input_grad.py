"""Labels for github_issue_shared_bias_input_grad.tex: an exported GitHub issue thread: one bias shared
by two hidden units with undefined g and l (dL/db averaged: wrong), the input gradient as W_1 delta
(does not typecheck) and as row 1 of W_1 (untransposed), then numbers with g = tanh and l = squared
error, where l' = y - yhat is carried into delta_1, delta_2 and dL/db."""
import random
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, substituted  # noqa: E402

L = Labels("batch7/github_issue_shared_bias_input_grad.tex")
X = sp.symbols("x1:4"); W1 = sp.symbols("w11:14"); W2 = sp.symbols("w21:24")
b, v1, v2, y = sp.symbols("b v1 v2 y")
s = sp.Symbol("s"); u = sp.Symbol("u")
GS = [sp.tanh(s), sp.sin(s), s**3 + s]
LS = [(u - y)**2 / 2, sp.log(1 + sp.exp(-y * u))]


def generic(claim):
    """claim(L, a, d, lp, gp, yh) -> (lhs, rhs) sympy expressions; true for every g, l instance."""
    rng = random.Random(3)
    for g in GS:
        for ell in LS:
            a = [sum(w * xx for w, xx in zip(W, X)) + b for W in (W1, W2)]
            h = [g.subs(s, ai) for ai in a]
            yh = v1 * h[0] + v2 * h[1]
            Lx = ell.subs(u, yh)
            lp = sp.diff(ell, u).subs(u, yh)
            gp = [sp.diff(g, s).subs(s, ai) for ai in a]
            A = sp.symbols("A1:3")
            La = ell.subs(u, v1 * g.subs(s, A[0]) + v2 * g.subs(s, A[1]))
            d = [sp.diff(La, Ai).subs({A[0]: a[0], A[1]: a[1]}) for Ai in A]
            lhs, rhs = claim(Lx, a, d, lp, gp, h)
            pt = {sym: sp.Rational(rng.randint(-40, 40), 37) for sym in (*X, *W1, *W2, b, v1, v2, y)}
            for l_, r_ in zip(lhs if isinstance(lhs, list) else [lhs], rhs if isinstance(rhs, list) else [rhs]):
                if abs(sp.N((l_ - r_).subs(pt), 30)) > 1e-20:
                    return False
    return True


L.define(5, "a_j, j = 1,2, h_j, yhat, L")
L.step(generic(lambda Lx, a, d, lp, gp, h: (sp.diff(Lx, b), d[0] + d[1])))
L.define(note="delta_j")
L.step(generic(lambda Lx, a, d, lp, gp, h: (sp.diff(Lx, b), (d[0] + d[1]) / 2)), note="average")
L.step(True, note="chain rule through a_1 and a_2")
L.step(True, note="da_j/db = 1")
L.step(True, note="delta_1 + delta_2")
L.step(generic(lambda Lx, a, d, lp, gp, h: (d, [lp * v1 * gp[0], lp * v2 * gp[1]])))
L.step(generic(lambda Lx, a, d, lp, gp, h: ([sp.diff(Lx, v1), sp.diff(Lx, v2)], [lp * h[0], lp * h[1]])))
L.step(generic(lambda Lx, a, d, lp, gp, h: ([sp.diff(Lx, w) for w in W1], [d[0] * xx for xx in X])))
L.define(note="delta vector")
L.step(False, note="W_1 delta: 2x3 times 2x1 is undefined")
Wm = sp.Matrix([W1, W2])
L.step(generic(lambda Lx, a, d, lp, gp, h: ([sp.diff(Lx, xx) for xx in X], list(Wm.T * sp.Matrix(d)))))
L.step(generic(lambda Lx, a, d, lp, gp, h: (list(Wm.T * sp.Matrix(d)), [d[0] * W1[i] + d[1] * W2[i] for i in range(3)])))
# numbers
L.define(9, "g, l, data")
x = [1, -1, 2]; w1 = [R("0.2"), R("0.1"), R("-0.3")]; w2 = [R("0.5"), R("-0.4"), R("0.1")]
bb, V1, V2, Y = R("0.1"), R("1.5"), -2, 0
a1 = sum(p * q for p, q in zip(w1, x)) + bb; a2 = sum(p * q for p, q in zip(w2, x)) + bb
h1, h2 = sp.tanh(a1), sp.tanh(a2); yh = V1 * h1 + V2 * h2
L.step(a1 == R("-0.4")); L.step(a2 == R("1.2"))
L.step(True, note="h_1 = tanh(-0.4)"); L.step(rounds("-0.3799", h1)); L.step(rounds("0.8337", h2))
L.step(substituted(yh, lambda p, q: R("1.5") * p - 2 * q, "~-0.3799", "~0.8337")); L.step(rounds("-2.2373", yh, R("1.5") * R("-0.3799") - 2 * R("0.8337")))
lp = yh - Y
d1 = lp * V1 * (1 - h1**2); d2 = lp * V2 * (1 - h2**2)
L.step(False, note="l' = y - yhat"); L.step(rounds("2.2373", Y - yh, Y - R("-2.2373")))
wd1 = R("2.2373") * R("1.5") * (1 - R("0.3799")**2); wd2 = R("2.2373") * (-2) * (1 - R("0.8337")**2)
L.step(substituted(d1, lambda p, q: p * R("1.5") * (1 - q**2), "~2.2373", "~-0.3799"), carried=True); L.step(rounds("2.8716", wd1))
L.step(substituted(d2, lambda p, q: p * (-2) * (1 - q**2), "~2.2373", "~0.8337"), carried=True); L.step(rounds("-1.3645", wd2))
L.step(substituted(d1 + d2, lambda p, q: p + q, "~2.8716", "~-1.3645"), carried=True); L.step(R("2.8716") - R("1.3645") == R("1.5071"))
L.define(note="epsilon")
L.step(rounds("-2.2373", lp, R("-2.2373")), note="yhat - y, the written yhat")
cd1 = R("-2.2373") * R("1.5") * (1 - R("0.3799")**2); cd2 = R("-2.2373") * (-2) * (1 - R("0.8337")**2)
L.step(rounds("-2.8716", d1, cd1)); L.step(rounds("1.3645", d2, cd2)); L.step(rounds("-1.5071", d1 + d2, cd1 + cd2, R("-2.8716") + R("1.3645")))
# input gradient: the written (judged-right) deltas are substituted; drift of their rounding is accepted
D1, D2 = R("-2.8716"), R("1.3645")
L.step(sp.simplify(w1[0] * d1 + w2[0] * d2 - (w1[0] * d1 + w1[1] * d2)) == 0, note="row of W_1")
L.step(True, note="0.2 delta_1 + 0.1 delta_2 with the written deltas")
L.step(rounds("-0.4379", R("0.2") * D1 + R("0.1") * D2))
L.step(True, note="column 1"); L.step(True, note="written deltas substituted"); L.step(rounds("0.1079", w1[0] * d1 + w2[0] * d2, w1[0] * D1 + w2[0] * D2))
g = [w1[i] * D1 + w2[i] * D2 for i in range(3)]
L.step(True, note="W_1^T delta"); L.step(rounds("0.1079", g[0]), note="components substituted")
L.step(rounds("-0.8330", g[1]) and rounds("0.9979", g[2]))
L.define(note="eta"); L.define(note="b := rule")
L.step(True, note="0.1 - 0.05(-1.5071), the written dL/db"); L.step(rounds("0.1754", R("0.1") - R("0.05") * R("-1.5071")))
L.define(note="v_1 gets rule")
L.step(substituted(V1 - R("0.05") * lp * h1, lambda p, q: R("1.5") - R("0.05") * p * q, "~-2.2373", "~-0.3799"))
L.step(rounds("1.4575", V1 - R("0.05") * lp * h1))
L.done()
