"""Labels for abgabe_em_gaussmischung_dezimalkomma.tex: a German homework submission (decimal commas, `{,}`) with
the tutor's corrections: one EM step for a two-component 1-D Gaussian mixture. E-step responsibilities as
logistic functions; in the M-step the means divided by n = 4 instead of N_1 (carried into mu_2 and sigma_1^2);
the mixture density written without its weights (carried into the old log-likelihood); the k-means limit with a
halving slip."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch17/abgabe_em_gaussmischung_dezimalkomma.tex")
x = [sp.Integer(-1), R("0.5"), R("1.5"), sp.Integer(3)]
L.define(7, "x, pi, mu, sigma^2")


def phi(t, m, v):
    return sp.exp(-(t - m) ** 2 / (2 * v)) / sp.sqrt(2 * sp.pi * v)


h = sp.Rational(1, 2)
r1 = [h * phi(t, 0, 1) / (h * phi(t, 0, 1) + h * phi(t, 2, 1)) for t in x]
r2 = [1 - a for a in r1]
xs = sp.symbols("x", real=True)
rs = h * phi(xs, 0, 1) / (h * phi(xs, 0, 1) + h * phi(xs, 2, 1))
L.define(note="r_i1")
L.step(same(rs, 1 / (1 + sp.exp(((xs - 0) ** 2 - (xs - 2) ** 2) / 2)), positive=False))
L.step(sp.expand((xs - 0) ** 2 - (xs - 2) ** 2 - (4 * xs - 4)) == 0); L.step(same(rs, 1 / (1 + sp.exp(2 * xs - 2)), positive=False))
L.step(same(1 / (1 + sp.exp(2 * xs - 2)), 1 / (1 + sp.exp(-(2 * xs - 2))), positive=False), note="sigma(2 - 2x)")
for k, (den, res) in enumerate((("1.0183", "0.9820"), ("1.3679", "0.7311"), ("3.7183", "0.2689"), ("55.5982", "0.0180"))):
    L.step(sp.simplify(r1[k] - 1 / (1 + sp.exp(2 * x[k] - 2))) == 0)
    L.step(substituted(r1[k], lambda a: 1 / a, "~" + den) and rounds(den, 1 + sp.exp(2 * x[k] - 2)))
    L.step(rounds(res, 1 / R(den), r1[k]))
L.step(True, note="r_i2 = 1 - r_i1")
L.step(all(rounds(w, v) for w, v in zip(("0.0180", "0.2689", "0.7311", "0.9820"), r2)))
N1 = sum(r1); N2 = sum(r2)
L.define(note="N1")
L.step(substituted(N1, lambda a, b, c, d: a + b + c + d, "~0.9820", "~0.7311", "~0.2689", "~0.0180"))
L.step(R("0.9820") + R("0.7311") + R("0.2689") + R("0.0180") == 2 and rounds("2.0000", N1))
L.step(sp.simplify(N2 - (4 - N1)) == 0); L.step(rounds("2.0000", N2))
L.step(sp.simplify(N1 / 4 - N1 / 4) == 0); L.step(rounds("0.5", N1 / 4)); L.step(rounds("0.5", N2 / 4))
m1, s1 = sp.symbols("mu1 s1", positive=True)
ell = sum(sp.log(h * phi(t, m1, s1) + h * phi(t, 2, 1)) for t in x)
# gradient of the expected complete log-likelihood (Q) in mu1 with responsibilities fixed
Q = sum(r * (-(t - m1) ** 2 / (2 * s1)) for r, t in zip(r1, x))
L.step(sp.simplify(sp.diff(Q, m1) - sum(r * (t - m1) / s1 for r, t in zip(r1, x))) == 0)
L.define(note="= 0")
mu1 = sum(r * t for r, t in zip(r1, x)) / N1; mu2 = sum(r * t for r, t in zip(r2, x)) / N2
S1 = sum(r * t for r, t in zip(r1, x)); S2 = sum(r * t for r, t in zip(r2, x))
L.step(sp.N(mu1 - S1 / 4, 30) == 0, note="divide by N1")
L.step(abs(sp.N(sp.diff(Q, m1, 2).subs(s1, 1) + 4, 30)) < 1e-25, note="-N1/sigma^2 = -2"); L.step(R("-4") < 0)
L.step(substituted(S1, lambda a, b, c, d: -a + b + c + d, "~0.9820", "~0.3655", "~0.4034", "~0.0540")
       and all(rounds(w, v) for w, v in zip(("0.3655", "0.4034", "0.0540"), (r1[1] * x[1], r1[2] * x[2], r1[3] * x[3]))))
L.step(-R("0.9820") + R("0.3655") + R("0.4034") + R("0.0540") == R("-0.1591"))
L.step(substituted(mu1, lambda a: a / 4, "~-0.1591"), carried=True); L.step(rounds("-0.0398", R("-0.1591") / 4))
L.step(substituted(S2, lambda a, b, c, d: -a + b + c + d, "~0.0180", "~0.1345", "~1.0966", "~2.9460")
       and all(rounds(w, v) for w, v in zip(("0.1345", "1.0966", "2.9460"), (r2[1] * x[1], r2[2] * x[2], r2[3] * x[3]))))
L.step(-R("0.0180") + R("0.1345") + R("1.0966") + R("2.9460") == R("4.1591"))
L.step(substituted(mu2, lambda a: a / 4, "~4.1591"), carried=True); L.step(rounds("1.0398", R("4.1591") / 4))
v1 = sum(r * (t - mu1) ** 2 for r, t in zip(r1, x)) / N1
L.step(abs(sp.N(v1 - (sum(r * t ** 2 for r, t in zip(r1, x)) / N1 - mu1 ** 2), 30)) < 1e-25)
Sx2 = sum(r * t ** 2 for r, t in zip(r1, x))
L.step(substituted(Sx2, lambda a, b, c, d: a + b + c + d, "~0.9820", "~0.1828", "~0.6051", "~0.1620")
       and all(rounds(w, v, u) for w, v, u in zip(("0.1828", "0.6051", "0.1620"), (r1[1] * x[1] ** 2, r1[2] * x[2] ** 2, r1[3] * x[3] ** 2),
                                                 (R("0.7311") * R("0.25"), R("0.2689") * R("2.25"), R("0.0180") * 9))))
L.step(R("0.9820") + R("0.1828") + R("0.6051") + R("0.1620") == R("1.9319"))
L.step(substituted(v1, lambda a, b: a / 2 - b ** 2, "~1.9319", "~-0.0398"), carried=True)
L.step(rounds("0.9659", R("1.9319") / 2, Sx2 / N1) and rounds("0.0016", R("0.0398") ** 2))
L.step(R("0.9659") - R("0.0016") == R("0.9643"))
L.define(note="n = 4"); L.step(abs(sp.N(N1 - 2, 30)) < 1e-25)
L.step(substituted(mu1, lambda a: a / 2, "~-0.1591")); L.step(rounds("-0.0796", mu1))
L.step(substituted(mu2, lambda a: a / 2, "~4.1591")); L.step(rounds("2.0796", mu2))
L.step(abs(sp.N(mu1 + mu2 - 2, 30)) < 1e-25); L.step(R("-0.0796") + R("2.0796") == 2)
L.step(substituted(v1, lambda a, b: a - b ** 2, "~0.9659", "~-0.0796")); L.step(rounds("0.0063", R("0.0796") ** 2))
L.step(R("0.9659") - R("0.0063") == R("0.9596") and rounds("0.9596", v1))
v2 = sum(r * (t - mu2) ** 2 for r, t in zip(r2, x)) / N2
L.step(abs(sp.N(v1 - v2, 30)) < 1e-25)
L.step(rounds("0.2420", phi(-1, 0, 1))); L.step(rounds("0.0044", phi(-1, 2, 1)))
p = [h * phi(t, 0, 1) + h * phi(t, 2, 1) for t in x]
L.step(substituted(p[0], lambda a, b: a + b, "~0.2420", "~0.0044"), note="weights 1/2"); L.step(R("0.2420") + R("0.0044") == R("0.2464"))
L.step(sp.N(p[1] - (phi(x[1], 0, 1) + phi(x[1], 2, 1)), 30) == 0, note="weights 1/2")
L.step(rounds("0.3521", phi(x[1], 0, 1)) and rounds("0.1295", phi(x[1], 2, 1))); L.step(R("0.3521") + R("0.1295") == R("0.4816"))
L.step(abs(sp.N(p[3] - p[0], 30)) < 1e-25); L.step(abs(sp.N(p[2] - p[1], 30)) < 1e-25)
ll0 = sum(sp.log(t) for t in p)
L.step(substituted(ll0, lambda a, b: 2 * sp.log(a) + 2 * sp.log(b), "~0.2464", "~0.4816"), carried=True)
L.step(rounds("-1.4008", sp.log(R("0.2464"))) and rounds("-0.7306", sp.log(R("0.4816"))))
L.step(2 * R("-1.4008") + 2 * R("-0.7306") == R("-4.2628"))
L.step(substituted(p[0], lambda a, b: h * a + h * b, "~0.2420", "~0.0044")); L.step(rounds("0.1232", h * R("0.2420") + h * R("0.0044"), p[0]))
L.step(substituted(p[1], lambda a: h * a, "~0.4816")); L.step(rounds("0.2408", h * R("0.4816"), p[1]))
L.step(substituted(ll0, lambda a, b: 2 * sp.log(a) + 2 * sp.log(b), "~0.1232", "~0.2408"))
L.step(rounds("-2.0939", sp.log(R("0.1232")), sp.log(p[0])) and rounds("-1.4238", sp.log(R("0.2408")), sp.log(p[1])))
L.step(2 * R("-2.0939") + 2 * R("-1.4238") == R("-7.0354"))
ll1 = sum(sp.log(h * phi(t, mu1, v1) + h * phi(t, mu2, v2)) for t in x)
L.step(rounds("-7.0144", ll1)); L.step(R("-7.0144") > R("-7.0354"))
L.define(3, "sigma equal, x < 1, x > 1")
sg = sp.symbols("s", positive=True)
rsg = 1 / (1 + phi(xs, 2, sg) / phi(xs, 0, sg))
L.step(same(rsg, 1 / (1 + sp.exp((2 * xs - 2) / sg)), positive=False))
L.step((-1 + R("0.5")) / 2 == (-1 + R("0.5")) / 2); L.step((-1 + R("0.5")) / 2 == R("-0.25"))
L.step(True, note="mu2 = (1.5 + 3)/2"); L.step((R("1.5") + 3) / 2 == R("2.5"), note="2.25")
J = (-1 - R("-0.25")) ** 2 + (R("0.5") - R("-0.25")) ** 2 + (R("1.5") - R("2.25")) ** 2 + (3 - R("2.25")) ** 2
L.step(J == (-1 + R("0.25")) ** 2 + (R("0.5") + R("0.25")) ** 2 + (R("1.5") - R("2.5")) ** 2 + (3 - R("2.5")) ** 2, carried=True)
L.step((-1 + R("0.25")) ** 2 + (R("0.5") + R("0.25")) ** 2 + (R("1.5") - R("2.5")) ** 2 + (3 - R("2.5")) ** 2 == R("0.5625") + R("0.5625") + 1 + R("0.25"))
L.step(R("0.5625") + R("0.5625") + 1 + R("0.25") == R("2.375"))
J0 = (-1 - 0) ** 2 + (R("0.5") - 0) ** 2 + (R("1.5") - 2) ** 2 + (3 - 2) ** 2
L.define(2, "mu1, mu2"); L.step(J0 == 1 + R("0.25") + R("0.25") + 1); L.step(J0 == R("2.25"), note="2.5")
L.step(R("4.5") / 2 == R("2.25")); L.step(J == 4 * R("0.5625")); L.step(J == R("2.25"))
k = 5
L.step(k == 6, note="weights sum to 1"); L.step(rounds("14.0288", -2 * ll1)); L.step(2 * R("7.0144") == R("14.0288")); L.step(rounds("1.3863", sp.log(4)))
L.define(note="BIC"); L.step(substituted(-2 * ll1 + k * sp.log(4), lambda a, b: a + 6 * b, "~14.0288", "~1.3863"), carried=True)
L.step(6 * R("1.3863") == R("8.3178")); L.step(R("14.0288") + R("8.3178") == R("22.3466"))
L.define(note="AIC"); L.step(substituted(-2 * ll1 + 2 * k, lambda a: a + 12, "~14.0288"), carried=True); L.step(R("14.0288") + 12 == R("26.0288"))
L.step(k == 5); L.step(substituted(-2 * ll1 + k * sp.log(4), lambda a, b: a + 5 * b, "~14.0288", "~1.3863"))
L.step(R("14.0288") + 5 * R("1.3863") == R("20.9603"))
L.done()
