"""Labels for spreadsheet_notes_column_layer_norm_by_hand.tex: a study group's shared spreadsheet, its Notes
column exported: layer norm of one 4-feature token (mean, spread, normalised values, gamma/beta affine), then
the backward pass from an upstream gradient (dL/dgamma, dL/dbeta, the mean-subtracted formula, two checks,
a finite-difference spot check), with notes added on later days."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch25/spreadsheet_notes_column_layer_norm_by_hand.tex")
xs = [R("2.0"), R("-1.0"), R("0.5"), R("2.5")]
d = 4
L.define(); L.step(len(xs) == 4); L.define(note="eps")
mu = sum(xs) / d
L.define(note="mu"); L.step(True); L.step(sum(xs) == R("4.0")); L.step(mu == 1)
dev = [x - mu for x in xs]
L.step(dev == [1, -2, R("-0.5"), R("1.5")]); L.step(sum(t ** 2 for t in dev) == R("7.5"))
var = sum(t ** 2 for t in dev) / d
sg = sp.sqrt(var)
L.step(sg == sp.sqrt(R("7.5") / 3), note="population: /4"); L.step(True); L.step(rounds("1.5811", sp.sqrt(R("2.5"))))
L.define(note="xhat")
xh = [t / sg for t in dev]
xw = [R("0.6325"), R("-1.2649"), R("-0.3162"), R("0.9487")]
L.step(False, carried=True, note="divided by the sample sd")
L.step(all(rounds(w, t / R("1.5811")) for w, t in zip(["0.6325", "-1.2649", "-0.3162", "0.9487"], dev)))
L.step(sum(xw) == R("0.0001")); L.step(rounds("0", sum(xw), approx=True) or abs(sum(xw)) <= R("0.0001"))
gam, bet = [1, 1, 2, R("0.5")], [0, R("0.1"), 0, R("-0.2")]
L.define(3, "gamma, beta, y")
y = [g * t + b for g, t, b in zip(gam, xh, bet)]
L.step(False, carried=True, note="y from the wrong xhat")
L.step(R("-1.2649") + R("0.1") == R("-1.1649") and 2 * R("-0.3162") == R("-0.6324") and rounds("0.2744", R("0.5") * R("0.9487") - R("0.2")))
L.step(all(rounds(s, w ** 2) for s, w in zip(["0.4001", "1.6000", "0.1000", "0.9000"], xw)) and R("0.4001") + R("1.6000") + R("0.1000") + R("0.9000") == R("3.0001"))
L.step(var == R("7.5") / 4); L.step(var == R("1.875")); L.step(sg == sp.sqrt(R("1.875"))); L.step(rounds("1.3693", sg))
L.step(True, note="(x - mu)/sigma")
XH = ["0.7303", "-1.4606", "-0.3651", "1.0954"]
L.step(all(rounds(w, t) for w, t in zip(XH, xh)))
sq = ["0.5333", "2.1334", "0.1333", "1.1999"]
L.step(all(rounds(s, R(w) ** 2) for s, w in zip(sq, XH))); L.step(sum(R(s) for s in sq) == R("3.9999"))
L.step(abs(R("3.9999") - 4) <= R("0.0001") and sum(t ** 2 for t in xh) == 4)
L.step(True, note="y substituted")
L.step(all(rounds(w, t) for w, t in zip(["0.7303", "-1.3606", "-0.7302", "0.3477"], y)) or
       (R("-1.4606") + R("0.1") == R("-1.3606") and 2 * R("-0.3651") == R("-0.7302") and R("0.5") * R("1.0954") - R("0.2") == R("0.3477")))
g = [R("0.5"), -1, 0, 1]
L.define(2, "g")
L.step(True, note="dL/dbeta = g"); L.step(True, note="dL/dgamma = g . xhat")
L.step(all(rounds(w, gi * t) for w, gi, t in zip(["0.3651", "1.4606", "0", "1.0954"], g, xh)))
gh = [gi * ga for gi, ga in zip(g, gam)]
L.define(note="ghat"); L.step(True); L.step(gh == [R("0.5"), -1, 0, R("0.5")])
# formula check: the true Jacobian of the normalised part
X = sp.symbols("x1:5", real=True)
m_ = sum(X) / 4
s_ = sp.sqrt(sum((t - m_) ** 2 for t in X) / 4)
F = sum(gh[i] * (X[i] - m_) / s_ for i in range(4))
pt = dict(zip(X, xs))
grad = [sp.diff(F, t).subs(pt) for t in X]
m1 = sum(gh) / 4
m2 = sum(a * b for a, b in zip(gh, xh)) / 4
formula = [(gh[i] - m1 - xh[i] * m2) / sg for i in range(4)]
L.step(all(sp.N(a - b, 30) == 0 for a, b in zip(grad, formula)))
L.step(True); L.step(m1 == 0)
L.step(rounds("2.3735", m2), note="sum, not mean")
L.step(rounds("0.3652", R("0.5") * R("0.7303")) and R("0.5") * R("1.0954") == R("0.5477"))
L.step(R("0.3652") + R("1.4606") + R("0.5477") == R("2.3735"))
L.step(rounds("1.3693", sg))
m2w = sum(a * b for a, b in zip(gh, xh))
wrongdx = [(gh[i] - m1 - xh[i] * m2w) / sg for i in range(4)]
rows = [("0.5", "-1", "0.7303", "1.7334", "-0.9008", -1), ("-1", "1", "1.4606", "3.4667", "1.8014", 1),
        ("0", "1", "0.3651", "0.8666", "0.6329", 1), ("0.5", "-1", "1.0954", "2.5999", "-1.5336", -1)]
for i, (a0, sgn, xv, prod, res, _) in enumerate(rows):
    L.step(substituted(grad[i], lambda p, q, s: (R(a0) + int(sgn) * p * q) / s, "~" + xv, "~2.3735", "~1.3693"), carried=True)
    L.step(rounds(prod, R(xv) * R("2.3735")))
    L.step(rounds(res, (R(a0) + int(sgn) * R(prod)) / R("1.3693"), wrongdx[i]))
L.step(R("-0.9008") + R("1.8014") + R("0.6329") - R("1.5336") == R("-0.0001")); L.step(abs(sum(grad)) < R("1e-20") and abs(R("-0.0001")) <= R("0.0001"))
sv = R("0.7303") * R("-0.9008") - R("1.4606") * R("1.8014") - R("0.3651") * R("0.6329") + R("1.0954") * R("-1.5336")
L.step(rounds("-5.2", sv, approx=True)); L.step(R("-5.2") != 0)
L.step(True, note="d = 4"); L.step(R("2.3735") / 4 == R("0.593375")); L.step(rounds("0.5934", m2))
L.step(True, note="formula substituted with the mean")
L.step(all(rounds(w, gh[i] - xh[i] * m2, gh[i] - R(XH[i]) * R("0.5934")) for i, w in enumerate(["0.0666", "-0.1333", "0.2167", "-0.1500"])))
L.step(all(rounds(w, v, R(u) / R("1.3693")) for w, v, u in zip(["0.0487", "-0.0973", "0.1582", "-0.1095"], grad, ["0.0666", "-0.1333", "0.2167", "-0.1500"])))
L.step(R("0.0487") - R("0.0973") + R("0.1582") - R("0.1095") == R("0.0001"))
L.step(rounds("0", R("0.7303") * R("0.0487") + R("1.4606") * R("0.0973") - R("0.3651") * R("0.1582") - R("1.0954") * R("0.1095"), approx=True))
Lf = lambda v: sum(g[i] * (gam[i] * (v[i] - sum(v) / 4) / sp.sqrt(sum((t - sum(v) / 4) ** 2 for t in v) / 4) + bet[i]) for i in range(4))
dL = Lf([xs[0] + R("0.001")] + xs[1:]) - Lf(xs)
L.define(note="L = g^T y"); L.step(rounds("0.0000486", dL, approx=True)); L.step(rounds("0.0486", grad[0], approx=True))
L.done()
