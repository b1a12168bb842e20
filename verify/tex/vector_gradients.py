r"""Definitions read again with some names moved (for the parser, through its Context):

- ∂L/∂x with x a written-out vector or matrix: `\frac{\partial L}{\partial x} = W_1^\top\delta` after
  `x = (2, -1)^\top`, `z = W_1x + b_1`, `h = \relu(z)`, `\hat y = w_2^\top h + b_2`, `L = \frac12(\hat y - y)^2`;
- ∂c/∂u_1 with `c(u) = \frac{u^\top v}{\|u\|\|v\|}` and u written out (c read again in u's entries);
- `L(b + 10^{-4})` with L worked out from b (L with b moved there).

The parser puts a written-out vector's entries into every definition that uses it, so z, h and ŷ hold numbers, not
formulas in x. To differentiate, the definitions that used written-out vectors and matrices are read again from
their own text (never evaluated as code), in the order the file gave them, with x replaced by a vector of
unknowns and every other vector or matrix at the value it had when the definition was read (the point of the
forward pass, even after an update). L's formula in those unknowns is differentiated entry by entry (SymPy) and
taken at x's value: the gradient has x's shape (the layout of the course: ∂L/∂W has W's shape).
"""
from __future__ import annotations

import dataclasses

import sympy as sp

from verify.tex import templates
from verify.tex.build import ParseError, undefined_at_kinks

MAX_EXPANSION = 12
SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"     # the marks of a name's earlier versions (v_1⁰: v_1 before an update)


@dataclasses.dataclass(frozen=True)
class Source:
    """A definition that used written-out vectors or matrices, as it was read."""
    toks: tuple
    matrices: dict      # the vectors and matrices it used: their values then
    names: dict         # the names it used: their bindings then (a later update must not move the point)


