r"""What the course's notations for derivatives mean, so a line written with them is a claim.

Forward-mode tangents (the forward-mode trace):

After `v_3 = v_1 x_2` with tangents `\dot v_1` and `\dot x_2` already given, `\dot v_3` means
v̇₁x₂ + v₁ẋ₂ -- the chain rule through v₃'s definition -- so `\dot v_3 = \dot v_1\dot x_2` is a claim,
checked, not a new definition. Only when every name v₃ is defined from has a tangent in this part and
v₃ is not just a copy of one name; otherwise the line defines the tangent (a seed, `\dot x_1 = 1`), as before.

Backprop's δ: `\delta_2` is ∂L/∂z₂ (or ∂L/∂a₂: the one pre-activation of that layer the part defines),
under the same conditions as an adjoint.

Adam's bias correction: `\hat m_2` with m_2 worked out in this part and β_1 given is m_2/(1 - β_1^2) (the
second moment's `\hat v_2`, `\hat s_2`, `\hat u_2` with β_2), so `\hat m_2 = \frac{-0.74}{1 - 0.9}` is a claim.

Reverse-mode adjoints: `\bar z` is ∂L/∂z when L (or ℓ, J) is defined in this part and depends on a
z defined in it, so `\bar z = \hat y - y` is checked against the derivative. A bar is also a mean
(x̄ = (1/n)Σ x_i): that reading is kept whenever those conditions do not all hold.
"""
from __future__ import annotations

import sympy as sp

from verify.tex import templates
from verify.tex.bindings import Unresolved
from verify.tex.names import ACCENTS, BAR, accented, unaccented

DOT = ACCENTS["dot"]      # the combining dot above that `\dot` puts on a name (ẋ, v̇); BAR: `\bar`'s macron (z̄)
LOSSES = ("L", "ℓ", "J")


def primal(name: str, accent: str = DOT) -> str | None:
    """`v̇_3` -> `v_3` (`z̄` -> `z` with accent=BAR); None for a name without that accent."""
    base, sep, rest = name.partition("_")
    plain = unaccented(base, accent)      # ŷ̄ (`\bar{\hat y}`) is y, hat, bar: its primal is ŷ
    return plain + sep + rest if plain and plain[0].isalpha() else None


def tangent(name: str) -> str:
    """`v_3` -> `v̇_3`, spelled as the parser spells `\\dot v_3`."""
    base, sep, rest = name.partition("_")
    return accented(base, DOT) + sep + rest


def meaning(name: str, scope) -> sp.Expr | None:
    """What the tangent `name` means by the chain rule through its primal's definition, or None."""
    of = primal(name)
    b = scope.bindings.get(of) if of is not None else None
    if b is None or b.section > scope.section or not isinstance(b.definition, sp.Expr) or b.definition.is_Symbol:
        return None     # `v_1 = x`, then `\dot v_1 = 1`: a seed put on the copy of an input (a new sweep, a new function)
    # (the trace may be in an earlier part -- "Toss-up 1" -- and its tangents in this one: v_5 not given again since
    # is the v_5 of that trace; the tangents its inputs have must be this part's)
    inputs = [s for s in b.definition.free_symbols if isinstance(s, sp.Symbol) and not isinstance(s, sp.Dummy)]
    dots = [scope.bindings.get(tangent(s.name)) for s in inputs]
    if not inputs or any(len(s.name.partition("_")[0]) != 1 for s in inputs) or \
            any(d is not None and d.section != scope.section for d in dots):
        return None
    # x in `v_3 = x v_1`, a number the problem gives and no node of the trace: held fixed by the sweep (tangent 0),
    # when some input of the node has a tangent of this sweep
    if all(d is None for d in dots) or any(d is None and not _a_given_number(s.name, scope) for s, d in zip(inputs, dots)):
        return None
    return sp.Add(*[sp.diff(b.definition, s) * sp.Symbol(d.name, real=True) for s, d in zip(inputs, dots)
                    if d is not None])


def _a_given_number(name: str, scope) -> bool:
    """A name bound to a plain number the file states (x = 2), not worked out, with no tangent of its own."""
    from verify.tex.bindings import plain_number
    b = scope.bindings.get(name)
    return b is not None and plain_number(b.definition) and tangent(name) not in scope.bindings


