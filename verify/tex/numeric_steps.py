"""A numeric step: the numbers as written, or the exact values the file computed earlier, within
the written places of the result (never each decimal standing for anything that rounds to it)."""
from __future__ import annotations

import dataclasses
import itertools
from fractions import Fraction

import mpmath
import sympy as sp

from verify.prove import FAILED, PROVED, VERIFIED, prove_equal
from verify.tex.bindings import Scope, exact, literals
from verify.tex.build import literal_value
from verify.tex.numeric import rounded_by_hand, Unsupported, compare, enclosure, places, unwritten_steps
from verify.tex.outcome import PROVE_SETTINGS, Outcome
from verify.tex.results import OK, UNVERIFIED, WRONG

# A derivative computed from the definitions is held to the written places like any result: the
# exact values of the carried numbers (and the chain's value) already account for the rounding.
DERIVED_WIDTH = Fraction(1, 2)


# A new decimal inside a right side is a rounded intermediate from this many significant digits on;
# shorter ones (0.25, 0.027 = 0.3^3) are read as exact: read as rounded, 0.027 stands for anything in
# [0.0265, 0.0275] and a slip in the factor beside it passes.
ROUNDED_DIGITS = 3


def _widths(scope: Scope, lhs_texts: set, result: str | None, loose: bool, derived: bool, written: bool = False,
            rhs_texts: frozenset = frozenset()):
    """Widths, in units of the last written digit, of each decimal on the right side.

    Rounded: results carried from earlier steps, the step's own result (a lone decimal
    on the right), and new decimals on the right with three or more significant digits
    (intermediate results); a short new decimal such as 0.1 is an input, exact.
    `\approx` accepts rounding or truncation (2.71 for e), not rounding the wrong way,
    and treats every new decimal as rounded.
    The left side's decimals stand for exactly what is written, or for the exact values
    the file computed earlier (see `_constant`), never for anything that rounds to them.
    """
    rounded = DERIVED_WIDTH if derived else (Fraction(1, 2), Fraction(1)) if loose else Fraction(1, 2)
    # `= -0.0092 - 0.0239`: a short decimal written to the places of a rounded one beside it is rounded too
    rounded_places = {places(t) for t in rhs_texts - lhs_texts if significant_digits(t) >= ROUNDED_DIGITS}

    def rhs_width(text):
        if loose and text == result:        # `… \approx 0.1` with 0.1 also on the left: the result is a rounding
            return rounded
        if written and text in lhs_texts:   # written on both sides, it is one number: as the left side reads it
            return Fraction(0)
        if text in scope.rounded:
            return rounded
        if text in lhs_texts:
            return Fraction(0)
        if (longer := _written_longer(text, scope.rounded | set(scope.literal_origins))) is not None:
            # `0.42\,𝐰` after `1 - h^2 ≈ 0.4200`: that result with its zeros dropped, rounded where it was
            scale = 10 ** (places(longer) - places(text))
            return tuple(r / scale for r in rounded) if isinstance(rounded, tuple) else rounded / scale
        # a short decimal inside an expression is an input even after `\approx` (0.1 + 0.01/2 for
        # ln 1.1 must not stand for [0.05, 0.2]); only the lone result may be a rounding or truncation
        return rounded if text == result or significant_digits(text) >= ROUNDED_DIGITS or \
            places(text) >= 2 and places(text) in rounded_places or _zeros_led(text) else Fraction(0)
    return rhs_width


def _written_longer(text: str, rounded: set) -> str | None:
    """The rounded result `0.4200` that `0.42` is, written with its trailing zeros dropped (else None)."""
    if "." not in text or text.endswith("0"):
        return None
    return next((t for t in rounded if t.startswith(text) and len(t) > len(text) and set(t[len(text):]) == {"0"}),
                None)


def _zeros_led(text: str) -> bool:
    """`-1.2 - 0.0051` for w - ηg: two digits after zeros to the fourth place are a product worked out and
    rounded there (an input so written, a rate 0.0001, has one digit)"""
    return places(text) >= 4 and significant_digits(text) >= 2


def significant_digits(text: str) -> int:
    return len(text.replace(".", "").lstrip("0"))


