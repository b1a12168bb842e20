"""Reach added in session 41 from the development sets, each beside the broken case that must stay caught (or
the reading that must not fire)."""
from helpers import tex_at as at, tex_broken as broken, tex_steps as steps
from verify.tex import OK, WRONG


SIGMOID_MLP = (
    "Let $\\mathbf a = W\\mathbf x + \\mathbf b$, $\\mathbf h = \\sigma(\\mathbf a)$, "
    "$\\hat y = \\mathbf v^\\top \\mathbf h + c$ and $L = \\frac12(\\hat y - y)^2$.\n\n"
    "$\\frac{\\partial L}{\\partial \\mathbf v} = (\\hat y - y)\\,\\mathbf h$.\n\n"
    "$\\frac{\\partial L}{\\partial \\mathbf b} = (\\hat y - y)\\,\\mathbf v \\odot \\mathbf h \\odot (1 - \\mathbf h)$.\n\n"
    "$\\nabla_{\\mathbf x} L = W^\\top((\\hat y - y)\\,\\mathbf v \\odot \\mathbf h \\odot (1 - \\mathbf h))$.\n\n"
    "$\\frac{\\partial L}{\\partial W} = (\\hat y - y)(\\mathbf v \\odot \\mathbf h \\odot (1 - \\mathbf h))"
    "\\mathbf x^\\top$.\n")


def test_sigmoid_mlp_backprop_in_vector_notation_is_checked_at_random_instances():
    # σ(𝐚) of a vector, `1 - 𝐡` (a number beside a vector), (1 + e^{-𝐚})^{-1} entry by entry: all four gradients
    # were "matrix notation with unknown shapes"
    out = steps(SIGMOID_MLP)
    for where in ("\\frac{\\partial L}{\\partial \\mathbf v}", "\\frac{\\partial L}{\\partial \\mathbf b}",
                  "\\nabla_{\\mathbf x} L", "\\frac{\\partial L}{\\partial W}"):
        step = at(out, where)
        assert step.verdict == OK and "random" in step.detail, (where, step.detail)


def test_sigmoid_mlp_backprop_slips_are_caught():
    # the input gradient without the transpose, σ' dropped, the sign of the error flipped, the outer product turned
    assert broken(SIGMOID_MLP, "= W^\\top((", "= W((", "\\nabla_{\\mathbf x} L") == WRONG
    assert broken(SIGMOID_MLP, "L = W^\\top((\\hat y - y)\\,\\mathbf v \\odot \\mathbf h \\odot (1 - \\mathbf h))",
                  "L = W^\\top((\\hat y - y)\\,\\mathbf v \\odot \\mathbf h)", "\\nabla_{\\mathbf x} L") == WRONG
    assert broken(SIGMOID_MLP, "\\mathbf b} = (\\hat y - y)", "\\mathbf b} = (y - \\hat y)",
                  "\\frac{\\partial L}{\\partial \\mathbf b}") == WRONG
    assert broken(SIGMOID_MLP, "(\\hat y - y)(\\mathbf v \\odot \\mathbf h \\odot (1 - \\mathbf h))\\mathbf x^\\top",
                  "(\\hat y - y)\\mathbf x(\\mathbf v \\odot \\mathbf h \\odot (1 - \\mathbf h))^\\top",
                  "\\frac{\\partial L}{\\partial W}") == WRONG


def test_tanh_layer_gradient_of_a_vector_entry_by_entry():
    text = ("Let $\\mathbf h = \\tanh(W\\mathbf x)$ and $J = \\mathbf u^\\top \\mathbf h$.\n\n"
            "$\\nabla_{\\mathbf x} J = W^\\top(\\mathbf u \\odot (1 - \\mathbf h^2))$.\n")
    assert at(steps(text), "\\nabla_{\\mathbf x} J").verdict == OK
    assert broken(text, "(1 - \\mathbf h^2)", "(1 + \\mathbf h^2)", "\\nabla_{\\mathbf x} J") == WRONG



