"""Batch 16 (measured blind in session 15, read in session 16): wrong steps it called ok, and readings it
got wrong, each reduced to a few lines.

Soundness (a wrong step was called ok):
1. `largest at $a = 0$` bound a; a later item's `\\tanh(a) = 2\\sigma(a) - 1` was proved at a = 0 only. A formula
   in a name given as a number, with no decimal in it, is also read with the name free (two readings).
2. `\\partial\\hat x_i/\\partial x_i = 1/\\sigma_B` with μ_B, σ_B worked out from the batch x: they move with x_i,
   the definitions do not say how (1/σ_B alone was confirmed).
3. `\\mathrm{LSE}(s)` of a vector s with no entries known here was log(exp(s)) = s.
False alarms (correct steps called wrong):
4. `2 \\le \\mathrm{LSE}(s)` after a wrong value of LSE(s): true with both values, so not `carried` (the second
   look checked an inequality as an equation).
5. `\\|w\\|^2 = 1.3208^2 + 0.7937^2` after `w = (7/5.3, 5/6.3) = (1.3208, 0.7973)` (wrong): right with what w's
   definition gives; which is meant is not known.
6. `-\\log p(w_j) = |w_j|/b + \\log(2b)`: points where neither side is real (b < 0) are outside the claim.
7. `f''(3{,}5)` with `f(\\lambda) = \\log p(\\lambda \\mid x)`: p(λ | x) is a name that moves with λ; f'' was 0.
8. `\\hat\\sigma^2 \\leftarrow 0.9 \\cdot 5.0 + …`: the arrow assigns σ̂² (it was a claim against σ̂² = 5.0).
"""
from verify.tex import CARRIED, OK, UNVERIFIED, WRONG, check_text


def verdicts(text):
    return [s.verdict for s in check_text(text).steps]


def test_a_formula_in_a_name_given_as_a_number_is_read_with_it_free_too():
    text = ("Here $\\sigma(a) = 1/(1 + e^{-a})$.\n\\begin{enumerate}\n"
            "\\item $\\sigma'(a) = \\sigma(a)(1 - \\sigma(a))$, largest at $a = 0$ where $\\sigma'(0) = \\frac14$.\n"
            "\\item $\\tanh(a) = 2\\sigma(a) - 1$.\n\\item $\\tanh(a) = 2\\sigma(2a) - 1$.\n\\end{enumerate}\n")
    steps = check_text(text).steps
    assert [s.verdict for s in steps[-2:]] == [UNVERIFIED, OK]
    assert "as a formula in a" in steps[-2].detail


def test_a_derivative_through_values_worked_out_from_the_data_is_not_confirmed():
    text = ("The batch is $x = (1.0, 3.0, 4.0, 8.0)$ with $N = 4$.\n"
            "\\[ \\mu_B = \\frac{1}{N}\\sum_{i=1}^{N} x_i = 4.0, \\quad \\sigma_B = \\sqrt{6.5} = 2.5495 \\]\n"
            "Normalising, $\\hat x_i = (x_i - \\mu_B)/\\sigma_B$.\n\n"
            "$\\dfrac{\\partial \\hat x_i}{\\partial x_i} = \\dfrac{1}{\\sigma_B}$\n")
    last = check_text(text).steps[-1]
    assert last.verdict == UNVERIFIED and "worked out from x" in last.detail
    # a name that does not come from the data is a constant as before
    plain = "Let $c = 2.5$ and $u_i = (x_i - 1)/c$.\n\n$\\frac{\\partial u_i}{\\partial x_i} = \\frac{1}{c}$\n"
    assert verdicts(plain)[-1] == OK


def test_lse_of_a_vector_with_no_entries_is_not_its_argument():
    assert verdicts("$\\mathrm{LSE}(s) + 1 = s + 1$\n")[-1] != OK
    assert verdicts("$\\mathrm{LSE}(1, 2) = \\ln(e + e^2)$\n")[-1] == OK


