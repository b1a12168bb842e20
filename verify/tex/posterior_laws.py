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

from verify.tex.bindings import plain_number
from verify.tex.build import ParseError
from verify.tex.events import is_stated_quantity
from verify.tex.named_laws import applied_law
from verify.tex.parse import parse
from verify.tex.posterior_moments import (CONDITIONAL, MLE, MODE, MOMENT_NAMES, PREDICTED, PREDICTIVE, _predicted,
                                         _values, likelihood_mode, posterior_kernel, shown_ratio)
from verify.tex.outcome import Outcome
from verify.tex.results import CARRIED, GIVEN, OK, UNVERIFIED, WRONG

FAMILIES_READ = ("beta", "gamma", "normal")
ARROWS = ("to", "rightarrow", "longrightarrow", "mapsto")    # a prior updated: `Beta(10, 6) \to Beta(11, 10)`
# "the posterior is", "Posterior:", "so the posterior becomes", "the kernel of" right before the law
POSTERIOR_NAMED = re.compile(r"(?:\bposterior\b[^$.;]{0,30}|\bkernel\s+of(?:\s+an?|\s+the)?\s*)\Z", re.IGNORECASE)
PRIOR_NAMED = re.compile(r"\bprior\b[^$.;]{0,20}\Z", re.IGNORECASE)     # "Prior $\mathrm{Beta}(2, 2)$"
DENSITY = re.compile(r"(?:p|q|π)\((.+?)\|(.+)\)")      # p(θ|k) = Beta(9, 5): the posterior density by name


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
    # what prior and data give (Beta(a + k, b + n - k)) when the part has both: then the law is checked
    expected: tuple | None = None
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
    a, b = applied_law(lhs.expr), applied_law(rhs.expr)
    if a is None or b is None or lhs.expr.func != rhs.expr.func:
        return None
    return dataclasses.replace(lhs, expr=sp.Matrix(a.params)), dataclasses.replace(rhs, expr=sp.Matrix(b.params))


