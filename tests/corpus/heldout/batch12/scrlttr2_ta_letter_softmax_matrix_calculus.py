"""Labels for scrlttr2_ta_letter_softmax_matrix_calculus.tex: a TA's letter to a student (KOMA `scrlttr2`,
`\\opening`/`\\closing`, `\\overbrace` annotations): a linear layer into softmax and cross-entropy with numbers,
dL/dz = p - y, dL/dW, dL/dh = W^T (p - y); the student's answer (a wrong sum carried into p and L, the gradient's
sign, the Jacobian's sign, softmax(2z) = softmax(z)^2); log-sum-exp bounds; matrix-calculus identities with a
2x2 example (2Ax for a non-symmetric A, grad tr(AX) = A)."""
import random
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch12/scrlttr2_ta_letter_softmax_matrix_calculus.tex")
h = sp.Matrix([1, 2]); W = sp.Matrix([[R("0.5"), R("0.5")], [R("0.5"), 0], [-1, 0]]); y = sp.Matrix([0, 1, 0])
L.define(); L.define(4, "W, z, p, L"); L.define(2, "y, eta")
z = W * h
L.step(z == sp.Matrix([R("0.5") + 1, R("0.5") + 0, -1 + 0])); L.step(z == sp.Matrix([R("1.5"), R("0.5"), -1]))
e = [sp.exp(v) for v in z]; S = sum(e); p = sp.Matrix([v / S for v in e])
ew = [R("4.4817"), R("1.6487"), R("0.3679")]
L.step(all(rounds(str(w_), v) for w_, v in zip(["4.4817", "1.6487", "0.3679"], e)))
L.step(rounds("6.4983", sum(ew), S))
L.step(all(substituted(p[i], lambda a_, s_: a_ / s_, "~" + str(["4.4817", "1.6487", "0.3679"][i]), "~6.4983") for i in range(3)))
L.step(all(rounds(w_, p[i]) for i, w_ in enumerate(["0.6897", "0.2537", "0.0566"])))
Lv = -sp.log(p[1])
L.step(substituted(Lv, lambda a_: -sp.log(a_), "~0.2537")); L.step(rounds("1.3715", -sp.log(R("0.2537")), Lv))
zs = sp.symbols("z1:4", real=True)
Ls = -sp.log(sp.exp(zs[1]) / sum(sp.exp(v) for v in zs))
L.step(same(Ls, -zs[1] + sp.log(sum(sp.exp(v) for v in zs)), positive=False))
ps = [sp.exp(v) / sum(sp.exp(u) for u in zs) for v in zs]; ys = [0, 1, 0]
L.step(all(same(sp.diff(Ls, zs[j]), -ys[j] + sp.exp(zs[j]) / sum(sp.exp(u) for u in zs), positive=False) for j in range(3)))
L.step(all(same(sp.diff(Ls, zs[j]), ps[j] - ys[j], positive=False) for j in range(3)))
g = p - y
L.step(all(rounds(w_, g[i]) for i, w_ in enumerate(["0.6897", "-0.7463", "0.0566"])))
L.step(True, note="dL/dW = (dL/dz) h^T")
gW = g * h.T
gWw = sp.Matrix([R("0.6897"), R("-0.7463"), R("0.0566")]) * h.T          # from the rounded gradient as written
L.step(all(rounds(w_, gW[i, j], gWw[i, j]) for (i, j), w_ in zip([(0, 0), (0, 1), (1, 0), (1, 1), (2, 0), (2, 1)],
                                                      ["0.6897", "1.3794", "-0.7463", "-1.4926", "0.0566", "0.1132"])))
