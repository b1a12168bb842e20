"""The hand checker measured on six labelled sets: tests/corpus (written alongside the checker),
tests/corpus/heldout and heldout/batch2 to heldout/batch28 (written independently, labelled by a
script beside each file; batches 2 to 5 were each written after the previous one had been looked
at, each reported as its own set).

Asserted: the soundness rule "no wrong step is called ok" on the old corpus. The held-out
rates are only reported (printed, and in the junit XML as properties), not asserted yet.
Re-measure by hand: `python tests/corpus/heldout/measure.py` (see heldout/README.md).
"""
from __future__ import annotations

import importlib
import importlib.util
import os
import runpy
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

HELDOUT = Path(__file__).parent / "corpus" / "heldout"
BATCH2 = HELDOUT / "batch2"
BATCH3 = HELDOUT / "batch3"
BATCH4 = HELDOUT / "batch4"
BATCH5 = HELDOUT / "batch5"
BATCH6 = HELDOUT / "batch6"
BATCH7 = HELDOUT / "batch7"
BATCH8 = HELDOUT / "batch8"
BATCH9 = HELDOUT / "batch9"
BATCH10 = HELDOUT / "batch10"
BATCH11 = HELDOUT / "batch11"
BATCH12 = HELDOUT / "batch12"
BATCH13 = HELDOUT / "batch13"
BATCH14 = HELDOUT / "batch14"
BATCH15 = HELDOUT / "batch15"
BATCH16 = HELDOUT / "batch16"
BATCH17 = HELDOUT / "batch17"
BATCH18 = HELDOUT / "batch18"
BATCH19 = HELDOUT / "batch19"
BATCH20 = HELDOUT / "batch20"
BATCH21 = HELDOUT / "batch21"
BATCH22 = HELDOUT / "batch22"
BATCH23 = HELDOUT / "batch23"
BATCH24 = HELDOUT / "batch24"
BATCH25 = HELDOUT / "batch25"
BATCH26 = HELDOUT / "batch26"
BATCH27 = HELDOUT / "batch27"
BATCH28 = HELDOUT / "batch28"
BATCHES = (HELDOUT, BATCH2, BATCH3, BATCH4, BATCH5, BATCH6, BATCH7, BATCH8, BATCH9, BATCH10, BATCH11, BATCH12, BATCH13, BATCH14, BATCH15, BATCH16, BATCH17, BATCH18, BATCH19, BATCH20, BATCH21, BATCH22, BATCH23, BATCH24, BATCH25, BATCH26, BATCH27, BATCH28)
_spec = importlib.util.spec_from_file_location("heldout_measure", HELDOUT / "measure.py")
measure = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = measure                       # dataclasses look their module up
_spec.loader.exec_module(measure)
OLD_NAME, HELDOUT_NAME, BATCH2_NAME, BATCH3_NAME, BATCH4_NAME, BATCH5_NAME, BATCH6_NAME, BATCH7_NAME, BATCH8_NAME, \
    BATCH9_NAME, BATCH10_NAME, BATCH11_NAME, BATCH12_NAME, BATCH13_NAME, BATCH14_NAME, BATCH15_NAME, BATCH16_NAME, BATCH17_NAME, BATCH18_NAME, BATCH19_NAME, BATCH20_NAME, BATCH21_NAME, BATCH22_NAME, BATCH23_NAME, BATCH24_NAME, BATCH25_NAME, BATCH26_NAME, BATCH27_NAME, BATCH28_NAME = (name for name, _ in measure.sets())
HELDOUT_NAMES = (HELDOUT_NAME, BATCH2_NAME, BATCH3_NAME, BATCH4_NAME, BATCH5_NAME, BATCH6_NAME, BATCH7_NAME,
                 BATCH8_NAME, BATCH9_NAME, BATCH10_NAME, BATCH11_NAME, BATCH12_NAME, BATCH13_NAME, BATCH14_NAME, BATCH15_NAME, BATCH16_NAME, BATCH17_NAME, BATCH18_NAME, BATCH19_NAME, BATCH20_NAME, BATCH21_NAME, BATCH22_NAME, BATCH23_NAME, BATCH24_NAME, BATCH25_NAME, BATCH26_NAME, BATCH27_NAME, BATCH28_NAME)


@pytest.fixture(scope="module")
def tallies():
    return {name: measure.measure(name, paths) for name, paths in measure.sets()}


def test_old_corpus_no_wrong_step_called_ok(tallies, record_property):
    old = tallies[OLD_NAME]
    record_property("old_corpus", old.row())
    assert not old.wrong_called_ok, "wrong steps called ok:\n" + "\n".join(old.wrong_called_ok)


def test_heldout_rates_reported(tallies, record_property, capsys):
    """Report only: the thresholds on held-out material are not decided yet."""
    for name, tally in tallies.items():
        record_property(name, tally.row())
    with capsys.disabled():
        print("\n" + measure.table([t.row() for t in tallies.values()]))
        for name in HELDOUT_NAMES:
            held = tallies[name]
            print(f"{name}: {len(held.wrong_called_ok)} wrong steps called ok, "
                  f"{len(held.correct_called_wrong)} correct steps called wrong "
                  f"(lists: python tests/corpus/heldout/measure.py)")
    # batches 18, 27 and 28 were cut short (see their READMEs); the rest have at least 8 files
    sizes = {BATCH18_NAME: 2, BATCH27_NAME: 6, BATCH28_NAME: 3}
    for name in HELDOUT_NAMES:
        files = sizes.get(name, 8)
        assert tallies[name].row()["labelled"] > 0 and tallies[name].files >= files, name


