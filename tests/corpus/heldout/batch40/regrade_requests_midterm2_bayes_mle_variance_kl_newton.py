"""Labels for regrade_requests_midterm2_bayes_mle_variance_kl_newton.tex: a head TA's compilation of Gradescope
regrade requests on a midterm (fancyhdr header, per request the submitted answer transcribed from the scan in a
shaded `mdframed` box, the original grader's comment or rubric key in red, the student's request in italics, the head
TA's response and a boxed outcome; `\\DeclareMathOperator` for Var, Cov, Corr, KL, Beta, argmax/argmin): Beta(3, 2)
prior with 6 of 8 (posterior, MAP by the derivative, mean, variance, the key's MAP, the mode formula, MAP as a
penalised NLL); MAP for y = wx + e with a Gaussian prior as regularised MSE in the 1/n form (lambda, the closed form,
numbers, least squares); a Gaussian MLE on five points (mean, sum of squares, sigma^2 hat, se, the key's n - 1, the
score equation, the bias, the maximised log-likelihood); the variance of 2X - 3Y + 1 with negative covariance, the
correlation, E[X^2]; a Gaussian KL with sigma^2 = 2 and a Bernoulli KL; Newton against GD on w^4/4 - w; one tanh
unit's gradients; three limits. Graders, students and the head TA are all labelled by the truth of what they say."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch40/regrade_requests_midterm2_bayes_mle_variance_kl_newton.tex")
N = lambda e: sp.N(e, 40)
th = sp.Symbol("theta", positive=True)

# Request 1: Beta(3, 2), 6 of 8
a, b, k, n = 3, 2, 6, 8
L.step(same(th ** 6 * (1 - th) ** 2 * th ** 2 * (1 - th), th ** 8 * (1 - th) ** 3))
L.step((a + k, b + n - k) == (9, 4))
lp = 8 * sp.log(th) + 3 * sp.log(1 - th)
L.step(same(sp.diff(lp, th), 8 / th - 3 / (1 - th))); L.define(note="= 0"); L.define(note="8(1 - theta) = 3 theta")
mode = sp.solve(sp.diff(lp, th), th)[0]
L.step(mode == sp.Rational(8, 11)); L.step(rounds("0.7273", mode))
L.step(sp.Rational(9, 13) == sp.Rational(a + k, a + b + n)); L.step(rounds("0.6923", sp.Rational(9, 13)))
var = sp.Rational(9 * 4, 13 ** 2 * 14)
L.step(True, note="Beta variance formula with 9, 4"); L.step(sp.Rational(9 * 4, 13 ** 2 * 14) == sp.Rational(36, 2366))
L.step(rounds("0.0152", sp.Rational(36, 2366)))
L.step(mode == sp.Rational(a + k - 1, a + b + n - 1), note="key: n - 1 for n - 2")
L.step(mode == sp.Rational(8, 12), carried=True); L.step(rounds("0.6667", sp.Rational(8, 12)))
L.step(sp.Rational(9 - 1, 9 + 4 - 2) == sp.Rational(8, 11))
L.step(mode == sp.Rational(a + k - 1, a + b + n - 2)); L.step(sp.Rational(a + k - 1, a + b + n - 2) == sp.Rational(3 + 6 - 1, 3 + 2 + 8 - 2))
L.step(sp.Rational(3 + 6 - 1, 3 + 2 + 8 - 2) == sp.Rational(8, 11)); L.step(rounds("0.7273", sp.Rational(8, 11), approx=True))
pen = -6 * sp.log(th) - 2 * sp.log(1 - th) - 2 * sp.log(th) - sp.log(1 - th)
L.step(sp.solve(sp.diff(pen, th), th) == [mode])
L.step(sp.Rational(6, 8) == R("0.75")); L.step(R("0.7273") < R("0.75")); L.step(sp.Rational(3, 5) == R("0.6"))

# Request 2: MAP regression
xs = [R("1"), R("2"), R("3"), R("-1")]
ys = [R("1.5"), R("3.5"), R("6.0"), R("-2.5")]
s2, t2, nn = R("0.25"), R("1"), 4
L.define(5, "model, sigma^2, tau^2, x, y")
w = sp.Symbol("w", real=True)
sse = sum((y - w * x) ** 2 for x, y in zip(xs, ys))
nlp = sse / (2 * s2) + w ** 2 / (2 * t2)
L.step(True, note="-ln posterior = SSE/(2 sigma^2) + w^2/(2 tau^2) + const")
scaled = sp.expand(nlp * 2 * s2 / nn)
lam_true = sp.expand(scaled - sp.expand(sse / nn)).coeff(w, 2)
L.step(lam_true == s2 / t2, note="sigma^2/(n tau^2)"); L.step(s2 / t2 == R("0.25"))
lam = sp.Symbol("lam", positive=True)
L.define(note="derivative = 0")
L.step(sp.solve(sp.diff(sse / nn + lam * w ** 2, w), w)[0] == sum(x * y for x, y in zip(xs, ys)) / (sum(x * x for x in xs) + nn * lam))
sxy, sxx = sum(x * y for x, y in zip(xs, ys)), sum(x * x for x in xs)
L.step(sxy == R("1.5") + 7 + 18 + R("2.5")); L.step(sxy == 29); L.step(sxx == 1 + 4 + 9 + 1); L.step(sxx == 15)
wmap = sp.solve(sp.diff(nlp, w), w)[0]
L.step(wmap == sp.Rational(29) / (15 + 4 * R("0.25")), carried=True)
L.step(sp.Rational(29) / (15 + 4 * R("0.25")) == sp.Rational(29, 16)); L.step(sp.Rational(29, 16) == R("1.8125"))
L.step(sxy / sxx == sp.Rational(29, 15)); L.step(rounds("1.9333", sp.Rational(29, 15)))
L.step(lam_true == s2 / (nn * t2)); L.step(s2 / (nn * t2) == R("0.25") / (4 * 1)); L.step(R("0.25") / 4 == R("0.0625"))
L.step(nn * lam_true == s2 / t2); L.step(s2 / t2 == R("0.25"))
L.step(wmap == sxy / (sxx + s2 / t2)); L.step(wmap == sp.Rational(29) / R("15.25")); L.step(rounds("1.9016", wmap))
L.step(rounds("1.9333", sxy / sxx))
tau_alt = sp.Symbol("tau_alt", positive=True)
L.step(sp.solve(sxy / (sxx + s2 / tau_alt) - R("1.8125"), tau_alt) == [R("0.25")])
L.step(s2 / R("0.25") == 1)

# Request 3: Gaussian MLE
d = [R("3.1"), R("2.4"), R("4.0"), R("3.5"), R("2.0")]
m = sum(d) / 5
ss = sum((x - m) ** 2 for x in d)
L.step(sum(d) / 5 == R("15.0") / 5); L.step(m == R("3.0"))
L.step(ss == R("0.01") + R("0.36") + R("1.00") + R("0.25") + R("1.00") == R("2.62"))
s2h = ss / 5
L.step(s2h == R("2.62") / 5); L.step(s2h == R("0.524")); L.step(rounds("0.7239", sp.sqrt(s2h)))
se = sp.sqrt(s2h) / sp.sqrt(5)
L.step(True, note="se = sigma hat / sqrt n")
L.step(substituted(se, lambda p, q: p / q, "~0.7239", "~2.2361") and rounds("2.2361", sp.sqrt(5)))
L.step(rounds("0.3237", R("0.7239") / R("2.2361"), se))
L.step(s2h == R("2.62") / 4, note="key: s^2 is not the MLE"); L.step(R("2.62") / 4 == R("0.655"))
L.step(sp.sqrt(s2h) == sp.sqrt(R("0.655")), carried=True); L.step(rounds("0.8093", sp.sqrt(R("0.655"))))
mu, v = sp.symbols("mu v", positive=True)
nsym = sp.Symbol("n", positive=True); S = sp.Symbol("S", positive=True)
ell = -nsym / 2 * sp.log(2 * sp.pi * v) - S / (2 * v)
L.define(note="log-likelihood")
L.step(same(sp.diff(ell, v), -nsym / (2 * v) + S / (2 * v ** 2))); L.define(note="= 0")
L.step(sp.solve(sp.diff(ell, v), v) == [S / nsym]); L.step(s2h == R("2.62") / 5); L.step(R("2.62") / 5 == R("0.524"))
L.step(True, note="E sigma2hat = (n-1)/n sigma^2"); L.step(sp.Rational(4, 5) == R("0.8"))
L.step(sum((x - m) ** 2 for x in d) / 4 == R("2.62") / 4); L.step(R("2.62") / 4 == R("0.655"))
llmax = sum(-sp.log(2 * sp.pi * s2h) / 2 - (x - m) ** 2 / (2 * s2h) for x in d)
L.step(sp.simplify(llmax - (-sp.Rational(5, 2) * sp.log(2 * sp.pi * R("0.524")) - sp.Rational(5, 2))) == 0)
L.step(substituted(llmax, lambda p: -R("2.5") * p - R("2.5"), "~1.1916") and rounds("1.1916", sp.log(2 * sp.pi * R("0.524"))))
L.step(rounds("-5.4790", -R("2.5") * R("1.1916") - R("2.5"), llmax))

# Request 4: variance of a linear combination
vx, vy, cxy, ex = 2, 3, -1, 1
L.define(4, "Var X, Var Y, Cov, E X")
true_var = 4 * vx + 9 * vy + 2 * 2 * (-3) * cxy
L.step(True, note="a^2 Var X + b^2 Var Y - 2 a b' Cov with b' = 3")
L.step(true_var == 8 + 27 - 12, note="+ 12"); L.step(8 + 27 - 12 == 23)
L.step(True, note="Corr definition"); L.step(sp.Rational(cxy) / sp.sqrt(vx * vy) == -1 / sp.sqrt(6)); L.step(rounds("-0.4082", -1 / sp.sqrt(6)))
L.step(True, note="E X^2 = Var X + (E X)^2"); L.step(vx + ex ** 2 == 2 + 1); L.step(2 + 1 == 3)
L.step(True, note="Var(2X) + Var(3Y) - 2 Cov(2X, 3Y)"); L.step(true_var == 8 + 27 - 2 * 6 * (-1))
L.step(8 + 27 - 2 * 6 * (-1) == 8 + 27 + 12); L.step(8 + 27 + 12 == 47 and true_var == 47)
L.step(8 + 27 == 35)

# Request 5: KL
m1, m2, v1, v2 = 0, 1, 1, 2
klg = sp.log(sp.sqrt(v2) / sp.sqrt(v1)) + (v1 + (m1 - m2) ** 2) / (2 * v2) - sp.Rational(1, 2)
xg = sp.Symbol("xg", real=True)
p1 = sp.exp(-(xg - m1) ** 2 / (2 * v1)) / sp.sqrt(2 * sp.pi * v1)
p2 = sp.exp(-(xg - m2) ** 2 / (2 * v2)) / sp.sqrt(2 * sp.pi * v2)
num = sp.Integral(p1 * sp.log(p1 / p2), (xg, -30, 30)).evalf(25)
L.step(abs(num - N(klg)) < 1e-15, note="KL formula")
L.step(same(klg, sp.log(2) + sp.Rational(1 + 1, 4) - sp.Rational(1, 2)), note="ln sqrt 2")
L.step(rounds("0.6931", sp.log(2)) and sp.Rational(2, 4) == R("0.5")); L.step(R("0.6931") + R("0.5") - R("0.5") == R("0.6931"))
P, Q = [R("0.2"), R("0.8")], [R("0.5"), R("0.5")]
klb = sum(p * sp.log(p / q) for p, q in zip(P, Q))
L.step(True, note="definition written out")
L.step(substituted(klb, lambda u, t: R("0.2") * u + R("0.8") * t, "~-0.9163", "~0.4700") and rounds("-0.9163", sp.log(R("0.4"))) and rounds("0.4700", sp.log(R("1.6"))))
L.step(rounds("-0.1833", R("0.2") * R("-0.9163")) and R("0.8") * R("0.4700") == R("0.3760"))
L.step(rounds("0.1927", R("-0.1833") + R("0.3760"), klb))
L.step(True, note="sigma_2 = sqrt 2")
L.define(note="student took sigma_2 = 2"); L.step(2 * v2 == 4); L.step(True, note="with sigma_2^2 = 2")
L.step(sp.Rational(1 + 1, 2 * 2) == R("0.5")); L.step(same(sp.log(sp.sqrt(2) / 1), sp.log(2) / 2)); L.step(rounds("0.3466", sp.log(2) / 2))
L.step(substituted(klg, lambda u: u + R("0.5") - R("0.5"), "~0.3466")); L.step(R("0.3466") + R("0.5") - R("0.5") == R("0.3466"))

# Request 6: Newton / GD on w^4/4 - w
ws = sp.Symbol("ws", real=True)
f = ws ** 4 / 4 - ws
L.define(3, "f, w0, eta")
L.step(same(sp.diff(f, ws), ws ** 3 - 1, positive=False)); L.step(same(sp.diff(f, ws, 2), 3 * ws ** 2, positive=False))
L.step(sp.solve(sp.diff(f, ws), ws) == [1])
newton = lambda t: t - (t ** 3 - 1) / (3 * t ** 2)
n1 = newton(sp.Integer(2)); n2 = newton(n1); n3 = newton(n2)
L.step(n1 == 2 - sp.Rational(8 - 1, 12)); L.step(rounds("0.5833", sp.Rational(7, 12))); L.step(rounds("1.4167", n1))
L.step(substituted(n2, lambda t: t - (t ** 3 - 1) / (3 * t ** 2), "~1.4167"))
L.step(rounds("2.8434", R("1.4167") ** 3, n1 ** 3) and rounds("6.0211", 3 * R("1.4167") ** 2, 3 * n1 ** 2))
L.step(rounds("0.3062", (R("2.8434") - 1) / R("6.0211"))); L.step(rounds("1.1105", R("1.4167") - R("0.3062"), n2))
eta = R("0.1")
g1 = 2 - eta * (2 ** 3 - 1)
L.step(g1 == 2 - R("0.1") * 7); L.step(g1 == R("1.3"))
g2 = g1 - eta * (g1 ** 3 - 1)
L.step(True, note="GD step at 1.3"); L.step(R("1.3") ** 3 - 1 == R("1.197")); L.step(R("0.1") * R("1.197") == R("0.1197"))
L.step(g2 == R("1.1803"))
L.step(R("0.1105") == abs(R("1.1105") - 1)); L.step(R("0.1105") < abs(R("1.1803") - 1)); L.step(abs(R("1.1803") - 1) == R("0.1803"))
L.step(rounds("2.8443", R("1.4167") ** 3), note="2.8434")
L.step(str(N(R("1.4167") ** 3)).startswith("2.843"))
L.step(n1 == sp.Rational(17, 12)); L.step(rounds("1.1105", n2))
L.step(sp.diff(f, ws, 3).subs(ws, 1) / (2 * sp.diff(f, ws, 2).subs(ws, 1)) == sp.Rational(6, 6)); L.step(sp.Rational(6, 6) == 1)
L.step(rounds("1.0106", n3))

# Request 7: one tanh unit
wv, bv, xv, tv = R("0.5"), R("-0.2"), 2, R("0.5")
L.define(6, "yhat, L, w, b, x, t")
zz = wv * xv + bv; yh = N(sp.tanh(zz))
L.step(zz == R("0.5") * 2 - R("0.2")); L.step(zz == R("0.8")); L.step(True); L.step(rounds("0.6640", yh))
L.step(True, note="dL/dyhat = yhat - t"); L.step(rounds("0.1640", R("0.6640") - tv, yh - tv))
zs = sp.Symbol("zs", real=True)
L.step(same(sp.diff(sp.tanh(zs), zs), 1 - sp.tanh(zs), positive=False), note="1 - tanh^2")
L.step(1 - R("0.6640") == R("0.3360"))
dz = (yh - tv) * (1 - yh ** 2)
L.step(substituted(dz, lambda p, q: p * q, "~0.1640", "~0.3360"), carried=True)
L.step(rounds("0.0551", R("0.1640") * R("0.3360")))
L.step(True, note="dL/dw = dL/dz x"); L.step(substituted(dz * 2, lambda p: p * 2, "~0.0551"), carried=True); L.step(R("0.0551") * 2 == R("0.1102"))
L.step(True, note="dL/db = dL/dz"); L.step(rounds("0.0551", dz), carried=True)
L.step(same(sp.diff(sp.tanh(zs), zs), 1 - sp.tanh(zs) ** 2, positive=False))
L.step(substituted(1 - yh ** 2, lambda p: 1 - p ** 2, "~0.6640"))
L.step(substituted(1 - yh ** 2, lambda p: 1 - p, "~0.4409") and rounds("0.4409", R("0.6640") ** 2)); L.step(rounds("0.5591", 1 - R("0.4409"), 1 - yh ** 2))
L.step(substituted(dz, lambda p, q: p * q, "~0.1640", "~0.5591")); L.step(rounds("0.0917", R("0.1640") * R("0.5591"), dz))
L.step(substituted(2 * dz, lambda p: 2 * p, "~0.0917")); L.step(rounds("0.1834", 2 * R("0.0917"), 2 * dz))
L.step(rounds("0.0917", dz))

# Request 8: limits
x, nl = sp.symbols("x n", positive=True)
L.step(sp.limit((1 - 2 / nl) ** nl, nl, sp.oo) == sp.exp(-2)); L.step(rounds("0.1353", sp.exp(-2)))
lim = sp.limit((1 - sp.cos(2 * x)) / x ** 2, x, 0)
L.step(lim == sp.limit(2 * sp.sin(2 * x) / (2 * x), x, 0)); L.step(sp.limit(2 * sp.sin(2 * x) / (2 * x), x, 0) == sp.limit(4 * sp.cos(2 * x) / 2, x, 0))
L.step(sp.limit(4 * sp.cos(2 * x) / 2, x, 0) == 2)
L.step(sp.limit((3 * x ** 2 + x) / (x ** 2 - 5), x, sp.oo) == 3)
L.step(lim == sp.Rational(1, 2), note="2")
u = sp.Symbol("u", positive=True)
L.step(sp.series(1 - sp.cos(u), u, 0, 3).removeO() == u ** 2 / 2); L.define(note="u = 2x")
L.step(sp.simplify((4 * x ** 2 / 2) / x ** 2) == 2)
L.step(4 * sp.Rational(1, 2) == 2 and lim == 2)
L.done()
