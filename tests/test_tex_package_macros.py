"""Macros of common packages read as what they stand for (verify/tex/package_macros.py): siunitx \\num and
\\qty/\\SI, physics \\dv, \\pdv and \\qty( ), xfrac \\sfrac. Each was "unsupported" before."""
from verify.tex import OK, UNVERIFIED, WRONG, check_text


def verdicts(text):
    return [s.verdict for s in check_text(text).steps]


def test_physics_derivatives_are_checked_and_a_wrong_one_is_caught():
    assert verdicts("$\\dv{x}\\tanh x = 1 - \\tanh^2 x$ and $\\pdv[2]{(x^3 y)}{x} = 6xy$.\n") == [OK, OK]
    assert verdicts("$\\dv{(\\sigma(x))}{x} = \\sigma(x)^2$.\n") == [WRONG]


def test_siunitx_numbers_keep_their_written_places():
    assert verdicts("$\\num{3.2e-3} \\times 2 = \\num{6.4e-3}$.\n") == [OK]
    assert verdicts("$\\num{1,5} + 1 = 2.5$ and $\\qty{3}{\\metre} + 1 = 5$.\n") == [OK, WRONG]
    assert verdicts("$\\num{12 345.6} \\times 2 = 24691.3$.\n") == [WRONG]        # it is 24691.2


def test_a_mixed_partial_is_left_unread_not_guessed():
    assert verdicts("$\\pdv{f}{x}{y} = 0$.\n") == [UNVERIFIED]


def test_sfrac_and_sized_parentheses():
    assert verdicts("$\\sfrac{1}{4} + \\qty(\\frac12)^2 = 0.5$.\n") == [OK]

