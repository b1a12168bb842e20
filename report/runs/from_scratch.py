"""Sigmoid vs ReLU, from scratch: a two-hidden-layer MLP trained in NumPy on the derived gradients.

The forward pass, the softmax and every gradient are the input_gradient derivation's checked
matrix formulas (columns are examples: z_l = W_l a_(l-1) + b_l 1ᵀ, δ₃ = ŷ − y, δ_l = W_(l+1)ᵀδ_(l+1) ⊙ g'(z_l),
∂L/∂W_l = δ_l a_(l-1)ᵀ, ∂L/∂b_l = δ_l 1), lambdified to NumPy once: nothing of the backward pass is
written here. The loss is the mean over rows, so the derived gradients of the summed loss are divided by n.
The gradients are cross-checked against torch autograd at the first and the last iteration; the run fails
when they disagree, or when the derivation did not pass its checks.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from derivations.prose import Prose
from report.runs import data as datasets, figures
from report.runs.base import RunOutput, Table
from report.runs.training import progress

DERIVATION = "input_gradient"
USES_DATA = True
LAYERS = ("W1", "b1", "W2", "b2", "W3", "b3")
CHUNK_ROWS = 1024          # rows per forward+backward block
AGREEMENT = 1e-8           # derived vs autograd gradients, relative to each gradient's largest entry


def derived_network(checked, activation: str):
    """(gradients, forward): NumPy functions of the derivation's arrays (W_1 ... b_3, X, Y as columns)
    giving {"Yhat", "dL_dW_1", ..., "dL_db_3"} and {"Yhat"}, lambdified once per process."""
    def make():
        from derivations.input_gradient import INPUTS, g, g_prime, numpy_activation
        from derivations.matrices import numpy_function
        import sympy as sp
        chain = checked.require().datum("chain")
        by_name = {symbol.name: symbol for symbol in chain}
        f, f_prime = numpy_activation(activation)
        functions = {g: f, g_prime: f_prime, sp.exp: np.exp}
        wanted = ["Yhat"] + [f"dL_d{w[0]}_{w[1]}" for w in LAYERS]
        return (numpy_function({n: by_name[n] for n in wanted}, chain, INPUTS, functions),
                numpy_function({"Yhat": by_name["Yhat"]}, chain, INPUTS, functions))
    return checked.compiled(("from_scratch", activation), make)


class NumpyMLP:
    """x -> g(W1 x + b1) -> g(W2 . + b2) -> softmax(W3 . + b3), trained by full-batch gradient descent
    on the derived gradients. Parameters are kept as in x W + b (W_l is fan in × fan out)."""

    def __init__(self, sizes, activation: str, seed: int, derived, dtype=np.float64):
        if activation not in ("sigmoid", "relu", "tanh"):
            raise ValueError(f"unknown activation {activation!r}")
        self.activation, self.dtype = activation, np.dtype(dtype)
        self.gradients_of, self.forward_of = derived
        rng = np.random.default_rng(seed)
        self.params = {}
        for i, (fan_in, fan_out) in enumerate(zip(sizes[:-1], sizes[1:]), 1):   # torch.nn.Linear's init
            bound = 1 / np.sqrt(fan_in)
            self.params[f"W{i}"] = rng.uniform(-bound, bound, (fan_in, fan_out)).astype(dtype)
            self.params[f"b{i}"] = rng.uniform(-bound, bound, fan_out).astype(dtype)
        self.grads = {k: np.zeros_like(v) for k, v in self.params.items()}

    def _arrays(self, X, Y=None) -> dict:
        """The derivation's layout: W_l as in z = W x + b, b_l a column, examples as columns."""
        p = self.params
        out = {f"W_{i}": p[f"W{i}"].T for i in (1, 2, 3)} | {f"b_{i}": p[f"b{i}"][:, None] for i in (1, 2, 3)}
        k = p["W3"].shape[1]
        return out | {"X": X.T, "Y": (np.zeros((k, len(X))) if Y is None else Y.T)}

    def predict_proba(self, X) -> np.ndarray:
        parts = [self.forward_of(**self._arrays(X[lo:lo + CHUNK_ROWS]))["Yhat"].T for lo in range(0, len(X), CHUNK_ROWS)]
        return np.concatenate(parts).astype(self.dtype)

    def loss_and_gradients(self, X, y) -> tuple[float, float]:
        """Mean softmax cross-entropy and training accuracy; fills self.grads (blocks of CHUNK_ROWS rows:
        the summed loss's gradients add up over blocks)."""
        n = len(X)
        k = self.params["W3"].shape[1]
        total = {name: np.zeros(v.shape, np.float64) for name, v in self.params.items()}
        total_loss, correct = 0.0, 0
        for lo in range(0, n, CHUNK_ROWS):
            Xc, yc = X[lo:lo + CHUNK_ROWS], y[lo:lo + CHUNK_ROWS]
            out = self.gradients_of(**self._arrays(Xc, np.eye(k)[yc]))
            P = out["Yhat"].T
            rows = np.arange(len(yc))
            total_loss -= float(np.log(P[rows, yc]).sum())
            correct += int(np.count_nonzero(P.argmax(axis=1) == yc))
            for i in (1, 2, 3):
                total[f"W{i}"] += out[f"dL_dW_{i}"].T
                total[f"b{i}"] += out[f"dL_db_{i}"][:, 0]
        for name, g in total.items():
            self.grads[name] = (g / n).astype(self.dtype)
        return total_loss / n, correct / n

    def step(self, lr: float):
        for k, v in self.params.items():
            v -= lr * self.grads[k]


