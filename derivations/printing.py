"""Rendering steps and reports: SymPy's printers, dispatched by class.

`StepLatexPrinter` and `StepPrettyPrinter` subclass SymPy's own printers and only
override `_print_<Class>` where a course writes things differently; all options sit
in one settings dict per printer, as in SymPy.
"""
from __future__ import annotations

import re

import sympy as sp
from sympy.core.function import AppliedUndef
from sympy.matrices.expressions.applyfunc import ElementwiseApplyFunction
from sympy.printing.latex import LatexPrinter, greek_letters_set, modifier_dict
from sympy.printing.precedence import PRECEDENCE
from sympy.printing.pretty.pretty import PrettyPrinter
from sympy.printing.pretty.stringpict import prettyForm


# positive: sums known positive on the derivation's domain (positive_on), for the sign of an even power's base.
# decimals: a rational with a long numerator or denominator (the ReLU example's exact numbers)
# is shown to that many significant digits, "…" when it does not terminate; None shows it exactly.
LATEX_SETTINGS = {"ln_notation": True, "mul_symbol": None, "mat_delim": "(", "order": "none", "decimals": 7}
PRETTY_SETTINGS = {"use_unicode": True, "wrap_line": False, "order": "none", "decimals": 7}

# Entry symbols are named stem[layer]_indices (W1_12: W₁ row 1 column 2; a_21: a₂ entry 1; see
# derivations.matrices.entries): printed with one index per digit, W_{1,1,2}, never W_{1 12}.
_ENTRY = re.compile(r"([A-Za-z]+?)(\d*)_(\d+)")

# Plain symbol names (what a REPL user types) and the notation they stand for, in LaTeX and Unicode.
NOTATION = {
    "theta_hat": (r"\hat{\theta}", "θ̂"),
    "theta_MAP": (r"\theta_{\mathrm{MAP}}", "θ_MAP"),
    "theta_mode": (r"\theta_{\mathrm{mode}}", "θ_mode"),
    "theta_star": (r"\theta^{*}", "θ*"),
    "E_theta": (r"\mathbb{E}[\theta]", "𝔼[θ]"),
    "E_theta_given_y": (r"\mathbb{E}[\theta \mid y]", "𝔼[θ | y]"),
    "Var_theta": (r"\mathrm{Var}[\theta]", "Var[θ]"),
    "Var_theta_given_y": (r"\mathrm{Var}[\theta \mid y]", "Var[θ | y]"),
    "p_theta_given_y": (r"p(\theta \mid y)", "p(θ | y)"),
    "theta_prior_mode": (r"\theta_{\mathrm{mode}}^{\mathrm{prior}}", "θ_mode(prior)"),
}


# A gradient held in a symbol of its own is named dL_dW_1 (for code): written ∂L/∂W₁.
_GRADIENT_NAME = re.compile(r"d([A-Za-z]+)_d([A-Za-z]+(?:_\w+)?)")


# A subscript that is a word labels, it does not index: E_plain is E with an upright "plain".
_WORD_SUBSCRIPT = re.compile(r"([A-Za-z]+)_([A-Za-z]{2,})")


def _word_subscript(name: str):
    m = _WORD_SUBSCRIPT.fullmatch(name)
    if m is None or m[2].lower() in greek_letters_set or m[2].lower() in modifier_dict:
        return None
    return m[1], m[2]


# w′ for code is wprime: zprime1 → z′₁, yhatprime → ŷ′, Eprime_plain → E′_plain.
_PRIMED = re.compile(r"([A-Za-z]+?)prime(\d*)(?:_(\w+))?")


# Content that needs brackets sized to it; anything else is bracketed with plain ( ).
_TALL = ("\\frac", "\\begin", "\\sum", "\\prod", "\\int", "\\left", "\\binom", "\\sqrt")


def _tall(tex: str) -> bool:
    return any(t in tex for t in _TALL)


def _call(head: str, args: str) -> str:
    """f(x) for a function applied to its argument. SymPy's f{\\left(x \\right)} sets the bracket off by a
    thin space (an operator or letter before an inner atom), tanh (x); \\mathopen{} removes it where the
    content is tall enough to need sized brackets."""
    return rf"{head}\mathopen{{}}\left({args}\right)" if _tall(args) else f"{head}({args})"


