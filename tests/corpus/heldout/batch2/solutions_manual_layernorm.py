"""Labels for solutions_manual_layernorm.tex: layer norm of (1, 2, 6), its Jacobian (general
formula by sp.diff at n = 3), the backward formula with an upstream g, the n = 2 case with eps,
test-time batch norm."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch2/solutions_manual_layernorm.tex")
n = 3
X = sp.symbols("x1:4", real=True)
MU = sum(X) / n
VAR = sum((x - MU) ** 2 for x in X) / n
SIG = sp.sqrt(VAR)
XH = [(x - MU) / SIG for x in X]
pt = dict(zip(X, (1, 2, 6)))
at = lambda e: sp.nsimplify(e.subs(pt))
mu, var, sig = at(MU), at(VAR), at(SIG)
xh = [at(e) for e in XH]
L.define(3)
L.define(); L.step(mu == sp.Rational(1 + 2 + 6, 3)); L.step(mu == 3)
L.step(var == sp.Rational(4 + 1 + 9, 3)); L.step(var == sp.Rational(14, 3)); L.step(rounds("2.1602", sig))
L.step(all(rounds(w, v) for w, v in zip(("-0.9258", "-0.4629", "1.3887"), xh)))
L.step(R("-0.9258") - R("0.4629") + R("1.3887") == 0); L.step(sp.simplify(sum(v ** 2 for v in xh)) == n); L.step(n == 3)
# derivatives: generic point with positive spread, checked at random points by same()
d = lambda e, j: sp.diff(e, X[j])
delta = lambda i, j: 1 if i == j else 0
L.step(all(same(d(MU, j), sp.Rational(1, n), positive=False) for j in range(n)))
L.step(all(same(d(VAR, j), sp.Rational(2, n) * sum((X[i] - MU) * (delta(i, j) - sp.Rational(1, n)) for i in range(n)), positive=False) for j in range(n)))
L.step(all(same(d(VAR, j), sp.Rational(2, n) * (X[j] - MU), positive=False) for j in range(n)))
L.step(all(same(d(SIG, j), d(VAR, j) / (2 * SIG), positive=False) for j in range(n)))
L.step(all(same(d(SIG, j), (X[j] - MU) / (n * SIG), positive=False) for j in range(n)))
L.step(all(same((X[j] - MU) / (n * SIG), XH[j] / n, positive=False) for j in range(n)))
J = lambda i, j: d(XH[i], j)
L.step(all(same(J(i, j), (delta(i, j) - sp.Rational(1, n)) / SIG - (X[i] - MU) / VAR * XH[j] / n, positive=False) for i in range(n) for j in range(n)))
L.step(all(same(J(i, j), (delta(i, j) - sp.Rational(1, n) - XH[i] * XH[j] / n) / SIG, positive=False) for i in range(n) for j in range(n)))
L.step(all(same(sum(J(i, j) for j in range(n)), (1 - 1 - XH[i] * 0) / SIG, positive=False) for i in range(n)))
L.step(True, note="(1 - 1 - 0)/sigma = 0")
Jv = lambda i, j: at(J(i, j))
f = lambda s, dl, q: (dl - sp.Rational(1, 3) - q / 3) / s
L.step(substituted(Jv(0, 0), lambda s, q: f(s, 1, q), "~2.1602", "~0.8571"))
L.step(rounds("0.4629", 1 / R("2.1602")) and rounds("0.3810", 1 - sp.Rational(1, 3) - R("0.8571") / 3))
L.step(rounds("0.1764", Jv(0, 0), R("0.4629") * R("0.3810")))
L.step(substituted(Jv(0, 1), lambda s, q: f(s, 0, q), "~2.1602", "~0.4286")); L.step(rounds("-0.2204", Jv(0, 1)))
L.step(substituted(Jv(0, 2), lambda s, q: f(s, 0, q), "~2.1602", "~-1.2857")); L.step(rounds("0.0441", Jv(0, 2)))
L.step(substituted(Jv(1, 1), lambda s, q: f(s, 1, q), "~2.1602", "~0.2143")); L.step(rounds("0.2755", Jv(1, 1)))
L.step(substituted(Jv(2, 2), lambda s, q: f(s, 1, q), "~2.1602", "~1.9286")); L.step(rounds("0.0110", Jv(2, 2)))
L.step(R("0.1764") - R("0.2204") + R("0.0441") == R("0.0001")); L.step(rounds("0", R("0.0001"), approx=True))
g = [1, -2, R("0.5")]
L.define(2)
G = sp.symbols("g1:4")
dLdx = lambda j: sum(G[i] * J(i, j) for i in range(n))
formula = lambda j: (n * G[j] - sum(G) - XH[j] * sum(G[i] * XH[i] for i in range(n))) / (n * SIG)
L.step(True, note="the chain rule, written out")
L.step(all(same(dLdx(j), formula(j), positive=False) for j in range(n)))
sg = sum(g); sgx = sum(a * b for a, b in zip(g, xh))
L.step(sg == R("-0.5"))
L.step(substituted(sgx, lambda a, b, c: a - 2 * b + c / 2, "~-0.9258", "~-0.4629", "~1.3887")
       and R("-0.9258") == 1 * R("-0.9258") and R("0.9258") == -2 * R("-0.4629") and rounds("0.6944", R("0.5") * R("1.3887")))
L.step(rounds("0.6944", sgx)); L.step(rounds("6.4807", n * sig))
gv = lambda j: at(formula(j).subs(dict(zip(G, g))))
def line(j, a, b, c, num, res):
    """(3 g_j - sum g - xhat_j sum g xhat) / (n sigma) as written: a + b + c over 6.4807."""
    wr = (R(a) + R(b) + R(c))
    ok_sub = R(a) == 3 * g[j] and R(b) == -sg and rounds(c, -xh[j] * sgx)
    L.step(ok_sub)
    L.step(rounds(num, wr)); L.step(rounds(res, gv(j), R(num) / R("6.4807")))
line(0, "3", "0.5", "-0.6429", "2.8571", "0.4409")
line(1, "-6", "0.5", "0.3214", "-5.1786", "-0.7991")
line(2, "1.5", "0.5", "-0.9643", "1.0357", "0.1598")
L.define()
L.step(substituted(1 - R("0.1") * gv(0), lambda a: 1 - R("0.1") * a, "~0.4409"),
       carried=substituted(1 - R("0.1") * (R("2.8571") / R("6.4807")), lambda a: 1 - R("0.1") * a, "~0.4409"))
L.step(rounds("0.9559", 1 - R("0.1") * R("0.4409")))
L.step(R("0.4409") - R("0.7991") + R("0.1598") == 0)
L.define(2)
gam, bet = sp.symbols("gamma beta")
Y = [gam * e + bet for e in XH]
L.step(same(sum(G[i] * sp.diff(Y[i], gam) for i in range(n)), sum(G[i] * XH[i] for i in range(n)), positive=False))
L.step(rounds("0.6944", sgx))
L.step(same(sum(G[i] * sp.diff(Y[i], bet) for i in range(n)), sum(G), positive=False)); L.step(sg == R("-0.5"))
eps = sp.Symbol("epsilon", positive=True)
x1, x2 = X[0], X[1]
mu2 = (x1 + x2) / 2; var2 = ((x1 - mu2) ** 2 + (x2 - mu2) ** 2) / 2
xh1 = (x1 - mu2) / sp.sqrt(var2 + eps)
L.define(3)
L.step(same(xh1, (x1 - x2) / (2 * sp.sqrt((x1 - x2) ** 2 / 4 + eps)), positive=False))
rhs = eps / (2 * ((x1 - x2) ** 2 / 4 + eps) ** sp.Rational(3, 2))
L.step(same(sp.diff(xh1, x1), rhs, positive=False)); L.step(same(rhs, -sp.diff(xh1, x2), positive=False))
L.step(same(sp.diff(xh1, x2), rhs, positive=False))
L.define(6)
x = sp.Symbol("x")
y = 2 * (x - R("0.5")) / sp.sqrt(R("0.25") + 0) + R("0.1")
L.define(); L.step(y.subs(x, 1) == 2 * R("0.5") / R("0.5") + R("0.1")); L.step(y.subs(x, 1) == R("2.1"))
L.step(sp.diff(y, x) == 2 / (R("0.25") + 0)); L.step(2 / R("0.25") == 8)
# 4.8 RMSNorm: r without the square root, carried
RMS = sp.sqrt(sum(c ** 2 for c in X) / n); Yr = [c / RMS for c in X]
L.define(3)
r_true, r_w = at(RMS), sp.Rational(41, 3)
L.step(r_true == sp.Rational(1 + 4 + 36, 3)); L.step(rounds("13.6667", r_w))
yt = [at(e) for e in Yr]; yw = [sp.Integer(v) / r_w for v in (1, 2, 6)]
L.step(all(substituted(yt[i], lambda a, v=v: v / a, "~13.6667") for i, v in enumerate((1, 2, 6))),
       carried=all(substituted(yw[i], lambda a, v=v: v / a, "~13.6667") for i, v in enumerate((1, 2, 6))))
L.step(all(rounds(w_, sp.Integer(v) / R("13.6667")) for w_, v in zip(("0.0732", "0.1463", "0.4390"), (1, 2, 6))))
L.step(all(rounds(w_, v ** 2) for w_, v in zip(("0.0054", "0.0214", "0.1927"), yt)),
       carried=all(rounds(w_, R(v) ** 2) for w_, v in zip(("0.0054", "0.0214", "0.1927"), ("0.0732", "0.1463", "0.4390"))))
L.step(R("0.0054") + R("0.0214") + R("0.1927") == R("0.2195"))
Jr = lambda i, j: sp.diff(Yr[i], X[j])
L.step(all(same(Jr(i, j), (1 if i == j else 0) / RMS - X[i] * X[j] / (n * RMS ** 3), positive=False) for i in range(n) for j in range(n)))
Jrw = lambda i, j, rr: (1 if i == j else 0) / rr - pt[X[i]] * pt[X[j]] / (n * rr ** 3)
L.step(substituted(at(Jr(0, 0)), lambda rr: Jrw(0, 0, rr), "~13.6667"), carried=substituted(Jrw(0, 0, r_w), lambda rr: Jrw(0, 0, rr), "~13.6667"))
L.step(rounds("0.0730", Jrw(0, 0, R("13.6667"))))
L.step(substituted(at(Jr(0, 2)), lambda rr: Jrw(0, 2, rr), "~13.6667"), carried=substituted(Jrw(0, 2, r_w), lambda rr: Jrw(0, 2, rr), "~13.6667"))
L.step(rounds("-0.0008", Jrw(0, 2, R("13.6667"))))
L.done()
