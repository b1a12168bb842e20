"""Reach and soundness added in session 31 from the development sets, each beside the broken case that must stay
caught (or the reading that must not fire)."""
from verify.tex import OK, UNVERIFIED, WRONG, check_text


def steps(text):
    return check_text(text).steps


def test_the_derivative_of_an_operator_nobody_defined_is_not_zero():
    # `\GELU'(1)` of a \DeclareMathOperator the file never defines: its application was made one opaque atom, which
    # does not move with the argument, so the derivative came out 0 and `= 0` was proved
    for written in ("\\DeclareMathOperator{\\GELU}{GELU}\nSo $\\GELU'(1) = 0$.",
                    "So $\\operatorname{GELU}'(1) = 0$."):
        assert steps(written)[-1].verdict == UNVERIFIED
    # the same hole under d/dx of any operator application: each of these was `ok (by the laws of the operators)`
    for zero in ("\\frac{d}{d\\theta}\\mathbb{E}[\\theta X] = 0", "\\frac{\\partial}{\\partial w}\\operatorname{Var}(wX) = 0",
                 "\\frac{d}{dx}\\operatorname{tr}(xA) = 0", "\\frac{d}{dx}\\operatorname{erf}(x) = 0",
                 "\\frac{d}{dx}\\log\\det(xI) = 0"):
        assert steps(f"So ${zero}$.")[-1].verdict == UNVERIFIED, zero
    # defined, it is worked out: GELU(x) = x³, GELU'(2) = 12 (and 0 is caught)
    defined = "\\DeclareMathOperator{\\GELU}{GELU}\nLet $\\GELU(x) = x^3$. Then $\\GELU'(2) = 12$ and $\\GELU'(2) = 0$."
    assert [s.verdict for s in steps(defined)[-2:]] == [OK, WRONG]


AT_A_POINT = "At $x = 1$ the slope is small.\n"


def test_a_function_defined_after_its_letter_was_given_a_value():
    # "at $x = 1$" earlier: `f(x) = x^2` still defines f (x its parameter); it was a claim about f(1), and every
    # f'(·) after it "a function the file does not define"
    text = AT_A_POINT + "Let $f(x) = x^2 \\sin x$. Then $f'(2) = 4\\sin 2 + 4\\cos 2$ and $f(3) = 9\\sin 3$."
    assert [s.verdict for s in steps(text)[-2:]] == [OK, OK]
    dropped = text.replace("4\\sin 2 + 4\\cos 2", "4\\sin 2")      # the product rule's second term dropped
    assert steps(dropped)[-2].verdict == WRONG
    # a formula in x after that still has two readings (x = 1, or any x): not confirmed on the point
    formula = AT_A_POINT + "Let $f(x) = x^2$. Then $f'(x) = x + 1$."
    assert steps(formula)[-1].verdict == UNVERIFIED


def test_a_value_at_a_given_point_stays_a_claim():
    # `f(w_3) = 2(1.464 - 3)^2 + 1` with w_3 a number: f's value there (a claim), not a definition of f
    text = "Let $w_3 = 1.464$.\n$f(w_3) = 2(1.464 - 3)^2 + 1 = 5.7186$."
    value = steps(text)[-2]
    assert value.verdict == UNVERIFIED and "does not define" in value.detail


def test_the_slope_of_a_defined_function_at_its_kink_is_a_convention():
    # φ(x) = max(αx, x) at x = 0: SymPy's Heaviside(0) = 1/2 gave φ'(0) = 0.505, and `φ'(x) = 1` was wrong there
    text = ("At $x = 0$ there is no derivative. With $\\alpha = 0.01$, $\\phi(x) = \\max(\\alpha x, x)$, so "
            "$\\phi'(x) = 1$ and $\\phi'(2) = 1$ and $\\phi'(-2) = 0.01$.")
    out = steps(text)
    assert out[-3].verdict == UNVERIFIED and "kink" in out[-3].detail
    assert [s.verdict for s in out[-2:]] == [OK, OK]
    assert steps(text.replace("\\phi'(-2) = 0.01", "\\phi'(-2) = 1"))[-1].verdict == WRONG


BATCH = "The batch is $x = (1.0, 3.0, 4.0, 8.0)$ with $N = 4$.\n"


def test_a_statistic_the_file_defines_over_the_data_has_its_value():
    # μ_B = (1/N)Σx_i inside another sum over the data: its value there is what the name means (was "a value of a
    # sum of the data", unverified, because μ_B was a formula and not a number the problem gave)
    text = BATCH + ("\\[ \\mu_B = \\frac{1}{N}\\sum_{i=1}^{N} x_i = 4, \\qquad "
                    "\\frac{1}{N}\\sum_{i=1}^{N}(x_i - \\mu_B)^2 = \\frac{1}{4}(9 + 1 + 0 + 16) \\]")
    assert steps(text)[-1].verdict == OK
    assert steps(text.replace("(9 + 1 + 0 + 16)", "(9 + 1 + 0 + 6)"))[-1].verdict == WRONG
    # an estimate (a hat: a result the file claims, which may be wrong) is not taken as a definition this way
    estimate = BATCH + ("\\[ \\hat\\mu = \\frac{1}{N - 1}\\sum_{i=1}^{N} x_i, \\qquad "
                        "\\frac{1}{N}\\sum_{i=1}^{N}(x_i - \\hat\\mu)^2 = 7 \\]")
    assert steps(estimate)[-1].verdict != OK


