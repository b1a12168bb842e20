"""python -m report never destroys a file: an output that is an input, a non-PDF or a user's
.tex is refused (exit 2, nothing written); unusable folders and undecodable input are exit 2
with a message, not a traceback. Runs no TeX: every case stops before the build."""
import contextlib
import os
import threading
from pathlib import Path

import pytest

from report import build as report_build, cache, outputs, preflight
from report.__main__ import main

HAND = "$$a = 2 + 2 = 4$$\n"


@pytest.fixture(autouse=True)
def private_cache(tmp_path, monkeypatch):
    monkeypatch.setattr(cache, "CACHE_DIR", tmp_path / "cache")


@pytest.fixture
def no_build(monkeypatch):
    """Fail loudly if a case that must be refused gets as far as building."""
    def refuse(opts):
        raise AssertionError(f"build started for {opts.output}")
    monkeypatch.setattr(report_build, "build", refuse)
    monkeypatch.setattr("report.tex_setup.ensure_tex", lambda: None)


def run(args, capsys) -> tuple[int, str]:
    code = main([*args, "--derivations", "tanh", "--no-runs"])
    return code, capsys.readouterr().err


def test_output_equal_to_the_hand_input_is_refused(tmp_path, capsys, no_build):
    hand = tmp_path / "solution.tex"
    hand.write_text(HAND)
    code, err = run(["--hand", str(hand), "-o", str(hand)], capsys)
    assert code == 2 and "--hand" in err and "not a PDF" in err
    assert hand.read_text() == HAND


def test_a_pdf_whose_latex_would_overwrite_the_hand_input_is_refused(tmp_path, capsys, no_build):
    """-o solution.pdf writes solution.tex beside it: the --hand file itself."""
    hand = tmp_path / "solution.tex"
    hand.write_text(HAND)
    code, err = run(["--hand", str(hand), "-o", str(tmp_path / "solution.pdf")], capsys)
    assert code == 2 and "LaTeX file would overwrite the --hand file" in err
    assert hand.read_text() == HAND


def test_output_equal_to_a_data_file_is_refused(tmp_path, capsys, no_build):
    train = tmp_path / "train.csv"
    train.write_text("a,y\n1,p\n2,q\n3,p\n4,q\n5,p\n6,q\n")
    code, err = run(["--data", str(train), "--target", "y", "-o", str(train)], capsys)
    assert code == 2 and "--data" in err
    assert train.read_text().startswith("a,y\n")


def test_existing_non_pdf_output_is_refused(tmp_path, capsys, no_build):
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes")
    code, err = run(["-o", str(notes)], capsys)
    assert code == 2 and "is not a PDF" in err and notes.read_text() == "my notes"


def test_output_that_is_a_folder_is_refused(tmp_path, capsys, no_build):
    templates = tmp_path / "templates"
    templates.mkdir()
    code, err = run(["--templates", str(templates), "-o", str(templates)], capsys)
    assert code == 2 and "is a folder" in err


def test_a_users_tex_beside_the_output_is_not_replaced(tmp_path, capsys, no_build):
    thesis = tmp_path / "thesis.tex"
    thesis.write_text("\\documentclass{article}\n")
    code, err = run(["-o", str(tmp_path / "thesis.pdf")], capsys)
    assert code == 2 and "not written by a build" in err and thesis.read_text() == "\\documentclass{article}\n"


def test_a_tex_a_build_wrote_may_be_replaced(tmp_path):
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.5\n")
    for first_line in (outputs.TEX_HEADER, "% derivkit: template=report.tex.j2 derivation=-\n"):
        (tmp_path / "report.tex").write_text(first_line + "\\documentclass{article}\n")
        assert preflight.output_problems(tmp_path / "report.pdf", {"--hand": None}) == []


def test_unsafe_output_name_compiles_under_a_safe_tex_name(tmp_path):
    assert outputs.tex_path(tmp_path / "a$%#b c.pdf") == tmp_path / "a___b_c.tex"
    assert outputs.tex_path(tmp_path / "-x.pdf").name == "_-x.tex"        # not a latexmk option


def test_output_folder_that_cannot_be_created_is_exit_2(tmp_path, capsys, no_build):
    blocker = tmp_path / "file"
    blocker.write_text("")
    code, err = run(["-o", str(blocker / "sub" / "report.pdf")], capsys)
    assert code == 2 and "is not a folder" in err and "Traceback" not in err


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to read-only folders")
def test_read_only_output_folder_is_exit_2(tmp_path, capsys, no_build):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        code, err = run(["-o", str(folder / "report.pdf")], capsys)
    finally:
        folder.chmod(0o755)
    assert code == 2 and "not writable" in err


