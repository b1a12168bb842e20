"""The notation rules the step printers apply (derivations.printing): how names, indices,
primes and gradients are spelled, which brackets a call needs, when a rational is shown as a
decimal, and which sign an even power's base takes. Pure functions of SymPy objects and strings.
"""
from __future__ import annotations

import re

import sympy as sp
from sympy.core.function import AppliedUndef
from sympy.printing.latex import greek_letters_set, modifier_dict
# Entry symbols are named stem[layer]_indices (W1_12: W₁ row 1 column 2; a_21: a₂ entry 1; see
# derivations.matrices.entries): printed with one index per digit, W_{1,1,2}, never W_{1 12}.
_ENTRY = re.compile(r"([A-Za-z]+?)(\d*)_(\d+)")

# Plain symbol names (what a REPL user types) and the notation they stand for, in LaTeX and Unicode.
NOTATION = {
    "theta_hat": (r"\hat{\theta}", "θ̂"),
    "theta_MAP": (r"\theta_{\mathrm{MAP}}", "θ_MAP"),
    "theta_mode": (r"\theta_{\mathrm{mode}}", "θ_mode"),
    "theta_star": (r"\theta^{*}", "θ*"),
    "E_theta": (r"\mathbb{E}[\theta]", "𝔼[θ]"),
    "E_theta_given_y": (r"\mathbb{E}[\theta \mid y]", "𝔼[θ | y]"),
    "Var_theta": (r"\mathrm{Var}[\theta]", "Var[θ]"),
    "Var_theta_given_y": (r"\mathrm{Var}[\theta \mid y]", "Var[θ | y]"),
    "p_theta_given_y": (r"p(\theta \mid y)", "p(θ | y)"),
    "theta_prior_mode": (r"\theta_{\mathrm{mode}}^{\mathrm{prior}}", "θ_mode(prior)"),
}


# A gradient held in a symbol of its own is named dL_dW_1 (for code): written ∂L/∂W₁.
GRADIENT_NAME = re.compile(r"d([A-Za-z]+)_d([A-Za-z]+(?:_\w+)?)")


# A subscript that is a word labels, it does not index: E_plain is E with an upright "plain".
_WORD_SUBSCRIPT = re.compile(r"([A-Za-z]+)_([A-Za-z]{2,})")


def word_subscript(name: str):
    m = _WORD_SUBSCRIPT.fullmatch(name)
    if m is None or m[2].lower() in greek_letters_set or m[2].lower() in modifier_dict:
        return None
    return m[1], m[2]


# w′ for code is wprime: zprime1 → z′₁, yhatprime → ŷ′, Eprime_plain → E′_plain.
PRIMED = re.compile(r"([A-Za-z]+?)prime(\d*)(?:_(\w+))?")


# Content that needs brackets sized to it; anything else is bracketed with plain ( ).
_TALL = ("\\frac", "\\begin", "\\sum", "\\prod", "\\int", "\\left", "\\binom", "\\sqrt")


def _tall(tex: str) -> bool:
    return any(t in tex for t in _TALL)


def call(head: str, args: str) -> str:
    """f(x) for a function applied to its argument. SymPy's f{\\left(x \\right)} sets the bracket off by a
    thin space (an operator or letter before an inner atom), tanh (x); \\mathopen{} removes it where the
    content is tall enough to need sized brackets."""
    return rf"{head}\mathopen{{}}\left({args}\right)" if _tall(args) else f"{head}({args})"


def one_fraction(tex: str) -> bool:
    """\\frac{…}{…} and nothing after it: it needs no brackets of its own (after \\lim)."""
    if not tex.startswith("\\frac{"):
        return False
    depth, groups = 0, 0
    for i in range(len("\\frac"), len(tex)):
        depth += {"{": 1, "}": -1}.get(tex[i], 0)
        if depth == 0:
            groups += 1
            if groups == 2:
                return i == len(tex) - 1
            if tex[i] != "}":
                return False
    return False


def long(q) -> bool:
    return q.q > 100 or abs(q.p) > 10**8


def terminates(q) -> bool:
    """q has a finite decimal expansion (its denominator is 2ᵃ5ᵇ): 7/10, 13/25, not 1/3."""
    n = q.q
    for p in (2, 5):
        while n % p == 0:
            n //= p
    return n == 1


def decimal_entries(matrix) -> bool:
    """A matrix whose numbers are written as decimals: one of them already is one (0.765 beside 13/25 would mix
    the two), or all its entries are terminating numbers (data given as decimals, x = (0.7, 0.5, 1))."""
    entries = list(matrix)
    if any(isinstance(e, sp.Float) or (isinstance(e, sp.Rational) and long(e)) for e in entries):
        return True
    return all(isinstance(e, sp.Rational) and terminates(e) for e in entries) and any(e.q > 1 for e in entries)


