"""Reach added in session 36 from the development sets, each beside the broken case that must stay caught (or
the reading that must not fire)."""
from helpers import tex_at as at, tex_steps as steps
from verify.tex import GIVEN, OK, UNVERIFIED, WRONG


def test_shannon_entropies_are_read_by_their_laws():
    # `H(X, Y)`, `H(Y \mid X)`, `I(X; Y)` were unread (`unexpected ';'`) or read as an open function H of X, Y: now
    # joint entropies of sets of variables, so the chain rule and the definitions of MI are identities, and a
    # difference in them fails for some distribution
    out = steps("$X$ and $Y$ are binary: $H(X) = \\ln 2$, $H(Y) = 0.67301$ and $H(X, Y) = 1.27985$.\n"
                "$H(Y \\mid X) = H(X, Y) - H(X) = 1.27985 - 0.69315 = 0.5867$.\n"
                "$I(X; Y) = H(X) + H(Y) - H(X, Y) = 0.08631$.\n"
                "$I(X; Y) = H(Y) - H(Y \\mid X)$ and $I(X; Y, Z) = I(X; Y) + I(X; Z \\mid Y)$.\n")
    assert [s.verdict for s in out if s.verdict not in (OK, GIVEN)] == []
    assert at(out, "H(X, Y) - H(X) = 1.27985").verdict == OK
    broken = steps("$H(X, Y) = H(X) + H(Y)$ and $I(X; Y) = H(X) - H(X, Y)$ and $I(X; Y) = H(X, Y) - H(X) - H(Y)$.\n")
    assert [s.verdict for s in broken] == [WRONG, WRONG, WRONG]
    # with X and Y independent the joint entropy is the sum; `I(X; X) = 0` is a claim about H(X), not a value given
    out = steps("%! assume X, Y independent\n$H(X, Y) = H(X) + H(Y)$ and $I(X; Y) = 0$ and $I(X; X) = 0$.\n")
    assert [s.verdict for s in out] == [OK, OK, UNVERIFIED]


def test_a_mutual_information_in_bits_after_values_in_nats_is_two_readings():
    out = steps("$H(X) = \\ln 2$, $H(Y) = 0.67301$, $H(X, Y) = 1.27985$. In bits, $I(X; Y) = 0.08631/\\ln 2$.\n")
    assert at(out, "I(X; Y) =").verdict == UNVERIFIED and "bits" in at(out, "I(X; Y) =").detail
    broken = steps("$H(X) = \\ln 2$, $H(Y) = 0.67301$, $H(X, Y) = 1.27985$. So $I(X; Y) = 0.0963$.\n")
    assert at(broken, "I(X; Y) =").verdict == WRONG


def test_h_and_i_keep_their_other_meanings():
    # a Hessian H(w), Fisher information I(θ), an H the file defines: not entropies
    out = steps("Let $H(w) = 2w^2$. Then $H(3) = 18$.\n")
    assert at(out, "H(3)").verdict == OK
    out = steps("$I(\\theta) = \\frac{n}{\\theta(1 - \\theta)}$ with $n = 10$, so $I(0.5) = 40$.\n")
    assert at(out, "I(0.5)").verdict == OK


def test_random_variables_named_afresh_drop_an_earlier_questions_independence():
    # an earlier question's "X and Y are independent" does not hold of "a pair of random variables $X$, $Y$"
    out = steps("1. $X$ and $Y$ are independent with $\\Var(X) = 1$ and $\\Var(Y) = 4$: $\\Var(X + Y) = 5$.\n\n"
                "2. For a pair of discrete random variables $X$, $Y$: $H(X, Y) = H(X) + H(Y)$.\n")
    assert at(out, "\\Var(X + Y)").verdict == OK
    assert at(out, "H(X, Y)").verdict == WRONG


def test_the_entropy_of_a_variable_with_a_named_law_is_that_laws():
    # `H(X)` with `X \sim \mathcal N(0, 1)` was the value of an open function H at X (given, whatever it said)
    out = steps("Let $X \\sim \\mathcal{N}(0, 1)$. Then $H(X) = \\frac12\\ln(2\\pi e) = 1.4189$.\n")
    assert [s.verdict for s in out] == [GIVEN, OK, OK]
    broken = steps("Let $X \\sim \\mathcal{N}(0, 1)$. Then $H(X) = \\ln(2\\pi e) = 2.8379$.\n")   # the ½ dropped
    assert [s.verdict for s in broken] == [GIVEN, WRONG, OK]
