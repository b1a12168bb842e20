"""Input-gradient attribution: which input features move the loss most.

A two-hidden-layer MLP is trained with torch on a tabular set (bundled breast cancer, or
the user's CSV). Features are then ranked by the mean over validation rows of |dL/dx_i|,
computed by the derived formula (the input_gradient derivation's NumPy `attribution`
when it exists, else the same formula written here):
    delta_3 = softmax(A_3) - Y,  delta_l = (delta_{l+1} W_{l+1}^T) * f'(A_l),  dL/dx = delta_1 W_1^T,
and cross-checked against torch autograd of the per-row loss.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from report.runs import data as datasets, figures, training
from report.runs.base import RunOutput, Table

DERIVATION = "input_gradient"
USES_DATA = True
READS_DERIVATION = True


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


def input_gradient(X, y, p, activation: str) -> np.ndarray:
    """dL_n/dx_n for every row n (the loss of row n alone), by the derived formula."""
    f, f_prime = training.numpy_activation(activation)
    H1 = f(X @ p["W1"] + p["b1"])
    H2 = f(H1 @ p["W2"] + p["b2"])
    Z = H2 @ p["W3"] + p["b3"]
    P = np.exp(Z - Z.max(axis=1, keepdims=True))
    P /= P.sum(axis=1, keepdims=True)
    delta3 = P - np.eye(P.shape[1])[y]
    delta2 = (delta3 @ p["W3"].T) * f_prime(H2)
    delta1 = (delta2 @ p["W2"].T) * f_prime(H1)
    return delta1 @ p["W1"].T


def autograd_input_gradient(model, X, y) -> np.ndarray:
    import torch
    x = training.tensor(X, torch.float64).requires_grad_(True)
    loss = torch.nn.functional.cross_entropy(model(x), training.tensor(y), reduction="sum")
    (g,) = torch.autograd.grad(loss, x)
    return g.cpu().numpy()


def derived_attribution(X, y, p, activation):
    """(mean |dL/dx_i| per feature, where from): derivations.input_gradient.attribution when it
    can be imported (it takes torch.nn.Linear layout, W_l as (out, in)), else the formula above."""
    try:
        from derivations.input_gradient import attribution
    except Exception as exc:   # someone else's module: fall back rather than fail the report
        return (np.abs(input_gradient(X, y, p, activation)).mean(axis=0),
                f"the formula as written in this run (derivations.input_gradient unavailable: {exc})")
    torch_layout = {k: v.T if k.startswith("W") else v for k, v in p.items()}
    return np.asarray(attribution(torch_layout, X, y, activation)), "derivations.input_gradient.attribution"


def rank(config: Config, seed: int):
    """Train, then attribute on validation rows: (data, model, scores, autograd scores, source)."""
    data, model = train_tabular(config, seed)
    p = weights(model)
    scores, source = derived_attribution(data.X_val, data.y_val, p, config.activation)
    reference = np.abs(autograd_input_gradient(model, data.X_val, data.y_val)).mean(axis=0)
    return data, model, scores, reference, source


def run(config: Config, seed: int, outdir) -> RunOutput:
    data, model, scores, reference, source = rank(config, seed)
    order = np.argsort(-scores, kind="stable")[:config.top]
    rel_error = float(np.max(np.abs(scores - reference)) / max(np.max(reference), 1e-300))

    fig, ax = figures.new(aspect=0.2 + 0.045 * len(order))
    ax.barh(np.arange(len(order))[::-1], scores[order], color="C0")
    ax.set_yticks(np.arange(len(order))[::-1], [figures.literal(data.feature_names[i]) for i in order])
    ax.set(xlabel=r"mean $|\partial L/\partial x_i|$ over validation rows")
    bars = figures.save(fig, outdir, "runs/attribution/ranking.pdf",
                        f"Input features of {data.name} ranked by the mean absolute input gradient of the loss "
                        f"(top {len(order)} of {len(scores)}).")
    rows = tuple((str(r), data.feature_names[i], f"{scores[i]:.4g}", f"{reference[i]:.4g}")
                 for r, i in enumerate(order, 1))
    table = Table(f"Top features: derived formula vs torch autograd (largest relative difference over all "
                  f"features {rel_error:.1e}).", ("rank", "feature", "derived", "autograd"), rows)
    val_acc = training.accuracy(model, training.tensor(data.X_val), training.tensor(data.y_val))
    notes = (f"Model: {data.X_train.shape[1]}-{config.hidden[0]}-{config.hidden[1]}-{data.n_classes} MLP with "
             f"{config.activation} hidden layers, {config.iterations} full-batch iterations, validation accuracy "
             f"{val_acc:.3f}. Attribution by {source}.",)
    return RunOutput(DERIVATION, "Input-gradient attribution", (bars,), (table,), notes,
                     data={"scores": scores.tolist(), "autograd": reference.tolist(), "rel_error": rel_error,
                           "features": list(data.feature_names), "val_acc": val_acc})
