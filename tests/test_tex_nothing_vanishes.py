"""No relation may vanish (issue 12): broken brackets and delimiters, conditions, unchecked
relations and absurd tolerances are reported at file:line:column, never silently dropped,
and the rest of the file is still checked."""
import functools
import json
from pathlib import Path

import pytest

from verify import pool
from verify.tex import GIVEN, OK, UNVERIFIED, WRONG, check_text
from verify.tex.cli import main
from verify.tex.readable import terminal_safe

CORPUS = Path(__file__).parent / "corpus"


def at(text, needle):
    """(line, column) of the first occurrence of needle in text."""
    offset = text.index(needle)
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def verdicts(text):
    return [s.verdict for s in check_text(text).steps]


# ---- unbalanced brackets

def test_a_relation_after_an_unclosed_bracket_is_reported_where_it_is():
    text = "Then $(a + b)(a - b = a^2 + b^2$ holds."
    (s,) = check_text(text).steps
    assert s.verdict == UNVERIFIED and (s.line, s.column) == at(text, "=")
    assert "'(' at line 1, column 14 is never closed" in s.detail


def test_a_bracket_that_closes_nothing_is_reported_too():
    text = "$a = b) = c$"
    steps = check_text(text).steps
    assert steps and all(s.verdict == UNVERIFIED for s in steps)
    assert (steps[0].line, steps[0].column) == at(text, "=") and "closes nothing" in steps[0].detail


def test_the_other_relations_of_the_region_are_still_checked():
    steps = check_text(r"$(a + b)(a - b = a^2 + b^2, \quad 2 + 2 = 5$" "\n$3 = 4$").steps
    assert [s.verdict for s in steps] == [UNVERIFIED, WRONG, WRONG]


def test_matched_brackets_keep_their_meaning():
    # P(X = 3): a relation inside a closed bracket is not a step; [0, 1) is an interval.
    assert [(s.lhs, s.rhs) for s in check_text(r"$P(X = 3) = 0.2$").steps] == [("P(X = 3)", "0.2")]
    assert [(s.lhs, s.rhs) for s in check_text(r"$g([0, 1)) = (a, b]$").steps] == [("g([0, 1))", "(a, b]")]
    assert verdicts("$\\left(1 + 1\\right) = 2$") == [OK]


def test_strict_exit_on_an_unbalanced_bracket(tmp_path, capsys):
    f = tmp_path / "bracket.tex"
    f.write_text("$(a + b)(a - b = a^2 + b^2$\n")
    assert main([str(f)]) == 0          # unverified: not a failure without --strict
    assert main(["--strict", str(f)]) == 1
    assert "0 steps" not in capsys.readouterr().out


def test_a_line_ending_on_an_operator_is_not_dropped_at_the_end_of_a_region_or_before_an_error():
    assert verdicts("$2 + 2 = 5 +$") == [UNVERIFIED]
    steps = check_text("\\begin{align}\n2 + 2 &= 5 + \\\\\n &= \\frac{1}{\n\\end{align}").steps
    assert [(s.line, s.verdict) for s in steps] == [(2, UNVERIFIED), (3, UNVERIFIED)]
    assert "malformed" in steps[1].detail


def test_a_chain_that_fails_midway_reports_each_of_its_relations(monkeypatch):
    import verify.tex.step_checks as check
    calls = []

    def fails_on_the_second_step(*args):
        calls.append(args)
        if len(calls) == 2:
            raise RuntimeError("a failure no handler expects")
        return real(*args)
    real = check.check_step
    monkeypatch.setattr(check, "check_step", fails_on_the_second_step)
    with pool.local():                 # the patch is in this process: check here, not in a worker
        steps = check_text("$1 + 1 = 2 = 4 - 2 = 3$").steps
    assert [s.verdict for s in steps] == [OK, UNVERIFIED, UNVERIFIED]
    assert all("could not check this chain (RuntimeError)" in s.detail for s in steps[1:])


