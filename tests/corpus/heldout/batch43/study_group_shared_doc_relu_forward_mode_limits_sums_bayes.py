"""Labels for study_group_shared_doc_relu_forward_mode_limits_sums_bayes.tex: a study group's shared document
exported in suggesting view (sections owned and reviewed by different members, `\\sout`/`\\uline` suggestions in
prose, comment threads in a `gcomment` environment, accepted insertions in a `suggestion` environment; every
comment and suggestion is labelled by the truth of what it says): a 2-3-1 ReLU net with a linear output (forward
pass, g, the output gradients, dL/dh, a backward pass without the mask and the corrected one with the mask,
dL/dW1, dL/db1, the input gradient W1^T delta_1, a central-difference check, an SGD step on every parameter, a
second forward pass, the first-order prediction); a forward-mode trace of x1 e^{x2} + sin(x1 x2) at (1.5, 0.4)
with two tangent sweeps, the read-off, the reviewer's hand check and the fix, a directional derivative, dual-number
rules; limits (l'Hopital, a conjugate, a series check) and sums (k^3, k x^k, telescoping, binomial moments); a
screening test by Bayes' rule (one and two positives) and variances of dice."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch43/study_group_shared_doc_relu_forward_mode_limits_sums_bayes.tex")
relu = lambda t: sp.Max(t, 0)

# 1. ReLU net
x = sp.Matrix([1, -2]); y = R("1.5")
W1 = sp.Matrix([[R("0.5"), R("0.25")], [R("-0.4"), R("0.3")], [R("0.2"), R("-0.6")]])
b1 = sp.Matrix([R("0.1"), R("0.2"), R("-0.3")]); w2 = sp.Matrix([R("1.5"), R("-0.7"), R("0.8")]); b2 = R("-0.2")
L.define(2, "x, y"); L.define(4, "W1, b1, w2, b2"); L.define(note="L")


def forward(W1, b1, w2, b2, x=x):
    z = W1 * x + b1
    h = z.applyfunc(relu)
    yh = (w2.T * h)[0] + b2
    return z, h, yh, (yh - y) ** 2 / 2


z, h, yh, Lv = forward(W1, b1, w2, b2)
L.define(note="z := W1 x + b1")
L.step(z == sp.Matrix([R("0.5") - R("0.5") + R("0.1"), R("-0.4") - R("0.6") + R("0.2"), R("0.2") + R("1.2") - R("0.3")]))
L.step(z == sp.Matrix([R("0.1"), R("-0.8"), R("1.1")]))
L.define(note="h := ReLU(z)"); L.step(h == sp.Matrix([R("0.1"), 0, R("1.1")]))
L.define(note="y hat := w2^T h + b2")
L.step(yh == R("1.5") * R("0.1") - R("0.7") * 0 + R("0.8") * R("1.1") - R("0.2"))
L.step(yh == R("0.15") + R("0.88") - R("0.2")); L.step(yh == R("0.83"))
L.step(Lv == (R("0.83") - R("1.5")) ** 2 / 2); L.step(Lv == R("0.4489") / 2); L.step(Lv == R("0.22445"))
g = yh - y
L.define(note="g := dL/dy hat"); L.step(True, note="dL/dy hat = y hat - y"); L.step(g == R("-0.67"))
gw2 = g * h; gh = g * w2
mask = z.applyfunc(lambda t: 1 if t > 0 else 0)
d1 = sp.Matrix([gh[j] * mask[j] for j in range(3)])
L.step(True, note="dL/db2 = g"); L.step(g == R("-0.67"))
L.step(True, note="dL/dw2 = g h"); L.step(gw2 == sp.Matrix([R("-0.067"), 0, R("-0.737")]))
L.step(True, note="dL/dh = g w2"); L.step(gh == sp.Matrix([R("-1.005"), R("0.469"), R("-0.536")]))
L.define(note="delta_1 := dL/dz")
L.step(d1 == gh, note="mask missing")
L.step(gh == sp.Matrix([R("-1.005"), R("0.469"), R("-0.536")]))
L.step(True, note="dL/db1 = delta_1")
L.step(d1 == sp.Matrix([R("-1.005"), R("0.469"), R("-0.536")]), carried=True)
gW1 = d1 * x.T
L.step(True, note="dL/dW1 = delta_1 x^T")
L.step(gW1 == sp.Matrix([[R("-1.005"), R("2.01")], [R("0.469"), R("-0.938")], [R("-0.536"), R("1.072")]]),
       carried=gh * x.T == sp.Matrix([[R("-1.005"), R("2.01")], [R("0.469"), R("-0.938")], [R("-0.536"), R("1.072")]]))
gx = W1.T * d1; gx_nomask = W1.T * gh
L.step(True, note="W1^T delta_1")
L.step(rounds("-0.7973", gx[0]) and rounds("0.2111", gx[1]),
       carried=rounds("-0.7973", gx_nomask[0]) and rounds("0.2111", gx_nomask[1]))
L.step(z[1] == R("-0.8")); L.step(R("-0.8") < 0)
L.define(note="mask"); L.step(mask == sp.Matrix([1, 0, 1]))
L.step(True, note="delta_1 = dL/dh (.) m"); L.step(d1 == sp.Matrix([R("-1.005"), 0, R("-0.536")]))
L.step(True, note="dL/db1 = delta_1"); L.step(d1 == sp.Matrix([R("-1.005"), 0, R("-0.536")]))
L.step(True, note="dL/dW1 = delta_1 x^T"); L.step(gW1 == sp.Matrix([[R("-1.005"), R("2.01")], [0, 0], [R("-0.536"), R("1.072")]]))
L.step(True, note="W1^T delta_1")
L.step(gx == sp.Matrix([R("0.5") * R("-1.005") + R("0.2") * R("-0.536"), R("0.25") * R("-1.005") - R("0.6") * R("-0.536")]))
L.step(gx == sp.Matrix([R("-0.5025") - R("0.1072"), R("-0.25125") + R("0.3216")]))
L.step(gx == sp.Matrix([R("-0.6097"), R("0.07035")]))
x1s = sp.symbols("x1s", real=True)
yh_of = lambda t: forward(W1, b1, w2, b2, sp.Matrix([t, -2]))[2]
yp, ym = yh_of(1 + R("0.01")), yh_of(1 - R("0.01"))
L.step(yp == R("0.83") + R("0.0091") and ym == R("0.83") - R("0.0091"))
Lp, Lm = (yp - y) ** 2 / 2, (ym - y) ** 2 / 2
L.step(Lp == (R("0.8391") - R("1.5")) ** 2 / 2); L.step(rounds("0.218394", Lp))
L.step(Lm == (R("0.8209") - R("1.5")) ** 2 / 2); L.step(rounds("0.230588", Lm))
L.step(substituted((Lp - Lm) / R("0.02"), lambda a, b: (a - b) / R("0.02"), "~0.218394", "~0.230588"))
L.step(rounds("-0.6097", (R("0.218394") - R("0.230588")) / R("0.02"), (Lp - Lm) / R("0.02")))
# SGD step
eta = R("0.05")
L.define(note="eta = 0.05")
w2n = w2 - eta * gw2; b2n = b2 - eta * g; W1n = W1 - eta * gW1; b1n = b1 - eta * d1
L.define(note="rule")
L.step(w2n == sp.Matrix([R("1.5") + R("0.00335"), R("-0.7"), R("0.8") + R("0.03685")])); L.step(w2n == sp.Matrix([R("1.50335"), R("-0.7"), R("0.83685")]))
L.step(b2n == R("-0.2") - R("0.05") * R("-0.67")); L.step(b2n == R("-0.1665"))
L.step(W1n == sp.Matrix([[R("0.5") + R("0.05025"), R("0.25") - R("0.1005")], [R("-0.4"), R("0.3")], [R("0.2") + R("0.0268"), R("-0.6") - R("0.0536")]]))
L.step(W1n == sp.Matrix([[R("0.55025"), R("0.1495")], [R("-0.4"), R("0.3")], [R("0.2268"), R("-0.6536")]]))
L.step(b1n == sp.Matrix([R("0.1") + R("0.05025"), R("0.2"), R("-0.3") + R("0.0268")])); L.step(b1n == sp.Matrix([R("0.15025"), R("0.2"), R("-0.2732")]))
zn, hn, yhn, Ln = forward(W1n, b1n, w2n, b2n)
L.step(zn == sp.Matrix([R("0.55025") - R("0.299") + R("0.15025"), R("-0.4") - R("0.6") + R("0.2"), R("0.2268") + R("1.3072") - R("0.2732")]))
L.step(zn == sp.Matrix([R("0.4015"), R("-0.8"), R("1.2608")]))
L.step(yhn == R("1.50335") * R("0.4015") + R("0.83685") * R("1.2608") - R("0.1665"))
L.step(rounds("0.6036", R("1.50335") * R("0.4015")) and rounds("1.0515", R("0.83685") * R("1.2608")), note="1.0551")
L.step(R("0.6036") + R("1.0515") - R("0.1665") == R("1.4886"))
L.step(rounds("0.000065", Ln), carried=(R("1.4886") - R("1.5")) ** 2 / 2 == (R("1.4886") - R("1.5")) ** 2 / 2)
L.step((R("1.4886") - R("1.5")) ** 2 == R("0.00012996")); L.step(rounds("0.000065", R("0.00012996") / 2))
L.step(zn[1] == R("-0.8")); L.step(zn[1] < 0)
sq = sum(t ** 2 for t in list(gw2) + [g] + list(gW1) + list(d1))
L.step(substituted(eta * sq, lambda s: R("0.05") * s, "~8.7805")); L.step(rounds("0.4390", R("0.05") * R("8.7805")))
L.step(R("0.4390") > R("0.22445"))

# 2. forward mode
x1, x2 = sp.symbols("x1 x2", real=True)
f = x1 * sp.exp(x2) + sp.sin(x1 * x2)
pt = {x1: R("1.5"), x2: R("0.4")}
L.define(2, "f, point"); L.define(note="seed (1, 0)")
L.define(4, "v1 = x1 = 1.5, seeds"); L.define(4, "v2 = x2 = 0.4, seeds")
v1, v2 = R("1.5"), R("0.4")
v3 = sp.exp(v2); v4 = v1 * v3; v5 = v1 * v2; v6 = sp.sin(v5); v7 = v4 + v6
L.define(note="v3"); L.step(rounds("1.4918", v3)); L.step(True, note="tangent rule for exp"); L.step(True, note="e^{v2} * 0 = 0")
L.define(note="v4"); L.step(substituted(v4, lambda a: R("1.5") * a, "~1.4918") and rounds("2.2377", R("1.5") * R("1.4918"), v4))
L.step(True, note="product rule"); L.step(rounds("1.4918", 1 * v3 + v1 * 0))
L.define(note="v5"); L.step(v5 == R("0.6")); L.step(True, note="product rule"); L.step(1 * v2 + v1 * 0 == R("0.4"))
L.define(note="v6"); L.step(rounds("0.5646", v6)); L.step(True, note="chain rule for sin")
dv6 = sp.cos(v5) * R("0.4")
L.step(rounds("0.3301", dv6))
L.define(note="v7"); L.step(rounds("2.8023", R("2.2377") + R("0.5646"), v7)); L.step(True, note="sum rule")
dfx1 = sp.diff(f, x1).subs(pt)
L.step(rounds("1.8219", R("1.4918") + R("0.3301"), dfx1))
L.step(abs(sp.N(f.subs(pt) - v7, 30)) < 1e-25); L.step(rounds("2.8023", R("2.2377") + R("0.5646"), v7))
L.step(True, note="tangent output is df/dx1"); L.step(rounds("1.8219", R("1.4918") + R("0.3301"), dfx1))
L.define(3, "seed (0, 1)")
dfx2 = sp.diff(f, x2).subs(pt)
L.step(True, note="tangent rule"); L.step(rounds("1.4918", v3))
L.step(True, note="product rule"); L.step(substituted(v1 * v3, lambda a: R("1.5") * a, "~1.4918")); L.step(rounds("2.2377", R("1.5") * R("1.4918")))
L.step(True, note="product rule"); L.step(0 * v2 + v1 * 1 == R("1.5"))
u = sp.symbols("u", real=True)
L.step(sp.diff(sp.sin(u), u) == -sp.sin(u), note="cos")
L.step(True, note="-sin(v5) * 1.5 = -0.5646(1.5) between members"); L.step(rounds("-0.8469", R("-0.5646") * R("1.5")))
L.step(True, note="sum rule")
L.step(substituted(dfx2, lambda a, b: a + b, "~2.2377", "~-0.8469"), carried=True)
L.step(R("2.2377") - R("0.8469") == R("1.3908"))
L.step(True, note="df/dx2 is the tangent output")
L.step(rounds("1.3908", dfx2), carried=True)
L.step(same(sp.diff(f, x2), x1 * sp.exp(x2) + x1 * sp.cos(x1 * x2), [x1, x2]))
L.step(substituted(dfx2, lambda a, c: a + R("1.5") * c, "~2.2377", "~0.8253") and rounds("0.8253", sp.cos(v5)))
L.step(rounds("3.4757", R("2.2377") + R("1.5") * R("0.8253"), dfx2)); L.step(R("3.4757") != R("1.3908"))
L.step(True, note="chain rule for sin"); L.step(substituted(sp.cos(v5) * R("1.5"), lambda c: c * R("1.5"), "~0.8253"))
L.step(rounds("1.2380", R("0.8253") * R("1.5")))
L.step(substituted(dfx2, lambda a, b: a + b, "~2.2377", "~1.2380")); L.step(rounds("3.4757", R("2.2377") + R("1.2380"), dfx2))
L.define(2, "seed u")
dd = R("0.6") * dfx1 + R("0.8") * dfx2
L.step(substituted(dd, lambda a, b: R("0.6") * a + R("0.8") * b, "~1.8219", "~3.4757"))
L.step(rounds("1.0931", R("0.6") * R("1.8219")) and rounds("2.7806", R("0.8") * R("3.4757"))); L.step(R("1.0931") + R("2.7806") == R("3.8737"))
# dual numbers: truncate at eps^2
a, b, c, d, eps = sp.symbols("a b c d epsilon", positive=True)
trunc = lambda e: sp.series(e, eps, 0, 2).removeO()
L.define(note="eps^2 = 0")
L.step(sp.expand(trunc((a + b * eps) * (c + d * eps)) - (a * c + (a * d + b * c) * eps)) == 0)
L.step(sp.simplify(trunc(sp.sin(a + b * eps)) - (sp.sin(a) + b * sp.cos(a) * eps)) == 0)
L.step(sp.simplify(trunc(sp.exp(a + b * eps)) - (sp.exp(a) + b * sp.exp(a) * eps)) == 0)
L.step(sp.simplify(trunc((a + b * eps) / (c + d * eps)) - (a / c + (b * c + a * d) / c ** 2 * eps)) == 0, note="bc - ad")
L.step(rounds("2.8023", R("2.2377") + R("0.5646"), v7) and rounds("1.8219", R("1.4918") + R("0.3301"), dfx1))

# 3. limits and sums
xx = sp.symbols("x", positive=True); n = sp.symbols("n", positive=True)
L.step(sp.limit(sp.sin(3 * xx) / xx, xx, 0) == 3); L.step(sp.limit(sp.log(1 + 2 * xx) / xx, xx, 0) == 2)
L.step(sp.limit((1 + 3 / xx) ** xx, xx, sp.oo) == sp.exp(3)); L.step(sp.limit(xx ** 2 * sp.exp(-xx), xx, sp.oo) == 0)
L.step(sp.limit((n ** 2 + 3 * n) / (2 * n ** 2 - 1), n, sp.oo) == sp.limit((1 + 3 / n) / (2 - 1 / n ** 2), n, sp.oo))
L.step(sp.limit((1 + 3 / n) / (2 - 1 / n ** 2), n, sp.oo) == sp.Rational(1, 2))
L.step(same(sp.sqrt(xx ** 2 + xx) - xx, xx / (sp.sqrt(xx ** 2 + xx) + xx), [xx]))
L.step(same(xx / (sp.sqrt(xx ** 2 + xx) + xx), 1 / (sp.sqrt(1 + 1 / xx) + 1), [xx]))
L.step(sp.limit(1 / (sp.sqrt(1 + 1 / xx) + 1), xx, sp.oo) == 1, note="1/2")
L.step(sp.limit((sp.exp(2 * xx) - 1 - 2 * xx) / xx ** 2, xx, 0) == sp.limit((2 * sp.exp(2 * xx) - 2) / (2 * xx), xx, 0))
L.step(sp.limit((2 * sp.exp(2 * xx) - 2) / (2 * xx), xx, 0) == sp.limit(2 * sp.exp(2 * xx) / 2, xx, 0), note="4 e^{2x}")
L.step(sp.limit(2 * sp.exp(2 * xx) / 2, xx, 0) == 1)
L.step(sp.expand(sp.series(sp.exp(2 * xx), xx, 0, 3).removeO() - (1 + 2 * xx + 2 * xx ** 2)) == 0)
L.step(sp.limit(((sp.exp(2 * xx) - 1 - 2 * xx) / xx ** 2 - 2) / xx, xx, 0).is_finite)
k = sp.symbols("k", integer=True, positive=True)
L.step(sp.simplify(sp.summation(k ** 3, (k, 1, n)) - (n * (n + 1) / 2) ** 2) == 0)
L.step(sp.summation(k ** 3, (k, 1, 10)) == 55 ** 2); L.step(55 ** 2 == 3025)
L.define(note="|x| < 1")
q = sp.Rational(2, 5)
L.step(sp.simplify(sp.summation(k * q ** k, (k, 1, sp.oo)) - q / (1 - q) ** 2) == 0)
L.step(sp.summation(k / 2 ** k, (k, 1, sp.oo)) == sp.Rational(1, 2) / sp.Rational(1, 4)); L.step(sp.Rational(1, 2) / sp.Rational(1, 4) == 2)
k2 = sp.symbols("k2", integer=True)
L.step(sp.simplify(1 / (k2 ** 2 - 1) - (1 / (k2 - 1) - 1 / (k2 + 1)) / 2) == 0)
L.step(sp.limit(sp.summation((1 / (k2 - 1) - 1 / (k2 + 1)) / 2, (k2, 2, n)), n, sp.oo) == sp.Rational(1, 2) * (1 + sp.Rational(1, 2)))
L.step(sp.Rational(1, 2) * (1 + sp.Rational(1, 2)) == sp.Rational(3, 4))
kk = sp.symbols("kk", integer=True, nonnegative=True)
L.step(all(sp.summation(sp.binomial(m, kk), (kk, 0, m)) == 2 ** m for m in range(1, 9)))
from sympy.stats import Binomial, E as Ex, variance  # noqa: E402
nb, pb = 10, R("0.3")
Kb = Binomial("K", nb, pb)
L.step(True, note="E[K] as a sum")
L.step(all(sp.expand(sum(kk_ * sp.binomial(m, kk_) * sp.Symbol("p") ** kk_ * (1 - sp.Symbol("p")) ** (m - kk_) for kk_ in range(m + 1)) - m * sp.Symbol("p")) == 0 for m in range(1, 7)))
L.step(True, note="E[K^2] as a sum")
L.step(Ex(Kb ** 2) == nb * pb * (1 - pb), note="np(1 - p) + (np)^2")
L.define(2, "n, p"); L.step(Ex(Kb) == 3)
L.step(Ex(Kb ** 2) == R("2.1"), carried=nb * pb * (1 - pb) == R("2.1"))
L.step(Ex(Kb ** 2) == variance(Kb) + Ex(Kb) ** 2); L.step(Ex(Kb ** 2) == R("2.1") + 9); L.step(Ex(Kb ** 2) == R("11.1"))

# 4. Bayes, dice
pD, sens, fpr = R("0.02"), R("0.95"), R("0.1")
L.define(3, "P(D), sensitivity, false-positive rate")
Pp = sens * pD + fpr * (1 - pD)
L.step(True, note="total probability"); L.step(Pp == R("0.95") * R("0.02") + R("0.1") * R("0.98"))
L.step(R("0.95") * R("0.02") == R("0.019") and R("0.1") * R("0.98") == R("0.098"))
L.step(Pp == R("0.107"), note="0.117")
post = sens * pD / Pp
L.step(True, note="Bayes' rule"); L.step(post == R("0.019") / R("0.107"), carried=True); L.step(rounds("0.1776", R("0.019") / R("0.107")))
post2 = sens ** 2 * pD / (sens ** 2 * pD + fpr ** 2 * (1 - pD))
L.step(True, note="two conditionally independent positives"); L.step(post2 == R("0.01805") / (R("0.01805") + R("0.0098")))
L.step(R("0.01805") + R("0.0098") == R("0.02785")); L.step(rounds("0.6481", post2))
from sympy.stats import DiscreteUniform  # noqa: E402
X1 = DiscreteUniform("X1", list(range(1, 7))); X2 = DiscreteUniform("X2", list(range(1, 7)))
L.step(Ex(X1) == R("3.5"))
L.step(variance(X1) == Ex(X1 ** 2) - Ex(X1) ** 2); L.step(Ex(X1 ** 2) == sp.Rational(91, 6) and Ex(X1) ** 2 == sp.Rational(49, 4))
L.step(sp.Rational(91, 6) - sp.Rational(49, 4) == sp.Rational(35, 12)); L.step(rounds("2.9167", sp.Rational(35, 12)))
L.step(substituted(variance(X1) / 10, lambda v: v / 10, "~2.9167")); L.step(rounds("0.2917", R("2.9167") / 10))
L.step(variance(X1 - X2) == variance(X1) - variance(X2), note="they add"); L.step(variance(X1) - variance(X2) == 0)
L.step(variance(X1 - X2) == variance(X1) + variance(X2)); L.step(rounds("5.8333", variance(X1) + variance(X2)))
L.done()
