"""Readings a step may have besides the plain one, each giving `unverified` (naming both) when they differ, or a
claim where a definition was read (a mixin of the checking run, `check._Run`):

- a standard deviation after the variance was worked out (`sd(θ | D) = 0.0118` after `Var(θ | D) = … = 0.0118`);
- a step that holds in the forward-mode sweep before this one (a grader's note on the first pass);
- an update done again after a wrong one (`w ← (1 - ηλ)w` after a wrong `w ← w - ηλw`);
- the values before the latest updates, where the prose speaks of old values ("with the old γ and β").
And one that is the same step read as the issue says numbers are read: a name carried as a rounded decimal
at the exact value it rounds (`λ = 1/(3 × 0.5) = 0.6667`, then `nλ = σ^2/τ^2`).
"""
from __future__ import annotations

import contextlib
import dataclasses
import itertools

import sympy as sp

from verify.tex.bindings import Binding, Unresolved, exact, is_constant, plain_number
from verify.tex.results import CARRIED, OK, UNVERIFIED, WRONG
from verify.tex.steps import CANDIDATE, Outcome


class OtherReadings:
    def variance_worked_out(self, name, parsed):
        """`Var(θ | D) = \\frac{αβ}{…} = \\frac{99}{8400} = 0.0118` (the law itself not checked): its value, exact where
        the chain wrote it exactly, for a later `sd(θ | D) = …` (see spread_of_a_variance)."""
        try:
            values = [exact(self.scope.resolve(p.expr)) for p in parsed[1:]]
        except (Unresolved, TypeError, ValueError):
            return
        values = [v for v in values if isinstance(v, sp.Expr) and v.is_number]
        if values:
            self.scope.variances[name] = next((v for v in values if v.is_Rational), values[-1])
            self.scope.latest_variance = (name, self.chain_no)

    def spread_of_a_variance(self, name):
        """√Var(A) for `sd(A)` when this part worked out Var(A); for a name the file has not given a meaning,
        after prose that calls it a standard deviation ("so the posterior standard deviation is $σ_θ = 0.0139$"),
        when the chain just before worked out a variance; else None."""
        base = "Var(" + name[3:] if name.startswith("sd(") else None
        latest = self.scope.latest_variance
        if base is None and self.spread_named and self.region_start and latest is not None and \
                latest[1] == self.chain_no - 1 and not self.scope.has_meaning(name):
            base = latest[0]
        if base is None:
            return None
        b = self.scope.bindings.get(base)          # `Var(θ | D) = \frac{99}{8400} = 0.0118` given as numbers
        value = self.scope.variances.get(base, exact(b.definition) if b is not None else None)
        return sp.sqrt(value) if isinstance(value, sp.Expr) and value.is_number and value >= 0 else None

    def in_the_earlier_sweep(self, lhs, rhs, rel, outcome: Outcome) -> Outcome:
        """`\\dot v_1 v_2 + v_1 \\dot v_2 = 1 \\cdot 2 + 1 \\cdot 0` after "a second pass with seed (0, 1)": wrong in this
        sweep, right in the one before it (a grader's note on the first pass). Which is meant is not written:
        unverified, naming both."""
        earlier = self.scope.earlier_sweep
        if not (is_constant(lhs.expr) or is_constant(rhs.expr)):
            return outcome          # `\dot v_4 = v_2\dot v_2`: a rule, not a note on that sweep's numbers (a seed 0 hides it)
        try:
            names = set(self.scope.reached(lhs.expr, rhs.expr))
        except Unresolved:
            return outcome
        if not earlier or not names & set(earlier):
            return outcome
        with bound(self.scope, earlier):
            again = self.checked_within_limit(lhs, rhs, rel)
            if again.verdict != OK:
                again = self._check_again("use_true", lhs, rhs, rel) or again
        if again.verdict != OK:
            return outcome
        return Outcome(UNVERIFIED, f"two readings, different verdicts: in this forward-mode sweep: wrong "
                                   f"({outcome.detail}) | in the sweep before it: ok ({again.detail})")

    def redo_of_a_wrong_update(self, lhs, rhs, rel, outcome: Outcome) -> Outcome:
        """`w \\leftarrow (1 - \\eta\\lambda)w = (1 - 0.05) \\times 2` after a wrong `w \\leftarrow … = 1` in this part:
        wrong with w as that update left it, right with w before it (the update done again). Which is meant is
        not written: unverified, naming both."""
        try:
            redone = [b for b in self.scope.tainted(lhs.expr, rhs.expr) if b.name in self.scope.before_update]
        except Unresolved:
            return outcome
        if not redone:
            return outcome
        with bound(self.scope, {b.name: self.scope.before_update[b.name] for b in redone}):
            again = self.checked_within_limit(lhs, rhs, rel)
        if again.verdict != OK:
            return outcome
        b = redone[0]
        return Outcome(UNVERIFIED, f"two readings, different verdicts: with {b.name} = {b.shown} as updated on line "
                                   f"{b.line} (a wrong step): wrong ({outcome.detail}) | with {b.name} before that update "
                                   f"(the update done again): ok ({again.detail})")


    def with_the_old_values(self, lhs, rhs, rel, outcome: Outcome) -> Outcome:
        r"""`y = γ\frac{x - μ}{σ} + β = 2 × \frac{2.7}{1.0724} + 0.5` "at test time (with the old γ and β)" after
        γ ← …, β ← …: wrong with the updated values, right with those before the updates. The prose says which,
        in words the checker does not read further: unverified, naming both."""
        if not self.old_values_named:
            return outcome
        try:
            updated = [n for n in self.scope.reached(lhs.expr, rhs.expr) if n in self.scope.before_update]
        except Unresolved:
            return outcome
        # which names are meant is in the prose (γ and β, not the running statistics updated beside them):
        # each set of them is tried, up to four names
        for olds in (c for k in range(1, len(updated) + 1) for c in itertools.combinations(updated, k)
                     if len(updated) <= 4 or k == len(updated)):
            with bound(self.scope, {n: self.scope.before_update[n] for n in olds}):
                again = self.checked_within_limit(lhs, rhs, rel)
            if again.verdict == OK:
                return Outcome(UNVERIFIED, f"two readings, different verdicts: with {', '.join(olds)} as last "
                                           f"updated: wrong ({outcome.detail}) | with their values before those "
                                           f"updates (the prose speaks of old values): ok ({again.detail})")
        return outcome


    def with_the_data_count(self, lhs, rhs, rel, outcome: Outcome) -> Outcome:
        """`λ = \\frac{σ^2}{nτ^2} = \\frac{1}{3 × 0.5}` in a problem that gives the data `x = (1, 2, 3)`, with n = 10 (the
        trials of an earlier problem) still bound: wrong with that n, right with n the number of data points this
        problem gives. Which n is meant is not written again: unverified, naming both."""
        count = self.scope.bindings.get("n")
        if count is None or count.section >= self.scope.section or not is_constant(count.definition):
            return outcome
        size = self.data_size()
        try:
            if size is None or "n" not in self.scope.reached(lhs.expr, rhs.expr):
                return outcome
        except Unresolved:
            return outcome
        with bound(self.scope, {"n": dataclasses.replace(count, definition=sp.Integer(size), value=sp.Integer(size))}):
            again = self.checked_within_limit(lhs, rhs, rel)
        if again.verdict != OK:
            return outcome
        return Outcome(UNVERIFIED, f"two readings, different verdicts: with n = {count.shown} from an earlier problem "
                                   f"(line {count.line}): wrong ({outcome.detail}) | with n = {size}, the number of data "
                                   f"points this problem gives: ok ({again.detail})")

    def with_n_the_data_size(self, lhs, rhs, rel, outcome: Outcome) -> Outcome:
        """`\\mathrm{SE} = \\sqrt{\\hat p(1 - \\hat p)/n} = 0.1712` in a part that gives its data as one vector
        (`x = (1, 0, 1, 1, 0, 1, 1, 1)`) and never says what n is: n is the number of those data points, as the
        notation means. Decided with that n (the detail says so), or left as it was."""
        size = self.data_size(DATA_NAMES)
        if size is None or "n" in self.scope.bindings or "n" in self.scope.functions or \
                not any(getattr(s, "name", None) == "n" for p in (lhs, rhs) for s in p.expr.free_symbols):
            return outcome
        count = Binding("n", sp.Integer(size), sp.Integer(size), 0, str(size), self.scope.section)
        with bound(self.scope, {"n": count}):
            again = self.checked_within_limit(lhs, rhs, rel)
        if again.verdict not in (OK, WRONG):
            return outcome
        return dataclasses.replace(again, detail=f"{again.detail} (with n = {size}, the number of data points this "
                                                 "part gives)")

    def data_size(self, named=None) -> int | None:
        """The one length of the vectors this part gives (only those `named`, when given: the names of data, x, y, 𝐱,
        not the means or weights of a model), None when it gives none, or several lengths."""
        sizes = {len(m) for name, m in self.scope.matrices.items()
                 if self.scope.matrix_sections.get(name) == self.scope.section and 1 in m.shape and len(m) > 1 and
                 (named is None or name in named)}
        return sizes.pop() if len(sizes) == 1 else None

    def with_exact_values(self, lhs, rhs, rel, outcome: Outcome) -> Outcome:
        r"""`\frac{Σx_iy_i}{Σx_i^2 + nλ} = \frac{Σx_iy_i}{Σx_i^2 + σ^2/τ^2}` after `λ = 1/(3 × 0.5) = 0.6667`: wrong
        with λ at 0.6667, right with λ at the 2/3 that 0.6667 rounds. A number the file computed earlier stands
        for its exact value as well as for its written digits: ok when it holds so."""
        try:
            names = self.scope.reached(lhs.expr, rhs.expr)
        except Unresolved:
            return outcome
        rounded = [b for n in names if (b := self.scope.bindings.get(n)) is not None and
                   isinstance(b.value, sp.Dummy) and b.value.name in self.scope.exact_values]
        if not rounded:
            return outcome
        self.scope.exact_carried = True
        try:
            again = self.checked_within_limit(lhs, rhs, rel)
        finally:
            self.scope.exact_carried = False
        if again.verdict != OK:
            return outcome
        shown = ", ".join(f"{b.name} = {self.scope.exact_values[b.value.name]} (written {b.value.name}, line {b.line})"
                          for b in rounded)
        return dataclasses.replace(again, detail=f"{again.detail} (with the exact values of rounded results: {shown})")


    def with_written_nodes(self, lhs, rhs, rel, outcome: Outcome) -> Outcome:
        """`δ_2 = 1.3645` with δ_2 = ∂L/∂a_2 worked out in tanh(a_2) = 0.833655…: the writer put in h_2 = 0.8337, the
        value written for that node of the graph. A number the file computed earlier stands for its written digits
        as well as for its exact value (see with_exact_values): ok when the step holds with the nodes as written."""
        nodes = self.scope.nodes_as_written()
        if not nodes:
            return outcome
        try:        # a name carried from a wrong step is taken at what it should be (as in right_as_meant)
            tainted = [b for b in self.scope.tainted(lhs.expr, rhs.expr) if b.true_value is not None]
        except Unresolved:
            return outcome
        self.scope.written_nodes, self.scope.use_true = nodes, bool(tainted)
        try:
            again = self.checked_within_limit(lhs, rhs, rel)
        finally:
            self.scope.written_nodes, self.scope.use_true = None, False
        if again.verdict != OK:
            return outcome
        shown = ", ".join(f"{n} = {self.scope.bindings[n.name].shown}" for n in sorted(nodes.values(), key=str)
                          if n.name in self.scope.bindings)
        return dataclasses.replace(again, detail=f"{again.detail} (with the nodes at the values written for them: "
                                                 f"{shown})")

    def with_weight_columns(self, lhs, rhs, rel, outcome: Outcome) -> Outcome:
        r"""`z_j = \bm w_j^\top\bm x + b` with a square W written out: 𝐰_j^⊤ is row j of W (z = W𝐱 + 𝐛) or, as some
        write it (z = W^⊤𝐱 + 𝐛), column j. A step that rests on those entries is checked with each; when the two
        verdicts differ it is unverified, naming both (a wrong step is never confirmed by the convention it lacks)."""
        if not all(isinstance(getattr(side, "expr", None), sp.Basic) for side in (lhs, rhs)):
            return outcome      # (a side that could not be read)
        try:
            used = [n for n in self.scope.reached(lhs.expr, rhs.expr, deep=True) if n in self.scope.weights_read]
        except Unresolved:
            return outcome
        if not used:
            return outcome
        kept = dict(self.scope.bindings)      # (as it was: what the column reading binds is dropped after it)
        # values the checker worked out from those entries (ŷ = σ(𝐯^⊤𝐡 + c) once the data came) are worked out again;
        # a number the writer wrote stays as written
        worked = {n: b for n, b in kept.items() if b.value is not None and not plain_number(b.value) and
                  isinstance(b.definition, sp.Basic) and self._reaches_weights(b.definition)}
        _replace_all(self.scope.bindings, {n: dataclasses.replace(b, value=None) if n in worked else b
                                           for n, b in kept.items() if n not in self.scope.weights_read})
        self.scope.weight_columns = True
        try:
            again = self._one_step(lhs, rhs, rel)
        finally:
            self.scope.weight_columns = False
            _replace_all(self.scope.bindings, kept)
        decided = {OK, WRONG, CARRIED, CANDIDATE}
        failed = {WRONG, CARRIED, CANDIDATE}
        if again.verdict not in decided or outcome.verdict not in decided or \
                (again.verdict in failed) == (outcome.verdict in failed):
            return outcome
        return Outcome(UNVERIFIED, f"two readings, different verdicts: 𝐰_j^⊤ a row of the weight matrix: "
                                   f"{outcome.verdict} ({outcome.detail}) | a column of it: {again.verdict} "
                                   f"({again.detail})")

    def _reaches_weights(self, definition) -> bool:
        try:
            return any(n in self.scope.weights_read for n in self.scope.reached(definition, deep=True))
        except Unresolved:
            return True


DATA_NAMES = {"x", "y", "𝐱", "𝐲"}       # vectors of observations, as the notation names them


def _replace_all(bindings: dict, new: dict) -> None:
    """The scope's bindings made `new` in place (other objects may hold the dict)."""
    bindings.clear()
    bindings.update(new)


@contextlib.contextmanager
def bound(scope, bindings: dict):
    """The scope with these bindings in place for one check, then as it was (names it lacked are removed again)."""
    before = {n: scope.bindings.get(n) for n in bindings}
    scope.bindings.update(bindings)
    try:
        yield
    finally:
        for n, b in before.items():
            if b is None:
                scope.bindings.pop(n, None)
            else:
                scope.bindings[n] = b

