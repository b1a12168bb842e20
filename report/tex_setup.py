"""TeX Live for the report, from Debian packages only.

`ensure_tex()`: if `latexmk` is on PATH, nothing to do. Otherwise, as root on a machine
with apt-get, install the packages below (~41 s); anywhere else stop with the exact
command to run. TeX is never downloaded from anywhere but the distribution's archive.
"""
from __future__ import annotations

import os
import shutil
import subprocess

PACKAGES = ("latexmk", "texlive-latex-recommended", "texlive-latex-extra", "texlive-science",
            "texlive-fonts-recommended", "lmodern", "poppler-utils")
COMMAND = "apt-get update && apt-get install -y --no-install-recommends " + " ".join(PACKAGES)


def ensure_tex() -> None:
    if shutil.which("latexmk") and shutil.which("pdftotext"):   # pdftotext: the end-to-end tests read the PDF
        return
    is_root = hasattr(os, "geteuid") and os.geteuid() == 0
    if not (is_root and shutil.which("apt-get")):
        raise SystemExit("report: latexmk (TeX Live) is missing. Install the Debian packages with\n"
                         f"  sudo sh -c '{COMMAND}'\n"
                         "then run the report again.")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    print(f"report: latexmk is missing; installing TeX Live from Debian:\n  {COMMAND}", flush=True)
    for cmd in (["apt-get", "update"], ["apt-get", "install", "-y", "--no-install-recommends", *PACKAGES]):
        if subprocess.run(cmd, env=env).returncode != 0:
            raise SystemExit(f"report: `{' '.join(cmd)}` failed; install TeX Live with\n  {COMMAND}")
    if not shutil.which("latexmk"):
        raise SystemExit(f"report: latexmk still missing after installing; try\n  {COMMAND}")
