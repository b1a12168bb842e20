"""Worked results of the course, derived step by step with SymPy.

>>> import derivations
>>> d = derivations.get("tanh")
>>> d[3].expr, d[3].rule
>>> print(d.check())
"""
from __future__ import annotations

import importlib

from derivations.collector import deriving
from derivations.model import Claim, CheckReport, Derivation, NumericResult, Step, proving_as_built
from verify import pool

# name -> (module, one-line statement). Modules are imported on first use.
REGISTRY: dict[str, tuple[str, str]] = {
    "tanh": ("derivations.tanh", "d/dx tanh x = 1 − tanh² x, by the quotient rule"),
    "beta_binomial": ("derivations.beta_binomial",
                      "Beta-Binomial posterior, its mean, MAP and variance; MAP as a regularised least-squares loss"),
    "sigmoid_mlp": ("derivations.sigmoid_mlp", "backprop through a sigmoid MLP with binary cross-entropy"),
    "shared_bias": ("derivations.shared_bias", "one bias shared by two layers: dL/db = delta1 + delta2"),
    "input_gradient": ("derivations.input_gradient", "input gradient through two hidden layers: dL/dx = W1^T delta1"),
    "relu_network_example": ("derivations.relu_network_example",
                             "a ReLU network's forward pass, backprop and one SGD step, in exact numbers"),
    "forward_mode_trace": ("derivations.forward_mode_trace",
                           "forward-mode autodiff trace of f = ln(sin x1) + x1 exp(x2)"),
}


def names() -> list[str]:
    return list(REGISTRY)


def get(name: str) -> Derivation:
    """Build the named derivation (fresh each call: steps are cheap to derive)."""
    if name not in REGISTRY:
        raise KeyError(f"unknown derivation {name!r}; valid names: {', '.join(REGISTRY)}")
    pool.warm()     # the prover's workers start (the forkserver imports SymPy) while the steps are derived
    if not pool.in_worker():
        from verify.gradcheck import warm_torch     # here: a worker unpickling σ imports this package, not NumPy
        warm_torch()    # and torch is imported in a thread: a REPL's pause before d.check() hides it
    with deriving(), proving_as_built():     # each step's claims go to the workers as it is added
        return importlib.import_module(REGISTRY[name][0]).build()


__all__ = ["get", "names", "REGISTRY", "Derivation", "Step", "Claim", "CheckReport", "NumericResult"]
