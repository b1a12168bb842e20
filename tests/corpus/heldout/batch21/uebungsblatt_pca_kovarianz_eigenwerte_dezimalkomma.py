"""Labels for uebungsblatt_pca_kovarianz_eigenwerte_dezimalkomma.tex: a German homework with decimal commas
and a tutor's corrections. PCA of four points: the covariance normalised by n = 4 instead of n - 1 (carried
into the characteristic polynomial and both eigenvalues; the eigenvector slope and the explained-variance
share, being scale-free, stay right), a second eigenvector that is not orthogonal (carried into a
projection), and -2.8168 written -2.8186 (carried into the variance of the projections)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R as R_, rounds as rounds_, same, substituted as subst_  # noqa: E402

R = lambda s: R_(s.replace(",", "."))
rounds = lambda w, *v, **kw: rounds_(w.replace(",", "."), *v, **kw)
substituted = lambda t, f, *w: subst_(t, f, *[x.replace(",", ".") for x in w])

L = Labels("batch21/uebungsblatt_pca_kovarianz_eigenwerte_dezimalkomma.tex")
P = [sp.Matrix([1, 2]), sp.Matrix([3, 3]), sp.Matrix([4, 6]), sp.Matrix([0, 1])]
L.define(4, "points")
m = sum(P, sp.zeros(2, 1)) / 4
L.step(m == sp.Matrix([1 + 3 + 4 + 0, 2 + 3 + 6 + 1]) / 4); L.step(m == sp.Matrix([2, 3]))
C = [p - m for p in P]
for c, w in zip(C, [(-1, -1), (1, 0), (2, 3), (-2, -2)]):
    L.step(list(c) == list(w))
L.step(sum(c[0] ** 2 for c in C) == 1 + 1 + 4 + 4); L.step(1 + 1 + 4 + 4 == 10)
L.step(sum(c[0] * c[1] for c in C) == 1 + 0 + 6 + 4); L.step(1 + 0 + 6 + 4 == 11)
L.step(sum(c[1] ** 2 for c in C) == 1 + 0 + 9 + 4); L.step(1 + 0 + 9 + 4 == 14)
S = sum((c * c.T for c in C), sp.zeros(2, 2)) / 3            # sample covariance, n - 1
S4 = sum((c * c.T for c in C), sp.zeros(2, 2)) / 4            # the group's
M = sp.Matrix([[10, 11], [11, 14]])
L.step(S == M / 4, note="n - 1"); L.step(S4 == M / 4); L.step(M / 4 == sp.Matrix([[R("2,5"), R("2,75")], [R("2,75"), R("3,5")]]))
lam = sp.symbols("lambda")
cp, cp4 = (S - lam * sp.eye(2)).det(), (S4 - lam * sp.eye(2)).det()
own = (R("2,5") - lam) * (R("3,5") - lam) - R("2,75") ** 2
L.step(same(cp, own, [lam]), carried=same(cp4, own, [lam]))
L.step(same(own, lam ** 2 - 6 * lam + R("8,75") - R("7,5625"), [lam])); L.step(R("8,75") - R("7,5625") == R("1,1875"))
ev = sorted(sp.solve(cp, lam), key=lambda t: sp.N(t)); ev4 = sorted(sp.solve(cp4, lam), key=lambda t: sp.N(t))
l2, l1 = ev; l24, l14 = ev4
pm = lambda c, r: (c - r, c + r)
L.step(pm(3, sp.sqrt(9 - R("1,1875"))) == (l2, l1), carried=sp.simplify(3 + sp.sqrt(9 - R("1,1875")) - l14) == 0)
L.step(rounds("2,7951", sp.sqrt(9 - R("1,1875"))))
L.step(rounds("5,7951", l1), carried=rounds("5,7951", l14)); L.step(rounds("0,2049", l2), carried=rounds("0,2049", l24))
L.step(True, note="n - 1 = 3"); L.step(S == M / 3)
L.step(substituted(l1, lambda a: sp.Rational(4, 3) * a, "~5,7951")); L.step(rounds("7,7268", sp.Rational(4, 3) * R("5,7951"), l1))
L.step(substituted(l2, lambda a: sp.Rational(4, 3) * a, "~0,2049")); L.step(rounds("0,2732", sp.Rational(4, 3) * R("0,2049"), l2))
L.step(sp.simplify(l1 + l2 - 8) == 0); L.step(S.trace() == 8)
L.step(substituted(l1 * l2, lambda a, b: a * b, "~7,7268", "~0,2732")); L.step(rounds("2,1110", R("7,7268") * R("0,2732"), approx=True))
L.step(S.det() == sp.Rational(10 * 14 - 11 ** 2, 9)); L.step(sp.Rational(10 * 14 - 11 ** 2, 9) == sp.Rational(19, 9)); L.step(rounds("2,1111", sp.Rational(19, 9)))
L.define(2, "(S - lambda1 I) v = 0 and its first row")
null = (S - l1 * sp.eye(2)).nullspace()[0]
slope = sp.simplify(null[1] / null[0])
L.step(substituted(slope, lambda a: (a - R("2,5")) / R("2,75"), "~5,7951"), note="scale-free")
L.step(R("5,7951") - R("2,5") == R("3,2951")); L.step(rounds("1,1982", R("3,2951") / R("2,75"), slope))
L.step(True, note="norm"); L.step(rounds("1,5607", sp.sqrt(1 + R("1,1982") ** 2), sp.sqrt(1 + slope ** 2)))
v1 = sp.Matrix([1, slope]) / sp.sqrt(1 + slope ** 2)
L.step(substituted(v1[0], lambda n: 1 / n, "~1,5607") and substituted(v1[1], lambda n, s: s / n, "~1,5607", "~1,1982"))
L.step(rounds("0,6407", 1 / R("1,5607"), v1[0]) and rounds("0,7677", R("1,1982") / R("1,5607"), v1[1]))
v2 = sp.Matrix([-v1[1], v1[0]])
L.step(rounds("0,7677", v2[0]) and rounds("0,6407", v2[1]), note="not orthogonal")
share = l1 / (l1 + l2)
L.step(substituted(share, lambda a: a / 6, "~5,7951")); L.step(rounds("0,966", R("5,7951") / 6, approx=True))
L.step(True, note="v1^T (0.7677, 0.6407) = 2 (0.6407)(0.7677)"); L.step(rounds("0,9837", 2 * R("0,6407") * R("0,7677")))
L.step(rounds("-0,7677", v2[0], -R("0,7677")) and rounds("0,6407", v2[1])); L.step(sp.simplify((v1.T * v2)[0]) == 0)
L.define(note="z")
z = [sp.simplify((v1.T * c)[0]) for c in C]
L.step(substituted(z[0], lambda a, b: -a - b, "~0,6407", "~0,7677")); L.step(R("-0,6407") - R("0,7677") == R("-1,4084"))
L.step(rounds("0,6407", z[1]))
L.step(substituted(z[2], lambda a, b: 2 * a + 3 * b, "~0,6407", "~0,7677")); L.step(2 * R("0,6407") + 3 * R("0,7677") == R("3,5845"))
L.step(substituted(z[3], lambda a, b: -2 * a - 2 * b, "~0,6407", "~0,7677")); L.step(rounds("-2,8186", -2 * R("0,6407") - 2 * R("0,7677"), z[3]), note="-2.8168")
vz = sum(t ** 2 for t in z) / 3
L.step(substituted(vz, lambda a, b, c, d: (a ** 2 + b ** 2 + c ** 2 + d ** 2) / 3, "~1,4084", "~0,6407", "~3,5845", "~2,8186"), carried=True)
L.step(rounds("23,1872", R("1,4084") ** 2 + R("0,6407") ** 2 + R("3,5845") ** 2 + R("2,8186") ** 2))
L.step(rounds("7,7291", R("23,1872") / 3)); L.step(rounds("7,73", R("7,7291"), approx=True))
p2 = (v2.T * C[2])[0]
L.step(substituted(p2, lambda a, b: 2 * a + 3 * b, "~0,7677", "~0,6407"), carried=True); L.step(2 * R("0,7677") + 3 * R("0,6407") == R("3,4575"))
L.step(2 * R("0,6407") + 2 * R("0,7677") == R("2,8168"))
L.step(rounds("23,1771", R("1,4084") ** 2 + R("0,6407") ** 2 + R("3,5845") ** 2 + R("2,8168") ** 2))
L.step(rounds("7,7257", R("23,1771") / 3)); L.step(rounds("7,73", R("7,7257"), vz, approx=True))
L.step(substituted(p2, lambda a, b: -2 * a + 3 * b, "~0,7677", "~0,6407")); L.step(rounds("0,3867", -2 * R("0,7677") + 3 * R("0,6407"), p2))
L.done()
