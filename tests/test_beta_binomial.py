import pytest
import sympy as sp

import derivations
from tests.helpers import break_gradient, break_step

y, N = sp.Symbol("y", integer=True, nonnegative=True), sp.Symbol("N", integer=True, positive=True)
alpha, beta = sp.Symbol("alpha", positive=True), sp.Symbol("beta", positive=True)


@pytest.fixture(scope="module")
def d():
    return derivations.get("beta_binomial")


@pytest.fixture(scope="module")
def report(d):
    return d.check()


def test_all_steps_pass_and_checks_within_tolerance(report):
    assert report.ok, report.failures
    statuses = {r.status for r in report.steps}
    assert statuses <= {"proved", "definition"}


def test_results_match_the_textbook(d):
    r = d.results
    assert sp.simplify(r["posterior_mean"] - (y + alpha) / (N + alpha + beta)) == 0
    assert sp.simplify(r["map"] - (y + alpha - 1) / (N + alpha + beta - 2)) == 0
    var = (y + alpha) * (N - y + beta) / ((N + alpha + beta) ** 2 * (N + alpha + beta + 1))
    assert sp.simplify(r["posterior_variance"] - var) == 0
    assert sp.simplify(r["mle"] - y / N) == 0
    assert r["loss_C"] == 1 / (2 * N)
    assert sp.expand(r["loss_a"] - (alpha - 1)) == 0
    assert sp.expand(r["loss_b"] - (alpha + beta - 2) / 2) == 0
    assert sp.simplify(r["prior_mode"] - (alpha - 1) / (alpha + beta - 2)) == 0


def test_wrong_posterior_mean_is_caught(d):
    number = next(s.number for s in d if s.rule.startswith("posterior mean"))
    broken = break_step(derivations.get("beta_binomial"), number, lambda rhs: rhs + 1 / N)
    report = broken.check(gradients=False, numeric=False)
    assert any(f.startswith(f"step {number}:") and "FAILED" in f for f in report.failures)


def test_wrong_score_gradient_is_caught():
    broken = break_gradient(derivations.get("beta_binomial"), 0, lambda g: {"theta": -g["theta"]})
    report = broken.check(numeric=False)
    assert any("sympy vs reverse" in f for f in report.failures)


def test_wrong_completed_square_is_caught(d):
    number = next(s.number for s in d if s.rule.startswith("complete the square"))
    theta = sp.Symbol("theta", positive=True)
    broken = break_step(derivations.get("beta_binomial"), number, lambda rhs: rhs + theta / 10)
    report = broken.check(gradients=False, numeric=False)
    assert any(f.startswith(f"step {number}:") for f in report.failures)


def test_numerical_checks_catch_a_wrong_result():
    """The torch checks read d.results: a wrong MAP or variance fails them, whatever the steps say."""
    broken = derivations.get("beta_binomial")
    broken.result("map", broken.results["map"] + sp.Rational(1, 100))
    broken.result("posterior_variance", broken.results["posterior_variance"] * 2)
    report = broken.check(steps=False, gradients=False)
    failed = {n.name for n in report.numeric if not n.ok}
    assert r"autograd of $-\log p(\theta \mid y)$ vanishes at the MAP" in failed
    assert r"gradient descent on $\ell(\theta)$ converges to the MAP" in failed
    assert "posterior mean and variance match torch Beta samples" in failed
