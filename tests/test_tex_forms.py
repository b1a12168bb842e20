"""Indeterminate forms and infinities (issue 11: `0/0 = 0`, `1^∞ = 1` and a finite limit claimed ∞ were
`unverified`, "only 0 valid points found", or a chain lost to a NaN comparison)."""
from verify.tex import OK, UNVERIFIED, WRONG, check_text


def verdicts(math):
    return [s.verdict for s in check_text(f"${math}$\n").steps]


def test_an_indeterminate_form_given_a_value_is_wrong_the_form_of_a_limit_is_not_decided():
    assert verdicts(r"\lim_{x \to 0}\frac{1 - \cos x}{x\sin x} = \frac{0}{0} = 0") == [UNVERIFIED, WRONG]
    assert verdicts(r"\lim_{x \to \infty}\left(1 + \frac2x\right)^x = 1^\infty = 1") == [UNVERIFIED, WRONG]
    assert verdicts(r"\infty \cdot 0 = 0") == [WRONG]


def test_a_finite_limit_is_not_infinite_and_equal_infinities_agree():
    assert verdicts(r"\lim_{x \to 0}(1 + x)^{1/x} = \infty") == [WRONG]        # it is e
    assert verdicts(r"\lim_{x \to 1}\frac{\ln x}{x - 1} = \infty") == [WRONG]   # it is 1
    assert verdicts(r"\lim_{x \to \infty} e^{x} = \infty") == [OK]
    assert verdicts(r"\lim_{x \to \infty} -x = \infty") == [WRONG]


def test_a_pole_on_both_sides_is_not_taken_for_agreement():
    (*_, s) = check_text("$x = 1$, $\\frac{d}{dx}\\log\\log x = \\frac{1}{\\log x}$\n").steps
    assert s.verdict != OK
