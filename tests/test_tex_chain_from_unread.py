"""A chain whose first side could not be read (`\\nabla g(\\w)` with no subscript) claims that quantity
equals what follows; its later links may hold as arithmetic yet carry a wrong first link. They are not
`ok` (a wrong gradient's value came out ok when the checker could not read the gradient)."""
from verify.tex import OK, UNVERIFIED, WRONG, check_text

DATA = ("Let $X = \\begin{pmatrix} 1 & 0 \\\\ 1 & 1 \\end{pmatrix}$, $\\mathbf{y} = (1, 2)^\\top$, "
        "$\\mathbf{w} = (0, 1)^\\top$. ")


def verdicts(text):
    return [s.verdict for s in check_text(text).steps]


def test_arithmetic_after_an_unread_head_is_not_confirmed():
    text = DATA + "$\\nabla g(\\mathbf{w}) = X^\\top(X\\mathbf{w} - \\mathbf{y}) = (-2, -1)^\\top$"
    assert verdicts(text)[-2:] == [UNVERIFIED, UNVERIFIED]
    assert "could not be read" in check_text(text).steps[-1].detail


def test_wrong_arithmetic_after_an_unread_head_is_still_wrong():
    text = DATA + "$\\nabla g(\\mathbf{w}) = X^\\top(X\\mathbf{w} - \\mathbf{y}) = (-3, -1)^\\top$"
    assert verdicts(text)[-1] == WRONG


def test_a_readable_chain_is_confirmed_as_before():
    assert verdicts(DATA + "$X\\mathbf{w} - \\mathbf{y} = (-1, -1)^\\top$")[-1] == OK


def test_a_given_matrix_restated_is_a_claim_about_it():
    # `A = A^\top` after A was given (even in a later part): a condition on that A, not a new A
    text = ("Let $A = \\begin{pmatrix}1 & 2\\\\ 0 & 3\\end{pmatrix}$, $\\mathbf{x} = (1, -1)^\\top$.\n\n"
            "\\subsection*{1}\n$2A\\mathbf{x}$ needs $A = A^\\top$. $A\\mathbf{x} = (-1, -3)^\\top$, "
            "$A\\mathbf{x} = (1, -3)^\\top$")
    assert verdicts(text)[-2:] == [OK, WRONG]
