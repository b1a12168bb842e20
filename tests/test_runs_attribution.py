"""The attribution run's derived input gradients (the checked input_gradient chain) against autograd."""
import numpy as np
import pytest
import torch

from report.runs.attribution import attribution, autograd_input_gradients, input_gradients


@pytest.fixture(scope="module")
def checked(checked_results):
    return checked_results["input_gradient"]


def _model(rng, m=8, h1=6, h2=5, k=3):
    """Parameters as a torch.nn.Linear stack gives them: W (out, in), b (out,)."""
    shapes = {"W1": (h1, m), "b1": (h1,), "W2": (h2, h1), "b2": (h2,), "W3": (k, h2), "b3": (k,)}
    return {n: rng.standard_normal(s) / np.sqrt(s[-1]) for n, s in shapes.items()}


@pytest.mark.parametrize("name", ["sigmoid", "tanh", "relu"])
def test_attribution_matches_autograd(name, checked):
    rng = np.random.default_rng(4)
    params, X, labels = _model(rng), rng.standard_normal((40, 8)), rng.integers(0, 3, 40)
    scores = attribution(checked, params, X, labels, name)
    reference = np.abs(autograd_input_gradients(params, X, labels, name)).mean(axis=0)
    assert scores.shape == (8,)
    np.testing.assert_allclose(scores, reference, rtol=1e-10)


def test_attribution_against_a_torch_module(checked):
    """The layout the report uses: weights straight from nn.Linear, labels as integers."""
    torch.manual_seed(0)
    net = torch.nn.Sequential(torch.nn.Linear(8, 6), torch.nn.Tanh(), torch.nn.Linear(6, 5), torch.nn.Tanh(),
                              torch.nn.Linear(5, 3)).double()
    linears = [m for m in net if isinstance(m, torch.nn.Linear)]
    params = {f"{w}{i}": getattr(m, {"W": "weight", "b": "bias"}[w]).detach().numpy()
              for i, m in enumerate(linears, 1) for w in ("W", "b")}
    rng = np.random.default_rng(1)
    X, labels = rng.standard_normal((30, 8)), rng.integers(0, 3, 30)
    x = torch.tensor(X, requires_grad=True)
    torch.nn.functional.cross_entropy(net(x), torch.tensor(labels), reduction="sum").backward()
    np.testing.assert_allclose(input_gradients(checked, params, X, labels, "tanh"), x.grad.numpy(), rtol=1e-10, atol=1e-14)


def test_labels_and_one_hot_agree_and_chunks_do_not_matter(checked):
    rng = np.random.default_rng(5)
    params, X, labels = _model(rng), rng.standard_normal((25, 8)), rng.integers(0, 3, 25)
    by_label = input_gradients(checked, params, X, labels, "sigmoid")
    np.testing.assert_allclose(input_gradients(checked, params, X, np.eye(3)[labels], "sigmoid", chunk=7), by_label,
                               rtol=1e-13)


def test_attribution_refuses_a_network_of_another_depth(checked):
    rng = np.random.default_rng(6)
    params = {**_model(rng), "W4": np.zeros((3, 3)), "b4": np.zeros(3)}
    with pytest.raises(ValueError, match="two hidden layers"):
        attribution(checked, params, rng.standard_normal((4, 8)), np.zeros(4, dtype=int), "relu")
