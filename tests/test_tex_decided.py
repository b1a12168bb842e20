"""The verdicts a worker keeps across files (symbolic.decide): a class repeats the same algebra, so a
settled verdict is reused; it must never be reused for a different claim, nor when it was undecided."""
import operator

import sympy as sp

from verify.prove import FAILED, PROVED, UNKNOWN, VERIFIED, Verdict
from verify.tex import symbolic


def _counting(monkeypatch, status=None):
    calls = []
    real = symbolic._search_then_prove

    def counted(*args):
        calls.append(args[:2])
        return Verdict(status, "stub", reason="budget") if status else real(*args)
    monkeypatch.setattr(symbolic, "_search_then_prove", counted)
    symbolic._settled.cache_clear()
    return calls


def test_a_settled_verdict_is_reused(monkeypatch):
    calls = _counting(monkeypatch)
    a = sp.Symbol("a", real=True)
    first = symbolic.decide((a + 3) ** 2, a ** 2 + 6 * a + 9, {}, [], {"budget": 0.4})
    again = symbolic.decide((a + 3) ** 2, a ** 2 + 6 * a + 9, {}, [], {"budget": 0.4})
    assert first.status in (PROVED, VERIFIED) and again is first and len(calls) == 1
    assert symbolic.decide((a + 3) ** 2, a ** 2 + 3 * a + 9, {}, [], {"budget": 0.4}).status == FAILED
    assert len(calls) == 2


def test_assumptions_domain_and_settings_are_part_of_the_claim(monkeypatch):
    calls = _counting(monkeypatch)
    x, xp = sp.Symbol("x", real=True), sp.Symbol("x", positive=True)
    assert symbolic.decide(sp.sqrt(xp ** 2), xp, {}, [], {"budget": 0.4}).status in (PROVED, VERIFIED)
    assert symbolic.decide(sp.sqrt(x ** 2), x, {}, [], {"budget": 0.4}).status == FAILED   # same names, not the same claim
    symbolic.decide(sp.sqrt(x ** 2), x, {x: (0.0, 5.0)}, [], {"budget": 0.4})
    symbolic.decide(sp.sqrt(x ** 2), x, {x: (0.0, 5.0)}, [], {"budget": 0.8})
    assert len(calls) == 4
    assert symbolic.decide(sp.Integer(2), sp.Float(2.0), {}, [], {}) is not symbolic.decide(sp.Integer(2), sp.Integer(2), {}, [], {})


def test_an_undecided_verdict_is_tried_again(monkeypatch):
    calls = _counting(monkeypatch, status=UNKNOWN)
    a = sp.Symbol("a", real=True)
    for _ in range(2):
        assert symbolic.decide(sp.sin(a) ** 2 + sp.cos(a) ** 2, sp.Integer(1), {}, [], {}).status == UNKNOWN
    assert len(calls) == 2


def test_with_constraints_nothing_is_kept(monkeypatch):
    calls = _counting(monkeypatch)
    a = sp.Symbol("a", real=True)
    for _ in range(2):
        symbolic.decide(a + a, 2 * a, {}, [operator.truth], {})     # any point
    assert len(calls) == 2