def test_unusable_cache_folder_is_exit_2(tmp_path, capsys, monkeypatch, no_build):
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setattr(cache, "CACHE_DIR", blocker / "cache")
    code, err = run(["-o", str(tmp_path / "out" / "report.pdf")], capsys)
    assert code == 2 and "DERIVKIT_CACHE" in err
    assert not (tmp_path / "out").exists()


def test_an_os_error_during_the_build_is_exit_2_not_a_traceback(tmp_path, capsys, monkeypatch):
    def full_disk(opts):
        raise OSError(28, "No space left on device", str(tmp_path / "report.tex"))
    monkeypatch.setattr(report_build, "build", full_disk)
    monkeypatch.setattr("report.tex_setup.ensure_tex", lambda: None)
    code, err = run(["-o", str(tmp_path / "report.pdf")], capsys)
    assert code == 2 and "No space left on device" in err and "report.tex" in err


def test_invalid_utf8_hand_file_is_exit_2_naming_line_and_byte(tmp_path, capsys, no_build):
    hand = tmp_path / "hand.tex"
    hand.write_bytes(b"$$a = 1$$\nok \xff\xfe $x$\n")
    out = tmp_path / "out" / "report.pdf"
    code, err = run(["--hand", str(hand), "-o", str(out)], capsys)
    assert code == 2 and "hand.tex:2:4" in err and "byte 13" in err and "0xff" in err
    assert not out.parent.exists()                     # before anything is written


def test_stamp_is_only_valid_for_the_pdf_it_was_written_for(tmp_path):
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.5 one")
    outputs.write_stamp(pdf, outputs.file_sha256(pdf), key="k", ok=True, failures=[])
    assert outputs.read_stamp(pdf)["key"] == "k"
    pdf.write_bytes(b"%PDF-1.5 another build's")
    assert outputs.read_stamp(pdf) is None
    outputs.stamp_path(pdf).write_text("{not json")
    assert outputs.read_stamp(pdf) is None


def test_lock_makes_a_second_build_wait(tmp_path, capsys):
    """The second holder gets the lock only after the first releases it (no sleeps: the order
    of events is forced by the lock itself)."""
    events = []

    def second():
        with outputs.lock(tmp_path):
            events.append("second")

    with outputs.lock(tmp_path):
        events.append("first")
        thread = threading.Thread(target=second)
        thread.start()
        # the second thread reports that it waits before blocking; give it as long as it needs
        while "waiting for another build" not in capsys.readouterr().err:
            assert thread.is_alive()
            thread.join(0.05)
        events.append("first done")
    thread.join()
    assert events == ["first", "first done", "second"]


# -- latexmk runs in its own process group, which is killed when the build stops -------------
# a sleep argument no other process uses (not even this test running in another checkout)
MARK = f"9{os.getpid()}.{os.urandom(4).hex().translate(str.maketrans('abcdef', '123456'))}"


@pytest.fixture
def fake_latexmk(tmp_path, monkeypatch):
    """A `latexmk` that starts a long-running child (standing in for pdflatex), notes its pid, waits.
    Yields the .tex to compile; whatever a failing test leaves running is killed afterwards."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    script = bin_dir / "latexmk"
    script.write_text(f"#!/bin/sh\nsleep {MARK} &\necho $! > {tmp_path / 'child.pid'}\nwait\n")
    script.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    tex = tmp_path / "report.tex"
    tex.write_text("\\documentclass{article}\n")
    yield tex
    for pid in survivors():
        with contextlib.suppress(OSError):
            os.kill(pid, 9)


def survivors() -> list[int]:
    """Live processes running our marked sleep (a killed one is a zombie with no command line)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if MARK.encode() in (entry / "cmdline").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                pass
    return found


def wait_until_gone(limit_s=30.0) -> list[int]:
    """SIGKILL is delivered asynchronously: poll until the marked processes are gone (a liveness
    bound, not a speed assertion)."""
    import time
    end = time.monotonic() + limit_s
    while survivors() and time.monotonic() < end:
        time.sleep(0.05)
    return survivors()


def wait_until_running(limit_s=60.0) -> list[int]:
    """The fake latexmk writes the pid of its `sleep` as soon as it has forked it, which on a loaded
    machine can be before the child has exec'd `sleep` (its command line is still the shell's):
    poll until the marked process shows (a liveness bound, not a speed assertion)."""
    import time
    end = time.monotonic() + limit_s
    while not survivors() and time.monotonic() < end:
        time.sleep(0.05)
    return survivors()


def test_latex_timeout_kills_latexmk_and_its_children(tmp_path, fake_latexmk):
    from report.compile import LatexError, compile_pdf
    tex = fake_latexmk
    with pytest.raises(LatexError, match="longer than 1 s"):
        compile_pdf(tex, tmp_path / "report.pdf", epoch=0, timeout=1)
    assert wait_until_gone() == []
    assert not (tmp_path / "report.pdf").exists()


