"""One bias vector shared by two layers: ∂L/∂b = δ₁ + δ₂.

a₁ = Wx + b, h₁ = g(a₁); a₂ = Uh₁ + b, ŷ = g₁(a₂); L = ℓ(ŷ, y), with the same b in both layers (m = k).
g, g₁ and ℓ stay general (undefined SymPy functions). The chain rule is run at a small explicit size
(x ∈ ℝ³, a₁, a₂ ∈ ℝ², one symbol per entry): each layer's Jacobian is computed by SymPy and the upstream
gradient is pulled back through its transpose (`backprop`). Every step is proved equal to SymPy's own
derivative of L written out in that step's variable. Independent biases b₁, b₂ give ∂L/∂b₁ = δ₁ and
∂L/∂b₂ = δ₂; sharing b adds the two paths (`total_over_paths`). Entries carry two indices, vector then
entry: a₂₁ is entry 1 of a₂, b₁₂ entry 2 of b₁ (the shared b's entries are b₁, b₂).

The general result is then instantiated -- g ∈ {tanh, σ, ReLU}, g₁ ∈ {tanh, σ, identity} with squared
error, and g₁ = σ with cross-entropy (which needs ŷ ∈ (0, 1)) -- by putting SymPy's derivatives of the
concrete functions into the derived formula, and checked against torch autograd of a module that really
shares one nn.Parameter.
"""
import functools

import numpy as np
import sympy as sp
from sympy import Derivative, HadamardPower, HadamardProduct, Matrix, MatrixSymbol, OneMatrix
from sympy.core.function import AppliedUndef

from derivations.activations import ReLU, sigma, sigmoid
from derivations.matrices import elementwise, entries, explicit, numpy_function, size_of
from derivations.model import Claim, Derivation, NumericResult
from verify.gradcheck import GradientCheck, compare, device

N_IN, M = 3, 2                                   # x ∈ ℝ³; a₁, h₁, a₂, ŷ, b ∈ ℝ²
vector = lambda stem: Matrix([sp.Symbol(f"{stem}{i + 1}", real=True) for i in range(M)])
x = Matrix(sp.symbols(f"x_1:{N_IN + 1}", real=True))
W = Matrix(M, N_IN, lambda i, j: sp.Symbol(f"w_{i + 1}{j + 1}", real=True))
U = Matrix(M, M, lambda i, j: sp.Symbol(f"u_{i + 1}{j + 1}", real=True))
b, y, yhat = vector("b_"), vector("y_"), vector("yhat_")
a1, h1, a2, delta1, delta2 = vector("a_1"), vector("h_1"), vector("a_2"), vector("delta_1"), vector("delta_2")
b1, b2 = vector("b_1"), vector("b_2")            # independent biases b₁, b₂, for the contrast
g, g1, loss = sp.Function("g"), sp.Function("g_1"), sp.Function("ℓ")
L = sp.Symbol("L", real=True)

t, p, q = sp.Dummy("t"), sp.symbols("p1:3"), sp.symbols("q1:3")
ACTIVATIONS = {"tanh": sp.tanh(t), "sigmoid": sigmoid(t), "relu": ReLU(t), "identity": t}
LOSSES = {"squared error": sum((p[i] - q[i]) ** 2 for i in range(M)) / 2,
          "cross-entropy": -sum(q[i] * sp.log(p[i]) + (1 - q[i]) * sp.log(1 - p[i]) for i in range(M))}
COMBINATIONS = [(h, o, "squared error") for h in ("tanh", "sigmoid", "relu") for o in ("tanh", "sigmoid", "identity")]
COMBINATIONS += [(h, "sigmoid", "cross-entropy") for h in ("tanh", "sigmoid", "relu")]


def backprop(jacobian, upstream):
    """Vector chain rule: the gradient w.r.t. a layer's input is (∂output/∂input)ᵀ · upstream."""
    return jacobian.T * upstream


def total_over_paths(contributions: dict):
    """A variable used in several places: its gradient is the sum of the contributions of every path."""
    return sum(contributions.values(), sp.zeros(M, 1))


