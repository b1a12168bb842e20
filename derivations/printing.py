"""Rendering steps and reports: SymPy's printers, dispatched by class.

`StepLatexPrinter` and `StepPrettyPrinter` subclass SymPy's own printers and only
override `_print_<Class>` where a course writes things differently; all options sit
in one settings dict per printer, as in SymPy.
"""
from __future__ import annotations

import re
import textwrap

import sympy as sp
from sympy.core.function import AppliedUndef
from sympy.matrices.expressions.applyfunc import ElementwiseApplyFunction
from sympy.printing.latex import LatexPrinter
from sympy.printing.pretty.pretty import PrettyPrinter
from sympy.printing.pretty.stringpict import prettyForm

from derivations.prose import Prose
from verify.status import Status

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


# w′ for code is wprime: zprime1 → z′₁, yhatprime → ŷ′, Eprime_plain → E′_plain.
_PRIMED = re.compile(r"([A-Za-z]+?)prime(\d*)(?:_(\w+))?")


def _long(q) -> bool:
    return q.q > 100 or abs(q.p) > 10**8


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


class StepLatexPrinter(LatexPrinter):
    def __init__(self, settings=None):
        super().__init__({**LATEX_SETTINGS, **(settings or {})})

    _default_settings = {**LatexPrinter._default_settings, "decimals": None}

    def _print_Derivative(self, expr):
        # f'(x) reads better than d/dx f(x) for a function of its own variable; through a
        # composition (d/da₂ L(σ(a₂))) L' would mean dL/dŷ, so that is ∂L/∂a₂, as is d/dW L.
        if len(expr.variables) == 1 and len(expr.variable_count) == 1 and expr.variable_count[0][1] == 1:
            if _applied_once(expr.expr) and not _through_composition(expr):
                # f′(x) with plain brackets: \left( after a prime sets the bracket off, f′ (x)
                arg = self._print(expr.expr.args[0])
                tall = any(t in arg for t in ("\\frac", "\\begin", "\\sum", "\\left"))
                return f"{self._print(expr.expr.func)}'\\left({arg}\\right)" if tall else f"{self._print(expr.expr.func)}'({arg})"
            if _named(expr.expr):
                name = expr.expr.func if isinstance(expr.expr, AppliedUndef) else expr.expr
                return rf"\frac{{\partial {self._print(name)}}}{{\partial {self._print(expr.variables[0])}}}"
        return super()._print_Derivative(expr)

    def _print_Mul(self, expr):
        swapped = _function_first(expr)
        if swapped is None:
            return super()._print_Mul(expr)
        return rf"{self._print(swapped[0])} \left({self._print(swapped[1])}\right)"

    def _print_Heaviside(self, expr, exp=None):
        # ReLU' with torch's ReLU'(0) = 0: the indicator 1[z > 0] (θ is the Beta parameter here).
        rel = {sp.S.Zero: ">", sp.S.One: r"\geq"}.get(expr.pargs[1] if len(expr.pargs) > 1 else None)
        if rel is None:       # H(0) = ½ or unspecified: the Heaviside step, H (θ is the Beta parameter here)
            tex = rf"H\left({self._print(expr.pargs[0])}\right)"
            return f"{tex}^{{{exp}}}" if exp else tex
        tex = rf"\mathbb{{1}}\left[{self._print(expr.pargs[0])} {rel} 0\right]"
        return f"{tex}^{{{exp}}}" if exp else tex

    def _print_ElementwiseApplyFunction(self, expr):
        f = _applied(expr.function)       # σ∘A₁ is written σ(A₁), elementwise as in the course
        if f is None:
            return super()._print_ElementwiseApplyFunction(expr)
        return rf"{self._print(f)}\left({self._print(expr.expr)}\right)"

    def _print_DiagMatrix(self, expr):
        return rf"\operatorname{{diag}}\left({self._print(expr.args[0])}\right)"

    def _print_OneMatrix(self, expr):
        return _ones(expr.shape, True) or rf"\mathbb{{1}}_{{{self._print(expr.shape[0])} \times {self._print(expr.shape[1])}}}"

    def _print_HadamardProduct(self, expr):
        # A ∘ B^{∘(−1)} is elementwise division: A ⊘ B.
        quotient = _elementwise_quotient(expr)
        if quotient is None:
            return super()._print_HadamardProduct(expr)
        num, den = quotient
        wrap = lambda e: self._print(e) if isinstance(e, (sp.MatrixSymbol, ElementwiseApplyFunction)) \
            else rf"\left({self._print(e)}\right)"   # noqa: E731
        return rf"{wrap(num)} \oslash {wrap(den)}"

    def _print_BetaDistribution(self, expr):
        return rf"\operatorname{{Beta}}\left({self._print(expr.alpha)}, {self._print(expr.beta)}\right)"

    def _print_Rational(self, expr):
        digits = self._settings["decimals"]
        if digits and _long(expr):
            return _decimal(expr, digits).replace("…", r"\ldots")
        return super()._print_Rational(expr)

    def _print_Float(self, expr):
        digits = self._settings["decimals"]
        return super()._print_Float(sp.Float(expr, digits) if digits else expr)


    def _print_beta(self, expr, exp=None):
        # SymPy 1.14 prints the Beta function's arguments with str(): B(alpha, beta).
        args = ", ".join(self._print(a) for a in expr.args)
        tex = rf"\operatorname{{B}}\left({args}\right)"
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
            return rf"\frac{{\partial {f}}}{{\partial {v}}}"
        return super()._print_Symbol(expr, style)


class StepPrettyPrinter(PrettyPrinter):
    def __init__(self, settings=None):
        super().__init__({**PRETTY_SETTINGS, **(settings or {})})

    _default_settings = {**PrettyPrinter._default_settings, "decimals": None}

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


