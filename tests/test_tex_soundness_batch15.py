"""Batch 15 (measured blind in session 14, read in session 15): wrong steps it would have called ok, and
readings it got wrong, each reduced to a few lines.

Soundness:
1. A number written on both sides of a step is one number. `-2.5\\ln(2.5887) - 2.5 = -2.5 \\cdot 0.9611 - 2.5`
   passed: the right side's 2.5 (a rounded result of the step before, n/2) was let stand for anything that
   rounds to it, while the left side's 2.5 stayed exact.
2. A name bound to a number, applied to a number: `L(0.101)` with L = 0.0936 is the loss at b = 0.101 or
   L·0.101. Two readings; `h(2) = 1` with h = 0.5 was ok as a product.
False alarms (correct steps called wrong):
3. `x = (1, 0.5)` given after a wrong `\\sigma'(0) = 0.5`: the data's 0.5 is no copy of the wrong step's 0.5.
4. `Take $a = \\sigma(wx + b)$ with ... $x = 2$` after an earlier part's x: a means this x (same line).
5. `\\operatorname{Var}(X_1) - \\operatorname{Var}(X_2) = 0` for two throws of one die: X_1, X_2 of one letter
   are draws of one law as often as not; two readings.
6. `2.9167 = \\frac{35}{12}` after the chain computed 35/12: the exact value is exactly 35/12, not 40 digits of it.
7. `\\delta` bound to a number, `W_1^\\top\\delta` against a vector: the name is reused for the layer's vector.
8. `at $x = 3$` after `at $x = 2$`: a new point, not a claim about x.
9. `-0.6303(0.8)(1 - 0.4621^2) = -0.6303(0.8)(0.7864)` with 0.4621 = tanh 0.5 computed: the 0.6303 written
   on both sides is one number at its exact value on both; after a first link that cannot be checked the chain's
   value still comes from the next link.
"""
from verify.tex import GIVEN, OK, UNVERIFIED, WRONG, check_text


def verdicts(text):
    return [s.verdict for s in check_text(text).steps]


LN = ("Data $n = 5$, $\\hat\\sigma^2 = 0.412$.\n"
      "\\[ \\ell = -\\frac{n}{2}\\ln(2\\pi\\hat\\sigma^2) - \\frac{n}{2} = -2.5\\ln(2.5887) - 2.5 "
      "= -2.5 \\cdot {W} - 2.5 = {R}. \\]\n")


def test_a_number_on_both_sides_is_one_number():
    wrong = verdicts(LN.replace("{W}", "0.9611").replace("{R}", "-4.9028"))
    assert wrong[-3:] == [OK, WRONG, OK]          # ln 2.5887 is 0.9512, not 0.9611
    # 0.9511: the writer took ln of 2π·0.412 = 2.58867 unrounded; the chain's exact value lies in both sides
    assert verdicts(LN.replace("{W}", "0.9511").replace("{R}", "-4.8778"))[-3:] == [OK, OK, OK]


def test_a_number_valued_name_applied_to_a_number_has_two_readings():
    text = "Then $L = \\frac12(0.4326)^2 = 0.0936$ and $h = 0.5$. So $h(2) = 1$ and $h_1 = 0.2$, $h_1(1 - h_1) = 0.16$."
    steps = check_text(text).steps
    call = [s for s in steps if s.lhs == "h(2)"][0]
    assert call.verdict == UNVERIFIED and "as its value there" in call.detail and "as a product" in call.detail
    assert steps[-1].verdict == OK                # h_1(1 - h_1): names in the brackets, a product as before
    fd = "$L = 0.0936$. A central difference: $\\frac{L(0.101) - L(0.099)}{0.002} \\approx 0.0879$."
    assert verdicts(fd)[-1] == UNVERIFIED         # was WRONG, read as (0.0936·0.101 - 0.0936·0.099)/0.002


