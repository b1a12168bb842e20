"""Beta-Binomial: MLE, posterior, its moments and MAP, MAP as a regularised least-squares loss."""
from functools import lru_cache

import numpy as np
import sympy as sp
from sympy import Derivative, Eq, Integral, Limit, beta as B, binomial, log, oo
from sympy.stats.crv_types import BetaDistribution

from derivations.model import Claim, Derivation, NumericResult
from verify.gradcheck import GradientCheck
from verify.prove import lambdify_safe, prove_equal

theta = sp.Symbol("theta", positive=True)
theta_0 = sp.Symbol("theta_0", positive=True)          # the true coin, for N -> oo
N = sp.Symbol("N", integer=True, positive=True)
y = sp.Symbol("y", integer=True, nonnegative=True)
alpha, beta = sp.Symbol("alpha", positive=True), sp.Symbol("beta", positive=True)
a_post, b_post = sp.Symbol("alpha'", positive=True), sp.Symbol("beta'", positive=True)   # a generic Beta(α', β')
C, a, b = sp.Symbol("C", positive=True), sp.Symbol("a", real=True), sp.Symbol("b", real=True)
# Exact covers used by the prover (verify.prove.covering_substitution): m, k, p, q > 0.
m, k = sp.Symbol("m", integer=True, positive=True), sp.Symbol("k", integer=True, positive=True)
p, q = sp.Symbol("p", positive=True), sp.Symbol("q", positive=True)
ell, g = sp.Function("ell"), sp.Function("g")
# The quadrature check of the moment integrals draws α', β' > 1 (a smooth integrand: fast, 30-digit
# accurate); the proved kernel identities cover every α', β' > 0.
QUADRATURE_RANGE = ((a_post, (1.0, 6.0)), (b_post, (1.0, 6.0)))   # floats: non-integer shapes too


class Beta(BetaDistribution):
    """SymPy's Beta distribution (pdf, mean, variance, …), printed as the course writes it: Beta(α, β),
    not BetaDistribution(α, β). Printers find _print_BetaDistribution through the class's MRO."""


def beta_kernel(t, shape1, shape2):
    return t ** (shape1 - 1) * (1 - t) ** (shape2 - 1)



def root(expr, x):
    """The root in x of an expression whose numerator is linear in x (a score, a slope): −c₀/c₁. (sp.solve
    would also check the root and import sympy.physics; the step that uses it proves it by substituting it back.)"""
    c1, c0 = sp.Poly(sp.numer(sp.together(expr)), x).all_coeffs()    # not linear in x: ValueError here
    return -c0 / c1

def build() -> Derivation:
    d = Derivation("beta_binomial", "Beta-Binomial posterior and MAP as regularised least squares",
                   r"$y \mid \theta \sim \mathrm{Bin}(N, \theta)$ with prior $\theta \sim \mathrm{Beta}(\alpha, \beta)$. "
                   "Find the MLE, the posterior, its mean, MAP and variance; write the MAP as the minimiser of a "
                   r"regularised least-squares loss; let $N \to \infty$.",
                   domain={theta: (0, 1), theta_0: (0, 1)},
                   constraints=(sp.Le(y, N),),
                   reproduces=r"Bayesian inference for a coin: the Beta prior is conjugate to the Binomial likelihood; "
                              r"the posterior mean, mode (MAP) and variance; the MAP as regularised least squares, the "
                              r"prior acting as the regulariser; the data outweighing the prior as $N \to \infty$.")      # a SymPy relation: picklable, so claims run in the pool
    mle = likelihood_and_mle(d)
    posterior_params = posterior(d)
    mean, variance, mode = beta_moments_and_mode(d)
    posterior_mean, theta_map, posterior_variance = at_the_posterior(d, posterior_params, mean, variance, mode)
    map_as_regularised_least_squares(d, theta_map, mode)
    # (the MLE y/N is θ₀ exactly at y = θ₀N: no limit to show, no lim θ₀ = θ₀ line)
    many_data(d, {"posterior mean": posterior_mean, "MAP": theta_map}, posterior_variance)
    _checks(d)
    return d


