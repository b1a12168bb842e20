"""Labels for piazza_softmax_ce.tex: a Piazza thread on the softmax/cross-entropy gradient: the
asker's dropped term, the instructor's two derivations with numbers, a follow-up with a slip in the
normaliser carried, a temperature follow-up (T instead of 1/T, carried), the binary case, label
smoothing, the log-sum-exp Hessian (p^T p for p p^T) and bounds."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch4/piazza_softmax_ce.tex")
Z = sp.symbols("z1:4", real=True)
S = sum(sp.exp(v) for v in Z)
P = [sp.exp(v) / S for v in Z]
loss = -sp.log(P[1])
L.define(2); L.define(2)
L.step(same(loss, -Z[1] + sp.log(S), positive=False))
grads = [sp.diff(loss, v) for v in Z]
L.step(all(same(g, p, positive=False) for g, p in zip(grads, P)), note="misses -1 at j = 2"); L.step(True, note="definition of p_j")
L.define()
yv = [0, 1, 0]
L.step(all(same(g, -int(j == 1) + p, positive=False) for j, (g, p) in enumerate(zip(grads, P)))); L.step(True, note="y_j is the indicator")
L.step(all(same(sp.diff(P[i], Z[j]), P[i] * (int(i == j) - P[j]), positive=False) for i in range(3) for j in range(3)))
L.step(True, note="chain rule through p")
L.step(all(same(sum(sp.diff(loss.subs(P[1], sp.Symbol("q")), sp.Symbol("q")).subs(sp.Symbol("q"), P[1]) * sp.diff(P[1], Z[j]) for _ in [0]),
                -1 / P[1] * P[1] * (int(j == 1) - P[j]), positive=False) for j in range(3)))
L.step(all(same(-1 / P[1] * P[1] * (int(j == 1) - P[j]), P[j] - int(j == 1), positive=False) for j in range(3)))
z = [1, 2, R("0.5")]
e = [sp.exp(v) for v in z]
p = [v / sum(e) for v in e]
L.step(rounds("2.7183", e[0])); L.step(rounds("7.3891", e[1])); L.step(rounds("1.6487", e[2]))
L.step(substituted(sum(e), lambda a, b, c: a + b + c, "~2.7183", "~7.3891", "~1.6487")); L.step(rounds("11.7561", sum(e)))
for k, w in zip(range(3), ("2.7183", "7.3891", "1.6487")):
    out = ("0.2312", "0.6285", "0.1402")[k]
    L.step(substituted(p[k], lambda a, b: a / b, "~" + w, "~11.7561")); L.step(rounds(out, p[k]))
Lnum = -sp.log(p[1])
L.step(substituted(Lnum, lambda a: -sp.log(a), "~0.6285")); L.step(rounds("0.4644", Lnum))
L.step(substituted(Lnum, lambda a: sp.log(a) - 2, "~11.7561")); L.step(rounds("2.4644", sp.log(sum(e)))); L.step(R("2.4644") - 2 == R("0.4644"))
L.step(True, note="grad of CE is p - y"); L.step(True, note="p - y written out"); L.step(R("0.6285") - 1 == R("-0.3715"))
L.step(R("0.2312") - R("0.3715") + R("0.1402") == R("-0.0001")); L.step(rounds("0", R("-0.0001"), approx=True))
# follow-up B
L.step(R("2.7183") + R("7.3891") + R("1.6487") == R("10.7561"))
L.step(substituted(p[1], lambda a, b: a / b, "~7.3891", "~10.7561"), carried=True); L.step(rounds("0.6870", R("7.3891") / R("10.7561")))
L.step(substituted(Lnum, lambda a: -sp.log(a), "~0.6870"), carried=True); L.step(rounds("0.3754", -sp.log(R("0.6870"))))
L.step(substituted(p[1] - 1, lambda a: a - 1, "~0.6870"), carried=True); L.step(R("0.6870") - 1 == R("-0.3130"))
# temperature
T = 2
L.define(2)
eT = [sp.exp(v / T) for v in z]
pT = [v / sum(eT) for v in eT]
L.step(rounds("1.6487", eT[0])); L.step(rounds("2.7183", eT[1])); L.step(rounds("1.2840", eT[2])); L.step(rounds("5.6510", sum(eT)))
L.step(substituted(pT[1], lambda a, b: a / b, "~2.7183", "~5.6510")); L.step(rounds("0.4810", pT[1]))
t = sp.Symbol("T", positive=True)
lossT = -sp.log(sp.exp(Z[1] / t) / sum(sp.exp(v / t) for v in Z))
pTs = sp.exp(Z[1] / t) / sum(sp.exp(v / t) for v in Z)
L.step(same(sp.diff(lossT, Z[1]), t * (pTs - 1), positive=False))
L.step(substituted(sp.diff(lossT, Z[1]).subs({Z[0]: 1, Z[1]: 2, Z[2]: R("0.5"), t: 2}), lambda a: 2 * (a - 1), "~0.4810"), carried=True)
L.step(2 * (R("0.4810") - 1) == R("-1.0380"))
L.step(substituted(sp.diff(lossT, Z[1]).subs({Z[0]: 1, Z[1]: 2, Z[2]: R("0.5"), t: 2}), lambda a: (a - 1) / 2, "~0.4810")); L.step((R("0.4810") - 1) / 2 == R("-0.2595"))
L.step(all(same(sp.diff(P[i], Z[j]), P[i] * (1 - P[j]), positive=False) for i in range(3) for j in range(3)))
jac = lambda i, j: sp.diff(P[i], Z[j]).subs({Z[0]: 1, Z[1]: 2, Z[2]: R("0.5")})
L.step(substituted(jac(0, 0), lambda a, b: a * b, "~0.2312", "~0.7688")); L.step(rounds("0.1778", jac(0, 0)))
L.step(substituted(jac(0, 1), lambda a, b: a * (1 - b), "~0.2312", "~0.6285"), carried=True); L.step(rounds("0.0859", R("0.2312") * (1 - R("0.6285"))))
L.define(); L.step(substituted(jac(0, 1), lambda a, b: -a * b, "~0.2312", "~0.6285")); L.step(rounds("-0.1453", jac(0, 1)))
Wm = sp.Matrix(3, 2, sp.symbols("W0:6", real=True))
xin = sp.Matrix([1, 2])
logits = Wm * xin
lossW = -sp.log(sp.exp(logits[1]) / sum(sp.exp(t) for t in logits))
Wat = {}
for i_ in range(3):
    Wat[Wm[i_, 0]] = [1, 2, R("0.5")][i_]
    Wat[Wm[i_, 1]] = 0                                  # a W giving the logits (1, 2, 0.5) at x = (1, 2)
gW = lambda i_, j_: sp.diff(lossW, Wm[i_, j_]).subs(Wat)
L.define(2); L.step(rounds("-0.7430", gW(1, 0))); L.step(rounds("-0.7430", (R("0.6285") - 1) * 2))
L.step(same(gW(0, 1), p[0] * 2)); L.step(rounds("0.4624", gW(0, 1), R("0.2312") * 2))
L.step(all(same(sp.diff(lossW, Wm[i_, j_]), (sp.exp(logits[i_]) / sum(sp.exp(t) for t in logits) - int(i_ == 1)) * xin[j_], positive=False) for i_ in range(3) for j_ in range(2)))
L.step(rounds("-0.3715", gW(1, 0)))
zz, yy = sp.symbols("z y", real=True)
sg = 1 / (1 + sp.exp(-zz))
L.step(same(sp.diff(-yy * sp.log(sg) - (1 - yy) * sp.log(1 - sg), zz), sg - yy, positive=False))
L.step(same(sp.diff(sp.log(sg), zz), sg, positive=False)); L.step(same(sp.diff(sp.log(1 - sg), zz), -sg, positive=False))
L.define()
L.step(True, note="p - y written out")
L.step([R("0.2312") - R("0.05"), R("0.6285") - R("0.9"), R("0.1402") - R("0.05")] == [R("0.1812"), R("-0.2715"), R("0.0912")])
H = sp.hessian(sp.log(S), Z)
pv = sp.Matrix(P)
L.step(False, note="p^T p is a scalar (1x3 times 3x1 needs p a row): the Hessian is diag(p) - p p^T")
L.step(all(same(H[i, j], (sp.diag(*P) - pv * pv.T)[i, j], positive=False) for i in range(3) for j in range(3)))
L.step(all(same(sp.diff(sp.log(S), Z[j]), P[j], positive=False) for j in range(3)))
L.step(True, note="max z <= LSE"); L.step(True, note="LSE <= max z + log K (K terms each <= e^max)")
L.step(2 <= R("2.4644")); L.step(R("2.4644") <= R("3.0986")); L.step(rounds("3.0986", 2 + sp.log(3)))
L.done()
