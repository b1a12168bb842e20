"""Checking in batches (verify.tex.dispatch): the file's state travels between batches as bytes, so
a file checked one step per batch must give exactly what one batch for the whole file gives."""
from pathlib import Path

import pytest

from verify.tex import OK, WRONG, check_text
from verify.tex import dispatch
from verify.tex.dispatch import check_texts

CORPUS = sorted((Path(__file__).parent / "corpus").glob("*.tex"))
EXAMPLES = sorted((Path(__file__).parent.parent / "examples").glob("*.tex"))


def _seen(result):
    return [(s.line, s.column, s.index, s.chain, s.lhs, s.rhs, s.rel, s.verdict, s.detail, s.text)
            for s in result.steps]


@pytest.mark.parametrize("path", CORPUS[:4] + EXAMPLES[:1], ids=lambda p: p.name)
def test_batch_size_does_not_change_any_result(path, monkeypatch):
    text = path.read_text()
    monkeypatch.setattr(dispatch, "BATCH_STEPS", 10 ** 6)
    whole = _seen(check_text(text, path.name))
    monkeypatch.setattr(dispatch, "BATCH_STEPS", 1)
    assert _seen(check_text(text, path.name)) == whole


def test_an_equation_run_settled_across_a_batch_boundary(monkeypatch):
    # The first row is provisional until the next row shows it was an equation; here they are in two batches.
    text = ("%! assume 0 < \\theta < 1\n\\begin{align}\n\\theta(N-y) &= (1-\\theta)y \\\\\n"
            "\\theta N - \\theta y &= y - \\theta y \\\\\n\\theta &= \\frac{y}{N}\n\\end{align}\n")
    monkeypatch.setattr(dispatch, "BATCH_STEPS", 10 ** 6)
    whole = [s.verdict for s in check_text(text).steps]
    monkeypatch.setattr(dispatch, "BATCH_STEPS", 1)
    assert [s.verdict for s in check_text(text).steps] == whole == ["given", OK, OK]


def test_line_numbers_and_indexes_across_batches():
    text = "\n\n".join(f"${k} + 1 = {k + 1}$" for k in range(150)) + "\n\n$1 + 1 = 3$\n"
    steps = check_text(text).steps
    assert [s.index for s in steps] == list(range(151))
    assert [s.line for s in steps] == [2 * k + 1 for k in range(151)]
    assert [s.verdict for s in steps] == [OK] * 150 + [WRONG]


def test_progress_bar_does_not_change_results():
    (plain,) = check_texts([("a", "$1 + 1 = 2$")])
    (shown,) = check_texts([("a", "$1 + 1 = 2$")], progress=True)
    assert _seen(plain) == _seen(shown)
