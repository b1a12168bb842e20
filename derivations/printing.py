"""Rendering steps and reports: SymPy's printers, dispatched by class.

`StepLatexPrinter` and `StepPrettyPrinter` subclass SymPy's own printers and only
override `_print_<Class>` where a course writes things differently; all options sit
in one settings dict per printer, as in SymPy.
"""
from __future__ import annotations

import sympy as sp
from sympy.core.function import AppliedUndef
from sympy.matrices.expressions.applyfunc import ElementwiseApplyFunction
from sympy.printing.latex import LatexPrinter
from sympy.printing.precedence import PRECEDENCE
from sympy.printing.pretty.pretty import PrettyPrinter
from sympy.printing.pretty.stringpict import prettyForm

from derivations import printing_rules as rules


# positive: sums known positive on the derivation's domain (positive_on), for the sign of an even power's base.
# decimals: a rational with a long numerator or denominator (the ReLU example's exact numbers)
# is shown to that many significant digits, "…" when it does not terminate; None shows it exactly.
LATEX_SETTINGS = {"ln_notation": True, "mul_symbol": None, "mat_delim": "(", "order": "none", "decimals": 7}
PRETTY_SETTINGS = {"use_unicode": True, "wrap_line": False, "order": "none", "decimals": 7}


class StepLatexPrinter(LatexPrinter):
    def __init__(self, settings=None):
        super().__init__({**LATEX_SETTINGS, **(settings or {})})

    _default_settings = {**LatexPrinter._default_settings, "decimals": None, "positive": frozenset()}

    def _print_Derivative(self, expr):
        # f'(x) reads better than d/dx f(x) for a function of its own variable; through a
        # composition (d/da₂ L(σ(a₂))) L' would mean dL/dŷ, so that is ∂L/∂a₂, as is d/dW L.
        if len(expr.variables) == 1 and len(expr.variable_count) == 1 and expr.variable_count[0][1] == 1:
            if rules.applied_once(expr.expr) and not rules.through_composition(expr):
                return rules.call(f"{self._print(expr.expr.func)}'", self._print(expr.expr.args[0]))
            if rules.named(expr.expr):
                name = expr.expr.func if isinstance(expr.expr, AppliedUndef) else expr.expr
                return self._partial(self._print(name), self._print(expr.variables[0]))
        return super()._print_Derivative(expr)

    def _partial(self, f: str, v: str) -> str:
        # inside a matrix a \frac is set in text style, too small to read, and a \dfrac runs into the row
        # below: ∂L/∂b₁ inline there, bracketed as a factor of a product ((∂ℓ/∂x) g(x), not ∂ℓ/∂x g(x))
        if self._in_matrix:
            inline = rf"\partial {f}/\partial {v}"
            return f"({inline})" if self._in_matrix == "factor" else inline
        return rf"\frac{{\partial {f}}}{{\partial {v}}}"

    _in_matrix = None     # None outside a matrix; "entry" inside one; "factor" inside a product in an entry
    _decimal_numbers = False    # inside a matrix of numbers written as decimals (rules.decimal_entries)

    def _print_MatrixBase(self, expr):
        # a 1×1 result (∂L/∂b₂ at one output) is its entry, ŷ − y, not (ŷ − y)
        return self._print(expr[0, 0]) if expr.shape == (1, 1) else super()._print_MatrixBase(expr)

    def _print_Transpose(self, expr):
        # Wᵀ with \top, as 𝟙ᵀ and the rules write it (SymPy: W^{T}, an italic T beside 𝟙^{⊤})
        tex = super()._print_Transpose(expr)
        return tex[:-len("^{T}")] + r"^{\top}" if tex.endswith("^{T}") else tex

    def _print_matrix_contents(self, expr):
        saved = self._in_matrix, self._decimal_numbers
        self._in_matrix, self._decimal_numbers = "entry", rules.decimal_entries(expr)
        try:
            return super()._print_matrix_contents(expr)
        finally:
            self._in_matrix, self._decimal_numbers = saved

    def _print_Limit(self, expr):
        # lim_{N→∞} (α + θ₀N)/(α + β + N) without brackets round the one fraction, as a course writes it
        tex = super()._print_Limit(expr)
        body = self._print(expr.args[0])
        sized = rf"\left({body}\right)"
        return tex[:-len(sized)] + " " + body if rules.one_fraction(body) and tex.endswith(sized) else tex

    def _print_Function(self, expr, exp=None):
        return self._unspaced(super()._print_Function(expr, exp), expr.args)

    def _print_log(self, expr, exp=None):
        return self._unspaced(super()._print_log(expr, exp), expr.args)

    def _unspaced(self, tex: str, args) -> str:
        """SymPy's f{\\left(x \\right)} rewritten as f(x) (see rules.call); anything else is returned as it is."""
        printed = [self._print(a) for a in args]
        head, sized, tail = tex.rpartition(r"{\left(%s \right)}" % ",".join(printed))
        return head + rules.call("", ", ".join(printed)) + tail if sized else tex

    def _print_Max(self, expr, exp=None):
        args = ", ".join(self._print(a) for a in sorted(expr.args, key=sp.default_sort_key))
        tex = rules.call(rf"\{type(expr).__name__.lower()}", args)
        return f"{tex}^{{{exp}}}" if exp else tex

    _print_Min = _print_Max

    def _print_Mul(self, expr):
        if self._in_matrix is None:
            return self._print_product(expr)
        saved, self._in_matrix = self._in_matrix, "factor"
        try:
            return self._print_product(expr)
        finally:
            self._in_matrix = saved

    def _print_product(self, expr):
        if len(expr.args) == 2 and expr.args[0] == -1 and isinstance(expr.args[1], sp.Add):   # −(a + b), brackets sized
            return rf"- \left({self._print(expr.args[1])}\right)"
        swapped = rules.function_first(expr)
        if swapped is None:
            return super()._print_Mul(expr)
        return rf"{self._print(swapped[0])} \left({self._print(swapped[1])}\right)"

    def _print_Add(self, expr, order=None):
        return super()._print_Add(rules.positive_first(expr), order)

    def _print_Pow(self, expr):
        return super()._print_Pow(rules.even_power_flipped(expr, self._settings["positive"]) or expr)

    def _hprint_Function(self, func: str) -> str:
        # g', g_1': a derivative named as a function of its own (shared_bias.as_functions) reads g_{1}', not g_{1'}
        if func.endswith("'") and len(func) > 1:
            return super()._hprint_Function(func[:-1]) + "'"
        return super()._hprint_Function(func)

    def _print_Heaviside(self, expr, exp=None):
        # ReLU' with torch's ReLU'(0) = 0: the indicator 1[z > 0] (θ is the Beta parameter here).
        rel = {sp.S.Zero: ">", sp.S.One: r"\geq"}.get(expr.pargs[1] if len(expr.pargs) > 1 else None)
        if rel is None:       # H(0) = ½ or unspecified: the Heaviside step, H (θ is the Beta parameter here)
            tex = rules.call("H", self._print(expr.pargs[0]))
            return f"{tex}^{{{exp}}}" if exp else tex
        tex = rf"\mathbb{{1}}[{self._print(expr.pargs[0])} {rel} 0]"
        return f"{tex}^{{{exp}}}" if exp else tex

    def _print_ElementwiseApplyFunction(self, expr):
        f = rules.applied(expr.function)       # σ∘A₁ is written σ(A₁), elementwise as in the course
        if f is None:
            return super()._print_ElementwiseApplyFunction(expr)
        return rules.call(self._print(f), self._print(expr.expr))

    def _print_DiagMatrix(self, expr):
        return rules.call(r"\operatorname{diag}", self._print(expr.args[0]))

    def _print_OneMatrix(self, expr):
        return rules.ones(expr.shape, True) or rf"\mathbb{{1}}_{{{self._print(expr.shape[0])} \times {self._print(expr.shape[1])}}}"

    def _print_HadamardProduct(self, expr):
        # A ∘ B^{∘(−1)} is elementwise division: A ⊘ B.
        quotient = rules.elementwise_quotient(expr)
        if quotient is None:      # ⊙, as the rules and the course write the elementwise product (SymPy: ∘)
            return r" \odot ".join(self.parenthesize(a, PRECEDENCE["Pow"], strict=True) for a in expr.args)
        num, den = quotient
        wrap = lambda e: self._print(e) if isinstance(e, (sp.MatrixSymbol, ElementwiseApplyFunction)) \
            else rf"\left({self._print(e)}\right)"   # noqa: E731
        return rf"{wrap(num)} \oslash {wrap(den)}"

    def _print_BetaDistribution(self, expr):
        return rules.call(r"\operatorname{Beta}", f"{self._print(expr.alpha)}, {self._print(expr.beta)}")

    def _print_Rational(self, expr):
        digits = self._settings["decimals"]
        if digits and (rules.long(expr) or (self._decimal_numbers and rules.terminates(expr))):
            return rules.decimal(expr, digits).replace("…", r"\ldots")
        return super()._print_Rational(expr)

    def _print_Float(self, expr):
        digits = self._settings["decimals"]
        return super()._print_Float(sp.Float(expr, digits) if digits else expr)


    def _print_beta(self, expr, exp=None):
        # SymPy 1.14 prints the Beta function's arguments with str(): B(alpha, beta).
        args = ", ".join(self._print(a) for a in expr.args)
        tex = rules.call(r"\operatorname{B}", args)
        return f"{tex}^{{{exp}}}" if exp else tex

    def _print_Symbol(self, expr, style="plain"):
        if expr.name in rules.NOTATION:
            return rules.NOTATION[expr.name][0]
        if expr.name.endswith("'") and "\\" not in expr.name:      # alpha' -> \alpha'
            return self._print(sp.Symbol(expr.name[:-1])) + "'"
        entry = rules.entry_indices(expr.name)
        if entry:
            return f"{super()._print_Symbol(sp.Symbol(entry[0]), style)}_{{{entry[1]}}}"
        primed = rules.PRIMED.fullmatch(expr.name)
        if primed:
            index = primed[2] or (rf"\mathrm{{{primed[3]}}}" if primed[3] else "")
            base = super()._print_Symbol(sp.Symbol(primed[1]), style) + "'"
            return f"{base}_{{{index}}}" if index else base
        gradient = rules.GRADIENT_NAME.fullmatch(expr.name)
        if gradient:
            f, v = (self._print(sp.Symbol(n)) for n in gradient.groups())
            return self._partial(f, v)
        word = rules.word_subscript(expr.name)
        if word:
            return rf"{super()._print_Symbol(sp.Symbol(word[0]), style)}_{{\mathrm{{{word[1]}}}}}"
        return super()._print_Symbol(expr, style)


