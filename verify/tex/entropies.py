r"""Shannon's quantities of random variables: `H(X)`, `H(X, Y)`, `H(Y \mid X)`, `I(X; Y)`, `I(X; Y \mid Z)`.

Each is read as joint entropies of sets of variables (operators.ENTROPY applied to the names, sorted):
H(Y | X) = H(X, Y) - H(X), I(X; Y) = H(X) + H(Y) - H(X, Y), I(X; Y | Z) = H(X, Z) + H(Y, Z) - H(X, Y, Z) - H(Z),
and H(X, X) = H(X). The joint entropies of distinct sets satisfy no identity that holds for every distribution
(the entropy vectors of n variables fill a set with interior), so a step that is not an identity in them fails
for some distribution, as a step in raw moments does (operators).

Only capital Latin letters (X, Y_1) are read so, and only where the file gives H or I no meaning of its own:
`H(w)` (a Hessian), `I(\theta)` (Fisher information) and `H(p, q)` (a cross-entropy of distributions) are not.
"""
from __future__ import annotations

import sympy as sp

from verify.tex.build import _is, group_end
from verify.tex.names import plain_text

ENTROPY = "ℍ"
SPACING = {",", ";", ":", "!", " ", "quad", "left", "right", "bigl", "bigr", "Bigl", "Bigr", "big", "Big", "middle"}
GIVEN_BAR = {"mid", "vert"}
SEPARATORS = (",", ";", "|")


def entropy_reading(parser, name: str):
    """At `H(` or `I(` (the parser stands on the bracket): the quantity as joint entropies, the parser moved past
    its `)`; None (the parser not moved) when the bracket does not hold random variables in Shannon's notation."""
    if not _is(parser.peek(), "char", "(") or name in parser.ctx.values or name in parser.ctx.functions:
        return None
    j, _ = group_end(parser.toks, parser.i + 1)
    if j == len(parser.toks):
        return None
    ctx = parser.ctx
    value = _bracket_quantity(name, parser.toks[parser.i + 1:j], lambda n: n in ctx.values or n in ctx.matrices)
    if value is not None:
        parser.i = j + 1
    return value


def names_a_quantity(toks, scope) -> bool:
    """The chain's head is `H(X)`, `H(Y \\mid X)`, `I(X; Y)` (not a function H defined on X): a statistic of the
    variables, whose value the problem gives or the step claims (operators.is_given)."""
    toks = list(toks)
    if len(toks) < 4 or toks[0].kind != "char" or toks[0].value in scope.functions or \
            toks[0].value in scope.bindings or not _is(toks[1], "char", "(") or not _is(toks[-1], "char", ")"):
        return False
    return _bracket_quantity(toks[0].value, toks[2:-1],
                             lambda n: n in scope.bindings or n in scope.matrices) is not None


def _bracket_quantity(name, toks, bound):
    """H or I of what the bracket holds -- variables, one to each place between the separators, none with a
    value of its own (`bound`) -- or None."""
    if name not in ("H", "I"):
        return None
    parts = _parts(toks)
    if not parts:
        return None
    names, separators = parts[0::2], parts[1::2]
    if any(n in SEPARATORS for n in names) or any(s not in SEPARATORS for s in separators) or \
            len(names) != len(separators) + 1 or any(bound(n) for n in names):
        return None
    return _quantity(name, names, separators)


def _parts(toks):
    """The bracket's variable names and separators (',', ';', '|'), or None when it holds anything else."""
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        if t.kind == "macro" and t.value in SPACING:
            i += 1
        elif t.kind == "char" and t.value in SEPARATORS or t.kind == "macro" and t.value in GIVEN_BAR:
            out.append("|" if t.value in GIVEN_BAR else t.value)
            i += 1
        elif t.kind == "char" and len(t.value) == 1 and "A" <= t.value <= "Z":
            name = t.value
            if i + 2 < len(toks) and _is(toks[i + 1], "char", "_"):
                script = toks[i + 2].body if toks[i + 2].kind == "group" else (toks[i + 2],)
                sub = plain_text(script)
                if sub is None:
                    return None
                name, i = f"{name}_{sub}", i + 2
            out.append(name)
            i += 1
        else:
            return None
    return out


def _quantity(name, names, separators):
    """The quantity from the bracket's variables and the separators between them."""
    sections = [[], [], []]         # before `;`, after it, after `|`
    k = 0
    for variable, separator in zip(names, [","] + separators):
        if separator == ";":
            if k != 0:
                return None
            k = 1
        elif separator == "|":
            if k == 2:
                return None
            k = 2
        sections[k].append(variable)
    a, b, given = sections
    # (a conditional entropy or a mutual information is kept a sum even when it comes to one entropy, I(X; X) =
    # H(X): `I(X; X) = 0` is then a claim about H(X), not a value the problem gives for it -- see is_given)
    if name == "H" and ";" not in separators and not given:          # H(X, Y)
        return joint(a)
    if name == "H" and ";" not in separators:          # H(Y | X) = H(X, Y) - H(X)
        return sp.Add(joint(a + given), -joint(given), evaluate=False)
    if name == "I" and ";" in separators:              # I(X; Y | Z)
        return sp.Add(joint(a + given), joint(b + given), -joint(a + b + given), -joint(given), evaluate=False)
    return None


def joint(names) -> sp.Expr:
    """H of the set of variables named (H of none is 0)."""
    names = sorted(set(names))
    if not names:
        return sp.Integer(0)
    return sp.Function(ENTROPY)(*[sp.Symbol(n, real=True) for n in names])
