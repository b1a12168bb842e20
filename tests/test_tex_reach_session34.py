"""Reach and soundness added in session 34 from the development sets, each beside the broken case that must stay
caught (or the reading that must not fire)."""
import os
import subprocess
import sys
from pathlib import Path

from helpers import tex_at as at, tex_steps as steps
from verify.tex import OK, UNVERIFIED, WRONG, check_text


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


LOGISTIC = ("Data $x_1 = 1$, $y_1 = 1$; $x_2 = 2$, $y_2 = 0$. Start at $w = 0.5$, $b = 0$,\n"
            "loss $L = \\frac{1}{2}\\sum_{i=1}^{2} \\ell_i$ with $\\ell_i = -y_i\\ln p_i - (1 - y_i)\\ln(1 - p_i)$ and "
            "$p_i = \\sigma(w x_i + b)$.\n"
            "So $p_1 = \\sigma(0.5) = 0.6225$, $p_2 = \\sigma(1) = 0.7311$ and $L = \\frac12(0.4741 + 1.3134) = 0.8938$.\n"
            "Then $\\frac{\\partial L}{\\partial b} = \\frac12(p_1 - y_1 + p_2 - y_2) = 0.1768$.\n"
            "With $\\eta = 0.5$: $b \\leftarrow 0 - 0.5(0.1768) = -0.0884$.\n"
            "I ran your numbers with the fixed step: $L = 0.8938$ before and $L = {after}$ after.\n")


def test_a_loss_restated_after_an_update_has_the_reading_at_the_new_values():
    # `L = 0.8789` after `b ← …` on the line that restated L = 0.8938: L was defined at the point before the update
    # (b⁰), so it was a false alarm; at the values after it, it holds: two readings, different verdicts
    out = steps(LOGISTIC.replace("{after}", "0.8789"))
    step = at(out, "L = 0.8789")
    assert step.verdict == UNVERIFIED and "values after it: ok" in step.detail
    assert at(out, "L = 0.8938").verdict == OK
    # a value right at neither point stays wrong (0.8813: neither 0.8937 nor 0.8789)
    assert at(steps(LOGISTIC.replace("{after}", "0.8813")), "L = 0.8813").verdict == WRONG


def test_pi_with_an_iterate_superscript_is_a_name():
    # EM's mixing weight after one iteration, `\pi^{(1)}`, was π¹ = 3.14159…: two false alarms in a graded script
    out = steps("Then $\\pi^{(1)} = \\frac{2.9870}{5} \\approx 0.5974$, so $\\pi^{(1)} + 1 = 1.5974$.\n")
    assert at(out, "\\pi^{(1)} + 1 = 1.5974").verdict == OK
    assert at(steps("Then $\\pi^{(1)} = 0.5974$, so $\\pi^{(1)} + 1 = 1.6974$.\n"), "\\pi^{(1)} + 1").verdict == WRONG
    # π squared is still the number
    assert at(steps("Here $\\pi^2 = 9.8696$ and $\\pi^{2} = 9.9$.\n"), "\\pi^2 = 9.8696").verdict == OK
    assert at(steps("Here $\\pi^{2} = 9.7$.\n"), "\\pi^{2} = 9.7").verdict == WRONG


ARROWS = ("\\section*{Problem 1}\nSo $p_1 = \\sigma(-0.5) = 0.3775$, $p_2 = \\sigma(1.5) = 0.8176$.\n\n"
          "\\section*{Problem 2}\nTake $\\vec p = (0.5, 0.25, 0.25)$ and $\\vec q = (0.2, 0.3, 0.5)$. Then\n"
          "$-\\sum_k p_k\\ln q_k = 0.5(1.6094) + 0.25(1.2040) + 0.25(0.6931) = {value}$ and "
          "$-\\ln p_2 = {log}$.\n")


def test_entries_of_a_vector_written_with_an_arrow():
    # `\vec p` is p⃗, which the entries p_k of a later part did not reach (only 𝐩 did): the sum was checked with
    # p_2 of problem 1 (0.8176), a false alarm, and -ln p_2 was wrong against it
    out = steps(ARROWS.replace("{value}", "1.2790").replace("{log}", "1.3863"))
    assert at(out, "-\\sum_k p_k\\ln q_k = 0.5(1.6094)").verdict == OK
    assert at(out, "-\\ln p_2 = 1.3863").verdict == UNVERIFIED     # an entry, or a name of its own: two readings
    wrong = steps(ARROWS.replace("0.25(0.6931) = {value}", "0.5(0.6931) = {value}").replace("{value}", "1.4523")
                  .replace("{log}", "1.3863"))
    assert at(wrong, "-\\sum_k p_k\\ln q_k = 0.5(1.6094)").verdict == WRONG
    assert at(steps(ARROWS.replace("{value}", "1.2790").replace("{log}", "0.2014")), "-\\ln p_2").verdict != OK


POISSON = ("Hourly arrivals were recorded: $\\mathbf x = (3, 5, 2, 4, 6)$, so\n"
           "$$p(\\mathbf x \\mid \\lambda) = \\prod_{i=1}^{5} \\frac{\\lambda^{x_i} e^{-\\lambda}}{x_i!}"
           " = \\frac{\\lambda^{20} e^{-5\\lambda}}{3!\\,5!\\,2!\\,4!\\,6!}.$$\n")


def test_a_product_over_a_bold_vectors_entries_with_a_parameter_left():
    # x_i with only 𝐱 written out: as 𝐱's entries the product is the likelihood in λ, as names of their own it is
    # no identity; it was `wrong` (a false alarm in a graded script), now the two readings are named
    step = at(steps(POISSON), "\\prod_{i=1}^{5}")
    assert step.verdict == UNVERIFIED and "as entries of the bold vectors" in step.detail
    # an exponent that is not the data's sum is wrong in both readings
    assert at(steps(POISSON.replace("\\lambda^{20}", "\\lambda^{21}")), "\\prod_{i=1}^{5}").verdict == WRONG


def test_malformed_input_in_the_new_readings_is_reported_and_the_rest_is_checked():
    # an unclosed iterate superscript, an unclosed arrow vector, an unclosed bar, a product with nothing on its right:
    # each is unverified with where it is, and the line after them is still checked
    out = check_text("Take $\\pi^{(1} = 0.5$ and $\\pi^{()} = 2$.\n"
                     "Then $\\vec p = (0.5, 0.25$ and $\\bar{ = 3$.\n"
                     "$\\mathbf x = (3, 5)$, $\\prod_{i=1}^{2} \\lambda^{x_i} = $.\n"
                     "Still checked: $2 + 2 = 5$.\n", "bad.tex").steps
    assert "unclosed '(' (line 1, column" in at(out, "\\pi^{(1} = 0.5").detail
    assert at(out, "\\pi^{()} = 2").verdict != OK      # (an empty superscript is no iterate: π^{()} is not read)
    assert "unclosed '(' (line 2, column 16)" in at(out, "\\vec p = (0.5").detail
    assert "(line 2, column" in at(out, "\\bar{").detail
    assert at(out, "\\prod_{i=1}^{2}").verdict == UNVERIFIED
    assert at(out, "2 + 2 = 5").verdict == WRONG
