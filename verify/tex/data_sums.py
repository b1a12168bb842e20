r"""Steps with sums over indexed data (`\\sum_i x_i^2 = 30`, `n\\log\\theta - \\theta\\sum_i x_i = …`): the
sums' values the file stated put in, the sums checked as identities in any terms (sums.check_sums), and, when
they are not, as values of the file's own data.
"""
from __future__ import annotations

import dataclasses
import unicodedata

import sympy as sp

from verify.tex.bindings import Scope, exact, is_constant, plain_number
from verify.tex.numeric_steps import _constant, _exact_reading
from verify.tex.outcome import Outcome
from verify.tex.results import OK, UNVERIFIED, WRONG
from verify.tex.sums import (DATA_VALUE, SEQ, check_sums, data_reading, equal_at_points, stated_sum, sum_key,
                             with_stated_sums)


def with_sums_stated(lhs, rhs, left, right, scope: Scope):
    """The sides with the sums over the data the file stated a value for put in, or as they were."""
    if scope.stated_sums.get(scope.section) and all(
            scope.bindings[s.name].section == scope.section for e in (lhs.expr, rhs.expr)
            for s in getattr(e, "free_symbols", ()) if getattr(s, "name", None) in scope.bindings):
        # `\frac{\sum_i x_i}{n + 1} = 0.75` after `\sum_i x_i = 3`: the stated value put in -- when that leaves
        # numbers only (a formula in p_j, z_j, or one with a value from another part, is not about these data)
        known = scope.stated_sums[scope.section]
        put = [with_stated_sums(e, known) for e in (left, right)]
        if not any(isinstance(e, sp.Basic) and (e.has(SEQ, sp.zoo, sp.nan) or exact(e).free_symbols) for e in put):
            return put
    return left, right


def sum_step(lhs, rhs, left, right, rel: str, scope: Scope) -> Outcome:
    out = _sum_step(lhs, rhs, left, right, rel, scope)
    if out.detail == DATA_VALUE and rel == "=" and all(
            scope.bindings[s.name].section == scope.section for e in (lhs.expr, rhs.expr)
            for s in getattr(e, "free_symbols", ()) if getattr(s, "name", None) in scope.bindings):
        # `\frac{1}{σ^2}\sum_i (x_i - μ) = 0`: an equation in the sums, which an estimate after it may solve (not
        # when a name in it has a value from another part: σ = 1 there is not this equation's unknown)
        return dataclasses.replace(out, difference=left - right)
    return out


