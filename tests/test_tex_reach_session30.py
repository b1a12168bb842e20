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


def test_an_annotated_relation_without_braces_is_the_relation():
    # `\overset{(b)}=` (the relation not in braces) is `=` with a note, as `\overset{(b)}{=}` is (was unreadable)
    text = ("Let $\\mathbb{E}[X] = 0.7$ and $\\mathbb{E}[X^2] = 1.1$.\n"
            "\\[ \\operatorname{Var}(X) \\overset{(b)}= \\mathbb{E}[X^2] - \\mathbb{E}[X]^2 \\overset{(c)}= 0.61 \\]")
    assert [s.verdict for s in steps(text)[-2:]] == [OK, OK]
    assert steps(text.replace("= 0.61", "= 0.62"))[-1].verdict == WRONG


def test_a_table_of_values_given_is_the_variables_law():
    # P(X = v) given for values whose probabilities sum to 1: X's law, so 𝔼[X] and Var(X) are claims checked
    # against it (were "a value the problem gives", a wrong mean included)
    table = "$X$ takes the values $0, 1, 2$ with $P(X = 0) = 0.2$, $P(X = 1) = 0.5$, $P(X = 2) = 0.3$.\n\n"
    right = table + "$\\mathbb{E}[X] = 1.1$, $\\operatorname{Var}(2X + 1) = 1.96$."
    assert [s.verdict for s in steps(right)[-2:]] == [OK, OK]
    assert steps(right.replace("= 1.1", "= 1.2"))[-2].verdict == WRONG
    assert steps(right.replace("= 1.96", "= 0.98"))[-1].verdict == WRONG
    part = "$P(X = 0) = 0.2$, $P(X = 1) = 0.5$.\n\n$\\mathbb{E}[X] = 1.1$."      # a part of a table: no law
    assert steps(part)[-1].verdict != WRONG and steps(part)[-1].verdict != OK


def test_a_table_in_prose_is_the_variables_law():
    prose = ("$X$ takes the values $0, 1, 2$ with probabilities $0.5, 0.3, 0.2$.\n\n"
             "$\\mathbb{E}[X] = 0 \\cdot 0.5 + 1 \\cdot 0.3 + 2 \\cdot 0.2 = 0.7$")
    assert [s.verdict for s in steps(prose)] == [OK, OK]
    swapped = prose.replace("0 \\cdot 0.5 + 1 \\cdot 0.3 + 2 \\cdot 0.2 = 0.7", "0 \\cdot 0.5 + 1 \\cdot 0.2 + 2 \\cdot 0.3 = 0.8")
    assert steps(swapped)[0].verdict == WRONG
    not_a_law = prose.replace("0.5, 0.3, 0.2$", "0.5, 0.3, 0.3$")        # sums to 1.1: no law, nothing checked by it
    assert steps(not_a_law)[0].verdict != OK


def test_a_name_known_only_by_its_entries_is_their_vector():
    # δ never bound itself, δ_1 and δ_2 worked out: in `W^T\delta` it is (δ_1, δ_2)^⊤ (was "shapes differ", δ read
    # as a number); W for W^T is caught
    text = ("Let $W = \\begin{pmatrix} 0.4 & -0.2 \\\\ 0.3 & 0.8 \\end{pmatrix}$, $\\delta_1 = -0.0726$, "
            "$\\delta_2 = 0.0462$.\n\n$W^T\\delta = (0.4(-0.0726) + 0.3(0.0462), -0.2(-0.0726) + 0.8(0.0462))^T$")
    assert steps(text)[-1].verdict == OK
    assert steps(text.replace("$W^T\\delta", "$W\\delta"))[-1].verdict == WRONG


def test_a_covariance_is_read_by_the_table_too():
    # Cov(X, Y) was left to the general laws while Var X on the other side became the table's 0.49: an identity
    # refuted. Both by the table now, or neither.
    text = ("$X$ takes the values $0, 1, 2$ with $P(X = 0) = 0.2$, $P(X = 1) = 0.5$, $P(X = 2) = 0.3$, and $Y = 3X - 2$.\n\n"
            "$\\operatorname{Cov}(X, Y) = 3\\operatorname{Var}(X) = 1.47$")
    assert [s.verdict for s in steps(text)[-2:]] == [OK, OK]
    assert steps(text.replace("= 3\\operatorname{Var}(X) = 1.47", "= 9\\operatorname{Var}(X)"))[-1].verdict == WRONG


def test_a_divergence_of_given_laws_is_not_redefined_by_a_slip_shown():
    # "a student swapped …:" reads like a correction, but KL(p ‖ q) of the laws given is what they make it
    text = ("\\DeclareMathOperator{\\KL}{KL}\nLet $q = \\mathcal{N}(\\mu_1, \\sigma_1^2)$ and $p = \\mathcal{N}(\\mu_2, "
            "\\sigma_2^2)$ with $\\mu_1 = 1$, $\\sigma_1 = 1$, $\\mu_2 = 0$, $\\sigma_2 = 2$.\n\n"
            "For the reverse direction a student swapped only the variances:\n\\[ \\KL(p \\,\\|\\, q) = "
            "\\ln\\frac{\\sigma_2}{\\sigma_1} + \\frac{\\sigma_2^2 + (\\mu_1 - \\mu_2)^2}{2\\sigma_1^2} - \\frac12 \\]")
    assert steps(text)[-1].verdict == WRONG


