"""The input gradient ∂L/∂x through two hidden layers and a softmax–cross-entropy output, and the
parameters' gradients ∂L/∂W_l = δ_l a_(l-1)ᵀ, ∂L/∂b_l = δ_l 1 the from-scratch run trains on.

`derived_functions` lambdifies the checked chain to NumPy; the runs (report/runs/attribution.py,
from_scratch.py) evaluate it through their `Checked` result.
"""
from functools import lru_cache

import numpy as np
import sympy as sp
from sympy import Derivative, OneMatrix, exp, log

from derivations.matrices import elementwise, entries, explicit, numpy_function, size_of, tidy
from derivations.model import Claim, Derivation, NumericResult
from derivations.printing import in_space
from verify.gradcheck import GradientCheck


class g(sp.Function):
    """A generic activation: all SymPy knows about it is that its derivative is g'."""

    def fdiff(self, argindex=1):
        return g_prime(self.args[0])


g_prime = sp.Function("g'")
z = sp.Symbol("z", real=True)
ACTIVATIONS = {"sigmoid": 1 / (1 + exp(-z)), "tanh": sp.tanh(z), "relu": sp.Max(z, 0)}

M, H1, H2, K, N = sp.symbols("M H_1 H_2 K N", integer=True, positive=True)
W1, b1 = sp.MatrixSymbol("W_1", H1, M), sp.MatrixSymbol("b_1", H1, 1)
W2, b2 = sp.MatrixSymbol("W_2", H2, H1), sp.MatrixSymbol("b_2", H2, 1)
W3, b3 = sp.MatrixSymbol("W_3", K, H2), sp.MatrixSymbol("b_3", K, 1)
X, Y = sp.MatrixSymbol("X", M, N), sp.MatrixSymbol("Y", K, N)        # columns are the N examples
Z1, A1, Z2, A2 = (sp.MatrixSymbol("Z_1", H1, N), sp.MatrixSymbol("A_1", H1, N),
                  sp.MatrixSymbol("Z_2", H2, N), sp.MatrixSymbol("A_2", H2, N))
Z3, E, Yhat = sp.MatrixSymbol("Z_3", K, N), sp.MatrixSymbol("E", K, N), sp.MatrixSymbol("Yhat", K, N)
Delta1, Delta2, Delta3 = (sp.MatrixSymbol("Delta_1", H1, N), sp.MatrixSymbol("Delta_2", H2, N),
                          sp.MatrixSymbol("Delta_3", K, N))
dL_dX = sp.MatrixSymbol("G", M, N)   # ∂L/∂X: column n is example n's own input gradient
L = sp.Symbol("L", real=True)
INPUTS = (W1, b1, W2, b2, W3, b3, X, Y)
SMALL = ({M: 3, H1: 2, H2: 2, K: 3, N: 1}, {M: 2, H1: 2, H2: 2, K: 2, N: 2})   # one example; a batch
STEMS = {X: "x", Y: "y", Z1: "z1", Z2: "z2", A1: "a1", A2: "a2"}


# δ_l = ∂L/∂z_l, one layer back at a time: (Wᵀ δ_above, the variable, the pre-activation above it, why)
BACKWARD = {Delta2: (W3.T * Delta3, Z2, Z3, r"back through $z_3 = W_3 a_2 + b_3$ and $a_2 = g(z_2)$"),
            Delta1: (W2.T * Delta2, Z1, Z2, r"back through $z_2 = W_2 a_1 + b_2$ and $a_1 = g(z_1)$"),
            dL_dX: (W1.T * Delta1, X, Z1, r"back through $z_1 = W_1 x + b_1$")}