def _one_fraction(tex: str) -> bool:
    """\\frac{…}{…} and nothing after it: it needs no brackets of its own (after \\lim)."""
    if not tex.startswith("\\frac{"):
        return False
    depth, groups = 0, 0
    for i in range(len("\\frac"), len(tex)):
        depth += {"{": 1, "}": -1}.get(tex[i], 0)
        if depth == 0:
            groups += 1
            if groups == 2:
                return i == len(tex) - 1
            if tex[i] != "}":
                return False
    return False


def _long(q) -> bool:
    return q.q > 100 or abs(q.p) > 10**8


def _terminates(q) -> bool:
    """q has a finite decimal expansion (its denominator is 2ᵃ5ᵇ): 7/10, 13/25, not 1/3."""
    n = q.q
    for p in (2, 5):
        while n % p == 0:
            n //= p
    return n == 1


def _decimal_entries(matrix) -> bool:
    """A matrix whose numbers are written as decimals: one of them already is one (0.765 beside 13/25 would mix
    the two), or all its entries are terminating numbers (data given as decimals, x = (0.7, 0.5, 1))."""
    entries = list(matrix)
    if any(isinstance(e, sp.Float) or (isinstance(e, sp.Rational) and _long(e)) for e in entries):
        return True
    return all(isinstance(e, sp.Rational) and _terminates(e) for e in entries) and any(e.q > 1 for e in entries)


def _decimal(q, digits: int) -> str:
    """q to `digits` significant digits, with "…" when that is not its exact value."""
    shown = sp.Float(q, digits)
    text = f"{float(shown):.{digits}g}"
    return text if sp.Rational(text) == q else text + "…"


def _entry_indices(name: str):
    """("W", "1,1,2") for W1_12; None for a name that is no entry symbol."""
    m = _ENTRY.fullmatch(name)
    if m is None or not (m[2] or len(m[3]) > 1):
        return None
    return m[1], ",".join(m[2] + m[3])


def _through_composition(expr) -> bool:
    """d/dv F(g(v)): a named function of something that is not the variable itself (L(σ(a₂)))."""
    return (len(expr.variables) == 1 and _applied_once(expr.expr) and expr.expr.args[0] != expr.variables[0])


def _named(expr) -> bool:
    """A loss or function named by a letter: L, ℓ(ŷ, y), or one of this project's functions (σ, ReLU)."""
    return isinstance(expr, (sp.Symbol, AppliedUndef)) or _own_function(expr)


def _own_function(expr) -> bool:
    """σ(a), ReLU(z): a function this project defines (derivations.activations), written f′(x) when
    differentiated, as a course writes it; SymPy's own (tanh) keep d/dx."""
    return isinstance(expr, sp.Function) and type(expr).__module__.startswith("derivations.")


def _applied_once(expr) -> bool:
    return (isinstance(expr, AppliedUndef) or _own_function(expr)) and len(expr.args) == 1


def _function_first(expr):
    """σ(s)·(1 − σ(s)) for (1 − σ(s))·σ(s): the function before the bracket that holds it, as written by hand."""
    if isinstance(expr, sp.Mul) and len(expr.args) == 2:
        first, second = expr.args
        if isinstance(first, sp.Add) and _applied_once(second) and first.has(second):
            return second, first
    return None


def _applied(function) -> sp.Basic | None:
    """f for the Lambda d ↦ f(d) (what applyfunc makes of a plain function), else None."""
    body, variables = function.expr, function.variables
    if len(variables) == 1 and isinstance(body, sp.Function) and body.args == variables:
        return body.func
    return None


def _elementwise_quotient(expr):
    """(A, B) for A ∘ B^{∘(−1)}, else None."""
    inverse = [a for a in expr.args if isinstance(a, sp.HadamardPower) and a.exp == -1]
    rest = [a for a in expr.args if a not in inverse]
    if not inverse or not rest:
        return None
    num = sp.HadamardProduct(*rest) if len(rest) > 1 else rest[0]
    den = sp.HadamardProduct(*(a.base for a in inverse)) if len(inverse) > 1 else inverse[0].base
    return num, den


_SUBSCRIPT = str.maketrans("0123456789,", "₀₁₂₃₄₅₆₇₈₉,")


def _ones(shape, latex: bool) -> str:
    """𝟙 (a column of ones), 𝟙ᵀ (a row), 𝟙𝟙ᵀ (square, all ones) or 𝟙 with its size."""
    one, top = (r"\mathbb{1}", r"^{\top}") if latex else ("𝟙", "ᵀ")
    rows, cols = shape
    if cols == 1:
        return one
    if rows == 1:
        return one + top
    if rows == cols:
        return one + one + top
    return None


