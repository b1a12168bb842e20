r"""An objective named in prose after one was worked out: "so the MAP estimate minimises
$\sum_i (y_i - wx_i)^2 + \lambda w^2$ with $\lambda = \tau^2/\sigma^2$" after
$-\log p(w \mid \mathcal D) = \frac{1}{2\sigma^2}\sum_i (y_i - wx_i)^2 + \frac{w^2}{2\tau^2} + \text{const}$.

Minimising the named objective is minimising the worked one when the first is a positive multiple of the second
plus a constant (in the variable minimised over). The definition that completes the named objective (λ = …) is a
claim, checked so: the gradients in w must be in one positive ratio, whatever the data and the other names. The λ
that makes it so is solved for, to carry beside a wrong definition (later steps with its value are `carried`).
"""
from __future__ import annotations

import dataclasses
import random
import re

import sympy as sp
from sympy.core.function import AppliedUndef

from verify.tex.names import BAR, unaccented
from verify.tex.heads import CONSTANT_NAMES
from verify.tex.results import OK, WRONG
from verify.tex.sums import written_out

TERMS = 3               # a sum without bounds is written out with this many terms
INSTANCES = 4           # random instances of the data and the other names
MINIMISES = r"\bminimi[sz](?:e|es|ing)\b[^$.;:]{0,40}\Z"


def _written_out(expr, n_terms=TERMS):
    """Sums with a symbolic upper bound (`\\sum_i`, `\\sum_{i=1}^n`) at n_terms terms; their terms as names."""
    # only the sums' upper limits: an n elsewhere (the 1/n of a mean) stays a name
    sums = {op: sp.Sum(op.function, *[(v, lo, sp.Integer(n_terms) if hi.free_symbols else hi) for v, lo, hi in op.limits])
            for op in expr.atoms(sp.Sum)}
    expr = expr.xreplace(sums).doit()
    return written_out(expr)        # x_1, x_2, x_3: the names a sum with bounds 1 and 3 is read with


def _without_constant(expr):
    return expr.xreplace({s: 0 for s in expr.free_symbols if getattr(s, "name", "") in CONSTANT_NAMES})


def gradients(named, worked, variable: sp.Symbol):
    """d/dw of both objectives with their sums written out, or None when that cannot be done."""
    try:
        a = sp.diff(_written_out(_without_constant(named)), variable)
        b = sp.diff(_written_out(_without_constant(worked)), variable)
    except (TypeError, ValueError, NotImplementedError):
        return None
    if a.has(sp.Sum, AppliedUndef, sp.Derivative) or b.has(sp.Sum, AppliedUndef, sp.Derivative):
        return None
    return a, b


def same_minimiser(named, worked, variable: sp.Symbol) -> bool | None:
    """Is `named` a positive multiple of `worked` plus a constant, in `variable`? (None: not decided.)"""
    found = gradients(named, worked, variable)
    if found is None:
        return None
    a, b = found
    others = sorted((a.free_symbols | b.free_symbols) - {variable}, key=lambda s: s.name)
    rng = random.Random(11)
    decided = 0
    for _ in range(INSTANCES):
        values = {s: sp.Rational(rng.randint(1, 19), rng.randint(1, 7)) for s in others}
        ratios = []
        for w in (sp.Rational(-3, 7), sp.Rational(5, 3), sp.Rational(11, 2)):
            at = {**values, variable: w}
            num, den = a.xreplace(at), b.xreplace(at)
            if not (num.is_number and den.is_number) or den == 0:
                break
            ratios.append(num / den)
        else:
            if len(set(ratios)) == 1 and ratios[0] <= 0:
                return False        # a negative multiple: where one has its minimum the other has its maximum
            if len(set(ratios)) > 1:
                # not a positive multiple plus a constant; `log f` and `f` share their minimiser all the same,
                # so it is wrong only when the minimisers themselves differ here
                return False if _minimisers_differ(a.xreplace(values), b.xreplace(values), variable) else None
            decided += 1
    return True if decided else None


def _minimisers_differ(slope_a, slope_b, variable) -> bool:
    """Both slopes (at one instance of the data) vanish at one real point each, and not at the same one."""
    points = []
    for slope in (slope_a, slope_b):
        try:
            numerator = sp.numer(sp.together(slope))
            if not numerator.is_polynomial(variable) or sp.degree(numerator, variable) > 2:
                return False
            roots = [r for r in sp.solve(numerator, variable) if r.is_real]
        except (sp.PolynomialError, NotImplementedError, TypeError, ValueError):
            return False
        if len(roots) != 1:
            return False
        points.append(roots[0])
    return points[0] != points[1]


