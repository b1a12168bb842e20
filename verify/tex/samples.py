r"""An i.i.d. sample the prose names (`$x_1, \dots, x_n$ i.i.d. with variance $\sigma^2$`): the classical results
about it -- Var(x̄) = σ²/n, 𝔼[σ̂²_MLE] = (n − 1)σ²/n, 𝔼[s²] = σ², Cov(x̄, x_1) = σ²/n, SE(μ̂) = σ/√n -- are
worked out, not known by heart. The sample is written out at sizes n = 2 … 6 (or at the n the file gives) as
x_k = μ + σ Z_k, the Z_k independent copies of one law with 𝔼Z = 0 and 𝔼Z² = 1 (μ and σ the usual names of
the mean and standard deviation, or their values in the file), and both sides follow the laws of 𝔼, Var and
Cov (operators.canonical). Equal at every size: `ok`; different at some size for a law with those moments
(a counterexample): `wrong`; anything else is left to the other rules.

Readings: x̄ and μ̂ are the sample mean, σ̂²_MLE the mean squared deviation (1/n), s² the sample variance
(1/(n − 1)), a bare σ̂² either of the last two (two readings: a verdict only when they agree), SE/se the
standard deviation of what it is applied to.
"""
from __future__ import annotations

from itertools import combinations

import sympy as sp
from sympy.core.function import AppliedUndef

from verify.tex.names import ACCENTS, BAR, accented
from verify.tex.operators import EXPECTATION, application, canonical, has_operators
from verify.tex.outcome import Outcome
from verify.tex.results import OK, WRONG
from verify.tex.sums import SEQ

SIZES = range(2, 7)
MAX_SIZE = 30            # a sample the file gives as n = 25 is written out at that size; a larger one is not
HAT = ACCENTS["hat"]
MLE_SUFFIXES = ("_MLE", "_ML", "_mle")
WITNESS_MEAN, WITNESS_SD = sp.Rational(7, 10), sp.Rational(13, 10)
SAMPLE_WRONG = "for an i.i.d. sample of size"     # (what it rests on is said in it: no values of the file's names)


def _bar(letter: str) -> str:
    return accented(letter, BAR)     # ȳ is one character, x̄ two (as the parser names them)


def mentions_sample(expr, letters) -> bool:
    """The expression is about a sample of one of these letters: its mean x̄, its data x_1 or seq(x, i), or an
    estimator (μ̂, σ̂, s) when the part names one sample only (s unbound: a bound s was resolved before)."""
    names = {s.name for s in expr.free_symbols if isinstance(s, sp.Symbol)}
    if any(_bar(a) in names or a in {s.args[0].name for s in expr.atoms(SEQ) if s.args[0].is_Symbol} or
           any(n.startswith(f"{a}_") and n[2:].isdigit() for n in names) for a in letters):
        return True
    return len(letters) == 1 and any(n.split("_")[0] in (f"μ{HAT}", f"σ{HAT}") or n == "s" for n in names)


def sample_reading(left, right, rel: str, scope, size: int | None = None) -> Outcome | None:
    """The step read about the part's i.i.d. sample (see the module), or None when it is not about one, or
    the reading does not decide it. `size`: the number of data the part gave (an n from another part is not
    theirs), and σ̂ read as the part defines it, when it does (implicit_sample)."""
    if rel != "=" or not scope.samples or not _is_expr(left, right) or not has_operators(left, right):
        return None
    letters = {a.rstrip("?") for a in scope.samples}
    about = [a for a in sorted(letters) if mentions_sample(left, [a]) or mentions_sample(right, [a])]
    if len(about) != 1 or f"{about[0]}?" in scope.samples:
        return None         # no sample, or two (μ̂ of which?), or one whose variance is not called σ²
    letter = about[0]
    named = {s.name: s for e in (left, right) for s in e.free_symbols if isinstance(s, sp.Symbol)}
    law = next((scope.laws[k] for k in (f"{letter}_i", f"{letter}_n", f"{letter}_1", letter) if k in scope.laws), None)
    if law is not None and law.family != "normal":
        return None         # x_i ∼ Poisson(λ): its mean and variance are λ, not μ and σ² (not worked out here)
    if law is not None:     # x_i ∼ 𝒩(μ, 1): the law's parameters, whatever the names
        mean, variance = law.params
        if variance.is_Pow and variance.exp == 2 and variance.base.is_Symbol:    # 𝒩(μ, σ²): σ > 0
            sd = sp.Symbol(variance.base.name, positive=True)
            left, right = (e.xreplace({variance.base: sd}) for e in (left, right))
        else:
            sd = sp.sqrt(variance)
    else:                   # the usual names, σ a standard deviation: positive (√(σ²/n) = σ/√n)
        mean = _parameter(scope, named.get("μ", sp.Symbol("μ", real=True)))
        sd = _parameter(scope, sp.Symbol("σ", positive=True))
        if "σ" in named and named["σ"] != sd:
            left, right = (e.xreplace({named["σ"]: sd}) for e in (left, right))
    count = _parameter(scope, sp.Symbol("n", integer=True, positive=True))
    if size is not None and getattr(scope.bindings.get("n"), "section", None) != scope.section:
        count = sp.Integer(size)
    if count.is_number:     # n given: that size only (a size that is no whole number: not read)
        sizes = [int(count)] if count.is_Integer and 1 < count <= MAX_SIZE else []
    else:
        sizes = list(SIZES)
    verdicts = []
    # a difference that rests on a name the step does not use (σ of `Var(x̄) = 1/n`, the sample's law not
    # given) says nothing of the writer's sample: only an agreement counts then
    mentioned = {s for e in (left, right) for s in e.free_symbols}
    if law is not None:
        mentioned |= {s for p in (mean, sd) if isinstance(p, sp.Basic) for s in p.free_symbols}
    readings = ("mle", "unbiased") if _uses_bare_sigma_hat(left, right) else ("mle",)
    if size is not None and len(readings) > 1 and (defined := _defined_estimator(scope, size)):
        readings = (defined,)
    for estimator in readings:
        verdict = _at_sizes(left, right, letter, sizes, mean, sd, estimator, mentioned)
        if verdict is None:
            return None
        verdicts.append(verdict)
    if len({v.verdict for v in verdicts}) > 1:
        return None         # σ̂² as the mean squared deviation or as s²: the verdict depends on which
    return verdicts[0]


