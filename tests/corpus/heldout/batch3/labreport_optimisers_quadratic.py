"""Labels for labreport_optimisers_quadratic.tex: GD, heavy-ball momentum (0.9 x 4 taken as 3.2,
carried), L2 vs decoupled weight decay, Adam's first step and AdamW on f = 2 w1^2 + w2^2 / 2."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds  # noqa: E402

L = Labels("batch3/labreport_optimisers_quadratic.tex")
W1, W2 = sp.symbols("w1 w2", real=True)
f_expr = 2 * W1 ** 2 + W2 ** 2 / 2
f = lambda w: f_expr.subs({W1: w[0], W2: w[1]})
grad = lambda w: sp.Matrix([sp.diff(f_expr, W1), sp.diff(f_expr, W2)]).subs({W1: w[0], W2: w[1]})
V = lambda *a: sp.Matrix([R(str(v)) for v in a])
eta = R("0.1")
L.define(); L.step(sp.Matrix([sp.diff(f_expr, W1), sp.diff(f_expr, W2)]) == sp.Matrix([4 * W1, W2]))
w0 = V(1, -2)
L.define(2)
L.define(); L.step(f(w0) == 2 * 1 + R("0.5") * 4); L.step(2 * 1 + R("0.5") * 4 == 4); L.step(f(w0) == 4); L.step(grad(w0) == V(4, -2))
w1 = w0 - eta * grad(w0)
L.step(w1 == V(1 - R("0.4"), -2 + R("0.2"))); L.step(w1 == V("0.6", "-1.8"))
L.step(f(w1) == 2 * R("0.36") + R("0.5") * R("3.24")); L.step(2 * R("0.36") + R("0.5") * R("3.24") == R("0.72") + R("1.62")); L.step(f(w1) == R("2.34"))
L.step(grad(w1) == V("2.4", "-1.8"))
w2 = w1 - eta * grad(w1)
L.step(w2 == V(R("0.6") - R("0.24"), R("-1.8") + R("0.18"))); L.step(w2 == V("0.36", "-1.62"))
L.step(f(w2) == 2 * R("0.1296") + R("0.5") * R("2.6244"))
L.step(2 * R("0.1296") + R("0.5") * R("2.6244") == R("0.2692") + R("1.3122"))
L.step(R("0.2692") + R("1.3122") == R("1.5814"))
L.step(f(w2) / f(w1) == R("1.5814") / R("2.34"), carried=True); L.step(rounds("0.6758", R("1.5814") / R("2.34")))
e, a = sp.symbols("eta a", real=True)
step_expr = lambda c: a - e * sp.diff(f_expr, c).subs(c, a).subs({W1: 0, W2: 0})
L.step(sp.expand(step_expr(W1)) == sp.expand((1 - 4 * e) * a)); L.step((1 - 4 * eta) == R("0.6"))
L.step(sp.expand(step_expr(W2)) == sp.expand((1 - e) * a)); L.step((1 - eta) == R("0.9"))
L.step(rounds("0.0060", R("0.6") ** 10)); L.step(rounds("0.3874", R("0.9") ** 10))
L.step(2 / sp.Integer(4) == sp.Rational(2, 4)); L.step(sp.Rational(2, 4) == R("0.5"))
L.define(4)
beta = R("0.9")
v1 = grad(w0); mw1 = w0 - eta * v1
L.step(v1 == V(4, -2)); L.step(mw1 == V("0.6", "-1.8"))
v2 = beta * v1 + grad(mw1); mw2 = mw1 - eta * v2
L.step(v2 == R("0.9") * V(4, -2) + V("2.4", "-1.8")); L.step(v2 == V("5.6", "-3.6"))
L.step(mw2 == V(R("0.6") - R("0.56"), R("-1.8") + R("0.36")), carried=mw1 - eta * V("5.6", "-3.6") == V(R("0.6") - R("0.56"), R("-1.8") + R("0.36")))
L.step(V(R("0.6") - R("0.56"), R("-1.8") + R("0.36")) == V("0.04", "-1.44"))
L.step(f(mw2) == 2 * R("0.0016") + R("0.5") * R("2.0736"), carried=f(V("0.04", "-1.44")) == 2 * R("0.0016") + R("0.5") * R("2.0736"))
L.step(2 * R("0.0016") + R("0.5") * R("2.0736") == R("0.0032") + R("1.0368")); L.step(R("0.0032") + R("1.0368") == R("1.04"))
L.step(R("1.04") < R("1.5814"))
lam = R("0.01")
L.define()
g0 = grad(w0) + lam * w0
L.step(g0 == V(4 + R("0.01"), -2 - R("0.02"))); L.step(g0 == V("4.01", "-2.02")); L.define(); L.step(w0 - eta * g0 == V("0.599", "-1.798"))
L.define(); L.step((1 - eta * lam) * w0 - eta * grad(w0) == V("0.599", "-1.798"))
L.step(rounds("0.9048", R("0.999") ** 100))
L.define(4)
g = 4
m1, v1a = (1 - R("0.9")) * g, (1 - R("0.999")) * g ** 2
L.step(m1 == R("0.1") * 4); L.step(m1 == R("0.4")); L.step(v1a == R("0.001") * 16); L.step(v1a == R("0.016"))
mh, vh = m1 / (1 - R("0.9")), v1a / (1 - R("0.999"))
L.step(mh == R("0.4") / (1 - R("0.9"))); L.step(mh == 4); L.step(vh == R("0.016") / (1 - R("0.999"))); L.step(vh == 16)
L.step(eta * mh / sp.sqrt(vh) == R("0.1") * 4 / 4); L.step(R("0.1") * 4 / 4 == R("0.1"))
adam = lambda gv: sp.Matrix([eta * gi / abs(gi) for gi in gv])     # first Adam step: m_hat/sqrt(v_hat) = g/|g|
L.step(w0 - adam(grad(w0)) == V("0.9", "-1.9"))
adamw = w0 - eta * (adam(grad(w0)) / eta + lam * w0)
L.step(adamw == V(1 - R("0.1") * (1 + R("0.01")), -2 - R("0.1") * (-1 - R("0.02")))); L.step(adamw == V("0.899", "-1.898"))
G = sp.Symbol("g")
m = 0
for _ in range(3):
    m = R("0.9") * m + R("0.1") * G
L.step(sp.expand(m - (1 - R("0.9") ** 3) * G) == 0); L.step((1 - R("0.9") ** 3) == R("0.271")); L.step(sp.simplify(m / (1 - R("0.9") ** 3) - G) == 0)
L.step(v2 == V(6, "-3.6")); L.step(mw2 == V(0, "-1.44")); L.step(f(mw2) == R("1.0368"))
L.step(R("0.9") * 4 == R("3.6")); L.step(R("3.6") + R("2.4") == 6)
L.step(R("-1.8") / -2 == R("0.9"))
L.step(abs(R("0.9") - 1) == eta / (1 - R("0.9"))); L.step(eta / (1 - R("0.9")) == 1)
L.step(1 - R("0.899") == R("0.101")); L.step(eta * lam == R("0.01"))
L.define(); L.step(mw1 == V("0.6", "-1.8")); L.step(v1 == V(4, -2))
look = mw1 - eta * beta * v1
L.step(look == V(R("0.6") + R("0.36"), R("-1.8") - R("0.18"))); L.step(V(R("0.6") + R("0.36"), R("-1.8") - R("0.18")) == V("0.96", "-1.98"))
wl = V("0.96", "-1.98")
L.step(grad(look) == V("3.84", "-1.98"), carried=grad(wl) == V("3.84", "-1.98"))
nv2 = beta * v1 + grad(look); nw2 = mw1 - eta * nv2
wv2 = beta * v1 + grad(wl); ww2 = mw1 - eta * wv2
L.step(nv2 == V(R("3.6") + R("3.84"), R("-1.8") - R("1.98")), carried=wv2 == V(R("3.6") + R("3.84"), R("-1.8") - R("1.98")))
L.step(V(R("3.6") + R("3.84"), R("-1.8") - R("1.98")) == V("7.44", "-3.78"))
L.step(nw2 == V(R("0.6") - R("0.744"), R("-1.8") + R("0.378")), carried=ww2 == V(R("0.6") - R("0.744"), R("-1.8") + R("0.378")))
L.step(V(R("0.6") - R("0.744"), R("-1.8") + R("0.378")) == V("-0.144", "-1.422"))
L.step(f(nw2) == 2 * R("0.020736") + R("0.5") * R("2.022084"), carried=f(ww2) == 2 * R("0.020736") + R("0.5") * R("2.022084"))
L.step(2 * R("0.020736") + R("0.5") * R("2.022084") == R("0.041472") + R("1.011042")); L.step(R("0.041472") + R("1.011042") == R("1.052514"))
L.step(look == V("0.24", "-1.62")); L.step(grad(look) == V("0.96", "-1.62")); L.step(nv2 == V("4.56", "-3.42")); L.step(nw2 == V("0.144", "-1.458"))
L.step(f(nw2) == R("0.041472") + R("1.062882")); L.step(R("0.041472") + R("1.062882") == R("1.104354"))
L.done()
