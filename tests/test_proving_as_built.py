"""`derivations.get` sends each step's claims to the prover's workers as the step is added; `check` awaits
those same futures, and proves afresh whatever no longer matches what was sent."""
import sympy as sp

import derivations
from derivations.model import Derivation, proving_as_built
from verify import pool, prove


def _running_pool():
    pool.call(int, seconds=5)        # a task through the pool: its workers are up
    assert pool.running() is not None


def _counting_sends(monkeypatch):
    sent = []
    real = prove.send
    monkeypatch.setattr(prove, "send", lambda request: sent.append(request) or real(request))
    return sent


def test_check_awaits_the_claims_sent_while_building(monkeypatch):
    _running_pool()
    d = derivations.get("tanh")
    claims = sum(len(s.obligations) for s in d.steps)
    assert claims and len(d._sent) == claims
    sent_at_check = _counting_sends(monkeypatch)
    report = d.check()
    assert report.ok and sent_at_check == []


def test_a_claim_that_changed_since_it_was_sent_is_proved_afresh(monkeypatch):
    _running_pool()
    x, c = sp.symbols("x c", real=True)
    with proving_as_built():
        d = Derivation("toy", "toy", "toy")
        d.define(c, sp.Integer(2), "a constant")
        d.step(sp.Derivative(c * x ** 2, x), 2 * c * x, "power rule")
    assert len(d._sent) == 1
    d.definitions[c] = sp.Integer(3)          # what the step's claim means has changed since it was sent
    sent_at_check = _counting_sends(monkeypatch)
    report = d.check()
    assert len(sent_at_check) == 1 and report.ok


def test_outside_get_nothing_is_sent_while_building():
    d = Derivation("toy", "toy", "toy")
    x = sp.Symbol("x", real=True)
    d.step(sp.Derivative(x ** 2, x), 2 * x, "power rule")
    assert d._sent is None and d.check().ok


def test_claims_sent_while_building_are_sent_again_when_check_asks_with_other_settings(monkeypatch):
    _running_pool()
    d = derivations.get("tanh")
    sent_early = [future for _, future, _ in d._sent.values()]
    sent_at_check = _counting_sends(monkeypatch)
    report = d.check(settings={"points": 12})
    assert report.ok and len(sent_at_check) == len(sent_early) and not d._sent
    # the early ones are left to finish, never cancelled (a cancel can stop a worker that holds another claim)
    assert not [f for f in sent_early if f.cancelled()]


def test_a_derivation_dropped_before_its_check_cancels_nothing():
    """pebble stops the worker of a cancelled task; a task it thought pending may be on a worker already,
    which by then can hold another derivation's claim, then lost until the wall-clock backstop (pebble #153)."""
    import gc
    _running_pool()
    d = derivations.get("tanh")
    futures = [future for _, future, _ in d._sent.values()]
    del d
    gc.collect()
    assert futures and not [f for f in futures if f.cancelled()]
    assert all(not isinstance(f.result(timeout=120), pool.Capped) for f in futures)


def test_a_pool_started_by_any_task_counts_as_running():
    pool.shutdown()
    assert pool.running() is None
    pool.call(int, seconds=5)
    assert pool.running() is not None
