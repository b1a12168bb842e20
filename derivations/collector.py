"""CPython's cyclic garbage collector, kept out of SymPy's way while deriving and at exit.

Deriving allocates millions of short-lived SymPy objects, nearly all freed by reference counting as
soon as they are dropped; at the default threshold (a young collection every 700 net allocations) the
collector still walks them hundreds of times for almost nothing. While a derivation is built or checked
the young threshold is raised, and restored after (a user's own threshold is left as found).

At exit the interpreter runs full collections over everything still alive (SymPy's caches, torch's
modules: ~250 000 objects), about half a second for memory the process is about to give back. Freezing
the heap at exit (`gc.freeze`, documented for exactly this kind of use) takes those objects out of
those collections; finalizers registered with `atexit` or `weakref.finalize` still run.
"""
from __future__ import annotations

import atexit
import contextlib
import gc
import threading

YOUNG_THRESHOLD = 20_000      # allocations between young collections while deriving (CPython's default: 700)

_depth = 0
_lock = threading.Lock()
_saved: tuple[int, ...] | None = None


@contextlib.contextmanager
def deriving():
    """Raise the young-generation threshold for the duration (re-entrant; restored by the outermost)."""
    global _depth, _saved
    with _lock:
        if _depth == 0:
            _saved = gc.get_threshold()
            if _saved[0] and _saved[0] < YOUNG_THRESHOLD:     # 0: the user disabled collection; leave it
                gc.set_threshold(YOUNG_THRESHOLD, *_saved[1:])
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and gc.get_threshold()[0] == YOUNG_THRESHOLD:
                gc.set_threshold(*_saved)


atexit.register(gc.freeze)
