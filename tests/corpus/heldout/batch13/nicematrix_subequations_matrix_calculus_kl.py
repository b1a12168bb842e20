"""Labels for nicematrix_subequations_matrix_calculus_kl.tex: revision notes with `subequations`, `\\tag{M}`,
`split` inside `equation`, `pNiceMatrix`, mathtools `\\coloneqq` (not a counted relation) and a
`\\DeclarePairedDelimiterX` KL macro: gradient identities (checked on random matrices), a 2x2 numerical check,
Gaussian / Bernoulli / categorical / multivariate KL with numbers."""
import random
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch13/nicematrix_subequations_matrix_calculus_kl.tex")
rng = random.Random(13)
rnd = lambda r, c: sp.Matrix(r, c, lambda i, j: sp.Rational(rng.randint(-9, 9), rng.randint(1, 5)))
n = 3
Xs = sp.Matrix(n, n, lambda i, j: sp.Symbol(f"X{i}{j}")); xs = sp.Matrix(n, 1, lambda i, j: sp.Symbol(f"x{i}"))
A, B, C, a, b = rnd(n, n), rnd(n, n), rnd(n, n), rnd(n, 1), rnd(n, 1)
gradv = lambda f: sp.Matrix([sp.diff(f, v) for v in xs])
gradM = lambda f: Xs.applyfunc(lambda v: sp.diff(f, v))
pt = {v: sp.Rational(rng.randint(-9, 9), 4) for v in list(xs) + list(Xs)}
pt.update({Xs[i, i]: Xs[i, i] + 0 for i in range(n)})
Xv = sp.Matrix(n, n, lambda i, j: sp.Rational(rng.randint(1, 9), 3) + (6 if i == j else 0))   # invertible, det > 0
atX = {Xs[i, j]: Xv[i, j] for i in range(n) for j in range(n)}
eqv = lambda M1, M2: sp.simplify(M1 - M2) == sp.zeros(*M1.shape)
L.step(eqv(gradv((a.T * xs)[0]), a))
L.step(eqv(gradv((xs.T * A * xs)[0]), (A + A.T) * xs))
L.step(eqv(gradM((A * Xs).trace()), A.T))
L.step(eqv(gradM((Xs.T * A * Xs).trace()), (A + A.T) * Xs))
L.step(gradM(sp.log(Xs.det())).subs(atX) == Xv.inv().T)
L.step(eqv(gradM(sum(v ** 2 for v in Xs)), 2 * Xs))
L.step(eqv(gradM((a.T * Xs * b)[0]), b * a.T), note="a b^T")
L.step(eqv(gradv((xs.T * A * xs)[0]), 2 * A * xs), note="A not symmetric")
t = sp.symbols("t")
Ct = Xv + t * A
L.step(sp.simplify(sp.diff(Ct.inv(), t).subs(t, 0) - (-Xv.inv() * A * Xv.inv())) == sp.zeros(n, n))
L.step((A * B).trace() == (B * A).trace()); L.step((A * B * C).trace() == (C * B * A).trace())
L.step((A * B).det() == A.det() * B.det()); L.step((A * B).T == B.T * A.T); L.step((A * B).inv() == A.inv() * B.inv())
f_ls = ((A * xs - a).T * (A * xs - a))[0]
L.step(sp.expand(f_ls - ((xs.T * A.T * A * xs)[0] - 2 * (a.T * A * xs)[0] + (a.T * a)[0])) == 0)
L.step(eqv(gradv(f_ls), 2 * A.T * A * xs - 2 * A.T * a)); L.step(eqv(2 * A.T * A * xs - 2 * A.T * a, 2 * A.T * (A * xs - a)))
# numerical check
A2 = sp.Matrix([[2, 1], [0, 3]]); x2 = sp.Matrix([1, -1]); b2 = sp.Matrix([1, 2])
r = A2 * x2 - b2
L.step(A2 * x2 == sp.Matrix([1, -3])); L.step(r == sp.Matrix([0, -5])); L.step((r.T * r)[0] == 25)
L.step(2 * A2.T * r == 2 * sp.Matrix([[2, 0], [1, 3]]) * sp.Matrix([0, -5])); L.step(2 * A2.T * r == sp.Matrix([0, -30]))
L.step((x2.T * A2 * x2)[0] == 1 + 3); L.step((x2.T * A2 * x2)[0] == 4)
y1, y2 = sp.symbols("y1 y2"); yv = sp.Matrix([y1, y2]); fq = (yv.T * A2 * yv)[0]
g = sp.Matrix([sp.diff(fq, y1), sp.diff(fq, y2)]).subs({y1: 1, y2: -1})
L.step(g == (A2 + A2.T) * x2); L.step(A2 + A2.T == sp.Matrix([[4, 1], [1, 6]])); L.step(g == sp.Matrix([3, -5]))
L.step(2 * A2 * x2 == sp.Matrix([2, -6]))
h = sp.Rational(1, 100)
L.step((fq.subs({y1: 1 + h, y2: -1}) - fq.subs({y1: 1 - h, y2: -1})) / (2 * h) == 3); L.define(note="f")
S2 = A2 + A2.T
L.step(S2.det() == A2.det() + A2.T.det()); L.step(A2.det() + A2.T.det() == 12)
L.step(S2.inv().det() == sp.Rational(1, 12), carried=True); L.step(rounds("0.0833", sp.Rational(1, 12)))
H2 = sp.hessian(((A2 * yv - b2).T * (A2 * yv - b2))[0], (y1, y2))
L.step(H2 == 2 * A2.T * A2); L.step(2 * A2.T * A2 == sp.Matrix([[8, 4], [4, 20]])); L.step(H2.det() == 8 * 20 - 4 ** 2 and H2.det() == 144); L.step(144 == (2 * A2.det()) ** 2)
L.step(True, note="Frobenius norm = tr(A^T A)"); L.step((A2.T * A2).trace() == 4 + 1 + 9); L.step(4 + 1 + 9 == 13)
L.step(sp.sqrt((A2.T * A2).trace()) == sp.sqrt(13), carried=True); L.step(rounds("3.6056", sp.sqrt(13)))
L.step(A2.det() == 6)
L.step(A2.inv() == sp.Matrix([[3, -1], [0, 2]]) / 6)
As = sp.Matrix(2, 2, lambda i, j: sp.Symbol(f"a{i}{j}"))
G = As.applyfunc(lambda v: sp.diff(sp.log(As.det()), v)).subs({As[i, j]: A2[i, j] for i in range(2) for j in range(2)})
L.step(G == A2.inv().T); L.step(A2.inv().T == sp.Matrix([[3, -1], [0, 2]]) / 6)
L.step(G[0, 1] == sp.Rational(-1, 6), carried=True); L.step(rounds("-0.1667", sp.Rational(-1, 6)))
L.step(rounds("-0.0167", R("0.1") * G[0, 1], approx=True), carried=True); L.step(rounds("-0.0167", R("0.1") * R("-0.1667"), approx=True))
L.step(True, note="2x2 determinant"); L.step(G[0, 1] == -A2[1, 0] / A2.det()); L.step(G[0, 1] == 0)
# KL
xx = sp.symbols("xx", real=True)
m1, s1, m2, s2 = sp.symbols("m1 s1 m2 s2", positive=True)
def kl_num(mu1, sd1, mu2, sd2):
    p = sp.exp(-(xx - mu1) ** 2 / (2 * sd1 ** 2)) / sp.sqrt(2 * sp.pi * sd1 ** 2)
    q = sp.exp(-(xx - mu2) ** 2 / (2 * sd2 ** 2)) / sp.sqrt(2 * sp.pi * sd2 ** 2)
    return sp.Integral(p * sp.expand_log(sp.log(p / q), force=True), (xx, -40, 40)).evalf(25)
