"""Moments and entropies of a variable the file gives a named law (`θ \\sim \\mathrm{Beta}(2, 2)`):
sympy.stats' values, so `𝔼T = 2` after `T ∼ Exp(2)` is a wrong claim, not "a value the problem gives"."""
from verify.tex import GIVEN, OK, UNVERIFIED, WRONG, check_text


def verdict(text, lhs, rhs):
    (s,) = [s for s in check_text(text).steps if s.lhs == lhs and s.rhs == rhs]
    return s.verdict


def test_moments_of_a_beta_prior():
    text = r"Prior $\theta \sim \mathrm{Beta}(2, 3)$, so $\mathbb{E}\theta = 0.4$, $\operatorname{Var}(\theta) = \frac{1}{25}$, $\mathbb{E}[\theta^2] = 0.2$."
    assert verdict(text, r"\mathbb{E}\theta", "0.4") == OK
    assert verdict(text, r"\operatorname{Var}(\theta)", r"\frac{1}{25}") == OK
    assert verdict(text, r"\mathbb{E}[\theta^2]", "0.2") == OK
    assert verdict(text.replace("0.4", "0.6"), r"\mathbb{E}\theta", "0.6") == WRONG     # β/(α+β): swapped


def test_a_rate_read_as_a_mean_is_wrong():
    text = r"Let $T \sim \mathrm{Exp}(2)$. Then $\mathbb{E}T = 2$ and $\operatorname{Var}(T) = \frac14$."
    assert verdict(text, r"\mathbb{E}T", "2") == WRONG          # it was "a value the problem gives"
    assert verdict(text, r"\operatorname{Var}(T)", r"\frac14") == OK


def test_symbolic_parameters_and_a_transformed_variable():
    text = r"Let $X \sim \mathrm{Poisson}(\lambda)$. Then $\mathbb{E}[X^2] = \lambda + \lambda^2$ and $\operatorname{Var}(2X + 1) = 2\lambda$."
    assert verdict(text, r"\mathbb{E}[X^2]", r"\lambda + \lambda^2") == OK
    assert verdict(text, r"\operatorname{Var}(2X + 1)", r"2\lambda") == WRONG
    assert verdict(text.replace(r"= 2\lambda", r"= 4\lambda"), r"\operatorname{Var}(2X + 1)", r"4\lambda") == OK


def test_a_normal_law_takes_the_variance_and_a_gamma_law_has_two_readings():
    text = r"$Z \sim \mathcal{N}(1, 4)$: $\operatorname{Var}(3Z) = 36$ and $\mathbb{E}[Z^2] = 2$. $G \sim \mathrm{Gamma}(2, 3)$: $\mathbb{E}G = 6$."
    assert verdict(text, r"\operatorname{Var}(3Z)", "36") == OK
    assert verdict(text, r"\mathbb{E}[Z^2]", "2") == WRONG                  # μ² + σ² = 5
    assert verdict(text, r"\mathbb{E}G", "6") == UNVERIFIED                  # scale 3: 6; rate 3: 2/3


def test_the_entropy_of_a_named_gaussian():
    text = r"Take $p = \mathcal{N}(0, 1)$ and $q = \mathcal{N}(1, 4)$: $H(p) = \frac12\log(2\pi e)$ and $H(q) = H(p) + \log 4$."
    assert verdict(text, "H(p)", r"\frac12\log(2\pi e)") == OK
    assert verdict(text, "H(q)", r"H(p) + \log 4") == WRONG                  # σ = 2 adds log 2


def test_a_law_ends_with_its_problem():
    text = r"""\section*{Problem 1} Let $X \sim \mathrm{Poisson}(3)$, so $\mathbb{E}X = 3$.
\section*{Problem 2} A die: $\mathbb{E}[X] = 3.5$."""
    assert verdict(text, r"\mathbb{E}X", "3") == OK
    assert verdict(text, r"\mathbb{E}[X]", "3.5") == GIVEN


def test_a_law_with_worked_out_parameters_is_a_result_not_data():
    # a posterior worked out in the file may be wrong (Beta(2 + 3, 2 + 4) should be Beta(5, 3)): its
    # moments are not confirmed from it
    text = r"Posterior $\theta \sim \mathrm{Beta}(2 + 3, 2 + 4)$, so $\mathbb{E}\theta = \frac{5}{11}$."
    assert verdict(text, r"\mathbb{E}\theta", r"\frac{5}{11}") != OK


def test_an_entropy_in_nats_and_in_bits_where_the_file_speaks_of_bits():
    assert verdict(r"A fair coin: $H(\mathrm{Bern}(0.5)) = 1$.", r"H(\mathrm{Bern}(0.5))", "1") == WRONG   # log 2 nats
    assert verdict(r"In bits, a fair coin: $H(\mathrm{Bern}(0.5)) = 1$.", r"H(\mathrm{Bern}(0.5))", "1") == UNVERIFIED
    assert verdict(r"In bits: $H(\mathrm{Bern}(0.5)) = \log 2$.", r"H(\mathrm{Bern}(0.5))", r"\log 2") == OK  # either unit


def test_a_variance_parameter_is_positive_and_its_square_root_any_real():
    # σ² positive, not σ: ½ ln(2πe s²) holds for every real s (it was wrong at s < 0, a complex log)
    text = r"$H(\mathcal{N}(\mu, s^2)) = \tfrac12\ln(2\pi e s^2)$."
    assert verdict(text, r"H(\mathcal{N}(\mu, s^2))", r"\tfrac12\ln(2\pi e s^2)") == OK