TWO_LAYERS = (
    "Forward: $\\mathbf a_1 = W_1\\mathbf x + \\mathbf b_1$, $\\mathbf z_1 = \\sigma(\\mathbf a_1)$, "
    "$\\mathbf a_2 = W_2\\mathbf z_1 + \\mathbf b_2$, $L = \\frac12\\|\\mathbf a_2 - \\mathbf y\\|^2$.\n"
    "\\begin{align}\n"
    "\\bm\\delta_2 &= \\frac{\\partial L}{\\partial\\mathbf a_2} = \\mathbf a_2 - \\mathbf y, \\\\\n"
    "\\frac{\\partial L}{\\partial W_2} &= \\bm\\delta_2\\mathbf z_1^\\top, \\qquad "
    "\\frac{\\partial L}{\\partial\\mathbf b_2} = \\bm\\delta_2, \\\\\n"
    "\\bm\\delta_1 &= (W_2^\\top\\bm\\delta_2) \\odot \\mathbf z_1 \\odot (1 - \\mathbf z_1), \\\\\n"
    "\\frac{\\partial L}{\\partial W_1} &= \\bm\\delta_1\\mathbf x^\\top, \\qquad "
    "\\frac{\\partial L}{\\partial\\mathbf x} = W_1^\\top\\bm\\delta_1.\n"
    "\\end{align}\n")


def test_two_layer_backprop_with_numbered_weight_matrices_and_the_delta_convention():
    # W_1𝐱: a capital before a bold vector is a matrix (W_1 was a number, ∂L/∂W_2 "is W_1 a function of W_2?");
    # ∂L/∂𝐚_2 is taken in 𝐚_2 itself; 𝛅_1 is ∂L/∂𝐚_1 (𝐚_1 is what σ is applied to), a claim, not a definition
    out = steps(TWO_LAYERS)
    for where in ("\\frac{\\partial L}{\\partial\\mathbf a_2} = \\mathbf a_2", "\\frac{\\partial L}{\\partial W_2}",
                  "\\frac{\\partial L}{\\partial\\mathbf b_2}", "\\bm\\delta_1 =", "\\frac{\\partial L}{\\partial W_1}",
                  "\\frac{\\partial L}{\\partial\\mathbf x}"):
        step = at(out, where)
        assert step.verdict == OK and "random" in step.detail, (where, step.detail)


def test_two_layer_backprop_slips_are_caught():
    # W_2 without its transpose in 𝛅_1 (the course's common slip), the input gradient without the transpose, the
    # outer product the other way round, σ' dropped
    assert broken(TWO_LAYERS, "(W_2^\\top\\bm\\delta_2)", "W_2\\bm\\delta_2", "\\bm\\delta_1 =") == WRONG
    assert broken(TWO_LAYERS, "= W_1^\\top\\bm\\delta_1", "= W_1\\bm\\delta_1",
                  "\\frac{\\partial L}{\\partial\\mathbf x}") == WRONG
    assert broken(TWO_LAYERS, "= \\bm\\delta_1\\mathbf x^\\top", "= \\mathbf x\\bm\\delta_1^\\top",
                  "\\frac{\\partial L}{\\partial W_1}") == WRONG
    assert broken(TWO_LAYERS, " \\odot \\mathbf z_1 \\odot (1 - \\mathbf z_1)", "", "\\bm\\delta_1 =") == WRONG


def test_a_random_variable_inside_expectation_is_not_a_value_it_took_earlier():
    # `for X = 13` in one item, then `𝔼[2X] = 4𝔼[X]` in the next: 𝔼[26] = 4·𝔼[13] "does not follow from the laws",
    # unverified; X in 𝔼 is the random variable
    text = ("\\begin{enumerate}\n"
            "\\item $Z = \\frac{X - \\mu}{s}$ with $\\mu = 10$, $s = 2$; for $X = 13$, $Z = 1.5$.\n"
            "\\item For any $X$: $\\mathbb{E}[2X] = 4\\mathbb{E}[X]$ and "
            "$\\operatorname{Var}(2X) = 4\\operatorname{Var}(X)$.\n"
            "\\end{enumerate}\n")
    out = steps(text)
    wrong = at(out, "\\mathbb{E}[2X]")
    assert wrong.verdict == WRONG and "X = 13" not in wrong.detail
    assert at(out, "\\operatorname{Var}(2X)").verdict == OK
    assert at(out, "Z = 1.5").verdict == OK
