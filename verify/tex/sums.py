r"""Sums over an index the terms depend on: `\sum_{i=1}^{n} x_i`, `\sum_i (y_i - \hat y_i)^2`.

A name subscripted by the sum's index (x_i, ŷ_i) is a different number for each i: the body keeps it
as `seq(x, i)`, never as one symbol x_i (which made `(Σ x_i)² = n Σ x_i²` an identity). With whole-number
bounds the sum is written out (x_1 + x_2 + x_3, the names as the file writes them); otherwise the step
is checked at n = 1 … 5 terms with random exact values for every x_k: equal each time is `ok`
(evidence at those sizes, as `verified` is at points), a difference is a counterexample.
A sum without bounds runs over i = 1 … n(i), a count of its own.
"""
from __future__ import annotations

import random
import re
from itertools import product

import sympy as sp

from verify.tex.names import written_vector
from verify.tex.templates import FREE_INDEX_LETTERS as INDEX_LETTERS

SEQ = sp.Function("seq")
SIZES = range(1, 6)
DATA_VALUE = "a value of a sum of the data (an equation, not an identity)"
CONDITION = "an equation between sums of different data, each side with terms the other lacks (a condition the " \
            "data may satisfy, as the score equations at a fit do), not an identity"


def indexed(body, var):
    """The body with each name subscripted by `var` (x_i, ŷ_i) as seq(x, i); δ_ij, δ_ii as Kronecker's delta (it
    was a constant of the sum: Σ_i δ_ii = K came out wrong). (Other names with two indices, r_{i1}, stay as they
    were: read as data their values may rest on wrong steps.)"""
    suffix = "_" + var.name
    subs = {s: SEQ(sp.Symbol(s.name[:-len(suffix)]), var) for s in body.free_symbols
            if isinstance(s, sp.Symbol) and not isinstance(s, sp.Dummy) and s.name.endswith(suffix)
            and len(s.name) > len(suffix)}
    for s in body.free_symbols:
        if s in subs or not isinstance(s, sp.Symbol) or isinstance(s, sp.Dummy):
            continue
        delta = kronecker(s.name, lambda c: var if c == var.name else index_symbol(c))
        if delta is not None and var.name in s.name.partition("_")[2]:
            subs[s] = delta
    return body.xreplace(subs) if subs else body


def written_out(expr):
    """seq(x, 3) -> the name x_3 as written (after a sum with whole-number bounds is expanded)."""
    subs = {a: sp.Symbol(f"{a.args[0].name}_{a.args[1]}", real=True) for a in expr.atoms(SEQ) if a.args[1].is_Integer}
    return expr.xreplace(subs) if subs else expr


def has_sequences(*exprs) -> bool:
    return any(isinstance(e, sp.Basic) and e.has(SEQ) for e in exprs)


def unbounded_count(var):
    return sp.Symbol(f"n({var.name})", integer=True, positive=True)


def _instance(expr, n_values, values, rng, positive):
    """Every sum's symbolic upper bound at its size; every seq(x, k) and free name at a random value."""
    expr = expr.xreplace(n_values).doit()
    low = 1 if positive else -19
    for a in sorted(expr.atoms(SEQ), key=str):
        values.setdefault(a, sp.Rational(rng.randint(low, 19), rng.randint(1, 7)))
    expr = expr.xreplace(values)
    for s in sorted(expr.free_symbols, key=lambda s: s.name):
        values.setdefault(s, sp.Rational(rng.randint(low, 19), rng.randint(1, 7)))
    return expr.xreplace(values)


KRONECKER = re.compile(r"δ_([a-z0-9])([a-z0-9])$")


def kronecker(name: str, index):
    """Kronecker's delta for a name δ_ij, δ_ii, δ_i2 (at least one index letter; `index` makes a letter or digit
    an index), else None (δ_in: a label, "input", not two indices)."""
    found = KRONECKER.match(name)
    if not found or not all(c.isdigit() or c in INDEX_LETTERS for c in found.groups()) or \
            not any(c in INDEX_LETTERS for c in found.groups()):
        return None
    return sp.KroneckerDelta(*(index(c) for c in found.groups()))


def _over_the_same_terms(left, right) -> dict:
    """{n(i): 5} when the step's sums over i without bounds stand beside sums over i with one bound (ℓ'(λ) of
    `ℓ(λ) = \\sum_{i=1}^{n} y_i \\log λ - nλ` with n = 5, claimed as `\\frac{\\sum_i y_i}{λ} - n`): the same data,
    not a count of their own."""
    uppers: dict = {}
    for e in (left, right):
        for op in (e.atoms(sp.Sum) if isinstance(e, sp.Basic) else ()):
            for var, low, high in (lim for lim in op.limits if len(lim) == 3):
                uppers.setdefault(var, set()).add((low, high))
    found = {}
    for var, ranges in uppers.items():
        loose = {r for r in ranges if r[1] == unbounded_count(var)}
        others = ranges - loose
        if loose and len(others) == 1 and next(iter(others))[0] == 1 == next(iter(loose))[0]:
            found[unbounded_count(var)] = next(iter(others))[1]
    return found


