"""Session 45: what the hand checker reads now that it did not (each case broken on purpose, and caught).

- KL(· ‖ ·) between laws written with letters (𝒩(μ_1, σ_1²), Bern(p), Exp(λ), Poisson(λ)): derived with sympy.stats
  and decided with σ > 0 (a standard deviation), a rate > 0, 0 < p < 1 -- the ranges the notation means;
- a limit reads a name by its definition in the limit's variable, never as the constant it was at one point;
"""
import pytest

from verify.tex import OK, UNVERIFIED, WRONG, check_text


def verdicts(text):
    return [s.verdict for s in check_text(text).steps]


NORMALS = "\\mathrm{KL}\\big(\\mathcal{N}(\\mu_1, \\sigma_1^2)\\,\\|\\,\\mathcal{N}(\\mu_2, \\sigma_2^2)\\big)"
KL_FORMULAS = [
    (NORMALS, "\\log\\frac{\\sigma_2}{\\sigma_1} + \\frac{\\sigma_1^2 + (\\mu_1 - \\mu_2)^2}{2\\sigma_2^2} - \\frac12",
     "\\log\\frac{\\sigma_1}{\\sigma_2} + \\frac{\\sigma_1^2 + (\\mu_1 - \\mu_2)^2}{2\\sigma_2^2} - \\frac12"),
    ("D_{\\mathrm{KL}}(\\mathcal{N}(0, s^2) \\,\\|\\, \\mathcal{N}(0, 1))", "\\tfrac12(s^2 - 1 - \\ln s^2)",
     "\\tfrac12(s^2 - 1 + \\ln s^2)"),
    ("\\mathrm{KL}(\\mathcal{N}(\\mu, 1)\\,\\|\\,\\mathcal{N}(0, 1))", "\\frac{\\mu^2}{2}", "\\mu^2"),
    ("\\operatorname{KL}\\bigl(\\mathrm{Bern}(p)\\,\\|\\,\\mathrm{Bern}(q)\\bigr)",
     "p\\log\\frac{p}{q} + (1 - p)\\log\\frac{1 - p}{1 - q}", "p\\log\\frac{p}{q} + (1 - p)\\log\\frac{1 - q}{1 - p}"),
    ("\\mathrm{KL}(\\mathrm{Exp}(\\lambda) \\,\\|\\, \\mathrm{Exp}(\\mu))", "\\log\\frac{\\lambda}{\\mu} + \\frac{\\mu}{\\lambda} - 1",
     "\\log\\frac{\\mu}{\\lambda} + \\frac{\\mu}{\\lambda} - 1"),
    ("\\mathrm{KL}(\\mathrm{Poisson}(\\lambda) \\,\\|\\, \\mathrm{Poisson}(\\mu))",
     "\\lambda\\log\\frac{\\lambda}{\\mu} - \\lambda + \\mu", "\\lambda\\log\\frac{\\lambda}{\\mu} - \\lambda"),
]


@pytest.mark.parametrize("kl, right, wrong", KL_FORMULAS)
def test_a_kl_between_laws_in_letters_is_derived_and_a_slip_in_it_is_caught(kl, right, wrong):
    assert verdicts(f"$${kl} = {right}$$\n") == [OK]
    assert verdicts(f"$${kl} = {wrong}$$\n") == [WRONG]


def test_named_laws_in_letters_give_their_kl_too():
    laws = "For $p = \\mathcal N(\\mu_1, \\sigma_1^2)$ and $q = \\mathcal N(\\mu_2, \\sigma_2^2)$,\n"
    swapped = "$\\mathrm{KL}(q \\| p) = \\ln\\frac{\\sigma_2}{\\sigma_1} + \\frac{\\sigma_1^2 + (\\mu_1 - \\mu_2)^2}{2\\sigma_2^2} - \\frac12$.\n"
    assert verdicts(laws + swapped)[-1] == WRONG       # the divergence is not symmetric
    right = "$\\mathrm{KL}(q \\| p) = \\ln\\frac{\\sigma_1}{\\sigma_2} + \\frac{\\sigma_2^2 + (\\mu_1 - \\mu_2)^2}{2\\sigma_1^2} - \\frac12$.\n"
    assert verdicts(laws + right)[-1] == OK


