"""The deadline that caps SymPy work: it fires, it cannot be swallowed, it nests."""
import gc
import signal
import sys
import time
import weakref

import pytest

from verify.deadline import Timeout, deadline
from verify.prove import _Timeout, time_limit
from verify.tex.limits import StepTimeout, step_deadline


def spin(seconds):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


def test_fires_and_disarms():
    t0 = time.monotonic()
    with pytest.raises(_Timeout):
        with time_limit(0.05):
            spin(5)
    assert time.monotonic() - t0 < 1
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    spin(0.2)                                    # nothing fires after the block


def test_not_swallowed_by_except_exception():
    # SymPy has `except Exception:` blocks; a deadline inside one must still get out.
    with pytest.raises(_Timeout):
        with time_limit(0.05):
            try:
                spin(5)
            except Exception:
                pass
            spin(5)


def test_swallowed_once_it_fires_again():
    # A signal that lands in a weakref callback or __del__ is printed and dropped by Python;
    # the work must still be interrupted. Here the first Timeout is swallowed on purpose.
    t0 = time.monotonic()
    with pytest.raises(_Timeout):
        with time_limit(0.05):
            try:
                spin(5)
            except BaseException:
                pass
            spin(5)
    assert time.monotonic() - t0 < 1


def test_swallowed_in_a_weakref_callback_fires_again(monkeypatch):
    class Thing:
        pass

    keep, dropped = [], []
    monkeypatch.setattr(sys, "unraisablehook", lambda u: dropped.append(u.exc_type))

    def callback(ref):                           # the signal is delivered while this runs
        spin(0.3)

    t0 = time.monotonic()
    with pytest.raises(_Timeout):
        with time_limit(0.05):
            thing = Thing()
            keep.append(weakref.ref(thing, callback))
            del thing
            gc.collect()
            spin(5)
    assert dropped and set(dropped) == {_Timeout}   # Python dropped the first one(s) ...
    assert time.monotonic() - t0 < 1.5           # ... and the second one still stopped the work


def test_inner_deadline_never_outlives_the_outer_one():
    t0 = time.monotonic()
    with pytest.raises(StepTimeout):
        with step_deadline(0.1):
            for _ in range(100):
                try:
                    with time_limit(2.0):            # each strategy's own budget is longer than the step's
                        spin(5)
                except _Timeout:
                    pass
    assert time.monotonic() - t0 < 1


def test_outer_deadline_rearmed_after_inner():
    with pytest.raises(StepTimeout):
        with step_deadline(0.3):
            with time_limit(0.05):
                pass                                 # finishes early
            spin(5)                                  # the outer cap still applies


def test_both_are_timeouts():
    assert issubclass(_Timeout, Timeout) and issubclass(StepTimeout, Timeout)
    assert not issubclass(Timeout, Exception)
    with deadline(None):
        pass
