"""A wall-clock deadline for SymPy work (SIGALRM), shared by the prover and the hand checker.

SymPy cannot be cancelled from outside, so the deadline raises an exception inside it. Two ways
that exception can be lost, and what is done about each:
- `except Exception:` blocks inside SymPy: the exceptions are BaseExceptions, as KeyboardInterrupt.
- a signal landing in a weakref callback or a __del__, where Python prints the exception and drops
  it: the handler re-arms the timer before raising, so a swallowed deadline fires again shortly.
Deadlines nest: an inner one never outlives an outer one (when the outer one passes inside it, the
outer one's exception is raised), and the outer one is re-armed on exit.
Off the main thread (where signals cannot be delivered) the work simply runs.
"""
from __future__ import annotations

import signal
import threading
import time
from contextlib import contextmanager

REFIRE = 0.05   # seconds until a deadline fires again if its exception was swallowed


class Timeout(BaseException):
    """The deadline passed. BaseException, so that no `except Exception` inside SymPy swallows it."""


@contextmanager
def deadline(seconds: float | None, exception: type[Timeout] = Timeout):
    """Raise `exception` in the main thread once `seconds` have passed inside the block."""
    if seconds is None or seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return
    active = [True]
    outer, _ = signal.getitimer(signal.ITIMER_REAL)
    started = time.monotonic()

    def expire(signum, frame):
        if not active[0]:
            return
        if outer > 0 and time.monotonic() >= started + outer - 1e-3 and callable(old):
            old(signum, frame)                   # the outer deadline is the one that passed: raise its exception
        signal.setitimer(signal.ITIMER_REAL, REFIRE)
        raise exception()

    old = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, min(seconds, outer) if outer > 0 else seconds)
    try:
        yield
    finally:
        active[0] = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)
        if outer > 0:
            signal.setitimer(signal.ITIMER_REAL, max(outer - (time.monotonic() - started), 1e-4))
