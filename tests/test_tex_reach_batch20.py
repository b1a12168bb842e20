"""Batch 20 (read in session 18): what it wrote that the checker did not read, each as a small case.

- ∂L/∂x, ∂L/∂W_1, ∂L/∂h, ∂L/∂z with x, W_1 written out (the input gradient W_1ᵀδ, the course's result): the
  definitions that used written-out vectors are read again with x unknown (vector_gradients).
- `v_{21}` an entry of the written-out matrix V; a gradient step in "Your update" checked against the loss defined
  in the set-up above it; an evaluation bar `\\frac{d}{dx}\\frac1x\\Big|_{x = 2}`; a second forward-mode sweep with a
  new seed `\\dot x = (0, 1)`.
Each has a case that breaks it (a transposed matrix, a climbing step, a sign) and is caught.
"""
from verify.tex import GIVEN, OK, UNVERIFIED, WRONG, check_text


def steps(text):
    return check_text(text).steps


NET = ("$x = (2, -1)^\\top$, $W_1 = \\begin{bmatrix} 1 & 2 \\\\ -1 & 3 \\end{bmatrix}$, $b_1 = (0.5, 1)^\\top$, "
       "$w_2 = (2, -1)^\\top$, $b_2 = 0.5$, $y = 2$,\n"
       "and the network is $z = W_1x + b_1$, $h = \\max(0, z)$, $\\hat y = w_2^\\top h + b_2$, "
       "$L = \\frac12(\\hat y - y)^2$.\n\n")


def test_the_input_gradient_through_written_out_vectors():
    got = steps(NET + "$$\\delta = \\frac{\\partial L}{\\partial z} = \\begin{bmatrix} -1 \\\\ 0 \\end{bmatrix}, \\qquad "
                      "\\frac{\\partial L}{\\partial x} = W_1^\\top\\delta = \\begin{bmatrix} -1 \\\\ -2 \\end{bmatrix}, "
                      "\\qquad \\frac{\\partial L}{\\partial W_1} = \\delta x^\\top, \\qquad "
                      "\\frac{\\partial L}{\\partial w_2} = (\\hat y - y)h.$$\n")
    claims = [s for s in got if "partial" in s.lhs]
    assert claims and all(s.verdict == OK for s in claims)


def test_the_input_gradient_with_the_matrix_not_transposed_is_wrong():
    got = steps(NET + "$$\\delta = \\begin{bmatrix} -1 \\\\ 0 \\end{bmatrix}, \\qquad "
                      "\\frac{\\partial L}{\\partial x} = W_1\\delta.$$\n")
    assert got[-1].verdict == WRONG


def test_a_gradient_through_entries_of_a_written_out_vector():
    text = ("Take $x = (1, 2)$, $w = (0.5, -1)$ and $b = 0.1$. Let $z = w_1 x_1 + w_2 x_2 + b$ and $L = z^2$.\n"
            "Then $\\frac{\\partial L}{\\partial x} = (-1.4, 2.8)$ and $\\frac{\\partial L}{\\partial w} = (-2.8, 5.6)$.\n")
    assert [s.verdict for s in steps(text)[-2:]] == [OK, WRONG]


def test_a_lower_case_entry_of_a_capital_matrix():
    text = ("With $x = (1, 2)$, $V = \\begin{pmatrix} 0.1 & -0.2 \\\\ 0.3 & 0.4 \\end{pmatrix}$ and $b = 0.1$, "
            "$z_j = v_{j1}x_1 + v_{j2}x_2 + b$.\n\n"
            "Forward: $z_1 = 0.1 - 0.4 + 0.1 = -0.2$ and $z_2 = 0.3 + 0.4 + 0.1 = 0.8$.\n")  # z_2: x_2's factor 2 dropped
    got = steps(text)
    assert [s.verdict for s in got if s.lhs.strip() in ("z_1", "z_2")] == [OK, WRONG]


UPDATE = ("Set-up: $w = 0.5$, $x = 2$, $y = 1$, $\\hat y = wx$, $L = \\tfrac12(\\hat y - y)^2$.\n\n"
          "\\subsection*{Your update}\nThe learning rate is $\\eta = 0.1$, and $\\frac{\\partial L}{\\partial w} = 0$ "
          "at this point; so\n$$w \\leftarrow 0.5 - 0.1 \\times 0 = 0.5.$$\n")


def test_a_gradient_step_in_a_later_part_uses_the_loss_defined_above():
    assert steps(UPDATE)[-2].verdict == OK
    climbing = ("Set-up: $w = 0.4$, $x = 2$, $y = 1$, $\\hat y = wx$, $L = \\tfrac12(\\hat y - y)^2$.\n\n"
                "\\subsection*{Your update}\nWith $\\eta = 0.1$:\n$$w \\leftarrow 0.4 + 0.1 \\times (-0.4) = 0.36.$$\n")
    assert steps(climbing)[-2].verdict == WRONG


