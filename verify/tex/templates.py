r"""Indexed definitions: `z_j = w_{j1}x_1 + w_{j2}x_2 + b_j` defines z_1, z_2, …; a written-out x defines x_1, x_2.

A name the file has not bound (`z_1`, `h_{2}`) that matches a bound name with an index letter in
its subscript (`z_j`, `a^{[1]}_i`, `w_{ij}`) means that definition with the letter replaced by
the digits: `h_1 = \max(0, z_1)` from `h_j = \max(0, z_j)`. A component of a plain-letter vector the
file wrote out as a matrix (`x = \begin{pmatrix} 1 \\ 2 \end{pmatrix}`, then `x_2`) is that entry.
"""
from __future__ import annotations

import functools
import re
import unicodedata

import sympy as sp

from verify.tex.build import HADAMARD, TRANSPOSE

INDEX_LETTERS = "ijkt"      # t: a step of an iteration (m_t = β m_{t-1} + (1 - β) g_t)
FREE_INDEX_LETTERS = "ijklm"    # the letters of a step in general indices (∂p_i/∂z_j, δ_ij)


@functools.lru_cache(maxsize=4096)
def pattern(name: str):
    """A regex matching the instances of a template name, or None if the name has no index letter."""
    base, underscore, sub = name.partition("_")
    if not underscore or not sub or not sub.isalnum() or not any(c in INDEX_LETTERS for c in sub):
        return None
    several = len(sub) > 1          # w_{j1}: each index one digit; z_j: any whole number
    parts, seen = [], set()
    for c in sub:
        if c not in INDEX_LETTERS:
            parts.append(re.escape(c))
        elif c in seen:
            parts.append(f"(?P={c})")
        else:
            seen.add(c)
            parts.append(f"(?P<{c}>\\d)" if several else f"(?P<{c}>[1-9]\\d?)")
    return re.compile(re.escape(base) + "_" + "".join(parts) + "$")


_SHIFTED = re.compile(r"([a-z])([+-])(\d+)$")


def instance_name(name: str, values: dict) -> str:
    """`w_j1` with j = 2: `w_21`; `m_t-1` with t = 3: `m_2` (index letters replaced only in the subscript)."""
    base, underscore, sub = name.partition("_")
    if not underscore:
        return name
    shifted = _SHIFTED.match(sub)
    if shifted and shifted.group(1) in values:
        k = int(values[shifted.group(1)]) + (1 if shifted.group(2) == "+" else -1) * int(shifted.group(3))
        return f"{base}_{k}" if k >= 0 else name
    if not sub.isalnum():
        return name
    return base + "_" + "".join(values.get(c, c) for c in sub)


def at_another_index(name: str, bindings: dict):
    """(template, its definition at j) for `p_j` with `p_i = e^{z_i}/\\sum_k e^{z_k}` bound: z_i in it becomes z_j,
    for a step in general indices (∂p_i/∂z_j = p_i(δ_ij - p_j)); None when there is no such template, or its
    definition already uses j (free or summed over: renaming would merge two indices). Only a definition over a sum
    (a normalised term, as softmax's): a name at another letter is otherwise often a quantity of its own (x_k = 3
    after x_i = …), and binding it made later lines about it claims."""
    base, _, letter = name.partition("_")
    if len(letter) != 1 or letter not in FREE_INDEX_LETTERS:
        return None
    for other in FREE_INDEX_LETTERS.replace(letter, ""):
        b = bindings.get(f"{base}_{other}")
        if b is None or not isinstance(b.definition, sp.Expr) or isinstance(b.definition, sp.MatrixBase) or \
                not b.definition.has(sp.Sum) or \
                any(s.name == letter or s.name.endswith("_" + letter) for s in b.definition.atoms(sp.Symbol)):
            continue
        renamed = {s: sp.Symbol(s.name[:-1] + letter, **s.assumptions0) for s in b.definition.free_symbols
                   if isinstance(s, sp.Symbol) and s.name.endswith("_" + other)}
        return f"{base}_{other}", b.definition.xreplace(renamed)
    return None


def usable(definition) -> bool:
    """Numbers-and-names definitions only: `s_i = q^\\top k_i / \\sqrt d` with vectors unknown is not one."""
    return not isinstance(definition, sp.MatrixBase) and (
        not isinstance(definition, sp.Basic) or
        (not definition.has(TRANSPOSE, HADAMARD) and definition.is_commutative is not False
         and all(s.is_commutative for s in definition.free_symbols)))


UNITS = "#units"     # items.sizes_of: the counts of units a file's prose names ("two hidden units")
STAND_IN = "ᵀ"       # 𝐰_1ᵀ𝐱: the name standing for an inner product of two vectors not written out


