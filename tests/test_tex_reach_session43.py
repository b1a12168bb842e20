"""Reach added in session 43 from the development sets, each beside the broken case that must stay caught (or
the reading that must not fire)."""
from helpers import tex_at as at, tex_broken as broken, tex_confirmed, tex_steps as steps
from verify.tex import OK, UNVERIFIED, WRONG


MEAN = (
    "Notation: for $x \\in \\mathbb{R}^n$, $\\mu = \\frac1n\\sum_i x_i$.\n\n"
    "Take $x = (1, 2, 6)$. Then $\\mu = \\tfrac13(1 + 2 + 6) = 3$.\n")


def test_a_mean_without_bounds_over_a_given_vector():
    # Σ_i without bounds runs over the three entries of x, and the n beside it is their count (was "a value of a
    # sum of the data": n stayed a free name, so 9/n against 3)
    tex_confirmed(MEAN, "\\mu = \\tfrac13", because="data")


def test_a_mean_over_the_wrong_entries_is_caught():
    assert broken(MEAN, "(1 + 2 + 6) = 3", "(1 + 2 + 7) = 3", "\\mu = \\tfrac13") == WRONG
    # a count of its own given to n is used, not the vector's length
    assert broken(MEAN, "Take $x", "Let $n = 4$. Take $x", "\\mu = \\tfrac13") == WRONG


SIZES = "For square $A$: $\\det(2A) = 4\\det A$ and $\\det(2A) = 2\\det A$.\n"


def test_a_matrix_identity_true_for_one_size_only_is_left_open():
    # det(2A) = 4 det A holds for 2×2 matrices, not 3×3: with no size given it is not refuted (it was `wrong` at
    # the 3×3 instance)
    out = steps(SIZES)
    assert at(out, "\\det(2A) = 4").verdict == UNVERIFIED, at(out, "\\det(2A) = 4").detail
    # false at every size: still wrong
    assert at(out, "\\det(2A) = 2").verdict == WRONG


TAYLOR = ("For small $x$: $\\sin x \\approx x - \\frac{x^3}{6}$ and $\\sqrt{1 + x} \\approx 1 + \\frac{x}{2} - "
          "\\frac{x^2}{8}$; near $0.5$, $\\tanh(0.5 + h) \\approx 0.4621 + 0.7864h$.\n")


def test_an_approximation_by_a_polynomial_is_its_taylor_polynomial_at_zero():
    # was "an approximation between expressions with free symbols is not checked"
    out = steps(TAYLOR)
    for where in ("\\sin x approx", "\\sqrt{1 + x} approx", "\\tanh(0.5 + h)"):
        assert at(out, where).verdict == OK, (where, at(out, where).detail)


def test_a_wrong_taylor_coefficient_is_caught():
    assert broken(TAYLOR, "\\frac{x^3}{6}", "\\frac{x^3}{3}", "\\sin x approx") == WRONG
    assert broken(TAYLOR, "\\frac{x^2}{8}", "\\frac{x^2}{4}", "\\sqrt{1 + x} approx") == WRONG
    # a rounded coefficient off by more than its last place
    assert broken(TAYLOR, "0.7864h", "0.7964h", "\\tanh(0.5 + h)") == WRONG


def test_an_approximation_about_another_point_is_not_read_as_one_at_zero():
    # log(1 + e^x) ≈ x is for large x: the sides differ at 0, so it is not a Taylor polynomial there
    out = steps("For large $x$, $\\log(1 + e^x) \\approx x$.\n")
    assert at(out, "\\log(1 + e^x)").verdict == UNVERIFIED


def test_a_count_named_n_that_is_the_data_itself_is_not_replaced():
    # n = (5, 2, 3) is the data: `N = \sum_k n_k = 10` stays a sum over its entries (the count rule must not put 3
    # for the n the sum runs over, nor for the N it defines)
    out = steps("Observed counts $n = (5, 2, 3)$, so $N = \\sum_k n_k = 10$ and $\\hat\\theta = n/N = (0.5, 0.2, "
                "0.3)$.\n")
    assert at(out, "\\sum_k n_k = 10").verdict == OK
    assert broken("Counts $n = (5, 2, 3)$, so $N = \\sum_k n_k = 10$.\n", "= 10", "= 11", "\\sum_k n_k =") == WRONG


