"""How a chain's form is read before its steps are checked (a mixin of the checking run, `check._Run`):
a one-letter name applied to a fresh argument is a function defined (`\\zeta(t) = \\ln(1 + e^t)`); a chain whose
first side is named in prose (`sum $= 2 + 3 = 5$`); a value worked out from numbers (what may carry an earlier
wrong step)."""
from __future__ import annotations

import dataclasses

import sympy as sp

from verify.tex import directives
from verify.tex.bindings import meaningful, plain_number
from verify.tex.build import literal_value
from verify.tex.tokens import all_tokens
from verify.tex.labels import family_member
from verify.tex.results import OK, UNVERIFIED
from verify.tex.special import SPECIAL


class ChainForms:
    def function_of_its_argument(self, segs) -> bool:
        r"""`\zeta(t) = \ln(1 + e^t)` with ζ and t unbound: a function defined (softplus), not ζ times t (a name
        nobody defined, made to depend on t). The right side must be in the argument(s) and the name be one letter."""
        head = directives.definition_head(segs[0].toks, self.scope, any_name=True)
        if not head or head[1] is None or len(head[0]) != 1 or self.scope.has_meaning(head[0]) or \
                head[0] in SPECIAL or head[0] in ("P", "E", "e", "π"):
            return False            # B(a, b) = Γ(a)Γ(b)/Γ(a + b): a known function's law, a claim
        body = directives.function_body(head[0], head[1], segs[1].toks, self.scope)
        return isinstance(body, sp.Basic) and set(head[1]) <= body.free_symbols

    def after_a_missing_head(self, segs, rels):
        """`sum $= 2.7183 + 1.6487 + 1 = 5.3670$`: the first relation has no left side (prose names it); the
        links after it are checked, but as after an unread first side an ok only says the arithmetic holds."""
        self.add(segs[0], segs[1], rels[0], UNVERIFIED, "a relation with nothing on one side")   # at its right side
        self.equation = None
        first = len(self.results)
        self.derivation(segs[1:], rels[1:])
        for k in range(first, len(self.results)):
            r = self.results[k]
            if r.verdict == OK:
                self.results[k] = dataclasses.replace(
                    r, verdict=UNVERIFIED, detail=f"{r.detail}, as written; but the chain starts from a side that "
                                                  "is not written (named in the prose): that it equals this is not confirmed")

    def instance_by_hand(self, name, side) -> bool:
        """`z_3 = -0.3122 × (-1) + 0.7811 × 1` where the file defined z by a formula (z = w^T x + b): an
        instance of z worked out from numbers, which the formula would have to be read at (example 3) to check;
        likewise α_2(R) of a function family α_t(j), and a vector x̂ whose entries x̂_i the file defined."""
        base, underscore, _ = name.partition("_")
        b = self.scope.bindings.get(base)
        family = name.partition("(")[0]     # α_2(R) with α_t(j) defined (the forward recursion): at t = 2, j = R
        if not underscore:      # x̂ = (1.0, -2.0, -0.5, 1.5)/1.5811 with x̂_i = (x_i - μ)/σ defined: every entry
            return name not in self.scope.bindings and self.computed_from_numbers(side) and any(
                other.partition("_")[0] == name and other.partition("_")[2].isalpha() and meaningful(entry)
                for other, entry in self.scope.bindings.items())
        return name not in self.scope.bindings and self.computed_from_numbers(side) and (
            b is not None and meaningful(b) or
            family != name and (family in self.scope.functions or family_member(family, self.scope)))

    @staticmethod
    def computed_from_numbers(side) -> bool:
        """`0 - 0.1 × (-6)`: arithmetic on numbers (not one number given, not a formula in names; a matrix
        or vector only when an entry is worked out: `(2, 1)` written out is data)."""
        if isinstance(side, Exception):
            return False
        entries = list(side.expr) if isinstance(side.expr, sp.MatrixBase) else [side.expr]
        return all(isinstance(e, sp.Expr) and not e.free_symbols - e.atoms(sp.Dummy) for e in entries) and \
            any(not plain_number(e) and not e.is_Number for e in entries)


TRIVIAL = {sp.Integer(0), sp.Integer(1), sp.Integer(2)}


def written_numbers(seg) -> frozenset:
    r"""|numbers| as the side's tokens write them, but 0, 1 and 2: `\frac{34}{4}` writes 34 and 4, though SymPy
    keeps only 17/2 of it."""
    found = set()
    for t in all_tokens(seg.toks):
        if t.kind == "num":
            try:
                found.add(abs(sp.Rational(t.value.replace(",", "."))))
            except (TypeError, ValueError):
                continue
    return frozenset(found - TRIVIAL)



def worked_from_numbers(side, seg) -> bool:
    """Arithmetic on numbers as written: computed_from_numbers, or a number SymPy worked out on reading it
    (`\frac{34}{4}` is read as 17/2) from two numbers or more in the text."""
    if ChainForms.computed_from_numbers(side):
        return True
    if isinstance(side, Exception):
        return False
    written = sum(1 for t in all_tokens(seg.toks) if t.kind == "num")
    if isinstance(side.expr, sp.MatrixBase):
        # `\frac{1}{33}\begin{pmatrix} 6 & -3 \\ -3 & 4 \end{pmatrix}\begin{pmatrix} 7 \\ 10 \end{pmatrix}`: read as
        # numbers already, worked out from more numbers than it has entries (`(0.5, -0.3)` is data)
        return all(e.is_Number for e in side.expr) and written > len(side.expr)
    return isinstance(side.expr, sp.Expr) and side.expr.is_Number and written >= 2


def numbers_in(expr) -> frozenset:
    """|numbers| written in an expression (decimals by their exact written value), but 0, 1 and 2: what ties a
    value worked out later to the numbers a wrong step wrote (`w_1 = 0 - 0.1 × (-6)` after `… = -6`)."""
    if not isinstance(expr, sp.Basic):
        return frozenset()
    values = {abs(literal_value(d)) for d in expr.atoms(sp.Dummy) if literal_value(d) is not None}
    values |= {abs(n) for n in expr.atoms(sp.Number) if n.is_Rational}
    return frozenset(values - TRIVIAL)