def test_inequalities_between_statistics_by_jensen_gibbs_and_a_variance():
    # `\mathbb E[X^2] \ge (\mathbb E X)^2`, `\ln\mathbb E[X] \ge \mathbb E[\ln X]`, `KL ≥ 0`, `Var ≥ 0` were all
    # "holds only for some values of its symbols"
    right = ["\\mathbb{E}[X^2] \\ge (\\mathbb{E}X)^2", "\\ln\\mathbb{E}[X] \\ge \\mathbb{E}[\\ln X]",
             "\\mathbb{E}[e^X] \\ge e^{\\mathbb{E}[X]}", "\\mathrm{KL}(p\\,\\|\\,q) \\ge 0",
             "\\operatorname{Var}(X) \\ge 0", "\\mathbb{E}[X^2] - (\\mathbb{E}X)^2 \\ge 0"]
    for claim in right:
        assert steps(f"So ${claim}$.")[-1].verdict == OK, claim
    # the reverse of each is caught; the strict form of a gap that may be 0 is left open
    reversed_ = ["\\mathbb{E}[X^2] \\le (\\mathbb{E}X)^2", "\\ln\\mathbb{E}[X] \\le \\mathbb{E}[\\ln X]",
                 "\\mathbb{E}[e^X] \\le e^{\\mathbb{E}[X]}", "\\operatorname{Var}(X) < 0"]
    for claim in reversed_:
        assert steps(f"So ${claim}$.")[-1].verdict == WRONG, claim
    for claim in ("\\mathbb{E}[X^2] > (\\mathbb{E}X)^2", "\\mathbb{E}[X^3] \\ge (\\mathbb{E}X)^3"):
        assert steps(f"So ${claim}$.")[-1].verdict == UNVERIFIED, claim


BOLD_NET = ("Input $\\mathbf{x} = (0.5, 1.0)^\\top$, target $y = 1$, "
            "$W_1 = \\begin{pmatrix} 0.4 & -0.2 \\\\ 0.3 & 0.6 \\end{pmatrix}$, $b = 0.1$, "
            "$\\mathbf{v} = (0.7, -0.5)^\\top$, $c = 0.2$.\n"
            "\\[ \\mathbf{z} = W_1\\mathbf{x} + b\\mathbf{1}, \\quad \\mathbf{h} = \\sigma(\\mathbf{z}), \\quad "
            "\\hat y = \\sigma(\\mathbf{v}^\\top\\mathbf{h} + c), \\quad L = \\tfrac12(\\hat y - y)^2. \\]\n"
            "Then $v_1 = 0.7$ and $h_1 = \\sigma(0.1) = 0.5250$.\n")


def test_the_entry_of_a_bold_vector_is_a_variable_of_the_derivative():
    # v_1 of 𝐯 = (0.7, -0.5)^⊤ (and h_1 of 𝐡 = σ(𝐳)): ∂L/∂v_1 was "L does not depend on v_1"
    text = BOLD_NET + ("\\[ \\frac{\\partial L}{\\partial v_1} = (\\hat y - y)\\hat y(1 - \\hat y) h_1, \\qquad "
                       "\\frac{\\partial L}{\\partial h_1} = (\\hat y - y)\\hat y(1 - \\hat y) v_1 \\]")
    assert [s.verdict for s in steps(text)[-2:]] == [OK, OK]
    flipped = text.replace("= (\\hat y - y)\\hat y(1 - \\hat y) h_1", "= (y - \\hat y)\\hat y(1 - \\hat y) h_1")
    assert steps(flipped)[-2].verdict == WRONG
    no_slope = text.replace("= (\\hat y - y)\\hat y(1 - \\hat y) v_1", "= (\\hat y - y) v_1")   # σ' dropped
    assert steps(no_slope)[-1].verdict == WRONG


SOFTMAX = "Let $p_i = \\frac{e^{z_i}}{\\sum_{k=1}^{K} e^{z_k}}$.\n"


def test_the_softmax_jacobian_in_general_indices():
    # ∂p_i/∂z_j with p_i's sum over the z_k: z_j is one of the sum's terms (was "p_i does not depend on z_j"); checked
    # at K = 1…5 and every i, j with Kronecker's delta where the indices meet
    right = SOFTMAX + ("\\[ \\frac{\\partial p_i}{\\partial z_j} = p_i(\\delta_{ij} - p_j), \\qquad "
                       "\\frac{\\partial p_i}{\\partial z_i} = p_i(1 - p_i) \\]")
    assert [s.verdict for s in steps(right)[-2:]] == [OK, OK]
    for broken in ("p_i(\\delta_{ij} + p_j)", "-p_i p_j"):        # a flipped sign; the diagonal term dropped
        assert steps(right.replace("p_i(\\delta_{ij} - p_j)", broken))[-2].verdict == WRONG, broken
    # the diagonal read apart from the sum (z_i held fixed while Σ_k e^{z_k} moves) gave p_i: wrong, and was
    # "wrong" for a true step
    assert steps(right.replace("p_i(1 - p_i)", "p_i"))[-1].verdict == WRONG


