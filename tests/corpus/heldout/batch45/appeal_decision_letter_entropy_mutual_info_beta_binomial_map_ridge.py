"""Labels for appeal_decision_letter_entropy_mutual_info_beta_binomial_map_ridge.tex: a course committee's
decision letter on a midterm grading appeal, quoting the student's script, the marking scheme and the module
leader's response, with the committee's own re-working: entropies of a 2 x 3 joint table in bits and nats,
conditional entropies both ways, mutual information, a relative entropy against the uniform distribution and
the cross-entropy; a Beta(2, 2) prior with 7 heads in 10 (posterior, MAP by the derivative and as shrinkage,
variance, the probability of two more heads); MAP for y = wx + eps with a Gaussian prior as regularised MSE
(lambda = sigma^2/(n tau^2), the closed form, least squares, posterior variance and mean)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch45/appeal_decision_letter_entropy_mutual_info_beta_binomial_map_ridge.tex")
lg2 = lambda v: sp.log(v, 2)
ent = lambda ps: -sum(p * lg2(p) for p in ps if p != 0)

# ---- Question 3: the joint table
P = {(0, 0): R("0.3"), (0, 1): R("0.1"), (0, 2): R("0.1"), (1, 0): R("0.1"), (1, 1): R("0.2"), (1, 2): R("0.2")}
L.define(6, "table")
px = [sum(P[(x, y)] for y in range(3)) for x in range(2)]
py = [sum(P[(x, y)] for x in range(2)) for y in range(3)]
L.step(px[0] == P[(0, 0)] + P[(0, 1)] + P[(0, 2)]); L.step(px[0] == R("0.5"))
L.step(px[1] == P[(1, 0)] + P[(1, 1)] + P[(1, 2)]); L.step(px[1] == R("0.5"))
L.step(py[0] == R("0.4")); L.step(py[1] == py[2]); L.step(py[1] == R("0.3"))
HX, HY, HXY = ent(px), ent(py), ent(P.values())
L.define(note="H(X) definition"); L.step(same(HX, -2 * (R("0.5") * lg2(R("0.5"))))); L.step(sp.simplify(HX - 1) == 0)
L.step(same(HY, -(R("0.4") * lg2(R("0.4")) + 2 * R("0.3") * lg2(R("0.3")))))
L.step(substituted(HY, lambda a, b: R("0.4") * a + R("0.6") * b, "~1.3219", "~1.7370"))
L.step(rounds("0.5288", R("0.4") * R("1.3219")) and rounds("1.0422", R("0.6") * R("1.7370")))
L.step(rounds("1.5710", R("0.5288") + R("1.0422"), HY))
L.step(same(HX * sp.log(2), sp.log(2))); L.step(rounds("0.6931", sp.log(2)))
L.step(substituted(HY * sp.log(2), lambda h: h * sp.log(2), "~1.5710")); L.step(rounds("1.0889", R("1.5710") * sp.log(2), HY * sp.log(2)))
L.define(note="H(X, Y) definition")
L.step(same(HXY, -(R("0.3") * lg2(R("0.3")) + 3 * R("0.1") * lg2(R("0.1")) + 2 * R("0.2") * lg2(R("0.2")))))
L.step(rounds("0.5211", -R("0.3") * lg2(R("0.3"))) and rounds("0.9966", -3 * R("0.1") * lg2(R("0.1")))
       and rounds("0.9288", -2 * R("0.2") * lg2(R("0.2"))))
L.step(rounds("2.4465", R("0.5211") + R("0.9966") + R("0.9288"), HXY))
L.step(rounds("2.4464", HXY))
L.step(substituted(HXY * sp.log(2), lambda h: h * sp.log(2), "~2.4464"))
L.step(rounds("1.6958", R("2.4464") * sp.log(2), HXY * sp.log(2)), note="1.6957")
# 3(c)
HXgY = HXY - HY
L.step(True, note="chain rule H(X|Y) = H(X,Y) - H(Y)")
L.step(substituted(HXgY, lambda a, b: a - b, "~2.4464", "~1.5710")); L.step(rounds("0.8754", R("2.4464") - R("1.5710")))
L.step(substituted(HXgY, lambda a, b, c, d: a + b + c - d, "~0.5211", "~0.9966", "~0.9288", "~1.5710"))
L.step(rounds("0.8755", R("2.4465") - R("1.5710")))
cx = {y: [P[(x, y)] / py[y] for x in range(2)] for y in range(3)}
L.step(cx[0] == [R("0.75"), R("0.25")]); L.step(cx[1] == cx[2]); L.step(cx[1] == [sp.Rational(1, 3), sp.Rational(2, 3)])
L.step(same(ent(cx[0]), -(R("0.75") * lg2(R("0.75")) + R("0.25") * lg2(R("0.25"))))); L.step(rounds("0.8113", ent(cx[0])))
L.step(same(ent(cx[1]), ent([sp.Rational(1, 3), sp.Rational(2, 3)]))); L.step(rounds("0.9183", ent(cx[1])))
L.step(same(sum(py[y] * ent(cx[y]) for y in range(3)), HXgY))
L.step(substituted(HXgY, lambda a, b: R("0.4") * a + R("0.6") * b, "~0.8113", "~0.9183"))
L.step(rounds("0.8755", R("0.4") * R("0.8113") + R("0.6") * R("0.9183")))
L.step(rounds("0.87549", HXgY))
# 3(d), the student's script
I = HX + HY - HXY
L.step(same(I, HX - HXgY)); L.step(substituted(I, lambda a, b: 1 - (a - b), "~2.4464", "~1.5710"))
L.step(rounds("0.1246", 1 - R("0.8754")))
L.step(substituted(I * sp.log(2), lambda a, b: (1 - (a - b)) / sp.log(2), "~2.4464", "~1.5710"), note="times ln 2")
L.step(rounds("0.1798", R("0.1246") / sp.log(2)))
# the scheme's route through H(Y|X)
cy = {x: [P[(x, y)] / px[x] for y in range(3)] for x in range(2)}
L.step(cy[0] == [R("0.6"), R("0.2"), R("0.2")]); L.step(cy[1] == [R("0.2"), R("0.4"), R("0.4")])
L.step(same(ent(cy[0]), -(R("0.6") * lg2(R("0.6")) + 2 * R("0.2") * lg2(R("0.2")))))
L.step(substituted(ent(cy[0]), lambda a, b: a + 2 * b, "~0.4422", "~0.4644"))
L.step(rounds("1.3710", R("0.4422") + 2 * R("0.4644")))
L.step(same(ent(cy[1]), -(R("0.2") * lg2(R("0.2")) + 2 * R("0.4") * lg2(R("0.4")))))
L.step(substituted(ent(cy[1]), lambda a, b: a + b, "~0.4644", "~0.5288"), note="0.4 log 0.4 counted once")
L.step(rounds("0.9932", R("0.4644") + R("0.5288")))
HYgX = HXY - HX
L.step(substituted(HYgX, lambda a, b: a / 2 + b / 2, "~1.3710", "~0.9932"),
       carried=rounds("1.3710", ent(cy[0])), note="0.9932 carried")
L.step(rounds("1.1821", R("1.3710") / 2 + R("0.9932") / 2))
L.step(same(I, HY - HYgX)); L.step(substituted(I, lambda a, b: a - b, "~1.5710", "~1.1821"), carried=True)
L.step(rounds("0.3889", R("1.5710") - R("1.1821")))
# committee's correction
L.step(substituted(ent(cy[1]), lambda a, b: a + 2 * b, "~0.4644", "~0.5288")); L.step(rounds("1.5220", R("0.4644") + 2 * R("0.5288")))
L.step(substituted(HYgX, lambda a, b: (a + b) / 2, "~1.3710", "~1.5219")); L.step(rounds("1.4464", (R("1.3710") + R("1.5219")) / 2, HYgX))
L.step(same(HYgX, HXY - HX)); L.step(substituted(HYgX, lambda a: a - 1, "~2.4464")); L.step(R("2.4464") - 1 == R("1.4464"))
L.step(same(I, HY - HYgX)); L.step(substituted(I, lambda a, b: a - b, "~1.5710", "~1.4464")); L.step(rounds("0.1246", R("1.5710") - R("1.4464")))
L.step(same(I, HX + HY - HXY)); L.step(substituted(I, lambda a, b: 1 + a - b, "~1.5710", "~2.4464"))
L.step(rounds("0.1246", 1 + R("1.5710") - R("2.4464")))
L.step(0 <= sp.N(I)); L.step(sp.N(I) <= min(sp.N(HX), sp.N(HY))); L.step(sp.N(min(HX, HY) - 1) == 0)
L.step(substituted(I * sp.log(2), lambda a, b: (1 + a - b) * sp.log(2), "~1.5710", "~2.4464"))
L.step(rounds("0.0864", R("0.1246") * sp.log(2)))
L.step(rounds("0.0863", I * sp.log(2)))
# 3(e)
u = [sp.Rational(1, 3)] * 3
KLpu = sum(p * lg2(p / q) for p, q in zip(py, u))
KLup = sum(q * lg2(q / p) for p, q in zip(py, u))
L.step(same(KLpu, KLup), note="wrong order")
L.step(same(KLup, (lg2(sp.Rational(1, 3) / R("0.4")) + 2 * lg2(sp.Rational(1, 3) / R("0.3"))) / 3))
L.step(rounds("-0.2630", lg2(sp.Rational(1, 3) / R("0.4"))) and rounds("0.1520", lg2(sp.Rational(1, 3) / R("0.3"))))
L.step(rounds("0.0410", R("-0.2630") + 2 * R("0.1520")))
L.step(rounds("0.0137", R("0.0410") / 3))
L.define(note="KL definition")
L.step(same(KLpu, lg2(3) - HY)); L.step(substituted(KLpu, lambda a, b: a - b, "~1.5850", "~1.5710"))
L.step(rounds("0.0140", R("1.5850") - R("1.5710")))
L.step(rounds("0.0137", KLup)); L.step(R("0.0137") != R("0.0140")); L.step(rounds("0.0140", KLpu))
CE = -sum(p * lg2(q) for p, q in zip(py, u))
L.define(note="cross-entropy definition"); L.step(same(CE, lg2(3))); L.step(same(CE, HY + KLpu))
L.step(substituted(CE, lambda a, b: a + b, "~1.5710", "~0.0140")); L.step(rounds("1.5850", R("1.5710") + R("0.0140")))
L.define(note="p(0,0) = 0.3 restated"); L.step(R("0.3") != R("0.2")); L.step(px[0] * py[0] == R("0.2")); L.step(sp.N(I) > 0)

# ---- Question 5: Beta-Binomial
a0, b0, k, n = 2, 2, 7, 10
th = sp.symbols("theta", positive=True)
L.define(2, "prior, data")
post = th ** k * (1 - th) ** (n - k) * th ** (a0 - 1) * (1 - th) ** (b0 - 1)
L.step(same(post / (th ** 7 * (1 - th) ** 3 * th * (1 - th)), 1))      # proportional with constant 1
L.step(same(th ** 7 * (1 - th) ** 3 * th * (1 - th), th ** 8 * (1 - th) ** 4))
al, be = a0 + k, b0 + n - k
mode = sp.solve(sp.diff(sp.log(post), th), th)[0]
L.step(mode == sp.Rational(a0 + k - 1, a0 + b0 + n - 2)); L.step(mode == sp.Rational(8, 12)); L.step(rounds("0.6667", mode))
mean = sp.Rational(al, al + be)
L.step(mean == sp.Rational(9, 14)); L.step(rounds("0.6429", mean))
ell = 8 * sp.log(th) + 4 * sp.log(1 - th)
L.define(note="ell"); L.step(sp.simplify(sp.diff(ell, th) - (8 / th - 4 / (1 - th))) == 0)
L.define(2, "stationarity, rearranged"); L.step(mode == sp.Rational(8, 12)); L.step(rounds("0.6667", sp.Rational(8, 12)))
d2 = sp.diff(ell, th, 2)
L.step(sp.simplify(d2 - (-8 / th ** 2 - 4 / (1 - th) ** 2)) == 0)
L.step(all(d2.subs(th, sp.Rational(j, 20)) < 0 for j in range(1, 20)))
L.step(sp.Rational(k, n) == R("0.7"))
L.step(sp.Rational(10, 12) * R("0.7") + sp.Rational(2, 12) * R("0.5") == mode)
L.step(rounds("0.5833", sp.Rational(10, 12) * R("0.7")) and rounds("0.0833", sp.Rational(2, 12) * R("0.5")))
L.step(rounds("0.6667", R("0.5833") + R("0.0833"), mode))
var = sp.Rational(al * be, (al + be) ** 2 * (al + be + 1))
th_s = sp.symbols("t", positive=True)
dens = th_s ** (al - 1) * (1 - th_s) ** (be - 1)
Z = sp.integrate(dens, (th_s, 0, 1))
var_int = sp.integrate(th_s ** 2 * dens, (th_s, 0, 1)) / Z - (sp.integrate(th_s * dens, (th_s, 0, 1)) / Z) ** 2
L.step(var_int == var); L.step(var == sp.Rational(9 * 5, 14 ** 2 * 15)); L.step(sp.Rational(45, 196 * 15) == sp.Rational(45, 2940))
L.step(rounds("0.0153", var))
L.step(rounds("0.1273", sp.sqrt(R("0.0153")), sp.sqrt(var)), note="0.1237")
E2 = sp.integrate(th_s ** 2 * dens, (th_s, 0, 1)) / Z
L.step(E2 == mean ** 2, note="(9/14)^2 is not E[theta^2]")
L.step(substituted(mean ** 2, lambda m: m ** 2, "~0.6429")); L.step(rounds("0.4133", R("0.6429") ** 2))
L.step(True, note="P(two heads | k) = E[theta^2 | k]")
L.step(E2 == sp.Rational(al * (al + 1), (al + be) * (al + be + 1))); L.step(E2 == sp.Rational(90, 210))
L.step(sp.Rational(9 * 10, 14 * 15) == sp.Rational(90, 210)); L.step(rounds("0.4286", E2))
L.step(E2 == var + mean ** 2); L.step(substituted(E2, lambda a, b: a + b, "~0.0153", "~0.4133"))
L.step(rounds("0.4286", R("0.0153") + R("0.4133")))

# ---- Question 6: MAP as regularised least squares
xs, ys = [1, 2, 3], [1, 3, 2]
s2, t2, nn = 1, R("0.5"), 3
L.define(6, "model, sigma^2, tau^2, x, y, n")
w, sig2, tau2 = sp.symbols("w sigma2 tau2", positive=True)
X = sp.symbols("x1:4", real=True); Y = sp.symbols("y1:4", real=True)
negpost = sum((Y[i] - w * X[i]) ** 2 for i in range(3)) / (2 * sig2) + w ** 2 / (2 * tau2)
true_negpost = -(sum(sp.log(sp.exp(-(Y[i] - w * X[i]) ** 2 / (2 * sig2))) for i in range(3)) + sp.log(sp.exp(-w ** 2 / (2 * tau2))))
L.step(same(sp.diff(true_negpost, w), sp.diff(negpost, w), positive=False))
form2 = sp.Rational(3, 1) / (2 * sig2) * (sum((Y[i] - w * X[i]) ** 2 for i in range(3)) / 3 + sig2 / (3 * tau2) * w ** 2)
L.step(same(negpost, form2, positive=False))
lam = sp.Rational(s2) / (nn * t2)
L.define(2, "J, lambda"); L.step(lam == sp.Rational(1) / (3 * R("0.5"))); L.step(rounds("0.6667", lam))
Sxy, Sxx = sum(a * b for a, b in zip(xs, ys)), sum(a * a for a in xs)
L.step(Sxy == 1 + 6 + 6); L.step(Sxy == 13); L.step(Sxx == 14)
lam_s = sp.symbols("lambda", positive=True)
J = sum((Y[i] - w * X[i]) ** 2 for i in range(3)) / 3 + lam_s * w ** 2
L.step(same(sp.diff(J, w), -sp.Rational(2, 3) * sum(X[i] * (Y[i] - w * X[i]) for i in range(3)) + 2 * lam_s * w, positive=False))
L.define(note="J' = 0")
Jnum = J.subs({X[i]: xs[i] for i in range(3)}).subs({Y[i]: ys[i] for i in range(3)}).subs(lam_s, lam)
wmap = sp.solve(sp.diff(Jnum, w), w)[0]
L.step(wmap == sp.Rational(Sxy) / (Sxx + lam), note="lambda where n lambda belongs")
L.step(True, note="the student's formula at the numbers, member to member"); L.step(rounds("0.8864", 13 / (14 + R("0.6667"))))
L.step(substituted(4 * wmap, lambda v: 4 * v, "0.8864"), carried=True); L.step(4 * R("0.8864") == R("3.5456"))
L.define(note="J'(w) = 0")
L.define(note="stationarity times n/2")
L.step(wmap == sp.Rational(Sxy) / (Sxx + nn * lam)); L.step(wmap == sp.Rational(13, 14 + 2)); L.step(wmap == R("0.8125"))
L.step(nn * lam == sp.Rational(s2) / t2); L.step(nn * lam == 2); L.step(wmap == sp.Rational(Sxy) / (Sxx + sp.Rational(s2) / t2))
Jsym = sum((Y[i] - w * X[i]) ** 2 for i in range(3)) / 3 + sig2 / (3 * tau2) * w ** 2
L.step(same(sum((Y[i] - w * X[i]) ** 2 for i in range(3)) + sig2 / tau2 * w ** 2, 3 * Jsym, positive=False))
Jw = sp.Lambda(w, Jnum)
L.step(rounds("1.1458", Jw(R("0.8125")))); L.step(R("1.1458") < R("1.1750")); L.step(rounds("1.1750", Jw(R("0.8864"))))
wls = sp.Rational(Sxy, Sxx)
L.step(wls == sp.Rational(13, 14)); L.step(rounds("0.9285", wls), note="0.9286")
L.step(wmap / wls == sp.Rational(14, 16)); L.step(sp.Rational(14, 16) == R("0.875")); L.step(wmap < wls)
L.define(note="x = 4"); L.step(4 * wmap == 4 * R("0.8125")); L.step(4 * R("0.8125") == R("3.25"))
pvar = 1 / (sp.Rational(Sxx) / s2 + 1 / t2)
L.step(pvar == sp.Rational(s2, Sxx), note="prior ignored"); L.step(sp.Rational(s2, Sxx) == sp.Rational(1, 14)); L.step(rounds("0.0714", sp.Rational(1, 14)))
L.step(True, note="posterior precision = data + prior precisions"); L.step(pvar == sp.Rational(1, 14 + 2)); L.step(pvar == R("0.0625"))
pmean = pvar * Sxy / s2
L.step(pmean == R("0.0625") * 13); L.step(R("0.0625") * 13 == R("0.8125")); L.step(pmean == wmap)

# ---- Section 4: the module leader's response
L.step(substituted(HXgY, lambda a, b: a - b, "~2.44644", "~1.57095")); L.step(R("2.44644") - R("1.57095") == R("0.87550"), note="0.87549")
L.step(rounds("0.3889", I), carried=True)
L.step(rounds("0.2696", R("0.3889") * sp.log(2)))
L.step(same(HX * sp.log(2), lg2(sp.E)), note="H(X) in nats is ln 2"); L.step(rounds("1.4427", lg2(sp.E)))
L.step(mean == sp.Rational(a0 + k, a0 + b0 + n)); L.step(sp.Rational(a0 + k, a0 + b0 + n) == sp.Rational(9, 14))
L.step(rounds("0.0238", sp.Rational(9, 14) - sp.Rational(8, 12)), note="-0.0238")
L.step(R("0.8864") - R("0.8125") == R("0.0739")); L.step(rounds("0.0910", R("0.0739") / R("0.8125")))
L.step(R("2.44644") - R("1.57095") == R("0.87549")); L.step(rounds("0.6931", sp.log(2))); L.step(rounds("0.6931", HX * sp.log(2)))
L.done()
