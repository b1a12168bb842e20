"""Labels for nbexport_hw6_relu_backprop_dual_numbers.tex: a Jupyter notebook exported with nbconvert
(pygments `\\PY{..}{..}` code cells inside tcolorbox, plain `Verbatim` output cells, markdown cells as prose
with `\\(..\\)` and `\\[..\\]` math): a 2-3-1 ReLU network with a linear output and squared loss (one dead
unit), forward pass, backward pass, finite differences, an SGD step on the output layer; dual numbers and a
forward-mode trace of f = sin(x1 x2) + x1^2/x2 at (1, 0.5), seeds e1, e2 and a direction u.
The code cells (`=` inside `\\PY{o}{=}` braces) and the output cells hold no relation signs."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch36/nbexport_hw6_relu_backprop_dual_numbers.tex")


def vec_rounds(written, values, approx=False):
    return len(written) == len(values) and all(rounds(w, v, approx=approx) for w, v in zip(written, values))


# --- data ---------------------------------------------------------------------------------------
W1 = sp.Matrix([[R("0.5"), R("-0.25")], [R("-0.4"), R("0.3")], [R("0.2"), R("0.6")]])
b1 = sp.Matrix([R("0.1"), R("0.2"), R("-0.1")])
w2 = sp.Matrix([R("1.2"), R("-0.7"), R("0.9")])
b2 = R("0.05")
x = sp.Matrix([2, 1])
y = R("0.4")
L.define(4, "z, h, yhat, L")
L.define(4, "W1, b1, w2, b2")
L.define(2, "x, y")


def forward(xv, b2v=b2, w2v=w2):
    z = W1 * xv + b1
    h = z.applyfunc(lambda t: max(t, 0))
    return z, h, (w2v.T * h)[0] + b2v


z, h, yh = forward(x)
Lval = (yh - y) ** 2 / 2
# forward pass by hand
L.step(R("0.5") * 2 + R("-0.25") * 1 + R("0.1") == z[0]); L.step(z[0] == R("0.85"))
L.step(R("-0.4") * 2 + R("0.3") + R("0.2") == z[1]); L.step(z[1] == R("-0.3"))
L.step(R("0.2") * 2 + R("0.6") - R("0.1") == z[2]); L.step(z[2] == R("0.9"))
L.step(z[1] < 0); L.step(list(h) == [R("0.85"), 0, R("0.9")])
L.step(R("1.2") * R("0.85") + R("0.9") * R("0.9") + R("0.05") == yh)
L.step(R("1.2") * R("0.85") == R("1.02") and R("0.9") * R("0.9") == R("0.81"))
L.step(R("1.02") + R("0.81") + R("0.05") == R("1.88") and yh == R("1.88"))
L.step((R("1.88") - y) ** 2 / 2 == Lval); L.step(R("1.88") - y == R("1.48")); L.step(rounds("1.0952", R("1.48") ** 2 / 2))

# backward pass by hand (the mask forgotten)
do = yh - y
mask = sp.Matrix([1 if t > 0 else 0 for t in z])
dLdh = do * w2
delta1 = dLdh.multiply_elementwise(mask)
gW1 = delta1 * x.T
gx = W1.T * delta1
L.define(note="delta_o := dL/dyhat"); L.step(True, note="dL/dyhat = yhat - y"); L.step(yh - y == R("1.88") - y); L.step(do == R("1.48"))
L.step(True, note="dL/dw2 = delta_o h"); L.step(list(do * h) == list(R("1.48") * h))
L.step(vec_rounds(["1.258", "0", "1.332"], list(do * h))); L.step(True, note="dL/db2 = delta_o"); L.step(do == R("1.48"))
L.step(True, note="dL/dh = delta_o w2"); L.step(list(dLdh) == list(R("1.48") * w2)); L.step(vec_rounds(["1.776", "-1.036", "1.332"], list(dLdh)))
wrong_delta1 = dLdh
L.define(note="delta_1 := dL/dz")
L.step(list(delta1) == list(dLdh), note="dL/dz = dL/dh: no ReLU mask")
L.step(vec_rounds(["1.776", "-1.036", "1.332"], list(dLdh)), note="member dL/dh as written")
wrong_gW1 = wrong_delta1 * x.T
written_gW1 = ["3.552", "1.776", "-2.072", "-1.036", "2.664", "1.332"]
L.step(True, note="dL/dW1 = delta_1 x^T")
L.step(vec_rounds(written_gW1, list(gW1)), carried=vec_rounds(written_gW1, list(wrong_gW1)))
L.step(True, note="dL/db1 = delta_1")
L.step(True, note="grad_x = W1^T delta_1")
sub = sp.Matrix([R("0.5") * R("1.776") - R("0.4") * R("-1.036") + R("0.2") * R("1.332"),
                 R("-0.25") * R("1.776") + R("0.3") * R("-1.036") + R("0.6") * R("1.332")])
L.step(sub == gx, carried=sub == W1.T * wrong_delta1)
L.step(vec_rounds(["1.5688", "0.0444"], list(sub)))
L.step(rounds("1.1544", gx[0]), note="NumPy's value")

# finite differences
L.define(note="h = 1e-4")
def loss_at(xv, **kw):
    return (forward(xv, **kw)[2] - y) ** 2 / 2
hh = sp.Rational(1, 10 ** 4)
cd = (loss_at(x + hh * sp.Matrix([1, 0])) - loss_at(x - hh * sp.Matrix([1, 0]))) / (2 * hh)
L.step(rounds("1.1544", cd, approx=True))
# fixing the hand derivation
L.step(mask[1] == 0); L.step(z[1] == R("-0.3")); L.step(R("-0.3") < 0)
L.step(True, note="delta_1 = dL/dh (.) ReLU'(z)")
L.step(list(R("1.48") * w2) == list(dLdh) and list(mask) == [1, 0, 1])
L.step(vec_rounds(["1.776", "0", "1.332"], list(delta1)))
L.step(vec_rounds(["3.552", "1.776", "0", "0", "2.664", "1.332"], list(gW1)))
L.step(vec_rounds(["1.776", "0", "1.332"], list(delta1)))
L.step(True, note="grad_x = W1^T delta_1")
L.step(gx == R("1.776") * sp.Matrix([R("0.5"), R("-0.25")]) + R("1.332") * sp.Matrix([R("0.2"), R("0.6")]))
L.step(R("1.776") * R("0.5") == R("0.888") and R("1.332") * R("0.2") == R("0.2664")
       and R("1.776") * R("-0.25") == R("-0.444") and R("1.332") * R("0.6") == R("0.7992"))
L.step(R("0.888") + R("0.2664") == R("1.1544") and R("-0.444") + R("0.7992") == R("0.3552"))
L.step(do * (w2[0] * W1[0, 1] + w2[2] * W1[2, 1]) == gx[1], note="chain rule for x2, live units")
L.step(R("1.48") * (R("1.2") * R("-0.25") + R("0.9") * R("0.6")) == gx[1])
L.step(R("1.2") * R("-0.25") + R("0.9") * R("0.6") == R("0.24")); L.step(R("1.48") * R("0.24") == R("0.3552"))
L.step(delta1[1] == 0, note="dL/db_{1,2} = 0")

# SGD step
eta = R("0.1")
L.define(note="eta")
w2n = w2 - eta * do * h
b2n = b2 - eta * do
L.define(note="w2 <- rule")
L.step(list(w2n) == [R("1.2") - R("0.1258"), R("-0.7"), R("0.9") - R("0.1332")])
L.step(vec_rounds(["1.0742", "-0.7", "0.7668"], list(w2n)))
L.define(note="b2 <- rule"); L.step(b2n == R("0.05") - R("0.148")); L.step(rounds("-0.198", b2n))
wb2 = R("-0.198")
yn = (w2n.T * h)[0] + b2n
yw = (w2n.T * h)[0] + wb2
L.step(R("1.0742") * R("0.85") + R("0.7668") * R("0.9") - R("0.198") == yn,
       carried=R("1.0742") * R("0.85") + R("0.7668") * R("0.9") - R("0.198") == yw)
L.step(substituted(R("1.0742") * R("0.85") + R("0.7668") * R("0.9") - R("0.198"), lambda a, b: a + b - R("0.198"), "~0.9131", "~0.6901"))
L.step(R("0.9131") + R("0.6901") - R("0.198") == R("1.4052"))
Ln = (yn - y) ** 2 / 2
Lw = (yw - y) ** 2 / 2
L.step(substituted(Ln, lambda a: (a - y) ** 2 / 2, "~1.4052"), carried=substituted(Lw, lambda a: (a - y) ** 2 / 2, "~1.4052"))
L.step(R("1.4052") - y == R("1.0052")); L.step(rounds("0.5052", R("1.0052") ** 2 / 2))
L.step(R("0.05") - R("0.148") == R("-0.098"))
L.step(substituted(yn, lambda a: a + R("0.1"), "~1.4052")); L.step(R("1.4052") + R("0.1") == R("1.5052"))
L.step(substituted(Ln, lambda a: a ** 2 / 2, "~1.1052")); L.step(rounds("0.6107", R("1.1052") ** 2 / 2, Ln))
L.step(substituted(Ln - Lval, lambda a, b: a - b, "~0.6107", "~1.0952")); L.step(R("0.6107") - R("1.0952") == R("-0.4845"))
g2 = (do * h).dot(do * h) + do ** 2
L.step(substituted(-eta * g2, lambda a, c, d: -R("0.1") * (a + c + d), "~1.5826", "~1.7742", "~2.1904"))
L.step(rounds("-0.5547", -R("0.1") * (R("1.5826") + R("1.7742") + R("2.1904"))))
L.step(R("0.5547") - R("0.4845") == R("0.0712"), note="0.0702")

# dual numbers
a, b, c, d, e = sp.symbols("a b c d varepsilon", positive=True)


def dual(expr):
    """Truncate a polynomial in e at first order."""
    ex = sp.expand(expr)
    return ex.coeff(e, 0) + ex.coeff(e, 1) * e


def first_order(f, a_, b_):
    return f(a_) + sp.diff(f(a_), a_) * b_ * e


L.define(note="eps^2 = 0")
L.step(same(dual((a + b * e) * (c + d * e)), a * c + (a * d + b * c) * e))
L.step(dual((2 + e) ** 3) == 8 + 3 * 4 * e); L.step(8 + 3 * 4 * e == 8 + 12 * e)
L.step(dual((1 + 2 * e) * (3 - e)) == 3 + 7 * e, note="3 + 5 eps")
L.step(same(first_order(sp.sin, a, b), sp.sin(a) + b * sp.cos(a) * e))
L.step(same(first_order(sp.exp, a, b), sp.exp(a) + b * sp.exp(a) * e))
L.step(same(first_order(sp.log, a, b), sp.log(a) + b / a * e))
L.step(same(first_order(sp.sqrt, a, b), sp.sqrt(a) + b / sp.sqrt(a) * e), note="b/(2 sqrt a)")
recip = first_order(lambda t: 1 / t, a, b)
L.step(same(recip, (a - b * e) / a ** 2))
L.step(same(recip, 1 / a + b / a ** 2 * e), note="sign")
u, ud, v, vd = sp.symbols("u udot v vdot", positive=True)
quot = u / v + (ud * v - u * vd) / v ** 2 * e
writer_quot = dual((u + ud * e) * (1 / v + vd / v ** 2 * e))
L.step(same(quot, u / v + (ud * v + u * vd) / v ** 2 * e), carried=same(writer_quot, u / v + (ud * v + u * vd) / v ** 2 * e))

# forward-mode trace
x1, x2 = sp.Integer(1), R("0.5")
L.define(2, "f, point")
L.define(4, "v_-1 = x1 = 1, v_0 = x2 = 0.5")
v1 = x1 * x2; v2 = sp.sin(v1); v3 = x1 ** 2; v4 = v3 / x2; v5 = v2 + v4
L.define(); L.step(v1 == R("0.5")); L.define(); L.step(rounds("0.4794", v2))
L.define(); L.step(v3 == 1); L.define(); L.step(v4 == 2)
L.define(); L.step(rounds("2.4794", v5))
t = sp.symbols("t")


def tangents(s1, s2):
    X1, X2 = x1 + s1 * t, x2 + s2 * t
    V = [X1 * X2, sp.sin(X1 * X2), X1 ** 2, X1 ** 2 / X2]
    V.append(V[1] + V[3])
    return [sp.diff(q, t).subs(t, 0) for q in V]


T1 = tangents(1, 0)
L.define(3, "seed e1")
L.step(T1[0] == 1 * x2 + x1 * 0); L.step(T1[0] == R("0.5"))
L.step(T1[1] == sp.cos(v1) * T1[0]); L.step(substituted(T1[1], lambda q: q * R("0.5"), "~0.8776")); L.step(rounds("0.4388", R("0.8776") * R("0.5")))
L.step(T1[2] == 2 * x1 * 1); L.step(T1[2] == 2)
L.step(T1[3] == (T1[2] * x2 + v3 * 0) / x2 ** 2, note="wrong rule, but vdot_0 = 0 here"); L.step(T1[3] == (2 * R("0.5") + 0) / R("0.25")); L.step(T1[3] == 4)
L.step(T1[4] == T1[1] + T1[3]); L.step(rounds("4.4388", T1[4]))
L.step(rounds("4.4388", T1[4]))
X1s, X2s = sp.symbols("x1 x2", positive=True)
fs = sp.sin(X1s * X2s) + X1s ** 2 / X2s
d1 = sp.diff(fs, X1s)
L.step(same(d1, X2s * sp.cos(X1s * X2s) + 2 * X1s / X2s))
L.step(substituted(d1.subs({X1s: 1, X2s: x2}), lambda q: R("0.5") * q + 4, "~0.8776"))
L.step(rounds("4.4388", R("0.5") * R("0.8776") + 4))
T2 = tangents(0, 1)
L.define(2, "seed e2")
L.step(T2[0] == 0 * x2 + x1 * 1); L.step(T2[0] == 1)
L.step(T2[1] == sp.cos(v1) * T2[0]); L.step(rounds("0.8776", T2[1]))
L.step(T2[2] == 2 * x1 * 0); L.step(T2[2] == 0)
wv4 = (T2[2] * x2 + v3 * 1) / x2 ** 2
L.step(T2[3] == wv4, carried=True, note="the writer's quotient rule")
L.step(wv4 == (0 + 1) / R("0.25")); L.step((0 + 1) / R("0.25") == 4)
L.step(T2[4] == T2[1] + T2[3]); L.step(rounds("4.8776", T2[4]), carried=rounds("4.8776", T2[1] + wv4))
L.step(rounds("4.8776", T2[4]), carried=True)
d2 = sp.diff(fs, X2s)
L.step(same(d2, X1s * sp.cos(X1s * X2s) - X1s ** 2 / X2s ** 2))
L.step(substituted(d2.subs({X1s: 1, X2s: x2}), lambda q: q - 4, "~0.8776")); L.step(rounds("-3.1224", R("0.8776") - 4))
L.step(dual((a + b * e) * (1 / a - b / a ** 2 * e)) == dual(1 + b / a * e - b / a * e))
L.step(sp.simplify(1 + b / a * e - b / a * e) == 1)
L.step(T2[3] == (0 * x2 - v3 * 1) / x2 ** 2); L.step(T2[3] == (0 - 1) / R("0.25")); L.step((0 - 1) / R("0.25") == -4)
L.step(substituted(T2[4], lambda q: q - 4, "~0.8776")); L.step(rounds("-3.1224", R("0.8776") - 4))
# direction u
uu = (R("0.6"), R("0.8"))
L.define(2, "xdot = u = (0.6, 0.8)")
TU = tangents(*uu)
L.step(TU[0] == R("0.6") * R("0.5") + 1 * R("0.8")); L.step(TU[0] == R("1.1"))
L.step(substituted(TU[1], lambda q: q * R("1.1"), "~0.8776")); L.step(rounds("0.9653", R("0.8776") * R("1.1"), TU[1]))
L.step(TU[2] == 2 * 1 * R("0.6")); L.step(TU[2] == R("1.2"))
L.step(TU[3] == (R("1.2") * R("0.5") - 1 * R("0.8")) / R("0.25")); L.step(TU[3] == R("-0.8"))
L.step(substituted(TU[4], lambda q: q - R("0.8"), "~0.9653")); L.step(R("0.9653") - R("0.8") == R("0.1653"))
grad = (d1.subs({X1s: 1, X2s: x2}), d2.subs({X1s: 1, X2s: x2}))
gu = grad[0] * uu[0] + grad[1] * uu[1]
L.step(substituted(gu, lambda p, q: R("0.6") * p + R("0.8") * q, "~4.4388", "~-3.1224"))
L.step(rounds("2.6633", R("0.6") * R("4.4388")) and rounds("2.4979", R("0.8") * R("3.1224")))
L.step(R("2.6633") - R("2.4979") == R("0.1654"))
L.step(R("0.36") + R("0.64") == uu[0] ** 2 + uu[1] ** 2); L.step(sp.sqrt(R("0.36") + R("0.64")) == 1)
gn = sp.sqrt(grad[0] ** 2 + grad[1] ** 2)
L.step(substituted(gn, lambda p, q: sp.sqrt(p ** 2 + q ** 2), "~4.4388", "~3.1224"))
L.step(rounds("19.7029", R("4.4388") ** 2) and rounds("9.7494", R("3.1224") ** 2))
L.step(R("19.7029") + R("9.7494") == R("29.4523")); L.step(rounds("5.4270", sp.sqrt(R("29.4523")), gn))
L.step(abs(sp.N(gu)) <= sp.N(gn)); L.step(rounds("5.4270", gn))
L.define(note="u* := grad/|grad|")
L.step(vec_rounds(["0.8179", "-0.5753"], [grad[0] / gn, grad[1] / gn]))
L.step(False, note="max over unit u is |grad|, not |grad|^2")
L.step(rounds("29.45", gn ** 2, approx=True))
# notes
L.step(True, note="delta_1 = (delta_o w2) (.) ReLU'(z)")
L.step(sp.simplify(grad[0] * grad[0] / gn + grad[1] * grad[1] / gn - gn) == 0); L.step(rounds("5.4270", gn))
L.step(same(first_order(sp.sqrt, a, b), sp.sqrt(a) + b / (2 * sp.sqrt(a)) * e))
L.done()
