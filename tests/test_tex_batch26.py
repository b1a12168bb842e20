r"""Batch 26 (blind in session 21, then read): its wrong steps called ok and its false alarms, each as a small case.

- `δ = (δ_1, δ_2)^\top` with δ_1, δ_2 carried from a wrong step: `W_1δ = (…)(-0.0167, 0.0159)^\top` was ok; after
  δ_1, δ_2 were given again (corrected), δ kept the old numbers, and the corrected `W_1^\top δ` was refuted.
- `δ_1 + δ_2 = -0.0167 + 0.0159` with both carried: the sum agreed with the right values, the terms do not.
- "Pass 2: seeding $x_2$": the tangents of the first pass were kept (v̇_1 = 1), so the second pass was refuted.
- `… + λw^2\Bigr] + \text{const}` with "where $λ = σ^2/τ^2$" after the display: refuted for a λ not yet given.
Each test breaks the thing on purpose and asserts it is caught, or asserts a reading that must not fire.
"""
from verify.tex import CARRIED, OK, UNVERIFIED, WRONG
from helpers import tex_step as step_of, tex_steps as steps


DELTAS = ("With $\\delta_o = -0.1242$ (from $(-0.4787)(0.5213 \\times 0.4787) = (-0.4787)(0.2595) = -0.1242$), "
          "$h_1 = 0.2142$:\n"
          "\\[ \\delta_1 = 0.8 \\times (-0.1242) \\times 0.1683 = -0.0167, \\qquad "
          "\\delta_2 = -0.6 \\times (-0.1242) \\times 0.2139 = 0.0159. \\]\n"
          "So $\\delta = (\\delta_1, \\delta_2)^\\top$ and, with $W_1 = \\begin{pmatrix} 1 & 2 \\\\ -1 & 0.5 \\end{pmatrix}$, "
          "$W_1\\delta = \\begin{pmatrix} 0.0151 \\\\ 0.02465 \\end{pmatrix}$.\n\n"
          "Correction: $\\delta_1 = 0.8 \\times (-0.1194) \\times 0.1683 = -0.0161$ and "
          "$\\delta_2 = -0.6 \\times (-0.1194) \\times 0.2139 = 0.0153$, so\n"
          "$$W_1^\\top\\delta = \\begin{pmatrix} -0.0314 \\\\ -0.0245 \\end{pmatrix}.$$\n")


def test_a_vector_made_of_carried_values_is_not_confirmed():
    first = step_of(DELTAS, "W_1\\delta")
    assert first.verdict == UNVERIFIED and "rests on" in first.detail, first.detail


def test_a_vector_made_of_names_follows_them_when_they_are_given_again():
    assert step_of(DELTAS, "W_1^\\top\\delta").verdict == OK
    slipped = DELTAS.replace("-0.0314 \\\\ -0.0245", "-0.0314 \\\\ -0.0255")
    assert step_of(slipped, "W_1^\\top\\delta").verdict == WRONG


def test_terms_that_fit_only_as_written_are_carried():
    text = DELTAS.split("So $")[0] + "Then $\\delta_1 + \\delta_2 = -0.0167 + 0.0159 = -0.0008$.\n"
    assert step_of(text, "\\delta_1 + \\delta_2").verdict == CARRIED


PASSES = ("\\newcommand{\\dv}[1]{\\dot v_{#1}}\n"
          "We differentiate at $x_1 = 1.5$, $x_2 = 0.5$.\n"
          "\\subsection*{Pass 1: seeding $x_1$}\n"
          "$v_1 = x_1 = 1.5$, $\\dv1 = 1$, $v_2 = x_2 = 0.5$, $\\dv2 = 0$, $v_3 = v_1v_2 = 0.75$, "
          "$\\dv3 = \\dv1 v_2 + v_1\\dv2 = 0.5$.\n"
          "\\subsection*{Pass 2: seeding $x_2$}\n"
          "$\\dv3 = \\dv1 v_2 + v_1\\dv2 = 0 + 1.5 = 1.5$.\n")


def test_seeding_a_named_input_starts_a_sweep_with_that_seed():
    got = [s for s in steps(PASSES) if s.rhs.strip() == "0 + 1.5"]
    assert [s.verdict for s in got] == [OK], [(s.lhs, s.verdict, s.detail) for s in got]
    slipped = PASSES.replace("= 0 + 1.5 = 1.5", "= 0 + 0.75 = 0.75")
    assert [s.verdict for s in steps(slipped) if s.rhs.strip() == "0 + 0.75"] == [WRONG]


MAP = ("Prior $w \\sim \\mathcal{N}(0, \\tau^2)$ with $\\tau^2 = 0.5$, noise $\\sigma^2 = 1$, data $x = (1, 2, 3)$, "
       "$y = (1.5, 2.5, 3.5)$. Then\n"
       "\\[ -\\ln p(w) = \\frac{1}{2\\sigma^2}\\sum_{i=1}^{3}(y_i - w x_i)^2 + \\frac{w^2}{2\\tau^2} + \\text{const} "
       "= \\frac{1}{2\\sigma^2}\\Bigl[\\sum_{i=1}^{3}(y_i - w x_i)^2 + \\lambda w^2\\Bigr] + \\text{const}, \\]\n"
       "where $\\lambda = \\sigma^2/\\tau^2$.\n")


def test_a_constant_named_only_later_is_not_refuted():
    later = [s for s in steps(MAP) if s.rhs.strip().startswith("\\frac{1}{2\\sigma^2}\\Bigl[")]
    assert [s.verdict for s in later] == [UNVERIFIED] and "λ = 2" in later[0].detail
    # a penalty that no value of λ makes right (w^3) is still wrong
    cubed = MAP.replace("\\lambda w^2\\Bigr]", "\\lambda w^3\\Bigr]")
    assert [s.verdict for s in steps(cubed) if s.rhs.strip().startswith("\\frac{1}{2\\sigma^2}\\Bigl[")] == [WRONG]


def test_a_random_instance_does_not_refute_a_value_claimed_for_particular_matrices():
    text = "Here $\\det(X^\\top X) = 15 - 9$ and $\\operatorname{tr}(A^\\top A) = 4 + 1 + 9$; in general $\\det(2A) = 2\\det A$.\n"
    got = [s.verdict for s in steps(text)]
    assert got[:2] == [UNVERIFIED, UNVERIFIED] and got[-1] == WRONG, got