def _bounds(left, right) -> set:
    return {s for e in (left, right) if isinstance(e, sp.Basic) for op in e.atoms(sp.Sum) for lim in op.limits
            for b in lim[1:] for s in b.free_symbols}


def _loose_indexed(*exprs) -> list[str]:
    """Names with a free index letter (p_j) that are not terms of any sum here."""
    return sorted({s.name for e in exprs if isinstance(e, sp.Basic) for s in e.free_symbols
                   if isinstance(s, sp.Symbol) and not isinstance(s, sp.Dummy) and
                   s.name.rpartition("_")[2] in tuple(INDEX_LETTERS) and s.name.rpartition("_")[0]})


def index_symbol(c: str):
    """An index as a name writes it: a digit is that whole number, a letter a free index (positive, whole)."""
    return sp.Integer(int(c)) if c.isdigit() else sp.Symbol(c, integer=True, positive=True)


def index_aware(left, right):
    """(left, right, free index letters): `y_j` outside Σ_i y_i(δ_ij - p_j) as the j-th term of the y the sum runs
    over (seq(y, j)), `δ_ij` as Kronecker's delta of the indices (the summation variable i inside the sum). Without
    this, y_j and δ_ij were names of their own, any numbers, and a true identity in them came out wrong."""
    exprs = [e for e in (left, right) if isinstance(e, sp.Basic)]
    # (a bound read as K in one side and K made commutative in the other -- a derivative taken -- is one K)
    bounds = {}
    for sym in sorted(_bounds(left, right), key=str):
        bounds.setdefault(sym.name, sym)
    same = {sym: bounds[sym.name] for e in exprs for sym in e.free_symbols
            if isinstance(sym, sp.Symbol) and sym.name in bounds and sym != bounds[sym.name]}
    if same:
        left, right = (e.xreplace(same) if isinstance(e, sp.Basic) else e for e in (left, right))
        exprs = [e for e in (left, right) if isinstance(e, sp.Basic)]
    summed = {lim[0].name: lim[0] for e in exprs for op in e.atoms(sp.Sum) for lim in op.limits}
    families = {a.args[0].name: a.args[0] for e in exprs for a in e.atoms(SEQ) if isinstance(a.args[0], sp.Symbol)}
    free: dict = {}

    def index(c):
        if c in summed:
            return summed[c]
        found = index_symbol(c)
        if not found.is_Integer:
            free.setdefault(c, found)
        return found

    for e in exprs:     # indices already free in seq(z, j) or a Kronecker delta (a derivative in z_j taken)
        for a in e.atoms(SEQ, sp.KroneckerDelta):
            for x in a.args[1:] if isinstance(a, SEQ) else a.args:
                if isinstance(x, sp.Symbol) and x == index_symbol(x.name) and x.name not in summed:
                    free.setdefault(x.name, x)

    subs = {}
    for e in exprs:
        for s in e.free_symbols:
            if not isinstance(s, sp.Symbol) or isinstance(s, sp.Dummy):
                continue
            base, _, sub = s.name.partition("_")
            if (delta := kronecker(s.name, index)) is not None:
                subs[s] = delta
            elif base in families and len(sub) == 1 and sub in INDEX_LETTERS and sub not in summed:
                subs[s] = SEQ(families[base], index(sub))
    if not subs:
        return left, right, tuple(free.values())     # (the bounds made one, if they were two)
    return left.xreplace(subs), right.xreplace(subs), tuple(free.values())