def _sum_step(lhs, rhs, left, right, rel: str, scope: Scope) -> Outcome:
    if any(not isinstance(a.args[0], sp.Symbol) for e in (left, right) for a in e.atoms(SEQ)):
        # x_i in a sum, x given one value elsewhere (x = 2 in another problem): not the data it runs over
        return Outcome(UNVERIFIED, "a sum over x_i with x given a single value: the terms are not known")
    out = check_sums(exact(left), exact(right), rel, worked=_worked_values((lhs.expr, rhs.expr), scope))
    if out.detail == DATA_VALUE and _given_numbers_only((lhs.expr, rhs.expr), scope) and \
            (data := quietly(data_reading, left, right, scope, strict=True)) is not None:
        return _over_the_data(data, rel, scope, out)
    if out.detail == DATA_VALUE and _given_numbers_only((lhs.expr, rhs.expr), scope) and \
            scope.redefined_section != scope.section and not scope.rebinds_earlier and \
            (data := quietly(data_reading, left, right, scope, strict=True, same_part=False)) is not None:
        # `x = (1, 3, 4, 8)`, then under "Forward pass" `\frac1N\sum_i x_i = 4`: a subsection goes on with the
        # same data, or a new problem has its own (given in words the checker does not read): holding of the
        # earlier part's data is `ok`; not holding leaves it open. Not in a chain that defines afresh a name an
        # earlier part bound (`β' = β + \sum_i x_i = 21` under "Typical errors": a quoted slip, not that problem)
        earlier = _over_the_data(data, rel, scope, out)
        if earlier.verdict == OK:
            return Outcome(OK, f"{earlier.detail} (the data of an earlier part)")
    stated = stated_sum(exact(left), exact(right)) if out.detail == DATA_VALUE and rel == "=" else None
    if stated is not None and data_reading(left, right, scope) is None:
        # `\sum_i x_i = 15` with the x_i not given: what the data sum to, kept for later steps of this part
        scope.stated_sums.setdefault(scope.section, {}).setdefault(sum_key(stated[0]), stated[1])
    data = data_reading(left, right, scope) if out.verdict == WRONG else None
    if data is not None and _names_left(data):
        # λ^{Σ y_i} e^{-nλ} over the file's y: the product over the data, λ free, compared at points
        if out.verdict == WRONG and equal_at_points(*data):
            return Outcome(UNVERIFIED, f"two readings, different verdicts: the terms any numbers: wrong "
                                       f"({out.detail}) | the terms the file's data: equal at random values")
        return out
    if data is not None:
        # `Σx_iy_i/(Σx_i^2 + nλ)` after `λ = 0.6667`: an identity with λ at the 2/3 it rounds (as other_readings)
        exact_sides = [_exact_reading(e, scope) for e in (left, right)]
        if any(e is not None for e in exact_sides):
            again = check_sums(*(exact(e if e is not None else side) for e, side in zip(exact_sides, (left, right))),
                               rel)
            if again.verdict == OK:
                return Outcome(OK, f"{again.detail} (with the exact values of rounded results)")
        # x̄ = 5 from the file's data x_1, x_2, x_3 inside a Σ_i: the sum may be over those data
        over_data = _constant(data[0], data[1], rel, scope)
        if over_data.verdict == OK:
            return Outcome(UNVERIFIED, f"two readings, different verdicts: the x_i any numbers: wrong "
                                       f"({out.detail}) | the x_i the file's data: ok")
    return out


def _worked_values(exprs, scope: Scope) -> tuple:
    """The names the step reaches (through definitions) that stand for a number worked out from a formula."""
    seen, found, todo = set(), [], [s for e in exprs for s in getattr(e, "free_symbols", ())]
    while todo and len(seen) < 200:
        s = todo.pop()
        name = getattr(s, "name", None)
        if name in seen or name not in scope.bindings:
            continue
        seen.add(name)
        b = scope.bindings[name]
        if b.value is not None and not plain_number(b.definition):
            found.append(name)
        todo += list(getattr(b.definition, "free_symbols", ()))
    return tuple(sorted(found))


def _names_left(data) -> bool:
    """A name left in the sides over the data (λ of a likelihood), not only the data's decimals (1.0 is a symbol
    until read exactly)."""
    return any(exact(side).free_symbols for side in data)


def _given_numbers_only(exprs, scope: Scope) -> bool:
    r"""Every name bound in the file that the step uses is a number the problem gives (α = 2, n = 3), or worked out
    from such numbers only (`\lambda = \sigma^2/\tau^2`): a formula over the data (`\hat\lambda =
    \frac{n}{\sum_i x_i}` after "gives") may itself be a wrong result, and its value over the data would confirm
    what follows from it. The name a derivative is taken of (L in ∂L/∂z_1, defined as -log p_k) is used by its
    formula, not by the value it was given, and is not one of these names unless it marks an estimate."""
    for e in exprs:
        if isinstance(e, sp.Basic) and e.has(sp.Derivative):
            e = e.xreplace({d: sp.Integer(0) for d in e.atoms(sp.Derivative) if _of_a_formula(d, scope)})
        for s in getattr(e, "free_symbols", ()):
            b = scope.bindings.get(getattr(s, "name", None))
            if b is not None and not b.of_data and not _given(b.definition) and not _of_given_numbers(b, scope) and \
                    not _a_statistic_of_the_data(b) and not _derived_estimate(b, scope):
                return False
    return True


