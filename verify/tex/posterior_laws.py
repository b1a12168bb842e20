r"""A posterior written as a named law, and the moments claimed of it.

`\theta \mid k \sim \mathrm{Beta}(9, 5)`, or prose naming it ("so the posterior is
$\mathrm{Beta}(2 + 7, 2 + 3) = \mathrm{Beta}(9, 5)$"): the law of θ given the data as the file worked
it out. Its parameters are a result, not checked here against prior and likelihood (so `named_laws`
does not use it for 𝔼θ). What is claimed of it is checked against it: 𝔼[θ | k], Var(θ | k), sd(θ | k)
and the mode (θ̂_MAP, θ_mode). A claim that disagrees with the law is wrong whatever the law was (the
mean of Beta(9, 5) is not 6/11); one that agrees is only as good as the law: `unverified` (it rests on
a law not checked), `carried` when a step of the law's own chain was wrong. Beta, Gamma (rate or scale:
both readings, see named_laws) and 𝒩(μ, σ²) (the variance).
"""
from __future__ import annotations

import dataclasses
import re

import sympy as sp
from sympy.core.function import AppliedUndef

from verify.tex.build import ParseError, Parsed
from verify.tex.named_laws import FAMILIES
from verify.tex.parse import parse
from verify.tex.results import CARRIED, OK, UNVERIFIED, WRONG

FAMILIES_READ = ("beta", "gamma", "normal")
POSTERIOR_NAMED = re.compile(r"\bposterior\b(?:\s+(?:law|distribution|density))?(?:\s+(?:is|becomes|was))?\s*:?\s*\Z",
                             re.IGNORECASE)
# 𝔼[θ|k], Var(θ|k), sd(θ|k): the moment, the variable, the condition (as event_text wrote them)
CONDITIONAL = re.compile(r"(𝔼|Var|var|sd|SD|std|Std)[\[(]\s*(.+?)\s*\|\s*(.+?)\s*[\])]")
MODE = re.compile(r"(.+?)\u0302?_(MAP|mode)")
MOMENT_NAMES = {"𝔼": "mean", "Var": "variance", "var": "variance", "sd": "sd", "SD": "sd", "std": "sd", "Std": "sd"}


@dataclasses.dataclass(frozen=True)
class Posterior:
    variable: str         # θ; '' when prose named the law without saying whose it is
    family: str
    params: tuple
    written: str          # Beta(9, 5), for messages
    line: int
    condition: str = ""   # k in `θ | k ∼ …` ('' when prose named it)
    wrong_line: int = 0   # a step of the chain that wrote it was wrong (then what agrees with it is carried)
    paragraph: int = 0
    # the numbers the part had given when it was stated (name -> line): one given again after it (β' = 4 after
    # the law was written with β' = 3) may have changed it, and the law written is no longer the writer's
    given: tuple = ()


@dataclasses.dataclass(frozen=True)
class Moment:
    name: str             # the mean, the variance, the mode
    values: tuple         # (reading, value) pairs: Gamma's rate and scale
    posterior: Posterior


def as_parameters(lhs, rhs):
    """`Beta(2 + 3, 2 + 2) = Beta(5, 5)`: two laws of one family are equal when their parameters are (each of
    these families is parametrised one to one): the sides as the vectors of their parameters, or None."""
    if isinstance(lhs, Exception) or isinstance(rhs, Exception):
        return None
    a, b = lhs.expr, rhs.expr
    if not (isinstance(a, AppliedUndef) and isinstance(b, AppliedUndef) and a.func == b.func and
            a.func.__name__ in FAMILIES and len(a.args) == len(b.args) == FAMILIES[a.func.__name__][1]):
        return None
    return (dataclasses.replace(lhs, expr=sp.Matrix(a.args)), dataclasses.replace(rhs, expr=sp.Matrix(b.args)))


def law_in(expr):
    """(family, parameters, written) of a named law application (`Beta(9, 5)`, worked out or not), or None."""
    if not isinstance(expr, AppliedUndef) or expr.func.__name__ not in FAMILIES:
        return None
    family, count = FAMILIES[expr.func.__name__]
    if family not in FAMILIES_READ or len(expr.args) != count:
        return None
    shown = ", ".join(sp.sstr(a).replace("**", "^") for a in expr.args)
    return family, tuple(expr.args), f"{expr.func.__name__}({shown})"