def likelihood_and_mle(d):
    """1. The log-likelihood, its score and the MLE y/N, a maximum."""
    likelihood = binomial(N, y) * theta ** y * (1 - theta) ** (N - y)
    loglik = d.step(log(likelihood), sp.expand_log(log(likelihood), force=True),
                    r"log-likelihood; the $\log \binom{N}{y}$ term is a constant in $\theta$")
    score = d.step(Derivative(loglik, theta), sp.diff(loglik, theta), "score")
    mle = root(score, theta)
    d.step(sp.Symbol("theta_hat"), mle, "solve the score equation = 0",
           reads=lambda shown: Claim(score.subs(theta, shown), 0))
    curvature = d.step(Derivative(loglik, (theta, 2)), sp.diff(loglik, theta, 2), "second derivative")
    d.fact(sp.Lt(curvature, 0), r"negative for $0 < y < N$, so the MLE $y/N$ is a maximum",
           where=((N, y + m), (y, k)))
    return d.result("mle", mle)


def posterior(d) -> dict:
    """2. Likelihood × prior ∝ θ^(y+α−1) (1−θ)^(N−y+β−1): the posterior is Beta(y+α, N−y+β)."""
    unnormalised = d.step(theta ** y * (1 - theta) ** (N - y) * beta_kernel(theta, alpha, beta),
                          sp.powsimp(theta ** y * (1 - theta) ** (N - y) * beta_kernel(theta, alpha, beta)),
                          r"likelihood $\times$ prior, dropping factors free of $\theta$: collect powers")
    # The posterior's parameters, written once: the density below and every α', β' substitution use them.
    posterior_params = {a_post: y + alpha, b_post: N - y + beta}
    posterior_kernel = beta_kernel(theta, posterior_params[a_post], posterior_params[b_post])
    posterior_density = posterior_kernel / B(posterior_params[a_post], posterior_params[b_post])
    # Shown as the quotient it is (SymPy would cancel it to θ^{1−y−α}·θ^{y+α−1}·… B = B); dividing by
    # kernel/B is written B·(…)/kernel, one fraction, not a fraction in a fraction.
    ratio = d.step(sp.Mul(B(posterior_params[a_post], posterior_params[b_post]), unnormalised,
                          sp.Pow(posterior_kernel, -1, evaluate=False), evaluate=False),
                   sp.powsimp(unnormalised / posterior_density),
                   r"divide by the $\mathrm{Beta}(y+\alpha, N-y+\beta)$ density, its kernel over "
                   r"$\mathrm{B}(y+\alpha, N-y+\beta)$")
    d.fact(Eq(Derivative(ratio, theta), 0), r"the ratio is free of $\theta$, so the posterior is $\mathrm{Beta}(y+\alpha, N-y+\beta)$")
    d.result("posterior", Beta(posterior_params[a_post], posterior_params[b_post]),
             label=sp.Symbol("p_theta_given_y"))
    return posterior_params


def beta_moments_and_mode(d):
    """3. Mean, variance and mode of a Beta(α', β')."""
    density = beta_kernel(theta, a_post, b_post) / B(a_post, b_post)
    # B(a, b) is by definition the integral of the Beta(a, b) kernel over (0, 1): what is left to
    # prove is that θ^k times the Beta(α', β') kernel is the Beta(α'+k, β') kernel.
    # The integral is read through the definition of B: ∫ θ·kernel(α', β') = ∫ kernel(α'+1, β') = B(α'+1, β').
    mean = d.step(Integral(theta * density, (theta, 0, 1)), B(a_post + 1, b_post) / B(a_post, b_post),
                  r"$\theta \times$ the $\mathrm{Beta}(\alpha', \beta')$ kernel is the $\mathrm{Beta}(\alpha'+1, \beta')$ kernel, whose integral is $\mathrm{B}(\alpha'+1, \beta')$",
                  reads=lambda shown: (Claim(theta * beta_kernel(theta, a_post, b_post),
                                             beta_kernel(theta, a_post + 1, b_post)),
                                       Claim(shown, B(a_post + 1, b_post) / B(a_post, b_post))))
    mean = d.step(sp.Symbol("E_theta"), sp.gammasimp(mean.rewrite(sp.gamma)),
                  r"$\mathrm{B}(a, b) = \Gamma(a)\Gamma(b)/\Gamma(a+b)$ and $\Gamma(a+1) = a\Gamma(a)$", means=mean)
    second_moment = B(a_post + 2, b_post) / B(a_post, b_post)
    variance = sp.factor(sp.gammasimp((second_moment - mean ** 2).rewrite(sp.gamma)))
    d.step(sp.Symbol("Var_theta"), variance, r"$\mathbb{E}[\theta^2] - \mathbb{E}[\theta]^2$ with $\mathbb{E}[\theta^2] = \mathrm{B}(\alpha'+2, \beta')/\mathrm{B}(\alpha', \beta')$",
           means=second_moment - mean ** 2,
           also=[Claim(theta ** 2 * beta_kernel(theta, a_post, b_post), beta_kernel(theta, a_post + 2, b_post))])

    log_kernel = sp.expand_log(log(beta_kernel(theta, a_post, b_post)), force=True)
    mode = sp.factor(root(sp.diff(log_kernel, theta), theta))
    d.step(sp.Symbol("theta_mode"), mode, r"set $\frac{d}{d\theta} \log$ density $= 0$ and solve",
           reads=lambda shown: Claim(sp.diff(log_kernel, theta).subs(theta, shown), 0))
    d.fact(sp.Lt(sp.diff(log_kernel, theta, 2), 0), r"a maximum inside $(0, 1)$ when $\alpha' > 1$ and $\beta' > 1$",
           where=((a_post, 1 + p), (b_post, 1 + q)))
    return mean, variance, mode


