"""Operator laws decided at random finite distributions (issue 11: 𝔼[log X] = log 𝔼[X] and
sd(X + Y) = sd X + sd Y were `unverified`, "other laws may apply")."""
from verify.tex import OK, UNVERIFIED, WRONG, check_text


def verdict(math):
    (s,) = check_text(f"${math}$\n").steps
    return s.verdict, s.detail


def test_wrong_laws_get_a_distribution_as_counterexample():
    for wrong in (r"\mathbb{E}[\log X] = \log\mathbb{E}[X]", r"\mathbb{E}[e^{X}] = e^{\mathbb{E}[X]}",
                  r"\operatorname{sd}(X + Y) = \operatorname{sd}(X) + \operatorname{sd}(Y)",
                  r"\mathrm{Corr}(2X, -3Y) = -6\,\mathrm{Corr}(X, Y)"):
        v, detail = verdict(wrong)
        assert v == WRONG and "probabilities" in detail, (wrong, detail)


def test_right_laws_hold_and_sign_conditions_are_not_taken_for_granted():
    assert verdict(r"\mathrm{Corr}(2X, -3Y) = -\mathrm{Corr}(X, Y)")[0] == OK
    assert verdict(r"\operatorname{sd}(aX + b) = |a|\operatorname{sd}(X)")[0] == OK
    # true only for a > 0 (and values drawn positive would have passed it): not decided
    assert verdict(r"\operatorname{sd}(aX + b) = a\operatorname{sd}(X)")[0] == UNVERIFIED


def test_a_variable_the_file_gives_a_law_or_a_value_is_left_to_the_other_rules():
    # Z's law is given: its moments decide the step (named_laws: 𝔼[e^Z] = e^½), not random distributions
    (*_, s) = check_text("$Z \\sim \\mathcal{N}(0, 1)$, so $\\mathbb{E}[e^{Z}] = e^{\\mathbb{E}[Z]}$\n").steps
    assert s.verdict == WRONG and "Z ∼ Normal(0, 1)" in s.detail
    (*_, s) = check_text("$Z \\sim \\mathcal{D}$, so $\\mathbb{E}[e^{Z}] = e^{\\mathbb{E}[Z]}$\n").steps
    assert s.verdict == UNVERIFIED      # a law the checker does not know: still left alone
    # a value on one side only (Var(X) = 4, 𝔼[h̃] = ph) depends on the distribution: not decided here
    assert verdict(r"\operatorname{sd}(X) = \sqrt{\operatorname{Var}(X)} + \mu")[0] == UNVERIFIED


def test_sd_and_corr_by_their_definitions_with_the_values_given():
    given = "%! assume X, Y independent\n$\\operatorname{Var}(X) = 3$, $\\operatorname{Var}(Y) = 4$\n"

    def last(math):
        return check_text(given + f"${math}$\n").steps[-1]
    for right in (r"\operatorname{sd}(X + Y) = \sqrt 7", r"\operatorname{sd}(2X - 3Y) = \sqrt{12 + 36}",
                  r"\mathrm{Corr}(X, Y) = 0", r"\mathrm{Corr}(2X, X) = 1"):
        assert last(right).verdict == OK, right
    # broken on purpose: sds added, a sign dropped, the square root forgotten
    for wrong in (r"\operatorname{sd}(X + Y) = 2 + \sqrt 3", r"\mathrm{Corr}(X, -X) = 1",
                  r"\operatorname{sd}(X + Y) = 7"):
        assert last(wrong).verdict == WRONG, wrong
    # without the independence the values do not decide sd(X + Y)
    (*_, s) = check_text("$\\operatorname{Var}(X) = 3$, $\\operatorname{Var}(Y) = 4$, "
                         "$\\operatorname{sd}(X + Y) = \\sqrt 7$\n").steps
    assert s.verdict == UNVERIFIED
