"""`at $(x, y) = (2, 3)$`, `seed $(\\dot x, \\dot y) = (1, 0)$`: a tuple of names given a tuple of numbers gives
each name its value (a new point), as a reader takes it; it was a claim that the vector (x, y) equals (2, 3),
wrong with an x bound earlier. Likewise a matrix of names equated to one of numbers inside a chain
(`W_1 = (w_{11} & w_{12} …) = (0.2 & -0.1 …)`), and "at $p = 0.5$" for the rest of a paragraph."""
from __future__ import annotations

import dataclasses

import sympy as sp

from verify.tex import templates
from verify.tex.bindings import Unresolved, plain_number
from verify.tex.build import literal
from verify.tex.results import GIVEN, OK, StepResult


def literal_number(text: str):
    """A number as the file writes it: an integer exactly, a decimal as a written decimal (build.literal)."""
    if text.lstrip("-").isdigit():
        return sp.Integer(int(text))
    if not text.replace("-", "", 1).replace(".", "", 1).isdigit():
        raise ValueError(text)
    return -literal(text[1:]) if text.startswith("-") else literal(text)


class GivenTuples:
    def data_points(self, names, values, segs, line) -> bool:
        """`(x_i, y_i) = (1, 1), (2, 3), (3, 4)`: the data as vectors x = (1, 2, 3), y = (1, 3, 4), as a reader
        takes a list of points (Σ_i x_i y_i is then a sum over them)."""
        points = self.points_after
        stems = [n.name.rpartition("_") for n in names]
        if not points or any(len(p) != len(names) for p in points) or \
                len({index for _, _, index in stems}) != 1 or not stems[0][2].isalpha() or len(stems[0][2]) != 1:
            return False
        try:
            rest = [[literal_number(v) for v in p] for p in points]
        except ValueError:
            return False
        self.bind_columns([stem for stem, _, _ in stems], [list(values)] + rest, line)
        self.add(segs[0], segs[1], "=", GIVEN, f"the data {', '.join(s for s, _, _ in stems)}: {len(points) + 1} "
                                               "points, one per i")
        return True

    def points_in_prose(self, item) -> None:
        """"Data $(x_i, y_i)$: $(1, 2)$, $(2, 3)$, $(3, 7)$": each stem bound to its column of the points (as
        `(x_i, y_i) = (1, 2), (2, 3), (3, 7)` is, in data_points), reported as given."""
        if len(set(item.stems)) != len(item.stems) or any(len(p) != len(item.stems) for p in item.points):
            return
        try:
            rows = [[literal_number(v) for v in p] for p in item.points]
        except ValueError:
            return
        line = self.where(item.offset)[0]
        self.bind_columns(item.stems, rows, line)
        names = item.text.split("$")[1].strip()
        points = ", ".join(f"({', '.join(p)})" for p in item.points)
        detail = f"the data {', '.join(item.stems)}: {len(rows)} points, one per i, as the prose lists them"
        self.results.append(StepResult(line, len(self.results), names, points, "=", GIVEN, detail,
                                       self.where(item.offset)[1], self.chain_no))

    def list_in_prose(self, item) -> None:
        """"with data $1.2, 0.8, 1.9$" near `x_i` or `\\bar x`: x is that vector of data, and n their number when
        the text counts them with n (`x_1, \\dots, x_n`) and n has no value in this part; reported as given.
        Not when x already means something here."""
        stem = item.stem
        if stem in self.scope.bindings or stem in self.scope.matrices or stem in self.scope.functions:
            return
        try:
            values = [literal_number(v) for v in item.values]
        except ValueError:
            return
        line, column = self.where(item.offset)
        self.bind_columns((stem,), [[v] for v in values], line)
        shown = ", ".join(item.values)
        detail = f"the data {stem}_1 … {stem}_{len(values)}, as the prose lists them"
        counted = item.counted_by_n and not (
            "n" in self.scope.bindings and self.scope.bindings["n"].section == self.scope.section)
        if counted:
            self.scope.bind("n", sp.Integer(len(values)), sp.Integer(len(values)), line, str(len(values)))
            detail += f"; n = {len(values)}, their number"
        self.results.append(StepResult(line, len(self.results), stem, f"({shown})", "=", GIVEN, detail, column,
                                       self.chain_no))

    def bind_columns(self, stems, rows, line) -> None:
        """Each stem (x, y) bound to its column of the points (rows), as a vector of data."""
        for k, stem in enumerate(stems):
            column = sp.ImmutableMatrix([r[k] for r in rows])
            self.scope.bind(stem, column, column, line, f"({', '.join(map(str, column))})")

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
        if self.data_points(names, values, segs, line):
            return True
        for n, v in zip(names, values):
            if n.name in self.scope.bindings:
                self.scope.keep_earlier(n.name)
            self.scope.bind(n.name, v, v, line, str(v))
        self.add(segs[0], segs[1], "=", GIVEN, f"the values of {', '.join(n.name for n in names)} (a tuple given)")
        return True

    def entries_named(self, segs, rels, parsed) -> int | None:
        """`W_1 = (w_{11} & w_{12} \\ w_{21} & w_{22}) = (0.2 & -0.1 \\ 0.4 & 0.3)`: a matrix of names nobody gave a
        value, equated to one of numbers, gives each name its entry (bound here, before the chain is checked); the
        index of that relation, or None."""
        for i, rel in enumerate(rels):
            names, numbers = parsed[i], parsed[i + 1]
            if rel != "=" or isinstance(names, Exception) or isinstance(numbers, Exception) or \
                    not isinstance(names.expr, sp.MatrixBase) or not isinstance(numbers.expr, sp.MatrixBase) or \
                    names.expr.shape != numbers.expr.shape or not all(plain_number(e) for e in numbers.expr):
                continue
            symbols = list(names.expr)
            if not all(isinstance(e, sp.Symbol) and not isinstance(e, sp.Dummy) and e.name not in self.scope.bindings
                       and not self.scope.has_meaning(e.name) for e in symbols) or len(set(symbols)) != len(symbols):
                continue
            line = self.where(segs[i + 1].start)[0]
            for name, value in zip(symbols, numbers.expr):
                self.scope.bind(name.name, value, value, line, str(value))
            return i
        return None

    def made_of_a_point(self, b) -> bool:
        r"""Is the name made of one that "at $x = 0$" gave a new value in this part (v̇_1 = 2x\dot x, then `\dot v_1 = 1`
        at x = 0: a new case as much as a claim)?"""
        if not self.scope.pointed:
            return False
        try:
            expanded = self.scope.expand_definitions(b.definition, keep=frozenset(self.scope.pointed))
        except (Unresolved, ValueError, TypeError, RecursionError):
            return True
        return any(getattr(s, "name", None) in self.scope.pointed for s in expanded.free_symbols)

    def made_of_new_data(self, b, line) -> bool:
        """Were data the name is made of given a new value since (`y = (0, 2)` on a new board, then `α' = 1 + 2` after
        α' = α + Σ_i y_i = 14): a new case as much as a claim about the first. Numbers and data named in its
        definition count when given again on this line or the one before; a written-out vector an indexed definition
        took in (z_1 of `z_j = 𝐰_j^⊤𝐱 + b`, 𝐱 written out: a second example's 𝐱) whenever it was given again."""
        if not isinstance(b.definition, sp.Basic) or b.value is None or not self.scope.given_again:
            return False    # (a vector is worked out again from new data: a claim about it is one about the new case)
        again = self.scope.given_again
        reached = self.scope.reached(b.definition, deep=True)
        if any(b.line < again.get(n, 0) and again[n] >= line - 1 for name in reached
               for n in (name, name.partition("_")[0])):
            return True
        for name in [b.name] + reached:
            found = templates.match(name, list(self.scope.template_vectors))
            if found and any(b.line < again.get(v, 0) for v in self.scope.template_vectors[found[0]]):
                return True
        return False

    def entries_given(self, first, segs, parsed, i):
        """The relation `entries_named` bound (checked as any other, so ok) reported as what it is: a definition."""
        for k in range(first, len(self.results)):
            r = self.results[k]
            if r.lhs == segs[i].text and r.rhs == segs[i + 1].text and r.verdict == OK:
                self.results[k] = dataclasses.replace(r, verdict=GIVEN, detail="definition of the entries "
                                                      + ", ".join(map(str, parsed[i].expr)))

    def set_aside_for_the_paragraph(self, name, value):
        """"so the noise grows as $p \\to 0$: at $p = 0.5$ it's …" after p = 0.8: a number for a number, at a point,
        holds to the end of the paragraph; then p is 0.8 again (Scope.points_restored)."""
        old = self.scope.bindings.get(name)
        if old is not None and plain_number(value) and old.value is not None and plain_number(old.definition):
            self.scope.set_aside.setdefault(name, old)
            self.scope.pointed.add(name)

    def vector_made_of(self, name, written):
        """A vector just bound from others, or from named scalars: `y = γ ⊙ x̂ + β` with x̂ resting on a step that
        could not be checked rests on it too; `δ = (δ_1, δ_2)^\top` with δ_1 carried from a wrong step is carried
        (what it should be, when that is known), and follows δ_1, δ_2 when they are given again."""
        if name not in self.scope.matrices or name in self.scope.matrix_rests:
            return
        rests = sorted(n for n in written.bound_matrices if n in self.scope.matrix_rests and n != name)
        if rests:
            self.scope.matrix_rests[name] = self.scope.matrix_rests[rests[0]]
            return
        if not isinstance(written.expr, sp.MatrixBase):
            return
        scalars = [b for s in sorted(written.expr.free_symbols, key=str)
                   if (b := self.scope.bindings.get(getattr(s, "name", None))) is not None]
        if scalars:
            self.scope.made_of[name] = written.expr
        tainted = next((b for b in scalars if b.wrong_line or b.unchecked_line), None)
        if tainted is not None:
            self.scope.matrix_rests[name] = (tainted.wrong_line or tainted.unchecked_line, bool(tainted.wrong_line))
            true = self.true_value(written.expr) if tainted.wrong_line else None
            if isinstance(true, sp.MatrixBase) and true.shape == self.scope.matrices[name].shape:
                self.scope.matrix_true[name] = true
