"""Caps enforced from outside the worker (verify.pool): a step past a cap is unverified with the
reason, its worker is replaced, and the rest of the file is still checked.

The inputs take minutes (or gigabytes) without a cap, and the caps here are small, so which way
each test goes does not depend on how fast the machine is.
"""
import resource
import signal

import pytest
import sympy as sp

from verify import pool
from verify.prove import FAILED, PROVED, UNKNOWN, VERIFIED, Request, prove_all, prove_equal, prove_relation
from verify.tex import UNVERIFIED, WRONG, check_text
from verify.tex.dispatch import check_texts

LATER_WRONG_STEP = "\n\n$2 + 2 = 5$\n"
HATS = "$" + r"\hat{" * 55 + "x" + "}" * 55 + " = 1$"     # readable() is exponential in nested hats


@pytest.mark.parametrize("text", [
    r"$(1 + 10^{-7})^{10^{7}} = 3$",            # an exact power: C code, no signal gets in
    r"%! let a = (1 + 10^{-9})^{10^{9}}",        # a directive: it used to run with no cap at all
    HATS,                                       # the rendering of a step counts in its cap
], ids=["power-in-a-step", "power-in-a-let", "nested-hats"])
def test_a_step_past_its_cap_is_unverified_and_the_file_goes_on(text):
    steps = check_text(text + LATER_WRONG_STEP, step_seconds=0.5).steps
    assert steps[0].verdict == UNVERIFIED
    assert "cap" in steps[0].detail or "time limit" in steps[0].detail, steps[0].detail
    assert steps[-1].verdict == WRONG and steps[-1].line == text.count("\n") + 3


def test_only_the_chain_that_overran_is_lost():
    # Definitions before the slow chain (in the same batch) are replayed; the steps after it use them.
    text = "$x = 3$\n\n$(1 + 10^{-7})^{10^{7}} = 3$\n\n$x + 1 = 4$\n\n$x + 1 = 5$\n"
    verdicts = [s.verdict for s in check_text(text, step_seconds=0.5).steps]
    assert verdicts == ["given", UNVERIFIED, "ok", WRONG]


def test_the_readable_text_is_made_in_the_worker():
    (step,) = check_text(r"$\frac{1}{2} + \frac{1}{2} = 1$").steps
    assert step.readable_text == "(1/2) + (1/2) = 1" or step.readable_text.startswith("1/2")
    assert step.text == step.readable_text


def test_memory_cap_in_a_worker():
    got = pool.call(bytearray, 2 * pool.memory_bytes(), seconds=60)
    assert isinstance(got, pool.Capped) and got.cap is pool.Cap.MEMORY and "memory cap" in got.reason
    assert "worker replaced" in got.reason
    assert pool.call(int, "7", seconds=60) == 7


def test_time_cap_kills_and_replaces_the_worker():
    import time
    got = pool.call(time.sleep, 3600, seconds=1, wall=1)    # asleep: only the wall-clock backstop sees it
    assert isinstance(got, pool.Capped) and got.cap is pool.Cap.TIME and "worker replaced" in got.reason
    assert got.backstop
    assert pool.call(int, "7", seconds=60) == 7


@pytest.mark.parametrize("lost", [pool.Capped(pool.Cap.TIME, "wall-clock backstop", backstop=True),
                                  pool.Capped(pool.Cap.DIED, "the worker died")], ids=["backstop", "died"])
def test_a_claim_whose_worker_was_lost_is_proved_once_more(monkeypatch, lost):
    """A worker stuck past the wall-clock backstop with CPU to spare, or dead, did not fail on the claim
    (pebble can lose a task to the worker it stops for another): the claim is sent again, once."""
    real, calls = pool.outcome, []
    monkeypatch.setattr(pool, "outcome", lambda future, seconds: calls.append(future) or
                        (lost if len(calls) == 1 else real(future, seconds)))
    x = sp.Symbol("x")
    (verdict,) = prove_all([Request.of(sp.sin(x) ** 2 + sp.cos(x) ** 2, 1)])
    assert verdict.status == PROVED and len(calls) == 2
    calls.clear()
    monkeypatch.setattr(pool, "outcome", lambda future, seconds: calls.append(future) or lost)
    (verdict,) = prove_all([Request.of(sp.sin(x) ** 2 + sp.cos(x) ** 2, 1)])
    assert verdict.status == UNKNOWN and verdict.reason == lost.reason and len(calls) == 2   # once more only


def test_a_claim_past_its_cpu_cap_is_not_sent_again(monkeypatch):
    calls = []
    real = pool.outcome
    monkeypatch.setattr(pool, "outcome", lambda future, seconds: calls.append(future) or real(future, seconds))
    huge = sp.Pow(sp.Integer(3), sp.Integer(10) ** 9, evaluate=False)   # carried out in the worker: past 1 s of CPU
    (verdict,) = prove_all([Request.of(huge, 2, settings={"cap": 1})])
    assert verdict.status == UNKNOWN and "cap" in verdict.reason and len(calls) == 1


def test_workers_are_capped_and_never_import_torch():
    import torch  # noqa: F401  (the parent has it: the workers must not)
    status = pool.call(pool.worker_status, seconds=60)
    assert not status.torch_loaded
    assert status.memory_cap == pool.memory_bytes()
    assert status.frozen_objects > 10_000       # SymPy's modules are out of the collector's way


