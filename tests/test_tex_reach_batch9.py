"""Correct steps of batch 9 (session 13) called wrong, reduced to a few lines each.

1. `\\zeta(t) = \\ln(1 + e^t)`: a one-letter name applied to a fresh argument, with a right side in it, defines
   a function (softplus); it was read as ζ·t, and ζ'(t) = σ(t), ζ(0) = ln 2 came out WRONG.
2. The tasks package's `\\task` is a sub-question, like an item labelled (a): `X ∼ Bin(10, 0.3)` in one task
   is not the X of the next (`Var X = 1` there was checked against the binomial's 2.1).
"""
from verify.tex import GIVEN, OK, UNVERIFIED, WRONG, check_text


def verdicts(text):
    return [s.verdict for s in check_text(text).steps]


def test_a_greek_letter_applied_to_a_fresh_argument_defines_a_function():
    text = ("Softplus is $\\zeta(t) = \\ln(1 + e^{t})$, with $\\zeta'(t) = \\frac{e^t}{1 + e^t}$, "
            "$\\zeta(0) = \\ln 2$ and $\\zeta(x) - \\zeta(-x) = x$.")
    assert verdicts(text) == [GIVEN, OK, OK, OK]
    assert verdicts(text.replace("\\frac{e^t}{1 + e^t}", "\\frac{1}{1 + e^t}"))[1] == WRONG
    assert verdicts(text.replace("\\zeta(0) = \\ln 2", "\\zeta(0) = \\ln 3"))[2] == WRONG


def test_a_product_is_still_a_product():
    # p bound: p(1 - p) is p times (1 - p); a(b + c) has no fresh argument
    assert verdicts("Let $p = 0.3$. $p(1 - p) = 0.21$") == [GIVEN, OK]
    assert verdicts("$a(b + c) = ab + ac$") == [OK]


def test_each_task_is_a_part_of_its_own():
    text = ("\\begin{tasks}(2)\n"
            "\\task $X \\sim \\mathrm{Bin}(10, 0.3)$: $\\mathbb{E}[X] = 3$, $\\operatorname{Var}(X) = 2.1$.\n"
            "\\task Now $\\operatorname{Var}(X) = 1$ and $\\operatorname{Var}(Y) = 2$, independent: "
            "$\\operatorname{Var}(X) + \\operatorname{Var}(Y) = 3$.\n"
            "\\end{tasks}\n")
    found = verdicts(text)
    assert WRONG not in found and found[-1] == OK


def test_a_derivative_with_respect_to_a_variance():
    # ∂/∂σ² was taken in σ (the ^2 read as the order of a second derivative)
    assert verdicts("$\\frac{\\partial}{\\partial\\sigma^2}\\left(-\\tfrac12\\ln\\sigma^2\\right) = "
                    "-\\frac{1}{2\\sigma^2}$") == [OK]
    text = ("Let $\\ell = -\\frac{n}{2}\\ln\\sigma^2 - \\frac{S}{2\\sigma^2}$. "
            "$\\frac{\\partial \\ell}{\\partial \\sigma^2} = -\\frac{n}{2\\sigma^2} + \\frac{S}{2\\sigma^4}$, "
            "$\\frac{\\partial \\ell}{\\partial \\sigma^2} = -\\frac{n}{2\\sigma^2} + \\frac{S}{\\sigma^4}$")
    assert verdicts(text) == [GIVEN, OK, WRONG]
    assert verdicts("$\\frac{\\partial^2}{\\partial x^2} x^3 = 6x$") == [OK]     # the order, written twice


def test_losses_proportional_up_to_a_constant():
    # `+ const` on both sides of a ∝: the same up to a factor and a shift (the same minimiser)
    text = ("\\begin{align*}-\\ln p(w \\mid y) &= \\frac{1}{2\\sigma^2}\\sum_{i=1}^n (y_i - w x_i)^2 + "
            "\\frac{w^2}{2\\tau^2} + \\text{const} \\\\\n &\\propto \\frac{1}{n}\\sum_{i=1}^n (y_i - w x_i)^2 + "
            "\\frac{\\sigma^2}{n\\tau^2} w^2 + \\text{const}\\end{align*}")
    assert verdicts(text)[-1] == OK
    assert verdicts(text.replace("{n\\tau^2} w^2", "{\\tau^2} w^2"))[-1] != OK


def test_softmax_and_the_exponential_of_a_vector():
    # e^z of a vector was a matrix exponential (NonSquareMatrixError); softmax was not known, so the rounded
    # p_1 = 0.2447 had no exact value and -ln 0.2447 ≈ 1.4076 came out WRONG
    text = ("\\newcommand{\\softmax}{\\operatorname{softmax}}\n"
            "For $z = (1, 2, 0)$: $e^z \\approx (2.7183, 7.3891, 1)$ and $p = \\softmax(z) \\approx (0.2447, 0.6652, 0.0900)$.\n"
            "$-\\ln 0.2447 \\approx 1.4076$")
    assert verdicts(text) == [GIVEN, OK, GIVEN, OK, OK]
    assert verdicts(text.replace("0.6652, 0.0900", "0.6552, 0.1000"))[3] == WRONG
    assert verdicts(text.replace("7.3891, 1)", "7.3891, 2)"))[1] == WRONG
    assert verdicts("$\\operatorname{softmax}(2) = 1$") != [OK]      # of one number: not a softmax


def test_a_noun_before_a_leading_relation_is_its_left_side():
    # `sum $= 11.1074$` was read as the last chain going on (e^0 = 1 = 11.1074: WRONG)
    text = "$e^2 = 7.3891$, $e^1 = 2.7183$, $e^0 = 1$, sum $= 11.1074$"
    assert WRONG not in verdicts(text)
    # after a connective, or with nothing between, a region still continues the chain
    assert verdicts("$$z = 0.2 + 0.3$$\n$$= 0.5$$\nso $= 0.6$") == [GIVEN, OK, WRONG]


def test_a_comment_between_regions_is_not_prose():
    text = "Hidden 1: $z_1 = 0.2 + 0.3$ % checked by hand\n$$= 0.5$$\n"
    assert verdicts(text) == [GIVEN, OK]


def test_ieeeeqnarray_rows_are_math_and_over_is_a_fraction():
    # IEEEeqnarray was prose: its relations vanished unreported (batch 9: one file, 36 relations)
    text = ("\\begin{IEEEeqnarray}{rCl}\n"
            "x^2 + x^2 &=& 2x^2, \\IEEEyesnumber \\\\\n"
            "{x^2 - 1 \\over x - 1} &=& x + 1 \\IEEEnonumber \\\\\n"
            "(x + 1)^2 &=& x^2 + 1\n"
            "\\end{IEEEeqnarray}\n")
    assert verdicts(text) == [OK, OK, WRONG]