def test_a_derivative_a_name_stands_for_is_taken_before_values_go_in():
    # δ_1 of `δ_i = ∂L/∂a_i` was put in as ∂L/∂a_1 with the values already in L: the derivative of a number in a_1,
    # then "no value for a_1"; now ∂L/∂a_1 is taken first
    text = ("$a_1 = w_1x_1 + b$, $h_1 = \\tanh(a_1)$, $\\hat y = v_1h_1$, $L = \\tfrac12(\\hat y - y)^2$, with $x_1 = 0.5$, "
            "$w_1 = 0.4$, $b = 0.4$, $v_1 = 0.7$, $y = 0.2$.\n\nLet $\\delta_i = \\frac{\\partial L}{\\partial a_i}$.\n\n"
            "$\\delta_1 = (0.7\\tanh(0.6) - 0.2) \\times 0.7 \\times (1 - \\tanh^2(0.6))$")
    assert steps(text)[-1].verdict == OK
    assert steps(text.replace("(1 - \\tanh^2(0.6))", "\\tanh(0.6)"))[-1].verdict == WRONG


def test_a_derivative_of_an_undefined_loss_is_not_zero():
    # ∂L/∂z with L never defined was 0, so `δ_2 = ŷ - y` came out wrong (and a wrong answer "wrong" by luck)
    text = "Sigmoid output $\\hat y = \\sigma(z)$: $\\delta_2 = \\frac{\\partial L}{\\partial z}$?\n\n$\\delta_2 = \\hat y - y$"
    assert steps(text)[-1].verdict == UNVERIFIED


def test_the_same_expression_on_both_sides_holds_whatever_the_names_mean():
    # δ_1 resting on a step that could not be checked does not leave `δ_1·1 + δ_2·1 = δ_1 + δ_2` open
    assert steps("$\\delta_1 \\cdot 1 + \\delta_2 \\cdot 1 = \\delta_1 + \\delta_2$")[-1].verdict == OK
    assert steps("$\\delta_1 \\cdot 1 + \\delta_2 \\cdot 1 = \\delta_1 - \\delta_2$")[-1].verdict == WRONG


def test_a_value_of_statistics_nothing_determines_is_not_refuted():
    # 𝔼[XY] = 1.5 with nothing given of X, Y was "wrong (for some distribution)": a value, not an identity
    assert steps("Then $\\mathbb{E}[XY] = 1.5$.")[-1].verdict == UNVERIFIED
    assert steps("Then $\\operatorname{Cov}(X, Y) = 1.5 - 2.2 \\times 0.3$ with $Y \\sim \\mathrm{Bernoulli}(0.3)$.")[0] \
        .verdict != WRONG
    given = "Let $X$ and $Y$ be independent with $\\mathbb{E}[X] = 2$, $\\mathbb{E}[Y] = 3$.\n\n$\\mathbb{E}[XY] = 7$"
    assert steps(given)[-1].verdict == WRONG
    # an identity between statistics still fails for some distribution
    assert steps("$\\operatorname{Var}(X + Y) = \\operatorname{Var}(X) + \\operatorname{Var}(Y)$")[-1].verdict == WRONG
    # a variance written negative is wrong whatever the laws
    assert steps("$\\operatorname{Var}(X - Y) = 2 - 3$")[-1].verdict == WRONG


def test_an_expectation_under_a_law_given_is_worked_out():
    # 𝔼_p[…] was "𝔼 with a subscript is not read here"; with p a law the file gave, the one free variable of the
    # bracket is drawn from p (μ_2, a parameter of the other law, is a constant there)
    laws = "Let $p = \\mathcal{N}(\\mu_1, \\sigma_1^2)$ and $q = \\mathcal{N}(\\mu_2, \\sigma_2^2)$.\n\n"
    right = laws + "$\\mathbb{E}_p[(x - \\mu_2)^2] = \\sigma_1^2 + (\\mu_1 - \\mu_2)^2$"
    assert steps(right)[-1].verdict == OK
    assert steps(right.replace("= \\sigma_1^2", "= \\sigma_2^2"))[-1].verdict == WRONG
    assert steps(laws + "$\\mathbb{E}_q[e^{x}] = e^{\\mu_2}$")[-1].verdict == WRONG
    assert steps(laws + "$\\mathbb{E}_p[\\log q] = 0$")[-1].verdict == UNVERIFIED     # a density inside: not read


