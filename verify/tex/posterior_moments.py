r"""The moments of a named law, derived (sympy.stats for the mean and variance, the maxima of the log-density for
the mode), the Beta-Binomial conjugate update read off the powers of prior × likelihood, and the names of moments
and predicted events a claim may be about (`𝔼[θ | k]`, `\operatorname{Var}(θ | k)`, `θ̂_MAP`, `P(\text{head} | D)`).
Used by posterior_laws."""
from __future__ import annotations

import functools
import re

import sympy as sp
from sympy import stats

from verify.tex.named_laws import _positive, _variables

# 𝔼[θ|k], Var(θ|k), sd(θ|k): the moment, the variable, the condition (as event_text wrote them)
CONDITIONAL = re.compile(r"(𝔼|Var|var|sd|SD|std|Std|mode|Mode)[\[(]\s*(.+?)\s*\|\s*(.+?)\s*[\])]")
# P(head | k), P(next toss is H | D), P(HH | k), P(two heads | data): the posterior predictive of one more
# success (𝔼[θ | k]) or two more (𝔼[θ² | k]) under a Beta posterior; only these words are read as events
PREDICTIVE = re.compile(r"P\((.+?)\|(.+)\)")
ONE_MORE = re.compile(r"(?:the)?(?:next(?:toss|flip|trial|one)?(?:is|a|being)?)?(?:h|head|heads|success)(?:next)?")
TWO_MORE = re.compile(r"(?:hh|twoheads|twomoreheads|nexttwo(?:are|both)?(?:h|heads|successes)|"
                      r"twosuccesses|bothheads|nexttwoheads)")
MODE = re.compile(r"(.+?)\u0302?_(MAP|mode)")
MLE = re.compile(r"(.+?)\u0302?_(MLE|ML)")
MOMENT_NAMES = {"𝔼": "mean", "Var": "variance", "var": "variance", "sd": "sd", "SD": "sd", "std": "sd", "Std": "sd",
                "mode": "mode", "Mode": "mode"}


@functools.lru_cache(maxsize=256)
def _derived(family: str, params: tuple, scale: bool):
    """(mean, variance, modes) of the law, derived: sympy.stats for the moments, and the maxima of the
    log-density (its stationary points where it curves down) for the mode. Parameters must be positive."""
    positive, back = _positive(params, family)
    variable = _variables(family, "θ", positive, scale)
    t = sp.Dummy("t", real=True)
    log_density = sp.log(stats.density(variable)(t))
    slope = sp.diff(log_density, t)
    modes = tuple(m for m in sp.solve(slope, t) if not sp.diff(slope, t).subs(t, m).is_nonnegative)
    mean, variance = sp.simplify(stats.E(variable)), sp.simplify(stats.variance(variable))
    return mean.xreplace(back), variance.xreplace(back), tuple(m.xreplace(back) for m in modes)


PREDICTED = ("one more", "two more")


def _predicted(event: str) -> str | None:
    """"one more" or "two more" for the words of a predicted event, or None."""
    words = re.sub(r"[\s{}~,.]|\\text|\\mathrm", "", event).lower()
    if TWO_MORE.fullmatch(words):
        return "two more"
    return "one more" if ONE_MORE.fullmatch(words) else None


def _values(family, params, moment) -> tuple:
    """((reading, value), …) of the moment of the law (Gamma: with β the rate, and the scale); () when it has
    none to compare with (no single mode: Beta(1, 1); parameters no law takes)."""
    readings = (("Gamma(α, β) with β the rate", False), ("Gamma(α, β) with β the scale", True)) \
        if family == "gamma" else (("", False),)
    out = []
    for reading, scale in readings:
        try:
            mean, variance, modes = _derived(family, tuple(sp.Integer(p) if isinstance(p, int) else p
                                                           for p in params), scale)
        except (ValueError, TypeError, NotImplementedError, sp.PolynomialError):
            return ()
        if moment == "mode" and len(modes) != 1:
            return ()
        second = sp.simplify(variance + mean ** 2)
        value = {"mean": mean, "one more": mean, "two more": second, "second": second, "variance": variance,
                 "sd": sp.sqrt(variance)}.get(moment, modes[0] if modes else None)
        out.append((reading, value))
    return tuple(out)


def shown_ratio(ratio) -> str:
    text = str(ratio)
    return text if len(text) <= 60 else text[:57] + "…"


def posterior_kernel(a, b, successes: int, trials: int) -> tuple:
    """The Beta parameters of prior × likelihood, read off the product's powers of θ and 1 − θ (derived, not the
    update rule typed in): θ^(a−1)(1−θ)^(b−1) · θ^k(1−θ)^(n−k) ∝ Beta(a + k, b + n − k)."""
    theta = sp.Symbol("θ", positive=True)
    prior = theta ** (a - 1) * (1 - theta) ** (b - 1)
    likelihood = sp.binomial(trials, successes) * theta ** successes * (1 - theta) ** (trials - successes)
    powers = sp.powsimp(prior * likelihood / sp.binomial(trials, successes)).as_powers_dict()
    return powers[theta] + 1, powers[1 - theta] + 1


def likelihood_mode(successes: int, trials: int):
    """Where θ^k (1 − θ)^(n − k) is largest: the root of the log-likelihood's derivative (solved, not k/n typed
    in); None when it is not one root inside (0, 1)."""
    theta = sp.Symbol("θ", positive=True)
    loglik = successes * sp.log(theta) + (trials - successes) * sp.log(1 - theta)
    roots = [r for r in sp.solve(sp.diff(loglik, theta), theta) if r.is_number and 0 < r < 1]
    return roots[0] if len(roots) == 1 else None