def gradient_in(scope, target, name: str):
    """∂target/∂name (an explicit matrix of name's shape), or None when target does not reach name through the
    definitions read again (or something on the way cannot be read)."""
    from verify.tex.bindings import Unresolved, _substitute, _symbols, exact
    if not isinstance(target, sp.Expr) or isinstance(target, sp.MatrixBase):
        return None
    if name in scope.matrices:
        at = next((src.matrices[name] for src in scope.matrix_sources.values() if name in src.matrices),
                  scope.matrices[name])
        unknowns = sp.ImmutableMatrix(at.rows, at.cols, [sp.Dummy(f"{name}[{i}]", real=True)
                                                         for i in range(len(at))])
        moved, scalars, unread = read_again(scope, {name: unknowns}, skip=name, reach=set(unknowns))
    elif (scalar := _scalar_in_vectors(scope, name)) is not None:
        # b = 0.1 in `z = W_1x + b𝟏`: the vectors were worked out with b's number put in; read again, b is a name
        at, unknowns = sp.ImmutableMatrix([scalar[1]]), sp.ImmutableMatrix([scalar[0]])
        moved, scalars, unread = read_again(scope, {}, reach={scalar[0]})
    elif (entry_of := entry_of_a_bold_vector(scope, name)) is not None:
        # ∂L/∂v_1 with 𝐯 = (0.7, -0.5)^⊤ used in ŷ = σ(𝐯^⊤𝐡 + c): the first entry of the gradient in 𝐯
        whole = gradient_in(scope, target, entry_of[0])
        return whole[entry_of[1]] if isinstance(whole, sp.MatrixBase) else None
    elif (entry_of := _entry_of_a_matrix(scope, name)) is not None:
        # ∂L/∂W_{12}, ∂L/∂(W_1)_{12} with W_1 written out: that entry of the gradient in W_1 (W_1's shape)
        whole = gradient_in(scope, target, entry_of[0])
        return whole[entry_of[1], entry_of[2]] if isinstance(whole, sp.MatrixBase) else None
    else:
        return None
    depends: dict = {}

    def entry(n):       # x_2 with x moved: its entry among the unknowns (z_1 = w_{11}x_1 + w_{12}x_2 reaches x)
        found = templates.component(n, moved)
        if found is None and (bold := entry_of_a_bold_vector(scope, n)) is not None and bold[0] in moved and \
                not scope.a_variable_of_a_function(n):
            found = moved[bold[0]][bold[1]]     # h_1 in `u = v_1h_1 + c` with 𝐡 = σ(𝐳) moved: 𝐡's first entry
        return found

    def fixed(s):       # v_1 in `u = v_1h_1 + c` with 𝐯 = (0.6, -0.3) not moved: its number
        return scope.entries_of_bold_vectors(s, set()).get(s) if s.name != name else None

    def reaches(n, depth=0) -> bool:
        if n in scalars or n in unread or entry(n) is not None:
            return True
        if n not in depends:
            scope.from_templates([n])   # z_1 of an indexed z_j = …
            depends[n] = False          # a definition that refers to itself
            b = scope.bindings.get(n)
            if b is not None and isinstance(b.definition, sp.Basic) and depth < MAX_EXPANSION:
                depends[n] = any(reaches(s.name, depth + 1) for s in _symbols(b.definition))
        return depends[n]

    expr = target
    for _ in range(MAX_EXPANSION):
        subs = {}
        for s in _symbols(expr):
            if (value := entry(s.name)) is not None:
                subs[s] = value
            elif s.name in scalars:
                subs[s] = scalars[s.name]
            elif s.name != name and s.name in scope.bindings and s.name not in unread and reaches(s.name):
                subs[s] = scope.bindings[s.name].definition
            elif (value := fixed(s)) is not None:
                subs[s] = value
        if not subs:
            break
        try:
            expr = _substitute(expr, subs)
        except (Unresolved, ValueError, TypeError):
            return None                 # (a derivative inside a definition that cannot be taken here)
    else:
        return None                     # definitions nest too deeply: not all of the way to x is known
    if not expr.free_symbols & set(unknowns) or any(s.name in unread for s in _symbols(expr)):
        return None
    if any(s.name.rstrip(SUPERSCRIPTS) == name or
           templates.component(s.name.rstrip(SUPERSCRIPTS), {name: at}) is not None
           for s in _symbols(expr) - set(unknowns)):
        return None     # v_1⁰ (v_1 before an update) left in: the variable under another name, not held fixed
    if expr.has(sp.Sum, sp.Product) or any(_through_a_sum(scope, s.name) for s in _symbols(expr)):
        return None     # σ = √(⅟n Σ (x_i - μ)^2) left as a number: it moves with x too (layer norm)
    at_point = dict(zip(unknowns, at))
    # the decimals of the data are exact (as given); what the writer carried is on the other side of the step
    found = sp.ImmutableMatrix(at.rows, at.cols,
                               [exact(undefined_at_kinks(sp.diff(expr, u)).xreplace(at_point)) for u in unknowns])
    return found if name in scope.matrices else found[0]


def _entry_of_a_matrix(scope, name: str):
    """(W_1, row, column) from 0 for `W_1[1,2]` (as `(W_1)_{12}` reads), `W_1,12` (`W_{1,12}`), or `W_12` with W_1 the
    only written-out matrix W_…; None when the name has a value of its own that is not that entry, or for anything
    else."""
    m = templates.BRACKETED_ENTRY.fullmatch(name)
    if m and m.group(3):
        base, r, c = m.group(1), int(m.group(2)), int(m.group(3))
    else:
        # `W_1,12` (a layer, then the row and column) or `W_12`
        base, sub = name.split(",", 1) if "," in name else name.rpartition("_")[::2]
        if not (len(sub) == 2 and sub.isdecimal()):
            return None
        r, c = int(sub[0]), int(sub[1])
        if base not in scope.matrices:
            layers = [n for n, v in scope.matrices.items() if n.partition("_")[0] == base and
                      n.partition("_")[2].isdecimal() and isinstance(v, sp.MatrixBase) and min(v.shape) > 1]
            base = layers[0] if len(layers) == 1 and base.isupper() else None
    matrix = scope.matrices.get(base) if base else None
    if not isinstance(matrix, sp.MatrixBase) or min(matrix.shape) < 2 or not (1 <= r <= matrix.rows and
                                                                             1 <= c <= matrix.cols):
        return None
    own = scope.bindings.get(name)
    if own is not None and own.value is not None:
        from verify.tex.bindings import exact
        try:
            if abs(complex(sp.N(exact(own.value)) - sp.N(exact(matrix[r - 1, c - 1])))) > 1e-3:
                return None     # W_12 = 3 given beside W_1: a name of its own
        except (TypeError, ValueError):
            return None
    return base, r - 1, c - 1


