"""Class mode, the parts that need no worker pool and no LaTeX: problems, discovery and bad
input, names, shards, CSV columns and quoting, merging shards, the overview's numbers."""
import csv
import os
from pathlib import Path

import pytest

from verify.tex.batch import Submission, discover, parse_shard, shard
from verify.tex.batch_run import Checked
from verify.tex.classcsv import (MergeError, class_columns, class_row, csv_text, merge, read_csv, step_rows,
                                 steps_path, write_csv, STEP_COLUMNS)
from verify.tex.feedback import overview, student
from verify.tex.problems import problems_of
from verify.tex.results import FileResult, StepResult


def test_problems_from_directives_win_over_headings():
    text = "intro $1=1$\n%! problem 2a\n$x$\n\\section{Problem 7}\n  %!problem   3 b\n% %! problem no\n"
    p = problems_of(text)
    assert p.labels == ("2a", "3 b") and [p.at(n) for n in (1, 2, 4, 5, 6)] == ["", "2a", "2a", "3 b", "3 b"]


def test_problems_from_headings_use_the_number_so_columns_match_across_students():
    text = ("\\section{Problem 1: $\\sigma$ and {b}}\n\\subsection*{(a)}\n\\subsection{b) more}\n"
            "\\section{Exercise 2.3}\n\\subsection{Part iv}\n\\section{Introduction}\n\\subsection{Setup}\n"
            "% \\section{commented out}\n\\section{Q4b}\n")
    assert problems_of(text).labels == ("1", "1a", "1b", "2.3", "2.3iv", "Introduction",
                                        "Introduction / Setup", "4b")


def test_problem_directive_is_not_reported_as_unknown():
    from verify.tex import check_text
    steps = check_text("%! problem 1\n$1 + 1 = 2$\n%! frobnicate\n").steps
    assert [str(s.verdict) for s in steps] == ["ok", "unverified"]      # an unknown directive still is


@pytest.fixture
def messy(tmp_path):
    """Every kind of bad input beside two good files, in folders with spaces and non-ASCII names."""
    sub = tmp_path / "sub"
    for d in ("a", "b", "mit Leerzeichen"):
        (sub / d).mkdir(parents=True)
    (sub / "a" / "hw.tex").write_text("$1 + 1 = 2$\n")
    (sub / "b" / "hw.tex").write_text("$1 + 1 = 3$\n")
    (sub / "mit Leerzeichen" / "Müller Jörg.tex").write_text("$2 \\times 3 = 6$\n", encoding="utf-8")
    (sub / "handed_in.pdf").write_bytes(b"%PDF-1.4\n...")
    (sub / "archive.zip").write_bytes(b"PK\x03\x04rest")
    (sub / "zip_named.tex").write_bytes(b"PK\x03\x04rest")
    (sub / "empty.tex").write_text("")
    (sub / "blank.tex").write_text("  \n\n")
    (sub / "binary.tex").write_bytes(b"\\documentclass\x00\x01")
    (sub / "latin1.tex").write_bytes("$\\text{Größe} = 1$".encode("latin-1"))
    (sub / "unreadable.tex").symlink_to(tmp_path / "gone.tex")
    os.mkfifo(sub / "pipe.tex")
    (sub / "class.tex").write_text("$1 = 1$\n")
    (sub / "notes.bib").write_text("@book{x}")
    (sub / ".hidden.tex").write_text("$1 = 2$")
    return sub


def test_every_bad_input_gets_its_row_with_a_reason(messy):
    found = {Path(s.path).relative_to(messy).as_posix(): s for s in discover([messy], max_bytes=1000)}
    reasons = {k: s.rejected for k, s in found.items()}
    assert set(found) == {"a/hw.tex", "b/hw.tex", "mit Leerzeichen/Müller Jörg.tex", "handed_in.pdf", "archive.zip",
                          "zip_named.tex", "empty.tex", "blank.tex", "binary.tex", "latin1.tex", "unreadable.tex",
                          "pipe.tex", "class.tex"}           # not .bib, not hidden files
    assert reasons["a/hw.tex"] == reasons["mit Leerzeichen/Müller Jörg.tex"] == reasons["class.tex"] == ""
    assert "a PDF, not LaTeX source" in reasons["handed_in.pdf"]
    assert ".zip archive" in reasons["archive.zip"] and ".zip archive" in reasons["zip_named.tex"]
    assert reasons["empty.tex"].startswith("empty") and reasons["blank.tex"].startswith("empty")
    assert "binary" in reasons["binary.tex"]
    assert "not UTF-8" in reasons["latin1.tex"] and "offset" in reasons["latin1.tex"]
    assert "cannot read" in reasons["unreadable.tex"]
    assert "not a regular file" in reasons["pipe.tex"]
    big = messy / "big.tex"
    big.write_text("$1 = 1$ " * 200)
    assert "larger than" in next(s for s in discover([messy], max_bytes=1000) if s.path == str(big)).rejected


