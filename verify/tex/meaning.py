"""What names mean as a file goes on: definitions, claims about defined names, values carried.

A mixin of the checking run (`check._Run`): it binds names, records the value a chain
reached for a name that already had a meaning, keeps the meaning of a name next to a value
an earlier wrong step produced (`carried`), and records values a problem gives (Var(X) = 4).
"""
from __future__ import annotations

import sympy as sp

from verify.tex.bindings import Unresolved, exact, is_constant
from verify.tex.limits import StepTimeout, step_deadline
from verify.tex.operators import is_given
from verify.tex.results import CARRIED, OK, UNVERIFIED
from verify.tex.steps import Outcome, check_step


class MeaningRules:
    def gives_a_value(self, lhs, rhs) -> bool:
        """`Var(X) = 4`: recorded (later steps use it), not checked -- unless already determined."""
        if isinstance(lhs, Exception) or isinstance(rhs, Exception) or lhs.others or rhs.others:
            return False
        try:
            value = exact(self.scope.resolve(rhs.expr))      # 𝔼[X] = 0.3: the decimal as written
            if not is_given(lhs.expr, value, self.scope.independent, self.scope.facts):
                return False
        except (Unresolved, ValueError, TypeError, NotImplementedError):
            return False
        self.scope.facts.append(lhs.expr - exact(value))
        return True

    def is_update(self, name, first) -> bool:
        r"""`w = w - η g`: the name on both sides is an assignment, as `\gets` writes it."""
        return not isinstance(first, Exception) and isinstance(first.expr, sp.Basic) and \
            any(s.name == name for s in first.expr.free_symbols)

    def carried(self, lhs, rhs, rel, outcome: Outcome) -> Outcome:
        """Right with a value an earlier wrong step produced, and not with what the names mean."""
        try:
            tainted = self.scope.tainted(lhs.expr, rhs.expr)
        except Unresolved:
            return outcome
        if not tainted:
            return outcome
        self.scope.use_true = True
        try:
            with step_deadline(self.step_seconds):
                again = check_step(lhs, rhs, rel, self.scope)
        except (StepTimeout, RecursionError, OverflowError, ValueError, TypeError, ZeroDivisionError,
                AttributeError, NotImplementedError):
            again = Outcome(UNVERIFIED, "")
        finally:
            self.scope.use_true = False
        if again.verdict == OK:
            return outcome
        b = tainted[0]
        return Outcome(CARRIED, f"right arithmetic on the wrong value from line {b.wrong_line}: {b.name} was carried "
                                f"as {b.shown} (line {b.line}), but as defined {b.name} = {sp.N(exact(b.true_value), 6)}")

    def last_constant(self, parsed, segs):
        """The last side of the chain that resolves to a constant: the value the writer carries."""
        for p, seg in zip(reversed(parsed[1:]), reversed(segs[1:])):
            if isinstance(p, Exception):
                continue
            try:
                resolved = self.scope.resolve(p.expr)
            except Unresolved:
                continue
            if is_constant(resolved):
                return resolved, seg
        return None, None

    def true_value(self, definition):
        """What the definition gives with every name at its meaning (not at a wrongly carried value)."""
        self.scope.use_true = True
        try:
            with step_deadline(self.step_seconds):
                value = self.scope.resolve(definition)
        except (Unresolved, StepTimeout, TypeError, ValueError):
            return None
        finally:
            self.scope.use_true = False
        return value if is_constant(value) else None

    def bind(self, name, parsed, segs, wrong_line=0):
        definition = parsed[1].expr
        value, seg = self.last_constant(parsed, segs)
        shown, line = (seg.text, self.where(seg.start)[0]) if seg else (segs[1].text, self.where(segs[1].start)[0])
        if isinstance(definition, sp.Basic) and any(s.name == name for s in definition.free_symbols):
            if value is None:
                return
            definition = value
        if name in self.scope.bindings:
            self.scope.keep_earlier(name)
        self.scope.bind(name, definition, value, line, shown)
        if wrong_line and value is not None and definition is not value:
            self.taint(name, self.true_value(definition), wrong_line)

    def claimed_value(self, name, parsed, segs, wrong_line):
        """`L = ½(0.3002 - 1)^2 = 0.2449` about a defined L: its value at the point, its meaning kept."""
        value, seg = self.last_constant(parsed, segs)
        b = self.scope.bindings.get(name)
        if value is None or b is None:
            return
        meaning = b.definition
        b.value, b.shown, b.line = value, seg.text, self.where(seg.start)[0]
        if wrong_line:
            self.taint(name, self.true_value(meaning), wrong_line)

    def taint(self, name, true_value, wrong_line):
        b = self.scope.bindings[name]
        if true_value is not None:
            b.true_value, b.wrong_line = true_value, wrong_line
