"""What the values a chain wrote mean: where each came from, what it should have been, and the binding of
a name to it.

A mixin of the checking run (`check._Run`), beside MeaningRules: a decimal a chain wrote keeps its
provenance (a wrong step before it and the value it should have had, or an unchecked step it rests on),
so a later step right only with that value is `carried`, never `ok`.
"""
from __future__ import annotations

import dataclasses

import sympy as sp
from sympy.core.function import AppliedUndef

from verify.tex.bindings import LiteralOrigin, Unresolved, exact, is_constant
from verify.tex.build import PLUS_MINUS, literal_value
from verify.tex.limits import StepTimeout, step_deadline
from verify.tex.numeric_steps import ROUNDED_DIGITS, significant_digits
from verify.tex.results import OK, CARRIED, WRONG

@dataclasses.dataclass(frozen=True)
class Provenance:
    """Where the value a chain reached comes from: what it should have been when a step before it was
    wrong, or the line of a step it rests on that could not be checked (neither: checked)."""
    index: int | None = None     # the side holding the value (the last constant one)
    true_value: object = None
    wrong_line: int = 0
    unchecked_line: int = 0


LOSS_NAMES = ("L", "J", "ℓ")      # a loss written in numbers is read in the names whose values it copies


def _lone_decimal(expr):
    """(the decimal, its sign) of a side that is just a decimal or minus one, else None."""
    sign = 1
    if isinstance(expr, sp.Mul) and len(expr.args) == 2 and expr.args[0] == -1:
        sign, expr = -1, expr.args[1]
    return (expr, sign) if isinstance(expr, sp.Dummy) and literal_value(expr) is not None else None


def _shown(value) -> str:
    """A value for a message: six digits, a vector as its entries."""
    if isinstance(value, sp.MatrixBase):
        return "(" + ", ".join(str(sp.N(exact(e), 6)) for e in value) + ")" + ("^T" if value.shape[1] == 1 else "")
    return str(sp.N(exact(value), 6))


def _right_at_its_places(written, true_value, units=1) -> bool:
    """Is a written decimal the true value rounded to its places (within `units` half units of its last place)?"""
    found = _lone_decimal(written) if isinstance(written, sp.Basic) else None
    if found is None or true_value is None:
        return False
    decimal, sign = found
    places = len(decimal.name.partition(".")[2])
    try:
        gap = abs(sp.N(sign * literal_value(decimal) - exact(true_value), 30))
    except (TypeError, ValueError):
        return False
    return bool(gap.is_Number and gap < sp.Rational(units, 2 * 10 ** places))


