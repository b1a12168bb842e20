"""The time per step. The cap is enforced from outside the worker (verify.pool, verify.tex.dispatch);
inside it, `step_deadline` is the soft budget that lets a slow step give way early (verify.deadline;
it nests with verify.prove.time_limit and arms only in a pool worker)."""
from __future__ import annotations

import os

from verify.deadline import Timeout, deadline

# The default cap; DERIVKIT_STEP_SECONDS sets another (the test-suite's conftest gives verdict tests a wide
# one, so that what they assert does not hang on this machine's speed: speed is measured in `nox -s bench`).
STEP_SECONDS = float(os.environ.get("DERIVKIT_STEP_SECONDS") or 2.0)


class StepTimeout(Timeout):
    """A step ran over its cap (a BaseException: no `except Exception` inside SymPy swallows it)."""


def step_deadline(seconds: float = STEP_SECONDS):
    """In a pool worker: raise StepTimeout after `seconds`."""
    return deadline(seconds, StepTimeout)
