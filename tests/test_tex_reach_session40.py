"""Reach added in session 40 from the development sets, each beside the broken case that must stay caught (or
the reading that must not fire)."""
from helpers import tex_at as at, tex_broken as broken, tex_steps as steps
from verify.tex import GIVEN, OK, WRONG


def verdicts(text, *wheres):
    out = steps(text)
    return [at(out, where).verdict for where in wheres]


GAUSSIAN = (
    "The data are $x = (1, 2, 3, 6)$ and $n = 4$.\n"
    "\\[ \\ell(\\mu, \\sigma^2) = -\\frac{n}{2}\\log(2\\pi\\sigma^2) - \\frac{1}{2\\sigma^2}\\sum_{i=1}^{n}(x_i - \\mu)^2 \\]\n"
    "\\[ \\frac{\\partial \\ell}{\\partial \\mu} = \\frac{1}{\\sigma^2}\\sum_{i=1}^{n}(x_i - \\mu) = 0 \\Rightarrow "
    "\\hat\\mu = \\frac{1}{n}\\sum_{i=1}^{n} x_i = 3 \\]\n"
    "\\[ \\frac{\\partial \\ell}{\\partial \\sigma^2} = -\\frac{n}{2\\sigma^2} + \\frac{1}{2\\sigma^4}\\sum_{i=1}^{n}"
    "(x_i - \\mu)^2 = 0 \\Rightarrow \\hat\\sigma^2 = \\frac{1}{n}\\sum_{i=1}^{n}(x_i - \\hat\\mu)^2 \\]\n"
    "So $\\hat\\sigma^2 = \\frac{14}{4} = 3.5$.\n")


def test_an_estimate_that_solves_a_derived_score_equation_is_confirmed_and_its_value_over_the_data_checked():
    # the score equations are sums over the data (no candidate identity): μ̂ and σ̂² after them were `given`, and
    # σ̂² = 14/4 "a value of a sum of the data", unverified, as was everything worked out from it
    out = steps(GAUSSIAN)
    mean, variance = at(out, "\\hat\\mu = \\frac{1}{n}"), at(out, "\\hat\\sigma^2 = \\frac{1}{n}")
    assert mean.verdict == OK and "solves the equation on line 3" in mean.detail
    assert variance.verdict == OK and "σ^2 = 7/2" in variance.detail      # (σ², not σ: the name is squared)
    assert at(out, "\\hat\\sigma^2 = \\frac{14}{4}").verdict == OK
    # a divisor n - 1 does not solve it, and a slip in the value is caught
    assert broken(GAUSSIAN, "\\hat\\sigma^2 = \\frac{1}{n}", "\\hat\\sigma^2 = \\frac{1}{n - 1}",
                  "\\hat\\sigma^2 = \\frac{1}{n - 1}") == WRONG
    assert broken(GAUSSIAN, "\\frac{14}{4}", "\\frac{14}{3}", "\\hat\\sigma^2 = \\frac{14}{3}") == WRONG

def test_an_estimate_after_an_equation_only_written_or_derived_wrongly_is_not_confirmed():
    # the equation written without its derivative: solving it shows nothing about the model (it may be wrong)
    written = steps(GAUSSIAN.replace("\\frac{\\partial \\ell}{\\partial \\sigma^2} = ", ""))
    assert at(written, "\\hat\\sigma^2 = \\frac{1}{n}").verdict == GIVEN
    # a derivative with a dropped factor: the estimate solving its equation carries the slip, never `ok`
    dropped = steps(GAUSSIAN.replace("\\frac{1}{2\\sigma^4}\\sum", "\\frac{1}{\\sigma^4}\\sum"))
    assert at(dropped, "\\frac{\\partial \\ell}{\\partial \\sigma^2}").verdict == WRONG
    assert at(dropped, "\\hat\\sigma^2 = \\frac{1}{n}").verdict != OK


def test_an_estimate_in_one_unknown_after_a_checked_derivative():
    text = ("Let $f(\\theta) = 7\\log\\theta + 3\\log(1 - \\theta)$. Then\n\\begin{equation*}\n"
            "f'(\\theta) = \\frac{7}{\\theta} - \\frac{3}{1 - \\theta} = 0 \\quad\\Longrightarrow\\quad "
            "\\hat\\theta = \\frac{7}{10} = 0.7\n\\end{equation*}\n")
    assert at(steps(text), "\\hat\\theta = \\frac{7}{10}").verdict == OK
    assert at(steps(text.replace("\\frac{7}{10} = 0.7", "\\frac{7}{9} = 0.7778")), "\\hat\\theta").verdict == WRONG


