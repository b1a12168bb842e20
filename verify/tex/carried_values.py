"""Values worked out from a wrong step, in chains that name nothing.

A chain with a name on the left (`w_2 = 0.4 + 0.58`) is tracked through the name's binding (meaning.py).
A chain of bare numbers is not: `0.98 + 0.5 \\times 0.58 = 1.27` holds as arithmetic, yet 0.58 was the
result of a wrong step two lines up, and `\\frac{d}{dx}\\tanh(3x) = 3(1 - \\tanh^2 x)`, so at x = 0.5 the slope
is `3 \\times 0.7865 = 2.3595` evaluates the wrong formula. Neither is a confirmation: the first is `carried`
(right arithmetic on a wrong value), the second `carried` when its value is the wrong formula's at the point
and not what the formula's left side is there, else `unverified`. What ties a chain to the wrong step is a
number it uses that a wrong step concluded (not one merely written there), or the same source line.
"""
from __future__ import annotations

import dataclasses
import re

import sympy as sp

from verify.tex.bindings import exact
from verify.tex.build import PLUS_MINUS
from verify.tex.chain_forms import numbers_in
from verify.tex.limits import StepTimeout, step_deadline
from verify.tex.results import CARRIED, OK, UNVERIFIED, WRONG


LONE_NUMBER = re.compile(r"\s*-?\s*\d*[.,]?\d+\s*")
DECIMAL = re.compile(r"(?<![\d.])\d*\.\d*[1-9]\d*(?![\d.])")   # 0.392, 1.6: a written decimal (not 0.0)


def concluded_number(side):
    """|value| of a side that is one number (`0.58`, `-1.46`, `\\frac{7}{10}`), else None."""
    if isinstance(side, Exception) or not isinstance(side.expr, sp.Expr):
        return None
    expr = side.expr
    if isinstance(expr, sp.Mul) and len(expr.args) == 2 and expr.args[0] == -1:
        expr = expr.args[1]
    if not (expr.is_Number or isinstance(expr, sp.Dummy)):
        return None
    values = numbers_in(expr)
    value = next(iter(values)) if len(values) == 1 else None
    # 10, 0.5, 0.2: too common to tie two steps together (`\\sum_{i=1}^4 i = 10` after a wrong `2x = 10`)
    return value if value is not None and not value.is_integer and significant_digits(value) >= 2 else None


def significant_digits(value) -> int:
    digits = f"{float(value):.10g}".lstrip("-0.").replace(".", "").rstrip("0")
    return len(digits)


def shown(value) -> str:
    return f"{float(value):.10g}"


def bare_arithmetic(expr) -> bool:
    """`3 \\times 0.7865`, `(1 - 1/16)/(1/2)`, `2^2`: numbers and + × ÷ powers only. `\\tanh 0.5` or
    `\\sigma'(0)` is a claim about a named function's value, checked as such, not a bare evaluation."""
    if isinstance(expr, (sp.Number, sp.Dummy)):
        return True
    return isinstance(expr, (sp.Add, sp.Mul, sp.Pow)) and all(bare_arithmetic(a) for a in expr.args)


def close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-3 * max(abs(a), abs(b)) + 1e-12


def is_formula(side) -> bool:
    """A side in names (not numbers only): `3(1 - \\tanh^2 x)`."""
    return not isinstance(side, Exception) and isinstance(side.expr, sp.Basic) and \
        bool(side.expr.free_symbols - side.expr.atoms(sp.Dummy))


@dataclasses.dataclass
class WrongSources:
    """This paragraph's wrong results (|value| -> (line, index of the wrong step)), results not confirmed (|value| -> line), and the last
    wrong formula (line, left side, right side as written)."""
    results: dict = dataclasses.field(default_factory=dict)
    unconfirmed: dict = dataclasses.field(default_factory=dict)
    formula: tuple | None = None


