"""Labels for hw_softmax_ce.tex: softmax of (2, 1, 0.1), class 2; the student's sum slip is carried."""
import sympy as sp
from truth import Labels, R, rounds, same, substituted

L = Labels("hw_softmax_ce.tex")
zs = [R("2.0"), R("1.0"), R("0.1")]
ez = [sp.exp(v) for v in zs]; tot = sum(ez); p = [e / tot for e in ez]
loss = -sp.log(p[1])
Z = sp.symbols("z1:4")
P = [sp.exp(v) / sum(sp.exp(u) for u in Z) for v in Z]
LZ = -sp.log(P[1])
grad = [sp.diff(LZ, v) for v in Z]
L.define(4)
for s_, e in zip(("7.3891", "2.7183", "1.1052"), ez):
    L.step(rounds(s_, e))
L.step(substituted(tot, lambda a, b, c: a + b + c, "~7.3891", "~2.7183", "~1.1052"))
L.step(rounds("11.1126", R("7.3891") + R("2.7183") + R("1.1052"), tot))
for num, res, pj in (("~7.3891", "0.6649", p[0]), ("~2.7183", "0.2446", p[1]), ("~1.1052", "0.0995", p[2])):
    L.step(substituted(pj, lambda a, b: a / b, num, "~11.1126"),
           carried=substituted(R(num[1:]) / R("11.1126"), lambda a, b: a / b, num, "11.1126"))
    L.step(rounds(res, R(num[1:]) / R("11.1126")))
L.step(rounds("1.0090", R("0.6649") + R("0.2446") + R("0.0995")))
L.step(True, note="L = -log p_2 by definition"); L.step(substituted(loss, lambda a: -sp.log(a), "~0.2446"), carried=True)
L.step(rounds("1.4081", -sp.log(R("0.2446"))))
L.step(all(same(g, P[j] - 1, positive=False) for j, g in enumerate(grad)))
at = dict(zip(Z, zs)); g = [v.subs(at) for v in grad]
L.step(substituted(g[0], lambda a: a - 1, "~0.6649")); L.step(rounds("-0.3351", R("0.6649") - 1))
L.step(substituted(g[1], lambda a: a - 1, "~0.2446"), carried=substituted(R("0.2446") - 1, lambda a: a - 1, "0.2446"))
L.step(rounds("-0.7554", R("0.2446") - 1))
L.step(rounds("-0.9005", g[2]))
c = sp.Symbol("c")
L.step(all(same(sp.exp(Z[j] + c) / sum(sp.exp(u + c) for u in Z), P[j], positive=False) for j in range(3)))
L.step(all(same(sp.exp(2 * Z[j]) / sum(sp.exp(2 * u) for u in Z), P[j], positive=False) for j in range(3)))
# TA
L.step(rounds("11.2126", R("7.3891") + R("2.7183") + R("1.1052"), tot))
L.step(all(substituted(pj, lambda a, b: a / b, num, "~11.2126") for pj, num in zip(p, ("~7.3891", "~2.7183", "~1.1052"))))
L.step(all(rounds(s_, R(n_) / R("11.2126"), pj) for s_, n_, pj in zip(("0.6590", "0.2424", "0.0986"), ("7.3891", "2.7183", "1.1052"), p)))
L.step(substituted(loss, lambda a: -sp.log(a), "~0.2424")); L.step(rounds("1.4170", -sp.log(R("0.2424")), loss))
onehot = [0, 1, 0]
L.step(all(same(gj, P[j] - onehot[j], positive=False) for j, gj in enumerate(grad)))
L.step(all(rounds(s_, gj) for s_, gj in zip(("0.6590", "-0.7576", "0.0986"), g)))
L.step(same(LZ, sp.log(sum(sp.exp(u) for u in Z)) - Z[1], positive=False))
L.step(same(sp.log(tot) - 1, 2 + sp.log(1 + sp.exp(-1) + sp.exp(R("-1.9"))) - 1)); L.step(rounds("1.4170", loss))
H = sp.hessian(LZ, Z)
L.step(all(same(H[i, j], (P[i] if i == j else 0) - P[i] * P[j], positive=False) for i in range(3) for j in range(3)))
L.step(substituted(p[0] * (1 - p[0]), lambda a, b: a * (1 - b), "~0.6590", "~0.6590"))
L.step(rounds("0.2247", R("0.6590") * (1 - R("0.6590")), p[0] * (1 - p[0])))
L.done()
