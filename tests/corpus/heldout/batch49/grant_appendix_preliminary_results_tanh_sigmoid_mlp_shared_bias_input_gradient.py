"""Labels for grant_appendix_preliminary_results_tanh_sigmoid_mlp_shared_bias_input_gradient.tex: a grant
proposal's preliminary-results appendix (resubmission) with the review panel's comments quoted and the PI's
responses: tanh' by the quotient rule and its values, sigma', tanh''; a 2-2-1 sigmoid MLP (forward, backward, a
descent step); the input gradient W1^T delta; a shared bias over two sigmoid units (dL/db = delta1 + delta2, a
central difference, dL/dv, dL/dx, a step); a note added in revision. Slips: |tanh'| <= 1/4; d/dz tanh(2z) without
the inner 2 (its value carried); the second hidden slope miscopied 0.2641 (carried into delta_1, dL/dW1, dL/db1,
the input gradient and an input step); the layer rule a delta^T; the panel's W1 delta (carried on the worksheet's
delta); 0.0474 - 0.0713 written -0.0293; the averaged shared-bias gradient."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch49/grant_appendix_preliminary_results_tanh_sigmoid_mlp_shared_bias_input_gradient.tex")
z = sp.symbols("z", real=True)
sig = lambda t: 1 / (1 + sp.exp(-t))
E = sp.exp
# C.1
L.define(note="tanh definition")
u, w = E(z) - E(-z), E(z) + E(-z)
L.define(2, "u, w"); L.step(same(sp.diff(u, z), w, positive=False)); L.step(same(sp.diff(w, z), u, positive=False))
th = u / w
d1 = sp.diff(th, z)
L.step(same(d1, (sp.diff(u, z) * w - u * sp.diff(w, z)) / w ** 2, positive=False))
L.step(same(d1, (w ** 2 - u ** 2) / w ** 2, positive=False))
L.step(same(d1, 4 / w ** 2, positive=False)); L.step(same(d1, 1 - sp.tanh(z) ** 2, positive=False))
L.step(same(d1, sp.sech(z) ** 2, positive=False))
t5 = sp.tanh(R("0.5")); dt5 = 1 - t5 ** 2
L.step(rounds("0.4621", t5)); L.step(substituted(dt5, lambda a: 1 - a ** 2, "~0.4621"))
L.step(rounds("0.2135", R("0.4621") ** 2)); L.step(rounds("0.7865", 1 - R("0.2135"), dt5))
L.step(rounds("1.1276", sp.cosh(R("0.5")))); L.step(substituted(sp.sech(R("0.5")) ** 2, lambda c: 1 / c ** 2, "~1.1276"))
L.step(rounds("0.7865", 1 / R("1.1276") ** 2))
t1 = sp.tanh(1)
L.step(rounds("0.7616", t1)); L.step(substituted(1 - t1 ** 2, lambda a: 1 - a ** 2, "~0.7616"))
L.step(rounds("0.5800", R("0.7616") ** 2)); L.step(rounds("0.4200", 1 - R("0.5800"), 1 - t1 ** 2))
L.step(True, note="tanh^2 >= 0"); L.step(True, note="0 < sech^2"); L.step(True, note="sech^2 <= 1")
L.step(sp.sech(0) ** 2 == 1)
L.step(1 - sp.tanh(0) ** 2 <= sp.Rational(1, 4), note="fails at 0: tanh'(0) = 1")
L.define(note="sigma")
ds = sp.diff(sig(z), z)
L.step(same(ds, E(-z) / (1 + E(-z)) ** 2, positive=False)); L.step(same(ds, sig(z) * (1 - sig(z)), positive=False))
L.step(same(sp.Rational(1, 4) - sig(z) * (1 - sig(z)), (sig(z) - sp.Rational(1, 2)) ** 2, positive=False), note="1/4 - s(1-s) is a square")
L.step(ds.subs(z, 0) == R("0.25"))
L.step(same(sp.diff(sp.tanh(z), z, 2), -2 * sp.tanh(z) * (1 - sp.tanh(z) ** 2), positive=False))
L.step(substituted(-2 * t5 * dt5, lambda a, b: -2 * a * b, "~0.4621", "~0.7865"))
L.step(rounds("-0.7269", -2 * R("0.4621") * R("0.7865")))
# panel quote: stretched unit
stretched = sp.diff(sp.tanh(2 * z), z)
L.step(same(stretched, 1 - sp.tanh(2 * z) ** 2, positive=False), note="missing inner 2"); L.define(note="z = 0.25")
wrongrule = 1 - sp.tanh(2 * z) ** 2
L.step(stretched.subs(z, R("0.25")) == (1 - sp.tanh(R("0.5")) ** 2), carried=True)
L.step(rounds("0.7865", 1 - t5 ** 2, approx=True))
L.step(same(stretched, 2 * (1 - sp.tanh(2 * z) ** 2), positive=False)); L.define(note="z = 0.25")
L.step(substituted(stretched.subs(z, R("0.25")), lambda a: 2 * a, "~0.7865") and rounds("1.5730", 2 * R("0.7865")))
# C.2 network
L.define(2, "h, z1"); L.define(3, "yhat, z2, L")
L.define(6, "x, W1, b1, w2, b2, y")
x = [R("1.0"), R("0.5")]; W1 = [[R("0.4"), R("-0.2")], [R("0.3"), R("0.1")]]; b1 = [R("0.1"), R("-0.1")]
w2 = [R("0.6"), R("-0.5")]; b2 = R("0.2"); y = 1
z1 = [W1[i][0] * x[0] + W1[i][1] * x[1] + b1[i] for i in range(2)]
h = [sig(t) for t in z1]
L.step(True, note="z11 substitution"); L.step(z1[0] == R("0.4")); L.step(True, note="h1 = sigma(0.4)"); L.step(rounds("0.5987", h[0]))
L.step(True, note="z12 substitution"); L.step(z1[1] == R("0.25")); L.step(True, note="h2 = sigma(0.25)"); L.step(rounds("0.5622", h[1]))
z2 = w2[0] * h[0] + w2[1] * h[1] + b2
L.step(substituted(z2, lambda a, b: R("0.6") * a - R("0.5") * b + R("0.2"), "~0.5987", "~0.5622"))
L.step(rounds("0.3592", R("0.6") * R("0.5987")) and R("0.5") * R("0.5622") == R("0.2811"))
L.step(rounds("0.2781", R("0.3592") - R("0.2811") + R("0.2")))
yh = sig(z2)
L.step(substituted(yh, sig, "~0.2781")); L.step(rounds("0.5691", sig(R("0.2781")), yh))
Lval = (yh - y) ** 2 / 2
L.step(substituted(Lval, lambda a: (a - 1) ** 2 / 2, "~0.5691")); L.step(R("0.5691") - 1 == R("-0.4309"))
L.step(rounds("0.0928", R("0.4309") ** 2 / 2, Lval))
L.define(note="delta_out :=")
dout = (yh - y) * yh * (1 - yh)
L.step(True, note="(yhat - y) sigma'(z2)")
L.step(substituted(dout, lambda g, a, c: g * a * c, "~-0.4309", "~0.5691", "~0.4309"))
L.step(rounds("-0.1057", R("-0.4309") * R("0.5691") * R("0.4309"), dout))
gw2 = [dout * t for t in h]
L.step(True, note="delta_out h"); L.step(substituted(gw2[0], lambda a, b: a * b, "~-0.1057", "~0.5987") and substituted(gw2[1], lambda a, b: a * b, "~-0.1057", "~0.5622"))
L.step(rounds("-0.0633", R("-0.1057") * R("0.5987"), gw2[0]) and rounds("-0.0594", R("-0.1057") * R("0.5622"), gw2[1]))
L.step(True, note="dL/db2 = delta_out"); L.step(rounds("-0.1057", dout))
L.define(note="delta_1 :=")
L.step(True, note="delta_1 = (w2 delta_out) . h . (1 - h)")
dh = [w2[i] * dout for i in range(2)]
L.step(rounds("-0.0634", dh[0]) and rounds("0.0528", dh[1]))
sl = [t * (1 - t) for t in h]
L.step(substituted(sl[0], lambda a, b: a * b, "~0.5987", "~0.4013")); L.step(rounds("0.2403", R("0.5987") * R("0.4013"), sl[0]))
L.step(substituted(sl[1], lambda a, b: a * b, "~0.5622", "~0.4378")); L.step(rounds("0.2641", R("0.5622") * R("0.4378"), sl[1]), note="0.2461")
dl = [dh[i] * sl[i] for i in range(2)]
L.step(substituted(dl[0], lambda a, b: a * b, "~-0.0634", "~0.2403") and substituted(dl[1], lambda a, b: a * b, "~0.0528", "~0.2641"), carried=True)
L.step(rounds("-0.0152", R("-0.0634") * R("0.2403")) and rounds("0.0139", R("0.0528") * R("0.2641")))
L.step(True, note="dL/dW1 = delta x^T")
L.step(substituted(dl[1] * x[0], lambda a: a, "~0.0139"), carried=True)
L.step(rounds("-0.0076", R("-0.0152") * R("0.5")) and rounds("0.0070", R("0.0139") * R("0.5")) and rounds("0.0139", R("0.0139")))
L.step(True, note="dL/db1 = delta_1"); L.step(rounds("0.0139", dl[1]), carried=True)
L.step(False, note="a delta^T transposes"); L.define(note="a_0 = x"); L.step(True, note="delta a^T")
L.define(note="eta = 0.5")
L.define(note="b2 rule"); L.step(substituted(b2 - dout / 2, lambda d: R("0.2") - R("0.5") * d, "~-0.1057"))
L.step(rounds("0.2529", R("0.2") + R("0.5") * R("0.1057"), b2 - dout / 2))
nw2 = [w2[i] - gw2[i] / 2 for i in range(2)]
L.step(substituted(nw2[0], lambda g: R("0.6") - R("0.5") * g, "~-0.0633") and substituted(nw2[1], lambda g: R("-0.5") - R("0.5") * g, "~-0.0594"))
L.step(rounds("0.6316", nw2[0]) and rounds("-0.4703", nw2[1]))
# C.3
L.define(note="z1 = W1 x + b1")
L.step(True, note="chain rule"); L.step(True, note="dz1j/dxk = W1jk"); L.step(True, note="W1^T delta")
gx = [W1[0][k] * dl[0] + W1[1][k] * dl[1] for k in range(2)]
L.step(substituted(gx[1], lambda a, b: R("-0.2") * a + R("0.1") * b, "~-0.0152", "~0.0139"), carried=True)
L.step(rounds("-0.00608", R("0.4") * R("-0.0152")) and rounds("0.00417", R("0.3") * R("0.0139"))
       and rounds("0.00304", R("-0.2") * R("-0.0152")) and rounds("0.00139", R("0.1") * R("0.0139")))
L.step(rounds("-0.0019", R("-0.00608") + R("0.00417")) and rounds("0.0044", R("0.00304") + R("0.00139")))
L.define(note="input step rule")
L.step(substituted(x[0] - gx[0], lambda g: R("1.0") + g, "~0.0019"), carried=True)
L.step(R("1.0") + R("0.0019") == R("1.0019") and R("0.5") - R("0.0044") == R("0.4956"))
# panel: W1 delta
L.step(False, note="W1 delta for W1^T delta")
W1d = [W1[k][0] * dl[0] + W1[k][1] * dl[1] for k in range(2)]
L.step(substituted(W1d[1], lambda a, b: R("0.3") * a + R("0.1") * b, "~-0.0152", "~0.0139")
       and substituted(W1d[0], lambda a, b: R("0.4") * a - R("0.2") * b, "~-0.0152", "~0.0139"), carried=True)
L.step(rounds("-0.0089", R("0.4") * R("-0.0152") - R("0.2") * R("0.0139")) and rounds("-0.0032", R("0.3") * R("-0.0152") + R("0.1") * R("0.0139")))
L.step(True, note="W1^T delta")
# C.4 shared bias
L.define(2, "h_j, j = 1, 2"); L.define(3, "yhat, L, z_j")
L.step(True, note="two paths"); L.step(True, note="dz_j/db = 1"); L.define(note="delta_j :="); L.step(True, note="g v_j sigma'(z_j)")
L.define(7, "x, w1, w2, b, v1, v2, y")
X, wv, bb, v, Y = 2, [R("0.5"), R("-0.3")], R("0.1"), [R("1.0"), R("2.0")], 1
zz = [wv[j] * X + bb for j in range(2)]
hh = [sig(t) for t in zz]
L.step(True); L.step(zz[0] == R("1.1")); L.step(True); L.step(rounds("0.7503", hh[0]))
L.step(True); L.step(zz[1] == R("-0.5")); L.step(True); L.step(rounds("0.3775", hh[1]))
yy = v[0] * hh[0] + v[1] * hh[1]
L.step(substituted(yy, lambda a, b: a + 2 * b, "~0.7503", "~0.3775")); L.step(rounds("1.5053", R("0.7503") + 2 * R("0.3775")))
LL = (yy - Y) ** 2 / 2
L.step(substituted(LL, lambda a: (a - 1) ** 2 / 2, "~1.5053")); L.step(rounds("0.1277", (R("1.5053") - 1) ** 2 / 2, LL))
g = yy - Y
sls = [t * (1 - t) for t in hh]
L.define(note="g :="); L.step(rounds("0.5053", g)); L.step(rounds("0.1874", sls[0])); L.step(rounds("0.2350", sls[1]))
dd = [g * v[j] * sls[j] for j in range(2)]
L.step(substituted(dd[0], lambda a, b: a * b, "~0.5053", "~0.1874")); L.step(rounds("0.0947", R("0.5053") * R("0.1874")))
L.step(substituted(dd[1], lambda a, b: 2 * a * b, "~0.5053", "~0.2350")); L.step(rounds("0.2375", 2 * R("0.5053") * R("0.2350")))
db = dd[0] + dd[1]
bsym = sp.symbols("b", real=True)
Lb = ((v[0] * sig(wv[0] * X + bsym) + v[1] * sig(wv[1] * X + bsym) - Y) ** 2 / 2)
L.step(abs(sp.N(sp.diff(Lb, bsym).subs(bsym, bb) - db, 30)) < 1e-25)
L.step(substituted(db, lambda a, b: a + b, "~0.0947", "~0.2375")); L.step(R("0.0947") + R("0.2375") == R("0.3322"))
L.define(note="epsilon")
Lp, Lm = Lb.subs(bsym, R("0.101")), Lb.subs(bsym, R("0.099"))
L.step(rounds("0.128017", Lp) and rounds("0.127353", Lm)); L.step(rounds("0.3320", (R("0.128017") - R("0.127353")) / R("0.002")))
L.step(True, note="dL/dv_j = g h_j")
L.step(substituted(g * hh[0], lambda a, b: a * b, "~0.5053", "~0.7503")); L.step(rounds("0.3791", R("0.5053") * R("0.7503")))
L.step(substituted(g * hh[1], lambda a, b: a * b, "~0.5053", "~0.3775")); L.step(rounds("0.1908", R("0.5053") * R("0.3775"), g * hh[1]))
dx = dd[0] * wv[0] + dd[1] * wv[1]
L.step(True, note="two paths to x")
L.step(substituted(dx, lambda a, b: a * R("0.5") + b * R("-0.3"), "~0.0947", "~0.2375"))
L.step(substituted(dx, lambda a, b: a - b, "~0.0474", "~0.0713"))
L.step(rounds("-0.0293", R("0.0474") - R("0.0713")), note="-0.0239")
L.define(2, "eta = 0.1, b rule"); L.step(substituted(bb - db / 10, lambda a: R("0.1") - R("0.1") * a, "~0.3322"))
L.step(rounds("0.0668", R("0.1") - R("0.1") * R("0.3322")))
L.step(False, note="averaged over the paths"); L.step(True, note="1/2 (0.3322)"); L.step(R("0.3322") / 2 == R("0.1661"))
# C.5 revision
L.step(substituted(sl[1], lambda a, b: a * b, "~0.5622", "~0.4378")); L.step(rounds("0.2461", R("0.5622") * R("0.4378"), sl[1]))
L.step(substituted(dl[1], lambda a, b: a * b, "~0.0528", "~0.2461")); L.step(rounds("0.0130", R("0.0528") * R("0.2461"), dl[1]))
L.step(rounds("0.0130", dl[1])); L.step(rounds("0.0130", dl[1] * x[0])); L.step(rounds("0.0065", dl[1] * x[1]))
L.step(substituted(gx[0], lambda a, b: R("0.4") * a + R("0.3") * b, "~-0.0152", "~0.0130")
       and substituted(gx[1], lambda a, b: R("-0.2") * a + R("0.1") * b, "~-0.0152", "~0.0130"))
L.step(rounds("-0.0022", R("0.4") * R("-0.0152") + R("0.3") * R("0.0130")) and rounds("0.0043", R("-0.2") * R("-0.0152") + R("0.1") * R("0.0130")))
L.define(note="epsilon")
def Lx(x1, x2):
    zz1 = [W1[i][0] * x1 + W1[i][1] * x2 + b1[i] for i in range(2)]
    hh1 = [sig(t) for t in zz1]
    return (sig(w2[0] * hh1[0] + w2[1] * hh1[1] + b2) - 1) ** 2 / 2
L.step(rounds("0.0928411", Lx(R("1.001"), R("0.5"))) and rounds("0.0928455", Lx(R("0.999"), R("0.5"))))
L.step(rounds("-0.0022", (R("0.0928411") - R("0.0928455")) / R("0.002")))
L.done()