DATA = ("Also $\\sigma'(0) = 0.5$.\n\n"
        "Network: $x = (1, 0.5)^\\top$, $W_1 = \\begin{pmatrix} 0.2 & -0.1 \\\\ 0.4 & 0.3 \\end{pmatrix}$.\n"
        "\\[ z_1 = 0.2(1) - 0.1(0.5) = 0.15, \\quad h_1 = \\sigma(0.15) = 0.5374, \\quad "
        "g = -1.0118 \\times h_1 = -0.5438 \\]\n")


def test_given_data_is_no_copy_of_a_wrong_value():
    steps = check_text(DATA).steps
    assert steps[0].verdict == WRONG              # σ'(0) = 1/4
    assert all(s.verdict in (OK, GIVEN) for s in steps[1:])     # was CARRIED: z_1 "computed with" the wrong 0.5


def test_a_definition_on_the_line_that_gives_its_values_means_them():
    text = ("At $x = -1$ the value is $x^2 = 1$.\n\n"
            "\\section{Unit} Take $a = \\sigma(wx + b)$ with $w = 0.5$, $x = 2$, $b = -0.4$.\n"
            "Numerically $a = \\sigma(0.6) = 0.6457$.\n")
    steps = check_text(text).steps
    assert [s.verdict for s in steps if s.line == 4] == [OK, OK]


def test_copies_of_one_letter_have_two_readings():
    text = ("Sia $X$ il risultato di un dado, $\\operatorname{Var}(X) = \\frac{35}{12}$. Per due lanci indipendenti "
            "$\\operatorname{Var}(X_1) - \\operatorname{Var}(X_2) = 0$ e $\\operatorname{Var}(X_1) + "
            "\\operatorname{Var}(X_2) = 0$.")
    steps = check_text(text).steps
    assert steps[-2].verdict == UNVERIFIED and "draws of one law" in steps[-2].detail
    assert steps[-1].verdict == WRONG             # wrong under either reading


def test_an_exact_fraction_after_its_rounding():
    text = "$\\mathbb{E}[X^2] = \\frac{91}{6}$, $\\mathbb{E}[X] = 3.5$; $\\mathbb{E}[X^2] - \\mathbb{E}[X]^2 = 15.1667 - 12.25 = 2.9167 = \\frac{35}{12}$."
    assert verdicts(text)[-2:] == [OK, OK]
    assert verdicts("$15.1667 - 12.25 = 2.9167 = \\frac{36}{12}$.")[-1] == WRONG


def test_a_number_valued_name_in_a_matrix_step_is_not_decided():
    text = ("The error is $\\delta = 0.4326$. With $W_1 = \\begin{pmatrix} 0.3 & -0.2 \\\\ 0.1 & 0.4 \\end{pmatrix}$,\n"
            "$W_1^\\top \\delta = \\begin{pmatrix} 0.0566 \\\\ -0.1121 \\end{pmatrix}$.")
    steps = check_text(text).steps
    assert steps[-1].verdict == UNVERIFIED and "is a number, but the step may mean" in steps[-1].detail


def test_a_new_point_after_at():
    text = "For $u(t) = t^3$: at $x = 2$ we get $x^3 = 8$, while at $x = 3$ we get $x^3 = 27$ and $x^3 = 26$."
    steps = check_text(text).steps
    assert [s.verdict for s in steps if s.lhs == "x"] == [GIVEN, GIVEN]
    assert [s.verdict for s in steps if s.lhs == "x^3"] == [OK, OK, WRONG]
    claim = check_text("Let $\\theta = 0.5$. The minimum is at $\\theta = 0.7$.").steps
    assert claim[-1].verdict != GIVEN             # "is at": a claim about θ, not a new point


def test_a_shared_number_at_its_exact_value_and_the_chain_after_an_unread_first_link():
    text = ("$a = \\tanh(0.5) = 0.4621$.\n\n"
            "$\\delta = \\frac{\\partial L}{\\partial a} = -0.6303(0.8)(1 - 0.4621^2) = -0.6303(0.8)(0.7864) = -0.3966$.")
    assert verdicts(text)[-3:] == [UNVERIFIED, OK, OK]
    slip = text.replace("(0.7864) = -0.3966", "(0.7864) = -0.3967")
    assert verdicts(slip)[-1] == WRONG


