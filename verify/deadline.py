"""A soft wall-clock budget for SymPy work inside a pool worker (SIGALRM): a slow strategy gives
way to the next one. It is not the cap: the cap is enforced from outside the worker (verify.pool).

Outside a pool worker it never arms: a SIGALRM timer in the main process could fire in a window no
`finally` covers (right after it is armed, or while a block unwinds) and kill the whole process,
pytest included. In a worker such a leak costs that worker's current task at most: the task wrapper
disarms the timer, and a worker that dies is replaced.

How the exception gets out of SymPy:
- `except Exception:` blocks inside SymPy: the exceptions are BaseExceptions, as KeyboardInterrupt.
- a signal landing in a weakref callback or a __del__, where Python prints the exception and drops
  it: the handler re-arms the timer before raising, so a swallowed deadline fires again shortly.
Deadlines nest: an inner one never outlives an outer one (when the outer one passes inside it, the
outer one's exception is raised), and the outer one is re-armed on exit.
"""
from __future__ import annotations

import signal
import threading
import time
from contextlib import contextmanager

from verify import pool

REFIRE = 0.05   # seconds until a deadline fires again if its exception was swallowed


class Timeout(BaseException):
    """The budget passed. BaseException, so that no `except Exception` inside SymPy swallows it."""


def armable() -> bool:
    """Only in a pool worker's main thread."""
    return pool.in_worker() and threading.current_thread() is threading.main_thread()


@contextmanager
def deadline(seconds: float | None, exception: type[Timeout] = Timeout):
    """In a pool worker: raise `exception` once `seconds` have passed inside the block. Elsewhere
    the block simply runs (the caller is not in a worker, so it is not doing capped work)."""
    if seconds is None or seconds <= 0 or not armable():
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