class CarriedValues:
    def new_paragraph(self):
        """A wrong step's numbers taint only the rest of its paragraph (or list part)."""
        self.scope.wrong_in_paragraph, self.scope.wrong_numbers = 0, frozenset()
        self.scope.paragraph += 1
        self.scope.new_case_line = 0
        self.scope.named_objective = None
        self.scope.entries_restored()
        self.scope.points_restored()
        self.scope.wrong_sources = WrongSources()

    def note_sources(self, segs, parsed, i, in_wrong_chain: bool):
        """After step i is recorded: remember what a later bare-number chain may rest on."""
        result, sources = self.results[-1], self.scope.wrong_sources
        value = concluded_number(parsed[i + 1])
        if value is not None and in_wrong_chain:       # kept with the wrong step's index: checked again when used
            sources.results[value] = (result.line, self.wrong_step_index)
        elif value is not None and result.verdict == UNVERIFIED and i > 0:
            sources.unconfirmed.setdefault(value, result.line)
        elif isinstance(parsed[i + 1], Exception) or \
                isinstance(parsed[i + 1].expr, PLUS_MINUS) and result.verdict != OK:
            # `= 1.6 \pm 0.392` unread or unchecked: its decimals are not confirmed
            for written in DECIMAL.findall(segs[i + 1].text):
                sources.unconfirmed.setdefault(abs(sp.Rational(written)), result.line)
        if result.verdict == WRONG and is_formula(parsed[i]) and is_formula(parsed[i + 1]):
            sources.formula = (result.line, parsed[i], parsed[i + 1])

    def bare_numbers_after_a_wrong_step(self, segs, parsed, rel, first: int):
        """The chain just checked starts from bare numbers (no name on the left): not ok if it rests on a
        wrong step (see the module's docstring)."""
        if len(self.results) <= first or self.results[first].verdict != OK or isinstance(parsed[0], Exception) \
                or not bare_arithmetic(parsed[0].expr):
            return
        sources, head = self.scope.wrong_sources, self.results[first]
        used = numbers_in(parsed[0].expr)
        wrong = sorted((line, value) for value, (line, index) in sources.results.items()
                       if value in used and self.results[index].verdict in (WRONG, CARRIED))
        unconfirmed = sorted((line, value) for value, line in sources.unconfirmed.items() if value in used)
        if wrong:       # the arithmetic is right; what it stands for (a look-ahead, a loss) rests on a wrong value
            verdict, why = UNVERIFIED, f"right arithmetic on {shown(wrong[-1][1])}, the result of a wrong step on " \
                                       f"line {wrong[-1][0]}: the value it stands for is carried"
        elif unconfirmed:
            verdict, why = UNVERIFIED, f"the arithmetic holds, but {shown(unconfirmed[-1][1])} (line {unconfirmed[-1][0]}) " \
                                       "was not confirmed"
        elif sources.formula is not None and sources.formula[0] == head.line and rel in ("=", "approx") and \
                not LONE_NUMBER.fullmatch(segs[0].text):   # `\\frac{1 - 1/16}{1/2}` (SymPy made it 15/8), not `0.6065`
            verdict, why = self.value_of_a_wrong_formula(parsed[0])
        else:
            return
        if verdict == OK:
            return
        result = self.results[first]
        self.results[first] = dataclasses.replace(result, verdict=verdict, detail=f"{why}; {result.detail}")
        for side in parsed[1:]:         # what this chain concludes rests on it too
            value = concluded_number(side)
            if value is not None and verdict == CARRIED:
                sources.results.setdefault(value, (result.line, first))
            elif value is not None:
                sources.unconfirmed.setdefault(value, result.line)
        if verdict == CARRIED:
            self.scope.wrong_in_paragraph = result.line

    def value_of_a_wrong_formula(self, value_side):
        """`… = 3(1 - \\tanh^2 x)` (wrong), so at x = 0.5 `3 \\times 0.7865 = 2.3595`: the value of which side?
        (Within 0.1 %: this tells two candidate values apart, the step itself was checked as written.)"""
        line, meant, written = self.scope.wrong_sources.formula
        value, as_meant, as_written = (self.point_value(side) for side in (value_side, meant, written))
        if value is not None and as_meant is not None and close(value, as_meant):
            return OK, ""           # the value of what the formula should have been: right
        if value is not None and as_written is not None and as_meant is not None and close(value, as_written):
            return CARRIED, f"the value of the wrong formula on line {line} at this point ({shown(as_written)}; " \
                            f"its left side is {shown(as_meant)} there)"
        return UNVERIFIED, f"follows the wrong formula on line {line}: whether this is its value or the right " \
                           "one's is not settled"

    def point_value(self, side):
        """A side's value with the names at their values now, or None."""
        try:
            with step_deadline(self.step_seconds):
                value = sp.N(exact(self.scope.resolve(side.expr)).doit())
            return float(value) if value.is_real and value.is_finite else None
        except StepTimeout:
            raise
        except Exception:           # unresolved names, SymPy's failures on odd input: no value
            return None