def test_an_inequality_true_with_both_values_is_not_carried():
    text = ("Take $q = 1.5 + 0.25 = 1.85$. So $2 \\le q + 0.5 \\le 3$.\n\n"
            "And $q + 0.1 \\ge 1.9$.\n")
    got = verdicts(text)
    assert got[1] == WRONG and CARRIED not in got[2:4]
    assert got[-1] == CARRIED          # 1.95 ≥ 1.9 with q as written; with q = 1.75, 1.85 ≥ 1.9 fails


def test_a_step_right_with_what_a_wrong_vector_should_be_is_unverified():
    text = ("So $w = \\Bigl(\\frac{7}{5.3},\\ \\frac{5}{6.3}\\Bigr) = (1.3208,\\ 0.7973)$.\n\n"
            "Also $\\|w\\|^2 = 1.3208^2 + 0.7937^2 = 2.374$.\n\n"
            "And $\\|w\\|^2 = 1.3208^2 + 0.7 = 2.4$.\n")
    got = check_text(text).steps
    assert got[1].verdict == WRONG
    assert got[2].verdict == UNVERIFIED and "what its definition gives" in got[2].detail
    assert got[4].verdict == WRONG         # wrong both ways stays wrong


def test_points_where_a_side_is_not_real_are_outside_the_claim():
    text = ("A Laplace prior $p(w_j) = \\frac{1}{2b}e^{-|w_j|/b}$ has $-\\log p(w_j) = |w_j|/b + \\log(2b)$.\n\n"
            "Wrong: $-\\log p(w_j) = |w_j|/b - \\log(2b)$.\n")
    assert verdicts(text)[1:] == [OK, WRONG]


def test_a_function_defined_through_a_density_of_its_argument_is_not_differentiated_as_a_constant():
    text = ("Mit $f(\\lambda) = \\log p(\\lambda \\mid x) = 21\\log\\lambda - 6\\lambda + \\text{const}$ ist\n"
            "$f'(\\lambda) = \\frac{21}{\\lambda} - 6 = 0$, also $\\hat\\lambda = \\frac{21}{6} = 3{,}5$, und\n"
            "\\[ f''(3{,}5) = -\\frac{21}{12{,}25} = -1{,}7143. \\]\n")
    steps = check_text(text).steps
    assert steps[-2].verdict == UNVERIFIED and "p(λ|x)" in steps[-2].detail


def test_an_arrow_assigns_a_square():
    text = ("Starting from $\\hat\\sigma^2 = 5.0$:\n"
            "\\[ \\hat\\sigma^2 \\leftarrow 0.9 \\cdot 5.0 + 0.1 \\cdot \\tfrac{4}{3}\\cdot 6.5 = 5.3667. \\]\n"
            "Then $\\hat\\sigma^2 + 1 = 6.3667$ and $\\hat\\sigma^2 = 5.0$.\n")
    # the old value stated again: a claim about the updated σ̂ (wrong) or a new case, as for `w = 5.0` after
    # `w \leftarrow …` (session 20: a spread's square stated again is read as a name stated again)
    got = check_text(text).steps
    assert [s.verdict for s in got[-2:]] == [OK, UNVERIFIED] and "a claim about σ̂ = √(5.3667)" in got[-1].detail
    assert verdicts(text.replace("+ 1 = 6.3667", "+ 1 = 6.0"))[-2] == WRONG


def test_a_relation_false_for_every_value_of_its_names_is_wrong():
    """`\\sigma(a) + \\sigma(-a) = 0`: no value known for a, but none is needed: the sides differ by 1 for
    every a (it was an equation left open). `x^2 - 4 = 0` stays an equation."""
    text = ("Here $\\sigma(a) = 1/(1 + e^{-a})$. Then $\\sigma(-a) = 1 - \\sigma(a)$, so $\\sigma(a) + \\sigma(-a) = 0$.\n\n"
            "Also $\\sigma(a) + \\sigma(-a) = 1$ and $x^2 - 4 = 0$.\n")
    assert verdicts(text)[2:] == [WRONG, OK, UNVERIFIED]