def layers(first_bias, second_bias):
    """The network from the output down, each layer's vector and its definition."""
    return [(yhat, a2.applyfunc(g1)), (a2, U * h1 + second_bias), (h1, a1.applyfunc(g)), (a1, W * x + first_bias)]


def written_out(expr, down_to=None, biases=(b, b)):
    """`expr` with the layers above `down_to` substituted; `expr` holds no Derivative (see `as_functions`)."""
    for variable, definition in layers(*biases):
        if variable == down_to:
            break
        expr = expr.xreplace(dict(zip(variable, definition)))
    return expr


def as_functions(expr):
    """Every first derivative of g, g₁ or ℓ written as a function of its own: g'(a), ℓ_ŷ₁(ŷ, y).

    SymPy spells one partial derivative three ways -- Derivative(g(a), a), Subs(Derivative(g(ξ), ξ), ξ, a)
    and Derivative(ℓ(g₁(a), ...), g₁(a)) -- depending on how it arose. One spelling lets the prover compare
    the two sides of a claim by expanding, instead of first carrying out derivatives that cannot be carried out.
    """
    def partial(d):
        f, k = d.expr, d.expr.args.index(d.variables[0])
        name = f"{f.func}'" if len(f.args) == 1 else f"{f.func}_{k + 1}"
        return sp.Function(name)(*f.args)
    expr = expr.replace(lambda e: isinstance(e, Derivative) and isinstance(e.expr, AppliedUndef)
                        and len(e.variables) == 1 and e.variables[0] in e.expr.args, partial)
    return expr.replace(lambda e: isinstance(e, sp.Subs), lambda e: e.expr.subs(dict(zip(e.variables, e.point))))


def gradient(expr, variables):
    return Matrix([sp.diff(expr, v) for v in variables])


# --- the same network as matrices for a batch (columns are examples), at any size: the form a run evaluates ---
D, K, N = sp.symbols("D K N", integer=True, positive=True)      # inputs, width of both layers (m = k), examples
W_, U_, b_ = MatrixSymbol("W", K, D), MatrixSymbol("U", K, K), MatrixSymbol("b", K, 1)
X_, Y_ = MatrixSymbol("X", D, N), MatrixSymbol("Y", K, N)
A1_, H1_, A2_, Yhat_ = (MatrixSymbol(name, K, N) for name in ("A_1", "H_1", "A_2", "Yhat"))
G_ = MatrixSymbol("G", K, N)            # ∂L/∂Ŷ: column n is the loss's gradient at example n
E_, P_ = MatrixSymbol("E", K, N), MatrixSymbol("P", K, N)
Delta1_, Delta2_, dL_db_ = MatrixSymbol("Delta_1", K, N), MatrixSymbol("Delta_2", K, N), MatrixSymbol("dL_db", K, 1)
g_prime, g1_prime = sp.Function("g'"), sp.Function("g_1'")       # as `as_functions` names g', g₁'
BATCH_INPUTS = (W_, U_, b_, X_, Y_)
FORWARD = {A1_: W_ * X_ + b_ * OneMatrix(1, N), H1_: elementwise(g, A1_),
           A2_: U_ * H1_ + b_ * OneMatrix(1, N), Yhat_: elementwise(g1, A2_)}
BACKWARD = {Delta2_: HadamardProduct(G_, elementwise(g1_prime, A2_)),
            Delta1_: HadamardProduct(U_.T * Delta2_, elementwise(g_prime, A1_)),
            dL_db_: (Delta1_ + Delta2_) * OneMatrix(N, 1)}
SOFTMAX = {E_: elementwise(sp.exp, Yhat_), P_: HadamardProduct(E_, HadamardPower(OneMatrix(K, K) * E_, -1)),
           G_: P_ - Y_}
BATCH_SIZES = ({K: 2, D: 3, N: 1}, {K: 2, D: 1, N: 2})     # one example; a batch
SOFTMAX_SIZES = ({K: 2, N: 1}, {K: 3, N: 2})


def softmax_cross_entropy(logits, target):
    """−Σᵢ yᵢ log softmax(z)ᵢ, with log softmax(z)ᵢ = zᵢ − log Σⱼ exp zⱼ."""
    return -sum(q * (z - sp.log(sum(map(sp.exp, logits)))) for z, q in zip(logits, target))


