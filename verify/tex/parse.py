r"""Tokens -> SymPy, by a small recursive-descent parser over a whitelist of constructors.

No string is ever evaluated: every SymPy object is built by calling a constructor.
A decimal literal becomes a Dummy named by its text ("0.0655") so that its written
precision survives until the numeric check (see `build.literal_value`).
"""
from __future__ import annotations

import sympy as sp

from verify.tex.build import (TRANSPOSE, MAX_INT_DIGITS, literal, MAX_TOKENS, MULTIPLY, PLUS_MINUS, Ambiguous, Branch, Context,
                              ParseError, Parsed,
                              _is, group_end, _show, hadamard, literal_value, plus, power, shown, times)
from verify.tex.labels import entry_of_a_bracket
from verify.tex.cases import piecewise
from verify.tex.chains import clean
from verify.tex.parse_macros import MacroRules
from verify.tex.tokens import MAX_DEPTH, Tok
from verify.tex.scripts import evaluation_bracket, subscript_first
from verify.tex.tuples import tuple_vector



MAX_READINGS = 4         # readings of one side checked (two notations with two readings each)


class _Choices:
    """Which reading to take at each two-way notation met, in order (see `readings`)."""
    def __init__(self, picks):
        self.picks, self.k, self.taken = list(picks), 0, []


def readings(toks, ctx: Context = Context()) -> list[tuple[Parsed, tuple[str, ...]]]:
    """Every reading of a side, with the readings chosen (empty for an unambiguous side).

    A notation with two readings (`1/2 (x)`, `\\sin 2x`, `\\frac{\\delta L}{\\delta b}`, `f(x)`
    with f undefined) is parsed both ways; the caller checks each and reports agreement."""
    out, todo, failed = [], [[]], None
    while todo:
        picks = todo.pop(0)
        choices = _Choices(picks)
        try:
            parsed = parse(toks, ctx, choices)
        except Branch as b:
            if len(out) + len(todo) + len(b.readings) > MAX_READINGS:
                raise Ambiguous(b.readings, b.offset) from None
            todo += [picks + [j] for j in range(len(b.readings))]
            continue
        except ParseError as exc:      # a reading that does not parse (ℓ·(ŷ, y)) is no reading
            if not picks:
                raise
            failed = failed or exc
            continue
        out.append((parsed, tuple(choices.taken)))
    if not out:
        raise failed
    if len(out) == 1:
        return [(out[0][0], ())]
    return out


def parse(toks, ctx: Context = Context(), choices: _Choices | None = None) -> Parsed:
    toks = list(toks)
    if not toks:
        raise ParseError("empty expression", 0)
    if len(toks) > MAX_TOKENS:
        raise ParseError(f"expression longer than {MAX_TOKENS} tokens", toks[0].pos)
    depth = deepest = 0
    for t in toks:
        depth += 1 if _is(t, "char", "(", "[") else -1 if _is(t, "char", ")", "]") else 0
        deepest = max(deepest, depth)
    if deepest > MAX_DEPTH:
        raise ParseError(f"brackets nested deeper than {MAX_DEPTH}", toks[0].pos)
    p = _Parser(toks, ctx, choices)
    p.pm_allowed = True
    try:
        expr = p.expr()
    except RecursionError:
        raise ParseError("nested too deeply", toks[0].pos) from None
    if p.i < len(p.toks):       # (p.toks: a file macro's body was spliced in; what is left after it counts too)
        raise ParseError(f"unexpected {_show(p.toks[p.i])}", p.toks[p.i].pos)
    return Parsed(expr, frozenset(p.matrix_names), frozenset(p.bound_matrices), at_point=frozenset(p.at_point))


ELLIPSES = ("cdots", "ldots", "dots", "dotsb")


def _series_tail(terms, pos):
    """The O-term that `+ \\cdots` after these terms stands for: one variable, polynomial terms."""
    written = sp.Add(*terms)
    names = [s for s in written.free_symbols if not isinstance(s, sp.Dummy)]
    if len(names) != 1 or any(isinstance(s, sp.Dummy) for s in written.free_symbols):
        raise ParseError("unsupported \\cdots: a series in one variable with exact coefficients is read", pos)
    try:
        degree = sp.Poly(written, names[0]).degree()
    except sp.PolynomialError:
        raise ParseError("unsupported \\cdots: the terms before it are not powers of one variable", pos)
    return sp.Order(names[0] ** (degree + 1))


