"""Detection and false-alarm rates of the hand-derivation checker on the labelled corpus.

Each corpus line carries `%@ label …`: the expected verdict of every step whose
right-hand side is on that line (ok | wrong | def | unv); a step right only with a value an
earlier wrong step produced is labelled wrong (the checker's `carried` flags it). Mutants change one
correct step's right-hand side so that it becomes wrong; they must be caught.
Run this file directly to print the rates: `python tests/test_tex_corpus.py`.
"""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from verify.tex import CARRIED, GIVEN, OK, UNVERIFIED, WRONG, check_text

CORPUS = Path(__file__).parent / "corpus"
FILES = sorted(CORPUS.glob("*.tex"))
EXPECTED = {"ok": OK, "wrong": WRONG, "def": GIVEN, "unv": UNVERIFIED}
# Thresholds the suite holds the checker to.
MIN_DETECTION = 0.95        # labelled wrong steps reported wrong
MAX_FALSE_ALARM = 0.0       # labelled correct steps reported wrong
MIN_MUTANT_DETECTION = 0.90
# No mutant may be called ok (0.027 is exact since short decimals inside a right side are read as
# written; the wider fuzz is tests/tex_mutants.py).
MAX_MUTANTS_CALLED_OK = 0.0
MAX_MUTANTS_PER_FILE = 8


def labels(text: str) -> dict[int, list[str]]:
    out = {}
    for n, line in enumerate(text.splitlines(), 1):
        m = re.search(r"%@((?:\s+(?:ok|wrong|def|unv))+)\s*$", line)
        if m:
            out[n] = m.group(1).split()
    return out


def paired(text: str, name: str):
    """(label, StepResult) for every step; raises if the checker saw other steps than labelled."""
    result = check_text(text, name)
    by_line: dict[int, list] = {}
    for s in result.steps:
        by_line.setdefault(s.line, []).append(s)
    want = labels(text)
    assert sorted(by_line) == sorted(want), f"{name}: steps on lines {sorted(by_line)}, labels on {sorted(want)}"
    pairs = []
    for line, steps in by_line.items():
        assert len(steps) == len(want[line]), f"{name}:{line}: {len(steps)} steps, labels {want[line]}"
        pairs += list(zip(want[line], steps))
    return pairs


def _mutate_rhs(rhs: str) -> str | None:
    """A change that makes a correct right-hand side wrong (value-changing by construction)."""
    nums = list(re.finditer(r"(?<![_^{\w.])(\d+\.\d+|\d+)", rhs))   # values, not indices like h_1
    if nums:
        m = nums[-1]
        digits = m.group(0)
        k = max(i for i, c in enumerate(digits) if c.isdigit())
        bumped = digits[:k] + str((int(digits[k]) + 3) % 10) + digits[k + 1:]
        if bumped.strip("0.") == "":
            return None
        return rhs[:m.start()] + bumped + rhs[m.end():]
    for a, b in ((" + ", " - "), (" - ", " + ")):
        if a in rhs:
            return rhs.replace(a, b, 1)
    return None


def mutants(text: str, name: str):
    """(mutated text, line, column) for correct steps whose right side is a number or a sum."""
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    made = 0
    for label, step in paired(text, name):
        if label != "ok" or made >= MAX_MUTANTS_PER_FILE or not step.rhs:
            continue
        at = starts[step.line - 1] + step.column - 1
        if text[at:at + len(step.rhs)] != step.rhs:
            continue
        new = _mutate_rhs(step.rhs)
        if new is None or new == step.rhs:
            continue
        made += 1
        yield text[:at] + new + text[at + len(step.rhs):], step.line, step.column


def rates() -> dict:
    counts = Counter()
    for path in FILES:
        for label, step in paired(path.read_text(), path.name):
            counts[(label, step.verdict)] += 1
    mutant = Counter()
    for path in FILES:
        text = path.read_text()
        for mutated, line, col in mutants(text, path.name):
            result = check_text(mutated, path.name)
            hit = [s for s in result.steps if s.line == line and s.column == col]
            mutant[hit[0].verdict if hit else "missing"] += 1
    wrong = sum(v for (lab, _), v in counts.items() if lab == "wrong")
    correct = sum(v for (lab, _), v in counts.items() if lab == "ok")
    n_mut = sum(mutant.values())
    return {
        "wrong_steps": wrong, "correct_steps": correct, "mutants": n_mut,
        "detection": (counts[("wrong", WRONG)] + counts[("wrong", CARRIED)]) / wrong,
        "false_alarm": (counts[("ok", WRONG)] + counts[("ok", CARRIED)]) / correct,
        "ok_coverage": counts[("ok", OK)] / correct,
        "wrong_called_ok": counts[("wrong", OK)],
        "mutant_detection": mutant[WRONG] / n_mut,
        "mutant_called_ok": mutant[OK],
        "confusion": {f"{a}->{b}": v for (a, b), v in sorted(counts.items())},
        "mutant_verdicts": dict(mutant),
    }


@pytest.fixture(scope="module")
def corpus_rates():
    return rates()


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_every_labelled_verdict(path):
    for label, step in paired(path.read_text(), path.name):
        if label in ("def", "unv"):
            continue
        assert step.verdict != OK or label == "ok", f"{path.name}:{step.line} wrong step called ok: {step.text}"
        assert step.verdict not in (WRONG, CARRIED) or label == "wrong", \
            f"{path.name}:{step.line} false alarm: {step.text} — {step.detail}"


def test_rates_meet_thresholds(corpus_rates, capsys):
    r = corpus_rates
    with capsys.disabled():
        print(f"\nhand-derivation corpus: {r['wrong_steps']} wrong, {r['correct_steps']} correct steps, "
              f"{r['mutants']} mutants; detection {r['detection']:.1%}, false alarms {r['false_alarm']:.1%}, "
              f"correct steps confirmed {r['ok_coverage']:.1%}, mutants caught {r['mutant_detection']:.1%}")
    assert r["wrong_called_ok"] == 0
    assert r["mutant_called_ok"] <= MAX_MUTANTS_CALLED_OK * r["mutants"]
    assert r["detection"] >= MIN_DETECTION
    assert r["false_alarm"] <= MAX_FALSE_ALARM
    assert r["mutant_detection"] >= MIN_MUTANT_DETECTION


if __name__ == "__main__":
    import json
    print(json.dumps(rates(), indent=2))
