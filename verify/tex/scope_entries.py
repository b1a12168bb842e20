"""Names a Scope binds from what it holds already: an entry of a written-out vector (`x_2` of `x = (1, 2)`), an
instance of an indexed definition (`z_1` of `z_j = …`), the mean of data (x̄), and the vectors' entries kept
in step with later lines (`u_1 \\gets …`, a corrected δ_1).

Mixed into bindings.Scope, as resolving.Resolving is: these read and write its bindings and matrices.
"""
from __future__ import annotations

import sympy as sp

from verify.tex import templates
from verify.tex.build import shown as written_text
from verify.tex.names import BAR, bold_entry, unaccented
from verify.tex.resolving import Unresolved, _symbols, is_constant


class ScopeEntries:
    # (Binding is imported where one is made: bindings.py defines it and mixes this class into Scope)
    def _entry_by_letter(self, entry: str, b: Binding, name: str) -> bool:
        """Is `entry` (w_{21}, bound to a number) an entry of the matrix `name` (W_1) by its small letter?"""
        if not is_constant(b.definition) or not name[:1].isupper() or \
                not entry.startswith(name.partition("_")[0].lower() + "_"):
            return False
        mine = templates.component(entry, {name: self.matrices[name]})
        return mine is not None and templates.component(entry, self.matrices) == mine

    def follow_entries(self, name: str):
        r"""`δ_1 = … = -0.0161` given again (a correction) after `δ = (δ_1, δ_2)^\top`: δ is made of the new value
        (an update, `w_1 \gets …`, leaves the vectors of the forward pass as they were)."""
        for vector, entries in list(self.made_of.items()):
            if vector in self.matrices and any(getattr(e, "name", None) == name for e in entries.free_symbols):
                try:
                    again = self.resolve(entries)
                except (Unresolved, ValueError, TypeError):
                    again = None
                if isinstance(again, sp.MatrixBase) and is_constant(again):
                    self.matrices[vector] = again
                    self.matrix_rests.pop(vector, None)
                    self.matrix_true.pop(vector, None)
                else:
                    self.matrices.pop(vector, None)     # no longer known: not the old numbers either

    def set_entry(self, name: str, value):
        """`u_1 \\gets 1.0464` with u written out: the vector's first entry is that value for the rest of the
        paragraph (‖u‖, u^⊤v after it are those of the updated vector)."""
        base, _, sub = name.partition("_")
        vector = self.matrices.get(base)
        if not sub.isdigit() or not isinstance(vector, sp.MatrixBase) or 1 not in vector.shape or \
                not 1 <= int(sub) <= len(vector) or not isinstance(value, sp.Expr) or \
                any(s.name == name for s in value.free_symbols):
            return
        entries = list(vector)
        entries[int(sub) - 1] = value
        self.entries_updated.setdefault(base, vector)
        self.matrices[base] = sp.ImmutableMatrix(vector.rows, vector.cols, entries)

    def points_restored(self):
        """At the end of a paragraph: the values that "at $p = 0.5$" set aside (a case looked at in passing)."""
        for name, earlier in self.set_aside.items():
            self.bindings[name] = earlier
        self.set_aside = {}

    def entries_restored(self):
        """At the end of a paragraph: the vectors as written (a later part's `z/T` means the logits given, not
        the ones a gradient step in part (e) moved)."""
        for base, vector in self.entries_updated.items():
            if base in self.matrices:
                self.matrices[base] = vector
        self.entries_updated = {}

    def mean_of_data(self, name: str) -> bool:
        """x̄ with x = (1.2, 0.8, 1.9) given in this part and x̄ bound to nothing: the mean of those data (the
        notation's meaning), bound so that `\bar x = 1.3` is a claim about it. Not for a vector resting on a
        wrong or unchecked step."""
        from verify.tex.bindings import Binding
        base = unaccented(name, BAR)         # (ȳ as well as x̄)
        vector = self.matrices.get(base) if base else None
        if not isinstance(vector, sp.MatrixBase) or 1 not in vector.shape or len(vector) < 2 or \
                self.matrix_sections.get(base) != self.section or base in self.matrix_rests or \
                base in self.worked_matrices or not is_constant(vector):
            return False
        mean = sp.Add(*vector) / len(vector)
        self.bindings[name] = Binding(name, mean, mean, self.matrix_lines.get(base, 0),
                                      f"the mean of {base} = {written_text(vector.T)}", self.section, of_data=True)
        return True

    def from_templates(self, names) -> None:
        """Bind each unbound name that is an instance of an indexed definition (`z_1` of `z_j = …`) or
        a component of a written-out vector (`x_2` of `x = (1, 2)`)."""
        from verify.tex.bindings import Binding
        for name in names:
            if name in self.bindings or name in self.functions or name in self.matrices:
                continue
            if self.mean_of_data(name):
                continue
            weights = templates.weight_source(name, self.matrices)
            entry = templates.weight_entry(name, self.matrices, columns=self.weight_columns) if weights else \
                templates.component(name, self.matrices)
            if entry is not None:
                base = weights or (name.partition("[")[0] if name.endswith("]") else name.partition("_")[0])
                if weights and min(self.matrices[weights].shape) > 1:
                    self.weights_read.add(name)     # (by its rows, or its columns: other_readings.with_weight_columns)
                # an entry of a vector worked out from a wrong value carries it (p_1 of p = e/S, S wrong): what it
                # should be, when that was worked out for the vector, else it is only not confirmed
                line, wrong = self.matrix_rests.get(base, (0, False))
                true = templates.component(name, {base: self.matrix_true[base]}) \
                    if wrong and base in self.matrix_true else None
                self.bindings[name] = Binding(name, entry, entry, self.matrix_lines.get(base, 0),
                                              f"{written_text(entry)} (an entry of {base})", self.section,
                                              true_value=true, wrong_line=line if wrong else 0)
                continue
            # (an index given a whole number, `$t = 2$:` heading a step of iterates, still indexes a rule that
            # goes from one iterate to the next, `v_t = β_2v_{t-1} + (1 - β_2)g_t^2`)
            # (nor when the letter is given the instance's own index: `\hat m_2` at `$t = 2$`, under m̂_t = …)
            found = templates.match(name, [t for t, b in self.bindings.items() if templates.pattern(t) is not None
                                           and not any(c in self.bindings and not (templates.counts_steps(self, c) and
                                                                                   templates.steps_iterates(t, b)) and
                                                       not templates.at_the_given_step(self, c, t, name)
                                                       for c in templates.pattern(t).groupindex)])
            if found is None:
                self.at_another_index(name)
                continue
            t, values = found
            b = self.bindings[t]
            if templates.usable(b.definition):
                definition = templates.instantiate(b.definition, values)
                value = b.value if b.value is not None and is_constant(b.value) else None
            else:           # h_j = σ(𝐰_j^⊤x + b): read again with j set, now that 𝐰_1 has its value
                definition, value = self.read_instance(t, values), None
                if definition is None:
                    continue
            base = t.partition("_")[0]
            if isinstance(definition, sp.Basic) and templates.steps_iterates(t, b) and any(
                    s.name.partition("_")[0] == base and s.name.partition("_")[2].isdecimal() and
                    s.name not in self.bindings and s.name != name for s in _symbols(definition)):
                continue        # m_1 = β_1m_0 + … with no m_0 given: the first iterate is a start, not a claim
            shown = ", ".join(f"{k} = {v}" for k, v in values.items())
            self.bindings[name] = Binding(name, definition, value, b.line, f"{t} with {shown}", b.section)
            if isinstance(definition, sp.Basic) and \
                    any(templates.is_weight_entry(s.name) for s in _symbols(definition)):
                self.unit_entries(b.definition, values, b)
            if self.stand_ins is not None and any(templates.STAND_IN in s.name for s in _symbols(definition)):
                self.stand_ins.append(name)     # (read for this slope only)

    def unit_entries(self, definition, values: dict, b) -> None:
        """`a_j = 𝐰_j^⊤𝐱 + b_j` with 𝐛 written out: b_1 of the instance j = 1 is 𝐛's first entry (the unit's own
        bias, indexed as the weights into it are), not a name of its own (names.bold_entry's other reading)."""
        from verify.tex.bindings import Binding
        for s in _symbols(definition):
            entry = templates.instance_name(s.name, values)
            found = bold_entry(self.matrices, entry) if entry != s.name and entry not in self.bindings else None
            if found is not None:
                value = self.matrices[found[0]][found[1]]
                self.bindings[entry] = Binding(entry, value, value, self.matrix_lines.get(found[0], b.line),
                                               f"{written_text(value)} (an entry of {found[0]})", b.section)

    def at_another_index(self, name: str) -> None:
        """`p_j` with `p_i = …` defined: that template at the free index j (see templates.at_another_index)."""
        from verify.tex.bindings import Binding
        found = templates.at_another_index(name, self.bindings)
        if found is not None:
            template, definition = found
            b = self.bindings[template]
            self.bindings[name] = Binding(name, definition, None, b.line,
                                          f"{template} with {template[-1]} = {name[-1]}", b.section)

    def read_instance(self, template: str, values: dict):
        """The template's written definition with its index letters set, read in this scope (None if it
        cannot be read or is no number-valued formula)."""
        from verify.tex.build import ParseError
        from verify.tex.index_claims import substituted
        from verify.tex.parse import parse
        source = self.template_sources.get(template)
        if source is None:
            return None
        try:
            definition = parse(substituted(source, values), self.context()).expr
        except ParseError:
            return None
        if not templates.usable(definition) and self.stand_ins is not None:
            definition = templates.scalar_products(definition)
        return definition if templates.usable(definition) else None
