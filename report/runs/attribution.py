"""Input-gradient attribution: which input features move the loss most.

A two-hidden-layer MLP is trained with torch on a tabular set (bundled breast cancer, or
the user's CSV). Features are then ranked by the mean over validation rows of |dL/dx_i|,
computed by the derived formula ∂L/∂x = W₁ᵀδ₁ (the checked input_gradient derivation's matrix
chain, lambdified to NumPy), and cross-checked against torch autograd of the per-row loss: the run
fails when they disagree or when the derivation did not pass.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from derivations.prose import Prose
from report.runs import data as datasets, figures, training
from report.runs.base import RunOutput, Table

DERIVATION = "input_gradient"
USES_DATA = True
AGREEMENT = 1e-8          # derived vs autograd attribution, relative to the largest score


@dataclass(frozen=True)
class Config:
    dataset: str = "breast_cancer"
    hidden: tuple[int, int] = (16, 16)
    activation: str = "sigmoid"
    iterations: int = 300
    lr: float = 0.5
    top: int = 15
    data: datasets.DataSpec | None = None


TINY = Config(dataset="wine", hidden=(6, 6), iterations=10, top=5)


def train_tabular(config: Config, seed: int):
    """(data, trained torch model); shared with the generalisation run."""
    import torch
    data = datasets.load(config.data or config.dataset, seed)
    model = training.mlp((data.X_train.shape[1], *config.hidden, data.n_classes), config.activation, seed)
    X, y = training.tensor(data.X_train, torch.float64), training.tensor(data.y_train)
    training.fit(model, X, y, iterations=config.iterations, lr=config.lr, desc=f"{data.name} MLP")
    return data, model


def weights(model) -> dict[str, np.ndarray]:
    """W1, b1, ... with W_l of shape (fan in, fan out), as in the derivation (x W + b)."""
    linears = [m for m in model if hasattr(m, "weight")]
    out = {}
    for i, layer in enumerate(linears, 1):
        out[f"W{i}"] = layer.weight.detach().cpu().numpy().T.copy()
        out[f"b{i}"] = layer.bias.detach().cpu().numpy().copy()
    return out


def autograd_input_gradient(model, X, y) -> np.ndarray:
    import torch
    x = training.tensor(X, torch.float64).requires_grad_(True)
    loss = torch.nn.functional.cross_entropy(model(x), training.tensor(y), reduction="sum")
    (g,) = torch.autograd.grad(loss, x)
    return g.cpu().numpy()


# --- the derived input gradient at any size (the checked chain, lambdified once) ---
def _columns(params: dict, Y) -> tuple[dict, np.ndarray]:
    """The derivation's arrays from a dataset's layout: W_1 ... b_3 (b as columns), targets (N, K)."""
    names = ("W1", "b1", "W2", "b2", "W3", "b3")
    if set(params) != set(names):
        raise ValueError(f"expected parameters {', '.join(names)} (two hidden layers), got {', '.join(params)}")
    weights = {f"{n[0]}_{n[1]}": np.asarray(params[n], dtype=np.float64).reshape(np.shape(params[n])[0], -1)
               for n in names}
    Y = np.asarray(Y)
    targets = np.eye(weights["W_3"].shape[0])[Y.astype(int)] if Y.ndim == 1 else Y.astype(np.float64)
    return weights, targets


def input_gradients(checked, params: dict, X: np.ndarray, Y: np.ndarray, g: str = "sigmoid",
                    chunk: int = 4096) -> np.ndarray:
    """Per-example input gradients ∂Lₙ/∂xₙ, shape (N, M), by the checked formula ∂L/∂x = W₁ᵀδ₁ (NumPy, float64).

    params: {"W1", "b1", "W2", "b2", "W3", "b3"} in torch.nn.Linear layout: W_l is (out, in) as in
            z = Wx + b (so W1 is H1×M), b_l is (out,) or (out, 1).
    X: (N, M), one example per row. Y: (N,) integer class labels, or (N, K) target distributions.
    g: the hidden activation, "sigmoid", "tanh" or "relu". Lₙ = −Σᵢ yᵢ log softmax(z₃)ᵢ for example n.
    The softmax is the derived formula as written (no max-shift): logits must stay below ~700.
    """
    from derivations.input_gradient import derived_functions
    chain = checked.require().datum("chain")
    evaluate = checked.compiled(("input gradient", g), lambda: derived_functions(chain, g))
    X = np.asarray(X, dtype=np.float64)
    weights, targets = _columns(params, Y)
    out = [evaluate(**weights, X=X[i:i + chunk].T, Y=targets[i:i + chunk].T)["G"].T
           for i in range(0, len(X), chunk)]
    return np.concatenate(out) if out else np.zeros((0, X.shape[1]))


def attribution(checked, params: dict, X: np.ndarray, Y: np.ndarray, g: str = "sigmoid") -> np.ndarray:
    """mean over the examples of |∂Lₙ/∂xₙᵢ|, shape (M,): how strongly each input feature moves the loss."""
    return np.abs(input_gradients(checked, params, X, Y, g)).mean(axis=0)


def autograd_input_gradients(params: dict, X: np.ndarray, Y: np.ndarray, g: str = "sigmoid") -> np.ndarray:
    """The same per-example input gradients by torch autograd of a torch model written separately."""
    import torch
    from derivations.input_gradient import torch_loss
    weights, targets = _columns(params, Y)
    t = {name: torch.tensor(v) for name, v in weights.items()}
    x = torch.tensor(np.asarray(X, dtype=np.float64).T, requires_grad=True)
    loss = torch_loss(**t, X=x, Y=torch.tensor(targets.T), activation=g)
    return torch.autograd.grad(loss, x)[0].numpy().T


def derived_attribution(checked, X, y, p, activation):
    """(mean |dL/dx_i| per feature, where from), by the checked derivation's formula ∂L/∂x = W₁ᵀδ₁."""
    torch_layout = {k: v.T if k.startswith("W") else v for k, v in p.items()}
    return (attribution(checked, torch_layout, X, y, activation),
            Prose(r"the input-gradient derivation's checked formula $\partial L/\partial x = W_1^\top \delta_1$"))


