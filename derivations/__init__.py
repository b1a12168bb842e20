"""Worked results of the course, derived step by step with SymPy.

>>> import derivations
>>> d = derivations.get("tanh")
>>> d[3].expr, d[3].rule
>>> print(d.check())
"""
from __future__ import annotations

import importlib

from derivations.model import Claim, CheckReport, Derivation, NumericResult, Step

# name -> (module, one-line statement). Modules are imported on first use.
REGISTRY: dict[str, tuple[str, str]] = {
    "tanh": ("derivations.tanh", "d/dx tanh x = 1 - tanh^2 x, by the quotient rule"),
    "beta_binomial": ("derivations.beta_binomial",
                      "Beta-Binomial posterior, its mean, MAP and variance; MAP as a regularised least-squares loss"),
}


def names() -> list[str]:
    return list(REGISTRY)


def get(name: str) -> Derivation:
    """Build the named derivation (fresh each call: steps are cheap to derive)."""
    if name not in REGISTRY:
        raise KeyError(f"unknown derivation {name!r}; valid names: {', '.join(REGISTRY)}")
    return importlib.import_module(REGISTRY[name][0]).build()


__all__ = ["get", "names", "REGISTRY", "Derivation", "Step", "Claim", "CheckReport", "NumericResult"]
