r"""A computation graph of open functions, as typed-up notes write it after a numeric example:

    Now let $a_1 = w_1 x + b$, $h_1 = g(a_1)$,
    $a_2 = w_2 h_1 + b$, $\hat y = g(a_2)$ and $L = \ell(\hat y, y)$ ...
    Writing $\delta_2 = \frac{\partial \ell}{\partial \hat y}\,g'(a_2)$ ...

- one "let" governs the whole list of math regions that only commas and "and" separate, so `L = ℓ(ŷ, y)` re-defines
  the L of the numeric example rather than being a claim about it (every ∂L/∂… after it was unverified);
- `∂ℓ/∂ŷ` of the open ℓ, applied once as ℓ(ŷ, y), is ℓ's slope in its first argument at ŷ.
Each test breaks the thing on purpose (a dropped path, a wrong factor) and asserts it is caught.
"""
from verify.tex import CARRIED, GIVEN, OK, UNVERIFIED, WRONG
from helpers import tex_step as step_of, tex_steps as steps

NUMERIC = ("Let $L = -y\\log p - (1 - y)\\log(1 - p)$ with $p = \\sigma(z)$, $z = w_1 x + b$.\n"
           "Example $x = 2$, $y = 1$, $w_1 = 0.5$, $w_2 = -0.25$, $b = 0.1$.\n\n")
GRAPH = ("\\paragraph{Two layers.} Now let $a_1 = w_1 x + b$, $h_1 = g(a_1)$,\n"
         "$a_2 = w_2 h_1 + b$, $\\hat y = g(a_2)$ and $L = \\ell(\\hat y, y)$, for a differentiable $g$ and loss $\\ell$.\n"
         "Writing $\\delta_2 = \\frac{\\partial \\ell}{\\partial \\hat y}\\,g'(a_2)$, the chain rule gives\n")


def test_one_let_governs_a_list_of_math_regions():
    text = NUMERIC + GRAPH
    assert step_of(text, "L", "\\ell(\\hat y, y)").verdict == GIVEN
    # without "let" the lone L that already has a meaning is still a claim about it
    claim = NUMERIC + "Then $L = \\ell(\\hat y, y)$.\n"
    assert step_of(claim, "L", "\\ell(\\hat y, y)").verdict != GIVEN


def test_the_slope_of_an_open_loss_in_its_argument_through_every_path():
    text = NUMERIC + GRAPH + ("$$\\frac{\\partial L}{\\partial w_2} = \\delta_2 h_1$$\n"
                              "$$\\frac{\\partial L}{\\partial b} = \\delta_2 + \\delta_2 w_2 g'(a_1)$$\n")
    assert [s.verdict for s in steps(text)][-2:] == [OK, OK]
    dropped = text.replace("= \\delta_2 + \\delta_2 w_2 g'(a_1)", "= \\delta_2")
    assert steps(dropped)[-1].verdict == WRONG
    factor = text.replace("= \\delta_2 h_1", "= \\delta_2 a_1")
    assert [s.verdict for s in steps(factor)][-2] == WRONG


def test_an_open_function_applied_twice_is_not_guessed():
    # ℓ applied to ŷ in two places: which application ∂ℓ/∂ŷ means is not known
    text = ("Let $L = \\ell(\\hat y, y)$ and $M = \\ell(\\hat y, 1 - y)$, $\\hat y = g(a)$.\n"
            "$$\\frac{\\partial L}{\\partial a} = \\frac{\\partial \\ell}{\\partial \\hat y} g'(a)$$\n")
    assert steps(text)[-1].verdict == UNVERIFIED


def test_carried_needs_a_decided_recheck(monkeypatch):
    # `carried` says "wrong with the right values": a recheck with the right values that could not finish
    # (a time cap under load) says nothing, so the step is unverified, never carried
    from verify.tex import dispatch, meaning
    from verify.tex.outcome import Outcome
    text = ("$\\hat y = 0.336$, $y = 0.5$, $z_1 = 0.765$\n$\\delta = \\hat y - y = 0.5655 - 0.5 = 0.0655$\n"
            "$g = \\delta z_1 = 0.0655 \\times 0.765 = 0.0501$\n")
    carried = [s for s in dispatch.check_whole(text, 60) if s.rhs.strip() == "0.0655 \\times 0.765"]
    assert [s.verdict for s in carried] == [CARRIED]
    monkeypatch.setattr(meaning.MeaningRules, "checked_within_limit",
                        lambda self, lhs, rhs, rel: Outcome(UNVERIFIED, "not decided"))
    undecided = [s for s in dispatch.check_whole(text, 60) if s.rhs.strip() == "0.0655 \\times 0.765"]
    assert [s.verdict for s in undecided] == [UNVERIFIED] and "not decided" in undecided[0].detail


def test_a_bar_beside_the_data_it_averages_is_read_both_ways():
    # n = 3 from an earlier problem writes the product out over x_1, x_2, x_3: x̄ is their mean to a reader, a free
    # name to the algebra; the two readings differ, so the step is unverified, not wrong
    text = ("$n = 3$.\n\n\\section{Normal mean}\n"
            "\\begin{align*}\np(\\mu \\mid x) &\\propto \\exp\\left(-\\frac{\\mu^2}{2\\tau^2}\\right)\\prod_{i=1}^{n}"
            "\\exp\\left(-\\frac{(x_i - \\mu)^2}{2\\sigma^2}\\right) \\\\\n"
            "&\\propto \\exp\\left(-\\frac12\\left(\\frac{1}{\\tau^2} + \\frac{n}{\\sigma^2}\\right)\\mu^2 + "
            "\\frac{n\\bar x}{\\sigma^2}\\mu\\right)\n\\end{align*}\n")
    last = steps(text)[-1]
    assert last.verdict == UNVERIFIED and "mean" in last.detail, last.detail
    slipped = text.replace("\\frac{n\\bar x}{\\sigma^2}\\mu", "\\frac{2n\\bar x}{\\sigma^2}\\mu")
    assert steps(slipped)[-1].verdict == WRONG


def test_a_failure_stands_only_when_each_saving_reading_was_decided(monkeypatch):
    # a reading that might save a failing step (the variables independent, other values of its names, the
    # roundings carried) and runs out of its time budget leaves the step unverified: on a slower machine
    # "not decided" must not become "wrong"
    from verify.tex import dispatch
    from verify.tex.step_checks import StepChecks
    text = "$2 + 2 = 5$\n"
    assert [s.verdict for s in dispatch.check_whole(text, 60)] == [WRONG]
    monkeypatch.setattr(StepChecks, "independence_in_prose",
                        lambda self, lhs, rhs, rel: (self.note_cut_short("a test reading"), "")[1])
    (s,) = dispatch.check_whole(text, 60)
    assert s.verdict == UNVERIFIED and "ran out of time" in s.detail and "a test reading" in s.detail
