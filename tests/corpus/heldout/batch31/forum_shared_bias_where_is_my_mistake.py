"""Labels for forum_shared_bias_where_is_my_mistake.tex: a class-forum thread ("where is my mistake?") with a
student's question, another student's answer, the TA's answer and a follow-up: a 2-2-1 sigmoid net whose
two hidden units share one bias b, squared error, numbers in `pmatrix`, `\\bm\\delta`, a `\\newcommand{\\dd}`
for partials; forward pass, output and hidden deltas, dL/dW_1 = delta_1 x^T, dL/db = delta_11 + delta_12,
the input gradient W_1^T delta_1, a central-difference check, an SGD step with `\\leftarrow` and a second
forward pass. Slips are listed in README.md (mistakes section)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch31/forum_shared_bias_where_is_my_mistake.tex")
sig = lambda z: 1 / (1 + sp.exp(-z))
N = lambda e: sp.N(e, 40)


def forward(W1, b, w2, c, x, y=1):
    z1 = W1 * x + b * sp.Matrix([1, 1])
    h = z1.applyfunc(sig)
    z2 = (w2.T * h)[0] + c
    yh = sig(z2)
    return z1, h, z2, yh, (yh - y) ** 2 / 2


def grads(W1, b, w2, c, x, y=1):
    z1, h, z2, yh, _ = forward(W1, b, w2, c, x, y)
    d2 = (yh - y) * yh * (1 - yh)
    d1 = sp.Matrix([w2[i] * d2 * h[i] * (1 - h[i]) for i in range(2)])
    return d2, d1, d2 * h, d1 * x.T, d1[0] + d1[1], W1.T * d1


def sub_any(trues, f, *written):
    return any(substituted(t, f, *written) for t in trues)


x = sp.Matrix([R("0.5"), R("-1.0")])
W1 = sp.Matrix([[R("0.4"), R("-0.2")], [R("0.3"), R("0.6")]])
b, w2, c, y = R("0.1"), sp.Matrix([R("0.8"), R("-0.6")]), R("-0.1"), 1
L.define(5, "z_1, h, z_2, y-hat, L"); L.define(6, "x, W_1, b, w_2, c, y")
z1, h, z2, yh, Lv = forward(W1, b, w2, c, x)
d2, d1, gw2, gW1, gb, gx = grads(W1, b, w2, c, x)
# forward
L.step(z1 == sp.Matrix([R("0.4") * R("0.5") + R("-0.2") * R("-1.0") + R("0.1"), R("0.3") * R("0.5") + R("0.6") * R("-1.0") + R("0.1")]))
L.step(z1 == sp.Matrix([R("0.5"), R("-0.35")]))
L.step(h == sp.Matrix([sig(R("0.5")), sig(R("-0.35"))]))
L.step(rounds("0.6225", h[0]) and rounds("0.4134", h[1]))
z2w = R("0.8") * R("0.6225") - R("0.6") * R("0.4134") - R("0.1")        # from the rounded h
L.step(substituted(z2, lambda a, b_: R("0.8") * a - R("0.6") * b_ - R("0.1"), "~0.6225", "~0.4134"))
L.step(R("0.8") * R("0.6225") == R("0.4980") and rounds("0.2480", R("0.6") * R("0.4134")))
L.step(R("0.4980") - R("0.2480") - R("0.1") == R("0.1500"))
L.step(sub_any([yh, sig(z2w)], sig, "~0.1500")); L.step(rounds("0.5374", sig(R("0.1500"))))
L.step(substituted(Lv, lambda a: (a - 1) ** 2 / 2, "~0.5374"))
L.step(rounds("0.2140", (R("0.5374") - 1) ** 2)); L.step(rounds("0.1070", R("0.2140") / 2, Lv))
# output delta
ys = sp.symbols("yhat", positive=True)
L.define(note="delta_2 := dL/dz_2")
L.step(True, note="chain rule through y-hat")
L.step(same(sp.diff((ys - y) ** 2 / 2, ys) * ys * (1 - ys), (ys - y) * ys * (1 - ys), [ys])
       and same(sp.diff(sig(ys), ys), sig(ys) * (1 - sig(ys)), [ys]))
L.step(substituted(d2, lambda a, b_, c_: a * b_ * c_, "~-0.4626", "~0.5374", "~0.4626"))
L.step(rounds("0.2486", R("0.5374") * R("0.4626")))
L.step(rounds("-0.1150", R("-0.4626") * R("0.2486"), d2))
L.step(True, note="dL/dw_2 = delta_2 h")
L.step(sub_any([gw2[0]], lambda a, b_: a * b_, "~-0.1150", "~0.6225") and sub_any([gw2[1]], lambda a, b_: a * b_, "~-0.1150", "~0.4134"))
L.step(rounds("-0.0716", R("-0.1150") * R("0.6225"), gw2[0]) and rounds("-0.0475", R("-0.1150") * R("0.4134"), gw2[1]))
L.step(True, note="dL/dc = delta_2"); L.step(rounds("-0.1150", d2))
# hidden
zz = sp.symbols("z", real=True)
L.define(note="delta_1"); L.step(same(sp.diff(sig(zz), zz), sig(zz) * (1 - sig(zz)), [zz], positive=False))
L.step(substituted(h[0] * (1 - h[0]), lambda a, b_: a * b_, "~0.6225", "~0.3775")); L.step(rounds("0.2350", R("0.6225") * R("0.3775"), h[0] * (1 - h[0])))
L.step(substituted(h[1] * (1 - h[1]), lambda a, b_: a * b_, "~0.4134", "~0.5866")); L.step(rounds("0.2425", R("0.4134") * R("0.5866"), h[1] * (1 - h[1])))
L.step(True, note="delta_1 = (w_2 delta_2) * sigma'(z_1)")
L.step(rounds("-0.0920", w2[0] * d2) and rounds("0.0690", w2[1] * d2) and rounds("0.2350", h[0] * (1 - h[0])) and rounds("0.2425", h[1] * (1 - h[1])))
L.step(rounds("-0.0216", R("-0.0920") * R("0.2350"), d1[0]) and rounds("0.0167", R("0.0690") * R("0.2425"), d1[1]))
L.step(True, note="dL/dW_1 = delta_1 x^T")
L.step(all(rounds(wr, v) for wr, v in zip(["-0.0108", "0.0216", "0.0084", "-0.0167"], list(gW1))))
# the averaged shared bias
bb = sp.symbols("bb", real=True)
Lb = forward(W1, bb, w2, c, x)[4]
L.step(same(gb, (d1[0] + d1[1]) / 2) or sp.N(gb - (d1[0] + d1[1]) / 2) == 0, note="sum, not average")
L.step(True, note="1/2 (delta_11 + delta_12) with the written deltas")
L.step(R("-0.0216") + R("0.0167") == R("-0.0049")); L.step(R("-0.0049") / 2 == R("-0.00245"))
L.define(note="eta")
b_new = b - R("0.5") * gb
L.step(sub_any([b_new], lambda g: R("0.1") - R("0.5") * g, "~-0.00245"),
       carried=(R("0.1") - R("0.5") * (R("-0.0216") + R("0.0167")) / 2 == R("0.1") - R("0.5") * R("-0.00245")))
L.step(rounds("0.1012", R("0.1") - R("0.5") * R("-0.00245")))
eps = sp.Rational(1, 10 ** 4)
L.define(note="epsilon")
cd = (Lb.subs(bb, b + eps) - Lb.subs(bb, b - eps)) / (2 * eps)
L.step(rounds("-0.0049", cd) and abs(N(cd - sp.diff(Lb, bb).subs(bb, b))) < 1e-8)
L.step(R("-0.0049") == 2 * R("-0.00245"))
# input gradient
L.step(N((gx - W1 * d1).norm()) < 1e-30, note="W_1^T delta_1")
L.step(True, note="W_1 delta_1 written out with the written delta_1")
Wd = W1 * sp.Matrix([R("-0.0216"), R("0.0167")])
L.step(rounds("-0.0120", Wd[0]) and rounds("0.0035", Wd[1]))
L.step(rounds("-0.0120", gx[0]), carried=rounds("-0.0120", (W1 * d1)[0]))
L.step(rounds("-0.0036", gx[0], approx=True) and rounds("0.0144", gx[1], approx=True))
# the other student's answer
s05 = sig(R("0.5")) * (1 - sig(R("0.5")))
L.step(s05 == R("0.5") * (1 - R("0.5")), note="sigma'(z) = z(1 - z)"); L.step(R("0.5") * (1 - R("0.5")) == R("0.25"))
L.step(substituted(d1[0], lambda a, b_: a * b_, "~-0.0920", "0.25"), carried=True)
L.step(R("-0.0920") * R("0.25") == R("-0.0230"))
# TA
L.step(substituted(s05, lambda a, b_: a * b_, "~0.6225", "~0.3775")); L.step(rounds("0.2350", R("0.6225") * R("0.3775")))
crit = sp.diff(sig(zz) * (1 - sig(zz)), zz)
L.step(sp.solve(sp.simplify(crit), zz) == [0] and sig(0) * (1 - sig(0)) == sp.Rational(1, 4))
L.step(sig(0) * (1 - sig(0)) == sp.Rational(1, 4))
L.step(True, note="z_{1,i} = sum_j W_ij x_j + b")
L.step(sp.diff((W1 * x)[0] + bb, bb) == sp.diff((W1 * x)[1] + bb, bb)); L.step(sp.diff((W1 * x)[1] + bb, bb) == 1)
L.step(True, note="multivariable chain rule, two paths"); L.step(True, note="dz/db = 1")
L.step(R("-0.0216") + R("0.0167") == R("-0.0049")); L.step(rounds("-0.0049", gb))
L.step(True, note="1^T delta_1")
L.step(substituted(b_new, lambda g: R("0.1") - R("0.5") * g, "~-0.0049")); L.step(R("0.1") - R("0.5") * R("-0.0049") == R("0.10245"))
L.step(True, note="dz_1i/dx_j = W_ij"); L.step(True, note="sum over i")
L.step(N((gx - W1.T * d1).norm()) < 1e-30, note="grad_x L = W_1^T delta_1")
L.step(True, note="W_1^T written out")
L.step(R("0.4") * R("-0.0216") == R("-0.00864") and R("0.3") * R("0.0167") == R("0.00501")
       and R("-0.2") * R("-0.0216") == R("0.00432") and R("0.6") * R("0.0167") == R("0.01002"))
L.step(rounds("-0.0036", R("-0.00864") + R("0.00501")) and rounds("0.0143", R("0.00432") + R("0.01002")))
L.step(all(abs(N(d1[i])) <= abs(N(w2[i] * d2)) / 4 for i in range(2)))
# follow-up: the step
eta = R("0.5")
L.define(note="eta")
w2n, cn, W1n, bn = w2 - eta * gw2, c - eta * d2, W1 - eta * gW1, b - eta * gb
L.define(note="w_2 update rule")
L.step(sub_any([w2n[0]], lambda g: R("0.8") - eta * g, "~-0.0716") and sub_any([w2n[1]], lambda g: R("-0.6") - eta * g, "~-0.0475"))
L.step(rounds("0.8358", R("0.8") + eta * R("0.0716"), w2n[0]) and rounds("-0.6238", R("-0.6") + eta * R("0.0475"), w2n[1]), note="sign slip")
L.step(substituted(cn, lambda g: R("-0.1") - eta * g, "~-0.1150")); L.step(R("-0.1") - eta * R("-0.1150") == R("-0.0425"))
L.define(note="W_1 update rule")
W1w = sp.Matrix([[R("0.4") + eta * R("0.0108"), R("-0.2") - eta * R("0.0216")], [R("0.3") - eta * R("0.0084"), R("0.6") + eta * R("0.0167")]])
L.step(all(rounds(s, a, v) for s, a, v in zip(["0.4054", "-0.2108", "0.2958", "0.6084"], list(W1n), list(W1w))))
L.step(rounds("0.10245", bn, R("0.1") + eta * R("0.0049")))
z1n, hn, z2n, yhn, Ln = forward(W1n, bn, w2n, cn, x)
# the student's parameters as written (w_22 = -0.6238)
W1s, bs, w2s, cs = (sp.Matrix([[R("0.4054"), R("-0.2108")], [R("0.2958"), R("0.6084")]]), R("0.10245"),
                    sp.Matrix([R("0.8358"), R("-0.6238")]), R("-0.0425"))
_, hs, z2s, yhs, Ls = forward(W1s, bs, w2s, cs, x)
L.step(rounds("0.6262", hn[0]) and rounds("0.4114", hn[1]))
L.step(rounds("0.2242", z2n), carried=rounds("0.2242", z2s, R("0.8358") * R("0.6262") - R("0.6238") * R("0.4114") - R("0.0425")))
L.step(rounds("0.5558", yhn), carried=rounds("0.5558", yhs, sig(R("0.2242"))))
L.step(rounds("0.0987", Ln), carried=rounds("0.0987", Ls, (1 - R("0.5558")) ** 2 / 2))
L.step(R("0.0987") < R("0.1070"))
# TA's check
L.step(substituted(w2n[1], lambda g: R("-0.6") - eta * g, "~-0.0475")); L.step(rounds("-0.5762", w2n[1], R("-0.6") - eta * R("-0.0475")))
L.step(N(gw2[1]) < 0)
L.step(substituted(z2n, lambda a, b_, c_, d_, e_: a * b_ - c_ * d_ + e_, "~0.8358", "~0.6262", "~0.5762", "~0.4114", "~-0.0425"))
L.step(rounds("0.2438", R("0.8358") * R("0.6262") - R("0.5762") * R("0.4114") - R("0.0425")))
L.step(substituted(yhn, sig, "~0.2438")); L.step(rounds("0.5606", sig(R("0.2438"))))
L.step(substituted(Ln, lambda a: a ** 2 / 2, "~0.4394") and 1 - R("0.5606") == R("0.4394")); L.step(rounds("0.0965", R("0.4394") ** 2 / 2))
L.done()
