"""Names with a standard meaning when applied and not defined by the file: O(x^n) (SymPy's order
term at 0), B(a, b) (the Beta function), Γ(a) (the gamma function), Φ(x) (the standard normal CDF)."""
from __future__ import annotations

import sympy as sp

from verify.tex.build import ParseError, commutative

SPECIAL = {
    "O": (1, lambda x: sp.Order(x)),
    "B": (2, lambda a, b: sp.beta(a, b)),
    "Γ": (1, lambda a: sp.gamma(a)),
    "Φ": (1, lambda x: (1 + sp.erf(x / sp.sqrt(2))) / 2),
}


def special_call(parser, name: str, tok):
    """The value of `name(args)` at the parser's `(` (the parser moved past it), or None (the parser
    did not move: `B(x)` with one argument is B·(x) as before)."""
    if name not in SPECIAL or name in parser.ctx.values or name in parser.ctx.matrices or \
            name in parser.open_functions:
        return None
    arity, meaning = SPECIAL[name]
    save = parser.i
    args = [commutative(a) for a in parser.call_args()]
    if len(args) != arity:
        if name == "B":
            parser.i = save
            return None
        raise ParseError(f"{name} takes {arity} argument(s)", tok.pos)
    if name == "O" and not args[0].free_symbols:
        raise ParseError("O(…) of a constant", tok.pos)
    try:
        return meaning(*args)
    except (NotImplementedError, ValueError, TypeError):    # O(‖(x, y)‖^3): SymPy finds no leading term of a norm
        raise ParseError(f"{name}({', '.join(map(str, args))}) cannot be formed", tok.pos) from None