def decimal(q, digits: int) -> str:
    """q to `digits` significant digits, with "…" when that is not its exact value."""
    shown = sp.Float(q, digits)
    text = f"{float(shown):.{digits}g}"
    return text if sp.Rational(text) == q else text + "…"


def entry_indices(name: str):
    """("W", "1,1,2") for W1_12; None for a name that is no entry symbol."""
    m = _ENTRY.fullmatch(name)
    if m is None or not (m[2] or len(m[3]) > 1):
        return None
    return m[1], ",".join(m[2] + m[3])


def through_composition(expr) -> bool:
    """d/dv F(g(v)): a named function of something that is not the variable itself (L(σ(a₂)))."""
    return (len(expr.variables) == 1 and applied_once(expr.expr) and expr.expr.args[0] != expr.variables[0])


def named(expr) -> bool:
    """A loss or function named by a letter: L, ℓ(ŷ, y), or one of this project's functions (σ, ReLU)."""
    return isinstance(expr, (sp.Symbol, AppliedUndef)) or _own_function(expr)


def _own_function(expr) -> bool:
    """σ(a), ReLU(z): a function this project defines (derivations.activations), written f′(x) when
    differentiated, as a course writes it; SymPy's own (tanh) keep d/dx."""
    return isinstance(expr, sp.Function) and type(expr).__module__.startswith("derivations.")


def applied_once(expr) -> bool:
    return (isinstance(expr, AppliedUndef) or _own_function(expr)) and len(expr.args) == 1


def function_first(expr):
    """σ(s)·(1 − σ(s)) for (1 − σ(s))·σ(s): the function before the bracket that holds it, as written by hand."""
    if isinstance(expr, sp.Mul) and len(expr.args) == 2:
        first, second = expr.args
        if isinstance(first, sp.Add) and applied_once(second) and first.has(second):
            return second, first
    return None


def applied(function) -> sp.Basic | None:
    """f for the Lambda d ↦ f(d) (what applyfunc makes of a plain function), else None."""
    body, variables = function.expr, function.variables
    if len(variables) == 1 and isinstance(body, sp.Function) and body.args == variables:
        return body.func
    return None


def elementwise_quotient(expr):
    """(A, B) for A ∘ B^{∘(−1)}, else None."""
    inverse = [a for a in expr.args if isinstance(a, sp.HadamardPower) and a.exp == -1]
    rest = [a for a in expr.args if a not in inverse]
    if not inverse or not rest:
        return None
    num = sp.HadamardProduct(*rest) if len(rest) > 1 else rest[0]
    den = sp.HadamardProduct(*(a.base for a in inverse)) if len(inverse) > 1 else inverse[0].base
    return num, den


SUBSCRIPT = str.maketrans("0123456789,", "₀₁₂₃₄₅₆₇₈₉,")


def ones(shape, latex: bool) -> str:
    """𝟙 (a column of ones), 𝟙ᵀ (a row), 𝟙𝟙ᵀ (square, all ones) or 𝟙 with its size."""
    one, top = (r"\mathbb{1}", r"^{\top}") if latex else ("𝟙", "ᵀ")
    rows, cols = shape
    if cols == 1:
        return one
    if rows == 1:
        return one + top
    if rows == cols:
        return one + one + top
    return None


def positive_first(expr):
    """α − 1, not −1 + α; eˣ − e⁻ˣ, not −e⁻ˣ + eˣ: the sum from its first term that carries no minus sign,
    the leading negative terms moved to the end (SymPy's "none" order keeps its own canonical order)."""
    terms = list(expr.args)
    lead = next((i for i, t in enumerate(terms) if not t.could_extract_minus_sign()), 0)
    return type(expr)(*terms[lead:], *terms[:lead], evaluate=False) if lead else expr   # Add or MatAdd


def _minus_count(terms) -> int:
    return sum(t.could_extract_minus_sign() for t in terms)


def positive_on(domain) -> frozenset:
    """The sums a course writes as positive on a derivation's domain: 1 − θ and θ for θ ∈ (0, 1)."""
    out = []
    for symbol, (low, high) in domain.items():
        if low is not None and sp.S(low).is_finite:
            out.append(symbol - low)
        if high is not None and sp.S(high).is_finite:
            out.append(high - symbol)
    return frozenset(e for e in out if isinstance(e, sp.Add))


def even_power_flipped(expr, positive: frozenset):
    """(1 − θ)² for (θ − 1)² on θ ∈ (0, 1): an even power of a sum is written with the sign under which the
    sum is positive on the domain, as the course writes (1 − θ)^{β−1} beside it; else with fewer minus signs.
    None when SymPy's form already is that one."""
    base, exponent = expr.args
    if not (isinstance(base, sp.Add) and exponent.is_integer and exponent.is_even) or base in positive:
        return None
    negated = -base
    if negated in positive or _minus_count(negated.args) < _minus_count(base.args):
        return sp.Pow(negated, exponent, evaluate=False)
    return None