def kl(mu1, sd1, mu2, sd2):
    mu1, sd1, mu2, sd2 = map(sp.sympify, (mu1, sd1, mu2, sd2))      # exact, not float
    return sp.log(sd2 / sd1) + (sd1 ** 2 + (mu1 - mu2) ** 2) / (2 * sd2 ** 2) - sp.Rational(1, 2)


L.step(abs(kl_num(sp.Rational(1, 3), sp.Rational(3, 2), -1, sp.Rational(2, 3)) - kl(sp.Rational(1, 3), sp.Rational(3, 2), -1, sp.Rational(2, 3))) < 1e-15)
L.define(4, "mu1, s1, mu2, s2")
k1 = kl(0, 1, 1, 2); k2 = kl(1, 2, 0, 1)
L.step(same(k1, sp.log(2) + sp.Rational(2, 8) - sp.Rational(1, 2))); L.step(substituted(k1, lambda l: l + R("0.25") - R("0.5"), "~0.6931")); L.step(rounds("0.4431", k1))
L.step(same(k2, sp.log(sp.Rational(1, 2)) + sp.Rational(5, 2) - sp.Rational(1, 2))); L.step(substituted(k2, lambda l: l + R("2.5") - R("0.5"), "~-0.6931")); L.step(rounds("1.3069", k2))
L.step(R("0.4431") != R("1.3069"))
def swapped(mu1, sd1, mu2, sd2):
    mu1, sd1, mu2, sd2 = map(sp.sympify, (mu1, sd1, mu2, sd2))
    return sp.log(sd1 / sd2) + (sd1 ** 2 + (mu1 - mu2) ** 2) / (2 * sd2 ** 2) - sp.Rational(1, 2)


