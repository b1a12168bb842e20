"""Labels for wiki_backprop_cheatsheet.tex: a course wiki page after an anonymous edit: max sigma' = 1/2,
tanh' = 1 + tanh^2, delta_1 with W_2 untransposed (no shape for K = 2), dL/dW_1 = x delta_1^T; the talk
page's corrections, tanh' = 4 sigma'(2a), the batch gradient. Checked per element at M = 3, H = 2, K = 2."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, same  # noqa: E402

L = Labels("batch6/wiki_backprop_cheatsheet.tex")
a = sp.Symbol("a", real=True)
sig = lambda t: 1 / (1 + sp.exp(-t))
ds = sp.diff(sig(a), a)
S = lambda p, q: same(p, q, [a], positive=False)
L.define(); L.step(S(ds, sig(a) * (1 - sig(a)))); L.step(ds.subs(a, 0) == sp.Rational(1, 4))
top = sp.maximum(ds, a, sp.S.Reals)                  # 1/4, at a = 0
L.step(top == sp.Rational(1, 2), note=f"max sigma' = {top}")
L.step(S(sp.diff(sp.tanh(a), a), 1 + sp.tanh(a)**2)); L.step(S(sp.tanh(a), 2 * sig(2 * a) - 1))
L.step(True, note="relu' = 1 for a > 0"); L.define(2)
L.define(6)
M_, H, K = 3, 2, 2
x = sp.Matrix(sp.symbols("x1:4")); y = sp.Matrix(sp.symbols("y1:3"))
W1 = sp.Matrix(H, M_, sp.symbols("u1:7")); b1 = sp.Matrix(sp.symbols("c1:3"))
W2 = sp.Matrix(K, H, sp.symbols("v1:5")); b2 = sp.Matrix(sp.symbols("d1:3"))
a1 = W1 * x + b1; z1 = a1.applyfunc(sig); a2 = W2 * z1 + b2; yh = a2.applyfunc(sig)
loss = -sum(y[k] * sp.log(yh[k]) + (1 - y[k]) * sp.log(1 - yh[k]) for k in range(K))
syms = list(x) + list(y) + list(W1) + list(b1) + list(W2) + list(b2)
A2 = sp.Matrix(sp.symbols("A1:3"))
loss_of_a2 = -sum(y[k] * sp.log(sig(A2[k])) + (1 - y[k]) * sp.log(1 - sig(A2[k])) for k in range(K))
dL_da2 = sp.Matrix([sp.diff(loss_of_a2, A2[k]) for k in range(K)]).subs(dict(zip(A2, a2)))
d2 = yh - y
eq = lambda P, Q: P.shape == Q.shape and all(same(p, q, syms, positive=False, trials=3) for p, q in zip(P, Q))
grad = lambda m: sp.Matrix(*m.shape, lambda i, j: sp.diff(loss, m[i, j]))
L.define(); L.step(eq(dL_da2, d2))
L.step(eq(grad(W2), d2 * z1.T)); L.step(eq(grad(b2), d2))
L.step(W2 == W2.T, note="W2 d2 for W2^T d2: right only for a symmetric (square) W2; for K != H no shape")
d1 = (W2.T * d2).multiply_elementwise(z1.applyfunc(lambda t: t * (1 - t)))
L.step(eq(grad(W1), x * d1.T)); L.step(eq(sp.Matrix([sp.diff(loss, xi) for xi in x]), W1.T * d1))
A1 = sp.Matrix(sp.symbols("B1:3"))
dL_da1 = sp.Matrix([sp.diff(-sum(y[k] * sp.log(sig((W2 * A1.applyfunc(sig) + b2)[k])) + (1 - y[k]) * sp.log(1 - sig((W2 * A1.applyfunc(sig) + b2)[k]))
                                 for k in range(K)), A1[h]) for h in range(H)]).subs(dict(zip(A1, a1)))
L.step(eq(dL_da1, d1)); L.step(eq(grad(W1), d1 * x.T))
L.step(top == ds.subs(a, 0)); L.step(ds.subs(a, 0) == sp.Rational(1, 4))
L.step(S(sp.diff(sp.tanh(a), a), 1 - sp.tanh(a)**2)); L.step(S(sp.diff(sp.tanh(a), a), 4 * ds.subs(a, 2 * a)))
L.step(True, note="mean over N examples: sum of per-example delta_2 z_1^T over N")
L.done()