class WrittenValues:
    def last_constant(self, parsed, segs):
        i = self.value_index(parsed)
        return (self.scope.resolve(parsed[i].expr), segs[i]) if i is not None else (None, None)

    def true_value(self, definition):
        """What the definition gives with every name at its meaning (not at a wrongly carried value) and
        every decimal a wrong chain wrote at what that chain should have given."""
        self.scope.use_true = True
        try:
            with step_deadline(self.step_seconds):
                value = self.scope.resolve(definition)
                origins = self.scope.literal_origins
                truths = {d: origins[d.name].true_value for d in value.atoms(sp.Dummy)
                          if d.name in origins and origins[d.name].true_value is not None}
                value = value.xreplace(truths) if truths else value
        except (Unresolved, StepTimeout, TypeError, ValueError):
            return None
        finally:
            self.scope.use_true = False
        return value if is_constant(value) and not value.has(AppliedUndef, sp.Derivative, sp.Subs) else None

    def provenance(self, parsed, first, start) -> Provenance:
        """Where the value of a chain (`parsed`: its sides up to the last = or ≈; its steps are the
        results from `first`, the checked ones from `start`) comes from."""
        k = self.value_index(parsed)
        if k is None:
            return Provenance()
        steps = [self.results[first + j] for j in range(start, k)]
        wrong = next((j for j, r in zip(range(start, k), steps) if r.verdict in (WRONG, CARRIED)), None)
        if wrong is not None:       # the value should have been that of the side before the first wrong step
            line = self.results[first + wrong].line
            true = None if isinstance(parsed[wrong], Exception) else self.true_value(parsed[wrong].expr)
            return Provenance(k, true, line) if true is not None else Provenance(k, unchecked_line=line)
        base = parsed[start] if start < len(parsed) else None
        if base is not None and not isinstance(base, Exception) and \
                not (isinstance(base.expr, sp.Symbol) and base.expr.name in self.scope.bindings):
            origins = sorted((self.scope.literal_origins[d.name] for d in base.expr.atoms(sp.Dummy)
                              if d.name in self.scope.literal_origins),      # (the earliest line is named)
                             key=lambda o: (o.wrong_line or o.unchecked_line, o.unchecked_line))
            carried_from = next((o.wrong_line for o in origins if o.true_value is not None), 0)
            if carried_from:
                true = self.true_value(base.expr)
                if true is not None:
                    return Provenance(k, true, carried_from)
        unchecked = next((r.line for r in steps if r.verdict != OK), 0)
        if not unchecked and base is not None and not isinstance(base, Exception) and \
                not (isinstance(base.expr, sp.Symbol) and base.expr.name in self.scope.bindings):
            unchecked = next((o.unchecked_line or o.wrong_line for o in origins), 0)
            if not unchecked:
                try:
                    unchecked = next((b.unchecked_line for b in self.scope.rests_on(base.expr)), 0)
                except Unresolved:
                    unchecked = 0
        return Provenance(k, unchecked_line=unchecked)

    def from_a_wrong_value(self, name, definition) -> tuple[str, object]:
        """`w_2 = 1.4 - 0.1(-2.1333)` where -2.1333 is what a wrong step wrote: the new value is computed
        from the wrong one (carried), though the line defines w_2. (why, what the name should be); ('', None)
        when nothing it uses is wrong."""
        if isinstance(definition, Exception) or _lone_decimal(definition.expr) is not None:
            return "", None     # `p = 0.3`: a value given, not computed from the 0.3 a wrong step wrote
        origins = {**self.scope.entry_origins, **self.scope.literal_origins}
        # a short decimal (0.05) is an input, not a copied result; a copy within a unit of its last place
        # up to its sign (a rounding dispute, or a sign slip the writer has put right) is not carried either
        # (a short one that a wrong step of this paragraph wrote as its result, `g_1 = 2(1.4 - 3) = -3.4` then
        # `w_2 = 1.4 - 0.1(-3.4)`, is that result, unless the problem gave that number)
        given = {b.definition.name for b in self.scope.bindings.values() if isinstance(b.definition, sp.Dummy)}
        # the entries of a vector put in for its name (`z \gets z - 0.1(p - y)`, `μ = 𝐦ᵀφ`) are not written here:
        # the formula is right whatever they are (what it computes is the next step's business)
        put_in = {d for n in definition.bound_matrices if isinstance(self.scope.matrices.get(n), sp.MatrixBase)
                  for d in self.scope.matrices[n].atoms(sp.Dummy)}
        used = sorted((d.name for d in definition.expr.atoms(sp.Dummy) - put_in
                       if d.name in origins and origins[d.name].true_value is not None
                       and (significant_digits(d.name) >= ROUNDED_DIGITS or
                            origins[d.name].wrong_line == self.scope.wrong_in_paragraph and d.name not in given)
                       and not _right_at_its_places(d, abs(exact(origins[d.name].true_value)), units=2)),
                      key=lambda n: (origins[n].wrong_line, len(n), n))
        entries = {d: exact(self.scope.entry_origins[d.name].true_value) for d in definition.expr.atoms(sp.Dummy)
                   if d.name in self.scope.entry_origins and d.name not in self.scope.literal_origins}
        true = self.true_value(definition.expr.xreplace(entries)) if used else None
        if true is None:
            return "", None
        o = origins[used[0]]
        return (f"computed with {used[0]} as line {o.wrong_line} wrote it, which should be {sp.N(exact(o.true_value), 6)}: "
                f"right arithmetic on the wrong value from line {o.wrong_line} (with the right value, {name} = "
                f"{_shown(true)})"), true

    def carried_definition(self, name, true, line):
        """After a definition computed from a wrong value was bound: later steps know what it should be (an
        entry's origin is not in true_value, so it is passed here)."""
        if true is None or name not in self.scope.bindings and name not in self.scope.matrices:
            return
        if isinstance(true, sp.MatrixBase):
            if name in self.scope.matrices and self.scope.matrices[name].shape == true.shape:
                self.scope.matrix_true[name] = true
                self.scope.matrix_rests[name] = (line, True)
        elif name in self.scope.bindings and self.scope.bindings[name].value is not None:
            self.taint(name, true, line)

    @staticmethod
    def ends_in_a_decimal(parsed) -> bool:
        if isinstance(parsed[-1], Exception):
            return False
        last = parsed[-1].expr
        parts = last.args if isinstance(last, PLUS_MINUS) else (last,)      # `= 1.6 \pm 0.392` too
        return all(_lone_decimal(p) is not None for p in parts)

    def note_result(self, parsed, provenance: Provenance):
        """A decimal the chain wrote as its value keeps where it came from (`h_1 = 0.2` copies it later)."""
        if provenance.index is None or isinstance(parsed[provenance.index], Exception):
            return
        value = parsed[provenance.index].expr
        if isinstance(value, PLUS_MINUS):       # `= 1.6 \pm 0.392`: each written number of the pair
            for part in value.args:
                found = _lone_decimal(part)
                if found is not None and provenance.unchecked_line:
                    self.scope.literal_origins[found[0].name] = LiteralOrigin(unchecked_line=provenance.unchecked_line)
                elif found is not None:
                    self.scope.literal_origins.pop(found[0].name, None)
            return
        if isinstance(value, sp.MatrixBase):
            self.note_entries(value, provenance)
            return
        found = _lone_decimal(value)
        if found is None:
            return
        decimal, sign = found
        if provenance.true_value is not None:
            self.scope.literal_origins[decimal.name] = LiteralOrigin(sign * provenance.true_value, provenance.wrong_line)
        elif provenance.unchecked_line:
            self.scope.literal_origins[decimal.name] = LiteralOrigin(unchecked_line=provenance.unchecked_line)
        else:
            self.scope.literal_origins.pop(decimal.name, None)

    def note_entries(self, value, provenance: Provenance):
        """`𝐯_3 = (0.9 × 1.85 + 0.8575, …)^⊤ = (2.5525, 5.3)^⊤` with the first entry wrong: each wrong decimal
        entry keeps what it should have been, so `𝐰_3 = (0.8575 - 0.05 × 2.5525, …)` written after it is carried.
        Kept apart from the scalars' origins: only a definition written with the number uses it (the vector's
        own value, and what it should be, are settle_value's)."""
        true = provenance.true_value
        true = true if isinstance(true, sp.MatrixBase) and true.shape == value.shape else None
        for i, entry in enumerate(value):
            found = _lone_decimal(entry)
            if found is None:
                continue
            decimal, sign = found
            if true is not None and not _right_at_its_places(entry, true[i]):
                self.scope.entry_origins[decimal.name] = LiteralOrigin(sign * true[i], provenance.wrong_line)
            else:
                self.scope.entry_origins.pop(decimal.name, None)

    def settle_value(self, name, definition, wrong_line, provenance: Provenance):
        """After `name` got a value from a chain: what it should have been, or the unchecked step it rests on."""
        if name in self.scope.matrices and (wrong_line or provenance.unchecked_line or provenance.wrong_line):
            # a vector's right value is not worked out: a step right only with the one written is not `ok`
            line = wrong_line or provenance.wrong_line or provenance.unchecked_line
            self.scope.matrix_rests[name] = (line, bool(wrong_line or provenance.wrong_line))
            true = self.true_value(definition) if wrong_line and definition is not None else None
            if isinstance(true, sp.MatrixBase) and true.shape == self.scope.matrices[name].shape:
                self.scope.matrix_true[name] = true       # what its definition gives (a later step may use that)
        b = self.scope.bindings.get(name)
        if b is None:
            return
        b.unchecked_line = 0
        true = self.true_value(definition) if wrong_line and definition is not None else None
        if true is None and provenance.true_value is not None:
            true, wrong_line = provenance.true_value, wrong_line or provenance.wrong_line
        if true is not None and wrong_line:
            self.taint(name, true, wrong_line)
        elif wrong_line or provenance.unchecked_line:
            b.unchecked_line = provenance.unchecked_line or wrong_line

    def names_for_copied_values(self, definition, loss: bool = False):
        """`h_1 = \\tanh(-0.035)` after `z_1 = … = -0.035`: h₁ is tanh(z₁) evaluated, so ∂L/∂z₁ reaches
        through h₁. A decimal (two significant digits or more) is read as the one name of this part
        whose value was written so; a lone decimal stays a number (`h = 0.5` is no alias)."""
        if not isinstance(definition, sp.Expr) or not is_constant(definition) or _lone_decimal(definition):
            return definition
        written: dict = {}
        for b in self.scope.bindings.values():
            if b.section == self.scope.section and b.value is not None and isinstance(b.shown, str):
                written.setdefault(b.shown.strip(), []).append(b.name)
        subs = {}
        # only the whole argument of a function (an activation applied to a pre-activation's value);
        # decimals in arithmetic (an update `w_2 = 1.4167 - …`) stay numbers -- but in a loss written for the first
        # time in numbers (`L = \tfrac12(1.7 - 2)^2` after `\hat y = … = 1.7`) each is the prediction it copies
        arguments = {a for f in definition.atoms(sp.Function) if len(f.args) == 1
                     for a in (f.args[0], -f.args[0]) if isinstance(a, sp.Dummy)}
        if loss:
            arguments |= {d for d in definition.atoms(sp.Dummy)}
        for d in arguments:
            if literal_value(d) is None or significant_digits(d.name) < 2:
                continue
            plus, minus = written.get(d.name, []), written.get("-" + d.name, [])
            if len(plus) + len(minus) == 1:
                subs[d] = sp.Symbol(plus[0], real=True) if plus else -sp.Symbol(minus[0], real=True)
        return definition.xreplace(subs) if subs else definition

    def bind(self, name, parsed, segs, wrong_line=0, provenance: Provenance = Provenance(), update=False):
        definition = self.names_for_copied_values(parsed[1].expr, loss=name in LOSS_NAMES and
                                                  name not in self.scope.bindings and not update)
        value, seg = self.last_constant(parsed, segs)
        shown, line = (seg.text, self.where(seg.start)[0]) if seg else (segs[1].text, self.where(segs[1].start)[0])
        if isinstance(definition, sp.Basic) and any(s.name == name for s in definition.free_symbols):
            if value is None:
                return
            definition = value
        if name in self.scope.bindings and name not in self.scope.set_aside:    # ("at p = 0.5": the formulas there)
            self.scope.keep_earlier(name, line)
        self.scope.bind(name, definition, value, line, shown, update)
        if value is not None:
            self.settle_value(name, definition if definition is not value else None, wrong_line, provenance)

    def claimed_value(self, name, parsed, segs, wrong_line, first_ok=False, provenance: Provenance = Provenance()):
        """`L = ½(0.3002 - 1)^2 = 0.2449` about a defined L: its value at the point, its meaning kept."""
        value, seg = self.last_constant(parsed, segs)
        if name in self.scope.worked_out and isinstance(value, sp.MatrixBase) and \
                value.shape == self.scope.matrices[name].shape:
            # h = σ(z_1) = (0.5250, 0.3430)^⊤: later steps compute with the values written (as with a vector
            # given its value in a definition), and what h should be is kept beside them when the claim failed
            true = self.scope.matrices[name]
            self.scope.worked_out.discard(name)
            self.scope.matrices[name] = value
            self.scope.matrix_lines[name] = self.where(seg.start)[0]
            if wrong_line or provenance.wrong_line:
                self.scope.matrix_rests[name] = (wrong_line or provenance.wrong_line, True)
                self.scope.matrix_true[name] = true
            return
        b = self.scope.bindings.get(name)
        if value is None or b is None:
            return
        meaning = b.definition
        if b.value is not None and b.value != value:
            self.scope.forget_values_from(name)
        b.value, b.shown, b.line = value, seg.text, self.where(seg.start)[0]
        if wrong_line:
            true = self.true_value(meaning)
            if true is None and first_ok:       # z_1 = 0.5(1) - 0.4(2) + 0.1 = … = 0.2 (wrong): the first side
                true = self.true_value(parsed[1].expr)
            if true is not None:
                self.taint(name, true, wrong_line)
                return
        self.settle_value(name, meaning, wrong_line, provenance)

    def taint(self, name, true_value, wrong_line):
        """The written value came from a wrong step: keep what it should be (if known) beside it; if not
        known, steps that pass only with the written value are not confirmed (see `carried`)."""
        b = self.scope.bindings[name]
        if _right_at_its_places(b.value, true_value):
            return      # δ_2 = … = 0.0079 through a carried step, and 0.0079 is what it should be
        b.true_value, b.wrong_line = true_value, wrong_line
