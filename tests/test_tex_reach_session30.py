"""Reach and soundness added in session 30 from the development sets, each beside the broken case that must stay
caught (or the reading that must not fire)."""
from verify.tex import OK, UNVERIFIED, WRONG, check_text


def steps(text):
    return check_text(text).steps


SHARED_BIAS = ("The test case $x = (1.0, -0.5)^\\top$, $y = 1$, $b = 0.1$, $c = 0.2$, $w_2 = (0.7, -0.5)^\\top$,\n"
               "$W_1 = \\begin{bmatrix} 0.4 & -0.2 \\\\ 0.3 & 0.6 \\end{bmatrix}$, $z = W_1 x + b\\mathbf{1}$, "
               "$h = \\sigma(z)$, $\\hat y = \\sigma(w_2^\\top h + c)$, $L = \\tfrac12(\\hat y - y)^2$.\n")


def test_a_scalar_inside_a_vector_definition_is_a_variable_of_the_derivative():
    # b = 0.1 was put into z = W_1x + b𝟏 as a number; read again from the text, b is a name (was "L does not
    # depend on b"): dL/db = δ1 + δ2 = -0.0034 at the forward pass
    right = SHARED_BIAS + "\\[ \\frac{\\partial L}{\\partial b} = -0.0034, \\qquad \\frac{\\partial z_2}{\\partial b} = 1 \\]"
    assert [s.verdict for s in steps(right)[-2:]] == [OK, OK]
    flipped = right.replace("= -0.0034", "= 0.0034")
    assert steps(flipped)[-2].verdict == WRONG
    one_path = right.replace("= -0.0034", "= -0.0156")       # δ1 only: the second path through z_2 dropped
    assert steps(one_path)[-2].verdict == WRONG
    assert steps(right.replace("= 1 \\]", "= 0 \\]"))[-1].verdict == WRONG


def test_a_scalar_given_two_values_between_vector_definitions_is_not_read():
    # b = 0.1 in z, then b = 0.3 before h: which point the derivative is at is not known, so no verdict
    two = SHARED_BIAS.replace("$h = \\sigma(z)$", "$b = 0.3$, $h = \\sigma(z + b\\mathbf{1})$") + \
        "\\[ \\frac{\\partial L}{\\partial b} = -0.0034 \\]"
    assert steps(two)[-1].verdict == UNVERIFIED


GAUSSIAN = ("The log-likelihood is\n\\[ \\ell(\\mu, \\sigma^2) = -\\frac{n}{2}\\log(2\\pi\\sigma^2) - "
            "\\frac{1}{2\\sigma^2}\\sum_{i=1}^{n}(x_i - \\mu)^2. \\]\n")


def test_a_function_of_the_variance_is_defined_in_sigma():
    # ℓ(μ, σ²) = … defines ℓ (was read as a claim, and every ∂ℓ/∂… after it was "ℓ is not defined")
    score = GAUSSIAN + ("\\[ \\frac{\\partial \\ell}{\\partial \\sigma^2} = -\\frac{n}{2\\sigma^2} + "
                        "\\frac{1}{2\\sigma^4}\\sum_{i=1}^{n}(x_i - \\mu)^2 \\]")
    assert steps(score)[-1].verdict == OK
    no_half = score.replace("\\frac{1}{2\\sigma^4}", "\\frac{1}{\\sigma^4}")
    assert steps(no_half)[-1].verdict == WRONG
    flipped = GAUSSIAN + "\\[ \\frac{\\partial \\ell}{\\partial \\mu} = -\\frac{1}{\\sigma^2}\\sum_{i=1}^{n}(x_i - \\mu) \\]"
    assert steps(flipped)[-1].verdict == WRONG


def test_an_argument_in_the_variance_slot_is_the_variance():
    # ℓ(μ, 4): σ² = 4, so log(2π·4) -- not σ = 4 (log(32π))
    at_four = GAUSSIAN + "\\[ \\ell(\\mu, 4) = -\\frac{n}{2}\\log(8\\pi) - \\frac{1}{8}\\sum_{i=1}^{n}(x_i - \\mu)^2 \\]"
    assert steps(at_four)[-1].verdict == OK
    assert steps(at_four.replace("\\log(8\\pi)", "\\log(32\\pi)"))[-1].verdict == WRONG
