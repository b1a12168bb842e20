"""`\\begin{alignat}{2}`: the column count is an argument of the environment, not math; it was read as a
factor 2 of the first row, and a correct gradient came out wrong."""
from verify.tex import OK, WRONG, check_text


def verdicts(text):
    return [s.verdict for s in check_text(text).steps]


def test_the_column_count_is_not_a_factor():
    rows = "x^2 + x^2 &= 2x^2 &\\qquad (x + 1)^2 &= x^2 + 2x + 1\n"
    for env in ("alignat", "alignat*"):
        assert verdicts(f"\\begin{{{env}}}{{2}}\n{rows}\\end{{{env}}}") == [OK, OK]
        assert verdicts(f"\\begin{{{env}}}{{2}}\n{rows.replace('2x^2', '3x^2')}\\end{{{env}}}") == [WRONG, OK]


def test_columns_point_into_the_source():
    text = "\\begin{alignat*}{2} x^2 + x^2 &= 2x^2 \\end{alignat*}"
    step = check_text(text).steps[0]
    assert text[step.column - 1:].startswith("2x^2")


def test_a_name_written_with_the_files_macro_is_defined():
    # \newcommand{\bb}{\boldsymbol{b}}: `\bb = (1, 0)^T` defines 𝐛 (it was a claim with an unknown side)
    text = ("\\newcommand{\\bb}{\\boldsymbol{b}}\nLet $\\bb = (1, 0)^T$. "
            "$\\bb^T\\bb = 1$, $\\bb^T\\bb = 2$")
    assert verdicts(text)[1:] == [OK, WRONG]