def _per_element(shown, wrt, sizes):
    """(`shown` written out at `sizes`, SymPy's per-element ∂L/∂`wrt`, L written out down to `wrt`).

    The chain rule uses the loss only through G = ∂L/∂Ŷ, which can be any matrix: so L = Σ G ⊙ Ŷ with G a
    matrix of free symbols covers every loss ℓ (the vector–Jacobian product; input_gradient argues the same),
    and SymPy differentiates no undefined ℓ.
    """
    order = list(FORWARD)
    above = {k: v for k, v in FORWARD.items() if wrt not in FORWARD or order.index(k) > order.index(wrt)}
    values = {m: entries(m, *size_of(m, sizes)) for m in (*BATCH_INPUTS, wrt, G_)}
    total = sum(explicit(Yhat_, above, sizes, values).multiply_elementwise(values[G_]))
    per_element = values[wrt].applyfunc(lambda v: as_functions(sp.diff(total, v)))
    return explicit(shown, {**above, **BACKWARD}, sizes, values), per_element


def _softmax_gradient(shown, sizes):
    """(`shown` written out at `sizes`, SymPy's gradient of the summed softmax cross-entropy in ŷ), each
    column of Y a distribution (its last entry 1 minus the others)."""
    values = {m: entries(m, *size_of(m, sizes)) for m in (Yhat_, Y_)}
    yhat, target = values[Yhat_], values[Y_]
    total = sum(softmax_cross_entropy(yhat[:, n], target[:, n]) for n in range(sizes[N]))
    distribution = {target[-1, n]: 1 - sum(target[:-1, n]) for n in range(sizes[N])}
    formula = explicit(shown, {E_: SOFTMAX[E_], P_: SOFTMAX[P_]}, sizes, values)
    return formula.xreplace(distribution), yhat.applyfunc(lambda v: sp.diff(total, v)).xreplace(distribution)


def batch_form(d):
    """∂L/∂b = (Δ₁ + Δ₂)𝟙 for a batch at any size, each step equal to SymPy's per-element derivative at two
    small sizes; then G for softmax cross-entropy. The run evaluates this chain at its data's sizes."""
    rules = {A1_: r"as matrices, columns are examples: $A_1 = WX + b\mathbb{1}^\top$", H1_: r"$g$ elementwise",
             A2_: r"$A_2 = UH_1 + b\mathbb{1}^\top$: the same $b$", Yhat_: r"$g_1$ elementwise"}
    for symbol, rule in rules.items():
        d.define(symbol, FORWARD[symbol], rule)
    why = {Delta2_: (A2_, r"$\Delta_2 = \partial L/\partial A_2 = G \odot g_1'(A_2)$, $G = \partial L/\partial \hat{Y}$ (column $n$: $\partial\ell/\partial\hat{y}$ at example $n$)"),
           Delta1_: (A1_, r"$\Delta_1 = \partial L/\partial A_1 = (U^\top \Delta_2) \odot g'(A_1)$"),
           dL_db_: (b_, r"shared $b$: both paths, summed over the examples: $\partial L/\partial b = (\Delta_1 + \Delta_2)\mathbb{1}$")}
    # (each claim: the formula at a small size = SymPy's derivative of Σ G ⊙ Ŷ, G free: see _per_element)
    for symbol, (wrt, rule) in why.items():
        d.step(symbol, BACKWARD[symbol], f"{rule}; SymPy's per-element derivative gives this at both small sizes",
               reads=lambda shown, wrt=wrt: [Claim(*_per_element(shown, wrt, sizes)) for sizes in BATCH_SIZES])
    d.define(E_, SOFTMAX[E_], "softmax output: exp elementwise")
    d.define(P_, SOFTMAX[P_], r"softmax per column: divide by the column sums $\mathbb{1}^\top E$")
    d.step(G_, SOFTMAX[G_], r"softmax cross-entropy on $\hat{y}$ ($g_1$ the identity), each column of $Y$ a distribution: "
           r"$G = \mathrm{softmax}(\hat{Y}) - Y$, at $K = 2$ and $K = 3$",
           reads=lambda shown: [Claim(*_softmax_gradient(shown, sizes)) for sizes in SOFTMAX_SIZES])
    d.result("shared_bias_gradient_batch", BACKWARD[dL_db_], label=dL_db_)
    d.data["softmax_chain"] = {**FORWARD, **SOFTMAX, **BACKWARD}


