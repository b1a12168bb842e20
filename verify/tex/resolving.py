"""What an expression means in the file so far (the half of Scope that reads, not binds): definitions expanded,
derivatives taken of them, names put at their values (`resolve`)."""
from __future__ import annotations

import contextlib
import re

import sympy as sp
from sympy.core.function import AppliedUndef

from verify.tex import templates
from verify.tex.build import HADAMARD, TRANSPOSE, commutative, undefined_at_kinks
from verify.tex.events import complement
from verify.tex.defined_gradients import in_a_matrix, in_defined_names, through_a_family

MAX_EXPANSION = 12      # nested definitions followed before giving up
OPEN_FACTOR = "K["      # K[p(θ;y)]: the factor a `p(θ | y) ∝ …` leaves open (a positive constant)


class Unresolved(Exception):
    pass


def _random_arguments(expr) -> set:
    """Names of random variables (capital Latin letters) inside 𝔼, Var or Cov."""
    from verify.tex.operators import STATISTICAL, OPERATOR_NAMES, is_random
    if not isinstance(expr, sp.Basic):
        return set()
    return {s.name for op in expr.atoms(AppliedUndef) if OPERATOR_NAMES.get(op.func.__name__) in STATISTICAL
            for s in op.free_symbols if is_random(s)}


def _a_number_given(definition) -> bool:
    from verify.tex.bindings import plain_number
    return isinstance(definition, sp.Basic) and plain_number(definition)