L.step(same(kl(m1, s1, m2, s2), swapped(m1, s1, m2, s2)))
L.step(substituted(swapped(0, 1, 1, 2), lambda l: l + R("0.25") - R("0.5"), "~-0.6931")); L.step(R("-0.6931") + R("0.25") - R("0.5") == R("-0.9431")); L.step(R("-0.9431") < 0)
L.step(True, note="Gibbs")
L.step(substituted(k2, lambda l: l + R("2.5") - R("0.5"), "~0.6931"), carried=same(swapped(1, 2, 0, 1), sp.log(2) + 2)); L.step(R("0.6931") + 2 == R("2.6931"))
L.step(same(sp.diff(kl(m1, s1, m2, s2), m1), (m1 - m2) / s2 ** 2, positive=False))
L.step(same(sp.diff(kl(m1, s1, m2, s2), s1), -1 / s1 + s1 / s2 ** 2)); L.define(2, "mu1 = mu2, s1 = s2")
kb = lambda p, q: p * sp.log(p / q) + (1 - p) * sp.log((1 - p) / (1 - q))
L.step(same(kb(R("0.3"), R("0.5")), R("0.3") * sp.log(R("0.6")) + R("0.7") * sp.log(R("1.4"))))
L.step(rounds("-0.1532", R("0.3") * sp.log(R("0.6"))) and rounds("0.2355", R("0.7") * sp.log(R("1.4"))))
L.step(rounds("0.0823", R("-0.1532") + R("0.2355"), kb(R("0.3"), R("0.5"))))
P = [R("0.5"), R("0.25"), R("0.25")]
klpu = sum(pi * sp.log(pi * 3) for pi in P); Hp = -sum(pi * sp.log(pi) for pi in P)
L.step(same(klpu, sp.log(3) - Hp)); L.step(rounds("1.0986", sp.log(3)) and rounds("1.0397", Hp)); L.step(rounds("0.0589", R("1.0986") - R("1.0397"), klpu)); L.define(note="p")
L.step(same(kb(R("0.5"), R("0.3")), R("0.5") * sp.log(R("0.5") / R("0.3")) + R("0.5") * sp.log(R("0.5") / R("0.7"))))
L.step(rounds("0.2554", R("0.5") * sp.log(R("0.5") / R("0.3"))) and rounds("-0.1682", R("0.5") * sp.log(R("0.5") / R("0.7"))))
L.step(rounds("0.0872", R("0.2554") - R("0.1682"), kb(R("0.5"), R("0.3"))))
# multivariate: check the formula on a 1-d case against the univariate one, and the 2-d numbers
S0 = sp.diag(1, 2); S1 = sp.eye(2); mu0 = sp.Matrix([0, 0]); mu1 = sp.Matrix([1, 1])
klmv = lambda M0, Sg0, M1, Sg1: (((Sg1.inv() * Sg0).trace() + ((M1 - M0).T * Sg1.inv() * (M1 - M0))[0] - Sg0.shape[0] + sp.log(Sg1.det() / Sg0.det())) / 2)
L.step(same(klmv(sp.Matrix([m1]), sp.Matrix([s1 ** 2]), sp.Matrix([m2]), sp.Matrix([s2 ** 2])), kl(m1, s1, m2, s2)))
L.define(3, "Sigma1, mu0, mu1")
v = klmv(mu0, S0, mu1, S1)
L.step(same(v, (3 + 2 - 2 + sp.log(sp.Rational(1, 2))) / 2)); L.step(substituted(v, lambda l: (3 - l) / 2, "~0.6931")); L.step(rounds("1.1534", v))
L.step(same(v, (3 + 2 - 2 + sp.log(2)) / 2)); L.step(rounds("1.8466", (3 + sp.log(2)) / 2))
vr = klmv(mu1, S1, mu0, S0)
L.step(same(vr, (R("1.5") + R("1.5") - 2 + sp.log(2)) / 2)); L.step(rounds("0.8466", vr))
L.done()