@pytest.mark.parametrize("path", sorted(p for batch in BATCHES for p in batch.glob("*.tex")),
                         ids=lambda p: str(p.relative_to(HELDOUT)))
def test_heldout_labels_cover_every_relation(path):
    """One label per relation sign, none missing: the measure counts what the file says,
    not what the checker happens to report."""
    text = path.read_text()
    assert measure.label_problems(text) == []
    assert all(lab != "unv" for labs in measure.labels(text).values() for lab in labs), "labels are truths, not verdicts"


def test_label_problems_catch_a_missing_and_a_surplus_label():
    text = "$a = 1$ and $b = 2$ %@ def\n$c = 3$\n$d = 4$ %@ def def\n"
    assert len(measure.label_problems(text)) == 3


def test_wrong_step_called_ok_is_listed(tmp_path):
    """The soundness count works: a step labelled wrong that the checker calls ok is reported."""
    (tmp_path / "mislabelled.tex").write_text("$0.2 + 0.3 = 0.5$ %@ wrong\n$0.2 + 0.3 = 0.6$ %@ wrong\n")
    tally = measure.measure("probe", sorted(tmp_path.glob("*.tex")))
    row = tally.row()
    assert (row["wrong"], row["wrong_called_ok"], row["wrong_flagged"]) == (2, 1, 1)
    assert tally.wrong_called_ok[0].startswith("mislabelled.tex:1:")


def test_a_script_disagreeing_with_its_labels_exits_1(tmp_path, monkeypatch):
    monkeypatch.syspath_prepend(str(HELDOUT))
    truth = importlib.import_module("truth")
    tex = tmp_path / "probe.tex"
    tex.write_text("$0.2 + 0.3 = 0.5$ %@ wrong\n")
    script = truth.Labels(str(tex))
    script.step(True)
    with pytest.raises(SystemExit):
        script.done()


def test_relation_columns_skip_nested_signs():
    line = r"$P(X = 1) = 0.3$ and $\sum_{i=1}^n x_i = 5$"
    cols = measure.relation_columns(line)
    assert [line[c - 1:c + 3] for c in cols] == ["= 0.", "= 5$"]
    assert len(measure.relation_columns(r"$w \leftarrow w - \eta g = 0.5$, $a := 2$, $\eta \le 1$ %@ ok")) == 4


def test_pairing_reports_a_dropped_relation_as_missing():
    """A labelled relation the checker does not report is counted, not silently lost."""
    text = "$a = 1 + 1 = 2$ %@ def ok\n"
    only_first = (SimpleNamespace(line=1, index=0, column=6),)
    pairs, extra = measure.pair(text, only_first)
    assert [(lab, s is None) for _, lab, s in pairs] == [("def", False), ("ok", True)] and not extra


def test_pairing_leaves_a_sim_before_the_first_sign_unlabelled():
    """`Z \\sim N(0, 1)` is not a counted relation: reported before the first `=`, it must not take
    that `=`'s label (the checker on main reports \\sim and \\in as steps)."""
    text = "$Z \\sim N(0, 1)$: $E = 1$ %@ ok\n"
    sim = SimpleNamespace(line=1, index=0, column=10)
    eq = SimpleNamespace(line=1, index=1, column=len("$Z \\sim N(0, 1)$: $E = ") + 1)
    pairs, extra = measure.pair(text, (sim, eq))
    assert [(lab, s) for _, lab, s in pairs] == [("ok", eq)] and extra == [sim]


@pytest.mark.skipif(not os.environ.get("DERIVKIT_HELDOUT_LABELS"),
                    reason="a minute or two of SymPy: set DERIVKIT_HELDOUT_LABELS=1 to re-derive every label")
@pytest.mark.parametrize("script", sorted(p for batch in BATCHES for p in batch.glob("*.py")
                                          if p.stem not in ("measure", "truth")),
                         ids=lambda p: str(p.relative_to(HELDOUT)))
def test_heldout_labels_agree_with_their_scripts(script, monkeypatch):
    monkeypatch.syspath_prepend(str(HELDOUT))
    try:
        runpy.run_path(str(script), run_name="__main__")
    except SystemExit as stop:                               # Labels.done() exits 1 on a disagreement
        pytest.fail(f"{script.name}: labels disagree with the script (exit {stop.code})")


def test_labelling_rules(monkeypatch):
    """The rules the scripts label by (heldout/README.md): a result rounds to its written places,
    `approx` allows one unit; only numbers marked `~` (earlier roundings) may move."""
    monkeypatch.syspath_prepend(str(HELDOUT))
    truth = importlib.import_module("truth")
    R = truth.R
    assert truth.rounds("-0.4418", R("-0.3682") * R("1.2")) and not truth.rounds("-0.4419", R("-0.3682") * R("1.2"))
    assert truth.rounds("0.30", R("0.309"), approx=True) and not truth.rounds("0.30", R("0.309"))
    third = R(1) / 3
    assert truth.substituted(third * 3, lambda a, b: a * b, "~0.3333", "3")
    assert not truth.substituted(third * 3, lambda a, b: a * b, "0.3333", "3")
    assert not truth.substituted(third * 3, lambda a, b: a * b, "~0.3334", "3")
