"""Reach added in session 35 from the development sets, each beside the broken case that must stay caught (or
the reading that must not fire)."""
from helpers import tex_at as at, tex_steps as steps
from verify.tex import CARRIED, GIVEN, OK, UNVERIFIED, WRONG


def test_align_equation_columns_are_separate_equations():
    # `a &= 2 & b &= 3`: without a comma between, align's next equation was run into the one before it (`2 & b`
    # read as 2·b), so `c = a + b = 5` came out wrong
    text = ("\\begin{{align*}}\n"
            "a &= 2 & b &= 3 \\\\\n"
            "c &= a + b = {c} & d &= a b = {d}\n"
            "\\end{{align*}}\n")
    out = steps(text.format(c=5, d=6))
    assert at(out, "a+b=5").verdict == OK and at(out, "ab=6").verdict == OK
    assert [s.verdict for s in out if s.verdict not in (OK, GIVEN)] == []
    broken = steps(text.format(c=5, d=5))          # a·b written as a + b
    assert at(broken, "ab=5").verdict == WRONG and at(broken, "a+b=5").verdict == OK


def test_eqnarray_and_a_justification_column_are_not_split():
    # `a &=& b` (eqnarray) and `&& \text{by …}` keep their equation whole
    out = steps("\\begin{eqnarray*}\nx &=& 2 + 3 \\\\\n&=& 5\n\\end{eqnarray*}\n")
    assert [s.verdict for s in out] == [GIVEN, OK]
    out = steps("\\begin{align*}\nx &= 2 + 3 && \\text{by (1)} \\\\\n&= 6 && \\text{adding}\n\\end{align*}\n")
    assert [s.verdict for s in out] == [GIVEN, WRONG]


TRACE = ("Evaluation trace of $f = \\ln(1 + x_1^2 x_2)$ at $x_1 = 2$, $x_2 = 0.5$, with a tangent column for each seed:\n"
         "\\begin{{align*}}\n"
         "v_1 &= x_1 = 2 & \\dot v_1 &= 1 & \\dot v_1 &= 0 \\\\\n"
         "v_2 &= x_2 = 0.5 & \\dot v_2 &= 0 & \\dot v_2 &= 1 \\\\\n"
         "v_3 &= v_1^2 = 4 & \\dot v_3 &= 2v_1\\dot v_1 = 4 & \\dot v_3 &= 2v_1\\dot v_1 = 0 \\\\\n"
         "v_4 &= v_3 v_2 = 2 & \\dot v_4 &= \\dot v_3 v_2 + v_3\\dot v_2 = 2 & \\dot v_4 &= \\dot v_3 v_2 + v_3\\dot v_2 = {last}\n"
         "\\end{{align*}}\n")


def _each_seed_column_is_a_sweep(trace, right, miscomputed, last_lhs):
    out = steps(trace.format(last=right))
    assert not [s for s in out if s.verdict in (WRONG, CARRIED, UNVERIFIED)], [s for s in out if s.verdict != OK]
    broken = steps(trace.format(last=miscomputed))     # the second seed's last tangent miscomputed
    assert [s.verdict for s in broken if s.lhs.strip() == last_lhs] == [OK, WRONG]


def test_a_trace_with_a_tangent_column_per_seed_is_read_column_by_column():
    # each tangent column is a sweep of its own: read row by row, the second column's v̇_3 = 2v_1v̇_1 used the third
    # column's v̇_1 = 0, and the third column's seeds were claims about the second's (wrong)
    _each_seed_column_is_a_sweep(TRACE, 4, 5, "\\dot v_3 v_2 + v_3\\dot v_2")


def test_each_point_of_a_list_of_points_is_looked_at_in_passing():
    # "evaluate at $z = 0.5$ and $z = 1$": the second point was a claim about the first (z = 1 wrong)
    out = steps("Evaluate $\\tanh'$ at $z = 0.5$ and $z = 1$.\n")
    assert [s.verdict for s in out] == [GIVEN, GIVEN]
    # a point, then a formula after a comma: the formula is not a point ("at $(1, 0)$, $J = …$" stays a claim)
    out = steps("Let $z = 0.5$. At $z = 1$, $w = 2$ and then $w = 3$.\n")
    assert at(out, "w=3").verdict == WRONG


def test_a_command_the_file_defines_as_a_heading_starts_a_new_part():
    # `\activity{5}{…}` typesets a \subsection*: a name given afresh after it is not a claim about the last part's
    text = ("\\newcommand{{\\activity}}[2]{{\\subsection*{{Activity #1: #2}}}}\n"
            "\\activity{{1}}{{sigmoid}}\n$h_1 = \\sigma(0.2) = 0.5498$.\n\n"
            "\\{macro}{{2}}{{tanh}}\n$h_1 = \\tanh 0.2 = 0.1974$.\n")
    assert at(steps(text.format(macro="activity")), "\\tanh0.2=0.1974").verdict == OK
    assert at(steps(text.format(macro="activity")), "h_1=\\tanh0.2").verdict == GIVEN
    # a command that is no heading keeps the part: h_1 is then claimed about (wrong, or two readings), not given
    text = text.replace("\\subsection*{{Activity #1: #2}}", "\\textbf{{Activity #1: #2}}")
    assert at(steps(text.format(macro="activity")), "h_1=\\tanh0.2").verdict in (WRONG, UNVERIFIED)


