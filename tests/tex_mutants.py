"""Mutation fuzzer for the hand checker's soundness: every step of the labelled corpus that is
labelled `ok` gets its claimed (right) side changed the way students err, and the mutant must never
be called `ok`.

A mutant that happens to stay true is excluded by an independent check: the mutated right side is
compared with the original one by exact arithmetic (numbers) or at random points (SymPy, with the
names left free), never by asking the checker. A mutant whose right side reads the same as the
original is not a mutant.

Run it: `python tests/tex_mutants.py [FILE.tex ...]` prints the figures and every mutant called ok.
"""
from __future__ import annotations

import random
import re
import sys
from collections import Counter
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import sympy as sp

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from verify import pool                                     # noqa: E402
from verify.tex import OK, check_text                       # noqa: E402
from verify.tex.bindings import exact                       # noqa: E402
from verify.tex.build import ParseError                     # noqa: E402
from verify.tex.parse import parse                          # noqa: E402
from verify.tex.tokens import LatexError, tokenize          # noqa: E402

CORPUS = HERE / "corpus"
# The held-out sets are measurement material: never read here.
FILES = sorted(p for p in CORPUS.glob("*.tex"))

NUMBER = re.compile(r"(?<![_^{\w.\\])(\d+\.\d+|\d+)(?![\w])")


@dataclass(frozen=True)
class Mutant:
    kind: str
    rhs: str


def _top_level_terms(rhs: str) -> list[tuple[int, int]]:
    """(start, end) of the top-level `+ …` / `- …` terms after the first (depth 0 in {} () [])."""
    depth, cuts = 0, []
    i = 0
    while i < len(rhs):
        c = rhs[i]
        if c in "{([":
            depth += 1
        elif c in "})]":
            depth -= 1
        elif rhs.startswith("\\left", i) or rhs.startswith("\\right", i):
            pass
        elif c in "+-" and depth == 0 and i > 0 and rhs[:i].strip() and rhs[:i].rstrip()[-1] not in "^_{(=+-*/":
            if not rhs[:i].rstrip().endswith(("\\times", "\\cdot", "\\pm")):
                cuts.append(i)
        i += 1
    return [(a, b) for a, b in zip(cuts, cuts[1:] + [len(rhs)])]


def mutations(rhs: str) -> list[Mutant]:
    """The student errors applied to one right-hand side (each one textual change)."""
    out = []
    nums = list(NUMBER.finditer(rhs))
    if nums:
        m = nums[-1]
        digits = m.group(0)
        k = max(i for i, c in enumerate(digits) if c.isdigit())
        # last place off by 3 units: beyond any rounding reading (half a unit, one with \approx)
        for shift in (3, 7):
            new = digits[:k] + str((int(digits[k]) + shift) % 10) + digits[k + 1:]
            if new.strip("0.") and new != digits:
                out.append(Mutant(f"digit+{shift}", rhs[:m.start()] + new + rhs[m.end():]))
        if "." not in digits and digits not in ("0",):
            out.append(Mutant("integer+1", rhs[:m.start()] + str(int(digits) + 1) + rhs[m.end():]))
    terms = _top_level_terms(rhs)
    if terms:
        a, _ = terms[0]
        flipped = "-" if rhs[a] == "+" else "+"
        out.append(Mutant("sign of a term", rhs[:a] + flipped + rhs[a + 1:]))
        a, b = terms[-1]
        out.append(Mutant("term dropped", rhs[:a].rstrip()))
    stripped = rhs.strip()
    if stripped.startswith("-"):
        out.append(Mutant("sign flipped", stripped[1:].lstrip()))
    else:
        out.append(Mutant("sign flipped", "-(" + rhs + ")"))
    out.append(Mutant("factor 2", "2(" + rhs + ")"))
    out.append(Mutant("constant added", rhs + " + 1"))
    frac = re.search(r"\\frac\s*\{([^{}]*)\}\s*\{([^{}]*)\}", rhs)
    if frac and frac.group(1).strip() != frac.group(2).strip():
        out.append(Mutant("fraction swapped",
                          rhs[:frac.start()] + "\\frac{" + frac.group(2) + "}{" + frac.group(1) + "}" + rhs[frac.end():]))
    power = re.search(r"\^\s*(\d)|\^\{(\d+)\}", rhs)
    if power:
        n = int(power.group(1) or power.group(2))
        out.append(Mutant("exponent off by one", rhs[:power.start()] + "^{" + str(n + 1) + "}" + rhs[power.end():]))
    seen, unique = {rhs}, []
    for m in out:
        if m.rhs not in seen and m.rhs.strip():
            seen.add(m.rhs)
            unique.append(m)
    return unique


def _expr(text: str):
    try:
        return exact(parse(tokenize(text, 0)).expr)     # decimals at their written values
    except (ParseError, LatexError, ValueError, TypeError, AttributeError, RecursionError):
        return None


