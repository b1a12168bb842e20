"""input_gradient: every step proved, the issue's formulas, and injected mistakes caught (attribution: tests/test_runs_attribution.py)."""
import re

import numpy as np
import pytest
import sympy as sp
import torch

from derivations import input_gradient as ig
from derivations.matrices import elementwise
from verify.prove import prove_equal

torch.set_num_threads(1)
SQUARE = ({"M": 4, "H1": 3, "H2": 3, "K": 3, "N": 2}, {"M": 6, "H1": 5, "H2": 5, "K": 4, "N": 3})


@pytest.fixture(scope="module")
def d():
    return ig.build()


def test_every_step_proved_and_every_check_passes(d):
    report = d.check()
    assert report.ok, report.failures
    # ReLU′ = 𝟙[z > 0] with torch's ReLU′(0) = 0: equal to SymPy's derivative everywhere but at the kink,
    # where SymPy's Heaviside takes ½, so that one step is verified at points, not proved.
    relu_step = [r for r in report.steps if r.step.rule.startswith("g = relu")]
    assert len(relu_step) == 1 and relu_step[0].status == "verified"
    assert all(r.status in ("proved", "definition") for r in report.steps if r not in relu_step)
    assert {g.name.split("$g$ = ")[1].split(" ")[0] for g in report.gradients} == {"sigmoid", "tanh", "relu"}


def test_softmax_jacobian_and_delta3(d):
    yh = sp.symbols("yhat_1:4", real=True)
    jacobian = next(s for s in d if s.rule.startswith("Jacobian of softmax")).rhs
    expected = sp.Matrix(3, 3, lambda i, j: yh[i] * (int(i == j) - yh[j]))
    assert sp.expand(sp.Matrix(jacobian) - expected) == sp.zeros(3, 3)
    delta3 = next(s for s in d if r"\sum_i y_i = 1" in s.rule).rhs
    assert sp.Matrix(delta3) == sp.Matrix(yh) - sp.Matrix(sp.symbols("y_1:4", real=True))


def _issue_formula(p, g, g_prime):
    """The issue's recursion, typed in: δ₃ = ŷ − y, δ₂ = (W₃ᵀδ₃) ⊙ g'(z₂), δ₁ = (W₂ᵀδ₂) ⊙ g'(z₁), ∂L/∂x = W₁ᵀδ₁."""
    z1 = p["W_1"] @ p["X"] + p["b_1"]
    z2 = p["W_2"] @ g(z1) + p["b_2"]
    z3 = p["W_3"] @ g(z2) + p["b_3"]
    yhat = np.exp(z3) / np.exp(z3).sum(axis=0)
    delta2 = (p["W_3"].T @ (yhat - p["Y"])) * g_prime(z2)
    delta1 = (p["W_2"].T @ delta2) * g_prime(z1)
    return p["W_1"].T @ delta1


@pytest.mark.parametrize("name", ["sigmoid", "tanh", "relu"])
def test_derived_formula_is_the_issues(d, name):
    g, g_prime = {"sigmoid": (lambda v: 1 / (1 + np.exp(-v)), lambda v: np.exp(-v) / (1 + np.exp(-v)) ** 2),
                  "tanh": (np.tanh, lambda v: 1 - np.tanh(v) ** 2),
                  "relu": (lambda v: np.maximum(v, 0), lambda v: (v > 0).astype(float))}[name]
    p = ig.sample_inputs(np.random.default_rng(2), {"M": 7, "H1": 5, "H2": 4, "K": 3, "N": 9}, name)
    derived = ig.derived_functions(d.data["chain"], name)(**p)["G"]
    np.testing.assert_allclose(derived, _issue_formula(p, g, g_prime), rtol=1e-12, atol=1e-15)


def _named_worst(result):
    assert not result.ok
    assert "sympy vs reverse" in result.summary
    assert re.search(r"X\[\d+, \d+\]", result.summary), result.summary


def _run(chain, name="tanh", cases=SQUARE):
    return ig.gradient_check(chain, name, cases=cases, draws=1).run()


def test_the_check_passes_on_the_derived_formulas(d):
    assert _run(d.data["chain"]).ok


def test_injected_wrong_sign_fails_naming_the_worst_element(d):
    _named_worst(_run({**d.data["chain"], ig.dL_dX: -d.data["chain"][ig.dL_dX]}))


def test_injected_missing_g_prime_fails(d):
    _named_worst(_run({**d.data["chain"], ig.Delta1: ig.W2.T * ig.Delta2}))


def test_injected_untransposed_weight_fails(d):
    """W₂ for W₂ᵀ: square hidden layers (H₁ = H₂), so only the numbers can tell."""
    wrong = sp.HadamardProduct(ig.W2 * ig.Delta2, elementwise(ig.g_prime, ig.Z1)).subs(ig.H2, ig.H1)
    chain = {k.subs(ig.H2, ig.H1): v.subs(ig.H2, ig.H1) for k, v in d.data["chain"].items()}
    chain[ig.Delta1] = wrong
    _named_worst(_run(chain))


def test_injected_mistake_also_fails_the_proof(d):
    chain = {**d.data["chain"], ig.Delta1: ig.W2.T * ig.Delta2}
    formula, per_element = ig._per_element(chain, ig.Delta1, ig.Z1, ig.Z2, ig.SMALL[0])
    assert not prove_equal(formula, per_element).ok


def test_relu_draws_stay_off_the_kink():
    p = ig.sample_inputs(np.random.default_rng(0), {"M": 50, "H1": 64, "H2": 64, "K": 3, "N": 64}, "relu")
    z1 = p["W_1"] @ p["X"] + p["b_1"]
    z2 = p["W_2"] @ np.maximum(z1, 0) + p["b_2"]
    assert min(np.abs(z1).min(), np.abs(z2).min()) >= ig.KINK_MARGIN
