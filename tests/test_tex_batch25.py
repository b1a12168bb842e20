r"""Batch 25 (blind in session 20, read in session 21): its wrong steps called ok and its false alarms, each as a
small case.

- `\alpha_1(j) = \pi_j b_j(o_1)` after `\alpha_t(j) = P(o_1, …, o_t, z_t = j)` was α_1 times j (and refuted);
  `\alpha_2(\mathrm{R}) = 0.9(0.45 × 0.8 + 0.10 × 0.2)` was a definition, so a sum of such values was ok though the
  recursion was applied with the wrong transition.
- `\ln 0.55 + \ln 0.6964 + \ln 0.2692 = -0.5978 - 0.3619 - 1.3123`: the sum is within the rounding of three terms, the
  second term is not.
- "the noise grows as $p \to 0$: at $p = 0.5$ it's …": p stayed 0.5 for the rest of the file.
- `\hat x = (1, -2, -0.5, 1.5)/1.5811` with `\hat x_i = (x_i - \mu)/\sigma` defined: a vector worked out by hand.
- `X_1, \dots, X_n \sim \mathcal N(\mu, \sigma^2)`: \bar X had no law, so `\E[c\bar X] - \mu = (c - 1)\mu` was refuted
  "for some distribution".
- `2^T = 2^3` with T = 3 steps: read as a transpose.
- dual numbers: `x_1^2 = 0.25 + \varepsilon` after `x_1 = 0.5 + \varepsilon` was refuted (ε² kept).
- a vector chain `(…)/1.3693 = (0.0666, …)/1.3693 = (0.0487, …)` and `… \approx 0`: the exact values of the rewritten
  entries were not used.
Each test breaks the thing on purpose and asserts it is caught, or asserts a reading that must not fire.
"""
from verify.tex import GIVEN, OK, UNVERIFIED, WRONG
from helpers import tex_step as step_of, tex_steps as steps


FORWARD = ("\\newcommand{\\al}[2]{\\alpha_{#1}(\\mathrm{#2})}\n"
           "Let $\\alpha_t(j) = P(o_1, \\dots, o_t, z_t = j)$. Then $\\alpha_1(j) = \\pi_j\\, b_j(o_1)$ and\n"
           "$$\\alpha_{t+1}(j) = b_j(o_{t+1}) \\sum_i \\alpha_t(i)\\, A_{ij}.$$\n"
           "So $\\al{1}{R} = 0.5 \\times 0.9 = 0.45$ and $\\al{1}{D} = 0.5 \\times 0.2 = 0.10$, and\n"
           "\\[ \\al{2}{R} = 0.9\\,(0.45 \\times 0.8 + 0.10 \\times 0.2) = 0.342, \\qquad "
           "\\al{2}{D} = 0.2\\,(0.45 \\times 0.3 + 0.10 \\times 0.7) = 0.041, \\]\n"
           "so $P(o_1, o_2) = \\al{2}{R} + \\al{2}{D} = 0.342 + 0.041 = 0.383$.\n")


def test_a_member_of_a_defined_family_applied_is_no_product():
    first = step_of(FORWARD, "\\alpha_1(j)")
    assert first.verdict == UNVERIFIED and "α_1=" not in first.detail


def test_values_of_a_recursion_worked_by_hand_are_not_confirmed():
    total = step_of(FORWARD, "\\al{2}{R} + \\al{2}{D}")
    assert total.verdict == UNVERIFIED and "could not be checked" in total.detail
    # the arithmetic itself is still checked, and a slip in it caught
    assert step_of(FORWARD, "0.342 + 0.041").verdict == OK
    assert step_of(FORWARD.replace("= 0.383", "= 0.393"), "0.342 + 0.041").verdict == WRONG


LOGS = "$\\ln 0.55 + \\ln 0.6964 + \\ln 0.2692 = -0.5978 - 0.3618 - 1.3123 = -2.2719$.\n"


def test_a_sum_written_term_by_term_is_checked_term_by_term():
    assert step_of(LOGS, rhs="-0.5978 - 0.3618 - 1.3123").verdict == OK
    slipped = step_of(LOGS.replace("0.3618", "0.3619"), rhs="-0.5978 - 0.3619 - 1.3123")
    assert slipped.verdict == WRONG and "written -0.3619" in slipped.detail, slipped.detail