def _values(family, params, moment) -> tuple:
    """((reading, value), …) of the moment of the law; () when it has none (a Beta mode with a ≤ 1)."""
    if family == "beta":
        a, b = params
        if moment == "mean":
            return (("", a / (a + b)),)
        if moment in ("variance", "sd"):
            v = a * b / ((a + b) ** 2 * (a + b + 1))
            return (("", v if moment == "variance" else sp.sqrt(v)),)
        if (a - 1).is_positive and (b - 1).is_positive:
            return (("", (a - 1) / (a + b - 2)),)
        return ()
    if family == "normal":
        mu, var = params
        value = {"mean": mu, "mode": mu, "variance": var, "sd": sp.sqrt(var)}[moment]
        return (("", value),)
    alpha, beta = params        # Gamma(α, β): β the rate or the scale
    out = []
    for reading, rate in (("Gamma(α, β) with β the rate", beta), ("Gamma(α, β) with β the scale", 1 / beta)):
        if moment == "mean":
            value = alpha / rate
        elif moment in ("variance", "sd"):
            value = alpha / rate ** 2 if moment == "variance" else sp.sqrt(alpha) / rate
        elif (alpha - 1).is_nonnegative:
            value = (alpha - 1) / rate
        else:
            return ()
        out.append((reading, value))
    return tuple(out)