class Resolving:
    """Mixed into bindings.Scope: these read its bindings, functions, open_functions and reading flags."""

    # ---- meaning of an expression
    def forget_values_from(self, name: str, unchecked: bool = False):
        """`name` has another value now (a redo, another forward pass): the values written for what is defined
        from it (L = 0.1045 from ŷ) were for the old one; those names go back to their definitions."""
        todo, seen = [name], {name}
        while todo:
            changed = todo.pop()
            for b in self.bindings.values():
                if b.name not in seen and isinstance(b.definition, sp.Basic) and \
                        any(getattr(s, "name", None) == changed for s in b.definition.free_symbols):
                    seen.add(b.name)
                    todo.append(b.name)
                    if b.value is not None and not is_constant(b.definition):
                        b.value, b.true_value, b.wrong_line = None, None, 0
                        if unchecked:
                            b.unchecked_line = 0

    def expand_definitions(self, expr, keep=frozenset()):
        """Replace symbols by their symbolic definitions (not by rounded values)."""
        for _ in range(MAX_EXPANSION):
            self.from_templates([s.name for s in _symbols(expr)])
            subs = {s: self.bindings[s.name].definition for s in _symbols(expr)
                    if s.name in self.bindings and s.name not in keep}
            if not subs:
                return expr
            expr = _substitute(expr, subs)
        raise Unresolved("definitions nest too deeply (or refer to themselves)")

    def resolve(self, expr):
        if isinstance(expr, sp.MatrixBase):
            return expr.applyfunc(self.resolve)
        expr = self._open_slopes(expr)
        if isinstance(expr, sp.Basic) and expr.has(sp.Limit):
            expr = self._limits_in_their_variable(expr)
        for _ in range(MAX_EXPANSION):
            if self.written_nodes:      # (other_readings.with_written_nodes)
                expr = expr.xreplace(self.written_nodes)
            # (also a derivative a name stands for, `δ_1` of `δ_i = ∂L/∂a_i`: taken before values go into it)
            # (in a fixed order: the first that cannot be taken is the one a message names)
            derivs = {d: self._derivative(d) for d in sorted(expr.atoms(sp.Derivative), key=sp.default_sort_key)
                      if not self._of_open(d)}
            if derivs:
                expr = expr.xreplace(derivs)
            expr = in_defined_names(self, expr)
            subs = {}
            self.from_templates([s.name for s in _symbols(expr)])
            drawn = self.drawn(expr)
            for s in _symbols(expr):
                if s.name in drawn:
                    continue        # 𝔼[2X] after `for X = 13` (a value it took once): X is the random variable here
                b = self.bindings.get(s.name)
                if self.undo_updates and s.name in self.updated and \
                        (self.updated[s.name][1] < self.section or self.same_part_updates):
                    b = self.updated[s.name][0]
                if b is not None and self.keep_given:
                    if not is_constant(b.definition):
                        subs[s] = b.definition
                elif b is not None and self.hide_unchecked and b.unchecked_line:
                    if meaningful(b):      # checked by what it means, not by the value it was given
                        subs[s] = b.definition
                elif b is not None:
                    value = b.true_value if self.use_true and b.true_value is not None else b.value
                    if self.exact_carried and isinstance(value, sp.Dummy) and value.name in self.exact_values:
                        value = self.exact_values[value.name]       # λ = 0.6667 (line 49) as the 2/3 it rounds
                    subs[s] = value if value is not None else b.definition
                elif (other := next((n for n in complement(s.name) if n in self.bindings), None)) is not None:
                    subs[s] = 1 - sp.Symbol(other, real=True)     # P(¬D) = 1 - P(D)
                elif s.name.startswith(("KL(", "KL[")) and (kl := self.divergence(s.name)) is not None:
                    subs[s] = kl                                  # KL(p ‖ q) of two named laws
            if not subs:
                return expr
            expr = self._open_slopes(_substitute(expr, subs))
        raise Unresolved("definitions nest too deeply (or refer to themselves)")

    def _limits_in_their_variable(self, expr):
        """`\\lim_{T \\to 0^+} p_3` with p_3 = 0.8438 worked out at T = 1: a name in a limit moves with its variable, so
        it is read by its definition when that mentions the variable; a name given a value at one point of the variable
        (the variable itself has a value, or the name is written with it, p^{(T)}_1) and defined otherwise is not known
        as the variable moves (Unresolved), never the constant its value is."""
        for lim in expr.atoms(sp.Limit):
            variable, found = lim.args[1], {}
            for s in _symbols(lim.args[0]) - {variable}:
                b = self.bindings.get(s.name)
                if b is None or b.value is None and not is_constant(b.definition):
                    continue
                meaning = self.expand_definitions(s, keep=frozenset({variable.name}))
                mentioned = [t for t in _symbols(meaning) if t.name == variable.name]
                if mentioned:
                    found[s] = meaning.xreplace({t: variable for t in mentioned})
                elif _written_with(s.name, variable.name) or \
                        variable.name in self.bindings and not _looks_constant(s.name):
                    # (a parameter, K = 3 or a = 2, is fixed as the variable moves; p_3 worked out at T = 1 is not)
                    raise Unresolved(f"the limit as {variable.name} moves of {s.name}, a value worked out at one "
                                     f"{variable.name}: how {s.name} moves with {variable.name} is not known from its "
                                     "definition")
            if found:
                expr = expr.xreplace({lim: lim.xreplace(found)})
        return expr

    def _open_slopes(self, expr):
        """∂ℓ/∂ŷ with ℓ a function the file leaves open and applies once to ŷ (`L = ℓ(ŷ, y)`): the slope of
        that application in ŷ, which becomes ℓ's slope in its first argument when ŷ is put in."""
        if not self.open_functions or not isinstance(expr, sp.Basic):
            return expr
        found = {}
        for d in expr.atoms(sp.Derivative):
            if not (isinstance(d.expr, sp.Symbol) and d.expr.name in self.open_functions and len(d.variable_count) == 1):
                continue
            v = d.variable_count[0][0]
            apps = {a for b in self.bindings.values() if isinstance(b.definition, sp.Basic)
                    for a in b.definition.atoms(AppliedUndef) if a.func.__name__ == d.expr.name and v in a.args}
            if len(apps) == 1:
                found[d] = sp.Derivative(apps.pop(), *d.variable_count)
        return expr.xreplace(found) if found else expr

    def _of_open(self, d: sp.Derivative) -> bool:
        """ℓ's slope at an application the file wrote (∂ℓ(ŷ, y)/∂ŷ, ℓ open): nothing to work out."""
        return isinstance(d.expr, AppliedUndef) and d.expr.func.__name__ in self.open_functions and \
            all(v in d.expr.args for v, _ in d.variable_count)

    def _derivative(self, d: sp.Derivative):
        from verify.tex.graph_inputs import stand_ins as _graph_stand_ins     # (that module builds on this one)
        variables = {v for v, _ in d.variable_count}
        written = self.expand_definitions(d.expr, keep=frozenset(v.name for v in variables))
        if (matrix := in_a_matrix(d, written)) is not None:
            return matrix
        inner = commutative(written)
        from verify.tex.sums import SEQ
        from verify.tex.sequence_slopes import through_sequences
        if inner.has(SEQ) and (through := through_sequences(d, inner, self)) is not None:
            return through      # z_i with Σ_k e^{z_k} in p_i: z_i is one of the sum's terms (never held apart from it)
        stand_ins = _graph_stand_ins(inner, variables)       # (first: a variable inside one is not "not depending")
        if inner != d.expr and not (inner.free_symbols & variables):
            if (through := self._through_a_named_node(d, variables)) is not None:
                return through
            if (through := self._through_vectors(d)) is not None:
                return through
            if (through := self._before_the_update(d, inner)) is not None:
                return through
            if (through := through_a_family(self, d)) is not None:
                return through
            names = ", ".join(b.name for b in self.used(d.expr))
            raise Unresolved(f"as defined, {names} does not depend on {', '.join(v.name for v in variables)}: "
                             "its derivative is not known from the definitions")
        if isinstance(inner, sp.Symbol) and inner not in variables:
            raise Unresolved(f"{inner.name} is not defined, so its derivative is unknown (define it, e.g. %! let)")
        # the parameters and constants of a %! let function are independent variables
        declared = {s.name for params, body in self.functions.values()
                    for s in set(params) | (body.free_symbols if isinstance(body, sp.Basic) else set())}
        numbers = self.entries_of_bold_vectors(inner, variables)
        if numbers:     # v_1 in `u = v_1h_1 + c` with 𝐯 = (0.6, -0.3) written out and v_1 named nowhere: 𝐯's entry
            inner = inner.xreplace(numbers)
        # (only over numbers: with vectors or matrices in it, commutative() made it a scalar stand-in)
        inputs = self._graph_inputs(d.expr) if inner != d.expr and templates.usable(written) and \
            not written.has(SEQ) else set()
        inputs |= stand_ins
        for s in sorted(_symbols(inner) - variables, key=lambda s: s.name):    # (named in a fixed order)
            if s.name not in self.bindings and s.name not in declared and not _looks_constant(s.name) and \
                    s.name not in inputs:
                raise Unresolved(f"meaning of {s.name} unknown: is it a function of "
                                 f"{', '.join(v.name for v in variables)}? (define it, e.g. %! let)")
        # names that do not depend on the variables stay names, so they take the values the writer
        # carried (h_1 = 0.5205 as written, not σ(z_1) recomputed) like the other side of the step
        inner = commutative(self.expand_dependent(d.expr, variables))
        inner = inner.xreplace(numbers) if numbers else inner
        self._worked_out_from_entries(inner, variables)
        slope = undefined_at_kinks(sp.Derivative(inner, *d.variable_count).doit())
        return slope.xreplace(self._nodes_in(variables)) if self.written_nodes else slope

    def _nodes_in(self, variables) -> dict:
        """The written nodes (tanh(a_1) -> h_1) as a derivative in `variables` meets them: tanh(w_1x + b) for ∂/∂b."""
        found = {}
        for key, name in self.written_nodes.items():
            if isinstance(key, sp.Function) and len(key.args) == 1 and _symbols(key):
                try:
                    found[key.func(commutative(self.expand_dependent(key.args[0], variables)))] = name
                except Unresolved:
                    pass
        return found

    def _before_the_update(self, d: sp.Derivative, inner):
        r"""∂L/∂w_1 written after `w_1 \leftarrow 1.2198`, with L, ŷ, h still defined at the forward pass's w_1 (now
        w_1⁰, see Scope.keep_earlier): the gradient at that point, the one the file's L and its values are about."""
        if len(d.variable_count) != 1 or d.variable_count[0][1] != 1 or not isinstance(d.variable_count[0][0], sp.Symbol):
            return None
        var = d.variable_count[0][0]
        if getattr(self.bindings.get(var.name), "name", None) != var.name:
            return None     # (w put at an iterate w_0 for one check, iterates.py: the point is that one)
        for name in sorted((n for n in self.bindings if n.rstrip("⁰") == var.name and n != var.name), key=len):
            if any(s.name == name for s in _symbols(self.expand_definitions(d.expr, keep=frozenset({name})))):
                return self._derivative(sp.Derivative(d.expr, sp.Symbol(name, **var.assumptions0)))
        return None

    def _through_a_named_node(self, d: sp.Derivative, variables):
        """∂L/∂z_o with `z_o = 𝐯^⊤𝐡 + c` a name for what ŷ = σ(𝐯^⊤𝐡 + c) is built from (a node of the graph named
        after the fact): L written in z_o, when every way L depends on what z_o is made of goes through z_o
        (else None: with some of it left over, "holding the rest fixed" has no one meaning)."""
        if len(variables) != 1:
            return None
        node = next(iter(variables))
        b = self.bindings.get(node.name)
        if b is None or not isinstance(b.definition, sp.Expr) or isinstance(b.definition, sp.MatrixBase) or \
                not _symbols(b.definition) or any(s.name == node.name for s in _symbols(b.definition)):
            return None
        try:
            made_of = commutative(self.expand_definitions(b.definition))
            whole = commutative(self.expand_definitions(d.expr))
            if not _symbols(made_of):
                # `u = 𝐰_2^⊤𝐡 + c` over vectors written out: all numbers once c is put in, so its own names (c) are
                # kept as names on both sides, and the numbers it is made of are matched as they stand
                keep = frozenset(s.name for s in _symbols(b.definition))
                made_of = commutative(self.expand_definitions(b.definition, keep=keep))
                whole = commutative(self.expand_definitions(d.expr, keep=keep))
        except Unresolved:
            return None
        leaves = _symbols(made_of)
        if not leaves or not isinstance(made_of, (sp.Add, sp.Mul)):
            return None     # (a lone name or function of one: a rename, not a node)
        written = whole.subs(made_of, node)
        if node not in written.free_symbols or _symbols(written) & leaves:
            return None
        return undefined_at_kinks(sp.Derivative(written, *d.variable_count).doit())

    def entries_of_bold_vectors(self, expr, variables) -> dict:
        """{v_1: 0.6} for names in expr that are entries of a bold vector written out in numbers, when no v_k was ever
        given a value of its own (v_1 … v_5 of a forward trace are not the tangent 𝐯's entries) and no function
        takes them as its variables (∂f/∂z_1 = … for f(𝐳) = log(e^{z_1} + e^{z_2}) is a formula, not a value at 𝐳)."""
        from verify.tex.bindings import is_constant
        from verify.tex.vector_gradients import entry_of_a_bold_vector
        found = {}
        for s in _symbols(expr) - variables:
            if s.name not in self.bindings and s.name.partition("_")[0] not in self.letters_bound and \
                    s.name not in self.kept_names and \
                    (bold := entry_of_a_bold_vector(self, s.name)) is not None and \
                    is_constant(value := self.matrices[bold[0]][bold[1]]) and not self.a_variable_of_a_function(s.name):
                found[s] = value
        return found

    @contextlib.contextmanager
    def names_as_written(self, *sides):
        """A step with no number in it is a formula: its own v_1, z_2 stay names (`-\\ln p_2 = \\LSE(𝐳) - z_2` is
        about any 𝐳, not only the one written out), while the definitions it reaches still take 𝐯's entries."""
        from verify.tex.bindings import literals
        formula = all(isinstance(e, sp.Basic) and not literals(e) for e in sides)
        before = self.kept_names
        if formula:
            self.kept_names = before | {s.name for e in sides for s in _symbols(e)}
        try:
            yield
        finally:
            self.kept_names = before

    def a_variable_of_a_function(self, name: str) -> bool:
        return any(isinstance(body, sp.Basic) and name in {getattr(t, "name", None) for t in body.free_symbols}
                   for _, body in self.functions.values())

    def _through_vectors(self, d: sp.Derivative):
        """∂L/∂b with b = 0.1 put into `z = W_1x + b𝟏` as a number when z was worked out: the definitions with
        written-out vectors read again with b a name (vector_gradients), or None."""
        from verify.tex import vector_gradients
        if len(d.variable_count) != 1 or d.variable_count[0][1] != 1 or not isinstance(d.variable_count[0][0], sp.Symbol):
            return None
        return vector_gradients.gradient_in(self, d.expr, d.variable_count[0][0].name)

    def _worked_out_from_entries(self, expr, variables) -> None:
        """∂x̂_i/∂x_i with x̂_i = (x_i − μ)/σ and μ = (1/N)Σ x_i worked out from the data x: μ and σ are kept as
        constants (they do not mention x_i), yet they move with every entry of x. Such a derivative is not
        known from the definitions (1/σ alone was confirmed)."""
        stems = {v.name.split("_")[0]: v.name for v in variables if "_" in v.name}
        if not stems:
            return
        for s in _symbols(expr) - variables:
            if s.name not in self.bindings:
                continue
            try:
                meaning = self.expand_definitions(s)
            except Unresolved:
                meaning = None
            found = sorted(stems[t.name] for t in _symbols(meaning) if t.name in stems) if meaning is not None else []
            if found:
                raise Unresolved(f"{s.name} is worked out from {found[0].split('_')[0]}, of which {found[0]} is an "
                                 f"entry: how {s.name} moves with {found[0]} is not known from the definitions")
            summed = sorted(stems[t] for t in getattr(self, "summed", {}).get(s.name, ()) if t in stems)
            if summed:      # `σ^2 = ⅟n Σ (x_i - μ)^2` stated (even as a claim), then σ = 2.1602: it moves with x_1
                raise Unresolved(f"{s.name} was stated as a sum over the entries of {summed[0].split('_')[0]}: how "
                                 f"it moves with {summed[0]} is not known from the definitions")

    def expand_dependent(self, expr, variables):
        """Replace by their definitions only the names whose meaning depends on the variables."""
        wrt = {v.name for v in variables}
        memo: dict = {}

        def depends(name, depth=0):
            if name in wrt:
                return True
            if name in memo:
                return memo[name]
            b = self.bindings.get(name)
            memo[name] = False                   # a definition that refers to itself: no dependence
            if b is not None and isinstance(b.definition, sp.Basic) and depth < MAX_EXPANSION:
                names = [t.name for t in _symbols(b.definition)]
                self.from_templates(names)
                memo[name] = any(depends(n, depth + 1) for n in names)
            return memo[name]

        for _ in range(MAX_EXPANSION):
            self.from_templates([t.name for t in _symbols(expr)])
            subs = {t: self.bindings[t.name].definition for t in _symbols(expr)
                    if t.name in self.bindings and t.name not in wrt and depends(t.name)}
            if not subs:
                return expr
            expr = _substitute(expr, subs)
        raise Unresolved("definitions nest too deeply (or refer to themselves)")

    def used(self, expr) -> list[Binding]:
        """Bindings a side relies on, for messages."""
        self.from_templates([s.name for s in _symbols(expr)])
        drawn = self.drawn(expr)
        return [self.bindings[s.name] for s in sorted(_symbols(expr), key=lambda s: s.name)
                if s.name in self.bindings and s.name not in drawn]

    def drawn(self, expr) -> set:
        """Random variables inside 𝔼, Var or Cov whose binding is a number given (`for X = 13`): the variable,
        not that value, is meant there."""
        return {n for n in _random_arguments(expr) if n in self.bindings and _a_number_given(self.bindings[n].definition)}


