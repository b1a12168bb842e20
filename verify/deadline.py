"""A soft CPU-time budget for SymPy work inside a pool worker (ITIMER_PROF / SIGPROF): a slow
strategy gives way to the next one. It is not the cap: the cap is enforced from outside the work
(verify.pool). CPU time, not wall-clock: on a loaded machine a wall-clock budget ran out before the
work did, and the same step got another verdict.

Outside a pool worker it never arms: a timer in the main process could fire in a window no
`finally` covers (right after it is armed, or while a block unwinds) and kill the whole process,
pytest included (the SIGALRM deadline did). In a worker such a leak costs that worker's current task
at most: the task wrapper disarms the timer, and a worker that dies is replaced.

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

REFIRE = 0.05   # CPU seconds until a deadline fires again if its exception was swallowed
TIMER, SIGNAL = signal.ITIMER_PROF, signal.SIGPROF


class Timeout(BaseException):
    """The budget passed. BaseException, so that no `except Exception` inside SymPy swallows it."""


def armable() -> bool:
    """Only in a pool worker's main thread."""
    return pool.in_worker() and threading.current_thread() is threading.main_thread()


@contextmanager
def deadline(seconds: float | None, exception: type[Timeout] = Timeout):
    """In a pool worker: raise `exception` once the block has used `seconds` of CPU time. Elsewhere
    the block simply runs (the caller is not in a worker, so it is not doing capped work)."""
    if seconds is None or seconds <= 0 or not armable():
        yield
        return
    active = [True]
    outer, _ = signal.getitimer(TIMER)
    started = _cpu()

    def expire(signum, frame):
        if not active[0]:
            return
        if outer > 0 and _cpu() >= started + outer - 1e-3 and callable(old):
            old(signum, frame)                   # the outer deadline is the one that passed: raise its exception
        signal.setitimer(TIMER, REFIRE)
        raise exception()

    old = signal.signal(SIGNAL, expire)
    signal.setitimer(TIMER, min(seconds, outer) if outer > 0 else seconds)
    try:
        yield
    finally:
        active[0] = False
        signal.setitimer(TIMER, 0)
        signal.signal(SIGNAL, old)
        if outer > 0:
            signal.setitimer(TIMER, max(outer - (_cpu() - started), 1e-4))


def _cpu() -> float:
    return time.process_time()      # what ITIMER_PROF counts: user + system time of this process
