"""Checks before a build writes anything: it must not replace a file it did not make, and
every input and output location must be usable. Each function returns the problems found
as messages (empty: go ahead); `python -m report` prints them and exits 2.
"""
from __future__ import annotations

import os
from pathlib import Path

from report import outputs


def _same(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)         # hard links and symlinks too
        return a.resolve() == b.resolve()
    except OSError:
        return False


def output_problems(output: Path, inputs: dict[str, Path | None]) -> list[str]:
    """`inputs`: option name → path (--hand, --data, --test, --templates; None when not given).
    The build writes the PDF, its stamp and its .tex; none may be an input or a file of the
    user's, and the PDF may replace only a PDF. (A --templates folder may hold the output: a
    template file there is protected like any other file.)"""
    output = Path(output)
    if output.is_dir():
        return [f"-o {output}: is a folder; give the PDF's file name (e.g. {output / 'report.pdf'})"]
    problems = []
    if output.exists() and not _starts_with(output, b"%PDF-"):
        problems.append(f"-o {output}: exists and is not a PDF; refusing to replace it")
    written = {"the PDF": output, "the build's LaTeX file": outputs.tex_path(output),
               "the build's stamp": outputs.stamp_path(output)}
    for option, given in inputs.items():
        if given is None:
            continue
        given = Path(given)
        for what, path in written.items():
            if _same(path, given):
                problems.append(f"-o {output}: {what} would overwrite the {option} file {given}; "
                                "choose another -o name")
    tex = written["the build's LaTeX file"]
    if tex.is_file() and not any(_same(tex, Path(p)) for p in inputs.values() if p is not None) \
            and not outputs.is_generated_tex(tex):
        problems.append(f"-o {output}: the build writes its LaTeX to {tex}, which exists and was not "
                        "written by a build; refusing to replace it (choose another -o name or folder)")
    return problems


def _starts_with(path: Path, magic: bytes) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(len(magic)) == magic
    except OSError:
        return False


def unwritable(folder: Path, what: str) -> list[str]:
    """A folder the build will create or write in: its nearest existing ancestor must be a
    writable folder (os.access sees read-only mounts and, for non-root users, permissions)."""
    folder = Path(os.path.abspath(folder))
    existing = folder
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        return [f"{what} {folder}: {existing} is not a folder"]
    if not os.access(existing, os.W_OK | os.X_OK):
        return [f"{what} {folder}: {existing} is not writable"]
    return []


def hand_problems(path: Path) -> list[str]:
    """The --hand file must be readable UTF-8; a bad byte is named by offset, line and column."""
    return not_utf8(Path(path), "--hand")


def template_problems(folder: Path) -> list[str]:
    """Jinja reads templates as UTF-8 and its decode error names no file: check them first."""
    return [p for path in sorted(Path(folder).rglob("*.j2")) if path.is_file()
            for p in not_utf8(path, "--templates")]


def not_utf8(path: Path, option: str) -> list[str]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        return [f"{option} {path}: cannot read: {exc.strerror or exc}"]
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        return [f"{option} {path}:{line}:{column}: not UTF-8 text: byte {exc.start} is "
                f"0x{data[exc.start]:02x} ({exc.reason}); save the file as UTF-8"]
    return []
