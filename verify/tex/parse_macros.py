r"""Parser rules for identifiers and macros: names with indices, \let functions, macros the file defines, \frac (what is applied to an argument is in parse_calls.py)."""
from __future__ import annotations

import dataclasses
import re

import sympy as sp
from sympy.core.function import AppliedUndef

from verify.tex.build import (FUNCS, group_end, FUNCTION_LOOKING, NAMED_FUNCS, Ambiguous, ParseError, Squared, _is,
                              apply, at_squared, power,
                              commutative, elementwise, literal_value, name_symbol, shown, undefined_at_kinks)
from verify.tex.chains import clean
from verify.tex.named_laws import FAMILIES
from verify.tex.names import (ACCENTS, BOLD, GREEK, STYLES, accented_name, arg_body, bold_name, decorate, moves_with,
                              plain_text)
from verify.tex.operators import OPERATOR_NAMES
from verify.tex.entropies import entropy_reading
from verify.tex.events import event_probability, starts_event
from verify.tex.integrals import integral
from verify.tex.labels import family_member, label_macro, value_at_labels
from verify.tex.parse_calls import CallRules
from verify.tex.special import special_call
from verify.tex.tokens import LatexError, tokenize
from verify.tex.vectors import arg_extremum, at_entries, entry_names, nabla, norm

# a function the file defines whose name says it is an activation: applied entry by entry to a vector
ACTIVATION_NAME = re.compile(r"(?:σ|φ|ϕ|g|ψ|g_\w+|σ_\w+|(?i:relu|leaky|lrelu|elu|gelu|selu|swish|silu|softplus|act|"
                             r"sigmoid|sigm|logistic|tanh|htanh|hardtanh|mish)\w*)\Z")

MAX_EXPANSIONS = 200          # macro uses expanded in one side
LOSS_LOOKING = {"L", "J", "ℓ"}
DECAY_RATES, DECAY_STEPS = {"β", "γ", "ρ"}, {"t", "k"}   # β_1^t: a decay rate to the step's power, not a label   # `L(b + ε)` with L a value: the loss at another point, or L times it