def _lone_literal(expr) -> str | None:
    """The text of a right side that is just a decimal (or minus one)."""
    if expr.is_Mul and len(expr.args) == 2 and expr.args[0] == -1:
        expr = expr.args[1]
    return expr.name if isinstance(expr, sp.Dummy) and literal_value(expr) is not None else None


def _as_written(text):
    return Fraction(0)


def _exact_reading(left, scope: Scope, only=None):
    """The left side with each decimal computed earlier in the file at its exact value (or None); with
    `only`, just the decimals whose texts are in it."""
    subs = {d: scope.exact_values[d.name] for d in left.atoms(sp.Dummy) if d.name in scope.exact_values
            and (only is None or d.name in only)}
    return left.xreplace(subs) if subs else None


def _value(expr):
    """The exact value of a constant expression (a rational one exactly, else to 40 digits, as a
    Rational), or None. (35/12 must stay 35/12: `2.9167 = \\frac{35}{12}` compares the two.)"""
    try:
        rational = exact(expr)
        if isinstance(rational, sp.Rational):
            return rational
    except (TypeError, ValueError, ZeroDivisionError):
        pass
    try:
        lo, hi = enclosure(expr, _as_written)
    except (Unsupported, ZeroDivisionError, ValueError, TypeError):
        return None
    f = Fraction(mpmath.nstr((lo + hi) / 2, 40, strip_zeros=False))
    return sp.Rational(f.numerator, f.denominator)


# Unwritten intermediate results a hand computation may have rounded: at most this many half units
# of the result's last place in all (one per operation let a slip of several units pass).
MAX_UNWRITTEN_HALF_UNITS = 1