def test_an_array_with_a_relation_column_is_a_derivation():
    text = r"$$\begin{array}{r@{}c@{}l} (a+b)^2 & {}={} & a^2 + 2ab + b^2 \\ & = & a^2 + b^2 \end{array}$$"
    assert verdicts(text) == [OK, WRONG]
    matrix = r"$$A = \left(\begin{array}{cc} 1 & 2 \\ 3 & 4 \end{array}\right)$$"
    assert len(check_text(matrix).steps) == 1


def test_steps_after_an_unreadable_function_definition_are_reported():
    steps = check_text(r"$f(x) = \mathbb{R} \neq 0.5 = 1$").steps
    # reported, and checked on their own: `0.5 = 1` needs no f (it was `unverified` with the definition)
    assert [(s.rel, s.verdict) for s in steps] == [("=", UNVERIFIED), ("!=", UNVERIFIED), ("=", WRONG)]


# ---- delimiters that would flip what counts as math

def test_an_unclosed_dollar_stops_at_the_blank_line_and_the_rest_is_checked():
    text = "We have $x = 1 and more prose\n\nThen $2 + 2 = 5$ and $1 + 1 = 2$.\n"
    steps = check_text(text).steps
    assert steps[0].verdict == UNVERIFIED and (steps[0].line, steps[0].column) == at(text, "$")
    assert "not closed" in steps[0].detail and "blank line on line 2" in steps[0].detail
    assert [s.verdict for s in steps[1:]] == [WRONG, OK]


def test_an_unclosed_environment_is_an_error_and_the_next_display_is_checked():
    text = "\\begin{equation}\n x = 1\n\\begin{align}\n 2 + 2 &= 5\n\\end{align}\n"
    steps = check_text(text).steps
    assert steps[0].verdict == UNVERIFIED and (steps[0].line, steps[0].column) == (1, 1)
    assert "\\\\begin{align}' on line 3" in steps[0].detail
    assert steps[-1].verdict == WRONG and steps[-1].line == 4


def test_an_environment_closed_by_another_name_is_an_error():
    text = "\\begin{align}\n a &= 1\n\\end{align*}\n$2 + 2 = 5$\n"
    steps = check_text(text).steps
    assert steps[0].verdict == UNVERIFIED and "not closed" in steps[0].detail
    assert steps[-1].verdict == WRONG


TAIL = "Then $2 + 2 = 5$ and \\[ (a+b)^2 = a^2 + 2ab + b^2 \\]\n\\begin{align}\nz &= 1 + 1 \\\\\n&= 3\n\\end{align}\n"


def _steps_after(head: str) -> list:
    """(line counted from the tail, verdict) of the steps in TAIL placed after `head` and a blank line."""
    lines = head.count("\n") + 2
    return [(s.line - lines, s.verdict) for s in check_text(head + "\n\n" + TAIL).steps if s.line > lines]


@functools.lru_cache(maxsize=1)
def _undamaged() -> list:
    return _steps_after((CORPUS / "algebra.tex").read_text())


@pytest.mark.parametrize("damage", ["$x = 1", "$$$ x = 1 $$", "\\( x = 1", "\\begin{align} x &= 1",
                                    "\\verb|$| and $x = 1", "\\begin{verbatim} $", "x = 1 \\]", "\\verb"])
def test_damage_before_a_blank_line_removes_no_step_after_it(damage):
    """Whatever a broken delimiter in one paragraph does there, the next part keeps its steps."""
    head = (CORPUS / "algebra.tex").read_text().split("\n")
    head.insert(4, f"Broken: {damage} and more prose.")
    assert _steps_after("\n".join(head)) == _undamaged() != []


def test_delimiters_the_file_defines_as_macros_are_delimiters():
    text = ("\\newcommand{\\be}{\\begin{equation}}\n\\newcommand{\\ee}{\\end{equation}}\n"
            "\\def\\ba{\\begin{align}}\n\\def\\ea{\\end{align}}\n\\newcommand{\\half}{$\\frac12$}\n"
            "Costs \\half{} of it.\n\\be 2 + 2 = 5 \\ee\n\\ba a &= 1 + 1 \\\\ &= 3 \\ea\nThen $3 + 3 = 7$.\n")
    assert [(s.line, s.verdict) for s in check_text(text).steps] == [(7, WRONG), (8, GIVEN), (8, WRONG), (9, WRONG)]


