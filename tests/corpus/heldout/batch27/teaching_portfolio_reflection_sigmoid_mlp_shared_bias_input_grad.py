"""Labels for teaching_portfolio_reflection_sigmoid_mlp_shared_bias_input_grad.tex: a new lecturer's
teaching-portfolio entry copying out the board work of a 2-2-1 sigmoid network whose two hidden units share
one bias b (pmatrix/bmatrix, 4 decimals carried, `:=`, `\\gets`, a `\\pd` macro): forward, delta_o, dL/dv,
dL/dc, hidden deltas, dL/db = delta_1 + delta_2, dL/dW1 = delta x^T, dL/dx = W1^T delta, one SGD step; the
correction; the students' errors quoted. Slips: 0.6457 x 0.3543 = 0.2828 (for 0.2288, two digits transposed), carried into
delta_2, dL/db, dL/dW1, dL/dx and the b update; the students' dL/db = delta_1, W1 delta without the
transpose (its saliency carried), the reversed error signal (its v_1 update carried), sigma' with a +."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch27/teaching_portfolio_reflection_sigmoid_mlp_shared_bias_input_grad.tex")
sig = lambda z: 1 / (1 + sp.exp(-z))
x = sp.Matrix([R("0.5"), R("1.0")]); y = 1
W1 = sp.Matrix([[R("0.6"), R("-0.2")], [R("0.6"), R("0.2")]]); b = R("0.1")
v = sp.Matrix([R("0.4"), R("-0.6")]); c = R("-0.1"); eta = R("0.5")
L.define(2, "x, y"); L.define(5, "W1, b, v, c, eta"); L.define(4, "z, h, y-hat, L")
# exact forward/backward
z = W1 * x + b * sp.ones(2, 1)
h = z.applyfunc(sig)
zo = (v.T * h)[0] + c
yh = sig(zo)
Lv = (yh - y) ** 2 / 2
do = (yh - y) * yh * (1 - yh)
dv = do * h
dh = sp.Matrix([do * v[j] * h[j] * (1 - h[j]) for j in range(2)])
db = dh[0] + dh[1]
dW = dh * x.T
dx = W1.T * dh
# the shared-bias and input gradients against sympy's own derivative of the same network
xs = sp.symbols("x1 x2"); bs = sp.Symbol("b")
zz = [W1[j, 0] * xs[0] + W1[j, 1] * xs[1] + bs for j in range(2)]
LL = (sig(v[0] * sig(zz[0]) + v[1] * sig(zz[1]) + c) - 1) ** 2 / 2
pt = {xs[0]: x[0], xs[1]: x[1], bs: b}
assert abs(sp.N(sp.diff(LL, bs).subs(pt) - db, 30)) < 1e-25
assert all(abs(sp.N(sp.diff(LL, xs[i]).subs(pt) - dx[i], 30)) < 1e-25 for i in range(2))
isround = lambda w, val: rounds(w, val)          # a written number that is a rounding of the right value
L.step(z[0] == R("0.6") * R("0.5") - R("0.2") * R("1.0") + R("0.1")); L.step(z[0] == R("0.2"))
L.step(True, note="h1 = sigma(0.2)"); L.step(rounds("0.5498", h[0]))
L.step(z[1] == R("0.6") * R("0.5") + R("0.2") * R("1.0") + R("0.1")); L.step(z[1] == R("0.6"))
L.step(True, note="h2 = sigma(0.6)"); L.step(rounds("0.6457", h[1]))
L.step(substituted(zo, lambda a, bb: R("0.4") * a - R("0.6") * bb - R("0.1"), "~0.5498", "~0.6457"))
L.step(R("0.4") * R("0.5498") == R("0.21992") and R("0.6") * R("0.6457") == R("0.38742"))
L.step(rounds("-0.2675", R("0.21992") - R("0.38742") - R("0.1")))
L.step(substituted(yh, lambda a: sig(a), "~-0.2675")); L.step(rounds("0.4335", sig(R("-0.2675")), yh))
L.step(substituted(Lv, lambda a: (a - 1) ** 2 / 2, "~0.4335")); L.step(rounds("0.1605", (R("0.4335") - 1) ** 2 / 2, Lv))
t = sp.Symbol("t")
L.step(same(sp.diff(sig(t), t), sig(t) * (1 - sig(t)), positive=False)); L.step(True, note="dL/dy-hat = y-hat - y")
L.define(note="delta_o :="); L.step(True, note="chain rule (y-hat - y) y-hat (1 - y-hat)")
L.step(substituted(do, lambda a, bb, cc: a * bb * cc, "~-0.5665", "~0.4335", "~0.5665") and R("0.4335") - 1 == R("-0.5665"))
L.step(substituted(do, lambda a, bb: a * bb, "~-0.5665", "~0.2456") and rounds("0.2456", R("0.4335") * R("0.5665")))
L.step(rounds("-0.1391", R("-0.5665") * R("0.2456"), do))
L.step(True, note="dL/dv = delta_o h")
L.step(substituted(dv[0], lambda a, bb: a * bb, "~-0.1391", "~0.5498") and substituted(dv[1], lambda a, bb: a * bb, "~-0.1391", "~0.6457"))
L.step(rounds("-0.0765", R("-0.1391") * R("0.5498")) and rounds("-0.0898", R("-0.1391") * R("0.6457")))
L.step(True, note="dL/dc = delta_o"); L.step(rounds("-0.1391", do))
L.define(note="delta_j :="); L.step(True, note="delta_o v_j h_j (1 - h_j)")
L.step(substituted(h[0] * (1 - h[0]), lambda a, bb: a * bb, "~0.5498", "~0.4502")); L.step(rounds("0.2475", R("0.5498") * R("0.4502")))
L.step(substituted(dh[0], lambda a, bb: a * R("0.4") * bb, "~-0.1391", "~0.2475"))
L.step(R("-0.1391") * R("0.4") == R("-0.05564")); L.step(rounds("-0.0138", R("-0.05564") * R("0.2475"), dh[0]))
a2 = h[1] * (1 - h[1])
L.step(substituted(a2, lambda a, bb: a * bb, "~0.6457", "~0.3543")); L.step(rounds("0.2828", R("0.6457") * R("0.3543"), a2))
L.step(isround("0.2828", a2), carried=True, note="delta_2 on 0.2828")
L.step(R("-0.1391") * R("-0.6") == R("0.08346")); L.step(rounds("0.0236", R("0.08346") * R("0.2828")))
L.step(True, note="two paths"); L.step(True, note="dz_j/db = 1")
L.step(isround("0.0236", dh[1]), carried=True); L.step(R("-0.0138") + R("0.0236") == R("0.0098"))
L.step(True, note="dL/dW1 = delta x^T")
L.step(isround("0.0236", dh[1]), carried=True)
L.step(sp.Matrix([R("-0.0138"), R("0.0236")]) * sp.Matrix([[R("0.5"), R("1.0")]]) == sp.Matrix([[R("-0.0069"), R("-0.0138")], [R("0.0118"), R("0.0236")]]))
L.step(dx == W1.T * dh, note="dx was checked against sympy's dL/dx above")
L.step(isround("0.0236", dh[1]), carried=True)
L.step(R("0.6") * R("-0.0138") == R("-0.00828") and R("0.6") * R("0.0236") == R("0.01416") and R("-0.2") * R("-0.0138") == R("0.00276") and R("0.2") * R("0.0236") == R("0.00472"))
L.step(rounds("0.0059", R("-0.00828") + R("0.01416")) and rounds("0.0075", R("0.00276") + R("0.00472")))
L.define(note="SGD rule")
L.step(substituted(v[0] - eta * dv[0], lambda a: R("0.4") - R("0.5") * a, "~-0.0765")); L.step(R("0.4") - R("0.5") * R("-0.0765") == R("0.43825"))
L.step(substituted(v[1] - eta * dv[1], lambda a: R("-0.6") - R("0.5") * a, "~-0.0898")); L.step(R("-0.6") - R("0.5") * R("-0.0898") == R("-0.5551"))
L.step(substituted(c - eta * do, lambda a: R("-0.1") - R("0.5") * a, "~-0.1391")); L.step(R("-0.1") - R("0.5") * R("-0.1391") == R("-0.03045"))
L.step(isround("0.0098", db), carried=True); L.step(R("0.1") - R("0.5") * R("0.0098") == R("0.0951"))
# the correction
L.step(rounds("0.2288", R("0.6457") * R("0.3543"), a2))
L.step(substituted(dh[1], lambda a, bb: a * bb, "~0.08346", "~0.2288")); L.step(rounds("0.0191", R("0.08346") * R("0.2288"), dh[1]))
L.step(substituted(db, lambda a, bb: a + bb, "~-0.0138", "~0.0191") and isround("-0.0138", dh[0]) and isround("0.0191", dh[1]))
L.step(R("-0.0138") + R("0.0191") == R("0.0053"))
L.step(substituted(dx[0], lambda a, bb: R("0.6") * a + R("0.6") * bb, "~-0.0138", "~0.0191") and substituted(dx[1], lambda a, bb: R("-0.2") * a + R("0.2") * bb, "~-0.0138", "~0.0191"))
L.step(rounds("0.0032", R("0.6") * R("-0.0138") + R("0.6") * R("0.0191")) and rounds("0.0066", R("-0.2") * R("-0.0138") + R("0.2") * R("0.0191")))
L.step(substituted(b - eta * db, lambda a: R("0.1") - R("0.5") * a, "~0.0053") and isround("0.0053", db)); L.step(R("0.1") - R("0.5") * R("0.0053") == R("0.09735"))
# students' errors
L.step(db == dh[0]); L.step(rounds("-0.0138", dh[0]))
W1d = W1 * dh
L.step(W1d == dx)
L.step(substituted(W1d[0], lambda a, bb: R("0.6") * a - R("0.2") * bb, "~-0.0138", "~0.0191") and substituted(W1d[1], lambda a, bb: R("0.6") * a + R("0.2") * bb, "~-0.0138", "~0.0191"))
L.step(rounds("-0.0121", R("0.6") * R("-0.0138") - R("0.2") * R("0.0191")) and rounds("-0.0045", R("0.6") * R("-0.0138") + R("0.2") * R("0.0191")))
L.step(rounds("0.0121", abs(dx[0])), carried=rounds("0.0121", abs(R("-0.0121"))))
L.step(same((y - yh) * yh * (1 - yh), do)); L.step(rounds("0.1391", R("0.5665") * R("0.2456")))
L.step(isround("0.1391", do), carried=True)
L.step(rounds("0.3618", R("0.4") - R("0.5") * R("0.1391") * R("0.5498")))
L.step(same(sp.diff(sig(t), t), sig(t) * (1 + sig(t)), positive=False))
L.step(True, note="dL/db = sum_j delta_j")
L.done()
