"""Reach added in session 39 from the development sets, each beside the broken case that must stay caught (or
the reading that must not fire)."""
from helpers import tex_at as at, tex_steps as steps
from verify.tex import OK, UNVERIFIED, WRONG

GAMMA = ("Prior $\\mathrm{Gamma}(\\alpha, \\beta)$ with $\\alpha = 2$, $\\beta = 0.5$ and counts $y = (4, 5, 3)$, "
         "$n = 3$:\n$$\\alpha' = \\alpha + \\textstyle\\sum_i y_i = 14, \\qquad \\beta' = \\beta + n = 3.5$$\n")


def test_a_name_restated_just_after_its_data_were_given_afresh_may_be_a_new_case():
    # `y = (0, 2)` on a new board, then α' = 1 + 2: a claim about α' = 14, or the new example's α'; before, a
    # false alarm ("using α' = 14")
    out = steps(GAMMA + "A student's example: prior $\\mathrm{Gamma}(1, 1)$, counts $y = (0, 2)$: "
                "$\\alpha' = 1 + 2 = 3$.\n")
    new = at(out, "\\alpha' = 1 + 2")
    assert new.verdict == UNVERIFIED and "new case" in new.detail
    # nothing given afresh: a claim about the first α', and wrong
    same = steps(GAMMA + "So $\\alpha' = 1 + 2 = 3$.\n")
    assert at(same, "\\alpha' = 1 + 2").verdict == WRONG
    # data given long before the restatement do not make it a new case
    far = steps(GAMMA + "Other counts $y = (0, 2)$ are kept for later.\n\nThe prior is as before.\n\n"
                "Hence\n$$\\alpha' = 1 + 2$$\n")
    assert at(far, "\\alpha' = 1 + 2").verdict == WRONG
