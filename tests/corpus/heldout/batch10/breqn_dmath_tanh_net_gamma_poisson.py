"""Labels for breqn_dmath_tanh_net_gamma_poisson.tex: a homework typed with breqn `dmath*` displays and one
boxed `empheq`, with the TA's comments: a tanh unit feeding a linear output, forward and backward by hand,
input gradient, SGD step; limits of tanh; a Gamma-Poisson posterior. Slips: dL/dv = -0.4174 x 0.2913 written
-0.1261 (carried into the v update); tanh'(a) = (1 - tanh a)^2 (carried into delta_h, the three parameter
gradients, the input gradient and the w1 update); x(1 - tanh x) -> 1; the Gamma mode taken as its mean
alpha'/beta' (carried into 'MAP = posterior mean')."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch10/breqn_dmath_tanh_net_gamma_poisson.tex")
L.define(4, "a, h, y_hat, L"); L.define(7, "parameters and example")
w1, w2, b, v, c, X, Y = R("0.5"), R("0.3"), R("0.1"), 2, R("-0.5"), (1, -1), R("0.5")
a = w1 * X[0] + w2 * X[1] + b
L.step(True, note="substitution"); L.step(a == R("0.3"))
h = sp.tanh(a)
L.step(True); L.step(rounds("0.2913", h))
yh = v * h + c
L.step(substituted(yh, lambda t: 2 * t - R("0.5"), "~0.2913")); L.step(rounds("0.0826", 2 * R("0.2913") - R("0.5"), yh))
Lv = (yh - Y) ** 2 / 2
L.step(substituted(Lv, lambda t: (t - R("0.5")) ** 2 / 2, "~0.0826")); L.step(rounds("0.1742", (R("0.0826") - R("0.5")) ** 2))
L.step(rounds("0.0871", R("0.1742") / 2, Lv))
do = yh - Y
L.define(note="delta_o"); L.step(rounds("-0.4174", do))
L.step(True, note="dL/dv = delta_o h"); L.step(substituted(do * h, lambda p, q: p * q, "~-0.4174", "~0.2913"))
L.step(rounds("-0.1261", R("-0.4174") * R("0.2913")), note="-0.1216")
L.step(True, note="dL/dc = delta_o"); L.step(rounds("-0.4174", do))
t = sp.symbols("t", real=True)
L.step(same(sp.diff(sp.tanh(t), t), (1 - sp.tanh(t)) ** 2, positive=False), note="1 - tanh^2")
L.step(substituted((1 - h) ** 2, lambda q: (1 - q) ** 2, "~0.2913")); L.step(1 - R("0.2913") == R("0.7087"))
L.step(rounds("0.5023", R("0.7087") ** 2))
dh = do * v * (1 - h ** 2)
L.step(True, note="delta_h = delta_o v tanh'(a)")
L.step(substituted(dh, lambda p, q: p * 2 * q, "~-0.4174", "~0.5023"), carried=True)
L.step(R("-0.4174") * 2 == R("-0.8348")); L.step(rounds("-0.4193", R("-0.8348") * R("0.5023")))
for xk, written in zip(X, ("-0.4193", "0.4193")):
    L.step(True, note="dL/dw_k = delta_h x_k")
    L.step(rounds(written, dh * xk), carried=R(written) == R("-0.4193") * xk)
L.step(True, note="dL/db = delta_h"); L.step(rounds("-0.4193", dh), carried=True)
L.step(True, note="grad_x L = delta_h w")
L.step(substituted(dh * w1, lambda p: p * R("0.5"), "~-0.4193") and substituted(dh * w2, lambda p: p * R("0.3"), "~-0.4193"), carried=True)
L.step(rounds("-0.2097", R("-0.4193") * R("0.5")) and rounds("-0.1258", R("-0.4193") * R("0.3")))
L.define(note="eta")
L.step(substituted(w1 - R("0.1") * dh, lambda p: R("0.5") - R("0.1") * p, "~-0.4193"), carried=True)
L.step(rounds("0.5419", R("0.5") - R("0.1") * R("-0.4193")))
L.step(substituted(v - R("0.1") * do * h, lambda p: 2 - R("0.1") * p, "~-0.1261"), carried=True)
L.step(rounds("2.0126", 2 - R("0.1") * R("-0.1261")))
x = sp.symbols("x", positive=True)
L.step(sp.limit(1 - sp.tanh(x) ** 2, x, sp.oo) == 0); L.step(sp.limit(sp.tanh(x) / x, x, 0) == 1)
L.step(sp.limit(x * (1 - sp.tanh(x)), x, sp.oo) == 1, note="0")
L.step(sp.limit(sp.log(sp.cosh(x)) - x, x, sp.oo) == -sp.log(2))
# TA
L.step(same(sp.diff(sp.tanh(t), t), 1 - sp.tanh(t) ** 2, positive=False))
L.step(substituted(1 - h ** 2, lambda q: 1 - q, "~0.0849") and rounds("0.0849", R("0.2913") ** 2)); L.step(1 - R("0.0849") == R("0.9151"))
L.step(substituted(dh, lambda p, q: p * q, "~-0.8348", "~0.9151")); L.step(rounds("-0.7639", R("-0.8348") * R("0.9151"), dh))
L.step(rounds("-0.7639", dh * X[0]) and rounds("0.7639", dh * X[1]))
L.step(rounds("-0.3820", dh * w1) and rounds("-0.2292", dh * w2))
L.step(rounds("0.1216", R("0.4174") * R("0.2913")))
hh = sp.symbols("hh", real=True)
L.step(set(sp.solve(sp.Eq((1 - hh) ** 2, 1 - hh ** 2), hh)) == {0, 1}, note="(1-h)^2 = 1-h^2 only at h = 0 (and h = 1, not a tanh value)")
L.define(note="h = 0")
L.step(same(x * (1 - sp.tanh(x)), 2 * x / (sp.exp(2 * x) + 1)))
# curvature
L.step(same(sp.diff(sp.tanh(t), t, 2), -2 * sp.tanh(t) * (1 - sp.tanh(t) ** 2), positive=False))
L.step(substituted(sp.diff(sp.tanh(t), t, 2).subs(t, a), lambda p, q: -2 * p * q, "~0.2913", "~0.9151")); L.step(rounds("-0.5331", -2 * R("0.2913") * R("0.9151")))
L.step(sp.diff(sp.tanh(t), t, 3).subs(t, 0) == 2, note="-2")
# Gamma-Poisson
lam = sp.symbols("lambda", positive=True)
xs = [4, 6, 2, 5]
L.define(note="counts"); L.step(sum(xs) == 17); L.step(len(xs) == 4)
lik = sp.prod([lam ** k * sp.exp(-lam) for k in xs])
prior = lam ** 2 * sp.exp(-lam)
L.step(same(lik, lam ** 17 * sp.exp(-4 * lam))); L.step(same(lam ** 17 * sp.exp(-4 * lam) * prior, lam ** 19 * sp.exp(-5 * lam)))
al, be = 20, 5
L.step(sp.Rational(al, be) == 4)
mode = sp.solve(sp.diff(19 * sp.log(lam) - 5 * lam, lam), lam)[0]
L.step(mode == sp.Rational(al, be), note="(alpha' - 1)/beta'"); L.step(True, note="alpha'/beta' = 20/5"); L.step(sp.Rational(20, 5) == 4)
L.step(mode == sp.Rational(al, be), carried=True)
L.step(sp.Rational(17, 4) == sum(xs) / sp.Integer(4)); L.step(sp.Rational(17, 4) == R("4.25")); L.step(3 < 4); L.step(4 < R("4.25"))
L.step(sp.Rational(al, be ** 2) == sp.Rational(20, 25)); L.step(sp.Rational(20, 25) == R("0.8")); L.step(rounds("0.8944", sp.sqrt(R("0.8"))))
L.step(mode == sp.Rational(19, 5)); L.step(sp.Rational(19, 5) == R("3.8")); L.step(mode == sp.Rational(al - 1, be))
# Problem 3
th = sp.symbols("theta", positive=True)
L.define(2, "k, n")
nlp = -(9 * sp.log(th) + sp.log(1 - th) + sp.log(th) + sp.log(1 - th))
post = th ** 9 * (1 - th) * th * (1 - th)             # binomial likelihood x Beta(2, 2) kernel
L.step(same(sp.diff(-sp.log(post), th), sp.diff(-9 * sp.log(th) - sp.log(1 - th) - sp.log(th) - sp.log(1 - th), th)))
L.define(note="r")
r = -sp.log(th) - sp.log(1 - th)
L.step(same(sp.diff(r, th), -1 / th - 1 / (1 - th)), note="+1/(1-theta)")
L.step(sp.diff(r, th).subs(th, R("0.9")) == R("-1.1111") - 10, carried=rounds("-1.1111", -1 / R("0.9")) and -1 / (1 - R("0.9")) == -10)
L.step(R("-1.1111") - 10 == R("-11.1111"))
dd = sp.diff(-9 * sp.log(th) - sp.log(1 - th), th)
L.step(same(dd, -9 / th + 1 / (1 - th))); L.step(dd.subs(th, R("0.9")) == -10 + 10 == 0); L.define(note="theta = 0.9")
mp = sp.solve(sp.diff(nlp, th), th)
L.step(mp == [sp.Rational(10, 12)] and rounds("0.8333", sp.Rational(10, 12), approx=True)); L.step(R("0.8333") < R("0.9"))
L.step(same(sp.diff(r, th), -1 / th + 1 / (1 - th)))
L.step(substituted(sp.diff(r, th).subs(th, R("0.9")), lambda p: p + 10, "~-1.1111")); L.step(R("-1.1111") + 10 == R("8.8889")); L.step(R("8.8889") > 0)
L.step(sp.diff(sp.tanh(t), t, 3).subs(t, 0) == -2)
L.done()
