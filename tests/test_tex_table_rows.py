"""A table row `quantity & working`: a working cell that starts with a relation continues from the
quantity in the same row (`$z$ & $= 0.7(0.57) + 0.2 = 0.27$`), not from the row above."""
from verify.tex import GIVEN, OK, WRONG, check_text
from verify.tex.readable import readable

ROWS = ("\\begin{tabular}{ll}\n"
        "$a$ & $= 0.4(1) - 0.2(0.5) = 0.3$ \\\\\n"
        "$h$ & $= \\sigma(0.3) = 0.5744$ \\\\\n"
        "$z$ & $= 0.7(0.5744) + 0.2 = 0.6021$ \\\\\n"
        "\\end{tabular}\n")


def verdicts(text):
    return [s.verdict for s in check_text(text).steps]


def test_a_working_cell_continues_from_its_rows_quantity():
    steps = check_text(ROWS).steps
    assert [s.verdict for s in steps] == [GIVEN, OK, GIVEN, OK, GIVEN, OK]
    assert steps[4].lhs == "z"


def test_a_slip_in_a_row_is_still_caught():
    assert verdicts(ROWS.replace("= 0.6021", "= 0.6201"))[-1] == WRONG


def test_a_display_after_prose_still_continues_the_last_chain():
    # only a cell separator between the regions makes the lone math the left side
    text = "Hidden: $z_1 = 0.5(2) + 1$ where $w$ is a weight\n$$= 3$$\n"
    steps = check_text(text).steps
    assert steps[-1].verdict == WRONG and steps[-1].rhs == "3"


def test_tfrac_and_dfrac_read_as_fractions():
    assert readable("L", "=", "\\tfrac12(\\hat y - y)^2") == "L = 1/2(ŷ - y)^2"
    assert readable("\\dfrac{a}{b}", "=", "x") == "a/b = x"
