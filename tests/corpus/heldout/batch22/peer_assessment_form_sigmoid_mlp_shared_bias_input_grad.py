"""Labels for peer_assessment_form_sigmoid_mlp_shared_bias_input_grad.tex: a peer-assessment form on a
sigmoid MLP whose two hidden units share one bias: z written out with matrices, delta_j, dL/db = delta1 +
delta2 (right), the input gradient as W1 delta for W1^T delta (vector and per entry, and again with numbers);
numbers with h2(1 - h2) = 0.2193 for 0.2139 (carried into delta2, dL/db and the input gradient); the
reviewer's corrections, a finite-difference check and a sign argument."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch22/peer_assessment_form_sigmoid_mlp_shared_bias_input_grad.tex")
sig = lambda u: 1 / (1 + sp.exp(-u))
Ws = sp.Matrix(2, 2, sp.symbols("W11 W12 W21 W22")); xs = sp.Matrix(sp.symbols("x1 x2")); bs = sp.symbols("b")
w2s = sp.Matrix(sp.symbols("v1 v2")); ys = sp.symbols("y")
zs = Ws * xs + bs * sp.ones(2, 1)
hs = zs.applyfunc(sig)
Ls = ((w2s.T * hs)[0] - ys) ** 2 / 2
L.define(4, "z, h, y-hat, L")
L.step(zs == Ws * xs + bs * sp.Matrix([1, 1]))
L.step(zs == sp.Matrix([Ws[0, 0] * xs[0] + Ws[0, 1] * xs[1] + bs, Ws[1, 0] * xs[0] + Ws[1, 1] * xs[1] + bs]))
u = sp.symbols("u")
L.define(note="delta_j"); L.step(same(sp.diff(sig(u), u), sig(u) * (1 - sig(u)), positive=False))
zj = sp.symbols("zj1 zj2")
Lz = ((w2s[0] * sig(zj[0]) + w2s[1] * sig(zj[1])) - ys) ** 2 / 2
dz = [sp.diff(Lz, zj[j]) for j in range(2)]
yh_z = w2s[0] * sig(zj[0]) + w2s[1] * sig(zj[1])
L.step(same(dz[0], (yh_z - ys) * w2s[0] * sp.diff(sig(zj[0]), zj[0]), positive=False))
L.step(same(dz[0], (yh_z - ys) * w2s[0] * sig(zj[0]) * (1 - sig(zj[0])), positive=False))
L.step(all(sp.diff(zs[j], bs) == 1 for j in range(2)))
delta = sp.Matrix([d.subs({zj[0]: zs[0], zj[1]: zs[1]}) for d in dz])
allsyms = list(Ws) + list(xs) + [bs] + list(w2s) + [ys]
L.step(True, note="chain rule over the two units"); L.step(same(sp.diff(Ls, bs), delta[0] + delta[1], allsyms, positive=False))
gx = sp.Matrix([sp.diff(Ls, v) for v in xs])
L.step(same(gx[0], (Ws * delta)[0], allsyms, positive=False) and same(gx[1], (Ws * delta)[1], allsyms, positive=False), note="W1^T")
L.step((Ws * delta) == sp.Matrix([Ws[0, 0] * delta[0] + Ws[0, 1] * delta[1], Ws[1, 0] * delta[0] + Ws[1, 1] * delta[1]]))
L.step(same(gx[0], Ws[0, 0] * delta[0] + Ws[0, 1] * delta[1], allsyms, positive=False))
L.step(True, note="chain rule, dz_j/dx_i = W_ji"); L.step(same(gx[0], sum(delta[j] * Ws[j, 0] for j in range(2)), allsyms, positive=False))
L.step(same(gx[0], (Ws.T * delta)[0], allsyms, positive=False) and same(gx[1], (Ws.T * delta)[1], allsyms, positive=False))
L.step((Ws.T * delta) == sp.Matrix([Ws[0, 0] * delta[0] + Ws[1, 0] * delta[1], Ws[0, 1] * delta[0] + Ws[1, 1] * delta[1]]))
# numbers
vals = {xs[0]: 1, xs[1]: R("0.5"), Ws[0, 0]: R("0.4"), Ws[0, 1]: R("-0.6"), Ws[1, 0]: R("0.3"), Ws[1, 1]: R("0.8"),
        bs: R("0.1"), w2s[0]: R("1.2"), w2s[1]: R("-0.5"), ys: R("0.5")}
L.define(5, "x, W1, b, w2, y")
z = zs.subs(vals); h = z.applyfunc(sig)
L.step(z[0] == R("0.4") * 1 - R("0.6") * R("0.5") + R("0.1")); L.step(z[0] == R("0.2")); L.step(True, note="h1 = sigma(0.2)"); L.step(rounds("0.5498", h[0]))
L.step(z[1] == R("0.3") * 1 + R("0.8") * R("0.5") + R("0.1")); L.step(z[1] == R("0.8")); L.step(True, note="h2 = sigma(0.8)"); L.step(rounds("0.6900", h[1]))
yh = R("1.2") * h[0] - R("0.5") * h[1]
L.step(substituted(yh, lambda p, q: R("1.2") * p - R("0.5") * q, "~0.5498", "~0.6900"))
L.step(R("1.2") * R("0.5498") - R("0.5") * R("0.6900") == R("0.65976") - R("0.345")); L.step(rounds("0.3148", R("0.65976") - R("0.345"), yh))
L.step(rounds("-0.1852", yh - R("0.5")))
s1, s2 = h[0] * (1 - h[0]), h[1] * (1 - h[1])
L.step(substituted(s1, lambda p, q: p * q, "~0.5498", "~0.4502")); L.step(rounds("0.2475", R("0.5498") * R("0.4502"), s1))
L.step(substituted(s2, lambda p, q: p * q, "~0.6900", "~0.3100")); L.step(rounds("0.2193", R("0.69") * R("0.31"), s2), note="0.2139")
d = delta.subs(vals)
L.step(substituted(d[0], lambda p, q: p * R("1.2") * q, "~-0.1852", "~0.2475")); L.step(rounds("-0.0550", R("-0.1852") * R("1.2") * R("0.2475"), d[0]))
L.step(substituted(d[1], lambda p, q: p * R("-0.5") * q, "~-0.1852", "~0.2193"),
       carried=substituted(yh - R("0.5"), lambda p: p, "~-0.1852") and R("-0.1852") * R("-0.5") * R("0.2193") == R("0.0926") * R("0.2193"))
L.step(R("-0.1852") * R("-0.5") == R("0.0926")); L.step(rounds("0.0203", R("0.0926") * R("0.2193")))
db = d[0] + d[1]
L.step(True, note="dL/db = delta1 + delta2"); L.step(substituted(db, lambda p, q: p + q, "~-0.0550", "~0.0203"), carried=True)
L.step(R("-0.0550") + R("0.0203") == R("-0.0347"))
W = Ws.subs(vals); gxv = gx.subs(vals)
close = lambda A, B: all(abs(sp.N(p - q, 40)) < 1e-25 for p, q in zip(A, B))
L.step(close(W * d, gxv), note="transpose")
wrongv = W * sp.Matrix([R("-0.0550"), R("0.0203")])
L.step(all(substituted(gxv[i], lambda p, q, i=i: (W * sp.Matrix([p, q]))[i], "~-0.0550", "~0.0203") for i in range(2)), carried=True)
L.step(rounds("-0.0342", wrongv[0]) and rounds("-0.0003", wrongv[1]))
L.step(R("0.69") * R("0.31") == R("0.2139")); L.step(substituted(d[1], lambda p, q: p * q, "~0.0926", "~0.2139")); L.step(rounds("0.0198", R("0.0926") * R("0.2139"), d[1]))
L.step(substituted(db, lambda p, q: p + q, "~-0.0550", "~0.0198")); L.step(rounds("-0.0352", R("-0.0550") + R("0.0198"), db))
L.step(close(W.T * d, gxv))
L.step(all(substituted(gxv[i], lambda p, q, i=i: (W.T * sp.Matrix([p, q]))[i], "~-0.0550", "~0.0198") for i in range(2)))
rv = W.T * sp.Matrix([R("-0.0550"), R("0.0198")])
L.step(rv == sp.Matrix([R("-0.0220") + R("0.00594"), R("0.0330") + R("0.01584")]))
L.step(rounds("-0.0161", rv[0], gxv[0]) and rounds("0.0488", rv[1], gxv[1]))
Lb = Ls.subs({k: v for k, v in vals.items() if k != bs})
fd = (Lb.subs(bs, R("0.101")) - Lb.subs(bs, R("0.099"))) / R("0.002")
L.step(rounds("-0.0352", fd, approx=True))
L.step(d[0] < 0); L.step(gxv[1] > 0)
L.done()
