"""Batch 20 (read in session 18): wrong steps called ok and false alarms it exposed, each as a small case.

- `\\frac{1}{2 + \\varepsilon} = \\frac12 + \\frac{\\varepsilon}{4}` (dual numbers, sign slip) was ok as "equivalent to the
  previous equation": ε of dual numbers is no unknown, so two non-identities in it are not an equation being solved.
- `\\hat\\theta_{MAP} = \\frac{a + k - 1}{a + b + n - 1}` after "setting ... = 0 gives" was a definition (the wrong
  denominator passed); an estimate that does not solve the equation in θ is now wrong (one that does is defined by
  it, as before: the equation may itself be wrong).
- `L(b)` with L worked out from b was L times b (a correct `L(b) = 4.41` wrong, a wrong `L(b) = 0.441` ok).
- `\\sum_{j=1}^2 \\pd{L}{z_j}\\pd{z_j}{b}` took ∂L/∂z_j of the bare name (0).
- `dg/dt` with g(x, y) defined was 0 (g's formula has no t); `\\operatorname{Var}(X) = 4` with no law of X was refuted
  as an identity; `\\Sigma_{XY}` of a written-out Σ was a free variable.
Each test breaks the thing on purpose (a sign, a dropped term) and asserts it is caught, or asserts a reading that
must not fire.
"""
from verify.tex import GIVEN, OK, UNVERIFIED, WRONG, check_text


def steps(text):
    return check_text(text).steps


DUAL = ("Work with $a + b\\varepsilon$ where $\\varepsilon^2 = 0$.\n"
        "\\begin{gather*}\ne^{1 + \\varepsilon} = e + \\varepsilon, \\\\\n"
        "\\frac{1}{2 + \\varepsilon} = \\frac12 + \\frac{\\varepsilon}{4}\n\\end{gather*}\n")


def test_two_wrong_dual_number_rows_are_not_an_equation_being_solved():
    got = steps(DUAL)
    assert [s.verdict for s in got[1:]] == [WRONG, WRONG]
    assert "first order" in got[-1].detail
    right = steps(DUAL.replace("e + \\varepsilon,", "e + e\\varepsilon,").replace("+ \\frac{\\varepsilon}{4}",
                                                                                 "- \\frac{\\varepsilon}{4}"))
    assert [s.verdict for s in right[1:]] == [OK, OK]


MAP = ("The prior is Beta$(a, b)$ with $a = 2$, $b = 3$, and $k = 8$ of $n = 12$ trials fired.\n"
       "Setting $\\frac{9}{\\theta} - \\frac{6}{1 - \\theta} = 0$ gives\n"
       "$$\\hat\\theta_{\\mathrm{MAP}} = \\frac{a + k - 1}{a + b + n - 2} = \\frac{9}{15}.$$\n")


def test_an_estimate_after_setting_a_derivative_to_zero_solves_it():
    got = steps(MAP)
    claim = next(s for s in got if "MAP" in s.lhs)
    assert claim.verdict == GIVEN        # it solves the equation: defined by it (the equation itself is not checked)
    wrong = next(s for s in steps(MAP.replace("n - 2}", "n - 1}").replace("{9}{15}", "{9}{16}"))
                 if "MAP" in s.lhs)
    assert wrong.verdict == WRONG and "θ = 3/5" in wrong.detail


LOSS = "Let $x = 2$, $b = 0.1$ and $L = (x + b)^2$.\n"


def test_a_loss_applied_to_its_own_variable_is_the_loss_there():
    got = steps(LOSS + "Then $L(b) = 4.41$, $L(b + 1) = 9.61$ and "
                       "$\\frac{L(b + 10^{-4}) - L(b - 10^{-4})}{2 \\times 10^{-4}} \\approx 4.2$.\n")
    assert [s.verdict for s in got[3:]] == [OK, OK, OK]
    assert steps(LOSS + "Then $L(b) = 0.441$.\n")[-1].verdict == WRONG       # L times b: never ok


def test_a_loss_at_a_number_or_a_multiple_stays_two_readings():
    got = steps(LOSS + "Then $L(0.2) = 4.84$ and $L(2b) = 4.84$.\n")
    assert [s.verdict for s in got[3:]] == [UNVERIFIED, UNVERIFIED]


SHARED = ("With $x = (1, 2)$, $V = \\begin{pmatrix} 0.1 & -0.2 \\\\ 0.3 & 0.4 \\end{pmatrix}$, $b = 0.1$, "
          "$w = (0.5, -0.6)$, $c = 0.2$, $y = 1$:\n"
          "$$z_j = v_{j1}x_1 + v_{j2}x_2 + b, \\qquad h_j = \\sigma(z_j), \\qquad \\hat y = w_1 h_1 + w_2 h_2 + c, "
          "\\qquad L = \\tfrac12(\\hat y - y)^2.$$\n"
          "Because the bias is shared,\n"
          "$$\\frac{\\partial L}{\\partial b} = \\sum_{j=1}^{2}\\frac{\\partial L}{\\partial z_j}"
          "\\frac{\\partial z_j}{\\partial b} = -0.0176.$$\n")


def test_a_sum_of_chain_rule_terms_over_the_units_is_taken_term_by_term():
    got = steps(SHARED)
    assert [s.verdict for s in got[-2:]] == [OK, OK]
    assert steps(SHARED.replace("-0.0176", "0"))[-1].verdict == WRONG      # the dropped sum (0) is caught


