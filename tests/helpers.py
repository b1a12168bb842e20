"""Break a derivation on purpose: replace one step's claims or one gradient formula."""
import dataclasses

from derivations.model import Claim


def break_step(d, number, transform):
    """Apply `transform` to the right-hand side of step `number` (its display and every claim)."""
    step = d[number]
    claims = tuple(dataclasses.replace(c, rhs=transform(c.rhs)) for c in step.claims)
    expr = step.expr.func(step.expr.lhs, transform(step.expr.rhs), evaluate=False) if step.lhs is not None else step.expr
    d.steps[number - 1] = dataclasses.replace(step, expr=expr, claims=claims)
    return d


def break_gradient(d, index, transform):
    """Wrap gradient check `index`'s derived formula: grads -> transform(grads)."""
    check = d.gradient_checks[index]
    original = check.sympy_grad
    d.gradient_checks[index] = dataclasses.replace(check, sympy_grad=lambda **kw: transform(original(**kw)))
    return d


__all__ = ["break_step", "break_gradient", "Claim"]