class _Parser(MacroRules):
    def __init__(self, toks, ctx: Context, choices: _Choices | None = None, open_functions=None):
        self.toks, self.ctx, self.i = subscript_first(toks), ctx, 0     # x^2_b is x_b^2
        self.choices = choices
        self.bare_functions = []  # (name, params, body) of each defined function written bare (∂f/∂x_1)
        self.operands = 0         # inside the operand of `\frac{d}{dx}`: an evaluation bar closes the derivative first
        self.pm_allowed = False   # one ± at the top of a side: a centre and a half-width (set by `parse`)
        # g'(x) anywhere on the side makes g a function there: g(x) is then only an application
        self.open_functions = open_functions if open_functions is not None else ctx.open_functions | {
            t.value for t, u in zip(toks, toks[1:]) if t.kind == "char" and t.value.isalpha() and _is(u, "char", "'")}
        self.matrix_names: set[str] = set()
        self.bound_matrices: set[str] = set()
        self.at_point: set[str] = set()

    def choose(self, options: list[str], pos: int) -> int:
        """Index of the reading to take at a notation with several (Ambiguous when not enumerating)."""
        c = self.choices
        if c is None:
            raise Ambiguous(options, pos)
        if c.k < len(c.picks):
            pick = c.picks[c.k]
            c.k += 1
            c.taken.append(options[pick])
            return pick
        raise Branch(options, pos)

    # ---- token helpers
    def peek(self, k=0):
        j = self.i + k
        return self.toks[j] if j < len(self.toks) else None

    def take(self):
        t = self.peek()
        if t is None:
            raise ParseError("expression ends too early", self.toks[-1].end if self.toks else 0)
        self.i += 1
        return t

    def sub(self, toks, what="argument"):
        toks = [t for t in clean(toks, top_level=False) if t is not None]    # layout in groups: \, \left( …
        if not toks:
            at = self.peek() or (self.toks[min(self.i, len(self.toks)) - 1] if self.toks else None)
            raise ParseError(f"empty {what}", at.pos if at is not None else 0)      # `f()` ending the side: at its ')'
        p = _Parser(list(toks), self.ctx, self.choices, self.open_functions)
        e = p.expr()
        if p.i < len(p.toks):
            raise ParseError(f"unexpected {_show(p.toks[p.i])}", p.toks[p.i].pos)
        self.matrix_names |= p.matrix_names
        self.bound_matrices |= p.bound_matrices
        self.at_point |= p.at_point
        self.bare_functions += p.bare_functions
        return e

    def arg_tokens(self, macro: Tok, k: int):
        """The k-th argument of a macro: parsed by pylatexenc, else the next token."""
        if macro.args and len(macro.args) > k and macro.args[k] is not None:
            a = macro.args[k]
        else:
            if self.peek() is None:
                raise ParseError(f"\\{macro.value} is missing an argument", macro.end)
            a = (self.take(),)
            if a[0].kind == "num" and len(a[0].value) > 1 and a[0].value.isdigit():
                # `\tfrac12`: TeX takes one digit as the argument, as for a script
                nxt = a[0]
                self.toks.insert(self.i, Tok("num", nxt.value[1:], nxt.pos + 1, nxt.end))
                a = (Tok("num", nxt.value[0], nxt.pos, nxt.pos + 1),)
        return a[0].body if len(a) == 1 and a[0].kind == "group" else a

    def script(self, t: Tok):
        """Tokens of a ^ or _ argument: a group, or ONE character as TeX reads it."""
        nxt = self.take()
        if nxt.kind == "group":
            return nxt.body
        if nxt.kind == "num" and len(nxt.value) > 1 and "," not in nxt.value:
            self.toks.insert(self.i, Tok("num", nxt.value[1:], nxt.pos + 1, nxt.end))
            return (Tok("num", nxt.value[0], nxt.pos, nxt.pos + 1),)
        return (nxt,)

    # ---- grammar
    def expr(self):
        sign, first = 1, self.peek()
        terms = []
        if _is(first, "char", "+", "-"):
            self.take()
            sign = -1 if first.value == "-" else 1
        terms.append(sign * self.term() if sign < 0 else self.term())
        while (t := self.peek()) is not None and (_is(t, "char", "+", "-") or _is(t, "macro", "pm", "mp")):
            if t.kind == "macro":
                if not self.pm_allowed:
                    raise ParseError("± (two readings)", t.pos)
                # `1.25 \pm 1.96 \times 0.7701`: a centre and a half-width (steps.plus_minus compares them)
                self.take()
                self.pm_allowed = False
                left = terms[0]
                for term in terms[1:]:
                    left = plus(left, term, first.pos)
                rest = self.expr()
                if isinstance(left, sp.MatrixBase) or isinstance(rest, sp.MatrixBase):
                    raise ParseError("± between vectors or matrices", t.pos)
                return PLUS_MINUS(left, rest if t.value == "pm" else -rest)
            self.take()
            if _is(self.peek(), "macro", *ELLIPSES) and (t.value == "+" or self.peek(1) is None):
                terms = self.ellipsis(terms)
                continue
            rhs = self.term()
            terms.append(-rhs if t.value == "-" else rhs)
        out = terms[0]
        for term in terms[1:]:
            out = plus(out, term, first.pos)
        return out

    def ellipsis(self, terms):
        """`1 + 2 + \\dots + 6`: an arithmetic progression written out (two whole numbers before, the last
        term after); `1 + x + \\frac{x^2}{2} + \\cdots` at the end: a power series in one variable, its
        terms after the last written one an O-term of the next order. Anything else is not read."""
        dots = self.take()
        if self.peek() is None:
            return terms + [_series_tail(terms, dots.pos)]
        if not (_is(self.peek(), "char", "+") and len(terms) >= 2 and
                all(t.is_Integer for t in terms[-2:]) and terms[-1] != terms[-2]):
            raise ParseError(f"unsupported \\{dots.value}", dots.pos)
        self.take()
        last = self.term()
        first, step = terms[-2], terms[-1] - terms[-2]
        count = (last - first) / step + 1
        if not (last.is_Integer and count.is_Integer and count > 2 or
                isinstance(last, sp.Symbol) and not isinstance(last, sp.Dummy)):
            raise ParseError(f"unsupported \\{dots.value}: not an arithmetic progression", dots.pos)
        k = sp.Dummy("k", integer=True)
        return terms[:-2] + [sp.Sum(first + step * k, (k, 0, count - 1)).doit()]

    def starts_factor(self, t) -> bool:
        if t is None:
            return False
        if t.kind in ("num", "group", "env"):
            return True
        if t.kind == "char":
            return t.value.isalpha() or t.value in "([|"
        return t.kind == "macro" and t.value not in MULTIPLY | {"odot", "div", "pm", "mp", "cdots", "ldots", "dots"} \
            and t.value not in ("right", "rvert", "rangle")

    def term(self):
        start = self.peek()
        value, after_slash = self.unary(), None
        while (t := self.peek()) is not None:
            if _is(t, "macro", *MULTIPLY) or _is(t, "char", "*"):
                self.take()
                nxt = self.unary()
                self.vector_after(value, nxt)
                value, after_slash = times(value, nxt, t.pos), None
            elif _is(t, "char", "/") or _is(t, "macro", "div"):
                self.take()
                num, den = value, self.unary()
                value, after_slash = times(num, power(den, sp.Integer(-1), t.pos), t.pos), (num, den)
            elif _is(t, "macro", "odot"):
                self.take()
                value, after_slash = hadamard(value, self.unary(), t.pos), None
            elif _is(t, "char", "|") and _is(self.peek(1), "char", "_"):
                if self.operands:
                    break
                value, after_slash = self.evaluated_at(value, t), None      # `\frac{d}{dx}\frac1x\Big|_{x = 2}`
            elif self.starts_factor(t):
                nxt = self.unary()
                if after_slash is not None:
                    num, den = after_slash
                    a, b, c = shown(num), shown(den), shown(nxt)
                    if self.choose([f"({a})/({b})·({c})", f"({a})/(({b})·({c}))"], t.pos) == 1:
                        den = times(den, nxt, t.pos)
                        value, after_slash = times(num, power(den, sp.Integer(-1), t.pos), t.pos), (num, den)
                        continue
                    after_slash = None
                self.vector_after(value, nxt)
                value = times(value, nxt, t.pos)
            else:
                break
        if start is None:
            raise ParseError("missing term", 0)
        return value

    def vector_after(self, value, nxt):
        """`a^\\top b`, `2a^\\top b`: a plain name right after a transposed name is a vector or a matrix too (a hint:
        the chain's sides are read again with it so, see StepChecks.parse_all)."""
        if isinstance(nxt, sp.Symbol) and not isinstance(nxt, sp.Dummy) and nxt.is_commutative and \
                isinstance(value, sp.Basic) and _ends_transposed(value):
            self.matrix_names.add(nxt.name)
        # `W_1\mathbf x`, `W_1\bm\delta`: a capital right before a bold (noncommutative) vector is a matrix
        if isinstance(value, sp.Symbol) and not isinstance(value, sp.Dummy) and value.is_commutative and \
                value.name[:1].isascii() and value.name[:1].isupper() and isinstance(nxt, sp.Symbol) and \
                not nxt.is_commutative and nxt.name[:1].islower():
            self.matrix_names.add(value.name)

    def evaluated_at(self, value, bar):
        """`…\\Big|_{x = 2}`: what is written before the bar, at x = 2."""
        self.take()
        script = list(self.script(self.take()))
        eq = next((k for k, u in enumerate(script) if _is(u, "char", "=")), None)
        if eq is None:
            raise ParseError("an evaluation bar needs _{x = a}", bar.pos)
        var, point = self.sub(script[:eq], "variable"), self.sub(script[eq + 1:], "point")
        if not isinstance(var, sp.Symbol) or isinstance(var, sp.Dummy):
            raise ParseError("an evaluation bar at something other than one variable", bar.pos)
        return sp.Subs(value, var, point)

    def unary(self):
        t = self.peek()
        if _is(t, "char", "-"):
            self.take()
            return -self.unary()
        if _is(t, "char", "+"):
            self.take()
            return self.unary()
        return self.postfix(self.primary())

    def postfix(self, base):
        while (t := self.peek()) is not None:
            if _is(t, "char", "^"):
                self.take()
                sup = self.script(t)
                if not sup:
                    raise ParseError("empty superscript", t.pos)
                # `2^T` with T = 3 steps (or any number to the T): a power, not a transpose
                count = _is(sup[0], "char", "T") and not isinstance(base, sp.MatrixBase) and \
                    (base.is_Number or literal_value(base) is not None or "T" in self.ctx.values)
                if len(sup) == 1 and not count and \
                        (_is(sup[0], "char", "T") or _is(sup[0], "macro", "top", "intercal", "mathsf")):
                    base = self.transpose(base, t.pos)
                    continue
                base = power(base, self.sub(sup, "exponent"), t.pos)
                if isinstance(base, sp.Pow) and isinstance(base.base, sp.Symbol):
                    self.refuse_a_vector_argument(base.base.name, t, f"{base.base.name}^{shown(base.exp)}")    # σ^2(x)
            elif _is(t, "char", "_") and isinstance(base, sp.MatrixBase) and 1 in base.shape and \
                    (k := self.peek(1)) is not None and k.kind == "num" and k.value.isdecimal():
                self.take(), self.take()    # softmax(2z)_1 of a vector worked out: its entry
                if not 1 <= int(k.value) <= len(base):
                    raise ParseError(f"entry {k.value} of a vector of {len(base)}", k.pos)
                base = base[int(k.value) - 1]
            elif _is(t, "char", "'") and isinstance(base, sp.Expr) and not isinstance(base, sp.MatrixBase):
                base = self.primed(base, t)     # `(\sinh z)' = \cosh z`: the derivative of the bracket
            elif _is(t, "macro", "%"):      # `20.0\,\%`: a percentage, a hundredth
                self.take()
                base = times(base, sp.Rational(1, 100), t.pos)
            elif _is(t, "char", "!"):
                self.take()
                if not (base.is_Integer and 0 <= base <= 1000 or isinstance(base, sp.Symbol) and
                        not isinstance(base, sp.Dummy)):      # k! of a sum's index, n! of a count
                    raise ParseError("factorial of something other than a small whole number or a name", t.pos)
                base = sp.factorial(base)
            else:
                break
        return base

    def primed(self, base, t):
        r"""`(e^{-z})'`, `(\ln x)''`: the derivative of an expression in one variable (which one is meant is not
        written when it has several)."""
        primes = 0
        while _is(self.peek(), "char", "'"):
            self.take()
            primes += 1
        variables = [s for s in base.free_symbols if isinstance(s, sp.Symbol) and not isinstance(s, sp.Dummy)]
        if len(variables) != 1:
            raise ParseError("a prime on an expression of " + ("no variable" if not variables else
                             "several variables: which one it is taken in is not written"), t.pos)
        return sp.diff(base, variables[0], primes)

    def transpose(self, base, pos):
        if isinstance(base, sp.MatrixBase):
            return base.T
        if isinstance(base, sp.Symbol):
            self.matrix_names.add(base.name)
        return TRANSPOSE(base)

    def primary(self):
        t = self.take()
        if t.kind == "num":
            return self.number(t)
        if t.kind == "group":
            return self.sub(t.body, "group")
        if t.kind == "env":
            return piecewise(self, t) if t.value == "cases" else self.matrix(t)
        if t.kind == "char":
            if t.value == "(" and (vector := tuple_vector(self, t)) is not None:
                return vector       # (0.36, -1.62): a vector, entry by entry
            if t.value == "(" and (entry := entry_of_a_bracket(self, t)) is not None:
                return entry        # (W_1)_{12}, (P^2)_{11}: an entry
            if t.value in "([":
                inner = self.bracketed(t, ")" if t.value == "(" else "]")
                if t.value == "[" and (between := evaluation_bracket(self, inner, t)) is not None:
                    return between     # [F]_a^b = F(b) - F(a)
                return inner
            if t.value == "|":
                return sp.Abs(self.bracketed(t, "|"))
            if t.value == "d" and (derivative := self.slashed_d(t)) is not None:
                return derivative   # dy/dx inline
            if t.value.isalpha():
                return self.identifier(t.value, t)
            raise ParseError(f"unexpected {t.value!r}", t.pos)
        if t.kind == "macro":
            return self.macro(t)
        raise ParseError(f"unsupported {_show(t)}", t.pos)

    def number(self, t):
        if len(t.value) > MAX_INT_DIGITS:
            raise ParseError("number with too many digits", t.pos)
        if "," in t.value:          # `5{,}050` (tokens._written_forms): two readings
            whole, part = t.value.split(",")
            style = self.ctx.thousands      # the file's own way of writing decimals, when it shows one
            if style if style is not None else \
                    self.choose([f"{whole}.{part} (a decimal comma)", f"{whole}{part} (a thousands separator)"], t.pos):
                return sp.Integer(int(whole + part))
            return literal(f"{whole}.{part}")
        if "." in t.value:
            return literal(t.value)
        return sp.Integer(int(t.value))

    def bracketed(self, t, close):
        depth, j = 0, self.i
        openers = {")": "(", "]": "[", "|": None}
        while j < len(self.toks):
            u = self.toks[j]
            if u.kind == "char" and u.value == close and depth == 0:
                inner = self.toks[self.i:j]
                self.i = j + 1
                return self.sub(inner, "brackets")
            if u.kind == "char" and openers[close] and u.value == openers[close]:
                depth += 1
            elif u.kind == "char" and u.value == close:
                depth -= 1
            j += 1
        raise ParseError(f"unclosed {t.value!r}", t.pos)

    def call_args(self, opener="(", density_of: bool = False):
        r"""Arguments of f(...) (or of E[...]) when the next token opens them, else None. `density_of`: a law's
        density written at its variable, `\mathrm{Beta}(\theta; 5, 6)`, gives the parameters after the `;`."""
        t = self.peek()
        if not _is(t, "char", opener):
            return None
        self.take()
        j, top = group_end(self.toks, self.i)
        if j == len(self.toks):
            raise ParseError("unclosed '('", t.pos)
        semicolons = [k for k in top if _is(self.toks[k], "char", ";")]
        commas = [k for k in top if _is(self.toks[k], "char", ",")]
        if density_of and len(semicolons) == 1 and all(k > semicolons[0] for k in commas):
            self.i = semicolons[0] + 1      # (the variable before the `;` names where the density is taken)
        bounds = [self.i - 1] + commas + [j]
        args = [self.toks[a + 1:b] for a, b in zip(bounds, bounds[1:])]
        self.i = j + 1
        return [self.sub(a, "function argument") for a in args]


def _ends_transposed(value) -> bool:
    """`a^\\top`, `2a^\\top`: a transposed name, alone or after numbers."""
    factors = value.args if isinstance(value, sp.Mul) else (value,)
    return bool(factors) and isinstance(factors[-1], sp.Basic) and factors[-1].func == TRANSPOSE and \
        all(f.is_number for f in factors[:-1])
