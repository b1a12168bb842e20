"""What the file has defined so far: bound symbols, `%! let` functions, assumptions, rounding.

`resolve` (verify/tex/resolving.py, mixed into Scope) turns a parsed side into what it means here:
derivatives are taken of the expanded definitions, then bound symbols are replaced by their (written) values.
"""
from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass, field

import sympy as sp
from sympy.core.function import AppliedUndef

from verify.tex.build import Context, literal_value
from verify.tex.events import complement, is_stated_quantity
from verify.tex.names import bold_name, plain_of_bold
from verify.tex import templates, vector_gradients, worked_out
from verify.tex.named_laws import expect_under
from verify.tex.scope_entries import ScopeEntries
from verify.tex.scope_laws import ScopeLaws
# (Unresolved, is_constant, meaningful, OPEN_FACTOR, _substitute, _symbols are imported from here too)
from verify.tex.graph_inputs import GraphInputs
from verify.tex.resolving import OPEN_FACTOR, Resolving, Unresolved, _substitute, _symbols, is_constant, meaningful

@dataclass
class Binding:
    name: str
    definition: object           # E1 as written (may be symbolic)
    value: object | None         # a constant (may hold rounded literals) when the chain reached one
    line: int
    shown: str                   # how the value was written, for messages
    section: int = 0             # the document part it was made in (a later part may re-bind the name)
    true_value: object | None = None   # what the definition gives, when the written value is wrong
    wrong_line: int = 0          # the line of the wrong step that produced the written value
    unchecked_line: int = 0      # the value rests on this line's step, which could not be checked
    of_data: bool = False        # what a notation means for data the file gave (x̄: their mean), not the writer's


