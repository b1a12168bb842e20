"""Labels for quiz_key_gelu_swish_softplus_shared_bias_mlp.tex: a student's quiz with the grader's notes.
Q1: softplus' written as sigma(-x) (carried into softplus'(2)), sigma'(0) = 0.5, swish', GELU' without the x
(right at x = 1, carried at -1 and 0), the tanh approximation of GELU, d/dx sigma(2x) without the 2, the
derivative of log(1 - sigma) with its sign lost, leaky ReLU. Q2: a sigmoid MLP whose two hidden units share one
bias: forward pass, L without the half, dL/dc times c, the shared-bias gradient taken from unit 1 only (carried
into the update), the input gradient with the weight matrix transposed (carried into its norm)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch17/quiz_key_gelu_swish_softplus_shared_bias_mlp.tex")
x = sp.symbols("x", real=True)
sig = 1 / (1 + sp.exp(-x))
Phi = (1 + sp.erf(x / sp.sqrt(2))) / 2
phi = sp.exp(-x ** 2 / 2) / sp.sqrt(2 * sp.pi)
sp_ = sp.log(1 + sp.exp(x))
L.define(note="sigma")
L.define(note="softplus"); L.step(same(sp.diff(sp_, x), 1 / (1 + sp.exp(x)), positive=False), note="sigma(x)")
L.step(same(sp.diff(sp_, x, 2), sig * (1 - sig), positive=False))
L.step(sp_.subs(x, 0) == sp.log(2)); L.step(rounds("0.6931", sp.log(2)))
L.step(sp_.subs(x, 2) == sp.log(1 + sp.exp(2))); L.step(rounds("8.3891", 1 + sp.exp(2))); L.step(rounds("2.1269", sp.log(R("8.3891")), sp_.subs(x, 2)))
L.step(sp.simplify(sp_.subs(x, -2) - (sp_.subs(x, 2) - 2)) == 0); L.step(rounds("0.1296", sp_.subs(x, -2), R("2.1269") - 2), note="0.1269")
L.step(same(sp_ - sp_.subs(x, -x), x, positive=False)); L.step(same(sig.subs(x, -x), 1 - sig, positive=False))
L.step(sp.diff(sp_, x).subs(x, 2) == 1 / (1 + sp.exp(2)), carried=True); L.step(rounds("0.1192", 1 / (1 + sp.exp(2))))
ds0 = sp.diff(sig, x).subs(x, 0)
L.step(ds0 == sig.subs(x, 0) * (1 - sig.subs(x, 0))); L.step(ds0 == R("0.5") * R("0.5")); L.step(R("0.5") * R("0.5") == R("0.5"))
L.step(sp.diff(sp_, x, 2).subs(x, 0) == R("0.25"))
u = sp.symbols("u", positive=True)
L.step(same(sp_.subs(x, sp.log(sp.exp(u) + 1)), u), note="log(e^u - 1)")
sw = x * sig
L.define(note="swish")
L.step(same(sp.diff(sw, x), sig + x * sig * (1 - sig), positive=False)); L.step(same(sig + x * sig * (1 - sig), sw + sig * (1 - sw), positive=False))
s1 = sig.subs(x, 1)
L.define(note="x = 1"); L.step(rounds("0.7311", s1))
d1 = sp.diff(sw, x).subs(x, 1)
L.step(substituted(d1, lambda a, b: a + a * b, "~0.7311", "~0.2689") and rounds("0.2689", 1 - s1))
L.step(rounds("0.1966", R("0.7311") * R("0.2689"), s1 * (1 - s1))); L.step(rounds("0.9277", R("0.7311") + R("0.1966"), d1))
ge = x * Phi
dge = sp.diff(ge, x)
L.define(note="GELU")
L.step(same(dge, Phi + phi, positive=False), note="x phi")
P1, p1 = Phi.subs(x, 1), phi.subs(x, 1)
L.step(substituted(dge.subs(x, 1), lambda a, b: a + b, "~0.8413", "~0.2420") and rounds("0.8413", P1) and rounds("0.2420", p1))
L.step(R("0.8413") + R("0.2420") == R("1.0833"))
L.step(substituted(dge.subs(x, -1), lambda a, b: a + b, "~0.1587", "~0.2420"), carried=True); L.step(R("0.1587") + R("0.2420") == R("0.4007"))
L.step(substituted(dge.subs(x, 0), lambda a, b: a + b, "0.5", "~0.3989"), carried=True); L.step(R("0.5") + R("0.3989") == R("0.8989"))
L.step(ge.subs(x, 1) == P1); L.step(rounds("0.8413", P1))
L.step(sp.simplify(ge.subs(x, -1) + Phi.subs(x, -1)) == 0); L.step(rounds("-0.1587", -Phi.subs(x, -1)))
L.define(note="x = 1")
k = sp.sqrt(2 / sp.pi)
L.step(rounds("0.7979", k)); L.step(rounds("0.8336", R("0.7979") * R("1.044715"), k * R("1.044715")))
L.step(rounds("0.6824", sp.tanh(R("0.8336")))); L.step((1 + R("0.6824")) / 2 == R("0.8412"))
L.step(rounds("0.8413", R("0.8412"), approx=True) and rounds("0.8413", P1))
L.step(same(sp.tanh(x), 2 * sig.subs(x, 2 * x) - 1, positive=False))
L.step(same(sp.diff(sig.subs(x, 2 * x), x), sig.subs(x, 2 * x) * (1 - sig.subs(x, 2 * x)), positive=False), note="factor 2")
L.step(same(sp.diff(sp.tanh(x), x), 1 - sp.tanh(x) ** 2, positive=False)); L.define(note="x = 0.5")
L.step(rounds("0.4621", sp.tanh(R("0.5")))); L.step(substituted(1 - sp.tanh(R("0.5")) ** 2, lambda a: 1 - a ** 2, "~0.4621") and rounds("0.2135", R("0.4621") ** 2))
L.step(1 - R("0.2135") == R("0.7865"))
L.step(same(sp.diff(sp.log(sig), x), 1 - sig, positive=False)); L.step(same(sp.diff(sp.log(1 - sig), x), sig, positive=False), note="-sigma")
L.define(3, "cases, x > 0, x < 0"); L.step(R("0.01") * -3 == R("-0.03")); L.step(True, note="f'(-3) = 0.01")
# Q2
L.define(4, "x, h_j, b, j"); L.define(7, "w1, w2, yhat, v, c, y, L")
xv = [1, -1]; W = [[R("0.5"), R("-0.5")], [R("1.0"), R("0.5")]]; b = R("0.5"); v = [R("1.5"), R("-0.5")]; c = R("-0.5"); y = 1
a = [W[j][0] * xv[0] + W[j][1] * xv[1] + b for j in range(2)]
h = [sig.subs(x, t) for t in a]
L.step(a[0] == R("0.5") * 1 + R("-0.5") * (-1) + R("0.5")); L.step(a[0] == R("1.5")); L.step(h[0] == sig.subs(x, R("1.5"))); L.step(rounds("0.8176", h[0]))
L.step(a[1] == R("1.0") * 1 + R("0.5") * (-1) + R("0.5")); L.step(a[1] == R("1.0")); L.step(h[1] == sig.subs(x, 1)); L.step(rounds("0.7311", h[1]))
yh = v[0] * h[0] + v[1] * h[1] + c
L.step(substituted(yh, lambda p, q: R("1.5") * p - R("0.5") * q - R("0.5"), "~0.8176", "~0.7311"))
L.step(rounds("0.3608", R("1.5") * R("0.8176") - R("0.5") * R("0.7311") - R("0.5"), yh))
Lv = (yh - y) ** 2 / 2
L.step(substituted(Lv, lambda p: (p - 1) ** 2 / 2, "~0.3608")); L.step(R("0.6392") ** 2 == (R("0.3608") - 1) ** 2 / 2, note="half dropped")
L.step(rounds("0.4086", R("0.6392") ** 2))
d = yh - y
L.step(True, note="dL/dyhat = yhat - y"); L.step(substituted(d, lambda p: p - 1, "~0.3608") and R("0.3608") - 1 == R("-0.6392"))
L.step(substituted(d * h[0], lambda p, q: p * q, "~-0.6392", "~0.8176")); L.step(rounds("-0.5226", R("-0.6392") * R("0.8176"), d * h[0]))
L.step(substituted(d * h[1], lambda p, q: p * q, "~-0.6392", "~0.7311")); L.step(rounds("-0.4673", R("-0.6392") * R("0.7311"), d * h[1]))
L.step(d == d * c, note="dL/dc = yhat - y"); L.step(R("-0.6392") * R("-0.5") == R("0.3196"))
L.define(note="delta_j")
L.step(True, note="delta_j chain rule")
bs = sp.symbols("bs")
ash = [W[j][0] * xv[0] + W[j][1] * xv[1] + bs for j in range(2)]
yhs = v[0] * sig.subs(x, ash[0]) + v[1] * sig.subs(x, ash[1]) + c
sd = [t * (1 - t) for t in h]
delta = [d * v[j] * sd[j] for j in range(2)]
L.step(substituted(sd[0], lambda p, q: p * q, "~0.8176", "~0.1824") and rounds("0.1824", 1 - h[0])); L.step(rounds("0.1491", R("0.8176") * R("0.1824"), sd[0]))
L.step(substituted(delta[0], lambda p, q: R("1.5") * p * q, "~-0.6392", "~0.1491")); L.step(rounds("-0.1430", R("-0.6392") * R("1.5") * R("0.1491"), delta[0]))
L.step(substituted(sd[1], lambda p, q: p * q, "~0.7311", "~0.2689")); L.step(rounds("0.1966", R("0.7311") * R("0.2689"), sd[1]))
L.step(substituted(delta[1], lambda p, q: R("-0.5") * p * q, "~-0.6392", "~0.1966")); L.step(rounds("0.0628", R("0.3196") * R("0.1966"), delta[1]))
gb = sp.diff((yhs - y) ** 2 / 2, bs).subs(bs, b)
L.step(abs(sp.N(gb - delta[0], 30)) < 1e-25, note="delta1 + delta2"); L.step(R("-0.1430") == R("-0.1430"))
L.define(note="eta = 1")
L.step(substituted(b - gb, lambda p: R("0.5") - p, "~-0.1430"), carried=True)
L.step(R("0.5") - 1 * R("-0.1430") == R("0.6430"))
gx = [sum(W[j][i] * delta[j] for j in range(2)) for i in range(2)]
t1 = W[0][0] * delta[0] + W[0][1] * delta[1]; t2 = W[1][0] * delta[0] + W[1][1] * delta[1]
L.step(abs(sp.N(gx[0] - t1, 30)) < 1e-25, note="w_j1")
L.step(substituted(t1, lambda p, q: R("0.5") * p - R("0.5") * q, "~-0.1430", "~0.0628"))
L.step(R("0.5") * R("-0.1430") - R("0.5") * R("0.0628") == R("-0.1029"))
L.step(abs(sp.N(gx[1] - t2, 30)) < 1e-25, note="w_j2")
L.step(substituted(t2, lambda p, q: p + R("0.5") * q, "~-0.1430", "~0.0628"))
L.step(R("-0.1430") + R("0.5") * R("0.0628") == R("-0.1116"))
L.step(substituted(sp.sqrt(gx[0] ** 2 + gx[1] ** 2), lambda p, q: sp.sqrt(p ** 2 + q ** 2), "~-0.1029", "~-0.1116"), carried=True)
L.step(rounds("0.1518", sp.sqrt(R("0.1029") ** 2 + R("0.1116") ** 2)))
L.step(same(sp.diff(sp_, x), sig, positive=False)); L.step(same(sig, 1 / (1 + sp.exp(-x)), positive=False)); L.step(same(dge, Phi + x * phi, positive=False))
L.define(note="x = 1"); L.step(substituted(dge.subs(x, -1), lambda p, q: p - q, "~0.1587", "~0.2420")); L.step(R("0.1587") - R("0.2420") == R("-0.0833"))
L.step(same(sp.diff(sp.log(1 - sig), x), -sig, positive=False))
L.step(abs(sp.N(gb - delta[0] - delta[1], 30)) < 1e-25); L.step(substituted(gb, lambda p, q: p + q, "~-0.1430", "~0.0628")); L.step(R("-0.1430") + R("0.0628") == R("-0.0802"))
L.step(substituted(b - gb, lambda p: R("0.5") - p, "~-0.0802")); L.step(R("0.5") + R("0.0802") == R("0.5802"))
L.step(substituted(Lv, lambda p: p ** 2 / 2, "~0.6392")); L.step(rounds("0.2043", R("0.6392") ** 2 / 2, Lv))
L.step(True, note="dL/dc = yhat - y"); L.step(substituted(d, lambda p: p, "~-0.6392"))
L.step(True, note="sum_j w_ji delta_j")
L.step(substituted(gx[0], lambda p, q: R("0.5") * p + q, "~-0.1430", "~0.0628")); L.step(R("0.5") * R("-0.1430") + R("0.0628") == R("-0.0087"))
L.step(substituted(gx[1], lambda p, q: R("-0.5") * p + R("0.5") * q, "~-0.1430", "~0.0628")); L.step(R("0.5") * R("0.1430") + R("0.5") * R("0.0628") == R("0.1029"))
L.done()
