"""Readings batch 15 (read in session 15) showed missing, each with a line that fails on 812df3f.

1. Dual numbers declared with `\\equiv`: `\\eps^2 \\equiv 0`.
2. An equation said to follow from the last one in prose: `$J'(\\theta) = 0$ gives $(k+a-1)(1-\\theta) = …$`.
3. Ellipses: `1 + 2 + \\dots + 6` (an arithmetic progression) and `1 + x + \\frac{x^2}{2} + \\cdots` (a power
   series: the terms after the last written one are an O-term of the next order).
"""
from verify.tex import GIVEN, OK, UNVERIFIED, WRONG, check_text


def verdicts(text):
    return [s.verdict for s in check_text(text).steps]


def test_dual_numbers_with_equiv():
    text = ("\\newcommand{\\eps}{\\varepsilon}\nWrite $a + b\\eps$ with $\\eps^2 \\equiv 0$. Then "
            "$(2 + \\eps)^3 = 8 + 12\\eps$ and $(3 + \\eps)^3 = 27 + 9\\eps$ and "
            "$\\frac{1 + \\eps}{2 + \\eps} = 0.5 + 0.25\\eps$.")
    assert verdicts(text)[1:] == [OK, WRONG, OK]


def test_an_equation_that_follows_in_prose():
    text = ("$J(\\theta) = -8\\ln\\theta - 4\\ln(1 - \\theta)$, so $J'(\\theta) = -\\frac{8}{\\theta} + "
            "\\frac{4}{1 - \\theta}$, and $J'(\\theta) = 0$ gives $8(1 - \\theta) = 4\\theta$.")
    steps = check_text(text).steps
    assert [s.verdict for s in steps][-2:] == [GIVEN, OK]
    wrong = text.replace("8(1 - \\theta) = 4\\theta", "8(1 - \\theta) = 5\\theta")
    assert verdicts(wrong)[-1] == WRONG
    unrelated = "$J'(\\theta) = 0$. A different remark: $8(1 - \\theta) = 4\\theta$."
    assert verdicts(unrelated)[-1] != OK          # no inference word: not linked


def test_an_arithmetic_progression_with_dots():
    assert verdicts("$\\frac{1 + 2 + \\dots + 6}{6} = \\frac{21}{6}$, $1 + 3 + \\dots + 9 = 24$.") == [OK, WRONG]
    assert verdicts("$1 + 2 + \\dots + n = \\frac{n(n+1)}{2}$, $1 + 2 + \\dots + n = n^2$.") == [OK, WRONG]
    assert verdicts("$x_1 + x_2 + \\dots + x_n = 3$.") == [UNVERIFIED]      # names: not read


def test_a_power_series_with_a_trailing_ellipsis():
    text = ("$e^x = 1 + x + \\frac{x^2}{2!} + \\frac{x^3}{3!} + \\cdots$, $e^{-x} = 1 - x + x^2 - x^3 + \\cdots$, "
            "$\\sin x = x - \\frac{x^3}{6} + \\frac{x^5}{120} - \\cdots$, $\\frac{1}{1 - r} = 1 + r + r^2 + \\cdots$.")
    assert verdicts(text) == [OK, WRONG, OK, OK]


def test_a_limits_variable_is_its_own():
    text = ("Let $x = (1, 2)$ and $n = (3, 4)$.\n"
            "$\\lim_{n\\to\\infty}\\bigl(1 + \\frac2n\\bigr)^n = 2e$, $\\lim_{x\\to 0}\\frac{\\sin x}{x} = 1$.")
    assert verdicts(text)[-2:] == [WRONG, OK]     # was "\\lim of something other than one variable"


def test_sums_with_factorials_and_a_divergent_region():
    assert verdicts("$\\sum_{k=0}^{\\infty}\\frac{1}{k!} = e$, $\\sum_{k=0}^{\\infty}\\frac{2}{k!} = e$.") == [OK, WRONG]
    steps = check_text("$\\sum_{k=1}^{\\infty} r^k = \\frac{1}{1 - r}$ for $|r| < 1$.").steps
    assert steps[0].verdict != OK and "TypeError" not in steps[0].detail       # the leaked TypeError


def test_kl_of_laws_written_in_place():
    text = ("$\\mathrm{KL}(\\mathcal{N}(0, 4)\\,\\|\\,\\mathcal{N}(1, 1)) = \\ln 2 - 0.5 + \\frac{4 + 1}{2}$ and "
            "$\\mathrm{KL}(\\mathcal{N}(0, 4)\\,\\|\\,\\mathcal{N}(1, 1)) = \\frac{4 + 1}{2} - \\ln 2 - 0.5$ and "
            "$\\mathrm{KL}\\bigl(\\mathrm{Ber}(0.5)\\,\\|\\,\\mathrm{Ber}(0.25)\\bigr) = 0.5\\ln\\frac{0.5}{0.25} + "
            "0.5\\ln\\frac{0.5}{0.75}$.")
    assert verdicts(text) == [WRONG, OK, OK]


def test_percentages():
    assert verdicts("$\\frac{0.6}{3} = 20.0\\,\\%$ and $\\frac{0.3162}{3} = 15.8\\,\\%$.") == [OK, WRONG]


def test_entries_of_a_numbered_vector():
    text = ("$w_2 = (0.5, -0.6)^\\top$, $h_2 = 0.6$. Then $w_{2,2} h_2 = -0.36$ and $w_{2,1} h_2 = -0.30$.")
    assert verdicts(text)[-2:] == [OK, WRONG]     # w_{2,2}: the second entry of w_2, not a free name


def test_kl_in_a_file_that_speaks_of_bits():
    text = ("A KL in bits: $\\mathrm{KL}\\big(\\mathrm{Ber}(0.2)\\,\\|\\,\\mathrm{Ber}(0.6)\\big) = "
            "0.2\\log_2\\frac{0.2}{0.6} + 0.8\\log_2\\frac{0.8}{0.4}$, and in nats "
            "$\\mathrm{KL}\\big(\\mathrm{Ber}(0.2)\\,\\|\\,\\mathrm{Ber}(0.6)\\big) = 0.3348$, not "
            "$\\mathrm{KL}\\big(\\mathrm{Ber}(0.2)\\,\\|\\,\\mathrm{Ber}(0.6)\\big) = 0.3848$.")
    steps = check_text(text).steps
    assert [s.verdict for s in steps] == [OK, OK, WRONG]
    assert "in bits" in steps[0].detail


def test_a_coefficient_beyond_any_rounding_of_the_decimals():
    text = ("Dual numbers, $\\varepsilon^2 = 0$: $\\frac{1 + \\varepsilon}{2 + \\varepsilon} = 0.5 + 0.75\\varepsilon$, "
            "$\\frac{1 + \\varepsilon}{2 + \\varepsilon} = 0.5 + 0.25\\varepsilon$, and $\\frac{1}{3 + \\varepsilon} = "
            "0.3333 - 0.1111\\varepsilon$.")
    steps = check_text(text).steps
    assert steps[1].verdict == WRONG and "whatever the rounding" in steps[1].detail    # was "at best up to rounding"
    assert steps[2].verdict == OK
    assert steps[3].verdict != WRONG              # 1/3 and 1/9 rounded: within half a unit
