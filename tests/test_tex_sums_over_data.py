"""Sums over the file's own data (`y = (3, 5, 4)`, `n = 3`): a likelihood written with the product over i = 1..n
on one side and Σ_i on the other is not WRONG (read with the y_i any numbers and Σ_i over a count of its own, it
was). A sum equal to a number is checked on the data the same part gives (not without them)."""
from verify.tex import GIVEN, OK, UNVERIFIED, WRONG, check_text


def verdicts(text):
    return [s.verdict for s in check_text(text).steps]


def test_a_value_of_the_files_data_is_checked_on_them():
    # Tried in session 13 without guards: +14 confirmed on the development sets, +17 correct steps called wrong
    # on the then blind batch 9, so reverted. Session 23 read it again with guards (the data of this part only,
    # names given as numbers only, data resting on no wrong or unchecked step): 44 decisions on the development
    # dump (batch 9 included), none a false alarm; without the guards, two wrong steps were called ok there
    text = "Let $x = (1, 2, 6)$. $\\sum_i x_i^2 = 41$, $\\sum_i x_i^2 = 40$"
    assert verdicts(text)[1:] == [OK, WRONG]


def test_without_the_data_a_value_is_still_not_decided():
    assert verdicts("$\\sum_{i=1}^n x_i = 10$") == [UNVERIFIED]
    # a sample listed in prose is the data of the letter summed (session 30): read, and checked
    text = "With data $0.5, 1.5, 2.0$: $\\sum_{i=1}^{n} x_i = 4$"
    assert verdicts(text) == [GIVEN, OK]
    assert verdicts(text.replace("= 4$", "= 5$")) == [GIVEN, WRONG]


def test_an_identity_between_sums_is_still_an_identity():
    text = "Let $x = (1, 2, 6)$. $\\left(\\sum_i x_i\\right)^2 = n\\sum_i x_i^2$"
    assert verdicts(text)[1] in (WRONG, UNVERIFIED)         # never ok: it is false for these data too


def test_a_likelihood_over_the_data_with_its_count_bound_is_not_wrong():
    # n = 3 and y given: the product over i = 1..n and the sum over "the examples" are the same three terms;
    # read with the y_i any numbers (and Σ_i over a count of its own) it was WRONG
    text = ("Counts $y = (3, 5, 4)$, so $n = 3$. Let $\\alpha = 2$, $\\beta = 0.5$.\n"
            "$$\\lambda^{\\alpha - 1}e^{-\\beta\\lambda} \\prod_{i=1}^{n} \\lambda^{y_i}e^{-\\lambda} = "
            "\\lambda^{\\alpha + \\sum_i y_i - 1}e^{-(\\beta + n)\\lambda}$$")
    step = check_text(text).steps[-1]
    assert step.verdict == UNVERIFIED and "the file's data: equal" in step.detail
    wrong = text.replace("e^{-(\\beta + n)\\lambda}", "e^{-(\\beta + 1)\\lambda}")
    assert check_text(wrong).steps[-1].verdict == WRONG


def test_an_equation_between_sums_of_different_data_is_a_condition_not_an_identity():
    # batch 27: `at the maximum the score is zero, so \sum_i \hat\lambda_i = \sum_i y_i` was called wrong
    assert verdicts("$\\sum_i \\hat\\lambda_i = \\sum_i y_i$") == [UNVERIFIED]
    assert verdicts("$\\sum_i x_i\\hat\\lambda_i = \\sum_i x_i y_i$") == [UNVERIFIED]
    # a term dropped from one side is still a counterexample, and a law of sums still holds or fails
    assert verdicts("$\\sum_i (x_i + y_i)^2 = \\sum_i x_i^2 + \\sum_i y_i^2$") == [WRONG]
    assert verdicts("$\\sum_i (x_i + y_i)^2 = \\sum_i x_i^2$") == [WRONG]
    assert verdicts("$\\sum_i x_i y_i = \\sum_i y_i x_i$") == [OK]


def test_data_written_with_decimals_are_the_data():
    # x = (1.0, 3.0, 4.0, 8.0): each decimal a symbol until read exactly, so the sides looked like formulas in names
    # and the value was never decided
    text = "The batch is $x = (1.0, 3.0, 4.0, 8.0)$ with $N = 4$.\n$\\frac{1}{N}\\sum_{i=1}^{N} x_i = \\frac{%s}{4}$"
    assert verdicts(text % "16")[-1] == OK
    assert verdicts(text % "17")[-1] == WRONG


def test_the_entries_of_a_bold_data_vector_are_the_x_i_of_a_sum():
    # `\mathbf x = (1, 2, 3)` then `\sum_i x_i y_i`: x plain has no meaning of its own, so the x_i are 𝐱's entries
    given = "Three points: $\\mathbf x = (1, 2, 3)$, $\\mathbf y = (1.5, 2.0, 4.0)$.\n"
    assert verdicts(given + "$\\sum_i x_i y_i = 1.5 + 4.0 + 12.0 = 17.5$")[-2:] == [OK, OK]
    assert verdicts(given + "$\\sum_i x_i y_i = 1.5 + 4.0 + 13.0$")[-1] == WRONG
    # a plain x with a value of its own is not 𝐱: the sum is not over 𝐱's entries
    other = given + "Let $x = 2$.\n$\\sum_i x_i y_i = 17.5$"
    assert verdicts(other)[-1] == UNVERIFIED


def test_a_bold_vector_given_again_in_the_part_leaves_the_sum_open():
    # 𝐳 worked out, then a gradient step written in the prose (`𝐳 \leftarrow 𝐳 - η(𝐲 - 𝐩)`) gives 𝐳 another
    # value: a later `\ln\sum_k e^{z_k} = \ln 6.4983` is about the 𝐳 of the worked example, not the stepped one
    text = ("Let $\\mathbf z = (1.5, 0.5, -1)$, $\\mathbf y = (0, 1, 0)$, $\\mathbf p = (0.7, 0.2, 0.1)$, "
            "$\\eta = 0.1$.\n$\\sum_k e^{z_k} = 4.4817 + 1.6487 + 0.3679 = 6.4983$.\n\n"
            "A step $\\mathbf z \\leftarrow \\mathbf z - \\eta(\\mathbf y - \\mathbf p)$ would move it.\n\n"
            "$\\ln\\sum_k e^{z_k} = \\ln 6.4983 = 1.8715$")
    out = verdicts(text)
    assert out[4:6] == [OK, OK] and out[-2] == UNVERIFIED and WRONG not in out


def test_exact_values_kept_to_forty_digits_still_sum_to_an_exact_number():
    # p = softmax(z) kept as rationals to 40 digits: Σ_k p_k - 1 came to 2e-41, and `= 0` was a false alarm
    text = ("\\newcommand{\\softmax}{\\operatorname{softmax}}\nLet $z = (1, 2, 3)$.\n"
            "$p = \\softmax(z) = (0.0900, 0.2447, 0.6652)$.\nThe entries add to one: $\\sum_k p_k - 1 = %s$")
    assert verdicts(text % "0")[-1] == OK
    assert verdicts(text % "0.01")[-1] == WRONG