def _constant(left, right, rel, scope: Scope, derived: bool = False, written: bool = True) -> Outcome:
    """A numeric step holds with the numbers as written, or with the exact values of numbers the
    file computed earlier (`written`: the left side is numbers, not names resolved), or (for a rounded rewrite inside a chain) when the chain's exact value
    lies in both sides -- always within the written places of the result, never by letting each
    decimal on the left stand for anything that rounds to it."""
    if any(isinstance(e, sp.Basic) and e.has(sp.zoo, sp.nan) for e in (left, right)):
        return Outcome(UNVERIFIED, "a side divides by zero: it has no value")
    lt, rt = literals(left), literals(right)
    if not lt and not rt and rel == "=":
        v = prove_equal(left, right, settings=PROVE_SETTINGS)
        if v.status in (PROVED, VERIFIED):
            return Outcome(OK, f"{v.status} ({v.method})")
        if v.status == FAILED:
            return Outcome(WRONG, f"left side = {sp.N(left, 10)}, right side = {sp.N(right, 10)}")
        return Outcome(UNVERIFIED, v.reason or "undecided")
    if rel == "approx" and right == 0 and (written_left := _lone_literal(left)) is not None and "." in written_left:
        # `0.2312 - 0.3715 + 0.1402 = -0.0001 \approx 0`: a residue of roundings, within one unit of its place
        within = Fraction(written_left) <= Fraction(1, 10 ** places(written_left))
        return Outcome(OK if within else WRONG, f"{written_left} is {'within' if within else 'more than'} one unit "
                                                f"of its last written place from 0")
    tol = scope.tol
    if rel == "approx" and not rt:
        tol = max(tol, 1e-3)
    result = _lone_literal(right)
    rw = _widths(scope, lt, result, rel == "approx", derived, written, frozenset(rt))
    chain = scope.chain_value
    try:
        out = compare(left, right, _as_written, rw, tol)
        try:
            exact_left = _exact_reading(left, scope) if not out.holds or chain is None else None
            if not out.holds and exact_left is not None:
                out = compare(exact_left, right, _as_written, rw, tol)
                shared = _exact_reading(right, scope, lt) if written and not out.holds else None
                if shared is not None:      # a number written on both sides at its exact value on both
                    out = compare(exact_left, shared, _as_written, rw, tol)
        except OverflowError:       # exact values too large for SymPy's perfect-power test under a root
            exact_left = None       # (the decimals as written still decide)
        # Each operation whose result is not written may move the result by half a unit of its places.
        steps = min(MAX_UNWRITTEN_HALF_UNITS, unwritten_steps(left, places(result), functions=not written)) \
            if result is not None and "." in result and not out.holds and not scope.no_rounding_slack else 0
        slack = Fraction(steps, 2 * 10 ** places(result)) if steps else Fraction(0)
        # worked by hand, its unwritten intermediate results rounded to the result's places: those values,
        # not a blanket half unit (-0.6 - 0.1(-0.4982) is -0.5502 either way, never -0.5501)
        by_hand = [v for v in (rounded_by_hand(r, places(result)) for r in (left, exact_left) if r is not None)
                   if v is not None] if slack else []
        for value in by_hand:
            if not out.holds:
                hand = compare(sp.Rational(value.numerator, value.denominator), right, _as_written, rw, tol)
                out = dataclasses.replace(hand, detail=f"{hand.detail} (worked by hand, intermediate results "
                                                       f"rounded to {places(result)} places)") if hand.holds else out
        for reading in (left, exact_left) if slack and not by_hand else ():
            if reading is not None and not out.holds:
                out = compare(reading, right, _as_written, rw, tol, slack=slack)
        if not out.holds and chain is not None:
            carried = compare(chain, left, _as_written, _carried_widths(scope))
            if carried.holds and compare(chain, right, _as_written, rw, tol).holds:
                out = dataclasses.replace(out, holds=True, detail=out.detail.replace(
                    " (they differ by more than the written precision allows)", "") +
                    f"; the chain's exact value {sp.N(chain, 8)} lies in both")
        if not out.holds and rel == "approx" and right == 0 and lt:
            # `0.7303 × 0.0487 + 1.4606 × 0.0973 - … \approx 0`: zero up to the rounding of the decimals in it
            lo, hi = enclosure(left, lambda t: Fraction(1, 2) if t in scope.rounded or
                               significant_digits(t) >= ROUNDED_DIGITS else Fraction(0))
            if lo <= 0 <= hi:
                return Outcome(OK, f"{out.detail.split(' (they differ')[0]}; 0 lies within the rounding of its "
                                   "decimals")
        if not out.holds and rel == "approx" and result is None and rt:
            return _approximation(left, right, rt, rw, tol)
        if not out.holds:
            fractions = _as_fractions(left, scope)
            if fractions and compare(left.xreplace(fractions), right, _as_written, rw, tol).holds:
                shown = ", ".join(f"{d.name} for {f}" for d, f in sorted(fractions.items(), key=lambda p: p[0].name))
                return Outcome(UNVERIFIED, f"{out.detail}; it holds with {shown} (each the rounding of that fraction, "
                                           "which the file may have computed with): which is meant is not written")
    except (Unsupported, ZeroDivisionError, ValueError, TypeError) as exc:
        return Outcome(UNVERIFIED, f"cannot evaluate numerically: {exc}")
    if out.holds and rel == "=" and (slipped := _a_term_slipped(left, right, scope, rw, tol)):
        return Outcome(WRONG, f"{out.detail}, but term by term {slipped}")
    # Nothing was rounded only if the written left side is also the exact value.
    exact = out.exact and exact_left is None and (chain is None or _value(left) == chain)
    # what the next steps may take as rounded results: the step's own result and long decimals (as in _widths:
    # a short one inside the right side, `0.5(0.5)`, is an input, and exact in later steps too)
    new = frozenset() if exact else frozenset(t for t in rt - lt if t == result or
                                              significant_digits(t) >= ROUNDED_DIGITS)
    value = chain if chain is not None else _value(exact_left if exact_left is not None else left)
    exact_values = ()
    if out.holds and result is not None and result in new and value is not None:
        exact_values = ((result, -value if right.is_Mul else value),)
    elif out.holds and result is None and new:
        exact_values = _rewritten_part(left, right, sorted(new), scope)
    return Outcome(OK if out.holds else WRONG, out.detail, rounded=new, exact_values=exact_values, value=value)


