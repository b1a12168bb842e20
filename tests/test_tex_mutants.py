"""The mutation fuzzer (tests/tex_mutants.py) and the holes it found: a wrong claimed side is
never `ok`. The whole corpus is fuzzed by `python tests/tex_mutants.py` (a few minutes); here a
sample, the fuzzer's own parts, and each hole as a regression."""
import random

import pytest

import tex_mutants as fuzz
from verify import pool
from verify.tex import OK, WRONG, check_text
from verify.tex import steps as tex_steps


def verdicts(text):
    return [s.verdict for s in check_text(text).steps]


# ---- the fuzzer's parts
def test_mutations_are_the_student_errors():
    kinds = {m.kind: m.rhs for m in fuzz.mutations("x^2 + \\frac{1}{2} - 0.25")}
    assert kinds["sign of a term"] == "x^2 - \\frac{1}{2} - 0.25"
    assert kinds["term dropped"] == "x^2 + \\frac{1}{2}"
    assert kinds["digit+3"] == "x^2 + \\frac{1}{2} - 0.28"
    assert kinds["fraction swapped"] == "x^2 + \\frac{2}{1} - 0.25"
    assert kinds["exponent off by one"] == "x^{3} + \\frac{1}{2} - 0.25"
    assert kinds["factor 2"] == "2(x^2 + \\frac{1}{2} - 0.25)"


def test_mutants_that_stay_true_are_excluded_without_the_checker():
    rng = random.Random(0)
    assert fuzz.excluded("sign flipped", "=", "0.5 - 0.5", "-(0.5 - 0.5)", rng)          # still 0
    assert fuzz.excluded("term dropped", "=", "0.7 - 0.1 \\times (-0.4012)", "0.7", rng)  # 0.74 to one place
    assert fuzz.excluded("factor 2", "propto", "\\theta^a", "2(\\theta^a)", rng)          # up to a factor
    assert not fuzz.excluded("digit+3", "approx", "0.8438", "0.8431", rng)
    assert not fuzz.excluded("sign of a term", "=", "x^2 + 1", "x^2 - 1", rng)


def test_the_fuzzer_catches_a_checker_that_says_ok_to_everything(monkeypatch, tmp_path):
    """Break the checker on purpose (every numeric step ok): the fuzzer reports the mutants as ok."""
    path = tmp_path / "probe.tex"
    path.write_text("$0.2 + 0.3 = 0.5$ %@ ok\n$2 \\times 0.25 = 0.5$ %@ ok\n")
    real = tex_steps._constant
    monkeypatch.setattr(tex_steps, "_constant",
                        lambda *a, **k: tex_steps.Outcome(OK, "broken on purpose"))
    with pool.local():
        tried, _ = fuzz.mutants_of(path)
    assert tried and all(t.verdict == OK for t in tried)
    monkeypatch.setattr(tex_steps, "_constant", real)
    with pool.local():
        tried, _ = fuzz.mutants_of(path)
    assert tried and not [t for t in tried if t.verdict == OK]


@pytest.mark.parametrize("name", ["numeric_styles.tex", "dev_probability.tex"])
def test_no_mutant_of_a_sample_is_called_ok(name):
    with pool.local():
        tried, _ = fuzz.mutants_of(fuzz.CORPUS / name, limit=60)
    assert len(tried) >= 40
    called_ok = [t for t in tried if t.verdict == OK]
    assert not called_ok, "\n".join(f"{t.line}: {t.original} -> {t.mutated}: {t.detail}" for t in called_ok)


# ---- the holes, each closed
def test_unwritten_intermediates_excuse_at_most_half_a_unit_in_all():
    # e^2 / (e^2 + e^0 + e^{-1}) = 0.843795…: five unwritten operations used to widen the left side by
    # 2.5 units of the last place, so 0.8436 (and with \approx 0.8435) passed.
    assert verdicts("$\\frac{e^2}{e^2 + e^0 + e^{-1}} = 0.8436$") == [WRONG]
    assert verdicts("$\\frac{e^2}{e^2 + e^0 + e^{-1}} \\approx 0.8435$") == [WRONG]
    assert verdicts("$\\frac{e^2}{e^2 + e^0 + e^{-1}} = 0.8438$") == [OK]
    assert verdicts("$\\frac{e^2}{e^2 + e^0 + e^{-1}} \\approx 0.8437$") == [OK]
    # a hand computation that rounded one intermediate (0.0997^2 → 0.0099) is still accepted
    assert verdicts("$-1.0515 \\times (1 - 0.0997^2) = -1.0411$") == [OK]


def test_a_function_value_written_by_numbers_gets_no_rounding_slack():
    # σ(0.5) = 0.622459…: the unwritten e^{-0.5} and what is built on it used to widen the left side by
    # half a unit, so the truncated 0.6224 passed; a calculator gives the value in one go
    assert verdicts("$\\sigma(0.5) = 0.6224$") == [WRONG]
    assert verdicts("$\\sigma(0.5) = 0.6225$") == [OK]
    assert verdicts("$\\tanh(0.3) = 0.2913$, $\\tanh(0.3) = 0.2914$") == [OK, WRONG]