def rank(config: Config, seed: int, checked):
    """Train, then attribute on validation rows: (data, model, scores, autograd scores, source)."""
    data, model = train_tabular(config, seed)
    p = weights(model)
    scores, source = derived_attribution(checked, data.X_val, data.y_val, p, config.activation)
    reference = np.abs(autograd_input_gradient(model, data.X_val, data.y_val)).mean(axis=0)
    return data, model, scores, reference, source


def run(config: Config, seed: int, outdir, checked) -> RunOutput:
    data, model, scores, reference, source = rank(config, seed, checked)
    order = np.argsort(-scores, kind="stable")[:config.top]
    rel_error = float(np.max(np.abs(scores - reference)) / max(np.max(reference), 1e-300))
    if not rel_error <= AGREEMENT:
        raise ArithmeticError(f"derived attribution disagrees with autograd: max rel. difference {rel_error:.1e}")

    fig, ax = figures.new(aspect=0.2 + 0.045 * len(order))
    ax.barh(np.arange(len(order))[::-1], scores[order], color="C0")
    ax.set_yticks(np.arange(len(order))[::-1], [figures.literal(data.feature_names[i]) for i in order])
    ax.set(xlabel=r"mean $|\partial L/\partial x_i|$ over validation rows", ylabel="feature")
    bars = figures.save(fig, outdir, "runs/attribution/ranking.pdf",
                        f"Input features of {datasets.readable(data.name)} ranked by the mean absolute input gradient of the loss "
                        f"(top {len(order)} of {len(scores)}).")
    rows = tuple((str(r), data.feature_names[i], f"{scores[i]:.4g}", f"{reference[i]:.4g}")
                 for r, i in enumerate(order, 1))
    table = Table(f"Top features: derived formula vs torch autograd (largest relative difference over all "
                  f"features {rel_error:.1e}).", ("rank", "feature", "derived", "autograd"), rows)
    val_acc = training.accuracy(model, training.tensor(data.X_val), training.tensor(data.y_val))
    # numbers and this module's words only (no data file's text), so it may carry the source's math
    notes = (Prose(f"Model: {data.X_train.shape[1]}-{config.hidden[0]}-{config.hidden[1]}-{data.n_classes} MLP with "
                   f"{config.activation} hidden layers, {config.iterations} full-batch iterations, validation accuracy "
                   f"{val_acc:.3f}. Attribution by {source}."),)
    return RunOutput(DERIVATION, "Input-gradient attribution", (bars,), (table,), notes,
                     data={"scores": scores.tolist(), "autograd": reference.tolist(), "rel_error": rel_error,
                           "features": list(data.feature_names), "val_acc": val_acc})