def test_names_are_unique_and_safe_and_duplicates_say_so(messy):
    found = {Path(s.path).relative_to(messy).as_posix(): s for s in discover([messy])}
    assert found["a/hw.tex"].name == "a__hw" and found["b/hw.tex"].name == "b__hw"
    assert "same file name as" in found["a/hw.tex"].note and str(messy / "b" / "hw.tex") in found["a/hw.tex"].note
    assert found["mit Leerzeichen/Müller Jörg.tex"].name == "Müller_Jörg"
    assert found["class.tex"].name == "class-2"            # out/class.pdf is the overview
    names = [s.name.casefold() for s in found.values()]
    assert len(set(names)) == len(names)
    twice = discover([messy / "a", messy / "a"])              # the same file under two roots
    assert [s.name for s in twice] == ["hw", "hw-2"]


def test_no_tex_files_is_an_error(tmp_path):
    (tmp_path / "x.pdf").write_bytes(b"%PDF-")
    with pytest.raises(ValueError, match="no .tex files found"):
        discover([tmp_path])
    with pytest.raises(ValueError, match="no such file"):
        discover([tmp_path / "missing"])


def test_shards_partition_the_class_deterministically_and_evenly():
    subs = [Submission(f"sub/s{i}.tex") for i in range(103)]
    parts = [shard(subs, k, 4) for k in range(1, 5)]
    assert sorted(s.path for p in parts for s in p) == sorted(s.path for s in subs)
    assert {len(p) for p in parts} <= {25, 26}
    assert [s.path for s in shard(list(reversed(subs)), 2, 4)] == [s.path for s in reversed(parts[1])]
    assert parse_shard("2/4") == (2, 4)
    for bad in ("0/4", "5/4", "2", "a/b", "-1/3"):
        with pytest.raises(ValueError):
            parse_shard(bad)


def _checked(path, verdicts, problems=None, error=""):
    steps = tuple(StepResult(i + 1, i, "a", "b", "=", v, f"why {i}") for i, v in enumerate(verdicts))
    problems = problems or ("",) * len(steps)
    return Checked(Submission(path, name=Path(path).stem, sha256="h" + path), FileResult(path, steps, error),
                   tuple(f"step {i}" for i in range(len(steps))), tuple(problems), 1.5, error)


def test_class_row_counts_every_verdict_including_ones_it_does_not_know():
    c = _checked("s.tex", ["ok", "wrong", "carried", "unknown", "given", "wrong"], ["1", "1", "1", "2", "2", "2"])
    row = class_row(c, "s.pdf")
    assert (row["steps"], row["ok"], row["wrong"], row["carried"], row["unknown"], row["given"]) == (6, 1, 2, 1, 1, 1)
    assert row["first wrong line"] == 2 and row["feedback"] == "s.pdf"
    assert (row["1: ok"], row["1: wrong"], row["1: carried"], row["2: wrong"], row["2: unverified"]) == (1, 1, 1, 1, 0)
    cols = class_columns([row, class_row(_checked("t.tex", ["ok"], ["3"]))])
    assert cols[:9] == ["file", "steps", "ok", "wrong", "carried", "unverified", "skipped", "given", "unknown"]
    assert cols.index("1: ok") < cols.index("2: ok") < cols.index("3: ok")
    rows = step_rows(c)
    assert [(r["problem"], r["position"]) for r in rows] == [("1", 1), ("1", 2), ("1", 3), ("2", 1), ("2", 2), ("2", 3)]


def test_csv_cells_that_a_spreadsheet_would_run_are_quoted():
    text = csv_text([{"file": "=HYPERLINK(\"x\")", "steps": -3, "reason": "@SUM(A1)", "step": "-0.5 = x"}],
                    ["file", "steps", "reason", "step"])
    row = next(csv.DictReader(text.splitlines()))
    assert row == {"file": "'=HYPERLINK(\"x\")", "steps": "-3", "reason": "'@SUM(A1)", "step": "'-0.5 = x"}


