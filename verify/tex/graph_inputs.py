"""The names a derivative of the file's graph holds fixed (mixed into bindings.Scope, beside Resolving): names its
definitions take in and the file never defines, the stand-ins for inner products of vectors not written out (for the
slopes of one step), and the names a step uses that nothing gives a meaning."""
from __future__ import annotations

import contextlib
import dataclasses
import re

import sympy as sp

from verify.tex import templates
from verify.tex.build import TRANSPOSE
from verify.tex.names import bold_letter
from verify.tex.resolving import Unresolved, _looks_constant, _symbols

MAX_ENTRIES = 6          # the vectors of a hand-worked network are small; a larger index is not a size
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
        as_written = self.products_in_entries()
        try:
            yield
        finally:
            for name in self.stand_ins:
                self.bindings.pop(name, None)
            self.bindings.update(as_written)
            self.stand_ins = None

    def names_a_slope(self, expr) -> bool:
        """Does expr use a name that stands for a slope (`δ_2` of `δ_j = ∂L/∂z_j`, `δ_o = ∂L/∂z_o`)?"""
        for s in _symbols(expr):
            b = self.bindings.get(s.name)
            if b is None:
                template = templates.match(s.name, [t for t in self.bindings if templates.pattern(t) is not None])
                b = self.bindings.get(template[0]) if template else None
            if b is not None and isinstance(b.definition, sp.Basic) and b.definition.has(sp.Derivative):
                return True
        return False

    def products_in_entries(self) -> dict:
        """`z_o = 𝐯^⊤𝐡 + c` with neither vector written out and `h_j = σ(z_j)` defined: read as v_1h_1 + v_2h_2 + c,
        as many entries as the file writes on h (or the letters its h_j is made of) so a slope through the h_j
        can be taken. The bindings so read (for this step only) are returned as they were, to be put back."""
        as_written = {}
        for name, b in list(self.bindings.items()):
            if isinstance(b.definition, sp.Expr) and b.definition.has(TRANSPOSE) and \
                    (entries := self.in_entries(b.definition)) is not b.definition:
                as_written[name] = b
                self.bindings[name] = dataclasses.replace(b, definition=entries)
        return as_written

    def in_entries(self, definition):
        found = {}
        for m, (c, u, v) in templates.inner_products(definition).items():
            letters = bold_letter(u.name), bold_letter(v.name)
            if None in letters or u.name in self.matrices or v.name in self.matrices or \
                    (n := self.entries_count(letters)) is None:
                continue
            entry = lambda letter, k: sp.Symbol(f"{letter}_{k}", real=True)     # noqa: E731
            found[m] = c * sp.Add(*[entry(letters[0], k) * entry(letters[1], k) for k in range(1, n + 1)])
        return definition.xreplace(found) if found else definition

    def entries_count(self, letters) -> int | None:
        """How many entries the vectors of an inner product have, when the entries of one are an indexed definition
        of the file (h_j = σ(z_j)): the largest index the file writes on that letter or the letters of its
        definition (z_2 beside h_1), at least 2; None if it has no such definition."""
        indexed = {}         # letter -> (index letter, the letters its definition uses at that index)
        for t, b in self.bindings.items():
            letter, _, index = t.partition("_")
            if len(index) == 1 and templates.pattern(t) is not None and isinstance(b.definition, sp.Basic):
                indexed[letter] = index, {s.name.partition("_")[0] for s in b.definition.atoms(sp.Symbol)
                                          if s.name.partition("_")[2] == index}
        family = {letter for letter in letters if letter in indexed}
        if not family:
            return None
        while True:     # h_j = σ(z_j), δ_j = ∂L/∂z_j: the letters indexed alike, each way
            grown = family | {u for f in family for u in indexed.get(f, ("", set()))[1]} | \
                {letter for letter, (_, uses) in indexed.items() if uses & family}
            if grown == family:
                break
            family = grown
        n = max((self.sizes.get(letter, 0) for letter in family), default=0)
        said = self.sizes.get(templates.UNITS, frozenset())
        return n if 2 <= n <= MAX_ENTRIES and (not said or n in said) else None

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
