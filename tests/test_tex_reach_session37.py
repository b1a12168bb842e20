"""Reach added in session 37 from the development sets, each beside the broken case that must stay caught (or
the reading that must not fire)."""
from helpers import tex_at as at, tex_steps as steps
from verify.tex import OK, UNVERIFIED, WRONG

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
