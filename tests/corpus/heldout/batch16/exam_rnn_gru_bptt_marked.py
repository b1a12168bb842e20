"""Labels for exam_rnn_gru_bptt_marked.tex: an exam question with model answers and a marked script: a scalar
tanh RNN over two steps (forward, BPTT deltas, parameter gradients summed over time, the h2/h1 Jacobian), the
script's tanh' = 1 - tanh (carried through delta_2, dL/dh1, dL/dw), dL/du with one time step only; one GRU step
(gates, candidate, update, the three-path derivative dh'/dh) and the script's swapped gates, a sign, 1 + tanh^2
(carried), and the direct path only."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch16/exam_rnn_gru_bptt_marked.tex")
L.define(5, "rnn, w, u, b, h0"); L.define(5, "x1, x2, y, v, L")
W, U, B, V = R("0.5"), 1, 0, 2
x1, x2 = 1, R("-0.5")
a1 = W * 0 + U * x1 + B
h1 = sp.tanh(a1)
L.step(a1 == 1); L.step(h1 == sp.tanh(1)); L.step(rounds("0.761594", h1))
a2 = W * h1 + U * x2 + B
L.step(substituted(a2, lambda t: R("0.5") * t - R("0.5"), "~0.761594")); L.step(rounds("-0.119203", R("0.5") * R("0.761594") - R("0.5"), a2))
h2 = sp.tanh(a2)
L.step(substituted(h2, sp.tanh, "~-0.119203")); L.step(rounds("-0.118642", sp.tanh(R("-0.119203")), h2))
y = V * h2
L.step(substituted(y, lambda t: 2 * t, "~-0.118642")); L.step(rounds("-0.2373", 2 * R("-0.118642"), y))
Lv = (y - 1) ** 2 / 2
L.step(substituted(Lv, lambda t: t ** 2 / 2, "~-1.2373")); L.step(rounds("0.765", R("-1.2373") ** 2 / 2, Lv))
a = sp.symbols("a", real=True)
L.define(note="delta_t"); L.step(sp.simplify(sp.diff(sp.tanh(a), a) - (1 - sp.tanh(a) ** 2)) == 0)
dy = y - 1
L.step(True, note="dL/dy = y - 1"); L.step(rounds("-1.2373", dy))
dv = dy * h2
L.step(True, note="chain"); L.step(substituted(dv, lambda s, t: s * t, "~-1.2373", "~-0.118642")); L.step(rounds("0.1468", R("-1.2373") * R("-0.118642"), dv))
dh2 = V * dy
L.step(True); L.step(substituted(dh2, lambda t: 2 * t, "~-1.2373")); L.step(rounds("-2.4746", 2 * R("-1.2373"), dh2))
d2 = dh2 * (1 - h2 ** 2)
L.step(substituted(d2, lambda s, t: s * (1 - t ** 2), "~-2.4746", "~0.118642"))
L.step(rounds("0.985924", 1 - R("0.118642") ** 2, 1 - h2 ** 2)); L.step(rounds("-2.440", R("-2.4746") * R("0.985924"), d2))
dh1 = W * d2
L.step(True); L.step(substituted(dh1, lambda t: R("0.5") * t, "~-2.440")); L.step(rounds("-1.220", R("0.5") * R("-2.440"), dh1))
d1 = dh1 * (1 - h1 ** 2)
L.step(substituted(d1, lambda s, t: s * (1 - t ** 2), "~-1.220", "~0.761594"))
L.step(rounds("0.4200", 1 - R("0.761594") ** 2, 1 - h1 ** 2)); L.step(rounds("-0.512", R("-1.220") * R("0.4200"), d1))
ws, us, bs = sp.symbols("w u b", real=True)
A1 = us * x1 + bs; H1 = sp.tanh(A1); A2 = ws * H1 + us * x2 + bs; H2 = sp.tanh(A2); LL = (V * H2 - 1) ** 2 / 2
pt = {ws: W, us: U, bs: B}
dw, du, db = (sp.diff(LL, s).subs(pt) for s in (ws, us, bs))
L.step(sp.simplify(dw - (d2 * h1 + d1 * 0)) == 0)
L.step(substituted(dw, lambda s, t: s * t, "~-2.440", "~0.761594")); L.step(rounds("-1.858", R("-2.440") * R("0.761594"), dw))
L.step(sp.simplify(du - (d2 * x2 + d1 * x1)) == 0)
L.step(substituted(du, lambda s, t: s * R("-0.5") + t, "~-2.440", "~-0.512"))
L.step(R("-2.440") * R("-0.5") == R("1.220")); L.step(R("1.220") - R("0.512") == R("0.708"))
L.step(sp.simplify(db - (d2 + d1)) == 0); L.step(substituted(db, lambda s, t: s + t, "~-2.440", "~-0.512")); L.step(R("-2.440") - R("0.512") == R("-2.925"))
hs = sp.symbols("h1s", real=True)
J = sp.diff(sp.tanh(W * hs + U * x2 + B), hs).subs(hs, h1)
L.step(sp.simplify(J - W * (1 - h2 ** 2)) == 0); L.step(substituted(J, lambda t: R("0.5") * t, "~0.985924")); L.step(rounds("0.4930", R("0.5") * R("0.985924"), J))
L.step(True, note="|tanh'| <= 1"); L.step(rounds("0.00977", R("0.5") ** 10))
# script 117
L.step(rounds("-1.2373", dy)); L.step(rounds("-2.4746", dh2))
L.step(same(1 - h2, 1 - h2 ** 2), note="1 - h^2"); L.step(1 - R("-0.118642") == R("1.118642"))
L.step(False, carried=True); L.step(rounds("-2.768", R("-2.4746") * R("1.118642")))
L.step(False, carried=True); L.step(R("0.5") * R("-2.768") == R("-1.384"))
L.step(same(d1, R("-1.384") * (1 - h1)), note="1 - h and carried"); L.step(1 - R("0.761594") == R("0.238406"))
L.step(rounds("-0.330", R("-1.384") * R("0.238406")))
L.step(True, note="dL/dw = delta2 h1 (h0 = 0)"); L.step(False, carried=True); L.step(rounds("-2.108", R("-2.768") * R("0.761594")))
L.step(sp.simplify(du - d2 * x2) == 0, note="both steps"); L.step(d2 * x2 == R("1.384"), carried=(R("-2.768") * R("-0.5") == R("1.384")))
# GRU
L.define(2, "h, x"); L.define(4, "z, r, h tilde, h'")
sg = lambda t: 1 / (1 + sp.exp(-t))  # noqa: E731
h, x = R("0.5"), 1
z = sg(x - h); r = sg(R("0.5") * x + h); ht = sp.tanh(x + 2 * r * h); hn = (1 - z) * h + z * ht
L.step(z == sg(R("0.5"))); L.step(rounds("0.6225", z)); L.step(r == sg(1)); L.step(rounds("0.7311", r))
L.step(substituted(ht, lambda t: sp.tanh(1 + 2 * t * R("0.5")), "~0.7311"))
L.step(1 + 2 * R("0.7311") * R("0.5") == R("1.7311")); L.step(rounds("0.9392", sp.tanh(R("1.7311")), ht))
L.step(substituted(hn, lambda s, t, u: s * R("0.5") + t * u, "~0.3775", "~0.6225", "~0.9392") and rounds("0.3775", 1 - z))
L.step(R("0.3775") * R("0.5") == R("0.18875") and rounds("0.58465", R("0.6225") * R("0.9392")))
L.step(R("0.18875") + R("0.58465") == R("0.7734") and rounds("0.7734", hn))
zs, hts, hs2 = sp.symbols("z ht hh", real=True)
HN = (1 - zs) * hs2 + zs * hts
L.step(sp.diff(HN, hts) == zs); L.step(rounds("0.6225", z)); L.step(sp.diff(HN, zs) == hts - hs2); L.step(rounds("0.4392", ht - h))
L.step(sp.simplify(sp.diff(sg(a), a) - sg(a) * (1 - sg(a))) == 0)
L.step(substituted(z * (1 - z), lambda s, t: s * t, "~0.6225", "~0.3775")); L.step(rounds("0.2350", R("0.6225") * R("0.3775"), z * (1 - z)))
L.step(substituted(1 - ht ** 2, lambda t: 1 - t ** 2, "~0.9392")); L.step(rounds("0.1179", 1 - R("0.9392") ** 2, 1 - ht ** 2))
hh = sp.symbols("hh", real=True)
Z = sg(x - hh); Rg = sg(R("0.5") * x + hh); HT = sp.tanh(x + 2 * Rg * hh); HNf = (1 - Z) * hh + Z * HT
tot = sp.diff(HNf, hh).subs(hh, h)
form = (1 - z) + (ht - h) * z * (1 - z) * (-1) + z * (1 - ht ** 2) * 2 * (r + h * r * (1 - r))
L.step(sp.Abs(sp.N(tot - form, 30)) < 1e-25)
L.step(substituted(tot, lambda p, q, s, t, u, v_, w_: p - q * s + t * u * 2 * (v_ + R("0.5") * w_),
                   "~0.3775", "~0.4392", "~0.2350", "~0.6225", "~0.1179", "~0.7311", "~0.1966"))
L.step(rounds("0.1032", R("0.4392") * R("0.2350")) and rounds("0.122", R("0.6225") * R("0.1179") * 2 * (R("0.7311") + R("0.5") * R("0.1966"))))
L.step(rounds("0.396", R("0.3775") - R("0.1032") + R("0.122"), tot))
# script GRU
L.step(same(zs * hs2 + (1 - zs) * hts, HN, positive=False), note="gates swapped")
L.step(True, note="substitution into z h + (1-z) h~"); L.step(rounds("0.6658", R("0.6225") * R("0.5") + R("0.3775") * R("0.9392")))
L.step(sp.diff(HN, zs) == hs2 - hts); L.step(rounds("-0.4392", h - ht))
L.step(same(sp.diff(sp.tanh(a), a), 1 + sp.tanh(a) ** 2, positive=False))
L.step(False, carried=rounds("1.8821", 1 + R("0.9392") ** 2))
L.step(same(tot, 1 - z), note="direct only"); L.step(rounds("0.3775", 1 - z))
L.done()
