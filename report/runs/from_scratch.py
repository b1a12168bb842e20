"""Sigmoid vs ReLU, from scratch: a two-hidden-layer MLP in NumPy only.

Forward pass, softmax cross-entropy and the backward pass are the derived formulas,
written out (no autodiff):  with H0 = X, A_l = H_{l-1} W_l + b_l, H_l = f(A_l), P = softmax(A_3),
    delta_3 = (P - Y) / n,   delta_l = (delta_{l+1} W_{l+1}^T) * f'(A_l),
    dL/dW_l = H_{l-1}^T delta_l,   dL/db_l = sum over rows of delta_l,
with f' written in terms of the output: sigmoid s(1-s), tanh 1-t^2, ReLU [h > 0].
Buffers are allocated once per batch size and every elementwise pass works in place,
so a training step allocates nothing. The gradients are cross-checked against torch
autograd at the first and the last iteration.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from report.runs import data as datasets, figures
from report.runs.base import RunOutput, Table
from report.runs.training import progress

DERIVATION = "sigmoid_mlp"
USES_DATA = True
LAYERS = ("W1", "b1", "W2", "b2", "W3", "b3")
CHUNK_ROWS = 1024          # rows per forward+backward block: a block's activations stay in cache


class NumpyMLP:
    """x -> f(x W1 + b1) -> f(. W2 + b2) -> softmax(. W3 + b3), trained by full-batch gradient descent."""

    def __init__(self, sizes, activation: str, seed: int, dtype=np.float64):
        if activation not in ("sigmoid", "relu", "tanh"):
            raise ValueError(f"unknown activation {activation!r}")
        self.activation, self.dtype = activation, np.dtype(dtype)
        rng = np.random.default_rng(seed)
        self.params = {}
        for i, (fan_in, fan_out) in enumerate(zip(sizes[:-1], sizes[1:]), 1):   # torch.nn.Linear's init
            bound = 1 / np.sqrt(fan_in)
            self.params[f"W{i}"] = rng.uniform(-bound, bound, (fan_in, fan_out)).astype(dtype)
            self.params[f"b{i}"] = rng.uniform(-bound, bound, fan_out).astype(dtype)
        self.grads = {k: np.zeros_like(v) for k, v in self.params.items()}
        self._buf, self._part = {}, {}

    # -- the pieces ----------------------------------------------------------------------
    def _buffers(self, rows: int) -> dict:
        """Work arrays for a block of `rows` rows (views of CHUNK_ROWS-row arrays made once)."""
        if not self._buf:
            h1, h2, k = (self.params[w].shape[1] for w in ("W1", "W2", "W3"))
            e = lambda *s: np.empty(s, self.dtype)  # noqa: E731
            self._buf = {"H1": e(CHUNK_ROWS, h1), "H2": e(CHUNK_ROWS, h2), "Z": e(CHUNK_ROWS, k),
                         "D1": e(CHUNK_ROWS, h1), "D2": e(CHUNK_ROWS, h2), "T1": e(CHUNK_ROWS, h1),
                         "T2": e(CHUNK_ROWS, h2), "M1": np.empty((CHUNK_ROWS, h1), bool),
                         "M2": np.empty((CHUNK_ROWS, h2), bool), "rowmax": e(CHUNK_ROWS, 1),
                         "rowsum": e(CHUNK_ROWS, 1), "ones": np.ones(CHUNK_ROWS, self.dtype),
                         "rows": np.arange(CHUNK_ROWS)}
            self._part = {k: np.empty_like(v) for k, v in self.params.items()}
        return {k: v[:rows] for k, v in self._buf.items()}

    def _activate(self, A):
        """A <- f(A), in place."""
        if self.activation == "relu":
            np.maximum(A, 0, out=A)
        elif self.activation == "tanh":
            np.tanh(A, out=A)
        else:                                   # 1 / (1 + exp(-a))
            np.negative(A, out=A)
            np.exp(A, out=A)
            A += 1
            np.reciprocal(A, out=A)

    def _times_derivative(self, D, H, tmp, mask):
        """D <- D * f'(A), with f' in terms of the output H = f(A)."""
        if self.activation == "relu":
            np.greater(H, 0, out=mask)
            np.multiply(D, mask, out=D)
            return
        np.multiply(H, H, out=tmp)
        if self.activation == "tanh":
            np.subtract(1, tmp, out=tmp)        # 1 - t^2
        else:
            np.subtract(H, tmp, out=tmp)        # s - s^2 = s (1 - s)
        D *= tmp

    def _forward(self, X, b) -> np.ndarray:
        """The logits A_3 of the rows X, in b["Z"]; b["H1"], b["H2"] keep the hidden outputs."""
        p = self.params
        for H, W, bias, inp in ((b["H1"], "W1", "b1", X), (b["H2"], "W2", "b2", b["H1"])):
            np.matmul(inp, p[W], out=H)
            H += p[bias]
            self._activate(H)
        np.matmul(b["H2"], p["W3"], out=b["Z"])
        b["Z"] += p["b3"]
        return b["Z"]

    def _accumulate(self, layer: int, H_prev, D, b):
        """dL/dW_l += H_{l-1}^T delta_l,  dL/db_l += sum of the rows of delta_l."""
        W, bias = f"W{layer}", f"b{layer}"
        np.matmul(H_prev.T, D, out=self._part[W])
        self.grads[W] += self._part[W]
        np.matmul(b["ones"], D, out=self._part[bias])
        self.grads[bias] += self._part[bias]

    # -- what training uses --------------------------------------------------------------
    def predict_proba(self, X) -> np.ndarray:
        out = np.empty((len(X), self.params["W3"].shape[1]), self.dtype)
        for lo in range(0, len(X), CHUNK_ROWS):
            rows = X[lo:lo + CHUNK_ROWS]
            out[lo:lo + len(rows)] = self._forward(rows, self._buffers(len(rows)))
        out -= out.max(axis=1, keepdims=True)
        np.exp(out, out=out)
        return out / out.sum(axis=1, keepdims=True)

    def loss_and_gradients(self, X, y) -> tuple[float, float]:
        """Mean softmax cross-entropy and training accuracy; fills self.grads.

        Rows are processed in blocks of CHUNK_ROWS, forward and backward together, so each
        block's activations are still in cache when the backward pass needs them; the loss
        is a mean over rows, so each block's weight gradients simply add up.
        """
        n, p = len(X), self.params
        for g in self.grads.values():
            g.fill(0)
        total_loss, correct = 0.0, 0
        for lo in range(0, n, CHUNK_ROWS):
            Xc, yc = X[lo:lo + CHUNK_ROWS], y[lo:lo + CHUNK_ROWS]
            b = self._buffers(len(Xc))
            Z, rows = self._forward(Xc, b), b["rows"]
            np.max(Z, axis=1, keepdims=True, out=b["rowmax"])
            Z -= b["rowmax"]
            correct += int(np.count_nonzero(Z[rows, yc] == 0))     # the true class holds the max
            total_loss -= float(Z[rows, yc].sum())
            np.exp(Z, out=Z)
            np.sum(Z, axis=1, keepdims=True, out=b["rowsum"])
            total_loss += float(np.log(b["rowsum"]).sum())
            Z /= b["rowsum"]                                        # P
            Z[rows, yc] -= 1                                        # P - Y
            Z *= 1 / n                                              # delta_3
            # delta_3 -> layer 3's gradients -> delta_2 -> layer 2's -> delta_1 -> layer 1's
            self._accumulate(3, b["H2"], Z, b)
            np.matmul(Z, p["W3"].T, out=b["D2"])
            self._times_derivative(b["D2"], b["H2"], b["T2"], b["M2"])
            self._accumulate(2, b["H1"], b["D2"], b)
            np.matmul(b["D2"], p["W2"].T, out=b["D1"])
            self._times_derivative(b["D1"], b["H1"], b["T1"], b["M1"])
            self._accumulate(1, Xc, b["D1"], b)
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


def train(data: datasets.Tabular, activation: str, config: Config, seed: int) -> dict:
    sizes = (data.X_train.shape[1], *config.hidden, data.n_classes)
    model = NumpyMLP(sizes, activation, seed)
    history = {k: np.empty(config.iterations) for k in ("loss", "train_acc", "val_acc", "grad1", "grad2")}
    error_first = gradient_error(model, data.X_train, data.y_train)
    for i in progress(range(config.iterations), f"from scratch ({activation})"):
        history["loss"][i], history["train_acc"][i] = model.loss_and_gradients(data.X_train, data.y_train)
        history["grad1"][i] = np.mean(np.abs(model.grads["W1"]))
        history["grad2"][i] = np.mean(np.abs(model.grads["W2"]))
        history["val_acc"][i] = np.mean(model.predict_proba(data.X_val).argmax(axis=1) == data.y_val)
        model.step(config.lr)
    error_last = gradient_error(model, data.X_train, data.y_train)
    test_acc = float(np.mean(model.predict_proba(data.X_test).argmax(axis=1) == data.y_test))
    return {"history": history, "grad_error": (error_first, error_last), "test_acc": test_acc}


def run(config: Config, seed: int, outdir, checked) -> RunOutput:
    data = datasets.load(config.data or config.dataset, seed)
    results = {act: train(data, act, config, seed) for act in ("sigmoid", "relu")}
    steps = np.arange(1, config.iterations + 1)

    fig, axes = figures.new(2, width=1.0, aspect=0.42, sharey=True)
    for ax, split in zip(axes, ("train_acc", "val_acc")):
        for act, r in results.items():
            ax.plot(steps, r["history"][split], label=act)
        ax.set(xlabel="iteration", title="training" if split == "train_acc" else "validation")
    axes[0].set_ylabel("accuracy")
    axes[0].legend()
    accuracy = figures.save(fig, outdir, "runs/from_scratch/accuracy.pdf",
                            f"Training and validation accuracy of the NumPy-only MLP on {data.name}, "
                            "sigmoid vs ReLU hidden layers, full-batch gradient descent.")

    fig, ax = figures.new(aspect=0.5)
    for act, r in results.items():
        line, = ax.plot(steps, r["history"]["grad1"], label=f"{act}, first hidden layer")
        ax.plot(steps, r["history"]["grad2"], ls="--", color=line.get_color(), label=f"{act}, second hidden layer")
    ax.set(xlabel="iteration", ylabel=r"mean $|\partial L/\partial W|$", yscale="log")
    ax.legend(ncols=2)
    ratio = {act: float(np.mean(r["history"]["grad1"]) / np.mean(r["history"]["grad2"])) for act, r in results.items()}
    gradients = figures.save(fig, outdir, "runs/from_scratch/gradients.pdf",
                             "Mean absolute weight gradient of each hidden layer. Averaged over training, the first "
                             f"layer's is {ratio['sigmoid']:.2f} x the second's with sigmoid and {ratio['relu']:.2f} x "
                             "with ReLU: each sigmoid' <= 1/4 shrinks delta on its way back, ReLU' is 0 or 1.")

    rows = tuple((act, f"{r['history']['train_acc'][-1]:.3f}", f"{r['history']['val_acc'][-1]:.3f}",
                  f"{r['test_acc']:.3f}", f"{r['grad_error'][0]:.1e}", f"{r['grad_error'][1]:.1e}")
                 for act, r in results.items())
    table = Table(f"Final accuracies after {config.iterations} iterations (learning rate {config.lr}) and the "
                  "largest relative difference between the from-scratch gradients and torch autograd.",
                  ("hidden", "train", "validation", "test", "grad. err. (start)", "grad. err. (end)"), rows)
    return RunOutput(DERIVATION, "Sigmoid vs ReLU, trained from scratch in NumPy", (accuracy, gradients), (table,),
                     (f"Data: {data.name}, {len(data.y_train)} training rows, layers "
                      f"{data.X_train.shape[1]}-{config.hidden[0]}-{config.hidden[1]}-{data.n_classes}.",),
                     data={act: {"grad_error": r["grad_error"], "test_acc": r["test_acc"],
                                 **{k: v.tolist() for k, v in r["history"].items()}} for act, r in results.items()})
