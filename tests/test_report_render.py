"""Rendering report.tex without TeX: escaping, the math filter, markers, user templates."""
from pathlib import Path

import jinja2
import pytest
import sympy as sp

from derivations.model import Derivation
from derivations import checked
from report.build import make_context
from report.provenance import Provenance
from report.render import MARKER_RE, TeX, escape_text, make_environment, math, render

INJECTION = r"\input{/etc/passwd} \write18{rm -rf ~} } % # & _ ^ ~ $ \\ {x} --flag"


def tiny_checked(rule=INJECTION, title="Tiny & small", statement="Show x_1 = x_1 (100% sure)."):
    x = sp.Symbol("x_1", real=True)
    d = Derivation("tiny", title, statement)
    d.step(x + x, 2 * x, rule)
    d.result("doubled", 2 * x)
    return checked.check(d, d.check(gradients=False, numeric=False))


PROVENANCE = Provenance("0.0", "abc_123", 1704067200, (("Python", "3.11"),))


def context(summaries, **extra):
    return {**make_context(PROVENANCE, summaries), **extra}


def test_escape_makes_every_special_character_literal():
    out = escape_text(INJECTION)
    assert "\\input{" not in out and "\\write18{" not in out
    for raw, escaped in [("%", r"\%"), ("#", r"\#"), ("&", r"\&"), ("_", r"\_"), ("$", r"\$"),
                         ("^", r"\textasciicircum"), ("~", r"\textasciitilde"), ("\\", r"\textbackslash")]:
        assert escaped in out, raw
    # every brace left in the output belongs to an escape sequence: they balance
    assert out.count("{") - out.count(r"\{") == out.count("}") - out.count(r"\}")
    assert "-{}-flag" in out
    assert "{\\'e}" in escape_text("é") and "U+2713" in escape_text("✓")


def test_control_characters_become_visible_symbols():
    """TeX stops at DEL and most C0/C1 controls ("invalid character"): none may reach it raw."""
    for code in [*range(0x20), *range(0x7F, 0xA0)]:
        if chr(code) in "\t\n\r":                 # whitespace to TeX
            continue
        out = escape_text(f"a{chr(code)}b")
        assert not any(ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0 for c in out), (hex(code), out)
        assert f"<U+{code:04X}>" in out


def test_math_filter_takes_sympy_and_refuses_raw_strings():
    x = sp.Symbol("x")
    assert math(sp.tanh(x) ** 2) == r"\tanh^{2}(x)"
    assert math(TeX(r"\alpha")) == r"\alpha"
    with pytest.raises(TypeError, match="SymPy"):
        math(r"\input{/etc/passwd}")


def test_report_escapes_derivation_text_and_marks_sources():
    tex = render(context([tiny_checked()]))
    assert "\\input{/etc/passwd}" not in tex and "\\write18" not in tex.replace("{\\textbackslash}write18", "")
    assert r"Tiny \& small" in tex.replace("{\\&}", "\\&")
    assert r"2 x_{1} = 2 x_{1}" in tex                   # the step's math, printed by step_latex
    assert "abc{\\_}123" in tex                          # even the commit is escaped
    markers = [MARKER_RE.match(line).groups() for line in tex.splitlines() if MARKER_RE.match(line)]
    assert ("derivation.tex.j2", "tiny") in markers and ("report.tex.j2", "-") in markers


def test_strict_undefined_and_safe_delimiters():
    env = make_environment()
    with pytest.raises(jinja2.UndefinedError):
        env.from_string("((( nothing )))").render()
    # LaTeX's own braces and brackets pass through templates untouched
    assert env.from_string(r"\frac{a}{b} {{x}} {% raw %} ((( v )))").render(v="&") == r"\frac{a}{b} {{x}} {% raw %} {\&}"


def test_plain_strings_built_from_tex_are_escaped_again():
    env = make_environment()
    out = env.from_string("((( m ~ s )))").render(m=TeX(r"\textbf{a}"), s="b")
    assert r"\textbf" not in out                          # fail safe: visible, never executed


def test_user_template_folder_overrides_one_template(tmp_path):
    (tmp_path / "derivation.tex.j2").write_text("((( marker(d) )))\n\\section{Custom: ((( d.title )))}\n")
    tex = render(context([tiny_checked()]), templates=tmp_path)
    assert r"\section{Custom: Tiny" in tex and r"\tableofcontents" in tex


def test_failed_derivation_renders_its_error():
    failed = checked.failed("broken", "broken", "import", ImportError("No module named 'x_y'"))
    tex = render(context([failed], ok=False, failures=failed.failures))
    assert "import failed" in tex and "x{\\_}y" in tex and r"\markbad" in tex


def test_combining_accents_become_accent_macros():
    from report.render import escape_text
    assert escape_text("ẋ") == r"{\.{x}}"
    assert escape_text("θ̂") == r"\ensuremath{\hat{\theta}}"
    assert "U+" not in escape_text("v̇₇ ŷ café")


def test_a_prime_is_set_as_a_math_prime_and_an_apostrophe_stays_one():
    # In text mode ' is a closing quote: σ' printed as "σ ’". A prime after a one-letter name is math.
    out = escape_text("σ'(s) = σ(s)(1 − σ(s)), g₁'(a₂), w'' and (u/v)′; SymPy's rule, the examples' losses")
    assert out.count(r"\ensuremath{'}") == 3 and out.count(r"\ensuremath{''}") == 1
    assert "SymPy's" in out and "examples' losses" in out
    assert escape_text("it's 'quoted'") == "it's 'quoted'"