def _substitute(expr, subs):
    try:
        return expr.xreplace(subs)
    except ValueError:      # g'(a_2) with a_2 defined: subs writes it as g'(ξ) at ξ = a_2's definition
        pass
    try:
        return expr.subs(subs, simultaneous=True)
    except (ValueError, TypeError) as exc:
        raise Unresolved(f"a derivative with respect to a defined name could not be taken ({type(exc).__name__})") from None


def meaningful(b: Binding) -> bool:
    """A definition in other names (not a number, not the name itself)."""
    return isinstance(b.definition, sp.Basic) and not isinstance(b.definition, sp.MatrixBase) and \
        any(s.name != b.name for s in _symbols(b.definition))


def _written_with(name: str, letter: str) -> bool:
    """Is `letter` a part of the name as written (T in p^(T)_1), not a letter of another word?"""
    return any(part == letter for part in re.split(r"[^\w]+|_", name))


def _symbols(expr):
    return {s for s in expr.free_symbols if isinstance(s, sp.Symbol) and not isinstance(s, sp.Dummy)}


def _looks_constant(name: str) -> bool:
    """Plain letters (a, k, N, θ) read as constants under d/dx; ŷ, z_1, W_1^h do not."""
    return len(name) == 1 or name.startswith(OPEN_FACTOR)


def is_constant(expr) -> bool:
    if isinstance(expr, sp.MatrixBase):
        return all(is_constant(e) for e in expr)
    return not _symbols(expr) and not expr.has(TRANSPOSE, HADAMARD)
