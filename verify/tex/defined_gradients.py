"""Gradients in vector notation that the definitions settle: ∂L/∂W_2 where the definitions write W_2 as a matrix,
∂L/∂𝐚_2 in a vector that is itself defined (𝐚_2 = W_2𝐳_1 + 𝐛_2). Both become gradient markers (verify.tex.vectors)
that verify.tex.instances takes at random instances."""
from __future__ import annotations

import sympy as sp
from sympy.core.function import AppliedUndef

from verify.tex.names import bold_letter
from verify.tex.vectors import GRAD

KEPT = "·"        # 𝐚_2· in ∂L/∂𝐚_2: the name a gradient is taken in, held apart from its definition


def in_a_matrix(d: sp.Derivative, written):
    """∂L/∂W_2 where the definitions write W_2 as a matrix (`𝐚_2 = W_2𝐳_1 + 𝐛_2`; `written` is L with them put in):
    the gradient in that matrix, not a derivative in a number of the same name; None otherwise."""
    if len(d.variable_count) != 1 or d.variable_count[0][1] != 1 or not isinstance(written, sp.Basic):
        return None
    var = d.variable_count[0][0]
    twin = next((s for s in written.free_symbols if isinstance(s, sp.Symbol) and s.name == getattr(var, "name", None)
                 and not s.is_commutative), None)
    if twin is None or not var.is_commutative or not (var.name[:1].isascii() and var.name[:1].isupper() or
                                                      bold_letter(var.name.partition("_")[0]) is not None):
        return None     # (a plain lowercase name may be a number the sides write beside a vector: ŷ in ½(ŷ - y)^2)
    return GRAD(d.expr.xreplace({var: twin}), twin)


def in_defined_names(scope, expr):
    """∂L/∂𝐚_2 with 𝐚_2 = W_2𝐳_1 + 𝐛_2 (and `𝛅_2 = ∂L/∂𝐚_2`): the gradient in 𝐚_2 itself, L written out down to it,
    taken where the definition puts 𝐚_2 (the marker's third argument) -- not in the expression its definition stands
    for, which has no gradient."""
    from verify.tex.bindings import is_constant
    found = {}
    for g in expr.atoms(AppliedUndef) if isinstance(expr, sp.Basic) else ():
        var = g.args[1] if g.func == GRAD and len(g.args) == 2 else None
        b = scope.bindings.get(var.name) if isinstance(var, sp.Symbol) else None
        if b is None or not isinstance(b.definition, sp.Basic) or isinstance(b.definition, sp.MatrixBase) or \
                is_constant(b.definition):
            continue
        kept = sp.Symbol(f"{var.name}{KEPT}", commutative=var.is_commutative)
        target = scope.expand_definitions(g.args[0], keep=frozenset({var.name})).xreplace({var: kept})
        if kept in target.free_symbols:     # (L written without 𝐚_2: how it depends on it is not known)
            found[g] = GRAD(target, kept, scope.expand_definitions(var))
    return expr.xreplace(found) if found else expr


def through_a_family(scope, d: sp.Derivative):
    """∂L/∂z_1 with L = -log p_2 after `p_2 = 2.7183/11.1126` was worked out: p_2 is the member of the family
    p_j = e^{z_j}/Σ_i e^{z_i} the file defined, those numbers only its value as written. The slope is taken through
    the family (the members worked out set aside for it), or None."""
    from verify.tex import templates
    from verify.tex.resolving import Unresolved, _symbols, is_constant
    if scope.through_family or scope.disputed:
        # (taken once: the members set aside, a slope that still cannot be taken is not known; and not in a file that
        # claims some name to be another formula, where which formula a member means is open)
        return None
    before = dict(scope.bindings)
    try:
        families = [t for t in scope.bindings if templates.pattern(t) is not None]
        worked, seen, todo = set(), set(), [s.name for s in _symbols(d.expr)]
        while families and todo:
            name = todo.pop()
            if name in seen:
                continue
            seen.add(name)
            scope.from_templates([name])
            b = scope.bindings.get(name)
            if b is None or not isinstance(b.definition, sp.Basic):
                continue
            if name not in families and templates.match(name, families) is not None and is_constant(b.definition):
                worked.add(name)
            else:
                todo += [s.name for s in _symbols(b.definition)]
        if not worked:
            return None
        scope.bindings.clear()
        scope.bindings.update({n: b for n, b in before.items() if n not in worked})
        scope.through_family = True
        return scope._derivative(d)
    except Unresolved:
        return None
    finally:
        scope.through_family = False
        scope.bindings.clear()
        scope.bindings.update(before)
