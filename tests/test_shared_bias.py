import re

import sympy as sp
import torch
from sympy import Derivative, Matrix

import derivations
from derivations import shared_bias as sb
from derivations.prose import Prose

torch.set_num_threads(1)
QUICK = {"budget": 0.25}      # a wrong step with undefined functions exhausts every strategy: keep each short


def test_deltas_have_the_textbook_form():
    d = derivations.get("shared_bias")
    dl_dyhat = Matrix([Derivative(sb.loss(*sb.yhat, *sb.y), v) for v in sb.yhat])
    delta2 = dl_dyhat.multiply_elementwise(Matrix([Derivative(sb.g1(a), a) for a in sb.a2]))
    delta1 = (sb.U.T * delta2).multiply_elementwise(Matrix([Derivative(sb.g(a), a) for a in sb.a1]))
    assert sp.expand(d.results["delta2"] - delta2) == sp.zeros(2, 1)
    # δ₁ is given as the chain rule gives it, in δ₂ (the result box stays small); written out it is the expansion
    in_delta2 = (sb.U.T * Matrix(sb.delta2)).multiply_elementwise(Matrix([Derivative(sb.g(a), a) for a in sb.a1]))
    assert sp.expand(d.results["delta1"] - in_delta2) == sp.zeros(2, 1)
    with_delta2 = d.results["delta1"].xreplace(dict(zip(sb.delta2, d.results["delta2"])))
    assert sp.expand(with_delta2 - delta1) == sp.zeros(2, 1)
    # the expansion is a step of its own (proved with the others, see below)
    assert any(s.lhs == sp.ImmutableMatrix(sb.delta1) and sp.expand(Matrix(s.rhs) - delta1) == sp.zeros(2, 1) for s in d)
    # The result is ∂L/∂b = δ₁ + δ₂ in the δ symbols, exactly the sum (no other term) ...
    assert d.results["shared_bias_gradient"] == Matrix(sb.delta1) + Matrix(sb.delta2)
    # ... and with the δ's written out it is SymPy's chain rule.
    written = dict(zip([*sb.delta1, *sb.delta2], [*with_delta2, *d.results["delta2"]]))
    assert sp.expand(d.results["shared_bias_gradient"].xreplace(written) - delta1 - delta2) == sp.zeros(2, 1)
    assert set(d.data["paths"]) == {"b → a₁ → h₁ → a₂ → ŷ → L", "b → a₂ → ŷ → L"}


def test_every_step_proved_and_every_combination_checks():
    report = derivations.get("shared_bias").check()
    assert report.ok, report.failures
    assert all(r.status in ("proved", "definition") for r in report.steps)
    assert len(report.gradients) == len(sb.COMBINATIONS) == 12
    assert {Prose(g.name).text() for g in report.gradients} >= {"∂L/∂b, g = relu, g₁ = identity, ℓ = squared error",
                                                                "∂L/∂b, g = tanh, g₁ = sigmoid, ℓ = cross-entropy"}


def _failing(report):
    assert not report.ok
    bad = [g for g in report.gradients if not g.ok]
    assert bad and all(re.search(r"sympy vs reverse: .* at draw \d, b\[[01]\]", g.summary) for g in bad)
    (parameters,) = report.numeric
    assert not parameters.ok
    return [r.step.number for r in report.steps if not r.ok], bad, parameters


def test_a_dropped_path_fails_naming_the_bias_entry(monkeypatch):
    """∂L/∂b = δ₂ only (the path through a₁ forgotten): the proof and every torch check fail."""
    monkeypatch.setattr(sb, "total_over_paths", lambda paths: list(paths.values())[-1])
    failed_steps, bad, parameters = _failing(sb.build().check(settings=QUICK))
    assert failed_steps == [12]                        # ∂L/∂b = δ₁ + δ₂ no longer holds
    assert len(bad) == 12                              # every combination: δ₁ ≠ 0 in all of them
    assert re.search(r"at \w+/\w+/[\w -]+: b\.grad\[[01]\]", parameters.detail)


def test_u_instead_of_u_transpose_fails_naming_the_element(monkeypatch):
    """Backprop through a₂ = Uh₁ + b with U instead of Uᵀ: ∂L/∂h₁, δ₁ and the shared-bias gradient are wrong."""
    monkeypatch.setattr(sb, "backprop", lambda jacobian, upstream: jacobian * upstream)
    failed_steps, bad, parameters = _failing(sb.build().check(settings=QUICK))
    assert {7, 9, 12} <= set(failed_steps)           # ∂L/∂h₁, δ₁ written out, ∂L/∂b
    assert "b1.grad" in parameters.detail or "b.grad" in parameters.detail
