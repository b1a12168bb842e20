"""The `%@` truth labels of the held-out files are comments: the checker must give the same verdicts with and
without them (session 13 found prose rules reading the gap between two regions with its comments in it: a label
`%@ def` looked like a word naming the next relation's left side)."""
import re
from pathlib import Path

import pytest

from verify.tex import check_text

HELDOUT = Path(__file__).parent / "corpus" / "heldout"
SAMPLE = ("hw_backprop_tanh.tex", "lecture_backprop_221.tex", "batch4/blackboard_conjugate_priors.tex",
          "batch9/todonotes_optimiser_carried_gradient.tex")
LABEL = re.compile(r"%@[^\n]*")


@pytest.mark.parametrize("name", SAMPLE)
def test_the_same_verdicts_without_the_labels(name):
    text = (HELDOUT / name).read_text()
    with_labels = [(s.line, s.column, s.verdict) for s in check_text(text).steps]
    without = [(s.line, s.column, s.verdict) for s in check_text(LABEL.sub("", text)).steps]
    assert with_labels == without
