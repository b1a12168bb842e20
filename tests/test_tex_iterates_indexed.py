"""An update rule for iterates stated with its index (`v_t = β_2v_{t-1} + (1 - β_2)g_t^2`) indexes the steps after
it even when each step is headed `$t = 2$:` (the index given a whole number turned the rule off: every iterate was
a silent definition). Read from session 25's development sets (an Adam lab book), reproduced in a few lines."""
from verify.tex import GIVEN, OK, WRONG, check_text

ADAM = ("$\\beta_1 = 0.9$, $\\beta_2 = 0.999$.\n"
        "Update: $m_t = \\beta_1 m_{t-1} + (1 - \\beta_1)g_t$, $v_t = \\beta_2 v_{t-1} + (1 - \\beta_2)g_t^2$.\n\n"
        "$t = 1$: $g_1 = -6$, $m_1 = 0.1(-6) = -0.6$, $v_1 = 0.001(36) = 0.036$.\n\n"
        "$t = 2$: $g_2 = 2(0.1 - 3) = -5.8$,\n")


def verdicts(text):
    return [s.verdict for s in check_text(text).steps]


def test_an_iterate_is_checked_against_its_rule_under_a_step_heading():
    step = "\\begin{align*}\nv_2 &= %s\n\\end{align*}\n"
    assert verdicts(ADAM + step % "0.999(0.036) + 0.001(33.64) = 0.069604")[-2:] == [OK, OK]
    # the square of the gradient dropped (the lab book's slip): it was `given`
    assert verdicts(ADAM + step % "0.999(0.036) + 0.001(5.8) = 0.041764")[-2] == WRONG


def test_the_first_iterate_without_a_start_value_stays_a_definition():
    # m_1 = β_1 m_0 + … with no m_0 written: a start, not a claim that cannot be checked
    out = verdicts(ADAM)
    assert out[6] == GIVEN and out[7] == OK       # m_1 = 0.1(-6), then 0.1(-6) = -0.6


def test_a_formula_in_the_index_is_no_rule_for_iterates():
    # `η_t = η_0 e^{-kt}` (a schedule, η_0 its start): with `t = 50` given, η_50 is not read from an older schedule
    text = ("$\\eta_0 = 0.1$, $k = 0.05$, $\\eta_t = \\eta_0 e^{-kt}$.\n\nCosine schedule instead.\n"
            "At $t = 50$, $\\eta_{50} = 0.001 + 0.0495 = 0.0505$\n")
    assert WRONG not in verdicts(text)
