"""A class of submissions: find them, say which cannot be checked and why, name their outputs, shard.

Every `.tex` under the folders given is a submission; so is a file a student handed in
instead (a PDF, an archive, a Word file), which gets its row with the reason rather than
being ignored. Nothing here writes anything.
"""
from __future__ import annotations

import hashlib
import os
import stat
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path

MAX_BYTES = 5_000_000
# What a student may hand in instead of LaTeX source: a row saying so, not silence.
NOT_SOURCE = {".pdf": "a PDF", ".zip": "a .zip archive", ".tar": "a .tar archive", ".gz": "a gzip archive",
              ".tgz": "a .tgz archive", ".rar": "a .rar archive", ".7z": "a .7z archive",
              ".docx": "a Word document", ".doc": "a Word document", ".odt": "an OpenDocument file"}
MAGIC = ((b"%PDF-", "a PDF"), (b"PK\x03\x04", "a .zip archive"), (b"PK\x05\x06", "an empty .zip archive"),
         (b"\x1f\x8b", "a gzip archive"), (b"Rar!", "a .rar archive"), (b"7z\xbc\xaf", "a .7z archive"),
         (b"\xd0\xcf\x11\xe0", "a Word document"))
RESERVED = {"class"}        # out/class.pdf is the overview
MAX_NAME = 80


@dataclass(frozen=True)
class Submission:
    path: str               # as found: the `file` column
    name: str = ""          # unique, file-system-safe: the feedback is out/<name>.pdf
    sha256: str = ""        # of the content ("" when it could not be read)
    rejected: str = ""      # why it is not checked ("" when it is)
    note: str = ""          # worth telling the TA, not an error (a duplicate name)
    root: str = ""          # the folder it was found under (names are made relative to it)


class NoSubmissions(ValueError):
    """Nothing to check: a usage error (exit 2)."""


def _walk(root: Path, exclude: set):
    """Files under root, sorted, skipping hidden files and folders, macOS archive debris and the
    folders in `exclude` (resolved: out/ inside the submissions holds our own PDFs)."""
    for folder, dirs, files in os.walk(root, onerror=None, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != "__MACOSX"
                         and (Path(folder) / d).resolve() not in exclude)
        for f in sorted(files):
            if not f.startswith("."):
                yield Path(folder) / f


def _examine(path: Path, max_bytes: int) -> tuple[str, str]:
    """(sha256, why it cannot be checked or "")."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):     # a FIFO would block, /dev/zero never end
            return "", "not a regular file: nothing to check"
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        return "", f"cannot read it: {exc.strerror or exc}"
    digest = hashlib.sha256(data).hexdigest()
    kind = NOT_SOURCE.get(path.suffix.lower())
    if kind is None:
        kind = next((what for magic, what in MAGIC if data.startswith(magic)), None)
    if kind is not None:
        return digest, f"{kind}, not LaTeX source: nothing to check (hand in the .tex file)"
    if len(data) > max_bytes:
        return digest, f"larger than {max_bytes:,} bytes (--max-bytes): not checked"
    if b"\0" in data:
        return digest, "a binary file, not LaTeX source: nothing to check"
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return digest, f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}): save it as UTF-8"
    if not text.strip():
        return digest, "empty file: nothing to check"
    return digest, ""


def discover(roots, max_bytes: int = MAX_BYTES, exclude=()) -> list[Submission]:
    """Every submission under the folders (or the files) given, named; raises NoSubmissions."""
    found: list[Submission] = []
    skip = {Path(e).resolve() for e in exclude}
    for root in roots:
        base = Path(root)
        if base.is_dir():
            paths = [p for p in _walk(base, skip) if p.suffix.lower() == ".tex" or p.suffix.lower() in NOT_SOURCE]
        elif base.exists() or base.is_symlink():
            paths, base = [base], base.parent
        else:
            raise NoSubmissions(f"{root}: no such file or folder")
        for p in paths:
            digest, why = _examine(p, max_bytes)
            found.append(Submission(str(p), sha256=digest, rejected=why, root=str(base)))
    if not any(s.path.lower().endswith(".tex") for s in found):
        raise NoSubmissions("no .tex files found in " + ", ".join(map(str, roots)))
    return _named(found)


def _safe(text: str) -> str:
    """Letters (any script), digits, `-` `_` `.`; everything else (spaces, `/`, `$`) becomes `_`."""
    text = unicodedata.normalize("NFC", text)
    out = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in text).strip("._")
    return out[:MAX_NAME] or "file"


def _named(subs: list[Submission]) -> list[Submission]:
    """Each submission gets the stem of its file as its name; where two share a stem (a/hw.tex,
    b/hw.tex) both get their path under the folder given (a__hw, b__hw), and a note."""
    by_stem: dict[str, list[int]] = {}
    for i, s in enumerate(subs):
        by_stem.setdefault(_safe(Path(s.path).stem).casefold(), []).append(i)
    names, notes = [""] * len(subs), [""] * len(subs)
    for members in by_stem.values():
        for i in members:
            path = Path(subs[i].path)
            if len(members) == 1:
                names[i] = _safe(path.stem)
                continue
            relative = path.relative_to(subs[i].root) if path.is_relative_to(subs[i].root) else path
            names[i] = _safe("__".join(relative.with_suffix("").parts))
            notes[i] = "same file name as " + ", ".join(subs[j].path for j in members if j != i)
    taken: set[str] = set(RESERVED)
    for i, name in enumerate(names):       # still equal (the same path under two roots): number them
        unique, k = name, 1
        while unique.casefold() in taken:
            k += 1
            unique = f"{name}-{k}"
        taken.add(unique.casefold())
        names[i] = unique
        if unique != _safe(Path(subs[i].path).stem):
            notes[i] = "; ".join(filter(None, [notes[i], f"its feedback is named {unique}"]))
    return [replace(s, name=n, note=note) for s, n, note in zip(subs, names, notes)]


def parse_shard(text: str) -> tuple[int, int]:
    """`K/N` with 1 <= K <= N; raises ValueError with the reason."""
    k, sep, n = text.partition("/")
    if not sep or not k.isdigit() or not n.isdigit() or not 1 <= int(k) <= int(n):
        raise ValueError(f"--shard takes K/N with 1 <= K <= N (e.g. 2/4), not {text!r}")
    return int(k), int(n)


def path_key(path: str) -> str:
    return hashlib.sha256(Path(path).as_posix().encode("utf-8", "surrogateescape")).hexdigest()


def shard(subs: list[Submission], k: int, n: int) -> list[Submission]:
    """The K-th of N shards: files ordered by the hash of their path, every N-th from the K-th.
    The same on every runner that sees the same files, and balanced to within one file."""
    ordered = sorted(subs, key=lambda s: path_key(s.path))
    chosen = {s.path for i, s in enumerate(ordered) if i % n == k - 1}
    return [s for s in subs if s.path in chosen]
