"""File-level behaviour: bindings, directives, equation runs, skip/tol/assume, error isolation."""
from verify.tex import GIVEN, OK, SKIPPED, UNVERIFIED, WRONG, check_text


def verdicts(text):
    return [(s.line, s.verdict) for s in check_text(text).steps]


def only(text, verdict):
    return [s for s in check_text(text).steps if s.verdict == verdict]


def test_a_binding_is_a_definition_and_later_steps_use_it():
    text = "$\\hat{y} = \\sigma(0.68) = 0.6637$\n$\\delta = \\hat{y} - 1 = -0.3363$\n"
    assert [v for _, v in verdicts(text)] == [GIVEN, OK, GIVEN, OK]


def test_a_step_inconsistent_with_an_earlier_binding_says_so():
    text = "$\\hat{y} = 0.336$, $y = 0.5$\n$\\delta = \\hat{y} - y = 0.5655 - 0.5$\n"
    (bad,) = only(text, WRONG)
    assert bad.line == 2 and "ŷ = 0.336 (line 1)" in bad.detail


def test_rebinding_replaces_the_value():
    # `a = 3` after `a = 2` is a claim (issue 11); a deliberate re-binding is `%! let` or `\gets`.
    text = "$a = 2$\n$a \\gets 3$\n$a + 1 = 4$\n"
    assert [v for _, v in verdicts(text)] == [GIVEN, GIVEN, OK]


def test_let_function_and_derivative_from_definitions():
    text = ("%! let f(x) = \\tanh(x)\n$f'(x) = 1 - \\tanh^2(x)$\n"
            "%! let a = w x + b\n%! let L = \\frac{1}{2}(a - y)^2\n"
            "$\\frac{\\partial L}{\\partial b} = a - y$\n$\\frac{\\partial L}{\\partial w} = a - y$\n")
    assert [v for _, v in verdicts(text)] == [OK, OK, WRONG]


def test_derivative_of_an_undefined_symbol_is_unverified():
    (s,) = check_text("$\\frac{\\partial L}{\\partial b} = 0$").steps
    assert s.verdict == UNVERIFIED and "not defined" in s.detail


def test_equation_manipulation_is_checked_as_equivalence():
    text = ("%! assume 0 < \\theta < 1\n\\begin{align}\n\\theta(N-y) &= (1-\\theta)y \\\\\n"
            "\\theta N - \\theta y &= y - \\theta y \\\\\n\\theta &= \\frac{y}{N}\n\\end{align}\n")
    assert [v for _, v in verdicts(text)] == [GIVEN, OK, OK]
    broken = text.replace("y - \\theta y", "y + \\theta y")
    assert WRONG in [v for _, v in verdicts(broken)]


def test_a_lone_false_identity_is_wrong_with_a_counterexample():
    (s,) = check_text("$(a+b)^2 = a^2 + b^2$").steps
    assert s.verdict == WRONG and "at a=" in s.detail


def test_skip_tol_and_unknown_directives():
    text = "%! skip\n$1 + 1 = 3$\n$1 + 1 = 2$\n%! tol 0.1\n$\\frac{1}{3} = 0.30$\n%! frobnicate\n"
    got = [v for _, v in verdicts(text)]
    assert got == [SKIPPED, OK, OK, UNVERIFIED]


def test_assumptions_restrict_the_domain():
    assert only("%! assume x > 0\n$\\sqrt{x^2} = x$", OK)
    assert only("$\\sqrt{x^2} = x$", WRONG)


def test_malformed_chain_is_reported_with_line_and_column_and_others_still_checked():
    text = "$1 + 1 = 2$\n\\[ a = \\frac{1}{ \\]\n$2 + 2 = 5$\n"
    got = check_text(text).steps
    assert [(s.line, s.verdict) for s in got] == [(1, OK), (2, UNVERIFIED), (3, WRONG)]
    assert "line 2, column" in got[1].detail


def test_steps_carry_line_index_and_text():
    (s,) = check_text("\n\n$$0.4 \\times 0.5 = 0.2$$").steps
    assert (s.line, s.index, s.lhs, s.rhs, s.rel) == (3, 0, "0.4 \\times 0.5", "0.2", "=")
    assert s.as_json()["verdict"] == OK and "×" in s.text


def test_inequalities_numbers_decided_conditions_given():
    got = [s.verdict for s in check_text("$x^2 + 1 > 0$, $e^{-1.2} > 0.31$, $p < 0.05$, $\\pi < 3.15$").steps]
    assert got == [OK, WRONG, GIVEN, OK]      # p < 0.05 states a condition on p: not a claim
    assert [s.verdict for s in check_text("$p^2 < 0.05$").steps] == [UNVERIFIED]


def test_other_relations_are_unverified_not_wrong():
    (s,) = check_text("$a \\equiv b$").steps
    assert s.verdict == UNVERIFIED


def test_capitals_may_be_matrices_so_commutativity_is_not_assumed():
    assert only("$(A+B)^2 = A^2 + AB + BA + B^2$", OK)
    (s,) = check_text("$(A+B)^2 = A^2 + 2AB + B^2$").steps
    assert s.verdict == UNVERIFIED and "commute" in s.detail
    assert only("$N(N - 1) = N^2 - N$", OK)          # one capital: nothing to commute with


def test_a_condition_on_an_unbound_name_is_given_and_assumed_later_in_its_part():
    steps = check_text("For $x > 0$ and $0 < \\theta < 1$: $x + x = 2x$").steps
    assert [s.verdict for s in steps] == [GIVEN, GIVEN, GIVEN, OK]
    assert all("condition" in s.detail and "assumed in later steps" in s.detail for s in steps[:3])
    text = "For $a, b > 0$, $\\log(ab) = \\log a + \\log b$. Assume $x > 0$: $\\sqrt{x^2} = x$, " \
           "and with $0 < t < 1$, $|t - 1| = 1 - t$.\n"
    assert [s.verdict for s in check_text(text).steps] == [GIVEN, OK, GIVEN, OK, GIVEN, GIVEN, OK]
    # without the condition, or in the next part, the steps are not identities
    assert [s.verdict for s in check_text("$\\sqrt{x^2} = x$, $\\log(ab) = \\log a + \\log b$").steps] == [WRONG, WRONG]
    after = check_text("Assume $x > 0$.\n\\section{Next}\n$\\sqrt{x^2} = x$\n").steps
    assert [s.verdict for s in after] == [GIVEN, WRONG]
    # the assumption does not excuse a step that is wrong inside the domain
    assert [s.verdict for s in check_text("Assume $x > 0$. Then $\\sqrt{x^2} = -x$.").steps] == [GIVEN, WRONG]


def test_a_new_case_replaces_the_condition_stated_before():
    text = "If $x > 0$, $|x| = x$; if $x < 0$, $|x| = -x$ and $|x| = x$."
    assert [s.verdict for s in check_text(text).steps] == [GIVEN, OK, GIVEN, OK, WRONG]
