"""sigmoid_mlp: every step proved, the issue's closed forms, shapes, and injected mistakes caught."""
import re

import numpy as np
import pytest
import sympy as sp
import torch

from derivations import sigmoid_mlp as mlp
from derivations.matrices import entries, explicit
from verify.prove import FAILED, prove_equal

torch.set_num_threads(1)
SMALL_CASES = ({"M": 3, "H": 2, "N": 1}, {"M": 5, "H": 4, "N": 6})


@pytest.fixture(scope="module")
def d():
    return mlp.build()


@pytest.fixture(scope="module")
def report(d):
    return d.check()


def test_every_step_proved_and_every_check_passes(report):
    assert report.ok, report.failures
    assert all(r.status in ("proved", "definition") for r in report.steps), [str(r.detail) for r in report.steps]


def test_sigma_prime_and_the_cancellation(d):
    a = mlp.a
    assert sp.expand(d.results["sigma'"] - mlp.sigma(a) * (1 - mlp.sigma(a))) == 0
    assert sp.expand(d.results["delta2"] - (mlp.yhat - mlp.y)) == 0


def test_per_element_closed_forms_of_the_issue(d):
    """∂L/∂b₂ = ŷ − y, ∂L/∂W₂ʰ = (ŷ−y)z₁ʰ, ∂L/∂b₁ʰ = (ŷ−y)W₂ʰz₁ʰ(1−z₁ʰ), ∂L/∂W₁ʰʲ = that times xⱼ."""
    sizes = {mlp.H: 2, mlp.M: 3, mlp.N: 1}
    values = {m: entries(m, *mlp.size_of(m, sizes), {mlp.X: "x", mlp.Y: "y"}.get(m)) for m in mlp.INPUTS}
    chain = d.data["chain"]
    z1 = explicit(mlp.Z1, chain, sizes, values)
    yhat = explicit(mlp.Yhat, chain, sizes, values)[0]
    w2, x, y = values[mlp.W2], values[mlp.X], values[mlp.Y][0]
    expected = {
        mlp.b2: sp.Matrix([[yhat - y]]),
        mlp.W2: sp.Matrix(1, 2, lambda _, h: (yhat - y) * z1[h]),
        mlp.b1: sp.Matrix(2, 1, lambda h, _: (yhat - y) * w2[h] * z1[h] * (1 - z1[h])),
        mlp.W1: sp.Matrix(2, 3, lambda h, j: (yhat - y) * w2[h] * z1[h] * (1 - z1[h]) * x[j]),
    }
    for P, closed_form in expected.items():
        derived = explicit(d.results[f"dL/d{P.name}"], chain, sizes, values)
        assert prove_equal(derived, closed_form).status == "proved", P


def test_shapes_of_parameters_and_intermediates(d):
    H, M, N = mlp.H, mlp.M, mlp.N
    assert (mlp.W1.shape, mlp.b1.shape, mlp.W2.shape, mlp.b2.shape) == ((H, M), (H, 1), (1, H), (1, 1))
    assert (mlp.A1.shape, mlp.Z1.shape, mlp.A2.shape, mlp.Yhat.shape) == ((H, N), (H, N), (1, N), (1, N))
    for P in mlp.PARAMETERS:
        assert d.results[f"dL/d{P.name}"].shape == P.shape
    assert mlp.shapes_match().ok


def _run(chain, gradients, d, cases=SMALL_CASES):
    return mlp.gradient_check(chain, gradients, d.data["loss"], cases=cases, draws=1).run()


def _named_worst(result, parameter):
    assert not result.ok
    assert "sympy vs reverse" in result.summary
    assert re.search(rf"{parameter}\[\d+, \d+\]", result.summary), result.summary


def test_the_check_passes_on_the_derived_formulas(d):
    result = _run(d.data["chain"], d.data["gradients"], d)
    assert result.ok, result.summary


def test_injected_wrong_sign_fails_naming_the_worst_element(d):
    gradients = {**d.data["gradients"], mlp.W1: -d.data["gradients"][mlp.W1]}
    result = _run(d.data["chain"], gradients, d)
    _named_worst(result, "W_1")
    assert "b_1" not in result.summary          # only W₁'s gradient is wrong


def test_injected_missing_sigma_prime_fails(d):
    chain = {**d.data["chain"], mlp.Delta1: mlp.W2.T * mlp.Delta2}      # δ₁ without z₁ ⊙ (1 − z₁)
    _named_worst(_run(chain, d.data["gradients"], d), "(W_1|b_1)")


def test_injected_mistake_also_fails_the_proof(d):
    """The prover catches the same mistake symbolically, with a counterexample."""
    small = mlp._written_out(d.data["chain"], mlp.SMALL[0], d.data["loss"])
    wrong = explicit(-d.data["gradients"][mlp.W1], d.data["chain"], small["sizes"], small["values"])
    verdict = prove_equal(wrong, small["gradient"][mlp.W1])
    assert verdict.status == FAILED and verdict.counterexample


def test_transposed_weight_does_not_even_type_check():
    """W₂ is 1×H: using W₂ for W₂ᵀ is a shape error SymPy reports as soon as the sizes are known."""
    wrong = sp.HadamardProduct(mlp.W2 * mlp.Delta2, mlp.Z1, sp.OneMatrix(mlp.H, mlp.N) - mlp.Z1)
    with pytest.raises(sp.ShapeError):
        wrong.subs({mlp.H: 2, mlp.N: 3})


def test_large_batch_case_matches(d):
    """784-256, batch 64: the size the report trains at."""
    result = _run(d.data["chain"], d.data["gradients"], d, cases=({"M": 784, "H": 256, "N": 64},))
    assert result.ok, result.summary
    assert result.shapes["W_1"] == (256, 784)


def test_numpy_evaluation_reports_a_wrong_shape(d):
    from derivations.matrices import numpy_function
    f = numpy_function({"g": d.data["gradients"][mlp.W1]}, d.data["chain"], mlp.INPUTS, {mlp.sigma: np.tanh})
    rng = np.random.default_rng(0)
    inputs = {"W_1": rng.standard_normal((2, 3)), "b_1": np.zeros((2, 1)), "W_2": np.zeros((1, 2)),
              "b_2": np.zeros((1, 1)), "X": rng.standard_normal((4, 5)), "Y": np.zeros((1, 5))}
    with pytest.raises(ValueError, match="M is already 3"):
        f(**inputs)
