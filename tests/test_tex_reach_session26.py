"""Reach added in session 26 from the development sets, each beside the broken case that must stay caught."""
import pytest

from verify.tex import CARRIED, GIVEN, OK, UNVERIFIED, WRONG, check_text

LEAST_SQUARES = ("Let $X = \\begin{pmatrix} 1 & 1 \\\\ 1 & 2 \\\\ 1 & 3\\end{pmatrix}$ and "
                 "$r = (-\\tfrac16, \\tfrac13, -\\tfrac16)^\\top$.\n")


def verdicts(text):
    return [s.verdict for s in check_text(text).steps]


@pytest.mark.parametrize("zero", ["0", "\\mathbf 0", "\\mathbf{0}", "\\vec 0"])
def test_a_vector_equal_to_zero_is_the_zero_of_its_shape(zero):
    # `X^\top r = 0` (the residual orthogonal to the columns): was "one side is a matrix, the other is not"
    assert verdicts(LEAST_SQUARES + f"$X^\\top r = {zero}$")[-1] == OK
    assert verdicts(LEAST_SQUARES + f"$X^\\top X = {zero}$")[-1] == WRONG


SHARED_BIAS = ("With $z = W_1 x + b\\mathbf 1$, $h = \\sigma(z)$, $a = v^\\top h + c$. Test point:\n"
               "\\[ x = \\begin{pmatrix} 1.0\\\\ 0.5 \\end{pmatrix},\\quad W_1 = \\begin{pmatrix} 0.4 & -0.6\\\\ 0.3 & 0.8"
               " \\end{pmatrix},\\quad v = \\begin{pmatrix} 1.2\\\\ -0.7 \\end{pmatrix},\\quad b = 0.1,\\quad c = 0.05. \\]\n")


def test_the_vector_of_ones_broadcasts_a_shared_bias():
    # `b\mathbf 1` was a free symbol "1": z, h and every number after them were "not checked when symbols are free"
    out = verdicts(SHARED_BIAS + "$z = \\begin{pmatrix} 0.4 - 0.3 + 0.1\\\\ 0.3 + 0.4 + 0.1 \\end{pmatrix}$, "
                                 "$a = 1.2 \\times 0.5498 - 0.7 \\times 0.6900 + 0.05 = 0.2268$")
    assert out[-3:] == [OK, OK, OK]
    assert verdicts(SHARED_BIAS + "$z = \\begin{pmatrix} 0.4 + 0.3 + 0.1\\\\ 0.3 + 0.4 + 0.1 \\end{pmatrix}$")[-1] \
        == WRONG
    # without the bias: b left out of the first entry
    assert verdicts(SHARED_BIAS + "$z = \\begin{pmatrix} 0.1\\\\ 0.8 \\end{pmatrix}$")[-1] == WRONG


def test_n_never_given_is_the_number_of_data_points_of_the_part():
    data = "Data $x = (1, 0, 1, 1, 0, 1, 1, 1)$, so $\\hat p = 0.75$.\n"
    out = check_text(data + "The standard error is $\\sqrt{\\hat p(1 - \\hat p)/n} = \\sqrt{0.75 \\times 0.25/8} "
                            "= 0.1531$").steps
    assert out[-2].verdict == OK and "n = 8" in out[-2].detail
    # the variance bound written for the standard error: not a square root (wrong with n = 8)
    assert verdicts(data + "$\\sqrt{\\hat p(1 - \\hat p)/n} = 0.0234$")[-1] == WRONG
    # vectors of two lengths in the part: which count n is is not known, so nothing is decided with it
    two = data.replace(".\n", ", $y = (1, 2)$.\n")
    assert verdicts(two + "$\\sqrt{\\hat p(1 - \\hat p)/n} = 0.1531$")[-1] not in (OK, WRONG)


@pytest.mark.parametrize("left, right, slip", [
    ("\\frac18(0, 4)^\\top", "(0, 0.5)^\\top", "(0, 0.6)^\\top"),
    ("\\begin{pmatrix} 1 & 0 \\\\ 0 & 2\\end{pmatrix}(5, 6)^\\top", "(5, 12)^\\top", "(5, 11)^\\top"),
    ("\\sqrt{4}(1, 1)", "(2, 2)", "(2, 1)"),
])
def test_a_list_after_a_fraction_a_root_or_a_matrix_is_a_vector(left, right, slip):
    # was "unexpected ','": the list read as the arguments of what came before it
    assert verdicts(f"${left} = {right}$") == [OK]
    assert verdicts(f"${left} = {slip}$") == [WRONG]


def test_a_bare_argument_ends_at_the_next_operator_name():
    # `\det A \det B` read as det(A·det B) was a second reading, so the product rule came out "two readings"
    assert verdicts("$\\det A \\det B = \\det(AB)$") == [OK]
    assert verdicts("$\\det A \\det B = \\det(A + B)$") == [WRONG]
    assert verdicts("$\\operatorname{tr} A \\operatorname{tr} B = \\operatorname{tr}(AB)$") == [WRONG]


