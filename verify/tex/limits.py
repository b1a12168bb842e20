"""A wall-clock cap per step (verify.deadline; nests with verify.prove.time_limit)."""
from __future__ import annotations

from verify.deadline import Timeout, deadline

STEP_SECONDS = 2.0


class StepTimeout(Timeout):
    """A step ran over its cap (a BaseException: no `except Exception` inside SymPy swallows it)."""


def step_deadline(seconds: float = STEP_SECONDS):
    """Raise StepTimeout after `seconds`. Off the main thread only the size caps apply."""
    return deadline(seconds, StepTimeout)