def _of_a_formula(d: sp.Derivative, scope: Scope) -> bool:
    """∂L/∂z_1 with L a name the file defines by a formula (not a number, not an estimate it claims)."""
    b = scope.bindings.get(getattr(d.expr, "name", None))
    return b is not None and isinstance(b.definition, sp.Expr) and not is_constant(b.definition) and \
        not any(mark in unicodedata.normalize("NFD", b.name) for mark in ESTIMATE_MARKS)


ESTIMATE_MARKS = ("\u0302", "\u0303", "^*", "MLE", "MAP", "ML")     # θ̂, w^*, σ_MLE: a result the file claims, not a definition


def _a_statistic_of_the_data(binding) -> bool:
    r"""`\mu_B = \frac1N\sum_i x_i` (a batch mean), a name for a formula over the data that the file defines (no
    hat, star or MLE mark: those name estimates, results that may be wrong): its value over the data is what the
    name means. Not when the value it carries rests on a wrong or unchecked step."""
    definition = binding.definition
    return isinstance(definition, sp.Expr) and definition.has(sp.Sum) and not binding.wrong_line and \
        not binding.unchecked_line and binding.true_value is None and \
        not any(mark in unicodedata.normalize("NFD", binding.name) for mark in ESTIMATE_MARKS)


def _derived_estimate(binding, scope: Scope) -> bool:
    r"""σ̂² = \frac1n\sum_i (x_i - μ̂)^2 shown to solve ∂ℓ/∂σ² = 0 after a checked derivative (equation_runs): a
    result, not a claim that may be the wrong one; its value over the data is what it means."""
    return scope.solved_estimates.get(binding.name) == binding.line and not binding.wrong_line and \
        not binding.unchecked_line and binding.true_value is None


def _of_given_numbers(binding, scope: Scope) -> bool:
    r"""`\lambda = \sigma^2/\tau^2` with σ² = 1 and τ² = 0.5 given: a number the problem fixes, as a given one is
    (nothing it rests on wrong or unchecked; only names the problem gives)."""
    definition = binding.definition
    if not isinstance(definition, sp.Expr) or binding.value is None or binding.true_value is not None or \
            binding.wrong_line or binding.unchecked_line:
        return False
    # (a formula over the data, \hat\lambda = \frac{\sum_i x_i}{n}, has the data's letter among its names: no number
    # given, so it is not taken -- the estimate may be the wrong one)
    names = [scope.bindings.get(getattr(s, "name", None)) for s in definition.free_symbols]
    return bool(names) and all(b is not None and _given(b.definition) for b in names)


def _given(definition) -> bool:
    r"""A number as the problem states it, or the root of one (`\tau^2 = 0.5` binds τ to √0.5)."""
    return plain_number(definition) or isinstance(definition, sp.Pow) and definition.exp == sp.S.Half and \
        plain_number(definition.base)


def quietly(reading, *args, **kwargs):
    """A reading whose resolving may bind the entries of a vector (x_1 of x = (1, 3, 3, 5)) as names: those
    bindings are undone after it, so a later part's `f(x_1, x_2) = …` still defines f."""
    scope = args[2]
    before = set(scope.bindings)
    try:
        return reading(*args, **kwargs)
    finally:
        for name in set(scope.bindings) - before:
            del scope.bindings[name]


def _over_the_data(data, rel, scope: Scope, out: Outcome) -> Outcome:
    r"""`\sum_i x_i = 10` after `x = (2, 3, 1, 4, 0)`: not an identity in the x_i, a value of the file's data,
    checked as the numbers it is. A formula left in a name (λ of a likelihood) is confirmed when equal at random
    values; unequal there, it is left unverified (its decimals may be roundings, which points do not allow)."""
    if _names_left(data):
        if rel == "=" and equal_at_points(*(exact(side) for side in data)):     # (the data's decimals exactly)
            return Outcome(OK, "with the file's data put in, equal at random values of the names left")
        return out
    over_data = _constant(data[0], data[1], rel, scope)
    if over_data.verdict in (OK, WRONG):
        return Outcome(over_data.verdict, f"with the file's data: {over_data.detail}")
    return out
