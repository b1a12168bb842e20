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



def test_an_estimate_after_a_chain_that_ends_in_zero_must_solve_it():
    # `dℓ/dθ = … = 0 ⟹ θ̂ = …`: the layout of most MAP/MLE derivations; the estimate was a silent definition
    chain = "$a = 3$, $b = 5$\n$\\frac{d}{d\\theta}\\ell = \\frac{a - 1}{\\theta} - \\frac{b - 1}{1 - \\theta} = 0$, so "
    assert verdicts(chain + "$\\hat\\theta = \\frac{a}{a + b - 2}$\n")[-1] == WRONG
    assert verdicts(chain + "$\\hat\\theta = \\frac{a - 1}{a + b - 2}$\n")[-1] == GIVEN    # the equation is not checked
    # the unknown itself after it stays what it was (a definition), and the chain's `= 0` is not re-judged
    assert verdicts(chain + "$\\theta = \\frac{a - 1}{a + b - 2}$\n")[-1] == GIVEN


def test_an_estimate_restated_as_the_root_after_a_quoted_wrong_formula_is_two_readings():
    # rebuttal letter: "line 212 had θ̂_MAP = (α - 1)/(α + β), which is not the mode", then the right one derived
    text = ("Line 212 had $\\hat\\theta_{\\mathrm{MAP}} = (\\alpha - 1)/(\\alpha + \\beta)$, which is not the mode.\n"
            "$\\frac{\\alpha - 1}{\\theta} - \\frac{\\beta - 1}{1 - \\theta} = 0$, so ")
    steps = check_text(text + "$\\hat\\theta_{\\mathrm{MAP}} = \\frac{\\alpha - 1}{\\alpha + \\beta - 2}$\n").steps
    assert steps[-1].verdict == UNVERIFIED and "root of the equation" in steps[-1].detail
    assert verdicts(text + "$\\hat\\theta_{\\mathrm{MAP}} = \\frac{\\alpha}{\\alpha + \\beta - 2}$\n")[-1] == WRONG


def test_an_explicit_space_ends_a_function_argument_written_without_brackets():
    # `3\tanh^2 x\,(1 - \tanh^2 x)` and `b\cos a\,\varepsilon` were two readings (tanh(x·(…)), cos(a·ε)): unverified
    assert verdicts("$\\frac{d}{dx}\\tanh^3 x = 3\\tanh^2 x\\,(1 - \\tanh^2 x)$") == [OK]
    assert verdicts("Dual numbers with $\\varepsilon^2 = 0$.\n"
                    "$\\sin(a + b\\varepsilon) = \\sin a + b\\cos a\\,\\varepsilon$\n")[1:] == [OK]
    assert verdicts("Dual numbers with $\\varepsilon^2 = 0$.\n"
                    "$\\cos(a + b\\varepsilon) = \\cos a + b\\sin a\\;\\varepsilon$\n")[1:] == [WRONG]
    # without the space the two readings stay
    assert verdicts("$\\frac{d}{dx}\\tanh^3 x = 3\\tanh^2 x(1 - \\tanh^2 x)$") == [UNVERIFIED]


def test_a_name_first_written_inside_a_log_on_the_left_is_defined_there():
    # mailing list: `\log f = -\tfrac12\log(2\pi v) - …` per observation, f named nowhere before, was wrong at a random f
    assert verdicts("Write $v = \\sigma^2$.\n$\\log f = -\\tfrac12\\log(2\\pi v) - \\frac{(x - \\mu)^2}{2v}$\n")[-1] == UNVERIFIED
    # a name with a value, or one on both sides, is claimed about as before
    assert verdicts("$f = 2$\n$\\log f = 0.5$\n")[-1] == WRONG
    assert verdicts("$\\log(xy) = \\log x + \\log y + 1$") == [WRONG]


def test_a_relation_between_iterates_in_general_is_not_a_free_identity():
    # `In general $w_{t+1} - 3 = (1 - 2\eta)(w_t - 3)$` after w_1, w_2, w_3 worked out: was wrong at random w_t, w_{t+1}
    text = ("$f(w) = (w - 3)^2$, $\\eta = 0.1$, $w_0 = 0$, $w_1 = w_0 - \\eta f'(w_0) = 0.6$\n"
            "In general $w_{t+1} - 3 = (1 - 2\\eta)(w_t - 3)$\n")
    step = check_text(text).steps[-1]
    assert step.verdict == UNVERIFIED and "iterates" in step.detail
    # with no member of the sequence worked out, two names are free numbers as before
    assert verdicts("$w_{t+1} - 3 = (1 - 2\\eta)(w_t - 3)$")[-1] == WRONG
