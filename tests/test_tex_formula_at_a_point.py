"""A derivative written as a formula in a name the file gave a value: `x = 1`, then `\\frac{d}{dx}x^3 = 3x`.
Both sides are 3 at x = 1, so it was `ok`: a wrong derivative called right. A formula must hold with x
free too; a value at the point (`= 3`) is checked there."""
from verify.tex import OK, UNVERIFIED, WRONG, check_text


def last(text):
    return check_text(text).steps[-1]


def test_a_wrong_formula_that_agrees_at_the_point_is_not_ok():
    step = last("Let $x = 1$. $\\frac{d}{dx} x^3 = 3x$")
    assert step.verdict == UNVERIFIED and "as a formula in x: wrong" in step.detail


def test_a_right_formula_and_a_value_at_the_point_are_ok():
    assert last("Let $x = 1$. $\\frac{d}{dx} x^3 = 3x^2$").verdict == OK
    assert last("Let $x = 1$. $\\frac{d}{dx} x^3 = 3$").verdict == OK


def test_an_update_rule_is_evaluated_at_the_point():
    text = "Let $L = (w - 2)^2$, $w = 0.5$, $\\eta = 0.1$. $w \\leftarrow w - \\eta\\frac{\\partial L}{\\partial w} = 0.8$"
    assert last(text).verdict == OK


def test_an_approximation_that_holds_only_at_the_given_point_is_not_ok():
    # batch 27: `largest at $x = 0$`, then a wrong series `1 - tanh^2 x ≈ 1 - x^3` was ok (both sides 1 at x = 0)
    text = "It is largest at $x = 0$. Near zero, $1 - \\tanh^2 x \\approx 1 - x^3$."
    step = last(text)
    assert step.verdict == UNVERIFIED and "as a formula in x" in step.detail
    assert last("It is largest at $x = 0$. $\\tanh(0.1) \\approx 0.0997$").verdict == OK


def test_a_point_given_in_an_earlier_part_does_not_save_a_wrong_formula():
    # batch 27: `largest at $x = 0$` on Monday, a wrong `\tanh x = 2\sigma(x) - 1` on Wednesday was unverified
    text = "It is largest at $x = 0$.\n\\section{B}\n$\\tanh x = 2\\sigma(x) - 1$ and $\\tanh x = 2\\sigma(2x) - 1$"
    steps = check_text(text).steps
    assert [s.verdict for s in steps[1:]] == [WRONG, OK] and "earlier part" in steps[1].detail
    # in the same part, the two readings stand (the point may be meant)
    step = last("It is largest at $x = 0$. $\\tanh x = 2\\sigma(x) - 1$")
    assert step.verdict == UNVERIFIED
