"""A sum of the file's own data equal to a number (`\\sum_i x_i^2 = 41` after `x = (1, 2, 6)`) is checked on
those data; it was `unverified` ("a value of a sum of the data") even when the file had given them. Data written
only in prose (`data 0.5, 1.5, 2.0`) or not at all still give no verdict: the x_i could be anything."""
from verify.tex import OK, UNVERIFIED, WRONG, check_text


def verdicts(text):
    return [s.verdict for s in check_text(text).steps]


def test_a_written_out_vector_is_the_data_of_a_sum_without_bounds():
    text = "Let $x = (1, 2, 6)$. $\\sum_i x_i^2 = 41$, $\\sum_i x_i^2 = 40$, $\\frac13\\sum_i x_i = 3$"
    assert verdicts(text)[1:] == [OK, WRONG, OK]
    assert "over the file's data" in check_text(text).steps[2].detail


def test_named_data_and_a_bound_that_is_their_count():
    text = ("Data $x_1 = 2$, $x_2 = 3$, $x_3 = 7$, so $n = 3$.\n"
            "$\\sum_{i=1}^{n} x_i = 12$, $\\sum_{i=1}^{n} x_i = 13$, $\\sum_i (x_i - 4)^2 = 14$")
    assert verdicts(text)[4:] == [OK, WRONG, OK]


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
