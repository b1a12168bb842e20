"""Reach added in session 38 from the development sets, each beside the broken case that must stay caught (or
the reading that must not fire)."""
from helpers import tex_at as at, tex_steps as steps
from verify.tex import GIVEN, OK, WRONG

NET = ("Two sigmoid hidden units share the bias: $z_j = \\bm w_j^\\top\\bm x + b$, $h_j = \\sigma(z_j)$, "
       "$z_o = \\bm v^\\top\\bm h + c$, $\\hat y = \\sigma(z_o)$ and $L = \\tfrac12(\\hat y - y)^2$, with "
       "$\\delta_j = \\frac{\\partial L}{\\partial z_j}$ and $\\delta_o = \\frac{\\partial L}{\\partial z_o}$.\n")


def test_an_inner_product_with_an_indexed_vector_is_read_in_its_entries_for_a_slope():
    # 𝐯^⊤𝐡 with h_j = σ(z_j): v_1h_1 + v_2h_2, two entries as the file writes them (δ_1, δ_2); before, "as defined,
    # L does not depend on b"
    out = steps(NET + "$$\\frac{\\partial L}{\\partial b} = \\delta_1 + \\delta_2$$\n"
                "$$\\delta_j = \\delta_o v_j h_j(1 - h_j)$$\n$$\\frac{\\partial L}{\\partial c} = \\delta_o$$\n"
                "$$\\frac{\\partial L}{\\partial v_1} = \\delta_o h_1$$\n")
    assert [s.verdict for s in out if s.line > 1] == [OK] * 4
    broken = steps(NET + "$$\\frac{\\partial L}{\\partial b} = \\delta_2$$\n"
                   "$$\\frac{\\partial L}{\\partial b} = \\delta_1 - \\delta_2$$\n"
                   "$$\\frac{\\partial L}{\\partial v_1} = \\delta_o h_2$$\n")
    assert [s.verdict for s in broken if s.line > 1] == [WRONG] * 3


def test_the_entries_are_as_many_as_the_file_says_or_none():
    claim = "$$\\frac{\\partial L}{\\partial b} = \\delta_1 + \\delta_2$$\n"
    # the file writes h_3: three entries, so a sum of two deltas misses one
    three = steps(NET.replace("Two sigmoid hidden", "The hidden") + claim + "Later $h_3 = 0.2$.\n")
    assert at(three, "\\frac{\\partial L}{\\partial b}").verdict == WRONG
    # the prose says three units and the indices two: not settled, so never ok
    said = steps(NET.replace("Two sigmoid", "Three sigmoid") + claim)
    assert at(said, "\\frac{\\partial L}{\\partial b}").verdict != OK
    # one index written: no size at all (a single δ_1 is not the whole sum)
    one = steps(NET.replace("Two sigmoid hidden", "The hidden") + "$$\\frac{\\partial L}{\\partial b} = \\delta_1$$\n")
    assert at(one, "\\frac{\\partial L}{\\partial b}").verdict != OK


def test_bold_lowercase_letters_are_vectors_at_random_instances():
    # z = 𝐰^⊤𝐱 + b under exp: random vectors make 𝐰^⊤𝐱 a number, checked exactly to 50 digits
    head = "$z = \\mathbf w^\\top\\mathbf x + b$ and $\\sigma(z) = \\frac{1}{1 + e^{-z}}$.\n"
    out = steps(head + "$$\\frac{\\partial}{\\partial z}\\log\\sigma(z) = 1 - \\sigma(z)$$\n"
                "$$1 - \\sigma(z) = \\sigma(-z)$$\n")
    assert [s.verdict for s in out if s.line > 1] == [OK, OK]
    broken = steps(head + "$$\\frac{\\partial}{\\partial z}\\log\\sigma(z) = \\sigma(z)$$\n$$1 - \\sigma(z) = \\sigma(z)$$\n")
    assert [s.verdict for s in broken if s.line > 1] == [WRONG, WRONG]