@dataclass
class Scope(Resolving, GraphInputs, ScopeEntries, ScopeLaws):
    bindings: dict = field(default_factory=dict)     # name -> Binding
    functions: dict = field(default_factory=dict)    # name -> (params, body)
    function_sources: dict = field(default_factory=dict)   # name -> the tokens of its body (read again in entries)
    matrices: dict = field(default_factory=dict)     # name -> ImmutableMatrix
    matrix_lines: dict = field(default_factory=dict)  # name -> the line that gave the matrix (for messages)
    # name -> (line, wrong): a vector or matrix value that rests on a step on that line which was wrong
    # (its right value unknown) or could not be checked; entries are put in at parse time, so it is kept here
    matrix_rests: dict = field(default_factory=dict)
    matrix_true: dict = field(default_factory=dict)   # name -> what a vector resting on a wrong step should be
    worked_out: set = field(default_factory=set)     # names defined by formulas in vectors, worked out once the data came
    worked_value: dict = field(default_factory=dict)  # name -> what its formula gave when last worked out
    # name -> the entries in names a vector was written with (δ = (δ_1, δ_2)^T): given again when they are
    made_of: dict = field(default_factory=dict)
    # name -> (section, inverse): a matrix worked out (from other matrices, or as the inverse of one: `S_N^{-1} = …`)
    # rather than given as data; `S_N = \frac1{15}(…)` stated after it is a claim about it, in the same part
    worked_matrices: dict = field(default_factory=dict)
    template_sources: dict = field(default_factory=dict)  # h_j -> the tokens of its definition (read again per j)
    template_vectors: dict = field(default_factory=dict)  # z_j -> the written-out vectors its definition took in
    # z -> vector_gradients.Source (its definition's tokens, the vectors and names it used then): for ∂L/∂x
    matrix_sources: dict = field(default_factory=dict)
    set_aside: dict = field(default_factory=dict)   # name -> its Binding before "at $p = 0.5$" in this paragraph
    pointed: set = field(default_factory=set)       # names "at $t = 50$" gave a passing value in this part
    entries_updated: dict = field(default_factory=dict)   # u -> u as written, before `u_1 \gets …` in this paragraph
    bounds: dict = field(default_factory=dict)       # name -> [low, high, integer]
    orderings: list = field(default_factory=list)    # (name, "<", name) from %! assume y < N
    rounded: set = field(default_factory=set)        # decimal texts that are rounded results
    exact_values: dict = field(default_factory=dict)  # rounded decimal text -> the exact value it rounds
    independent: set = field(default_factory=set)    # frozenset({X, Y}) from %! assume X, Y independent
    prose_independent: frozenset = frozenset()       # the pairs of those the prose named (this problem's)
    stated: set = field(default_factory=set)         # names whose bounds a condition in the prose set (this part)
    facts: list = field(default_factory=list)        # Var(X) - 4 for a given `Var(X) = 4` (operators.is_given)
    variances: dict = field(default_factory=dict)    # "Var(θ|D)" -> the value a chain worked out for it (sd = √Var)
    systems: dict = field(default_factory=dict)      # family (π) -> systems.System: equations being solved in a part
    normalisations: dict = field(default_factory=dict)   # family -> (part, π_1 + π_2 - 1, names, line) stated first
    stated_sums: dict = field(default_factory=dict)   # part -> {Σ_i x_i (sums._key): 15}: what the data sum to
    latest_variance: tuple | None = None
    last_update_line: int = 0    # the last line that updated a name (`w \gets …`): a next pass may have begun   # ("Var(θ|D)", the chain's number): the variance the last chain worked out
    stem_facts: list | None = None   # the facts before a list of parts (a), (b): each part starts from them
    distributed: set = field(default_factory=set)    # names (and their letters: X for X_i) given a law by `\sim`
    laws: dict = field(default_factory=dict)          # name -> named_laws.Law (`θ \sim \mathrm{Beta}(2, 2)`)
    posteriors: list = field(default_factory=list)    # posterior_laws.Posterior, in the order stated
    priors: list = field(default_factory=list)        # laws the prose calls the prior: (family, params, written)
    counts: list = field(default_factory=list)        # (successes, trials) the prose gives in this part
    paragraph: int = 0                                # counts paragraphs (a posterior is read in its own first)
    moment_names: set = field(default_factory=set)    # names claimed as a posterior's moment (posterior_laws)
    stem_laws: dict | None = None                     # the laws before a list of parts: each part starts from them
    bits: bool = False           # the file speaks of bits (\\log_2): an entropy may be in bits, else nats
    thousands: bool | None = None   # how `5{,}050` reads in this file (items.number_style)
    sizes: dict = field(default_factory=dict)   # letter -> the largest index the file writes it with (items.sizes_of)
    # name -> (definition, line, shown): a name stated again with another formula (a new case, or a wrong
    # claim about the first): later steps that use it are checked with each meaning
    second_meanings: dict = field(default_factory=dict)
    kl_bits: bool = False        # KL(p ‖ q) of named laws in bits (a file that speaks of bits: the second reading)
    nilpotent: dict = field(default_factory=dict)   # name -> part: `\varepsilon^2 = 0` stated there (dual numbers)
    functions_section: dict = field(default_factory=dict)   # function name -> part it was defined in
    unread_functions: dict = field(default_factory=dict)    # name -> line of a definition of it that was not read
    section: int = 0             # document part (\section, "Problem 2"): names may be re-bound in a new one
    redefined_section: int = -1  # the last part that re-bound a name an earlier part had bound (new data)
    rebinds_earlier: bool = False  # the chain being checked defines afresh a name an earlier part bound
    chain_value: object = None   # exact value of the chain being checked (None: unknown or broken)
    use_true: bool = False       # resolve names by their meaning, not the value the writer carried
    exact_carried: bool = False  # resolve names carried as rounded decimals at the exact values those round
    hide_unchecked: bool = False  # resolve names whose value was never checked by their meaning, or not at all
    # decimal text -> LiteralOrigin: a result written by a chain that was wrong or could not be checked
    literal_origins: dict = field(default_factory=dict)
    entry_origins: dict = field(default_factory=dict)   # the same for the decimal entries of a vector a chain wrote
    computing: bool = False      # a claim of this part was checked: the problem's data have been given
    independence_stated: bool = False   # the prose of this paragraph speaks of independence (not assumed)
    samples: set = field(default_factory=set)   # letters of the i.i.d. samples this part names (x of x_1, …, x_n)
    wrong_in_paragraph: int = 0  # the line of the last wrong or carried step of this paragraph (0: none)
    new_case_line: int = 0  # the line where a name was last restated with a new value (a new case?), this paragraph
    wrong_numbers: frozenset = frozenset()   # |numbers| written from a wrong step's right side on, this paragraph
    wrong_sources: object = None  # carried_values.WrongSources: what this paragraph's bare-number chains may rest on
    worked_objective: object = None   # (last side, variables, line) of the last chain in a variable (objectives)
    matrix_sections: dict = field(default_factory=dict)   # name -> the part a written-out matrix was given in
    letters_bound: set = field(default_factory=set)   # v for any v_3 given a value so far (v_k names of their own)
    kept_names: frozenset = frozenset()     # a formula's own names, kept as names (Resolving.names_as_written)
    disputed: set = field(default_factory=set)   # names claimed with another formula, wrong (p_j with a temperature)
    through_family: bool = False  # a slope is being taken through a family's members (defined_gradients)
    solved_estimates: dict = field(default_factory=dict)  # σ̂ -> the line of its binding, shown to solve ∂ℓ/∂σ² = 0
    regiven: set = field(default_factory=set)     # vectors given another value in the part that gave them
    given_again: dict = field(default_factory=dict)   # name -> the line that last gave its data a new value (not `←`)
    weights_read: set = field(default_factory=set)   # entries 𝐰_12 read from a weight matrix (templates.weight_entry)
    weight_columns: bool = False     # read them from its columns, not its rows (the other reading of 𝐰_j^⊤𝐱)
    summed: dict = field(default_factory=dict)    # name -> the letters of the indexed terms a sum stated it as
    update_rules: dict = field(default_factory=dict)   # name -> (rule in symbols, line, part): `s ← ρs + …` (iterates)
    pending_rules: dict = field(default_factory=dict)  # v_2 -> [(w_2, its formula, result index)]: waiting for v_2
    named_objective: object = None    # (expression, line) named in prose as minimised, this paragraph (objectives)
    # name -> (its binding before an update `w ← …`, the part that updated it): a later part (a second
    # script, a new attempt) may mean the name before that update
    updated: dict = field(default_factory=dict)
    before_update: dict = field(default_factory=dict)   # name -> its binding before its latest update (a redo of it)
    earlier_sweep: dict = field(default_factory=dict)   # tangent -> its binding in the sweep before this one
    # names bound to a meaning, not to the writer's formula: a derivative (δ_o = ∂L/∂o), a notation (v̇_3, z̄)
    meant_names: set = field(default_factory=set)
    keep_given: bool = False     # resolve names by their meaning, and leave the names given a number as names
    undo_updates: bool = False   # resolve names an earlier part updated by what they were before the update
    same_part_updates: bool = False     # (and those updated earlier in this part: a gradient after the step)
    written_nodes: dict | None = None   # tanh(a_2) -> h_2: a node of the graph at the value written for it
    # while a slope is taken: instances read with a stand-in for 𝐰_1^⊤𝐱 (templates.scalar_products), dropped after
    stand_ins: list | None = None
    # no slack for unwritten intermediate roundings: checking a written result against what the carried
    # values should have been (the writer did not compute with those, so rounded nothing on the way)
    no_rounding_slack: bool = False
    # how many terms the step's left side was written with (a sum), 0 if not a sum: a right side's terms are
    # claims about those (`δ_1 + δ_2 = -0.0167 + 0.0159`), not about the terms of a derivative worked out
    written_terms: int | None = None
    tol: float = 0.0

    macros: dict = field(default_factory=dict)       # \newcommand name -> (arguments, body text)
    open_functions: set = field(default_factory=set)  # names the file applies as functions (h_1 = g(a_1))

    def note_given_again(self, name: str, value) -> None:
        """A vector given another value in the part that gave it ("try 𝐳 = (1, 0)", a step of SGD on 𝐳): which one
        a later sum over z_k means is open (see sums.data_reading)."""
        if name in self.matrices and self.matrix_sections.get(name) == self.section and self.matrices[name] != value:
            self.regiven.add(name)
        elif isinstance(value, sp.MatrixBase) or name not in self.matrices:
            self.regiven.discard(name)

    def _replaces_data(self, name, definition, value, earlier) -> bool:
        """Does this binding give data (a number, a written-out vector) a new value in place of earlier data?"""
        if isinstance(value, sp.MatrixBase):
            return name in self.matrices and self.matrices[name] != value
        return plain_number(definition) and earlier is not None and plain_number(earlier.definition) and \
            earlier.definition != definition

    def bound_since(self, line: int) -> bool:
        """Was any name given a value after `line` (a new case may have begun: `α = 2`)?"""
        return any(b.line > line for b in self.bindings.values()) or any(n > line for n in self.matrix_lines.values())

    def bold_data(self) -> dict:
        """Data written plain and used bold (`y = (1, 2, 2)`, then `\\Phi^\\top \\mathbf y`): the bold name, given no
        meaning of its own, is that vector. (A bold name with a meaning stays distinct from the plain one.)"""
        out = {}
        for name, value in self.matrices.items():
            bold = bold_name(name)
            if bold != name and 1 in value.shape and bold not in self.bindings and bold not in self.functions:
                out[bold] = value
        return out

    def context(self) -> Context:
        laws = set(self.named_laws())
        return Context(functions=dict(self.functions), values=frozenset(self.bindings),
                       matrices={**self.bold_data(), **self.matrices}, macros=self.macros,
                       open_functions=frozenset(self.open_functions), laws=frozenset(laws),
                       thousands=self.thousands, value_at=functools.partial(vector_gradients.value_at, self),
                       gradient_in=functools.partial(vector_gradients.gradient_in, self),
                       in_entries=functools.partial(vector_gradients.in_entries, self),
                       expect_under=functools.partial(expect_under, self))

    def bind(self, name: str, definition, value, line: int, shown: str, update: bool = False):
        derived = isinstance(definition, sp.Basic) and definition.has(sp.Derivative)
        if derived:
            try:        # δ_1 = ∂L/∂a_1: keep what the derivative is, not a derivative to take after substitution
                definition = definition.xreplace({d: self._derivative(d) for d in sorted(
                    definition.atoms(sp.Derivative), key=sp.default_sort_key)})
            except (Unresolved, ValueError, TypeError):
                pass
        if isinstance(definition, sp.Basic):
            self.open_functions |= {f.func.__name__ for f in definition.atoms(AppliedUndef)}
        earlier = self.bindings.get(name)
        if earlier is not None and earlier.section < self.section:
            self.redefined_section = self.section
        if "_" in name:
            self.letters_bound.add(name.partition("_")[0])
        if not update:
            self.updated.pop(name, None)
            self.before_update.pop(name, None)
        else:
            self.last_update_line = max(self.last_update_line, line)
            if earlier is not None and self.updated.get(name, (None, -1))[1] != self.section:
                self.updated[name] = (earlier, self.section)
            if earlier is not None:
                self.before_update[name] = earlier
        self.second_meanings.pop(name, None)
        self.meant_names.discard(name)
        if derived:
            self.meant_names.add(name)
        self.note_given_again(name, value)
        if not update and self._replaces_data(name, definition, value, earlier):
            self.given_again[name] = line
        if name in self.matrices:       # its entries read or stated from the old value (p_1 of p) go with it
            entry = re.compile(re.escape(name) + r"(?:_\d+|\[\d+(?:,\d+)?\])")
            for stale in [n for n, b in self.bindings.items() if b.shown.endswith(f"(an entry of {name})") or
                          entry.fullmatch(n) and is_constant(b.definition) or self._entry_by_letter(n, b, name)]:
                del self.bindings[stale]
        self.matrices.pop(name, None)
        self.made_of.pop(name, None)
        self.matrix_rests.pop(name, None)
        self.matrix_true.pop(name, None)
        self.worked_matrices.pop(name, None)
        self.template_sources.pop(name, None)
        self.matrix_sources.pop(name, None)
        self.functions.pop(name, None)
        self.function_sources.pop(name, None)
        self.worked_out.discard(name)
        self.worked_value.pop(name, None)
        if isinstance(value, sp.MatrixBase):
            plain = plain_of_bold(name)
            for stale in [n for n, b in self.bindings.items() if plain and b.section < self.section and
                          n.partition("_")[0] == plain and n.partition("_")[2].isdecimal()]:
                del self.bindings[stale]    # v_1 of an earlier part's trace, then 𝐯 given here: v_1 is its entry now
            self.matrices[name] = value
            self.matrix_lines[name] = line
            self.matrix_sections[name] = self.section
            self.bindings.pop(name, None)
            if not update:      # (after a gradient step the forward pass stays where it was)
                worked_out.work_out(self, line)
            return
        self.bindings[name] = Binding(name, definition, value, line, shown, self.section)
        if name.startswith("P(") and not update:        # P(X = 0) = 0.2, P(X = 1) = 0.5, …: X's table, once whole
            from verify.tex.named_laws import PMF_ENTRY, laws_of_tables
            entry = PMF_ENTRY.match(name)
            if entry and getattr(self.laws.get(entry["x"]), "family", None) == "finite":
                del self.laws[entry["x"]]       # a probability of X given again: its table is read afresh
            self.laws.update(laws_of_tables(self.bindings, self.section, self.laws))
        if update:          # (`u_1 \gets …`; not `z_1 = 2.3155`, the logit some other case needs)
            self.set_entry(name, value if value is not None else definition)
        else:
            self.follow_entries(name)
            if plain_number(definition) and any(name in {getattr(s, "name", None) for s in getattr(
                    getattr(self.bindings.get(d), "definition", None), "free_symbols", ())} for d in self.matrix_sources):
                worked_out.work_out(self, line)     # `z = W_1x + b𝟏`, then W_1, x and (last) b = 0.1: z worked out

    def keep_earlier(self, name: str, line: int = 0):
        """`v_1 ← …`: what was defined from v_1 (ŷ, L) keeps meaning the earlier v_1 -- gradients
        written after an update are those at the point of the forward pass. (Not what the same line
        defines: `Take $a = σ(wx + b)$ with $x = 2$` means this x.)"""
        users = [b for b in self.bindings.values() if b.name != name and isinstance(b.definition, sp.Basic)
                 and any(s.name == name for s in _symbols(b.definition)) and not (line and b.line == line)]
        if not users:
            return
        earlier = name + "⁰"
        while earlier in self.bindings:
            earlier += "⁰"
        self.bindings[earlier] = dataclasses.replace(self.bindings[name], name=earlier)
        for b in users:
            b.definition = b.definition.xreplace({s: sp.Symbol(earlier, **s.assumptions0)
                                                  for s in _symbols(b.definition) if s.name == name})

    def nodes_as_written(self) -> dict:
        r"""{tanh(a_2): h_2} for the names defined as one function applied to names (`h_2 = \tanh(a_2)`) whose
        written value no wrong or unchecked step gave: what a writer puts in for that node."""
        out = {}
        for b in self.bindings.values():
            d = b.definition
            if b.value is None or b.true_value is not None or b.wrong_line or b.unchecked_line or \
                    not isinstance(d, sp.Function) or isinstance(d, AppliedUndef) or not _symbols(d):
                continue
            name = sp.Symbol(b.name, real=True)
            out[d] = name
            at = {s: self.bindings[s.name].value for s in _symbols(d)
                  if s.name in self.bindings and self.bindings[s.name].value is not None}
            if at:
                out[d.xreplace(at)] = name      # (tanh(1.2) as well, in a value worked out at a_2 = 1.2)
        return out

    def settle_open_function(self, name: str, params, body) -> None:
        r"""`ℓ(ŷ, y) = ½(ŷ - y)^2`, `g = \tanh` for a function the file applied and left open (`L = ℓ(ŷ, y)`,
        `h_j = g(a_j)`): the definitions that applied it now say what it is, and what was worked out from it (δ_j =
        ∂L/∂a_j with g'(a_j) in it) is taken again."""
        self.open_functions.discard(name)

        def settled(expr):
            if not isinstance(expr, sp.Basic) or isinstance(expr, sp.MatrixBase):
                return expr
            found = {a: body.xreplace(dict(zip(params, a.args))) for a in expr.atoms(AppliedUndef)
                     if a.func.__name__ == name and len(a.args) == len(params)}
            if not found:
                return expr
            try:
                out = expr.xreplace(found)
            except ValueError:      # ∂ℓ(g(a), g(c))/∂g(a): g(a) is a variable there, which subs keeps as a Subs
                try:
                    out = expr.subs(found)
                except (TypeError, ValueError):
                    return expr
            if not out.has(sp.Derivative, sp.Subs):
                return out
            try:        # (g'(a_j) becomes 1 - tanh²(a_j); a slope SymPy cannot take stays written as one)
                return out.doit()
            except (TypeError, ValueError, NotImplementedError):
                return out
        for b in self.bindings.values():
            b.definition = settled(b.definition)

    def has_meaning(self, name: str) -> bool:
        """Is `name = …` a claim about something this part of the file already defined?"""
        self.from_templates([name])
        b = self.bindings.get(name)
        if b is not None and is_stated_quantity(name) and is_constant(b.definition):
            b = None            # P(D | +) = 0.95, later = 0.0876: a probability stated again, not a claim about it
        if b is not None:
            return b.section == self.section
        if name in self.functions:
            return self.functions_section.get(name, 0) == self.section
        if any(n in self.bindings and self.bindings[n].section == self.section for n in complement(name)):
            return True                                         # P(D^c) = 0.9 after P(D) = 0.01: a claim
        if name.startswith(("KL(", "KL[")) and self.divergence(name) is not None:
            return True                                         # KL(p ‖ q) = 0.18 with p, q named laws: a claim
        if name in self.matrices:
            return self.worked_matrices.get(name, (-1,))[0] == self.section
        return name == "σ"          # the logistic sigmoid, unless re-bound

    def meant_before(self, name: str) -> bool:
        """Did an earlier part of the file give `name` a meaning (one this part may keep or replace)?"""
        self.from_templates([name])
        b = self.bindings.get(name)
        if b is not None and is_stated_quantity(name):
            return False
        if b is not None:
            return b.section < self.section
        return name in self.functions and self.functions_section.get(name, 0) < self.section

    def reached(self, *exprs, deep: bool = False) -> list[str]:
        """Names these expressions rest on: their symbols, and what the definitions of those without a
        value use; under a derivative (or everywhere, `deep`) every definition is followed (∂L/∂c goes through o
        and uses h_2's value even after o got one)."""
        seen, out = set(), []
        todo = [(e, deep) for e in exprs if isinstance(e, sp.Basic)]
        todo += [(d.expr, True) for e in exprs if isinstance(e, sp.Basic) for d in e.atoms(sp.Derivative)]
        while todo:
            expr, deep = todo.pop()
            syms = sorted(_symbols(expr), key=lambda s: s.name)     # (the same order in every run)
            self.from_templates([s.name for s in syms])
            for s in syms:
                if s.name in seen:
                    continue
                seen.add(s.name)
                out.append(s.name)
                b = self.bindings.get(s.name)
                if b is not None and (b.value is None or deep) and isinstance(b.definition, sp.Basic):
                    todo.append((b.definition, deep))
        return out

    def tainted(self, *exprs, deep: bool = False) -> list[Binding]:
        """Bindings reached from these expressions whose written value is wrong (see true_value)."""
        found = [self.bindings.get(n) for n in self.reached(*exprs, deep=deep)]
        # (in the file's order, as rests_on: a message names the earliest)
        return sorted((b for b in found if b is not None and (b.true_value is not None or b.wrong_line)),
                      key=lambda b: (b.line, b.name))

    def rests_on(self, *exprs) -> list[Binding]:
        """Bindings reached from these expressions whose value was never checked (see unchecked_line)."""
        found = [self.bindings.get(n) for n in self.reached(*exprs)]
        # (in the file's order: the message names the earliest, whatever order the names were reached in)
        return sorted((b for b in found if b is not None and b.unchecked_line), key=lambda b: (b.line, b.name))

    def updated_before(self, *exprs, same_part: bool = False) -> list[str]:
        """Names reached from these expressions that an earlier part updated (see `updated`); with same_part,
        also those this part updated on an earlier line."""
        earlier = {n for n, (_, part) in self.updated.items() if part < self.section or same_part}
        return [n for n in self.reached(*exprs) if n in earlier] if earlier else []

    # ---- assumptions
    def constraints(self):
        """Sampling constraints for prove_equal from `%! assume a < b` between two names."""
        checks = []
        for a, rel, b in self.orderings:
            less = rel in ("<", "<=")
            checks.append(functools.partial(_ordered, a=a, b=b, less=less))   # picklable, unlike a lambda
        return checks

    def assumed(self, expr):
        """Swap each symbol for one carrying its assumptions; return (expr, sampling domain)."""
        subs, domain = {}, {}
        for s in _symbols(expr):
            low, high, integer = self.bounds.get(s.name, (None, None, False))
            kw = {"real": True}
            if integer:
                kw["integer"] = True
            if low is not None and low >= 0:
                kw["positive" if low > 0 or not integer else "nonnegative"] = True
            if high is not None and high <= 0:
                kw["negative"] = True
            t = sp.Symbol(s.name, **kw)
            subs[s] = t
            if low is not None or high is not None:
                lo = low if low is not None else (high - 6)
                hi = high if high is not None else (low + 6)
                domain[t] = (int(lo), int(hi)) if integer else (float(lo), float(hi))
        return expr.xreplace(subs), domain


