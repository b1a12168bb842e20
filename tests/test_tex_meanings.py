"""Meanings a reader gives names (issue 11). Forward-mode tangents: `\\dot v_3` after `v_3 = v_1 v_2` is
v̇₁v₂ + v₁v̇₂ (a wrong tangent rule written as a definition was `given`, and what followed it was
confirmed). An activation of a written value: `h_1 = \\tanh(-0.21)` after `z_1 = … = -0.21` is tanh(z₁)."""
from verify.tex import CARRIED, GIVEN, OK, WRONG, check_text

TRACE = r"""Seed $\dot x_1 = 1$, $\dot x_2 = 0$ at $x_1 = 1$, $x_2 = 2$.
\begin{align*}
v_1 &= x_1 = 1, & \dot v_1 &= 1, \\
v_2 &= x_2 = 2, & \dot v_2 &= 0, \\
v_3 &= v_1v_2 = 2, & \dot v_3 &= \dot v_1\dot v_2 = 0, \\
v_4 &= \sin v_3 = 0.9093, & \dot v_4 &= \cos(v_3)\,\dot v_3 = 0, \\
v_5 &= v_1^2 = 1, & \dot v_5 &= 2v_1\dot v_1 = 2, \\
v_6 &= v_4 + v_5 = 1.9093, & \dot v_6 &= \dot v_4 + \dot v_5 = 2.
\end{align*}
"""


def verdict(text, lhs, rhs):
    (s,) = [s for s in check_text(text).steps if s.lhs == lhs and s.rhs == rhs]
    return s.verdict


def test_a_wrong_tangent_rule_is_wrong_and_what_follows_is_carried():
    assert verdict(TRACE, r"\dot v_3", r"\dot v_1\dot v_2") == WRONG            # the product rule, dropped
    assert verdict(TRACE, r"\cos(v_3)\,\dot v_3", "0") == CARRIED
    assert verdict(TRACE, r"\dot v_4 + \dot v_5", "2") == CARRIED
    assert verdict(TRACE, r"\dot v_5", r"2v_1\dot v_1") == OK                    # right rules are claims too


def test_the_right_trace_passes_and_seeds_stay_definitions():
    right = TRACE.replace(r"\dot v_1\dot v_2 = 0", r"\dot v_1 v_2 + v_1\dot v_2 = 2") \
        .replace(r"\cos(v_3)\,\dot v_3 = 0", r"\cos(v_3)\,\dot v_3 = -0.8323") \
        .replace(r"\dot v_4 + \dot v_5 = 2.", r"\dot v_4 + \dot v_5 = 1.1677.")
    verdicts = [s.verdict for s in check_text(right).steps]
    assert WRONG not in verdicts and CARRIED not in verdicts
    assert verdict(TRACE, r"\dot x_1", "1") == GIVEN
    # a tangent put on a copy of an input (`v_1 = x`, a new sweep) is a seed, whatever ẋ was before
    again = TRACE + r"Second sweep: $\dot x_1 = 0$, and for $g$: $w = x_1$, $\dot w = 1$." + "\n"
    assert verdict(again, r"\dot w", "1") == GIVEN


NET = r"""Weights $w_1 = -0.3$, $w_5 = 0.9$, $x_1 = 0.7$, $y = 0.2$.
Hidden: $z_1 = w_1x_1 = -0.21$, $h_1 = \tanh(-0.21) = -0.2070$.
Output: $\hat y = w_5h_1 = -0.1863$, $L = \frac12(\hat y - y)^2 = 0.0747$.
$\frac{\partial L}{\partial z_1} = (\hat y - y)w_5(1 - h_1) = -0.4196$
"""


def test_an_activation_of_a_written_value_depends_on_the_name_that_value_belongs_to():
    # `h_1 = \tanh(-0.21)` after `z_1 = … = -0.21` is tanh(z_1) evaluated: ∂L/∂z_1 reaches through h_1
    # (it was "as defined, L does not depend on z_1", unverified)
    assert verdict(NET, r"\frac{\partial L}{\partial z_1}", r"(\hat y - y)w_5(1 - h_1)") == WRONG
    right = NET.replace("(1 - h_1) = -0.4196", "(1 - h_1^2) = -0.3328")
    assert verdict(right, r"\frac{\partial L}{\partial z_1}", r"(\hat y - y)w_5(1 - h_1^2)") == OK
    # a decimal in arithmetic is not read as a name (an update `w = 1.4 - 0.1(0.2070)` stays numbers)
    update = NET + r"$w_2 = 1 - 0.1(-0.2070)$, $\frac{\partial w_2}{\partial h_1} = 0.1$" + "\n"
    (last,) = [s for s in check_text(update).steps if s.rhs == "0.1" and "w_2" in s.lhs]
    assert last.verdict != OK


