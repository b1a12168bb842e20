"""Labels for ta_notes_batchnorm_forward_backward.tex: TA notes on a batch-norm layer (N = 4, gamma = 2,
beta = 0.5, eps = 0): forward pass, parameter and input gradients with the standard formula, a quoted
wrong derivative of x_hat, the N - 1 variance (carried into sigma and x_hat), running statistics."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch16/ta_notes_batchnorm_forward_backward.tex")
x = [R("1.0"), R("3.0"), R("4.0"), R("8.0")]
N, gam, bet = 4, 2, R("0.5")
L.define(5, "x, N, gamma, beta, eps")
mu = sum(x) / N
L.step(True, note="mu definition"); L.step(sum(x) / 4 == sp.Rational(16, 4)); L.step(mu == R("4.0"))
var = sum((t - mu) ** 2 for t in x) / N
L.step(True, note="sigma^2 definition"); L.step(var == sp.Rational(9 + 1 + 0 + 16, 4)); L.step(var == sp.Rational(26, 4)); L.step(var == R("6.5"))
sig = sp.sqrt(var)
L.step(True); L.step(rounds("2.5495", sig))
L.define(note="x_hat")
xh = [(t - mu) / sig for t in x]
L.step(substituted(xh[0], lambda s: (R("1.0") - R("4.0")) / s, "~2.5495")); L.step(rounds("-1.1767", R(-3) / R("2.5495"), xh[0]))
L.step(substituted(xh[1], lambda s: (R("3.0") - R("4.0")) / s, "~2.5495")); L.step(rounds("-0.3922", R(-1) / R("2.5495"), xh[1]))
L.step(xh[2] == 0)
L.step(substituted(xh[3], lambda s: R(4) / s, "~2.5495")); L.step(rounds("1.5689", R(4) / R("2.5495"), xh[3]))
L.step(substituted(sum(xh), lambda a, b, c: a + b + c, "~-1.1767", "~-0.3922", "~1.5689"))
L.step(R("-1.1767") - R("0.3922") + R("1.5689") == 0)
L.step(sp.simplify(sum(t ** 2 for t in xh) / 4 - sp.Rational(1, 4) * 26 / R("6.5")) == 0); L.step(sp.Rational(1, 4) * 26 / R("6.5") == 1)
L.define(note="y_i")
y = [gam * t + bet for t in xh]
L.step(substituted(y[0], lambda a: 2 * a + R("0.5"), "~-1.1767")); L.step(rounds("-1.8543", 2 * R("-1.1767") + R("0.5"), y[0]))
L.step(substituted(y[1], lambda a: 2 * a + R("0.5"), "~-0.3922")); L.step(rounds("0.2844", 2 * R("-0.3922") + R("0.5"), y[1]), note="-0.2844")
L.step(y[2] == R("0.5"))
L.step(substituted(y[3], lambda a: 2 * a + R("0.5"), "~1.5689")); L.step(rounds("3.6378", 2 * R("1.5689") + R("0.5"), y[3]))
ym = sum(y) / 4
L.step(sp.simplify(ym - bet) == 0); L.step(bet == R("0.5")); L.step(sp.simplify(sum((t - ym) ** 2 for t in y) / 4 - gam ** 2) == 0 and gam ** 2 == 4)
# backward
g = [R("0.1"), R("-0.2"), R("0.3"), R("0.4")]
L.define(2, "g")
L.step(True, note="dL/dbeta = sum g"); L.step(sum(g) == R("0.6"))
dgam = sum(a * b for a, b in zip(g, xh))
L.step(True, note="dL/dgamma = sum g xhat")
L.step(substituted(dgam, lambda a, b, c: R("0.1") * a + R("-0.2") * b + R("0.4") * c, "~-1.1767", "~-0.3922", "~1.5689"))
L.step(substituted(dgam, lambda a, b, c: a + b + c, "~-0.1177", "~0.0784", "~0.6276"))
L.step(rounds("0.5883", R("-0.1177") + R("0.0784") + R("0.6276"), dgam))
# symbolic pieces
xs = sp.symbols("x1:5", real=True)
muS = sum(xs) / 4
varS = sum((t - muS) ** 2 for t in xs) / 4
L.step(sp.simplify(sp.diff(muS, xs[0]) - sp.Rational(1, 4)) == 0)
L.step(sp.simplify(sp.diff(varS, xs[0]) - sp.Rational(2, 4) * (xs[0] - muS)) == 0)
L.step(sp.simplify(sum(t - muS for t in xs)) == 0)
L.define(note="g_hat"); L.step(True, note="dL/dxhat = gamma g")
gs = sp.symbols("g1:5", real=True)
sigS = sp.sqrt(varS)
xhS = [(t - muS) / sigS for t in xs]
Lfun = sum(gg * (gam * t + bet) for gg, t in zip(gs, xhS))
ghS = [gam * gg for gg in gs]
formula = (4 * ghS[1] - sum(ghS) - xhS[1] * sum(a * b for a, b in zip(ghS, xhS))) / (4 * sigS)
L.step(same(sp.diff(Lfun, xs[1]), formula, positive=False))
gh = [gam * t for t in g]
S1 = sum(gh)
S2 = sum(a * b for a, b in zip(gh, xh))
L.step(gh == [R("0.2"), R("-0.4"), R("0.6"), R("0.8")]); L.step(S1 == R("1.2"))
L.step(sp.simplify(S2 - gam * dgam) == 0); L.step(rounds("1.1767", S2))
L.step(substituted(4 * sig, lambda a: 4 * a, "~2.5495")); L.step(4 * R("2.5495") == R("10.198"))
dx = [(4 * a - S1 - c * S2) / (4 * sig) for a, c in zip(gh, xh)]
L.step(substituted(dx[0], lambda a, b, c: (R("0.8") - R("1.2") + a * b) / c, "~1.1767", "~1.1767", "~10.198"))
L.step(rounds("0.9846", R("0.8") - R("1.2") + R("1.1767") * R("1.1767"))); L.step(rounds("0.0965", R("0.9846") / R("10.198"), dx[0]))
L.step(substituted(dx[1], lambda a, b, c: (R("-1.6") - R("1.2") - a * b) / c, "~0.3922", "~1.1767", "~10.198"), note="sign")
L.step(rounds("-3.2615", R("-1.6") - R("1.2") - R("0.3922") * R("1.1767"))); L.step(rounds("-0.3198", R("-3.2615") / R("10.198")))
L.step(substituted(dx[2], lambda c: (R("2.4") - R("1.2")) / c, "~10.198")); L.step(rounds("0.1177", R("1.2") / R("10.198"), dx[2]))
L.step(substituted(dx[3], lambda a, b, c: (R("3.2") - R("1.2") - a * b) / c, "~1.5689", "~1.1767", "~10.198"))
L.step(rounds("0.1539", R("3.2") - R("1.2") - R("1.5689") * R("1.1767"))); L.step(rounds("0.0151", R("0.1539") / R("10.198"), dx[3]))
L.step(R("0.0965") - R("0.3198") + R("0.1177") + R("0.0151") == R("-0.0905"))
L.step(-xh[1] > 0 and rounds("0.3922", -xh[1]))
L.step(substituted(4 * gh[1] - S1 - xh[1] * S2, lambda a: R("-2.8") + a, "~0.4615") and R("-2.8") + R("0.4615") == R("-2.3385"))
L.step(substituted(dx[1], lambda a, b: a / b, "~-2.3385", "~10.198")); L.step(rounds("-0.2293", R("-2.3385") / R("10.198"), dx[1]))
L.step(R("0.0965") - R("0.2293") + R("0.1177") + R("0.0151") == 0)
# last year's scripts
d44 = sp.diff(xhS[3], xs[3])
L.step(same(d44, 1 / sigS, positive=False), note="ignores mu, sigma")
L.step(rounds("0.3922", 1 / R("2.5495")))
L.step(same(d44, (1 - sp.Rational(1, 4) - xhS[3] ** 2 / 4) / sigS, positive=False))
val = d44.subs(dict(zip(xs, x)))
L.step(substituted(val, lambda a, b: a * b, "~0.3922", "~0.1346") and rounds("0.1346", 1 - R("0.25") - R("1.5689") ** 2 / 4)
       and rounds("0.3922", 1 / R("2.5495")))
L.step(rounds("0.0528", R("0.3922") * R("0.1346"), val))
L.step(same(sp.diff(sigS, xs[0]), (xs[0] - muS) / (4 * varS), positive=False), note="N sigma")
L.step(rounds("0.1538", R(4) / (4 * R("6.5"))))
L.step(sum(g) / 4 == sum(g), note="sum g"); L.step(sum(g) / 4 == R("0.15"))
x1, x2 = sp.symbols("x1 x2", real=True)
L.define(note="N = 2"); L.step(True, note="mean of two")
s2 = sp.sqrt(((x1 - x2) / 2) ** 2)
L.step(same(s2, sp.Abs(x1 - x2) / 4, positive=False), note="/2")
L.step(same((x1 - (x1 + x2) / 2) / s2, (x1 - x2) / sp.Abs(x1 - x2), positive=False))
vu = sum((t - mu) ** 2 for t in x) / 3
L.step(vu == var, note="N-1"); L.step(vu == sp.Rational(26, 3)); L.step(rounds("8.6667", vu))
L.step(sig == sp.sqrt(vu), carried=rounds("2.944", sp.sqrt(vu)))
L.step(xh[0] == R(-3) / R("2.944"), carried=rounds("2.944", sp.sqrt(vu))); L.step(rounds("-1.0190", R(-3) / R("2.944"), -3 / sp.sqrt(vu)))
L.step(xh[1] == R(-1) / R("2.944"), carried=True); L.step(rounds("-0.3397", R(-1) / R("2.944"), -1 / sp.sqrt(vu)))
L.step(xh[3] == R(4) / R("2.944"), carried=True); L.step(rounds("1.3587", R(4) / R("2.944"), 4 / sp.sqrt(vu)))
xu = [(t - mu) / sp.sqrt(vu) for t in x]
L.step(sp.simplify(sum(t ** 2 for t in xu) / 4 - sp.Rational(3, 4)) == 0); L.step(sp.Rational(3, 4) != 1)
# running statistics
L.define(3, "m, rules"); L.define(2, "mu_hat, sigma_hat^2")
L.step(sp.Rational(9, 10) * R("3.2") + sp.Rational(1, 10) * mu == R("0.9") * R("3.2") + R("0.1") * R("4.0")); L.step(R("0.9") * R("3.2") + R("0.1") * R("4.0") == R("3.28"))
newv = R("0.9") * R("5.0") + R("0.1") * sp.Rational(4, 3) * var
L.step(True, note="rule at the point"); L.step(R("0.9") * R("5.0") == R("4.5") and rounds("0.8667", R("0.1") * sp.Rational(4, 3) * R("6.5")))
L.step(rounds("5.3667", newv))
L.step(R("0.1") * R("3.2") + R("0.9") * R("4.0") == R("3.28"), note="swapped weights"); L.step(R("0.1") * R("3.2") + R("0.9") * R("4.0") == R("3.92"))
L.step(R("0.9") * R("5.0") + R("0.1") * R("6.5") == newv, note="Bessel"); L.step(R("0.9") * R("5.0") + R("0.1") * R("6.5") == R("5.15"))
xt = (R("5.0") - R("3.28")) / sp.sqrt(newv)
L.step(xt == R("1.72") / sp.sqrt(R("5.15")), carried=True); L.step(rounds("0.7579", R("1.72") / sp.sqrt(R("5.15"))))
L.define(note="x = 5.0")
xt = (R("5.0") - R("3.28")) / sp.sqrt(newv)
L.step(substituted(xt, lambda a, b: (R("5.0") - a) / sp.sqrt(b), "3.28", "~5.3667"))
L.step(R("5.0") - R("3.28") == R("1.72") and rounds("2.3166", sp.sqrt(R("5.3667"))))
L.step(rounds("0.7425", R("1.72") / R("2.3166"), xt))
L.step(substituted(2 * xt + R("0.5"), lambda a: 2 * a + R("0.5"), "~0.7425")); L.step(2 * R("0.7425") + R("0.5") == R("1.958"))
L.done()
