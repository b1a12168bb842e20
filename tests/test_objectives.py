r"""The objective named after one worked out (verify/tex/objectives.py), and the where-clause of a row.

"so the MAP estimate minimises $\sum_i (y_i - wx_i)^2 + \lambda w^2$ with $\lambda = …$" after
$-\log p(w \mid \mathcal D) = \frac{1}{2\sigma^2}\sum_i (y_i - wx_i)^2 + \frac{w^2}{2\tau^2} + \text{const}$: the
definition of λ is a claim (the course's MAP-as-regularised-MSE result), and λ upside down is the classic slip.
"""
import sympy as sp

from verify.tex import CARRIED, GIVEN, OK, UNVERIFIED, WRONG, check_text
from verify.tex.bindings import Scope
from verify.tex.objectives import same_minimiser, solved_for
from verify.tex.parse import parse
from verify.tex.tokens import tokenize


def expr(latex):
    return parse(tokenize(latex, 0), Scope().context()).expr


def symbol(e, name):
    return next(s for s in e.free_symbols if s.name == name)


WORKED = r"\frac{1}{2\sigma^2}\sum_{i=1}^{n}(y_i - wx_i)^2 + \frac{w^2}{2\tau^2} + \text{const}"


def test_a_positive_multiple_plus_a_constant_has_the_same_minimiser():
    worked = expr(WORKED)
    w = symbol(worked, "w")
    assert same_minimiser(expr(r"\sum_i (y_i - wx_i)^2 + \frac{\sigma^2}{\tau^2} w^2"), worked, w) is True
    assert same_minimiser(expr(r"\frac1n\sum_{i=1}^n (y_i - wx_i)^2 + \frac{\sigma^2}{n\tau^2} w^2"), worked, w) is True


def test_upside_down_or_a_dropped_n_or_a_flipped_sign_is_another_minimiser():
    worked = expr(WORKED)
    w = symbol(worked, "w")
    for wrong in (r"\sum_i (y_i - wx_i)^2 + \frac{\tau^2}{\sigma^2} w^2",
                  r"\frac1n\sum_{i=1}^n (y_i - wx_i)^2 + \frac{\sigma^2}{\tau^2} w^2",
                  r"-\sum_i (y_i - wx_i)^2 - \frac{\sigma^2}{\tau^2} w^2"):
        assert same_minimiser(expr(wrong), worked, w) is False, wrong


def test_the_value_that_makes_it_so_is_solved_for():
    worked = expr(WORKED)
    named = expr(r"\frac1n\sum_{i=1}^n (y_i - wx_i)^2 + \lambda w^2")
    got = solved_for(named, worked, symbol(worked, "w"), symbol(named, "λ"))
    s, t, n = (sp.Symbol(x, positive=True) for x in ("σ", "τ", "n"))
    assert sp.simplify(got.subs({symbol(got, "σ"): s, symbol(got, "τ"): t, symbol(got, "n"): n}) - s**2 / (n * t**2)) == 0


MAP = ("Model $y_i = wx_i + \\varepsilon_i$, $\\varepsilon_i \\sim \\mathcal{N}(0, \\sigma^2)$, prior "
       "$w \\sim \\mathcal{N}(0, \\tau^2)$. Then\n"
       "\\[ -\\log p(w \\mid \\mathcal{D}) = \\frac{1}{2\\sigma^2}\\sum_{i}(y_i - wx_i)^2 + \\frac{1}{2\\tau^2}w^2 "
       "+ \\text{const}, \\]\n"
       "so, multiplying by $2\\sigma^2$, the MAP estimate minimises $\\sum_i (y_i - wx_i)^2 + \\lambda w^2$ with "
       "$\\lambda = \\frac{\\sigma^2}{\\tau^2}$.\n"
       "With $\\sigma^2 = 1$ and $\\tau^2 = 0.5$, $\\lambda = \\frac{1}{0.5} = 2$.\n")


def test_the_definition_completing_a_named_objective_is_confirmed():
    got = check_text(MAP).steps
    definition = next(s for s in got if s.lhs.strip() == "\\lambda" and "sigma^2}{\\tau" in s.rhs)
    assert definition.verdict == OK and "same minimiser in w" in definition.detail
    assert next(s for s in got if s.rhs.strip() == "\\frac{1}{0.5}").verdict == OK


def test_lambda_upside_down_is_wrong_and_its_value_carried():
    got = check_text(MAP.replace("$\\lambda = \\frac{\\sigma^2}{\\tau^2}$", "$\\lambda = \\frac{\\tau^2}{\\sigma^2}$")
                     .replace("\\lambda = \\frac{1}{0.5} = 2", "\\lambda = \\frac{0.5}{1} = 0.5")).steps
    definition = next(s for s in got if s.lhs.strip() == "\\lambda" and "tau^2}{\\sigma" in s.rhs)
    assert definition.verdict == WRONG and "σ**2/τ**2 makes it so" in definition.detail
    assert next(s for s in got if s.rhs.strip() == "\\frac{0.5}{1}").verdict == CARRIED


