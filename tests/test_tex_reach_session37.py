"""Reach added in session 37 from the development sets, each beside the broken case that must stay caught (or
the reading that must not fire)."""
from helpers import tex_at as at, tex_steps as steps
from verify.tex import GIVEN, OK, UNVERIFIED, WRONG

GRAPH = ("$z_j = w_{j1}x_1 + w_{j2}x_2 + b$, $h_j = \\sigma(z_j)$, $u = v_1h_1 + v_2h_2 + c$ and "
         "$J = \\frac12(u - y)^2$.\n")


def test_names_a_graph_takes_in_are_held_fixed_by_its_partial_derivatives():
    # w_11, x_1, v_1 are never defined: they are inputs of the graph the file wrote, held fixed by ∂J/∂b; before,
    # "meaning of w_11 unknown: is it a function of b?"
    out = steps(GRAPH + "$\\frac{\\partial z_1}{\\partial b} = 1$ and "
                "$\\frac{\\partial J}{\\partial b} = (u - y)(v_1h_1(1 - h_1) + v_2h_2(1 - h_2))$.\n")
    assert at(out, "\\frac{\\partial z_1}").verdict == OK
    assert at(out, "\\frac{\\partial J}{\\partial b}").verdict == OK
    broken = steps(GRAPH + "$\\frac{\\partial J}{\\partial b} = (u - y)(v_1h_1(1 - h_1) - v_2h_2(1 - h_2))$ and "
                   "$\\frac{\\partial J}{\\partial b} = (u - y)v_1h_1(1 - h_1)$.\n")
    assert [s.verdict for s in broken if "\\partial J" in s.lhs] == [WRONG, WRONG]


def test_a_claim_in_an_index_letter_instances_names_the_graph_takes_in():
    # ∂u/∂h_j = v_j: v_1 and v_2 are taken in by u's definition, so each instance is a claim the file settles
    out = steps(GRAPH + "$\\frac{\\partial u}{\\partial h_j} = v_j$ and "
                "$\\frac{\\partial J}{\\partial z_j} = (u - y)v_jh_j(1 - h_j)$.\n")
    assert [s.verdict for s in out if "\\partial" in s.lhs] == [OK, OK]
    broken = steps(GRAPH + "$\\frac{\\partial J}{\\partial z_j} = (u - y)v_jh_j$.\n")
    assert at(broken, "\\frac{\\partial J}").verdict == WRONG


def test_inputs_are_held_fixed_only_over_numbers():
    # with vectors and matrices in the graph, the scalar derivative of a stand-in would pass W_1δ_1 for ∂L/∂x
    out = steps("$a = W_1x$, $h = \\sigma(a)$, $\\hat y = w_2^\\top h$, $L = \\frac12(\\hat y - y)^2$ and "
                "$\\delta_1 = \\frac{\\partial L}{\\partial a}$. Then $\\frac{\\partial L}{\\partial x} = W_1\\delta_1$ "
                "and $\\frac{\\partial L}{\\partial W_1} = x\\delta_1^\\top$.\n")
    assert at(out, "\\frac{\\partial L}{\\partial x}").verdict == UNVERIFIED
    assert at(out, "\\frac{\\partial L}{\\partial W_1}").verdict == UNVERIFIED
    # a sum's stand-in is no input: ∂p_1/∂z_1 with p_j a softmax over written-out z is not taken with it fixed
    out = steps("Logits $z = (1, 2, 0.5)$, $p_j = \\frac{e^{z_j}}{\\sum_k e^{z_k}}$, so "
                "$\\frac{\\partial p_1}{\\partial z_1} = 0.2312 \\times 0.7688$.\n")
    assert at(out, "\\frac{\\partial p_1}").verdict != WRONG


SHARED = ("$a_j = \\mathbf{w}_j^\\top\\mathbf{x} + b$ and $h_j = \\sigma(a_j)$, output $\\hat y = v_1h_1 + v_2h_2 + c$ "
          "and loss $L = \\frac12(\\hat y - y)^2$.\n")


