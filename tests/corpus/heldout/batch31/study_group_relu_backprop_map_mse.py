"""Labels for study_group_relu_backprop_map_mse.tex: a study group's shared notes page with two people's
attempts and an agreed version (`\\paragraph{Jonas.}`, `\\paragraph{Mei.}`, `\\paragraph{Agreed.}`): a 2-3-1 ReLU
net with a linear output and squared error, numbers in `bmatrix`, `\\newcommand{\\relu}`, `\\bm\\delta`; forward
pass, delta_2, dL/dw_2 = delta_2 h, the ReLU mask, delta_1, delta_1 x^T, W_1^T delta_1, an SGD step and a second
forward pass; then MAP for y = w x + noise with a Gaussian prior as ridge-regularised MSE (`\\argmin`,
`+ \\text{const}` in `align*`), lambda = sigma^2/(n tau^2), posterior variance, a Newton check and a prediction.
Slips are listed in README.md (mistakes section)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch31/study_group_relu_backprop_map_mse.tex")
M = lambda rows: sp.Matrix([[R(str(v)) for v in r] for r in rows])
V = lambda *vs: sp.Matrix([R(str(v)) for v in vs])
relu = lambda m: m.applyfunc(lambda t: sp.Max(t, 0))
drelu = lambda m: m.applyfunc(lambda t: 1 if t > 0 else 0)
eq = lambda A, B: (sp.Matrix(A) - sp.Matrix(B)).norm() == 0

x, y, b1, w2, b2 = V("1.0", "-2.0"), 2, V("0.1", "0.2", "-0.1"), V("0.6", "-0.5", "0.9"), R("-0.2")
W1 = M([["0.5", "-0.3"], ["-0.4", "0.2"], ["0.8", "0.1"]])
L.define(4, "z_1, h, y-hat, L"); L.define(5, "x, y, b_1, w_2, b_2"); L.define(note="W_1")


def fwd(W1, b1, w2, b2):
    z1 = W1 * x + b1
    h = relu(z1)
    yh = (w2.T * h)[0] + b2
    return z1, h, yh, (yh - y) ** 2 / 2


z1, h, yh, Lv = fwd(W1, b1, w2, b2)
L.step(eq(z1, V("0.5", "-0.4", "0.8") + V("0.6", "-0.4", "-0.2") + b1) and eq(W1 * x, V("0.5", "-0.4", "0.8") + V("0.6", "-0.4", "-0.2")))
L.step(eq(z1, V("1.2", "-0.6", "0.5"))); L.step(eq(h, V("1.2", "0", "0.5")))
L.step(yh == R("0.6") * R("1.2") - R("0.5") * 0 + R("0.9") * R("0.5") - R("0.2"))
L.step(R("0.6") * R("1.2") == R("0.72") and R("0.9") * R("0.5") == R("0.45"))
L.step(R("0.72") + R("0.45") - R("0.2") == R("0.97"))
L.step(Lv == (R("0.97") - 2) ** 2 / 2); L.step((R("0.97") - 2) ** 2 == R("1.0609")); L.step(R("1.0609") / 2 == R("0.53045"))
# backward, exact
d2 = yh - y
gw2, gb2 = d2 * h, d2
d1 = (w2 * d2).multiply_elementwise(drelu(z1))
gW1, gb1, gx = d1 * x.T, d1, W1.T * d1
# Jonas
L.define(note="delta_2 := dL/dy-hat"); L.step(True, note="dL/dy-hat = y-hat - y"); L.step(d2 == R("-1.03"))
L.step(True, note="dL/dw_2 = delta_2 h"); L.step(eq(gw2, V("-1.236", "0", "-0.515")))
L.step(True, note="dL/db_2 = delta_2"); L.step(gb2 == R("-1.03"))
L.define(note="delta_1")
L.step(eq(drelu(z1), V(1, 1, 1)), note="mask from z_1 > 0, not h >= 0")
d1J = (w2 * d2).multiply_elementwise(V(1, 1, 1))                     # Jonas's all-ones mask
L.step(True, note="delta_1 = (w_2 delta_2) * relu'(z_1)")
L.step(eq(d1, V("-0.618", "0.515", "-0.927")), carried=eq(d1J, V("-0.618", "0.515", "-0.927")))
L.step(True, note="dL/dW_1 = delta_1 x^T")
GJ = M([["-0.618", "1.236"], ["0.515", "-1.030"], ["-0.927", "1.854"]])
L.step(eq(gW1, GJ), carried=eq(d1J * x.T, GJ))
L.step(True, note="dL/db_1 = delta_1")
L.step(eq(gx, W1.T * d1))
rowsJ = V(R("0.5") * R("-0.618") - R("0.4") * R("0.515") + R("0.8") * R("-0.927"),
          R("-0.3") * R("-0.618") + R("0.2") * R("0.515") + R("0.1") * R("-0.927"))
L.step(eq(gx, rowsJ), carried=eq(W1.T * d1J, rowsJ))
L.step(eq(rowsJ, V("-1.2566", "0.1957")))
# Mei
L.step(d2 == R("-1.03"))
L.step(eq(gw2, d2 * z1), note="h, not z_1"); L.step(eq(d2 * z1, V("-1.236", "0.618", "-0.515")))
L.step(eq(drelu(z1), V(1, 0, 1))); L.step(z1[1] == R("-0.6")); L.step(R("-0.6") < 0)
L.step(eq(d1, (w2 * R("-1.03")).multiply_elementwise(V(1, 0, 1))))
L.step(eq(d1, V("-0.618", "0", "-0.927")))
L.step(eq(gW1, M([["-0.618", "1.236"], ["0", "0"], ["-0.927", "1.854"]])))
L.step(True, note="W_1^T delta_1")
L.step(eq(gx, V(R("-0.309") - R("0.7416"), R("0.1854") - R("0.0927"))))
L.step(eq(V(R("-0.309") - R("0.7416"), R("0.1854") - R("0.0927")), V("-1.0506", "0.0927")))
# Agreed
L.step(h[1] == 0); L.step(z1[1] < 0); L.step(sp.diff(sp.Max(sp.Symbol("t"), 0), sp.Symbol("t")).subs(sp.Symbol("t"), R("-0.6")) == 0)
L.step(all(v >= 0 for v in h))
L.step(True, note="dL/dw_2 = delta_2 h"); L.step(eq(gw2, V("-1.236", "0", "-0.515"))); L.step(gb1[1] == 0)
eta = R("0.1")
L.define(note="eta")
w2n, b2n, W1n, b1n = w2 - eta * gw2, b2 - eta * gb2, W1 - eta * gW1, b1 - eta * gb1
L.define(note="w_2 rule"); L.step(eq(w2n, V("0.7236", "-0.5", "0.9515")))
L.step(b2n == R("-0.2") - eta * R("-1.03")); L.step(b2n == R("-0.097"))
L.define(note="W_1 rule"); L.step(eq(W1n, M([["0.5618", "-0.4236"], ["-0.4", "0.2"], ["0.8927", "-0.0854"]])))
L.define(note="b_1 rule"); L.step(eq(b1n, V("0.1618", "0.2", "-0.0073")))
z1n, hn, yhn, Ln = fwd(W1n, b1n, w2n, b2n)
L.step(eq(z1n, V(R("0.5618") + R("0.8472") + R("0.1618"), R("-0.6"), R("0.8927") + R("0.1708") - R("0.0073"))))
L.step(eq(z1n, V("1.5708", "-0.6", "1.0562")))
L.step(yhn == R("0.7236") * R("1.5708") + R("0.9515") * R("1.0562") - R("0.097"))
L.step(rounds("1.1366", R("0.7236") * R("1.5708")) and rounds("1.0050", R("0.9515") * R("1.0562")))
L.step(R("1.1366") + R("1.0050") - R("0.097") == R("2.0446"))
L.step(R("2.0446") > 2)
L.step(substituted(Ln, lambda e: e ** 2 / 2, "~0.0446") and rounds("0.0446", yhn - 2)); L.step(rounds("0.0010", R("0.0446") ** 2 / 2, Ln))

# ---- MAP as ridge-regularised MSE
xs, ys = [1, 2, 3], [2, 3, 7]
s2, t2 = sp.Integer(1), R("0.5")
n = len(xs)
Sxy, Sxx = sum(a * b for a, b in zip(xs, ys)), sum(a * a for a in xs)
L.define(3, "model, sigma^2, tau^2"); L.define(2, "data")
L.step(n == 3); L.step(Sxy == 2 + 6 + 21); L.step(Sxy == 29); L.step(Sxx == 14)
w = sp.symbols("w", real=True)
nlp = sum((yy - w * xx) ** 2 for xx, yy in zip(xs, ys)) / (2 * s2) + w ** 2 / (2 * t2)
logpost_full = (-sum(sp.log(sp.sqrt(2 * sp.pi * s2)) + (yy - w * xx) ** 2 / (2 * s2) for xx, yy in zip(xs, ys))
                - sp.log(sp.sqrt(2 * sp.pi * t2)) - w ** 2 / (2 * t2))
L.step(True, note="Bayes: -log posterior = -log lik - log prior + const")
L.step(sp.diff(-logpost_full - nlp, w) == 0)
wmap = sp.solve(sp.diff(nlp, w), w)[0]
obj = sum((yy - w * xx) ** 2 for xx, yy in zip(xs, ys)) + s2 / t2 * w ** 2
L.step(sp.solve(sp.diff(obj, w), w) == [wmap])
L.step(wmap == sp.Rational(Sxy, 1) / (Sxx + s2 / t2)); L.step(wmap == sp.Rational(29, 14 + 2)); L.step(wmap == R("1.8125"))
wmle = sp.Rational(Sxy, Sxx)
L.step(sp.solve(sp.diff(sum((yy - w * xx) ** 2 for xx, yy in zip(xs, ys)), w), w) == [sp.Rational(29, 14)]); L.step(rounds("2.0714", wmle))
L.step(wmap / wmle == sp.Rational(14, 16) and sp.Rational(14, 16) == R("0.875"))
pvar = 1 / sp.diff(nlp, w, 2)                  # Gaussian posterior: variance = 1 / curvature
L.step(pvar == 1 / (Sxx / s2 + 1 / t2))
L.step(pvar == 1 / (14 + R("0.5")), note="1/tau^2 = 2, not 0.5")
L.step(rounds("0.0690", 1 / (14 + R("0.5"))))
L.step(substituted(sp.sqrt(pvar), sp.sqrt, "~0.0690"), carried=True)
L.step(rounds("0.2627", sp.sqrt(R("0.0690"))))
T2 = sp.symbols("T2", positive=True)
L.step(sp.limit(29 / (14 + 1 / T2), T2, sp.oo) == sp.Rational(29, 14))
# Mei
lam = sp.symbols("lam", positive=True)
J = sum((yy - w * xx) ** 2 for xx, yy in zip(xs, ys)) / n + lam * w ** 2
lam_true = s2 / (n * t2)
L.define(note="J")
L.step(sp.solve(sp.diff(J, w), w)[0].subs(lam, s2 / t2) == wmap, note="lambda = sigma^2/(n tau^2)")
L.step(s2 / t2 == 2)
L.step(same(sp.diff(J, w), -sp.Rational(2, n) * sum(xx * (yy - w * xx) for xx, yy in zip(xs, ys)) + 2 * lam * w, [w, lam]))
L.define(note="= 0")
L.step(same(sp.solve(sp.diff(J, w), w)[0], Sxy / (Sxx + n * lam), [lam]))
L.step(Sxy / (Sxx + n * lam_true) == sp.Rational(29, 14 + 6), carried=Sxy / (Sxx + n * s2 / t2) == sp.Rational(29, 20))
L.step(sp.Rational(29, 20) == R("1.45"))
L.step(R("1.45") < R("1.8125"))
# Agreed
L.step(same(2 * s2 / n * nlp, sum((yy - w * xx) ** 2 for xx, yy in zip(xs, ys)) / n + s2 / (n * t2) * w ** 2, [w], positive=False))
L.step(True, note="lambda = sigma^2 / (n tau^2)"); L.step(lam_true == 1 / R("1.5")); L.step(rounds("0.6667", lam_true)); L.step(n * lam_true == 2)
Jt = J.subs(lam, lam_true)
L.step(same(sp.diff(Jt, w, 2), sp.Rational(2, n) * Sxx + 2 * lam_true, [w]))
L.step(rounds("9.3333", sp.Rational(2, n) * Sxx) and rounds("1.3333", 2 * lam_true))
L.step(rounds("10.6667", R("9.3333") + R("1.3333"), sp.diff(Jt, w, 2)))      # the exact 32/3
L.step(sp.diff(Jt, w).subs(w, 0) == -sp.Rational(2, 3) * 29); L.step(rounds("-19.3333", -sp.Rational(2, 3) * 29))
L.step(rounds("1.8125", R("19.3333") / R("10.6667")) and 0 - sp.diff(Jt, w).subs(w, 0) / sp.diff(Jt, w, 2) == wmap)
L.step(pvar == 1 / sp.Integer(14 + 2)); L.step(pvar == R("0.0625"))
L.define(note="x_* = 4")
L.step(wmap * 4 == R("1.8125") * 4); L.step(R("1.8125") * 4 == R("7.25"))
L.step(s2 + 16 * pvar == 1 + 16 * R("0.0625")); L.step(1 + 16 * R("0.0625") == 2)
L.done()