def test_a_claim_past_the_prover_cap_is_unknown_never_a_pass():
    huge = sp.Pow(sp.Rational(10 ** 9 + 1, 10 ** 9), 10 ** 9, evaluate=False)   # evaluated in the worker: minutes
    v = prove_equal(huge, 3, settings={"cap": 2})
    assert v.status == UNKNOWN and "cap" in v.reason and not v.ok
    assert prove_equal(sp.Integer(2), 3).status == FAILED      # the next claim is still decided


def test_claims_side_by_side_keep_their_order_and_only_the_slow_one_is_lost():
    x = sp.Symbol("x", real=True)
    huge = sp.Pow(sp.Rational(10 ** 9 + 1, 10 ** 9), 10 ** 9, evaluate=False)
    verdicts = prove_all([Request.of(sp.sin(x) ** 2 + sp.cos(x) ** 2, 1),
                          Request.of(huge, 3, settings={"cap": 2}),
                          Request.of(x ** 2 + 1, 0, ">"),
                          Request.of(2 * x, x + x + 1)])
    assert [v.status for v in verdicts] == [PROVED, UNKNOWN, PROVED, FAILED]


def test_constraints_are_sympy_relations():
    y, N = sp.Symbol("y", integer=True, nonnegative=True), sp.Symbol("N", integer=True, positive=True)
    assert prove_relation(N - y, ">=", constraints=(sp.Le(y, N),)).status == VERIFIED
    assert prove_relation(N - y, ">=").status == FAILED        # the constraint is what makes it hold


def test_this_process_never_has_a_timer_armed():
    check_text(r"$\tan(x)^{8} \cos(x)^{8} = \sin(x)^{8}$", step_seconds=0.05)
    assert signal.getitimer(signal.ITIMER_REAL) == signal.getitimer(signal.ITIMER_PROF) == (0.0, 0.0)


def test_out_of_memory_in_a_step_ends_the_worker_not_the_check(monkeypatch):
    """A MemoryError inside the checker's own handlers, in a worker, must reach the pool (which reports
    the memory cap and replaces the worker), not be turned into "could not check" on a spent heap."""
    from verify.tex import step_checks

    def exhausted(*args, **kwargs):
        raise MemoryError

    monkeypatch.setattr(step_checks, "check_step", exhausted)
    with pool.local():
        (result,) = check_texts([("<a>", "$1 + 1 = 2$\n")])
    assert [r.verdict for r in result.steps] == ["unverified"] and "out of memory" in result.steps[0].detail
    monkeypatch.setattr(pool, "_in_worker", True)   # as in a worker: the MemoryError leaves the batch
    cpu_limit = resource.getrlimit(resource.RLIMIT_CPU)
    try:
        with pool.local():
            (result,) = check_texts([("<a>", "$1 + 1 = 2$\n")])
    finally:   # "in a worker", the checker set a CPU cap on this process: the suite died of SIGXCPU later
        resource.setrlimit(resource.RLIMIT_CPU, cpu_limit)
    assert [r.verdict for r in result.steps] == ["unverified"], result.steps
    assert "MemoryError" in result.steps[0].detail and "could not check:" not in result.steps[0].detail


_FORKED_CHILD_USES_THE_POOL = """
import multiprocessing
from verify import pool

def work():
    assert pool.call(int, "7", seconds=60) == 7

if __name__ == "__main__":
    child = multiprocessing.get_context("fork").Process(target=work)
    child.start()
    child.join(120)
    print("still running" if child.is_alive() else f"exit {child.exitcode}")
    if child.is_alive():
        child.kill()
"""


def test_a_forked_child_that_used_the_pool_exits(tmp_path):
    # verify.pool is imported before the fork (as the report's parallel checks do): the child starts with
    # an empty finalizer registry, so the pool it makes must register its own shutdown, or the child
    # waits for its workers for ever on exit. (120 s only bounds a hang; it exits in about a second.)
    import os
    import subprocess
    import sys
    from pathlib import Path
    script = tmp_path / "child.py"
    script.write_text(_FORKED_CHILD_USES_THE_POOL)
    root = str(Path(pool.__file__).resolve().parent.parent)
    env = {**os.environ, "PYTHONPATH": root + os.pathsep + os.environ.get("PYTHONPATH", "")}
    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, env=env, timeout=300)
    assert out.stdout.strip() == "exit 0", out.stdout + out.stderr


def test_a_fresh_worker_starts_with_what_simplify_imports():
    """sympy.physics.units (~0.3 s) is preloaded in the forkserver, not imported again by every new worker."""
    import worker_probes
    pool.shutdown()                  # the next call forks a fresh worker
    assert pool.call(worker_probes.loaded, "sympy.physics.units", seconds=30)


def test_the_default_step_cap_is_the_products_unless_set():
    # the suite runs verdict tests with a wide cap (conftest); the product's default stays 2 s, and
    # DERIVKIT_STEP_SECONDS is read once, at import
    import os
    import subprocess
    import sys
    code = "from verify.tex.limits import STEP_SECONDS; print(STEP_SECONDS)"
    env = {k: v for k, v in os.environ.items() if k != "DERIVKIT_STEP_SECONDS"}
    plain = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert plain.stdout.strip() == "2.0"
    wide = subprocess.run([sys.executable, "-c", code], env={**env, "DERIVKIT_STEP_SECONDS": "6"},
                          capture_output=True, text=True, check=True)
    assert wide.stdout.strip() == "6.0"
    assert os.environ.get("DERIVKIT_STEP_SECONDS") == "6"