def check_sums(left, right, rel, worked: tuple = ()):
    """`worked`: names the sides hold as the numbers the file worked out for them (o = 0.1405 for o = Σ_j a_jv_j),
    not as their formulas in the terms: a difference at random terms then refutes nothing."""
    from verify.tex.results import OK, UNVERIFIED, WRONG
    from verify.tex.steps import Outcome
    if rel != "=":
        return Outcome(UNVERIFIED, f"relation {rel} between sums of sequences is not checked")
    # Σ x_i = 10, or n log θ - θ Σ x_i = 3 log θ - 4θ: the data's values put in, not an identity in the x_i
    # (decided as written: x_j outside the sums is a number of the data there)
    data_value = any(not has_sequences(e) and not (e.free_symbols - _bounds(left, right)) for e in (left, right)) or \
        has_sequences(left) != has_sequences(right)
    if (same := _over_the_same_terms(left, right)):
        left, right = left.xreplace(same), right.xreplace(same)
    left, right, free = index_aware(left, right)
    loose = _loose_indexed(left, right)
    bounds = sorted(_bounds(left, right), key=lambda s: s.name)
    if len(bounds) > 1:
        return Outcome(UNVERIFIED, "sums with several symbolic bounds are not checked")
    # Σ_i λ̂_i = Σ_i y_i, Σ_i x_iλ̂_i = Σ_i x_iy_i: each side has data the other lacks -- an equation the data
    # satisfy (the score at a fit), not an identity in them
    families = [{a.args[0] for a in e.atoms(SEQ)} for e in (left, right)]
    condition = bool(families[0] - families[1]) and bool(families[1] - families[0])
    rng = random.Random(5)
    tried = []
    for n in SIZES:
        n_values = {s: sp.Integer(n) for s in bounds}
        real = 0
        for positive, at_index in product((False, True), product(range(1, n + 1), repeat=len(free))):
            # (values of both signs, then positive ones (log p_i); a free index j at every value 1…n)
            values = {}
            try:
                indices = {letter: sp.Integer(k) for letter, k in zip(free, at_index)}
                a = _instance(left.xreplace(indices), n_values, values, rng, positive)
                b = _instance(right.xreplace(indices), n_values, values, rng, positive)
                a, b = sp.N(a, 40), sp.N(b, 40)
            except (TypeError, ValueError, ZeroDivisionError, NotImplementedError) as exc:
                return Outcome(UNVERIFIED, f"could not write the sums out ({type(exc).__name__})")
            if not (a.is_real and b.is_real and a.is_finite and b.is_finite):
                continue                    # outside the domain (log of a negative): no evidence either way
            real += 1
            if abs(a - b) > sp.Float("1e-25") * (1 + abs(a) + abs(b)):
                if data_value:              # Σ x_i = 10: what the data sum to, not an identity
                    return Outcome(UNVERIFIED, DATA_VALUE)
                if condition:
                    return Outcome(UNVERIFIED, CONDITION)
                if free and worked:
                    return Outcome(UNVERIFIED, f"differs at random terms, with {', '.join(worked)} the number(s) worked "
                                               "out for this file's data, not the formula in the terms (not checked)")
                if free and loose:
                    # p_j beside z_j, j free: p_j may be a member of a family defined elsewhere (p_i = e^{z_i}/…),
                    # which random values for it do not respect
                    return Outcome(UNVERIFIED, f"differs with {', '.join(loose)} any numbers; as members of families "
                                               "defined elsewhere they may be tied to the terms (not checked)")
                at = ", ".join([f"{s} = {n}" for s in bounds] + [f"{l} = {k}" for l, k in indices.items()]) or \
                    f"{n} terms"
                return Outcome(WRONG, f"not an identity: with {at} and random values of the terms, "
                                      f"left side = {sp.N(a, 8)}, right side = {sp.N(b, 8)}")
        if not real:
            return Outcome(UNVERIFIED, "no real values of the terms found to compare the sides at")
        tried.append(n)
    sizes = f"{tried[0]}…{tried[-1]}" if bounds else "its size"
    every = f", at every {', '.join(l.name for l in free)} = 1…{bounds[0] if bounds else 'n'}" if free else ""
    return Outcome(OK, f"equal with {', '.join(str(s) for s in bounds) or 'the sums'} = {sizes} terms, each term a random "
                       f"value{every}")


def sum_key(total):
    """A sum over the data as a key: its body in a fixed index, from its lower bound over all the data (Σ_i x_i,
    Σ_{i=1}^n x_i with n given, Σ_{j=1}^{n} x_j are one quantity: a part has one data set)."""
    (var, low, _), = total.limits
    k = sp.Symbol("k", integer=True)
    return sp.srepr(total.function.xreplace({var: k})), low


def stated_sum(left, right):
    r"""(the sum, its value) for `Σ_i x_i = 15`, `\sum_{i=1}^n (x_i - \bar x)^2 = 9.5`: one side a sum over the data
    (its terms not given), the other a number. None otherwise."""
    for total, value in ((left, right), (right, left)):
        if isinstance(total, sp.Sum) and len(total.limits) == 1 and total.function.has(SEQ) and \
                isinstance(value, sp.Expr) and value.is_number and not value.has(SEQ):
            return total, value
    return None


