"""tanh and its derivative; the derived 1 - tanh^2 against autograd in float32 and float64.

The derived formula is the tanh derivation's checked result, lambdified to NumPy and evaluated in the dtype under test;
autograd is torch's tanh backward in the same dtype. Both are also compared with the exact
derivative 4 / (e^x + e^-x)^2 computed in float64, which shows where float32 gives out.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from derivations.prose import Prose
from report.runs import figures
from report.runs.base import RunOutput, Table

DERIVATION = "tanh"
USES_DATA = False
FLOOR = 1e-20          # zero differences are drawn at this height on the log axis


@dataclass(frozen=True)
class Config:
    points: int = 4001
    limit: float = 20.0


TINY = Config(points=101)


def derived_formula(checked):
    """The derivation's result d/dx tanh x as a NumPy function of x (raises if the derivation failed)."""
    (x,) = checked.require().result("derivative").free_symbols
    return checked.function("derivative", (x,))


def autograd(x: np.ndarray) -> np.ndarray:
    import torch
    t = torch.tensor(x, requires_grad=True)
    (g,) = torch.autograd.grad(torch.tanh(t).sum(), t)
    return g.numpy()


def run(config: Config, seed: int, outdir, checked) -> RunOutput:
    derived, source = derived_formula(checked), "the tanh derivation's checked result"
    x64 = np.linspace(-config.limit, config.limit, config.points)
    exact = 4 / (np.exp(x64) + np.exp(-x64)) ** 2

    fig, ax = figures.new(aspect=0.45)
    near = x64[np.abs(x64) <= min(config.limit, 8)]      # out to where the text says 1 − tanh² fails
    ax.plot(near, np.tanh(near), label=r"$\tanh x$")
    ax.plot(near, derived(near), label=r"$1 - \tanh^2 x$")
    ax.axhline(0, color="0.7", lw=0.6)
    ax.set(xlabel="$x$", ylabel="value")
    ax.legend()
    curves = figures.save(fig, outdir, "runs/tanh_error/curves.pdf",
                          Prose(f"$\\tanh x$ and its derivative $1 - \\tanh^2 x$: from $|x| = 5$ on the derivative is below "
                                f"{float(derived(np.array(5.0))):.1e}, so $\\tanh x$ is that close to $\\pm 1$ and "
                                "$1 - \\tanh^2 x$ subtracts two nearly equal numbers (the next figure shows the cost)."))

    fig, ax = figures.new(aspect=0.5)
    rows, data = [], {}
    for dtype in (np.float32, np.float64):
        x = x64.astype(dtype)
        ours, theirs = np.asarray(derived(x)), autograd(x)
        diff = np.abs(ours.astype(np.float64) - theirs.astype(np.float64))
        rel_ours = np.abs(ours - exact) / exact
        rel_autograd = np.abs(theirs - exact) / exact
        ax.plot(x64, np.maximum(diff, FLOOR), ".", ms=1.5, label=dtype.__name__)   # points: a line would draw a comb
        name = dtype.__name__
        data[name] = {"max_abs_diff": float(diff.max()), "max_rel_derived": float(rel_ours.max()),
                      "max_rel_autograd": float(rel_autograd.max())}
        rows.append((name, f"{diff.max():.1e}", f"{rel_ours.max():.1e}", f"{rel_autograd.max():.1e}",
                     f"{np.abs(x64[rel_ours > 1e-2]).min():.1f}" if np.any(rel_ours > 1e-2) else "none"))
    ax.set(xlabel="$x$", ylabel=r"$|$derived $-$ autograd$|$", yscale="log", ylim=(FLOOR / 3, None))
    ax.legend()
    error = figures.save(fig, outdir, "runs/tanh_error/error.pdf",
                         Prose(f"$|$derived $-$ autograd$|$ at each grid point of $x \\in [-{config.limit:g}, {config.limit:g}]$, "
                               f"float32 and float64; points where the two agree exactly sit on the bottom row "
                               f"(drawn at {FLOOR:.0e}). The largest difference is "
                               f"{data['float32']['max_abs_diff']:.1e} in float32 and "
                               f"{data['float64']['max_abs_diff']:.1e} in float64."))
    table = Table(Prose(r"Largest differences over the grid; relative errors are against the exact "
                        r"$4/(e^x + e^{-x})^2$ in float64, and the last column is where the derived formula's "
                        r"relative error first exceeds one per cent."),
                  ("precision", Prose(r"max $|\text{derived} - \text{autograd}|$"), "max rel. err. derived",
                   "max rel. err. autograd", Prose(r"$|x|$ where derived exceeds 1 per cent")), tuple(rows))
    notes = (Prose(rf"Derived formula: {source}. Near saturation $\tanh x$ rounds to 1 and $1 - \tanh^2 x$ cancels: "
                   rf"its relative error passes one per cent from $|x| = {rows[0][-1]}$ in float32 and "
                   rf"$|x| = {rows[1][-1]}$ in float64, while autograd (which uses the same formula) agrees with it "
                   "to rounding."),)
    return RunOutput(DERIVATION, "tanh derivative: derived formula vs autograd", (curves, error), (table,), notes,
                     data=data)