def implicit_sample(left, right, scope) -> str:
    r"""The letter of the part's data when the prose names no i.i.d. sample but the step is about an estimator
    over them (`Data $x = (1.2, 0.8, 2.0, 1.6)$`, later `\mathbb E[\hat\sigma^2] = \frac{n-1}{n}\sigma^2`): an
    expectation or variance of σ̂, s, μ̂ or x̄ is over the sampling of those data, whatever their written values
    ("" when the part gives no such vector, or more than one)."""
    if scope.samples or not _is_expr(left, right) or not has_operators(left, right):
        return ""
    names = {s.name for e in (left, right) for s in e.free_symbols if isinstance(s, sp.Symbol)}
    bars = {n[0] for n in names if n == _bar(n[:1]) and n[:1].isascii() and n[:1].isalpha()}
    estimators = bool(bars) or any(n.split("_")[0] in (f"μ{HAT}", f"σ{HAT}") or n == "s" for n in names)
    if not estimators:
        return ""
    given = {name for name, value in scope.matrices.items() if len(name) == 1 and name.isascii() and
             scope.matrix_sections.get(name) == scope.section and isinstance(value, sp.MatrixBase) and
             min(value.shape) == 1 and len(value) > 1}
    letters = (bars | given) if bars <= given else set()
    return next(iter(letters)) if len(letters) == 1 else ""


def sample_size(scope, letter: str) -> int:
    return len(scope.matrices[letter])


def _defined_estimator(scope, size: int) -> str:
    r""""mle" or "unbiased" when this part defines σ̂² as a sum over the data divided by n (or the number of
    data) or by n - 1; "" otherwise."""
    b = scope.bindings.get(f"σ{HAT}")
    if b is None or b.section != scope.section or not isinstance(b.definition, sp.Expr):
        return ""
    square = b.definition ** 2
    sums = square.atoms(sp.Sum)
    if len(sums) != 1:
        return ""
    factor = sp.simplify(square / next(iter(sums)))
    n = next((s for s in factor.free_symbols if s.name == "n"), None)
    if n is not None:
        factor = factor.xreplace({n: size})
    return {sp.Rational(1, size): "mle", sp.Rational(1, size - 1): "unbiased"}.get(factor, "") if size > 1 else ""


def _is_expr(*exprs) -> bool:
    return all(isinstance(e, sp.Expr) for e in exprs)


def _parameter(scope, symbol):
    """μ, σ or n: its value in the file when it has one, else the name."""
    b = scope.bindings.get(symbol.name)
    if b is not None and b.value is not None and getattr(b.value, "is_number", False):
        return b.value
    return symbol


def _uses_bare_sigma_hat(*exprs) -> bool:
    return any(s.name == f"σ{HAT}" for e in exprs for s in e.free_symbols if isinstance(s, sp.Symbol))


def _at_sizes(left, right, letter, sizes, mean, sd, estimator, mentioned) -> Outcome | None:
    if not sizes:
        return None
    for m in sizes:
        found = _at_size(left, right, letter, m, mean, sd, estimator, mentioned)
        if found is None:
            return None
        if found is not True:
            return found
    shown = f"n = {sizes[0]}" if len(sizes) == 1 else f"n = {sizes[0]}…{sizes[-1]}"
    return Outcome(OK, f"worked out for an i.i.d. sample of size {shown} ({letter}_k = μ + σZ_k, the Z_k independent "
                       "with 𝔼Z = 0, 𝔼Z² = 1), by the laws of 𝔼, Var and Cov")


