"""Labels for defence_minutes_beta_binomial_map_ridge_gamma_poisson_kl_total_variance.tex: the
secretary's minutes of a PhD defence (committee table, summary of the presentation, each examiner's
question with the candidate's board work transcribed panel by panel, corrected panels, deliberation,
decision with a list of required corrections). Topics: a Beta(2, 8) prior with 6 of 18 (posterior by
proportionality, mean, the credibility form, log-posterior, MAP with l'' < 0, MLE, variance and sd),
the difference of two independent Beta posteriors, the beta-binomial predictive by the law of total
variance, MAP as penalised least squares (lambda = sigma^2/(n tau^2), closed form, numbers), ridge
with an intercept (X^T X + I, its inverse, w, OLS), Gamma-Poisson (posterior, mean, mode, variance,
credibility form, predictive P(X = 0) and the plug-in value, Jensen), the Poisson KL, Gaussian KL in
both directions, the Bernoulli Fisher information and the Jeffreys posterior. Slips: sd(theta | k) = 0.0893 for 0.0839 (not corrected); Var(theta_A -
theta_B) as a difference of variances (sd and ratio carried; corrected); Var(Y | k) without the
Var E term (sd carried; corrected); the 2x2 inverse with the off-diagonal sign kept (w and the
prediction carried; corrected); the Gamma posterior variance as shape/rate (sd carried; corrected);
e^{-1.8571} = 0.1516 for 0.1561 (not corrected); the reverse Gaussian KL without the 2 in 2 s_2^2
(the ratio carried; corrected)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch52/defence_minutes_beta_binomial_map_ridge_gamma_poisson_kl_total_variance.tex")
ok = lambda c, note="": L.step(bool(c), note=note)

# presentation: MAP - mean = O(1/n) for fixed k/n
nn, r, A, B = sp.symbols("n r a b", positive=True)
diff = (r * nn + A - 1) / (nn + A + B - 2) - (r * nn + A) / (nn + A + B)
ok(sp.limit(nn * diff, nn, sp.oo).is_finite)

# Question 1
a, b, k, n = 2, 8, 6, 18
L.define(4, "a, b, k, n")
th = sp.Symbol("theta", positive=True)
post = th ** (k + a - 1) * (1 - th) ** (n - k + b - 1)
ok(True, "Bayes: posterior propto likelihood x prior")
ok(True, "binomial likelihood x Beta density up to constants")
ok(same(th ** k * (1 - th) ** (n - k) * th ** (a - 1) * (1 - th) ** (b - 1), post, [th]))
al, be = a + k, b + n - k
ok((al, be) == (8, 20))
mean = sp.Rational(al, al + be)
ok(True, "Beta mean (a + k)/(a + b + n)"); ok(mean == sp.Rational(8, 28)); ok(rounds("0.2857", mean))
Z = sp.Rational(n, n + a + b)
ok(same(Z * sp.Rational(k, n) + (1 - Z) * sp.Rational(a, a + b), mean))
L.define(note="Z :="); ok(Z == sp.Rational(18, 28)); ok(rounds("0.6429", Z))
ok(substituted(mean, lambda z, m, c: z * m + c * R("0.2"), "~0.6429", "~0.3333", "~0.3571"))
ok(rounds("0.2143", R("0.6429") * R("0.3333")) and rounds("0.0714", R("0.3571") * R("0.2")))
ok(rounds("0.2857", R("0.2143") + R("0.0714"), mean))
ell = (a + k - 1) * sp.log(th) + (b + n - k - 1) * sp.log(1 - th)
L.define(note="ell")
ok(same(sp.diff(ell, th), sp.Rational(a + k - 1) / th - sp.Rational(b + n - k - 1) / (1 - th), [th])); L.define(note="= 0")
ok(same(sp.diff(ell, th, 2), -sp.Rational(a + k - 1) / th ** 2 - sp.Rational(b + n - k - 1) / (1 - th) ** 2, [th]))
ok(all(sp.diff(ell, th, 2).subs(th, v) < 0 for v in (R("0.01"), R("0.3"), R("0.99"))))
mapv = sp.solve(sp.diff(ell, th), th)[0]
ok(mapv == sp.Rational(a + k - 1, a + b + n - 2)); ok(mapv == sp.Rational(7, 26)); ok(rounds("0.2692", mapv))
mle = sp.Rational(k, n)
ok(True, "MLE k/n"); ok(mle == sp.Rational(6, 18)); ok(rounds("0.3333", mle)); ok(mapv < mean); ok(mean < mle)
varA = sp.Rational(al * be, (al + be) ** 2 * (al + be + 1))
ok(True, "Beta variance formula"); L.define(2, "alpha, beta")
ok(varA == sp.Rational(8 * 20, 28 ** 2 * 29)); ok(sp.Rational(8 * 20, 28 ** 2 * 29) == sp.Rational(160, 22736)); ok(rounds("0.00704", varA))
ok(rounds("0.0893", sp.sqrt(varA)), note="sqrt(0.00704) = 0.0839")
L.define(note="delta :=")
meanB = sp.Rational(5, 30)
varB = sp.Rational(5 * 25, 30 ** 2 * 31)
ok(substituted(mean - meanB, lambda u, v: u - v, "~0.2857", "~0.1667")); ok(rounds("0.1190", R("0.2857") - R("0.1667"), mean - meanB))
ok(varB == sp.Rational(5 * 25, 30 ** 2 * 31)); ok(rounds("0.00448", varB))
varD = varA + varB
ok(same(varD, varA - varB), note="variances of independent terms add")
ok(substituted(varA - varB, lambda u, v: u - v, "~0.00704", "~0.00448")); ok(R("0.00704") - R("0.00448") == R("0.00256"))
L.step(rounds("0.0506", sp.sqrt(varD)), carried=rounds("0.0506", sp.sqrt(R("0.00256"))))
ok(rounds("2.35", R("0.1190") / R("0.0506")))
ok(True, "Var(A - B) = Var A + Var B, independent")
ok(substituted(varD, lambda u, v: u + v, "~0.00704", "~0.00448")); ok(R("0.00704") + R("0.00448") == R("0.01152"))
ok(rounds("0.1073", sp.sqrt(varD), sp.sqrt(R("0.01152"))))
ok(substituted((mean - meanB) / sp.sqrt(varD), lambda u, v: u / v, "~0.1190", "~0.1073")); ok(rounds("1.11", R("0.1190") / R("0.1073")))
m = 10
L.define(note="m = 10")
EY = m * mean
ok(True, "E[Y|k] = m E[theta|k]"); ok(substituted(EY, lambda u: 10 * u, "~0.2857")); ok(rounds("2.857", R("10") * R("0.2857"), EY))
Eth2 = varA + mean ** 2
Ett = mean - Eth2
ok(True, "E[theta(1 - theta)] = E theta - E theta^2")
ok(substituted(Ett, lambda u, v: u - (v + u ** 2), "~0.2857", "~0.00704"))
ok(rounds("0.0887", R("0.00704") + R("0.2857") ** 2)); ok(rounds("0.1970", R("0.2857") - R("0.0887"), Ett))
VarY = m * Ett + m ** 2 * varA
ok(same(VarY, m * Ett), note="drops m^2 Var(theta|k)")
ok(True, "E[Var(Y|theta)|k] = m E[theta(1 - theta)|k]"); ok(substituted(m * Ett, lambda u: 10 * u, "~0.1970")); ok(R("10") * R("0.1970") == R("1.970"))
L.step(rounds("1.404", sp.sqrt(VarY)), carried=rounds("1.404", sp.sqrt(R("1.970"))))
ok(True, "law of total variance"); ok(True, "Var(m theta) = m^2 Var(theta)")
ok(substituted(VarY, lambda u, v: u + 100 * v, "~1.970", "~0.00704")); ok(R("100") * R("0.00704") == R("0.704")); ok(rounds("2.674", R("1.970") + R("0.704"), VarY))
ok(substituted(m * mean * (1 - mean), lambda u, v: 10 * u * v, "~0.2857", "~0.7143")); ok(rounds("2.041", 10 * R("0.2857") * R("0.7143")))

# Question 2
L.define(note="y_i = w x_i + eps_i")
w, s2, t2, lam = sp.symbols("w sigma2 tau2 lam", positive=True)
xs = sp.symbols("x1:4", positive=True); ys = sp.symbols("y1:4", positive=True)
nll = sum((yy - w * xx) ** 2 for xx, yy in zip(xs, ys)) / (2 * s2) + w ** 2 / (2 * t2)
ok(True, "Gaussian likelihood and prior, -ln up to a constant")
obj = sum((yy - w * xx) ** 2 for xx, yy in zip(xs, ys)) / 3 + lam * w ** 2
ok(sp.simplify(sp.solve(sp.diff(nll, w), w)[0] - sp.solve(sp.diff(obj.subs(lam, s2 / (3 * t2)), w), w)[0]) == 0)
ok(True, "lambda = sigma^2/(n tau^2) makes the averaged objective proportional")
L.define(note="stationarity = 0")
wmap = sp.solve(sp.diff(obj, w), w)[0]
ok(same(wmap, sum(a_ * b_ for a_, b_ in zip(xs, ys)) / (sum(a_ ** 2 for a_ in xs) + 3 * lam)))
ok(same(wmap.subs(lam, s2 / (3 * t2)), sum(a_ * b_ for a_, b_ in zip(xs, ys)) / (sum(a_ ** 2 for a_ in xs) + s2 / t2)))
X = [1, 2, 3]; Y = [R("1.2"), R("1.9"), R("3.4")]; S2, T2 = R("0.5"), 1
L.define(4, "x, y, sigma^2, tau^2")
Sxx = sum(v ** 2 for v in X); Sxy = sum(u * v for u, v in zip(X, Y))
ok(Sxx == 14); ok(Sxy == R("1.2") + R("3.8") + R("10.2")); ok(Sxy == R("15.2"))
wm = Sxy / (Sxx + S2 / T2)
ok(wm == R("15.2") / (14 + R("0.5"))); ok(rounds("1.0483", wm)); ok(Sxy / Sxx == R("15.2") / 14); ok(rounds("1.0857", Sxy / Sxx))
ok(S2 / (3 * T2) == R("0.5") / 3); ok(rounds("0.1667", S2 / (3 * T2)))
vw = 1 / (Sxx / S2 + sp.Rational(1, T2))
ok(True, "posterior precision adds"); ok(vw == 1 / sp.Integer(28 + 1)); ok(rounds("0.0345", vw))
ok(rounds("0.9655", sp.Rational(14, 1) / R("14.5")))
L.define(note="J(w)")
Wv = sp.Matrix(sp.symbols("w0 w1")); yv = sp.Matrix(sp.symbols("u1:4")); Xs = sp.Matrix(3, 2, sp.symbols("X1:7"))
J = (yv - Xs * Wv).dot(yv - Xs * Wv) + lam * Wv.dot(Wv)
gJ = sp.Matrix([sp.diff(J, v) for v in Wv])
ok(all(same(e1, e2, positive=False) for e1, e2 in zip(gJ, -2 * Xs.T * (yv - Xs * Wv) + 2 * lam * Wv)))
L.define(note="normal equations")
L.define(note="lambda = 1")
Xm = sp.Matrix([[1, 0], [1, 1], [1, 2]]); yv_ = sp.Matrix([1, 2, 2])
L.define(note="X")
XtX = Xm.T * Xm; Xty = Xm.T * yv_; M = XtX + sp.eye(2)
ok(XtX == sp.Matrix([[3, 3], [3, 5]])); ok(Xty == sp.Matrix([5, 6])); ok(M == sp.Matrix([[4, 3], [3, 6]]))
ok(M.det() == 4 * 6 - 3 * 3); ok(M.det() == 15)
ok(M.inv() == sp.Matrix([[6, 3], [3, 4]]) / 15, note="off-diagonal sign")
wr = M.inv() * Xty
Mw = sp.Matrix([[6, 3], [3, 4]]) / 15
L.step(wr == sp.Matrix([6 * 5 + 3 * 6, 3 * 5 + 4 * 6]) / 15, carried=(Mw * Xty == sp.Matrix([6 * 5 + 3 * 6, 3 * 5 + 4 * 6]) / 15))
ok(sp.Matrix([6 * 5 + 3 * 6, 3 * 5 + 4 * 6]) == sp.Matrix([48, 39])); ok(sp.Matrix([48, 39]) / 15 == sp.Matrix([R("3.2"), R("2.6")]))
yhat2 = wr[0] + 2 * wr[1]
L.step(yhat2 == R("3.2") + 2 * R("2.6"), carried=True); ok(R("3.2") + 2 * R("2.6") == R("8.4"))
ok(M.inv() == sp.Matrix([[6, -3], [-3, 4]]) / 15); ok(wr == sp.Matrix([30 - 18, -15 + 24]) / 15); ok(wr == sp.Matrix([R("0.8"), R("0.6")]))
ok(yhat2 == R("0.8") + R("1.2")); ok(yhat2 == R("2.0"))
wo = XtX.inv() * Xty
ok(True, "OLS formula"); ok(XtX.inv() == sp.Matrix([[5, -3], [-3, 3]]) / 6); ok(rounds("1.1667", wo[0]) and wo[1] == R("0.5"))
ok(wr[1] > wo[1])

# Question 3
xc = [2, 0, 3, 1, 4]; al0, be0 = 3, 2
L.define(2, "x, n"); ok(sum(xc) == 10); L.define(2, "alpha, beta")
lm = sp.Symbol("lam", positive=True)
ok(True, "Poisson likelihood x Gamma prior up to constants")
ok(same(lm ** 10 * sp.exp(-5 * lm) * lm ** (al0 - 1) * sp.exp(-be0 * lm), lm ** (al0 + 10 - 1) * sp.exp(-(be0 + 5) * lm), [lm]))
A1, B1 = al0 + 10, be0 + 5
Em = sp.Rational(A1, B1)
ok(True, "Gamma mean shape/rate"); ok(Em == sp.Rational(13, 7)); ok(rounds("1.8571", Em))
ok(sp.Rational(A1 - 1, B1) == sp.Rational(13 - 1, 7)); ok(rounds("1.7143", sp.Rational(12, 7)))
Vl = sp.Rational(A1, B1 ** 2)
ok(Vl == Em, note="variance is shape/rate^2")
ok(sp.Rational(A1, B1) == sp.Rational(13, 7)); ok(rounds("1.8571", sp.Rational(13, 7)))
L.step(rounds("1.3628", sp.sqrt(Vl)), carried=rounds("1.3628", sp.sqrt(sp.Rational(13, 7))))
ok(Vl == sp.Rational(13, 7 ** 2)); ok(Vl == sp.Rational(13, 49)); ok(rounds("0.2653", Vl)); ok(rounds("0.5151", sp.sqrt(Vl)))
ok(same(sp.Rational(be0, be0 + 5) * sp.Rational(al0, be0) + sp.Rational(5, be0 + 5) * sp.Rational(10, 5), Em))
ok(sp.Rational(2, 7) * R("1.5") + sp.Rational(5, 7) * 2 == Em)
ok(rounds("0.4286", sp.Rational(2, 7) * R("1.5")) and rounds("1.4286", sp.Rational(10, 7)))
ok(rounds("1.8571", R("0.4286") + R("1.4286"), Em))
# predictive P(X = 0): negative binomial
pred0 = sp.Integral(sp.exp(-lm) * B1 ** A1 * lm ** (A1 - 1) * sp.exp(-B1 * lm) / sp.gamma(A1), (lm, 0, sp.oo)).doit()
ok(sp.simplify(pred0 - sp.Rational(B1, B1 + 1) ** A1) == 0); ok(pred0 == sp.Rational(7, 8) ** 13); ok(rounds("0.1762", pred0))
ok(rounds("0.1516", sp.exp(-R("1.8571"))), note="e^{-1.8571} = 0.1561")
ok(R("0.1762") > R("0.1516")); ok(pred0 > sp.exp(-Em))
ok(sp.Rational(al0, be0) == R("1.5"))
l1, l2 = sp.symbols("l1 l2", positive=True)
xx = sp.Symbol("xx", integer=True, nonnegative=True)
ok(True, "KL as E_P[ln P/Q] with the Poisson log-ratio x ln(l1/l2) - l1 + l2")
ok(all(abs(sp.N(sp.Sum(sp.exp(-v1) * v1 ** xx / sp.factorial(xx) * (xx * sp.log(v1 / v2) - v1 + v2), (xx, 0, 80)).doit()
                - (v1 * sp.log(v1 / v2) - v1 + v2), 30)) < 1e-20 for v1, v2 in [(Em, R("1.5")), (R("0.7"), R("2.3"))]))
klp = Em * sp.log(Em / R("1.5")) - Em + R("1.5")
ok(substituted(klp, lambda u: u * sp.log(u / R("1.5")) - u + R("1.5"), "~1.8571"))
ok(substituted(klp, lambda u, v, c: u * v - c, "~1.8571", "~0.2136", "~0.3571") and rounds("0.2136", sp.log(Em / R("1.5"))))
ok(rounds("0.3967", R("1.8571") * R("0.2136"))); ok(rounds("0.0396", R("0.3967") - R("0.3571")))

# Question 4
L.define(2, "p, q")
def klg(m1, v1, m2, v2):
    return sp.log(sp.sqrt(v2) / sp.sqrt(v1)) + (v1 + (m1 - m2) ** 2) / (2 * v2) - sp.Rational(1, 2)
xg = sp.Symbol("xg", real=True)
def klnum(m1, v1, m2, v2):
    f1 = sp.exp(-(xg - m1) ** 2 / (2 * v1)) / sp.sqrt(2 * sp.pi * v1)
    return sp.Integral(f1 * (sp.log(f1) - (-(xg - m2) ** 2 / (2 * v2) - sp.log(sp.sqrt(2 * sp.pi * v2)))), (xg, -40, 40)).evalf(25)
ok(abs(klnum(0, 1, 1, 4) - klg(0, 1, 1, 4).evalf(25)) < 1e-15 and abs(klnum(1, 4, 0, 1) - klg(1, 4, 0, 1).evalf(25)) < 1e-15)
kpq = klg(0, 1, 1, 4)
ok(same(kpq, sp.log(2) + sp.Rational(2, 8) - sp.Rational(1, 2))); ok(substituted(kpq, lambda u: u + R("0.25") - R("0.5"), "~0.6931"))
ok(rounds("0.4431", R("0.6931") + R("0.25") - R("0.5"), kpq))
kqp = klg(1, 4, 0, 1)
ok(same(kqp, sp.log(sp.Rational(1, 2)) + 5 - sp.Rational(1, 2)), note="(4 + 1)/2")
ok(substituted(sp.log(sp.Rational(1, 2)) + 5 - sp.Rational(1, 2), lambda u: u + 5 - R("0.5"), "~-0.6931")); ok(R("-0.6931") + 5 - R("0.5") == R("3.8069"))
L.step(substituted(kqp / kpq, lambda u, v: u / v, "~3.8069", "~0.4431"), carried=True)
ok(rounds("8.59", R("3.8069") / R("0.4431")))
ok(same(kqp, sp.log(sp.Rational(1, 2)) + sp.Rational(5, 2) - sp.Rational(1, 2))); ok(substituted(kqp, lambda u: u + R("2.5") - R("0.5"), "~-0.6931"))
ok(R("-0.6931") + R("2.5") - R("0.5") == R("1.3069")); ok(rounds("2.95", R("1.3069") / R("0.4431")))
yb = sp.Symbol("y")
ok(all(sp.simplify(sp.log(th ** yv0 * (1 - th) ** (1 - yv0)) - (yv0 * sp.log(th) + (1 - yv0) * sp.log(1 - th))) == 0 for yv0 in (0, 1)))
lp = yb * sp.log(th) + (1 - yb) * sp.log(1 - th)
d2 = sp.diff(lp, th, 2)
Ifish = -(th * d2.subs(yb, 1) + (1 - th) * d2.subs(yb, 0))
L.define(note="Fisher information")
pts = [R("0.13"), R("0.5"), R("0.77"), sp.Rational(3, 7)]          # theta in (0, 1)
at = lambda e1, e2: all(abs(sp.N((e1 - e2).subs(th, v), 30)) < 1e-20 for v in pts)
ok(at(Ifish, th / th ** 2 + (1 - th) / (1 - th) ** 2)); ok(at(Ifish, 1 / (th * (1 - th))))
ok(at(sp.sqrt(Ifish) / (th ** sp.Rational(-1, 2) * (1 - th) ** sp.Rational(-1, 2)), 1))
ok((sp.Rational(1, 2) + 6, sp.Rational(1, 2) + 12) == (R("6.5"), R("12.5")))
ok(rounds("0.3421", R("6.5") / 19) and R("6.5") / (R("6.5") + R("12.5")) == R("6.5") / 19)
L.define(note="a, b > 1 (condition)")
# corrections
ok(True, "Var of a difference of independents"); ok(rounds("2.674", VarY)); ok(True, "lambda = sigma^2/(n tau^2)")
ok(Vl == sp.Rational(al0 + 10, (be0 + 5) ** 2))
L.done()