def at_the_posterior(d, posterior_params, mean, variance, mode):
    """The Beta(α', β') results at α' = y + α, β' = N − y + β."""
    def substituted(label, generic, rule):
        return d.step(sp.Symbol(label), generic.subs(posterior_params), rule, means=generic.subs(posterior_params))

    posterior_mean = d.result("posterior_mean", substituted("E_theta_given_y", mean,
                                                            r"posterior mean: $\alpha' = y + \alpha$, $\beta' = N - y + \beta$"))
    theta_map = d.result("map", substituted("theta_MAP", mode,
                                            r"MAP; exists when $y + \alpha > 1$ and $N - y + \beta > 1$"))
    posterior_variance = d.result("posterior_variance", substituted("Var_theta_given_y", variance,
                                                                    "posterior variance"))
    one_minus_one = sp.Add(1, -1, evaluate=False)     # the kernel written out, not cancelled to 1 = 1
    uniform = sp.Mul(sp.Pow(theta, one_minus_one, evaluate=False), sp.Pow(1 - theta, one_minus_one, evaluate=False),
                     sp.Pow(B(1, 1, evaluate=False), -1, evaluate=False), evaluate=False)
    d.step(uniform, (beta_kernel(theta, 1, 1) / B(1, 1)).doit(), "Beta(1, 1) is Uniform(0, 1): density 1 on (0, 1)")
    return posterior_mean, theta_map, posterior_variance


def map_as_regularised_least_squares(d, theta_map, mode):
    """4. ℓ(θ) = C (y − Nθ)² + g(θ), g(θ) = −aθ + bθ²: the C, a, b whose minimiser is θ_MAP."""
    regulariser = -a * theta + b * theta ** 2
    loss = C * (y - N * theta) ** 2 + regulariser
    d.define(g(theta), regulariser, "a quadratic regulariser")
    d.define(ell(theta), C * (y - N * theta) ** 2 + g(theta), "squared error plus regulariser")
    loss_slope = d.step(Derivative(ell(theta), theta), sp.expand(sp.diff(loss, theta)), "differentiate")
    minimiser = sp.factor(root(loss_slope, theta))
    d.step(sp.Symbol("theta_star"), minimiser, "set the derivative to 0",
           reads=lambda shown: Claim(loss_slope.subs(theta, shown), 0))
    # θ* = θ_MAP for every y: equate the coefficients of y in the cross-multiplied identity.
    identity = sp.expand(sp.numer(sp.together(minimiser - theta_map)))
    (solution,) = sp.linsolve(sp.Poly(identity, y).coeffs(), [a, b])
    coefficients = dict(zip([a, b], solution))
    d.step(sp.Matrix([a, b]), sp.Matrix([coefficients[a], coefficients[b]]),
           r"match the coefficients of $y$: $\theta^* = \theta_{\mathrm{MAP}}$ for all $y$",
           reads=lambda shown: Claim(minimiser.subs({a: shown[0], b: shown[1]}), theta_map))
    # a and b may not depend on N (g is the prior's term), so C N is a constant; fix the common scale C N = 1/2.
    scale = root(C * N - sp.Rational(1, 2), C)
    choice = {C: scale, a: coefficients[a].subs(C, scale), b: coefficients[b].subs(C, scale)}
    d.step(sp.Matrix([C, a, b]), sp.Matrix([choice[C], sp.expand(choice[a]), sp.expand(choice[b])]),
           r"$g$ must not depend on $N$, so $C \propto 1/N$; fix the common scale $C = 1/(2N)$",
           reads=lambda shown: (Claim(minimiser.subs({C: shown[0], a: shown[1], b: shown[2]}), theta_map),
                                Claim(shown[0] * N, sp.Rational(1, 2))))
    d.result("loss_C", choice[C], label=C)
    d.result("loss_a", sp.expand(choice[a]), label=a)
    d.result("loss_b", sp.expand(choice[b]), label=b)
    curvature_loss = sp.diff(loss, theta, 2).subs(choice)
    d.fact(sp.Gt(curvature_loss, 0), r"$\ell$ is convex when the MAP exists ($y + \alpha > 1$, $N - y + \beta > 1$): a minimum",
           where=((alpha, 1 - y + p), (beta, 1 - N + y + q)))
    g_chosen = regulariser.subs(choice)
    prior_mode = sp.factor(root(sp.diff(g_chosen, theta), theta))
    completed = sp.factor(choice[b]) * (theta - prior_mode) ** 2 + sp.factor(g_chosen.subs(theta, prior_mode))
    d.step(g(theta), completed, r"complete the square: $g$ pulls $\theta$ toward the prior mode $(\alpha-1)/(\alpha+\beta-2)$",
           means=g_chosen, also=[Claim(prior_mode, mode.subs({a_post: alpha, b_post: beta}))])
    d.result("prior_mode", prior_mode, label=sp.Symbol("theta_prior_mode"))


