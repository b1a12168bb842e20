"""Reach added in session 39 from the development sets, each beside the broken case that must stay caught (or
the reading that must not fire)."""
from helpers import tex_at as at, tex_steps as steps
from verify.tex import OK, UNVERIFIED, WRONG

GAMMA = ("Prior $\\mathrm{Gamma}(\\alpha, \\beta)$ with $\\alpha = 2$, $\\beta = 0.5$ and counts $y = (4, 5, 3)$, "
         "$n = 3$:\n$$\\alpha' = \\alpha + \\textstyle\\sum_i y_i = 14, \\qquad \\beta' = \\beta + n = 3.5$$\n")


def test_a_name_restated_just_after_its_data_were_given_afresh_may_be_a_new_case():
    # `y = (0, 2)` on a new board, then α' = 1 + 2: a claim about α' = 14, or the new example's α'; before, a
    # false alarm ("using α' = 14")
    out = steps(GAMMA + "A student's example: prior $\\mathrm{Gamma}(1, 1)$, counts $y = (0, 2)$: "
                "$\\alpha' = 1 + 2 = 3$.\n")
    new = at(out, "\\alpha' = 1 + 2")
    assert new.verdict == UNVERIFIED and "new case" in new.detail
    # nothing given afresh: a claim about the first α', and wrong
    same = steps(GAMMA + "So $\\alpha' = 1 + 2 = 3$.\n")
    assert at(same, "\\alpha' = 1 + 2").verdict == WRONG
    # data given long before the restatement do not make it a new case
    far = steps(GAMMA + "Other counts $y = (0, 2)$ are kept for later.\n\nThe prior is as before.\n\n"
                "Hence\n$$\\alpha' = 1 + 2$$\n")
    assert at(far, "\\alpha' = 1 + 2").verdict == WRONG


RESTATED = (
    "\\[\nz_o = 0.7(0.5498) - 0.5(0.6682) + 0.2 = 0.2508, \\qquad \\hat y = \\sigma(0.2508) = 0.5624,\n\\]\n"
    "\\begin{align*}\n\\delta_o &= (\\hat y - y)\\,\\hat y(1 - \\hat y) = (-0.4376)(0.5624)(0.4376) = -0.1077, \\\\\n"
    "\\delta_1 &= \\delta_o v_1\\sigma'(z_1) = -0.1077(0.7)(0.2475) = -0.01866, & "
    "\\delta_2 &= \\delta_o v_2\\sigma'(z_2) = -0.1077(-0.5)(0.2271) = 0.01223,\n\\end{align*}\n"
    "\\begin{align*}\nz_o &= 0.7296(0.55355) - 0.4640(0.66728) + 0.25385 = 0.34810\n\\end{align*}\n"
    "\\[\n\\nabla_{\\bm x}L = W_1\\bm\\delta = \\begin{pmatrix} 0.4 & -0.6 \\\\ 0.2 & 0.8 \\end{pmatrix}"
    "\\begin{pmatrix} -0.01866 \\\\ 0.01194 \\end{pmatrix} = \\begin{pmatrix} -0.01463 \\\\ 0.00582 \\end{pmatrix}\n\\]\n")


def test_names_whose_entries_have_no_value_do_not_stop_the_chain():
    # δ_1, δ_2 bound to formulas with no value (z_1, σ' unknown) while 𝛅's entries were looked up: the chain was
    # "could not check this chain (AttributeError)" and its written matrix product was lost
    out = steps(RESTATED)
    assert not any("could not check this chain" in s.detail for s in out)
    product = at(out, "\\begin{pmatrix} 0.4 & -0.6")
    assert product.verdict == OK
    broken = steps(RESTATED.replace("-0.01463", "-0.01563"))
    assert at(broken, "\\begin{pmatrix} 0.4 & -0.6").verdict == WRONG




