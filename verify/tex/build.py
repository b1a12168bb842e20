r"""Whitelisted SymPy constructors with size caps, and the parser's error types.

Every SymPy object the checker works on is built here or in the parser by calling
a constructor; nothing is parsed from a string.
"""
from __future__ import annotations

import functools
import math
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Callable, Mapping

import sympy as sp

from verify.tex.tokens import Tok

MAX_TOKENS = 1500
MAX_INT_DIGITS = 60
MAX_RESULT_DIGITS = 3000      # 10**3000 is the largest number built from literals
MAX_POLY_POWER = 60           # (a+b)^n with larger n is not expanded
MAX_INVERSE = 4               # A^{-1} of a written-out matrix up to 4×4 (exact inverses grow fast)
IDENTITY = {"I", "𝐈", "𝕀"}

# Functions by their definitions, built from ones the numeric evaluator knows.
DEFINED = {"sech": lambda x: 1 / sp.cosh(x), "csch": lambda x: 1 / sp.sinh(x),
           "coth": lambda x: sp.cosh(x) / sp.sinh(x),
           "arsinh": lambda x: sp.log(x + sp.sqrt(x ** 2 + 1)), "arcosh": lambda x: sp.log(x + sp.sqrt(x ** 2 - 1)),
           "artanh": lambda x: sp.log((1 + x) / (1 - x)) / 2}
for _short, _aliases in (("arsinh", ("asinh", "arcsinh")), ("arcosh", ("acosh", "arccosh")),
                         ("artanh", ("atanh", "arctanh"))):
    for _alias in _aliases:
        DEFINED[_alias] = DEFINED[_short]
FUNCS = {"sin": sp.sin, "cos": sp.cos, "tan": sp.tan, "exp": sp.exp, "ln": sp.log, "sinh": sp.sinh,
         "cosh": sp.cosh, "tanh": sp.tanh, "arcsin": sp.asin, "arccos": sp.acos, "arctan": sp.atan,
         "sec": sp.sec, "csc": sp.csc, "cot": sp.cot, "log": sp.log, "coth": DEFINED["coth"]}
def relu(x):
    """max(0, x); of a vector not yet known (𝐡 = ReLU(𝐚_1) before the numbers), an application kept as written."""
    return sp.Max(0, x) if x.is_commutative else sp.Function("ReLU")(x)


def sign(x):
    """sign(x): -1, 0 or 1 (SymPy's sign; d|w|/dw away from 0); of a vector not yet known, kept as written."""
    return sp.sign(x) if x.is_commutative else sp.Function("sign")(x)


NAMED_FUNCS = {**DEFINED, "ReLU": relu, "relu": relu, "sign": sign, "sgn": sign,
               "softplus": lambda x: sp.log(1 + sp.exp(x)), "sigmoid": lambda x: 1 / (1 + sp.exp(-x)),
               "logit": lambda x: sp.log(x / (1 - x)), "expit": lambda x: 1 / (1 + sp.exp(-x)),
               "exp": sp.exp, "tanh": sp.tanh, "log": sp.log, "ln": sp.log}
FUNCTION_LOOKING = {"f", "g", "h", "F", "G", "H", "I", "L", "J", "ℓ", "φ", "ψ", "Φ"}   # name(…) reads as a call or a product
MULTIPLY = {"cdot", "times", "ast"}
BINOPS = {"+", "-", "pm", "mp"}


class ParseError(Exception):
    def __init__(self, message: str, offset: int):
        super().__init__(message)
        self.offset = offset


# matrix notation left unevaluated (names of unknown shape); made once: a new class per call cost 7 % of a step
TRANSPOSE, HADAMARD = sp.Function("transpose"), sp.Function("hadamard")

class Squared(sp.Symbol):
    r"""A parameter written squared in a function's head (`\ell(\mu, \sigma^2) = …`, the variance as the argument):
    the body is in σ; an argument given there is σ², so σ is its root (σ ≥ 0, as a standard deviation is)."""


def at_squared(arg):
    r"""σ for the argument σ² (`\ell(\hat\mu, \hat\sigma^2)`: σ̂), else the root of the argument."""
    if isinstance(arg, sp.Pow) and arg.exp == 2:
        return arg.base
    return sp.sqrt(arg)


def name_symbol(name: str, maybe_matrix: bool = False) -> sp.Symbol:
    """A symbol for a written name: capitals (W, Σ) and bold names may be matrices, so they
    are kept non-commutative (AB ≠ BA) until a step is checked; the rest are real numbers."""
    if maybe_matrix or (len(name) == 1 and name.isupper()):
        return sp.Symbol(name, commutative=False)
    return sp.Symbol(name, real=True)


