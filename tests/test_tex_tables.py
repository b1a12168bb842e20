"""Table cells typeset in math mode by their column (`>{$}l<{$}`, the array package): every relation in
them is reported (issue 11: they vanished, and the column spec itself was read as a formula)."""
from verify.tex import OK, WRONG, check_text
from verify.tex.tables import math_columns

TABLE = r"""\begin{tabular}{l >{$}l<{$} >{$}c<{$} r}
\toprule
node & \text{forward} & \text{tangent} & note \\
\midrule
$v_1$ & v_1 = x_1 = 2 & \dot v_1 = 1 & input \\ % seed
$v_2$ & v_2 = v_1^2 = 4 & \dot v_2 = 2v_1\dot v_1 = 3 & square, $a = 1 + 1$ \\[2pt]
\multicolumn{2}{c}{$w = 1 + 1$} & w + 1 = 3 & \$5 \& more \\
\end{tabular}
"""


def test_the_column_spec_says_which_columns_are_math():
    assert math_columns(r"l >{$}l<{$} >{$}c<{$} r") == [False, True, True, False]
    assert math_columns(r"|c|*{2}{>{$}p{2cm}<{$}}|") == [False, True, True]
    assert math_columns(r"@{}l>{\bfseries}c") == [False, False]


def test_every_relation_in_a_math_column_is_reported_and_checked():
    steps = {(s.lhs, s.rhs): s.verdict for s in check_text(TABLE).steps}
    assert steps[("v_1^2", "4")] != WRONG and steps[(r"2v_1\dot v_1", "3")] == WRONG
    assert steps[("w + 1", "3")] == OK
    assert ("a", "1 + 1") in steps and ("w", "1 + 1") in steps      # `$…$` in text cells as before
    assert not any("l<" in lhs or "l<" in rhs for lhs, rhs in steps)  # the spec is not a formula
    assert len(steps) == 10


def test_a_table_never_closed_is_an_error_and_the_rest_is_checked():
    steps = check_text("\\begin{tabular}{>{$}l<{$}}\n a = 1 + 1 \\\\ b = 2 + 2\n\nand $c = 1 + 1$, $c = 3$\n").steps
    assert "never closed" in steps[0].detail and steps[0].line == 1
    assert [s.verdict for s in steps if s.lhs == "c"][-1] == WRONG
