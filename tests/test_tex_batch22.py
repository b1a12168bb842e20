"""Batch 22 (read in session 19): the wrong step it called ok and a false alarm it exposed, each as a small case.

- "so the posterior standard deviation is $\\sigma_\\theta = 0.0139$" right after `Var[θ | k] = … ≈ 0.0139`: σ_θ was a
  new name given the variance's value, and `2\\sigma_\\theta = 0.0278` passed on it. A name the prose calls a standard
  deviation, right after a chain worked out a variance, is a claim: √Var.
- "Dual numbers give the same thing: $(2 + \\varepsilon)^2 = 4 + 4\\varepsilon$", with `\\varepsilon^2 = 0` stated only
  later on the line: the prose names dual numbers, so ε is their unit from there on in that part.
Each test breaks the thing on purpose and asserts it is caught, or asserts a reading that must not fire.
"""
from verify.tex import GIVEN, OK, UNVERIFIED, WRONG, check_text


def steps(text):
    return check_text(text).steps


SPREAD = ("\\[\n\\operatorname{Var}[\\theta \\mid k] = \\frac{10 \\cdot 5}{15^2 \\cdot 16} = \\frac{1}{72} \\approx 0.0139,\n\\]\n"
          "so the posterior standard deviation is $\\sigma_\\theta = 0.0139$ and a band is $2\\sigma_\\theta = 0.0278$.\n")


def test_a_standard_deviation_given_the_variance_value_is_wrong():
    got = steps(SPREAD)
    sd = next(s for s in got if s.lhs == "\\sigma_\\theta")
    assert sd.verdict == WRONG
    assert got[-1].verdict != OK                # 2σ_θ = 0.0278 rests on it


def test_the_root_of_the_variance_is_not_confirmed_as_the_formula_is_not_checked():
    got = steps(SPREAD.replace("\\sigma_\\theta = 0.0139", "\\sigma_\\theta = 0.1179"))
    sd = next(s for s in got if s.lhs == "\\sigma_\\theta")
    assert sd.verdict == UNVERIFIED and "standard deviation" in sd.detail


def test_a_spread_named_after_other_work_is_still_a_definition():
    # the noise level given in a new chain, not right after the variance: data, not a claim about √Var
    text = SPREAD.replace("so the posterior standard deviation is $\\sigma_\\theta = 0.0139$ and a band is "
                          "$2\\sigma_\\theta = 0.0278$.",
                          "Then $n = 10$. The noise standard deviation is $\\sigma_n = 0.5$, so $2\\sigma_n = 1$.")
    got = steps(text)
    assert [s.verdict for s in got if s.lhs in ("\\sigma_n", "2\\sigma_n")] == [GIVEN, OK]


DUAL_IN_PROSE = ("Dual numbers give the same thing in one line each: $(2 + \\varepsilon)^2 = 4 + 4\\varepsilon$, "
                 "$\\ln(2 + \\varepsilon) = \\ln 2 + \\tfrac12\\varepsilon$, and with $\\varepsilon^2 = 0$ the rest.\n")


def test_dual_numbers_named_in_prose_read_to_first_order():
    got = steps(DUAL_IN_PROSE)
    assert [s.verdict for s in got[:2]] == [OK, OK]
    assert "first order" in got[0].detail


def test_a_slip_with_dual_numbers_named_is_still_wrong():
    got = steps(DUAL_IN_PROSE.replace("4 + 4\\varepsilon", "4 + 2\\varepsilon").replace("\\tfrac12\\varepsilon",
                                                                                        "2\\varepsilon"))
    assert [s.verdict for s in got[:2]] == [WRONG, WRONG]


def test_without_dual_numbers_epsilon_is_an_unknown():
    got = steps(DUAL_IN_PROSE.replace("Dual numbers give", "Expanding gives").replace(
        ", and with $\\varepsilon^2 = 0$ the rest", ""))
    assert got[0].verdict == WRONG
