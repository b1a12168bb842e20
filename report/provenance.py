"""Where a build comes from: version, git commit and its time, tool versions.

All of it is read without importing torch or SymPy (package metadata, `git`, `pdflatex
--version`), so the warm path can hash it in milliseconds. The commit time is the build
date: a PDF built twice from the same commit is the same PDF.
"""
from __future__ import annotations

import functools
import os
import platform
import shutil
import subprocess
import sys
import time
import tomllib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FALLBACK_EPOCH = 1704067200          # 2024-01-01 UTC, when there is no git history to ask
PACKAGES = ("sympy", "numpy", "torch", "matplotlib", "jinja2", "pylatexenc")


@dataclass(frozen=True)
class Provenance:
    version: str
    commit: str            # "f137e44" or "f137e44-dirty" (uncommitted changes) or "unknown"
    epoch: int             # SOURCE_DATE_EPOCH: the commit's time
    environment: tuple     # ((component, version), ...) for the appendix

    @property
    def date(self) -> str:
        return time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(self.epoch))


def _run(*cmd: str) -> str:
    try:
        out = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.TimeoutExpired):
        return ""
    return out.stdout.strip() if out.returncode == 0 else ""


def project_version() -> str:
    try:
        return tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        return "unknown"


@functools.cache            # each lookup scans sys.path; the build asks for the same few often
def package_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


COMMANDS = {"commit": ("git", "describe", "--always", "--dirty", "--abbrev=10"),
            "epoch": ("git", "log", "-1", "--format=%ct"),
            "pdftex": ("pdflatex", "--version"), "latexmk": ("latexmk", "-v")}


def latexmk_stamp() -> str:
    """Which latexmk, without running it (`latexmk -v` starts Perl: 0.3 s of a warm rebuild)."""
    path = shutil.which("latexmk")
    if not path:
        return "not found"
    st = os.stat(path)
    return f"{os.path.realpath(path)} {st.st_size} {st.st_mtime_ns}"


def collect(*, latexmk_version: bool = True) -> Provenance:
    """Without `latexmk_version` the latexmk entry is a file stamp: enough to tell whether
    anything changed (the warm path), not for printing."""
    commands = {k: v for k, v in COMMANDS.items() if latexmk_version or k != "latexmk"}
    with ThreadPoolExecutor(len(commands)) as pool:       # together: they are most of a warm rebuild
        out = dict(zip(commands, pool.map(lambda cmd: _run(*cmd), commands.values())))
    commit, epoch = out["commit"] or "unknown", out["epoch"]
    pdftex = out["pdftex"].splitlines()
    latexmk = ([line.strip() for line in out["latexmk"].splitlines() if "Version" in line] if latexmk_version
               else [latexmk_stamp()])
    environment = [("Python", f"{platform.python_implementation()} {platform.python_version()}"),
                   ("Platform", f"{platform.system()} {platform.release()} {platform.machine()}")]
    environment += [(name, package_version(name)) for name in PACKAGES]
    environment += [("pdfTeX", pdftex[0] if pdftex else "not found"),
                    ("latexmk", latexmk[0] if latexmk else "not found")]
    return Provenance(project_version(), commit, int(epoch) if epoch.isdigit() else FALLBACK_EPOCH,
                      tuple(environment))


def source_files(*dirs: str, root: Path = ROOT) -> list[Path]:
    """Every Python/template file below `dirs`, sorted, for content hashing."""
    files = []
    for d in dirs:
        base = root / d
        if base.is_file():
            files.append(base)
        elif base.is_dir():
            files += [p for p in base.rglob("*") if p.is_file() and p.suffix in (".py", ".j2", ".tex", ".sty")
                      and "__pycache__" not in p.parts]
    return sorted(files)


if __name__ == "__main__":
    print(collect(), file=sys.stdout)
