"""`%!` directives (let, assume, skip, tol) and the heads of definitions (`x = …`, `f(x) = …`)."""
from __future__ import annotations

import dataclasses
import re
from itertools import combinations

import sympy as sp

from verify.tex.bindings import Scope, Unresolved, is_constant
from verify.tex.build import FUNCTION_LOOKING, NAMED_FUNCS, TRANSPOSE, Context, ParseError, Squared, _is
from verify.tex.chains import clean
from verify.tex.relations import ASSIGN, RELATIONS
from verify.tex.names import plain_text
from verify.tex.distributions import OPERATORS
from verify.tex.entropies import names_a_quantity
from verify.tex.named_laws import MOMENTS
from verify.tex.operators import OPERATOR_NAMES
from verify.tex.parse import parse
from verify.tex.tokens import LatexError, tokenize

_FLOAT = re.compile(r"^\d+(\.\d+)?([eE][-+]?\d+)?$")
MAX_TOL = 1.0       # a relative tolerance of 100 % or more accepts anything
NUMBER_SETS = {"R": (None, None, False), "N": (1, None, True), "Z": (None, None, True)}


def apply(d, scope: Scope, run) -> str | None:
    """Carry out one directive; return a problem description or None."""
    if d.kind == "skip":
        run.skip_next = True
        return None
    if d.kind == "problem":     # a label for the class summary (verify.tex.problems), no meaning here
        return None
    if d.kind == "tol":
        arg = d.arg.strip()
        if not _FLOAT.match(arg):
            return f"%! tol needs a number such as 1e-3, got {arg!r}"
        tol = float(arg)
        if not 0 <= tol < MAX_TOL:      # 1e999 reads as inf: every step would pass
            return f"%! tol {arg} refused: a relative tolerance must be at least 0 and below {MAX_TOL:g}; " \
                   f"the tolerance stays {scope.tol:g}"
        scope.tol = tol
        return None
    if d.kind not in ("let", "assume"):
        return f"unknown directive %! {d.kind}"
    if d.kind == "assume" and _INDEPENDENT.search(d.arg):
        return _independent(d, scope)
    try:
        toks = [t for t in clean(tokenize(d.arg, d.offset)) if t is not None]
    except LatexError as exc:
        return str(exc)
    try:
        return _let(toks, scope, run) if d.kind == "let" else _assume(toks, scope)
    except (ParseError, Unresolved) as exc:
        return f"cannot read %! {d.kind}: {exc}"
    except (RecursionError, ArithmeticError, ValueError, TypeError, AttributeError) as exc:
        return f"cannot use %! {d.kind}: {type(exc).__name__}"


_INDEPENDENT = re.compile(r"\s+(?:are\s+)?(?:mutually\s+)?independent\.?\s*$")


def _independent(d, scope: Scope) -> str | None:
    """`%! assume X, Y, Z independent`: every pair, for 𝔼[XY] = 𝔼[X]𝔼[Y] (and so Var of a sum)."""
    text = _INDEPENDENT.sub("", d.arg)
    try:
        toks = [t for t in clean(tokenize(text, d.offset), top_level=False) if t is not None]
    except LatexError as exc:
        return str(exc)
    groups, cur = [], []
    for t in toks + [None]:
        if t is None or _is(t, "char", ","):
            groups.append(cur)
            cur = []
        else:
            cur.append(t)
    names = [_name(g, Context()) if g else None for g in groups]
    if len(names) < 2 or None in names:
        return "%! assume NAME, NAME, … independent"
    scope.independent |= {frozenset(p) for p in combinations(names, 2)}
    return None


def _split(toks):
    parts, rels, cur = [], [], []
    for t in toks:
        rel = RELATIONS.get(t.value) if t.kind in ("char", "macro") else None
        if rel:
            parts.append(cur)
            rels.append("=" if rel == ASSIGN else rel)
            cur = []
        else:
            cur.append(t)
    parts.append(cur)
    return parts, rels


