"""Labels for chat_sigmoid_mlp_backprop.tex: a chat thread working a 2-2-1 sigmoid MLP with MSE at
4 decimals; sigma(0.1) written 0.5205 (digits swapped) and carried through the forward pass, the
backward pass and an update; the redo after the correction."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, substituted  # noqa: E402

L = Labels("batch3/chat_sigmoid_mlp_backprop.tex")
sig = lambda t: 1 / (1 + sp.exp(-t))
x1, x2, y = 1, R("0.5"), 1
w1, w2, w3, w4, b1, b2, v1, v2, c = (R(s) for s in "0.2 -0.4 0.7 0.1 0.1 -0.2 0.6 -0.3 0.05".split())
L.define(5); L.define(11)


def forward(h1):
    h2 = sig(w3 * x1 + w4 * x2 + b2)
    o = v1 * h1 + v2 * h2 + c
    yh = sig(o)
    do = (yh - y) * yh * (1 - yh)
    return dict(h1=h1, h2=h2, o=o, yh=yh, L=(yh - y) ** 2 / 2, dy=yh - y, dsig=yh * (1 - yh), do=do,
                dv1=do * h1, dv2=do * h2, dc=do, d1=do * v1 * h1 * (1 - h1), d2=do * v2 * h2 * (1 - h2))


z1, z2 = w1 * x1 + w2 * x2 + b1, w3 * x1 + w4 * x2 + b2
T = forward(sig(z1))                  # the truth
W = forward(R("0.5205"))              # on the writer's h1, exactly


def num(written, key, *alts):
    """A result: ok if the exact value (or one computed from numbers as written) rounds to it;
    carried if only the writer's value does."""
    L.step(rounds(written, T[key], *[a for a in alts if a is not None]), carried=rounds(written, W[key]))


def sub(key, f, *written):
    """A substitution of the writer's own earlier results (each a rounding on the 0.5205 chain):
    right if they are also roundings of the right quantities, else carried (the numbers are the
    writer's, the formula is the right one)."""
    L.step(substituted(T[key], f, *written), carried=True)


