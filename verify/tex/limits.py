"""A wall-clock cap per step (SIGALRM; nests with verify.prove.time_limit)."""
from __future__ import annotations

import signal
import threading
from contextlib import contextmanager

STEP_SECONDS = 2.0


class StepTimeout(BaseException):
    """BaseException so that no `except Exception` inside SymPy or the prover swallows it."""


@contextmanager
def step_deadline(seconds: float = STEP_SECONDS):
    """Raise StepTimeout after `seconds`. Off the main thread only the size caps apply."""
    if threading.current_thread() is not threading.main_thread() or seconds <= 0:
        yield
        return

    def _expire(signum, frame):
        raise StepTimeout()

    old = signal.signal(signal.SIGALRM, _expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)
