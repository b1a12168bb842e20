"""What checking one step gives back (shared by the step checkers), and the prover's budget a step."""
from __future__ import annotations

from dataclasses import dataclass

from verify.tex.results import WRONG

CANDIDATE = "equation?"     # false as an identity; may be an equation being manipulated
PROVE_SETTINGS = {"budget": 0.4}


@dataclass(frozen=True)
class Outcome:
    verdict: str
    detail: str
    difference: object = None     # lhs - rhs, for equation runs
    rounded: frozenset = frozenset()   # decimals of the right side that are rounded results
    fallback: str = WRONG              # verdict of a CANDIDATE that turns out not to be an equation
    exact_values: tuple = ()           # (text, exact value) of the rounded result it established
    value: object = None               # exact value of a numeric step's left side (the chain's value)
