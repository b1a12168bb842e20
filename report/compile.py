"""report.tex → report.pdf with latexmk, safely, reproducibly and atomically.

- `-no-shell-escape` and `openin_any=p`: TeX Live's defaults allow restricted \\write18
  and reading any file; a report never needs either.
- SOURCE_DATE_EPOCH + FORCE_SOURCE_DATE=1 fix the PDF's dates (and \\today); the
  template sets \\pdftrailerid{} so the /ID is not random either.
- latexmk works in an aux directory that is kept between builds (so an unchanged
  document costs one quick pass); the finished PDF is copied next to the target and
  os.replace()d over it, so a failed build never touches the last good PDF.
- On failure the log's `!` error and `l.NNN` line are printed together with the
  template and derivation that produced report.tex line NNN (from the marker comments).
- latexmk runs in its own session (process group) with a time limit: on timeout, Ctrl-C,
  SIGTERM or SIGHUP the whole group (latexmk and the pdflatex it started) is killed before
  the build stops, so nothing keeps running or writing in latex/ after it.
"""
from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import signal
import subprocess
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

from report.render import MARKER_RE

LATEXMK = ["latexmk", "-pdf", "-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape",
           "-silent"]
LATEX_SECONDS = 600.0        # the whole report takes ~10 s; a run this long is stuck, not slow
AUX_SUFFIXES = (".pdf", ".aux", ".toc", ".out", ".fdb_latexmk", ".fls")


class LatexError(RuntimeError):
    """LaTeX failed; str() is the short, mapped explanation."""


@dataclass(frozen=True)
class LogError:
    message: str              # the `! ...` line(s)
    line: int | None          # NNN from `l.NNN`, a line of report.tex
    context: str              # the `l.NNN ...` line as TeX printed it


def latex_env(epoch: int) -> dict:
    env = dict(os.environ)
    env.update(SOURCE_DATE_EPOCH=str(epoch), FORCE_SOURCE_DATE="1", openin_any="p", openout_any="p",
               max_print_line="10000")   # long log lines unwrapped, so errors parse whole
    return env


def compile_pdf(tex: Path, pdf: Path, *, epoch: int, aux_dir: Path | None = None, force: bool = False,
                timeout: float = LATEX_SECONDS, hold_fds: tuple[int, ...] = ()) -> str:
    """Compile `tex` and atomically put the result at `pdf`; returns the PDF's SHA-256.
    Raises LatexError. `force` makes latexmk recompile even when it thinks nothing changed (-g).
    `hold_fds` (the build lock) stay open in TeX, so the lock outlives a build killed under it."""
    tex, pdf = tex.resolve(), pdf.resolve()
    aux_dir = (aux_dir or tex.parent / "latex").resolve()
    aux_dir.mkdir(parents=True, exist_ok=True)
    if shutil.which("latexmk") is None:
        raise LatexError("latexmk not found: run `python -c 'import report.tex_setup as t; t.ensure_tex()'` "
                         "or install the packages listed in report/tex_setup.py")
    # paths relative to the .tex's folder: openin_any=p refuses absolute ones outside it
    cmd = LATEXMK + (["-g"] if force else []) + [f"-outdir={os.path.relpath(aux_dir, tex.parent)}", tex.name]
    built = aux_dir / (tex.stem + ".pdf")
    log = aux_dir / (tex.stem + ".log")
    try:
        returncode, output = run_group(cmd, cwd=tex.parent, env=latex_env(epoch), timeout=timeout,
                                       pass_fds=hold_fds)
    except subprocess.TimeoutExpired:
        clean_aux(aux_dir, tex.stem)
        raise LatexError(f"LaTeX ran longer than {timeout:g} s and was stopped (latexmk and pdflatex killed)") \
            from None
    except BaseException:           # interrupted: TeX was killed mid-write
        clean_aux(aux_dir, tex.stem)
        raise
    if returncode != 0 or not built.is_file():
        log_text = log.read_text(errors="replace") if log.is_file() else output
        clean_aux(aux_dir, tex.stem)
        raise LatexError(explain(log_text, tex))
    pdf.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=pdf.parent, prefix=f".{pdf.stem}.", suffix=".tmp")
    os.close(fd)
    try:
        shutil.copyfile(built, tmp)
        digest = hashlib.sha256(Path(tmp).read_bytes()).hexdigest()
        os.chmod(tmp, 0o644)         # mkstemp makes 0600; a report is for reading
        os.replace(tmp, pdf)
    finally:
        Path(tmp).unlink(missing_ok=True)
    return digest