def test_terms_in_another_order_are_matched():
    text = "$\\ln 0.55 + \\ln 0.6964 = -0.3618 - 0.5978$.\n"
    assert step_of(text, "\\ln 0.55 + \\ln 0.6964").verdict == OK


DROPOUT = ("Keep probability $p = 0.8$ and mask $m = (1, 0, 1, 1)$, upstream $g = (1, 1, 1, 1)$.\n\n"
           "The noise grows as $p \\to 0$: at $p = 0.5$ it's $\\frac{1 - p}{p} = 1$.\n\n"
           "Backward: $g \\odot m / p = (1.25,\\ 0,\\ 1.25,\\ 1.25)$.\n")


def test_a_value_at_a_point_holds_for_its_paragraph_only():
    assert step_of(DROPOUT, "\\frac{1 - p}{p}").verdict == OK
    assert step_of(DROPOUT, "g \\odot m / p").verdict == OK
    # with p = 0.5 left in place the backward pass would be (2, 0, 2, 2): a slip against p = 0.8 is still caught
    assert step_of(DROPOUT.replace("(1.25,\\ 0,\\ 1.25,\\ 1.25)", "(2,\\ 0,\\ 2,\\ 2)"),
                   "g \\odot m / p").verdict == WRONG
    # inside the paragraph the new value is the one used
    assert step_of(DROPOUT.replace("= 1$.", "= 0.25$."), "\\frac{1 - p}{p}").verdict == WRONG


LAYER = ("Features $x = (2.0, -1.0, 0.5, 2.5)$ with $\\mu = 1.0$.\n"
         "Normalised, $\\hat x_i = (x_i - \\mu)/\\sigma$:\n"
         "\\[ \\hat x = (1.0, -2.0, -0.5, 1.5)/1.5811 = (0.6325,\\ -1.2649,\\ -0.3162,\\ 0.9487). \\]\n"
         "With $\\gamma = (1, 1, 2, 0.5)$ and $\\beta = (0, 0.1, 0, -0.2)$, $y = \\gamma \\odot \\hat x + \\beta$:\n"
         "$$y = (0.6325,\\ -1.1649,\\ -0.6324,\\ 0.2744).$$\n")


def test_a_vector_worked_by_hand_from_its_entries_formula_is_not_confirmed():
    claim = step_of(LAYER, "y", "(0.6325,\\ -1.1649,\\ -0.6324,\\ 0.2744)")
    assert claim.verdict == UNVERIFIED and "rests on" in claim.detail, claim.detail
    slipped = step_of(LAYER.replace("1.5)/1.5811 = (0.6325", "1.5)/1.5811 = (0.6335"), rhs="(0.6335,\\ -1.2649,\\ "
                      "-0.3162,\\ 0.9487)")
    assert slipped.verdict == WRONG


SHRUNK = ("\\newcommand{\\E}{\\mathbb{E}}\\newcommand{\\Var}{\\operatorname{Var}}\n"
          "For $X_1, \\dots, X_n \\sim \\mathcal{N}(\\mu, \\sigma^2)$ with $\\mu = 1$, $\\sigma^2 = 4$, $n = 10$, and "
          "$\\hat\\mu_c = c\\bar X$, $c = 0.8$:\n"
          "\\[ \\E[c\\bar X] - \\mu = (c - 1)\\mu = -0.2, \\qquad \\Var(\\hat\\mu_c) = c^2\\,\\frac{\\sigma^2}{n} = 0.256. \\]\n"
          "Also $\\Var(c\\bar X) = c^2\\,\\Var(\\bar X) = 0.64 \\times 0.4$.\n")


def test_the_sample_mean_of_normal_draws_has_its_law():
    assert step_of(SHRUNK, "\\E[c\\bar X] - \\mu").verdict == OK
    assert step_of(SHRUNK, "\\Var(\\hat\\mu_c)").verdict == OK
    assert step_of(SHRUNK, "\\Var(c\\bar X)").verdict == OK
    dropped = SHRUNK.replace("= c^2\\,\\Var(\\bar X) = 0.64", "= c\\,\\Var(\\bar X) = 0.8")
    assert step_of(dropped, "\\Var(c\\bar X)").verdict == WRONG
    assert step_of(SHRUNK.replace("(c - 1)\\mu", "(1 - c)\\mu"), "\\E[c\\bar X] - \\mu").verdict == WRONG


