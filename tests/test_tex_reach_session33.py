"""Reach and soundness added in session 33 from the development sets, each beside the broken case that must stay
caught (or the reading that must not fire)."""
from helpers import tex_at as at, tex_steps as steps
from verify.tex import CARRIED, GIVEN, OK, UNVERIFIED, WRONG, check_text


# one tanh unit, a model answer with its update, then answers seen in scripts (the marking-scheme layout)
TANH = ("For $h = \\tanh(w_1x + b_1)$, $\\hat y = w_2h$, $L = \\frac12(\\hat y - y)^2$ with $x = 0.5$, $w_1 = 1.2$, "
        "$b_1 = -0.1$, $w_2 = 0.8$, $y = 1$ and $\\eta = 0.1$:\n"
        "$h = \\tanh 0.5 = 0.4621$, $\\hat y = 0.8(0.4621) = 0.3697$, $L = \\frac12(0.3697 - 1)^2 = 0.1986$.\n"
        "$\\delta_h = -0.6303(0.8)(1 - 0.4621^2) = -0.3966$, $\\frac{\\partial L}{\\partial w_1} = \\delta_h x = "
        "-0.1983$.\n"
        "Update: $w_1 \\leftarrow 1.2 - 0.1(-0.1983) = 1.2198$.\n\n"
        "A script: $\\frac{\\partial L}{\\partial w_1} = -0.3966(0.5) = -0.1983$.\n")


def test_a_gradient_written_after_the_update_is_the_one_at_the_forward_pass():
    # after `w_1 ← 1.2198`, L, ŷ and h still mean the forward pass at w_1 = 1.2 (w_1⁰): ∂L/∂w_1 was "L does not
    # depend on w_1" (unverified); it is the gradient at that point
    out = steps(TANH)
    assert at(out, "\\frac{\\partial L}{\\partial w_1} = -0.3966(0.5)").verdict == OK
    # and a script that drops the w_2 in the chain is caught
    wrong = steps(TANH.replace("A script: $\\frac{\\partial L}{\\partial w_1} = -0.3966(0.5) = -0.1983$",
                               "A script: $\\frac{\\partial L}{\\partial w_1} = -0.4957(0.5) = -0.2479$"))
    assert at(wrong, "\\frac{\\partial L}{\\partial w_1} = -0.4957(0.5)").verdict == WRONG


def test_a_name_in_a_gradient_after_its_update_has_two_readings():
    # `∂L/∂x = w_1δ_h` after `w_1 ← 1.2198`: the writer computes at the forward pass (w_1 = 1.2), the file's w_1 is
    # now 1.2198; with the two verdicts different the step is not decided (it was `wrong`, at 1.2198 alone)
    text = TANH + "Input: $\\frac{\\partial L}{\\partial x} = w_1\\delta_h = 1.2(-0.3966) = -0.4759$.\n"
    out = steps(text)
    step = at(out, "\\frac{\\partial L}{\\partial x} = w_1\\delta_h")
    assert step.verdict == UNVERIFIED and "two readings" in step.detail
    # with both readings wrong (w_2 for w_1) it stays wrong
    wrong = steps(text.replace("w_1\\delta_h = 1.2(-0.3966) = -0.4759", "w_2\\delta_h = 0.8(-0.3966) = -0.3173"))
    assert at(wrong, "\\frac{\\partial L}{\\partial x} = w_2\\delta_h").verdict == WRONG


SHARED = ("One unit, one shared bias: $a_1 = wx + b$, $h_1 = \\tanh(a_1)$, $a_2 = uh_1 + b$, $\\hat y = a_2$, "
          "$L = \\frac12(\\hat y - y)^2$ with $x = 1.5$, $w = 0.4$, $u = -0.7$, $b = 0.1$, $y = 0.2$, "
          "$\\eta = 0.1$.\n"
          "$a_1 = 0.7$, $h_1 = 0.6044$, $a_2 = -0.3231$, $\\delta_2 = -0.5231$, $\\delta_1 = 0.2324$.\n")


