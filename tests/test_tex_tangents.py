"""Forward-mode tangents by their meaning: `\\dot v_3` after `v_3 = v_1 v_2` is v̇₁v₂ + v₁v̇₂ (issue 11:
a wrong tangent rule written as a definition was `given`, and what followed it was confirmed)."""
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