def clean_aux(aux_dir: Path, stem: str) -> None:
    """A halted or killed run leaves a half-written PDF and .aux (read by the next run): start
    the next one clean, but keep the .log for whoever wants to read it."""
    for suffix in AUX_SUFFIXES:
        (aux_dir / (stem + suffix)).unlink(missing_ok=True)


class Terminated(SystemExit):
    """SIGTERM/SIGHUP while TeX runs, raised so that its process group is killed on the way out."""


def _raise_terminated(signum, _frame):
    raise Terminated(128 + signum)


@contextlib.contextmanager
def signals_raise():
    """While TeX runs, SIGTERM and SIGHUP raise (as Ctrl-C already does) instead of ending this
    process on the spot and leaving TeX running. Main thread only; ignored signals stay ignored."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {}
    for signum in (signal.SIGTERM, signal.SIGHUP):
        if signal.getsignal(signum) is not signal.SIG_IGN:
            previous[signum] = signal.signal(signum, _raise_terminated)
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def run_group(cmd: list[str], *, cwd: Path, env: dict, timeout: float,
              pass_fds: tuple[int, ...] = ()) -> tuple[int, str]:
    """(returncode, stdout+stderr) of `cmd` run in a new session. If it does not finish (timeout,
    any exception, a signal) its whole process group is killed before this returns or raises."""
    with signals_raise():
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, text=True, errors="replace", start_new_session=True,
                                pass_fds=pass_fds)
        try:
            output, _ = proc.communicate(timeout=timeout)
            return proc.returncode, output
        finally:
            # returncode None: the leader is not reaped yet, so its group id cannot have been reused
            if proc.returncode is None:
                # a second Ctrl-C or SIGTERM must not cut the clean-up short: hold them until it is done
                held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM, signal.SIGHUP})
                try:
                    with contextlib.suppress(ProcessLookupError):
                        os.killpg(proc.pid, signal.SIGKILL)
                    proc.wait()
                    proc.stdout.close()
                finally:
                    signal.pthread_sigmask(signal.SIG_SETMASK, held)


def parse_log(log_text: str) -> list[LogError]:
    """The `! message` blocks of a TeX log, each with its `l.NNN` line."""
    errors, lines = [], log_text.splitlines()
    for i, line in enumerate(lines):
        if not line.startswith("!") or "==> Fatal error occurred" in line:
            continue
        message, number, context = [line], None, ""
        for follow in lines[i + 1:i + 30]:
            m = re.match(r"l\.(\d+) ?(.*)", follow)
            if m:
                number, context = int(m.group(1)), follow
                break
            if follow.startswith("!"):
                break
            if follow.strip() and len(message) < 3 and not follow.startswith(("Type", "See the", "You're")):
                message.append(follow)
        errors.append(LogError("\n".join(message), number, context))
    return errors


def source_of(tex_lines: list[str], number: int) -> tuple[str, str]:
    """(template, derivation) of report.tex line `number`: the nearest marker above it."""
    for line in reversed(tex_lines[:number]):
        m = MARKER_RE.match(line)
        if m:
            return m.group(1), m.group(2)
    return "?", "-"


def explain(log_text: str, tex: Path) -> str:
    errors = parse_log(log_text)
    if not errors:
        tail = "\n".join(log_text.splitlines()[-15:])
        return f"LaTeX failed without a `!` error in the log; its last lines:\n{tail}"
    tex_lines = tex.read_text(errors="replace").splitlines() if tex.is_file() else []
    out = []
    for e in errors[:3]:
        out.append(e.message)
        if e.context:
            out.append(e.context)
        if e.line and e.line <= len(tex_lines):
            template, derivation = source_of(tex_lines, e.line)
            out.append(f"  at {tex.name}:{e.line}: {tex_lines[e.line - 1].strip()[:200]}")
            out.append(f"  produced by template {template}" +
                       (f" for derivation {derivation}" if derivation != "-" else ""))
    return "\n".join(out)