def test_without_a_named_objective_a_definition_stays_given():
    got = check_text(MAP.replace("the MAP estimate minimises", "the MAP estimate is ridge regression,")).steps
    assert next(s for s in got if s.lhs.strip() == "\\lambda" and "sigma^2}{\\tau" in s.rhs).verdict == GIVEN


WHERE = "Take $x = 3$.\n\\[ y = x + c, \\qquad c = 2, \\]\nso $y = 5$.\n"


def test_a_where_clause_is_read_before_the_row_that_uses_it():
    got = check_text(WHERE).steps
    assert [(s.lhs.strip(), s.verdict) for s in got] == [("x", GIVEN), ("y", GIVEN), ("c", GIVEN), ("y", OK)]
    assert [s.index for s in got] == [0, 1, 2, 3]       # reported in the order they stand in the file


def test_a_where_clause_does_not_hide_a_slip():
    assert check_text(WHERE.replace("$y = 5$", "$y = 6$")).steps[-1].verdict == WRONG


def test_a_where_clause_that_makes_a_row_hold_is_not_refuted_without_it():
    text = ("\\begin{align*}\n-\\ln p(w \\mid \\mathcal{D}) &= \\frac{1}{2\\sigma^2}\\sum_{i=1}^{n}(y_i - w x_i)^2 + "
            "\\frac{w^2}{2\\tau^2} + \\text{const} \\\\\n"
            "&= \\frac{n}{2\\sigma^2}\\Bigl[\\frac1n\\sum_{i=1}^{n}(y_i - w x_i)^2 + \\lambda w^2\\Bigr] + \\text{const}, "
            "\\qquad \\lambda = \\frac{\\sigma^2}{n\\tau^2}\n\\end{align*}\n")
    got = check_text(text).steps
    assert next(s for s in got if s.rel == "=" and "Bigl" in s.rhs).verdict in (OK, UNVERIFIED)
    slipped = check_text(text.replace("\\lambda = \\frac{\\sigma^2}{n\\tau^2}", "\\lambda = \\frac{\\tau^2}{n\\sigma^2}"))
    assert next(s for s in slipped.steps if s.rel == "=" and "Bigl" in s.rhs).verdict == WRONG


ARGMIN = ("\\begin{align*}\n\\hat\\theta &= \\operatorname*{arg\\,min}_\\theta \\Bigl[\\frac{1}{2\\sigma^2}"
          "\\sum_{i=1}^{4}(y_i - \\theta)^2 + \\frac{\\theta^2}{2\\tau^2}\\Bigr] \\\\\n"
          "&= \\operatorname*{arg\\,min}_\\theta \\Bigl[\\sum_{i=1}^{4}(y_i - \\theta)^2 + \\lambda\\theta^2\\Bigr], "
          "\\quad \\lambda = \\frac{\\sigma^2}{\\tau^2}\n\\end{align*}\n")


def test_two_arg_mins_of_objectives_a_positive_multiple_apart_are_the_same():
    got = check_text(ARGMIN).steps
    assert next(s for s in got if s.lhs.startswith("\\operatorname*")).verdict == OK


def test_two_arg_mins_with_lambda_upside_down_are_not():
    got = check_text(ARGMIN.replace("\\frac{\\sigma^2}{\\tau^2}\n", "\\frac{\\tau^2}{\\sigma^2}\n")).steps
    assert next(s for s in got if s.lhs.startswith("\\operatorname*")).verdict == WRONG


def test_a_log_taken_keeps_the_arg_max_so_it_is_not_refuted():
    # f and log f share their maximiser, though neither is a multiple of the other
    text = ("$\\operatorname*{arg\\,max}_\\theta \\theta^3(1 - \\theta)^2 = "
            "\\operatorname*{arg\\,max}_\\theta [3\\ln\\theta + 2\\ln(1 - \\theta)]$\n")
    assert check_text(text).steps[0].verdict != WRONG


def test_the_regularised_mse_named_in_prose_is_an_objective_too():
    text = MAP.replace("the MAP estimate minimises", "this is, up to a positive factor, the regularised MSE")
    got = check_text(text.replace("$\\lambda = \\frac{\\sigma^2}{\\tau^2}$", "$\\lambda = \\frac{\\tau^2}{\\sigma^2}$")).steps
    assert next(s for s in got if s.lhs.strip() == "\\lambda" and "tau^2}{\\sigma" in s.rhs).verdict == WRONG