def test_a_free_index_outside_a_sum_is_a_term_of_it():
    # y_j outside Σ_i y_i(δ_ij - p_j) is the j-th y, δ_ij Kronecker's: a true identity was "wrong" (y_j, δ_ij any
    # numbers of their own)
    text = "\\[ -\\sum_{i=1}^{K} y_i(\\delta_{ij} - p_j) = -y_j + p_j\\sum_{i=1}^{K} y_i \\]"
    assert steps(text)[-1].verdict == OK
    assert steps("\\[ \\sum_{i=1}^{K} \\delta_{ij} x_i = x_j \\]")[-1].verdict == OK
    # δ_ii under Σ_i is 1 at every term (it was a constant of the sum: `= K` came out wrong)
    assert steps("\\[ \\sum_{i=1}^{K} \\delta_{ii} = K \\]")[-1].verdict == OK
    assert steps("\\[ \\sum_{i=1}^{K} \\delta_{ii} = 1 \\]")[-1].verdict != OK
    # with p_j unbound it may be tied to the y's (p_j = y_j/Σ y_i makes the flipped sign hold): not refuted
    flipped = text.replace("= -y_j + p_j", "= y_j - p_j")
    assert steps(flipped)[-1].verdict == UNVERIFIED


def test_the_general_jacobian_is_not_read_when_an_index_letter_has_a_number():
    # "when $j = 2$" earlier: z_j may stand for z_2 already; no index reading (it gave a sign flip)
    text = ("Logits $z = (1, 2, 0.5)$; $-z_2$ moves with $z_j$ when $j = 2$. With $p_j = \\frac{e^{z_j}}{\\sum_k e^{z_k}}$,\n"
            "$\\frac{\\partial p_i}{\\partial z_j} = p_i(\\delta_{ij} - p_j)$.")
    assert steps(text)[-1].verdict != WRONG


def test_a_name_at_another_index_letter_is_its_own_unless_the_template_normalises_over_a_sum():
    # `s_i = w x_i + b`, then "one example with s_k = 2": s_k is that number (read as the template at k it made
    # `s_k = 2` a claim, and `s_k^2 = 4` unverified); p_j of softmax's p_i (a sum inside) is the template at j
    text = ("The scores are $s_i = w x_i + b$ for each example. Take one example with $s_k = 2$ and $y_k = 1$.\n"
            "Then $s_k^2 = 4$ and $s_k^2 = 5$.")
    assert [s.verdict for s in steps(text)[-2:]] == [OK, WRONG]


def test_an_earlier_parts_data_is_not_a_later_functions_arguments():
    # Q2's data x = (1, 3, 3, 5), then Q4's f(x_1, x_2) at (2, 3): x_1, x_2 are f's arguments there, not 1 and 3
    # (`x_1 x_2 = 6` was wrong, a false alarm)
    text = ("\\subsection*{Q2}\nFor data $x = (1, 3, 3, 5)$ we have $x_1 + x_2 = 4$.\n"
            "\\subsection*{Q4}\nFor $f(x_1, x_2) = x_1x_2 + \\sin x_1$ at $(2, 3)$:\n"
            "\\[ v_1 = x_1 x_2 = 6, \\qquad v_2 = \\sin x_1 = 0.9093 \\]")
    out = steps(text)
    assert out[1].verdict == OK                     # in Q2, x_1 + x_2 is the data's
    assert WRONG not in [s.verdict for s in out[-4:]]
    # in the same part the data stay the data: x_1 x_2 = 3 there
    same = "For data $x = (1, 3, 3, 5)$ we have $x_1 x_2 = 3$ and $x_1 x_2 = 6$."
    assert [s.verdict for s in steps(same)[-2:]] == [OK, WRONG]


def test_a_gradient_through_a_sum_over_other_terms_is_not_taken_entry_by_entry():
    # J = -ln σ(s_o) - Σ_k ln σ(-s_k) with s_k = u_k^⊤v: read again entry by entry, the sum stood as a constant in v
    # and the gradient came out (σ(s_o) - 1)u_o alone (the negative samples' terms dropped)
    text = ("Let $v = (0.5, -0.2)^\\top$, $u_o = (0.4, 0.3)^\\top$, $s_o = u_o^\\top v$ and $s_k = u_k^\\top v$, with\n"
            "\\[ J = -\\ln\\sigma(s_o) - \\sum_{k} \\ln\\sigma(-s_k). \\]\n"
            "Then $\\frac{\\partial J}{\\partial v} = (-0.1860, -0.1395)^\\top$.")
    last = steps(text)[-1]
    assert last.verdict == UNVERIFIED and "how it depends on v is not known" in last.detail