class PosteriorLaws:
    """A mixin of the checking run (`check._Run`)."""

    def posterior_after(self, chain, before: int):
        """After a chain: `θ | k ∼ Law(…) [= Law(…)]`, or a law (or a chain of laws) that prose before the
        region calls the posterior: remember it for the moments claimed later in this part."""
        segs, rels = chain.segments, [r for r, _ in chain.rels]
        variable, condition = "", ""
        if rels and rels[0] == "sim":
            split = _at_the_bar(segs[0].toks)
            if split is None:
                return
            try:
                given = parse(segs[0].toks[:split], self.scope.context()).expr
            except (ParseError, ValueError, TypeError):
                return
            if not isinstance(given, sp.Symbol):
                return
            variable = given.name
            condition = _plain(segs[0].text.split("mid", 1)[-1] if "mid" in segs[0].text else segs[0].text.split("|", 1)[-1])
            laws = segs[1:]
        elif self.posterior_named and all(r == "=" for r in rels):
            laws = segs
        else:
            return
        if not laws or any(r not in ("sim", "=") for r in rels):
            return
        found = self.parse(laws[-1])
        law = None if isinstance(found, Exception) else law_in(found.expr)
        if law is None:
            return
        if not variable:
            first = self.parse(laws[0])
            if isinstance(first, Exception) or law_in(first.expr) is None:
                return
        wrong = next((r.line for r in self.results[before:] if r.verdict in (WRONG, CARRIED)), 0)
        line = self.where(laws[-1].start)[0]
        self.scope.posteriors.append(Posterior(variable, *law, line, condition, wrong, self.scope.paragraph,
                                               self.given_numbers()))

    def given_numbers(self) -> tuple:
        return tuple((n, id(b), b.line) for n, b in self.scope.bindings.items()
                     if b.value is not None or isinstance(b.definition, sp.Basic) and b.definition.is_number)

    def posterior_moment(self, name: str) -> Moment | None:
        """𝔼[θ | k], Var(θ | k), sd(θ | k), θ̂_MAP after a posterior of θ in this part: what its law gives."""
        found = CONDITIONAL.fullmatch(name)
        if found:
            moment, variable, condition = MOMENT_NAMES[found[1]], found[2], _plain(found[3])
        elif (found := MODE.fullmatch(name)) and len(found[1]) <= 3:
            moment, variable, condition = "mode", found[1], None
        else:
            return None
        posterior = self.posterior_of(variable, condition)
        if posterior is None:
            return None
        try:
            params = tuple(self.scope.resolve(p) for p in posterior.params)
        except Exception:        # a parameter without a value this part gave: not decided here
            return None
        values = _values(posterior.family, params, moment)
        if not values or any(isinstance(v, sp.Basic) and v.has(sp.nan, sp.zoo) for _, v in values):
            return None
        shown = {"mean": "the mean", "variance": "the variance", "sd": "the standard deviation",
                 "mode": "the mode"}[moment]
        return Moment(shown, values, posterior)

    def posterior_of(self, variable: str, condition: str | None) -> Posterior | None:
        """The posterior a claim about `variable` (given `condition`; None for θ̂_MAP) is about: the one
        stated for it in this part, or the one prose named when the part has no other; with several, the
        one whose written condition is the claim's."""
        prior = self.scope.laws.get(variable)
        families = {p.family for p in self.scope.posteriors if p.variable == variable}
        mine = [p for p in self.scope.posteriors if p.variable == variable or not p.variable and
                (p.family in families or prior is not None and prior.family == p.family or
                 prior is None and len(self.scope.posteriors) == 1 and variable in GREEK_PARAMETERS)]
        if not mine:
            return None
        p = mine[-1]
        if len(mine) > 1 and p.paragraph != self.scope.paragraph:
            # several posteriors (sequential updating, another prior): the one of this paragraph, or the one
            # whose written condition is the claim's when no posterior named in prose came after it
            same = [k for k, q in enumerate(mine) if condition and q.condition == condition]
            if not same or any(not q.variable for q in mine[same[-1] + 1:]):
                return None
            p = mine[same[-1]]
        if condition and p.condition and p.condition != condition:
            return None         # 𝔼[θ | D_1] after the law of θ | D_1, D_2: another posterior
        now = self.scope.bindings
        if any(n not in now or id(now[n]) != key or now[n].line != line for n, key, line in p.given):
            return None         # a number it was worked out from was given again since
        return p

    def as_the_moment(self, parsed, moment: Moment):
        """The claim's left side replaced by the moment (Gamma: both readings)."""
        (reading, value), *rest = moment.values
        others = tuple(dataclasses.replace(parsed, expr=v, reading=(r,), others=()) for r, v in rest)
        return dataclasses.replace(parsed, expr=value, reading=(reading,) if reading else (), others=others)

    def moment_checked(self, name, moment: Moment, first: int):
        """The verdict of the claim about the moment: one that agrees rests on the law (not checked)."""
        if len(self.results) <= first:
            return
        r = self.results[first]
        p = moment.posterior
        about = f"{name} is {moment.name} of the posterior {p.written} (line {p.line})"
        if r.verdict == OK and p.wrong_line:
            verdict, detail = CARRIED, f"{r.detail}; {about}, right for that law, which rests on a wrong step " \
                                       f"(line {p.wrong_line})"
        elif r.verdict == OK:
            verdict, detail = UNVERIFIED, f"{r.detail}; {about}, right for that law, which is not checked here " \
                                          "against prior and likelihood"
        else:
            verdict, detail = r.verdict, f"{r.detail}; {about}"
        self.results[first] = dataclasses.replace(r, verdict=verdict, detail=detail)


GREEK_PARAMETERS = {"θ", "λ", "μ", "π", "p", "w"}


def _at_the_bar(toks):
    """Index of the first `\\mid` or `|` at the top level of the tokens, or None."""
    depth = 0
    for k, t in enumerate(toks):
        if t.kind == "char" and t.value in "({[":
            depth += 1
        elif t.kind == "char" and t.value in ")}]":
            depth -= 1
        elif depth == 0 and (t.kind == "macro" and t.value in ("mid", "vert") or t.kind == "char" and t.value == "|"):
            return k if k > 0 else None
    return None


def _plain(text: str) -> str:
    """A condition as a key: `\\mathcal D`, `\\mathcal{D}`, `D` the same; spaces and braces gone."""
    text = re.sub(r"\\(?:mathcal|mathbf|mathrm|text|boldsymbol|bm)\s*", "", text)
    return re.sub(r"[\s{}\\,;]", "", text).replace("mid", "")
