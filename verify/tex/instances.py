r"""Matrix notation without declared shapes, checked by exact instantiation at small random sizes.

Capital names (`W`, `\mathbf{A}`) become n×n matrices (`I` the identity), bold or transposed lowercase names
(`\mathbf{x}`, `w^\top`) n×1 vectors, other names scalars; entries are random rationals and
every operation is exact: sums, products, integer powers, `A^{-1}`, `^\top`, `⊙`, `tr`, `det`, norms,
`diag`, log and exp of a number, gradients (verify.tex.vectors). Anything else (a function of a matrix) leaves the step to the caller.

Equal at n = 2 and n = 3 -> ok. Different -> wrong only if reading the capitals as vectors
does not make the step hold either (`X^\top Y = Y^\top X` holds for vectors); else undecided.
"""
from __future__ import annotations

import random
import re

import sympy as sp

from verify.tex.build import IDENTITY, literal_value
from verify.tex.names import bold_letter

SIZES = (2, 3)
# functions a vector is put through entry by entry (`\tanh(\mathbf a)`, `\sigma(\mathbf z)` read as its formula)
ELEMENTWISE = (sp.tanh, sp.exp, sp.log, sp.sinh, sp.cosh, sp.sin, sp.cos)
LATIN = re.compile(r"[a-z](?:_\w+)?")      # b in `\|a - b\|^2 = \|a\|^2 - 2a^\top b + \|b\|^2`: a vector, as a is


# a key of the values: is a vector read the way ML notation reads it, a number beside it in a sum in every entry, a
# power or a function of it entry by entry (see _ev)? Not when the plain letters are only guessed to be vectors
ENTRYWISE = object()


class Unfit(Exception):
    """Shapes that do not fit, or an operation outside the exact subset."""


def _random(rng, rows, cols):
    return sp.ImmutableMatrix(rows, cols, lambda i, j: sp.Rational(rng.randint(-9, 9), rng.randint(1, 5)))


def _assignment(symbols, matrix_names, n, rng, capitals_as_vectors=False, latin_as_vectors=False):
    values = {}
    for s in sorted(symbols, key=lambda s: s.name):
        if literal_value(s) is not None:
            values[s] = literal_value(s)
        elif s.name in IDENTITY and not s.is_commutative:
            values[s] = sp.eye(n)            # I: the identity, whatever the size
        elif s.name in matrix_names and s.name[:1].islower() or latin_as_vectors and LATIN.fullmatch(s.name) or \
                not s.is_commutative and (letter := bold_letter(s.name.partition("_")[0])) is not None and \
                letter.islower():     # (𝐛_1 as 𝐛)
            values[s] = _random(rng, n, 1)
        elif not s.is_commutative or s.name in matrix_names:
            values[s] = _random(rng, n, 1 if capitals_as_vectors else n)
        else:
            values[s] = sp.Rational(rng.randint(-9, 9), rng.randint(1, 5))
    return values


def _gradient(target, var, values, at=None):
    """The gradient of a number in a vector or matrix (or a derivative in a number), entry by entry; `at`: the
    definition of the name it is taken in (∂L/∂𝐚_2, 𝐚_2 = W_2𝐳_1 + 𝐛_2), where it is taken."""
    if not isinstance(var, sp.Symbol):
        raise Unfit("a derivative in something other than one name")
    if at is not None:
        point = _ev(at, values)
        if not var.is_commutative and not isinstance(point, sp.MatrixBase):
            raise Unfit("a vector name defined by a number")
        values = {**values, var: point}
    if var not in values:
        raise Unfit("a derivative in something other than one name")
    if isinstance(target, sp.Symbol) and target != var and literal_value(target) is None:
        raise Unfit("the derivative of a name whose definition is not known")   # (not 0: how it depends is unknown)
    v = values[var]
    if isinstance(v, sp.MatrixBase):
        z = sp.ImmutableMatrix(v.rows, v.cols, lambda i, j: sp.Symbol(f"_z{i}_{j}"))
        f = _scalar(_ev(target, {**values, var: z}))
        if isinstance(f, sp.MatrixBase):
            raise Unfit("the derivative of a vector or matrix (its layout is a convention)")
        return z.applyfunc(lambda zi: sp.diff(f, zi)).xreplace(dict(zip(z, v)))
    t = sp.Symbol("_t")
    f = _ev(target, {**values, var: t})
    d = f.applyfunc(lambda x: sp.diff(x, t)) if isinstance(f, sp.MatrixBase) else sp.diff(f, t)
    return d.xreplace({t: v})


