"""One Status enum: its rank, pass/fail, labels, and every display table covers it."""
import json

import pytest
import sympy as sp

from verify.prove import prove_equal
from verify.status import Status, worst
from verify.tex import check_text
from verify.tex.results import StepResult

x = sp.Symbol("x", real=True)


def test_rank_and_passes():
    assert worst([Status.PROVED, Status.VERIFIED, Status.UNKNOWN]) is Status.UNKNOWN
    assert worst([Status.PROVED, Status.FAILED, Status.UNKNOWN]) is Status.FAILED
    assert worst([Status.DEFINITION, Status.PROVED]) is Status.PROVED     # a definition is never the worst
    assert worst([]) is Status.UNKNOWN                                      # nothing decided: not a pass
    assert Status.CARRIED.fails and not Status.CARRIED.passes and Status.CARRIED.rank == Status.WRONG.rank
    assert {s for s in Status if s.passes} == {Status.PROVED, Status.VERIFIED, Status.PASSED, Status.OK}
    assert not any(s.passes for s in Status if not s.is_claim)


def test_labels_keep_the_words_shown_before():
    assert [s.label for s in (Status.OK, Status.WRONG, Status.CARRIED, Status.UNVERIFIED, Status.SKIPPED,
                              Status.GIVEN)] == ["ok", "WRONG", "carried", "unverified", "skipped", "given"]
    assert f"{Status.FAILED.mark} {Status.FAILED.label}" == "✗ FAILED"


def test_verdicts_are_the_enum_and_json_keeps_the_word():
    v = prove_equal(x + x, 2 * x)
    assert isinstance(v.status, Status) and v.status is Status.PROVED
    step = check_text("$2 + 2 = 5$").steps[0]
    assert step.verdict is Status.WRONG
    assert json.dumps(step.as_json()["verdict"]) == '"wrong"'


def test_a_word_that_is_no_verdict_is_refused():
    with pytest.raises(ValueError):
        StepResult(1, 0, "a", "b", "=", "equation?")


def test_every_status_has_a_tex_mark_and_every_hand_verdict_a_colour():
    from report.render import MARKS, mark
    from verify.tex.cli import COLOURS
    assert set(MARKS) == set(Status)
    assert str(mark("carried")) == r"\markcarried"
    assert {Status.OK, Status.WRONG, Status.CARRIED, Status.UNVERIFIED, Status.SKIPPED, Status.GIVEN} <= set(COLOURS)


def test_the_preamble_defines_every_mark():
    from report.render import DEFAULT_TEMPLATES, MARKS
    preamble = (DEFAULT_TEMPLATES / "preamble.tex.j2").read_text()
    for command in set(MARKS.values()):
        assert f"\\newcommand{{{command}}}" in preamble, command
