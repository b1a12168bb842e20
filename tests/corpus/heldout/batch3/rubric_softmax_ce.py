"""Labels for rubric_softmax_ce.tex: a marking scheme for softmax cross-entropy on logits (2, 1, 0):
the model answer (normaliser, p, L, gradient two ways, log-sum-exp) and the common wrong answers."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch3/rubric_softmax_ce.tex")
z = [sp.Integer(2), sp.Integer(1), sp.Integer(0)]
Z = sum(sp.exp(v) for v in z)
p = [sp.exp(v) / Z for v in z]
y = [1, 0, 0]
loss = -sp.log(p[0])
L.define(); L.define(2)
L.step(True, note="sum_j e^{z_j} = e^2 + e^1 + e^0")
L.step(rounds("7.3891", sp.exp(2)) and rounds("2.7183", sp.E))
L.step(rounds("11.1073", Z, R("7.3891") + R("2.7183") + 1))
for num, wr, ex in (("~7.3891", "0.6652", p[0]), ("~2.7183", "0.2447", p[1]), ("1", "0.0900", p[2])):
    L.step(substituted(ex, lambda a, s: a / s, num, "~11.1073"))
    L.step(rounds(wr, ex))
L.step(R("0.6652") + R("0.2447") + R("0.0900") == R("0.9999")); L.step(rounds("1", R("0.9999"), approx=True))
L.step(True, note="L = -log p1 (its definition)"); L.step(substituted(loss, lambda a: -sp.log(a), "~0.6652"))
L.step(rounds("0.4076", loss))
# (b) symbolic, at random points
Zs = sp.symbols("z1:4", real=True)
ps = [sp.exp(v) / sum(sp.exp(u) for u in Zs) for v in Zs]
Ls = -sp.log(ps[0])
L.step(same(Ls, -Zs[0] + sp.log(sum(sp.exp(u) for u in Zs)), positive=False))
L.step(all(same(sp.diff(Ls, Zs[k]), -y[k] + sp.exp(Zs[k]) / sum(sp.exp(u) for u in Zs), positive=False) for k in range(3)))
L.step(all(same(-y[k] + sp.exp(Zs[k]) / sum(sp.exp(u) for u in Zs), ps[k] - y[k], positive=False) for k in range(3)))
L.define()
grad = [pk - yk for pk, yk in zip(p, y)]
L.step(True, note="grad = p - y")
L.step(substituted(grad[0], lambda a: a - 1, "~0.6652") and rounds("0.2447", grad[1]) and rounds("0.0900", grad[2]))
L.step(R("0.6652") - 1 == R("-0.3348"))
d = lambda i, j: 1 if i == j else 0
L.step(all(same(sp.diff(ps[i], Zs[j]), ps[i] * (d(i, j) - ps[j]), positive=False) for i in range(3) for j in range(3)))
L.step(all(same(sp.diff(Ls, Zs[j]), -sp.diff(ps[0], Zs[j]) / ps[0], positive=False) for j in range(3)))
L.step(all(same(-sp.diff(ps[0], Zs[j]) / ps[0], -(d(0, j) - ps[j]), positive=False) for j in range(3)))
L.step(all(same(-(d(0, j) - ps[j]), ps[j] - d(0, j), positive=False) for j in range(3)))
L.step(R("-0.3348") + R("0.2447") + R("0.0900") == R("-0.0001"))
m = sp.Symbol("m", real=True)
lse = sp.log(sum(sp.exp(u) for u in Zs))
L.step(same(lse, m + sp.log(sum(sp.exp(u - m) for u in Zs)), positive=False)); L.define(); L.step(max(z) == 2)
L.step(same(sp.log(Z), 2 + sp.log(1 + sp.exp(-1) + sp.exp(-2))))
L.step(substituted(sp.log(Z), lambda a: 2 + sp.log(a), "~1.5032")); L.step(rounds("2.4076", sp.log(Z)))
L.step(substituted(loss, lambda a: -2 + a, "~2.4076")); L.step(R("-2") + R("2.4076") == R("0.4076"))
# common wrong answers
dL = [sp.simplify(pk - yk) for pk, yk in zip(p, y)]
L.step(same(dL[0], -1 / p[0])); L.step(rounds("-1.5032", -1 / p[0])); L.step(dL[1] == 0)
L.step(False, note="y - p is minus the gradient"); L.step([R("1") - R("0.6652"), -R("0.2447"), -R("0.0900")] == [R("0.3348"), R("-0.2447"), R("-0.0900")])
L.step(same(sp.diff(lse, Zs[0]), 1, positive=False), note="it is p1")
L.step(dL[0] == 0, carried=-1 + 1 == 0)
L.step(R("7.3891") + R("2.7183") + 1 == R("10.1073"))
L.step(substituted(p[0], lambda a, s: a / s, "~7.3891", "~10.1073"), carried=True); L.step(rounds("0.7311", R("7.3891") / R("10.1073")))
L.step(substituted(loss, lambda a: -sp.log(a), "~0.7311"), carried=True); L.step(rounds("0.3132", -sp.log(R("0.7311"))))
L.step(substituted(dL[0], lambda a: a - 1, "~0.7311"), carried=True); L.step(R("0.7311") - 1 == R("-0.2689"))
sm = lambda v: [sp.exp(u) / sum(sp.exp(w) for w in v) for w in [0] for u in v]
L.step(same(sm([2 * u for u in Zs])[0], sm(list(Zs))[0], positive=False))
L.step(rounds("0.6652", sm([2 * u for u in z])[0]), carried=rounds("0.6652", p[0]))
c = sp.Symbol("c", real=True)
L.step(all(same(a, b, positive=False) for a, b in zip(sm([u + c for u in Zs]), sm(list(Zs)))))
L.step(sm([2 * u for u in z])[0] == sp.exp(4) / (sp.exp(4) + sp.exp(2) + 1)); L.step(rounds("0.8668", sp.exp(4) / (sp.exp(4) + sp.exp(2) + 1)))
L.step(same(loss, sp.log(p[0]))); L.step(rounds("-0.4076", loss), carried=rounds("-0.4076", sp.log(p[0])))
L.define()
pT = sp.exp(1) / (sp.exp(1) + sp.exp(sp.Rational(1, 2)) + 1)
L.step(sm([u / 2 for u in z])[0] == pT); L.step(substituted(pT, lambda a, s: a / s, "~2.7183", "~5.3670")); L.step(rounds("0.5056", pT))
L.step(substituted(loss, lambda a: -sp.log(a, 10), "~0.6652")); L.step(rounds("0.1770", -sp.log(R("0.6652"), 10)))
L.step(rounds("7.29", sp.exp(2))); L.step(R("7.29") + R("2.7") + 1 == R("10.99"))
L.step(substituted(p[0], lambda a, s: a / s, "~7.29", "~10.99"), carried=True); L.step(rounds("0.6633", R("7.29") / R("10.99")))
L.step(substituted(loss, lambda a: -sp.log(a), "~0.6633"), carried=True); L.step(rounds("0.4105", -sp.log(R("0.6633"))))
L.step(same(dL[1], p[1] * (1 - p[1]))); L.step(rounds("0.1848", R("0.2447") * (1 - R("0.2447"))))
L.step(p[1] == sp.E / sp.exp(2)); L.step(rounds("0.3679", sp.exp(-1)))
norm = sp.sqrt(sum(g ** 2 for g in dL))
L.step(sp.simplify(norm - 1) == 0); L.step(substituted(norm, lambda a, b, c: sp.sqrt(a ** 2 + b ** 2 + c ** 2), "~0.3348", "~0.2447", "~0.0900"))
L.step(rounds("0.4243", norm))
L.step(same(dL[0], p[0] - 1)); L.step(substituted(dL[0], lambda a: a - 1, "~0.6652")); L.step(R("0.6652") - 1 == R("0.3348"))
L.done()
