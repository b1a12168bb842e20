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


def test_a_function_whose_definition_was_not_read_is_not_any_function():
    # `f(x) = \lfloor x \rfloor` (not read), then `f'(x) = 2x`: checked as if f were any smooth function, the claim
    # came out wrong; it is a claim about the file's f, which is not known
    out = steps("Let $f(x) = \\lfloor x \\rfloor$. Then $f'(x) = 2x$.\n")
    assert [s.verdict for s in out] == [UNVERIFIED, UNVERIFIED]
    # an identity in a function the file leaves open is still checked as one
    out = steps("$\\frac{d}{dx}\\bigl(f(x)^2\\bigr) = 2f(x)f'(x)$ and $\\frac{d}{dx}\\bigl(f(x)^2\\bigr) = 2f'(x)$.\n")
    assert [s.verdict for s in out] == [OK, WRONG]


def test_a_function_by_cases_is_read_as_piecewise():
    # `\begin{cases}` was "unsupported environment": each row a value and its condition, SymPy's Piecewise
    text = ("\\[ \\mathrm{{ReLU}}'(x) = \\begin{{cases}} 1, & x > 0, \\\\ 0, & x < 0, \\end{{cases}} \\qquad "
            "\\max(0, 1 - z) = \\begin{{cases}} {value}, & z < 1, \\\\ 0, & \\text{{otherwise}} \\end{{cases}} \\]\n")
    out = steps(text.format(value="1 - z"))
    assert [s.verdict for s in out] == [OK, OK]
    broken = steps(text.format(value="z - 1"))      # the sign of the live branch flipped
    assert [s.verdict for s in broken] == [OK, WRONG]
    # a function defined by cases is often a result worked out (a distribution function): not used for later steps
    out = steps("$F(x) = \\begin{cases} 0, & x < 0, \\\\ x/2, & 0 \\le x \\le 2, \\\\ 1, & x > 2 \\end{cases}$, "
                "so $F(1) = 0.5$.\n")
    assert [s.verdict for s in out] == [UNVERIFIED, UNVERIFIED]
    # a condition that is not a comparison is not guessed: the step is unread, with its place
    out = steps("$\\max(0, x) = \\begin{cases} x, & x \\in A, \\\\ 0, & \\text{otherwise} \\end{cases}$\n")
    assert out[0].verdict == UNVERIFIED and "condition" in out[0].detail
