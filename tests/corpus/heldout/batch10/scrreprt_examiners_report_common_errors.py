"""Labels for scrreprt_examiners_report_common_errors.tex: an examiner's report in KOMA `scrreprt` with a
`labeling` list per question (model answer, then the common errors as candidates wrote them, with the number
of scripts): Beta-Binomial posterior, mean, mode, variance; the gradient of the log-loss of a logistic unit and
a weight step; Gaussian KLs; momentum's effective step size; limits; softmax cross-entropy; Binomial variance.
Dense on purpose: most 'common error' items hold a wrong formula or value, some carried into the next number."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from sympy.stats import Binomial, variance  # noqa: E402
from truth import Labels, R, rounds, same  # noqa: E402

L = Labels("batch10/scrreprt_examiners_report_common_errors.tex")
# Q1
L.define(note="n = 6")
a, b = 2 + 4, 3 + 2
mean, mode, var = sp.Rational(a, a + b), sp.Rational(a - 1, a + b - 2), sp.Rational(a * b, (a + b) ** 2 * (a + b + 1))
L.step((a, b) == (6, 5)); L.step(rounds("0.5455", mean) and mean == sp.Rational(6, 11))
L.step(mode == sp.Rational(6 - 1, 6 + 5 - 2) == sp.Rational(5, 9)); L.step(rounds("0.5556", mode))
L.step(var == sp.Rational(30, 1452)); L.step(rounds("0.0207", var))
L.step((a, b) == (2 + 4, 3 + 6), note="beta + n - k"); L.step((2 + 4, 3 + 6) == (6, 9))
L.step(mean == sp.Rational(6, 15), carried=True); L.step(sp.Rational(6, 15) == R("0.4"))
L.step(mode == sp.Rational(6, 11), note="the mean")
ap, bp = sp.symbols("ap bp", positive=True)
L.step(same((ap - 1) / (ap + bp - 2), (ap - 1) / (ap + bp)), note="- 2"); L.step(sp.Rational(6 - 1, 11) == sp.Rational(5, 11)); L.step(rounds("0.4545", sp.Rational(5, 11)))
# Q2
L.define(6, "z, w, x, y, L, eta")
z_ = sp.symbols("z", real=True)
sig = lambda t: 1 / (1 + sp.exp(-t))
Lz = -sp.log(sig(z_))                           # y = 1
zv = R("0.25") * 2
g = sp.diff(Lz, z_).subs(z_, zv)
L.step(zv == R("0.5")); L.step(rounds("0.6225", sig(zv))); L.step(same(sp.diff(Lz, z_), sig(z_) - 1, positive=False)); L.step(rounds("-0.3775", g))
wn = R("0.25") - R("0.1") * 2 * g
L.step(abs(sp.N(R("0.25") - R("0.1") * 2 * R("-0.3775") - wn)) < R("0.1") * 2 * R("0.00005") * R("1.1"), note="substitution of a rounding of dL/dz")
L.step(R("0.25") - R("0.1") * 2 * R("-0.3775") == R("0.3255"))
L.step(same(sp.diff(Lz, z_), sig(z_) * (1 - sig(z_)) * (sig(z_) - 1), positive=False), note="MSE chain on log-loss")
L.step(rounds("0.2350", sig(zv) * (1 - sig(zv))) and rounds("-0.3775", sig(zv) - 1)); L.step(rounds("-0.0887", R("0.2350") * R("-0.3775")))
L.step(same(sp.diff(Lz, z_), 1 - sig(z_), positive=False), note="sign"); L.step(rounds("0.3775", 1 - sig(zv)))
L.step(abs(sp.N(R("0.25") - R("0.1") * 2 * R("0.3775") - wn)) < 1e-4, carried=True); L.step(R("0.25") - R("0.1") * 2 * R("0.3775") == R("0.1745"))
L.step(same(sp.diff(sig(z_), z_), sig(z_) * (1 + sig(z_)), positive=False))
# Q3
t = sp.symbols("t", real=True)
def kl(m1, v1, m2, v2):
    m1, v1, m2, v2 = map(sp.sympify, (m1, v1, m2, v2))
    return sp.log(sp.sqrt(v2) / sp.sqrt(v1)) + (v1 + (m1 - m2) ** 2) / (2 * v2) - sp.Rational(1, 2)
L.step(kl(1, 1, 0, 1) == sp.Rational((1 - 0) ** 2, 2)); L.step(kl(1, 1, 0, 1) == sp.Rational(1, 2))
L.step(sp.simplify(kl(0, 4, 0, 1) - (4 - 1 - sp.log(4)) / 2) == 0); L.step(rounds("0.8069", kl(0, 4, 0, 1)))
L.step(kl(1, 1, 0, 1) == (1 - 0) ** 2, note="1/2"); L.step((1 - 0) ** 2 == 1)
L.step(sp.simplify(kl(0, 4, 0, 1) - (4 - 1 + sp.log(4)) / 2) == 0, note="- ln 4"); L.step(rounds("2.1931", (3 + sp.log(4)) / 2))
# Q4
L.define(2, "eta, beta")
eta, beta = R("0.01"), R("0.9")
eff = sp.summation(eta * beta ** sp.Symbol("k", integer=True, nonnegative=True), (sp.Symbol("k", integer=True, nonnegative=True), 0, sp.oo))
L.step(eff == eta / (1 - beta)); L.step(eta / (1 - beta) == R("0.01") / R("0.1")); L.step(R("0.01") / R("0.1") == R("0.1"))
L.step(eff == eta / (1 + beta)); L.step(eta / (1 + beta) == R("0.01") / R("1.9")); L.step(rounds("0.0053", R("0.01") / R("1.9"), approx=True))
L.step(eff == eta * beta); L.step(eta * beta == R("0.009"))
# Q5
x = sp.symbols("x", positive=True)
L.step(sp.limit((1 + 1 / x) ** (2 * x), x, sp.oo) == sp.E ** 2); L.step(sp.limit(x * sp.log(x), x, 0, "+") == 0)
L.step(sp.limit((1 + 1 / x) ** (2 * x), x, sp.oo) == sp.E); L.step(sp.limit((1 + 1 / x) ** (2 * x), x, sp.oo) == 1)
L.step(sp.limit((1 + 1 / x) ** x, x, sp.oo) == 1, note="1^oo is indeterminate: (1 + 1/x)^x -> e")
L.step(sp.limit(x * sp.log(x), x, 0, "+") == -sp.oo)
# Q6
L.define(note="z")
e = sp.E
p3 = e ** 3 / (e + e ** 2 + e ** 3)
L.step(True, note="softmax definition"); L.step(rounds("20.0855", e ** 3) and rounds("30.1929", e + e ** 2 + e ** 3))
L.step(rounds("0.6652", R("20.0855") / R("30.1929"), p3)); L.step(True, note="CE = -ln p3"); L.step(rounds("0.4076", -sp.log(p3), -sp.log(R("0.6652"))))
L.step(p3 == sp.Rational(3, 1 + 2 + 3)); L.step(sp.Rational(3, 6) == R("0.5"))
L.step(-sp.log(p3) == -sp.log(R("0.5")), carried=True); L.step(rounds("0.6931", -sp.log(R("0.5"))))
zz = sp.symbols("z1:4", real=True)
CE = -zz[2] + sp.log(sum(sp.exp(u) for u in zz))
P3 = sp.exp(zz[2]) / sum(sp.exp(u) for u in zz)
L.step(same(sp.diff(CE, zz[2]), 1 - P3, positive=False), note="p3 - 1"); L.step(rounds("0.3348", 1 - p3))
# Q7
X = Binomial("X", 10, R("0.3"))
L.step(variance(X) == 10 * R("0.3") * R("0.7")); L.step(variance(X) == R("2.1"))
L.step(variance(X / 10) == R("2.1") / 100); L.step(variance(X / 10) == R("0.021"))
L.step(variance(X) == 10 * R("0.3"), note="np(1-p)"); L.step(10 * R("0.3") == 3)
L.step(sp.sqrt(variance(X)) == sp.sqrt(3), carried=True); L.step(rounds("1.7321", sp.sqrt(3)))
L.step(variance(X / 10) == R("2.1") / 10); L.step(R("2.1") / 10 == R("0.21"))
L.done()