# The parameters' gradients: z_l = W_l a_(l-1) + b_l 1ᵀ, so ∂L/∂W_l = δ_l a_(l-1)ᵀ and ∂L/∂b_l = δ_l 1 (summed
# over the examples). {gradient symbol: (formula, parameter, the pre-activation it enters, why)}
PARAMETER_GRADIENTS = {
    sp.MatrixSymbol(f"dL_d{P.name}", *P.shape): (formula, P, above, why)
    for P, formula, above, why in (
        (W3, Delta3 * A2.T, Z3, r"$\partial z_3/\partial W_3$ picks $a_2$: $\delta_3 a_2^\top$, summed over the examples"),
        (b3, Delta3 * OneMatrix(N, 1), Z3, r"$\partial z_3/\partial b_3 = 1$: $\delta_3$ summed over the examples"),
        (W2, Delta2 * A1.T, Z2, r"$\delta_2 a_1^\top$"), (b2, Delta2 * OneMatrix(N, 1), Z2, r"$\delta_2$ summed over the examples"),
        (W1, Delta1 * X.T, Z1, r"$\delta_1 x^\top$"), (b1, Delta1 * OneMatrix(N, 1), Z1, r"$\delta_1$ summed over the examples"))}


def backprop_chain() -> dict:
    """The forward pass, then δ₃ … ∂L/∂X: the formulas build() proves and the NumPy functions evaluate."""
    return dict(_backprop_chain())


@lru_cache(maxsize=None)
def _backprop_chain() -> tuple:
    """Built once per process (the report's runs and the checks evaluate the same formulas)."""
    chain = {Z1: W1 * X + b1 * OneMatrix(1, N), A1: elementwise(g, Z1),
             Z2: W2 * A1 + b2 * OneMatrix(1, N), A2: elementwise(g, Z2),
             Z3: W3 * A2 + b3 * OneMatrix(1, N), E: elementwise(exp, Z3),
             Yhat: sp.HadamardProduct(E, sp.HadamardPower(OneMatrix(K, K) * E, -1)),   # softmax per column
             Delta3: Yhat - Y}
    for symbol, (transposed, wrt, _, _) in BACKWARD.items():
        # a pre-activation's δ picks up g' of itself; the input x has no activation
        chain[symbol] = transposed if wrt == X else sp.HadamardProduct(transposed, elementwise(g_prime, wrt))
    chain.update({symbol: formula for symbol, (formula, _, _, _) in PARAMETER_GRADIENTS.items()})
    return tuple(chain.items())


