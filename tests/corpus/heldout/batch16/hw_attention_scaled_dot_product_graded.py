"""Labels for hw_attention_scaled_dot_product_graded.tex: a graded homework on single-query scaled dot-product
attention (d = 4, three keys, scalar values, squared loss): forward pass, softmax Jacobian, score and query
gradients (a sign slip in dL/ds_2 carried into three query components), Var of q.k/sqrt(d) (the constant not
squared, carried into an sd), unscaled weights, entropy, softmax properties, log-sum-exp bounds, a causal mask."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from sympy.stats import Normal, E as Ex, variance  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch16/hw_attention_scaled_dot_product_graded.tex")
L.define(1, "d"); L.define(4, "q, k"); L.define(3, "v, t, L")
q = [1, 0, 2, 1]
k = [[1, 1, 0, 1], [2, 1, 1, 0], [0, 1, 0, -1]]
dots = [sum(a * b for a, b in zip(q, kk)) for kk in k]
L.step(dots[0] == 1 + 0 + 0 + 1); L.step(1 + 0 + 0 + 1 == 2)
L.step(dots[1] == 2 + 0 + 2 + 0); L.step(2 + 0 + 2 + 0 == 4); L.step(dots[2] == -1)
s = [sp.Rational(t, 2) for t in dots]
L.step(dots == [2, 4, -1]); L.step(s == [1, 2, R("-0.5")])
E = [sp.exp(t) for t in s]
L.step(rounds("2.7183", E[0])); L.step(rounds("7.3891", E[1])); L.step(rounds("0.6065", E[2]))
L.step(R("2.7183") + R("7.3891") + R("0.6065") == R("10.7139"))
S = sum(E)
a = [t / S for t in E]
for num, res, av in (("2.7183", "0.2537", a[0]), ("7.3891", "0.6897", a[1]), ("0.6065", "0.0566", a[2])):
    L.step(substituted(av, lambda x, y: x / y, "~" + num, "~10.7139")); L.step(rounds(res, R(num) / R("10.7139"), av))
v = [1, 0, -2]
o = sum(x * y for x, y in zip(a, v))
L.define(note="o")
L.step(substituted(o, lambda x, y, z: x * 1 + y * 0 + z * (-2), "~0.2537", "~0.6897", "~0.0566"))
L.step(rounds("0.1405", R("0.2537") - 2 * R("0.0566"), o))
Lv = (o - 1) ** 2 / 2
L.step(substituted(Lv, lambda x: (x - 1) ** 2 / 2, "~0.1405")); L.step(R("0.1405") - 1 == R("-0.8595"))
L.step(rounds("0.7387", R("-0.8595") ** 2 / 2, Lv), note="forgot 1/2")
L.step(rounds("0.3694", R("0.7387") / 2, Lv))
dl = o - 1
L.step(True, note="dL/do = o - t"); L.step(rounds("-0.8595", dl))
L.step(True, note="dL/dv_i = (o-t) a_i")
L.step(substituted(dl * a[0], lambda x, y: x * y, "~-0.8595", "~0.2537")); L.step(rounds("-0.2181", R("-0.8595") * R("0.2537"), dl * a[0]))
L.step(substituted(dl * a[1], lambda x, y: x * y, "~-0.8595", "~0.6897")); L.step(rounds("-0.5982", R("-0.8595") * R("0.6897"), dl * a[1]), note="-0.5928")
L.step(rounds("-0.5928", R("-0.8595") * R("0.6897"), dl * a[1]))
ss = sp.symbols("s1:4", real=True)
Es = [sp.exp(t) for t in ss]
As = [t / sum(Es) for t in Es]
L.step(all(same(sp.diff(As[i], ss[j]), As[i] * ((1 if i == j else 0) - As[j]), positive=False) for i in range(3) for j in range(3)))
L.step(True, note="a1(1-a1)"); L.step(substituted(a[0] * (1 - a[0]), lambda x, y: x * y, "~0.2537", "~0.7463") and 1 - R("0.2537") == R("0.7463"))
L.step(rounds("0.1983", R("0.2537") * R("0.7463"), a[0] * (1 - a[0])), note="0.1893")
L.step(True, note="-a1 a2"); L.step(substituted(-a[0] * a[1], lambda x, y: -x * y, "~0.2537", "~0.6897")); L.step(rounds("-0.1750", -R("0.2537") * R("0.6897"), -a[0] * a[1]))
rowsum = sum(sp.diff(As[0], t) for t in ss)
L.step(True, note="a_i - a_i sum a_j"); L.step(same(rowsum, 1, positive=False), note="0")
os_ = sum(x * y for x, y in zip(As, v))
vs = sp.symbols("v1:4", real=True)
oS = sum(x * y for x, y in zip(As, vs))
L.step(same(sp.diff(oS, ss[1]), sum(vs[j] * As[j] * ((1 if j == 1 else 0) - As[1]) for j in range(3)), positive=False))
L.step(same(sp.diff(oS, ss[1]), As[1] * (vs[1] - oS), positive=False))
tt = sp.symbols("t", real=True)
LS = (oS - tt) ** 2 / 2
L.step(same(sp.diff(LS, ss[2]), (oS - tt) * As[2] * (vs[2] - oS), positive=False))
ds = [dl * a[i] * (v[i] - o) for i in range(3)]
L.step(substituted(ds[0], lambda x, y, z: x * y * (1 - z), "~-0.8595", "~0.2537", "~0.1405"))
L.step(1 - R("0.1405") == R("0.8595")); L.step(rounds("-0.1874", R("-0.8595") * R("0.2537") * R("0.8595"), ds[0]))
L.step(substituted(ds[1], lambda x, y, z: x * y * (0 - z), "~-0.8595", "~0.6897", "~0.1405"))
L.step(rounds("-0.0833", R("-0.8595") * R("0.6897") * (0 - R("0.1405")), ds[1]), note="+0.0833")
L.step(substituted(ds[2], lambda x, y, z: x * y * (-2 - z), "~-0.8595", "~0.0566", "~0.1405"))
L.step(rounds("0.1041", R("-0.8595") * R("0.0566") * (-2 - R("0.1405")), ds[2]))
L.define(note="s_i = q.k_i/sqrt d"); L.step(True, note="ds/dq = k/sqrt d"); L.step(sp.sqrt(4) == 2)
qs = sp.symbols("q1:5", real=True)
sq = [sum(a_ * b for a_, b in zip(qs, kk)) / 2 for kk in k]
fq = sp.Function("f")
L.step(True, note="chain rule dL/dq = 1/2 sum dL/ds_i k_i")
dq = [sum(ds[i] * k[i][j] for i in range(3)) / 2 for j in range(4)]
w1, w2, w3 = R("-0.1874"), R("-0.0833"), R("0.1041")
L.step(False, carried=True); L.step(w1 + 2 * w2 == R("-0.3540")); L.step(R("-0.3540") / 2 == R("-0.1770"))
L.step(False, carried=True); L.step((w1 + w2 + w3) / 2 == R("-0.0833"))
L.step(False, carried=True); L.step(w2 / 2 == R("-0.04165"))
L.step(substituted(dq[3], lambda x, y: (x - y) / 2, "~-0.1874", "~0.1041")); L.step((w1 - w3) / 2 == R("-0.14575"))
ks = [sp.symbols(f"k{j}1:5", real=True) for j in range(3)]
sk = [sum(a_ * b for a_, b in zip(q, kk)) / 2 for kk in ks]
L.step(sp.diff(sk[0], ks[0][0]) == q[0], note="missing 1/sqrt d")
L.step(substituted(ds[0], lambda x: x, "~-0.1874")); L.step([R("-0.1874") * t for t in q] == [R("-0.1874"), 0, R("-0.3748"), R("-0.1874")])
L.step(rounds("0.0833", R("-0.8595") * R("0.6897") * R("-0.1405"), ds[1]))
L.step(w1 + R("0.0833") + w3 == 0 and sp.Abs(sp.N(sum(ds))) < 1e-20)
L.step(all(rounds(w, val) for w, val in zip(("-0.0104", "0", "0.0416", "-0.1458"), dq)))
# problem 3
dd = 6
qv = [Normal(f"q{j}", 0, 1) for j in range(dd)]
kv = [Normal(f"k{j}", 0, 1) for j in range(dd)]
dot = sum(x * y for x, y in zip(qv, kv))
L.step(sp.simplify(Ex(dot)) == 0); L.step(True, note="= 0")
L.step(sp.simplify(variance(dot) - sum(Ex(x ** 2) * Ex(y ** 2) for x, y in zip(qv, kv))) == 0); L.step(sp.simplify(variance(dot)) == dd)
dsym = sp.symbols("d", positive=True)
L.step(sp.simplify(variance(dot / sp.sqrt(dd))) == sp.sqrt(dd), note="= 1")
L.step(same(dsym / sp.sqrt(dsym), sp.sqrt(dsym)))
L.define(note="d = 64")
L.step(False, carried=True, note="sd = 64^(1/4)"); L.step(rounds("2.8284", sp.Integer(64) ** sp.Rational(1, 4)))
L.step(sp.simplify(variance(dot / sp.sqrt(dd))) == 1); L.step(True, note="d/d = 1")
E2 = [sp.exp(t) for t in (2, 4, -1)]
S2 = sum(E2)
a2 = [t / S2 for t in E2]
L.step(rounds("62.3551", S2) and all(substituted(a2[i], lambda x: E2[i] / x, "~62.3551") for i in range(3)))
L.step(all(rounds(w, val) for w, val in zip(("0.1185", "0.8756", "0.0059"), a2)))
L.step(R("0.8756") > R("0.6897"))
L.define(note="H(a)")
H = -sum(t * sp.log(t) for t in a)
L.step(rounds("0.7686", H), note="0.7668"); L.step(R("0.7686") < R("1.0986")); L.step(rounds("1.0986", sp.log(3)))
# problem 4
c = sp.symbols("c", real=True)
L.step(all(same(As[i].subs({t: t + c for t in ss}, simultaneous=True), As[i], positive=False) for i in range(3)))
L.step(same(As[0].subs({t: 2 * t for t in ss}, simultaneous=True), As[0], positive=False))
LSE = sp.log(sum(Es))
L.define(note="LSE")
L.step(all(same(sp.diff(LSE, ss[i]), As[i], positive=False) for i in range(3)))
L.step(substituted(sp.log(S), sp.log, "~10.7139")); L.step(rounds("2.3751", sp.log(R("10.7139")), sp.log(S)))
L.step(max(s) == 2); L.step(2 <= sp.N(sp.log(S))); L.step(sp.N(sp.log(S)) <= 2 + sp.log(3)); L.step(rounds("3.0986", 2 + sp.log(3)))
L.define(note="s_3 = -inf")
m1 = sp.E / (sp.E + sp.E ** 2)
L.step(sp.simplify(m1 - sp.limit(As[0].subs({ss[0]: 1, ss[1]: 2}), ss[2], -sp.oo)) == 0)
L.step(sp.simplify(m1 - 1 / (1 + sp.E)) == 0); L.step(rounds("0.2689", m1))
L.step(substituted(1 - m1, lambda x: 1 - x, "~0.2689")); L.step(1 - R("0.2689") == R("0.7211"))
L.step(sp.limit(As[2].subs({ss[0]: 1, ss[1]: 2}), ss[2], -sp.oo) == 0)
L.done()
