"""What batch 12 (measured blind, then read in session 14) showed the checker misreading, each in a few lines
of my own: witharrows displays, `\\overbrace{…}^{note}`, English thousands separators `5{,}050`, σ of
𝒩(μ, σ²) as a standard deviation, `\\textbf{Q2}` as a new problem, dual numbers once `\\varepsilon^2 = 0`."""
from verify.tex import GIVEN, OK, UNVERIFIED, WRONG, check_text


def verdicts(text):
    return [s.verdict for s in check_text(text).steps]


def test_a_witharrows_display_is_math_and_its_arrow_notes_are_not():
    text = ("\\begin{DispWithArrows*}\nx &= 2 + 3 \\Arrow{add} \\\\\n&= 5\n\\end{DispWithArrows*}\n"
            "\\begin{DispWithArrows*}\ny &= 2 \\times 3 = 7\n\\end{DispWithArrows*}\n")
    assert verdicts(text) == [GIVEN, OK, GIVEN, WRONG]


def test_an_overbrace_note_is_not_a_power_and_the_brace_is_one_operand():
    assert verdicts("$\\overbrace{4.4817}^{e^{1.5}} + 1 = 5.4817$ and $2\\underbrace{(1 + 2)}_{3} = 6$.\n") == [OK, OK]
    assert verdicts("$\\underbrace{1 + 2}_{n} \\cdot 2 = 5$.\n") == [WRONG]          # (1 + 2)·2, not 1 + 2·2


def test_a_braced_comma_before_three_digits_follows_how_the_file_writes_decimals():
    assert verdicts("With $p = 0.5$: $\\sum_{k=1}^{100} k = 5{,}050$.\n")[-1] == OK          # decimal points: thousands
    assert verdicts("Mit $p = 0{,}5$: $5{,}050 \\times 2 = 10{,}1$.\n")[-1] == OK             # decimal commas
    assert verdicts("$\\sum_{k=1}^{100} k = 5{,}050$.\n") == [UNVERIFIED]                   # no sign: two readings
    assert verdicts("With $p = 0.5$: $\\sum_{k=1}^{100} k = 5{,}500$.\n")[-1] == WRONG


def test_sigma_of_a_normal_law_is_a_standard_deviation():
    text = "For $X \\sim \\mathcal N(\\mu, \\sigma^2)$: $\\mathbb{E}|X - \\mu| = \\sigma\\sqrt{2/\\pi}$, $\\operatorname{sd}(2X) = -2\\sigma$.\n"
    assert verdicts(text)[1:] == [OK, WRONG]


def test_a_bold_q_number_starts_a_new_problem():
    text = ("\\textbf{Q1} Let $v_1 = 2$ and $v_2 = 3v_1 = 6$.\n\n"
            "\\textbf{Q2} same for $x = 0.25$: $v_1 = 0.25$, $v_2 = -v_1 = -0.25$.\n")
    assert verdicts(text)[-1] == OK


def test_a_bold_numbered_heading_starts_a_new_problem_with_its_own_given_values():
    first = "\\textbf{1. Bernoulli.} $\\mathbb{E}[X] = 0.3$ and $\\operatorname{Var}(X) = 0.21$.\n\n"
    second = "{}2. A linear combination.{} Given $\\mathbb{{E}}[X] = 2$, $\\operatorname{{Var}}(X) = 4$: $\\mathbb{{E}}[X^2] = 8$.\n"
    assert verdicts(first + second.format("\\textbf{", "}"))[-1] == OK
    # not a heading (no bold): the values of problem 1 still hold, so the step is not confirmed
    assert verdicts(first + second.format("", ""))[-1] != OK


def test_dual_numbers_are_read_to_first_order_once_epsilon_squared_is_zero():
    rule = "Dual numbers, $\\varepsilon^2 = 0$:\n\n"
    steps = "$(2 + \\varepsilon)^3 = 8 + 12\\varepsilon$ and $\\sqrt{4 + \\varepsilon} = 2 + \\varepsilon/2$.\n"
    assert verdicts(rule + steps) == [GIVEN, OK, WRONG]
    assert verdicts(steps) == [WRONG, WRONG]                                 # without the rule: plain algebra


def test_a_claim_under_a_sign_condition_after_it_is_checked_under_that_condition():
    relu = "\\DeclareMathOperator{\\relu}{ReLU}\n"
    assert verdicts(relu + "$\\relu(cz) = c\\,\\relu(z)$ whenever $c \\ge 0$.\n")[0] == OK
    assert verdicts(relu + "$\\relu(cz) = c\\,\\relu(z)$ whenever $c \\le 0$.\n")[0] == WRONG
    assert verdicts(relu + "$\\relu(cz) = c\\,\\relu(z)$.\n") == [WRONG]                # for all c: wrong


def test_the_condition_of_one_claim_is_not_assumed_for_the_next():
    text = "$\\sqrt{x^2} = x$ for $x > 0$. Also $\\sqrt{x^2} = x$.\n"
    assert verdicts(text) == [OK, GIVEN, WRONG]


def test_an_inverse_function_written_with_minus_one_has_two_readings():
    assert verdicts("$\\sigma^{-1}(y) = \\ln\\frac{y}{1 - y}$.\n") == [UNVERIFIED]          # the logit, or 1/σ(y)
    assert verdicts("$\\sin^{-1}(1) = 2$.\n") == [WRONG]                                     # π/2, or 1/sin 1 ≈ 1.19


def test_with_icomma_a_comma_between_digits_is_a_decimal_comma():
    text = ("\\usepackage{icomma}\n\\begin{document}\n"
            "$4 + 12,25 = 16,25$ and $27,5 - 4 \\cdot 6,25 = 2,5$, $x = (2,0;\\ 3,5)$, $f(1, 2) = 3$.\n\\end{document}\n")
    assert verdicts(text)[:2] == [OK, OK]
    plain = text.replace("\\usepackage{icomma}\n", "")
    assert OK not in verdicts(plain)[:2]                     # without it, `12,25` is a list: not read as 12.25


def test_a_row_breaks_spacing_is_not_math():
    text = "\\begin{align}\na &= 2 + 3 \\label{x} \\\\[4pt]\n&= 5 \\\\*[1.5ex]\n&= 10/2\n\\end{align}\n"
    assert verdicts(text) == [GIVEN, OK, OK]            # `[4pt]` was read as a factor 4·p·t of the next row


def test_a_tuple_of_names_given_numbers_gives_each_its_value():
    text = ("At $x = 1$ first.\n\n"
            "Now at $(x, y) = (2, 3)$ with seed $(\\dot x, \\dot y) = (1, 0)$: "
            "$xy = 6$, $\\dot x y + x \\dot y = 3$, $xy = 5$.\n")
    assert verdicts(text) == [GIVEN, GIVEN, GIVEN, OK, OK, WRONG]