def torch_gradients(model: NumpyMLP, X, y) -> dict[str, np.ndarray]:
    """The same loss differentiated by torch autograd (float64, CPU), for the cross-check."""
    import torch
    params = {k: torch.tensor(v, dtype=torch.float64, requires_grad=True) for k, v in model.params.items()}
    f = {"sigmoid": torch.sigmoid, "relu": torch.relu, "tanh": torch.tanh}[model.activation]
    h = f(torch.tensor(X, dtype=torch.float64) @ params["W1"] + params["b1"])
    h = f(h @ params["W2"] + params["b2"])
    loss = torch.nn.functional.cross_entropy(h @ params["W3"] + params["b3"], torch.tensor(y))
    loss.backward()
    return {k: v.grad.numpy() for k, v in params.items()}


def gradient_error(model: NumpyMLP, X, y) -> float:
    """max over parameters of max |numpy - autograd| / max |autograd|."""
    model.loss_and_gradients(X, y)
    reference = torch_gradients(model, X, y)
    return max(float(np.max(np.abs(model.grads[k] - reference[k])) / max(np.max(np.abs(reference[k])), 1e-300))
               for k in LAYERS)


# -- the run ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Config:
    dataset: str = "digits"            # a bundled set; replaced by the user's data when given
    hidden: tuple[int, int] = (32, 32)
    iterations: int = 300
    lr: float = 0.5
    data: datasets.DataSpec | None = None


TINY = Config(dataset="wine", hidden=(8, 8), iterations=20)


def train(data: datasets.Tabular, activation: str, config: Config, seed: int, checked) -> dict:
    sizes = (data.X_train.shape[1], *config.hidden, data.n_classes)
    model = NumpyMLP(sizes, activation, seed, derived_network(checked, activation))
    history = {k: np.empty(config.iterations) for k in ("loss", "train_acc", "val_acc", "grad1", "grad2")}
    error_first = gradient_error(model, data.X_train, data.y_train)
    for i in progress(range(config.iterations), f"from scratch ({activation})"):
        history["loss"][i], history["train_acc"][i] = model.loss_and_gradients(data.X_train, data.y_train)
        history["grad1"][i] = np.mean(np.abs(model.grads["W1"]))
        history["grad2"][i] = np.mean(np.abs(model.grads["W2"]))
        history["val_acc"][i] = np.mean(model.predict_proba(data.X_val).argmax(axis=1) == data.y_val)
        model.step(config.lr)
    error_last = gradient_error(model, data.X_train, data.y_train)
    if not max(error_first, error_last) <= AGREEMENT:
        raise ArithmeticError(f"the derived gradients disagree with torch autograd ({activation}): max rel. "
                              f"difference {max(error_first, error_last):.1e} (tolerance {AGREEMENT:g})")
    test_acc = float(np.mean(model.predict_proba(data.X_test).argmax(axis=1) == data.y_test))
    return {"history": history, "grad_error": (error_first, error_last), "test_acc": test_acc}


