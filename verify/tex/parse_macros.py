r"""Parser rules for identifiers and macros: names with indices, functions, \frac, derivatives, matrices."""
from __future__ import annotations

import functools
import re

import sympy as sp

from verify.tex.build import (FUNCS, group_end, FUNCTION_LOOKING, NAMED_FUNCS, Ambiguous, ParseError, _is, apply, power,
                              commutative, elementwise, name_symbol, shown, sigmoid)
from verify.tex.chains import clean
from verify.tex.names import ACCENTS, BOLD, GREEK, STYLES, bold_name, decorate, plain_text
from verify.tex.operators import OPERATOR_NAMES, application
from verify.tex.events import conditional_operator, event_probability, starts_event
from verify.tex.integrals import integral
from verify.tex.special import special_call
from verify.tex.sums import indexed, unbounded_count, written_out
from verify.tex.tokens import LatexError, Tok, tokenize
from verify.tex.vectors import arg_extremum, gradient, matrix_like, nabla, norm

MATRIX_ENVS = {"pmatrix", "bmatrix", "matrix", "Bmatrix", "smallmatrix"}
NO_PAREN_OK = set(FUNCS) | {"sigma"}
MAX_EXPANSIONS = 200          # macro uses expanded in one side
DEPENDENT_LOOKING = {"y", "u", "v", "f", "g", "h", "F", "G", "L"}   # under d/dx, unless defined       # `\sin x \cos x` reads as a product of two calls


def _derivative_at(fn, order, x):
    """fn^(order) at x (tanh'(x) = 1 - tanh(x)^2), as an expression in x."""
    xi = sp.Dummy("ξ", real=True)
    return sp.diff(fn(xi), xi, order).xreplace({xi: x})