def entry_of_a_bold_vector(scope, name: str):
    """(𝐯, k - 1) for `v_k` when 𝐯 is a vector the file wrote out and no plain v is: v_k is its k-th entry (the
    notation of the course); else None."""
    from verify.tex.names import vector_entry
    found = vector_entry(scope.matrices, name)
    if found is None:
        return None
    own = scope.bindings.get(name)
    if own is not None:
        from verify.tex.bindings import exact
        entry = complex(sp.N(exact(scope.matrices[found[0]][found[1]])))
        same = [isinstance(mine, sp.Expr) and not exact(mine).free_symbols and
                abs(complex(sp.N(exact(mine))) - entry) <= 1e-3 * max(1.0, abs(entry))
                for mine in (own.definition, own.value) if mine is not None]
        if not any(same):
            return None     # v_1 = 3 given beside 𝐯 = (0.7, -0.5): a name of its own, not 𝐯's entry
                            # (h_1 = σ(0.1) = 0.5250 is 𝐡's entry, as written to its places)
    return found


def _scalar_in_vectors(scope, name: str):
    """(b as a name, its number) for a scalar given a number (`b = 0.1`) that a definition with written-out
    vectors used (`z = W_1x + b𝟏`), as it was then; else None."""
    from verify.tex.bindings import plain_number
    used = [src.names[name] for src in scope.matrix_sources.values() if src.matrices and name in src.names]
    if not used or any(b is not scope.bindings.get(name) for b in used) or not plain_number(used[0].definition):
        return None     # (given another value since: which point is meant is not known)
    if used[0].value not in (None, used[0].definition) or used[0].wrong_line or used[0].unchecked_line:
        return None     # (`b = 0.3` after `b = 0.1`: a value claimed for it besides the one given)
    return sp.Symbol(name, real=True), used[0].definition


def _through_a_sum(scope, name: str, depth: int = 0) -> bool:
    """Is `name` defined (through other names) by a sum or product over indexed terms (μ = ⅟n Σ x_i)? Such a
    name depends on a written-out vector in a way the re-reading does not follow."""
    from verify.tex.bindings import _symbols
    b = scope.bindings.get(name)
    if b is None or not isinstance(b.definition, sp.Basic) or depth > MAX_EXPANSION:
        return False
    if b.definition.has(sp.Sum, sp.Product, sp.Indexed):
        return True
    return any(_through_a_sum(scope, s.name, depth + 1) for s in _symbols(b.definition))


def read_again(scope, moved: dict, skip: str | None = None, reach: set = frozenset(), every: bool = False):
    """The definitions that used written-out vectors, read again in the file's order with `moved` in place:
    (the matrices they give, the scalars they give, the names that could not be read); with `reach`, only
    what depends on those unknowns; with `every`, also those that did not use a moved vector (`h = ReLU(W_1x + b_1)`
    written after x and before W_1: read again now that W_1 is known)."""
    from verify.tex.parse import parse
    moved, scalars, unread = dict(moved), {}, set()
    context = dataclasses.replace(scope.context(), gradient_in=None)     # δ = ∂L/∂z is not read again
    for defined, src in scope.matrix_sources.items():
        symbolic = not src.matrices     # written before the vectors had values: read with the values they have now
        # (`z = v^\top h + c` with h given then and v after it: it used h's value, and it reaches v)
        used = any(n in moved or n in unread for n in src.matrices)
        if defined == skip or not symbolic and not every and not used and not reach:
            continue
        try:
            expr = parse(src.toks, dataclasses.replace(context, matrices={**context.matrices, **src.matrices,
                                                                          **moved})).expr
        except (ParseError, RecursionError, TypeError, ValueError):
            if used:
                unread.add(defined)     # what uses it cannot be differentiated either (see below)
            continue
        if not used and reach and not (expr.free_symbols if isinstance(expr, sp.Basic) else set()) & reach:
            continue                    # (it does not reach x)
        then = {s: _earlier(src.names[s.name]) for s in expr.free_symbols
                if getattr(s, "name", None) in src.names and scope.bindings.get(s.name) is not src.names[s.name]}
        then.update(_kept_earlier(scope, defined, expr, then))
        expr = expr.xreplace(then) if then else expr
        if isinstance(expr, sp.MatrixBase):
            moved[defined] = expr
        elif isinstance(expr, sp.Expr):
            scalars[defined] = expr
    return moved, scalars, unread


