"""nox sessions: tests (default), report, bench, soak, check.

Every session installs the project with constraints.txt, which pins torch to the
CPU wheel (an unpinned torch pulls a multi-GB CUDA build) and the other packages to
the versions the team tested. Threads are pinned: these machines are shared.
"""
import os
import sys

import nox

sys.path.insert(0, os.path.dirname(__file__))
from report.tex_setup import ensure_tex  # noqa: E402  (no third-party imports)

nox.options.sessions = ["tests"]
nox.options.reuse_venv = "yes"
nox.options.error_on_missing_interpreters = True

PINNED_THREADS = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
                  "MPLBACKEND": "Agg"}


def install(session, extras=""):
    session.env.update(PINNED_THREADS)
    session.install("-c", "constraints.txt", "-e", f".{extras}")


@nox.session
def tests(session):
    """The test-suite, including the end-to-end PDF build (TeX is installed if missing)."""
    ensure_tex()
    install(session, "[test]")
    session.run("pytest", *session.posargs)


@nox.session
def report(session):
    """Build build/report.pdf (python -m report; pass options after --)."""
    ensure_tex()
    install(session)
    session.run("python", "-m", "report", *session.posargs)


@nox.session
def bench(session):
    """Wall time and peak memory per stage (see benchmarks/)."""
    ensure_tex()
    install(session)
    session.run("python", "-m", "benchmarks", *session.posargs)


@nox.session
def soak(session):
    """The prover and checker tests 50x beside a busy loop; reports deaths (target 0). Not a default
    session. `nox -s soak -- 10` runs 10 times; `nox -s soak -- 10 tests/test_prove.py` those tests."""
    install(session, "[test]")
    session.run("python", "-m", "benchmarks.soak", *session.posargs)


@nox.session
def check(session):
    """Check hand-written LaTeX derivations: nox -s check -- FILE.tex ... (or a class: DIR --feedback out/)"""
    if _pdf_feedback(session.posargs):
        ensure_tex()
    install(session)
    session.run("python", "-m", "verify", *session.posargs)


def _pdf_feedback(args) -> bool:
    """Class mode writing PDFs (--feedback without --feedback-format html|md) needs TeX Live."""
    words = [w for a in args for w in a.split("=", 1)]
    fmt = next((b for a, b in zip(words, words[1:]) if a == "--feedback-format"), "pdf")
    return "--feedback" in words and fmt == "pdf"
