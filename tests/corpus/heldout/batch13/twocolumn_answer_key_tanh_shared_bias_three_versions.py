"""Labels for twocolumn_answer_key_tanh_shared_bias_three_versions.tex: a class-test answer key set in a
`twocolumn` article (`\\twocolumn[...]` title, `\\shortintertext`, `\\coloneqq` names that are not counted
relations, `dcases`): a 1-1-1 tanh network whose single bias b enters both layers, so dL/db = delta1 + delta2;
the key, then three marked scripts (a dropped path, tanh' = 1 - tanh carried, a sign slip on b carried)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch13/twocolumn_answer_key_tanh_shared_bias_three_versions.tex")
x, y, w1, w2, b = R("1.5"), R("0.5"), R("0.4"), R("-1.2"), R("0.1")
L.define(4, "z, h, yhat, L"); L.define(5, "data, weights"); L.define(note="eta")
z = w1 * x + b; h = sp.tanh(z); yh = w2 * h + b; loss = (yh - y) ** 2 / 2
L.step(z == R("0.4") * R("1.5") + R("0.1")); L.step(z == R("0.7")); L.step(True, note="h = tanh z"); L.step(rounds("0.6044", h))
L.step(substituted(yh, lambda t: R("-1.2") * t + R("0.1"), "~0.6044")); L.step(rounds("-0.7252", R("-1.2") * R("0.6044"), w2 * h)); L.step(R("-0.7252") + R("0.1") == R("-0.6252"))
L.step(substituted(loss, lambda v: (v - R("0.5")) ** 2 / 2, "~-0.6252")); L.step(R("-0.6252") - R("0.5") == R("-1.1252"))
L.step(rounds("0.6331", R("1.1252") ** 2 / 2, loss))
# symbolic gradients of the shared-bias network
W1, W2, B, X = sp.symbols("W1 W2 B X", real=True)
Ls = (W2 * sp.tanh(W1 * X + B) + B - y) ** 2 / 2
at = {W1: w1, W2: w2, B: b, X: x}
G = {v: sp.diff(Ls, v).subs(at) for v in (W1, W2, B, X)}
d2 = yh - y; d1 = d2 * w2 * (1 - h ** 2)
L.step(True, note="delta2 = yhat - y"); L.step(rounds("-1.1252", d2))
L.step(sp.N(G[W2] - d2 * h, 30) == 0 or abs(sp.N(G[W2] - d2 * h, 30)) < 1e-25)
L.step(substituted(G[W2], lambda a, c: a * c, "~-1.1252", "~0.6044")); L.step(rounds("-0.6801", R("-1.1252") * R("0.6044"), G[W2]))
Z = sp.symbols("Z", real=True)
L.step(abs(sp.N(sp.diff((W2 * sp.tanh(Z) + B - y) ** 2 / 2, Z).subs({Z: z, W2: w2, B: b}) - d1, 30)) < 1e-25)
L.step(substituted(d1, lambda a, c: a * R("-1.2") * c, "~-1.1252", "~0.6347")); L.step(rounds("0.8571", R("-1.1252") * R("-1.2") * R("0.6347"), d1))
L.step(abs(sp.N(G[W1] - d1 * x, 30)) < 1e-25); L.step(substituted(G[W1], lambda a: a * R("1.5"), "~0.8571")); L.step(rounds("1.2856", G[W1]))
L.step(abs(sp.N(G[X] - d1 * w1, 30)) < 1e-25); L.step(rounds("0.3428", G[X]))
L.step(True, note="chain rule over both paths"); L.step(abs(sp.N(G[B] - (d2 + d1), 30)) < 1e-25)
L.step(substituted(G[B], lambda a, c: a + c, "~-1.1252", "~0.8571")); L.step(rounds("-0.2682", R("-1.1252") + R("0.8571"), G[B]))
nb, nw1, nw2 = b - R("0.1") * G[B], w1 - R("0.1") * G[W1], w2 - R("0.1") * G[W2]
L.step(substituted(nb, lambda g: R("0.1") - R("0.1") * g, "~-0.2682")); L.step(rounds("0.1268", nb))
L.step(substituted(nw1, lambda g: R("0.4") - R("0.1") * g, "~1.2856")); L.step(rounds("0.2714", nw1))
L.step(substituted(nw2, lambda g: R("-1.2") - R("0.1") * g, "~-0.6801")); L.step(rounds("-1.1320", nw2))
t = sp.symbols("t", real=True)
sig = lambda v: 1 / (1 + sp.exp(-v))
L.step(same(sp.diff(sp.tanh(t), t), 1 - sp.tanh(t) ** 2, positive=False)); L.step(same(sp.tanh(t), 2 * sig(2 * t) - 1, positive=False))
L.step(substituted(sig(R("1.4")), lambda v: (1 + v) / 2, "~0.6044")); L.step(rounds("0.8022", (1 + R("0.6044")) / 2, sig(R("1.4"))))
lr = sp.Piecewise((t, t > 0), (t / 100, True))
L.step(sp.diff(lr, t).subs(t, 2) == 1 and sp.diff(lr, t).subs(t, -2) == R("0.01")); L.define(2, "z > 0, z < 0")
# script A
L.step(rounds("0.8571", d1)); L.step(rounds("1.2856", G[W1])); L.step(rounds("0.3428", G[X]))
L.step(abs(sp.N(G[B] - d1, 30)) < 1e-25, note="misses delta2"); L.step(rounds("0.8571", d1))
L.step(substituted(nb, lambda g: R("0.1") - R("0.1") * g, "~0.8571"), carried=True); L.step(rounds("0.0143", R("0.1") - R("0.1") * R("0.8571")))
# script B
L.step(same(sp.diff(sp.tanh(t), t), 1 - sp.tanh(t), positive=False))
L.step(substituted(d1, lambda a, c: a * R("-1.2") * (1 - c), "~-1.1252", "~0.6044"), carried=True)
L.step(rounds("1.3502", R("1.1252") * R("1.2")) and R("1") - R("0.6044") == R("0.3956")); L.step(rounds("0.5342", R("1.3502") * R("0.3956"), d2 * w2 * (1 - h)))
L.step(substituted(G[W1], lambda a: a * R("1.5"), "~0.5342"), carried=True); L.step(rounds("0.8013", R("0.5342") * R("1.5")))
L.step(substituted(G[B], lambda a, c: a + c, "~0.5342", "~-1.1252"), carried=True); L.step(R("0.5342") - R("1.1252") == R("-0.5910"))
L.step(substituted(nb, lambda g: R("0.1") + g, "~0.0591"), carried=True); L.step(R("0.1") + R("0.0591") == R("0.1591"))
L.step(substituted(nw1, lambda g: R("0.4") - g, "~0.0801"), carried=True); L.step(R("0.4") - R("0.0801") == R("0.3199"))
L.step(substituted(1 - sp.tanh(R("0.7")) ** 2, lambda v: 1 - v, "~0.6044"), carried=True); L.step(1 - R("0.6044") == R("0.3956"))
L.step(R("0.3956") > sig(R("1.4")) * (1 - sig(R("1.4")))); L.step(rounds("0.1587", sig(R("1.4")) * (1 - sig(R("1.4")))))
# script C
L.step(True, note="h = tanh 0.7"); L.step(rounds("0.6044", h))
L.step(substituted(yh, lambda v: R("-1.2") * v - R("0.1"), "~0.6044"), note="+ b"); L.step(rounds("-0.8253", R("-1.2") * R("0.6044") - R("0.1")))
L.step(substituted(loss, lambda v: v ** 2 / 2, "~1.3253"), carried=True); L.step(rounds("0.8782", R("1.3253") ** 2 / 2))
L.step(rounds("-1.3253", d2), carried=True)
L.step(substituted(G[W2], lambda a, c: a * c, "~-1.3253", "~0.6044"), carried=True); L.step(rounds("-0.8010", R("-1.3253") * R("0.6044")))
L.step(substituted(d1, lambda a: a * R("-1.2") * R("0.6347"), "~-1.3253"), carried=True); L.step(rounds("1.0094", R("-1.3253") * R("-1.2") * R("0.6347")))
L.step(abs(sp.N(G[B] - (d1 + d2), 30)) < 1e-25)
L.step(rounds("-0.3159", G[B]), carried=rounds("-0.3159", R("1.0094") - R("1.3253")))
L.step(sp.limit(1 - sp.tanh(t) ** 2, t, sp.oo) == 0); L.step(sp.limit(sp.tanh(t) / t, t, 0) == 1)
L.step(rounds("2.5278", sp.summation(R("0.6044") ** sp.Symbol("k", integer=True), (sp.Symbol("k", integer=True), 1, sp.oo))))
L.done()
