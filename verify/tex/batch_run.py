"""Check a class of submissions, files side by side, keeping each result for `--resume`.

The steps run in verify.pool's workers under its hard caps (check_file sends them there); a
step that overruns is unverified with the reason and the rest of its file is checked. A file
whose check fails for any other reason becomes a row with the reason; the batch goes on.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

from verify.tex.batch import Submission
from verify.tex.limits import STEP_SECONDS
from verify.tex.results import FileResult, StepResult

STATE_DIR = ".derivkit"          # inside out/: the results kept for --resume, the LaTeX work files
# A file has one batch in a worker at a time; while the parent reads its reply and scans the next file,
# that worker would wait. Two files per worker keep a batch queued for every worker.
FILES_PER_WORKER = 2


@dataclass(frozen=True)
class Checked:
    """One submission, checked (or not, with the reason)."""
    submission: Submission
    result: FileResult
    texts: tuple[str, ...] = ()      # each step in readable Unicode
    problems: tuple[str, ...] = ()   # each step's problem ("" for none)
    seconds: float = 0.0             # wall time from sending the file to its result (a wait for a worker included)
    error: str = ""                  # why there are no steps: unreadable, rejected, crashed, timed out
    cached: bool = False             # taken from an earlier run (--resume)

    @property
    def path(self) -> str:
        return self.submission.path


def check_one(sub: Submission, step_seconds: float = STEP_SECONDS) -> Checked:
    """One file through the checker's public entry point (its steps run in verify.pool's workers),
    then what the outputs need: each step's problem and readable text."""
    from verify.tex import check_file
    from verify.tex.problems import problems_of

    t0 = time.perf_counter()
    result = check_file(sub.path, step_seconds=step_seconds)
    seconds = time.perf_counter() - t0
    try:
        problems = problems_of(Path(sub.path).read_text(encoding="utf-8"))
        where = tuple(problems.at(s.line) for s in result.steps)
    except (OSError, UnicodeDecodeError):
        where = ("",) * len(result.steps)
    return Checked(sub, result, tuple(s.text for s in result.steps), where, seconds, result.error)


def not_checked(sub: Submission, why: str, seconds: float = 0.0) -> Checked:
    return Checked(sub, FileResult(sub.path, (), error=why), seconds=seconds, error=why)


def executor(jobs: int, memory_mb: int | None = None) -> ThreadPoolExecutor:
    """Files side by side, one thread each, FILES_PER_WORKER x `jobs` at a time; every file sends its
    steps in batches to verify.pool's `jobs` workers, where each step runs under the hard time and
    memory caps (a worker that overruns is killed and replaced; that step is unverified with the reason)."""
    from verify import pool
    pool.configure(workers=jobs, memory_bytes=memory_mb << 20 if memory_mb else None)
    return ThreadPoolExecutor(max_workers=FILES_PER_WORKER * jobs, thread_name_prefix="verify-file")


def run(subs: Iterable[Submission], *, jobs: int, step_seconds: float = STEP_SECONDS,
        memory_mb: int | None = None, task: Callable = check_one) -> Iterator[Checked]:
    """Checked submissions in the order they finish. `task` is for tests."""
    subs = list(subs)
    if not subs:
        return
    threads = executor(jobs, memory_mb)
    try:
        futures = {threads.submit(task, sub, step_seconds): (sub, time.perf_counter()) for sub in subs}
        for future in as_completed(futures):
            sub, started = futures[future]
            try:
                yield future.result()
            except Exception as exc:  # the last line of defence: one file's row, not the batch
                yield not_checked(sub, f"the check failed ({type(exc).__name__}: {exc}); the other files were checked",
                                  time.perf_counter() - started)
    except BaseException:          # Ctrl-C, or the caller stopped early: the queued files are not started
        threads.shutdown(wait=False, cancel_futures=True)
        raise
    threads.shutdown()


# ---- kept results (--resume)
def checker_fingerprint(step_seconds: float) -> str:
    """What a kept result depends on besides the file: the checker's code and its settings."""
    from report.provenance import project_version, source_files
    h = hashlib.sha256(f"{project_version()} {step_seconds!r}".encode())
    for f in source_files("verify"):
        h.update(f.read_bytes())
    return h.hexdigest()


class Store:
    """out/.derivkit/results/<key>.json, one per checked file, written as each one finishes."""

    def __init__(self, out: Path, fingerprint: str):
        self.folder = out / STATE_DIR / "results"
        self.fingerprint = fingerprint

    def key(self, sub: Submission) -> str:
        return hashlib.sha256(f"{self.fingerprint} {sub.sha256}".encode()).hexdigest()[:32]

    def load(self, sub: Submission) -> Checked | None:
        try:
            data = json.loads((self.folder / f"{self.key(sub)}.json").read_text(encoding="utf-8"))
            steps = tuple(StepResult(**s) for s in data["steps"])
        except (OSError, ValueError, KeyError, TypeError):
            return None       # none kept, or unreadable: check again
        result = FileResult(sub.path, steps, error=data["error"])
        return Checked(sub, result, tuple(data["texts"]), tuple(data["problems"]), data["seconds"],
                       data["error"], cached=True)

    def save(self, checked: Checked) -> None:
        if not checked.submission.sha256 or checked.error and not checked.result.error:
            return            # a crash or a timeout may not repeat: not kept
        data = {"steps": [_step_json(s) for s in checked.result.steps], "texts": list(checked.texts),
                "problems": list(checked.problems), "seconds": checked.seconds, "error": checked.error}
        write_atomic(self.folder / f"{self.key(checked.submission)}.json", json.dumps(data, ensure_ascii=False))


def _step_json(step: StepResult) -> dict:
    return {k: (str(v) if k == "verdict" else v) for k, v in dataclasses.asdict(step).items()}


def write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)
