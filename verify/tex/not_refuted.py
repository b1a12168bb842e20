r"""When a counterexample says nothing about the file's claim (steps.py asks before it calls a step wrong):

- a random instance of the matrices disagrees, but names in the step have values here, or one side is a number (a value
  for particular matrices: `\det(X^\top X) = 15 - 9`);
- a moment identity fails "for some distribution", but the variable is drawn from a law the file states and this
  step does not read (`X_1, \dots, X_n \sim …`, then `\E[c\bar Y] - μ = (c - 1)μ` for another family);
- a `+ const` step holds for one value of a name only it brings in, given later ("where λ = σ²/τ²").
- the left side is the log of a name written nowhere before (`\log f = …`): the line defines it;
- a relation between iterates in general (`w_{t+1} - 3 = (1 - 2η)(w_t - 3)`) with members of the sequence worked out.
Each gives `unverified` with the reason; an identity in names with no value is still refuted.
"""
from __future__ import annotations

import re
import unicodedata

import sympy as sp

from verify.tex.bindings import exact, is_constant, literals
from verify.tex.outcome import Outcome
from verify.tex.results import OK, UNVERIFIED, WRONG


def at_random_instances(found, left, right, scope) -> Outcome:
    """A verdict from random instances: an identity that holds at them holds for the file's values too; one that
    fails at them says nothing about a name the file gave a value (∂ℓ/∂b = -0.4750 with w, x given: true there)."""
    if found[0] == "ok":
        return Outcome(OK, found[1])
    if found[0] == "unverified":
        return Outcome(UNVERIFIED, found[1])
    given = sorted({s.name for s in left.free_symbols | right.free_symbols if isinstance(s, sp.Symbol) and
                    (s.name in scope.matrices or s.name in scope.bindings)})
    if given:
        return Outcome(UNVERIFIED, f"{found[1]}; but {', '.join(given)} have values here, which a random instance "
                                   "does not take: not decided")
    if is_constant(exact(left)) or is_constant(exact(right)):
        # `\det(X^\top X) = 15 - 9`: a value claimed for particular matrices (given in a form not read), which a
        # random instance cannot refute
        return Outcome(UNVERIFIED, f"{found[1]}; but one side is a number: a value for particular matrices, not an "
                                   "identity in them: not decided")
    return Outcome(WRONG, found[1])


def law_given_elsewhere(sides, scope) -> str:
    r"""A variable of the step (\bar X, X_3) whose letter the file gave a law with `∼` (X_1, …, X_n ∼ …) while the
    law of the variable itself is not read: '' if none."""
    # `Var(X - Y) = Var X - Var Y`, moments against moments and nothing else: claimed as a law of the operators,
    # for any law (so refuted by one); a value or a parameter in it (μ, c = 0.8, 4 - 9) ties it to the law given
    valued = any(is_constant(exact(side)) or literals(side) for side in sides) or any(
        isinstance(s, sp.Symbol) and s.name in scope.bindings for side in sides for s in side.free_symbols)
    if not valued:
        return ""
    for side in sides:
        for s in sorted(getattr(side, "free_symbols", ()), key=str):
            if not isinstance(s, sp.Symbol) or s.name in scope.bindings or s.name in scope.laws:
                continue
            letter = "".join(c for c in unicodedata.normalize("NFD", s.name) if not unicodedata.combining(c))
            if letter.split("_")[0] in scope.distributed and letter.split("_")[0] not in scope.bindings:
                return s.name
    return ""


def a_value_would_do(ratio, theta, variables, scope, one_side=frozenset()) -> str:
    """`… + λw^2 + const` with λ not yet given ("where λ = σ²/τ²" after the display): the sides differ in w for
    every λ but one. That λ, as text ('λ = 2'), when a name with no value that only one side has (the step brings it
    in) enters the derivative linearly and one value of it, not 0 and free of the variable, makes the derivative
    vanish; else '' (y, n on both sides are the data, for which the step must hold)."""
    slope = sp.diff(ratio, theta)
    for free in sorted(slope.free_symbols, key=str):
        if not isinstance(free, sp.Symbol) or isinstance(free, sp.Dummy) or free.name in variables or \
                free.name in scope.bindings or free == theta or free.name not in one_side:
            continue
        try:
            poly = sp.Poly(sp.expand(slope), free)
        except (sp.PolynomialError, TypeError, ValueError):
            continue
        if poly.degree() != 1:
            continue
        value = sp.simplify(-poly.coeff_monomial(1) / poly.coeff_monomial(free))
        if value != 0 and not value.has(theta) and sp.simplify(slope.xreplace({free: value})) == 0:
            return f"{free.name} = {sp.sstr(value)}"
    return ""


def defined_by_its_log(lhs, rhs, scope) -> str:
    r"""`\log f = -\tfrac12\log(2\pi v) - \frac{(x - \mu)^2}{2v}` with f named nowhere before: the line
    defines f, as `f = …` would; a random f is no counterexample. '' otherwise."""
    e = getattr(lhs, "expr", None)
    if not isinstance(e, sp.log) or not isinstance(e.args[0], sp.Symbol) or isinstance(e.args[0], sp.Dummy):
        return ""
    name = e.args[0].name
    if name in scope.bindings or scope.has_meaning(name) or e.args[0] in rhs.expr.free_symbols:
        return ""
    return name


def iterates_in_general(lhs, rhs, scope) -> str:
    r"""`w_{t+1} - 3 = (1 - 2\eta)(w_t - 3)` after w_1, w_2, w_3 were worked out: w_t, w_{t+1} (unbound, a letter
    in the index) are members of a sequence with members bound, not free numbers. Their names, or ''."""
    names = {s.name for side in (lhs, rhs) for s in getattr(side.expr, "free_symbols", ())
             if isinstance(s, sp.Symbol) and not isinstance(s, sp.Dummy)}
    general = sorted(n for n in names if "_" in n and n not in scope.bindings and
                     re.fullmatch(r"[a-z][+-]?\d*", n.partition("_")[2]) is not None and
                     any(b.partition("_")[0] == n.partition("_")[0] and b.partition("_")[2].isdigit()
                         for b in scope.bindings))
    families = {n.partition("_")[0] for n in general}
    return ", ".join(general) if len(general) >= 2 and len(families) == 1 else ""