@pytest.mark.parametrize("signame, exit_code", [("SIGTERM", 128 + 15), ("SIGINT", -2)])
def test_a_signalled_build_kills_latexmk_and_its_children(tmp_path, fake_latexmk, signame, exit_code):
    """A build stopped by SIGTERM (what `timeout` and service managers send) or Ctrl-C ends TeX
    with it; TeX has its own session, so the terminal's Ctrl-C no longer reaches it directly."""
    import signal
    import subprocess
    import sys
    tex = fake_latexmk
    code = ("import sys\nfrom pathlib import Path\nfrom report.compile import compile_pdf\n"
            f"compile_pdf(Path({str(tex)!r}), Path({str(tmp_path / 'report.pdf')!r}), epoch=0)\n")
    # Ctrl-C reaches a build run in a terminal's foreground; a test run started in the background of a
    # non-interactive shell (`./run tests &`, as CI scripts do) inherits SIGINT ignored, and Python then installs no
    # KeyboardInterrupt: the build is started with SIGINT at its default, as in a terminal
    build = subprocess.Popen([sys.executable, "-c", code], cwd=report_build.ROOT, env=os.environ,
                             preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    pid_file = tmp_path / "child.pid"
    try:
        while not (pid_file.is_file() and pid_file.read_text().strip()):     # TeX is running now
            assert build.poll() is None, "the build ended before TeX started"
            threading.Event().wait(0.05)
        assert wait_until_running()
        build.send_signal(getattr(signal, signame))
        assert build.wait(60) == exit_code
        assert wait_until_gone() == []
    finally:
        if build.poll() is None:
            build.kill()


def test_tex_left_running_by_a_sigkilled_build_keeps_the_folder_locked(tmp_path, fake_latexmk):
    """SIGKILL cannot be caught, so the build cannot end its TeX; TeX inherits the locked file,
    so the next build in the folder waits for it instead of compiling beside it."""
    import fcntl
    import signal
    import subprocess
    import sys
    tex = fake_latexmk
    code = ("import sys\nfrom pathlib import Path\nfrom report import outputs\nfrom report.compile import compile_pdf\n"
            f"with outputs.lock(Path({str(tmp_path)!r})) as fd:\n"
            f"    compile_pdf(Path({str(tex)!r}), Path({str(tmp_path / 'report.pdf')!r}), epoch=0, hold_fds=(fd,))\n")
    build = subprocess.Popen([sys.executable, "-c", code], cwd=report_build.ROOT, env=os.environ)
    pid_file = tmp_path / "child.pid"
    try:
        while not (pid_file.is_file() and pid_file.read_text().strip()):
            assert build.poll() is None, "the build ended before TeX started"
            threading.Event().wait(0.05)
        assert wait_until_running()
        build.send_signal(signal.SIGKILL)
        assert build.wait(60) == -signal.SIGKILL and survivors()          # TeX outlived the build
        fd = os.open(tmp_path / outputs.LOCK_NAME, os.O_RDWR)
        try:
            with pytest.raises(BlockingIOError):
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            for pid in survivors():                 # pdflatex's stand-in; latexmk's then exits by itself
                os.kill(pid, signal.SIGKILL)
            fcntl.flock(fd, fcntl.LOCK_EX)                                # free once TeX is gone
        finally:
            os.close(fd)
    finally:
        if build.poll() is None:
            build.kill()


def test_non_utf8_template_is_exit_2_naming_the_file(tmp_path, capsys, no_build):
    """Jinja's UnicodeDecodeError named no file and was a traceback."""
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "title.tex.j2").write_bytes(b"\\section{Title}\nbad \xff\n")
    code, err = run(["--templates", str(templates), "-o", str(tmp_path / "report.pdf")], capsys)
    assert code == 2 and "title.tex.j2:2:5" in err


@pytest.mark.parametrize("expression", ['"a" + 1', '"raw"|math'])
def test_a_template_raising_any_error_is_exit_3_naming_its_line(tmp_path, capsys, monkeypatch, expression):
    """Not only Jinja's own errors: a TypeError raised by a template line was a traceback, exit 1."""
    monkeypatch.setattr(report_build, "check_all", lambda selected, rerun: ([], []))
    monkeypatch.setattr("report.tex_setup.ensure_tex", lambda: None)
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "title.tex.j2").write_text(f"line one\n((( {expression} )))\n")
    code, err = run(["--templates", str(templates), "-o", str(tmp_path / "out" / "report.pdf")], capsys)
    assert code == 3 and "title.tex.j2:2" in err and "TypeError" in err
