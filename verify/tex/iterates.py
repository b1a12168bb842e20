r"""An update rule stated in symbols, then its iterates worked out: `\bs \gets \rho\bs + (1 - \rho)\bg \odot \bg`,
later `\bs_2 = 0.9\bs_1 + 0.1\bg_2`. The iterate is a claim that it follows the rule: the rule with s at the step
before (s_1) and every name that has an iterate of this step at it (g_2) must give the same value. A mixin of the
checking run (`check._Run`).

Only a clear disagreement is `wrong` (more than 1 % apart in some entry: a term dropped, a square forgotten, a
sign); within rounding it is `ok`; in between, or when either side has no value, it stays `given`. A wrong iterate
then carries what the rule gives, so later steps with the written value are `carried`.
"""
from __future__ import annotations

import dataclasses
import re

import sympy as sp

from verify.tex.bindings import Unresolved, exact
from verify.tex.build import ParseError
from verify.tex.other_readings import bound
from verify.tex.parse import parse
from verify.tex.results import GIVEN, OK, WRONG

ITERATE = re.compile(r"^(?P<base>.+)_(?P<k>\d+)$")
CLEARLY_APART = sp.Rational(1, 100)      # relative: a slip, not a rounding
WITHIN_ROUNDING = sp.Rational(1, 10 ** 6)


class UpdateRules:
    def rule_stated(self, name: str, rule, seg):
        """`s ← ρs + (1 - ρ)g ⊙ g`: kept (with its tokens, read again at each step) for the iterates s_1, s_2, …"""
        if isinstance(rule, sp.Basic) and not isinstance(rule, sp.MatrixBase) and \
                any(getattr(s, "name", None) == name for s in rule.free_symbols):
            self.scope.update_rules.pop(name, None)      # (stated again: now the last of the rules, in order)
            self.scope.update_rules[name] = (rule, seg.toks, self.results[-1].line if self.results else 0)

    def follows_the_rule(self, name: str, written, index: int):
        """`s_2 = 0.9s_1 + 0.1g_2` after the rule for s: ok when it is the rule at step 2, wrong when clearly not."""
        m = ITERATE.match(name)
        found = self.scope.update_rules.get(m["base"]) if m else None
        if found is None or self.results[index].verdict != GIVEN:     # (a rule holds across headings, till restated)
            return
        rule, toks, line = found
        k = int(m["k"])
        before = f"{m['base']}_{k - 1}"
        # another name with its own rule stated after this one (w in v ← βv + f'(w), w ← w - ηv) is updated after
        # it: at the step before; one updated first, or with no rule (the gradient g_2), at this step
        order = list(self.scope.update_rules)
        at_step = {m["base"]: before}
        for n in (getattr(s, "name", "") for s in rule.free_symbols):
            later = n in order and order.index(n) > order.index(m["base"])
            it = f"{n}_{k - 1 if later else k}"
            if n != m["base"] and (it in self.scope.bindings or it in self.scope.matrices):
                at_step[n] = it
        if before not in self.scope.bindings and before not in self.scope.matrices:
            return
        # heavy-ball `w ← w - ηv` after `v ← βv + ∇f(w)`: w_2 needs v_2; written before v_2 is (the old v_1 used?),
        # it is checked once v_2 is given (pending_rules)
        known = (*self.scope.bindings, *self.scope.matrices)
        missing = [f"{n}_{k}" for n in (getattr(s, "name", "") for s in rule.free_symbols)
                   if n != m["base"] and not (n in order and order.index(n) > order.index(m["base"])) and
                   f"{n}_{k}" not in known and f"{n}_{k - 1}" in known]
        if missing:
            self.scope.pending_rules.setdefault(missing[0], []).append((name, written, index))
            return
        # the rule read again with s, g standing for s_1, g_2 (a vector put in as the parser puts in any vector)
        context = self.scope.context()
        context = dataclasses.replace(context, matrices={**context.matrices, **{
            n: self.scope.matrices[it] for n, it in at_step.items() if it in self.scope.matrices}})
        scalars = {n: self.scope.bindings[it] for n, it in at_step.items() if it in self.scope.bindings}
        try:
            with bound(self.scope, scalars):
                expected = exact(self.scope.resolve(parse(toks, context).expr))
            got = exact(self.scope.resolve(written))
        except (ParseError, Unresolved, TypeError, ValueError, ZeroDivisionError):
            return
        apart = _apart(expected, got)
        if apart is None:
            return
        r = self.results[index]
        doubtful = any(it in self.scope.matrix_rests or (b := self.scope.bindings.get(it)) is not None and
                       (b.wrong_line or b.true_value is not None or b.unchecked_line) for it in at_step.values())
        if apart <= WITHIN_ROUNDING and not doubtful:       # (with v_3 from a wrong step it may be carried: left given)
            self.results[index] = dataclasses.replace(r, verdict=OK, detail=f"{r.detail}: the rule on line {line} at "
                                                                             f"step {k}")
        elif apart > CLEARLY_APART:
            used = ", ".join(f"{n} = {it}" for n, it in at_step.items())
            self.results[index] = dataclasses.replace(r, verdict=WRONG, detail=(
                f"{r.detail}: not the rule on line {line} at step {k} ({used}), which gives {_shown(expected)}"))
            if isinstance(expected, sp.MatrixBase):
                self.scope.matrix_rests[name] = (r.line, True)
                self.scope.matrix_true[name] = expected
            elif name in self.scope.bindings:
                self.taint(name, expected, r.line)


def checked_when_given(run, name: str):
    """After `name` (v_2) got its value: the iterates that waited for it (w_2) checked against their rule now."""
    for waiting, written, index in run.scope.pending_rules.pop(name, []):
        try:
            if run.results[index].line and waiting in (*run.scope.bindings, *run.scope.matrices):
                run.follows_the_rule(waiting, written, index)
        except (KeyError, IndexError):
            pass        # (its result went to an earlier batch)


def _apart(a, b):
    """The largest relative gap between two numbers or two vectors of numbers of one shape (None: not both)."""
    if isinstance(a, sp.MatrixBase) != isinstance(b, sp.MatrixBase):
        return None
    pairs = list(zip(a, b)) if isinstance(a, sp.MatrixBase) else [(a, b)]
    if isinstance(a, sp.MatrixBase) and a.shape != b.shape:
        return None
    worst = sp.Integer(0)
    for x, y in pairs:
        if not (isinstance(x, sp.Expr) and isinstance(y, sp.Expr) and x.is_number and y.is_number):
            return None
        x, y = sp.N(x, 30), sp.N(y, 30)
        if not (x.is_real and y.is_real):
            return None
        worst = max(worst, abs(x - y) / max(abs(x), abs(y), sp.Float(1e-12)))
    return worst


def _shown(value) -> str:
    if isinstance(value, sp.MatrixBase):
        return "(" + ", ".join(f"{float(v):.4g}" for v in value) + ")"
    return f"{float(value):.4g}"
