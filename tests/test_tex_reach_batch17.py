"""Batch 17 (read in session 17): readings the checker lacked.

Written-out matrices: `A^{-1}` of one (exact inverse; singular ones refused), `λI` / `I_2` added to one (the
identity, sized by the other side), a 1×1 product `𝐱^⊤S𝐱` is a number, and data written plain (`y = (1, 2, 2)`)
used bold (`\\mathbf y`). An index letter (`∂L/∂v_j = δ h_j`) is a claim for each unit the file has. An indexed
definition with vectors in it (`h_j = σ(𝐰_j^⊤x + b)`) is read again for each j, so `∂L/∂b` through a shared bias
is checkable. `for $j = 1, 2$` is the values j runs over (it was j = 1).
"""
from verify.tex import GIVEN, OK, UNVERIFIED, WRONG, check_text


def verdicts(text):
    return [s.verdict for s in check_text(text).steps]


M = "\\begin{pmatrix} 4 & 3 \\\\ 3 & 6 \\end{pmatrix}"


def test_the_inverse_of_a_written_out_matrix():
    assert verdicts(f"$${M}^{{-1}} = \\frac{{1}}{{15}}\\begin{{pmatrix}} 6 & -3 \\\\ -3 & 4 \\end{{pmatrix}}$$") == [OK]
    assert verdicts(f"$${M}^{{-1}} = \\frac{{1}}{{15}}\\begin{{pmatrix}} 6 & 3 \\\\ 3 & 4 \\end{{pmatrix}}$$") == [WRONG]
    singular = verdicts("$$\\begin{pmatrix} 1 & 2 \\\\ 2 & 4 \\end{pmatrix}^{-1} = \\begin{pmatrix} 1 & 0 \\\\ 0 & 1 "
                        "\\end{pmatrix}$$")
    assert singular == [UNVERIFIED]


def test_lambda_times_the_identity_added_to_a_written_out_matrix():
    text = ("$A = \\begin{pmatrix} 3 & 3 \\\\ 3 & 5 \\end{pmatrix}$ and $\\lambda = 1$, so "
            f"$A + \\lambda I = {{R}}$ and $\\det(I_2 + A) = {{D}}$.")
    assert verdicts(text.replace("{R}", M).replace("{D}", "15")) == [GIVEN, GIVEN, OK, OK]
    assert verdicts(text.replace("{R}", "\\begin{pmatrix} 4 & 4 \\\\ 4 & 6 \\end{pmatrix}").replace("{D}", "15"))[2] \
        == WRONG
    assert verdicts(text.replace("{R}", M).replace("{D}", "24"))[3] == WRONG
    # a plain number added to a square matrix keeps its two readings (λI or every entry): refused
    assert verdicts("$A = \\begin{pmatrix} 3 & 3 \\\\ 3 & 5 \\end{pmatrix}$, $A + 1 = " + M + "$")[1] == UNVERIFIED


def test_an_inverse_stated_first_defines_the_matrix_and_the_matrix_stated_after_is_a_claim():
    text = (f"The precision is $$S_N^{{-1}} = {M},$$ and inverting,\n"
            "$$S_N = \\frac{1}{15}\\begin{pmatrix} 6 & {B} \\\\ {B} & 4 \\end{pmatrix}.$$\n"
            "With $\\phi = (1, 3)^\\top$: $\\phi^\\top S_N \\phi = \\frac{6 + 2 \\cdot 3 \\cdot {C} + 4 \\cdot 9}{15}$.\n")
    right = verdicts(text.replace("{B}", "-3").replace("{C}", "(-3)"))
    assert right == [GIVEN, OK, GIVEN, OK]
    wrong = verdicts(text.replace("{B}", "3").replace("{C}", "3"))
    assert wrong[1] == WRONG and wrong[3] == WRONG       # the sign slip, and the quadratic form built on it


def test_data_written_plain_is_the_bold_vector_and_a_model_does_not_make_it_a_claim():
    text = ("Model $y = w_0 + w_1 x + \\varepsilon$. Data: $x = (0, 1, 2)$, $y = (1, 2, 2)$, and "
            "$\\Phi = \\begin{pmatrix} 1 & 0 \\\\ 1 & 1 \\\\ 1 & 2 \\end{pmatrix}$, so "
            "$\\Phi^\\top\\mathbf y = ({V})$.")
    assert verdicts(text.replace("{V}", "5, 6"))[-1] == OK
    assert verdicts(text.replace("{V}", "5, 7"))[-1] == WRONG


NET = ("\\[ z_j = w_{j1}x_1 + w_{j2}x_2 + b, \\qquad h_j = \\sigma(z_j), \\]\n"
       "\\[ \\hat y = v_1 h_1 + v_2 h_2 + c, \\qquad L = \\tfrac12(\\hat y - y)^2. \\]\n"
       "\\[ w = \\begin{pmatrix} 0.1 & 0.3 \\\\ -0.2 & 0.4 \\end{pmatrix}, \\quad b = 0.1, \\quad v = (0.5, -0.6), "
       "\\quad c = 0.2, \\]\nwith $x = (1, 2)$ and $y = 1$.\n\\[ {CLAIM} \\]\n")


