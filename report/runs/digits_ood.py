"""Digits, in- vs out-of-distribution: a sigmoid MLP trained on two digit classes only.

The network (sigmoid hidden layers, one sigmoid output, binary cross-entropy: the sigmoid_mlp
derivation's model) learns e.g. 1 vs 6 from scikit-learn's bundled 8x8 digits; then it is
shown a digit it never saw (e.g. 3). Its in-distribution test accuracy says nothing about
those: it still answers "1" or "6", often confidently.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from report.runs import figures, training
from report.runs.base import RunOutput, Table

DERIVATION = "sigmoid_mlp"
USES_DATA = False


@dataclass(frozen=True)
class Config:
    classes: tuple[int, int] = (1, 6)
    held_out: int = 3
    hidden: tuple[int, int] = (32, 16)
    iterations: int = 300
    lr: float = 0.5
    test_fraction: float = 0.3


TINY = Config(hidden=(8, 8), iterations=15)


def load(config: Config, seed: int):
    from sklearn.datasets import load_digits
    from sklearn.model_selection import train_test_split
    X, y = load_digits(return_X_y=True)
    pair = np.isin(y, config.classes)
    X_train, X_test, y_train, y_test = train_test_split(
        X[pair], (y[pair] == config.classes[1]).astype(np.float64), test_size=config.test_fraction,
        stratify=y[pair], random_state=seed)
    mean, std = X_train.mean(axis=0), X_train.std(axis=0)
    std[std == 0] = 1.0
    scale = lambda A: (A - mean) / std  # noqa: E731   (training statistics only)
    return scale(X_train), y_train, scale(X_test), y_test, scale(X[y == config.held_out])


def run(config: Config, seed: int, outdir, checked) -> RunOutput:
    import torch
    X_train, y_train, X_test, y_test, X_ood = (training.tensor(a, torch.float64) for a in load(config, seed))
    model = training.mlp((X_train.shape[1], *config.hidden, 1), "sigmoid", seed)
    bce = torch.nn.functional.binary_cross_entropy_with_logits
    loss = lambda out, target: bce(out[:, 0], target)  # noqa: E731
    curves = {k: np.empty(config.iterations) for k in ("train_loss", "test_loss", "train_acc", "test_acc")}

    def evaluate(i):
        with torch.no_grad():
            for split, X, y in (("train", X_train, y_train), ("test", X_test, y_test)):
                out = model(X)[:, 0]
                curves[f"{split}_loss"][i] = float(bce(out, y))
                curves[f"{split}_acc"][i] = float(((out > 0).double() == y).double().mean())

    training.fit(model, X_train, y_train, iterations=config.iterations, lr=config.lr, desc="digits", loss=loss,
                 evaluate=evaluate)
    with torch.no_grad():
        p_test = torch.sigmoid(model(X_test)[:, 0]).cpu().numpy()
        p_ood = torch.sigmoid(model(X_ood)[:, 0]).cpu().numpy()
    test_acc = float(np.mean((p_test > 0.5) == y_test.cpu().numpy()))
    conf_test, conf_ood = np.maximum(p_test, 1 - p_test), np.maximum(p_ood, 1 - p_ood)
    a, b = config.classes

    steps = np.arange(1, config.iterations + 1)
    fig, (left, right) = figures.new(2, aspect=0.42)
    for split in ("train", "test"):
        left.plot(steps, curves[f"{split}_loss"], label=split)
        right.plot(steps, curves[f"{split}_acc"], label=split)
    left.set(xlabel="iteration", ylabel="binary cross-entropy", yscale="log")
    right.set(xlabel="iteration", ylabel="accuracy")
    right.legend()
    curve_fig = figures.save(fig, outdir, "runs/digits_ood/curves.pdf",
                             f"Training and test loss and accuracy of the sigmoid MLP on digits {a} vs {b}.")

    fig, ax = figures.new(aspect=0.42)
    bins = np.linspace(0.5, 1.0, 21)
    # Side by side in each bin (not overlaid): neither histogram hides the other.
    samples = (conf_test, conf_ood)
    ax.hist(samples, bins=bins, weights=[np.full(len(c), 1 / len(c)) for c in samples],
            label=[f"test digits {a} and {b} (in distribution)", f"digit {config.held_out} (never seen)"])
    ax.set(xlabel=r"predictive confidence $\max(p, 1 - p)$", ylabel="fraction of inputs", yscale="log")
    ax.legend(loc="upper left")
    hist = figures.save(fig, outdir, "runs/digits_ood/confidence.pdf",
                        f"Predictive confidence on the in-distribution test set and on the held-out digit "
                        f"{config.held_out}, side by side in each bin: compare where the two sit. Mean confidence "
                        f"{conf_test.mean():.3f} on the trained digits, {conf_ood.mean():.3f} on the digit never seen.")

    rows = (("test, digits " f"{a} and {b}", str(len(p_test)), f"{test_acc:.3f}", f"{np.mean(p_test > 0.5):.2f}",
             f"{conf_test.mean():.3f}", f"{np.mean(conf_test > 0.9):.2f}"),
            (f"digit {config.held_out} (out of distribution)", str(len(p_ood)), "undefined",
             f"{np.mean(p_ood > 0.5):.2f}", f"{conf_ood.mean():.3f}", f"{np.mean(conf_ood > 0.9):.2f}"))
    table = Table(f"In- vs out-of-distribution after {config.iterations} iterations; "
                  f"'called {b}' is the fraction the model labels {b} (the rest it calls {a}).",
                  ("inputs", "n", "accuracy", f"called {b}", "mean confidence", "confidence > 0.9"), rows)
    return RunOutput(DERIVATION, f"Digits {a} vs {b}, and a digit the model never saw", (curve_fig, hist), (table,),
                     (f"The model must answer {a} or {b} for every input, so a {config.held_out} is forced into one "
                      "of them; its confidence there is not evidence of being right.",),
                     data={"test_acc": test_acc, "ood_mean_confidence": float(conf_ood.mean()),
                           "test_mean_confidence": float(conf_test.mean()), **{k: v.tolist() for k, v in curves.items()}})
