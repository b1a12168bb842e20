"""The NumPy-only MLP trained on the derived gradients: against torch autograd; a wrong derived gradient is caught."""
import numpy as np
import pytest

from report.runs import from_scratch
from report.runs.from_scratch import NumpyMLP, derived_network, gradient_error, torch_gradients
from verify.threads import pin_threads

pin_threads(1)


@pytest.fixture(scope="module")
def checked(checked_results):
    return checked_results["input_gradient"]


def problem(n=50, d=5, k=3, seed=0):
    rng = np.random.default_rng(seed)
    return rng.standard_normal((n, d)), rng.integers(0, k, n)


@pytest.mark.parametrize("activation", ["sigmoid", "relu", "tanh"])
def test_gradients_match_autograd(activation, checked):
    X, y = problem()
    model = NumpyMLP((5, 7, 6, 3), activation, seed=1, derived=derived_network(checked, activation))
    assert gradient_error(model, X, y) < 1e-12
    for _ in range(30):                                   # and again after training moved the weights
        model.loss_and_gradients(X, y)
        model.step(0.5)
    assert gradient_error(model, X, y) < 1e-12


def test_loss_is_mean_cross_entropy_and_training_lowers_it(checked):
    import torch
    X, y = problem()
    model = NumpyMLP((5, 8, 8, 3), "relu", seed=0, derived=derived_network(checked, "relu"))
    loss, _ = model.loss_and_gradients(X, y)
    P = model.predict_proba(X)
    assert loss == pytest.approx(-np.mean(np.log(P[np.arange(len(y)), y])), rel=1e-12)
    assert set(torch_gradients(model, X, y)) == set(model.grads)
    for _ in range(100):
        last, _ = model.loss_and_gradients(X, y)
        model.step(0.5)
    assert last < loss


def test_blocks_of_rows_give_the_same_gradients(monkeypatch, checked):
    X, y = problem(n=37)
    whole = NumpyMLP((5, 4, 4, 3), "sigmoid", seed=2, derived=derived_network(checked, "sigmoid"))
    whole.loss_and_gradients(X, y)
    monkeypatch.setattr(from_scratch, "CHUNK_ROWS", 8)    # 37 rows: four full blocks and a partial one
    blocked = NumpyMLP((5, 4, 4, 3), "sigmoid", seed=2, derived=derived_network(checked, "sigmoid"))
    blocked.loss_and_gradients(X, y)
    for k in whole.grads:
        np.testing.assert_allclose(blocked.grads[k], whole.grads[k], rtol=1e-12, atol=1e-15)


def test_float32_training_keeps_its_dtype(checked):
    X, y = problem()
    model = NumpyMLP((5, 4, 4, 3), "tanh", seed=0, derived=derived_network(checked, "tanh"), dtype=np.float32)
    model.loss_and_gradients(X.astype(np.float32), y)
    model.step(0.1)
    assert all(v.dtype == np.float32 for v in (*model.params.values(), *model.grads.values()))
    assert gradient_error(model, X.astype(np.float32), y) < 1e-5


def test_tiny_run_outputs_and_cross_check(tmp_path, checked_results):
    out = from_scratch.run(from_scratch.TINY, 0, tmp_path, checked_results["input_gradient"])
    assert [f.path for f in out.figures] == ["runs/from_scratch/accuracy.pdf", "runs/from_scratch/gradients.pdf"]
    assert len(out.tables[0].rows) == 2
    for act in ("sigmoid", "relu"):
        assert len(out.data[act]["train_acc"]) == from_scratch.TINY.iterations
        assert max(out.data[act]["grad_error"]) < 1e-10


def test_a_wrong_derived_gradient_fails_the_runs_autograd_cross_check(tmp_path, checked):
    """The run trains on what the derivation derived: swap in a wrong ∂L/∂W₂ and the cross-check fails."""
    import dataclasses
    chain = dict(checked.datum("chain"))
    (wrong,) = [s for s in chain if s.name == "dL_dW_2"]
    chain[wrong] = 2 * chain[wrong]                     # a factor 2 too many
    data = tuple((k, chain if k == "chain" else v) for k, v in checked.data)
    with pytest.raises(ArithmeticError, match="autograd"):
        from_scratch.run(from_scratch.TINY, 0, tmp_path, dataclasses.replace(checked, data=data, _compiled={}))
