"""A network's matrix formulas, two ways: written out at a small size (to prove), NumPy at any size (to check).

A forward and backward pass is a chain of definitions over MatrixSymbols of symbolic size,
``{A1: W1*X + b1*1ᵀ, Z1: σ∘A1, ...}`` in the order of the solution. `explicit` writes a formula
out entry by entry at a small size, one real symbol per entry, so SymPy can differentiate per
element and the prover can compare. `numpy_function` evaluates the same formulas on float64
arrays of any size, one lambdified definition at a time, so every intermediate is computed once
(as in a real forward/backward pass) and its shape is checked against its symbol's.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Callable, Mapping, Sequence

import numpy as np
import sympy as sp
from sympy.matrices.expressions.applyfunc import ElementwiseApplyFunction
from sympy.printing.numpy import NumPyPrinter

Chain = Mapping[sp.MatrixSymbol, sp.MatrixExpr]


def elementwise(function, matrix: sp.MatrixExpr) -> sp.MatrixExpr:
    """f∘A: the scalar function f applied to every entry of A."""
    return matrix.applyfunc(function)


def shape(m) -> str:
    """"H×M": a matrix symbol's size as written."""
    return "×".join(map(str, m.shape))


def size_of(m, sizes: Mapping) -> tuple[int, ...]:
    """A matrix symbol's size at `sizes` ({H: 2, ...}) as integers."""
    return tuple(int(sizes[n]) if n in sizes else int(n) for n in m.shape)


def entries(symbol: sp.MatrixSymbol, rows: int, cols: int, stem: str | None = None) -> sp.ImmutableMatrix:
    """rows×cols real symbols named after `symbol`, 1-based as on paper: W1_12, x_3."""
    stem = stem or symbol.name.replace("_", "")

    def name(i, j):
        index = f"{i + 1}{j + 1}" if rows > 1 and cols > 1 else f"{i + j + 1}" if rows * cols > 1 else ""
        return f"{stem}_{index}" if index else stem
    return sp.ImmutableMatrix(rows, cols, lambda i, j: sp.Symbol(name(i, j), real=True))


def expand(expr, chain: Chain):
    """Substitute the chain's definitions until none is left."""
    for _ in range(len(chain) + 1):
        new = expr.xreplace(dict(chain))
        if new == expr:
            break
        expr = new
    return expr


def explicit(expr, chain: Chain, sizes: Mapping, values: Mapping) -> sp.ImmutableMatrix:
    """`expr` written out entry by entry at `sizes` ({H: 2, ...}), inputs replaced by `values`."""
    sizes = {n: sp.Integer(k) for n, k in sizes.items()}     # sizes are symbols: xreplace, not the slower subs
    at_size = expand(expr, chain).xreplace(sizes)
    return _written_out(at_size.xreplace({k.xreplace(sizes): v for k, v in values.items()}))


@lru_cache(maxsize=1024)
def _written_out(e) -> sp.ImmutableMatrix:
    """Explicit matrix arithmetic, node by node (MatrixExpr.as_explicit goes through Sum: far slower).
    Cached: a subexpression that occurs again (z₁ in δ₁ = (W₂ᵀδ₂) ⊙ z₁ ⊙ (1 − z₁), and in every
    claim about the same small network) is written out once."""
    return _written_out_node(e, _written_out)


def _written_out_node(e, recurse) -> sp.ImmutableMatrix:
    if isinstance(e, sp.MatrixBase):
        return sp.ImmutableMatrix(e)
    if isinstance(e, sp.MatAdd):
        terms = [recurse(t) for t in e.args]
        return sp.ImmutableMatrix(sum(terms[1:], terms[0]))
    if isinstance(e, sp.MatMul):
        scalars = sp.Mul(*(t for t in e.args if not isinstance(t, sp.MatrixExpr)))
        product = recurse(next(t for t in e.args if isinstance(t, sp.MatrixExpr)))
        for t in [t for t in e.args if isinstance(t, sp.MatrixExpr)][1:]:
            product = product * recurse(t)
        return sp.ImmutableMatrix(scalars * product)
    if isinstance(e, sp.Transpose):
        return recurse(e.arg).T
    if isinstance(e, sp.HadamardProduct):
        out = recurse(e.args[0])
        for t in e.args[1:]:
            out = out.multiply_elementwise(recurse(t))
        return sp.ImmutableMatrix(out)
    if isinstance(e, sp.HadamardPower):
        return recurse(e.base).applyfunc(lambda v: v ** e.exp)
    if isinstance(e, ElementwiseApplyFunction):
        return recurse(e.expr).applyfunc(e.function)
    return sp.ImmutableMatrix(e.as_explicit())   # OneMatrix, Identity, ...