def build() -> Derivation:
    d = Derivation("input_gradient", "The input gradient through two hidden layers",
                   r"$z_1 = W_1 x + b_1$, $a_1 = g(z_1)$, $z_2 = W_2 a_1 + b_2$, $a_2 = g(z_2)$, $z_3 = W_3 a_2 + b_3$, "
                   r"$\hat{y} = \mathrm{softmax}(z_3)$, $L = -\sum_i y_i \log \hat{y}_i$ with $\sum_i y_i = 1$. "
                   r"Derive $\delta_3 = \hat{y} - y$, $\delta_2$, $\delta_1$ and $\partial L/\partial x = W_1^\top \delta_1$.",
                   reproduces=r"Backpropagation through two hidden layers to a softmax with cross-entropy, carried on to "
                              r"the input: the gradient $\partial L/\partial x$ that input attribution (saliency) reads.")
    # --- softmax and cross-entropy, at K = 3 ---
    zs, ys, yhats = (sp.Matrix(sp.symbols(f"{v}_1:4", real=True)) for v in ("z", "y", "yhat"))
    total = sum(exp(zs[i]) for i in range(3))
    softmax = zs.applyfunc(exp) / total
    d.define(sp.MatrixSymbol("yhat", 3, 1), softmax, "softmax at K = 3")
    to_softmax = dict(zip(yhats, softmax))
    jacobian = softmax.jacobian(zs)
    S = sp.Symbol("S", positive=True)
    in_yhat = jacobian.xreplace({total: S}).subs({exp(zs[i]): yhats[i] * S for i in range(3)})
    named = in_yhat.applyfunc(lambda e: tidy(sp.cancel(e), [1 - v for v in yhats]))
    d.step(Derivative(sp.MatrixSymbol("yhat", 3, 1), sp.MatrixSymbol("z", 3, 1)), named,
           r"Jacobian of softmax: write $e^{z_i} = \hat{y}_i \sum_k e^{z_k}$", reads=lambda shown: Claim(jacobian, shown.xreplace(to_softmax)))
    yhat_v = sp.MatrixSymbol("yhat", K, 1)
    # MatAdd as written: `-` would doit() it, and DiagMatrix.doit() asks SymPy's assumption solver (~0.1 s, and
    # its import) whether ŷ is diagonal; the display and what is proved are the same.
    d.step(sp.Symbol("J"), sp.MatAdd(sp.DiagMatrix(yhat_v), -yhat_v * yhat_v.T), r"as matrices: $J = \mathrm{diag}(\hat{y}) - \hat{y}\hat{y}^\top$",
           reads=lambda shown: Claim(explicit(shown, {}, {K: 3}, {yhat_v: yhats}), named))
    loss = -sum(ys[i] * log(yhats[i]) for i in range(3))
    dL_dyhat = d.step(Derivative(L, sp.MatrixSymbol("yhat", 3, 1)), loss.diff(yhats), r"$L = -\sum_i y_i \log \hat{y}_i$",
                      means=sp.Matrix([Derivative(loss, v) for v in yhats]))
    delta3_general = (named.T * dL_dyhat).applyfunc(lambda e: sp.collect(sp.expand(e), list(yhats)))
    composite = loss.xreplace(to_softmax)
    d.step(Derivative(L, sp.MatrixSymbol("z", 3, 1)), delta3_general, r"chain rule: $\delta_3 = J^\top \partial L/\partial\hat{y}$",
           reads=lambda shown: Claim(composite.diff(zs), shown.xreplace(to_softmax)),
           also=[Claim(named.T * dL_dyhat, delta3_general)])
    delta3 = delta3_general.subs(sum(ys), 1)
    probability = {ys[2]: 1 - ys[0] - ys[1]}
    d.step(Derivative(L, sp.MatrixSymbol("z", 3, 1)), delta3, r"the target is a distribution, $\sum_i y_i = 1$: $\delta_3 = \hat{y} - y$",
           reads=lambda shown: Claim(delta3_general.xreplace(probability), shown.xreplace(probability)))

    # --- the activations the checks use, and their derivatives ---
    for name, activation in ACTIVATIONS.items():
        # ReLU′(0) = 0 as in torch (SymPy's Heaviside(0) is ½; the checks use this one too)
        slope = sp.diff(activation, z).replace(sp.Heaviside, lambda arg, *_: sp.Heaviside(arg, 0))
        d.step(Derivative(activation, z), slope, f"g = {name}" + (r", with $g'(0) = 0$ as in torch" if name == "relu" else ""))

    # --- the network as a chain of matrix definitions (columns are examples) ---
    chain = backprop_chain()
    rules = {Z1: f"{in_space(W1)}, {in_space(X)}", A1: "g elementwise", Z2: in_space(W2),
             A2: "g elementwise", Z3: in_space(W3), E: "exp elementwise",
             Yhat: r"softmax per column: divide by the column sums $\mathbb{1}^\top E$"}
    for symbol in rules:
        d.define(symbol, chain[symbol], f"{rules[symbol]}; {in_space(symbol)}")

    # --- backward, one layer at a time: each δ is ∂L/∂(pre-activation), for whatever comes downstream ---
    d.step(Delta3, chain[Delta3], r"$\delta_3 = \partial L/\partial z_3 = \hat{y} - y$ for every example ($L$ sums the examples' losses)",
           reads=lambda shown: Claim(explicit(shown, {}, {K: 3, N: 1}, {Yhat: yhats, Y: ys}), delta3))
    for symbol, (_, wrt, above, rule) in BACKWARD.items():
        d.step(symbol, chain[symbol], f"{rule}; per element, SymPy's chain rule gives this at both small sizes",
               reads=lambda shown, symbol=symbol, wrt=wrt, above=above: [
                   Claim(*_per_element({**chain, symbol: shown}, symbol, wrt, above, sizes)) for sizes in SMALL])
        d.result(symbol.name, chain[symbol])
    for symbol, (_, P, above, rule) in PARAMETER_GRADIENTS.items():
        d.step(symbol, chain[symbol], f"{rule}; per element, SymPy's derivative gives this at both small sizes",
               reads=lambda shown, symbol=symbol, P=P, above=above: [
                   Claim(*_per_element({**chain, symbol: shown}, symbol, P, above, sizes, PARAMETER_INPUTS))
                   for sizes in SMALL])
        d.result(symbol.name, chain[symbol])
    d.result("delta3", delta3)
    d.data.update(chain=chain)
    _checks(d)
    return d


