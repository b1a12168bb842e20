"""Labels for gamebook_labyrinth_limits_sums_integrals_matrices_dice.tex: a solo gamebook in the fighting-fantasy
style from a maths society's fanzine (an adventure sheet, numbered sections printed in numeric order and read out of
order, "turn to" choices, trap sections that show a wrong answer and send the reader back): dice for SKILL, STAMINA
and LUCK (means, variances, testing one's luck); a geometric number of tries and a Poisson chest; limits (sin 3x/x,
(1 + 2/n)^n and its thousandth term, l'Hopital twice on (e^x - 1 - x)/x^2 and (1 - cos x)/x^2, the conjugate bridge
with plank 100, x e^-x and x ln x); sums (k, k^2, k(k - 1), the geometric series, telescoping, k/3^k); integrals
(x^2, e^-2x, 1/(1 + x^2), x e^-x by parts, the Gaussian, ln x, sin x); a symmetric 2x2 matrix (det, tr, the inverse
and a solve, the characteristic polynomial and eigenvalues), gradients of x^T A x and of ||Bx - c||^2, matrix
derivatives of tr(AX) and det A, a gradient step; the maximum and minimum of two dice.
Slips, in trap sections (each as the reader is supposed to have made it, and carried one step): sin 3x/x taken as
sin 3x/(3x) (4L = 4); the geometric sum from k = 1 (5S = 10); by parts with the sign of v used twice (E X = -1); the
gradient of ||Bx - c||^2 without the transpose (the step); l'Hopital stopped at sin x/(2x) (10L = 0). The author's
own, uncaught: 10 * 11 * 21/6 = 395 (carried into the sum of k(k - 1)); sqrt(pi) = 1.7724; A^-1 with the signs of the
off-diagonal left (carried into the solve and x1 + x2)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch54/gamebook_labyrinth_limits_sums_integrals_matrices_dice.tex")
Q = sp.Rational
M = sp.Matrix
x, n, k, r = sp.symbols("x n k r", positive=True)
faces = range(1, 7)
ED = Q(sum(faces), 6); VD = Q(sum(f * f for f in faces), 6) - ED ** 2
# adventure sheet
L.define(note="SKILL")
L.step(ED + 6 == R("3.5") + 6); L.step(ED + 6 == R("9.5")); L.step(True, note="Var(D + 6) = Var D"); L.step(VD == Q(35, 12))
L.define(note="STAMINA")
L.step(2 * ED + 12 == 7 + 12); L.step(2 * ED + 12 == 19); L.step(2 * VD == 2 * Q(35, 12)); L.step(2 * VD == Q(35, 6))
L.define(note="LUCK = 9")
tot = [a + b for a in faces for b in faces]
P = lambda cond: Q(sum(1 for t in tot if cond(t)), 36)
L.step(P(lambda t: t <= 9) == 1 - Q(6, 36)); L.step(1 - Q(6, 36) == Q(30, 36)); L.step(rounds("0.8333", Q(30, 36)))
L.define(note="LUCK = 7"); L.step(P(lambda t: t <= 7) == Q(21, 36)); L.step(rounds("0.5833", Q(21, 36)))
# 2 (trap)
lim3 = sp.limit(sp.sin(3 * x) / x, x, 0)
L.step(lim3 == sp.limit(sp.sin(3 * x) / (3 * x), x, 0)); L.step(sp.limit(sp.sin(3 * x) / (3 * x), x, 0) == 1)
L.step(4 * lim3 == 4, carried=True)
# 3
p = Q(1, 6)
L.define(note="p = 1/6"); L.define(2, "pmf of N, k >= 1")
L.step(sp.summation((1 - p) ** (k - 1) * p, (k, 1, sp.oo)) == p / (1 - (1 - p))); L.step(p / (1 - (1 - p)) == 1)
EN = sp.summation(k * (1 - p) ** (k - 1) * p, (k, 1, sp.oo)); EN2 = sp.summation(k ** 2 * (1 - p) ** (k - 1) * p, (k, 1, sp.oo))
L.step(EN == 1 / p); L.step(1 / p == 6); L.step(EN2 - EN ** 2 == (1 - p) / p ** 2); L.step((1 - p) / p ** 2 == 30)
L.step(1 - sum((1 - p) ** (j - 1) * p for j in range(1, 4)) == Q(5, 6) ** 3); L.step(rounds("0.5787", Q(5, 6) ** 3))
L.define(note="E G = 4")
L.step(True, note="Poisson pmf at 0"); L.step(rounds("0.0183", sp.exp(-4)))
# 4
f4 = (sp.exp(x) - 1 - x) / x ** 2
L.step(sp.limit(f4, x, 0) == sp.limit((sp.exp(x) - 1) / (2 * x), x, 0)); L.step(sp.limit((sp.exp(x) - 1) / (2 * x), x, 0) == sp.limit(sp.exp(x) / 2, x, 0))
L.step(sp.limit(sp.exp(x) / 2, x, 0) == Q(1, 2))
# 5 (trap)
S = sp.summation(Q(2, 3) ** k, (k, 0, sp.oo))
L.define(note="S"); L.step(S == Q(2, 3) / (1 - Q(2, 3)), note="1/(1 - 2/3)"); L.step(Q(2, 3) / (1 - Q(2, 3)) == 2)
L.step(5 * S == 10, carried=5 * 2 == 10)
L.define(note="k = 0")
# 6
L.step(sp.simplify(sp.summation(k, (k, 1, n)) - n * (n + 1) / 2) == 0)
L.step(sp.summation(k, (k, 1, 10)) == Q(10 * 11, 2)); L.step(Q(10 * 11, 2) == 55)
L.step(sp.summation(k, (k, 1, 20)) == Q(20 * 21, 2)); L.step(Q(20 * 21, 2) == 210)
L.step(sp.simplify(sp.summation(k ** 2, (k, 1, n)) - n * (n + 1) * (2 * n + 1) / 6) == 0)
s2 = sp.summation(k ** 2, (k, 1, 10))
L.step(s2 == Q(10 * 11 * 21, 6)); L.step(Q(10 * 11 * 21, 6) == 395, note="385")
L.step(sp.expand(k * (k - 1) - (k ** 2 - k)) == 0)
skk = sp.summation(k * (k - 1), (k, 1, 10))
L.step(skk == s2 - 55); L.step(skk == 395 - 55, carried=True); L.step(395 - 55 == 340)
# 7
L.define(2, "u, dv")
I1 = sp.integrate(x * sp.exp(-x), (x, 0, sp.oo))
bt = sp.limit(-x * sp.exp(-x), x, sp.oo) - 0
L.step(I1 == bt + sp.integrate(sp.exp(-x), (x, 0, sp.oo))); L.step(bt == 0 and sp.integrate(sp.exp(-x), (x, 0, sp.oo)) == 1); L.step(I1 == 1)
y = sp.symbols("y", real=True)
G = sp.integrate(sp.exp(-y ** 2), (y, -sp.oo, sp.oo))
L.step(G == sp.sqrt(sp.pi)); L.step(rounds("1.7724", G), note="1.77245")
L.step(sp.integrate(sp.exp(-y ** 2), (y, 0, sp.oo)) == sp.sqrt(sp.pi) / 2); L.step(rounds("0.8862", sp.sqrt(sp.pi) / 2))
F = x * sp.log(x) - x
Iln = sp.integrate(sp.log(x), (x, 1, sp.E))
L.step(sp.simplify(sp.diff(F, x) - sp.log(x)) == 0 and sp.simplify(F.subs(x, sp.E) - F.subs(x, 1) - Iln) == 0)
L.step(sp.simplify(F.subs(x, sp.E) - F.subs(x, 1) - ((sp.E - sp.E) - (0 - 1))) == 0); L.step(Iln == 1)
Isin = sp.integrate(sp.sin(x), (x, 0, sp.pi))
L.step(Isin == -sp.cos(sp.pi) + sp.cos(0)); L.step(-sp.cos(sp.pi) + sp.cos(0) == 1 + 1); L.step(Isin == 2)
# 8 (trap)
L.define(2, "u, dv")
L.step(I1 == bt - sp.integrate(sp.exp(-x), (x, 0, sp.oo)), note="+ int e^-x")
L.step(bt == 0 and sp.integrate(sp.exp(-x), (x, 0, sp.oo)) == 1); L.step(0 - 1 == -1)
L.step(I1 == -1, carried=True)
L.define(note="v = -e^-x")
# 9
L.step(True, note="sin 3x/x = 3 sin 3x/(3x)"); L.step(sp.limit(3 * sp.sin(3 * x) / (3 * x), x, 0) == 3 * 1); L.step(lim3 == 3)
L.step(sp.limit((1 + 2 / n) ** n, n, sp.oo) == sp.exp(2)); L.step(rounds("7.3891", sp.exp(2)))
L.step(rounds("1.9980", 1000 * sp.log(R("1.002"))))
L.step(substituted(R("1.002") ** 1000, sp.exp, "~1.9980")); L.step(rounds("7.3743", sp.exp(R("1.9980")), R("1.002") ** 1000))
L.step(R("7.3743") < R("7.3891"))
# 10
L.step(True, note="antiderivative x^3/3"); L.step(sp.integrate(x ** 2, (x, 0, 1)) == Q(1, 3))
L.step(True, note="antiderivative -e^{-2x}/2"); L.step(sp.integrate(sp.exp(-2 * x), (x, 0, sp.oo)) == Q(1, 2))
L.step(sp.integrate(1 / (1 + x ** 2), (x, 0, 1)) == sp.atan(1)); L.step(sp.atan(1) == sp.pi / 4); L.step(rounds("0.7854", sp.pi / 4))
# 11 (trap)
B = M([[1, 2], [0, 1]]); c = M([1, 1]); x0 = M([1, 0])
res = B * x0 - c
gtrue = 2 * B.T * res
L.step(gtrue == 2 * B * res, note="B^T"); L.step(True, note="the product written out"); L.step(2 * B * res == M([-4, -2]))
L.step(x0 - gtrue / 10 == M([R("1.4"), R("0.2")]), carried=x0 - (2 * B * res) / 10 == M([R("1.4"), R("0.2")]))
# 12
f12 = (1 - sp.cos(x)) / x ** 2
L.step(sp.limit(f12, x, 0) == sp.limit(sp.sin(x) / (2 * x), x, 0)); L.step(sp.limit(sp.sin(x) / (2 * x), x, 0) == sp.limit(sp.cos(x) / 2, x, 0))
L.step(sp.limit(sp.cos(x) / 2, x, 0) == Q(1, 2))
lb = sp.limit(sp.sqrt(n ** 2 + 4 * n) - n, n, sp.oo)
L.step(same(sp.sqrt(n ** 2 + 4 * n) - n, 4 * n / (sp.sqrt(n ** 2 + 4 * n) + n)))
L.step(same(4 * n / (sp.sqrt(n ** 2 + 4 * n) + n), 4 / (sp.sqrt(1 + 4 / n) + 1)))
L.step(sp.limit(4 / (sp.sqrt(1 + 4 / n) + 1), n, sp.oo) == Q(4, 2)); L.step(lb == 2)
L.step(substituted(sp.sqrt(10400) - 100, lambda u: u - 100, "~101.9804")); L.step(rounds("1.9804", sp.sqrt(10400) - 100))
L.step(sp.limit(x * sp.exp(-x), x, sp.oo) == 0); L.step(sp.limit(x * sp.log(x), x, 0, "+") == 0)
# 13
A = M([[2, 1], [1, 3]])
L.define(note="A")
L.step(A.det() == 2 * 3 - 1 * 1); L.step(A.det() == 5); L.step(A.trace() == 2 + 3); L.step(A.trace() == 5)
L.define(note="A x = (3, 4)")
Aw = Q(1, 5) * M([[3, 1], [1, 2]])
L.step(A.inv() == Aw, note="off-diagonal -1")
L.step(True, note="x = A^-1 b")
xs = A.inv() * M([3, 4])
L.step(xs == Q(1, 5) * M([3 * 3 + 1 * 4, 1 * 3 + 2 * 4]), carried=Aw * M([3, 4]) == Q(1, 5) * M([3 * 3 + 1 * 4, 1 * 3 + 2 * 4]))
L.step(Q(1, 5) * M([13, 11]) == M([R("2.6"), R("2.2")]))
L.step(xs[0] + xs[1] == R("4.8"), carried=R("2.6") + R("2.2") == R("4.8"))
lam = sp.symbols("lambda")
L.step(sp.expand((A - lam * sp.eye(2)).det() - (lam ** 2 - 5 * lam + 5)) == 0)
ev = sorted(A.eigenvals().keys(), key=lambda v: -sp.N(v))
L.step(set(ev) == {(5 + sp.sqrt(5)) / 2, (5 - sp.sqrt(5)) / 2}); L.step(rounds("3.618", ev[0])); L.step(rounds("1.382", ev[1]))
L.step(sp.simplify(ev[0] * ev[1]) == 5); L.step(A.det() == 5); L.step(sp.simplify(ev[0] + ev[1]) == 5); L.step(A.trace() == 5)
# 14
L.step(S == 1 / (1 - Q(2, 3))); L.step(S == 3)
L.step(True, note="partial fractions 1/(k(k+1)) = 1/k - 1/(k+1)"); L.step(sp.summation(1 / (k * (k + 1)), (k, 1, sp.oo)) == 1)
S9 = sum(Q(1, j * (j + 1)) for j in range(1, 10))
L.step(S9 == 1 - Q(1, 10)); L.step(S9 == R("0.9"))
rr = Q(1, 3)
L.step(sp.simplify(sp.summation(k * rr ** k, (k, 1, sp.oo)) - rr / (1 - rr) ** 2) == 0 and sp.simplify(sp.summation(k * Q(1, 5) ** k, (k, 1, sp.oo)) - Q(1, 5) / (1 - Q(1, 5)) ** 2) == 0)
L.define(note="|r| < 1")
L.step(sp.summation(k / 3 ** k, (k, 1, sp.oo)) == Q(1, 3) / (1 - Q(1, 3)) ** 2); L.step((1 - Q(1, 3)) ** 2 == Q(4, 9)); L.step(Q(1, 3) / Q(4, 9) == Q(3, 4))
# 15 (trap)
L.step(sp.sin(0) == 0)
L.step(sp.limit(f12, x, 0) == sp.limit(sp.sin(x) / (2 * x), x, 0)); L.step(sp.limit(sp.sin(x) / (2 * x), x, 0) == 0, note="1/2")
L.step(10 * sp.limit(f12, x, 0) == 0, carried=True)
# 16
x1, x2 = sp.symbols("x1 x2", real=True)
X = M([x1, x2])
f = (X.T * A * X)[0]
gradf = M([sp.diff(f, x1), sp.diff(f, x2)])
L.define(note="f")
L.step(sp.expand(gradf - (A + A.T) * X) == M([0, 0])); L.step((A + A.T) == 2 * A); L.step(sp.hessian(f, (x1, x2)) == 2 * A)
xv = M([1, -1])
L.define(note="x = (1, -1)"); L.step(f.subs({x1: 1, x2: -1}) == 2 - 2 + 3); L.step(f.subs({x1: 1, x2: -1}) == 3)
L.step(A * xv == M([1, -2])); L.step(gradf.subs({x1: 1, x2: -1}) == M([2, -4]))
Xs = M(2, 2, sp.symbols("X11 X12 X21 X22")); As = M(2, 2, sp.symbols("A11 A12 A21 A22"))
tr = (As * Xs).trace()
L.step(M(2, 2, [sp.diff(tr, Xs[i, j]) for i in range(2) for j in range(2)]) == As.T)
dd = As.det()
L.step(sp.simplify(M(2, 2, [sp.diff(dd, As[i, j]) for i in range(2) for j in range(2)]) - dd * As.inv().T) == sp.zeros(2, 2))
L.step(A.det() * A.inv().T == M([[3, -1], [-1, 2]]))
L.define(note="g"); L.define(3, "B, c, x"); L.step(res == M([0, -1]))
g = ((B * X - c).T * (B * X - c))[0]
gradg = M([sp.diff(g, x1), sp.diff(g, x2)])
L.step(sp.expand(gradg - 2 * B.T * (B * X - c)) == M([0, 0])); L.step(gradg.subs({x1: 1, x2: 0}) == M([0, -2]))
# 17
L.step(gtrue == 2 * B.T * res); L.step(B.T == M([[1, 0], [2, 1]])); L.step(gtrue == M([0, -2]))
x1n = x0 - gtrue / 10
L.step(x1n == M([1, R("0.2")]))
gv = g.subs({x1: 1, x2: R("0.2")})
L.step(gv == (1 + R("0.4") - 1) ** 2 + (R("0.2") - 1) ** 2); L.step(gv == R("0.16") + R("0.64")); L.step(gv == R("0.8"))
L.step(R("0.8") < g.subs({x1: 1, x2: 0}) and g.subs({x1: 1, x2: 0}) == 1)
mx = [max(a, b) for a in faces for b in faces]
PM = lambda kk: Q(sum(1 for m in mx if m == kk), 36)
L.define(note="M = max")
L.step(all(Q(sum(1 for m in mx if m <= kk), 36) == Q(kk, 6) ** 2 for kk in faces))
L.step(all(PM(kk) == Q(2 * kk - 1, 36) for kk in faces))
EM = sum(kk * PM(kk) for kk in faces); EM2 = sum(kk ** 2 * PM(kk) for kk in faces)
L.step(EM == sum(kk * Q(2 * kk - 1, 36) for kk in faces))
L.step([kk * (2 * kk - 1) for kk in faces] == [1, 6, 15, 28, 45, 66]); L.step(EM == Q(161, 36)); L.step(rounds("4.4722", EM))
L.step(EM2 == Q(791, 36)); L.step(rounds("21.9722", EM2))
VM = EM2 - EM ** 2
L.step(substituted(VM, lambda u, v: u - v ** 2, "~21.9722", "~4.4722"))
# 20.0006 is 4.4722^2 as written: checked through its constituent
L.step(substituted(VM, lambda u, v: u - v ** 2, "~21.9722", "~4.4722") and rounds("20.0006", R("4.4722") ** 2))
L.step(rounds("1.9716", R("21.9722") - R("20.0006"), VM))
mn = [min(a, b) for a in faces for b in faces]
Emin = Q(sum(mn), 36)
L.step(Emin == 7 - EM); L.step(substituted(Emin, lambda u: 7 - u, "~4.4722")); L.step(rounds("2.5278", 7 - R("4.4722"), Emin))
L.done()
