"""Helpers for the labelling scripts beside each held-out .tex file.

Each script computes, in document order, the truth of every relation of its .tex file and
`Labels.done()` compares that with the file's `%@` labels (the script is the authority).
Rules (README.md): a decimal result with d places is right if a value computed from the
numbers as written, or from the exact earlier values, rounds to it (|diff| <= 0.5e-d;
`\\approx`: 1e-d). A substitution with rounded numbers is right if the written numbers are
roundings of the right quantities (checked by propagating half a unit of each). A step that
is wrong, but right on the writer's own earlier (wrong) value, is "carried".
"""
from __future__ import annotations

import random
import sys
from fractions import Fraction
from pathlib import Path

import sympy as sp

sys.path.insert(0, str(Path(__file__).resolve().parent))
from measure import label_problems, labels  # noqa: E402


def R(s: str) -> sp.Rational:
    """A written decimal, exactly."""
    return sp.Rational(str(Fraction(s)))


def places(s: str) -> int:
    s = s.lstrip("-")
    return len(s.split(".")[1]) if "." in s else 0


def rounds(written: str, *values, approx: bool = False) -> bool:
    """Does any of the values round to `written` (to its places)?"""
    tol = sp.Rational(1, 10 ** places(written)) * (1 if approx else sp.Rational(1, 2))
    return any(abs(sp.N(v, 40) - R(written)) <= tol * (1 + sp.Rational(1, 10 ** 9)) for v in values)


def substituted(true_value, f, *written: str) -> bool:
    """Is f(written numbers) consistent with true_value?

    A number written "~0.6803" is a rounding (to its places) of a value computed earlier;
    any other number is exact (given in the problem)."""
    xs = [R(w.lstrip("~")) for w in written]
    value = sp.N(f(*xs), 40)
    bound = 0
    for k, w in enumerate(written):
        if not w.startswith("~"):
            continue
        h = sp.Rational(1, 10 ** places(w.lstrip("~"))) / 2
        up = list(xs)
        up[k] += h
        bound += abs(sp.N(f(*up), 40) - value)
    return abs(value - sp.N(true_value, 40)) <= bound * sp.Rational(11, 10) + sp.Rational(1, 10 ** 12)


def same(a, b, symbols=None, positive=True, trials: int = 8) -> bool:
    """Identity of two expressions: equal to 30 digits at random rational points (positive
    unless told; simplify is too slow on unrolled networks, and a label needs no proof)."""
    diff = sp.sympify(a) - sp.sympify(b)
    syms = sorted(diff.free_symbols, key=str) if symbols is None else symbols
    rng = random.Random(1)
    done = 0
    for _ in range(10 * trials):
        point = {s: sp.Rational(rng.randint(11, 97), 37) for s in syms}
        if not positive:
            point = {s: v * rng.choice((-1, 1)) for s, v in point.items()}
        val = sp.N(diff.subs(point), 30)
        if val.has(sp.nan, sp.zoo, sp.oo, -sp.oo):
            continue                      # a pole of either side: another point
        if not val.is_number or abs(val) > 1e-20:
            return False
        done += 1
        if done == trials:
            return True
    raise ValueError("no point in the domain of both sides")


class Labels:
    def __init__(self, tex: str):
        self.tex = Path(__file__).resolve().parent / tex
        self.out: list[tuple[str, str]] = []

    def define(self, n: int = 1, note: str = "") -> None:
        self.out += [("def", note)] * n

    def step(self, right: bool, carried: bool = False, note: str = "") -> None:
        """right: true of the quantities meant; carried: right on the writer's earlier values."""
        self.out.append(("ok" if right else "carried" if carried else "wrong", note))

    def done(self) -> None:
        text = self.tex.read_text()
        want = labels(text)
        problems = label_problems(text)
        flat = [(n, lab) for n, labs in sorted(want.items()) for lab in labs]
        if len(flat) != len(self.out):
            problems.append(f"{len(flat)} labels in the file, {len(self.out)} computed")
        for (n, lab), (truth, note) in zip(flat, self.out):
            if lab != truth:
                problems.append(f"line {n}: labelled {lab}, computed {truth} {note}")
        c = {k: sum(1 for t, _ in self.out if t == k) for k in ("ok", "wrong", "carried", "def")}
        print(f"{self.tex.name}: {c}")
        if problems:
            print("\n".join(problems))
            raise SystemExit(1)
