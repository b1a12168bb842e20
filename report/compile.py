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
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from report.render import MARKER_RE

LATEXMK = ["latexmk", "-pdf", "-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape",
           "-silent"]


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


def compile_pdf(tex: Path, pdf: Path, *, epoch: int, aux_dir: Path | None = None, force: bool = False) -> None:
    """Compile `tex` and atomically put the result at `pdf`. Raises LatexError.
    `force` makes latexmk recompile even when it thinks nothing changed (-g)."""
    tex, pdf = tex.resolve(), pdf.resolve()
    aux_dir = (aux_dir or tex.parent / "latex").resolve()
    aux_dir.mkdir(parents=True, exist_ok=True)
    if shutil.which("latexmk") is None:
        raise LatexError("latexmk not found: run `python -c 'import report.tex_setup as t; t.ensure_tex()'` "
                         "or install the packages listed in report/tex_setup.py")
    # paths relative to the .tex's folder: openin_any=p refuses absolute ones outside it
    cmd = LATEXMK + (["-g"] if force else []) + [f"-outdir={os.path.relpath(aux_dir, tex.parent)}", tex.name]
    proc = subprocess.run(cmd, cwd=tex.parent, env=latex_env(epoch), capture_output=True, text=True,
                          errors="replace")
    built = aux_dir / (tex.stem + ".pdf")
    log = aux_dir / (tex.stem + ".log")
    if proc.returncode != 0 or not built.is_file():
        log_text = log.read_text(errors="replace") if log.is_file() else proc.stdout + proc.stderr
        # a halted run leaves a half-written PDF and .aux (read by the next run): start the
        # next one clean, but keep the .log for whoever wants to read it
        for suffix in (".pdf", ".aux", ".toc", ".out", ".fdb_latexmk", ".fls"):
            (aux_dir / (tex.stem + suffix)).unlink(missing_ok=True)
        raise LatexError(explain(log_text, tex))
    pdf.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=pdf.parent, prefix=f".{pdf.stem}.", suffix=".tmp")
    os.close(fd)
    try:
        shutil.copyfile(built, tmp)
        os.chmod(tmp, 0o644)         # mkstemp makes 0600; a report is for reading
        os.replace(tmp, pdf)
    finally:
        Path(tmp).unlink(missing_ok=True)


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