QUOTIENT = ("Quotient rule with $u = e^{{z}} - e^{{-z}}$ and $w = e^{{z}} + e^{{-z}}$, so $u' = e^{{z}} + e^{{-z}}$ and "
            "$w' = {w_prime}$.\n")


def test_the_prime_of_a_name_defined_by_a_formula_in_one_variable_is_its_derivative():
    # `u'` after `u = e^z - e^{-z}` was a new name given (so a wrong w' passed); it is du/dz
    out = steps(QUOTIENT.format(w_prime="e^{z} - e^{-z}"))
    assert at(out, "u'=").verdict == OK and at(out, "w'=").verdict == OK
    assert at(steps(QUOTIENT.format(w_prime="e^{z} + e^{-z}")), "w'=").verdict == WRONG
    # the new value after a step (`\hat y' = 0.58`, a number), or a rule made from the name itself: not a derivative
    assert at(steps("$\\hat y = \\sigma(z)$. After the update, $\\hat y' = 0.58$.\n"), "\\haty'=").verdict == GIVEN
    assert at(steps("$w = 2t$ and $w' = w - 0.1$.\n"), "w'=").verdict == GIVEN


def test_malformed_align_columns_are_reported_and_the_next_line_checked():
    out = steps("\\begin{align*}\na &= (2 & b &= 3 \\\\\nc &= 1 + 1 = 2\n\\end{align*}\n$d = 2 + 2 = 5$\n")
    unread = [s for s in out if s.verdict == UNVERIFIED]
    assert unread and all("line" in s.detail and "column" in s.detail for s in unread)
    assert at(out, "1+1=2").verdict == OK and at(out, "2+2=5").verdict == WRONG


def test_a_prime_on_a_bracket_is_the_derivative_of_what_it_holds():
    # `(\sinh z)' = \cosh z` was unread ("unexpected '"); in one variable it is the derivative, else unread with why
    out = steps("$(\\sinh z)' = \\cosh z$, $(\\cosh z)' = \\cosh z$, $(x^2 + 1)'' = 2$ and $(xy)' = y$.\n")
    assert [s.verdict for s in out][:2] == [OK, WRONG]             # (cosh)' is sinh: the slip is caught
    assert at(out, "(x^2+1)''=2").verdict in (OK, UNVERIFIED)     # (after a wrong step in the same line)
    assert at(steps("$(x^2 + 1)'' = 2$.\n"), "(x^2+1)''=2").verdict == OK
    assert at(steps("$(x^3 + 1)'' = 3x$.\n"), "(x^3+1)''=3x").verdict == WRONG     # 6x
    several = at(out, "(xy)'=y")
    assert several.verdict == UNVERIFIED and "several variables" in several.detail and "column" in several.detail


TABLE_TRACE = ("\\begin{{tabular}}{{>{{$}}l<{{$}} >{{$}}l<{{$}} >{{$}}l<{{$}}}}\n"
               "v_1 = x_1 = 3 & \\dot v_1 = 1 & \\dot v_1 = 0 \\\\\n"
               "v_2 = x_2 = 2 & \\dot v_2 = 0 & \\dot v_2 = 1 \\\\\n"
               "v_3 = v_1 v_2 = 6 & \\dot v_3 = \\dot v_1 v_2 + v_1\\dot v_2 = 2 & "
               "\\dot v_3 = \\dot v_1 v_2 + v_1\\dot v_2 = {last} \\\\\n"
               "\\end{{tabular}}\n")


def test_a_table_with_a_tangent_column_per_seed_is_read_column_by_column():
    # the same trace in a tabular with math-mode columns (its cells are regions of their own); the first seed's
    # value in the second column (2) would be two readings: a note on the sweep before it is not ruled out
    _each_seed_column_is_a_sweep(TABLE_TRACE, 3, 5, "\\dot v_1 v_2 + v_1\\dot v_2")


def test_the_prime_is_the_derivative_also_where_the_variable_has_a_value():
    # z given a value before (the question's "at $z = 1$"): u' is still du/dz, checked there; a step that is right
    # only with the wrong w' the writer gave is carried (it was `ok`: a wrong step called right)
    text = "Evaluate at $z = 1$.\n\n" + QUOTIENT + "Then $\\tanh' z = \\frac{{u'w - uw'}}{{w^2}} = \\frac{{2e^{{-z}}}}{{w}}$.\n"
    wrong = steps(text.format(w_prime="e^{z} + e^{-z}"))
    assert at(wrong, "w'=").verdict == WRONG
    assert at(wrong, "\\tanh'z=").verdict == OK
    assert at(wrong, "\\frac{u'w-uw'}{w^2}=").verdict == CARRIED
    right = steps(text.format(w_prime="e^{z} - e^{-z}"))
    assert at(right, "\\frac{u'w-uw'}{w^2}=").verdict == WRONG      # (the quotient rule done right: 4/w², not 2e^{-z}/w)