L.step(True, note="dL/dh = W^T dL/dz"); gh = W.T * g
L.step(rounds("-0.0849", gh[0]) and rounds("0.3448", gh[1]))
L.step(R("0.6897") - R("0.7463") + R("0.0566") == 0 and sp.simplify(sum(g)) == 0)
c = sp.Symbol("c", real=True)
L.step(all(same(sp.exp(v + c) / sum(sp.exp(u + c) for u in zs), sp.exp(v) / sum(sp.exp(u) for u in zs), positive=False) for v in zs))
# the student's answer
L.step(sum(ew) == R("4.4817") + R("1.6487") + R("0.3679") and rounds("6.4983", S))
L.step(rounds("6.4883", S, sum(ew)))
L.step(False, carried=True); L.step(all(rounds(w_, a_ / R("6.4883")) for w_, a_ in zip(["0.6907", "0.2541", "0.0567"], ew)))
L.step(False, carried=True); L.step(rounds("1.3700", -sp.log(R("0.2541"))))
L.step(False, note="y - p"); L.step(False, carried=(y - sp.Matrix([R("0.6907"), R("0.2541"), R("0.0567")])) == sp.Matrix([R("-0.6907"), R("0.7459"), R("-0.0567")]))
L.step(False, carried=True, note="W^T (y - p) with the student's numbers")
L.step(R("0.5") * R("-0.6907") + R("0.5") * R("0.7459") - R("-0.0567") == R("0.0843"))
L.step(False, carried=True, note="w11 step with the student's gradient"); L.step(R("0.5") - R("0.1") * R("-0.6907") == R("0.56907") and rounds("0.5691", R("0.56907")))
L.define(note="update rule")
J = sp.Matrix(3, 3, lambda i, j: sp.diff(ps[i], zs[j]))
L.step(all(same(J[i, j], ps[i] * ((1 if i == j else 0) - ps[j]) * -1, positive=False) for i in range(3) for j in range(3)), note="sign")
L.step(all(same(J[i, j], ps[i] * ((1 if i == j else 0) - ps[j]), positive=False) for i in range(3) for j in range(3)))
sm = lambda v: [sp.exp(t) / sum(sp.exp(u) for u in v) for t in v]
L.step(all(sp.N(a_ - b_ ** 2) == 0 for a_, b_ in zip(sm([2, 0]), sm([1, 0]))))
L.define(note="z = (1, 0)")
L.step(rounds("0.8808", sm([2, 0])[0]) and rounds("0.1192", sm([2, 0])[1]))
L.step(rounds("0.5344", sm([1, 0])[0] ** 2) and rounds("0.0723", sm([1, 0])[1] ** 2))
lse = sp.log(S)
L.step(substituted(lse, sp.log, "~6.4983")); L.step(rounds("1.8715", sp.log(R("6.4983")), lse))
L.step(max(z) == R("1.5") and lse >= max(z)); L.step(rounds("2.5986", R("1.5") + sp.log(3)) and lse <= R("1.5") + sp.log(3))
L.step(all(same(sp.diff(sp.log(sum(sp.exp(u) for u in zs)), zs[j]), ps[j], positive=False) for j in range(3)))
# matrix calculus at random instances
rng = random.Random(3)
rm = lambda r, c_: sp.Matrix(r, c_, lambda i, j: sp.Rational(rng.randint(-9, 9), rng.randint(1, 5)))
xs = sp.Matrix(sp.symbols("x1:4", real=True))
Xs = sp.Matrix(3, 3, sp.symbols("X0:9", real=True))
grad = lambda f, v: sp.Matrix(v.shape[0], v.shape[1], lambda i, j: sp.diff(f, v[i, j]))
a = rm(3, 1); A = rm(3, 3); Xm = rm(4, 3); yv = rm(4, 1)
L.step(grad((a.T * xs)[0], xs) == a)
L.step(sp.simplify(grad((xs.T * A * xs)[0], xs) - (A + A.T) * xs) == sp.zeros(3, 1))
L.step(sp.simplify(grad((A * Xs).trace(), Xs) - A.T) == sp.zeros(3, 3))
X0 = rm(3, 3) + 6 * sp.eye(3)
gld = grad(sp.log(Xs.det()), Xs).subs(dict(zip(Xs, X0)))
L.step(sp.simplify(gld - X0.inv().T) == sp.zeros(3, 3))
ws = sp.Matrix(sp.symbols("w1:4", real=True))
r_ = Xm * ws - yv
L.step(sp.simplify(grad((r_.T * r_)[0], ws) - 2 * Xm.T * r_) == sp.zeros(3, 1))
L.step(sp.simplify(grad((Xs.T * A * Xs).trace(), Xs) - (A + A.T) * Xs) == sp.zeros(3, 3))
A2 = sp.Matrix([[2, 1], [0, 3]]); x2 = sp.Matrix([1, -1]); x2s = sp.Matrix(sp.symbols("u1 u2", real=True))
L.define(2, "A, x")
L.step(A2 * x2 == sp.Matrix([1, -3])); L.step((x2.T * A2 * x2)[0] == 4)
gq = grad((x2s.T * A2 * x2s)[0], x2s).subs(dict(zip(x2s, x2)))
L.step(gq == (A2 + A2.T) * x2); L.step(gq == sp.Matrix([3, -5]))
L.step(gq == 2 * A2 * x2); L.step(2 * A2 * x2 == sp.Matrix([2, -6])); L.define(note="condition A = A^T")
L.step(sp.simplify(grad((A * Xs).trace(), Xs) - A) == sp.zeros(3, 3))
L.step(sp.simplify(grad((Xs * Xs).trace(), Xs) - 2 * Xs.T) == sp.zeros(3, 3))
L.step(sp.simplify(grad((Xs.T * Xs).trace(), Xs) - 2 * Xs) == sp.zeros(3, 3))
gd = grad(Xs.det(), Xs).subs(dict(zip(Xs, X0)))
L.step(sp.simplify(gd - X0.det() * X0.inv().T) == sp.zeros(3, 3))
L.done()
