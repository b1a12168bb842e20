"""Labels for forum_attention_softmax.tex: one query, three keys, scores / sqrt(d), softmax,
weighted values; a student's d-for-sqrt(d) slip carried; the softmax Jacobian."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch2/forum_attention_softmax.tex")
q = sp.Matrix([1, 0, 1, 0]); K = [sp.Matrix(k) for k in ([1, 1, 1, 0], [0, 1, 0, 1], [-1, 0, -1, 0])]
V = [sp.Matrix(v) for v in ([1, 0], [0, 1], [2, 2])]
d = 4
s = [q.dot(k) / sp.sqrt(d) for k in K]
Z = sum(sp.exp(t) for t in s); p = [sp.exp(t) / Z for t in s]
o = sum((p[i] * V[i] for i in range(3)), sp.zeros(2, 1))
L.define(2 + 5 + 4)
# the student's scores q.k/d
sw = [q.dot(k) / d for k in K]
L.step(sw[0] == s[0]); L.step(q.dot(K[0]) / d == sp.Rational(2, 4)); L.step(sp.Rational(2, 4) == R("0.5"))
L.step(s[1] == 0); L.step(s[2] == R("-0.5"), carried=sw[2] == R("-0.5"))
L.step(rounds("1.6487", sp.exp(R("0.5")))); L.step(rounds("0.6065", sp.exp(R("-0.5"))))
L.step(rounds("3.2552", R("1.6487") + 1 + R("0.6065")))
Zw = sum(sp.exp(t) for t in sw); pw = [sp.exp(t) / Zw for t in sw]
div = lambda a, b: a / b
for k, (num, res) in enumerate((("~1.6487", "0.5065"), ("1", "0.3071"), ("~0.6065", "0.1863"))):
    L.step(substituted(p[k], div, num, "~3.2552"), carried=substituted(pw[k], div, num, "~3.2552"))
    L.step(rounds(res, pw[k], R(num.lstrip("~")) / R("3.2552")), note="1/3.2552 = 0.30720")
f = lambda a, b, c, e: (a + 2 * b) * (c + 2 * e)          # both components at once: a product would hide a swap
ow = sum((pw[i] * V[i] for i in range(3)), sp.zeros(2, 1))
L.step(substituted(o[0], lambda a, b: a + 2 * b, "~0.5065", "~0.1863") and substituted(o[1], lambda a, b: a + 2 * b, "~0.3071", "~0.1863"),
       carried=substituted(ow[0], lambda a, b: a + 2 * b, "~0.5065", "~0.1863") and substituted(ow[1], lambda a, b: a + 2 * b, "~0.3072", "~0.1863"))
L.step(rounds("0.8791", R("0.5065") + 2 * R("0.1863")) and rounds("0.6797", R("0.3071") + 2 * R("0.1863")))
s1, s2, c = sp.symbols("s1 s2 c", real=True)
L.step(same(sp.exp(s1 / 2) / (sp.exp(s1 / 2) + sp.exp(s2 / 2)), sp.exp(s1) / (sp.exp(s1) + sp.exp(s2)), positive=False))
# TA
L.step(same(sp.exp(s1 + c) / (sp.exp(s1 + c) + sp.exp(s2 + c)), sp.exp(s1) / (sp.exp(s1) + sp.exp(s2)), positive=False))
L.step(sp.sqrt(d) == 2); L.step(q.dot(K[0]) == 2); L.step(q.dot(K[1]) == 0); L.step(q.dot(K[2]) == -2); L.step(s == [1, 0, -1])
L.step(rounds("2.7183", sp.E)); L.step(sp.exp(0) == 1); L.step(rounds("0.3679", sp.exp(-1)))
L.define(); L.step(rounds("4.0862", Z, R("2.7183") + 1 + R("0.3679")))
for k, (num, res) in enumerate((("~2.7183", "0.6652"), ("1", "0.2447"), ("~0.3679", "0.0900"))):
    L.step(substituted(p[k], div, num, "~4.0862"))
    L.step(rounds(res, p[k]))
L.step(R("0.6652") + R("0.2447") + R("0.0900") == R("0.9999")); L.step(rounds("1", R("0.9999"), approx=True))
L.step(True, note="o restated as its definition")
L.step(substituted(o[0], lambda a, b: a + 2 * b, "~0.6652", "~0.0900") and substituted(o[1], lambda a, b: a + 2 * b, "~0.2447", "~0.0900"))
L.step(rounds("0.8452", R("0.6652") + 2 * R("0.0900")) and rounds("0.4247", R("0.2447") + 2 * R("0.0900")))
# Jacobian
S = sp.symbols("t1 t2 t3", real=True)
Zs = sum(sp.exp(t) for t in S); P = [sp.exp(t) / Zs for t in S]
J = lambda i, j: sp.diff(P[i], S[j])
L.step(all(same(J(i, j), P[i] * ((1 if i == j else 0) - P[j]), positive=False) for i in range(3) for j in range(3)))
at = lambda e: e.subs(dict(zip(S, s)))
mul = lambda a, b: a * b
for (i, j), formula, nums, res in (((0, 0), P[0] * (1 - P[0]), ("~0.6652", "~0.3348"), "0.2227"),
                                   ((0, 1), -P[0] * P[1], ("~-0.6652", "~0.2447"), "-0.1628"),
                                   ((0, 2), -P[0] * P[2], ("~-0.6652", "~0.0900"), "-0.0599")):
    L.step(same(J(i, j), formula, positive=False))
    L.step(substituted(at(J(i, j)), mul, *nums))
    L.step(rounds(res, at(J(i, j)), mul(*[R(n.lstrip("~")) for n in nums])))
L.step(same(J(1, 0), P[1] * P[0], positive=False)); L.step(rounds("0.1628", at(P[1] * P[0])))
L.step(same(J(1, 1), P[1] * (1 - P[1]), positive=False)); L.step(substituted(at(J(1, 1)), mul, "~0.2447", "~0.7553"))
L.step(rounds("0.1848", R("0.2447") * R("0.7553")))
L.step(same(J(0, 0) + J(0, 1) + J(0, 2), 0, positive=False)); L.step(R("0.2227") - R("0.1628") - R("0.0599") == 0)
L.step(same(sum(P), 1, positive=False)); L.step(True, note="o_1 = p_1*1 + p_2*0 + p_3*2")
O1 = P[0] + 2 * P[2]
L.step(same(sp.diff(O1, S[0]), J(0, 0) + 2 * J(2, 0), positive=False))
L.step(substituted(at(J(0, 0) + 2 * J(2, 0)), lambda a, b: a + 2 * b, "~0.2227", "~0.0599"), note="sign of dp3/ds1")
L.step(rounds("0.3425", R("0.2227") + 2 * R("0.0599")))
L.step(same(J(2, 0), -P[2] * P[0], positive=False))
L.step(rounds("0.1029", at(sp.diff(O1, S[0])), R("0.2227") - 2 * R("0.0599")))
# reply: the question's (wrong-scale) weights used for the backward pass
L.define(); L.step(True, note="dL/dp_i = v_i . dL/do = v_i1 = (1, 0, 2)")
gp = [V[i][0] for i in range(3)]
sp_true = sum(p[i] * gp[i] for i in range(3)); sp_w = sum(pw[i] * gp[i] for i in range(3))
L.step(substituted(sp_true, lambda a, b: a + 2 * b, "~0.5065", "~0.1863"), carried=substituted(sp_w, lambda a, b: a + 2 * b, "~0.5065", "~0.1863"))
L.step(R("0.5065") + 2 * R("0.1863") == R("0.8791"))
ds_true = [p[j] * (gp[j] - sp_true) for j in range(3)]; ds_w = [pw[j] * (gp[j] - sp_w) for j in range(3)]
for j, (pn, res) in enumerate((("~0.5065", "0.0612"), ("~0.3071", "-0.2700"), ("~0.1863", "0.2088"))):
    h = lambda a, b, j=j: a * (gp[j] - b)
    L.step(substituted(ds_true[j], h, pn, "~0.8791"), carried=substituted(ds_w[j], h, pn if j != 1 else "~0.3072", "~0.8791"))
    L.step(rounds(res, h(R(pn.lstrip("~")), R("0.8791"))))
L.define()                                    # s_i = q.k_i / 2, the TA's scale
dq_true = sum(ds_true[j] * K[j][0] for j in range(3)) / 2; dq_w = sum(ds_w[j] * K[j][0] for j in range(3)) / 2
L.step(substituted(dq_true, lambda a, b: (a - b) / 2, "~0.0612", "~0.2088"), carried=substituted(dq_w, lambda a, b: (a - b) / 2, "~0.0612", "~0.2088"))
L.step(R("0.0612") - R("0.2088") == 2 * R("-0.0738"))
L.step(rounds("0.8452", sp_true, R("0.6652") + 2 * R("0.0900")))
L.step(all(rounds(w_, v_, R(pn) * (gp[j] - R("0.8452")))
           for j, (w_, v_, pn) in enumerate(zip(("0.1030", "-0.2068", "0.1039"), ds_true, ("0.6652", "0.2447", "0.0900")))))
L.done()
