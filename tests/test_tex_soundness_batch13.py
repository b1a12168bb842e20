"""Wrong steps called ok on batch 13 (measured blind, then read in session 14), reduced to a line each.

1. A last-digit slip explained away by a blanket half unit for "unwritten intermediate roundings":
   `-0.6 - 0.1 \\cdot (-0.4982) = -0.5501` is -0.55018, -0.5502 however its intermediate results are rounded.
   The intermediate results are now rounded as a hand computation rounds them, not widened.
2. Scientific notation under `\\approx`: `e^{-20} \\approx 2.061 \\times 10^{-8}` (it is 2.061e-9) passed, half a
   unit of the mantissa's third place (0.0005) being taken as an absolute tolerance.
"""
from verify.tex import OK, WRONG, check_text


def verdicts(text):
    return [s.verdict for s in check_text(text).steps]


def test_a_last_digit_slip_is_not_explained_by_unwritten_rounding():
    assert verdicts("$-0.6 - 0.1 \\cdot (-0.4982) = -0.5501$.\n") == [WRONG]
    assert verdicts("$-0.6 - 0.1 \\cdot (-0.4982) = -0.5502$.\n") == [OK]


def test_intermediate_results_rounded_by_hand_still_pass():
    # 0.3·0.777 = 0.2331 -> 0.233, 0.2·0.555 = 0.111: 0.344 by hand (0.3441 exactly)
    assert verdicts("$0.3 \\times 0.777 + 0.2 \\times 0.555 = 0.344$.\n") == [OK]


def test_scientific_notation_is_as_precise_as_its_mantissa():
    assert verdicts("$e^{-20} \\approx 2.061 \\times 10^{-8}$.\n") == [WRONG]
    assert verdicts("$e^{-20} \\approx 2.061 \\times 10^{-9}$ and $e^{-10} \\approx 4.540 \\times 10^{-5}$.\n") == [OK, OK]
    assert verdicts("$\\ln 1.1 \\approx 0.1 - 0.01/2$ and $e \\approx 2.72$.\n") == [OK, OK]