def run(config: Config, seed: int, outdir, checked) -> RunOutput:
    data = datasets.load(config.data or config.dataset, seed)
    results = {act: train(data, act, config, seed, checked) for act in ("sigmoid", "relu")}
    steps = np.arange(1, config.iterations + 1)

    fig, axes = figures.new(2, width=1.0, aspect=0.42, sharey=True)
    for ax, split in zip(axes, ("train_acc", "val_acc")):
        for act, r in results.items():
            ax.plot(steps, r["history"][split], label=act)
        ax.set(xlabel="iteration", title="training" if split == "train_acc" else "validation")
    axes[0].set_ylabel("accuracy")
    axes[0].legend()
    accuracy = figures.save(fig, outdir, "runs/from_scratch/accuracy.pdf",
                            f"Training and validation accuracy of the NumPy-only MLP on {datasets.readable(data.name)}, "
                            "sigmoid vs ReLU hidden layers, full-batch gradient descent.")

    fig, ax = figures.new(aspect=0.5)
    for act, r in results.items():
        line, = ax.plot(steps, r["history"]["grad1"], label=f"{act}, first hidden layer")
        ax.plot(steps, r["history"]["grad2"], ls="--", color=line.get_color(), label=f"{act}, second hidden layer")
    ax.set(xlabel="iteration", ylabel=r"mean $|\partial L/\partial W|$", yscale="log")
    ax.legend(ncols=2)
    ratio = {act: float(np.mean(r["history"]["grad1"]) / np.mean(r["history"]["grad2"])) for act, r in results.items()}
    gradients = figures.save(fig, outdir, "runs/from_scratch/gradients.pdf",
                             Prose("Mean absolute weight gradient of each hidden layer. Averaged over training, the first "
                                   rf"layer's is {ratio['sigmoid']:.2f} $\times$ the second's with sigmoid and "
                                   rf"{ratio['relu']:.2f} $\times$ with ReLU"
                                   + (r": smaller with sigmoid, as $\sigma' \le 1/4$ shrinks $\delta$ on its way back "
                                      r"while $\mathrm{ReLU}' \in \{0, 1\}$." if ratio["sigmoid"] < ratio["relu"] else
                                      r": not smaller with sigmoid in this run, although $\sigma' \le 1/4$.")))

    rows = tuple((act, f"{r['history']['train_acc'][-1]:.3f}", f"{r['history']['val_acc'][-1]:.3f}",
                  f"{r['test_acc']:.3f}", f"{r['grad_error'][0]:.1e}", f"{r['grad_error'][1]:.1e}")
                 for act, r in results.items())
    table = Table(f"Final accuracies after {config.iterations} iterations (learning rate {config.lr}) and the "
                  "largest relative difference between the from-scratch gradients and torch autograd.",
                  ("hidden", "train", "validation", "test", "grad. err. (start)", "grad. err. (end)"), rows)
    return RunOutput(DERIVATION, "Sigmoid vs ReLU, trained from scratch in NumPy", (accuracy, gradients), (table,),
                     (f"Data: {datasets.readable(data.name)}, {len(data.y_train)} training rows, layers "
                      f"{data.X_train.shape[1]}-{config.hidden[0]}-{config.hidden[1]}-{data.n_classes}.",),
                     data={act: {"grad_error": r["grad_error"], "test_acc": r["test_acc"],
                                 **{k: v.tolist() for k, v in r["history"].items()}} for act, r in results.items()})