def test_a_step_with_a_gradient_of_the_writers_own_is_wrong():
    # `b ← 0.1 - 0.1(-0.3782)` where ∂L/∂b = δ_1 + δ_2 = -0.2907 and no step gave -0.3782: it stayed `given`
    out = steps(SHARED + "Then $b \\leftarrow 0.1 - 0.1(-0.3782) = 0.1378$.\n")
    step = at(out, "b = 0.1 - 0.1(-0.3782)")
    assert step.verdict == WRONG and "no step of the file" in step.detail
    # the right step is one gradient step; a step copying a wrong step's number is carried
    assert at(steps(SHARED + "Then $b \\leftarrow 0.1 - 0.1(-0.2907) = 0.1291$.\n"), "b = 0.1 - 0.1(-0.2907)").verdict \
        == OK
    carried = steps(SHARED + "Only the output path: $\\frac{\\partial L}{\\partial b} = \\delta_2 = -0.5231$.\n"
                    "Then $b \\leftarrow 0.1 - 0.1(-0.5231) = 0.1523$.\n")
    assert at(carried, "\\frac{\\partial L}{\\partial b} = \\delta_2").verdict == WRONG
    assert at(carried, "b = 0.1 - 0.1(-0.5231)").verdict == CARRIED
    # a step with weight decay or momentum is not θ - ηg as written: it stays an assignment
    decay = steps(SHARED + "Then $b \\leftarrow 0.1 - 0.1(-0.2907 + 0.01 \\times 0.1) = 0.1290$.\n")
    assert at(decay, "b = 0.1 - 0.1(-0.2907 + 0.01").verdict == GIVEN


LOGISTIC = ("Logistic regression on one example, $x = 2$, $y = 1$, $w = 0.5$, $b = -0.25$, $\\eta = 0.5$: "
            "$p = \\sigma(wx + b)$ and $\\ell = -y\\log p - (1 - y)\\log(1 - p)$.\n"
            "$p = \\sigma(0.75) = 0.6792$, $\\frac{\\partial \\ell}{\\partial w} = (p - y)x = -0.6416$.\n")


def test_a_negative_log_likelihood_named_ell_is_descended():
    # ℓ written as a loss (each log subtracted): `w ← 0.5 - 0.5(-0.6416)` is one gradient step (it was `given`)
    out = steps(LOGISTIC + "Step: $w \\leftarrow 0.5 - 0.5(-0.6416) = 0.8208$.\n")
    assert at(out, "w = 0.5 - 0.5(-0.6416)").verdict == OK
    climbs = steps(LOGISTIC + "Step: $w \\leftarrow 0.5 + 0.5(-0.6416) = 0.1792$.\n")
    assert at(climbs, "w = 0.5 + 0.5(-0.6416)").verdict == WRONG
    # a log-likelihood named ℓ is ascended: neither step is judged against it
    ascent = LOGISTIC.replace("\\ell = -y\\log p - (1 - y)\\log(1 - p)", "\\ell = y\\log p + (1 - y)\\log(1 - p)")
    assert at(steps(ascent + "Step: $w \\leftarrow 0.5 + 0.5(0.6416) = 0.8208$.\n"),
              "w = 0.5 + 0.5(0.6416)").verdict == GIVEN


QUADRATIC = ("We minimise $f(w_1, w_2) = w_1^2 + 2w_2^2$ from $w^{(0)} = (1, -1)$ with $\\eta = 0.1$.\n"
             "$f(w^{(0)}) = 1 + 2 = 3$.\n")


def test_a_function_of_two_variables_at_a_vector_written_out():
    # f(w^{(0)}) with f(w_1, w_2): the vector's entries are the arguments (it was "f takes 2 argument(s)")
    out = steps(QUADRATIC)
    assert at(out, "f(w^{(0)}) = 1 + 2").verdict == OK
    assert at(steps(QUADRATIC.replace("1 + 2 = 3", "1 + 4 = 5")), "f(w^{(0)}) = 1 + 4").verdict == WRONG