def test_a_sample_listed_in_prose_is_the_data_of_its_letter():
    # "with data $1.2, 0.8, 1.9$" near x_1, …, x_n: x is that sample and n = 3 (x̄ and n were free names)
    text = ("Data $x_1, \\dots, x_n$ i.i.d. With data $1.2, 0.8, 1.9$: $\\bar x = 1.3$ and $\\frac{n}{4} = 0.75$, "
            "$\\sum_{i=1}^n x_i^2 = 5.69$.")
    assert [s.verdict for s in steps(text)[-3:]] == [OK, OK, OK]
    assert steps(text.replace("\\bar x = 1.3", "\\bar x = 1.4"))[-3].verdict == WRONG
    assert steps(text.replace("= 5.69", "= 5.79"))[-1].verdict == WRONG
    two_letters = text.replace("$\\frac{n}{4}", "$\\bar y = 2$, $\\frac{n}{4}")    # x or y: not read
    assert steps(two_letters)[1].verdict != OK


def test_a_posterior_moment_not_derived_here_is_not_a_definition():
    # `Var(μ | x) = 1/0.3611` (a wrong precision before it): a value no checked step gave, so the right arithmetic
    # on it after is not `ok` (it was a definition, and the carried error passed)
    text = ("Prior $\\mu \\sim \\mathcal{N}(0, 4)$, $\\sigma^2 = 9$, data $x = (2, 4, 4, 5, 10)$.\n\n"
            "$\\operatorname{Var}(\\mu \\mid x) = 1/0.3611 = 2.7692$ and $\\operatorname{Var}(\\mu \\mid x) \\cdot 2 = 5.5384$")
    got = steps(text)
    assert got[-3].verdict == UNVERIFIED and "not derived here" in got[-3].detail
    assert got[-1].verdict == UNVERIFIED


def test_a_slope_of_relu_in_a_free_name_is_checked_away_from_the_kink():
    # the kink's slope was an operator (so "does not follow from the laws"); in a free z the identity holds or fails
    # away from the kink, where the slope is 0 or 1
    assert steps("$\\frac{d}{dz}\\mathrm{ReLU}(z)^2 = 2\\mathrm{ReLU}(z)$")[-1].verdict == OK
    assert steps("$\\frac{d}{dz}\\mathrm{ReLU}(z)^2 = 2z$")[-1].verdict == WRONG      # z < 0
    assert steps("$\\mathrm{ReLU}'(z) = \\mathrm{ReLU}(z)$")[-1].verdict == WRONG
    # at the kink itself the slope is a convention, as before
    assert steps("$\\mathrm{ReLU}'(0) = 1$")[-1].verdict == UNVERIFIED


def test_a_function_of_the_variance_is_defined_even_with_the_variance_given():
    # `σ^2 = 5` known, then ℓ(μ, σ²) = …: still the log-likelihood as a function of both (σ was bound, so it was
    # a claim and ∂ℓ/∂μ "ℓ is not defined")
    text = "Data $x = (2, 4, 6, 8)$ with $\\sigma^2 = 5$ known.\n\n" + GAUSSIAN + \
        "\\[ \\frac{\\partial \\ell}{\\partial \\mu} = \\frac{1}{\\sigma^2}\\sum_{i=1}^{n}(x_i - \\mu) \\]"
    assert steps(text)[-1].verdict == OK
    assert steps(text.replace("\\frac{1}{\\sigma^2}\\sum", "-\\frac{1}{\\sigma^2}\\sum"))[-1].verdict == WRONG


def test_a_node_named_over_vectors_written_out():
    # u = w_2^T h + c with the vectors written out: all numbers once c is put in; its own name c is kept on both
    # sides, so L is written in u (was "L does not depend on u")
    text = SHARED_BIAS + "$u = w_2^\\top h + c$, so $\\frac{\\partial L}{\\partial u} = (\\hat y - y)\\hat y(1 - \\hat y)$"
    assert steps(text)[-1].verdict == OK
    assert steps(text.replace("\\hat y(1 - \\hat y)$", "\\hat y$"))[-1].verdict == WRONG
    also_c = text.replace("L = \\tfrac12(\\hat y - y)^2", "L = \\tfrac12(\\hat y - y)^2 + c^2")
    assert steps(also_c)[-1].verdict == UNVERIFIED       # L reaches c another way: no one meaning


def test_a_paired_delimiter_the_file_declares_is_expanded():
    # mathtools' \DeclarePairedDelimiter{\norm}{\lVert}{\rVert}: \norm{x} is ‖x‖ (was "unsupported \norm")
    text = ("\\DeclarePairedDelimiter{\\norm}{\\lVert}{\\rVert}\nLet $\\mathbf{x} = (1, 2, 3)$. "
            "$\\norm{\\mathbf{x}} = \\sqrt{14}$, $\\norm{\\mathbf{x}}^2 = 15$")
    assert [s.verdict for s in steps(text)[-2:]] == [OK, WRONG]


def test_a_table_given_again_is_read_afresh():
    # P(X = 0) given again (0.2): the table of 0.5, 0.5 no longer holds, and 0.2 + 0.5 is no law
    text = "$P(X = 0) = 0.5$, $P(X = 1) = 0.5$, then $P(X = 0) = 0.2$. $\\mathbb{E}[X] = 0.5$."
    assert steps(text)[-1].verdict != OK
    assert steps(text.replace(", then $P(X = 0) = 0.2$", ""))[-1].verdict == OK
