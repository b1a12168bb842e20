r"""A gradient-descent update written out, `b_2 \leftarrow 0.3 - 0.1 \cdot 1.1`: checked against the file's own loss.

With a learning rate η and a loss L (or J) the file defined, the step is compared with θ - η ∂L/∂θ (the
derivative taken from the definitions, at the point of the forward pass). Equal -> ok (one gradient step).
Equal to θ + η ∂L/∂θ instead -> wrong: the step climbs the loss (the commonest slip in worked updates). Anything
else (momentum, Adam, weight decay, a derivative the definitions do not settle) stays `given`: the arrow assigns,
except a step written θ - η g in numbers whose g is not ∂L/∂θ: `carried` when a wrong step gave that g, `wrong`
when no step of the file did (a number of the writer's own), undecided when a step the checker could not settle did.
The loss is L or J, or ℓ when it is written as one (a negative log-likelihood or a sum of squares, not a
log-likelihood, which is ascended).
"""
from __future__ import annotations

import dataclasses

import sympy as sp

from verify.tex.bindings import Unresolved, exact, is_constant, literals
from verify.tex.build import literal_value
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
        loss = next((n for n in (*LOSSES, "ℓ") if n != name and n in self.scope.bindings and
                     (self.scope.has_meaning(n) or not is_constant(self.scope.bindings[n].definition)) and
                     (n in LOSSES or a_loss(self.scope.bindings[n].definition))), None)
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
            self._taint_from(index, written)
        elif verdicts["-"].verdict == WRONG == verdicts["+"].verdict and \
                (judged := self._wrong_gradient(name, theta, before, loss, written, target_seg)) is not None:
            self.results[index] = dataclasses.replace(self.results[index], verdict=judged[0], detail=judged[1])
            self._taint_from(index, written)

    def _taint_from(self, index, written):
        """As for any wrong step: its numbers, and what is worked out from them, are carried from here."""
        self.scope.wrong_in_paragraph = self.results[index].line
        self.wrong_in_chain, self.wrong_step_index = True, index
        self.scope.wrong_numbers = self.scope.wrong_numbers | numbers_in(written.expr)

    def _wrong_gradient(self, name, theta, before, loss, written, seg):
        """`b ← 0.1 - 0.1(-0.3782)` written as θ - η g, with θ's number before the step and η's number, where g is
        neither ∂L/∂θ nor its negative: the step is right only with that g. Wrong when g is a number of the
        writer's own (no step of the file gave it); carried when a wrong step gave it; else not decided (None)."""
        try:
            toks = tokenize(before, seg.start)
        except LatexError:
            return None
        start = self.parse(Segment(toks, seg.start, seg.end, before))
        rate = self.scope.bindings["η"]
        try:
            start_value = exact(self.scope.resolve(start.expr)) if not isinstance(start, Exception) else None
            rate_value = exact(rate.definition) if isinstance(rate.definition, sp.Expr) else None
        except (Unresolved, TypeError, ValueError):
            return None
        if start_value is None or rate_value is None or not start_value.is_Rational or not rate_value.is_Rational:
            return None
        found = _written_as_a_step(written.expr, start_value, rate_value)
        if found is None:
            return None
        decimal = found[0]
        text = getattr(decimal, "name", None) or str(decimal)
        origins = {**self.scope.entry_origins, **self.scope.literal_origins}
        origin = origins.get(text)
        if origin is not None and origin.wrong_line:
            line = origin.wrong_line
            return CARRIED, (f"θ - ηg with g = {text} as line {line} wrote it: right arithmetic on the wrong "
                             f"value from line {line} (∂{loss}/∂{theta} is not {text})")
        if origin is not None or _written_before(self.scope, text):
            return None     # a number the file worked out for something: which, and whether rightly, is not settled
        return WRONG, (f"a gradient step {theta} - η g with g = {found[1]}{text}, a number no step of the file "
                       f"gave; ∂{loss}/∂{theta} is not that")

    def a_number_of_its_own(self, written) -> bool:
        """Does an update's new value use a decimal no step of the file gave (not η's number, not a value given or
        worked out before): the gradient or moment worked out off the page?"""
        if isinstance(written, Exception) or not isinstance(written.expr, sp.Basic) or \
                is_constant(written.expr) and len(written.expr.atoms(sp.Dummy)) <= 1:
            return False        # (`η := 0.02`: a value set, not worked out)
        rate = self.scope.bindings.get("η")
        if rate is None or not isinstance(rate.definition, sp.Expr) or not is_constant(rate.definition):
            return False        # (`w = w - 0.1g`: the rate is a number of the step's own, and no gradient is)
        rate_value = exact(rate.definition)
        return any(not _written_before(self.scope, d.name) and literal_value(d) != rate_value
                   for d in written.expr.atoms(sp.Dummy) if literal_value(d) is not None)

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


def _written_as_a_step(expr, start, rate):
    """(g's decimal, its sign as text) when expr is `start - rate × g` as written: two terms, one of them θ's
    number before the step, the other η's number times one decimal; else None."""
    terms = sp.Add.make_args(expr)
    if len(terms) != 2:
        return None
    for first, second in (terms, terms[::-1]):
        if not is_constant(first) or exact(first) != start:
            continue
        sign, rest, rate_seen = 1, [], False
        for factor in sp.Mul.make_args(second):
            if factor == -1:
                sign = -sign
            elif not rate_seen and (getattr(factor, "name", None) == "η" or literal_value(factor) == rate):
                rate_seen = True
            else:
                rest.append(factor)
        if rate_seen and len(rest) == 1 and (literal_value(rest[0]) is not None or isinstance(rest[0], sp.Number)):
            return rest[0], "" if sign < 0 else "-"
    return None


def _written_before(scope, text: str) -> bool:
    """Has the file written this decimal before, as a result or as a value given?"""
    if text in scope.rounded or text in scope.exact_values:
        return True
    return any(isinstance(e, sp.Basic) and any(d.name == text for d in e.atoms(sp.Dummy))
               for b in scope.bindings.values() for e in (b.definition, b.value))


def a_loss(definition) -> bool:
    r"""Is ℓ's definition written as a loss, to be descended: every term with a logarithm subtracted (a negative
    log-likelihood, `-y\log p - (1 - y)\log(1 - p)`), every squared term added (`(\hat y - y)^2`), and at least one
    of them? A log-likelihood (`y\log p + …`, ascended) is not."""
    if not isinstance(definition, sp.Expr) or isinstance(definition, sp.MatrixBase):
        return False
    seen = False
    for term in sp.Add.make_args(definition):
        inner = term.function if isinstance(term, sp.Sum) else term
        negative = term.could_extract_minus_sign()
        if inner.has(sp.log):
            seen = True
            if not negative:
                return False
        elif any(p.exp.is_even for p in inner.atoms(sp.Pow) if p.exp.is_Integer):
            seen = True
            if negative:
                return False
    return seen
