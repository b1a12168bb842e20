"""How a derivation and its check report are shown: as text in a terminal (numbered steps, verdicts, the
gradient table) and in Jupyter (`_repr_latex_`, `_repr_html_`: the worked solution with its justifications
and verdicts). The math itself is printed by derivations.printing.
"""
from __future__ import annotations

import re
import textwrap

import sympy as sp

from derivations.printing import step_latex, step_text
from derivations.prose import Prose
from verify.status import Status


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
            lines.append(f"  {Prose(g.name).text()}   [{g.case}; {g.draws} draws; shapes "
                         + ", ".join(f"{k}{v}" for k, v in g.shapes.items()) + "]")
            for p in g.compared:
                lines.append(f"  {'':<28} {p.a + ' vs ' + p.b:<26} {against_tolerance(p):>12.2e} {p.tol:>10.0e}  "
                             f"{p.worst:<24} {'✓' if p.ok else '✗'}")
            for e in g.shape_errors:
                lines.append(f"  {'':<28} ✗ {e}")
    if report.numeric:
        lines += ["", "Numerical checks:"]
        for n in report.numeric:
            lines.append(f"  {'✓' if n.ok else '✗'} {Prose(n.name).text()}: {Prose(n.detail).text()}")
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
        rows.append(rf"\text{{({s.number})}} & {_rule_latex(s.rule)}{mark} \\ & \displaystyle {step_latex(s.expr, **d.print_settings)}")
    return "$$\\begin{array}{rl} " + r" \\[4pt] ".join(rows) + " \\end{array}$$"


def report_latex(report) -> str:
    marks = {r.step.number: f"{r.status.mark} {r.status.label}" for r in report.steps}
    return derivation_latex(report.derivation, marks)


def report_html(report) -> str:
    """A table of steps (justification, display, verdict) and one line per gradient check."""
    import html
    d = report.derivation
    esc = html.escape
    rule_html = _rule_html
    rows = [f"<tr><td>({r.step.number})</td><td>{rule_html(r.step.rule)}<br>\\[{esc(step_latex(r.step.expr, **d.print_settings))}\\]</td>"
            f"<td>{esc(r.status.mark)} {esc(r.status.label)}</td></tr>" for r in report.steps]
    grads = [f"<tr><td>{_rule_html(g.name)}</td><td>{esc(p.a)} vs {esc(p.b)}</td><td>{against_tolerance(p):.2e}</td>"
             f"<td>{p.tol:.0e}</td><td>{'✓' if p.ok else '✗'}</td></tr>" for g in report.gradients for p in g.compared]
    out = [f"<h3>{esc(d.title)}</h3><p>{rule_html(d.statement)}</p>",
           "<table><tr><th>Step</th><th>Justification and display</th><th>Verdict</th></tr>", *rows, "</table>"]
    if grads:
        out += ["<table><tr><th>Gradient check</th><th>Compared</th><th>max |Δ| / scale</th><th>Tolerance</th><th></th></tr>",
                *grads, "</table>"]
    out += [f"<p><b>{'All checks passed' if report.ok else 'FAILED'}</b></p>"]
    return "\n".join(out)


def derivation_html(d) -> str:
    """The worked solution as an HTML table: (n), the justification (its math typeset by MathJax), the display.
    No verdict column: a derivation not yet checked has none (its check report shows them, `report_html`)."""
    import html
    rows = [f"<tr><td>({s.number})</td><td>{_rule_html(s.rule)}<br>\\[{html.escape(step_latex(s.expr, **d.print_settings))}\\]</td></tr>"
            for s in d.steps]
    return "\n".join([f"<h3>{html.escape(d.title)}</h3><p>{_rule_html(d.statement)}</p>",
                      "<table><tr><th>Step</th><th>Justification and display</th></tr>", *rows, "</table>"])


def _rule_html(rule) -> str:
    import html
    return "".join(rf"\({html.escape(p)}\)" if is_math else html.escape(p) for is_math, p in Prose(rule).spans())


class _CourseNotation:
    """A result as SymPy holds it (equal to it, same hash, same arithmetic) that a plain REPL prints in
    the course's notation: δ₁ with g′(a₁,₁), not Derivative(g(a_11), a_11); g′(Z₁), not Lambda(_d, …)."""

    _plain_type: type

    def plain(self):
        """The SymPy object itself, for code that checks types exactly."""
        return sp.ImmutableMatrix(self.tolist()) if isinstance(self, sp.MatrixBase) else self._plain_type(*self.args)

    def __repr__(self) -> str:
        return step_text(self.plain())

    __str__ = __repr__

    def _repr_latex_(self) -> str:
        return f"${step_latex(self.plain())}$"

    def __reduce_ex__(self, protocol):          # pickles as the plain SymPy object
        plain = self.plain()
        return (sp.ImmutableMatrix, (plain.tolist(),)) if isinstance(plain, sp.MatrixBase) else (type(plain), plain.args)


class CourseMatrix(_CourseNotation, sp.ImmutableDenseMatrix):
    """An explicit matrix result (shared_bias's δ₁) printed in course notation; equal entry by entry."""

    def __hash__(self) -> int:
        return hash(self.plain())


class _CourseMatrixExpression(_CourseNotation):
    """A matrix expression (input_gradient's Δ₁ = (W₂ᵀΔ₂) ⊙ g′(Z₁)): equal to and hashed as the plain one."""

    def __eq__(self, other):
        return self.plain() == (other.plain() if isinstance(other, _CourseNotation) else other)

    def __hash__(self) -> int:
        return hash(self.plain())


_MATRIX_EXPRESSIONS: dict[type, type] = {}


def course_notation(value):
    """`value` printed in course notation when a plain REPL would show SymPy's internals; else as it is."""
    if isinstance(value, sp.MatrixBase) and not isinstance(value, _CourseNotation):
        return CourseMatrix(value)
    if isinstance(value, sp.MatrixExpr) and not value.is_symbol and not isinstance(value, _CourseNotation):
        kind = type(value)
        if kind not in _MATRIX_EXPRESSIONS:
            _MATRIX_EXPRESSIONS[kind] = type(f"Course{kind.__name__}", (_CourseMatrixExpression, kind),
                                                {"_plain_type": kind})
        return _MATRIX_EXPRESSIONS[kind](*value.args)
    return value