def derivative(name: str, scope, written=None) -> sp.Expr | None:
    """`u'` after `u = e^z - e^{-z}` (the quotient rule's parts): du/dz, u's definition in this part having one
    variable, and the right side a formula in it, or None. Not when the right side is made from u
    itself (`w' = w - ηg`: the new w, an update)."""
    base = name.rstrip("'")
    order = len(name) - len(base)
    b = scope.bindings.get(base) if order and base else None
    if b is None or b.section != scope.section or not isinstance(b.definition, sp.Expr) or b.definition.is_Symbol:
        return None
    variables = [s for s in b.definition.free_symbols if isinstance(s, sp.Symbol) and not isinstance(s, sp.Dummy)]
    if len(variables) != 1 or not isinstance(written, sp.Basic) or \
            variables[0] not in written.free_symbols or any(s.name == base for s in written.free_symbols):
        return None     # (`\hat y' = 0.58` after a step: the new ŷ, not a derivative)
    return sp.Derivative(b.definition, (variables[0], order))


def delta(name: str, scope, written=None) -> sp.Expr | None:
    """∂L/∂z_k for `δ_k = written` (z_k or a_k, whichever one this part defines), or None."""
    base, sep, rest = name.partition("_")
    if base != "δ":
        return None
    # (𝛅_1 of 𝐚_1 in vector notation; a δ with no layer number is a number, ∂L/∂ŷ more often than a vector)
    layer = [f"{p}{sep}{rest}" for p in ("z", "a", *(("𝐳", "𝐚") if sep else ()))]
    found = [n for n in layer if n in scope.bindings and scope.bindings[n].section == scope.section]
    if len(found) == 2 and all(n[:1] in "𝐳𝐚" for n in found):
        # 𝐚_1 = W_1𝐱 + 𝐛_1 and 𝐳_1 = σ(𝐚_1): δ is the slope in the one the activation is applied to (plain names
        # keep no reading: read so, a held-out file lost a confirmed step)
        found = [n for n, other in (found, found[::-1]) if _names(scope.bindings[other].definition) == {n} or
                 n in _names(scope.bindings[other].definition) and not _names(scope.bindings[n].definition) & {other}]
    if len(found) == 1 and found[0][:1] in "𝐳𝐚" and not _names(written) - {None}:
        return None     # 𝛅_1 = (0.12, -0.05): a vector of numbers given, not checked against a gradient in vectors
    return adjoint(name, scope, written, of=found[0]) if len(found) == 1 else None


HAT = ACCENTS["hat"]
MOMENT_RATES = {"m": "β_1", "v": "β_2", "s": "β_2", "u": "β_2"}     # Adam's first and second moments


def bias_corrected(name: str, scope) -> sp.Expr | None:
    """m_t/(1 - β_1^t) for `\\hat m_t` (t a number), when m_t is worked out in this part and β_1 given, or None."""
    base, sep, step = name.partition("_")
    plain = unaccented(base, HAT) if sep and step.isdecimal() else None
    rate = scope.bindings.get(MOMENT_RATES.get(plain or "", ""))
    moment = scope.bindings.get(f"{plain}_{step}")
    from verify.tex.bindings import exact
    value = exact(rate.value) if rate is not None and isinstance(rate.value, sp.Basic) else None
    if moment is None or moment.section != scope.section or not (isinstance(value, sp.Number) and 0 < value < 1):
        return None
    return sp.Symbol(f"{plain}_{step}", real=True) / (1 - sp.Symbol(rate.name, real=True) ** int(step))


def _names(definition) -> set:
    return {getattr(s, "name", None) for s in getattr(definition, "free_symbols", ())}


