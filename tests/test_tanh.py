import numpy as np
import pytest
import sympy as sp

import derivations
from tests.helpers import break_gradient, break_step


@pytest.fixture(scope="module")
def report():
    return derivations.get("tanh").check()


def test_every_step_proved_and_checks_pass(report):
    assert report.ok, report.failures
    assert all(r.status in ("proved", "definition") for r in report.steps)
    for g in report.gradients:
        # tanh' is at most 1, so absolute error is error relative to the scale; elementwise relative
        # error near saturation is limited by 1 - tanh^2 itself (see the float32 note).
        assert all(p.max_abs <= 1e-10 for p in g.pairs if p.b != "finite-diff"), g.summary


def test_result_is_derived_not_typed():
    d = derivations.get("tanh")
    x = sp.Symbol("x", real=True)
    assert sp.simplify(d.results["derivative"] - (1 - sp.tanh(x) ** 2)) == 0
    assert d[10].rhs.equals(4 / (sp.exp(x) + sp.exp(-x)) ** 2)
    # The result is what the last step shows: change the display and the result follows (a typed-in
    # result would not), and the check fails at that step.
    broken = break_step(derivations.get("tanh"), len(d), lambda rhs: 2 - rhs)    # 1 + f², not 1 − f²
    assert sp.simplify(broken.results["derivative"] - (1 - sp.tanh(x) ** 2)) != 0
    report = broken.check(gradients=False, numeric=False)
    assert [f.split(":")[0] for f in report.failures] == [f"step {len(d)}"]


def test_repl_walkthrough():
    d = derivations.get("tanh")
    assert "(3)" in repr(d)
    step = d[3]
    assert isinstance(step.expr, sp.Basic) and step.rule and step.latex
    assert step._repr_latex_().startswith("$")
    with pytest.raises(IndexError, match="numbered"):
        d[0]


def test_flipped_sign_in_a_step_is_caught():
    d = break_step(derivations.get("tanh"), 10, lambda rhs: -rhs)
    report = d.check(gradients=False, numeric=False)
    assert not report.ok
    assert any("step 10" in f and "FAILED at x=" in f for f in report.failures)


def test_dropped_term_in_a_step_is_caught():
    d = break_step(derivations.get("tanh"), 8, lambda rhs: rhs + 1 / sp.Function("v")(sp.Symbol("x", real=True)) ** 2)
    assert not d.check(gradients=False, numeric=False).ok


def test_perturbed_gradient_formula_is_caught():
    d = break_gradient(derivations.get("tanh"), 0, lambda g: {"x": g["x"] * (1 + 1e-7)})
    report = d.check(numeric=False)
    assert not report.ok
    assert any("sympy vs reverse" in f and "x[" in f for f in report.failures)


def test_a_step_without_claims_is_not_counted_as_proved():
    d = derivations.Derivation("empty", "a step with nothing to prove", "")
    x = sp.Symbol("x", real=True)
    d.fact(sp.Eq(x, x + 1, evaluate=False), "asserted, not shown", reads=lambda shown: ())   # read as no claim
    report = d.check()
    assert not report.ok and report.steps[0].status == "unknown"
    assert "carries no claim" in report.failures[0]