def test_an_evaluation_bar():
    got = steps("$\\frac{d}{dx}\\frac1x\\Big|_{x = 2} = -\\frac14$, $\\left.\\frac{d}{dt}\\sin t\\right|_{t=0} = 1$ "
                "and $\\frac{d}{dx} x^2 \\Big|_{x = 3} = 5$.\n")
    assert [s.verdict for s in got] == [OK, OK, WRONG]


SWEEPS = ("$f(x_1, x_2) = x_1x_2$ at $x_1 = 1$, $x_2 = 2$. Seed $\\dot x = (1, 0)$.\n"
          "\\begin{align*}\nv_{-1} &= x_1 = 1, & \\dot v_{-1} &= 1, \\\\\nv_0 &= x_2 = 2, & \\dot v_0 &= 0, \\\\\n"
          "v_1 &= v_{-1}v_0 = 2, & \\dot v_1 &= \\dot v_{-1}v_0 + v_{-1}\\dot v_0 = 2.\n\\end{align*}\n"
          "Second pass, seed $\\dot x = (0, 1)$:\n$$\\dot v_1 = 0 \\cdot 2 + 1 \\cdot 1 = 1.$$\n")


def test_a_second_forward_mode_sweep_takes_the_new_seed():
    got = steps(SWEEPS)
    assert got[-2].verdict == OK
    assert steps(SWEEPS.replace("1 \\cdot 1 = 1.$$", "1 \\cdot 1 = 2.$$"))[-1].verdict == WRONG
    assert steps(SWEEPS.replace("\\dot v_1 = 0 \\cdot 2 + 1 \\cdot 1", "\\dot v_1 = 1 \\cdot 2 + 1 \\cdot 1")
                 )[-2].verdict == WRONG


# batch 21 (read in session 18, after its blind measurement)

def test_a_word_inside_brackets_is_part_of_the_formula():
    got = steps("$H(Y \\mid \\text{monthly}) = -0.7\\log_2 0.7 - 0.3\\log_2 0.3 = 0.3602 + 0.5211 = 0.8813$\n")
    assert [s.verdict for s in got[1:]] == [OK, OK]
    assert steps("$H(Y \\mid \\text{monthly}) = -0.7\\log_2 0.7 - 0.3\\log_2 0.3 = 0.8913$\n")[-1].verdict == WRONG


def test_a_value_at_an_argument_is_no_function_of_it():
    # `H(Y) = -0.4\log_2 0.4 - …` defined H as a constant function, so H(4/6) "was" 0.971
    got = steps("The entropy is $H(Y) = -0.4\\log_2 0.4 - 0.6\\log_2 0.6 = 0.9710$.\n\n"
                "Then $H(4/6) = 0.9183$, where $H(p)$ is the binary entropy.\n")
    assert got[1].verdict == OK and got[-1].verdict != WRONG


SWEEP = ("At $x_1 = 1.5$ and $x_2 = 0.5$: $v_1 = x_1 = 1.5$, $v_2 = x_2 = 0.5$, $v_3 = v_1 v_2 = 0.75$.\n\n"
         "Tangent trace, seed $(\\dot v_1, \\dot v_2) = (1, 0)$: $\\dot v_3 = \\dot v_1 v_2 + v_1 \\dot v_2 = 0.5$.\n\n"
         "Tangent trace, seed $(0, 1)$: $\\dot v_3 = \\dot v_1 v_2 + v_1 \\dot v_2 = 1.5$.\n")


def test_a_sweep_announced_with_a_bare_seed_list():
    got = steps(SWEEP)
    assert [s.verdict for s in got if s.lhs.strip() == "\\dot v_3"] == [OK, OK]
    assert steps(SWEEP.replace("= 1.5$.\n", "= 2.5$.\n"))[-1].verdict == WRONG      # wrong in either sweep


def test_a_standard_deviation_after_the_variance_worked_out():
    text = ("$\\operatorname{Var}(\\theta \\mid D) = \\frac{11 \\cdot 9}{20^2 \\cdot 21} = \\frac{99}{8400} = 0.0118$, "
            "so $\\operatorname{sd}(\\theta \\mid D) = 0.0118$.\n")
    assert steps(text)[-1].verdict == WRONG                   # the variance given as the standard deviation
    # right for that variance, whose formula is not checked: not a confirmation
    assert steps(text.replace("sd}(\\theta \\mid D) = 0.0118", "sd}(\\theta \\mid D) = 0.1086"))[-1].verdict == UNVERIFIED


def test_a_superscript_minus_or_plus_names_a_quantity():
    text = ("\\newcommand{\\Pm}{P^{-}}\nWith $a = 0.9$, $P_0 = 4$, $q = 0.5$: $\\Pm_1 = a^2 P_0 + q = 0.81 \\times 4 + 0.5 = 3.74$.\n")
    assert [s.verdict for s in steps(text)[3:]] == [GIVEN, OK, OK]
    assert steps(text.replace("= 3.74$", "= 3.84$"))[-1].verdict == WRONG