def test_a_claim_in_an_index_letter_holds_for_each_unit():
    def last(claim):
        return check_text(NET.replace("{CLAIM}", claim)).steps[-1]
    ok = last("\\frac{\\partial L}{\\partial v_j} = (\\hat y - y) h_j")
    assert ok.verdict == OK and "j = 1" in ok.detail and "j = 2" in ok.detail
    assert last("\\frac{\\partial L}{\\partial v_j} = (\\hat y - y) z_j").verdict == WRONG
    assert last("\\frac{\\partial L}{\\partial w_{jk}} = (\\hat y - y) v_j h_j(1 - h_j) x_k").verdict == OK
    assert last("\\frac{\\partial L}{\\partial w_{jk}} = (\\hat y - y) v_j h_j(1 - h_j) x_j").verdict == WRONG
    # a letter a sum runs over is not an index of the claim
    assert last("\\frac{\\partial L}{\\partial b} = \\sum_j (\\hat y - y) v_j h_j(1 - h_j)").verdict != WRONG


SHARED = ("Input $x = (1, -1)$, hidden $h_j = \\sigma(\\mathbf{w}_j^\\top x + b)$ with the same $b = 0.5$ for "
          "$j = 1, 2$, rows $\\mathbf w_1 = (0.5, -0.5)$, $\\mathbf w_2 = (1.0, 0.5)$; output "
          "$\\hat y = v_1h_1 + v_2h_2 + c$, $v = (1.5, -0.5)$, $c = -0.5$; target $y = 1$; "
          "$L = \\tfrac12(\\hat y - y)^2$.\n\n$h_1 = \\sigma(1.5) = 0.8176$, $h_2 = \\sigma({A2}) = {H2}$.\n\n"
          "Then $\\partial L/\\partial b = {G}$.\n")


def test_a_shared_bias_through_an_indexed_definition_with_vectors():
    steps = check_text(SHARED.replace("{A2}", "1.0").replace("{H2}", "0.7311").replace("{G}", "-0.0802")).steps
    ranges = [s for s in steps if "runs over" in s.detail]
    assert len(ranges) == 1 and ranges[0].verdict == GIVEN
    assert [s.verdict for s in steps[-5:]] == [OK, OK, OK, OK, OK]
    # δ1 alone (the bias taken to feed one unit) is wrong; so is a wrong pre-activation
    assert check_text(SHARED.replace("{A2}", "1.0").replace("{H2}", "0.7311").replace("{G}", "-0.1430")
                      ).steps[-1].verdict == WRONG
    assert check_text(SHARED.replace("{A2}", "1.5").replace("{H2}", "0.8176").replace("{G}", "-0.0802")
                      ).steps[-3].verdict == WRONG


def test_names_given_one_value_and_a_max_over_entries():
    """`q_2 = q_3 = q_4 = \\frac{0.1}{4}` gives all three the value (q_3 = q_4 was 'not an identity');
    `\\max_k z_k` of a written-out z is its largest entry."""
    text = ("Logits $z = (2.0, 1.0, 0.5, -1.0)$. $q_1 = 0.925$, $q_2 = q_3 = q_4 = \\frac{0.1}{4} = 0.025$, "
            "so $q_3 + q_4 = {S}$.\n\n$m = \\max_k z_k = {M}$.\n")
    got = check_text(text.replace("{S}", "0.05").replace("{M}", "2.0")).steps
    assert [s.verdict for s in got if s.lhs.strip() in ("q_3", "q_4")][:2] == [GIVEN, GIVEN]
    assert [s.verdict for s in got[-3:]] == [OK, GIVEN, OK]
    wrong = check_text(text.replace("{S}", "0.5").replace("{M}", "1.0")).steps
    assert wrong[-3].verdict == WRONG and wrong[-1].verdict == WRONG


def test_a_function_definition_reads_the_files_macros_and_a_primed_unknown_is_no_product():
    """`\\swish(x) = x\\,\\sig(x)` with `\\newcommand{\\sig}{\\sigma}` was 'unsupported \\sig', and `\\swish'(x)` was
    swish′ times x (called wrong)."""
    head = "\\newcommand{\\sig}{\\sigma}\n\\DeclareMathOperator{\\swish}{swish}\n"
    defined = head + "$\\swish(x) = x\\,\\sig(x)$, so $\\swish'(x) = {D}$.\n"
    assert check_text(defined.replace("{D}", "\\sig(x) + x\\,\\sig(x)(1 - \\sig(x))")).steps[-1].verdict == OK
    assert check_text(defined.replace("{D}", "\\sig(x) + \\sig(x)(1 - \\sig(x))")).steps[-1].verdict == WRONG
    undefined = check_text(head + "$\\swish'(x) = 2x$ and $q'(x) = 2x$.\n").steps
    assert [s.verdict for s in undefined] == [UNVERIFIED, UNVERIFIED]


def test_a_product_with_an_inverse_against_the_identity():
    text = "$S = \\begin{pmatrix} 4 & 3 \\\\ 3 & 6 \\end{pmatrix}$, $S^{-1} S = {R}$"
    assert check_text(text.replace("{R}", "I")).steps[-1].verdict == OK
    assert check_text(text.replace("{R}", "2I")).steps[-1].verdict == WRONG
