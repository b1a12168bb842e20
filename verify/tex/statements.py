"""Statements that are not a chain of claims: a function defined (`f(x) = \\tanh x = …`, the steps after the
definition checked as identities), a name bound by convention (`\\dot v_3`, `\\bar z`), and the relations a chain
does not check (`\\propto`, `\\sim`, `\\in`, …), each reported; the probabilities the file gave, for Bayes' rule.

A mixin of the checking run (`check._Run`).
"""
from __future__ import annotations

import dataclasses
import re
import unicodedata

import sympy as sp
from sympy.core.function import AppliedUndef

from verify.tex import conventions, directives
from verify.tex.bindings import Scope, exact, is_constant
from verify.tex.named_laws import law_of, law_of_the_mean
from verify.tex.relations import STATEMENT_RELATIONS, UNCHECKED_RELATIONS
from verify.tex.results import GIVEN, UNVERIFIED
from verify.tex.scripts import sum_bounds
from verify.tex.tokens import LatexError, tokenize


class Statements:
    def new_arity(self, head) -> bool:
        """`f(w) = (w - 2)^2` after `f(w_1, w_2) = …` (or after `f(\\mathbf w)` in an earlier part): another
        function of that name (a new problem), not a claim about the first."""
        earlier = self.scope.functions.get(head[0])
        if earlier is None:
            return False
        bold = [tuple(unicodedata.name(str(p)[0], "").startswith("MATHEMATICAL BOLD") for p in ps)
                for ps in (earlier[0], head[1])]
        return len(earlier[0]) != len(head[1]) or bold[0] != bold[1] or \
            tuple(earlier[0]) != tuple(head[1]) and self.scope.functions_section.get(head[0], 0) < self.scope.section

    def unchecked_relations(self, segs, rels):
        r"""A chain from its first unchecked relation (`\propto`, `\sim`, `\in`, `\to`, …) on: those are
        reported as not checked (a bare unbound name `\in`/`\sim`/`\to` something is a statement, given), and
        every other step, e.g. the `=` rows after a `\propto` row, is checked as a claim."""
        self.chain_sum_bounds = sum_bounds([t for seg in segs for t in seg.toks])
        parsed, parse_seconds = self.parse_all(segs)
        self.unread_head = None
        for i, rel in enumerate(rels):
            if rel not in UNCHECKED_RELATIONS:
                self.check_and_record(segs, rels, parsed, parse_seconds, i)
                continue
            name = self.unbound_name(parsed[i])
            if rel == "sim" and not isinstance(parsed[i], Exception):      # X_i ~ N(μ, σ²): X's law is given
                self.scope.distributed |= {n for s in parsed[i].expr.free_symbols for n in (s.name, s.name.split("_")[0])}
                law = law_of(parsed[i + 1].expr, self.scope.section, segs[i + 1].text) \
                    if i + 1 < len(parsed) and not isinstance(parsed[i + 1], Exception) else None
                if law is not None and isinstance(parsed[i].expr, sp.Symbol):
                    self.scope.laws[parsed[i].expr.name] = law
                    mean_law = law_of_the_mean(parsed[i].expr.name, segs[i].text, law)
                    if mean_law is not None:        # X_1, …, X_n ∼ 𝒩(μ, σ²): \bar X ∼ 𝒩(μ, σ²/n)
                        self.scope.laws[mean_law[0]] = mean_law[1]
                elif isinstance(parsed[i].expr, sp.Symbol):
                    # `X \sim \mathcal U(0, 2)` after `X \sim Bernoulli(0.3)`: a new law, not read -- the old one is gone
                    self.scope.laws.pop(parsed[i].expr.name, None)
            if rel in STATEMENT_RELATIONS and i == 0 and name:
                self.add(segs[i], segs[i + 1], rel, GIVEN, f"a statement about {name} (\\{rel}), not a claim; "
                         "not used as an assumption")
            else:
                self.add(segs[i], segs[i + 1], rel, UNVERIFIED, f"\\{rel} is not checked")
        self.equation = None

    def tangent_convention(self, name, written) -> bool:
        """`\\dot v_i = \\partial v_i/\\partial x_1`: what the dot means in a forward sweep, said in words (the
        conventions read it so already); not a rule to instantiate: as one, each v̇_k was ∂v_k/∂x_1 with x_1
        given a number, and no tangent of the trace could be evaluated."""
        if isinstance(written, Exception) or not isinstance(written.expr, sp.Basic):
            return False
        of = conventions.primal(name)
        if of is not None and not isinstance(written.expr, sp.Derivative) and written.expr.has(sp.Sum):
            # `\dot v_i = \sum_j \frac{\partial v_i}{\partial v_j}\dot v_j`: the chain rule a sweep applies, said in
            # general; each v̇_k is read by it already (conventions.meaning), and as a rule to instantiate no seed or
            # tangent of the trace could be given a value
            return any(isinstance(d.expr, sp.Symbol) and d.expr.name == of and len(d.variables) == 1
                       for d in written.expr.atoms(sp.Derivative))
        if not isinstance(written.expr, sp.Derivative):
            return False
        return of is not None and isinstance(written.expr.expr, sp.Symbol) and written.expr.expr.name == of and \
            len(written.expr.variables) == 1 and isinstance(written.expr.variables[0], sp.Symbol)

    def by_convention(self, name, seg, written):
        """`\\dot v_3` after `v_3 = v_1 x_2` (and the tangents of v_1, x_2), `\\bar z` with L defined: bound
        to what the notation means (the chain rule, ∂L/∂z), so the line is a claim about it (see conventions)."""
        meant = conventions.meaning(name, self.scope)
        rhs = None if isinstance(written, Exception) else written.expr
        if meant is None:
            meant = conventions.adjoint(name, self.scope, rhs) or conventions.delta(name, self.scope, rhs) or \
                conventions.derivative(name, self.scope, rhs)
        if meant is None and (corrected := conventions.bias_corrected(name, self.scope)) is not None:
            meant, shown = corrected, f"{str(corrected).replace('**', '^')} (Adam's bias correction)"
        elif meant is not None:
            shown = f"∂{meant.expr}/∂{meant.variables[0]}" if isinstance(meant, sp.Derivative) else f"{meant} (the chain rule)"
        if meant is not None:
            self.scope.bind(name, meant, None, self.where(seg.start)[0], shown)
            self.scope.meant_names.add(name)

    def define_function(self, head, segs, rels):
        name, params = head
        self.add(segs[0], segs[1], rels[0], GIVEN, f"definition of the function {name}")
        body = directives.function_body(name, params, segs[1].toks, self.scope)
        if (vector := directives.as_a_vector(name, params, body, segs[1].toks, self.scope)) is not None:
            params, body = vector       # f(x) = \|Ax - b\|^2: x a vector, as A and the norm make it
        if isinstance(body, Exception):
            self.results[-1] = dataclasses.replace(self.results[-1], verdict=UNVERIFIED, detail=str(body))
            body = None         # the steps after it are still checked, on their own
            self.scope.unread_functions[name] = self.results[-1].line     # (but not as if f were any function)
        else:
            self.scope.unread_functions.pop(name, None)
        if isinstance(body, sp.Basic) and body.has(sp.Piecewise):
            # `F(x) = \begin{cases} … \end{cases}`, a distribution function worked out from a density: a function
            # by cases written here is often a result (maybe wrong), not data; its values are not taken as checked
            self.results[-1] = dataclasses.replace(
                self.results[-1], verdict=UNVERIFIED, detail=f"{name} defined by cases: a function worked out by "
                "cases is not checked here, and later steps are not checked with it")
            body = None
            self.scope.unread_functions[name] = self.results[-1].line
        # `H(Y) = -0.4\log_2 0.4 - …`, `\IG(\text{contract}) = …`: a value for that argument (an entropy, a gain),
        # not a function of it -- as a function it made `H(4/6)` that same number
        value_only = body is None or bool(params) and isinstance(body, sp.Basic) and is_constant(body)
        if value_only and body is not None:
            self.results[-1] = dataclasses.replace(
                self.results[-1], detail=f"the value of {name} at {', '.join(p.name for p in params)} (a number, "
                                         "not a function of it)")
        if not value_only:
            self.earlier_vectors_of(params)
            self.scope.functions[name] = (params, body)
            self.scope.function_sources[name] = segs[1].toks      # read again in entries: ∂c/∂u_1 (bindings)
            self.scope.functions_section[name] = self.scope.section
            if name in self.scope.open_functions and isinstance(body, sp.Basic):
                self.scope.settle_open_function(name, params, body)
        # f(x) = tanh x = (e^x - e^{-x})/(e^x + e^{-x}): the steps after the definition are identities (and after a
        # definition that could not be read, steps of their own).
        parsed = [self.parse(seg) for seg in segs[1:]]
        for i in range(1, len(rels)):
            self.record(segs[i], segs[i + 1], rels[i], self.step(parsed[i - 1], parsed[i], rels[i]), single=False)


    def function_named(self, name, seg) -> bool:
        r"""`g = \tanh` for a g the file applied and left open (`h_j = g(a_j)`): g is tanh from here, in the
        definitions that applied it too. True when the line was read so."""
        text = seg.text.strip()
        if name not in self.scope.open_functions or name in self.scope.functions or \
                not re.fullmatch(r"\\(?:operatorname\{\w+\}|mathrm\{\w+\}|\w+)", text):   # \tanh, \operatorname{ReLU}
            return False
        try:
            toks = tokenize(f"{text}(\\xi)", seg.start)
        except LatexError:
            return False
        body = directives.function_body(name, (), toks, self.scope)
        if not isinstance(body, sp.Expr) or {getattr(s, "name", "") for s in body.free_symbols} != {"ξ"} or \
                body.atoms(AppliedUndef):
            return False        # (an open function named by another open one, or not a function at all)
        variable = next(iter(body.free_symbols))
        self.scope.functions[name] = ((variable,), body)
        self.scope.function_sources[name] = toks
        self.scope.functions_section[name] = self.scope.section
        self.scope.settle_open_function(name, (variable,), body)
        return True

    def earlier_vectors_of(self, params) -> None:
        """`f(x_1, x_2) = …` in a new part after `x = (1, 3, 3, 5)` in an earlier one: x_1 and x_2 are f's arguments
        here, not the earlier data's entries (which made `x_1x_2 = 6` at (2, 3) wrong with x_1 = 1, x_2 = 3). The
        vector is set aside, with the entries bound from it."""
        for p in params:
            base, _, index = p.name.partition("_")
            vector = self.scope.matrices.get(base)
            if not index.isdigit() or not isinstance(vector, sp.MatrixBase) or \
                    self.scope.matrix_sections.get(base, self.scope.section) >= self.scope.section:
                continue
            del self.scope.matrices[base]
            for entry in [n for n, b in self.scope.bindings.items() if n.partition("_")[0] == base and
                          n.partition("_")[2].isdigit() and b.shown.endswith(f"(an entry of {base})")]:
                del self.scope.bindings[entry]


class GivenProbabilities:
    """The probabilities the file gave (exact, as they should be; none resting on an unchecked step)."""

    def __init__(self, scope: Scope):
        self.scope = scope
        self.names = [n for n in scope.bindings if n.startswith("P(")]

    def __call__(self, name):
        b = self.scope.bindings.get(name)
        if b is None or b.unchecked_line:
            return None
        value = b.true_value if b.true_value is not None else b.value
        value = exact(value) if value is not None else None          # decimals as written, exactly
        return value if value is not None and getattr(value, "is_number", False) else None
