"""Reach and soundness added in session 34 from the development sets, each beside the broken case that must stay
caught (or the reading that must not fire)."""
import os
import subprocess
import sys
from pathlib import Path

from verify.tex import OK, WRONG, check_text


def steps(text):
    return check_text(text).steps


def at(out, text):
    return next(s for s in out if f"{s.lhs} {s.rel} {s.rhs}".replace(" ", "").startswith(text.replace(" ", "")))


DATA = "The five measurements are ${letter} = (2.1, 3.4, 1.9, 4.2, 3.4)$, so ${claim}$.\n"


def test_the_bar_of_any_letter_is_the_mean_of_its_data():
    # `\bar y` is one code point (ȳ), `\bar x` two (x̄): only x̄ was read as the mean of the data x, so
    # `\bar y = 3.2` was a definition of ȳ and a wrong mean passed unchecked
    for letter in "xyaouz":         # (ā, ō, ū are one code point too; z̄ two)
        right = steps(DATA.format(letter=letter, claim=f"\\bar {letter} = 3.0"))
        assert right[-1].verdict == OK, (letter, right[-1])
        wrong = steps(DATA.format(letter=letter, claim=f"\\bar {letter} = 3.2"))
        assert wrong[-1].verdict == WRONG, (letter, wrong[-1])


def test_a_sum_of_squared_deviations_over_the_data_is_checked():
    # Σ(x_i - x̄)² with the x given: x̄ (the checker's mean of the data) no longer blocks reading the sum over them
    # ("a value of a sum of the data", unverified)
    for letter in "xy":
        sum_ = f"\\sum_i ({letter}_i - \\bar {letter})^2"
        assert steps(DATA.format(letter=letter, claim=f"{sum_} = 3.78"))[-1].verdict == OK
        assert steps(DATA.format(letter=letter, claim=f"{sum_} = 3.87"))[-1].verdict == WRONG
        variance = f"\\frac{{1}}{{4}}\\sum_i ({letter}_i - \\bar {letter})^2"
        assert steps(DATA.format(letter=letter, claim=f"{variance} = 0.945"))[-1].verdict == OK
        assert steps(DATA.format(letter=letter, claim=f"{variance} = 0.756"))[-1].verdict == WRONG     # ½ for ¼


CARRIED_TWICE = ("$h_2 = \\tanh(0.38) = 0.3672$ and $w_6 = 0.5$, $y = 1$; "
                 "$\\delta = h_2 w_6 - y = 0.3672(0.5) - 1 = -0.8164$ and $\\delta h_2 = (-0.8164)(0.3672) = -0.2998$.\n")


def test_messages_do_not_depend_on_the_hash_seed():
    # which wrong value a `carried` message names came from set order (PYTHONHASHSEED): the earliest is named now
    script = ("import sys; from verify.tex import check_text; "
              "print([s.detail for s in check_text(sys.stdin.read()).steps])")
    root = Path(__file__).resolve().parents[1]
    outs = {subprocess.run([sys.executable, "-c", script], input=CARRIED_TWICE, capture_output=True, text=True,
                           cwd=root, env={**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(root)},
                           check=True).stdout
            for seed in ("1", "2", "3", "4")}
    assert len(outs) == 1, outs