def test_merge_joins_shards_and_refuses_disagreeing_ones(tmp_path):
    checked = [_checked(f"sub/s{i}.tex", ["ok", "wrong"] if i % 2 else ["ok"], [str(i % 3)] * (1 + i % 2))
               for i in range(9)]
    whole = [class_row(c) for c in checked]
    for k in (1, 2, 3):
        part = [c for i, c in enumerate(checked) if i % 3 == k - 1]
        rows = [class_row(c) for c in part]
        (tmp_path / f"out-{k}").mkdir()
        write_csv(tmp_path / f"out-{k}" / "class.csv", rows, class_columns(rows))
        write_csv(tmp_path / f"out-{k}" / "steps.csv", [r for c in part for r in step_rows(c)], STEP_COLUMNS)
    rows, steps = merge([tmp_path / f"out-{k}" / "class.csv" for k in (1, 2, 3)], tmp_path / "class.csv")
    full = tmp_path / "full.csv"
    write_csv(full, whole, class_columns(whole))
    assert read_csv(tmp_path / "class.csv") == read_csv(full)
    assert len(read_csv(steps_path(tmp_path / "class.csv"))) == sum(len(c.result.steps) for c in checked)
    other = tmp_path / "other.csv"
    changed = [{**class_row(checked[0]), "sha256": "different"}]
    write_csv(other, changed, class_columns(changed))
    with pytest.raises(MergeError, match="two shards with different content"):
        merge([tmp_path / "out-1" / "class.csv", other], tmp_path / "again.csv")


def test_overview_numbers():
    checked = [_checked("a.tex", ["ok", "ok", "wrong"], ["1", "1", "2"]),
               _checked("b.tex", ["ok", "ok", "wrong"], ["1", "1", "2"]),
               _checked("c.tex", ["ok"], ["1"]),
               _checked("d.tex", [], error="a PDF, not LaTeX source")]
    data = overview([class_row(c) for c in checked], [r for c in checked for r in step_rows(c)])
    by = {d["label"]: d for d in data["distribution"]}
    assert by["whole file"]["counts"] == [0, 0, 0, 2, 0, 1] and by["whole file"]["files"] == 3
    assert by["2"]["counts"] == [2, 0, 0, 0, 0, 0] and by["2"]["files"] == 2     # c.tex has no problem 2
    assert data["most_wrong"][0] == {"problem": "2", "position": 1, "files": 2, "example": "step 2"}
    assert data["failed"] == [{"file": "d.tex", "error": "a PDF, not LaTeX source"}]
    fb = student(checked[0])
    assert [p["label"] for p in fb["problems"]] == ["1", "2"] and fb["problems"][1]["wrong"] == 1 and not fb["ok"]


def test_feedback_marks_each_verdict_in_every_format():
    from verify.tex.feedback import render
    c = _checked("s.tex", ["ok", "wrong", "carried", "unverified", "given"], ["1", "1", "2", "2", "2"])
    hand = student(c)
    tex = render("feedback", "pdf", {"hand": hand})
    for macro in (r"\markpassed", r"\markfailed", r"\markcarried", r"\markunknown", r"\markgiven"):
        assert macro in tex.split(r"\begin{document}")[1], macro
    assert r"\multicolumn{4}{@{}l}{\bfseries 2}" in tex                 # grouped by problem
    html = render("feedback", "html", {"hand": hand})
    assert "✓ ok" in html and "✗ wrong" in html and "✗ carried" in html and "? unverified" in html
    md = render("feedback", "md", {"hand": hand})
    assert "| 3 | `step 2` | ✗ carried | why 2 |" in md


def test_the_output_folder_inside_the_submissions_is_not_searched(tmp_path):
    (tmp_path / "a.tex").write_text("$1 = 1$\n")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "a.pdf").write_bytes(b"%PDF-")            # our own feedback from a run before
    (tmp_path / "out" / "b.tex").write_text("$1 = 1$\n")
    assert [Path(s.path).name for s in discover([tmp_path], exclude=[tmp_path / "out"])] == ["a.tex"]
    assert len(discover([tmp_path])) == 3


def test_merge_reports_an_unreadable_shard_and_leaves_the_csv_field_limit_alone(tmp_path):
    limit = csv.field_size_limit()
    huge = tmp_path / "class.csv"
    huge.write_text('file,steps\n"' + "x" * (limit + 10) + '",1\n')
    with pytest.raises(MergeError, match="cannot read it"):
        merge([huge], tmp_path / "merged.csv")
    assert csv.field_size_limit() == limit