def _hessian(target, var, values):
    """The Hessian of a number in a vector: the matrix of its second derivatives, entry by entry."""
    v = values.get(var) if isinstance(var, sp.Symbol) else None
    if not isinstance(v, sp.MatrixBase) or v.cols != 1:
        raise Unfit("a Hessian in something other than one vector")
    z = sp.ImmutableMatrix(v.rows, 1, lambda i, j: sp.Symbol(f"_z{i}"))
    f = _scalar(_ev(target, {**values, var: z}))
    if isinstance(f, sp.MatrixBase):
        raise Unfit("the Hessian of a vector")
    return sp.ImmutableMatrix(v.rows, v.rows, lambda i, j: sp.diff(f, z[i], z[j])).xreplace(dict(zip(z, v)))


def _ev(e, values):
    if isinstance(e, sp.Symbol):
        if e not in values:     # bound inside a derivative or Subs: nothing to put in for it
            raise Unfit(f"{e} is bound inside the expression")
        return values[e]
    if isinstance(e, sp.core.function.AppliedUndef) and e.func.__name__ == "grad":
        return _gradient(e.args[0], e.args[1], values, e.args[2] if len(e.args) == 3 else None)
    if isinstance(e, sp.core.function.AppliedUndef) and e.func.__name__ == "hessian":
        return _hessian(e.args[0], e.args[1], values)
    if e.is_Rational:
        return e
    args = [_ev(a, values) for a in e.args]
    if e.is_Add or e.is_Mul:
        args = [_scalar(a) for a in args]        # w^T x is a number: w^T x + b, (w^T x) x
    try:
        if e.is_Add:
            shapes = {a.shape if isinstance(a, sp.MatrixBase) else None for a in args}
            if len(shapes) == 2 and None in shapes and (shape := max(shapes, key=bool))[1] == 1 and \
                    values.get(ENTRYWISE):
                # `1 - \mathbf h \odot \mathbf h`: a number beside vectors is that number in every entry (matrices:
                # A + 1 has no such reading)
                args = [a if isinstance(a, sp.MatrixBase) else a * sp.ones(*shape) for a in args]
            elif len(shapes) > 1:
                raise Unfit("a sum of a matrix and something of another shape")
            out = args[0]
            for a in args[1:]:
                out = out + a
            return out
        if e.is_Mul:
            out = args[0]
            for a in args[1:]:
                out = out * a
            return out
        if e.is_Pow and e.exp.is_Integer:
            base, n = args[0], int(e.exp)
            if isinstance(base, sp.MatrixBase):
                if base.shape == (1, 1):
                    base = base[0, 0]
                elif base.cols == 1 and values.get(ENTRYWISE):
                    # (1 + e^{-𝐚})^{-1}, 𝐡^2: a vector has no inverse or square but entry by entry
                    return base.applyfunc(lambda x: _power(x, n))
                elif n < 0:
                    return base.inv() ** (-n)
                else:
                    return base ** n
            return _power(base, n)
    except (sp.ShapeError, sp.NonSquareMatrixError, ValueError, ZeroDivisionError, TypeError) as exc:
        raise Unfit(type(exc).__name__) from None
    name = e.func.__name__ if isinstance(e, sp.core.function.AppliedUndef) else ""
    (a,) = args if len(args) == 1 else (None,)
    if e.func in (sp.log, sp.exp) and len(args) == 1 and not isinstance(_scalar(a), sp.MatrixBase):
        return e.func(_scalar(a))           # log det X, e^{w^T x}: a function of a number, exact
    if isinstance(a, sp.MatrixBase) and a.cols == 1 and e.func in ELEMENTWISE and values.get(ENTRYWISE):
        return a.applyfunc(e.func)          # tanh(𝐚), e^{𝐳}: of a vector, entry by entry (of a matrix: not one reading)
    if name == "transpose" and a is not None:
        return a.T if isinstance(a, sp.MatrixBase) else a
    if name == "hadamard" and len(args) == 2 and all(isinstance(x, sp.MatrixBase) for x in args):
        if args[0].shape != args[1].shape:
            raise Unfit("⊙ of different shapes")
        return args[0].multiply_elementwise(args[1])
    if name == "norm" and a is not None:
        return sp.sqrt(sum(x ** 2 for x in a)) if isinstance(a, sp.MatrixBase) else sp.Abs(a)
    if name == "diag" and isinstance(a, sp.MatrixBase) and (a.cols == 1 or a.is_square):
        return sp.ImmutableMatrix(sp.diag(*a)) if a.cols == 1 else sp.ImmutableMatrix([a[i, i] for i in range(a.rows)])
    if name in ("tr", "det") and isinstance(a, sp.MatrixBase) and a.is_square:
        return a.trace() if name == "tr" else a.det()
    raise Unfit(f"{e.func} is outside the exact subset")