def _positive_first(expr):
    """α − 1, not −1 + α; eˣ − e⁻ˣ, not −e⁻ˣ + eˣ: the sum from its first term that carries no minus sign,
    the leading negative terms moved to the end (SymPy's "none" order keeps its own canonical order)."""
    terms = list(expr.args)
    lead = next((i for i, t in enumerate(terms) if not t.could_extract_minus_sign()), 0)
    return type(expr)(*terms[lead:], *terms[:lead], evaluate=False) if lead else expr   # Add or MatAdd


def _minus_count(terms) -> int:
    return sum(t.could_extract_minus_sign() for t in terms)


def positive_on(domain) -> frozenset:
    """The sums a course writes as positive on a derivation's domain: 1 − θ and θ for θ ∈ (0, 1)."""
    out = []
    for symbol, (low, high) in domain.items():
        if low is not None and sp.S(low).is_finite:
            out.append(symbol - low)
        if high is not None and sp.S(high).is_finite:
            out.append(high - symbol)
    return frozenset(e for e in out if isinstance(e, sp.Add))


def _even_power_flipped(expr, positive: frozenset):
    """(1 − θ)² for (θ − 1)² on θ ∈ (0, 1): an even power of a sum is written with the sign under which the
    sum is positive on the domain, as the course writes (1 − θ)^{β−1} beside it; else with fewer minus signs.
    None when SymPy's form already is that one."""
    base, exponent = expr.args
    if not (isinstance(base, sp.Add) and exponent.is_integer and exponent.is_even) or base in positive:
        return None
    negated = -base
    if negated in positive or _minus_count(negated.args) < _minus_count(base.args):
        return sp.Pow(negated, exponent, evaluate=False)
    return None


