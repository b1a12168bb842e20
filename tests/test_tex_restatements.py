"""Issue 11 (held-out batches 1-4): a name stated again -- after a wrong step, in a new problem -- is
neither confirmed by luck nor called wrong against a meaning it no longer has."""
from verify.tex import GIVEN, OK, UNVERIFIED, WRONG, check_text


def verdicts(text):
    return [s.verdict for s in check_text(text).steps]


MINIMISER = (r"Weight decay, $\lambda = 0.1$. The regularised minimiser is" "\n"
             r"\[ w^* = \frac{6}{2 + \lambda} = \frac{6}{2.1} = 2.8571. \]" "\n"
             r"If instead the penalty is $\lambda w^2$, then $\frac{d}{dw}\lambda w^2 = \lambda w$ and "
             r"$w^* = \frac{6}{2.1}$ again." "\n")


def test_a_restatement_after_a_wrong_step_in_the_same_paragraph_is_not_confirmed():
    steps = check_text(MINIMISER).steps
    assert [s.verdict for s in steps] == [GIVEN, GIVEN, OK, OK, WRONG, UNVERIFIED]
    assert "line 3" in steps[-1].detail and "w^*" in steps[-1].detail
    # the same restatement with the wrong step made right is confirmed
    right = MINIMISER.replace(r"= \lambda w$", r"= 2\lambda w$").replace("{6}{2.1}$ again", "{6}{2.2}$ instead")
    assert verdicts(right)[-2:] == [OK, WRONG]        # (6/2.2 is a claim against w^* = 6/2.1: still a claim)
    # a paragraph later, the wrong step is no longer in the way
    later = MINIMISER.replace("and $w^*", "\n\nSo $w^*")
    assert verdicts(later)[-1] == OK


def test_prose_that_introduces_a_function_defines_it_whatever_its_letter():
    assert verdicts("\\textbf{4.} Let $k(x) = (1 + e^{-x})^{-1}$. Then $k'(x) = k(x)(1 - k(x))$.\n") == [GIVEN, OK]
    assert verdicts("For $u(t) = e^{-t^2/2}$: $u'(t) = -te^{-t^2/2}$, $u''(t) = (t^2 + 1)e^{-t^2/2}$\n") == \
        [GIVEN, OK, WRONG]
    # a value after "for" is a local condition, not a definition that outlives the sentence
    assert verdicts("$\\sigma = 2$. For $\\sigma = 1$ that is $h = 3$.\n")[1] != GIVEN


DICE = ("Let $X$ be a fair die, $\\operatorname{Var}(X) = 2.92$.\n"
        "For the total $S = X_1 + X_2$ of two independent dice,\n"
        "$$\\operatorname{Var}(S) = \\operatorname{Var}(X_1) + \\operatorname{Var}(X_2),$$\n"
        "and for the difference $$\\operatorname{Var}(X_1 - X_2) = \\operatorname{Var}(X_1) - \\operatorname{Var}(X_2).$$\n")


def test_independence_stated_in_prose_is_a_reading_not_an_assumption():
    steps = check_text(DICE).steps
    assert [s.verdict for s in steps[-2:]] == [UNVERIFIED, WRONG]       # wrong under independence too
    assert "holds if X_1, X_2 are independent" in steps[-2].detail
    # without the word, a law that needs independence fails for some distribution: wrong, as before
    assert verdicts(DICE.replace("two independent dice", "two dice"))[-2:] == [WRONG, WRONG]
    # and a new part ends what the prose said
    later = DICE + "\\section{Next}\n$$\\operatorname{Var}(X_1 + X_2) = \\operatorname{Var}(X_1) + \\operatorname{Var}(X_2)$$\n"
    assert verdicts(later)[-1] == WRONG
    # values given that contradict independence decide it, whatever the prose says
    given = ("Given $\\operatorname{Cov}(X, Y) = -3$, $\\mathbb{E}[X] = 2$, $\\mathbb{E}[Y] = -1$, for independent "
             "samples $$\\mathbb{E}[XY] = \\mathbb{E}[X]\\mathbb{E}[Y]$$\n")
    assert verdicts(given)[-1] == WRONG


def test_a_rounding_residue_is_approximately_zero_within_one_unit_of_its_place():
    assert verdicts("$0.2312 - 0.3715 + 0.1402 = -0.0001 \\approx 0$") == [OK, OK]
    assert verdicts("$0.2312 - 0.3712 + 0.1402 = 0.0002 \\approx 0$") == [OK, WRONG]
    assert verdicts("$0.3 \\approx 0$") == [WRONG]


PARTS_AND_CASES = r"""\begin{questions}
\question Counts.
\begin{parts}
\part $X \sim \mathrm{Bin}(n, p)$ with $n = 20$ and $p = 0.5$. Then $\mathbb E[X] = np = 10$.
\part Now $n = 40$ and $p = 0.25$. Then $\mathbb E[X] = np = 10$ and $\operatorname{Var}(X) = np(1 - p) = 7.5$.
\end{parts}
\question Rates.
Case $\lambda = 1$: $e^{-\lambda} = e^{-1} = 0.3679$.
Case $\lambda = 2$: $e^{-\lambda} = e^{-2} = 0.1353$, and $e^{-\lambda} = 0.3679$ would be the first case's.
\end{questions}
"""


def test_bindings_follow_the_exam_class_parts_and_the_cases_of_a_problem():
    """`\\part` (exam class) and "Case $\\lambda = 2$:" start a new part: n, p, λ are defined afresh there,
    not claimed about against the previous part's values (issue 11: problem › part › case)."""
    steps = check_text(PARTS_AND_CASES).steps
    by_text = [(s.line, s.verdict) for s in steps if s.verdict != GIVEN or "definition" in s.detail]
    # (since session 28 a \\part keeps what its question gave, so 𝔼[X] = np by the law is checked there too)
    assert (5, GIVEN) in by_text and [s.verdict for s in steps if s.line == 5].count(OK) == 4
    assert WRONG not in [s.verdict for s in steps if s.line == 5]
    assert [s.verdict for s in steps if s.line == 9][:3] == [GIVEN, OK, OK]
    assert [s.verdict for s in steps if s.line == 9][-1] == WRONG     # the case's own λ = 2 is used
