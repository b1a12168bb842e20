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


RESTATED = (
    "\\[\nz_o = 0.7(0.5498) - 0.5(0.6682) + 0.2 = 0.2508, \\qquad \\hat y = \\sigma(0.2508) = 0.5624,\n\\]\n"
    "\\begin{align*}\n\\delta_o &= (\\hat y - y)\\,\\hat y(1 - \\hat y) = (-0.4376)(0.5624)(0.4376) = -0.1077, \\\\\n"
    "\\delta_1 &= \\delta_o v_1\\sigma'(z_1) = -0.1077(0.7)(0.2475) = -0.01866, & "
    "\\delta_2 &= \\delta_o v_2\\sigma'(z_2) = -0.1077(-0.5)(0.2271) = 0.01223,\n\\end{align*}\n"
    "\\begin{align*}\nz_o &= 0.7296(0.55355) - 0.4640(0.66728) + 0.25385 = 0.34810\n\\end{align*}\n"
    "\\[\n\\nabla_{\\bm x}L = W_1\\bm\\delta = \\begin{pmatrix} 0.4 & -0.6 \\\\ 0.2 & 0.8 \\end{pmatrix}"
    "\\begin{pmatrix} -0.01866 \\\\ 0.01194 \\end{pmatrix} = \\begin{pmatrix} -0.01463 \\\\ 0.00582 \\end{pmatrix}\n\\]\n")


def test_names_whose_entries_have_no_value_do_not_stop_the_chain():
    # δ_1, δ_2 bound to formulas with no value (z_1, σ' unknown) while 𝛅's entries were looked up: the chain was
    # "could not check this chain (AttributeError)" and its written matrix product was lost
    out = steps(RESTATED)
    assert not any("could not check this chain" in s.detail for s in out)
    product = at(out, "\\begin{pmatrix} 0.4 & -0.6")
    assert product.verdict == OK
    broken = steps(RESTATED.replace("-0.01463", "-0.01563"))
    assert at(broken, "\\begin{pmatrix} 0.4 & -0.6").verdict == WRONG




# the smallest part of a development file (a TA module's backward pass with numbers) on which it happened
BACKWARD = r"""\newcommand{\activity}[2]{\subsection*{Activity #1: #2}}
\[
z_j = \bm w_j^\top\bm x + b, \qquad h_j = \sigma(z_j), \qquad z_o = \bm v^\top\bm h + c, \qquad \hat y = \sigma(z_o), \qquad L = \tfrac12(\hat y - y)^2,
\]
\activity{3}{one backward pass with numbers}
$\bm x = (1.0,\ 0.5)^\top$, $y = 1$, $b = 0.1$, $c = 0.2$,
$z_1 = 0.4(1.0) - 0.6(0.5) + 0.1 = 0.2$ and $z_2 = 0.2(1.0) + 0.8(0.5) + 0.1 = 0.7$, so
$h_1 = \sigma(0.2) = 0.5498$ and $h_2 = \sigma(0.7) = 0.6682$.
\[
z_o = 0.7(0.5498) - 0.5(0.6682) + 0.2 = 0.3849 - 0.3341 + 0.2 = 0.2508, \qquad \hat y = \sigma(0.2508) = 0.5624,
\]
\begin{align*}
\delta_o &= (\hat y - y)\,\hat y(1 - \hat y) = (-0.4376)(0.5624)(0.4376) = -0.1077, & \pd{L}{c} &= \delta_o = -0.1077, \\
\delta_1 &= \delta_o v_1\sigma'(z_1) = -0.1077(0.7)(0.2475) = -0.01866, & \delta_2 &= \delta_o v_2\sigma'(z_2) = -0.1077(-0.5)(0.2271) = 0.01223,
\end{align*}
\[
\sigma'(z_2) = 0.2217, \qquad \delta_2 = -0.1077(-0.5)(0.2217) = 0.01194, \qquad \pd{L}{b} = -0.01866 + 0.01194 = -0.00672,
\]
\[
\nabla_{\bm x}L = W_1\bm\delta = \begin{pmatrix} 0.4 & -0.6 \\ 0.2 & 0.8 \end{pmatrix}\begin{pmatrix} -0.01866 \\ 0.01194 \end{pmatrix} = \begin{pmatrix} -0.01463 \\ 0.00582 \end{pmatrix},
\]
"""
NORM = r"and $\lVert\nabla_{\bm x}L\rVert = \sqrt{0.01463^2 + 0.00582^2} = 0.01575$."


def test_a_root_of_numbers_with_huge_exact_values_is_still_checked():
    # the decimals of 𝛅's product are known exactly (nested sigmoids): squaring them under a root made SymPy's
    # perfect-power test overflow ("could not check: too large"); the decimals as written decide it
    assert at(steps(BACKWARD + NORM), "\\sqrt{0.01463^2").verdict == OK
    assert at(steps(BACKWARD + NORM.replace("0.01575", "0.01675")), "\\sqrt{0.01463^2").verdict == WRONG
