r"""A gradient-descent update written out, `b_2 \leftarrow 0.3 - 0.1 \cdot 1.1`: checked against the file's own loss.

With a learning rate η and a loss L (or J) the file defined, the step is compared with θ - η ∂L/∂θ (the
derivative taken from the definitions, at the point of the forward pass). Equal -> ok (one gradient step).
Equal to θ + η ∂L/∂θ instead -> wrong: the step climbs the loss (the commonest slip in worked updates). Anything
else (momentum, Adam, weight decay, a derivative the definitions do not settle) stays `given`: the arrow assigns.
"""
from __future__ import annotations

import dataclasses

from verify.tex.bindings import is_constant
from verify.tex.chain_forms import numbers_in
from verify.tex.chains import Segment
from verify.tex.results import GIVEN, OK, WRONG
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
        verdicts = {}
        for sign in ("-", "+"):
            text = f"{theta} {sign} \\eta \\frac{{\\partial {loss}}}{{\\partial {theta}}}"
            try:
                toks = tokenize(text, target_seg.start)
            except LatexError:
                return
            step = self.parse(Segment(toks, target_seg.start, target_seg.end, text))
            if isinstance(step, Exception):
                return
            verdicts[sign] = self.step(written, step, "=")
        if verdicts["-"].verdict == OK:
            self.results[index] = dataclasses.replace(
                self.results[index], verdict=OK,
                detail=f"one gradient step: {theta} - η ∂{loss}/∂{theta} ({verdicts['-'].detail})")
        elif verdicts["+"].verdict == OK:
            self.results[index] = dataclasses.replace(
                self.results[index], verdict=WRONG,
                detail=f"this is {theta} + η ∂{loss}/∂{theta}: the step climbs the loss (gradient descent "
                       "subtracts η times the gradient)")
            # as for any wrong step: its numbers, and what is worked out from them, are carried from here
            self.scope.wrong_in_paragraph = self.results[index].line
            self.wrong_in_chain, self.wrong_step_index = True, index
            self.scope.wrong_numbers = self.scope.wrong_numbers | numbers_in(written.expr)
