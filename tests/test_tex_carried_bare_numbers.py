"""Wrong steps called ok on batch 11 (measured blind, then read in session 14), each reduced to a few lines of
my own: values that rest on a wrong step in chains that name nothing, and claims made for a range.

1. `\\frac{d}{dx}\\tanh(2x) = 2\\tanh x` (wrong), so at x = 0.5 the slope is `2 \\times 0.4621 = 0.9242`: the
   value of the wrong formula, `carried` (the right formula's value stays ok).
2. `0.98 + 0.5 \\times 0.58 = 1.27` after a wrong `0.2 + 0.28 = 0.58`: right arithmetic on a wrong result. Not ok,
   and not `carried` either: as arithmetic it is right (most labellers mark it ok), what it stands for is not.
3. `2 \\times 0.392 = 0.784` after `= 1.6 \\pm 0.392` could not be read: the arithmetic holds, 0.392 is unconfirmed.
4. `$\\sigma(x) > 0.6$ for $|x| < 1$` with x = 0.5 bound earlier: a claim for a range, not for 0.5.
5. `0 < \\eta < \\frac1a` with η and a given: a range or a fact about η's value, as with `0 < \\eta < 1`.
"""
from verify.tex import CARRIED, OK, UNVERIFIED, WRONG, check_text

TANH = ("At $x = 0.5$: $\\tanh(0.5) = 0.4621$.\n\n"
        "The derivative is $\\frac{d}{dx}\\tanh(2x) = 2\\tanh(x)$, so at $x = 0.5$ the slope is "
        "$2 \\times 0.4621 = 0.9242$.\n")


def on_line(text, line):
    return [s for s in check_text(text).steps if s.line == line]


def test_a_wrong_formula_evaluated_on_its_line_is_carried():
    steps = on_line(TANH, 3)
    assert steps[0].verdict == WRONG
    assert steps[-1].verdict == CARRIED and "wrong formula on line 3" in steps[-1].detail


def test_the_right_formula_evaluated_the_same_way_stays_ok():
    right = TANH.replace("= 2\\tanh(x)$", "= 2(1 - \\tanh^2(2x))$").replace("$2 \\times 0.4621 = 0.9242$",
                                                                            "$2 \\times 0.42 = 0.84$")
    assert [s.verdict for s in on_line(right, 3)][0] == OK
    assert on_line(right, 3)[-1].verdict == OK


NESTEROV = ("Nesterov: $v_2 = 0.2 + 0.28 = 0.58$, $w_2 = 0.4 + 0.58 = 0.98$.\n"
            "Look-ahead $0.98 + 0.5 \\times 0.58 = 1.27$, then $1.27 - 0.1 = 1.17$.\n")


def test_arithmetic_on_a_wrong_result_is_not_confirmed_nor_what_follows_from_it():
    steps = on_line(NESTEROV, 2)
    assert steps[0].verdict == UNVERIFIED and "0.58, the result of a wrong step on line 1" in steps[0].detail
    assert steps[1].verdict == UNVERIFIED and "1.27" in steps[1].detail


def test_the_same_arithmetic_after_right_steps_is_ok():
    right = NESTEROV.replace("0.2 + 0.28 = 0.58", "0.3 + 0.28 = 0.58")
    assert [s.verdict for s in on_line(right, 2)] == [OK, OK]


def test_numbers_from_an_unread_side_are_not_confirmed():
    text = "Interval: $\\mu_n \\pm 1.96\\,\\sigma_n^2 = 1.6 \\pm 0.392$, width $2 \\times 0.392 = 0.784$.\n"
    last = check_text(text).steps[-1]
    assert last.verdict == UNVERIFIED and "0.392" in last.detail


BOUND = "At $x = 0.5$: $\\tanh(0.5) = 0.4621$.\n\nA bound: $\\sigma(x) > 0.6$ for $\\lvert x\\rvert < 1$.\n"


def test_a_claim_for_a_range_is_not_confirmed_at_one_bound_value():
    claim = on_line(BOUND, 3)[0]
    assert claim.verdict == UNVERIFIED and "range" in claim.detail


def test_without_the_range_the_same_claim_is_about_the_value():
    assert on_line(BOUND.replace(" for $\\lvert x\\rvert < 1$", ""), 3)[0].verdict == OK


def test_a_range_whose_end_is_a_given_name_is_not_confirmed_by_the_value():
    steps = check_text("Take $\\eta = 0.1$ and $a = 4$.\n\nGD converges for $0 < \\eta < \\frac1a = 0.25$.\n").steps
    assert [s.verdict for s in steps[2:]] == [UNVERIFIED, UNVERIFIED, OK]