def test_a_dollar_in_verb_or_verbatim_is_text():
    text = "Price \\verb|$5| then $2 + 2 = 5$.\n\\begin{verbatim}\ncost $3\n\\end{verbatim}\n$3 + 3 = 7$\n"
    assert verdicts(text) == [WRONG, WRONG]


def test_triple_dollar_is_an_error_and_scanning_resumes_after_the_paragraph():
    text = "A $$$ x = 1 $$ and $y$\n\n$2 + 2 = 5$\n"
    steps = check_text(text).steps
    assert steps[0].verdict == UNVERIFIED and "'$$$'" in steps[0].detail
    assert (steps[0].line, steps[0].column) == (1, 3)
    assert [s.verdict for s in steps[1:]] == [WRONG]


def test_a_stray_closer_is_reported():
    steps = check_text("x = 1 \\]\n\n$2 + 2 = 5$").steps
    assert steps[0].verdict == UNVERIFIED and "never opened" in steps[0].detail
    assert steps[-1].verdict == WRONG


def test_unclosed_math_at_the_end_of_the_file_is_still_an_error():
    (s,) = check_text("ok $1 = 1$ then $$ 2 = 3").steps[1:]
    assert s.verdict == UNVERIFIED and "rest of the file" in s.detail


# ---- conditions and claims

def test_a_false_inequality_with_a_bare_name_is_a_claim():
    assert verdicts("$x < x - 1$") == [WRONG]
    assert verdicts("$x^2 + 1 < 0$") == [WRONG]
    assert verdicts("$x > 2 > 3$") == [UNVERIFIED, WRONG]     # 2 > 3 is decidable: not a condition
    assert verdicts("$x^2 < x$") == [UNVERIFIED]              # true for some x: reported, not wrong


def test_a_genuine_condition_is_shown_as_given():
    steps = check_text(r"For $x > 0$ and $0 < \theta < 1$ and $n \geq 1$:").steps
    assert [s.verdict for s in steps] == [GIVEN] * 4
    assert all("condition" in s.detail for s in steps)


def test_a_bound_name_in_an_inequality_is_checked():
    assert verdicts("$x = 2$ so $x > 3$") == [GIVEN, WRONG]


# ---- \propto, \sim, \in: reported, and the rest of their chain checked

def test_rows_after_a_propto_row_are_checked():
    text = "\\begin{align}\np(\\theta) &\\propto \\theta^{a} \\theta^{b} \\\\\n&= \\theta^{ab}\n\\end{align}\n"
    steps = check_text(text).steps
    assert [(s.line, s.rel, s.verdict) for s in steps] == [(2, "propto", UNVERIFIED), (3, "=", WRONG)]
    assert "not defined" in steps[0].detail     # the density heading the chain (issue 11 checks the other ∝ rows)


def test_sim_and_in_are_statements_reported_as_given():
    steps = check_text(r"$X \sim \mathcal{N}(0, 1)$, $x \in \mathbb{R}$, $y = 3$, $y \in [0, 1]$").steps
    assert [s.verdict for s in steps] == [GIVEN, GIVEN, GIVEN, UNVERIFIED]


def test_a_definition_before_propto_still_binds():
    steps = check_text(r"$L = 2 \propto 1$ and $L + 1 = 3$").steps
    assert [s.verdict for s in steps] == [GIVEN, UNVERIFIED, OK]


def test_every_relation_macro_appears_in_the_output():
    # Each of these was one segment with no relation: the chain vanished.
    steps = check_text(r"$x \leqslant x - 1$, $a \ll b$, $f(n) \to 1$, $n \to \infty$").steps
    assert [(s.rel, s.verdict) for s in steps] == [("<=", WRONG), ("ll", UNVERIFIED), ("to", UNVERIFIED),
                                                   ("to", GIVEN)]