def test_an_equation_with_a_name_from_another_part_is_not_solved_for_an_estimate():
    # σ = 1 in the problem before: the score equation in σ² of this one is not about that σ (it flagged μ̂ = x̄ as
    # "does not solve the equation": the σ-equation solved for μ at σ = 1)
    text = ("\\section*{Problem 1}\nNoise $\\sigma = 1$ is known.\n\n\\section*{Problem 2}\n"
            "Data $x = (4.2, 5.1, 3.8, 4.6, 5.3)$, $n = 5$.\n"
            "\\[ \\ell(\\mu, \\sigma^2) = -\\frac{n}{2}\\ln(2\\pi\\sigma^2) - \\frac{1}{2\\sigma^2}\\sum_{i=1}^{n}"
            "(x_i - \\mu)^2 \\]\nhas score equation\n"
            "\\[ \\frac{\\partial\\ell}{\\partial\\sigma^2} = -\\frac{n}{2\\sigma^2} + \\frac{1}{2\\sigma^4}"
            "\\sum_{i=1}^{n}(x_i - \\mu)^2 = 0, \\]\nso $\\hat\\mu = \\bar x$.\n")
    assert at(steps(text), "\\hat\\mu = \\bar x").verdict != WRONG


PROOF_THEN_EXAMPLE = (
    "The first two claims are Claim 1 with $\\mathbf a^\\top\\mathbf x = \\sum_i a_ix_i$ and $A = I$.\n\n"
    "\\emph{Example.} Fit a line to three points:\n"
    "$$A = \\begin{pmatrix} 1 & 0 \\\\ 1 & 1 \\\\ 1 & 2 \\end{pmatrix},\\ \\mathbf b = \\begin{pmatrix} 1 \\\\ 2 \\\\ 4 "
    "\\end{pmatrix} \\implies A^\\top A = \\begin{pmatrix} 3 & 3 \\\\ 3 & 5 \\end{pmatrix}$$\n")


def test_a_matrix_written_out_for_a_name_that_stood_for_another_name_is_an_example_s_data():
    # `A = I` in a proof, then an example's 3×2 A: it was a claim about I ("one side is a matrix, the other is not")
    # and every product with A after it failed on shapes
    assert verdicts(PROOF_THEN_EXAMPLE, "A = \\begin{pmatrix} 1 & 0", "A^\\top A") == [GIVEN, OK]
    assert broken(PROOF_THEN_EXAMPLE, "3 & 5", "3 & 6", "A^\\top A") == WRONG
    # a name defined by a formula, written out at a point, is still a claim about that formula
    jacobian = steps("Let $J = \\frac{\\partial}{\\partial x}(x^2 y)$. At the point, "
                     "$J = \\begin{pmatrix} 0 & 0 \\\\ 1 & 1 \\end{pmatrix}$.\n")
    assert at(jacobian, "J = \\begin{pmatrix}").verdict != GIVEN


def test_an_estimator_s_moments_over_the_data_a_part_gives_are_worked_out_without_i_i_d_in_the_prose():
    # `Data $x = (…)$` and no "i.i.d.": 𝔼[σ̂²] was "does not follow from the laws applied here" (σ̂² had the
    # number 0.2); it is over the sampling of those four data, σ̂² as the part defines it (1/4: the MLE)
    text = ("\\section{Poisson}\nCounts with $n = 5$.\n\n\\section{Gaussian}\n"
            "Data $x = (1.2, 0.8, 2.0, 1.6)$, model $\\mathcal{N}(\\mu, \\sigma^2)$.\n"
            "$$\\hat\\mu = \\frac{1.2 + 0.8 + 2.0 + 1.6}{4} = 1.4$$\n"
            "$$\\hat\\sigma^2 = \\frac{1}{4}\\sum_i (x_i - \\hat\\mu)^2 = \\frac{0.04 + 0.36 + 0.36 + 0.04}{4} = 0.2$$\n"
            "Then $\\mathbb{E}[\\hat\\sigma^2] = \\frac{n - 1}{n}\\sigma^2$ and $\\mathbb{E}[s^2] = \\sigma^2$.\n")
    out = steps(text)
    mle = at(out, "\\mathbb{E}[\\hat\\sigma^2]")
    assert mle.verdict == OK and "n = 4" in mle.detail       # the four data, not the n = 5 of the other part
    assert at(out, "\\mathbb{E}[s^2]").verdict == OK
    biased = steps(text.replace("\\frac{n - 1}{n}\\sigma^2", "\\sigma^2"))
    wrong = at(biased, "\\mathbb{E}[\\hat\\sigma^2]")
    assert wrong.verdict == WRONG and "using" not in wrong.detail     # (no value of the file's names was used)
    # no data given in the part: nothing to sample, so no verdict from this reading
    bare = steps("Then $\\mathbb{E}[\\hat\\sigma^2] = \\sigma^2$.\n")
    assert at(bare, "\\mathbb{E}[\\hat\\sigma^2]").verdict not in (OK, WRONG)