def test_an_inner_product_of_vectors_not_written_out_stands_as_one_number_in_a_slope():
    # a_1 of `a_j = 𝐰_j^⊤𝐱 + b` was not read (vectors of unknown size), so ∂L/∂b was "L does not depend on b"
    out = steps(SHARED + "$\\frac{\\partial a_1}{\\partial b} = 1$, "
                "$\\frac{\\partial L}{\\partial b} = (\\hat y - y)(v_1h_1(1 - h_1) + v_2h_2(1 - h_2))$ and "
                "$\\frac{\\partial L}{\\partial a_j} = (\\hat y - y)v_jh_j(1 - h_j)$.\n")
    assert [s.verdict for s in out if "\\partial" in s.lhs] == [OK, OK, OK]
    broken = steps(SHARED + "$\\frac{\\partial L}{\\partial b} = (\\hat y - y)(v_1h_1(1 - h_1) - v_2h_2(1 - h_2))$.\n")
    assert at(broken, "\\frac{\\partial L}{\\partial b}").verdict == WRONG
    # what goes through the stand-in (an entry of 𝐱 or 𝐰_1, or 𝐱 itself) is not known, and is not 0
    out = steps(SHARED + "$\\frac{\\partial a_1}{\\partial x_1} = 0$ and $\\frac{\\partial a_1}{\\partial x_1} = w_{11}$ "
                "and $\\frac{\\partial L}{\\partial \\mathbf{x}} = 0$ and $\\frac{\\partial a_1}{\\partial \\mathbf{x}} = "
                "\\mathbf{w}_1$.\n")
    assert [s.verdict for s in out if "\\partial" in s.lhs] == [UNVERIFIED] * 4
    # the forward pass with the vectors written out still gives a_1 its value (the stand-in was for the slope only)
    out = steps(SHARED + "$\\frac{\\partial a_1}{\\partial b} = 1$. With $b = 0.1$: $a_1 = 0.4 - 1.2 + 0.1 = -0.7$ and "
                "$h_1 = \\sigma(-0.7) = 0.3318$.\n")
    assert [s.verdict for s in out][-4:] == [GIVEN, OK, OK, OK]


def test_a_vector_not_written_out_beside_one_that_is_has_the_entries_its_letter_names():
    # ŷ = σ(𝐯^⊤𝐡 + c) with 𝐯 = (0.7, -0.5): 𝐡 is (h_1, h_2), of h_j = σ(z_j); it was read as a number times
    # each entry of 𝐯 (ŷ a 1×2 matrix), and every slope of L was unread
    text = ("$\\mathbf v = (0.7, -0.5)^\\top$, $c = 0.2$, $y = 1$, $z_1 = 0.1$, $z_2 = 0.85$, $h_j = \\sigma(z_j)$, "
            "$\\hat y = \\sigma(\\mathbf v^\\top\\mathbf h + c)$, $L = \\frac12(\\hat y - y)^2$. "
            "Write $z_o = \\mathbf v^\\top\\mathbf h + c$.\n")
    out = steps(text + "$\\frac{\\partial L}{\\partial z_o} = (\\hat y - y)\\hat y(1 - \\hat y) = -0.1102$ and "
                "$\\hat y = \\sigma(0.2172) = 0.5541$.\n")
    assert [s.verdict for s in out][-4:] == [OK, OK, OK, OK]
    broken = steps(text + "$\\frac{\\partial L}{\\partial z_o} = (\\hat y - y)(1 - \\hat y)$ and "
                   "$\\hat y = \\sigma(0.2172) = 0.5441$.\n")
    assert at(broken, "\\frac{\\partial L}").verdict == WRONG
    assert at(broken, "\\sigma(0.2172) = 0.5441").verdict == WRONG


def test_the_gradient_and_hessian_of_a_function_of_one_vector_written_bare():
    # `\nabla g` with g(𝐱) defined: the gradient in 𝐱 (it was the column of ∂/∂ of a scalar stand-in: 0, so a
    # claim ∇g = 0 came out ok); `\nabla^2 q` was "without the variable"
    out = steps("Let $g(\\mathbf x) = \\mathbf x^\\top A\\mathbf x$. Then $\\nabla g = (A + A^\\top)\\mathbf x$ and "
                "$\\nabla^2 g = A + A^\\top$.\n")
    assert [s.verdict for s in out] == [GIVEN, OK, OK]
    broken = steps("Let $g(\\mathbf x) = \\mathbf x^\\top A\\mathbf x$. Then $\\nabla g = 2A\\mathbf x$ and "
                   "$\\nabla^2 g = 2A$ and $\\nabla g = 0$.\n")
    assert [s.verdict for s in broken][:3] == [GIVEN, WRONG, WRONG]
    assert broken[3].verdict != OK          # (a number 0 against a vector: not decided, never ok)


def test_sign_is_the_sign_function():
    # `\operatorname{sign}` was an operator no law reads ("does not follow from the laws applied here")
    out = steps("$\\frac{d}{dw}|w| = \\operatorname{sign}(w)$ and $\\operatorname{sign}(-0.3) = -1$.\n")
    assert [s.verdict for s in out] == [OK, OK]
    broken = steps("$\\frac{d}{dw}|w| = -\\operatorname{sign}(w)$ and $\\operatorname{sgn}(2) = -1$.\n")
    assert [s.verdict for s in broken] == [WRONG, WRONG]


