r"""A claim in an index letter, `\partial L/\partial v_j = \delta_o h_j` or `\partial L/\partial w_{jk} = \delta_j x_k`,
is a claim for every unit the file has: it is checked at each value of the index (the letter replaced in the
subscripts of the written text, then read and checked like any step). Every instance ok -> ok; one wrong ->
wrong, naming it. The values are those the file gives instances for (v = (1.5, -0.5) gives v_1, v_2; z_1 = 0.8
and z_2 = 0.7 give z_1, z_2), from 1 up, at least two; a letter that a sum runs over (`\sum_j`) is not one.
"""
from __future__ import annotations

import dataclasses
import itertools

import sympy as sp

from verify.tex import templates
from verify.tex.bindings import Unresolved
from verify.tex.results import CARRIED, OK, UNVERIFIED, WRONG
from verify.tex.tokens import Tok

MAX_INDEX = 9
BOUND_BY = {"sum", "prod", "max", "min", "argmax", "argmin", "bigcup", "bigcap"}


def _letters(toks) -> tuple[set, set]:
    """(index letters in subscripts, letters a \\sum or the like runs over)."""
    used, bound = set(), set()
    for k, t in enumerate(toks):
        if t.kind == "char" and t.value == "_" and k + 1 < len(toks):
            nxt = toks[k + 1]
            inner = nxt.body if nxt.kind == "group" else (nxt,)
            letters = {u.value for u in inner if u.kind == "char" and u.value in templates.INDEX_LETTERS}
            if k > 0 and toks[k - 1].kind == "macro" and toks[k - 1].value in BOUND_BY:
                bound |= {u.value for u in inner[:1] if u.kind == "char"}
            else:
                used |= letters
        for sub in (t.body, *[a for a in t.args if a]):
            u, b = _letters(sub)
            used, bound = used | u, bound | b
    return used, bound


def substituted(toks, values: dict) -> tuple:
    """The tokens with each index letter in a subscript replaced by its digit."""
    out, after_underscore = [], False
    for t in toks:
        if after_underscore and t.kind == "char" and t.value in values:
            t = Tok("num", values[t.value], t.pos, t.end)
        elif after_underscore and t.kind == "group":
            t = dataclasses.replace(t, body=tuple(Tok("num", values[u.value], u.pos, u.end)
                                                  if u.kind == "char" and u.value in values else u for u in t.body))
        elif t.body or t.args:
            t = dataclasses.replace(t, body=substituted(t.body, values),
                                    args=tuple(substituted(a, values) if a else a for a in t.args))
        after_underscore = t.kind == "char" and t.value == "_"
        out.append(t)
    return tuple(out)


def _names(expr) -> set:
    """The names in an expression, the variables of its derivatives included (free_symbols leaves those out)."""
    if not isinstance(expr, sp.Basic):
        return set()
    symbols = expr.free_symbols | {v for d in expr.atoms(sp.Derivative) for v in d.variables}
    return {s.name for s in symbols if isinstance(s, sp.Symbol)}


def _written(scope, name) -> bool:
    """Is `name` bound, a written-out matrix, or an entry of one (without making template instances)?"""
    return name in scope.bindings or name in scope.matrices or templates.component(name, scope.matrices) is not None


class IndexClaims:
    def for_each_index(self, segs, parsed, i, rel, outcome):
        if outcome.verdict != UNVERIFIED or isinstance(parsed[i], Exception) or isinstance(parsed[i + 1], Exception):
            return outcome
        used, bound = _letters(segs[i].toks + segs[i + 1].toks)
        letters = sorted(used - bound)
        names = {n for p in (parsed[i], parsed[i + 1]) for n in _names(p.expr) if templates.pattern(n)}
        if not letters or len(letters) > 2 or not names or not all(self.indexed_side(p, letters) for p in parsed[i:i + 2]):
            return outcome      # `0.4 - 0.8x_i = 1.2`: a value for one particular i, not a claim for each
        ranges = [self.index_values(c, names, letters) for c in letters]
        if any(len(r) < 2 for r in ranges):
            return outcome
        found = []
        for digits in itertools.product(*ranges):
            values = dict(zip(letters, digits))
            if not all(self.given(templates.instance_name(n, values)) for n in names):
                return outcome      # ∂/∂X_{11} with no X_{11} the file gives: the instance says nothing
            left, right = (self.parse(dataclasses.replace(s, toks=substituted(s.toks, values))) for s in segs[i:i + 2])
            if isinstance(left, Exception) or isinstance(right, Exception) or \
                    not all(self.depends(d) for p in (left, right) for d in p.expr.atoms(sp.Derivative)):
                return outcome      # ∂c/∂u_1 with c worked out from numbers: its derivative is not 0, it is unknown
            found.append((values, self.step(left, right, rel)))
        at = lambda values: ", ".join(f"{c} = {d}" for c, d in values.items())      # noqa: E731
        wrong = next(((v, o) for v, o in found if o.verdict in (WRONG, CARRIED)), None)
        if wrong is not None:
            return dataclasses.replace(wrong[1], verdict=WRONG, detail=f"at {at(wrong[0])}: {wrong[1].detail}")
        if all(o.verdict == OK for _, o in found):
            return dataclasses.replace(found[0][1], detail="holds for each " + "; ".join(at(v) for v, _ in found))
        return outcome

    @staticmethod
    def indexed_side(p, letters) -> bool:
        """Does this side name something in the index (v_j, or ∂/∂v_j)?"""
        return any(set(n.partition("_")[2]) & set(letters) for n in _names(p.expr))

    def depends(self, d) -> bool:
        """Does the definition of what is differentiated reach the variable (∂L/∂v_1 through ŷ = v_1h_1 + …)?"""
        names = frozenset(v.name for v in d.variables if isinstance(v, sp.Symbol))
        try:
            inner = self.scope.expand_definitions(d.expr, keep=names)
        except (Unresolved, ValueError, TypeError, RecursionError):     # undecided, so not trusted
            return False
        return any(s.name in names for s in getattr(inner, "free_symbols", ()))

    def given(self, name) -> bool:
        """Does the file give `name` a meaning (a binding, a written-out matrix or an entry of one, an instance
        of an indexed definition)?"""
        self.scope.from_templates([name])
        return name in self.scope.functions or _written(self.scope, name) or self.scope.an_input(name)

    def index_values(self, letter, names, letters) -> list[str]:
        """1, 2, … n: the values of the letter for which the file gives an instance of one of the names (the
        other letters at 1: w_{jk} has instances w_{11}, w_{12} for k)."""
        values = []
        for d in range(1, MAX_INDEX + 1):
            at = {**{c: "1" for c in letters}, letter: str(d)}
            if not any(_written(self.scope, templates.instance_name(n, at)) for n in names
                       if letter in n.partition("_")[2]):
                break
            values.append(str(d))
        return values