def test_a_derivative_of_a_function_along_a_variable_it_does_not_take_is_not_zero():
    got = steps("Let $g(x, y) = x^2 + 2y^2$. Then $\\frac{\\mathrm{d}g}{\\mathrm{d}t} = 0$.\n")
    assert got[-1].verdict == UNVERIFIED
    got = steps("Let $f(x_1, x_2) = x_1^2 x_2$. Then $\\frac{\\partial f}{\\partial x_1} = 2x_1x_2$ and "
                "$\\frac{\\partial f}{\\partial x_2} = 2x_1$.\n")
    assert [s.verdict for s in got[1:]] == [OK, WRONG]


def test_a_statistic_given_a_value_without_a_law_is_not_refuted():
    got = steps("We know $\\operatorname{Var}(X \\mid Y) \\le \\operatorname{Var}(X) = 4$.\n")
    assert got[-1].verdict == UNVERIFIED
    got = steps("Then $\\operatorname{Var}(2X) = 2\\operatorname{Var}(X)$.\n")
    assert got[-1].verdict == WRONG                                          # an identity: still refuted


def test_an_entry_of_a_written_out_matrix_is_no_free_variable():
    text = ("Let $\\Sigma = \\begin{pmatrix} 4 & 2 \\\\ 2 & 3 \\end{pmatrix}$.\n"
            "Then $\\Sigma_{XX} - \\frac{\\Sigma_{XY}}{\\Sigma_{YY}} = 4 - 1$.\n")
    assert steps(text)[-1].verdict == UNVERIFIED


def test_a_max_of_decimals_keeps_its_precision():
    # the ends of max(0, 0.35) were rounded to 53 bits, inside the enclosure: a right step came out wrong
    text = "Let $b = -0.1$, $y = 1$. Then $0.7 b - 0.7 y + 0.686 = -0.24 \\max(0, -0.3 - 0.5(0.5) + 0.6(1.5))$.\n"
    assert steps(text)[-1].verdict == OK
    assert steps(text.replace("-0.24", "-0.25"))[-1].verdict == WRONG


def test_the_gradient_of_a_function_written_in_entries_at_a_number_is_not_zero():
    # f(w) = (w_1 - 1)^2 + 2w_2^2 has no w in it: its gradient "in w" was 0, so ∇f(0.62) = 0 would have been ok
    text = "I minimise $f(w) = (w_1 - 1)^2 + 2w_2^2$ from $w = (3, 1)$. Then $\\nabla f(0.62) = 0$ and $\\nabla f(w) = (4, 4)$.\n"
    got = steps(text)
    assert [s.verdict for s in got[2:]] == [UNVERIFIED, OK]
    assert steps(text.replace("(4, 4)", "(4, 3)"))[-1].verdict == WRONG


def test_an_estimate_written_as_a_decimal_that_solves_the_equation_is_defined_by_it():
    text = "With $\\lambda = 1$: $2(w - 3) + 1 = 0$, so $w^* = 2.5$.\n"
    assert steps(text)[-1].verdict == GIVEN
    assert steps(text.replace("2.5", "2.4"))[-1].verdict == WRONG


def test_an_update_done_again_after_a_wrong_one_has_two_readings():
    text = ("Weight decay: $\\eta = 0.1$, $\\lambda = 0.5$, $w = 2$.\n"
            "$w \\leftarrow w - \\eta\\lambda w = 2 - 0.5 \\times 2 = 1$.\n"
            "Where is $\\eta$? $w \\leftarrow (1 - \\eta\\lambda)w = (1 - 0.05) \\times 2 = 1.9$.\n")
    got = steps(text)
    assert got[4].verdict == WRONG                         # the first attempt
    assert got[-2].verdict == UNVERIFIED and "done again" in got[-2].detail
    assert steps(text.replace("(1 - 0.05) \\times 2", "(1 - 0.5) \\times 2"))[-2].verdict == WRONG


def test_a_loss_at_a_moved_point_it_does_not_reach_is_not_a_product():
    # L's definitions do not reach b: `L(b + ε)` was L times (b + ε), so a central difference came out wrong
    text = "Let $L = 1.1806$ and $b = 0.1$, $\\varepsilon = 10^{-4}$: $\\bigl(L(b + \\varepsilon) - L(b - \\varepsilon)\\bigr)/(2\\varepsilon) \\approx -0.0610$.\n"
    assert steps(text)[-1].verdict == UNVERIFIED
    assert steps("Let $h = 0.5$. Then $h(1 - h) = 0.25$ and $h(1 - h) = 0.5$.\n")[-2:][1].verdict == WRONG   # still a product


def test_a_law_restated_in_a_form_not_read_replaces_the_old_one():
    # `X \sim \mathcal U(0, 2)` after `X \sim Bernoulli(0.3)`: 𝔼X = 1 was refuted with the Bernoulli law
    text = ("$X \\sim \\mathrm{Bernoulli}(0.3)$: $\\mathbb{E}[X] = 0.3$.\n\n"
            "Then $X \\sim \\mathcal U(0, 2)$: $\\mathbb{E}[X] = 1$.\n")
    assert steps(text)[-1].verdict != WRONG
    assert steps(text.replace("\\mathcal U(0, 2)", "\\mathrm{Bernoulli}(0.5)"))[-1].verdict == WRONG


def test_each_task_of_a_tasks_list_is_a_part_of_its_own():
    # batch 9's quiz: the first task's Bernoulli law refuted the fourth task's given variances
    text = ("\\newcommand{\\Var}{\\operatorname{Var}}\n\\begin{tasks}(2)\n"
            "\\task $X \\sim \\mathrm{Bernoulli}(0.3)$: $\\mathbb{E}[X] = 0.3$.\n"
            "\\task $X, Y$ independent, $\\Var X = 1$, $\\Var Y = 2$: $\\Var(2X - 3Y) = 4 \\cdot 1 + 9 \\cdot 2 = 22$.\n"
            "\\end{tasks}\n")
    got = [s for s in steps(text) if s.line == 5]
    assert WRONG not in [s.verdict for s in got]
