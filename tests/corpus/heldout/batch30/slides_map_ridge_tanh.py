"""Labels for slides_map_ridge_tanh.tex: lecture slides (beamer `frame`s) on MAP for linear regression as
ridge: Gaussian likelihood and prior in logs, the negative log posterior `+ \\text{const}`, `\\propto`,
lambda = sigma^2/tau^2 (`\\argmin`), the vector gradient and normal equations with `\\mathbf X^\\top`, a 1-D
example with three points (MAP, MLE, shrinkage, residuals, posterior variance, interval), gradient descent
with `\\leftarrow`, and the derivative of tanh by the quotient rule and via `\\sech^2`. Slips: X X^T for
X^T X in the gradient; 1/tau^2 taken as tau^2 in the posterior variance (carried into s_n and the
interval); a digit slip in the residual sum of squares; the MSE gradient without its 2; the quotient
rule with + (carried into tanh'(0.5)). The last frame corrects all but the residual sum."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch30/slides_map_ridge_tanh.tex")
w, s2, t2 = sp.symbols("w sigma2 tau2", positive=True)
xs_s = sp.symbols("x1:4", real=True); ys_s = sp.symbols("y1:4", real=True)
L.define(note="model"); L.define(note="w_MAP := argmin")
nll = -sum(sp.log(sp.exp(-(yy - w * xx) ** 2 / (2 * s2)) / sp.sqrt(2 * sp.pi * s2)) for xx, yy in zip(xs_s, ys_s))
L.step(True, note="-ln of a product")
L.step(same(sp.expand_log(nll, force=True), sp.Rational(3, 2) * sp.log(2 * sp.pi * s2) + sum((yy - w * xx) ** 2 for xx, yy in zip(xs_s, ys_s)) / (2 * s2)))
nlp = -sp.log(sp.exp(-w ** 2 / (2 * t2)) / sp.sqrt(2 * sp.pi * t2))
L.step(same(sp.expand_log(nlp, force=True), sp.log(2 * sp.pi * t2) / 2 + w ** 2 / (2 * t2)))
L.step(True, note="Bayes")
post = sp.expand_log(nll + nlp, force=True)
data = sum((yy - w * xx) ** 2 for xx, yy in zip(xs_s, ys_s))
const = post - (data / (2 * s2) + w ** 2 / (2 * t2))
L.step(sp.simplify(sp.diff(const, w)) == 0)
L.step(True, note="exp of minus the same")
L.define(note="sigma^2 > 0")
lam = s2 / t2
J1 = data / 2 + lam * w ** 2 / 2
L.step(same(s2 * (data / (2 * s2) + w ** 2 / (2 * t2)), J1)); L.define(note="lambda")
# vector form on a random 4 x 2 example
X = sp.Matrix([[1, 2], [3, -1], [0, 5], [2, 2]]); yv = sp.Matrix([1, -2, 3, 0]); lm = sp.Rational(3, 2)
wv = sp.Matrix(sp.symbols("w1 w2", real=True))
J = ((yv - X * wv).T * (yv - X * wv))[0] / 2 + lm * (wv.T * wv)[0] / 2
g = sp.Matrix([sp.diff(J, v) for v in wv])
L.define(note="J")
L.step(sp.expand(g - (-X.T * (yv - X * wv) + lm * wv)) == sp.zeros(2, 1))
L.step(False if (X * X.T).shape != (2, 2) else sp.expand(g - ((X * X.T + lm * sp.eye(4)) * wv - X.T * yv)) == sp.zeros(2, 1), note="X X^T is n x n")
wh = sp.solve(list(g), list(wv), dict=True)[0]
whv = sp.Matrix([wh[v] for v in wv])
L.step((X.T * X + lm * sp.eye(2)) * whv == X.T * yv); L.step(whv == (X.T * X + lm * sp.eye(2)).inv() * X.T * yv)
H = sp.hessian(J, list(wv))
L.step(H == X.T * X + lm * sp.eye(2) and all(e > 0 for e in (X.T * X).eigenvals())); L.define(note="lambda > 0")
# 1-D example
x = [1, 2, 3]; y = [R("1.5"), R("2.0"), R("4.0")]; S2, T2 = sp.Integer(1), R("0.5")
l1 = S2 / T2
L.define(4, "x, y, sigma^2, tau^2"); L.step(l1 == sp.Rational(S2) / T2); L.step(l1 == 2)
Sxx = sum(a * a for a in x); Sxy = sum(a * b for a, b in zip(x, y))
L.step(Sxx == 1 + 4 + 9); L.step(Sxx == 14); L.step(Sxy == R("1.5") + R("4.0") + R("12.0")); L.step(Sxy == R("17.5"))
wJ = sum((b - w * a) ** 2 for a, b in zip(x, y)) / 2 + l1 * w ** 2 / 2
wmap = sp.solve(sp.diff(wJ, w), w)[0]
wmle = sp.solve(sp.diff(sum((b - w * a) ** 2 for a, b in zip(x, y)), w), w)[0]
L.step(wmap == Sxy / (Sxx + l1)); L.step(wmap == R("17.5") / 16); L.step(rounds("1.0938", wmap))
L.step(wmle == R("17.5") / 14); L.step(wmle == R("1.25"))
L.step(wmap == sp.Rational(14, 16) * wmle); L.step(sp.Rational(14, 16) == R("0.875") and wmle == R("1.25"))
L.step(rounds("1.0938", R("0.875") * R("1.25"))); L.step(wmap < wmle)
rss = sum((b - wmap * a) ** 2 for a, b in zip(x, y))
L.step(substituted(rss, lambda a, b, c: a ** 2 + b ** 2 + c ** 2, "~0.4062", "~0.1875", "~0.7188"))
L.step(rounds("0.7186", R("0.4062") ** 2 + R("0.1875") ** 2 + R("0.7188") ** 2, rss), note="0.7168")
# posterior
wpost = sp.exp(-wJ / S2)
Zp = sp.integrate(wpost, (w, -sp.oo, sp.oo))
mu_n = sp.simplify(sp.integrate(w * wpost, (w, -sp.oo, sp.oo)) / Zp)
sn2 = sp.simplify(sp.integrate(w ** 2 * wpost, (w, -sp.oo, sp.oo)) / Zp - mu_n ** 2)
L.step(mu_n == wmap); L.step(rounds("1.0938", mu_n))
L.step(sn2 == 1 / (Sxx / S2 + 1 / T2)); L.step(sn2 == 1 / (14 + R("0.5")), note="1/tau^2 = 2"); L.step(rounds("0.0690", 1 / (14 + R("0.5"))))
sn = sp.sqrt(sn2)
L.step(substituted(sn, sp.sqrt, "~0.0690"), carried=True); L.step(rounds("0.2627", sp.sqrt(R("0.0690"))))
L.step(rounds("0.5149", R("1.96") * R("0.2627")))
L.step(rounds("0.5789", mu_n - R("1.96") * sn) and rounds("1.6087", mu_n + R("1.96") * sn),
       carried=R("1.0938") - R("0.5149") == R("0.5789") and R("1.0938") + R("0.5149") == R("1.6087"))
# GD
dJ = sp.diff(wJ, w)
L.step(same(dJ, -sum(a * (b - w * a) for a, b in zip(x, y)) + l1 * w, [w]))
L.step(same(dJ, (Sxx + l1) * w - Sxy, [w])); L.step(same(dJ, 16 * w - R("17.5"), [w]))
L.define(2, "w0, eta")
eta = R("0.05")
w1 = 0 - eta * dJ.subs(w, 0)
L.define(note="update rule"); L.step(w1 == 0 - R("0.05") * R("-17.5")); L.step(w1 == R("0.875"))
L.step(dJ.subs(w, w1) == 16 * R("0.875") - R("17.5")); L.step(16 * R("0.875") - R("17.5") == 14 - R("17.5")); L.step(14 - R("17.5") == R("-3.5"))
w2 = w1 - eta * dJ.subs(w, w1)
L.define(note="update rule"); L.step(w2 == R("0.875") + R("0.05") * R("3.5")); L.step(w2 == R("1.05"))
L.step((w2 - wmap) == (1 - 16 * eta) * (w1 - wmap) and 1 - 16 * eta == R("0.2"))
L.step(rounds("-0.2188", w1 - wmap)); L.step(substituted(w2 - wmap, lambda c: R("0.2") * c, "~-0.2188")); L.step(rounds("-0.0438", R("0.2") * R("-0.2188"), w2 - wmap))
L.step(0 < eta); L.step(eta < sp.Rational(2, 16)); L.step(sp.Rational(2, 16) == R("0.125"))
n_ = sp.symbols("n", positive=True)
L.step(same(sp.diff(sum((b - w * a) ** 2 for a, b in zip(xs_s, ys_s)) / 3, w), -sum(a * (b - w * a) for a, b in zip(xs_s, ys_s)) / 3, positive=False),
       note="-(2/n) sum")
L.step(wJ.subs(w, 0) == sum(b ** 2 for b in y) / 2); L.step(sum(b ** 2 for b in y) / 2 == (R("2.25") + 4 + 16) / 2); L.step((R("2.25") + 4 + 16) / 2 == R("11.125"))
L.step(wJ.subs(w, wmap) == R("11.125") - R("17.5") ** 2 / (2 * 16)); L.step(rounds("1.5547", R("11.125") - R("17.5") ** 2 / 32))
L.step(substituted(wJ.subs(w, wmap), lambda c, d: c / 2 + d, "~0.7186", "~1.1963"), carried=substituted(R("0.7186") / 2 + wmap ** 2, lambda c, d: c / 2 + d, "~0.7186", "~1.1963"))
L.step(R("0.7186") / 2 == R("0.3593") and rounds("1.1963", wmap ** 2)); L.step(R("0.3593") + R("1.1963") == R("1.5556"))
# tanh
xx = sp.symbols("x", real=True)
L.step(same(sp.tanh(xx), sp.sinh(xx) / sp.cosh(xx), positive=False))
dt = sp.diff(sp.tanh(xx), xx)
L.step(same(dt, (sp.cosh(xx) ** 2 + sp.sinh(xx) ** 2) / sp.cosh(xx) ** 2, positive=False), note="minus")
L.step(same((sp.cosh(xx) ** 2 + sp.sinh(xx) ** 2) / sp.cosh(xx) ** 2, 1 + sp.tanh(xx) ** 2, positive=False))
L.define(note="x = 0.5"); L.step(rounds("0.4621", sp.tanh(R("0.5"))))
L.step(substituted(dt.subs(xx, R("0.5")), lambda c: 1 + c ** 2, "~0.4621"), carried=True)
L.step(rounds("0.2135", R("0.4621") ** 2)); L.step(1 + R("0.2135") == R("1.2135"))
L.step(dt.subs(xx, R("0.5")) > 1, carried=R("1.2135") > 1)
ex = (sp.exp(xx) - sp.exp(-xx)) / (sp.exp(xx) + sp.exp(-xx))
L.step(same(ex, sp.tanh(xx), positive=False))
L.step(same(sp.diff(ex, xx), ((sp.exp(xx) + sp.exp(-xx)) ** 2 - (sp.exp(xx) - sp.exp(-xx)) ** 2) / (sp.exp(xx) + sp.exp(-xx)) ** 2, positive=False))
L.step(same(((sp.exp(xx) + sp.exp(-xx)) ** 2 - (sp.exp(xx) - sp.exp(-xx)) ** 2) / (sp.exp(xx) + sp.exp(-xx)) ** 2, 4 / (sp.exp(xx) + sp.exp(-xx)) ** 2, positive=False))
L.step(same(4 / (sp.exp(xx) + sp.exp(-xx)) ** 2, sp.sech(xx) ** 2, positive=False))
L.step(True, note="sech = 1/cosh"); L.step(substituted(1 / sp.cosh(R("0.5")) ** 2, lambda c: 1 / c ** 2, "~1.1276") and rounds("1.1276", sp.cosh(R("0.5"))))
L.step(rounds("0.7865", 1 / R("1.1276") ** 2, sp.sech(R("0.5")) ** 2))
L.step(same(sp.cosh(xx) ** 2 - sp.sinh(xx) ** 2, 1, positive=False))
L.step(same(dt, 1 / sp.cosh(xx) ** 2, positive=False)); L.step(same(1 / sp.cosh(xx) ** 2, sp.sech(xx) ** 2, positive=False))
L.step(same(sp.sech(xx) ** 2, 1 - sp.tanh(xx) ** 2, positive=False))
L.step(substituted(dt.subs(xx, R("0.5")), lambda c: 1 - c, "~0.2135")); L.step(R("1") - R("0.2135") == R("0.7865"))
L.step(dt.subs(xx, 0) == 1); L.step(same(sp.diff(sp.tanh(xx), xx, 2), -2 * sp.tanh(xx) * (1 - sp.tanh(xx) ** 2), positive=False))
L.step(sp.expand(g - ((X.T * X + lm * sp.eye(2)) * wv - X.T * yv)) == sp.zeros(2, 1))
L.step(1 / T2 == 2); L.step(sn2 == sp.Rational(1, 16)); L.step(sn2 == R("0.0625")); L.step(sp.sqrt(sn2) == R("0.25"))
L.step(sn2 == S2 / (Sxx + l1))
L.step(same(sp.diff(sum((b - w * a) ** 2 for a, b in zip(xs_s, ys_s)) / 3, w), -2 * sum(a * (b - w * a) for a, b in zip(xs_s, ys_s)) / 3, positive=False))
L.done()
