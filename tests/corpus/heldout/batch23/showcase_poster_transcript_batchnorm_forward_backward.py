"""Labels for showcase_poster_transcript_batchnorm_forward_backward.tex: a student showcase poster on batch
normalisation of one feature over a batch of four (forward pass, parameter gradients, the compact input-gradient
formula, the long way through d/dsigma^2 and d/dmu, an SGD step, running statistics and inference), with the
presenter's pen corrections. Slips: dL/dx_3 = 0.32/6.3246 written 0.0560 (0.0506; carried into the sum check);
0.9 * 1.15 + 0.1 * 2.5 = 1.295 (1.285);
d(sigma^2)^(-1/2)/d sigma^2 taken as -(1/2)(sigma^2)^(-1/2) (carried into dL/dsigma^2 and dL/dx_1, then corrected)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch23/showcase_poster_transcript_batchnorm_forward_backward.tex")
N = 4
xv = [sp.Integer(v) for v in (1, 2, 4, 5)]
gam, bet = sp.Integer(2), R("0.5")
L.define(4, "N, x, gamma, beta"); L.define(note="eps = 0")
# symbolic BN for the gradients
X = sp.symbols("x1:5", real=True); G, B = sp.symbols("G B", real=True)
mu_s = sum(X) / N; var_s = sum((xi - mu_s) ** 2 for xi in X) / N
xh_s = [(xi - mu_s) / sp.sqrt(var_s) for xi in X]
gv = [R("0.1"), R("-0.2"), R("0.3"), R("0.4")]
Lsym = sum(g * (G * xh + B) for g, xh in zip(gv, xh_s))      # L with dL/dy = g (linear in y)
sub = dict(zip(X, xv)); sub.update({G: gam, B: bet})
mu = mu_s.subs(sub); var = var_s.subs(sub); sd = sp.sqrt(var)
xh = [v.subs(sub) for v in xh_s]; y = [gam * v + bet for v in xh]
L.step(mu == sp.Rational(1 + 2 + 4 + 5, 4)); L.step(mu == 3)
L.step(var == sp.Rational(4 + 1 + 1 + 4, 4)); L.step(sp.Rational(10, 4) == R("2.5")); L.step(True)
L.step(sd == sp.sqrt(R("2.5"))); L.step(rounds("1.5811", sd))
L.define(note="x-hat")
L.step(all(rounds(w, v) for w, v in zip(["-1.2649", "-0.6325", "0.6325", "1.2649"], xh)))
L.define(note="y")
L.step(all(rounds(w, v) for w, v in zip(["-2.0298", "-0.7649", "1.7649", "3.0298"], y)))
L.step(sp.simplify(sum(xh)) == 0); L.step(sp.simplify(sum(v ** 2 for v in xh) / N) == 1)
L.step(sp.simplify(sum(y) / N - bet) == 0); L.step(bet == R("0.5"))
L.define(2, "g = dL/dy = data")
dbeta = sp.diff(Lsym, B).subs(sub); dgam = sp.diff(Lsym, G).subs(sub)
L.step(dbeta == sum(gv)); L.step(dbeta == R("0.6"))
L.step(sp.simplify(dgam - sum(g * v for g, v in zip(gv, xh))) == 0)
L.step(substituted(dgam, lambda a, b_, c, d: R("0.1") * a - R("0.2") * b_ + R("0.3") * c + R("0.4") * d, "~-1.2649", "~-0.6325", "~0.6325", "~1.2649"))
L.step(rounds("0.6957", dgam))
gh = [gam * g for g in gv]
L.define(note="g-hat"); L.step(True, note="dL/dx-hat = gamma g"); L.step(gh == [R("0.2"), R("-0.4"), R("0.6"), R("0.8")])
dx = [sp.diff(Lsym, xi).subs(sub) for xi in X]
compact = [(N * gh[i] - sum(gh) - xh[i] * sum(a * b_ for a, b_ in zip(gh, xh))) / (N * sd) for i in range(N)]
L.step(all(abs(sp.N(a - b_, 30)) < 1e-25 for a, b_ in zip(dx, compact)))
sgx = sum(a * b_ for a, b_ in zip(gh, xh))
L.step(sum(gh) == R("1.2")); L.step(sp.simplify(sgx - gam * dgam) == 0)
L.step(substituted(gam * dgam, lambda v: 2 * v, "~0.6957")); L.step(rounds("1.3914", 2 * R("0.6957"), sgx))
L.step(rounds("6.3246", N * sd))
L.step(substituted(dx[0], lambda a, b_, c: (R("0.8") - R("1.2") + a * b_) / c, "~1.2649", "~1.3914", "~6.3246"))
L.step(rounds("1.3600", R("-0.4") + R("1.2649") * R("1.3914")) and True)
L.step(rounds("0.2150", R("1.3600") / R("6.3246"), dx[0]))
L.step(substituted(dx[1], lambda a, b_, c: (R("-1.6") - R("1.2") + a * b_) / c, "~0.6325", "~1.3914", "~6.3246"))
L.step(rounds("-0.3036", (R("-2.8") + R("0.6325") * R("1.3914")) / R("6.3246"), dx[1]))
L.step(substituted(dx[2], lambda a, c: (R("2.4") - R("1.2") - a) / c, "~0.8800", "~6.3246") and rounds("0.8800", xh[2] * sgx))
L.step(rounds("0.0560", (R("2.4") - R("1.2") - R("0.8800")) / R("6.3246"), dx[2]), note="0.0506")
L.step(substituted(dx[3], lambda a, c: (R("3.2") - R("1.2") - a) / c, "~1.7600", "~6.3246") and rounds("1.7600", R("1.2649") * R("1.3914"), xh[3] * sgx))
L.step(rounds("0.0379", (R("3.2") - R("1.2") - R("1.7600")) / R("6.3246"), dx[3]))
L.step(abs(sp.N(sum(dx), 30)) < 1e-25); L.step(abs(sp.N(sum(a * b_ for a, b_ in zip(xh, dx)), 30)) < 1e-25)
L.step(substituted(sum(dx), lambda a, b_, c, d: a + b_ + c + d, "~0.2150", "~-0.3036", "~0.0560", "~0.0379"), carried=True)
L.step(R("0.2150") - R("0.3036") + R("0.0560") + R("0.0379") == R("0.0053"))
# the long way
V, M_ = sp.symbols("V M", positive=True)
dvar_true = sum(gh[i] * (xv[i] - mu) for i in range(N)) * (-sp.Rational(1, 2)) * var ** sp.Rational(-3, 2)
dvar_wrong = sum(gh[i] * (xv[i] - mu) for i in range(N)) * (-sp.Rational(1, 2)) * var ** sp.Rational(-1, 2)
L.step(same(sp.diff(V ** sp.Rational(-1, 2), V), -sp.Rational(1, 2) * V ** sp.Rational(-1, 2), [V]), note="-3/2")
L.step(substituted(dvar_true, lambda a: R("2.2") * R("-0.5") / a, "~1.5811"), carried=substituted(dvar_wrong, lambda a: R("2.2") * R("-0.5") / a, "~1.5811"))
L.step(rounds("-0.6957", R("2.2") * R("-0.5") / R("1.5811")))
dmu = -sum(gh) / sd + dvar_true * (-sp.Rational(2, N)) * sum(v - mu for v in xv)
L.step(True, note="dL/dmu, two paths")
L.step(substituted(dmu, lambda a: -R("1.2") / a + 0, "~1.5811")); L.step(rounds("-0.7590", -R("1.2") / R("1.5811"), dmu))
L.step(sum(gh[i] * (xv[i] - mu) for i in range(N)) == R("-0.4") + R("0.4") + R("0.6") + R("1.6")); L.step(R("-0.4") + R("0.4") + R("0.6") + R("1.6") == R("2.2"))
long_x1 = gh[0] / sd + dvar_true * 2 * (xv[0] - mu) / N + dmu / N
assert abs(sp.N(long_x1 - dx[0], 30)) < 1e-25
long_wrong = gh[0] / sd + dvar_wrong * 2 * (xv[0] - mu) / N + dmu / N
L.step(True, note="three-path formula")
L.step(substituted(long_x1, lambda a, b_, c: a + b_ + c, "~0.1265", "~0.6957", "~-0.1897"),
       carried=substituted(long_wrong, lambda a, b_, c: a + b_ + c, "~0.1265", "~0.6957", "~-0.1897"))
L.step(R("0.1265") + R("0.6957") - R("0.1897") == R("0.6325"))
L.step(same(sp.diff(V ** sp.Rational(-1, 2), V), -sp.Rational(1, 2) * V ** sp.Rational(-3, 2), [V]))
L.step(dvar_true == R("2.2") * R("-0.5") * R("2.5") ** sp.Rational(-3, 2)); L.step(rounds("-0.2783", dvar_true))
L.step(substituted(long_x1, lambda a, b_, c: a + b_ + c, "~0.1265", "~0.2783", "~-0.1897"))
L.step(rounds("0.2151", R("0.1265") + R("0.2783") - R("0.1897"), dx[0]))
# panel 4
L.define(note="eta")
L.step(substituted(gam - R("0.1") * dgam, lambda a: 2 - R("0.1") * a, "~0.6957")); L.step(rounds("1.9304", gam - R("0.1") * dgam))
L.step(bet - R("0.1") * dbeta == R("0.5") - R("0.1") * R("0.6")); L.step(bet - R("0.1") * dbeta == R("0.44"))
L.define(2, "running stats start")
mr = R("0.9") * 0 + R("0.1") * mu; vr = R("0.9") * 1 + R("0.1") * var
L.step(True); L.step(mr == R("0.3")); L.step(True); L.step(vr == R("1.15"))
L.define(note="x = 3")
yt = gam * (3 - mr) / sp.sqrt(vr) + bet
L.define(note="inference formula")
L.step(substituted(yt, lambda a: 2 * R("2.7") / a + R("0.5"), "~1.0724") and rounds("1.0724", sp.sqrt(vr)))
L.step(rounds("5.5355", yt))
L.step(R("0.9") * R("1.15") + R("0.1") * R("2.5") == R("1.295"), note="1.285")
L.step(gam * 0 + bet == R("0.5"))
L.done()
