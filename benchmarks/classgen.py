"""A generated class: one homework (three problems: numeric, algebra, calculus) written up by
many students, each with their own numbers, layout and mistakes.

Correct values are computed here in exact decimal arithmetic and rounded as a person
would; mistakes are the usual ones: a slipped digit, a lost minus sign, a forgotten factor
2 in a square, the old exponent kept in a derivative. Half the files mark problems with
`%! problem`, the other half with `\\section` headings. Deterministic for a seed.
"""
from __future__ import annotations

import random
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import mpmath

MISTAKE_RATE = 0.04


def _rounded(value, places: int = 4) -> str:
    return str(Decimal(mpmath.nstr(value, 30)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP))


def _slip(text: str, rng: random.Random) -> str:
    """A realistic numeric mistake in a written decimal: a digit off by one, or the sign lost."""
    if rng.random() < 0.3 and text.startswith("-"):
        return text[1:]
    digits = [i for i, ch in enumerate(text) if ch.isdigit()]
    i = rng.choice(digits[-3:])
    new = str((int(text[i]) + rng.choice((1, 9))) % 10)
    out = text[:i] + new + text[i + 1:]
    return out if Decimal(out) != Decimal(text) else text[:i] + str((int(text[i]) + 2) % 10) + text[i + 1:]


def _numeric(k: int, rng: random.Random, wrong: bool) -> tuple[str, int]:
    a, b, c = (round(rng.uniform(-2, 2), 2) for _ in range(3))
    kind = k % 4
    if kind == 0:
        mid = _rounded(mpmath.mpf(str(a)) * mpmath.mpf(str(b)))
        result = _rounded(mpmath.mpf(str(a)) * mpmath.mpf(str(b)) + mpmath.mpf(str(c)))
        result = _slip(result, rng) if wrong else result
        plus = f"+ {c}" if c >= 0 else f"- {-c}"
        return f"z_{{{k}}} &= {a} \\times ({b}) {plus} = {mid} {plus} = {result} \\\\", 3
    if kind == 1:
        s = _rounded(1 / (1 + mpmath.exp(-mpmath.mpf(str(a)))))
        s = _slip(s, rng) if wrong else s
        return f"h_{{{k}}} &= \\sigma({a}) = \\frac{{1}}{{1 + e^{{{-a}}}}} = {s} \\\\", 3
    if kind == 2:
        e = _rounded(mpmath.exp(mpmath.mpf(str(b))), 3)
        e = _slip(e, rng) if wrong else e
        return f"e^{{{b}}} &\\approx {e} \\\\", 1
    p, q = round(abs(a) + 1, 2), round(abs(b) + 1, 2)
    frac = _rounded(mpmath.mpf(str(p)) / mpmath.mpf(str(q)))
    frac = _slip(frac, rng) if wrong else frac
    return f"\\frac{{{p}}}{{{q}}} &= {frac} \\\\", 1


def _algebra(k: int, rng: random.Random, wrong: bool) -> tuple[str, int]:
    n = rng.randint(2, 9)
    kind = k % 3
    if kind == 0:
        middle = n if wrong else 2 * n                   # the forgotten factor 2
        return f"\\[ (a + {n})^2 = a^2 + {middle}a + {n * n} \\]", 1
    if kind == 1:
        last = n * n + (1 if wrong else 0)
        return f"\\[ (x - {n})(x + {n}) = x^2 - {last} \\]", 1
    power = n if wrong else n - 1                        # the old exponent kept
    return f"\\[ \\frac{{d}}{{dx}} x^{{{n}}} = {n} x^{{{power}}} \\]", 1


def student_file(student: int, steps: int = 200, seed: int = 0, mistake_rate: float = MISTAKE_RATE) -> str:
    """One submission with about `steps` steps over three problems."""
    rng = random.Random(f"{seed}-{student}")
    directive = student % 2 == 0
    parts = ["\\documentclass{article}", "\\usepackage{amsmath}", "\\begin{document}",
             f"Homework 3, student {student}."]
    plan = [("1", "Forward pass by hand", _numeric, 0.55), ("2a", "Algebra", _algebra, 0.2),
            ("2b", "More numbers", _numeric, 0.25)]
    k = 0
    for label, title, make, share in plan:
        parts.append(f"%! problem {label}" if directive else f"\\section{{Problem {label}: {title}}}")
        budget, chunk = round(steps * share), []
        while budget > 0:
            line, n = make(k, rng, rng.random() < mistake_rate * n_claims(make))
            chunk.append(line)
            budget -= n
            k += 1
        if make is _numeric:
            parts += ["\\begin{align*}"] + chunk + ["\\end{align*}"]
        else:
            parts += chunk
    parts.append("\\end{document}")
    return "\n".join(parts) + "\n"


def n_claims(make) -> int:
    return 2 if make is _numeric else 1


def write_class(folder: Path, files: int = 30, steps: int = 200, seed: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(files):
        path = folder / f"student_{i:03d}.tex"
        path.write_text(student_file(i, steps, seed), encoding="utf-8")
        paths.append(path)
    return paths


def main(argv=None) -> int:
    """`python -m benchmarks.classgen OUT [--files N] [--steps N]`: the class on disk, to time the
    whole command (`/usr/bin/time -v python -m verify OUT --summary class.csv -j 2`)."""
    import argparse
    p = argparse.ArgumentParser(prog="python -m benchmarks.classgen", description=main.__doc__.split(":")[0])
    p.add_argument("out", type=Path)
    p.add_argument("--files", type=int, default=300)
    p.add_argument("--steps", type=int, default=200)
    p.add_argument("--seed", type=int, default=0)
    args = p.parse_args(argv)
    paths = write_class(args.out, args.files, args.steps, args.seed)
    print(f"{len(paths)} files x {args.steps} steps in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