def numpy_functions(hidden: str, output: str = "identity") -> dict:
    """g, g', g₁, g₁' (and exp) for `numpy_function`: lambdified from ACTIVATIONS and SymPy's derivatives of them."""
    functions = {sp.exp: np.exp}
    for f, f_prime, name in ((g, g_prime, hidden), (g1, g1_prime, output)):
        functions[f] = sp.lambdify(t, ACTIVATIONS[name], "numpy")
        functions[f_prime] = sp.lambdify(t, sp.diff(ACTIVATIONS[name], t), "numpy")
    return functions


def batch_gradient(chain, hidden: str):
    """(W, U, b, X, Y as arrays, columns are examples) -> {"dL_db": ...}: the chain evaluated in float64."""
    return numpy_function({"dL_db": dL_db_}, chain, BATCH_INPUTS, numpy_functions(hidden))

def build() -> Derivation:
    d = Derivation("shared_bias", "One bias shared by two layers",
                   r"$a_1 = Wx + b$, $h_1 = g(a_1)$, $a_2 = U h_1 + b$, $\hat{y} = g_1(a_2)$, $L = \ell(\hat{y}, y)$, "
                   r"with one bias $b$ in both layers. Show $\partial L/\partial b = \delta_1 + \delta_2$ "
                   r"($\delta_i = \partial L/\partial a_i$), against $\partial L/\partial b_1 = \delta_1$, "
                   r"$\partial L/\partial b_2 = \delta_2$ for independent biases.",
                   reproduces=r"The multivariable chain rule for a parameter used in two places: its gradient is the sum "
                              r"over every path from it to the loss, here a bias shared by two layers.")
    rules = ("first layer", r"hidden activation, $g$ kept general", r"second layer: the same $b$", r"output, $g_1$ general")
    for (variable, definition), rule in zip(reversed(layers(b, b)), rules):
        d.define(sp.ImmutableMatrix(variable), definition, rule)
    loss_of_yhat = loss(*yhat, *y)
    d.define(L, loss_of_yhat, r"the loss, $\ell$ kept general")
    named = {}                                   # δ symbols -> what they stand for (g'(a) notation), for the claims
    expanded = lambda e, down_to=None: written_out(as_functions(e).xreplace(named), down_to)
    separate = (b1, b2)
    # SymPy's own derivatives of L written out down to each step's variable: what each step must equal.
    L_separate = written_out(loss_of_yhat, biases=separate)
    dL = {"a2": gradient(written_out(loss_of_yhat, a2), a2), "h1": gradient(written_out(loss_of_yhat, h1), h1),
          "a1": gradient(written_out(loss_of_yhat, a1), a1), "b": gradient(written_out(loss_of_yhat), b),
          "b1": gradient(L_separate, b1), "b2": gradient(L_separate, b2)}
    dL = {k: as_functions(v) for k, v in dL.items()}

    # Backwards, one layer at a time: pull the upstream gradient back through each layer's Jacobian.
    d2 = backprop(written_out(yhat, a2).jacobian(a2), gradient(loss_of_yhat, yhat))
    d.step(delta2, d2, r"$\delta_2 = \partial L/\partial a_2$: chain rule through $\hat{y} = g_1(a_2)$, whose Jacobian is $\mathrm{diag}\, g_1'(a_2)$: $\partial\ell/\partial\hat{y} \odot g_1'(a_2)$",
           reads=lambda shown: Claim(dL["a2"], expanded(shown, a2)))
    named.update(zip(delta2, as_functions(d2)))
    dh1 = backprop(written_out(a2, h1).jacobian(h1), delta2)
    d.step(Matrix([Derivative(L, v) for v in h1]), dh1, r"$\partial L/\partial h_1$: $a_2 = U h_1 + b$ has Jacobian $U$, so $U^\top \delta_2$",
           reads=lambda shown: Claim(dL["h1"], expanded(shown, h1)))
    d1 = backprop(written_out(h1, a1).jacobian(a1), dh1)
    d.step(delta1, d1, r"$\delta_1 = \partial L/\partial a_1$: through $h_1 = g(a_1)$, Jacobian $\mathrm{diag}\, g'(a_1)$: $(U^\top \delta_2) \odot g'(a_1)$",
           reads=lambda shown: Claim(dL["a1"], expanded(shown, a1)))
    named.update(zip(delta1, as_functions(d1).xreplace(named)))
    # The expansion belongs in the steps, the result box keeps δ₁ = (Uᵀδ₂) ⊙ g′(a₁) with δ₂ named.
    d1_written_out = d1.xreplace(dict(zip(delta2, d2)))
    d.step(delta1, d1_written_out, r"$\delta_2$ put in: $\delta_1$ written out in $g'$, $g_1'$ and $\partial\ell/\partial\hat{y}$",
           reads=lambda shown: Claim(dL["a1"], expanded(shown, a1)))

    # Independent biases: each reaches L by one path only. δ₁, δ₂ written out in x, W, U, b₁, b₂ once;
    # setting b₁ = b₂ = b (a plain renaming) gives them for the shared b.
    in_full = dict(zip([*delta1, *delta2], written_out(Matrix([*delta1, *delta2]).xreplace(named), biases=separate)))
    as_shared = dict(zip([*b1, *b2], [*b, *b]))
    in_full_shared = {dv: e.xreplace(as_shared) for dv, e in in_full.items()}
    first_only = backprop((W * x + b1).jacobian(b1), delta1)
    d.step(Matrix([Derivative(L, v) for v in b1]), first_only,
           r"independent biases: $b_1$ enters $a_1$ only (path $b_1 \to a_1 \to h_1 \to a_2 \to \hat{y} \to L$), so $\partial L/\partial b_1 = \delta_1$",
           reads=lambda shown: Claim(dL["b1"], shown.xreplace(in_full)))
    second_only = backprop((U * h1 + b2).jacobian(b2), delta2)
    d.step(Matrix([Derivative(L, v) for v in b2]), second_only,
           r"independent biases: $b_2$ enters $a_2$ only (path $b_2 \to a_2 \to \hat{y} \to L$), so $\partial L/\partial b_2 = \delta_2$",
           reads=lambda shown: Claim(dL["b2"], shown.xreplace(in_full)))

    # Shared: b enters both a₁ and a₂, so both paths contribute.
    paths = {"b → a₁ → h₁ → a₂ → ŷ → L": backprop((W * x + b).jacobian(b), delta1),
             "b → a₂ → ŷ → L": backprop((U * h1 + b).jacobian(b), delta2)}
    shared = total_over_paths(paths)
    d.step(Matrix([Derivative(L, v) for v in b]), shared,
           r"shared $b$: sum over both paths (chain rule for $b \mapsto (b, b)$): $\partial L/\partial b = \delta_1 + \delta_2$",
           reads=lambda shown: Claim(dL["b"], shown.xreplace(in_full_shared)),
           also=[Claim(dL["b"], (dL["b1"] + dL["b2"]).xreplace(as_shared))])
    # The key result is δ₁ + δ₂ itself, with δ₂ and δ₁ named as the chain rule gives them (δ₁ in terms of δ₂);
    # δ₁ written out in g′, g₁′ and ∂ℓ/∂ŷ is a step.
    d.result("shared_bias_gradient", shared, label=Matrix([Derivative(L, v) for v in b]))
    d.result("delta2", d2, label=sp.ImmutableMatrix(delta2))
    d.result("delta1", d1, label=sp.ImmutableMatrix(delta1))
    d.data["paths"] = {path: str(contribution) for path, contribution in paths.items()}

    # The matching output/loss pairs make δ₂ = ŷ − y.
    # σ named, as a student writes it: σ′ = σ(1 − σ), not a fraction inside a fraction.
    s = sp.Symbol("s", real=True)
    d.define(sigma(s), sigmoid(s), "the logistic sigmoid")
    d.step(Derivative(sigma(s), s), sigma(s) * (1 - sigma(s)), r"$\sigma'$ in terms of $\sigma$")
    for output, name in (("identity", "squared error"), ("sigmoid", "cross-entropy")):
        concrete = {loss: sp.Lambda((*p, *q), LOSSES[name]), g1: sp.Lambda(t, ACTIVATIONS[output])}
        ell_prime = gradient(LOSSES[name], p).subs(dict(zip((*p, *q), (*yhat, *y))))
        slope = yhat.applyfunc(lambda v: 1 if output == "identity" else v * (1 - v))   # g₁' written in ŷ
        closed = ell_prime.multiply_elementwise(slope).applyfunc(sp.factor)
        d.step(delta2, closed, rf"{name} with {output} output: $\delta_2 = \partial\ell/\partial\hat{{y}} \odot g_1'(a_2)$ simplifies to $\hat{{y}} - y$",
               reads=lambda shown, concrete=concrete: Claim(
                   gradient(written_out(loss_of_yhat, a2).subs(concrete).doit(), a2),
                   shown.subs(dict(zip(yhat, a2.applyfunc(concrete[g1]))))))

    batch_form(d)
    _checks(d, d1, d2, shared)
    return d