def test_a_variance_written_as_a_letter_or_a_sum_is_not_read_as_a_standard_deviation():
    # 𝒩(0, v): is v a variance or a standard deviation (some write 𝒩(μ, σ))? The sign convention is not the notation's
    # own there, so nothing is decided from it
    assert verdicts("$$\\mathrm{KL}(\\mathcal{N}(0, v) \\,\\|\\, \\mathcal{N}(0, 1)) = \\tfrac12(v - 1 - \\ln v)$$\n") == [UNVERIFIED]
    assert verdicts("$$\\mathrm{KL}(\\mathcal{N}(0, a^2 + b^2) \\,\\|\\, \\mathcal{N}(0, 1)) = \\tfrac12(a^2 + b^2 - 1)$$\n") \
        == [UNVERIFIED]


def test_a_limit_reads_a_name_by_its_definition_in_the_limit_variable():
    defined = "Let $q = \\frac{e^{4/T}}{e^{1/T} + e^{4/T}}$ and $T = 1$, so $q = 0.9526$.\n"
    assert verdicts(defined + "$$\\lim_{T \\to 0^+} q = 1$$\n")[-1] == OK
    assert verdicts(defined + "$$\\lim_{T \\to 0^+} q = 0.9526$$\n")[-1] == WRONG     # (not the value at T = 1)


def test_a_limit_of_a_value_worked_out_at_one_point_of_its_variable_is_not_that_value():
    # p_3 is given at T = 1 only: as T moves, how it moves is not known -- neither 1 (right, as it happens) nor the
    # 0.8438 it had at T = 1 is confirmed, and no `wrong` is said on the constant's account
    at_one = "At $T = 1$ the logits give $p_3 = \\frac{e^4}{e + e^2 + e^4} = 0.8438$.\n"
    assert verdicts(at_one + "$\\lim_{T \\to 0^+} p_3 = 1$.\n")[-1] == UNVERIFIED
    assert verdicts(at_one + "$\\lim_{T \\to 0^+} p_3 = 0.8438$.\n")[-1] == UNVERIFIED
    named = "$p^{(T)}_1 = 0.5465$.\n"       # the name says it depends on T
    assert verdicts(named + "$\\lim_{T \\to \\infty} p^{(T)}_1 = \\tfrac12$.\n")[-1] == UNVERIFIED
    # a constant that has nothing to do with the variable stays a constant, also when the variable has a value
    given = "With $K = 3$ and $\\varepsilon = 0.1$, "
    assert verdicts(given + "$\\lim_{\\varepsilon \\to 0^+} \\frac{1 - \\varepsilon + \\varepsilon/K}{\\varepsilon/K} = \\infty$.\n")[-1] == OK
    assert verdicts(given + "$\\lim_{\\varepsilon \\to 0^+} \\frac{1 - \\varepsilon + \\varepsilon/K}{\\varepsilon/K} = K$.\n")[-1] == WRONG
    assert verdicts("Let $c = 0.5$. $\\lim_{n \\to \\infty} (1 + c/n)^n = e^{0.5}$.\n")[-1] == OK
    assert verdicts("Let $c = 0.5$. $\\lim_{n \\to \\infty} (1 + c/n)^n = e^{0.25}$.\n")[-1] == WRONG


def test_session_45_readings_on_broken_input_stay_located():
    # a KL whose law is cut off, a law with an empty parameter, a limit with no variable: each relation is reported at
    # its line and column, none is `ok`, and a wrong step after them is still caught
    text = ("$$\\mathrm{KL}\\big(\\mathcal{N}(\\mu_1, \\sigma_1^2\\,\\|\\,\\mathcal{N}(\\mu_2, \\sigma_2^2)\\big) = \\frac12$$\n"
            "$$\\mathrm{KL}(\\mathcal{N}(, 1) \\,\\|\\, \\mathcal{N}(0, 1)) = 0$$\n"
            "$$\\lim_{\\to 0} q = 1$$\n"
            "$$\\lim_{T \\to 0^+} = 1$$\n"
            "$2 + 2 = 5$\n")
    steps = check_text(text, "broken.tex").steps
    assert [s.line for s in steps] == [1, 2, 3, 4, 5]
    assert all(s.verdict != OK for s in steps[:4])
    assert steps[-1].verdict == WRONG
    unread = [s for s in steps[:4] if "cannot read it" in s.detail]
    assert unread and all("line" in s.detail and "column" in s.detail for s in unread)