@dataclass(frozen=True)
class LiteralOrigin:
    """A decimal a chain wrote as its result when a step of it was wrong or could not be checked."""
    true_value: object = None    # what it should have been (None: not known)
    wrong_line: int = 0
    unchecked_line: int = 0


def _ordered(point, a, b, less) -> bool:
    values = {s.name: v for s, v in point.items()}
    if a not in values or b not in values:
        return True
    return values[a] < values[b] if less else values[a] > values[b]


def plain_number(expr) -> bool:
    """0.2, 3/8, \\frac{1}{3.25}, -0.05: a number as a problem states it (not a computation of several terms)."""
    def single(e):
        return isinstance(e, sp.Number) or literal_value(e) is not None
    if isinstance(expr, sp.Mul) and len(expr.args) == 2 and expr.args[0] == -1:
        expr = expr.args[1]
    if isinstance(expr, sp.Pow) and expr.exp == -1:
        return single(expr.base)
    if isinstance(expr, sp.Mul) and len(expr.args) == 2:
        a, b = expr.args
        return single(a) and isinstance(b, sp.Pow) and b.exp == -1 and single(b.base)
    return single(expr)


def exact(expr):
    """Decimal literals replaced by their exact values (for symbolic steps)."""
    subs = {d: literal_value(d) for d in expr.atoms(sp.Dummy) if literal_value(d) is not None}
    return expr.xreplace(subs) if subs else expr


def literals(expr) -> set[str]:
    return {d.name for d in expr.atoms(sp.Dummy) if literal_value(d) is not None}
