r"""Conditions the writer states (`for $a, b > 0$`, `$0 < \theta < 1$`, `$x \ge 0$`) about names the file
has not bound: assumptions for the later steps of the same part, as `%! assume` would make them."""
from __future__ import annotations

import sympy as sp

from verify.tex.bindings import Scope, exact
from verify.tex.build import ParseError
from verify.tex.parse import parse
from verify.tex.tokens import LatexError, tokenize

_FLIP = {"<": ">", ">": "<", "<=": ">=", ">=": "<="}


def _number(p):
    e = exact(p.expr) if not isinstance(p, Exception) else None
    return float(e) if e is not None and e.is_number and e.is_real and e.is_finite else None


def _name(p, scope: Scope):
    if isinstance(p, Exception) or not isinstance(p.expr, sp.Symbol) or isinstance(p.expr, sp.Dummy):
        return None
    return None if p.expr.name in scope.bindings else p.expr.name


def _listed_names(listed, scope: Scope) -> list[str]:
    names = []
    for text in listed:
        try:
            e = parse(tokenize(text, 0)).expr
        except (ParseError, LatexError, ValueError, TypeError):
            continue
        if isinstance(e, sp.Symbol) and not isinstance(e, sp.Dummy) and e.name not in scope.bindings:
            names.append(e.name)
    return names


def assume_conditions(scope: Scope, rels, parsed, listed=()) -> list[str]:
    """Bounds from each `name REL number` (or `number REL name`) of the chain; the names `listed` before
    a leading name (`a, b > 0`) get the same bound. Returns what was assumed, as text."""
    used, fresh = [], set()
    for i, rel in enumerate(rels):
        a, b = parsed[i], parsed[i + 1]
        name, num, r = _name(a, scope), _number(b), rel
        if name is None or num is None:
            name, num, r = _name(b, scope), _number(a), _FLIP[rel]
        if name is None or num is None:
            continue
        targets = [name] + (_listed_names(listed, scope) if i == 0 and name == _name(a, scope) else [])
        for n in targets:
            if n in scope.stated and n not in fresh:     # `if x < 0` after `if x > 0`: the new case replaces it
                scope.bounds.pop(n, None)
            fresh.add(n)
            bounds = scope.bounds.setdefault(n, [None, None, False])
            if r in (">", ">="):
                bounds[0] = num if bounds[0] is None else max(bounds[0], num)
            else:
                bounds[1] = num if bounds[1] is None else min(bounds[1], num)
            scope.stated.add(n)
            used.append(f"{n} {r} {num:g}")
    return used