def inner_products(definition) -> dict:
    """{𝐰_1^⊤𝐱 · c: (c, 𝐰_1, 𝐱)} for each product of a number c and a transposed name times a name (two vectors not
    written out) in the definition."""
    found = {}
    for m in definition.atoms(sp.Mul):
        apart = [f for f in m.args if not f.is_commutative]
        if len(apart) == 2 and apart[0].func == TRANSPOSE and isinstance(apart[0].args[0], sp.Symbol) and \
                isinstance(apart[1], sp.Symbol):
            found[m] = sp.Mul(*[f for f in m.args if f.is_commutative]), apart[0].args[0], apart[1]
    return found


def scalar_products(definition):
    """`a_1 = 𝐰_1^⊤𝐱 + b` with neither vector written out: 𝐰_1^⊤𝐱 is a number, one name standing for it, so what
    the definition says of b can be read (graph_inputs.with_stand_ins: for the slopes of one step only)."""
    if not isinstance(definition, sp.Basic) or isinstance(definition, sp.MatrixBase):
        return definition
    found = {m: c * sp.Symbol(f"{u.name}{STAND_IN}{v.name}", real=True)
             for m, (c, u, v) in inner_products(definition).items()}
    return definition.xreplace(found) if found else definition


def stand_in_vectors(name: str) -> tuple | None:
    """The letters of the two vectors a stand-in name is made of (𝐰_1ᵀ𝐱 -> ('w', 'x')), or None."""
    if STAND_IN not in name:
        return None
    return tuple(plain_letter(part.partition("_")[0]) for part in name.split(STAND_IN, 1))


def plain_letter(letters: str) -> str:
    """𝐰 -> w, 𝛅 -> δ (bold letters as the plain ones their entries are named with)."""
    return unicodedata.normalize("NFKC", letters)


def instantiate(definition, values: dict):
    """The template's definition with its index letters set: symbols renamed, the letter itself a number."""
    if not isinstance(definition, sp.Basic):
        return definition
    subs = {}
    for s in definition.atoms(sp.Symbol):      # (atoms: the a_j of ∂L/∂a_j too, which free_symbols leaves out)
        if isinstance(s, sp.Dummy):
            continue
        if s.name in values:
            subs[s] = sp.Integer(values[s.name])
        else:
            new = instance_name(s.name, values)
            if new != s.name:
                subs[s] = sp.Symbol(new, **s.assumptions0)
    return definition.xreplace(subs) if subs else definition


def match(name: str, templates) -> tuple | None:
    """(template name, index values) for the first template `name` is an instance of."""
    for t in templates:
        p = pattern(t)
        m = p.match(name) if p is not None else None
        if m:
            return t, m.groupdict()
    return None


BRACKETED_ENTRY = re.compile(r"(.+)\[(\d+)(?:,(\d+))?\]")      # W_1[1,2], b_1[1]: an entry of a written-out one


def component(name: str, matrices: dict):
    """`x_2` with the vector x written out: its second entry; `w_{2,1}` the first entry of a vector w_2, or
    the entry (2, 1) of a matrix w (None if not a component)."""
    bracketed = BRACKETED_ENTRY.fullmatch(name)
    if bracketed:           # `(W_1)_{12}`, `(P^2)_{11}`: read as W_1[1,2] (see parse.entry_of_a_bracket)
        m = matrices.get(bracketed.group(1))
        row, col = int(bracketed.group(2)), bracketed.group(3)
        if not isinstance(m, sp.MatrixBase):
            return None
        if col is None:
            return _entry(m, row)
        return m[row - 1, int(col) - 1] if 1 <= row <= m.rows and 1 <= int(col) <= m.cols else None
    base, underscore, sub = name.partition("_")
    if is_weight_entry(name):
        return weight_entry(name, matrices)
    if not underscore or not base.isascii():
        return None         # \mathbf w_1 is the first of several vectors, not an entry of 𝐰
    first, comma, last = sub.rpartition(",")
    if comma:
        if not (first.isdecimal() and last.isdecimal()):
            return None
        if f"{base}_{first}" in matrices:
            return _entry(matrices[f"{base}_{first}"], int(last))
        m = _matrix_of_entries(base, matrices)
        if isinstance(m, sp.MatrixBase) and min(m.shape) > 1 and 1 <= int(first) <= m.shape[0] and \
                1 <= int(last) <= m.shape[1]:
            return m[int(first) - 1, int(last) - 1]
        return None
    m = matrices.get(base)
    square = _matrix_of_entries(base, matrices, layers=True)
    if sub.isdecimal() and len(sub) == 2 and isinstance(square, sp.MatrixBase) and min(square.shape) > 1:
        m = square
        r, c = int(sub[0]), int(sub[1])       # w_{12} of a written-out matrix w: the entry (1, 2)
        return m[r - 1, c - 1] if 1 <= r <= m.rows and 1 <= c <= m.cols else None
    return _entry(m, int(sub)) if sub.isdecimal() and m is not None else None