def law_in(expr):
    """(family, parameters, written) of a Beta, Gamma or 𝒩 law applied (worked out or not), or None."""
    law = applied_law(expr)
    return (law.family, law.params, law.written) if law is not None and law.family in FAMILIES_READ else None


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
        elif rels and all(r == "=" for r in rels) and \
                (named := DENSITY.fullmatch(getattr(getattr(self.parse(segs[0]), "expr", None), "name", ""))):
            variable, condition, laws = named[1], _plain(named[2]), segs[1:]
        elif rels and all(r in ("=",) + ARROWS for r in rels) and \
                (self.posterior_named or any(r in ARROWS for r in rels)):
            laws = segs         # "the posterior is $Beta(…) = Beta(9, 5)$", `Beta(10, 6) \to Beta(10 + 1, 6 + 5) = …`
        elif self.posterior_named and not rels:
            laws = segs
        else:
            return
        if not laws or any(r not in ("sim", "=") + ARROWS for r in rels):
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
        expected = self.conjugate(variable, law[0])
        if expected is not None and rels and rels[0] == "sim" and len(self.results) > before:
            self.law_checked(before, law, expected)
            wrong = wrong or (self.results[before].line if self.results[before].verdict == WRONG else 0)
        elif expected is not None and rels and len(self.results) > before and \
                self.results[before].verdict == GIVEN and (first := law_in(getattr(self.parse(laws[0]), "expr", None))):
            # `p(θ | k) = Beta(2 + 3, 2 + 4) = …`: the density named is the posterior, a claim checked like the `∼`
            self.law_checked(before, first, expected)
            wrong = wrong or (self.results[before].line if self.results[before].verdict == WRONG else 0)
        elif not variable and rels:
            # "the posterior is $Beta(a + k, b + n) = Beta(9, 15)$", an update `Beta(10, 6) \to Beta(10 + 1, 6 + 5) =
            # Beta(11, 11)`: right as arithmetic on the parameters, and a claim that this is the posterior -- checked
            # only against what prior and counts give
            for i in range(before, len(self.results)):
                r = self.results[i]
                if r.verdict != OK or r.rel != "=":
                    continue
                if expected is None:
                    self.results[i] = dataclasses.replace(
                        r, verdict=UNVERIFIED, detail=f"{r.detail}; right as arithmetic on the parameters, but that "
                                                      "this is the posterior is not checked (no prior and counts read)")
                else:
                    self.law_checked(i, law, expected)
                    wrong = wrong or (self.results[i].line if self.results[i].verdict == WRONG else 0)
                break
        self.scope.posteriors.append(Posterior(variable, *law, line, condition, wrong, self.scope.paragraph,
                                               expected=expected, given=self.given_numbers()))

    def posterior_proportional(self, lhs, rhs):
        r"""`p(\theta \mid k) \propto \theta^{7}(1 - \theta)^{3}\,\theta(1 - \theta)` with a Beta prior and counts in
        this part: the right side must be the kernel θ^(a'-1)(1-θ)^(b'-1) of the posterior they give, times what
        does not depend on θ (an Outcome); None when the part does not settle the posterior or θ is not read."""
        found = DENSITY.fullmatch(getattr(lhs.expr, "name", "") or "")
        if found is None or not isinstance(rhs.expr, sp.Expr):
            return None
        variable = found[1]
        expected = self.conjugate(variable, "beta")
        theta = next((s for s in rhs.expr.free_symbols if getattr(s, "name", None) == variable), None)
        if expected is None or theta is None or variable in self.scope.bindings:
            return None
        (a, b), how = expected
        try:
            right = self.scope.resolve(rhs.expr)
        except Exception:
            return None
        if right.free_symbols != {theta}:
            return None         # other names left (a density by name, a parameter with no value): not decided here
        ratio = sp.simplify(sp.powsimp(right / (theta ** (a - 1) * (1 - theta) ** (b - 1)), force=True))
        if not ratio.free_symbols:
            return Outcome(OK, f"the kernel of the posterior Beta({a}, {b}), as {how} give")
        at = {theta: sp.Rational(1, 3)}, {theta: sp.Rational(3, 4)}
        values = [ratio.xreplace(v) for v in at]
        if all(v.is_number and v.is_finite for v in values) and sp.simplify(values[0] - values[1]) != 0:
            return Outcome(WRONG, f"not the kernel of the posterior Beta({a}, {b}) that {how} give: divided by "
                                  f"θ^{a - 1}(1 − θ)^{b - 1} it still depends on θ ({shown_ratio(ratio)})")
        return None

    def prior_after(self, chain):
        """"Prior $\\mathrm{Beta}(2, 2)$": a law the prose calls the prior, whose variable is not written."""
        if chain.rels or len(chain.segments) != 1 or not self.prior_named:
            return
        found = self.parse(chain.segments[0])
        law = None if isinstance(found, Exception) else law_in(found.expr)
        if law is not None:
            self.scope.priors.append(law)

    def conjugate(self, variable: str, family: str):
        """Beta(a + k, b + n - k) when this part gave one Beta prior (of `variable`, or unnamed) and one count of
        successes in trials, all numbers; else None."""
        if family != "beta" or len(self.scope.counts) != 1:
            return None
        priors = [law for law in self.scope.laws.values() if law.family == "beta"]
        if variable and variable in self.scope.laws:
            priors = [self.scope.laws[variable]] if self.scope.laws[variable].family == "beta" else []
        priors = [(law.params, law.written) for law in priors] + [(p[1], p[2]) for p in self.scope.priors if p[0] == "beta"]
        if len(priors) != 1:
            return None
        try:
            a, b = (sp.nsimplify(self.scope.resolve(p)) for p in priors[0][0])
        except Exception:
            return None
        k, n = self.scope.counts[0]
        if not (a.is_Number and b.is_Number and a > 0 and b > 0):
            return None
        return posterior_kernel(a, b, k, n), f"the prior {priors[0][1]} and {k} successes in {n} trials"

    def law_checked(self, index: int, law, expected):
        """The `∼` of `θ | k ∼ Beta(9, 6)` against what prior and data give."""
        (params, how), r = expected, self.results[index]
        try:
            written = tuple(sp.nsimplify(self.scope.resolve(p)) for p in law[1])
        except Exception:
            return
        shown = f"Beta({', '.join(map(str, params))})"
        verdict = OK if written == tuple(params) else WRONG
        if not all(getattr(w, "is_Number", False) for w in written):
            return
        self.results[index] = dataclasses.replace(r, verdict=verdict, detail=f"{how} give the posterior {shown}")

    def given_numbers(self) -> tuple:
        return tuple((n, id(b), b.line) for n, b in self.scope.bindings.items()
                     if (b.value is not None or isinstance(b.definition, sp.Basic) and b.definition.is_number) and
                     not DENSITY.fullmatch(n))      # (p(θ | k) = Beta(…) itself: the law, not a number it used)

    def posterior_moment(self, name: str) -> Moment | None:
        """𝔼[θ | k], Var(θ | k), sd(θ | k), θ̂_MAP after a posterior of θ in this part: what its law gives."""
        found = CONDITIONAL.fullmatch(name)
        if found:
            moment, variable, condition = MOMENT_NAMES[found[1]], found[2], _plain(found[3])
            if moment == "mean" and (square := re.fullmatch(r"(.+?)\^\{?2\}?", variable)):
                moment, variable = "second", square[1]         # 𝔼[θ² | k]: the second moment
        elif (found := MODE.fullmatch(name)) and len(found[1]) <= 3:
            moment, variable, condition = "mode", found[1], None
        elif (found := MLE.fullmatch(name)) and len(found[1]) <= 3:
            return self.likelihood_maximum(found[1])
        elif (found := PREDICTIVE.fullmatch(name)) and (moment := _predicted(found[1])) is not None:
            variable, condition = self.beta_variable(), _plain(found[2])
            if variable is None:
                return None
        else:
            return None
        posterior = self.posterior_of(variable, condition)
        if posterior is None:
            return None
        try:
            params = tuple(self.scope.resolve(p) for p in posterior.params)
        except Exception:        # a parameter without a value this part gave: not decided here
            return None
        if moment in PREDICTED and posterior.family != "beta":
            return None         # a predictive of successes is read for a Beta posterior of a success rate only
        values = _values(posterior.family, params, moment)
        if not values or any(isinstance(v, sp.Basic) and v.has(sp.nan, sp.zoo) for _, v in values):
            return None
        shown = {"mean": "the mean", "variance": "the variance", "sd": "the standard deviation",
                 "mode": "the mode", "one more": "the predictive probability of one more success (its mean)",
                 "two more": "the predictive probability of two more successes (𝔼[θ²])",
                 "second": "the second moment"}[moment]
        return Moment(shown, values, posterior)

    def likelihood_maximum(self, variable: str) -> Moment | None:
        """θ̂_MLE where this part gives θ a Beta prior (so θ is the success rate) and one count of successes in
        trials: where the binomial likelihood is largest, whatever the prior."""
        law = self.scope.laws.get(variable)
        beta = law.family == "beta" if law is not None else \
            variable in GREEK_PARAMETERS and any(p[0] == "beta" for p in self.scope.priors)
        if not beta or len(self.scope.counts) != 1:
            return None
        k, n = self.scope.counts[0]
        top = likelihood_mode(k, n)
        if top is None:
            return None
        flat = posterior_kernel(1, 1, k, n)        # the likelihood is the posterior of a flat prior, Beta(1, 1)
        p = Posterior(variable, "beta", flat, f"Beta({flat[0]}, {flat[1]}) of a flat prior (the likelihood of {k} "
                      f"successes in {n} trials)", 0, paragraph=self.scope.paragraph,
                      expected=(flat, "the counts alone (the MLE does not use the prior)"))
        return Moment("the mode", (("", top),), p)

    def beta_variable(self) -> str | None:
        """The one variable with a Beta prior or posterior in this part (θ when prose named only the law)."""
        names = {v for v, law in self.scope.laws.items() if law.family == "beta"} | \
            {p.variable for p in self.scope.posteriors if p.family == "beta" and p.variable}
        if len(names) > 1:
            return None
        return next(iter(names), "θ")

    def settled_moment(self, name: str):
        """The value of a moment of a posterior that prior and counts settle (no wrong step in it), or None."""
        moment = self.posterior_moment(name)
        if moment is None or len(moment.values) != 1 or \
                moment.posterior.wrong_line or not self.agrees(moment.posterior):
            return None
        return moment.values[0][1]

    def settled_moments_in(self, parsed):
        """A side with the moments of a settled posterior it names put in (as their values), or as it was."""
        if isinstance(parsed, Exception) or not isinstance(parsed.expr, sp.Basic) or len(self.scope.counts) != 1:
            return parsed       # (settled needs a prior and one count in the part: see conjugate)
        put = {}
        for s in parsed.expr.free_symbols:
            name = getattr(s, "name", "")
            if name.startswith((*MOMENT_NAMES, "P(")) and \
                    not self.scope.has_meaning(name) and (value := self.settled_moment(name)) is not None:
                put[s] = value
        return dataclasses.replace(parsed, expr=parsed.expr.xreplace(put)) if put else parsed

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
            return self.implied_posterior(variable, prior)
        p = mine[-1]
        # several answers for one posterior (a poll of answers, an attempt and its correction): a claim is compared
        # with the one prior and counts give, when one of them is it
        right = [q for q in mine if q.expected is not None and q.condition == p.condition and self.agrees(q)] \
            if len(mine) > 1 and p.expected is not None and not self.agrees(p) else []
        if right:
            p = right[-1]
        elif len(mine) > 1 and p.paragraph != self.scope.paragraph:
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

    def implied_posterior(self, variable, prior) -> Posterior | None:
        """No posterior written, but a Beta prior and binomial counts in this part: the posterior they give."""
        if prior is None and not (variable in GREEK_PARAMETERS and self.scope.priors):
            return None
        expected = self.conjugate(variable if prior is not None else "", "beta")
        if expected is None:
            return None
        (a, b), how = expected
        return Posterior(variable, "beta", (a, b), f"Beta({a}, {b})", 0, paragraph=self.scope.paragraph,
                         expected=expected)

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
        where = f" (line {p.line})" if p.line else ""
        about = f"{name} is {moment.name} of the posterior {p.written}{where}"
        checked = p.expected is not None and self.agrees(p)
        if r.verdict == OK and checked:
            verdict, detail = OK, f"{r.detail}; {about}, as {p.expected[1]} give"
        elif r.verdict == OK and p.wrong_line:
            verdict, detail = CARRIED, f"{r.detail}; {about}, right for that law, which rests on a wrong step " \
                                       f"(line {p.wrong_line})"
        elif r.verdict == OK:
            verdict, detail = UNVERIFIED, f"{r.detail}; {about}, right for that law, which is not checked here " \
                                          "against prior and likelihood"
        elif r.verdict == OK and p.expected is not None:
            verdict, detail = CARRIED, f"{r.detail}; {about}, right for that law, but {p.expected[1]} give " \
                                       f"Beta({', '.join(map(str, p.expected[0]))})"
        else:
            verdict, detail = r.verdict, f"{r.detail}; {about}"
        self.results[first] = dataclasses.replace(r, verdict=verdict, detail=detail)

    def moment_settled(self, name, moment: Moment, parsed, segs, rels, first: int):
        """After the claim about a moment: its verdict (moment_checked), and the value later steps use -- the one
        written before any `<`, with what it should be if wrong, resting on the law if that is not checked."""
        self.moment_checked(name, moment, first)
        upto = next((i for i, r in enumerate(rels) if r not in ("=", "approx")), len(rels)) + 1
        value, seg = self.last_constant(parsed[:upto], segs[:upto])
        if value is None or is_stated_quantity(name) and not plain_number(parsed[1].expr):
            return      # `𝔼[θ | k] = α/(α + β) = …`: not a value given for later (a limit in n, a new prior)
        self.scope.bind(name, value, value, self.where(seg.start)[0], seg.text)
        self.scope.moment_names.add(name)
        verdict = self.results[first].verdict
        if verdict == WRONG:
            self.taint(name, moment.values[0][1], self.results[first].line)
        elif verdict == CARRIED:        # right for a law a wrong step wrote
            self.scope.bindings[name].wrong_line = moment.posterior.wrong_line
        elif verdict != OK:             # agreeing with a law not checked: what uses it rests on it
            self.scope.bindings[name].unchecked_line = self.results[first].line

    def agrees(self, p: Posterior) -> bool:
        """The law written is the one prior and counts give (False when they give none)."""
        try:
            return tuple(sp.nsimplify(self.scope.resolve(q)) for q in p.params) == tuple(p.expected[0])
        except Exception:
            return False


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