def varies_with(expr, variable: sp.Symbol, bar_as_mean: bool = False) -> bool | None:
    """Does expr (with sums over open terms) change with `variable`? Its derivative at random data, the sums written
    out (None: it could not be evaluated). With `bar_as_mean`, x̄ beside the written-out x_1, …, x_n is their mean."""
    try:
        out = _written_out(expr)
        if bar_as_mean:
            out = out.xreplace(means_of_entries(out))
        slope = sp.diff(out, variable)
    except (TypeError, ValueError, NotImplementedError):
        return None
    if variable not in out.free_symbols:
        return None         # (x in p(x | λ) with the x_i written out: not a name of the sums any more)
    if slope.has(sp.Sum, AppliedUndef, sp.Derivative):
        return None
    rng = random.Random(13)
    names = sorted(slope.free_symbols, key=lambda s: s.name)
    seen = 0
    for _ in range(INSTANCES):
        value = slope.xreplace({s: sp.Rational(rng.randint(1, 19), rng.randint(1, 7)) for s in names})
        if not value.is_number or value.has(sp.zoo, sp.nan):
            continue
        if abs(sp.N(value, 30)) > sp.Float("1e-20"):
            return True
        seen += 1
    return False if seen else None


def means_of_entries(expr) -> dict:
    """x̄ -> (x_1 + … + x_n)/n for each x̄ in expr whose letter's entries x_1, …, x_n are in it too."""
    out = {}
    for bar, letter in ((s, unaccented(s.name, BAR)) for s in expr.free_symbols):
        if letter is None or len(letter) != 1:
            continue
        entries = [s for s in expr.free_symbols if s.name.startswith(letter + "_") and s.name[2:].isdigit()]
        if entries:
            out[bar] = sp.Add(*entries) / len(entries)
    return out


def solved_for(named, worked, variable: sp.Symbol, name: sp.Symbol):
    """The value of `name` that makes `named` a positive multiple of `worked` plus a constant (or None)."""
    found = gradients(named, worked, variable)
    if found is None:
        return None
    a, b = found
    factor = sp.Dummy("factor", positive=True)
    data = sorted(((a.free_symbols | b.free_symbols) - {variable, name}), key=lambda s: s.name)
    difference = sp.expand(a - factor * b)
    try:
        terms = [d for d in data if re.search(r"_\d+$", d.name)]      # the data of the written-out sums
        coefficients = sp.Poly(difference, variable, *terms).coeffs()
        solutions = sp.solve(coefficients, [factor, name], dict=True)
    except (sp.PolynomialError, NotImplementedError, TypeError, ValueError):
        return None
    values = [s[name] for s in solutions if name in s and s.get(factor, 1) != 0]
    return sp.simplify(values[0]) if len(values) == 1 else None


class NamedObjectives:
    """A mixin of the checking run (`check._Run`): the worked objective, the named one, the definition completing it."""

    def objective_worked(self, parsed):
        r"""After a chain in a variable (`-\log p(w \mid \mathcal D) = … + \text{const}`): its last side."""
        if self.variables and parsed and not isinstance(parsed[-1], Exception) and \
                isinstance(parsed[-1].expr, sp.Expr) and self.results:
            self.scope.worked_objective = (parsed[-1].expr, tuple(self.variables), self.results[-1].line)

    def objective_named(self, seg):
        r"""`minimises $\sum_i (y_i - wx_i)^2 + \lambda w^2$` (no relation in it): kept for the definition that
        completes it, in this paragraph."""
        parsed = self.parse(seg)
        if not isinstance(parsed, Exception) and isinstance(parsed.expr, sp.Expr):
            self.scope.named_objective = (parsed.expr, self.where(seg.start)[0])

    def completes_the_objective(self, name: str, definition, index: int):
        """`with $λ = τ^2/σ^2$` right after the named objective: a claim that minimising it is minimising the worked
        one. ok or wrong (λ then carries what it should be, solved for); left given when it cannot be decided."""
        named, worked = self.scope.named_objective, self.scope.worked_objective
        if named is None or worked is None or not isinstance(definition, sp.Expr):
            return
        symbol = next((s for s in named[0].free_symbols if getattr(s, "name", None) == name), None)
        variables = [s for s in named[0].free_symbols if getattr(s, "name", None) in worked[1]]
        if symbol is None or len(variables) != 1 or name in worked[1]:
            return
        variable = variables[0]
        same = same_minimiser(named[0].xreplace({symbol: definition}), worked[0], variable)
        self.scope.named_objective = None       # one definition completes it
        if same is None:
            return
        r = self.results[index]
        where = f"the objective on line {named[1]} is {{}} a positive multiple of line {worked[2]}'s plus a constant"
        if same:
            self.results[index] = dataclasses.replace(r, verdict=OK, detail=(
                f"{r.detail}; with it {where.format('')} (the same minimiser in {variable})").replace("is  a", "is a"))
            return
        true = solved_for(named[0], worked[0], variable, symbol)
        shown = f": {name} = {true} makes it so" if true is not None else ""
        self.results[index] = dataclasses.replace(r, verdict=WRONG, detail=(
            f"{r.detail}; with it {where.format('not')} (its minimiser in {variable} is another){shown}"))
        if true is not None and name in self.scope.bindings:
            self.taint(name, true, r.line)
        elif name in self.scope.bindings:
            # what it should be is not known: what is worked out with it rests on a wrong step all the same
            self.scope.bindings[name].wrong_line = r.line
