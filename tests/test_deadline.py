"""The soft budget (verify.deadline): armed only inside pool workers, never in this process.

The SIGALRM timer could fire in a window no `finally` covers and kill the process that armed it;
in a worker that costs one task, in the test-suite's process it cost the whole run. Everything
that arms a timer therefore runs in a worker here, through `pool.call`.
"""
import signal

import sympy as sp

from verify import pool
from verify.deadline import Timeout, armable, deadline
from verify.prove import _Timeout, prove_equal, time_limit
from verify.tex import check_text
from verify.tex.limits import StepTimeout, step_deadline

import deadline_probes as probes


TIMERS = (signal.ITIMER_REAL, signal.ITIMER_VIRTUAL, signal.ITIMER_PROF)
SIGNALS = (signal.SIGALRM, signal.SIGVTALRM, signal.SIGPROF)


def test_never_armed_in_this_process():
    before = [signal.getsignal(s) for s in SIGNALS]
    assert not armable()
    with time_limit(0.01), step_deadline(0.01):
        assert all(signal.getitimer(t) == (0.0, 0.0) for t in TIMERS)
        probes.spin(0.05)                    # longer than the budget: nothing fires here
    check_text("$(a + b)^2 = a^2 + 2ab + b^2$\n\n$\\tan(x)^{8} \\cos(x)^{8} = \\sin(x)^{8}$", step_seconds=0.05)
    prove_equal(sp.sin(sp.Symbol("x")) ** 2 + sp.cos(sp.Symbol("x")) ** 2, 1, settings={"budget": 0.001})
    assert all(signal.getitimer(t) == (0.0, 0.0) for t in TIMERS)
    assert [signal.getsignal(s) for s in SIGNALS] == before


def test_armed_in_a_worker():
    assert pool.call(probes.armable_here, seconds=60) is True


def test_fires_in_a_worker_and_disarms():
    assert pool.call(probes.fires, seconds=60) == "fired, then disarmed"


def test_not_swallowed_by_except_exception():
    assert pool.call(probes.through_except_exception, seconds=60) == "fired"


def test_swallowed_once_it_fires_again():
    assert pool.call(probes.swallowed_once, seconds=60) == "fired again"


def test_swallowed_in_a_weakref_callback_fires_again():
    assert pool.call(probes.swallowed_in_weakref_callback, seconds=60) == "fired again"


def test_inner_deadline_never_outlives_the_outer_one():
    assert pool.call(probes.inner_never_outlives_outer, seconds=60) == "outer fired"


def test_outer_deadline_rearmed_after_inner():
    assert pool.call(probes.outer_rearmed, seconds=60) == "outer fired"


def test_a_timer_left_armed_by_a_task_is_disarmed_before_the_next():
    assert pool.call(probes.leave_timer_armed, seconds=60) == "left armed"
    status = pool.call(pool.worker_status, seconds=60)
    assert not status.timer_armed


def test_both_are_timeouts():
    assert issubclass(_Timeout, Timeout) and issubclass(StepTimeout, Timeout)
    assert not issubclass(Timeout, Exception)
    with deadline(None):
        pass
