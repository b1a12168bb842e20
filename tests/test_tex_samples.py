"""Results about an i.i.d. sample the prose names (verify/tex/samples.py): worked out at sizes 2…6, each right
result with a broken copy that must be caught."""
from verify.tex import OK, UNVERIFIED, WRONG, check_text

STEM = ("\\newcommand{\\Var}{\\operatorname{Var}}\\newcommand{\\E}{\\mathbb{E}}\\newcommand{\\Cov}{\\operatorname{Cov}}\n"
        "If $X_1, \\dots, X_n$ are i.i.d.\\ with variance $\\sigma^2$ then ${}$.\n")


def verdict(math, stem=STEM):
    step = check_text(stem.replace("{}", math)).steps[-1]
    return step.verdict, step.detail


def test_the_classical_results_hold_and_their_slips_are_caught():
    pairs = [(r"\Var(\bar X) = \sigma^2/n", r"\Var(\bar X) = \sigma^2/n^2"),
             (r"\E[\bar X] = \mu", r"\E[\bar X] = n\mu"),
             (r"\Var(\sum_i X_i) = n\sigma^2", r"\Var(\sum_i X_i) = n^2\sigma^2"),
             (r"\E[s^2] = \sigma^2", r"\E[s^2] = \frac{n-1}{n}\sigma^2"),
             (r"\E[\hat\sigma^2_{\mathrm{MLE}}] = \frac{n-1}{n}\sigma^2", r"\E[\hat\sigma^2_{\mathrm{MLE}}] = \sigma^2"),
             (r"\Cov(\bar X, X_1) = \frac{\sigma^2}{n}", r"\Cov(\bar X, X_1) = \sigma^2"),
             (r"\Var(X_1 - \bar X) = \frac{n-1}{n}\sigma^2", r"\Var(X_1 - \bar X) = \sigma^2 + \frac{\sigma^2}{n}"),
             (r"\mathrm{SE}(\hat\mu) = \frac{\sigma}{\sqrt n}", r"\mathrm{SE}(\hat\mu) = \frac{\sigma}{n}")]
    for right, wrong in pairs:
        v, detail = verdict(right)
        assert v == OK and "i.i.d. sample" in detail, (right, detail)
        v, detail = verdict(wrong)
        assert v == WRONG and "i.i.d. sample" in detail, (wrong, detail)


def test_the_given_size_and_variance_are_used():
    stem = "$x_1, \\dots, x_n$ i.i.d.\\ with variance $\\sigma^2$; $n = 5$, $\\sigma^2 = 4$. Then ${}$.\n"
    assert verdict(r"\operatorname{Var}(\bar x) = \frac{4}{5}", stem)[0] == OK
    assert verdict(r"\operatorname{Var}(\bar x) = \frac{4}{25}", stem)[0] == WRONG


def test_what_the_reading_cannot_settle_is_left_alone():
    # σ̂² without a subscript: 1/n or 1/(n - 1)? The verdicts differ
    assert verdict(r"\E[\hat\sigma^2] = \sigma^2")[0] == UNVERIFIED
    # true for normal data only (a fourth moment): not wrong for every sample
    assert verdict(r"\Var(s^2) = \frac{2\sigma^4}{n - 1}")[0] != WRONG
    # the sample's variance has no name in the step: σ²/n is not 1/n, but the data may have variance 1
    assert verdict(r"\Var(\bar X) = 1/n")[0] != WRONG
    # the data's law gives its variance: 1, whatever σ is elsewhere
    stem = "Data $x_i \\sim \\mathcal N(\\mu, 1)$ i.i.d., prior $\\mu \\sim \\mathcal N(0, \\sigma^2)$, $\\sigma^2 = 4$: ${}$.\n"
    assert verdict(r"\operatorname{Var}(\bar x) = 1/n", stem)[0] == OK
    assert verdict(r"\operatorname{Var}(\bar x) = 4/n", stem)[0] == WRONG
    # the variance has another name in the prose: σ is not the writer's, so σ²/n confirms nothing
    stem = "If $X_1, \\dots, X_n$ are i.i.d.\\ with variance $\\tau^2$ then ${}$.\n"
    assert verdict(r"\operatorname{Var}(\bar X) = \sigma^2/n", stem)[0] != OK
    # no i.i.d. sample named: the results are not known
    assert verdict(r"\operatorname{Var}(\bar X) = \sigma^2/n", "Then ${}$.\n")[0] == UNVERIFIED
    # a sample of another part is not this part's
    other = "$X_1, \\dots, X_n$ i.i.d.\\ with variance $\\sigma^2$.\n\\section{B}\nThen ${}$.\n"
    assert verdict(r"\operatorname{Var}(\bar X) = \sigma^2/n^2", other)[0] != WRONG