L.step(z1 == R("0.2") - R("0.2") + R("0.1")); L.step(z1 == R("0.1")); L.step(z2 == R("0.7") + R("0.05") - R("0.2")); L.step(z2 == R("0.55"))
L.step(True, note="h1 = sigma(z1)"); L.step(rounds("0.5205", T["h1"]), note="digits swapped"); L.step(True, note="h2 = sigma(z2)"); num("0.6341", "h2")
sub("o", lambda a, b: R("0.6") * a + R("-0.3") * b + R("0.05"), "~0.5205", "~0.6341")
L.step(R("0.6") * R("0.5205") == R("0.3123") and rounds("0.1902", R("0.3") * R("0.6341"))); L.step(R("0.3123") - R("0.1902") + R("0.05") == R("0.1721"))
sub("yh", lambda a: sig(a), "~0.1721"); L.step(rounds("0.5429", sig(R("0.1721"))))
sub("L", lambda a: (a - 1) ** 2 / 2, "~0.5429"); L.step(R("0.5429") - 1 == R("-0.4571")); L.step(rounds("0.1045", R("-0.4571") ** 2 / 2))
L.step(True, note="dL/dyhat = yhat - y"); sub("dy", lambda a: a - 1, "~0.5429"); L.step(R("0.5429") - 1 == R("-0.4571"))
L.step(True, note="sigma' = sigma(1 - sigma)"); sub("dsig", lambda a, b: a * b, "~0.5429", "~0.4571"); L.step(rounds("0.2482", R("0.5429") * R("0.4571")))
sub("do", lambda a, b: a * b, "~-0.4571", "~0.2482"); L.step(rounds("-0.1135", R("-0.4571") * R("0.2482")))
L.step(True, note="dL/dv1 = delta_o h1"); sub("dv1", lambda a, b: a * b, "~-0.1135", "~0.5205"); L.step(rounds("-0.0591", R("-0.1135") * R("0.5205")))
L.step(True, note="dL/dv2 = delta_o h2"); sub("dv2", lambda a, b: a * b, "~-0.1135", "~0.6341"); L.step(rounds("-0.0720", R("-0.1135") * R("0.6341")))
L.step(True, note="dL/dc = delta_o"); L.step(rounds("-0.1135", T["dc"]), carried=True, note="the writer's delta_o restated")
L.step(True, note="delta_1 formula"); sub("d1", lambda a, b, c_: a * R("0.6") * b * c_, "~-0.1135", "~0.5205", "~0.4795")
L.step(rounds("-0.0170", R("-0.1135") * R("0.6") * R("0.5205") * R("0.4795")))
L.step(True, note="delta_2 formula"); sub("d2", lambda a, b, c_: a * R("-0.3") * b * c_, "~-0.1135", "~0.6341", "~0.3659")
L.step(rounds("0.0079", R("-0.1135") * R("-0.3") * R("0.6341") * R("0.3659")))
L.step(True, note="dL/dw1 = delta_1 x1"); num("-0.0170", "d1")
L.step(True, note="dL/dw2 = delta_1 x2"); L.step(rounds("-0.0085", T["d1"] * x2, R("-0.0170") * x2 if rounds("-0.0170", T["d1"]) else None), carried=rounds("-0.0085", R("-0.0170") * x2))
L.step(True, note="dL/dw3 = delta_2 x1"); num("0.0079", "d2")
L.step(True, note="dL/dw4 = delta_2 x2"); L.step(rounds("0.0040", T["d2"] * x2, R("0.0079") * x2 if rounds("0.0079", T["d2"]) else None), carried=rounds("0.0040", W["d2"] * x2))
L.define()
L.step(substituted(v1 - T["dv1"], lambda g: R("0.6") + g, "~0.0591"), carried=True); L.step(R("0.6") + R("0.0591") == R("0.6591"))
L.step(substituted(c - T["dc"], lambda g: R("0.05") + g, "~0.1135"), carried=True); L.step(R("0.05") + R("0.1135") == R("0.1635"))
num("0.5250", "h1"); L.step(rounds("0.9048", sp.exp(R("-0.1")))); L.step(rounds("0.5250", 1 / R("1.9048")))
L.step(True, note="sigma' identity")
L.step(substituted(T["o"], lambda a, b: R("0.6") * a - b + R("0.05"), "~0.5250", "~0.1902"))
L.step(R("0.6") * R("0.5250") == R("0.3150")); L.step(R("0.3150") - R("0.1902") + R("0.05") == R("0.1748"))
L.step(substituted(T["yh"], sig, "~0.1748")); L.step(rounds("0.5436", T["yh"], sig(R("0.1748"))))
L.step(substituted(T["L"], lambda a: a ** 2 / 2, "~0.4564")); L.step(rounds("0.1042", T["L"], R("0.4564") ** 2 / 2))
L.step(substituted(T["do"], lambda a, b: -a * b, "~0.4564", "~0.2481")); L.step(rounds("-0.1132", T["do"]))
L.step(substituted(T["dv1"], lambda a, b: a * b, "~-0.1132", "~0.5250")); L.step(rounds("-0.0594", T["dv1"]))
L.step(substituted(T["d1"], lambda a, b: a * R("0.6") * b, "~-0.1132", "~0.2494")); L.step(rounds("-0.0169", T["d1"]))
L.step(rounds("-0.0169", T["d1"] * x1))
L.step(substituted(v1 - T["dv1"], lambda g: R("0.6") + g, "~0.0594")); L.step(R("0.6") + R("0.0594") == R("0.6594"))
num("0.0079", "d2")
t = sp.Symbol("t", real=True)
L.step(True, note="h1 = tanh z1"); L.step(rounds("0.0997", sp.tanh(z1))); L.step(True, note="h2 = tanh z2"); L.step(rounds("0.5005", sp.tanh(z2)))
L.step(sp.simplify(sp.diff(sp.tanh(t), t) - (1 - sp.tanh(t))) == 0)
L.step(rounds("0.9003", 1 - sp.tanh(z1) ** 2), carried=rounds("0.9003", 1 - R("0.0997")))
L.step(sp.simplify(sp.diff(sp.tanh(t), t) - (1 - sp.tanh(t) ** 2)) == 0)
L.step(substituted(1 - sp.tanh(z1) ** 2, lambda a: 1 - a ** 2, "~0.0997")); L.step(rounds("0.9901", 1 - sp.tanh(z1) ** 2, 1 - R("0.0997") ** 2))
L.step(substituted(1 - sp.tanh(z2) ** 2, lambda a: 1 - a ** 2, "~0.5005")); L.step(rounds("0.7495", 1 - sp.tanh(z2) ** 2, 1 - R("0.5005") ** 2))
L.step(rounds("0.4995", 1 - sp.tanh(z2) ** 2), carried=rounds("0.4995", 1 - R("0.5005")))
L.done()