def _indent(block: str, by: str = "      ") -> str:
    return textwrap.indent(block, by)


def step_block(step) -> str:
    """(n) justification, then the step's math indented under it."""
    return f"({step.number}) {Prose(step.rule).text()}\n{_indent(step_text(step.expr))}"


def derivation_text(d) -> str:
    lines = [f"{d.title}  [{d.name}]", *_reproduces(d), Prose(d.statement).text(), ""]
    for s in d.steps:
        lines.append(step_block(s))
    if d.results:
        lines.append("results: " + ", ".join(d.results))
    return "\n".join(lines)


def _reproduces(d) -> list[str]:
    return [f"Course result: {Prose(d.reproduces).text()}"] if d.reproduces else []


def report_text(report) -> str:
    d = report.derivation
    lines = [f"{d.title}  [{d.name}]", *_reproduces(d), Prose(d.statement).text(), ""]
    for r in report.steps:
        lines.append(f"({r.step.number}) {Prose(r.step.rule).text()}  — {r.status.mark} {r.status.label}")
        lines.append(_indent(step_text(r.step.expr)))
        if r.status not in (Status.PROVED, Status.DEFINITION):
            lines.append(_indent(r.detail))
    if report.gradients:
        lines += ["", "Gradient checks (SymPy float64 vs torch reverse / forward mode / finite differences):"]
        header = f"  {'check':<28} {'pair':<26} {'max|Δ|/scale':>12} {'tolerance':>10}  {'worst at':<24} ok"
        lines.append(header)
        for g in report.gradients:
            lines.append(f"  {g.name}   [{g.case}; {g.draws} draws; shapes "
                         + ", ".join(f"{k}{v}" for k, v in g.shapes.items()) + "]")
            for p in g.compared:
                lines.append(f"  {'':<28} {p.a + ' vs ' + p.b:<26} {against_tolerance(p):>12.2e} {p.tol:>10.0e}  "
                             f"{p.worst:<24} {'✓' if p.ok else '✗'}")
            for e in g.shape_errors:
                lines.append(f"  {'':<28} ✗ {e}")
    if report.numeric:
        lines += ["", "Numerical checks:"]
        for n in report.numeric:
            lines.append(f"  {'✓' if n.ok else '✗'} {n.name}: {n.detail}")
    n_steps = sum(1 for r in report.steps if r.step.kind != "definition")
    proved = sum(1 for r in report.steps if r.status is Status.PROVED)
    lines += ["", f"{'OK' if report.ok else 'FAILED'}: {proved}/{n_steps} steps proved, "
                  f"{sum(g.ok for g in report.gradients)}/{len(report.gradients)} gradient checks, "
                  f"{sum(n.ok for n in report.numeric)}/{len(report.numeric)} numerical checks passed"]
    for f in report.failures:
        lines.append(f"  ✗ {f}")
    return "\n".join(lines)


def against_tolerance(pair) -> float:
    """What a gradient comparison's tolerance bounds: max |Δ| / scale."""
    return pair.against_tol


# --- rich display (Jupyter): the worked solution with its justifications and verdicts ---------------

def _mathjax_text(text: str) -> str:
    """Plain text inside \\text{} for MathJax: its braces and backslashes made literal."""
    return re.sub(r"([{}\\$#%&_^~])", lambda m: {"\\": r"\backslash ", "~": r"\sim "}.get(m[1], "\\" + m[1]), text)


def _rule_latex(rule) -> str:
    return " ".join(p if is_math else rf"\text{{{_mathjax_text(p)}}}" for is_math, p in Prose(rule).spans())


def derivation_latex(d, marks=None) -> str:
    """$$…$$ with one row per step: (n), its justification (math typeset), then its display."""
    rows = []
    for s in d.steps:
        mark = rf"\quad\text{{{marks[s.number]}}}" if marks else ""
        rows.append(rf"\text{{({s.number})}} & {_rule_latex(s.rule)}{mark} \\ & \displaystyle {step_latex(s.expr)}")
    return "$$\\begin{array}{rl} " + r" \\[4pt] ".join(rows) + " \\end{array}$$"


def report_latex(report) -> str:
    marks = {r.step.number: f"{r.status.mark} {r.status.label}" for r in report.steps}
    return derivation_latex(report.derivation, marks)


def report_html(report) -> str:
    """A table of steps (justification, display, verdict) and one line per gradient check."""
    import html
    d = report.derivation
    esc = html.escape
    rule_html = lambda rule: "".join(rf"\({esc(p)}\)" if m else esc(p) for m, p in Prose(rule).spans())  # noqa: E731
    rows = [f"<tr><td>({r.step.number})</td><td>{rule_html(r.step.rule)}<br>\\[{esc(step_latex(r.step.expr))}\\]</td>"
            f"<td>{esc(r.status.mark)} {esc(r.status.label)}</td></tr>" for r in report.steps]
    grads = [f"<tr><td>{esc(g.name)}</td><td>{esc(p.a)} vs {esc(p.b)}</td><td>{against_tolerance(p):.2e}</td>"
             f"<td>{p.tol:.0e}</td><td>{'✓' if p.ok else '✗'}</td></tr>" for g in report.gradients for p in g.compared]
    out = [f"<h3>{esc(d.title)}</h3><p>{rule_html(d.statement)}</p>",
           "<table><tr><th>Step</th><th>Justification and display</th><th>Verdict</th></tr>", *rows, "</table>"]
    if grads:
        out += ["<table><tr><th>Gradient check</th><th>Compared</th><th>max |Δ| / scale</th><th>Tolerance</th><th></th></tr>",
                *grads, "</table>"]
    out += [f"<p><b>{'All checks passed' if report.ok else 'FAILED'}</b></p>"]
    return "\n".join(out)
