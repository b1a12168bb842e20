"""What a step shows is what is proved: change the displayed side of any step and that step fails.

Every non-definition step of every derivation is mutated in turn (the rhs doubled plus one, a matrix formula doubled; an
inequality reversed) and re-proved alone: the mutated step must be FAILED, not merely unknown,
and not left for a later step to catch.
"""
import dataclasses

import pytest
import sympy as sp

import derivations
from verify.status import Status

FAST = {"budget": 0.3, "points": 8}


def mutated(expr):
    if isinstance(expr, sp.Eq):
        rhs = expr.rhs
        if isinstance(rhs, sp.MatrixBase):
            changed = rhs.as_mutable()
            changed[0] = 2 * changed[0] + 1
            new = sp.ImmutableMatrix(changed)
        else:
            new = 2 * rhs if isinstance(rhs, sp.MatrixExpr) else 2 * rhs + 1
        return sp.Eq(expr.lhs, new, evaluate=False)
    reversed_op = {"<": sp.Gt, ">": sp.Lt, "<=": sp.Ge, ">=": sp.Le}[expr.rel_op]
    return reversed_op(expr.lhs, expr.rhs, evaluate=False)


@pytest.fixture(scope="module", params=derivations.names())
def derivation(request):
    return derivations.get(request.param)


def test_every_displayed_relation_is_proved(derivation):
    survivors = []
    for step in derivation.steps:
        if step.kind == "definition":
            continue
        bad = dataclasses.replace(step, expr=mutated(step.expr))
        result = derivation.prove_step(bad, FAST)
        if result.status is not Status.FAILED:
            survivors.append(f"step {step.number} ({step.rule}): {result.status.label} — {result.detail[:120]}")
    assert not survivors, "\n".join(survivors)


def test_claims_cannot_replace_the_display():
    d = derivations.get("tanh")
    with pytest.raises(TypeError):
        d.step(sp.Symbol("a"), sp.Symbol("b"), "substitute a claim", claims=[])