# the smallest part of a development file (a TA module's backward pass with numbers) on which it happened
BACKWARD = r"""\newcommand{\activity}[2]{\subsection*{Activity #1: #2}}
\[
z_j = \bm w_j^\top\bm x + b, \qquad h_j = \sigma(z_j), \qquad z_o = \bm v^\top\bm h + c, \qquad \hat y = \sigma(z_o), \qquad L = \tfrac12(\hat y - y)^2,
\]
\activity{3}{one backward pass with numbers}
$\bm x = (1.0,\ 0.5)^\top$, $y = 1$, $b = 0.1$, $c = 0.2$,
$z_1 = 0.4(1.0) - 0.6(0.5) + 0.1 = 0.2$ and $z_2 = 0.2(1.0) + 0.8(0.5) + 0.1 = 0.7$, so
$h_1 = \sigma(0.2) = 0.5498$ and $h_2 = \sigma(0.7) = 0.6682$.
\[
z_o = 0.7(0.5498) - 0.5(0.6682) + 0.2 = 0.3849 - 0.3341 + 0.2 = 0.2508, \qquad \hat y = \sigma(0.2508) = 0.5624,
\]
\begin{align*}
\delta_o &= (\hat y - y)\,\hat y(1 - \hat y) = (-0.4376)(0.5624)(0.4376) = -0.1077, & \pd{L}{c} &= \delta_o = -0.1077, \\
\delta_1 &= \delta_o v_1\sigma'(z_1) = -0.1077(0.7)(0.2475) = -0.01866, & \delta_2 &= \delta_o v_2\sigma'(z_2) = -0.1077(-0.5)(0.2271) = 0.01223,
\end{align*}
\[
\sigma'(z_2) = 0.2217, \qquad \delta_2 = -0.1077(-0.5)(0.2217) = 0.01194, \qquad \pd{L}{b} = -0.01866 + 0.01194 = -0.00672,
\]
\[
\nabla_{\bm x}L = W_1\bm\delta = \begin{pmatrix} 0.4 & -0.6 \\ 0.2 & 0.8 \end{pmatrix}\begin{pmatrix} -0.01866 \\ 0.01194 \end{pmatrix} = \begin{pmatrix} -0.01463 \\ 0.00582 \end{pmatrix},
\]
"""
NORM = r"and $\lVert\nabla_{\bm x}L\rVert = \sqrt{0.01463^2 + 0.00582^2} = 0.01575$."


def test_a_root_of_numbers_with_huge_exact_values_is_still_checked():
    # the decimals of 𝛅's product are known exactly (nested sigmoids): squaring them under a root made SymPy's
    # perfect-power test overflow ("could not check: too large"); the decimals as written decide it
    assert at(steps(BACKWARD + NORM), "\\sqrt{0.01463^2").verdict == OK
    assert at(steps(BACKWARD + NORM.replace("0.01575", "0.01675")), "\\sqrt{0.01463^2").verdict == WRONG


WEIGHTS = ("Input $\\bm x = (0.5,\\ 1.0)^\\top$, target $y = 1$, "
           "$W_1 = \\begin{pmatrix} 0.4 & -0.2 \\\\ 0.3 & 0.6 \\end{pmatrix}$, $b = 0.1$, $\\bm v = (0.7,\\ -0.5)^\\top$, "
           "$c = 0.2$.\n\\[\nz_j = \\mathbf{w}_j^\\top\\bm x + b, \\qquad h_j = \\sigma(z_j), \\qquad "
           "\\hat y = \\sigma(\\bm v^\\top\\bm h + c), \\qquad L = \\tfrac12(\\hat y - y)^2\n\\]\n"
           "with $z_o = \\bm v^\\top\\bm h + c$, $\\delta_o = \\frac{\\partial L}{\\partial z_o}$ and "
           "$\\delta_j = \\frac{\\partial L}{\\partial z_j}$.\n")


def test_a_weight_row_times_a_written_out_input_is_read_in_its_entries():
    # 𝐰_j^⊤𝐱 with 𝐱 written out was "a number times each entry of 𝐱" (z_j a vector), so L "did not depend on b"
    out = steps(WEIGHTS + "$$\\frac{\\partial L}{\\partial b} = \\delta_1 + \\delta_2$$\n"
                "$$\\frac{\\partial L}{\\partial c} = \\delta_o$$\n")
    assert at(out, "\\frac{\\partial L}{\\partial b}").verdict == OK
    assert at(out, "\\frac{\\partial L}{\\partial c}").verdict == OK
    broken = steps(WEIGHTS + "$$\\frac{\\partial L}{\\partial b} = \\delta_2$$\n"
                   "$$\\frac{\\partial L}{\\partial c} = -\\delta_o$$\n")
    assert at(broken, "\\frac{\\partial L}{\\partial b}").verdict == WRONG
    assert at(broken, "\\frac{\\partial L}{\\partial c}").verdict == WRONG


def test_a_square_weight_matrix_gives_rows_or_columns_and_a_value_needs_both():
    # 𝐰_j^⊤ is row j of W (z = W𝐱 + b) or, as some write it (z = W^⊤𝐱 + b), column j: a claim that holds in one
    # reading only is unverified, naming both; wrong in both, it is wrong
    by_rows = steps(WEIGHTS + "$$z_1 = 0.4(0.5) + (-0.2)(1.0) + 0.1$$\n")
    by_columns = steps(WEIGHTS + "$$z_1 = 0.4(0.5) + 0.3(1.0) + 0.1$$\n")
    for out in (by_rows, by_columns):
        assert at(out, "z_1 =").verdict == UNVERIFIED and "a column of it" in at(out, "z_1 =").detail
    neither = steps(WEIGHTS + "$$z_1 = 0.4(0.5) + 0.6(1.0) + 0.1$$\n")
    assert at(neither, "z_1 =").verdict == WRONG