def _let(toks, scope: Scope, run) -> str | None:
    parts, rels = _split(toks)
    if len(parts) != 2 or rels != ["="] or not parts[0] or not parts[1]:
        return "%! let needs NAME = EXPR or f(x) = EXPR"
    head = definition_head(parts[0], scope, any_name=True)
    if head is None:
        return "%! let: the left side must be a name or f(x, …)"
    name, params = head
    line = run.where(toks[0].pos)[0]
    if params is not None:
        body = function_body(name, params, parts[1], scope)
        if isinstance(body, Exception):
            return str(body)
        scope.functions[name] = (params, body)
        return None
    expr = parse(parts[1], scope.context()).expr
    resolved = scope.resolve(expr)
    value = resolved if is_constant(resolved) else None
    scope.bind(name, expr, value, line, "".join(t.value for t in parts[1])[:40])
    return None


def _assume(toks, scope: Scope) -> str | None:
    parts, rels = _split(toks)
    if not rels:
        return "%! assume needs a condition such as 0 < x < 1 or N > 0"
    ctx = Context(functions=dict(scope.functions))
    for left, rel, right in zip(parts, rels, parts[1:]):
        if rel == "in":
            name = _name(left, ctx)
            bb = right[0] if right and _is(right[0], "macro", "mathbb") else None
            letter = plain_text(bb.args[-1]) if bb is not None and bb.args else None
            if name is None or letter not in NUMBER_SETS:
                return "%! assume x \\in \\mathbb{R|N|Z} only"
            low, high, integer = NUMBER_SETS[letter]
            bounds = scope.bounds.setdefault(name, [None, None, False])
            bounds[2] = integer
            if low is not None:
                bounds[0] = low
            continue
        if rel not in ("<", ">", "<=", ">="):
            return f"%! assume: relation {rel} not understood"
        a, b = _name(left, ctx), _name(right, ctx)
        if a is not None and b is not None:
            scope.orderings.append((a, rel, b))
            continue
        if a is None and b is None:
            return "%! assume compares a name with a number or another name"
        num = parse(right if a else left, ctx).expr
        if not (num.is_number and num.is_real):
            return "%! assume compares one name with a number"
        upper = (rel in ("<", "<=")) == (a is not None)
        bounds = scope.bounds.setdefault(a or b, [None, None, False])
        bounds[1 if upper else 0] = float(num)
    return None


def _name(toks, ctx) -> str | None:
    try:
        e = parse(toks, ctx).expr
    except ParseError:
        return None
    return e.name if isinstance(e, sp.Symbol) and not isinstance(e, sp.Dummy) else None


def _operator_name(toks, scope: Scope) -> bool:
    """`\\operatorname{swish}`, or a macro the file declared with \\DeclareMathOperator, naming no function or
    operator known here: `\\swish(x) = x\\sigma(x)` defines it."""
    if len(toks) != 1 or toks[0].kind != "macro":
        return False
    body = scope.macros.get(toks[0].value)
    text = body[1] if isinstance(body, tuple) and len(body) > 1 else None
    found = re.fullmatch(r"\s*\\operatorname\*?\s*\{\s*([A-Za-z]+)\s*\}\s*", text or "")
    return found is not None and found.group(1) not in OPERATOR_NAMES | NAMED_FUNCS.keys() | OPERATORS | MOMENTS.keys()


DENSITY_NAMES = {"σ", "p", "q", "π"}     # `p(θ) = …` at the head of a chain defines the density p (not p·θ)