def tidy(expr, prefer=()):
    """Factor `expr` for reading, writing each factor as in `prefer` (ŷ − y, not y − ŷ) where it can."""
    try:
        coeff, factors = sp.factor_list(expr)
    except sp.PolynomialError:   # not a polynomial in its symbols: leave it as SymPy wrote it
        return expr
    out = []
    for f, k in factors:
        if sp.expand(-f) in prefer and k % 2:
            f, coeff = sp.expand(-f), -coeff
        out.append(f ** k)
    out.sort(key=lambda f: f not in prefer[:1])   # the leading factor (δ) first, as written by hand
    return sp.Mul(*([coeff] if coeff != 1 else []), *out, evaluate=False)


class _NumPyMatrixPrinter(NumPyPrinter):
    """NumPy code for matrix formulas; f∘A calls f's NumPy implementation (SymPy's printer lacks it)."""

    def __init__(self, names: Mapping, settings=None):
        super().__init__(settings)
        self._elementwise_names = names

    def _print_ElementwiseApplyFunction(self, expr):
        body = expr.function.expr
        if body.func not in self._elementwise_names or body.args != expr.function.variables:
            raise TypeError(f"no NumPy implementation for elementwise {expr.function}")
        return f"{self._elementwise_names[body.func]}({self._print(expr.expr)})"

    def _print_HadamardPower(self, expr):
        return f"{self._module_format(self._module + '.power')}({self._print(expr.base)}, {self._print(expr.exp)})"


@lru_cache(maxsize=1024)
def _compiled(expr, elementwise: tuple):
    """(matrix arguments, size arguments, NumPy code) for `expr`. The NumPy versions of the functions
    in `elementwise` are passed in as the last arguments, so one compiled formula serves them all."""
    matrices = sorted(expr.atoms(sp.MatrixSymbol), key=lambda s: s.name)
    scalars = sorted((s for s in expr.free_symbols if not isinstance(s, sp.MatrixSymbol)), key=lambda s: s.name)
    # Lambdify prints names into code: use safe ones (dummify would turn matrices into scalars).
    safe = {m: sp.MatrixSymbol(f"_m{i}", *m.shape) for i, m in enumerate(matrices)}
    safe.update({v: sp.Symbol(f"_s{i}") for i, v in enumerate(scalars)})
    names = {f: f"_elementwise_{i}" for i, f in enumerate(elementwise)}
    printer = _NumPyMatrixPrinter(names, {"fully_qualified_modules": False, "inline": True,
                                          "allow_unknown_functions": True})
    arguments = [safe[v] for v in matrices + scalars] + [sp.Symbol(n) for n in names.values()]
    return matrices, scalars, sp.lambdify(arguments, expr.xreplace(safe), modules="numpy", printer=printer,
                                             docstring_limit=0)


def numpy_function(outputs: Mapping[str, sp.MatrixExpr], chain: Chain, inputs: Sequence[sp.MatrixSymbol],
                   functions: Mapping[object, Callable] = {}) -> Callable[..., dict]:
    """f(**arrays) -> {name: ndarray}: the `outputs` formulas evaluated in float64.

    Matrix symbols are matched by name; arrays are keyed by the inputs' names, and symbolic sizes
    (H, N, ...) are read off their shapes. `functions` maps each SymPy function used elementwise
    (f in f∘A) to a NumPy ufunc. A definition whose result has the wrong shape raises ValueError naming it.
    """
    elementwise, implementations = tuple(functions), tuple(functions.values())

    def compile_(expr):
        return _compiled(expr, elementwise)

    needed = set()
    wanted = {m.name for e in outputs.values() for m in e.atoms(sp.MatrixSymbol)}
    for symbol, expr in reversed(list(chain.items())):   # only the definitions the outputs use
        if symbol.name in wanted:
            wanted |= {m.name for m in expr.atoms(sp.MatrixSymbol)}
            needed.add(symbol)
    steps = [(symbol, compile_(expr)) for symbol, expr in chain.items() if symbol in needed]
    finals = {name: compile_(expr) for name, expr in outputs.items()}

    def evaluate(**arrays) -> dict:
        values, sizes = {}, {}
        for symbol in inputs:
            a = values[symbol.name] = np.asarray(arrays[symbol.name], dtype=np.float64)
            for dim, n in zip(symbol.shape, a.shape):
                if isinstance(dim, sp.Symbol):
                    if sizes.setdefault(dim, n) != n:
                        raise ValueError(f"{symbol.name}{a.shape}: {dim} is already {sizes[dim]}")
                elif int(dim) != n:
                    raise ValueError(f"{symbol.name} has shape {a.shape}, expected {symbol.shape}")

        def run(compiled):
            matrices, scalars, fn = compiled
            return fn(*[values[m.name] for m in matrices], *[sizes[s] for s in scalars], *implementations)

        for symbol, compiled in steps:
            values[symbol.name] = run(compiled)
            expected = tuple(sizes[n] if n in sizes else int(sp.Integer(n) if isinstance(n, int) else n.subs(sizes)) for n in symbol.shape)
            if np.shape(values[symbol.name]) != expected:
                raise ValueError(f"{symbol.name} has shape {np.shape(values[symbol.name])}, expected {expected}")
        return {name: np.asarray(run(compiled)) for name, compiled in finals.items()}

    return evaluate
