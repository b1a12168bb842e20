"""Backprop through a sigmoid MLP with binary cross-entropy: per element, then as matrices, then for a batch."""
import numpy as np
import sympy as sp
from sympy import Derivative, OneMatrix, exp, log

from derivations.activations import sigma
from derivations.matrices import elementwise, entries, explicit, numpy_function, size_of, tidy
from derivations.model import Claim, Derivation, NumericResult
from derivations.printing import in_space
from verify.gradcheck import GradientCheck


a, u = sp.symbols("a u", real=True)
y, yhat, a2 = sp.symbols("y yhat a_2", real=True)
H, M, N = sp.symbols("H M N", integer=True, positive=True)
W1, b1, W2, b2 = (sp.MatrixSymbol("W_1", H, M), sp.MatrixSymbol("b_1", H, 1),
                  sp.MatrixSymbol("W_2", 1, H), sp.MatrixSymbol("b_2", 1, 1))
X, Y = sp.MatrixSymbol("X", M, N), sp.MatrixSymbol("Y", 1, N)        # columns are the N examples
A1, Z1, A2, Yhat = (sp.MatrixSymbol("A_1", H, N), sp.MatrixSymbol("Z_1", H, N),
                    sp.MatrixSymbol("A_2", 1, N), sp.MatrixSymbol("Yhat", 1, N))
Delta1, Delta2 = sp.MatrixSymbol("Delta_1", H, N), sp.MatrixSymbol("Delta_2", 1, N)
L = sp.Symbol("L", real=True)
PARAMETERS = (W1, b1, W2, b2)
INPUTS = PARAMETERS + (X, Y)
SMALL = ({H: 2, M: 3, N: 1}, {H: 2, M: 2, N: 2})    # symbolic sizes: one example, then a batch


