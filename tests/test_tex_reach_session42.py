"""Reach added in session 42 from the development sets, each beside the broken case that must stay caught (or
the reading that must not fire)."""
from helpers import tex_at as at, tex_broken as broken, tex_confirmed, tex_steps as steps
from verify.tex import OK, UNVERIFIED, WRONG

def confirmed(text, *wheres):
    tex_confirmed(text, *wheres, because="data")


SOFTMAX = (
    "Logits $z = (2.0, 1.0, 0.1)$, true class $k = 2$. Softmax $p_j = \\frac{e^{z_j}}{\\sum_i e^{z_i}}$, "
    "loss $L = -\\log p_k$.\n\n"
    "$\\frac{\\partial L}{\\partial z_1} = 0.6590$ and $\\frac{\\partial L}{\\partial z_2} = 0.2424 - 1$.\n")


def test_softmax_cross_entropy_gradient_with_the_class_given_as_a_number():
    # k = 2 given, so p_k is p_2: ∂L/∂z_1 = p_1 and ∂L/∂z_2 = p_2 - 1 at the logits given (was "L does not depend
    # on z_1": an index letter with a value stopped the slope through the sum)
    confirmed(SOFTMAX, "\\frac{\\partial L}{\\partial z_1}", "\\frac{\\partial L}{\\partial z_2}")


def test_softmax_cross_entropy_gradient_slips_are_caught():
    # the -1 of the true class dropped, or put on the wrong entry
    assert broken(SOFTMAX, "= 0.2424 - 1", "= 0.2424", "\\frac{\\partial L}{\\partial z_2}") == WRONG
    assert broken(SOFTMAX, "= 0.6590", "= 0.6590 - 1", "\\frac{\\partial L}{\\partial z_1}") == WRONG


WRITTEN_OUT = (
    "Logits $z = (1, 2, 0.5)$, the true class is 2. The loss is $L = -\\log p_2$ with "
    "$p_j = \\dfrac{e^{z_j}}{\\sum_k e^{z_k}}$.\n\n"
    "$p_2 = \\frac{7.3891}{11.7561} = 0.6285$, and $L = -\\log 0.6285 = 0.4644$.\n\n"
    "$\\frac{\\partial L}{\\partial z_2} = 0.6285 - 1$ and "
    "$\\frac{\\partial p_1}{\\partial z_2} = -0.2312 \\times 0.6285$.\n")


def test_softmax_slopes_after_the_probabilities_were_worked_out():
    # p_2 = 7.3891/11.7561 written out: its numbers are its value, the family p_j its meaning, and the slopes in z
    # go through the family (z_2 inside it kept as the entry it is, not the number 2)
    confirmed(WRITTEN_OUT, "\\frac{\\partial L}{\\partial z_2}", "\\frac{\\partial p_1}{\\partial z_2}")
    assert broken(WRITTEN_OUT, "= 0.6285 - 1$", "= 1 - 0.6285$", "\\frac{\\partial L}{\\partial z_2}") == WRONG
    # the softmax Jacobian read as p_i(1 - p_j) off the diagonal
    assert broken(WRITTEN_OUT, "= -0.2312 \\times 0.6285", "= 0.2312 \\times (1 - 0.6285)",
                  "\\frac{\\partial p_1}{\\partial z_2}") == WRONG


def test_a_family_claimed_with_another_formula_leaves_its_slopes_open():
    # `p_j = e^{z_j/T}/…` after `p_j = e^{z_j}/…` (a temperature, meant as a new definition; read as a wrong claim):
    # a slope through p_j may mean either, so it is not confirmed or refuted with the first
    text = WRITTEN_OUT + ("\nWith a temperature, $p_j = \\dfrac{e^{z_j/T}}{\\sum_k e^{z_k/T}}$ and $T = 2$: "
                          "$\\dfrac{\\partial L}{\\partial z_2} = \\dfrac{0.4810 - 1}{2}$.\n")
    step = [s for s in steps(text) if s.lhs.replace(" ", "").startswith("\\dfrac{\\partialL}")][-1]
    assert step.verdict == UNVERIFIED, step.detail


ESTIMATE = (
    "Density $f(x \\mid \\theta) = \\theta e^{-\\theta x}$, data $0.5, 1.5, 2.0$.\n"
    "$$\\ell(\\theta) = 3\\log\\theta - 4\\theta, \\qquad \\ell'(\\theta) = \\frac{3}{\\theta} - 4 = 0,$$\n"
    "$$\\hat\\theta = \\frac{3}{4}.$$\n")


def test_an_estimate_in_the_display_right_after_an_equation_set_to_zero_is_claimed_to_solve_it():
    # no "gives" or "so" between the displays: the estimate still goes on from the equation (it was a definition)
    assert broken(ESTIMATE, "\\hat\\theta = \\frac{3}{4}", "\\hat\\theta = \\frac{4}{3}", "\\hat\\theta") == WRONG
    assert at(steps(ESTIMATE), "\\hat\\theta").verdict != WRONG
    # prose between the displays that does not say it follows: a definition, as before
    apart = ESTIMATE.replace("$$\n$$\\hat", "$$\nFor the record, take $$\\hat").replace("{3}{4}", "{4}{3}")
    assert at(steps(apart), "\\hat\\theta").verdict != WRONG
