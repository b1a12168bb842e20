"""Labels for puzzle_column_limits_series_integrals_dice_kl_matrix_gradients.tex: a magazine's
puzzle column (readers' letters quoted in italics with names and towns, the editor's replies, a framed
correction of the previous issue, new puzzles): limits ((1 + 3/n)^{2n}, (e^x - 1 - x)/x^2 by l'Hopital
and by series, sin 3x / tan 5x, (1 - cos 2x)/x^2, x^x); series (sum k r^k, sum k/3^k, a telescoping
sum and its partial sums, finite geometric, the exponential series, sum 1/k^2 and over odd k);
integrals (x^2 e^{-2x} by substitution, x ln x by parts, the Gaussian integral by polar coordinates,
sin^2, x ln x^2); two dice (the distribution of the maximum, its mean and variance, the coupon
collector, the sum's mean and variance, a geometric wait); KL between Bernoullis both ways, between
Gaussians both ways; matrix gradients (||Ax - b||^2 expanded and at a point, tr(AX), ln det X).
Slips: a reader's e^{3/2} and 5/3; the telescoping sum with three terms; by parts without the 1/2
(carried into x ln x^2); the sum of squares 781 (E[M^2], Var(M) carried); H_6 = 2.35 (carried);
the Gaussian KL without -1/2 (carried); grad = 2A(Ax - b) (carried at the point); the previous issue's
sum 1/k^2 = pi^2/8."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import mpmath as mp  # noqa: E402
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch51/puzzle_column_limits_series_integrals_dice_kl_matrix_gradients.tex")
n, x, k, N, r, T = sp.symbols("n x k N r T", positive=True)
# Puzzle 1
L.step(sp.series(sp.log(1 + 3 / n), n, sp.oo, 3).removeO().equals(3 / n - sp.Rational(9, 2) / n ** 2))   # ln(1 + 3/n) to O(n^-3)
L.step(sp.simplify(sp.expand(2 * n * (3 / n - sp.Rational(9, 2) / n ** 2)) - (6 - 9 / n)) == 0)
L.step(sp.limit((1 + 3 / n) ** (2 * n), n, sp.oo) == sp.exp(6))
f1 = (sp.exp(x) - 1 - x) / x ** 2
L.step(sp.limit(f1, x, 0) == sp.limit((sp.exp(x) - 1) / (2 * x), x, 0)); L.step(sp.limit((sp.exp(x) - 1) / (2 * x), x, 0) == sp.limit(sp.exp(x) / 2, x, 0))
L.step(sp.limit(sp.exp(x) / 2, x, 0) == sp.Rational(1, 2))
L.step(sp.series(sp.exp(x), x, 0, 3).removeO() == 1 + x + x ** 2 / 2)
L.step(sp.limit((1 + 3 / n) ** (2 * n), n, sp.oo) == sp.exp(sp.Rational(3, 2)))
L.step(True, note="sin 3x ~ 3x near 0"); L.step(True, note="tan 5x ~ 5x near 0")
L.step(sp.limit(sp.sin(3 * x) / sp.tan(5 * x), x, 0) == sp.Rational(5, 3))
L.step(sp.exp(3) ** 2 == sp.exp(6)); L.step(sp.simplify(3 * x / (5 * x)) == sp.Rational(3, 5))
L.step(same(1 - sp.cos(2 * x), 2 * sp.sin(x) ** 2)); L.step(sp.limit(2 * sp.sin(x) ** 2 / x ** 2, x, 0) == 2)
L.step(same(x ** x, sp.exp(x * sp.log(x)))); L.step(sp.limit(x * sp.log(x), x, 0, "+") == 0); L.step(sp.exp(0) == 1)
# Puzzle 2
rr = sp.Rational(1, 3)
# sum k r^k = r d/dr 1/(1 - r), checked symbolically and by a long partial sum at r = 1/3
L.step(same(r * sp.diff(1 / (1 - r), r), r / (1 - r) ** 2, positive=False)
       and abs(sp.N(sp.Sum(k * rr ** k, (k, 1, 200)).doit() - rr / (1 - rr) ** 2, 50)) < 1e-40)
L.define(note="|r| < 1")
L.step(sp.summation(k / 3 ** k, (k, 1, sp.oo)) == sp.Rational(1, 3) / sp.Rational(4, 9)); L.step(sp.Rational(1, 3) / sp.Rational(4, 9) == sp.Rational(3, 4))
L.step(same(1 / (k * (k + 2)), (1 / k - 1 / (k + 2)) / 2))
S2 = sp.summation(1 / (k * (k + 2)), (k, 1, sp.oo))
L.step(S2 == sp.Rational(1, 2) * (1 + sp.Rational(1, 2))); L.step(sp.Rational(1, 2) * (1 + sp.Rational(1, 2)) == sp.Rational(3, 4))
partial = sp.summation(1 / (k * (k + 2)), (k, 1, N))
L.step(same(partial, sp.Rational(3, 4) - (2 * N + 3) / (2 * (N + 1) * (N + 2)))); L.define(note="N = 1")
L.step(sp.Rational(3, 4) - sp.Rational(5, 12) == sp.Rational(1, 3) and sp.Rational(3, 4) - sp.Rational(5, 2 * 2 * 3) == partial.subs(N, 1))
L.step(S2 == sp.Rational(1, 2) * (1 + sp.Rational(1, 2) + sp.Rational(1, 3))); L.step(sp.Rational(1, 2) * (1 + sp.Rational(1, 2) + sp.Rational(1, 3)) == sp.Rational(11, 12))
L.step(same(sp.summation(2 ** k, (k, 0, n)), 2 ** (n + 1) - 1))
L.step(sp.summation(x ** k / sp.factorial(k), (k, 0, sp.oo)) == sp.exp(x))
L.define(2, "k = 1, 2 and k >= 3")
# Puzzle 3
u = sp.symbols("u", positive=True)
L.define(note="u = 2x")
I1 = sp.integrate(x ** 2 * sp.exp(-2 * x), (x, 0, sp.oo))
L.step(I1 == sp.integrate(u ** 2 * sp.exp(-u), (u, 0, sp.oo)) / 8); L.step(sp.integrate(u ** 2 * sp.exp(-u), (u, 0, sp.oo)) / 8 == sp.factorial(2) / 8)
L.step(sp.factorial(2) / 8 == sp.Rational(1, 4))
I2 = sp.integrate(x * sp.log(x), (x, 0, 1))
bracket = sp.limit(x ** 2 / 2 * sp.log(x), x, 1) - sp.limit(x ** 2 / 2 * sp.log(x), x, 0, "+")
L.step(I2 == bracket - sp.integrate(x / 2, (x, 0, 1))); L.step(bracket - sp.integrate(x / 2, (x, 0, 1)) == 0 - sp.Rational(1, 4)); L.step(I2 == -sp.Rational(1, 4))
ph, rad = sp.symbols("phi rho", positive=True)
G = sp.integrate(sp.exp(-x ** 2 / 2), (x, -sp.oo, sp.oo))
L.step(sp.simplify(G ** 2 - sp.integrate(sp.integrate(sp.exp(-rad ** 2 / 2) * rad, (rad, 0, sp.oo)), (ph, 0, 2 * sp.pi))) == 0)
L.step(sp.simplify(G ** 2 - 2 * sp.pi) == 0 and sp.simplify(G - sp.sqrt(2 * sp.pi)) == 0)
L.step(same(sp.sin(x) ** 2, (1 - sp.cos(2 * x)) / 2)); L.step(sp.integrate((1 - sp.cos(2 * x)) / 2, (x, 0, sp.pi / 2)) == sp.pi / 4)
L.define(2, "u = ln x, dv = x dx")
L.step(I2 == bracket - sp.integrate(x, (x, 0, 1)), note="v du = x/2 dx")
L.step(bracket - sp.integrate(x, (x, 0, 1)) == -sp.Rational(1, 2))
I3 = sp.integrate(x * sp.log(x ** 2), (x, 0, 1))
L.step(same(x * sp.log(x ** 2), 2 * x * sp.log(x)) and sp.simplify(I3 - 2 * I2) == 0)
L.step(2 * I2 == -1, carried=2 * -sp.Rational(1, 2) == -1)
L.define(2, "v, du"); L.step(sp.integrate(x / 2, (x, 0, 1)) == sp.Rational(1, 4))
L.step(I3 == -sp.Rational(1, 2))
# Puzzle 4
faces = range(1, 7)
pm = {m: sp.Rational(2 * m - 1, 36) for m in faces}
cnt = lambda m: sum(1 for i in faces for j in faces if max(i, j) <= m)
L.step(all(sp.Rational(cnt(m), 36) == sp.Rational(m * m, 36) for m in faces))
L.step(all(sp.Rational(sum(1 for i in faces for j in faces if max(i, j) == m), 36) == pm[m] for m in faces))
EM = sum(m * pm[m] for m in faces); EM2 = sum(m * m * pm[m] for m in faces)
L.step(EM == sp.Rational(1 * 1 + 2 * 3 + 3 * 5 + 4 * 7 + 5 * 9 + 6 * 11, 36)); L.step(EM == sp.Rational(161, 36)); L.step(rounds("4.4722", EM))
sq = sum(m * m * (2 * m - 1) for m in faces)
L.step(sq == 1 + 12 + 45 + 112 + 225 + 396); L.step(sq == 781, note="791")
L.step(EM2 == sp.Rational(781, 36), carried=True); L.step(rounds("21.6944", sp.Rational(781, 36)))
L.step(True, note="Var = E[M^2] - E[M]^2")
L.step(substituted(EM2 - EM ** 2, lambda a_, b_: a_ - b_, "~21.6944", "~20.0008"),
       carried=rounds("21.6944", sp.Rational(781, 36)) and rounds("20.0008", EM ** 2))
L.step(R("21.6944") - R("20.0008") == R("1.6936"))
H6 = sum(sp.Rational(1, j) for j in faces)
L.define(note="H_6 := 1 + ... + 1/6"); L.step(rounds("2.35", H6), note="2.45")
L.step(substituted(6 * H6, lambda h: 6 * h, "~2.35"), carried=True); L.step(6 * R("2.35") == R("14.1"))
L.step(sq == 791); L.step(EM2 - EM ** 2 == sp.Rational(791, 36) - sp.Rational(161, 36) ** 2); L.step(EM2 - EM ** 2 == sp.Rational(2555, 1296)); L.step(rounds("1.9715", sp.Rational(2555, 1296)))
L.step(H6 == sp.Rational(49, 20)); L.step(sp.Rational(49, 20) == R("2.45")); L.step(6 * H6 == 6 * R("2.45") and 6 * R("2.45") == R("14.7"))
VarD = sum(sp.Rational(i * i, 6) for i in faces) - sp.Rational(7, 2) ** 2
L.step(2 * sp.Rational(7, 2) == 7); L.step(2 * VarD == 2 * sp.Rational(35, 12)); L.step(2 * sp.Rational(35, 12) == sp.Rational(35, 6)); L.step(rounds("5.8333", sp.Rational(35, 6)))
p = sp.Rational(1, 6)
L.define(note="p = 1/6"); L.step(1 / p == 6)
kk = sp.symbols("kk", integer=True, positive=True)
varg = sp.summation(kk ** 2 * (1 - p) ** (kk - 1) * p, (kk, 1, sp.oo)) - 36
L.step(varg == (1 - p) / p ** 2 and (1 - p) / p ** 2 == sp.Rational(5, 6) / sp.Rational(1, 36)); L.step(sp.Rational(5, 6) / sp.Rational(1, 36) == 30)
# Puzzle 5
L.define(2, "p, q")
P, Q = [R("0.5"), R("0.5")], [R("0.8"), R("0.2")]
kl = lambda A, B: sum(a_ * sp.log(a_ / b_) for a_, b_ in zip(A, B))
kpq, kqp = kl(P, Q), kl(Q, P)
L.step(True, note="definition with p = (0.5, 0.5), q = (0.8, 0.2)")
L.step(substituted(kpq, lambda a_, b_: R("0.5") * a_ + R("0.5") * b_, "~-0.4700", "~0.9163"))
L.step(substituted(kpq, lambda a_, b_: a_ + b_, "~-0.2350", "~0.4581") and rounds("-0.2350", R("0.5") * R("-0.4700")) and rounds("0.4581", R("0.5") * R("0.9163"), sp.log(R("2.5")) / 2))
L.step(rounds("0.2231", R("-0.2350") + R("0.4581"), kpq))
L.step(True, note="definition")
L.step(substituted(kqp, lambda a_, b_: R("0.8") * a_ + R("0.2") * b_, "~0.4700", "~-0.9163"))
L.step(substituted(kqp, lambda a_, b_: a_ - b_, "~0.3760", "~0.1833") and rounds("0.3760", R("0.8") * R("0.4700")) and rounds("0.1833", R("0.2") * R("0.9163")))
L.step(rounds("0.1927", R("0.3760") - R("0.1833"), kqp))
L.step(sp.simplify(kpq - R("0.5") * sp.log(R("0.25") / (R("0.8") * R("0.2")))) == 0); L.step(R("0.25") / (R("0.8") * R("0.2")) == R("1.5625"))
L.step(rounds("0.2231", sp.log(R("1.5625")) / 2))
L.step(True, note="Gibbs"); L.define(note="p = q")
m1, m2, s1, s2 = sp.symbols("m1 m2 s1 s2", positive=True)
xx = sp.symbols("xx", real=True)
gk = sp.log(s2 / s1) + (s1 ** 2 + (m1 - m2) ** 2) / (2 * s2 ** 2) - sp.Rational(1, 2)
dens = lambda mm, ss: sp.exp(-(xx - mm) ** 2 / (2 * ss ** 2)) / sp.sqrt(2 * sp.pi * ss ** 2)
mp.mp.dps = 30
num = mp.quad(lambda t: mp.npdf(t, 0, 1) * (mp.log(mp.npdf(t, 0, 1)) - mp.log(mp.npdf(t, 1, 2))), [-mp.inf, mp.inf])
assert abs(num - (mp.log(2) + mp.mpf(2) / 8 - mp.mpf(1) / 2)) < mp.mpf("1e-20")     # the formula with -1/2
L.step(same(gk, gk + sp.Rational(1, 2)), note="missing -1/2")
kl01 = sp.log(2) + sp.Rational(2, 8) - sp.Rational(1, 2)
L.step(kl01 == sp.log(2) + sp.Rational(1 + 1, 8), carried=True)
L.step(substituted(sp.log(2) + sp.Rational(1, 4), lambda a_: a_ + R("0.25"), "~0.6931")); L.step(rounds("0.9431", R("0.6931") + R("0.25")))
L.step(substituted(kl01, lambda a_: a_ + R("0.25") - R("0.5"), "~0.6931")); L.step(rounds("0.4431", R("0.6931") - R("0.25"), kl01))
kl10 = gk.subs({s2: 1, s1: 2, m1: 1, m2: 0})
L.step(sp.simplify(kl10 - (sp.log(sp.Rational(1, 2)) + sp.Rational(4 + 1, 2) - sp.Rational(1, 2))) == 0)
L.step(substituted(kl10, lambda a_: -a_ + R("2.5") - R("0.5"), "~0.6931")); L.step(rounds("1.3069", -R("0.6931") + R("2.5") - R("0.5"), kl10))
# Puzzle 6
A = sp.Matrix([[1, 2], [0, 1]]); bv = sp.Matrix([1, 1]); x1, x2 = sp.symbols("x1 x2", real=True); X = sp.Matrix([x1, x2])
L.define(3, "A, b, x")
fq = ((A * X - bv).T * (A * X - bv))[0]
L.step(sp.expand(fq - ((X.T * A.T * A * X)[0] - 2 * (bv.T * A * X)[0] + (bv.T * bv)[0])) == 0)
grad = sp.Matrix([sp.diff(fq, x1), sp.diff(fq, x2)])
L.step(sp.expand(grad - (2 * A.T * A * X - 2 * A.T * bv)) == sp.zeros(2, 1)); L.step(sp.expand(2 * A.T * A * X - 2 * A.T * bv - 2 * A.T * (A * X - bv)) == sp.zeros(2, 1))
pt = {x1: 1, x2: 0}
L.step((A * X).subs(pt) - bv == sp.Matrix([1, 0]) - sp.Matrix([1, 1])); L.step(sp.Matrix([1, 0]) - sp.Matrix([1, 1]) == sp.Matrix([0, -1]))
L.step(grad.subs(pt) == 2 * A.T * sp.Matrix([0, -1]) and 2 * A.T * sp.Matrix([0, -1]) == sp.Matrix([0, -2]))
Xm = sp.Matrix(2, 2, sp.symbols("y0:4", real=True)); Am = sp.Matrix(2, 2, sp.symbols("c0:4", real=True))
L.step(sp.Matrix(2, 2, lambda i, j: sp.diff((Am * Xm).trace(), Xm[i, j])) == Am.T)
L.step(sp.simplify(sp.Matrix(2, 2, lambda i, j: sp.diff(sp.log(Xm.det()), Xm[i, j])) - Xm.inv().T) == sp.zeros(2, 2))
L.step(sp.expand(grad - 2 * A * (A * X - bv)) == sp.zeros(2, 1))
L.step(grad.subs(pt) == 2 * A * sp.Matrix([0, -1]), carried=True)
L.step(2 * A * sp.Matrix([0, -1]) == 2 * sp.Matrix([-2, -1])); L.step(2 * sp.Matrix([-2, -1]) == sp.Matrix([-4, -2]))
L.step(sp.expand(fq - ((x1 + 2 * x2 - 1) ** 2 + (x2 - 1) ** 2)) == 0)
L.step(grad[0].subs(pt) == 2 * 0 and 2 * 0 == 0)
L.step(grad[1].subs(pt) == 4 * 0 + 2 * (-1) and 4 * 0 + 2 * (-1) == -2)
# correction
z2 = sp.summation(1 / k ** 2, (k, 1, sp.oo))
L.step(z2 == sp.pi ** 2 / 8, note="pi^2/6")
L.step(z2 == sp.pi ** 2 / 6); L.step(rounds("1.6449", sp.pi ** 2 / 6))
jj = sp.symbols("jj", integer=True, nonnegative=True)
odd = sp.summation(1 / (2 * jj + 1) ** 2, (jj, 0, sp.oo))
L.step(sp.simplify(odd - sp.Rational(3, 4) * sp.pi ** 2 / 6) == 0); L.step(sp.simplify(sp.Rational(3, 4) * sp.pi ** 2 / 6 - sp.pi ** 2 / 8) == 0)
L.step(rounds("1.2337", sp.pi ** 2 / 8))
# new puzzles
val = mp.quad(lambda t: mp.log(1 + t) / (1 + t ** 2), [0, 1])
L.step(abs(val - mp.pi / 8 * mp.log(2)) < mp.mpf("1e-25")); L.define(note="x = tan theta")
L.step(mp.zeta(mp.mpf("1.01")) < 101)
a_, b_ = sp.symbols("a b", real=True)
L.step(same(sp.diff(sp.log(sp.exp(a_) + sp.exp(b_)), a_), 1 / (1 + sp.exp(b_ - a_)), positive=False))
L.done()