def test_a_value_claim_about_a_variable_of_an_unread_law_is_not_refuted():
    text = ("\\newcommand{\\Var}{\\operatorname{Var}}\nDraws $Y_1, \\dots, Y_m \\sim \\mathrm{Pois}(\\lambda)$ with "
            "$\\lambda = 2$ and $m = 5$; then $\\Var(\\bar Y) = \\lambda / m = 0.4$.\n")
    claim = step_of(text, "\\Var(\\bar Y)")
    assert claim.verdict == UNVERIFIED, claim.detail


def test_a_law_of_the_operators_is_still_refuted_beside_a_stated_law():
    text = ("\\newcommand{\\Var}{\\operatorname{Var}}\nDraws $X_1, \\dots, X_n \\sim \\mathcal{N}(\\mu, 1)$. "
            "In general $\\Var(X - Y) = \\Var(X) - \\Var(Y)$ and $\\Var(3X) = 3\\Var(X)$.\n")
    assert step_of(text, "\\Var(X - Y)").verdict == WRONG
    assert step_of(text, "\\Var(3X)").verdict == WRONG


def test_a_number_to_the_T_is_a_power():
    text = "With $T = 3$ steps there are $2^T = 2^3 = 8$ paths.\n"
    assert step_of(text, "2^T").verdict == OK
    assert step_of(text.replace("2^3 = 8", "2^4 = 16"), "2^T").verdict == WRONG
    vector = "Let $\\mathbf{x} = (1, 2)$. Then $\\mathbf{x}^T\\mathbf{x} = 5$.\n"     # a transpose, still
    assert step_of(vector, "\\mathbf{x}^T\\mathbf{x}").verdict == OK


DUAL = ("With $\\varepsilon^2 = 0$, write $x_1 = 0.5 + \\varepsilon$ and $x_2 = 2$. Then $x_1x_2 = 1 + 2\\varepsilon$ "
        "and $x_1^2 = 0.25 + \\varepsilon$, and\n"
        "$(2.7183 + 5.4366\\varepsilon)(0.8 - 0.64\\varepsilon) = 2.1746 + (4.3493 - 1.7397)\\varepsilon$.\n")


def test_a_name_bound_to_a_dual_number_is_read_to_first_order():
    assert step_of(DUAL, "x_1^2").verdict == OK
    assert step_of(DUAL.replace("0.25 + \\varepsilon", "0.25 + 2\\varepsilon"), "x_1^2").verdict == WRONG


def test_a_product_of_dual_numbers_with_decimals_is_checked_coefficient_by_coefficient():
    product = "(2.7183 + 5.4366\\varepsilon)(0.8 - 0.64\\varepsilon)"
    assert step_of(DUAL, product).verdict == OK
    assert step_of(DUAL.replace("4.3493 - 1.7397", "4.3493 - 1.7497"), product).verdict == WRONG


ROWS = ("$m = 2.3735/4 = 0.5934$ and $\\sigma = \\sqrt{1.875} = 1.3693$.\n"
        "\\[ g = (0.5 - 0.7303 \\times 0.5934,\\ 0.3651 \\times 0.5934)/1.3693 = (0.0666,\\ 0.2167)/1.3693 "
        "= (0.0487,\\ 0.1582). \\]\n"
        "Check: $0.7303 \\times 0.0487 - 1.4606 \\times 0.0243 \\approx 0$.\n")


def test_a_rewritten_entry_stands_for_its_exact_value():
    assert step_of(ROWS, "(0.0666,\\ 0.2167)/1.3693").verdict == OK
    slipped = ROWS.replace("= (0.0487,\\ 0.1582)", "= (0.0487,\\ 0.1592)")
    assert step_of(slipped, "(0.0666,\\ 0.2167)/1.3693").verdict == WRONG