MLE = ("A coin: prior $\\theta \\sim \\mathrm{Beta}(2, 2)$; we see $k = 7$ heads in $n = 10$ tosses.\n"
       "The mode $\\hat\\theta_{\\mathrm{MAP}} = \\frac{8}{12}$, the MLE $\\hat\\theta_{\\mathrm{MLE}} = 0.7$.\n")


def test_the_mle_of_a_beta_binomial_success_rate():
    # θ̂_MLE beside a Beta prior and one count: where the binomial likelihood is largest (was a definition)
    tex_confirmed(MLE, "\\hat\\theta_{\\mathrm{MLE}}", because="the MLE does not use the prior")


def test_an_mle_that_uses_the_prior_is_caught():
    # the posterior mode (or mean) given as the MLE
    assert broken(MLE, "_{\\mathrm{MLE}} = 0.7", "_{\\mathrm{MLE}} = \\frac{8}{12}", "\\hat\\theta_{\\mathrm{MLE}}") == WRONG
    assert broken(MLE, "_{\\mathrm{MLE}} = 0.7", "_{\\mathrm{MLE}} = \\frac{k}{n + 2}",
                  "\\hat\\theta_{\\mathrm{MLE}}") == WRONG


ADAM = ("With $\\epsilon = 10^{-8}$ and $\\mathbf w_0 = (3, 1)$: $\\hat{\\mathbf{m}}_1 = (4,\\ 8)$, "
        "$\\hat{\\mathbf{s}}_1 = (16,\\ 64)$, so\n"
        "\\[\\mathbf w_1 = \\mathbf w_0 - 0.1\\,\\frac{\\hat{\\mathbf{m}}_1}{\\sqrt{\\hat{\\mathbf{s}}_1} + \\epsilon} "
        "= (3 - 0.1,\\ 1 - 0.1) = (2.9,\\ 0.9).\\]\n")


def test_a_quotient_of_two_vectors_does_not_end_the_chain():
    # Adam's m̂/(√ŝ + ε) with m̂, ŝ given vectors stopped the whole chain ("could not check this chain (ShapeError)"):
    # the quotient is not read, and the arithmetic after it is still checked
    out = steps(ADAM)
    assert at(out, "\\mathbf w_0 - 0.1").verdict == UNVERIFIED
    assert at(out, "(3 - 0.1,\\ 1 - 0.1) =").verdict == OK
    assert broken(ADAM, "= (2.9,\\ 0.9)", "= (2.9,\\ 0.8)", "(3 - 0.1,\\ 1 - 0.1) =") == WRONG


def test_a_function_of_a_given_vector_is_not_read_as_a_product():
    # `μ(x) = 0.8 + 0.6x` after the data x = (0, 1, 2): μ is a function of x, not μ times the data (was `wrong`:
    # 0 against 0.8 in the first entry); σ^2(x) the same
    out = steps("Data: $x = (0, 1, 2)$.\n\nNote $\\mu(x) = 0.8 + 0.6x$ and $\\sigma^2(x) = 1 + (6 - 6x)/15$.\n")
    assert at(out, "\\mu(x) =").verdict == UNVERIFIED
    assert at(out, "\\sigma^2(x) =").verdict == UNVERIFIED


STABILITY = ("Adam with $\\epsilon = 10^{-8}$, $\\hat m_1 = 4$, $\\hat s_1 = 16$, $w_0 = 3$.\n\n"
             "$w_1 = w_0 - 0.1\\frac{\\hat m_1}{\\sqrt{\\hat s_1} + \\epsilon} = 3 - 0.1 = 2.9$.\n")


def test_adams_stability_constant_is_left_out_as_everyone_does():
    # 2.9000000002 against the exact 3 - 0.1 was `wrong`; with ε = 10^{-8} taken as 0 it is right
    tex_confirmed(STABILITY, "w_0 - 0.1", because="taken as 0")


def test_a_step_wrong_beyond_the_stability_constant_is_caught():
    assert broken(STABILITY, "= 3 - 0.1 =", "= 3 - 0.2 =", "w_0 - 0.1") == WRONG
    # a claim about ε itself is not excused by taking it as 0
    assert at(steps(STABILITY + "\nSo $\\epsilon = 0$.\n"), "\\epsilon = 0").verdict != OK