def test_a_section_opens_with_the_course_result_it_reproduces():
    x = sp.Symbol("x", real=True)
    d = Derivation("tiny", "Tiny", "Show $2x = x + x$.", reproduces=r"Doubling, $2x$, from the course.")
    d.step(x + x, 2 * x, "collect")
    d.result("doubled", 2 * x)
    tex = render(context([checked.check(d, d.check(gradients=False, numeric=False))]))
    opening = tex[tex.index(r"\subsection*{Course result}"):tex.index(r"\subsection*{Problem}")]
    assert "Doubling, $2x$, from the course." in opening and r"\ref{res:tiny}" in opening
    assert r"\subsection{Result}\label{res:tiny}" in tex


def test_runs_float_near_their_text_and_stay_within_their_run(tmp_path):
    # Figures and tables float ([htbp]: the text goes on, so no page is left half empty before a figure);
    # a \FloatBarrier before each run but the first keeps a run's floats ahead of the next run's text; none before
    # a section (the last run's figure may go on top of the next page); a heading followed directly by a figure
    # keeps room for it.
    from report.render import run_context
    from report.runs.base import Figure, RunOutput, Table
    (tmp_path / "runs").mkdir()
    (tmp_path / "runs" / "f.pdf").write_bytes(b"%PDF-1.4\n")
    figure_only = RunOutput("tiny", "Only a figure", figures=(Figure("runs/f.pdf", "Look at the slope."),))
    with_notes = RunOutput("tiny", "With notes", notes=("What was run.",), tables=(Table("Numbers.", ("a",), (("1",),)),))
    runs = {"tiny": [run_context(figure_only, tmp_path), run_context(with_notes, tmp_path)]}
    tex = render(context([tiny_checked()], runs=runs, runs_enabled=True))
    assert r"\begin{figure}[htbp]" in tex and "nofloat" not in tex
    # a table floats in the figures' class (with a table caption), so it never overtakes a figure above it
    assert r"\begin{table}" not in tex and r"\captionof{table}{Numbers.}" in tex
    first, second = tex.index(r"\subsubsection*{Only a figure}"), tex.index(r"\subsubsection*{With notes}")
    barriers = [i for i, line in enumerate(tex.splitlines()) if line.strip() == r"\FloatBarrier"]
    assert len(barriers) == 1 + 1                                  # between the two runs, before the appendix
    body = tex.index(r"\begin{document}")
    assert "\n\\FloatBarrier\n" in tex[first:second] and "\n\\FloatBarrier\n" not in tex[body:first]
    assert r"\Needspace*{0.45\textheight}" in tex[:tex.index(r"\subsection{Empirical runs}")]
    assert r"\Needspace*{6\baselineskip}" in tex[first:second] and r"\Needspace*{0.4\textheight}" in tex[:first]
    assert r"\Needspace*{9\baselineskip}" in tex[:tex.index(r"\subsection{Verification}")]


def test_uncaptioned_tables_take_no_number_and_no_anchor():
    # a longtable steps the table counter and sets a hyperref anchor; taking the number back
    # (\addtocounter{table}{-1}) made the next table reuse that anchor ("destination with the same identifier")
    tex = render(context([tiny_checked()]))
    assert r"\addtocounter{table}" not in tex
    assert r"\begin{longtable}" not in tex and tex.count(r"\begin{longtable*}") == tex.count(r"\end{longtable*}") > 0
    # the title page has no page anchor of its own: the page after it is page 1 again
    assert tex.index(r"\hypersetup{pageanchor=false}") < tex.index(r"\begin{titlepage}") \
        < tex.index(r"\hypersetup{pageanchor=true}")


def test_the_main_part_runs_on_into_the_appendix_and_a_section_asks_only_for_its_opening():
    tex = render(context([tiny_checked()]))
    between = tex[tex.rindex(r"\tableofcontents"):tex.index(r"\appendix")]
    assert between.count(r"\clearpage") == 1                       # after the contents only
    assert r"\needspace{0.5\textheight}" not in tex and r"\Needspace*{12\baselineskip}" in tex


def test_a_verdict_never_runs_into_its_justification():
    # a justification that fills the line pushes its verdict onto a line of its own, flush right
    tex = render(context([tiny_checked()]))
    (definition,) = [line for line in tex.splitlines() if line.startswith(r"\newcommand{\stepline}")]
    assert r"\hfil\penalty50\hskip2em\hbox{}\nobreak\hfill" in definition


def test_a_negative_number_in_a_run_table_has_a_minus_sign_not_a_hyphen():
    from report.render import run_context
    from report.runs.base import RunOutput, Table
    run = RunOutput("tiny", "Shifts", tables=(Table("Shifts.", ("feature", "shift"), (("area", "-0.05"), ("a-b", "+0.13"))),))
    (table,) = run_context(run, Path("."))["tables"]
    assert table["rows"] == [["area", "\u22120.05"], ["a-b", "+0.13"]]      # text with a hyphen is left alone
    tex = render(context([tiny_checked()], runs={"tiny": [run_context(run, Path("."))]}, runs_enabled=True))
    assert r"{\ensuremath{-}}0.05" in tex


def test_project_text_sets_a_number_s_leading_hyphen_as_a_minus_sign():
    from derivations.prose import Prose
    from report.render import prose
    out = prose(Prose("at the point: y = -0.164; layers 64-32-10; 1e-10; $x - 1$"))
    assert out.count(r"{\ensuremath{-}}0.164") == 1 and "64-32-10" in out and "1e-10" in out and "$x - 1$" in out
    assert prose("a user's -0.164") == escape_text("a user's -0.164")       # text not the project's: as typed
