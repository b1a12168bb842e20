"""`\\nabla_{\\mathbf x}` when the file gave x a value (a test point): the gradient is taken in x, then
evaluated there (it was "\\nabla with respect to something other than one name"). A formula in x that
holds at the point is not confirmed by it (one point does not settle a formula); false there, it is wrong."""
from verify.tex import OK, UNVERIFIED, WRONG, check_text

GIVEN = ("Let $A = \\begin{pmatrix}1 & 2\\\\ 0 & 3\\end{pmatrix}$, $\\mathbf b = (0, 1)^\\top$ and the test "
         "point $\\mathbf x = (1, -1)^\\top$. ")


def last(claim):
    return check_text(GIVEN + claim).steps[-1]


def test_a_value_at_the_point_is_checked():
    assert last("$\\nabla_{\\mathbf x}(\\mathbf x^\\top A\\mathbf x) = (0, -4)^\\top$").verdict == OK
    assert last("$\\nabla_{\\mathbf x}(\\mathbf x^\\top A\\mathbf x) = (0, 4)^\\top$").verdict == WRONG
    assert last("$\\nabla_{\\mathbf x}\\|A\\mathbf x - \\mathbf b\\|^2 = (-2, -28)^\\top$").verdict == OK


def test_a_formula_false_at_the_point_is_wrong():
    assert last("$\\nabla_{\\mathbf x}(\\mathbf x^\\top A\\mathbf x) = 2A\\mathbf x$").verdict == WRONG
    assert last("$\\nabla_{\\mathbf x}\\|A\\mathbf x - \\mathbf b\\|^2 = "
                "2A(A\\mathbf x - \\mathbf b)$").verdict == WRONG


def test_a_formula_true_at_the_point_is_not_confirmed():
    step = last("$\\nabla_{\\mathbf x}(\\mathbf x^\\top A\\mathbf x) = (A + A^\\top)\\mathbf x$")
    assert step.verdict == UNVERIFIED and "one point does not settle it" in step.detail