SHARED_BIAS = ("One bias, two units: $a = w_1x + b$, $c = w_2x + b$, $L = \\ell\\bigl(g(a), g(c)\\bigr)$, "
               "$\\delta_a = \\frac{\\partial L}{\\partial a}$, $\\delta_c = \\frac{\\partial L}{\\partial c}$.\n\n"
               "$\\frac{\\partial L}{\\partial b} = \\delta_a + \\delta_c$\n\n"
               "$\\frac{\\partial L}{\\partial w_2} = x\\,\\delta_c$\n")


def test_a_loss_of_two_arguments_is_an_application_of_an_open_function():
    # `L = ℓ(g(a), g(c))` was "ambiguous: a function call or ℓ·(g(a), g(c)) as a product", so the definition was
    # lost and the course's shared-bias result "L is not defined"
    assert verdicts(SHARED_BIAS, "L = \\ell", "\\frac{\\partial L}{\\partial b}", "\\frac{\\partial L}{\\partial w_2}") == \
        [GIVEN, OK, OK]
    assert broken(SHARED_BIAS, "= \\delta_a + \\delta_c", "= \\delta_a", "\\frac{\\partial L}{\\partial b}") == WRONG
    assert broken(SHARED_BIAS, "= x\\,\\delta_c", "= \\delta_c", "\\frac{\\partial L}{\\partial w_2}") == WRONG


def test_open_functions_settled_after_a_slope_in_their_application_is_taken():
    # δ_a = ∂ℓ(g(a), g(c))/∂a holds a slope in g(a); settling g = tanh then raised "Can't calculate derivative wrt
    # tanh(a)" and the chain was lost ("could not check this chain (ValueError)")
    text = SHARED_BIAS + ("\nTake $g = \\tanh$, $\\ell(u, v) = (u - v)^2$, $x = 1$, $w_1 = 1$, $w_2 = -1$, $b = 0$:\n"
                          "$\\delta_a = 2(0.7616 + 0.7616)(1 - 0.7616^2) = 1.2794$, $\\delta_c = -1.2794$.\n")
    assert verdicts(text, "g = \\tanh", "\\delta_a = 2(0.7616", "\\delta_c = -1.2794") == [GIVEN, OK, OK]
    assert broken(text, "(1 - 0.7616^2) = 1.2794", "(1 - 0.7616) = 0.7270", "\\delta_a = 2(0.7616") == WRONG


def test_a_formula_in_n_with_n_of_an_earlier_problem_has_two_readings():
    # `\frac{n-1}{n}σ^2 = 0.75σ^2` under a part with four data, n = 5 bound in the part before: it was wrong "using
    # n = 5 (line 2)"; with n the number of this part's data it holds, so it is unverified, naming both
    text = ("\\section{Poisson}\nCounts with $n = 5$.\n\n\\section{Gaussian}\n"
            "Data $x = (1.2, 0.8, 2.0, 1.6)$. Then $\\frac{n - 1}{n}\\sigma^2 = 0.75\\sigma^2$.\n")
    step = at(steps(text), "\\frac{n - 1}{n}\\sigma^2")
    assert step.verdict not in (OK, WRONG) and "with n = 4" in step.detail
    # n of this part: the slip is caught
    assert broken(text, "Data $x = (1.2, 0.8, 2.0, 1.6)$.", "Here $n = 5$.", "\\frac{n - 1}{n}\\sigma^2") == WRONG


def test_an_equation_between_functions_written_without_their_argument_is_read_at_one_point():
    # `\tanh' = 1 - \tanh^2` (the course's tanh derivative, point-free) was "\tanh without an argument" on both sides
    text = "So $\\tanh' = 1 - \\tanh^2$ and $\\tanh = \\frac{\\sinh}{\\cosh}$.\n"
    assert verdicts(text, "\\tanh' = 1 - \\tanh^2", "\\tanh = \\frac") == [OK, OK]
    assert broken(text, "1 - \\tanh^2", "1 + \\tanh^2", "\\tanh' =") == WRONG
    assert broken(text, "1 - \\tanh^2", "\\operatorname{sech}", "\\tanh' =") == WRONG     # (the square dropped)
    # one side a name: `g = \tanh` names a function, it is not a value at a point
    named = at(steps("Take $g = \\tanh$.\n"), "g = \\tanh")
    assert named.verdict != OK and "ξ" not in named.detail