def test_an_annotated_relation_is_the_relation_underneath():
    steps = check_text(r"$a \overset{\text{def}}{=} 2$ and $a \stackrel{(1)}{\leq} 1$").steps
    assert [(s.rel, s.verdict) for s in steps] == [("=", GIVEN), ("<=", WRONG)]


# ---- %! tol

def test_an_absurd_tolerance_is_refused_on_its_line():
    for value in ("1e999", "1", "5", "1e308"):
        text = f"%! tol {value}\n$0.5 = 0.9$\n"
        steps = check_text(text).steps
        assert [(s.line, s.verdict) for s in steps] == [(1, UNVERIFIED), (2, WRONG)], value
        assert "refused" in steps[0].detail
    assert verdicts("%! tol 0.5\n$0.5 = 0.9$\n") == [OK]      # allowed, if unwise


# ---- control characters from the input

def test_control_characters_are_escaped_in_the_terminal_output(tmp_path, capsys):
    f = tmp_path / "esc.tex"
    f.write_text("$y = 2 \x1b + 1$\n$z = 1\x9b2J + \u202e 1$\n", encoding="utf-8")
    main(["--color", "never", str(f)])
    out = capsys.readouterr().out
    assert "\\x1b" in out and "\\x9b" in out and "\\u202e" in out
    assert not any(c in out for c in "\x1b\x9b\u202e")
    main(["--json", str(f)])
    raw = capsys.readouterr().out
    assert not any(c in raw for c in "\x1b\x9b\u202e")
    steps = json.loads(raw)["steps"]
    assert "\x1b" in steps[0]["rhs"] and "\x9b" in steps[1]["rhs"]       # the data itself is intact


def test_terminal_safe_keeps_ordinary_text():
    assert terminal_safe("θ ≈ 0.5 — ok") == "θ ≈ 0.5 — ok"
    assert terminal_safe("a\nb\x07") == "a\\nb\\x07"


def test_breqn_displays_are_read():
    """`dmath` (breqn) is a display like `equation`: its relations are checked, not dropped."""
    from verify.tex import check_text
    text = "\\begin{dgroup}\\begin{dmath} a = 1 + 1 = 2 \\end{dmath}\\begin{dmath*} b = a + 1 = 4 \\end{dmath*}\\end{dgroup}\n"
    assert [s.verdict.value for s in check_text(text).steps] == ["given", "ok", "given", "wrong"]


def test_an_iffalse_block_is_skipped_as_tex_skips_it():
    """`\\iffalse … \\fi` is text TeX never typesets (a commented-out draft): not checked, like a comment,
    nested conditionals counted; the file after it is checked as usual."""
    from verify.tex import check_text
    text = "$a = 1 + 1 = 2$.\n\\iffalse\n$b = 1 + 1 = 3$ \\ifnum 1>0 $c = 5$ \\fi\n\\fi\n$d = 2 + 2 = 5$.\n"
    steps = check_text(text).steps
    assert [(s.line, s.verdict.value) for s in steps] == [(1, "given"), (1, "ok"), (5, "given"), (5, "wrong")]


def test_an_unclosed_sout_or_iffalse_loses_nothing():
    """Malformed: `\\sout{` never closed strikes nothing (the rest is checked); `\\iffalse` never closed by
    `\\fi` is an error at file:line:column and the rest of the file is still checked, not dropped."""
    from verify.tex import check_text
    steps = check_text("Bad: \\sout{ never closed $a = 1 + 1 = 3$.\n").steps
    assert [s.verdict.value for s in steps] == ["given", "wrong"]
    steps = check_text("Draft \\iffalse never closed\n$a = 1 + 1 = 3$\n").steps
    assert steps[0].verdict.value == "unverified" and "never closed by \\fi (line 1, column 7)" in steps[0].detail
    assert [s.verdict.value for s in steps[1:]] == ["given", "wrong"]
