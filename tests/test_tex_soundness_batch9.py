"""Wrong steps the checker called ok on the blind batch 9 (session 13), each reduced to a few lines.

1. A value worked out by arithmetic after a wrong step in the same paragraph (`w_1 = 0 - 0.1 × (-6)` after a
   wrong `g_0 = f'(0) = … = -6`) may carry that error: a later step right only with it is not ok.
2. `0 < \\eta < 1` with η = 0.1 given: a range (not derived here) or a fact about 0.1; not a confirmation.
3. The slope of max(0, ·) at its kink is a convention: `ReLU'(0) = ½` was proved (SymPy's Heaviside(0) = ½).
"""
from verify.tex import GIVEN, OK, UNVERIFIED, WRONG, check_text


def verdicts(text):
    return [s.verdict for s in check_text(text).steps]


GD = ("The loss is $f(w) = 2(w - 3)^2 + 1$ and $f'(w) = 2(w - 3)$.\n"
      "\\begin{align*}\n"
      "g_0 &= f'(0) = 2(0 - 3) = -6, & w_1 &= 0 - 0.1 \\times (-6) = 0.6, \\\\\n"
      "g_1 &= 2(0.6 - 3) = -4.8, & w_2 &= 0.6 + 0.48 = 1.08,\n"
      "\\end{align*}\n"
      "and $f(w_2) = 2(1.08 - 3)^2 + 1 = 8.3728$.\n")


def test_a_value_worked_out_after_a_wrong_step_is_not_trusted():
    steps = check_text(GD).steps
    assert steps[1].verdict == WRONG                          # f'(w) = 2(w - 3): the chain rule's 2 lost
    last = [s for s in steps if s.line == 6]
    assert last[0].verdict == UNVERIFIED and "after the wrong step on line" in last[0].detail
    assert last[1].verdict == OK                              # the arithmetic itself is still checked


def test_without_the_wrong_step_the_same_values_are_confirmed():
    right = GD.replace("f'(w) = 2(w - 3)", "f'(w) = 4(w - 3)").replace("f'(0) = 2(0 - 3) = -6", "2(0 - 3) = -6")
    last = [s for s in check_text(right).steps if s.line == 6]
    assert last[0].verdict == OK


def test_a_range_for_a_given_parameter_is_not_confirmed_by_its_value():
    text = "Let $\\eta = 0.1$. GD is stable for $0 < \\eta < 1$."
    assert verdicts(text) == [GIVEN, UNVERIFIED, UNVERIFIED]
    assert "a range for η" in check_text(text).steps[1].detail
    # the value written out is a fact, checked; a range on an unbound name is a condition, as before
    assert verdicts("Let $\\eta = 0.1$. $0 < \\eta = 0.1 < 1$")[1:] == [OK, OK, OK]
    assert verdicts("Let $\\eta = 0.1$. $\\eta < 1$") == [GIVEN, UNVERIFIED]     # alone too (see below)
    assert verdicts("For $0 < \\theta < 1$, $\\theta^2 < \\theta$.")[-1] == OK


def test_the_slope_of_relu_at_its_kink_is_a_convention():
    text = ("$\\mathrm{ReLU}(t) = \\max(0, t)$. $\\mathrm{ReLU}'(0) = \\tfrac12$, $\\mathrm{ReLU}'(0) = 0$, "
            "$\\mathrm{ReLU}'(2) = 1$, $\\mathrm{ReLU}'(-2) = 1$")
    assert verdicts(text) == [OK, UNVERIFIED, UNVERIFIED, OK, WRONG]
    assert "convention" in check_text(text).steps[1].detail
    assert verdicts("Let $t = 0$. $\\frac{d}{dt}\\max(0, t) = 1$")[-1] == UNVERIFIED
    assert verdicts("Let $t = 3$. $\\frac{d}{dt}\\max(0, t) = 1$")[-1] == OK


def test_an_instance_of_a_defined_formula_worked_out_by_hand_is_not_trusted():
    # z_3 written from numbers (the bias dropped) while z = w^T x + b is defined: exp(-z_3) = exp(-1.0933) was ok
    text = ("Let $z = \\mathbf w^\\top \\mathbf x + b$.\n"
            "$$z_3 = -0.3122 \\times (-1) + 0.7811 \\times 1 = 1.0933$$\n"
            "$$\\exp(-z_3) = \\exp(-1.0933) \\approx 0.3351$$\n")
    steps = check_text(text).steps
    assert steps[-2].verdict == UNVERIFIED and "could not be checked" in steps[-2].detail
    assert steps[-1].verdict == OK                       # the arithmetic on the written number is still checked


def test_a_bound_for_a_given_parameter_alone_is_not_confirmed_by_its_value():
    # batch 10: "|1 - 5η| < 1 gives η < 0.4" (the bound is 0.2 for this loss) was ok at η = 0.15
    text = "Let $\\eta = 0.15$. Stability gives $\\eta < 0.4$. Then $L = 0.2 + 0.04 = 0.24$ and $L < 0.5$."
    found = verdicts(text)
    assert found[1] == UNVERIFIED and "a bound derived for η" in check_text(text).steps[1].detail
    assert found[-1] == OK                      # a worked-out value compared with a number is a fact, checked


def test_an_independent_value_after_a_wrong_step_is_still_confirmed():
    # the tie is a number the wrong step wrote (-6 above); `b = 3.7 / 1.3` in the next exercise shares none
    text = ("\\[ 1.2 \\times 0.85 - 0.3 = 0.62 \\]\n"
            "\\[ b = 3.7 / 1.3 \\approx 2.85 \\]\n"
            "\\[ b^2 \\approx 8.1 \\]\n")
    assert verdicts(text) == [WRONG, GIVEN, OK, OK]


def test_a_sum_over_a_name_given_one_value_is_not_decided():
    # x = 2 in an earlier problem; Σ x_i(y_i - w x_i) in the next is over that problem's data: not over 2
    text = ("Let $x = 2$, $y = 1$, $\\lambda = 1$.\n\n"
            "$$-2\\sum_i x_i (y_i - w x_i) + 2\\lambda w = 0$$\n")
    assert verdicts(text)[-1] == UNVERIFIED
