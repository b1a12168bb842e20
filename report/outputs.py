"""The files a build writes beside its PDF, and the lock and stamp that keep builds apart.

- `tex_path(pdf)`: the LaTeX source, beside the PDF, under a name TeX accepts: `-o 'a$%#b.pdf'`
  compiles `a___b.tex` and only the finished PDF takes the user's name.
- `lock(folder)`: one build at a time per output folder. Builds in one folder share `latex/`,
  `runs/` and the `.tex`, so two at once mixed one build's stamp with the other's PDF, or
  wrote a corrupt PDF. It is a flock (fcntl, not filelock: TeX must inherit the locked file):
  a flock belongs to the open file, which latexmk and pdflatex inherit, so it is free only
  when the build and every TeX process it started are gone, even after a SIGKILL.
- the stamp (`report.pdf.stamp.json`) carries the SHA-256 of the PDF it describes: a stamp
  beside any other PDF (a crash between the two writes, a copied file) is no stamp at all,
  so the next build rebuilds instead of saying "up to date".
"""
from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Iterator

STAMP_SUFFIX = ".stamp.json"
LOCK_NAME = ".report.lock"
# First line of every .tex a build writes: how the next build knows the file is its own to replace.
TEX_HEADER = "% Written by `python -m report` (derivkit); every build replaces this file.\n"
OLD_FIRST_LINE = "% derivkit: template=report.tex.j2 "    # report.render.MARKER, without importing Jinja
_TEX_UNSAFE = re.compile(r"[^A-Za-z0-9_.+-]")   # latexmk refuses $ % # and friends in a file name


def tex_path(pdf: Path) -> Path:
    stem = _TEX_UNSAFE.sub("_", Path(pdf).stem)
    if not stem or stem.startswith(("-", ".")):    # latexmk would read `-x.tex` as an option
        stem = "_" + stem
    return Path(pdf).parent / (stem + ".tex")


def stamp_path(pdf: Path) -> Path:
    return Path(pdf).with_name(Path(pdf).name + STAMP_SUFFIX)


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def read_stamp(pdf: Path) -> dict | None:
    """The stamp of the PDF now at `pdf`, or None: missing, unreadable, or written for other bytes."""
    try:
        stamp = json.loads(stamp_path(pdf).read_text())
        return stamp if isinstance(stamp, dict) and stamp.get("pdf_sha256") == file_sha256(pdf) else None
    except (OSError, ValueError):
        return None


def write_stamp(pdf: Path, pdf_sha256: str, **fields) -> None:
    """Atomically replace the stamp; call it after the PDF is in place (the hash ties them together)."""
    write_atomic(stamp_path(pdf), json.dumps({**fields, "pdf_sha256": pdf_sha256}, indent=1))


def write_atomic(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w") as fh:
            fh.write(text)
        os.chmod(tmp, 0o644)         # mkstemp makes 0600
        os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)


@contextlib.contextmanager
def lock(folder: Path) -> Iterator[int]:
    """Hold the folder's build lock; yields the locked file descriptor for TeX to inherit
    (compile_pdf's `hold_fds`). Released by closing, never by LOCK_UN, which would also free it
    for the TeX of a killed build that still holds it."""
    fd = os.open(Path(folder) / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            print(f"report: waiting for another build in {folder} to finish (or for TeX left running "
                  f"by a killed one: `fuser -v {Path(folder) / LOCK_NAME}` names it)", file=sys.stderr, flush=True)
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield fd
    finally:
        os.close(fd)


def is_generated_tex(path: Path) -> bool:
    """True for a .tex a build wrote: it starts with TEX_HEADER, or (builds before the header)
    with the report template's marker comment."""
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            first = fh.readline()
    except OSError:
        return False
    return first == TEX_HEADER or first.startswith(OLD_FIRST_LINE)
