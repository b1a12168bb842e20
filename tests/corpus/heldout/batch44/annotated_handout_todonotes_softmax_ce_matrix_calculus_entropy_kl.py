"""Labels for annotated_handout_todonotes_softmax_ce_matrix_calculus_entropy_kl.tex: a student's annotated copy of
a lecture handout (the handout's text as printed, the student's own derivations interleaved in blue `mywork`
blocks, `todonotes` margin notes with questions, checks and fixes, and a `\\listoftodos`): softmax and
cross-entropy, the gradient p - y, a 3-class example by hand and by log-sum-exp, a gradient step, the softmax
Jacobian, temperature limits, label smoothing, entropy, perplexity, KL as cross-entropy minus entropy, expectations
and variance under the softmax (the derivatives of lse), and a matrix-calculus table checked on 2 x 2 examples."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch44/annotated_handout_todonotes_softmax_ce_matrix_calculus_entropy_kl.tex")
Q = sp.Rational
z1, z2, z3 = sp.symbols("z1 z2 z3", real=True)
Z = [z1, z2, z3]
S_ = sum(sp.exp(q) for q in Z)
P = [sp.exp(q) / S_ for q in Z]
lse = sp.log(S_)
Lc = -sp.log(P[0])                       # true class c = 1

# Section 1
L.define(2, "p_k, softmax")
L.step(True, note="exp > 0"); L.step(same(sum(P), 1, positive=False))
L.define(note="L = -sum y ln p")
L.step(True, note="one-hot picks -ln p_c"); L.step(same(Lc, -z1 + lse, positive=False)); L.define(note="lse")
L.step(same(sp.diff(Lc, z2), 0 + sp.diff(lse, z2), positive=False)); L.step(same(sp.diff(lse, z2), P[1], positive=False))
L.step(all(same(sp.diff(Lc, Z[j]), P[j] - (1 if j == 0 else 0), positive=False) for j in range(3)))
L.step(True, note="sum p - sum y = 1 - 1"); L.step(1 - 1 == 0)
L.define(3, "K, z, c")
zv = {z1: R("1.5"), z2: R("0.5"), z3: R("-1.0")}
e = [sp.exp(zv[q]) for q in Z]
S = sum(e)
p = [q / S for q in e]
L.step(rounds("4.4817", e[0])); L.step(rounds("1.6487", e[1])); L.step(rounds("0.3679", e[2]))
L.step(rounds("6.4993", R("4.4817") + R("1.6487") + R("0.3679"), S), note="6.4983")
for k, (num, val) in enumerate([("4.4817", "0.6896"), ("1.6487", "0.2537"), ("0.3679", "0.0566")]):
    # the README: a substitution is right if its numbers are roundings of the right quantities; 6.4993 is not
    L.step(substituted(p[k], lambda a, b: a / b, "~" + num, "~6.4993") and rounds("6.4993", S), carried=True)
    L.step(rounds(val, R(num) / R("6.4993")))
L.step(R("0.6896") + R("0.2537") + R("0.0566") == R("0.9999"))
L.step(True, note="L = -ln p1")
L.step(substituted(-sp.log(p[0]), lambda a: -sp.log(a), "~0.6896"), carried=True)
L.step(rounds("0.3716", -sp.log(R("0.6896"))))
# log-sum-exp
lv = sp.log(S)
L.step(same(lv, R("1.5") + sp.log(1 + sp.exp(-1) + sp.exp(R("-2.5")))))
L.step(rounds("0.367879", sp.exp(-1)) and rounds("0.082085", sp.exp(R("-2.5"))))
L.step(R(1) + R("0.367879") + R("0.082085") == R("1.449964"))
L.step(rounds("1.871539", R("1.5") + sp.log(R("1.449964")), lv))
L.step(True, note="L = lse - z1"); L.step(substituted(lv - R("1.5"), lambda a: a - R("1.5"), "~1.871539")); L.step(R("1.871539") - R("1.5") == R("0.371539"))
L.step(rounds("0.6897", p[0]) and rounds("0.2537", p[1]) and rounds("0.0566", p[2]))
# student's gradient
y = [1, 0, 0]
g = [p[k] - y[k] for k in range(3)]
L.step(False, note="y - p for p - y")
L.step(False, note="y - p, not the gradient",
       carried=all(substituted(y[k] - p[k], lambda a: y[k] - a, "~" + w) for k, w in enumerate(["0.6897", "0.2537", "0.0566"])))
L.step([1 - R("0.6897"), -R("0.2537"), -R("0.0566")] == [R("0.3103"), R("-0.2537"), R("-0.0566")])
L.define(2, "eta, update rule")
zvec = [R("1.5"), R("0.5"), R("-1.0")]
znew = [zvec[k] - g[k] for k in range(3)]
L.step(all(substituted(znew[k], lambda a: zvec[k] - a, "~" + w) for k, w in enumerate(["0.3103", "-0.2537", "-0.0566"])), carried=True)
L.step([R("1.5") - R("0.3103"), R("0.5") + R("0.2537"), R("-1.0") + R("0.0566")] == [R("1.1897"), R("0.7537"), R("-0.9434")])
# redone
L.step(True, note="p - y")
L.step(all(substituted(g[k], lambda a: a - y[k], "~" + w) for k, w in enumerate(["0.6897", "0.2537", "0.0566"])))
L.step([R("0.6897") - 1, R("0.2537"), R("0.0566")] == [R("-0.3103"), R("0.2537"), R("0.0566")])
L.step(R("-0.3103") + R("0.2537") + R("0.0566") == 0)
L.define(note="z' = z - grad (rule)")
L.step(all(substituted(znew[k], lambda a: zvec[k] - a, "~" + w) for k, w in enumerate(["-0.3103", "0.2537", "0.0566"])))
L.step([R("1.5") + R("0.3103"), R("0.5") - R("0.2537"), R("-1.0") - R("0.0566")] == [R("1.8103"), R("0.2463"), R("-1.0566")])

# Section 2: Jacobian
Jm = sp.Matrix(3, 3, lambda i, j: sp.diff(P[i], Z[j]))
L.step(all(same(Jm[i, j], P[i] * ((1 if i == j else 0) - P[j]), positive=False) for i in range(3) for j in range(3)))
L.step(True, note="matrix form")
L.step(all(same(sum(Jm[i, j] for j in range(3)), 0, positive=False) for i in range(3)))
pv = [q.subs(zv) for q in P]
L.step(True, note="p1(1 - p1)"); L.step(substituted(pv[0] * (1 - pv[0]), lambda a, b: a * b, "~0.6897", "~0.3103"))
L.step(rounds("0.2140", R("0.6897") * R("0.3103"), pv[0] * (1 - pv[0])))
L.step(True, note="-p1 p2"); L.step(substituted(-pv[0] * pv[1], lambda a, b: -a * b, "~0.6897", "~0.2537"))
L.step(rounds("-0.1750", -R("0.6897") * R("0.2537"), -pv[0] * pv[1]))
L.step(same(sp.diff(Lc, z2), -1 / P[0] * sp.diff(P[0], z2), positive=False))
L.step(substituted(pv[1], lambda a, b: a / b, "~0.1750", "~0.6897"))
L.step(rounds("0.2537", R("0.1750") / R("0.6897"), pv[1])); L.step(True, note="= p2")
T = sp.symbols("T", positive=True)
L.define(note="T > 0")
sm = [sp.exp(zv[q] / T) / sum(sp.exp(zv[r] / T) for r in Z) for q in Z]
L.step([sp.limit(q, T, 0, "+") for q in sm] == [1, 0, 0]); L.step([sp.limit(q, T, sp.oo) for q in sm] == [Q(1, 3)] * 3)

# Section 3: label smoothing, entropy, KL
eps, K = R("0.1"), 3
ys = [(1 - eps) * y[k] + eps / K for k in range(3)]
L.define(note="smoothed target"); L.define(2, "eps, K"); L.step(ys == [Q(14, 15), Q(1, 30), Q(1, 30)])
lnp = [sp.log(q) for q in p]
L.step(all(same(sp.log(P[k]), Z[k] - lse, positive=False) for k in range(3))
       and rounds("-0.3715", lnp[0]) and rounds("-1.3715", lnp[1]) and rounds("-2.8715", lnp[2]))
Ls = -sum(ys[k] * lnp[k] for k in range(3))
L.define(note="L^eps")
L.step(substituted(Ls, lambda a, b, c: Q(14, 15) * a + Q(1, 30) * (b + c), "~0.3715", "~1.3715", "~2.8715"))
L.step(rounds("0.3467", Q(14, 15) * R("0.3715")) and rounds("0.1414", Q(1, 30) * (R("1.3715") + R("2.8715"))))
L.step(rounds("0.4881", R("0.3467") + R("0.1414"), Ls))
gs = [p[k] - ys[k] for k in range(3)]
L.step(all(same(sp.diff(-sum(ys[k] * sp.log(P[k]) for k in range(3)), Z[j]), P[j] - ys[j], positive=False) for j in range(3)))
L.step(rounds("-0.2436", R("0.6897") - R("0.9333"), gs[0]) and rounds("0.2204", R("0.2537") - R("0.0333"), gs[1])
       and rounds("0.0233", R("0.0566") - R("0.0333"), gs[2]))
L.define(note="H(p) definition, at most ln K")
H = -sum(q * sp.log(q) for q in p)
L.step(substituted(H, lambda a, b, c, d, e_, f: a * b + c * d + e_ * f, "~0.6897", "~0.3715", "~0.2537", "~1.3715", "~0.0566", "~2.8715"))
L.step(rounds("0.2562", R("0.6897") * R("0.3715")) and rounds("0.3479", R("0.2537") * R("1.3715")) and rounds("0.1625", R("0.0566") * R("2.8715")))
L.step(rounds("0.7566", R("0.2562") + R("0.3479") + R("0.1625"), H), note="0.7666")
L.step(rounds("1.0986", sp.log(3)))
L.step(substituted(sp.exp(H), sp.exp, "~0.7566"), carried=True)
L.step(rounds("2.1310", sp.exp(R("0.7566"))))
Hy = -sum(q * sp.log(q) for q in ys)
KLv = sum(ys[k] * sp.log(ys[k] / p[k]) for k in range(3))
L.step(abs(sp.N(KLv - (Ls - Hy), 40)) < 1e-30); L.step(KLv > 0)
L.step(same(Hy, -Q(14, 15) * sp.log(Q(14, 15)) - 2 * Q(1, 30) * sp.log(Q(1, 30))))
L.step(rounds("0.0644", -Q(14, 15) * sp.log(Q(14, 15))) and rounds("0.2267", -2 * Q(1, 30) * sp.log(Q(1, 30))))
L.step(rounds("0.2911", R("0.0644") + R("0.2267"), Hy))
L.step(abs(sp.N(KLv - (Hy - Ls))) < 1e-20, note="sign")
L.step(substituted(Hy - Ls, lambda a, b: a - b, "~0.2911", "~0.4881")); L.step(R("0.2911") - R("0.4881") == R("-0.1970"))
L.step(substituted(KLv, lambda a, b: a - b, "~0.4881", "~0.2911")); L.step(rounds("0.1970", R("0.4881") - R("0.2911"), KLv))

# Section 4: expectations under the softmax
L.step(all(same(sp.diff(lse, Z[j]), P[j], positive=False) for j in range(3)))
t_ = sp.symbols("t", real=True)
U = sp.symbols("u1:4", real=True)
path = lse.subs({Z[j]: Z[j] + t_ * U[j] for j in range(3)})
d1 = sp.diff(path, t_).subs(t_, 0)
L.step(same(d1, sum(P[j] * U[j] for j in range(3)), positive=False)); L.step(True, note="= E_p[u]")
d2 = sp.diff(path, t_, 2).subs(t_, 0)
Hm = sp.diag(*P) - sp.Matrix(P) * sp.Matrix(P).T
uu = sp.Matrix(U)
L.step(same(d2, (uu.T * Hm * uu)[0, 0], positive=False)
       and same(d2, sum(P[j] * U[j] ** 2 for j in range(3)) - sum(P[j] * U[j] for j in range(3)) ** 2, positive=False))
L.step(True, note="a variance is >= 0")
L.define(note="u = z")
Ez = sum(p[k] * zvec[k] for k in range(3))
Ez2 = sum(p[k] * zvec[k] ** 2 for k in range(3))
L.step(substituted(Ez, lambda a, b, c: a * R("1.5") + b * R("0.5") + c * R("-1.0"), "~0.6897", "~0.2537", "~0.0566"))
L.step(rounds("1.0346", R("0.6897") * R("1.5")) and rounds("0.1269", R("0.2537") * R("0.5")) and R("0.0566") * R("-1.0") == R("-0.0566"))
L.step(rounds("1.1049", R("1.0346") + R("0.1269") - R("0.0566"), Ez))
L.step(substituted(Ez2, lambda a, b, c: a * R("2.25") + b * R("0.25") + c, "~0.6897", "~0.2537", "~0.0566"))
L.step(rounds("1.5518", R("0.6897") * R("2.25")) and rounds("0.0634", R("0.2537") * R("0.25")))
L.step(rounds("1.6718", R("1.5518") + R("0.0634") + R("0.0566"), Ez2))
Vz = Ez2 - Ez ** 2
# 1.6718 and 1.1049 were built from the rounded p's: propagate through them
L.step(substituted(Vz, lambda a, b, c: (a * R("2.25") + b * R("0.25") + c) - (a * R("1.5") + b * R("0.5") - c) ** 2, "~0.6897", "~0.2537", "~0.0566")
       and abs(R("1.6718") - R("1.1049") ** 2 - Vz) < R("0.001"))
L.step(rounds("1.2208", R("1.1049") ** 2)); L.step(rounds("0.4510", R("1.6718") - R("1.2208")))

# Section 5: matrix calculus
n = 2
xs = sp.Matrix(sp.symbols("x1 x2", real=True))
As = sp.Matrix(2, 2, sp.symbols("a11 a12 a21 a22", real=True))
av = sp.Matrix(sp.symbols("c1 c2", real=True))
bv = sp.Matrix(sp.symbols("b1 b2", real=True))
Xs = sp.Matrix(2, 2, sp.symbols("x11 x12 x21 x22", real=True))
grad = lambda f, v: sp.Matrix([sp.diff(f, q) for q in v])
gradM = lambda f, M: M.applyfunc(lambda q: sp.diff(f, q))
L.step(sp.simplify(grad((av.T * xs)[0], xs) - av) == sp.zeros(2, 1))
L.step(sp.simplify(grad((xs.T * As * xs)[0], xs) - (As + As.T) * xs) == sp.zeros(2, 1))
r = As * xs - bv
L.step(sp.simplify(grad((r.T * r)[0], xs) - 2 * As.T * r) == sp.zeros(2, 1))
L.step(sp.simplify(gradM((As * Xs).trace(), Xs) - As) == sp.zeros(2, 2), note="A^T")
L.step(sp.simplify(gradM((av.T * Xs * bv)[0], Xs) - av * bv.T) == sp.zeros(2, 2))
pos = {Xs[0, 0]: 3, Xs[0, 1]: 1, Xs[1, 0]: 2, Xs[1, 1]: 5}
L.step(sp.simplify(gradM(sp.log(Xs.det()), Xs).subs(pos) - Xs.subs(pos).inv().T) == sp.zeros(2, 2))
A0 = sp.Matrix([[1, 2], [0, 3]])
x0 = sp.Matrix([1, -1])
L.define(2, "A, x")
gtrue = grad((xs.T * A0 * xs)[0], xs).subs({xs[0]: 1, xs[1]: -1})
L.step(gtrue == 2 * A0 * x0, note="(A + A^T)x"); L.step(2 * A0 * x0 == 2 * sp.Matrix([-1, -3])); L.step(2 * sp.Matrix([-1, -3]) == sp.Matrix([-2, -6]))
L.step(sp.expand((xs.T * A0 * xs)[0]) == sp.expand(xs[0] ** 2 + 2 * xs[0] * xs[1] + 3 * xs[1] ** 2))
L.step(2 * 1 + 2 * (-1) == 0 and gtrue[0] == 0); L.step(2 * 1 + 6 * (-1) == -4 and gtrue[1] == -4)
L.step(A0 + A0.T == sp.Matrix([[2, 2], [2, 6]])); L.step((A0 + A0.T) * x0 == sp.Matrix([0, -4]))
L.define(note="A = A^T")
Xn = Xs
L.step(sp.expand((A0 * Xn).trace()) == Xn[0, 0] + 2 * Xn[1, 0] + 3 * Xn[1, 1])
L.step(gradM((A0 * Xn).trace(), Xn) == sp.Matrix([[1, 0], [2, 3]])); L.step(sp.Matrix([[1, 0], [2, 3]]) == A0.T)
L.done()
