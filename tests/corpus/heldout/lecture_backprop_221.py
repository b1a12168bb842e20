"""Labels for lecture_backprop_221.tex: a 2-2-1 sigmoid net, squared loss, computed exactly."""
import sympy as sp
from truth import Labels, R, rounds, same, substituted

L = Labels("lecture_backprop_221.tex")
sig = lambda t: 1 / (1 + sp.exp(-t))
# the network as SymPy expressions of its parameters; gradients by sp.diff
X1, X2, Y, W11, W12, W21, W22, V1, V2 = sp.symbols("x1 x2 y w11 w12 w21 w22 v1 v2")
Z1 = W11 * X1 + W12 * X2; H1 = sig(Z1)
Z2 = W21 * X1 + W22 * X2; H2 = sig(Z2)
Z3 = V1 * H1 + V2 * H2; YH = sig(Z3)
LOSS = (YH - Y) ** 2 / 2
point = dict(zip((X1, X2, Y, W11, W12, W21, W22, V1, V2),
                 map(R, ("0.35", "0.9", "0.5", "0.1", "0.8", "0.4", "0.6", "0.3", "0.9"))))
at = lambda e: e.subs(point)
z1, z2, z3, h1, h2, yh, loss = map(at, (Z1, Z2, Z3, H1, H2, YH, LOSS))
grad = {str(p): at(sp.diff(LOSS, p)) for p in (V1, V2, W11, W12, W21, W22)}
D3 = (YH - Y) * YH * (1 - YH)                   # the notes' delta_3, delta_1, delta_2
D1 = D3 * V1 * H1 * (1 - H1); D2 = D3 * V2 * H2 * (1 - H2)
d3, d1, d2 = at(D3), at(D1), at(D2)
eta = R("0.1")
mul = lambda *a: sp.Mul(*a)

L.define(2 + 3 + 4 + 3)
# Hidden 1
L.define()
L.step(substituted(z1, lambda a, b, c, d: a * b + c * d, "0.1", "0.35", "0.8", "0.9"))
L.step(substituted(z1, lambda a, b: a + b, "0.035", "0.72"))
L.step(rounds("0.755", z1))
L.define(); L.step(True, note="sigma written out"); L.step(rounds("0.6803", h1))
# Hidden 2
L.define()
L.step(substituted(z2, lambda a, b, c, d: a * b + c * d, "0.4", "0.35", "0.6", "0.9"))
L.step(substituted(z2, lambda a, b: a + b, "0.14", "0.54"))
L.step(rounds("0.68", z2))
L.define(); L.step(rounds("0.6637", h2))
# Output
L.define()
L.step(substituted(z3, lambda a, b, c, d: a * b + c * d, "0.3", "~0.6803", "0.9", "~0.6637"))
L.step(substituted(z3, lambda a, b: a + b, "~0.2041", "~0.5973"))
L.step(rounds("0.8014", R("0.2041") + R("0.5973"), z3))
L.define(); L.step(rounds("0.6903", yh, sig(R("0.8014"))))
L.step(substituted(loss, lambda a, b: (a - b) ** 2 / 2, "~0.6903", "0.5"))
L.step(substituted(loss, lambda a: a ** 2 / 2, "~0.1903"))
L.step(rounds("0.0181", loss, R("0.1903") ** 2 / 2))
# Backward: output
Yh, T, u = sp.symbols("yhat t u")
L.step(same(sp.diff((Yh - T) ** 2 / 2, Yh), Yh - T))
L.step(substituted(yh - R("0.5"), lambda a, b: a - b, "~0.6903", "0.5"))
L.step(rounds("0.1903", R("0.6903") - R("0.5")))
L.step(same(sp.diff(sig(u), u), sig(u) * (1 - sig(u))), note="d yhat/dz3 = yhat(1-yhat)")
L.step(substituted(yh * (1 - yh), lambda a, b: a * b, "~0.6903", "~0.3097"))
L.step(rounds("0.2138", R("0.6903") * R("0.3097"), yh * (1 - yh)))
L.define()
L.step(substituted(d3, mul, "~0.1903", "~0.2138"))
L.step(rounds("0.0407", R("0.1903") * R("0.2138"), d3))
# output weights
L.step(same(sp.diff(LOSS, V1), D3 * H1, positive=False))
L.step(substituted(grad["v1"], mul, "~0.0407", "~0.6803"))
L.step(rounds("0.0277", R("0.0407") * R("0.6803"), grad["v1"]))
L.step(same(sp.diff(LOSS, V2), D3 * H2, positive=False))
L.step(substituted(grad["v2"], mul, "~0.0407", "~0.6637"))
L.step(rounds("0.0271", R("0.0407") * R("0.6637"), grad["v2"]))
# first layer through h1
L.define(); L.step(same(sp.diff(LOSS, W11) / X1, D1, positive=False))
L.step(substituted(d1, mul, "~0.0407", "0.3", "~0.6803", "~0.3197"))
L.step(rounds("0.0027", R("0.0407") * R("0.3") * R("0.6803") * R("0.3197"), d1))
L.step(same(sp.diff(LOSS, W11), D1 * X1, positive=False))
L.step(substituted(grad["w11"], mul, "~0.0027", "0.35"))
L.step(rounds("0.0009", R("0.0027") * R("0.35"), grad["w11"]))
L.step(same(sp.diff(LOSS, W12), D3 * V1 * X2, positive=False), note="dropped sigma'(z1)")
L.step(substituted(d3 * R("0.3") * R("0.9"), mul, "~0.0407", "0.3", "0.9"))
L.step(rounds("0.0110", R("0.0407") * R("0.3") * R("0.9")))
L.define()
L.step(substituted(d2, mul, "~0.0407", "0.9", "~0.2232"))
L.step(rounds("0.0082", R("0.0407") * R("0.9") * R("0.2232"), d2))
L.step(same(sp.diff(LOSS, W21), D2 * X1, positive=False))
L.step(substituted(grad["w21"], mul, "~0.0082", "0.35"))
L.step(rounds("0.0029", R("0.0082") * R("0.35"), grad["w21"]))
L.step(same(sp.diff(LOSS, W22), D2 * X2, positive=False))
L.step(substituted(grad["w22"], mul, "~0.0082", "0.9"))
L.step(rounds("0.0064", R("0.0082") * R("0.9"), grad["w22"]))
# update
L.define()
L.define(); L.step(substituted(R("0.3") - eta * grad["v1"], lambda a, b, c: a - b * c, "0.3", "0.1", "~0.0277"))
L.step(rounds("0.2972", R("0.3") - R("0.1") * R("0.0277")))
L.define()
L.step(substituted(R("0.9") - eta * grad["v2"], lambda a, b, c: a + b * c, "0.9", "0.1", "~0.0271"),
       carried=substituted(R("0.9") - eta * R("0.0271"), lambda a, b, c: a + b * c, "0.9", "0.1", "0.0271"),
       note="sign flipped in the update")
L.step(rounds("0.9027", R("0.9") + R("0.1") * R("0.0271")))
L.define()
L.step(substituted(R("0.8") - eta * grad["w12"], lambda a, b, c: a - b * c, "0.8", "0.1", "~0.0110"),
       carried=substituted(R("0.8") - eta * R("0.0110"), lambda a, b, c: a - b * c, "0.8", "0.1", "0.0110"),
       note="uses the wrong dL/dw12")
L.step(rounds("0.7989", R("0.8") - R("0.1") * R("0.0110")))
L.done()