class StepLatexPrinter(LatexPrinter):
    def __init__(self, settings=None):
        super().__init__({**LATEX_SETTINGS, **(settings or {})})

    _default_settings = {**LatexPrinter._default_settings, "decimals": None, "positive": frozenset()}

    def _print_Derivative(self, expr):
        # f'(x) reads better than d/dx f(x) for a function of its own variable; through a
        # composition (d/da₂ L(σ(a₂))) L' would mean dL/dŷ, so that is ∂L/∂a₂, as is d/dW L.
        if len(expr.variables) == 1 and len(expr.variable_count) == 1 and expr.variable_count[0][1] == 1:
            if _applied_once(expr.expr) and not _through_composition(expr):
                return _call(f"{self._print(expr.expr.func)}'", self._print(expr.expr.args[0]))
            if _named(expr.expr):
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
    _decimal_numbers = False    # inside a matrix of numbers written as decimals (_decimal_entries)

    def _print_MatrixBase(self, expr):
        # a 1×1 result (∂L/∂b₂ at one output) is its entry, ŷ − y, not (ŷ − y)
        return self._print(expr[0, 0]) if expr.shape == (1, 1) else super()._print_MatrixBase(expr)

    def _print_Transpose(self, expr):
        # Wᵀ with \top, as 𝟙ᵀ and the rules write it (SymPy: W^{T}, an italic T beside 𝟙^{⊤})
        tex = super()._print_Transpose(expr)
        return tex[:-len("^{T}")] + r"^{\top}" if tex.endswith("^{T}") else tex

    def _print_matrix_contents(self, expr):
        saved = self._in_matrix, self._decimal_numbers
        self._in_matrix, self._decimal_numbers = "entry", _decimal_entries(expr)
        try:
            return super()._print_matrix_contents(expr)
        finally:
            self._in_matrix, self._decimal_numbers = saved

    def _print_Limit(self, expr):
        # lim_{N→∞} (α + θ₀N)/(α + β + N) without brackets round the one fraction, as a course writes it
        tex = super()._print_Limit(expr)
        body = self._print(expr.args[0])
        sized = rf"\left({body}\right)"
        return tex[:-len(sized)] + " " + body if _one_fraction(body) and tex.endswith(sized) else tex

    def _print_Function(self, expr, exp=None):
        return self._unspaced(super()._print_Function(expr, exp), expr.args)

    def _print_log(self, expr, exp=None):
        return self._unspaced(super()._print_log(expr, exp), expr.args)

    def _unspaced(self, tex: str, args) -> str:
        """SymPy's f{\\left(x \\right)} rewritten as f(x) (see _call); anything else is returned as it is."""
        printed = [self._print(a) for a in args]
        head, sized, tail = tex.rpartition(r"{\left(%s \right)}" % ",".join(printed))
        return head + _call("", ", ".join(printed)) + tail if sized else tex

    def _print_Max(self, expr, exp=None):
        args = ", ".join(self._print(a) for a in sorted(expr.args, key=sp.default_sort_key))
        tex = _call(rf"\{type(expr).__name__.lower()}", args)
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
        swapped = _function_first(expr)
        if swapped is None:
            return super()._print_Mul(expr)
        return rf"{self._print(swapped[0])} \left({self._print(swapped[1])}\right)"

    def _print_Add(self, expr, order=None):
        return super()._print_Add(_positive_first(expr), order)

    def _print_Pow(self, expr):
        return super()._print_Pow(_even_power_flipped(expr, self._settings["positive"]) or expr)

    def _hprint_Function(self, func: str) -> str:
        # g', g_1': a derivative named as a function of its own (shared_bias.as_functions) reads g_{1}', not g_{1'}
        if func.endswith("'") and len(func) > 1:
            return super()._hprint_Function(func[:-1]) + "'"
        return super()._hprint_Function(func)

    def _print_Heaviside(self, expr, exp=None):
        # ReLU' with torch's ReLU'(0) = 0: the indicator 1[z > 0] (θ is the Beta parameter here).
        rel = {sp.S.Zero: ">", sp.S.One: r"\geq"}.get(expr.pargs[1] if len(expr.pargs) > 1 else None)
        if rel is None:       # H(0) = ½ or unspecified: the Heaviside step, H (θ is the Beta parameter here)
            tex = _call("H", self._print(expr.pargs[0]))
            return f"{tex}^{{{exp}}}" if exp else tex
        tex = rf"\mathbb{{1}}[{self._print(expr.pargs[0])} {rel} 0]"
        return f"{tex}^{{{exp}}}" if exp else tex

    def _print_ElementwiseApplyFunction(self, expr):
        f = _applied(expr.function)       # σ∘A₁ is written σ(A₁), elementwise as in the course
        if f is None:
            return super()._print_ElementwiseApplyFunction(expr)
        return _call(self._print(f), self._print(expr.expr))

    def _print_DiagMatrix(self, expr):
        return _call(r"\operatorname{diag}", self._print(expr.args[0]))

    def _print_OneMatrix(self, expr):
        return _ones(expr.shape, True) or rf"\mathbb{{1}}_{{{self._print(expr.shape[0])} \times {self._print(expr.shape[1])}}}"

    def _print_HadamardProduct(self, expr):
        # A ∘ B^{∘(−1)} is elementwise division: A ⊘ B.
        quotient = _elementwise_quotient(expr)
        if quotient is None:      # ⊙, as the rules and the course write the elementwise product (SymPy: ∘)
            return r" \odot ".join(self.parenthesize(a, PRECEDENCE["Pow"], strict=True) for a in expr.args)
        num, den = quotient
        wrap = lambda e: self._print(e) if isinstance(e, (sp.MatrixSymbol, ElementwiseApplyFunction)) \
            else rf"\left({self._print(e)}\right)"   # noqa: E731
        return rf"{wrap(num)} \oslash {wrap(den)}"

    def _print_BetaDistribution(self, expr):
        return _call(r"\operatorname{Beta}", f"{self._print(expr.alpha)}, {self._print(expr.beta)}")

    def _print_Rational(self, expr):
        digits = self._settings["decimals"]
        if digits and (_long(expr) or (self._decimal_numbers and _terminates(expr))):
            return _decimal(expr, digits).replace("…", r"\ldots")
        return super()._print_Rational(expr)

    def _print_Float(self, expr):
        digits = self._settings["decimals"]
        return super()._print_Float(sp.Float(expr, digits) if digits else expr)


    def _print_beta(self, expr, exp=None):
        # SymPy 1.14 prints the Beta function's arguments with str(): B(alpha, beta).
        args = ", ".join(self._print(a) for a in expr.args)
        tex = _call(r"\operatorname{B}", args)
        return f"{tex}^{{{exp}}}" if exp else tex

    def _print_Symbol(self, expr, style="plain"):
        if expr.name in NOTATION:
            return NOTATION[expr.name][0]
        if expr.name.endswith("'") and "\\" not in expr.name:      # alpha' -> \alpha'
            return self._print(sp.Symbol(expr.name[:-1])) + "'"
        entry = _entry_indices(expr.name)
        if entry:
            return f"{super()._print_Symbol(sp.Symbol(entry[0]), style)}_{{{entry[1]}}}"
        primed = _PRIMED.fullmatch(expr.name)
        if primed:
            index = primed[2] or (rf"\mathrm{{{primed[3]}}}" if primed[3] else "")
            base = super()._print_Symbol(sp.Symbol(primed[1]), style) + "'"
            return f"{base}_{{{index}}}" if index else base
        gradient = _GRADIENT_NAME.fullmatch(expr.name)
        if gradient:
            f, v = (self._print(sp.Symbol(n)) for n in gradient.groups())
            return self._partial(f, v)
        word = _word_subscript(expr.name)
        if word:
            return rf"{super()._print_Symbol(sp.Symbol(word[0]), style)}_{{\mathrm{{{word[1]}}}}}"
        return super()._print_Symbol(expr, style)