def _power(base, n):
    if base == 0 and n < 0:
        raise Unfit("division by zero at the instance")
    return base ** n


def _scalar(v):
    return v[0, 0] if isinstance(v, sp.MatrixBase) and v.shape == (1, 1) else v


def _holds(left, right, matrix_names, n, seed, capitals_as_vectors=False, latin_as_vectors=False) -> bool:
    symbols = left.free_symbols | right.free_symbols
    values = _assignment(symbols, matrix_names, n, random.Random(seed), capitals_as_vectors, latin_as_vectors)
    values[ENTRYWISE] = not latin_as_vectors
    a, b = _scalar(_ev(left, values)), _scalar(_ev(right, values))
    if isinstance(a, sp.MatrixBase) != isinstance(b, sp.MatrixBase):
        raise Unfit("a matrix on one side, a number on the other")
    if isinstance(a, sp.MatrixBase) and a.shape != b.shape:
        raise Unfit(f"shapes {a.shape} and {b.shape}")
    difference = a - b
    return all(_zero(x) for x in difference) if isinstance(difference, sp.MatrixBase) else _zero(difference)


def _zero(x) -> bool:
    """Exactly 0, for a number with no free names: rational arithmetic exactly; with exp or log in it (e^{-(c + 𝐯^⊤𝐡)}),
    to 50 digits, where simplify can take minutes over the gcds of large rationals."""
    if not isinstance(x, sp.Basic):
        return x == 0
    if x.is_Rational:
        return x == 0
    if not x.free_symbols:
        value = sp.N(x, 50)
        if value.is_Number:
            return abs(value) < sp.Float("1e-40", 50)
    return sp.simplify(x) == 0


def instantiated(left, right, matrix_names):
    """(verdict word, detail) from random instances, or None when the step is outside the subset."""
    from verify.tex.templates import STAND_IN
    if any(STAND_IN in s.name for s in left.free_symbols | right.free_symbols if isinstance(s, sp.Symbol)):
        return None     # 𝐰_1ᵀ𝐱 stands for a number made of vectors: at random instances those would be left out
    bold = {bold_letter(s.name) for s in left.free_symbols | right.free_symbols if isinstance(s, sp.Symbol)} - {None}
    names = [s for s in left.free_symbols | right.free_symbols if isinstance(s, sp.Symbol)]
    if any(s.is_commutative and s.name.partition("_")[0] in bold for s in names) or \
            len({s.name for s in names}) < len(names):
        # h_1 beside 𝐡: an entry of the vector, which a random instance would take apart from it; 𝐡 both as a
        # vector and as a number (a derivative taken with the names as numbers): not one reading of the step
        return None
    latin = False
    try:
        results = [_holds(left, right, matrix_names, n, seed=7 + n) for n in SIZES]
    except Unfit:
        # the shapes do not fit with the plain lowercase letters as numbers: read them all as vectors (`a^\top b`
        # makes a a vector, and so b); Greek letters stay numbers
        try:
            latin = True
            results = [_holds(left, right, matrix_names, n, seed=7 + n, latin_as_vectors=True) for n in SIZES]
        except Unfit:
            return None
    kind = " and plain lowercase letters as vectors" if latin else ""
    if all(results) and not any(s.name[:1].isupper() or s.name in matrix_names for s in names if not s.is_commutative):
        return "ok", f"equal at random vectors of {' and '.join(str(n) for n in SIZES)} entries (bold lowercase " \
                     f"letters as vectors{kind})"
    if all(results):
        return "ok", f"equal at random {' and '.join(f'{n}×{n}' for n in SIZES)} instances (capitals as square " \
                     f"matrices{kind})"
    if any(results):
        # det(2A) = 4 det A holds for 2×2 matrices only: with no size given, the size decides, not the notation
        held, failed = SIZES[results.index(True)], SIZES[results.index(False)]
        return "unverified", f"holds at random {held}×{held} instances, not at {failed}×{failed}: true only for some " \
                             f"sizes, which the file does not give here"
    try:
        as_vectors = _holds(left, right, matrix_names, 3, seed=11, capitals_as_vectors=True, latin_as_vectors=latin)
    except Unfit:
        as_vectors = False
    if as_vectors:
        return None
    n = SIZES[results.index(False)]
    return "wrong", f"differs at a random {n}×{n} instance (capitals as square matrices, lowercase " \
                    f"{'letters' if latin else 'bold'} as vectors)"
