r"""Parser rules for what is applied to something: operators, functions, sums and limits, derivatives
written as fractions, matrices (the rest of the macro rules are in parse_macros.py)."""
from __future__ import annotations

import dataclasses
import functools

import sympy as sp

from verify.tex.named_laws import FAMILIES

from verify.tex.build import FUNCS, POINT, ParseError, Ambiguous, _is, apply, power, commutative, shown, sigmoid, undefined_at_kinks
from verify.tex.chains import clean
from verify.tex.names import ACCENTS, GREEK, STYLES, bold_name, plain_text
from verify.tex.operators import EXPECTATION, OPERATOR_NAMES, application
from verify.tex.events import conditional_operator
from verify.tex.sums import indexed, unbounded_count, written_out
from verify.tex.tokens import Tok
from verify.tex import templates

INVERSES = {"sin": sp.asin, "cos": sp.acos, "tan": sp.atan, "sinh": sp.asinh, "cosh": sp.acosh, "tanh": sp.atanh,
            "exp": sp.log}       # \tanh^{-1}: the inverse function is one reading (the reciprocal the other)
from verify.tex.vectors import gradient, matrix_like

MATRIX_ENVS = {"pmatrix", "bmatrix", "matrix", "Bmatrix", "smallmatrix"}
MAX_DETERMINANT = 4     # (a hand derivation expands 2×2 and 3×3; a larger symbolic one costs more than a step)
NO_PAREN_OK = set(FUNCS) | {"sigma"}
DEPENDENT_LOOKING = {"y", "u", "v", "f", "g", "h", "F", "G", "L"}   # under d/dx, unless defined       # `\sin x \cos x` reads as a product of two calls


def _names_a_function(t) -> bool:
    """`\\cos`, `\\det`, `\\operatorname{tr}`: a function or operator name, where a bare argument ends."""
    return _is(t, "macro") and (t.value in NO_PAREN_OK or t.value in OPERATOR_NAMES or t.value == "operatorname")


def _derivative_at(fn, order, x):
    """fn^(order) at x (tanh'(x) = 1 - tanh(x)^2), as an expression in x."""
    xi = sp.Dummy("ξ", real=True)
    return undefined_at_kinks(sp.diff(fn(xi), xi, order)).xreplace({xi: x})


