"""Class mode end to end: `python -m verify DIR --summary … --feedback out/` on a generated class,
a worker that crashes or hangs, --resume, --shard + merge, the feedback formats."""
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from benchmarks.classgen import write_class
from tests import class_helpers
from verify.tex import batch_run, check_file
from verify.tex.batch import Submission, discover
from verify.tex.classcsv import read_csv, steps_path
from verify.tex.cli import main

ROOT = Path(__file__).parent.parent
needs_latex = pytest.mark.skipif(shutil.which("latexmk") is None, reason="latexmk not installed")


@pytest.fixture(scope="module", autouse=True)
def workers_started_from_the_project():
    """verify.pool's forkserver imports its preloads with its own sys.path (Python 3.11 ignores the
    parent's there), whose first entry is the current folder: start it before a test changes folder,
    or a checkout other than this one (an editable install) could be imported in the workers."""
    from verify import pool
    pool.call(int, seconds=120)


def tree(folder: Path) -> dict:
    return {p.relative_to(folder).as_posix(): p.stat().st_mtime_ns for p in folder.rglob("*")}


def verdicts_alone(path) -> list[tuple]:
    return [(s.line, s.column, str(s.verdict), s.detail) for s in check_file(path).steps]


def verdicts_in(steps: list[dict], path) -> list[tuple]:
    return [(int(r["line"]), int(r["column"]), r["verdict"], r["reason"].removeprefix("'"))
            for r in steps if r["file"] == str(path)]


