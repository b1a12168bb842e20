"""Reach added in session 36 from the development sets, each beside the broken case that must stay caught (or
the reading that must not fire)."""
from helpers import tex_at as at, tex_steps as steps
from verify.tex import OK, UNVERIFIED, WRONG


def test_a_word_macro_as_subscript_names_the_quantity():
    # `\lambda_{\max}` was unread ("subscript that is not a plain index"): it is the name λ_max, the same name as
    # `\lambda_{\mathrm{max}}`
    text = ("The eigenvalues are $1$ and $4$, so $\\lambda_{{\\max}} = 4$ and $\\lambda_{{\\min}} = 1$.\n"
            "With $\\eta = 0.1$: $1 - \\eta\\lambda_{{\\max}} = {big}$ and $1 - \\eta\\lambda_{{\\mathrm{{min}}}} = 0.9$.\n")
    out = steps(text.format(big=0.6))
    assert at(out, "1 - \\eta\\lambda_{\\max}").verdict == OK
    assert at(out, "1 - \\eta\\lambda_{\\mathrm{min}}").verdict == OK
    broken = steps(text.format(big=0.5))       # λ_min's value used for λ_max
    assert at(broken, "1 - \\eta\\lambda_{\\max}").verdict == WRONG


def test_an_extreme_eigenvalue_given_by_a_formula_in_the_matrix_is_no_definition():
    # read now, `\lambda_{\max} = \operatorname{tr}(X^\top X)` (the trace is the sum of the eigenvalues) was a
    # definition, and `2/\lambda_{\max} = 2/8` after it a right step: the formula is a claim not checked here, and
    # the steps that use its value rest on it
    out = steps("$X = \\begin{pmatrix} 1 & 1 \\\\ 1 & 2 \\\\ 1 & 0 \\end{pmatrix}$. Here "
                "$\\lambda_{\\max} = \\operatorname{tr}(X^\\top X) = 8$, so $\\frac{2}{\\lambda_{\\max}} = \\frac28 = 0.25$.\n")
    assert at(out, "\\lambda_{\\max} =").verdict == UNVERIFIED
    assert at(out, "\\frac{2}{\\lambda_{\\max}}").verdict == UNVERIFIED
    # its value given as a number (the eigenvalues stated) is a definition, as before
    out = steps("The eigenvalues are $4 \\pm \\sqrt{10}$, so $\\lambda_{\\max} = 4 + \\sqrt{10}$ and "
                "$\\frac{2}{\\lambda_{\\max}} = 0.2792$.\n")
    assert at(out, "\\frac{2}{\\lambda_{\\max}}").verdict == OK
