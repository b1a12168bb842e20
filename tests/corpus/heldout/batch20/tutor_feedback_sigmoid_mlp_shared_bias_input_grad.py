"""Labels for tutor_feedback_sigmoid_mlp_shared_bias_input_grad.tex: a tutor's feedback on a backprop homework:
2-2-1 net, sigmoid hidden units sharing one bias, linear output, squared loss. The student swaps digits in
sigma'(z2) (0.1797 for 0.1779, carried into delta2, dL/db, dL/dv21, the input gradient and the b update),
multiplies by x1 for v22, swaps two digits of L, uses V delta for V^T delta, and steps w2 the wrong way."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch20/tutor_feedback_sigmoid_mlp_shared_bias_input_grad.tex")
sig = lambda t: 1 / (1 + sp.exp(-t))  # noqa: E731
x = [1, 2]
V = [[R("0.1"), R("-0.2")], [R("0.3"), R("0.4")]]
b, w, c, y = R("0.1"), [R("0.5"), R("-0.6")], R("0.2"), 1
L.define(note="x"); L.define(4, "z_j, h_j, yhat, L"); L.define(5, "V, b, w, c, y")
z = [V[j][0] * x[0] + V[j][1] * x[1] + b for j in range(2)]
L.step(z[0] == R("0.1") * 1 + R("-0.2") * 2 + R("0.1")); L.step(z[0] == R("-0.2"))
L.step(z[1] == R("0.3") * 1 + R("0.4") * 2 + R("0.1")); L.step(z[1] == R("1.2"))
h = [sig(t) for t in z]
L.step(h[0] == sig(R("-0.2"))); L.step(rounds("0.4502", h[0])); L.step(h[1] == sig(R("1.2"))); L.step(rounds("0.7685", h[1]))
yh = w[0] * h[0] + w[1] * h[1] + c
L.step(substituted(yh, lambda a, bb: R("0.5") * a - R("0.6") * bb + R("0.2"), "~0.4502", "~0.7685"))
L.step(rounds("-0.0360", R("0.5") * R("0.4502") - R("0.6") * R("0.7685") + R("0.2"), yh))
Lv = (yh - y) ** 2 / 2
L.step(substituted(Lv, lambda a: (a - 1) ** 2 / 2, "~-0.0360"))
L.step(substituted(Lv, lambda a: a ** 2 / 2, "~-1.0360")); L.step(rounds("0.5636", R("-1.0360") ** 2 / 2, Lv), note="0.5366")
L.step(rounds("0.5366", R("1.0360") ** 2 / 2, Lv))
dy = yh - y
# the network with every parameter a symbol, differentiated and evaluated at the sheet's values
pv = sp.symbols("v11 v12 v21 v22"); pb, pw1, pw2, pc, pyh, tz = sp.symbols("pb pw1 pw2 pc pyh tz")
zsym = [pv[0] * x[0] + pv[1] * x[1] + pb, pv[2] * x[0] + pv[3] * x[1] + pb]
Lsym = (pw1 * sig(zsym[0]) + pw2 * sig(zsym[1]) + pc - y) ** 2 / 2
at = dict(zip(pv, [V[0][0], V[0][1], V[1][0], V[1][1]])); at.update({pb: b, pw1: w[0], pw2: w[1], pc: c})
G = {s_: sp.diff(Lsym, s_).subs(at) for s_ in list(pv) + [pb, pw1, pw2, pc]}
t1, t2 = sp.symbols("t1 t2")
Lz = (w[0] * sig(t1) + w[1] * sig(t2) + c - y) ** 2 / 2
delta = [sp.diff(Lz, t).subs({t1: z[0], t2: z[1]}) for t in (t1, t2)]
eq = lambda a, bb: abs(sp.N(a - bb, 30)) < 1e-25  # noqa: E731
L.step(eq(sp.diff((pyh - y) ** 2 / 2, pyh).subs(pyh, yh), dy), note="dL/dyhat"); L.step(rounds("-1.0360", dy, R("-0.0360") - 1)); L.step(same(sp.diff(sig(tz), tz), sig(tz) * (1 - sig(tz)), [tz], positive=False), note="sigma'")
sp1, sp2 = h[0] * (1 - h[0]), h[1] * (1 - h[1])
L.step(substituted(sp1, lambda a, bb: a * bb, "~0.4502", "~0.5498")); L.step(rounds("0.2475", R("0.4502") * R("0.5498"), sp1))
L.step(substituted(sp2, lambda a, bb: a * bb, "~0.7685", "~0.2315")); L.step(rounds("0.1797", R("0.7685") * R("0.2315"), sp2), note="0.1779")
d1, d2 = dy * w[0] * sp1, dy * w[1] * sp2
L.step(eq(delta[0], d1), note="delta1 formula")
L.step(substituted(d1, lambda a, s: a * R("0.5") * s, "~-1.0360", "~0.2475")); L.step(rounds("-0.1282", R("-1.0360") * R("0.5") * R("0.2475"), d1))
L.step(eq(delta[1], d2), note="delta2 formula")
d2w = dy * w[1] * R("0.1797")     # delta2 on the writer's sigma'(z2) = 0.1797
L.step(substituted(d2, lambda a, s: a * R("-0.6") * s, "~-1.0360", "~0.1797"),
       carried=substituted(d2w, lambda a, s: a * R("-0.6") * s, "~-1.0360", "0.1797")); L.step(rounds("0.1117", R("-1.0360") * R("-0.6") * R("0.1797")))
db = d1 + d2
L.step(eq(G[pb], delta[0] + delta[1]), note="chain rule over both units"); L.step(eq(G[pb], d1 + d2), note="= delta1 + delta2")
L.step(substituted(db, lambda a, bb: a + bb, "~-0.1282", "~0.1117"), carried=substituted(d1 + d2w, lambda a, bb: a + bb, "~-0.1282", "~0.1117")); L.step(R("-0.1282") + R("0.1117") == R("-0.0165"))
L.step(eq(G[pw1], dy * h[0])); L.step(substituted(dy * h[0], lambda a, bb: a * bb, "~-1.0360", "~0.4502")); L.step(rounds("-0.4664", R("-1.0360") * R("0.4502"), dy * h[0]))
L.step(eq(G[pw2], dy * h[1])); L.step(substituted(dy * h[1], lambda a, bb: a * bb, "~-1.0360", "~0.7685")); L.step(rounds("-0.7962", R("-1.0360") * R("0.7685"), dy * h[1]))
L.step(eq(G[pc], dy)); L.step(rounds("-1.0360", G[pc]))
L.step(eq(G[pv[0]], d1 * x[0])); L.step(rounds("-0.1282", G[pv[0]]))
L.step(eq(G[pv[1]], d1 * x[1])); L.step(substituted(G[pv[1]], lambda a: a * 2, "~-0.1282")); L.step(R("-0.1282") * 2 == R("-0.2564"))
L.step(eq(G[pv[2]], d2 * x[0])); L.step(substituted(G[pv[2]], lambda a: a * 1, "~0.1117"), carried=substituted(d2w * x[0], lambda a: a * 1, "~0.1117")); L.step(R("0.1117") * 1 == R("0.1117"))
L.step(eq(G[pv[3]], d2 * x[0]), note="dL/dv22 = delta2 x2"); L.step(substituted(G[pv[3]], lambda a: a, "~0.1117"), carried=substituted(d2w * x[0], lambda a: a, "~0.1117"))
L.step(rounds("0.1779", R("0.7685") * R("0.2315")))
L.step(substituted(d2, lambda a, s: a * R("-0.6") * s, "~-1.0360", "~0.1779")); L.step(rounds("0.1106", R("-1.0360") * R("-0.6") * R("0.1779"), d2))
L.step(substituted(db, lambda a, bb: a + bb, "~-0.1282", "~0.1106")); L.step(rounds("-0.0176", R("-0.1282") + R("0.1106"), db))
L.step(eq(G[pv[3]], d2 * x[1])); L.step(substituted(G[pv[3]], lambda a: 2 * a, "~0.1106")); L.step(R("0.1106") * 2 == R("0.2212"))
L.step(rounds("0.1106", G[pv[2]])); L.step(all(sp.diff(t, pb) == 1 for t in zsym), note="dz_j/db = 1")
# input gradient
xs = sp.symbols("x1 x2")
Lx = (w[0] * sig(V[0][0] * xs[0] + V[0][1] * xs[1] + b) + w[1] * sig(V[1][0] * xs[0] + V[1][1] * xs[1] + b) + c - y) ** 2 / 2
gx = [sp.diff(Lx, t).subs(dict(zip(xs, x))) for t in xs]
Vd = [V[i][0] * d1 + V[i][1] * d2 for i in range(2)]
L.step(all(abs(sp.N(gx[i] - Vd[i], 30)) < 1e-20 for i in range(2)), note="V^T delta")
VTd_w = [lambda a, bb: R("0.1") * a - R("0.2") * bb, lambda a, bb: R("0.3") * a + R("0.4") * bb]
L.step(all(substituted(gx[i], VTd_w[i], "~-0.1282", "~0.1117") for i in range(2)),
       carried=all(substituted(V[i][0] * d1 + V[i][1] * d2w, VTd_w[i], "~-0.1282", "~0.1117") for i in range(2)))
Vm = sp.Matrix([[R("0.1"), R("-0.2")], [R("0.3"), R("0.4")]]); dv = sp.Matrix([R("-0.1282"), R("0.1117")])
L.step(Vm * dv == sp.Matrix([R("0.1") * R("-0.1282") - R("0.2") * R("0.1117"), R("0.3") * R("-0.1282") + R("0.4") * R("0.1117")]), note="matrix product expanded")
L.step(rounds("-0.0352", VTd_w[0](R("-0.1282"), R("0.1117"))) and rounds("0.0062", VTd_w[1](R("-0.1282"), R("0.1117"))))
L.define(note="z = Vx + b1")
L.step(all(abs(sp.N(gx[i] - (V[0][i] * d1 + V[1][i] * d2), 30)) < 1e-20 for i in range(2)))
VT = [lambda a, bb: R("0.1") * a + R("0.3") * bb, lambda a, bb: R("-0.2") * a + R("0.4") * bb]
L.step(all(substituted(gx[i], VT[i], "~-0.1282", "~0.1106") for i in range(2)))
L.step(rounds("0.0204", VT[0](R("-0.1282"), R("0.1106")), gx[0]) and rounds("0.0699", VT[1](R("-0.1282"), R("0.1106")), gx[1]))
bb_ = sp.symbols("bb")
Lb = (w[0] * sig(z[0] - b + bb_) + w[1] * sig(z[1] - b + bb_) + c - y) ** 2 / 2
hstep = sp.Rational(1, 10 ** 4)
cd = (Lb.subs(bb_, b + hstep) - Lb.subs(bb_, b - hstep)) / (2 * hstep)
L.step(rounds("-0.0176", cd, approx=True) and abs(sp.N(sp.diff(Lb, bb_).subs(bb_, b) - db, 30)) < 1e-20)
# updates
eta = R("0.2")
L.define(note="eta")
L.define(note="rule")
L.step(substituted(b - eta * db, lambda g: R("0.1") - R("0.2") * g, "~-0.0165"), carried=substituted(b - eta * (d1 + d2w), lambda g: R("0.1") - R("0.2") * g, "~-0.0165"))
L.step(R("0.1") - R("0.2") * R("-0.0165") == R("0.1033"))
L.step(substituted(w[0] - eta * dy * h[0], lambda g: R("0.5") - R("0.2") * g, "~-0.4664"))
L.step(rounds("0.5933", R("0.5") - R("0.2") * R("-0.4664")))
L.step(substituted(w[1] - eta * dy * h[1], lambda g: R("-0.6") + R("0.2") * g, "~-0.7962"), note="sign")
L.step(rounds("-0.7592", R("-0.6") + R("0.2") * R("-0.7962")))
L.step(rounds("-0.4408", R("-0.6") - R("0.2") * R("-0.7962")))
L.step(substituted(b - eta * db, lambda g: R("0.1") - R("0.2") * g, "~-0.0176")); L.step(rounds("0.1035", R("0.1") - R("0.2") * R("-0.0176")))
L.done()
