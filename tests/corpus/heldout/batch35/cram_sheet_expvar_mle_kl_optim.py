"""Labels for cram_sheet_expvar_mle_kl_optim.tex: a study group's exam cram sheet (two `multicols`
columns, numbered Q&A in `enumerate` with the answer under each question, a `tabular` of momentum
iterates holding no relations, `\\DeclareMathOperator` for Var/Cov/Corr/KL). E/Var/Cov laws for two
independent variables and the tower rule; Gaussian MLE with five data (score equations, estimates,
maximised log-likelihood, bias); discrete KL both ways, a Gaussian KL; GD, heavy-ball momentum (three
steps, with a group member's correction) and two Adam steps (with a correction)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from sympy.stats import E as Ex, Normal, variance, covariance  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch35/cram_sheet_expvar_mle_kl_optim.tex")
# A. independent normals with the given moments stand in for X, Y (only the first two moments matter)
X = Normal("X", 2, sp.sqrt(3)); Y = Normal("Y", -1, 2)
L.define(4, "moments")
L.step(sp.simplify(Ex(2 * X - 3 * Y + 5) - (2 * Ex(X) - 3 * Ex(Y) + 5)) == 0); L.step(2 * 2 - 3 * (-1) + 5 == 4 + 3 + 5); L.step(4 + 3 + 5 == 12)
V = sp.simplify(variance(2 * X - 3 * Y + 5))
L.step(V == 4 * 3 + 9 * 4 + 5, note="constant adds nothing"); L.step(4 * 3 + 9 * 4 + 5 == 12 + 36 + 5); L.step(12 + 36 + 5 == 53)
L.step(sp.sqrt(V) == sp.sqrt(53), carried=True); L.step(rounds("7.2801", sp.sqrt(53)))
EX2 = sp.simplify(Ex(X ** 2))
L.step(EX2 == 3 + 2 ** 2); L.step(3 + 4 == EX2); L.step(EX2 == 7)
EXY = Ex(X) * Ex(Y) + sp.simplify(covariance(X, Y))   # E[XY] = E X E Y + Cov
L.step(EXY == 2 * (-1)); L.step(EXY == -2)
C = sp.simplify(covariance(X, X + Y))
L.step(C == 3 + sp.simplify(covariance(X, Y))); L.step(3 + 0 == C); L.step(C == 3); L.step(sp.simplify(variance(X + Y)) == 7)
rho = C / sp.sqrt(3 * 7)
L.step(rho == 3 / sp.sqrt(3 * 7)); L.step(rho == 3 / sp.sqrt(21)); L.step(rounds("0.6547", rho))
L.define(note="E N = 4"); L.step(True, note="tower rule"); L.step(True, note="E[S | N] = 2.5 N"); L.step(R("2.5") * 4 == 10)
# B. Gaussian MLE
xs = [R(s) for s in ("2.1", "3.4", "1.8", "2.9", "3.3")]; n = len(xs)
L.define(note="data"); L.step(n == 5)
mu = sp.symbols("mu", real=True); s2 = sp.symbols("s2", positive=True)
ll = sum(-sp.log(2 * sp.pi * s2) / 2 - (x - mu) ** 2 / (2 * s2) for x in xs)
L.step(same(ll, -sp.Rational(n, 2) * sp.log(2 * sp.pi * s2) - sum((x - mu) ** 2 for x in xs) / (2 * s2), positive=False))
L.step(same(sp.diff(ll, mu), sum(x - mu for x in xs) / s2, positive=False)); L.define(note="= 0")
L.step(same(sp.diff(ll, s2), -sp.Rational(n, 2) / s2 + sum((x - mu) ** 2 for x in xs) / (2 * s2 ** 2), positive=False)); L.define(note="= 0")
sol = sp.solve([sp.diff(ll, mu), sp.diff(ll, s2)], [mu, s2], dict=True)[0]
xbar = sum(xs) / n; ss = sum((x - xbar) ** 2 for x in xs)
L.step(sol[mu] == xbar); L.step(sum(xs) == R("13.5")); L.step(xbar == R("2.7")); L.step(sol[s2] == ss / n)
L.step(ss == R("2.06") and [x - xbar for x in xs] == [R("-0.6"), R("0.7"), R("-0.9"), R("0.2"), R("0.6")])
L.step(R("2.06") / 5 == sol[s2]); L.step(sol[s2] == R("0.412")); L.step(True); L.step(rounds("0.6419", sp.sqrt(R("0.412"))))
L.step(R("2.06") / 4 == ss / (n - 1)); L.step(ss / (n - 1) == R("0.515"))
llmax = ll.subs(sol)
L.step(sp.simplify(llmax - (-sp.Rational(n, 2) * (sp.log(2 * sp.pi * sol[s2]) + 1))) == 0)
L.step(substituted(2 * sp.pi * R("0.412"), lambda p: p, "~2.5887") and rounds("2.5887", 2 * sp.pi * R("0.412")))
L.step(rounds("0.9521", sp.log(2 * sp.pi * R("0.412")), sp.log(R("2.5887"))), note="0.9511/0.9512")
L.step(False, carried=True, note="-2.5 (0.9521 + 1)"); L.step(rounds("-4.8803", R("-2.5") * (R("0.9521") + 1)))
# E[sigma_hat^2] = (n-1)/n sigma^2 for Gaussian samples (chi-square with n - 1 d.o.f.)
L.step(True, note="E chi2_{n-1} = n - 1"); L.step(sol[s2] == sp.Rational(4, 5) * ss / (n - 1)); L.step(R("0.8") * R("0.515") == sol[s2]); L.step(sol[s2] == R("0.412"))
# C. KL
p = [R("0.5"), R("0.3"), R("0.2")]; q = [R("0.4"), R("0.4"), R("0.2")]
kl = lambda a, b: sum(ai * sp.log(ai / bi) for ai, bi in zip(a, b))
L.define(2, "p, q"); L.define(note="KL definition")
L.step(sp.N(kl(p, q) - (R("0.5") * sp.log(R("1.25")) + R("0.3") * sp.log(R("0.75")) + R("0.2") * sp.log(1)), 30) == 0)
L.step(substituted(kl(p, q), lambda a, b: R("0.5") * a + R("0.3") * b, "~0.2231", "~-0.2877"))
L.step(rounds("0.1116", R("0.5") * R("0.2231")) and rounds("0.0863", R("0.3") * R("0.2877"))); L.step(rounds("0.0253", R("0.1116") - R("0.0863")) and rounds("0.0253", kl(p, q)))
L.step(abs(sp.N(kl(q, p) - (R("0.4") * sp.log(R("0.8")) + R("0.4") * sp.log(sp.Rational(4, 3))), 30)) < 1e-25)
L.step(substituted(kl(q, p), lambda a, b: R("0.4") * (a - b), "~0.2877", "~0.2231")); L.step(R("0.2877") - R("0.2231") == R("0.0646"))
L.step(rounds("0.0258", R("0.4") * R("0.0646")) and rounds("0.0258", kl(q, p)))
L.step(R("0.0253") != R("0.0258")); L.step(kl(p, q) >= 0 and kl(q, p) >= 0)
x = sp.symbols("x", real=True)
m1, m2, v1, v2 = 0, 1, 1, 2
N1 = sp.exp(-(x - m1) ** 2 / (2 * v1)) / sp.sqrt(2 * sp.pi * v1); N2 = sp.exp(-(x - m2) ** 2 / (2 * v2)) / sp.sqrt(2 * sp.pi * v2)
klg = sp.N(sp.Integral(N1 * (sp.log(N1) - sp.log(N2)).expand(force=True), (x, -30, 30)), 30)
form = sp.log(sp.sqrt(v2) / sp.sqrt(v1)) + (v1 + (m1 - m2) ** 2) / (2 * v2) - sp.Rational(1, 2)
L.step(abs(klg - sp.N(form, 30)) < 1e-20)
L.step(abs(klg - sp.N(sp.log(2) + sp.Rational(2, 8) - sp.Rational(1, 2), 30)) < 1e-6, note="sigma_2 = 2 used")
L.step(substituted(sp.log(2) + sp.Rational(2, 8) - sp.Rational(1, 2), lambda a: a + R("0.25") - R("0.5"), "~0.6931"))
L.step(R("0.6931") + R("0.25") - R("0.5") == R("0.4431"))
# D. optimisers
w1s, w2s = sp.symbols("w1 w2", real=True)
f = 2 * w1s ** 2 + w2s ** 2 / 2
grad = lambda w: sp.Matrix([sp.diff(f, w1s), sp.diff(f, w2s)]).subs({w1s: w[0], w2s: w[1]})
L.define(); L.step(sp.Matrix([sp.diff(f, w1s), sp.diff(f, w2s)]) == sp.Matrix([4 * w1s, w2s])); L.define()
w0 = sp.Matrix([1, 2]); eta = R("0.2")
L.define(note="eta")
g1 = w0 - eta * grad(w0); g2 = g1 - eta * grad(g1)
L.step(g1 == sp.Matrix([1 - R("0.2") * 4, 2 - R("0.2") * 2])); L.step(g1 == sp.Matrix([R("0.2"), R("1.6")]))
L.step(g2 == sp.Matrix([R("0.2") - R("0.16"), R("1.6") - R("0.32")])); L.step(g2 == sp.Matrix([R("0.04"), R("1.28")]))
L.step(1 - R("0.2") * 4 == R("0.2")); L.step(1 - R("0.2") * 1 == R("0.8"))
L.step(True, note="|1 - eta lambda| < 1 iff eta < 2/lambda_max"); L.step(sp.Rational(2, 4) == R("0.5"))
L.define(5, "momentum rule, beta, eta, v0")
beta, eta = R("0.9"), R("0.1")
w = w0; v = sp.zeros(2, 1); W = []; Vv = []; G = []
for _ in range(3):
    G.append(grad(w)); v = beta * v + G[-1]; w = w - eta * v; W.append(w); Vv.append(v)
M = lambda *a: sp.Matrix([R(str(t)) for t in a])
L.step(Vv[0] == M(4, 2)); L.step(W[0] == w0 - eta * M(4, 2)); L.step(W[0] == M("0.6", "1.8"))
L.step(G[1] == M("2.4", "1.8")); L.step(Vv[1] == beta * M(4, 2) + M("2.4", "1.8")); L.step(Vv[1] == M("6.0", "3.6"))
L.step(W[1] == M("0.6", "1.8") - eta * M(4, 2), note="old velocity"); L.step(M("0.6", "1.8") - eta * M(4, 2) == M("0.2", "1.6"))
ww = M("0.2", "1.6")
L.step(G[2] == grad(ww), carried=True); L.step(Vv[2] == beta * M("6.0", "3.6") + M("0.8", "1.6"), carried=(grad(ww) == M("0.8", "1.6")))
L.step(beta * M("6.0", "3.6") + M("0.8", "1.6") == M("6.2", "4.84"))
L.step(W[2] == ww - eta * M("6.2", "4.84"), carried=True); L.step(ww - eta * M("6.2", "4.84") == M("-0.42", "1.116"))
L.step(W[1] == M("0.6", "1.8") - eta * M("6.0", "3.6")); L.step(W[1] == M(0, "1.44"))
L.step(Vv[2] == beta * M("6.0", "3.6") + M(0, "1.44")); L.step(Vv[2] == M("5.4", "4.68")); L.step(W[2] == M("-0.54", "0.972"))
# Adam on w^2
L.define(6, "f, w0, eta, beta1, beta2, eps")
b1, b2, eta = R("0.9"), R("0.999"), R("0.1")
wa = 1; ma = va = 0; A = []
for t in (1, 2):
    g = 2 * wa; ma = b1 * ma + (1 - b1) * g; va = b2 * va + (1 - b2) * g ** 2
    mh = ma / (1 - b1 ** t); vh = va / (1 - b2 ** t); wa = wa - eta * mh / sp.sqrt(vh); A.append((g, ma, va, mh, vh, wa))
g, ma, va, mh, vh, wa = A[0]
L.step(g == 2); L.step(ma == R("0.1") * 2); L.step(ma == R("0.2")); L.step(va == R("0.001") * 4); L.step(va == R("0.004"))
L.step(mh == R("0.2") / R("0.1")); L.step(mh == 2); L.step(vh == R("0.004") / R("0.001")); L.step(vh == 4)
L.step(wa == 1 - R("0.1") * 2 / sp.sqrt(4)); L.step(wa == R("0.9"))
g, ma, va, mh, vh, wa = A[1]
L.step(g == R("1.8")); L.step(ma == R("0.9") * R("0.2") + R("0.1") * R("1.8")); L.step(ma == R("0.36"))
L.step(va == R("0.999") * R("0.004") + R("0.001") * R("3.24")); L.step(va == R("0.007236"))
L.step(mh == R("0.36") / (1 - R("0.9")), note="1 - beta^2"); L.step(R("0.36") / (1 - R("0.9")) == R("3.6"))
L.step(vh == R("0.007236") / (1 - R("0.999"))); L.step(R("0.007236") / (1 - R("0.999")) == R("7.236"))
L.step(False, carried=True); L.step(rounds("2.6900", sp.sqrt(R("7.236")))); L.step(rounds("0.1338", R("0.1") * R("3.6") / R("2.6900"))); L.step(R("0.9") - R("0.1338") == R("0.7662"))
L.define(note="t = 2")
L.step(mh == R("0.36") / R("0.19")); L.step(rounds("1.8947", mh)); L.step(vh == R("0.007236") / R("0.001999")); L.step(rounds("3.6198", vh))
L.step(substituted(wa, lambda a, b: R("0.9") - R("0.1") * a / b, "~1.8947", "~1.9026")); L.step(rounds("0.0996", R("0.1") * R("1.8947") / R("1.9026"))); L.step(rounds("0.8004", wa) and R("0.9") - R("0.0996") == R("0.8004"))
L.done()
