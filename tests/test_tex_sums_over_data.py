"""Sums over the file's own data (`y = (3, 5, 4)`, `n = 3`): a likelihood written with the product over i = 1..n
on one side and Σ_i on the other is not WRONG (read with the y_i any numbers and Σ_i over a count of its own, it
was). A sum equal to a number is checked on the data the same part gives (not without them)."""
from verify.tex import OK, UNVERIFIED, WRONG, check_text


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
    text = "With data $0.5, 1.5, 2.0$: $\\sum_{i=1}^{n} x_i = 4$"
    assert verdicts(text) == [UNVERIFIED]


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