def build() -> Derivation:
    d = Derivation("sigmoid_mlp", "Backprop through a sigmoid MLP with binary cross-entropy",
                   r"$\hat{y} = \sigma(W_2 \sigma(W_1 x + b_1) + b_2)$, $L = -(y \log \hat{y} + (1 - y) \log(1 - \hat{y}))$, "
                   r"$x \in \mathbb{R}^M$, $H$ hidden units. Derive $\partial L/\partial b_2$, $\partial L/\partial W_2$, "
                   r"$\partial L/\partial b_1$, $\partial L/\partial W_1$ per element, as matrices, and for a batch.",
                   reproduces=r"Backpropagation through a one-hidden-layer sigmoid network with binary cross-entropy: "
                              r"the output error $\delta_2 = \hat{y} - y$, the hidden error $\delta_1$ and the gradients "
                              r"of the four parameters, per element, as matrix products and for a batch.")
    # --- the two scalar facts everything rests on ---
    logistic = d.define(sigma(a), 1 / (1 + exp(-a)), "the logistic sigmoid")
    dsigma = d.step(Derivative(sigma(a), a), sp.diff(d.definitions[logistic], a), "differentiate the definition")
    ratio = sp.cancel(dsigma / d.definitions[logistic]).subs(exp(-a), u)        # σ'/σ as a function of u = e^{-a}
    sigma_prime = sigma(a) * sp.apart(ratio, u).xreplace({1 / (u + 1): sigma(a)})  # u/(1+u) = 1 - 1/(1+u) = 1 - σ
    d.step(Derivative(sigma(a), a), sigma_prime, r"$\sigma' = \sigma \cdot e^{-a}/(1+e^{-a})$ and $e^{-a}/(1+e^{-a}) = 1 - \sigma$",
           also=[Claim(sp.diff(sigma(a), a), sigma_prime)])   # SymPy's σ' (used below) is this one
    loss = -(y * log(yhat) + (1 - y) * log(1 - yhat))
    ell = sp.Function("L")
    d.define(ell(yhat), loss, "binary cross-entropy of one example")
    dL_dyhat = d.step(Derivative(ell(yhat), yhat), sp.diff(loss, yhat), "differentiate the loss")
    chain_rule = dL_dyhat * sigma_prime.xreplace({sigma(a): yhat})
    # d/da₂ L(σ(a₂)) is SymPy's derivative of the loss written out in a₂; the display is in ŷ = σ(a₂).
    at_a2 = {yhat: sigma(a2)}
    in_a2 = lambda shown: Claim(sp.diff(loss.xreplace(at_a2), a2), shown.xreplace(at_a2))   # noqa: E731
    d.step(Derivative(ell(sigma(a2)), a2), chain_rule, r"chain rule through $\hat{y} = \sigma(a_2)$: times $\sigma'(a_2) = \hat{y}(1-\hat{y})$",
           reads=in_a2)
    delta2 = sp.cancel(chain_rule)
    d.step(Derivative(ell(sigma(a2)), a2), delta2, r"$\hat{y}(1-\hat{y})$ cancels the denominators: $\delta_2 = \hat{y} - y$",
           reads=in_a2, also=[Claim(chain_rule, delta2)])

    # --- the network, as a chain of matrix definitions (columns are examples) ---
    chain = {A1: W1 * X + b1 * OneMatrix(1, N), Z1: elementwise(sigma, A1),
             A2: W2 * Z1 + b2 * OneMatrix(1, N), Yhat: elementwise(sigma, A2)}
    for symbol, rule in ((A1, f"hidden pre-activation; {in_space(W1)}, {in_space(X)}, {in_space(b1)}"),
                         (Z1, r"hidden activation, $\sigma$ elementwise"),
                         (A2, f"output pre-activation; {in_space(W2)}, {in_space(b2)}"),
                         (Yhat, "output probability per example")):
        d.define(symbol, chain[symbol], f"{rule}; {in_space(symbol)}")

    # --- per element, at small sizes: SymPy differentiates the written-out loss ---
    sizes = [_written_out(chain, size, loss) for size in SMALL]
    one = sizes[0]
    for P in (b2, W2, b1, W1):
        per_element = one["gradient"][P].xreplace(one["names"]).applyfunc(lambda g: tidy(g, one["prefer"]))
        d.step(Derivative(L, P), per_element, r"per element at $M=3$, $H=2$, by SymPy's diff of the written-out loss ($z_1 = \sigma(a_1)$, $\hat{y} = \sigma(a_2)$)",
               reads=lambda shown, P=P: Claim(one["gradient"][P], shown.xreplace(one["unnames"])))

    # --- vectorised and batched: L is the mean over the N examples, so each δ₂ carries 1/N ---
    backward = {Delta2: delta2.xreplace({yhat: Yhat, y: Y}) / N,
                Delta1: sp.HadamardProduct(W2.T * Delta2, Z1, OneMatrix(H, N) - Z1)}
    gradients = {b2: Delta2 * OneMatrix(N, 1), W2: Delta2 * Z1.T, b1: Delta1 * OneMatrix(N, 1), W1: Delta1 * X.T}
    chain.update(backward)
    d.define(Delta2, backward[Delta2], r"$\delta_2 = \hat{y} - y$ for each example, divided by $N$ for the mean")
    d.define(Delta1, backward[Delta1], r"$\delta_1 = (W_2^\top \delta_2) \odot \sigma'(a_1)$, $\sigma'(a_1) = z_1 \odot (1 - z_1)$")
    why = {b2: r"$a_2 = W_2 z_1 + b_2$: $\partial a_2/\partial b_2 = 1$, summed over examples",
           W2: r"$\partial a_2/\partial W_2^{h} = z_1^{h}$: the outer product $\delta_2 z_1^\top$",
           b1: r"$\partial a_1/\partial b_1 = I$, summed over examples",
           W1: r"$\partial a_1^{h}/\partial W_1^{hj} = x^{j}$: the outer product $\delta_1 x^\top$"}
    for P, formula in gradients.items():
        d.step(Derivative(L, P), formula, f"{why[P]}; equals the per-element result at both small sizes",
               reads=lambda shown, P=P: [Claim(explicit(shown, chain, size["sizes"], size["values"]),
                                               size["gradient"][P]) for size in sizes])
        d.result(f"dL/d{P.name}", formula)
    d.result("delta2", delta2)
    d.result("sigma'", sigma_prime)
    d.data.update(chain=chain, gradients=gradients, loss=loss)
    _checks(d)
    return d


def _checks(d):
    """The matrix formulas (read from d.data) in NumPy against a torch model written separately; the shapes."""
    d.gradient_checks.append(gradient_check(d.data["chain"], d.data["gradients"], d.data["loss"]))
    d.numeric_check("shapes")(shapes_match)


