"""The names a derivative of the file's graph holds fixed (mixed into bindings.Scope, beside Resolving): names its
definitions take in and the file never defines, the stand-ins for inner products of vectors not written out (for the
slopes of one step), and the names a step uses that nothing gives a meaning."""
from __future__ import annotations

import contextlib
import re

import sympy as sp

from verify.tex import templates
from verify.tex.resolving import Unresolved, _looks_constant, _symbols

PLAIN_NAME = re.compile(r"[^\W\d_]+'*(_\w+)?")       # w_11, v_1, ŷ: a name, not a sum's stand-in `n(k)`


class GraphInputs:
    """Mixed into bindings.Scope: these read its bindings, matrices, functions and stand_ins."""

    @contextlib.contextmanager
    def with_stand_ins(self):
        """For one step in slopes: instances of an indexed definition that only a stand-in for an inner product lets
        be read (`a_1` of `a_j = 𝐰_j^⊤𝐱 + b`, templates.scalar_products) are read, and dropped after it (a later
        `a_1 = 0.4 - 1.2 + 0.1` with the vectors written out gives a_1 its value, as before)."""
        if self.stand_ins is not None:
            yield
            return
        self.stand_ins = []
        try:
            yield
        finally:
            for name in self.stand_ins:
                self.bindings.pop(name, None)
            self.stand_ins = None

    def _graph_inputs(self, expr) -> set:
        """Names the file never defines that its definitions (the ones `expr` is built from) take in beside the
        variable, `w_11` in `z_1 = w_11x_1 + w_12x_2 + b`: inputs of the graph it wrote, held fixed as a partial
        derivative holds them. Not a name an indexed definition would give (`a_1` of an `a_j` not read)."""
        names = {t for t, b in self.bindings.items() if templates.pattern(t) is not None}
        found, todo, seen = set(), [s.name for s in _symbols(expr)], set()
        while todo:
            name = todo.pop()
            if name in seen:
                continue
            seen.add(name)
            b = self.bindings.get(name)
            if b is None or not isinstance(b.definition, sp.Basic) or isinstance(b.definition, sp.MatrixBase):
                continue
            leaves = {s.name for s in _symbols(b.definition)}
            todo.extend(leaves)
            found |= {n for n in leaves if PLAIN_NAME.fullmatch(n) and n not in self.bindings and
                      n not in self.matrices and n not in self.functions and templates.match(n, names) is None}
        return found

    def names_without_meaning(self, sides) -> list:
        """Subscripted names (not plain letters) on the sides of a step that nothing gives a meaning: unbound, no
        instance of an indexed definition, no input of the file's definitions, no written-out matrix or function."""
        found = set()
        # (a function's parameters and names, and what a derivative is taken in, are the step's own variables)
        own = {s.name for params, body in self.functions.values()
               for s in set(params) | (body.free_symbols if isinstance(body, sp.Basic) else set())}
        for p in sides:
            if isinstance(p, Exception) or not isinstance(p.expr, sp.Basic):
                continue
            own |= {v.name for d in p.expr.atoms(sp.Derivative) for v in d.variables if isinstance(v, sp.Symbol)}
        for p in sides:
            if isinstance(p, Exception) or not isinstance(p.expr, sp.Basic):
                continue
            self.from_templates([s.name for s in _symbols(p.expr)])
            found |= {s.name for s in _symbols(p.expr) if PLAIN_NAME.fullmatch(s.name) and not _looks_constant(s.name)
                      and s.name not in self.bindings and s.name not in self.matrices and s.name not in self.functions
                      and templates.component(s.name, self.matrices) is None and not self.an_input(s.name)
                      and templates.pattern(s.name) is None and s.name not in own}    # (v_j: for_each_index)
        return sorted(found)

    def an_input(self, name: str) -> bool:
        """Does a definition of the file take in `name`, which the file never defines (`v_1` of `u = v_1g_1 + c`)?"""
        return PLAIN_NAME.fullmatch(name) is not None and name not in self.bindings and \
            name not in self.matrices and name not in self.functions and any(
            isinstance(b.definition, sp.Basic) and any(s.name == name for s in _symbols(b.definition))
            for b in self.bindings.values())


def stand_ins(inner, variables) -> set:
    """The inner products of vectors not written out (templates.scalar_products) in what is differentiated: held
    fixed, unless a variable is one of their vectors or an entry of one (∂a_1/∂x_1 through 𝐰_1ᵀ𝐱 is not known)."""
    found = set()
    for s in _symbols(inner):
        letters = templates.stand_in_vectors(s.name)
        if letters is None:
            continue
        for v in variables:
            if templates.plain_letter(v.name.partition("_")[0]) in letters:
                raise Unresolved(f"{v.name} enters {s.name}, a product of vectors not written out: "
                                 "its derivative is not known from the definitions")
        found.add(s.name)
    return found
