"""Labels for exam_practice_final_stats_optim.tex: posted solutions to a practice final in the `exam`
class (`\\question`, `\\part[points]`, `solution` environments printed with the `answers` option,
`\\firstpageheader`, `\\DeclareMathOperator` for Var, Cov, Corr, SE, KL, AIC, errata list at the end):
expectation and variance of linear combinations, E[X^2], Cov and Corr; Gaussian MLE for five data (score
equations, estimates, bias, maximised log-likelihood, AIC, standard error); discrete KL both ways,
Gaussian KL both ways; GD, heavy-ball momentum and Adam on
f(w) = (w1 - 1)^2 + 4 w2^2 from (3, 1).
(Which steps are slips is in batch34/README.md under "Mistakes".)"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from sympy.stats import Normal, E as Ex, variance, covariance  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch34/exam_practice_final_stats_optim.tex")
Q = sp.Rational

# Q1: explicit independent random variables with the given moments
X = Normal("X", 2, sp.sqrt(3)); Y = Normal("Y", -1, 2)
L.define(4, "moments of X, Y")
Z = 3 * X - 2 * Y + 1
L.step(Ex(Z) == 3 * Ex(X) - 2 * Ex(Y) + 1); L.step(3 * Ex(X) - 2 * Ex(Y) + 1 == 6 + 2 + 1); L.step(6 + 2 + 1 == 9)
VZ = variance(Z)
L.step(VZ == 9 * variance(X) - 4 * variance(Y), note="+ 4 Var(Y)"); L.step(9 * 3 - 4 * 4 == 27 - 16); L.step(27 - 16 == 11)
L.step(sp.sqrt(VZ) == sp.sqrt(11), carried=True); L.step(rounds("3.3166", sp.sqrt(11)))
L.step(Ex(X ** 2) == variance(X) + Ex(X) ** 2); L.step(variance(X) + Ex(X) ** 2 == 3 + 4); L.step(3 + 4 == 7)
L.step(abs(sp.N(Ex(X * Y) - Ex(X) * Ex(Y), 30)) < 1e-25); L.step(Ex(X) * Ex(Y) == -2)
C = covariance(X, X + Y)
L.step(C == variance(X) + covariance(X, Y)); L.step(variance(X) + covariance(X, Y) == 3 + 0); L.step(C == 3)
L.step(variance(X + Y) == 3 + 4); L.step(3 + 4 == 7)
corr = C / sp.sqrt(variance(X) * variance(X + Y))
L.step(corr == 3 / sp.sqrt(3 * 7)); L.step(3 / sp.sqrt(3 * 7) == 3 / sp.sqrt(21)); L.step(rounds("0.6547", 3 / sp.sqrt(21)))
# Q2: Gaussian MLE
xs = [R("4.1"), R("5.3"), R("3.8"), R("6.0"), R("5.8")]
N = len(xs)
mu, s2 = sp.symbols("mu sigma2", positive=True)
xi = sp.symbols("x_i", real=True)
L.define(note="data")
ell = sum(sp.log(1 / sp.sqrt(2 * sp.pi * s2) * sp.exp(-(x - mu) ** 2 / (2 * s2))) for x in xs)
L.define(note="log-likelihood")
L.step(same(ell, -sp.Rational(N, 2) * sp.log(2 * sp.pi * s2) - sum((x - mu) ** 2 for x in xs) / (2 * s2)))
L.step(same(sp.diff(ell, mu), sum(x - mu for x in xs) / s2, positive=False)); L.define(note="= 0")
L.step(sp.solve(sp.diff(ell, mu), mu) == [sum(xs) / N])
L.step(same(sp.diff(ell, s2), -sp.Rational(N, 2) / s2 + sum((x - mu) ** 2 for x in xs) / (2 * s2 ** 2))); L.define(note="= 0")
xbar = sum(xs) / N
ss = sum((x - xbar) ** 2 for x in xs)
L.step(sp.solve(sp.diff(ell, s2).subs(mu, xbar), s2) == [ss / N])
L.step(sum(xs) == R("25.0")); L.step(True, note="muhat = xbar"); L.step(xbar == R("5.0"))
L.step(ss == R("0.81") + R("0.09") + R("1.44") + R("1.00") + R("0.64")); L.step(ss == R("3.98"))
L.step(ss / N == R("3.98") / 5); L.step(R("3.98") / 5 == R("0.796"))
L.step(True, note="sigmahat = sqrt(0.796)"); L.step(rounds("0.8922", sp.sqrt(R("0.796"))))
L.step(ss / (N - 1) == R("3.98") / 4); L.step(R("3.98") / 4 == R("0.995"))
# E[sigmahat^2] for n i.i.d. normals
nn, sig2 = sp.symbols("n sigma^2", positive=True)
Esh = (nn - 1) / nn * sig2
L.step(True, note="E[sigmahat^2] = (n-1)/n sigma^2 (chi-square with n - 1 d.f.)")
L.step(same(Esh - sig2, -sig2 / nn))
L.step(same(ss / (2 * (ss / N)), sp.Rational(N, 2)) and True); L.step(True, note="n sigmahat^2 / (2 sigmahat^2) = n/2")
ellmax = ell.subs({mu: xbar, s2: ss / N})
L.step(same(ellmax, -sp.Rational(N, 2) * sp.log(2 * sp.pi * ss / N) - sp.Rational(N, 2)))
L.step(R("2.5") == sp.Rational(N, 2) and ss / N == R("0.796"))
L.step(rounds("5.0014", 2 * sp.pi * R("0.796")))
L.step(substituted(ellmax, lambda c: R("-2.5") * c - R("2.5"), "~1.6097") and rounds("1.6097", sp.log(R("5.0014"))))
L.step(R("-2.5") * R("1.6097") - R("2.5") == R("-4.0243") + R("2.5"), note="- 2.5, not + 2.5")
L.step(R("-4.0243") + R("2.5") == R("-1.5243"))
L.define(note="k = 2"); L.define(note="AIC")
L.step(substituted(-2 * ellmax + 4, lambda c: -2 * c + 4, "~-1.5243"), carried=True)
L.step(R("3.0486") + 4 == R("7.0486"))
se = sp.sqrt(ss / N) / sp.sqrt(N)
L.step(True, note="SE = sigmahat / sqrt(n)"); L.step(substituted(se, lambda a, b: a / b, "~0.8922", "~2.2361"))
L.step(rounds("0.3991", R("0.8922") / R("2.2361"), se), note="0.3990")

# Q3: KL
P3 = [R("0.5"), R("0.3"), R("0.2")]; Q3 = [R("0.4"), R("0.4"), R("0.2")]
KL = lambda a, b: sum(x * sp.log(x / y) for x, y in zip(a, b))
H = lambda a: -sum(x * sp.log(x) for x in a)
CE = lambda a, b: -sum(x * sp.log(y) for x, y in zip(a, b))
L.define(2, "p, q")
L.step(True, note="definition written out")
L.step(rounds("0.1116", R("0.5") * sp.log(R("1.25"))) and rounds("-0.0863", R("0.3") * sp.log(R("0.75"))))
L.step(rounds("0.0253", R("0.1116") - R("0.0863"), KL(P3, Q3)))
L.step(True)
L.step(rounds("-0.0893", R("0.4") * sp.log(R("0.8"))) and rounds("0.1151", R("0.4") * sp.log(Q(4, 3))))
L.step(rounds("0.0258", R("-0.0893") + R("0.1151"), KL(Q3, P3)))
L.step(R("0.0253") != R("0.0258") and rounds("0.0253", KL(P3, Q3)) and rounds("0.0258", KL(Q3, P3)))
L.define(2, "P, Q")
t = sp.symbols("t", real=True)
m1, v1, m2, v2 = sp.symbols("m1 v1 m2 v2", positive=True)
pdf = lambda m, v: sp.exp(-(t - m) ** 2 / (2 * v)) / sp.sqrt(2 * sp.pi * v)
kl_closed = lambda a, va, b, vb: sp.log(sp.sqrt(vb) / sp.sqrt(va)) + (va + (a - b) ** 2) / (2 * vb) - sp.Rational(1, 2)
kl_num = lambda a, va, b, vb: sp.Integral(pdf(a, va) * sp.log(pdf(a, va) / pdf(b, vb)), (t, -30, 30)).evalf(30)
L.step(abs(kl_num(1, 1, 0, 4) - kl_closed(1, 1, 0, 4)) < 1e-20 and abs(kl_num(0, 4, 1, 1) - kl_closed(0, 4, 1, 1)) < 1e-20)
L.define(2, "sigma1, sigma2")
KLPQ, KLQP = kl_closed(1, 1, 0, 4), kl_closed(0, 4, 1, 1)
L.step(sp.simplify(KLPQ - (sp.log(2) + Q(2, 4) - Q(1, 2))) == 0, note="2 sigma2^2 = 8")
L.step(rounds("0.6931", sp.log(2))); L.step(R("0.6931") + R("0.5") - R("0.5") == R("0.6931"))
L.step(sp.simplify(KLQP - (sp.log(Q(1, 2)) + Q(5, 2) - Q(1, 2))) == 0)
L.step(rounds("-0.6931", sp.log(Q(1, 2)))); L.step(R("-0.6931") + R("2.5") - R("0.5") == R("1.3069"))
L.step(rounds("0.6931", KLPQ), carried=True); L.step(R("0.6931") < R("1.3069")); L.step(rounds("1.3069", KLQP))

# Q4: optimisation
w1, w2 = sp.symbols("w1 w2", real=True)
f = (w1 - 1) ** 2 + 4 * w2 ** 2
grad = lambda w: sp.Matrix([sp.diff(f, w1), sp.diff(f, w2)]).subs({w1: w[0], w2: w[1]})
fv = lambda w: f.subs({w1: w[0], w2: w[1]})
L.define(2, "f, w0")
L.step(sp.Matrix([sp.diff(f, w1), sp.diff(f, w2)]) == sp.Matrix([2 * (w1 - 1), 8 * w2]))
L.step(sp.hessian(f, (w1, w2)) == sp.diag(2, 8))
Lmax = max(sp.hessian(f, (w1, w2)).eigenvals())
L.step(True, note="GD on a quadratic converges iff eta < 2/lambda_max"); L.step(2 / Lmax == Q(2, 8)); L.step(Q(2, 8) == R("0.25"))
eta = R("0.1")
L.define(note="eta")
w0 = sp.Matrix([3, 1])
L.step(fv(w0) == 4 + 4); L.step(fv(w0) == 8); L.step(grad(w0) == sp.Matrix([4, 8]))
g1 = w0 - eta * grad(w0)
L.step(g1 == sp.Matrix([3 - R("0.4"), 1 - R("0.8")])); L.step(g1 == sp.Matrix([R("2.6"), R("0.2")])); L.step(grad(g1) == sp.Matrix([R("3.2"), R("1.6")]))
g2 = g1 - eta * grad(g1)
L.step(g2 == sp.Matrix([R("2.6") - R("0.32"), R("0.2") - R("0.16")])); L.step(g2 == sp.Matrix([R("2.28"), R("0.04")]))
L.step(fv(g2) == R("1.28") ** 2 + 4 * R("0.04") ** 2); L.step(R("1.28") ** 2 == R("1.6384") and 4 * R("0.04") ** 2 == R("0.0064"))
L.step(R("1.6384") + R("0.0064") == R("1.6448"))
L.step(abs(1 - 2 * eta) == R("0.8")); L.step(abs(1 - 8 * eta) == R("0.2"))
beta = R("0.9")
L.define(5, "momentum rule, beta, eta, v0")
# true heavy-ball iterates
ws, vs = [w0], [sp.zeros(2, 1)]
for _ in range(3):
    vs.append(beta * vs[-1] + grad(ws[-1]))
    ws.append(ws[-1] - eta * vs[-1])
L.step(vs[1] == beta * sp.zeros(2, 1) + sp.Matrix([4, 8])); L.step(vs[1] == sp.Matrix([4, 8]))
L.step(ws[1] == w0 - eta * sp.Matrix([4, 8])); L.step(ws[1] == sp.Matrix([R("2.6"), R("0.2")]))
L.step(ws[2] == sp.Matrix([R("2.6"), R("0.2")]) - eta * sp.Matrix([4, 8]), note="uses v1, not v2")
L.step(sp.Matrix([R("2.6"), R("0.2")]) - eta * sp.Matrix([4, 8]) == sp.Matrix([R("2.6") - R("0.4"), R("0.2") - R("0.8")]))
L.step(sp.Matrix([R("2.6") - R("0.4"), R("0.2") - R("0.8")]) == sp.Matrix([R("2.2"), R("-0.6")]))
L.step(vs[2] == beta * sp.Matrix([4, 8]) + sp.Matrix([R("3.2"), R("1.6")]))
L.step(beta * sp.Matrix([4, 8]) + sp.Matrix([R("3.2"), R("1.6")]) == sp.Matrix([R("3.6") + R("3.2"), R("7.2") + R("1.6")]))
L.step(vs[2] == sp.Matrix([R("6.8"), R("8.8")]))
ww2 = sp.Matrix([R("2.2"), R("-0.6")])
L.step(grad(ws[2]) == sp.Matrix([2 * (R("2.2") - 1), 8 * R("-0.6")]), carried=grad(ww2) == sp.Matrix([2 * (R("2.2") - 1), 8 * R("-0.6")]))
L.step(sp.Matrix([2 * (R("2.2") - 1), 8 * R("-0.6")]) == sp.Matrix([R("2.4"), R("-4.8")]))
vv3 = beta * sp.Matrix([R("6.8"), R("8.8")]) + sp.Matrix([R("2.4"), R("-4.8")])
L.step(vs[3] == vv3, carried=True); L.step(vv3 == sp.Matrix([R("8.52"), R("3.12")]))
ww3 = sp.Matrix([R("2.2") - R("0.852"), R("-0.6") - R("0.312")])
L.step(ws[3] == ww3, carried=ww2 - eta * sp.Matrix([R("8.52"), R("3.12")]) == ww3); L.step(ww3 == sp.Matrix([R("1.348"), R("-0.912")]))
# Adam
b1, b2, eps = R("0.9"), R("0.999"), sp.Rational(1, 10 ** 8)
L.define(6, "eta, beta1, beta2, eps, m0, s0")
w = w0; m = sp.zeros(2, 1); s = sp.zeros(2, 1); hist = []
for k in (1, 2):
    g = grad(w)
    m = b1 * m + (1 - b1) * g
    s = b2 * s + (1 - b2) * g.applyfunc(lambda c: c ** 2)
    mh = m / (1 - b1 ** k); sh = s / (1 - b2 ** k)
    step = sp.Matrix([eta * mh[i] / (sp.sqrt(sh[i]) + eps) for i in range(2)])
    hist.append((g, m, s, mh, sh, step, w - step))
    w = w - step
near = lambda M, strs: all(rounds(w_, c_) for w_, c_ in zip(strs, list(M)))   # entries round to the written ones
g_1, m_1, s_1, mh1, sh1, st1, wA1 = hist[0]
L.step(g_1 == sp.Matrix([4, 8])); L.step(m_1 == R("0.1") * g_1); L.step(m_1 == sp.Matrix([R("0.4"), R("0.8")]))
L.step(s_1 == R("0.001") * g_1.applyfunc(lambda c: c ** 2)); L.step(s_1 == sp.Matrix([R("0.016"), R("0.064")]))
L.step(mh1 == m_1 / R("0.1")); L.step(mh1 == sp.Matrix([4, 8])); L.step(sh1 == s_1 / R("0.001")); L.step(sh1 == sp.Matrix([16, 64]))
L.define(note="Adam position update")
L.step(all(rounds(v_, c_) for v_, c_ in zip(["2.9", "0.9"], wA1)), note="3 - 0.1 up to eps")
L.step(sp.Matrix([3 - R("0.1"), 1 - R("0.1")]) == sp.Matrix([R("2.9"), R("0.9")]))
g_2, m_2, s_2, mh2, sh2, st2, wA2 = hist[1]
# w1 differs from (2.9, 0.9) only through eps (about 1e-10): the written values are its roundings
L.step(near(g_2, ["3.8", "7.2"]) and g_2 - grad(sp.Matrix([R("2.9"), R("0.9")])) == grad(wA1) - grad(sp.Matrix([R("2.9"), R("0.9")])))
L.step(near(g_2, ["3.8", "7.2"]))
L.step(near(m_2, ["0.74", "1.44"]) and b1 * R("0.4") + R("0.1") * R("3.8") == R("0.74") and b1 * R("0.8") + R("0.1") * R("7.2") == R("1.44"))
L.step(near(m_2, ["0.74", "1.44"]))
L.step(near(s_2, ["0.030424", "0.115776"]) and R("3.8") ** 2 == R("14.44") and R("7.2") ** 2 == R("51.84"))
L.step(near(s_2, ["0.030424", "0.115776"]) and b2 * R("0.016") + R("0.001") * R("14.44") == R("0.030424")
       and b2 * R("0.064") + R("0.001") * R("51.84") == R("0.115776"))
L.step(near(mh2, ["7.4", "14.4"]), note="1 - beta1^2"); L.step(sp.Matrix([R("0.74"), R("1.44")]) / (1 - b1) == sp.Matrix([R("7.4"), R("14.4")]))
L.step(sh2 == s_2 / (1 - b2 ** 2)); L.step(1 - b2 ** 2 == R("0.001999"))
L.step(rounds("15.2196", sh2[0]) and rounds("57.9170", sh2[1]))
L.step(rounds("3.9012", sp.sqrt(sh2[0])) and rounds("7.6103", sp.sqrt(sh2[1])))
L.define(note="Adam position update")
wr = [R("2.9") - R("0.1") * R("7.4") / R("3.9012"), R("0.9") - R("0.1") * R("14.4") / R("7.6103")]
L.step(all(rounds(v_, c_) for v_, c_ in zip(["2.7103", "0.7108"], wA2)),
       carried=rounds("0.1897", R("0.1") * R("7.4") / R("3.9012")) and rounds("0.1892", R("0.1") * R("14.4") / R("7.6103")))
L.step(R("2.9") - R("0.1897") == R("2.7103") and R("0.9") - R("0.1892") == R("0.7108"))

# errata
L.step(VZ == 9 * 3 + 4 * 4); L.step(9 * 3 + 4 * 4 == 43); L.step(sp.sqrt(VZ) == sp.sqrt(43)); L.step(rounds("6.5574", sp.sqrt(43)))
L.step(ws[2] == sp.Matrix([R("2.6") - R("0.68"), R("0.2") - R("0.88")])); L.step(ws[2] == sp.Matrix([R("1.92"), R("-0.68")]))
L.step(grad(ws[2]) == sp.Matrix([R("1.84"), R("-5.44")]))
L.step(vs[3] == sp.Matrix([R("6.12") + R("1.84"), R("7.92") - R("5.44")])); L.step(vs[3] == sp.Matrix([R("7.96"), R("2.48")]))
L.step(ws[3] == sp.Matrix([R("1.92") - R("0.796"), R("-0.68") - R("0.248")])); L.step(ws[3] == sp.Matrix([R("1.124"), R("-0.928")]))
L.step(substituted(fv(ws[3]), lambda a, b: a + b, "~0.0154", "~3.4447"))
L.step(rounds("3.4601", R("0.0154") + R("3.4447"), fv(ws[3]))); L.step(fv(ws[3]) > fv(ws[1])); L.step(fv(ws[1]) == R("2.72"))
L.define(note="beta = 0.9")
L.done()
