"""Labels for handout_variance_linear_combinations.tex: E/Var/Cov of linear combinations.
The operator laws are checked on random joint distributions of (X, Y) with exact rational
probabilities; the numbers from the given moments with those laws."""
import random
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds  # noqa: E402

L = Labels("batch3/handout_variance_linear_combinations.tex")
rng = random.Random(3)


def joints(k=4):
    """Random joint pmfs of (X, Y) on 5 points, exact."""
    for _ in range(k):
        pts = [(sp.Rational(rng.randint(-9, 9), rng.randint(1, 4)), sp.Rational(rng.randint(-9, 9), rng.randint(1, 4))) for _ in range(5)]
        w = [rng.randint(1, 9) for _ in pts]
        yield [(x, y, sp.Rational(wi, sum(w))) for (x, y), wi in zip(pts, w)]


def law(lhs, rhs):
    """lhs, rhs: functions of (E, a, b, c) where E(f) = expectation of f(x, y)."""
    for J in joints():
        E = lambda f: sum(p * f(x, y) for x, y, p in J)
        a, b, c = (sp.Rational(rng.randint(-9, 9), 3) for _ in range(3))
        if sp.simplify(lhs(E, a, b, c) - rhs(E, a, b, c)) != 0:
            return False
    return True


Var = lambda E, f: E(lambda x, y: f(x, y) ** 2) - E(f) ** 2
Cov = lambda E, f, g: E(lambda x, y: f(x, y) * g(x, y)) - E(f) * E(g)
X, Y = (lambda x, y: x), (lambda x, y: y)
L.step(law(lambda E, a, b, c: E(lambda x, y: a * x + b * y + c), lambda E, a, b, c: a * E(X) + b * E(Y) + c))
L.step(law(lambda E, a, b, c: Var(E, lambda x, y: a * x + b * y + c),
           lambda E, a, b, c: a ** 2 * Var(E, X) + b ** 2 * Var(E, Y) + 2 * a * b * Cov(E, X, Y)))
