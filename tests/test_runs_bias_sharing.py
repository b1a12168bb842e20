"""The bias-sharing run checks autograd against the gradient the shared_bias derivation derived (its batch
chain, lambdified), never against a formula of its own: a wrong derived gradient fails the run."""
import dataclasses

import numpy as np
import pytest

from derivations.checked import DerivationFailed
from report.runs import bias_sharing
from verify.threads import pin_threads

pin_threads(1)


@pytest.fixture(scope="module")
def checked(checked_results):
    return checked_results["shared_bias"]


def with_chain(checked, change):
    """`checked` with its softmax chain's dL_db formula replaced by change(chain, formula)."""
    chain = dict(checked.datum("softmax_chain"))
    (gradient,) = [s for s in chain if s.name == "dL_db"]
    chain[gradient] = change(chain, chain[gradient])
    data = tuple((k, chain if k == "softmax_chain" else v) for k, v in checked.data)
    return dataclasses.replace(checked, data=data, _compiled={})


def test_tiny_run_matches_autograd(tmp_path, checked):
    out = bias_sharing.run(bias_sharing.TINY, 0, tmp_path, checked)
    assert out.data["bias_check"] < 1e-12


@pytest.mark.parametrize("activation", ["sigmoid", "tanh", "relu"])
def test_derived_gradient_is_the_mean_losses_gradient(activation, checked):
    """The derived (δ₁ + δ₂)𝟙 / n against autograd of the mean softmax cross-entropy, at random weights."""
    import torch
    rng = np.random.default_rng(1)
    X, y = rng.standard_normal((20, 4)), rng.integers(0, 3, 20)
    W, U, b = rng.standard_normal((4, 3)), rng.standard_normal((3, 3)), rng.standard_normal(3)
    ours = bias_sharing.derived_bias_gradient(checked, activation)(X, y, W, U, b)
    f = {"sigmoid": torch.sigmoid, "tanh": torch.tanh, "relu": torch.relu}[activation]
    bt = torch.tensor(b, requires_grad=True)
    logits = f(torch.tensor(X) @ torch.tensor(W) + bt) @ torch.tensor(U) + bt
    torch.nn.functional.cross_entropy(logits, torch.tensor(y)).backward()
    np.testing.assert_allclose(ours, bt.grad.numpy(), rtol=1e-12, atol=1e-15)


@pytest.mark.parametrize("wrong", ["one path dropped", "factor 2"])
def test_a_wrong_derived_gradient_fails_the_runs_autograd_cross_check(wrong, tmp_path, checked):
    change = {"one path dropped": lambda chain, formula: formula.xreplace({s: 0 * s for s in chain if s.name == "Delta_1"}),
              "factor 2": lambda chain, formula: 2 * formula}[wrong]
    with pytest.raises(ArithmeticError, match="autograd"):
        bias_sharing.run(bias_sharing.TINY, 0, tmp_path, with_chain(checked, change))


def test_a_failed_derivation_fails_the_run(tmp_path, checked):
    failed = dataclasses.replace(checked, error="check failed: on purpose", _compiled={})
    with pytest.raises(DerivationFailed):
        bias_sharing.run(bias_sharing.TINY, 0, tmp_path, failed)