def is_weight_entry(name: str) -> bool:
    """`𝐰_12`: the second entry of 𝐰_1 in `z_1 = 𝐰_1^⊤𝐱 + b` with 𝐱 written out (as build._as_entries names it)."""
    base, _, sub = name.partition("_")
    return len(base) == 1 and len(sub) == 2 and sub.isdecimal() and \
        unicodedata.name(base, "").startswith("MATHEMATICAL BOLD SMALL")


def weight_entry(name: str, matrices: dict, columns: bool = False):
    """The value of `𝐰_12` (is_weight_entry): the entry of 𝐰_1 if the file writes 𝐰_1 out, else of the file's one
    weight matrix W (or W_1), by its rows (𝐰_1^⊤ = row 1, z = W𝐱 + 𝐛), or by its `columns`; None if there is none."""
    source = weight_source(name, matrices)
    if source is None:
        return None
    j, k = int(name[-2]), int(name[-1])
    m = matrices[source]
    if min(m.shape) == 1:
        return _entry(m, k)
    row, col = (k, j) if columns else (j, k)
    return m[row - 1, col - 1] if 1 <= row <= m.rows and 1 <= col <= m.cols else None


def weight_source(name: str, matrices: dict) -> str | None:
    """The written-out matrix an entry `𝐰_12` is read from (see weight_entry): 𝐰_1 itself, else the one weight matrix
    of that letter (W, or W_1 when it is the only W_ that is no vector); None if there is none."""
    if not is_weight_entry(name):
        return None
    base, _, sub = name.partition("_")
    if isinstance(matrices.get(f"{base}_{sub[0]}"), sp.MatrixBase):
        return f"{base}_{sub[0]}"
    key = _name_of_entries(unicodedata.normalize("NFKC", base), matrices, layers=True)
    return key if key is not None and min(matrices[key].shape) > 1 else None


def _matrix_of_entries(base: str, matrices: dict, layers: bool = False):
    """The written-out matrix whose entries `base_{jk}` name (see _name_of_entries), or None."""
    key = _name_of_entries(base, matrices, layers)
    return matrices[key] if key is not None else None


def _name_of_entries(base: str, matrices: dict, layers: bool = False) -> str | None:
    """The name of the written-out matrix whose entries `base_{jk}` name: base's own, else the capital's (v_{21} of V),
    else the one matrix of that capital with a layer index (`layers`: w_{21} of W_1, when W_1 is the only W_ that is
    no vector; not w_{2,1}, which may be the first entry of a vector w_2)."""
    if base in matrices:
        return base
    if len(base) != 1 or not base.islower():
        return None
    if base.upper() in matrices or not layers:
        return base.upper() if base.upper() in matrices else None
    found = [name for name, m in matrices.items() if name.partition("_")[0] == base.upper() and
             name.partition("_")[2].isdecimal() and isinstance(m, sp.MatrixBase) and min(m.shape) > 1]
    return found[0] if len(found) == 1 else None


def _entry(m, k: int):
    """The k-th entry of a written-out vector (None for anything else)."""
    if not isinstance(m, sp.MatrixBase) or min(m.shape) != 1:
        return None
    entries = list(m)
    return entries[k - 1] if 1 <= k <= len(entries) else None


def counts_steps(scope, name: str) -> bool:
    """Is the index letter given a whole number (`$t = 2$:` heading a step of iterates)?"""
    b = scope.bindings[name]
    value = b.value if b.value is not None else b.definition
    return isinstance(value, sp.Integer) and value >= 0


def at_the_given_step(scope, letter: str, template: str, name: str) -> bool:
    r"""`$t = 2$: … \hat m_2 = …` under `\hat m_t = m_t/(1 - β_1^t)`: the letter is given the instance's own index,
    and the rule is made from another quantity of that step (m_t), not a formula in the letter itself (a schedule
    `η_t = η_0e^{-kt}` stated before another schedule is no rule for `$t = 50$`)."""
    m = pattern(template).match(name)
    definition = scope.bindings[template].definition
    of_the_step = isinstance(definition, sp.Basic) and any(
        isinstance(s, sp.Symbol) and s.name != template and letter in s.name.partition("_")[2]
        for s in definition.free_symbols)
    return m is not None and of_the_step and counts_steps(scope, letter) and \
        int(scope.bindings[letter].value if scope.bindings[letter].value is not None
            else scope.bindings[letter].definition) == int(m.group(letter))


def steps_iterates(template: str, binding) -> bool:
    """`m_t = β_1m_{t-1} + …`: the rule takes the iterate before (m_{t-1}; not m_0, a start)."""
    base, letters = template.partition("_")[0], set(pattern(template).groupindex)
    return isinstance(binding.definition, sp.Basic) and any(
        isinstance(s, sp.Symbol) and s.name != template and s.name.partition("_")[0] == base and
        letters & set(s.name.partition("_")[2]) for s in binding.definition.free_symbols)
