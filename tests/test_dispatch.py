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
    whole_file = _seen(check_text(text, path.name))          # one task for the whole file
    monkeypatch.setattr(dispatch, "WHOLE_FILES", False)
    monkeypatch.setattr(dispatch, "BATCH_STEPS", 10 ** 6)
    whole = _seen(check_text(text, path.name))
    monkeypatch.setattr(dispatch, "BATCH_STEPS", 1)
    assert _seen(check_text(text, path.name)) == whole == whole_file


def test_an_equation_run_settled_across_a_batch_boundary(monkeypatch):
    # The first row is provisional until the next row shows it was an equation; here they are in two batches.
    text = ("%! assume 0 < \\theta < 1\n\\begin{align}\n\\theta(N-y) &= (1-\\theta)y \\\\\n"
            "\\theta N - \\theta y &= y - \\theta y \\\\\n\\theta &= \\frac{y}{N}\n\\end{align}\n")
    monkeypatch.setattr(dispatch, "WHOLE_FILES", False)
    monkeypatch.setattr(dispatch, "BATCH_STEPS", 10 ** 6)
    whole = [s.verdict for s in check_text(text).steps]
    monkeypatch.setattr(dispatch, "BATCH_STEPS", 1)
    assert [s.verdict for s in check_text(text).steps] == whole == ["given", OK, OK]


def test_line_numbers_and_indexes_across_batches(monkeypatch):
    monkeypatch.setattr(dispatch, "WHOLE_FILES", False)
    text = "\n\n".join(f"${k} + 1 = {k + 1}$" for k in range(150)) + "\n\n$1 + 1 = 3$\n"
    steps = check_text(text).steps
    assert [s.index for s in steps] == list(range(151))
    assert [s.line for s in steps] == [2 * k + 1 for k in range(151)]
    assert [s.verdict for s in steps] == [OK] * 150 + [WRONG]


def test_progress_bar_does_not_change_results():
    (plain,) = check_texts([("a", "$1 + 1 = 2$")])
    (shown,) = check_texts([("a", "$1 + 1 = 2$")], progress=True)
    assert _seen(plain) == _seen(shown)


def test_a_file_whose_scan_overruns_is_an_error_not_a_hang(monkeypatch):
    import deadline_probes
    monkeypatch.setattr(dispatch, "scan_items", deadline_probes.scan_forever)
    monkeypatch.setattr(dispatch, "SCAN_SECONDS", 1.0)
    monkeypatch.setattr(dispatch, "WHOLE_FILES", False)
    (result,) = check_texts([("a.tex", "$1 + 1 = 2$")])
    assert result.steps == () and "could not split a.tex into steps" in result.error


def test_the_scan_runs_in_a_worker(monkeypatch):
    # The parent only plans batches: tokenizing there would make it the bottleneck of a class.
    from verify import pool
    calls = []
    real_call = pool.call
    monkeypatch.setattr(pool, "call", lambda fn, *a, **k: calls.append(fn) or real_call(fn, *a, **k))
    monkeypatch.setattr(dispatch, "items_of", lambda *a: pytest.fail("scanned in the parent"))
    monkeypatch.setattr(dispatch, "WHOLE_FILES", False)
    (result,) = check_texts([("a.tex", "$1 + 1 = 2$")])
    assert [s.verdict for s in result.steps] == [OK] and calls[0] is dispatch.scan_items


def test_kept_states_are_used_once_and_in_any_order():
    from verify.tex import check, run_state
    run_state._kept.clear()
    first = check._Run(None, 1.0).reply().state       # two files' states, handed back one after the other
    run = check._Run(None, 1.0)
    run.chain_no = 7
    second = run.reply().state
    assert run_state._resume(first)[3] == 0 and run_state._resume(second)[3] == 7
    assert first not in run_state._kept and second not in run_state._kept     # used once: a re-run unpickles
    for k in range(run_state.KEPT_STATES + 3):
        run = check._Run(None, 1.0)
        run.chain_no = k
        run.reply()
    assert len(run_state._kept) == run_state.KEPT_STATES


def test_a_whole_file_in_one_task_sends_nothing_back_but_results(monkeypatch):
    from verify import pool
    calls = []
    real_call = pool.call
    monkeypatch.setattr(pool, "call", lambda fn, *a, **k: calls.append(fn) or real_call(fn, *a, **k))
    (result,) = check_texts([("a.tex", "$1 + 1 = 2$\n\n$2 + 2 = 5$\n")])
    assert [s.verdict for s in result.steps] == [OK, WRONG] and calls == [dispatch.check_whole]


def test_a_whole_file_stopped_by_a_cap_is_checked_again_in_batches(monkeypatch):
    import deadline_probes
    monkeypatch.setattr(dispatch, "check_whole", deadline_probes.check_whole_forever)
    monkeypatch.setattr(dispatch, "SCAN_SECONDS", 1.0)
    (result,) = check_texts([("a.tex", "$1 + 1 = 2$\n\n$2 + 2 = 5$\n")])
    assert [s.verdict for s in result.steps] == [OK, WRONG] and not result.error


def test_a_batch_scans_the_results_it_holds():
    # "which line had a wrong step" iterated over every result: in a later batch the first ones are not there, and
    # iteration by index raised KeyError ("could not check this chain (KeyError)" on 14 steps of one held-out file)
    from verify.tex.run_state import _Results
    results = _Results(5, {3: "kept from an earlier batch"})
    results.append("this batch's")
    assert list(results) == ["kept from an earlier batch", "this batch's"]
