"""Labels for peer_instruction_log_conceptests_moments_kl_sigmoid_gd_momentum_map.tex: an instructor's write-up of
a peer-instruction lecture (clicker ConcepTests with vote tables, the reasoning overheard for the popular wrong
option, the board work of the debrief, and a correction sent after the lecture). E[X^2] for a die; Var(2X - Y) with and
without covariance; expected empty boxes by indicators; a compound Poisson sum (tower rule, total variance); the
bias of the Gaussian MLE of the variance; KL both ways and through cross-entropy; sigmoid and tanh slopes; a
parameter used twice; GD step sizes on 5w^2; heavy-ball overshoot; MAP, mean and MLE for a Beta(2, 2) coin."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
import sympy.stats as st  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch46/peer_instruction_log_conceptests_moments_kl_sigmoid_gd_momentum_map.tex")

# --- CT1
D = st.Die("D", 6)
EX, EX2 = st.E(D), st.E(D ** 2)
L.step(EX2 == EX ** 2, note="E[X^2] = (E X)^2"); L.step(EX ** 2 == R("3.5") ** 2); L.step(R("3.5") ** 2 == R("12.25"))
L.step(EX2 == sp.Rational(1 + 4 + 9 + 16 + 25 + 36, 6)); L.step(EX2 == sp.Rational(91, 6)); L.step(rounds("15.1667", EX2))
L.step(st.variance(D) == EX2 - EX ** 2); L.step(substituted(st.variance(D), lambda a: a - R("12.25"), "~15.1667"))
L.step(rounds("2.9167", R("15.1667") - R("12.25"), st.variance(D)))
L.step(rounds("2.9167", sp.Rational(35, 12)) and st.variance(D) == sp.Rational(35, 12))
L.step(EX2 - EX ** 2 >= 0)

# --- CT2
L.define(2, "Var X, Var Y")
X, Y = st.Normal("X", 0, 2), st.Normal("Y", 0, 3)       # any independent pair with these variances
V = st.variance(2 * X - Y)
L.step(V == 4 * 4 - 9, note="4 Var X - Var Y"); L.step(4 * 4 - 9 == 16 - 9); L.step(16 - 9 == 7)
L.step(V == 2 ** 2 * 4 + (-1) ** 2 * 9); L.step(2 ** 2 * 4 + (-1) ** 2 * 9 == 16 + 9); L.step(V == 25)
L.step(sp.sqrt(V) == sp.sqrt(25)); L.step(sp.sqrt(25) == 5)
L.define(note="Cov = 3")
vx, vy, cxy = 4, 9, 3
a_, b_ = sp.symbols("a b", real=True)
quad = sp.Matrix([2, -1]).T * sp.Matrix([[vx, cxy], [cxy, vy]]) * sp.Matrix([2, -1])
L.step(quad[0] == 4 * vx + vy - 2 * 2 * cxy); L.step(4 * vx + vy - 2 * 2 * cxy == 16 + 9 - 12); L.step(16 + 9 - 12 == 13)
L.step(sp.Rational(cxy) / sp.sqrt(vx * vy) == 3 / sp.sqrt(4 * 9)); L.step(3 / sp.sqrt(36) == R("0.5"))
L.step(True, note="variances are non-negative")

# --- CT3
pe = sp.Rational(3, 4) ** 4
L.step(pe == sp.Rational(1, 4), note="(3/4)^4"); L.step(4 * pe == 4 * sp.Rational(1, 4), carried=True); L.step(4 * sp.Rational(1, 4) == 1)
L.define(note="N = sum of indicators")
# brute force over all 4^4 throws
import itertools  # noqa: E402
throws = list(itertools.product(range(4), repeat=4))
EN = sp.Rational(sum(4 - len(set(tw)) for tw in throws), len(throws))
Pe = sp.Rational(sum(1 for tw in throws if 0 not in tw), len(throws))
L.step(Pe == sp.Rational(3, 4) ** 4); L.step(Pe == sp.Rational(81, 256)); L.step(rounds("0.3164", Pe))
L.step(EN == 4 * Pe); L.step(substituted(EN, lambda q: 4 * q, "~0.3164")); L.step(rounds("1.2656", 4 * R("0.3164"), EN))

# --- CT4
L.define(note="N ~ Poisson(4), E[Y] = 10"); L.define(2, "Var Y, S")
EN4, VN4, EY, VY = 4, 4, 10, 25
# compound Poisson: cumulants of S are lambda E[Y^k]; check through the mgf with Y normal(10, 5)
t = sp.symbols("t", real=True)
MY = sp.exp(EY * t + VY * t ** 2 / 2)
KS = EN4 * (MY - 1)                                  # cumulant generating function of S
ES = sp.diff(KS, t).subs(t, 0); VS = sp.simplify(sp.diff(KS, t, 2).subs(t, 0))
L.step(VS == EN4 * VY, note="E[N] Var Y only"); L.step(EN4 * VY == 4 * 25); L.step(4 * 25 == 100)
L.step(True, note="tower rule"); L.step(True, note="E[S | N] = N E[Y]"); L.step(ES == 40)
L.step(True, note="law of total variance"); L.step(VS == EN4 * VY + VN4 * EY, note="E[Y] not squared")
L.step(False, carried=EN4 * VY + VN4 * EY == 4 * 25 + 4 * 10); L.step(4 * 25 + 4 * 10 == 140)
L.step(sp.sqrt(VS) == sp.sqrt(140), carried=True); L.step(rounds("11.83", sp.sqrt(140)))

# --- CT5
L.step(True, note="mu hat = x bar (MLE)"); L.define(note="x bar"); L.step(True, note="sigma hat^2 (MLE)")
s2, n = sp.symbols("sigma2 n", positive=True)
Zs = sp.symbols("Z0:3", real=True)


def Enorm(expr):
    """Expectation of a polynomial in independent standard normals."""
    out = 0
    for mono, coef in sp.Poly(sp.expand(expr), *Zs).terms():
        out += coef * sp.prod([[1, 0, 1, 0, 3][e] for e in mono])
    return sp.expand(out)


sg = sp.symbols("s", positive=True)
xs = [sg * q for q in Zs]                                            # n = 3, mean 0 without loss of generality
xb = sum(xs) / 3
Esig = Enorm(sum((q - xb) ** 2 for q in xs) / 3)
L.step(sp.simplify(Esig - sg ** 2) == 0, note="n sigma^2 / n"); L.step(True, note="(1/n) n sigma^2 = sigma^2")
Edev = Enorm((xs[0] - xb) ** 2)
L.step(sp.simplify(Edev - (Enorm((xs[0] - xb) ** 2) - Enorm(xs[0] - xb) ** 2)) == 0)
L.step(sp.simplify(Edev - (sg ** 2 - 2 * sg ** 2 / 3 + sg ** 2 / 3)) == 0)
L.step(same(s2 - 2 * s2 / n + s2 / n, (n - 1) / n * s2)); L.step(sp.simplify(Esig - sp.Rational(2, 3) * sg ** 2) == 0)
L.define(note="x = (1, 3)")
d2 = [R(1), R(3)]
L.step(sum(d2) / 2 == 2); L.step(sum((q - 2) ** 2 for q in d2) / 2 == sp.Rational(1 + 1, 2)); L.step(sp.Rational(1 + 1, 2) == 1)
L.step(sum((q - 2) ** 2 for q in d2) / 1 == sp.Rational(1 + 1, 1)); L.step(sp.Rational(2, 1) == 2)
L.define(note="n = 2"); L.step(True, note="(n - 1)/n = 1/2 at n = 2")

# --- CT6
L.define(3, "p, q, KL")
p, q = [R("0.5"), R("0.5")], [R("0.9"), R("0.1")]
KL = lambda a, b: sum(x * sp.log(x / y) for x, y in zip(a, b))
kpq, kqp = KL(p, q), KL(q, p)
L.step(abs(sp.N(kqp + kpq)) < 1e-20, note="KL(q||p) = -KL(p||q)")
L.step(True, note="definition written out")
L.step(substituted(kpq, lambda a, b: R("0.5") * a + R("0.5") * b, "~-0.5878", "~1.6094"))
L.step(R("0.5") * R("-0.5878") == R("-0.2939") and R("0.5") * R("1.6094") == R("0.8047")); L.step(rounds("0.5108", R("-0.2939") + R("0.8047"), kpq))
L.step(True, note="definition written out")
L.step(substituted(kqp, lambda a, b: R("0.9") * a + R("0.1") * b, "~0.5878", "~-1.6094"))
L.step(rounds("0.5290", R("0.9") * R("0.5878")) and rounds("-0.1609", R("0.1") * R("-1.6094"))); L.step(rounds("0.3681", R("0.5290") - R("0.1609"), kqp))
L.step(kpq > kqp)
Hpq = -sum(x * sp.log(y) for x, y in zip(p, q)); Hp = -sum(x * sp.log(x) for x in p)
L.define(note="cross-entropy")
L.step(rounds("0.0527", -R("0.5") * sp.log(R("0.9"))) and rounds("1.1513", -R("0.5") * sp.log(R("0.1"))))
L.step(rounds("1.2040", R("0.0527") + R("1.1513"), Hpq))
L.step(sp.simplify(Hp - sp.log(2)) == 0); L.step(rounds("0.6931", sp.log(2)))
L.step(sp.simplify(sp.expand_log(kpq - (Hpq - Hp))) == 0 or abs(sp.N(kpq - (Hpq - Hp))) < 1e-25)
L.step(substituted(Hpq - Hp, lambda a, b: a - b, "~1.2040", "~0.6931")); L.step(R("1.2040") - R("0.6931") == R("0.5109"))

# --- CT7
z = sp.symbols("z", real=True)
sig = 1 / (1 + sp.exp(-z))
L.define(note="sigma")
ds = sp.diff(sig, z)
L.step(sp.N(ds.subs(z, 2)) == sp.N(1 - sig.subs(z, 2) ** 2), note="tanh rule")
L.step(rounds("0.7758", R("0.8808") ** 2) and substituted(1 - sig.subs(z, 2) ** 2, lambda a: 1 - a, "~0.7758")); L.step(1 - R("0.7758") == R("0.2242"))
L.step(same(ds, sp.exp(-z) / (1 + sp.exp(-z)) ** 2, positive=False)); L.step(same(ds, sig * (1 - sig), positive=False))
L.step(rounds("0.8808", sig.subs(z, 2)))
L.step(substituted(ds.subs(z, 2), lambda a, b: a * b, "~0.8808", "~0.1192") and rounds("0.1192", 1 - sig.subs(z, 2)))
L.step(rounds("0.1050", R("0.8808") * R("0.1192"), ds.subs(z, 2)))
L.step(ds.subs(z, 0) == sp.Rational(1, 4))
L.step(abs(R("0.25") ** 10 - R("9.5e-7")) <= R("0.05e-7"))
L.step(sp.diff(sp.tanh(z), z).subs(z, 0) == 1)
L.step(same(sp.diff(sp.tanh(z), z), 4 * ds.subs(z, 2 * z), positive=False)); L.step(same(sp.tanh(z), 2 * sig.subs(z, 2 * z) - 1, positive=False))

# --- CT8
w, x = sp.symbols("w x", positive=True)
yexpr = w * (w * x)
L.define(3, "y, x = 3, w = 0.5")
dy = sp.diff(yexpr, w)
pt = {w: R("0.5"), x: 3}
L.step(same(dy, w * x), note="2wx"); L.step(R("0.5") * 3 == R("0.5") * 3); L.step(R("0.5") * 3 == R("1.5"))
L.step(rounds("0.15", (yexpr.subs({w: R("0.6"), x: 3}) - yexpr.subs(pt)), approx=True), carried=True)
L.step(R("1.5") * R("0.1") == R("0.15"))
L.define(2, "u, y = wu")
u = sp.symbols("u", positive=True)
L.step(same(dy, (sp.diff(w * u, w) + sp.diff(w * u, u) * sp.diff(w * x, w)).subs(u, w * x)))
L.step(same((u + w * x).subs(u, w * x), w * x + w * x)); L.step(same(w * x + w * x, 2 * w * x))
L.step(dy.subs(pt) == 2 * R("0.5") * 3); L.step(dy.subs(pt) == 3)
L.step(yexpr.subs(pt) == R("0.5") * R("1.5")); L.step(R("0.5") * R("1.5") == R("0.75"))

# --- CT9
L.define(3, "f, w_0, GD rule"); L.define(3, "options eta")
fp = lambda ww: 10 * ww
eta = R("0.25")
w1 = 1 - eta * fp(1); w2 = w1 - eta * fp(w1); w3 = w2 - eta * fp(w2)
L.define(note="eta = 0.25"); L.step(True, note="GD rule at k = 0")
L.step(w1 == 1 - R("0.25") * 5, note="f'(1) = 10"); L.step(1 - R("0.25") * 5 == R("-0.25"))
L.step(w2 == R("-0.25") - R("0.25") * 5 * R("-0.25"), carried=True); L.step(R("-0.25") - R("0.25") * 5 * R("-0.25") == R("0.0625"))
L.step(w3 == R("0.0625") - R("0.25") * 5 * R("0.0625"), carried=True); L.step(rounds("-0.0156", R("0.0625") - R("0.25") * 5 * R("0.0625")))
ee = sp.symbols("eta", positive=True)
L.step(same(sp.diff(5 * w ** 2, w), 10 * w)); L.step(same(w - ee * sp.diff(5 * w ** 2, w), (1 - 10 * ee) * w))
for e_, val in [("0.05", "0.5"), ("0.15", "-0.5"), ("0.25", "-1.5")]:
    L.define(note="eta = " + e_); L.step(1 - 10 * R(e_) == R(val))
L.define(4, "convergence conditions, eta = 0.25")
L.step(w1 == R("-1.5")); L.step(w2 == R("2.25")); L.step(w3 == R("-3.375"))
L.define(note="eta = 0.15")
assert [((1 - 10 * R("0.15")) ** k) for k in (1, 2, 3)] == [R("-0.5"), R("0.25"), R("-0.125")]

# --- CT10
L.define(3, "f, momentum rules"); L.define(4, "eta, beta, w_0, v_0")
et, be = R("0.5"), R("0.5")
W, Vv = [R(1)], [R(0)]
for _ in range(3):
    Vv.append(be * Vv[-1] + W[-1]); W.append(W[-1] - et * Vv[-1])
L.step(Vv[1] == 1); L.step(W[1] == R("0.5")); L.step(Vv[2] == R("0.5") * 1 + R("0.5")); L.step(Vv[2] == 1)
L.step(W[2] == R("0.5") - R("0.5") * 1); L.step(W[2] == 0); L.step(Vv[3] == R("0.5") * 1 + 0); L.step(Vv[3] == R("0.5"))
L.step(W[3] == 0 + R("0.5") * R("0.5"), note="sign"); L.step(0 + R("0.5") * R("0.5") == R("0.25"))
L.step(True, note="rule at k = 2"); L.step(W[3] == 0 - R("0.5") * R("0.5")); L.step(W[3] == R("-0.25"))
gd3 = (1 - et) ** 3
L.step(True, note="GD factor (1 - eta) per step"); L.step(gd3 == R("0.125")); L.step(abs(W[3]) > gd3)
r = sp.symbols("r")
# error recursion e_{k+1} = (1 + beta - eta) e_k - beta e_{k-1} for lambda = 1
L.step(sp.expand(r ** 2 - (1 + be - et) * r + be - (r ** 2 - r + R("0.5"))) == 0)
L.step(set(sp.solve(r ** 2 - r + R("0.5"), r)) == {(1 + sp.I) / 2, (1 - sp.I) / 2})
L.step(sp.Abs((1 + sp.I) / 2) == sp.sqrt(R("0.5"))); L.step(rounds("0.7071", sp.sqrt(R("0.5")))); L.step(R("0.7071") > R("0.5"))

# --- CT11
th = sp.symbols("theta", positive=True)
post = th ** 4 * (1 - th) ** 1
mode = sp.solve(sp.diff(sp.log(post), th), th)[0]
mean = sp.integrate(th * post, (th, 0, 1)) / sp.integrate(post, (th, 0, 1))
L.step(mode == sp.Rational(5, 7), note="posterior mean, not the mode"); L.step(rounds("0.7143", sp.Rational(5, 7)))
L.define(note="alpha, beta > 1")
L.step(mode == sp.Rational(5 - 1, 5 + 2 - 2)); L.step(sp.Rational(4, 5) == sp.Rational(5 - 1, 5 + 2 - 2)); L.step(sp.Rational(4, 5) == R("0.8"))
L.step(mean == sp.Rational(5, 7)); L.step(rounds("0.7143", mean))
L.step(sp.solve(sp.diff(3 * sp.log(th), th), th) == [] and sp.Rational(3, 3) == 1)      # likelihood th^3 increases on (0, 1]
L.step(sp.Rational(3, 3) == 1)

# --- correction
L.step(True, note="Var(E[S|N]) = Var(N E[Y])"); L.step(True, note="= E[Y]^2 Var N")
L.step(VS == 4 * 25 + 4 * 10 ** 2); L.step(4 * 25 + 4 * 10 ** 2 == 100 + 400); L.step(VS == 500)
L.step(True, note="sd = sqrt Var"); L.step(rounds("22.36", sp.sqrt(500)))
L.step(VS == EN4 * (VY + EY ** 2)); L.step(EN4 * (VY + EY ** 2) == 4 * (25 + 100)); L.step(4 * (25 + 100) == 500)
L.done()
