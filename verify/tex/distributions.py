r"""𝔼, Var, Cov, sd and Corr at random finite distributions: the second route for operator laws.

`operators.canonical` proves what linearity gives; a step it cannot settle (𝔼[log X] = log 𝔼[X],
sd(X + Y) = sd X + sd Y, Corr(2X, −3Y) = −6 Corr(X, Y)) was `unverified`. Here the step is evaluated
with the random variables given a random joint distribution on a few points (positive values, so
log and √ are defined), and every other name a random value: an identity for every distribution
holds for these too (so one that fails is `wrong`, the distribution is the counterexample), and
one that holds at several such distributions is `verified`, as at random points.

Only a law about the operators is decided this way: both sides apply them, every random variable
is a capital (X, Y_1) the file has not bound or given a distribution or a moment, and every other
name on the outside also appears inside (a coefficient, as in Var(aX + b) = a²Var X; a lone μ or σ²
may name a moment of X). With independence assumed the variables are independent; with it only
stated in the prose, a step that holds independent but not in general is not decided.
"""
from __future__ import annotations

import random
from itertools import product

import sympy as sp
from sympy.core.function import AppliedUndef

from verify.tex.operators import EXPECTATION, is_random

OPERATORS = {EXPECTATION, "Var", "var", "Cov", "cov", "sd", "SD", "std", "Std", "Corr", "corr"}
POINTS = 3          # support points of each variable (independent) or of the joint distribution
DRAWS = 4           # random distributions tried
TOLERANCE = 1e-9    # relative


def _applications(e):
    return [a for a in e.atoms(AppliedUndef) if a.func.__name__ in OPERATORS]


def decidable(left, right, excluded: set[str]) -> list | None:
    """The random variables of a step this route may decide, or None."""
    apps = _applications(left) + _applications(right)
    if not _applications(left) or not _applications(right):
        return None                     # Var(X) = 4, 𝔼[h̃] = ph: a value, which depends on the distribution
    if {a for e in (left, right) for a in e.atoms(AppliedUndef)} - set(apps):
        return None                     # an open function or another operator (KL, det): not modelled
    inside = set().union(*(a.free_symbols for a in apps))
    randoms = sorted({s for s in inside if is_random(s)}, key=lambda s: s.name)
    outside = (left.xreplace({a: sp.Integer(0) for a in apps}).free_symbols |
               right.xreplace({a: sp.Integer(0) for a in apps}).free_symbols)
    if not randoms or any(is_random(s) for s in outside) or not outside <= inside or \
            any(s.name.split("_")[0] in excluded or s.name in excluded for s in randoms) or \
            any(isinstance(s, sp.Dummy) for s in inside | outside) or len(randoms) > 3:
        return None
    return randoms


def _value(rng, positive: bool):
    v = sp.Rational(rng.randint(5, 30), 10)
    return v if positive or rng.random() < 0.5 else -v


def _distribution(randoms, independent: bool, rng, positive: bool):
    """[(probability, {X: value})]: rational probabilities, values of size 1/2 to 3 (of either sign
    unless `positive`)."""
    weights = lambda n: [sp.Integer(rng.randint(1, 9)) for _ in range(n)]   # noqa: E731
    if independent:
        marginals = []
        for _ in randoms:
            w = weights(POINTS)
            marginals.append([(wi / sum(w), _value(rng, positive)) for wi in w])
        return [(sp.Mul(*[p for p, _ in combo]), {x: v for x, (_, v) in zip(randoms, combo)})
                for combo in product(*marginals)]
    w = weights(POINTS + 1)
    return [(wi / sum(w), {x: _value(rng, positive) for x in randoms}) for wi in w]


def _evaluate(e, law, constants):
    """e with each operator application replaced by its value under `law` (recursively)."""
    def expectation(arg):
        return sp.Add(*[p * _evaluate(arg, law, {**constants, **point}) for p, point in law])

    def variance(arg):
        mean = expectation(arg)
        return expectation((arg - mean) ** 2)

    def covariance(a, b):
        return expectation((a - expectation(a)) * (b - expectation(b)))

    subs = {}
    for a in _applications(e):
        name, args = a.func.__name__, a.args
        if name == EXPECTATION and len(args) == 1:
            subs[a] = expectation(args[0])
        elif name.lower() == "var" and len(args) == 1:
            subs[a] = variance(args[0])
        elif name.lower() in ("sd", "std") and len(args) == 1:
            subs[a] = sp.sqrt(variance(args[0]))
        elif name.lower() == "cov" and len(args) == 2:
            subs[a] = covariance(*args)
        elif name.lower() == "corr" and len(args) == 2:
            subs[a] = covariance(*args) / sp.sqrt(variance(args[0]) * variance(args[1]))
        else:
            raise ValueError(f"{name} with {len(args)} arguments")
    return e.xreplace(subs).xreplace(constants)


class _Undefined(Exception):
    pass


def _draws(left, right, randoms, independent: bool, positive: bool, seed: int):
    """None when it holds at every draw, else the detail of the first counterexample."""
    rng = random.Random(seed)
    names = sorted((left.free_symbols | right.free_symbols) - set(randoms), key=lambda s: s.name)
    for _ in range(DRAWS):
        law = _distribution(randoms, independent, rng, positive)
        constants = {s: _value(rng, positive) for s in names}
        try:
            a, b = (complex(sp.N(_evaluate(e, law, constants), 30)) for e in (left, right))
        except (TypeError, ValueError, ZeroDivisionError) as exc:
            raise _Undefined from exc
        if abs(a.imag) + abs(b.imag) > TOLERANCE:
            raise _Undefined        # log or √ of a negative value
        if abs(a - b) > TOLERANCE * max(1.0, abs(a), abs(b)):
            shown = ", ".join(f"{x} = ({', '.join(str(point[x]) for _, point in law)})" for x in randoms)
            probs = ", ".join(str(p) for p, _ in law)
            given = f"; {', '.join(f'{s} = {v}' for s, v in constants.items())}" if constants else ""
            return (f"not an identity: with {shown} with probabilities ({probs}){given}: left side = "
                    f"{a.real:.6g}, right side = {b.real:.6g}")
    return None


def check(left, right, randoms, independent: bool, seed: int = 7) -> tuple[bool | None, str] | None:
    """(True, detail) holds at DRAWS random distributions, (False, counterexample) fails, (None, why)
    holds only with every value positive; None when it cannot be evaluated at all. Values of either
    sign first: an identity that holds only for positive ones (sd(aX) = a sd(X)) is not one."""
    kind = "independent" if independent else "dependent"
    of = ", ".join(map(str, randoms))
    try:
        failed = _draws(left, right, randoms, independent, False, seed)
        if failed is None:
            return True, f"holds at {DRAWS} random finite distributions of {of} ({kind}) and values of the other names"
        mixed = failed
    except _Undefined:
        mixed = None
    try:
        failed = _draws(left, right, randoms, independent, True, seed)
    except _Undefined:
        return None
    if failed is not None:
        return False, failed
    if mixed is None:       # defined only for positive values (log X): it holds where it is defined
        return True, f"holds at {DRAWS} random finite distributions of {of} ({kind}) with positive values, where it is defined"
    return None, f"holds with positive values, but {mixed}"
