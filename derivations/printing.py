"""Rendering steps and reports: SymPy's printers, dispatched by class.

`StepLatexPrinter` and `StepPrettyPrinter` subclass SymPy's own printers and only
override `_print_<Class>` where a course writes things differently; all options sit
in one settings dict per printer, as in SymPy.
"""
from __future__ import annotations

import textwrap

import sympy as sp
from sympy.printing.latex import LatexPrinter
from sympy.printing.pretty.pretty import PrettyPrinter
from sympy.printing.pretty.stringpict import prettyForm

from verify.status import Status

LATEX_SETTINGS = {"ln_notation": True, "mul_symbol": None, "mat_delim": "(", "order": "none"}
PRETTY_SETTINGS = {"use_unicode": True, "wrap_line": False, "order": "none"}



class StepLatexPrinter(LatexPrinter):
    def __init__(self, settings=None):
        super().__init__({**LATEX_SETTINGS, **(settings or {})})

    def _print_Derivative(self, expr):
        # f'(x) reads better than d/dx f(x) for a function of one variable.
        if len(expr.variables) == 1 and isinstance(expr.expr, sp.core.function.AppliedUndef) \
                and len(expr.expr.args) == 1:
            return f"{self._print(expr.expr.func)}'\\left({self._print(expr.expr.args[0])}\\right)"
        return super()._print_Derivative(expr)


    def _print_beta(self, expr, exp=None):
        # SymPy 1.14 prints the Beta function's arguments with str(): B(alpha, beta).
        args = ", ".join(self._print(a) for a in expr.args)
        tex = rf"\operatorname{{B}}\left({args}\right)"
        return f"{tex}^{{{exp}}}" if exp else tex

    def _print_Symbol(self, expr, style="plain"):
        if expr.name.endswith("'") and "\\" not in expr.name:      # alpha' -> \alpha'
            return self._print(sp.Symbol(expr.name[:-1])) + "'"
        return super()._print_Symbol(expr, style)


class StepPrettyPrinter(PrettyPrinter):
    def __init__(self, settings=None):
        super().__init__({**PRETTY_SETTINGS, **(settings or {})})

    def _print_Symbol(self, expr, bold_name=False):
        # Display names written in LaTeX (\mathbb{E}[\theta \mid y]) read as Unicode in a terminal.
        if "\\" in expr.name:
            return prettyForm(_latex_to_text(expr.name))
        if expr.name.endswith("'"):        # alpha' -> α′
            base = self._print_Symbol(sp.Symbol(expr.name[:-1]), bold_name)
            return prettyForm(*base.right("′"))
        return super()._print_Symbol(expr, bold_name)


def _latex_to_text(latex: str) -> str:
    from pylatexenc.latex2text import LatexNodes2Text
    return LatexNodes2Text(math_mode="text").latex_to_text(latex).replace("  ", " ")


def step_latex(expr, **settings) -> str:
    return StepLatexPrinter(settings).doprint(expr)


def step_text(expr, **settings) -> str:
    return StepPrettyPrinter(settings).doprint(expr)


def _indent(block: str, by: str = "      ") -> str:
    return textwrap.indent(block, by)


def step_block(step) -> str:
    """(n) justification, then the step's math indented under it."""
    return f"({step.number}) {step.rule}\n{_indent(step_text(step.expr))}"


def derivation_text(d) -> str:
    lines = [f"{d.title}  [{d.name}]", d.statement, ""]
    for s in d.steps:
        lines.append(step_block(s))
    if d.results:
        lines.append("results: " + ", ".join(d.results))
    return "\n".join(lines)


def report_text(report) -> str:
    d = report.derivation
    lines = [f"{d.title}  [{d.name}]", d.statement, ""]
    for r in report.steps:
        lines.append(f"({r.step.number}) {r.step.rule}  — {r.status.mark} {r.status.label}")
        lines.append(_indent(step_text(r.step.expr)))
        if r.status not in (Status.PROVED, Status.DEFINITION):
            lines.append(_indent(r.detail))
    if report.gradients:
        lines += ["", "Gradient checks (SymPy float64 vs torch reverse / forward mode / finite differences):"]
        header = f"  {'check':<28} {'pair':<26} {'max abs':>10} {'max rel':>10}  {'worst at':<24} ok"
        lines.append(header)
        for g in report.gradients:
            lines.append(f"  {g.name}   [{g.case}; {g.draws} draws; shapes "
                         + ", ".join(f"{k}{v}" for k, v in g.shapes.items()) + "]")
            for p in g.compared:
                lines.append(f"  {'':<28} {p.a + ' vs ' + p.b:<26} {p.max_abs:>10.2e} {p.max_rel:>10.2e}  "
                             f"{p.worst:<24} {'✓' if p.ok else '✗ tol ' + format(p.tol, 'g')}")
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
