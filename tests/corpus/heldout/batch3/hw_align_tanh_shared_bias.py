"""Labels for hw_align_tanh_shared_bias.tex: a 2-2-1 tanh net with one bias shared by both hidden
units, forward and backward by hand (4 decimals carried), a sign slip in 1 - h_2^2 carried into
delta_2, dL/db and the bias update; SGD with weight decay, a slip in the decay term."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch3/hw_align_tanh_shared_bias.tex")
x1, x2, y = R("0.5"), R("-1"), R("0.2")
w1, w2, w3, w4, b, v1, v2 = (R(s) for s in "0.4 -0.3 -0.6 0.2 0.1 0.7 -0.5".split())
L.define(2); L.define(3); L.define(9)
a1, a2 = w1 * x1 + w2 * x2 + b, w3 * x1 + w4 * x2 + b
L.step(a1 == R("0.2") + R("0.3") + R("0.1")); L.step(R("0.2") + R("0.3") + R("0.1") == R("0.6")); L.step(a1 == R("0.6"))
L.step(a2 == R("-0.3") - R("0.2") + R("0.1")); L.step(R("-0.3") - R("0.2") + R("0.1") == R("-0.4")); L.step(a2 == R("-0.4"))
h1, h2 = sp.tanh(a1), sp.tanh(a2)
L.step(True, note="h1 = tanh(0.6): the definition at a1"); L.step(rounds("0.5370", h1))
L.step(True, note="h2 = tanh(-0.4)"); L.step(rounds("-0.3799", h2))
yh = v1 * h1 + v2 * h2
L.step(substituted(yh, lambda a, c: v1 * a + v2 * c, "~0.5370", "~-0.3799"))
L.step(rounds("0.3759", v1 * h1) and rounds("0.1900", v2 * h2))
L.step(rounds("0.5659", yh, R("0.3759") + R("0.1900")))
Lx = (yh - y) ** 2 / 2
L.step(substituted(Lx, lambda a: (a - y) ** 2 / 2, "~0.5659")); L.step(rounds("0.3659", R("0.5659") - y))
L.step(rounds("0.0669", Lx, R("0.3659") ** 2 / 2))
# symbolic backward pass
X1, X2, W1, W2, W3, W4, B, V1, V2, Y, A = sp.symbols("x1 x2 w1 w2 w3 w4 b v1 v2 y a", real=True)
L.define(2); L.step(same(sp.diff(sp.tanh(A), A), 1 - sp.tanh(A) ** 2, positive=False))
A1, A2 = sp.symbols("A1 A2", real=True)
H1, H2 = sp.tanh(A1), sp.tanh(A2)
loss = (V1 * H1 + V2 * H2 - Y) ** 2 / 2
dL_da1 = sp.diff(loss, A1)
chain = sp.diff(loss, V1 * H1 + V2 * H2 - Y + Y) if False else (V1 * H1 + V2 * H2 - Y) * V1 * sp.diff(H1, A1)
L.step(same(dL_da1, chain, positive=False))
L.step(same(dL_da1, (V1 * H1 + V2 * H2 - Y) * V1 * (1 - H1 ** 2), positive=False))
full = loss.subs({A1: W1 * X1 + W2 * X2 + B, A2: W3 * X1 + W4 * X2 + B})
d1 = dL_da1.subs({A1: W1 * X1 + W2 * X2 + B, A2: W3 * X1 + W4 * X2 + B})
d2 = sp.diff(loss, A2).subs({A1: W1 * X1 + W2 * X2 + B, A2: W3 * X1 + W4 * X2 + B})
L.step(same(sp.diff(full, B), d1 * 1 + d2 * 1, positive=False)); L.step(True, note="delta_i * 1 = delta_i")
# numbers
delta = yh - y
L.step(substituted(delta, lambda a: a - y, "~0.5659")); L.step(rounds("0.3659", R("0.5659") - y))
L.step(substituted(1 - h1 ** 2, lambda a: 1 - a ** 2, "~0.5370")); L.step(rounds("0.2884", R("0.5370") ** 2)); L.step(rounds("0.7116", 1 - h1 ** 2, 1 - R("0.2884")))
L.step(substituted(1 - h2 ** 2, lambda a: 1 - a ** 2, "~-0.3799"))
L.step(1 - R("-0.3799") ** 2 == 1 + R("0.1443") or rounds("1.1443", 1 + R("-0.3799") ** 2) and False, note="sign slip")
L.step(1 + R("0.1443") == R("1.1443"))
d1n, d2n = delta * v1 * (1 - h1 ** 2), delta * v2 * (1 - h2 ** 2)
L.step(substituted(d1n, lambda a, c: a * v1 * c, "~0.3659", "~0.7116")); L.step(rounds("0.1823", d1n, R("0.3659") * v1 * R("0.7116")))
L.step(substituted(d2n, lambda a, c: a * v2 * c, "~0.3659", "~1.1443"),
       carried=substituted(delta * v2 * R("1.1443"), lambda a, c: a * v2 * c, "~0.3659", "~1.1443"))
L.step(rounds("-0.2093", R("0.3659") * v2 * R("1.1443")))
L.step(substituted(d1n + d2n, lambda a, c: a + c, "~0.1823", "~-0.2093"), carried=True, note="right on the writer's delta_2")
L.step(rounds("-0.0270", R("0.1823") - R("0.2093")))
dv1, dv2 = delta * h1, delta * h2
L.step(True, note="dL/dv1 = delta h1"); L.step(substituted(dv1, lambda a, c: a * c, "~0.3659", "~0.5370")); L.step(rounds("0.1965", dv1))
L.step(True, note="dL/dv2 = delta h2"); L.step(substituted(dv2, lambda a, c: a * c, "~0.3659", "~-0.3799")); L.step(rounds("-0.1390", dv2))
eta, lam = R("0.2"), R("0.01")
L.define(3)
v1new = v1 - eta * (dv1 + lam * v1)
L.step(substituted(v1new, lambda g: v1 - eta * (g + lam * v1), "~0.1965"))
L.step(R("0.7") - R("0.2") * (R("0.1965") + R("0.007")) == R("0.7") - R("0.2") * R("0.2035"))
L.step(rounds("0.6593", v1new, R("0.7") - R("0.2") * R("0.2035")))
v2new = v2 - eta * (dv2 + lam * v2)
L.step(substituted(v2new, lambda g, dec: v2 - eta * (g + dec), "~-0.1390", "0.005"), note="decay term has the wrong sign")
L.step(R("-0.1390") + R("0.005") == R("-0.1340")); L.step(rounds("-0.4732", v2 - eta * R("-0.1340")))
bnew = b - eta * (d1n + d2n)
L.step(substituted(bnew, lambda g: b - eta * g, "~-0.0270"), carried=True); L.step(rounds("0.1054", b - eta * R("-0.0270")))
dx1, dx2 = d1n * w1 + d2n * w3, d1n * w2 + d2n * w4
L.step(True, note="both paths from x1")
L.step(substituted(dx1, lambda a, c: a * w1 + c * w3, "~0.1823", "~-0.2093"), carried=True)
L.step(rounds("0.0729", R("0.1823") * w1) and rounds("0.1256", R("-0.2093") * w3)); L.step(R("0.0729") + R("0.1256") == R("0.1985"))
L.step(True, note="both paths from x2")
L.step(substituted(dx2, lambda a, c: a * w2 + c * w4, "~0.1823", "~-0.2093"), carried=True)
L.step(rounds("-0.0547", R("0.1823") * w2) and rounds("-0.0419", R("-0.2093") * w4)); L.step(R("-0.0547") - R("0.0419") == R("-0.0966"))
A_ = sp.Symbol("a", positive=True)
L.step(same(sp.diff(sp.tanh(A_) ** 2, A_), 2 * sp.tanh(A_) * (1 - sp.tanh(A_) ** 2)))
L.step(same(sp.diff(sp.log(sp.tanh(A_)), A_), 1 / sp.tanh(A_)))
L.step(same(sp.diff(sp.tanh(A_), A_, 2), -2 * sp.tanh(A_) * (1 - sp.tanh(A_) ** 2)))
L.step(same(sp.diff(sp.tanh(2 * A_), A_), 1 - sp.tanh(2 * A_) ** 2))
t05 = 1 - sp.tanh(R("0.5")) ** 2
L.step(substituted(t05, lambda a: 1 - a, "~0.4621")); L.step(1 - R("0.4621") == R("0.5379"))
L.step(substituted(t05, lambda a: 1 - a ** 2, "~0.4621")); L.step(rounds("0.7865", t05, 1 - R("0.4621") ** 2))
L.step(same(sp.diff(sp.sech(A_), A_), sp.sech(A_) * sp.tanh(A_))); L.step(same(sp.tanh(-A_), sp.tanh(A_)))
L.done()
