"""Labels for koma_booktabs_forward_mode.tex: a KOMA-Script (scrartcl) homework with booktabs tables of a
forward-mode trace (primal and one or two tangent columns, math-mode cells, a leading `=` in the primal cell)
and the marker's comments in `addmargin`. (a) the logistic loss ln(1 + exp(-y(wx + b))) at w = 0.5, b = -0.5,
x = 2, y = 1, seeds on w and on b: the tangent of ln v7 divided by v6 (carried into dl/dw, the directional
derivative and the w update; the student's own check x * dl/db exposes it). (b) the input sensitivity of
tanh(w . x): u1 + u2 with the sign of u2 lost, carried through tanh, 1 - h^2 and both input partials."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, substituted  # noqa: E402

L = Labels("batch9/koma_booktabs_forward_mode.tex")
w, b = sp.symbols("w b")
x, y = 2, 1
ell = sp.log(1 + sp.exp(-y * (w * x + b)))
at = {w: R("0.5"), b: R("-0.5")}
L.define(3, "loss, x, y"); L.define(2, "w, b"); L.define(note="tangent rule")
L.define(2, "the header's seeds"); L.define(6, "v1, v2 and the seeds")
v3 = x * at[w]; v4 = v3 + at[b]; v5 = -y * v4; v6 = sp.exp(v5); v7 = 1 + v6; v8 = sp.log(v7)
L.define(); L.step(v3 == 2 * R("0.5")); L.step(v3 == 1); L.define(); L.step(x * 1 == 2); L.step(x * 0 == 0)
L.define(); L.step(v4 == R("0.5")); L.define(); L.step(2 + 0 == 2); L.step(0 + 1 == 1)
L.define(); L.step(v5 == R("-0.5")); L.define(); L.step(-y * 2 == -2); L.step(-y * 1 == -1)
L.define(); L.step(rounds("0.6065", v6)); L.define(); L.step(rounds("-1.2131", -2 * v6)); L.step(rounds("-0.6065", -v6))
L.define(); L.step(rounds("1.6065", v7)); L.define(); L.step(rounds("-1.2131", -2 * v6)); L.step(rounds("-0.6065", -v6))
dw, db = sp.diff(ell, w).subs(at), sp.diff(ell, b).subs(at)
L.define(); L.step(rounds("0.4741", v8))
L.step(sp.simplify(dw - (-2 * v6) / v6) == 0, note="dot v8 = dot v7 / v7")
L.step(rounds("-2.0002", R("-1.2131") / R("0.6065"), -2 * v6 / v6, approx=True))
L.define(); L.step(rounds("-0.3775", db, approx=True))
L.step(rounds("0.4741", ell.subs(at), approx=True)); L.step(True, note="dl/dw is the tangent dot v8 under the w seed")
L.step(rounds("-2.0002", dw, approx=True), carried=True); L.step(rounds("-0.3775", db, approx=True))
L.define(note="both seeds")
L.step(True, note="tangents are linear in the seed")
L.step(substituted(dw + db, lambda p, q: p + q, "~-2.0002", "~-0.3775"), carried=True)
L.step(R("-2.0002") - R("0.3775") == R("-2.3777"))
eta = R("0.1")
L.define(note="eta")
L.step(substituted(at[w] - eta * dw, lambda g: R("0.5") - R("0.1") * g, "~-2.0002"), carried=True)
L.step(rounds("0.7000", R("0.5") - R("0.1") * R("-2.0002")))
L.step(substituted(at[b] - eta * db, lambda g: R("-0.5") - R("0.1") * g, "~-0.3775"))
L.step(rounds("-0.4622", R("-0.5") - R("0.1") * R("-0.3775"), at[b] - eta * db))
L.define(note="z = wx + b")
L.step(sp.simplify(dw - x * db) == 0)
L.step(substituted(x * db, lambda g: 2 * g, "~-0.3775")); L.step(2 * R("-0.3775") == R("-0.7550"))
L.step(R("-0.7550") != R("-2.0002"))
# marker (a)
L.step(substituted(dw, lambda p, q: p / q, "~-1.2131", "~1.6065")); L.step(rounds("-0.7551", dw, approx=True))
sig = lambda t: 1 / (1 + sp.exp(-t))
L.step(sp.simplify(sp.diff(ell, w) - (-y * x * sig(-y * (w * x + b)))) == 0)
L.step(sp.simplify(dw - (-2 * sig(R("-0.5")))) == 0); L.step(rounds("-0.7551", -2 * sig(R("-0.5")), approx=True))
L.step(substituted(at[w] - eta * dw, lambda g: R("0.5") - R("0.1") * g, "~-0.7551")); L.step(rounds("0.5755", at[w] - eta * dw, approx=True))
# (b) tanh unit
x1, x2 = sp.symbols("x1 x2")
W = (R("0.8"), R("-0.4")); Xv = {x1: R("1.5"), x2: R("0.5")}
h = sp.tanh(W[0] * x1 + W[1] * x2)
L.define(5, "h, w, x, seeds")
u1, u2 = W[0] * Xv[x1], W[1] * Xv[x2]
L.define(); L.step(u1 == R("0.8") * R("1.5")); L.step(u1 == R("1.2")); L.step(True, note="du1 = w1 dx1"); L.step(W[0] == R("0.8"))
L.define(); L.step(u2 == R("-0.4") * R("0.5")); L.step(u2 == R("-0.2")); L.step(True, note="dx2 = 0")
z = u1 + u2
L.define(); L.step(z == R("1.2") + R("0.2"), note="u2 is negative"); L.step(R("1.2") + R("0.2") == R("1.4")); L.define(); L.step(W[0] + 0 == R("0.8"))
Z = R("1.4")
L.define(); L.step(sp.tanh(z) == sp.tanh(Z), carried=True); L.step(rounds("0.8854", sp.tanh(Z))); L.define()
L.step(rounds("0.7839", sp.tanh(z) ** 2), carried=rounds("0.7839", R("0.8854") ** 2))
L.step(rounds("0.2161", 1 - sp.tanh(z) ** 2), carried=rounds("0.2161", 1 - R("0.7839")))
g1 = sp.diff(h, x1).subs(Xv); g2 = sp.diff(h, x2).subs(Xv)
L.step(substituted(g1, lambda p: p * R("0.8"), "~0.2161"), carried=True); L.step(rounds("0.1729", R("0.2161") * R("0.8"), approx=True))
L.step(rounds("0.1729", g1, approx=True), carried=True)
L.step(True, note="du2 = w2 under the x2 seed")
L.step(sp.simplify(sp.diff(h, x2) - (1 - h**2) * W[1]) == 0)
L.step(substituted(g2, lambda p: p * R("-0.4"), "~0.2161"), carried=True); L.step(rounds("-0.0864", R("0.2161") * R("-0.4"), approx=True))
L.step(rounds("0.1729", g1, approx=True) and rounds("-0.0864", g2, approx=True), carried=True)
# marker (b)
L.step(z == R("1.2") - R("0.2")); L.step(z == R("1.0")); L.step(sp.tanh(z) == sp.tanh(1)); L.step(rounds("0.7616", sp.tanh(1), approx=True))
L.step(rounds("0.4200", 1 - sp.tanh(1) ** 2, approx=True))
L.step(rounds("0.42", 1 - sp.tanh(1) ** 2)); L.step(rounds("0.3360", g1, approx=True) and rounds("-0.1680", g2, approx=True))
L.done()
