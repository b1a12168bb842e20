"""The collector setting used while deriving is scoped: the caller's thresholds come back as they were."""
import gc

import pytest

import derivations
from derivations.collector import YOUNG_THRESHOLD, deriving


@pytest.fixture
def thresholds():
    saved = gc.get_threshold()
    yield
    gc.set_threshold(*saved)


def test_raised_inside_and_restored_after(thresholds):
    gc.set_threshold(700, 10, 10)
    with deriving():
        assert gc.get_threshold() == (YOUNG_THRESHOLD, 10, 10)
        with deriving():                       # re-entrant: the inner exit does not restore early
            pass
        assert gc.get_threshold()[0] == YOUNG_THRESHOLD
    assert gc.get_threshold() == (700, 10, 10)


def test_restored_when_the_body_raises(thresholds):
    gc.set_threshold(700, 10, 10)
    with pytest.raises(RuntimeError), deriving():
        raise RuntimeError("a step failed to build")
    assert gc.get_threshold() == (700, 10, 10)


def test_a_disabled_or_higher_threshold_is_left_alone(thresholds):
    for mine in ((0, 10, 10), (YOUNG_THRESHOLD * 5, 10, 10)):
        gc.set_threshold(*mine)
        with deriving():
            assert gc.get_threshold() == mine
        assert gc.get_threshold() == mine


def test_get_and_check_leave_the_threshold_as_found(thresholds):
    gc.set_threshold(700, 10, 10)
    d = derivations.get("tanh")
    assert gc.get_threshold() == (700, 10, 10)
    assert d.check().ok
    assert gc.get_threshold() == (700, 10, 10)