SWISH = ("\\DeclareMathOperator{\\swish}{swish}\n"
         "Use $\\swish(x) = x\\sigma(x)$. At $x = 1$: $\\swish'(1) = 0.7311 + 0.7311(0.2689) = 0.9277$. "
         "Then $\\swish'(x) > 0$ everywhere.")


def test_a_claim_for_every_value_is_not_confirmed_at_the_bound_one():
    steps = check_text(SWISH).steps
    assert steps[0].verdict == GIVEN and "function swish" in steps[0].detail    # a declared operator, defined
    assert [s.verdict for s in steps[2:4]] == [OK, OK]     # swish'(1): the derivative at 1, not swish' times 1
    assert steps[-1].verdict == UNVERIFIED and "everywhere" in steps[-1].detail
    assert verdicts(SWISH.replace("> 0$ everywhere", "> 1$ everywhere"))[-1] == WRONG


def test_wrong_with_the_writers_own_unchecked_value_is_wrong():
    text = ("$\\delta = \\hat y - y = -1.0118$ and $w = -0.6$, $s = 0.2320$.\n"
            "Then $d = \\delta\\, w\\, s = -1.0118 \\times 0.6 \\times 0.2320 = -0.1408$ and "
            "$g = \\delta\\, w\\, s = -1.0118 \\times (-0.6) \\times 0.2320 = 0.1408$.")
    steps = check_text(text).steps
    assert steps[5].verdict == WRONG              # the sign of w dropped: wrong whatever δ should be
    assert steps[8].verdict == UNVERIFIED         # right only with δ as written, which no step checked


def test_a_function_of_a_new_kind_of_argument_is_a_new_function():
    text = ("Gradient descent on $f(\\mathbf w) = 3w_1^2 + w_1 w_2 + w_2^2$.\n\n"
            "Nesterov momentum on $f(w) = (w - 2)^2$, $f'(w) = 2(w - 2)$: $f'(0) = -4$, $f'(0.6) = -2.8$, $f'(1) = -3$.")
    steps = check_text(text).steps
    assert steps[1].verdict == GIVEN and "function f" in steps[1].detail   # was WRONG against f(𝐰)
    assert [s.verdict for s in steps[2:]] == [OK, OK, OK, WRONG]


def test_a_correction_gives_a_name_its_new_value():
    text = ("First go: $\\beta' = b + n = 12$ with $b = 2$, $n = 10$, $k = 7$.\n"
            "Wait, that's wrong: the exponent of $1 - \\theta$ is $b + n - k - 1$, so $\\beta' = b + n - k = 2 + 3 = 5$.\n"
            "Then $\\beta' - 1 = 4$.")
    steps = check_text(text).steps
    fixed = [s for s in steps if s.line == 2 and s.lhs == "\\beta'"]
    assert fixed and fixed[0].verdict == GIVEN           # was WRONG against the first go
    assert steps[-1].verdict == OK                        # later steps use the corrected value
    plain = text.replace("Wait, that's wrong: t", "T")
    assert [s.verdict for s in check_text(plain).steps if s.line == 2 and s.lhs == "\\beta'"] == [WRONG]


def test_a_name_stated_again_with_another_formula_has_two_meanings_later():
    text = ("\\begin{enumerate}\n\\item Ridge, $L(w) = \\frac12(wx - y)^2 + \\frac{\\lambda}{2}w^2$.\n"
            "\\item Through a $\\tanh$ unit, $L = \\frac12(\\tanh(wx) - y)^2$:\n"
            "$$\\frac{dL}{dw} = (\\tanh(wx) - y)\\,x\\,(1 - \\tanh^2(wx)), \\quad \\frac{dL}{dw} = (\\tanh(wx) - y)x$$\n"
            "\\end{enumerate}\n")
    steps = check_text(text).steps
    assert steps[1].verdict == UNVERIFIED and "a new value of L" in steps[1].detail
    assert steps[2].verdict == UNVERIFIED and "two readings" in steps[2].detail     # was WRONG against the ridge L
    assert steps[3].verdict == WRONG              # wrong with either meaning