L.step(law(lambda E, a, b, c: Cov(E, lambda x, y: a * x + b, lambda x, y: c * y), lambda E, a, b, c: a * c * Cov(E, X, Y)))
L.step(law(lambda E, a, b, c: Cov(E, X, X), lambda E, a, b, c: Var(E, X)))
L.step(law(lambda E, a, b, c: Var(E, X), lambda E, a, b, c: E(lambda x, y: x * x) - E(X) ** 2))
L.step(law(lambda E, a, b, c: Cov(E, X, Y), lambda E, a, b, c: E(lambda x, y: x * y) - E(X) * E(Y)))
L.define(5)
EX, EY, VX, VY, C = 2, -1, 4, 9, -3
EX2, EY2, EXY = VX + EX ** 2, VY + EY ** 2, C + EX * EY
var = lambda a, b: a * a * VX + b * b * VY + 2 * a * b * C          # the law above, proved
cov = lambda a, b, c, d: a * c * VX + (a * d + b * c) * C + b * d * VY   # Cov(aX + bY, cX + dY)
# 1
L.step(3 * EX - 2 * EY + 1 == 3 * 2 - 2 * (-1) + 1); L.step(3 * 2 - 2 * (-1) + 1 == 9); L.step(6 + 2 + 1 == 9)
# 2
L.step(var(3, -2) == 9 * 4 + 4 * 9 + 2 * 3 * (-2) * (-3)); L.step(9 * 4 + 4 * 9 + 2 * 3 * (-2) * (-3) == 36 + 36 + 36); L.step(36 * 3 == 108)
a, S = sp.Matrix([3, -2]), sp.Matrix([[4, -3], [-3, 9]])
L.define(2); L.step(S * a == sp.Matrix([18, -27])); L.step((a.T * S * a)[0] == 54 + 54); L.step(54 + 54 == 108)
# 3
L.step(cov(1, 1, 1, -1) == VX - VY); L.step(VX - VY == 4 - 9); L.step(4 - 9 == -5)
# 4
sx, sy = sp.sqrt(VX), sp.sqrt(VY)
rho = C / (sx * sy)
L.step(True, note="definition of rho"); L.step(rho == sp.Rational(-3, 2 * 3)); L.step(sp.Rational(-3, 6) == R("-0.5"))
corr = lambda a, b, c, d: cov(a, b, c, d) / sp.sqrt(var(a, b) * var(c, d))
L.step(corr(2, 0, 0, -1) == R("0.5")); L.step(corr(2, 0, 0, 3) == R("-0.5"))
# 5
L.step(True, note="E X^2 = Var X + (E X)^2"); L.step(VX + EX ** 2 == 4 + 4); L.step(EX2 == 8)
L.step(True, note="E XY = Cov + E X E Y"); L.step(C + EX * EY == -3 - 2); L.step(EXY == -5)
L.step(True, note="expansion of E (X - Y)^2"); L.step(EX2 - 2 * EXY + EY2 == 8 + 10 + 10); L.step(8 + 10 + 10 == 28)
L.step(var(1, -1) + (EX - EY) ** 2 == 19 + 9); L.step(19 + 9 == 28)
# 6
L.define(4)
w1, w2, s1, s2, r = R("0.6"), R("0.4"), R("0.2"), R("0.3"), R("0.2")
vp = w1 ** 2 * s1 ** 2 + w2 ** 2 * s2 ** 2 + 2 * w1 * w2 * r * s1 * s2
L.step(vp == R("0.6") ** 2 * R("0.04") + R("0.4") ** 2 * R("0.09") + 2 * R("0.6") * R("0.4") * R("0.2") * R("0.2") * R("0.3"))
L.step(vp == R("0.0144") + R("0.0144") + R("0.00576")); L.step(vp == R("0.03456"))
L.step(True, note="sigma_p = sqrt(sigma_p^2)"); L.step(rounds("0.1859", sp.sqrt(vp))); L.step(w1 * s1 + w2 * s2 == R("0.24"))
L.define(); L.step(sp.sqrt(w1 ** 2 * s1 ** 2 + w2 ** 2 * s2 ** 2 + 2 * w1 * w2 * s1 * s2) == R("0.24"))
# 7: Var of a sum of n i.i.d. draws, exactly, for n = 3 on a random pmf
vals = [(sp.Integer(k), sp.Rational(k + 1, 10)) for k in range(4)]
E1 = sum(p * v for v, p in vals); V1 = sum(p * v * v for v, p in vals) - E1 ** 2
from itertools import product  # noqa: E402
n = 3
ES = sum(sp.prod([p for _, p in c]) * sum(v for v, _ in c) for c in product(vals, repeat=n))
ES2 = sum(sp.prod([p for _, p in c]) * sum(v for v, _ in c) ** 2 for c in product(vals, repeat=n))
L.step(ES2 - ES ** 2 == n * V1); L.step((ES2 - ES ** 2) / n ** 2 == V1 / n)
die = sp.Rational(35, 12)
assert sum(sp.Rational(1, 6) * k * k for k in range(1, 7)) - sp.Rational(7, 2) ** 2 == die
L.step(2 * die == 2 * sp.Rational(35, 12)); L.step(2 * die == sp.Rational(35, 6)); L.step(rounds("5.833", sp.Rational(35, 6), approx=True))
vbar = 2 * die / 10
L.step(vbar == sp.Rational(35, 60)); L.step(rounds("0.5833", vbar)); L.step(rounds("0.7638", sp.sqrt(vbar)))
L.define(2); L.step(True, note="sd of the mean = sigma/sqrt n"); L.step(10 / sp.sqrt(25) == 2)
# spot the error
L.step(var(1, -1) == VX - VY); L.step(VX - VY == 4 - 9); L.step(4 - 9 == -5)
L.step(var(3, 0) == 3 * VX); L.step(3 * 4 == 12)
L.step(sp.sqrt(var(1, 1)) == sx + sy); L.step(sx + sy == 2 + 3); L.step(2 + 3 == 5)
L.step(EX2 == EX ** 2); L.step(EX ** 2 == 4)
L.step(var(1, 1) == 4 + 9 + 2 * (-3)); L.step(4 + 9 - 6 == 7); L.step(True, note="sd = sqrt Var"); L.step(rounds("2.6485", sp.sqrt(7)))
L.step(cov(2, 0, 0, 3) == 6 * C); L.step(6 * C == -18); L.step(corr(2, 0, 0, 3) == sp.Rational(-18, 4 * 9)); L.step(sp.Rational(-18, 36) == R("-0.5"))
L.step(var(2, -3) == 4 * 4 + 9 * 9 + 2 * 2 * 3 * (-3)); L.step(4 * 4 + 9 * 9 + 2 * 2 * 3 * (-3) == 16 + 81 - 36); L.step(16 + 81 - 36 == 61)
L.step(True, note="Var X = E X^2 - E[X]^2"); L.step(EX2 - EX ** 2 == 8 - 2); L.step(8 - 2 == 6)
L.step(cov(1, 0, 0, 2) == 2 * C + 5); L.step(2 * C + 5 == -1)
L.step(EXY == EX * EY); L.step(EX * EY == -2)
L.step(var(1, 1) == VX + VY); L.step(VX + VY == 13)
L.define(2); L.step(10 / sp.sqrt(25) == sp.Rational(10, 25)); L.step(sp.Rational(10, 25) == R("0.4"))
L.step(var(-1, 0) == -VX); L.step(-VX == -4)
L.step(rho == sp.Rational(C, VX * VY)); L.step(sp.Rational(-3, 36) == sp.Rational(C, VX * VY)); L.step(rounds("-0.0833", sp.Rational(-3, 36)))
L.step(var(1, 0) == VX + 1); L.step(VX + 1 == 5)
L.step(rounds("2.6458", sp.sqrt(7)))
L.done()