def test_a_plain_parameter_beside_matrices_is_a_vector():
    # f(x) = ‖Ax - b‖² read with x a number: ∇f was a scalar's derivative of a norm (unread); x is a vector here
    out = steps("Let $f(x) = \\|Ax - b\\|^2$. Then $\\nabla f(x) = 2A^\\top(Ax - b)$.\n")
    assert [s.verdict for s in out] == [GIVEN, OK]
    broken = steps("Let $f(x) = \\|Ax - b\\|^2$. Then $\\nabla f(x) = 2A(Ax - b)$.\n")
    assert [s.verdict for s in broken] == [GIVEN, WRONG]
    # a function of a number stays one: f(x) = (x - 3)^2 has f'(x) = 2(x - 3)
    out = steps("Let $f(x) = a(x - 3)^2$. Then $f'(x) = 2a(x - 3)$ and $f(4) = a$.\n")
    assert [s.verdict for s in out] == [GIVEN, OK, OK]


def test_the_hessian_of_a_ridge_objective_written_bare():
    # 𝐲 in J's body is a vector where ∇²J is used too (it was read as a square matrix there: shapes did not fit)
    text = "Let $J(\\mathbf w) = \\|X\\mathbf w - \\mathbf y\\|^2 + \\lambda\\|\\mathbf w\\|^2$. Then "
    assert [s.verdict for s in steps(text + "$\\nabla^2 J = 2(X^\\top X + \\lambda I)$.\n")] == [GIVEN, OK]
    assert [s.verdict for s in steps(text + "$\\nabla^2 J = 2X^\\top X + \\lambda I$.\n")] == [GIVEN, WRONG]


def test_the_gradient_of_a_function_of_a_vector_at_a_written_out_point():
    text = ("Let $X = \\begin{pmatrix} 1 & 0 \\\\ 1 & 1 \\\\ 1 & 2 \\end{pmatrix}$, $\\mathbf y = (1, 2, 2)^\\top$ and "
            "$L(\\mathbf w) = \\frac12\\|X\\mathbf w - \\mathbf y\\|^2$. With $\\mathbf w_1 = (0.5, 0.6)^\\top$: ")
    out = steps(text + "$\\nabla L(\\mathbf w_1) = X^\\top(-0.5, -0.9, -0.3)^\\top = (-1.7, -1.5)^\\top$.\n")
    assert [s.verdict for s in out][-2:] == [OK, OK]
    broken = steps(text + "$\\nabla L(\\mathbf w_1) = (-1.7, -1.2)^\\top$.\n")
    assert broken[-1].verdict == WRONG


def test_a_variable_uniform_on_a_written_set_has_that_law():
    # "Let X be uniform on {1, 2, 6}" gave X no law: 𝔼[log X] was "does not follow from the laws applied here"
    text = "Let \\(X\\) be uniform on \\(\\{1, 2, 6\\}\\). Then "
    out = steps(text + "$\\mathbb{E}[\\log X] = \\frac{\\log 1 + \\log 2 + \\log 6}{3}$ and "
                "$\\mathrm{Var}(X) = \\frac{14}{3}$.\n")
    assert [s.verdict for s in out] == [OK, OK]
    broken = steps(text + "$\\mathbb{E}[\\log X] = \\log\\mathbb{E}[X]$ and $\\mathrm{Var}(X) = \\frac{13}{3}$.\n")
    assert [s.verdict for s in broken] == [WRONG, WRONG]
    # a set written with dots is not a list of values: no law, so nothing is confirmed of it
    out = steps("Let $X$ be uniform on $\\{1, \\dots, 6\\}$. Then $\\mathbb{E}[X] = 3$.\n")
    assert out[-1].verdict != OK


def test_a_fair_die_is_uniform_on_one_to_six():
    out = steps("Let $X$ be the score of a fair six-sided die. Then $\\mathbb{E}[X] = 3.5$ and "
                "$\\mathrm{Var}(X) = \\frac{35}{12}$.\n")
    assert [s.verdict for s in out] == [OK, OK]
    broken = steps("A fair die $D$ has $\\mathbb{E}[D^2] = \\frac{91}{3}$ and $\\mathrm{Var}(D) = 2.5$.\n")
    assert [s.verdict for s in broken] == [WRONG, WRONG]