def test_a_vector_read_both_as_a_vector_and_as_a_number_is_not_instantiated():
    # with no size for 𝐡, the slope of L in c is taken with 𝐯, 𝐡 as numbers and δ_o keeps them as vectors: two
    # readings of one name, which random instances would take apart (a false alarm before the guard)
    out = steps(NET.replace("Two sigmoid hidden", "The hidden") + "$$\\frac{\\partial L}{\\partial c} = \\delta_o$$\n")
    assert at(out, "\\frac{\\partial L}{\\partial c}").verdict != WRONG


def test_a_gradient_in_a_vector_beside_written_out_ones_is_taken_in_its_entries():
    # 𝐛^⊤𝐱 with 𝐛 written out was read in x_1, x_2, and ∇_𝐱 of it was "one side is a matrix, the other is not"
    head = ("Let $A = \\begin{pmatrix} 2 & 1\\\\ 0 & 3\\end{pmatrix}$, $\\mathbf b = (1, 0)^T$, and "
            "$\\mathbf x \\in \\mathbb{R}^2$.\n")
    out = steps(head + "$$\\nabla_{\\mathbf x}(\\mathbf b^T\\mathbf x) = \\mathbf b$$\n"
                "$$\\nabla_{\\mathbf x}(\\mathbf x^TA\\mathbf x) = (A + A^T)\\mathbf x$$\n")
    assert [s.verdict for s in out if s.line > 1] == [OK, OK]
    broken = steps(head + "$$\\nabla_{\\mathbf x}(\\mathbf b^T\\mathbf x) = 2\\mathbf b$$\n"
                   "$$\\nabla_{\\mathbf x}(\\mathbf x^TA\\mathbf x) = 2A\\mathbf x$$\n")
    assert [s.verdict for s in broken if s.line > 1] == [WRONG, WRONG]
    # an entry with a value of its own: x_1 is not the variable's entry, so nothing is taken in it
    bound = steps("$x_1 = 3$.\n" + head + "$$\\nabla_{\\mathbf x}(\\mathbf x^TA\\mathbf x) = 2A\\mathbf x$$\n")
    assert at(bound, "\\nabla").verdict != OK


PARTS = ("\\subsection*{(a)} Observations $y_1, \\dots, y_n$, $s = \\sum_{i=1}^{n} y_i$.\n\n"
         "\\subsection*{(b)} Counts $2, 4, 3, 0, 1$, so $n = 5$ and $\\sum_i y_i = TOTAL$.\n"
         "$$\\hat\\lambda = \\sum_{i=1}^{n} y_i = 10.$$\n"
         "The correct estimate is $\\hat\\lambda = \\bar y = MEAN$.\n\n"
         "\\subsection*{(c)} Density $\\theta e^{-\\theta x}$, data $0.5, 1.5, 2.0$.\n"
         "$$\\ell(\\theta) = n\\log\\theta - \\theta\\sum_{i=1}^{n} x_i = 3\\log\\theta - SLOPE\\theta$$\n\n"
         "\\subsection*{(d)} So $\\hat\\theta = 2\\bar x$; for the data of (c) this is $\\hat\\theta = \\frac{8}{3}$.\n")


def parts(total, mean, slope):
    return PARTS.replace("TOTAL", str(total)).replace("MEAN", str(mean)).replace("SLOPE", str(slope))


