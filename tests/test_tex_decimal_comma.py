"""Decimal commas as LaTeX typesets them, `0{,}25`: the braces keep the comma's list spacing out, so a braced
comma between digits is a decimal point; vectors written with decimal commas separate entries with `;`.
Before: `unexpected ','` (37 correct steps of one homework unverified). A bare `0,25` stays a list."""
from verify.tex import GIVEN, OK, UNVERIFIED, WRONG, check_text


def verdicts(text):
    return [s.verdict for s in check_text(text).steps]


def test_a_braced_comma_between_digits_is_a_decimal_point():
    assert verdicts(r"$0{,}8 \cdot 1{,}5 + 0{,}1 = 1{,}3$") == [OK]
    assert verdicts(r"$0{,}8 \cdot 1{,}5 = 1{,}3$") == [WRONG]          # 1.2: a slip is still caught
    assert verdicts(r"$-0{,}7 \cdot (-0{,}22) = 0{,}154$") == [OK]


def test_the_rounding_is_that_of_the_written_places():
    assert verdicts(r"$\tfrac12 \cdot 0{,}0484 = 0{,}0242$") == [OK]
    assert verdicts(r"$\tfrac12 \cdot 0{,}0484 = 0{,}0243$") == [WRONG]


def test_a_vector_with_semicolons_gives_its_entries():
    text = r"Given $x = (1{,}5;\ -0{,}5)^T$. $x_1 + x_2 = 1$, $x_1 + x_2 = 2$"
    assert verdicts(text) == [GIVEN, OK, WRONG]
    detail = check_text(text).steps[2].detail
    assert "x_1 = 1.5 (an entry of x) (line 1)" in detail       # the entry's value and where x was given


def test_a_bare_comma_is_not_a_decimal_point():
    # f(1,5): two arguments (f not defined: no verdict), never f(1.5)
    assert verdicts(r"$f(1,5) = 3$") == [UNVERIFIED]
    assert verdicts(r"$(1,5) = (1, 5)$") == [OK]
