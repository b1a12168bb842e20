"""Batch 17 (read in session 17): a wrong step called ok, and false alarms the new matrix readings exposed.

The forum answer: `S_N = \\frac1{15}(6, 3; 3, 4)` (the inverse without the sign flip) was a definition, so
`σ_*^2 = φ_*^⊤S_Nφ_* = 60/15 = 4` and `σ_* = 2` were ok. Now S_N is defined by `S_N^{-1} = …` and the wrong
inverse is a claim; the quadratic form built on it is wrong. The rest: a claim about a name whose value another
example or an update may have changed (`ŷ = -0.3` in a second example) has two readings, and a written-out
matrix whose value no checked step gave does not make a later claim about it wrong.
"""
from verify.tex import GIVEN, OK, UNVERIFIED, WRONG, check_text


def steps(text):
    return check_text(text).steps


FORUM = ("The posterior precision is $$S_N^{-1} = \\alpha I + \\beta\\Phi^\\top\\Phi = "
         "\\begin{pmatrix} 4 & 3 \\\\ 3 & 6 \\end{pmatrix}$$ with $\\alpha = 1$, $\\beta = 1$, "
         "$\\Phi = \\begin{pmatrix} 1 & 0 \\\\ 1 & 1 \\\\ 1 & 2 \\end{pmatrix}$, and inverting,\n"
         "$$S_N = \\frac{1}{15}\\begin{pmatrix} 6 & 3 \\\\ 3 & 4 \\end{pmatrix}.$$\n"
         "For $\\phi_* = (1, 3)^\\top$: $\\sigma_*^2 = \\phi_*^\\top S_N \\phi_* = \\frac{6 + 2 \\cdot 3 \\cdot 3 + "
         "4 \\cdot 9}{15} = \\frac{60}{15} = 4$, so $\\sigma_* = 2$.\n")


def test_a_quadratic_form_on_a_wrong_inverse_is_not_ok():
    got = steps(FORUM.replace("\\alpha I + \\beta\\Phi^\\top\\Phi = ", ""))
    inverse = [s for s in got if s.lhs.strip() == "S_N"]
    assert inverse[0].verdict == WRONG
    after = got[got.index(inverse[0]) + 1:]
    assert OK not in [s.verdict for s in after if "phi" in s.lhs or "sigma_*" in s.lhs]
    assert any(s.verdict == WRONG for s in after)


SECOND_EXAMPLE = ("Take $x = (1, -2)$, $w = (1.5, -2.0)$, $b = 0.3$, $h = \\max(0, x)$ and "
                  "$\\hat y = w^\\top h + b$, so $h = (1, 0)$ and $\\hat y = 1.5 + 0.3 = 1.8$.\n\n"
                  "A second example, $x' = (0, 1)$: $h = (0, 1)$ and $\\hat y = -2.0 + 0.3 = -1.7$.\n")


def test_a_second_example_in_the_same_names_is_not_a_wrong_claim():
    got = steps(SECOND_EXAMPLE)
    assert got[-2].verdict != WRONG           # ŷ = -2.0 + 0.3: a claim about the first ŷ, or the new case
    assert got[-1].verdict == OK              # the arithmetic


UPDATED = ("Let $v = 0.7$, $b = 0.2$, $h = 0.5$ and $\\hat y = v h + b$, so $\\hat y = 0.55$.\n"
           "Then $b \\leftarrow 0.2 + 0.475 = 0.675$ and $v \\leftarrow 0.7 - 0.7 = 0$; on the next pass "
           "$\\hat y = b = 0.675$.\n")


def test_a_claim_after_an_update_may_be_the_next_pass():
    got = steps(UPDATED)
    restated = [s for s in got if s.lhs.strip() == "\\hat y" and s.line == 2]
    assert restated and restated[0].verdict != WRONG


