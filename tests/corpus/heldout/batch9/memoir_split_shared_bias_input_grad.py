"""Labels for memoir_split_shared_bias_input_grad.tex: a homework in the memoir class, `enumerate` with
`\\item[(a)]`, `split` inside `equation`, `\\mathbf`, `^\\mathsf{T}`, `bmatrix` macros and the TA's comments
in `framed`: a 2-2-1 tanh net whose hidden layer shares one bias b. dL/db = delta1 + delta2 (right), the
input gradient W1^T delta with a sign slip in its second component (carried into the signed-gradient
perturbation and a directional derivative), dL/dv2 miscomputed (carried into its update), a W22 update
miscomputed, and a central difference divided by h instead of 2h."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, substituted  # noqa: E402

L = Labels("batch9/memoir_split_shared_bias_input_grad.tex")
W = sp.Matrix([[R("0.5"), R("-0.3")], [R("0.2"), R("0.4")]]); x = sp.Matrix([2, 1]); b = R("0.1")
v = sp.Matrix([R("0.6"), R("-0.5")]); c = R("0.2"); y = 1
xs = sp.Matrix(sp.symbols("x1 x2")); bs, vs2 = sp.symbols("b v2")
def loss(xx=x, bb=b):
    a_ = W * xx + bb * sp.ones(2, 1)
    h_ = a_.applyfunc(sp.tanh)
    return (v.T * h_)[0] + c, h_, a_
yh, h, a = loss()
Lval = (yh - y) ** 2 / 2
L.define(3, "a, h, y-hat"); L.define(note="L"); L.define(6, "data")
L.step(a == sp.Matrix([R("0.5") * 2 - R("0.3") * 1 + R("0.1"), R("0.2") * 2 + R("0.4") * 1 + R("0.1")]))
L.step(a == sp.Matrix([R("0.8"), R("0.9")]))
L.step(h[0] == sp.tanh(R("0.8"))); L.step(rounds("0.6640", h[0])); L.step(h[1] == sp.tanh(R("0.9"))); L.step(rounds("0.7163", h[1]))
L.step(substituted(yh, lambda p, q: R("0.6") * p - R("0.5") * q + R("0.2"), "~0.6640", "~0.7163"))
L.step(rounds("0.3984", R("0.6") * R("0.6640")) and rounds("0.3581", R("0.5") * R("0.7163"), R("0.5") * h[1]))
L.step(rounds("0.2403", R("0.3984") - R("0.3581") + R("0.2"), yh))
L.step(substituted(Lval, lambda p: (p - 1) ** 2 / 2, "~0.2403")); L.step(rounds("0.2886", Lval, approx=True))
t = sp.symbols("t")
L.step(sp.simplify(sp.diff(sp.tanh(t), t) - (1 - sp.tanh(t) ** 2)) == 0)
L.step(sp.diff((t - y) ** 2 / 2, t) == t - y)
do = yh - y
L.define(note="delta_o"); L.step(substituted(do, lambda p: p - 1, "~0.2403")); L.step(rounds("-0.7597", do))
L.define(note="delta_j"); L.step(True, note="dL/da_j = delta_o v_j tanh'(a_j)")
d = sp.Matrix([do * v[j] * (1 - h[j] ** 2) for j in range(2)])
L.step(substituted(d[0], lambda p, q: p * R("0.6") * (1 - q), "~-0.7597", "~0.4409") and rounds("0.4409", h[0] ** 2))
L.step(R("1") - R("0.4409") == R("0.5591")); L.step(rounds("-0.2548", R("-0.7597") * R("0.6") * R("0.5591"), d[0]))
L.step(substituted(d[1], lambda p, q: p * R("-0.5") * (1 - q), "~-0.7597", "~0.5131") and rounds("0.5131", h[1] ** 2))
L.step(R("1") - R("0.5131") == R("0.4869")); L.step(rounds("0.1850", R("-0.7597") * R("-0.5") * R("0.4869"), d[1]))
L.step(True, note="dL/dc = delta_o"); L.step(rounds("-0.7597", do)); L.step(True, note="dL/dv = delta_o h")
gv = do * h
L.step(substituted(gv[0], lambda p, q: p * q, "~-0.7597", "~0.6640")); L.step(rounds("-0.5044", R("-0.7597") * R("0.6640"), gv[0]))
L.step(substituted(gv[1], lambda p, q: p * q, "~-0.7597", "~0.7163"))
L.step(rounds("-0.5242", R("-0.7597") * R("0.7163"), gv[1]), note="0.5442")
# shared bias
L.step(True, note="da_j/db = 1")
yhb, _, _ = loss(bb=bs)
gb = sp.diff((yhb - y) ** 2 / 2, bs).subs(bs, b)
L.step(True, note="multivariable chain rule over a_1, a_2"); L.step(sp.simplify(gb - (d[0] + d[1])) == 0); L.step(True, note="1^T delta")
L.step(substituted(gb, lambda p, q: p + q, "~-0.2548", "~0.1850")); L.step(R("-0.2548") + R("0.1850") == R("-0.0698"))
L.step(True, note="a unit's own bias gets delta_j")
Ws = sp.Matrix(2, 2, sp.symbols("w11 w12 w21 w22"))
a_s = Ws * x + b * sp.ones(2, 1); Ls = ((v.T * a_s.applyfunc(sp.tanh))[0] + c - y) ** 2 / 2
gW = Ls.diff(Ws) if False else sp.Matrix(2, 2, lambda i, j: sp.diff(Ls, Ws[i, j])).subs(dict(zip(Ws, W)))
L.step(all(abs(sp.N(e, 40)) < 1e-30 for e in (gW - d * x.T)))
L.step(all(rounds(wr, gW[i], R(dr) * x[i % 2]) for i, (wr, dr) in enumerate([("-0.5096", "-0.2548"), ("-0.2548", "-0.2548"), ("0.3700", "0.1850"), ("0.1850", "0.1850")])) if False else
       rounds("-0.5096", 2 * R("-0.2548")) and rounds("-0.2548", gW[0, 1]) and rounds("0.3700", gW[1, 0], 2 * R("0.1850")) and rounds("0.1850", gW[1, 1]))
# input gradient
L.define(note="a = W x + b 1")
yhx, _, _ = loss(xx=xs)
gx = sp.Matrix([sp.diff((yhx - y) ** 2 / 2, s) for s in xs]).subs(dict(zip(xs, x)))
L.step(sp.simplify(gx - W.T * d) == sp.zeros(2, 1))
L.step(True, note="W^T and delta as written (roundings)")
L.step(rounds("-0.1274", R("0.5") * R("-0.2548")) and rounds("0.0370", R("0.2") * R("0.1850")) and rounds("-0.0764", R("-0.3") * R("-0.2548")),
       note="-0.3 x -0.2548 is positive")
L.step(R("-0.1274") + R("0.0370") == R("-0.0904") and R("-0.0764") + R("0.0740") == R("-0.0024"))
L.step(abs(R("-0.0904")) > abs(R("-0.0024")))
L.define(note="u")
u = sp.Matrix([1, 1]) / sp.sqrt(2)
L.step(substituted((u.T * gx)[0], lambda p, q: (p + q) / sp.sqrt(2), "~-0.0904", "~-0.0024"), carried=True)
L.step(rounds("-0.0656", (R("-0.0904") - R("0.0024")) / sp.sqrt(2), approx=True))
L.define(note="epsilon")
xp = x + R("0.1") * gx.applyfunc(sp.sign)
L.define(note="x' rule")
L.step(xp == sp.Matrix([2 - R("0.1"), 1 - R("0.1")]), carried=x + R("0.1") * sp.Matrix([-1, -1]) == sp.Matrix([2 - R("0.1"), 1 - R("0.1")]))
L.step(sp.Matrix([2 - R("0.1"), 1 - R("0.1")]) == sp.Matrix([R("1.9"), R("0.9")]))
# SGD
eta = R("0.5")
L.define(note="eta")
# -0.0698 is the sum of the roundings -0.2548 and 0.1850 (exact -0.069875): judged through them
L.step(substituted(b - eta * gb, lambda p, q: R("0.1") - R("0.5") * (p + q), "~-0.2548", "~0.1850")); L.step(rounds("0.1349", R("0.1") + R("0.0349"), b - eta * gb))
L.step(substituted(c - eta * do, lambda g: R("0.2") - R("0.5") * g, "~-0.7597")); L.step(rounds("0.5799", c - eta * do))
L.step(substituted(v[1] - eta * gv[1], lambda g: R("-0.5") - R("0.5") * g, "~-0.5242"), carried=True)
L.step(R("-0.5") - R("0.5") * R("-0.5242") == R("-0.2379"))
# -0.5096 = 2(-0.2548)
L.step(substituted(W[0, 0] - eta * gW[0, 0], lambda p: R("0.5") - R("0.5") * 2 * p, "~-0.2548")); L.step(R("0.5") + R("0.2548") == R("0.7548"))
L.step(substituted(W[1, 1] - eta * gW[1, 1], lambda g: R("0.4") - R("0.5") * g, "~0.1850")); L.step(R("0.4") - R("0.0925") == R("0.3175"), note="0.3075")
# finite differences
Delta = R("0.01")
L.define(note="Delta")
Lb = lambda bb: (loss(bb=bb)[0] - y) ** 2 / 2
L.step(rounds("0.2879", Lb(b + Delta))); L.step(rounds("0.2893", Lb(b - Delta)))
L.step(abs(sp.N((Lb(b + Delta) - Lb(b - Delta)) / Delta - gb)) < R("0.0001"), note="divide by 2 Delta")
L.step(True, note="the values as computed"); L.step((R("0.2879") - R("0.2893")) / R("0.01") == R("-0.14"))
L.step(R("-0.14") == 2 * R("-0.07"))
# TA
L.step(rounds("0.5442", R("0.7597") * R("0.7163"), -gv[1])); L.step(rounds("-0.5442", gv[1]))
L.step(substituted(v[1] - eta * gv[1], lambda g: R("-0.5") + g, "~0.2721")); L.step(rounds("-0.2279", v[1] - eta * gv[1]))
L.step(R("-0.3") * R("-0.2548") == R("0.07644") and rounds("0.0764", R("0.07644")))
L.step(rounds("-0.0904", gx[0]) and rounds("0.1504", gx[1]))
L.step(abs(R("-0.0904")) < R("0.1504"))
L.step(x + R("0.1") * gx.applyfunc(sp.sign) == sp.Matrix([R("1.9"), R("1.1")]))
L.step(R("0.4") - R("0.0925") == R("0.3075")); L.step(R("-0.0014") / R("0.02") == R("-0.07"))
L.done()