def _checks(d, d1, d2, shared):
    """Instantiate the derived formulas (δ symbols and g', g₁', ∂ℓ/∂ŷ as placeholders) and check them."""
    slots = {"g'": vector("gprime_"), "g1'": vector("g1prime_"), "dl": vector("dldyhat_")}
    placeholders = {**{Derivative(g(a), a): s for a, s in zip(a1, slots["g'"])},
                    **{Derivative(g1(a), a): s for a, s in zip(a2, slots["g1'"])},
                    **{Derivative(loss(*yhat, *y), v): s for v, s in zip(yhat, slots["dl"])}}
    args = [list(U), *(list(s) for s in slots.values())]
    in_slots = lambda f: f.xreplace(dict(zip(delta1, d1))).xreplace(dict(zip(delta2, d2))).xreplace(placeholders)
    formulas = {"delta1": d1, "delta2": d2, "shared": shared}
    numeric = sp.lambdify(args, [list(in_slots(f)) for f in formulas.values()], "numpy", docstring_limit=0)   # one call, all three
    activation = {k: (sp.lambdify(t, f, "numpy"), sp.lambdify(t, sp.diff(f, t), "numpy"))
                  for k, f in ACTIVATIONS.items()}
    losses = {k: (sp.lambdify([p, q], f, "numpy"), sp.lambdify([p, q], list(gradient(f, p)), "numpy"))
              for k, f in LOSSES.items()}

    def evaluate(combo, x, W, U, b, y):
        """Forward pass of the SymPy model, then the derived δ's and ∂L/∂b, in float64."""
        (g_np, g_prime), (g1_np, g1_prime) = activation[combo[0]], activation[combo[1]]
        a_1 = W @ x + b
        a_2 = U @ g_np(a_1) + b
        out = g1_np(a_2) * np.ones(M)
        slot_values = [U.ravel(), g_prime(a_1) * np.ones(M), g1_prime(a_2) * np.ones(M),
                       np.array(losses[combo[2]][1](out, y), dtype=float)]
        value = float(losses[combo[2]][0](out, y))
        return value, dict(zip(formulas, np.array(numeric(*slot_values), dtype=float)))

    for combo in COMBINATIONS:
        d.gradient_checks.append(GradientCheck(
            rf"$\partial L/\partial b$, $g$ = {combo[0]}, $g_1$ = {combo[1]}, $\ell$ = {combo[2]}", lambda rng, case, c=combo: _sample(rng, c),
            lambda c=combo, **v: evaluate(c, **v)[0], lambda c=combo, **v: {"b": evaluate(c, **v)[1]["shared"]},
            lambda c=combo, **v: _torch_shared(c, **v), wrt=("b",), draws=2, seed=5))
    d.numeric_check(r"nn.Parameter shared by both layers / two independent biases: .grad vs $\delta_1 + \delta_2$ / $\delta_1$, $\delta_2$")(
        lambda: _parameter_check(evaluate))