def commutative(expr):
    """The same expression with every name read as a real number."""
    if not isinstance(expr, sp.Basic):
        return expr
    subs = {s: sp.Symbol(s.name, real=True) for s in expr.free_symbols
            if isinstance(s, sp.Symbol) and not s.is_commutative}
    return expr.xreplace(subs) if subs else expr


KINK_SLOPE = sp.Function("slope_at_kink", real=True)     # never a name the file can bind
PLUS_MINUS = sp.Function("plus_minus")      # `a \pm b` as a whole side: centre a, half-width b (steps.plus_minus)


def undefined_at_kinks(expr):
    """SymPy differentiates max(0, x) to Heaviside(x) with the value 1/2 at 0; the slope of a kink is not
    defined (frameworks pick 0, some texts 1/2 or 1), so ReLU'(0) = 1/2 must not come out proved."""
    if not isinstance(expr, sp.Basic) or not expr.has(sp.Heaviside):
        return expr
    return expr.replace(lambda e: isinstance(e, sp.Heaviside), lambda e: sp.Heaviside(e.args[0], KINK_SLOPE(e.args[0])))


def shown(expr) -> str:
    """An expression for a message: decimal literals by their written text."""
    if isinstance(expr, sp.Basic):
        subs = {d: sp.Symbol(d.name) for d in expr.atoms(sp.Dummy)}
        return str(expr.xreplace(subs))
    return str(expr)


class Ambiguous(ParseError):
    def __init__(self, readings: list[str], offset: int):
        super().__init__("ambiguous: " + " or ".join(readings), offset)
        self.readings = readings


class Branch(Ambiguous):
    """Raised by a parse that reached a notation with two readings it was not told which to take."""


@dataclass(frozen=True)
class Context:
    """What the parser must know about the file so far."""
    functions: Mapping = field(default_factory=dict)   # name -> (params tuple, body)
    values: frozenset = frozenset()                     # names bound to a value
    matrices: Mapping = field(default_factory=dict)     # name -> explicit matrix value
    macros: Mapping = field(default_factory=dict)       # \newcommand name -> (arguments, body text)
    open_functions: frozenset = frozenset()             # g in h_1 = g(a_1), g'(x): always applied, never a factor
    laws: frozenset = frozenset()                       # names of distributions (p = 𝒩(0, 1), X ∼ Exp(2)): H(p) is applied
    thousands: bool | None = None   # `5{,}050`: True a thousands separator, False a decimal comma, None both
    value_at: Callable | None = field(default=None, compare=False)   # `L(b + h)`: L with b moved (Scope.value_at)
    gradient_in: Callable | None = field(default=None, compare=False)   # ∂L/∂x, x written out (vector_gradients)
    expect_under: Callable | None = field(default=None, compare=False)   # 𝔼_q[…] with q a law given (named_laws)
    in_entries: Callable | None = field(default=None, compare=False)   # c(u) read again in u_1, u_2, … (∂c/∂u_1)
    sum_bounds: frozenset = frozenset()   # t in \sum_{s=1}^{t} in this chain: β_1^t is a power there
    matrix_hints: frozenset = frozenset()  # names another side of the chain writes transposed or bold: vectors here
    point_free: bool = False    # `\tanh' = 1 - \tanh^2`: a function with nothing after it is applied to one point ξ


POINT = sp.Symbol("ξ", real=True)     # the point a point-free equation between functions is read at


@dataclass(frozen=True)
class Parsed:
    expr: object
    matrix_names: frozenset = frozenset()   # symbols written bold or transposed: maybe matrices
    bound_matrices: frozenset = frozenset()  # names whose written-out vector or matrix value was put in
    at_point: frozenset = frozenset()       # names a gradient was taken in, then evaluated at their given value
    reading: tuple = ()                     # the readings chosen where the notation has two
    others: tuple = ()                      # the other readings of the same text (Parsed objects)


def literal(text: str) -> sp.Dummy:
    """A decimal as written, e.g. Dummy("0.0655"): SymPy will not fold it away, the text survives."""
    if Fraction(text) == 0:
        return sp.Dummy(text, zero=True)
    return sp.Dummy(text, positive=True)


def literal_value(d: sp.Dummy) -> sp.Rational | None:
    """Exact value of a decimal-literal Dummy, or None for any other symbol."""
    if not isinstance(d, sp.Dummy) or not d.name or not (d.name[0].isdigit() or d.name[0] == "."):
        return None
    return _exact(d.name)


@functools.lru_cache(maxsize=8192)
def _exact(text: str) -> sp.Rational:
    f = Fraction(text)
    return sp.Rational(f.numerator, f.denominator)


def _show(t: Tok) -> str:
    return "\\" + t.value if t.kind == "macro" else repr(t.value)


def _is(t, kind, *values):
    return t is not None and t.kind == kind and (not values or t.value in values)