def _rewritten_part(left, right, texts, scope: Scope) -> tuple:
    r"""`(0.5 - 0.7303 × 0.5934)/1.3693 = 0.0666/1.3693`: each new decimal stands where the left side has a part worked
    out (everything else the same), so its exact value is that part's -- ((text, value), …), or () when the sides
    differ elsewhere. (The next link, `0.0666/1.3693 = 0.0487`, may then use it, as a lone result's.) Up to
    MAX_REWRITTEN decimals at once, a sign outside one allowed (`0.6\ln 1.2 + 0.4\ln 0.8 = 0.6(0.1823) + 0.4(-0.2231)`)."""
    decimals = {d.name: d for d in right.atoms(sp.Dummy)}
    if not 1 <= len(texts) <= MAX_REWRITTEN or any(t not in decimals for t in texts) or len(right.args) > 8:
        return ()

    def by_text(e):         # each side has its own Dummy for a decimal written on both: compare by the text
        return e.xreplace({d: sp.Symbol(f"#{d.name}") for d in e.atoms(sp.Dummy)})
    target = by_text(left)
    parts = []
    for node in sp.preorder_traversal(left):
        if isinstance(node, sp.Expr) and not node.is_Atom:
            parts.append(node)
            if (node.is_Add or node.is_Mul) and 2 < len(node.args) <= 6:   # 0.3651 × 0.5934 inside a longer product
                parts += [node.func(*c) for k in range(2, len(node.args)) for c in itertools.combinations(node.args, k)]
    if len(texts) > 1:
        parts += [-p for p in parts]
    fits = []
    for text in texts:
        found = []
        for part in parts:
            exact_part = _exact_reading(part, scope)
            value = _value(exact_part if exact_part is not None else part)
            # the decimal must be that part's rounding: `½(0.1405 - 1)^2 = ½(-0.8595)^2` matches 0.8595 with
            # 0.1405 - 1 too (a square hides the sign), which is not what 0.8595 stands for
            if value is not None and value.is_Rational and \
                    abs(Fraction(int(value.p), int(value.q)) - Fraction(text)) <= Fraction(1, 10 ** places(text)):
                found.append((part, value))
        if not found:
            return ()
        fits.append(found)
    for combo in itertools.islice(itertools.product(*fits), MAX_PAIRINGS):
        if by_text(right.xreplace({decimals[t]: part for t, (part, _) in zip(texts, combo)})) == target:
            return tuple((t, value) for t, (_, value) in zip(texts, combo))
    return ()


# New decimals of a rewritten side matched to the parts they stand for at once, and the pairings tried
MAX_REWRITTEN, MAX_PAIRINGS = 3, 200


# A sum written out term by term with this many terms at most: each term on the right is a claim of its own
MAX_TERMS = 5


def _a_term_slipped(left, right, scope: Scope, rw, tol) -> str:
    r"""`\ln 0.55 + \ln 0.6964 + \ln 0.2692 = -0.5978 - 0.3619 - 1.3123`: the sum holds within the rounding of
    its three terms, yet -0.3619 is not ln 0.6964 (-0.36183) to its places. With as many rounded decimals on the
    right as terms on the left, each right term is the rounding of one left term (in some order): when no order
    fits every term (as written, with the file's exact values, worked by hand), the first that does not is a slip
    (`δ_1 + δ_2 = -0.0167 + 0.0159` with δ_1, δ_2 at what they should be: the sum agrees, the terms do not).
    '' when the terms fit, or the sides are not such sums."""
    if not (left.is_Add and right.is_Add and 2 <= len(right.args) == len(left.args) <= MAX_TERMS) or \
            scope.written_terms not in (None, len(left.args)):
        return ""       # (the left side's terms are not the ones written: ∂L/∂x_1 worked out as 2.37 + 1.5 b_2)
    written = [_lone_literal(t) for t in right.args]
    if None in written or not all("." in t and rw(t) for t in written):
        return ""
    readings = []
    for term in left.args:
        values = {_value(term)}
        if (exact_term := _exact_reading(term, scope)) is not None:
            values.add(_value(exact_term))
        values |= {sp.Rational(v.numerator, v.denominator) for v in
                   (rounded_by_hand(term, max(map(places, written))),) if v is not None}
        if None in values:
            return ""
        readings.append((term, values))

    def fits(values, k) -> bool:
        target = Fraction(written[k]) * (-1 if right.args[k].is_Mul else 1)
        width = rw(written[k]) / 10 ** places(written[k]) + abs(target) * Fraction(tol)
        return any(abs(Fraction(int(v.p), int(v.q)) - target) <= width for v in values)

    best = None
    for order in itertools.permutations(range(len(written))):
        misses = [i for i, k in enumerate(order) if not fits(readings[i][1], k)]
        if not misses:
            return ""
        if best is None or len(misses) < best[2]:
            best = (misses[0], order[misses[0]], len(misses))
    term, values = readings[best[0]]
    shown = right.args[best[1]]
    return f"{sp.sstr(term)} = {sp.N(min(values, key=abs), 8)}, written {'-' if shown.is_Mul else ''}{written[best[1]]}"


