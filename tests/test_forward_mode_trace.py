import sympy as sp
import torch
from sympy import E, pi, sqrt

import derivations
from derivations import forward_mode_trace

torch.set_num_threads(1)


def test_every_value_and_tangent_is_exact():
    d = derivations.get("forward_mode_trace")
    values, tangents = d.results["values"], d.results["tangents"]
    expected_values = [pi / 6, sp.Rational(1, 2), -sp.log(2), 1, E, pi * E / 6, pi * E / 6 - sp.log(2)]
    expected_tangents = [1, sqrt(3) / 2, sqrt(3), 0, 0, E, E + sqrt(3)]
    assert [sp.simplify(a - b) for a, b in zip(values, expected_values)] == [0] * 7
    assert [sp.simplify(a - b) for a, b in zip(tangents, expected_tangents)] == [0] * 7
    assert list(d.results["gradient"]) == [E + sqrt(3), pi * E / 6]


def test_every_step_proved_and_checks_pass():
    report = derivations.get("forward_mode_trace").check()
    assert report.ok, report.failures
    assert all(r.status in ("proved", "definition") for r in report.steps)
    trace = report.derivation.data["trace"]
    assert [row.line for row in trace] == [f"v{i}" for i in range(1, 8)]
    assert trace[2].value.exact == "-log(2)" and trace[2].tangent.exact == "sqrt(3)"     # ln sin(π/6), cot(π/6)


def test_a_wrong_tangent_fails_naming_the_line(monkeypatch):
    """Inject d(ln u) = -u̇/u: the proof of that line, the trace check and the gradient check all fail."""
    right = forward_mode_trace.tangent
    monkeypatch.setattr(forward_mode_trace, "tangent",
                        lambda phi: -right(phi) if isinstance(phi, sp.log) else right(phi))
    d = forward_mode_trace.build()
    report = d.check()
    assert not report.ok
    proved_steps = [r for r in report.steps if r.step.kind == "step"]
    rules, table = (next(r for r in proved_steps if getattr(r.step.lhs, "shape", None) == shape)
                    for shape in ((7, 1), (7, 2)))
    assert rules.detail.startswith("FAILED in element (2, 0)")      # the rule for v̇₃
    assert table.detail.startswith("FAILED in element (2, 1)")      # row v₃, column v̇
    (trace_check,) = report.numeric
    assert not trace_check.ok and "worst v̇3" in trace_check.detail
    (grad,) = report.gradients
    assert not grad.ok and "x[0]" in grad.summary and "sympy vs reverse" in grad.summary
    assert any("v̇3" in f for f in report.failures)