def with_stated_sums(expr, stated: dict):
    r"""The sums over the data the file stated a value for, put in (`\frac{\sum_i x_i}{n + 1}` after
    `\sum_i x_i = 3`)."""
    if not stated or not isinstance(expr, sp.Basic):
        return expr
    subs = {t: stated[sum_key(t)] for t in expr.atoms(sp.Sum) if len(t.limits) == 1 and sum_key(t) in stated}
    return expr.xreplace(subs) if subs else expr


def data_reading(left, right, scope, strict: bool = False, same_part: bool = True):
    """The sums over the file's own data: x_1 … x_m bound in the file, n = m (or None when the file
    does not bind such a sequence). Both sides as exact numbers, resolved by the scope. `strict`: None
    too when the data were given in an earlier part (another problem's data; unless not `same_part`), or rest
    on a step that was wrong or could not be checked (residuals worked out from a wrong value: a value right
    with them is not `ok`)."""
    heads = {a.args[0] for e in (left, right) for a in e.atoms(SEQ)}
    if not all(isinstance(h, sp.Symbol) for h in heads):
        return None         # seq(1, i): the name was resolved to a number, so it is no sequence of data
    bases = {h.name for h in heads}
    counts, entries = set(), {}
    for base in bases:
        vector = scope.matrices.get(base)
        plain = base
        if vector is None and base.isascii() and base not in scope.bindings and f"{base}_1" not in scope.bindings:
            # `\mathbf x = (1, 2, 3)`, then `\sum_i x_i^2`: the x_i are the entries of the bold vector (x plain has
            # no meaning of its own)
            base = written_vector(scope.matrices, base) or base
            vector = scope.matrices.get(base) if base not in scope.regiven else None
        if isinstance(vector, sp.MatrixBase) and min(vector.shape) == 1 and base.isascii() or plain != base:
            if not isinstance(vector, sp.MatrixBase) or min(vector.shape) != 1:
                return None
            if strict and (same_part and scope.matrix_sections.get(base, scope.section) != scope.section or
                           base in scope.matrix_rests):
                return None
            counts.add(len(vector))             # x = (1, 2, 6): its entries are the data x_1, x_2, x_3
            if plain != base:
                entries.update({sp.Symbol(f"{plain}_{k + 1}", real=True): v for k, v in enumerate(vector)})
            continue
        m = 0
        while f"{base}_{m + 1}" in scope.bindings and scope.bindings[f"{base}_{m + 1}"].value is not None:
            entry = scope.bindings[f"{base}_{m + 1}"]
            if strict and (same_part and entry.section != scope.section or entry.true_value is not None or
                           entry.wrong_line or entry.unchecked_line):
                return None
            m += 1
        counts.add(m)
    bounds = {s for e in (left, right) for op in e.atoms(sp.Sum, sp.Product) for lim in op.limits
              for b in lim[1:] for s in b.free_symbols}
    if len(counts) != 1 or 0 in counts or len(bounds) > 1:
        return None
    (m,) = counts
    size = {bounds.pop(): sp.Integer(m)} if bounds else {}     # Σ_{i=1}^{3}: the bounds say it already
    if all(getattr(b, "name", "").endswith(")") for b in size):
        # `\frac1n\sum_i x_i` over x = (1, 2, 6): a sum without bounds runs over the data, and the n beside it,
        # bound to nothing else, is their count (the convention of every such formula)
        # (not a name the data run over, n = (5, 2, 3), nor one a side is about: `N = \sum_k n_k` claims it)
        size.update({s: sp.Integer(m) for e in (left, right) for s in getattr(e, "free_symbols", ())
                     if getattr(s, "name", None) in ("n", "N") and s not in heads and s not in (left, right) and
                     s.name not in scope.bindings and s.name not in scope.matrices})
    sides = [written_out(e.xreplace(size).doit()).xreplace(entries) for e in (left, right)]
    sides = [scope.resolve(e.xreplace(size)) for e in sides]
    return sides if all(isinstance(e, sp.Expr) and not e.has(SEQ, sp.Sum, sp.Product) for e in sides) else None


def equal_at_points(left, right, points: int = 3) -> bool:
    """The two sides agree at random positive values of their free names (λ in a likelihood over the data)."""
    rng = random.Random(11)
    names = sorted(left.free_symbols | right.free_symbols, key=lambda s: s.name)
    for _ in range(points):
        at = {s: sp.Rational(rng.randint(1, 19), rng.randint(1, 7)) for s in names}
        a, b = sp.N(left.xreplace(at), 30), sp.N(right.xreplace(at), 30)
        if not (a.is_number and b.is_number) or abs(a - b) > sp.Float("1e-20") * (1 + abs(a) + abs(b)):
            return False
    return True