# An approximation by an expression (a truncated series) off by more than this is wrong whatever
# order was meant; closer, it may be the writer's intended order: not decided.
APPROXIMATION_SPREAD = Fraction(1, 10)


def _approximation(left, right, rt, rw, tol) -> Outcome:
    """`x \approx` an expression of decimals: ok within half a unit of its finest written place;
    otherwise unverified (how good an approximation was claimed is not written) unless far off."""
    finest = max(places(t) for t in rt)
    lo, hi = enclosure(right, _as_written)                    # 1 + 0.1 - 0.2²/2 = 1.08 claims two places
    if hi - lo <= abs(lo) * mpmath.mpf(10) ** -25:           # the binary enclosure of exact decimals
        written = mpmath.nstr((lo + hi) / 2, 15, strip_zeros=True)
        if "e" not in written and "." in written and places(written) <= 12:
            finest = max(finest, places(written))
    slack = Fraction(1, 2 * 10 ** finest)
    digits = max(significant_digits(t) for t in rt)
    size = abs((lo + hi) / 2)
    if size and mpmath.isfinite(size):  # `2.061 \times 10^{-8}`: half a unit of the mantissa's last digit, scaled
        last = mpmath.floor(mpmath.log10(size)) - digits + 1
        slack = min(slack, Fraction(1, 2) * Fraction(10) ** int(last))
    out = compare(left, right, _as_written, rw, tol, slack=slack)
    if out.holds:
        return Outcome(OK, out.detail + f" (within half a unit of its last written digit)")
    a, b = enclosure(left, _as_written), enclosure(right, rw)
    mid_a, mid_b = (a[0] + a[1]) / 2, (b[0] + b[1]) / 2
    if abs(mid_a - mid_b) <= abs(mid_a) * mpmath.mpf(APPROXIMATION_SPREAD.numerator) / APPROXIMATION_SPREAD.denominator:
        return Outcome(UNVERIFIED, out.detail.replace(" (they differ by more than the written precision allows)", "")
                       + ": an approximation whose accuracy is not written (a truncated series?), not decided")
    return Outcome(WRONG, out.detail)


# A rounded decimal whose exact value the file does not give may be a simple fraction the writer kept
# (0.4444 for 4/9, 0.9524 for 20/21): denominators up to this, decimals of this many significant digits on.
FRACTION_DENOMINATOR, FRACTION_DIGITS = 30, 4


def _as_fractions(left, scope: Scope) -> dict:
    """{decimal: the simple fraction it is the rounding of} for the left side's long decimals with no
    exact value known; {} unless every such decimal has exactly one."""
    out = {}
    for d in left.atoms(sp.Dummy):
        value = literal_value(d)
        if value is None or d.name in scope.exact_values or significant_digits(d.name) < FRACTION_DIGITS:
            continue
        half = Fraction(1, 2 * 10 ** places(d.name))
        target = Fraction(d.name)
        found = {Fraction(round(target * q), q) for q in range(2, FRACTION_DENOMINATOR + 1)}
        found = {f for f in found if abs(f - target) < half and f.denominator > 1 and f != target}
        if len(found) != 1:
            return {}
        f = found.pop()
        out[d] = sp.Rational(f.numerator, f.denominator)
    return out


def _carried_widths(scope: Scope):
    """Against the chain's exact value, the left side's rounded results (earlier ones, and long decimals the
    previous side was just rewritten into: `(1 - K_1)\\Pi_1 = 0.3484 \\times 3.74 = 1.3031`) stand for their half
    unit."""
    def width(text):
        return Fraction(1, 2) if text in scope.rounded or significant_digits(text) >= ROUNDED_DIGITS else Fraction(0)
    return width