def definition_head(toks, scope: Scope, any_name: bool = False):
    """(name, None) for a lone symbol, (name, params) for f(x, y), else None."""
    toks = list(toks)
    if names_a_quantity(toks, scope):
        return None         # `H(X, Y) = 1.19`, `I(X; Y) = …`: an entropy of the variables, not a function H or I
    opening = next((i for i, t in enumerate(toks) if _is(t, "char", "(")), None)
    if opening and _is(toks[-1], "char", ")"):
        name = _name(toks[:opening], Context(macros=scope.macros))
        inner = toks[opening + 1:-1]
        groups, cur = [], []
        for t in inner:
            if _is(t, "char", ","):
                groups.append(cur)
                cur = []
            else:
                cur.append(t)
        groups.append(cur)
        params = [_name(g, Context(macros=scope.macros)) for g in groups]
        squared = {k for k, g in enumerate(groups) if params[k] is None and _squared_name(g, scope) is not None}
        params = [_squared_name(g, scope) if k in squared else p for k, (g, p) in enumerate(zip(groups, params))]
        function_like = name is not None and (any_name or name.split("_")[0] in FUNCTION_LOOKING
                                              or name in scope.functions or name in DENSITY_NAMES)
        function_like = function_like or name is not None and _operator_name(toks[:opening], scope)
        # (a parameter written squared names the variance slot even when σ² was given a value: ℓ(μ, σ²) = … after
        # `σ^2 = 5` is still the log-likelihood as a function of both)
        # (`f(x) = x^2` after "at $x = 1$": x stands for any argument here, a function's parameter, not the number
        # it was given for one evaluation -- when f's own name says it is a function)
        named_function = name is not None and (name.split("_")[0] in FUNCTION_LOOKING or
                                               _operator_name(toks[:opening], scope))
        # (`ℓ(\hat y, y) = \frac12(\hat y - y)^2` after `L = ℓ(\hat y, y)` with ℓ left open: ℓ's definition, its
        # slots named after the arguments it was applied to -- an open function has no value to claim)
        settles_open = name in scope.open_functions and name not in scope.functions
        fresh = all(p and (k in squared or p not in scope.bindings or settles_open or
                           named_function and is_constant(scope.bindings[p].definition)) and p not in scope.matrices
                    for k, p in enumerate(params))
        if function_like and name not in scope.bindings and fresh and len(set(params)) == len(params):
            return name, tuple(Squared(p, real=True) if k in squared else sp.Symbol(p, real=True)
                               for k, p in enumerate(params))
        if name is not None and inner and all(t.kind == "num" or _is(t, "char", ",", "-", ".") for t in inner):
            return None     # `\swish'(1) = …`: a value of a function at a point, never the name times 1
    name = _name(toks, Context(macros=scope.macros))     # a lone name (`\\bb` a macro for one), p(y | θ) included
    return (name, None) if name is not None else None


def _squared_name(toks, scope: Scope) -> str | None:
    r"""σ for a parameter written `\sigma^2` (the variance as the argument of ℓ(μ, σ²)), else None."""
    toks = list(toks)
    if len(toks) < 3 or not _is(toks[-2], "char", "^") or toks[-1].kind != "num" or toks[-1].value != "2":
        return None
    return _name(toks[:-2], Context(macros=scope.macros))


def function_body(name, params, toks, scope: Scope, vectors=frozenset()):
    """The body of `name(params) = …` read with the params as free names (`vectors`: names read as vectors)."""
    inner = Scope(bindings={k: v for k, v in scope.bindings.items() if k not in {p.name for p in params}},
                  functions={k: v for k, v in scope.functions.items() if k != name}, matrices=dict(scope.matrices),
                  macros=scope.macros)      # (\newcommand{\sig}{\sigma} in the body: the file's macros)
    try:
        return parse(toks, dataclasses.replace(inner.context(), matrix_hints=frozenset(vectors))).expr
    except ParseError as exc:
        return exc


def as_a_vector(name, params, body, toks, scope: Scope):
    r"""`f(x) = \|Ax - b\|^2`: one plain parameter in a norm or written transposed is a vector,
    as the reader takes it; the body read again so, and the parameter as it is there. None when not so."""
    if len(params) != 1 or not isinstance(body, sp.Basic) or not params[0].is_commutative or \
            not params[0].name.isalpha() or not params[0].name.islower() or len(params[0].name) != 1:
        return None
    from verify.tex.vectors import NORM
    # (in a norm or transposed: a capital alone, N in ℓ(θ) = y log θ + (N - y) log(1 - θ), is a count)
    named = params[0].name
    if not any(a.func == NORM and any(getattr(s, "name", None) == named for s in a.free_symbols) or
               a.func == TRANSPOSE and getattr(a.args[0], "name", None) == named for a in body.atoms(NORM, TRANSPOSE)):
        return None
    # (and the plain letters beside it in that norm: y in ‖Xw - y‖, a vector as Xw is)
    beside = {s.name for a in body.atoms(NORM) if any(getattr(s, "name", None) == named for s in a.free_symbols)
              for s in a.free_symbols if isinstance(s, sp.Symbol) and len(s.name) == 1 and s.name.isascii()
              and s.name.islower()}
    again = function_body(name, params, toks, scope, vectors={named} | beside)
    if isinstance(again, Exception) or not isinstance(again, sp.Basic):
        return None
    from verify.tex.vectors import vector_parameter
    vector = vector_parameter(params, again)
    return None if vector is None else ((vector,), again)