def many_data(d, estimates: dict, posterior_variance):
    """5. y = θ₀ N, N → ∞: every estimate tends to θ₀ and the variance falls like 1/N."""
    for label, expr in estimates.items():
        limit = sp.limit(expr.subs(y, theta_0 * N), N, oo)
        d.step(Limit(expr.subs(y, theta_0 * N), N, oo), limit, rf"{label} $\to \theta_0 = y/N$ as $N \to \infty$")
    rate = sp.limit(N * posterior_variance.subs(y, theta_0 * N), N, oo)
    d.step(Limit(N * posterior_variance.subs(y, theta_0 * N), N, oo), rate,
           r"$N \cdot$ variance has a finite limit: the variance $\to 0$ like $1/N$")


def _valid_draw(rng):
    """Random (y, N, α, β) for which the MAP exists."""
    while True:
        n = int(rng.integers(2, 60)); yy = int(rng.integers(0, n + 1))
        al, be = rng.uniform(0.5, 6.0, 2)
        if yy + al > 1 and n - yy + be > 1:
            return yy, n, al, be


@lru_cache(maxsize=64)
def _compiled(args, formula):
    return lambdify_safe(args, formula, "math")


def _checks(d):
    """Checks of d.results (read when a check runs, so a wrong result in d.results is caught)."""

    @d.numeric_check("moment integrals by quadrature")
    def _():
        # An independent route to both moments: mpmath quadrature of the integrals themselves.
        worst = []
        for k in (1, 2):
            formula = B(a_post + k, b_post) / B(a_post, b_post)
            # 1/B(α', β') is free of θ: outside the integral, it is evaluated once, not at every node.
            moment = Integral(theta ** k * beta_kernel(theta, a_post, b_post), (theta, 0, 1)) / B(a_post, b_post)
            v = prove_equal(moment, formula,
                            settings={"budget": 0.01, "points": 6, "dps": 20, "rtol": 1e-15,
                                      "sample": dict(QUADRATURE_RANGE)})
            worst.append((rf"$\mathbb{{E}}[\theta{'^2' if k == 2 else ''}]$", v))
        ok = all(v.ok for _, v in worst)
        return NumericResult(ok, "; ".join(f"{n}: {v}" for n, v in worst))

    log_posterior = (log(binomial(N, y)) + y * log(theta) + (N - y) * log(1 - theta)
                     + log(beta_kernel(theta, alpha, beta)) - log(B(alpha, beta)))
    args = (theta, y, N, alpha, beta)
    # One lambdify for the model and its score (a symbol named beta would shadow B: lambdify_safe).
    value_and_slope = lambdify_safe(args, sp.Tuple(log_posterior, sp.diff(log_posterior, theta)), "mpmath")

    def at(theta, y, N, alpha, beta):
        return value_and_slope(*(float(v) for v in (theta, y, N, alpha, beta)))

    def result(name, args=(y, N, alpha, beta)):
        return _compiled(args, d.results[name])      # d.results is read now; the code is cached per formula

    def sample(rng, case):
        yy, n, al, be = _valid_draw(rng)
        return {"theta": np.array(rng.uniform(0.05, 0.95)), "y": np.array(float(yy)), "N": np.array(float(n)),
                "alpha": np.array(al), "beta": np.array(be)}

    def torch_log_posterior(theta, y, N, alpha, beta):
        # Written out with lgamma: torch.distributions.Binomial.log_prob pulls in torch._dynamo
        # (~5 s) under torch.func.jvp.
        from torch import lgamma, log, log1p
        log_binomial = lgamma(N + 1) - lgamma(y + 1) - lgamma(N - y + 1)
        log_beta_fn = lgamma(alpha) + lgamma(beta) - lgamma(alpha + beta)
        return (log_binomial + (y + alpha - 1) * log(theta) + (N - y + beta - 1) * log1p(-theta)
                - log_beta_fn)

    d.gradient_checks.append(GradientCheck(
        r"$\frac{d}{d\theta} \log p(\theta \mid y)$ vs torch (lgamma form)", sample,
        lambda **point: float(at(**point)[0]),
        lambda **point: {"theta": np.asarray(float(at(**point)[1]))},
        torch_log_posterior, wrt=("theta",), draws=8, seed=2))

    @d.numeric_check(r"autograd of $-\log p(\theta \mid y)$ vanishes at the MAP")
    def _():
        import torch
        rng, worst = np.random.default_rng(3), 0.0
        for _ in range(20):
            yy, n, al, be = _valid_draw(rng)
            t = torch.tensor(result("map")(yy, n, al, be), dtype=torch.float64, requires_grad=True)
            (grad,) = torch.autograd.grad(-torch_log_posterior(t, *(torch.tensor(float(v), dtype=torch.float64)
                                                                   for v in (yy, n, al, be))), t)
            worst = max(worst, abs(float(grad)) / (n + al + be))
        return NumericResult(worst < 1e-10,
                             rf"max $|\partial/\partial\theta| / (N+\alpha+\beta)$ over 20 draws = {worst:.1e}", worst)

    @d.numeric_check(r"gradient descent on $\ell(\theta)$ converges to the MAP")
    def _():
        import torch
        C_, a_, b_ = (result(name, (N, alpha, beta)) for name in ("loss_C", "loss_a", "loss_b"))
        theta_map = result("map")
        rng, worst = np.random.default_rng(4), 0.0
        for _ in range(4):
            yy, n, al, be = _valid_draw(rng)
            t = torch.tensor(0.5, dtype=torch.float64, requires_grad=True)
            # The curvature is N + α + β − 2; a step of 0.5/(N + α + β) shrinks the error by ≥ 1/2 per step.
            # The step written out (torch.optim imports torch._dynamo, ~1.5 s).
            lr = 0.5 / (n + al + be)
            for _ in range(60):
                loss = C_(n, al, be) * (yy - n * t) ** 2 - a_(n, al, be) * t + b_(n, al, be) * t ** 2
                (slope,) = torch.autograd.grad(loss, t)
                with torch.no_grad():
                    t -= lr * slope
            worst = max(worst, abs(t.item() - theta_map(yy, n, al, be)))
        return NumericResult(worst < 1e-8,
                             rf"max $|\theta_{{\mathrm{{GD}}}} - \theta_{{\mathrm{{MAP}}}}|$ over 4 draws, 60 steps = {worst:.1e}", worst)

    @d.numeric_check("posterior mean and variance match torch Beta samples")
    def _():
        import torch
        torch.default_generator.manual_seed(5)     # torch.manual_seed imports torch._dynamo (~1.5 s)
        rng, worst = np.random.default_rng(5), 0.0
        n_samples = 20_000
        for _ in range(5):
            yy, n, al, be = _valid_draw(rng)
            s = torch.distributions.Beta(torch.tensor(yy + al, dtype=torch.float64),
                                         torch.tensor(n - yy + be, dtype=torch.float64)).sample((n_samples,))
            mean, var = result("posterior_mean")(yy, n, al, be), result("posterior_variance")(yy, n, al, be)
            z_mean = abs(float(s.mean()) - mean) / np.sqrt(var / n_samples)
            z_var = abs(float(s.var()) - var) / (var * np.sqrt(2 / n_samples) * 2)   # generous: Beta kurtosis ≤ 3
            worst = max(worst, z_mean, z_var)
        return NumericResult(worst < 5,
                             rf"max $|\text{{sample}} - \text{{formula}}|$ / standard error over 5 draws = {worst:.2f} ($< 5$)", worst)
