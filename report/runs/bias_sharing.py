"""Shared vs independent bias: does one bias used by two layers change convergence?

Model (the shared_bias derivation's): a1 = x W + b1, h = f(a1), a2 = h U + b2, softmax
cross-entropy on a2, with the hidden width m equal to the number of classes k (wine: m = k
= 3). "Shared" ties b1 = b2 = b. Its gradient at iteration 0 is also computed from the derivation's
checked batch formula ∂L/∂b = (δ₁ + δ₂)𝟙 (softmax cross-entropy, the run's activation), lambdified
once; the run fails when it disagrees with autograd or the derivation did not pass;
"independent" starts from the same values but lets b1 and b2 move apart. Both are trained
on the same data from the same initialisations over several seeds and learning rates.
Every (model, learning rate, seed) is one member of a batch of networks trained together
(batched matrix products), so a whole sweep costs about as much as a few single runs.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from derivations.prose import Prose
from report.runs import data as datasets, figures, training
from report.runs.base import RunOutput, Table

DERIVATION = "shared_bias"
USES_DATA = False
AGREEMENT = 1e-8           # derived vs autograd ∂L/∂b, relative to its largest entry


@dataclass(frozen=True)
class Config:
    dataset: str = "wine"             # m = k = its number of classes (3)
    activation: str = "sigmoid"
    lrs: tuple[float, ...] = (0.5, 8.0, 32.0, 64.0)
    seeds: int = 8
    iterations: int = 300
    threshold: float = 0.1            # a loss "reached" at the first iteration at or below this


TINY = Config(dataset="wine", lrs=(0.5, 8.0), seeds=2, iterations=20, threshold=0.5)


def initial_weights(d: int, m: int, seed: int) -> dict[str, np.ndarray]:
    """torch.nn.Linear-style uniform init; one bias b, the starting point of b1 and b2 alike."""
    rng = np.random.default_rng(seed)
    u = lambda fan_in, *shape: rng.uniform(-1 / np.sqrt(fan_in), 1 / np.sqrt(fan_in), shape)  # noqa: E731
    return {"W": u(d, d, m), "U": u(m, m, m), "b": u(d, m)}


def derived_bias_gradient(checked, activation: str):
    """(X, y, W, U, b as the run keeps them: rows are examples, a = x W + b) -> ∂L/∂b of the mean loss: the
    shared_bias derivation's checked batch formula (Δ₁ + Δ₂)𝟙 with softmax cross-entropy, lambdified once."""
    def make():
        from derivations.shared_bias import batch_gradient
        return batch_gradient(checked.require().datum("softmax_chain"), activation)
    evaluate = checked.compiled(("bias_sharing", activation), make)

    def gradient(X, y, W, U, b) -> np.ndarray:
        target = np.eye(U.shape[1])[y]
        columns = evaluate(W=W.T, U=U.T, b=b[:, None], X=X.T, Y=target.T)   # the derivation's layout
        return columns["dL_db"][:, 0] / len(X)
    return gradient


def train(data: datasets.Tabular, config: Config, shared: bool, seed: int, checked) -> tuple[np.ndarray, float | None]:
    """Loss curves, shape (learning rates, seeds, iterations + 1), and for the shared model the
    relative difference at iteration 0 between autograd's dL/db and the derived delta1 + delta2."""
    import torch
    dev, f = training.device(), {"sigmoid": torch.sigmoid, "tanh": torch.tanh, "relu": torch.relu}[config.activation]
    d, m = data.X_train.shape[1], data.n_classes
    inits = [initial_weights(d, m, seed + s) for s in range(config.seeds)]
    stack = lambda key: torch.tensor(np.stack([w[key] for w in inits] * len(config.lrs)), device=dev)  # noqa: E731
    params = {key: stack(key) for key in ("W", "U")}
    if shared:
        params["b"] = stack("b")
    else:
        params["b1"], params["b2"] = stack("b"), stack("b")
    for p in params.values():
        p.requires_grad_(True)
    B, bias_check = len(config.lrs) * config.seeds, None
    lr = torch.tensor(np.repeat(config.lrs, config.seeds), device=dev)
    X, y = training.tensor(data.X_train, torch.float64), training.tensor(data.y_train)
    b1, b2 = (params["b"], params["b"]) if shared else (params["b1"], params["b2"])
    losses = np.empty((B, config.iterations + 1))
    for i in training.progress(range(config.iterations + 1), f"bias {'shared' if shared else 'independent'}"):
        h = f(X @ params["W"] + b1[:, None, :])
        logits = h @ params["U"] + b2[:, None, :]
        loss = torch.nn.functional.cross_entropy(logits.reshape(-1, m), y.repeat(B), reduction="none")
        loss = loss.view(B, -1).mean(dim=1)
        losses[:, i] = loss.detach().cpu().numpy()
        if i == config.iterations:
            break
        grads = torch.autograd.grad(loss.sum(), list(params.values()))   # members are independent
        if i == 0 and shared:
            first = {k: v[0].detach().cpu().numpy() for k, v in params.items()}
            ours = derived_bias_gradient(checked, config.activation)(data.X_train, data.y_train, first["W"],
                                                                     first["U"], first["b"])
            theirs = grads[list(params).index("b")][0].cpu().numpy()
            bias_check = float(np.max(np.abs(ours - theirs)) / np.max(np.abs(theirs)))
        with torch.no_grad():
            for p, g in zip(params.values(), grads):
                p -= lr.view(-1, *[1] * (p.dim() - 1)) * g
    return losses.reshape(len(config.lrs), config.seeds, -1), bias_check


