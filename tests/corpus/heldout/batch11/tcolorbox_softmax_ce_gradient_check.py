"""Labels for tcolorbox_softmax_ce_gradient_check.tex: tutorial sheet with `tcolorbox` worked examples, a
`tabular`/`\\hline` gradient-check table and `\\bm` vectors, `\\operatorname{diag}`: softmax/CE for logits
(2, 1, -1), LSE form, surprisals, grad = p - e_y, softmax Jacobian, a linear layer's dL/dW = (p - e_y)x^T
and grad_x = W^T(p - e_y); central differences; a student's normaliser 10.3753 for 10.4753 (carried into
p, L, the gradient, the weight and input gradients, the Jacobian entries), dL/dW = x(p - e_y)^T (wrong
shape), dp1/dz2 = +p1p2, softmax(2z) = softmax(z), p2 quoted as 0.2495 (carried into the entropy)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, substituted  # noqa: E402

L = Labels("batch11/tcolorbox_softmax_ce_gradient_check.tex")
z = [2, 1, -1]
E = [sp.exp(v) for v in z]
Z = sum(E)
p = [e / Z for e in E]
Lc = -sp.log(p[0])
lse = sp.log(Z)
L.define(6, "z, K, y, p_k, softmax formula, L")
L.step(rounds("7.3891", E[0])); L.step(rounds("2.7183", E[1])); L.step(rounds("0.3679", E[2]))
Zs = R("7.3891") + R("2.7183") + R("0.3679")
L.step(substituted(Z, lambda a, b, c: a + b + c, "~7.3891", "~2.7183", "~0.3679")); L.step(rounds("10.4753", Zs, Z))
L.step(True, note="p = e/Z"); L.step(all(rounds(w, v) for w, v in zip(("0.7054", "0.2595", "0.0351"), p)))
L.step(substituted(Lc, lambda a: -sp.log(a), "~0.7054")); L.step(rounds("0.3490", -sp.log(R("0.7054")), Lc))
L.step(sp.simplify(Lc - (lse - 2)) == 0); L.step(substituted(Lc, lambda a: a - 2, "~2.3490")); L.step(R("2.3490") - 2 == R("0.3490"))
L.step(substituted(lse, lambda a, b, c: sp.log(a + b + c), "~7.3891", "~2.7183", "~0.3679"), note="10.4753 through its components")
L.step(rounds("2.3490", lse))
L.step(all(sp.simplify(-sp.log(p[k]) - (lse - z[k])) == 0 for k in range(3)))
# gradients
zs = sp.symbols("z1:4")
Ls = sp.log(sum(sp.exp(v) for v in zs)) - zs[0]
at = dict(zip(zs, z))
g = [sp.diff(Ls, v).subs(at) for v in zs]
L.step(True, note="L = LSE - z_y")
L.step(all(sp.simplify(g[k] - (p[k] - (1 if k == 0 else 0))) == 0 for k in range(3)), note="dL/dz_k = p_k - [k = y]")
L.step(True, note="grad = p - e_y")
L.step(all(rounds(w, v) for w, v in zip(("-0.2946", "0.2595", "0.0351"), g)))
L.step(sp.simplify(sum(p) - 1) == 0)
J = sp.Matrix(3, 3, lambda i, j: sp.diff(sp.exp(zs[i]) / sum(sp.exp(v) for v in zs), zs[j]).subs(at))
P = sp.Matrix(p)
L.step(sp.simplify(J - (sp.diag(*p) - P * P.T)) == sp.zeros(3, 3))
L.step(substituted(J[0, 0], lambda a: a - a ** 2, "~0.7054") and rounds("0.2078", R("0.7054") - R("0.7054") ** 2))
L.define(3, "z = Wx, x, W")
x = sp.Matrix([1, -2])
W = sp.Matrix([[0, -1], [1, 0], [1, 1]])
L.step(list(W * x) == z)
G = sp.Matrix(g)
dW = G * x.T
L.step(True, note="dL/dW = (p - e_y) x^T")
L.step(all(rounds(w, dW[i, j]) for (i, j), w in {(0, 0): "-0.2946", (0, 1): "0.5892", (1, 0): "0.2595", (1, 1): "-0.5190",
                                                    (2, 0): "0.0351", (2, 1): "-0.0702"}.items()))
gx = W.T * G
L.step(True, note="grad_x = W^T (p - e_y)"); L.step(rounds("0.2946", gx[0]) and rounds("0.3297", gx[1]))
# TA table
L.define(note="eps")
eps = R("0.001")
def Lz(k, sgn):
    zz = list(z); zz[k] = zz[k] + sgn * eps
    return sp.log(sum(sp.exp(v) for v in zz)) - zz[0]
cells = [("0.348718", "0.349307", "-0.2945", "-0.2946"), ("0.349272", "0.348753", "0.2595", "0.2595"), ("0.349047", "0.348977", "0.0350", "0.0351")]
for k, (a, b, q, an) in enumerate(cells):
    assert rounds(a, Lz(k, 1)) and rounds(b, Lz(k, -1))
    L.step(rounds(q, (R(a) - R(b)) / R("0.002"), (Lz(k, 1) - Lz(k, -1)) / (2 * eps)))
    L.step(rounds(an, g[k]))
# student
Zw = R("7.3891") + R("2.7183") + R("0.3679")
L.step(True, note="Z = sum of the written exponentials"); L.step(rounds("10.3753", Zw), note="10.4753")
pw = []
for e, w in ((E[0], "0.7122"), (E[1], "0.2620"), (E[2], "0.0355")):
    num = {E[0]: "7.3891", E[1]: "2.7183", E[2]: "0.3679"}[e]
    L.step(substituted(e / Z, lambda a, b: a / b, "~" + num, "~10.3753"), carried=True)
    L.step(rounds(w, R(num) / R("10.3753")))
L.step(True, note="L = -ln p1"); L.step(substituted(Lc, lambda a: -sp.log(a), "~0.7122"), carried=True); L.step(rounds("0.3394", -sp.log(R("0.7122"))))
L.step(True, note="grad = p - e1")
L.step(rounds("-0.2878", g[0]), carried=R("0.7122") - 1 == R("-0.2878"))
L.step(False, note="dL/dW = (p - e_y) x^T, 3x2")
L.step(rounds("-0.2878", g[0]), carried=all(R(w) == c * R(gw) for c, row in ((1, ("-0.2878", "0.2620", "0.0355")), (-2, ("0.5756", "-0.5240", "-0.0710")))
                                             for w, gw in zip(row, ("-0.2878", "0.2620", "0.0355"))))
L.step(True, note="grad_x = W^T(p - e_y)")
L.step(substituted(gx[0], lambda a, b: a + b, "~0.2620", "~0.0355") and substituted(gx[1], lambda a, b: -a + b, "~-0.2878", "~0.0355"), carried=True)
L.step(R("0.2620") + R("0.0355") == R("0.2975") and R("0.2878") + R("0.0355") == R("0.3233"))
L.step(sp.simplify(J[0, 0] - p[0] * (1 - p[0])) == 0)
L.step(substituted(J[0, 0], lambda a, b: a * b, "~0.7122", "~0.2878"), carried=True); L.step(rounds("0.2050", R("0.7122") * R("0.2878")))
L.step(sp.simplify(J[0, 1] - p[0] * p[1]) == 0, note="-p1 p2")
L.step(substituted(p[0] * p[1], lambda a, b: a * b, "~0.7122", "~0.2620"), carried=True); L.step(rounds("0.1866", R("0.7122") * R("0.2620")))
L.define(note="T = 2")
E2 = [sp.exp(sp.Rational(v, 2)) for v in z]
q = [e / sum(E2) for e in E2]
L.step(all(rounds(w, e) for w, e in zip(("2.7183", "1.6487", "0.6065"), E2)) and rounds("4.9735", sum(E2)))
L.step(all(rounds(w, v, R(e) / R("4.9735")) for w, v, e in zip(("0.5466", "0.3315", "0.1219"), q, ("2.7183", "1.6487", "0.6065"))))
p2z = [sp.exp(2 * v) / sum(sp.exp(2 * u) for u in z) for v in z]
L.step(all(sp.simplify(a - b) == 0 for a, b in zip(p2z, p)))
H = -sum(v * sp.log(v) for v in p)
L.step(rounds("0.2495", p[1]), note="0.2595")
L.step(substituted(H, lambda a, b, c, d, e, f: a * b + c * d + e * f, "~0.7054", "~0.3490", "~0.2495", "~1.3883", "~0.0351", "~3.3490"), carried=True)
L.step(rounds("0.2462", R("0.7054") * R("0.3490")) and rounds("0.3464", R("0.2495") * R("1.3883")) and rounds("0.1175", R("0.0351") * R("3.3490")))
L.step(R("0.2462") + R("0.3464") + R("0.1175") == R("0.7101"))
# TA
L.step(rounds("10.4753", Z, Zs)); L.step(R("7.3891") + R("2.7183") == R("10.1074")); L.step(R("10.1074") + R("0.3679") == R("10.4753"))
c = sp.symbols("c")
L.step(all(sp.simplify(sp.exp(v + c) / sum(sp.exp(u + c) for u in z) - sp.exp(v) / Z) == 0 for v in z))
L.step(sp.simplify(p2z[0] - sp.exp(4) / (sp.exp(4) + sp.exp(2) + sp.exp(-2))) == 0); L.step(rounds("0.8789", p2z[0]))
L.step(sp.simplify(J[0, 1] + p[0] * p[1]) == 0)
L.step(rounds("0.2595", p[1]))
L.step(substituted(H, lambda a, b, c_: a + b + c_, "~0.2462", "~0.3501", "~0.1176") and rounds("0.3501", p[1] * -sp.log(p[1])) and rounds("0.1176", p[2] * -sp.log(p[2])))
L.step(rounds("0.7139", H))
L.step(2 <= lse); L.step(lse <= 2 + sp.log(3)); L.step(2 <= R("2.3490")); L.step(R("2.3490") <= 2 + sp.log(3)); L.step(rounds("3.0986", 2 + sp.log(3)))
L.done()
