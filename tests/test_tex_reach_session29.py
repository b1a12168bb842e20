"""Reach and soundness added in session 29 from the development sets, each beside the broken case that must stay
caught (or the reading that must not fire)."""
from verify.tex import GIVEN, OK, UNVERIFIED, WRONG, check_text


def steps(text):
    return check_text(text).steps


def verdict_of(text, lhs):
    return next(s for s in steps(text) if s.lhs.strip() == lhs).verdict


OUTPUT = ("Let $\\mathbf{v} = (0.7, -0.5)^\\top$, $\\mathbf{h} = (0.2, 0.4)^\\top$, $c = 0.1$, $y = 1$, "
          "$\\hat y = \\sigma(\\mathbf{v}^\\top \\mathbf{h} + c)$ and $L = \\frac12(\\hat y - y)^2$.\n")


def test_an_entry_of_a_bold_vector_written_out_is_a_variable_of_the_derivative():
    # v_1 named nowhere, 𝐯 written out: ∂L/∂v_1 is the first entry of ∂L/∂𝐯 (it was "L does not depend on v_1")
    right = OUTPUT + "\\[ \\frac{\\partial L}{\\partial v_1} = (\\hat y - y)\\hat y(1 - \\hat y) \\cdot 0.2 \\]"
    assert steps(right)[-1].verdict == OK
    other_entry = right.replace("\\partial v_1", "\\partial v_2")      # h_2 = 0.4, not 0.2
    assert steps(other_entry)[-1].verdict == WRONG
    flipped = right.replace("(\\hat y - y)\\hat y", "(y - \\hat y)\\hat y")
    assert steps(flipped)[-1].verdict == WRONG


def test_an_entry_that_is_a_name_of_its_own_is_not_read_as_the_vectors():
    # v_1 given a value of its own: it is that name, not 𝐯's entry (L does not depend on it)
    own = OUTPUT.replace("$c = 0.1$", "$v_1 = 3$, $c = 0.1$") + \
        "\\[ \\frac{\\partial L}{\\partial v_1} = (\\hat y - y)\\hat y(1 - \\hat y) \\cdot 0.2 \\]"
    assert steps(own)[-1].verdict == UNVERIFIED


NODE = "Let $\\hat y = \\sigma(v h + c)$ and $L = \\frac12(\\hat y - y)^2$. Write $z_o = v h + c$.\n"


def test_a_derivative_with_respect_to_a_node_named_after_the_fact():
    # z_o names what ŷ is built from: ∂L/∂z_o is L written in z_o, differentiated (was "L does not depend on z_o")
    assert steps(NODE + "\\[ \\frac{\\partial L}{\\partial z_o} = (\\hat y - y)\\hat y(1 - \\hat y) \\]")[-1].verdict == OK
    dropped = NODE + "\\[ \\frac{\\partial L}{\\partial z_o} = (\\hat y - y)\\hat y \\]"
    assert steps(dropped)[-1].verdict == WRONG


def test_a_node_that_is_not_the_only_way_to_its_parts_is_not_read():
    # L also depends on c outside z_o: "∂L/∂z_o with the rest held fixed" has no one meaning; never a verdict
    both = ("Let $\\hat y = \\sigma(v h + c)$ and $L = \\frac12(\\hat y - y)^2 + c^2$. Write $z_o = v h + c$.\n"
            "\\[ \\frac{\\partial L}{\\partial z_o} = (\\hat y - y)\\hat y(1 - \\hat y) \\]")
    assert steps(both)[-1].verdict == UNVERIFIED


def test_entries_named_by_the_small_letter_follow_an_update_of_the_matrix():
    # w_{11} read (and bound) before W_1's update, w_{21} after it: both are the updated matrix's entries, not
    # one old and one new (which one was old depended on the order the names were met: a flaky verdict)
    text = ("Let $W_1 = \\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix}$.\n\nIts corner is $w_{11} = 1$.\n\n"
            "Update: $W_1 \\leftarrow \\begin{pmatrix} 2 & 2 \\\\ 5 & 4 \\end{pmatrix}$.\n\nNow $w_{21} + w_{11} = 7$.\n")
    assert steps(text)[-1].verdict == OK
    assert steps(text.replace("= 7$", "= 6$"))[-1].verdict == WRONG


RELU = ("\\newcommand{\\relu}{\\operatorname{ReLU}}\n"
        "Input $\\mathbf{x} = (2, -1)^\\top$, target $y = 1$, $\\mathbf{h} = \\relu(W_1\\mathbf{x} + \\mathbf{b}_1)$, "
        "$\\hat y = \\mathbf{w}_2^\\top\\mathbf{h} + b_2$, $L = \\frac12(\\hat y - y)^2$, with\n"
        "\\[ W_1 = \\begin{pmatrix} 0.5 & -1.0 \\\\ -0.3 & 0.8 \\\\ 1.0 & 0.5 \\end{pmatrix}, \\quad "
        "\\mathbf{b}_1 = \\begin{pmatrix} 0.1 \\\\ 0.2 \\\\ -0.4 \\end{pmatrix}, \\quad "
        "\\mathbf{w}_2 = \\begin{pmatrix} 0.6 \\\\ -0.4 \\\\ 1.2 \\end{pmatrix}, \\quad b_2 = 0.05. \\]\n")


