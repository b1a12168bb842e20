"""Batch 16 (read in session 16): readings the checker lacked.

A function of one vector written in its entries (`f(\\mathbf w) = w_1^2 + 4w_2^2`, the optimiser sheets of
batches 3, 7, 11, 12 and 16): applied to a written-out vector it takes that vector's entries, and
`\\nabla f(\\mathbf w_0)` is the column of its partial derivatives there. Before, f(𝐰₀) kept w₁, w₂ free and
∇f(𝐰₀) was a 1×1 zero.
"""
from verify.tex import GIVEN, OK, UNVERIFIED, WRONG, check_text

SHEET = ("Minimise $f(\\mathbf w) = w_1^2 + 4w_2^2$ from $\\mathbf w_0 = (2, 1)$ with $\\eta = 0.1$.\n"
         "Then $\\nabla f(\\mathbf w_0) = ({G})$ and $\\mathbf w_1 = \\mathbf w_0 - \\eta\\nabla f(\\mathbf w_0) = ({W})$.\n\n"
         "So $f(\\mathbf w_1) = 2.56 + 0.16 = {F}$.\n")


def verdicts(text):
    return [s.verdict for s in check_text(text).steps]


def test_the_gradient_of_a_function_written_in_its_entries():
    right = verdicts(SHEET.replace("{G}", "4, 8").replace("{W}", "1.6, 0.2").replace("{F}", "2.72"))
    assert right == [GIVEN, GIVEN, GIVEN, OK, GIVEN, OK, OK, OK]
    assert verdicts(SHEET.replace("{G}", "4, 4").replace("{W}", "1.6, 0.2").replace("{F}", "2.72"))[3] == WRONG
    assert verdicts(SHEET.replace("{G}", "4, 8").replace("{W}", "1.6, 0.6").replace("{F}", "2.72"))[5] == WRONG
    assert verdicts(SHEET.replace("{G}", "4, 8").replace("{W}", "1.6, 0.2").replace("{F}", "2.73"))[-1] == WRONG


def test_a_vector_argument_of_another_size_or_a_name_is_not_read_as_entries():
    text = ("Let $f(\\mathbf w) = w_1^2 + 4w_2^2$ and $\\mathbf u = (1, 2, 3)$.\n\n"
            "Then $\\nabla f(\\mathbf u) = (2, 16)$.\n\n$\\mathbf w_{t+1} = \\mathbf w_t - \\nabla f(\\mathbf w_t)$\n")
    got = verdicts(text)
    assert got[2] == UNVERIFIED and OK not in got[2:]


def test_a_vector_worked_out_from_numbers_after_a_wrong_step_is_not_confirmed_through():
    """𝐰₂ = (0.6 − 0.56, …) after a wrong 𝐯₂ = (5.6, …) in the paragraph: 0.56 may be η times the wrong 5.6, so
    f(𝐰₂) worked out from it is not confirmed (as for a number worked out that way)."""
    text = ("Let $f(\\mathbf w) = 2w_1^2 + \\tfrac12 w_2^2$ and $\\eta = 0.1$.\n"
            "$\\mathbf v_2 = 0.9(4, -2) + (2.4, -1.8) = (5.6, -3.6)$, "
            "$\\mathbf w_2 = (0.6 - 0.56,\\ -1.8 + 0.36) = (0.04, -1.44)$,\n"
            "$f(\\mathbf w_2) = 2(0.0016) + 0.5(2.0736) = 1.04$.\n")
    got = verdicts(text)
    assert WRONG in got and got[-2] == UNVERIFIED