class CallRules:
    def operator(self, name, t):
        """An operator applied to its argument(s): Var(X), 𝔼[X], tr(AB), \\det A -- never a product."""
        if _is(self.peek(), "char", "_"):
            if name == EXPECTATION and self.ctx.expect_under is not None:
                return self.expectation_under(t)
            raise ParseError(f"{name} with a subscript is not read here", self.peek().pos)
        exponent = None
        if _is(self.peek(), "char", "^"):
            s = self.take()
            exponent = self.sub(self.script(s), "exponent")
        named = conditional_operator(self, name)        # 𝔼[λ | y], KL(p ‖ q): one named quantity
        if named is not None:
            return power(named, exponent, t.pos) if exponent is not None else named
        args = self.call_args("[" if _is(self.peek(), "char", "[") else "(", density_of=name in FAMILIES)
        if args is None:
            args = [self.bare_argument(name)]
        value = application(name, args)
        return power(value, exponent, t.pos) if exponent is not None else value

    def expectation_under(self, t):
        r"""`\mathbb{E}_q[(x - \mu_2)^2]` with q a law the file gave (`q = \mathcal N(\mu_1, \sigma_1^2)`): the
        expectation of the bracket with its one free variable drawn from q, worked out (named_laws.expect_under)."""
        script = self.script(self.take())
        law = self.sub(script, "law") if script else None
        if not isinstance(law, sp.Symbol) or not _is(self.peek(), "char", "["):
            raise ParseError("𝔼 with a subscript other than a law's name is not read here", t.pos)
        args = self.call_args("[")
        if args is None or len(args) != 1:
            raise ParseError("𝔼_q needs one bracketed argument", t.pos)
        value = self.ctx.expect_under(law.name, commutative(args[0]))
        if isinstance(value, str):
            raise ParseError(value, t.pos)
        return value

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
            if body.has(sp.Derivative):     # Σ_j ∂L/∂z_j ∂z_j/∂b: doit() took ∂L/∂z_j of bare L (0)
                terms = [body.xreplace({var: sp.Integer(k)}) for k in range(int(lo), int(hi) + 1)]
                return written_out(sp.Add(*terms) if t.value == "sum" else sp.Mul(*terms))
            return written_out(op(body, (var, lo, hi)).doit())
        return op(body, (var, lo, hi))

    def limit(self, t):
        r"""\lim_{x \to a} term (a^+ / a^-: one-sided), as SymPy's Limit (the prover evaluates it)."""
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
        shadowed = self.local_name(script[:arrow]) if not isinstance(var, sp.Symbol) else None
        if shadowed is not None:
            var = sp.Symbol(shadowed, real=True)
        if not isinstance(var, sp.Symbol):
            raise ParseError("\\lim of something other than one variable", t.pos)
        if point in (sp.oo, -sp.oo):
            direction = "-" if point == sp.oo else "+"
        outer = self.ctx
        if shadowed is not None:        # `\lim_{x \to 0}` with x a vector elsewhere: here x is the limit's own
            self.ctx = dataclasses.replace(outer, matrices={k: v for k, v in outer.matrices.items() if k != shadowed},
                                           values=outer.values - {shadowed})
        try:
            return sp.Limit(commutative(self.term()), var, point, dir=direction)
        finally:
            self.ctx = outer

    def local_name(self, toks):
        """The name written by these tokens when the file gave it a vector or matrix value (a limit's
        variable is its own), else None."""
        toks = [u for u in toks if not _is(u, "char", " ")]
        if len(toks) != 1 or toks[0].kind not in ("char", "macro"):
            return None
        name = toks[0].value if toks[0].kind == "char" else GREEK.get(toks[0].value)
        return name if name is not None and name in self.ctx.matrices else None

    def until_macro(self, close, t):
        j = self.i
        while j < len(self.toks) and not _is(self.toks[j], "macro", close):
            j += 1
        if j == len(self.toks):
            raise ParseError(f"unclosed \\{t.value}", t.pos)
        inner, self.i = self.toks[self.i:j], j + 1
        return self.sub(inner)

    def inverse_ahead(self) -> bool:
        """`^{-1}(` comes next: an inverse function (or a reciprocal) applied."""
        toks, i = self.toks, self.i
        if not (i + 2 < len(toks) and _is(toks[i], "char", "^") and _is(toks[i + 2], "char", "(")):
            return False
        script = toks[i + 1]
        body = script.body if script.kind == "group" else (script,)
        return [u.value for u in body] == ["-", "1"]

    def sigmoid_inverse(self, t):
        """`\\sigma^{-1}(y)`: the logit ln(y/(1 - y)), or 1/σ(y) (two readings)."""
        self.take()
        self.take()
        args = self.call_args()
        if args is None or len(args) != 1:
            raise ParseError("σ^{-1}(·) needs one parenthesised argument", t.pos)
        if self.choose(["σ^{-1} the inverse function (the logit)", "σ^{-1} the reciprocal"], t.pos) == 0:
            return apply(lambda y: sp.log(y / (1 - y)), args[0])
        return apply(lambda x: 1 / sigmoid(x), args[0])

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
                if exponent == -1 and name in INVERSES:     # \tanh^{-1} x: artanh x, or 1/tanh x
                    if self.choose([f"\\{name}^{{-1}} the inverse function", f"\\{name}^{{-1}} the reciprocal"],
                                   s.pos) == 0:
                        fn, exponent = INVERSES[name], None
                elif exponent == -1:
                    raise ParseError(f"\\{name}^{{-1}}: inverse or reciprocal (two readings)", s.pos)
            elif name == "log":
                base = self.sub(script, "logarithm base")
            else:
                raise ParseError(f"subscript on \\{name}", s.pos)
        args = self.call_args()
        if args is None:
            nxt = self.peek()
            if nxt is None and not self.ctx.point_free:
                raise ParseError(f"\\{name} without an argument", t.pos)
            args = [POINT] if nxt is None else [self.bare_argument(name)]
        if len(args) != 1:
            raise ParseError(f"\\{name} takes one argument", t.pos)
        try:
            value = apply(fn, args[0])
        except ValueError:      # ReLU'(𝐳) of a vector not written out: Heaviside takes real numbers only
            raise ParseError(f"\\{name} of a vector or matrix whose entries are not known here", t.pos) from None
        if base is not None:
            value = apply(lambda x: sp.log(x, base), args[0])
        return power(value, exponent, t.pos) if exponent is not None else value

    def bare_argument(self, name):
        """`\\sin 2x`: the argument of a function written without brackets -- one factor, or all
        the factors up to the next + or - (two readings, both checked), never past a function name."""
        arg = self.postfix(self.primary())
        after = self.peek()
        if not self.starts_factor(after) or _names_a_function(after) or after.spaced:
            return arg          # (`\cos a\,\varepsilon`: the writer's space ends the argument; `\det A\det B`)
        options = [f"{name}({shown(arg)}·…)", f"{name}({shown(arg)})·…"]
        if self.choose(options, after.pos) == 0:
            while self.starts_factor(t := self.peek()) and not _names_a_function(t) and not t.spaced:
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
        power = None
        if len(den) > 2 and _is(den[-2], "char", "^") and den[-1].kind == "num":
            if order == 1 and den[-1].value.isdigit() and int(den[-1].value) > 1:
                power = int(den[-1].value)      # ∂/∂σ^2: with respect to the variance, not σ
            den = den[:-2]                      # ∂^2/∂x^2: the order, written twice
        if order is None or order > 5:
            raise ParseError("derivative of unsupported order", t.pos)
        if power is None and order == 1 and self.ctx.gradient_in is not None and \
                (written := self.written_out_variable(den)) is not None:
            target = commutative(self.sub(num, "derivative") if num else self.operand())
            found = self.ctx.gradient_in(target, written)
            if found is None:
                raise ParseError(f"∂{shown(target)}/∂{written} with {written} written out: how it depends on "
                                 f"{written} is not known from the definitions", t.pos)
            self.bound_matrices.add(written)
            return found
        if power is None and order == 1 and num and self.ctx.gradient_in is not None and \
                (entry := self.written_out_entry(den)) is not None:
            # ∂L/∂v_1, ∂L/∂W_{11} with v, W written out: that entry of ∂L/∂v (else read as before; the
            # numerator is read on its own, so that a reading it would choose is not counted twice)
            try:
                alone = type(self)(list(num), self.ctx, None, self.open_functions)
                target = commutative(alone.expr())
                found = self.ctx.gradient_in(target, entry[0]) if alone.i == len(alone.toks) else None
            except (ParseError, Ambiguous, RecursionError, TypeError, ValueError):
                found = None
            if found is not None and (value := templates.component(
                    entry[1], {entry[1].partition("_")[0]: found})) is not None:
                self.bound_matrices.add(entry[0])
                return value
        raw = self.sub(den, "derivative variable")
        if power is not None:
            return self.derivative_in_a_power(num, raw, power, t)
        if matrix_like(raw, self.matrix_names) and order == 1:     # ∂/∂w with w a vector: a gradient
            return gradient(self.sub(num, "derivative") if num else self.operand(), raw, self.matrix_names)
        var = commutative(raw)
        if not isinstance(var, sp.Symbol):
            raise ParseError("derivative with respect to something other than one variable", t.pos)
        bare = len(self.bare_functions)
        target = commutative(self.sub(num, "derivative") if num else self.operand())
        for name, params, body in self.bare_functions[bare:]:
            base = var.name.partition("_")[0]
            if len(params) == 1 and params[0].name == base and var.name.partition("_")[2].isdigit() and \
                    self.ctx.in_entries is not None and (entries := self.ctx.in_entries(name, base)) is not None \
                    and target == commutative(body):
                target = entries    # ∂c/∂u_1, c(u) = u^⊤v/(‖u‖‖v‖) with u written out: c in u's entries
                continue
            # dg/dt with g(x, y) defined: along a path not written (∂f/∂z_1, f(𝐳) written in z_1, z_2: an entry)
            if all(p.name != var.name for p in params) and all(s.name != var.name for s in body.free_symbols):
                raise ParseError(f"d{name}/d{var.name} with {name} a function of "
                                 f"{', '.join(p.name for p in params)}: how they move with {var.name} is not known",
                                 t.pos)
        if not partial:
            self.check_total_derivative(target, var, t)
        at = self.at_the_point(self.bare_functions[bare:], target, var, order)
        return at if at is not None else sp.Derivative(target, (var, order))

    def at_the_point(self, functions, target, var, order):
        """`\\frac{\\partial f}{\\partial x_2}(1.5, 0.3)` with f(x_1, x_2) defined: the partial derivative at that
        point (it was a product with a vector); None when that is not what follows. (At a point named, `(𝐱_0)`, not:
        a vector whose entries were updated one by one does not keep what each rests on.)"""
        if len(functions) != 1 or len(functions[0][1]) < 2 or not _is(self.peek(), "char", "(") or \
                not any(p.name == var.name for p in functions[0][1]):
            return None
        params, saved = functions[0][1], self.i
        args = self.call_args()
        if args is None or len(args) != len(params) or any(isinstance(a, sp.MatrixBase) for a in args):
            self.i = saved
            return None
        slope = undefined_at_kinks(sp.diff(target, var, order))
        by_name = {p.name: a for p, a in zip(params, args)}
        return slope.xreplace({s: by_name[s.name] for s in slope.free_symbols if getattr(s, "name", None) in by_name})

    def slashed_d(self, t):
        """`dy/dx`, `dL/dw_1`, `d^2y/dx^2` inline (hand work): the derivative, not d·y/(d·x) (= y/x, which can
        make a wrong derivative right). Two readings when d itself has a value here. None when it is not that
        pattern (the parser then reads d as a name)."""
        toks, i, num = self.toks, self.i, []
        while i < len(toks) and not _is(toks[i], "char", "/") and len(num) < 6:
            u = toks[i]
            name_like = u.kind == "macro" or u.kind == "char" and (u.value.isalpha() or u.value == "^")
            if not (name_like or num and (u.kind in ("num", "group") or _is(u, "char", "_", "'"))):
                return None
            num.append(u)
            i += 1
        if not num or i + 2 >= len(toks) + 1 or not _is(toks[i], "char", "/") or i + 2 > len(toks) - 1 or \
                not _is(toks[i + 1], "char", "d"):
            return None
        j, den = i + 2, []
        while j < len(toks) and _is(toks[j], "macro") and toks[j].value in ACCENTS.keys() | STYLES and not toks[j].args:
            den.append(toks[j])                         # \hat y, \mathbf w: a decorated name
            j += 1
        if j >= len(toks) or not (toks[j].kind == "macro" or toks[j].kind == "char" and toks[j].value.isalpha()):
            return None
        den.append(toks[j])
        j += 1
        while j + 1 < len(toks) and _is(toks[j], "char", "_", "^"):
            den += [toks[j], toks[j + 1]]
            j += 2
        if "d" in self.ctx.values and self.choose(["d…/d… as a derivative", "d as a factor"], t.pos) == 1:
            return None
        saved = self.i
        try:
            deriv = self.derivative_frac((t, *num), (toks[i + 1], *den), t)
        except ParseError:
            deriv = None
        if deriv is None:
            self.i = saved
            return None
        self.i = j
        return deriv

    def bare_variable(self, den):
        """The variable of `\\partial x` read as a name (vectors not put in), or None."""
        saved = self.ctx
        try:
            self.ctx = dataclasses.replace(saved, matrices={})
            var = self.sub(den, "derivative variable")
        except ParseError:
            return None
        finally:
            self.ctx = saved
        return var if isinstance(var, sp.Symbol) else None

    def written_out_entry(self, den) -> tuple[str, str] | None:
        """`\\partial v_1` with v a written-out vector (or W_{11} of a matrix W): (v, v_1)."""
        var = self.bare_variable(den)
        if var is None:
            return None
        base, _, index = var.name.partition("_")
        if not index.replace(",", "").isdecimal():
            return None     # (∂L/∂v_j, an entry at a free index: read as before)
        value = self.ctx.matrices.get(base)
        if value is None and var.name not in self.ctx.values and base not in self.ctx.values and \
                isinstance(bold := self.ctx.matrices.get(bold_name(base)), sp.MatrixBase) and 1 in bold.shape:
            # v_1 with only 𝐯 written out and v_1 no name of its own: an entry of 𝐯 (how courses write it)
            if templates.component(var.name, {base: bold}) is not None:
                return bold_name(base), var.name
        if not isinstance(value, sp.MatrixBase) or templates.component(var.name, {base: value}) is None:
            return None
        return base, var.name

    def written_out_variable(self, den) -> str | None:
        """`\\partial x` with x a written-out vector or matrix (not a number): its name."""
        var = self.bare_variable(den)
        value = self.ctx.matrices.get(var.name) if var is not None else None
        return var.name if isinstance(value, sp.MatrixBase) and value.shape != (1, 1) else None

    def operand(self):
        """What `\\frac{d}{dx}` applies to: the term after it, up to an evaluation bar (`\\Big|_{x = 2}`)."""
        self.operands += 1
        try:
            return self.term()
        finally:
            self.operands -= 1

    def derivative_in_a_power(self, num, raw, power, t):
        """∂f/∂σ² = (∂f/∂σ) / (2σ): f in σ is a function of v = σ² (σ ≠ 0, either sign), and by the chain rule
        ∂f/∂σ = ∂f/∂v · 2σ. Written with ∂/∂σ, so a name defined in σ (ℓ) is differentiated through its definition."""
        base = commutative(raw)
        if not isinstance(base, sp.Symbol) or matrix_like(raw, self.matrix_names):
            raise ParseError("derivative with respect to something other than one variable", t.pos)
        target = commutative(self.sub(num, "derivative") if num else self.term())
        return sp.Derivative(target, base) / (power * base ** (power - 1))

    def check_total_derivative(self, target, var, t):
        """d/dx of y: unless y is defined, it may or may not depend on x -- two readings."""
        # Symbols inside a %! let function body are that definition's constants.
        declared = {s.name for _, body in self.ctx.functions.values() for s in body.free_symbols}
        for s in target.free_symbols:
            if s != var and s.name in DEPENDENT_LOOKING and s.name not in self.ctx.values | declared:
                raise Ambiguous([f"{s.name} a constant", f"{s.name} a function of {var.name}"], t.pos)

    # ---- matrices
    def matrix(self, t):
        if t.value == "vmatrix":
            # `\begin{vmatrix} 4 & 3 \\ 3 & 6 \end{vmatrix}`: the determinant of the square array written
            entries = self.matrix(dataclasses.replace(t, value="matrix"))
            if not entries.is_square or entries.rows < 2:       # (a 1×1 one may be an absolute value)
                raise ParseError("a determinant of an array that is not square (2×2 or larger)", t.pos)
            if entries.rows > MAX_DETERMINANT:
                raise ParseError(f"a determinant larger than {MAX_DETERMINANT}×{MAX_DETERMINANT} is not worked out", t.pos)
            return entries.det()
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