def test_what_a_marker_says_it_should_be_is_the_corrected_definition():
    text = ("The notes say $P = a Q + q$ with $a = 0.9$, $Q = 4$, $q = 0.5$.\n"
            "The variance scales with $a^2$, so this should be $P = a^2 Q + q$. Corrected: $P = 0.81 \\times 4 + 0.5 = 3.74$.\n")
    got = [s for s in steps(text) if s.line == 2]
    assert [s.verdict for s in got] == [GIVEN, OK, OK]
    assert steps(text.replace("= 3.74$", "= 4.1$"))[-1].verdict == WRONG


def test_a_rounded_rewrite_of_a_side_that_could_not_be_checked_is_not_wrong():
    # 1 - K (K = 3.74/5.74) rewritten as 0.3484: 0.3484 × 3.74 = 1.303016, the exact product 1.303136 -> 1.3031
    text = "Then $P = (1 - K)Q = 0.3484 \\times 3.74 = 1.3031$ and $R = (1 - K)Q = 0.3484 \\times 3.74 = 1.3131$.\n"
    got = steps(text)
    assert got[2].verdict == UNVERIFIED and got[-1].verdict == WRONG


def test_a_note_on_the_first_sweep_after_a_second_one_has_two_readings():
    text = ("Evaluate at $(x_1, x_2) = (1, 2)$ with seed $(\\dot x_1, \\dot x_2) = (1, 0)$:\n"
            "$v_1 = x_1 = 1$, $v_2 = x_2 = 2$, $\\dot v_1 = 1$, $\\dot v_2 = 0$, $v_3 = v_1v_2 = 2$.\n\n"
            "A second pass with seed $(0, 1)$ gives $\\dot v_3 = 1$.\n\n"
            "Grader: $\\dot v_3 = \\dot v_1v_2 + v_1\\dot v_2 = 1 \\cdot 2 + 1 \\cdot 0 = 2$.\n")
    got = [s for s in steps(text) if s.line == 6]
    assert got[0].verdict == OK                 # the chain rule itself holds in any sweep
    assert got[1].verdict == UNVERIFIED and "sweep before" in got[1].detail
    assert got[-1].verdict == OK


def test_a_partial_in_an_entry_of_a_vector_argument():
    # c(u) written in the vector u: ∂c/∂u_1 was 0 (no u_1 in it), now c is read again in u's entries
    text = ("Write $$c(u) = \\frac{u^\\top v}{\\|u\\|\\,\\|v\\|}.$$\n"
            "Take $u = (1, 2, 2)^\\top$ and $v = (2, 0, 1)^\\top$. Then\n"
            "$\\frac{\\partial c}{\\partial u_1} = \\frac13\\Bigl(\\frac{2}{2.2361} - \\frac{0.5963}{3}\\Bigr) = 0.2319$ and "
            "$\\frac{\\partial c}{\\partial u_2} = 0.2319$.\n")
    got = steps(text)
    assert [s.verdict for s in got[-3:]] == [OK, OK, WRONG]


def test_blackboard_v_is_the_variance_and_a_macro_names_the_variable_of_a_slashed_derivative():
    got = steps("Let $X \\sim \\mathcal N(0, 4)$. Then $\\mathbb{V}[X] = 4$ and $\\mathbb{V}[X] = 2$.\n")
    assert [s.verdict for s in got[-2:]] == [OK, WRONG]
    got = steps("\\newcommand{\\vect}[1]{\\mathbf{#1}}\nWith $\\vect{x} = (1, 2)$ and $L = \\vect{x}^\\top\\vect{x}$: "
                "$\\partial L/\\partial \\vect{x} = (2, 4)$ and $\\partial L/\\partial \\vect{x} = (2, 5)$.\n")
    assert [s.verdict for s in got[-2:]] == [OK, WRONG]


def test_a_gradient_whose_variable_is_the_one_vector_in_it():
    got = steps("$\\nabla\\|\\mathbf w\\|_2 = \\frac{\\mathbf w}{\\|\\mathbf w\\|_2}$, $\\nabla\\|\\mathbf w\\|^2 = 2\\mathbf w$, "
                "$\\nabla\\|\\mathbf w\\|^2 = \\mathbf w$ and $\\nabla f = 3$.\n")
    assert [s.verdict for s in got] == [OK, OK, WRONG, UNVERIFIED]


def test_plus_minus_is_the_pair_of_its_ends():
    got = steps("With $\\mu_n = 1.25$, $\\sigma_n = 0.7701$: $\\mu_n \\pm 1.96\\sigma_n = 1.25 \\pm 1.96 \\times 0.7701 "
                "= 1.25 \\pm 1.5094 = (-0.2594, 2.7594)$ and $1 \\pm 1.96\\sqrt2 = 1 \\pm 2.7819$.\n")
    assert [s.verdict for s in got[2:]] == [OK, OK, OK, WRONG]