def test_terms_of_a_derivative_worked_out_are_not_the_terms_written():
    # ∂L/∂x_1 = 0.489 + 0 + 1.956: the sum is right; SymPy's terms of the derivative (2.37 + 1.5 b_2) are not
    # what the writer's terms stand for, so no "term by term" slip is read into it
    text = RELU + "\\[ \\frac{\\partial L}{\\partial x_1} = 0.489 + 0 + 1.956 \\]"
    assert steps(text)[-1].verdict == OK, steps(text)[-1].detail
    assert steps(text.replace("1.956 \\]", "1.966 \\]"))[-1].verdict == WRONG
    # written sums keep the term-by-term reading
    slip = "\\[ \\ln 0.55 + \\ln 0.6964 = -0.5978 - 0.3619 \\]"
    assert steps(slip)[-1].verdict == WRONG


def test_a_gradient_after_an_update_of_a_scalar_is_at_the_forward_pass():
    # b_2 ← … after ŷ = 𝐰_2^⊤𝐡 + b_2 (read again from its text for ∂L/∂𝐱): ŷ keeps the b_2 before the update, as
    # the names defined from b_2 do (Scope.keep_earlier); with the updated b_2 the key's gradient was refuted
    text = RELU + ("Then $b_2 \\leftarrow 0.05 - 0.1(1.63) = -0.113$.\n\n"
                   "Key: $\\nabla_{\\mathbf{x}} L = (2.445,\\ 0)^\\top$.\n")
    assert steps(text)[-1].verdict == OK, steps(text)[-1].detail
    assert steps(text.replace("(2.445,\\ 0)", "(2.445,\\ 0.5)"))[-1].verdict == WRONG


def test_several_decimals_of_a_rewritten_side_keep_their_exact_values():
    # 0.1823 and -0.2231 stand for ln 1.2 and ln 0.8 (the side before): 0.4 × ln 0.8 = -0.08926 rounds to -0.0893, so
    # the term is right (it was read as a slip of 0.4 × 0.2231 = 0.08924)
    text = ("\\[ 0.6\\ln\\frac{0.6}{0.5} + 0.4\\ln\\frac{0.4}{0.5} = 0.6(0.1823) + 0.4(-0.2231) = 0.1094 - 0.0893 "
            "= 0.0201 \\]")
    out = steps(text)
    assert [s.verdict for s in out] == [OK, OK, OK], [(s.verdict, s.detail) for s in out]
    slipped = steps(text.replace("0.1094 - 0.0893 = 0.0201", "0.1094 - 0.0883 = 0.0211"))
    assert slipped[-2].verdict == WRONG


def test_data_points_listed_in_prose_are_the_data():
    # "Data $(x_i, y_i)$: $(1, 2)$, $(2, 3)$, $(3, 7)$": x = (1, 2, 3), y = (2, 3, 7) (it was "a value of a sum of the
    # data", so a wrong sum went unflagged)
    text = "Data $(x_i, y_i)$: $(1, 2)$, $(2, 3)$, $(3, 7)$; $n = 3$.\n\n$\\sum_i x_iy_i = 2 + 6 + 21$\n"
    out = steps(text)
    assert out[0].verdict == GIVEN and "3 points" in out[0].detail
    assert out[-1].verdict == OK
    assert steps(text.replace("2 + 6 + 21", "2 + 6 + 20"))[-1].verdict == WRONG
    # one region with the list, too; points of unequal length are not data
    assert steps("The points $(x_i, y_i)$ are $(1, 2), (2, 3), (3, 7)$.\n\n$\\sum_i x_i^2 = 15$")[-1].verdict == WRONG
    ragged = steps("Data $(x_i, y_i)$: $(1, 2)$, $(2, 3, 4)$.\n\n$\\sum_i x_i^2 = 15$")
    assert all(s.verdict != GIVEN for s in ragged) and ragged[-1].verdict != WRONG


def test_a_capital_i_applied_at_the_head_of_a_definition_is_a_function():
    # `I(p) = \frac{1}{p(1 - p)}` (the Fisher information) defines I; it was I·p, a claim refuted (a false alarm),
    # and `nI(p)` after it a product
    text = ("For one Bernoulli observation the Fisher information is $I(p) = \\frac{1}{p(1 - p)}$.\n\n"
            "With $n = 50$: $\\frac{1}{nI(p)} = \\frac{p(1 - p)}{n}$.\n")
    out = steps(text)
    assert out[0].verdict == GIVEN and "function I" in out[0].detail
    assert out[-1].verdict == OK
    assert steps(text.replace("= \\frac{p(1 - p)}{n}", "= \\frac{p}{n}"))[-1].verdict == WRONG
