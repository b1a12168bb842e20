"""Formulas written before the numbers (`z_1 = W_1x + b_1`, `h = σ(z_1)`, `ŷ = w_2^⊤h + b_2`, then `x = (0.5, -1)^⊤`,
`W_1 = …`): once the vectors they use are given, the names are what the formulas give. Their text is read again
(vector_gradients.read_again, never evaluated as code) each time data is given in the part, so a second example works
them out again; a value the writer states for them after that is a claim (written_values), and what is written is what
later steps use.
"""
from __future__ import annotations

import sympy as sp

from verify.tex import vector_gradients
from verify.tex.resolving import is_constant


def work_out(scope, line: int):
    """`z_1 = W_1x + b_1`, `h = σ(z_1)` written before the numbers: once the vectors they use are given,
    z_1 and h are the vectors that come out (claims about them are checked against those; the formulas
    stay with vector_gradients for ∂L/∂x). Only definitions of this part. When new data give them other
    values (a second example), those replace what was worked out or written for the first."""
    moved, scalars, _ = vector_gradients.read_again(scope, {}, every=True)
    for name, value in moved.items():
        value = vector_gradients.with_numbers(scope, value)
        b = scope.bindings.get(name)
        if b is None or b.section != scope.section:
            continue
        if value.shape == (1, 1) and (name not in scope.matrices or name in scope.worked_value):
            scalars[name] = value[0, 0]     # z_2 = w_2^\top h + b_2: a number
            continue
        if not is_constant(value) or name in scope.matrices and name not in scope.worked_value or \
                scope.worked_value.get(name) == value:
            continue        # data the writer gave; or the same values as before (what was written stays)
        scope.worked_value[name] = value
        scope.note_given_again(name, value)
        scope.matrices[name] = value
        scope.matrix_lines[name] = line
        scope.matrix_sections[name] = scope.section
        scope.matrix_rests.pop(name, None)
        scope.matrix_true.pop(name, None)
        scope.worked_out.add(name)
    for name, value in scalars.items():
        b = scope.bindings.get(name)
        if b is None or b.section != scope.section or not isinstance(b.definition, sp.Expr) or \
                scope.worked_value.get(name) == value or name not in scope.worked_value and \
                not any(getattr(s, "name", None) in scope.matrices for s in b.definition.free_symbols):
            continue
        # its formula in the vectors, read as scalars, meant nothing: the vectors' values put in (a value
        # written before, from other vectors -- another script's forward pass -- is not this one's)
        if b.value is not None and b.definition != value:
            b.value, b.true_value, b.wrong_line, b.unchecked_line = None, None, 0, 0
            scope.forget_values_from(name, unchecked=True)
        b.definition = value
        scope.worked_value[name] = value
        scope.worked_out.add(name)
