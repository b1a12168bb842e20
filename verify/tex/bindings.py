"""What the file has defined so far: bound symbols, `%! let` functions, assumptions, rounding.

`resolve` turns a parsed side into what it means here: derivatives are taken of the
expanded definitions, then bound symbols are replaced by their (written) values.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field

import sympy as sp

from verify.tex.build import Context, commutative, literal_value

MAX_EXPANSION = 12      # nested definitions followed before giving up


class Unresolved(Exception):
    pass


@dataclass
class Binding:
    name: str
    definition: object           # E1 as written (may be symbolic)
    value: object | None         # a constant (may hold rounded literals) when the chain reached one
    line: int
    shown: str                   # how the value was written, for messages


@dataclass
class Scope:
    bindings: dict = field(default_factory=dict)     # name -> Binding
    functions: dict = field(default_factory=dict)    # name -> (params, body)
    matrices: dict = field(default_factory=dict)     # name -> ImmutableMatrix
    bounds: dict = field(default_factory=dict)       # name -> [low, high, integer]
    orderings: list = field(default_factory=list)    # (name, "<", name) from %! assume y < N
    rounded: set = field(default_factory=set)        # decimal texts that are rounded results
    tol: float = 0.0

    def context(self) -> Context:
        return Context(functions=dict(self.functions), values=frozenset(self.bindings),
                       matrices=dict(self.matrices))

    def bind(self, name: str, definition, value, line: int, shown: str):
        self.matrices.pop(name, None)
        self.functions.pop(name, None)
        if isinstance(value, sp.MatrixBase):
            self.matrices[name] = value
            self.bindings.pop(name, None)
            return
        self.bindings[name] = Binding(name, definition, value, line, shown)

    # ---- meaning of an expression
    def expand_definitions(self, expr, keep=frozenset()):
        """Replace symbols by their symbolic definitions (not by rounded values)."""
        for _ in range(MAX_EXPANSION):
            subs = {s: self.bindings[s.name].definition for s in _symbols(expr)
                    if s.name in self.bindings and s.name not in keep}
            if not subs:
                return expr
            expr = expr.xreplace(subs)
        raise Unresolved("definitions nest too deeply (or refer to themselves)")

    def resolve(self, expr):
        if isinstance(expr, sp.MatrixBase):
            return expr.applyfunc(self.resolve)
        derivs = {d: self._derivative(d) for d in expr.atoms(sp.Derivative)}
        if derivs:
            expr = expr.xreplace(derivs)
        for _ in range(MAX_EXPANSION):
            subs = {}
            for s in _symbols(expr):
                b = self.bindings.get(s.name)
                if b is not None:
                    subs[s] = b.value if b.value is not None else b.definition
            if not subs:
                return expr
            expr = expr.xreplace(subs)
        raise Unresolved("definitions nest too deeply (or refer to themselves)")

    def _derivative(self, d: sp.Derivative):
        variables = {v for v, _ in d.variable_count}
        inner = commutative(self.expand_definitions(d.expr, keep=frozenset(v.name for v in variables)))
        if inner != d.expr and not (inner.free_symbols & variables):
            names = ", ".join(b.name for b in self.used(d.expr))
            raise Unresolved(f"as defined, {names} does not depend on {', '.join(v.name for v in variables)}: "
                             "its derivative is not known from the definitions")
        if isinstance(inner, sp.Symbol) and inner not in variables:
            raise Unresolved(f"{inner.name} is not defined, so its derivative is unknown (define it, e.g. %! let)")
        for s in _symbols(inner) - variables:
            if s.name not in self.bindings and not _looks_constant(s.name):
                raise Unresolved(f"meaning of {s.name} unknown: is it a function of "
                                 f"{', '.join(v.name for v in variables)}? (define it, e.g. %! let)")
        return sp.Derivative(inner, *d.variable_count).doit()

    def used(self, expr) -> list[Binding]:
        """Bindings a side relies on, for messages."""
        return [self.bindings[s.name] for s in sorted(_symbols(expr), key=lambda s: s.name)
                if s.name in self.bindings]

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


def _ordered(point, a, b, less) -> bool:
    values = {s.name: v for s, v in point.items()}
    if a not in values or b not in values:
        return True
    return values[a] < values[b] if less else values[a] > values[b]


def _symbols(expr):
    return {s for s in expr.free_symbols if isinstance(s, sp.Symbol) and not isinstance(s, sp.Dummy)}


def _looks_constant(name: str) -> bool:
    """Plain letters (a, k, N, θ) read as constants under d/dx; ŷ, z_1, W_1^h do not."""
    return len(name) == 1


def exact(expr):
    """Decimal literals replaced by their exact values (for symbolic steps)."""
    subs = {d: literal_value(d) for d in expr.atoms(sp.Dummy) if literal_value(d) is not None}
    return expr.xreplace(subs) if subs else expr


def literals(expr) -> set[str]:
    return {d.name for d in expr.atoms(sp.Dummy) if literal_value(d) is not None}


def is_constant(expr) -> bool:
    if isinstance(expr, sp.MatrixBase):
        return all(is_constant(e) for e in expr)
    return not _symbols(expr) and not expr.has(sp.Function("transpose"), sp.Function("hadamard"))
