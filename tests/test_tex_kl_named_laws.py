"""KL(p ‖ q) between two named laws with numbers for parameters is computed (sympy.stats, in nats), so a
value or formula stated for it is a claim: checked, not "a divergence formula not checked here" (or, for a
bare number, a silent definition). Written `\\mathrm{KL}(p \\| q)`, `D_{\\mathrm{KL}}(p \\parallel q)` or
`D_{KL}(p || q)` alike. With letters for parameters, decided with σ > 0 (a standard deviation)."""
from verify.tex import GIVEN, OK, UNVERIFIED, WRONG, check_text

LAWS = "For $p = \\mathcal N(5, 4)$ and $q = \\mathcal N(4, 9)$:\n"


def verdicts(text):
    return [s.verdict for s in check_text(text).steps]


def test_a_formula_for_the_kl_of_two_normals_is_checked():
    text = LAWS + "$\\mathrm{KL}(p \\,\\|\\, q) = \\ln\\frac{3}{2} + \\frac{4 + 1}{18} - \\frac12$.\n"
    assert verdicts(text)[-1] == OK


def test_the_kl_the_other_way_round_is_not_the_same_and_is_caught():
    assert verdicts(LAWS + "$D_{\\mathrm{KL}}(q || p) = 0.1833$.\n")[-1] == WRONG       # it is 0.3445
    assert verdicts(LAWS + "$D_{\\mathrm{KL}}(q \\parallel p) = 0.3445$.\n")[-1] == OK


def test_a_wrong_bernoulli_kl_with_one_term_is_caught():
    text = "With $a = \\mathrm{Bern}(0.5)$ and $b = \\mathrm{Bern}(0.25)$, $\\mathrm{KL}(a \\| b) = 0.5 \\ln 2$.\n"
    assert verdicts(text)[-1] == WRONG


def test_letters_for_parameters_are_decided_with_a_standard_deviation_positive():
    # (session 45: this was left unverified, the sign a σ may take mattering; σ in 𝒩(μ, σ²) is a standard deviation,
    # positive by the notation's convention, and the formula is decided on that range -- see test_tex_kl_letters.py)
    laws = "For $p = \\mathcal N(\\mu_1, \\sigma_1^2)$ and $q = \\mathcal N(\\mu_2, \\sigma_2^2)$, "
    text = (laws + "$\\mathrm{KL}(p \\| q) = \\ln\\frac{\\sigma_2}{\\sigma_1} + \\frac{\\sigma_1^2 + (\\mu_1 - \\mu_2)^2}"
            "{2\\sigma_2^2} - \\frac12$.\n")
    assert verdicts(text)[-1] == OK
    assert verdicts(text.replace("\\frac{\\sigma_2}{\\sigma_1}", "\\frac{\\sigma_1}{\\sigma_2}"))[-1] == WRONG


def test_a_kl_of_names_without_laws_is_still_a_value_given():
    assert verdicts("$\\mathrm{KL}(p \\| q) = 0.2$.\n") == [GIVEN]


def test_a_negative_kl_is_wrong_and_the_kl_of_a_law_to_itself_is_zero():
    assert verdicts("$\\mathrm{KL}(p \\| q) = -0.1927$.\n") == [WRONG]
    assert verdicts("$D_{\\mathrm{KL}}(p \\,\\|\\, p) = 0$.\n") == [OK]


def test_kl_below_zero_is_a_claim_not_a_condition_on_a_name():
    assert verdicts("$\\mathrm{KL}(p \\| q) \\le 0$.\n") == [UNVERIFIED]