def _written_out(chain, sizes, loss) -> dict:
    """The network at a small size with one symbol per entry, and SymPy's per-element gradient of the mean loss."""
    stems = {X: "x", Y: "y"}
    values = {m: entries(m, *size_of(m, sizes), stems.get(m)) for m in INPUTS}
    outputs = explicit(Yhat, chain, sizes, values)
    n = sizes[N]
    total = sum(loss.xreplace({yhat: outputs[k], y: values[Y][k]}) for k in range(n)) / n
    gradient = {P: values[P].applyfunc(lambda p: sp.diff(total, p)) for P in PARAMETERS}
    hidden = explicit(Z1, chain, sizes, values)
    names = {**dict(zip(hidden, entries(Z1, *hidden.shape, "z1"))),
             **dict(zip(outputs, entries(Yhat, *outputs.shape, "yhat")))}
    prefer = [yhat - y] + [1 - z for z in entries(Z1, *hidden.shape, "z1")]   # δ₂ = ŷ − y, σ' = z(1 − z)
    return dict(sizes=sizes, values=values, gradient=gradient, names=names, prefer=prefer,
                unnames={v: k for k, v in names.items()})


# --- numbers: the derived formulas in NumPy against a torch model written separately ---
CASES = ({"M": 3, "H": 2, "N": 1}, {"M": 3, "H": 2, "N": 8}, {"M": 20, "H": 8, "N": 16}, {"M": 784, "H": 256, "N": 64})


def numpy_sigmoid():
    return sp.lambdify(a, sigma(a).rewrite(exp), "numpy")


def gradient_check(chain, gradients, loss, cases=CASES, draws=1, seed=3) -> GradientCheck:
    """Check `gradients` ({parameter: formula over `chain`}) against torch, for each size in `cases`."""
    functions = {sigma: numpy_sigmoid()}
    derived = numpy_function({P.name: g for P, g in gradients.items()}, chain, INPUTS, functions)
    outputs = numpy_function({"Yhat": Yhat}, chain, INPUTS, functions)
    loss_np = sp.lambdify((yhat, y), loss, "numpy")

    def sample(rng, case):
        m, h, n = case["M"], case["H"], case["N"]
        return {"W_1": rng.standard_normal((h, m)) / np.sqrt(m), "b_1": rng.standard_normal((h, 1)),
                "W_2": 2 * rng.standard_normal((1, h)) / np.sqrt(h), "b_2": rng.standard_normal((1, 1)),
                "X": rng.standard_normal((m, n)), "Y": rng.integers(0, 2, (1, n)).astype(float)}

    def sympy_forward(**inputs):
        return float(np.mean(loss_np(outputs(**inputs)["Yhat"], inputs["Y"])))

    return GradientCheck(r"$\partial L/\partial W_1$, $\partial L/\partial b_1$, $\partial L/\partial W_2$, $\partial L/\partial b_2$ (matrix form, mean over the batch)", sample,
                         sympy_forward, derived, torch_loss, wrt=tuple(P.name for P in gradients),
                         cases=cases, draws=draws, seed=seed)


def torch_forward(W_1, b_1, W_2, b_2, X):
    """The same network written directly in torch (columns are examples), with its intermediates."""
    import torch
    A_1 = W_1 @ X + b_1
    Z_1 = torch.sigmoid(A_1)
    A_2 = W_2 @ Z_1 + b_2
    return {"A_1": A_1, "Z_1": Z_1, "A_2": A_2, "Yhat": torch.sigmoid(A_2)}


def torch_loss(W_1, b_1, W_2, b_2, X, Y):
    import torch.nn.functional as F
    return F.binary_cross_entropy_with_logits(torch_forward(W_1, b_1, W_2, b_2, X)["A_2"], Y)  # mean over N


def shapes_match() -> NumericResult:
    """Every parameter and intermediate has the shape its symbol says, in the torch model, at every size."""
    import torch
    wrong = []
    for case in CASES:
        sizes = {H: case["H"], M: case["M"], N: case["N"]}
        tensors = {m.name: torch.zeros(size_of(m, sizes), dtype=torch.float64) for m in INPUTS}
        got = {**tensors, **torch_forward(*(tensors[m.name] for m in PARAMETERS + (X,)))}
        wrong += [f"{m.name} is {tuple(got[m.name].shape)}, expected {size_of(m, sizes)} at {case}"
                  for m in INPUTS + (A1, Z1, A2, Yhat) if tuple(got[m.name].shape) != size_of(m, sizes)]
    return NumericResult(not wrong, "; ".join(wrong) or
                         rf"$W_1, b_1, W_2, b_2, X, Y, A_1, Z_1, A_2, \hat{{Y}}$ as their symbols say at {len(CASES)} sizes")
