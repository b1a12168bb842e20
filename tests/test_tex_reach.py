"""Issue 11, reach: sums over data, norms, gradients in vectors, diag, arg max -- each checked, and
the wrong version of each caught (or left unverified with the reason, never ok)."""
from verify.tex import GIVEN, OK, UNVERIFIED, WRONG, check_text


def verdicts(text):
    return [s.verdict for s in check_text(text).steps]


# ---- sums: a name subscripted by the index is a different number for each term
def test_a_subscripted_name_in_a_sum_depends_on_the_index():
    # these were ok when x_i was one symbol: (Σ x_i)² = n Σ x_i², Σ_{i=1}^3 x_i = 3 x_i
    assert verdicts("$\\left(\\sum_{i=1}^n x_i\\right)^2 = n\\sum_{i=1}^n x_i^2$") == [WRONG]
    assert verdicts("$\\sum_{i=1}^{3} x_i = 3 x_i$") == [WRONG]
    assert verdicts("$\\sum_{i=1}^3 x_i = x_1 + x_2 + x_3$") == [OK]           # was a false alarm
    assert verdicts("$\\sum_{i=1}^n (a + b x_i) = na + b\\sum_{i=1}^n x_i$, $\\sum_{i=1}^n c x_i = c\\sum_{i=1}^n x_i$")\
        == [OK, OK]
    assert verdicts("$\\log \\prod_{i=1}^n p_i = \\sum_{i=1}^n \\log p_i$") == [OK]
    assert verdicts("$\\sum_{i=1}^n |x_i| = \\sum_{i=1}^n x_i$") == [WRONG]


def test_a_sum_without_bounds_runs_over_the_examples():
    text = "$\\sum_i (y_i - \\hat y_i)^2 = \\sum_i y_i^2 - 2\\sum_i y_i\\hat y_i + \\sum_i \\hat y_i^2$"
    assert verdicts(text) == [OK]
    assert verdicts(text.replace("- 2\\sum_i y_i\\hat y_i ", "")) == [WRONG]


def test_a_sum_of_the_data_equal_to_a_number_is_not_an_identity():
    assert verdicts("$\\sum_{i=1}^n x_i = 10$") == [UNVERIFIED]
    text = "$\\bar x = \\frac1n\\sum_{i=1}^n x_i$, so $\\sum_{i=1}^n (x_i - \\bar x) = 0$ and " \
           "$\\sum_{i=1}^n (x_i - \\bar x)^2 = \\sum_{i=1}^n x_i^2 - n\\bar x^2$"
    assert verdicts(text) == [GIVEN, OK, OK]
    assert verdicts(text.replace("- n\\bar x^2", "- \\bar x^2"))[-1] == WRONG


# ---- vectors and matrices without declared shapes
def test_norms_of_vectors_are_not_absolute_values_of_numbers():
    assert verdicts("$\\|\\mathbf v\\|^2 = \\mathbf v^\\top \\mathbf v$") == [OK]
    assert verdicts("$\\|\\mathbf a + \\mathbf b\\|^2 = \\|\\mathbf a\\|^2 + 2\\mathbf a^\\top \\mathbf b + "
                    "\\|\\mathbf b\\|^2$") == [OK]
    assert verdicts("$\\|\\mathbf a + \\mathbf b\\| = \\|\\mathbf a\\| + \\|\\mathbf b\\|$") == [WRONG]
    assert verdicts("$\\|x\\| = |x|$") == [OK]                                  # a number's norm


def test_gradients_in_vectors_and_matrices_by_instantiation():
    # ∂/∂w ‖Xw − y‖² was read as a scalar derivative and the right answer called wrong
    ls = "$\\frac{\\partial}{\\partial \\mathbf w} \\|X\\mathbf w - \\mathbf y\\|^2 = 2X^\\top(X\\mathbf w - \\mathbf y)$"
    assert verdicts(ls) == [OK]
    assert verdicts(ls.replace("2X^\\top", "2X")) == [WRONG]
    assert verdicts("$\\nabla_{\\mathbf w} \\frac12\\|\\mathbf w\\|^2 = \\mathbf w$") == [OK]
    quad = "$\\nabla_{\\mathbf w} \\mathbf w^\\top A \\mathbf w = (A + A^\\top)\\mathbf w$"
    assert verdicts(quad) == [OK]
    assert verdicts(quad.replace("(A + A^\\top)", "2A")) == [WRONG]
    assert verdicts("$\\frac{\\partial}{\\partial W} \\operatorname{tr}(W^\\top A) = A$") == [OK]
    # the derivative of a vector: its layout is a convention, not checked
    assert verdicts("$\\frac{\\partial}{\\partial \\mathbf w} A\\mathbf w = A$") == [UNVERIFIED]


def test_diag_and_hadamard():
    assert verdicts("$\\operatorname{diag}(\\mathbf a) \\mathbf b = \\mathbf a \\odot \\mathbf b$") == [OK]
    assert verdicts("$\\operatorname{diag}(\\mathbf a) \\mathbf b = \\mathbf a^\\top \\mathbf b$") != [OK]


def test_arg_max_is_a_stationary_point_with_the_right_curvature():
    text = "$\\hat\\theta = \\arg\\max_\\theta \\theta^3(1-\\theta)^2 = \\frac{3}{5}$"
    assert verdicts(text) == [GIVEN, OK]
    assert verdicts(text.replace("\\frac{3}{5}", "\\frac{2}{5}"))[-1] == WRONG
    assert verdicts("$\\arg\\min_\\theta \\theta^3(1-\\theta)^2 = \\frac{3}{5}$") == [WRONG]   # a maximum
    assert verdicts("$\\arg\\min_x (x - 2)^2 = 2$") == [OK]


def test_a_local_extremum_beaten_by_another_stationary_point_is_not_ok():
    f = "\\left(\\frac{x^4}{4} - \\frac{4x^3}{3} + \\frac{3x^2}{2}\\right)"      # minima at 0 (local) and 3
    assert verdicts(f"$\\arg\\min_x {f} = 0$") == [UNVERIFIED]
    assert verdicts(f"$\\arg\\min_x {f} = 3$") == [OK]