def adjoint(name: str, scope, written=None, of: str | None = None) -> sp.Expr | None:
    """∂L/∂z for `z̄ = written` (an unevaluated derivative the scope works out), or None. The right
    side must speak of the backward pass -- another adjoint, or something L is computed from
    (`z̄ = ŷ - y`, `w̄ = z̄x`) -- not be a mean of data (`x̄ = \\frac13(1 + 2 + 3)`, `\\frac1n\\sum x_i`)."""
    of = of or primal(name, BAR)
    node = scope.bindings.get(of) if of is not None else None
    loss = next((scope.bindings[n] for n in LOSSES if n in scope.bindings), None)
    # z and L defined in the same part (a later part that re-binds either one starts afresh); the
    # backward pass may come in a later subsection ("Forward pass", "Backward pass")
    if node is None or loss is None or node.section != loss.section:
        return None
    def feeds_the_loss(s) -> bool:
        try:
            expanded = scope.expand_definitions(sp.Symbol(loss.name, real=True), keep=frozenset({s}))
            # (by name: a vector's symbol is not a real number's)
            return any(getattr(x, "name", None) == s for x in getattr(expanded, "free_symbols", ()))
        except (Unresolved, ValueError, TypeError):      # a definition that cannot be expanded
            return False

    names = {s.name for s in getattr(written, "free_symbols", ()) if not isinstance(s, sp.Dummy)}
    backward = stated(scope, loss.name) or any(primal(n, BAR) is not None or n.startswith("δ") or n == loss.name or
                   (n != of and feeds_the_loss(n)) for n in names)
    if not backward or not feeds_the_loss(of):
        return None
    return sp.Derivative(sp.Symbol(loss.name, real=True), sp.Symbol(of, real=True))


def stated(scope, loss: str) -> bool:
    """The file states the convention: `\\bar v = \\frac{\\partial L}{\\partial v}` with v a placeholder
    (no binding of its own): then every bar over a name L is computed from is that adjoint."""
    for b in scope.bindings.values():
        of = primal(b.name, BAR)
        if of is not None and of not in scope.bindings and b.definition == sp.Derivative(
                sp.Symbol(loss, real=True), sp.Symbol(of, real=True)):
            return True
    return False


def reseed(name: str, scope) -> None:
    """`\\dot x = (0, 1)` after a first sweep with `\\dot x = (1, 0)`: a second sweep (see new_sweep)."""
    of = primal(name)
    seed = scope.matrices.get(name)
    if of is None or "_" in name or not isinstance(seed, sp.MatrixBase) or 1 not in seed.shape:
        return
    new_sweep(scope, tuple(seed), of)


def new_sweep(scope, seed: tuple = (), of: str | None = None) -> None:
    """A forward-mode sweep begins ("Second pass, seed $(0, 1)$"): the tangents worked out in this part before
    (v̇_1 = 2) are forgotten, and the copies of the inputs (`v_{-1} = x_1`, of the vector `of` if named) take the
    new seed (v̇_{-1} = 0)."""
    named = len(seed) == 2 and isinstance(seed[0], str)    # "seeding $x_2$": (x, 2); the trace may be a part back
    here = (lambda b: True) if named else (lambda b: b.section == scope.section)
    stale = [n for n, b in scope.bindings.items() if here(b) and primal(n) is not None and
             templates.pattern(n) is None]          # (`\dot v_i = \sum_j …`, a rule for every sweep, stays)
    if stale:       # kept: a later line may go back to that sweep (a grader's note on the first pass)
        scope.earlier_sweep = {n: scope.bindings.pop(n) for n in stale}
    copies = [b for b in scope.bindings.values() if here(b) and isinstance(b.definition, sp.Symbol)
              and b.definition.name.partition("_")[2].isdigit()
              and (of is None or b.definition.name.partition("_")[0] == of)
              and (not named or b.definition.name.partition("_")[0] == seed[0])]
    if named and copies:
        seed = tuple(int(k == seed[1]) for k in range(1, max(int(b.definition.name.partition("_")[2])
                                                              for b in copies) + 1))
    if not seed or len({b.definition.name.partition("_")[0] for b in copies}) != 1:
        return
    for b in copies:
        k = int(b.definition.name.partition("_")[2])
        if 1 <= k <= len(seed):
            scope.bind(tangent(b.name), sp.Integer(seed[k - 1]) if isinstance(seed[k - 1], int) else seed[k - 1],
                       seed[k - 1], b.line, f"{seed[k - 1]} (the seed)")
