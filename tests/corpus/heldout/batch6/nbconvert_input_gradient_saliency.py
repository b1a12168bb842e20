"""Labels for nbconvert_input_gradient_saliency.tex: a Jupyter notebook exported by nbconvert (\\( \\)
math, Verbatim code cells): the input gradient dL/dx = W_1^T delta_1 of a 2-2-1 sigmoid net with
cross-entropy at 4 decimals, a central difference, and a lab partner's cells: sigma' dropped from
delta_1, W_1 delta_1 without the transpose (a non-symmetric W_1), an FGSM step that happens to be right
and a plain step that is not."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch6/nbconvert_input_gradient_saliency.tex")
sig = lambda z: 1 / (1 + sp.exp(-z))
x = sp.Matrix([1, -1]); W1 = sp.Matrix([[R("0.5"), R("-0.2")], [R("0.1"), R("0.4")]]); b1 = sp.Matrix([0, R("0.1")])
w2 = sp.Matrix([R("0.3"), R("-0.5")]); b2 = R("0.05"); y = 1
z1 = W1 * x + b1; h = z1.applyfunc(sig); z2 = (w2.T * h)[0] + b2; yh = sig(z2); loss = -sp.log(yh)
d2 = yh - y; sp_ = h.applyfunc(lambda v: v * (1 - v)); d1 = (w2 * d2).multiply_elementwise(sp_); gx = W1.T * d1


def rounds_vec(written, *values):
    """Every entry of `written` rounds from the same entry of one of `values`."""
    return all(any(rounds(w, v[i]) for v in values) for i, w in enumerate(written))


L.define(2); L.define(4); L.define(5); L.define(2)
# forward
L.step(z1 == sp.Matrix([R("0.5") + R("0.2") + 0, R("0.1") - R("0.4") + R("0.1")])); L.step(z1 == sp.Matrix([R("0.7"), R("-0.2")]))
L.step(True, note="h = (sigma(0.7), sigma(-0.2))"); L.step(rounds_vec(["0.6682", "0.4502"], h))
L.step(substituted(z2, lambda p, q: R("0.3") * p - R("0.5") * q + R("0.05"), "~0.6682", "~0.4502"))
L.step(rounds("0.0254", z2, R("0.3") * R("0.6682") - R("0.5") * R("0.4502") + R("0.05")))
L.step(substituted(yh, sig, "~0.0254")); L.step(rounds("0.5063", yh, sig(R("0.0254"))))
L.step(substituted(loss, lambda q: -sp.log(q), "~0.5063")); L.step(rounds("0.6806", loss, -sp.log(R("0.5063"))))
# backward
L.step(True, note="sigmoid + CE"); L.step(rounds("-0.4937", d2, R("0.5063") - 1)); L.define(2)
W, v = sp.Matrix(2, 2, sp.symbols("w11 w12 w21 w22")), sp.Matrix(sp.symbols("v1 v2"))
X, B = sp.Matrix(sp.symbols("x1 x2")), sp.Matrix(sp.symbols("c1 c2")); c0 = sp.Symbol("c0")
Hs = (W * X + B).applyfunc(sig); lossf = -sp.log(sig((v.T * Hs)[0] + c0))
D2 = sig((v.T * Hs)[0] + c0) - 1; D1 = (v * D2).multiply_elementwise(Hs.applyfunc(lambda q: q * (1 - q)))
grad_x = sp.Matrix([sp.diff(lossf, xi) for xi in X])
syms = list(W) + list(v) + list(X) + list(B) + [c0]
a = sp.symbols("a1 a2")
loss_of_z1 = -sp.log(sig((v.T * sp.Matrix([sig(a[0]), sig(a[1])]))[0] + c0))
z1_of_x = W * X + B
dL_dz1 = [sp.diff(loss_of_z1, ai).subs({a[0]: z1_of_x[0], a[1]: z1_of_x[1]}) for ai in a]
L.step(all(same(p, q, syms, positive=False) for p, q in zip(dL_dz1, D1)), note="delta_1 = (w2 delta2) . h . (1 - h)")
L.step(all(same(a, b, syms, positive=False) for a, b in zip(grad_x, W.T * D1)), note="dL/dx = W1^T delta1")
L.step(all(substituted(sp_[i], lambda p, q: p * q, "~" + a, b) for i, (a, b) in enumerate([("0.6682", "0.3318"), ("0.4502", "0.5498")])))
L.step(rounds_vec(["0.2217", "0.2475"], sp_, [R("0.6682") * R("0.3318"), R("0.4502") * R("0.5498")]))
L.step(rounds_vec(["-0.1481", "0.2468"], w2 * d2))
L.step(substituted(d1[0], lambda p, q: p * q, "~-0.1481", "~0.2217") and substituted(d1[1], lambda p, q: p * q, "~0.2468", "~0.2475"))
L.step(rounds_vec(["-0.0328", "0.0611"], d1, [R("-0.1481") * R("0.2217"), R("0.2468") * R("0.2475")]))
L.step(substituted(gx[0], lambda p, q: R("0.5") * p + R("0.1") * q, "~-0.0328", "~0.0611")
       and substituted(gx[1], lambda p, q: R("-0.2") * p + R("0.4") * q, "~-0.0328", "~0.0611"))
L.step(substituted(gx[0], lambda p, q: p + q, "~-0.0164", "~0.0061") and substituted(gx[1], lambda p, q: p + q, "~0.0066", "~0.0244"))
L.step(rounds_vec(["-0.0103", "0.0310"], gx, [R("-0.0164") + R("0.0061"), R("0.0066") + R("0.0244")]))
L.define()
Lx = lambda xx: -sp.log(sig((w2.T * (W1 * xx + b1).applyfunc(sig))[0] + b2))
e1 = sp.Matrix([R("0.0001"), 0])
L.step(rounds("-0.0103", (Lx(x + e1) - Lx(x - e1)) / (2 * R("0.0001")), approx=True))
# partner
L.step(False, note="delta_1 = w2 delta2: sigma' dropped"); L.step(rounds_vec(["-0.1481", "0.2468"], w2 * d2))
L.step(W1 == W1.T, note="dL/dx = W1 delta1 needs a symmetric W1")
wd = W1 * d1
L.step(substituted(wd[0], lambda p, q: R("0.5") * p - R("0.2") * q, "~-0.0328", "~0.0611")
       and substituted(wd[1], lambda p, q: R("0.1") * p + R("0.4") * q, "~-0.0328", "~0.0611"))
L.step(rounds_vec(["-0.0286", "0.0212"], wd))
L.step(W1 == W1.T)
L.define()
adv = x + R("0.1") * gx.applyfunc(sp.sign)
L.step(adv == x + R("0.1") * sp.Matrix([-1, 1]), note="the signs agree"); L.step(adv == sp.Matrix([R("0.9"), R("-0.9")]))
L.step(False, carried=True, note="x - their gradient"); L.step(x - sp.Matrix([R("-0.0286"), R("0.0212")]) == sp.Matrix([R("1.0286"), R("-1.0212")]))
L.step(rounds_vec(["-0.0103", "0.0310"], gx)); L.step(x - sp.Matrix([R("-0.0103"), R("0.0310")]) == sp.Matrix([R("1.0103"), R("-1.0310")]))
# questions
L.step(abs(gx[1]) > abs(gx[0])); L.step(R("0.0310") > R("0.0103"))
L.step(rounds_vec(["0.0103", "0.0310"], gx.applyfunc(abs))); L.step(rounds("0.0310", max(abs(gx[0]), abs(gx[1]))))
L.done()