SAME = 0.05       # medians within 5% of each other are reported as about the same


def compare_speed(lr, summary, j, seeds) -> str:
    """One learning rate's comparison, saying only what the numbers support: medians are compared
    only when both settings reached the threshold in the same number of seeds."""
    (r1, m1), (r2, m2) = ((summary[k]["reached"][j], summary[k]["median_iterations"][j]) for k in ("shared", "independent"))
    head = f"learning rate {lr:g}: "
    if m1 is None and m2 is None:
        return head + "neither reached it"
    if r1 != r2 or m1 is None or m2 is None:
        return head + f"reached in {r1}/{seeds} seeds shared, {r2}/{seeds} independent (medians not comparable)"
    verdict = ("about the same" if abs(m1 - m2) <= SAME * max(m1, m2) else
               "shared sooner" if m1 < m2 else "independent sooner")
    return head + f"shared {m1:g}, independent {m2:g} ({verdict})"


def summarise(losses: np.ndarray, threshold: float) -> dict:
    """Per learning rate: seeds reaching the threshold, median iterations to it, divergences."""
    finite_end = np.isfinite(losses[..., -1])
    diverged = ~finite_end | (np.where(finite_end, losses[..., -1], 0) > losses[..., 0])
    below = np.nan_to_num(losses, nan=np.inf) <= threshold
    reached = below.any(axis=-1)
    first = np.where(reached, below.argmax(axis=-1), -1)
    median = [float(np.median(row[row >= 0])) if np.any(row >= 0) else None for row in first]
    return {"reached": reached.sum(axis=1).tolist(), "median_iterations": median,
            "diverged": diverged.sum(axis=1).tolist(), "first": first.tolist()}


def run(config: Config, seed: int, outdir, checked) -> RunOutput:
    data = datasets.load(config.dataset, seed)
    (shared, bias_check), (independent, _) = (train(data, config, s, seed, checked) for s in (True, False))
    if not bias_check <= AGREEMENT:
        raise ArithmeticError(f"the derived ∂L/∂b = δ₁ + δ₂ disagrees with torch autograd of the shared bias: "
                              f"max rel. difference {bias_check:.1e} (tolerance {AGREEMENT:g})")
    curves = {"shared": shared, "independent": independent}
    summary = {name: summarise(c, config.threshold) for name, c in curves.items()}
    steps = np.arange(config.iterations + 1)

    cols = min(len(config.lrs), 2)
    rows_n = int(np.ceil(len(config.lrs) / cols))
    fig, axes = figures.new(cols, rows_n, aspect=0.32 * rows_n, sharex=True, squeeze=False)
    for ax, (j, lr) in zip(axes.flat, enumerate(config.lrs)):
        for name, color in (("shared", "C0"), ("independent", "C1")):
            c = np.nan_to_num(curves[name][j], nan=np.inf)
            lo, mid, hi = np.quantile(c, [0.0, 0.5, 1.0], axis=0)
            ax.plot(steps, mid, color=color, label=f"{name} bias")
            ax.fill_between(steps, lo, np.minimum(hi, 1e3), color=color, alpha=0.2, lw=0)
        ax.axhline(config.threshold, color="0.5", ls=":", lw=0.8)
        ax.set(yscale="log", title=f"learning rate {lr:g}")
    for ax in axes[-1]:
        ax.set_xlabel("iteration")
    for ax in axes.flat:
        ax.set_ylabel("training loss")
    axes.flat[0].legend()
    for ax in list(axes.flat)[len(config.lrs):]:
        ax.set_visible(False)
    loss_fig = figures.save(fig, outdir, "runs/bias_sharing/loss.pdf",
                            f"Training loss of shared- and independent-bias networks over {config.seeds} seeds "
                            "(line: median, band: min to max); dotted: the loss threshold.")

    rows = []
    for j, lr in enumerate(config.lrs):
        for name in ("shared", "independent"):
            s = summary[name]
            final = curves[name][j, :, -1]
            rows.append((f"{lr:g}", name, f"{s['reached'][j]}/{config.seeds}",
                         "never" if s["median_iterations"][j] is None else f"{s['median_iterations'][j]:g}",
                         f"{s['diverged'][j]}/{config.seeds}",
                         f"{np.nanmedian(final):.3g}" if np.any(np.isfinite(final)) else "nan"))
    table = Table(f"Convergence on {datasets.readable(data.name)} (m = k = {data.n_classes}, {config.activation}): seeds reaching "
                  f"loss {config.threshold:g}, median iterations to reach it, divergences (final loss non-finite "
                  "or above the initial loss) and the median final loss.",
                  ("learning rate", "bias", "reached", "median iterations", "diverged", "final loss"), tuple(rows))
    note = Prose(f"Median iterations to reach loss {config.threshold:g}, over the seeds that reached it: "
                 + "; ".join(compare_speed(lr, summary, j, config.seeds) for j, lr in enumerate(config.lrs))
                 + f". Divergences: shared {sum(summary['shared']['diverged'])}, independent "
                 f"{sum(summary['independent']['diverged'])} of {len(config.lrs) * config.seeds} runs each. The shared "
                 r"bias gets one update from the sum of both layers' error signals, $\partial L/\partial b = \delta_1 + \delta_2$; the "
                 f"independent biases get one each. That derived gradient matches autograd of the shared parameter to "
                 f"{bias_check:.1e} (relative, iteration 0).")
    return RunOutput(DERIVATION, "Shared vs independent bias: convergence and stability", (loss_fig,), (table,),
                     (note,), data={"summary": summary, "bias_check": bias_check, "curves": {k: v.tolist() for k, v in curves.items()}})
