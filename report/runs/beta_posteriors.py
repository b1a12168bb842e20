"""Beta-Binomial in pictures: priors, sequential updating of a simulated coin, convergence.

Formulas (the posterior's parameters, posterior mean, MAP, MLE, variance, and the MAP-as-loss
l(theta) = C (y - N theta)^2 - a theta + b theta^2) are the beta_binomial derivation's checked
results, lambdified to NumPy; the run fails when the derivation did not pass.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from report.runs import figures
from derivations.prose import Prose
from report.runs.base import RunOutput, Table

DERIVATION = "beta_binomial"
USES_DATA = False
PRIOR_GRID = ((1, 1), (0.5, 0.5), (2, 2), (2, 5), (5, 2), (10, 10))


@dataclass(frozen=True)
class Config:
    theta0: float = 0.3               # the simulated coin's true probability of heads
    prior: tuple[float, float] = (2.0, 2.0)
    flips: int = 5000
    snapshots: tuple[int, ...] = (0, 1, 5, 20, 100, 1000)
    loss_at: int = 20                 # the N at which l(theta) is drawn


TINY = Config(flips=200, snapshots=(0, 5, 50))


def derived(checked):
    """NumPy functions of (N, y, alpha, beta) from the checked results (and of theta too for the loss)."""
    checked.require()
    symbols = {s.name: s for key in ("map", "loss_C", "loss_a", "loss_b", "prior_mode")
               for s in checked.result(key).free_symbols}
    N, y, alpha, beta = (symbols[n] for n in ("N", "y", "alpha", "beta"))
    out = {k: checked.function(k, (N, y, alpha, beta))
           for k in ("mle", "posterior_mean", "map", "posterior_variance", "loss_C", "loss_a", "loss_b")}
    posterior = checked.result("posterior")       # Beta(α', β'), the posterior
    out["posterior"] = lambda N_, y_, a_, b_: tuple(
        float(p.subs({N: N_, y: y_, alpha: a_, beta: b_})) for p in (posterior.alpha, posterior.beta))
    out["loss"] = lambda theta, N_, y_, a_, b_: (out["loss_C"](N_, y_, a_, b_) * (y_ - N_ * theta) ** 2
                                                 - out["loss_a"](N_, y_, a_, b_) * theta
                                                 + out["loss_b"](N_, y_, a_, b_) * theta ** 2)
    return out


def beta_pdf(theta, a, b):
    """The Beta(a, b) density, theta^(a-1) (1-theta)^(b-1) / B(a, b), via log-gamma (no scipy.stats import)."""
    log_B = math.lgamma(a) + math.lgamma(b) - math.lgamma(a + b)
    return np.exp((a - 1) * np.log(theta) + (b - 1) * np.log1p(-theta) - log_B)


def run(config: Config, seed: int, outdir, checked) -> RunOutput:
    f, source = derived(checked), "the Beta-Binomial derivation's checked results"
    a0, b0 = config.prior
    theta = np.linspace(0.0005, 0.9995, 1999)
    rng = np.random.default_rng(seed)
    heads = np.concatenate([[0], np.cumsum(rng.random(config.flips) < config.theta0)])
    Ns = np.arange(1, config.flips + 1)
    ys = heads[1:].astype(np.float64)

    fig, ax = figures.new(aspect=0.45)
    for a, b in PRIOR_GRID:
        label = f"Beta({a:g}, {b:g})" + (" = Uniform" if (a, b) == (1, 1) else "")
        ax.plot(theta, beta_pdf(theta, a, b), label=label)
    ax.set(xlabel=r"$\theta$", ylabel="density", ylim=(0, 4))
    ax.legend(ncols=2)
    priors = figures.save(fig, outdir, "runs/beta_posteriors/priors.pdf", "Beta densities for a grid of (α, β).")

    fig, ax = figures.new(aspect=0.45)
    for n in config.snapshots:
        ax.plot(theta, beta_pdf(theta, *f["posterior"](n, heads[n], a0, b0)), label=f"N = {n}")
    ax.axvline(config.theta0, color="0.5", ls=":", lw=0.8)
    ax.set(xlabel=r"$\theta$", ylabel="posterior density")
    ax.legend()
    updating = figures.save(fig, outdir, "runs/beta_posteriors/updating.pdf",
                            Prose(rf"Sequential posterior updating for a simulated coin with $\theta_0 = {config.theta0}$ "
                                  rf"from a $\mathrm{{Beta}}({a0:g}, {b0:g})$ prior (dotted: $\theta_0$)."))

    estimates = {k: f[k](Ns, ys, a0, b0) for k in ("posterior_mean", "map", "mle", "posterior_variance")}
    fig, (left, right) = figures.new(2, aspect=0.42)
    for key, label in (("mle", "MLE"), ("map", "MAP"), ("posterior_mean", "posterior mean")):
        left.plot(Ns, estimates[key], label=label, lw=0.9)
    left.axhline(config.theta0, color="0.5", ls=":", lw=0.8)
    left.set(xscale="log", xlabel="$N$", ylabel="estimate of " + r"$\theta$")
    left.legend()
    right.plot(Ns, estimates["posterior_variance"], label="posterior variance")
    right.plot(Ns, config.theta0 * (1 - config.theta0) / Ns, ls="--", label=r"$\theta_0(1-\theta_0)/N$")
    right.set(xscale="log", yscale="log", xlabel="$N$", ylabel="posterior variance")
    right.legend()
    convergence = figures.save(fig, outdir, "runs/beta_posteriors/convergence.pdf",
                               "Left: posterior mean, MAP and MLE against N, converging together to θ₀. "
                               "Right: the posterior variance falls at the 1/N rate.")

    n, yv = config.loss_at, float(heads[config.loss_at])
    loss = f["loss"](theta, n, yv, a0, b0)
    argmin, theta_map = theta[np.argmin(loss)], float(f["map"](n, yv, a0, b0))
    fig, ax = figures.new(aspect=0.45)
    ax.plot(theta, loss, label=r"$\ell(\theta)$")
    ax.axvline(theta_map, color="C1", ls="--", lw=0.9, label=r"$\theta_{\mathrm{MAP}}$")
    ax.plot([argmin], [loss.min()], "o", color="C0", ms=4, label=r"argmin $\ell$")
    ax.set(xlabel=r"$\theta$", ylabel="loss")
    ax.legend()
    loss_fig = figures.save(fig, outdir, "runs/beta_posteriors/map_loss.pdf",
                            Prose(r"The MAP as a loss: $\ell(\theta) = C (y - N\theta)^2 - a\theta + b\theta^2$ with "
                                  r"$C = 1/(2N)$, $a = \alpha - 1$, $b = (\alpha + \beta - 2)/2$, at "
                                  f"$N = {n}$, $y = {int(yv)}$: the minimiser of the loss (dot) sits on the MAP (dashed line)."))

    rows = tuple((str(N), str(int(heads[N])), *(f"{estimates[k][N - 1]:.4f}" for k in ("mle", "map", "posterior_mean")),
                  f"{estimates['posterior_variance'][N - 1]:.2e}",
                  f"{N * estimates['posterior_variance'][N - 1]:.4f}")
                 for N in (10, 100, 1000, config.flips) if N <= config.flips)
    table = Table(Prose(rf"Estimates as $N$ grows; $N \times$ variance tends to $\theta_0(1 - \theta_0) = "
                        rf"{config.theta0 * (1 - config.theta0):.4f}$."),
                  ("N", "heads", "MLE", "MAP", "posterior mean", "variance", Prose(r"$N \times$ variance")), rows)
    return RunOutput(DERIVATION, "Beta posteriors for a simulated coin", (priors, updating, convergence, loss_fig),
                     (table,), (f"Formulas: {source}.",),
                     data={"argmin_loss": float(argmin), "theta_map": theta_map, "grid_step": float(theta[1] - theta[0]),
                           "final": {k: float(v[-1]) for k, v in estimates.items()}})