def group_end(toks, j) -> tuple[int, list[int]]:
    """From index j inside a bracketed group: the index of the `)` or `]` that closes it (len(toks)
    if none does) and the indices of the tokens between at bracket depth 0 (brackets excluded)."""
    depth, top = 0, []
    while j < len(toks):
        u = toks[j]
        if _is(u, "char", "(", "["):
            depth += 1
        elif _is(u, "char", ")", "]"):
            if depth == 0:
                break
            depth -= 1
        elif depth == 0:
            top.append(j)
        j += 1
    return j, top


def sigmoid(x):
    return sp.Pow(1 + sp.exp(-x), -1, evaluate=False)


def _check_size(base, exp, pos):
    if base.is_number and exp.is_number and base.is_real and exp.is_real and base != 0:
        mag = abs(float(exp)) * abs(math.log10(abs(float(base)))) if base.is_finite else math.inf
        if mag > MAX_RESULT_DIGITS:
            raise ParseError("number too large to evaluate", pos)
    if exp.is_Integer and abs(exp) > MAX_POLY_POWER and not base.is_Atom:
        raise ParseError(f"power {exp} of a compound expression is too large to expand", pos)


def power(base, exp, pos):
    if isinstance(exp, sp.MatrixBase):
        if base == sp.E and 1 in exp.shape:
            return exp.applyfunc(sp.exp)        # e^z of a vector: entry by entry, as ML notation means
        raise ParseError("a power with a matrix exponent", pos)
    if isinstance(base, sp.MatrixBase):
        if exp.is_Integer and 0 <= exp <= MAX_POLY_POWER and base.is_square:
            return base ** int(exp)
        if exp.is_Integer and -MAX_POLY_POWER <= exp < 0 and base.is_square and base.rows <= MAX_INVERSE:
            try:
                singular = _exactly(base.det()) == 0
                inverse = None if singular else sp.ImmutableMatrix(base.inv())
            except (sp.PolynomialError, NotImplementedError, ValueError, TypeError):
                # (X^⊤WX)^{-1} with entries that are vectors or matrices themselves: no determinant to take
                raise ParseError("the inverse of a matrix whose entries are not numbers", pos) from None
            if singular:
                raise ParseError("the inverse of a singular matrix", pos)
            return inverse ** int(-exp)
        raise ParseError("power of a matrix", pos)
    _check_size(base, exp, pos)
    if base.is_Add and exp == -1:
        return sp.Pow(base, exp, evaluate=False)   # 1/(a+b): nothing to evaluate, and evaluating is slow
    return sp.Pow(base, exp)


def _exactly(e):
    """e with every decimal literal at its written value: whether a matrix is singular as written."""
    if not isinstance(e, sp.Basic):
        return e
    return sp.simplify(e.xreplace({d: literal_value(d) for d in e.atoms(sp.Dummy) if literal_value(d) is not None}))


def is_identity(s) -> bool:
    """`I`, `𝐈`, `I_3`: the identity matrix (its size the other matrix's, or the subscript)."""
    return isinstance(s, sp.Symbol) and not isinstance(s, sp.Dummy) and \
        (s.name in IDENTITY or s.name.split("_")[0] in IDENTITY and s.name.split("_", 1)[-1].isdigit())


def as_identity(c, n, pos=0):
    """A scalar expression that is k·I (I the identity) as k times the n×n identity, else None."""
    if not isinstance(c, sp.Basic) or not any(is_identity(s) for s in c.free_symbols):
        return None
    total = sp.Integer(0)
    for term in sp.Add.make_args(sp.expand(c)):
        eyes = [f for f in sp.Mul.make_args(term) if is_identity(f)]
        if len(eyes) != 1:
            return None         # λ + I, I², I·J: not one multiple of the identity
        size = eyes[0].name.split("_", 1)[1] if "_" in eyes[0].name else None
        if size is not None and int(size) != n:
            raise ParseError(f"{eyes[0].name} with a {n}×{n} matrix", pos)
        total += sp.Mul(*[f for f in sp.Mul.make_args(term) if f is not eyes[0]])
    return total * sp.eye(n)


def _as_entries(c, size: int, row: bool):
    """𝐡 (or 𝐡^⊤) beside a written-out vector or matrix it multiplies: the column (h_1, …, h_n) of its entries by
    their usual names; None for anything else (a product of a written-out matrix and a number)."""
    from verify.tex.names import bold_letter
    transposed = getattr(c, "func", None) == TRANSPOSE
    s = c.args[0] if transposed else c
    # (𝐡, 𝛅: not \vec h; 𝐰_j^⊤ as a row only: the weights into unit j, named 𝐰_{j1}, 𝐰_{j2}, … after the vector, so
    # that a weight matrix the file writes can give them by its rows or its columns: templates.weight_entry)
    stem, _, index = s.name.partition("_") if isinstance(s, sp.Symbol) and not s.is_commutative else ("", "", "")
    letter = bold_letter(stem) if stem else None
    if letter is None or not letter.islower() or transposed != row or \
            index and not (transposed and len(index) == 1 and index.isalnum()):
        return None
    names = [f"{stem}_{index}{k}" if index else f"{letter}_{k}" for k in range(1, size + 1)]
    column = sp.ImmutableMatrix(size, 1, [sp.Symbol(n, real=True) for n in names])
    return column.T if row else column