def _checks(d):
    """∂L/∂X from the chain (read from d.data) in NumPy against a torch model, per activation; the shapes."""
    for name in ACTIVATIONS:
        d.gradient_checks.append(gradient_check(d.data["chain"], name))
    d.numeric_check("shapes")(shapes_match)


PARAMETER_INPUTS = (A1, A2)   # for a parameter's gradient the layer's input a_(l-1) is just given: free entries


def _per_element(chain, symbol, wrt, above, sizes, given=()):
    """(the formula for `symbol` written out at `sizes`, SymPy's per-element ∂ℓ/∂wrt).

    ℓ stands for everything downstream of the next pre-activation u = `above`. The chain rule uses it
    only through its gradient there, δ_above = ∂ℓ/∂u, which can be any matrix: so ℓ = Σ δ_above ⊙ u
    with δ_above a matrix of free symbols covers every downstream loss (the vector–Jacobian product
    reverse mode computes), and the formula gets the same δ_above. An undefined ℓ(u) would give the
    same result through Subs objects, several times slower to build and to compare.
    """
    values = {m: entries(m, *size_of(m, sizes), STEMS.get(m)) for m in INPUTS + (wrt,) + tuple(given)}
    pre_activation = explicit(chain[above], {m: chain[m] for m in (A1, A2) if m not in given}, sizes, values)
    delta_above = entries(above, *pre_activation.shape, "c")
    downstream = sum(pre_activation.multiply_elementwise(delta_above))
    per_element = values[wrt].applyfunc(lambda v: sp.diff(downstream, v))
    next_delta = {Z3: Delta3, Z2: Delta2, Z1: Delta1}[above]
    return explicit(chain[symbol], {}, sizes, {**values, next_delta: delta_above}), per_element


# --- numbers: the derived formulas in NumPy against a torch model written separately ---
CASES = ({"M": 3, "H1": 2, "H2": 2, "K": 3, "N": 1}, {"M": 4, "H1": 3, "H2": 5, "K": 2, "N": 2},
         {"M": 784, "H1": 256, "H2": 128, "K": 10, "N": 64})
KINK_MARGIN = 1e-3   # ReLU draws keep every pre-activation this far from 0, where finite differences break


@lru_cache(maxsize=None)
def numpy_activation(name: str):
    """(g, g') as NumPy functions, lambdified from the SymPy definition and its derivative."""
    activation = ACTIVATIONS[name]
    derivative = sp.diff(activation, z).replace(sp.Heaviside, lambda arg, *_: sp.Heaviside(arg, 0))  # torch: relu'(0) = 0
    return sp.lambdify(z, activation, "numpy"), sp.lambdify(z, derivative, "numpy")


def derived_functions(chain, name: str, outputs=(dL_dX,)):
    activation, derivative = numpy_activation(name)
    return numpy_function({o.name: o for o in outputs}, chain, INPUTS, {g: activation, g_prime: derivative, exp: np.exp})


