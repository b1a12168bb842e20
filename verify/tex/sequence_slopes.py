"""Slopes through a sum over a family's terms: ∂p_i/∂z_j with p_i = e^{z_i}/Σ_k e^{z_k}, ∂L/∂z_1 with L = -log p_k
and k = 2. SymPy takes them with z an IndexedBase (Kronecker deltas where the indices meet); they come back in the
seq form that verify.tex.sums checks, with the file's data put in where it gives them."""
from __future__ import annotations

import sympy as sp

from verify.tex import templates
from verify.tex.build import commutative, literal_value
from verify.tex.resolving import _symbols, is_constant


def through_sequences(d: sp.Derivative, inner, scope):
    """∂p_i/∂z_j with p_i = e^{z_i}/Σ_k e^{z_k}: z_j is the j-th term of the z the sum runs over. Taken by SymPy with
    z an IndexedBase (Kronecker deltas where the indices meet), and given back in seq form for sums.check_sums;
    None when the variable is no term of a sum in the definition."""
    from verify.tex.sums import INDEX_LETTERS, SEQ, index_symbol
    if len(d.variable_count) != 1 or d.variable_count[0][1] != 1 or not isinstance(d.variable_count[0][0], sp.Symbol):
        return None
    var = d.variable_count[0][0]
    base, _, sub = var.name.partition("_")
    families = {a.args[0].name: a.args[0] for a in inner.atoms(SEQ) if isinstance(a.args[0], sp.Symbol)}
    summed = {lim[0].name for op in inner.atoms(sp.Sum) for lim in op.limits}
    if base not in families or len(sub) != 1 or not (sub.isdigit() or sub in INDEX_LETTERS) or sub in summed:
        return None
    # ("true class $k = 2$": an index letter given a whole number stands for it in z_k; not in the slope's own
    # variable: ∂/∂z_j after "when $j = 2$" may be in z_2, or in any entry again)
    numbered = _numbered_letters(scope, INDEX_LETTERS)
    if numbered is None or sub in numbered:
        return None
    if _disputed(d.expr, scope):
        return None
    reached = _entries_reached(d.expr, base, scope)
    if reached - {s.name for s in _symbols(inner)}:
        # z = (1, 2, 0.5) written out: z_2 went in as the number 2, and -z_2 no longer moved with z_j. Those entries
        # are kept as names (their numbers come back as the data the sum runs over); not an entry given a formula
        if not all(n in scope.bindings and is_constant(scope.bindings[n].definition) for n in reached):
            return None
        inner = commutative(scope.expand_definitions(d.expr, keep=frozenset(reached | {var.name})))
    index = lambda x: sp.Integer(numbered[x]) if x in numbered else index_symbol(x)
    bases = {name: sp.IndexedBase(name) for name in families}
    to_indexed = {a: bases[a.args[0].name][a.args[1]] for a in inner.atoms(SEQ) if a.args[0].name in bases}
    for s in inner.free_symbols:        # z_i outside the sum: the i-th term of the same z
        b, _, x = getattr(s, "name", "").partition("_")
        if b in bases and len(x) == 1 and (x.isdigit() or x in INDEX_LETTERS) and x not in summed:
            to_indexed[s] = bases[b][index(x)]
    try:
        slope = sp.diff(inner.xreplace(to_indexed), bases[base][index(sub)])
    except (TypeError, ValueError, NotImplementedError):
        return None
    back = {a: SEQ(families[a.base.label.name], a.indices[0]) for a in slope.atoms(sp.Indexed) if len(a.indices) == 1}
    slope = slope.xreplace(back)
    # (with no term left, Σ_i δ_ij/n: the index j would be read as any number by the checks that follow)
    return slope if slope.has(SEQ) and not slope.has(sp.Indexed) else None


def _numbered_letters(scope, letters) -> dict | None:
    """{letter: n} for the index letters the file gave a whole number (k = 2); None when one has any other value."""
    numbered = {}
    for letter in letters:
        binding = scope.bindings.get(letter)
        if binding is None:
            continue
        value = binding.definition
        if isinstance(value, sp.Dummy):
            value = literal_value(value)
        if not (isinstance(value, sp.Integer) and value > 0):
            return None
        numbered[letter] = int(value)
    return numbered


def _names_reached(expr, scope, depth: int = 0) -> set:
    """The names expr uses, and those their definitions use in turn (12 levels at most)."""
    found = set()
    for s in _symbols(expr):
        found.add(s.name)
        binding = scope.bindings.get(s.name)
        if binding is not None and depth < 12 and isinstance(binding.definition, sp.Basic):
            found |= _names_reached(binding.definition, scope, depth + 1)
    return found


def _disputed(expr, scope) -> bool:
    """Does expr, through the definitions, use a name (or a member of a family) the file also claimed to be another
    formula, which came out wrong (`p_j = e^{z_j/T}/…` after `p_j = e^{z_j}/…`)? Its slope may be either."""
    return bool(scope.disputed) and any(name in scope.disputed or templates.match(name, scope.disputed) is not None
                                        for name in _names_reached(expr, scope))


def _entries_reached(expr, base: str, scope) -> set:
    """The entries of `base` by their number (z_2, x_{1}) that expr uses through the definitions."""
    return {name for name in _names_reached(expr, scope)
            if name.partition("_")[0] == base and name.partition("_")[2].isdigit()}