def test_approximately_zero_is_zero_up_to_the_rounding_of_its_decimals():
    assert step_of(ROWS, "0.7303 \\times 0.0487 - 1.4606 \\times 0.0243").verdict == OK
    far = ROWS.replace("1.4606 \\times 0.0243", "1.4606 \\times 0.0343")
    assert step_of(far, "0.7303 \\times 0.0487 - 1.4606 \\times 0.0343").verdict == WRONG


MASK = ("\\newcommand{\\Var}{\\operatorname{Var}}\nKeep probability $p = 0.8$, mask $m_i \\sim \\mathrm{Bern}(p)$, "
        "inverted dropout $y_i = m_i x_i / p$ and $x = (2.0, -1.0, 0.5, 3.0)$. Then\n"
        "$$\\Var(y_i) = \\frac{x_i^2}{p^2}\\Var(m_i) = x_i^2\\,\\frac{1 - p}{p}.$$\n")


def test_a_claim_for_each_entry_of_a_written_out_vector_is_checked_at_each():
    right = step_of(MASK, "\\frac{x_i^2}{p^2}\\Var(m_i)")
    assert right.verdict == OK, right.detail
    dropped = MASK.replace("x_i^2\\,\\frac{1 - p}{p}", "x_i^2\\,p(1 - p)")
    assert step_of(dropped, "\\frac{x_i^2}{p^2}\\Var(m_i)").verdict == WRONG


def test_the_mean_of_a_written_out_vector_is_its_average():
    text = "Let $v = (1, 2, 6)$. Then $\\operatorname{mean}(v) = 3$.\n"
    assert step_of(text, "\\operatorname{mean}(v)").verdict == OK
    assert step_of(text.replace("= 3$", "= 9$"), "\\operatorname{mean}(v)").verdict == WRONG


def test_a_square_does_not_hide_the_sign_of_a_rewritten_part():
    text = ("$L = \\tfrac12 (0.1405 - 1)^2 = \\tfrac12 (-0.8595)^2 = 0.3694$, so "
            "$-0.8595 \\times 0.6897 = -0.5928$ and $-0.8595 \\cdot 0.6897 \\cdot (0 - 0.1405) = 0.0833$.\n")
    assert step_of(text, "-0.8595 \\times 0.6897").verdict == OK
    assert step_of(text, "-0.8595 \\cdot 0.6897 \\cdot (0 - 0.1405)").verdict == OK
    flipped = text.replace("= 0.0833", "= -0.0833")
    assert step_of(flipped, "-0.8595 \\cdot 0.6897 \\cdot (0 - 0.1405)").verdict == WRONG


NET = ("Let $z_j = w_{j1}x_1 + w_{j2}x_2 + b$ and $h_j = \\sigma(z_j)$, with $x_1 = 1$, $x_2 = 2$, $b = 0.1$ and\n"
       "\\[ W_1 = \\begin{pmatrix} w_{11} & w_{12} \\\\ w_{21} & w_{22} \\end{pmatrix} = "
       "\\begin{pmatrix} 0.2 & -0.1 \\\\ 0.4 & 0.3 \\end{pmatrix}. \\]\n"
       "Then $z_1 = 0.2 \\cdot 1 - 0.1 \\cdot 2 + 0.1 = 0.1$ and $h_2 = \\sigma(1.1) = 0.7503$.\n")


def test_a_matrix_of_names_equated_to_numbers_gives_each_name_its_entry():
    entries = step_of(NET, rhs="\\begin{pmatrix} 0.2 & -0.1 \\\\ 0.4 & 0.3 \\end{pmatrix}")
    assert entries.verdict == GIVEN and "w_11" in entries.detail
    assert step_of(NET, "z_1").verdict == OK          # z_1 is now a claim about w_11 x_1 + w_12 x_2 + b
    assert step_of(NET.replace("0.2 \\cdot 1 - 0.1 \\cdot 2 + 0.1 = 0.1", "0.2 \\cdot 1 + 0.1 \\cdot 2 + 0.1 = 0.5"),
                   "z_1").verdict == WRONG
    assert step_of(NET.replace("\\sigma(1.1)", "\\sigma(1.2)").replace("0.7503", "0.7685"), "h_2").verdict == WRONG