def times(a, b, pos):
    if isinstance(a, sp.MatrixBase) != isinstance(b, sp.MatrixBase):
        m, c = (a, b) if isinstance(a, sp.MatrixBase) else (b, a)
        eye = as_identity(c, m.rows if m is b else m.cols, pos)
        if eye is not None:           # λI·A, A·I with I the identity
            return sp.ImmutableMatrix(eye * m if m is b else m * eye)
        # `𝐯^⊤𝐡` with 𝐯 = (0.7, -0.5) written out and 𝐡 not: 𝐡 is (h_1, h_2), not a number times each entry
        entries = _as_entries(c, m.cols if m is a else m.rows, row=m is b)
        if entries is not None:
            return times(a, entries, pos) if m is a else times(entries, b, pos)
    try:
        product = a * b
    except Exception as exc:  # SymPy raises ShapeError & co. for incompatible matrices
        raise ParseError(f"cannot multiply: {type(exc).__name__}", pos) from None
    if isinstance(a, sp.MatrixBase) and isinstance(b, sp.MatrixBase) and product.shape == (1, 1) and a.cols > 1:
        return product[0, 0]        # 𝐱^⊤ S 𝐱, 𝐰^⊤𝐱: a number
    return product


def as_ones(c):
    """k for a scalar expression k·𝟏 (`\\mathbf 1`, the vector of ones), else None."""
    ones = [s for s in getattr(c, "free_symbols", ()) if s.name == "1" or s.name.startswith("1_")]
    if len(ones) != 1:
        return None
    k = sp.expand(c / ones[0])
    return k if not k.has(ones[0]) and sp.expand(k * ones[0] - c) == 0 else None


def plus(a, b, pos):
    """a + b; a scalar added to a vector is broadcast, as ML notation (1 - h) means. Added to a square
    matrix it has two readings, λI (linear algebra: A^T A + λ) and every entry (NumPy): refused."""
    if isinstance(a, sp.MatrixBase) != isinstance(b, sp.MatrixBase):
        m, c = (a, b) if isinstance(a, sp.MatrixBase) else (b, a)
        eye = as_identity(c, m.rows, pos) if m.rows == m.cols else None
        if eye is not None:           # A + λI with I the identity
            return sp.ImmutableMatrix(m + eye)
        k = as_ones(c) if 1 in m.shape else None
        if k is not None:             # W_1x + b𝟏: the shared bias added to every entry
            return m.applyfunc(lambda e: e + k)
        if m.rows == m.cols > 1 and c != 0:
            raise ParseError("a number added to a square matrix: λI or every entry?", pos)
        return m.applyfunc(lambda e: e + c)
    try:
        return a + b
    except Exception as exc:  # SymPy's ShapeError & co.
        raise ParseError(f"cannot add: {type(exc).__name__}", pos) from None


def hadamard(a, b, pos):
    if isinstance(a, sp.MatrixBase) and isinstance(b, sp.MatrixBase):
        if a.shape != b.shape:
            raise ParseError(f"⊙ of shapes {a.shape} and {b.shape}", pos)
        return a.multiply_elementwise(b)
    if isinstance(a, sp.MatrixBase) or isinstance(b, sp.MatrixBase):
        return times(a, b, pos)
    return HADAMARD(a, b)


def elementwise(fn, args, pos):
    r"""fn(a, b, …) entry by entry when an argument is a matrix: \max(0, z) is ReLU."""
    shapes = {a.shape for a in args if isinstance(a, sp.MatrixBase)}
    if not shapes:
        try:
            return fn(*args)
        except (ValueError, TypeError):     # max(0, Z) of a random variable Z: SymPy compares only real numbers
            raise ParseError(f"{fn.__name__.lower()} of {', '.join(map(str, args))}, which are not all real numbers",
                             pos) from None
    if len(shapes) > 1:
        raise ParseError(f"arguments of shapes {sorted(shapes)}", pos)
    (rows, cols), = shapes
    return sp.ImmutableMatrix(rows, cols, lambda i, j: fn(*[a[i, j] if isinstance(a, sp.MatrixBase) else a
                                                           for a in args]))


def apply(fn, arg):
    return arg.applyfunc(fn) if isinstance(arg, sp.MatrixBase) else fn(arg)