class StepPrettyPrinter(PrettyPrinter):
    def __init__(self, settings=None):
        super().__init__({**PRETTY_SETTINGS, **(settings or {})})

    _default_settings = {**PrettyPrinter._default_settings, "decimals": None, "positive": frozenset()}

    def _print_Symbol(self, expr, bold_name=False):
        if expr.name in rules.NOTATION:
            return prettyForm(rules.NOTATION[expr.name][1])
        # Display names written in LaTeX (\mathbb{E}[\theta \mid y]) read as Unicode in a terminal.
        if "\\" in expr.name:
            return prettyForm(_latex_to_text(expr.name))
        if expr.name.endswith("'"):        # alpha' -> α′
            base = self._print_Symbol(sp.Symbol(expr.name[:-1]), bold_name)
            return prettyForm(*base.right("′"))
        entry = rules.entry_indices(expr.name)
        if entry:
            base = super()._print_Symbol(sp.Symbol(entry[0]), bold_name)
            return prettyForm(*base.right(entry[1].translate(rules.SUBSCRIPT)))
        primed = rules.PRIMED.fullmatch(expr.name)
        if primed:
            index = (primed[2] or "").translate(rules.SUBSCRIPT) or (f"_{primed[3]}" if primed[3] else "")
            return prettyForm(step_text(sp.Symbol(primed[1])) + "′" + index)
        gradient = rules.GRADIENT_NAME.fullmatch(expr.name)
        if gradient:
            f, v = (step_text(sp.Symbol(n)) for n in gradient.groups())
            return prettyForm(f"∂{f}/∂{v}")
        return super()._print_Symbol(expr, bold_name)

    def _print_Derivative(self, expr):
        if len(expr.variables) == 1 and len(expr.variable_count) == 1 and expr.variable_count[0][1] == 1 \
                and rules.named(expr.expr):
            f, v = expr.expr, expr.variables[0]
            if rules.applied_once(f) and f.args == (v,):      # g′(a), as the LaTeX printer writes it
                return prettyForm(f"{step_text(f.func)}′({step_text(v)})")
            name = f.func if isinstance(f, AppliedUndef) else f
            return prettyForm(f"∂{step_text(name)}/∂{step_text(v)}")
        return super()._print_Derivative(expr)

    def _print_Mul(self, expr):
        swapped = rules.function_first(expr)
        if swapped is None:
            return super()._print_Mul(expr)
        return prettyForm(f"{step_text(swapped[0])}({step_text(swapped[1])})")

    def _print_Add(self, expr, order=None):
        return super()._print_Add(rules.positive_first(expr), order)

    def _print_Pow(self, expr):
        return super()._print_Pow(rules.even_power_flipped(expr, self._settings["positive"]) or expr)

    def _print_MatAdd(self, expr):
        return self._print_Add(expr)        # SymPy writes a MatAdd "Ŷ -Y"; as a sum it is "Ŷ - Y"

    def _print_Heaviside(self, expr):
        if len(expr.pargs) > 1 and expr.pargs[1] in (0, 1):
            rel = ">" if expr.pargs[1] == 0 else "≥"
            return prettyForm(f"𝟙[{self._print(expr.pargs[0])} {rel} 0]")
        return prettyForm(f"H({step_text(expr.pargs[0])})")

    def _print_ElementwiseApplyFunction(self, expr):
        f = rules.applied(expr.function)
        if f is None:
            return super()._print_ElementwiseApplyFunction(expr)
        return self._print(f(sp.Symbol(step_text(expr.expr))))

    def _print_HadamardProduct(self, expr):
        quotient = rules.elementwise_quotient(expr)
        if quotient is None:
            return super()._print_HadamardProduct(expr)
        num, den = (step_text(e) if isinstance(e, (sp.MatrixSymbol, ElementwiseApplyFunction)) else f"({step_text(e)})"
                    for e in quotient)
        return prettyForm(f"{num} ⊘ {den}")

    def _print_BetaDistribution(self, expr):
        return prettyForm(f"Beta({step_text(expr.alpha)}, {step_text(expr.beta)})")

    def _print_DiagMatrix(self, expr):
        return prettyForm(f"diag({step_text(expr.args[0])})")

    def _print_OneMatrix(self, expr):
        return prettyForm(rules.ones(expr.shape, False) or f"𝟙_{expr.shape[0]}×{expr.shape[1]}")

    def _print_Rational(self, expr):
        digits = self._settings["decimals"]
        if digits and rules.long(expr):
            return prettyForm(rules.decimal(expr, digits))
        return super()._print_Rational(expr)


def _latex_to_text(latex: str) -> str:
    from pylatexenc.latex2text import LatexNodes2Text
    return LatexNodes2Text(math_mode="text").latex_to_text(latex).replace("  ", " ")


def in_space(matrix) -> str:
    """"$W_{1} \\in \\mathbb{R}^{H \\times M}$": a matrix symbol and its size, as Prose math."""
    rows, cols = (step_latex(n) for n in matrix.shape)
    return rf"${step_latex(matrix)} \in \mathbb{{R}}^{{{rows} \times {cols}}}$"


def step_latex(expr, **settings) -> str:
    return StepLatexPrinter(settings).doprint(expr)


def step_text(expr, **settings) -> str:
    return StepPrettyPrinter(settings).doprint(expr)