class MacroRules(CallRules):
    # ---- identifiers
    def identifier(self, base: str, tok, bold=False):
        name, primes = base, 0
        while (t := self.peek()) is not None:
            if _is(t, "char", "_"):
                self.take()
                script = self.script(t)
                sub = plain_text(script)
                if sub is None:
                    sub = label_macro(self, script)     # m_{\So}, \So standing for \mathrm{S}: m_S
                if sub is None:
                    raise ParseError("subscript that is not a plain index", t.pos)
                name += "_" + sub
            elif _is(t, "char", "'"):
                self.take()
                primes += 1
            elif _is(t, "char", "^") and self.index_superscript(name):
                self.take()
                name += "^" + (plain_text(self.script(t)) or "π")      # (V^\pi: \pi is no plain letter)
            else:
                break
        if bold:
            self.matrix_names.add(name)
        if name in ("D_KL", "D_{KL}") and not primes and (_is(self.peek(), "char", "(") or _is(self.peek(), "char", "[")):
            return self.operator("KL", tok)                   # D_{\mathrm{KL}}(p \| q): the divergence
        if not primes and not bold and starts_event(self, name):
            return event_probability(self, name, tok)       # P(+ \mid D): a probability, not P·(…)
        if not primes and not bold and (shannon := entropy_reading(self, name)) is not None:
            return shannon                                  # H(Y \mid X), I(X; Y): entropies, not H·(…)
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
        if primes and name not in self.ctx.values and name + "'" * primes not in self.ctx.values and \
                _is(self.peek(), "char", "(") and primes <= 3:
            args = self.call_args()             # g'(a_1), \swish'(1): the derivative of an open function
            if len(args) == 1 and not isinstance(args[0], sp.MatrixBase):
                xi = sp.Dummy("ξ", real=True)
                return sp.Subs(sp.Derivative(sp.Function(name)(xi), (xi, primes)), xi, commutative(args[0]))
            if len(args) == 1:
                raise ParseError(f"{name}{chr(39) * primes} of a vector (entry by entry is not read)", tok.pos)
            raise ParseError(f"{name}{chr(39) * primes} of several arguments", tok.pos)
        if primes:
            name += "'" * primes
        if name in self.ctx.matrices:
            self.bound_matrices.add(name)
            return self.ctx.matrices[name]
        nxt = self.peek()
        if _is(nxt, "char", "(") and not primes and (value := special_call(self, name, tok)) is not None:
            return value                        # O(x^3), B(a, b), Γ(a), Φ(x)
        if _is(nxt, "char", "(") and not primes and name not in self.ctx.values and \
                (labelled := value_at_labels(self, name)) is not None:
            return labelled                     # V^π(s_1), Q(s_1, \textsf{go}), α_2(\mathrm{R}): one named value
        if _is(nxt, "char", "(") and not primes and name not in self.ctx.values and family_member(name, self.ctx):
            # `α_1(j)` after `α_t(j) = P(o_1, …, o_t, z_t = j)`: that function at t = 1, never α_1 times j
            return sp.Function(name)(*[commutative(a) for a in self.call_args()])
        if _is(nxt, "char", "(") and name not in self.ctx.values and name.split("_")[0] in FUNCTION_LOOKING:
            save = self.i
            args = self.call_args(density_of=name in FAMILIES)
            written = ", ".join(map(shown, args))
            of_a_law = len(args) == 1 and (isinstance(args[0], sp.Symbol) and args[0].name in self.ctx.laws or
                                           isinstance(args[0], AppliedUndef) and args[0].func.__name__ in FAMILIES)
            # (`ℓ(g(a), g(c))`: a name times a pair is no scalar a loss or a function could be; several arguments
            # make a call)
            if name in self.open_functions or of_a_law or len(args) > 1 or \
                    self.choose([f"{name}({written}) as a function call", f"{name}·({written}) as a product"], nxt.pos) == 0:
                return sp.Function(name)(*[commutative(a) for a in args])
            self.i = save                       # the product: the caller reads the brackets again
        elif _is(nxt, "char", "(") and not primes and name in self.ctx.values and \
                name.split("_")[0] in FUNCTION_LOOKING:
            # `L(0.101)` with L a number (L = 0.0936): the loss at b = 0.101, or L times 0.101 -- two readings when
            # the argument is a number, or names a loss does not reach; `L(b)` with L worked out from b: L there;
            # `h_1(1 - h_1)` (the name in its own argument) stays a product
            save = self.i
            args = self.call_args()
            there = self.ctx.value_at(name, commutative(args[0])) if len(args) == 1 and self.ctx.value_at else None
            if there is not None:       # `L(b + 10^{-4})`, `L(b)` with L worked out from b: L with b moved there
                variable, moved = there
                if all(literal_value(d) is not None for d in (commutative(args[0]) - variable).free_symbols) or \
                        self.choose([f"{name}({shown(args[0])}) as {name} at {variable} = {shown(args[0])}",
                                     f"{name}·({shown(args[0])}) as a product"], nxt.pos) == 0:
                    return moved
            elif all(isinstance(a, sp.Expr) for a in args) and \
                    (all(all(literal_value(d) is not None for d in a.free_symbols) for a in args) or
                     name.split("_")[0] in LOSS_LOOKING and
                     not any(s.name == name for a in args for s in a.free_symbols)) and \
                    self.choose([f"{name}({', '.join(map(shown, args))}) as its value there",
                                 f"{name}·({', '.join(map(shown, args))}) as a product"], nxt.pos) == 0:
                return sp.Function(name)(*[commutative(a) for a in args])
            self.i = save
        if not primes and name not in self.ctx.matrices:
            self.refuse_a_vector_argument(name, nxt)
        return name_symbol(name, maybe_matrix=name in self.matrix_names or name in self.ctx.matrix_hints)

    def refuse_a_vector_argument(self, name: str, at, written: str | None = None) -> None:
        """A ParseError when `name`, with no value, is followed by `(x)` with x a vector the file gave: `μ(x) = 0.8 +
        0.6x` (or `σ^2(x) = …`) after `x = (0, 1, 2)` is a function of x far more often than μ times the data, and
        which one is not decided here."""
        toks, i = self.toks, self.i
        if name in self.ctx.values or i + 2 >= len(toks) or not _is(toks[i], "char", "(") or \
                not _is(toks[i + 2], "char", ")"):
            return
        vector = self.ctx.matrices.get(toks[i + 1].value) if toks[i + 1].kind == "char" else None
        if isinstance(vector, sp.MatrixBase) and 1 in vector.shape:
            written = written or name
            raise ParseError(f"{written}(…) of a given vector: a function of it or {written} times it, not decided",
                             at.pos if at is not None else 0)

    def extremum_over_entries(self, v, t):
        """`\\max_k z_k` with the vector z written out: the largest (smallest) of its entries."""
        index = plain_text(self.script(self.take()))
        body = self.unary()
        base, _, sub = body.name.partition("_") if isinstance(body, sp.Symbol) else ("", "", "")
        vector = self.ctx.matrices.get(base)
        if sub != index or not isinstance(vector, sp.MatrixBase) or 1 not in vector.shape:
            raise ParseError(f"\\{v}_{index} over something other than the entries of a written-out vector", t.pos)
        self.bound_matrices.add(base)
        return (sp.Max if v == "max" else sp.Min)(*vector)

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
        a = self.sub(given, "density argument")
        try:
            b = shown(self.sub(condition, "condition"))
        except ParseError:
            # `p(\theta \mid D_1, D_2)`: several conditions, named as written
            b = ",".join(shown(self.sub(list(part), "condition")) for part in _split_at_commas(condition))
        self.i = j + 1
        return sp.Symbol(f"{name}({shown(a)}|{b})", real=True)

    def iterate_superscript(self) -> bool:
        """`^{(1)}`, `^{(t+1)}` next: the superscript of an iterate, never a power."""
        sup_tok = self.peek(1) if _is(self.peek(), "char", "^") else None
        body = sup_tok.body if sup_tok is not None and sup_tok.kind == "group" else ()
        return len(body) > 2 and _is(body[0], "char", "(") and _is(body[-1], "char", ")")

    def index_superscript(self, name: str) -> bool:
        """z_1^h, W^{(1)}, W_1^{h,j} are indices; x^2, x_1^n (n bound), e^x are powers; V^π(s), Q^π(s, a): a policy's
        values (a name)."""
        sup_tok = self.peek(1)
        if sup_tok is None:
            return False
        body = sup_tok.body if sup_tok.kind == "group" else (sup_tok,)
        if len(body) == 1 and _is(body[0], "macro", "pi") and _is(self.peek(2), "char", "("):
            return True
        text = plain_text(body)
        if not text or text in ("T", "⊤") or text.lstrip("-").isdigit():
            return False
        if text in self.ctx.sum_bounds:
            return False        # (1 - β_1)\sum_{s=1}^{t}β_1^{t-s} = 1 - β_1^t: t is a number there, β_1^t a power
        if text in ("*", "-", "+"):         # w^*, θ^\ast: the optimum; P^-, m^+: predicted, updated: names
            return True
        if any(c in text for c in ",([") and not any(c in text for c in "+-*"):
            return True
        if text in DECAY_STEPS and name.partition("_")[0] in DECAY_RATES:
            return False        # 1 - β_1^t: Adam's bias correction, a power of the (constant) rate
        return "_" in name and text.isalpha() and text not in self.ctx.values

    def let_call(self, name, primes, tok):
        params, body = self.ctx.functions[name]
        args = self.call_args()
        if args is None and not primes and not _is(self.peek(), "char", "'"):
            self.bare_functions.append((name, params, body))
            return body            # ∂f/∂x_1 with f = f(x_1, x_2) as defined: f in its own parameters
        if args is not None and len(args) == 1 < len(params) and isinstance(args[0], sp.MatrixBase) and \
                1 in args[0].shape and len(args[0]) == len(params):
            args = list(args[0])    # f(𝐰^{(0)}) with f(w_1, w_2) and 𝐰^{(0)} = (1, -1): the entries, in order
        if args is None or len(args) != len(params):
            raise ParseError(f"{name} takes {len(params)} argument(s)", tok.pos)
        opaque = next((s.name for s in body.free_symbols for p in params if moves_with(s.name, p.name)), None)
        if opaque is not None:      # f(λ) = log p(λ | x): p(λ | x) is a name here, yet it moves with λ
            raise ParseError(f"{name} is defined through {opaque}, whose dependence on its argument is not written out",
                             tok.pos)
        if primes:
            if len(params) != 1:
                raise ParseError(f"{name}' of a function of several variables", tok.pos)
            # the parameter as the body has it (its assumptions may differ: 𝐰 in a body is a vector's symbol)
            same = {s for s in body.free_symbols if isinstance(s, sp.Symbol) and s.name == params[0].name}
            if any(not s.is_commutative for s in same):
                raise ParseError(f"{name}' of a function of a vector or matrix is not read", tok.pos)
            # (φ(x) = max(αx, x): φ'(0) has no value -- a kink's slope is a convention, not 0.505)
            body = undefined_at_kinks(sp.diff(body, next(iter(same)) if len(same) == 1 else params[0], primes))
        entries = entry_names(params, body)
        if entries is not None and at_entries(entries, args[0]) is not None:
            body = body.xreplace(at_entries(entries, args[0]))     # f(𝐰_0) with f(𝐰) = w_1² + 4w_2²
        if entries is None and any(isinstance(a, sp.MatrixBase) for a in args):
            # σ(𝐳_1) with σ(z) defined on numbers: entry by entry, as ML notation means for an activation (not
            # e^{-𝐳} of a matrix); H(q), f(𝐱) of another function: of the whole vector, which its body does not say
            if len(params) != 1 or not ACTIVATION_NAME.match(name):
                raise ParseError(f"{name} of a vector, defined on numbers: entry by entry or of the whole vector is "
                                 "not known", tok.pos)
            at = {s.name: s for s in body.free_symbols if isinstance(s, sp.Symbol)}
            return elementwise(lambda *values: body.xreplace({at[p.name]: v for p, v in zip(params, values)
                                                              if p.name in at}), args, tok.pos)
        # ℓ(μ̂, σ̂²) with ℓ(μ, σ²) defined: the body is in σ, so σ at the root of the argument
        by_name = dict(zip((p.name for p in params), (at_squared(a) if isinstance(p, Squared) else a
                                                      for p, a in zip(params, args))))
        return body.xreplace({s: by_name[s.name] for s in body.free_symbols
                              if isinstance(s, sp.Symbol) and s.name in by_name})

    # ---- macros
    def own_macro_body(self, toks):
        r"""`\hat\w` with `\newcommand{\w}{\mathbf{w}}`: an accent's argument that is one macro of the file's own,
        without arguments, read as its body; other arguments as they are."""
        toks = list(toks)
        if len(toks) != 1 or toks[0].kind != "macro" or toks[0].value not in self.ctx.macros or \
                self.ctx.macros[toks[0].value][0]:
            return toks
        try:
            return list(tokenize(self.ctx.macros[toks[0].value][1], toks[0].pos))
        except LatexError:
            return toks

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
        def splice(toks):
            """The arguments put in for #1, #2 …, also inside groups and a macro's arguments
            (`\\underline{\\,#1\\,}`)."""
            out = []
            for u in toks:
                if u.kind == "macro" and u.value.startswith("macroarg"):
                    k = "abcdefghij".find(u.value[8:]) - 1
                    if not 0 <= k < nargs:
                        raise ParseError(f"\\{t.value} uses #{k + 1}", t.pos)
                    out.extend(args[k])
                elif u.body:
                    out.append(dataclasses.replace(u, body=tuple(splice(u.body))))
                elif u.args:
                    out.append(dataclasses.replace(u, args=tuple(None if a is None else tuple(splice(a)) for a in u.args)))
                else:
                    out.append(u)
            return out
        self.toks[self.i:self.i] = [u for u in clean(splice(toks), top_level=False) if u is not None]
        sign = self.peek()
        if sign is not None and sign.kind == "char" and sign.value in "+-":     # \blank{-0.9589}: a signed value
            self.take()
            value = self.unary()
            return -value if sign.value == "-" else value
        return self.primary()

    def macro(self, t):
        v = t.value
        if v in self.ctx.macros:
            return self.expand(t)
        if v == "pi" and (_is(self.peek(), "char", "_") or self.iterate_superscript()):
            # π_1, π_j: an entry of a distribution (a stationary one, weights); π^{(1)}: an iterate (EM's weight)
            return self.identifier("π", t)
        if v == "pi":
            return sp.pi
        if v == "infty":
            return sp.oo
        if v == "sigma" and (_is(self.peek(), "char", "(", "'")) and "σ" not in self.ctx.values \
                and "σ" not in self.ctx.functions:
            return self.sigmoid_call(t)
        if v == "sigma" and self.inverse_ahead() and "σ" not in self.ctx.values and "σ" not in self.ctx.functions:
            return self.sigmoid_inverse(t)
        if v in GREEK:
            return self.identifier(GREEK[v], t)
        if v in ACCENTS:
            toks = self.own_macro_body(self.arg_tokens(t, 0))
            inner = plain_text(toks)
            if inner is None:
                inner = accented_name(toks)     # \bar{\hat y}: the adjoint of ŷ
            if inner is None:
                raise ParseError(f"\\{v} over something other than a name", t.pos)
            return self.identifier(decorate(inner, v), t, bold=(v == "vec"))
        if v in STYLES:
            inner = plain_text(self.arg_tokens(t, 0))
            if inner is None:
                raise ParseError(f"\\{v} over something other than a name", t.pos)
            if v == "mathcal" and inner == "N" and _is(self.peek(), "char", "("):
                return self.operator("Normal", t)         # 𝒩(μ, σ²): the normal law (a name and a pair is no product)
            return self.identifier(bold_name(inner) if v in BOLD else inner, t, bold=v in BOLD)
        if v == "operatorname" and not t.args and _is(self.peek(), "char", "*"):
            self.take()             # \operatorname*{arg\,min}_θ: the starred form sets its scripts below it
            v = "operatorname*"
        if v in ("mathrm", "operatorname", "text", "textrm", "mathbb", "operatorname*"):
            written = self.arg_tokens(t, 0)
            inner = plain_text(written)
            if v == "operatorname*" and inner is None:      # arg\,min: the thin space is no part of the name
                inner = plain_text([u for u in arg_body(written) if not (u.kind == "macro" and u.value in ",;! ")])
            if inner in ("argmin", "argmax"):
                return arg_extremum(self, t, inner[3:], named=True)
            if inner in NAMED_FUNCS:
                return self.function(NAMED_FUNCS[inner], t, inner)
            if inner in ("LSE", "logsumexp"):
                args = self.call_args()
                if not args:
                    raise ParseError(f"{inner} needs parenthesised arguments", t.pos)
                entries = [e for a in args for e in (a if isinstance(a, sp.MatrixBase) else (a,))]   # LSE(z), z = (1, 2, 3)
                if len(entries) == 1 and isinstance(entries[0], sp.Symbol):
                    # LSE(s) of a vector whose entries are not known here: not log(exp(s)) = s
                    return sp.Function(inner)(entries[0])
                return sp.log(sp.Add(*[sp.exp(a) for a in entries]))
            if inner in ("softmax", "Softmax") and _is(self.peek(), "char", "("):
                save = self.i
                args = self.call_args()
                entries = [e for a in args or () for e in (a if isinstance(a, sp.MatrixBase) else (a,))]
                if len(entries) > 1:        # softmax(z)_i = e^{z_i} / Σ_j e^{z_j}, z written out or given
                    total = sp.Add(*[sp.exp(a) for a in entries])
                    return sp.ImmutableMatrix([[sp.exp(a) / total] for a in entries])
                self.i = save               # softmax(z) of a vector with no values: an operator, as before
            if inner in ("mean", "avg") and _is(self.peek(), "char", "("):
                save = self.i
                args = self.call_args()
                if args and len(args) == 1 and isinstance(args[0], sp.MatrixBase) and 1 in args[0].shape:
                    return sp.Add(*args[0]) / len(args[0])     # mean(ĝ ⊙ x̂) of a vector written out: its average
                self.i = save               # the mean of something else (a random variable): an operator, as before
            if inner == "P" and starts_event(self, "ℙ" if v == "mathbb" else "P"):
                return event_probability(self, "P", t)
            if inner in OPERATOR_NAMES and (v != "mathbb" or inner == "E"):
                return self.operator(OPERATOR_NAMES[inner], t)
            if v == "mathbb" and inner == "V" and _is(self.peek(), "char", "[", "("):
                return self.operator(OPERATOR_NAMES["Var"], t)     # \mathbb{V}[y_*]: the variance
            if inner is None:               # `\text{<b>so</b>} + 1`: words or markup, not a quantity
                raise ParseError(f"prose in math: \\{v}{{…}} stands where a quantity should", t.pos)
            if v == "mathbb" or not inner or not inner.isalnum():
                raise ParseError(f"\\{v}{{{inner}}} is not a name", t.pos)
            if len(inner) > 1 and _is(self.peek(), "char", "("):     # \operatorname{foo}(x): an application
                return self.operator(inner, t)
            if len(inner) > 1 and v == "operatorname" and self.starts_factor(self.peek()):
                return self.operator(inner, t)      # \operatorname{foo} x (or a \DeclareMathOperator): foo(x), never foo·x
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
            top, bottom = self.sub(num, "numerator"), self.sub(den, "denominator")
            try:        # (m̂/(√ŝ + ε) of two given vectors: not read, and never the end of the chain it is in)
                return top * power(bottom, sp.Integer(-1), t.pos)
            except (sp.ShapeError, sp.NonSquareMatrixError) as exc:
                raise ParseError(f"cannot divide: {type(exc).__name__}", t.pos) from None
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
            if _is(self.peek(), "char", "_"):
                return self.extremum_over_entries(v, t)     # \max_k z_k with z written out
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
            inner = self.until_macro({"|": "|", "Vert": "Vert", "lVert": "rVert"}[v], t)
            if _is(self.peek(), "char", "_") and self.peek(1) is not None and plain_text(
                    self.peek(1).body if self.peek(1).kind == "group" else (self.peek(1),)) == "2":
                self.i += 2                     # \|w\|_2: the Euclidean norm, as \|w\| is read
            return norm(inner, self.matrix_names)
        if v in ("lvert", "vert"):
            return sp.Abs(self.until_macro({"lvert": "rvert", "vert": "vert"}[v], t))
        if v == "nabla":
            return nabla(self, t)
        if v == "partial":
            return self.slashed_derivative(t)
        if v == "arg":
            return arg_extremum(self, t, "max")
        raise ParseError(f"unsupported \\{v}", t.pos)

    def slashed_derivative(self, t):
        """`\\partial L/\\partial b_2`, `\\partial^2 f/\\partial x^2`: the fraction written inline (hand work,
        table cells). The numerator runs to the `/`; the denominator is `\\partial` and one name."""
        start, num = self.i, []
        while (u := self.peek()) is not None and not _is(u, "char", "/"):
            if _is(u, "char", "=", "<", ">") or _is(u, "char", "+", "-") and num:
                raise ParseError("unsupported \\partial (no /\\partial after it)", t.pos)
            num.append(self.take())
        if self.peek() is None or not _is(self.peek(1), "macro", "partial"):
            self.i = start
            raise ParseError("unsupported \\partial (no /\\partial after it)", t.pos)
        self.take()
        den = [self.take()]                                   # the second \\partial
        while _is(self.peek(), "macro") and self.peek().value in ACCENTS.keys() | STYLES and not self.peek().args:
            den.append(self.take())                           # \\hat y, \\bm w: a decorated name
        if self.peek() is None:
            raise ParseError("\\partial with nothing after it", t.pos)
        name = self.take()                                    # the name itself
        den.append(name)
        if name.kind == "macro" and name.value in self.ctx.macros and not name.args:
            for _ in range(min(self.ctx.macros[name.value][0], 9)):     # \vect{x}: a file macro's arguments
                if self.peek() is not None:
                    den.append(self.take())
        while _is(self.peek(), "char", "_", "^", "'") and self.peek(1) is not None:
            mark = self.take()
            den.append(mark)
            if mark.value != "'":
                den.append(self.take())
        deriv = self.derivative_frac((t, *num), tuple(den), t)
        if deriv is None:
            raise ParseError("unsupported \\partial", t.pos)
        return deriv


def _split_at_commas(toks):
    """The tokens between top-level commas."""
    part, depth = [], 0
    for t in toks:
        if _is(t, "char", "(") or _is(t, "char", "["):
            depth += 1
        elif _is(t, "char", ")") or _is(t, "char", "]"):
            depth -= 1
        if depth == 0 and _is(t, "char", ","):
            yield part
            part = []
        else:
            part.append(t)
    yield part