class MacroRules:
    # ---- identifiers
    def identifier(self, base: str, tok, bold=False):
        name, primes = base, 0
        while (t := self.peek()) is not None:
            if _is(t, "char", "_"):
                self.take()
                sub = plain_text(self.script(t))
                if sub is None:
                    raise ParseError("subscript that is not a plain index", t.pos)
                name += "_" + sub
            elif _is(t, "char", "'"):
                self.take()
                primes += 1
            elif _is(t, "char", "^") and self.index_superscript(name):
                self.take()
                name += "^" + plain_text(self.script(t))
            else:
                break
        if bold:
            self.matrix_names.add(name)
        if not primes and not bold and starts_event(self, name):
            return event_probability(self, name, tok)       # P(+ \mid D): a probability, not P·(…)
        if not primes and _is(self.peek(), "char", "(") and (density := self.conditional(name)) is not None:
            return density
        if name == "E" and not primes and _is(self.peek(), "char", "[") and "E" not in self.ctx.values:
            return self.operator(OPERATOR_NAMES["E"], tok)     # E[X]: the expectation
        if name == "e" and not primes:
            if _is(self.peek(), "char", "("):
                raise Ambiguous(["e·(…) with e Euler's number", "a function e(…) (e is always Euler's number: "
                                 "rename the function)"], tok.pos)
            return sp.E
        if name in self.ctx.functions:
            return self.let_call(name, primes, tok)
        if primes and name.split("_")[0] in FUNCTION_LOOKING and name not in self.ctx.values and \
                _is(self.peek(), "char", "(") and primes <= 3:
            args = self.call_args()             # g'(a_1): the derivative of an open function
            if len(args) == 1:
                xi = sp.Dummy("ξ", real=True)
                return sp.Subs(sp.Derivative(sp.Function(name)(xi), (xi, primes)), xi, commutative(args[0]))
            raise ParseError(f"{name}{chr(39) * primes} of several arguments", tok.pos)
        if primes:
            name += "'" * primes
        if name in self.ctx.matrices:
            return self.ctx.matrices[name]
        nxt = self.peek()
        if _is(nxt, "char", "(") and not primes and (value := special_call(self, name, tok)) is not None:
            return value                        # O(x^3), B(a, b), Γ(a), Φ(x)
        if _is(nxt, "char", "(") and name not in self.ctx.values and name.split("_")[0] in FUNCTION_LOOKING:
            save = self.i
            args = self.call_args()
            written = ", ".join(map(shown, args))
            if name in self.open_functions or \
                    self.choose([f"{name}({written}) as a function call", f"{name}·({written}) as a product"], nxt.pos) == 0:
                return sp.Function(name)(*[commutative(a) for a in args])
            self.i = save                       # the product: the caller reads the brackets again
        return name_symbol(name, maybe_matrix=name in self.matrix_names)

    def conditional(self, name):
        """`p(y \\mid θ)`: a conditional density is one named quantity "p(y|θ)" (defined by the
        file or not known), not p times something."""
        j, top = group_end(self.toks, self.i + 1)
        bar = next((k for k in top if _is(self.toks[k], "macro", "mid", "vert") or _is(self.toks[k], "char", "|")),
                   None)
        if bar is None or j == len(self.toks):
            return None
        given, condition = self.toks[self.i + 1:bar], self.toks[bar + 1:j]
        if not given or not condition:
            return None
        a, b = self.sub(given, "density argument"), self.sub(condition, "condition")
        self.i = j + 1
        return sp.Symbol(f"{name}({shown(a)}|{shown(b)})", real=True)

    def index_superscript(self, name: str) -> bool:
        """z_1^h, W^{(1)}, W_1^{h,j} are indices; x^2, x_1^n (n bound), e^x are powers."""
        sup_tok = self.peek(1)
        if sup_tok is None:
            return False
        body = sup_tok.body if sup_tok.kind == "group" else (sup_tok,)
        text = plain_text(body)
        if not text or text in ("T", "⊤") or text.lstrip("-").isdigit():
            return False
        if text == "*":                     # w^*, θ^\ast: the optimum, a name
            return True
        if any(c in text for c in ",([") and not any(c in text for c in "+-*"):
            return True
        return "_" in name and text.isalpha() and text not in self.ctx.values

    def let_call(self, name, primes, tok):
        params, body = self.ctx.functions[name]
        args = self.call_args()
        if args is None and not primes and not _is(self.peek(), "char", "'"):
            return body            # ∂f/∂x_1 with f = f(x_1, x_2) as defined: f in its own parameters
        if args is None or len(args) != len(params):
            raise ParseError(f"{name} takes {len(params)} argument(s)", tok.pos)
        if primes:
            if len(params) != 1:
                raise ParseError(f"{name}' of a function of several variables", tok.pos)
            body = sp.diff(body, params[0], primes)
        by_name = dict(zip((p.name for p in params), args))
        return body.xreplace({s: by_name[s.name] for s in body.free_symbols
                              if isinstance(s, sp.Symbol) and s.name in by_name})

    # ---- macros
    def expand(self, t):
        """A macro the file defined: its body's tokens replace it in the stream (arguments spliced in)."""
        self.expansions = getattr(self, "expansions", 0) + 1
        if self.expansions > MAX_EXPANSIONS:
            raise ParseError(f"\\{t.value} expands too often (a macro defined through itself?)", t.pos)
        nargs, body = self.ctx.macros[t.value]
        args = []
        for k in range(nargs):
            a = self.take() if self.peek() is not None else None
            if a is None:
                raise ParseError(f"\\{t.value} is missing argument {k + 1}", t.end)
            args.append(a.body if a.kind == "group" else (a,))
        try:
            toks = list(tokenize(re.sub(r"#(\d)", lambda m: "\\macroarg" + "abcdefghij"[int(m.group(1))] + " ", body),
                                 t.pos))
        except LatexError as exc:
            raise ParseError(f"\\{t.value}: {exc}", t.pos) from None
        out = []
        for u in toks:
            if u.kind == "macro" and u.value.startswith("macroarg"):
                k = "abcdefghij".find(u.value[8:]) - 1
                if not 0 <= k < nargs:
                    raise ParseError(f"\\{t.value} uses #{k + 1}", t.pos)
                out.extend(args[k])
            else:
                out.append(u)
        self.toks[self.i:self.i] = [u for u in clean(out, top_level=False) if u is not None]
        return self.primary()

    def macro(self, t):
        v = t.value
        if v in self.ctx.macros:
            return self.expand(t)
        if v == "pi":
            return sp.pi
        if v == "infty":
            return sp.oo
        if v == "sigma" and (_is(self.peek(), "char", "(", "'")) and "σ" not in self.ctx.values \
                and "σ" not in self.ctx.functions:
            return self.sigmoid_call(t)
        if v in GREEK:
            return self.identifier(GREEK[v], t)
        if v in ACCENTS:
            inner = plain_text(self.arg_tokens(t, 0))
            if inner is None:
                raise ParseError(f"\\{v} over something other than a name", t.pos)
            return self.identifier(decorate(inner, v), t, bold=(v == "vec"))
        if v in STYLES:
            inner = plain_text(self.arg_tokens(t, 0))
            if inner is None:
                raise ParseError(f"\\{v} over something other than a name", t.pos)
            return self.identifier(bold_name(inner) if v in BOLD else inner, t, bold=v in BOLD)
        if v in ("mathrm", "operatorname", "text", "textrm", "mathbb", "operatorname*"):
            inner = plain_text(self.arg_tokens(t, 0))
            if inner in NAMED_FUNCS:
                return self.function(NAMED_FUNCS[inner], t, inner)
            if inner in ("LSE", "logsumexp"):
                args = self.call_args()
                if not args:
                    raise ParseError(f"{inner} needs parenthesised arguments", t.pos)
                return sp.log(sp.Add(*[sp.exp(a) for a in args]))
            if inner == "P" and starts_event(self, "ℙ" if v == "mathbb" else "P"):
                return event_probability(self, "P", t)
            if inner in OPERATOR_NAMES and (v != "mathbb" or inner == "E"):
                return self.operator(OPERATOR_NAMES[inner], t)
            if inner is None:               # `\text{<b>so</b>} + 1`: words or markup, not a quantity
                raise ParseError(f"prose in math: \\{v}{{…}} stands where a quantity should", t.pos)
            if v == "mathbb" or not inner or not inner.isalnum():
                raise ParseError(f"\\{v}{{{inner}}} is not a name", t.pos)
            if len(inner) > 1 and _is(self.peek(), "char", "("):     # \operatorname{foo}(x): an application
                return self.operator(inner, t)
            return self.identifier(inner, t)
        if v == "Pr" and starts_event(self, "Pr"):
            return event_probability(self, "Pr", t)
        if v in ("Pr", "det", "tr", "Var", "Cov", "E"):          # \Pr, \det (and common user macros)
            return self.operator(OPERATOR_NAMES[v], t)
        if v in ("frac", "dfrac", "tfrac", "cfrac"):
            num, den = self.arg_tokens(t, 0), self.arg_tokens(t, 1)
            deriv = self.derivative_frac(num, den, t)
            if deriv is not None:
                return deriv
            return self.sub(num, "numerator") * power(self.sub(den, "denominator"), sp.Integer(-1), t.pos)
        if v == "sqrt":
            index = t.args[0] if t.args and len(t.args) == 2 and t.args[0] is not None else None
            radicand = self.sub(self.arg_tokens(t, 1 if t.args and len(t.args) == 2 else 0), "square root")
            if index is not None:
                return apply(lambda x: sp.root(x, self.sub(index[0].body if index[0].kind == "group" else index)), radicand)
            return apply(sp.sqrt, radicand)
        if v in ("binom", "dbinom", "tbinom"):
            n, k = self.sub(self.arg_tokens(t, 0)), self.sub(self.arg_tokens(t, 1))
            if n.is_Integer and n > 5000:
                raise ParseError("binomial coefficient too large", t.pos)
            return sp.binomial(n, k)
        if v in FUNCS:
            return self.function(FUNCS[v], t, v)
        if v in ("max", "min"):
            args = self.call_args()
            if not args:
                raise ParseError(f"\\{v} needs parenthesised arguments", t.pos)
            return elementwise(sp.Max if v == "max" else sp.Min, args, t.pos)
        if v in ("sum", "prod"):
            return self.big_operator(t)
        if v == "int":
            return integral(self, t)
        if v == "lim":
            return self.limit(t)
        if v in ("|", "Vert", "lVert"):
            return norm(self.until_macro({"|": "|", "Vert": "Vert", "lVert": "rVert"}[v], t), self.matrix_names)
        if v in ("lvert", "vert"):
            return sp.Abs(self.until_macro({"lvert": "rvert", "vert": "vert"}[v], t))
        if v == "nabla":
            return nabla(self, t)
        if v == "arg":
            return arg_extremum(self, t, "max")
        raise ParseError(f"unsupported \\{v}", t.pos)

    def operator(self, name, t):
        """An operator applied to its argument(s): Var(X), 𝔼[X], tr(AB), \\det A -- never a product."""
        if _is(self.peek(), "char", "_"):
            raise ParseError(f"{name} with a subscript is not read here", self.peek().pos)
        exponent = None
        if _is(self.peek(), "char", "^"):
            s = self.take()
            exponent = self.sub(self.script(s), "exponent")
        named = conditional_operator(self, name)        # 𝔼[λ | y], KL(p ‖ q): one named quantity
        if named is not None:
            return power(named, exponent, t.pos) if exponent is not None else named
        args = self.call_args("[" if _is(self.peek(), "char", "[") else "(")
        if args is None:
            args = [self.bare_argument(name)]
        value = application(name, args)
        return power(value, exponent, t.pos) if exponent is not None else value

    def big_operator(self, t):
        r"""\sum_{i=1}^{n} term and \prod: written-out bounds only."""
        lower = upper = None
        while (s := self.peek()) is not None and _is(s, "char", "_", "^"):
            self.take()
            script = self.script(s)
            if s.value == "_":
                lower = script
            else:
                upper = script
        eq = next((k for k, u in enumerate(lower or ()) if _is(u, "char", "=")), None)
        if eq is None and upper is None and lower and t.value == "sum":     # \\sum_i: over i = 1 … n(i)
            var = self.sub(lower, "index")
            lo, hi = sp.Integer(1), unbounded_count(var) if isinstance(var, sp.Symbol) else None
        elif upper is None or eq is None:
            raise ParseError(f"\\{t.value} needs _{{i=a}}^{{b}}", t.pos)
        else:
            var = self.sub(lower[:eq], "index")
            lo, hi = self.sub(lower[eq + 1:], "lower bound"), self.sub(upper, "upper bound")
        if not isinstance(var, sp.Symbol):
            raise ParseError(f"\\{t.value} index is not a name", t.pos)
        body = indexed(self.term(), var)
        op = sp.Sum if t.value == "sum" else sp.Product
        if lo.is_Integer and hi.is_Integer:
            if hi - lo > 1000:
                raise ParseError(f"\\{t.value} with more than 1000 terms", t.pos)
            return written_out(op(body, (var, lo, hi)).doit())
        return op(body, (var, lo, hi))

    def limit(self, t):
        r"""\lim_{x 	o a} term (a^+ / a^-: one-sided), as SymPy's Limit (the prover evaluates it)."""
        if not _is(self.peek(), "char", "_"):
            raise ParseError("\\lim needs _{x \\to a}", t.pos)
        script = list(self.script(self.take()))
        arrow = next((k for k, u in enumerate(script) if _is(u, "macro", "to", "rightarrow")), None)
        if arrow is None:
            raise ParseError("\\lim needs _{x \\to a}", t.pos)
        var = commutative(self.sub(script[:arrow], "limit variable"))
        target, direction = script[arrow + 1:], "+-"
        if len(target) >= 2 and _is(target[-2], "char", "^") and target[-1].kind in ("char", "group"):
            side = plain_text(target[-1].body if target[-1].kind == "group" else (target[-1],))
            if side in ("+", "-"):
                target, direction = target[:-2], side
        point = self.sub(target, "limit point")
        if not isinstance(var, sp.Symbol):
            raise ParseError("\\lim of something other than one variable", t.pos)
        if point in (sp.oo, -sp.oo):
            direction = "-" if point == sp.oo else "+"
        return sp.Limit(commutative(self.term()), var, point, dir=direction)

    def until_macro(self, close, t):
        j = self.i
        while j < len(self.toks) and not _is(self.toks[j], "macro", close):
            j += 1
        if j == len(self.toks):
            raise ParseError(f"unclosed \\{t.value}", t.pos)
        inner, self.i = self.toks[self.i:j], j + 1
        return self.sub(inner)

    def sigmoid_call(self, t):
        primes = 0
        while _is(self.peek(), "char", "'"):
            self.take()
            primes += 1
        args = self.call_args()
        if args is None or len(args) != 1 or primes > 3:
            raise ParseError("σ(·) needs one parenthesised argument", t.pos)
        if primes:
            return apply(lambda x: _derivative_at(sigmoid, primes, x), args[0])
        return apply(sigmoid, args[0])

    def function(self, fn, t, name):
        primes = 0
        while _is(self.peek(), "char", "'"):        # \tanh'(x), \tanh''(x)
            self.take()
            primes += 1
        if primes:
            if primes > 3 or name == "log":
                raise ParseError(f"\\{name} with {primes} primes", t.pos)
            fn = functools.partial(_derivative_at, fn, primes)
        exponent = base = None
        while (s := self.peek()) is not None and _is(s, "char", "^", "_"):
            self.take()
            script = self.script(s)
            if s.value == "^":
                exponent = self.sub(script, "exponent")
                if exponent == -1:
                    raise ParseError(f"\\{name}^{{-1}}: inverse or reciprocal (two readings)", s.pos)
            elif name == "log":
                base = self.sub(script, "logarithm base")
            else:
                raise ParseError(f"subscript on \\{name}", s.pos)
        args = self.call_args()
        if args is None:
            nxt = self.peek()
            if nxt is None:
                raise ParseError(f"\\{name} without an argument", t.pos)
            args = [self.bare_argument(name)]
        if len(args) != 1:
            raise ParseError(f"\\{name} takes one argument", t.pos)
        value = apply(fn, args[0])
        if base is not None:
            value = apply(lambda x: sp.log(x, base), args[0])
        return power(value, exponent, t.pos) if exponent is not None else value

    def bare_argument(self, name):
        """`\\sin 2x`: the argument of a function written without brackets -- one factor, or all
        the factors up to the next + or - (two readings, both checked), never past a function name."""
        arg = self.postfix(self.primary())
        after = self.peek()
        if not self.starts_factor(after) or (_is(after, "macro") and after.value in NO_PAREN_OK):
            return arg
        options = [f"{name}({shown(arg)}·…)", f"{name}({shown(arg)})·…"]
        if self.choose(options, after.pos) == 0:
            while self.starts_factor(t := self.peek()) and not (_is(t, "macro") and t.value in NO_PAREN_OK):
                arg = arg * self.unary()
        return arg

    # ---- derivatives written as fractions
    def derivative_frac(self, num, den, t):
        def is_d(tok):
            return _is(tok, "char", "d") or _is(tok, "macro", "partial") or \
                (_is(tok, "macro", "mathrm") and plain_text(self_arg(tok)) == "d")

        def self_arg(tok):
            a = tok.args[-1] if tok.args else ()
            return a[0].body if a and len(a) == 1 and a[0].kind == "group" else (a or ())

        if num and den and _is(num[0], "macro", "delta") and _is(den[0], "macro", "delta") and len(den) > 1:
            # δL/δb is ∂L/∂b in hand work; δ·L/(δ·b) is a second reading only when δ means something here.
            if "δ" in self.ctx.values and self.choose(["δ/δ as a derivative", "δ as a factor"], t.pos) == 1:
                return None
            den = (Tok("macro", "partial", den[0].pos, den[0].end),) + tuple(den[1:])
            num = (Tok("macro", "partial", num[0].pos, num[0].end),) + tuple(num[1:])
        if not (num and den and is_d(num[0]) and is_d(den[0]) and len(den) > 1):
            return None
        partial = _is(den[0], "macro", "partial")
        num, den, order = list(num[1:]), list(den[1:]), 1
        if num and _is(num[0], "char", "^"):
            order = int(num[1].value) if num[1].kind == "num" else None
            num = num[2:]
        if len(den) > 2 and _is(den[-2], "char", "^") and den[-1].kind == "num":
            den = den[:-2]
        if order is None or order > 5:
            raise ParseError("derivative of unsupported order", t.pos)
        raw = self.sub(den, "derivative variable")
        if matrix_like(raw, self.matrix_names) and order == 1:     # ∂/∂w with w a vector: a gradient
            return gradient(self.sub(num, "derivative") if num else self.term(), raw, self.matrix_names)
        var = commutative(raw)
        if not isinstance(var, sp.Symbol):
            raise ParseError("derivative with respect to something other than one variable", t.pos)
        target = commutative(self.sub(num, "derivative") if num else self.term())
        if not partial:
            self.check_total_derivative(target, var, t)
        return sp.Derivative(target, (var, order))

    def check_total_derivative(self, target, var, t):
        """d/dx of y: unless y is defined, it may or may not depend on x -- two readings."""
        # Symbols inside a %! let function body are that definition's constants.
        declared = {s.name for _, body in self.ctx.functions.values() for s in body.free_symbols}
        for s in target.free_symbols:
            if s != var and s.name in DEPENDENT_LOOKING and s.name not in self.ctx.values | declared:
                raise Ambiguous([f"{s.name} a constant", f"{s.name} a function of {var.name}"], t.pos)

    # ---- matrices
    def matrix(self, t):
        if t.value not in MATRIX_ENVS:
            raise ParseError(f"unsupported environment {t.value}", t.pos)
        rows, row, cell = [], [], []
        for u in list(t.body) + [None]:
            if u is None or _is(u, "macro", "\\") or _is(u, "special", "&"):
                cleaned = [c for c in clean(cell) if c is not None]
                if cleaned:
                    row.append(self.sub(cleaned, "matrix entry"))
                cell = []
                if u is None or u.kind == "macro":
                    if row:
                        rows.append(row)
                    row = []
                continue
            cell.append(u)
        if not rows or len({len(r) for r in rows}) != 1:
            raise ParseError("matrix rows of different lengths", t.pos)
        return sp.ImmutableMatrix(rows)