def stays_true(original: str, mutated: str, rng: random.Random) -> bool | None:
    """Independently of the checker: is the mutated side equal to the original one? True, False, or
    None (cannot tell). Names stay free (a mutant equal only through a binding is found by hand)."""
    a, b = _expr(original), _expr(mutated)
    if a is None or b is None or not isinstance(a, sp.Expr) or not isinstance(b, sp.Expr):
        return None
    diff = a - b
    free = sorted(diff.free_symbols, key=str)
    for _ in range(4):
        point = {s: sp.Rational(rng.randint(11, 97), rng.randint(7, 31)) for s in free}
        try:
            v = sp.N(diff.subs(point), 30)
            if not v.is_number:
                return None
            if v.is_real is False or abs(v) > sp.Float("1e-20"):
                return False
        except (TypeError, ValueError, ZeroDivisionError):   # sums over sequences, relational leftovers
            return None
    return True


def _decimal(text: str) -> Fraction | None:
    try:
        return Fraction(text.strip())
    except ValueError:
        return None


def _places(text: str) -> int:
    return len(text.strip().partition(".")[2])


def rounding_keeps_it_true(original: str, mutated: str, rel: str) -> bool:
    """A mutated side that is a plain decimal may still be a right rounding of the original's value
    (`0.7 - 0.1 × (-0.4012)` → `0.7` to one place): within half a unit of its places (one with
    \approx), plus the original's own rounding (half a unit of its last place)."""
    m = _decimal(mutated)
    value = _expr(original)
    if m is None or value is None or not isinstance(value, sp.Expr) or not value.is_number:
        return False
    v = sp.N(value, 30)
    if not v.is_real:
        return False
    unit = Fraction(1, 10 ** _places(mutated))
    allowed = unit if rel == "approx" else unit / 2
    allowed += Fraction(1, 2 * 10 ** max(_places(t) for t in re.findall(r"\d+\.\d+|\d+", original) or ["0"]))
    return abs(Fraction(str(v)) - m) <= allowed


def excluded(kind: str, rel: str, original: str, mutated: str, rng) -> bool:
    """Mutants that stay true by construction of the relation or by the numbers (not the checker)."""
    if rel == "propto" and kind in ("sign flipped", "factor 2"):
        return True                   # ∝ holds up to a constant factor
    if "const" in original and kind == "constant added":
        return True                   # `+ \text{const}` absorbs a constant
    return stays_true(original, mutated, rng) is True or rounding_keeps_it_true(original, mutated, rel)


@dataclass(frozen=True)
class Tried:
    file: str
    line: int
    column: int
    kind: str
    original: str
    mutated: str
    verdict: object
    detail: str


def mutants_of(path: Path, limit: int | None = None, seed: int = 0):
    """Every mutant of every `ok`-labelled step of one file, each checked in the file cut after its
    line (what follows cannot change its verdict)."""
    import test_tex_corpus as corpus
    text = path.read_text()
    rng = random.Random(seed)
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    tried, n_excluded = [], 0
    for label, step in corpus.paired(text, path.name):
        if label != "ok" or not step.rhs:
            continue
        at = starts[step.line - 1] + step.column - 1
        if text[at:at + len(step.rhs)] != step.rhs:
            continue
        end = text.find("\n", at)
        end = len(text) if end < 0 else end + 1
        for m in mutations(step.rhs):
            if excluded(m.kind, str(getattr(step.rel, "value", step.rel)), step.rhs, m.rhs, rng):
                n_excluded += 1
                continue
            mutated = text[:at] + m.rhs + text[at + len(step.rhs):end] + "\\end{document}\n" * ("\\begin{document}" in text)
            # close an open display: cut text may end inside align
            mutated = _close_environments(mutated)
            result = check_text(mutated, path.name)
            hit = [s for s in result.steps if s.line == step.line and s.column == step.column]
            verdict = hit[0].verdict if hit else "missing"
            tried.append(Tried(path.name, step.line, step.column, m.kind, step.rhs, m.rhs, verdict,
                               hit[0].detail if hit else ""))
            if limit and len(tried) >= limit:
                return tried, n_excluded
    return tried, n_excluded


def _close_environments(text: str) -> str:
    """The environments still open at the cut, closed in order (align, equation, …)."""
    stack = []
    for m in re.finditer(r"\\(begin|end)\{([^}]*)\}", text):
        if m.group(1) == "begin":
            stack.append(m.group(2))
        elif stack and stack[-1] == m.group(2):
            stack.pop()
    tail = "".join(f"\\end{{{env}}}\n" for env in reversed(stack) if env != "document")
    if tail and text.endswith("\\end{document}\n"):
        return text[:-len("\\end{document}\n")] + tail + "\\end{document}\n"
    return text + tail


def fuzz(files=FILES):
    tried, excluded = [], 0
    with pool.local():
        for path in files:
            t, e = mutants_of(Path(path))
            tried += t
            excluded += e
    return tried, excluded


def main(argv):
    files = [Path(a) for a in argv] or FILES
    tried, excluded = fuzz(files)
    verdicts = Counter(str(getattr(t.verdict, "value", t.verdict)) for t in tried)
    called_ok = [t for t in tried if t.verdict == OK]
    print(f"mutants tried {len(tried)}, excluded as still true {excluded}; verdicts {dict(verdicts)}")
    by_kind = Counter(t.kind for t in called_ok)
    print(f"mutants called ok: {len(called_ok)} {dict(by_kind)}")
    for t in called_ok:
        print(f"  {t.file}:{t.line}:{t.column} [{t.kind}] {t.original!r} -> {t.mutated!r}: {t.detail}")


if __name__ == "__main__":
    main(sys.argv[1:])