class StepPrettyPrinter(PrettyPrinter):
    def __init__(self, settings=None):
        super().__init__({**PRETTY_SETTINGS, **(settings or {})})

    _default_settings = {**PrettyPrinter._default_settings, "decimals": None, "positive": frozenset()}

    def _print_Symbol(self, expr, bold_name=False):
        if expr.name in NOTATION:
            return prettyForm(NOTATION[expr.name][1])
        # Display names written in LaTeX (\mathbb{E}[\theta \mid y]) read as Unicode in a terminal.
        if "\\" in expr.name:
            return prettyForm(_latex_to_text(expr.name))
        if expr.name.endswith("'"):        # alpha' -> α′
            base = self._print_Symbol(sp.Symbol(expr.name[:-1]), bold_name)
            return prettyForm(*base.right("′"))
        entry = _entry_indices(expr.name)
        if entry:
            base = super()._print_Symbol(sp.Symbol(entry[0]), bold_name)
            return prettyForm(*base.right(entry[1].translate(_SUBSCRIPT)))
        primed = _PRIMED.fullmatch(expr.name)
        if primed:
            index = (primed[2] or "").translate(_SUBSCRIPT) or (f"_{primed[3]}" if primed[3] else "")
            return prettyForm(step_text(sp.Symbol(primed[1])) + "′" + index)
        gradient = _GRADIENT_NAME.fullmatch(expr.name)
        if gradient:
            f, v = (step_text(sp.Symbol(n)) for n in gradient.groups())
            return prettyForm(f"∂{f}/∂{v}")
        return super()._print_Symbol(expr, bold_name)

    def _print_Derivative(self, expr):
        if len(expr.variables) == 1 and len(expr.variable_count) == 1 and expr.variable_count[0][1] == 1 \
                and _named(expr.expr):
            f, v = expr.expr, expr.variables[0]
            if _applied_once(f) and f.args == (v,):      # g′(a), as the LaTeX printer writes it
                return prettyForm(f"{step_text(f.func)}′({step_text(v)})")
            name = f.func if isinstance(f, AppliedUndef) else f
            return prettyForm(f"∂{step_text(name)}/∂{step_text(v)}")
        return super()._print_Derivative(expr)

    def _print_Mul(self, expr):
        swapped = _function_first(expr)
        if swapped is None:
            return super()._print_Mul(expr)
        return prettyForm(f"{step_text(swapped[0])}({step_text(swapped[1])})")

    def _print_Add(self, expr, order=None):
        return super()._print_Add(_positive_first(expr), order)

    def _print_Pow(self, expr):
        return super()._print_Pow(_even_power_flipped(expr, self._settings["positive"]) or expr)

    def _print_MatAdd(self, expr):
        return self._print_Add(expr)        # SymPy writes a MatAdd "Ŷ -Y"; as a sum it is "Ŷ - Y"

    def _print_Heaviside(self, expr):
        if len(expr.pargs) > 1 and expr.pargs[1] in (0, 1):
            rel = ">" if expr.pargs[1] == 0 else "≥"
            return prettyForm(f"𝟙[{self._print(expr.pargs[0])} {rel} 0]")
        return prettyForm(f"H({step_text(expr.pargs[0])})")

    def _print_ElementwiseApplyFunction(self, expr):
        f = _applied(expr.function)
        if f is None:
            return super()._print_ElementwiseApplyFunction(expr)
        return self._print(f(sp.Symbol(step_text(expr.expr))))

    def _print_HadamardProduct(self, expr):
        quotient = _elementwise_quotient(expr)
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
        return prettyForm(_ones(expr.shape, False) or f"𝟙_{expr.shape[0]}×{expr.shape[1]}")

    def _print_Rational(self, expr):
        digits = self._settings["decimals"]
        if digits and _long(expr):
            return prettyForm(_decimal(expr, digits))
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