def test_an_update_with_a_number_no_step_gave_is_not_data():
    # `v_2 ← 0.9(-1) + (-2.15)` with -2.15 worked out off the page (∂f/∂w_2 = 4w_2 = -4): the w^{(1)}_2 made from it is
    # no datum, so f at it is not confirmed (it was `ok`, the wrong -2.15 taken as given)
    text = QUADRATIC + ("Momentum: $v_2 \\gets 0.9(-1) + (-2.15) = -3.05$ and "
                        "$w^{(1)}_2 \\gets -1 - 0.1(-3.05) = -0.695$, $w^{(1)}_1 \\gets 1 - 0.1(2) = 0.8$.\n"
                        "Then $f(w^{(1)}_1, w^{(1)}_2) = 0.64 + 0.9661 = 1.6061$.\n")
    out = steps(text)
    assert at(out, "f(w^{(1)}_1, w^{(1)}_2) = 0.64 + 0.9661").verdict == UNVERIFIED
    # with the gradient from a step of the file the update is followed: f at the new point is checked
    shown = QUADRATIC + ("The gradient in $w_2$ is $g_2 = 4(-1) = -4.0$, so $w^{(1)}_2 \\gets -1 - 0.1(-4.0) = -0.6$ "
                         "and $w^{(1)}_1 \\gets 1 - 0.1(2) = 0.8$.\n"
                         "Then $f(w^{(1)}_1, w^{(1)}_2) = 0.64 + 0.72 = 1.36$.\n")
    assert at(steps(shown), "f(w^{(1)}_1, w^{(1)}_2) = 0.64 + 0.72").verdict == OK


def test_a_loss_written_in_numbers_is_in_the_prediction_it_copies():
    # `L = ½(1.7 - 2)^2` written first in numbers after `ŷ = … = 1.7`: L is ½(ŷ - 2)², so ∂L/∂v reaches v through ŷ
    # (it was "L does not depend on v")
    text = ("With $x = 2$, $y = 2$, $w = 1.5$, $b = 0$, $v = 0.5$, $c = 0.2$: $h = \\max(0, wx + b) = 3$, "
            "$\\hat y = vh + c = 0.5 \\cdot 3 + 0.2 = 1.7$, $L = \\tfrac12(1.7 - 2)^2 = 0.045$.\n"
            "Then $\\frac{\\partial L}{\\partial v} = (\\hat y - y)h = -0.3 \\cdot 3 = -0.9$.\n")
    assert at(steps(text), "\\frac{\\partial L}{\\partial v} = (\\hat y - y)h").verdict == OK
    wrong = steps(text.replace("(\\hat y - y)h = -0.3 \\cdot 3 = -0.9", "(\\hat y - y) = -0.3"))
    assert at(wrong, "\\frac{\\partial L}{\\partial v} = (\\hat y - y)").verdict == WRONG


OPEN = ("\\textbf{Q2. A shared bias.} $a_1 = w_1x + b$, $a_2 = w_2x + b$, $h_j = g(a_j)$, $\\hat y = v_1h_1 + v_2h_2$, "
        "$L = \\ell(\\hat y, y)$.\n"
        "Numbers: $g = \\tanh$, $\\ell(\\hat y, y) = \\frac12(\\hat y - y)^2$, $x = 1$, $w_1 = 0.5$, $w_2 = -0.5$, "
        "$b = 0.2$, $v_1 = 1$, $v_2 = 1$, $y = 0$.\n"
        "$h_1 = \\tanh 0.7 = 0.6044$, $h_2 = \\tanh(-0.3) = -0.2913$, $\\hat y = 0.6044 - 0.2913 = 0.3131$.\n"
        "With $\\delta_j = \\frac{\\partial L}{\\partial a_j}$: $\\delta_1 = 0.3131(1 - 0.6044^2) = 0.1987$, "
        "$\\delta_2 = 0.3131(1 - 0.2913^2) = 0.2865$.\n"
        "$\\frac{\\partial L}{\\partial b} = \\delta_1 + \\delta_2 = 0.4852$.\n")


def test_functions_left_open_are_settled_by_their_definitions():
    # `g = \tanh` was "cannot be read" and `ℓ(ŷ, y) = ½(ŷ - y)^2` a wrong claim about an open ℓ: they define g and
    # ℓ, and the definitions that applied them (h_j = g(a_j), L = ℓ(ŷ, y)) now say what they are
    out = steps(OPEN)
    assert at(out, "g = \\tanh").verdict == GIVEN and at(out, "\\ell(\\hat y, y) =").verdict == GIVEN
    assert at(out, "h_1 = \\tanh 0.7").verdict == OK
    assert at(out, "\\frac{\\partial L}{\\partial b} = \\delta_1 + \\delta_2").verdict == OK
    # the one-path answer and a tanh' without the square are caught
    one_path = steps(OPEN.replace("\\delta_1 + \\delta_2 = 0.4852", "\\delta_1 = 0.1987"))
    assert at(one_path, "\\frac{\\partial L}{\\partial b} = \\delta_1").verdict == WRONG
    slope = steps(OPEN.replace("0.3131(1 - 0.6044^2) = 0.1987", "0.3131(1 - 0.6044) = 0.1239"))
    assert at(slope, "\\delta_1 = 0.3131(1 - 0.6044)").verdict == WRONG