def test_a_written_out_matrix_no_checked_step_gave_does_not_make_a_later_claim_wrong():
    text = ("$$\\Sigma = \\sigma^2 (A + I)^{-1} = \\begin{pmatrix} 0.0909 & -0.0455 \\\\ -0.0455 & 0.0606 "
            "\\end{pmatrix}$$ with $A = \\begin{pmatrix} 3 & 3 \\\\ 3 & 5 \\end{pmatrix}$.\n\n"
            "Remarks: $\\Sigma \\approx \\begin{pmatrix} 0.2 & -0.1 \\\\ -0.1 & 0.1333 \\end{pmatrix}$.\n")
    assert steps(text)[-1].verdict == UNVERIFIED


STEP = ("Take $x = 2$, $w = 0.5$, $b = 0.3$, $\\hat y = wx + b$, $y = 1$ and $L = \\tfrac12(\\hat y - y)^2$, "
        "so $\\hat y = 1.3$ and $\\frac{\\partial L}{\\partial b} = 0.3$. With $\\eta = 0.1$:\n"
        "$b \\leftarrow {B} = {V}$, and the next pass has $\\hat y' = 0.5 \\cdot 2 + {V} = {Y}$, "
        "so $\\hat y' - y = {D}$.\n")


def test_an_update_that_climbs_the_loss_is_wrong_and_what_follows_is_not_confirmed():
    """`b_2 ← 0.3 + 0.1·1.1` (the batch-14 notebook): the arrow assigned, so the sign slip was `given` and the
    loss ratio worked out from it was ok. The update is checked against the file's loss: b - η ∂L/∂b."""
    right = steps(STEP.replace("{B}", "0.3 - 0.1 \\cdot 0.3").replace("{V}", "0.27").replace("{Y}", "1.27")
                  .replace("{D}", "0.27"))
    update = [s for s in right if s.lhs.strip() == "b" and s.line == 2][0]
    assert update.verdict == OK and "gradient step" in update.detail
    wrong = steps(STEP.replace("{B}", "0.3 + 0.1 \\cdot 0.3").replace("{V}", "0.33").replace("{Y}", "1.33")
                  .replace("{D}", "0.33"))
    update = [s for s in wrong if s.lhs.strip() == "b" and s.line == 2][0]
    assert update.verdict == WRONG and "climbs" in update.detail
    assert right[-1].verdict == OK and wrong[-1].verdict != OK     # ŷ' - y on the climbed b is not confirmed
    # another optimiser's step (momentum, weight decay) is neither: the arrow assigns
    other = steps(STEP.replace("{B}", "0.9 \\cdot 0.3 - 0.1 \\cdot 0.3").replace("{V}", "0.24").replace("{Y}", "1.24")
                  .replace("{D}", "0.24"))
    assert [s for s in other if s.lhs.strip() == "b" and s.line == 2][0].verdict == GIVEN


def test_an_index_claim_is_not_checked_through_instances_it_cannot_read():
    """Batch 18 (read after its blind measurement showed two new false alarms): `0.4 - 0.8x_i = 1.2` is about one
    i, not every i; `∂c/∂u_i = …` with c worked out from numbers is not 0 at u_1 (it is unknown)."""
    text = ("Data $x = (1, 0, -1)$ and $u = (1, 2, 2)$, $v = (2, 0, 1)$; $c = \\frac{4}{3 \\times 2.2361} = 0.5963$.\n"
            "For the third point $0.4 - 0.8x_i = 1.2$, and "
            "$\\frac{\\partial c}{\\partial u_i} = \\frac13\\bigl(\\frac{v_i}{2.2361} - 0.5963\\cdot\\frac{u_i}{3}\\bigr)$.\n")
    got = check_text(text).steps
    assert WRONG not in [s.verdict for s in got[-2:]]


def test_an_entry_updated_on_its_own_updates_the_vector():
    text = ("$u = (1, 2, 2)$ and $u_2 \\gets 2 - 0.0265 = 1.9735$, so "
            "$\\|u\\| = {N}$.\n")
    assert check_text(text.replace("{N}", "2.9824")).steps[-1].verdict == OK
    assert check_text(text.replace("{N}", "3.0000")).steps[-1].verdict == WRONG
