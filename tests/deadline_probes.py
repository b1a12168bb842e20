"""Functions run in pool workers by test_deadline.py (importable there: pytest puts tests/ on sys.path)."""
import gc
import signal
import sys
import time
import weakref

from verify.deadline import armable
from verify.prove import _Timeout, time_limit
from verify.tex.limits import StepTimeout, step_deadline

LONG = 30       # seconds a spin would last: far past every budget below, so the outcome is certain


def spin(seconds):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


def armable_here():
    return armable()


def fires():
    try:
        with time_limit(0.05):
            spin(LONG)
    except _Timeout:
        return "fired, then disarmed" if signal.getitimer(signal.ITIMER_PROF) == (0.0, 0.0) else "left armed"
    return "did not fire"


def through_except_exception():
    # SymPy has `except Exception:` blocks; a deadline inside one must still get out.
    try:
        with time_limit(0.05):
            try:
                spin(LONG)
            except Exception:
                pass
            spin(LONG)
    except _Timeout:
        return "fired"
    return "swallowed"


def swallowed_once():
    # A signal that lands in a weakref callback or __del__ is printed and dropped by Python;
    # the work must still be interrupted. Here the first Timeout is swallowed on purpose.
    try:
        with time_limit(0.05):
            try:
                spin(LONG)
            except BaseException:
                pass
            spin(LONG)
    except _Timeout:
        return "fired again"
    return "lost"


def swallowed_in_weakref_callback():
    class Thing:
        pass

    keep, dropped = [], []
    sys.unraisablehook = lambda u: dropped.append(u.exc_type)

    def callback(ref):                  # the signal is delivered while this runs
        spin(0.3)

    try:
        with time_limit(0.05):
            thing = Thing()
            keep.append(weakref.ref(thing, callback))
            del thing
            gc.collect()
            spin(LONG)
    except _Timeout:
        return "fired again" if set(dropped) <= {_Timeout} else f"dropped {dropped}"
    return "lost"


def inner_never_outlives_outer():
    try:
        with step_deadline(0.1):
            for _ in range(1000):
                try:
                    with time_limit(2.0):   # each strategy's own budget is longer than the step's
                        spin(LONG)
                except _Timeout:
                    pass
    except StepTimeout:
        return "outer fired"
    return "outer lost"


def outer_rearmed():
    try:
        with step_deadline(0.3):
            with time_limit(0.05):
                pass                       # finishes early
            spin(LONG)                     # the outer cap still applies
    except StepTimeout:
        return "outer fired"
    return "outer lost"


def leave_timer_armed():
    signal.signal(signal.SIGPROF, lambda *a: None)
    signal.setitimer(signal.ITIMER_PROF, 100)
    return "left armed"


def scan_forever(text):
    """Stands in for dispatch.scan_items: a file whose splitting into steps never ends."""
    spin(LONG)


def check_whole_forever(text, step_seconds):
    """Stands in for dispatch.check_whole: a file whose one-task check overruns its cap."""
    spin(LONG)
