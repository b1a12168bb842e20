r"""A gradient-descent update written out, `b_2 \leftarrow 0.3 - 0.1 \cdot 1.1`: checked against the file's own loss.

With a learning rate η and a loss L (or J) the file defined, the step is compared with θ - η ∂L/∂θ (the
derivative taken from the definitions, at the point of the forward pass). Equal -> ok (one gradient step).
Equal to θ + η ∂L/∂θ instead -> wrong: the step climbs the loss (the commonest slip in worked updates). Anything
else (momentum, Adam, weight decay, a derivative the definitions do not settle) stays `given`: the arrow assigns.
"""
from __future__ import annotations

import dataclasses

import sympy as sp

from verify.tex.bindings import exact, is_constant, literals
from verify.tex.chain_forms import numbers_in
from verify.tex.chains import Segment
from verify.tex.results import CARRIED, GIVEN, OK, WRONG
from verify.tex.tokens import LatexError, tokenize

LOSSES = ("L", "J")


class GradientSteps:
    def gradient_step(self, name, target_seg, written, index):
        """Re-judge the `given` update at results[index] (θ ← written) when the file settles its gradient."""
        if self.results[index].verdict != GIVEN or isinstance(written, Exception) or "η" not in self.scope.bindings:
            return
        # the loss of this part, or of the part it goes on from ("Forward pass", then "Your update")
        loss = next((n for n in LOSSES if n != name and n in self.scope.bindings and
                     (self.scope.has_meaning(n) or not is_constant(self.scope.bindings[n].definition))), None)
        if loss is None:
            return
        theta = target_seg.text.strip()
        before = self._value_before(name, theta)
        verdicts = {}
        for sign in ("-", "+"):
            text = f"{before} {sign} \\eta \\frac{{\\partial {loss}}}{{\\partial {theta}}}"
            try:
                toks = tokenize(text, target_seg.start)
            except LatexError:
                return
            step = self.parse(Segment(toks, target_seg.start, target_seg.end, text))
            if isinstance(step, Exception):
                return
            # the numbers as written or at the values the file worked out; or each worked-out number as a rounding
            # of what the rule needs (the rule then reads as the meaning of the claim, as in `∂L/∂v = -0.0765`)
            verdicts[sign] = self.step(written, step, "=")
            if verdicts[sign].verdict != OK and (other := self.step(step, written, "=")).verdict == OK:
                verdicts[sign] = other
        if verdicts["-"].verdict == OK:
            self.results[index] = dataclasses.replace(
                self.results[index], verdict=OK,
                detail=f"one gradient step: {theta} - η ∂{loss}/∂{theta} ({verdicts['-'].detail})")
        elif verdicts["+"].verdict == OK:
            origins = {**self.scope.entry_origins, **self.scope.literal_origins}
            copied = sorted(d.name for d in written.expr.atoms(sp.Dummy)
                            if d.name in origins and origins[d.name].wrong_line)
            if copied:      # `b ← 0.1 - 0.5(0.4750)` after a wrong `∂L/∂b = y - p = 0.4750`: that sign, carried
                line = origins[copied[0]].wrong_line
                verdict, detail = CARRIED, (f"computed with {copied[0]} as line {line} wrote it: right arithmetic on "
                                            f"the wrong value from line {line} (with the right ∂{loss}/∂{theta} the "
                                            "step goes the other way)")
            else:
                verdict, detail = WRONG, (f"this is {theta} + η ∂{loss}/∂{theta}: the step climbs the loss "
                                          "(gradient descent subtracts η times the gradient)")
            self.results[index] = dataclasses.replace(self.results[index], verdict=verdict, detail=detail)
            # as for any wrong step: its numbers, and what is worked out from them, are carried from here
            self.scope.wrong_in_paragraph = self.results[index].line
            self.wrong_in_chain, self.wrong_step_index = True, index
            self.scope.wrong_numbers = self.scope.wrong_numbers | numbers_in(written.expr)

    def _value_before(self, name, theta):
        """What θ was before the step, as text: θ itself, or for `v_1 \\gets …` with only a bold 𝐯 written out,
        𝐯's first entry (v_1 has no value of its own)."""
        from verify.tex.vector_gradients import entry_of_a_bold_vector
        if name in self.scope.bindings or (entry := entry_of_a_bold_vector(self.scope, name)) is None:
            return theta
        return f"({sp.latex(self.scope.matrices[entry[0]][entry[1]])})"

    def written_as_a_step(self, name, written) -> bool:
        """`v_2 = -0.6 - 0.5(-0.0898)` with η = 0.5: θ had a number before this line (its own, or as an entry of a
        bold vector written out), and η is in the new value, by name or by its number."""
        from verify.tex.vector_gradients import entry_of_a_bold_vector
        rate = self.scope.bindings.get("η")
        if isinstance(written, Exception) or rate is None or not isinstance(written.expr, sp.Expr) or \
                name not in self.scope.bindings and entry_of_a_bold_vector(self.scope, name) is None:
            return False
        if any(s.name == "η" for s in written.expr.free_symbols):
            return True
        value = exact(rate.definition) if isinstance(rate.definition, sp.Expr) else None
        return value is not None and value.is_Rational and \
            any(sp.Rational(text) == value for text in literals(written.expr))