def _sample(rng, combo):
    """Inputs for one combination; ReLU pre-activations kept off the kink, cross-entropy targets in (0, 1)."""
    while True:
        draw = {"x": rng.normal(0, 1, N_IN), "W": rng.normal(0, 0.7, (M, N_IN)), "U": rng.normal(0, 0.9, (M, M)),
                "b": rng.normal(0, 0.5, M),
                "y": rng.uniform(0.05, 0.95, M) if combo[2] == "cross-entropy" else rng.normal(0, 1, M)}
        if combo[0] != "relu" or np.abs(draw["W"] @ draw["x"] + draw["b"]).min() > 0.05:
            return draw


TORCH_ACTIVATIONS = {"tanh": "tanh", "sigmoid": "sigmoid", "relu": "relu", "identity": None}


def _network(combo, shared=True):
    """The two-layer network as a torch module: one nn.Parameter b used by both layers, or b1 and b2."""
    import torch
    from torch import nn

    def act(name, z):
        return z if TORCH_ACTIVATIONS[name] is None else getattr(torch, TORCH_ACTIVATIONS[name])(z)

    class TwoLayers(nn.Module):
        def __init__(self):
            super().__init__()
            zeros = lambda *shape: nn.Parameter(torch.zeros(*shape, dtype=torch.float64, device=device()))
            self.W, self.U = zeros(M, N_IN), zeros(M, M)
            if shared:
                self.b = zeros(M)
            else:
                self.b1, self.b2 = zeros(M), zeros(M)

        def forward(self, x):
            h = act(combo[0], self.W @ x + (self.b if shared else self.b1))
            return act(combo[1], self.U @ h + (self.b if shared else self.b2))

    return TwoLayers()