def _at_size(left, right, letter, m, mean, sd, estimator, mentioned):
    """True when both sides agree for a sample of size m, an Outcome (wrong) when they differ for a law with
    the given moments, None when the step is not one this reading can work out."""
    used = {s.name[:1] for e in (left, right) for s in e.free_symbols if isinstance(s, sp.Symbol)}
    z = next((c for c in "ZWVUQ" if c not in used), None)
    if z is None:
        return None
    draws = [sp.Symbol(f"{z}_{k}", real=True) for k in range(1, m + 2)]     # the last: a further draw (X alone)
    data = [mean + sd * d for d in draws]
    sample_mean = sp.Add(*data[:m]) / m
    squares = sp.Add(*[(x - sample_mean) ** 2 for x in data[:m]])
    mle, unbiased = sp.sqrt(squares / m), sp.sqrt(squares / (m - 1))
    sides = []
    for side in (left, right):
        side = _written_out(side, letter, m, data, sample_mean, mle if estimator == "mle" else unbiased, mle, unbiased)
        if side is None:
            return None
        sides.append(side)
    allowed = set(draws) | {s for p in (mean, sd) if isinstance(p, sp.Basic) for s in p.free_symbols}
    if any(e.free_symbols - allowed for e in sides):
        return None         # another name is left: not a statement about this sample alone
    independent = {frozenset((a.name, b.name)) for a, b in combinations(draws, 2)}
    facts = [application(EXPECTATION, [draws[0]]), application(EXPECTATION, [draws[0] ** 2]) - 1]
    a, b, _ = canonical(*sides, independent, facts, copies=True)
    gap = sp.simplify(a - b)
    if gap == 0:
        return True
    witness = {}
    for d in gap.free_symbols:
        if d not in mentioned and not isinstance(d, sp.Dummy):
            return None
        if d == mean:
            witness[d] = WITNESS_MEAN
        elif d in getattr(sd, "free_symbols", ()):
            witness[d] = WITNESS_SD
        else:
            # a higher moment of Z (Var(s²) = 2σ⁴/(n − 1) holds for normal data only, which the prose may say),
            # or an opaque atom (𝔼 of something not a polynomial in the draws): not decided here
            return None
    at = sp.N(gap.xreplace(witness), 30)
    if not at.is_number or not at.is_real or abs(at) < sp.Float("1e-20"):
        return None
    shown = ", ".join(f"{_shown(d)} = {v}" for d, v in sorted(witness.items(), key=lambda dv: str(dv[0])))
    return Outcome(WRONG, f"{SAMPLE_WRONG} n = {m} ({letter}_k = μ + σZ_k, the Z_k independent with "
                          f"𝔼Z = 0, 𝔼Z² = 1): left side - right side = {sp.sstr(sp.factor(gap)).replace('**', '^')}, "
                          f"= {sp.N(at, 6)} at {shown or 'every value'}, not 0")


def _shown(d) -> str:
    return d.name


def _written_out(expr, letter, m, data, sample_mean, sigma_hat, mle, unbiased):
    r"""The expression with the sample written out at size m: n → m, sums over the data expanded, x̄, μ̂ → the
    sample mean, x_k → the k-th draw, σ̂, s → the estimators, SE/se → sd."""
    if not isinstance(expr, sp.Expr):
        return None
    counts = {s: sp.Integer(m) for s in expr.free_symbols if s.name == "n" or s.name.startswith("n(")}
    expr = expr.xreplace(counts).doit()
    if expr.has(sp.Sum, sp.Product):
        return None
    seqs = {q: data[int(q.args[1]) - 1] for q in expr.atoms(SEQ)
            if q.args[0].is_Symbol and q.args[0].name == letter and q.args[1].is_Integer and 1 <= q.args[1] <= m}
    if len(seqs) != len(expr.atoms(SEQ)):
        return None
    subs = dict(seqs)
    for s in expr.free_symbols:
        name = s.name
        if name == _bar(letter) or name.split("_")[0] == f"μ{HAT}":
            subs[s] = sample_mean
        elif name.startswith(f"{letter}_") and name[len(letter) + 1:].isdigit():
            k = int(name[len(letter) + 1:])
            if not 1 <= k <= m:
                return None
            subs[s] = data[k - 1]
        elif name == letter:
            subs[s] = data[m]       # X alone: another draw of the law
        elif name == f"σ{HAT}":
            subs[s] = sigma_hat
        elif name.startswith(f"σ{HAT}") and name.endswith(MLE_SUFFIXES):
            subs[s] = mle
        elif name == "s":
            subs[s] = unbiased
    expr = expr.xreplace(subs)
    renamed = {f: sp.Function("sd")(*f.args) for f in expr.atoms(AppliedUndef) if f.func.__name__ in ("SE", "se")}
    return expr.xreplace(renamed) if renamed else expr
