"""The Checked result: frozen, picklable, its derived functions usable after a round trip."""
import dataclasses
import pickle

import numpy as np
import pytest

from derivations.checked import Checked, DerivationFailed, Latex
from verify.status import Status


def test_frozen_and_picklable_with_working_functions(checked_results):
    c = checked_results["tanh"]
    with pytest.raises(dataclasses.FrozenInstanceError):
        c.name = "other"                                    # noqa: B003
    (x,) = c.result("derivative").free_symbols
    before = c.function("derivative", (x,))(np.array([0.0, 1.0]))
    again = pickle.loads(pickle.dumps(c))
    assert again == c and again._compiled == {}            # generated code is not pickled; rebuilt on use
    np.testing.assert_allclose(again.function("derivative", (x,))(np.array([0.0, 1.0])), before)
    assert all(isinstance(s.latex, Latex) and isinstance(s.status, Status) for s in again.steps)
    assert len(again.checks) == sum(s.kind != "definition" for s in c.steps) + len(c.gradients) + len(c.numeric)


def test_a_failed_derivation_is_refused_by_what_needs_it():
    failed = Checked("tanh", "tanh", error="import failed: on purpose")
    assert not failed.ok and failed.failures == ["import failed: on purpose"]
    assert failed.checks[0].status is Status.FAILED
    with pytest.raises(DerivationFailed):
        failed.require()
    with pytest.raises(KeyError, match="no result"):
        failed.result("derivative")