def _torch_loss(combo, out, y):
    import torch
    if combo[2] == "squared error":
        return ((out - y) ** 2).sum() / 2
    return -(y * torch.log(out) + (1 - y) * torch.log(1 - out)).sum()


@functools.lru_cache(maxsize=None)
def _shared_network(combo):
    return _network(combo)


def _torch_shared(combo, x, W, U, b, y):
    """The loss of the shared-bias module at the given tensors (functional_call swaps them in)."""
    from torch.func import functional_call
    return _torch_loss(combo, functional_call(_shared_network(combo), {"W": W, "U": U, "b": b}, (x,)), y)


def _parameter_check(evaluate) -> NumericResult:
    """Real modules and .backward(): the shared b's .grad accumulates both uses; b1, b2 get δ₁, δ₂."""
    import torch
    rng, rows, worst = np.random.default_rng(11), [], None
    for combo in COMBINATIONS:
        draw = _sample(rng, combo)
        tensors = {k: torch.tensor(v, dtype=torch.float64, device=device()) for k, v in draw.items()}
        _, derived = evaluate(combo, **draw)
        for shared in (True, False):
            net = _network(combo, shared)
            assert [n for n, _ in net.named_parameters()] == (["W", "U", "b"] if shared else ["W", "U", "b1", "b2"])
            with torch.no_grad():
                for name in ("W", "U", "b") if shared else ("W", "U"):
                    getattr(net, name).copy_(tensors[name])
                if not shared:
                    net.b1.copy_(tensors["b"]), net.b2.copy_(tensors["b"])
            _torch_loss(combo, net(tensors["x"]), tensors["y"]).backward()
            pairs = ([("b.grad", net.b.grad, derived["shared"])] if shared else
                     [("b1.grad", net.b1.grad, derived["delta1"]), ("b2.grad", net.b2.grad, derived["delta2"])])
            for name, got, want in pairs:
                pair = compare(want, got.cpu().numpy(), "derived", name, 1e-10,
                               lambda idx, n=name: f"{'/'.join(combo)}: {n}[{idx[0]}]")
                rows.append(pair)
    worst = max(rows, key=lambda r: (not r.ok, r.max_rel))
    ok = all(r.ok for r in rows)
    detail = (f"{len(rows)} gradients over {len(COMBINATIONS)} combinations; worst rel {worst.max_rel:.1e} "
              f"at {worst.worst}" + ("" if ok else f" (max abs {worst.max_abs:.3g})"))
    return NumericResult(ok, detail, worst.max_rel)