TANGENTS = ("\\newcommand{\\dv}[1]{\\dot v_{#1}}\n"
            "Trace: $v_1 = x^2$, $v_2 = 3v_1$ with $x = 2$.\n\n"
            "Seed $\\dot x = 1$: $\\dv{1} = 2x\\dot x = 4$ and $\\dv{2} = 3\\dv{1} = 12$.\n")


def test_a_macro_the_file_defines_is_not_the_packages():
    assert step_of(TANGENTS, "\\dv{2}").verdict == OK
    assert step_of(TANGENTS.replace("\\dv{2} = 3\\dv{1}", "\\dv{2} = 2\\dv{1}").replace("= 12", "= 8"),
                   "\\dv{2}").verdict == WRONG


LAYER_ONE = ("Pre-activations $z_j = w_{j1}x_1 + w_{j2}x_2 + b$ with\n"
             "\\[ W_1 = \\begin{pmatrix} 0.1 & 0.3 \\\\ -0.2 & 0.4 \\end{pmatrix}, \\quad b = 0.1, \\quad "
             "\\mathbf{w}_2 = (0.7, -0.5), \\]\n"
             "and $x_1 = 1$, $x_2 = 2$. Then $z_1 = 0.1 \\cdot 1 + 0.3 \\cdot 2 + 0.1 = 0.8$.\n")


def test_entries_named_in_lowercase_are_those_of_the_one_weight_matrix():
    assert step_of(LAYER_ONE, "z_1").verdict == OK
    assert step_of(LAYER_ONE.replace("0.1 \\cdot 1 + 0.3 \\cdot 2", "0.3 \\cdot 1 + 0.1 \\cdot 2")
                   .replace("= 0.8$", "= 0.6$"), "z_1").verdict == WRONG
    # w_{2,1} may be the first entry of a vector w_2: not read as W_1's entry (2, 1)
    comma = LAYER_ONE + "And $q = w_{2,1} = -0.2$.\n"
    assert step_of(comma, "w_{2,1}").verdict != WRONG


def test_a_short_decimal_written_to_the_places_of_rounded_ones_is_rounded():
    text = "$0.1(-0.0915) + (-0.2)(0.1193) = -0.0092 - 0.0239 = -0.0331$.\n"
    assert step_of(text, "0.1(-0.0915) + (-0.2)(0.1193)").verdict == OK
    slipped = text.replace("-0.0092 - 0.0239 = -0.0331", "-0.0082 - 0.0239 = -0.0321")
    assert step_of(slipped, "0.1(-0.0915) + (-0.2)(0.1193)").verdict == WRONG


def test_a_name_written_transposed_on_one_side_is_a_vector_on_the_other():
    text = "Claim: $\\nabla_x(x^\\top A x) = (A + A^\\top)x$ and $\\nabla_x(x^\\top A x) = 2Ax$.\n"
    got = [s.verdict for s in steps(text)]
    assert got == [OK, WRONG], got     # 2Ax holds only for a symmetric A


def test_the_hessian_and_log_det_are_instantiated():
    text = ("Claim: $\\nabla^2_{\\mathbf{x}}(\\mathbf{x}^\\top A\\mathbf{x}) = A + A^\\top$, "
            "$\\nabla_{\\mathbf{x}}^2(\\mathbf{x}^\\top A\\mathbf{x}) = 2A$, $\\nabla_A \\log\\det A = (A^{-1})^\\top$ and "
            "$\\nabla_A \\log\\det A = A^{-1}$.\n")
    assert [s.verdict for s in steps(text)] == [OK, WRONG, OK, WRONG]


def test_a_random_instance_does_not_refute_a_step_about_given_values():
    text = ("Model $p = \\sigma(w^\\top x + b)$, loss $\\ell = -y\\log p - (1 - y)\\log(1 - p)$, with $w = (0.5, -1)$, "
            "$b = 0.1$, $x = (2, 1)$, $y = 1$. Then $\\frac{\\partial\\ell}{\\partial b} = -0.4750$.\n")
    assert step_of(text, "\\frac{\\partial\\ell}{\\partial b}").verdict != WRONG