def test_data_listed_in_prose_are_the_data_of_the_letter_the_text_goes_on_with():
    # (a) speaks of y_i and (c) of x_i: the counts of (b) are the y_i the text goes on with, not unread
    out = steps(parts(10, 2, 4))
    assert at(out, "\\sum_i y_i").verdict == OK
    # "The correct estimate is": λ̂ is given its new value (a correction, not a claim about the λ̂ = 10 above)
    assert at(out, "\\hat\\lambda = \\bar y").verdict == GIVEN and at(out, "\\bar y = 2").verdict == OK
    # the data put in, a formula left in θ is confirmed when equal at random values of θ (the data's decimals
    # read exactly: before, the decimals were names given random values too)
    assert at(out, "n\\log\\theta").verdict == OK
    # x̄ is the mean of the data of its own part: (d) has none, so a value worked out from a formula it gives for θ̂
    # (the wrong one: the MLE is max x_i) is not confirmed by (c)'s data
    assert at(out, "\\hat\\theta = \\frac").verdict != OK
    broken = steps(parts(11, 3, 5))
    assert at(broken, "\\sum_i y_i").verdict == WRONG and at(broken, "\\bar y = 3").verdict == WRONG
    assert at(broken, "n\\log\\theta").verdict != OK


TRACE = ("Inputs $w = 2$, $b = 3$; forward mode, $\\dot v_i = \\sum_j \\frac{\\partial v_i}{\\partial v_j}\\dot v_j$.\n"
         "\\begin{tabular}{llll}\n"
         "node & primal & tangent, $\\dot w = 1$ & tangent, $\\dot b = 1$ \\\\\n"
         "$v_1 = w$ & $2$ & $\\dot v_1 = 1$ & $\\dot v_1 = 0$ \\\\\n"
         "$v_2 = b$ & $3$ & $\\dot v_2 = 0$ & $\\dot v_2 = 1$ \\\\\n"
         "$v_3 = v_1 v_2$ & $= 6$ & $\\dot v_3 = \\dot v_1 v_2 + v_1\\dot v_2 = A$ & $\\dot v_3 = 2$ \\\\\n"
         "$v_4 = v_3 + v_1$ & $= 8$ & $\\dot v_4 = \\dot v_3 + \\dot v_1 = 4$ & $\\dot v_4 = B$ \\\\\n"
         "\\end{tabular}\n")


def test_a_tabular_trace_with_a_tangent_column_per_seed_is_read_as_one_sweep_per_column():
    # the chain rule of the sweep stated in general is its convention, not a rule each seed is checked against; the
    # cells' own `$…$` in a column per seed are read column after column (before: row by row, so each seed's
    # v̇_1 = 0 contradicted the other's v̇_1 = 1, and nothing after it could be checked)
    out = steps(TRACE.replace("A", "3").replace("B", "2"))
    assert at(out, "\\dot v_i").verdict == GIVEN and "chain rule" in at(out, "\\dot v_i").detail
    claims = [s for s in out if s.lhs.startswith(("v_1 v_2", "v_3 + v_1", "\\dot v_1 v_2", "\\dot v_3 +")) or
              s.lhs == "\\dot v_4"]
    assert claims and all(s.verdict == OK for s in claims)
    broken = steps(TRACE.replace("A", "2").replace("B", "3"))
    assert at(broken, "\\dot v_1 v_2").verdict == WRONG
    assert [s.verdict for s in broken if s.lhs == "\\dot v_4"][-1] == WRONG


def test_a_number_the_problem_gives_is_held_fixed_by_a_sweep():
    # x = 2 is data, no node: in v_3 = x v_1 its tangent is 0, so the second sweep's v̇_3 is a claim (it was a
    # definition, v̇_x unknown)
    trace = TRACE.replace("Inputs $w = 2$", "Inputs $x = 2$, $w = 2$").replace("v_3 = v_1 v_2", "v_3 = x v_1") \
        .replace("\\dot v_3 = \\dot v_1 v_2 + v_1\\dot v_2 = A", "\\dot v_3 = x\\dot v_1 = 2") \
        .replace("\\dot v_3 = 2$", "\\dot v_3 = C$").replace("= 6", "= 4").replace("= 8", "= 6")
    out = steps(trace.replace("C", "0").replace("B", "0"))
    assert [s.verdict for s in out if s.lhs in ("\\dot v_3", "\\dot v_4") and s.rhs in ("0",)] == [OK, OK]
    broken = steps(trace.replace("C", "1").replace("B", "0"))
    assert at(broken, "\\dot v_3 = 1").verdict == WRONG
