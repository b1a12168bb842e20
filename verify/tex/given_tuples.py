"""`at $(x, y) = (2, 3)$`, `seed $(\\dot x, \\dot y) = (1, 0)$`: a tuple of names given a tuple of numbers gives
each name its value (a new point), as a reader takes it; it was a claim that the vector (x, y) equals (2, 3),
wrong with an x bound earlier."""
from __future__ import annotations

import sympy as sp

from verify.tex.bindings import plain_number
from verify.tex.results import GIVEN


class GivenTuples:
    def values_of_a_tuple(self, segs, rels, parsed) -> bool:
        if rels != ["="] or any(isinstance(p, Exception) for p in parsed[:2]):
            return False
        names, values = parsed[0].expr, parsed[1].expr
        if not (isinstance(names, sp.MatrixBase) and isinstance(values, sp.MatrixBase) and names.shape == values.shape
                and 2 <= len(names) <= 8 and min(names.shape) == 1 and segs[0].text.lstrip().startswith("(")):
            return False
        if not all(isinstance(n, sp.Symbol) and not isinstance(n, sp.Dummy) for n in names) or \
                len({n.name for n in names}) != len(names) or not all(plain_number(v) for v in values) or \
                any(n.name in self.scope.matrices for n in names):
            return False
        line = self.where(segs[1].start)[0]
        for n, v in zip(names, values):
            if n.name in self.scope.bindings:
                self.scope.keep_earlier(n.name)
            self.scope.bind(n.name, v, v, line, str(v))
        self.add(segs[0], segs[1], "=", GIVEN, f"the values of {', '.join(n.name for n in names)} (a tuple given)")
        return True