def test_a_second_example_gives_the_input_of_a_weight_row_afresh():
    # z_1 worked with 𝐱 = (0.5, 1.0), then a second example's 𝐱: z_1 again is the new example's (or a claim about the
    # first): never wrong for the new value
    text = WEIGHTS + "$$z_1 = 0.4(0.5) + (-0.2)(1.0) + 0.1 = 0.1$$\nSecond example: $\\bm x = (1.0,\\ 0.0)^\\top$.\n" \
        "$$z_1 = 0.4(1.0) + (-0.2)(0.0) + 0.1 = 0.5$$\n"
    assert at(steps(text), "z_1 = 0.4(1.0)").verdict != WRONG


def test_a_units_own_bias_is_the_entry_of_the_bias_vector():
    # a_j = 𝐰_j^⊤𝐱 + b_j with 𝐛 written out: b_1 is 𝐛's first entry (it was two readings, and a forward pass
    # written with it rested on a step that could not be checked)
    head = ("$\\mathbf x = (1.0,\\ -1.0)$, $W = \\begin{pmatrix} 0.5 & 0.2 \\\\ -0.3 & 0.8 \\end{pmatrix}$, "
            "$\\mathbf b = (0.1,\\ -0.1)$, $\\mathbf v = (1.0,\\ -0.5)$, $c = 0.2$, $y = 0$.\n"
            "\\[\na_j = \\mathbf w_j^\\top\\mathbf x + b_j, \\qquad h_j = \\tanh(a_j), \\qquad "
            "\\hat y = \\mathbf v^\\top\\mathbf h + c, \\qquad L = \\tfrac12(\\hat y - y)^2\n\\]\n"
            "$$\\delta_1 = \\frac{\\partial L}{\\partial a_1}$$\n")
    out = steps(head + "$$\\frac{\\partial L}{\\partial b_1} = \\delta_1$$\n")
    assert at(out, "\\frac{\\partial L}{\\partial b_1}").verdict == OK
    broken = steps(head + "$$\\frac{\\partial L}{\\partial b_1} = -\\delta_1$$\n")
    assert at(broken, "\\frac{\\partial L}{\\partial b_1}").verdict == WRONG


def test_inputs_that_sympy_refuses_are_reported_on_their_step_not_the_chain():
    # max(0, Z) of a random variable, a case condition on a vector, g' of a vector: SymPy raised inside the chain
    # ("could not check this chain (ValueError)"), and the links that can be read were lost with it
    relu = "$\\bm z = (0.5,\\ -4)$.\n$$\\operatorname{ReLU}'(\\bm z) = \\begin{cases} 1, & \\bm z > 0, \\\\ 0, & \\bm z < 0, " \
        "\\end{cases}$$\n"
    score = "$\\bm z = (1,\\ 2)$ and $\\mathbb E[\\bm z\\,g(\\bm z)] = \\mathbb E[g'(\\bm z)]$.\n"
    mean = "For $Z \\sim \\mathcal N(0, 1)$: $\\mathbb E[\\max(0, Z)] = \\frac{1}{\\sqrt{2\\pi}} = 0.3989$.\n"
    for text in (relu, score, mean):
        out = steps(text)
        assert not any("could not check this chain" in s.detail for s in out), text
    assert at(steps(mean), "\\frac{1}{\\sqrt{2\\pi}} = 0.3989").verdict == OK
    assert at(steps(mean.replace("0.3989", "0.3889")), "\\frac{1}{\\sqrt{2\\pi}} = 0.3889").verdict == WRONG


def test_an_order_term_or_an_inverse_sympy_cannot_form_is_reported_on_its_step():
    # O(‖(x, y)‖^3) (no leading term of a norm) and (X^⊤WX)^{-1} with W = I a name: SymPy raised, and the chain was
    # lost; now the step says what cannot be read and the chain's other links are checked
    taylor = "$f(x, y) = y + xy + O(\\|(x, y)\\|^3)$ and $1 + 1 = 3$.\n"
    out = steps(taylor)
    assert not any("could not check this chain" in s.detail for s in out)
    assert at(out, "1 + 1").verdict == WRONG
    newton = ("$X = \\begin{bmatrix} 1 & 1 \\\\ 1 & 2 \\end{bmatrix}$, $W = I$, $\\mathbf z = (0, 1)^\\top$:\n"
              "$$(X^\\top W X)^{-1}X^\\top W\\mathbf z = (-1,\\ 1)^\\top = (-1.0,\\ 1.0)^\\top$$\n")
    out = steps(newton)
    assert not any("could not check this chain" in s.detail for s in out)
    assert at(out, "(-1,\\ 1)^\\top").verdict == OK
    assert at(steps(newton.replace("(-1.0,", "(-1.5,")), "(-1,\\ 1)^\\top").verdict == WRONG