def _kept_earlier(scope, defined: str, expr, then: dict) -> dict:
    """Names updated after `defined` was read (`b_2 ← …` after `ŷ = 𝐰_2^⊤𝐡 + b_2`): its binding now says b_2⁰ (the
    value before the update, see Scope.keep_earlier), and so does the definition read again from its text."""
    b = scope.bindings.get(defined)
    if b is None or not isinstance(b.definition, sp.Basic) or not isinstance(expr, sp.Basic):
        return {}
    marked = {s.name.rstrip(SUPERSCRIPTS): s for s in b.definition.free_symbols
              if isinstance(s, sp.Symbol) and s.name != s.name.rstrip(SUPERSCRIPTS)}
    return {s: marked[s.name] for s in expr.free_symbols if getattr(s, "name", None) in marked and s not in then}


def with_numbers(scope, value):
    """A vector read again with the numbers this part gave the scalars in it (b = 0.1 in `z = W_1x + b𝟏`): read
    again from its text, a scalar stays a name."""
    from verify.tex.bindings import plain_number
    named = {s: scope.bindings[s.name].definition for s in value.free_symbols
             if getattr(s, "name", None) in scope.bindings and scope.bindings[s.name].section == scope.section and
             plain_number(scope.bindings[s.name].definition)}
    return value.xreplace(named) if named else value


def value_now(scope, name: str):
    """`h = σ(z_1)` written before the numbers, read again with the values its vectors have now
    (`h = (0.5250, 0.3430)^\top` after them is a claim about that value, not data), or None when that is not
    a matrix of numbers."""
    from verify.tex.bindings import is_constant
    src = scope.matrix_sources.get(name)
    if src is None or src.matrices:
        return None
    moved, _, _ = read_again(scope, {})
    value = moved.get(name)
    value = with_numbers(scope, value) if isinstance(value, sp.MatrixBase) else value
    return value if isinstance(value, sp.MatrixBase) and is_constant(value) else None


def _earlier(binding):
    """A name re-bound (updated) since a definition used it: what it was then."""
    return binding.value if binding.value is not None else binding.definition


def in_entries(scope, function: str, param: str):
    """`c(u) = \\frac{u^\\top v}{\\|u\\|\\|v\\|}` with u written out: c's body read again with u's entries u_1, u_2, …
    as unknowns (for ∂c/∂u_1), or None."""
    from verify.tex.parse import parse
    toks, value = scope.function_sources.get(function), scope.matrices.get(param)
    if toks is None or not isinstance(value, sp.MatrixBase) or 1 not in value.shape:
        return None
    entries = sp.ImmutableMatrix(value.rows, value.cols,
                                 [sp.Symbol(f"{param}_{k + 1}", real=True) for k in range(len(value))])
    context = scope.context()
    try:
        body = parse(toks, dataclasses.replace(context, matrices={**context.matrices, param: entries})).expr
    except (ParseError, RecursionError, TypeError, ValueError):
        return None
    return body if isinstance(body, sp.Expr) and not isinstance(body, sp.MatrixBase) else None


def value_at(scope, name: str, arg):
    """`L(b + 10^{-4})` with L worked out from b: (b, L's meaning with b moved to the argument), when the argument
    mentions exactly one name L depends on (and not L itself); else None."""
    from verify.tex.bindings import Unresolved, _substitute, _symbols
    if not isinstance(arg, sp.Expr) or name not in scope.bindings:
        return None
    if any(s.name == name for s in _symbols(arg)):
        return None         # `h_1(1 - h_1)`: a product
    try:
        moved = [(s, scope.expand_dependent(sp.Symbol(name, real=True), {s})) for s in _symbols(arg)]
    except Unresolved:
        return None
    moved = [(s, e) for s, e in moved if s in e.free_symbols]
    if len(moved) != 1:
        return None
    variable, meaning = moved[0]
    return variable, _substitute(meaning, {variable: arg})