def test_a_short_result_of_a_wrong_step_in_the_paragraph_is_carried_into_the_next_iterate():
    # g_1 = 2(1.4 - 3) = -3.4 (wrong: -3.2), then w_2 = 1.4 - 0.1(-3.4): the -3.4 has two digits, which alone read
    # as an input, but the wrong step just above wrote it
    text = ("We minimise $f(w) = (w - 3)^2$ from $w_0 = 1$ with $\\eta = 0.1$.\n\\[\n\\begin{aligned}\n"
            "w_1 &= w_0 - \\eta f'(w_0) = 1 - 0.1 \\cdot (-4) = 1.4, \\\\\n"
            "g_1 &= 2(1.4 - 3) = %s, \\\\\nw_2 &= 1.4 - 0.1(%s) = %s.\n\\end{aligned}\n\\]\n")
    out = check_text(text % ("-3.4", "-3.4", "1.74")).steps
    assert [s.verdict for s in out[-4:]] == [GIVEN, WRONG, CARRIED, OK]
    assert [s.verdict for s in check_text(text % ("-3.2", "-3.2", "1.72")).steps[-4:]] == [GIVEN, OK, GIVEN, OK]
    # a number the problem gave is an input, even when a wrong step wrote it too
    given = text.replace("with $\\eta = 0.1$", "with $\\eta = 0.1$ and $c = 3.4$")
    assert check_text(given % ("-3.4", "-3.4", "1.74")).steps[-2].verdict == GIVEN


def test_an_estimate_over_the_data_is_checked_against_the_equation_it_solves():
    # `ℓ'(θ) = 4/θ - 4.5 = 0 ⇒ θ̂ = Σ_i t_i / 4`: the sum kept it from being compared with the root (8/9), so the
    # inverted estimate was a definition and `e^{-θ̂} = e^{-1.125}` after it was called ok
    text = ("Lifetimes $t = (0.5, 1.2, 0.3, 2.5)$.\n\\[ \\ell(\\theta) = 4\\log\\theta - 4.5\\,\\theta \\]\n"
            "\\[ \\ell'(\\theta) = \\frac{4}{\\theta} - 4.5 = 0 \\;\\Rightarrow\\; \\hat\\theta = %s \\]\n"
            "so $e^{-\\hat\\theta} = %s$")
    out = verdicts(text % ("\\frac{\\sum_i t_i}{4} = 1.125", "e^{-1.125}"))
    assert out[-3:-1] == [WRONG, OK] and out[-1] != OK
    out = verdicts(text % ("\\frac{4}{\\sum_i t_i} = 0.8889", "e^{-0.8889}"))
    assert WRONG not in out and out[-1] == OK


def test_a_trace_copying_an_input_gives_the_input_its_value():
    # `v_1 = x_1 = 1` with x_1 named nowhere else: "no value known for x_1", and every step of the trace after it
    # rested on an unchecked value
    text = ("with $f(x_1, x_2) = x_1^2x_2 + e^{x_1x_2}$,\n\\begin{align*}\n"
            "v_1 &= x_1 = 1, \\\\ v_2 &= x_2 = 0.5, \\\\ v_3 &= v_1^2 = 1, \\\\ v_4 &= v_3 v_2 = %s\n\\end{align*}\n")
    assert verdicts(text % "0.5")[-3:] == [OK, GIVEN, OK]
    assert verdicts(text % "0.6")[-1] == WRONG
    # an input the file gave as a vector is claimed about, not given again
    vector = "Let $x = (1, 0.5)$.\n\\begin{align*}\nv_1 &= x_1 = 2\n\\end{align*}\n"
    assert verdicts(vector)[-1] == WRONG


def test_a_trace_name_of_an_earlier_part_gives_way_to_the_entry_of_a_bold_vector():
    # v_1 = x_1 = 1 in a forward trace, then under a new heading 𝐯 = (0.8, -0.6): the v_1 there is 𝐯's entry, and
    # `δ_1 = δ v_1 = -0.22 \times 0.8` was called wrong with the trace's v_1 = 1
    text = ("\\section{Trace}\n\\begin{align*}\nv_1 &= x_1 = 1, \\\\ v_2 &= x_2 = 0.5\n\\end{align*}\n"
            "\\section{Network}\nLet $\\mathbf v = (0.8, -0.6)$ and $\\delta = -0.22$.\n"
            "$\\delta_1 = \\delta\\,v_1 = -0.22 \\times 0.8 = -0.176$")
    assert WRONG not in verdicts(text)


def test_a_letter_reused_for_the_vector_of_its_entries():
    # δ = ŷ - y a number, δ_1 and δ_2 worked out after it, then `W_1^\top δ`: the shapes do not fit with the number;
    # read with δ = (δ_1, δ_2)^⊤ (hand work reuses the letter), the transpose dropped is caught
    text = ("Let $W_1 = \\begin{pmatrix} 0.3 & 0.1 \\\\ -0.2 & 0.4 \\end{pmatrix}$, $\\hat y = 0.7$, $y = 1$, "
            "$\\delta = \\hat y - y = -0.3$.\n$\\delta_1 = 0.2418$, $\\delta_2 = -0.1593$.\n"
            "$%s = \\begin{pmatrix} 0.1044 \\\\ -0.0395\\end{pmatrix}$")
    assert verdicts(text % "W_1^\\top \\delta")[-1] == OK
    assert verdicts(text % "W_1 \\delta")[-1] == WRONG
    # without the entries it stays undecided
    assert verdicts(text.replace("$\\delta_1 = 0.2418$, $\\delta_2 = -0.1593$.", "") % "W_1^\\top \\delta")[-1] \
        == UNVERIFIED
    # entries resting on a wrong step are not read as the vector (right arithmetic on them would be called ok)
    slipped = text.replace("$\\delta_2 = -0.1593$", "$\\delta_2 = -0.5 \\times 0.3 = -0.16$").replace(
        "0.1044 \\\\ -0.0395", "0.1045 \\\\ -0.0398")
    assert "0.1045" in slipped and verdicts(slipped % "W_1^\\top \\delta")[-1] != OK