def test_a_bold_question_number_after_spacing_starts_a_new_problem():
    # `\medskip\noindent\textbf{Q2.}`: a new problem, where v_1 may be given afresh (it was a claim about Q1's v_1)
    text = ("\\textbf{Q1.} A trace at $x = 2$: $v_1 = \\ln x = 0.6931$.\n\n"
            "\\medskip\\noindent\\textbf{Q2. A shared bias.} So $v_1 = 1$ and $2v_1 = 2$.\n")
    out = steps(text)
    assert at(out, "v_1 = 1").verdict == GIVEN and at(out, "2v_1 = 2").verdict == OK
    # in the same problem the second value is a claim about the first, and wrong
    same = steps(text.replace("\\medskip\\noindent\\textbf{Q2. A shared bias.} ", ""))
    assert at(same, "v_1 = 1").verdict == WRONG


CORRECTED = ("The layer: $a_j = w_j x + b$ for $j = 1, 2$, $h_j = g(a_j)$, $\\hat y = v_1h_1 + v_2h_2$ and "
             "$L = \\ell(\\hat y, y)$, with $\\delta_j = \\frac{\\partial L}{\\partial a_j}$.\n\n"
             "Numbers: $g = \\tanh$, $\\ell(\\hat y, y) = \\frac12(\\hat y - y)^2$, $x = 1$, $w_1 = -0.5$, $w_2 = 1.1$, "
             "$b = 0.1$, $v_1 = 1.5$, $v_2 = -2$ and $y = 0$:\n"
             "$a_1 = -0.4$, $a_2 = 1.2$, $h_1 = \\tanh(-0.4) = -0.3799$, $h_2 = 0.8337$, "
             "$\\hat y = 1.5(-0.3799) - 2(0.8337) = -2.2373$.\n"
             "Then $\\delta_2 = 2.2373(-2)(1 - 0.8337^2) = -1.3645$.\n\n"
             "Flip it: $\\delta_2 = 1.3645$.\n")


def test_a_correction_worked_from_the_written_nodes():
    # δ_2 = ∂L/∂a_2 is 1.364801…, the writer's 1.3645 comes from h_2 = 0.8337 as written: a step that holds with the
    # nodes of the graph at their written values is right (it was a false alarm)
    out = steps(CORRECTED)
    assert at(out, "\\delta_2 = 2.2373(-2)").verdict == WRONG
    fixed = at(out, "\\delta_2 = 1.3645")
    assert fixed.verdict == OK and "written for them" in fixed.detail
    # a slip in the last digits is still one
    assert at(steps(CORRECTED.replace("Flip it: $\\delta_2 = 1.3645$", "Flip it: $\\delta_2 = 1.3625$")),
              "\\delta_2 = 1.3625").verdict == WRONG


def test_malformed_definitions_of_open_functions_are_reported_and_the_rest_is_checked():
    # an unclosed bracket, an unknown macro for g, a vector of the wrong length for f: each says where, and why;
    # the lines after them are still checked
    out = check_text("Setup: $h = g(a)$, $a = wx + b$, $L = \\ell(h, y)$.\n"
                     "Numbers: $g = \\tanh($, $\\ell(h, y) = \\frac12(h - y$.\n"
                     "Also $g = \\frobnicate$; $f(w_1, w_2) = w_1 + w_2$, $w^{(0)} = (1, 2, 3)$, $f(w^{(0)}) = 3$.\n"
                     "Still checked: $2 + 2 = 5$.\n", "bad.tex").steps
    assert "unclosed '(' (line 2, column" in at(out, "g = \\tanh(").detail
    assert "unclosed '(' (line 2, column" in at(out, "\\ell(h, y) =").detail
    assert "unsupported \\frobnicate (line 3, column" in at(out, "g = \\frobnicate").detail
    assert "f takes 2 argument(s) (line 3, column" in at(out, "f(w^{(0)}) = 3").detail
    assert all(at(out, t).verdict == UNVERIFIED for t in ("g = \\tanh(", "g = \\frobnicate", "f(w^{(0)}) = 3"))
    assert at(out, "2 + 2 = 5").verdict == WRONG
