from fractions import Fraction as F

import sympy as sp
import torch

import derivations
from derivations import relu_network_example

torch.set_num_threads(1)

W = [F("-0.3"), F("0.8"), F("0.15"), F("0.2"), F("0.9"), F("-0.14"), F("0.4"), F("0.25"), F("-0.1")]
X, Y, LR = [F("0.7"), F("0.5"), F(1)], F("0.5"), F("0.03")


def _forward(w):
    z = [w[0] * X[0] + w[2] * X[1] + w[4] * X[2], w[1] * X[0] + w[3] * X[1] + w[5] * X[2]]
    h = [max(v, F(0)) for v in z]
    return z, h, w[6] * h[0] + w[7] * h[1] + w[8]


def test_the_worked_numbers():
    d = derivations.get("relu_network_example")
    expected_grad = [F(v) for v in ("-0.04592", "-0.0287", "-0.0328", "-0.0205", "-0.0656", "-0.041",
                                    "-0.12546", "-0.08528", "-0.164")]
    assert [F(str(g)) for g in d.results["gradient"]] == expected_grad
    updated = [w - LR * g for w, g in zip(W, expected_grad)]
    assert [F(str(v)) for v in d.results["updated_weights"]] == updated
    _, _, yhat2 = _forward(updated)
    assert [F(str(v)) for v in d.results["losses"]] == [F("0.013448"), (yhat2 - Y) ** 2 / 2]
    plain_updated = [w - 2 * LR * g for w, g in zip(W, expected_grad)]
    assert [F(str(v)) for v in d.results["plain_losses"]] == [F("0.026896"), (_forward(plain_updated)[2] - Y) ** 2]
    assert d.results["losses"][1] < d.results["losses"][0]


def test_every_step_proved_and_checks_pass():
    report = derivations.get("relu_network_example").check()
    assert report.ok, report.failures
    assert all(r.status in ("proved", "definition") for r in report.steps)


def test_graph_is_typed_data_with_forward_values_and_gradients():
    from derivations.checked import Number
    graph = derivations.get("relu_network_example").data["graph"]
    nodes = {n.id: n for n in graph.nodes}
    assert set(nodes) == {"x1", "x2", "x3", "one", "z1", "z2", "h1", "h2", "yhat", "E"}
    assert nodes["z1"].value == Number("153/200", "0.765", 0.765)
    assert nodes["yhat"].value.decimal == "0.336" and nodes["yhat"].grad.decimal == "-0.164"
    assert nodes["E"].grad.exact == "1" and nodes["one"].grad is None
    weighted = {e.param: e for e in graph.edges if e.param}
    assert len(weighted) == 9 and len(graph.edges) == 9 + 3       # + two ReLUs and the loss
    assert (weighted["w1"].src, weighted["w1"].dst, weighted["w1"].grad.decimal) == ("x1", "z1", "-0.04592")
    assert (weighted["w9"].src, weighted["w9"].dst) == ("one", "yhat")
    assert weighted["w7"].updated.exact == str(sp.Rational("0.4") - sp.Rational("0.03") * sp.Rational("-0.12546"))
    assert weighted["w1"].local.decimal == "-0.3"                   # ∂z₁/∂x₁ = w₁
    for e in graph.edges:
        assert e.src in nodes and e.dst in nodes and isinstance(e.local.float, float)
    for node in nodes.values():                   # the chain rule, read off the graph
        out = [e for e in graph.edges if e.src == node.id]
        if out and node.grad is not None:
            assert sp.Rational(node.grad.exact) == sum(
                sp.Rational(e.local.exact) * sp.Rational(nodes[e.dst].grad.exact) for e in out)


def test_a_wrong_sign_fails_naming_the_weight(monkeypatch):
    """Inject ∂E/∂w₃ with the wrong sign: its proof, the torch gradient check and the SGD check fail."""
    right = relu_network_example.backprop

    def wrong_sign(graph, output):
        adjoint = right(graph, output)
        adjoint[relu_network_example.w[2]] *= -1
        return adjoint

    monkeypatch.setattr(relu_network_example, "backprop", wrong_sign)
    report = relu_network_example.build().check()
    assert not report.ok
    # the nine gradients at the point: entry (0, 2) of the row (∂E/∂w₁, ..., ∂E/∂w₉) is ∂E/∂w₃
    assert any(r.detail.startswith("FAILED in element (0, 2)") for r in report.steps if not r.ok)
    (grad,) = report.gradients
    assert not grad.ok and "w[2]" in grad.summary and "sympy vs reverse" in grad.summary
    (sgd,) = report.numeric
    assert not sgd.ok and "w'3" in sgd.detail