BACKWARD = r"""Forward: $x = 1.5$, $w = 0.4$, $b = 0.1$, $y = 1$, $z = wx + b = 0.7$, $\hat y = \sigma(z) = 0.6682$, $L = \frac12(\hat y - y)^2 = 0.0550$.
Backward: $\bar z = \hat y - y = -0.3318$, $\bar w = \bar z x = -0.4977$.
Sample mean: $\bar x = \frac{1}{3}(1 + 2 + 3) = 2$.
"""


def test_an_adjoint_is_the_derivative_of_the_loss_unless_it_reads_as_a_mean():
    # z̄ = ∂L/∂z = (ŷ - y)σ′(z): the cross-entropy shortcut ŷ - y under a squared error is wrong, and the
    # step using it is carried (it was a definition, and every later step was confirmed)
    assert verdict(BACKWARD, r"\bar z", r"\hat y - y") == WRONG
    assert verdict(BACKWARD, r"\bar z x", "-0.4977") == CARRIED
    right = BACKWARD.replace(r"\bar z = \hat y - y = -0.3318", r"\bar z = (\hat y - y)\hat y(1 - \hat y) = -0.0736") \
        .replace("-0.4977", "-0.1104")
    assert WRONG not in [s.verdict for s in check_text(right).steps]
    # x̄ written as a mean of data is a mean, not ∂L/∂x
    assert verdict(BACKWARD, r"\bar x", r"\frac{1}{3}(1 + 2 + 3)") == GIVEN


DELTA = r"""Forward: $x = 1.5$, $w = 0.4$, $b = 0.1$, $y = 1$, $z_2 = wx + b = 0.7$, $\hat y = \sigma(z_2) = 0.6682$, $L = \frac12(\hat y - y)^2 = 0.0550$.
Backward: $\delta_2 = \hat y + y = 1.6682$, $\frac{\partial L}{\partial w} = \delta_2 x = 2.5023$.
"""


def test_backprops_delta_is_the_derivative_of_the_loss_in_its_layers_pre_activation():
    assert verdict(DELTA, r"\delta_2", r"\hat y + y") == WRONG          # δ₂ = ∂L/∂z₂ = (ŷ − y)σ′(z₂)
    assert verdict(DELTA, r"\delta_2 x", "2.5023") == CARRIED
    right = DELTA.replace(r"\delta_2 = \hat y + y = 1.6682", r"\delta_2 = (\hat y - y)\hat y(1 - \hat y) = -0.0736") \
        .replace("2.5023", "-0.1104")
    assert WRONG not in [s.verdict for s in check_text(right).steps]


WORKSHEET = r"""\section*{Graph}
$u = w_1x$, $h = \tanh u$, $z = w_2h$, $\hat y = \sigma(z)$, $L = \frac12(\hat y - y)^2$ with $x = 2$, $w_1 = -0.4$, $w_2 = 1.1$, $y = 1$.
CONVENTION
\subsection*{Backward pass}
$\bar{\hat y} = \hat y - y$, $\bar z = \bar{\hat y}$.

$\bar h = \bar z\,w_2$.
"""


def test_an_adjoint_in_a_later_subsection_and_a_bar_over_an_accented_name():
    # the graph in one subsection, the backward pass in the next: z̄ still means ∂L/∂z, and the σ node's
    # local derivative was dropped (`\bar{\hat y}`, the adjoint of ŷ, was unreadable before)
    text = WORKSHEET.replace("CONVENTION", "")
    assert verdict(text, r"\bar{\hat y}", r"\hat y - y") == OK
    assert verdict(text, r"\bar z", r"\bar{\hat y}") == WRONG
    assert verdict(text, r"\bar h", r"\bar z\,w_2") == OK            # right by the meaning of z̄


def test_a_stated_adjoint_convention_makes_every_bar_a_claim():
    # `\bar v = \partial L/\partial v` (v a placeholder) is stated: z̄ = -0.6749 (the value of ŷ - y, the
    # cross-entropy shortcut), with nothing of the backward pass on its right side, is still a claim about
    # ∂L/∂z = -0.1481; without the convention a bar over a bare number is a definition (a mean, a seed)
    stated = WORKSHEET.replace("CONVENTION", r"Adjoints: $\bar v = \frac{\partial L}{\partial v}$.") \
        .replace(r"$\bar{\hat y} = \hat y - y$, $\bar z = \bar{\hat y}$.", r"$\bar z = -0.6749$.")
    assert verdict(stated, r"\bar z", "-0.6749") == WRONG
    assert verdict(stated.replace("-0.6749", "-0.1481"), r"\bar z", "-0.1481") == OK
    assert verdict(stated.replace(r"\frac{\partial L}{\partial v}", r"\frac{1}{n}\sum_i v_i"),
                   r"\bar z", "-0.6749") == GIVEN
