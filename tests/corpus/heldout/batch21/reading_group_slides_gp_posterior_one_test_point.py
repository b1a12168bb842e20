"""Labels for reading_group_slides_gp_posterior_one_test_point.tex: reading-group slides on GP regression with
a squared-exponential kernel, two noisy observations and one test point: the predictive mean and variance
(checked by conditioning the explicit joint Gaussian through its precision matrix), the Gram matrix and its
inverse, a first version with the kernel's 1/2 lost (carried into the mean), the variance used as the
standard deviation in the 95% band (carried into its endpoint), the noise variance squared again (carried
into sd(y*)), the noise-free GP, and a far test point with 0.2545 written 0.2455 (carried into the drop)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch21/reading_group_slides_gp_posterior_one_test_point.tex")
k = lambda a, b: sp.exp(-sp.Rational(1, 2) * (a - b) ** 2)
X = [0, 1]; y = sp.Matrix([1, 2]); sn2 = R("0.1")
L.define(note="kernel"); L.define(3, "x, y, sigma_n^2"); L.define(note="x*")

def predict(xs, noise=sn2):
    C = sp.Matrix(3, 3, lambda i, j: k(([*X, xs])[i], ([*X, xs])[j]))
    C[0, 0] += noise; C[1, 1] += noise
    P = C.inv()                                   # precision of (y1, y2, f*)
    var = 1 / P[2, 2]
    mean = -var * (P[2, 0] * y[0] + P[2, 1] * y[1])
    return sp.simplify(mean), sp.simplify(var)

mu, var = predict(R("0.5"))
Kn = sp.Matrix(2, 2, lambda i, j: k(X[i], X[j])) + sn2 * sp.eye(2)
ks = sp.Matrix([k(R("0.5"), a) for a in X])
L.step(sp.simplify(mu - (ks.T * Kn.inv() * y)[0]) == 0)
L.step(sp.simplify(var - (1 - (ks.T * Kn.inv() * ks)[0])) == 0)
L.define(note="k* ="); L.step(sp.simplify((y.T * Kn.inv() * ks)[0] - (ks.T * Kn.inv() * y)[0]) == 0)
L.step(k(0, 1) == sp.exp(-sp.Rational(1, 2))); L.step(rounds("0.6065", k(0, 1)))
L.step(Kn == sp.Matrix([[R("1.1"), sp.exp(-sp.Rational(1, 2))], [sp.exp(-sp.Rational(1, 2)), R("1.1")]]) and rounds("0.6065", Kn[0, 1]))
L.step(substituted(Kn.det(), lambda p: R("1.1") ** 2 - p ** 2, "~0.6065")); L.step(rounds("0.3679", R("0.6065") ** 2, Kn[0, 1] ** 2))
L.step(R("1.21") - R("0.3679") == R("0.8421"))
Ki = Kn.inv()
L.step(substituted(Ki[0, 0], lambda d: R("1.1") / d, "~0.8421") and substituted(Ki[0, 1], lambda d, c: -c / d, "~0.8421", "~0.6065"))
L.step(rounds("1.3062", R("1.1") / R("0.8421"), Ki[0, 0]) and rounds("-0.7202", -R("0.6065") / R("0.8421"), Ki[0, 1]))
L.step(list(ks) == [sp.exp(-R("0.125"))] * 2); L.step(rounds("0.8825", ks[0]))
al = Ki * y
L.define(note="alpha")
L.step(substituted(al[0], lambda p, q: p - q * 2, "~1.3062", "~0.7202") and substituted(al[1], lambda p, q: -q + p * 2, "~1.3062", "~0.7202"))
L.step(rounds("-0.1342", R("1.3062") - R("0.7202") * 2) and rounds("1.8922", -R("0.7202") + R("1.3062") * 2))
L.step(sp.simplify(mu - (ks.T * al)[0]) == 0)
L.step(substituted(mu, lambda p, q, r: p * (q + r), "~0.8825", "~-0.1342", "~1.8922"))
L.step(R("-0.1342") + R("1.8922") == R("1.7580")); L.step(rounds("1.5514", R("0.8825") * R("1.7580"), mu))
L.step(rounds("1.5514", mu) and mu > R("1.5"))
k_wrong = sp.exp(-R("0.25"))
L.step(k(R("0.5"), 0) == k_wrong, note="1/2 lost"); L.step(rounds("0.7788", k_wrong))
L.step(substituted(mu, lambda p, q: p * q, "~0.7788", "~1.7580"), carried=substituted(k_wrong * (al[0] + al[1]), lambda p, q: p * q, "~0.7788", "~1.7580"))
L.step(rounds("1.3691", R("0.7788") * R("1.7580"))); L.step(R("0.5") ** 2 / 2 == R("0.125"))
v = Ki * ks
L.define(note="v")
L.step(substituted(v[0], lambda p, q, r: p * (q - r), "~0.8825", "~1.3062", "~0.7202") and v[0] == v[1])
L.step(rounds("0.5171", R("0.8825") * (R("1.3062") - R("0.7202"))))
kv = (ks.T * v)[0]
L.step(substituted(kv, lambda p, q: 2 * p * q, "~0.8825", "~0.5171")); L.step(rounds("0.9127", 2 * R("0.8825") * R("0.5171"), kv))
L.step(substituted(var, lambda p: 1 - p, "~0.9127")); L.step(rounds("0.0873", 1 - R("0.9127"), var))
sd = sp.sqrt(var)
L.step(substituted(R("1.96") * sd, lambda p: R("1.96") * p, "~0.0873"), note="variance for sd")
L.step(rounds("0.1711", R("1.96") * R("0.0873")))
L.step(substituted(mu - R("1.96") * sd, lambda m, h: m - h, "~1.5514", "~0.1711"),
       carried=substituted(mu - R("1.96") * var, lambda m, h: m - h, "~1.5514", "~0.1711"))
L.step(R("1.5514") - R("0.1711") == R("1.3803"))
vy = var + sn2
L.step(substituted(vy, lambda p: p + R("0.1") ** 2, "~0.0873"), note="0.1 squared again"); L.step(R("0.0873") + R("0.01") == R("0.0973"))
L.step(substituted(sp.sqrt(vy), lambda p: sp.sqrt(p), "~0.0973"), carried=substituted(sp.sqrt(var + sn2 ** 2), lambda p: sp.sqrt(p), "~0.0973"))
L.step(rounds("0.3119", sp.sqrt(R("0.0973"))))
L.step(substituted(sd, lambda p: sp.sqrt(p), "~0.0873")); L.step(rounds("0.2955", sp.sqrt(R("0.0873")), sd)); L.step(rounds("0.5792", R("1.96") * R("0.2955")))
L.define(note="sigma_n^2 = 0.1")
L.step(substituted(vy, lambda p: p + R("0.1"), "~0.0873")); L.step(R("0.0873") + R("0.1") == R("0.1873"))
K0 = sp.Matrix(2, 2, lambda i, j: k(X[i], X[j]))
mu0, var0 = predict(R("0.5"), 0)
L.step(substituted(K0.det(), lambda p: 1 - p ** 2, "~0.6065")); L.step(rounds("0.6322", 1 - R("0.6065") ** 2, K0.det()))
L.step(rounds("1.6480", mu0)); L.step(rounds("0.0305", var0)); L.step(var0 < var)
ks3 = sp.Matrix([k(3, a) for a in X])
L.step(list(ks3) == [sp.exp(-R("4.5")), sp.exp(-2)]); L.step(rounds("0.0111", ks3[0]) and rounds("0.1353", ks3[1]))
mu3, var3 = predict(3)
L.step(substituted(mu3, lambda a, b, c, d: a * c + b * d, "~0.0111", "~0.1353", "~-0.1342", "~1.8922"))
L.step(rounds("0.2455", R("0.0111") * R("-0.1342") + R("0.1353") * R("1.8922")), note="0.2545")
v3 = Ki * ks3
wv = sp.Matrix([[R("1.3062"), R("-0.7202")], [R("-0.7202"), R("1.3062")]]) * sp.Matrix([R("0.0111"), R("0.1353")])
L.step(all(substituted(v3[i], lambda a, b, p, q: (a * p + b * q) if i == 0 else (b * p + a * q), "~1.3062", "~-0.7202", "~0.0111", "~0.1353") for i in range(2))
       and rounds("-0.0829", wv[0]) and rounds("0.1687", wv[1]))
L.step(substituted(var3, lambda a, b, p, q: 1 - (a * p + b * q), "~0.0111", "~0.1353", "~-0.0829", "~0.1687"))
L.step(rounds("0.9781", 1 - (R("0.0111") * R("-0.0829") + R("0.1353") * R("0.1687")), var3))
L.define(2, "x* = 0.5, x* = 3")
L.step(substituted(mu - mu3, lambda p, q: p - q, "~1.5514", "~0.2455"), carried=True)
L.step(R("1.5514") - R("0.2455") == R("1.3059")); L.step(k(3, 3) == 1)
L.step(rounds("0.2545", R("0.0111") * R("-0.1342") + R("0.1353") * R("1.8922"), mu3)); L.step(rounds("1.2969", R("1.5514") - R("0.2545"), mu - mu3))
L.done()