@needs_latex
def test_a_class_of_30_gives_two_csvs_30_pdfs_and_the_overview_with_the_verdicts_of_each_file_alone(
        tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    subs = write_class(Path("sub"), files=30, steps=24, seed=3)
    (Path("sub") / "handed_in.pdf").write_bytes(b"%PDF-1.4\n")
    before = tree(Path("sub"))
    t0 = time.perf_counter()
    code = main(["sub", "--summary", "class.csv", "--feedback", "out", "-j", "2"])
    seconds = time.perf_counter() - t0
    print(f"30 files with PDFs: {seconds:.1f} s")
    assert code == 1                                      # the generated class has mistakes
    rows, steps = read_csv(Path("class.csv")), read_csv(Path("steps.csv"))
    assert len(rows) == 31 and {r["file"] for r in rows} == {str(p) for p in subs} | {"sub/handed_in.pdf"}
    assert next(r for r in rows if r["file"] == "sub/handed_in.pdf")["error"].startswith("a PDF")
    for p in subs:
        assert verdicts_in(steps, p) == verdicts_alone(p), p
    row = next(r for r in rows if r["file"] == str(subs[0]))
    assert int(row["steps"]) == sum(int(row[v]) for v in ("ok", "wrong", "carried", "unverified", "skipped", "given"))
    assert {"1: ok", "2a: wrong", "2b: unverified"} <= set(row)      # per-problem counts for the gradebook
    assert all(r["1: ok"] != "" for r in rows if r["file"].endswith(".tex"))   # headings and directives agree
    pdfs = sorted(p.name for p in Path("out").glob("*.pdf"))
    # every submission gets feedback, the PDF handed in too (it says why nothing was checked)
    assert pdfs == sorted([f"{p.stem}.pdf" for p in subs] + ["class.pdf", "handed_in.pdf"])
    assert all(r["feedback"] == f"{Path(r['file']).stem}.pdf" for r in rows)
    assert tree(Path("sub")) == before                    # the submissions are untouched
    assert sorted(os.listdir(".")) == ["class.csv", "out", "steps.csv", "sub"]   # nothing else written
    text = subprocess.run(["pdftotext", "out/class.pdf", "-"], capture_output=True, text=True).stdout \
        if shutil.which("pdftotext") else ""
    if text:
        assert "Class overview" in text and "handed_in.pdf" in text and "Steps most often wrong" in text
        info = subprocess.run(["pdfinfo", "out/class.pdf"], capture_output=True, text=True).stdout
        assert re.search(r"^Pages:\s+1$", info, re.M), info                      # one page


def test_resume_checks_only_what_changed(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    subs = write_class(Path("sub"), files=3, steps=12, seed=1)
    args = ["sub", "--feedback", "out", "--feedback-format", "md", "-j", "2"]
    main(args)
    first = read_csv(Path("out/class.csv"))
    capsys.readouterr()
    subs[1].write_text(subs[1].read_text() + "\n$2 + 2 = 5$\n")
    main(args + ["--resume"])
    assert "(2 kept from an earlier run)" in capsys.readouterr().out
    again = read_csv(Path("out/class.csv"))
    assert [r for r in again if r["file"] != str(subs[1])] == [r for r in first if r["file"] != str(subs[1])]
    changed = next(r for r in again if r["file"] == str(subs[1]))
    assert int(changed["wrong"]) == int(next(r for r in first if r["file"] == str(subs[1]))["wrong"]) + 1
    main(args)                                            # without --resume: everything again
    assert "kept" not in capsys.readouterr().out


def test_a_file_whose_check_fails_costs_only_its_own_row(tmp_path):
    for name in ("a.tex", "bad.tex", "b.tex"):
        (tmp_path / name).write_text("$1 + 1 = 2$\n")
    got = {Path(c.path).name: c for c in batch_run.run(discover([tmp_path]), jobs=2, task=class_helpers.raises)}
    assert set(got) == {"a.tex", "bad.tex", "b.tex"}
    assert "RuntimeError: a bug in the checker" in got["bad.tex"].error and not got["bad.tex"].result.steps
    assert [str(s.verdict) for s in got["a.tex"].result.steps] == ["ok"], got["a.tex"].error
    assert not got["b.tex"].error


def test_shards_then_merge_equal_the_whole_class(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    write_class(Path("sub"), files=7, steps=8, seed=2)
    main(["sub", "--summary", "whole/class.csv", "-j", "2"])
    for k in (1, 2, 3):
        main(["sub", "--summary", f"out-{k}/class.csv", "--shard", f"{k}/3", "-j", "1"])
    sizes = [len(read_csv(Path(f"out-{k}/class.csv"))) for k in (1, 2, 3)]
    assert sum(sizes) == 7 and max(sizes) - min(sizes) <= 1
    assert main(["merge", "out-1/class.csv", "out-2/class.csv", "out-3/class.csv", "-o", "class.csv"]) == 0
    strip = lambda rows: [{k: v for k, v in r.items() if k != "seconds"} for r in rows]  # noqa: E731
    assert strip(read_csv(Path("class.csv"))) == strip(read_csv(Path("whole/class.csv")))
    assert read_csv(steps_path(Path("class.csv"))) == read_csv(Path("whole/steps.csv"))
    assert main(["merge", "out-1/class.csv", "out-2/class.csv", "out-3/class.csv", "-o", "class.csv",
                 "--feedback", "overview", "--feedback-format", "md"]) == 0
    assert "# Class overview" in Path("overview/class.md").read_text()       # the overview from the shards


def test_usage_errors_exit_2(tmp_path, capsys):
    (tmp_path / "a.tex").write_text("$1 = 1$\n")
    (tmp_path / "empty").mkdir()
    assert main([str(tmp_path / "empty"), "--summary", str(tmp_path / "c.csv")]) == 2
    assert "no .tex files found" in capsys.readouterr().err
    assert main([str(tmp_path), "--summary", str(tmp_path / "c.csv"), "--shard", "5/4"]) == 2
    assert main([str(tmp_path), "--summary", str(tmp_path / "c.csv"), "--resume"]) == 2
    assert main([str(tmp_path), "--summary", str(tmp_path / "a.tex")]) == 2      # would overwrite a submission
    assert (tmp_path / "a.tex").read_text() == "$1 = 1$\n"
    assert main([str(tmp_path), "--summary", str(tmp_path / "a.tex" / "c.csv")]) == 2    # a file as a folder
    assert "cannot write the results" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main([str(tmp_path), "--summary", str(tmp_path / "c.csv"), "--step-seconds", "nan"])
    assert not (tmp_path / "c.csv").exists()


def test_html_and_markdown_feedback_are_plain_and_escaped(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("sub").mkdir()
    Path("sub/evil <b>.tex").write_text("%! problem 1\n$\\text{<script>alert(1)</script>} + 1 = 2$\n"
                                        "$0.5 \\times 4 = 3$ | `x` *y*\n")
    main(["sub", "--feedback", "out", "--feedback-format", "html"])
    html = next(Path("out").glob("evil*.html")).read_text()
    assert "<b>" not in html and "evil &lt;b&gt;" in html and "mathjax" not in html.lower()
    assert "✗" in html and "http" not in html.replace("http-equiv", "")
    assert (Path("out") / "class.html").is_file()
    main(["sub", "--feedback", "out-md", "--feedback-format", "md"])
    md = next(Path("out-md").glob("evil*.md")).read_text()
    assert "| 2 |" in md or "| 3 |" in md
    wrong_row = next(line for line in md.splitlines() if "wrong" in line and "×" in line)
    assert wrong_row.count(" | ") == 3                        # no cell broken by the student's text


def test_plain_mode_is_unchanged(tmp_path, capsys):
    f = tmp_path / "a.tex"
    f.write_text("$1 + 1 = 3$\n")
    assert main(["--color", "never", str(f)]) == 1
    assert f"{f}:1:" in capsys.readouterr().out and not (tmp_path / "class.csv").exists()


def test_module_entry_point_runs_the_class_mode(tmp_path):
    write_class(tmp_path / "sub", files=2, steps=6)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    run = subprocess.run([sys.executable, "-m", "verify", "sub", "--summary", "class.csv", "-j", "1"],
                         cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode in (0, 1), run.stderr
    assert run.stderr == ""                                   # no progress bar when not on a terminal
    assert len(read_csv(tmp_path / "class.csv")) == 2


def test_stopping_early_starts_no_more_files(tmp_path):
    for name in ("a.tex", "slow1.tex", "slow2.tex", "slow3.tex", "slow4.tex"):
        (tmp_path / name).write_text("$1 + 1 = 2$\n")
    class_helpers.started.clear()
    assert batch_run.FILES_PER_WORKER == 2     # files in flight for one worker: a.tex and slow1, then slow2
    results = batch_run.run(discover([tmp_path]), jobs=1, task=class_helpers.slow_after_the_first)
    first = next(results)                 # a.tex; slow1 runs, slow2 is next, slow3 and slow4 wait in the queue
    results.close()                       # what Ctrl-C or a crash of the caller does
    time.sleep(4)                         # slow1 and slow2 end; nothing may start after them
    assert Path(first.path).name == "a.tex"
    # slow2 may have taken a.tex's thread before the close: the files behind it never start
    assert sorted(class_helpers.started) in (["a.tex", "slow1.tex"], ["a.tex", "slow1.tex", "slow2.tex"])


def test_a_progress_bar_with_eta_on_a_terminal(tmp_path):
    import fcntl
    import pty
    import struct
    import termios
    write_class(tmp_path / "sub", files=3, steps=6)
    main_fd, worker_fd = pty.openpty()
    fcntl.ioctl(worker_fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))   # a terminal has a width
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    run = subprocess.run([sys.executable, "-m", "verify", "sub", "--summary", "class.csv", "-j", "1"],
                         cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=worker_fd, timeout=300)
    os.close(worker_fd)
    shown = b""
    while True:
        try:
            chunk = os.read(main_fd, 4096)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    os.close(main_fd)
    assert run.returncode in (0, 1)
    text = shown.decode(errors="replace")
    assert "3/3" in text and "file" in text and "<" in text        # count, unit and tqdm's [elapsed<remaining]