def sample_inputs(rng, case, name="sigmoid"):
    m, h1, h2, k, n = (case[v] for v in ("M", "H1", "H2", "K", "N"))
    p = {"W_1": rng.standard_normal((h1, m)) / np.sqrt(m), "b_1": 0.5 * rng.standard_normal((h1, 1)),
         "W_2": rng.standard_normal((h2, h1)) / np.sqrt(h1), "b_2": 0.5 * rng.standard_normal((h2, 1)),
         "W_3": 2 * rng.standard_normal((k, h2)) / np.sqrt(h2), "b_3": 0.5 * rng.standard_normal((k, 1)),
         "X": rng.standard_normal((m, n)), "Y": rng.dirichlet(np.ones(k), n).T}
    while name == "relu":   # redraw the examples whose pre-activations come near the kink
        z1 = p["W_1"] @ p["X"] + p["b_1"]
        z2 = p["W_2"] @ np.maximum(z1, 0) + p["b_2"]
        near = (np.abs(z1).min(axis=0) < KINK_MARGIN) | (np.abs(z2).min(axis=0) < KINK_MARGIN)
        if not near.any():
            break
        p["X"][:, near] = rng.standard_normal((m, int(near.sum())))
    return p


def gradient_check(chain, name: str, cases=CASES, draws=1, seed=5) -> GradientCheck:
    """∂L/∂X (per-example input gradients) from `chain` against torch, for activation `name`."""
    derived = derived_functions(chain, name, (dL_dX, Yhat))

    def sympy_forward(**inputs):
        return float(-(inputs["Y"] * np.log(derived(**inputs)["Yhat"])).sum())

    return GradientCheck(rf"$\partial L/\partial X$, $g$ = {name} (per-example input gradients)",
                         lambda rng, case: sample_inputs(rng, case, name), sympy_forward,
                         lambda **inputs: {"X": derived(**inputs)["G"]},
                         lambda **t: torch_loss(**t, activation=name), wrt=("X",), cases=cases, draws=draws, seed=seed)


def torch_forward(W_1, b_1, W_2, b_2, W_3, b_3, X, activation="sigmoid"):
    """The same network written directly in torch (columns are examples), with its intermediates."""
    import torch
    act = {"sigmoid": torch.sigmoid, "tanh": torch.tanh, "relu": torch.relu}[activation]
    Z_1 = W_1 @ X + b_1
    A_1 = act(Z_1)
    Z_2 = W_2 @ A_1 + b_2
    A_2 = act(Z_2)
    Z_3 = W_3 @ A_2 + b_3
    return {"Z_1": Z_1, "A_1": A_1, "Z_2": Z_2, "A_2": A_2, "Z_3": Z_3, "Yhat": torch.softmax(Z_3, dim=0)}


def torch_loss(W_1, b_1, W_2, b_2, W_3, b_3, X, Y, activation="sigmoid"):
    import torch
    Z_3 = torch_forward(W_1, b_1, W_2, b_2, W_3, b_3, X, activation)["Z_3"]
    return -(Y * torch.log_softmax(Z_3, dim=0)).sum()     # summed: column n of dL/dX is example n's own


def shapes_match() -> NumericResult:
    """Every parameter and intermediate has the shape its symbol says, in the torch model, at every size."""
    import torch
    wrong = []
    for case in CASES:
        sizes = {M: case["M"], H1: case["H1"], H2: case["H2"], K: case["K"], N: case["N"]}
        tensors = {m.name: torch.zeros(size_of(m, sizes), dtype=torch.float64) for m in INPUTS}
        got = {**tensors, **torch_forward(*(tensors[m.name] for m in INPUTS[:-1]))}
        wrong += [f"{m.name} is {tuple(got[m.name].shape)}, expected {size_of(m, sizes)} at {case}"
                  for m in INPUTS + (Z1, A1, Z2, A2, Z3, Yhat) if tuple(got[m.name].shape) != size_of(m, sizes)]
    return NumericResult(not wrong, "; ".join(wrong) or
                         rf"$W_1, \ldots, b_3, X, Y, Z_1, A_1, Z_2, A_2, Z_3, \hat{{Y}}$ as their symbols say at {len(CASES)} sizes")
