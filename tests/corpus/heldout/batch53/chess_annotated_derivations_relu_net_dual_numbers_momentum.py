"""Labels for chess_annotated_derivations_relu_net_dual_numbers_momentum.tex: three students' board work annotated
like chess games (moves, !/?/??/?! marks, variations in shaded boxes). A 2-3-1 ReLU net with squared loss (forward
with a switched-off unit, delta, output gradients, the mask, delta1, dL/dW1, the input gradient W1^T delta1, an SGD
step with eta = 0.1 that overshoots, the variation with eta = 0.05); dual numbers (product, sin, ln, the reciprocal,
x^2/(1 + x) at 2 + eps against the quotient rule) and a forward-mode trace of ln x1 + x1 x2 - sin x2 at (1.5, 0.8)
with two sweeps and a directional one; gradient descent and heavy-ball momentum on 2(theta - 1)^2, the characteristic
polynomial, its complex roots, the stability bound and the rates.
Slips: the gradient passed through the switched-off unit (carried into dL/dW1, dL/dx, the W1/b1 step and the
re-evaluated third pre-activation); the tangent of sin as -sin (carried into v5-dot); 4.4 + 1.28 = 5.48 (carried
into theta3 and f(theta3))."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch53/chess_annotated_derivations_relu_net_dual_numbers_momentum.tex")
M = sp.Matrix
relu = lambda v: v.applyfunc(lambda t: sp.Max(t, 0))
# Game 1
x = M([R("1.0"), R("2.0")]); y = R("0.6")
W1 = M([[R("0.5"), R("-0.2")], [R("-0.3"), R("0.4")], [R("0.1"), R("-0.6")]]); b1 = M([R("0.1"), 0, R("0.2")])
w2 = M([R("1.5"), R("-1.0"), R("0.8")]); b2 = R("0.3"); eta = R("0.1")
L.define(2); L.define(4); L.define(4)
z = W1 * x + b1; h = relu(z); yh = (w2.T * h)[0] + b2; Lo = (yh - y) ** 2 / 2; d = yh - y
L.define(note="z :="); L.step(z == M([R("0.5") - R("0.4") + R("0.1"), R("-0.3") + R("0.8") + 0, R("0.1") - R("1.2") + R("0.2")]))
L.step(z == M([R("0.2"), R("0.5"), R("-0.9")]))
L.define(note="h = ReLU(z)"); L.step(h == M([R("0.2"), R("0.5"), 0]))
L.define(note="yhat restated"); L.step(yh == R("1.5") * R("0.2") - R("1.0") * R("0.5") + R("0.8") * 0 + R("0.3")); L.step(yh == R("0.1"))
L.step(Lo == (R("0.1") - R("0.6")) ** 2 / 2); L.step(Lo == R("0.125"))
L.define(note="delta :="); L.step(True, note="dL/dyhat = yhat - y"); L.step(d == R("-0.5"))
gw2 = d * h
L.step(True); L.step(gw2 == M([R("-0.1"), R("-0.25"), 0])); L.step(True); L.step(d == R("-0.5"))
dh = d * w2; mask = z.applyfunc(lambda t: 1 if t > 0 else 0)
d1 = M([dh[i] * mask[i] for i in range(3)]); d1w = dh
L.step(True, note="dL/dh = delta w2"); L.step(dh == M([R("-0.75"), R("0.5"), R("-0.4")])); L.define(note="delta1 :=")
L.step(True, note="dL/dh * ReLU'(z)"); L.step(d1 == M([R("-0.75"), R("0.5"), R("-0.4")]), note="mask")
L.step(mask[2] == 0); L.step(z[2] == R("-0.9")); L.step(R("-0.9") < 0)
gW1 = d1 * x.T
L.step(True, note="delta1 x^T")
Gw = M([[R("-0.75"), R("-1.5")], [R("0.5"), R("1.0")], [R("-0.4"), R("-0.8")]])
L.step(gW1 == Gw, carried=d1w * x.T == Gw); L.step(True, note="dL/db1 = delta1")
gx = W1.T * d1
L.step(True, note="W1^T delta1")
sub = M([R("0.5") * R("-0.75") - R("0.3") * R("0.5") + R("0.1") * R("-0.4"), R("-0.2") * R("-0.75") + R("0.4") * R("0.5") - R("0.6") * R("-0.4")])
L.step(gx == sub, carried=W1.T * d1w == sub); L.step(sub == M([R("-0.565"), R("0.59")]))
L.define(note="eta = 0.1")
nw2 = w2 - eta * gw2; nb2 = b2 - eta * d; nW1 = W1 - eta * gW1; nb1 = b1 - eta * d1
L.define(note="w2 <- rule"); L.step(nw2 == M([R("1.5") + R("0.01"), R("-1.0") + R("0.025"), R("0.8")])); L.step(nw2 == M([R("1.51"), R("-0.975"), R("0.8")]))
L.step(nb2 == R("0.3") - R("0.1") * R("-0.5")); L.step(nb2 == R("0.35"))
NW = M([[R("0.575"), R("-0.05")], [R("-0.35"), R("0.3")], [R("0.14"), R("-0.52")]])
L.define(note="W1 <- rule"); L.step(nW1 == NW, carried=W1 - eta * d1w * x.T == NW)
L.define(note="b1 <- rule"); L.step(nb1 == M([R("0.175"), R("-0.05"), R("0.24")]), carried=b1 - eta * d1w == M([R("0.175"), R("-0.05"), R("0.24")]))
nz = nW1 * x + nb1; nh = relu(nz); nyh = (nw2.T * nh)[0] + nb2; nL = (nyh - y) ** 2 / 2
zsub = M([R("0.575") - R("0.1") + R("0.175"), R("-0.35") + R("0.6") - R("0.05"), R("0.14") - R("1.04") + R("0.24")])
L.step(nz == zsub, carried=NW * x + M([R("0.175"), R("-0.05"), R("0.24")]) == zsub)
L.step(zsub == M([R("0.65"), R("0.2"), R("-0.66")]))
L.step(nh == M([R("0.65"), R("0.2"), 0]))
L.step(nyh == R("1.51") * R("0.65") - R("0.975") * R("0.2") + R("0.35")); L.step(R("1.51") * R("0.65") == R("0.9815") and R("0.975") * R("0.2") == R("0.195"))
L.step(R("0.9815") - R("0.195") + R("0.35") == R("1.1365"))
L.step(nL == (R("1.1365") - R("0.6")) ** 2 / 2); L.step(R("1.1365") - R("0.6") == R("0.5365")); L.step(rounds("0.1439", R("0.5365") ** 2 / 2))
L.step(R("0.1439") > R("0.125")); L.step(yh == R("0.1")); L.step(nyh == R("1.1365"))
# variation at move 7
L.step(d1 == M([R("-0.75"), R("0.5"), 0]))
L.step(gW1 == M([[R("-0.75"), R("-1.5")], [R("0.5"), R("1.0")], [0, 0]])); L.step(True, note="W1^T delta1")
L.step(gx == M([R("-0.375") - R("0.15"), R("0.15") + R("0.2")])); L.step(gx == M([R("-0.525"), R("0.35")]))
L.step(R("0.1") - R("1.2") + R("0.2") == R("-0.9") and nz[2] == R("-0.9"))
# variation at move 10
e2 = R("0.05"); L.define(note="eta = 0.05")
vw2 = w2 - e2 * gw2; vb2 = b2 - e2 * d; vW1 = W1 - e2 * gW1; vb1 = b1 - e2 * d1
L.step(vw2 == M([R("1.505"), R("-0.9875"), R("0.8")])); L.step(vb2 == R("0.325")); L.step(vb1 == M([R("0.1375"), R("-0.025"), R("0.2")]))
L.step(vW1 == M([[R("0.5375"), R("-0.125")], [R("-0.325"), R("0.35")], [R("0.1"), R("-0.6")]]))
vz = vW1 * x + vb1
L.step(vz == M([R("0.5375") - R("0.25") + R("0.1375"), R("-0.325") + R("0.7") - R("0.025"), R("-0.9")])); L.step(vz == M([R("0.425"), R("0.35"), R("-0.9")]))
vyh = (vw2.T * relu(vz))[0] + vb2
L.step(vyh == R("1.505") * R("0.425") - R("0.9875") * R("0.35") + R("0.325"))
L.step(rounds("0.6396", R("1.505") * R("0.425")) and rounds("0.3456", R("0.9875") * R("0.35")))
L.step(R("0.6396") - R("0.3456") + R("0.325") == R("0.619") and vyh == R("0.619"))
L.step((vyh - y) ** 2 / 2 == (R("0.619") - R("0.6")) ** 2 / 2); L.step(rounds("0.00018", (R("0.619") - R("0.6")) ** 2 / 2)); L.step(R("0.00018") < R("0.125"))
# Game 2: dual numbers, eps^2 = 0
a, b, c, dd, t = sp.symbols("a b c d t", positive=True)
def dual(expr_of_t, a_, b_):
    """value and eps-coefficient of f(a + b eps): (f(a), b f'(a))."""
    return expr_of_t.subs(t, a_), b_ * sp.diff(expr_of_t, t).subs(t, a_)
L.define(note="eps^2 = 0")
L.step(sp.expand((a + b * t) * (c + dd * t)).coeff(t, 1) == a * dd + b * c and sp.expand((a + b * t) * (c + dd * t)).coeff(t, 0) == a * c)
L.step(dual(sp.sin(t), a, b) == (sp.sin(a), b * sp.cos(a))); L.step(dual(sp.log(t), a, b) == (sp.log(a), b / a))
L.step(True, note="multiply by the conjugate a - b eps")
L.step(dual(1 / t, a, b) == (1 / a, -b / a ** 2))
g = t ** 2 / (1 + t)
L.define(note="g"); L.define(note="x = 2 + eps")
L.step(dual(t ** 2, 2, 1) == (4, 4)); L.step(dual(1 + t, 2, 1) == (3, 1))
L.step(dual(1 / (1 + t), 2, 1) == (sp.Rational(1, 3), -sp.Rational(1, 9)))
L.step(sp.Rational(4, 3) == 4 * sp.Rational(1, 3) and sp.Rational(4, 3) - sp.Rational(4, 9) == 4 * sp.Rational(1, 3) - 4 * sp.Rational(1, 9))
L.step(sp.Rational(4, 3) - sp.Rational(4, 9) == sp.Rational(8, 9))
gp = sp.diff(g, t)
L.step(gp.subs(t, 2) == sp.Rational(8, 9)); L.step(sp.simplify(gp - (2 * t * (1 + t) - t ** 2) / (1 + t) ** 2) == 0)
L.step(sp.simplify(gp - (t ** 2 + 2 * t) / (1 + t) ** 2) == 0); L.step(gp.subs(t, 2) == sp.Rational(8, 9))
x1, x2 = R("1.5"), R("0.8")
L.define(2, "f, the point")
L.define(4, "v_-1 = x1 = 1.5, v0 = x2 = 0.8")
L.define(); L.step(rounds("0.4055", sp.log(x1))); L.define(); L.step(x1 * x2 == R("1.2"))
L.define(); L.step(rounds("0.7174", sp.sin(x2))); L.define(); L.step(R("0.4055") + R("1.2") == R("1.6055"))
f = sp.log(x1) + x1 * x2 - sp.sin(x2)
L.define(); L.step(R("1.6055") - R("0.7174") == R("0.8881") and rounds("0.8881", f)); L.step(True, note="f = v5"); L.step(rounds("0.8881", f))
L.define(2, "seeds (1, 0)")
X1, X2 = sp.symbols("X1 X2", positive=True)
F = sp.log(X1) + X1 * X2 - sp.sin(X2)
fx1 = sp.diff(F, X1).subs({X1: x1, X2: x2}); fx2 = sp.diff(F, X2).subs({X1: x1, X2: x2})
L.step(True, note="ln rule"); L.step(True, note="1/1.5"); L.step(rounds("0.6667", 1 / x1))
L.step(True, note="product rule"); L.step(1 * x2 + x1 * 0 == R("0.8"))
L.step(True, note="sin rule"); L.step(sp.cos(x2) * 0 == 0)
L.step(True); L.step(rounds("1.4667", 1 / x1 + x2)); L.step(True); L.step(rounds("1.4667", fx1))
L.step(rounds("1.4667", fx1)); L.step(same(sp.diff(F, X1), 1 / X1 + X2)); L.step(substituted(fx1, lambda p: p + R("0.8"), "~0.6667"))
L.step(R("0.6667") + R("0.8") == R("1.4667"))
L.define(2, "seeds (0, 1)")
L.step(0 / x1 == 0); L.step(True, note="v2-dot = v_-1 v0-dot"); L.step(x1 * 1 == R("1.5"))
L.step(False, note="cos, not -sin"); L.step(rounds("-0.7174", -sp.sin(x2))); L.step(0 + R("1.5") == R("1.5")); L.step(True, note="= 1.5")
L.step(True, note="v5-dot = v4-dot - v3-dot")
L.step(substituted(fx2, lambda p, q: p - q, "1.5", "~-0.7174"), carried=substituted(R("1.5") + sp.sin(x2), lambda p, q: p - q, "1.5", "~-0.7174"))
L.step(R("1.5") + R("0.7174") == R("2.2174"))
L.step(same(sp.diff(F, X2), X1 - sp.cos(X2))); L.define(note="x1 = 1.5")
L.step(True, note="cos rule"); L.step(rounds("0.6967", sp.cos(x2)))
L.step(substituted(fx2, lambda p: R("1.5") - p, "~0.6967")); L.step(R("1.5") - R("0.6967") == R("0.8033")); L.step(rounds("0.8033", fx2))
L.step(substituted(fx1 + fx2, lambda p, q: p + q, "~1.4667", "~0.8033")); L.step(rounds("2.27", R("1.4667") + R("0.8033"), fx1 + fx2))
# Game 3
th = sp.symbols("theta")
fq = 2 * (th - 1) ** 2; fp = sp.diff(fq, th)
L.define(); L.step(sp.expand(fp - 4 * (th - 1)) == 0); L.define(2, "theta0, eta")
L.define(note="GD rule")
t1 = 3 - eta * fp.subs(th, 3); t2 = t1 - eta * fp.subs(th, t1)
L.step(t1 == 3 - R("0.1") * 8); L.step(t1 == R("2.2")); L.step(t2 == R("2.2") - R("0.1") * R("4.8")); L.step(t2 == R("1.72"))
tt = sp.symbols("t", integer=True, nonnegative=True)
L.step(sp.expand((th - eta * fp) - 1 - (1 - 4 * eta) * (th - 1)) == 0, note="one step multiplies theta - 1 by 1 - 4 eta")
L.step((1 - 4 * eta) == R("0.6")); L.step(t2 - 1 == R("0.72")); L.step(R("0.72") == 2 * R("0.36"))
beta = R("0.5"); L.define(4, "beta, momentum rules, v0")
v = 0; tq = sp.Integer(3); hist = []
for _ in range(3):
    v = beta * v + fp.subs(th, tq); tq = tq - eta * v; hist.append((v, tq))
(v1, q1), (v2, q2), (v3, q3) = hist
L.step(v1 == R("0.5") * 0 + 8); L.step(v1 == 8); L.step(q1 == 3 - R("0.1") * 8); L.step(q1 == R("2.2"))
L.step(v2 == R("0.5") * 8 + 4 * R("1.2")); L.step(v2 == 4 + R("4.8")); L.step(v2 == R("8.8")); L.step(q2 == R("2.2") - R("0.88")); L.step(q2 == R("1.32"))
L.step(v3 == R("0.5") * R("8.8") + 4 * R("0.32")); L.step(v3 == R("4.4") + R("1.28")); L.step(R("4.4") + R("1.28") == R("5.48"), note="5.68")
L.step(q3 == R("1.32") - R("0.1") * R("5.48"), carried=True); L.step(R("1.32") - R("0.1") * R("5.48") == R("0.772"))
L.step(fq.subs(th, q3) == 2 * (R("0.772") - 1) ** 2, carried=True); L.step((R("0.772") - 1) ** 2 == R("0.051984")); L.step(rounds("0.1040", 2 * R("0.051984")))
gd3 = 1 + 2 * R("0.6") ** 3
L.step(fq.subs(th, gd3) == 2 * R("0.432") ** 2); L.step(rounds("0.3732", 2 * R("0.432") ** 2))
L.step(R("4.4") + R("1.28") == R("5.68")); L.step(q3 == R("1.32") - R("0.568")); L.step(q3 == R("0.752"))
L.step(fq.subs(th, q3) == 2 * R("0.248") ** 2); L.step(rounds("0.1230", fq.subs(th, q3))); L.step(q3 < 1)
L.step(gd3 == 1 + 2 * R("0.6") ** 3); L.step(gd3 == R("1.432"))
aa = 4; L.define(note="a = 4")
lam = sp.symbols("lambda")
# the error e_t = theta_t - 1 obeys e_{t+1} = (1 + beta - eta a) e_t - beta e_{t-1}: check on the iterates
es = [sp.Integer(2), q1 - 1, q2 - 1, q3 - 1]
rec = all(es[i + 1] == (1 + beta - eta * aa) * es[i] - beta * es[i - 1] for i in range(1, 3))
L.step(rec and sp.expand(lam ** 2 - (1 + beta - eta * aa) * lam + beta - (lam ** 2 - R("1.1") * lam + R("0.5"))) == 0)
L.step(R("1.1") ** 2 - 4 * R("0.5") == R("1.21") - 2 and R("1.21") - 2 == R("-0.79")); L.step(R("-0.79") < 0)
roots = sp.solve(lam ** 2 - R("1.1") * lam + R("0.5"), lam)
L.step(all(sp.simplify(sp.Abs(r_) - sp.sqrt(R("0.5"))) == 0 for r_ in roots)); L.step(rounds("0.7071", sp.sqrt(R("0.5"))))
L.step(eta * aa == R("0.4")); L.step(R("0.4") < 2 * (1 + beta)); L.step(2 * (1 + beta) == 3)
L.step(R("0.7071") > R("0.6")); L.define(note="beta = 0.5"); L.step(abs(1 - eta * aa) == R("0.6"))
L.done()
