"""Items of a list labelled as parts, (a), (b), (i), are parts: names and given values may be new in each,
and what the problem gave before the list holds in every part (issue 11: `Y = 2X + 1` from part (a)
was used in part (b), where Var(Y) = 9 was given, and every step there was called wrong)."""
from verify.tex import OK, WRONG, check_text

EXAM = r"""\begin{enumerate}[label=(\alph*)]
\item $\mathbb{E}[X] = 2$, $\operatorname{Var}(X) = 3$ and $Y = 2X + 1$: $\operatorname{Var}(Y) = 4\operatorname{Var}(X) = 12$.
\item $\operatorname{Var}(X) = 4$, $\operatorname{Var}(Y) = 9$, $\operatorname{Cov}(X, Y) = 3$: $\operatorname{Var}(X + Y) = 4 + 9 + 6 = 19$.
\item $\operatorname{Var}(X - Y) = 4 + 9 - 6 = 7$.
\end{enumerate}
"""


def verdict(text, lhs, rhs):
    (s,) = [s for s in check_text(text).steps if s.lhs == lhs and s.rhs == rhs]
    return s.verdict


def test_each_labelled_item_is_a_part_with_its_own_variables():
    assert verdict(EXAM, r"\operatorname{Var}(X + Y)", "4 + 9 + 6") == OK
    assert verdict(EXAM.replace("4 + 9 + 6 = 19", "4 + 9 + 3 = 16"), r"\operatorname{Var}(X + Y)", "4 + 9 + 3") == WRONG


def test_what_the_problem_gave_before_the_list_holds_in_each_part():
    stem = (r"Given $\operatorname{Var}(X) = 1$, $\operatorname{Var}(Y) = 4$ and $\operatorname{Cov}(X, Y) = 1$:" "\n"
            r"\begin{enumerate}[label=(\alph*)]" "\n"
            r"\item $\operatorname{Var}(X - Y) = 3$ \item $\operatorname{Var}(2X + Y) = 12$" "\n"
            r"\end{enumerate}" "\n")
    assert verdict(stem, r"\operatorname{Var}(X - Y)", "3") == OK
    assert verdict(stem, r"\operatorname{Var}(2X + Y)", "12") == OK
    assert verdict(stem.replace("= 12", "= 8"), r"\operatorname{Var}(2X + Y)", "8") == WRONG
