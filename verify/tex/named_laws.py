r"""Moments of a variable the file gives a named law: `\theta \sim \mathrm{Beta}(2, 2)` makes 𝔼θ = ½.

After `X \sim \mathrm{Poisson}(\lambda)` (Beta, 𝒩, Exp, Gamma, Poisson, Bin, Bernoulli, Unif), 𝔼, Var
and sd of an expression in X (𝔼[X²], Var(2X + 1), 𝔼[log θ]) are what SymPy's `sympy.stats` gives for
that law, with the parameters as the file has them at that step (a number, or a name bound in this
part, or a symbol: 𝔼θ = α/(α + β)). A step that claims them is checked like any other: `𝔼X = 2λ` is
wrong, not "a law not applied here".

Conventions, where the notation has more than one: 𝒩(μ, σ²) takes the variance (the course's and
Bishop's notation); Exp(λ) the rate; Gamma(α, β) either the rate or the scale: both are tried, and a
step that holds for one only is `unverified`, naming both. Several variables in one 𝔼 only when the
file assumes them independent (`%! assume X, Y independent`): `sympy.stats` takes them so.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp
from sympy import stats
from sympy.core.function import AppliedUndef

from verify.tex.build import name_symbol
from verify.tex.entropies import ENTROPY
from verify.tex.names import BAR, accented
from verify.tex.operators import EXPECTATION, is_random

# written name -> (family, number of parameters)
FAMILIES = {"Beta": ("beta", 2), "Normal": ("normal", 2), "N": ("normal", 2), "Exp": ("exponential", 1),
            "Exponential": ("exponential", 1), "Gamma": ("gamma", 2), "Poisson": ("poisson", 1),
            "Pois": ("poisson", 1), "Bin": ("binomial", 2), "Binomial": ("binomial", 2), "Binom": ("binomial", 2),
            "Bernoulli": ("bernoulli", 1), "Bern": ("bernoulli", 1), "Ber": ("bernoulli", 1), "Unif": ("uniform", 2),
            "Uniform": ("uniform", 2), "U": ("uniform", 2)}
MOMENTS = {EXPECTATION: "E", "Var": "variance", "var": "variance", "sd": "std", "SD": "std", "std": "std",
           "Std": "std"}
PAIRED = {"Cov": "covariance", "Corr": "correlation"}      # of two arguments
STATISTICS = {**MOMENTS, **PAIRED}


@dataclass(frozen=True)
class Law:
    family: str
    params: tuple         # as written (SymPy), resolved when a step uses them
    written: str          # for messages: Beta(2, 2)
    section: int


WORKED_OUT = re.compile(r"\(.*([+*/]|\\cdot|\\times|\\frac|\d\s*-|\w\s*-)")    # Beta(2 + 3, …), 𝒩(0, 1/n)


def law_of(expr, section: int, written: str = "") -> Law | None:
    """`\\mathrm{Beta}(2, 2)` parsed -> its Law; None for anything else, or for a law whose parameters
    are worked out where it is written (`written`, the source text): see _as_given."""
    if WORKED_OUT.search(written):
        return None
    law = applied_law(expr, section)
    return law if law is not None and all(_as_given(a) for a in law.params) else None


def applied_law(expr, section: int = 0) -> Law | None:
    """A named law applied to as many parameters as it takes (`Beta(2 + 3, 2 + 2)`, worked out or not), or None."""
    if not isinstance(expr, AppliedUndef) or expr.func.__name__ not in FAMILIES:
        return None
    family, count = FAMILIES[expr.func.__name__]
    if len(expr.args) != count:
        return None
    shown = ", ".join(map(_shown, expr.args))
    return Law(family, tuple(expr.args), f"{expr.func.__name__}({shown})", section)


def finite_law(name: str, values, probabilities, section: int) -> Law | None:
    """X's law from its values and their probabilities as the file gives them (exact numbers), when they are
    a law: as many of each, distinct values, probabilities ≥ 0 summing to exactly 1 (else None: a part of the
    table, or a slip in it, is no law to take moments of)."""
    if len(values) < 2 or len(values) != len(probabilities) or len(set(values)) != len(values) or \
            any(p < 0 for p in probabilities) or sum(probabilities) != 1:
        return None
    shown = "the table " + ", ".join(f"P({name} = {v}) = {p}" for v, p in zip(values, probabilities))
    return Law("finite", (sp.Tuple(*values), sp.Tuple(*probabilities)), shown, section)


PMF_ENTRY = re.compile(r"P\((?P<x>[A-Z](?:_\w+)?)=(?P<v>-?\d+(?:\.\d+)?)\)\Z")


def laws_of_tables(bindings: dict, section: int, known) -> dict:
    """X -> its finite law, for each X that this part gave P(X = v) = p (numbers as given, none worked out or
    claimed) for values whose probabilities sum to exactly 1; X with a law already keeps it."""
    from verify.tex.bindings import exact, plain_number
    tables: dict = {}
    for name, b in bindings.items():
        if not name.startswith("P(") or b.section != section or (m := PMF_ENTRY.match(name)) is None or \
                m["x"] in known or b.wrong_line or b.unchecked_line or b.true_value is not None or \
                not plain_number(b.definition):
            continue
        tables.setdefault(m["x"], {})[sp.Rational(m["v"])] = exact(b.definition)
    found = {x: finite_law(x, tuple(table), tuple(table.values()), section) for x, table in tables.items()}
    return {x: law for x, law in found.items() if law is not None}


def expect_under(scope, law_name: str, expr):
    """𝔼_q[expr] with q a law the file gave and expr in one free variable besides the law's parameters and the
    names the file bound (x in (x - μ_2)^2): its value by sympy.stats; else a reason (a str) it is not read."""
    laws = scope.named_laws()
    law = laws.get(law_name)
    if law is None:
        return f"𝔼 under {law_name}, which is no law the file gave"
    # (the parameters of every law given: μ_2 of q in 𝔼_p[(x - μ_2)^2] is a constant there)
    parameters = {s for other in laws.values() for p in other.params for s in getattr(p, "free_symbols", ())}
    free = {s for s in expr.free_symbols if isinstance(s, sp.Symbol) and not isinstance(s, sp.Dummy)}
    if any(s.name in laws for s in free):
        return f"𝔼 under {law_name} of its density or another law (not read here)"
    variables = {s for s in free if s not in parameters and s.name not in scope.bindings and s.name not in scope.matrices}
    if len(variables) != 1 or law.family == "finite":
        return f"𝔼 under {law_name}: which name is drawn from it is not clear"
    (variable,) = variables
    params, back = _positive(law.params, law.family)
    try:
        drawn = _variables(law.family, "X", params, False)
        value = sp.simplify(stats.E(expr.xreplace({variable: drawn})))
    except Exception:            # sympy.stats could not do it
        return f"𝔼 under {law_name}: not worked out"
    if value.has(sp.Integral, sp.Sum, sp.Piecewise, stats.rv.RandomSymbol, sp.nan, sp.zoo):
        return f"𝔼 under {law_name}: no closed form"
    return value.xreplace(back)


def law_of_the_mean(last: str, written: str, law: Law) -> tuple[str, Law] | None:
    r"""`X_1, \dots, X_n \sim 𝒩(μ, σ^2)` (read as the law of X_n, the last): the sample mean \bar X ∼ 𝒩(μ, σ²/n) --
    the draws independent, as such a list says. (name of \bar X, its law); None for `X_i ∼ …` (no count) or
    another family (the mean of n Poisson draws is no named law)."""
    letter, underscore, count = last.partition("_")
    if law.family != "normal" or not underscore or not count.isalnum() or count in ("i", "j", "k", "t") or \
            not (count.isdigit() and int(count) > 1 or count.isalpha() and len(count) == 1):
        return None
    size = sp.Integer(int(count)) if count.isdigit() else name_symbol(count)
    return accented(letter, BAR), Law("normal", (law.params[0], law.params[1] / size),
                                   f"{law.written.split('(')[0]}({_shown(law.params[0])}, {_shown(law.params[1])}/{count})"
                                   f" (the mean of the {letter}_i)", law.section)


def _shown(param) -> str:
    return param.name if isinstance(param, sp.Dummy) else sp.sstr(param).replace("**", "^")


def _as_given(param) -> bool:
    """A parameter as a problem gives it (3, 0.5, λ, σ²), not worked out (2 + 3, α + y, as written or
    as SymPy keeps it): a law with a worked-out parameter is a result -- a posterior -- which may be
    wrong, and its moments would pass."""
    return param.is_Atom or (param.is_Pow and param.base.is_Symbol and param.exp == 2)


def _variables(family: str, name: str, params, scale_gamma: bool):
    """sympy.stats random variables for the law (one per reading of the notation)."""
    if family == "beta":
        return stats.Beta(name, *params)
    if family == "normal":
        return stats.Normal(name, params[0], sp.sqrt(params[1]))
    if family == "exponential":
        return stats.Exponential(name, params[0])
    if family == "gamma":
        return stats.Gamma(name, params[0], params[1] if scale_gamma else 1 / params[1])
    if family == "poisson":
        return stats.Poisson(name, params[0])
    if family == "binomial":
        return stats.Binomial(name, *params)
    if family == "bernoulli":
        return stats.Bernoulli(name, params[0])
    if family == "finite":
        return stats.FiniteRV(name, dict(zip(params[0], params[1])))
    return stats.Uniform(name, *params)


POSITIVE = {"beta": (0, 1), "normal": (1,), "exponential": (0,), "gamma": (0, 1), "poisson": (0,),
            "binomial": (1,), "bernoulli": (0,), "uniform": (), "finite": ()}     # which parameters a law needs positive


def _positive(params, family):
    """Each parameter that must be positive (a shape, a rate, a variance) and is not a number, as a
    positive dummy -- the whole parameter, so σ² is one positive quantity and σ stays any real -- and the
    map back."""
    dummies = {p: sp.Dummy("θ", positive=True) for k, p in enumerate(params)
               if k in POSITIVE[family] and p.free_symbols}
    return tuple(dummies.get(p, p) for p in params), {d: p for p, d in dummies.items()}


def readings(left, right, laws: dict, resolve, independent, bits=False) -> tuple[list, list[str]] | None:
    """([(reading, left, right)], what was used) with every 𝔼/Var/sd whose random variables have named
    laws, and every entropy H(p) of a named law, replaced by its value; None when there is none.
    `laws`: name -> Law; `resolve`: the parameters' values now. Readings: Gamma's rate or scale; an
    entropy in nats, and, in a file that speaks of bits (`bits`), in bits with every written log read as
    log₂ (`H(Bern(½)) = 1` is right in bits, wrong in nats)."""
    entropies, named = {}, []
    for a in (a for e in (left, right) for a in e.atoms(AppliedUndef) if a.func.__name__ in ("H", ENTROPY) and len(a.args) == 1):
        arg = a.args[0]                  # H(p) with p = 𝒩(0, 1), H(X) with X ∼ 𝒩(0, 1): the entropy of that law
        law = laws.get(arg.name) if isinstance(arg, sp.Symbol) else law_of(arg, 0)
        value = _entropy(law, resolve) if law is not None and law.family != "gamma" else None
        if value is not None:
            entropies[a] = value
            named.append(f"H({arg.name}), the entropy of {law.written}" if isinstance(arg, sp.Symbol)
                         else f"the entropy of {law.written}")
    wanted, left_open = {}, False
    for a in (a for e in (left, right) for a in e.atoms(AppliedUndef) if a.func.__name__ in STATISTICS):
        randoms = {s.name for arg in a.args for s in arg.free_symbols} & set(laws)
        lawless = {s.name for arg in a.args for s in arg.free_symbols if is_random(s)} - set(laws)
        if randoms and lawless:     # Cov(X, Y) with only Y's law given: X is no constant, so nothing is put in
            left_open = True
        elif randoms and (len(randoms) == 1 or all(frozenset((x, y)) in independent
                                                 for x in randoms for y in randoms if x < y)) and \
                len(a.args) == (2 if a.func.__name__ in PAIRED else 1):
            wanted[a] = sorted(randoms)
        elif randoms:
            left_open = True
    if not wanted and not entropies:
        return None
    gamma = any(laws[n].family == "gamma" for names in wanted.values() for n in names)
    out = []
    for scale in ((False, True) if gamma else (False,)):
        values = {}
        for a, names in wanted.items():
            value = _moment(a, names, laws, resolve, scale)
            if value is not None:
                values[a] = value
        if not values and not entropies:
            return None
        if left_open or len(values) < len(wanted):
            # Cov(X, Y) left in its general laws while Var X on the other side is the table's number: the two
            # sides would not be read alike (an identity refuted), so none is put in
            return None
        label = ("Gamma(α, β) with β the scale" if scale else "Gamma(α, β) with β the rate") if gamma else ""
        both = left.xreplace(values), right.xreplace(values)
        if not entropies:
            out.append((label, *both))
            continue
        if not bits:
            out.append((label, *(e.xreplace(entropies) for e in both)))
            continue
        out.append((", ".join(filter(None, (label, "entropy in nats"))), *(e.xreplace(entropies) for e in both)))
        in_bits = {a: v / sp.log(2) for a, v in entropies.items()}
        out.append((", ".join(filter(None, (label, "entropy in bits, log as log₂"))),
                    *(_log2(e).xreplace(in_bits) for e in both)))
    # 𝒩(μ, σ²): σ is a standard deviation, so 𝔼|X - μ| = σ√(2/π) (not |σ|√(2/π)) is right
    scales = {p.base: sp.Symbol(p.base.name, positive=True) for n in {n for names in wanted.values() for n in names}
              for p in laws[n].params if isinstance(p, sp.Pow) and p.exp == 2 and isinstance(p.base, sp.Symbol)}
    if scales:
        out = [(label, *(e.xreplace(scales) for e in sides)) for label, *sides in out]
    used = sorted({n for names in wanted.values() for n in names}) + named
    return out, used


def _log2(e):
    """Every natural log written in `e` read as log₂ (SymPy keeps \\log_2 x as log(x)/log(2) already)."""
    return e.replace(lambda x: isinstance(x, sp.log), lambda x: x / sp.log(2))


def _moment(application, names, laws, resolve, scale_gamma):
    variables, back = {}, {}
    for n in names:
        law = laws[n]
        try:
            params = tuple(resolve(p) for p in law.params)
        except Exception:        # a parameter the file has not given a value it can use
            return None
        params, undo = _positive(params, law.family)
        back.update(undo)
        try:
            variables[n] = _variables(law.family, n, params, scale_gamma)
        except (ValueError, TypeError):          # Beta(-1, 2): no such law
            return None
    arguments = [arg.xreplace({s: variables[s.name] for s in arg.free_symbols if s.name in variables})
                 for arg in application.args]
    how = STATISTICS[application.func.__name__]
    try:
        value = _by_generating_function(arguments[0]) if how == "E" else None
        if value is None:
            value = getattr(stats, how)(*arguments)
        value = sp.simplify(value)
    except Exception:            # sympy.stats could not do it: the step is decided some other way, or not
        return None
    if value.has(sp.Integral, sp.Sum, sp.Piecewise, stats.rv.RandomSymbol) or value.has(sp.nan, sp.zoo):
        return None
    return value.xreplace(back)


def _by_generating_function(argument):
    """𝔼[e^{aX + b}] = e^b M_X(a) from the law's closed-form moment generating function: integrating e^x against
    a density is slow the first time (seconds of meijerint), so the verdict depended on what ran before."""
    if not isinstance(argument, sp.exp):
        return None
    randoms = stats.random_symbols(argument)
    if len(randoms) != 1:
        return None
    x = randoms[0]
    exponent = sp.expand(argument.args[0])
    a, b = exponent.coeff(x, 1), exponent.coeff(x, 0)
    if a.has(x) or b.has(x) or sp.expand(a * x + b - exponent) != 0:
        return None
    value = stats.moment_generating_function(x)(a)
    return None if value.has(sp.Integral) else sp.exp(b) * value


def _entropy(law, resolve):
    try:
        params, back = _positive(tuple(resolve(p) for p in law.params), law.family)
        value = sp.simplify(stats.entropy(_variables(law.family, "X", params, False)))
    except Exception:            # a parameter the file has not given, or no closed form
        return None
    if value.has(sp.I, sp.Integral, sp.Sum, sp.Piecewise, sp.nan, sp.zoo):
        return None
    return value.xreplace(back)


KL_NAME = re.compile(r"KL[(\[](?P<p>[^‖]+)‖(?P<q>[^‖]+)[)\]]\Z")


def divergence(name: str, laws: dict, resolve, bounds: dict):
    """KL(p ‖ q) for names given named laws (`p = \\mathcal N(5, 4)`): by sympy.stats, 𝔼_p[log p(X) - log q(X)]
    in nats; None otherwise (Gamma with its two readings, no closed form). With letters for parameters only where
    each letter's sign is the family's convention (see _letters): the ranges the value holds on are written into
    `bounds` (name -> (low, high)), for the step to be decided on them."""
    m = KL_NAME.match(name)
    p, q = (laws.get(m.group(k).strip()) if m else None for k in ("p", "q"))
    if p is None or q is None or "gamma" in (p.family, q.family):
        return None
    try:
        from verify.tex.bindings import exact        # (bindings imports this module)
        params = [tuple(exact(resolve(a)) for a in law.params) for law in (p, q)]
        back, ranges = {}, {}
        if any(getattr(a, "free_symbols", None) for ps in params for a in ps):
            lettered = [_letters(law.family, ps) for law, ps in zip((p, q), params)]
            if any(found is None for found in lettered):
                return None
            params = [found[0] for found in lettered]
            for found in lettered:
                back.update(found[1])
                ranges.update(found[2])
        of_p, of_q = (_variables(law.family, n, ps, False) for law, n, ps in zip((p, q), "XY", params))
        value = _finite_kl(of_p, of_q) if {p.family, q.family} <= FINITE else _kl(of_p, of_q)
    except Exception:            # no such law (Beta(-1, 2)), or sympy.stats could not do it
        return None
    if value is None or value.has(sp.I, sp.Integral, sp.Sum, sp.Piecewise, sp.nan, sp.zoo, sp.oo,
                                  stats.rv.RandomSymbol):
        return None
    if ranges:
        bounds.update(ranges)
    return value.xreplace(back)


# the conventions of the letters in a law's parameters: 𝒩(μ, σ²) a mean of any sign and a standard deviation σ > 0;
# a rate λ > 0 of Exp and Poisson; a probability 0 < p < 1 of Bernoulli
LETTERED = {"normal": (None, "sd"), "exponential": ("positive",), "poisson": ("positive",), "bernoulli": ("probability",)}


def _letters(family: str, params):
    """(params with each lettered one as a dummy of its sign, the map back, {name: (low, high)}) for a law written
    with letters where the family's convention fixes their signs (LETTERED); None for any other form (σ² + τ², a
    Beta's shapes, a letter in two roles)."""
    kinds = LETTERED.get(family)
    if kinds is None or len(kinds) != len(params):
        return None
    out, back, ranges = [], {}, {}
    for param, kind in zip(params, kinds):
        if not getattr(param, "free_symbols", None) or kind is None:
            out.append(param)
            continue
        sd = kind == "sd" and isinstance(param, sp.Pow) and param.exp == 2 and isinstance(param.base, sp.Symbol)
        letter = param.base if sd else param
        if not isinstance(letter, sp.Symbol) or kind == "sd" and not sd:
            return None         # (a variance written v, 1/τ, σ_1^2 + σ_2^2: its letter's sign is not the convention's)
        dummy = sp.Dummy(letter.name, positive=True)
        back[dummy] = letter
        ranges[letter.name] = (0, 1) if kind == "probability" else (0, None)
        out.append(dummy ** 2 if sd else dummy)
    return tuple(out), back, ranges


FINITE = {"bernoulli", "binomial"}


def _kl(of_p, of_q):
    x = sp.Dummy("x", real=True)
    log_ratio = sp.expand_log(sp.log(stats.density(of_p)(x)) - sp.log(stats.density(of_q)(x)), force=True)
    return sp.simplify(stats.E(log_ratio.subs(x, of_p)))


def _finite_kl(of_p, of_q):
    """Σ_k p(k) log(p(k)/q(k)) over p's support; infinite (None) where q gives 0 and p does not."""
    p, q = stats.density(of_p).dict, stats.density(of_q).dict
    if any(mass != 0 and q.get(k, 0) == 0 for k, mass in p.items()):
        return None
    return sp.simplify(sum(mass * sp.log(mass / q[k]) for k, mass in p.items() if mass != 0))
